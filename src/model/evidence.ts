// DMARC evidence: what aggregate reports say about a domain's mail, as `maildns reports evidence` writes it
// (dmarc-evidence.json beside the domain files) and as rules read it. No database, no credentials: a pull
// request from a fork is judged on the same figures.

export interface FailingSource {
  ip: string;
  /** Reverse name, when resolved (`--resolve`). */
  name: string | null;
  messages: number;
  /** Messages from this source that failed DMARC. */
  failing: number;
  /** failing / the domain's messages. */
  share: number;
  /** SPF and DKIM for most of its failing messages: "fail", or "unaligned" (passed, but for another domain). */
  spf: "fail" | "unaligned";
  dkim: "fail" | "unaligned";
  spfDomains: string[];
  dkimDomains: string[];
  /** The SPF term of the domain's record that authorises it, when resolved. */
  spfTerm: string | null;
  reporters: string[];
}

export interface SeenSelector {
  /** The signing domain (d=). */
  domain: string;
  selector: string;
  messages: number;
  /** Messages where this signature passed and aligned with the From domain. */
  alignedPass: number;
}

export interface DomainEvidence {
  domain: string;
  /** First and last day with reports inside the window. */
  from: string;
  to: string;
  /** Days with at least one report. */
  days: number;
  messages: number;
  passing: number;
  dkimAligned: number;
  spfAligned: number;
  /** Sources whose failing messages are at least the file's `minSourceShare`, largest first. */
  failingSources: FailingSource[];
  selectors: SeenSelector[];
}

export interface EvidenceFile {
  version: 1;
  window: { from: string; to: string; days: number };
  /** Failing sources below this share of a domain's messages are left out of the file. */
  minSourceShare: number;
  domains: DomainEvidence[];
}

/** What a rule sees: the evidence file that applies to the domain's file, and its entry for the domain. */
export interface EvidenceView {
  /** The file, as given or found (for messages). */
  file: string;
  window: EvidenceFile["window"];
  minSourceShare: number;
  /** null: the file has no reports for this domain. */
  domain: DomainEvidence | null;
}
