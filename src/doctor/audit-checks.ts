// The doctor's DNS step is `audit`: the same rules and policy pack as `maildns audit DOMAIN` (issue 6 §1).
// A lookup that fails is a `dns-lookup-failed` finding, never "record missing".
import { OBSERVABLES } from "../engine/observes.js";
import type { OvhOffer } from "../model/types.js";
import { auditDomains } from "../plan/audit.js";
import { doctorFinding } from "./checks.js";
import type { DnsChecks, DoctorDnsSource } from "./types.js";
import type { RecordSource } from "../dns/index.js";

export function auditDnsChecks(source: DoctorDnsSource, options: { offer?: OvhOffer; policy?: string; cwd: string; selectors?: readonly string[]; knownSelectors?: readonly string[] }): DnsChecks {
  return async (domain) => {
    const result = await auditDomains([domain], {
      sourceFor: async () => source as RecordSource,
      rulesSource: source as RecordSource,
      ...(options.offer ? { offer: options.offer } : {}),
      // The doctor checks a mailbox of the domain: the domain takes mail, and a missing MX is a fault.
      mailDomain: true,
      cwd: options.cwd,
      // One domain, looked at in full: the doctor checks client settings too, and guesses selectors.
      observe: OBSERVABLES,
      ...(options.policy ? { policy: options.policy } : {}),
      ...(options.selectors ? { selectorsFor: () => options.selectors! } : {}),
      // Selectors the mail host reports (OVH's API): known to exist, looked at like a zone file's.
      ...(options.knownSelectors?.length ? { knownSelectorsFor: () => options.knownSelectors! } : {}),
    });
    const failed = result.failures.map((f) => doctorFinding("dns-lookup-failed", domain, f.name, { name: f.name, type: f.type, reason: `${f.reason}${f.detail ? ` (${f.detail})` : ""}` }));
    return [...failed, ...result.findings];
  };
}
