import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  createZoneSource,
  formatZoneError,
  loadZones,
  originFromFileName,
  parseZoneFile,
  ZoneIndex,
  type LoadedZones,
  type ObservedRRset,
  type RecordSource,
} from "../../src/dns/index.js";

const FIXTURES = new URL("../fixtures/zones/", import.meta.url).pathname;

describe("loadZones", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "maildns-zones-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("a directory loads every *.zone file; zones come from $ORIGIN, SOA owners and file names", async () => {
    const loaded = await loadZones([FIXTURES]);
    expect(loaded.errors).toEqual([]);
    expect(loaded.files.map((f) => f.slice(FIXTURES.length))).toEqual([
      "chain.example.zone",
      "clean.example.zone",
      "cname-mx.example.zone",
      "export.example.zone",
      "ovh.com.zone",
      "ovh.net.zone",
    ]);
    expect(loaded.origins).toEqual(["chain.example", "clean.example", "cname-mx.example", "export.example", "ovh.com", "ovh.net"]);
    const exported = loaded.records.filter((r) => r.file?.endsWith("export.example.zone"));
    expect(exported.find((r) => r.type === "SOA")?.name).toBe("export.example");
    expect(exported.find((r) => r.name === "_dmarc.export.example")?.value).toBe("v=DMARC1; p=none; rua=mailto:postmaster@export.example");
  });

  test("the zone is named after the file only when the name is a domain: <zone>.zone, <zone>.txt, <zone>.db, db.<zone>, <zone>", () => {
    expect(originFromFileName("/x/Example.COM.zone")).toBe("example.com");
    expect(originFromFileName("example.org")).toBe("example.org");
    expect(originFromFileName("example.fr.txt")).toBe("example.fr");
    expect(originFromFileName("example.fr.db")).toBe("example.fr");
    // BIND's db.<zone> convention: db.example.fr is the zone example.fr, never the domain db.example.fr.
    expect(originFromFileName("/etc/bind/db.example.fr")).toBe("example.fr");
    expect(originFromFileName("db.example.fr.zone")).toBe("db.example.fr");
    for (const notDomain of ["zone.txt", "db", "db.local", "export.txt", "zone-2026-01-01.txt", "named.conf", "example.fr (1).txt", "example.123", "db.0.192.in-addr"]) {
      expect(originFromFileName(notDomain), notDomain).toBeNull();
    }
  });

  test("--origin names the zone of a file whose name does not; without it the relative names say the zone is unknown", async () => {
    const file = join(dir, "export.txt");
    await writeFile(file, "$TTL 60\n@ MX 10 mx\nmx A 192.0.2.1\n");
    const named = await loadZones([file], { origin: "Example.FR." });
    expect(named.errors).toEqual([]);
    expect(named.origins).toEqual(["example.fr"]);
    expect(named.records.map((r) => `${r.name} ${r.type} ${r.value}`)).toEqual(["example.fr MX 10 mx.example.fr.", "mx.example.fr A 192.0.2.1"]);
    const unnamed = await loadZones([file]);
    expect(unnamed.errors[0]).toMatchObject({ file, line: 2, column: 1, code: "no-origin" });
  });

  test("a folder is read for *.zone and files named after a zone; other files are left alone", async () => {
    const folder = await mkdtemp(join(dir, "mixed-"));
    await writeFile(join(folder, "a.example.zone"), "$TTL 60\n@ MX 0 .\n");
    await writeFile(join(folder, "b.example.txt"), "$TTL 60\n@ MX 0 .\n");
    await writeFile(join(folder, "db.c.example"), "$TTL 60\n@ MX 0 .\n");
    await writeFile(join(folder, "README.txt"), "not a zone\n");
    await writeFile(join(folder, "named.conf"), "options {};\n");
    const loaded = await loadZones([folder]);
    expect(loaded.errors).toEqual([]);
    expect(loaded.origins).toEqual(["a.example", "b.example", "c.example"]);
  });

  test("anything but a regular file or a folder is refused without being opened", async () => {
    const fifo = join(dir, "pipe.zone");
    execFileSync("mkfifo", [fifo]);
    const loaded = await loadZones([fifo]);
    expect(loaded.errors).toEqual([{ file: fifo, line: 0, column: 0, message: "not a regular file or a directory: give a zone file or a folder of them" }]);
  });

  test("$INCLUDE reads relative to the including file and never outside the zone's folder", async () => {
    const root = await mkdtemp(join(dir, "include-"));
    await mkdir(join(root, "zones", "parts"), { recursive: true });
    await writeFile(join(root, "outside.inc"), "leak A 192.0.2.66\n");
    await writeFile(join(root, "zones", "parts", "mail.inc"), "@ MX 10 mx\n$INCLUDE more.inc\n");
    await writeFile(join(root, "zones", "parts", "more.inc"), "mx A 192.0.2.25\n");
    await symlink(join(root, "outside.inc"), join(root, "zones", "parts", "link.inc"));
    await writeFile(join(root, "zones", "example.com.zone"), "$TTL 60\n$INCLUDE parts/mail.inc\n");
    const good = await loadZones([join(root, "zones")]);
    expect(good.errors).toEqual([]);
    expect(good.records.map((r) => `${r.name} ${r.type} ${r.file?.slice(root.length)}:${r.line}`)).toEqual([
      "example.com MX /zones/parts/mail.inc:1",
      "mx.example.com A /zones/parts/more.inc:1",
    ]);
    for (const [target, column] of [["../outside.inc", 10], ["parts/link.inc", 10], [join(root, "outside.inc"), 10]] as const) {
      await writeFile(join(root, "zones", "example.com.zone"), `$TTL 60\n$INCLUDE ${target}\n`);
      const escaped = await loadZones([join(root, "zones", "example.com.zone")]);
      expect(escaped.errors, target).toEqual([
        {
          file: join(root, "zones", "example.com.zone"),
          line: 2,
          column,
          message: `$INCLUDE ${target} is outside the zone's folder ${join(root, "zones")}: an included file must be in that folder or below it`,
          zone: "example.com",
        },
      ]);
      expect(escaped.records).toEqual([]);
    }
  });

  test("a repeated record is one record, in small and in large RRsets", () => {
    const records = Array.from({ length: 100 }, (_, i) => ({ name: "big.example.org", type: "TXT", ttl: 60, value: `v${i % 40}` }));
    const index = new ZoneIndex([...records, { name: "big.example.org", type: "TXT", ttl: 60, value: "v1" }], ["example.org"]);
    expect(index.query("big.example.org", "TXT").answers.map((r) => r.value)).toEqual(Array.from({ length: 40 }, (_, i) => `v${i}`));
    index.remove("big.example.org", "TXT");
    index.add([{ name: "big.example.org", type: "TXT", ttl: 60, value: "v1" }]);
    expect(index.query("big.example.org", "TXT").answers.map((r) => r.value)).toEqual(["v1"]);
  });

  test("a name's records are indexed by type wherever they sit in the input, and removed by type", () => {
    const at = (name: string) => ({ name, ttl: 60 });
    const index = new ZoneIndex(
      [
        { ...at("a.example.org"), type: "MX", value: "10 mx.example.org." },
        { ...at("b.example.org"), type: "A", value: "192.0.2.1" },
        { ...at("A.Example.Org."), type: "MX", value: "20 mx.example.org." },
        { ...at("a.example.org"), type: "TXT", value: "one" },
        { ...at("a.example.org"), type: "MX", value: "10 mx.example.org." },
      ],
      ["example.org"],
    );
    expect([...(index.at("a.example.org") ?? [])].map(([type, records]) => `${type}: ${records.map((r) => r.value).join(", ")}`)).toEqual([
      "MX: 10 mx.example.org., 20 mx.example.org.",
      "TXT: one",
    ]);
    expect([...index.records()].map((r) => `${r.name} ${r.type}`)).toEqual(["a.example.org MX", "a.example.org MX", "a.example.org TXT", "b.example.org A"]);
    expect(index.rrset("A.example.org.", "MX")?.map((r) => r.value)).toEqual(["10 mx.example.org.", "20 mx.example.org."]);
    expect(index.rrset("a.example.org", "A")).toBeUndefined();
    expect(index.rrset("nowhere.example.org", "MX")).toBeUndefined();
    index.remove("a.example.org", "mx");
    expect(index.rrset("a.example.org", "MX")).toBeUndefined();
    expect([...(index.at("a.example.org")?.keys() ?? [])]).toEqual(["TXT"]);
    expect(index.query("a.example.org", "MX")).toMatchObject({ rcode: "NOERROR", answers: [] });
    index.remove("a.example.org");
    expect(index.at("a.example.org")?.size).toBe(0);
    expect(index.query("a.example.org", "TXT")).toMatchObject({ rcode: "NOERROR", answers: [] });
    expect(index.at("c.example.org")).toBeUndefined();
  });

  test("a name with no records of its own: its zone and closest encloser found from the nearest name above it", () => {
    const index = new ZoneIndex(
      parseZoneFile(
        "$TTL 60\n@ SOA ns h 1 1 1 1 1\n*.w TXT wild\nx.y.z A 192.0.2.1\nalias CNAME gone.example.org.\nout CNAME x.example.net.\n",
        { origin: "example.org" },
      ).records,
    );
    const brief = (name: string, type: string) => {
      const a = index.query(name, type);
      return `${a.rcode} ${a.finalName} ${a.answers.map((r) => `${r.name} ${r.type} ${r.value}`).join(", ")}${a.leftZones ? " (left the zones)" : ""}`;
    };
    // Below a wildcard's owner, several labels down: the wildcard answers (RFC 4592 §3.3.1).
    expect(brief("a.b.c.w.example.org", "TXT")).toBe("NOERROR a.b.c.w.example.org a.b.c.w.example.org TXT wild");
    // Below an empty non-terminal that exists (RFC 8020), and below a name that holds records.
    expect(brief("q.y.z.example.org", "A")).toBe("NXDOMAIN q.y.z.example.org ");
    expect(brief("y.z.example.org", "A")).toBe("NOERROR y.z.example.org ");
    expect(brief("deep.below.x.y.z.example.org", "A")).toBe("NXDOMAIN deep.below.x.y.z.example.org ");
    // An alias to a name of the zone that does not exist, and to a name outside every zone.
    expect(brief("alias.example.org", "TXT")).toBe("NXDOMAIN gone.example.org alias.example.org CNAME gone.example.org.");
    expect(brief("out.example.org", "TXT")).toBe("NOERROR x.example.net out.example.org CNAME x.example.net. (left the zones)");
    expect(brief("a.b.example.net", "TXT")).toBe("REFUSED a.b.example.net  (left the zones)");
    // The canonical entry point answers as the one that canonicalises first.
    expect(index.queryCanonical("a.b.c.w.example.org", "TXT")).toEqual(index.query("A.B.C.W.Example.ORG.", "TXT"));
  });

  test("zones are indexed once: apexes, owners and DKIM selectors per domain", async () => {
    const loaded = await loadZones([FIXTURES]);
    expect(loaded.index.at("Clean.Example.")?.get("MX")?.map((r) => r.value)).toEqual(["1 mx0.mail.ovh.net.", "5 mx1.mail.ovh.net.", "50 mx2.mail.ovh.net.", "100 mx3.mail.ovh.net."]);
    expect(loaded.selectors.get("chain.example")).toEqual(["big2026", "mail2026"]);
    expect(loaded.originAt.get("ovh.net")).toMatchObject({ file: join(FIXTURES, "ovh.net.zone"), line: 3, column: 9 });
  });

  test("errors name the file, line and column; unreadable paths are errors, not exceptions", async () => {
    const file = join(dir, "broken.example.zone");
    await writeFile(file, "$TTL 60\n@ A 192.0.2.1\nwww MX ten mx\n");
    const loaded = await loadZones([file, join(dir, "missing.zone")]);
    expect(loaded.errors.map(formatZoneError)).toEqual([
      `${file}:3:8: MX preference must be an integer 0-65535, got "ten"`,
      `${join(dir, "missing.zone")}: cannot read: ENOENT`,
    ]);
    expect(loaded.records.map((r) => `${r.name} ${r.type}`)).toEqual(["broken.example A"]);
    expect(loaded.origins).toEqual(["broken.example"]);
  });

  test("each file is read whole whatever its size, a UTF-8 byte order mark dropped, nothing carried from the file before", async () => {
    const folder = await mkdtemp(join(dir, "sizes-"));
    // Larger than the reader's first buffer (64 KiB), with two-octet characters all along.
    const big = Array.from({ length: 3000 }, (_, i) => `t${i} TXT "caf\u00e9 ${"x".repeat(60)} ${i}"`).join("\n");
    await writeFile(join(folder, "a-big.example.zone"), `$TTL 60\n${big}\n`);
    await writeFile(join(folder, "b-bom.example.zone"), "\uFEFF$TTL 60\n@ A 192.0.2.1\n");
    await writeFile(join(folder, "c-empty.example.zone"), "");
    await writeFile(join(folder, "d-small.example.zone"), "$TTL 60\n@ A 192.0.2.2\n");
    const loaded = await loadZones([folder]);
    expect(loaded.errors).toEqual([]);
    const byZone = (zone: string) => loaded.records.filter((r) => r.name === zone || r.name.endsWith(`.${zone}`));
    const bigRecords = byZone("a-big.example");
    expect(bigRecords).toHaveLength(3000);
    expect(bigRecords[2999]).toMatchObject({ name: "t2999.a-big.example", value: `caf\u00e9 ${"x".repeat(60)} 2999`, line: 3001 });
    expect(byZone("b-bom.example").map((r) => `${r.name} ${r.type} ${r.value} ${r.line}`)).toEqual(["b-bom.example A 192.0.2.1 2"]);
    expect(byZone("c-empty.example")).toEqual([]);
    expect(byZone("d-small.example").map((r) => `${r.name} ${r.value}`)).toEqual(["d-small.example 192.0.2.2"]);
  });

  test("a directory without zone files is reported", async () => {
    const empty = await mkdtemp(join(dir, "empty-"));
    const loaded = await loadZones([empty]);
    expect(loaded.errors).toEqual([{ file: empty, line: 0, column: 0, message: "directory holds no zone files (*.zone, <zone>.txt, db.<zone>)" }]);
  });
});

