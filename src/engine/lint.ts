// The rules engine: one domain file in, findings out. Pure but for the optional live lookups; the CLI,
// the Action and the Pulumi program all come through here.
import { buildDomainModel, droppedByIdna } from "../config/domain.js";
import { droppedInNames, refusedInHosts } from "../config/dropped-names.js";
import type { Policy, RuleSetting } from "./policy.js";
import { checkDomainSchema } from "../config/schema.js";
import { locate, MAX_FILE_BYTES, parseSource, type LoadProblem, type Position, type SourceFile } from "../config/source.js";
import type { DomainModel } from "../model/types.js";
import { ownerNameFor, textAnchor } from "./anchor.js";
import { canRunOn, type Observable } from "./observes.js";
import { internalErrorRule } from "./internal-error.js";
import { UNREADABLE, unreadableRule, type FileProblem } from "./unreadable.js";
import { ALWAYS_ERRORS } from "./always-errors.js";
import { codePointName, errorText, HOLDS_TERMINAL_ACTING, MAX_SHOWN, oneLine, truncateText } from "../model/show.js";
import { fillTemplate, levelFor } from "./messages.js";
import { oneReportPerLookup, type FailedLookupOf } from "./failed-lookups.js";
import type { Anchor, EvidenceLookup, EvidenceProblem, Finding, LiveLookup, Report, Rule } from "./types.js";

export interface EngineOptions {
  rules: readonly Rule[];
  policy: Policy;
  /** YYYY-MM-DD (UTC). */
  today: string;
  dns?: LiveLookup | null;
  /** Live state per domain, for transition rules. */
  observed?: ReadonlyMap<string, DomainModel> | null;
  /** DMARC evidence per domain (dmarc-evidence.json), for the rules that read it. */
  evidence?: EvidenceLookup | null;
  /**
   * The record families observed (src/engine/observes.ts): rules that need another are not run. Null (lint,
   * and plan, whose files hold their own records) runs every rule.
   */
  observable?: ReadonlySet<Observable> | null;
  /**
   * Messages whose reports past the cap (PER_VALUE) keep their data on the finding that counts them
   * (Finding.folded): `plan` and `audit` name the lookups a check needed that failed, and count every one.
   */
  keepFolded?: ((ruleId: string, messageId: string) => boolean) | null;
  /**
   * Which failed lookup a finding says its check needed (`plan` and `audit`): the reports of one lookup by
   * several rules become one finding (src/engine/failed-lookups.ts). Null: every report is kept.
   */
  failedLookup?: FailedLookupOf | null;
}

export interface FileResult {
  findings: Finding[];
  domain: DomainModel | null;
  /**
   * The rules' findings the file's `lint:` suppressions silenced. A suppression silences a verdict the
   * user has judged; a finding that says a check could not be made (its lookup failed) is still read from
   * here by `plan`, so the failed lookup is named and fails the run.
   */
  suppressed?: Finding[];
}

const NO_POSITION: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

function ruleIndex(rules: readonly Rule[]): Map<string, Rule> {
  let index = indexCache.get(rules);
  if (!index) indexCache.set(rules, (index = new Map(rules.map((r) => [r.meta.id, r]))));
  return index;
}
const indexCache = new WeakMap<readonly Rule[], Map<string, Rule>>();

function makeFinding(
  rule: Rule | undefined,
  ruleId: string,
  messageId: string,
  data: Readonly<Record<string, string | number>>,
  setting: RuleSetting | undefined,
  where: { domain: string; file: string | null; name: string | null; position: Position },
): Finding | null {
  const spec = rule?.meta.messages[messageId];
  const level = levelFor(setting?.level ?? rule?.meta.defaultLevel ?? "error", spec);
  if (level === "off") return null;
  // Fields written out rather than spread: a spread into a literal is a slow path in V8, and every
  // finding of a large run comes through here.
  const position = where.position;
  return {
    ruleId,
    level,
    message: findingMessage(rule, messageId, data),
    domain: where.domain,
    file: where.file,
    name: where.name,
    line: position.line,
    column: position.column,
    endLine: position.endLine,
    endColumn: position.endColumn,
    messageId,
    data,
  };
}

