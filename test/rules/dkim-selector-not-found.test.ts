// Live domains (audit, doctor): a selector named with --selector and no key record is an error (RFC 6376
// §6.1.2, PERMFAIL); none found among probed names is a warning saying how to name them, never "unsigned".
import { describe, expect, it } from "vitest";
import rule from "../../src/rules/dkim-selector-not-found.js";
import { rsaSpki } from "../fixtures/keys/dkim-keys.js";
import { zoneServer } from "../helpers/audit-dns.js";
import { lintYaml, singleRulePolicy } from "../helpers/rule-tester.js";

const SOA = "$TTL 3600\n@ SOA ns1 host 1 7200 3600 1209600 3600\n@ NS ns1\n";
const zones = zoneServer({
  // OVH mail, selectors named per account: nothing at the probed names.
  "ovh-mail.example": `${SOA}@ MX 1 mx0.mail.ovh.net.\n@ MX 5 mx1.mail.ovh.net.\n@ TXT "v=spf1 include:mx.ovh.com ~all"\n_dmarc TXT "v=DMARC1; p=quarantine;"\novhmo4242-selector1._domainkey CNAME ovhmo4242-selector1._domainkey.4242.ab.dkim.mail.ovh.net.\n`,
  "google.example": `${SOA}@ MX 1 smtp.google.com.\n@ TXT "v=spf1 include:_spf.google.com ~all"\ngoogle._domainkey TXT "v=DKIM1; k=rsa; p=${rsaSpki(1024)}"\n`,
  "parked.example": `${SOA}@ MX 0 .\n@ TXT "v=spf1 -all"\n_dmarc TXT "v=DMARC1; p=reject;"\n`,
  // Hosted mailbox services that give every customer the same selector names, delegated by CNAME to keys
  // they publish (as real domains on Fastmail, Proton, Migadu and mailbox.org do).
  "fastmail.example": `${SOA}@ MX 10 in1-smtp.messagingengine.com.\n@ TXT "v=spf1 include:spf.messagingengine.com -all"\nfm1._domainkey CNAME fm1.fastmail.example.dkim.keys.example.\n`,
  "proton.example": `${SOA}@ MX 10 mail.protonmail.ch.\n@ TXT "v=spf1 include:_spf.protonmail.ch ~all"\nprotonmail._domainkey CNAME protonmail.domainkey.d1.keys.example.\n`,
  "migadu.example": `${SOA}@ MX 10 aspmx1.migadu.com.\n@ TXT "v=spf1 include:spf.migadu.com -all"\nkey1._domainkey CNAME key1.migadu.example._domainkey.keys.example.\n`,
  "mailbox.example": `${SOA}@ MX 10 mxext1.mailbox.org.\n@ TXT "v=spf1 include:mailbox.org -all"\nMBO0001._domainkey CNAME MBO0001._domainkey.keys.example.\n`,
  "keys.example": `${SOA}fm1.fastmail.example.dkim TXT "v=DKIM1; k=rsa; p=${rsaSpki(1024)}"\nprotonmail.domainkey.d1 TXT "v=DKIM1; k=rsa; p=${rsaSpki(1024)}"\nkey1.migadu.example._domainkey TXT "v=DKIM1; k=rsa; p=${rsaSpki(1024)}"\nMBO0001._domainkey TXT "v=DKIM1; k=rsa; p=${rsaSpki(1024)}"\n`,
});
// Common names are probed only when asked (--probe-selectors): these cases ask.
const run = async (domain: string, selectors: string[] = []) => {
  const result = await zones.audit([domain], { rules: [rule], policy: singleRulePolicy(rule), selectorsFor: () => selectors, observe: ["dkim-probe"] });
  expect(result.failures).toEqual([]);
  return result.findings.map((f) => `${f.messageId} ${f.level} ${f.name} line ${f.line}`);
};

describe("dkim-selector-not-found", () => {
  describe("valid", () => {
    it("a probed common selector holds a key (RFC 6376 §3.6.2.1)", async () => {
      expect(await run("google.example")).toEqual([]);
    });
    it.each([["fastmail.example"], ["proton.example"], ["migadu.example"], ["mailbox.example"]])("%s: the fixed selector its mailbox service gives every customer is probed and found", async (domain) => {
      expect(await run(domain)).toEqual([]);
    });
    it("the selector named with --selector exists (a CNAME to OVH's key)", async () => {
      expect(await run("ovh-mail.example", ["ovhmo4242-selector1"])).toEqual([]);
    });
    it("a domain that sends no mail needs no selector", async () => {
      expect(await run("parked.example")).toEqual([]);
    });
    it("a domain read from zone files (audit --zone) holds every selector: dkim-missing-selector judges it, not this rule", async () => {
      const result = await zones.audit(["ovh-mail.example"], { rules: [rule], policy: singleRulePolicy(rule), probeSelectors: () => false });
      expect(result.findings).toEqual([]);
    });
    it("a domain file is never judged by it: its selectors are declared, not looked for", async () => {
      const findings = await lintYaml(rule, { name: "file", yaml: "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n" });
      expect(findings.filter((f) => f.ruleId === rule.meta.id)).toEqual([]);
    });
  });
  describe("invalid", () => {
    it("nothing found among the probed names: a warning that says how to name them, not an error", async () => {
      expect(await run("ovh-mail.example")).toEqual(["noneFound warn _domainkey.ovh-mail.example line 0"]);
      const [finding] = (await zones.audit(["ovh-mail.example"], { rules: [rule], policy: singleRulePolicy(rule), observe: ["dkim-probe"] })).findings;
      expect(finding!.message).toContain("--selector NAME");
      expect(finding!.message).toContain("ovhmo<N>-selector1/2");
      expect(finding!.message).not.toContain("unsigned");
    });
    it("no selector known and none probed (the default): a note that DKIM was not checked, and how to name them", async () => {
      const result = await zones.audit(["google.example"], { rules: [rule], policy: singleRulePolicy(rule) });
      expect(result.findings.map((f) => `${f.messageId} ${f.level} ${f.name}`)).toEqual(["notProbed info _domainkey.google.example"]);
      expect(result.notObserved.map((n) => `${n.family} ${n.domains}`)).toEqual(["dkim-probe 1"]);
    });
    it("a selector named with --selector that has no key record: error (RFC 6376 §6.1.2 PERMFAIL)", async () => {
      expect(await run("ovh-mail.example", ["ovhmo4242-selector1", "ovhmo4242-selector2"])).toEqual([
        "namedMissing error ovhmo4242-selector2._domainkey.ovh-mail.example line 0",
      ]);
    });
    it("a named selector missing from the zone files is an error there too", async () => {
      const result = await zones.audit(["ovh-mail.example"], { rules: [rule], policy: singleRulePolicy(rule), selectorsFor: () => ["ovhmo4242-selector2"], probeSelectors: () => false });
      expect(result.findings.map((f) => `${f.messageId} ${f.level} ${f.name}`)).toEqual(["namedMissing error ovhmo4242-selector2._domainkey.ovh-mail.example"]);
    });
  });
});
