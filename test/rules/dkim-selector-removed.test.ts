import rule from "../../src/rules/dkim-selector-removed.js";
import yaml from "js-yaml";
import { buildDomainModel } from "../../src/config/domain.js";
import type { DomainModel } from "../../src/model/types.js";
import { ruleTester, type Case, type InvalidCase } from "../helpers/rule-tester.js";

/** The live state ("before") as a model, written as a domain file. */
function observed(text: string): DomainModel {
  const built = buildDomainModel(null, yaml.load(text, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>);
  if (!("model" in built)) throw new Error(`bad observed domain: ${built.invalidDomain}`);
  return built.model;
}

const HEAD = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";
const target = (n: number) => `ovhmo123-selector${n}._domainkey.1234.ab.dkim.mail.ovh.net.`;
const selector = (n: number, extra = "") => `    - { name: ovhmo123-selector${n}, cname: ${target(n)}${extra} }\n`;
const dkim = (selectors: string, switchedAt?: string) => `dkim:\n${switchedAt ? `  switchedAt: ${switchedAt}\n` : ""}  selectors:\n${selectors}`;
const live = (selectors: string) => observed(`${HEAD}${dkim(selectors)}`);
// The tester tells cases apart by their YAML, not by the live state: a trailing comment names each one.
const named = <T extends { name: string; yaml: string }>(c: T): T => ({ ...c, yaml: `${c.yaml}# ${c.name}\n` });

ruleTester(rule, {
  valid: (
    [
      { name: "both selectors kept", yaml: `${HEAD}${dkim(selector(1) + selector(2))}`, observed: live(selector(1) + selector(2)) },
      { name: "the old selector kept inactive", yaml: `${HEAD}${dkim(selector(1, ", active: false") + selector(2))}`, observed: live(selector(1) + selector(2)) },
      { name: "a new selector added", yaml: `${HEAD}${dkim(selector(1) + selector(2))}`, observed: live(selector(1)) },
      { name: "names compare case-insensitively", yaml: `${HEAD}${dkim(selector(1).replace("ovhmo123-selector1", "OVHMO123-Selector1"))}`, observed: live(selector(1)) },
      { name: "nothing live", yaml: `${HEAD}${dkim(selector(1))}`, observed: observed(HEAD) },
      { name: "static run: the rule needs the live state", yaml: `${HEAD}${dkim(selector(2))}` },
    ] satisfies Case[]
  ).map(named),
  invalid: (
    [
      {
        name: "the old selector dropped with no switch date",
        yaml: `${HEAD}${dkim(selector(2))}`,
        observed: live(selector(1) + selector(2)),
        errors: [{ messageId: "removed", level: "warn", line: 4, column: 3, data: { selector: "ovhmo123-selector1", name: "ovhmo123-selector1._domainkey.example.com", minDays: 7 } }],
      },
      {
        name: "dropped three days after the switch",
        yaml: `${HEAD}${dkim(selector(2), "2026-11-20")}`,
        observed: live(selector(1) + selector(2)),
        errors: [{ messageId: "removed", level: "warn", line: 4, column: 3, data: { selector: "ovhmo123-selector1" } }],
      },
      {
        name: "dropped ten days after the switch: routine, shown as info",
        yaml: `${HEAD}${dkim(selector(2), "2026-11-13")}`,
        observed: live(selector(1) + selector(2)),
        errors: [{ messageId: "removedAfterRotation", level: "info", line: 4, column: 3, data: { selector: "ovhmo123-selector1", days: 10, switchedAt: "2026-11-13", minDays: 7 } }],
      },
      {
        name: "the whole dkim section removed: every live selector, at the domain",
        yaml: HEAD,
        observed: live(selector(1) + selector(2)),
        errors: [
          { messageId: "removed", level: "warn", line: 1, column: 9, data: { selector: "ovhmo123-selector1" } },
          { messageId: "removed", level: "warn", line: 1, column: 9, data: { selector: "ovhmo123-selector2" } },
        ],
      },
      {
        name: "custom minimum",
        yaml: `${HEAD}${dkim(selector(2), "2026-11-13")}`,
        observed: live(selector(1) + selector(2)),
        options: { minDays: 14 },
        errors: [{ messageId: "removed", level: "warn", line: 4, column: 3, data: { minDays: 14 } }],
      },
    ] satisfies InvalidCase[]
  ).map(named),
});
