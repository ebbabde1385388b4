// Output amplification: one finding per rule, message and value beyond ten (with a count), quoted values
// cut, at most 200 findings per file and 5,000 per run printed, and every format says how many it left out.
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/types.js";
import { capFindings, MAX_FINDINGS_PER_FILE, MAX_FINDINGS_PER_RUN } from "../../src/formatters/cap.js";
import { formatFindings, FORMATS } from "../../src/formatters/index.js";
import { formatPlan } from "../../src/plan/format.js";
import { allRules } from "../../src/rules/index.js";
import { runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";

function finding(file: string, i: number, level: Finding["level"] = "warn"): Finding {
  return { ruleId: "mx-target-not-hostname", level, message: `finding ${i}`, domain: file.replace(/\.yaml$/, ""), file, name: null, line: i + 1, column: 1, endLine: i + 1, endColumn: 2, messageId: "x", data: {} };
}

describe("capFindings", () => {
  it("keeps at most 200 per file, errors first, in their order, and counts the rest", () => {
    const findings = Array.from({ length: 300 }, (_, i) => finding("a.yaml", i, i >= 250 ? "error" : "info"));
    const { shown, omitted } = capFindings(findings);
    expect(shown).toHaveLength(MAX_FINDINGS_PER_FILE);
    expect(omitted).toBe(100);
    expect(shown.filter((f) => f.level === "error")).toHaveLength(50);
    expect(shown.map((f) => f.line)).toEqual([...shown.map((f) => f.line)].sort((a, b) => a - b));
  });

  it("keeps at most 5,000 per run", () => {
    const findings = Array.from({ length: 30 }, (_, file) => Array.from({ length: 200 }, (_, i) => finding(`f${String(file).padStart(2, "0")}.yaml`, i))).flat();
    const { shown, omitted } = capFindings(findings);
    expect(shown).toHaveLength(MAX_FINDINGS_PER_RUN);
    expect(omitted).toBe(1000);
  });

  it("leaves a small report alone", () => {
    const findings = [finding("a.yaml", 0)];
    expect(capFindings(findings)).toEqual({ shown: findings, omitted: 0 });
  });
});

describe("every format says how many findings it left out", () => {
  const findings = Array.from({ length: 250 }, (_, i) => finding("a.yaml", i));
  const report = { findings, summary: { files: 1, domains: 1, errors: 0, warnings: 250, infos: 0 }, rules: allRules, toolVersion: "0.0.0" };
  const sentence = "50 more findings not shown (at most 200 per file and 5,000 per run, the most severe first; the counts include them)";

  // SARIF has its own cap, at what GitHub's code scanning accepts (25,000 results per run, formatters/sarif.ts).
  it.each(FORMATS.filter((f) => f !== "sarif"))("%s", (format) => {
    const out = formatFindings(format, report);
    // JSON carries the count for scripts; the other formats say it in words.
    if (format !== "json") expect(out).toContain(sentence);
    expect(out).not.toContain("finding 249");
    if (format === "json") expect(JSON.parse(out)).toMatchObject({ omitted: 50, summary: { warnings: 250 } });
    if (format === "json") expect(JSON.parse(out).findings).toHaveLength(200);
    if (format === "github") expect(out.trimEnd().split("\n").at(-1)).toBe(`::notice title=maildns::${sentence}`);
  });

  it.each(["text", "json", "markdown"] as const)("plan %s", (format) => {
    const out = formatPlan(format, { changes: [], failures: [], findings, summary: { ...report.summary, changes: 0, create: 0, update: 0, delete: 0, failedLookups: 0 } });
    expect(out).toContain(format === "json" ? '"omitted": 50' : sentence);
  });
});

describe("hostile values through the CLI", () => {
  it("1,500 bad macros in one 3 KB value: ten findings, the last with the count, not 4.7 MB of output", () => {
    const root = tempTree({ "x.example.yaml": `domain: x.example\nmail: { provider: external }\nmx: [{ host: mx.x.example., priority: 1 }]\nspf: "v=spf1 include:${"%z".repeat(1500)} ~all"\n` });
    const run = runCli(["lint", "x.example.yaml", "-f", "json"], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stdout.length).toBeLessThan(30_000);
    const macro = JSON.parse(run.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === "spf-macro-syntax");
    expect(macro).toHaveLength(10);
    expect(macro[9].count).toBe(1491);
    expect(macro[9].message).toMatch(/\(and 1490 more like it in this value\)$/);
  });

  it("a 600 KB value with 300,000 bad macros is reported, not 'Maximum call stack size exceeded'", () => {
    const root = tempTree({ "x.example.yaml": `domain: x.example\nmail: { provider: external }\nmx: [{ host: mx.x.example., priority: 1 }]\nspf: "v=spf1 include:${"%z".repeat(300_000)} ~all"\n` });
    const run = runCli(["lint", "x.example.yaml", "-f", "json"], { cwd: root, timeoutMs: 60_000 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain("lint-internal-error");
    expect(json.findings.find((f: { ruleId: string; count?: number }) => f.ruleId === "spf-macro-syntax" && f.count)?.count).toBe(299_991);
    // Quoted values are cut: no message quotes the 600 KB record whole.
    expect(Math.max(...json.findings.map((f: { message: string }) => f.message.length))).toBeLessThan(1000);
  });

  it("300 bad MX entries in one file: 200 findings printed, the rest counted", () => {
    const entries = Array.from({ length: 300 }, (_, i) => `  - { host: "https://mx${i}.x.example", priority: ${i} }`).join("\n");
    const root = tempTree({ "x.example.yaml": `domain: x.example\nmail: { provider: external }\nmx:\n${entries}\n` });
    const run = runCli(["lint", "x.example.yaml", "-f", "json"], { cwd: root });
    const json = JSON.parse(run.stdout);
    expect(json.findings).toHaveLength(200);
    expect(json.omitted).toBeGreaterThanOrEqual(100);
    expect(json.summary.errors + json.summary.warnings + json.summary.infos).toBe(200 + json.omitted);
    expect(runCli(["lint", "x.example.yaml"], { cwd: root }).stdout).toMatch(/\n… \d+ more findings not shown \(at most 200 per file/);
  });
});
