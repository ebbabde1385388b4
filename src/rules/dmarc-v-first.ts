import { defineRule } from "../engine/types.js";
import { parseDmarcText } from "../mail/dmarc.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-v-first",
    area: "dmarc",
    description: "The DMARC record starts with the tag v=DMARC1, spelled exactly.",
    references: ["RFC7489 §6.3", "RFC7489 §6.6.3", "RFC9989 §4.7"],
    defaultLevel: "error",
    kind: "static",
    observes: ["dmarc"],
    enforces: [
      { section: "RFC7489 §6.3", keyword: "MUST", text: "v= is the first tag and its value is exactly DMARC1, else the record is ignored", messages: ["empty", "notFirst", "badValue", "missingSeparator"] },
      { section: "RFC7489 §6.6.3", keyword: "discarded", text: "receivers discard a record that does not start with a v= tag naming DMARC1", messages: ["leadingSpace"] },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      empty: { text: "The DMARC record is empty: it must start with v=DMARC1." },
      leadingSpace: { text: "The DMARC record starts with whitespace before v=DMARC1: receivers discard a record that does not start with v= (RFC 7489 §6.6.3)." },
      notFirst: { text: "The DMARC record starts with \"{{found}}\" instead of v=DMARC1: receivers discard it." },
      badValue: { text: "v={{value}} is not v=DMARC1 (the value is case-sensitive): receivers discard the record." },
      missingSeparator: {
        text: "v=DMARC1 is followed by \"{{rest}}\" without a \";\": the version tag's value is then \"{{value}}\", not DMARC1, and receivers discard the record.",
      },
    },
    fix: "Start the record with v=DMARC1; e.g. v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com",
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    const record = parseDmarcText(dmarc.text);
    const first = record.tags[0];
    if (!first) {
      ctx.report({ messageId: "empty", at: ctx.textAnchor(dmarc.text, 0, record.text.length) });
      return;
    }
    if (record.leadingSpace > 0) {
      ctx.report({ messageId: "leadingSpace", at: ctx.textAnchor(dmarc.text, 0, record.leadingSpace) });
      return;
    }
    if (record.versionFirst) return;
    // RFC 7489 §6.6.3: records that do not start with a "v=" tag naming DMARC1 are discarded.
    // "v=DMARC1 p=reject": tag-specs are split at ";" only (RFC 7489 §6.4, dmarc-sep), so the blank does not end the value.
    const separator = first.hasEquals && first.key === "v" ? /^DMARC1[ \t]+(\S.*)$/.exec(first.value) : null;
    if (separator) {
      const at = ctx.textAnchor(dmarc.text, first.valueStart, first.valueEnd);
      ctx.report({ messageId: "missingSeparator", data: { value: first.value, rest: separator[1]! }, at });
    } else if (first.hasEquals && first.key === "v") {
      ctx.report({ messageId: "badValue", data: { value: first.value }, at: ctx.textAnchor(dmarc.text, first.valueStart, first.valueEnd) });
    } else {
      ctx.report({
        messageId: "notFirst",
        data: { found: record.text.slice(first.start, first.end) },
        at: ctx.textAnchor(dmarc.text, first.start, first.end),
      });
    }
  },
});
