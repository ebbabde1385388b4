// RFC 6376 §3.6.1: p= is base64 (FWS allowed between characters); the OVH panel also requires a length
// that is a multiple of 4 (MGR). A p= that is valid base64 but not an RSA key fails every verification.
import { defineRule } from "../engine/types.js";
import { selectorKeys, valueRange } from "../mail/dkim.js";
import { visibleCharacter } from "../model/show.js";

export default defineRule({
  meta: {
    id: "dkim-bad-base64",
    area: "dkim",
    description: "A DKIM key record's p= must be valid base64 (alphabet, padding, length a multiple of 4) holding a public key of the record's type.",
    references: ["RFC6376 §3.6.1", "MGR", "RFC6376 §6.1.2"],
    defaultLevel: "error",
    kind: "static",
    observes: ["dkim"],
    alsoObserves: ["dkim-probe"],
    enforces: [
      { section: "RFC6376 §6.1.2", keyword: "MUST", text: "a verifier ignores a key record that does not adhere to the format, or whose key does not suit the key type, and returns PERMFAIL" },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      badChar: { text: "selector {{selector}}: '{{char}}' is not a base64 character in p=" },
      badPadding: { text: "selector {{selector}}: '=' padding is only allowed as the last one or two characters of p=" },
      badLength: { text: "selector {{selector}}: p= has {{length}} base64 characters, not a multiple of 4 (part of the key is missing)" },
      notRsaKey: { text: "selector {{selector}}: p= decodes to {{bytes}} bytes that are not an RSA public key (k={{keyType}})" },
    },
    fix: "Paste the key again from the signer (one base64 block, no quotes or line breaks inside).",
  },
  check(ctx) {
    for (const { selector, text, record } of selectorKeys(ctx.domain.dkim?.selectors ?? [])) {
      const key = record.key;
      const base = { selector: selector.name };
      if (key.status === "bad-base64") {
        const at = ctx.textAnchor(text, key.start, key.end);
        if (key.problem === "char") ctx.report({ messageId: "badChar", data: { ...base, char: visibleCharacter(text.value.slice(key.start, key.end)) }, at });
        if (key.problem === "padding") ctx.report({ messageId: "badPadding", data: base, at });
        if (key.problem === "length") ctx.report({ messageId: "badLength", data: { ...base, length: record.keyData?.length ?? 0 }, at });
        continue;
      }
      // Ed25519 and unknown key types have rules of their own (dkim-ed25519-length, dkim-unknown-key-type).
      if (record.keyType !== "rsa") continue;
      const notRsa = key.status === "undecodable" || (key.status === "ok" && key.type !== "rsa");
      if (notRsa) {
        const [start, end] = valueRange(record.byName.get("p")!);
        ctx.report({ messageId: "notRsaKey", data: { ...base, bytes: key.bytes, keyType: record.keyType }, at: ctx.textAnchor(text, start, end) });
      }
    }
  },
});
