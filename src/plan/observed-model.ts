// From an observation to what a domain file would say about it: the schema-shaped value (what `import`
// writes) and the DomainModel the loader builds from that value (what `audit` lints and transition rules
// see as "before"). Going through the loader keeps both the same by construction.
import { buildDomainModel } from "../config/domain.js";
import { isRevokedKeyText } from "../mail/dkim.js";
import { isDmarcRecord, looksLikeDmarc } from "../mail/txt-version.js";
import { OVH_LEGACY_MX_HOST, OVH_MX_HOST, ovhMxSet } from "../mail/ovh.js";
import { authorisesNobody, parseSpfShared } from "../mail/spf.js";
import type { DomainModel, OvhOffer } from "../model/types.js";
import type { DomainObservation, ObservedManaged } from "./observe.js";

export interface ObservedModelOptions {
  /** `--offer`: treat the domain as OVH-hosted with this offer whatever its MX says. */
  offer?: OvhOffer | null;
  /**
   * The domain is known to take mail whatever it publishes (`doctor`, run for a mailbox of the domain): a
   * missing MX is then a fault, not a choice.
   */
  mailDomain?: boolean;
}

type Obj = Record<string, unknown>;

function present(observation: DomainObservation, subdomain: string, type: string, role?: string): ObservedManaged | null {
  const found = observation.rrsets.find((r) => r.subdomain === subdomain && r.type === type && r.state === "present" && (role === undefined || r.role === role));
  return found ?? null;
}

/** The TTL most managed RRsets use (the file default); ties go to the larger TTL. */
function commonTtl(rrsets: readonly ObservedManaged[]): number | null {
  const counts = new Map<number, number>();
  for (const r of rrsets) if (r.state === "present" && r.role !== "conflict" && r.ttl !== null) counts.set(r.ttl, (counts.get(r.ttl) ?? 0) + 1);
  let best: number | null = null;
  for (const [ttl, count] of counts) if (best === null || count > counts.get(best)! || (count === counts.get(best)! && ttl > best)) best = ttl;
  return best;
}

function mxParts(value: string): { priority: number; host: string } {
  const [priority, host] = value.split(" ");
  return { priority: Number(priority), host: host ?? "." };
}

/** Who hosts the mail, as far as the MX says (OVH's exchangers of OVH's MX guide, legacy ones included). */
function mailFromMx(mx: ObservedManaged | null, offer: OvhOffer | null): Obj {
  const hosts = (mx?.values ?? []).map((v) => mxParts(v).host);
  const region = hosts.some((h) => /\.ovh\.ca\.?$/i.test(h)) ? "ca" : "eu";
  if (offer) return { provider: "ovh", offer, region };
  if (hosts.length === 1 && hosts[0] === ".") return { provider: "none" };
  if (hosts.some((h) => OVH_MX_HOST.test(h) || OVH_LEGACY_MX_HOST.test(h))) return { provider: "ovh", offer: "mx-plan", region };
  return { provider: "external" };
}

/**
 * What a domain that publishes no MX says about its mail. Without an MX, senders fall back to the domain's
 * address (the implicit MX, RFC 5321 §5.1): an allowed setup, and no declaration that the domain takes mail,
 * so nothing observed makes it "receiving" (web-only and send-only names publish no MX). With an SPF record
 * that authorises nobody (`v=spf1 -all`, authorisesNobody) it sends nothing either: a
 * parked domain, which only lacks the null MX that would say so (RFC 7505).
 */
function mailWithoutMx(spf: ObservedManaged | null): Obj {
  if (spf?.values.length === 1 && authorisesNobody(parseSpfShared(spf.values[0]!))) return { provider: "none" };
  return { provider: "external", receives: false };
}

/** A TXT value as the file writes it: its character-strings when there were several, else the text. */
function txtText(r: ObservedManaged, index: number): string | string[] {
  const strings = r.strings?.[index];
  return strings && strings.length > 1 ? strings : r.values[index]!;
}

/** `key: text`, or `{record: text, ttl}` when the TTL differs from the file's (or the text is a list). */
function recordEntry(text: string | string[], ttl: number | null, fileTtl: number, stringOnly = false): unknown {
  const value = stringOnly && Array.isArray(text) ? text.join("") : text;
  if (ttl === fileTtl && typeof value === "string") return value;
  return ttl === fileTtl || ttl === null ? { record: value } : { record: value, ttl };
}

function withTtl<T extends Obj>(entry: T, ttl: number | null, fileTtl: number): T {
  return ttl === null || ttl === fileTtl ? entry : { ...entry, ttl };
}

