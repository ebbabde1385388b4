// Files another program reads while maildns writes them are replaced whole or not at all. A write stopped
// halfway is arranged with a file size limit (RLIMIT_FSIZE: `ulimit -f 1`, 512 octets; Node ignores
// SIGXFSZ, so the write fails with EFBIG after its first 512 octets): what a lint, a plan or a second run
// reading the file at that moment would have found is what is left on disk.
import { generateKeyPairSync } from "node:crypto";
import { createSocket } from "node:dgram";
import { chmodSync, cpSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { umask } from "node:process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli, SEVERAL_RUNS_TIMEOUT_MS, type CliRun } from "../helpers/cli.js";
import { startDnsServer } from "../helpers/dns-server.js";
import { startOvhServer } from "../helpers/ovh-server.js";
import { runCliAsync } from "../plan/cli-async.js";
import { tempTree } from "../helpers/tmp.js";

/** A zone whose imported domain file is over 512 octets: a DKIM key makes it about 860. */
function zone(domain: string, key: string): string {
  const chunks = key.match(/.{1,200}/g)!.map((c) => `"${c}"`).join(" ");
  return `$ORIGIN ${domain}.\n$TTL 3600\n@ IN MX 10 mx1.mail.ovh.net.\n@ IN TXT "v=spf1 include:mx.ovh.com -all"\n_dmarc IN TXT "v=DMARC1; p=quarantine; rua=mailto:d@${domain}"\nsel1._domainkey IN TXT "v=DKIM1; k=rsa; p=" ${chunks}\n`;
}

/** Live records at OVH in the owners an OVH domain file manages: enough for an adoption file over 512 octets. */
const LIVE_ZONE = [
  { id: 1001, subDomain: "", fieldType: "MX", target: "1 mx0.mail.ovh.net.", ttl: 3600 },
  { id: 1002, subDomain: "", fieldType: "MX", target: "5 mx1.mail.ovh.net.", ttl: 3600 },
  { id: 1004, subDomain: "", fieldType: "TXT", target: '"v=spf1 include:mx.ovh.com ~all"', ttl: 3600 },
  { id: 1006, subDomain: "_dmarc", fieldType: "TXT", target: '"v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com"', ttl: 3600 },
];

describe("files written whole", () => {
  const key = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({ type: "spki", format: "der" }).toString("base64");

  const importArgs = ["import", "--zone", "zones", "--out", "out", "--today", "2026-02-01", "-q"];
  /**
   * The zones of `count` domains and their first import, made once for the two tests that start from them
   * (each start of the CLI is a Node process); each test works on a copy of that folder. The folders are
   * made outside a test, so they last for the file (test/helpers/tmp.ts).
   */
  const firstImports = new Map(
    [1, 200].map((count) => {
      const files: Record<string, string> = {};
      for (let i = 0; i < count; i++) files[`zones/d${i}.example.zone`] = zone(`d${i}.example`, key);
      const dir = tempTree(files);
      let first: Promise<CliRun> | undefined;
      return [count, { dir, run: () => (first ??= runCliAsync(importArgs, { cwd: dir, timeoutMs: 60_000 })) }] as const;
    }),
  );
  /** A folder of its own holding the zones of `count` domains and their first import. */
  async function afterFirstImport(count: number): Promise<{ dir: string; first: CliRun; template: string }> {
    const { dir: template, run } = firstImports.get(count)!;
    const first = await run();
    const dir = tempTree({});
    cpSync(template, dir, { recursive: true });
    return { dir, first, template };
  }

  // One domain is written here; 200 go through the write-behind thread (cli/write-behind.ts).
  for (const count of [1, 200]) {
    it(`import --force over ${count} domain file(s): a write that stops halfway leaves each file as it was, and nothing beside it`, { timeout: SEVERAL_RUNS_TIMEOUT_MS }, async () => {
      const { dir, first } = await afterFirstImport(count);
      const args = importArgs;
      expect(first.stderr).toBe("");
      expect(first.status).toBe(0);
      const before = readFileSync(join(dir, "out/d0.example.yaml"), "utf8");
      expect(Buffer.byteLength(before)).toBeGreaterThan(512);
      const stopped = await runCliAsync([...args, "--force"], { cwd: dir, timeoutMs: 60_000, fileSizeLimitBlocks: 1 });
      expect(stopped.stderr).toContain("maildns import: d0.example not written: cannot write out/d0.example.yaml (EFBIG)");
      expect(stopped.status).toBe(1);
      for (let i = 0; i < count; i++) expect(readFileSync(join(dir, `out/d${i}.example.yaml`), "utf8")).toBe(before.replaceAll("d0.example", `d${i}.example`));
      expect(readdirSync(join(dir, "out")).sort()).toEqual(Array.from({ length: count }, (_, i) => `d${i}.example.yaml`).sort());
    });
  }

  for (const count of [1, 200]) {
    it(`import --force over ${count} domain file(s) keeps each file's permission bits; a new file gets the umask's`, { timeout: SEVERAL_RUNS_TIMEOUT_MS }, async () => {
      const { dir, first, template } = await afterFirstImport(count);
      const args = importArgs;
      expect(first.status).toBe(0);
      const modeOf = (i: number, root = dir) => statSync(join(root, `out/d${i}.example.yaml`)).mode & 0o7777;
      // As the import made it (the copy's are set below).
      const fresh = modeOf(0, template);
      for (let i = 0; i < count; i++) chmodSync(join(dir, `out/d${i}.example.yaml`), i % 2 === 0 ? 0o640 : 0o600);
      const again = await runCliAsync([...args, "--force"], { cwd: dir, timeoutMs: 60_000 });
      expect(again.stderr).toBe("");
      expect(again.status).toBe(0);
      for (let i = 0; i < count; i++) expect(modeOf(i)).toBe(i % 2 === 0 ? 0o640 : 0o600);
      expect(fresh).toBe(0o666 & ~umask());
    });
  }

  it("adopt replaces the adoption file whole: a write that stops halfway leaves the one pulumi up would read", { timeout: SEVERAL_RUNS_TIMEOUT_MS }, async () => {
    const server = await startOvhServer({ zones: { "example.com": LIVE_ZONE } });
    try {
      const dir = tempTree({
        "stacks/prod/example.com.yaml": readFileSync(join(repoRoot, "stacks/example/example.com.yaml"), "utf8"),
        "stacks/Pulumi.prod.yaml": "config:\n  maildns:policy: ovh\n  ovh:endpoint: ovh-eu\n",
        "state.json": JSON.stringify({ version: 3, deployment: { manifest: {}, resources: [] } }),
      });
      const env = { OVH_APPLICATION_KEY: server.credentials.applicationKey, OVH_APPLICATION_SECRET: server.credentials.applicationSecret, OVH_CONSUMER_KEY: server.credentials.consumerKey };
      const args = ["adopt", "--stack", "prod", "--endpoint", server.baseUrl, "--state", "state.json", "--today", "2026-11-20"];
      const first = await runCliAsync(args, { cwd: dir, env, timeoutMs: 60_000 });
      expect(first.stderr).toBe("");
      expect(first.status).toBe(0);
      const path = join(dir, "stacks/prod/maildns-adoption.json");
      const before = readFileSync(path, "utf8");
      expect(Buffer.byteLength(before)).toBeGreaterThan(512);
      const stopped = await runCliAsync(args, { cwd: dir, env, timeoutMs: 60_000, fileSizeLimitBlocks: 1 });
      expect(stopped.stderr).toContain("maildns adopt: cannot write stacks/prod/maildns-adoption.json (EFBIG): the earlier file, if any, is left as it was");
      expect(stopped.status).toBe(1);
      expect(readFileSync(path, "utf8")).toBe(before);
      expect(readdirSync(join(dir, "stacks/prod")).sort()).toEqual(["example.com.yaml", "maildns-adoption.json"]);
    } finally {
      await server.close();
    }
  });

  // rules --output goes through emit (plan, audit, doctor alike), lint --output through the streaming sink.
  for (const command of [["rules", "--format", "json"], ["lint", "stack", "--format", "json", "--today", "2026-02-01"]]) {
    it(`${command[0]} --output: a write that stops halfway leaves the earlier report, and says so`, { timeout: SEVERAL_RUNS_TIMEOUT_MS }, async () => {
      const dir = tempTree({ "stack/d0.example.yaml": `domain: d0.example\nmail: { provider: external }\nmx: [{ host: mx.d0.example., priority: 10 }]\nspf: "v=spf1 ptr -all"\n` });
      const args = [...command, "--output", "report.json"];
      expect(runCli(args, { cwd: dir }).stderr).toBe("");
      const before = readFileSync(join(dir, "report.json"), "utf8");
      expect(Buffer.byteLength(before)).toBeGreaterThan(512);
      const stopped = await runCliAsync(args, { cwd: dir, timeoutMs: 60_000, fileSizeLimitBlocks: 1 });
      expect(stopped.stderr).toContain("cannot write report.json");
      expect(stopped.status).toBe(2);
      expect(readFileSync(join(dir, "report.json"), "utf8")).toBe(before);
      expect(readdirSync(dir).sort()).toEqual(["report.json", "stack"]);
    });
  }

  it("import without --force never overwrites a domain file made while it ran; it says so and leaves that file", { timeout: SEVERAL_RUNS_TIMEOUT_MS }, async () => {
    // The import checks --out before it asks DNS, and writes after. Its DNS answers are held by a relay
    // until the test has made the file (another run, or someone writing it by hand, meanwhile).
    const zones = tempTree({ "example.com.zone": zone("example.com", key) });
    const server = await startDnsServer({ zones: join(zones, "example.com.zone") });
    const relay = await heldRelay(server.port);
    try {
      const dir = tempTree({});
      const run = runCliAsync(["import", "example.com", "--out", "out", "--resolver", `127.0.0.1:${relay.port}`, "--timeout", "20000", "--retries", "0", "--today", "2026-02-01", "-q"], { cwd: dir, timeoutMs: 60_000 });
      await relay.firstQuery;
      writeFileSync(join(dir, "out/example.com.yaml"), "# written by hand meanwhile\n");
      relay.release();
      const done = await run;
      expect(done.stderr).toContain("maildns import: example.com not written: out/example.com.yaml was made while the import ran: give --force to overwrite it");
      expect(done.status).toBe(1);
      expect(readFileSync(join(dir, "out/example.com.yaml"), "utf8")).toBe("# written by hand meanwhile\n");
      expect(readdirSync(join(dir, "out"))).toEqual(["example.com.yaml"]);
    } finally {
      relay.close();
      await server.close();
    }
  });
});

/**
 * A UDP relay to a DNS server on 127.0.0.1 that holds every answer until `release()`: `firstQuery` resolves
 * when the first query came (the client is past what it does before asking DNS).
 */
async function heldRelay(upstream: number): Promise<{ port: number; firstQuery: Promise<void>; release(): void; close(): void }> {
  const front = createSocket("udp4");
  const back = createSocket("udp4");
  const clients = new Map<number, { port: number; address: string }>();
  const held: Buffer[] = [];
  let released = false;
  let seen: () => void = () => undefined;
  const firstQuery = new Promise<void>((resolve) => (seen = resolve));
  front.on("message", (message, from) => {
    clients.set(message.readUInt16BE(0), { port: from.port, address: from.address });
    back.send(message, upstream, "127.0.0.1");
    seen();
  });
  const answer = (message: Buffer) => {
    const client = clients.get(message.readUInt16BE(0));
    if (client) front.send(message, client.port, client.address);
  };
  back.on("message", (message) => (released ? answer(message) : held.push(message)));
  await new Promise<void>((resolve) => front.bind(0, "127.0.0.1", resolve));
  await new Promise<void>((resolve) => back.bind(0, "127.0.0.1", resolve));
  return {
    port: front.address().port,
    firstQuery,
    release() {
      released = true;
      for (const message of held.splice(0)) answer(message);
    },
    close() {
      front.close();
      back.close();
    },
  };
}
