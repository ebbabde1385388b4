// lint's report (--output) and its cache (--cache, --cache-location) are two files the run writes: never
// one file (the cache, renamed after the report, replaced it), and the cache's name is looked at again just
// before it is written, as --output's is: a file kept that appeared there during the run stays, the report
// is still written, the run says so on stderr and exits as it would without a cache.
import { existsSync, linkSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/command.js";
import { main } from "../../src/cli/main.js";
import { runCli, SEVERAL_RUNS_TIMEOUT_MS } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";

const DOMAIN = 'domain: example.com\nmail: {provider: external}\nmx: [{host: mx.example.net., priority: 10}]\nspf: "v=spf1 -all"\ndmarc: "v=DMARC1; p=reject; rua=mailto:r@example.com"\n';
const EVIDENCE = `${JSON.stringify({ version: 1, window: { from: "2026-11-01", to: "2026-11-30", days: 30 }, minSourceShare: 0.001, domains: [] }, null, 2)}\n`;
const TODAY = ["--today", "2026-11-30"];

describe("lint --output and the lint cache naming one file", { timeout: SEVERAL_RUNS_TIMEOUT_MS }, () => {
  it("is refused before any work, naming both flags, when neither exists yet", () => {
    const root = tempTree({ "stacks/example.com.yaml": DOMAIN });
    const run = runCli(["lint", "-o", "X", "--cache", "--cache-location", "X", "stacks", ...TODAY], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("maildns lint: --output X and --cache-location X name the same file: the lint cache, written after the report, would replace it; give each its own file\n");
    expect(readdirSync(root)).toEqual(["stacks"]);
  });

  it("is refused by the resolved path (another spelling, the cache named by its folder)", () => {
    const root = tempTree({ "stacks/example.com.yaml": DOMAIN, "out/keep": "" });
    const spelt = runCli(["lint", "-o", "out/../X", "--cache", "--cache-location", "./X", "stacks", ...TODAY], { cwd: root });
    expect(spelt.status).toBe(2);
    expect(spelt.stderr).toBe("maildns lint: --output out/../X and --cache-location ./X name the same file: the lint cache, written after the report, would replace it; give each its own file\n");
    const folder = runCli(["lint", "-o", "out/.maildnscache", "--cache", "--cache-location", "out/", "stacks", ...TODAY], { cwd: root });
    expect(folder.status).toBe(2);
    expect(folder.stderr).toBe("maildns lint: --output out/.maildnscache and --cache-location out/ name the same file: the lint cache, written after the report, would replace it; give each its own file\n");
    expect(readdirSync(root).sort()).toEqual(["out", "stacks"]);
    expect(readdirSync(join(root, "out"))).toEqual(["keep"]);
  });

  it("is refused for the default cache file, by name and by identity (a hard link to it)", () => {
    const root = tempTree({ "stacks/example.com.yaml": DOMAIN });
    const byName = runCli(["lint", "-o", ".maildnscache", "--cache", "stacks", ...TODAY], { cwd: root });
    expect(byName.status).toBe(2);
    expect(byName.stderr).toBe(
      "maildns lint: --output .maildnscache is the file of the lint cache (--cache keeps it in .maildnscache when --cache-location is not given): the cache, written after the report, would replace it; give the report another file name, or the cache another place with --cache-location\n",
    );
    const warm = runCli(["lint", "--cache", "stacks", ...TODAY], { cwd: root });
    expect(warm.status).not.toBe(2);
    const cache = readFileSync(join(root, ".maildnscache"), "utf8");
    linkSync(join(root, ".maildnscache"), join(root, "report.txt"));
    const byIdentity = runCli(["lint", "-o", "report.txt", "--cache", "stacks", ...TODAY], { cwd: root });
    expect(byIdentity.status).toBe(2);
    expect(byIdentity.stderr).toBe(
      "maildns lint: --output report.txt is the file of the lint cache (--cache keeps it in .maildnscache when --cache-location is not given): the cache, written after the report, would replace it; give the report another file name, or the cache another place with --cache-location\n",
    );
    expect(readFileSync(join(root, ".maildnscache"), "utf8")).toBe(cache);
  });

  it("separate files are written both, as before", () => {
    const root = tempTree({ "stacks/example.com.yaml": DOMAIN });
    const run = runCli(["lint", "-f", "json", "-o", "report.json", "--cache", "--cache-location", "lint.cache", "stacks", ...TODAY], { cwd: root });
    expect(run.stderr).toBe("");
    expect(JSON.parse(readFileSync(join(root, "report.json"), "utf8"))).toMatchObject({ version: 1 });
    expect(readFileSync(join(root, "lint.cache"), "utf8")).toMatch(/^maildns-lint-cache /);
  });
});

/**
 * Runs lint in this process; `onReport` is called when the report reaches standard output, which is after
 * the cache's name was judged and before the cache is written: a file put there then appeared "during the
 * run", in order, never by time.
 */
async function lintInProcess(args: readonly string[], cwd: string, onReport: () => void) {
  let stdout = "";
  let stderr = "";
  let reported = 0;
  const io: CliIO = {
    stdout: (text) => {
      if (reported++ === 0) onReport();
      stdout += text;
    },
    stderr: (text) => void (stderr += text),
    cwd,
    env: {},
    isTTY: false,
  };
  const status = await main(["lint", ...args], io);
  return { status, stdout, stderr, reported };
}

describe("a kept file that appears at the lint cache's name during the run", { timeout: SEVERAL_RUNS_TIMEOUT_MS }, () => {
  it("--cache-location: the file is left as it is, the report is written, a warning says so, the exit code is the run's", async () => {
    const root = tempTree({ "stacks/example.com.yaml": DOMAIN });
    const without = await lintInProcess(["-f", "json", "stacks", ...TODAY], root, () => {});
    const run = await lintInProcess(["-f", "json", "--cache", "--cache-location", "lint.cache", "stacks", ...TODAY], root, () => writeFileSync(join(root, "lint.cache"), EVIDENCE));
    expect(run.reported).toBeGreaterThan(0);
    expect(run.status).toBe(without.status);
    expect(run.stdout).toBe(without.stdout);
    expect(run.stderr).toBe(
      "maildns lint: --cache-location lint.cache is now a DMARC evidence file, which lint and plan read (rule dmarc-ramp-evidence): it appeared there during the run, so the lint cache was not written and the file is left as it is; the next run lints every file\n",
    );
    expect(readFileSync(join(root, "lint.cache"), "utf8")).toBe(EVIDENCE);
    expect(readdirSync(root).sort()).toEqual(["lint.cache", "stacks"]);
  });

  it("the default place (.maildnscache) is looked at the same way", async () => {
    const root = tempTree({ "stacks/example.com.yaml": DOMAIN });
    const run = await lintInProcess(["--cache", "stacks", ...TODAY], root, () => writeFileSync(join(root, ".maildnscache"), EVIDENCE));
    expect(run.stderr).toBe(
      "maildns lint: the lint cache .maildnscache is now a DMARC evidence file, which lint and plan read (rule dmarc-ramp-evidence): it appeared there during the run, so the lint cache was not written and the file is left as it is; the next run lints every file\n",
    );
    expect(readFileSync(join(root, ".maildnscache"), "utf8")).toBe(EVIDENCE);
  });

  it("an earlier cache there, untouched, is still written (one look, nothing new at the name)", async () => {
    const root = tempTree({ "stacks/example.com.yaml": DOMAIN });
    const first = await lintInProcess(["--cache", "--cache-location", "lint.cache", "stacks", ...TODAY], root, () => {});
    expect(first.stderr).toBe("");
    writeFileSync(join(root, "stacks/example.org.yaml"), DOMAIN.replace("example.com", "example.org"));
    const second = await lintInProcess(["--cache", "--cache-location", "lint.cache", "stacks", ...TODAY], root, () => {});
    expect(second.stderr).toBe("");
    expect(readFileSync(join(root, "lint.cache"), "utf8")).toContain('"stacks/example.org.yaml"');
    expect(existsSync(join(root, "lint.cache"))).toBe(true);
  });
});
