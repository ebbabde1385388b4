// checkName skips the analysis for plain names: on names of every shape, the shortcut and the analysis agree.
import { describe, expect, it } from "vitest";
import { analyseName, checkName, type NameCheck } from "../../src/mail/dns-name.js";

const PIECES = ["a", "Z", "0", "9", "-", "_", ".", "*", "é", " ", ":", "/", "@", "x".repeat(61), "1.2.3.4", "192.0.2.1", "mail", "_domainkey", "xn--bcher-kva", ".."];

describe("checkName's shortcut for plain names", () => {
  it("finds exactly what the full analysis finds, on 20,000 generated names", () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const checks: NameCheck[] = [
      { owner: true, serviceLabels: true, zone: "example.com" },
      { owner: false, serviceLabels: true },
      { owner: true, serviceLabels: false, zone: `_domainkey.${"z".repeat(200)}.example` },
      { owner: false, serviceLabels: false },
    ];
    let plain = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: 1 + random(6) }, () => PIECES[random(PIECES.length)]).join(random(2) ? "." : "");
      for (const check of checks) {
        const fast = checkName(text, check);
        expect(fast, `${JSON.stringify(text)} ${JSON.stringify(check)}`).toEqual(analyseName(text, check));
        if (fast.length === 0) plain++;
      }
    }
    // Both kinds were met often.
    expect(plain).toBeGreaterThan(5_000);
    expect(plain).toBeLessThan(75_000);
  });
});
