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
}

/** The widest content indentation tried (the candidates run down from the first text line's own). */
const MAX_INDENT = 64;

/**
 * Decodes a block scalar as written from its header (`|`, `>`, with indicators) through its last line
 * break and trailing blank lines, with the source range of each unit of its value; null unless the decoding
 * with some content indentation gives `expected`, the parser's value.
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
  while (raw[i] === " " || raw[i] === "\t") i++;
  if (raw[i] === "#") while (i < raw.length && raw[i] !== "\n" && raw[i] !== "\r") i++;
  if (raw[i] !== "\n" && raw[i] !== "\r") return null;
  i += raw[i] === "\r" && raw[i + 1] === "\n" ? 2 : 1;
  const lines: Line[] = [];
  while (i < raw.length) {
    let j = i;
    while (j < raw.length && raw[j] !== "\n" && raw[j] !== "\r") j++;
    const breakEnd = j >= raw.length ? j : raw[j] === "\r" && raw[j + 1] === "\n" ? j + 2 : j + 1;
    lines.push({ start: i, textEnd: j, breakEnd });
    i = breakEnd;
  }
  const leading = (line: Line) => {
    let n = 0;
    while (line.start + n < line.textEnd && raw[line.start + n] === " ") n++;
    return n;
  };
  const firstText = lines.find((line) => leading(line) < line.textEnd - line.start);
  if (!firstText) return null;
  // The indentation the parser used: auto-detected it is the first text line's (§8.1.1.1); given by an
  // indicator it is relative to the parent's, which is not known here, so each narrower one is tried, and
  // only the one that reads the parser's value is taken.
  const widest = Math.min(leading(firstText), MAX_INDENT);
  for (let indent = widest; indent >= (explicit > 0 ? 1 : widest); indent--) {
    const decoded = decode(raw, lines, indent, style === ">", chomp);
    if (decoded && decoded.value === expected) return decoded;
  }
  return null;
}

function decode(raw: string, lines: readonly Line[], indent: number, folded: boolean, chomp: "strip" | "clip" | "keep"): QuotedOffsets | null {
  const value: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const push = (text: string, from: number, to: number) => {
    value.push(text);
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
    let spaces = 0;
    while (line.start + spaces < line.textEnd && raw[line.start + spaces] === " ") spaces++;
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
    previous = { line, spaced };
  }
  if (previous === null) return null;
  // §8.1.1.2: what follows the last line of text.
  if (chomp !== "strip") lineFeed(previous.line);
  if (chomp === "keep") for (const e of empty) lineFeed(e);
  return { value: value.join(""), start, end };
}
