import rule from "../../src/rules/dkim-cname-target-invalid.js";
import { zoneServer } from "../helpers/audit-dns.js";
import { liveRulesDns } from "../helpers/live-dns.js";
import { ruleTester } from "../helpers/rule-tester.js";

const dns = liveRulesDns({ "slow._domainkey.live.example": "timeout" });

// Key records a verifier cannot use though their p= decodes: behind an alias no static rule reads them.
const GOOD = '"MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArWXaN6+XpyPg2SagQ0T+bma/6NV5Sa0DxNpZ9a6GmgNH4PH8bV7VhjmXYfwmnEApZJRVItzGMlsTPmtrujUQvdDM1M2onF6eoxIajAXyw6efoXm0wMixAD2bkuEpSXslqbPu0bPORCHD4lcSgs06AdyrLv7ve0a16YrOUiGUNE7ldRzJ5GVqQVxIhKcTyidpj" "SKLWL8HJRT79wMBNmx5kQgASOPdusNlJ0NbE3uJvpZPkmX2ePrfyug0u4/MG7FM0N9XMXbHYHx+dFc8Ze0r0b18lhQUkzPJFq20kXREEW8Suyte9M1KaJ9agvILu0dWGiXTl1oJBq3elnUw9xxfzQIDAQAB"';
const keys = zoneServer({
  "keys.example": [
    "$TTL 3600\n@ SOA ns1 host 1 7200 3600 1209600 3600\n@ NS ns1\n",
    // RFC 8301 §3.2: verifiers accept no RSA key under 1024 bits.
    'short TXT "v=DKIM1; k=rsa; p=MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAKjWFM16IfvrjGYzHaj9NBkGcHuSc7B8oWmDJVX6hbM0fRDgKuyU9u/OvwvYLBqx6JXMwrYsVttrMkGlkH9abhUCAwEAAQ=="\n',
    // RFC 6376 §3.6.1: a key type verifiers do not know is ignored; values are case-sensitive.
    `unknown TXT "v=DKIM1; k=dsa; " ${GOOD.replace('"', '"p=')}\n`,
    `upper TXT "v=DKIM1; k=RSA; " ${GOOD.replace('"', '"p=')}\n`,
    // RFC 8301 §3.1: rsa-sha1 is not accepted.
    `sha1 TXT "v=DKIM1; h=sha1; " ${GOOD.replace('"', '"p=')}\n`,
    // RFC 6376 §3.6.1: a key for another service than mail.
    `other TXT "v=DKIM1; s=tlsrpt; " ${GOOD.replace('"', '"p=')}\n`,
    // The key is read as k= says: an RSA key under k=ed25519 verifies nothing, nor does an Ed25519 one's SPKI form.
    `mismatch TXT "v=DKIM1; k=ed25519; " ${GOOD.replace('"', '"p=')}\n`,
    'spki TXT "v=DKIM1; k=ed25519; p=MCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="\n',
    'raw TXT "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="\n',
    `fine TXT "v=DKIM1; h=sha1:sha256; s=email; " ${GOOD.replace('"', '"p=')}\n`,
  ].join(""),
}).lookup;

// The cname value is on line 5, at column 26 (after "    - { name: s1, cname: ").
const withTarget = (target: string, extra = "") => `domain: test.live.example\nmail: {provider: external}\ndkim:\n  selectors:\n    - { name: s1, cname: ${target}${extra} }\n`;

