// OVH issues DKIM selectors in pairs (…selector1 / …selector2) and wants both published: the panel shows
// error 501 ("only one DKIM selector initialised"), and key rotation switches to the other selector (OVH-DKIM).
import { defineRule } from "../engine/types.js";
import { ovhSelectorPair } from "../mail/dkim.js";
import { isOvhHosted } from "../mail/ovh.js";
import type { DkimSelector } from "../model/types.js";

export default defineRule({
  meta: {
    id: "dkim-ovh-both-selectors",
    area: "dkim",
    description: "Both selectors of an OVH DKIM pair (selector1 and selector2) should be declared.",
    references: ["OVH-DKIM"],
    defaultLevel: "warn",
    ovhOnly: true,
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missingPartner: { text: "OVH selector {{selector}} is declared without {{missing}}: OVH needs both to rotate keys (panel error 501)" },
      onlyOne: { text: "only one OVH selector ({{selector}}) is declared: OVH needs both of its selectors to rotate keys (panel error 501)" },
    },
    fix: "Declare both selectors OVH's API lists for the domain, each with its CNAME.",
  },
  check(ctx) {
    if (!isOvhHosted(ctx.domain)) return;
    const ovhSelectors = (ctx.domain.dkim?.selectors ?? []).filter((s) => s.ovh);
    const pairs = new Map<string, { selectors: DkimSelector[]; numbers: Set<1 | 2> }>();
    const unpaired: DkimSelector[] = [];
    for (const selector of ovhSelectors) {
      const { prefix, number } = ovhSelectorPair(selector.name);
      if (number === null) {
        unpaired.push(selector);
        continue;
      }
      const pair = pairs.get(prefix) ?? { selectors: [], numbers: new Set<1 | 2>() };
      pair.selectors.push(selector);
      pair.numbers.add(number);
      pairs.set(prefix, pair);
    }
    for (const { selectors, numbers } of pairs.values()) {
      if (numbers.size === 2) continue;
      const first = selectors[0]!;
      // Keep the spelling of the declared name: only its last character changes.
      const missing = `${first.name.slice(0, -1)}${numbers.has(1) ? "2" : "1"}`;
      ctx.report({ messageId: "missingPartner", data: { selector: first.name, missing }, at: { path: [...first.path, "name"] } });
    }
    // Selectors marked `ovh: true` with names that are not numbered 1/2 cannot be paired by name; only a
    // lone OVH selector is certainly incomplete.
    if (ovhSelectors.length === 1 && unpaired.length === 1) {
      const only = unpaired[0]!;
      ctx.report({ messageId: "onlyOne", data: { selector: only.name }, at: { path: [...only.path, "name"] } });
    }
  },
});
