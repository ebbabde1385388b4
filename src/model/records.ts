// The records a domain file asks for, as RRsets in presentation form: what `plan` compares with live DNS
// and what the Pulumi program writes. Only the RRsets maildns manages appear here (the managed record sets listed in the README).
import type { DomainModel, Path } from "./types.js";

export type ManagedType = "MX" | "TXT" | "CNAME" | "SRV";

export interface DesiredRRset {
  /** FQDN, lower case, no trailing dot. */
  name: string;
  /** Owner relative to the domain ("" for the apex, "_dmarc", "sel._domainkey", "_imaps._tcp"). */
  subdomain: string;
  type: ManagedType;
  ttl: number;
  /**
   * Sorted presentation values: MX "1 mx0.mail.ovh.net.", TXT the whole text (character-strings joined,
   * RFC 7208 §3.3), CNAME "target.", SRV "0 0 993 ssl0.ovh.net.". Host names lower case with a trailing dot.
   */
  values: string[];
  /** What the RRset is for, so the plan and the Pulumi program can name it. */
  role: "mx" | "spf" | "dkim" | "dmarc" | "srv" | "cname" | "mta-sts" | "tls-rpt";
  path: Path;
}

/** Lower-case a host name and give it exactly one trailing dot ("." stays "."). */
export function absoluteHost(host: string): string {
  const trimmed = host.trim().toLowerCase();
  if (trimmed === "." || trimmed === "") return ".";
  return trimmed.endsWith(".") ? trimmed : `${trimmed}.`;
}

/**
 * A name the file writes for a record (an SRV `service`, a `cname:` entry's `name`) as the owner relative to
 * the domain, the way every rule reads it: lower case (RFC 4343), without a trailing dot, and without the
 * domain when it is written in full (`autoconfig.example.com.` is `autoconfig`); "" for the domain itself.
 * Names of other zones are returned as written (lower case, no trailing dot).
 */
export function relativeOwner(name: string, domain: string): string {
  const lower = name.trim().toLowerCase().replace(/\.$/, "");
  const suffix = `.${domain.toLowerCase()}`;
  if (lower === domain.toLowerCase()) return "";
  return lower.endsWith(suffix) ? lower.slice(0, -suffix.length) : lower;
}

/**
 * The owner a `cname:` entry or SRV service asks for. The text as written was put before the domain, so
 * `www.example.com` (or `WWW`, or `www.example.com.`) was planned, and written by the Pulumi program, at
 * `www.example.com.example.com` (or at a name no lookup matched, a failed plan) while the rules judged `www`.
 */
export function ownerOf(written: string, domain: string): string {
  return written.trim() === "@" ? "" : relativeOwner(written, domain);
}

function fqdn(subdomain: string, domain: string): string {
  return subdomain === "" ? domain : `${subdomain}.${domain}`;
}

/** Every managed RRset of the domain, sorted by name then type. */
export function desiredRecords(domain: DomainModel): DesiredRRset[] {
  const sets: DesiredRRset[] = [];
  const add = (subdomain: string, type: ManagedType, ttl: number, values: string[], role: DesiredRRset["role"], path: Path) => {
    sets.push({ name: fqdn(subdomain, domain.domain), subdomain, type, ttl, values: [...values].sort(), role, path });
  };
  if (domain.mx && domain.mx.entries.length > 0) {
    const entries = domain.mx.entries;
    add("", "MX", entries[0]!.ttl, entries.map((e) => `${e.priority} ${absoluteHost(e.host)}`), "mx", domain.mx.path);
  }
  if (domain.spf) add("", "TXT", domain.spf.ttl, [domain.spf.text.value], "spf", domain.spf.path);
  for (const selector of domain.dkim?.selectors ?? []) {
    const sub = `${selector.name}._domainkey`;
    if (selector.kind === "cname" && selector.target) add(sub, "CNAME", selector.ttl, [absoluteHost(selector.target)], "dkim", selector.path);
    if (selector.kind === "txt" && selector.text) add(sub, "TXT", selector.ttl, [selector.text.value], "dkim", selector.path);
  }
  if (domain.dmarc) add("_dmarc", "TXT", domain.dmarc.ttl, [domain.dmarc.text.value], "dmarc", domain.dmarc.path);
  const srvByService = new Map<string, typeof domain.srv[number][]>();
  for (const srv of domain.srv) {
    const owner = ownerOf(srv.service, domain.domain);
    srvByService.set(owner, [...(srvByService.get(owner) ?? []), srv]);
  }
  for (const [service, records] of srvByService) {
    add(service, "SRV", records[0]!.ttl, records.map((r) => `${r.priority} ${r.weight} ${r.port} ${absoluteHost(r.target)}`), "srv", records[0]!.path);
  }
  for (const cname of domain.cname) add(ownerOf(cname.name, domain.domain), "CNAME", cname.ttl, [absoluteHost(cname.target)], "cname", cname.path);
  if (domain.mtaSts?.text) add("_mta-sts", "TXT", domain.mtaSts.ttl, [domain.mtaSts.text.value], "mta-sts", domain.mtaSts.path);
  if (domain.tlsRpt) add("_smtp._tls", "TXT", domain.tlsRpt.ttl, [domain.tlsRpt.text.value], "tls-rpt", domain.tlsRpt.path);
  return sets.sort((a, b) => (a.name === b.name ? a.type.localeCompare(b.type) : a.name.localeCompare(b.name)));
}
