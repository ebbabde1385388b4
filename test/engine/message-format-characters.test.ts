// A value a finding's message quotes (an SPF term, a DMARC address, the `domain:` as written) holding a
// bidirectional control (U+202E RIGHT-TO-LEFT OVERRIDE, U+2066 LEFT-TO-RIGHT ISOLATE: "Trojan Source",
// CVE-2021-42574) or another character that renders as nothing (U+200B, U+00AD, a tag character) is quoted
// with it as U+XXXX in every format: the text, GitHub and Markdown reports did, while the JSON and SARIF
// messages carried the raw character (escaped in the JSON text, raw again once read), so code scanning's
// annotation on a pull request, or `jq -r .message` in a terminal, showed the value reordered or shortened.
import { describe, expect, it } from "vitest";
import { formatFindings, FORMATS } from "../../src/formatters/index.js";
import { lintPaths } from "../../src/index.js";
import { allRules } from "../../src/rules/index.js";
import { tempTree } from "../helpers/tmp.js";

const ACTING = /[\u0080-\u009f\u2028\u2029\p{Cf}]/u;

describe("a finding's message quotes a value's format characters as U+XXXX, in every format", () => {
  it("bidi controls and invisible characters in the domain key, an SPF term and a DMARC address", async () => {
    const dir = tempTree({
      "a.yaml": 'domain: "exa\\u202emple.com"\nmail: { provider: none }\n',
      "b.yaml": 'domain: ex.com\nmail: { provider: none }\nspf: "v=spf1 include:a\\u202eb.example -all"\ndmarc: "v=DMARC1; p=reject; rua=mailto:x\\u2066y@ex.com"\n',
      "c.yaml": 'domain: ex.net\nmail: { provider: external }\nmx: none\nspf: "v=spf1 include:_spf.example.net\\u200b\\U000E0041 -all"\n',
    });
    const result = await lintPaths([dir], { cwd: dir, today: "2026-11-01" });
    const messages = result.findings.map((f) => `${f.ruleId}: ${f.message}`);
    expect(messages).toContain('file-schema: "exaU+202Emple.com" is not a usable domain name: write it like example.com (IDN accepted)');
    expect(messages).toContain("spf-syntax: `include:aU+202Eb.example`: character U+202E is not allowed in an SPF record (visible ASCII only; write IDNs as xn-- A-labels)");
    expect(messages).toContain('dmarc-uri-syntax: rua address "xU+2066y@ex.com" is not a valid mailbox: reports cannot be delivered.');
    expect(messages.filter((m) => m.includes("U+200BU+E0041"))).not.toEqual([]);
    for (const m of messages) expect(m).not.toMatch(ACTING);
    // The finding's own data keeps the value as written, for a program that reads it.
    expect(result.findings.find((f) => f.ruleId === "file-schema")?.domain).toBe("exa\u202emple.com");

    const summary = { files: result.files, domains: result.domainCount, errors: result.errors, warnings: result.warnings, infos: result.infos };
    const report = { findings: result.findings, summary, rules: allRules, toolVersion: "0.0.0" };
    for (const format of FORMATS) {
      const out = formatFindings(format, report);
      expect(out, format).toContain("U+202E");
      // JSON and SARIF escape such a character in their text; read back, no message may hold one.
      if (format === "json" || format === "sarif") {
        const parsed = JSON.parse(out) as { findings?: { message: string }[]; runs?: { results: { message: { text: string } }[] }[] };
        const texts = format === "json" ? parsed.findings!.map((f) => f.message) : parsed.runs![0]!.results.map((r) => r.message.text);
        expect(texts.length, format).toBeGreaterThan(3);
        for (const text of texts) expect(text, format).not.toMatch(ACTING);
      } else {
        expect(out, format).not.toMatch(ACTING);
      }
    }
  });
});
