// The safety gates through `maildns plan --zone … --format json` (and text, Markdown): the same verdicts the
// Pulumi program enforces, shown before anyone applies.
import { beforeAll, describe, expect, test } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";
import { FIXTURE_ZONES } from "../plan/helpers.js";

const ZONE = ["--zone", `${FIXTURE_ZONES}clean.example.zone`];
const TODAY = ["--today", "2026-11-01"];

let imported = "";
beforeAll(() => {
  const run = runCli(["import", ...ZONE, "-q"]);
  expect(run.status).toBe(0);
  imported = run.stdout;
});

/** clean.example as `import` writes it, then edited. */
function stack(edit: (yaml: string) => string = (y) => y): string {
  return tempTree({ "stack/clean.example.yaml": edit(imported) });
}

const dropSelector2 = (yaml: string) => yaml.replace(/    - name: ovhmo3456789-selector2\n      cname: [^\n]+\n/, "");
const neutralAll = (yaml: string) => yaml.replace("include:mx.ovh.com ~all", "include:mx.ovh.com ?all");

describe("maildns plan: safety gates", () => {
  test("an unchanged zone: every gate has a verdict, none tripped, exit 0", () => {
    const run = runCli(["plan", `${stack()}/stack`, ...ZONE, ...TODAY, "-f", "json"]);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.gates.map((g: { id: string; name: string; tripped: boolean }) => [g.id, g.name, g.tripped])).toEqual([
      ["delete-all-mx", "clean.example", false],
      ["duplicate-policy-record", "clean.example", false],
      ["large-change", "clean.example", false],
      ["loosen-dmarc", "_dmarc.clean.example", false],
      ["loosen-spf", "clean.example", false],
      ["remove-dkim-selector", "clean.example", false],
      ["remove-spf-include", "clean.example", false],
    ]);
    expect(Object.keys(json.gates[0])).toEqual(["id", "domain", "name", "tripped", "allowed", "reason"]);
    expect(json.summary.gatesRefused).toBe(0);
  });

  test("a dropped DKIM selector and ~all → ?all: both gates tripped in JSON, the plan fails", () => {
    const run = runCli(["plan", `${stack((y) => neutralAll(dropSelector2(y)))}/stack`, ...ZONE, ...TODAY, "-f", "json"]);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.gates.filter((g: { tripped: boolean }) => g.tripped)).toEqual([
      {
        id: "loosen-spf",
        domain: "clean.example",
        name: "clean.example",
        tripped: true,
        allowed: false,
        reason: "clean.example: this update loosens SPF from ~all to ?all: mail from hosts the record does not list is then no longer refused",
      },
      {
        id: "remove-dkim-selector",
        domain: "clean.example",
        name: "ovhmo3456789-selector2._domainkey.clean.example",
        tripped: true,
        allowed: false,
        reason:
          "clean.example: this update deletes DKIM selector ovhmo3456789-selector2 (ovhmo3456789-selector2._domainkey.clean.example); mail signed with it and still in transit or re-verified later fails DKIM (keep an old selector at least 7 days after a rotation)",
      },
    ]);
    // The dropped selector is a planned deletion too: the zone file shows every selector it publishes.
    expect(json.changes.map((c: { action: string; name: string; type: string }) => `${c.action} ${c.name} ${c.type}`)).toEqual([
      "update clean.example TXT",
      "delete ovhmo3456789-selector2._domainkey.clean.example CNAME",
    ]);
    expect(json.summary.gatesRefused).toBe(2);
  });

  test("--allow lets a gate pass (allowed: true), as maildns:allow does for pulumi up", () => {
    const dir = `${stack((y) => neutralAll(dropSelector2(y)))}/stack`;
    const one = runCli(["plan", dir, ...ZONE, ...TODAY, "-f", "json", "--allow", "loosen-spf"]);
    expect(one.status).toBe(1);
    expect(JSON.parse(one.stdout).gates.filter((g: { tripped: boolean }) => g.tripped).map((g: { id: string; allowed: boolean }) => [g.id, g.allowed])).toEqual([
      ["loosen-spf", true],
      ["remove-dkim-selector", false],
    ]);
    const both = runCli(["plan", dir, ...ZONE, ...TODAY, "-f", "json", "--allow", "loosen-spf,remove-dkim-selector"]);
    expect(both.status).toBe(0);
    const typo = runCli(["plan", dir, ...ZONE, ...TODAY, "--allow", "loosen-everything"]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain("--allow loosen-everything is not a safety gate; known gates: delete-all-mx, duplicate-policy-record");
  });

  test("text and Markdown show the refused gates; the summary line counts them", () => {
    const dir = `${stack(neutralAll)}/stack`;
    const text = runCli(["plan", dir, ...ZONE, ...TODAY]);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain("  ! gate refused loosen-spf: clean.example: this update loosens SPF from ~all to ?all: mail from hosts the record does not list is then no longer refused\n");
    expect(text.stdout).toContain("Plan: 0 to create, 1 to update, 0 to delete; 1 safety gate refuses it.\n");
    const markdown = runCli(["plan", dir, ...ZONE, ...TODAY, "-f", "markdown"]);
    expect(markdown.stdout).toContain("### Safety gates");
    expect(markdown.stdout).toContain("| **refused** | `loosen-spf` | clean.example | clean.example: this update loosens SPF from ~all to ?all: mail from hosts the record does not list is then no longer refused |");
  });
});
