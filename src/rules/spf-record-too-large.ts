// RFC 7208 §3.4: SPF answers should fit in a 512-octet UDP DNS response, since some receivers do not
// retry over TCP; with the question, other TXT records at the apex and headers, a record much past
// 450 octets risks truncation (a common operational budget; the exact margin depends on the zone).
import { Buffer } from "node:buffer";
import { defineRule } from "../engine/types.js";
import { domainSpf, wholeRecord } from "../mail/spf-lint.js";

interface Options {
  maxLength: number;
}

export default defineRule<Options>({
  meta: {
    id: "spf-record-too-large",
    area: "spf",
    description: "The SPF record stays short enough for its DNS answer to fit in 512 octets.",
    references: ["RFC7208 §3.4"],
    defaultLevel: "warn",
    kind: "static",
    observes: ["spf"],
    options: {
      type: "object",
      properties: {
        maxLength: { type: "integer", minimum: 1, description: "Largest SPF record, in octets (character-strings joined), before the answer risks passing 512 octets.", default: 450 },
      },
      additionalProperties: false,
    },
    messages: {
      tooLarge: {
        text: "the SPF record is {{length}} octets (more than {{max}}): with the rest of the DNS answer it may pass 512 octets and be truncated (RFC 7208 §3.4); move senders behind include: or drop unused ones",
      },
    },
    fix: "Replace long ip4:/ip6: lists with the provider's include:, or drop senders no longer used.",
  },
  check(ctx) {
    const found = domainSpf(ctx.domain);
    if (!found) return;
    const length = Buffer.byteLength(found.text.value, "utf8");
    if (length <= ctx.options.maxLength) return;
    const [start, end] = wholeRecord(found.record);
    ctx.report({ messageId: "tooLarge", data: { length, max: ctx.options.maxLength }, at: ctx.textAnchor(found.text, start, end) });
  },
});
