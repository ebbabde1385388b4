// Streamed reports are the whole-report formatters' text, byte for byte, whatever the findings arrive in
// (one file at a time, none at all), also over the output caps (200 per file, 5,000 per run, the most
// severe first): the writer keeps only what may be printed and picks what the whole report picks; SARIF's
// own cap picks the same results from findings it never held at once.
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/types.js";
import { formatFindings, FORMATS, type FindingsReport } from "../../src/formatters/index.js";
import { MAX_FINDINGS_PER_FILE, MAX_FINDINGS_PER_RUN } from "../../src/formatters/cap.js";
import { formatSarif } from "../../src/formatters/sarif.js";
import { findingsWriter } from "../../src/formatters/stream.js";
import { allRules } from "../../src/rules/index.js";
import { mulberry32 } from "../helpers/random.js";

const finding = (i: number, level: Finding["level"], file: string | null = `stack/d${i}.yaml`): Finding => ({
  ruleId: i % 2 ? "spf-ptr" : "dmarc-no-rua",
  level,
  message: `message ${i} with "quotes", a \\ backslash and a tab\t`,
  domain: `d${i}.example`,
  file,
  name: `d${i}.example`,
  line: i + 1,
  column: 3,
  endLine: i + 1,
  endColumn: 9,
  messageId: "m",
  data: { term: "ptr" },
});

function streamed(format: (typeof FORMATS)[number], chunks: Finding[][], report: FindingsReport, options: { color?: boolean; maxSarifResults?: number } = {}): string {
  let out = "";
  const writer = findingsWriter(format, (s) => (out += s), { rules: report.rules, toolVersion: report.toolVersion, ...options });
  for (const chunk of chunks) writer.add(chunk);
  writer.end(report.summary);
  return out;
}

const summary = (findings: Finding[]) => ({ files: 3, domains: 2, errors: findings.filter((f) => f.level === "error").length, warnings: findings.filter((f) => f.level === "warn").length, infos: findings.filter((f) => f.level === "info").length });

