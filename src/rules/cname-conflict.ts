// A CNAME owns its name alone (RFC 1034 §3.6.2; RFC 2181 §10.1: an alias "may have no other data", and
// has one canonical name only). A `cname:` entry at a name the file also publishes something at — the apex
// (which always holds the zone's SOA and NS), `_dmarc`, an SRV owner, `_mta-sts`, `_smtp._tls` — or two
// entries for one name make a zone DNS cannot serve: OVH's API refuses it, or one record silently wins.
// A `cname:` entry at a DKIM selector is dkim-cname-conflict's.
import { defineRule } from "../engine/types.js";
import { shorten } from "../mail/dkim.js";
import { relativeOwner } from "../mail/srv.js";

export default defineRule({
  meta: {
    id: "cname-conflict",
    area: "dns",
    description: "A CNAME entry's name holds nothing else: not the apex (@), not a name the file publishes other records at, not a second CNAME.",
    references: ["RFC1034 §3.6.2", "RFC2181 §10.1", "RFC1034 §4.2.1"],
    defaultLevel: "error",
    kind: "static",
    observes: ["cname"],
    alsoObserves: ["mx", "spf", "dmarc", "mta-sts", "tls-rpt", "srv"],
    enforces: [
      { section: "RFC2181 §10.1", keyword: "MUST NOT", text: "an alias name has no other data (\"may have no other data\") and one canonical name only" },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      apex: { text: "cname entry \"{{name}}\" is the zone apex, which always holds the zone's SOA and NS records (and here {{other}}): a CNAME cannot sit there" },
      withData: { text: "cname entry \"{{name}}\" is also where the file publishes {{other}}: a CNAME cannot share its name with other records (RFC 2181 §10.1)" },
      twice: { text: "cname entry \"{{name}}\" is declared again (cname #{{first}} already has it): a name has one CNAME at most (RFC 2181 §10.1)" },
    },
    fix: "Give the CNAME a name of its own, or drop it and publish the records directly.",
  },
  check(ctx) {
    const { domain } = ctx;
    // What the file publishes at each owner besides CNAMEs ("" is the apex).
    const data = new Map<string, string>();
    const note = (owner: string, what: string) => data.set(owner, data.has(owner) ? `${data.get(owner)}, ${what}` : what);
    if (domain.mx && domain.mx.entries.length > 0) note("", "the MX records");
    if (domain.spf) note("", "the SPF record");
    if (domain.dmarc) note("_dmarc", "the DMARC record");
    if (domain.mtaSts?.text) note("_mta-sts", "the MTA-STS record");
    if (domain.tlsRpt) note("_smtp._tls", "the TLS-RPT record");
    for (const srv of domain.srv) note(relativeOwner(srv.service, domain.domain), `the ${relativeOwner(srv.service, domain.domain)} SRV records`);
    const first = new Map<string, number>();
    domain.cname.forEach((entry, index) => {
      const written = entry.name.trim();
      const owner = written === "@" ? "" : relativeOwner(written, domain.domain);
      const at = { path: [...entry.path, "name"], name: owner === "" ? domain.domain : `${owner}.${domain.domain}` };
      if (owner.endsWith("._domainkey")) return;
      if (owner === "") {
        ctx.report({ messageId: "apex", data: { name: shorten(written), other: data.get("") ?? "the records every zone apex has" }, at });
      } else if (data.has(owner)) {
        ctx.report({ messageId: "withData", data: { name: shorten(written), other: data.get(owner)! }, at });
      }
      const earlier = first.get(owner);
      if (earlier !== undefined) ctx.report({ messageId: "twice", data: { name: shorten(written), first: earlier + 1 }, at });
      else first.set(owner, index);
    });
  },
});
