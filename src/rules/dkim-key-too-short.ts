// RFC 8301 §3.2: signers MUST use RSA keys of at least 1024 bits and SHOULD use at least 2048; verifiers
// may refuse shorter keys, so a short key can leave mail effectively unsigned.
import { defineRule } from "../engine/types.js";
import { selectorKeys, valueRange } from "../mail/dkim.js";

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
      { section: "RFC8301 §3.2", keyword: "MUST", text: "signers use RSA keys of at least 1024 bits", messages: ["tooShort"] },
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
  },
});
