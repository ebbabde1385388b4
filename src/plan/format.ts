// Plan formatters: pure functions of the plan report (formatters are `(results) => string`).
import type { Finding } from "../engine/types.js";
import { capFindings } from "../formatters/cap.js";
import { findingJson } from "../formatters/json.js";
import { cell, code, findingsTable } from "../formatters/markdown.js";
import type { LintSummary } from "../formatters/report.js";
import { palette } from "../formatters/palette.js";
import { formatText } from "../formatters/text.js";
import { escapeUnsafeInJson, oneLine, reportJson } from "../model/show.js";
import type { LookupFailure } from "./observe.js";
import type { Change, PlanSummary } from "./plan.js";
import type { Gate } from "./safety.js";
import { describeNotObserved, type NotObserved } from "./audit.js";
import { describeNotInLoadedZones, describeOutsideZones, describeUnchecked, outsideZoneJson, uncheckedJson, type UncheckedLookup } from "./unchecked.js";
import { describeRemovedZone, type RemovedZone, type RemovedZonesNote } from "./removed-zones.js";
import { unreadOtherStacksText, type UnreadOtherStacks } from "./other-stacks.js";
import lintDnsBudget from "../rules/lint-dns-budget.js";

export interface PlanReport {
  changes: readonly Change[];
  failures: readonly LookupFailure[];
  findings: readonly Finding[];
  /** Every safety gate's verdict per domain (none for a domain whose lookups failed). */
  gates?: readonly Gate[];
  /** Lookups a check needed that failed: those checks were not made, and the plan fails. */
  unchecked?: readonly UncheckedLookup[];
  /** Names a check needed outside the loaded zone files, never asked: said under "Not checked", no failure. */
  outsideZones?: readonly UncheckedLookup[];
  /** Families enabled live rules read that were not asked, over `checked` domains (those that exist). */
  notObserved?: readonly NotObserved[];
  checked?: number;
  /** Zones a stack's adoption file says it holds records in that no domain file declares: pulumi up deletes them. */
  removedZones?: readonly RemovedZone[];
  /** What the repository could not tell about such zones (no adoption file, a damaged one...). */
  removedZonesNotes?: readonly RemovedZonesNote[];
  /**
   * Files of stacks not planned whose zone could not be told: whether one shares a zone with a planned stack
   * (one zone, one stack) was not checked. Said under "Not checked", no failure, as adopt and pulumi up say it.
   */
  otherStacksUnread?: UnreadOtherStacks | null;
  summary: LintSummary & PlanSummary & { gatesRefused?: number; uncheckedLookups?: number; removedZones?: number };
}

/** The one-zone-one-stack check left undone for files of other stacks that could not be read (null: none). */
function otherStacksLine(report: PlanReport): string | null {
  return report.otherStacksUnread ? `Not checked: ${unreadOtherStacksText(report.otherStacksUnread)}.` : null;
}

/** The same, as a "Not checked" item of the Markdown plan (whose items carry no "Not checked:" of their own). */
function otherStacksMarkdown(report: PlanReport): string | null {
  return report.otherStacksUnread ? `${unreadOtherStacksText(report.otherStacksUnread)}.` : null;
}

/** The line saying which record families were not looked at (null: all were), counted as audit counts them. */
function notObservedLine(report: PlanReport): string | null {
  return describeNotObserved(report.notObserved ?? [], report.checked ?? report.summary.domains, report.summary.domains);
}

export const PLAN_FORMATS = ["text", "json", "markdown"] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

