// `import`: a domain file written from observed records. The value comes from observedDomainValue (the
// same one `audit` lints), once the observation is checked: what the file cannot hold faithfully (two
// policy records at one name, text with control characters, names that are not host names) is refused or
// left out with a note, never picked or written silently, so that what `import` writes loads in `lint`
// and `plan` against the same records shows no change.
import { existsSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { isInside } from "../config/inside.js";
import { recordProblem } from "../model/holdable.js";
import { escapeActingInJson } from "../model/show.js";
import { aliasTargetName } from "../mail/dmarc-alias.js";
import { effectivePolicy, parseDmarc } from "../mail/dmarc.js";
import { isDmarcRecord, looksLikeSpf } from "../mail/txt-version.js";
import type { DomainObservation, ObservedManaged } from "./observe.js";
import { looksLikeDkimKey, observedDomainValue, type ObservedModelOptions } from "./observed-model.js";

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

/**
 * A string as a YAML scalar: plain when it cannot be read as anything else, else JSON-quoted (valid YAML).
 * The characters a reader cannot see or that reorder a line (DEL, C1, the line separators, the format
 * characters: U+200B, U+00AD, the bidi controls of CVE-2021-42574) are written as `\uXXXX` escapes, which a
 * YAML double-quoted scalar reads back as the same character (YAML 1.2 §5.7): a TXT value carrying one is
 * imported as it is, and the file shows where it stands to whoever reviews it, rather than nothing.
 */
export function yamlString(s: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(s) && !RESERVED.test(s) ? s : escapeActingInJson(JSON.stringify(s));
}

function scalar(v: Value): string {
  if (typeof v === "string") return yamlString(v);
  if (v === null) return "null";
  return String(v);
}

const isScalar = (v: Value) => v === null || typeof v !== "object";

/** A mapping of scalars on one line, when it stays short: MX, SRV and CNAME entries read best that way. */
function flow(obj: { [key: string]: Value }): string | null {
  const values = Object.values(obj);
  if (!values.every(isScalar)) return null;
  const text = `{ ${Object.entries(obj).map(([k, v]) => `${k}: ${scalar(v)}`).join(", ")} }`;
  return text.length <= 100 ? text : null;
}

function block(value: Value, indent: string): string[] {
  const lines: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isScalar(item)) lines.push(`${indent}- ${scalar(item)}`);
      else if (!Array.isArray(item) && flow(item as { [key: string]: Value })) lines.push(`${indent}- ${flow(item as { [key: string]: Value })}`);
      else {
        const inner = block(item, `${indent}  `);
        lines.push(`${indent}- ${inner[0]!.trimStart()}`, ...inner.slice(1));
      }
    }
    return lines;
  }
  for (const [key, v] of Object.entries(value as { [key: string]: Value })) {
    if (isScalar(v)) lines.push(`${indent}${key}: ${scalar(v)}`);
    else if (Array.isArray(v) && v.length === 0) lines.push(`${indent}${key}: []`);
    else lines.push(`${indent}${key}:`, ...block(v, `${indent}  `));
  }
  return lines;
}

/**
 * The `$schema` modeline path from a folder to the package's schema, when the folder is inside the
 * package (a repository checkout); null otherwise, since a relative path out of it would point nowhere.
 */
export function schemaModeline(outDir: string, packageRoot: string): string | null {
  const schema = join(packageRoot, "src", "schema", "domain.schema.json");
  const dir = resolve(outDir);
  const root = resolve(packageRoot);
  if (!existsSync(schema) || !isInside(root, dir)) return null;
  return relative(dir, schema).split(sep).join("/");
}

/** The domain file text for an imported value. */
export function domainYaml(value: Record<string, unknown>, options: { schemaPath?: string | null; source: string }): string {
  const header = [
    ...(options.schemaPath ? [`# yaml-language-server: $schema=${options.schemaPath}`] : []),
    `# Written by \`maildns import\` from ${options.source.replace(/[\r\n]/g, " ")}. Review it, then run \`maildns plan\`: it should show no change.`,
  ];
  return `${[...header, ...block(value as Value, "")].join("\n")}\n`;
}

export interface ImportNote {
  /** "error": the domain is not written; "warning": a record is left out; "info": what was recorded. */
  level: "error" | "warning" | "info";
  message: string;
  /** Where the records are in the zone files, when they come from there ("file:line"). */
  at?: string[];
}

