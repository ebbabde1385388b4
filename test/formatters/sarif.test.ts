// SARIF as GitHub code scanning ingests it. Microsoft's SARIF multitool checks our files with GitHub's own
// ingestion rules (sarif-multitool.slow.test.ts, in CI); these tests check what those rules do not: a
// physical location on every result (the multitool accepts a result with only a logical location, which
// GitHub refuses), primaryLocationLineHash fingerprints, and the cap of 25,000 results per run.
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/types.js";
import { formatSarif, keptFindings, MAX_SARIF_RESULTS } from "../../src/formatters/sarif.js";
import { allRules } from "../../src/rules/index.js";
import { runCli } from "../helpers/cli.js";
import { sarifValidator } from "../helpers/sarif.js";
import { tempTree } from "../helpers/tmp.js";
import { FIXTURE_ZONES } from "../plan/helpers.js";

const TODAY = ["--today", "2026-11-23"];

function finding(overrides: Partial<Finding> = {}): Finding {
  return { ruleId: "spf-ptr", level: "warn", message: "m", domain: "x.example", file: "stacks/p/x.yaml", name: "x.example", line: 4, column: 3, endLine: 4, endColumn: 9, messageId: "ptr", data: {}, ...overrides };
}
const live = (overrides: Partial<Finding> = {}) => finding({ file: null, line: 0, column: 0, endLine: 0, endColumn: 0, ...overrides });

interface SarifResult {
  ruleId: string;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn?: number; endColumn?: number } } }[];
  partialFingerprints: Record<string, string>;
}
interface SarifLog {
  runs: { results: SarifResult[]; invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { level: string; message: { text: string } }[] }[]; tool: { driver: { rules: { id: string; fullDescription?: { text: string }; help?: { text: string } }[] } } }[];
}

function sarif(findings: Finding[], options: Parameters<typeof formatSarif>[1] = {}): SarifLog {
  return JSON.parse(formatSarif({ findings, summary: { files: 1, domains: 1, errors: 0, warnings: 0, infos: 0 }, rules: allRules, toolVersion: "1.0.0" }, options));
}

