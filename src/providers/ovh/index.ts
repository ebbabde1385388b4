// OVH as a DNS host for maildns: everything OVH-specific is in this folder, and this object is all the
// rest of maildns sees of it.
import type { DnsProvider } from "../types.js";
import { OvhClient } from "./client.js";
import { OVH_CREDENTIAL_HELP, hasOvhCredentials, ovhCredentials, ovhEndpoint } from "./credentials.js";
import { OVH_MIN_TTL, OVH_ZONE_DEFAULT_TTL, ovhTtlMatches } from "./limits.js";
import { ovhHostRecord, ovhImportId, ovhInputs, ovhLiveSlot } from "./records.js";
import { ovhPulumi } from "./zone-record.js";
import { OvhZoneApi } from "./zone-api.js";

export const ovhProvider: DnsProvider = {
  id: "ovh",
  label: "OVH",
  limits: { minTtl: OVH_MIN_TTL, zoneDefaultTtl: OVH_ZONE_DEFAULT_TTL },
  ttlMatches: ovhTtlMatches,
  toHost: ovhHostRecord,
  toLive: ovhLiveSlot,
  importId: ovhImportId,
  // OVH's provider keeps the bare record id as the resource id (its resource_domain_zone_record.go: import sets it to the part before the first dot).
  stateId: (record) => record.id,
  inputs: ovhInputs,
  credentialHelp: OVH_CREDENTIAL_HELP,
  hasCredentials: hasOvhCredentials,
  openApi(source, options = {}) {
    const endpoint = options.endpoint ?? ovhEndpoint(source) ?? "ovh-eu";
    const client = new OvhClient({
      endpoint,
      credentials: ovhCredentials(source),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.sleep ? { sleep: options.sleep } : {}),
      ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}),
      ...(options.deadlineAt !== undefined ? { deadlineAt: options.deadlineAt } : {}),
      ...(options.purpose ? { purpose: options.purpose } : {}),
    });
    return new OvhZoneApi(client);
  },
  pulumi: ovhPulumi,
};
