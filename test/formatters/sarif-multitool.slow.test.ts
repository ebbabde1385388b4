// Microsoft's SARIF multitool (@microsoft/sarif-multitool, a self-contained binary from npm that needs no
// install script) validates our SARIF with GitHub's ingestion rules: `validate --rule-kind Gh`. It runs
// offline (those rules make no network request; the SARIF rule kind would look up the rules' help URIs, so
// it is not used; the schema itself is checked in the fast tier). What these rules do not check is tested
// in sarif.test.ts.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/types.js";
import { formatSarif } from "../../src/formatters/sarif.js";
import { allRules } from "../../src/rules/index.js";
import { runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";
import { FIXTURE_ZONES } from "../plan/helpers.js";

const TODAY = ["--today", "2026-11-23"];

function finding(overrides: Partial<Finding> = {}): Finding {
  return { ruleId: "spf-ptr", level: "warn", message: "m", domain: "x.example", file: "stacks/p/x.yaml", name: "x.example", line: 4, column: 3, endLine: 4, endColumn: 9, messageId: "ptr", data: {}, ...overrides };
}

describe("Microsoft's SARIF multitool with GitHub's ingestion rules", () => {
  const require = createRequire(import.meta.url);
  // The npm package's platform part is a self-contained binary; invariant globalization spares it libicu.
  const multitool = require("@microsoft/sarif-multitool-linux") as string;

  /** Runs `validate --rule-kind Gh` over the files; the findings, per file, from its own SARIF output. */
  function validate(files: Record<string, string>): Record<string, string[]> {
    const dir = tempTree(files);
    const out = join(dir, "validation.sarif");
    const run = spawnSync(multitool, ["validate", ...Object.keys(files).map((f) => join(dir, f)), "--rule-kind", "Gh", "--output", out, "--log", "ForceOverwrite", "--quiet"], {
      encoding: "utf8",
      timeout: 120_000,
      env: { PATH: process.env.PATH ?? "", HOME: dir, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: "1", DOTNET_CLI_TELEMETRY_OPTOUT: "1" },
    });
    expect(run.error, String(run.error)).toBeUndefined();
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const log = JSON.parse(readFileSync(out, "utf8")) as { runs: { results?: { ruleId: string; message: { id?: string }; locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const byFile: Record<string, string[]> = Object.fromEntries(Object.keys(files).map((f) => [f, []]));
    for (const result of log.runs.flatMap((r) => r.results ?? [])) {
      const uri = result.locations?.[0]?.physicalLocation.artifactLocation.uri ?? "";
      const file = Object.keys(files).find((f) => uri.endsWith(`/${f}`)) ?? "?";
      (byFile[file] ??= []).push(`${result.ruleId} ${result.message.id ?? ""}`);
    }
    return byFile;
  }

  it("finds nothing to object to in lint, audit and placeholder output, and does object to a result with no location", () => {
    const dir = tempTree({ "domains.txt": "clean.example\nexport.example\n" });
    const lint = runCli(["lint", "stacks/example", ...TODAY, "--format", "sarif"]).stdout;
    const audit = runCli(["audit", "--domains-file", "domains.txt", "--zone", FIXTURE_ZONES, ...TODAY, "--format", "sarif"], { cwd: dir }).stdout;
    const placeholders = runCli(["audit", "cname-mx.example", "--zone", FIXTURE_ZONES, ...TODAY, "--format", "sarif"]).stdout;
    const capped = formatSarif(
      { findings: Array.from({ length: 12 }, (_, i) => finding({ line: i + 1, endLine: i + 1 })), summary: { files: 1, domains: 1, errors: 0, warnings: 12, infos: 0 }, rules: allRules, toolVersion: "1.0.0" },
      { maxResults: 10 },
    );
    // The control: the multitool must be able to fail. A result without `locations` is what GitHub refuses.
    const broken = JSON.parse(lint);
    delete broken.runs[0].results[0].locations;
    const found = validate({ "lint.sarif": lint, "audit.sarif": audit, "placeholders.sarif": placeholders, "capped.sarif": capped, "broken.sarif": JSON.stringify(broken) });
    expect(found["lint.sarif"]).toEqual([]);
    expect(found["audit.sarif"]).toEqual([]);
    expect(found["placeholders.sarif"]).toEqual([]);
    expect(found["capped.sarif"]).toEqual([]);
    expect(found["broken.sarif"]).toContain("GH1015 Error_MissingLocationsArray");
  }, 120_000);
});