/** The stable JSON contract of `maildns plan` (version 1). */
export function planJson(report: PlanReport) {
  return {
    version: 1 as const,
    changes: report.changes.map((c) => ({ domain: c.domain, name: c.name, type: c.type, action: c.action, ttl: c.ttl, beforeTtl: c.beforeTtl, before: c.before, after: c.after })),
    failures: report.failures.map((f) => ({ domain: f.domain, name: f.name, type: f.type, reason: f.reason, detail: f.detail, ...(f.server ? { server: f.server } : {}) })),
    // `allowedOnMerge` only on a refused gate the stack's config allows (stack-allow.ts): absent otherwise.
    gates: (report.gates ?? []).map((g) => ({ id: g.id, domain: g.domain, name: g.name, tripped: g.tripped, allowed: g.allowed, reason: g.reason, ...(g.allowedOnMerge ? { allowedOnMerge: g.allowedOnMerge } : {}) })),
    uncheckedLookups: (report.unchecked ?? []).map(uncheckedJson),
    outsideZones: (report.outsideZones ?? []).map(outsideZoneJson),
    notChecked: (report.notObserved ?? []).map((n) => ({ family: n.family, domains: n.domains, rules: n.rules })),
    removedZones: (report.removedZones ?? []).map((z) => ({ zone: z.zone, adoptionFile: z.adoptionFile, readAt: z.readAt, held: z.held, status: z.status, notServed: z.notServed, source: z.source, base: z.base, deletedFiles: z.deletedFiles })),
    removedZonesNotes: (report.removedZonesNotes ?? []).map((n) => ({ stack: n.stack, kind: n.kind, detail: n.detail })),
    otherStacksUnread: report.otherStacksUnread ? { planned: report.otherStacksUnread.planned, files: report.otherStacksUnread.files.map((f) => ({ file: f.file, stack: f.stack })), detail: `not checked: ${unreadOtherStacksText(report.otherStacksUnread)}` } : null,
    ...cappedJson(report.findings),
    summary: report.summary,
  };
}

/**
 * The JSON plan in pieces of about `size` characters that, joined, are exactly formatPlan's JSON text: the
 * plan of 10,000 domains is tens of megabytes of JSON (seven gates a domain), written piece by piece
 * rather than held whole as one string at the end of the run. A piece ends between whole values, so each
 * is made safe to print on its own (escapeUnsafeInJson), as formatPlan's text is whole.
 */
export function* planJsonChunks(report: PlanReport, size = 1 << 16): Generator<string> {
  let buffer = "{";
  const entries = Object.entries(planJson(report)).filter(([, value]) => value !== undefined);
  for (let k = 0; k < entries.length; k++) {
    const [key, value] = entries[k]!;
    buffer += `${k === 0 ? "" : ","}\n  ${JSON.stringify(key)}: `;
    if (!Array.isArray(value) || value.length === 0) {
      buffer += indented(value, "  ");
      continue;
    }
    buffer += "[";
    for (let i = 0; i < value.length; i++) {
      buffer += `${i === 0 ? "" : ","}\n    ${indented(value[i], "    ")}`;
      if (buffer.length >= size) {
        yield escapeUnsafeInJson(buffer);
        buffer = "";
      }
    }
    buffer += "\n  ]";
  }
  yield escapeUnsafeInJson(`${buffer}${entries.length === 0 ? "" : "\n"}}\n`);
}

/** JSON.stringify(value, null, 2) as it reads nested at `indent`: strings hold no raw line break in JSON. */
function indented(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}

/** A value as the text plan shows it: bare when plain ASCII, else quoted with every control visible. */
function shown(value: string): string {
  // oneLine on a bare value too: printable ASCII may still hold `##[`, a CI log command (see oneLine).
  return oneLine(/^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/.test(value) && !value.includes('"') ? value : JSON.stringify(value));
}

const SIGN: Record<Change["action"], string> = { create: "+", update: "~", delete: "-" };

export function describeFailure(f: LookupFailure): string {
  return `${f.name} ${f.type} lookup failed (${f.reason}: ${f.detail}${f.server ? ` [${f.server}]` : ""}); no change is planned for it`;
}

/** Lookups named after the first in a domain's one line; the rest are counted. */
const NAMED_FAILURES = 5;

/**
 * A domain's failed lookups as one line (`audit`'s "not audited"): the apex's own failure first when there
 * is one (it says most about the name), then the other lookups by name and type, each with its reason when
 * it differs from the first's. The JSON report keeps every failure whole; this is for people reading.
 */
