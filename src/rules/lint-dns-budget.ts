// Reported by `audit` and `plan` themselves when checking one domain would take more DNS questions than the
// per-domain budget (src/plan/budget.ts): the questions past it are not asked, so the checks that needed
// them are incomplete, and the run still ends with its report.
import { defineRule } from "../engine/types.js";

export default defineRule({
  meta: {
    id: "lint-dns-budget",
    area: "lint",
    description: "Checking one domain may cause at most a fixed number of DNS questions; past it the checks are incomplete.",
    references: ["RFC7208 §4.6.4", "maildns README, Live DNS"],
    defaultLevel: "error",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      spent: { text: "checking {{domain}} needed more than {{budget}} DNS questions: {{refused}} were not asked, so the checks that needed them are incomplete (its records fan out: many MX hosts, SPF includes, report domains or DKIM aliases)" },
    },
    fix: "Look at what the domain's records point to: an MX set or SPF tree that large is a mistake or an attack.",
  },
});
