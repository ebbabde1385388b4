// Hostile input ends in a finding (or exit 2) with a message, never a crash, a hang or a stack trace.
// The "under a second" target is measured by `npm run bench` (test/bench/lint.bench.mjs), not here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { runCliAsync } from "../plan/cli-async.js";
import { tempTree } from "../helpers/tmp.js";

const level = (n: number) => String.fromCharCode(97 + n);
const aliasBomb = [
  `${level(0)}: &${level(0)} [x, x, x, x, x, x, x, x, x, x]`,
  ...Array.from({ length: 9 }, (_, i) => `${level(i + 1)}: &${level(i + 1)} [${Array(10).fill(`*${level(i)}`).join(", ")}]`),
  "domain: example.com",
].join("\n");

const cases: { name: string; content: string | Uint8Array; ruleId: string; line: number; column: number }[] = [
  { name: "50 MB file", content: `domain: example.com\n# ${"x".repeat(50 * 1024 * 1024)}\n`, ruleId: "file-too-large", line: 1, column: 1 },
  { name: "alias bomb (10^10 expansions)", content: `${aliasBomb}\n`, ruleId: "file-syntax", line: 1, column: 1 },
  { name: "10,000-deep flow nesting", content: `domain: example.com\nx: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`, ruleId: "file-syntax", line: 1, column: 1 },
  { name: "10,000-deep block nesting", content: `domain: example.com\nx:\n${"- ".repeat(10_000)}1\n`, ruleId: "file-syntax", line: 1, column: 1 },
  { name: "binary file", content: Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256), ruleId: "file-binary", line: 1, column: 1 },
  { name: "NUL byte in text", content: "domain: example.com\nspf: \"v=spf1\u0000 -all\"\n", ruleId: "file-binary", line: 1, column: 1 },
  { name: "invalid UTF-8", content: Uint8Array.from([0x64, 0x3a, 0x20, 0xc3, 0x28, 0x0a]), ruleId: "file-binary", line: 1, column: 1 },
  { name: "CRLF line endings", content: "domain: example.com\r\nmail: {provider: external}\r\n", ruleId: "file-crlf", line: 1, column: 20 },
  { name: "byte order mark", content: "\uFEFFdomain: example.com\nmail: {provider: external}\n", ruleId: "file-bom", line: 1, column: 1 },
  { name: "escaped control character in an SPF record", content: 'domain: example.com\nspf: "v=spf1 \\x07include:mx.ovh.com ~all"\n', ruleId: "file-control-character", line: 2, column: 6 },
  { name: "raw control character in a DMARC record", content: 'domain: example.com\ndmarc: "v=DMARC1;\u001b p=none"\n', ruleId: "file-syntax", line: 2, column: 18 },
  { name: "tab indentation", content: "domain: example.com\nmail:\n\tprovider: ovh\n", ruleId: "file-syntax", line: 3, column: 1 },
  { name: "duplicate key", content: "domain: example.com\ndomain: example.net\n", ruleId: "file-duplicate-key", line: 2, column: 1 },
  { name: "empty file", content: "", ruleId: "file-schema", line: 1, column: 1 },
  { name: "YAML that is a list", content: "- a\n- b\n", ruleId: "file-schema", line: 1, column: 1 },
  // js-yaml reads such a key as the text "[object Object]", which a message then quoted.
  { name: "a mapping used as a key", content: "domain: example.com\n? {a: 1}\n: x\n", ruleId: "file-syntax", line: 2, column: 3 },
  { name: "a mapping key inside a flow list", content: "domain: example.com\nx: [a, ? {b: 1}: c]\n", ruleId: "file-syntax", line: 1, column: 1 },
  { name: "a list used as a key in a flow mapping", content: "domain: example.com\nmail: {[a, b]: 1}\n", ruleId: "file-syntax", line: 2, column: 8 },
  // Once `internal error: match is not iterable` with no report at all.
  { name: "SPF macro holding a line terminator (U+2028)", content: 'domain: example.com\nspf: "v=spf1 include:%{d\\u2028}.example.com -all"\n', ruleId: "spf-macro-syntax", line: 2, column: 22 },
  { name: "SPF macro holding a line feed", content: 'domain: example.com\nspf: "v=spf1 include:%{d\\n}.example.com -all"\n', ruleId: "spf-macro-syntax", line: 2, column: 22 },
];

