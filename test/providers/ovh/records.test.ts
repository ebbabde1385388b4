import { describe, expect, it } from "vitest";
import { desiredSlotRecords } from "../../../src/model/slots.js";
import { ovhProvider } from "../../../src/providers/ovh/index.js";
import {
  comparableTarget,
  fromOvhLive,
  isManagedLive,
  legacyRecordName,
  managedQueries,
  ovhHostRecord,
  ovhImportId,
  ovhLiveSlot,
  unquoteTxt,
} from "../../../src/providers/ovh/records.js";
import { HostRecordError, type LiveHostRecord } from "../../../src/providers/types.js";
import { domainModel } from "../../pulumi/fixtures.js";

const live = (id: number, subdomain: string, type: string, target: string, ttl = 3600): LiveHostRecord => ({ id: String(id), zone: "example.com", subdomain, type, target, ttl });

describe("OVH target normalisation (DNSC, TF-REC)", () => {
  it("strips OVH's outer quotes and joins character-strings, keeping TXT case", () => {
    expect(unquoteTxt('"v=spf1 include:mx.ovh.com ~all"')).toBe("v=spf1 include:mx.ovh.com ~all");
    expect(unquoteTxt('"v=DKIM1; p=MIIBa" "bcDEF"')).toBe("v=DKIM1; p=MIIBabcDEF");
    expect(unquoteTxt("v=DMARC1; p=none")).toBe("v=DMARC1; p=none");
    // Strings with no space between them are still several (as a zone file reads them): this is an SPF record.
    expect(unquoteTxt('"v=spf1 ""include:mx.ovh.com -all"')).toBe("v=spf1 include:mx.ovh.com -all");
    expect(isManagedLive(live(1, "", "TXT", '"v=spf1 ""include:mx.ovh.com -all"'))).toBe(true);
    expect(comparableTarget("TXT", '"v=DKIM1; p=AbC"')).not.toBe(comparableTarget("TXT", '"v=DKIM1; p=abc"'));
  });

  it("compares host names without case and with one trailing dot", () => {
    expect(comparableTarget("MX", "1  MX0.Mail.OVH.net")).toBe("1 mx0.mail.ovh.net.");
    expect(comparableTarget("MX", "0 .")).toBe("0 .");
    expect(comparableTarget("SRV", "0 0 0993 SSL0.ovh.net")).toBe("0 0 993 ssl0.ovh.net.");
    expect(comparableTarget("CNAME", "Sel._domainkey.1.aa.dkim.mail.ovh.net")).toBe("sel._domainkey.1.aa.dkim.mail.ovh.net.");
    expect(comparableTarget("SPF", '"v=spf1 -all"')).toBe("v=spf1 -all");
  });

  it("folds the case of A-Z only, as DNS does: U+212A KELVIN SIGN is not k (RFC 4343 §3)", () => {
    expect(comparableTarget("CNAME", "s1._domain\u212Aey.1.aa.dkim.mail.ovh.net.")).not.toBe(comparableTarget("CNAME", "s1._domainkey.1.aa.dkim.mail.ovh.net."));
    expect(comparableTarget("MX", "10 m\u212A.example.net.")).toBe("10 m\u212A.example.net.");
  });

  it("keeps the names older stacks hold: zone, owner, type and a hash of the value", () => {
    // The names maildns gave records before they followed slots (what an existing stack's state holds).
    expect(legacyRecordName("example.com", "", "MX", "1 mx0.mail.ovh.net.")).toBe("example.com/@/MX/315c5c17");
    expect(legacyRecordName("example.com", "", "TXT", '"v=spf1 include:mx.ovh.com ~all"')).toBe("example.com/@/TXT/1ff31f20");
    expect(legacyRecordName("example.com", "", "MX", "1 MX0.mail.ovh.net")).toBe("example.com/@/MX/315c5c17");
  });
});

describe("the desired record in OVH's form", () => {
  it("is TXT for SPF, DKIM and DMARC, quoted, host names with a dot, the apex as an empty subdomain", () => {
    const model = domainModel({ domain: "example.com", mx: [{ host: "MX0.mail.ovh.net", priority: 1 }], dkim: [{ name: "s1", txt: "v=DKIM1; k=rsa; p=QUJD" }] });
    const records = desiredSlotRecords(model).map((r) => ovhHostRecord(r, "example.com"));
    expect(records.map((r) => [r.slot, r.subdomain, r.type, r.target, r.ttl])).toEqual([
      ["dkim:s1", "s1._domainkey", "TXT", '"v=DKIM1; k=rsa; p=QUJD"', 3600],
      ["dmarc", "_dmarc", "TXT", '"v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"', 3600],
      ["mx:mx0.mail.ovh.net.", "", "MX", "1 mx0.mail.ovh.net.", 3600],
      ["spf", "", "TXT", '"v=spf1 include:mx.ovh.com ~all"', 600],
    ]);
    expect(ovhProvider.inputs(records[3]!)).toEqual({ zone: "example.com", subdomain: "", fieldtype: "TXT", target: '"v=spf1 include:mx.ovh.com ~all"', ttl: 600 });
  });

  it("refuses TTLs OVH refuses and TXT values it mangles, naming the file and the rule", () => {
    const slow = desiredSlotRecords(domainModel({ domain: "example.com", spfTtl: 30 })).find((r) => r.slot === "spf")!;
    expect(() => ovhHostRecord(slow, "example.com")).toThrow(new HostRecordError("stacks/test/example.com.yaml: TXT example.com has TTL 30; OVH accepts 0 (zone default) or 60 and more [ttl-below-ovh-min]"));
    const quoted = desiredSlotRecords(domainModel({ domain: "example.com", spf: 'v=spf1 include:"x" ~all' })).find((r) => r.slot === "spf")!;
    expect(() => ovhHostRecord(quoted, "example.com")).toThrow(/\[txt-ovh-embedded-quote\]$/);
    const zero = desiredSlotRecords(domainModel({ domain: "example.com", spfTtl: 0 })).find((r) => r.slot === "spf")!;
    expect(ovhHostRecord(zero, "example.com").ttl).toBe(0);
  });
});

