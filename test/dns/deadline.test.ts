// The run's deadline (--deadline): at it, every unfinished lookup is a failure (reason timeout) and the report
// is still written, whatever the per-attempt timeout, the retries or a server dripping its TCP answer.
import { describe, expect, test } from "vitest";
import { hostileDnsSuite, replyTo } from "../helpers/hostile-dns.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";

/** The server, how it answers every question in the current test (`hostile.answer`) and resolvers asking it. */
const hostile = hostileDnsSuite();

const DEADLINE = "the run's deadline was reached before an answer (--deadline)";

describe("the run's deadline", () => {
  test("a silent server: lookups fail at the deadline, not after timeout × attempts", async () => {
    hostile.answer = () => ({ kind: "silent" });
    const dns = hostile.resolver({ timeoutMs: 60_000, retries: 5, deadlineAt: Date.now() + 300 });
    const results = await Promise.all(["a.example", "b.example"].map((n) => dns.lookup(n, "TXT")));
    expect(results.map((r) => [r.status, r.failure?.reason, r.failure?.detail])).toEqual([
      ["failed", "timeout", DEADLINE],
      ["failed", "timeout", DEADLINE],
    ]);
    // Past the deadline, new lookups fail at once without a question.
    const before = hostile.server.queries.length;
    expect(await dns.lookup("c.example", "MX")).toMatchObject({ status: "failed", failure: { reason: "timeout", detail: DEADLINE } });
    expect(hostile.server.queries.length).toBe(before);
  });

  test("TC then a TCP answer dripped one octet at a time: ended at the deadline", async () => {
    hostile.answer = (q) => (q.transport === "udp" ? { kind: "bytes", bytes: replyTo(q, { tc: true }) } : { kind: "drip", bytes: Buffer.concat([Buffer.from([0, 200]), Buffer.alloc(200)]), chunk: 1, intervalMs: 100, close: false });
    // The truncated UDP answer must come before the deadline (the detail names it), from a server on this
    // worker's thread: 2 s, not the 400 ms it once was, for a worker stalled while it is on its way. The
    // drip would take 20 s, so the deadline still ends it.
    const dns = hostile.resolver({ timeoutMs: 60_000, deadlineAt: Date.now() + 2000 });
    expect(await dns.lookup("drip.example", "TXT")).toMatchObject({ status: "failed", failure: { reason: "timeout", detail: `UDP answer truncated; ${DEADLINE} (after 1 attempt)` } });
  });

  test("plan --deadline: exit 1 with the report written, each unanswered RRset a failed lookup and nothing planned", async () => {
    hostile.answer = () => ({ kind: "silent" });
    const root = tempTree({ "stack/example.com.yaml": 'domain: example.com\nmail: { provider: none }\nmx: none\nspf: "v=spf1 -all"\n' });
    const run = await runCliAsync(["plan", "stack", "--resolver", `127.0.0.1:${hostile.server.port}`, "--timeout", "60000", "--retries", "3", "--deadline", "500", "-f", "json", "-q"], { cwd: root, timeoutMs: 15_000 });
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.changes).toEqual([]);
    expect(json.failures.length).toBeGreaterThanOrEqual(3);
    expect(json.failures.every((f: { reason: string; detail: string }) => f.reason === "timeout" && f.detail.includes("--deadline"))).toBe(true);
  });

  test("--deadline is checked", async () => {
    const run = await runCliAsync(["audit", "example.com", "--deadline", "soon"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--deadline must be a whole number from 1 to 86400000 (got 'soon')");
  });
});