describe("what GitHub needs that the schema does not say", () => {
  it("every result has a physical location with a line: its file, the declaring file, or the live-dns/ placeholder", () => {
    const log = sarif([finding(), live({ domain: "a.example", name: "_dmarc.a.example" }), live({ domain: "b.example" })], {
      sites: new Map([["a.example", { file: "stacks/p/a.yaml", line: 2, column: 9, endColumn: 18 }]]),
    });
    const locations = log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation);
    expect(locations).toEqual([
      { artifactLocation: { uri: "stacks/p/x.yaml", uriBaseId: "%SRCROOT%" }, region: { startLine: 4, startColumn: 3, endLine: 4, endColumn: 9 } },
      { artifactLocation: { uri: "stacks/p/a.yaml", uriBaseId: "%SRCROOT%" }, region: { startLine: 2, startColumn: 9, endColumn: 18 } },
      { artifactLocation: { uri: "live-dns/b.example", uriBaseId: "%SRCROOT%" }, region: { startLine: 1 } },
    ]);
    // Placed away from the record, a live result names it in its message.
    expect(log.runs[0]!.results.map((r) => r.message.text)).toEqual(["m", "_dmarc.a.example: m", "x.example: m"]);
  });

  it("a message is plain text: a quoted [x](1) is literal, its brackets and backslashes escaped (SARIF §3.11.6), never a link to a location", () => {
    const quoted = 'TXT value "[x](1)" and "\\[y\\]" and "a]b["';
    const log = sarif([finding({ message: quoted })]);
    const texts = log.runs[0]!.results.map((r) => r.message.text);
    expect(texts).toEqual(['TXT value "\\[x\\](1)" and "\\\\\\[y\\\\\\]" and "a\\]b\\["']);
    // Read back as a SARIF viewer reads plain text (§3.11.6): no unescaped bracket is left to open a link,
    // and unescaping gives the message as it was.
    const unescape = (t: string) => t.replace(/\\([\\[\]])/g, "$1");
    expect(unescape(texts[0]!)).toBe(quoted);
    expect(texts[0]!.replace(/\\[\\[\]]/g, "")).not.toMatch(/[[\]]/);
    // The DNS name a live result names is escaped too.
    const named = sarif([live({ domain: "a.example", name: "[z](0).a.example" })]).runs[0]!.results[0]!.message.text;
    expect(named).toBe("\\[z\\](0).a.example: m");
  });

  it("a finding a lint: entry silenced is a result suppressed in source, with the entry's reason, line and expiry; it takes only the room findings leave", () => {
    const silenced = finding({ ruleId: "spf-softfail-advice", level: "info", suppression: { reason: "senders [x](1) being listed", until: "2027-01-31", line: 12 } });
    const log = sarif([finding()], { suppressed: [silenced] });
    const results = log.runs[0]!.results as (SarifResult & { suppressions?: unknown[] })[];
    expect(results.map((r) => [r.ruleId, r.suppressions])).toEqual([
      ["spf-ptr", undefined],
      [
        "spf-softfail-advice",
        [
          {
            kind: "inSource",
            justification: "senders [x](1) being listed",
            location: { physicalLocation: { artifactLocation: { uri: "stacks/p/x.yaml", uriBaseId: "%SRCROOT%" }, region: { startLine: 12 } } },
            properties: { until: "2027-01-31" },
          },
        ],
      ],
    ]);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // Under the cap, the findings that count come first: a silenced one never pushes one of them out.
    const capped = sarif([finding(), finding({ line: 5, endLine: 5 })], { suppressed: [silenced], maxResults: 2 });
    expect(capped.runs[0]!.results.map((r) => r.ruleId)).toEqual(["spf-ptr", "spf-ptr"]);
  });

  it("fingerprints: primaryLocationLineHash, stable when lines move, one per occurrence", () => {
    const hash = (f: Finding[]) => sarif(f).runs[0]!.results.map((r) => r.partialFingerprints);
    const [first] = hash([finding()]);
    expect(Object.keys(first!)).toEqual(["primaryLocationLineHash"]);
    expect(first!.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:1$/);
    // The same finding three lines further down (a line was added above): the same alert.
    expect(hash([finding({ line: 7, endLine: 7 })])[0]).toEqual(first);
    // Another rule, domain or file: another alert.
    expect(hash([finding({ ruleId: "spf-softfail-advice" })])[0]).not.toEqual(first);
    expect(hash([finding({ domain: "y.example" })])[0]).not.toEqual(first);
    expect(hash([finding({ file: "stacks/q/x.yaml" })])[0]).not.toEqual(first);
    // Twice the same finding in one file: two alerts, numbered.
    const twice = hash([finding(), finding({ line: 9, endLine: 9 })]).map((p) => p.primaryLocationLineHash);
    expect(twice).toEqual([first!.primaryLocationLineHash, first!.primaryLocationLineHash!.replace(/:1$/, ":2")]);
  });

  it("every rule has the full description and help GitHub shows on an alert", () => {
    const rules = sarif([]).runs[0]!.tool.driver.rules;
    expect(rules.length).toBe(allRules.length);
    for (const rule of rules) {
      expect(rule.fullDescription?.text, rule.id).toMatch(/\S/);
      expect(rule.help?.text, rule.id).toMatch(/\S/);
    }
  });

  it("at most 25,000 results per run: the most severe are kept, and the run says how many were left out", () => {
    // 25,000 notes, then 3 errors and 2 warnings at the very end: those must survive the cut.
    const findings = [
      ...Array.from({ length: 25_000 }, (_, i) => finding({ level: "info", line: i + 1, endLine: i + 1, domain: `d${i}.example` })),
      ...Array.from({ length: 3 }, (_, i) => finding({ level: "error", ruleId: "spf-permissive-all", domain: `e${i}.example` })),
      ...Array.from({ length: 2 }, (_, i) => finding({ level: "warn", domain: `w${i}.example` })),
    ];
    const run = sarif(findings).runs[0]!;
    expect(run.results).toHaveLength(MAX_SARIF_RESULTS);
    expect(run.results.filter((r) => r.level === "error")).toHaveLength(3);
    expect(run.results.filter((r) => r.level === "warning")).toHaveLength(2);
    expect(run.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: "warning",
            descriptor: { id: "results-capped" },
            message: {
              text: "25,005 results; GitHub code scanning takes at most 25,000 per run, so the 25,000 most severe are here and 5 were left out (0 errors, 0 warnings, 5 notes). The JSON report (--format json) has every finding.",
            },
          },
        ],
      },
    ]);
    // Under the cap, nothing is left out and nothing is said.
    expect(sarif([finding()]).runs[0]!.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it("a capped run is still valid SARIF 2.1.0, and the cut keeps severity before order", () => {
    const findings = [finding({ level: "info" }), finding({ level: "warn", line: 5, endLine: 5 }), finding({ level: "error", line: 6, endLine: 6 }), finding({ level: "info", line: 7, endLine: 7 })];
    const log = sarif(findings, { maxResults: 2 });
    expect(log.runs[0]!.results.map((r) => r.level)).toEqual(["warning", "error"]);
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications![0]!.message.text).toMatch(/^4 results; .* 2 were left out \(0 errors, 0 warnings, 2 notes\)/);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(keptFindings([finding({ level: "info" }), finding({ level: "error" })], 1).kept.map((f) => f.level)).toEqual(["error"]);
  });
});

