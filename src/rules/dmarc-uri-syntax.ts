import { defineRule } from "../engine/types.js";
import { isUri, isValidMailbox, isValidReportSize, parseDmarcText, strayReportUris } from "../mail/dmarc.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-uri-syntax",
    area: "dmarc",
    description: "rua= and ruf= hold comma-separated mailto: URIs with valid addresses.",
    references: ["RFC7489 §6.2", "RFC7489 §6.3", "RFC7489 §6.4", "RFC9989 §4.7", "MGR"],
    defaultLevel: "error",
    kind: "static",
    observes: ["dmarc"],
    enforces: [
      { section: "RFC7489 §6.3", keyword: "MUST", text: "a DMARC policy record complies with the formal specification of §6.4" },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missingScheme: { text: "{{tag}} entry \"{{uri}}\" is not a URI: write mailto:{{uri}}." },
      badSeparator: { text: "{{tag}} URIs must be separated by a comma, not by whitespace: receivers read one broken URI." },
      semicolonSeparator: {
        text: "\"{{uri}}\" follows {{tag}} after a semicolon, which ends the tag: separate report URIs with a comma.",
      },
      invalidAddress: { text: "{{tag}} address \"{{address}}\" is not a valid mailbox: reports cannot be delivered." },
      emptyUri: { text: "{{tag}} has an empty entry where a mailto: URI is expected." },
      invalidSize: { text: "{{tag}} size limit \"!{{size}}\" is not a number with an optional k, m, g or t unit." },
      invalidUri: { text: "{{tag}} entry \"{{uri}}\" is not a valid URI (RFC 3986: no spaces, %-escapes of two hex digits, one #): receivers drop it." },
      unsupportedScheme: {
        text: "{{tag}} URI scheme \"{{scheme}}:\" is not mailto:, the only scheme receivers must support.",
        tier: "lower",
      },
      sizeSuffix: { text: "{{tag}} size limit \"!{{size}}\" is obsolete in RFC 9989 and ignored by its receivers.", tier: "info" },
    },
    fix: "rua=mailto:dmarc@example.com,mailto:reports@example.net",
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    const record = parseDmarcText(dmarc.text);
    const anchor = (start: number, end: number) => ctx.textAnchor(dmarc.text, start, end);
    const stray = strayReportUris(record);
    let previousUriTag: string | null = null;
    for (const tag of record.tags) {
      // `rua=mailto:a@x.com;mailto:b@x.com`: the second URI parses as a tag-spec without "=".
      if (stray.has(tag)) {
        ctx.report({ messageId: "semicolonSeparator", data: { tag: previousUriTag ?? "rua", uri: tag.name }, at: anchor(tag.start, tag.end) });
        continue;
      }
      previousUriTag = tag.uris ? tag.name : null;
      if (!tag.uris) continue;
      const name = tag.name;
      for (const empty of tag.uris.emptyEntries) {
        ctx.report({ messageId: "emptyUri", data: { tag: name }, at: tag.value === "" ? anchor(tag.start, tag.end) : anchor(empty.start, empty.end) });
      }
      for (const gap of tag.uris.badSeparators) {
        ctx.report({ messageId: "badSeparator", data: { tag: name }, at: anchor(gap.start, gap.end) });
      }
      for (const uri of tag.uris.uris) {
        if (uri.scheme === null) {
          ctx.report({ messageId: "missingScheme", data: { tag: name, uri: uri.text }, at: anchor(uri.start, uri.end) });
        } else if (uri.scheme !== "mailto" && !isUri(uri.text)) {
          ctx.report({ messageId: "invalidUri", data: { tag: name, uri: uri.text }, at: anchor(uri.start, uri.end) });
          continue;
        } else if (uri.scheme !== "mailto") {
          // RFC 7489 §6.2 requires only mailto:; RFC 9990/9991 deliver reports by mail only.
          ctx.report({ messageId: "unsupportedScheme", data: { tag: name, scheme: uri.scheme }, at: anchor(uri.start, uri.end) });
          continue;
        }
        if (!isValidMailbox(uri.address)) {
          const [start, end] = uri.address === "" ? [uri.start, uri.end] : [uri.addressStart, uri.addressEnd];
          ctx.report({ messageId: "invalidAddress", data: { tag: name, address: uri.address }, at: anchor(start, end) });
        }
        if (uri.size === null) continue;
        ctx.report({
          messageId: isValidReportSize(uri.size) ? "sizeSuffix" : "invalidSize",
          data: { tag: name, size: uri.size },
          at: anchor(uri.sizeStart, uri.sizeEnd),
        });
      }
    }
  },
});
