// A finding inside a record written as a YAML block scalar (`spf: |`, `dmarc: >-`, a DKIM `record: |-`)
// points at the characters of the file that spell it, as one inside a quoted scalar does: `lint -f json`'s
// line, column, endLine and endColumn, in LF and CRLF files, with tabs, and through the fold that joins a
// folded scalar's lines with a space (YAML 1.2.2 §8.1.2, §8.1.3).
import { describe, expect, test } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

const HEAD = "domain: example.com\nmail: {provider: external}\nmx:\n  - {host: mx.example.com., priority: 10}\n";

function lintJson(files: Record<string, string>, rules: readonly string[]): string[] {
  const dir = tempTree(files);
  const run = runCli(["lint", dir, "--today", "2026-11-01", "-f", "json"]);
  expect(run.stderr).toBe("");
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings
    .filter((f) => rules.includes(f.ruleId))
    .map((f) => `${f.file.slice(dir.length + 1)} ${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message.split(": ")[0]}`);
}

describe("positions inside block scalars (lint JSON)", () => {
  test("a literal SPF record, a folded DMARC record and a DKIM key record over several lines", () => {
    const yaml = [
      HEAD,
      "spf: |-\n  v=spf1 a:mx.example.com\n    9x -all\n",
      "dmarc: >-\n  v=DMARC1; p=bogus;\n  rua=mailto:d@example.com\n",
      "dkim:\n  selectors:\n    - name: s1\n      record: |-\n        v=DKIM1; k=rsa;\n        p=AB!C\n",
    ].join("");
    expect(lintJson({ "example.com.yaml": yaml }, ["spf-syntax", "dmarc-p-invalid", "dkim-bad-base64"])).toEqual([
      // The literal keeps the line break (an error as a separator, RFC 7208 §12: at the break itself) and the two extra spaces.
      "example.com.yaml spf-syntax 6:26-7:1 `U+000A`",
      "example.com.yaml spf-syntax 7:5-7:6 `9x`",
      "example.com.yaml dmarc-p-invalid 9:15-9:20 p=bogus is not a DMARC policy (none, quarantine or reject)",
      "example.com.yaml dkim-bad-base64 16:13-16:14 selector s1",
    ]);
  });

  test("a folded SPF record whose fold joins its lines: the term on the second line, at its own line and column", () => {
    const yaml = `${HEAD}spf: >-\n  v=spf1 a:mx.example.com\n  9x -all\n`;
    expect(lintJson({ "example.com.yaml": yaml }, ["spf-syntax"])).toEqual(["example.com.yaml spf-syntax 7:3-7:4 `9x`"]);
  });

  test("a CRLF file with a tab in a folded record: the tab at its own column, and the fold reads the CRLF as one space", () => {
    const yaml = `${HEAD}spf: >-\n  v=spf1 a:mx.example.com\t-all\n  ~all\n`.replace(/\n/g, "\r\n");
    expect(lintJson({ "example.com.yaml": yaml }, ["spf-syntax", "spf-terms-after-all"])).toEqual([
      "example.com.yaml spf-syntax 6:26-6:27 `U+0009`",
      "example.com.yaml spf-terms-after-all 7:3-7:7 `~all` comes after `-all` and is never evaluated (RFC 7208 §5.1)",
    ]);
  });
});
