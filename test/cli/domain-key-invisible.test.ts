// A domain file's `domain:` holding a character IDNA's mapping removes without a word (U+00AD SOFT HYPHEN,
// U+200B ZERO WIDTH SPACE, a variation selector) would describe another domain than the one written:
// `exa\u00admple.com` is example.com. IDNA2008 disallows them in a label (RFC 5892; RFC 5891 §5.4), so the
// file is refused at that character (file-schema, always an error), naming it as U+XXXX and what would have
// been checked instead; nothing else is checked of it.
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

const REST = "mail: {provider: external}\nmx:\n  - {host: mx.example.com., priority: 10}\nspf: \"v=spf1 mx -all\"\n";

describe("an invisible character IDNA drops, in a domain file's domain key", () => {
  test("refused at the character itself (plain, escaped in a quoted value, CRLF), named, exit 1", () => {
    const dir = tempTree({
      "a.yaml": `domain: exa\u00admple.com\n${REST}`,
      "b.yaml": `# a second line\r\ndomain: "shop.\\u200bexample.org"\r\n${REST.replace(/\n/g, "\r\n")}`,
      "c.yaml": `domain: münchen\u{FE0F}.example\n${REST}`,
    });
    const run = runCli(["lint", dir, "--today", "2026-11-01", "-f", "json"]);
    expect(run.stderr).toBe("");
    const findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.ruleId !== "file-crlf");
    expect(findings.map((f) => `${f.file.slice(dir.length + 1)}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId} ${f.message}`)).toEqual([
      "a.yaml:1:12-1:13 file-schema the domain name holds U+00AD, an invisible character IDNA removes without a word, so example.com would be checked in its place: delete it (IDNA2008 disallows it in a label, RFC 5892)",
      "b.yaml:2:15-2:21 file-schema the domain name holds U+200B, an invisible character IDNA removes without a word, so shop.example.org would be checked in its place: delete it (IDNA2008 disallows it in a label, RFC 5892)",
      "c.yaml:1:16-1:17 file-schema the domain name holds U+FE0F, an invisible character IDNA removes without a word, so xn--mnchen-3ya.example would be checked in its place: delete it (IDNA2008 disallows it in a label, RFC 5892)",
    ]);
    expect(run.status).toBe(1);
  });

  test("U+FEFF, which the conversion drops but a domain name never holds (white space): the name is unusable, never said to stand for another", () => {
    // The dropped-character sentence named the domain that would be checked instead, and there is none:
    // it read "so  would be checked in its place".
    const dir = tempTree({ "f.yaml": `domain: "exa\\ufeffmple.com"\n${REST}` });
    const run = runCli(["lint", dir, "--today", "2026-11-01", "-f", "json"]);
    const findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId} ${f.message}`)).toEqual([
      '1:9-1:28 file-schema "exaU+FEFFmple.com" is not a usable domain name: write it like example.com (IDN accepted)',
    ]);
    expect(run.status).toBe(1);
  });

  test("a name IDNA converts without dropping anything is taken as before", () => {
    const dir = tempTree({ "m.yaml": `domain: münchen.example\n${REST}` });
    const run = runCli(["lint", dir, "--today", "2026-11-01", "-f", "json"]);
    expect((JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.ruleId === "file-schema")).toEqual([]);
  });
});
