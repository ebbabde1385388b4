// How a value is shown: every format character (Unicode category Cf) as U+XXXX in text, escaped in JSON.
import { describe, expect, it } from "vitest";
import { oneLine, reportJson } from "../../src/model/show.js";

const FORMAT_CHARACTERS = ["\u00ad", "\u061c", "\u200b", "\u200c", "\u200d", "\u200e", "\u202e", "\u2060", "\u2066", "\ufeff", "\u{e0001}", "\u{e0041}"];

describe("format characters (Cf), which show as nothing or reorder what follows", () => {
  it("oneLine shows each as U+XXXX, those beyond the BMP by their code point", () => {
    expect(oneLine(`a${FORMAT_CHARACTERS.join("")}b`)).toBe("aU+00ADU+061CU+200BU+200CU+200DU+200EU+202EU+2060U+2066U+FEFFU+E0001U+E0041b");
    // Visible text, emoji included, is left as it is.
    expect(oneLine("é 😀 日本")).toBe("é 😀 日本");
  });

  it("JSON escapes each (a character beyond the BMP as its two code units), and parses back to the same string", () => {
    const value = { txt: `v=spf1 ${FORMAT_CHARACTERS.join("")} -all` };
    const json = reportJson(value);
    expect(json).not.toMatch(/\p{Cf}/u);
    expect(json).toContain("\\u200b\\u200c\\u200d");
    expect(json).toContain("\\udb40\\udc01");
    expect(JSON.parse(json)).toEqual(value);
  });
});
