// `stacks/<stack>/maildns-adoption.json`: written by `maildns adopt`, read by the Pulumi program. It holds
// what the apply must know before it declares anything: the live records of the managed owners at the host
// (with their ids) and which record resources the stack already holds (from `pulumi stack export`).
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeFileWhole } from "../config/write-whole.js";
import { asciiLowerCase } from "../model/dns-case.js";
import { oneLine } from "../model/show.js";
import type { StackResource } from "./stack-state.js";
import type { LiveHostRecord } from "./types.js";

export const ADOPTION_FILE_NAME = "maildns-adoption.json";

/** The file of maildns before names followed slots; its import ids are not safe to reuse. */
export const LEGACY_IMPORT_FILE_NAME = "ovh-import-ids.json";

export interface AdoptionFile {
  version: 2;
  /** The DNS host (`maildns:provider`). */
  provider: string;
  /** When the zones were read (ISO 8601). */
  readAt: string;
  /**
   * Per zone: the live records in the owners maildns manages, as the host lists them, and the ids of records
   * the stack holds that the host no longer has anywhere (`gone`, absent when none): an update stopped after
   * deleting one, before writing what replaces it.
   */
  zones: Record<string, AdoptedZone>;
  /** The stack's record resources when the zones were read. */
  stack: StackResource[];
}

export interface AdoptedZone {
  live: LiveHostRecord[];
  gone?: string[];
  /**
   * True when a domain file declared the zone as adopt read it (absent for a zone read only because the
   * stack holds records there that no file declares, and in files written before this was recorded). An
   * update after that read may have created records in it that `stack` does not list: when the file is
   * gone, the program asks for adopt again rather than judge a deletion by a list that may be short.
   */
  declared?: boolean;
}

export class AdoptionFileError extends Error {
  override name = "AdoptionFileError";
}

export function adoptionFilePath(stackDir: string): string {
  return join(stackDir, ADOPTION_FILE_NAME);
}

export function hasLegacyImportFile(stackDir: string): boolean {
  return existsSync(join(stackDir, LEGACY_IMPORT_FILE_NAME));
}

