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
});
