// Each domain's SPF lookup budget (RFC 7208 §4.6.4: at most 10 DNS-querying terms), before → after. "After"
// is the domain file's record; "before" is what is published now, known only when the run observed live
// state (plan). Counted statically: the record's own terms, a lower bound of the recursive count.
import type { DomainModel } from "../model/types.js";
import { cell, code } from "../formatters/markdown.js";
import { lookupTerms, parseSpf } from "../mail/spf.js";
import { isSpfRecord } from "../mail/txt-version.js";

export const SPF_LOOKUP_LIMIT = 10;

/** A side of the comparison: a count, no SPF record at all, or not observed. */
export type BudgetSide = { count: number; terms: string[] } | "none" | "unknown";

export interface BudgetRow {
  domain: string;
  before: BudgetSide;
  after: BudgetSide;
  /** The recursive count through every include, before → after, when live DNS was read (plan). */
  recursive?: { before: number; after: number };
}

/**
 * The reachable lookup terms of an SPF text, or "none" when the text is not an SPF record: receivers discard
 * " v=spf1 …" and "v=spf1<TAB>…" (RFC 7208 §4.5) and ask for none of its terms.
 */
export function spfSide(text: string | null | undefined): BudgetSide {
  if (text === null || text === undefined || !isSpfRecord(text)) return "none";
  const terms = lookupTerms(parseSpf(text)).filter((entry) => entry.reachable);
  return { count: terms.reduce((sum, entry) => sum + entry.cost, 0), terms: terms.map((entry) => entry.term.text) };
}

/**
 * One row per domain. `published` maps a domain to the SPF text live DNS has now (null: no record); a
 * domain missing from it (or no map at all) has an unknown "before".
 */
export function spfBudget(
  domains: readonly DomainModel[],
  published?: ReadonlyMap<string, string | null>,
  recursive?: ReadonlyMap<string, { before: number; after: number }>,
): BudgetRow[] {
  return [...domains]
    .sort((a, b) => a.domain.localeCompare(b.domain))
    .map((domain) => {
      const live = recursive?.get(domain.domain);
      return {
        domain: domain.domain,
        before: published?.has(domain.domain) ? spfSide(published.get(domain.domain)) : "unknown",
        after: spfSide(domain.spf?.text.value),
        ...(live ? { recursive: live } : {}),
      };
    });
}

function show(side: BudgetSide): string {
  if (side === "unknown") return "?";
  if (side === "none") return "no SPF";
  return `${side.count}/${SPF_LOOKUP_LIMIT}`;
}

function change(row: BudgetRow): string {
  if (typeof row.before !== "object" || typeof row.after !== "object") return "";
  const delta = row.after.count - row.before.count;
  return delta === 0 ? "=" : delta > 0 ? `+${delta}` : String(delta);
}

export function budgetTable(rows: readonly BudgetRow[]): string {
  if (rows.length === 0) return "No domains.\n";
  const lines = rows.map((row) => {
    const after = row.after;
    const over = typeof after === "object" && after.count > SPF_LOOKUP_LIMIT ? " ⛔" : "";
    const terms = typeof after === "object" && after.terms.length ? after.terms.map(code).join(" ") : "";
    const live = row.recursive ? `${row.recursive.before} → ${row.recursive.after}${row.recursive.after > SPF_LOOKUP_LIMIT ? " ⛔" : ""}` : "";
    return `| ${cell(row.domain)} | ${show(row.before)} | ${show(row.after)}${over} | ${change(row)} | ${live} | ${terms} |`;
  });
  return [
    "| Domain | Before | After | Change | With includes (live) | Lookup terms (after) |",
    "| --- | ---: | ---: | ---: | ---: | --- |",
    ...lines,
    "",
    `Before/After count the record's own DNS-querying terms (RFC 7208 §4.6.4 allows ${SPF_LOOKUP_LIMIT} in all); "with includes" counts through every include and redirect, when live DNS was read.`,
    "",
  ].join("\n");
}
