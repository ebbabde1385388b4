// The report sink (--output FILE): a regular file is written aside and renamed once whole; a pipe or a device
// (/dev/null, a FIFO) is written in place, never replaced by a regular file, and never removed on failure.
import { spawnSync } from "node:child_process";
import { constants, closeSync, lstatSync, openSync, readFileSync, readSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/command.js";
import { outputOption } from "../../src/cli/args.js";
import { emit, reportSink, writeWholeOutput } from "../../src/cli/report-sink.js";
import { zonePaths } from "../../src/plan/read-paths.js";
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

// --output is checked before the work and the report renamed in at the end: a file the project keeps that
// appears at the name meanwhile (a `git checkout` during a long plan) is looked at again just before the
// rename. The file is made to appear from inside the run, between the report's pieces: no waiting on time.
describe("a kept file that appears at --output's name during the run", () => {
  const evidenceHead = '{"version":1,"window":{"from":"2026-11-01","to":"2026-11-22"},"minSourceShare":0.001,"domains":[]}\n';

  it("is left as it is, no aside file stays, and the run fails saying what appeared and that nothing was written (plan: nothing applied)", () => {
    const root = tempTree({});
    function* pieces(): Generator<string> {
      yield "{\"plan\":";
      // A checkout brings an evidence file (known by how it begins) to the report's name.
      writeFileSync(join(root, "out.json"), evidenceHead);
      yield "[]}\n";
    }
    let thrown: unknown = null;
    try {
      emit(io(root), pieces(), "out.json", { notWritten: "plan applies nothing, so no change was made" });
    } catch (error) {
      thrown = error;
    }
    // A usage error: the command exits 2 (cli/main.ts).
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as Error).message).toBe(
      "--output out.json is now a DMARC evidence file, which lint and plan read (rule dmarc-ramp-evidence): it appeared there during the run, so the report was not written and the file is left as it is; plan applies nothing, so no change was made",
    );
    expect(readFileSync(join(root, "out.json"), "utf8")).toBe(evidenceHead);
    expect(readdirSync(root)).toEqual(["out.json"]);
  });

  it("a file kept by its name (package.json) that appears is kept too; the sink's abort afterwards removes nothing", () => {
    const root = tempTree({});
    const sink = reportSink(io(root), "package.json");
    sink.write("report\n");
    writeFileSync(join(root, "package.json"), '{"name":"x"}\n');
    expect(() => sink.close()).toThrow(/^--output package\.json is now npm's package manifest: it appeared there during the run, so the report was not written and the file is left as it is$/);
    sink.abort();
    expect(readFileSync(join(root, "package.json"), "utf8")).toBe('{"name":"x"}\n');
    expect(readdirSync(root)).toEqual(["package.json"]);
  });

  it("an earlier report that appears, or the one there from the start, is replaced as before", () => {
    const root = tempTree({ "earlier.json": "earlier\n" });
    const appears = reportSink(io(root), "out.json");
    appears.write("new\n");
    writeFileSync(join(root, "out.json"), '{"findings":[]}\n');
    appears.close();
    expect(readFileSync(join(root, "out.json"), "utf8")).toBe("new\n");
    const same = reportSink(io(root), "earlier.json");
    same.write("new\n");
    same.close();
    expect(readFileSync(join(root, "earlier.json"), "utf8")).toBe("new\n");
    expect(readdirSync(root).sort()).toEqual(["earlier.json", "out.json"]);
  });
});

