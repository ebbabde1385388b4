import { describe, expect, it } from "vitest";
import { buildDomainModel } from "../../src/config/domain.js";
import { textAnchor } from "../../src/engine/anchor.js";
import rule from "../../src/rules/dmarc-none-monitoring-stage.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";

ruleTester(rule, {
  valid: [
    { name: "starts at quarantine with rua (ovh pack)", yaml: `${head}dmarc: "v=DMARC1; p=quarantine; rua=mailto:d@example.com"\n` },
    { name: "parked domain", yaml: `domain: example.com\nmail: {provider: none}\ndmarc: "v=DMARC1; p=none"\n` },
    { name: "no record (dmarc-missing's)", yaml: head },
    // The stage is what p= declares; a record receivers void is another rule's error, not a monitoring stage.
    { name: "p=reject voided by an invalid sp (dmarc-sp-np-invalid's)", yaml: `${head}dmarc: "v=DMARC1; p=reject; sp=bogus; rua=mailto:d@example.com"\n` },
    { name: "p=reject in a discarded record (dmarc-v-first's)", yaml: `${head}dmarc: "v=dmarc1; p=reject; rua=mailto:d@example.com"\n` },
    // No ";" after the version: p=reject is part of v='s value, not a p= reading none (dmarc-v-first's missingSeparator).
    { name: "a record starting with a blank, which receivers discard (dmarc-v-first's)", yaml: `${head}dmarc: " v=DMARC1; rua=mailto:d@example.com"\n` },
    { name: "v=DMARC1 p=reject, one record receivers discard (dmarc-v-first's)", yaml: `${head}dmarc: "v=DMARC1 p=reject; rua=mailto:d@example.com"\n` },
    { name: "p=none in a discarded record declares no stage (dmarc-v-first's)", yaml: `${head}dmarc: "v=dmarc1; p=none; rua=mailto:d@example.com"\n` },
  ],
  invalid: [
    {
      name: "p=none with no declared stage: error",
      yaml: `${head}dmarc: "v=DMARC1; p=none; rua=mailto:d@example.com"\n`,
      errors: [{ messageId: "undeclared", level: "error", line: 3, column: 21, endColumn: 25 }],
    },
    {
      name: "declared monitoring stage: warning",
      yaml: `${head}dmarc:\n  record: "v=DMARC1; p=none; rua=mailto:d@example.com"\n  since: 2026-11-01\n`,
      errors: [{ messageId: "declared", level: "warn", line: 4, column: 24, data: { since: "2026-11-01" } }],
    },
    {
      name: "declared stage reports the start of the none run",
      yaml: `${head}dmarc:\n  p: none\n  rua: mailto:d@example.com\n  since: 2026-11-10\n  history:\n    - { p: none, since: 2026-10-20 }\n`,
      errors: [{ messageId: "declared", level: "warn", line: 4, column: 6, data: { since: "2026-10-20" } }],
    },
    {
      name: "missing p is none, undeclared",
      yaml: `${head}dmarc: "v=DMARC1; rua=mailto:d@example.com"\n`,
      errors: [{ messageId: "undeclared", level: "error", line: 3, column: 9, endColumn: 17 }],
    },
  ],
});

describe("live records (audit)", () => {
  it("are not judged: a live p=none has no declared start date to check", () => {
    const built = buildDomainModel(null, { domain: "example.com", mail: { provider: "external" }, dmarc: "v=DMARC1; p=none; rua=mailto:d@example.com" });
    if (!("model" in built)) throw new Error("model expected");
    const reports: unknown[] = [];
    rule.check!({ domain: built.model, options: {}, today: "2026-11-23", observed: null, dns: null, evidence: null, report: (r) => reports.push(r), textAnchor });
    expect(reports).toEqual([]);
  });
});
