// DMARC aggregate reports as maildns keeps them: what a receiver said (RFC 7489 Appendix C; RFC 9990 §3)
// reduced to the fields that decide whether a message passes DMARC and who sent it.

export type Alignment = "r" | "s";

/** `policy_published`: the record the receiver found (RFC 9990 §3.1.3; RFC 7489 Appendix C). */
export interface PublishedPolicy {
  domain: string;
  /** RFC 7489 §6.3: relaxed when absent. */
  adkim: Alignment;
  aspf: Alignment;
  p: string | null;
  sp: string | null;
  /** RFC 9989 §4.7 (reported by RFC 9990 receivers). */
  np: string | null;
  /** RFC 7489 only (historic in RFC 9989). */
  pct: number | null;
  /** RFC 9990 `testing` (t=y). */
  testing: boolean;
}

export interface DkimResult {
  domain: string;
  selector: string | null;
  /** RFC 8601 result: pass, fail, neutral, none, policy, temperror, permerror. */
  result: string;
}

export interface SpfResult {
  domain: string;
  /** "mfrom" or "helo"; absent in RFC 9990 (MAIL FROM only) and in many RFC 7489 reports. */
  scope: string | null;
  result: string;
}

export interface ReportRow {
  sourceIp: string;
  count: number;
  /** What the receiver did (none, quarantine, reject; RFC 9990 adds pass). */
  disposition: string;
  headerFrom: string;
  envelopeFrom: string | null;
  dkim: DkimResult[];
  spf: SpfResult[];
}

export interface AggregateReport {
  orgName: string;
  email: string;
  reportId: string;
  /** Seconds since the epoch (UTC), as the report says. */
  begin: number;
  end: number;
  policy: PublishedPolicy;
  rows: ReportRow[];
}

/** Why a file (or a part of one) gave no report: the file's name and a sentence saying what to do. */
export interface IngestProblem {
  /** The file as given, plus the part inside it: "inbox.mbox#3/report.zip/google.xml". */
  source: string;
  message: string;
  /** 1-based position inside an XML document, when the XML parser gave one. */
  line?: number;
  column?: number;
}

/** An XML document found inside a file, with where it came from. */
export interface XmlDocument {
  source: string;
  text: string;
}