ruleTester(rule, {
  valid: [
    { name: "target holds a 2048-bit RSA key", yaml: withTarget("good._domainkey.live.example."), dns },
    { name: "target is itself an alias of a good key", yaml: withTarget("alias._domainkey.live.example."), dns },
    { name: "a revoked key on an inactive selector is the rotation's last step", yaml: withTarget("revoked._domainkey.live.example.", ", active: false"), dns },
    { name: "selectors published as TXT are not looked up", yaml: "domain: test.live.example\nmail: {provider: external}\ndkim:\n  selectors:\n    - { name: s1, record: \"v=DKIM1; p=\" }\n", dns },
    { name: "static run: the rule needs live DNS", yaml: withTarget("gone._domainkey.live.example.") },
    { name: "target's key allows sha256 among its hashes and lists email", yaml: withTarget("fine.keys.example."), dns: keys },
    { name: "target holds a raw 32-byte Ed25519 key under k=ed25519", yaml: withTarget("raw.keys.example."), dns: keys },
  ],
  invalid: [
    {
      name: "target does not exist",
      yaml: withTarget("gone._domainkey.live.example."),
      dns,
      errors: [{ messageId: "targetMissing", level: "error", line: 5, column: 26, endColumn: 26 + 29, data: { selector: "s1", target: "gone._domainkey.live.example" } }],
    },
    {
      name: "target exists without TXT",
      yaml: withTarget("empty._domainkey.live.example."),
      dns,
      errors: [{ messageId: "noKey", level: "error", line: 5, column: 26, data: { target: "empty._domainkey.live.example" } }],
    },
    {
      name: "target's p= is not base64",
      yaml: withTarget("bad._domainkey.live.example."),
      dns,
      errors: [{ messageId: "invalidKey", level: "error", line: 5, column: 26, data: { problem: "its p= is not valid base64" } }],
    },
    {
      name: "target's record has no p=",
      yaml: withTarget("nokey._domainkey.live.example."),
      dns,
      errors: [{ messageId: "invalidKey", level: "error", line: 5, column: 26, data: { problem: "it has no p= tag" } }],
    },
    {
      name: "target's RSA key is under 1024 bits (RFC 8301 §3.2): verifiers accept no signature made with it",
      yaml: withTarget("short.keys.example."),
      dns: keys,
      errors: [{ messageId: "invalidKey", level: "error", line: 5, column: 26, data: { problem: "its RSA key has 512 bits, and verifiers accept no signature made with fewer than 1024 (RFC 8301 §3.2)" } }],
    },
    {
      name: "target's key type is unknown (RFC 6376 §3.6.1)",
      yaml: withTarget("unknown.keys.example."),
      dns: keys,
      errors: [{ messageId: "invalidKey", level: "error", line: 5, column: 26, data: { problem: "its key type k=dsa is not rsa or ed25519, so verifiers ignore the key (RFC 6376 §3.6.1)" } }],
    },
    {
      name: "target's k=RSA: tag values are case-sensitive (RFC 6376 §3.2)",
      yaml: withTarget("upper.keys.example."),
      dns: keys,
      errors: [{ messageId: "invalidKey", level: "error", line: 5, column: 26, data: { problem: "its key type k=RSA is not rsa or ed25519, so verifiers ignore the key (RFC 6376 §3.6.1)" } }],
    },
    {
      name: "target's key allows only sha1 (RFC 8301 §3.1)",
      yaml: withTarget("sha1.keys.example."),
      dns: keys,
      errors: [{ messageId: "invalidKey", level: "error", line: 5, column: 26, data: { problem: "its h=sha1 does not allow sha256, the only hash verifiers accept (RFC 8301 §3.1)" } }],
    },
    {
      name: "target's key is for another service than mail (RFC 6376 §3.6.1)",
      yaml: withTarget("other.keys.example."),
      dns: keys,
      errors: [{ messageId: "invalidKey", level: "error", line: 5, column: 26, data: { problem: "its s=tlsrpt does not list email or *, so it is no key for mail (RFC 6376 §3.6.1)" } }],
    },
    {
      name: "target's k=ed25519 holds an RSA key",
      yaml: withTarget("mismatch.keys.example."),
      dns: keys,
      errors: [{ messageId: "invalidKey", level: "error", line: 5, column: 26, data: { problem: "its k=ed25519 does not match its key, which is an RSA key" } }],
    },
    {
      name: "target's k=ed25519 key is the SubjectPublicKeyInfo form (RFC 8463 §4.2)",
      yaml: withTarget("spki.keys.example."),
      dns: keys,
      errors: [{ messageId: "invalidKey", level: "error", line: 5, column: 26, data: { problem: "its k=ed25519 key is the 44-byte SubjectPublicKeyInfo form, not the raw 32 bytes verifiers read (RFC 8463 §4.2)" } }],
    },
    {
      name: "an active selector whose key is revoked",
      yaml: withTarget("revoked._domainkey.live.example."),
      dns,
      errors: [{ messageId: "revoked", level: "warn", line: 5, column: 26, data: { selector: "s1" } }],
    },
    {
      name: "a timeout is a failed lookup, not a missing key",
      yaml: withTarget("slow._domainkey.live.example."),
      dns,
      errors: [{ messageId: "lookupFailed", level: "warn", line: 5, column: 26, data: { target: "slow._domainkey.live.example", reason: "timeout" } }],
    },
  ],
});
