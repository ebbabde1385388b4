import { describe, expect, it } from "vitest";
import { describeKey, dkimKeyOf, dkimKeyOfText, isRevokedKeyText, loneOvhSelectors, ovhSelectorPair, parseDkimKey, shorten } from "../../src/mail/dkim.js";
import type { DkimSelector, RecordText } from "../../src/model/types.js";
import { ed25519Raw, ed25519Spki, rsaPkcs1, rsaSpki } from "../fixtures/keys/dkim-keys.js";

/** The text between offsets, so offset assertions read as what they point at. */
function slice(text: string, range: { start: number; end: number }): string {
  return text.slice(range.start, range.end);
}

describe("parseDkimKey: tag-list", () => {
  it("returns every tag with name and value offsets", () => {
    const text = "v=DKIM1; k=rsa; h=sha256; p=AAAA";
    const record = parseDkimKey(text);
    expect(record.errors).toEqual([]);
    expect(record.tags.map((t) => [t.name, t.value])).toEqual([
      ["v", "DKIM1"],
      ["k", "rsa"],
      ["h", "sha256"],
      ["p", "AAAA"],
    ]);
    const k = record.byName.get("k")!;
    expect([k.start, k.end, k.nameStart, k.nameEnd, k.valueStart, k.valueEnd]).toEqual([9, 14, 9, 10, 11, 14]);
    expect(slice(text, { start: k.valueStart, end: k.valueEnd })).toBe("rsa");
    expect(slice(text, record.byName.get("p")!)).toBe("p=AAAA");
  });

  it("trims FWS around names, '=' and values, and accepts one trailing ';'", () => {
    const text = "  v = DKIM1 ;\tk=\ted25519 ;  ";
    const record = parseDkimKey(text);
    expect(record.errors).toEqual([]);
    const v = record.byName.get("v")!;
    expect(slice(text, v)).toBe("v = DKIM1");
    expect(v.value).toBe("DKIM1");
    expect(record.keyType).toBe("ed25519");
    expect(slice(text, { start: record.byName.get("k")!.valueStart, end: record.byName.get("k")!.valueEnd })).toBe("ed25519");
  });

  it("keeps unknown tags and marks which ones RFC 6376 defines", () => {
    const record = parseDkimKey("v=DKIM1; x_custom=1; g=*; p=");
    expect(record.tags.map((t) => [t.name, t.known])).toEqual([
      ["v", true],
      ["x_custom", false],
      ["g", true],
      ["p", true],
    ]);
  });

  it("defaults the key type to rsa and leaves h/s/t null when absent", () => {
    const record = parseDkimKey("p=AAAA");
    expect(record.keyType).toBe("rsa");
    expect(record.hashes).toBeNull();
    expect(record.serviceTypes).toBeNull();
    expect(record.flags).toBeNull();
  });

  it("splits h, s and t into colon-separated items with offsets", () => {
    const text = "h=sha1 : sha256; s=email:*; t=y:s; p=";
    const record = parseDkimKey(text);
    expect(record.hashes!.map((h) => h.value)).toEqual(["sha1", "sha256"]);
    expect(record.hashes!.map((h) => slice(text, h))).toEqual(["sha1", "sha256"]);
    expect(record.hashes![1]!.start).toBe(9);
    expect(record.serviceTypes!.map((s) => s.value)).toEqual(["email", "*"]);
    expect(record.flags!.map((f) => [f.value, f.start])).toEqual([
      ["y", 30],
      ["s", 32],
    ]);
  });

  it("reports an empty tag-spec, a spec without '=', a bad tag name and a bad value character", () => {
    const text = "v=DKIM1;; oops; 9x=1; n=caf\u00e9; p=";
    const record = parseDkimKey(text);
    expect(record.errors.map((e) => [e.code, slice(text, e)])).toEqual([
      ["empty-tag", ";"],
      ["missing-equals", "oops"],
      ["bad-tag-name", "9x"],
      ["bad-value-char", "\u00e9"],
    ]);
    expect(record.errors[0]!.start).toBe(8);
  });

  it("reports a duplicate tag at its second occurrence and keeps the first in byName", () => {
    const text = "v=DKIM1; p=AAAA; p=";
    const record = parseDkimKey(text);
    expect(record.errors).toEqual([{ code: "duplicate-tag", start: 17, end: 19, tag: "p" }]);
    expect(record.byName.get("p")!.value).toBe("AAAA");
    expect(record.tags).toHaveLength(3);
  });

  it("treats tag names as case-sensitive (§3.2)", () => {
    const record = parseDkimKey("V=DKIM1; P=AAAA");
    expect(record.byName.has("v")).toBe(false);
    expect(record.key).toEqual({ status: "missing" });
  });

  it("gives an empty or blank record no tags and no errors", () => {
    for (const text of ["", "   "]) {
      const record = parseDkimKey(text);
      expect(record.tags).toEqual([]);
      expect(record.errors).toEqual([]);
      expect(record.key).toEqual({ status: "missing" });
    }
  });

  it("never throws on hostile input", () => {
    const inputs = [";;;;", "=", "==;=", "p", "p=;p=;p=", "\u0000\u0001=\u0002", "p=" + "A".repeat(100_000), "k=rsa; p=====", "t=:::"];
    for (const text of inputs) expect(() => parseDkimKey(text)).not.toThrow();
  });
});