export interface ImportOptions extends ObservedModelOptions {
  /** YYYY-MM-DD: recorded as `dmarc.since` for a p=none record (the monitoring stage is declared from then). */
  today: string;
  /** Where a record is in the zone files ("file:line" each), when the observation comes from there. */
  locate?: (name: string, type: string) => string[];
  /**
   * The TXT values a name of the domain that no zone holds answers (`_wildcard-probe.<domain>`, see
   * wildcardProbeName): what a wildcard `*.<domain>` gives. Absent: not asked (no `_dmarc` record was seen).
   */
  wildcardTxt?: readonly string[];
}

/**
 * The name asked to see what a wildcard at the domain's apex answers (RFC 4592 §3.3.1): a label that starts
 * with `_` and is no service's, so no zone holds it, and a `*.<domain>` TXT record answers it as it answers
 * `_dmarc` when the zone has no record there.
 */
export function wildcardProbeName(domain: string): string {
  return `_wildcard-probe.${domain}`;
}

/** Whether two TXT RRsets hold the same records, in any order. */
function sameTxt(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sorted = [...b].sort();
  return [...a].sort().every((value, i) => value === sorted[i]);
}

export interface ImportedDomain {
  /** The schema-shaped value to write, or null when the domain cannot be written faithfully. */
  value: Record<string, unknown> | null;
  notes: ImportNote[];
}

/** A selector the run asked for by name (--selector, or a common name probed), not one a zone file lists. */
function asked(observation: DomainObservation, r: ObservedManaged): boolean {
  const label = r.subdomain.replace(/\._domainkey$/, "");
  const probe = observation.dkimProbe;
  return probe !== undefined && (probe.named.includes(label) || probe.probed.includes(label));
}

/** Why an observed RRset cannot be written as it is, or null when it can. */
function unusable(r: ObservedManaged): string | null {
  // A wildcard selector (`*._domainkey`, a revoked key answering for every selector: how parked domains
  // refuse DKIM) is written as selector `*`, as `audit` reads it over DNS.
  const subdomain = r.role === "dkim" && r.subdomain === "*._domainkey" ? "_domainkey" : r.subdomain;
  return recordProblem(r.name, subdomain, r.type, r.values);
}

/** The text an MTA-STS or TLS-RPT record starts with, leniently (a record meant as one, even misspelt, is one). */
const VERSION_TAG: Record<string, RegExp> = { "mta-sts": /^\s*v\s*=\s*stsv1/i, "tls-rpt": /^\s*v\s*=\s*tlsrptv1/i };

const ROLE_LABEL: Record<string, string> = { mx: "MX", spf: "SPF", dmarc: "DMARC", dkim: "DKIM", srv: "SRV", cname: "CNAME", "mta-sts": "MTA-STS", "tls-rpt": "TLS-RPT" };

/**
 * The value `import` writes for an observation, with its notes. MX, SPF and DMARC are always compared by
 * `plan`, so one that cannot be written makes the whole domain unwritten (error); the other records are
 * compared only when the file declares them, so one that cannot be written is left out (warning).
 */
