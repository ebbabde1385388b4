import { defineRule } from "../engine/types.js";
import { findTag, parseDmarcText, valueRange } from "../mail/dmarc.js";

const FO_OPTIONS = new Set(["0", "1", "d", "s"]);

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-fo-values",
    area: "dmarc",
    description: "fo= is a colon-separated list of 0, 1, d and s, and comes with a ruf= address.",
    references: ["RFC7489 §6.3", "RFC9989 §4.7", "RFC9991"],
    defaultLevel: "error",
    kind: "static",
    observes: ["dmarc"],
    enforces: [
      { section: "RFC7489 §6.3", keyword: "MUST", text: "a DMARC policy record complies with the formal specification of §6.4", messages: ["invalid"] },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      invalid: { text: "fo={{value}}: \"{{option}}\" is not a failure-reporting option (0, 1, d or s, separated by colons)." },
      repeated: { text: "fo={{value}} names {{option}} twice: name each option once.", tier: "lower" },
      withoutRuf: { text: "fo={{value}} has no effect without a ruf= address for failure reports.", tier: "info" },
    },
    fix: "fo=1; ruf=mailto:dmarc-failures@example.com",
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    const record = parseDmarcText(dmarc.text);
    // fo= without ruf= has no effect; in a record receivers discard (RFC 7489 §6.6.3) nothing has any, and
    // dmarc-v-first says so.
    const hasRuf = !record.versionFirst || findTag(record, "ruf") !== undefined;
    for (const tag of record.tags) {
      if (!tag.hasEquals || tag.key !== "fo") continue;
      const valueAt = ctx.textAnchor(dmarc.text, ...valueRange(tag));
      const options = tag.value.split(":").map((option) => option.trim().toLowerCase());
      const invalid = options.find((option) => !FO_OPTIONS.has(option));
      const repeated = options.find((option, i) => options.indexOf(option) !== i);
      if (invalid !== undefined) {
        ctx.report({ messageId: "invalid", data: { value: tag.value, option: invalid }, at: valueAt });
      } else if (repeated !== undefined) {
        // Any list of distinct options is valid, 0:1:d:s included (RFC 7489 §6.4 ABNF): each asks for a
        // failure report in its own case.
        ctx.report({ messageId: "repeated", data: { value: tag.value, option: repeated }, at: valueAt });
      }
      if (!hasRuf) ctx.report({ messageId: "withoutRuf", data: { value: tag.value }, at: ctx.textAnchor(dmarc.text, tag.start, tag.end) });
    }
  },
});
