import rule from "../../src/rules/dmarc-ramp-transition.js";
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
// The record is on line 3 inside double quotes: offset n of the record is column 9 + n; "p=" ends at 12.
const file = (dmarc: string, extra = "") => `${HEAD}${extra}dmarc: "${dmarc}"\n`;
const live = (dmarc: string | null) => observed(`${HEAD}${dmarc === null ? "" : `dmarc: "${dmarc}"\n`}`);

// The tester tells cases apart by their YAML, not by the live state: a trailing comment names each one.
const named = <T extends { name: string; yaml: string }>(c: T): T => ({ ...c, yaml: `${c.yaml}# ${c.name}\n` });

ruleTester(rule, {
  valid: (
    [
      { name: "none → quarantine", yaml: file("v=DMARC1; p=quarantine; rua=mailto:d@example.com"), observed: live("v=DMARC1; p=none; rua=mailto:d@example.com") },
      { name: "quarantine → reject", yaml: file("v=DMARC1; p=reject; rua=mailto:d@example.com"), observed: live("v=DMARC1; p=quarantine; rua=mailto:d@example.com") },
      { name: "no change", yaml: file("v=DMARC1; p=reject"), observed: live("v=DMARC1; p=reject") },
      { name: "none → reject in testing mode acts as quarantine", yaml: file("v=DMARC1; p=reject; t=y"), observed: live("v=DMARC1; p=none") },
      { name: "a domain that sends nothing may go straight to reject", yaml: file("v=DMARC1; p=reject").replace("mail: {provider: ovh, offer: mx-plan}", "mail: {provider: none}"), observed: live(null) },
      { name: "first publication at quarantine", yaml: file("v=DMARC1; p=quarantine"), observed: live(null) },
      { name: "static run: the rule needs the live state", yaml: file("v=DMARC1; p=reject") },
    ] satisfies Case[]
  ).map(named),
  invalid: (
    [
      {
        name: "live p=none straight to reject",
        yaml: file("v=DMARC1; p=reject; rua=mailto:d@example.com"),
        observed: live("v=DMARC1; p=none; rua=mailto:d@example.com"),
        errors: [{ messageId: "skip", level: "error", line: 3, column: 21, endColumn: 27, data: { before: "p=none", after: "p=reject" } }],
      },
      {
        name: "no record straight to reject",
        yaml: file("v=DMARC1; p=reject"),
        observed: live(null),
        errors: [{ messageId: "skip", level: "error", line: 3, column: 21, data: { before: "no DMARC record", after: "p=reject" } }],
      },
      {
        name: "an invalid live record counts as no record",
        yaml: file("v=DMARC1; p=reject"),
        observed: live("p=quarantine; v=DMARC1"),
        errors: [{ messageId: "skip", level: "error", line: 3, column: 21, data: { before: "no DMARC record" } }],
      },
      {
        name: "reject → quarantine is a loosening",
        yaml: file("v=DMARC1; p=quarantine"),
        observed: live("v=DMARC1; p=reject"),
        errors: [{ messageId: "loosening", level: "warn", line: 3, column: 21, data: { before: "p=reject", after: "p=quarantine", domain: "example.com" } }],
      },
      {
        name: "quarantine → quarantine in testing mode is a loosening",
        yaml: file("v=DMARC1; p=quarantine; t=y"),
        observed: live("v=DMARC1; p=quarantine"),
        errors: [{ messageId: "loosening", level: "warn", line: 3, column: 21, data: { after: "p=quarantine; t=y" } }],
      },
      {
        name: "removing the record is a loosening; points at the domain",
        yaml: HEAD,
        observed: live("v=DMARC1; p=quarantine"),
        errors: [{ messageId: "loosening", level: "warn", line: 1, column: 9, data: { before: "p=quarantine", after: "no DMARC record" } }],
      },
      {
        name: "structured form: points at p",
        yaml: `${HEAD}dmarc:\n  p: reject\n  rua: mailto:d@example.com\n`,
        observed: live("v=DMARC1; p=none"),
        errors: [{ messageId: "skip", level: "error", line: 4, column: 6 }],
      },
    ] satisfies InvalidCase[]
  ).map(named),
});
