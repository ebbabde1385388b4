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
    "nothing.example": `${SOA}misplaced TXT "v=DMARC1; p=reject"\nmisplaced TXT "v=spf1 -all"\n`,
    // The top-level domains, where the walk ends (public suffix operators publish there, RFC 9989 §4.10).
    example: SOA,
    com: SOA,
    "broken.example": SOA,
  },
  { "_dmarc.broken.example/TXT": "servfail" },
);
const dns = zones.lookup;
const file = (domain: string, extra = "") => `domain: ${domain}\nmail: {provider: external}\n${extra}`;

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
      yaml: file("www.nothing.example", dkim),
      dns,
      errors: [{ messageId: "missingWithDkim", level: "error", line: 1, column: 9, data: { searched: " nor at any parent up to the top-level domain" } }],
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
      name: "a failed lookup is not read as a missing record",
      yaml: file("mail.broken.example", dkim),
      dns,
      errors: [{ messageId: "lookupFailed", level: "warn", line: 1, column: 9, data: { parent: "broken.example", reason: "servfail" } }],
    },
  ],
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
