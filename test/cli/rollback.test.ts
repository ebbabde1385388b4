// `maildns rollback` looks at what the stack saved before it opens the host's API: with nothing saved there
// is nothing to compare, and it says so (exit 1) without asking for an endpoint or credentials. What it says
// about the rights it needs (its help, the missing-credentials message) is one and the same: GET and POST on
// /domain/zone/* (GET the export and the zone history, POST the history's restore), and so does what it
// says when OVH refuses one of those calls (403), against OVH's API on loopback. The restore after an
// update is tested in test/pulumi/apply-scenarios.test.ts.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/command.js";
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
    writeFileSync(join(root, "stacks/prod/.maildns-rollback/example.com/2026-11-20T10-00-00-000Z.zone"), "$ORIGIN example.com.\n");
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
      for (const call of calls) expect(call).toMatch(/^(?:(?:GET|POST) \/1\.0\/domain\/zone\/.+|GET \/1\.0\/auth\/time|POST \/auth\/oauth2\/token)$/);
      await ovh.close();
      server = undefined;
    }
  });
});
