// describeKey reads RSA sizes from the DER itself; it must agree with node:crypto on every form.
import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { describeKey } from "../../src/mail/dkim.js";

describe("describeKey without KeyObjects", () => {
  for (const bits of [1024, 2048, 3072]) {
    const { publicKey } = generateKeyPairSync("rsa", { modulusLength: bits });
    const spki = publicKey.export({ format: "der", type: "spki" });
    const pkcs1 = publicKey.export({ format: "der", type: "pkcs1" });
    it(`RSA ${bits}: SPKI and PKCS#1 give node:crypto's modulus length`, () => {
      expect(createPublicKey({ key: spki, format: "der", type: "spki" }).asymmetricKeyDetails?.modulusLength).toBe(bits);
      expect(describeKey(spki)).toEqual({ status: "ok", type: "rsa", bits, encoding: "spki", bytes: spki.length });
      expect(describeKey(pkcs1)).toEqual({ status: "ok", type: "rsa", bits, encoding: "pkcs1", bytes: pkcs1.length });
    });
    it(`RSA ${bits}: truncated DER is not a key`, () => {
      expect(describeKey(spki.subarray(0, spki.length - 1)).status).toBe("undecodable");
      expect(describeKey(pkcs1.subarray(0, pkcs1.length - 3)).status).toBe("undecodable");
    });
  }
  it("an Ed25519 SPKI is still recognised through node:crypto", () => {
    const { publicKey } = generateKeyPairSync("ed25519");
    const spki = publicKey.export({ format: "der", type: "spki" });
    expect(describeKey(spki)).toMatchObject({ status: "ok", type: "ed25519", encoding: "spki" });
  });
});
