import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  RR_TYPES,
  authoritativeServers,
  createDnsSource,
  formatServer,
  isRRType,
  liveLookup,
  parseResolvConf,
  parseServer,
  systemServers
} from "./chunk-I33YB4GP.js";
import {
  ZoneIndex,
  createZoneSource,
  formatZoneError,
  isNotInLoadedZones,
  loadZones,
  originFromFileName
} from "./chunk-BDWGXN4T.js";
import {
  parseTtl,
  parseZoneFile
} from "./chunk-YEOTCFHE.js";
import {
  absoluteName,
  canonicalName
} from "./chunk-53CTTIHG.js";
import "./chunk-G7NDWJJB.js";
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
