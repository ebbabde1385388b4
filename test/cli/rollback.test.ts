// `maildns rollback` looks at what the stack saved before it opens the host's API: with nothing saved there
// is nothing to compare, and it says so (exit 1) without asking for an endpoint or credentials. What it says
// about the rights it needs (its help, the missing-credentials message) is one and the same: GET and POST on
// /domain/zone/* (GET the export and the zone history, POST the history's restore), and so does what it
// says when OVH refuses one of those calls (403), against OVH's API on loopback. The restore after an
// update is tested in test/pulumi/apply-scenarios.test.ts.
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/command.js";
import { createRollbackCommand } from "../../src/cli/commands/rollback.js";
import { UsageError } from "../../src/cli/command.js";
import { main } from "../../src/cli/main.js";
import { credentialsOf, renderExport, startOvhServer, type FakeOvhServer, type FakeRecord } from "../helpers/ovh-server.js";
import { tempTree } from "../helpers/tmp.js";

/** `maildns rollback …` in `cwd`, with no OVH variable in the environment unless `env` gives some. */
async function rollback(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return rollbackWith({}, cwd, ...args);
}

async function rollbackWith(env: Record<string, string>, cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const sink = { out: "", err: "" };
  const io: CliIO = { stdout: (t) => void (sink.out += t), stderr: (t) => void (sink.err += t), cwd, env, isTTY: false };
  const code = await main(["rollback", ...args], io);
  return { code, ...sink };
}

const emptyStack = () => tempTree({ "stacks/prod/example.com.yaml": "domain: example.com\n" });

describe("maildns rollback without credentials", () => {
  it("nothing saved: says so and exits 1, with no endpoint and no credentials asked for", async () => {
    const root = emptyStack();
    expect(await rollback(root)).toEqual({
      code: 1,
      out: "",
      err: "maildns rollback: nothing saved under stacks/prod/.maildns-rollback/: no update has changed a zone of this stack here\n",
    });
    // The same with an endpoint given: still nothing to compare.
    expect((await rollback(root, "--stack", "prod", "--endpoint", "ovh-eu")).code).toBe(1);
  });

  it("a file beside the zones' folders (.DS_Store, a note) is not a zone: nothing saved, exit 1", async () => {
    const root = emptyStack();
    mkdirSync(join(root, "stacks/prod/.maildns-rollback"), { recursive: true });
    writeFileSync(join(root, "stacks/prod/.maildns-rollback/.DS_Store"), "");
    writeFileSync(join(root, "stacks/prod/.maildns-rollback/README"), "artifacts of the last update\n");
    expect(await rollback(root)).toEqual({
      code: 1,
      out: "",
      err: "maildns rollback: nothing saved under stacks/prod/.maildns-rollback/: no update has changed a zone of this stack here\n",
    });
  });

  it("--zone Z with nothing saved for Z: says so and exits 1", async () => {
    const root = emptyStack();
    mkdirSync(join(root, "stacks/prod/.maildns-rollback/other.example"), { recursive: true });
    writeFileSync(join(root, "stacks/prod/.maildns-rollback/other.example/2026-11-20T10-00-00-000Z.zone"), "$ORIGIN other.example.\n");
    expect(await rollback(root, "--zone", "example.com", "--endpoint", "ovh-eu")).toEqual({
      code: 1,
      out: "",
      err: "maildns rollback: no saved export for example.com under stacks/prod/.maildns-rollback/ (an update saves one before it changes the zone)\n",
    });
  });

  it("--from a file that is not a saved export is a usage error about --from, not about credentials", async () => {
    const root = emptyStack();
    const run = await rollback(root, "--from", "notes.txt");
    expect(run.code).toBe(2);
    expect(run.err).toBe("maildns rollback: --from notes.txt: not a saved export (its name is the time it was saved, e.g. 2026-11-20T10-00-00-000Z.zone)\n");
  });

  it("--from a saved export's name that cannot be read is said as such, before any credential is asked for", async () => {
    const root = emptyStack();
    const run = await rollback(root, "--from", "stacks/prod/.maildns-rollback/example.com/2026-11-20T10-00-00-000Z.zone");
    expect(run.code).toBe(2);
    expect(run.err).toBe("maildns rollback: stacks/prod/.maildns-rollback/example.com/2026-11-20T10-00-00-000Z.zone: cannot read it (ENOENT)\n");
  });

  it("something saved: the endpoint, then the credentials, are asked for, naming the rights rollback needs as its help does", async () => {
    const root = emptyStack();
    mkdirSync(join(root, "stacks/prod/.maildns-rollback/example.com"), { recursive: true });
    writeFileSync(join(root, "stacks/prod/.maildns-rollback/example.com/2026-11-20T10-00-00-000Z.zone"), renderExport("example.com", []));
    const noEndpoint = await rollback(root);
    expect(noEndpoint.code).toBe(2);
    expect(noEndpoint.err).toContain("no OVH endpoint: pass --endpoint");
    // --zone names the zone as DNS does: in any letter case, with or without the final dot.
    expect((await rollback(root, "--zone", "Example.COM.")).err).toContain("no OVH endpoint: pass --endpoint");
    const noCredentials = await rollback(root, "--endpoint", "ovh-eu");
    expect(noCredentials.code).toBe(2);
    expect(noCredentials.err).toContain("maildns rollback: no OVH credentials: set OVH_APPLICATION_KEY");
    expect(noCredentials.err).toContain("GET and POST on /domain/zone/* to roll back");
    const help = await rollback(root, "--help");
    expect(help.out.replace(/\s+/g, " ")).toContain("with GET and POST on /domain/zone/*");
  });
});

