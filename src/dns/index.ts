export type { FailureReason, ObservedRRset, RecordSource, RRsetKey, RRType, ServerAddress, ZoneFileError, ZoneRecord } from "./types.js";
export { isRRType, RR_TYPES } from "./types.js";
export { createDnsSource, type DnsSource, type DnsSourceOptions, type ResolverStats } from "./resolver.js";
export { formatServer, parseResolvConf, parseServer, systemServers } from "./server-address.js";
export { authoritativeServers, type AuthoritativeOptions } from "./authoritative.js";
export { parseTtl, parseZoneFile, type ZoneParseOptions, type ZoneParseResult } from "./zone-file.js";
export { ZoneIndex, type ZoneAnswer } from "./zone-index.js";
export {
  createZoneSource,
  formatZoneError,
  isNotInLoadedZones,
  loadZones,
  originFromFileName,
  type LoadedZones,
  type ZoneLoadError,
  type ZoneSourceOptions,
} from "./zone-source.js";
export { liveLookup } from "./live-lookup.js";
export type { RunEnd } from "./run-end.js";
export { absoluteName, canonicalName } from "./names.js";