/** A finding's message as the engine first writes it: the rule's template filled with the data as shown. */
export function findingMessage(rule: Rule | undefined, messageId: string, data: Readonly<Record<string, string | number>>): string {
  return fillTemplate(rule?.meta.messages[messageId]?.text ?? messageId, shownData(data));
}

/** Findings kept per rule, message and value before the rest are folded into a count. */
export const PER_VALUE = 10;

/**
 * The data as a message quotes it: a value longer than MAX_SHOWN characters is cut (a 14 KB record
 * quoted by each of its findings made 28 MB of output) and line terminators are shown as U+XXXX so a
 * finding stays on its line. So are the C1 controls and the format characters (oneLine): a bidirectional
 * override in a quoted SPF term would show the term's characters in another order, and a zero-width space
 * would show nothing (CVE-2021-42574). Done here, once, the message says the same in every format: the
 * text reports showed U+202E while JSON and SARIF, which only escape it in their text, carried it raw to
 * whatever reads them (code scanning's annotation on a pull request, `jq -r` in a terminal). The finding's
 * own data keeps the values whole.
 */
function shownData(data: Readonly<Record<string, string | number>>): Readonly<Record<string, string | number>> {
  let shown: Record<string, string | number> | null = null;
  for (const key in data) {
    const value = data[key];
    if (typeof value !== "string" || (value.length <= MAX_SHOWN && !HOLDS_TERMINAL_ACTING.test(value))) continue;
    shown ??= { ...data };
    shown[key] = truncateText(oneLine(value));
  }
  return shown ?? data;
}

/** A finding the engine reports about a whole file (its level from the pack), at the file's first line. */
export function fileFinding(
  options: Pick<EngineOptions, "rules">,
  ruleId: string,
  messageId: string,
  data: Readonly<Record<string, string | number>>,
  setting: RuleSetting | undefined,
  where: { domain: string; file: string; name: string | null; position?: Position },
): Finding | null {
  return makeFinding(ruleIndex(options.rules).get(ruleId), ruleId, messageId, data, setting, { ...where, position: where.position ?? NO_POSITION });
}

/** file-too-large for a file refused unread (`size` octets, over MAX_FILE_BYTES), at the pack's level. */
export function tooLargeFinding(options: Pick<EngineOptions, "rules" | "policy">, file: string, size: number): Finding | null {
  const data = { size, max: MAX_FILE_BYTES };
  return fileFinding(options, "file-too-large", "tooLarge", data, options.policy.settingsFor("").get("file-too-large"), { domain: "", file, name: null });
}

/**
 * file-unreadable for a domain file (or a folder of them) that could not be read, always at error whatever
 * the pack says (src/engine/unreadable.ts says why): it stops the Pulumi program and `adopt`, and `lint` and
 * `plan` exit 1 on it, never 0.
 */
export function unreadableFinding(file: string, problem: FileProblem): Finding {
  return makeFinding(unreadableRule, UNREADABLE, problem.messageId, problem.data, { level: "error", options: {} }, { domain: "", file, name: null, position: NO_POSITION })!;
}

/** The rule each kind of evidence file problem is, as for a domain file: unreadable, not JSON, not the shape written. */
const EVIDENCE_RULES = { unreadable: [UNREADABLE, "evidenceUnreadable"], syntax: ["file-syntax", "evidenceSyntax"], shape: ["file-schema", "evidenceShape"] } as const;

/**
 * The finding on a DMARC evidence file that applies but cannot be used, at the place that is wrong. Always an
 * error, whatever the pack says, as these rules are for a domain file: it fails `lint` and `plan`, so a
 * DMARC tightening that needed the evidence never passes on a broken file (its domains are checked as if
 * they had none), while the other files and folders are checked and reported as usual.
 */
