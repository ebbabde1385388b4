// Property-based fuzzing of everything a user or a zone hands maildns, in-process (fast): the record parsers,
// domain files through the whole linter and every report format, policy packs, and zone files through audit.
// Properties: nothing throws, no lint-internal-error (a rule that crashed), every message is one bounded line
// with no [object Object] and no stack frame, a broken policy pack is a PolicyError naming file:line:col.
// Runs and seed: harness.ts (slow tier: fixed seed, each property time-limited; `npm run fuzz`: long).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { loadPolicy, PolicyError, type Policy } from "../../src/engine/policy.js";
import { createZoneSource, formatZoneError } from "../../src/dns/index.js";
import { parseZoneFile } from "../../src/dns/zone-file.js";
import { lintFile } from "../../src/engine/lint.js";
import type { Finding } from "../../src/engine/types.js";
import { formatFindings, FORMATS } from "../../src/formatters/index.js";
import { parseDkimKey } from "../../src/mail/dkim.js";
import { parseDmarc } from "../../src/mail/dmarc.js";
import { analyseHost } from "../../src/mail/host.js";
import { stsRecordProblems } from "../../src/mail/mta-sts.js";
import { parseSpf } from "../../src/mail/spf.js";
import { parseMacroString } from "../../src/mail/spf-macro.js";
import { tlsRptProblems } from "../../src/mail/tls-rpt.js";
import { auditDomains } from "../../src/plan/audit.js";
import { allRules } from "../../src/rules/index.js";
import { hostileText, messageProblem, params, breathe, parts, Tally, TEST_TIMEOUT, within } from "./harness.js";

const RULE_IDS = allRules.map((r) => r.meta.id);
const ovh = loadPolicy("ovh", allRules, process.cwd());
const tallies: Tally[] = [];
const tally = (name: string) => {
  const t = new Tally(name);
  tallies.push(t);
  return t;
};
afterAll(() => {
  for (const t of tallies) t.report();
});
// A turn of the event loop between tests: vitest's worker answers its runner within 60 s or the run fails
// ("Timeout calling onTaskUpdate"), and a long run's synchronous parts would otherwise follow each other
// without one.
beforeEach(() => new Promise<void>((resolve) => setImmediate(resolve)));

/** Checks findings and the reports made of them; returns a violation or null. */
function findingsProblem(findings: readonly Finding[]): [kind: "crash" | "bad-message", detail: string] | null {
  for (const f of findings) {
    if (f.ruleId === "lint-internal-error") return ["crash", f.message];
    const problem = messageProblem(f.message);
    if (problem) return ["bad-message", `${f.ruleId} message ${problem}: ${f.message.slice(0, 300)}`];
    if (!["error", "warn", "info"].includes(f.level) || !RULE_IDS.includes(f.ruleId)) return ["bad-message", `bad finding ${JSON.stringify(f).slice(0, 300)}`];
    if (f.file !== null && (f.line < 1 || f.column < 1 || f.endLine < f.line)) return ["bad-message", `bad position ${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`];
  }
  return null;
}

describe("record parsers return findings for every input", { timeout: TEST_TIMEOUT }, () => {
  const parsers: [string, (text: string) => unknown][] = [
    ["parseSpf", parseSpf],
    ["parseMacroString", (t) => parseMacroString(t, 0, "record")],
    ["parseMacroString (explanation)", (t) => parseMacroString(t, 3, "explanation")],
    ["parseDmarc", parseDmarc],
    ["parseDkimKey", parseDkimKey],
    ["analyseHost", analyseHost],
    ["stsRecordProblems", stsRecordProblems],
    ["tlsRptProblems", tlsRptProblems],
  ];
  const prefixed = fc.tuple(fc.constantFrom("", "v=spf1 ", "v=DMARC1; p=", "v=DKIM1; k=rsa; p=", "v=STSv1; id=", "v=TLSRPTv1; rua=", "include:%{", "mailto:"), hostileText(300)).map(([a, b]) => a + b);
  for (const [name, parse] of parsers) {
    const t = tally(`parser ${name}`);
    for (const [seed, numRuns] of parts(3000, 0.115)) {
      it(`${name} (seed ${seed})`, () => {
        const inTime = within(1500);
        fc.assert(
          fc.property(prefixed, (text) => {
            if (!inTime()) return true;
            t.input();
            try {
              parse(text);
              return true;
            } catch (error) {
              return t.fail("crash", `${name}(${JSON.stringify(text).slice(0, 300)}): ${(error as Error).stack}`);
            }
          }),
          { seed, numRuns, endOnFailure: true },
        );
      });
    }
  }
});