describe("maildns rollback refused by OVH (403)", () => {
  const ZONE = "example.com";
  const DMARC = (p: string) => ({ id: 20, subDomain: "_dmarc", fieldType: "TXT", target: `"v=DMARC1; p=${p}; rua=mailto:dmarc@example.com"`, ttl: 3600 });
  const SAVED: FakeRecord[] = [{ id: 10, subDomain: "", fieldType: "MX", target: "1 mx0.mail.ovh.net.", ttl: 3600 }, DMARC("quarantine")];
  const rights = "GET and POST on /domain/zone/* (it reads the zone's export and history, and restores with a POST on the history)";
  let server: FakeOvhServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  /** A stack whose saved export is the zone as OVH's first version holds it; the zone has since changed its DMARC policy. */
  async function changedZone(): Promise<{ root: string; ovh: FakeOvhServer }> {
    const ovh = await startOvhServer({ zones: { [ZONE]: SAVED } });
    server = ovh;
    const version = ovh.history.get(ZONE)![0]!.creationDate;
    const root = tempTree({
      "stacks/prod/example.com.yaml": `domain: ${ZONE}\n`,
      "stacks/prod/.maildns-rollback/example.com/2026-01-01T00-00-05-000Z.zone": `; maildns: version in force at the host: ${version}\n${renderExport(ZONE, SAVED)}`,
    });
    ovh.zones.set(ZONE, [SAVED[0]!, DMARC("reject")]);
    return { root, ovh };
  }

  const advice = {
    application: `the consumer key lacks the rights rollback needs on zone ${ZONE}: ${rights}. Create one with them.`,
    oauth2: `the service account's IAM policy does not allow this call on zone ${ZONE}. Grant it what rollback needs: ${rights}.`,
  };

  for (const scheme of ["application", "oauth2"] as const) {
    const refusals = [
      { call: `GET /domain/zone/${ZONE}/export`, fail: { method: "GET", pathPrefix: `/domain/zone/${ZONE}/export` }, yes: false },
      { call: `GET /domain/zone/${ZONE}/history`, fail: { method: "GET", pathPrefix: `/domain/zone/${ZONE}/history` }, yes: false },
      { call: `POST /domain/zone/${ZONE}/history/2026-01-01T00%3A00%3A00%2B00%3A00/restore`, fail: { method: "POST", pathPrefix: `/domain/zone/${ZONE}/history/` }, yes: true },
    ];
    for (const { call, fail, yes } of refusals) {
      it(`${scheme}: a 403 on ${call} names rollback's rights and the zone, not an apply's, exits 1 and changes nothing`, async () => {
        const { root, ovh } = await changedZone();
        const credentials = credentialsOf(ovh, scheme);
        const before = structuredClone(ovh.zones.get(ZONE));
        // OVH's answer repeats a credential: it is never shown.
        ovh.fail({ status: 403, ...fail, body: { message: `not granted to ${credentials.secrets.join(" ")}`, class: "Client::Forbidden" } });
        const run = await rollbackWith(credentials.env, root, "--endpoint", ovh.baseUrl, ...(yes ? ["--yes"] : []));
        expect(run.code).toBe(1);
        expect(run.err).toBe(`maildns rollback: ${call} failed with 403 (Client::Forbidden): ${advice[scheme]}\n`);
        expect(run.err).not.toContain("PUT");
        for (const secret of [...credentials.secrets, ...Object.values(credentials.env)]) {
          expect(run.out).not.toContain(secret);
          expect(run.err).not.toContain(secret);
        }
        // Nothing changed at OVH: no write went through, and the zone is as it was.
        expect(ovh.snapshots).toEqual([]);
        expect(ovh.zones.get(ZONE)).toEqual(before);
        expect(ovh.history.get(ZONE)).toHaveLength(1);
      });
    }
  }

  it("a record of OVH's export that holds terminal controls (ANSI, bidi, a line break) is shown with them as U+XXXX", async () => {
    const { root, ovh } = await changedZone();
    ovh.zones.get(ZONE)!.push({ id: 77, subDomain: "www", fieldType: "TXT", target: '"x\u001b[2J\u001b]0;owned\u0007 \u202eevil\u2028##[error]hi"', ttl: 3600 });
    const run = await rollbackWith(credentialsOf(ovh, "application").env, root, "--endpoint", ovh.baseUrl);
    expect(run.out).not.toMatch(/[\u001b\u0007\u202e\u2028]/u);
    expect(run.out).toContain("  - www.example.com 3600 TXT xU+001B[2JU+001B]0;ownedU+0007 U+202EevilU+2028##U+005Berror]hi\n");
  });

  it("every call rollback makes is a GET or a POST under /domain/zone/ (its rights say so), besides OVH's clock and token", async () => {
    for (const scheme of ["application", "oauth2"] as const) {
      const { root, ovh } = await changedZone();
      const run = await rollbackWith(credentialsOf(ovh, scheme).env, root, "--endpoint", ovh.baseUrl, "--yes");
      expect(run.err).toBe("");
      expect(run.out).toContain("the zone is the saved export again");
      const calls = ovh.requests.map((r) => `${r.method} ${r.url.split("?")[0]}`);
      expect(calls.filter((c) => c.includes("/restore"))).toHaveLength(1);
      // Besides the version's zone file, downloaded from the URL OVH's history names for it, with no credential.
      for (const call of calls) expect(call).toMatch(/^(?:(?:GET|POST) \/1\.0\/domain\/zone\/.+|GET \/1\.0\/auth\/time|POST \/auth\/oauth2\/token|GET \/zonefile\/example\.com\/0)$/);
      const download = ovh.requests.filter((r) => r.url.startsWith("/zonefile/"));
      expect(download).toHaveLength(1);
      expect(Object.keys(download[0]!.headers).filter((h) => /^(authorization|x-ovh-)/i.test(h))).toEqual([]);
      await ovh.close();
      server = undefined;
    }
  });
});

