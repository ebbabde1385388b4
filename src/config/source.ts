// Reading a YAML file with positions. Everything that can go wrong with the bytes or the syntax becomes a
// LoadProblem with a line and column (bad input gets a clear error, never a crash): nothing here throws on bad input.
//
// js-yaml does the parsing (it is several times faster than the alternatives, which matters at 10,000
// domains); its `listener` hook gives each node's source offsets, from which we keep a small tree of
// positions so findings can point at the exact key, value or character.
import yaml from "js-yaml";
import { codePointName } from "../model/show.js";
import type { Path } from "../model/types.js";
import { blockOffsets } from "./block-offsets.js";
import { quotedOffsets, type QuotedOffsets } from "./quoted-offsets.js";

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

/**
 * Every YAML node's place in the text, as flat arrays indexed by node number (nodes are numbered in
 * document order, so a node's children follow it): a tree of objects would cost an allocation per node,
 * which at 10,000 files is most of the garbage collector's work. Offsets are trimmed of blanks, anchors
 * and tags. Mapping children alternate key, value.
 */
export interface PositionTree {
  start: number[];
  end: number[];
  kind: NodeKind[];
  parent: number[];
  result: unknown[];
}

type NodeKind = "mapping" | "sequence" | "scalar" | "null";

export interface SourceFile {
  file: string;
  text: string;
  tree: PositionTree | null;
  /** The plain JS value of the document, or undefined when it could not be built. */
  value: unknown;
  problems: LoadProblem[];
  lineStarts?: number[];
}

/** Domain files are a few kilobytes; anything past this is not a domain file (or an attack). */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Nodes a document may expand to once aliases are followed; past this it is an alias bomb. */
const MAX_EXPANDED_NODES = 100_000;
const MAX_NESTING = 64;

