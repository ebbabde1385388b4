// Reported by `audit` itself (src/plan/audit.ts) when the audited name does not exist: its apex answers
// NXDOMAIN (RFC 8020 §2: nothing exists there or below). The record rules do not run then: "no MX, senders
// fall back to the A/AAAA address" (RFC 5321 §5.1) holds for a name that exists, and "no SPF record" is not
// what is wrong with a misspelt or expired domain. `plan` (src/plan/run.ts) reports the same answer on a
// domain file's `domain:` line: every record of the file would be created, which a new domain needs and a
// misspelt one must not get silently.
import { defineRule } from "../engine/types.js";

export default defineRule({
  meta: {
    id: "domain-nxdomain",
    area: "dns",
    description: "An audited or planned domain must exist in DNS: a name whose apex answers NXDOMAIN has no records to check, and a plan would create them all.",
    references: ["RFC2308 §2.1", "RFC8020 §2", "RFC5321 §5.1"],
    defaultLevel: "error",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      noSuchDomain: {
        text: "{{domain}} does not exist in DNS (NXDOMAIN): no record of it can be checked, and mail addressed to it cannot be delivered; check its spelling, that it is registered (not expired), and that its parent zone delegates it to name servers that serve it",
      },
      // One level below audit's: publishing a new domain's records is how it comes to exist, so a plan that
      // creates them is not wrong in itself; the warning is there for a misspelt `domain:`.
      noSuchDomainFile: {
        tier: "lower",
        text: "{{domain}} does not exist in DNS (NXDOMAIN), so this plan creates every record of the file: check the spelling of `domain:`, that the zone exists at the DNS host, and that its parent zone delegates it to the host's name servers",
      },
    },
    fix: "Correct the name where it was given (the command line, --domains-file, or the file's `domain:`), or create, renew or delegate the domain.",
  },
});
