// The credential scrubber (pure): every form a credential may come back in is replaced by ***.
import { describe, expect, it } from "vitest";
import { CredentialScrubber } from "../../src/model/redact.js";

describe("CredentialScrubber", () => {
  const secret = 'se"cr\\et-9Z';
  const scrubber = new CredentialScrubber([secret]);

  it("removes a credential inside JSON or a zone file's quoted text, where its quote and backslash come escaped", () => {
    const json = JSON.stringify({ message: `bad value ${secret}` });
    // It once matched only the unescaped text, which JSON and zone files never hold.
    expect(scrubber.scrub(json)).toBe('{"message":"bad value ***"}');
    expect(scrubber.scrub('@ IN TXT "token=se\\"cr\\\\et-9Z"')).toBe('@ IN TXT "token=***"');
  });

  it("removes it as typed, in another case, spaced out, base64, hex and percent-encoded", () => {
    const bytes = Buffer.from(secret);
    for (const form of [secret, secret.toUpperCase(), [...secret].join(" "), bytes.toString("base64"), bytes.toString("hex"), encodeURIComponent(secret)]) {
      expect(scrubber.scrub(`<${form}>`), form).toBe("<***>");
    }
    expect(scrubber.scrub("nothing here")).toBe("nothing here");
  });

  it("finds it base64-encoded inside a longer text at any byte offset, where its first and last characters depend on its neighbours", () => {
    // A JSON blob or a header holding the credential among other bytes, base64-encoded whole: the credential's
    // characters in it depend on where it starts modulo 3 bytes, and the first and last of them on the bytes
    // around it. Only the form of the credential encoded alone was looked for (one offset in three).
    const consumerKey = "ck-SECRET-consumer-5b8a0";
    const keys = new CredentialScrubber([consumerKey]);
    for (const before of ["", "a", "ab", '{"consumerKey":"', "Basic x:"]) {
      for (const after of ["", "b", '"}']) {
        for (const encoding of ["base64", "base64url"] as const) {
          const blob = Buffer.from(`${before}${consumerKey}${after}`).toString(encoding);
          expect(keys.contains(`token=${blob};`), `${encoding} of ${before}…${after}`).toBe(true);
          expect(keys.scrub(`token=${blob};`), `${encoding} of ${before}…${after}`).not.toContain(blob.slice(Math.ceil((before.length * 4) / 3) + 2, -4));
        }
      }
    }
    // A short secret (a mailbox password, removed however short) does not turn into fragments that match anything.
    expect(new CredentialScrubber(["pw1"], { minLength: 1 }).scrub("an ordinary sentence, base64 or not: cHcx")).toBe("an ordinary sentence, base64 or not: ***");
  });
});
