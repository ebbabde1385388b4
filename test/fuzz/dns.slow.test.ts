// Property-based fuzzing of live DNS: a loopback server that answers each question the way the input says —
// random bytes, a cut message, another message id, no question or another one, a compression pointer loop,
// CNAME loops and chains across answers, TC then a hostile TCP answer (garbage, closed, wrong id, a slow drip),
// SERVFAIL/REFUSED/FORMERR, BADVERS in the OPT record, an empty answer beside another owner's record, NXDOMAIN
// beside the record asked, another opcode, an empty answer from a server neither recursive nor authoritative,
// silence, slowness — or correctly. `plan` runs in-process against it (most inputs)
// and as the CLI subprocess (a sample). Properties: it ends within its deadline with its report; no create or
// delete for an RRset whose lookup failed or was never answered correctly; no rule crashes; the CLI exits 0, 1
// or 2 with its documented meaning, no stack trace, bounded memory, and no canary secret in what it prints.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import type { Answer } from "dns-packet";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPolicy } from "../../src/engine/policy.js";
import { createDnsSource } from "../../src/dns/index.js";
import { planPaths, type PlanResult } from "../../src/plan/run.js";
import { allRules } from "../../src/rules/index.js";
import { cliPath } from "../helpers/cli.js";
import { replyTo, soaOf, startHostileDns, type HostileQuery, type HostileReply, type HostileServer } from "../helpers/hostile-dns.js";
import { messageProblem, params, Tally, TEST_TIMEOUT, within } from "./harness.js";

const KINDS = [
  "clean", "clean", "clean", "nxdomain", "nodata", "random", "truncated", "wrong-id", "no-question", "wrong-question", "pointer-loop",
  "cname-loop", "cname-chain", "tc-garbage", "tc-close", "tc-wrong-id", "tc-drip", "tc-clean", "slow", "servfail", "refused", "formerr", "silent",
  "badvers", "stray-owner", "nxdomain-with-answer", "other-opcode", "no-ra-no-aa",
] as const;
type Kind = (typeof KINDS)[number];
/** Replies that answer the question as asked, correctly: the only ones a plan may act on. */
const CORRECT: ReadonlySet<Kind> = new Set(["clean", "nxdomain", "nodata", "cname-loop", "cname-chain", "tc-clean", "slow"]);

const DOMAIN = `domain: fuzz.example
mail: { provider: external }
mx: [{ host: mx1.fuzz.example., priority: 10 }]
spf: "v=spf1 include:_spf.include.example mx a:a.fuzz.example -all"
dmarc: "v=DMARC1; p=reject; rua=mailto:d@report.example"
dkim: { selectors: [{ name: s1, cname: s1._domainkey.dkim.example. }] }
srv: [{ service: _imaps._tcp, priority: 0, weight: 1, port: 993, target: imap.fuzz.example. }]
`;
/** Questions the plan of DOMAIN asks first; each may get its own behaviour. */
const KEYS = ["fuzz.example/MX", "fuzz.example/TXT", "_dmarc.fuzz.example/TXT", "s1._domainkey.fuzz.example/CNAME", "s1._domainkey.fuzz.example/TXT", "_imaps._tcp.fuzz.example/SRV", "_spf.include.example/TXT", "mx1.fuzz.example/A", "fuzz.example/SPF", "d._report._dmarc.report.example/TXT"];

/** What the live zone holds when a question is answered correctly. */
const ZONE: Record<string, Answer[]> = {
  "fuzz.example/MX": [{ name: "fuzz.example", type: "MX", ttl: 3600, class: "IN", data: { preference: 10, exchange: "mx1.fuzz.example" } }],
  "fuzz.example/TXT": [{ name: "fuzz.example", type: "TXT", ttl: 3600, class: "IN", data: ["v=spf1 include:_spf.include.example -all"] }],
  "_dmarc.fuzz.example/TXT": [{ name: "_dmarc.fuzz.example", type: "TXT", ttl: 3600, class: "IN", data: ["v=DMARC1; p=none"] }],
  "_spf.include.example/TXT": [{ name: "_spf.include.example", type: "TXT", ttl: 3600, class: "IN", data: ["v=spf1 ip4:192.0.2.0/24 -all"] }],
  "mx1.fuzz.example/A": [{ name: "mx1.fuzz.example", type: "A", ttl: 3600, class: "IN", data: "192.0.2.25" }],
};

