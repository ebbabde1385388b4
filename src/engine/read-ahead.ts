// Reading domain files ahead of the linter on a helper thread. Opening and reading 10,000 small files is
// about a tenth of a lint's time, all of it in system calls; a thread that only reads lets those overlap
// with parsing and rules on the main thread. Results come back in file order, in batches (one message per
// batch, the bytes moved, not copied). The thread stays at most a bounded number of files and octets
// ahead of the linter, so a folder of large files is never read into memory at once. Anything the thread
// cannot do falls back to reading here.
import { Worker } from "node:worker_threads";
import { MAX_FILE_BYTES } from "../config/source.js";
import { fileStamp, readBoundedFile, readDomainFile, STAMP_SETTLE_MS, type DomainFileRef, type ReadResult } from "./files.js";

/** Below this many files a thread costs more than it saves (starting one takes a few milliseconds). */
export const READ_AHEAD_MIN_FILES = 200;
const BATCH_FILES = 64;
/** How far the thread may read ahead of the linter: this many files, and this many octets. */
const AHEAD_FILES = 1024;
const AHEAD_OCTETS = 32 * 1024 * 1024;
const NOTIFY_EVERY = 32;

type ThreadRead = { bytes: Uint8Array; stamp?: string | null } | { tooLarge: number } | { code: string };

// The thread's whole program. It reuses readBoundedFile's and fileStamp's own source, so both threads read
// files alike (fileStamp is handed to readBoundedFile, so a name the bundler gives it does not matter).
const THREAD_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const fs = require("node:fs");
const readBoundedFile = ${readBoundedFile.toString()};
const fileStamp = ${fileStamp.toString()};
const { paths, max, settleMs, batch, aheadFiles, aheadOctets, consumed } = workerData;
const done = new Int32Array(consumed);
// Octets read up to each file, to know how much the linter has not taken yet.
const readUpTo = new Float64Array(paths.length + 1);
let items = [];
let transfer = [];
for (let i = 0; i < paths.length; i++) {
  const taken = Atomics.load(done, 0);
  if (i - taken >= aheadFiles || readUpTo[i] - readUpTo[taken] >= aheadOctets) {
    // Hand over what is read before waiting: the linter may be waiting for one of those files.
    if (items.length > 0) {
      parentPort.postMessage(items, transfer);
      items = [];
      transfer = [];
    }
    // Then wait until the linter has taken half of what is ahead, so that the two threads do not wake
    // each other for every file. The linter says how far it is (Atomics.notify); terminate() ends a wait.
    for (;;) {
      const now = Atomics.load(done, 0);
      if (i - now <= aheadFiles / 2 && readUpTo[i] - readUpTo[now] <= aheadOctets / 2) break;
      Atomics.wait(done, 0, now, 1000);
    }
  }
  let item;
  try {
    // A file the walk found unreadable (a FIFO, a device, a broken link) is not opened here either.
    item = paths[i] === null ? { code: "skipped" } : readBoundedFile(fs, paths[i], max, fileStamp, settleMs);
    if (item.bytes) transfer.push(item.bytes.buffer);
  } catch (error) {
    item = { code: (error && error.code) || "error" };
  }
  readUpTo[i + 1] = readUpTo[i] + (item.bytes ? item.bytes.length : 0);
  items.push(item);
  if (items.length === batch || i === paths.length - 1) {
    parentPort.postMessage(items, transfer);
    items = [];
    transfer = [];
  }
}
`;

export interface FileReader {
  /** The file at `index` (read in order): its bytes, its size when too large, or why it cannot be read. */
  read(index: number): Promise<ReadResult> | ReadResult;
  /** Files read by the thread and not yet taken (for tests of the bound). */
  ahead(): number;
  close(): void;
}

export interface ReadAheadLimits {
  files?: number;
  octets?: number;
}

/** Reads here, one file at a time. */
function directReader(refs: readonly DomainFileRef[]): FileReader {
  return { read: (index) => readDomainFile(refs[index]!), ahead: () => 0, close: () => {} };
}

export function fileReader(refs: readonly DomainFileRef[], limits: ReadAheadLimits = {}): FileReader {
  if (refs.length < READ_AHEAD_MIN_FILES) return directReader(refs);
  let worker: Worker;
  // How many files the linter has taken: the thread reads ahead of this, within its bounds.
  const consumed = new SharedArrayBuffer(4);
  const taken = new Int32Array(consumed);
  try {
    const workerData = { paths: refs.map((r) => (r.problem ? null : r.absolute)), max: MAX_FILE_BYTES, settleMs: STAMP_SETTLE_MS, batch: BATCH_FILES, aheadFiles: limits.files ?? AHEAD_FILES, aheadOctets: limits.octets ?? AHEAD_OCTETS, consumed };
    worker = new Worker(THREAD_SOURCE, { eval: true, workerData });
  } catch {
    return directReader(refs);
  }
  worker.unref();
  const arrived: ThreadRead[] = [];
  let failed = false;
  let waiting: (() => void) | null = null;
  const wake = () => {
    const resume = waiting;
    waiting = null;
    resume?.();
  };
  worker.on("message", (items: ThreadRead[]) => {
    for (const item of items) arrived.push(item);
    wake();
  });
  // A thread that dies leaves the rest of the files to be read here.
  worker.on("error", () => {
    failed = true;
    wake();
  });
  worker.on("exit", () => {
    if (arrived.length < refs.length) failed = true;
    wake();
  });
  const settle = (index: number): ReadResult => {
    const item = arrived[index];
    if (item === undefined) return readDomainFile(refs[index]!);
    arrived[index] = undefined as unknown as ThreadRead; // let the bytes go once handed over
    Atomics.store(taken, 0, index + 1);
    // A waiting thread is woken now and then, not for every file (it waits for half its window).
    if (index % NOTIFY_EVERY === 0) Atomics.notify(taken, 0);
    // The thread only says why it could not read; the problem is the one a direct read gives.
    if ("code" in item) return readDomainFile(refs[index]!);
    return item;
  };
  return {
    read(index) {
      if (index < arrived.length || failed) return settle(index);
      // About to wait for the thread: make sure it is not itself waiting for word from here.
      Atomics.notify(taken, 0);
      return new Promise<ReadResult>((resolve, reject) => {
        const check = () => {
          if (index < arrived.length || failed) {
            try {
              resolve(settle(index));
            } catch (error) {
              reject(error);
            }
          } else waiting = check;
        };
        check();
      });
    },
    ahead: () => arrived.length - Atomics.load(taken, 0),
    close() {
      void worker.terminate();
    },
  };
}
