// The evidence file (dmarc-evidence.json): built from a summary, written deterministically (same store,
// same window → same bytes, so the nightly pull request only changes when the figures do), read back
// and checked without a database. What the evidence means for a tightening is src/mail/dmarc-ramp.ts.
import type { DomainEvidence, EvidenceFile, EvidenceView, FailingSource, SeenSelector } from "../model/evidence.js";
import { reportJson } from "../model/show.js";
import { compareText } from "./code-point-order.js";
import { jsonSyntaxError, jsonValueOffset, lineColumn } from "./json-position.js";
import type { DomainSummary, SummaryWindow } from "./summary.js";

export const EVIDENCE_FILE_NAME = "dmarc-evidence.json";
/** Failing sources under 0.1% of a domain's mail are left out of the file (the rule's default bar is 1%). */
export const DEFAULT_MIN_SOURCE_SHARE = 0.001;
/** At most this many failing sources and selectors per domain, so the file stays small for review. */
export const MAX_LISTED = 20;

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

export function domainEvidence(summary: DomainSummary, minSourceShare: number): DomainEvidence {
  const failingSources: FailingSource[] = summary.sources
    .filter((s) => s.unaligned > 0 && summary.messages > 0 && s.unaligned / summary.messages >= minSourceShare)
    .map((s) => ({
      ip: s.ip,
      name: s.name,
      messages: s.messages,
      failing: s.unaligned,
      share: round(s.unaligned / summary.messages, 4),
      // Most of the failing messages decide how the source is described.
      spf: s.spfPassUnaligned * 2 >= s.unaligned ? ("unaligned" as const) : ("fail" as const),
      dkim: s.dkimPassUnaligned * 2 >= s.unaligned ? ("unaligned" as const) : ("fail" as const),
      spfDomains: s.spfDomains,
      dkimDomains: s.dkimDomains,
      spfTerm: s.spfTerm,
      reporters: s.reporters,
    }))
    .sort((a, b) => b.failing - a.failing || compareText(a.ip, b.ip))
    .slice(0, MAX_LISTED);
  const selectors = new Map<string, SeenSelector>();
  for (const source of summary.sources) {
    for (const d of source.dkim) {
      const key = `${d.domain} ${d.selector}`;
      const seen = selectors.get(key) ?? { domain: d.domain, selector: d.selector, messages: 0, alignedPass: 0 };
      seen.messages += d.messages;
      seen.alignedPass += d.alignedPass;
      selectors.set(key, seen);
    }
  }
  return {
    domain: summary.domain,
    from: summary.from,
    to: summary.to,
    days: summary.days,
    messages: summary.messages,
    passing: summary.passing,
    dkimAligned: summary.dkimAligned,
    spfAligned: summary.spfAligned,
    failingSources,
    selectors: [...selectors.values()].sort((a, b) => b.messages - a.messages || compareText(`${a.domain} ${a.selector}`, `${b.domain} ${b.selector}`)).slice(0, MAX_LISTED),
  };
}

export function buildEvidence(summaries: readonly DomainSummary[], window: SummaryWindow, minSourceShare = DEFAULT_MIN_SOURCE_SHARE): EvidenceFile {
  return {
    version: 1,
    window: { from: window.from, to: window.to, days: window.days },
    minSourceShare,
    domains: summaries.map((s) => domainEvidence(s, minSourceShare)).sort((a, b) => compareText(a.domain, b.domain)),
  };
}

export function serializeEvidence(evidence: EvidenceFile): string {
  return `${reportJson(evidence)}\n`;
}

/**
 * How serializeEvidence begins the file (version, window, then minSourceShare), so an evidence file under
 * another name (given to lint and plan with --evidence) is known by its first kilobyte. No report of maildns
 * begins so: a summary's JSON has no minSourceShare.
 */
