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
} from "./chunk-VLFU5Z3R.js";
import {
  ZoneIndex,
  createZoneSource,
  formatZoneError,
  isNotInLoadedZones,
  loadZones,
  originFromFileName
} from "./chunk-5LRECZUT.js";
import {
  parseTtl,
  parseZoneFile
} from "./chunk-VZHM23NT.js";
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
