import { describe, expect, it } from "vitest";
import { isUsableReportUri, parseRuaUris, tlsRptProblems } from "../../src/mail/tls-rpt.js";

/** [kind, found, start] of each problem, for compact assertions. */
const problems = (text: string) => tlsRptProblems(text).map((p) => [p.kind, p.found, p.start]);

describe("parseRuaUris", () => {
  it("splits on commas with optional WSP, keeping offsets and lower-cased schemes", () => {
    const text = "rua=mailto:a@example.com , HTTPS://r.example/v1";
    const { uris, emptyEntries } = parseRuaUris(text, 4, text.length);
    expect(uris.map((u) => [u.text, u.start, u.end, u.scheme])).toEqual([
      ["mailto:a@example.com", 4, 24, "mailto"],
      ["HTTPS://r.example/v1", 27, 47, "https"],
    ]);
    expect(emptyEntries).toEqual([]);
  });

  it("keeps entries without a scheme, and points empty entries at a comma beside them", () => {
    const text = "a@example.com,,mailto:b@example.com,";
    const { uris, emptyEntries } = parseRuaUris(text, 0, text.length);
    expect(uris.map((u) => [u.text, u.scheme])).toEqual([
      ["a@example.com", null],
      ["mailto:b@example.com", "mailto"],
    ]);
    expect(emptyEntries).toEqual([
      { start: 14, end: 15 },
      { start: 35, end: 36 },
    ]);
  });
});

describe("isUsableReportUri", () => {
  const usable = (text: string) => isUsableReportUri(parseRuaUris(text, 0, text.length).uris[0]!);
  it("accepts mailto with an address and https with a host", () => {
    expect(usable("mailto:tlsrpt@example.com")).toBe(true);
    expect(usable("mailto:tlsrpt@example.com?subject=tls")).toBe(true);
    expect(usable("https://reports.example.com/tlsrpt")).toBe(true);
    expect(usable("https://reports.example.com")).toBe(true);
  });
  it("rejects empty or malformed addresses, hosts, spaces and `!`", () => {
    for (const bad of ["mailto:", "mailto:tlsrpt", "mailto:@example.com", "mailto:a@", "https:", "https:/x", "https:///path", "mailto:a@example.com!10m", "mailto:a b@example.com", "ftp://x.example"]) {
      expect(usable(bad), bad).toBe(false);
    }
  });
});

describe("tlsRptProblems (RFC 8460 §3)", () => {
  it("accepts valid records", () => {
    expect(problems("v=TLSRPTv1; rua=mailto:tlsrpt@example.com")).toEqual([]);
    expect(problems("v=TLSRPTv1;rua=mailto:a@example.com,https://r.example.com/x;")).toEqual([]);
    expect(problems("v=TLSRPTv1; ext=1; rua=https://r.example.com")).toEqual([]);
  });

  it("reports an empty record", () => {
    expect(problems("")).toEqual([["empty", "", 0]]);
  });

  it("reports a missing or wrong version", () => {
    expect(problems("rua=mailto:tlsrpt@example.com")).toEqual([["versionMissing", "rua=mailto:tlsrpt@example.com", 0]]);
    expect(problems("v=TLSRPTv2; rua=mailto:a@example.com")).toEqual([["versionValue", "TLSRPTv2", 2]]);
    expect(problems("v=tlsrptv1; rua=mailto:a@example.com")).toEqual([["versionValue", "tlsrptv1", 2]]);
    expect(problems("V=TLSRPTv1; rua=mailto:a@example.com")).toEqual([["versionMissing", "V=TLSRPTv1", 0]]);
  });

  it("reports a missing rua over the whole record", () => {
    expect(problems("v=TLSRPTv1")).toEqual([["ruaMissing", "v=TLSRPTv1", 0]]);
    expect(problems("v=TLSRPTv1; ruf=mailto:a@example.com")).toEqual([["ruaMissing", "v=TLSRPTv1; ruf=mailto:a@example.com", 0]]);
  });

  it("reports a missing `;` after the version", () => {
    expect(problems("v=TLSRPTv1 rua=mailto:a@example.com")).toEqual([
      ["ruaMissing", "v=TLSRPTv1 rua=mailto:a@example.com", 0],
      ["versionValue", "TLSRPTv1 rua=mailto:a@example.com", 2],
    ]);
  });

  it("reports URIs with no scheme or another scheme, at the URI", () => {
    expect(problems("v=TLSRPTv1; rua=tlsrpt@example.com")).toEqual([["uriScheme", "tlsrpt@example.com", 16]]);
    expect(problems("v=TLSRPTv1; rua=mailto:a@example.com,http://r.example.com")).toEqual([["uriScheme", "http://r.example.com", 37]]);
  });

  it("reports unusable mailto/https URIs and empty rua entries", () => {
    expect(problems("v=TLSRPTv1; rua=mailto:tlsrpt")).toEqual([["uriInvalid", "mailto:tlsrpt", 16]]);
    expect(problems("v=TLSRPTv1; rua=")).toEqual([["ruaEmpty", "rua=", 12]]);
    expect(problems("v=TLSRPTv1; rua=mailto:a@example.com,")).toEqual([["ruaEmpty", ",", 36]]);
  });

  it("reports a wrongly spelled rua name but still reads its URIs", () => {
    expect(problems("v=TLSRPTv1; RUA=ftp://x.example")).toEqual([
      ["fieldSyntax", "RUA", 12],
      ["uriScheme", "ftp://x.example", 16],
    ]);
  });

  it("reports bad extension fields, empty fields and stray whitespace", () => {
    expect(problems("v=TLSRPTv1;; rua=mailto:a@example.com; flag ")).toEqual([
      ["emptyField", ";", 11],
      ["fieldSyntax", "flag", 39],
      ["strayWhitespace", " ", 43],
    ]);
  });

  it("never throws on hostile input", () => {
    for (const text of [";", "rua=,,,", "v=TLSRPTv1; rua=" + ",".repeat(10_000), undefined as unknown as string]) {
      expect(() => tlsRptProblems(text)).not.toThrow();
    }
  });
});
