import { describe, expect, it } from "vitest";
import rule, { organizationalDomain } from "../../src/rules/dmarc-external-rua-unauthorized.js";
import { liveRulesDns } from "../helpers/live-dns.js";
import { ruleTester } from "../helpers/rule-tester.js";

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
    { name: "static run: the rule needs live DNS", yaml: withDmarc("v=DMARC1; p=none; rua=mailto:x@other.vendor.example") },
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
  ],
});
