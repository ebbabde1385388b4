// Reading domain files ahead of the linter on a helper thread. Opening and reading 10,000 small files is
// about a tenth of a lint's time, all of it in system calls; a thread that only reads lets those overlap
// with parsing and rules on the main thread. Results come back in file order, in batches (one message per
// batch, the bytes moved, not copied). Anything the thread cannot do falls back to reading here.
import * as fs from "node:fs";
import { Worker } from "node:worker_threads";
import { MAX_FILE_BYTES } from "../config/source.js";
import { readBoundedFile, readDomainFile, type DomainFileRef, type ReadResult } from "./files.js";

/** Below this many files a thread costs more than it saves (starting one takes a few milliseconds). */
export const READ_AHEAD_MIN_FILES = 200;
const BATCH_FILES = 64;

type ThreadRead = { bytes: Uint8Array } | { tooLarge: number } | { code: string };

// The thread's whole program. It reuses readBoundedFile's own source, so both threads read files alike.
const THREAD_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const fs = require("node:fs");
const readBoundedFile = ${readBoundedFile.toString()};
const { paths, max, batch } = workerData;
let items = [];
let transfer = [];
for (let i = 0; i < paths.length; i++) {
  let item;
  try {
    item = readBoundedFile(fs, paths[i], max);
    if (item.bytes) transfer.push(item.bytes.buffer);
  } catch (error) {
    item = { code: (error && error.code) || "error" };
  }
  items.push(item);
  if (items.length === batch || i === paths.length - 1) {
    parentPort.postMessage(items, transfer);
    items = [];
    transfer = [];
  }
}
`;

export interface FileReader {
  /** The file at `index` (read in order): its bytes or its size when too large; throws UsageError when unreadable. */
  read(index: number): Promise<ReadResult> | ReadResult;
  close(): void;
}

/** Reads here, one file at a time. */
function directReader(refs: readonly DomainFileRef[]): FileReader {
  return { read: (index) => readDomainFile(refs[index]!), close: () => {} };
}

export function fileReader(refs: readonly DomainFileRef[]): FileReader {
  if (refs.length < READ_AHEAD_MIN_FILES) return directReader(refs);
  let worker: Worker;
  try {
    worker = new Worker(THREAD_SOURCE, { eval: true, workerData: { paths: refs.map((r) => r.absolute), max: MAX_FILE_BYTES, batch: BATCH_FILES } });
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
    // The thread only says why it could not read; the message is the one a direct read gives.
    if ("code" in item) return readDomainFile(refs[index]!);
    return item;
  };
  return {
    read(index) {
      if (index < arrived.length || failed) return settle(index);
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
    close() {
      void worker.terminate();
    },
  };
}
