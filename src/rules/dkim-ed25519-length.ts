// RFC 8463 §4.2: an ed25519 key record's p= is the base64 of the raw 32-byte public key, not the
// SubjectPublicKeyInfo wrapping that RSA keys use; verifiers reject anything else.
import { defineRule } from "../engine/types.js";
import { selectorKeys, valueRange } from "../mail/dkim.js";

export default defineRule({
  meta: {
    id: "dkim-ed25519-length",
    area: "dkim",
    description: "A k=ed25519 key record's p= must decode to exactly 32 bytes, the raw public key.",
    references: ["RFC8463 §4.2", "RFC6376 §6.1.2"],
    defaultLevel: "error",
    kind: "static",
    observes: ["dkim"],
    alsoObserves: ["dkim-probe"],
    enforces: [
      { section: "RFC6376 §6.1.2", keyword: "MUST", text: "a verifier returns PERMFAIL when the public key data does not suit the key type" },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      wrongLength: { text: "selector {{selector}}: k=ed25519 but p= decodes to {{bytes}} bytes instead of 32" },
      spkiWrapped: { text: "selector {{selector}}: p= holds the {{bytes}}-byte SubjectPublicKeyInfo form; k=ed25519 wants only the raw 32-byte key (its last 32 bytes)" },
    },
    fix: "Publish the base64 of the raw 32-byte key: 44 characters ending in '='.",
  },
  check(ctx) {
    for (const { selector, text, record } of selectorKeys(ctx.domain.dkim?.selectors ?? [])) {
      const key = record.key;
      if (record.keyType !== "ed25519") continue;
      if (key.status !== "ok" && key.status !== "undecodable") continue;
      if (key.bytes === 32) continue;
      const [start, end] = valueRange(record.byName.get("p")!);
      const spki = key.status === "ok" && key.type === "ed25519" && key.encoding === "spki";
      ctx.report({ messageId: spki ? "spkiWrapped" : "wrongLength", data: { selector: selector.name, bytes: key.bytes }, at: ctx.textAnchor(text, start, end) });
    }
  },
});
