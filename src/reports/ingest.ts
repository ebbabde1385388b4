// `reports ingest`: files and folders → reports in the store. One bad file is a problem naming it; the
// others go in. Reports are written in batches, each batch in one transaction, so an interrupted run
// leaves whole reports behind and running it again adds only what is missing.
import { readdirSync, statSync, type Dirent } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { readRegularFile, specialKind } from "../config/regular-file.js";
import { compareText } from "./code-point-order.js";
import type { IngestProblem } from "./model.js";
import { decodeXml, parseAggregateReport } from "./parse.js";
import type { ReportConflict, ReportStore, StoredReport } from "./store.js";
import { DEFAULT_LIMITS, unpack, type UnpackLimits } from "./unpack.js";

/** Largest file read at all: an mbox of a month of reports fits; a 100 MB "report" is refused unread. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
export const BATCH_SIZE = 500;

/**
 * The problem of a report sent again under its id with other content (a receiver's correction or extension).
 * RFC 7489 Appendix C makes report_id the report's unique identifier: two contents cannot both be counted
 * (its messages would count twice), and replacing the stored one silently would change figures already
 * published in an evidence file. The stored copy stays, and the command says so.
 */
export function conflictProblem(conflict: ReportConflict): IngestProblem {
  return {
    source: conflict.source,
    message: `report ${conflict.reportId} from ${conflict.orgName} <${conflict.email}> is already stored with other content (stored from ${conflict.storedSource}): this copy was not stored, so that no message is counted twice; the stored copy stays`,
  };
}

export interface IngestTotals {
  files: number;
  documents: number;
  added: number;
  duplicates: number;
  problems: IngestProblem[];
}

/**
 * The reports inside one file's (or message's) content. `now` (seconds since the epoch, default the clock's)
 * is what a report's period may not end a day after.
 */
export async function readReports(source: string, bytes: Uint8Array, limits: UnpackLimits = DEFAULT_LIMITS, now = Math.floor(Date.now() / 1000)): Promise<{ reports: StoredReport[]; problems: IngestProblem[]; documents: number }> {
  const unpacked = await unpack(source, bytes, limits);
  const reports: StoredReport[] = [];
  const problems = [...unpacked.problems];
  for (const document of unpacked.documents) {
    const outcome = parseAggregateReport(document.source, decodeXml(document.bytes), { now });
    if ("report" in outcome) reports.push({ report: outcome.report, source: document.source });
    else problems.push(outcome.problem);
  }
  return { reports, problems, documents: unpacked.documents.length };
}

/** A folder the walk went through: its path, and the path shown for it in messages. */
interface Folder {
  absolute: string;
  display: string;
}

/**
 * A file to read: its folder and its name in it. A first ingest lists a hundred thousand files and keeps the
 * list to the end; held as two full paths per file, the list was a third of the live heap, and the garbage
 * collector sizes the heap on what is live. A file's paths are made when it is read. A file given by
 * itself is its own folder, with the name "".
 */
export interface ReportFile {
  folder: Folder;
  name: string;
}

/** The path shown for a file or folder `name` in a folder shown as `shown` ("": the working folder). */
const shownIn = (shown: string, name: string) => (shown === "" ? name : shown.endsWith("/") ? `${shown}${name}` : `${shown}/${name}`);

export function fileAbsolute(file: ReportFile): string {
  return file.name === "" ? file.folder.absolute : join(file.folder.absolute, file.name);
}

export function fileDisplay(file: ReportFile): string {
  return file.name === "" ? file.folder.display : shownIn(file.folder.display, file.name);
}


/** How many folders deep a walk goes below a path given. */
export const MAX_FOLDER_DEPTH = 16;

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/**
 * Files under the paths (folders recursively, hidden entries skipped), each once, sorted by the path shown
 * (code point order). Whatever cannot be read is a problem naming it, and the walk goes on with the rest:
 * a missing path, a folder that cannot be listed, a FIFO, socket or device (never opened: a FIFO would wait
 * for a writer forever), a link to a folder (not followed: links can make a folder its own descendant), a
 * folder past MAX_FOLDER_DEPTH. A link to a file is read as the file.
 */
