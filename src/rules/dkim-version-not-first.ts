// RFC 6376 §3.6.1: v= is optional in a key record, but when present it MUST be the first tag and equal
// "DKIM1"; verifiers discard key records that break either rule.
import { defineRule } from "../engine/types.js";
import { selectorKeys, shorten, valueRange } from "../mail/dkim.js";

export default defineRule({
  meta: {
    id: "dkim-version-not-first",
    area: "dkim",
    description: "A DKIM key record's v= tag, when present, must come first and be exactly DKIM1.",
    references: ["RFC6376 §3.6.1"],
    defaultLevel: "error",
    kind: "static",
    observes: ["dkim"],
    alsoObserves: ["dkim-probe"],
    enforces: [
      { section: "RFC6376 §3.6.1", keyword: "MUST", text: "v=, when present, is the first tag and is exactly DKIM1" },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      notFirst: { text: "selector {{selector}}: v= is tag {{position}} of the key record; it must be the first tag or verifiers discard the key" },
      badValue: { text: "selector {{selector}}: v={{value}} is not DKIM1 (the value is case-sensitive)" },
    },
    fix: "Start the record with v=DKIM1; e.g. v=DKIM1; k=rsa; p=MIIB…",
  },
  check(ctx) {
    for (const { selector, text, record } of selectorKeys(ctx.domain.dkim?.selectors ?? [])) {
      const version = record.byName.get("v");
      if (!version) continue;
      const position = record.tags.indexOf(version);
      if (position > 0) {
        ctx.report({
          messageId: "notFirst",
          data: { selector: selector.name, position: position + 1 },
          at: ctx.textAnchor(text, version.start, version.end),
        });
      }
      if (version.value !== "DKIM1") {
        const [start, end] = valueRange(version);
        ctx.report({ messageId: "badValue", data: { selector: selector.name, value: shorten(version.value) }, at: ctx.textAnchor(text, start, end) });
      }
    }
  },
});
