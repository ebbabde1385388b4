import rule from "../../src/rules/dmarc-parked-domain.js";
import { ruleTester } from "../helpers/rule-tester.js";

const parked = "domain: example.com\nmail: {provider: none}\n";

ruleTester(rule, {
  valid: [
    { name: "parked with p=reject", yaml: `${parked}dmarc: "v=DMARC1; p=reject;"\n` },
    { name: "sending domain is not parked", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\ndmarc: "v=DMARC1; p=none; rua=mailto:d@example.com"\n` },
  ],
  invalid: [
    {
      name: "parked without a record",
      yaml: parked,
      errors: [{ messageId: "missing", level: "info", line: 1, column: 9, data: { domain: "example.com" } }],
    },
    {
      name: "parked with p=none",
      yaml: `${parked}dmarc: "v=DMARC1; p=none"\n`,
      errors: [{ messageId: "notReject", level: "info", line: 3, column: 21, endColumn: 25, data: { policy: "p=none" } }],
    },
    {
      name: "receives but declared as not sending, no p",
      yaml: `domain: example.com\nmail: {provider: external, sends: false}\ndmarc: "v=DMARC1; rua=mailto:d@example.com"\n`,
      errors: [{ messageId: "notReject", level: "info", line: 3, column: 9, endColumn: 17, data: { policy: "p=none" } }],
    },
  ],
});