const EVIDENCE_HEAD = /^\s*\{\s*"version"\s*:\s*1\s*,\s*"window"\s*:\s*\{[^{}]*\}\s*,\s*"minSourceShare"\s*:/;
export const beginsAsEvidence = (head: string): boolean => EVIDENCE_HEAD.test(head);

/** Why an evidence file's text cannot be used: not JSON ("syntax"), or not what the command writes ("shape"). */
export class EvidenceError extends Error {
  override name = "EvidenceError";
  constructor(
    readonly file: string,
    readonly kind: "syntax" | "shape",
    /** What is wrong, without the file or the position. */
    readonly detail: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(
      kind === "syntax"
        ? `${file}:${line}:${column}: not valid JSON (${detail}); write it again with \`maildns reports evidence\``
        : `${file}:${line}:${column}: not a DMARC evidence file written by \`maildns reports evidence\` (${detail}); write it again with that command`,
    );
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isCount = (n: unknown): n is number => typeof n === "number" && Number.isSafeInteger(n) && n >= 0;
const isShare = (n: unknown): n is number => typeof n === "number" && Number.isFinite(n) && n >= 0 && n <= 1;

/** A calendar day YYYY-MM-DD as days since 1970-01-01, or null when it is no such day ("2026-02-30"). */
function dayNumber(value: unknown): number | null {
  if (typeof value !== "string" || !DATE.test(value)) return null;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value ? null : time / 86_400_000;
}
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

/**
 * Reads an evidence file's text, checking every field a rule relies on. Throws EvidenceError at the line
 * and column of the first thing wrong: the syntax error, or the value that is not what the command writes.
 */
export function parseEvidence(text: string, file: string): EvidenceFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const found = jsonSyntaxError(text);
    const at = lineColumn(text, found?.offset ?? 0);
    throw new EvidenceError(file, "syntax", found?.detail ?? (error as Error).message, at.line, at.column);
  }
  /** Refuses the file at the value `path` leads to (its nearest ancestor present) unless `condition` holds. */
  const need = (condition: boolean, path: readonly (string | number)[], what: string): void => {
    if (condition) return;
    const at = lineColumn(text, jsonValueOffset(text, path));
    throw new EvidenceError(file, "shape", what, at.line, at.column);
  };
  const v = value as Partial<EvidenceFile> | null;
  need(v !== null && typeof v === "object" && !Array.isArray(v), [], "not an object");
  need(v!.version === 1, ["version"], `version ${JSON.stringify(v!.version)}, expected 1`);
  // Every figure the gate reads is checked against the others as the command computes them, so that a file
  // edited by hand (a share lowered under the bar, more days than the window has, passes that are neither
  // SPF's nor DKIM's) is refused rather than read as evidence.
  const window = v!.window;
  const windowFrom = dayNumber(window?.from);
  const windowTo = dayNumber(window?.to);
  need(!!window && windowFrom !== null && windowTo !== null && isCount(window.days) && window.days === windowTo - windowFrom + 1, !window ? ["window"] : windowFrom === null ? ["window", "from"] : windowTo === null ? ["window", "to"] : ["window", "days"], "no valid window");
  need(isShare(v!.minSourceShare), ["minSourceShare"], "no minSourceShare");
  need(Array.isArray(v!.domains), ["domains"], "no domains list");
  v!.domains!.forEach((d, i) => {
    const where = `domains[${i}]`;
    const at = ["domains", i] as const;
    need(!!d && typeof d.domain === "string" && d.domain !== "", [...at, "domain"], `${where} has no domain`);
    const from = dayNumber(d.from);
    const to = dayNumber(d.to);
    need(from !== null && to !== null && windowFrom! <= from && from <= to && to <= windowTo!, [...at, from === null ? "from" : "to"], `${where} has no valid from/to inside the window`);
    need([d.days, d.messages, d.passing, d.dkimAligned, d.spfAligned].every(isCount) && d.passing <= d.messages, at, `${where} has invalid counts`);
    need(d.days >= 1 && d.days <= window!.days, [...at, "days"], `${where} has ${d.days} days of reports, where the window holds 1 to ${window!.days}`);
    // A message passes when aligned SPF or aligned DKIM passes (RFC 7489 §4.2): each is at most the passes, together at least.
    need(d.dkimAligned <= d.passing && d.spfAligned <= d.passing && d.passing <= d.dkimAligned + d.spfAligned, [...at, "passing"], `${where}'s passing messages are not its SPF- and DKIM-aligned ones`);
    need(Array.isArray(d.failingSources) && Array.isArray(d.selectors), at, `${where} has no failingSources or selectors`);
    let failing = 0;
    d.failingSources.forEach((s, k) => {
      const source = [...at, "failingSources", k] as const;
      need(!!s && typeof s.ip === "string" && isCount(s.messages) && isCount(s.failing) && isShare(s.share) && (s.spf === "fail" || s.spf === "unaligned") && (s.dkim === "fail" || s.dkim === "unaligned"), source, `${where} has an invalid failing source`);
      need(isStringList(s.spfDomains) && isStringList(s.dkimDomains) && isStringList(s.reporters), source, `${where} has an invalid failing source`);
      need(s.failing <= s.messages && d.messages > 0 && s.share === round(s.failing / d.messages, 4), [...source, "share"], `${where}'s failing source ${String(s.ip).slice(0, 60)} has a share that is not its failing messages over the domain's`);
      failing += s.failing;
    });
    need(failing <= d.messages - d.passing, [...at, "failingSources"], `${where}'s failing sources fail more messages than the domain's failing ones`);
    d.selectors.forEach((s, k) => need(!!s && typeof s.domain === "string" && typeof s.selector === "string" && isCount(s.messages) && isCount(s.alignedPass) && s.alignedPass <= s.messages, [...at, "selectors", k], `${where} has an invalid selector`));
  });
  return v as EvidenceFile;
}

/** The view a rule gets for one domain. */
export function evidenceView(evidence: EvidenceFile, file: string, domain: string): EvidenceView {
  return { file, window: evidence.window, minSourceShare: evidence.minSourceShare, domain: evidence.domains.find((d) => d.domain === domain) ?? null };
}
