import { describe, expect, it } from "vitest";
import {
  isStsMode,
  isValidMxPattern,
  mxPatternMatches,
  normaliseHostName,
  splitFields,
  stsRecordProblems,
} from "../../src/mail/mta-sts.js";

/** [kind, found, start] of each problem, for compact assertions. */
const problems = (text: string) => stsRecordProblems(text).map((p) => [p.kind, p.found, p.start]);

describe("splitFields", () => {
  it("keeps names, values and offsets; WSP around `;` is part of the separator", () => {
    const text = "v=STSv1 ;  id=20260901;ext=a.b";
    const list = splitFields(text);
    expect(list.fields.map((f) => [f.name, f.value, f.start, f.end])).toEqual([
      ["v", "STSv1", 0, 7],
      ["id", "20260901", 11, 22],
      ["ext", "a.b", 23, 30],
    ]);
    const id = list.fields[1]!;
    expect(text.slice(id.nameStart, id.nameEnd)).toBe("id");
    expect(text.slice(id.valueStart, id.valueEnd)).toBe("20260901");
    expect(list.emptyFields).toEqual([]);
    expect(list.strayWhitespace).toEqual([]);
  });

  it("accepts one trailing separator with spaces after it", () => {
    const list = splitFields("v=STSv1; id=1;  ");
    expect(list.fields).toHaveLength(2);
    expect(list.emptyFields).toEqual([]);
    expect(list.strayWhitespace).toEqual([]);
  });

  it("reports `;;` and a leading `;` at the `;` that closes the empty field", () => {
    expect(splitFields("v=STSv1;; id=1").emptyFields).toEqual([{ start: 8, end: 9 }]);
    expect(splitFields(";v=STSv1; id=1").emptyFields).toEqual([{ start: 0, end: 1 }]);
    expect(splitFields("v=STSv1; id=1;;").emptyFields).toEqual([{ start: 14, end: 15 }]);
  });

  it("reports leading whitespace and trailing whitespace not after a `;`", () => {
    expect(splitFields("  v=STSv1; id=1").strayWhitespace).toEqual([{ start: 0, end: 2 }]);
    expect(splitFields("v=STSv1; id=1 \t").strayWhitespace).toEqual([{ start: 13, end: 15 }]);
  });

  it("keeps a field without `=` and a name with a space before `=`", () => {
    const [bare, spaced] = splitFields("bare; id =1").fields;
    expect(bare).toMatchObject({ name: "bare", value: "", hasEquals: false, start: 0, end: 4, valueStart: 4, valueEnd: 4 });
    expect(spaced).toMatchObject({ name: "id ", value: "1", hasEquals: true, start: 6, end: 11 });
  });

  it("splits a long record of fields without `=` (each field is scanned once)", () => {
    const list = splitFields("a;".repeat(50_000));
    expect(list.fields).toHaveLength(50_000);
    expect(list.fields.every((f) => !f.hasEquals)).toBe(true);
  });

  it("never throws on hostile input", () => {
    for (const text of ["", ";", ";;;", "====", "\u0000;\uffff", undefined as unknown as string, "v=".repeat(10_000)]) {
      expect(() => splitFields(text)).not.toThrow();
      expect(() => stsRecordProblems(text)).not.toThrow();
    }
  });
});

