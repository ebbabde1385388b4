// The CLI's `main` run in the test's own process, for a test whose subject is what a command says about files
// a subprocess run wrote (the files `import` writes, read back by `lint` and `plan`): the same code and
// arguments as `node dist/cli.js`, without starting Node and loading the bundle, which is most of a short
// run's CPU. What is about the process (its exit code as a shell sees it, its streams, signals, the files it
// writes) stays a subprocess run (cli.ts, ../plan/cli-async.ts).
import type { CliIO } from "../../src/cli/command.js";
import { main } from "../../src/cli/main.js";
import { repoRoot, type CliRun } from "./cli.js";

/** Runs `maildns <args>` in this process, its output collected; cwd and environment as runCli gives them. */
export async function runCliInProcess(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: options.cwd ?? repoRoot,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...options.env },
    isTTY: false,
  };
  const status = await main(args, io);
  return { status, stdout, stderr };
}
