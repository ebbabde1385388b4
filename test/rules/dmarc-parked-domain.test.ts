import rule from "../../src/rules/dmarc-parked-domain.js";
import { describe, expect, it } from "vitest";
import { zoneServer } from "../helpers/audit-dns.js";
import { ruleTester } from "../helpers/rule-tester.js";

const parked = "domain: example.com\nmail: {provider: none}\n";
// A DMARC provider's records behind `_dmarc` CNAMEs, and a live parked domain delegating to one.
const SOA = "$TTL 3600\n@ SOA ns1 host 1 7200 3600 1209600 3600\n@ NS ns1\n";
const zones = zoneServer(
  {
    "provider.example": `${SOA}reject._dmarc TXT "v=DMARC1; p=reject"\nnone._dmarc TXT "v=DMARC1; p=none"\ntwo._dmarc TXT "v=DMARC1; p=reject"\ntwo._dmarc TXT "v=DMARC1; p=reject; rua=mailto:a@provider.example"\n`,
    "unknown.example": `${SOA}@ MX 0 .\n@ TXT "v=spf1 -all"\n`,
    "parked.example": `${SOA}@ MX 0 .\n@ TXT "v=spf1 -all"\n_dmarc CNAME none._dmarc.provider.example.\n`,
  },
  { "down._dmarc.provider.example/TXT": "servfail", "_dmarc.unknown.example/CNAME": "servfail" },
);
const dns = zones.lookup;
/** A parked domain delegating DMARC to `label`._dmarc.provider.example: the `cname:` entry is on line 4. */
const delegating = (label: string) => `${parked}cname:\n  - { name: _dmarc, target: ${label}._dmarc.provider.example. }\n`;

ruleTester(rule, {
  valid: [
    { name: "parked with p=reject", yaml: `${parked}dmarc: "v=DMARC1; p=reject;"\n` },
    { name: "parked, delegated to a p=reject record", yaml: delegating("reject"), dns },
    { name: "sending domain is not parked", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\ndmarc: "v=DMARC1; p=none; rua=mailto:d@example.com"\n` },
  ],
  invalid: [
    {
      name: "parked without a record",
      yaml: parked,
      errors: [{ messageId: "missing", level: "info", line: 1, column: 9, data: { domain: "example.com" } }],
    },
    {
      name: "parked with p=none",
      yaml: `${parked}dmarc: "v=DMARC1; p=none"\n`,
      errors: [{ messageId: "notReject", level: "info", line: 3, column: 21, endColumn: 25, data: { policy: "p=none" } }],
    },
    {
      // RFC 9989 §4.10.1, RFC 7489 §6.6.3 step 6: an invalid sp= voids p=reject too.
      name: "parked with p=reject but an invalid sp: nothing is enforced",
      yaml: `${parked}dmarc: "v=DMARC1; p=reject; sp=rejct"\n`,
      // Never a bare "p=none" beside the p=reject the record says: the message says why nothing applies.
      errors: [{ messageId: "notReject", level: "info", line: 3, column: 21, endColumn: 27, data: { policy: "p=none, as its sp= or np= is not valid" } }],
    },
    {
      // dmarc-v-first's leadingSpace: receivers discard a record that does not start with v= (RFC 7489 §6.6.3).
      name: "parked with p=reject after a leading blank: the record is discarded, nothing is enforced",
      yaml: `${parked}dmarc: " v=DMARC1; p=reject"\n`,
      errors: [{ messageId: "notReject", level: "info", line: 3, column: 22, endColumn: 28, data: { policy: "p=none, as it does not start with v=DMARC1" } }],
    },
    {
      name: "receives but declared as not sending, no p",
      yaml: `domain: example.com\nmail: {provider: external, sends: false}\ndmarc: "v=DMARC1; rua=mailto:d@example.com"\n`,
      errors: [{ messageId: "notReject", level: "info", line: 3, column: 9, endColumn: 17, data: { policy: "p=none, as it has no valid p=" } }],
    },
    {
      name: "parked, delegated by CNAME, without live DNS: information naming the target, not a missing record",
      yaml: delegating("reject"),
      errors: [{ messageId: "delegated", level: "info", line: 4, column: 5, data: { target: "reject._dmarc.provider.example" } }],
    },
    {
      name: "parked, delegated to a p=none record: not reject, naming the target",
      yaml: delegating("none"),
      dns,
      errors: [{ messageId: "notReject", level: "info", line: 4, column: 5, data: { policy: "p=none (delegated to none._dmarc.provider.example)" } }],
    },
    {
      name: "parked, delegated to a name without a record: no policy applies",
      yaml: delegating("gone"),
      dns,
      errors: [{ messageId: "delegatedNoPolicy", level: "info", line: 4, column: 5, data: { found: "no DMARC record" } }],
    },
    {
      name: "parked, delegated to two records",
      yaml: delegating("two"),
      dns,
      errors: [{ messageId: "delegatedNoPolicy", level: "info", line: 4, column: 5, data: { found: "2 DMARC records" } }],
    },
    {
      name: "parked, delegated to a target whose lookup fails: could not be checked, never missing",
      yaml: delegating("down"),
      dns,
      errors: [{ messageId: "delegatedLookupFailed", level: "info", line: 4, column: 5, data: { reason: "servfail" } }],
    },
  ],
});

describe("audit of a live parked domain delegating DMARC by CNAME", () => {
  it("judges the target's policy, not a missing record", async () => {
    const result = await zones.audit(["parked.example"]);
    const findings = result.findings.filter((f) => f.ruleId === "dmarc-parked-domain");
    expect(findings.map((f) => [f.messageId, f.name, f.data.policy])).toEqual([["notReject", "_dmarc.parked.example", "p=none (delegated to none._dmarc.provider.example)"]]);
  });
  it("a live _dmarc whose CNAME question fails: the alias is unknown, never a missing record", async () => {
    const result = await zones.audit(["unknown.example"]);
    const findings = result.findings.filter((f) => f.ruleId === "dmarc-parked-domain");
    expect(findings.map((f) => [f.messageId, f.name, f.data.reason])).toEqual([["aliasLookupFailed", "_dmarc.unknown.example", "servfail"]]);
  });
});
