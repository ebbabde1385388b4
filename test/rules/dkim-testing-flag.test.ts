import rule from "../../src/rules/dkim-testing-flag.js";
import { ed25519Raw } from "../fixtures/keys/dkim-keys.js";
import { zoneServer } from "../helpers/audit-dns.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is the 6th line; its text starts at column 16 (after `      record: "`).
const withRecord = (record: string, active = true) =>
  `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - name: s1\n      record: "${record}"\n${active ? "" : "      active: false\n"}`;
const KEY = ed25519Raw();

// Keys published behind selectors' CNAMEs (OVH's way): verifiers read them as if at the selector (RFC 6376 §3.6.2.1).
const keys = zoneServer({
  "keys.example": [
    "$TTL 3600\n@ SOA ns1 host 1 7200 3600 1209600 3600\n@ NS ns1\n",
    `testing TXT "v=DKIM1; k=ed25519; t=y; p=${KEY}"\n`,
    `panel TXT "v=DKIM1; k=ed25519; t=s:y; p=${KEY}"\n`,
    `plain TXT "v=DKIM1; k=ed25519; t=s; p=${KEY}"\n`,
    'revoked TXT "v=DKIM1; t=y; p="\n',
    // An RSA key under k=ed25519 verifies nothing: dkim-cname-target-invalid's, not a testing key.
    `unusable TXT "v=DKIM1; k=rsa; t=y; p=${KEY}"\n`,
    "alias CNAME testing\n",
    `broken TXT "v=DKIM1; k=ed25519; t=y; p=${KEY}"\n`,
  ].join(""),
  // A target whose lookup fails: its t=y is never read.
}, { "broken.keys.example/TXT": "servfail" }).lookup;
// The cname value is on line 5, at column 26 (after "    - { name: s1, cname: ").
const withCname = (target: string, extra = "") => `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - { name: s1, cname: ${target}${extra} }\n`;

ruleTester(rule, {
  valid: [
    { name: "no t=", yaml: withRecord(`v=DKIM1; k=ed25519; p=${KEY}`) },
    { name: "t=s only", yaml: withRecord(`v=DKIM1; k=ed25519; t=s; p=${KEY}`) },
    { name: "t=y on an inactive selector", yaml: withRecord(`v=DKIM1; k=ed25519; t=y; p=${KEY}`, false) },
    // RFC 6376 §3.6.1: an empty p= is a revoked key, so no signature verifies whatever t= says (dkim-revoked's).
    { name: "t=y on a revoked key", yaml: withRecord("v=DKIM1; t=y; p=") },
    { name: "behind a CNAME: the key there has t=s only", yaml: withCname("plain.keys.example."), dns: keys },
    { name: "behind a CNAME: t=y on an inactive selector", yaml: withCname("testing.keys.example.", ", active: false"), dns: keys },
    { name: "behind a CNAME: a revoked key is dkim-cname-target-invalid's", yaml: withCname("revoked.keys.example."), dns: keys },
    { name: "behind a CNAME: a key verifiers cannot use is dkim-cname-target-invalid's", yaml: withCname("unusable.keys.example."), dns: keys },
    { name: "behind a CNAME whose target does not exist", yaml: withCname("gone.keys.example."), dns: keys },
    // Only an active selector's t=y counts, so an inactive one's unread key leaves nothing unchecked.
    { name: "behind a CNAME whose lookup failed, on an inactive selector", yaml: withCname("broken.keys.example.", ", active: false"), dns: keys },
    // Without DNS (lint) the key behind the CNAME is unknown: nothing is said about it.
    { name: "behind a CNAME, static run", yaml: withCname("testing.keys.example.") },
    {
      name: "a selector that writes a key and a CNAME is judged on the key it writes, once",
      yaml: `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - { name: s1, cname: testing.keys.example., record: "v=DKIM1; k=ed25519; p=${KEY}" }\n`,
      dns: keys,
    },
  ],
  invalid: [
    {
      name: "t=y on an active selector",
      yaml: withRecord(`v=DKIM1; t=y; k=ed25519; p=${KEY}`),
      errors: [{ messageId: "testing", level: "warn", line: 6, column: 27, endColumn: 28, data: { selector: "s1" } }],
    },
    {
      name: "the y of the OVH panel's t=s:y",
      yaml: withRecord(`v=DKIM1; k=ed25519; p=${KEY}; t=s:y;`),
      errors: [{ messageId: "testing", level: "warn", line: 6, column: 38 + KEY.length + 6 }],
    },
    {
      name: "t=y on the key behind the selector's CNAME",
      yaml: withCname("testing.keys.example."),
      dns: keys,
      errors: [{ messageId: "testingBehindCname", level: "warn", line: 5, column: 26, endColumn: 26 + 21, data: { selector: "s1", target: "testing.keys.example" } }],
    },
    {
      name: "t=s:y behind the CNAME, the target itself an alias",
      yaml: withCname("alias.keys.example."),
      dns: keys,
      errors: [{ messageId: "testingBehindCname", level: "warn", line: 5, column: 26, data: { target: "alias.keys.example" } }],
    },
    {
      // Never judged: said one level lower (and named under "not checked"), even when
      // dkim-cname-target-invalid, which says the same of the key's existence, is turned off.
      name: "behind a CNAME whose lookup failed: the check said as not made, never passed",
      yaml: withCname("broken.keys.example."),
      dns: keys,
      errors: [{ messageId: "lookupFailed", level: "info", line: 5, column: 26, data: { selector: "s1", target: "broken.keys.example", reason: "servfail" } }],
    },
    {
      name: "the OVH panel's t=s:y behind the CNAME",
      yaml: withCname("panel.keys.example."),
      dns: keys,
      errors: [{ messageId: "testingBehindCname", level: "warn", line: 5, column: 26, data: { target: "panel.keys.example" } }],
    },
  ],
});
