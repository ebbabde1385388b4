// RFC 7489 §7.1 (and RFC 9990, "Verifying External Destinations"): when a report address lies outside the
// policy domain's Organizational Domain, receivers first look for TXT `<policy-domain>._report._dmarc.<host>`
// starting `v=DMARC1`; without it they drop the address and no reports arrive. Needs live DNS.
// A domain that delegates its record with a `_dmarc` CNAME (src/mail/dmarc-alias.ts) sends reports where the
// target's record says; receivers asked `_dmarc.<domain>` and the policy was retrieved for the domain, so the
// authorization is still asked for the domain's name (RFC 7489 §7.1 step 3: "the domain name from which the
// policy was retrieved"), and "outside" means outside the domain's Organizational Domain, not the target's.
import { defineRule, type Anchor } from "../engine/types.js";
import { parseDmarc, parseDmarcText } from "../mail/dmarc.js";
import { isDmarcRecord } from "../mail/txt-version.js";
import { readDelegatedRecord } from "../mail/dmarc-alias.js";
import { organizationalDomain } from "../mail/org-domain.js";

// The Organizational Domain comes from the Public Suffix List (src/mail/org-domain.ts, RFC 7489 §3.2).
export { organizationalDomain };

function decodedHost(address: string): string | null {
  let decoded = address;
  try {
    decoded = decodeURIComponent(address);
  } catch {
    // Keep the address as written; dmarc-uri-syntax reports bad escapes.
  }
  const at = decoded.lastIndexOf("@");
  if (at < 0) return null;
  const host = decoded.slice(at + 1).trim().toLowerCase().replace(/\.$/, "");
  return /^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/.test(host) ? host : null;
}

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-external-rua-unauthorized",
    area: "dmarc",
    description: "Report addresses (rua/ruf) outside the domain's organisation are authorised by the receiving host's `<domain>._report._dmarc.<host>` TXT record (checked with live DNS).",
    references: ["RFC7489 §7.1", "DMARC-AGG", "RFC9989 §4.7"],
    defaultLevel: "warn",
    kind: "live",
    observes: ["dmarc", "dmarc-reports"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      unauthorized: {
        text: "{{tag}}{{where}} sends reports to {{host}}, outside {{orgDomain}}, but {{record}} has no TXT record starting v=DMARC1 ({{found}}): receivers drop this address and send no reports there (RFC 7489 §7.1)",
      },
      lookupFailed: {
        text: "could not check whether {{host}} accepts {{tag}} reports for {{domain}}{{where}}: the TXT lookup of {{record}} failed ({{reason}})",
        tier: "lower",
      },
    },
    fix: "Ask the report receiver to publish `<your-domain>._report._dmarc.<their-host> TXT \"v=DMARC1\"`, or use an address in your own domain.",
  },
  async check(ctx) {
    const { dns, domain } = ctx;
    if (!dns) return;
    const policyDomain = domain.domain;
    const own = domain.dmarc;
    let record;
    let where = "";
    let anchorOf: (start: number, end: number) => Anchor;
    if (own) {
      record = parseDmarcText(own.text);
      anchorOf = (start, end) => ({ ...ctx.textAnchor(own.text, start, end), name: `_dmarc.${policyDomain}` });
    } else {
      // No target record (or a failed lookup): dmarc-missing reports it; there are no addresses to judge.
      const delegated = await readDelegatedRecord(dns, domain);
      if (!delegated || !("alias" in delegated) || delegated.read.status !== "found") return;
      const { alias } = delegated;
      record = parseDmarc(delegated.read.record);
      where = ` (delegated to ${alias.target})`;
      anchorOf = () => ({ path: alias.path, name: `_dmarc.${policyDomain}` });
    }
    // Receivers discard a record that does not start with v=DMARC1 (RFC 7489 §6.6.3) and send no reports
    // anywhere: dmarc-v-first's error is the one finding, and no question is asked.
    if (!record.versionFirst) return;
    const tags = record.tags;
    const orgDomain = organizationalDomain(policyDomain);
    const targets: { tag: string; host: string; start: number; end: number }[] = [];
    for (const tag of tags) {
      if ((tag.key !== "rua" && tag.key !== "ruf") || !tag.uris) continue;
      for (const uri of tag.uris.uris) {
        // Only mailto: is a report URI receivers use (RFC 7489 §6.2); other schemes are dmarc-uri-syntax's.
        if (uri.scheme !== "mailto") continue;
        const host = decodedHost(uri.address);
        if (host && organizationalDomain(host) !== orgDomain) targets.push({ tag: tag.key, host, start: uri.addressStart, end: uri.addressEnd });
      }
    }
    // One question per host, however many URIs name it.
    const answers = new Map<string, ReturnType<typeof dns.txt>>();
    for (const { host } of targets) if (!answers.has(host)) answers.set(host, dns.txt(`${policyDomain}._report._dmarc.${host}`));
    for (const target of targets) {
      const answer = await answers.get(target.host)!;
      const record = `${policyDomain}._report._dmarc.${target.host}`;
      const at = anchorOf(target.start, target.end);
      if (answer.status === "failed") {
        ctx.report({ messageId: "lookupFailed", data: { tag: target.tag, where, host: target.host, domain: policyDomain, record, reason: answer.reason }, at });
        continue;
      }
      // RFC 7489 §7.1: the destination authorises with a DMARC record, read as any other (§6.4, §6.6.3: a
      // blank before v=DMARC1 makes it no record, blanks around "=" do not).
      if (answer.status === "ok" && answer.records.some(isDmarcRecord)) continue;
      const found = answer.status === "nxdomain" ? "the name does not exist" : answer.status === "nodata" ? "no TXT there" : "other TXT records only";
      ctx.report({ messageId: "unauthorized", data: { tag: target.tag, where, host: target.host, orgDomain, record, found }, at });
    }
  },
});
