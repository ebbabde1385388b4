// Replies a broken or hostile server can give that look like an answer but are not one: each must be a
// failed lookup (or, where the protocol says how, asked again another way), never NODATA or NXDOMAIN. Read as
// an absence, plan proposed to create every record, the nightly drift check (`plan --detailed-exitcode`)
// exited 2 and import wrote a domain file with no MX, SPF or DMARC.
import { existsSync } from "node:fs";
import type { Answer } from "dns-packet";
import { describe, expect, test } from "vitest";
import { ANSWER_WITHIN_MS, hostileDnsSuite, replyTo, soaOf, type HostileQuery, type HostileReply, type ReplyParts } from "../helpers/hostile-dns.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";

/** The server, how it answers every question in the current test (`dns.answer`) and resolvers asking it. */
const dns = hostileDnsSuite();

const bytes = (q: HostileQuery, parts: ReplyParts): HostileReply => ({ kind: "bytes", bytes: replyTo(q, parts) });
/** Whether the query carries an OPT record (the resolver's queries have it as their only additional record). */
const hasEdns = (q: HostileQuery) => q.raw.readUInt16BE(10) > 0;
const txt = (name: string, value: string): Answer => ({ name, type: "TXT", ttl: 60, class: "IN", data: [value] });
/** What a correct server holds for the domain file the CLI tests plan. */
const LIVE: Record<string, Answer[]> = {
  "example.com/TXT": [txt("example.com", "v=spf1 -all")],
  "_dmarc.example.com/TXT": [txt("_dmarc.example.com", "v=DMARC1; p=reject")],
};
const correct = (q: HostileQuery): HostileReply => {
  const records = LIVE[`${q.name}/${q.type}`];
  return bytes(q, records ? { answers: records } : { authorities: [soaOf("example.com")] });
};

const DOMAIN = 'domain: example.com\nmail: { provider: none }\nmx: none\nspf: "v=spf1 -all"\ndmarc: "v=DMARC1; p=reject"\n';
const cliFlags = () => ["--resolver", `127.0.0.1:${dns.server.port}`, "--timeout", String(ANSWER_WITHIN_MS), "--retries", "0", "-q"];

/** The nightly drift check against the server as `dns.answer` now is: its exit code, changes and failed lookups. */
async function driftCheck(): Promise<{ status: number | null; changes: unknown[]; failures: string[] }> {
  const root = tempTree({ "stack/example.com.yaml": DOMAIN });
  const run = await runCliAsync(["plan", "stack", ...cliFlags(), "-f", "json", "--detailed-exitcode"], { cwd: root });
  const json = JSON.parse(run.stdout) as { changes: unknown[]; failures: { name: string; type: string; reason: string }[] };
  return { status: run.status, changes: json.changes, failures: json.failures.map((f) => `${f.name} ${f.type} ${f.reason}`) };
}