export function evidenceFinding(options: Pick<EngineOptions, "rules">, problem: EvidenceProblem): Finding {
  const [ruleId, messageId] = EVIDENCE_RULES[problem.kind];
  const rule = ruleId === UNREADABLE ? unreadableRule : ruleIndex(options.rules).get(ruleId);
  const position = { line: problem.line, column: problem.column, endLine: problem.line, endColumn: problem.column };
  return makeFinding(rule, ruleId, messageId, { detail: problem.detail }, { level: "error", options: {} }, { domain: "", file: problem.file, name: null, position })!;
}

/** The findings on the broken evidence files that apply to these domain files, each file once, in report order. */
export function evidenceFindings(options: Pick<EngineOptions, "rules" | "evidence">, files: Iterable<string>): Finding[] {
  const problem = options.evidence?.problem;
  if (!problem) return [];
  const found = new Map<string, Finding>();
  for (const file of files) {
    const p = problem(file);
    if (p && !found.has(p.file)) found.set(p.file, evidenceFinding(options, p));
  }
  return [...found.values()];
}

/** Turns loader/schema problems of one file into findings. */
function problemFindings(problems: readonly LoadProblem[], source: SourceFile, options: EngineOptions, domain: string, settings: Map<string, RuleSetting>): Finding[] {
  const index = ruleIndex(options.rules);
  const findings: Finding[] = [];
  for (const p of problems) {
    const f = makeFinding(index.get(p.ruleId), p.ruleId, p.messageId, p.data, settings.get(p.ruleId), { domain, file: source.file, name: null, position: p.position });
    if (f) findings.push(f);
  }
  return findings;
}

export interface LoadedFile {
  source: SourceFile;
  /** What the loader and the schema found, as findings-to-be. */
  problems: LoadProblem[];
  /** The domain as far as it can be told (for findings of a file that did not load). */
  domainName: string;
  /** The model, or null when the file does not load into one. */
  model: DomainModel | null;
}

/** Loads one file given as bytes: syntax, schema, model. Pure; `lintFile` and `plan` share it. */
export function loadDomainFile(file: string, bytes: Uint8Array): LoadedFile {
  const source = parseSource(file, bytes);
  const value = source.value as Record<string, unknown> | undefined;
  const domainName = value && typeof value === "object" && typeof value.domain === "string" ? value.domain : "";
  const problems = [...source.problems];
  const unreadable = problems.some((p) => p.ruleId === "file-syntax" || p.ruleId === "file-binary" || p.ruleId === "file-duplicate-key");
  if (!unreadable) {
    if (value === undefined || value === null || typeof value !== "object" || Array.isArray(value)) {
      problems.push({ ruleId: "file-schema", messageId: "notMapping", data: {}, position: locate(source, []) });
    } else {
      for (const s of checkDomainSchema(value)) {
        problems.push({ ruleId: "file-schema", messageId: s.messageId, data: s.data, position: locate(source, s.path, undefined, s.atKey), path: s.path });
      }
    }
  }
  const blocking = problems.some((p) => p.ruleId === "file-schema" || p.ruleId === "file-syntax" || p.ruleId === "file-binary" || p.ruleId === "file-duplicate-key" || p.ruleId === "file-too-large");
  if (value === undefined || blocking) return { source, problems, domainName, model: null };
  const built = buildDomainModel(file, value);
  if ("invalidDomain" in built) {
    problems.push({ ruleId: "file-schema", messageId: "badDomain", data: { domain: built.invalidDomain }, position: locate(source, ["domain"]) });
    return { source, problems, domainName, model: null };
  }
  // A character the A-label conversion drops would have another domain checked than the one written (the
  // model's, named): refused at the character itself (config/domain.ts droppedByIdna). A name that converts to
  // no usable domain at all (U+FEFF, which the conversion drops but the name's reading refuses as white space;
  // a label too long) is said to be unusable above, never said to stand for a domain that would be checked.
  const dropped = typeof value.domain === "string" ? droppedByIdna(value.domain) : null;
  if (dropped) {
    const range = [dropped.index, dropped.index + dropped.char.length] as const;
    problems.push({ ruleId: "file-schema", messageId: "droppedCharacter", data: { where: "the domain name", code: codePointName(dropped.char), instead: built.model.domain }, position: locate(source, ["domain"], range) });
    return { source, problems, domainName, model: null };
  }
  // The same for every other name the file writes (MX hosts, targets, selectors, report addresses…): the
  // record would otherwise be checked as another name and written to the provider with the invisible
  // character in it (config/dropped-names.ts).
  const droppedNames = droppedInNames(value);
  for (const d of droppedNames) {
    const range = [d.index, d.index + d.char.length] as const;
    problems.push({ ruleId: "file-schema", messageId: "droppedCharacter", data: { where: d.path.join("."), code: codePointName(d.char), instead: d.instead }, position: locate(source, d.path, range), path: d.path });
  }
  // A character IDNA refuses in a client host or `mail.server`, which no record rule reads as a host name.
  const refused = refusedInHosts(value);
  for (const d of refused) {
    const range = [d.index, d.index + d.char.length] as const;
    problems.push({ ruleId: "file-schema", messageId: "refusedCharacter", data: { where: d.path.join("."), code: codePointName(d.char) }, position: locate(source, d.path, range), path: d.path });
  }
  if (droppedNames.length > 0 || refused.length > 0) return { source, problems, domainName, model: null };
  return { source, problems, domainName: built.model.domain, model: built.model };
}

