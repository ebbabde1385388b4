// RFC 6376 §3.6.1, s= (service type): "Verifiers for a given service type MUST ignore this record if the
// appropriate type is not listed." Mail is the service "email" ("*" is every service), so a key whose s=
// lists neither verifies no mail at all. Values are case-sensitive (§3.2), so s=EMAIL does not list it.
import { defineRule } from "../engine/types.js";
import { selectorKeys, shorten, valueRange } from "../mail/dkim.js";

const MAIL_SERVICES = ["email", "*"];

export default defineRule({
  meta: {
    id: "dkim-service-type",
    area: "dkim",
    description: "A DKIM key record's s= (service types), when present, lists email or *.",
    references: ["RFC6376 §3.6.1", "RFC6376 §3.2"],
    defaultLevel: "error",
    kind: "static",
    observes: ["dkim"],
    alsoObserves: ["dkim-probe"],
    enforces: [
      { section: "RFC6376 §3.6.1", keyword: "MUST", text: "verifiers for a service type ignore a key record whose s= does not list that type (email, or *)" },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      notEmail: { text: "selector {{selector}}: s={{value}} does not list email (or *), so mail verifiers ignore this key (RFC 6376 §3.6.1)" },
      wrongCase: { text: "selector {{selector}}: s={{value}} must list email in lower case (tag values are case-sensitive), so mail verifiers ignore this key" },
    },
    fix: "Omit s= (every service) or write s=email.",
  },
  check(ctx) {
    for (const { selector, text, record } of selectorKeys(ctx.domain.dkim?.selectors ?? [])) {
      const s = record.byName.get("s");
      // A revoked key (empty p=) verifies nothing anyway: dkim-revoked says so.
      if (!s || !record.serviceTypes || record.key.status === "revoked") continue;
      if (record.serviceTypes.some((item) => MAIL_SERVICES.includes(item.value))) continue;
      const wrongCase = record.serviceTypes.some((item) => item.value.toLowerCase() === "email");
      const [start, end] = valueRange(s);
      ctx.report({ messageId: wrongCase ? "wrongCase" : "notEmail", data: { selector: selector.name, value: shorten(s.value) }, at: ctx.textAnchor(text, start, end) });
    }
  },
});
