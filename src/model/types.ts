// The typed domain model: what a domain file (or a live domain, for `audit`) says, after loading and
// normalising. Every value keeps the YAML path it came from, so findings can point at file:line:col.

/** A path inside the domain file: keys and list indices from the document root. */
export type Path = readonly (string | number)[];

export type OvhOffer = "mx-plan" | "email-pro" | "hosted-exchange" | "private-exchange" | "zimbra";
export type OvhRegion = "eu" | "ca";
export type MailProvider = "ovh" | "external" | "none";
/** Who hosts the zone the records are applied to (maildns applies them through OVH's API). */
export type DnsProvider = "ovh";

/**
 * A record's text (SPF, DMARC, DKIM key record) with where each part of it came from.
 * `path` is the YAML node holding the text; when the text was rendered from a structured form,
 * `segments` map character ranges of `value` back to the YAML nodes that produced them.
 */
export interface RecordText {
  value: string;
  path: Path;
  /** The character-strings as written (a YAML list of strings), when more than one was given. */
  strings?: readonly string[];
  segments?: readonly TextSegment[];
}

export interface TextSegment {
  start: number;
  end: number;
  path: Path;
}

export interface MailSettings {
  provider: MailProvider;
  /** Set when provider is "ovh". */
  offer: OvhOffer | null;
  region: OvhRegion;
  sends: boolean;
  receives: boolean;
  /** For offers that need them: the server host ("pro1.mail.ovh.net", "ex2.mail.ovh.net"). */
  server: string | null;
  /** Private Exchange sending addresses (OVH's SPF guide lists them for that offer). */
  ips: readonly string[];
  path: Path;
}

export interface MxEntry {
  /** As written (may be wrong: "https://mx1.mail.ovh.net", an IP literal, "."); no normalisation. */
  host: string;
  priority: number;
  ttl: number;
  path: Path;
}

export interface MxDecl {
  /** "ovh" when the file said `mx: ovh`; "null" for `mx: none` (RFC 7505 null MX). */
  preset: "ovh" | "null" | null;
  entries: readonly MxEntry[];
  path: Path;
}

export type SpfQualifier = "+" | "-" | "~" | "?";

export interface SpfSender {
  name: string;
  /** The SPF terms this sender contributes, e.g. ["include:servers.mcsv.net"]. */
  terms: readonly string[];
  path: Path;
}

export interface SpfDecl {
  text: RecordText;
  /** True when the file used the structured form (rendered to text). */
  structured: boolean;
  /** Third-party senders declared in the structured form. */
  senders: readonly SpfSender[];
  ttl: number;
  path: Path;
}

export interface DkimSelector {
  /** Selector label, e.g. "ovhmo3456789-selector1" (the record lives at <name>._domainkey.<domain>). */
  name: string;
  kind: "cname" | "txt";
  /** CNAME target as written (kind "cname"). */
  target: string | null;
  /** Key record text (kind "txt"). */
  text: RecordText | null;
  /** Whether mail is signed with it now (false for a selector kept for rotation or revoked). */
  active: boolean;
  /** True when the selector is one OVH provides (declared `ovh: true`, or the name follows OVH's pattern). */
  ovh: boolean;
  ttl: number;
  path: Path;
}

export interface DkimDecl {
  selectors: readonly DkimSelector[];
  /**
   * `dkim: ovh`: the selectors are the mail host's, read from its API when a command has credentials (plan,
   * adopt, the Pulumi program, audit, import, doctor); until then `selectors` is empty.
   */
  fromHost?: "ovh" | null;
  /** The day signing switched to the current selector (OVH rotation: keep the old one ≥ 7 days). */
  switchedAt: string | null;
  path: Path;
}

export type DmarcPolicy = "none" | "quarantine" | "reject";

export interface DmarcStage {
  /** As written; may be invalid (rules report it). */
  p: string;
  pct: number | null;
  t: boolean | null;
  /** ISO date (YYYY-MM-DD) the stage took effect. */
  since: string;
  path: Path;
}

