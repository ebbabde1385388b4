import { defineRule } from "../engine/types.js";
import { STS_MAX_AGE_LIMIT } from "../mail/mta-sts.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "mta-sts-max-age",
    area: "mta-sts",
    description: "The MTA-STS policy's max_age is a whole number of seconds from 0 to 31557600 (one year).",
    references: ["RFC8461 §3.2"],
    defaultLevel: "error",
    kind: "static",
    observes: ["mta-sts"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      tooLarge: { text: "max_age {{value}} is above the RFC 8461 maximum of {{limit}} seconds (one year): the policy is invalid." },
      notInteger: { text: "max_age {{value}} is not a whole number of seconds from 0 to {{limit}}: the policy is invalid." },
    },
    fix: "maxAge: 604800 (one week; weeks or more are typical)",
  },
  check(ctx) {
    const policy = ctx.domain.mtaSts?.policy;
    if (!policy) return;
    const value = policy.maxAge;
    const at = { path: [...policy.path, "maxAge"] };
    const data = { value: String(value), limit: STS_MAX_AGE_LIMIT };
    // `sts-policy-max-age-value = 1*10(DIGIT)`, "maximum value of 31557600" (RFC 8461 §3.2).
    if (!Number.isInteger(value) || value < 0) ctx.report({ messageId: "notInteger", data, at });
    else if (value > STS_MAX_AGE_LIMIT) ctx.report({ messageId: "tooLarge", data, at });
  },
});