describe("hostile input", () => {
  const files = Object.fromEntries(cases.map((c, i) => [`case${i}.yaml`, c.content]));
  const root = tempTree(files);
  type Finding = { ruleId: string; level: string; line: number; column: number; message: string; file: string };
  // One run lints every case (each start of the CLI is a Node process): the JSON report keeps each file's
  // findings apart by name, and an error finding in a file is what would make a run of that file alone exit 1.
  let run: ReturnType<typeof runCli> | undefined;
  const all = () => (run ??= runCli(["lint", ...cases.map((_, i) => `case${i}.yaml`), "--format", "json"], { cwd: root, timeoutMs: 15_000 }));

  it("one run over every case: exit 1, a report, no stack trace", () => {
    expect(all().stderr).not.toMatch(/\n\s+at /);
    expect(all().status).toBe(1);
    expect(JSON.parse(all().stdout).summary.files).toBe(cases.length);
  });

  cases.forEach((c, i) => {
    it(`${c.name}: ${c.ruleId} at ${c.line}:${c.column}, an error (exit 1), no stack trace`, () => {
      expect(all().stderr).not.toMatch(/\n\s+at /);
      const findings = (JSON.parse(all().stdout).findings as Finding[]).filter((f) => f.file === `case${i}.yaml`);
      const finding = findings.find((f) => f.ruleId === c.ruleId);
      expect(finding, JSON.stringify(findings)).toBeDefined();
      expect([finding!.file, finding!.line, finding!.column]).toEqual([`case${i}.yaml`, c.line, c.column]);
      expect(finding!.message.length).toBeGreaterThan(10);
      // Its own error, not the duplicate-domain error that the other cases' example.com adds in this run.
      expect(findings.filter((f) => f.level === "error" && f.ruleId !== "lint-duplicate-domain"), JSON.stringify(findings)).not.toEqual([]);
    });
  });

  it("a YAML merge key (<<) is named as such, at its line, with what to do", () => {
    const dir = tempTree({ "merge.yaml": "domain: example.com\nbase: &base {provider: ovh, offer: mx-plan}\nmail:\n  <<: *base\n  region: eu\n" });
    const run = runCli(["lint", "merge.yaml", "--format", "json"], { cwd: dir });
    expect(run.status).toBe(1);
    const findings = JSON.parse(run.stdout).findings as { ruleId: string; line: number; column: number; message: string }[];
    expect(findings).toContainEqual(
      expect.objectContaining({ ruleId: "file-schema", line: 4, column: 3, message: 'unknown key "<<" in mail: YAML merge keys (<<) are not read (domain files are YAML 1.2, which has none): write the keys out' }),
    );
  });

  it("an unreadable path is exit 2 with a message naming it", () => {
    const run = runCli(["lint", "missing.yaml"], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("missing.yaml: no such file or directory");
  });
});

describe("an argument quoted in an error cannot start a CI log command or drive the terminal", () => {
  // A GitHub runner reads any line of a step's output that starts with `::` as a workflow command; a file
  // name (a pull request can add one) or an option value reaches the error message as it was typed.
  const hostile = "x\n::warning::forged\u001b]0;title\u0007\u202e";
  for (const args of [["lint", `missing${hostile}.yaml`], ["lint", "--format", hostile, "."], ["lint", "--policy", `p${hostile}.yaml`, "."], [`bogus${hostile}`]]) {
    it(args.join(" ").replace(/[\u0000-\u001f\u202e]/g, "?"), () => {
      const run = runCli(args, { cwd: tempTree({}) });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/U\+000A::warning::forgedU\+001B\]0;titleU\+0007U\+202E/);
      expect(run.stderr).not.toMatch(/^::/m);
      expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    });
  }
});

describe("a quoted line break followed by blanks cannot start a CI log command either", () => {
  // The GitHub runner trims a line's leading whitespace before looking for `::` (ActionCommand.TryParseV2),
  // so "\n  ::warning::" is a command as much as "\n::warning::".
  for (const blank of [" ", "   ", "\u00a0", "\u3000"]) {
    it(`a line feed, ${JSON.stringify(blank)}, then ::warning::`, () => {
      const run = runCli(["lint", `missing x\n${blank}::warning::forged.yaml`], { cwd: tempTree({}) });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`U+000A${blank}::warning::forged`);
      expect(run.stderr).not.toMatch(/^\s*::/mu);
    });
  }
});

