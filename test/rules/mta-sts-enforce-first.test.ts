import rule from "../../src/rules/mta-sts-enforce-first.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nmx: ovh\ntlsRpt: \"v=TLSRPTv1; rua=mailto:tlsrpt@example.com\"\n";
/** The policy's mode value starts at column 11 of line 8. */
const sts = (mode: string, extra = "") =>
  `${head}mtaSts:\n  record: "v=STSv1; id=20261001"\n  policy:\n    mode: ${mode}\n    mx: "*.mail.ovh.net"\n    maxAge: 604800\n${extra}`;

ruleTester(rule, {
  valid: [
    { name: "testing on day one", yaml: sts("testing") },
    { name: "none", yaml: sts("none") },
    {
      name: "enforce after a declared testing stage",
      yaml: sts("enforce", "  since: 2026-10-01\n  history:\n    - { mode: testing, since: 2026-09-01 }\n"),
    },
    {
      name: "enforce after none, then testing",
      yaml: sts("enforce", "  history:\n    - { mode: none, since: 2026-08-01 }\n    - { mode: testing, since: 2026-09-01 }\n"),
    },
    { name: "no policy declared", yaml: `${head}mtaSts:\n  record: "v=STSv1; id=1"\n` },
  ],
  invalid: [
    {
      name: "enforce on day one",
      yaml: sts("enforce"),
      errors: [{ messageId: "enforceFirst", level: "warn", line: 8, column: 11, endColumn: 18 }],
    },
    {
      name: "enforce with a history that never tested",
      yaml: sts("enforce", "  since: 2026-10-01\n  history:\n    - { mode: none, since: 2026-09-01 }\n"),
      errors: [{ messageId: "enforceFirst", level: "warn", line: 8, column: 11 }],
    },
    {
      name: "a misspelled testing stage does not count (modes are case-sensitive)",
      yaml: sts("enforce", "  history:\n    - { mode: Testing, since: 2026-09-01 }\n"),
      errors: [{ messageId: "enforceFirst", level: "warn", line: 8, column: 11 }],
    },
    {
      name: "flow mapping",
      yaml: `${head}mtaSts: {policy: {mode: enforce, mx: ["*.mail.ovh.net"], maxAge: 86400}}\n`,
      errors: [{ messageId: "enforceFirst", level: "warn", line: 5, column: 25, endColumn: 32 }],
    },
  ],
});
