// RFC 6376 §3.6.1: an empty p= means the key has been revoked. That is a legitimate state — the last step
// of a rotation, or a parked domain refusing every selector with a wildcard — so it is never an error:
// information, or a warning when the selector is still declared as signing (the domain file, or a
// selector named with --selector), since every signature made with it then fails.
import { defineRule } from "../engine/types.js";
import { selectorKeys } from "../mail/dkim.js";
import type { DkimSelector, DomainModel } from "../model/types.js";

/** Whether someone says mail is signed with the selector: the file (`active`), or `--selector` for a live domain. */
function declaredSigning(domain: DomainModel, selector: DkimSelector): "file" | "named" | null {
  if (selector.name === "*") return null;
  const probe = domain.dkimProbe;
  if (probe) return probe.named.includes(selector.name.toLowerCase()) ? "named" : null;
  return selector.active ? "file" : null;
}

export default defineRule({
  meta: {
    id: "dkim-revoked",
    area: "dkim",
    description: "A DKIM key record with an empty p= is revoked: a warning when the selector is declared as signing, information otherwise.",
    references: ["RFC6376 §3.6.1", "RFC6376 §6.1.2"],
    defaultLevel: "warn",
    kind: "static",
    observes: ["dkim"],
    alsoObserves: ["dkim-probe"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      revokedActive: { text: "selector {{selector}} is {{how}} but its key is revoked (empty p=): every signature made with it fails (RFC 6376 §6.1.2)" },
      revoked: { text: "selector {{selector}} is revoked (empty p=); remove it once no mail in transit can still carry its signature", tier: "info" },
      wildcard: {
        text: "*._domainkey.{{domain}} publishes a revoked key (empty p=) for every selector: no signature in {{domain}}'s name can pass DKIM, as a domain that sends no mail wants",
        tier: "info",
      },
    },
    fix: "Sign with a selector that has a key, and set active: false on the revoked one.",
  },
  check(ctx) {
    const { domain } = ctx;
    for (const { selector, text, record } of selectorKeys(domain.dkim?.selectors ?? [])) {
      if (record.key.status !== "revoked") continue;
      const p = record.byName.get("p")!;
      const at = ctx.textAnchor(text, p.start, p.end);
      if (selector.name === "*") {
        ctx.report({ messageId: "wildcard", data: { domain: domain.domain }, at: { ...at, name: `*._domainkey.${domain.domain}` } });
        continue;
      }
      const how = declaredSigning(domain, selector);
      if (how === null) ctx.report({ messageId: "revoked", data: { selector: selector.name }, at });
      else ctx.report({ messageId: "revokedActive", data: { selector: selector.name, how: how === "named" ? "named with --selector" : "marked active" }, at });
    }
  },
});
