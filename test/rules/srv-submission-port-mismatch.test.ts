import rule from "../../src/rules/srv-submission-port-mismatch.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nsrv:\n`;

ruleTester(rule, {
  valid: [
    {
      name: "both labels right",
      yaml: `${head}  - {service: _submission._tcp, priority: 0, weight: 1, port: 587, target: ssl0.ovh.net.}\n  - {service: _submissions._tcp, priority: 0, weight: 1, port: 465, target: ssl0.ovh.net.}\n`,
    },
    { name: "not offered", yaml: `${head}  - {service: _submissions._tcp, port: 587, target: "."}\n` },
  ],
  invalid: [
    {
      name: "OVH's default zone",
      yaml: `${head}  - {service: _submission._tcp, priority: 0, weight: 0, port: 465, target: ssl0.ovh.net.}\n`,
      errors: [{ messageId: "implicitOnSubmission", level: "info", line: 4, column: 63, endColumn: 66 }],
    },
    {
      name: "the reverse",
      yaml: `${head}  - service: _submissions._tcp\n    port: 587\n    target: ssl0.ovh.net.\n`,
      errors: [{ messageId: "starttlsOnSubmissions", level: "info", line: 5, column: 11 }],
    },
  ],
});
