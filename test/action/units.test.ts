import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { budgetTable, spfBudget, spfSide } from "../../src/action/budget.js";
import { publishedSpf } from "../../src/action/commands.js";
import { MAX_COMMENT_CHARS, commentBody, commentMarker, pullRequestTarget, retryUnitMs, upsertComment } from "../../src/action/comment.js";
import { InputError, parseInputs, splitPaths } from "../../src/action/inputs.js";
import { annotationOf } from "../../src/action/run.js";
import { linkLeavingWorkspace } from "../../src/action/workspace.js";
import { fitSummary, MAX_SUMMARY_BYTES, reportMarkdown } from "../../src/action/summary.js";
import { isInside, realLocation } from "../../src/action/workspace.js";
import { isCalendarDate } from "../../src/model/calendar-date.js";
import type { Finding } from "../../src/engine/types.js";
import type { DomainModel } from "../../src/model/types.js";
import { scratchDir } from "./run-action.js";

describe("annotations through the toolkit", () => {
  const base: Finding = { ruleId: "spf-ptr", level: "warn", message: "m", domain: "x.example", file: "stacks/p/x.yaml", name: null, line: 4, column: 3, endLine: 4, endColumn: 9, messageId: "ptr", data: {} };
  it("a one-line finding: file, lines and columns, titled with the rule id", () => {
    expect(annotationOf(base)).toEqual({ kind: "warning", message: "m", properties: { title: "spf-ptr", file: "stacks/p/x.yaml", startLine: 4, endLine: 4, startColumn: 3, endColumn: 9 } });
  });
  it("a finding over several lines has no columns (the toolkit refuses columns across lines)", () => {
    expect(annotationOf({ ...base, level: "info", endLine: 7 })).toEqual({ kind: "notice", message: "m", properties: { title: "spf-ptr", file: "stacks/p/x.yaml", startLine: 4, endLine: 7 } });
  });
  it("a live finding names its record in the message and has no position", () => {
    expect(annotationOf({ ...base, level: "error", file: null, name: "_dmarc.x.example", line: 0, column: 0, endLine: 0, endColumn: 0 })).toEqual({ kind: "error", message: "_dmarc.x.example: m", properties: { title: "spf-ptr" } });
  });
});

describe("inputs", () => {
  const ws = scratchDir();
  mkdirSync(join(ws, "stacks/prod"), { recursive: true });
  mkdirSync(join(ws, "infra"), { recursive: true });
  const base = { GITHUB_WORKSPACE: ws };
  const reader = (values: Record<string, string>) => (name: string) => values[name] ?? "";
  it("defaults: lint at the repository root, paths left to the default, failing on errors, summary on, comment off", () => {
    expect(parseInputs(reader({}), base, "/")).toMatchObject({ command: "lint", paths: [], failOn: "error", summary: true, comment: false, commentMarker: "maildns-report", cwd: ws, workspace: ws, policy: null, sarifFile: null });
  });
  it("splits paths on spaces, commas and lines; resolves working-directory from the workspace", () => {
    expect(splitPaths("stacks/prod, stacks/staging\nstacks/dev  ")).toEqual(["stacks/prod", "stacks/staging", "stacks/dev"]);
    expect(parseInputs(reader({ "working-directory": "infra" }), base, "/").cwd).toBe(join(ws, "infra"));
  });
  it("accepts the YAML booleans and levels in any case the toolkit does, and trims what a local runner leaves", () => {
    const inputs = parseInputs(reader({ summary: "False", comment: " TRUE\n", "fail-on": "Warn", command: "PLAN" }), base, "/");
    expect(inputs).toMatchObject({ summary: false, comment: true, failOn: "warn", command: "plan" });
  });
  it("rejects bad values with the input's name and the accepted ones", () => {
    expect(() => parseInputs(reader({ command: "apply" }), base, "/")).toThrow(new InputError("input 'command' must be one of lint, plan, audit (got 'apply'), e.g. `command: lint`"));
    expect(() => parseInputs(reader({ comment: "1" }), base, "/")).toThrow(/input 'comment' must be true or false/);
    expect(() => parseInputs(reader({ "comment-marker": "a-->b" }), base, "/")).toThrow(/input 'comment-marker' must be letters/);
    // A person's login too: with the workflow's token the step would take that person's marked comment for its own.
    for (const login of ["mallory --x", "-lead", "a--b", "app[bot][bot]", "x".repeat(40), "maintainer", "octo-cat"]) {
      expect(() => parseInputs(reader({ "comment-author": login }), base, "/")).toThrow(`input 'comment-author' must be an app's bot login, <app-slug>[bot], as an installation token writes (got '${login}'), e.g. \`comment-author: \${{ steps.app-token.outputs.app-slug }}[bot]\`; a personal token needs none`);
    }
    expect(parseInputs(reader({ "comment-author": "mail-dns-checker[bot]" }), base, "/").commentAuthor).toBe("mail-dns-checker[bot]");
    expect(parseInputs(reader({}), base, "/").commentAuthor).toBeNull();
    expect(() => parseInputs(reader({ "working-directory": "nope" }), base, "/")).toThrow(/input 'working-directory': 'nope' is not a folder/);
  });
  it("refuses a day that does not exist, which Date.parse rolls over (2026-02-30 is 2 March to it)", () => {
    expect(Number.isNaN(Date.parse("2026-02-30"))).toBe(false);
    expect(() => parseInputs(reader({ today: "2026-02-30" }), base, "/")).toThrow(/input 'today' must be a date that exists.*got '2026-02-30'/);
    expect(() => parseInputs(reader({ today: "2025-02-29" }), base, "/")).toThrow(/input 'today'/);
    expect(parseInputs(reader({ today: "2028-02-29" }), base, "/").today).toBe("2028-02-29");
    expect(isCalendarDate("2026-12-31")).toBe(true);
    expect(isCalendarDate("2026-13-01")).toBe(false);
    expect(isCalendarDate("2026-04-31")).toBe(false);
    expect(isCalendarDate("0000-01-01")).toBe(true);
    expect(isCalendarDate("2026-1-01")).toBe(false);
  });
});

