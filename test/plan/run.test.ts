// `plan` over many files: each read and parsed once and planned in a bounded pipeline (observation of the
// next domains while the current ones are linted), duplicates found across the pipeline, and nothing of a
// file's text kept once its domain is done (checked in a heap snapshot of a separate process).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ObservedRRset, RecordSource, RRType } from "../../src/dns/types.js";
import { otherStacks } from "../../src/plan/other-stacks.js";
import { formatPlanMarkdown, formatPlanText, planJson } from "../../src/plan/format.js";
import { planPaths } from "../../src/plan/run.js";
import { lintPaths } from "../../src/index.js";
import { runScriptInChild } from "../helpers/heap-probe.js";
import { tempTree } from "../helpers/tmp.js";

const domainYaml = (i: number, extra = "") => `domain: d${i}.example
mail: { provider: external }
mx: [{ host: mx.d${i}.example., priority: 10 }]
spf: "v=spf1 ip4:192.0.2.${i % 250}/32 ptr:reverse-dns.d${i}.example ~all"
dmarc: "v=DMARC1; p=none; rua=mailto:dmarc@d${i}.example,reports-for-d${i}-example"
${extra}`;

/** A source where nothing exists, slow to answer, that records which domains were started, and when. */
function slowEmptySource(delayMs: number) {
  const state = { started: [] as string[], done: 0, maxInFlight: 0 };
  const source: RecordSource = {
    async lookup(name: string, type: RRType): Promise<ObservedRRset> {
      await new Promise((r) => setTimeout(r, delayMs));
      return { name, type, status: "nxdomain", ttl: null, values: [] };
    },
  };
  return {
    state,
    async sourceFor(domain: string) {
      state.started.push(domain);
      // Domains started and not yet done (onProgress counts those done).
      state.maxInFlight = Math.max(state.maxInFlight, state.started.length - state.done);
      return source;
    },
    rules: source,
  };
}

