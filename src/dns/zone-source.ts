// Zone files as the observed state (`--zone FILE|DIR`): the same observations a DNS server holding those
// zones would give, without any network. Files are read once and indexed once by owner name, so every
// question (and every per-domain listing: zone apexes, DKIM selectors) is answered without a scan.
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, resolve, sep } from "node:path";
import { codePointName } from "../model/show.js";
import { canonicalName, nameProblem, parentName } from "./names.js";
import { emptyRRset, failedRRset, okRRset, withAliasTtl } from "./presentation.js";
import { parseZoneFile, type IncludedFile } from "./zone-file.js";
import { ZoneIndex } from "./zone-index.js";
import type { ObservedRRset, RecordSource, RRType, ZoneRecord } from "./types.js";
import { runEndedDetail, type RunEnd } from "./run-end.js";

export interface ZoneLoadError {
  file: string;
  line: number;
  column: number;
  message: string;
  /** "no-origin": the file's zone is not known (its name does not give it and it has no $ORIGIN). */
  code?: "no-origin";
  /** The zone of the file the error is in, when known: only that zone's lookups fail because of it. */
  zone?: string;
}

/** Where a zone's name comes from: the $ORIGIN line, the SOA record, or the file name / --origin (line 0). */
export interface ZoneOrigin {
  file: string;
  line: number;
  column: number;
}

export interface LoadedZones {
  records: ZoneRecord[];
  /** Zone apexes: each file's origin and every SOA owner. */
  origins: string[];
  files: string[];
  errors: ZoneLoadError[];
  /** The records indexed by owner name, built once. */
  index: ZoneIndex;
  /** Where each origin was declared, for messages about it. */
  originAt: Map<string, ZoneOrigin>;
  /** DKIM selectors per domain: every `<selector>._domainkey.<domain>` owner of a TXT or CNAME. */
  selectors: Map<string, string[]>;
}

export interface LoadZonesOptions {
  /** `--origin`: the zone of the (one) file given, as named-checkzone and kzonecheck take it. */
  origin?: string;
}

/** Zone files larger than this are refused rather than read into memory. */
const MAX_ZONE_FILE_BYTES = 64 * 1024 * 1024;

export function formatZoneError(error: ZoneLoadError): string {
  // A zone's tokens quoted in a message may hold line terminators or controls: shown as U+XXXX so each
  // error stays one line, and cut so one error cannot fill the screen.
  let message = error.message.replace(/[\u0000-\u001f\u007f\u2028\u2029]/gu, codePointName);
  if (message.length > 300) message = `${message.slice(0, 300)}… (${message.length} characters)`;
  return error.line > 0 ? `${error.file}:${error.line}:${error.column}: ${message}` : `${error.file}: ${message}`;
}

/** Last labels that name a kind of file rather than a top-level domain ("named.conf", "zone.bak"). */
const FILE_EXTENSIONS = new Set(["txt", "db", "zone", "conf", "cfg", "bak", "old", "orig", "signed", "jnl", "tmp", "json", "yaml", "yml", "csv", "log", "swp", "save", "hosts", "inc"]);

