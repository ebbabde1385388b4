import { describe, expect, it } from "vitest";
import { exportFileName, recordedVersion, savedAtOf, versionAt, zoneDiff } from "../../src/providers/rollback.js";

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
});