describe("the extended RCODE an OPT record carries (RFC 6891 §6.1.3)", () => {
  // The header's four bits say NOERROR; the OPT record's upper eight bits make it BADVERS (16).
  const badvers = (q: HostileQuery) => bytes(q, { extendedRcode: 1 });

  test("BADVERS to every query is a failed lookup that names it, not NODATA", async () => {
    dns.answer = badvers;
    const result = await dns.resolver().lookup("example.com", "TXT");
    expect(result).toMatchObject({ status: "failed", values: [], failure: { reason: "malformed" } });
    expect(result.failure!.detail).toMatch(/^server answered BADVERS/);
  });

  test("BADVERS to EDNS0 is asked again without it, as FORMERR is", async () => {
    dns.answer = (q) => (hasEdns(q) ? badvers(q) : correct(q));
    const before = dns.server.queries.length;
    expect(await dns.resolver().lookup("example.com", "TXT")).toMatchObject({ status: "ok", values: ["v=spf1 -all"] });
    expect(dns.server.queries.slice(before).map(hasEdns)).toEqual([true, false]);
  });

  test("the drift check: exit 1 naming each lookup, nothing to create", async () => {
    dns.answer = badvers;
    const { status, changes, failures } = await driftCheck();
    expect({ status, changes }).toEqual({ status: 1, changes: [] });
    expect(failures).toEqual(["_dmarc.example.com TXT malformed", "example.com MX malformed", "example.com TXT malformed"]);
  });

  test("import: exit 1 and no file written", async () => {
    dns.answer = badvers;
    const root = tempTree({});
    const run = await runCliAsync(["import", "example.com", ...cliFlags(), "--out", "out"], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("maildns import: example.com not written: ");
    expect(run.stderr).toContain("server answered BADVERS");
    expect(existsSync(`${root}/out/example.com.yaml`)).toBe(false);
  });
});

describe("a server that rejects EDNS0 and truncates over UDP (RFC 6891 §7, RFC 7766 §5)", () => {
  test("the TCP retry of the answer truncated without EDNS0 goes without it too", async () => {
    // An old server: FORMERR to any OPT record, on either transport; without EDNS0 its 512 octets over
    // UDP are too few for this answer, so it sets TC and answers in full over TCP.
    dns.answer = (q) => (hasEdns(q) ? bytes(q, { rcode: "FORMERR" }) : q.transport === "udp" ? bytes(q, { tc: true }) : correct(q));
    const before = dns.server.queries.length;
    expect(await dns.resolver().lookup("example.com", "TXT")).toMatchObject({ status: "ok", values: ["v=spf1 -all"] });
    expect(dns.server.queries.slice(before).map((q) => `${q.transport} ${hasEdns(q) ? "edns" : "plain"}`)).toEqual(["udp edns", "udp plain", "tcp plain"]);
  });
});

describe("an answer section that does not answer the question (RFC 1034 §4.3.2, RFC 2308 §2, RFC 6604 §3)", () => {
  const soa = soaOf("example.com");
  const cname = (name: string, target: string): Answer => ({ name, type: "CNAME", ttl: 60, class: "IN", data: target });
  const dname: Answer = { name: "example.com", type: "DNAME", ttl: 60, class: "IN", data: "example.net" } as never;
  const chaos: Answer = { name: "example.com", type: "TXT", ttl: 60, class: "CH", data: ["v=spf1 +all"] } as never;

  test.each([
    ["a record for another owner only", { answers: [txt("evil.example", "v=spf1 +all")] }, "NODATA", "evil.example/TXT"],
    ["a record for another owner beside the SOA", { answers: [txt("evil.example", "v=spf1 +all")], authorities: [soa] }, "NODATA", "evil.example/TXT"],
    ["a record of another type at the name", { answers: [{ name: "example.com", type: "A", ttl: 60, class: "IN", data: "192.0.2.1" }] }, "NODATA", "example.com/A"],
    ["a DNAME without the CNAME it stands for (RFC 6672 §5.3.1)", { answers: [dname] }, "NODATA", "example.com/DNAME"],
    ["a CNAME and a TXT at one name (RFC 2181 §10.1), the target empty", { answers: [cname("example.com", "target.example.org"), txt("example.com", "v=spf1 -all")], authorities: [soaOf("example.org")] }, "NODATA", "example.com/TXT"],
    ["NXDOMAIN with the very record asked", { rcode: "NXDOMAIN", answers: [txt("example.com", "v=spf1 -all")], authorities: [soa] }, "NXDOMAIN", "example.com/TXT"],
    ["NXDOMAIN with a record for another owner", { rcode: "NXDOMAIN", answers: [txt("evil.example", "x")], authorities: [soa] }, "NXDOMAIN", "evil.example/TXT"],
    ["the record asked in class CH only", { answers: [chaos] }, "NODATA", "example.com/TXT class CH"],
  ] as [string, ReplyParts, string, string][])("%s: a failed lookup (malformed), not an absence", async (_, parts, negative, stray) => {
    dns.answer = (q) => bytes(q, parts);
    const result = await dns.resolver().lookup("example.com", "TXT");
    expect(result).toMatchObject({ status: "failed", values: [], failure: { reason: "malformed" } });
    expect(result.failure!.detail).toBe(`reply says ${negative} for example.com/TXT, yet its answer section holds ${stray} (after 1 attempt)`);
  });

  test("what does answer it is read, and what does not is ignored, never believed", async () => {
    // A DNAME with the CNAME synthesised from it, then the target's record.
    dns.answer = (q) => bytes(q, { answers: [dname, cname("example.com", "example.com.example.net"), txt("example.com.example.net", "v=spf1 -all")] });
    expect(await dns.resolver().lookup("example.com", "TXT")).toMatchObject({ status: "ok", values: ["v=spf1 -all"], cname: "example.com.example.net." });
    // The same with the target's NODATA.
    dns.answer = (q) => bytes(q, { answers: [dname, cname("example.com", "example.com.example.net")], authorities: [soaOf("example.net")] });
    expect(await dns.resolver().lookup("example.com", "TXT")).toMatchObject({ status: "nodata", cname: "example.com.example.net." });
    // An alias to a name that does not exist (RFC 6604 §3: the RCODE is the last name's).
    dns.answer = (q) => bytes(q, { rcode: "NXDOMAIN", answers: [cname("example.com", "gone.example.org")], authorities: [soaOf("example.org")] });
    expect(await dns.resolver().lookup("example.com", "TXT")).toMatchObject({ status: "nxdomain", cname: "gone.example.org." });
    // A record for another owner and one in class CH beside the answer: only the answer is read.
    dns.answer = (q) => bytes(q, { answers: [txt("example.com", "v=spf1 -all"), chaos, txt("evil.example", "v=spf1 +all")] });
    expect(await dns.resolver().lookup("example.com", "TXT")).toMatchObject({ status: "ok", values: ["v=spf1 -all"] });
  });

  test("the drift check against a server answering with another owner's records: exit 1, nothing to create", async () => {
    dns.answer = (q) => bytes(q, { answers: [txt("evil.example", "v=spf1 +all")], authorities: [soa] });
    const { status, changes, failures } = await driftCheck();
    expect({ status, changes }).toEqual({ status: 1, changes: [] });
    expect(failures).toEqual(["_dmarc.example.com TXT malformed", "example.com MX malformed", "example.com TXT malformed"]);
  });
});

describe("record data read within its length (RFC 1035 §3.3)", () => {
  test("a CNAME whose RDLENGTH is 0, before another owner's TXT: a failed lookup, not an answer through it", async () => {
    // Read past its length, the CNAME's target was the next record's owner, so the reply became an alias
    // to x.example.org and that name's TXT, "v=spf1 +all", the domain's SPF record.
    const owner = Buffer.from([1, 0x78, 7, ...Buffer.from("example"), 3, ...Buffer.from("org"), 0]);
    const rr = (name: Buffer, type: number, rdata: Buffer) => Buffer.concat([name, Buffer.from([0, type, 0, 1, 0, 0, 0, 60, rdata.length >> 8, rdata.length & 0xff]), rdata]);
    dns.answer = (q) => {
      const question = q.raw.subarray(12, q.raw.length - 11); // the query's question, without its OPT record
      const header = Buffer.from([q.id >> 8, q.id & 0xff, 0x85, 0x00, 0, 1, 0, 2, 0, 0, 0, 0]);
      return { kind: "bytes", bytes: Buffer.concat([header, question, rr(Buffer.from([0xc0, 12]), 5, Buffer.alloc(0)), rr(owner, 16, Buffer.from([11, ...Buffer.from("v=spf1 +all")]))]) };
    };
    const result = await dns.resolver().lookup("example.com", "TXT");
    expect(result).toMatchObject({ status: "failed", values: [], failure: { reason: "malformed", detail: "cannot decode response: CNAME record data is not one name and its length (after 1 attempt)" } });
  });
});

describe("header bits that say the reply is no answer to a query (RFC 1035 §4.1.1)", () => {
  test("a reply with another opcode (NOTIFY) is a failed lookup, not an answer", async () => {
    dns.answer = (q) => {
      const reply = replyTo(q, { answers: [txt("example.com", "v=spf1 +all")] });
      reply.writeUInt16BE(reply.readUInt16BE(2) | (4 << 11), 2);
      return { kind: "bytes", bytes: reply };
    };
    expect(await dns.resolver().lookup("example.com", "TXT")).toMatchObject({
      status: "failed",
      failure: { reason: "malformed", detail: "reply has opcode NOTIFY, not QUERY (after 1 attempt)" },
    });
  });

  test("an empty reply from a server that neither recurses (RA clear) nor is authoritative (AA clear) is not NODATA", async () => {
    // A server that is no resolver and does not hold the zone has not looked the name up; without the
    // zone's SOA (RFC 2308 §2.2) its empty NOERROR says nothing about the name.
    dns.answer = (q) => bytes(q, { aa: false });
    expect(await dns.resolver().lookup("example.com", "TXT")).toMatchObject({
      status: "failed",
      failure: { reason: "refused", detail: "the server neither recurses (RA clear) nor is authoritative (AA clear) for example.com: its empty reply is not NODATA (after 1 attempt)" },
    });
    // The same from a resolver (RA set), from the zone's server (AA set), or with the SOA is NODATA.
    dns.answer = (q) => {
      const reply = replyTo(q, { aa: false });
      reply.writeUInt16BE(reply.readUInt16BE(2) | 0x0080, 2);
      return { kind: "bytes", bytes: reply };
    };
    expect(await dns.resolver().lookup("example.com", "TXT")).toMatchObject({ status: "nodata" });
    dns.answer = (q) => bytes(q, {});
    expect(await dns.resolver().lookup("example.com", "TXT")).toMatchObject({ status: "nodata" });
    dns.answer = (q) => bytes(q, { aa: false, authorities: [soaOf("example.com")] });
    expect(await dns.resolver().lookup("example.com", "TXT")).toMatchObject({ status: "nodata" });
  });
});
