import rule from "../../src/rules/dmarc-wrong-location.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nmx: ovh\n";
const dmarc = 'dmarc: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"\n';

ruleTester(rule, {
  valid: [
    { name: "DMARC in the dmarc field", yaml: `${head}spf: "v=spf1 include:mx.ovh.com ~all"\n${dmarc}` },
    { name: "structured SPF", yaml: `${head}spf: {include: [mx.ovh.com], all: "~"}\n${dmarc}` },
    { name: "DMARC1 inside another word is not a DMARC record", yaml: `${head}spf: "v=spf1 include:v=dmarc1.example.com ~all"\n` },
    {
      name: "DKIM key record",
      yaml: `${head}dkim:\n  selectors:\n    - { name: mc1, record: "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC", ovh: false }\n`,
    },
    { name: "MTA-STS and TLS-RPT records", yaml: `${head}mtaSts: {record: "v=STSv1; id=1"}\ntlsRpt: "v=TLSRPTv1; rua=mailto:t@example.com"\n` },
  ],
  invalid: [
    {
      name: "DMARC written in the spf field",
      yaml: `${head}spf: "v=DMARC1; p=none"\n`,
      errors: [{ messageId: "inSpf", level: "error", line: 4, column: 7, endColumn: 23, data: { found: "v=DMARC1", name: "example.com", domain: "example.com" } }],
    },
    {
      name: "lower case, spaces around =",
      yaml: `${head}spf:\n  record: "v = dmarc1; p=none"\n`,
      errors: [{ messageId: "inSpf", level: "error", line: 5, column: 12, data: { found: "v = dmarc1" } }],
    },
    {
      name: "SPF strings list taken for two records",
      yaml: `${head}spf:\n  record:\n    - "v=spf1 include:mx.ovh.com ~all"\n    - "v=DMARC1; p=none"\n`,
      errors: [{ messageId: "inSpf", level: "error", line: 7, column: 8, endColumn: 24, data: { found: "v=DMARC1" } }],
    },
    {
      name: "DMARC appended to the SPF record",
      yaml: `${head}spf: "v=spf1 include:mx.ovh.com ~all v=DMARC1; p=none"\n`,
      errors: [{ messageId: "inSpf", level: "error", line: 4, column: 38, endColumn: 54 }],
    },
    {
      name: "DMARC in a DKIM selector",
      yaml: `${head}dkim:\n  selectors:\n    - { name: mc1, record: "v=DMARC1; p=reject", ovh: false }\n`,
      errors: [
        { messageId: "elsewhere", level: "error", line: 6, column: 29, endColumn: 47, data: { found: "v=DMARC1", name: "mc1._domainkey.example.com", domain: "example.com" } },
      ],
    },
    {
      name: "DMARC in the MTA-STS and TLS-RPT records",
      yaml: `${head}mtaSts: {record: "v=DMARC1; p=none"}\ntlsRpt: "v=DMARC1; p=none"\n`,
      errors: [
        { messageId: "elsewhere", level: "error", line: 4, column: 19, data: { name: "_mta-sts.example.com" } },
        { messageId: "elsewhere", level: "error", line: 5, column: 10, data: { name: "_smtp._tls.example.com" } },
      ],
    },
  ],
});
