// A flag that takes one value is refused when given twice (exit 2, before any work), instead of the last one
// silently winning; flags declared to repeat (--selector, --zone, --resolver...) still repeat.
import { describe, expect, it } from "vitest";
import { runCli, SEVERAL_RUNS_TIMEOUT_MS } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";

const DOMAIN = 'domain: example.com\nmail: {provider: external}\nmx: [{host: mx.example.net., priority: 10}]\nspf: "v=spf1 -all"\ndmarc: "v=DMARC1; p=reject; rua=mailto:r@example.com"\n';

describe("a single-value flag given twice", { timeout: SEVERAL_RUNS_TIMEOUT_MS }, () => {
  it("is refused, naming both values, and no report is written", () => {
    const root = tempTree({ "stacks/example.com.yaml": DOMAIN });
    const run = runCli(["lint", "--format", "json", "--format", "sarif", "stacks"], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe('maildns lint: --format given twice ("json", then "sarif"): give it once\n');
  });

  it("is refused whatever spelling each time (-f, --format=)", () => {
    const root = tempTree({ "stacks/example.com.yaml": DOMAIN });
    const run = runCli(["lint", "-f", "text", "stacks", "--format=json"], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('maildns lint: --format given twice ("text", then "json"): give it once\n');
    const output = runCli(["lint", "-o", "a.txt", "--output", "b.txt", "stacks"], { cwd: root });
    expect(output.status).toBe(2);
    expect(output.stderr).toBe('maildns lint: --output given twice ("a.txt", then "b.txt"): give it once\n');
  });

  it("is refused the same even when both values are equal", () => {
    const run = runCli(["plan", "--fail-on", "warn", "--fail-on", "warn"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('maildns plan: --fail-on given twice ("warn", then "warn"): give it once\n');
  });

  it("never shows what a URL value holds past its scheme (a store's password)", () => {
    const run = runCli(["reports", "summary", "--store", "postgres://mail:s3cret@db.example/mail", "--store", "postgres://mail:other@db.example/mail"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('maildns reports: --store given twice ("postgres:…", then "postgres:…"): give it once\n');
    expect(run.stderr).not.toContain("s3cret");
  });

  it("leaves flags meant to repeat, and booleans, as they were", () => {
    const selectors = runCli(["audit", "--selector", "s1", "--selector", "s2", "--help"]);
    expect(selectors.status).toBe(0);
    expect(selectors.stderr).toBe("");
    const quiet = runCli(["lint", "-q", "--quiet", "--help"]);
    expect(quiet.status).toBe(0);
  });
});