const START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export function positionOf(source: Pick<SourceFile, "text" | "lineStarts">, offset: number): { line: number; column: number } {
  let starts = source.lineStarts;
  if (!starts) {
    starts = [0];
    for (let i = source.text.indexOf("\n"); i >= 0; i = source.text.indexOf("\n", i + 1)) starts.push(i + 1);
    (source as SourceFile).lineStarts = starts;
  }
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

export function span(source: Pick<SourceFile, "text" | "lineStarts">, start: number, end: number): Position {
  const a = positionOf(source, start);
  const b = positionOf(source, Math.max(start, end));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/** Strict UTF-8 (a wrong byte is an error, not U+FFFD); one decoder serves every file. */
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Parses bytes already read (the caller checked the size). Pure. */
export function parseSource(file: string, bytes: Uint8Array): SourceFile {
  const problems: LoadProblem[] = [];
  const source: SourceFile = { file, text: "", tree: null, value: undefined, problems };

  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    problems.push({ ruleId: "file-binary", messageId: "nul", data: { offset: nul }, position: START });
    return source;
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    problems.push({ ruleId: "file-binary", messageId: "encoding", data: {}, position: START });
    return source;
  }
  if (text.charCodeAt(0) === 0xfeff) {
    problems.push({ ruleId: "file-bom", messageId: "bom", data: {}, position: START });
    text = text.slice(1);
  }
  source.text = text;
  const crlf = text.indexOf("\r\n");
  if (crlf >= 0) problems.push({ ruleId: "file-crlf", messageId: "crlf", data: {}, position: span(source, crlf, crlf + 1) });
  const depth = moreOpenersThan(text, MAX_NESTING) ? flowNestingDepth(text) : 0;
  if (depth > MAX_NESTING) {
    problems.push({ ruleId: "file-syntax", messageId: "tooDeep", data: { depth, max: MAX_NESTING }, position: START });
    return source;
  }

  const tree: PositionTree = { start: [], end: [], kind: [], parent: [], result: [] };
  const open: number[] = [];
  let value: unknown;
  try {
    value = yaml.load(text, {
      filename: file,
      schema: yaml.CORE_SCHEMA,
      listener(event, state) {
        if (event === "open") {
          if (open.length > MAX_NESTING + 2) throw new NestingError();
          const index = tree.start.length;
          tree.start.push(state.position);
          tree.end.push(state.position);
          tree.kind.push("null");
          tree.parent.push(open.length ? open[open.length - 1]! : -1);
          tree.result.push(undefined);
          open.push(index);
        } else {
          const index = open.pop()!;
          tree.end[index] = state.position;
          tree.kind[index] = (state.kind as NodeKind | null) ?? "null";
          tree.result[index] = state.result;
          trim(text, tree, index);
        }
      },
    });
  } catch (error) {
    problems.push(syntaxProblem(source, error));
    return source;
  }
  // Without an alias (`*`) every node is in the tree once, so the tree's size bounds the expanded size.
  const mayExpand = tree.start.length > MAX_EXPANDED_NODES || text.includes("*");
  if (mayExpand && expandedSize(value, MAX_EXPANDED_NODES) > MAX_EXPANDED_NODES) {
    problems.push({ ruleId: "file-syntax", messageId: "aliasBomb", data: { max: MAX_EXPANDED_NODES }, position: START });
    return source;
  }
  // js-yaml turns a mapping or a list used as a key into the text "[object Object]" or "a,b": refused here,
  // at the key, so no message ever quotes that text as if the user had written it.
  const complexKey = findComplexKey(tree, text);
  if (complexKey !== null) {
    const detail = `a ${tree.kind[complexKey] === "sequence" ? "list" : "mapping"} is used as a key: keys are plain text such as 'domain'`;
    problems.push({ ruleId: "file-syntax", messageId: "syntax", data: { detail }, position: span(source, tree.start[complexKey]!, tree.end[complexKey]!) });
    return source;
  }
  // A single-pair mapping inside a flow list (`[? {a: 1}: b]`) has no node of its own in the tree: found by
  // its key's text instead, unless the file itself says "[object Object]".
  if (text.includes("?") && !text.includes("[object Object]") && hasObjectKey(value)) {
    const detail = "a mapping is used as a key: keys are plain text such as 'domain'";
    problems.push({ ruleId: "file-syntax", messageId: "syntax", data: { detail }, position: START });
    return source;
  }
  source.tree = tree.start.length ? tree : null;
  source.value = value;
  findControlCharacters(source, tree, problems);
  return source;
}

/** Whether any mapping in the value has the key "[object Object]" (what js-yaml makes of a mapping key). */
function hasObjectKey(value: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== "object" || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) for (const item of v) stack.push(item);
    else
      for (const [key, item] of Object.entries(v)) {
        if (key === "[object Object]") return true;
        stack.push(item);
      }
  }
  return false;
}

/** The first key node that is a mapping or a list (`? {a: 1}`, `{[a]: b}`), or null. Linear in the nodes. */
function findComplexKey(tree: PositionTree, text: string): number | null {
  // Such a key needs the explicit `?` or a flow collection: without either character there is none.
  if (!text.includes("?") && !text.includes("{") && !text.includes("[")) return null;
  const children: number[][] = tree.parent.map(() => []);
  tree.parent.forEach((parent, i) => {
    if (parent >= 0) children[parent]!.push(i);
  });
  for (let i = 0; i < tree.kind.length; i++) {
    if (tree.kind[i] !== "mapping") continue;
    let own = children[i]!;
    // js-yaml wraps some collections twice (see childrenOf): look through the wrapper.
    while (own.length === 1 && tree.kind[own[0]!] === "mapping") own = children[own[0]!]!;
    for (let k = 0; k < own.length; k += 2) {
      const kind = tree.kind[own[k]!];
      if (kind === "mapping" || kind === "sequence") return own[k]!;
    }
  }
  return null;
}

class NestingError extends Error {}

