import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);

// src/mail/dmarc-ramp.ts
function percent(part, whole) {
  if (whole === 0) return "–";
  const value = part / whole * 100;
  const shown = part < whole && value > 99.9 ? Math.floor(value * 10) / 10 : Math.round(value * 10) / 10;
  return `${shown.toFixed(1)}%`;
}
var DEFAULT_THRESHOLDS = { minDays: 14, minPassingShare: 0.98, maxSourceShare: 0.01 };
function assessEvidence(evidence, thresholds) {
  if (!evidence || evidence.messages === 0) return { supported: false, days: evidence?.days ?? 0, messages: 0, passing: 0, passingShare: 0, blocking: [] };
  const passingShare = evidence.passing / evidence.messages;
  const blocking = evidence.failingSources.filter((s) => s.share > thresholds.maxSourceShare);
  return {
    supported: evidence.days >= thresholds.minDays && passingShare >= thresholds.minPassingShare && blocking.length === 0,
    days: evidence.days,
    messages: evidence.messages,
    passing: evidence.passing,
    passingShare,
    blocking
  };
}
function failureWords(source) {
  const spf = source.spf === "unaligned" ? `passes SPF only for ${source.spfDomains.join(", ") || "another domain"} (not aligned)` : "fails SPF";
  const dkim = source.dkim === "unaligned" ? `signs DKIM only as ${source.dkimDomains.join(", ") || "another domain"} (not aligned)` : "DKIM";
  if (source.spf === "fail" && source.dkim === "fail") return "fails SPF and DKIM";
  if (source.dkim === "fail") return `${spf} and fails DKIM`;
  return `${spf} and ${dkim}`;
}
function sharePercent(share) {
  return `${(Math.round(share * 1e3) / 10).toFixed(1)}%`;
}
function describeSource(source) {
  return `${source.ip} (${source.name ? `${source.name}, ` : ""}${sharePercent(source.share)}) ${failureWords(source)}`;
}
function figures(assessment) {
  return `${assessment.days} day${assessment.days === 1 ? "" : "s"} of reports; ${assessment.messages === 0 ? "no messages" : `${percent(assessment.passing, assessment.messages)} passing`}`;
}
function evidenceLine(domain, view, thresholds = DEFAULT_THRESHOLDS) {
  if (!view) return `${domain}: no DMARC evidence file (run \`maildns reports evidence\`)`;
  const evidence = view.domain;
  if (!evidence || evidence.messages === 0) return `${domain}: no reports in ${view.file} (${view.window.from} → ${view.window.to})`;
  const assessment = assessEvidence(evidence, thresholds);
  const sources = assessment.blocking.length ? `; failing: ${assessment.blocking.slice(0, 3).map(describeSource).join("; ")}${assessment.blocking.length > 3 ? "; …" : ""}` : `; no failing source above ${sharePercent(thresholds.maxSourceShare)}`;
  const verdict = assessment.supported ? "enough to tighten" : "not enough to tighten yet";
  return `${domain}: ${figures(assessment)} of ${evidence.messages.toLocaleString("en-US")} messages (${evidence.from} → ${evidence.to})${sources}: ${verdict}`;
}

export {
  percent,
  assessEvidence,
  sharePercent,
  describeSource,
  figures,
  evidenceLine
};