describe("streamed reports", () => {
  const findings = [finding(1, "error"), finding(2, "warn"), finding(3, "info"), finding(4, "error", null)];
  const report: FindingsReport = { findings, summary: summary(findings), rules: allRules, toolVersion: "1.2.3" };

  it.each(FORMATS.map((f) => [f]))("%s: the same text as the whole report, in chunks of any size", (format) => {
    const whole = formatFindings(format, report);
    expect(streamed(format, [findings.slice(0, 1), [], findings.slice(1, 3), findings.slice(3)], report)).toBe(whole);
    expect(streamed(format, [findings], report)).toBe(whole);
  });

  it.each(FORMATS.map((f) => [f]))("%s: no findings at all", (format) => {
    const empty: FindingsReport = { ...report, findings: [], summary: summary([]) };
    expect(streamed(format, [], empty)).toBe(formatFindings(format, empty));
  });

  it("text in colour as the whole report", () => {
    expect(streamed("text", [findings.slice(0, 2), findings.slice(2)], report, { color: true })).toBe(formatFindings("text", report, { color: true }));
  });

  it("SARIF over its cap keeps the most severe first, earliest first, and counts what it left out", () => {
    const many = Array.from({ length: 12 }, (_, i) => finding(i, (["info", "warn", "error"] as const)[i % 3]!));
    const capped: FindingsReport = { findings: many, summary: summary(many), rules: allRules, toolVersion: "1.2.3" };
    const text = streamed("sarif", [many.slice(0, 5), many.slice(5)], capped, { maxSarifResults: 5 });
    // The whole-report formatter, holding every finding, makes the same choice.
    expect(text).toBe(formatSarif(capped, { maxResults: 5 }));
    const out = JSON.parse(text);
    const run = out.runs[0];
    // 4 errors, then the first warning: in report order.
    expect(run.results.map((r: { message: { text: string } }) => r.message.text.match(/message (\d+)/)![1])).toEqual(["1", "2", "5", "8", "11"]);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toContain("12 results; GitHub code scanning takes at most 5 per run, so the 5 most severe are here and 7 were left out (0 errors, 3 warnings, 4 notes)");
  });

  describe("over the output caps", () => {
    // 30 files of 190 findings (below the per-file cap) and 3 files of 450 (over it): 7,050 findings, over
    // the per-run cap; the errors come late in each file, and late in the run, so keeping "the first N"
    // would print the wrong ones.
    const levelOf = (file: number, i: number): Finding["level"] => (file >= 20 && i % 7 === 0 ? "error" : i % 3 === 0 ? "warn" : "info");
    const files: Finding[][] = [];
    for (let file = 0; file < 33; file++) {
      const count = file < 30 ? 190 : 450;
      files.push(Array.from({ length: count }, (_, i) => ({ ...finding(i, levelOf(file, i), `stack/f${String(file).padStart(2, "0")}.yaml`), domain: `f${file}.example` })));
    }
    const all = files.flat();
    const capped: FindingsReport = { findings: all, summary: summary(all), rules: allRules, toolVersion: "1.2.3" };

    it.each(FORMATS.filter((f) => f !== "sarif").map((f) => [f]))("%s: the same text as the whole report, file by file", (format) => {
      const whole = formatFindings(format, capped);
      expect(streamed(format, files, capped)).toBe(whole);
    });

    it("prints at most the per-file and per-run caps, errors first, and counts the rest", () => {
      const out = JSON.parse(streamed("json", files, capped)) as { findings: { file: string; level: string }[]; omitted: number };
      expect(all.length).toBeGreaterThan(MAX_FINDINGS_PER_RUN);
      expect(out.findings).toHaveLength(MAX_FINDINGS_PER_RUN);
      expect(out.omitted).toBe(all.length - MAX_FINDINGS_PER_RUN);
      const perFile = new Map<string, number>();
      for (const f of out.findings) perFile.set(f.file, (perFile.get(f.file) ?? 0) + 1);
      expect(Math.max(...perFile.values())).toBeLessThanOrEqual(MAX_FINDINGS_PER_FILE);
      // Errors and warnings fit under both caps (193 of each long file's 450 findings): all are printed,
      // and infos fill the rest of the run's 5,000.
      const count = (list: readonly { level: string }[], level: string) => list.filter((f) => f.level === level).length;
      expect(count(out.findings, "error")).toBe(count(all, "error"));
      expect(count(out.findings, "warn")).toBe(count(all, "warn"));
      expect(count(out.findings, "info")).toBe(MAX_FINDINGS_PER_RUN - count(all, "error") - count(all, "warn"));
      expect(count(out.findings.filter((f) => f.file === "stack/f31.yaml"), "error")).toBe(count(files[31]!, "error"));
      expect(streamed("text", files, capped)).toContain(`… ${(all.length - MAX_FINDINGS_PER_RUN).toLocaleString("en-US")} more findings not shown`);
    });
  });

  describe("files given by their counts only (the lint cache does not read findings a report would not print)", () => {
    const levelsOf = (list: readonly Finding[]) => ({ error: list.filter((f) => f.level === "error").length, warn: list.filter((f) => f.level === "warn").length, info: list.filter((f) => f.level === "info").length });
    /**
     * Hands each file over as `lint` does: first the counts of the files known ahead (`ahead`: the cached
     * ones, of which some get one finding more later, as a duplicate domain does), then, in order, each
     * file's counts when the writer would print none of them, else its findings.
     */
    function streamedByCounts(format: (typeof FORMATS)[number], files: Finding[][], report: FindingsReport, ahead: readonly (readonly Finding[] | null)[], options: { maxSarifResults?: number } = {}) {
      let out = "";
      let counted = 0;
      const writer = findingsWriter(format, (s) => (out += s), { rules: report.rules, toolVersion: report.toolVersion, ...options });
      for (const known of ahead) if (known) writer.foresee(levelsOf(known));
      for (const file of files) {
        const levels = levelsOf(file);
        if (writer.keepsAny(levels)) writer.add(file);
        else {
          writer.count(levels);
          counted++;
        }
      }
      writer.end(report.summary);
      return { out, counted };
    }
    it.each([
      // 24 files of 250 errors: 200 of each are printed (4,800), so the next file's 100 warnings are too.
      ["over the per-file cap in errors", [...Array.from({ length: 24 }, () => ({ error: 250, warn: 0, info: 0 })), { error: 0, warn: 100, info: 0 }]],
      // 20 files of 150 errors and 100 warnings keep 50 of those (4,000 printed): the next file's infos are.
      ["over the per-file cap in all", [...Array.from({ length: 20 }, () => ({ error: 150, warn: 100, info: 0 })), { error: 0, warn: 0, info: 100 }]],
    ] as const)("known ahead %s: what each file's cap leaves out is not counted as printed", (_name, shape) => {
      const files = shape.map((levels, file) =>
        (["error", "warn", "info"] as const).flatMap((level) => Array.from({ length: levels[level] }, (_, i) => ({ ...finding(i, level, `stack/f${String(file).padStart(2, "0")}.yaml`), domain: `f${file}.example` }))),
      );
      const all = files.flat();
      const report: FindingsReport = { findings: all, summary: summary(all), rules: allRules, toolVersion: "1.2.3" };
      const { out } = streamedByCounts("json", files, report, files.map((file, i) => (i < files.length - 1 ? file : null)));
      expect(out).toBe(formatFindings("json", report));
      const last = `stack/f${String(files.length - 1).padStart(2, "0")}.yaml`;
      expect((JSON.parse(out) as { findings: { file: string }[] }).findings.filter((f) => f.file === last)).toHaveLength(100);
    });

    // Seeded runs of files of 0 to 300 findings whose mix of levels drifts over the run (errors early or
    // late, whole files of one level), past the per-file and per-run caps.
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const random = mulberry32(seed);
      const files: Finding[][] = [];
      for (let file = 0; file < 90; file++) {
        // Each level absent from a file half the time (errors alone, or none at all, are common).
        const mix = [random(), random(), random()].map((w) => (random() < 0.5 ? 0 : w));
        if (!mix.some((w) => w > 0)) mix[2] = 1;
        const count = Math.floor(random() * 300);
        files.push(
          Array.from({ length: count }, (_, i) => {
            const r = random() * (mix[0]! + mix[1]! + mix[2]!);
            const level = r < mix[0]! ? "error" : r < mix[0]! + mix[1]! ? "warn" : "info";
            return { ...finding(i, level, `stack/f${String(file).padStart(2, "0")}.yaml`), domain: `f${file}.example` };
          }),
        );
      }
      const all = files.flat();
      const report: FindingsReport = { findings: all, summary: summary(all), rules: allRules, toolVersion: "1.2.3" };
      // Known ahead: none; or most files, one in ten of those said with one finding fewer than it has.
      const none = files.map(() => null);
      const most = files.map((file) => (random() < 0.3 ? null : random() < 0.1 && file.length > 0 ? file.filter((_, i) => i !== Math.floor(random() * file.length)) : file));
      // The whole report of each format, made once for its two tests (they differ in what is known ahead).
      const wholes = new Map<string, string>();
      const wholeReport = (format: (typeof FORMATS)[number]) => {
        if (!wholes.has(format)) wholes.set(format, format === "sarif" ? formatSarif(report, { maxResults: 700 }) : formatFindings(format, report));
        return wholes.get(format)!;
      };
      it.each(FORMATS.flatMap((f) => [[f, "nothing"], [f, "most files"]]))(`seed ${seed}, %s, %s known ahead: the same text as the whole report`, (format, known) => {
        const whole = wholeReport(format);
        const { out, counted } = streamedByCounts(format, files, report, known === "nothing" ? none : most, format === "sarif" ? { maxSarifResults: 700 } : {});
        expect(out).toBe(whole);
        // Some files were only counted: the report could print none of their findings.
        expect(counted).toBeGreaterThan(0);
      });
    }
  });
});
