// Rollback: the Pulumi program saves each changed zone's export right before an update
// (stacks/<stack>/.maildns-rollback/<zone>/<time>.zone); `maildns rollback` shows how the zone differs from
// it now and restores the host's own saved version from that moment (OVH: POST
// /domain/zone/{zone}/history/{creationDate}/restore), then checks the zone is the saved one again. Pure
// parts here; the command does the I/O.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseZoneFile } from "../dns/zone-file.js";

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
  for (const zone of readdirSync(root).sort()) {
    const dir = join(root, zone);
    // Only folders hold a zone's exports: a file beside them (.DS_Store, a note kept with the artifact) is not one.
    if (!isFolder(dir)) continue;
    const saved = readdirSync(dir)
      .map((name) => ({ name, at: savedAtOf(name) }))
      .filter((f): f is { name: string; at: Date } => f.at !== null)
      .map((f) => ({ zone, path: join(dir, f.name), savedAt: f.at }))
      .sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime());
    if (saved.length > 0) byZone.set(zone, saved);
  }
  return byZone;
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
