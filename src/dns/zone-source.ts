// Zone files as the observed state (`--zone FILE|DIR`): the same observations a DNS server holding those
// zones would give, without any network.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { canonicalName, nameProblem } from "./names.js";
import { emptyRRset, failedRRset, okRRset } from "./presentation.js";
import { parseZoneFile } from "./zone-file.js";
import { ZoneIndex } from "./zone-index.js";
import type { ObservedRRset, RecordSource, RRType, ZoneRecord } from "./types.js";

export interface ZoneLoadError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface LoadedZones {
  records: ZoneRecord[];
  /** Zone apexes: each file's origin and every SOA owner. */
  origins: string[];
  files: string[];
  errors: ZoneLoadError[];
}

/** Zone files larger than this are refused rather than read into memory. */
const MAX_ZONE_FILE_BYTES = 64 * 1024 * 1024;

export function formatZoneError(error: ZoneLoadError): string {
  return error.line > 0 ? `${error.file}:${error.line}:${error.column}: ${error.message}` : `${error.file}: ${error.message}`;
}

/** The zone a file is named after: "example.com.zone" or "example.com"; null when the name says nothing. */
export function originFromFileName(file: string): string | null {
  const name = basename(file).replace(/\.zone$/i, "");
  if (!name.includes(".") || /\.(txt|db|conf|bak)$/i.test(name)) return null;
  const origin = canonicalName(name);
  return nameProblem(origin) === null ? origin : null;
}

async function zoneFilesIn(path: string, errors: ZoneLoadError[]): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    errors.push({ file: path, line: 0, column: 0, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
    return [];
  }
  if (!info.isDirectory()) return [path];
  const files = (await readdir(path)).filter((f) => f.toLowerCase().endsWith(".zone")).sort();
  if (files.length === 0) errors.push({ file: path, line: 0, column: 0, message: "directory holds no *.zone files" });
  return files.map((f) => join(path, f));
}

/** Read zone files and directories of `*.zone` files. Never throws: problems come back as errors with file:line:col. */
export async function loadZones(paths: readonly string[]): Promise<LoadedZones> {
  const loaded: LoadedZones = { records: [], origins: [], files: [], errors: [] };
  const origins = new Set<string>();
  for (const path of paths) {
    for (const file of await zoneFilesIn(path, loaded.errors)) {
      let text: string;
      try {
        const info = await stat(file);
        if (info.size > MAX_ZONE_FILE_BYTES) {
          loaded.errors.push({ file, line: 0, column: 0, message: `zone file is larger than ${MAX_ZONE_FILE_BYTES / 1024 / 1024} MiB` });
          continue;
        }
        text = (await readFile(file, "utf8")).replace(/^\uFEFF/, "");
      } catch (error) {
        loaded.errors.push({ file, line: 0, column: 0, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
        continue;
      }
      const fromName = originFromFileName(file);
      const result = parseZoneFile(text, { file, ...(fromName === null ? {} : { origin: fromName }) });
      loaded.files.push(file);
      for (const error of result.errors) loaded.errors.push({ file, ...error });
      if (result.origin !== null) origins.add(result.origin);
      for (const record of result.records) {
        loaded.records.push(record);
        if (record.type === "SOA") origins.add(record.name);
      }
    }
  }
  loaded.origins = [...origins].sort();
  return loaded;
}

export interface ZoneSourceOptions {
  /** Asked for names outside the loaded zones (e.g. SPF includes); without it they are "failed". */
  fallback?: RecordSource;
}

function isLoadedZones(input: unknown): input is LoadedZones {
  return typeof input === "object" && input !== null && !Array.isArray(input) && "records" in input && "origins" in input;
}

/**
 * A RecordSource over zone data: records, an index, loaded zones, or zone file/directory paths (read on the
 * first lookup; if they have errors every lookup fails with the first one, so call loadZones first to
 * report them).
 */
export function createZoneSource(
  input: readonly ZoneRecord[] | readonly string[] | ZoneIndex | LoadedZones,
  options: ZoneSourceOptions = {},
): RecordSource {
  type Ready = { index: ZoneIndex; problem: string | null };
  const fromLoaded = (loaded: LoadedZones): Ready => ({
    index: new ZoneIndex(loaded.records, loaded.origins),
    problem: loaded.errors[0] ? formatZoneError(loaded.errors[0]) : null,
  });
  let ready: Promise<Ready> | null = null;
  // Paths are read on the first lookup, once.
  const load = (): Promise<Ready> => {
    if (ready) return ready;
    if (input instanceof ZoneIndex) ready = Promise.resolve({ index: input, problem: null });
    else if (isLoadedZones(input)) ready = Promise.resolve(fromLoaded(input));
    else if (input.length > 0 && typeof input[0] === "string") ready = loadZones(input as readonly string[]).then(fromLoaded);
    else ready = Promise.resolve({ index: new ZoneIndex(input as readonly ZoneRecord[]), problem: null });
    return ready;
  };

  async function lookup(rawName: string, type: RRType): Promise<ObservedRRset> {
    const name = canonicalName(rawName);
    const { index, problem } = await load();
    if (problem) return failedRRset(name, type, { reason: "malformed", detail: `zone files have errors: ${problem}` });
    const answer = index.query(name, type);
    if (answer.rcode === "REFUSED") {
      if (options.fallback) return options.fallback.lookup(name, type);
      return failedRRset(name, type, { reason: "refused", detail: `no loaded zone holds ${name}` });
    }
    const first = answer.answers[0];
    const cname = type !== "CNAME" && first?.type === "CNAME" ? first.value : undefined;
    if (answer.rcode === "SERVFAIL") return failedRRset(name, type, { reason: "malformed", detail: `CNAME loop or chain too long at ${answer.finalName}` }, cname);
    if (answer.leftZones) {
      if (options.fallback) {
        const target = await options.fallback.lookup(answer.finalName, type);
        return { ...target, name, ...(cname === undefined ? {} : { cname }) };
      }
      return failedRRset(name, type, { reason: "refused", detail: `alias target ${answer.finalName} is outside the loaded zones` }, cname);
    }
    if (answer.rcode === "NXDOMAIN") return emptyRRset(name, type, "nxdomain", cname);
    const records = answer.answers.filter((r) => r.type === type && r.name === answer.finalName);
    if (records.length === 0) return emptyRRset(name, type, "nodata", cname);
    return okRRset(name, type, records.map((r) => ({ value: r.value, ttl: r.ttl, ...(r.strings ? { strings: r.strings } : {}) })), cname);
  }

  return {
    lookup,
    close: () => options.fallback?.close?.(),
  };
}