describe("stsRecordProblems (RFC 8461 §3.1)", () => {
  it("accepts valid records", () => {
    expect(problems("v=STSv1; id=20260901")).toEqual([]);
    expect(problems("v=STSv1;id=abcDEF0123456789abcdef0123456789;")).toEqual([]);
    expect(problems("v=STSv1; ext_1.x-y=some:value; id=1")).toEqual([]);
  });

  it("reports an empty record", () => {
    expect(problems("")).toEqual([["empty", "", 0]]);
    expect(problems("  ")).toEqual([["empty", "  ", 0]]);
  });

  it("reports the version when it is not first, not exact, or misspelled", () => {
    expect(problems("id=1; v=STSv1")).toEqual([["versionMissing", "id=1", 0]]);
    expect(problems("v=stsv1; id=1")).toEqual([["versionValue", "stsv1", 2]]);
    expect(problems("V=STSv1; id=1")).toEqual([["versionMissing", "V=STSv1", 0]]);
    expect(problems("v=; id=1")).toEqual([["versionValue", "v=", 0]]);
    expect(problems("STSv1; id=1")).toEqual([["versionMissing", "STSv1", 0]]);
  });

  it("reports a missing `;` between fields as a bad version value and a missing id", () => {
    expect(problems("v=STSv1 id=1")).toEqual([
      ["idMissing", "v=STSv1 id=1", 0],
      ["versionValue", "STSv1 id=1", 2],
    ]);
  });

  it("reports a missing id over the whole record", () => {
    expect(problems("v=STSv1")).toEqual([["idMissing", "v=STSv1", 0]]);
    expect(problems("v=STSv1; ext=1")).toEqual([["idMissing", "v=STSv1; ext=1", 0]]);
  });

  it("reports an id that is not 1–32 letters and digits, at its value", () => {
    expect(problems("v=STSv1; id=2026-09-01")).toEqual([["idValue", "2026-09-01", 12]]);
    expect(problems(`v=STSv1; id=${"a".repeat(33)}`)).toEqual([["idValue", "a".repeat(33), 12]]);
    expect(problems("v=STSv1; id=")).toEqual([["idValue", "id=", 9]]);
  });

  it("reports id with the wrong case at its name, without also calling it missing", () => {
    expect(problems("v=STSv1; ID=1")).toEqual([["idCase", "ID", 9]]);
  });

  it("reports a second id and spaces around `=`", () => {
    expect(problems("v=STSv1; id=1; id=2")).toEqual([["idDuplicate", "id=2", 15]]);
    expect(problems("v=STSv1; id =1")).toEqual([["fieldSyntax", "id =1", 9]]);
  });

  it("reports bad extension fields", () => {
    expect(problems("v=STSv1; id=1; flag")).toEqual([["fieldSyntax", "flag", 15]]);
    expect(problems("v=STSv1; id=1; _x=1")).toEqual([["fieldSyntax", "_x=1", 15]]);
    expect(problems("v=STSv1; id=1; x=a=b")).toEqual([["fieldSyntax", "x=a=b", 15]]);
    expect(problems("v=STSv1; id=1; x=")).toEqual([["fieldSyntax", "x=", 15]]);
    expect(problems(`v=STSv1; id=1; ${"n".repeat(33)}=1`)).toEqual([["fieldSyntax", `${"n".repeat(33)}=1`, 15]]);
  });

  it("reports every problem in text order", () => {
    expect(problems(" v=STSv2;; id=a-b; bad")).toEqual([
      ["strayWhitespace", " ", 0],
      ["versionValue", "STSv2", 3],
      ["emptyField", ";", 9],
      ["idValue", "a-b", 14],
      ["fieldSyntax", "bad", 19],
    ]);
  });
});

describe("MX patterns (RFC 8461 §3.2, §4.1)", () => {
  it("normalises case, whitespace and the trailing dot", () => {
    expect(normaliseHostName(" MX0.Mail.OVH.net. ")).toBe("mx0.mail.ovh.net");
  });

  it("validates patterns: a host name, or `*.` and a host name", () => {
    for (const ok of ["*.mail.ovh.net", "mx0.mail.ovh.net.", "MX0.MAIL.OVH.NET", "xn--bcher-kva.example", "*.example"]) expect(isValidMxPattern(ok), ok).toBe(true);
    for (const bad of ["", "*", "*.", "mail.*.ovh.net", "*mail.ovh.net", "**.ovh.net", "https://mx0.mail.ovh.net", "mx0..ovh.net", "-mx.ovh.net", "mx_0.ovh.net", "mx0.mail.ovh.net:25", "bücher.example"]) {
      expect(isValidMxPattern(bad), bad).toBe(false);
    }
  });

  it("matches exact names case-insensitively, ignoring trailing dots", () => {
    expect(mxPatternMatches("mx0.mail.ovh.net", "MX0.mail.ovh.net.")).toBe(true);
    expect(mxPatternMatches("mx0.mail.ovh.net.", "mx0.mail.ovh.net")).toBe(true);
    expect(mxPatternMatches("mx0.mail.ovh.net", "mx1.mail.ovh.net.")).toBe(false);
  });

  it("matches a wildcard against exactly one leftmost label", () => {
    expect(mxPatternMatches("*.mail.ovh.net", "mx4.mail.ovh.net.")).toBe(true);
    expect(mxPatternMatches("*.Mail.OVH.net.", "mx0.mail.ovh.net")).toBe(true);
    expect(mxPatternMatches("*.mail.ovh.net", "mail.ovh.net.")).toBe(false);
    expect(mxPatternMatches("*.mail.ovh.net", "a.mx0.mail.ovh.net.")).toBe(false);
    expect(mxPatternMatches("*.mail.ovh.net", "mx0.mail.ovh.ca.")).toBe(false);
    expect(mxPatternMatches("*.mail.ovh.net", "xmail.ovh.net")).toBe(false);
    expect(mxPatternMatches("*.ovh.net", "mx0.mail.ovh.net")).toBe(false);
  });

  it("never matches empty names", () => {
    expect(mxPatternMatches("", "")).toBe(false);
    expect(mxPatternMatches("*.", ".")).toBe(false);
  });

  it("knows the three modes, case-sensitively", () => {
    expect(["enforce", "testing", "none", "Enforce", "report"].map(isStsMode)).toEqual([true, true, true, false, false]);
  });
});
