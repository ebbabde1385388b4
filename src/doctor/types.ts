// What the doctor needs from DNS: the `RecordSource` shape of src/dns (structurally the same, so the
// real source and a test double both fit without the doctor depending on the resolver's internals).
import type { Finding } from "../engine/types.js";

export type DnsRecordType = "MX" | "TXT" | "CNAME" | "SRV" | "A" | "AAAA";

export interface ObservedRRset {
  name: string;
  type: DnsRecordType;
  status: "ok" | "nxdomain" | "nodata" | "failed";
  ttl: number;
  /** Presentation form: A "192.0.2.1", MX "1 mx0.mail.ovh.net.", TXT strings joined. */
  values: string[];
  failure?: { reason: string; detail?: string };
}

export interface DoctorDnsSource {
  lookup(name: string, type: DnsRecordType): Promise<ObservedRRset>;
}

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

export interface DoctorReport {
  domain: string;
  checks: CheckRecord[];
  findings: Finding[];
}
