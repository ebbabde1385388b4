import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  RR_TYPES,
  ZoneIndex,
  authoritativeServers,
  createDnsSource,
  createZoneSource,
  formatServer,
  formatZoneError,
  isRRType,
  liveLookup,
  loadZones,
  originFromFileName,
  parseResolvConf,
  parseServer,
  systemServers
} from "./chunk-CMOYZIQA.js";
import {
  absoluteName,
  canonicalName,
  parseTtl,
  parseZoneFile
} from "./chunk-WB2FVQMJ.js";
import "./chunk-5AL66J2M.js";
export {
  RR_TYPES,
  ZoneIndex,
  absoluteName,
  authoritativeServers,
  canonicalName,
  createDnsSource,
  createZoneSource,
  formatServer,
  formatZoneError,
  isRRType,
  liveLookup,
  loadZones,
  originFromFileName,
  parseResolvConf,
  parseServer,
  parseTtl,
  parseZoneFile,
  systemServers
};
