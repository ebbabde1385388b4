import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintPaths } from "../../src/index.js";
import { tempTree } from "../helpers/tmp.js";

const good = 'domain: a.example\nmail: {provider: external}\nmx: [{host: mx.example.net., priority: 10}]\nspf: "v=spf1 -all"\ndmarc: {p: none, rua: "mailto:r@example.com", since: 2026-12-01}\n';

describe("file-unreadable", () => {
  const root = tempTree({ "stack/a.example.yaml": good, "stack/notes.txt": "not a domain file\n" });
  expect(spawnSync("mkfifo", [join(root, "stack/fifo.yaml")]).status).toBe(0);
  expect(spawnSync("python3", ["-c", "import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])", join(root, "stack/socket.yml")]).status).toBe(0);
  symlinkSync("gone.yaml", join(root, "stack/broken.yaml"));
  symlinkSync("loop.yaml", join(root, "stack/loop.yaml"));
  // Not named like a domain file: not maildns's to judge, whatever it is.
  symlinkSync("gone.txt", join(root, "stack/broken.txt"));
  expect(spawnSync("mkfifo", [join(root, "stack/pipe.txt")]).status).toBe(0);

  it("reports each entry that cannot be read at 1:1, always at error, and lints the other files", async () => {
    const result = await lintPaths(["stack"], { cwd: root, today: "2026-12-05" });
    const unreadable = result.findings.filter((f) => f.ruleId === "file-unreadable");
    expect(unreadable.map((f) => [f.file, f.level, f.line, f.column, f.messageId, f.data])).toEqual([
      ["stack/broken.yaml", "error", 1, 1, "brokenLink", { target: '"gone.yaml"' }],
      ["stack/fifo.yaml", "error", 1, 1, "notRegular", { kind: "a FIFO (named pipe)" }],
      ["stack/loop.yaml", "error", 1, 1, "linkLoop", {}],
      ["stack/socket.yml", "error", 1, 1, "notRegular", { kind: "a socket" }],
    ]);
    expect(result.files).toBe(5);
    expect(result.domains.map((d) => d.domain)).toEqual(["a.example"]);
    expect(result.errors).toBeGreaterThanOrEqual(4);
  });

  it("stays an error under a pack that turns every rule off", async () => {
    const packs = tempTree({ "quiet.yaml": "defaults: off\n" });
    const result = await lintPaths(["stack"], { cwd: root, today: "2026-12-05", policy: join(packs, "quiet.yaml") });
    expect(result.findings.map((f) => [f.ruleId, f.level])).toEqual(Array.from({ length: 4 }, () => ["file-unreadable", "error"]));
    expect(result.errors).toBe(4);
  });

  it("reports nothing for a folder whose files all read", async () => {
    const clean = tempTree({ "stack/a.example.yaml": good });
    mkdirSync(join(clean, "stack/sub"));
    writeFileSync(join(clean, "stack/sub/b.example.yaml"), good.replace("a.example", "b.example"));
    const result = await lintPaths(["stack"], { cwd: clean, today: "2026-12-05" });
    expect(result.findings.filter((f) => f.ruleId === "file-unreadable")).toEqual([]);
    expect(result.files).toBe(2);
  });
});