export function describeDomainFailures(domain: string, failures: readonly LookupFailure[]): string {
  const apex = failures.findIndex((f) => f.name === domain);
  const first = failures[apex >= 0 ? apex : 0]!;
  const more = failures.filter((f) => f !== first);
  const head = describeFailure(first).replace(/; no change is planned for it$/, "");
  if (more.length === 0) return head;
  const named = more.slice(0, NAMED_FAILURES).map((f) => `${f.name} ${f.type}${f.reason === first.reason ? "" : ` (${f.reason})`}`);
  const rest = more.length > named.length ? ` and ${more.length - named.length} more` : "";
  return `${head}; ${more.length} more lookup${more.length === 1 ? "" : "s"} of ${domain} failed too: ${named.join(", ")}${rest}`;
}

/**
 * The domains whose question budget was spent (src/plan/budget.ts), from their lint-dns-budget findings: the
 * finding says how many questions were not asked; this line, under the domain, says what follows and what
 * to do (the rule's fix), beside the lookups the checks name.
 */
function budgetSpent(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.ruleId === "lint-dns-budget" && f.data.refused !== undefined);
}

export function describeBudgetSpent(f: Finding): string {
  return `${f.data.refused} DNS questions of ${oneLine(f.domain)} were not asked: checking it took the budget of ${f.data.budget} a domain has, so the checks that needed them were not made. ${lintDnsBudget.meta.fix ?? ""}`.trimEnd();
}

function ttlText(c: Change): string {
  if (c.action === "update" && c.beforeTtl !== c.ttl) return `ttl ${c.beforeTtl ?? "?"} → ${c.ttl ?? "?"}`;
  return `ttl ${c.ttl ?? "?"}`;
}

export function planSummaryLine(summary: PlanSummary & { gatesRefused?: number; uncheckedLookups?: number }): string {
  const base = `Plan: ${summary.create} to create, ${summary.update} to update, ${summary.delete} to delete`;
  const refused = summary.gatesRefused ? `; ${summary.gatesRefused} safety gate${summary.gatesRefused === 1 ? "" : "s"} refuse${summary.gatesRefused === 1 ? "s" : ""} it` : "";
  const failed = summary.failedLookups === 0 ? "" : `; ${summary.failedLookups} lookup${summary.failedLookups === 1 ? "" : "s"} failed, so the plan is incomplete`;
  const unchecked = summary.uncheckedLookups ? `; ${summary.uncheckedLookups} lookup${summary.uncheckedLookups === 1 ? "" : "s"} a check needed failed, so the checks are incomplete` : "";
  return `${base}${refused}${failed}${unchecked}.`;
}

/**
 * What a refused gate's line adds when the stack's config allows it (plan/stack-allow.ts): the plan still
 * refuses it, the `pulumi up` after the merge does not.
 */
export function allowedOnMergeNote(gate: Pick<Gate, "allowedOnMerge">): string {
  return gate.allowedOnMerge ? ` (allowed by maildns:allow in ${gate.allowedOnMerge} on merge)` : "";
}

/** A tripped gate as one line: `refused` (or `allowed`), its id and why. */
export function describeGate(g: Gate): string {
  return `${g.allowed ? "allowed" : "refused"} ${g.id}: ${g.reason ?? ""}${allowedOnMergeNote(g)}`.trimEnd();
}

/** The tripped gates as a Markdown table (empty string when none tripped). */
export function gatesTable(gates: readonly Gate[]): string {
  const tripped = gates.filter((g) => g.tripped);
  if (tripped.length === 0) return "";
  const rows = tripped.map((g) => `| ${g.allowed ? "allowed" : "**refused**"} | \`${g.id}\` | ${cell(g.name)} | ${cell(`${g.reason ?? ""}${allowedOnMergeNote(g)}`)} |`);
  return ["| Gate | Id | Name | Why |", "| --- | --- | --- | --- |", ...rows, ""].join("\n");
}

/**
 * The line for a plan with nothing to change. A file with errors, or the second file of a domain, is not
 * planned: "live DNS matches the domain files" would then claim what was never compared.
 */