/** Lints one file given as bytes. */
export function lintFile(file: string, bytes: Uint8Array, options: EngineOptions): Promise<FileResult> {
  return lintLoaded(loadDomainFile(file, bytes), options);
}

/**
 * Lints a file already loaded (`plan` reads and parses each file once, for its model and its findings).
 * `late`: rules whose findings the caller only knows later (plan's lint-dns-budget, once the domain asks
 * nothing more): the file's suppressions of them are left to lateSuppressions, neither applied nor reported
 * unused here.
 */
export async function lintLoaded(loaded: LoadedFile, options: EngineOptions, found: readonly Finding[] = [], late: ReadonlySet<string> = NONE_LATE): Promise<FileResult> {
  const { source, problems, domainName, model } = loaded;
  if (!model) return { findings: problemFindings(problems, source, options, domainName, options.policy.settingsFor(domainName)), domain: null };
  const settings = options.policy.settingsFor(model.domain);
  // `found`: what the caller saw of the file itself (plan: its domain does not exist), so the file's
  // suppressions apply to it as to the rules' findings.
  const findings = [...problemFindings(problems, source, options, model.domain, settings), ...found, ...(await collectFindings(model, source, options, settings))];
  const { kept, suppressed } = applySuppressions(model, source, findings, options, settings, (rule) => !late.has(rule));
  // Merged once suppressions are applied: a `lint:` entry silencing one rule leaves the lookup said by another.
  return { findings: oneReportPerLookup(kept, options.failedLookup), domain: model, ...(suppressed.length > 0 ? { suppressed } : {}) };
}

const NONE_LATE: ReadonlySet<string> = new Set();

/**
 * The file's suppressions of the `late` rules (lintLoaded's), applied to their findings once known: the
 * findings kept, those a suppression silenced, and the expired, unused or unknown suppressions of those
 * rules reported, exactly as lintLoaded does for every other rule.
 */
