// `--password-file FILE`: the mailbox password read from a file, or from standard input with `-` (a secret
// manager's pipe), so it never sits on the command line (visible to every user in the process list) or in
// the shell's history. Bounded in size and, for standard input, in time: a pipe that never ends must not
// hold the run. The password itself never appears in an error.
import { open } from "node:fs/promises";
import { isatty } from "node:tty";
import { resolve } from "node:path";
import { UsageError } from "./command.js";

/** Far above any real password; a file this size is the wrong file. */
export const MAX_PASSWORD_BYTES = 4096;

/** The first line, without its line end: a password has no newline, a file written by an editor ends with one. */
function firstLine(bytes: Buffer, label: string): string {
  const text = bytes.toString("utf8").split(/\r?\n/)[0]!;
  if (text === "") throw new UsageError(`${label}: no password in it (the first line is empty)`);
  return text;
}

function tooLong(label: string): UsageError {
  return new UsageError(`${label}: longer than ${MAX_PASSWORD_BYTES} bytes, which is not a password file; give the file that holds only the password`);
}

async function readRegularFile(path: string, label: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw new UsageError(`${label}: cannot read it (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  try {
    const buffer = Buffer.alloc(MAX_PASSWORD_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > MAX_PASSWORD_BYTES) throw tooLong(label);
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${label}: cannot read it (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  } finally {
    await handle.close();
  }
}

/** Standard input up to its end or its first line end, within `timeoutMs`. */
function readStandardInput(stdin: NodeJS.ReadStream, timeoutMs: number, label: string): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const finish = (error: UsageError | null): void => {
      clearTimeout(timer);
      stdin.off("data", onData);
      stdin.off("end", onEnd);
      stdin.off("error", onError);
      stdin.pause();
      // Our reading ends here: the handle must not keep the process alive after the report.
      stdin.destroy();
      if (error) reject(error);
      else resolvePromise(Buffer.concat(chunks, length));
    };
    const onData = (chunk: Buffer): void => {
      chunks.push(chunk);
      length += chunk.length;
      if (length > MAX_PASSWORD_BYTES) finish(tooLong(label));
      else if (chunk.includes(0x0a)) finish(null);
    };
    const onEnd = (): void => finish(null);
    const onError = (error: NodeJS.ErrnoException): void => finish(new UsageError(`${label}: cannot read standard input (${error.code ?? "error"})`));
    const timer = setTimeout(() => finish(new UsageError(`${label}: nothing ended the password on standard input within ${timeoutMs} ms (pipe it in, ending with a new line or the end of the input)`)), timeoutMs);
    stdin.on("data", onData);
    stdin.once("end", onEnd);
    stdin.once("error", onError);
    stdin.resume();
  });
}

/** The password from `--password-file FILE` (`-`: standard input, which must not be a terminal). */
export async function readPasswordFile(file: string, cwd: string, timeoutMs: number, stdin: NodeJS.ReadStream = process.stdin): Promise<string> {
  const label = `--password-file ${file}`;
  if (file === "-") {
    // Typed at a terminal, the password would show on the screen as it is typed.
    if (isatty(0)) throw new UsageError(`${label}: standard input is a terminal; pipe the password in (e.g. from your password manager) or give a file readable only by you`);
    return firstLine(await readStandardInput(stdin, timeoutMs, label), label);
  }
  return firstLine(await readRegularFile(resolve(cwd, file), label), label);
}