function syntaxProblem(source: SourceFile, error: unknown): LoadProblem {
  if (error instanceof NestingError || error instanceof RangeError) {
    return { ruleId: "file-syntax", messageId: "tooDeep", data: { depth: MAX_NESTING + 1, max: MAX_NESTING }, position: START };
  }
  const e = error as { reason?: string; mark?: { position: number }; message?: string };
  const reason = e.reason ?? e.message ?? String(error);
  const at = Math.min(e.mark?.position ?? 0, source.text.length);
  if (/duplicated mapping key/.test(reason)) {
    // js-yaml marks the key's start; the key is the token that starts there.
    const key = /^("[^"\n]*"|'[^'\n]*'|[^:\n]*?)(?=\s*:)/.exec(source.text.slice(at))?.[1] ?? "";
    return { ruleId: "file-duplicate-key", messageId: "duplicate", data: { key }, position: span(source, at, at + key.length) };
  }
  if (/expected a single document/.test(reason)) {
    // js-yaml gives no position for this one: point at the line that starts the second document.
    const at = secondDocumentStart(source.text);
    const end = /^(?:---|\.\.\.)/.test(source.text.slice(at, at + 3)) ? at + 3 : at + 1;
    return { ruleId: "file-syntax", messageId: "secondDocument", data: {}, position: span(source, at, end) };
  }
  // js-yaml marks the end of a scalar holding a raw control character; point at the character itself.
  const control = CONTROL.exec(source.text);
  if (control && /printable|JSON character/i.test(reason)) {
    return { ruleId: "file-syntax", messageId: "syntax", data: { detail: `raw control character ${codePointName(control[0])} (not allowed in YAML text): remove it` }, position: span(source, control.index, control.index + 1) };
  }
  const position = span(source, at, at + 1);
  if (/tab/i.test(reason)) return { ruleId: "file-syntax", messageId: "tab", data: { detail: reason }, position };
  return { ruleId: "file-syntax", messageId: "syntax", data: { detail: reason }, position };
}

/**
 * Where a stream's second document starts (YAML 1.2 §9.1, §9.2): a `---` marker once the first document has
 * started (by its own marker or by content), or the first content after a `...` end marker. Markers sit at
 * column 0, where no block scalar's content can be, so reading line by line is exact. 0 when none is found.
 */