describe("parseDkimKey: p= and the key", () => {
  it("decodes RSA SubjectPublicKeyInfo keys to their modulus size", () => {
    for (const bits of [512, 1024, 2048]) {
      const key = parseDkimKey(`v=DKIM1; k=rsa; p=${rsaSpki(bits)}`).key;
      expect(key).toMatchObject({ status: "ok", type: "rsa", bits, encoding: "spki" });
    }
  });

  it("decodes bare PKCS#1 RSAPublicKey keys too", () => {
    expect(parseDkimKey(`p=${rsaPkcs1(1024)}`).key).toMatchObject({ status: "ok", type: "rsa", bits: 1024, encoding: "pkcs1" });
  });

  it("decodes raw 32-byte Ed25519 keys and recognises the SPKI-wrapped form", () => {
    expect(parseDkimKey(`k=ed25519; p=${ed25519Raw()}`).key).toEqual({ status: "ok", type: "ed25519", encoding: "raw", bytes: 32 });
    expect(parseDkimKey(`k=ed25519; p=${ed25519Spki()}`).key).toEqual({ status: "ok", type: "ed25519", encoding: "spki", bytes: 44 });
  });

  it("strips FWS inside p= before decoding (split keys pasted across lines)", () => {
    const b64 = rsaSpki(1024);
    const split = `${b64.slice(0, 40)} ${b64.slice(40, 100)}\t${b64.slice(100)}`;
    const record = parseDkimKey(`v=DKIM1; p=${split}`);
    expect(record.keyData).toBe(b64);
    expect(record.key).toMatchObject({ status: "ok", type: "rsa", bits: 1024 });
  });

  it("treats an empty p= as revoked", () => {
    expect(parseDkimKey("v=DKIM1; p=").key).toEqual({ status: "revoked" });
    expect(parseDkimKey("v=DKIM1; p= ;").key).toEqual({ status: "revoked" });
  });

  it("points at the first character outside the base64 alphabet, in the original text", () => {
    const text = "v=DKIM1; p=MII B@@AA";
    const key = parseDkimKey(text).key;
    expect(key).toEqual({ status: "bad-base64", problem: "char", start: 16, end: 17 });
    expect(text[16]).toBe("@");
  });

  it("rejects padding in the middle, too much padding, and a length not a multiple of 4", () => {
    expect(parseDkimKey("p=AA=A").key).toEqual({ status: "bad-base64", problem: "padding", start: 4, end: 5 });
    expect(parseDkimKey("p=A===").key).toEqual({ status: "bad-base64", problem: "padding", start: 3, end: 4 });
    expect(parseDkimKey("p=AAAAA").key).toEqual({ status: "bad-base64", problem: "length", start: 2, end: 7 });
    expect(parseDkimKey("p=AAA=").key).not.toMatchObject({ status: "bad-base64" });
  });

  it("reports valid base64 that is no key as undecodable, with its size", () => {
    expect(parseDkimKey("p=AAAAAAAA").key).toEqual({ status: "undecodable", bytes: 6 });
  });

  it("does not hand oversized data to OpenSSL", () => {
    expect(describeKey(Buffer.alloc(20_000, 0x30))).toEqual({ status: "undecodable", bytes: 20_000 });
  });
});