// The look before the rename judges what appeared with the check --output had before the work, the
// command's reads among it (args.ts outputOption keeps them for the sink): a file kept for where it is, not
// for what it is, is kept too.
describe("a file the command reads that appears at --output's name during the run", () => {
  const ZONE = "$ORIGIN example.com.\n$TTL 300\n@ IN SOA ns hostmaster 1 7200 3600 1209600 300\n";

  it("a zone file in the --zone folder is kept, named as the first check names it; the run fails as for other kept files", () => {
    const root = tempTree({ "zones/other.example.zone": "x\n" });
    const output = outputOption(io(root), "zones/example.com.zone", "plan", zonePaths(["zones"]));
    expect(output).toBe("zones/example.com.zone");
    function* pieces(): Generator<string> {
      yield "{";
      writeFileSync(join(root, "zones/example.com.zone"), ZONE);
      yield "}\n";
    }
    expect(() => emit(io(root), pieces(), output, { notWritten: "plan applies nothing, so no change was made" })).toThrow(
      new UsageError(
        "--output zones/example.com.zone is now under zones, where plan reads it (zone files): it appeared there during the run, so the report was not written and the file is left as it is; plan applies nothing, so no change was made",
      ),
    );
    expect(readFileSync(join(root, "zones/example.com.zone"), "utf8")).toBe(ZONE);
    expect(readdirSync(join(root, "zones")).sort()).toEqual(["example.com.zone", "other.example.zone"]);
  });

  it("another file at that name is replaced as before: the reads keep only what the run reads", () => {
    const root = tempTree({ "zones/other.example.zone": "x\n" });
    const output = outputOption(io(root), "zones/notes.md", "plan", zonePaths(["zones"]));
    const sink = reportSink(io(root), output);
    sink.write("report\n");
    writeFileSync(join(root, "zones/notes.md"), "an earlier report\n");
    sink.close();
    expect(readFileSync(join(root, "zones/notes.md"), "utf8")).toBe("report\n");
  });
});

// `reports evidence --out` writes through its own whole-file write (a link kept, the file's permission bits
// kept), looked at again before its rename as every report is.
describe("reports evidence --out looked at again before it is written", () => {
  const EVIDENCE = '{"version":1,"window":{"from":"2026-11-01","to":"2026-11-22"},"minSourceShare":0.001,"domains":[]}\n';
  const ADOPTION = `${JSON.stringify({ version: 2, provider: "ovh", readAt: "2026-11-30T00:00:00.000Z", zones: {}, stack: [] }, null, 2)}\n`;
  const judge = (root: string, out: string) => outputOption(io(root), out, "reports evidence", [], "--out", "evidence")!;

  it("a kept file that appeared is left as it is, nothing aside stays, and the refusal says the evidence was not written", () => {
    const root = tempTree({});
    const out = judge(root, "ev.json");
    writeFileSync(join(root, "ev.json"), ADOPTION);
    expect(() => writeWholeOutput(io(root), out, join(root, out), EVIDENCE, "the evidence")).toThrow(
      new UsageError(
        "--out ev.json is now a maildns adoption file, which the Pulumi program reads to adopt the records the DNS host holds: it appeared there during the run, so the evidence was not written and the file is left as it is",
      ),
    );
    expect(readFileSync(join(root, "ev.json"), "utf8")).toBe(ADOPTION);
    expect(readdirSync(root)).toEqual(["ev.json"]);
  });

  it("an evidence file that appeared, or the one there from the start, is replaced: its purpose; through a link, the link stays", () => {
    const root = tempTree({ "stacks/dmarc-evidence.json": "{}\n" });
    const appears = judge(root, "ev.json");
    writeFileSync(join(root, "ev.json"), EVIDENCE);
    writeWholeOutput(io(root), appears, join(root, appears), "new\n", "the evidence");
    expect(readFileSync(join(root, "ev.json"), "utf8")).toBe("new\n");
    const there = judge(root, "ev.json");
    writeWholeOutput(io(root), there, join(root, there), "newer\n", "the evidence");
    expect(readFileSync(join(root, "ev.json"), "utf8")).toBe("newer\n");
    symlinkSync("stacks/dmarc-evidence.json", join(root, "linked.json"));
    const linked = judge(root, "linked.json");
    writeWholeOutput(io(root), linked, join(root, linked), "through\n", "the evidence");
    expect(lstatSync(join(root, "linked.json")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, "stacks/dmarc-evidence.json"), "utf8")).toBe("through\n");
    expect(readdirSync(root).sort()).toEqual(["ev.json", "linked.json", "stacks"]);
  });
});
