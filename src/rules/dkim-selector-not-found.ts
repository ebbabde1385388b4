// For live domains (`audit`, `doctor`) DKIM selectors cannot be listed, only looked for: OVH names them per
// account (ovhmo<N>-selector1/2, OVH's DKIM guide), most providers by a fixed name. A selector the user
// names that has no key record makes every signature with it fail (RFC 6376 §6.1.2: no key record is
// PERMFAIL); finding none among guessed names says nothing about whether the domain signs, so it is
// a warning that tells how to name them, never "mail goes out unsigned".
import { defineRule } from "../engine/types.js";

export default defineRule({
  meta: {
    id: "dkim-selector-not-found",
    area: "dkim",
    description: "For a live domain, every DKIM selector named with --selector has a key record, and some selector is known when the domain sends mail.",
    references: ["RFC6376 §3.6.2.1", "RFC6376 §6.1.2", "OVH-DKIM"],
    defaultLevel: "error",
    kind: "live",
    observes: ["dkim", "mx", "spf"],
    alsoObserves: ["dkim-probe"],
    enforces: [
      { section: "RFC6376 §6.1.2", keyword: "MUST", text: "a verifier returns PERMFAIL when the key record of the signature's selector does not exist", messages: ["namedMissing"] },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      namedMissing: {
        text: "selector {{selector}} (named with --selector) has no key record at {{name}}: verifiers find no key, so every signature made with it fails (RFC 6376 §6.1.2)",
      },
      noneFound: {
        text: "no DKIM selector of {{domain}} found among the names probed ({{probed}}): whether its mail is signed is unknown; name its selectors with --selector NAME or in its domain file (dkim.selectors) — OVH names them per account, ovhmo<N>-selector1/2",
        tier: "lower",
      },
      notProbed: {
        text: "DKIM of {{domain}} not checked: no selector was named; give them with --selector NAME or in its domain file (dkim.selectors)",
        tier: "info",
      },
    },
    fix: "maildns audit example.com --selector ovhmo1234567-selector1 --selector ovhmo1234567-selector2 (OVH's API lists them: GET /email/domain/{domain}/dkim).",
  },
  check(ctx) {
    const { domain } = ctx;
    const probe = domain.dkimProbe;
    if (!probe || !ctx.dns) return;
    const found = new Set((domain.dkim?.selectors ?? []).map((s) => s.name.toLowerCase()));
    for (const selector of probe.named) {
      if (found.has(selector)) continue;
      const name = `${selector}._domainkey.${domain.domain}`;
      ctx.report({ messageId: "namedMissing", data: { selector, name }, at: { path: ["domain"], name } });
    }
    // From zone files every selector is known: dkim-missing-selector judges them as for a domain file.
    if (probe.complete || !domain.mail.sends || probe.named.length > 0 || found.size > 0) return;
    const at = { path: ["domain"], name: `_domainkey.${domain.domain}` };
    if (probe.probed.length === 0) ctx.report({ messageId: "notProbed", data: { domain: domain.domain }, at });
    else ctx.report({ messageId: "noneFound", data: { domain: domain.domain, probed: probe.probed.join(", ") }, at });
  },
});