export function secondDocumentStart(text: string): number {
  let started = false;
  let ended = false;
  for (let at = 0; at < text.length; ) {
    const next = text.indexOf("\n", at);
    const end = next < 0 ? text.length : next + 1;
    const line = text.slice(at, end);
    if (/^---(?:[ \t\r\n]|$)/.test(line)) {
      if (started) return at;
      started = true;
    } else if (/^\.\.\.(?:[ \t\r\n]|$)/.test(line)) {
      if (started) ended = true;
    } else if (!/^[ \t]*(?:#.*)?\r?\n?$/.test(line) && !(line.startsWith("%") && !started)) {
      // Content (a directive before any document is not).
      if (ended) return at;
      started = true;
    }
    at = end;
  }
  return 0;
}

const isBlank = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/** Trims blanks, anchors and tags off a node's range. */
function trim(text: string, tree: PositionTree, index: number): void {
  let start = tree.start[index]!;
  let end = tree.end[index]!;
  const scalar = tree.kind[index] === "scalar";
  for (;;) {
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    const c = text.charCodeAt(start);
    if (start >= end || (c !== 38 /* & */ && c !== 33) /* ! */) break;
    let i = start + 1;
    while (i < end && !isBlank(text.charCodeAt(i)) && !",[]{}".includes(text[i]!)) i++;
    if (scalar && i < end && !isBlank(text.charCodeAt(i))) break;
    start = i;
  }
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  tree.start[index] = start;
  tree.end[index] = end;
}

/**
 * What a tree is asked again and again, built once per tree (a tree is not changed once parsed): each
 * node's children in order, and for each mapping looked into, its keys' positions. Each finding of a file
 * is located in its tree (locate); looking through every node for each one made a 190 KB file of 20,000
 * unknown keys take 80 s to lint, and a 1 MiB one (the largest read) most of an hour.
 */
interface TreeIndex {
  children: number[][];
  /** Per mapping node: its key's text → the index in childrenOf of the last key so written (a later duplicate wins). */
  keys: Map<number, Map<string, number>>;
}
const INDEXES = new WeakMap<PositionTree, TreeIndex>();

function indexOf(tree: PositionTree): TreeIndex {
  let index = INDEXES.get(tree);
  if (!index) {
    const children: number[][] = tree.parent.map(() => []);
    // A node opens after its parent, so each list comes out in order.
    tree.parent.forEach((parent, i) => {
      if (parent >= 0) children[parent]!.push(i);
    });
    index = { children, keys: new Map() };
    INDEXES.set(tree, index);
  }
  return index;
}

/**
 * Trees up to this many nodes (every domain file of the benchmark, and most real ones) are searched
 * directly: indexing them cost lint 1.19x its CPU time and 35 MiB of peak on 10,000 files (7 pairs); only
 * a larger tree, where a search per finding would be quadratic, is indexed.
 */
const INDEX_FROM_NODES = 512;

/** The children of a node, in order; js-yaml wraps some collections twice: the wrapper is skipped. */
function childrenOf(tree: PositionTree, index: number): number[] {
  let children: number[];
  if (tree.parent.length < INDEX_FROM_NODES) {
    children = [];
    for (let i = index + 1; i < tree.parent.length; i++) if (tree.parent[i] === index) children.push(i);
  } else children = indexOf(tree).children[index] ?? [];
  if (children.length === 1 && tree.kind[children[0]!] === tree.kind[index] && tree.kind[index] !== "scalar") return childrenOf(tree, children[0]!);
  return children;
}

/** Where, in a mapping node's children, the key written `step` is (the last such key), or -1. */
function keyAt(tree: PositionTree, mapping: number, children: readonly number[], step: string): number {
  if (tree.parent.length < INDEX_FROM_NODES) {
    let found = -1;
    for (let k = 0; k + 1 < children.length; k += 2) if (String(tree.result[children[k]!]) === step) found = k;
    return found;
  }
  const keys = indexOf(tree).keys;
  let found = keys.get(mapping);
  if (!found) {
    found = new Map();
    for (let k = 0; k + 1 < children.length; k += 2) found.set(String(tree.result[children[k]!]), k);
    keys.set(mapping, found);
  }
  return found.get(step) ?? -1;
}

/** Whether the text has more than `limit` of `[` and `{` in all: if not, no nesting can be deeper. */
function moreOpenersThan(text: string, limit: number): boolean {
  let count = 0;
  for (const opener of ["[", "{"]) {
    for (let i = text.indexOf(opener); i >= 0; i = text.indexOf(opener, i + 1)) if (++count > limit) return true;
  }
  return false;
}

/** Depth of `[`/`{` nesting outside quotes and comments: a cheap guard before a recursive parser runs. */
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

/** How many nodes the value has once every alias is expanded (memoised, so it is cheap even for bombs). */
function expandedSize(value: unknown, limit: number): number {
  const memo = new Map<object, number>();
  const size = (v: unknown, depth: number): number => {
    if (v === null || typeof v !== "object") return 1;
    const known = memo.get(v);
    if (known !== undefined) return known;
    if (depth > MAX_NESTING * 2) return limit + 1;
    let total = 1;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      total += size(child, depth + 1);
      if (total > limit) break;
    }
    memo.set(v, total);
    return total;
  };
  return size(value, 0);
}

// C0 controls (but tab and line breaks) and DEL have no place in DNS text records: a TXT written with them
// is almost certainly a copy-paste accident, and OVH's API rejects or mangles them.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function findControlCharacters(source: SourceFile, tree: PositionTree, problems: LoadProblem[]): void {
  // A scalar's value holds a control character only if the text does or an escape (`\x07`) makes one.
  if (!CONTROL.test(source.text) && !source.text.includes("\\")) return;
  for (let i = 0; i < tree.kind.length; i++) {
    const result = tree.result[i];
    if (tree.kind[i] !== "scalar" || typeof result !== "string") continue;
    const match = CONTROL.exec(result);
    if (match) {
      problems.push({ ruleId: "file-control-character", messageId: "control", data: { code: codePointName(match[0]) }, position: span(source, tree.start[i]!, tree.end[i]!) });
    }
  }
}

