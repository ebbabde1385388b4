import rule from "../../src/rules/dmarc-enforce-without-auth.js";
import type { EvidenceView } from "../../src/model/evidence.js";
import { describe, expect, it } from "vitest";
import { zoneServer } from "../helpers/audit-dns.js";
import { ruleTester } from "../helpers/rule-tester.js";

// A DMARC provider's records behind `_dmarc` CNAMEs, and live domains delegating to them (RFC 7489 §6.6.3:
// receivers follow the alias and apply the target's record).
const SOA = "$TTL 3600\n@ SOA ns1 host 1 7200 3600 1209600 3600\n@ NS ns1\n";
const zones = zoneServer(
  {
    "provider.example": `${SOA}reject._dmarc TXT "v=DMARC1; p=reject"\nsp._dmarc TXT "v=DMARC1; p=none; sp=quarantine"\nnone._dmarc TXT "v=DMARC1; p=none"\ntwo._dmarc TXT "v=DMARC1; p=reject"\ntwo._dmarc TXT "v=DMARC1; p=quarantine"\n`,
    "nospf.example": `${SOA}@ MX 10 mx.nospf.example.\n_dmarc CNAME reject._dmarc.provider.example.\n`,
    "unknown.example": `${SOA}@ MX 10 mx.unknown.example.\n@ TXT "v=spf1 -all"\n`,
  },
  { "down._dmarc.provider.example/TXT": "servfail", "_dmarc.unknown.example/CNAME": "servfail" },
);
/** An external-provider domain with SPF and no DKIM, delegating DMARC to `label`._dmarc.provider.example: the alias is on line 4. */
const delegating = (label: string) => `domain: example.com\nmail: {provider: external}\nspf: "v=spf1 ip4:192.0.2.1 -all"\ncname:\n  - { name: _dmarc, target: ${label}._dmarc.provider.example. }\n`;

/** Evidence for example.com: 1,000 messages, with this many passing aligned SPF and aligned DKIM. */
const reports = (spfAligned: number, dkimAligned: number): EvidenceView => ({
  file: "dmarc-evidence.json",
  window: { from: "2026-10-25", to: "2026-11-23", days: 30 },
  minSourceShare: 0.001,
  domain: { domain: "example.com", from: "2026-11-01", to: "2026-11-22", days: 22, messages: 1000, passing: Math.max(spfAligned, dkimAligned), dkimAligned, spfAligned, failingSources: [], selectors: [] },
});

const ovh = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";
const ovhSpf = 'spf: "v=spf1 include:mx.ovh.com ~all"\n';
const ovhDkim = "dkim: {selectors: [{name: ovhmo123-selector1, cname: ovhmo123-selector1._domainkey.1234.ab.dkim.mail.ovh.net.}]}\n";
const ownDkim = 'dkim: {selectors: [{name: s1, record: "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="}]}\n';

