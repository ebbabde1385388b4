// `import`: a domain file written from observed records. The value comes from observedDomainValue (the
// same one `audit` lints), once the observation is checked: what the file cannot hold faithfully (two
// policy records at one name, text with control characters, names that are not host names) is refused or
// left out with a note, never picked or written silently, so that what `import` writes loads in `lint`
// and `plan` against the same records shows no change.
import { existsSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { recordProblem } from "../model/holdable.js";
import { effectivePolicy, isDmarcPolicyRecord, parseDmarc } from "../mail/dmarc.js";
import type { DomainObservation, ObservedManaged } from "./observe.js";
import { isSpfValue } from "./observe.js";
import { observedDomainValue, type ObservedModelOptions } from "./observed-model.js";

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

/** A string as a YAML scalar: plain when it cannot be read as anything else, else JSON-quoted (valid YAML). */
export function yamlString(s: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(s) && !RESERVED.test(s) ? s : JSON.stringify(s);
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
  if (!existsSync(schema) || (dir !== root && !dir.startsWith(root + sep))) return null;
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
}

export interface ImportedDomain {
  /** The schema-shaped value to write, or null when the domain cannot be written faithfully. */
  value: Record<string, unknown> | null;
  notes: ImportNote[];
}

/** Why an observed RRset cannot be written as it is, or null when it can. */
function unusable(r: ObservedManaged): string | null {
  return recordProblem(r.name, r.subdomain, r.type, r.values);
}

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
  for (const r of observation.rrsets) {
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
    const policies = r.role === "spf" ? r.values.filter(isSpfValue) : r.role === "dmarc" ? r.values.filter(isDmarcPolicyRecord) : [];
    if (policies.length > 1) {
      const rfc = r.role === "spf" ? "receivers return permerror (RFC 7208 §3.2)" : "receivers apply no DMARC policy at all (RFC 7489 §6.6.3)";
      note("error", `${r.name} publishes ${policies.length} ${r.role === "spf" ? "v=spf1" : "v=DMARC1"} records: ${rfc}. Keep one in the zone, then import again`, where(r));
      return { value: null, notes };
    }
    if (r.role === "dmarc" && r.values.length > policies.length && policies.length === 1) {
      // Other TXT at _dmarc are not DMARC records (RFC 7489 §6.6.3 discards them), but plan manages the whole RRset.
      note("error", `${r.name} holds TXT records besides its v=DMARC1 record; plan would delete them. Remove them from the zone, then import again`, where(r));
      return { value: null, notes };
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
  recordMonitoringStage(value, options.today, notes);
  return { value, notes };
}

/**
 * A published p=none is a monitoring stage: the file declares it with `dmarc.since` (the import date, the
 * first day maildns saw it), as dmarc-none-monitoring-stage asks, so a healthy domain lints clean.
 */
function recordMonitoringStage(value: Record<string, unknown>, today: string, notes: ImportNote[]): void {
  const dmarc = value.dmarc;
  const text = typeof dmarc === "string" ? dmarc : dmarc && typeof dmarc === "object" ? (dmarc as { record?: unknown }).record : undefined;
  if (typeof text !== "string" || effectivePolicy(parseDmarc(text)).policy !== "none") return;
  value.dmarc = typeof dmarc === "string" ? { record: dmarc, since: today } : { ...(dmarc as object), since: today };
  notes.push({ level: "info", message: `p=none recorded as a monitoring stage from ${today} (dmarc.since): put the date it really began if you know it` });
}
