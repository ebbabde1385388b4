// The `maildns` command: dispatch only. Every error is a sentence on stderr and an exit code, never a stack.
import { PolicyError } from "../engine/policy.js";
import { palette } from "../formatters/palette.js";
import { errorText, messageLines, oneLine } from "../model/show.js";
import { writeProblem } from "./args.js";
import { colorAllowed } from "./color.js";
import { errorExitCode, EXIT_USAGE, UsageError, type CliIO, type Command } from "./command.js";
import { commandEntries, loadAllCommands, loadCommand, loadedCommand } from "./commands/index.js";
import { endBySignal, handleInterrupts } from "./interrupt.js";
import { toolVersion } from "../config/version.js";

async function help(): Promise<string> {
  const commands = await loadAllCommands();
  const width = Math.max(...commands.map((c) => c.name.length));
  return `maildns ${toolVersion()}: mail DNS (MX, SPF, DKIM, DMARC) as code

Usage: maildns <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Run \`maildns help <command>\` (or \`maildns <command> --help\`) for a command's options.
`;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  const red = palette(io.colors?.stderr).red;
  if (name === "help" && rest.length > 0) {
    // `maildns help lint` is `maildns lint --help`.
    const topic = await loadCommand(rest[0]);
    if (!topic || rest.length > 1) {
      io.stderr(`${red("maildns help:")} ${topic ? "give one command" : `unknown command '${oneLine(rest[0]!)}'`}\n\n${await help()}`);
      return EXIT_USAGE;
    }
    io.stdout(`${topic.usage}\n`);
    return 0;
  }
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(await help());
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === "--version" || name === "-V") {
    io.stdout(`${toolVersion()}\n`);
    return 0;
  }
  const command: Command | undefined = await loadCommand(name);
  if (!command) {
    io.stderr(`${red("maildns:")} unknown command '${oneLine(name)}'\n\n${await help()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PolicyError) {
      io.stderr(`${red(`maildns ${command.name}:`)} ${messageLines(error.message)}\n`);
      return errorExitCode(command, rest);
    }
    // An unexpected failure is still reported as a sentence; MAILDNS_DEBUG shows the stack for bug reports.
    io.stderr(`${red(`maildns ${command.name}:`)} internal error: ${errorText(error, 2000)}\nPlease report it with the command you ran${io.env.MAILDNS_DEBUG ? "" : " (set MAILDNS_DEBUG=1 for details)"}.\n`);
    if (io.env.MAILDNS_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return errorExitCode(command, rest);
  }
}

/**
 * What to say and which code to exit with when the event loop drains while the command's work is still
 * pending: a promise nothing will ever settle (a wait on itself, a socket or timer let go too early). Node
 * would otherwise exit 0 with no report, and a nightly check would go green on nothing.
 */
export function unfinishedRun(argv: readonly string[]): { message: string; code: number } {
  const [name, ...rest] = argv;
  // A command's module is loaded before it runs (commands/index.ts): one that is not was never started.
  const known = commandEntries.some((c) => c.name === name);
  const command = loadedCommand(name);
  const label = known ? `maildns ${name}` : "maildns";
  return {
    message: `${label}: internal error: the command stopped before its report was complete (its work was left waiting on something that can no longer happen); no report was written.\nPlease report it with the command you ran.\n`,
    code: command ? errorExitCode(command, rest) : EXIT_USAGE,
  };
}

/**
 * Runs the command line of this process (`process.argv`): the bin (bin.ts) calls it once, after asking Node
 * to keep the code it compiles. It sets the process's exit code when the command ends.
 */
export async function runProcess(): Promise<void> {
  const argv = process.argv.slice(2);
  // A reader that stops early (`maildns lint | head`) closes the pipe: the rest of the report has nowhere
  // to go, which is not an error of maildns and must not end in a stack trace. Any other failure to write
  // (a full disk, an I/O error on the file standard output was sent to) loses the report: said as a
  // sentence, and the run fails as a command's own error does, so no one reads a cut report as whole.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    const label = commandEntries.some((c) => c.name === argv[0]) ? `maildns ${argv[0]}` : "maildns";
    process.stderr.write(`${label}: cannot write to standard output: ${writeProblem(error)}: what it printed is incomplete\n`);
    process.exit(errorExitCode(loadedCommand(argv[0]), argv.slice(1)));
  });
  // A command whose code cannot be loaded is not interruptible here: main says why, as a sentence.
  const command = await loadCommand(argv[0]).catch(() => undefined);
  const interruptible = command?.interruptible === true && !argv.includes("--help") && !argv.includes("-h");
  const note = command?.interruptNote;
  const interrupts = interruptible ? handleInterrupts({ label: `maildns ${argv[0]}`, stderr: (t) => process.stderr.write(t), ...(note ? { note } : {}) }) : null;
  const io: CliIO = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stderr.isTTY === true,
    colors: { stdout: colorAllowed(process.env, process.stdout.isTTY === true), stderr: colorAllowed(process.env, process.stderr.isTTY === true) },
    ...(interrupts ? { interrupt: interrupts.signal } : {}),
  };
  let finished = false;
  process.once("beforeExit", () => {
    if (finished) return;
    finished = true;
    const unfinished = unfinishedRun(process.argv.slice(2));
    process.stderr.write(unfinished.message);
    process.exitCode = unfinished.code;
  });
  main(argv, io).then(
    (code) => {
      finished = true;
      process.exitCode = code;
      // For the benchmarks: the peak resident set size of this run, on stderr.
      if (process.env.MAILDNS_REPORT_RSS === "1") process.stderr.write(`maildns-peak-rss=${process.resourceUsage().maxRSS * 1024}\n`);
      // The report is written: end as the signal would have, so the caller knows the run was interrupted.
      const signal = interrupts?.received();
      if (signal) endBySignal(signal);
    },
    (error: unknown) => {
      finished = true;
      process.stderr.write(`maildns: internal error: ${errorText(error, 2000)}\n`);
      process.exitCode = unfinishedRun(process.argv.slice(2)).code;
    },
  );
}
