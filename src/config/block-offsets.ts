// Where each character of a block scalar's value (`spf: |`, `dmarc: >-`, `|2+`) comes from in the file, so
// a finding inside a multi-line record points at the characters that spell it, as for quoted scalars
// (quoted-offsets.ts). YAML 1.2.2 §8.1.1 (the header: style, then an indentation indicator and a chomping
// indicator in either order), §8.1.1.2 (chomping: strip drops the final line break and the trailing empty
// lines, clip keeps the final break only, keep keeps them all), §8.1.2 (literal: every line break is kept)
// and §8.1.3 (folded: a break between two lines that do not start with white space reads as one space, or
// as one line feed per empty line between them; around a more-indented line every break is kept). Line
// breaks read as line feeds whatever the file writes (§5.4). Pure; it answers only when what it decodes is
// the value the parser read, so a reading this does not know falls back to the whole scalar.
import type { QuotedOffsets } from "./quoted-offsets.js";

interface Line {
  /** Offset of the line's first character in the raw scalar. */
  start: number;
  /** Offset where its line break starts (its end when it has none). */
  textEnd: number;
  /** Offset after its line break (textEnd when none: the last line of the file). */
  breakEnd: number;
  /** The spaces it starts with. */
  spaces: number;
}

/**
 * Decodes a block scalar as written from its header (`|`, `>`, with indicators) through its last line
 * break and trailing blank lines, with the source range of each unit of its value; null unless the decoding
 * with some content indentation gives `expected`, the parser's value.
 *
 * Linear in the scalar's length whatever its header: the file may be 1 MB of one record, and a finding in
 * it must not cost a decoding per indentation tried (64 of them made a 1 MB `|1` scalar take 45 s to lint).
 */
export function blockOffsets(raw: string, expected: string): QuotedOffsets | null {
  const style = raw[0];
  if (style !== "|" && style !== ">") return null;
  let i = 1;
  let chomp: "strip" | "clip" | "keep" = "clip";
  let explicit = 0;
  for (let k = 0; k < 2; k++) {
    const c = raw[i];
    if (c === "-" || c === "+") {
      chomp = c === "-" ? "strip" : "keep";
      i++;
    } else if (c !== undefined && c >= "1" && c <= "9" && explicit === 0) {
      explicit = Number(c);
      i++;
    }
  }
  // The rest of the header line: blanks and a comment only.
  const length = raw.length;
  while (raw[i] === " " || raw[i] === "\t") i++;
  if (raw[i] === "#") while (i < length && raw[i] !== "\n" && raw[i] !== "\r") i++;
  if (raw[i] !== "\n" && raw[i] !== "\r") return null;
  i += raw[i] === "\r" && raw[i + 1] === "\n" ? 2 : 1;
  const lines: Line[] = [];
  while (i < length) {
    let spaces = 0;
    while (raw[i + spaces] === " ") spaces++;
    let j = i + spaces;
    while (j < length && raw[j] !== "\n" && raw[j] !== "\r") j++;
    const breakEnd = j >= length ? j : raw[j] === "\r" && raw[j + 1] === "\n" ? j + 2 : j + 1;
    lines.push({ start: i, textEnd: j, breakEnd, spaces });
    i = breakEnd;
  }
  const first = lines.findIndex((line) => line.start + line.spaces < line.textEnd);
  if (first < 0) return null;
  const widest = lines[first]!.spaces;
  // The indentation the parser used: auto-detected it is the first text line's (§8.1.1.1); given by an
  // indicator it is relative to the parent's, which is not known here. It is read off the value instead:
  // before its first character that is neither a space nor a line feed, the value holds one line feed per
  // line before the first text line, the spaces such a line has beyond the indentation, and those of the
  // first text line beyond it; a count that falls as the indentation grows, so one indentation at most
  // gives the parser's count, found by halving, and only that one is decoded.
  let at = 0;
  while (at < expected.length && (expected[at] === " " || expected[at] === "\n")) at++;
  const before = (indent: number) => {
    let n = first + widest - indent;
    for (let k = 0; k < first; k++) n += Math.max(0, lines[k]!.spaces - indent);
    return n;
  };
  let low = explicit > 0 ? 1 : widest;
  let high = widest;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(middle) > at) low = middle + 1;
    else high = middle;
  }
  if (low < 1 || before(low) !== at) return null;
  return decode(raw, lines, low, style === ">", chomp, expected);
}

/** The value read with content indentation `indent`, traced; null as soon as it differs from `expected`. */
function decode(raw: string, lines: readonly Line[], indent: number, folded: boolean, chomp: "strip" | "clip" | "keep", expected: string): QuotedOffsets | null {
  const start: number[] = [];
  const end: number[] = [];
  let matches = true;
  /** One unit of the value, read from [from, to) of the raw scalar: kept while the value is the parser's. */
  const push = (unit: string, from: number, to: number) => {
    if (expected[start.length] !== unit) matches = false;
    start.push(from);
    end.push(to);
  };
  // A line break is traced to its first character (a CRLF's CR), as quoted-offsets.ts traces one.
  const lineFeed = (line: Line) => {
    if (line.breakEnd > line.textEnd) push("\n", line.textEnd, line.textEnd + 1);
  };
  /** Empty lines since the last text line. */
  let empty: Line[] = [];
  let previous: { line: Line; spaced: boolean } | null = null;
  for (const line of lines) {
    const spaces = line.spaces;
    const blank = line.start + spaces === line.textEnd;
    if (blank && spaces <= indent) {
      empty.push(line);
      continue;
    }
    // Less indented text ends the scalar: not the value the parser read from this raw text.
    if (spaces < indent) return null;
    const from = line.start + indent;
    const spaced = raw[from] === " " || raw[from] === "\t";
    if (previous === null) {
      for (const e of empty) lineFeed(e);
    } else if (folded && !previous.spaced && !spaced) {
      // §8.1.3: folded between two lines of text: one space, or a line feed per empty line.
      if (empty.length === 0) push(" ", previous.line.textEnd, previous.line.textEnd + 1);
      else for (const e of empty) lineFeed(e);
    } else {
      lineFeed(previous.line);
      for (const e of empty) lineFeed(e);
    }
    empty = [];
    for (let k = from; k < line.textEnd; k++) push(raw[k]!, k, k + 1);
    if (!matches) return null;
    previous = { line, spaced };
  }
  if (previous === null) return null;
  // §8.1.1.2: what follows the last line of text.
  if (chomp !== "strip") lineFeed(previous.line);
  if (chomp === "keep") for (const e of empty) lineFeed(e);
  return matches && start.length === expected.length ? { value: expected, start, end } : null;
}