describe("audit: every live result has a place", () => {
  it("with --domains-file, each result sits on the line that names its domain", () => {
    const dir = tempTree({ "domains.txt": "# mail domains\nclean.example\n  export.example  # OVH export\n\ncname-mx.example\n" });
    const run = runCli(["audit", "--domains-file", "domains.txt", "--zone", FIXTURE_ZONES, ...TODAY, "--format", "sarif"], { cwd: dir });
    const log = JSON.parse(run.stdout) as SarifLog;
    const results = log.runs[0]!.results;
    expect(results.length).toBeGreaterThan(0);
    const where = { "clean.example": { startLine: 2, startColumn: 1, endColumn: 14 }, "export.example": { startLine: 3, startColumn: 3, endColumn: 17 }, "cname-mx.example": { startLine: 5, startColumn: 1, endColumn: 17 } };
    for (const result of results) {
      const domain = Object.keys(where).find((d) => result.message.text.includes(d)) as keyof typeof where;
      expect(result.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: "domains.txt", uriBaseId: "%SRCROOT%" }, region: where[domain] });
    }
    expect(new Set(results.map((r) => r.locations[0]!.physicalLocation.region.startLine))).toEqual(new Set([2, 3, 5]));
  });

  it("domains given on the command line sit at the placeholder live-dns/<domain>, line 1", () => {
    const run = runCli(["audit", "cname-mx.example", "--zone", FIXTURE_ZONES, ...TODAY, "--format", "sarif"]);
    const results = (JSON.parse(run.stdout) as SarifLog).runs[0]!.results;
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: "live-dns/cname-mx.example", uriBaseId: "%SRCROOT%" }, region: { startLine: 1 } });
  });
});

describe("locations a SARIF reader finds again", () => {
  it("a file name with a space, #, % or a non-ASCII letter is a percent-encoded URI naming that file", () => {
    const files = ["stacks/my zone/a#1%.yaml", "stacks/été/x.yaml", "stacks/p/[1]?.yaml"];
    const log = sarif(files.map((file) => finding({ file })), { sites: new Map([["y.example", { file: "stacks/a b/y.yaml", line: 1 }]]) });
    const uris = log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    // Resolved against the source root as a reader does (SARIF §3.10.3: a URI reference, RFC 3986).
    for (const [i, uri] of uris.entries()) {
      const url = new URL(uri, "file:///root/");
      expect(url.search + url.hash).toBe("");
      expect(decodeURIComponent(url.pathname)).toBe(`/root/${files[i]}`);
    }
    const placed = sarif([live({ domain: "y.example" }), live({ domain: "z#.example" })], { sites: new Map([["y.example", { file: "stacks/a b/y.yaml", line: 1 }]]) });
    expect(placed.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(["stacks/a%20b/y.yaml", "live-dns/z%23.example"]);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it("columns are counted in the unit the run declares: after an emoji on the line, the region still starts at the value", () => {
    const text = 'domain: example.net\nmail:\n  provider: external\nmx: [{ host: "😀.example.net", priority: 5 }, { host: "https://mx1.example.net", priority: 10 }]\n';
    const dir = tempTree({ "stack/example.net.yaml": text });
    const log = JSON.parse(runCli(["lint", "stack", "--format", "sarif", ...TODAY], { cwd: dir }).stdout) as SarifLog & { runs: { columnKind: string }[] };
    const run = log.runs[0]!;
    const result = run.results.find((r) => r.ruleId === "mx-target-not-hostname")!;
    const region = result.locations[0]!.physicalLocation.region;
    const line = text.split("\n")[region.startLine - 1]!;
    // SARIF §3.14.20: unicodeCodePoints counts code points, utf16CodeUnits counts UTF-16 code units.
    const units = run.columnKind === "utf16CodeUnits" ? line.split("") : [...line];
    expect(units.slice(region.startColumn! - 1).join("")).toMatch(/^https:\/\/mx1/);
    expect(region.endColumn).toBeGreaterThan(region.startColumn!);
  });
});
