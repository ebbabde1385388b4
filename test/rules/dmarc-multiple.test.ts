import rule from "../../src/rules/dmarc-multiple.js";
import { liveRulesDns } from "../helpers/live-dns.js";
import { ruleTester } from "../helpers/rule-tester.js";

const dns = liveRulesDns({ "_dmarc.broken.live.example/TXT": "servfail" });

const withDmarc = (domain: string, dmarc = "v=DMARC1; p=none; rua=mailto:dmarc@live.example") => `domain: ${domain}\nmail: {provider: external}\ndmarc: "${dmarc}"\n`;

ruleTester(rule, {
  valid: [
    { name: "one DMARC record beside other text at _dmarc", yaml: withDmarc("single.live.example"), dns },
    { name: "nothing published yet (NXDOMAIN)", yaml: withDmarc("new.live.example"), dns },
    { name: "static run: the rule needs live DNS", yaml: withDmarc("multi.live.example") },
  ],
  invalid: [
    {
      name: "two DMARC records, one with V and blanks around =",
      yaml: withDmarc("multi.live.example"),
      dns,
      errors: [
        {
          messageId: "multiple",
          level: "error",
          line: 3,
          column: 8,
          data: { name: "_dmarc.multi.live.example", count: 2, records: '"V = DMARC1; p=reject", "v=DMARC1; p=none; rua=mailto:dmarc@live.example"' },
        },
      ],
    },
    {
      // RFC 7489 §6.3 / RFC 9989 §4.7: the version must match DMARC1 precisely or the record is ignored, and
      // §6.6.3 / §4.10 discard such records before counting: one policy applies. Lenient receivers may count two.
      name: "v=dmarc1 beside v=DMARC1: discarded before the count, a warning to delete it",
      yaml: withDmarc("lenient.live.example", "v=DMARC1; p=quarantine; rua=mailto:dmarc@live.example"),
      dns,
      errors: [{ messageId: "nearMiss", level: "warn", line: 3, column: 8, data: { name: "_dmarc.lenient.live.example", records: '"v=dmarc1; p=none"' } }],
    },
    {
      name: "two records live while the file declares none: points at the domain",
      yaml: "domain: multi.live.example\nmail: {provider: external}\n",
      dns,
      errors: [{ messageId: "multiple", level: "error", line: 1, column: 9, data: { count: 2 } }],
    },
    {
      name: "SERVFAIL at _dmarc is a failed lookup, not zero records",
      yaml: withDmarc("broken.live.example"),
      dns,
      errors: [{ messageId: "lookupFailed", level: "warn", line: 3, column: 8, data: { name: "_dmarc.broken.live.example", reason: "servfail" } }],
    },
  ],
});