describe("the search for links leaving the workspace (linkLeavingWorkspace)", () => {
  it("follows links to folders inside the workspace, each folder once, and finds a link out below one", () => {
    const root = scratchDir();
    const ws = join(root, "ws");
    mkdirSync(join(ws, "stacks/prod"), { recursive: true });
    mkdirSync(join(ws, "common/deeper"), { recursive: true });
    mkdirSync(join(root, "outside"), { recursive: true });
    symlinkSync("../../common", join(ws, "stacks/prod/shared"));
    // Links back up: searched once, the search ends.
    symlinkSync("../..", join(ws, "common/deeper/up"));
    symlinkSync(".", join(ws, "stacks/prod/self"));
    expect(linkLeavingWorkspace("paths", join(ws, "stacks/prod"), ws)).toBeNull();
    symlinkSync(join(root, "outside"), join(ws, "common/deeper/out"));
    expect(linkLeavingWorkspace("paths", join(ws, "stacks/prod"), ws)).toMatch(/^input 'paths': (stacks\/prod\/shared\/deeper\/out|common\/deeper\/out|stacks\/prod\/self\/shared\/deeper\/out) is a symbolic link that resolves outside the workspace/);
  });

  it("finds a link into the checkout's .git folder (a domain file linked to .git/config)", () => {
    const ws = join(scratchDir(), "ws");
    mkdirSync(join(ws, "stacks/prod"), { recursive: true });
    mkdirSync(join(ws, ".git"), { recursive: true });
    writeFileSync(join(ws, ".git/config"), "[core]\n");
    symlinkSync("../../.git/config", join(ws, "stacks/prod/x.yaml"));
    expect(linkLeavingWorkspace("paths", join(ws, "stacks/prod"), ws)).toBe(
      "input 'paths': stacks/prod/x.yaml is a symbolic link into the repository's .git folder: git's own files, which maildns neither reads nor writes; replace the link with the file itself",
    );
  });

  it("refuses, never passes, a folder with more entries than it searches", () => {
    const root = scratchDir();
    const ws = join(root, "ws");
    mkdirSync(join(ws, "stacks/prod"), { recursive: true });
    for (let i = 0; i < 6; i++) writeFileSync(join(ws, `stacks/prod/d${i}.example.yaml`), "");
    expect(linkLeavingWorkspace("paths", join(ws, "stacks/prod"), ws, 6)).toBeNull();
    expect(linkLeavingWorkspace("paths", join(ws, "stacks/prod"), ws, 5)).toBe(
      "input 'paths': more than 5 entries below stacks/prod (through links to folders too): too many to check for symbolic links leaving the workspace; give the stack folders themselves",
    );
  });
});

