// `reports ingest` over a folder where some entries cannot be read: each is a problem naming it and saying
// what it is, and every other report still goes in. Run as the CLI, as a user the permissions hold for (a
// root test run starts it as `nobody`), on a store in memory.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, unprivilegedUser } from "../helpers/cli.js";
import { fixture } from "../helpers/report-files.js";
import { tempTree } from "../helpers/tmp.js";

const NOT_READ = "(the other files were read)";

describe("reports ingest among entries that cannot be read", { timeout: 120_000 }, () => {
  const root = tempTree({
    "inbox/a/google.xml": fixture("google.xml"),
    "inbox/locked/rfc7489.xml": fixture("rfc7489-appendix-c.xml"),
    "inbox/z/microsoft.xml": fixture("microsoft.xml"),
    "elsewhere/rfc9990.xml": fixture("rfc9990.xml"),
    "elsewhere/folder/legacy.xml": fixture("legacy-windows-1252.xml"),
  });
  chmodSync(root, 0o755);
  const deep = join(root, "inbox", ...Array.from({ length: 17 }, () => "d"));
  mkdirSync(deep, { recursive: true });
  writeFileSync(join(deep, "legacy.xml"), fixture("legacy-windows-1252.xml"));
  symlinkSync(join(root, "elsewhere/rfc9990.xml"), join(root, "inbox/link.xml"));
  symlinkSync(join(root, "elsewhere/folder"), join(root, "inbox/folder-link"));
  expect(spawnSync("mkfifo", [join(root, "inbox/fifo.xml"), join(root, "pipe.xml")]).status).toBe(0);
  chmodSync(join(root, "inbox/locked"), 0o000);
  const user = unprivilegedUser();

  it("names each (a folder it cannot list, a FIFO in a folder or given by name, a link to a folder, a folder too deep), reads a link to a file, stores the rest; exit 1", () => {
    const run = runCli(["reports", "ingest", "--store", ":memory:", "-q", "-f", "json", "inbox", "pipe.xml"], { cwd: root, timeoutMs: 60_000, ...(user ? { user } : {}) });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const totals = JSON.parse(run.stdout) as { files: number; documents: number; added: number; problems: { source: string; message: string }[] };
    expect(totals.problems).toEqual([
      { source: `inbox/${"d/".repeat(16)}d`, message: `not read: a folder more than 16 folders deep ${NOT_READ}` },
      { source: "inbox/fifo.xml", message: `not read: it is a FIFO (named pipe), not a regular file ${NOT_READ}` },
      { source: "inbox/folder-link", message: `not read: a link to a folder, which is not followed; give the folder itself ${NOT_READ}` },
      { source: "inbox/locked", message: `not read: a folder that cannot be listed (EACCES), so none of its files ${NOT_READ}` },
      { source: "pipe.xml", message: `not read: it is a FIFO (named pipe), not a regular file ${NOT_READ}` },
    ]);
    // google.xml, link.xml (RFC 9990's sample, through the link) and microsoft.xml, after the locked folder.
    expect(totals).toMatchObject({ files: 4, documents: 3, added: 3 });
  });
});
