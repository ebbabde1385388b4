import { describe, expect, it } from "vitest";
import { redactUrl, scrubStoreText } from "../../src/reports/sql.js";

describe("the store URL's password never reaches a message", () => {
  const secret = "p@ss/w0rd";
  const url = `postgres://maildns:${encodeURIComponent(secret)}@db.example:5432/reports?sslmode=verify-full`;

  it("removes the URL as given, and the password as written, decoded, base64 and hex, from what the driver or server says", () => {
    const said = [
      `could not connect with ${url}`,
      `password "${secret}" refused`,
      `SASL: ${Buffer.from(secret).toString("base64")}`,
      `hex ${Buffer.from(secret).toString("hex")}`,
      `as written ${encodeURIComponent(secret)}`,
    ].join("\n");
    const scrubbed = scrubStoreText(said, url);
    expect(scrubbed).toBe(
      [`could not connect with ${redactUrl(url)}`, 'password "***" refused', "SASL: ***", "hex ***", "as written ***"].join("\n"),
    );
    expect(redactUrl(url)).toBe("postgres://maildns@db.example:5432/reports?sslmode=verify-full");
  });

  it("finds a password given as a parameter, and one too short to look like a word", () => {
    expect(scrubStoreText("server said: x9 and Secret+Param", "postgres://maildns@db.example/reports?password=Secret%2BParam")).toBe("server said: x9 and ***");
    expect(scrubStoreText("echo: pw=x9", "postgres://u:x9@db.example/r")).toBe("echo: pw=***");
    // The client key's passphrase (sslpassword) is a secret as well: left out of the URL shown, and scrubbed.
    const keyed = "postgres://maildns@db.example/reports?sslmode=verify-full&sslpassword=Key-Passphrase&sslkey=client.key";
    expect(redactUrl(keyed)).toBe("postgres://maildns@db.example/reports?sslmode=verify-full&sslkey=client.key");
    expect(scrubStoreText("could not decrypt client.key with Key-Passphrase", keyed)).toBe("could not decrypt client.key with ***");
  });
});
