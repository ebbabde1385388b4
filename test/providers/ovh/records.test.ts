import { describe, expect, it } from "vitest";
import { importIdFor, matchZone } from "../../src/ovh/match.js";
import { IMPORT_ID, ImportFileError, renderImportFile, validateImportFile } from "../../src/ovh/import-file.js";
import {
  comparableTarget,
  isManagedLive,
  managedQueries,
  ovhRecordsFor,
  recordName,
  unquoteTxt,
  type OvhLiveRecord,
} from "../../src/ovh/records.js";
import { domainModel } from "../pulumi/fixtures.js";

const live = (id: number, subDomain: string, fieldType: string, target: string, ttl = 3600): OvhLiveRecord => ({ id, zone: "example.com", subDomain, fieldType, target, ttl });

describe("OVH target normalisation (rules.md §2.3)", () => {
  it("strips OVH's outer quotes and joins character-strings, keeping TXT case", () => {
    expect(unquoteTxt('"v=spf1 include:mx.ovh.com ~all"')).toBe("v=spf1 include:mx.ovh.com ~all");
    expect(unquoteTxt('"v=DKIM1; p=MIIBa" "bcDEF"')).toBe("v=DKIM1; p=MIIBabcDEF");
    expect(unquoteTxt("v=DMARC1; p=none")).toBe("v=DMARC1; p=none");
    expect(comparableTarget("TXT", '"v=DKIM1; p=AbC"')).not.toBe(comparableTarget("TXT", '"v=DKIM1; p=abc"'));
  });

  it("compares host names without case and with one trailing dot", () => {
    expect(comparableTarget("MX", "1  MX0.Mail.OVH.net")).toBe("1 mx0.mail.ovh.net.");
    expect(comparableTarget("MX", "0 .")).toBe("0 .");
    expect(comparableTarget("SRV", "0 0 0993 SSL0.ovh.net")).toBe("0 0 993 ssl0.ovh.net.");
    expect(comparableTarget("CNAME", "Sel._domainkey.1.aa.dkim.mail.ovh.net")).toBe("sel._domainkey.1.aa.dkim.mail.ovh.net.");
    expect(comparableTarget("SPF", '"v=spf1 -all"')).toBe("v=spf1 -all");
  });

  it("names records by zone, owner, type and a hash of the value only", () => {
    expect(recordName("example.com", "", "MX", "1 mx0.mail.ovh.net.")).toBe(recordName("example.com", "", "MX", "1 MX0.mail.ovh.net"));
    expect(recordName("example.com", "", "TXT", '"v=spf1 -all"')).toMatch(/^example\.com\/@\/TXT\/[0-9a-f]{8}$/);
    expect(recordName("example.com", "_dmarc", "TXT", '"v=DMARC1; p=none"')).toMatch(/^example\.com\/_dmarc\/TXT\//);
    expect(recordName("example.com", "", "MX", "1 mx0.mail.ovh.net.")).not.toBe(recordName("example.com", "", "MX", "5 mx0.mail.ovh.net."));
  });

  it("turns a domain into one TXT-typed record per value, quoted, apex as an empty subdomain", () => {
    const records = ovhRecordsFor(domainModel({ domain: "Example.COM", mx: [{ host: "MX0.mail.ovh.net", priority: 1 }, { host: "mx0.mail.ovh.net.", priority: 1 }], dkim: [{ name: "s1", txt: "v=DKIM1; k=rsa; p=QUJD" }] }));
    expect(records.map((r) => [r.zone, r.subdomain, r.fieldtype, r.target, r.role])).toEqual([
      ["example.com", "_dmarc", "TXT", '"v=DMARC1; p=quarantine; rua=mailto:dmarc@Example.COM"', "dmarc"],
      ["example.com", "", "MX", "1 mx0.mail.ovh.net.", "mx"],
      ["example.com", "", "TXT", '"v=spf1 include:mx.ovh.com ~all"', "spf"],
      ["example.com", "s1._domainkey", "TXT", '"v=DKIM1; k=rsa; p=QUJD"', "dkim"],
    ]);
  });
});

describe("managed RRsets", () => {
  it("always lists the apex MX/SPF and _dmarc, OVH's pseudo-types, and every form of a DKIM selector", () => {
    const desired = ovhRecordsFor(domainModel({ domain: "example.com", mx: null, spf: null, dmarc: null, dkim: [{ name: "s1", cname: "s1._domainkey.1.aa.dkim.mail.ovh.net" }], srv: [{ service: "_imaps._tcp", priority: 0, weight: 0, port: 993, target: "ssl0.ovh.net" }] }));
    expect(managedQueries(desired)).toEqual([
      { subDomain: "", fieldTypes: ["MX", "SPF", "TXT"] },
      { subDomain: "_dmarc", fieldTypes: ["DMARC", "TXT"] },
      { subDomain: "_imaps._tcp", fieldTypes: ["SRV"] },
      { subDomain: "s1._domainkey", fieldTypes: ["CNAME", "DKIM", "TXT"] },
    ]);
  });

  it("never claims apex TXT records that are not SPF", () => {
    expect(isManagedLive(live(1, "", "TXT", '"google-site-verification=x"'))).toBe(false);
    expect(isManagedLive(live(2, "", "TXT", '"v=spf1 -all"'))).toBe(true);
    expect(isManagedLive(live(3, "", "SPF", "v=spf1 include:mx.ovh.com ~all"))).toBe(true);
    expect(isManagedLive(live(4, "_dmarc", "TXT", '"v=DMARC1; p=none"'))).toBe(true);
  });
});

describe("matchZone", () => {
  const desired = ovhRecordsFor(domainModel({ domain: "example.com", mx: [{ host: "mx0.mail.ovh.net", priority: 1 }, { host: "mx1.mail.ovh.net", priority: 5 }], dmarc: null }));

  it("adopts equal records once, creates the rest, and deletes what is left", () => {
    const match = matchZone("example.com", desired, [
      live(9, "", "MX", "1 MX0.MAIL.OVH.NET."),
      live(3, "", "MX", "1 mx0.mail.ovh.net"),
      live(4, "", "TXT", '"v=spf1 include:mx.ovh.com ~all"', 600),
      live(5, "", "TXT", '"verification=1"'),
      live(6, "", "SPF", "v=spf1 include:mx.ovh.com ~all"),
    ]);
    expect(match.adoptions.map((a) => [a.importId, a.ttlChange])).toEqual([["3.example.com", null], ["4.example.com", null]]);
    expect(match.creations.map((c) => c.target)).toEqual(["5 mx1.mail.ovh.net."]);
    expect(match.deletions.map((d) => [d.live.id, d.reason])).toEqual([[6, "pseudo-type"], [9, "unwanted"]]);
  });

  it("adopts a record whose TTL differs and says so", () => {
    const match = matchZone("example.com", desired, [live(4, "", "TXT", '"v=spf1 include:mx.ovh.com ~all"', 3600)]);
    expect(match.adoptions[0]?.ttlChange).toEqual({ from: 3600, to: 600 });
  });

  it("import ids are <recordId>.<zone>", () => {
    expect(importIdFor(live(1234567, "", "MX", "1 a."), "example.com")).toBe("1234567.example.com");
    expect(IMPORT_ID.test("1234567.example.com")).toBe(true);
    expect(IMPORT_ID.test("example.com/1234")).toBe(false);
  });
});

describe("import file", () => {
  it("renders sorted, stable JSON and validates what it reads", () => {
    const file = { version: 1 as const, imports: { b: "2.example.com", a: "1.example.com" }, zones: { "example.com": { existing: [live(2, "", "MX", "1 b."), live(1, "", "MX", "1 a.")] } } };
    const text = renderImportFile(file);
    expect(Object.keys(JSON.parse(text).imports)).toEqual(["a", "b"]);
    expect(JSON.parse(text).zones["example.com"].existing.map((r: OvhLiveRecord) => r.id)).toEqual([1, 2]);
    expect(validateImportFile(JSON.parse(text), "f.json")).toEqual(JSON.parse(text));
    expect(() => validateImportFile({ version: 2 }, "f.json")).toThrow(ImportFileError);
    expect(() => validateImportFile({ version: 1, imports: { a: 5 }, zones: {} }, "f.json")).toThrow("f.json: import id 5 of a is not <recordId>.<zone>");
  });
});
