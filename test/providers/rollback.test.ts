import { describe, expect, it } from "vitest";
import { exportFileName, isMailLine, recordedVersion, savedAtOf, savedExportProblem, unreadEntries, versionAt, zoneDiff } from "../../src/providers/rollback.js";

const zone = (...records: string[]) => ["$ORIGIN example.com.", "$TTL 3600", "@ IN SOA ns. h. (1 2 3 4 5)", "@ IN NS ns1.example.net.", ...records, ""].join("\n");

describe("rollback (pure)", () => {
  it("reads the time a saved export names, and the version the program recorded in it", () => {
    expect(savedAtOf("2026-11-20T10-00-00-123Z.zone")?.toISOString()).toBe("2026-11-20T10:00:00.123Z");
    expect(savedAtOf("notes.txt")).toBeNull();
    // The program names each export with exportFileName: savedAtOf reads back the very time it was given.
    const at = new Date("2026-11-20T10:00:00.123Z");
    expect(exportFileName(at)).toBe("2026-11-20T10-00-00-123Z.zone");
    expect(savedAtOf(exportFileName(at))?.getTime()).toBe(at.getTime());
    expect(recordedVersion("; maildns: example.com as exported\n; maildns: version in force at the host: 2026-11-20T09:59:58+01:00\n$ORIGIN x.\n")).toBe("2026-11-20T09:59:58+01:00");
    expect(recordedVersion("$ORIGIN x.\n")).toBeNull();
  });

  it("picks the newest version not after the save", () => {
    const versions = ["2026-11-19T10:00:00+00:00", "2026-11-20T09:00:00+00:00", "2026-11-20T11:00:00+00:00"];
    expect(versionAt(versions, new Date("2026-11-20T10:00:00Z"))).toBe("2026-11-20T09:00:00+00:00");
    expect(versionAt(versions, new Date("2026-11-18T00:00:00Z"))).toBeNull();
  });

  it("lists what a restore removes and brings back, SOA and apex NS aside, duplicates counted", () => {
    const saved = zone('@ IN TXT "v=spf1 -all"', "@ IN MX 1 mx0.mail.ovh.net.");
    const now = zone('@ IN TXT "v=spf1 ~all"', '@ IN TXT "v=spf1 ~all"', "@ IN MX 1 mx0.mail.ovh.net.").replace("(1 2 3 4 5)", "(2 2 3 4 5)");
    expect(zoneDiff("example.com", saved, now)).toEqual({
      removed: ["example.com 3600 TXT v=spf1 ~all", "example.com 3600 TXT v=spf1 ~all"],
      restored: ["example.com 3600 TXT v=spf1 -all"],
    });
    expect(zoneDiff("example.com", saved, saved)).toEqual({ removed: [], restored: [] });
  });

  it("tells mail records from the others a whole-zone restore reverts too", () => {
    for (const line of [
      "example.com 3600 MX 1 mx0.mail.ovh.net.",
      "example.com 3600 TXT v=spf1 include:mx.ovh.com -all",
      "_dmarc.example.com 3600 TXT v=DMARC1; p=reject",
      "ovhmo1._domainkey.example.com 3600 CNAME ovhmo1._domainkey.mail.ovh.net.",
      "_mta-sts.example.com 3600 TXT v=STSv1; id=1",
      "mta-sts.example.com 3600 CNAME mta-sts.example.net.",
      "_smtp._tls.example.com 3600 TXT v=TLSRPTv1; rua=mailto:t@example.com",
      "_submissions._tcp.example.com 3600 SRV 0 1 465 ssl0.ovh.net.",
      "autodiscover.example.com 3600 CNAME autodiscover.mail.ovh.net.",
    ]) expect(isMailLine(line), line).toBe(true);
    for (const line of ["www.example.com 3600 A 192.0.2.1", "shop.example.com 3600 CNAME shops.example.net.", "example.com 3600 TXT google-site-verification=abc", "example.com 3600 A 192.0.2.2", "_sip._tcp.example.com 3600 SRV 0 1 5060 sip.example.net."]) {
      expect(isMailLine(line), line).toBe(false);
    }
  });

  it("refuses a saved export that is not a whole export of its zone", () => {
    expect(savedExportProblem("example.com", zone('@ IN TXT "v=spf1 -all"'))).toBeNull();
    // The folder's name in another spelling is the same zone (RFC 4343).
    expect(savedExportProblem("Example.COM.", zone())).toBeNull();
    expect(savedExportProblem("example.com", "")).toBe("it holds no SOA record: not an export of example.com");
    expect(savedExportProblem("example.com", zone().replace("$ORIGIN example.com.", "$ORIGIN example.org."))).toBe("it is an export of example.org, not of example.com (the folder it is in)");
    expect(savedExportProblem("example.com", zone("www.example.org. IN A 192.0.2.1"))).toBe("it holds a record of www.example.org, outside example.com");
    expect(savedExportProblem("example.com", zone("@ IN SOA ns. h. (2 2 3 4 5)"))).toBe("it holds 2 SOA records: not an export of example.com");
    // An entry that does not read is not a refusal: it is said (unreadEntries) and left out of the comparison.
    expect(savedExportProblem("example.com", zone("@ IN MX 1"))).toBeNull();
    expect(unreadEntries("example.com", zone("@ IN MX 1"))).toEqual(["line 5: MX takes 2 fields (preference, exchange), got 1"]);
    expect(unreadEntries("example.com", zone())).toEqual([]);
    expect(savedExportProblem("example.com", "this is not a zone file\n")).not.toBeNull();
  });
});
