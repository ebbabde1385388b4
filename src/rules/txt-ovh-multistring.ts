// OVH's API does not reliably support multi-string TXT ("a" "b"); it accepts one arbitrarily long string and
// splits it on the wire itself (DNSC issue #1003, PR #1582). maildns joins a list of strings into one
// when applying, so the file should show the one string that is sent. How OVH splits strings longer than
// 255 octets is UNVERIFIED: check with dig after applying.
import { defineRule } from "../engine/types.js";
import type { RecordText } from "../model/types.js";

export default defineRule({
  meta: {
    id: "txt-ovh-multistring",
    area: "txt",
    description: "SPF, DKIM and DMARC texts are written as one string, the form OVH's API takes.",
    references: ["DNSC", "RFC7208 §3.3"],
    defaultLevel: "warn",
    kind: "static",
    observes: [],
    alsoObserves: ["spf", "dmarc", "dkim", "dkim-probe"],
    // A limit of OVH's API (or panel): it matters only where the records are applied through it.
    scope: { dnsProvider: "ovh" },
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      multistring: {
        text: "{{record}} is written as {{count}} strings, but OVH's API takes one: maildns will send them joined ({{length}} characters) and OVH splits long values itself; write one string",
      },
    },
    fix: "record: \"v=DKIM1; k=rsa; p=MIIB...IDAQAB\" (one string, however long).",
  },
  check(ctx) {
    const { domain } = ctx;
    const texts: [string, RecordText][] = [];
    if (domain.spf) texts.push(["SPF", domain.spf.text]);
    for (const s of domain.dkim?.selectors ?? []) if (s.text) texts.push([`DKIM ${s.name}`, s.text]);
    if (domain.dmarc) texts.push(["DMARC", domain.dmarc.text]);
    for (const [record, text] of texts) {
      if (!text.strings || text.strings.length < 2) continue;
      ctx.report({ messageId: "multistring", data: { record, count: text.strings.length, length: text.value.length }, at: { path: text.path } });
    }
  },
});
