// Ctrl-C (SIGINT), a CI runner cancelling a job (SIGINT, then SIGTERM) or `timeout` (SIGTERM) in the middle
// of a run. A command that asks DNS (plan, audit, import, doctor) ends its lookups at once, the unanswered ones
// counted as failures as at --deadline, and still writes its report: minutes of answers are not thrown
// away; a second signal ends the process at once. The process then ends by the signal itself (exit
// status 128 + its number), so a shell or a script that runs maildns in a loop sees the interruption.
// adopt and rollback, which talk to the DNS host's API, stop before their next request and say which zones
// they read or restored (a restore asked for and not answered is "perhaps restored"), then end the same way.
// Other commands install no handler: the signal's default action ends them at once, as it always did,
// even while their main thread is busy (a handler runs only when the event loop gets its turn).
import { constants } from "node:os";

export const INTERRUPT_SIGNALS = ["SIGINT", "SIGTERM"] as const;
export type InterruptSignal = (typeof INTERRUPT_SIGNALS)[number];

/** Ends the process by `signal`, as its default action would: the status a shell reads is 128 + its number. */
export function endBySignal(signal: InterruptSignal): void {
  for (const s of INTERRUPT_SIGNALS) process.removeAllListeners(s);
  process.exitCode = 128 + constants.signals[signal];
  process.kill(process.pid, signal);
}

export interface InterruptHandling {
  /** Aborted, with the signal's name as its reason, on the first signal to an interruptible command. */
  signal: AbortSignal;
  /** The signal received, once one was. */
  received(): InterruptSignal | null;
}

/** What an interrupted command that asks DNS says it does next. */
export const DNS_INTERRUPT_NOTE = "the lookups not answered yet are failures; writing the report";

/**
 * What an interrupted command that talks to the DNS host's API (adopt, rollback) says it does next: a call
 * under way is not taken back (a restore asked for may still be applied), but none is started after it.
 */
export const HOST_INTERRUPT_NOTE = "no request is made after the one under way; saying what was done and what was not";

/**
 * Listens for SIGINT and SIGTERM for the whole run of an interruptible command: the first signal aborts
 * `signal` and says so on stderr (the caller ends by the signal once its report is written, see
 * endBySignal); a second one ends the process at once. `note` says what the command does next
 * (DNS_INTERRUPT_NOTE unless given).
 */
export function handleInterrupts(options: { label: string; stderr(text: string): void; note?: string }): InterruptHandling {
  const controller = new AbortController();
  let received: InterruptSignal | null = null;
  const onSignal = (signal: InterruptSignal) => {
    if (received === null) {
      received = signal;
      // From now on the signals' default action applies: a second one ends the process at once, even
      // while its main thread is busy and no handler of ours could run.
      for (const s of INTERRUPT_SIGNALS) process.removeListener(s, onSignal);
      options.stderr(`${options.label}: interrupted (${signal}): ${options.note ?? DNS_INTERRUPT_NOTE} (a second ${signal} stops at once)\n`);
      controller.abort(signal);
      return;
    }
    endBySignal(signal);
  };
  for (const s of INTERRUPT_SIGNALS) process.on(s, onSignal);
  return { signal: controller.signal, received: () => received };
}

/** The run was interrupted while a command waited on something: `signal` is the signal's name. */
export class InterruptedError extends Error {
  override name = "InterruptedError";
  constructor(readonly signal: string) {
    super(`interrupted (${signal})`);
  }
}

/**
 * `work`, or an InterruptedError as soon as `interrupt` is aborted (at once when it already is): the command
 * stops waiting on a call under way, says what it did, and ends by the signal, which ends the call too.
 */
export function untilInterrupted<T>(work: Promise<T>, interrupt: AbortSignal | undefined): Promise<T> {
  if (!interrupt) return work;
  const reason = () => new InterruptedError(String(interrupt.reason ?? "signal"));
  if (interrupt.aborted) {
    work.catch(() => undefined);
    return Promise.reject(reason());
  }
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(reason());
    interrupt.addEventListener("abort", stop, { once: true });
    work.then(
      (value) => {
        interrupt.removeEventListener("abort", stop);
        resolve(value);
      },
      (error: unknown) => {
        interrupt.removeEventListener("abort", stop);
        reject(error);
      },
    );
  });
}
