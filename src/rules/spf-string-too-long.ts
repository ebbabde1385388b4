// RFC 1035 §3.3: a TXT character-string holds at most 255 octets; RFC 7208 §3.3: longer SPF records are
// split into several strings, which receivers join without spaces. In a zone file the split is the
// author's job; OVH's DNS zone API takes one string and splits it itself (see txt-ovh-multistring).
import { Buffer } from "node:buffer";
import { defineRule } from "../engine/types.js";
import { domainSpf, wholeRecord } from "../mail/spf-lint.js";

const MAX_STRING_OCTETS = 255;

export default defineRule({
  meta: {
    id: "spf-string-too-long",
    area: "spf",
    description: "Each character-string of the SPF record holds at most 255 octets.",
    references: ["RFC1035 §3.3", "RFC7208 §3.3"],
    defaultLevel: "error",
    kind: "static",
    observes: ["spf"],
    enforces: [
      { section: "RFC1035 §3.3", keyword: "wire-format", text: "a character-string holds at most 255 octets: a longer one cannot be encoded", messages: ["stringTooLong"] },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      stringTooLong: {
        text: "character-string {{index}} of the SPF record is {{octets}} octets; a TXT string holds at most 255 (RFC 1035 §3.3): split it (strings are joined without spaces, RFC 7208 §3.3)",
      },
      singleString: {
        text: "the SPF record is one {{octets}}-octet string: a zone file must split it into strings of at most 255 octets (RFC 1035 §3.3); OVH's API takes it as one string and splits it itself (how is UNVERIFIED: check with dig after apply)",
        tier: "info",
      },
    },
    fix: "record: [\"v=spf1 … first 255 octets\", \"… rest -all\"] for a zone file; one string for OVH's API.",
  },
  check(ctx) {
    const found = domainSpf(ctx.domain);
    if (!found) return;
    const { text, record } = found;
    if (text.strings && text.strings.length > 0) {
      let offset = 0;
      text.strings.forEach((string, index) => {
        const octets = Buffer.byteLength(string, "utf8");
        if (octets > MAX_STRING_OCTETS) {
          ctx.report({ messageId: "stringTooLong", data: { index: index + 1, octets }, at: ctx.textAnchor(text, offset, offset + string.length) });
        }
        offset += string.length;
      });
      return;
    }
    const octets = Buffer.byteLength(text.value, "utf8");
    if (octets <= MAX_STRING_OCTETS) return;
    const [start, end] = wholeRecord(record);
    ctx.report({ messageId: "singleString", data: { octets }, at: ctx.textAnchor(text, start, end) });
  },
});
