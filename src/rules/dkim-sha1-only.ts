// RFC 8301 §3.1: rsa-sha1 MUST NOT be used for signing or verifying, so a key restricted by h= to sha1
// (or to anything without sha256) can verify no signature at all.
import { defineRule } from "../engine/types.js";
import { selectorKeys, shorten, valueRange } from "../mail/dkim.js";

export default defineRule({
  meta: {
    id: "dkim-sha1-only",
    area: "dkim",
    description: "A DKIM key record's h= must allow sha256 when present; sha1 alone is unusable.",
    references: ["RFC8301 §3.1", "RFC6376 §3.6.1", "RFC6376 §6.1.2"],
    defaultLevel: "error",
    kind: "static",
    observes: ["dkim"],
    alsoObserves: ["dkim-probe"],
    enforces: [
      { section: "RFC8301 §3.1", keyword: "MUST", text: "signers sign with rsa-sha256, and verifiers do not accept rsa-sha1 signatures", messages: ["sha1Only"] },
      { section: "RFC6376 §6.1.2", keyword: "MUST", text: "a verifier returns PERMFAIL when h= does not list the signature's hash algorithm", messages: ["noSha256"] },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      sha1Only: { text: "selector {{selector}}: h={{value}} allows only sha1, which verifiers must refuse (RFC 8301 §3.1)" },
      noSha256: { text: "selector {{selector}}: h={{value}} does not allow sha256, so no signature with this key can verify" },
    },
    fix: "Omit h= or write h=sha256.",
  },
  check(ctx) {
    for (const { selector, text, record } of selectorKeys(ctx.domain.dkim?.selectors ?? [])) {
      const h = record.byName.get("h");
      if (!h || !record.hashes || record.hashes.some((item) => item.value === "sha256")) continue;
      const [start, end] = valueRange(h);
      const sha1 = record.hashes.length > 0 && record.hashes.every((item) => item.value === "sha1");
      ctx.report({ messageId: sha1 ? "sha1Only" : "noSha256", data: { selector: selector.name, value: shorten(h.value) }, at: ctx.textAnchor(text, start, end) });
    }
  },
});