export function lateSuppressions(loaded: LoadedFile, findings: readonly Finding[], options: EngineOptions, late: ReadonlySet<string>): { findings: Finding[]; suppressed: Finding[] } {
  const model = loaded.model;
  if (!model) return { findings: [...findings], suppressed: [] };
  const { kept, suppressed } = applySuppressions(model, loaded.source, [...findings], options, options.policy.settingsFor(model.domain), (rule) => late.has(rule));
  return { findings: kept, suppressed };
}

type ActiveRule = { rule: Rule; setting: RuleSetting };

/**
 * The rules that run under a settings map, given what the run can see (live DNS, live state, the record
 * families observed): computed once per map and situation, since packs give most domains the same map.
 */
const activeCache = new WeakMap<Map<string, RuleSetting>, WeakMap<readonly Rule[], Map<ReadonlySet<Observable> | null, ActiveRule[][]>>>();

function activeRules(rules: readonly Rule[], settings: Map<string, RuleSetting>, live: boolean, transition: boolean, observable: ReadonlySet<Observable> | null): ActiveRule[] {
  let byRules = activeCache.get(settings);
  if (!byRules) activeCache.set(settings, (byRules = new WeakMap()));
  let byObservable = byRules.get(rules);
  if (!byObservable) byRules.set(rules, (byObservable = new Map()));
  let bySituation = byObservable.get(observable);
  if (!bySituation) {
    // A run makes a handful of family sets (one per pack layout): the map stays small.
    if (byObservable.size > 64) byObservable.clear();
    byObservable.set(observable, (bySituation = []));
  }
  const situation = (live ? 1 : 0) + (transition ? 2 : 0);
  let active = bySituation[situation];
  if (!active) {
    active = [];
    for (const rule of rules) {
      const setting = settings.get(rule.meta.id);
      const kind = rule.meta.kind;
      if ((kind === "live" && !live) || (kind === "transition" && !transition)) continue;
      // On live state, a rule whose record families were not observed has nothing sound to judge.
      if (!canRunOn(rule, observable)) continue;
      if (rule.check && setting && setting.level !== "off") active.push({ rule, setting });
    }
    bySituation[situation] = active;
  }
  return active;
}

const LIVE_QUERY_FAMILIES: ReadonlySet<string> = new Set(["mx-hosts", "spf-tree", "spf-type-99", "dmarc-discovery", "dmarc-reports", "srv-hosts"]);
const asksDns = new WeakMap<Rule, boolean>();

/** Whether a rule may wait on DNS (its kind, or a family only live lookups give): only a matter of speed. */
function mayAskDns(rule: Rule): boolean {
  let asks = asksDns.get(rule);
  if (asks === undefined) {
    asks = rule.meta.kind !== "static" || [...(rule.meta.observes ?? []), ...(rule.meta.alsoObserves ?? [])].some((f) => LIVE_QUERY_FAMILIES.has(f));
    asksDns.set(rule, asks);
  }
  return asks;
}

/**
 * Runs the rules on a model (from a file, or built from live DNS when `source` is null). With live DNS or
 * live state, the rules that may wait on DNS start at once, each with a context of its own, and the others
 * run one by one on a shared context while the lookups are in flight; without (lint), all run one by one on
 * one context: 10,000 files times a hundred rules is a million contexts saved. Findings keep the rules'
 * order whatever order the lookups answer in.
 */
export async function runRules(model: DomainModel, source: SourceFile | null, options: EngineOptions, settings = options.policy.settingsFor(model.domain)): Promise<Finding[]> {
  return oneReportPerLookup(await collectFindings(model, source, options, settings), options.failedLookup);
}

