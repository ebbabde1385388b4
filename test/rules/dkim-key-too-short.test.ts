import rule from "../../src/rules/dkim-key-too-short.js";
import { ed25519Raw, rsaPkcs1, rsaSpki } from "../fixtures/keys/dkim-keys.js";
import { zoneServer } from "../helpers/audit-dns.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is the 6th line; its text starts at column 16 (after `      record: "`).
const withRecord = (record: string) => `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - name: s1\n      record: "${record}"\n`;
/** Columns of the p= value in a `v=DKIM1; p=<key>` record. */
const keyAt = (key: string) => ({ line: 6, column: 27, endLine: 6, endColumn: 27 + key.length });

/** A key as a zone file writes it: character-strings of at most 255 octets (RFC 1035 §3.3.14). */
const strings = (text: string) => (text.match(/.{1,200}/g) ?? []).map((part) => `"${part}"`).join(" ");
// Keys published behind selectors' CNAMEs (OVH's way): verifiers read them as if at the selector (RFC 6376 §3.6.2.1).
const keys = zoneServer({
  "keys.example": [
    "$TTL 3600\n@ SOA ns1 host 1 7200 3600 1209600 3600\n@ NS ns1\n",
    `k1024 TXT ${strings(`v=DKIM1; k=rsa; p=${rsaSpki(1024)}`)}\n`,
    `k2048 TXT ${strings(`v=DKIM1; k=rsa; p=${rsaSpki(2048)}`)}\n`,
    // RFC 8301 §3.2: verifiers accept no key under 1024 bits; dkim-cname-target-invalid says the key is unusable.
    `k512 TXT ${strings(`v=DKIM1; k=rsa; p=${rsaSpki(512)}`)}\n`,
    // Two keys at one name: a verifier may use either (RFC 6376 §3.6.2.2), so the smaller one counts.
    `both TXT ${strings(`v=DKIM1; k=rsa; p=${rsaSpki(2048)}`)}\n`,
    `both TXT ${strings(`v=DKIM1; k=rsa; p=${rsaSpki(1024)}`)}\n`,
    `ed TXT "v=DKIM1; k=ed25519; p=${ed25519Raw()}"\n`,
    "alias CNAME k1024\n",
    `broken TXT ${strings(`v=DKIM1; k=rsa; p=${rsaSpki(512)}`)}\n`,
  ].join(""),
  // A target whose lookup fails: its key, short as it is, is never read.
}, { "broken.keys.example/TXT": "servfail" }).lookup;
// The cname value is on line 5, at column 26 (after "    - { name: s1, cname: ").
const withCname = (target: string) => `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - { name: s1, cname: ${target} }\n`;

ruleTester(rule, {
  valid: [
    { name: "2048-bit key", yaml: withRecord(`v=DKIM1; p=${rsaSpki(2048)}`) },
    { name: "1024-bit key when the pack lowers minBits", yaml: withRecord(`v=DKIM1; p=${rsaSpki(1024)}`), options: { minBits: 1024 } },
    { name: "revoked key", yaml: withRecord("v=DKIM1; p=") },
    { name: "ed25519 keys have no modulus", yaml: withRecord(`v=DKIM1; k=ed25519; p=${ed25519Raw()}`) },
    { name: "an RSA key under k=ed25519 is dkim-ed25519-length's job", yaml: withRecord(`v=DKIM1; k=ed25519; p=${rsaSpki(512)}`) },
    { name: "behind a CNAME: a 2048-bit key", yaml: withCname("k2048.keys.example."), dns: keys },
    { name: "behind a CNAME: an Ed25519 key", yaml: withCname("ed.keys.example."), dns: keys },
    { name: "behind a CNAME: a 512-bit key, which verifiers refuse, is dkim-cname-target-invalid's", yaml: withCname("k512.keys.example."), dns: keys },
    { name: "behind a CNAME whose target does not exist", yaml: withCname("gone.keys.example."), dns: keys },
    // Without DNS (lint) the key behind the CNAME is unknown: nothing is said about it.
    { name: "behind a CNAME, static run", yaml: withCname("k1024.keys.example.") },
    {
      name: "a selector that writes a key and a CNAME is judged on the key it writes, once",
      yaml: `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - { name: s1, cname: k1024.keys.example., record: "v=DKIM1; p=${rsaSpki(2048)}" }\n`,
      dns: keys,
    },
  ],
  invalid: [
    {
      name: "512-bit key",
      yaml: withRecord(`v=DKIM1; p=${rsaSpki(512)}`),
      errors: [{ messageId: "tooShort", level: "error", ...keyAt(rsaSpki(512)), data: { selector: "s1", bits: 512, min: 1024 } }],
    },
    {
      name: "512-bit key in PKCS#1 form",
      yaml: withRecord(`v=DKIM1; p=${rsaPkcs1(512)}`),
      errors: [{ messageId: "tooShort", level: "error", ...keyAt(rsaPkcs1(512)), data: { bits: 512 } }],
    },
    {
      name: "1024-bit key: one level lower",
      yaml: withRecord(`v=DKIM1; p=${rsaSpki(1024)}`),
      errors: [{ messageId: "belowRecommended", level: "warn", ...keyAt(rsaSpki(1024)), data: { bits: 1024, min: 2048 } }],
    },
    {
      name: "stricter options",
      yaml: withRecord(`v=DKIM1; p=${rsaSpki(2048)}`),
      options: { hardMinBits: 3072, minBits: 4096 },
      errors: [{ messageId: "tooShort", level: "error", line: 6, column: 27, data: { bits: 2048, min: 3072 } }],
    },
    {
      name: "a 1024-bit key behind the selector's CNAME: one level lower",
      yaml: withCname("k1024.keys.example."),
      dns: keys,
      errors: [{ messageId: "belowRecommendedBehindCname", level: "warn", line: 5, column: 26, endColumn: 26 + 19, data: { selector: "s1", target: "k1024.keys.example", bits: 1024, min: 2048 } }],
    },
    {
      name: "behind the CNAME, the target itself an alias",
      yaml: withCname("alias.keys.example."),
      dns: keys,
      errors: [{ messageId: "belowRecommendedBehindCname", level: "warn", line: 5, column: 26, data: { target: "alias.keys.example", bits: 1024 } }],
    },
    {
      name: "behind the CNAME, two keys: the smaller one counts",
      yaml: withCname("both.keys.example."),
      dns: keys,
      errors: [{ messageId: "belowRecommendedBehindCname", level: "warn", line: 5, column: 26, data: { bits: 1024 } }],
    },
    {
      name: "behind the CNAME, stricter options",
      yaml: withCname("k2048.keys.example."),
      dns: keys,
      options: { hardMinBits: 3072, minBits: 4096 },
      errors: [{ messageId: "tooShortBehindCname", level: "error", line: 5, column: 26, data: { selector: "s1", target: "k2048.keys.example", bits: 2048, min: 3072 } }],
    },
    {
      // Its size was never judged: said one level lower (and named under "not checked"), even when
      // dkim-cname-target-invalid, which says the same of the key's existence, is turned off.
      name: "behind the CNAME, a target whose lookup failed: the check said as not made, never passed",
      yaml: withCname("broken.keys.example."),
      dns: keys,
      errors: [{ messageId: "lookupFailed", level: "warn", line: 5, column: 26, data: { selector: "s1", target: "broken.keys.example", reason: "servfail" } }],
    },
  ],
});
