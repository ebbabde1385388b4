// RFC 6376 §3.6.1: an empty p= revokes a key. Never an error: a warning while the selector is declared as
// signing, information otherwise; a wildcard revoked key is one finding, not one per probed selector.
import { describe, expect, it } from "vitest";
import rule from "../../src/rules/dkim-revoked.js";
import { rsaSpki } from "../fixtures/keys/dkim-keys.js";
import { zoneServer } from "../helpers/audit-dns.js";
import { ruleTester, singleRulePolicy } from "../helpers/rule-tester.js";

// The record is the 6th line; its text starts at column 16 (after `      record: "`).
const withRecord = (record: string, active = true) =>
  `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - name: s1\n      record: "${record}"\n${active ? "" : "      active: false\n"}`;

ruleTester(rule, {
  valid: [
    { name: "a key", yaml: withRecord(`v=DKIM1; p=${rsaSpki(1024)}`) },
    { name: "no p= at all is not a revocation", yaml: withRecord("v=DKIM1; k=rsa") },
  ],
  invalid: [
    {
      name: "selector still marked active with an empty p=: a warning, not an error",
      yaml: withRecord("v=DKIM1; k=rsa; p="),
      errors: [{ messageId: "revokedActive", level: "warn", line: 6, column: 32, endColumn: 34, data: { selector: "s1", how: "marked active" } }],
    },
    {
      name: "retired selector with an empty p=: information",
      yaml: withRecord("v=DKIM1; p= ;", false),
      errors: [{ messageId: "revoked", level: "info", line: 6, column: 25, endColumn: 27 }],
    },
    {
      name: "a wildcard selector written in the file: one information",
      yaml: `domain: example.com\nmail: {provider: none}\ndkim:\n  selectors:\n    - name: "*"\n      record: "v=DKIM1; p="\n`,
      errors: [{ messageId: "wildcard", level: "info", line: 6, column: 25, endColumn: 27, data: { domain: "example.com" } }],
    },
  ],
});

describe("dkim-revoked in audit (live records over loopback DNS)", () => {
  const zones = zoneServer({
    "parked.example": "$TTL 3600\n@ SOA ns1 host 1 7200 3600 1209600 3600\n@ NS ns1\n@ MX 0 .\n@ TXT \"v=spf1 -all\"\n_dmarc TXT \"v=DMARC1; p=reject;\"\n*._domainkey TXT \"v=DKIM1; p=\"\n",
    "rotated.example": `$TTL 3600\n@ SOA ns1 host 1 7200 3600 1209600 3600\n@ NS ns1\n@ MX 10 mx.rotated.example.\nmx A 192.0.2.1\n@ TXT "v=spf1 mx -all"\n_dmarc TXT "v=DMARC1; p=reject;"\ns1._domainkey TXT "v=DKIM1; p="\ns2._domainkey TXT "v=DKIM1; p=${rsaSpki(1024)}"\n`,
  });
  // Selectors probed (--probe-selectors), as they must be to meet a wildcard or a selector nobody named.
  const run = async (domain: string, selectors: string[] = []) =>
    (await zones.audit([domain], { rules: [rule], policy: singleRulePolicy(rule), selectorsFor: () => selectors, observe: ["dkim-probe"] })).findings.map((f) => `${f.messageId} ${f.level} ${f.name}`);

  it("a wildcard revoked key is one information, not a revoked selector per probed name", async () => {
    expect(await run("parked.example")).toEqual(["wildcard info *._domainkey.parked.example"]);
  });
  it("without probing, the wildcard is not met: no selector, no finding", async () => {
    const result = await zones.audit(["parked.example"], { rules: [rule], policy: singleRulePolicy(rule) });
    expect(result.findings).toEqual([]);
  });
  it("a probed revoked selector is information; a selector named with --selector is a warning", async () => {
    expect(await run("rotated.example", ["s2"])).toEqual(["revoked info s1._domainkey.rotated.example"]);
    expect(await run("rotated.example", ["s1", "s2"])).toEqual(["revokedActive warn s1._domainkey.rotated.example"]);
  });
  it("a revoked selector a zone file holds is information: holding a key record is not declaring it as signing", async () => {
    const findings = await zones.audit(["rotated.example"], { rules: [rule], policy: singleRulePolicy(rule), knownSelectorsFor: () => ["s1", "s2"], probeSelectors: () => false });
    expect(findings.findings.map((f) => `${f.messageId} ${f.level} ${f.name}`)).toEqual(["revoked info s1._domainkey.rotated.example"]);
  });
  it("a selector named with --selector that only the wildcard answers is declared, so revoked at warn", async () => {
    expect(await run("parked.example", ["mail2026"])).toEqual(["revokedActive warn mail2026._domainkey.parked.example", "wildcard info *._domainkey.parked.example"].sort());
  });
});