describe("plan's pipeline", () => {
  it("observes a bounded window of domains at once, starting before every file is parsed", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`stack/d${String(i).padStart(2, "0")}.yaml`] = domainYaml(i);
    const dir = tempTree(files);
    const dns = slowEmptySource(20);
    let startedAtFirstDone = -1;
    const result = await planPaths(["stack"], {
      cwd: dir,
      sourceFor: (d) => dns.sourceFor(d),
      rulesSource: dns.rules,
      concurrency: 16,
      today: "2026-11-23",
      onProgress: (_phase, done) => {
        dns.state.done = done;
        if (done === 1) startedAtFirstDone = dns.state.started.length;
      },
    });
    expect(result.summary.files).toBe(60);
    expect(result.summary.domains).toBe(60);
    // concurrency 16 questions → a window of 8 domains.
    expect(dns.state.maxInFlight).toBeLessThanOrEqual(8);
    expect(startedAtFirstDone).toBeGreaterThan(0);
    expect(startedAtFirstDone).toBeLessThan(60);
    // Every domain planned: its records are created, in file order.
    expect(new Set(result.changes.map((c) => c.domain)).size).toBe(60);
    expect(result.findings.filter((f) => f.ruleId === "spf-ptr")).toHaveLength(60);
  });

  it("plans a quarter as many domains side by side as questions may be in flight: 16 for 64", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`stack/d${String(i).padStart(2, "0")}.yaml`] = domainYaml(i);
    const dir = tempTree(files);
    const dns = slowEmptySource(20);
    const result = await planPaths(["stack"], {
      cwd: dir,
      sourceFor: (d) => dns.sourceFor(d),
      rulesSource: dns.rules,
      concurrency: 64,
      today: "2026-11-23",
      onProgress: (_phase, done) => {
        dns.state.done = done;
      },
    });
    expect(result.summary.domains).toBe(40);
    // Each domain waits on its slow answers, so the window fills: no more, and no fewer, than 16.
    expect(dns.state.maxInFlight).toBe(16);
  });

  it("a domain in two files: the first (in path order) is planned, the second gets lint-duplicate-domain and its own findings", async () => {
    const dir = tempTree({ "stack/a.yaml": domainYaml(1), "stack/b.yaml": domainYaml(1, "dkim: { selectors: [{ name: s1, record: \"v=DKIM1; p=\" }] }\n") });
    const dns = slowEmptySource(1);
    const result = await planPaths(["stack"], { cwd: dir, sourceFor: (d) => dns.sourceFor(d), rulesSource: dns.rules, today: "2026-11-23" });
    expect(result.summary.files).toBe(2);
    expect(result.summary.domains).toBe(1);
    expect(result.findings.filter((f) => f.ruleId === "lint-duplicate-domain").map((f) => `${f.file} ${f.data.other}`)).toEqual(["stack/b.yaml stack/a.yaml"]);
    expect(result.findings.filter((f) => f.ruleId === "spf-ptr").map((f) => f.file)).toEqual(["stack/a.yaml", "stack/b.yaml"]);
    // Only a.yaml's records are planned: b.yaml's selector is not.
    expect(result.changes.some((c) => c.name.includes("_domainkey"))).toBe(false);
  });

  it("a zone a stack declares that another stack of the repository declares too: lint-duplicate-domain names both files; planned together, one finding as for any duplicate", async () => {
    // stacks/prod and stacks/staging are two stacks of one Pulumi project (their configs beside them): each
    // stack's update would adopt, overwrite and delete the records the other writes in d1.example.
    const dir = tempTree({
      "stacks/Pulumi.prod.yaml": "config: {}\n",
      "stacks/Pulumi.staging.yaml": "config: {}\n",
      "stacks/prod/d1.example.yaml": domainYaml(1),
      "stacks/prod/d2.example.yaml": domainYaml(2),
      "stacks/staging/one.yaml": domainYaml(1),
      "stacks/staging/three.yaml": domainYaml(3),
      // Not a stack (no Pulumi.drafts.yaml): its files are no stack's.
      "stacks/drafts/d2.example.yaml": domainYaml(2),
    });
    const dns = slowEmptySource(1);
    const plan = (path: string) => planPaths([path], { cwd: dir, sourceFor: (d) => dns.sourceFor(d), rulesSource: dns.rules, today: "2026-11-23" });
    const duplicates = (result: Awaited<ReturnType<typeof planPaths>>) => result.findings.filter((f) => f.ruleId === "lint-duplicate-domain").map((f) => `${f.level} ${f.file}: ${f.message}`);
    expect(duplicates(await plan("stacks/prod"))).toEqual([
      "error stacks/prod/d1.example.yaml: d1.example is also declared by stacks/staging/one.yaml, a domain file of stack staging: two stacks applying one zone each adopt, overwrite and delete the other's records; keep the zone in one stack",
    ]);
    expect(duplicates(await plan("stacks/staging"))).toEqual([
      "error stacks/staging/one.yaml: d1.example is also declared by stacks/prod/d1.example.yaml, a domain file of stack prod: two stacks applying one zone each adopt, overwrite and delete the other's records; keep the zone in one stack",
    ]);
    const both = await plan("stacks");
    expect(duplicates(both)).toHaveLength(2);
    expect(duplicates(both).filter((d) => d.includes("stack staging") || d.includes("stack prod"))).toEqual([]);
    expect((await plan("stacks/prod")).summary.errors).toBeGreaterThan(0);
  });

  const otherStackTree = () => {
    const dir = tempTree({
      "stacks/Pulumi.prod.yaml": "config: {}\n",
      "stacks/Pulumi.staging.yaml": "config: {}\n",
      "stacks/Pulumi.qa.yaml": "config: {}\n",
      "stacks/prod/books.yaml": "domain: bücher.example\nmail: { provider: none }\n",
      "stacks/prod/d1.example.yaml": domainYaml(1),
      "stacks/prod/maildns-adoption.json": JSON.stringify({ version: 2, provider: "ovh", readAt: "2026-11-01T00:00:00.000Z", zones: {}, stack: [] }),
      // The A-label of the same zone, in capitals with a final dot.
      "stacks/staging/books.yaml": "domain: XN--BCHER-KVA.EXAMPLE.\nmail: { provider: none }\n",
    });
    const dns = slowEmptySource(1);
    const plan = async (path: string) =>
      (await planPaths([path], { cwd: dir, sourceFor: (d) => dns.sourceFor(d), rulesSource: dns.rules, today: "2026-11-23" })).findings
        .filter((f) => f.ruleId === "lint-duplicate-domain")
        .map((f) => `${f.file}: ${f.message.replace(/: two stacks applying.*/, "")}`);
    return { dir, plan };
  };
  const BOOKS = "stacks/prod/books.yaml: xn--bcher-kva.example is also declared by stacks/staging/books.yaml, a domain file of stack staging";

  it("a zone another stack declares in a file that does not load (a key this version does not know): its `domain:` still names the zone", async () => {
    const { dir, plan } = otherStackTree();
    mkdirSync(join(dir, "stacks", "qa"));
    writeFileSync(join(dir, "stacks", "qa", "one.yaml"), "domain: D1.example\nmail: { provider: none }\nunknownKey: 1\n");
    expect(await plan("stacks/prod")).toEqual([BOOKS, "stacks/prod/d1.example.yaml: d1.example is also declared by stacks/qa/one.yaml, a domain file of stack qa"]);
  });

  it("a file of another stack that cannot be read: plan says its one-zone-one-stack check was not made, in the text and the JSON, under Not checked, without failing", async () => {
    const { dir } = otherStackTree();
    mkdirSync(join(dir, "stacks", "qa"));
    // No `domain:` that can be told: whether qa declares d1.example too is not known.
    writeFileSync(join(dir, "stacks", "qa", "broken.yaml"), "domain: [d1.example\n");
    const dns = slowEmptySource(1);
    const result = await planPaths(["stacks/prod"], { cwd: dir, sourceFor: (d) => dns.sourceFor(d), rulesSource: dns.rules, today: "2026-11-23" });
    const said = "stacks/qa/broken.yaml of stack qa could not be read as domain files (see that stack's lint), so whether they declare a zone of stack prod too is not known";
    expect(result.otherStacksUnread).toEqual({ planned: ["prod"], files: [{ file: "stacks/qa/broken.yaml", stack: "qa" }] });
    const text = formatPlanText(result);
    expect(text).toContain(`\nNot checked: ${said}.\n`);
    expect(text.slice(text.indexOf("Not checked: stacks/qa"))).not.toContain("Zones no domain file declares");
    expect(planJson(result).otherStacksUnread).toEqual({ planned: ["prod"], files: [{ file: "stacks/qa/broken.yaml", stack: "qa" }], detail: `not checked: ${said}` });
    expect(formatPlanMarkdown(result)).toContain(`### Not checked\n\n- ${said}.\n`);
    // Not a failure of the plan of prod (qa's own lint fails on it), as adopt and pulumi up go on.
    expect(result.findings.filter((f) => (f.file ?? "").startsWith("stacks/qa"))).toEqual([]);
    // Planned with prod, qa's file is linted (a file-syntax error), and no note is left.
    const both = await planPaths(["stacks/prod", "stacks/qa"], { cwd: dir, sourceFor: (d) => dns.sourceFor(d), rulesSource: dns.rules, today: "2026-11-23" });
    expect(both.otherStacksUnread).toBeNull();
    expect(planJson(both).otherStacksUnread).toBeNull();
  });

  it("the stack's own folder reached by a link with no config of its own is the same stack, not another; a second name with its own config is another stack", async () => {
    const { dir, plan } = otherStackTree();
    // `stacks/current` is prod's folder under another name (no Pulumi.current.yaml: no stack of its own).
    symlinkSync("prod", join(dir, "stacks", "current"));
    expect(await plan("stacks/prod")).toEqual([BOOKS]);
    expect(await plan("stacks/current")).toEqual([BOOKS.replace("stacks/prod/", "stacks/current/")]);
    // A second name that is a stack of its own (its own config, its own state) applies the same zones.
    writeFileSync(join(dir, "stacks", "Pulumi.current.yaml"), "config: {}\n");
    expect(await plan("stacks/prod")).toContain("stacks/prod/d1.example.yaml: d1.example is also declared by stacks/current/d1.example.yaml, a domain file of stack current");
  });

  it("two stacks with their own config on one folder (a link): plan and lint of the folder of stacks say it as plan of one stack does", async () => {
    const { dir, plan } = otherStackTree();
    symlinkSync("prod", join(dir, "stacks", "current"));
    writeFileSync(join(dir, "stacks", "Pulumi.current.yaml"), "config: {}\n");
    const CURRENT = "stacks/prod/d1.example.yaml: d1.example is also declared by stacks/current/d1.example.yaml, a domain file of stack current";
    expect(await plan("stacks/prod")).toContain(CURRENT);
    // The folder of stacks: the walk reads prod's folder once, under its own name; current applies it too.
    const whole = await plan("stacks");
    expect(whole).toContain(CURRENT);
    expect(whole).toContain("stacks/prod/books.yaml: xn--bcher-kva.example is also declared by stacks/current/books.yaml, a domain file of stack current");
    const linted = await lintPaths(["stacks"], { cwd: dir, today: "2026-11-23", models: false });
    const lintSays = linted.findings.filter((f) => f.ruleId === "lint-duplicate-domain" && f.messageId === "otherStack").map((f) => `${f.level} ${f.file}: ${f.message.replace(/: two stacks applying.*/, "")}`);
    expect(lintSays).toEqual([
      "error stacks/prod/books.yaml: xn--bcher-kva.example is also declared by stacks/current/books.yaml, a domain file of stack current",
      `error ${CURRENT}`,
    ]);
    // From the project's root (`lint .`), the stacks are two levels down: their configs name them.
    const fromRoot = await lintPaths(["."], { cwd: dir, today: "2026-11-23", models: false });
    expect(fromRoot.findings.filter((f) => f.messageId === "otherStack").map((f) => `${f.level} ${f.file}: ${f.message.replace(/: two stacks applying.*/, "")}`)).toEqual(lintSays);
    // A link with no config of its own is the same stack under another name: nothing to say.
    rmSync(join(dir, "stacks", "Pulumi.current.yaml"));
    expect((await plan("stacks")).filter((l) => l.includes("stack current"))).toEqual([]);
    expect((await lintPaths(["stacks"], { cwd: dir, today: "2026-11-23", models: false })).findings.filter((f) => f.messageId === "otherStack")).toEqual([]);
    expect((await lintPaths(["."], { cwd: dir, today: "2026-11-23", models: false })).findings.filter((f) => f.messageId === "otherStack")).toEqual([]);
  });

  it("stacks planned in one run read each other stack once, not once per stack planned (500 of 1,000 stacks planned read each of the other 500 500 times)", async () => {
    const dir = tempTree({
      "stacks/Pulumi.a.yaml": "config: {}\n",
      "stacks/Pulumi.b.yaml": "config: {}\n",
      "stacks/Pulumi.c.yaml": "config: {}\n",
      "stacks/a/d1.yaml": domainYaml(1),
      "stacks/b/d2.yaml": domainYaml(2),
      "stacks/c/d1.yaml": domainYaml(1),
      "stacks/c/d2.yaml": domainYaml(2),
    });
    const planned = new Set([join(dir, "stacks", "a"), join(dir, "stacks", "b")]);
    const others = otherStacks(dir, planned);
    expect(others.shared(join(dir, "stacks", "a"), [{ domain: "d1.example", file: "stacks/a/d1.yaml" }])).toEqual([{ zone: "d1.example", file: "stacks/a/d1.yaml", other: "stacks/c/d1.yaml", stack: "c" }]);
    // Read once for the run: stack c's files are not read again for stack b (a file removed meanwhile is
    // still the one read).
    rmSync(join(dir, "stacks", "c", "d2.yaml"));
    expect(others.shared(join(dir, "stacks", "b"), [{ domain: "D2.example", file: "stacks/b/d2.yaml" }])).toEqual([{ zone: "d2.example", file: "stacks/b/d2.yaml", other: "stacks/c/d2.yaml", stack: "c" }]);
    // Both planned in one run: each is told of the zone the unplanned stack shares with it.
    writeFileSync(join(dir, "stacks", "c", "d2.yaml"), domainYaml(2));
    const dns = slowEmptySource(1);
    const result = await planPaths(["stacks/a", "stacks/b"], { cwd: dir, sourceFor: (d) => dns.sourceFor(d), rulesSource: dns.rules, today: "2026-11-23" });
    expect(result.findings.filter((f) => f.ruleId === "lint-duplicate-domain").map((f) => `${f.file} ${f.data.other}`)).toEqual(["stacks/a/d1.yaml stacks/c/d1.yaml", "stacks/b/d2.yaml stacks/c/d2.yaml"]);
  });

  it("a note naming a stack folder shows the folder name's bidi control as U+XXXX, in the text plan and the JSON alike", async () => {
    const folder = "pr\u202eod";
    const dir = tempTree({ [`stacks/Pulumi.${folder}.yaml`]: "config: {}\n", [`stacks/${folder}/d1.yaml`]: domainYaml(1) });
    const dns = slowEmptySource(1);
    const result = await planPaths([`stacks/${folder}`], { cwd: dir, sourceFor: (d) => dns.sourceFor(d), rulesSource: dns.rules, today: "2026-11-23" });
    expect(result.removedZonesNotes.map((n) => `${n.kind} ${n.detail.slice(0, 43)}`)).toEqual(["no-adoption-file stacks/prU+202Eod: no maildns-adoption.json"]);
    const text = formatPlanText({ ...result, removedZonesNotes: [{ stack: "s", kind: "no-adoption-file", detail: `stacks/${folder}: no adoption file` }] });
    expect(text).toContain("Not checked: stacks/prU+202Eod: no adoption file");
    expect(text).not.toMatch(/\p{Cf}/u);
  });

  it("a file that does not load gets its findings and plans nothing; the others are planned", async () => {
    const dir = tempTree({ "stack/a.yaml": domainYaml(1), "stack/b.yaml": "domain: [oops\n" });
    const dns = slowEmptySource(1);
    const result = await planPaths(["stack"], { cwd: dir, sourceFor: (d) => dns.sourceFor(d), rulesSource: dns.rules, today: "2026-11-23" });
    expect(result.findings.filter((f) => f.file === "stack/b.yaml").map((f) => f.ruleId)).toEqual(["file-syntax"]);
    expect(new Set(result.changes.map((c) => c.domain))).toEqual(new Set(["d1.example"]));
    expect(dns.state.started).toEqual(["d1.example"]);
  });
});

