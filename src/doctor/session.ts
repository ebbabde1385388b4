// The run's ledger: steps in order, their findings, and the overall deadline every step answers to.
import type { Finding } from "../engine/types.js";
import { doctorFinding, type DoctorRuleId } from "./checks.js";
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
}

export class Session {
  readonly checks: CheckResult[] = [];
  readonly findings: Finding[] = [];
  private readonly clock: () => number;
  private readonly endsAt: number;

  constructor(readonly options: SessionOptions) {
    this.clock = options.clock ?? (() => performance.now());
    this.endsAt = this.clock() + options.deadlineMs;
  }

  get domain(): string {
    return this.options.domain;
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - this.clock());
  }

  /** The timeout for the next network wait: the step timeout, cut short by the overall deadline. */
  stepTimeout(): number {
    // Whole milliseconds: the value is shown ("no reply within 1500 ms").
    return Math.max(1, Math.round(Math.min(this.options.timeoutMs, this.remainingMs())));
  }

  finding(ruleId: DoctorRuleId, name: string | null, data: Readonly<Record<string, string | number>>): Finding {
    return doctorFinding(ruleId, this.domain, name, data);
  }

  skip(id: string, target: string, detail: string): void {
    this.checks.push({ id, target, status: "skipped", elapsedMs: 0, detail, findings: [] });
  }

  /** Runs one step unless the deadline has passed; a throwing step is recorded, never propagated. */
  async step(id: string, target: string, run: () => Promise<StepOutcome>): Promise<StepOutcome | null> {
    if (this.remainingMs() <= 0) {
      this.skip(id, target, "overall deadline reached before this step");
      return null;
    }
    const started = this.clock();
    let outcome: StepOutcome;
    try {
      outcome = await run();
    } catch (error) {
      outcome = { status: "problem", detail: `internal error: ${error instanceof Error ? error.message : String(error)}` };
    }
    const findings = outcome.findings ?? [];
    this.findings.push(...findings);
    const status = outcome.status ?? (findings.some((f) => f.level !== "info") ? "problem" : "ok");
    this.checks.push({ id, target, status, elapsedMs: Math.round(this.clock() - started), detail: outcome.detail, findings });
    return outcome;
  }
}
