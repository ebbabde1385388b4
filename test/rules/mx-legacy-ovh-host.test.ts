import rule from "../../src/rules/mx-legacy-ovh-host.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "preset", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nmx: ovh\n` },
    { name: "current hosts", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nmx:\n  - {host: mx1.mail.ovh.net., priority: 5}\n` },
    { name: "a look-alike that is not OVH's", yaml: `domain: example.com\nmail: {provider: external}\nmx:\n  - {host: mx1.ovh.net.example.com., priority: 5}\n` },
  ],
  invalid: [
    {
      name: "redirect.ovh.net and mxb.ovh.net",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nmx:\n  - {host: redirect.ovh.net., priority: 1}\n  - {host: MXB.ovh.net, priority: 5}\n`,
      errors: [
        { messageId: "legacy", level: "warn", line: 4, column: 12, endColumn: 29, data: { host: "redirect.ovh.net." } },
        { messageId: "legacy", level: "warn", line: 5, column: 12, data: { host: "MXB.ovh.net" } },
      ],
    },
    {
      name: "mx2.ovh.net on a CA account suggests the CA table",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan, region: ca}\nmx:\n  - {host: mx2.ovh.net., priority: 1}\n`,
      errors: [{ messageId: "legacy", level: "warn", line: 4, column: 12, data: { expected: "1 mx0.mail.ovh.ca., 5 mx1.mail.ovh.ca., 50 mx2.mail.ovh.ca., 100 mx3.mail.ovh.ca., 200 mx4.mail.ovh.ca." } }],
    },
  ],
});
