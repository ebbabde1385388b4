// A domain file removed from a stack: pulumi up deletes the records the stack holds in its zone (after the
// gates). `maildns plan stacks/<stack>` shows that deletion from the stack's committed adoption file and live
// DNS as it reads it, with the same gates, so the pull request that removes the file does not go green
// (the CLI against the fault-injecting loopback DNS server serving the fixture zones). The runs whose subject
// is the exit code a shell sees (1 for the refused plan, 2 or 0 with --detailed-exitcode, a damaged adoption
// file) start the CLI as a subprocess; the runs whose subject is what the plan says of the stack (its JSON and
// Markdown, which zones are removed, which records deleted, which gates trip) run its `main` in-process.
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { SEVERAL_RUNS_TIMEOUT_MS } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import { ALL_GATES, TODAY, useRemovedZoneFixture } from "./removed-zone-fixture.js";

const RECORD = "ovh:Domain/zoneRecord:ZoneRecord";

/** What `maildns adopt` wrote while stacks/prod/clean.example.yaml was there: clean.example's records, held by the stack. */
const HELD: [id: string, subdomain: string, type: string, target: string, name: string][] = [
  ["101", "", "MX", "1 mx0.mail.ovh.net.", "clean.example/@/mx/mx0.mail.ovh.net."],
  ["102", "", "MX", "5 mx1.mail.ovh.net.", "clean.example/@/mx/mx1.mail.ovh.net."],
  ["103", "", "MX", "50 mx2.mail.ovh.net.", "clean.example/@/mx/mx2.mail.ovh.net."],
  ["104", "", "MX", "100 mx3.mail.ovh.net.", "clean.example/@/mx/mx3.mail.ovh.net."],
  ["105", "", "TXT", '"v=spf1 include:mx.ovh.com ~all"', "clean.example/@/spf"],
  ["106", "_dmarc", "TXT", '"v=DMARC1; p=quarantine; rua=mailto:dmarc@clean.example"', "clean.example/_dmarc/dmarc"],
  ["107", "ovhmo3456789-selector1._domainkey", "CNAME", "ovhmo3456789-selector1._domainkey.3456789.ac.dkim.mail.ovh.net.", "clean.example/ovhmo3456789-selector1._domainkey/dkim"],
];

function adoptionFile(held = HELD, options: { zoneRecorded?: boolean } = {}): string {
  const live = held.map(([id, subdomain, type, target]) => ({ id, zone: "clean.example", subdomain, type, target, ttl: 0 }));
  const stack = held.map(([id, , , , name]) => ({ name, type: RECORD, id, importId: null }));
  const zones = options.zoneRecorded === false ? {} : { "clean.example": { live } };
  return JSON.stringify({ version: 2, provider: "ovh", readAt: "2026-12-01T10:00:00.000Z", zones, stack }, null, 2);
}

const fixture = useRemovedZoneFixture();

/** A repository whose stack prod keeps chain.example.yaml; clean.example.yaml was removed. */
function repository(files: Record<string, string> = {}): string {
  return tempTree({ "stacks/Pulumi.prod.yaml": "config:\n  maildns:policy: ovh\n", "stacks/prod/chain.example.yaml": fixture.chainYaml, ...files });
}

/** `maildns plan stacks/prod` as a subprocess: for what is about the process, its exit code first. */
const plan = (cwd: string, ...args: string[]) => runCliAsync(["plan", "stacks/prod", ...fixture.dnsArgs, ...TODAY, ...args], { cwd });
/** The same plan through the CLI's `main` in this process: for what the plan says. */
const planInProcess = (cwd: string, ...args: string[]) => runCliInProcess(["plan", "stacks/prod", ...fixture.dnsArgs, ...TODAY, ...args], { cwd });

