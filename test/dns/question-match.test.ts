// RFC 5452 §9.1: a reply is only read when its question section repeats the question asked (name
// case-insensitively, type, class). One with no question or another question is a failed lookup, never
// NODATA: read as NODATA, plan proposed to create every record and import wrote an empty file.
import { existsSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { ANSWER_WITHIN_MS, hostileDnsSuite, replyTo, soaOf, type HostileQuery, type HostileReply } from "../helpers/hostile-dns.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";

/** The server, how it answers every question in the current test (`dns.answer`) and resolvers asking it. */
const dns = hostileDnsSuite();

const bytes = (q: HostileQuery, parts: Parameters<typeof replyTo>[1]): HostileReply => ({ kind: "bytes", bytes: replyTo(q, parts) });

describe("the question section of a reply", () => {
  test.each([
    ["no question, NOERROR", (q: HostileQuery) => bytes(q, { questions: [], authorities: [soaOf("example.com")] }), "reply has no question section, so it cannot be matched to the question asked"],
    ["no question, NXDOMAIN", (q: HostileQuery) => bytes(q, { rcode: "NXDOMAIN", questions: [], authorities: [soaOf("example.com")] }), "reply has no question section, so it cannot be matched to the question asked"],
    ["another name", (q: HostileQuery) => bytes(q, { questions: [{ name: "other.example.com", type: q.type }] }), "reply answers other.example.com/TXT, not example.com/TXT"],
    ["another type", (q: HostileQuery) => bytes(q, { questions: [{ name: q.name, type: "A" }] }), "reply answers example.com/A, not example.com/TXT"],
    ["another class", (q: HostileQuery) => bytes(q, { questions: [{ name: q.name, type: q.type, class: "CH" }] }), "reply answers class CH, not IN, for example.com/TXT"],
    ["two questions", (q: HostileQuery) => bytes(q, { questions: [{ name: q.name, type: q.type }, { name: q.name, type: q.type }] }), "reply has 2 questions; one was asked"],
  ])("%s: a failed lookup (malformed), not NODATA", async (_, reply, detail) => {
    dns.answer = reply;
    const result = await dns.resolver().lookup("example.com", "TXT");
    expect(result).toMatchObject({ name: "example.com", type: "TXT", status: "failed", values: [], failure: { reason: "malformed" } });
    expect(result.failure!.detail).toBe(`${detail} (after 1 attempt)`);
  });

  test("a reply to another question is set aside while the query waits: the right reply after it is read", async () => {
    // A late reply to an earlier query that drew the same id, or a forged one: the query goes on waiting
    // for its own reply instead of failing on the first datagram with its id.
    dns.answer = (q) => {
      const wrong = replyTo(q, { questions: [{ name: `other.${q.name}`, type: q.type }], authorities: [soaOf("example.com")] });
      const right = replyTo(q, { answers: [{ name: q.name, type: "TXT", ttl: 60, class: "IN", data: ["v=spf1 -all"] }] });
      return { kind: "several", messages: [{ bytes: wrong }, { bytes: right, delayMs: 50 }] };
    };
    expect(await dns.resolver().lookup("example.com", "TXT")).toMatchObject({ status: "ok", values: ["v=spf1 -all"] });
  });

  test("the same name in another case is the question asked (DNS names compare case-insensitively)", async () => {
    dns.answer = (q) => bytes(q, { questions: [{ name: "ExAmPlE.CoM", type: q.type }], answers: [{ name: "example.com", type: "TXT", ttl: 60, class: "IN", data: ["v=spf1 -all"] }] });
    expect(await dns.resolver().lookup("example.com", "TXT")).toMatchObject({ status: "ok", values: ["v=spf1 -all"] });
  });

  test("a FORMERR without a question still makes the resolver retry without EDNS0 (RFC 6891 §7)", async () => {
    dns.answer = (q) => (q.raw.readUInt16BE(10) > 0 ? bytes(q, { rcode: "FORMERR", questions: [] }) : bytes(q, { authorities: [soaOf("example.com")] }));
    expect(await dns.resolver().lookup("example.com", "TXT")).toMatchObject({ status: "nodata" });
  });
});

describe("plan and import against a server whose replies carry no question", () => {
  const noQuestion = (q: HostileQuery) => bytes(q, { questions: [], authorities: [soaOf("example.com")] });
  const flags = () => ["--resolver", `127.0.0.1:${dns.server.port}`, "--timeout", String(ANSWER_WITHIN_MS), "--retries", "0", "-q"];

  test("plan: exit 1, every managed RRset a failed lookup, nothing to create", async () => {
    dns.answer = noQuestion;
    const root = tempTree({ "stack/example.com.yaml": 'domain: example.com\nmail: { provider: none }\nmx: none\nspf: "v=spf1 -all"\ndmarc: "v=DMARC1; p=reject"\n' });
    const run = await runCliAsync(["plan", "stack", ...flags(), "-f", "json", "--detailed-exitcode"], { cwd: root });
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.changes).toEqual([]);
    expect(json.failures.map((f: { name: string; type: string; reason: string }) => `${f.name} ${f.type} ${f.reason}`)).toEqual([
      "_dmarc.example.com TXT malformed",
      "example.com MX malformed",
      "example.com TXT malformed",
    ]);
  });

  test("import: exit 1 and no file written", async () => {
    dns.answer = noQuestion;
    const root = tempTree({});
    const run = await runCliAsync(["import", "example.com", ...flags(), "--out", "out"], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("maildns import: example.com not written: ");
    expect(run.stderr).toContain("reply has no question section");
    expect(existsSync(`${root}/out/example.com.yaml`)).toBe(false);
  });
});
