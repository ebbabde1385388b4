// Rollback: the Pulumi program saves each changed zone's export right before an update
// (stacks/<stack>/.maildns-rollback/<zone>/<time>.zone); `maildns rollback` shows how the zone differs from
// it now and restores the host's own saved version from that moment (OVH: POST
// /domain/zone/{zone}/history/{creationDate}/restore), then checks the zone is the saved one again. Pure
// parts here; the command does the I/O.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { canonicalName } from "../dns/names.js";
import { parseZoneFile } from "../dns/zone-file.js";
import { looksLikeSpf } from "../model/txt-version.js";

export const ROLLBACK_DIR = ".maildns-rollback";

export interface SavedExport {
  zone: string;
  path: string;
  /** When it was saved (just before the update). */
  savedAt: Date;
}

/** The name of the export saved at `at`: `2026-11-20T10-00-00-000Z.zone` (savedAtOf reads it back). */
export function exportFileName(at: Date): string {
  return `${at.toISOString().replace(/[:.]/g, "-")}.zone`;
}

/** `2026-11-20T10-00-00-000Z.zone` → the time it names, or null. */
export function savedAtOf(fileName: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.zone$/.exec(fileName);
  if (!match) return null;
  const date = new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The saved exports of a stack, newest first per zone. */
export function savedExports(stackDir: string): Map<string, SavedExport[]> {
  const root = join(stackDir, ROLLBACK_DIR);
  const byZone = new Map<string, SavedExport[]>();
  if (!existsSync(root)) return byZone;
  for (const folder of readdirSync(root).sort()) {
    const dir = join(root, folder);
    // Only folders hold a zone's exports: a file beside them (.DS_Store, a note kept with the artifact) is not one.
    if (!isFolder(dir)) continue;
    // The zone as DNS names it (RFC 4343: any letter case, a final dot or not): a folder renamed by hand
    // (`Example.COM.`) is the same zone, and the host is asked for it by that name.
    const zone = canonicalName(folder);
    const saved = readdirSync(dir)
      .map((name) => ({ name, at: savedAtOf(name) }))
      .filter((f): f is { name: string; at: Date } => f.at !== null)
      .map((f) => ({ zone, path: join(dir, f.name), savedAt: f.at }));
    const all = [...(byZone.get(zone) ?? []), ...saved].sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime());
    if (all.length > 0) byZone.set(zone, all);
  }
  return byZone;
}

/**
 * Why a saved export cannot be rolled back to, or null: it must be an export of the zone its folder names.
 * Its SOA is that zone's (RFC 1035 §5.2: one SOA, at the zone's top), and every record is in it, so an
 * export of another zone, an empty file or one that is no zone file at all is refused.
 */
export function savedExportProblem(zone: string, text: string): string | null {
  const parsed = parseZoneFile(text, { origin: zone });
  const soa = parsed.records.filter((r) => r.type === "SOA");
  const name = canonicalName(zone);
  if (soa.length !== 1) return `it holds ${soa.length === 0 ? "no SOA record" : `${soa.length} SOA records`}: not an export of ${name}`;
  if (soa[0]!.name !== name) return `it is an export of ${soa[0]!.name}, not of ${name} (the folder it is in)`;
  const outside = parsed.records.find((r) => r.name !== name && !r.name.endsWith(`.${name}`));
  if (outside) return `it holds a record of ${outside.name}, outside ${name}`;
  return null;
}

/**
 * The entries of a zone file that do not read as records (`line N: why`): they are left out of every
 * comparison, so the operator is told of them. Not refused: a host's export may hold an entry this parser
 * does not take (a web record of an unusual form), and a rollback is not held up by it.
 */
export function unreadEntries(zone: string, text: string): string[] {
  return parseZoneFile(text, { origin: zone }).errors.map((e) => `line ${e.line}: ${e.message}`);
}

/**
 * Whether a line of zoneDiff is a mail record, of the kinds a domain file can manage: MX; SPF (a TXT that
 * starts with v=spf1, RFC 7208 §4.5); DMARC at _dmarc (RFC 7489 §6.1); DKIM keys and delegations under
 * _domainkey (RFC 6376 §3.6.2.1); MTA-STS (RFC 8461 §3.1: _mta-sts, and the mta-sts host serving the
 * policy); TLS-RPT at _smtp._tls (RFC 8460 §3); BIMI; the SRV records of mail clients (RFC 6186 §3,
 * RFC 8314 §5.1) and their autoconfig/autodiscover names. A restore replaces the whole zone: every other
 * line is someone else's record (a web A, a CNAME) that it reverts too.
 */