/** The node at `path`, or the deepest existing ancestor; `key` returns the key node of the last step. */
export function nodeAt(tree: PositionTree, path: Path, key = false): number {
  let current = 0;
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    const children = childrenOf(tree, current);
    const kind = tree.kind[current];
    if (kind === "mapping") {
      const found = keyAt(tree, current, children, String(step));
      if (found < 0) return current;
      const keyNode = children[found]!;
      if (i === path.length - 1 && key) return keyNode;
      const value = children[found + 1]!;
      // An empty value has no text of its own: point at its key.
      current = tree.kind[value] === "null" && tree.start[value]! >= tree.end[value]! ? keyNode : value;
    } else if (kind === "sequence" && typeof step === "number" && children[step] !== undefined) {
      current = children[step]!;
    } else {
      return current;
    }
  }
  return current;
}

/**
 * A block scalar's trace, made once per scalar: a record's findings each locate a range in it, and with an
 * indentation indicator the trace may decode it once per indentation tried.
 */
const blockTraces = new WeakMap<SourceFile, Map<number, QuotedOffsets | null>>();

function tracedBlock(source: SourceFile, start: number, end: number, value: string): QuotedOffsets | null {
  let traces = blockTraces.get(source);
  if (!traces) blockTraces.set(source, (traces = new Map()));
  let traced = traces.get(start);
  if (traced === undefined) traces.set(start, (traced = blockOffsets(source.text.slice(start, blockEnd(source.text, end)), value)));
  return traced;
}

/** Where a block scalar's text ends: past the line break after its range and the blank lines after that. */
function blockEnd(text: string, end: number): number {
  let at = end;
  for (;;) {
    let i = at;
    while (text[i] === " ") i++;
    if (i >= text.length) return i;
    if (text[i] === "\r" && text[i + 1] === "\n") at = i + 2;
    else if (text[i] === "\n" || text[i] === "\r") at = i + 1;
    else return at;
  }
}

/**
 * Where a path (and optionally a [start, end) range inside the scalar's string value) sits in the file.
 * Ranges are mapped exactly when the scalar's source is its value (plain, or quoted without escapes on
 * one line), a quoted scalar whose escapes and folded lines trace back to it (quoted-offsets.ts), or a
 * literal or folded block scalar that does (block-offsets.ts); otherwise the whole scalar is given.
 */
export function locate(source: SourceFile, path: Path, range?: readonly [number, number], key = false): Position {
  const tree = source.tree;
  if (!tree) return START;
  const node = nodeAt(tree, path, key);
  const start = tree.start[node]!;
  const end = tree.end[node]!;
  const result = tree.result[node];
  if (range && tree.kind[node] === "scalar" && typeof result === "string") {
    const raw = source.text.slice(start, end);
    const value = result;
    let offset: number | null = null;
    if (raw === value) offset = 0;
    else if ((raw[0] === '"' || raw[0] === "'") && raw.slice(1, -1) === value) offset = 1;
    if (offset !== null) {
      const from = Math.min(range[0], value.length);
      const to = Math.min(Math.max(range[1], from), value.length);
      return span(source, start + offset + from, start + offset + to);
    }
    // Block scalars (`|`, `>-`, `|2+`): traced through their last line break and trailing empty lines, which
    // the node's range leaves out but chomping may keep (block-offsets.ts).
    if (raw[0] === "|" || raw[0] === ">") {
      const block = tracedBlock(source, start, end, value);
      if (block) {
        const from = Math.min(range[0], value.length);
        const to = Math.min(Math.max(range[1], from), value.length);
        // An empty range at the end of the value sits after its last character.
        const first = from < value.length ? block.start[from]! : value.length > 0 ? block.end[value.length - 1]! : raw.length;
        const last = to > from ? block.end[to - 1]! : first;
        return span(source, start + first, start + last);
      }
    }
    // Escapes (`\t`, `\x41`, `''`) or folded lines: each character of the value is traced to the source that
    // spells it, when the trace reads the same value as the parser did.
    const traced = raw[0] === '"' || raw[0] === "'" ? quotedOffsets(raw) : null;
    if (traced && traced.value === value) {
      const from = Math.min(range[0], value.length);
      const to = Math.min(Math.max(range[1], from), value.length);
      // An empty range at the end of the value sits before the closing quote.
      const first = from < value.length ? traced.start[from]! : raw.length - 1;
      const last = to > from ? traced.end[to - 1]! : first;
      return span(source, start + first, start + last);
    }
  }
  return span(source, start, end);
}
