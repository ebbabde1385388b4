// RFC 7489 §6.1: the policy lives at _dmarc; §6.6.3 and RFC 9989 §4.10: a subdomain without a record of its
// own is covered by its Organizational Domain's (7489) or the first parent the DNS tree walk meets (9989).
import { describe, expect, it } from "vitest";
import rule from "../../src/rules/dmarc-missing.js";
import { treeWalkTargets } from "../../src/mail/dmarc-discovery.js";
import { zoneServer } from "../helpers/audit-dns.js";
import { ruleTester, singleRulePolicy } from "../helpers/rule-tester.js";

const dkim = "dkim: {selectors: [{name: ovhmo123-selector1, cname: ovhmo123-selector1._domainkey.1234.ab.dkim.mail.ovh.net.}]}\n";
const SOA = "$TTL 3600\n@ SOA ns1 host 1 7200 3600 1209600 3600\n@ NS ns1\n";
const zones = zoneServer(
  {
    // The organization publishes sp=quarantine for its subdomains; team.corp.example.com publishes its own.
    // news.example.com exists (an audit of a name that does not is domain-nxdomain's business).
    "example.com": `${SOA}_dmarc TXT "v=DMARC1; p=reject; sp=quarantine; rua=mailto:d@example.com"\n_dmarc.team.corp TXT "v=DMARC1; p=none"\nnews A 192.0.2.1\n`,
    // Two DMARC records at the organization: none applies.
    "double.example": `${SOA}_dmarc TXT "v=DMARC1; p=reject"\n_dmarc TXT "v=DMARC1; p=none"\n`,
    // One DMARC record and one receivers discard before counting (the version must be exactly DMARC1,
    // RFC 7489 §6.3, §6.6.3; RFC 9989 §4.7, §4.10): the first one applies.
    "nearmiss.example": `${SOA}_dmarc TXT "v=DMARC1; p=reject; sp=quarantine"\n_dmarc TXT "v=dmarc1; p=none"\n`,
    "nothing.example": `${SOA}misplaced TXT "v=DMARC1; p=reject"\nmisplaced TXT "v=spf1 -all"\n`,
    // The top-level domains, where the walk ends (public suffix operators publish there, RFC 9989 §4.10).
    example: SOA,
    com: SOA,
    "broken.example": SOA,
    // A DMARC provider's records, which domains delegate to with a `_dmarc` CNAME.
    "provider.example": `${SOA}quarantine._dmarc TXT "v=DMARC1; p=quarantine; rua=mailto:agg@provider.example"\nnovalid._dmarc TXT "v=DMARC1; rua=mailto:agg@provider.example"\nbadsp._dmarc TXT "v=DMARC1; p=reject; sp=rejectt; rua=mailto:agg@provider.example"\ntwo._dmarc TXT "v=DMARC1; p=reject"\ntwo._dmarc TXT "v=DMARC1; p=none"\nnearmiss._dmarc TXT "v=DMARC1; p=reject"\nnearmiss._dmarc TXT "v=dmarc1; p=none"\nempty._dmarc TXT "not dmarc"\n`,
    // A live domain delegating its DMARC record (audit sees the alias, not a `cname:` entry).
    // A live domain whose `_dmarc` answers TXT questions (no record) but fails the CNAME question.
    "unknown.example": `${SOA}@ MX 10 mx.unknown.example.\n@ TXT "v=spf1 -all"\n`,
    "delegating.example": `${SOA}@ MX 10 mx.delegating.example.\n@ TXT "v=spf1 -all"\n_dmarc CNAME quarantine._dmarc.provider.example.\n`,
  },
  { "_dmarc.broken.example/TXT": "servfail", "down._dmarc.provider.example/TXT": "servfail", "_dmarc.unknown.example/CNAME": "servfail" },
);
const dns = zones.lookup;
const file = (domain: string, extra = "") => `domain: ${domain}\nmail: {provider: external}\n${extra}`;
/** The same on an OVH offer, whose guide has DMARC follow DKIM (the escalation to the rule's level). */
const ovhFile = (domain: string, extra = "") => `domain: ${domain}\nmail: {provider: ovh, offer: mx-plan}\n${extra}`;
/** A domain file delegating DMARC to `label`._dmarc.provider.example: the `cname:` entry is on line 4. */
const delegating = (label: string, extra = "", make = file) => make("team.example.org", `${extra}cname:\n  - { name: _dmarc, target: ${label}._dmarc.provider.example. }\n`);

