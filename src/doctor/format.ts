// Doctor reports as text (each check in order, what to do under each problem) and as JSON (the lint
// findings contract, version 1, plus the checks).
import { summarize } from "../engine/summary.js";
import { findingJson } from "../formatters/json.js";
import { DOCTOR_RULES, type DoctorRuleId } from "./checks.js";
import { defang } from "./terminal-safe.js";
import type { CheckResult, DoctorReport } from "./types.js";
import { reportJson } from "../model/show.js";

export function doctorJson(report: DoctorReport) {
  return {
    version: 1 as const,
    findings: report.findings.map(findingJson),
    checks: report.checks.map((c) => ({ id: c.id, target: c.target, status: c.status, elapsedMs: c.elapsedMs, detail: c.detail })),
    summary: summarize(report.findings),
    ...(report.incomplete ? { incomplete: report.incomplete } : {}),
    ...(report.hostApiFailure ? { hostApiFailure: report.hostApiFailure } : {}),
  };
}

export function formatDoctorJson(report: DoctorReport): string {
  return `${reportJson(doctorJson(report))}\n`;
}

const STATUS_LABEL: Record<CheckResult["status"], string> = { ok: "ok", problem: "PROBLEM", skipped: "skipped" };

/** Fix text of a rule: the doctor's catalogue, else the lint rule's own (DNS step wired to audit). */
export type FixLookup = (ruleId: string) => string | undefined;

const doctorFix: FixLookup = (ruleId) => DOCTOR_RULES.get(ruleId as DoctorRuleId)?.fix;

/** `quiet`: only the checks with a problem, and the summary. */
export function formatDoctorText(report: DoctorReport, options: { quiet?: boolean; fixFor?: FixLookup } = {}): string {
  const fixFor: FixLookup = (ruleId) => options.fixFor?.(ruleId) ?? doctorFix(ruleId);
  const shown = options.quiet ? report.checks.filter((c) => c.status === "problem") : report.checks;
  const idWidth = Math.max(0, ...shown.map((c) => c.id.length));
  const targetWidth = Math.max(0, ...shown.map((c) => c.target.length));
  const out: string[] = [`maildns doctor ${report.domain}`, ""];
  for (const check of shown) {
    const time = check.status === "skipped" ? "" : ` (${check.elapsedMs} ms)`;
    out.push(`  ${STATUS_LABEL[check.status].padEnd(7)}  ${check.id.padEnd(idWidth)}  ${check.target.padEnd(targetWidth)}  ${oneLine(check.detail)}${time}`);
    for (const finding of check.findings) out.push(`           ${finding.level}  ${oneLine(finding.message)}  [${finding.ruleId}]`);
    for (const ruleId of new Set(check.findings.map((f) => f.ruleId))) {
      const fix = fixFor(ruleId);
      if (fix) out.push(`           fix (${ruleId}): ${fix}`);
    }
  }
  const { errors, warnings, infos } = summarize(report.findings);
  const problems = report.checks.filter((c) => c.status === "problem").length;
  out.push("");
  const notRun = report.incomplete ? `Incomplete: ${report.incomplete.steps} step(s) not run (${report.incomplete.reason}); ` : "";
  // The host's selector names not read: never "all checks passed" (what went wrong is on stderr).
  const unnamed = report.hostApiFailure ? `Incomplete: ${report.hostApiFailure.host}'s DKIM selector names not read (${report.hostApiFailure.call ?? "its API"}${report.hostApiFailure.status !== null ? ` failed with ${report.hostApiFailure.status}` : " failed"}); ` : "";
  const incomplete = `${notRun}${unnamed}`;
  out.push(
    problems === 0 && errors + warnings === 0 && !incomplete
      ? `All checks passed (${report.checks.filter((c) => c.status === "ok").length} ok, ${report.checks.filter((c) => c.status === "skipped").length} skipped).`
      : `${incomplete}${problems} check(s) with a problem: ${errors} error(s), ${warnings} warning(s), ${infos} info.`,
  );
  return `${out.join("\n")}\n`;
}

function oneLine(text: string): string {
  return defang(text.replace(/[\r\n\t]+/g, " "));
}
