// The Action's check run says how many lookups a check needed failed, every one: a domain past its question
// budget has hundreds behind the ten findings the engine keeps per value (src/plan/unchecked.ts, `more`).
// Over real sockets: the bundled Action asks the loopback server of the budget tests.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { HOSTILE, HOSTILE_YAML, stack, useBudgetFixture } from "../cli/budget-fixture.js";
import { ensureBundle, runAction } from "./run-action.js";

const fixture = useBudgetFixture();
beforeAll(ensureBundle);

describe("Action: a domain past its DNS question budget", () => {
  it("plan fails the step counting every lookup not made, not the ten entries listed", async () => {
    const workspace = stack({ [HOSTILE]: HOSTILE_YAML });
    fixture.server.resetQueries();
    const run = await runAction({ command: "plan", paths: "stack", policy: "pack.yaml", resolver: `127.0.0.1:${fixture.server.port}`, today: "2026-11-01" }, { workspace, timeoutMs: 60_000 });
    const notAsked = fixture.exchangesNotAsked();
    expect(notAsked.length).toBeGreaterThan(100);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^::error::maildns plan: ${notAsked.length} lookups a check needed failed, so those checks were not made: ${HOSTILE.replace(".", "\\.")}: `, "m"));
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8")) as { summary: { uncheckedLookups: number } };
    expect(report.summary.uncheckedLookups).toBe(notAsked.length);
  });
});