describe("plan: a domain file removed from a stack", () => {
  test("the deletions pulumi up would make and the gates it would trip, in text; the plan fails", async () => {
    const run = await plan(repository({ "stacks/prod/maildns-adoption.json": adoptionFile() }));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      "clean.example\n  ! removed no domain file declares this zone any more; pulumi up deletes the 7 records the stack holds in it (stacks/prod/maildns-adoption.json, read 2026-12-01T10:00:00.000Z)\n",
    );
    expect(run.stdout).toContain("  - delete clean.example MX ttl 3600\n    - 1 mx0.mail.ovh.net.\n    - 5 mx1.mail.ovh.net.\n    - 50 mx2.mail.ovh.net.\n    - 100 mx3.mail.ovh.net.\n");
    expect(run.stdout).toContain("  - delete clean.example TXT ttl 600\n    - v=spf1 include:mx.ovh.com ~all\n");
    expect(run.stdout).toContain("  ! gate refused delete-all-mx: clean.example: this update removes every MX");
    expect(run.stdout).toContain("  ! gate refused loosen-dmarc: clean.example: this update loosens DMARC: it removes the DMARC record");
    expect(run.stdout).toContain("Plan: 0 to create, 0 to update, 4 to delete; 6 safety gates refuse it.");
  });

  test("JSON: removedZones, the deletions under changes, the gates by their ids (the Pulumi program's)", async () => {
    const run = await planInProcess(repository({ "stacks/prod/maildns-adoption.json": adoptionFile() }), "-f", "json");
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.removedZones).toEqual([{ zone: "clean.example", adoptionFile: "stacks/prod/maildns-adoption.json", readAt: "2026-12-01T10:00:00.000Z", held: 7, status: "planned", notServed: [], source: "adoption-file", base: null, deletedFiles: [] }]);
    expect(json.removedZonesNotes).toEqual([]);
    expect(json.changes.filter((c: { domain: string }) => c.domain === "clean.example").map((c: { action: string; name: string; type: string }) => `${c.action} ${c.name} ${c.type}`)).toEqual([
      "delete _dmarc.clean.example TXT",
      "delete clean.example MX",
      "delete clean.example TXT",
      "delete ovhmo3456789-selector1._domainkey.clean.example CNAME",
    ]);
    const tripped = json.gates.filter((g: { domain: string; tripped: boolean }) => g.domain === "clean.example" && g.tripped).map((g: { id: string; allowed: boolean }) => [g.id, g.allowed]);
    expect(tripped).toEqual([
      ["delete-all-mx", false],
      ["large-change", false],
      ["loosen-dmarc", false],
      ["loosen-spf", false],
      ["remove-dkim-selector", false],
      ["remove-spf-include", false],
    ]);
    expect(json.summary).toMatchObject({ delete: 4, gatesRefused: 6, removedZones: 1 });
  });

  test("gates the stack's config allows for the merge (maildns:allow): still refused, each saying the apply after the merge passes it", async () => {
    const cwd = repository({
      "stacks/prod/maildns-adoption.json": adoptionFile(),
      "stacks/Pulumi.prod.yaml": "config:\n  maildns:policy: ovh\n  maildns:allow:\n    - delete-all-mx\n    - loosen-dmarc\n",
    });
    const json = JSON.parse((await planInProcess(cwd, "-f", "json")).stdout);
    const tripped = json.gates.filter((g: { domain: string; tripped: boolean }) => g.domain === "clean.example" && g.tripped).map((g: { id: string; allowed: boolean; allowedOnMerge?: string }) => [g.id, g.allowed, g.allowedOnMerge ?? null]);
    expect(tripped).toEqual([
      ["delete-all-mx", false, "stacks/Pulumi.prod.yaml"],
      ["large-change", false, null],
      ["loosen-dmarc", false, "stacks/Pulumi.prod.yaml"],
      ["loosen-spf", false, null],
      ["remove-dkim-selector", false, null],
      ["remove-spf-include", false, null],
    ]);
    expect(json.summary).toMatchObject({ gatesRefused: 6 });
    const text = await planInProcess(cwd);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/ {2}! gate refused delete-all-mx: clean\.example: this update removes every MX[^\n]* \(allowed by maildns:allow in stacks\/Pulumi\.prod\.yaml on merge\)\n/);
  });

  test("Markdown: the zone under its own heading, the deletions in the table, the gates refused", async () => {
    const run = await planInProcess(repository({ "stacks/prod/maildns-adoption.json": adoptionFile() }), "-f", "markdown");
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("### Zones no domain file declares\n\n- **clean.example**: no domain file declares this zone any more; pulumi up deletes the 7 records the stack holds in it");
    expect(run.stdout).toContain("| delete | clean.example | MX | 3600 |");
    expect(run.stdout).toContain("| **refused** | `delete-all-mx` | clean.example |");
  });

  test("--detailed-exitcode: with every gate allowed, the deletion is a change pending (2); without the flag, 0", { timeout: SEVERAL_RUNS_TIMEOUT_MS }, async () => {
    const cwd = repository({ "stacks/prod/maildns-adoption.json": adoptionFile() });
    expect((await plan(cwd, ...ALL_GATES, "--detailed-exitcode")).status).toBe(2);
    expect((await plan(cwd, ...ALL_GATES)).status).toBe(0);
    // The same stack with its file back: nothing is removed, nothing pending.
    writeFileSync(join(cwd, "stacks/prod/clean.example.yaml"), fixture.cleanYaml);
    const back = await plan(cwd, "--detailed-exitcode", "-f", "json");
    expect(back.status).toBe(0);
    expect(JSON.parse(back.stdout).removedZones).toEqual([]);
  });

  test("a folder linked into the stack still declares its domains, also when plan walks it under its own path", { timeout: SEVERAL_RUNS_TIMEOUT_MS }, async () => {
    const cwd = repository({ "stacks/prod/maildns-adoption.json": adoptionFile(), "stacks/shared/clean.example.yaml": fixture.cleanYaml });
    symlinkSync(join(cwd, "stacks/shared"), join(cwd, "stacks/prod/shared"));
    for (const path of ["stacks", "stacks/prod"]) {
      const run = await runCliInProcess(["plan", path, ...fixture.dnsArgs, ...TODAY, "-f", "json", "--detailed-exitcode"], { cwd });
      expect(JSON.parse(run.stdout).removedZones).toEqual([]);
      expect(run.status).toBe(0);
    }
    // The link gone, the zone is removed from prod.
    rmSync(join(cwd, "stacks/prod/shared"));
    mkdirSync(join(cwd, "stacks/elsewhere"));
    renameSync(join(cwd, "stacks/shared/clean.example.yaml"), join(cwd, "stacks/elsewhere/clean.example.yaml"));
    const gone = await runCliInProcess(["plan", "stacks/prod", ...fixture.dnsArgs, ...TODAY, "-f", "json"], { cwd });
    expect(JSON.parse(gone.stdout).removedZones.map((z: { zone: string }) => z.zone)).toEqual(["clean.example"]);
  });

  test("plan stacks (every stack) sees it too", async () => {
    const cwd = repository({ "stacks/prod/maildns-adoption.json": adoptionFile() });
    const run = await runCliInProcess(["plan", "stacks", ...fixture.dnsArgs, ...TODAY, ...ALL_GATES, "-f", "json", "--detailed-exitcode"], { cwd });
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).removedZones.map((z: { zone: string }) => z.zone)).toEqual(["clean.example"]);
  });

  test("only the records the stack holds go: two of four MX held is an update keeping the others; the gates judge it as pulumi up does", async () => {
    const cwd = repository({ "stacks/prod/maildns-adoption.json": adoptionFile(HELD.filter(([id]) => id === "101" || id === "102")) });
    const run = await planInProcess(cwd, "-f", "json", "--detailed-exitcode");
    const json = JSON.parse(run.stdout);
    expect(json.changes.filter((c: { domain: string }) => c.domain === "clean.example")).toEqual([
      { domain: "clean.example", name: "clean.example", type: "MX", action: "update", ttl: 3600, beforeTtl: 3600, before: ["1 mx0.mail.ovh.net.", "100 mx3.mail.ovh.net.", "5 mx1.mail.ovh.net.", "50 mx2.mail.ovh.net."], after: ["100 mx3.mail.ovh.net.", "50 mx2.mail.ovh.net."] },
    ]);
    // Judged, as the program judges it, against what the deletion leaves: two MX, the SPF and DMARC records
    // and the selectors stay, so only the size of the change trips a gate (2 of the zone's 7 records).
    expect(json.gates.filter((g: { domain: string; tripped: boolean }) => g.domain === "clean.example" && g.tripped).map((g: { id: string }) => g.id)).toEqual(["large-change"]);
    expect(run.status).toBe(1);
  });

  test("a held record live DNS no longer serves is named, not planned; the removed zone is still pending (2)", { timeout: SEVERAL_RUNS_TIMEOUT_MS }, async () => {
    const stale: typeof HELD = [["108", "", "TXT", '"v=spf1 -all"', "clean.example/@/spf"]];
    const cwd = repository({ "stacks/prod/maildns-adoption.json": adoptionFile(stale) });
    // The gates judge the zone as the program does (nothing desired there): allowed here, to see the exit code.
    const run = await plan(cwd, "-f", "json", "--detailed-exitcode", ...ALL_GATES);
    const json = JSON.parse(run.stdout);
    expect(json.removedZones).toEqual([
      { zone: "clean.example", adoptionFile: "stacks/prod/maildns-adoption.json", readAt: "2026-12-01T10:00:00.000Z", held: 1, status: "planned", notServed: ["TXT v=spf1 -all at clean.example (id 108)"], source: "adoption-file", base: null, deletedFiles: [] },
    ]);
    expect(json.changes.filter((c: { domain: string }) => c.domain === "clean.example")).toEqual([]);
    // pulumi up still deletes the resource the stack holds: not "no change".
    expect(run.status).toBe(2);
    const text = await plan(cwd, ...ALL_GATES);
    expect(text.stdout).toContain("  ! not served TXT v=spf1 -all at clean.example (id 108): the adoption file lists it, live DNS does not serve it now");
  });

  test("a failed lookup in the zone plans no deletion and no gate verdict: the lookup is named, exit 1", async () => {
    fixture.server.setFault("clean.example/MX", "servfail");
    const run = await planInProcess(repository({ "stacks/prod/maildns-adoption.json": adoptionFile() }), "-f", "json", ...ALL_GATES, "--detailed-exitcode");
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.removedZones[0]).toMatchObject({ zone: "clean.example", status: "lookup-failed" });
    expect(json.changes.filter((c: { domain: string }) => c.domain === "clean.example")).toEqual([]);
    expect(json.gates.filter((g: { domain: string }) => g.domain === "clean.example")).toEqual([]);
    expect(json.failures).toEqual([{ domain: "clean.example", name: "clean.example", type: "MX", reason: "servfail", detail: expect.any(String), server: expect.any(String) }]);
  });

  test("an adoption file without the zone's live records: refused by skip-adopt, as pulumi up refuses it", async () => {
    const run = await planInProcess(repository({ "stacks/prod/maildns-adoption.json": adoptionFile(HELD, { zoneRecorded: false }) }), "-f", "json");
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.removedZones[0]).toMatchObject({ zone: "clean.example", held: 7, status: "not-adopted" });
    expect(json.gates.filter((g: { tripped: boolean }) => g.tripped).map((g: { id: string; domain: string; allowed: boolean }) => [g.id, g.domain, g.allowed])).toEqual([["skip-adopt", "clean.example", false]]);
  });

  test("a damaged adoption file fails the plan, named; no adoption file beside a stack config is said, not silent", { timeout: SEVERAL_RUNS_TIMEOUT_MS }, async () => {
    const cwd = repository({ "stacks/prod/maildns-adoption.json": "{ not json" });
    const damaged = await plan(cwd);
    expect(damaged.status).toBe(1);
    expect(damaged.stdout).toContain("! error stacks/prod/maildns-adoption.json: not valid JSON; run maildns adopt again to rewrite it (pulumi up refuses it too)");
    rmSync(join(cwd, "stacks/prod/maildns-adoption.json"));
    const none = await plan(cwd, "--detailed-exitcode");
    expect(none.status).toBe(0);
    expect(none.stdout).toContain("Not checked: stacks/prod: no maildns-adoption.json in it and no base commit to compare with, so a domain file removed from this stack is not seen by plan");
    // --quiet prints errors only: the line goes, as the other "Not checked" lines do.
    expect((await plan(cwd, "-q")).stdout).not.toContain("Not checked");
    const json = JSON.parse((await plan(cwd, "-f", "json")).stdout);
    expect(json.removedZonesNotes).toEqual([{ stack: "stacks/prod", kind: "no-adoption-file", detail: expect.stringContaining("commit the file `maildns adopt` writes") }]);
  });

  test("an adoption file with a zone key in another letter case: refused as damaged, naming the key, not taken for a zone no file declares", async () => {
    // Hand-edited: adopt writes keys in lower case. Read as another zone, it drew a skip-adopt refusal saying
    // no domain file declares chain.example, which stacks/prod/chain.example.yaml does.
    const live = [{ id: "201", zone: "chain.example", subdomain: "", type: "TXT", target: '"v=spf1 -all"', ttl: 0 }];
    const file = { version: 2, provider: "ovh", readAt: "2026-12-01T10:00:00.000Z", zones: { "Chain.EXAMPLE": { live, declared: true } }, stack: [{ name: "chain.example/@/spf", type: RECORD, id: "201", importId: null }] };
    const run = await planInProcess(repository({ "stacks/prod/maildns-adoption.json": JSON.stringify(file) }));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      "! error stacks/prod/maildns-adoption.json: zone key Chain.EXAMPLE is not in lower case as maildns adopt writes it (DNS names compare without the case of A-Z, RFC 4343 §3); run maildns adopt again to rewrite it (pulumi up refuses it too)",
    );
    expect(run.stdout).not.toContain("no domain file declares this zone");
  });

  test("an adoption file whose live record names its zone in another letter case: refused as damaged, naming the key and the record, as pulumi up refuses it", async () => {
    const file = JSON.parse(adoptionFile()) as { zones: Record<string, { live: { zone: string }[] }> };
    file.zones["clean.example"]!.live[1]!.zone = "Clean.EXAMPLE";
    const run = await planInProcess(repository({ "stacks/prod/maildns-adoption.json": JSON.stringify(file) }));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      `! error stacks/prod/maildns-adoption.json: zone clean.example, live record 2 (id ${HELD[1]![0]}) has zone Clean.EXAMPLE, not clean.example in lower case as maildns adopt writes it (DNS names compare without the case of A-Z, RFC 4343 §3); run maildns adopt again to rewrite it (pulumi up refuses it too)`,
    );
    expect(run.stdout).not.toContain("delete clean.example");
  });

  test("an adoption file whose stack names zones after Object's own members (__proto__, constructor): refused by skip-adopt like any zone it has no live records for, never an internal error", async () => {
    // The file is committed, so a pull request can change it: `zones.constructor` was Object's constructor and
    // `zones.__proto__` Object.prototype, each taken for the zone's record, and the plan ended with
    // "internal error: live is not iterable" (exit 2).
    const file = JSON.parse(adoptionFile()) as { stack: { name: string; type: string; id: string; importId: null }[] };
    file.stack.push({ name: "__proto__/@/spf", type: RECORD, id: "901", importId: null }, { name: "constructor/@/spf", type: RECORD, id: "902", importId: null });
    const run = await planInProcess(repository({ "stacks/prod/maildns-adoption.json": JSON.stringify(file) }), "-f", "json", ...ALL_GATES);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.removedZones.map((z: { zone: string; status: string }) => `${z.zone} ${z.status}`)).toEqual(["__proto__ not-adopted", "clean.example planned", "constructor not-adopted"]);
    expect(json.gates.filter((g: { tripped: boolean; allowed: boolean }) => g.tripped && !g.allowed).map((g: { id: string; reason: string }) => `${g.id} ${g.reason}`)).toEqual([
      "skip-adopt __proto__: the stack holds 1 record in this zone that no domain file declares, and this update would delete it unjudged: stacks/prod/maildns-adoption.json has no live records for it; run `maildns adopt --stack prod` first",
      "skip-adopt constructor: the stack holds 1 record in this zone that no domain file declares, and this update would delete it unjudged: stacks/prod/maildns-adoption.json has no live records for it; run `maildns adopt --stack prod` first",
    ]);
  });

  test("a domain file that could not be read: the removed zones are not looked for, and the plan says why", async () => {
    const cwd = repository({ "stacks/prod/maildns-adoption.json": adoptionFile(), "stacks/prod/broken.yaml": "domain: [\n" });
    const run = await planInProcess(cwd, "-f", "json");
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.removedZones).toEqual([]);
    expect(json.removedZonesNotes.map((n: { kind: string }) => n.kind)).toEqual(["files-not-read"]);
  });

  test("a single file planned is not a stack: its neighbours were not read, nothing is called removed", async () => {
    const cwd = repository({ "stacks/prod/maildns-adoption.json": adoptionFile() });
    const run = await runCliInProcess(["plan", "stacks/prod/chain.example.yaml", ...fixture.dnsArgs, ...TODAY, "-f", "json"], { cwd });
    expect(JSON.parse(run.stdout).removedZones).toEqual([]);
    expect(JSON.parse(run.stdout).changes.filter((c: { domain: string }) => c.domain === "clean.example")).toEqual([]);
  });
});
