// A domain's rollup rows over a window, as the store's summary statement hands them over (store.ts,
// forEachDomain), read into the domain's totals and its sources. Pure: text in, figures out.
//
// PostgreSQL writes each day's rows of a domain as text when they change (rollup.ts), and the summary joins
// the window's days into one text: a line per day and source, fields separated by a space, and the sets
// (reporters, SPF and DKIM domains, a DKIM signature's domain and selector) as PostgreSQL's own text form of
// an array (the PostgreSQL manual, "Arrays", "Array Input and Output Syntax"). Building that text costs the
// embedded engine a third of what building JSON, or grouping by source, did; the sums and set unions per
// source are done here, where they are cheap. The fields before the arrays are an IP address (checked at
// ingest, parse.ts), whole numbers and nothing else, so they never hold a space.
import { compareText } from "./code-point-order.js";
import { StoreError } from "./sql-error.js";
import type { DomainTotals, SourceTotals } from "./store.js";

export class WindowRowsError extends Error {
  override name = "WindowRowsError";
}

const SPACE = 0x20;
const NEWLINE = 0x0a;
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;

/**
 * Reads the one-dimensional text array whose literal starts at `at` (as array_out writes it: `{}`, `{a,b}`,
 * elements double-quoted when empty, NULL, or holding a space, a comma, braces, a quote or a backslash, with
 * quotes and backslashes escaped by a backslash) and hands each element to `add`; returns the index after it.
 */
export function readTextArray(text: string, at: number, add: (element: string) => void): number {
  if (text.charCodeAt(at) !== OPEN) throw malformed(text, at, "an array");
  let i = at + 1;
  if (text.charCodeAt(i) === CLOSE) return i + 1;
  for (;;) {
    let element: string;
    if (text.charCodeAt(i) === QUOTE) {
      element = "";
      let start = ++i;
      for (;;) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) break;
        if (c === BACKSLASH) {
          // The escaped character is kept: the next piece starts with it.
          element += text.slice(start, i);
          start = i + 1;
          i += 2;
          continue;
        }
        if (Number.isNaN(c)) throw malformed(text, at, "a closing quote");
        i++;
      }
      element += text.slice(start, i);
      i++;
    } else {
      const start = i;
      for (let c = text.charCodeAt(i); c !== COMMA && c !== CLOSE; c = text.charCodeAt(++i)) {
        if (Number.isNaN(c)) throw malformed(text, at, "the end of the array");
      }
      element = text.slice(start, i);
      // An unquoted NULL is SQL's null: the rollup's sets never hold one.
      if (element === "NULL") throw malformed(text, at, "no null element");
    }
    add(element);
    const c = text.charCodeAt(i);
    if (c === CLOSE) return i + 1;
    if (c !== COMMA) throw malformed(text, i, "a comma or the end of the array");
    i++;
  }
}

function malformed(text: string, at: number, expected: string): WindowRowsError {
  return new WindowRowsError(`the report store's summary rows are malformed at character ${at} (expected ${expected}): ${JSON.stringify(text.slice(Math.max(0, at - 20), at + 40))}`);
}

/**
 * A source's figures as they are summed: a source's totals without its domain (the reader's), its sets kept
 * without repeats (they hold a few names at most), its signatures by domain and selector until the end.
 */
type SourceSums = Omit<SourceTotals, "domain" | "signatures"> & { signatures: Map<string, SourceTotals["signatures"][number]> };


/** A cursor over one text: the reader's position, and the steps of the line format. */
class Reader {
  at = 0;
  constructor(readonly text: string) {}

  get done(): boolean {
    return this.at >= this.text.length;
  }

  /** The field up to the next space (an IP address), and the space. */
  word(): string {
    const end = this.text.indexOf(" ", this.at);
    if (end < 0) throw malformed(this.text, this.at, "a field");
    const value = this.text.slice(this.at, end);
    this.at = end + 1;
    return value;
  }

  /** A whole number of digits and the space after it (counts; never negative). */
  count(): number {
    const { text } = this;
    let i = this.at;
    let value = 0;
    for (let c = text.charCodeAt(i); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++i)) value = value * 10 + (c - 0x30);
    if (i === this.at || text.charCodeAt(i) !== SPACE || !Number.isSafeInteger(value)) throw malformed(text, this.at, "a whole number");
    this.at = i + 1;
    return value;
  }

  /** An array literal into `set` (what it does not hold yet), then a space or the end of the line. */
  set(set: string[], last: boolean): void {
    this.at = readTextArray(this.text, this.at, (element) => {
      if (!set.includes(element)) set.push(element);
    });
    this.separator(last);
  }

  separator(last: boolean): void {
    if (!last) {
      if (this.text.charCodeAt(this.at++) !== SPACE) throw malformed(this.text, this.at - 1, "a space");
    } else if (this.at < this.text.length && this.text.charCodeAt(this.at++) !== NEWLINE) {
      throw malformed(this.text, this.at - 1, "the end of a line");
    }
  }
}