interface Scenario {
  fallback: Kind;
  byKey: Record<string, Kind>;
  salt: number;
}
const scenario = fc.record({ fallback: fc.constantFrom(...KINDS), byKey: fc.dictionary(fc.constantFrom(...KEYS), fc.constantFrom(...KINDS), { maxKeys: 6 }), salt: fc.nat() });

/** A small deterministic PRNG per question, so a run's bytes follow from its input. */
function noise(salt: number, text: string): () => number {
  let h = salt ^ 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507) ^ Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

function correctReply(q: HostileQuery): Buffer {
  const answers = ZONE[`${q.name}/${q.type}`];
  if (answers) return replyTo(q, { answers });
  const zone = q.name.split(".").slice(-2).join(".");
  return replyTo(q, { rcode: q.name.split(".").length > 3 ? "NXDOMAIN" : "NOERROR", authorities: [soaOf(zone)] });
}

/** The reply for one question under a scenario; `sent` records which questions got a correct reply. */
function replyFor(s: Scenario, q: HostileQuery, sent: Set<string>): HostileReply {
  const key = `${q.name}/${q.type}`;
  const kind = s.byKey[key] ?? s.fallback;
  const rand = noise(s.salt, `${key}/${q.transport}`);
  const good = correctReply(q);
  const bytes = (b: Buffer): HostileReply => ({ kind: "bytes", bytes: b });
  if (CORRECT.has(kind) && !(kind === "tc-clean" && q.transport === "udp")) {
    sent.add(key);
    // A correct answer for another type at a name also says whether a CNAME sits there: the server returns
    // the alias instead (RFC 1034 §3.6.2, §4.3.2). plan asks a DKIM selector's TXT only and reads its CNAME
    // from that answer.
    if (q.type !== "CNAME") sent.add(`${q.name}/CNAME`);
  }
  switch (kind) {
    case "clean":
      return bytes(good);
    case "nxdomain":
      return bytes(replyTo(q, { rcode: "NXDOMAIN", authorities: [soaOf("example")] }));
    case "nodata":
      return bytes(replyTo(q, { authorities: [soaOf("example")] }));
    case "random":
      return bytes(Buffer.from(Array.from({ length: Math.floor(rand() * 80) }, () => Math.floor(rand() * 256))));
    case "truncated":
      return bytes(good.subarray(0, Math.floor(rand() * good.length)));
    case "wrong-id":
      return bytes(replyTo(q, { id: (q.id + 1) & 0xffff, answers: ZONE[key] ?? [] }));
    case "no-question":
      return bytes(replyTo(q, { questions: [], authorities: [soaOf("example")] }));
    case "wrong-question":
      return bytes(replyTo(q, { questions: [{ name: `x.${q.name}`, type: q.type }], authorities: [soaOf("example")] }));
    case "pointer-loop": {
      // One answer whose owner name is a compression pointer to itself (RFC 1035 §4.1.4 allows only earlier ones).
      const head = replyTo(q, {});
      const at = head.length;
      const rr = Buffer.from([0xc0 | (at >> 8), at & 0xff, 0, 16, 0, 1, 0, 0, 0, 60, 0, 0]);
      const message = Buffer.concat([head, rr]);
      message.writeUInt16BE(1, 6);
      return bytes(message);
    }
    case "cname-loop":
    case "cname-chain": {
      // Each hop answered on its own: a → b → a (loop) or a → a.next → … (chain), every name in its own zone.
      const target = kind === "cname-loop" ? (q.name.startsWith("loop.") ? q.name.slice(5) : `loop.${q.name}`) : `next.${q.name}`;
      return bytes(replyTo(q, { answers: [{ name: q.name, type: "CNAME", ttl: 60, class: "IN", data: target }] }));
    }
    case "tc-garbage":
    case "tc-close":
    case "tc-wrong-id":
    case "tc-drip":
    case "tc-clean":
      if (q.transport === "udp") return bytes(replyTo(q, { tc: true }));
      if (kind === "tc-garbage") return bytes(Buffer.from(Array.from({ length: 30 }, () => Math.floor(rand() * 256))));
      if (kind === "tc-close") return { kind: "drip", bytes: Buffer.from([0, 200, 1, 2]), chunk: 4, intervalMs: 0, close: true };
      if (kind === "tc-wrong-id") return bytes(replyTo(q, { id: (q.id + 7) & 0xffff }));
      if (kind === "tc-drip") return { kind: "drip", bytes: Buffer.concat([Buffer.from([good.length >> 8, good.length & 0xff]), good]), chunk: 1, intervalMs: 40, close: false };
      return bytes(good);
    case "slow":
      return { kind: "bytes", bytes: good, delayMs: Math.floor(rand() * 120) };
    case "servfail":
      return bytes(replyTo(q, { rcode: "SERVFAIL" }));
    case "refused":
      return bytes(replyTo(q, { rcode: "REFUSED" }));
    case "formerr":
      return bytes(replyTo(q, { rcode: "FORMERR", questions: [] }));
    case "silent":
      return { kind: "silent" };
    case "badvers":
      return bytes(replyTo(q, { extendedRcode: 1, authorities: [soaOf("example")] }));
    case "stray-owner":
      return bytes(replyTo(q, { answers: [{ name: `x.${q.name}`, type: "TXT", ttl: 60, class: "IN", data: ["v=spf1 +all"] }], authorities: [soaOf("example")] }));
    case "nxdomain-with-answer":
      return bytes(replyTo(q, { rcode: "NXDOMAIN", answers: ZONE[key] ?? [{ name: q.name, type: "TXT", ttl: 60, class: "IN", data: ["x"] }], authorities: [soaOf("example")] }));
    case "other-opcode": {
      const message = Buffer.from(good);
      message.writeUInt16BE(message.readUInt16BE(2) | (4 << 11), 2);
      return bytes(message);
    }
    case "no-ra-no-aa":
      return bytes(replyTo(q, { aa: false }));
  }
}

