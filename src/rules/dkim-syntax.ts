// RFC 6376 §3.2 tag-list syntax and §3.6.1's one required tag (p=). A tag-list that breaks the syntax, or
// repeats a tag, is invalid as a whole ("the entire tag-list is invalid"), and a record without p= is no key
// record: verifiers ignore the selector either way.
import { defineRule } from "../engine/types.js";
import { type DkimSyntaxCode, selectorKeys, shorten } from "../mail/dkim.js";
import { visibleCharacter } from "../model/show.js";

const MESSAGE_FOR: Record<DkimSyntaxCode, string> = {
  "empty-tag": "emptyTag",
  "missing-equals": "missingEquals",
  "bad-tag-name": "badTagName",
  "bad-value-char": "badValueChar",
  "duplicate-tag": "duplicateTag",
};

export default defineRule({
  meta: {
    id: "dkim-syntax",
    area: "dkim",
    description: "A DKIM key record must be a valid tag-list (RFC 6376 §3.2) with each tag once and a p= tag.",
    references: ["RFC6376 §3.2", "RFC6376 §3.6.1", "RFC6376 §6.1.2"],
    defaultLevel: "error",
    kind: "static",
    observes: ["dkim"],
    alsoObserves: ["dkim-probe"],
    enforces: [
      { section: "RFC6376 §3.2", keyword: "MUST NOT", text: "a tag name occurs at most once in a tag-list; otherwise the whole tag-list is invalid", messages: ["duplicateTag"] },
      { section: "RFC6376 §3.6.1", keyword: "REQUIRED", text: "p= (the public key data) is required in a key record", messages: ["missingKey"] },
      { section: "RFC6376 §6.1.2", keyword: "MUST", text: "a verifier ignores a key record that does not adhere to the format and returns PERMFAIL", messages: ["emptyTag", "missingEquals", "badTagName", "badValueChar"] },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missingKey: { text: "selector {{selector}}: the key record has no p= tag (required); verifiers ignore it" },
      emptyTag: { text: "selector {{selector}}: empty tag between two ';' makes the key record invalid" },
      missingEquals: { text: "selector {{selector}}: '{{spec}}' is not a tag=value pair" },
      badTagName: { text: "selector {{selector}}: '{{tag}}' is not a tag name (a letter, then letters, digits or '_')" },
      badValueChar: { text: "selector {{selector}}: {{char}} is not allowed in the value of {{tag}}=" },
      duplicateTag: { text: "selector {{selector}}: {{tag}}= appears twice, which invalidates the whole key record (RFC 6376 §3.2)" },
    },
    fix: "Write the record as tag=value pairs separated by ';', each tag once, with p=: v=DKIM1; k=rsa; p=MIIB…",
  },
  check(ctx) {
    for (const { selector, text, record } of selectorKeys(ctx.domain.dkim?.selectors ?? [])) {
      const base = { selector: selector.name };
      for (const error of record.errors) {
        const spec = text.value.slice(error.start, error.end);
        ctx.report({
          messageId: MESSAGE_FOR[error.code],
          data: { ...base, spec: shorten(spec), tag: shorten(error.tag ?? ""), char: visibleCharacter(spec) },
          at: ctx.textAnchor(text, error.start, error.end),
        });
      }
      if (record.key.status === "missing") ctx.report({ messageId: "missingKey", data: base, at: { path: text.path } });
    }
  },
});
