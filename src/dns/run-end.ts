// When a run stops asking: at its deadline (--deadline) or when the user interrupts it (SIGINT, SIGTERM).
// From then on every lookup not answered yet is a failure (reason timeout) that says why, whichever source
// answers it (DNS servers or zone files), so the report can still be written and names what was not checked.

/** What bounds a run's lookups. */
export interface RunEnd {
  /** The run's deadline (Date.now() milliseconds). */
  deadlineAt?: number;
  /** Aborted, with the signal's name as its reason, when the user interrupts the run. */
  interrupt?: AbortSignal;
}

export const DEADLINE_DETAIL = "the run's deadline was reached before an answer (--deadline)";

/** The failure's detail once the run was interrupted. */
export function interruptedDetail(interrupt: AbortSignal): string {
  return `the run was interrupted (${typeof interrupt.reason === "string" ? interrupt.reason : "signal"}) before an answer`;
}

/** Why lookups must stop now (a failure's detail), or null while the run goes on. */
export function runEndedDetail(end: RunEnd, now = Date.now()): string | null {
  if (end.interrupt?.aborted) return interruptedDetail(end.interrupt);
  if (end.deadlineAt !== undefined && now >= end.deadlineAt) return DEADLINE_DETAIL;
  return null;
}
