import { describe, expect, it } from "vitest";
import rule from "../../src/rules/dkim-missing-selector.js";
import { zoneServer } from "../helpers/audit-dns.js";
import { ruleTester, singleRulePolicy } from "../helpers/rule-tester.js";

const CNAME = "ovhmo123-selector1._domainkey.1234.ab.dkim.mail.ovh.net.";

ruleTester(rule, {
  valid: [
    {
      name: "OVH selectors declared",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\ndkim:\n  selectors:\n    - {name: ovhmo123-selector1, cname: ${CNAME}}\n`,
    },
    { name: "domain does not send mail", yaml: "domain: example.com\nmail: {provider: ovh, offer: mx-plan, sends: false}\n" },
    { name: "external provider", yaml: "domain: example.com\nmail: {provider: external}\n" },
    { name: "Private Exchange is not in the default offers", yaml: "domain: example.com\nmail: {provider: ovh, offer: private-exchange}\n" },
  ],
  invalid: [
    {
      name: "no dkim section: reported at the offer",
      yaml: "domain: example.com\nmail:\n  provider: ovh\n  offer: email-pro\n",
      errors: [{ messageId: "noSelector", level: "error", line: 4, column: 10, data: { domain: "example.com", offer: "email-pro" } }],
    },
    {
      name: "only a third-party selector: reported at the dkim mapping",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: zimbra}\ndkim:\n  selectors:\n    - {name: mc1, record: "v=DKIM1; p="}\n`,
      errors: [{ messageId: "noSelector", level: "error", line: 4, column: 3, data: { offer: "zimbra" } }],
    },
    {
      name: "Private Exchange when the pack adds it",
      yaml: "domain: example.com\nmail: {provider: ovh, offer: private-exchange}\n",
      options: { offers: ["private-exchange"] },
      errors: [{ messageId: "noSelector", level: "error", line: 2, column: 30 }],
    },
  ],
});

describe("dkim-missing-selector in audit", () => {
  const zones = zoneServer({
    "ovh-mail.example": "$TTL 3600\n@ SOA ns1 host 1 7200 3600 1209600 3600\n@ NS ns1\n@ MX 1 mx0.mail.ovh.net.\n@ TXT \"v=spf1 include:mx.ovh.com ~all\"\n",
  });
  it("a live OVH domain whose selectors were not guessed is not said to send unsigned mail (dkim-selector-not-found speaks)", async () => {
    const result = await zones.audit(["ovh-mail.example"], { rules: [rule], policy: singleRulePolicy(rule) });
    expect(result.failures).toEqual([]);
    expect(result.findings).toEqual([]);
  });
  it("a domain read from zone files, which hold every selector, is judged as a domain file: no OVH selector, unsigned", async () => {
    // probeSelectors false is how `audit --zone` reads a domain the zone files hold.
    const result = await zones.audit(["ovh-mail.example"], { rules: [rule], policy: singleRulePolicy(rule), probeSelectors: () => false });
    expect(result.failures).toEqual([]);
    expect(result.findings.map((f) => `${f.ruleId} ${f.messageId} ${f.level} ${f.name}`)).toEqual(["dkim-missing-selector noSelector error ovh-mail.example"]);
  });
});