describe("helpers", () => {
  const text: RecordText = { value: "v=DKIM1; p=", path: ["dkim", "selectors", 0, "record"] };

  it("shortens quoted text to a maximum length", () => {
    expect(shorten("abc", 3)).toBe("abc");
    expect(shorten("abcd", 3)).toBe("ab\u2026");
  });

  it("parses a record text once however many times it is asked", () => {
    expect(dkimKeyOf(text)).toBe(dkimKeyOf(text));
    expect(dkimKeyOf(text).key).toEqual({ status: "revoked" });
  });

  it("shares one frozen parse between the readers of the same key text, whoever made the string", () => {
    const key = `v=DKIM1; k=rsa; p=${rsaSpki(2048)}`;
    // Two distinct string objects with the same characters, as two CNAME targets' answers hold them.
    const behindOneName = [...key].join("");
    const shared = dkimKeyOfText(behindOneName);
    expect(dkimKeyOfText(` ${key}`.slice(1))).toBe(shared);
    expect(shared).toEqual(parseDkimKey(key));
    expect(shared.key).toMatchObject({ status: "ok", type: "rsa", bits: 2048 });
    // One reader cannot change what the next one sees.
    expect(Object.isFrozen(shared) && Object.isFrozen(shared.key) && Object.isFrozen(shared.tags[0])).toBe(true);
    expect(() => (shared.tags as unknown[]).push(null)).toThrow(TypeError);
  });

  it("tells a revoked key (p= present and empty, RFC 6376 §3.6.1) as the full parse does", () => {
    const texts = [
      "v=DKIM1; p=",
      "v=DKIM1; k=rsa; p= ;",
      "v=DKIM1; p=\t \r\n ",
      "p=",
      `v=DKIM1; k=rsa; p=${rsaSpki(2048)}`,
      "v=DKIM1; k=rsa",
      "v=DKIM1; p=not base64!",
      "v=DKIM1; p=; p=abc",
      "v=DKIM1; p=abc; p=",
      "",
      ";;;",
    ];
    for (const text of texts) expect([text, isRevokedKeyText(text)]).toEqual([text, parseDkimKey(text).key.status === "revoked"]);
    expect(texts.filter(isRevokedKeyText)).toEqual(["v=DKIM1; p=", "v=DKIM1; k=rsa; p= ;", "v=DKIM1; p=\t \r\n ", "p=", "v=DKIM1; p=; p=abc"]);
  });

  it("pairs OVH selectors by the name without the final 1/2", () => {
    expect(ovhSelectorPair("ovhmo123-selector1")).toEqual({ prefix: "ovhmo123-selector", number: 1 });
    expect(ovhSelectorPair("ovhmo-selector-2")).toEqual({ prefix: "ovhmo-selector-", number: 2 });
    expect(ovhSelectorPair("custom")).toEqual({ prefix: "custom", number: null });
  });

  const selector = (name: string, ovh: boolean, index: number): DkimSelector => ({
    name, kind: "cname", target: null, text: null, active: true, ovh, ttl: 3600, path: ["dkim", "selectors", index],
  });
  const lone = (selectors: DkimSelector[]) => loneOvhSelectors(selectors).map((l) => [l.selector.name, l.missing]);

  it("finds OVH selectors declared without their partner, ignoring non-OVH ones", () => {
    expect(lone([selector("ovhex9-selector1", true, 0), selector("mc1", false, 1), selector("ovhex9-selector2", true, 2)])).toEqual([]);
    expect(lone([selector("ovhex9-selector1", true, 0), selector("ovhmo-selector-2", true, 1), selector("mc1", false, 2)])).toEqual([
      ["ovhex9-selector1", "ovhex9-selector2"],
      ["ovhmo-selector-2", "ovhmo-selector-1"],
    ]);
  });

  it("reports a selector that cannot be paired by name only when it is the sole OVH selector", () => {
    expect(lone([selector("mykey", true, 0)])).toEqual([["mykey", null]]);
    expect(lone([selector("a", true, 0), selector("b", true, 1)])).toEqual([]);
  });
});
