import yaml from "js-yaml";
import { buildDomainModel } from "../../src/config/domain.js";
import type { DomainModel } from "../../src/model/types.js";
import rule from "../../src/rules/spf-lookup-budget-change.js";
import { liveRulesDns } from "../helpers/live-dns.js";
import { ruleTester, type Case, type InvalidCase } from "../helpers/rule-tester.js";

const dns = liveRulesDns({ "slow.live.example": "timeout" });

/** The live state ("before") as a model, written as a domain file. */
function observed(text: string): DomainModel {
  const built = buildDomainModel(null, yaml.load(text, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>);
  if (!("model" in built)) throw new Error(`bad observed domain: ${built.invalidDomain}`);
  return built.model;
}

const HEAD = "domain: test.live.example\nmail: {provider: external}\n";
const file = (spf: string) => `${HEAD}spf: "${spf}"\n`;
const live = (spf: string | null) => observed(spf === null ? HEAD : file(spf));
// The tester tells cases apart by their YAML, not by the live state: a trailing comment names each one.
const named = <T extends { name: string; yaml: string }>(c: T): T => ({ ...c, yaml: `${c.yaml}# ${c.name}\n` });
const LIVE = "through every include and redirect";
const STATIC = "the records' own terms; includes not resolved";

ruleTester(rule, {
  valid: (
    [
      { name: "same record", yaml: file("v=spf1 include:two.live.example -all"), observed: live("v=spf1 include:two.live.example -all"), dns },
      { name: "different records with the same cost", yaml: file("v=spf1 include:two.live.example -all"), observed: live("v=spf1 a mx include:ok.live.example -all"), dns },
      { name: "static run: the rule needs the live state", yaml: file("v=spf1 include:deep.live.example -all") },
    ] satisfies Case[]
  ).map(named),
  invalid: (
    [
      {
        name: "a new sender, counted through its includes",
        yaml: file("v=spf1 include:two.live.example include:ok.live.example -all"),
        observed: live("v=spf1 include:two.live.example -all"),
        dns,
        errors: [{ messageId: "changed", level: "info", line: 3, column: 6, data: { before: 3, after: 4, basis: LIVE } }],
      },
      {
        name: "the change reaches the warning threshold",
        yaml: file("v=spf1 include:deep.live.example -all"),
        observed: live("v=spf1 include:two.live.example -all"),
        dns,
        errors: [{ messageId: "crossesWarn", level: "warn", line: 3, column: 6, data: { before: 3, after: 10, warnAt: 8, basis: LIVE } }],
      },
      {
        name: "a first SPF record",
        yaml: file("v=spf1 include:two.live.example -all"),
        observed: live(null),
        dns,
        errors: [{ messageId: "changed", level: "info", line: 3, column: 6, data: { before: 0, after: 3 } }],
      },
      {
        name: "a shrinking budget is shown too",
        yaml: file("v=spf1 include:ok.live.example -all"),
        observed: live("v=spf1 include:deep.live.example -all"),
        dns,
        errors: [{ messageId: "changed", level: "info", line: 3, column: 6, data: { before: 10, after: 1 } }],
      },
      {
        name: "without DNS both records are counted by their own terms",
        yaml: file("v=spf1 include:a.example include:b.example -all"),
        observed: live("v=spf1 include:a.example -all"),
        errors: [{ messageId: "changed", level: "info", line: 3, column: 6, data: { before: 1, after: 2, basis: STATIC } }],
      },
      {
        name: "a failed lookup in either tree falls back to the records' own terms",
        yaml: file("v=spf1 include:viaslow.live.example include:two.live.example -all"),
        observed: live("v=spf1 include:two.live.example -all"),
        dns,
        errors: [
          { messageId: "countIncomplete", level: "info", line: 3, column: 6, data: { side: "file's", query: "TXT", name: "slow.live.example", reason: "timeout", term: "include:viaslow.live.example" } },
          { messageId: "changed", level: "info", line: 3, column: 6, data: { before: 1, after: 2, basis: STATIC } },
        ] satisfies InvalidCase["errors"] as InvalidCase["errors"],
      },
      {
        name: "a failed lookup in the live tree with the same static count: said, never a silent pass",
        yaml: file("v=spf1 include:two.live.example -all"),
        observed: live("v=spf1 include:viaslow.live.example -all"),
        dns,
        errors: [{ messageId: "countIncomplete", level: "info", line: 3, column: 6, data: { side: "live", query: "TXT", name: "slow.live.example", reason: "timeout", term: "include:viaslow.live.example" } }],
      },
      {
        name: "custom threshold",
        yaml: file("v=spf1 include:two.live.example include:ok.live.example -all"),
        observed: live("v=spf1 include:two.live.example -all"),
        options: { warnAt: 4 },
        dns,
        errors: [{ messageId: "crossesWarn", level: "warn", line: 3, column: 6, data: { before: 3, after: 4, warnAt: 4 } }],
      },
    ] satisfies InvalidCase[]
  ).map(named),
});