describe("live OVH records", () => {
  it("are seen as DNS serves them; OVH's pseudo-types are TXT that can only be replaced", () => {
    expect(ovhLiveSlot(live(6, "", "SPF", '"v=spf1 include:mx.ovh.com ~all"', 600))).toEqual({
      key: "6", name: "example.com", subdomain: "", type: "TXT", value: "v=spf1 include:mx.ovh.com ~all", ttl: 600, replaceOnly: true,
    });
    expect(ovhLiveSlot(live(7, "", "MX", "5 MX1.mail.ovh.net"))).toEqual({ key: "7", name: "example.com", subdomain: "", type: "MX", value: "5 mx1.mail.ovh.net.", ttl: 3600 });
    expect(fromOvhLive({ id: 12, zone: "example.com", subDomain: "_dmarc", fieldType: "DMARC", target: "v=DMARC1; p=none", ttl: 0 })).toEqual(live(12, "_dmarc", "DMARC", "v=DMARC1; p=none", 0));
  });

  it("are imported as <recordId>.<zone>, the id OVH's provider splits at the first dot (TF-REC)", () => {
    expect(ovhImportId(live(1234567, "", "MX", "1 a."))).toBe("1234567.example.com");
    expect(ovhProvider.stateId(live(1234567, "", "MX", "1 a."))).toBe("1234567");
  });

  it("never include apex TXT records that are not SPF", () => {
    expect(isManagedLive(live(1, "", "TXT", '"google-site-verification=x"'))).toBe(false);
    expect(isManagedLive(live(2, "", "TXT", '"v=spf1 -all"'))).toBe(true);
    expect(isManagedLive(live(3, "", "SPF", "v=spf1 include:mx.ovh.com ~all"))).toBe(true);
    expect(isManagedLive(live(4, "_dmarc", "TXT", '"v=DMARC1; p=none"'))).toBe(true);
  });
});

describe("the owners listed at OVH", () => {
  it("are the apex MX/SPF and _dmarc always, OVH's pseudo-types, every form of each DKIM selector, the zone's own selectors, a CNAME at any other owner written", () => {
    const model = domainModel({ domain: "example.com", mx: null, spf: null, dmarc: null, dkim: [{ name: "s1", cname: "s1._domainkey.1.aa.dkim.mail.ovh.net" }], srv: [{ service: "_imaps._tcp", priority: 0, weight: 0, port: 993, target: "ssl0.ovh.net" }] });
    const desired = desiredSlotRecords(model).map((r) => ovhHostRecord(r, "example.com"));
    expect(managedQueries(desired, ["old._domainkey", "www"])).toEqual([
      { subDomain: "", fieldTypes: ["MX", "SPF", "TXT"] },
      { subDomain: "_dmarc", fieldTypes: ["DMARC", "TXT"] },
      { subDomain: "_imaps._tcp", fieldTypes: ["CNAME", "SRV"] },
      { subDomain: "old._domainkey", fieldTypes: ["CNAME", "DKIM", "TXT"] },
      { subDomain: "s1._domainkey", fieldTypes: ["CNAME", "DKIM", "TXT"] },
    ]);
  });

  it("list both forms of _dmarc when the file declares either: a record of its own, or a CNAME delegating it", () => {
    const withRecord = desiredSlotRecords(domainModel({ domain: "example.com", mx: null, spf: null, dmarc: "v=DMARC1; p=reject" })).map((r) => ovhHostRecord(r, "example.com"));
    expect(managedQueries(withRecord).find((q) => q.subDomain === "_dmarc")).toEqual({ subDomain: "_dmarc", fieldTypes: ["CNAME", "DMARC", "TXT"] });
    const alias = { name: "_dmarc.example.com", subdomain: "_dmarc", type: "CNAME", value: "example._dmarc.provider.example.", ttl: 3600, slot: "cname:_dmarc", role: "cname" as const, file: null, path: [] };
    expect(managedQueries([ovhHostRecord(alias, "example.com")]).find((q) => q.subDomain === "_dmarc")).toEqual({ subDomain: "_dmarc", fieldTypes: ["CNAME", "DMARC", "TXT"] });
  });
});
