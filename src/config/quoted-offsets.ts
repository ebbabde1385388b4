// Where each character of a quoted YAML scalar's value comes from in the file, so a finding inside the value
// (a tab written `\t` in an SPF record) points at the characters that spell it, not at the whole scalar.
// YAML 1.2.2 §7.3.1 (double-quoted: escapes, escaped line breaks) and §7.3.2 (single-quoted: `''`), with
// the line folding of §6.5 and §7.3.1: a line break between non-blank text reads as one space, each empty
// line after it as a line feed, and the blanks around a break are dropped. Pure; the caller checks the
// decoded text against the parser's value and maps nothing when they differ.

/** The value's characters (UTF-16 units) and, per unit, the [start, end) of its source in the raw scalar. */
export interface QuotedOffsets {
  value: string;
  start: number[];
  end: number[];
}

/** Single-character escapes of YAML 1.2.2 §5.7 (c-ns-esc-char), but `x`, `u` and `U`. */
const ESCAPES: Readonly<Record<string, string>> = {
  "0": "\u0000",
  a: "\u0007",
  b: "\b",
  t: "\t",
  "\t": "\t",
  n: "\n",
  v: "\u000b",
  f: "\f",
  r: "\r",
  e: "\u001b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
};
const HEX_DIGITS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

const isBlank = (c: string | undefined) => c === " " || c === "\t";
const isBreak = (c: string | undefined) => c === "\n" || c === "\r";

/**
 * Decodes a quoted scalar as written (quotes included) with the source range of each unit of its value;
 * null when it is not one (plain, block, unterminated) or uses what this does not read.
 */
export function quotedOffsets(raw: string): QuotedOffsets | null {
  const quote = raw[0];
  if ((quote !== '"' && quote !== "'") || raw.length < 2 || raw[raw.length - 1] !== quote) return null;
  const last = raw.length - 1;
  const value: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const push = (text: string, from: number, to: number) => {
    for (let k = 0; k < text.length; k++) {
      value.push(text[k]!);
      start.push(from);
      end.push(to);
    }
  };
  // Blanks are held until what follows them is known: before a line break they are dropped (§7.3.1).
  let pendingBlanks: number[] = [];
  const flushBlanks = () => {
    for (const at of pendingBlanks) push(raw[at]!, at, at + 1);
    pendingBlanks = [];
  };
  /** Skips a line break at i and the blank lines and indentation after it; returns where the text resumes and how many empty lines were skipped. */
  const skipFold = (i: number): { next: number; empty: number } => {
    let empty = -1;
    while (i < last && isBreak(raw[i])) {
      i += raw[i] === "\r" && raw[i + 1] === "\n" ? 2 : 1;
      empty++;
      while (i < last && isBlank(raw[i])) i++;
    }
    return { next: i, empty };
  };
  let i = 1;
  while (i < last) {
    const c = raw[i]!;
    if (isBlank(c)) {
      pendingBlanks.push(i);
      i++;
      continue;
    }
    if (isBreak(c)) {
      // A line break inside the scalar: the blanks before it are dropped; it folds to one space, or to one
      // line feed per empty line after it.
      pendingBlanks = [];
      const { next, empty } = skipFold(i);
      if (empty === 0) push(" ", i, i + 1);
      else for (let k = 0; k < empty; k++) push("\n", i, i + 1);
      i = next;
      continue;
    }
    flushBlanks();
    if (quote === "'") {
      if (c === "'") {
        if (raw[i + 1] !== "'") return null;
        push("'", i, i + 2);
        i += 2;
        continue;
      }
      push(c, i, i + 1);
      i++;
      continue;
    }
    if (c === '"') return null;
    if (c !== "\\") {
      push(c, i, i + 1);
      i++;
      continue;
    }
    const e = raw[i + 1];
    if (e === undefined || i + 1 >= last) return null;
    if (isBreak(e)) {
      // An escaped line break: neither the break nor the next line's indentation is part of the value.
      let j = i + 1 + (e === "\r" && raw[i + 2] === "\n" ? 2 : 1);
      while (j < last && isBlank(raw[j])) j++;
      i = j;
      continue;
    }
    const simple = ESCAPES[e];
    if (simple !== undefined) {
      push(simple, i, i + 2);
      i += 2;
      continue;
    }
    const digits = HEX_DIGITS[e];
    if (digits === undefined) return null;
    const hex = raw.slice(i + 2, i + 2 + digits);
    if (hex.length !== digits || !/^[0-9A-Fa-f]+$/.test(hex)) return null;
    const code = Number.parseInt(hex, 16);
    if (code > 0x10ffff) return null;
    push(String.fromCodePoint(code), i, i + 2 + digits);
    i += 2 + digits;
  }
  flushBlanks();
  return { value: value.join(""), start, end };
}
