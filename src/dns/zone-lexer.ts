// The lexical layer of master files (RFC 1035 §5.1): entries (one per record or directive, parentheses
// joining lines), tokens with their escapes read, comments dropped. Pure; it never throws.
import type { ZoneFileError } from "./types.js";

export interface Token {
  /** Unescaped text (UTF-8). */
  text: string;
  /** Length of the unescaped octets: what goes on the wire for a character-string. */
  octets: number;
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

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d;
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

  /** Check an escape at text[at] === "\\" and return the index after it. */
  const readEscape = (at: number): { next: number } => {
    const digits = /^\d{3}/.exec(text.slice(at + 1, at + 4));
    if (digits) {
      if (Number(digits[0]) > 255) errors.push({ line, column: column(at), message: `escape \\${digits[0]} is not an octet (000-255)` });
      return { next: at + 4 };
    }
    if (at + 1 >= n || text[at + 1] === "\n") {
      errors.push({ line, column: column(at), message: "a backslash at the end of a line escapes nothing" });
      return { next: at + 1 };
    }
    return { next: at + 1 + String.fromCodePoint(text.codePointAt(at + 1)!).length };
  };

  while (i < n) {
    const ch = text.charCodeAt(i);
    if (current === null) {
      current = { tokens: [], blankOwner: isBlank(ch) };
    }
    if (ch === 0x0a) {
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
    if (ch === 0x3b) {
      // ";": a comment to the end of the line.
      const end = text.indexOf("\n", i);
      i = end === -1 ? n : end;
      continue;
    }
    if (ch === 0x28) {
      if (depth === 0) {
        parenLine = line;
        parenColumn = column(i);
      }
      depth++;
      i++;
      continue;
    }
    if (ch === 0x29) {
      if (depth === 0) errors.push({ line, column: column(i), message: 'unbalanced ")"' });
      else depth--;
      i++;
      continue;
    }
    const startLine = line;
    const startColumn = column(i);
    const quoted = ch === 0x22;
    if (quoted) i++;
    const start = i;
    // Most tokens hold no escape: their text is the slice as written, read without a copy per octet.
    let escaped = false;
    let closed = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (quoted) {
        if (c === 0x22) {
          closed = true;
          break;
        }
        if (c === 0x0a) break;
      } else if (c === 0x0a || c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3b || c === 0x28 || c === 0x29 || c === 0x22) {
        break;
      }
      if (c === 0x5c) {
        escaped = true;
        i = readEscape(i).next;
        continue;
      }
      i++;
    }
    const raw = text.slice(start, i);
    if (quoted) {
      if (closed) i++;
      else errors.push({ line: startLine, column: startColumn, message: "quoted string is not closed on this line" });
    }
    const token: Token = escaped ? unescapeToken(raw, startLine, startColumn, quoted) : { text: raw, octets: octetLength(raw), raw, quoted, line: startLine, column: startColumn };
    current.tokens.push(token);
  }
  if (depth > 0) errors.push({ line: parenLine, column: parenColumn, message: '"(" is never closed' });
  endEntry();
  return entries;
}

/** UTF-8 length of a text, without encoding it when it is ASCII; a long one (a DKIM key) is measured natively. */
function octetLength(text: string): number {
  if (text.length > 32) return Buffer.byteLength(text, "utf8");
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return Buffer.byteLength(text, "utf8");
  return text.length;
}

/** A token with escapes: "\DDD" is the octet DDD, "\X" is X (RFC 1035 §5.1); the scan has reported bad ones. */
function unescapeToken(raw: string, line: number, column: number, quoted: boolean): Token {
  const chunks: Buffer[] = [];
  let run = 0;
  for (let i = 0; i < raw.length; ) {
    if (raw.charCodeAt(i) !== 0x5c) {
      i++;
      continue;
    }
    chunks.push(Buffer.from(raw.slice(run, i), "utf8"));
    const digits = /^\d{3}/.exec(raw.slice(i + 1, i + 4));
    if (digits) {
      chunks.push(Buffer.from([Number(digits[0]) & 0xff]));
      i += 4;
    } else if (i + 1 < raw.length) {
      const ch = String.fromCodePoint(raw.codePointAt(i + 1)!);
      chunks.push(Buffer.from(ch, "utf8"));
      i += 1 + ch.length;
    } else {
      i++;
    }
    run = i;
  }
  chunks.push(Buffer.from(raw.slice(run), "utf8"));
  const bytes = Buffer.concat(chunks);
  return { text: bytes.toString("utf8"), octets: bytes.length, raw, quoted, line, column };
}
