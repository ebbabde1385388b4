// The run's ledger: steps in order, their findings, and the overall deadline every step answers to.
import type net from "node:net";
import type { Finding } from "../engine/types.js";
import { doctorFinding, type DoctorRuleId } from "./checks.js";
import { MAX_TIMER_MS } from "./net.js";
import type { CheckResult, CheckStatus } from "./types.js";

export interface StepOutcome {
  /** Omit to derive it from the findings: "problem" when any is a warning or an error. */
  status?: CheckStatus;
  detail: string;
  findings?: Finding[];
}

export interface SessionOptions {
  domain: string;
  /** Per network step. */
  timeoutMs: number;
  /** Connection attempts after a timeout. */
  attempts: number;
  /** Whole run; steps left when it passes are recorded as skipped. */
  deadlineMs: number;
  ca: string | null;
  now: () => Date;
  clock?: () => number;
  /**
   * Aborted when the user interrupts the run (SIGINT, SIGTERM): the step under way ends at once and is
   * recorded as interrupted, the steps left are skipped, and the report is still written.
   */
  signal?: AbortSignal;
  /** How server names become addresses (default: the system's resolver, as mail clients use). */
  lookup?: net.LookupFunction;
}

/** A finding that says only that a wait ran out: no answer, or an answer that did not finish in time. */
function timedOut(finding: Finding): boolean {
  if (finding.ruleId === "port-timeout") return true;
  return finding.ruleId === "connection-lost" && finding.data?.reason !== "connection closed";
}

export class Session {
  readonly checks: CheckResult[] = [];
  readonly findings: Finding[] = [];
  private readonly clock: () => number;
  private readonly endsAt: number;
  /** The run's open connections, closed at once on an interrupt so nothing outlives the report. */
  private readonly sockets = new Set<net.Socket>();

  constructor(readonly options: SessionOptions) {
    this.clock = options.clock ?? (() => performance.now());
    this.endsAt = this.clock() + options.deadlineMs;
    options.signal?.addEventListener("abort", () => {
      for (const socket of this.sockets) socket.destroy();
      this.sockets.clear();
    }, { once: true });
  }

  /** The signal's name once the run was interrupted, else null. */
  get interrupted(): string | null {
    const signal = this.options.signal;
    return signal?.aborted ? String(signal.reason ?? "interrupted") : null;
  }

  /** Registers a connection of the run: closed on an interrupt (at once if it already happened). */
  track<T extends net.Socket>(socket: T): T {
    if (this.interrupted) {
      socket.destroy();
      return socket;
    }
    this.sockets.add(socket);
    socket.once("close", () => this.sockets.delete(socket));
    return socket;
  }

  /** Why a step is not run: the deadline passed, or the user interrupted the run. */
  skipReason(): string {
    const interrupted = this.interrupted;
    return interrupted ? `interrupted (${interrupted}) before this step` : "overall deadline reached before this step";
  }

  get domain(): string {
    return this.options.domain;
  }

  remainingMs(): number {
    if (this.interrupted) return 0;
    return Math.max(0, this.endsAt - this.clock());
  }

  /** The timeout for the next network wait: the step timeout, cut short by the overall deadline. */
  stepTimeout(): number {
    // Whole milliseconds: the value is shown ("no reply within 1500 ms").
    // A Node timer holds at most MAX_TIMER_MS; past it, it would fire at once and every server look silent.
    return Math.max(1, Math.round(Math.min(this.options.timeoutMs, this.remainingMs(), MAX_TIMER_MS)));
  }

  finding(ruleId: DoctorRuleId, name: string | null, data: Readonly<Record<string, string | number>>): Finding {
    return doctorFinding(ruleId, this.domain, name, data);
  }

  skip(id: string, target: string, detail: string): void {
    this.checks.push({ id, target, status: "skipped", elapsedMs: 0, detail, findings: [] });
  }

  /** Steps the deadline or an interrupt kept from running, or cut short: the report is incomplete. */
  private notRun = 0;

  /** Skips a step the deadline or an interrupt leaves no time for (skipReason says which). */
  skipNotRun(id: string, target: string): void {
    this.notRun++;
    this.skip(id, target, this.skipReason());
  }

  /** Null when every step ran to its end; else how many did not, and why. */
  incomplete(): { reason: string; steps: number } | null {
    if (this.notRun === 0) return null;
    const interrupted = this.interrupted;
    return { reason: interrupted ? `interrupted by ${interrupted}` : "the overall deadline passed", steps: this.notRun };
  }

  /** Runs one step unless the deadline has passed; a throwing step is recorded, never propagated. */
  async step(id: string, target: string, run: () => Promise<StepOutcome>): Promise<StepOutcome | null> {
    if (this.remainingMs() <= 0) {
      this.skipNotRun(id, target);
      return null;
    }
    const started = this.clock();
    // The step's waits are cut short when the deadline is nearer than a whole step timeout.
    const budgetCut = this.remainingMs() < this.options.timeoutMs;
    let outcome: StepOutcome;
    const signal = this.options.signal;
    let onAbort: (() => void) | null = null;
    const interrupted = new Promise<null>((resolve) => {
      onAbort = () => resolve(null);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
    try {
      const settled = await Promise.race([
        run().catch((error: unknown): StepOutcome => ({ status: "problem", detail: `internal error: ${error instanceof Error ? error.message : String(error)}` })),
        interrupted,
      ]);
      if (settled === null) {
        // What the step was waiting for is abandoned (its connections closed): it says nothing either way.
        this.notRun++;
        this.checks.push({ id, target, status: "skipped", elapsedMs: Math.round(this.clock() - started), detail: `interrupted (${this.interrupted}) during this step`, findings: [] });
        return null;
      }
      outcome = settled;
    } finally {
      if (onAbort) signal?.removeEventListener("abort", onAbort);
    }
    let findings = outcome.findings ?? [];
    if (budgetCut && findings.some(timedOut)) {
      // The server got less than the step timeout because the run's deadline came first: a wait that ran
      // out then says nothing about the server. The step is not judged; what it did find stays. Every wait
      // of a step is bounded by stepTimeout(), so in a step that began with less than a whole timeout left,
      // a wait that ran out ran to the deadline. The clock is not asked again: a timer may fire a little
      // before the deadline by this clock (timers count from the event loop's cached time, in whole ms), and
      // a wait cut to 1 ms would then have been judged as the server's silence.
      findings = findings.filter((f) => !timedOut(f));
      this.notRun++;
      this.findings.push(...findings);
      this.checks.push({ id, target, status: "skipped", elapsedMs: Math.round(this.clock() - started), detail: `the overall deadline passed during this step and cut its wait short (${outcome.detail})`, findings });
      return null;
    }
    this.findings.push(...findings);
    const status = outcome.status ?? (findings.some((f) => f.level !== "info") ? "problem" : "ok");
    this.checks.push({ id, target, status, elapsedMs: Math.round(this.clock() - started), detail: outcome.detail, findings });
    return outcome;
  }
}