describe("inputs stay inside the workspace", () => {
  const root = scratchDir();
  const ws = join(root, "ws");
  const outside = join(root, "outside");
  mkdirSync(join(ws, "stacks/prod"), { recursive: true });
  mkdirSync(join(ws, "out"), { recursive: true });
  mkdirSync(join(ws, "zones"), { recursive: true });
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(outside, "x.yaml"), "domain: outside.example\n");
  symlinkSync(outside, join(ws, "stacks/linked"));
  symlinkSync(join(outside, "x.yaml"), join(ws, "stacks/prod/x.yaml"));
  symlinkSync(outside, join(ws, "out-link"));
  symlinkSync(join(outside, "missing"), join(ws, "dangling"));
  const env = { GITHUB_WORKSPACE: ws };
  const reader = (values: Record<string, string>) => (name: string) => values[name] ?? "";
  const refused: [string, string, RegExp][] = [
    ["paths", "../outside", /^input 'paths': '\.\.\/outside' resolves outside the workspace \(GITHUB_WORKSPACE\)/],
    ["paths", outside, /^input 'paths': '.*' resolves outside the workspace \(/],
    ["paths", "stacks/linked", /^input 'paths': 'stacks\/linked' resolves outside the workspace through a symbolic link/],
    ["paths", "stacks/prod/x.yaml", /through a symbolic link/],
    ["paths", "stacks/linked/new/deeper.yaml", /through a symbolic link/],
    ["policy", "../outside/x.yaml", /^input 'policy': /],
    ["policy", "stacks/linked/x.yaml", /^input 'policy': .*through a symbolic link/],
    ["zone", "zones ../outside", /^input 'zone': '\.\.\/outside'/],
    // A folder whose files maildns reads: a link below it that leads out is refused too.
    ["zone", "stacks", /^input 'zone': stacks\/(linked|prod\/x\.yaml) is a symbolic link that resolves outside the workspace \(GITHUB_WORKSPACE\)/],
    ["sarif-file", "../report.sarif", /^input 'sarif-file': /],
    ["sarif-file", "out-link/report.sarif", /^input 'sarif-file': 'out-link\/report\.sarif' resolves outside the workspace through a symbolic link/],
    ["sarif-file", "dangling", /^input 'sarif-file': .*through a symbolic link/],
    ["working-directory", "..", /^input 'working-directory': '\.\.' resolves outside/],
    ["working-directory", "stacks/linked", /^input 'working-directory': .*through a symbolic link/],
  ];
  for (const [name, value, message] of refused) {
    it(`refuses ${name}: ${value}`, () => {
      expect(() => parseInputs(reader({ [name]: value }), env, "/")).toThrow(message);
    });
  }
  it("refuses sarif-file and cache naming one file not made yet (the cache, written first, would be replaced by the SARIF)", () => {
    const same = "input 'sarif-file': 'out/x.sarif' is the file of input 'cache' ('out/x.sarif'): the SARIF and the lint cache would replace each other; give each its own file";
    expect(() => parseInputs(reader({ "sarif-file": "out/x.sarif", cache: "out/x.sarif" }), env, "/")).toThrow(new InputError(same));
    // The cache named by its folder: the file in it.
    expect(() => parseInputs(reader({ "sarif-file": "stacks/prod/.maildnscache", cache: "stacks/prod/" }), env, "/")).toThrow(
      new InputError("input 'sarif-file': 'stacks/prod/.maildnscache' is the file of input 'cache' ('stacks/prod/'): the SARIF and the lint cache would replace each other; give each its own file"),
    );
    // Another command writes no cache: the input is unused there.
    expect(parseInputs(reader({ "sarif-file": "out/x.sarif", cache: "out/x.sarif", command: "plan" }), env, "/").sarifFile).toBe("out/x.sarif");
    expect(parseInputs(reader({ "sarif-file": "out/x.sarif", cache: "out/y.cache" }), env, "/").cache).toBe("out/y.cache");
  });
  it("refuses a new sarif-file or cache named as the evidence or the adoption file", () => {
    expect(() => parseInputs(reader({ "sarif-file": "out/dmarc-evidence.json" }), env, "/")).toThrow(
      new InputError(
        "input 'sarif-file': 'out/dmarc-evidence.json' is the name of a DMARC evidence file: lint and plan would read the report as the evidence of the domain files beside it (rule dmarc-ramp-evidence), and no later report could replace it; give another file name (`maildns reports evidence` writes the evidence)",
      ),
    );
    expect(() => parseInputs(reader({ cache: "out/maildns-adoption.json" }), env, "/")).toThrow(/^input 'cache': 'out\/maildns-adoption\.json' is the name of a maildns adoption file: /);
  });
  it("accepts paths inside, shipped pack names, domain names for audit, and a SARIF file not written yet", () => {
    const inputs = parseInputs(reader({ paths: "stacks/prod example.com", policy: "strict", zone: "zones", "sarif-file": "out/new/maildns.sarif", command: "audit" }), env, "/");
    expect(inputs.paths).toEqual(["stacks/prod", "example.com"]);
    expect(inputs.policy).toBe("strict");
    expect(realLocation(join(ws, "out/new/maildns.sarif"))).toBe(join(realLocation(ws), "out/new/maildns.sarif"));
  });
  it("compares real paths: a workspace reached through a symbolic link is still the workspace", () => {
    const alias = join(root, "ws-alias");
    symlinkSync(ws, alias);
    expect(parseInputs(reader({ paths: "stacks/prod" }), { GITHUB_WORKSPACE: alias }, "/").paths).toEqual(["stacks/prod"]);
    expect(isInside("/a/b", "/a/b")).toBe(true);
    expect(isInside("/a/b", "/a/bc")).toBe(false);
    expect(isInside("/a/b", "/a/b/..c")).toBe(true);
  });
});

