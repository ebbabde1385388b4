import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { budgetTable, spfBudget, spfSide } from "../../src/action/budget.js";
import { COMMENT_MARKER, MAX_COMMENT_CHARS, commentBody, pullRequestTarget, upsertComment } from "../../src/action/comment.js";
import { InputError, parseInputs, splitPaths } from "../../src/action/inputs.js";
import { inputVariable, outputBlock, readInput, workflowCommand } from "../../src/action/runner.js";
import { reportMarkdown } from "../../src/action/summary.js";
import type { Finding } from "../../src/engine/types.js";
import type { DomainModel } from "../../src/model/types.js";
import { parseOutputFile } from "./run-action.js";

describe("runner protocol", () => {
  it("names input variables the runner's way: upper case, spaces to underscores, hyphens kept", () => {
    expect(inputVariable("fail-on")).toBe("INPUT_FAIL-ON");
    expect(inputVariable("sarif file")).toBe("INPUT_SARIF_FILE");
    expect(readInput({ "INPUT_WORKING-DIRECTORY": "  infra \n" }, "working-directory")).toBe("infra");
    expect(readInput({}, "policy")).toBe("");
  });

  it("writes multi-line outputs with a delimiter that the value cannot contain", () => {
    const block = outputBlock("report", "line 1\nline 2", "EOF_1");
    expect(block).toBe("report<<EOF_1\nline 1\nline 2\nEOF_1\n");
    expect(parseOutputFile(block + outputBlock("errors", "3"))).toEqual({ report: "line 1\nline 2", errors: "3" });
    expect(() => outputBlock("x", "a\nEOF_1\nerrors=0", "EOF_1")).toThrow(/delimiter/);
  });

  it("escapes workflow command data so a message cannot start a second command", () => {
    expect(workflowCommand("warning", "100% sure\n::error::injected")).toBe("::warning::100%25 sure%0A::error::injected");
    expect(workflowCommand("error", "m", { file: "a,b:c.yaml", line: 3 })).toBe("::error file=a%2Cb%3Ac.yaml,line=3::m");
  });
});

describe("inputs", () => {
  const base = { GITHUB_WORKSPACE: "/repo" };
  it("defaults: lint of stacks at the repository root, failing on errors, summary on, comment off", () => {
    expect(parseInputs(base, "/")).toMatchObject({ command: "lint", paths: ["stacks"], failOn: "error", summary: true, comment: false, cwd: "/repo", workspace: "/repo", policy: null, sarifFile: null });
  });
  it("splits paths on spaces, commas and lines; resolves working-directory from the workspace", () => {
    expect(splitPaths("stacks/prod, stacks/staging\nstacks/dev  ")).toEqual(["stacks/prod", "stacks/staging", "stacks/dev"]);
    expect(parseInputs({ ...base, "INPUT_WORKING-DIRECTORY": "infra" }, "/").cwd).toBe("/repo/infra");
  });
  it("accepts the YAML booleans and levels in any case the toolkit does", () => {
    const inputs = parseInputs({ ...base, INPUT_SUMMARY: "False", INPUT_COMMENT: "TRUE", "INPUT_FAIL-ON": "Warn", INPUT_COMMAND: "PLAN" }, "/");
    expect(inputs).toMatchObject({ summary: false, comment: true, failOn: "warn", command: "plan" });
  });
  it("rejects bad values with the input's name and the accepted ones", () => {
    expect(() => parseInputs({ ...base, INPUT_COMMAND: "apply" }, "/")).toThrow(new InputError("input 'command' must be one of lint, plan, audit (got 'apply'), e.g. `command: lint`"));
    expect(() => parseInputs({ ...base, INPUT_COMMENT: "1" }, "/")).toThrow(/input 'comment' must be true or false/);
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

  it("marks a record over the limit", () => {
    const many = `v=spf1 ${Array.from({ length: 11 }, (_, i) => `include:s${i}.example`).join(" ")} -all`;
    expect(budgetTable(spfBudget([domainWithSpf("x.example", many)]))).toContain("| x.example | ? | 11/10 ⛔ |");
  });
});

describe("PR comment", () => {
  it("finds the pull request in pull_request and pull_request_target payloads, nothing in others", () => {
    expect(pullRequestTarget({}, { pull_request: { number: 7 }, repository: { full_name: "o/r" } })).toEqual({ owner: "o", repo: "r", number: 7 });
    expect(pullRequestTarget({ GITHUB_REPOSITORY: "o/r" }, { number: 7, pull_request: {} })).toEqual({ owner: "o", repo: "r", number: 7 });
    expect(pullRequestTarget({ GITHUB_REPOSITORY: "o/r" }, { ref: "refs/heads/main" })).toBeNull();
    expect(pullRequestTarget({ GITHUB_REPOSITORY: "o/r" }, { number: 3, issue: {} })).toBeNull();
    expect(pullRequestTarget({}, null)).toBeNull();
  });

  it("puts the marker first and cuts the body to GitHub's limit", () => {
    expect(commentBody("## hi\n")).toBe(`${COMMENT_MARKER}\n## hi\n`);
    const long = commentBody("x".repeat(MAX_COMMENT_CHARS * 2));
    expect(long.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(long.startsWith(COMMENT_MARKER)).toBe(true);
    expect(long).toMatch(/cut to fit a comment/);
  });

  it("gives up on a silent API after its timeout, with a reason and without the token", async () => {
    const sockets = new Set<import("node:net").Socket>();
    const server = createServer(() => {
      // never answers
    });
    server.on("connection", (socket) => sockets.add(socket));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const result = await upsertComment({ apiUrl: `http://127.0.0.1:${port}/`, token: "secret-token", target: { owner: "o", repo: "r", number: 1 }, body: "b", timeoutMs: 200 });
      expect(result).toEqual({ outcome: "failed", reason: "GitHub did not answer in time" });
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("never repeats the token, even when an error message would carry it", async () => {
    const failingFetch = (async () => {
      throw new Error("invalid header value: Bearer secret-token");
    }) as unknown as typeof fetch;
    const result = await upsertComment({ apiUrl: "http://127.0.0.1:1", token: "secret-token", target: { owner: "o", repo: "r", number: 1 }, body: "b", fetch: failingFetch });
    expect(result.outcome).toBe("failed");
    expect(JSON.stringify(result)).not.toContain("secret-token");
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
    expect(md).toContain("> [!CAUTION]\n> _dmarc.x.example TXT: lookup timed out\n");
    expect(md).toContain("### Plan\n\n| plan |\n");
    expect(md).toContain("No findings.");
  });
});
