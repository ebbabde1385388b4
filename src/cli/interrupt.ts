// Ctrl-C (SIGINT), a CI runner cancelling a job (SIGINT, then SIGTERM) or `timeout` (SIGTERM) in the middle
// of a run. A command that asks DNS (plan, audit, import) ends its lookups at once, the unanswered ones
// counted as failures as at --deadline, and still writes its report: minutes of answers are not thrown
// away. A second signal, or a signal to any other command, ends the process at once. Either way the
// process then ends by the signal itself (exit status 128 + its number), so a shell or a script that
// runs maildns in a loop sees that the user interrupted it, and no half-written report file is left.
import { constants } from "node:os";

export const INTERRUPT_SIGNALS = ["SIGINT", "SIGTERM"] as const;
export type InterruptSignal = (typeof INTERRUPT_SIGNALS)[number];

const abandonHooks = new Set<() => void>();

/** Runs `cleanup` if the process ends on a signal before the hook is dropped (call the returned function). */
export function whenAbandoned(cleanup: () => void): () => void {
  abandonHooks.add(cleanup);
  return () => abandonHooks.delete(cleanup);
}

function runAbandonHooks(): void {
  for (const hook of abandonHooks) {
    try {
      hook();
    } catch {
      // Best effort: the process is ending on the user's request.
    }
  }
  abandonHooks.clear();
}

/** Ends the process by `signal`, as its default action would: the status a shell reads is 128 + its number. */
export function endBySignal(signal: InterruptSignal): void {
  runAbandonHooks();
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
 * Listens for SIGINT and SIGTERM for the whole run. `interruptible`: the first signal aborts `signal` and
 * says so on stderr (the caller ends by the signal once its report is written, see endBySignal); otherwise,
 * and on a second signal, the process ends at once.
 */
export function handleInterrupts(options: { label: string; interruptible: boolean; stderr(text: string): void }): InterruptHandling {
  const controller = new AbortController();
  let received: InterruptSignal | null = null;
  const onSignal = (signal: InterruptSignal) => {
    if (received === null && options.interruptible) {
      received = signal;
      options.stderr(`${options.label}: interrupted (${signal}): the lookups not answered yet are failures; writing the report (a second ${signal} stops at once)\n`);
      controller.abort(signal);
      return;
    }
    endBySignal(received ?? signal);
  };
  for (const s of INTERRUPT_SIGNALS) process.on(s, onSignal);
  return { signal: controller.signal, received: () => received };
}
