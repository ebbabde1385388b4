import rule from "../../src/rules/dmarc-ramp-evidence.js";
import yaml from "js-yaml";
import { buildDomainModel } from "../../src/config/domain.js";
import type { EvidenceView, FailingSource } from "../../src/model/evidence.js";
import type { DomainModel } from "../../src/model/types.js";
import { zoneServer } from "../helpers/audit-dns.js";
import { ruleTester, type Case, type InvalidCase } from "../helpers/rule-tester.js";

function observed(text: string): DomainModel {
  const built = buildDomainModel(null, yaml.load(text, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>);
  if (!("model" in built)) throw new Error(`bad observed domain: ${built.invalidDomain}`);
  return built.model;
}

const HEAD = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";
// The record is on line 3 inside double quotes: offset n of the record is column 9 + n; "p=" ends at 12.
const file = (dmarc: string) => `${HEAD}dmarc: "${dmarc}"\n`;
const live = (dmarc: string | null) => observed(`${HEAD}${dmarc === null ? "" : `dmarc: "${dmarc}"\n`}`);
const named = <T extends { name: string; yaml: string }>(c: T): T => ({ ...c, yaml: `${c.yaml}# ${c.name}\n` });

// A DMARC provider's records behind `_dmarc` CNAMEs, and live domains whose `_dmarc` is such an alias.
const SOA = "$TTL 3600\n@ SOA ns1 host 1 7200 3600 1209600 3600\n@ NS ns1\n";
const zones = zoneServer(
  {
    "provider.example": `${SOA}quarantine._dmarc TXT "v=DMARC1; p=quarantine"\nnone._dmarc TXT "v=DMARC1; p=none"\n`,
    "aliased.example": `${SOA}_dmarc CNAME quarantine._dmarc.provider.example.\n`,
  },
  { "down._dmarc.provider.example/TXT": "servfail" },
);
const dns = zones.lookup;
/** The live state delegating DMARC to `label`._dmarc.provider.example (as plan observes it when the file declares the alias). */
const liveAlias = (label: string) => observed(`${HEAD}cname:\n  - { name: _dmarc, target: ${label}._dmarc.provider.example. }\n`);
const ALIASED = "domain: aliased.example\nmail: {provider: ovh, offer: mx-plan}\n";

const QUARANTINE = "v=DMARC1; p=quarantine; rua=mailto:d@example.com";
const REJECT = "v=DMARC1; p=reject; rua=mailto:d@example.com";

function crm(share: number, messages: number): FailingSource {
  const failing = Math.round(share * messages);
  return { ip: "203.0.113.5", name: "mail.crm.example", messages: failing, failing, share, spf: "fail", dkim: "fail", spfDomains: ["crm.example"], dkimDomains: [], spfTerm: null, reporters: ["google.com"] };
}

/** Evidence for example.com: `days` days, `messages` messages of which `passing` pass, and the failing sources. */
function evidence(days: number, messages: number, passing: number, failingSources: FailingSource[] = []): EvidenceView {
  return {
    file: "stacks/prod/dmarc-evidence.json",
    window: { from: "2026-10-24", to: "2026-11-22", days: 30 },
    minSourceShare: 0.001,
    domain: { domain: "example.com", from: "2026-11-09", to: "2026-11-22", days, messages, passing, dkimAligned: passing, spfAligned: passing, failingSources, selectors: [] },
  };
}

const solid = evidence(14, 20_000, 19_900);

ruleTester(rule, {
  valid: (
    [
      { name: "99.5% passing over 14 days backs quarantine → reject", yaml: file(REJECT), observed: live(QUARANTINE), evidence: solid },
      { name: "99.5% passing over 14 days backs none → quarantine", yaml: file(QUARANTINE), observed: live("v=DMARC1; p=none; rua=mailto:d@example.com"), evidence: solid },
      { name: "a failing source at 0.5% stays under the 1% bar", yaml: file(REJECT), observed: live(QUARANTINE), evidence: evidence(20, 20_000, 19_900, [crm(0.005, 20_000)]) },
      { name: "no change and nothing to say without evidence", yaml: file(QUARANTINE), observed: live(QUARANTINE) },
      { name: "no change and evidence too thin for the next stage", yaml: file(QUARANTINE), observed: live(QUARANTINE), evidence: evidence(3, 500, 490) },
      { name: "a loosening is not a tightening", yaml: file(QUARANTINE), observed: live(REJECT), evidence: evidence(3, 100, 60) },
      { name: "a domain that sends nothing is not measured", yaml: file(REJECT).replace("mail: {provider: ovh, offer: mx-plan}", "mail: {provider: none}"), observed: live(null) },
      { name: "full enforcement has no next stage", yaml: file(REJECT), observed: live(REJECT), evidence: solid },
      {
        name: "lint: an old move is not judged again",
        yaml: `${HEAD}dmarc:\n  record: "${REJECT}"\n  since: 2026-09-01\n  history:\n    - { p: quarantine, since: 2026-08-01 }\n`,
        evidence: evidence(3, 100, 60),
      },
      { name: "lint: a record without history has no move to judge", yaml: `${HEAD}dmarc:\n  record: "${REJECT}"\n  since: 2026-11-20\n`, evidence: evidence(3, 100, 60) },
      { name: "live alias (declared) to quarantine → the same policy in a TXT: no tightening to back", yaml: file(QUARANTINE), observed: liveAlias("quarantine"), dns },
      { name: "live alias (read over DNS) to quarantine → the same policy in a TXT: no tightening to back", yaml: `${ALIASED}dmarc: "${QUARANTINE}"\n`, observed: observed(ALIASED), dns },
      { name: "lower thresholds by option", yaml: file(REJECT), observed: live(QUARANTINE), evidence: evidence(7, 1000, 960), options: { minDays: 7, minPassingShare: 0.95 } },
    ] satisfies Case[]
  ).map(named),
  invalid: (
    [
      {
        name: "60% passing refuses quarantine → reject",
        yaml: file(REJECT),
        observed: live(QUARANTINE),
        evidence: evidence(20, 10_000, 6_000),
        errors: [{ messageId: "notBacked", level: "error", line: 3, column: 21, endColumn: 27, data: { change: "p=quarantine → p=reject", reasons: "20 days of reports; 60.0% passing; no single source above the bar: many small senders fail; see `maildns reports summary`" } }],
      },
      {
        name: "99.5% passing over 3 days is too short",
        yaml: file(REJECT),
        observed: live(QUARANTINE),
        evidence: evidence(3, 2_000, 1_990),
        errors: [{ messageId: "notBacked", level: "error", line: 3, column: 21, data: { reasons: "3 days of reports; 99.5% passing", minDays: 14 } }],
      },
      {
        name: "a failing source at 2% is named with the fix",
        yaml: file(REJECT),
        observed: live(QUARANTINE),
        evidence: evidence(21, 10_000, 9_800, [crm(0.02, 10_000)]),
        errors: [
          {
            messageId: "notBacked",
            level: "error",
            line: 3,
            column: 21,
            data: { reasons: "21 days of reports; 98.0% passing; 203.0.113.5 (mail.crm.example, 2.0%) fails SPF and DKIM: authorise it in SPF or sign its mail with DKIM aligned with example.com" },
          },
        ],
      },
      {
        name: "the issue's example: 9 days, 92.4%, a CRM at 6.1%",
        yaml: file(REJECT),
        observed: live(QUARANTINE),
        evidence: evidence(9, 10_000, 9_240, [crm(0.061, 10_000)]),
        errors: [{ messageId: "notBacked", level: "error", line: 3, column: 21, data: { reasons: "9 days of reports; 92.4% passing; 203.0.113.5 (mail.crm.example, 6.1%) fails SPF and DKIM: authorise it in SPF or sign its mail with DKIM aligned with example.com" } }],
      },
      {
        name: "no evidence file: a warning",
        yaml: file(REJECT),
        observed: live(QUARANTINE),
        errors: [{ messageId: "noEvidence", level: "warn", line: 3, column: 21, data: { change: "p=quarantine → p=reject" } }],
      },
      {
        name: "an evidence file without this domain's reports",
        yaml: file(REJECT),
        observed: live(QUARANTINE),
        evidence: { ...solid, domain: null },
        errors: [{ messageId: "notBacked", level: "error", line: 3, column: 21, data: { reasons: "no reports for example.com in stacks/prod/dmarc-evidence.json (2026-10-24 → 2026-11-22); check that rua= reaches the mailbox you ingest" } }],
      },
      {
        name: "pct up is a tightening",
        yaml: file("v=DMARC1; p=quarantine; pct=50"),
        observed: live("v=DMARC1; p=quarantine; pct=10"),
        evidence: evidence(5, 100, 100),
        errors: [{ messageId: "notBacked", level: "error", line: 3, column: 21, data: { change: "pct=10 → pct=50" } }],
      },
      {
        name: "removing t=y is a tightening",
        yaml: file("v=DMARC1; p=reject"),
        observed: live("v=DMARC1; p=reject; t=y"),
        evidence: evidence(5, 100, 100),
        errors: [{ messageId: "notBacked", level: "error", line: 3, column: 21, data: { change: "p=reject; t=y → p=reject" } }],
      },
      {
        name: "sp and np tightened",
        yaml: file("v=DMARC1; p=reject; sp=reject; np=reject"),
        observed: live("v=DMARC1; p=reject; sp=none; np=none"),
        evidence: evidence(5, 100, 100),
        errors: [{ messageId: "notBacked", level: "error", line: 3, column: 21, data: { change: "sp tightened, np tightened" } }],
      },
      {
        name: "the reports back the next stage",
        yaml: file(QUARANTINE),
        observed: live(QUARANTINE),
        evidence: solid,
        errors: [{ messageId: "ready", level: "info", line: 3, column: 21, data: { next: "p=reject", figures: "14 days of reports; 99.5% passing" } }],
      },
      {
        name: "lint: a recent move from history is judged",
        yaml: `${HEAD}dmarc:\n  record: "${REJECT}"\n  since: 2026-11-23\n  history:\n    - { p: quarantine, since: 2026-10-01 }\n`,
        evidence: evidence(3, 2_000, 1_990),
        errors: [{ messageId: "notBacked", level: "error", line: 4, column: 24, data: { change: "p=quarantine → p=reject", reasons: "3 days of reports; 99.5% passing" } }],
      },
      {
        name: "lint: a recent move without evidence",
        yaml: `${HEAD}dmarc:\n  record: "${REJECT}"\n  since: 2026-11-20\n  history:\n    - { p: none, since: 2026-09-01 }\n`,
        errors: [{ messageId: "noEvidence", level: "warn", line: 4, column: 24, data: { change: "p=none → p=reject" } }],
      },
      {
        name: "live alias to a p=none target → p=quarantine in a TXT: a tightening from the target's policy",
        yaml: file(QUARANTINE),
        observed: liveAlias("none"),
        dns,
        errors: [{ messageId: "noEvidence", level: "warn", line: 3, column: 21, data: { change: "p=none (delegated to none._dmarc.provider.example) → p=quarantine" } }],
      },
      {
        name: "live alias whose target cannot be read: could not be checked, never a tightening from no record",
        yaml: file(QUARANTINE),
        observed: liveAlias("down"),
        dns,
        errors: [{ messageId: "unreadBefore", level: "warn", line: 3, column: 21, data: { target: "down._dmarc.provider.example", reason: "servfail", after: "p=quarantine" } }],
      },
    ] satisfies InvalidCase[]
  ).map(named),
});
