// Message templates (src/engine/messages.ts): every finding's text comes through fillTemplate.
import { describe, expect, it } from "vitest";
import { fillTemplate, levelFor } from "../../src/engine/messages.js";

describe("fillTemplate", () => {
  it("fills every placeholder, with or without blanks inside the braces, as often as it appears", () => {
    expect(fillTemplate("{{host}} has priority {{ priority }}, like {{host}}", { host: "mx1.example.", priority: 5 })).toBe("mx1.example. has priority 5, like mx1.example.");
  });
  it("leaves an unknown placeholder as written, so a missing datum shows", () => {
    expect(fillTemplate("{{a}} and {{ b }}", { a: 1 })).toBe("1 and {{ b }}");
  });
  it("returns a text without placeholders as it is, and fills one that is all placeholder", () => {
    expect(fillTemplate("no placeholder here", { a: 1 })).toBe("no placeholder here");
    expect(fillTemplate("{{a}}", { a: "x" })).toBe("x");
    expect(fillTemplate("", {})).toBe("");
  });
  it("gives the same text for the same template with other data (templates are cut once)", () => {
    expect(fillTemplate("{{n}} file(s)", { n: 1 })).toBe("1 file(s)");
    expect(fillTemplate("{{n}} file(s)", { n: 2 })).toBe("2 file(s)");
  });
});

describe("levelFor", () => {
  it("keeps the pack's level, lowers it by one for a 'lower' message, and pins 'info' messages", () => {
    expect(levelFor("error", { text: "" })).toBe("error");
    expect(levelFor("error", { text: "", tier: "lower" })).toBe("warn");
    expect(levelFor("warn", { text: "", tier: "lower" })).toBe("info");
    expect(levelFor("error", { text: "", tier: "info" })).toBe("info");
    expect(levelFor("off", { text: "", tier: "info" })).toBe("off");
  });
});
