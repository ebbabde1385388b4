// The contract between rules, the engine and formatters. Rules report findings at a place in the
// domain file; they never know their level (the policy pack decides it).
import type { EvidenceView } from "../model/evidence.js";
import type { LiveLookup } from "../dns/lookup.js";
import type { Anchor, DnsProvider, DomainModel, RecordText } from "../model/types.js";
import type { Observable } from "./observes.js";

// Rules, the engine and formatters also speak of lookups and anchors, which live below the engine.
export { settledLookup, type FailedLookup, type LiveLookup, type LookupResult } from "../dns/lookup.js";
export type { Anchor } from "../model/types.js";

export type Level = "error" | "warn" | "info";
export type LevelSetting = Level | "off";

export type RuleArea =
  | "spf"
  | "dmarc"
  | "dkim"
  | "mx"
  | "srv"
  | "client"
  | "ttl"
  | "txt"
  | "ovh"
  | "mta-sts"
  | "dns"
  | "lint";

/**
 * What a rule needs to run: the file alone, live DNS, or live state side by side with the file.
 * "file" rules are reported by the loader or the engine itself (syntax, schema, suppressions): their
 * module carries the metadata and docs, and has no check of its own.
 */
export type RuleKind = "static" | "live" | "transition" | "file";

/**
 * A message template. `{{name}}` placeholders are filled from the report's data.
 * `tier` lets one rule speak at two strengths without knowing either: "lower" is one level below the
 * level the pack gives the rule (error → warn → info), "info" is always info. Used where one rule has
 * two severities (e.g. spf-permissive-all: `+all` error, `?all` warning).
 */
export interface MessageSpec {
  text: string;
  tier?: "lower" | "info";
}

/**
 * What makes a requirement absolute: an RFC 2119 keyword (older DNS RFCs, written before or without RFC
 * 2119, state theirs in lower case: RFC 2181 §10.3's "must not be an alias" counts as MUST NOT); or
 * "permerror", a result RFC 7208 prescribes for every receiver (a record with a syntax error anywhere is
 * a permerror, §4.6: it authorises nothing and "definitely requires manual intervention", §2.6.7);
 * "discarded", DMARC's counterpart that RFC 7489 §6.6.3 prescribes for every receiver (a record that does
 * not start with v=DMARC1 is discarded, and with several records left no DMARC policy applies at all); or
 * "wire-format", a limit of the DNS encoding itself (a 64-octet label, a 70000 priority cannot be sent).
 */
export type RequirementKeyword = "MUST" | "MUST NOT" | "REQUIRED" | "SHALL" | "SHALL NOT" | "permerror" | "discarded" | "wire-format";

/**
 * An absolute requirement of an RFC that a rule enforces: a finding of the rule at its own level (a
 * message without a tier) is a breach of it. The `rfc` pack keeps a rule at error only when the rule
 * enforces such a requirement for every message it reports at that level (test/rules/packs.test.ts
 * proves it from this metadata).
 */
export interface RfcRequirement {
  /** Where it is written, as in `references`: "RFC7208 §4.6.4". */
  section: string;
  keyword: RequirementKeyword;
  /** The requirement in a few words. */
  text: string;
  /** The message ids (reported at the rule's level) that report a breach of it; all of them when absent. */
  messages?: readonly string[];
}

/** Where a rule applies at all, whatever the pack says. */
export interface RuleScope {
  /**
   * Only to zones whose records are applied through this DNS provider's API (its limits, not the RFCs'):
   * the engine skips the rule for any other zone, and for live domains read by `audit`, which are applied
   * by nobody.
   */
  dnsProvider?: DnsProvider;
}

export interface RuleMeta {
  id: string;
  area: RuleArea;
  /** One sentence: what the rule checks. */
  description: string;
  /** Sources: RFC sections ("RFC7208 §5.1") and the project's citation keys for OVH's guides ("OVH-SPF"). */
  references: readonly string[];
  defaultLevel: Level;
  /** True when the rule only applies to domains whose mail is hosted by OVH (packs may turn these off with `ovhRules: false`). */
  ovhOnly?: boolean;
  /** The absolute RFC requirements the rule enforces (none for advice and provider limits). */
  enforces?: readonly RfcRequirement[];
  scope?: RuleScope;
  /**
   * The live record families the rule is about (src/engine/observes.ts): without them observed it has
   * nothing to check, or would misjudge a record nobody looked at. On live state (`audit`, `plan`'s live
   * lookups) the rule runs only when all were observed, and a pack that names the rule makes the observer
   * ask them. Every rule with a check declares it ([] when it reads no live state of its own).
   */
  observes?: readonly Observable[];
  /** Families the rule also reads when they were observed: without them it reports less, never wrongly. */
  alsoObserves?: readonly Observable[];
  kind: RuleKind;
  /** JSON Schema (type: object) of the rule's options; every property has a description and a default. */
  options: OptionsSchema;
  messages: Readonly<Record<string, MessageSpec>>;
  /** What to write instead: a short fix, shown with findings (may use placeholders). */
  fix?: string;
}