/** runRules's findings, every report of a failed lookup kept (lintLoaded merges them after its suppressions). */
async function collectFindings(model: DomainModel, source: SourceFile | null, options: EngineOptions, settings: Map<string, RuleSetting>): Promise<Finding[]> {
  const observed = options.observed?.get(model.domain) ?? null;
  const dns = options.dns ?? null;
  const active = activeRules(options.rules, settings, dns !== null, observed !== null, options.observable ?? null);
  // At most PER_VALUE findings per rule, message and value, each at its own place; the last one kept
  // stands for the rest with their count, so a value with a thousand bad characters is ten findings.
  const keptOf = new Map<string, { kept: number; last: Finding | null; folded?: Readonly<Record<string, string | number>>[] }>();
  const keepFolded = options.keepFolded ?? null;
  const record = (rule: Rule, setting: RuleSetting, found: Finding[], r: Report) => {
    const key = `${rule.meta.id}\u0000${r.messageId}\u0000${r.at.path.join("\u0000")}\u0000${r.at.name ?? ""}`;
    let seen = keptOf.get(key);
    if (!seen) keptOf.set(key, (seen = { kept: 0, last: null }));
    if (seen.kept >= PER_VALUE && seen.last) {
      seen.last.count = (seen.last.count ?? 1) + 1;
      if (keepFolded?.(rule.meta.id, r.messageId)) {
        if (!seen.folded) seen.last.folded = seen.folded = [];
        seen.folded.push(r.data ?? {});
      }
      return;
    }
    const position = source ? locate(source, r.at.path, r.at.range) : NO_POSITION;
    const f = makeFinding(rule, rule.meta.id, r.messageId, r.data ?? {}, setting, {
      domain: model.domain,
      file: model.file,
      name: r.at.name ?? ownerNameFor(model, r.at.path),
      position,
    });
    if (f) {
      found.push(f);
      seen.kept++;
      seen.last = f;
    }
  };
  // Collect, don't bail: a rule that throws is this domain's finding and the other rules still run.
  const failed = (rule: Rule, found: Finding[], error: unknown) => {
    const data = { rule: rule.meta.id, domain: model.domain, detail: errorText(error) };
    found.push(internalErrorFinding("rule", data, { domain: model.domain, file: model.file, name: model.domain }, options));
  };
  const evidence = options.evidence?.(model.domain, model.file) ?? null;
  // A broken evidence file beside the domain file: no evidence, and the rules that need it say why.
  const unusable = evidence === null ? (options.evidence?.problem?.(model.file) ?? null) : null;
  const unusableEvidence = unusable ? { unusableEvidence: unusable.file } : {};
  const live = dns !== null || observed !== null;
  const own: (Finding[] | null)[] = [];
  const pending: Promise<void>[] = [];
  if (live) {
    for (const { rule, setting } of active) {
      // A rule about a DNS provider's API says nothing about zones applied through another one, or none.
      const provider = rule.meta.scope?.dnsProvider;
      if (!mayAskDns(rule) || (provider !== undefined && provider !== model.dnsProvider)) {
        own.push(null);
        continue;
      }
      const found: Finding[] = [];
      own.push(found);
      try {
        const result = rule.check!({ domain: model, options: setting.options, today: options.today, observed, dns, evidence, ...unusableEvidence, report: (r: Report) => record(rule, setting, found, r), textAnchor });
        if (result instanceof Promise) pending.push(result.catch((error: unknown) => failed(rule, found, error)));
      } catch (error) {
        failed(rule, found, error);
      }
    }
  }
  const shared: Finding[] = [];
  const spans: number[] = [];
  let current: ActiveRule = active[0]!;
  const context = { domain: model, options: {} as Record<string, unknown>, today: options.today, observed, dns, evidence, ...unusableEvidence, report: (r: Report) => record(current.rule, current.setting, shared, r), textAnchor };
  for (let i = 0; i < active.length; i++) {
    spans.push(shared.length);
    const entry = active[i]!;
    const provider = entry.rule.meta.scope?.dnsProvider;
    if ((own[i] ?? null) !== null || (provider !== undefined && provider !== model.dnsProvider)) continue;
    current = entry;
    context.options = entry.setting.options;
    try {
      // Awaited before the next rule: the shared context reports for one rule at a time.
      const result = entry.rule.check!(context);
      if (result instanceof Promise) await result;
    } catch (error) {
      failed(entry.rule, shared, error);
    }
  }
  spans.push(shared.length);
  if (pending.length > 0) await Promise.all(pending);
  let findings: Finding[] = shared;
  if (live) {
    findings = [];
    for (let i = 0; i < active.length; i++) {
      const list = own[i];
      if (list) for (const f of list) findings.push(f);
      else for (let k = spans[i]!; k < spans[i + 1]!; k++) findings.push(shared[k]!);
    }
  }
  for (const seen of keptOf.values()) {
    const f = seen.last;
    if (f?.count !== undefined) f.message = `${f.message} (and ${f.count - 1} more like it in this value)`;
  }
  return findings;
}

