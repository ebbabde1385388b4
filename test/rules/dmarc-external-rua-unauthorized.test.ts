import { describe, expect, it } from "vitest";
import rule, { organizationalDomain } from "../../src/rules/dmarc-external-rua-unauthorized.js";
import { zoneServer } from "../helpers/audit-dns.js";
import { liveRulesDns } from "../helpers/live-dns.js";
import { ruleTester } from "../helpers/rule-tester.js";

// A DMARC provider's records behind `_dmarc` CNAMEs, the report receivers' authorizations, and a live domain
// delegating to the provider. The authorization is asked for the domain (RFC 7489 §7.1 step 3: the domain
// name from which the policy was retrieved, which receivers asked as _dmarc.<domain>), never for the target.
const SOA = "$TTL 3600\n@ SOA ns1 host 1 7200 3600 1209600 3600\n@ NS ns1\n";
const zones = zoneServer(
  {
    "provider.example": [
      SOA,
      'own._dmarc TXT "v=DMARC1; p=none; rua=mailto:agg@provider.example"\n',
      'vendor._dmarc TXT "v=DMARC1; p=none; rua=mailto:d@deleg.example,mailto:agg@reports.vendor.example; ruf=mailto:f@slow.vendor.example"\n',
      // The provider authorizes reports for itself, and for one customer.
      'provider.example._report._dmarc TXT "v=DMARC1"\n',
      'ok.example._report._dmarc TXT "v=DMARC1"\n',
      'nothing._dmarc TXT "not dmarc"\n',
    ].join(""),
    "vendor.example": `${SOA}provider.example._report._dmarc.reports TXT "v=DMARC1"\nok.example._report._dmarc.reports TXT "v=DMARC1"\n`,
    "live-deleg.example": `${SOA}@ MX 10 mx.live-deleg.example.\n_dmarc CNAME own._dmarc.provider.example.\n`,
    // The authorisation is a DMARC record read as any other (RFC 7489 §7.1, §6.4): blanks around "=" keep
    // it, a blank before "v" makes it no record (§6.6.3).
    "auth.example": `${SOA}live.example._report._dmarc.spaced TXT "v = DMARC1"\nlive.example._report._dmarc.blank TXT " v=DMARC1"\n`,
  },
  { "deleg.example._report._dmarc.slow.vendor.example/TXT": "timeout", "down._dmarc.provider.example/TXT": "servfail" },
);
/** A domain file delegating DMARC to `label`._dmarc.provider.example: the alias is on line 4. */
const delegating = (label: string, domain = "deleg.example") => `domain: ${domain}\nmail: {provider: external}\ncname:\n  - { name: _dmarc, target: ${label}._dmarc.provider.example. }\n`;

const dns = liveRulesDns({ "live.example._report._dmarc.slow.vendor.example": "timeout" });

// The record is on line 3 inside double quotes: offset n of the record is column 9 + n.
const withDmarc = (dmarc: string, domain = "live.example") => `domain: ${domain}\nmail: {provider: external}\ndmarc: "${dmarc}"\n`;

describe("organizationalDomain (Public Suffix List, RFC 7489 §3.2)", () => {
  it("is the name one label below its public suffix", () => {
    expect(organizationalDomain("reports.vendor.example")).toBe("vendor.example");
    expect(organizationalDomain("Mail.Example.CO.UK.")).toBe("example.co.uk");
    expect(organizationalDomain("dmarc.example.gouv.fr")).toBe("example.gouv.fr");
    expect(organizationalDomain("example.com")).toBe("example.com");
    expect(organizationalDomain("a.b.example.fr")).toBe("example.fr");
    expect(organizationalDomain("mail.quebec.gc.ca")).toBe("quebec.gc.ca");
    expect(organizationalDomain("com")).toBe("com");
  });
});