export function isMailLine(line: string): boolean {
  const [name = "", , type = "", ...rest] = line.split(" ");
  const value = rest.join(" ");
  const first = name.split(".")[0] ?? "";
  if (type === "MX" || type === "SPF" || type === "DKIM" || type === "DMARC") return true;
  // The generous reading (model/txt-version.ts): a near-record is the operator's SPF too.
  if (type === "TXT" && looksLikeSpf(value)) return true;
  if (/(^|\.)(_domainkey|_bimi)\./.test(name)) return true;
  if (["_dmarc", "_mta-sts", "mta-sts", "autoconfig", "autodiscover"].includes(first)) return true;
  if (/^_smtp\._tls\./.test(name)) return true;
  return type === "SRV" && /^_(submissions?|imaps?|pop3s?|autodiscover)\._tcp\./.test(name);
}

/**
 * The owners at which a saved export holds more than one SPF record: restoring it brings them back, and a
 * receiver then gets permerror (RFC 7208 §4.5), so the operator is told before the restore.
 */
export function spfOwnersTwice(zone: string, text: string): { owner: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const line of recordLines(zone, text)) {
    const [owner = "", , type = "", ...rest] = line.split(" ");
    if ((type === "TXT" || type === "SPF") && looksLikeSpf(rest.join(" "))) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  }
  return [...counts].filter(([, count]) => count > 1).map(([owner, count]) => ({ owner, count }));
}

/** The records of a zone file as comparable lines (`name ttl type value`), SOA and NS left out. */
function recordLines(zone: string, text: string): string[] {
  const parsed = parseZoneFile(text, { origin: zone });
  return parsed.records
    .filter((r) => r.type !== "SOA" && !(r.type === "NS" && r.name === zone.toLowerCase()))
    .map((r) => `${r.name} ${r.ttl} ${r.type} ${r.value}`)
    .sort();
}

/** What a restore would change: lines only in the zone now (removed) and only in the saved export (back again). */
export function zoneDiff(zone: string, saved: string, current: string): { removed: string[]; restored: string[] } {
  const before = recordLines(zone, saved);
  const now = recordLines(zone, current);
  const count = (list: string[]) => {
    const map = new Map<string, number>();
    for (const line of list) map.set(line, (map.get(line) ?? 0) + 1);
    return map;
  };
  const beforeCount = count(before);
  const nowCount = count(now);
  const removed: string[] = [];
  const restored: string[] = [];
  for (const [line, n] of nowCount) for (let i = (beforeCount.get(line) ?? 0); i < n; i++) removed.push(line);
  for (const [line, n] of beforeCount) for (let i = (nowCount.get(line) ?? 0); i < n; i++) restored.push(line);
  return { removed: removed.sort(), restored: restored.sort() };
}

/**
 * The header line the program writes when the zone's export is not the host's version in force: OVH
 * publishes record changes on a refresh only (POST /domain/zone/{zone}/refresh), each refresh making a
 * version in the zone's history, while the export shows the records as they are, published or not. A zone
 * holding changes not yet refreshed (another writer's, or an earlier update's that stopped before its
 * refresh) is exported as no version holds it, and rollback restores only a version that is the export.
 */
export const UNPUBLISHED_HEADER = "; maildns: not published at the host when saved: ";

/** Whether the saved export's header (its leading `; maildns:` lines) says the zone held changes the host had not published. */
export function heldUnpublished(saved: string): boolean {
  for (const line of saved.split("\n")) {
    if (!line.startsWith("; maildns: ")) return false;
    if (line.startsWith(UNPUBLISHED_HEADER)) return true;
  }
  return false;
}

/**
 * How a zone's export differs from one of the host's versions of it, as lines the operator reads: `+` a
 * record the zone holds that the version does not (added, not yet published), `-` one the version holds
 * that the zone no longer does.
 */
export function unpublishedLines(zone: string, version: string, exported: string): string[] {
  const diff = zoneDiff(zone, version, exported);
  return [...diff.removed.map((line) => `+ ${line}`), ...diff.restored.map((line) => `- ${line}`)];
}

/** The version the program recorded in the saved export's header, if any. */
export function recordedVersion(saved: string): string | null {
  return /^; maildns: version in force at the host: (\S+)$/m.exec(saved)?.[1] ?? null;
}

/** The host's version in force when the export was saved: the newest one not after it. */
export function versionAt(versions: readonly string[], savedAt: Date): string | null {
  let best: string | null = null;
  for (const version of versions) {
    const at = Date.parse(version);
    if (Number.isNaN(at) || at > savedAt.getTime()) continue;
    if (best === null || at >= Date.parse(best)) best = version;
  }
  return best;
}