describe("createZoneSource", () => {
  let zones: LoadedZones;
  let source: RecordSource;
  beforeAll(async () => {
    zones = await loadZones([FIXTURES]);
    source = createZoneSource(zones);
  });

  test("once the run is interrupted or past its deadline, a lookup the zones would answer fails as over DNS", async () => {
    const controller = new AbortController();
    const bounded = createZoneSource(zones, { end: { interrupt: controller.signal } });
    expect(await bounded.lookup("clean.example", "MX")).toMatchObject({ status: "ok" });
    controller.abort("SIGINT");
    expect(await bounded.lookup("Clean.Example.", "MX")).toEqual({
      name: "clean.example",
      type: "MX",
      status: "failed",
      ttl: null,
      values: [],
      failure: { reason: "timeout", detail: "the run was interrupted (SIGINT) before an answer" },
    });
    const late = createZoneSource(zones, { end: { deadlineAt: Date.now() - 1 } });
    expect(await late.lookup("clean.example", "TXT")).toMatchObject({ status: "failed", failure: { reason: "timeout", detail: "the run's deadline was reached before an answer (--deadline)" } });
    const early = createZoneSource(zones, { end: { deadlineAt: Date.now() + 600_000 } });
    expect(await early.lookup("clean.example", "MX")).toMatchObject({ status: "ok" });
  });

  test("an RRset: sorted values, min TTL, TXT strings in step with values", async () => {
    expect(await source.lookup("Clean.Example.", "MX")).toEqual({
      name: "clean.example",
      type: "MX",
      status: "ok",
      ttl: 3600,
      values: ["1 mx0.mail.ovh.net.", "100 mx3.mail.ovh.net.", "5 mx1.mail.ovh.net.", "50 mx2.mail.ovh.net."],
    });
    const dmarc = await source.lookup("_dmarc.chain.example", "TXT");
    expect(dmarc.values).toEqual(["v=DMARC1; p=reject; rua=mailto:reports@chain.example; adkim=s; aspf=s"]);
    expect(dmarc.strings).toEqual([["v=DMARC1; p=reject; ", "rua=mailto:reports@chain.example; ", "adkim=s; aspf=s"]]);
    const mail = await source.lookup("mail.chain.example", "AAAA");
    expect(mail).toMatchObject({ status: "ok", values: ["2001:db8::25"], ttl: 3600 });
  });

  test("NXDOMAIN, NODATA, and empty non-terminals that exist without data (RFC 8020)", async () => {
    expect(await source.lookup("nothing.clean.example", "TXT")).toEqual({ name: "nothing.clean.example", type: "TXT", status: "nxdomain", ttl: null, values: [] });
    expect((await source.lookup("clean.example", "AAAA")).status).toBe("nodata");
    expect((await source.lookup("ent.cname-mx.example", "TXT")).status).toBe("nodata");
    expect((await source.lookup("below.ent.cname-mx.example", "A")).status).toBe("nodata");
    expect((await source.lookup("other.ent.cname-mx.example", "A")).status).toBe("nxdomain");
  });

  test("an alias is followed across loaded zones and reported in `cname`", async () => {
    const key = await source.lookup("ovhmo3456789-selector1._domainkey.clean.example", "TXT");
    expect(key.status).toBe("ok");
    expect(key.cname).toBe("ovhmo3456789-selector1._domainkey.3456789.ac.dkim.mail.ovh.net.");
    expect(key.strings?.[0]?.map((s) => s.length)).toEqual([255, 155]);
    const mx = await source.lookup("mail.cname-mx.example", "A");
    expect(mx).toEqual({ name: "mail.cname-mx.example", type: "A", status: "ok", ttl: 3600, values: ["192.0.2.20"], cname: "mx0.mail.ovh.net.", cnameTtl: 3600 });
    const asAlias = await source.lookup("mail.cname-mx.example", "CNAME");
    expect(asAlias).toEqual({ name: "mail.cname-mx.example", type: "CNAME", status: "ok", ttl: 3600, values: ["mx0.mail.ovh.net."] });
  });

  test("an alias to a missing name is NXDOMAIN with the alias; to a name without that type, NODATA", async () => {
    expect(await source.lookup("gone._domainkey.cname-mx.example", "TXT")).toMatchObject({
      status: "nxdomain",
      cname: "gone._domainkey.3456789.ac.dkim.mail.ovh.net.",
    });
    expect(await source.lookup("www.clean.example", "MX")).toMatchObject({ status: "ok", cname: "clean.example." });
    expect(await source.lookup("www.clean.example", "SRV")).toMatchObject({ status: "nodata", cname: "clean.example." });
  });

  test("a CNAME loop fails rather than answering", async () => {
    const loop = await source.lookup("loop1.cname-mx.example", "A");
    expect(loop.status).toBe("failed");
    expect(loop.failure?.reason).toBe("malformed");
    expect(loop.cname).toBe("loop2.cname-mx.example.");
  });

  test("names outside the loaded zones are unknown, or asked of the fallback", async () => {
    const outside = await source.lookup("example.net", "MX");
    expect(outside).toMatchObject({ status: "failed", failure: { reason: "outside-zones", detail: "no loaded zone holds example.net" } });
    const asked: string[] = [];
    const fallback: RecordSource = {
      lookup: async (name, type): Promise<ObservedRRset> => {
        asked.push(`${name}/${type}`);
        return { name, type, status: "ok", ttl: 5, values: ["192.0.2.99"] };
      },
    };
    const combined = createZoneSource(zones, { fallback });
    expect(await combined.lookup("example.net", "A")).toMatchObject({ status: "ok", values: ["192.0.2.99"] });
    const local = createZoneSource(parseZoneFile("$TTL 60\nwww CNAME www.example.net.\n", { origin: "example.org" }).records.concat(
      parseZoneFile("@ 60 SOA ns h 1 1 1 1 1\n", { origin: "example.org" }).records,
    ), { fallback });
    expect(await local.lookup("www.example.org", "A")).toEqual({ name: "www.example.org", type: "A", status: "ok", ttl: 5, values: ["192.0.2.99"], cname: "www.example.net.", cnameTtl: 60 });
    expect(asked).toEqual(["example.net/A", "www.example.net/A"]);
  });

  test("wildcards answer names that do not exist (RFC 4592), not names that do", async () => {
    const index = new ZoneIndex(parseZoneFile("$TTL 60\n@ SOA ns h 1 1 1 1 1\n*.w TXT wild\nreal.w A 192.0.2.1\n", { origin: "example.org" }).records);
    const wild = createZoneSource(index);
    expect(await wild.lookup("any.w.example.org", "TXT")).toMatchObject({ name: "any.w.example.org", status: "ok", values: ["wild"] });
    expect(await wild.lookup("deep.any.w.example.org", "TXT")).toMatchObject({ status: "ok", values: ["wild"] });
    expect((await wild.lookup("real.w.example.org", "TXT")).status).toBe("nodata");
    expect((await wild.lookup("x.example.org", "TXT")).status).toBe("nxdomain");
  });

  test("an index read from and then changed answers from the change: records added or removed after a lookup are seen", async () => {
    const index = new ZoneIndex(parseZoneFile("$TTL 60\n@ SOA ns h 1 1 1 1 1\n@ MX 10 mx.example.org.\n", { origin: "example.org" }).records);
    const zone = createZoneSource(index);
    expect(await zone.lookup("example.org", "MX")).toEqual({ name: "example.org", type: "MX", status: "ok", ttl: 60, values: ["10 mx.example.org."] });
    expect(await zone.lookup("new.example.org", "TXT")).toMatchObject({ status: "nxdomain" });
    index.add([{ name: "new.example.org", type: "TXT", ttl: 60, value: "here" }]);
    expect(await zone.lookup("new.example.org", "TXT")).toMatchObject({ status: "ok", values: ["here"] });
    index.add([{ name: "example.org", type: "MX", ttl: 30, value: "5 mx2.example.org." }]);
    expect(await zone.lookup("example.org", "MX")).toEqual({ name: "example.org", type: "MX", status: "ok", ttl: 30, values: ["10 mx.example.org.", "5 mx2.example.org."] });
    index.remove("example.org", "MX");
    expect(await zone.lookup("example.org", "MX")).toMatchObject({ status: "nodata", values: [] });
    // A wildcard's answer carries the name asked, each name its own.
    index.add([{ name: "*.w.example.org", type: "TXT", ttl: 60, value: "wild" }]);
    expect(await zone.lookup("a.w.example.org", "TXT")).toMatchObject({ name: "a.w.example.org", values: ["wild"] });
    expect(await zone.lookup("b.w.example.org", "TXT")).toMatchObject({ name: "b.w.example.org", values: ["wild"] });
  });

  test("the zone of a name is the closest apex above it, also for zones declared after the records, and a zone inside another", async () => {
    const index = new ZoneIndex(parseZoneFile("$TTL 60\n@ SOA ns h 1 1 1 1 1\nsub TXT parent-side\nx.sub TXT deep\n", { origin: "example.org" }).records);
    expect(index.zoneOf("x.sub.example.org")).toBe("example.org");
    expect(index.zoneOf("nothing.sub.example.org")).toBe("example.org");
    expect(index.zoneOf("example.net")).toBeNull();
    index.addZone("sub.example.org");
    expect(index.zoneOf("x.sub.example.org")).toBe("sub.example.org");
    expect(index.zoneOf("nothing.x.sub.example.org")).toBe("sub.example.org");
    expect(index.zoneOf("other.example.org")).toBe("example.org");
    // A zone declared with no records (a test zone): names below it are answered, with a stand-in SOA.
    index.addZone("empty.example.net");
    expect(index.query("a.empty.example.net", "A")).toMatchObject({ rcode: "NXDOMAIN", answers: [], soa: { name: "empty.example.net", type: "SOA" } });
    expect(index.query("x.sub.example.org", "TXT")).toMatchObject({ rcode: "NOERROR", answers: [{ value: "deep" }], soa: null });
  });

  test("a zone file with errors fails the lookups of its zone only, with its first error; the other zones answer", async () => {
    const dir = await mkdtemp(join(tmpdir(), "maildns-bad-"));
    try {
      await writeFile(join(dir, "bad.example.zone"), "$TTL 60\n@ A nope\n");
      await writeFile(join(dir, "good.example.zone"), "$TTL 60\n@ SOA ns h 1 1 1 1 1\n@ TXT \"v=spf1 -all\"\n");
      const both = createZoneSource([dir]);
      const result = await both.lookup("bad.example", "A");
      expect(result.status).toBe("failed");
      expect(result.failure?.detail).toBe(`zone file has errors: ${join(dir, "bad.example.zone")}:2:5: "nope" is not an IPv4 address`);
      expect((await both.lookup("_dmarc.bad.example", "TXT")).status).toBe("failed");
      expect(await both.lookup("good.example", "TXT")).toMatchObject({ status: "ok", values: ["v=spf1 -all"] });
      const good = createZoneSource([FIXTURES]);
      expect((await good.lookup("clean.example", "TXT")).values).toEqual(["v=spf1 include:mx.ovh.com ~all"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

});
