// RFC 8301 §3.2: "Verifiers MUST be able to validate signatures with keys ranging from 1024 bits to 4096
// bits, and they MAY be able to validate signatures with larger keys." A longer RSA key is one a
// conforming verifier may be unable to use, so its signatures may count for nothing there.
import { defineRule } from "../engine/types.js";
import { selectorKeys, valueRange } from "../mail/dkim.js";

interface Options {
  maxBits: number;
}

export default defineRule<Options>({
  meta: {
    id: "dkim-key-too-long",
    area: "dkim",
    description: "An RSA DKIM key is at most maxBits long (RFC 8301: verifiers must handle up to 4096 bits, no more).",
    references: ["RFC8301 §3.2"],
    defaultLevel: "warn",
    kind: "static",
    observes: ["dkim"],
    alsoObserves: ["dkim-probe"],
    options: {
      type: "object",
      properties: {
        maxBits: { type: "integer", minimum: 1024, description: "Largest RSA modulus every verifier must be able to use; longer keys get the finding.", default: 4096 },
      },
      additionalProperties: false,
    },
    messages: {
      tooLong: {
        text: "selector {{selector}}: the RSA key has {{bits}} bits; verifiers need only handle up to {{max}} (RFC 8301 §3.2), so some may not verify its signatures",
      },
    },
    fix: "Use a 2048-bit key (or at most 4096 bits) under a new selector, switch signing, then revoke the old one.",
  },
  check(ctx) {
    const { maxBits } = ctx.options;
    for (const { selector, text, record } of selectorKeys(ctx.domain.dkim?.selectors ?? [])) {
      const key = record.key;
      if (record.keyType !== "rsa" || key.status !== "ok" || key.type !== "rsa" || key.bits <= maxBits) continue;
      const [start, end] = valueRange(record.byName.get("p")!);
      ctx.report({ messageId: "tooLong", data: { selector: selector.name, bits: key.bits, max: maxBits }, at: ctx.textAnchor(text, start, end) });
    }
  },
});
