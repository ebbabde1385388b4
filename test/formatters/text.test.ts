// The text report on a terminal: a file or record name with a line break or an escape sequence (a pull
// request can name a file so) must neither split the report's lines nor reach the terminal as a control.
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/types.js";
import { formatText } from "../../src/formatters/text.js";
import { formatPlanText } from "../../src/plan/format.js";
import { runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";

const finding = (file: string | null, name: string | null): Finding => ({
  ruleId: "spf-missing",
  level: "error",
  message: "no SPF record",
  domain: "example.com",
  file,
  name,
  line: file ? 3 : 0,
  column: file ? 1 : 0,
  endLine: file ? 3 : 0,
  endColumn: file ? 2 : 0,
  messageId: "x",
  data: {},
});

const summary = { files: 1, domains: 1, errors: 1, warnings: 0, infos: 0 };

describe("text report", () => {
  it("shows a file name's controls as U+XXXX, one line per finding", () => {
    const text = formatText({ findings: [finding("stack/a\nb\u001b[31m.yaml", null)], summary, rules: [], toolVersion: "" });
    expect(text).toBe("stack/aU+000AbU+001B[31m.yaml:3:1  error  no SPF record  [spf-missing]\n1 file, 1 domain: 1 error, 0 warnings, 0 info\n");
  });

  it("does the same for a live record's name", () => {
    const text = formatText({ findings: [finding(null, "mail\r.example.com")], summary, rules: [], toolVersion: "" });
    expect(text.split("\n")[0]).toBe("mailU+000D.example.com  error  no SPF record  [spf-missing]");
  });

  it("lint of a stack whose file name holds a line break and an escape sequence", () => {
    const name = "bad\n\u001b]0;owned\u0007.yaml";
    const dir = tempTree({ [`stack/${name}`]: "domain: example.com\nmail: { provider: external }\nmx: none\n" });
    const run = runCli(["lint", "stack", "-f", "text", "--today", "2026-11-01"], { cwd: dir });
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^stack\/badU\+000AU\+001B\]0;ownedU\+0007\.yaml:\d+:\d+  (error|warn |info )  /);
    expect(lines.at(-1)).toMatch(/^1 file, 1 domain: /);
  });

  it("shows a message's controls as U+XXXX too: a quoted value cannot start a workflow command or drive the terminal", () => {
    const message = "value \"x\n::stop-commands::t0k\r\u001b]8;;https://evil.example\u0007\u009b2J\u202eevil\"";
    const text = formatText({ findings: [{ ...finding("stack/a.yaml", null), message }], summary, rules: [], toolVersion: "" });
    expect(text.split("\n")[0]).toBe('stack/a.yaml:3:1  error  value "xU+000A::stop-commands::t0kU+000DU+001B]8;;https://evil.exampleU+0007U+009B2JU+202Eevil"  [spf-missing]');
    expect(text.split("\n")).toHaveLength(3);
  });

  it("the plan's text shows a live value's and a name's controls as U+XXXX", () => {
    const change = { domain: "example.com", action: "update" as const, name: "a\u009b.example.com", type: "TXT" as const, ttl: 300, beforeTtl: 300, before: ["v=spf1 \u202e-all"], after: ["v=spf1 -all"] };
    const text = formatPlanText({
      changes: [change],
      failures: [],
      findings: [],
      summary: { files: 0, domains: 1, errors: 0, warnings: 0, infos: 0, changes: 1, create: 0, update: 1, delete: 0, failedLookups: 0 },
    });
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain("~ update aU+009B.example.com TXT");
    expect(text).toContain('- "v=spf1 U+202E-all"');
  });
});