export interface OptionsSchema {
  type: "object";
  properties: Readonly<Record<string, { description: string; default: unknown; [k: string]: unknown }>>;
  additionalProperties: false;
  [k: string]: unknown;
}

export interface Report {
  messageId: string;
  data?: Readonly<Record<string, string | number>>;
  at: Anchor;
}

export interface RuleContext<O = Record<string, unknown>> {
  domain: DomainModel;
  /** The rule's options with the pack's values merged over the schema's defaults. */
  options: O;
  /** Today's date (YYYY-MM-DD, UTC), injectable so date rules are testable. */
  today: string;
  /** Live state of the same domain (transition rules: "before"); null when not observed. */
  observed: DomainModel | null;
  /** Live DNS for live rules; null for static runs. */
  dns: LiveLookup | null;
  /**
   * What DMARC aggregate reports say about the domain (the evidence file that applies to its domain file,
   * loaded by the CLI or the Action, never the report store); null when no evidence file applies.
   */
  evidence: EvidenceView | null;
  /**
   * The evidence file that applies to the domain file but could not be used (unreadable, not JSON, not what
   * `maildns reports evidence` writes), as reports show its path: `evidence` is then null, and that file
   * has its own finding. Absent when none is broken.
   */
  unusableEvidence?: string;
  report(report: Report): void;
  /** An anchor for characters [start, end) of a record's text, following structured-form segments. */
  textAnchor(text: RecordText, start: number, end: number): Anchor;
}

/**
 * An evidence file that applies to a domain file but cannot be used: unreadable (a FIFO, no permission, too
 * large), not JSON, or not what `maildns reports evidence` writes. It is a finding on that file, at the place
 * that is wrong; the domains beside it are checked as if no evidence applied, never as if it backed them.
 */
export interface EvidenceProblem {
  /** The evidence file, as reports show paths. */
  file: string;
  kind: "unreadable" | "syntax" | "shape";
  /** What is wrong, without the file or the position. */
  detail: string;
  line: number;
  column: number;
}

/** The evidence that applies to a domain (by its name, and its file when it has one). */
export interface EvidenceLookup {
  (domain: string, file: string | null): EvidenceView | null;
  /**
   * Why the evidence file that applies to this domain file cannot be used (the lookup then gives null for
   * its domains); null when it can, or when none applies. Each file is read once.
   */
  problem?: (file: string | null) => EvidenceProblem | null;
}

export interface Rule<O = any> {
  meta: RuleMeta;
  check?(context: RuleContext<O>): void | Promise<void>;
}

export interface Finding {
  ruleId: string;
  level: Level;
  message: string;
  domain: string;
  file: string | null;
  /** DNS owner name the finding is about. */
  name: string | null;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  messageId: string;
  data: Readonly<Record<string, string | number>>;
  /**
   * How many times the rule reported this message about this one value (> 1 only): one finding stands for
   * them all, so a value with a thousand bad characters is one finding, not a thousand.
   */
  count?: number;
  /**
   * The data of the reports folded into `count` (past the first PER_VALUE), kept only for the messages the
   * run asked for (EngineOptions.keepFolded): `plan` and `audit` read which lookups they name, so a report of
   * the checks not made counts every one. Never shown.
   */
  folded?: readonly Readonly<Record<string, string | number>>[];
  /**
   * On a finding that says a check was not made because a lookup failed: the other rules whose checks
   * needed the same lookup, sorted. Their own reports of it were merged into this one (one line per failed
   * lookup, src/engine/failed-lookups.ts); `plan` and `audit` name them all as not checked.
   */
  alsoNeededBy?: readonly string[];
  /**
   * On a finding a domain file's `lint:` entry silenced (FileResult.suppressed, never among a run's
   * findings): that entry's reason and expiry, and the line it is written on, so a report can show a
   * reviewer what a pull request silenced and why.
   */
  suppression?: SuppressedBy;
}

/** The `lint:` entry that silenced a finding. */
export interface SuppressedBy {
  reason: string;
  /** YYYY-MM-DD after which it no longer applies; null: no expiry. */
  until: string | null;
  /** The entry's line in the domain file (its `- rule:` item). */
  line: number;
}

export function defineRule<O = Record<string, never>>(rule: Rule<O>): Rule<O> {
  return rule;
}
