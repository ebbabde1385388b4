// No command may end without its report: when the work is left pending with nothing on the event loop to
// finish it, the CLI says so and exits non-zero (1 with plan --detailed-exitcode), never 0 in silence.
import { spawn } from "node:child_process";
import dgram from "node:dgram";
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { main } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/command.js";
import { cliPath, repoRoot, type CliRun } from "../helpers/cli.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";

const PRELOAD = new URL("../fixtures/preload/unref-timers.mjs", import.meta.url).pathname;

/** A DNS "server" that takes every question and never answers. */
let silent: dgram.Socket;
beforeAll(async () => {
  silent = dgram.createSocket("udp4");
  await new Promise<void>((resolve) => silent.bind(0, "127.0.0.1", resolve));
});
afterAll(() => silent.close());

function runWithPreload(args: readonly string[], cwd = repoRoot): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", PRELOAD, cliPath, ...args], { cwd, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

describe("a run whose work can no longer finish", () => {
  test("audit: exit 2 with an internal-error sentence, not 0 with nothing", async () => {
    const run = await runWithPreload(["audit", "example.com", "--resolver", `127.0.0.1:${silent.address().port}`, "--timeout", "60000", "-q"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("maildns audit: internal error: the command stopped before its report was complete");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test("plan --detailed-exitcode: exit 1 (2 would read as 'changes pending')", async () => {
    const root = tempTree({ "stack/example.com.yaml": "domain: example.com\nmail: { provider: none }\nmx: none\n" });
    const args = ["plan", "stack", "--resolver", `127.0.0.1:${silent.address().port}`, "--timeout", "60000", "-q"];
    const detailed = await runWithPreload([...args, "--detailed-exitcode"], root);
    expect(detailed.stderr).toContain("maildns plan: internal error: the command stopped before its report was complete");
    expect(detailed.status).toBe(1);
    expect((await runWithPreload(args, root)).status).toBe(2);
  });
});

describe("plan --detailed-exitcode: 2 only for changes pending", () => {
  /** An output that fails as a full disk or a closed terminal would. */
  const brokenIO = (): CliIO & { errors: string[] } => {
    const errors: string[] = [];
    return {
      stdout: () => {
        throw new Error("EIO: i/o error, write");
      },
      stderr: (t) => void errors.push(t),
      cwd: repoRoot,
      env: {},
      isTTY: false,
      errors,
    };
  };
  const stack = () => tempTree({ "stack/example.com.yaml": "domain: example.com\nmail: { provider: none }\nmx: none\n" });
  const zone = () => tempTree({ "example.com.zone": "$ORIGIN example.com.\n@ 3600 IN SOA ns.example.com. h.example.com. 1 3600 600 86400 60\n@ 3600 IN MX 0 .\n" });

  test("an internal error is 1 with --detailed-exitcode, 2 without", async () => {
    const root = stack();
    const zones = zone();
    const io = brokenIO();
    expect(await main(["plan", `${root}/stack`, "--zone", zones, "--detailed-exitcode", "-q"], io)).toBe(1);
    expect(io.errors.join("")).toContain("maildns plan: internal error: EIO: i/o error, write");
    expect(await main(["plan", `${root}/stack`, "--zone", zones, "-q"], brokenIO())).toBe(2);
  });

  test("a usage error is 1 with --detailed-exitcode", async () => {
    const io = brokenIO();
    expect(await main(["plan", "--detailed-exitcode", "--format", "yaml"], io)).toBe(1);
    expect(io.errors.join("")).toContain("--format must be one of text, json, markdown");
  });
});

describe("a CNAME loop across answers (two zones pointing at each other)", () => {
  let server: DnsServer;
  beforeAll(async () => {
    server = await startDnsServer({
      zones: [
        { name: "loop-a.example", type: "SOA", ttl: 60, value: "ns.loop-a.example. h.loop-a.example. 1 3600 600 86400 60" },
        { name: "loop-b.example", type: "SOA", ttl: 60, value: "ns.loop-b.example. h.loop-b.example. 1 3600 600 86400 60" },
        { name: "loop-a.example", type: "MX", ttl: 60, value: "0 ." },
        { name: "loop-a.example", type: "TXT", ttl: 60, value: "v=spf1 -all", strings: ["v=spf1 -all"] },
        { name: "_dmarc.loop-a.example", type: "CNAME", ttl: 60, value: "_dmarc.loop-b.example." },
        { name: "_dmarc.loop-b.example", type: "CNAME", ttl: 60, value: "_dmarc.loop-a.example." },
      ],
    });
  });
  afterAll(() => server.close());
  const resolver = () => ["--resolver", `127.0.0.1:${server.port}`, "--timeout", "1000"];

  test("audit: exit 1, the failed lookup named in the report", async () => {
    const run = await runCliAsync(["audit", "loop-a.example", ...resolver(), "-q"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("loop-a.example: not audited: _dmarc.loop-a.example TXT lookup failed (malformed: CNAME loop: _dmarc.loop-a.example leads back to _dmarc.loop-b.example)");
  });

  test("plan: exit 1 with --detailed-exitcode, no change planned for the RRset that could not be read", async () => {
    const root = tempTree({ "stack/loop-a.example.yaml": 'domain: loop-a.example\nmail: { provider: none }\nmx: none\nspf: "v=spf1 -all"\ndmarc: "v=DMARC1; p=reject"\n' });
    const run = await runCliAsync(["plan", "stack", ...resolver(), "-f", "json", "--detailed-exitcode", "-q"], { cwd: root });
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.failures.map((f: { name: string; reason: string }) => `${f.name} ${f.reason}`)).toEqual(["_dmarc.loop-a.example malformed"]);
    // The alias itself was read (it is planned for deletion, as any CNAME where a managed TXT belongs); the TXT
    // behind it was not, so nothing is created there.
    expect(json.changes.filter((c: { name: string; type: string }) => c.name === "_dmarc.loop-a.example" && c.type === "TXT")).toEqual([]);
  });

  test("import: exit 1 and no file written", async () => {
    const root = tempTree({});
    const run = await runCliAsync(["import", "loop-a.example", ...resolver(), "--out", "out", "-q"], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("maildns import: loop-a.example not written: _dmarc.loop-a.example TXT lookup failed (malformed: CNAME loop");
    expect(existsSync(`${root}/out/loop-a.example.yaml`)).toBe(false);
  });
});