ruleTester(rule, {
  valid: [
    { name: "record present", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\ndmarc: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"\n` },
    { name: "parked domain (dmarc-parked-domain's business)", yaml: `domain: example.com\nmail: {provider: none}\n` },
    { name: "domain declared as not sending", yaml: `domain: example.com\nmail: {provider: external, sends: false}\n` },
  ],
  invalid: [
    {
      name: "sending domain without DKIM: warning",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n`,
      errors: [{ messageId: "missing", level: "warn", line: 1, column: 9, data: { domain: "example.com" } }],
    },
    {
      name: "sending domain signing with DKIM: error",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n${dkim}`,
      errors: [{ messageId: "missingWithDkim", level: "error", line: 1, column: 9 }],
    },
    {
      name: "only an inactive selector: warning",
      yaml: `domain: example.com\nmail: {provider: external}\ndkim: {selectors: [{name: old, record: "v=DKIM1; p=", active: false}]}\n`,
      errors: [{ messageId: "missing", level: "warn", line: 1, column: 9 }],
    },
    {
      name: "a subdomain without live DNS: information, its parents may cover it",
      yaml: file("news.example.co.uk", dkim),
      errors: [{ messageId: "unchecked", level: "info", line: 1, column: 9, data: { domain: "news.example.co.uk", org: "example.co.uk" } }],
    },
    {
      name: "covered by the organization's sp= (RFC 7489 §6.6.3, RFC 9989 §4.10): information naming the record",
      yaml: file("news.example.com", dkim),
      dns,
      errors: [{ messageId: "covered", level: "info", line: 1, column: 9, data: { parent: "example.com", policy: "sp=quarantine", organizational: "" } }],
    },
    {
      name: "the tree walk meets a nearer record than the Organizational Domain's, and says what RFC 7489 receivers find",
      yaml: file("a.team.corp.example.com", dkim),
      dns,
      errors: [
        {
          messageId: "covered",
          level: "info",
          line: 1,
          column: 9,
          data: { parent: "team.corp.example.com", policy: "p=none", organizational: "; receivers still on RFC 7489 ask only _dmarc.example.com: sp=quarantine" },
        },
      ],
    },
    {
      name: "no record at the domain nor any parent: still missing",
      yaml: ovhFile("www.nothing.example", dkim),
      dns,
      errors: [{ messageId: "missingWithDkim", level: "error", line: 1, column: 9, data: { searched: " nor at any parent up to the top-level domain" } }],
    },
    {
      // Seen on working domains audited over DNS (Google Workspace, a newsletter sender): no RFC requires a
      // DMARC record, and OVH's guide only speaks for its offers, so signing elsewhere is no reason for more.
      name: "a domain off OVH that signs with DKIM and has no record: a warning, not the rule's level",
      yaml: file("www.nothing.example", dkim),
      dns,
      errors: [{ messageId: "missing", level: "warn", line: 1, column: 9, data: { searched: " nor at any parent up to the top-level domain" } }],
    },
    {
      name: "a record at the domain itself instead of _dmarc (RFC 7489 §6.1): no policy applies, the finding says where it is",
      yaml: file("misplaced.nothing.example"),
      dns,
      errors: [{ messageId: "atDomain", level: "error", line: 1, column: 9, data: { domain: "misplaced.nothing.example", record: "v=DMARC1; p=reject" } }],
    },
    {
      name: "the parent record is doubled: no policy applies",
      yaml: file("mail.double.example"),
      dns,
      errors: [{ messageId: "parentMultiple", level: "warn", line: 1, column: 9, data: { parent: "double.example", count: 2 } }],
    },
    {
      name: "the parent publishes v=DMARC1 and v=dmarc1: receivers discard the second before counting, the first applies",
      yaml: file("mail.nearmiss.example"),
      dns,
      errors: [{ messageId: "covered", level: "info", line: 1, column: 9, data: { parent: "nearmiss.example", policy: "sp=quarantine" } }],
    },
    {
      name: "delegated to v=DMARC1 beside v=dmarc1: the one receivers keep applies",
      yaml: delegating("nearmiss"),
      dns,
      errors: [{ messageId: "delegatedCovered", level: "info", line: 4, column: 5, data: { policy: "p=reject" } }],
    },
    {
      name: "a failed lookup is not read as a missing record",
      yaml: file("mail.broken.example", dkim),
      dns,
      errors: [{ messageId: "lookupFailed", level: "warn", line: 1, column: 9, data: { parent: "broken.example", reason: "servfail" } }],
    },
    {
      name: "a DMARC record delegated by a _dmarc CNAME, without live DNS: information naming the target, not a missing record",
      yaml: delegating("quarantine"),
      errors: [{ messageId: "delegated", level: "info", line: 4, column: 5, data: { domain: "team.example.org", target: "quarantine._dmarc.provider.example" } }],
    },
    {
      name: "delegated over DNS: the target's policy, as receivers apply it",
      yaml: delegating("quarantine", dkim),
      dns,
      errors: [{ messageId: "delegatedCovered", level: "info", line: 5, column: 5, data: { target: "quarantine._dmarc.provider.example", policy: "p=quarantine" } }],
    },
    {
      name: "delegated to a record with no valid p=: p=none applies (RFC 9989 §4.7)",
      yaml: delegating("novalid"),
      dns,
      errors: [{ messageId: "delegatedCovered", level: "info", line: 4, column: 5, data: { policy: "p=none, as it has no valid p=" } }],
    },
    {
      // RFC 9989 §4.10.1, RFC 7489 §6.6.3 step 6: an invalid sp= voids p=reject too.
      name: "delegated to a record whose sp= is not valid: p=none applies, saying why",
      yaml: delegating("badsp"),
      dns,
      errors: [{ messageId: "delegatedCovered", level: "info", line: 4, column: 5, data: { policy: "p=none, as its sp= or np= is not valid" } }],
    },
    {
      name: "delegated to a name with no DMARC record: no policy applies, an error once the domain signs",
      yaml: delegating("empty", dkim, ovhFile),
      dns,
      errors: [{ messageId: "delegatedNoneWithDkim", level: "error", line: 5, column: 5, data: { target: "empty._dmarc.provider.example" } }],
    },
    {
      name: "delegated to a name with no DMARC record by a signing domain off OVH: a warning",
      yaml: delegating("empty", dkim),
      dns,
      errors: [{ messageId: "delegatedNone", level: "warn", line: 5, column: 5, data: { target: "empty._dmarc.provider.example" } }],
    },
    {
      name: "delegated to a name that does not exist: no policy applies",
      yaml: delegating("gone"),
      dns,
      errors: [{ messageId: "delegatedNone", level: "warn", line: 4, column: 5, data: { target: "gone._dmarc.provider.example" } }],
    },
    {
      name: "delegated to two DMARC records: none applies (RFC 7489 §6.6.3)",
      yaml: delegating("two"),
      dns,
      errors: [{ messageId: "delegatedMultiple", level: "warn", line: 4, column: 5, data: { count: 2 } }],
    },
    {
      name: "delegated to a target whose lookup fails: could not be checked, never missing",
      yaml: delegating("down"),
      dns,
      errors: [{ messageId: "delegatedLookupFailed", level: "warn", line: 4, column: 5, data: { target: "down._dmarc.provider.example", reason: "servfail" } }],
    },
  ],
});

describe("audit of a live domain delegating DMARC by CNAME", () => {
  it("reports the target's policy, not a missing record", async () => {
    const result = await zones.audit(["delegating.example"]);
    const findings = result.findings.filter((f) => f.ruleId === "dmarc-missing");
    expect(findings.map((f) => [f.messageId, f.level, f.name, f.data.target, f.data.policy])).toEqual([
      ["delegatedCovered", "info", "_dmarc.delegating.example", "quarantine._dmarc.provider.example", "p=quarantine"],
    ]);
  });
});

describe("audit of a live domain whose _dmarc alias cannot be asked", () => {
  it("says the alias is unknown, never that no record covers it", async () => {
    const result = await zones.audit(["unknown.example"]);
    const findings = result.findings.filter((f) => f.ruleId === "dmarc-missing");
    expect(findings.map((f) => [f.messageId, f.level, f.name, f.data.reason])).toEqual([["aliasLookupFailed", "warn", "_dmarc.unknown.example", "servfail"]]);
  });
});

describe("RFC 9989 §4.10 tree walk targets", () => {
  it("asks each parent up to the top-level domain, nearest first", () => {
    expect(treeWalkTargets("a.mail.example.com")).toEqual(["mail.example.com", "example.com", "com"]);
    expect(treeWalkTargets("example.com")).toEqual(["com"]);
  });
  it("starts seven labels from the top for a longer name", () => {
    expect(treeWalkTargets("a.b.c.d.e.f.g.h.example.com")).toEqual([
      "d.e.f.g.h.example.com",
      "e.f.g.h.example.com",
      "f.g.h.example.com",
      "g.h.example.com",
      "h.example.com",
      "example.com",
      "com",
    ]);
  });
});

describe("dmarc-missing in audit", () => {
  it("a live subdomain covered by its organization's record is information, not an error", async () => {
    const result = await zones.audit(["news.example.com"], { rules: [rule], policy: singleRulePolicy(rule) });
    expect(result.findings.map((f) => `${f.messageId} ${f.level} ${f.name}`)).toEqual(["covered info _dmarc.news.example.com"]);
  });
});