export function reportFiles(paths: readonly string[], cwd: string): { files: ReportFile[]; problems: IngestProblem[] } {
  const files: ReportFile[] = [];
  const problems: IngestProblem[] = [];
  const display = (absolute: string) => {
    const shown = relative(cwd, absolute).split(sep).join("/");
    return shown.startsWith("..") ? absolute : shown;
  };
  const notRead = (source: string, why: string) => problems.push({ source, message: `not read: ${why} (the other files were read)` });
  // A folder's files take their display path from the folder's (one path computation per folder, not per file).
  const walk = (folder: Folder, depth: number) => {
    if (depth > MAX_FOLDER_DEPTH) return notRead(folder.display, `a folder more than ${MAX_FOLDER_DEPTH} folders deep`);
    let entries: Dirent[];
    try {
      entries = readdirSync(folder.absolute, { withFileTypes: true });
    } catch (error) {
      return notRead(folder.display, `a folder that cannot be listed (${errorCode(error)}), so none of its files`);
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      if (entry.isDirectory()) walk({ absolute: join(folder.absolute, entry.name), display: shownIn(folder.display, entry.name) }, depth + 1);
      else if (entry.isFile()) files.push({ folder, name: entry.name });
      else {
        const shown = shownIn(folder.display, entry.name);
        let stats;
        try {
          stats = statSync(join(folder.absolute, entry.name));
        } catch (error) {
          notRead(shown, entry.isSymbolicLink() ? `a link to nothing readable (${errorCode(error)})` : `cannot read it (${errorCode(error)})`);
          continue;
        }
        if (stats.isFile()) files.push({ folder, name: entry.name });
        else if (entry.isSymbolicLink() && stats.isDirectory()) notRead(shown, "a link to a folder, which is not followed; give the folder itself");
        else notRead(shown, `it is ${specialKind(stats)}, not a regular file`);
      }
    }
  };
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let isFolder: boolean;
    try {
      isFolder = statSync(absolute).isDirectory();
    } catch (error) {
      problems.push({ source: path, message: errorCode(error) === "ENOENT" ? "no such file or folder" : `cannot read it (${errorCode(error)})` });
      continue;
    }
    if (isFolder) walk({ absolute, display: display(absolute) }, 0);
    else files.push({ folder: { absolute, display: display(absolute) }, name: "" });
  }
  // A folder lists its entries in no set order: the problems are told in the order of the paths they name.
  problems.sort((a, b) => compareText(a.source, b.source));
  // Files of one folder compare by name alone (their shown paths differ only there); others by shown path.
  files.sort((a, b) => (a.folder === b.folder ? compareText(a.name, b.name) : compareText(fileDisplay(a), fileDisplay(b))));
  // A file named twice (a folder and a file in it, or one path given twice) is read once.
  const once = files.filter((file, i) => i === 0 || fileAbsolute(file) !== fileAbsolute(files[i - 1]!));
  return { files: once, problems };
}

export interface IngestOptions {
  cwd: string;
  limits?: UnpackLimits;
  maxFileBytes?: number;
  batchSize?: number;
  /** Now, in seconds since the epoch (default: the clock's): reports of days to come are refused. */
  now?: number;
  onFile?: (done: number, total: number) => void;
  /** Called after each batch is stored, with the number of reports read so far (stored or already there). */
  onBatch?: (reports: number) => void;
}

export async function ingestPaths(store: ReportStore, paths: readonly string[], options: IngestOptions): Promise<IngestTotals> {
  const { files, problems } = reportFiles(paths, options.cwd);
  const totals: IngestTotals = { files: files.length, documents: 0, added: 0, duplicates: 0, problems };
  const maxFileBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
  const batchSize = options.batchSize ?? BATCH_SIZE;
  let batch: StoredReport[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const outcome = await store.addReports(batch);
    totals.added += outcome.added;
    totals.duplicates += outcome.duplicates;
    for (const conflict of outcome.conflicts ?? []) totals.problems.push(conflictProblem(conflict));
    batch = [];
    options.onBatch?.(totals.added + totals.duplicates);
  };
  for (const [i, file] of files.entries()) {
    const shown = fileDisplay(file);
    // Opened without blocking and checked to be a regular file before reading: a FIFO given by name would
    // otherwise wait for a writer forever, and the files after it would never be read.
    const read = readRegularFile(fileAbsolute(file), maxFileBytes);
    if (!("bytes" in read)) {
      const mib = (n: number) => `${Math.round(n / 1024 / 1024)} MiB`;
      const message =
        read.reason === "too-large" ? `refused unread: ${mib(read.size)}, over the ${mib(maxFileBytes)} a report file may have (split an mbox, or fetch from the mailbox)` : read.reason === "unreadable" ? `cannot read (${read.code})` : `not read: ${read.problem} (the other files were read)`;
      totals.problems.push({ source: shown, message });
      continue;
    }
    const found = await readReports(shown, read.bytes, options.limits, options.now);
    totals.documents += found.documents;
    totals.problems.push(...found.problems);
    batch.push(...found.reports);
    if (batch.length >= batchSize) await flush();
    options.onFile?.(i + 1, files.length);
  }
  await flush();
  if (totals.added > 0) await store.finishIngest();
  return totals;
}