export interface DmarcDecl {
  text: RecordText;
  structured: boolean;
  /** ISO date the current policy took effect, if declared. */
  since: string | null;
  /** Earlier stages, oldest first; the current stage (from `text` and `since`) is not included. */
  history: readonly DmarcStage[];
  ttl: number;
  path: Path;
}

export interface SrvRecord {
  /** Owner label relative to the domain, e.g. "_submission._tcp". */
  service: string;
  priority: number;
  weight: number;
  port: number;
  target: string;
  ttl: number;
  path: Path;
}

export interface CnameRecord {
  /** Owner label relative to the domain, e.g. "autodiscover". */
  name: string;
  target: string;
  ttl: number;
  path: Path;
}

export interface MtaStsPolicy {
  /** As written: enforce | testing | none (rules judge it). */
  mode: string;
  mx: readonly string[];
  maxAge: number;
  path: Path;
}

export interface MtaStsDecl {
  /** The `_mta-sts` TXT record (RFC 8461 §3.1), if declared. */
  text: RecordText | null;
  /** The policy served over HTTPS (RFC 8461 §3.2), declared so it can be checked against the MX set. */
  policy: MtaStsPolicy | null;
  since: string | null;
  history: readonly { mode: string; since: string; path: Path }[];
  ttl: number;
  path: Path;
}

export interface TlsRptDecl {
  /** The `_smtp._tls` TXT record (RFC 8460 §3). */
  text: RecordText;
  ttl: number;
  path: Path;
}

export type ClientTls = "ssl" | "starttls" | "none";

export interface ClientEndpoint {
  host: string;
  port: number;
  tls: ClientTls;
  path: Path;
}

export interface ClientSettings {
  imap: ClientEndpoint | null;
  smtp: ClientEndpoint | null;
  pop: ClientEndpoint | null;
}

export interface Suppression {
  rule: string;
  reason: string;
  /** ISO date after which the suppression no longer applies (and is itself reported). */
  until: string | null;
  path: Path;
}

/**
 * How a live domain's DKIM selectors were found (`audit`, `doctor`): the names looked up, split between
 * those the user named (`--selector`) and those guessed, and what a name that cannot be a selector
 * (`_wildcard-probe`) answered, which tells a wildcard `*._domainkey` record from real selectors.
 */
export interface DkimProbe {
  named: readonly string[];
  probed: readonly string[];
  /** True when `*._domainkey` (or a wildcard above it) answers for every selector name. */
  wildcard: boolean;
  /**
   * True when the source holds every record of the domain (zone files): the selectors found are all it
   * has, as in a domain file, and nothing was guessed.
   */
  complete: boolean;
}

export interface DomainModel {
  /** Repository-relative path of the domain file; null for domains observed live (`audit`). */
  file: string | null;
  /** The DNS provider the records are applied through; null for live domains read by `audit`. */
  dnsProvider: DnsProvider | null;
  /** For live domains: how the DKIM selectors were looked for; absent for domain files. */
  dkimProbe?: DkimProbe | null;
  /** A-label, lower case, no trailing dot. */
  domain: string;
  /** File-wide default TTL. */
  ttl: number;
  mail: MailSettings;
  mx: MxDecl | null;
  spf: SpfDecl | null;
  dkim: DkimDecl | null;
  dmarc: DmarcDecl | null;
  srv: readonly SrvRecord[];
  cname: readonly CnameRecord[];
  /** Optional hardening (MTA-STS, RFC 8461; TLS-RPT, RFC 8460); absent in models built before these existed. */
  mtaSts?: MtaStsDecl | null;
  tlsRpt?: TlsRptDecl | null;
  clients: ClientSettings;
  /** Until this ISO date the TTL rules accept short TTLs (a migration is under way). */
  migrationUntil: string | null;
  suppressions: readonly Suppression[];
}

/** Where a finding points: a YAML node, optionally a character range inside its text value. */
export interface Anchor {
  path: Path;
  /** [start, end) offsets inside the scalar's string value. */
  range?: readonly [number, number];
  /** DNS owner name the finding is about (defaults from the path: apex, _dmarc, selector...). */
  name?: string;
}
