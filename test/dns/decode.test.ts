// The hand-written response decoder (src/dns/decode.ts) against dns-packet's: for the records maildns
// presents, the same names, types, TTLs and presented values, the same verdict for the question; for cut
// or corrupt messages, an error, never a wrong read.
import * as packet from "dns-packet";
import type { Answer } from "dns-packet";
import { describe, expect, test } from "vitest";
import { decodeMessage } from "../../src/dns/decode.js";
import { presentAnswer } from "../../src/dns/presentation.js";
import type { RRType } from "../../src/dns/types.js";
import { interpretResponse } from "../../src/dns/wire.js";

const soa = (zone: string): Answer => ({ type: "SOA", name: zone, ttl: 300, data: { mname: `ns1.${zone}`, rname: `host\\.master.${zone}`, serial: 2026010101, refresh: 86400, retry: 3600, expire: 3600000, minimum: 300 } });
const PRESENTED = ["A", "NS", "CNAME", "SOA", "MX", "TXT", "AAAA", "SRV"];
const dkim = ["v=DKIM1; k=rsa; p=" + "A".repeat(237), "B".repeat(140)];

const cases: { name: string; question: [string, RRType]; rcode?: number; aa?: boolean; answers?: Answer[]; authorities?: Answer[]; opt?: boolean }[] = [
  { name: "MX set", question: ["example.com", "MX"], answers: [1, 5, 50].map((p, i) => ({ type: "MX", name: "example.com", ttl: 3600 - i, data: { preference: p, exchange: `mx${i}.mail.ovh.net` } })) },
  { name: "SPF among other TXT, UTF-8 and empty strings", question: ["example.com", "TXT"], answers: [
    { type: "TXT", name: "example.com", ttl: 600, data: ["v=spf1 include:mx.ovh.com ~all"] },
    { type: "TXT", name: "example.com", ttl: 600, data: ["google-site-verification=abc", "", "caf\u00e9 \u2713"] },
  ] },
  { name: "DKIM key in two strings, with EDNS", question: ["ovhmo1-selector1._domainkey.example.com", "TXT"], answers: [{ type: "TXT", name: "ovhmo1-selector1._domainkey.example.com", ttl: 60, data: dkim }], opt: true },
  { name: "CNAME chain to an A", question: ["www.example.com", "A"], answers: [
    { type: "CNAME", name: "www.example.com", ttl: 300, data: "alias.example.net" },
    { type: "CNAME", name: "alias.example.net", ttl: 300, data: "host.example.org" },
    { type: "A", name: "host.example.org", ttl: 30, data: "192.0.2.7" },
  ] },
  { name: "AAAA, compressed and full forms", question: ["v6.example.com", "AAAA"], answers: [
    { type: "AAAA", name: "v6.example.com", ttl: 30, data: "2001:db8::1" },
    { type: "AAAA", name: "v6.example.com", ttl: 30, data: "2001:db8:0:1:2:3:4:5" },
  ] },
  { name: "SRV", question: ["_imaps._tcp.example.com", "SRV"], answers: [{ type: "SRV", name: "_imaps._tcp.example.com", ttl: 3600, data: { priority: 0, weight: 5, port: 993, target: "ssl0.ovh.net" } }] },
  { name: "NS", question: ["example.com", "NS"], answers: [{ type: "NS", name: "example.com", ttl: 86400, data: "dns10.ovh.net" }] },
  { name: "SOA answer, with an escaped dot in RNAME", question: ["example.com", "SOA"], answers: [soa("example.com")] },
  { name: "NXDOMAIN with SOA", question: ["nope.example.com", "TXT"], rcode: 3, authorities: [soa("example.com")] },
  { name: "NODATA with SOA", question: ["example.com", "SRV"], authorities: [soa("example.com")] },
  { name: "referral (NS in authority, not authoritative)", question: ["example.com", "MX"], aa: false, authorities: [{ type: "NS", name: "example.com", ttl: 1, data: "ns.example.net" }] },
  { name: "a type maildns does not present, beside one it does", question: ["example.com", "TXT"], answers: [
    { type: "CAA", name: "example.com", ttl: 1, data: { flags: 0, tag: "issue", value: "ca.example" } },
    { type: "TXT", name: "example.com", ttl: 1, data: ["v=spf1 -all"] },
  ] },
  { name: "SERVFAIL", question: ["example.com", "MX"], rcode: 2 },
  { name: "root MX owner", question: ["example.com", "MX"], answers: [{ type: "MX", name: "example.com", ttl: 1, data: { preference: 0, exchange: "." } }] },
];

function encode(c: (typeof cases)[number]): Buffer {
  return packet.encode({
    type: "response",
    id: 42,
    flags: (c.rcode ?? 0) | (c.aa === false ? 0 : packet.AUTHORITATIVE_ANSWER),
    questions: [{ name: c.question[0], type: c.question[1] as packet.RecordType, class: "IN" }],
    answers: c.answers ?? [],
    authorities: c.authorities ?? [],
    additionals: c.opt ? [{ type: "OPT", name: ".", udpPayloadSize: 1232, extendedRcode: 0, ednsVersion: 0, flags: 0, flag_do: false, options: [] }] : [],
  });
}