ruleTester(rule, {
  valid: [
    { name: "reports to the domain itself and to a subdomain", yaml: withDmarc("v=DMARC1; p=none; rua=mailto:d@live.example,mailto:x@reports.live.example"), dns },
    { name: "external host that authorises the domain", yaml: withDmarc("v=DMARC1; p=none; rua=mailto:r@reports.vendor.example"), dns },
    { name: "a subdomain's policy reporting to its parent organisation", yaml: withDmarc("v=DMARC1; p=none; rua=mailto:d@live.example", "shop.live.example"), dns },
    { name: "non-mailto URIs are dmarc-uri-syntax's", yaml: withDmarc("v=DMARC1; p=none; rua=https://other.vendor.example/r"), dns },
    // Receivers discard a record not starting with v=DMARC1 (RFC 7489 §6.6.3) and send no reports at all:
    // dmarc-v-first's error, not an unauthorized address.
    { name: "an unauthorized address in a discarded record", yaml: withDmarc("v=dmarc1; p=none; rua=mailto:x@other.vendor.example"), dns },
    { name: "an authorisation written v = DMARC1 (RFC 7489 §6.4 allows blanks around =)", yaml: withDmarc("v=DMARC1; p=none; rua=mailto:r@spaced.auth.example"), dns: zones.lookup },
    { name: "static run: the rule needs live DNS", yaml: withDmarc("v=DMARC1; p=none; rua=mailto:x@other.vendor.example") },
    { name: "delegated, without live DNS: the target's addresses are unknown", yaml: delegating("own") },
    { name: "delegated, the provider's address authorizes the domain", yaml: delegating("own", "ok.example"), dns: zones.lookup },
    { name: "delegated to a name with no DMARC record: no addresses (dmarc-missing reports it)", yaml: delegating("nothing"), dns: zones.lookup },
    { name: "delegated to a target whose lookup fails: never read as a record (dmarc-missing reports it)", yaml: delegating("down"), dns: zones.lookup },
  ],
  invalid: [
    {
      name: "external host with no authorisation record",
      yaml: withDmarc("v=DMARC1; p=none; rua=mailto:d@live.example,mailto:x@other.vendor.example"),
      dns,
      errors: [
        {
          messageId: "unauthorized",
          level: "warn",
          line: 3,
          column: 9 + 51,
          endColumn: 9 + 73,
          data: { tag: "rua", host: "other.vendor.example", orgDomain: "live.example", record: "live.example._report._dmarc.other.vendor.example", found: "the name does not exist" },
        },
      ],
    },
    {
      name: "a record there that is not v=DMARC1; ruf too",
      yaml: withDmarc("v=DMARC1; p=none; rua=mailto:r@reports.vendor.example; ruf=mailto:f@bad.vendor.example"),
      dns,
      errors: [{ messageId: "unauthorized", level: "warn", line: 3, column: 9 + 66, data: { tag: "ruf", host: "bad.vendor.example", found: "other TXT records only" } }],
    },
    {
      name: "an authorisation with a blank before v=DMARC1 is no DMARC record (RFC 7489 §6.6.3): receivers drop the address",
      yaml: withDmarc("v=DMARC1; p=none; rua=mailto:r@blank.auth.example"),
      dns: zones.lookup,
      errors: [{ messageId: "unauthorized", level: "warn", line: 3, column: 9 + 29, data: { tag: "rua", host: "blank.auth.example", record: "live.example._report._dmarc.blank.auth.example", found: "other TXT records only" } }],
    },
    {
      name: "structured form: points at the rua node",
      yaml: "domain: live.example\nmail: {provider: external}\ndmarc:\n  p: none\n  rua: mailto:x@other.vendor.example\n",
      dns,
      errors: [{ messageId: "unauthorized", level: "warn", line: 5, column: 8, data: { host: "other.vendor.example" } }],
    },
    {
      name: "a timeout is a failed lookup, not a missing authorisation",
      yaml: withDmarc("v=DMARC1; p=none; rua=mailto:r@slow.vendor.example"),
      dns,
      errors: [{ messageId: "lookupFailed", level: "info", line: 3, column: 9 + 29, data: { host: "slow.vendor.example", reason: "timeout" } }],
    },
    {
      // The provider authorizes itself (provider.example._report._dmarc.provider.example), which says
      // nothing for the domain: receivers ask deleg.example._report._dmarc.provider.example.
      name: "delegated: the target's rua is checked for the domain's name, not the target's",
      yaml: delegating("own"),
      dns: zones.lookup,
      errors: [
        {
          messageId: "unauthorized",
          level: "warn",
          line: 4,
          column: 5,
          data: { tag: "rua", where: " (delegated to own._dmarc.provider.example)", host: "provider.example", orgDomain: "deleg.example", record: "deleg.example._report._dmarc.provider.example", found: "the name does not exist" },
        },
      ],
    },
    {
      name: "delegated: an address in the domain's organisation is not asked; a failed lookup is no verdict",
      yaml: delegating("vendor"),
      dns: zones.lookup,
      errors: [
        { messageId: "unauthorized", level: "warn", line: 4, column: 5, data: { tag: "rua", host: "reports.vendor.example", record: "deleg.example._report._dmarc.reports.vendor.example" } },
        { messageId: "lookupFailed", level: "info", line: 4, column: 5, data: { tag: "ruf", host: "slow.vendor.example", domain: "deleg.example", reason: "timeout" } },
      ],
    },
  ],
});

describe("audit of a live domain delegating DMARC by CNAME", () => {
  it("checks the target's report addresses for the domain", async () => {
    const result = await zones.audit(["live-deleg.example"]);
    const findings = result.findings.filter((f) => f.ruleId === "dmarc-external-rua-unauthorized");
    expect(findings.map((f) => [f.messageId, f.level, f.name, f.message])).toEqual([
      [
        "unauthorized",
        "warn",
        "_dmarc.live-deleg.example",
        "rua (delegated to own._dmarc.provider.example) sends reports to provider.example, outside live-deleg.example, but live-deleg.example._report._dmarc.provider.example has no TXT record starting v=DMARC1 (the name does not exist): receivers drop this address and send no reports there (RFC 7489 §7.1)",
      ],
    ]);
  });
});
