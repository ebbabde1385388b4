// Names a host name cannot be, in CNAME entries and DKIM selectors (MX and SRV names have rules of their
// own): a URL, spaces or characters such as `$` and `<`, a hyphen at either end of a label (RFC 952, RFC
// 1123 §2.1), an underscore outside the leading position SRV, DKIM and DMARC names use (RFC 8552; a DKIM
// selector has none, RFC 6376 §3.1), Unicode written as U-labels (the records carry A-labels, RFC 5890),
// an IP address as a CNAME target. OVH's API refuses most of them or stores a name nobody can resolve.
import { defineRule } from "../engine/types.js";
import { shorten } from "../mail/dkim.js";
import { aLabelOf, checkName, isUnencodable, writtenNames, type NameProblemCode } from "../mail/dns-name.js";
import { isOvhHosted } from "../mail/ovh.js";
import { relativeOwner } from "../mail/srv.js";

const MESSAGE: Partial<Record<NameProblemCode, string>> = {
  url: "url",
  whitespace: "whitespace",
  "bad-character": "badCharacter",
  underscore: "underscore",
  "hyphen-edge": "hyphenEdge",
  "u-label": "uLabel",
  "ip-address": "ipAddress",
};

export default defineRule({
  meta: {
    id: "dns-name-invalid",
    area: "dns",
    description: "CNAME and DKIM selector names and targets are host names: no URL, spaces or stray characters, no hyphen at a label's end, underscores only where service names use them, A-labels for Unicode.",
    references: ["RFC1123 §2.1", "RFC952", "RFC8552", "RFC6376 §3.1", "RFC5890"],
    defaultLevel: "error",
    kind: "static",
    observes: ["mx"],
    alsoObserves: ["cname", "dkim", "dkim-probe"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      url: { text: "{{what}} \"{{name}}\" is written as a URL or address (\"{{part}}\"): a record names a host; write {{instead}}" },
      whitespace: { text: "{{what}} \"{{name}}\" contains whitespace: a host name has none" },
      badCharacter: { text: "{{what}} \"{{name}}\" holds \"{{part}}\": host names use letters, digits and hyphens (RFC 1123 §2.1)" },
      underscore: { text: "{{what}} \"{{name}}\" holds \"_\" inside a label: an underscore only starts a label, as in _dmarc or _imaps._tcp (RFC 8552){{selector}}" },
      hyphenEdge: { text: "{{what}} \"{{name}}\" has a label that starts or ends with a hyphen (\"{{part}}\"): host names do not (RFC 952, RFC 1123 §2.1)" },
      uLabel: { text: "{{what}} \"{{name}}\" is written in Unicode (\"{{part}}\"): records carry A-labels; write {{instead}}" },
      ipAddress: { text: "{{what}} \"{{name}}\" is an IP address: a CNAME names a host; publish an A/AAAA record instead" },
      outsideDomain: { text: "CNAME name \"{{name}}\" ends with a dot, so it is a full name, and it is not in {{domain}}: the file's records are all under {{domain}}, where this one would be planned as {{planned}}; write the name relative to the domain (\"autoconfig\") or in full under it (\"autoconfig.{{domain}}.\")" },
    },
    fix: "Write the host name alone, in A-label form: `target: mailconfig.ovh.net.`",
  },
  check(ctx) {
    const { domain } = ctx;
    // An OVH selector's target is dkim-ovh-must-be-cname's, where that rule applies.
    const ovhTarget = (index: number) => isOvhHosted(domain) && (domain.dkim?.selectors[index]?.ovh ?? false);
    for (const name of writtenNames(domain, ovhTarget)) {
      for (const problem of checkName(name.text, name.check)) {
        if (isUnencodable(problem.code)) continue;
        const ascii = aLabelOf(name.text);
        const instead = problem.code === "url" ? `"${analyseCore(name.text)}"` : ascii ? `"${ascii}"` : "the host name";
        ctx.report({
          messageId: MESSAGE[problem.code]!,
          data: {
            what: name.what,
            name: shorten(name.text),
            part: shorten(problem.part, 30),
            instead,
            selector: name.what === "DKIM selector" ? "; a selector has none at all (RFC 6376 §3.1)" : "",
          },
          at: { path: name.path, ...(problem.end > problem.start ? { range: [problem.start, problem.end] as const } : {}) },
        });
      }
    }
    // A full name (trailing dot, RFC 1035 §5.1) that is not the domain nor under it: the records of a domain
    // file live in its zone, so the entry would be read as relative after all (relativeOwner) and land
    // elsewhere than written.
    for (const entry of domain.cname) {
      const written = entry.name.trim();
      if (!written.endsWith(".") || written === ".") continue;
      const owner = relativeOwner(written, domain.domain);
      if (owner === "" || `${owner}.${domain.domain.toLowerCase()}.` === written.toLowerCase()) continue;
      ctx.report({
        messageId: "outsideDomain",
        data: { name: shorten(written), domain: domain.domain, planned: shorten(`${owner}.${domain.domain}`) },
        at: { path: [...entry.path, "name"] },
      });
    }
  },
});

/** The host inside a URL-like text: what is left once scheme, user, port and path are stripped. */
function analyseCore(text: string): string {
  const core = text.trim().replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, "").replace(/^[^@]*@/, "").replace(/[/?#].*$/, "").replace(/:\d*$/, "");
  return core;
}