describe("plan keeps no file text alive", () => {
  it("after plan, no string in the heap holds a file's text, though its findings and changes quote it", async () => {
    const work = mkdtempSync(join(tmpdir(), "maildns-heap-"));
    try {
      // The child: plan 40 files that each start with a marker, keep the result, and look for the marker
      // in a heap snapshot. A control model loaded the plain way is kept too: its file's text must be found
      // (V8 keeps a parsed scalar as a slice of the text), or the search proves nothing.
      const script = `
        import v8 from "node:v8";
        import { readFileSync } from "node:fs";
        import { planPaths } from "./src/plan/run.ts";
        import { loadDomainFile } from "./src/engine/lint.ts";
        const dir = process.argv[2];
        const empty = { lookup: async (name, type) => ({ name, type, status: "nxdomain", ttl: null, values: [] }) };
        const result = await planPaths(["stack"], { cwd: dir, sourceFor: async () => empty, rulesSource: empty, today: "2026-11-23" });
        const control = loadDomainFile("control.yaml", readFileSync(dir + "/control.yaml")).model;
        globalThis.kept = [result, control];
        const chunks = [];
        for await (const chunk of v8.getHeapSnapshot()) chunks.push(chunk);
        const strings = JSON.parse(Buffer.concat(chunks).toString("utf8")).strings;
        // The markers are put together here, so that this script's own text does not hold them.
        const count = (...parts) => strings.filter((s) => s.includes(parts.join("-"))).length;
        console.log(JSON.stringify({ planned: count("plan", "file", "marker"), control: count("control", "file", "marker"), findings: result.findings.length, changes: result.changes.length, quoted: result.findings.filter((f) => f.ruleId === "spf-ptr").length }));
      `;
      const stack = join(work, "data");
      const files: Record<string, string> = { "control.yaml": `# control-file-marker ${"x".repeat(200)}\n${domainYaml(999)}` };
      for (let i = 0; i < 40; i++) files[`stack/d${i}.yaml`] = `# plan-file-marker ${"x".repeat(200)}\n${domainYaml(i)}`;
      for (const [name, text] of Object.entries(files)) {
        const path = join(stack, name);
        (await import("node:fs")).mkdirSync(join(path, ".."), { recursive: true });
        writeFileSync(path, text);
      }
      // A heap snapshot is CPU-bound: a few seconds alone (heap-probe.ts leaves the apply-side packages out of
      // the bundle), longer beside the slow tier on two cores; the bound is generous.
      const run = await runScriptInChild(script, [stack], 180_000);
      expect(run.signal, "the child was not stopped by the timeout").toBeNull();
      expect(run.stderr).toBe("");
      const outcome = JSON.parse(run.stdout.trim().split("\n").pop()!);
      expect(outcome.control, "the control file's text is found: the search works").toBeGreaterThan(0);
      expect(outcome.quoted).toBe(40);
      expect(outcome.changes).toBeGreaterThan(0);
      expect(outcome.planned, "strings holding a planned file's text").toBe(0);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 240_000);
});