const INTERNAL_ERROR = "lint-internal-error";

/**
 * The finding for an unexpected error while checking a file or domain (lint-internal-error), at the
 * pack's level for the rule but never "off": a check that did not run must not pass silently.
 */
export function internalErrorFinding(
  messageId: "rule" | "file" | "domain",
  data: Readonly<Record<string, string | number>>,
  where: { domain: string; file: string | null; name: string | null },
  options?: Pick<EngineOptions, "rules" | "policy">,
): Finding {
  const setting = options?.policy.settingsFor(where.domain).get(INTERNAL_ERROR);
  const level = setting && setting.level !== "off" ? setting : undefined;
  return makeFinding(internalErrorRule, INTERNAL_ERROR, messageId, data, level, { ...where, position: NO_POSITION })!;
}

/**
 * Drops suppressed findings (returned apart); reports expired, unused and unknown suppressions. Only the
 * suppressions of the rules `mine` accepts are applied and reported (lintLoaded's `late`).
 */
function applySuppressions(
  model: DomainModel,
  source: SourceFile,
  findings: Finding[],
  options: EngineOptions,
  settings: Map<string, RuleSetting>,
  mine: (ruleId: string) => boolean,
): { kept: Finding[]; suppressed: Finding[] } {
  if (model.suppressions.length === 0) return { kept: findings, suppressed: [] };
  const index = ruleIndex(options.rules);
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  const used = new Set<number>();
  // A rule no pack may lower (always-errors.ts) is no more suppressed by a file: what it reports is left out
  // of plan and apply unchecked.
  const active = model.suppressions.map((s) => mine(s.rule) && !ALWAYS_ERRORS.has(s.rule) && (s.until === null || s.until >= options.today));
  for (const finding of findings) {
    const i = model.suppressions.findIndex((s, n) => active[n] && s.rule === finding.ruleId);
    if (i >= 0) {
      used.add(i);
      const s = model.suppressions[i]!;
      suppressed.push({ ...finding, suppression: { reason: s.reason, until: s.until, line: locate(source, s.path).line } });
    } else kept.push(finding);
  }
  const extra = (ruleId: string, messageId: string, data: Record<string, string | number>, anchor: Anchor) => {
    const f = makeFinding(index.get(ruleId), ruleId, messageId, data, settings.get(ruleId), { domain: model.domain, file: model.file, name: model.domain, position: locate(source, anchor.path) });
    if (f) kept.push(f);
  };
  model.suppressions.forEach((s, i) => {
    if (!mine(s.rule)) return;
    if (!index.has(s.rule)) extra("lint-suppression-unknown-rule", "unknown", { rule: s.rule }, { path: [...s.path, "rule"] });
    else if (ALWAYS_ERRORS.has(s.rule)) extra("lint-suppression-unknown-rule", "notSuppressible", { rule: s.rule }, { path: [...s.path, "rule"] });
    else if (!active[i]) extra("lint-suppression-expired", "expired", { rule: s.rule, until: s.until ?? "" }, { path: [...s.path, "until"] });
    else if (!used.has(i)) extra("lint-suppression-unused", "unused", { rule: s.rule }, { path: s.path });
  });
  return { kept, suppressed };
}
