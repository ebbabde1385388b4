// Whether DMARC evidence supports tightening a policy, as RFC 9989 §5.1 asks (legitimate failing mail
// streams fixed before enforcement) and OVH's guide puts it (analyse the reports, then harden): the verdict
// dmarc-ramp-evidence gives, and the wording it and a pull request's summary share. Pure.
import type { DomainEvidence, EvidenceView, FailingSource } from "../model/evidence.js";

export function percent(part: number, whole: number): string {
  if (whole === 0) return "–";
  const value = (part / whole) * 100;
  // 99.96% is not 100%: a domain only reads "100.0%" when nothing failed.
  const shown = part < whole && value > 99.9 ? Math.floor(value * 10) / 10 : Math.round(value * 10) / 10;
  return `${shown.toFixed(1)}%`;
}

export interface RampThresholds {
  minDays: number;
  minPassingShare: number;
  maxSourceShare: number;
}

export const DEFAULT_THRESHOLDS: RampThresholds = { minDays: 14, minPassingShare: 0.98, maxSourceShare: 0.01 };

export interface RampAssessment {
  supported: boolean;
  days: number;
  messages: number;
  passing: number;
  /** passing / messages (0 with no messages). */
  passingShare: number;
  /** Failing sources above the bar, largest first. */
  blocking: FailingSource[];
}

export function assessEvidence(evidence: DomainEvidence | null, thresholds: RampThresholds): RampAssessment {
  if (!evidence || evidence.messages === 0) return { supported: false, days: evidence?.days ?? 0, messages: 0, passing: 0, passingShare: 0, blocking: [] };
  const passingShare = evidence.passing / evidence.messages;
  const blocking = evidence.failingSources.filter((s) => s.share > thresholds.maxSourceShare);
  return {
    supported: evidence.days >= thresholds.minDays && passingShare >= thresholds.minPassingShare && blocking.length === 0,
    days: evidence.days,
    messages: evidence.messages,
    passing: evidence.passing,
    passingShare,
    blocking,
  };
}

/** "fails SPF and DKIM", "passes SPF only for bounce.crm.example (not aligned) and fails DKIM"... */
export function failureWords(source: FailingSource): string {
  const spf = source.spf === "unaligned" ? `passes SPF only for ${source.spfDomains.join(", ") || "another domain"} (not aligned)` : "fails SPF";
  const dkim = source.dkim === "unaligned" ? `signs DKIM only as ${source.dkimDomains.join(", ") || "another domain"} (not aligned)` : "DKIM";
  if (source.spf === "fail" && source.dkim === "fail") return "fails SPF and DKIM";
  if (source.dkim === "fail") return `${spf} and fails DKIM`;
  return `${spf} and ${dkim}`;
}

export function sharePercent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/** "203.0.113.5 (mail.crm.example, 6.1%) fails SPF and DKIM". */
export function describeSource(source: FailingSource): string {
  return `${source.ip} (${source.name ? `${source.name}, ` : ""}${sharePercent(source.share)}) ${failureWords(source)}`;
}

/** "9 days of reports; 92.4% passing" */
export function figures(assessment: RampAssessment): string {
  return `${assessment.days} day${assessment.days === 1 ? "" : "s"} of reports; ${assessment.messages === 0 ? "no messages" : `${percent(assessment.passing, assessment.messages)} passing`}`;
}

/** The line a pull request's summary shows for a domain. */
export function evidenceLine(domain: string, view: EvidenceView | null, thresholds: RampThresholds = DEFAULT_THRESHOLDS): string {
  if (!view) return `${domain}: no DMARC evidence file (run \`maildns reports evidence\`)`;
  const evidence = view.domain;
  if (!evidence || evidence.messages === 0) return `${domain}: no reports in ${view.file} (${view.window.from} → ${view.window.to})`;
  const assessment = assessEvidence(evidence, thresholds);
  const sources = assessment.blocking.length ? `; failing: ${assessment.blocking.slice(0, 3).map(describeSource).join("; ")}${assessment.blocking.length > 3 ? "; …" : ""}` : `; no failing source above ${sharePercent(thresholds.maxSourceShare)}`;
  const verdict = assessment.supported ? "enough to tighten" : "not enough to tighten yet";
  return `${domain}: ${figures(assessment)} of ${evidence.messages.toLocaleString("en-US")} messages (${evidence.from} → ${evidence.to})${sources}: ${verdict}`;
}
