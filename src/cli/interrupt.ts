// Ctrl-C (SIGINT), a CI runner cancelling a job (SIGINT, then SIGTERM) or `timeout` (SIGTERM) in the middle
// of a run. A command that asks DNS (plan, audit, import, doctor) ends its lookups at once, the unanswered ones
// counted as failures as at --deadline, and still writes its report: minutes of answers are not thrown
// away; a second signal ends the process at once. The process then ends by the signal itself (exit
// status 128 + its number), so a shell or a script that runs maildns in a loop sees the interruption.
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

/**
 * Listens for SIGINT and SIGTERM for the whole run of an interruptible command: the first signal aborts
 * `signal` and says so on stderr (the caller ends by the signal once its report is written, see
 * endBySignal); a second one ends the process at once.
 */
export function handleInterrupts(options: { label: string; stderr(text: string): void }): InterruptHandling {
  const controller = new AbortController();
  let received: InterruptSignal | null = null;
  const onSignal = (signal: InterruptSignal) => {
    if (received === null) {
      received = signal;
      // From now on the signals' default action applies: a second one ends the process at once, even
      // while its main thread is busy and no handler of ours could run.
      for (const s of INTERRUPT_SIGNALS) process.removeListener(s, onSignal);
      options.stderr(`${options.label}: interrupted (${signal}): the lookups not answered yet are failures; writing the report (a second ${signal} stops at once)\n`);
      controller.abort(signal);
      return;
    }
    endBySignal(signal);
  };
  for (const s of INTERRUPT_SIGNALS) process.on(s, onSignal);
  return { signal: controller.signal, received: () => received };
}
