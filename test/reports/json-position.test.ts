// Where a JSON text goes wrong (src/reports/json-position.ts): the syntax check agrees with JSON.parse on
// what is JSON, and the place of a value is found as JSON.parse reads it.
import { describe, expect, it } from "vitest";
import { jsonSyntaxError, jsonValueOffset, lineColumn } from "../../src/reports/json-position.js";

describe("jsonSyntaxError", () => {
  it("finds nothing wrong in JSON, whatever its depth", () => {
    for (const text of ['{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"], "b": {}}', "[]", " 0 ", '"\\/"', `${"[".repeat(100_000)}${"]".repeat(100_000)}`]) expect(jsonSyntaxError(text)).toBeNull();
  });

  it("says where and what is wrong", () => {
    expect(jsonSyntaxError("[1,]")).toEqual({ offset: 3, detail: "']' where a value was expected" });
    expect(jsonSyntaxError('{"a" 1}')).toEqual({ offset: 5, detail: "'1' where ':' was expected after a property name" });
    expect(jsonSyntaxError('{"a": 1 "b": 2}')).toEqual({ offset: 8, detail: "'\"' where ',' or '}' was expected" });
    expect(jsonSyntaxError("[01]")).toEqual({ offset: 2, detail: "'1' where ',' or ']' was expected" });
    expect(jsonSyntaxError("[1] x")).toEqual({ offset: 4, detail: "'x' after the end of the JSON value" });
    expect(jsonSyntaxError('["a\\x"]')).toEqual({ offset: 3, detail: "unknown escape in a string: only \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX" });
    expect(jsonSyntaxError('["abc')).toEqual({ offset: 1, detail: "a string is not closed" });
    expect(jsonSyntaxError("\ufeff{}")).toEqual({ offset: 0, detail: "U+FEFF where a value was expected" });
  });

  it("agrees with JSON.parse on what is JSON, over random edits of a file", () => {
    const base = JSON.stringify({ version: 1, window: { from: "2026-01-01", days: 14 }, list: [1, -0.5, 2e-3, true, null, "a\\b\"c"], nested: { x: [[{}], []] } }, null, 2);
    const alphabet = ' \n\t{}[]:,"\\-+.0123456789eEtrufalsn\u0000\u00e9';
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let round = 0; round < 3000; round++) {
      let text = base;
      for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
        const at = Math.floor(random() * text.length);
        const kind = random();
        const c = alphabet[Math.floor(random() * alphabet.length)]!;
        text = kind < 0.4 ? text.slice(0, at) + text.slice(at + 1) : kind < 0.8 ? text.slice(0, at) + c + text.slice(at) : text.slice(0, at) + c + text.slice(at + 1);
      }
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      const error = jsonSyntaxError(text);
      expect(error === null, text).toBe(parses);
      if (error) expect(error.offset).toBeLessThanOrEqual(text.length);
    }
  });
});

describe("jsonValueOffset and lineColumn", () => {
  const text = '{\n  "a": {"b": [10, {"c": "x"}]},\n  "a2": 1,\n  "d": 1,\n  "d": 2\n}';
  it("finds the value a path leads to, or its nearest ancestor present; a key written twice is its last value", () => {
    expect(lineColumn(text, jsonValueOffset(text, ["a", "b", 1, "c"]))).toEqual({ line: 2, column: 25 });
    expect(lineColumn(text, jsonValueOffset(text, ["a", "b", 0]))).toEqual({ line: 2, column: 15 });
    expect(lineColumn(text, jsonValueOffset(text, ["a", "b", 5]))).toEqual({ line: 2, column: 14 });
    expect(lineColumn(text, jsonValueOffset(text, ["a2"]))).toEqual({ line: 3, column: 9 });
    expect(lineColumn(text, jsonValueOffset(text, ["d"]))).toEqual({ line: 5, column: 8 });
    expect(lineColumn(text, jsonValueOffset(text, ["nowhere", "x"]))).toEqual({ line: 1, column: 1 });
    expect(lineColumn(text, jsonValueOffset(text, []))).toEqual({ line: 1, column: 1 });
  });
});
