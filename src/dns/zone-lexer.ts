// The lexical layer of master files (RFC 1035 §5.1): entries (one per record or directive, parentheses
// joining lines), tokens with their escapes read, comments dropped. Pure; it never throws.
import type { ZoneFileError } from "./types.js";

export interface Token {
  /** Unescaped text (UTF-8). */
  text: string;
  /** Unescaped octets: what goes on the wire for a character-string. */
  bytes: Buffer;
  /** The token as written (without its quotes): names are read from it, so "a\.b" stays one label. */
  raw: string;
  quoted: boolean;
  line: number;
  column: number;
}

export interface Entry {
  tokens: Token[];
  /** The entry started with blank space: the owner is the previous one (RFC 1035 §5.1). */
  blankOwner: boolean;
}

function isBlank(ch: string): boolean {
  return ch === " " || ch === "\t" || ch === "\r";
}

export interface TokenizeOptions {
  /** Line and column of the text's first character (a $GENERATE line expanded in place). */
  firstLine?: number;
  firstColumn?: number;
}

/** Split the text into entries (one per record, parentheses joining lines), unescaping tokens. */
export function tokenize(text: string, errors: ZoneFileError[], options: TokenizeOptions = {}): Entry[] {
  const entries: Entry[] = [];
  let line = options.firstLine ?? 1;
  // Columns count from 1; a text expanded in place starts at its own column.
  let lineStart = 1 - (options.firstColumn ?? 1);
  let depth = 0;
  let parenLine = 0;
  let parenColumn = 0;
  let current: Entry | null = null;
  let i = 0;
  const n = text.length;

  const column = (at: number) => at - lineStart + 1;
  const endEntry = () => {
    if (current && current.tokens.length > 0) entries.push(current);
    current = null;
  };

  /** Read an escape at text[at] === "\\"; returns the octets and the index after it. */
  const readEscape = (at: number): { bytes: Buffer; next: number } => {
    const digits = /^\d{3}/.exec(text.slice(at + 1, at + 4));
    if (digits) {
      const value = Number(digits[0]);
      if (value > 255) errors.push({ line, column: column(at), message: `escape \\${digits[0]} is not an octet (000-255)` });
      return { bytes: Buffer.from([value & 0xff]), next: at + 4 };
    }
    if (at + 1 >= n || text[at + 1] === "\n") {
      errors.push({ line, column: column(at), message: "a backslash at the end of a line escapes nothing" });
      return { bytes: Buffer.alloc(0), next: at + 1 };
    }
    const cp = text.codePointAt(at + 1)!;
    const ch = String.fromCodePoint(cp);
    return { bytes: Buffer.from(ch, "utf8"), next: at + 1 + ch.length };
  };

  while (i < n) {
    const ch = text[i]!;
    if (current === null) {
      current = { tokens: [], blankOwner: isBlank(ch) };
    }
    if (ch === "\n") {
      line++;
      lineStart = i + 1;
      i++;
      if (depth === 0) endEntry();
      continue;
    }
    if (isBlank(ch)) {
      i++;
      continue;
    }
    if (ch === ";") {
      while (i < n && text[i] !== "\n") i++;
      continue;
    }
    if (ch === "(") {
      if (depth === 0) {
        parenLine = line;
        parenColumn = column(i);
      }
      depth++;
      i++;
      continue;
    }
    if (ch === ")") {
      if (depth === 0) errors.push({ line, column: column(i), message: 'unbalanced ")"' });
      else depth--;
      i++;
      continue;
    }
    const startLine = line;
    const startColumn = column(i);
    const chunks: Buffer[] = [];
    if (ch === '"') {
      i++;
      const start = i;
      let run = i;
      let closed = false;
      while (i < n) {
        const c = text[i]!;
        if (c === '"') {
          closed = true;
          break;
        }
        if (c === "\n") break;
        if (c === "\\") {
          chunks.push(Buffer.from(text.slice(run, i), "utf8"));
          const escape = readEscape(i);
          chunks.push(escape.bytes);
          i = escape.next;
          run = i;
          continue;
        }
        i++;
      }
      chunks.push(Buffer.from(text.slice(run, i), "utf8"));
      const raw = text.slice(start, i);
      if (closed) i++;
      else errors.push({ line: startLine, column: startColumn, message: "quoted string is not closed on this line" });
      const bytes = Buffer.concat(chunks);
      current.tokens.push({ text: bytes.toString("utf8"), bytes, raw, quoted: true, line: startLine, column: startColumn });
      continue;
    }
    const start = i;
    let run = i;
    while (i < n) {
      const c = text[i]!;
      if (c === "\n" || isBlank(c) || c === ";" || c === "(" || c === ")" || c === '"') break;
      if (c === "\\") {
        chunks.push(Buffer.from(text.slice(run, i), "utf8"));
        const escape = readEscape(i);
        chunks.push(escape.bytes);
        i = escape.next;
        run = i;
        continue;
      }
      i++;
    }
    chunks.push(Buffer.from(text.slice(run, i), "utf8"));
    const bytes = Buffer.concat(chunks);
    current.tokens.push({ text: bytes.toString("utf8"), bytes, raw: text.slice(start, i), quoted: false, line: startLine, column: startColumn });
  }
  if (depth > 0) errors.push({ line: parenLine, column: parenColumn, message: '"(" is never closed' });
  endEntry();
  return entries;
}
