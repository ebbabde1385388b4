// What the doctor needs from DNS is src/dns's RecordSource (live resolver, or a test double).
import type { Finding } from "../engine/types.js";
import type { ObservedRRset, RRType, RecordSource } from "../dns/index.js";

export type { ObservedRRset };
export type DnsRecordType = RRType;
export type DoctorDnsSource = RecordSource;

/** The DNS step: the same checks as `audit` once wired; a presence check by default. */
export type DnsChecks = (domain: string) => Promise<Finding[]>;

export type Service = "imap" | "smtps" | "submission";

export interface Target {
  host: string;
  port: number;
}

export type CheckStatus = "ok" | "problem" | "skipped";

/** One step of the run, in order: what was tried, against what, how long it took, what came of it. */
export interface CheckRecord {
  id: string;
  target: string;
  status: CheckStatus;
  elapsedMs: number;
  detail: string;
}

/** A check with the findings it produced (the JSON `checks` entries leave them out: they are listed apart). */
export interface CheckResult extends CheckRecord {
  findings: Finding[];
}

export interface DoctorReport {
  domain: string;
  checks: CheckResult[];
  /** All findings, in check order. */
  findings: Finding[];
  /** Present when steps were not run (or cut short) because the deadline passed or the run was interrupted. */
  incomplete?: { reason: string; steps: number };
  /**
   * Present when the mail host's credentials were given but its API could not name the DKIM selectors (the
   * call, its status, what to do): the DNS step then looked only at the selectors known otherwise.
   */
  hostApiFailure?: { host: string; call: string | null; status: number | null; domains: string[]; message: string };
}
