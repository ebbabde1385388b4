// RFC 8301 §3.2: signers MUST use RSA keys of at least 1024 bits and SHOULD use at least 2048; verifiers
// may refuse shorter keys, so a short key can leave mail effectively unsigned.
import { defineRule } from "../engine/types.js";
import { selectorKeys, valueRange } from "../mail/dkim.js";
import { servedKeys, unreadKeys } from "../mail/dkim-served.js";
import type { DkimSelector } from "../model/types.js";

interface Options {
  minBits: number;
  hardMinBits: number;
}

export default defineRule<Options>({
  meta: {
    id: "dkim-key-too-short",
    area: "dkim",
    description: "An RSA DKIM key must be at least hardMinBits long (RFC 8301: 1024) and should be at least minBits (2048).",
    references: ["RFC8301 §3.2"],
    defaultLevel: "error",
    kind: "static",
    observes: ["dkim"],
    alsoObserves: ["dkim-probe"],
    enforces: [
      { section: "RFC8301 §3.2", keyword: "MUST", text: "signers use RSA keys of at least 1024 bits", messages: ["tooShort", "tooShortBehindCname"] },
    ],
    options: {
      type: "object",
      properties: {
        minBits: { type: "integer", minimum: 512, description: "Recommended minimum RSA modulus size; shorter keys get the lower-tier finding.", default: 2048 },
        hardMinBits: { type: "integer", minimum: 512, description: "Required minimum RSA modulus size; shorter keys get the full-level finding.", default: 1024 },
      },
      additionalProperties: false,
    },
    messages: {
      tooShort: { text: "selector {{selector}}: the RSA key has {{bits}} bits; at least {{min}} are required (RFC 8301 §3.2)" },
      belowRecommended: { text: "selector {{selector}}: the RSA key has {{bits}} bits; {{min}} or more are recommended (RFC 8301 §3.2)", tier: "lower" },
      tooShortBehindCname: { text: "selector {{selector}}: the RSA key its CNAME leads to, at {{target}}, has {{bits}} bits; at least {{min}} are required (RFC 8301 §3.2)" },
      belowRecommendedBehindCname: {
        text: "selector {{selector}}: the RSA key its CNAME leads to, at {{target}}, has {{bits}} bits; {{min}} or more are recommended (RFC 8301 §3.2)",
        tier: "lower",
      },
      lookupFailed: {
        text: "could not check the size of the key of selector {{selector}} at {{target}}: the TXT lookup failed ({{reason}}); its size is unknown",
        tier: "lower",
      },
    },
    fix: "Generate a 2048-bit key under a new selector, publish it, switch signing, then revoke the old one.",
  },
  check(ctx) {
    const { minBits, hardMinBits } = ctx.options;
    for (const { selector, text, record } of selectorKeys(ctx.domain.dkim?.selectors ?? [])) {
      const key = record.key;
      if (record.keyType !== "rsa" || key.status !== "ok" || key.type !== "rsa") continue;
      const [start, end] = valueRange(record.byName.get("p")!);
      const at = ctx.textAnchor(text, start, end);
      if (key.bits < hardMinBits) {
        ctx.report({ messageId: "tooShort", data: { selector: selector.name, bits: key.bits, min: hardMinBits }, at });
      } else if (key.bits < minBits) {
        ctx.report({ messageId: "belowRecommended", data: { selector: selector.name, bits: key.bits, min: minBits }, at });
      }
    }
    // A verifier reads the key behind a selector's CNAME as if it were at the selector (RFC 6376 §3.6.2.1), so
    // its size counts the same. Only live runs can read it; lint knows the CNAME, not the key. servedKeys
    // gives only keys verifiers can use: one under 1024 bits they refuse outright (RFC 8301 §3.2), which
    // dkim-cname-target-invalid reports as no usable key, once.
    const { dns, domain } = ctx;
    if (!dns || !domain.dkim) return;
    const selectors = domain.dkim.selectors;
    return Promise.all([servedKeys(selectors, dns), unreadKeys(selectors, dns)]).then(([served, unread]) => {
      // A key that could not be read was not judged: said, so the run names the check as not made.
      for (const { selector, target, reason } of unread) {
        ctx.report({ messageId: "lookupFailed", data: { selector: selector.name, target, reason }, at: { path: [...selector.path, "cname"] } });
      }
      // The smallest RSA key per selector: a verifier may pick any of the records there (RFC 6376 §3.6.2.2).
      const smallest = new Map<DkimSelector, { target: string; bits: number }>();
      for (const { selector, target, record } of served) {
        const key = record.key;
        if (key.status !== "ok" || key.type !== "rsa") continue;
        const known = smallest.get(selector);
        if (!known || key.bits < known.bits) smallest.set(selector, { target, bits: key.bits });
      }
      for (const [selector, { target, bits }] of smallest) {
        const at = { path: [...selector.path, "cname"] };
        if (bits < hardMinBits) ctx.report({ messageId: "tooShortBehindCname", data: { selector: selector.name, target, bits, min: hardMinBits }, at });
        else if (bits < minBits) ctx.report({ messageId: "belowRecommendedBehindCname", data: { selector: selector.name, target, bits, min: minBits }, at });
      }
    });
  },
});
