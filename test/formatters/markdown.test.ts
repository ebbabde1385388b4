// The Markdown of the job summary, the PR comment and `--format markdown` holds text anyone can choose (a TXT
// record, a file name in a pull request, a DMARC report's reporter): it must render as those characters and
// nothing else. No Markdown renderer is a dependency, so these tests read the output with GFM's own rules
// for what they check: where a table row splits into cells, what a code span holds.
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/types.js";
import { formatMarkdown } from "../../src/formatters/markdown.js";
import { markdownCode, markdownText } from "../../src/model/markdown-text.js";
import { planTable } from "../../src/action/summary.js";
import type { Change } from "../../src/plan/plan.js";

const finding = (file: string | null, message: string): Finding => ({
  ruleId: "spf-syntax",
  level: "error",
  message,
  domain: "example.com",
  file,
  name: "example.com",
  line: 3,
  column: 5,
  endLine: 3,
  endColumn: 9,
  messageId: "x",
  data: {},
});
const summary = { files: 1, domains: 1, errors: 1, warnings: 0, infos: 0 };
const markdownOf = (findings: Finding[]) => formatMarkdown({ findings, summary, rules: [], toolVersion: "" });

/** A GFM table row's cells: a `|` with a backslash right before it belongs to the cell (GFM §4.10). */
function cells(row: string): string[] {
  const out: string[] = [];
  let current = "";
  for (let i = 1; i < row.length; i++) {
    const c = row[i]!;
    if (c === "|" && row[i - 1] !== "\\") {
      out.push(current.replace(/\\\|/g, "|").trim());
      current = "";
    } else current += c;
  }
  return out;
}

/** What a cell that is one code span shows (CommonMark §6.1), or null when it is not exactly one code span. */
function codeSpan(text: string): string | null {
  const match = /^(`+)([\s\S]+)\1$/.exec(text);
  if (!match) return null;
  const [, fence, inner] = match as unknown as [string, string, string];
  // The span ends at the first run of exactly the fence's length; a code span cannot hold one.
  if ((inner.match(/`+/g) ?? []).some((run) => run.length === fence.length)) return null;
  if (inner.startsWith("`") || inner.endsWith("`")) return null;
  return /^ .* $/.test(inner) && !/^ +$/.test(inner) ? inner.slice(1, -1) : inner;
}

const HOSTILE = [
  "<img src=https://evil.example/passed.svg>",
  "<!-- maildns-report -->",
  "<details><summary>ok</summary>",
  "@octocat and @org/team",
  "see #123 and owner/repo#9",
  "**bold** _it_ ~~del~~ $x^2$ [link](https://evil.example) ![i](x)",
  "a | b \\| c \\",
  "line\nbreak\r\nand\u2028more",
  "https://evil.example www.evil.example",
  "&lt; &amp;",
];

describe("Markdown text from attacker-controlled values", () => {
  it.each(HOSTILE)("a message %j stays in its cell as text: no HTML, no mention, no reference, no link", (message) => {
    const out = markdownOf([finding("stack/a.yaml", message)]);
    const row = out.split("\n").find((l) => l.startsWith("| 🔴"))!;
    expect(cells(row)).toHaveLength(4);
    // The zero-width space entity is what breaks mentions, references and links: read it as the character.
    const text = cells(row)[3]!.replace(/&#8203;/g, "\u200b");
    expect(text).not.toMatch(/</); // no tag, no comment: `<` only as &lt;
    expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/); // no entity of the input's own
    expect(text).not.toMatch(/@[A-Za-z0-9]/); // a mention needs a word character right after the @
    expect(text).not.toMatch(/#[0-9]/);
    expect(text).not.toMatch(/https?:\/\/|www\./i);
    expect(text).not.toMatch(/(^|[^\\])[`*_[\]~$]/); // every inline opener escaped
    expect(out.split("\n").filter((l) => l.startsWith("| 🔴"))).toHaveLength(1);
  });

  it("a file name holding backticks, a pipe and a comment marker shows as itself in the Where cell", () => {
    const file = "stack/``a|b`<!-- maildns-report -->.yaml";
    const row = markdownOf([finding(file, "m")]).split("\n").find((l) => l.startsWith("| 🔴"))!;
    expect(cells(row)).toHaveLength(4);
    expect(codeSpan(cells(row)[1]!)).toBe(`${file}:3:5`);
  });

  it("code spans give back the value exactly, backslashes included", () => {
    for (const value of ["v=spf1 a\\b -all", "`", "``x``", " lead", "tail ", "a\\|b", "a|b", "x` y"]) {
      expect(codeSpan(markdownCode(value).replace(/\\\|/g, "|"))).toBe(value);
    }
  });

  it("text renders as its characters: the escapes CommonMark undoes give back the input", () => {
    const undo = (s: string) =>
      s
        .replace(/&#8203;/g, "")
        .replace(/\\([!-/:-@[-`{-~])/g, "$1")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&");
    for (const value of HOSTILE.filter((v) => !/[\r\n\u2028]/.test(v))) expect(undo(markdownText(value))).toBe(value);
    expect(undo(markdownText("- item"))).toBe("- item");
    expect(markdownText("- item")).toMatch(/^\\-/);
    expect(markdownText("1. one")).toMatch(/^1\\\./);
    expect(markdownText("# title")).toMatch(/^\\#/);
  });

  it("a value of 300,000 backtick runs is a code span too, not a crash", () => {
    const value = "`a".repeat(300_000);
    expect(codeSpan(markdownCode(value))).toBe(value);
  });

  it("controls and bidirectional overrides show as U+XXXX", () => {
    expect(markdownText("a\u001b[31mb\u202ec\u009bd")).toBe("aU+001B\\[31mbU+202EcU+009Bd");
  });

  it("the plan table shows TXT values as code, each in its own cell", () => {
    const change: Change = { domain: "example.com", action: "update", name: "example.com", type: "TXT", ttl: 300, beforeTtl: 300, before: ["v=spf1 a\\b -all"], after: ["`x` | <!-- y --> @octocat"] };
    const row = planTable([change]).split("\n")[2]!;
    expect(cells(row)).toHaveLength(6);
    expect(codeSpan(cells(row)[4]!)).toBe("v=spf1 a\\b -all");
    expect(codeSpan(cells(row)[5]!)).toBe("`x` | <!-- y --> @octocat");
  });
});