/** A change planned where the input gave no correct answer, or beside a failure of the same RRset. */
function wrongPlan(result: PlanResult, sent: ReadonlySet<string>): string | null {
  const failed = new Set(result.failures.map((f) => `${f.name}/${f.type}`));
  for (const change of result.changes) {
    const key = `${change.name}/${change.type}`;
    if (failed.has(key)) return `${change.action} ${key} although its lookup failed`;
    if (!sent.has(key)) return `${change.action} ${key} although no correct answer was ever sent for it`;
  }
  return null;
}

let current: Scenario = { fallback: "clean", byKey: {}, salt: 0 };
let sent = new Set<string>();
let server: HostileServer;
let root: string;
const policy = loadPolicy("ovh", allRules, process.cwd());
const tallies: Tally[] = [];
beforeAll(async () => {
  server = await startHostileDns((q) => replyFor(current, q, sent));
  root = mkdtempSync(join(tmpdir(), "maildns-fuzz-dns-"));
  writeFileSync(join(root, "fuzz.example.yaml"), DOMAIN);
});
afterAll(async () => {
  for (const t of tallies) t.report();
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const DEADLINE_MS = 2000;

describe("plan against a hostile DNS server", { timeout: TEST_TIMEOUT }, () => {
  it("in-process: ends by its deadline, plans nothing on a failed or wrong answer, no rule crashes", async () => {
    const t = new Tally("dns plan in-process");
      const inTime = within(12000);
    tallies.push(t);
    const heapAtStart = process.memoryUsage().heapUsed;
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        if (!inTime()) return true;
        t.input();
        current = s;
        sent = new Set();
        const dns = createDnsSource({ servers: [server.address], timeoutMs: 80, retries: 1, deadlineAt: Date.now() + DEADLINE_MS });
        const started = performance.now();
        let result: PlanResult;
        try {
          result = await planPaths([root], { cwd: root, sourceFor: async () => dns, rulesSource: dns, policy, today: "2026-11-23" });
        } catch (error) {
          return t.fail("crash", `planPaths threw ${(error as Error).stack} for ${JSON.stringify(s)}`);
        } finally {
          dns.close();
        }
        const elapsed = performance.now() - started;
        if (elapsed > DEADLINE_MS + 3000) return t.fail("hang", `took ${Math.round(elapsed)} ms for ${JSON.stringify(s)}`);
        const wrong = wrongPlan(result, sent);
        if (wrong) return t.fail("wrong-plan", `${wrong} for ${JSON.stringify(s)}`);
        const crashed = result.findings.find((f) => f.ruleId === "lint-internal-error");
        if (crashed) return t.fail("crash", `${crashed.message} for ${JSON.stringify(s)}`);
        const bad = result.findings.find((f) => messageProblem(f.message) !== null);
        if (bad) return t.fail("bad-message", `${bad.ruleId}: ${messageProblem(bad.message)}`);
        if (process.memoryUsage().heapUsed - heapAtStart > 512 * 1024 * 1024) return t.fail("leak", `heap grew by ${Math.round((process.memoryUsage().heapUsed - heapAtStart) / 1048576)} MB`);
        return true;
      }),
      params(150, 0.001),
    );
  });

  it("the CLI: exit 0/1/2 as documented, a report, no stack trace, no canary secret, bounded memory", async () => {
    const t = new Tally("dns plan and audit CLI");
      const inTime = within(10000);
    tallies.push(t);
    const CANARY = "canary-7f3a9c2e-secret";
    await fc.assert(
      fc.asyncProperty(scenario, fc.constantFrom("plan", "audit", "import"), async (s, command) => {
        if (!inTime()) return true;
        t.input();
        current = s;
        sent = new Set();
        const args =
          command === "plan" ? ["plan", root, "-f", "json", "--detailed-exitcode"] : command === "audit" ? ["audit", "fuzz.example", "-f", "json"] : ["import", "fuzz.example", "-q"];
        const run = await new Promise<{ status: number | null; stdout: string; stderr: string; ms: number }>((resolve) => {
          const started = performance.now();
          const child = spawn(process.execPath, [cliPath, ...args, "--resolver", `127.0.0.1:${server.port}`, "--timeout", "80", "--retries", "1", "--deadline", String(DEADLINE_MS), "--today", "2026-11-23"].filter((a) => !(command === "import" && a === "--today") && !(command === "import" && a === "2026-11-23")), {
            cwd: root,
            env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", MAILDNS_LOGIN_PASSWORD: CANARY, MAILDNS_REPORT_RSS: "1" },
            stdio: ["ignore", "pipe", "pipe"],
          });
          let stdout = "";
          let stderr = "";
          child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
          child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
          const timer = setTimeout(() => child.kill("SIGKILL"), DEADLINE_MS + 15_000);
          child.on("close", (status) => {
            clearTimeout(timer);
            resolve({ status, stdout, stderr, ms: performance.now() - started });
          });
        });
        const context = `${command} ${JSON.stringify(s)}: exit ${run.status}, stderr ${run.stderr.slice(0, 500)}`;
        if (run.status === null) return t.fail("hang", `killed after ${Math.round(run.ms)} ms: ${context}`);
        if (/\n\s+at /.test(run.stderr) || run.stderr.includes("internal error")) return t.fail("crash", context);
        if (run.stdout.includes(CANARY) || run.stderr.includes(CANARY)) return t.fail("leak", `canary printed: ${context}`);
        const rss = Number(/maildns-peak-rss=(\d+)/.exec(run.stderr)?.[1] ?? 0);
        if (rss > 512 * 1024 * 1024) return t.fail("leak", `peak RSS ${Math.round(rss / 1048576)} MB: ${context}`);
        if (command === "import") {
          // 0: written (to stdout); 1: a lookup failed and nothing is printed for the domain.
          if (run.status === 0 && !run.stdout.includes("domain: fuzz.example")) return t.fail("bad-exit", `exit 0 without the file: ${context}`);
          if (run.status === 1 && run.stdout.includes("domain: fuzz.example")) return t.fail("wrong-plan", `a domain file printed despite a failed lookup: ${context}`);
          return run.status === 0 || run.status === 1 ? true : t.fail("bad-exit", context);
        }
        let json: { changes?: { name: string; type: string; action: string }[]; failures: unknown[]; uncheckedLookups: unknown[]; findings: { level: string; message: string }[] };
        try {
          json = JSON.parse(run.stdout);
        } catch {
          return t.fail("bad-exit", `no JSON report: ${context} stdout ${run.stdout.slice(0, 300)}`);
        }
        const failed = json.failures.length > 0 || json.uncheckedLookups.length > 0 || json.findings.some((f) => f.level === "error");
        // plan --detailed-exitcode: 0 nothing to do, 2 changes pending, 1 an error or a failed lookup (one a check needed too).
        const expected = failed ? 1 : command === "plan" && (json.changes?.length ?? 0) > 0 ? 2 : 0;
        if (run.status !== expected) return t.fail("bad-exit", `expected exit ${expected}: ${context}`);
        for (const change of json.changes ?? []) if (!sent.has(`${change.name}/${change.type}`)) return t.fail("wrong-plan", `${change.action} ${change.name}/${change.type} without a correct answer: ${context}`);
        return true;
      }),
      params(12, 0.0001),
    );
    expect(tallies.every((x) => Object.values(x.violations).every((n) => n === 0))).toBe(true);
  });
});
