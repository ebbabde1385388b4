// `maildns rollback` looks at what the stack saved before it opens the host's API: with nothing saved there
// is nothing to compare, and it says so (exit 1) without asking for an endpoint or credentials. What it says
// about the rights it needs (its help, the missing-credentials message) is one and the same: GET and POST on
// /domain/zone/* (GET the export and the zone history, POST the history's restore). The restore itself,
// against OVH's API on loopback, is tested in test/pulumi/apply-scenarios.test.ts.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/command.js";
import { main } from "../../src/cli/main.js";
import { tempTree } from "../helpers/tmp.js";

/** `maildns rollback …` in `cwd`, with no OVH variable in the environment. */
async function rollback(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const sink = { out: "", err: "" };
  const io: CliIO = { stdout: (t) => void (sink.out += t), stderr: (t) => void (sink.err += t), cwd, env: {}, isTTY: false };
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