function domainWithSpf(domain: string, spf: string | null): DomainModel {
  return { domain, spf: spf === null ? null : { text: { value: spf, path: ["spf"] }, structured: false, senders: [], ttl: 600, path: ["spf"] } } as unknown as DomainModel;
}

describe("SPF lookup budget", () => {
  it("counts the reachable DNS-querying terms of a record (RFC 7208 §4.6.4)", () => {
    expect(spfSide("v=spf1 include:mx.ovh.com a mx ip4:192.0.2.1 -all")).toEqual({ count: 3, terms: ["include:mx.ovh.com", "a", "mx"] });
    // Terms after `all` are never evaluated and cost nothing.
    expect(spfSide("v=spf1 -all include:x.example")).toEqual({ count: 0, terms: [] });
    expect(spfSide("v=spf1 redirect=_spf.example.com")).toEqual({ count: 1, terms: ["redirect=_spf.example.com"] });
    expect(spfSide("v=DMARC1; p=none")).toBe("none");
    expect(spfSide(null)).toBe("none");
  });

  it("shows before → after with the change when live state is known, ? when not", () => {
    const rows = spfBudget(
      [domainWithSpf("b.example", "v=spf1 include:mx.ovh.com include:_spf.crm.example ~all"), domainWithSpf("a.example", "v=spf1 include:mx.ovh.com ~all"), domainWithSpf("c.example", null)],
      new Map([
        ["b.example", "v=spf1 include:mx.ovh.com ~all"],
        ["c.example", null],
      ]),
    );
    expect(rows.map((r) => r.domain)).toEqual(["a.example", "b.example", "c.example"]);
    const table = budgetTable(rows);
    expect(table).toContain("| a.example | ? | 1/10 |  |  | `include:mx.ovh.com` |");
    expect(table).toContain("| b.example | 1/10 | 2/10 | +1 |  | `include:mx.ovh.com` `include:_spf.crm.example` |");
    expect(table).toContain("| c.example | no SPF | no SPF |  |  |  |");
  });

  it("a text receivers discard is no SPF record, so no budget, before or after (RFC 7208 §4.5)", () => {
    expect(spfSide("v=spf1\tinclude:mx.ovh.com -all")).toBe("none");
    expect(spfSide(" v=spf1 include:mx.ovh.com -all")).toBe("none");
    expect(spfSide("V=SPF1 include:mx.ovh.com -ALL")).toEqual({ count: 1, terms: ["include:mx.ovh.com"] });
    // What live DNS publishes: of an apex holding a v=spf1<TAB> text and a verification token, no SPF record.
    const apex = (values: string[]) => ({ domain: "t.example", failures: [], rrsets: [{ name: "t.example", subdomain: "", type: "TXT", role: "spf", state: "present", values }] });
    const published = publishedSpf([apex(["v=spf1\tinclude:mx.ovh.com -all"])] as unknown as Parameters<typeof publishedSpf>[0]);
    expect(published).toEqual(new Map([["t.example", null]]));
    const rows = spfBudget([domainWithSpf("t.example", "v=spf1 include:mx.ovh.com -all")], published);
    expect(budgetTable(rows)).toContain("| t.example | no SPF | 1/10 |");
  });

  it("marks a record over the limit", () => {
    const many = `v=spf1 ${Array.from({ length: 11 }, (_, i) => `include:s${i}.example`).join(" ")} -all`;
    expect(budgetTable(spfBudget([domainWithSpf("x.example", many)]))).toContain("| x.example | ? | 11/10 ⛔ |");
  });
});