ruleTester(rule, {
  valid: [
    { name: "OVH: include and active OVH selector", yaml: `${ovh}${ovhSpf}${ovhDkim}dmarc: "v=DMARC1; p=reject; rua=mailto:d@example.com"\n` },
    { name: "OVH structured SPF with the include", yaml: `${ovh}spf: {include: [mx.ovh.com.], all: "-"}\n${ovhDkim}dmarc: "v=DMARC1; p=quarantine"\n` },
    { name: "monitoring needs nothing yet", yaml: `${ovh}dmarc: "v=DMARC1; p=none; rua=mailto:d@example.com"\n` },
    // RFC 9989 §4.7 (v=) and §4.10 step 2: a record that does not start with v=DMARC1 is discarded, so it
    // enforces nothing (dmarc-v-first reports it); RFC 9989 §4.10.1: neither does an invalid sp= voiding p=.
    { name: "a discarded record (v=dmarc1) enforces nothing", yaml: `${ovh}dmarc: "v=dmarc1; p=reject; rua=mailto:d@example.com"\n` },
    { name: "a discarded record (p before v) enforces nothing", yaml: `${ovh}dmarc: "p=reject; v=DMARC1; rua=mailto:d@example.com"\n` },
    { name: "an invalid sp= voids p=reject", yaml: `${ovh}dmarc: "v=DMARC1; p=reject; sp=rejected; rua=mailto:d@example.com"\n` },
    { name: "parked domain enforces with nothing to authenticate", yaml: `domain: example.com\nmail: {provider: none}\nspf: "v=spf1 -all"\ndmarc: "v=DMARC1; p=reject;"\n` },
    {
      name: "reports show aligned SPF and DKIM for 99% of the mail: the declarations are not judged",
      yaml: `${ovh}spf: "v=spf1 include:_spf.google.com -all"\ndmarc: "v=DMARC1; p=quarantine; rua=mailto:d@example.com"\n`,
      evidence: reports(990, 995),
    },
    { name: "delegated DMARC without live DNS: the target's record is unknown, nothing is judged (dmarc-missing names the alias)", yaml: delegating("reject") },
    { name: "delegated to a monitoring record: nothing enforces", yaml: delegating("none"), dns: zones.lookup },
    { name: "delegated to a target whose lookup fails: no policy is made up (dmarc-missing reports the failure)", yaml: delegating("down"), dns: zones.lookup },
    { name: "delegated to two records: none applies, nothing enforces (dmarc-missing reports it)", yaml: delegating("two"), dns: zones.lookup },
    { name: "external with SPF and own DKIM", yaml: `domain: example.com\nmail: {provider: external}\nspf: "v=spf1 include:_spf.example.net -all"\n${ownDkim}dmarc: "v=DMARC1; p=reject"\n` },
  ],
  invalid: [
    {
      name: "reports show aligned SPF but little aligned DKIM: only the DKIM finding stays",
      yaml: `${ovh}spf: "v=spf1 include:_spf.google.com -all"\ndmarc: "v=DMARC1; p=reject; rua=mailto:d@example.com"\n# evidence\n`,
      evidence: reports(995, 400),
      errors: [{ messageId: "noOvhDkim", level: "error", line: 4, column: 21 }],
    },
    {
      name: "OVH without the include and without DKIM",
      yaml: `${ovh}spf: "v=spf1 include:_spf.google.com -all"\ndmarc: "v=DMARC1; p=quarantine; rua=mailto:d@example.com"\n`,
      // "quarantine" at offset 12 of the record on line 4.
      errors: [
        { messageId: "noOvhSpf", level: "error", line: 4, column: 21, endColumn: 31, data: { tag: "p", policy: "quarantine", include: "mx.ovh.com" } },
        { messageId: "noOvhDkim", level: "error", line: 4, column: 21, endColumn: 31 },
      ],
    },
    {
      name: "OVH include with a fail qualifier does not authorize",
      yaml: `${ovh}spf: "v=spf1 -include:mx.ovh.com ~all"\n${ovhDkim}dmarc: "v=DMARC1; p=reject"\n`,
      errors: [{ messageId: "noOvhSpf", level: "error", line: 5, column: 21 }],
    },
    {
      name: "OVH offer signing only with a non-OVH selector",
      yaml: `${ovh}${ovhSpf}${ownDkim}dmarc: "v=DMARC1; p=reject"\n`,
      errors: [{ messageId: "noOvhDkim", level: "error", line: 5, column: 21, data: { policy: "reject" } }],
    },
    {
      name: "OVH selector kept but inactive",
      yaml: `${ovh}${ovhSpf}dkim: {selectors: [{name: ovhmo123-selector1, cname: ovhmo123-selector1._domainkey.1234.ab.dkim.mail.ovh.net., active: false}]}\ndmarc: "v=DMARC1; p=reject"\n`,
      errors: [{ messageId: "noOvhDkim", level: "error", line: 5, column: 21 }],
    },
    {
      name: "external without SPF: sp=reject is the enforcing tag",
      yaml: `domain: example.com\nmail: {provider: external}\n${ownDkim}dmarc: "v=DMARC1; p=none; sp=reject"\n`,
      errors: [{ messageId: "noSpf", level: "error", line: 4, column: 30, endColumn: 36, data: { tag: "sp", policy: "reject" } }],
    },
    {
      name: "external without DKIM",
      yaml: `domain: example.com\nmail: {provider: external}\nspf: "v=spf1 ip4:192.0.2.1 -all"\ndmarc: "v=DMARC1; p=quarantine"\n`,
      errors: [{ messageId: "noDkim", level: "error", line: 4, column: 21 }],
    },
    {
      name: "private exchange: any SPF, but an OVH selector",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: private-exchange, ips: [203.0.113.10]}\nspf: "v=spf1 ip4:203.0.113.10 ~all"\ndmarc: "v=DMARC1; p=reject"\n`,
      errors: [{ messageId: "noOvhDkim", level: "error", line: 4, column: 21 }],
    },
    {
      name: "structured record points at the p key",
      yaml: `${ovh}${ovhSpf}dmarc:\n  p: reject\n  rua: mailto:d@example.com\n`,
      errors: [{ messageId: "noOvhDkim", level: "error", line: 5, column: 6 }],
    },
    {
      name: "delegated to a p=reject record: judged as the domain's own, at the alias",
      yaml: delegating("reject"),
      dns: zones.lookup,
      errors: [{ messageId: "noDkim", level: "error", line: 5, column: 5, data: { tag: "p", policy: "reject", where: " (delegated to reject._dmarc.provider.example)" } }],
    },
    {
      name: "delegated to a record whose sp= enforces",
      yaml: delegating("sp"),
      dns: zones.lookup,
      errors: [{ messageId: "noDkim", level: "error", line: 5, column: 5, data: { tag: "sp", policy: "quarantine", where: " (delegated to sp._dmarc.provider.example)" } }],
    },
  ],
});

describe("audit of a live domain delegating DMARC by CNAME", () => {
  // A live domain's selectors are guessed, so its DKIM is not judged (see the rule); its SPF is.
  it("judges the target's p=reject against the live SPF", async () => {
    const result = await zones.audit(["nospf.example"]);
    const findings = result.findings.filter((f) => f.ruleId === "dmarc-enforce-without-auth");
    expect(findings.map((f) => [f.messageId, f.level, f.name, f.message])).toEqual([
      ["noSpf", "error", "_dmarc.nospf.example", "p=reject (delegated to reject._dmarc.provider.example) while the domain publishes no SPF record: only DKIM-signed mail could pass DMARC."],
    ]);
  });

  it("a failed CNAME question is no policy: nothing is judged", async () => {
    const result = await zones.audit(["unknown.example"]);
    expect(result.findings.filter((f) => f.ruleId === "dmarc-enforce-without-auth")).toEqual([]);
  });
});
