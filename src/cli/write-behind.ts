// Writing many output files on a helper thread. Creating a file is a system call that costs far more than
// writing its few octets (an import of 10,000 zones spent about a third of its time in open(O_CREAT));
// a thread that only writes lets those calls overlap with the work that makes the next files. Files are
// written in the order given. Whatever the thread cannot do (it cannot start, or it dies) is written here.
// Each file is written whole (config/write-whole.ts: aside, then renamed), by the thread as here: a domain
// file that a lint or `pulumi up` reads meanwhile, or that a second import overwrites at the same time, is
// never half of one, and a write that fails leaves the file that was there.
import { Worker } from "node:worker_threads";
import { asidePath, linkWhole, openAside, replacedFile, writeFileWhole, writeWholeWith } from "../config/write-whole.js";

/** Below this many files a thread costs more than it saves (starting one takes a few milliseconds). */
export const WRITE_BEHIND_MIN_FILES = 200;
/** Files handed over in one message: a message per file cost more than writing it (waking the thread each time). */
const BATCH_FILES = 32;

// The thread's whole program: write each file as it comes, say which could not be written and why, and
// answer "end" once everything before it is written. The functions writeWholeWith calls (replacedFile,
// openAside, linkWhole) are declared with the names they have in this build, the ones its text calls them by.
const THREAD_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const fs = require("node:fs");
const { randomBytes } = require("node:crypto");
const asidePath = ${asidePath.toString()};
${replacedFile.toString()}
${openAside.toString()}
${linkWhole.toString()}
const writeWholeWith = ${writeWholeWith.toString()};
parentPort.on("message", (message) => {
  if (message === "end") {
    parentPort.postMessage({ end: true });
    return;
  }
  const failed = [];
  for (let i = 0; i < message.length; i += 2) {
    try {
      writeWholeWith(fs, asidePath, message[i], message[i + 1], process.pid + "-" + randomBytes(6).toString("hex"), workerData.replace, workerData.followLinks);
    } catch (error) {
      failed.push(message[i], (error && error.code) || String(error));
    }
  }
  parentPort.postMessage({ wrote: message.length / 2, failed });
});
`;

export interface FileWriter {
  /** Queue a file to be written (overwritten when it exists, unless the writer was made with `replace: false`). */
  write(file: string, text: string): void;
  /** Wait until every queued file is written: the files that could not be, with the reason (an error code). */
  finish(): Promise<Map<string, string>>;
  close(): void;
}

function writeHere(file: string, text: string, options: WriteOptions, failures: Map<string, string>): void {
  try {
    writeFileWhole(file, text, options);
    failures.delete(file);
  } catch (error) {
    failures.set(file, (error as NodeJS.ErrnoException).code ?? String(error));
  }
}

/**
 * How each file is written (config/write-whole.ts): `replace` false never replaces a file at the name;
 * `followLinks` false replaces a symbolic link at the name itself, never the file it names.
 */
interface WriteOptions {
  replace: boolean;
  followLinks: boolean;
}

/** Writes here, one file at a time. */
function directWriter(options: WriteOptions): FileWriter {
  const failures = new Map<string, string>();
  return {
    write: (file, text) => writeHere(file, text, options, failures),
    finish: () => Promise.resolve(failures),
    close: () => {},
  };
}

/** A writer for `expected` files: on a helper thread when there are enough of them to pay for it. */
export function fileWriter(expected: number, options: { minFiles?: number; replace?: boolean; followLinks?: boolean } = {}): FileWriter {
  const how: WriteOptions = { replace: options.replace ?? true, followLinks: options.followLinks ?? true };
  if (expected < (options.minFiles ?? WRITE_BEHIND_MIN_FILES)) return directWriter(how);
  let worker: Worker;
  try {
    worker = new Worker(THREAD_SOURCE, { eval: true, workerData: how });
  } catch {
    return directWriter(how);
  }
  worker.unref();
  const failures = new Map<string, string>();
  // Files handed over and not yet confirmed, in batches: written here if the thread dies.
  const pending: string[][] = [];
  let batch: string[] = [];
  let ended: (() => void) | null = null;
  let dead = false;
  let closed = false;
  const takeOver = () => {
    dead = true;
    for (const files of [...pending, batch]) for (let i = 0; i < files.length; i += 2) writeHere(files[i]!, files[i + 1]!, how, failures);
    pending.length = 0;
    batch = [];
    ended?.();
  };
  const send = () => {
    if (batch.length === 0) return;
    pending.push(batch);
    worker.postMessage(batch);
    batch = [];
  };
  worker.on("message", (message: { wrote: number; failed: string[] } | { end: true }) => {
    if ("wrote" in message) {
      // Batches are answered in the order they were sent.
      pending.shift();
      for (let i = 0; i < message.failed.length; i += 2) failures.set(message.failed[i]!, message.failed[i + 1]!);
    } else ended?.();
  });
  worker.on("error", takeOver);
  worker.on("exit", () => {
    if (!closed) takeOver();
  });
  return {
    write(file, text) {
      if (dead) {
        writeHere(file, text, how, failures);
        return;
      }
      batch.push(file, text);
      if (batch.length >= 2 * BATCH_FILES) send();
    },
    finish() {
      if (dead) return Promise.resolve(failures);
      return new Promise((resolve) => {
        ended = () => resolve(failures);
        // The answer to "end" comes after every file's: nothing is pending then.
        worker.ref();
        send();
        worker.postMessage("end");
      });
    },
    close() {
      closed = true;
      void worker.terminate();
    },
  };
}
