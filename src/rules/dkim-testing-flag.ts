// RFC 6376 §3.6.1 (t=y): the domain is testing DKIM, and verifiers MUST NOT treat a message differently
// from an unsigned one, so a selector that signs production mail with t=y gives DMARC no DKIM pass to rely on.
import { defineRule } from "../engine/types.js";
import { selectorKeys } from "../mail/dkim.js";
import { servedKeys, unreadKeys } from "../mail/dkim-served.js";
import type { DkimSelector } from "../model/types.js";

export default defineRule({
  meta: {
    id: "dkim-testing-flag",
    area: "dkim",
    description: "An active DKIM selector should not carry the t=y testing flag.",
    references: ["RFC6376 §3.6.1"],
    defaultLevel: "warn",
    kind: "static",
    observes: ["dkim"],
    alsoObserves: ["dkim-probe"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      testing: { text: "selector {{selector}} signs mail but has t=y: verifiers may treat its mail as unsigned" },
      testingBehindCname: {
        text: "selector {{selector}} signs mail but the key its CNAME leads to, at {{target}}, has t=y: verifiers may treat its mail as unsigned",
      },
      lookupFailed: {
        text: "could not check whether the key of selector {{selector}} at {{target}} has t=y: the TXT lookup failed ({{reason}})",
        tier: "lower",
      },
    },
    fix: "Remove y from t= once signing works (keep t=s if you need it).",
  },
  check(ctx) {
    for (const { selector, text, record } of selectorKeys(ctx.domain.dkim?.selectors ?? [])) {
      // A revoked key (empty p=) verifies nothing, testing or not: dkim-revoked says so.
      if (!selector.active || record.key.status === "revoked") continue;
      const flag = record.flags?.find((item) => item.value === "y");
      if (flag) ctx.report({ messageId: "testing", data: { selector: selector.name }, at: ctx.textAnchor(text, flag.start, flag.end) });
    }
    // A verifier reads the key behind a selector's CNAME as if it were at the selector (RFC 6376 §3.6.2.1),
    // so its t=y counts the same. Only live runs can read it; lint knows the CNAME, not the key.
    const { dns, domain } = ctx;
    if (!dns || !domain.dkim) return;
    const selectors = domain.dkim.selectors;
    return Promise.all([servedKeys(selectors, dns), unreadKeys(selectors, dns)]).then(([served, unread]) => {
      // A key that could not be read was not judged (only an active selector's t=y counts): said, so the run
      // names the check as not made.
      for (const { selector, target, reason } of unread) {
        if (selector.active) ctx.report({ messageId: "lookupFailed", data: { selector: selector.name, target, reason }, at: { path: [...selector.path, "cname"] } });
      }
      const reported = new Set<DkimSelector>();
      for (const { selector, target, record } of served) {
        if (!selector.active || reported.has(selector) || !record.flags?.some((item) => item.value === "y")) continue;
        reported.add(selector);
        ctx.report({ messageId: "testingBehindCname", data: { selector: selector.name, target }, at: { path: [...selector.path, "cname"] } });
      }
    });
  },
});
