// The Action's lint cache (input `cache`) is looked at again just before it is written, as `sarif-file` is:
// a file the project keeps that appeared at its name after the inputs were read is left as it is, the step
// goes on (the cache is an optimisation) and a warning says so. In order: the inputs are read (the name
// judged), the file is put there, then the command runs.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { commandOutcome } from "../../src/action/commands.js";
import { parseInputs } from "../../src/action/inputs.js";
import { scratchDir } from "./run-action.js";

const DOMAIN = 'domain: example.com\nmail: {provider: external}\nmx: [{host: mx.example.net., priority: 10}]\nspf: "v=spf1 -all"\ndmarc: "v=DMARC1; p=reject; rua=mailto:r@example.com"\n';
const EVIDENCE = `${JSON.stringify({ version: 1, window: { from: "2026-11-01", to: "2026-11-30", days: 30 }, minSourceShare: 0.001, domains: [] }, null, 2)}\n`;

function workspace(): string {
  const ws = scratchDir();
  mkdirSync(join(ws, "stacks/prod"), { recursive: true });
  writeFileSync(join(ws, "stacks/prod/example.com.yaml"), DOMAIN);
  return ws;
}

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? "";

describe("input 'cache': a kept file that appears at its name during the run", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is left as it is, the findings are the same as without a cache, and a warning says the cache was not written", async () => {
    const ws = workspace();
    const printed: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return true;
    });
    const plain = await commandOutcome(parseInputs(reader({ paths: "stacks/prod", today: "2026-11-30" }), { GITHUB_WORKSPACE: ws }, "/"));
    const inputs = parseInputs(reader({ paths: "stacks/prod", today: "2026-11-30", cache: ".maildns/lint-cache" }), { GITHUB_WORKSPACE: ws }, "/");
    mkdirSync(join(ws, ".maildns"));
    writeFileSync(join(ws, ".maildns/lint-cache"), EVIDENCE);
    const outcome = await commandOutcome(inputs);
    expect(outcome.summary).toEqual(plain.summary);
    expect(outcome.findings.map((f) => f.ruleId)).toEqual(plain.findings.map((f) => f.ruleId));
    expect(readFileSync(join(ws, ".maildns/lint-cache"), "utf8")).toBe(EVIDENCE);
    expect(printed.join("")).toContain(
      "::warning::input 'cache': '.maildns/lint-cache' is now a DMARC evidence file, which lint and plan read (rule dmarc-ramp-evidence): it appeared there during the run, so the lint cache was not written and the file is left as it is; the next run lints every file\n",
    );
  });

  it("with nothing new at the name, the cache is written as before", async () => {
    const ws = workspace();
    const inputs = parseInputs(reader({ paths: "stacks/prod", today: "2026-11-30", cache: "lint-cache" }), { GITHUB_WORKSPACE: ws }, "/");
    await commandOutcome(inputs);
    expect(readFileSync(join(ws, "lint-cache"), "utf8")).toMatch(/^maildns-lint-cache /);
  });
});