export function noChangeLine(summary: { files: number; domains: number }): string {
  const skipped = summary.files - summary.domains;
  if (skipped <= 0) return "No changes: live DNS matches the domain files.";
  const planned = `${summary.domains} domain${summary.domains === 1 ? "" : "s"} planned`;
  return `No changes for the ${planned}; ${skipped} file${skipped === 1 ? " was" : "s were"} not planned (a file with errors, or a second file for a domain: see the errors above).`;
}

export function formatPlanText(report: PlanReport, options: { color?: boolean } = {}): string {
  const paint = palette(options.color);
  const colour: Record<Change["action"], (s: string) => string> = { create: paint.green, update: paint.yellow, delete: paint.red };
  const lines: string[] = [];
  if (report.findings.length > 0 || report.summary.files > 0) {
    lines.push(formatText({ findings: report.findings, summary: report.summary, rules: [], toolVersion: "" }, options).trimEnd());
  }
  const unchecked = report.unchecked ?? [];
  const removed = report.removedZones ?? [];
  const spent = budgetSpent(report.findings);
  const domains = [
    ...new Set([
      ...report.changes.map((c) => c.domain),
      ...report.failures.map((f) => f.domain),
      ...unchecked.map((u) => u.domain),
      ...spent.map((f) => f.domain),
      ...(report.gates ?? []).filter((g) => g.tripped).map((g) => g.domain),
      ...removed.map((z) => z.zone),
    ]),
  ].sort();
  for (const domain of domains) {
    lines.push("", oneLine(domain));
    for (const z of removed.filter((x) => x.zone === domain)) {
      lines.push(`  ${paint.red("! removed")} ${describeRemovedZone(z)}`);
      for (const held of z.notServed) lines.push(`  ${paint.yellow("! not served")} ${oneLine(held)}: the adoption file lists it, live DNS does not serve it now`);
    }
    for (const c of report.changes.filter((x) => x.domain === domain)) {
      lines.push(`  ${colour[c.action](`${SIGN[c.action]} ${c.action}`)} ${oneLine(c.name)} ${c.type} ${ttlText(c)}`);
      // MX and SRV read best in priority order: "5 mx1" before "50 mx2" before "100 mx3".
      const natural = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });
      const removed = c.before.filter((v) => !c.after.includes(v)).sort(natural);
      const added = c.after.filter((v) => !c.before.includes(v)).sort(natural);
      const kept = c.before.filter((v) => c.after.includes(v)).sort(natural);
      for (const v of kept) lines.push(`      ${shown(v)}`);
      for (const v of removed) lines.push(`    ${paint.red("-")} ${shown(v)}`);
      for (const v of added) lines.push(`    ${paint.green("+")} ${shown(v)}`);
    }
    for (const f of report.failures.filter((x) => x.domain === domain)) lines.push(`  ${paint.red("! error")} ${oneLine(describeFailure(f))}`);
    for (const f of spent.filter((x) => x.domain === domain)) lines.push(`  ${paint.red("! not checked")} ${describeBudgetSpent(f)}`);
    for (const u of unchecked.filter((x) => x.domain === domain)) lines.push(`  ${paint.red("! not checked")} ${oneLine(describeUnchecked(u))}`);
    for (const g of (report.gates ?? []).filter((x) => x.domain === domain && x.tripped)) {
      lines.push(`  ${g.allowed ? paint.yellow("! gate allowed") : paint.red("! gate refused")} ${g.id}: ${oneLine(g.reason ?? "")}${oneLine(allowedOnMergeNote(g))}`);
    }
  }
  if (report.changes.length === 0 && report.failures.length === 0 && removed.length === 0) lines.push("", noChangeLine(report.summary));
  for (const note of report.removedZonesNotes ?? []) lines.push("", `${removedNoteFails(note) ? paint.red("! error") : "Not checked:"} ${oneLine(note.detail)}`);
  // What to do about names outside the loaded zones is said once, not on each failed lookup above.
  for (const line of [describeNotInLoadedZones(report.failures), describeOutsideZones(report.outsideZones ?? []), notObservedLine(report), otherStacksLine(report)]) if (line) lines.push("", line);
  lines.push("", planSummaryLine(report.summary));
  return `${lines.join("\n").replace(/^\n/, "")}\n`;
}

