import { spawn } from "node:child_process";
import { cliPath, repoRoot, type CliRun } from "../helpers/cli.js";

/**
 * Runs the bundled CLI without blocking this process's event loop, so a DNS server in this process can
 * answer it (runCli's spawnSync would freeze the server until the CLI gave up).
 */
export function runCliAsync(args: readonly string[], options: { cwd?: string; timeoutMs?: number; env?: Record<string, string>; fileSizeLimitBlocks?: number } = {}): Promise<CliRun> {
  // A file size limit (RLIMIT_FSIZE, in blocks of 512 octets) through the shell: Node ignores SIGXFSZ, so a
  // write past it fails with EFBIG after the octets under the limit, as on a disk that fills up.
  const limit = options.fileSizeLimitBlocks;
  const [command, argv] = limit === undefined ? [process.execPath, [cliPath, ...args]] : ["sh", ["-c", `ulimit -f ${limit} && exec "$0" "$@"`, process.execPath, cliPath, ...args]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, {
      cwd: options.cwd ?? repoRoot,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 20_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
