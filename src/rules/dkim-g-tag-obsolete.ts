// g= (key granularity) came from RFC 4871 and is not among RFC 6376's key-record tags (§3.6.1); verifiers
// ignore it, but the OVH panel's DKIM form still offers it (OVH-DKIM). The exact wording of its removal in
// RFC 6376 is UNVERIFIED (no verifier we know of documents it).
import { defineRule } from "../engine/types.js";
import { selectorKeys, shorten } from "../mail/dkim.js";

export default defineRule({
  meta: {
    id: "dkim-g-tag-obsolete",
    area: "dkim",
    description: "The g= tag of RFC 4871 is obsolete in DKIM key records and is ignored by verifiers.",
    references: ["RFC6376 §3.6.1", "OVH-DKIM"],
    defaultLevel: "info",
    kind: "static",
    observes: ["dkim"],
    alsoObserves: ["dkim-probe"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      obsolete: { text: "selector {{selector}}: g={{value}} is an RFC 4871 tag that RFC 6376 no longer defines; verifiers ignore it" },
    },
    fix: "Remove g= from the record.",
  },
  check(ctx) {
    for (const { selector, text, record } of selectorKeys(ctx.domain.dkim?.selectors ?? [])) {
      for (const tag of record.tags) {
        if (tag.name === "g") ctx.report({ messageId: "obsolete", data: { selector: selector.name, value: shorten(tag.value) }, at: ctx.textAnchor(text, tag.start, tag.end) });
      }
    }
  },
});
