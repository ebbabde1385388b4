import rule from "../../src/rules/spf-missing.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "OVH record", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf: "v=spf1 include:mx.ovh.com ~all"\n` },
    { name: "structured record", yaml: `domain: example.com\nmail: {provider: external}\nspf:\n  include: [_spf.example.net]\n  all: "-"\n` },
    { name: "domain that sends no mail", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan, sends: false}\n` },
    { name: "parked domain", yaml: `domain: example.com\nmail: {provider: none}\n` },
  ],
  invalid: [
    {
      name: "OVH shared offer without SPF",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nmx: ovh\n`,
      errors: [{ messageId: "missing", level: "error", line: 2, column: 7, data: { domain: "example.com", example: "v=spf1 include:mx.ovh.com ~all" } }],
    },
    {
      name: "external provider without SPF",
      yaml: `domain: example.com\nmail:\n  provider: external\n`,
      errors: [{ messageId: "missing", level: "error", line: 3, column: 3, data: { example: "v=spf1 <your senders> ~all" } }],
    },
  ],
});
