import rule from "../../src/rules/spf-include-no-record.js";
import { zoneServer } from "../helpers/audit-dns.js";
import { liveRulesDns } from "../helpers/live-dns.js";
import { ruleTester } from "../helpers/rule-tester.js";

const dns = liveRulesDns({ "slow.live.example": "timeout", "refused.live.example": "refused" });
// Targets whose TXT starts with v=spf1 but is no SPF record: the version must be followed by a space or the
// end (RFC 7208 §4.5). \009 is a tab in a zone file's character-string (RFC 1035 §5.1).
const nearMisses = zoneServer({
  "near.example": [
    "$TTL 3600\n@ SOA ns1 host 1 7200 3600 1209600 3600\n@ NS ns1\n",
    'tab TXT "v=spf1\\009ip4:192.0.2.1 -all"\n',
    'glued TXT "v=spf1ip4:192.0.2.1 -all"\n',
    'good TXT "v=spf1 ip4:192.0.2.1 -all"\n',
  ].join(""),
}).lookup;

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string) => `domain: test.live.example\nmail: {provider: external}\nspf: "${spf}"\n`;

ruleTester(rule, {
  valid: [
    { name: "every target publishes SPF, at every level", yaml: withSpf("v=spf1 include:deep.live.example redirect=two.live.example"), dns },
    { name: "a macro include is not resolved", yaml: withSpf("v=spf1 include:macro.live.example -all"), dns },
    { name: "an include after all is never evaluated", yaml: withSpf("v=spf1 -all include:gone.live.example"), dns },
    { name: "static run: the rule needs live DNS", yaml: withSpf("v=spf1 include:gone.live.example -all") },
    { name: "exp= naming one TXT record with a valid explanation (RFC 7208 §6.2)", yaml: withSpf("v=spf1 -all exp=exp-one.live.example"), dns },
  ],
  invalid: [
    {
      name: "a target whose record does not parse: permerror, reported at the domain's own include (RFC 7208 §4.6, §5.2)",
      yaml: withSpf("v=spf1 include:viabadsyntax.live.example -all"),
      dns,
      errors: [
        {
          messageId: "invalidRecord",
          level: "error",
          line: 3,
          column: 14,
          endColumn: 14 + 33,
          data: { target: "badsyntax.live.example", record: "v=spf1 include ~all", via: ", reached through test.live.example → viabadsyntax.live.example" },
        },
      ],
    },
    {
      name: "exp= naming two TXT records: receivers ignore it (RFC 7208 §6.2), a warning",
      yaml: withSpf("v=spf1 -all exp=exp-two.live.example"),
      dns,
      errors: [{ messageId: "expTarget", level: "warn", line: 3, column: 19, endColumn: 19 + 24, data: { found: "publishes 2 TXT records" } }],
    },
    {
      name: "exp= naming a name that does not exist, and one with a bad macro",
      yaml: withSpf("v=spf1 -all exp=gone.live.example"),
      dns,
      errors: [{ messageId: "expTarget", level: "warn", line: 3, column: 19, data: { target: "gone.live.example", found: "does not exist" } }],
    },
    {
      name: "an explanation with a macro error is ignored by receivers",
      yaml: withSpf("v=spf1 -all exp=exp-bad.live.example"),
      dns,
      errors: [{ messageId: "expInvalid", level: "warn", line: 3, column: 19, data: { target: "exp-bad.live.example" } }],
    },
    {
      name: "include of a name that does not exist",
      yaml: withSpf("v=spf1 include:gone.live.example include:ok.live.example -all"),
      dns,
      errors: [{ messageId: "noSuchName", level: "error", line: 3, column: 14, endColumn: 14 + 25, data: { term: "include:gone.live.example", target: "gone.live.example", via: "" } }],
    },
    {
      name: "redirect to a name with TXT records but no SPF",
      yaml: withSpf("v=spf1 redirect=nospf.live.example"),
      dns,
      errors: [{ messageId: "noSpf", level: "error", line: 3, column: 14, data: { target: "nospf.live.example", found: " (only other TXT records)" } }],
    },
    {
      name: "include of a name whose TXT has a tab after v=spf1: not an SPF record, and the message says why",
      yaml: withSpf("v=spf1 include:tab.near.example include:good.near.example -all"),
      dns: nearMisses,
      errors: [
        {
          messageId: "noSpf",
          level: "error",
          line: 3,
          column: 14,
          endColumn: 14 + 24,
          data: {
            target: "tab.near.example",
            found: ' (its TXT record "v=spf1\tip4:192.0.2.1 -all" is not one: v=spf1 must be followed by a space, not U+0009, RFC 7208 §4.5)',
          },
        },
      ],
    },
    {
      name: "redirect to a name whose TXT glues a term to v=spf1",
      yaml: withSpf("v=spf1 redirect=glued.near.example"),
      dns: nearMisses,
      errors: [
        {
          messageId: "noSpf",
          level: "error",
          line: 3,
          column: 14,
          data: { found: ' (its TXT record "v=spf1ip4:192.0.2.1 -all" is not one: v=spf1 must be followed by a space, RFC 7208 §4.5)' },
        },
      ],
    },
    {
      name: "include of a name with no TXT at all",
      yaml: withSpf("v=spf1 include:host.live.example -all"),
      dns,
      errors: [{ messageId: "noSpf", level: "error", line: 3, column: 14, data: { target: "host.live.example", found: " (no TXT at all)" } }],
    },
    {
      name: "a missing target two levels down points at the domain's own include",
      yaml: withSpf("v=spf1 ip4:192.0.2.1 include:voids.live.example -all"),
      dns,
      errors: [
        {
          messageId: "noSuchName",
          level: "error",
          line: 3,
          column: 7 + 21,
          data: { term: "include:gone3.live.example", target: "gone3.live.example", via: ", reached through test.live.example → voids.live.example" },
        },
      ],
    },
    {
      name: "a timeout is not a missing record",
      yaml: withSpf("v=spf1 include:viaslow.live.example include:refused.live.example -all"),
      dns,
      errors: [
        { messageId: "lookupFailed", level: "warn", line: 3, column: 14, data: { target: "slow.live.example", reason: "timeout", via: ", reached through test.live.example → viaslow.live.example" } },
        { messageId: "lookupFailed", level: "warn", line: 3, column: 7 + 36, data: { target: "refused.live.example", reason: "refused", via: "" } },
      ],
    },
  ],
});
