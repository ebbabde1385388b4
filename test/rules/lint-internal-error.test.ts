// Collect, don't bail: an error thrown while checking one file, domain or rule becomes a lint-internal-error
// finding there, and every other file, domain and rule is still checked and reported.
import { describe, expect, it } from "vitest";
import { createZoneSource, loadZones } from "../../src/dns/index.js";
import { lintPaths } from "../../src/index.js";
import { defineRule, type Rule } from "../../src/engine/types.js";
import { auditDomains } from "../../src/plan/audit.js";
import { planPaths } from "../../src/plan/run.js";
import { allRules } from "../../src/rules/index.js";
import { tempTree } from "../helpers/tmp.js";
import { PLAN_STACK, PLAN_ZONES } from "../plan/helpers.js";

/** A rule that throws for one domain, as a rule meeting text it was not written for would. */
function throwingFor(domain: string, kind: "static" | "live", thrown: unknown = new TypeError("match is not iterable")): Rule {
  return defineRule({
    meta: {
      id: "test-throws",
      area: "lint",
      description: "Throws for one domain (test only).",
      references: ["test"],
      defaultLevel: "warn",
      kind,
      options: { type: "object", properties: {}, additionalProperties: false },
      messages: { never: { text: "never reported" } },
    },
    check(ctx) {
      if (ctx.domain.domain === domain) throw thrown;
    },
  });
}

const FILES = {
  "stack/a.example.yaml": "domain: a.example\nmail: { provider: none }\nmx: none\nspf: \"v=spf1 -all\"\ndmarc: \"v=DMARC1; p=reject\"\n",
  "stack/b.example.yaml": "domain: b.example\nmail: { provider: none }\nmx: none\nspf: \"v=spf1 +all\"\ndmarc: \"v=DMARC1; p=reject\"\n",
};

describe("lint-internal-error", () => {
  const root = tempTree(FILES);

  it("lint: a rule that throws on one domain is a finding there; that domain's other rules and the other files are still reported", async () => {
    const rules = [...allRules, throwingFor("a.example", "static")];
    const result = await lintPaths(["stack"], { cwd: root, today: "2026-11-23", rules });
    const internal = result.findings.filter((f) => f.ruleId === "lint-internal-error");
    expect(internal.map((f) => [f.level, f.file, f.line, f.column, f.domain, f.message])).toEqual([
      ["error", "stack/a.example.yaml", 1, 1, "a.example", "internal error in rule test-throws while checking a.example: match is not iterable; the other rules still ran. Please report it with the file"],
    ]);
    // b.example's +all is still found, and so is a rule of a.example that runs after the throwing one.
    expect(result.findings.some((f) => f.domain === "b.example" && f.ruleId === "spf-permissive-all")).toBe(true);
    expect(result.errors).toBeGreaterThanOrEqual(2);
  });

  it("lint: a file's suppression of lint-internal-error neither hides the error nor passes as used", async () => {
    const suppressing = tempTree({
      "stack/a.example.yaml": `${FILES["stack/a.example.yaml"]}lint:\n  - { rule: lint-internal-error, reason: "known crash" }\n`,
    });
    const rules = [...allRules, throwingFor("a.example", "static")];
    const result = await lintPaths(["stack"], { cwd: suppressing, today: "2026-11-23", rules });
    expect(result.findings.filter((f) => f.ruleId.startsWith("lint-")).map((f) => [f.ruleId, f.level, f.line, f.column])).toEqual([
      ["lint-internal-error", "error", 1, 1],
      ["lint-suppression-unknown-rule", "error", 7, 13],
    ]);
  });

  it("lint: a thrown non-Error is shown as JSON, never as [object Object]", async () => {
    const rules = [...allRules, throwingFor("a.example", "static", { code: 42 })];
    const result = await lintPaths(["stack/a.example.yaml"], { cwd: root, today: "2026-11-23", rules });
    const internal = result.findings.find((f) => f.ruleId === "lint-internal-error");
    expect(internal?.message).toContain('while checking a.example: {"code":42};');
    expect(internal?.message).not.toContain("[object Object]");
  });

  it("audit: the domain whose check throws gets the finding (file null, position 0); the other domain is audited", async () => {
    const zones = await loadZones([`${PLAN_ZONES}external.example.zone`, `${PLAN_ZONES}drift.example.zone`]);
    const source = createZoneSource(zones);
    const result = await auditDomains(["external.example", "drift.example"], {
      sourceFor: async () => source,
      rulesSource: source,
      today: "2026-11-23",
      rules: [...allRules, throwingFor("external.example", "live")],
    });
    const internal = result.findings.filter((f) => f.ruleId === "lint-internal-error");
    expect(internal.map((f) => [f.level, f.domain, f.file, f.line, f.data.rule])).toEqual([["error", "external.example", null, 0, "test-throws"]]);
    expect(result.findings.some((f) => f.domain === "drift.example" && f.ruleId !== "lint-internal-error")).toBe(true);
    expect(result.failures).toEqual([]);
  });

  it("plan: a domain whose observation throws gets the finding and no change; the other domain is planned", async () => {
    const zones = await loadZones([PLAN_ZONES]);
    const source = createZoneSource(zones);
    const result = await planPaths([PLAN_STACK], {
      sourceFor: async (domain) => {
        if (domain === "drift.example") throw new RangeError("Maximum call stack size exceeded");
        return source;
      },
      rulesSource: source,
      today: "2026-11-01",
    });
    const internal = result.findings.filter((f) => f.ruleId === "lint-internal-error");
    expect(internal.map((f) => [f.level, f.domain, f.file?.endsWith("drift.example.yaml"), f.message])).toEqual([
      ["error", "drift.example", true, "internal error while checking drift.example: Maximum call stack size exceeded; it was not checked, the other domains were. Please report it with the command you ran"],
    ]);
    expect(result.changes.filter((c) => c.domain === "drift.example")).toEqual([]);
    expect(result.summary.errors).toBe(result.findings.filter((f) => f.level === "error").length);
  });
});
