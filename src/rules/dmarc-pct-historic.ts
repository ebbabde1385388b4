// RFC 9989 dropped pct=, rf= and ri= (historic, App. A.6, §9.3): its receivers ignore them, RFC 7489
// receivers still read them. A valid value is information; an invalid rf= or ri= is a warning (RFC 7489
// receivers discard it, RFC 9989's never look); pct='s range is dmarc-pct-range's.
import { defineRule } from "../engine/types.js";
import { parseDmarcText, valueRange } from "../mail/dmarc.js";

/** RFC 7489 §6.4: `dmarc-rfmt = "rf" *WSP "=" *WSP Keyword *(*WSP ":" Keyword)`, Keyword as in RFC 5321. */
const RF_VALUE = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\s*:\s*[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/;
/** RFC 7489 §6.4: `dmarc-ainterval = "ri" *WSP "=" *WSP 1*32DIGIT`. */
const RI_VALUE = /^\d{1,32}$/;

export default defineRule({
  meta: {
    id: "dmarc-pct-historic",
    area: "dmarc",
    description: "The record avoids pct=, rf= and ri=, which RFC 9989 made historic: information when valid, a warning when rf= or ri= is malformed.",
    references: ["RFC9989 App. A.6", "RFC9989 §9.3", "RFC7489 §6.4", "G-DMARC", "MS-DMARC"],
    defaultLevel: "warn",
    kind: "static",
    observes: ["dmarc"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      pct: {
        text: "pct={{value}} is historic in RFC 9989: receivers applied it inconsistently except 0 and 100; use t=y while testing a policy.",
        tier: "lower",
      },
      historic: { text: "{{tag}}= is historic in RFC 9989 and ignored by its receivers.", tier: "lower" },
      invalid: { text: "{{tag}}={{value}} is not valid ({{expected}}): RFC 7489 receivers discard it, and RFC 9989 receivers ignore {{tag}}= anyway; remove it." },
    },
    fix: "p=quarantine (or p=quarantine; t=y while testing)",
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    for (const tag of parseDmarcText(dmarc.text).tags) {
      if (!tag.hasEquals || tag.kind !== "historic") continue;
      const at = ctx.textAnchor(dmarc.text, tag.start, tag.end);
      if (tag.key === "pct") {
        ctx.report({ messageId: "pct", data: { value: tag.value }, at });
        continue;
      }
      const valid = tag.key === "rf" ? RF_VALUE.test(tag.value) : RI_VALUE.test(tag.value);
      if (valid) {
        ctx.report({ messageId: "historic", data: { tag: tag.name }, at });
      } else {
        const expected = tag.key === "rf" ? "report format names such as afrf, separated by ':'" : "a number of seconds";
        ctx.report({ messageId: "invalid", data: { tag: tag.name, value: tag.value, expected }, at: ctx.textAnchor(dmarc.text, ...valueRange(tag)) });
      }
    }
  },
});
