// Colour per stream: the report on stdout is coloured only when stdout is a terminal, messages on stderr
// only when stderr is; NO_COLOR turns it off, FORCE_COLOR forces it (and wins, as in Node). The CLI runs as a
// subprocess; a pseudo-terminal comes from util-linux's `script`, which runs a command with its standard
// streams on a new terminal.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { colorAllowed } from "../../src/cli/color.js";
import { cliPath, repoRoot, runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";

const ANSI = /\u001b\[\d+m/;
const LINT = `lint stacks/example --today 2026-11-23`;
const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

/** Runs a shell command line on a pseudo-terminal; returns what the terminal showed. */
function onTerminal(commandLine: string, env: Record<string, string> = {}, cwd = repoRoot): string {
  const run = spawnSync("script", ["-q", "-e", "-c", commandLine, "/dev/null"], {
    cwd,
    encoding: "utf8",
    timeout: 30_000,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", TERM: "xterm", ...env },
  });
  if (run.error) throw run.error;
  return run.stdout;
}

const cli = `"${process.execPath}" "${cliPath}"`;

describe("colorAllowed", () => {
  it("a terminal gets colour; NO_COLOR (set, not empty) and TERM=dumb take it away", () => {
    expect(colorAllowed({}, true)).toBe(true);
    expect(colorAllowed({}, false)).toBe(false);
    expect(colorAllowed({ NO_COLOR: "1" }, true)).toBe(false);
    expect(colorAllowed({ NO_COLOR: "" }, true)).toBe(true);
    expect(colorAllowed({ TERM: "dumb" }, true)).toBe(false);
  });
  it("FORCE_COLOR forces it even into a file and over NO_COLOR; FORCE_COLOR=0 or false turns it off", () => {
    for (const value of ["", "1", "2", "3", "true"]) expect(colorAllowed({ FORCE_COLOR: value, NO_COLOR: "1" }, false)).toBe(true);
    for (const value of ["0", "false"]) expect(colorAllowed({ FORCE_COLOR: value }, true)).toBe(false);
  });
});

describe("the CLI's streams", { timeout: 60_000 }, () => {
  it("piped (no terminal anywhere): no colour; FORCE_COLOR=1 colours it; NO_COLOR with FORCE_COLOR still colours", () => {
    expect(runCli(LINT.split(" ")).stdout).not.toMatch(ANSI);
    const forced = runCli(LINT.split(" "), { env: { FORCE_COLOR: "1" } });
    expect(forced.stdout).toMatch(/\u001b\[31merror\u001b\[39m/);
    expect(runCli(LINT.split(" "), { env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout).toMatch(ANSI);
    expect(runCli(LINT.split(" "), { env: { FORCE_COLOR: "0" } }).stdout).not.toMatch(ANSI);
  });

  it.skipIf(!hasScript)("on a terminal the report is coloured; NO_COLOR=1 and FORCE_COLOR=0 take it away", () => {
    const shown = onTerminal(`${cli} ${LINT}`);
    expect(shown).toMatch(/stacks\/example\/example\.net\.yaml:8:14  \u001b\[31merror\u001b\[39m  MX target/);
    expect(shown).toMatch(/\u001b\[2m\[mx-target-not-hostname\]\u001b\[22m/);
    expect(onTerminal(`${cli} ${LINT}`, { NO_COLOR: "1" })).not.toMatch(ANSI);
    expect(onTerminal(`${cli} ${LINT}`, { FORCE_COLOR: "0" })).not.toMatch(ANSI);
  });

  it.skipIf(!hasScript)("`maildns lint > file` on a terminal: the file gets no ANSI codes, though stderr is still the terminal", () => {
    const dir = tempTree({});
    const out = join(dir, "report.txt");
    onTerminal(`${cli} ${LINT} > "${out}"`);
    const text = readFileSync(out, "utf8");
    expect(text).toContain("stacks/example/example.net.yaml:8:14  error  MX target");
    expect(text).not.toMatch(ANSI);
  });

  it.skipIf(!hasScript)("stderr is judged on its own: an error on the terminal is coloured while stdout goes to a file", () => {
    const dir = tempTree({});
    const shown = onTerminal(`${cli} lint stacks/nope > "${join(dir, "out.txt")}"`);
    expect(shown).toMatch(/\u001b\[31mmaildns lint:\u001b\[39m stacks\/nope: no such file or directory/);
    expect(readFileSync(join(dir, "out.txt"), "utf8")).toBe("");
    // And with stderr piped away from the terminal, that same message is plain.
    const piped = runCli(["lint", "stacks/nope"]);
    expect(piped.stderr).toBe("maildns lint: stacks/nope: no such file or directory (give domain files or folders, e.g. stacks/)\n");
  });
});