/** A host-style domain of two labels or more whose last label is a top-level domain, not a number. */
function isDomainName(name: string): boolean {
  if (name.length > 253 || !/^([a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(name)) return false;
  return nameProblem(name) === null;
}

/**
 * The zone a file is named after, or null when its name does not name one: "<zone>.zone", "<zone>.txt",
 * "<zone>.db", BIND's "db.<zone>", or the bare "<zone>". "db.example.fr" is example.fr, and a name that is
 * not a domain ("export.txt", "zone-2026-01-01.txt") gives nothing: the caller asks for --origin.
 */
export function originFromFileName(file: string): string | null {
  const base = basename(file).toLowerCase();
  let stem: string;
  const suffixed = /^(.+)\.(zone|txt|db)$/.exec(base);
  if (suffixed) stem = suffixed[1]!;
  else if (base.startsWith("db.")) stem = base.slice(3);
  else {
    stem = base;
    if (FILE_EXTENSIONS.has(stem.slice(stem.lastIndexOf(".") + 1))) return null;
  }
  const origin = canonicalName(stem);
  return isDomainName(origin) ? origin : null;
}

/**
 * Files of a directory that hold zones: every *.zone, and <zone>.txt, <zone>.db and db.<zone> named after
 * a zone. A bare "<zone>" is read when given by name, not picked from a folder, where "mail.inc" is more
 * likely a file to $INCLUDE than the zone mail.inc.
 */
export function isZoneFileName(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower.endsWith(".zone")) return true;
  return (/\.(txt|db)$/.test(lower) || lower.startsWith("db.")) && originFromFileName(name) !== null;
}

async function zoneFilesIn(path: string, errors: ZoneLoadError[]): Promise<{ files: string[]; root: string }[]> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    errors.push({ file: path, line: 0, column: 0, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
    return [];
  }
  if (info.isFile()) return [{ files: [path], root: dirname(path) }];
  if (!info.isDirectory()) {
    errors.push({ file: path, line: 0, column: 0, message: "not a regular file or a directory: give a zone file or a folder of them" });
    return [];
  }
  const files = (await readdir(path)).filter(isZoneFileName).sort();
  if (files.length === 0) errors.push({ file: path, line: 0, column: 0, message: "directory holds no zone files (*.zone, <zone>.txt, db.<zone>)" });
  return [{ files: files.map((f) => `${path}${path.endsWith(sep) ? "" : sep}${f}`), root: path }];
}

function realFolder(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/**
 * Reads an $INCLUDE: relative to the including file, and only inside the zone's folder (the folder given
 * to --zone, or the zone file's own): a zone never reads /etc/passwd or a sibling project's files.
 */
function includeReader(root: string, realRoot: string | null, topFile: string, readFile: ZoneFileReader): (path: string, from: string | undefined) => IncludedFile | { error: string } {
  return (path, from) => {
    const file = isAbsolute(path) ? path : resolve(dirname(from ?? topFile), path);
    let real: string;
    try {
      real = realpathSync(file);
    } catch (error) {
      return { error: `$INCLUDE ${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? "error"})` };
    }
    if (realRoot === null || (real !== realRoot && !real.startsWith(realRoot + sep))) {
      return { error: `$INCLUDE ${path} is outside the zone's folder ${root}: an included file must be in that folder or below it` };
    }
    const read = readFile(real);
    if ("error" in read) return { error: `$INCLUDE ${path}: ${read.error}` };
    return { file, id: real, text: read.text };
  };
}

const DOMAINKEY = "._domainkey.";

/** Reads zone files' texts, one after another, into one buffer kept for the reader's lifetime. */
type ZoneFileReader = (file: string) => { text: string } | { error: string };

/**
 * A reader of zone files' texts, read synchronously: a folder of 10,000 small zones is read in a fraction of
 * the time a promise per file takes (each one a round trip through libuv's thread pool), and nothing else
 * runs while zones load. Each file is opened once, then checked on the descriptor (a FIFO or a device is
 * never read), and read with the size fstat gave into a buffer reused from file to file: one read per file
 * instead of readFileSync's reads of 8 KiB until one comes back empty, and its options and copy per call.
 */
function zoneFileReader(): ZoneFileReader {
  let buffer = Buffer.allocUnsafe(64 * 1024);
  return (file) => {
    let fd: number | null = null;
    try {
      fd = openSync(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
      const info = fstatSync(fd);
      if (!info.isFile()) return { error: "not a regular file" };
      if (info.size > MAX_ZONE_FILE_BYTES) return { error: `zone file is larger than ${MAX_ZONE_FILE_BYTES / 1024 / 1024} MiB` };
      // One octet more than fstat said: a read that comes back short once the file's size is reached is its
      // end, in one system call; a file that grew since fills the buffer, which then doubles.
      if (buffer.length < info.size + 1) buffer = Buffer.allocUnsafe(info.size + 1);
      let length = 0;
      for (;;) {
        const wanted = buffer.length - length;
        const read = readSync(fd, buffer, length, wanted, null);
        length += read;
        if (read === 0 || (read < wanted && length >= info.size)) break;
        if (length > MAX_ZONE_FILE_BYTES) return { error: `zone file is larger than ${MAX_ZONE_FILE_BYTES / 1024 / 1024} MiB` };
        if (length === buffer.length) {
          const grown = Buffer.allocUnsafe(buffer.length * 2);
          buffer.copy(grown, 0, 0, length);
          buffer = grown;
        }
      }
      // A UTF-8 byte order mark is not part of the zone.
      const start = length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
      return { text: buffer.toString("utf8", start, length) };
    } catch (error) {
      return { error: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
    } finally {
      if (fd !== null) closeSync(fd);
    }
  };
}

/**
 * Read zone files and directories of zone files. Never throws: problems come back as errors with
 * file:line:col. With `origin`, that name is the zone of every file read (the caller gives one file).
 */
export async function loadZones(paths: readonly string[], options: LoadZonesOptions = {}): Promise<LoadedZones> {
  const errors: ZoneLoadError[] = [];
  const records: ZoneRecord[] = [];
  const files: string[] = [];
  const originAt = new Map<string, ZoneOrigin>();
  const index = new ZoneIndex();
  const readZoneFile = zoneFileReader();
  const selectors = new Map<string, Set<string>>();
  const given = options.origin === undefined ? undefined : canonicalName(options.origin);
  for (const path of paths) {
    for (const group of await zoneFilesIn(path, errors)) {
      const realRoot = realFolder(group.root);
      for (const file of group.files) {
        const fromName = given ?? originFromFileName(file);
        const read = readZoneFile(file);
        if ("error" in read) {
          errors.push({ file, line: 0, column: 0, message: read.error, ...(fromName === null ? {} : { zone: fromName }) });
          continue;
        }
        const text = read.text;
        const result = parseZoneFile(text, {
          file,
          include: includeReader(group.root, realRoot, file, readZoneFile),
          ...(fromName === null ? {} : { origin: fromName }),
        });
        files.push(file);
        const zone = result.origin ?? fromName;
        for (const error of result.errors) errors.push({ ...error, file: error.file ?? file, ...(zone === null || error.code === "no-origin" ? {} : { zone }) });
        if (result.origin !== null && !originAt.has(result.origin)) originAt.set(result.origin, { file, line: result.originLine ?? 0, column: result.originColumn ?? 0 });
        // One pass over a file's records: kept, indexed, and read for zone apexes and DKIM selectors.
        index.add(result.records);
        for (const record of result.records) {
          records.push(record);
          if (record.type === "SOA" && !originAt.has(record.name)) originAt.set(record.name, { file: record.file ?? file, line: record.line ?? 0, column: 1 });
          else if (record.type === "TXT" || record.type === "CNAME") addSelector(selectors, record.name);
        }
      }
    }
  }
  const origins = [...originAt.keys()].sort();
  for (const origin of origins) index.addZone(origin);
  return { records, origins, files, errors, index, originAt, selectors: new Map([...selectors].map(([domain, set]) => [domain, [...set].sort()])) };
}

/** A `<selector>._domainkey.<domain>` owner's selector, listed for its domain. */
function addSelector(selectors: Map<string, Set<string>>, name: string): void {
  const at = name.lastIndexOf(DOMAINKEY);
  if (at <= 0) return;
  const domain = name.slice(at + DOMAINKEY.length);
  let set = selectors.get(domain);
  if (!set) selectors.set(domain, (set = new Set()));
  set.add(name.slice(0, at));
}

const NOT_IN_LOADED_ZONES = "no loaded zone holds";

/** The detail of a failed lookup (reason `outside-zones`) of a name no loaded zone holds. */
export function notInLoadedZones(name: string): string {
  return `${NOT_IN_LOADED_ZONES} ${name}`;
}

/** Whether a failed lookup is one of a name no loaded zone holds (not an alias leaving them: that detail says what to do). */
export function isNotInLoadedZones(failure: { reason: string; detail?: string }): boolean {
  return failure.reason === "outside-zones" && failure.detail !== undefined && failure.detail.startsWith(`${NOT_IN_LOADED_ZONES} `);
}

export interface ZoneSourceOptions {
  /** Asked for names outside the loaded zones (e.g. SPF includes); without it they are "failed". */
  fallback?: RecordSource;
  /**
   * Without a fallback: what to do about an alias whose target is outside the loaded zones (a `_dmarc` or
   * `_mta-sts` CNAME to a provider's name), added to that failure's detail. The caller knows its flags.
   */
  outsideHint?: string;
  /**
   * The run's deadline and interruption: from then on every lookup the zone files would answer fails as a
   * DNS lookup then does (reason timeout, saying why), so an interrupted `audit --zone` stops checking
   * instead of going through every zone before it ends.
   */
  end?: RunEnd;
}

function isLoadedZones(input: unknown): input is LoadedZones {
  return typeof input === "object" && input !== null && !Array.isArray(input) && "records" in input && "origins" in input;
}

/**
 * A RecordSource over zone data: records, an index, loaded zones, or zone file/directory paths (read on the
 * first lookup). A zone whose file has errors is not guessed at: every lookup at or below it fails with its
 * first error, and the other zones answer as usual, so one bad file never stops the others. An error that
 * belongs to no known zone makes every lookup fail.
 */
export function createZoneSource(
  input: readonly ZoneRecord[] | readonly string[] | ZoneIndex | LoadedZones,
  options: ZoneSourceOptions = {},
): RecordSource {
  type Ready = { index: ZoneIndex; problem: string | null; zoneProblems: Map<string, string> };
  const fromLoaded = (loaded: LoadedZones): Ready => {
    const zoneProblems = new Map<string, string>();
    let problem: string | null = null;
    for (const error of loaded.errors) {
      if (error.zone === undefined) problem ??= formatZoneError(error);
      else if (!zoneProblems.has(error.zone)) zoneProblems.set(error.zone, formatZoneError(error));
    }
    return { index: loaded.index, problem, zoneProblems };
  };
  const noProblems = new Map<string, string>();
  /** The first error of the deepest zone with errors that holds the name, if any. */
  const zoneProblemAt = (name: string, problems: Map<string, string>): string | undefined => {
    if (problems.size === 0) return undefined;
    for (let n: string | null = name; n !== null; n = parentName(n)) {
      const problem = problems.get(n);
      if (problem !== undefined) return problem;
    }
    return undefined;
  };
  let ready: Promise<Ready> | null = null;
  // Paths are read on the first lookup, once.
  const load = (): Promise<Ready> => {
    if (ready) return ready;
    if (input instanceof ZoneIndex) ready = Promise.resolve({ index: input, problem: null, zoneProblems: noProblems });
    else if (isLoadedZones(input)) ready = Promise.resolve(fromLoaded(input));
    else if (input.length > 0 && typeof input[0] === "string") ready = loadZones(input as readonly string[]).then(fromLoaded);
    else ready = Promise.resolve({ index: new ZoneIndex(input as readonly ZoneRecord[]), problem: null, zoneProblems: noProblems });
    return ready;
  };

  let loaded: Ready | null = null;
  /**
   * Once loaded, an answer is worked out on the spot and handed back already settled: an audit of 10,000
   * zones asks hundreds of thousands of questions, and an async function per question (its promise, its
   * suspended frame) was a tenth of an import's allocations.
   */
  function lookup(rawName: string, type: RRType): Promise<ObservedRRset> {
    const ended = options.end ? runEndedDetail(options.end) : null;
    if (ended !== null) return Promise.resolve(failedRRset(canonicalName(rawName), type, { reason: "timeout", detail: ended }));
    if (loaded === null) return load().then((ready) => answer((loaded = ready), rawName, type));
    try {
      const rrset = answer(loaded, rawName, type);
      return rrset instanceof Promise ? rrset : Promise.resolve(rrset);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  function answer(ready: Ready, rawName: string, type: RRType): ObservedRRset | Promise<ObservedRRset> {
    const name = canonicalName(rawName);
    const { index, problem, zoneProblems } = ready;
    const zoneProblem = problem ?? zoneProblemAt(name, zoneProblems);
    if (zoneProblem !== undefined) return failedRRset(name, type, { reason: "malformed", detail: `zone file has errors: ${zoneProblem}` });
    const found = index.queryCanonical(name, type);
    if (found.rcode === "REFUSED") {
      if (options.fallback) return options.fallback.lookup(name, type);
      return failedRRset(name, type, { reason: "outside-zones", detail: notInLoadedZones(name) });
    }
    const first = found.answers[0];
    const cname = type !== "CNAME" && first?.type === "CNAME" ? first.value : undefined;
    const aliasTtl = cname === undefined ? undefined : first!.ttl;
    if (found.rcode === "SERVFAIL") return failedRRset(name, type, { reason: "malformed", detail: `CNAME loop or chain too long at ${found.finalName}` }, cname);
    if (found.leftZones) {
      if (options.fallback) {
        return options.fallback.lookup(found.finalName, type).then((target) => {
          const rrset: ObservedRRset = { ...target, name };
          delete rrset.cnameTtl;
          if (cname !== undefined) rrset.cname = cname;
          return withAliasTtl(rrset, aliasTtl);
        });
      }
      const hint = options.outsideHint ? `: ${options.outsideHint}` : "";
      return failedRRset(name, type, { reason: "outside-zones", detail: `alias target ${found.finalName} is outside the loaded zones${hint}` }, cname);
    }
    if (found.rcode === "NXDOMAIN") return withAliasTtl(emptyRRset(name, type, "nxdomain", cname), aliasTtl);
    const records = found.answers.filter((r) => r.type === type && r.name === found.finalName);
    if (records.length === 0) return withAliasTtl(emptyRRset(name, type, "nodata", cname), aliasTtl);
    // A zone record is already a presented record (value, strings, TTL): given as it is, not copied.
    return withAliasTtl(okRRset(name, type, records, cname), aliasTtl);
  }

  return {
    lookup,
    close: () => options.fallback?.close?.(),
  };
}
