// RFC 6376 §3.6.1 defines k=rsa; RFC 8463 adds k=ed25519. Verifiers ignore keys of any other type, and
// tag values are case-sensitive (RFC 6376 §3.2), so k=RSA is unknown too.
import { defineRule } from "../engine/types.js";
import { selectorKeys, shorten, valueRange } from "../mail/dkim.js";

const KEY_TYPES = ["rsa", "ed25519"];

export default defineRule({
  meta: {
    id: "dkim-unknown-key-type",
    area: "dkim",
    description: "A DKIM key record's k= must be rsa or ed25519.",
    references: ["RFC6376 §3.6.1", "RFC6376 §3.2", "RFC8463", "RFC6376 §6.1.2"],
    defaultLevel: "error",
    kind: "static",
    observes: ["dkim"],
    alsoObserves: ["dkim-probe"],
    enforces: [
      { section: "RFC6376 §6.1.2", keyword: "MUST", text: "a verifier returns PERMFAIL when the key does not suit the key types it knows (k=)" },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      unknown: { text: "selector {{selector}}: key type k={{value}} is not rsa or ed25519; verifiers ignore this key" },
      wrongCase: { text: "selector {{selector}}: k={{value}} must be written k={{expected}} (tag values are case-sensitive)" },
    },
    fix: "k=rsa (or omit k), or k=ed25519 with a 32-byte key.",
  },
  check(ctx) {
    for (const { selector, text, record } of selectorKeys(ctx.domain.dkim?.selectors ?? [])) {
      const k = record.byName.get("k");
      if (!k || KEY_TYPES.includes(k.value)) continue;
      const [start, end] = valueRange(k);
      const at = ctx.textAnchor(text, start, end);
      const expected = k.value.toLowerCase();
      if (KEY_TYPES.includes(expected)) {
        ctx.report({ messageId: "wrongCase", data: { selector: selector.name, value: k.value, expected }, at });
      } else {
        ctx.report({ messageId: "unknown", data: { selector: selector.name, value: shorten(k.value) }, at });
      }
    }
  },
});
