import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  RR_TYPES,
  ZoneIndex,
  authoritativeServers,
  createDnsSource,
  createZoneSource,
  formatServer,
  formatZoneError,
  isNotInLoadedZones,
  isRRType,
  liveLookup,
  loadZones,
  originFromFileName,
  parseResolvConf,
  parseServer,
  systemServers
} from "./chunk-Y4XD5EW4.js";
import {
  parseTtl,
  parseZoneFile
} from "./chunk-ZUZ5PXHM.js";
import {
  absoluteName,
  canonicalName
} from "./chunk-AZYBTNMU.js";
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
  isNotInLoadedZones,
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