describe("PR comment", () => {
  it("finds the pull request in pull_request and pull_request_target payloads, nothing in others", () => {
    expect(pullRequestTarget({ pull_request: { number: 7 }, repository: { full_name: "o/r" } }, undefined)).toEqual({ owner: "o", repo: "r", number: 7 });
    expect(pullRequestTarget({ number: 7, pull_request: {} }, "o/r")).toEqual({ owner: "o", repo: "r", number: 7 });
    expect(pullRequestTarget({ ref: "refs/heads/main" }, "o/r")).toBeNull();
    expect(pullRequestTarget({ number: 3, issue: {} }, "o/r")).toBeNull();
    expect(pullRequestTarget(null, undefined)).toBeNull();
  });

  it("puts the marker first and cuts the body to GitHub's limit", () => {
    const marker = commentMarker("maildns-report");
    expect(marker).toBe("<!-- maildns-report -->");
    expect(commentBody("## hi\n", marker)).toBe(`${marker}\n## hi\n`);
    const long = commentBody("x".repeat(MAX_COMMENT_CHARS * 2), marker);
    expect(long.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(long.startsWith(marker)).toBe(true);
    expect(long).toMatch(/cut to fit a comment/);
  });

  it("a cut comment ends on a whole line, never inside a character or a table row", () => {
    const marker = commentMarker("maildns-report");
    const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    for (const lead of ["", "a"]) {
      const body = commentBody(lead + "😀".repeat(MAX_COMMENT_CHARS), marker);
      expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
      expect(body).not.toMatch(loneSurrogate);
    }
    const rows = Array.from({ length: 5000 }, (_, i) => `| row ${i} | ${"v".repeat(20)} |`).join("\n");
    const body = commentBody(`| a | b |\n| --- | --- |\n${rows}\n`, marker);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    const [kept, note] = body.split("\n\n… ");
    for (const line of kept!.split("\n").slice(1)) expect(line).toMatch(/^\| (a|---|row \d+) \| [-bv]+ \|$/);
    expect(note).toMatch(/^\(cut to fit a comment/);
  });

  it("the job summary is cut to GitHub's 1 MiB per step, on a whole line, and says so", () => {
    const big = Array.from({ length: 4000 }, (_, i) => `| create | n${i}.example | TXT | 300 |  | \`${"é".repeat(300)}\` |`).join("\n");
    const md = reportMarkdown({ command: "plan", summary: { files: 1, domains: 1, errors: 0, warnings: 0, infos: 0 }, findings: [], failOn: "error", failed: false, planMarkdown: big, changes: 4000, budget: [] });
    const summary = fitSummary(md);
    expect(Buffer.byteLength(summary, "utf8")).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(summary.startsWith("## maildns plan: ✅ passed")).toBe(true);
    expect(summary).toMatch(/\n\n… \(cut to fit GitHub's 1 MiB job summary: [\d,]+ more bytes not shown; the JSON report has everything\)\n$/);
    const kept = summary.slice(0, summary.lastIndexOf("\n\n… "));
    expect(md.startsWith(kept)).toBe(true);
    expect(md[kept.length]).toBe("\n");
    expect(fitSummary("## short\n")).toBe("## short\n");
  });

  it("the report's Markdown ends with a line end, so the summary is written as it is and stays within the limit", () => {
    const md = reportMarkdown({ command: "lint", summary: { files: 1, domains: 1, errors: 0, warnings: 0, infos: 0 }, findings: [], failOn: "error", failed: false, budget: [] });
    expect(md.endsWith("\n")).toBe(true);
  });

  it("MAILDNS_GITHUB_RETRY_UNIT_MS only ever shortens the waits between GitHub attempts", () => {
    expect([undefined, "", "1", "250", "1000"].map(retryUnitMs)).toEqual([undefined, undefined, 1, 250, 1000]);
    // Longer than a second, zero, negative, fractional, padded or not a number: seconds, as GitHub counts.
    for (const value of ["1001", "5000", "0", "-5", "2.5", " 100", "100 ", "1e3", "0x10", "abc", "99999"]) expect(retryUnitMs(value)).toBeUndefined();
  });

  it("gives up on a silent API at its deadline, with a reason and without the token", async () => {
    const sockets = new Set<import("node:net").Socket>();
    const server = createServer(() => {
      // never answers
    });
    server.on("connection", (socket) => sockets.add(socket));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const result = await upsertComment({ apiUrl: `http://127.0.0.1:${port}`, token: "secret-token", target: { owner: "o", repo: "r", number: 1 }, marker: "<!-- m -->", body: "<!-- m -->\nb", deadlineMs: 300, retryAfterUnitMs: 10 });
      expect(result).toEqual({ outcome: "failed", reason: "GitHub did not answer in time" });
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("never repeats the token, even when GitHub's error message carries it", async () => {
    const server = createServer((req, res) => {
      res.writeHead(422, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: `Validation Failed for ${req.headers.authorization}` }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const result = await upsertComment({ apiUrl: `http://127.0.0.1:${port}`, token: "secret-token", target: { owner: "o", repo: "r", number: 1 }, marker: "<!-- m -->", body: "b" });
      expect(result.outcome).toBe("failed");
      expect(JSON.stringify(result)).toContain("GitHub answered 422: Validation Failed for token ***");
      expect(JSON.stringify(result)).not.toContain("secret-token");
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe("report markdown", () => {
  const finding = (i: number): Finding => ({ ruleId: "spf-ptr", level: "warn", message: `m${i} | pipe`, domain: `d${i}.example`, file: `stacks/p/d${i}.yaml`, name: null, line: i + 1, column: 3, endLine: i + 1, endColumn: 9, messageId: "ptr", data: {} });
  it("cuts long tables and says how many rows are left out", () => {
    const md = reportMarkdown(
      {
        command: "lint",
        summary: { files: 5, domains: 5, errors: 0, warnings: 5, infos: 0 },
        findings: [0, 1, 2, 3, 4].map(finding),
        failOn: "warn",
        failed: true,
        budget: spfBudget([0, 1, 2, 3, 4].map((i) => domainWithSpf(`d${i}.example`, "v=spf1 mx -all"))),
      },
      2,
    );
    expect(md).toMatch(/^## maildns lint: ❌ failed\n\n5 files, 5 domains: \*\*0 errors\*\*, 5 warnings, 0 info\. The check fails on warnings or errors\.\n/);
    expect(md).toContain("| 🟠 warn | `stacks/p/d1.yaml:2:3` | `spf-ptr` | m1 \\| pipe |");
    expect(md).not.toContain("d2.yaml");
    expect(md).toContain("… and 3 more findings");
    expect(md).toContain("| d1.example | ? | 1/10 |");
    expect(md).not.toContain("| d2.example");
    expect(md).toContain("… and 3 more domains.");
  });

  it("shows a plan failure and the pending changes", () => {
    const md = reportMarkdown({ command: "plan", summary: { files: 1, domains: 1, errors: 0, warnings: 0, infos: 0 }, findings: [], failOn: "error", failed: true, failure: "_dmarc.x.example TXT: lookup timed out", planMarkdown: "| plan |\n", changes: 2, budget: [] });
    expect(md).toContain("; 2 changes pending.");
    expect(md).toContain("> [!CAUTION]\n> \\_dmarc.x.example TXT: lookup timed out\n");
    expect(md).toContain("### Plan\n\n| plan |\n");
    expect(md).toContain("No findings.");
  });
});
