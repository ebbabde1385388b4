import { defineRule } from "../engine/types.js";
import { codePointName } from "../model/show.js";
import { tlsRptProblems, type TlsRptProblemKind } from "../mail/tls-rpt.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "tls-rpt-syntax",
    area: "mta-sts",
    description: "The _smtp._tls TXT record starts with v=TLSRPTv1; and has a rua of mailto: or https: URIs.",
    references: ["RFC8460 §3"],
    defaultLevel: "error",
    kind: "static",
    observes: ["tls-rpt"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      empty: { text: "The _smtp._tls record is empty: it must be v=TLSRPTv1; rua=mailto:<address>." },
      versionMissing: { text: "The _smtp._tls record starts with \"{{found}}\" instead of v=TLSRPTv1 (case-sensitive): senders ignore it." },
      versionValue: { text: "v={{found}} is not v=TLSRPTv1 (case-sensitive, and a \";\" must follow it): senders ignore the record." },
      ruaMissing: { text: "The _smtp._tls record has no rua= field: senders have nowhere to send TLS reports." },
      ruaEmpty: { text: "An empty rua entry \"{{found}}\": list mailto: or https: URIs separated by commas." },
      uriScheme: { text: "\"{{found}}\" is not a mailto: or https: URI: TLS-RPT only delivers reports to those two schemes." },
      uriInvalid: { text: "\"{{found}}\" is not a usable report URI (mailto: needs an address, https: a host; no spaces, and ! or , must be percent-encoded)." },
      invalidCharacter: { text: "{{code}} is not allowed in a report URI: URIs are ASCII only (RFC 3986 §2); percent-encode the address and write domains as xn-- A-labels" },
      fieldSyntax: { text: "\"{{found}}\" is not a valid field: write name=value (names are case-sensitive, no spaces around =, a value without spaces, = or ;)." },
      emptyField: { text: "An empty field (two \";\" in a row, or a \";\" at the start): the record is invalid." },
      strayWhitespace: { text: "Whitespace at the start or end of the _smtp._tls record: the record must start with v=TLSRPTv1 and may only end with \";\" and spaces." },
    } satisfies Record<TlsRptProblemKind, { text: string }>,
    fix: "v=TLSRPTv1; rua=mailto:tlsrpt@example.com",
  },
  check(ctx) {
    const text = ctx.domain.tlsRpt?.text;
    if (!text) return;
    for (const problem of tlsRptProblems(text.value)) {
      // An empty range (an empty record) points at the whole value rather than between its quotes.
      const at = problem.start < problem.end ? ctx.textAnchor(text, problem.start, problem.end) : { path: text.path };
      // The character itself may be invisible in a terminal: named by its code point (U+200B).
      const data: Record<string, string> = problem.kind === "invalidCharacter" ? { found: problem.found, code: codePointName(problem.found) } : { found: problem.found };
      ctx.report({ messageId: problem.kind, data, at });
    }
  },
});
