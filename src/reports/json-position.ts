// Where a JSON text goes wrong, for messages that name a line and a column: JSON.parse says "at position N"
// in some Node versions and nothing at all in others ("Unexpected token 'o', ..."). Pure, and only run on a
// text that already failed (the syntax) or on a value found wrong (its place), never on the path of a good
// file. The grammar is RFC 8259's (§2 structure, §6 numbers, §7 strings).

/** The first place the text stops being JSON, and what was expected there; null when it is JSON. */
export interface JsonSyntaxError {
  offset: number;
  detail: string;
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]); // RFC 8259 §2: space, tab, line feed, carriage return
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

function skipWhitespace(text: string, i: number): number {
  while (i < text.length && WHITESPACE.has(text.charCodeAt(i))) i++;
  return i;
}

/** How a character is shown in a message: itself when printable, else its code point. */
function shown(text: string, i: number): string {
  const c = text.codePointAt(i)!;
  if (c <= 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0) || c === 0xfeff) return `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
  return c === 0x27 ? `"'"` : `'${String.fromCodePoint(c)}'`;
}

/** The end of the string starting at `i` (a quote), or an error inside it. */
function scanString(text: string, i: number): number | JsonSyntaxError {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return { offset: j, detail: `control character ${shown(text, j)} inside a string: write it as an escape (\\n, \\u0000)` };
    if (c === 0x5c) {
      const e = text[j + 1];
      if (e === "u") {
        HEX4.lastIndex = j + 2;
        if (!HEX4.test(text)) return { offset: j, detail: "\\u must be followed by four hexadecimal digits" };
        j += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j++;
      else return { offset: j, detail: "unknown escape in a string: only \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX" };
    }
  }
  return { offset: i, detail: "a string is not closed" };
}

/** The first syntax error of a text that is not JSON (RFC 8259); null when it is. Iterative: any depth. */
export function jsonSyntaxError(text: string): JsonSyntaxError | null {
  const open: number[] = []; // 0x7b "{" or 0x5b "["
  type Expect = "value" | "firstValue" | "key" | "firstKey" | "colon" | "after";
  let expect: Expect = "value";
  let i = 0;
  for (;;) {
    i = skipWhitespace(text, i);
    if (i >= text.length) {
      if (expect === "after" && open.length === 0) return null;
      if (open.length === 0) return { offset: i, detail: "the file holds no JSON value" };
      return { offset: i, detail: `the text ends inside ${open[open.length - 1] === 0x7b ? "an object" : "an array"}: it is cut short` };
    }
    const c = text.charCodeAt(i);
    if (expect === "value" || expect === "firstValue") {
      if (expect === "firstValue" && c === 0x5d) {
        open.pop();
        expect = "after";
        i++;
      } else if (c === 0x7b || c === 0x5b) {
        open.push(c);
        expect = c === 0x7b ? "firstKey" : "firstValue";
        i++;
      } else if (c === 0x22) {
        const end = scanString(text, i);
        if (typeof end !== "number") return end;
        i = end;
        expect = "after";
      } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        NUMBER.lastIndex = i;
        const match = NUMBER.exec(text);
        if (!match) return { offset: i, detail: "a number is not written as JSON writes one" };
        i += match[0].length;
        expect = "after";
      } else {
        const literal = ["true", "false", "null"].find((word) => text.startsWith(word, i));
        if (!literal) return { offset: i, detail: `${shown(text, i)} where a value was expected` };
        i += literal.length;
        expect = "after";
      }
    } else if (expect === "key" || expect === "firstKey") {
      if (expect === "firstKey" && c === 0x7d) {
        open.pop();
        expect = "after";
        i++;
      } else if (c === 0x22) {
        const end = scanString(text, i);
        if (typeof end !== "number") return end;
        i = end;
        expect = "colon";
      } else return { offset: i, detail: `${shown(text, i)} where a property name in double quotes was expected` };
    } else if (expect === "colon") {
      if (c !== 0x3a) return { offset: i, detail: `${shown(text, i)} where ':' was expected after a property name` };
      expect = "value";
      i++;
    } else {
      const top = open[open.length - 1];
      if (top === undefined) return { offset: i, detail: `${shown(text, i)} after the end of the JSON value` };
      const close = top === 0x7b ? 0x7d : 0x5d;
      if (c === 0x2c) {
        expect = top === 0x7b ? "key" : "value";
        i++;
      } else if (c === close) {
        open.pop();
        i++;
      } else return { offset: i, detail: `${shown(text, i)} where ',' or '${String.fromCharCode(close)}' was expected` };
    }
  }
}

/** The end of the JSON value starting at `i`, in a text known to be JSON. */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x22) return scanString(text, i) as number;
  if (c !== 0x7b && c !== 0x5b) {
    while (i < text.length && !WHITESPACE.has(text.charCodeAt(i)) && !",]}".includes(text[i]!)) i++;
    return i;
  }
  let depth = 0;
  for (; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (d === 0x22) i = (scanString(text, i) as number) - 1;
    else if (d === 0x7b || d === 0x5b) depth++;
    else if ((d === 0x7d || d === 0x5d) && --depth === 0) return i + 1;
  }
  return i;
}

/**
 * Where the value at `path` (object keys and array indexes) starts in a text known to be JSON; where its
 * deepest ancestor present starts when the path leads nowhere. A key written twice is its last value, as
 * JSON.parse reads it.
 */
export function jsonValueOffset(text: string, path: readonly (string | number)[]): number {
  let at = skipWhitespace(text, 0);
  for (const step of path) {
    const c = text.charCodeAt(at);
    let found = -1;
    if (c === 0x7b && typeof step === "string") {
      let i = skipWhitespace(text, at + 1);
      while (text.charCodeAt(i) === 0x22) {
        const keyEnd = scanString(text, i) as number;
        const key = JSON.parse(text.slice(i, keyEnd)) as string;
        const value = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1);
        if (key === step) found = value;
        i = skipWhitespace(text, skipValue(text, value));
        if (text.charCodeAt(i) !== 0x2c) break;
        i = skipWhitespace(text, i + 1);
      }
    } else if (c === 0x5b && typeof step === "number") {
      let i = skipWhitespace(text, at + 1);
      for (let index = 0; i < text.length && text.charCodeAt(i) !== 0x5d; index++) {
        if (index === step) {
          found = i;
          break;
        }
        i = skipWhitespace(text, skipValue(text, i));
        if (text.charCodeAt(i) !== 0x2c) break;
        i = skipWhitespace(text, i + 1);
      }
    }
    if (found < 0) return at;
    at = found;
  }
  return at;
}

/** Line and column (1-based, the column in UTF-16 code units as editors count them) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
