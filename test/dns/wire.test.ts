// Reading responses, without sockets: what each kind of reply means for the question asked.
import * as packet from "dns-packet";
import type { Answer } from "dns-packet";
import { describe, expect, test } from "vitest";
import { buildQuery, buildQueryWithPacket, decodeResponse, interpretResponse } from "../../src/dns/wire.js";
import { RR_TYPES } from "../../src/dns/types.js";

const RCODES = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5, FORMERR: 1, NOTIMP: 4, YXDOMAIN: 6 } as const;

function reply(
  options: { rcode?: keyof typeof RCODES; aa?: boolean; qr?: boolean; question?: [string, "A" | "TXT" | "MX"]; answers?: Answer[]; authorities?: Answer[] } = {},
) {
  let flags = RCODES[options.rcode ?? "NOERROR"];
  if (options.aa ?? true) flags |= packet.AUTHORITATIVE_ANSWER;
  const [name, type] = options.question ?? ["www.example.com", "A"];
  const message = packet.encode({
    type: options.qr === false ? "query" : "response",
    id: 7,
    flags,
    questions: [{ name, type, class: "IN" }],
    answers: options.answers ?? [],
    authorities: options.authorities ?? [],
  });
  const decoded = decodeResponse(message);
  if ("error" in decoded) throw new Error(decoded.error);
  return decoded.packet;
}

const soa: Answer = { type: "SOA", name: "example.com", ttl: 300, data: { mname: "ns.example.com", rname: "h.example.com", serial: 1, refresh: 1, retry: 1, expire: 1, minimum: 300 } };

describe("interpretResponse", () => {
  test("rcodes other than NOERROR/NXDOMAIN are faults to retry, kept apart", () => {
    expect(interpretResponse("www.example.com", "A", reply({ rcode: "SERVFAIL" }))).toMatchObject({ kind: "fault", reason: "servfail" });
    expect(interpretResponse("www.example.com", "A", reply({ rcode: "REFUSED" }))).toMatchObject({ kind: "fault", reason: "refused" });
    expect(interpretResponse("www.example.com", "A", reply({ rcode: "FORMERR" }))).toMatchObject({ kind: "fault", reason: "malformed", rcode: "FORMERR" });
    expect(interpretResponse("www.example.com", "A", reply({ rcode: "NOTIMP" }))).toMatchObject({ kind: "fault", reason: "refused" });
    expect(interpretResponse("www.example.com", "A", reply({ rcode: "YXDOMAIN" }))).toMatchObject({ kind: "fault", reason: "servfail", detail: "server answered YXDOMAIN" });
  });

  test("a reply to another question, or a query, is malformed", () => {
    expect(interpretResponse("www.example.com", "A", reply({ question: ["other.example.com", "A"] }))).toMatchObject({ kind: "fault", reason: "malformed" });
    expect(interpretResponse("www.example.com", "TXT", reply())).toMatchObject({ kind: "fault", reason: "malformed" });
    expect(interpretResponse("www.example.com", "A", reply({ qr: false }))).toMatchObject({ kind: "fault", reason: "malformed", detail: "reply is not a response (QR bit clear)" });
  });

  test("the question's case does not matter (0x20 randomisation, RFC 5452 §9.3)", () => {
    const answer = interpretResponse("www.example.com", "A", reply({ question: ["WWW.Example.COM", "A"], answers: [{ type: "A", name: "WWW.Example.COM", ttl: 60, data: "192.0.2.1" }] }));
    expect(answer).toEqual({ kind: "answer", rrset: { name: "www.example.com", type: "A", status: "ok", ttl: 60, values: ["192.0.2.1"] } });
  });

  test("TTL is the RRset's minimum; duplicates collapse; records for other names are ignored", () => {
    const verdict = interpretResponse(
      "www.example.com",
      "A",
      reply({
        answers: [
          { type: "A", name: "www.example.com", ttl: 300, data: "192.0.2.2" },
          { type: "A", name: "www.example.com", ttl: 60, data: "192.0.2.1" },
          { type: "A", name: "www.example.com", ttl: 60, data: "192.0.2.1" },
          { type: "A", name: "evil.example.net", ttl: 60, data: "203.0.113.6" },
        ],
      }),
    );
    expect(verdict).toEqual({ kind: "answer", rrset: { name: "www.example.com", type: "A", status: "ok", ttl: 60, values: ["192.0.2.1", "192.0.2.2"] } });
  });

  test("an alias with no target data and no SOA is chased; with the SOA it is NODATA", () => {
    const alias: Answer = { type: "CNAME", name: "www.example.com", ttl: 60, data: "target.example.net" };
    expect(interpretResponse("www.example.com", "A", reply({ answers: [alias] }))).toEqual({ kind: "chase", cname: "target.example.net.", target: "target.example.net", hops: 1, cnameTtl: 60 });
    expect(interpretResponse("www.example.com", "A", reply({ answers: [alias], authorities: [soa] }))).toEqual({
      kind: "answer",
      rrset: { name: "www.example.com", type: "A", status: "nodata", ttl: null, values: [], cname: "target.example.net.", cnameTtl: 60 },
    });
  });

  test("an alias loop inside one answer fails", () => {
    const verdict = interpretResponse(
      "a.example.com",
      "A",
      reply({
        question: ["a.example.com", "A"],
        answers: [
          { type: "CNAME", name: "a.example.com", ttl: 60, data: "b.example.com" },
          { type: "CNAME", name: "b.example.com", ttl: 60, data: "a.example.com" },
        ],
      }),
    );
    expect(verdict).toMatchObject({ kind: "answer", rrset: { status: "failed", failure: { reason: "malformed" }, cname: "b.example.com." } });
  });

  test("a referral from a server that is not authoritative is refused, not NODATA", () => {
    const referral = reply({ aa: false, authorities: [{ type: "NS", name: "example.com", ttl: 60, data: "ns.example.com" }] });
    expect(interpretResponse("www.example.com", "A", referral)).toMatchObject({ kind: "fault", reason: "refused", detail: expect.stringMatching(/referral/) });
    expect(interpretResponse("www.example.com", "A", reply({ authorities: [soa] }))).toMatchObject({ kind: "answer", rrset: { status: "nodata" } });
  });
});

