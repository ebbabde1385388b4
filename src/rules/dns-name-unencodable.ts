// Names the DNS wire format cannot carry (RFC 1035 §2.3.4, §3.1): a label is at most 63 octets (its length
// octet has six bits), a name at most 255 octets on the wire (253 characters written), and a label is never
// empty but for the root. OVH's API refuses such a record, or the name cannot even be sent: the apply fails,
// so `pulumi up` must never receive one.
import { defineRule } from "../engine/types.js";
import { shorten } from "../mail/dkim.js";
import { checkName, isUnencodable, writtenNames, type NameProblemCode } from "../mail/dns-name.js";

const MESSAGE: Partial<Record<NameProblemCode, string>> = { "empty-label": "emptyLabel", "label-too-long": "labelTooLong", "name-too-long": "nameTooLong" };

export default defineRule({
  meta: {
    id: "dns-name-unencodable",
    area: "dns",
    description: "CNAME and DKIM selector names and targets fit the DNS wire format: no empty label, labels of at most 63 octets, names of at most 253 characters.",
    references: ["RFC1035 §2.3.4", "RFC1035 §3.1"],
    defaultLevel: "error",
    kind: "static",
    observes: [],
    alsoObserves: ["cname", "dkim", "dkim-probe"],
    enforces: [
      { section: "RFC1035 §2.3.4", keyword: "wire-format", text: "labels are 63 octets or less and names 255 octets or less on the wire; only the root label is empty" },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      emptyLabel: { text: "{{what}} \"{{name}}\" has an empty label (\"{{part}}\"): no DNS name has one; remove the extra dot" },
      labelTooLong: { text: "{{what}} \"{{name}}\" has a label of {{length}} octets (\"{{part}}\"): DNS labels hold at most 63 (RFC 1035 §2.3.4)" },
      nameTooLong: { text: "{{what}} \"{{name}}\" makes a name of more than 253 characters with its zone: DNS names hold at most 255 octets (RFC 1035 §2.3.4)" },
    },
    fix: "Shorten the label or the name; a DKIM selector is best kept short (s2026, ovhmo1234567-selector1).",
  },
  check(ctx) {
    for (const name of writtenNames(ctx.domain)) {
      for (const problem of checkName(name.text, name.check)) {
        if (!isUnencodable(problem.code)) continue;
        ctx.report({
          messageId: MESSAGE[problem.code]!,
          data: { what: name.what, name: shorten(name.text), part: shorten(problem.part, 30), length: problem.part.length },
          at: { path: name.path, range: [problem.start, problem.end] },
        });
      }
    }
  },
});
