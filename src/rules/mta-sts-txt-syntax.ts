import { defineRule } from "../engine/types.js";
import { stsRecordProblems, type StsRecordProblemKind } from "../mail/mta-sts.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "mta-sts-txt-syntax",
    area: "mta-sts",
    description: "The _mta-sts TXT record is v=STSv1; id=<1 to 32 letters and digits>, with well-formed extension fields.",
    references: ["RFC8461 §3.1"],
    defaultLevel: "error",
    kind: "static",
    observes: ["mta-sts"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      empty: { text: "The _mta-sts record is empty: it must be v=STSv1; id=<1 to 32 letters and digits>." },
      versionMissing: { text: "The _mta-sts record starts with \"{{found}}\" instead of v=STSv1 (case-sensitive): senders ignore it." },
      versionValue: { text: "v={{found}} is not v=STSv1 (case-sensitive, and a \";\" must follow it): senders ignore the record." },
      idMissing: { text: "The _mta-sts record has no id= field: senders ignore it." },
      idValue: { text: "The MTA-STS id \"{{found}}\" must be 1 to 32 letters and digits (no dashes, dots or spaces)." },
      idCase: { text: "\"{{found}}\" must be written id (field names are case-sensitive): without it the record has no id." },
      idDuplicate: { text: "A second id field \"{{found}}\": give the record exactly one id." },
      fieldSyntax: { text: "\"{{found}}\" is not a valid field: write name=value (a name of letters, digits, _ - ., no spaces around =, a value without spaces, = or ;)." },
      emptyField: { text: "An empty field (two \";\" in a row, or a \";\" at the start): the record is invalid." },
      strayWhitespace: { text: "Whitespace at the start or end of the _mta-sts record: the record must start with v=STSv1 and may only end with \";\" and spaces." },
    } satisfies Record<StsRecordProblemKind, { text: string }>,
    fix: "v=STSv1; id=20260901 (change the id each time the policy file changes)",
  },
  check(ctx) {
    const text = ctx.domain.mtaSts?.text;
    if (!text) return;
    for (const problem of stsRecordProblems(text.value)) {
      // An empty range (an empty record) points at the whole value rather than between its quotes.
      const at = problem.start < problem.end ? ctx.textAnchor(text, problem.start, problem.end) : { path: text.path };
      ctx.report({ messageId: problem.kind, data: { found: problem.found }, at });
    }
  },
});