/** How the resolver read responses before: dns-packet, with its over-read check. */
function withPacket(message: Buffer) {
  try {
    const decoded = packet.decode(message);
    return packet.decode.bytes > message.length ? null : decoded;
  } catch {
    return null;
  }
}

describe("decodeMessage", () => {
  test.each(cases)("$name: the same reading as dns-packet's", (c) => {
    const message = encode(c);
    const reference = withPacket(message)!;
    const decoded = decodeMessage(message);
    if ("error" in decoded) throw new Error(decoded.error);
    const lean = decoded.packet;
    expect({ qr: lean.flag_qr, aa: lean.flag_aa, tc: lean.flag_tc, rcode: lean.rcode }).toEqual({ qr: reference.flag_qr, aa: reference.flag_aa, tc: reference.flag_tc, rcode: (reference as { rcode?: string }).rcode });
    expect(lean.questions).toEqual(reference.questions!.map((q) => ({ name: q.name, type: q.type, class: q.class })));
    // Types maildns does not read keep their number ("TYPE257"), where dns-packet names them ("CAA").
    const kind = (type: string) => (PRESENTED.includes(type) ? type : "other");
    expect(lean.answers.map((a) => [a.name, kind(a.type), "ttl" in a ? a.ttl : null])).toEqual(reference.answers!.map((a) => [a.name, kind(a.type), "ttl" in a ? a.ttl : null]));
    expect(lean.answers.map(presentAnswer)).toEqual(reference.answers!.map((a) => (a.type === "CAA" ? null : presentAnswer(a))));
    expect(lean.authorities).toEqual(reference.authorities!.map((a) => ({ name: a.name, type: a.type })));
    expect(interpretResponse(c.question[0], c.question[1], lean)).toEqual(interpretResponse(c.question[0], c.question[1], { ...reference, rcode: (reference as unknown as { rcode: string }).rcode, authorities: reference.authorities ?? [], answers: reference.answers ?? [], questions: reference.questions ?? [] } as never));
  });

  test("every cut of a message is an error (dns-packet let some through)", () => {
    for (const c of cases) {
      const message = encode(c);
      for (let length = 0; length < message.length; length++) {
        const cut = message.subarray(0, length);
        expect(decodeMessage(cut), `${c.name}, ${length} octets`).toMatchObject({ error: expect.stringMatching(/^cannot decode response: /) });
      }
    }
  });

  test("compressed names are followed backwards only", () => {
    // Header, question example.com/MX, one MX answer whose owner and exchange point back into the question.
    const question = Buffer.from([7, ...Buffer.from("example"), 3, ...Buffer.from("com"), 0, 0, 15, 0, 1]);
    const header = Buffer.from([0, 1, 0x84, 0, 0, 1, 0, 1, 0, 0, 0, 0]);
    const rdata = Buffer.from([0, 10, 3, ...Buffer.from("mx1"), 0xc0, 12]);
    const answer = Buffer.concat([Buffer.from([0xc0, 12, 0, 15, 0, 1, 0, 0, 1, 44, 0, rdata.length]), rdata]);
    const message = Buffer.concat([header, question, answer]);
    expect(withPacket(message)!.answers).toMatchObject([{ name: "example.com", data: { preference: 10, exchange: "mx1.example.com" } }]);
    const decoded = decodeMessage(message);
    expect(decoded).toMatchObject({ packet: { answers: [{ name: "example.com", type: "MX", ttl: 300, data: { preference: 10, exchange: "mx1.example.com" } }] } });

    const forward = Buffer.from(message);
    forward[12 + question.length + 1] = 200; // the owner now points past itself
    expect(decodeMessage(forward)).toEqual({ error: "cannot decode response: Cannot decode name (bad pointer)" });
    const selfLoop = Buffer.from(message);
    selfLoop.writeUInt16BE(0xc000 | (12 + question.length), 12 + question.length);
    expect(decodeMessage(selfLoop)).toEqual({ error: "cannot decode response: Cannot decode name (bad pointer)" });
    const badLabel = Buffer.from(message);
    badLabel[12] = 0x80;
    expect(decodeMessage(badLabel)).toEqual({ error: "cannot decode response: Cannot decode name (bad label)" });
  });

  test("a name in record data ends where the record's length says, or the reply cannot be read (RFC 1035 §3.3)", () => {
    // example.com/TXT asked; a CNAME at it whose RDLENGTH is 0, then a TXT owned by x.example.org: read
    // past its length, the CNAME's target was the next record's owner, and the reply an answer through it.
    const question = Buffer.from([7, ...Buffer.from("example"), 3, ...Buffer.from("com"), 0, 0, 16, 0, 1]);
    const header = Buffer.from([0, 1, 0x84, 0, 0, 1, 0, 2, 0, 0, 0, 0]);
    const rr = (owner: Buffer, type: number, rdata: Buffer) => Buffer.concat([owner, Buffer.from([0, type, 0, 1, 0, 0, 0, 60, 0, rdata.length]), rdata]);
    const other = Buffer.from([1, 0x78, 7, ...Buffer.from("example"), 3, ...Buffer.from("org"), 0]);
    const spf = Buffer.from([11, ...Buffer.from("v=spf1 +all")]);
    const pointer = Buffer.from([0xc0, 12]);
    const emptyCname = Buffer.concat([header, question, rr(pointer, 5, Buffer.alloc(0)), rr(other, 16, spf)]);
    expect(decodeMessage(emptyCname)).toEqual({ error: "cannot decode response: CNAME record data is not one name and its length" });
    // The name whole inside the data, with octets after it.
    const trailing = Buffer.concat([header, question, rr(pointer, 5, Buffer.concat([other, Buffer.from([0])])), rr(other, 16, spf)]);
    expect(decodeMessage(trailing)).toEqual({ error: "cannot decode response: CNAME record data is not one name and its length" });
    // An MX whose length covers its preference and one octet of the exchange.
    const mxQuestion = Buffer.from(question);
    mxQuestion[question.length - 3] = 15;
    const cutMx = Buffer.concat([header.subarray(0, 6), Buffer.from([0, 1, 0, 0, 0, 0]), mxQuestion, rr(pointer, 15, Buffer.from([0, 10, 1]))]);
    const mx = Buffer.concat([cutMx.subarray(0, cutMx.length), other.subarray(1)]);
    expect(decodeMessage(mx)).toEqual({ error: "cannot decode response: MX record data is not one name and its length" });
    // Well-formed, the same records read as they are.
    const good = Buffer.concat([header, question, rr(pointer, 5, other), rr(other, 16, spf)]);
    expect(decodeMessage(good)).toMatchObject({ packet: { answers: [{ type: "CNAME", data: "x.example.org" }, { type: "TXT", data: ["v=spf1 +all"] }] } });
  });

  test("the OPT record's upper eight bits join the header's RCODE; two OPT records are an error (RFC 6891 §6.1.1, §6.1.3)", () => {
    const opt = (extendedRcode: number): Answer => ({ type: "OPT", name: ".", udpPayloadSize: 1232, extendedRcode, ednsVersion: 0, flags: 0, flag_do: false, options: [] }) as never;
    const withOpts = (...opts: Answer[]) =>
      packet.encode({ type: "response", id: 1, flags: packet.AUTHORITATIVE_ANSWER, questions: [{ name: "example.com", type: "TXT", class: "IN" }], additionals: opts });
    expect(decodeMessage(withOpts(opt(0)))).toMatchObject({ packet: { rcode: "NOERROR" } });
    expect(decodeMessage(withOpts(opt(1)))).toMatchObject({ packet: { rcode: "BADVERS" } });
    expect(decodeMessage(withOpts(opt(2)))).toMatchObject({ packet: { rcode: "RCODE_32" } });
    expect(decodeMessage(withOpts(opt(0), opt(0)))).toEqual({ error: "cannot decode response: more than one OPT record (RFC 6891 §6.1.1)" });
  });

  test("a record whose data does not fit its type or its length is an error", () => {
    const message = encode({ name: "A", question: ["example.com", "A"], answers: [{ type: "A", name: "example.com", ttl: 1, data: "192.0.2.1" }] });
    const shortA = Buffer.concat([message.subarray(0, message.length - 6), Buffer.from([0, 3, 192, 0, 2])]);
    expect(decodeMessage(shortA)).toEqual({ error: "cannot decode response: A record data is not 4 octets" });
    const txt = encode({ name: "TXT", question: ["example.com", "TXT"], answers: [{ type: "TXT", name: "example.com", ttl: 1, data: ["abc"] }] });
    const overlong = Buffer.from(txt);
    overlong[overlong.length - 4] = 9; // the string claims 9 octets of a 4-octet record
    expect(decodeMessage(overlong)).toEqual({ error: "cannot decode response: TXT character-string runs past its record" });
    // RFC 1035 §3.3.14: one or more character-strings; a record with none was read as an empty TXT value.
    const none = Buffer.from(txt.subarray(0, txt.length - 4));
    none.writeUInt16BE(0, none.length - 2);
    expect(decodeMessage(none)).toEqual({ error: "cannot decode response: TXT record data holds no character-string" });
    const emptyString = encode({ name: "TXT", question: ["example.com", "TXT"], answers: [{ type: "TXT", name: "example.com", ttl: 1, data: [""] }] });
    expect(decodeMessage(emptyString)).toMatchObject({ packet: { answers: [{ data: [""] }] } });
  });
});
