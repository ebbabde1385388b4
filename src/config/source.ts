// Reading a YAML file with positions. Everything that can go wrong with the bytes or the syntax becomes a
// LoadProblem with a line and column (design.md §8 "Trust"): nothing here throws on bad input.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { Path } from "../model/types.js";

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface LoadProblem {
  ruleId: string;
  messageId: string;
  data: Record<string, string | number>;
  position: Position;
  path?: Path;
}

export interface SourceFile {
  file: string;
  text: string;
  doc: Document.Parsed | null;
  lineCounter: LineCounter;
  /** The plain JS value of the document, or undefined when it could not be built. */
  value: unknown;
  problems: LoadProblem[];
}

/** Domain files are a few kilobytes; anything past this is not a domain file (or an attack). */
export const MAX_FILE_BYTES = 1024 * 1024;
const MAX_ALIAS_COUNT = 100;
const MAX_NESTING = 64;

const START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Parses bytes already read (the caller checked the size). Pure. */
export function parseSource(file: string, bytes: Uint8Array): SourceFile {
  const lineCounter = new LineCounter();
  const problems: LoadProblem[] = [];
  const empty = (text = ""): SourceFile => ({ file, text, doc: null, lineCounter, value: undefined, problems });

  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    problems.push({ ruleId: "file-binary", messageId: "nul", data: { offset: nul }, position: START });
    return empty();
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    problems.push({ ruleId: "file-binary", messageId: "encoding", data: {}, position: START });
    return empty();
  }
  if (text.charCodeAt(0) === 0xfeff) {
    problems.push({ ruleId: "file-bom", messageId: "bom", data: {}, position: START });
    text = text.slice(1);
  }
  const crlf = text.indexOf("\r\n");
  if (crlf >= 0) {
    const line = text.slice(0, crlf).split("\n").length;
    problems.push({ ruleId: "file-crlf", messageId: "crlf", data: {}, position: { line, column: crlf - text.lastIndexOf("\n", crlf - 1), endLine: line, endColumn: crlf - text.lastIndexOf("\n", crlf - 1) + 1 } });
  }
  const depth = flowNestingDepth(text);
  if (depth > MAX_NESTING) {
    problems.push({ ruleId: "file-syntax", messageId: "tooDeep", data: { depth, max: MAX_NESTING }, position: START });
    return empty(text);
  }

  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  for (const error of doc.errors) {
    const [start, end] = error.pos;
    const position = span(lineCounter, start, Math.max(end, start + 1));
    const firstLine = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    if (error.code === "DUPLICATE_KEY") {
      // The parser points at the key's first character; the key is the token that starts there.
      const key = /^("[^"\n]*"|'[^'\n]*'|[^:\n]*?)(?=\s*:)/.exec(text.slice(start))?.[1] ?? text.slice(start, end);
      problems.push({ ruleId: "file-duplicate-key", messageId: "duplicate", data: { key }, position: span(lineCounter, start, start + key.length) });
    } else if (error.code === "TAB_AS_INDENT" || /tab/i.test(firstLine) || text.slice(lineStart(text, start), start).includes("\t")) {
      problems.push({ ruleId: "file-syntax", messageId: "tab", data: { detail: firstLine }, position });
    } else {
      problems.push({ ruleId: "file-syntax", messageId: "syntax", data: { detail: firstLine }, position });
    }
  }
  if (doc.errors.length > 0) return { file, text, doc, lineCounter, value: undefined, problems };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const isAliasBomb = error instanceof ReferenceError && /alias/i.test(error.message);
    problems.push({
      ruleId: "file-syntax",
      messageId: isAliasBomb ? "aliasBomb" : "syntax",
      data: { detail: error instanceof Error ? error.message : String(error), max: MAX_ALIAS_COUNT },
      position: START,
    });
    return { file, text, doc, lineCounter, value: undefined, problems };
  }
  findControlCharacters(doc, lineCounter, problems);
  return { file, text, doc, lineCounter, value, problems };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** Depth of `[`/`{` nesting outside quotes: a cheap guard before a recursive parser sees the text. */
function flowNestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "#") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
    } else if (c === "[" || c === "{") max = Math.max(max, ++depth);
    else if (c === "]" || c === "}") depth = Math.max(0, depth - 1);
  }
  return max;
}

// C0 controls (but tab and line breaks) and DEL have no place in DNS text records: a TXT written with them
// is almost certainly a copy-paste accident, and OVH's API rejects or mangles them.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function findControlCharacters(doc: Document.Parsed, lineCounter: LineCounter, problems: LoadProblem[]): void {
  const visit = (node: unknown, depth: number): void => {
    if (depth > MAX_NESTING) return;
    if (isScalar(node)) {
      if (typeof node.value === "string") {
        const match = CONTROL.exec(node.value);
        if (match && node.range) {
          const code = match[0].charCodeAt(0).toString(16).padStart(4, "0").toUpperCase();
          problems.push({ ruleId: "file-control-character", messageId: "control", data: { code: `U+${code}` }, position: span(lineCounter, node.range[0], node.range[1]) });
        }
      }
    } else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) visit(item, depth + 1);
    } else if (isPair(node)) {
      visit(node.key, depth + 1);
      visit(node.value, depth + 1);
    }
  };
  visit(doc.contents, 0);
}

export function span(lineCounter: LineCounter, start: number, end: number): Position {
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(Math.max(start, end));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/** The node at `path`, or the deepest existing ancestor; `key` returns the key node of the last step. */
export function nodeAt(doc: Document.Parsed, path: Path, key = false): { node: Node | null; exact: boolean } {
  let current: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    const last = i === path.length - 1;
    if (isMap(current)) {
      const pair = current.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return { node: current as Node, exact: false };
      if (last && key) return { node: pair.key as Node, exact: true };
      if (pair.value === null || pair.value === undefined) return { node: pair.key as Node, exact: last };
      current = pair.value;
    } else if (isSeq(current) && typeof step === "number") {
      const item = current.items[step];
      if (item === undefined || item === null) return { node: current as Node, exact: false };
      current = item;
    } else {
      return { node: (current as Node) ?? null, exact: false };
    }
  }
  return { node: (current as Node) ?? null, exact: true };
}

/**
 * Where a path (and optionally a [start, end) range inside the scalar's string value) sits in the file.
 * Ranges are mapped exactly when the scalar's source is its value (plain, or quoted without escapes on
 * one line); otherwise the whole scalar is given.
 */
export function locate(source: SourceFile, path: Path, range?: readonly [number, number], key = false): Position {
  if (!source.doc) return START;
  const { node } = nodeAt(source.doc, path, key);
  if (!node?.range) return START;
  const [start, valueEnd] = node.range;
  if (range && isScalar(node) && typeof node.value === "string") {
    const raw = source.text.slice(start, valueEnd);
    const value = node.value;
    let offset: number | null = null;
    if (node.type === "PLAIN" && raw === value) offset = 0;
    else if ((node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") && raw.slice(1, -1) === value) offset = 1;
    if (offset !== null) {
      const from = Math.min(range[0], value.length);
      const to = Math.min(Math.max(range[1], from), value.length);
      return span(source.lineCounter, start + offset + from, start + offset + to);
    }
  }
  return span(source.lineCounter, start, valueEnd);
}
