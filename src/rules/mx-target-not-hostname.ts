// RFC 1035 §3.3.9: the exchange is a domain name; host names use letters, digits and hyphens
// (RFC 1123 §2.1, the panel's hostname check [MGR]). OVH's guides show MX values next to URLs, and
// "https://mx1.mail.ovh.net" pasted into the target is a classic mistake: it is a name nobody can resolve.
import { defineRule } from "../engine/types.js";
import type { HostProblem, HostProblemCode } from "../mail/host.js";
import { analyseMxEntries, isWrittenEntry, mxFieldPath } from "../mail/mx.js";

const MESSAGE_FOR: Partial<Record<HostProblemCode, string>> = {
  scheme: "scheme",
  "at-sign": "atSign",
  port: "port",
  path: "path",
  whitespace: "whitespace",
  underscore: "underscore",
  empty: "empty",
  "bad-character": "badName",
  "hyphen-edge": "badName",
  "empty-label": "badName",
  "label-too-long": "badName",
  "name-too-long": "badName",
  "idn-invalid": "badName",
};

const REASON: Partial<Record<HostProblemCode, string>> = {
  "bad-character": "only letters, digits, hyphens and dots are allowed",
  "hyphen-edge": "a label cannot start or end with a hyphen",
  "empty-label": "two dots in a row (or a leading dot) leave an empty label",
  "label-too-long": "a label is longer than 63 characters",
  "name-too-long": "the name is longer than 253 characters",
  "idn-invalid": "this label is not a valid internationalised (IDNA) label",
};

export default defineRule({
  meta: {
    id: "mx-target-not-hostname",
    area: "mx",
    description: "MX targets are bare host names: no URL scheme, path, port, e-mail address, spaces or underscores.",
    references: ["RFC1035 §3.3.9", "RFC1123 §2.1", "RFC5321 §5.1", "MGR"],
    defaultLevel: "error",
    kind: "static",
    observes: ["mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      scheme: { text: "MX target \"{{host}}\" starts with the URL scheme \"{{part}}\": an MX names a host, not a URL; write {{instead}}" },
      atSign: { text: "MX target \"{{host}}\" is an e-mail address: \"{{part}}\" is not part of a host name; write {{instead}}" },
      port: { text: "MX target \"{{host}}\" has a port \"{{part}}\": MX delivery always uses port 25 (RFC 5321 §5.1) and the target holds only the host; write {{instead}}" },
      path: { text: "MX target \"{{host}}\" has a path \"{{part}}\": the target holds only the host; write {{instead}}" },
      whitespace: { text: "MX target \"{{host}}\" contains whitespace; write {{instead}}" },
      underscore: {
        text: "MX target \"{{host}}\" contains \"_\": host names use letters, digits and hyphens only (RFC 1123 §2.1); underscores belong in SRV and TXT owner names",
      },
      empty: { text: "MX target is empty: write the exchanger's host name, or \".\" with priority 0 for a null MX (RFC 7505)" },
      badName: { text: "MX target \"{{host}}\" is not a valid host name: {{reason}} (\"{{part}}\")" },
    },
    fix: "Write the host name alone with a trailing dot, e.g. `host: mx1.mail.ovh.net.`",
  },
  check(ctx) {
    const mx = ctx.domain.mx;
    if (mx === null) return;
    for (const { entry, host } of analyseMxEntries(mx)) {
      const instead = host.suggestion ? `"${host.suggestion}"` : "the exchanger's host name alone";
      for (const problem of host.problems) {
        const messageId = MESSAGE_FOR[problem.code];
        if (!messageId) continue;
        ctx.report({
          messageId,
          data: { host: entry.host, part: problem.text, instead, reason: REASON[problem.code] ?? "" },
          at: { path: mxFieldPath(mx, entry, "host"), ...rangeOf(problem, isWrittenEntry(mx)) },
        });
      }
    }
  },
});

function rangeOf(problem: HostProblem, written: boolean): { range?: readonly [number, number] } {
  return written && problem.end > problem.start ? { range: [problem.start, problem.end] } : {};
}