describe("a CI log command inside a quoted value is not acted on (the runner's ##[ form and Azure's ##vso[ are read anywhere in a line)", () => {
  it("an SPF term holding ##[error] and ##vso[: the text report shows their [ as U+005B", () => {
    const root = tempTree({
      "example.com.yaml": 'domain: example.com\nmail: {provider: external}\nmx: [{host: mx.example.net., priority: 10}]\nspf: "v=spf1 include:##[error]forged ##VSO[task.logissue]x -all"\ndmarc: {p: none, rua: "mailto:r@example.com", since: 2026-12-01}\n',
    });
    const run = runCli(["lint", "example.com.yaml"], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("[spf-syntax]");
    expect(run.stdout).toContain("include:##U+005Berror]forged");
    expect(run.stdout).toContain("##VSOU+005Btask.logissue]x");
    expect(run.stdout + run.stderr).not.toMatch(/##(vso)?\[/i);
  });
});

describe("-f github: a quoted value's bidirectional controls are shown as U+XXXX in the annotation", () => {
  it("U+202E in an SPF term: the annotation's message shows it as the text report does", () => {
    const root = tempTree({ "example.com.yaml": 'domain: example.com\nmail: {provider: external}\nmx: none\nspf: "v=spf1 include:_spf.example.net \u202e -all"\n' });
    const run = runCli(["lint", "example.com.yaml", "-f", "github"], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=example\.com\.yaml,line=4,.*title=spf-syntax::`U\+202E` is not a valid SPF term/m);
    expect(run.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});

describe("a CI log command in a JSON or SARIF report: the same value to a program, nothing to the log", () => {
  // A workflow that prints `-f json` to its log must not let a TXT value or a file name raise an annotation:
  // the runner acts on `##[…]` anywhere in a line. JSON can say `[` as \u005b, which JSON.parse reads back.
  const forged = "##[error]forged ##VSO[task.logissue]x";
  const logCommand = /##(vso)?\[/i;

  it("plan -f json: a live TXT value holding ##[ is escaped, and parses back to the value", () => {
    const root = tempTree({
      "stack/example.com.yaml": "domain: example.com\nmail: {provider: external}\nmx: none\nspf: v=spf1 -all\n",
      "zones/example.com.zone": `$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns.example.com. admin.example.com. 1 7200 3600 1209600 3600\n@ IN NS ns.example.com.\n@ IN TXT "v=spf1 include:${forged} -all"\n`,
    });
    for (const args of [["-f", "json"], ["-f", "json", "--output", "plan.json"]]) {
      const run = runCli(["plan", "stack", "--zone", "zones", "--today", "2026-11-01", ...args], { cwd: root });
      const text = args.includes("--output") ? readFileSync(join(root, "plan.json"), "utf8") : run.stdout;
      expect(run.stderr).toBe("");
      expect(text).not.toMatch(logCommand);
      expect(text).toContain("##\\u005berror]forged ##VSO\\u005btask.logissue]x");
      const values = JSON.stringify(JSON.parse(text).changes);
      expect(values).toContain(`v=spf1 include:${forged.replace(/"/g, '\\"')} -all`);
    }
  });

  // Eight runs of the CLI: awaited, so that they do not hold the worker's thread for their sum.
  it("every text output of lint, audit, plan and import: the [ of ##[ shown as U+005B wherever the value stands", async () => {
    // The forged text stands in an SPF include's target (a name looked up, then named under "Not checked"),
    // in a live TXT value (the plan's - and + lines), in a domain file's folder name and in a zone file.
    const spf = `v=spf1 include:${forged} -all`;
    const root = tempTree({
      [`${forged}/example.com.yaml`]: `domain: example.com\nmail: {provider: external}\nmx: none\nspf: "${spf}"\n`,
      "zones/example.com.zone": `$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns.example.com. admin.example.com. 1 7200 3600 1209600 3600\n@ IN NS ns.example.com.\n@ IN TXT "v=spf1 include:old.example -all ${forged}"\n`,
    });
    const zone = ["--zone", "zones", "--today", "2026-11-01"];
    const runs = [
      ...["text", "markdown"].map((f) => ["lint", forged, "-f", f]),
      ...["text", "markdown"].map((f) => ["audit", "example.com", ...zone, "-f", f]),
      ...["text", "markdown"].map((f) => ["plan", forged, ...zone, "-f", f]),
      ["import", "example.com", ...zone, "--out", "imported"],
    ];
    for (const args of runs) {
      const run = await runCliAsync(args, { cwd: root });
      // import prints no value, only what it wrote.
      if (args[0] !== "import") expect(run.stderr + run.stdout, args.join(" ")).toContain("U+005B");
      expect(run.stderr + run.stdout, args.join(" ")).not.toMatch(logCommand);
    }
    // Annotations must name the file as it is: the runner reads a line starting with :: as that command and
    // looks for ##[ only in a line that is not one (ActionCommandManager: TryParseV2, then TryParse).
    const annotations = await runCliAsync(["lint", forged, "-f", "github"], { cwd: root });
    expect(annotations.stdout).toContain(`file=${forged}/example.com.yaml`);
    for (const line of annotations.stdout.split("\n").filter((l) => logCommand.test(l))) expect(line).toMatch(/^::(error|warning|notice) /);
    // What import writes is data, not a report: the value is kept as it is.
    expect(readFileSync(join(root, "imported/example.com.yaml"), "utf8")).toContain(forged);
  });

  it("lint -f json and -f sarif: a file path holding ##[ is escaped, and parses back to the path", () => {
    const root = tempTree({ [`${forged}/example.com.yaml`]: "domain: example.com\nmail: {provider: external}\nmx: none\nspf: v=spf1 +all\n" });
    for (const format of ["json", "sarif"]) {
      const run = runCli(["lint", forged, "-f", format], { cwd: root });
      expect(run.status).toBe(1);
      expect(run.stdout).not.toMatch(logCommand);
      const parsed = JSON.parse(run.stdout);
      const files = format === "json" ? parsed.findings.map((f: { file: string }) => f.file) : parsed.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => decodeURIComponent(r.locations[0]!.physicalLocation.artifactLocation.uri));
      expect(files.length).toBeGreaterThan(0);
      expect(files.every((f: string) => f.endsWith(`${forged}/example.com.yaml`))).toBe(true);
    }
  });
});
