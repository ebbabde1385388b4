// Files another program reads while maildns writes them are replaced whole or not at all. A write stopped
// halfway is arranged with a file size limit (RLIMIT_FSIZE: `ulimit -f 1`, 512 octets; Node ignores
// SIGXFSZ, so the write fails with EFBIG after its first 512 octets): what a lint, a plan or a second run
// reading the file at that moment would have found is what is left on disk.
import { spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliPath, runCli, SEVERAL_RUNS_TIMEOUT_MS } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";

/** Runs the CLI with files limited to 512 octets. */
function runLimited(args: readonly string[], cwd: string) {
  const run = spawnSync("sh", ["-c", 'ulimit -f 1 && exec "$0" "$@"', process.execPath, cliPath, ...args], { cwd, encoding: "utf8", timeout: 60_000, env: { PATH: process.env.PATH ?? "" } });
  return { status: run.status, stderr: run.stderr };
}

/** A zone whose imported domain file is over 512 octets: a DKIM key makes it about 860. */
function zone(domain: string, key: string): string {
  const chunks = key.match(/.{1,200}/g)!.map((c) => `"${c}"`).join(" ");
  return `$ORIGIN ${domain}.\n$TTL 3600\n@ IN MX 10 mx1.mail.ovh.net.\n@ IN TXT "v=spf1 include:mx.ovh.com -all"\n_dmarc IN TXT "v=DMARC1; p=quarantine; rua=mailto:d@${domain}"\nsel1._domainkey IN TXT "v=DKIM1; k=rsa; p=" ${chunks}\n`;
}

describe("files written whole", () => {
  const key = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({ type: "spki", format: "der" }).toString("base64");

  // One domain is written here; 200 go through the write-behind thread (cli/write-behind.ts).
  for (const count of [1, 200]) {
    it(`import --force over ${count} domain file(s): a write that stops halfway leaves each file as it was, and nothing beside it`, { timeout: SEVERAL_RUNS_TIMEOUT_MS }, () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < count; i++) files[`zones/d${i}.example.zone`] = zone(`d${i}.example`, key);
      const dir = tempTree(files);
      const args = ["import", "--zone", "zones", "--out", "out", "--today", "2026-02-01", "-q"];
      const first = runCli(args, { cwd: dir, timeoutMs: 60_000 });
      expect(first.stderr).toBe("");
      expect(first.status).toBe(0);
      const before = readFileSync(join(dir, "out/d0.example.yaml"), "utf8");
      expect(Buffer.byteLength(before)).toBeGreaterThan(512);
      const stopped = runLimited([...args, "--force"], dir);
      expect(stopped.stderr).toContain("maildns import: d0.example not written: cannot write out/d0.example.yaml (EFBIG)");
      expect(stopped.status).toBe(1);
      for (let i = 0; i < count; i++) expect(readFileSync(join(dir, `out/d${i}.example.yaml`), "utf8")).toBe(before.replaceAll("d0.example", `d${i}.example`));
      expect(readdirSync(join(dir, "out")).sort()).toEqual(Array.from({ length: count }, (_, i) => `d${i}.example.yaml`).sort());
    });
  }
});
