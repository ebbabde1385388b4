// A DKIM key published behind a selector's CNAME (OVH's way) is the key verifiers use: they ask TXT at the
// selector's name and resolution follows the alias (RFC 6376 §3.6.2.1). So its t=y (dkim-testing-flag, RFC
// 6376 §3.6.1) and its RSA size (dkim-key-too-short, RFC 8301 §3.2) are reported as for a key at the
// selector itself: `plan` at the selector's `cname:` in the file, `audit` (over zone files) on the
// selector's name; `lint`, without DNS, cannot know the key.
import { describe, expect, test } from "vitest";
import { rsaSpki } from "../fixtures/keys/dkim-keys.js";
import { SEVERAL_RUNS_TIMEOUT_MS } from "../helpers/cli.js";
import { startDnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";

const TODAY = ["--today", "2026-11-01"];
const SOA = "$TTL 3600\n@ SOA ns1 host 1 7200 3600 1209600 3600\n@ NS ns1\n";
/** A key record as a zone file writes it: character-strings of at most 255 octets (RFC 1035 §3.3.14). */
const strings = (text: string) => (text.match(/.{1,200}/g) ?? []).map((part) => `"${part}"`).join(" ");

const DOMAIN = [
  "$ORIGIN example.test.\n",
  SOA,
  '@ MX 10 mx.example.test.\nmx A 192.0.2.1\n@ TXT "v=spf1 -all"\n_dmarc TXT "v=DMARC1; p=reject; rua=mailto:d@example.test"\n',
  "s1._domainkey CNAME s1._domainkey.keys.test.\n",
  "s2._domainkey CNAME s2._domainkey.keys.test.\n",
  // The same flaws at the selector's own name: reported once, on the key itself.
  `s3._domainkey TXT ${strings(`v=DKIM1; t=y; k=rsa; p=${rsaSpki(1024)}`)}\n`,
].join("");
const KEYS = [
  "$ORIGIN keys.test.\n",
  SOA,
  `s1._domainkey TXT ${strings(`v=DKIM1; t=y; k=rsa; p=${rsaSpki(2048)}`)}\n`,
  `s2._domainkey TXT ${strings(`v=DKIM1; k=rsa; p=${rsaSpki(1024)}`)}\n`,
].join("");
const FILE = [
  "domain: example.test",
  "mail: {provider: external}",
  "mx:",
  "  - {host: mx.example.test., priority: 10}",
  'spf: "v=spf1 -all"',
  'dmarc: "v=DMARC1; p=reject; rua=mailto:d@example.test"',
  "dkim:",
  "  selectors:",
  "    - {name: s1, cname: s1._domainkey.keys.test.}",
  "    - {name: s2, cname: s2._domainkey.keys.test.}",
  "",
].join("\n");

const TESTING_S1 = "selector s1 signs mail but the key its CNAME leads to, at s1._domainkey.keys.test, has t=y: verifiers may treat its mail as unsigned";
const SHORT_S2 = "selector s2: the RSA key its CNAME leads to, at s2._domainkey.keys.test, has 1024 bits; 2048 or more are recommended (RFC 8301 §3.2)";

interface JsonFinding {
  ruleId: string;
  level: string;
  message: string;
  file: string | null;
  name: string | null;
  line: number;
  column: number;
}

const DKIM_RULES = ["dkim-testing-flag", "dkim-key-too-short", "dkim-cname-target-invalid"];

function dkimFindings(stdout: string): string[] {
  const findings = (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;
  return findings
    .filter((f) => DKIM_RULES.includes(f.ruleId))
    .map((f) => `${f.ruleId} ${f.level} ${f.name} ${f.line}:${f.column} ${f.message}`)
    .sort();
}

describe("a DKIM key behind a selector's CNAME", () => {
  test(
    "audit --zone reports its t=y and its size on the selector's name, and the key at s3's own name once",
    async () => {
      const dir = tempTree({ "example.test.zone": DOMAIN, "keys.test.zone": KEYS });
      const run = await runCliAsync(["audit", "example.test", "--zone", `${dir}/example.test.zone`, "--zone", `${dir}/keys.test.zone`, ...TODAY, "-f", "json"]);
      expect(run.stderr).toBe("");
      expect(dkimFindings(run.stdout)).toEqual([
        `dkim-key-too-short warn s2._domainkey.example.test 0:0 ${SHORT_S2}`,
        `dkim-key-too-short warn s3._domainkey.example.test 0:0 selector s3: the RSA key has 1024 bits; 2048 or more are recommended (RFC 8301 §3.2)`,
        `dkim-testing-flag warn s1._domainkey.example.test 0:0 ${TESTING_S1}`,
        `dkim-testing-flag warn s3._domainkey.example.test 0:0 selector s3 signs mail but has t=y: verifiers may treat its mail as unsigned`,
      ]);
      expect(run.status).toBe(0);
    },
    SEVERAL_RUNS_TIMEOUT_MS,
  );

  test(
    "plan reports them at the selector's cname: in the file; lint, without DNS, says nothing of the key",
    async () => {
      const dir = tempTree({ "example.test.zone": DOMAIN, "keys.test.zone": KEYS, "stack/example.test.yaml": FILE });
      const plan = await runCliAsync(["plan", `${dir}/stack`, "--zone", `${dir}/example.test.zone`, "--zone", `${dir}/keys.test.zone`, ...TODAY, "-f", "json"]);
      expect(plan.stderr).toBe("");
      expect(dkimFindings(plan.stdout)).toEqual([
        `dkim-key-too-short warn s2._domainkey.example.test 10:25 ${SHORT_S2}`,
        `dkim-testing-flag warn s1._domainkey.example.test 9:25 ${TESTING_S1}`,
      ]);
      const lint = await runCliAsync(["lint", `${dir}/stack`, ...TODAY, "-f", "json"]);
      expect(dkimFindings(lint.stdout)).toEqual([]);
      expect(lint.status).toBe(0);
    },
    SEVERAL_RUNS_TIMEOUT_MS,
  );

  test(
    "when the target is outside the zone files, the check is named as not made, never passed",
    async () => {
      const dir = tempTree({ "example.test.zone": DOMAIN });
      const run = await runCliAsync(["audit", "example.test", "--zone", `${dir}/example.test.zone`, ...TODAY, "-f", "json"]);
      const findings = dkimFindings(run.stdout);
      // One line per lookup that could not be made: dkim-cname-target-invalid's, naming the rules whose
      // checks (the key's size, its t=y) needed the same lookup; none of their own.
      expect(findings).toEqual([
        "dkim-cname-target-invalid warn s1._domainkey.example.test 0:0 could not read the key of selector s1 at s1._domainkey.keys.test: the TXT lookup failed (outside-zones); whether the key exists is unknown",
        "dkim-cname-target-invalid warn s2._domainkey.example.test 0:0 could not read the key of selector s2 at s2._domainkey.keys.test: the TXT lookup failed (outside-zones); whether the key exists is unknown",
        "dkim-key-too-short warn s3._domainkey.example.test 0:0 selector s3: the RSA key has 1024 bits; 2048 or more are recommended (RFC 8301 §3.2)",
        "dkim-testing-flag warn s3._domainkey.example.test 0:0 selector s3 signs mail but has t=y: verifiers may treat its mail as unsigned",
      ]);
      const merged = (JSON.parse(run.stdout) as { findings: (JsonFinding & { alsoNeededBy?: string[] })[] }).findings.filter((f) => f.ruleId === "dkim-cname-target-invalid");
      expect(merged.map((f) => f.alsoNeededBy)).toEqual([
        ["dkim-key-too-short", "dkim-testing-flag"],
        ["dkim-key-too-short", "dkim-testing-flag"],
      ]);
      // Every rule that needed the lookups is still named where the lookups are listed.
      const listed = (JSON.parse(run.stdout) as { outsideZones: { name: string; rules: string[] }[] }).outsideZones.filter((u) => u.name.includes("_domainkey"));
      expect(listed.map((u) => `${u.name} ${u.rules.join(",")}`)).toEqual([
        "s1._domainkey.keys.test dkim-cname-target-invalid,dkim-key-too-short,dkim-testing-flag",
        "s2._domainkey.keys.test dkim-cname-target-invalid,dkim-key-too-short,dkim-testing-flag",
      ]);
      const report = JSON.parse(run.stdout) as { uncheckedLookups: unknown[]; outsideZones: unknown };
      expect(JSON.stringify(report.outsideZones ?? report.uncheckedLookups)).toContain("s1._domainkey.keys.test");
    },
    SEVERAL_RUNS_TIMEOUT_MS,
  );

  test(
    "with dkim-cname-target-invalid turned off, a target that answers SERVFAIL still leaves the run unpassed, naming the rules that could not judge the key",
    async () => {
      const server = await startDnsServer({ zones: [] });
      try {
        server.addZoneText(DOMAIN.replace("$ORIGIN example.test.\n", "").replace(/^s3\._domainkey.*\n/m, ""), "example.test");
        server.addZoneText(KEYS.replace("$ORIGIN keys.test.\n", ""), "keys.test");
        server.setFault("s1._domainkey.keys.test/TXT", "servfail");
        server.setFault("s2._domainkey.keys.test/TXT", "servfail");
        const dir = tempTree({ "pack.yaml": "name: mine\nextends: ovh\nrules:\n  dkim-cname-target-invalid: off\n" });
        const run = await runCliAsync(["audit", "example.test", "--resolver", `${server.host}:${server.port}`, "--retries", "0", "--selector", "s1", "--selector", "s2", "--policy", `${dir}/pack.yaml`, ...TODAY, "-f", "json"]);
        const report = JSON.parse(run.stdout) as { uncheckedLookups: { name: string; reason: string; rules: string[] }[] };
        expect(report.uncheckedLookups.map((u) => `${u.name} ${u.reason} ${u.rules.join(",")}`)).toEqual([
          "s1._domainkey.keys.test servfail dkim-key-too-short,dkim-testing-flag",
          "s2._domainkey.keys.test servfail dkim-key-too-short,dkim-testing-flag",
        ]);
        expect(run.status).toBe(1);
        // With dkim-cname-target-invalid off, the failure is still said once per lookup, by another rule that needed it.
        expect(dkimFindings(run.stdout)).toEqual([
          "dkim-key-too-short warn s1._domainkey.example.test 0:0 could not check the size of the key of selector s1 at s1._domainkey.keys.test: the TXT lookup failed (servfail); its size is unknown",
          "dkim-key-too-short warn s2._domainkey.example.test 0:0 could not check the size of the key of selector s2 at s2._domainkey.keys.test: the TXT lookup failed (servfail); its size is unknown",
        ]);
      } finally {
        await server.close();
      }
    },
    SEVERAL_RUNS_TIMEOUT_MS,
  );
  test(
    "a target that answers SERVFAIL: one could-not-check line per lookup in every format, audit and plan, and the run fails",
    async () => {
      const server = await startDnsServer({ zones: [] });
      try {
        server.addZoneText(DOMAIN.replace("$ORIGIN example.test.\n", "").replace(/^s3\._domainkey.*\n/m, ""), "example.test");
        server.addZoneText(KEYS.replace("$ORIGIN keys.test.\n", ""), "keys.test");
        server.setFault("s1._domainkey.keys.test/TXT", "servfail");
        const dns = ["--resolver", `${server.host}:${server.port}`, "--retries", "0"];
        const audit = ["audit", "example.test", ...dns, "--selector", "s1", "--selector", "s2", ...TODAY];
        const json = await runCliAsync([...audit, "-f", "json"]);
        expect(dkimFindings(json.stdout)).toEqual([
          "dkim-cname-target-invalid warn s1._domainkey.example.test 0:0 could not read the key of selector s1 at s1._domainkey.keys.test: the TXT lookup failed (servfail); whether the key exists is unknown",
          `dkim-key-too-short warn s2._domainkey.example.test 0:0 ${SHORT_S2}`,
        ]);
        const report = JSON.parse(json.stdout) as { uncheckedLookups: { name: string; rules: string[] }[]; summary: { warnings: number; infos: number } };
        expect(report.uncheckedLookups.map((u) => `${u.name} ${u.rules.join(",")}`)).toEqual(["s1._domainkey.keys.test dkim-cname-target-invalid,dkim-key-too-short,dkim-testing-flag"]);
        expect(json.status).toBe(1);
        const count = (text: string, phrase: string) => text.split(phrase).length - 1;
        for (const format of ["text", "sarif", "github"]) {
          const run = await runCliAsync([...audit, "-f", format]);
          expect({ format, lines: count(run.stdout, "could not") }).toEqual({ format, lines: 1 });
          expect(run.status).toBe(1);
        }
        // plan, at the selector's cname: in the file.
        const dir = tempTree({ "stack/example.test.yaml": FILE });
        const plan = await runCliAsync(["plan", `${dir}/stack`, ...dns, ...TODAY, "-f", "json"]);
        expect(dkimFindings(plan.stdout)).toEqual([
          "dkim-cname-target-invalid warn s1._domainkey.example.test 9:25 could not read the key of selector s1 at s1._domainkey.keys.test: the TXT lookup failed (servfail); whether the key exists is unknown",
          `dkim-key-too-short warn s2._domainkey.example.test 10:25 ${SHORT_S2}`,
        ]);
        const planned = JSON.parse(plan.stdout) as { uncheckedLookups: { name: string; rules: string[] }[] };
        expect(planned.uncheckedLookups.map((u) => `${u.name} ${u.rules.join(",")}`)).toEqual(["s1._domainkey.keys.test dkim-cname-target-invalid,dkim-key-too-short,dkim-testing-flag"]);
        expect(plan.status).toBe(1);
        const planText = await runCliAsync(["plan", `${dir}/stack`, ...dns, ...TODAY]);
        expect(count(planText.stdout, "could not read the key")).toBe(1);
        expect(count(planText.stdout, "could not check")).toBe(0);
        expect(planText.stdout).toContain("needed by dkim-cname-target-invalid, dkim-key-too-short, dkim-testing-flag");
      } finally {
        await server.close();
      }
    },
    SEVERAL_RUNS_TIMEOUT_MS,
  );
});
