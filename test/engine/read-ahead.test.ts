// Reading ahead on a helper thread (src/engine/read-ahead.ts) must give exactly what reading here gives:
// the same bytes, the same "too large" sizes, the same problem for a file that cannot be read, in order.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "../../src/config/source.js";
import { lintPaths } from "../../src/index.js";
import { currentStamp, findDomainFiles, readDomainFile, STAMP_SETTLE_MS } from "../../src/engine/files.js";
import { fileReader, READ_AHEAD_MIN_FILES } from "../../src/engine/read-ahead.js";
import { runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";

const COUNT = READ_AHEAD_MIN_FILES + 100;
const TOO_LARGE = 10;
const name = (i: number) => `d${String(i).padStart(4, "0")}.yaml`;
const content = (i: number) =>
  i === TOO_LARGE
    ? `domain: big.example\n# ${"x".repeat(MAX_FILE_BYTES)}\n`
    : `domain: d${i}.example\nmail: { provider: ovh, offer: mx-plan }\nmx: ovh\nspf: "v=spf1 include:mx.ovh.com ${i % 3 === 0 ? "+all" : "~all"}"\n`;

describe("read-ahead thread", () => {
  const root = tempTree(Object.fromEntries(Array.from({ length: COUNT }, (_, i) => [join("stack", name(i)), content(i)])));

  it("hands over every file's bytes in order, and the size of one that is too large", async () => {
    const refs = findDomainFiles(["stack"], root);
    expect(refs).toHaveLength(COUNT);
    const reader = fileReader(refs);
    try {
      for (let i = 0; i < COUNT; i++) {
        const read = await reader.read(i);
        if (i === TOO_LARGE) expect(read).toEqual({ tooLarge: Buffer.byteLength(content(i)) });
        else expect(Buffer.from((read as { bytes: Uint8Array }).bytes).toString("utf8")).toBe(content(i));
      }
    } finally {
      reader.close();
    }
  });

  it("gives each file's stamp as a stat here gives it (the lint cache compares the two)", { timeout: 30_000 }, async () => {
    await new Promise((settled) => setTimeout(settled, STAMP_SETTLE_MS + 200));
    const refs = findDomainFiles(["stack"], root).filter((_, i) => i !== TOO_LARGE);
    const reader = fileReader(refs);
    try {
      for (let i = 0; i < refs.length; i++) {
        const read = (await reader.read(i)) as { stamp?: string | null };
        expect(read.stamp, refs[i]!.display).toMatch(/^\d+:[\d.]+:[\d.]+:\d+$/);
        expect(read.stamp).toBe(currentStamp(refs[i]!));
      }
    } finally {
      reader.close();
    }
  });

  it("reports a file that vanished after discovery as the direct read does (why it could not be read), and reads on", async () => {
    const refs = findDomainFiles(["stack"], root);
    const gone = { display: "stack/gone.yaml", absolute: join(root, "stack", "gone.yaml") };
    const withGone = [...refs.slice(0, 250), gone, ...refs.slice(250)];
    const reader = fileReader(withGone);
    try {
      for (let i = 0; i < 250; i++) await reader.read(i);
      expect(await reader.read(250)).toEqual({ unreadable: { messageId: "cannotRead", data: { code: "ENOENT" } } });
      expect(readDomainFile(gone)).toEqual({ unreadable: { messageId: "cannotRead", data: { code: "ENOENT" } } });
      const next = await reader.read(251);
      expect(Buffer.from((next as { bytes: Uint8Array }).bytes).toString("utf8")).toBe(content(250));
    } finally {
      reader.close();
    }
  });

  it("never opens a file the walk found unreadable: its problem comes back as found", async () => {
    const refs = findDomainFiles(["stack"], root);
    const problem = { messageId: "notRegular", data: { kind: "a FIFO (named pipe)" } } as const;
    // The path is a regular file: read, it would give bytes; the problem says it is not to be opened.
    const flagged = { ...refs[12]!, problem };
    const reader = fileReader([...refs.slice(0, 12), flagged, ...refs.slice(13)]);
    try {
      for (let i = 0; i < 12; i++) await reader.read(i);
      expect(await reader.read(12)).toEqual({ unreadable: problem });
      expect(Buffer.from(((await reader.read(13)) as { bytes: Uint8Array }).bytes).toString("utf8")).toBe(content(13));
    } finally {
      reader.close();
    }
  });

  it("reads no further ahead than its bounds, in files and in octets, and still hands over every file", async () => {
    const refs = findDomainFiles(["stack"], root).filter((_, i) => i !== TOO_LARGE);
    const settled = () => new Promise((resolve) => setTimeout(resolve, 150));
    for (const [limits, most] of [
      [{ files: 8 }, 8],
      [{ octets: 400 }, 4],
    ] as const) {
      const reader = fileReader(refs, limits);
      try {
        await reader.read(0);
        await settled();
        // The thread has had time to read everything; the bound held it back.
        expect(reader.ahead(), JSON.stringify(limits)).toBeGreaterThan(0);
        expect(reader.ahead(), JSON.stringify(limits)).toBeLessThanOrEqual(most);
        for (let i = 1; i < refs.length; i++) expect(Buffer.from(((await reader.read(i)) as { bytes: Uint8Array }).bytes).toString("utf8")).toBe(content(i < TOO_LARGE ? i : i + 1));
      } finally {
        reader.close();
      }
    }
  });

  it("lints a large folder exactly as file-by-file lints of the same files", async () => {
    const whole = await lintPaths(["stack"], { cwd: root, today: "2026-11-01", models: false });
    const oneByOne = [];
    for (let i = 0; i < COUNT; i++) oneByOne.push(...(await lintPaths([join("stack", name(i))], { cwd: root, today: "2026-11-01", models: false })).findings);
    expect(whole.findings).toEqual(oneByOne);
    expect(whole.findings.filter((f) => f.ruleId === "file-too-large").map((f) => f.file)).toEqual([`stack/${name(TOO_LARGE)}`]);
    expect(whole.findings.filter((f) => f.ruleId === "spf-permissive-all")).toHaveLength(Math.ceil(COUNT / 3) - (TOO_LARGE % 3 === 0 ? 1 : 0));
  });

  it("works in the bundled CLI: the same findings, exit 1", () => {
    const run = runCli(["lint", "stack", "--format", "json", "--today", "2026-11-01"], { cwd: root, timeoutMs: 30_000 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; file: string; line: number }[]; summary: { files: number } };
    expect(report.summary.files).toBe(COUNT);
    expect(report.findings.find((f) => f.ruleId === "file-too-large")).toMatchObject({ file: `stack/${name(TOO_LARGE)}`, line: 1 });
    expect(report.findings.filter((f) => f.ruleId === "spf-permissive-all")).toHaveLength(Math.ceil(COUNT / 3) - (TOO_LARGE % 3 === 0 ? 1 : 0));
  });
});
