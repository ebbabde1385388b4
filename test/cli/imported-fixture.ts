// The domain files `maildns import` writes from the fixture zones (test/fixtures/zones), as the CLI writes
// them. Each is imported once per test worker and kept: the zones never change, and a CLI run per test cost
// the files that use them seconds for nothing.
import { expect } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";
import { FIXTURE_ZONES } from "../plan/helpers.js";

const imported = new Map<string, string>();

/** The domain file `maildns import --zone <fixture>.zone -q` prints for the fixture zone of `domain`. */
export function importedFixture(domain: string): string {
  let text = imported.get(domain);
  if (text === undefined) {
    const run = runCli(["import", "--zone", `${FIXTURE_ZONES}${domain}.zone`, "-q"]);
    expect(run.status, run.stderr).toBe(0);
    imported.set(domain, (text = run.stdout));
  }
  return text;
}

/** A new folder holding `stack/clean.example.yaml`: clean.example as `import` writes it, equal to the live zone. */
export function cleanStack(): string {
  return tempTree({ "stack/clean.example.yaml": importedFixture("clean.example") });
}
