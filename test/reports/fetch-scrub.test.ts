// What `reports fetch` may print of an IMAP error: never the mailbox password, in the forms it went over the
// wire or a server may echo it in (pure; the slow tier runs the login against a real Dovecot).
import { describe, expect, it } from "vitest";
import { scrub } from "../../src/reports/fetch.js";

const user = "dmarc@example.test";
const password = "Pa55-w0rd/with+chars";

describe("reports fetch: scrub", () => {
  it("removes the password as typed, encoded, and inside the SASL PLAIN message that carried it", () => {
    const plain = Buffer.from(`\u0000${user}\u0000${password}`).toString("base64");
    const forms = [
      password,
      password.toUpperCase(),
      encodeURIComponent(password),
      Buffer.from(password).toString("hex"),
      Buffer.from(password).toString("base64"),
      Buffer.from(password).toString("base64url"),
      // What imapflow sends for AUTHENTICATE PLAIN (an empty authzid, RFC 4616 §2): it decodes to the password.
      plain,
      plain.replace(/=+$/, ""),
      Buffer.from(`${user}\u0000${user}\u0000${password}`).toString("base64"),
    ];
    for (const form of forms) {
      const shown = scrub(`NO [AUTHENTICATIONFAILED] bad credentials ${form} (try again)`, password, user);
      // It once let the PLAIN message through: only `\0password` was looked for, never `\0user\0password`.
      expect(shown, form).toBe("NO [AUTHENTICATIONFAILED] bad credentials *** (try again)");
    }
  });

  it("a short password is still removed, and text without it is left as it is", () => {
    expect(scrub("said xy to me", "xy", user)).toBe("said *** to me");
    expect(scrub("nothing to hide", password, user)).toBe("nothing to hide");
    expect(scrub("nothing to hide", "", user)).toBe("nothing to hide");
  });
});
