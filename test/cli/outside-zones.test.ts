// With zone files alone (--zone), a name no loaded zone holds is not asked anywhere: its lookups fail with
// reason `outside-zones`. Each report says what to do about it once (load the zone file that holds the name
// too, or give --resolver), not once per lookup: a stack of domains outside the loaded zones would
// otherwise repeat the same advice on every line.
import { describe, expect, test } from "vitest";
import { runCli, SEVERAL_RUNS_TIMEOUT_MS } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";

const TODAY = ["--today", "2026-11-01"];
const ZONE = [
  "$ORIGIN example.com.",
  "$TTL 3600",
  "@ IN SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 3600",
  "@ IN NS ns1.example.com.",
  "@ IN MX 10 mx.example.com.",
  "mx IN A 192.0.2.1",
  '@ IN TXT "v=spf1 include:_spf.provider.example include:_spf2.other.example -all"',
  '_dmarc IN TXT "v=DMARC1; p=reject; rua=mailto:d@example.com"',
  "",
].join("\n");
/** What the hint says: the same words in every report. */
const HINT = "load the zone files that hold them too (--zone), or give --resolver to ask DNS for them";
const count = (text: string, part: string) => text.split(part).length - 1;

describe("names outside the loaded zones", { timeout: SEVERAL_RUNS_TIMEOUT_MS }, () => {
  test("audit --zone: the SPF includes outside the zones are named once, with what to do", () => {
    const dir = tempTree({ "zones/example.com.zone": ZONE });
    const run = runCli(["audit", "--zone", "zones", ...TODAY], { cwd: dir });
    const lines = run.stdout.split("\n").filter((l) => l.includes("outside the loaded zone files"));
    expect(lines).toEqual([
      "Not checked: 2 lookups of names outside the loaded zone files (_spf.provider.example TXT, _spf2.other.example TXT; 2 rules needed them); load their zones with --zone too, or add --resolver to ask DNS for them.",
    ]);
  });

  test("audit --zone of domains no loaded zone holds: one line each, and what to do said once (text and Markdown)", () => {
    const dir = tempTree({ "zones/example.com.zone": ZONE });
    const args = ["audit", "other.example", "third.example", "example.com", "--zone", "zones", ...TODAY];
    const text = runCli(args, { cwd: dir });
    expect(text.status).toBe(1);
    expect(text.stdout.split("\n").filter((l) => l.includes("not audited")).map((l) => l.split(":")[0])).toEqual(["other.example", "third.example"]);
    expect(text.stdout).toContain("other.example: not audited: other.example MX lookup failed (outside-zones: no loaded zone holds other.example);");
    expect(text.stdout.split("\n").filter((l) => l.includes(HINT))).toEqual([
      "6 lookups for other.example, third.example failed because no loaded zone holds the names they ask: load the zone files that hold them too (--zone), or give --resolver to ask DNS for them.",
    ]);
    const markdown = runCli([...args, "-f", "markdown"], { cwd: dir });
    expect(count(markdown.stdout, HINT)).toBe(1);
    expect(markdown.stdout).toContain("- 6 lookups for other.example, third.example failed because no loaded zone holds the names they ask: load the zone files");
    // JSON keeps every failure whole, with its reason and detail as before.
    const json = JSON.parse(runCli([...args, "-f", "json"], { cwd: dir }).stdout) as { failures: { name: string; reason: string; detail: string }[] };
    expect(json.failures.filter((f) => f.name === "other.example").map((f) => [f.reason, f.detail])).toEqual([
      ["outside-zones", "no loaded zone holds other.example"],
      ["outside-zones", "no loaded zone holds other.example"],
    ]);
  });

  test("plan --zone of a domain file no loaded zone holds: each failed lookup, and what to do said once", () => {
    const dir = tempTree({
      "zones/example.com.zone": ZONE,
      "stack/other.example.yaml": 'domain: other.example\nmail: { provider: none }\nmx: none\nspf: "v=spf1 -all"\n',
    });
    for (const format of ["text", "markdown"]) {
      const run = runCli(["plan", "stack", "--zone", "zones", "-f", format, ...TODAY], { cwd: dir });
      expect(run.status).toBe(1);
      expect(count(run.stdout, "outside-zones: no loaded zone holds")).toBe(3);
      expect(count(run.stdout, HINT)).toBe(1);
      expect(run.stdout).toContain("3 lookups for other.example failed because no loaded zone holds the names they ask: load the zone files that hold them too (--zone), or give --resolver to ask DNS for them.");
    }
  });

  test("import --zone of a name no loaded zone holds: not written, and what to do said once", () => {
    const dir = tempTree({ "zones/example.com.zone": ZONE });
    const run = runCli(["import", "nowhere.example", "--zone", "zones", "--out", "out", "-q"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(count(run.stderr, HINT)).toBe(1);
    expect(run.stderr).toMatch(/^maildns import: \d+ lookups for nowhere\.example failed because no loaded zone holds the names they ask: load the zone files/m);
  });
});
