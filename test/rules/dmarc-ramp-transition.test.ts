import rule from "../../src/rules/dmarc-ramp-transition.js";
import yaml from "js-yaml";
import { buildDomainModel } from "../../src/config/domain.js";
import type { DomainModel } from "../../src/model/types.js";
import { zoneServer } from "../helpers/audit-dns.js";
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

// A DMARC provider's records behind `_dmarc` CNAMEs, and a live domain whose `_dmarc` is such an alias.
const SOA = "$TTL 3600\n@ SOA ns1 host 1 7200 3600 1209600 3600\n@ NS ns1\n";
const zones = zoneServer(
  {
    "provider.example": `${SOA}quarantine._dmarc TXT "v=DMARC1; p=quarantine"\nnone._dmarc TXT "v=DMARC1; p=none"\nreject._dmarc TXT "v=DMARC1; p=reject"\nempty._dmarc TXT "not dmarc"\n`,
    "aliased.example": `${SOA}_dmarc CNAME quarantine._dmarc.provider.example.\n`,
    "unread.example": SOA,
    "downalias.example": `${SOA}_dmarc CNAME down._dmarc.provider.example.\n`,
  },
  { "down._dmarc.provider.example/TXT": "servfail", "_dmarc.unread.example/CNAME": "servfail" },
);
const dns = zones.lookup;
/** A file (or live state) delegating DMARC to `label`._dmarc.provider.example: the `cname:` entry is on line 4. */
const delegating = (label: string, head = HEAD) => `${head}cname:\n  - { name: _dmarc, target: ${label}._dmarc.provider.example. }\n`;
const ALIASED = "domain: aliased.example\nmail: {provider: ovh, offer: mx-plan}\n";
const DOWN_ALIASED = "domain: downalias.example\nmail: {provider: ovh, offer: mx-plan}\n";

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
      { name: "TXT → CNAME to a target as strict: no loosening", yaml: delegating("quarantine"), observed: live("v=DMARC1; p=quarantine"), dns },
      { name: "TXT → CNAME to a stricter target, from quarantine", yaml: delegating("reject"), observed: live("v=DMARC1; p=quarantine"), dns },
      { name: "the same alias live and in the file: nothing changes", yaml: delegating("down"), observed: observed(delegating("down")), dns },
      { name: "live alias (declared) to quarantine → p=reject: a step, not a skip", yaml: file("v=DMARC1; p=reject"), observed: observed(delegating("quarantine")), dns },
      { name: "live alias (read over DNS) to quarantine → p=reject: a step, not a skip", yaml: `${ALIASED}dmarc: "v=DMARC1; p=reject"\n`, observed: observed(ALIASED), dns },
      // The observed model `plan` builds holds no `cname:` entry for a live `_dmarc` CNAME: the alias is asked.
      { name: "live alias (read over DNS) → the same alias in the file: nothing changes", yaml: delegating("quarantine", ALIASED), observed: observed(ALIASED), dns },
      { name: "live alias (read over DNS) whose target fails → the same alias in the file: nothing changes, nothing unread", yaml: delegating("down", DOWN_ALIASED), observed: observed(DOWN_ALIASED), dns },
      { name: "live alias (read over DNS) to quarantine → a record of its own as strict", yaml: `${ALIASED}dmarc: "v=DMARC1; p=quarantine"\n`, observed: observed(ALIASED), dns },
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
      {
        name: "TXT → CNAME to a looser target: a loosening naming the target's policy",
        yaml: delegating("none"),
        observed: live("v=DMARC1; p=quarantine"),
        dns,
        errors: [{ messageId: "loosening", level: "warn", line: 4, column: 5, data: { before: "p=quarantine", after: "p=none (delegated to none._dmarc.provider.example)" } }],
      },
      {
        name: "TXT → CNAME to a target with no DMARC record: receivers get none",
        yaml: delegating("empty"),
        observed: live("v=DMARC1; p=quarantine"),
        dns,
        errors: [{ messageId: "loosening", level: "warn", line: 4, column: 5, data: { after: "no DMARC record (delegated to empty._dmarc.provider.example)" } }],
      },
      {
        name: "p=none → CNAME to a p=reject target: a skip",
        yaml: delegating("reject"),
        observed: live("v=DMARC1; p=none"),
        dns,
        errors: [{ messageId: "skip", level: "error", line: 4, column: 5, data: { before: "p=none", after: "p=reject (delegated to reject._dmarc.provider.example)" } }],
      },
      {
        name: "TXT → CNAME whose target cannot be read: could not be checked, never no record",
        yaml: delegating("down"),
        observed: live("v=DMARC1; p=quarantine"),
        dns,
        errors: [{ messageId: "unreadAfter", level: "warn", line: 4, column: 5, data: { target: "down._dmarc.provider.example", reason: "the lookup failed: servfail", before: "p=quarantine" } }],
      },
      {
        name: "TXT → CNAME without live DNS: could not be checked",
        yaml: delegating("quarantine"),
        observed: live("v=DMARC1; p=quarantine"),
        errors: [{ messageId: "unreadAfter", level: "warn", line: 4, column: 5, data: { reason: "no live DNS" } }],
      },
      {
        name: "live alias to a looser target → p=reject: still a skip",
        yaml: file("v=DMARC1; p=reject"),
        observed: observed(delegating("none")),
        dns,
        errors: [{ messageId: "skip", level: "error", line: 3, column: 21, data: { before: "p=none (delegated to none._dmarc.provider.example)", after: "p=reject" } }],
      },
      {
        name: "no live record and the live alias cannot be read → p=reject: could not be checked",
        yaml: `domain: unread.example\nmail: {provider: ovh, offer: mx-plan}\ndmarc: "v=DMARC1; p=reject"\n`,
        observed: observed("domain: unread.example\nmail: {provider: ovh, offer: mx-plan}\n"),
        dns,
        errors: [{ messageId: "unreadBefore", level: "warn", line: 3, column: 21, data: { target: "_dmarc.unread.example", reason: "the lookup failed: servfail", after: "p=reject" } }],
      },
      {
        name: "live alias (read over DNS) to quarantine → a record of its own at p=none: a loosening",
        yaml: `${ALIASED}dmarc: "v=DMARC1; p=none"\n`,
        observed: observed(ALIASED),
        dns,
        errors: [{ messageId: "loosening", level: "warn", line: 3, column: 21, data: { before: "p=quarantine (delegated to quarantine._dmarc.provider.example)", after: "p=none" } }],
      },
      {
        name: "live alias (read over DNS) to quarantine → an alias to a p=none target: a loosening naming both",
        yaml: delegating("none", ALIASED),
        observed: observed(ALIASED),
        dns,
        errors: [
          {
            messageId: "loosening",
            level: "warn",
            line: 4,
            column: 5,
            data: { before: "p=quarantine (delegated to quarantine._dmarc.provider.example)", after: "p=none (delegated to none._dmarc.provider.example)" },
          },
        ],
      },
    ] satisfies InvalidCase[]
  ).map(named),
});
