// A CNAME cannot coexist with any other data at the same name (RFC 1034 §3.6.2; RFC 2181 §10.1), and a
// selector with two key records makes verification undefined (RFC 6376 §3.6.2.2). The domain file can say
// this three ways: one selector with both `cname:` and `record:`, one selector name declared twice, or a
// `cname:` entry at `<selector>._domainkey`.
import { defineRule } from "../engine/types.js";
import { shorten } from "../mail/dkim.js";
import type { DkimSelector } from "../model/types.js";

/** The owner of a `cname:` entry relative to the domain, lower case, without a trailing dot or the domain. */
function relativeOwner(name: string, domain: string): string {
  const lower = name.trim().toLowerCase().replace(/\.$/, "");
  return lower.endsWith(`.${domain}`) ? lower.slice(0, -domain.length - 1) : lower;
}

function kindOf(selector: DkimSelector): string {
  if (selector.target !== null) return "CNAME";
  return selector.text !== null ? "TXT" : "no record";
}

export default defineRule({
  meta: {
    id: "dkim-cname-conflict",
    area: "dkim",
    description: "A DKIM selector name must hold either one CNAME or one key record, never both or two of either.",
    references: ["RFC1034 §3.6.2", "RFC2181 §10.1", "RFC6376 §3.6.2.2"],
    defaultLevel: "error",
    kind: "static",
    observes: ["dkim"],
    alsoObserves: ["cname", "dkim-probe"],
    enforces: [
      { section: "RFC2181 §10.1", keyword: "MUST NOT", text: "an alias name (the owner of a CNAME) has no other data, and one canonical name at most", messages: ["cnameWithRecord", "duplicateSelector", "cnameEntry"] },
      { section: "RFC6376 §3.6.2.2", keyword: "MUST", text: "TXT RRs are unique for a particular selector name", messages: ["duplicateSelector"] },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      cnameWithRecord: { text: "selector {{selector}} has both cname: and record:; a CNAME cannot share {{selector}}._domainkey with a TXT record" },
      duplicateSelector: { text: "selector {{selector}} ({{kind}}) is declared twice: selector #{{first}} already declares it ({{firstKind}})" },
      cnameEntry: { text: "cname entry {{name}} is also DKIM selector {{selector}} ({{kind}}); declare the selector once, under dkim.selectors" },
    },
    fix: "Keep one declaration per selector: cname: for a delegated key (OVH), or record: for a key you publish yourself.",
  },
  check(ctx) {
    const selectors = ctx.domain.dkim?.selectors ?? [];
    const firstByName = new Map<string, { selector: DkimSelector; index: number }>();
    selectors.forEach((selector, index) => {
      if (selector.target !== null && selector.text !== null) {
        ctx.report({ messageId: "cnameWithRecord", data: { selector: selector.name }, at: { path: [...selector.path, "cname"] } });
      }
      const key = selector.name.toLowerCase();
      const first = firstByName.get(key);
      if (first) {
        ctx.report({
          messageId: "duplicateSelector",
          data: { selector: selector.name, kind: kindOf(selector), first: first.index + 1, firstKind: kindOf(first.selector) },
          at: { path: [...selector.path, "name"] },
        });
      } else {
        firstByName.set(key, { selector, index });
      }
    });
    for (const entry of ctx.domain.cname) {
      const owner = relativeOwner(entry.name, ctx.domain.domain);
      if (!owner.endsWith("._domainkey")) continue;
      const declared = firstByName.get(owner.slice(0, -"._domainkey".length));
      if (!declared) continue;
      ctx.report({
        messageId: "cnameEntry",
        data: { name: shorten(entry.name), selector: declared.selector.name, kind: kindOf(declared.selector) },
        at: { path: [...entry.path, "name"] },
      });
    }
  },
});
