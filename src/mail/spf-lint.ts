// What the SPF rules share: the domain's record parsed once per lint run, and the parser's error classes
// split between the rules that own them (each error is reported by exactly one rule).
import type { DomainModel, RecordText, SpfDecl } from "../model/types.js";
import { parseSpfShared, type SpfErrorCode, type SpfRecord, type SpfSyntaxError, type SpfTerm } from "./spf.js";
import { parseOnce } from "./parse-once.js";
import { isSpfRecord } from "./txt-version.js";

export interface DomainSpf {
  spf: SpfDecl;
  text: RecordText;
  record: SpfRecord;
}

// Twenty rules read the same record, and many domains publish the very same one (OVH's
// `v=spf1 include:mx.ovh.com ~all`): parse each distinct text once (a rule asking again for the same
// record object is answered from the object's own entry).
const parseSpfText = parseOnce(parseSpfShared);

/** The domain's SPF record, parsed; null when the domain declares none. */
export function domainSpf(domain: DomainModel): DomainSpf | null {
  const spf = domain.spf;
  if (!spf) return null;
  return { spf, text: spf.text, record: parseSpfText(spf.text) };
}

/**
 * The record, when its text is an SPF record (RFC 7208 §4.5: `v=spf1` then a space or the end; see
 * txt-version.ts). Text receivers discard (" v=spf1 …", "v=spf1<TAB>…", "v=spf1include:…", "spf2.0/pra", a
 * DKIM key pasted by mistake) gets one spf-syntax finding, its version error, and the rules about terms
 * stay quiet instead of judging mechanisms no receiver evaluates.
 */
export function spfRecord(domain: DomainModel): DomainSpf | null {
  const found = domainSpf(domain);
  if (!found) return null;
  return isSpfRecord(found.text.value) ? found : null;
}

/** Which rule reports each parser error class. */
export const SPF_ERROR_OWNER: Readonly<Record<SpfErrorCode, string>> = {
  version: "spf-syntax",
  "invalid-character": "spf-syntax",
  "bad-qualifier": "spf-syntax",
  "bad-term": "spf-syntax",
  "missing-domain": "spf-syntax",
  "unexpected-argument": "spf-syntax",
  "bad-domain": "spf-syntax",
  "odd-domain": "spf-syntax",
  "unknown-mechanism": "spf-unknown-mechanism",
  "invalid-ip": "spf-invalid-cidr",
  "invalid-cidr": "spf-invalid-cidr",
  "duplicate-modifier": "spf-duplicate-modifier",
  "macro-syntax": "spf-macro-syntax",
  "macro-context": "spf-macro-syntax",
};

/** The record's errors (and, with `warnings`, its warnings) that rule `ruleId` owns. */
export function errorsFor(record: SpfRecord, ruleId: string, warnings = false): SpfSyntaxError[] {
  const owned = record.errors.filter((error) => SPF_ERROR_OWNER[error.code] === ruleId);
  return warnings ? [...owned, ...record.warnings.filter((warning) => SPF_ERROR_OWNER[warning.code] === ruleId)] : owned;
}

/**
 * The term an error lies in, as written (the error's own text when it lies outside every term). The terms
 * are in record order and never overlap, so the one that may hold the error is found by halving: a record of
 * 20,000 bad terms has 20,000 errors, and looking through every term for each one took 10 s for a 60 KB file.
 */
export function termTextAt(record: SpfRecord, error: { start: number; end: number }): string {
  const terms = record.terms;
  // The last term starting at or before the error.
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (terms[middle]!.start <= error.start) low = middle + 1;
    else high = middle;
  }
  const term: SpfTerm | undefined = low > 0 ? terms[low - 1] : undefined;
  return term && error.end <= term.end ? term.text : record.text.slice(error.start, error.end);
}

/** [start, end) of the whole record without surrounding spaces, for findings about the record as a whole. */
export function wholeRecord(record: SpfRecord): [number, number] {
  const start = record.text.length - record.text.trimStart().length;
  const end = record.text.trimEnd().length;
  return end > start ? [start, end] : [0, record.text.length];
}
