import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { StoreError } from "../../src/reports/sql.js";
import { lockStore, takeOverStale } from "../../src/reports/store-lock.js";
import { tempTree } from "../helpers/tmp.js";

describe("one process at a time on an embedded store", () => {
  it("takes the lock beside the folder (making its parent), refuses a second taker, and gives it back", () => {
    const store = join(tempTree({}), "stack", ".dmarc-reports");
    const lock = lockStore(store);
    expect(lock.path).toBe(`${store}.lock`);
    expect(readFileSync(lock.path, "utf8")).toBe(`${process.pid}\n`);
    expect(() => lockStore(store)).toThrow(StoreError);
    expect(() => lockStore(store)).toThrow(`the report store ${store} is in use by this process: an embedded store takes one command at a time (a PostgreSQL server takes several); wait for it to end, or remove ${store}.lock if no such process runs`);
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
    lockStore(store).release();
  });

  it("names another live process that holds it", async () => {
    const store = join(tempTree({}), "store");
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
    try {
      writeFileSync(`${store}.lock`, `${other.pid}\n`);
      expect(() => lockStore(store)).toThrow(`the report store ${store} is in use by another maildns process (pid ${other.pid}): `);
    } finally {
      other.kill("SIGKILL");
    }
  });

  it("takes over the lock of a process that is gone, and never removes a lock that is not its own", () => {
    const store = join(tempTree({}), "store");
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
    writeFileSync(`${store}.lock`, `${gone}\n`);
    const lock = lockStore(store);
    expect(readFileSync(lock.path, "utf8")).toBe(`${process.pid}\n`);
    // Taken over by another process meanwhile (ours judged stale): releasing leaves theirs.
    writeFileSync(lock.path, `${gone}\n`);
    lock.release();
    expect(readFileSync(lock.path, "utf8")).toBe(`${gone}\n`);
  });

  it("two commands that judged one stale lock at once: the later one's takeover never removes the lock the first made meanwhile", () => {
    const dir = tempTree({});
    const store = join(dir, "store");
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
    // Both read the dead process's id; the first has taken over and written its own (a live process: us).
    writeFileSync(`${store}.lock`, `${process.pid}\n`);
    expect(takeOverStale(`${store}.lock`, gone)).toBe(false);
    expect(readFileSync(`${store}.lock`, "utf8")).toBe(`${process.pid}\n`);
    expect(() => lockStore(store)).toThrow("is in use by this process");
    // The lock judged stale is still the one there: taken away, and nothing left beside it.
    writeFileSync(`${store}.lock`, `${gone}\n`);
    expect(takeOverStale(`${store}.lock`, gone)).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
    // Already taken away by the other command: nothing to do.
    expect(takeOverStale(`${store}.lock`, gone)).toBe(false);
  });

  it("takes over a lock left empty by a writer long gone; holds off one being written", () => {
    const store = join(tempTree({}), "store");
    writeFileSync(`${store}.lock`, "");
    expect(() => lockStore(store)).toThrow(`the report store ${store} is in use by another maildns process: `);
    const old = new Date(Date.now() - 60_000);
    spawnSync("touch", ["-d", old.toISOString(), `${store}.lock`]);
    lockStore(store).release();
  });
});
