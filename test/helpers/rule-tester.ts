// The rule tester (in the manner of ESLint's RuleTester): valid and invalid YAML cases per rule, asserting rule id,
// message id, level and position. It refuses sloppy suites: an invalid case with no expected error,
// duplicate cases, unfilled {{placeholders}}, unexpected findings, and YAML that does not load cleanly.
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import type { Policy, RuleSetting } from "../../src/engine/policy.js";
import { lintFile } from "../../src/engine/lint.js";
import type { Finding, LiveLookup, Rule } from "../../src/engine/types.js";
import type { EvidenceView } from "../../src/model/evidence.js";
import type { DomainModel } from "../../src/model/types.js";
import { allRules } from "../../src/rules/index.js";

export interface ExpectedFinding {
  messageId: string;
  level: "error" | "warn" | "info";
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  data?: Record<string, string | number>;
}

export interface Case {
  name: string;
  yaml: string;
  options?: Record<string, unknown>;
  today?: string;
  /** Live DNS for live rules. */
  dns?: LiveLookup;
  /** Observed state for transition rules. */
  observed?: DomainModel;
  /** DMARC evidence for the domain (dmarc-evidence.json as the CLI loads it). */
  evidence?: EvidenceView;
}

export interface InvalidCase extends Case {
  errors: ExpectedFinding[];
}

const DEFAULT_TODAY = "2026-11-23";
const fileRules = allRules.filter((r) => r.meta.kind === "file");

/** A policy holding just the rule under test (at its default level, options merged over defaults). */
export function singleRulePolicy(rule: Rule, options: Record<string, unknown> = {}): Policy {
  const merged = structuredClone(options);
  const validate = new Ajv({ strict: false, useDefaults: true }).compile(rule.meta.options);
  if (!validate(merged)) throw new Error(`options for ${rule.meta.id} are invalid: ${JSON.stringify(validate.errors)}`);
  const settings = new Map<string, RuleSetting>(fileRules.map((r) => [r.meta.id, { level: r.meta.defaultLevel, options: {} }]));
  settings.set(rule.meta.id, { level: rule.meta.defaultLevel, options: merged });
  return { name: "test", file: "test", settingsFor: () => settings };
}

export async function lintYaml(rule: Rule, c: Case): Promise<Finding[]> {
  const rules = rule.meta.kind === "file" ? fileRules : [...fileRules, rule];
  const result = await lintFile("test.yaml", new TextEncoder().encode(c.yaml), {
    rules,
    policy: singleRulePolicy(rule, c.options),
    today: c.today ?? DEFAULT_TODAY,
    dns: c.dns ?? null,
    observed: c.observed ? new Map([[c.observed.domain, c.observed]]) : null,
    evidence: c.evidence ? () => c.evidence! : null,
  });
  return result.findings;
}

function checkLoadsCleanly(rule: Rule, findings: Finding[]): void {
  const broken = findings.filter((f) => f.ruleId.startsWith("file-") && f.ruleId !== rule.meta.id && f.level === "error");
  expect(broken.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`), "the test YAML itself must load cleanly").toEqual([]);
}

export function ruleTester(rule: Rule, suite: { valid: Case[]; invalid: InvalidCase[] }): void {
  const id = rule.meta.id;
  describe(id, () => {
    it("has a sane suite", () => {
      expect(suite.valid.length, "at least one valid case").toBeGreaterThan(0);
      expect(suite.invalid.length, "at least one invalid case").toBeGreaterThan(0);
      // Live lookups are compared by identity (each case may bring its own); observed state by content.
      const lookups: LiveLookup[] = [];
      const lookupId = (dns: LiveLookup | undefined) => (dns ? (lookups.includes(dns) ? lookups.indexOf(dns) : lookups.push(dns) - 1) : -1);
      const keys = [...suite.valid, ...suite.invalid].map((c) => JSON.stringify([c.yaml, c.options ?? {}, c.today ?? DEFAULT_TODAY, lookupId(c.dns), c.observed ?? null, c.evidence ?? null]));
      expect(new Set(keys).size, "duplicate cases").toBe(keys.length);
      const names = [...suite.valid, ...suite.invalid].map((c) => c.name);
      expect(new Set(names).size, "duplicate case names").toBe(names.length);
      for (const c of suite.invalid) expect(c.errors.length, `invalid case "${c.name}" lists no expected error`).toBeGreaterThan(0);
    });
    for (const c of suite.valid) {
      it(`valid: ${c.name}`, async () => {
        const findings = await lintYaml(rule, c);
        checkLoadsCleanly(rule, findings);
        expect(findings.filter((f) => f.ruleId === id).map((f) => `${f.line}:${f.column} ${f.messageId}: ${f.message}`)).toEqual([]);
      });
    }
    for (const c of suite.invalid) {
      it(`invalid: ${c.name}`, async () => {
        const findings = await lintYaml(rule, c);
        checkLoadsCleanly(rule, findings);
        const mine = findings.filter((f) => f.ruleId === id);
        for (const f of mine) {
          expect(f.message, `unfilled placeholder in "${f.message}"`).not.toMatch(/\{\{/);
          expect(rule.meta.messages[f.messageId], `messageId ${f.messageId} is not declared in meta.messages`).toBeDefined();
        }
        const actual = mine.map((f) => {
          const shown: Record<string, unknown> = { messageId: f.messageId, level: f.level, line: f.line, column: f.column };
          const wanted = c.errors.find((e) => e.messageId === f.messageId && e.line === f.line && e.column === f.column) ?? c.errors[0];
          if (wanted?.endLine !== undefined) shown.endLine = f.endLine;
          if (wanted?.endColumn !== undefined) shown.endColumn = f.endColumn;
          if (wanted?.data !== undefined) shown.data = Object.fromEntries(Object.keys(wanted.data).map((k) => [k, f.data[k]]));
          return shown;
        });
        const sortKey = (e: { line: number; column: number; messageId: string }) => `${String(e.line).padStart(6, "0")}:${String(e.column).padStart(6, "0")}:${e.messageId}`;
        expect(actual.sort((a, b) => sortKey(a as never).localeCompare(sortKey(b as never)))).toEqual(
          [...c.errors].sort((a, b) => sortKey(a).localeCompare(sortKey(b))).map((e) => ({ ...e })),
        );
      });
    }
  });
}
