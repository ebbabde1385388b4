// The report sink (--output FILE): a regular file is written aside and renamed once whole; a pipe or a device
// (/dev/null, a FIFO) is written in place, never replaced by a regular file, and never removed on failure.
import { spawnSync } from "node:child_process";
import { constants, closeSync, openSync, readFileSync, readSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emit, reportSink } from "../../src/cli/report-sink.js";
import { tempTree } from "../helpers/tmp.js";

const io = (cwd: string) => ({ cwd, stdout: () => undefined });

describe("reportSink", () => {
  it("writes a regular file aside and renames it once whole; an aborted report leaves the earlier one", () => {
    const root = tempTree({ "report.txt": "earlier\n" });
    const broken = reportSink(io(root), "report.txt");
    broken.write("half");
    broken.abort();
    expect(readFileSync(join(root, "report.txt"), "utf8")).toBe("earlier\n");
    const whole = reportSink(io(root), "report.txt");
    whole.write("a\n");
    whole.write("b\n");
    whole.close();
    expect(readFileSync(join(root, "report.txt"), "utf8")).toBe("a\nb\n");
    expect(readdirSync(root)).toEqual(["report.txt"]);
  });

  it("emit writes a report given in pieces as they are made, to a file as to standard output (plan -f json -o: never one string)", () => {
    const root = tempTree({});
    const piece = "x".repeat(64 * 1024);
    const writtenBeforeLast: number[] = [];
    function* pieces(): Generator<string> {
      yield piece;
      yield piece;
      // By now two blocks were handed over: the first is already in the file aside, not held for the end.
      const aside = readdirSync(root).filter((name) => name.startsWith(".plan.json."));
      writtenBeforeLast.push(...aside.map((name) => statSync(join(root, name)).size));
      yield "end\n";
    }
    emit(io(root), pieces(), "plan.json");
    expect(readFileSync(join(root, "plan.json"), "utf8")).toBe(`${piece}${piece}end\n`);
    expect(writtenBeforeLast.length).toBe(1);
    expect(writtenBeforeLast[0]).toBeGreaterThanOrEqual(piece.length);
    expect(readdirSync(root)).toEqual(["plan.json"]);
    const printed: string[] = [];
    emit({ cwd: root, stdout: (text: string) => printed.push(text) }, pieces(), undefined);
    expect(printed.join("")).toBe(`${piece}${piece}end\n`);
  });

  it.skipIf(process.platform === "win32")("writes a FIFO in place: it is still a FIFO afterwards, and an abort does not remove it", () => {
    const root = tempTree({});
    const fifo = join(root, "pipe");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    // A reader first, so that opening the FIFO for writing does not wait for one.
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const sink = reportSink(io(root), "pipe");
      sink.write("through the pipe\n");
      sink.close();
      const buffer = Buffer.alloc(100);
      const n = readSync(reader, buffer);
      expect(buffer.subarray(0, n).toString()).toBe("through the pipe\n");
      expect(statSync(fifo).isFIFO()).toBe(true);
      const aborted = reportSink(io(root), "pipe");
      aborted.write("not yet flushed");
      aborted.abort();
      expect(statSync(fifo).isFIFO()).toBe(true);
      expect(readdirSync(root)).toEqual(["pipe"]);
    } finally {
      closeSync(reader);
    }
  });

  const nullDevice = statSync("/dev/null", { throwIfNoEntry: false })?.isCharacterDevice() === true;
  it.skipIf(!nullDevice)("writes /dev/null in place when it is a device, and leaves it one", () => {
    // Written through a symbolic link: the old code replaced the link, never the real /dev/null.
    const root = tempTree({});
    writeFileSync(join(root, "kept.txt"), "x");
    expect(spawnSync("ln", ["-s", "/dev/null", join(root, "null")]).status).toBe(0);
    const sink = reportSink(io(root), "null");
    sink.write("nothing\n");
    sink.close();
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
    // Still the link (renaming a file onto it would have made it a regular file).
    expect(statSync(join(root, "null")).isCharacterDevice()).toBe(true);
    expect(readdirSync(root).sort()).toEqual(["kept.txt", "null"]);
  });
});