// Domain files: structured documents with hostile values (so the rules get to run), JSON-in-YAML with
// random edits, and raw bytes.
const spfTerm = fc.oneof(
  fc.tuple(fc.constantFrom("", "+", "-", "~", "?", "!"), fc.constantFrom("all", "include:", "a", "a:", "mx", "mx:", "ptr", "ip4:", "ip6:", "exists:", "redirect=", "exp=", "x="), fc.oneof(fc.constantFrom("mx.ovh.com", "192.0.2.1/24", "2001:db8::/32", "%{d}", "%{ir}.%{v}._spf.%{d}", "/24//64", ""), hostileText(30))).map((p) => p.join("")),
  hostileText(20),
);
const spfText = fc.array(spfTerm, { maxLength: 14 }).map((terms) => ["v=spf1", ...terms].join(" "));
const dmarcTag = fc.tuple(fc.constantFrom("p", "sp", "np", "rua", "ruf", "pct", "adkim", "aspf", "fo", "rf", "ri", "t", "psd", "x"), fc.oneof(fc.constantFrom("none", "quarantine", "reject", "mailto:a@example.com", "mailto:r@report.example!10m", "r", "s", "1", "100", "y"), hostileText(30))).map(([k, v]) => `${k}=${v}`);
const dmarcText = fc.array(dmarcTag, { maxLength: 10 }).map((tags) => ["v=DMARC1", ...tags].join("; "));
const dkimText = fc.array(fc.tuple(fc.constantFrom("v", "k", "p", "h", "t", "s", "g", "n"), fc.oneof(fc.constantFrom("DKIM1", "rsa", "ed25519", "sha256", "y", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", ""), hostileText(40))).map(([k, v]) => `${k}=${v}`), { maxLength: 8 }).map((tags) => tags.join("; "));
const host = fc.oneof(fc.constantFrom("mx0.mail.ovh.net.", "mx1.mail.ovh.net", "ssl0.ovh.net", "https://mx.example", "192.0.2.1", "."), hostileText(60));
const domainName = fc.oneof(fc.constantFrom("example.com", "fuzz.example", "xn--caf-dma.example", "café.example", "a.b.c.example"), hostileText(40));
const domainDoc = fc.record(
  {
    domain: domainName,
    ttl: fc.oneof(fc.integer({ min: -10, max: 5_000_000 }), hostileText(10)),
    mail: fc.record({ provider: fc.constantFrom("ovh", "external", "none", "bad"), offer: fc.constantFrom("mx-plan", "email-pro", "hosted-exchange", "private-exchange", "zimbra", "x"), region: fc.constantFrom("eu", "ca", "us"), server: host }, { requiredKeys: ["provider"] }),
    mx: fc.oneof(fc.constantFrom("ovh", "none"), fc.array(fc.record({ host, priority: fc.integer({ min: -5, max: 70_000 }) }), { maxLength: 12 })),
    spf: fc.oneof(spfText, fc.record({ include: fc.array(host, { maxLength: 5 }), all: fc.constantFrom("~", "-", "+", "?", "x"), senders: fc.array(fc.record({ name: hostileText(20), include: host }), { maxLength: 3 }) })),
    dmarc: fc.oneof(dmarcText, fc.record({ p: fc.constantFrom("none", "quarantine", "reject", "x"), rua: fc.oneof(fc.constant("mailto:d@example.com"), hostileText(40)), since: fc.constantFrom("2026-10-01", "2026-02-30", "x") })),
    dkim: fc.record({ selectors: fc.array(fc.oneof(fc.record({ name: hostileText(30), record: dkimText }), fc.record({ name: fc.constantFrom("ovhmo1234567-selector1", "s1"), cname: host })), { maxLength: 4 }) }),
    srv: fc.array(fc.record({ service: fc.constantFrom("_imaps._tcp", "_submission._tcp", "_x._udp", "bad"), priority: fc.integer({ min: -1, max: 70_000 }), weight: fc.nat(70_000), port: fc.integer({ min: -1, max: 70_000 }), target: host }), { maxLength: 3 }),
    cname: fc.array(fc.record({ name: fc.constantFrom("autoconfig", "autodiscover", "x"), target: host }), { maxLength: 2 }),
    lint: fc.array(fc.record({ rule: fc.oneof(fc.constantFrom(...RULE_IDS), hostileText(20)), reason: hostileText(20), until: fc.constantFrom("2027-01-01", "2020-01-01", "nope") }), { maxLength: 3 }),
  },
  { requiredKeys: ["domain"] },
);
const domainBytes = fc.oneof(
  { weight: 6, arbitrary: domainDoc.map((d) => Buffer.from(JSON.stringify(d, null, 1))) },
  { weight: 2, arbitrary: fc.tuple(domainDoc, fc.nat(), hostileText(8)).map(([d, at, edit]) => { const t = JSON.stringify(d, null, 1); const i = at % (t.length + 1); return Buffer.from(t.slice(0, i) + edit + t.slice(i)); }) },
  { weight: 1, arbitrary: hostileText(400).map((t) => Buffer.from(`domain: example.com\n${t}`)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)) },
);

describe("domain files through the linter and every report format", { timeout: TEST_TIMEOUT }, () => {
  it("lint: findings for every file, each a bounded line, no rule crashing", async () => {
    const t = tally("domain files");
      const inTime = within(10000);
    await fc.assert(
      fc.asyncProperty(domainBytes, async (bytes) => {
        if (!inTime()) return true;
        t.input();
        await breathe(t.inputs);
        let findings: Finding[];
        try {
          findings = (await lintFile("fuzz.yaml", bytes, { rules: allRules, policy: ovh, today: "2026-11-23" })).findings;
        } catch (error) {
          return t.fail("crash", `lintFile threw ${(error as Error).stack} on ${JSON.stringify(bytes.toString("utf8")).slice(0, 400)}`);
        }
        const problem = findingsProblem(findings);
        if (problem) return t.fail(problem[0], `${problem[1]} on ${JSON.stringify(bytes.toString("utf8")).slice(0, 400)}`);
        try {
          const report = { findings, summary: { files: 1, domains: 1, errors: 0, warnings: 0, infos: 0 }, rules: allRules, toolVersion: "0" };
          // SARIF describes every rule of the catalogue: every tenth input is enough for it.
          for (const format of FORMATS) if (format !== "sarif" || t.inputs % 10 === 0) formatFindings(format, report);
        } catch (error) {
          return t.fail("crash", `a formatter threw ${(error as Error).stack}`);
        }
        return true;
      }),
      params(1500, 0.06),
    );
  });
});

// Policy packs: a handful of packs that extend each other (diamonds, cycles, missing and shipped ones), with
// hostile rule ids, levels, options and globs.
const packName = fc.constantFrom("p0.yaml", "p1.yaml", "p2.yaml", "p3.yaml", "ovh", "rfc", "missing.yaml", "/dev/null", "../p0.yaml");
const level = fc.oneof(fc.constantFrom("off", "info", "warn", "error"), hostileText(8), fc.integer(), fc.constant(null), fc.constant({ a: 1 }));
const pack = fc.record(
  {
    extends: fc.oneof(packName, fc.array(packName, { maxLength: 3 }), fc.constant({ a: 1 }), fc.integer()),
    defaults: fc.constantFrom("recommended", "off", "x"),
    ovhRules: fc.oneof(fc.boolean(), hostileText(4)),
    rules: fc.dictionary(fc.oneof(fc.constantFrom(...RULE_IDS), hostileText(20)), fc.oneof(level, fc.record({ level, options: fc.oneof(fc.dictionary(hostileText(10), fc.oneof(fc.integer(), hostileText(10))), fc.constant({ maxNoneDays: 60 })) })), { maxKeys: 4 }),
    overrides: fc.array(fc.record({ domains: fc.oneof(fc.array(fc.oneof(fc.constantFrom("*.example.com", "legacy-*", "*a*a*a*a*a*a*a*a*a*a*a*!", "?"), hostileText(40), fc.constant({ a: 1 })), { maxLength: 3 }), hostileText(20)), rules: fc.dictionary(fc.constantFrom(...RULE_IDS), level, { maxKeys: 2 }) }), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

describe("policy packs", { timeout: TEST_TIMEOUT }, () => {
  const root = mkdtempSync(join(tmpdir(), "maildns-fuzz-packs-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const t = tally("policy packs");
  for (const [seed, numRuns] of parts(300, 0.01, 500)) {
    it(`load or refuse with a PolicyError naming file:line:col; never anything else (seed ${seed})`, () => {
      const inTime = within(5000);
      fc.assert(
        fc.property(fc.array(fc.tuple(pack, fc.boolean(), hostileText(6)), { minLength: 4, maxLength: 4 }), domainName, (packs, domain) => {
          if (!inTime()) return true;
          t.input();
          packs.forEach(([p, edit, noise], i) => writeFileSync(join(root, `p${i}.yaml`), JSON.stringify(p, null, 1) + (edit ? `\n${noise}` : "")));
          let policy: Policy;
          try {
            policy = loadPolicy("p0.yaml", allRules, root);
          } catch (error) {
            if (!(error instanceof PolicyError)) return t.fail("crash", `loadPolicy threw ${(error as Error).stack} for ${JSON.stringify(packs).slice(0, 500)}`);
            const problem = messageProblem(error.message, 2000);
            if (problem) return t.fail("bad-message", `PolicyError ${problem}: ${error.message.slice(0, 400)}`);
            if (!/^[^\n]+:\d+:\d+: /.test(error.message)) return t.fail("bad-message", `PolicyError without file:line:col: ${error.message.slice(0, 400)}`);
            return true;
          }
          try {
            policy.settingsFor(domain);
          } catch (error) {
            return t.fail("crash", `settingsFor threw ${(error as Error).stack}`);
          }
          return true;
        }),
        { seed, numRuns, endOnFailure: true },
      );
    });
  }
});

// Zone files (OVH's export format): parsed, then audited from the zone as `audit --zone` does.
const zoneToken = fc.oneof(fc.constantFrom("@", "IN", "MX", "TXT", "CNAME", "SRV", "SOA", "A", "AAAA", "NS", "CAA", "TYPE99", "SPF", "3600", "0", "10", "mx.example.", "_dmarc", "(", ")", ";", '"v=spf1 -all"', '"v=DMARC1; p=reject"', '"a" "b"', "\\", "\\053", "$ORIGIN", "$TTL", "$INCLUDE", "example.com.", "*"), hostileText(20));
const zoneLine = fc.array(zoneToken, { minLength: 1, maxLength: 8 }).map((t) => t.join(" "));
const zoneText = fc.array(zoneLine, { maxLength: 25 }).map((lines) => ["$ORIGIN example.com.", "@ 3600 IN SOA ns1.example.com. hostmaster.example.com. 1 3600 600 86400 60", ...lines].join("\n"));

describe("zone files", { timeout: TEST_TIMEOUT }, () => {
  it("parse to records and errors with positions, and audit from them without a crash", async () => {
    const t = tally("zone files");
      const inTime = within(5000);
    await fc.assert(
      fc.asyncProperty(zoneText, async (text) => {
        if (!inTime()) return true;
        t.input();
        await breathe(t.inputs);
        try {
          const parsed = parseZoneFile(text, { origin: "example.com" });
          for (const e of parsed.errors) {
            if (!(e.line >= 1 && e.column >= 1)) return t.fail("bad-message", `zone error without a position: ${JSON.stringify(e)}`);
            // As `--zone` prints it (formatZoneError).
            const shown = formatZoneError({ file: "fuzz.zone", ...e });
            const problem = messageProblem(shown, 2000);
            if (problem) return t.fail("bad-message", `zone error ${problem}: ${shown.slice(0, 300)}`);
          }
          const source = createZoneSource(parsed.records);
          const result = await auditDomains(["example.com"], { sourceFor: async () => source, rulesSource: source, policy: ovh, today: "2026-11-23" });
          const problem = findingsProblem(result.findings);
          if (problem) return t.fail(problem[0], `${problem[1]} for zone ${JSON.stringify(text).slice(0, 500)}`);
          return true;
        } catch (error) {
          return t.fail("crash", `${(error as Error).stack} for zone ${JSON.stringify(text).slice(0, 500)}`);
        }
      }),
      params(300, 0.01),
    );
    expect(tallies.every((x) => Object.values(x.violations).every((n) => n === 0))).toBe(true);
  });
});