/** The days of a window that have reports for a domain: how many, the first and the last (YYYY-MM-DD). */
export type WindowDays = Pick<DomainTotals, "days" | "from" | "to">;

/**
 * One domain's totals and sources from its rows over a window: `sources` has a line `ip messages passing
 * dkim_aligned spf_aligned spf_pass_unaligned dkim_pass_unaligned {reporters} {spf_domains} {dkim_domains}`
 * per day and source, `selectors` a line `ip messages aligned_pass {signing_domain,selector}` per day, source
 * and DKIM selector (or null: none). A source's counts are summed and its sets joined (sorted, without
 * repeats); the domain's counts are its sources' sums, its days as the store counted them.
 */
export function readDomainRows(domain: string, days: WindowDays, sources: string, selectors: string | null): { totals: DomainTotals; sources: SourceTotals[] } {
  const bySource = new Map<string, SourceSums>();
  const line = new Reader(sources);
  while (!line.done) {
    const ip = line.word();
    let s = bySource.get(ip);
    if (!s) {
      s = { ip, messages: 0, passing: 0, dkimAligned: 0, spfAligned: 0, spfPassUnaligned: 0, dkimPassUnaligned: 0, reporters: [], spfDomains: [], dkimDomains: [], signatures: new Map() };
      bySource.set(ip, s);
    }
    s.messages += line.count();
    s.passing += line.count();
    s.dkimAligned += line.count();
    s.spfAligned += line.count();
    s.spfPassUnaligned += line.count();
    s.dkimPassUnaligned += line.count();
    line.set(s.reporters, false);
    line.set(s.spfDomains, false);
    line.set(s.dkimDomains, true);
  }
  if (selectors !== null) readSelectors(selectors, bySource);

  const totals: DomainTotals = { domain, days: days.days, from: days.from, to: days.to, messages: 0, passing: 0, dkimAligned: 0, spfAligned: 0 };
  const out: SourceTotals[] = [];
  for (const s of bySource.values()) {
    totals.messages += s.messages;
    totals.passing += s.passing;
    totals.dkimAligned += s.dkimAligned;
    totals.spfAligned += s.spfAligned;
    out.push({
      domain,
      ip: s.ip,
      messages: s.messages,
      passing: s.passing,
      dkimAligned: s.dkimAligned,
      spfAligned: s.spfAligned,
      spfPassUnaligned: s.spfPassUnaligned,
      dkimPassUnaligned: s.dkimPassUnaligned,
      spfDomains: s.spfDomains.sort(compareText),
      dkimDomains: s.dkimDomains.sort(compareText),
      reporters: s.reporters.sort(compareText),
      signatures: [...s.signatures.values()],
    });
  }
  // Each count was a safe integer, but sums of them may not be: past 2^53 a JavaScript number no longer counts
  // every message, and the summary would print figures that are not the reports'. Ingest refuses a record over
  // 2^31 - 1 (parse.ts), so only millions of such records reach this.
  if (!Number.isSafeInteger(totals.messages) || out.some((s) => s.signatures.some((g) => !Number.isSafeInteger(g.messages)))) {
    throw new StoreError(`the reports stored for ${domain} add up to more than ${Number.MAX_SAFE_INTEGER} messages in the window, more than are counted exactly: the store holds forged or broken reports (their records' counts are in report_rows)`);
  }
  return { totals, sources: out };
}

/** Adds each selector line's messages to its source's signature (a selector of a source with no line is left out). */
function readSelectors(text: string, bySource: ReadonlyMap<string, SourceSums>): void {
  const line = new Reader(text);
  const pair: string[] = [];
  const add = (element: string) => void pair.push(element);
  while (!line.done) {
    const ip = line.word();
    const messages = line.count();
    const alignedPass = line.count();
    pair.length = 0;
    line.at = readTextArray(text, line.at, add);
    if (pair.length !== 2) throw malformed(text, line.at, "a signing domain and a selector");
    line.separator(true);
    const signatures = bySource.get(ip)?.signatures;
    if (!signatures) continue;
    const [signingDomain, selector] = pair as [string, string];
    const key = `${signingDomain}\u0000${selector}`;
    const signature = signatures.get(key);
    if (signature) {
      signature.messages += messages;
      signature.alignedPass += alignedPass;
    } else {
      signatures.set(key, { signingDomain, selector, messages, alignedPass });
    }
  }
}