/** The schema-shaped value of a domain file describing the observed records. */
export function observedDomainValue(observation: DomainObservation, options: ObservedModelOptions = {}): Obj {
  const found = dkimSelectors(observation);
  // Only the records the file will hold choose its default TTL: a probed name a wildcard answered is no
  // selector, and counted it made the same zone's file differ over DNS and from its zone file.
  const used = new Set(found.map((s) => s.rrset));
  const fileTtl = commonTtl(observation.rrsets.filter((r) => r.role !== "dkim" || used.has(r))) ?? 3600;
  const value: Obj = { domain: observation.domain, ttl: fileTtl };
  const mx = present(observation, "", "MX", "mx");
  value.mail = mailFromMx(mx, options.offer ?? null);
  const spf = present(observation, "", "TXT", "spf");
  if (!mx && !options.offer && !options.mailDomain) value.mail = mailWithoutMx(spf);
  if (mx) {
    const entries = mx.values.map(mxParts);
    const region = (value.mail as Obj).region === "ca" ? "ca" : "eu";
    const ovhSet = ovhMxSet(region).map((e) => `${e.priority} ${e.host}`);
    if (mx.ttl === fileTtl && entries.length === 1 && entries[0]!.host === "." && entries[0]!.priority === 0) value.mx = "none";
    else if (mx.ttl === fileTtl && mx.values.length === ovhSet.length && ovhSet.every((v) => mx.values.includes(v))) value.mx = "ovh";
    else value.mx = entries.sort((a, b) => a.priority - b.priority || (a.host < b.host ? -1 : 1)).map((e) => withTtl({ host: e.host, priority: e.priority }, mx.ttl, fileTtl));
  }
  if (spf) value.spf = recordEntry(txtText(spf, 0), spf.ttl, fileTtl);
  const selectors = found.map(({ name, rrset: r }) => {
    if (r.type === "CNAME") return withTtl({ name, cname: r.values[0]! }, r.ttl, fileTtl);
    // A revoked key (empty p=, RFC 6376 §3.6.1) signs nothing, and a wildcard is no selector to sign with.
    const inactive = name === "*" || isRevokedKeyText(r.values[0]!);
    return withTtl(inactive ? { name, record: txtText(r, 0), active: false } : { name, record: txtText(r, 0) }, r.ttl, fileTtl);
  });
  if (selectors.length > 0) value.dkim = { selectors };
  const dmarc = present(observation, "_dmarc", "TXT", "dmarc");
  if (dmarc) {
    // The record receivers keep (RFC 7489 §6.6.3: version exactly DMARC1), else one meant as DMARC
    // (`v=dmarc1`, which dmarc-v-first then reports), else the first.
    const kept = dmarc.values.findIndex(isDmarcRecord);
    const index = Math.max(0, kept >= 0 ? kept : dmarc.values.findIndex(looksLikeDmarc));
    value.dmarc = recordEntry(dmarc.values[index]!, dmarc.ttl, fileTtl, true);
  }
  const srv = observation.rrsets
    .filter((r) => r.role === "srv" && r.state === "present")
    .flatMap((r) =>
      r.values.map((v) => {
        const [priority, weight, port, target] = v.split(" ");
        return withTtl({ service: r.subdomain, priority: Number(priority), weight: Number(weight), port: Number(port), target: target ?? "." }, r.ttl, fileTtl);
      }),
    );
  if (srv.length > 0) value.srv = srv;
  const cname = observation.rrsets.filter((r) => r.role === "cname" && r.state === "present").map((r) => withTtl({ name: r.subdomain, target: r.values[0]! }, r.ttl, fileTtl));
  if (cname.length > 0) value.cname = cname;
  const mtaSts = present(observation, "_mta-sts", "TXT", "mta-sts");
  if (mtaSts) value.mtaSts = withTtl({ record: mtaSts.values[0]! }, mtaSts.ttl, fileTtl);
  const tlsRpt = present(observation, "_smtp._tls", "TXT", "tls-rpt");
  if (tlsRpt) value.tlsRpt = recordEntry(tlsRpt.values[0]!, tlsRpt.ttl, fileTtl, true);
  return value;
}

/** Two observations of a name answer the same: same type, same values. */
function sameAnswer(a: ObservedManaged, b: ObservedManaged): boolean {
  return a.type === b.type && a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i]);
}

/** A TXT value that reads as a DKIM key record: `v=DKIM1` first, or a `p=` tag (RFC 6376 §3.6.1). */
export function looksLikeDkimKey(text: string): boolean {
  return /^\s*v\s*=\s*DKIM1\s*(;|$)/.test(text) || /(^|;)\s*p\s*=/.test(text);
}

/**
 * The DKIM selectors the observation found, by label. When the selectors were looked for rather than
 * declared (`audit`), a guessed name that answers exactly as a name that cannot be a selector does is a
 * wildcard's answer, not a selector: those are dropped, and a wildcard that publishes a key record is
 * kept once, as selector `*` (a wildcard revoked key is how parked domains refuse every selector).
 */
function dkimSelectors(observation: DomainObservation): { name: string; rrset: ObservedManaged }[] {
  const found: { name: string; rrset: ObservedManaged }[] = [];
  for (const r of observation.rrsets) {
    if (r.role === "dkim" && r.state === "present") found.push({ name: r.subdomain.replace(/\._domainkey$/, ""), rrset: r });
  }
  const probe = observation.dkimProbe;
  if (!probe) return found;
  const canary = found.find((f) => f.name === probe.wildcardLabel)?.rrset ?? null;
  const named = new Set(probe.named);
  const kept = found.filter((f) => f.name !== probe.wildcardLabel && (canary === null || named.has(f.name) || !sameAnswer(f.rrset, canary)));
  if (canary && canary.type === "TXT" && canary.values.length === 1 && looksLikeDkimKey(canary.values[0]!) && !kept.some((f) => f.name === "*")) {
    kept.push({ name: "*", rrset: canary });
  }
  return kept;
}

/** The DomainModel of the observed records (file null, paths as in the file `import` would write). */
export function buildObservedModel(observation: DomainObservation, options: ObservedModelOptions = {}): DomainModel {
  const built = buildDomainModel(null, observedDomainValue(observation, options));
  if ("invalidDomain" in built) throw new Error(`cannot model ${observation.domain}: not a usable domain name`);
  const model = built.model;
  // Live records are applied by nobody: the rules about a DNS provider's API do not apply to them.
  model.dnsProvider = null;
  const probe = observation.dkimProbe;
  if (probe) {
    const canary = probe.wildcardLabel !== null && observation.rrsets.some((r) => r.role === "dkim" && r.state === "present" && r.subdomain === `${probe.wildcardLabel}._domainkey`);
    model.dkimProbe = { named: probe.named, probed: probe.probed, wildcard: canary, complete: probe.complete };
  }
  return model;
}