export function importDomainValue(observation: DomainObservation, options: ImportOptions): ImportedDomain {
  const notes: ImportNote[] = [];
  const where = (r: ObservedManaged) => options.locate?.(r.name, r.type) ?? [];
  const note = (level: ImportNote["level"], message: string, at: string[] = []) => notes.push({ level, message, ...(at.length > 0 ? { at } : {}) });
  const kept: ObservedManaged[] = [];
  const aliases: ObservedManaged[] = [];
  for (const r of observation.rrsets) {
    if (r.role === "conflict" && r.state === "present") {
      const alias = aliasEntry(r);
      if (alias.refuse) {
        note("error", alias.refuse, where(r));
        return { value: null, notes };
      }
      if (alias.leave) note("warning", alias.leave, where(r));
      if (alias.keep) aliases.push(r);
      kept.push(r);
      continue;
    }
    if (r.state !== "present" || r.role === "conflict") {
      kept.push(r);
      continue;
    }
    const label = ROLE_LABEL[r.role] ?? r.type;
    const always = r.role === "mx" || r.role === "spf" || r.role === "dmarc";
    // RFC 7208 §3.2 / §4.5: two v=spf1 records are a permerror; RFC 7489 §6.6.3: two v=DMARC1 records mean
    // no policy at all. A domain file holds one; choosing one of them would hide the fault. Only the records
    // receivers keep count: a `v=dmarc1` one is discarded first (§6.3, the version matches precisely), so it
    // is one of the other TXT records below.
    const policies = r.role === "spf" ? r.values.filter(looksLikeSpf) : r.role === "dmarc" ? r.values.filter(isDmarcRecord) : [];
    if (policies.length > 1) {
      const rfc = r.role === "spf" ? "receivers return permerror (RFC 7208 §3.2)" : "receivers apply no DMARC policy at all (RFC 7489 §6.6.3)";
      note("error", `${r.name} publishes ${policies.length} ${r.role === "spf" ? "v=spf1" : "v=DMARC1"} records: ${rfc}. Keep one in the zone, then import again`, where(r));
      return { value: null, notes };
    }
    if (r.role === "dmarc" && r.type === "TXT" && where(r).length === 0 && options.wildcardTxt && sameTxt(r.values, options.wildcardTxt)) {
      // The answer at `_dmarc` is what a name no zone holds answers too: a wildcard's (RFC 4592), not a record
      // at `_dmarc` (a zone file that holds one there says so, and is not asked about). Receivers apply it
      // (RFC 7489 §6.6.3 reads whatever `_dmarc` answers), but neither file is faithful: written as `dmarc:`,
      // the apply creates a record the zone never had (and names below `_dmarc` stop matching the wildcard);
      // left out, plan would delete what it sees at `_dmarc`.
      note("error", `${r.name} answers the TXT (${JSON.stringify(r.values[0] ?? "")}) that ${wildcardProbeName(observation.domain)}, a name no zone holds, answers too: a wildcard's (RFC 4592), which a domain file cannot declare as the DMARC record. Publish the DMARC record at _dmarc in the zone, then import again (from the zone file, --zone, a record the zone holds there is told apart from the wildcard)`, where(r));
      return { value: null, notes };
    }
    if (r.role === "dmarc" && r.type === "TXT" && policies.length === 0) {
      // No TXT here starts with `v=DMARC1` (the value is case-sensitive, RFC 7489 §6.4 `dmarc-version`):
      // receivers discard every one (§6.6.3; RFC 9989 §4.10), so the domain publishes no DMARC policy, as
      // `audit` says (dmarc-v-first). Written as `dmarc:` the file would claim a record that is none (and a
      // "p=none monitoring stage" from its missing p=); left out, plan would delete the text it sees here.
      const first = JSON.stringify(r.values[0] ?? "");
      const more = r.values.length > 1 ? ` and ${r.values.length - 1} more TXT` : "";
      note("error", `${r.name} holds no DMARC record: ${first}${more} does not start with v=DMARC1 (the version is case-sensitive, RFC 7489 §6.4), and receivers discard such a TXT (RFC 7489 §6.6.3), so the domain publishes no DMARC policy. A domain file cannot declare it as the DMARC record, and without one plan would delete it: replace it in the zone with a DMARC record (v=DMARC1; p=…) or remove it, then import again`, where(r));
      return { value: null, notes };
    }
    if (r.role === "dmarc" && r.values.length > policies.length && policies.length === 1) {
      // Other TXT at _dmarc are not DMARC records (RFC 7489 §6.6.3 discards them), but plan manages the whole RRset.
      note("error", `${r.name} holds TXT records besides its v=DMARC1 record; plan would delete them. Remove them from the zone, then import again`, where(r));
      return { value: null, notes };
    }
    if (r.role === "dkim" && r.type === "TXT" && !r.values.some(looksLikeDkimKey) && where(r).length === 0 && asked(observation, r)) {
      // A name asked for (named with --selector, or probed) whose text is no key: a wildcard's answer
      // (RFC 4592) or a stray text, not a selector the zone publishes. Written, the apply would create it.
      note("warning", `${r.name} holds no DKIM key (${JSON.stringify(r.values[0] ?? "")}; a key record has v=DKIM1 or p=, RFC 6376 §3.6.1, and a wildcard answers a name the zone does not hold): selector left out of the file`, where(r));
      continue;
    }
    const version = VERSION_TAG[r.role];
    if (version && r.type === "TXT" && !r.values.some((v) => version.test(v))) {
      // Senders discard such text (RFC 8461 §3.1, RFC 8460 §3). A zone's wildcard answers these names when
      // the zone has no record there (RFC 4592), as the `* TXT "v=spf1 -all"` of parked-domain guides does:
      // written to the file, the apply would create a record the zone never had.
      note("warning", `${r.name} holds no ${label} record (${JSON.stringify(r.values[0] ?? "")}${r.values.length > 1 ? ` and ${r.values.length - 1} more` : ""}; senders discard text without its version tag, and a wildcard answers a name the zone does not hold): ${label} left out of the file`, where(r));
      continue;
    }
    if ((r.role === "mta-sts" || r.role === "tls-rpt" || r.role === "dkim") && r.values.length > 1) {
      note("warning", `${r.name} holds ${r.values.length} ${r.type} records where one is expected: ${label} left out of the file (add it by hand once the zone has one)`, where(r));
      continue;
    }
    const problem = unusable(r);
    if (problem) {
      if (always) {
        note("error", `the ${label} record at ${r.name} cannot be written to a domain file: ${problem}. Correct it in the zone, then import again`, where(r));
        return { value: null, notes };
      }
      note("warning", `the ${label} record at ${r.name} is left out of the file: ${problem}`, where(r));
      continue;
    }
    kept.push(r);
  }
  const value = observedDomainValue({ ...observation, rrsets: kept }, options);
  addAliases(value, aliases);
  recordMonitoringStage(value, options.today, notes);
  return { value, notes };
}