export function formatPlanMarkdown(report: PlanReport): string {
  const { files, domains, errors, warnings, infos } = report.summary;
  const parts = [`## maildns plan\n`, `${files} files, ${domains} domains: **${errors} errors**, ${warnings} warnings, ${infos} info. ${planSummaryLine(report.summary)}\n`];
  if (report.changes.length > 0) {
    const rows = report.changes.map((c) => `| ${c.action} | ${cell(c.name)} | ${c.type} | ${cell(ttlText(c).replace(/^ttl /, ""))} | ${c.before.map(code).join("<br>")} | ${c.after.map(code).join("<br>")} |`);
    parts.push(["| Action | Name | Type | TTL | Before | After |", "| --- | --- | --- | --- | --- | --- |", ...rows, ""].join("\n"));
  } else if (report.failures.length === 0 && (report.removedZones ?? []).length === 0) {
    parts.push(`${noChangeLine(report.summary)}\n`);
  }
  const removedPart = removedZonesMarkdown(report);
  if (removedPart) parts.push(removedPart);
  const gates = gatesTable(report.gates ?? []);
  if (gates) parts.push(`### Safety gates\n\nAn apply of this plan is refused until each refused gate is fixed or allowed (\`maildns:allow\`; \`duplicate-policy-record\` never is).\n\n${gates}`);
  if (report.failures.length > 0) {
    const notLoaded = describeNotInLoadedZones(report.failures);
    parts.push(`### Failed lookups\n\n${report.failures.map((f) => `- ${cell(describeFailure(f))}`).join("\n")}\n${notLoaded ? `\n${cell(notLoaded)}\n` : ""}`);
  }
  const notChecked = [
    ...budgetSpent(report.findings).map((f) => `${f.domain}: ${describeBudgetSpent(f)}`),
    ...(report.unchecked ?? []).map((u) => `${u.domain}: ${describeUnchecked(u)}`),
    ...[describeOutsideZones(report.outsideZones ?? []), notObservedLine(report), otherStacksMarkdown(report)].filter((l): l is string => l !== null),
  ];
  if (notChecked.length > 0) parts.push(`### Not checked\n\n${notChecked.map((l) => `- ${cell(l)}`).join("\n")}\n`);
  parts.push(`### Findings\n\n${findingsTable(report.findings)}`);
  return parts.join("\n");
}

/**
 * A note that fails the plan: the adoption file could not be used (pulumi up refuses it as well), or the
 * base commit could not be read, so a deletion the change makes would not be seen.
 */
export function removedNoteFails(note: RemovedZonesNote): boolean {
  return note.kind === "adoption-file" || note.kind === "provider" || note.kind === "base";
}

/** Zones removed from a stack and what could not be told about them, as a Markdown section ("" when none). */
export function removedZonesMarkdown(report: Pick<PlanReport, "removedZones" | "removedZonesNotes">): string {
  const zones = report.removedZones ?? [];
  const notes = report.removedZonesNotes ?? [];
  if (zones.length === 0 && notes.length === 0) return "";
  const lines = [
    ...zones.map((z) => `- **${cell(z.zone)}**: ${cell(describeRemovedZone(z))}${z.notServed.length > 0 ? `; not served now: ${z.notServed.map(cell).join(", ")}` : ""}`),
    ...notes.map((n) => `- ${removedNoteFails(n) ? "**error**: " : ""}${cell(n.detail)}`),
  ];
  return `### Zones no domain file declares\n\n${lines.join("\n")}\n`;
}

export function formatPlan(format: PlanFormat, report: PlanReport, options: { color?: boolean } = {}): string {
  switch (format) {
    case "json":
      return `${reportJson(planJson(report))}\n`;
    case "markdown":
      return formatPlanMarkdown(report);
    case "text":
      return formatPlanText(report, options);
  }
}

/** The plan's findings as JSON, capped like every report (formatters/cap.ts), with `omitted` when any were left out. */
function cappedJson(findings: readonly Finding[]) {
  const { shown, omitted } = capFindings(findings);
  return { findings: shown.map(findingJson), ...(omitted > 0 ? { omitted } : {}) };
}
