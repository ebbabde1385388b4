// RFC 7489 §7.1 (and RFC 9990, "Verifying External Destinations"): when a report address lies outside the
// policy domain's Organizational Domain, receivers first look for TXT `<policy-domain>._report._dmarc.<host>`
// starting `v=DMARC1`; without it they drop the address and no reports arrive. Needs live DNS.
import { defineRule } from "../engine/types.js";
import { parseDmarcText } from "../mail/dmarc.js";

/**
 * Public suffixes of two labels under which organisations register (a small, hand-kept list: the Public
 * Suffix List, which RFC 7489 §3.2 uses, is not bundled). Anything else counts as a one-label suffix.
 */
const TWO_LABEL_SUFFIXES = new Set([
  "co.uk", "org.uk", "ac.uk", "gov.uk", "me.uk", "ltd.uk", "plc.uk", "net.uk", "sch.uk",
  "com.au", "net.au", "org.au", "edu.au", "gov.au", "asn.au", "id.au",
  "co.nz", "net.nz", "org.nz", "govt.nz", "ac.nz",
  "co.jp", "ne.jp", "or.jp", "ac.jp", "go.jp",
  "co.za", "org.za", "gov.za", "ac.za",
  "com.br", "net.br", "org.br", "gov.br",
  "com.cn", "net.cn", "org.cn", "gov.cn",
  "com.mx", "com.ar", "com.tr", "com.sg", "com.hk", "com.tw", "com.my", "com.pl",
  "co.in", "net.in", "org.in", "co.il", "co.kr", "or.kr", "co.id",
  "gouv.fr", "asso.fr", "nom.fr", "com.fr", "tm.fr",
  "gc.ca", "qc.ca", "on.ca",
]);

/**
 * The Organizational Domain by a heuristic: the last two labels, or three when the last two are a known
 * two-label public suffix (`example.co.uk`). Not the Public Suffix List (RFC 7489 §3.2) nor RFC 9989's DNS
 * tree walk (§4.10): good enough to tell a vendor's report host from the domain's own.
 */
export function organizationalDomain(name: string): string {
  const labels = name.toLowerCase().replace(/\.$/, "").split(".").filter((label) => label !== "");
  const take = labels.length >= 3 && TWO_LABEL_SUFFIXES.has(labels.slice(-2).join(".")) ? 3 : 2;
  return labels.slice(-take).join(".");
}

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
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      unauthorized: {
        text: "{{tag}} sends reports to {{host}}, outside {{orgDomain}}, but {{record}} has no TXT record starting v=DMARC1 ({{found}}): receivers drop this address and send no reports there (RFC 7489 §7.1)",
      },
      lookupFailed: {
        text: "could not check whether {{host}} accepts {{tag}} reports for {{domain}}: the TXT lookup of {{record}} failed ({{reason}})",
        tier: "lower",
      },
    },
    fix: "Ask the report receiver to publish `<your-domain>._report._dmarc.<their-host> TXT \"v=DMARC1\"`, or use an address in your own domain.",
  },
  async check(ctx) {
    const { dns, domain } = ctx;
    if (!dns || !domain.dmarc) return;
    const text = domain.dmarc.text;
    const policyDomain = domain.domain;
    const orgDomain = organizationalDomain(policyDomain);
    const targets: { tag: string; host: string; start: number; end: number }[] = [];
    for (const tag of parseDmarcText(text).tags) {
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
      const at = { ...ctx.textAnchor(text, target.start, target.end), name: `_dmarc.${policyDomain}` };
      if (answer.status === "failed") {
        ctx.report({ messageId: "lookupFailed", data: { tag: target.tag, host: target.host, domain: policyDomain, record, reason: answer.reason }, at });
        continue;
      }
      if (answer.status === "ok" && answer.records.some((r) => r.trimStart().startsWith("v=DMARC1"))) continue;
      const found = answer.status === "nxdomain" ? "the name does not exist" : answer.status === "nodata" ? "no TXT there" : "other TXT records only";
      ctx.report({ messageId: "unauthorized", data: { tag: target.tag, host: target.host, orgDomain, record, found }, at });
    }
  },
});