/**
 * Names the file can delegate with a `cname:` entry: `_dmarc` (RFC 7489 §6.6.3: receivers follow the alias
 * to the provider's record), and MTA-STS's and TLS-RPT's names (RFC 8461 §3.1, RFC 8460 §3), which providers
 * also host for their customers.
 */
const DELEGATED = new Set(["_dmarc", "_mta-sts", "_smtp._tls"]);

/**
 * What to do with an alias seen behind a managed name's question. At `_dmarc` (and the MTA-STS and TLS-RPT
 * names) it is the record's delegation: the file keeps it as a `cname:` entry, or `plan` would delete it
 * (it asks `_dmarc` whatever the file says). A domain that is itself an alias (a CNAME is alone at its name,
 * RFC 1034 §3.6.2, so its MX and TXT are the target's) cannot be said by a file, and plan would delete the
 * alias: refused. Elsewhere (an SRV owner) plan looks only at what the file declares: left alone.
 */
function aliasEntry(r: ObservedManaged): { keep?: true; refuse?: string; leave?: string } {
  if (r.subdomain === "") return { refuse: `${r.name} is an alias (CNAME to ${r.values[0] ?? "?"}): its MX, SPF and DMARC are the target's, and a domain file cannot declare an alias at the domain itself (plan would delete it). Import ${aliasTargetName(r.values[0] ?? "")} instead, or give ${r.name} records of its own in place of the alias` };
  if (!DELEGATED.has(r.subdomain)) return {};
  const problem = unusable(r);
  if (problem && r.subdomain === "_dmarc") return { refuse: `the CNAME at ${r.name} cannot be written to a domain file: ${problem}. Correct it in the zone, then import again` };
  if (problem) return { leave: `the CNAME at ${r.name} is left out of the file: ${problem}` };
  return { keep: true };
}

/** The delegations by alias, as `cname:` entries (after the file's other CNAMEs). */
function addAliases(value: Record<string, unknown>, aliases: readonly ObservedManaged[]): void {
  if (aliases.length === 0) return;
  const fileTtl = value.ttl as number;
  const entries = aliases.map((r) => (r.ttl === null || r.ttl === fileTtl ? { name: r.subdomain, target: r.values[0]! } : { name: r.subdomain, target: r.values[0]!, ttl: r.ttl }));
  value.cname = [...((value.cname as unknown[] | undefined) ?? []), ...entries];
}

/**
 * A published p=none is a monitoring stage: the file declares it with `dmarc.since` (the import date, the
 * first day maildns saw it), as dmarc-none-monitoring-stage asks, so a healthy domain lints clean.
 */
function recordMonitoringStage(value: Record<string, unknown>, today: string, notes: ImportNote[]): void {
  const dmarc = value.dmarc;
  const text = typeof dmarc === "string" ? dmarc : dmarc && typeof dmarc === "object" ? (dmarc as { record?: unknown }).record : undefined;
  // Only a record receivers keep (RFC 7489 §6.6.3) is a monitoring stage: a discarded text applies no policy.
  if (typeof text !== "string" || !isDmarcRecord(text) || effectivePolicy(parseDmarc(text)).policy !== "none") return;
  value.dmarc = typeof dmarc === "string" ? { record: dmarc, since: today } : { ...(dmarc as object), since: today };
  notes.push({ level: "info", message: `p=none recorded as a monitoring stage from ${today} (dmarc.since): put the date it really began if you know it` });
}