describe("buildQuery", () => {
  test("sets RD and carries an OPT record with the EDNS0 size, or none", () => {
    const withEdns = packet.decode(buildQuery(42, "example.com", "TXT", 1232));
    expect(withEdns).toMatchObject({ id: 42, flag_rd: true, questions: [{ name: "example.com", type: "TXT", class: "IN" }] });
    expect(withEdns.additionals).toMatchObject([{ type: "OPT", udpPayloadSize: 1232 }]);
    expect(packet.decode(buildQuery(1, "example.com", "MX", null)).additionals).toEqual([]);
  });

  test("gives the very octets dns-packet's encoder gives, for every type, with and without EDNS0", () => {
    const names = ["", "com", "example.com", "d9999.bench.example", "ovhmo-selector-1._domainkey.example.com", "_submissions._tcp.xn--bcher-kva.example", "*.wild.example", `${"a".repeat(63)}.example`];
    let compared = 0;
    for (const name of names) {
      for (const type of RR_TYPES) {
        for (const edns of [1232, 4096, null]) {
          const id = (compared * 7919) & 0xffff;
          expect(buildQuery(id, name, type, edns).toString("hex"), `${name}/${type}/${edns}`).toBe(buildQueryWithPacket(id, name, type, edns).toString("hex"));
          compared++;
        }
      }
    }
    expect(compared).toBe(names.length * RR_TYPES.length * 3);
  });

  test("names outside plain printable labels still encode, through dns-packet", () => {
    expect(packet.decode(buildQuery(7, "with space.example", "TXT", null)).questions).toMatchObject([{ name: "with space.example" }]);
    expect(packet.decode(buildQuery(7, "caf\u00e9.example", "TXT", null)).questions).toHaveLength(1);
  });

  test("truncated or garbage replies cannot be decoded, and say why", () => {
    const good = packet.encode({ type: "response", id: 1, questions: [{ name: "example.com", type: "A" }], answers: [{ type: "A", name: "example.com", ttl: 1, data: "192.0.2.1" }] });
    expect(decodeResponse(good.subarray(0, good.length - 3))).toMatchObject({ error: expect.stringMatching(/^cannot decode response/) });
    expect(decodeResponse(Buffer.from([1]))).toMatchObject({ error: expect.stringMatching(/^cannot decode response/) });
  });
});