/** Null when the stack has never been adopted; throws AdoptionFileError on a damaged file. */
export async function readAdoptionFile(stackDir: string, shownPath: string = ADOPTION_FILE_NAME): Promise<AdoptionFile | null> {
  let text: string;
  try {
    text = await readFile(adoptionFilePath(stackDir), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new AdoptionFileError(`${shownPath}: cannot read it (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AdoptionFileError(`${shownPath}: not valid JSON; run maildns adopt again to rewrite it`);
  }
  return validateAdoptionFile(data, shownPath);
}

const isText = (v: unknown): v is string => typeof v === "string";

function validRecord(r: unknown): r is LiveHostRecord {
  const record = r as Partial<LiveHostRecord> | null;
  return (
    !!record &&
    isText(record.id) &&
    /^[A-Za-z0-9._:-]{1,80}$/.test(record.id) &&
    isText(record.zone) &&
    isText(record.subdomain) &&
    isText(record.type) &&
    isText(record.target) &&
    typeof record.ttl === "number" &&
    Number.isFinite(record.ttl)
  );
}

export function validateAdoptionFile(data: unknown, shownPath: string): AdoptionFile {
  const file = data as Partial<AdoptionFile> | null;
  const again = "run maildns adopt again";
  if (!file || typeof file !== "object" || file.version !== 2) {
    throw new AdoptionFileError(`${shownPath}: not a maildns adoption file (version 2); ${again}`);
  }
  if (!isText(file.provider) || !isText(file.readAt) || !file.zones || typeof file.zones !== "object" || !Array.isArray(file.stack)) {
    throw new AdoptionFileError(`${shownPath}: needs "provider", "readAt", "zones" and "stack"; ${again}`);
  }
  for (const [zone, entry] of Object.entries(file.zones)) {
    // `maildns adopt` writes zone keys in lower case, and every reader (plan, the Pulumi program) looks zones
    // up by the lower-case name. DNS names compare without the case of A-Z (RFC 4343 §3), so a hand-edited
    // `Example.COM` is the same zone, yet found by no lookup: it read as a zone no domain file declares, a
    // misleading skip-adopt refusal. Refused here, once for every reader, rather than matched by each of them.
    if (asciiLowerCase(zone) !== zone) {
      throw new AdoptionFileError(`${shownPath}: zone key ${oneLine(zone)} is not in lower case as maildns adopt writes it (DNS names compare without the case of A-Z, RFC 4343 §3); ${again} to rewrite it`);
    }
    if (!Array.isArray(entry?.live)) throw new AdoptionFileError(`${shownPath}: zone ${zone} has no "live" list; ${again}`);
    const bad = entry.live.findIndex((r) => !validRecord(r));
    if (bad >= 0) throw new AdoptionFileError(`${shownPath}: zone ${zone}, live record ${bad + 1} is not {id, zone, subdomain, type, target, ttl}; ${again}`);
    // adopt writes each record with the zone it is listed under (the zone asked for, in lower case). Every
    // reader takes a record's `zone` as written: the update declares the record with it as the `zone` input
    // (an import whose inputs are not the record's), and waits on the zone's records by it before the refresh
    // that ends the update. A hand-edited `Example.COM` is the same name in DNS (RFC 4343 §3), another zone is
    // not; both are refused here, for every reader alike, rather than matched by each of them.
    const elsewhere = entry.live.findIndex((r) => r.zone !== zone);
    if (elsewhere >= 0) {
      const record = entry.live[elsewhere]!;
      const named = `${shownPath}: zone ${zone}, live record ${elsewhere + 1} (id ${record.id}) has zone ${oneLine(record.zone)}`;
      throw new AdoptionFileError(
        asciiLowerCase(record.zone) === zone
          ? `${named}, not ${zone} in lower case as maildns adopt writes it (DNS names compare without the case of A-Z, RFC 4343 §3); ${again} to rewrite it`
          : `${named}, another zone than the one it is listed under; ${again} to rewrite it`,
      );
    }
    if (entry.gone !== undefined && !(Array.isArray(entry.gone) && entry.gone.every(isText))) {
      throw new AdoptionFileError(`${shownPath}: zone ${zone}, "gone" is not a list of record ids; ${again}`);
    }
    if (entry.declared !== undefined && typeof entry.declared !== "boolean") throw new AdoptionFileError(`${shownPath}: zone ${zone}, "declared" is not true or false; ${again}`);
  }
  for (const [index, resource] of file.stack.entries()) {
    const r = resource as Partial<StackResource> | null;
    if (!r || !isText(r.name) || !isText(r.type) || !isText(r.id) || !(r.importId === null || isText(r.importId))) {
      throw new AdoptionFileError(`${shownPath}: stack resource ${index + 1} is not {name, type, id, importId}; ${again}`);
    }
    const state = r.state as unknown;
    if (state !== undefined && !(state !== null && typeof state === "object" && !Array.isArray(state) && Object.values(state).every((v) => isText(v) || (typeof v === "number" && Number.isFinite(v))))) {
      throw new AdoptionFileError(`${shownPath}: stack resource ${index + 1} has a "state" that is not plain strings and numbers; ${again}`);
    }
  }
  // Looked up by zone names that come from the file itself (its stack's resource names): as a plain object,
  // `zones["constructor"]` and `zones["__proto__"]` would be Object's own members, taken for a zone read with
  // no `live` list (the plan and the program ended with an internal error). Only the file's own keys count.
  const zones: Record<string, AdoptedZone> = Object.create(null) as Record<string, AdoptedZone>;
  for (const [zone, entry] of Object.entries(file.zones)) zones[zone] = entry;
  return { ...(file as AdoptionFile), zones };
}

export function renderAdoptionFile(file: AdoptionFile): string {
  const zones = Object.fromEntries(
    Object.entries(file.zones)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([zone, entry]) => [
        zone,
        {
          live: [...entry.live].sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true })),
          ...(entry.gone && entry.gone.length > 0 ? { gone: [...entry.gone].sort() } : {}),
          ...(entry.declared ? { declared: true } : {}),
        },
      ]),
  );
  const stack = [...file.stack].sort((a, b) => a.name.localeCompare(b.name));
  return `${JSON.stringify({ version: 2, provider: file.provider, readAt: file.readAt, zones, stack }, null, 2)}\n`;
}

/**
 * How renderAdoptionFile begins the file (version 2, then provider), so an adoption file under another name
 * is known by its first kilobyte. No report of maildns begins so: theirs are version 1.
 */
const ADOPTION_HEAD = /^\s*\{\s*"version"\s*:\s*2\s*,\s*"provider"\s*:/;
export const beginsAsAdoptionFile = (head: string): boolean => ADOPTION_HEAD.test(head);

/**
 * Writes the file whole (config/write-whole.ts): `pulumi up`, `plan` or a second `adopt` reading it meanwhile
 * find the old file or the new one, and a write that fails halfway leaves the old one, never half of one.
 */
export async function writeAdoptionFile(stackDir: string, file: AdoptionFile): Promise<string> {
  const path = adoptionFilePath(stackDir);
  writeFileWhole(path, renderAdoptionFile(file));
  return path;
}
