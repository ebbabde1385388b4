// The contract every `maildns <command>` module implements. main.ts only dispatches; a command parses its
// own argv (node:util parseArgs), calls the library, writes through `io`, and returns the exit code:
// 0 nothing at or above --fail-on, 1 findings at or above it (or a failed plan), 2 usage error or
// unreadable input. Commands never call process.exit and never print stack traces.

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** True when stderr is a terminal (progress may be shown there). */
  isTTY: boolean;
  /**
   * Whether each stream may carry colour (src/cli/color.ts: a terminal, NO_COLOR and FORCE_COLOR read per
   * stream). Absent: no colour anywhere.
   */
  colors?: { stdout: boolean; stderr: boolean };
  /**
   * Aborted (its reason the signal's name) when the user interrupts a command that declares `interruptible`:
   * its DNS work then ends at once and it writes its report (src/cli/interrupt.ts).
   */
  interrupt?: AbortSignal;
}

export interface Command {
  name: string;
  /** One line for `maildns --help`. */
  summary: string;
  /** The full `--help` text of the command. */
  usage: string;
  run(argv: readonly string[], io: CliIO): Promise<number>;
  /**
   * The exit code of a run that ends in an error rather than a report (default 2): `plan
   * --detailed-exitcode` gives 1, since 2 means "changes pending" there, as in terraform.
   */
  errorExit?(argv: readonly string[]): number;
  /**
   * True when a first SIGINT or SIGTERM should end the command's DNS work and let it write its report (the
   * lookups left unanswered are failures, as at --deadline), rather than end the process at once.
   */
  interruptible?: boolean;
  /** What the command says it does next when interrupted (default: the DNS commands' sentence, interrupt.ts). */
  interruptNote?: string;
}

/** A mistake in how the command was called or in its input files: printed as is, exit 2. */
export { UsageError } from "../engine/usage-error.js";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** The exit code for a run of `command` that ended in an error (usage or internal) instead of its report. */
export function errorExitCode(command: Command | undefined, argv: readonly string[]): number {
  return command?.errorExit?.(argv) ?? EXIT_USAGE;
}