describe("maildns rollback as an unlucky operator runs it", () => {
  const ZONE = "example.com";
  const MX = { id: 10, subDomain: "", fieldType: "MX", target: "1 mx0.mail.ovh.net.", ttl: 3600 };
  const DMARC = (p: string) => ({ id: 20, subDomain: "_dmarc", fieldType: "TXT", target: `"v=DMARC1; p=${p}"`, ttl: 3600 });
  const WEB = (ip: string) => ({ id: 30, subDomain: "www", fieldType: "A", target: ip, ttl: 3600 });
  const SAVED: FakeRecord[] = [MX, DMARC("quarantine"), WEB("192.0.2.1")];
  const FILE = "stacks/prod/.maildns-rollback/example.com/2026-01-01T00-00-20-000Z.zone";
  let server: FakeOvhServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  /**
   * OVH holds two versions: the saved export's (00:00:00) and a later one (00:00:10) that is not it; the zone
   * has since changed its DMARC policy. `header` is the saved export's version line, if any.
   */
  async function twoVersions(header: string | null, files: Record<string, string> = {}): Promise<{ root: string; ovh: FakeOvhServer }> {
    const ovh = await startOvhServer({ zones: { [ZONE]: SAVED } });
    server = ovh;
    ovh.history.get(ZONE)!.push({ creationDate: "2026-01-01T01:00:10+01:00", records: [MX, DMARC("none"), WEB("198.51.100.9")] });
    const root = tempTree({
      "stacks/prod/example.com.yaml": `domain: ${ZONE}\n`,
      [FILE]: `${header === null ? "" : `; maildns: version in force at the host: ${header}\n`}${renderExport(ZONE, SAVED)}`,
      ...files,
    });
    ovh.zones.set(ZONE, [MX, DMARC("reject"), WEB("192.0.2.1")]);
    return { root, ovh };
  }

  async function run(root: string, ovh: FakeOvhServer, args: string[], sleeps: number[] = [], onOut: (text: string) => void = () => {}): Promise<{ code: number; out: string; err: string }> {
    const sink = { out: "", err: "" };
    const io: CliIO = { stdout: (t) => void ((sink.out += t), onOut(t)), stderr: (t) => void (sink.err += t), cwd: root, env: credentialsOf(ovh, "application").env, isTTY: false };
    const sleep = async (ms: number) => void sleeps.push(ms);
    let code: number;
    try {
      code = await createRollbackCommand({ apiOptions: { maxRetries: 0, sleep } }).run(["--endpoint", ovh.baseUrl, ...args], io);
    } catch (error) {
      // As main says a usage error.
      if (!(error instanceof UsageError)) throw error;
      sink.err += `maildns rollback: ${error.message}\n`;
      code = 2;
    }
    for (const secret of [...credentialsOf(ovh, "application").secrets, ovh.downloadToken]) {
      expect(sink.out).not.toContain(secret);
      expect(sink.err).not.toContain(secret);
    }
    return { code, ...sink };
  }

  const restores = (ovh: FakeOvhServer) => ovh.requests.filter((r) => r.method === "POST" && r.url.endsWith("/restore"));

  for (const { what, header } of [
    { what: "the header names a later version than the one saved (edited by hand)", header: "2026-01-01T01:00:10+01:00" },
    { what: "no header, and the clock of the machine that saved it was 20 s ahead (a later version then looks older)", header: null },
  ]) {
    it(`${what}: the version's zone file is not the saved export, so nothing is restored and it says so`, async () => {
      const { root, ovh } = await twoVersions(header);
      const before = structuredClone(ovh.zones.get(ZONE));
      for (const yes of [[], ["--yes"]]) {
        const result = await run(root, ovh, yes);
        expect(result.code).toBe(1);
        expect(result.err).toBe("");
        expect(result.out).toContain(`  the host's version of 2026-01-01T01:00:10+01:00 is not the saved export (they differ in 4 records): nothing restored; restore it by hand from ${FILE}\n`);
        expect(result.out).not.toContain("would restore");
        expect(result.out).not.toContain("next:");
      }
      // Nothing was restored: the zone is as it was, and no restore was asked for.
      expect(restores(ovh)).toEqual([]);
      expect(ovh.zones.get(ZONE)).toEqual(before);
    });
  }

  it("the header names the saved version, in OVH's dates with an offset: its zone file is checked, then restored", async () => {
    const { root, ovh } = await twoVersions("2026-01-01T00:00:00+00:00");
    const shown = await run(root, ovh, []);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain("  would restore the host's version of 2026-01-01T00:00:00+00:00 (its zone file is the saved export); run again with --yes to restore it\n");
    const done = await run(root, ovh, ["--yes"]);
    expect(done.code).toBe(0);
    expect(done.out).toContain("  restoring the host's version of 2026-01-01T00:00:00+00:00\n  restored the host's version of 2026-01-01T00:00:00+00:00: the zone is the saved export again\n");
    expect(restores(ovh)).toHaveLength(1);
    // The zone file was fetched from the URL OVH named, without a credential.
    for (const r of ovh.requests.filter((q) => q.url.startsWith("/zonefile/"))) {
      expect(Object.keys(r.headers).filter((h) => /^(authorization|x-ovh-)/i.test(h))).toEqual([]);
    }
  });

  it("records that are not mail (a web A another team changed) are counted in the summary and listed apart: a restore reverts them too", async () => {
    const { root, ovh } = await twoVersions("2026-01-01T00:00:00+00:00");
    ovh.zones.set(ZONE, [MX, DMARC("reject"), WEB("203.0.113.5"), { id: 31, subDomain: "shop", fieldType: "CNAME", target: "shops.example.net.", ttl: 3600 }]);
    const result = await run(root, ovh, []);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      [
        `example.com: saved 2026-01-01T00:00:20.000Z (${FILE}); a restore removes 3 and brings back 2 records, 3 of them not mail records (a restore replaces the whole zone: they are reverted too)`,
        "  - _dmarc.example.com 3600 TXT v=DMARC1; p=reject",
        "  + _dmarc.example.com 3600 TXT v=DMARC1; p=quarantine",
        "  not mail records, reverted too:",
        "  - shop.example.com 3600 CNAME shops.example.net.",
        "  - www.example.com 3600 A 203.0.113.5",
        "  + www.example.com 3600 A 192.0.2.1",
        "",
      ].join("\n"),
    );
  });

  it("OVH applies the restore a little later: the zone is read again (bounded) until it is the saved export, not reported as still differing", async () => {
    const { root, ovh } = await twoVersions("2026-01-01T00:00:00+00:00");
    ovh.restoreDelay = 2;
    const sleeps: number[] = [];
    const result = await run(root, ovh, ["--yes"], sleeps);
    expect(result.out).toContain("restored the host's version of 2026-01-01T00:00:00+00:00: the zone is the saved export again\n");
    expect(result.code).toBe(0);
    expect(sleeps).toEqual([3000, 3000]);
  });

  it("a restore OVH has not applied 30 s later: said as such (it may still be applying it), exit 1, after a bounded number of reads", async () => {
    const { root, ovh } = await twoVersions("2026-01-01T00:00:00+00:00");
    ovh.restoreDelay = 1000;
    const sleeps: number[] = [];
    const result = await run(root, ovh, ["--yes"], sleeps);
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      `  restored the host's version of 2026-01-01T00:00:00+00:00, but 30 s later the zone still differs from the saved export in 2 records (OVH may still be applying it): run maildns rollback again without --yes to compare, or compare it with ${FILE}\n`,
    );
    expect(sleeps).toEqual(Array(10).fill(3000));
    // It was restored all the same: what to do next is said.
    expect(result.out).toContain("next: `pulumi refresh`");
  });

  it("--from a saved export copied out of its zone's folder: its zone is not taken from the folder it is in now", async () => {
    const { root, ovh } = await twoVersions("2026-01-01T00:00:00+00:00", {
      "2026-01-01T00-00-20-000Z.zone": renderExport(ZONE, SAVED),
      "backup.example.net/2026-01-01T00-00-20-000Z.zone": renderExport(ZONE, SAVED),
    });
    // From the current folder (a checkout's, not named after a zone).
    expect(await run(root, ovh, ["--from", "./2026-01-01T00-00-20-000Z.zone"])).toEqual({
      code: 2,
      out: "",
      err: "maildns rollback: 2026-01-01T00-00-20-000Z.zone: the folder it is in is not named after a zone (a domain name such as example.com); nothing is restored from it\n",
    });
    // From a folder named like a zone, but not this export's.
    expect(await run(root, ovh, ["--from", "backup.example.net/2026-01-01T00-00-20-000Z.zone"])).toEqual({
      code: 2,
      out: "",
      err: "maildns rollback: backup.example.net/2026-01-01T00-00-20-000Z.zone: it is an export of example.com, not of backup.example.net (the folder it is in); nothing is restored from it\n",
    });
    expect(ovh.requests).toEqual([]);
  });

  it("--from with a --zone of another zone: refused, not one of them silently ignored", async () => {
    const { root, ovh } = await twoVersions("2026-01-01T00:00:00+00:00");
    const result = await run(root, ovh, ["--from", FILE, "--zone", "other.example"]);
    expect(result).toEqual({
      code: 2,
      out: "",
      err: `maildns rollback: --from ${FILE} is an export of example.com (the folder it is in), not of other.example: give --from alone, or --zone alone for a zone's newest export\n`,
    });
    // The same zone in another spelling is that zone.
    expect((await run(root, ovh, ["--from", FILE, "--zone", "Example.COM."])).code).toBe(0);
  });

  it("a zone's folder renamed in another letter case, with a final dot: the zone is asked for as DNS names it", async () => {
    const { root, ovh } = await twoVersions("2026-01-01T00:00:00+00:00");
    const renamed = join(root, "stacks/prod/.maildns-rollback/Example.COM.");
    renameSync(join(root, "stacks/prod/.maildns-rollback/example.com"), renamed);
    const result = await run(root, ovh, ["--zone", "example.com"]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toContain("example.com: saved 2026-01-01T00:00:20.000Z (stacks/prod/.maildns-rollback/Example.COM./2026-01-01T00-00-20-000Z.zone)");
  });

  for (const { what, text, said } of [
    { what: "empty", text: "", said: "it holds no SOA record: not an export of example.com" },
    { what: "of another zone ($ORIGIN and SOA)", text: renderExport("example.org", SAVED), said: "it is an export of example.org, not of example.com (the folder it is in)" },
    { what: "not a zone file", text: "<html>an error page saved in its place</html>\n", said: "it holds no SOA record: not an export of example.com" },
  ]) {
    it(`a saved export that is ${what}: refused before the host is asked, exit 2`, async () => {
      const { root, ovh } = await twoVersions(null);
      writeFileSync(join(root, FILE), text);
      expect(await run(root, ovh, ["--yes"])).toEqual({ code: 2, out: "", err: `maildns rollback: ${FILE}: ${said}; nothing is restored from it\n` });
      expect(ovh.requests).toEqual([]);
    });
  }

  it("a saved export that is a symbolic link, or far larger than any export: not read", async () => {
    const { root, ovh } = await twoVersions(null);
    writeFileSync(join(root, "elsewhere.zone"), renderExport(ZONE, SAVED));
    rmSync(join(root, FILE));
    symlinkSync(join(root, "elsewhere.zone"), join(root, FILE));
    expect(await run(root, ovh, ["--yes"])).toEqual({ code: 2, out: "", err: `maildns rollback: ${FILE}: a symbolic link, not an export the update saved; it is not followed\n` });
    rmSync(join(root, FILE));
    writeFileSync(join(root, FILE), `${renderExport(ZONE, SAVED)}${"; padding\n".repeat(900_000)}`);
    expect(await run(root, ovh, ["--yes"])).toEqual({ code: 2, out: "", err: `maildns rollback: ${FILE}: 9000000+ bytes`.replace("9000000+", String(9_000_000 + renderExport(ZONE, SAVED).length)) + ", far more than a zone's export; not read\n" });
    expect(ovh.requests).toEqual([]);
  });

  const OTHER = "example.org";
  /** Two zones, each with an export saved before an update, and each changed since. */
  async function twoZonesChanged() {
    const ovh = await startOvhServer({ zones: { [ZONE]: SAVED, [OTHER]: [MX] } });
    server = ovh;
    const root = tempTree({
      "stacks/prod/example.com.yaml": `domain: ${ZONE}\n`,
      [FILE]: `; maildns: version in force at the host: 2026-01-01T00:00:00+00:00\n${renderExport(ZONE, SAVED)}`,
      "stacks/prod/.maildns-rollback/example.org/2026-01-01T00-00-20-000Z.zone": `; maildns: version in force at the host: 2026-01-01T00:00:00+00:00\n${renderExport(OTHER, [MX])}`,
    });
    ovh.zones.set(ZONE, [MX, DMARC("reject")]);
    ovh.zones.set(OTHER, [{ ...MX, target: "5 mx.example.net." }]);
    return { root, ovh };
  }

  it("several zones, the second's restore fails after the first was restored: which were restored and which not is said, with what to do next, exit 1", async () => {
    const { root, ovh } = await twoZonesChanged();
    // Refused (a 4xx): OVH says it did nothing.
    ovh.fail({ status: 409, method: "POST", pathPrefix: `/domain/zone/${OTHER}/history/`, body: { message: "A task is already pending", class: "Client::Conflict" } });
    const result = await run(root, ovh, ["--yes"]);
    expect(result.code).toBe(1);
    expect(result.out).toContain("  restored the host's version of 2026-01-01T00:00:00+00:00: the zone is the saved export again\n");
    expect(result.out).toContain("next: `pulumi refresh`, then `maildns adopt`, before the next `pulumi up`\n");
    expect(result.err).toContain(`maildns rollback: POST /domain/zone/${OTHER}/history/2026-01-01T00%3A00%3A00%2B00%3A00/restore failed with 409`);
    expect(result.err).toContain(`maildns rollback: restored: ${ZONE}; not restored: ${OTHER}\n`);
  });

  it("a restore is said before it is asked for, and each zone as soon as it is known: an interrupted run (Ctrl-C) has said what it was doing", async () => {
    const { root, ovh } = await twoVersions("2026-01-01T00:00:00+00:00");
    const seen: { text: string; restoresAsked: number }[] = [];
    const result = await run(root, ovh, ["--yes"], [], (text) => void seen.push({ text, restoresAsked: restores(ovh).length }));
    expect(result.code).toBe(0);
    const said = seen.find((s) => s.text.includes("  restoring the host's version of 2026-01-01T00:00:00+00:00\n"));
    expect(said?.restoresAsked).toBe(0);
    expect(seen.find((s) => s.text.startsWith("example.com: saved "))?.restoresAsked).toBe(0);
  });

  for (const { what, status, said } of [
    { what: "never answers (the connection dropped)", status: 0, said: "It may have been applied: check the zone before retrying.\n" },
    { what: "answers with a server error after applying it", status: 500, said: "failed with 500" },
  ]) {
    it(`a restore OVH ${what} may have been applied: said as perhaps restored, with what to do next`, async () => {
      const { root, ovh } = await twoVersions("2026-01-01T00:00:00+00:00");
      ovh.fail({ status, method: "POST", pathPrefix: `/domain/zone/${ZONE}/history/`, afterApplying: true });
      const result = await run(root, ovh, ["--yes"]);
      expect(result.code).toBe(1);
      expect(result.err).toContain(said);
      expect(result.err).toContain(`maildns rollback: restored: none; perhaps restored (OVH did not answer the restore, or failed after it was asked for; compare the zone): ${ZONE}\n`);
      expect(result.out).toContain("next: `pulumi refresh`, then `maildns adopt`, before the next `pulumi up`\n");
      expect(restores(ovh)).toHaveLength(1);
    });
  }

  it("a restore OVH accepted, then the zone cannot be read again: the failure is said, and the restore is counted with what to do next", async () => {
    const { root, ovh } = await twoVersions("2026-01-01T00:00:00+00:00");
    // The first export read is the comparison; the second is the check after the restore.
    ovh.fail({ status: 403, method: "GET", pathPrefix: `/domain/zone/${ZONE}/export`, skip: 1, body: { message: "This call has not been granted", class: "Client::Forbidden" } });
    const result = await run(root, ovh, ["--yes"]);
    expect(result.code).toBe(1);
    expect(restores(ovh)).toHaveLength(1);
    expect(result.err).toContain(`GET /domain/zone/${ZONE}/export failed with 403`);
    expect(result.out).toContain("next: `pulumi refresh`, then `maildns adopt`, before the next `pulumi up`\n");
  });

  it("the version's zone file cannot be fetched: said, nothing restored in that zone, and the other zones still done", async () => {
    const { root, ovh } = await twoZonesChanged();
    ovh.fail({ status: 500, method: "GET", pathPrefix: `/domain/zone/${ZONE}/history/` });
    const result = await run(root, ovh, ["--yes"]);
    expect(result.code).toBe(1);
    expect(result.err).toBe("");
    expect(result.out).toContain(
      `  the host's version of 2026-01-01T00:00:00+00:00 could not be compared with the saved export (GET /domain/zone/${ZONE}/history/2026-01-01T00%3A00%3A00%2B00%3A00 failed with 500: OVH's API failed on its side; gave up after 1 attempts. Retry later.): nothing restored`,
    );
    expect(result.out).toContain(`nothing restored; restore it by hand from ${FILE}\n`);
    expect(result.out).toContain(`restored: ${OTHER}; not restored: ${ZONE}\nnext: \`pulumi refresh\``);
    expect(restores(ovh).map((r) => r.url)).toEqual([`/1.0/domain/zone/${OTHER}/history/2026-01-01T00%3A00%3A00%2B00%3A00/restore`]);
  });

  it("a saved export that holds two SPF records: said before the restore brings them back", async () => {
    const twoSpf: FakeRecord[] = [...SAVED, { id: 40, subDomain: "", fieldType: "TXT", target: '"v=spf1 -all"', ttl: 3600 }, { id: 41, subDomain: "", fieldType: "TXT", target: '"v=spf1 include:mx.ovh.com ~all"', ttl: 3600 }];
    const ovh = await startOvhServer({ zones: { [ZONE]: twoSpf } });
    server = ovh;
    const root = tempTree({ "stacks/prod/example.com.yaml": `domain: ${ZONE}\n`, [FILE]: `; maildns: version in force at the host: 2026-01-01T00:00:00+00:00\n${renderExport(ZONE, twoSpf)}` });
    ovh.zones.set(ZONE, [MX, DMARC("reject"), WEB("192.0.2.1"), { id: 42, subDomain: "", fieldType: "TXT", target: '"v=spf1 include:mx.ovh.com -all"', ttl: 3600 }]);
    const result = await run(root, ovh, []);
    expect(result.code).toBe(0);
    expect(result.out).toContain("  note: the saved export holds 2 SPF records at example.com: a restore brings them back, and receivers then get permerror (RFC 7208 §4.5)\n  would restore");
  });

  it("a saved export with an entry that does not read: said, and left out of the comparison (not silently)", async () => {
    const { root, ovh } = await twoVersions("2026-01-01T00:00:00+00:00");
    writeFileSync(join(root, FILE), `; maildns: version in force at the host: 2026-01-01T00:00:00+00:00\n${renderExport(ZONE, SAVED)}mail IN MX\n`);
    const result = await run(root, ovh, []);
    expect(result.out).toContain("  note: 1 entry of the saved export does not read as a record and is left out of the comparison (line 9: MX takes 2 fields (preference, exchange), got 0)\n");
  });

  it("a saved export in a folder that is not named after a zone (terminal controls in it): refused before it is printed or sent", async () => {
    const { root, ovh } = await twoVersions("2026-01-01T00:00:00+00:00");
    const odd = "stacks/prod/.maildns-rollback/x\u001b[2Jy";
    mkdirSync(join(root, odd), { recursive: true });
    writeFileSync(join(root, odd, "2026-01-01T00-00-20-000Z.zone"), renderExport(ZONE, SAVED));
    const result = await run(root, ovh, []);
    expect(result).toEqual({
      code: 2,
      out: "",
      err: "maildns rollback: stacks/prod/.maildns-rollback/xU+001B[2Jy/2026-01-01T00-00-20-000Z.zone: the folder it is in is not named after a zone (a domain name such as example.com); nothing is restored from it\n",
    });
    expect(ovh.requests).toEqual([]);
  });
});
