// Host names (RFC 952, RFC 1123 §2.1), service labels (RFC 8552), selectors (RFC 6376 §3.1), A-labels (RFC 5890).
import rule from "../../src/rules/dns-name-invalid.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: external}\n";
const cname = (name: string, target: string) => `${head}cname:\n  - {name: "${name}", target: "${target}"}\n`;

ruleTester(rule, {
  valid: [
    { name: "OVH's autoconfiguration CNAME", yaml: cname("autoconfig", "mailconfig.ovh.net.") },
    { name: "service labels start with an underscore", yaml: cname("_dmarc.shop", "dmarc._report.vendor.example.") },
    { name: "a DKIM CNAME target under _domainkey", yaml: `${head}dkim: {selectors: [{name: s1, cname: s1._domainkey.esp.example.}]}\n` },
    { name: "a wildcard owner and a multi-label selector", yaml: `${head}dkim: {selectors: [{name: "*", record: "v=DKIM1; p="}, {name: "s1.mail", record: "v=DKIM1; p="}]}\n` },
    { name: "an A-label target", yaml: cname("webmail", "xn--caf-dma.example.") },
    { name: "a name written in full under the domain, in any case", yaml: cname("AutoConfig.Example.com.", "mailconfig.ovh.net.") },
  ],
  invalid: [
    {
      name: "a URL as a CNAME target",
      yaml: cname("autoconfig", "https://mailconfig.ovh.net/"),
      errors: [{ messageId: "url", level: "error", line: 4, column: 35, endColumn: 43, data: { part: "https://", instead: '"mailconfig.ovh.net"' } }],
    },
    {
      name: "characters host names do not allow, a space",
      yaml: cname("mail$box", "host .example.net."),
      errors: [
        { messageId: "badCharacter", level: "error", line: 4, column: 17, endColumn: 18, data: { part: "$" } },
        { messageId: "whitespace", level: "error", line: 4, column: 37, endColumn: 38 },
      ],
    },
    {
      name: "an underscore inside a label, and in a DKIM selector",
      yaml: `${head}cname:\n  - {name: mail_config, target: mailconfig.ovh.net.}\ndkim: {selectors: [{name: _s1, record: "v=DKIM1; p="}]}\n`,
      errors: [
        { messageId: "underscore", level: "error", line: 4, column: 16, endColumn: 17 },
        { messageId: "underscore", level: "error", line: 5, column: 27, endColumn: 28, data: { selector: "; a selector has none at all (RFC 6376 §3.1)" } },
      ],
    },
    {
      name: "a hyphen at a label's end",
      yaml: cname("webmail", "webmail-.example.net."),
      errors: [{ messageId: "hyphenEdge", level: "error", line: 4, column: 39, endColumn: 40 }],
    },
    {
      name: "a U-label target: refused, with its A-label",
      yaml: cname("webmail", "café.example."),
      errors: [{ messageId: "uLabel", level: "error", line: 4, column: 32, endColumn: 36, data: { instead: '"xn--caf-dma.example"' } }],
    },
    {
      name: "a name written in full (a trailing dot) outside the domain",
      yaml: cname("autoconfig.example.net.", "mailconfig.ovh.net."),
      errors: [{ messageId: "outsideDomain", level: "error", line: 4, column: 12, data: { name: "autoconfig.example.net.", domain: "example.com", planned: "autoconfig.example.net.example.com" } }],
    },
    {
      name: "an IP address as a CNAME target",
      yaml: cname("webmail", "192.0.2.10"),
      errors: [{ messageId: "ipAddress", level: "error", line: 4, column: 32 }],
    },
  ],
});
