const MAX_EXTENDS_DEPTH = 16;
// Hostile policy packs: globs that would backtrack, extends diamonds, cycles and depth, special files, and
// errors inside extended packs that must name the pack and the `extends:` line that pulled it in.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { globMatches } from "../../src/config/glob.js";
import { loadPolicy, PolicyError } from "../../src/engine/policy.js";
import { allRules } from "../../src/rules/index.js";
import { runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";

function policyError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return (error as Error).message;
  }
  throw new Error("no PolicyError");
}

describe("domain globs", () => {
  it.each([
    ["*.example.net", "mail.example.net", true],
    ["*.example.net", "example.net", false],
    ["*.EXAMPLE.net", "a.b.example.NET", true],
    ["legacy-*", "legacy-shop.example", true],
    ["mx?.example.com", "mx1.example.com", true],
    ["mx?.example.com", "mx12.example.com", false],
    ["a.b", "axb", false],
    ["*", "anything.example", true],
    ["**a*", "bab", true],
    ["", "", true],
  ])("%j against %j: %s", (glob, name, expected) => {
    expect(globMatches(glob, name)).toBe(expected);
  });

  it("a glob that backtracks as a regular expression is matched in one pass (once 16 s at 27 stars)", () => {
    // As a regular expression, eight stars against 40 characters already take seconds; ten, minutes.
    const glob = `${"*a".repeat(10)}*!`;
    expect(globMatches(`${"*a".repeat(200)}*!`, "a".repeat(253))).toBe(false);
    const root = tempTree({ "pack.yaml": `overrides:\n  - domains: ['${glob}']\n    rules: { spf-ptr: off }\n` });
    const policy = loadPolicy("pack.yaml", allRules, root);
    expect(policy.settingsFor("a".repeat(40)).get("spf-ptr")!.level).not.toBe("off");
    expect(policy.settingsFor(`${"a".repeat(40)}!`).get("spf-ptr")!.level).toBe("off");
  });

  it("a domain glob that is not text is named as JSON, never [object Object]", () => {
    const root = tempTree({ "pack.yaml": "overrides:\n  - domains: [{a: 1}]\n    rules: { spf-ptr: off }\n" });
    expect(policyError(() => loadPolicy("pack.yaml", allRules, root))).toBe("pack.yaml:2:15: a domain glob is text such as '*.example.com', got {\"a\":1}");
  });
});

describe("extends", () => {
  it("a diamond loads the shared pack once, so it cannot undo one side's setting (A B C D, not A B A C D)", () => {
    const root = tempTree({
      "a.yaml": "rules:\n  spf-ptr: error\n",
      "b.yaml": "extends: a.yaml\nrules:\n  spf-ptr: off\n",
      "c.yaml": "extends: a.yaml\n",
      "d.yaml": "extends: [b.yaml, c.yaml]\n",
    });
    expect(loadPolicy("d.yaml", allRules, root).settingsFor("example.com").get("spf-ptr")!.level).toBe("off");
  });

  it("ten-wide diamonds five levels deep load in no time (10^5 loads before)", () => {
    const files: Record<string, string> = { "l5.yaml": "rules:\n  spf-ptr: warn\n" };
    for (let level = 0; level < 5; level++) {
      const sides = Array.from({ length: 10 }, (_, i) => `l${level}s${i}.yaml`);
      files[`l${level}.yaml`] = `extends: [${sides.join(", ")}]\n`;
      for (const side of sides) files[side] = `extends: l${level + 1}.yaml\n`;
    }
    const root = tempTree(files);
    expect(loadPolicy("l0.yaml", allRules, root).settingsFor("example.com").get("spf-ptr")!.level).toBe("warn");
  });

  it("a cycle of any length is refused at the extends line that closes it", () => {
    const root = tempTree({ "a.yaml": "extends: b.yaml\n", "b.yaml": "extends: c.yaml\n", "c.yaml": "# closes the loop\nextends: a.yaml\n" });
    expect(policyError(() => loadPolicy("a.yaml", allRules, root))).toBe(
      "c.yaml:2:10: extends loops back to a.yaml (a.yaml → b.yaml → c.yaml → a.yaml): a pack cannot extend itself, directly or through others (pulled in by b.yaml:1:10 `extends: c.yaml`, itself pulled in by a.yaml:1:10 `extends: b.yaml`)",
    );
  });

  it("a cycle through a symbolic link is found too (the real path is compared)", () => {
    const root = tempTree({ "a.yaml": "extends: link.yaml\n" });
    symlinkSync(join(root, "a.yaml"), join(root, "link.yaml"));
    expect(policyError(() => loadPolicy("a.yaml", allRules, root))).toMatch(/^a\.yaml:1:10: extends loops back to link\.yaml/);
  });

  it(`a chain deeper than ${MAX_EXTENDS_DEPTH} packs is refused`, () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`p${i}.yaml`] = `extends: p${i + 1}.yaml\n`;
    files["p30.yaml"] = "rules: {}\n";
    const root = tempTree(files);
    expect(policyError(() => loadPolicy("p0.yaml", allRules, root))).toMatch(new RegExp(`^p${MAX_EXTENDS_DEPTH}\\.yaml:1:10: extends goes more than ${MAX_EXTENDS_DEPTH} packs deep: flatten the chain \\(pulled in by p${MAX_EXTENDS_DEPTH - 1}\\.yaml:1:10`));
  });

  it("an error inside an extended pack names that pack's file and the extends line that pulled it in", () => {
    const root = tempTree({ "team.yaml": "# the team's pack\nextends: shared/base.yaml\n", "shared/base.yaml": "rules:\n  spf-ptr: warn\n  spf-pt: error\n" });
    expect(policyError(() => loadPolicy("team.yaml", allRules, root))).toBe(
      "shared/base.yaml:3:3: unknown rule 'spf-pt': did you mean 'spf-ptr'? (maildns rules lists them) (pulled in by team.yaml:2:10 `extends: shared/base.yaml`)",
    );
  });

  it("a missing extended pack is named at the extends line", () => {
    const root = tempTree({ "team.yaml": "rules: {}\nextends: [ovh, nowhere.yaml]\n" });
    expect(policyError(() => loadPolicy("team.yaml", allRules, root))).toMatch(/^team\.yaml:2:16: cannot read the pack nowhere\.yaml that extends names: cannot read it \(ENOENT\)/);
  });

  it("extends that is not a name is shown as JSON, never [object Object]", () => {
    const root = tempTree({ "team.yaml": "extends: {a: 1}\n" });
    const message = policyError(() => loadPolicy("team.yaml", allRules, root));
    expect(message).toBe('team.yaml:1:10: extends names a pack (ovh, rfc, strict, parked) or a pack file, got {"a":1}');
  });
});

describe("special files", () => {
  const fifo = (path: string) => expect(spawnSync("mkfifo", [path]).status).toBe(0);

  it("--policy naming a FIFO is a usage error, not a wait for a writer that never comes", () => {
    const root = tempTree({ "stack/example.com.yaml": "domain: example.com\n" });
    fifo(join(root, "pack.yaml"));
    const run = runCli(["lint", "stack", "--policy", "pack.yaml"], { cwd: root, timeoutMs: 10_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("maildns lint: pack.yaml:1:1: cannot read the policy pack: it is a FIFO (named pipe), not a regular file; use one of ovh, rfc, strict, parked or a path to a pack file\n");
  });

  it("a pack extending a device is refused at its extends line", () => {
    const root = tempTree({ "stack/example.com.yaml": "domain: example.com\n", "pack.yaml": "extends: /dev/zero\n" });
    const run = runCli(["lint", "stack", "--policy", "pack.yaml"], { cwd: root, timeoutMs: 10_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("pack.yaml:1:10: cannot read the pack ");
    expect(run.stderr).toContain("it is a device, not a regular file");
  });

  it("a domain file that is a FIFO: given (or a link to one given) a usage error; inside a folder a finding, the other files linted", () => {
    const root = tempTree({ "stack/a.example.yaml": "domain: a.example\n" });
    mkdirSync(join(root, "fifo-stack"));
    fifo(join(root, "fifo-stack/b.example.yaml"));
    writeFileSync(join(root, "fifo-stack/c.example.yaml"), "domain: c.example\n");
    symlinkSync(join(root, "fifo-stack/b.example.yaml"), join(root, "link.yaml"));
    for (const [path, shown] of [["fifo-stack/b.example.yaml", "fifo-stack/b.example.yaml"], ["link.yaml", "link.yaml"]]) {
      const run = runCli(["lint", path!], { cwd: root, timeoutMs: 10_000 });
      expect(run.status, path).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^maildns lint: ${shown!.replace(/\./g, "\\.")}: is a FIFO \\(named pipe\\), not a domain file`));
    }
    const folder = runCli(["lint", "fifo-stack"], { cwd: root, timeoutMs: 10_000 });
    expect(folder.status).toBe(1);
    expect(folder.stderr).toBe("");
    expect(folder.stdout).toContain("fifo-stack/b.example.yaml:1:1  error  is a FIFO (named pipe), not a domain file: it was not checked (the other files were); replace it with a regular file or remove it  [file-unreadable]\n");
    expect(folder.stdout).toMatch(/^2 files, 1 domain: /m);
    // A link to a regular domain file inside a folder is that file; beside the file itself, it is the same file, found once.
    mkdirSync(join(root, "other"));
    symlinkSync(join(root, "stack/a.example.yaml"), join(root, "other/b.example.yaml"));
    expect(runCli(["lint", "other", "-f", "json"], { cwd: root }).stdout).toContain('"file": "other/b.example.yaml"');
    symlinkSync(join(root, "stack/a.example.yaml"), join(root, "stack/b.example.yaml"));
    const both = JSON.parse(runCli(["lint", "stack", "-f", "json", "--fail-on", "info"], { cwd: root }).stdout) as { findings: { file: string; ruleId: string }[]; summary: { files: number } };
    expect(both.summary.files).toBe(1);
    expect(new Set(both.findings.map((f) => f.file))).toEqual(new Set(["stack/a.example.yaml"]));
  });

  it("--zone naming a FIFO is a usage error; a FIFO in a zone folder fails that zone's lookups, never a wait", () => {
    const root = tempTree({ "stack/example.com.yaml": "domain: example.com\nmail: { provider: none }\nmx: none\n" });
    mkdirSync(join(root, "zones"));
    fifo(join(root, "zones/example.com.zone"));
    const direct = runCli(["plan", "stack", "--zone", "zones/example.com.zone"], { cwd: root, timeoutMs: 10_000 });
    expect(direct.status).toBe(2);
    expect(direct.stderr).toContain("example.com.zone: not a regular file");
    // In a folder the error stays with its zone (src/dns/zone-source.ts): its lookups fail, nothing is planned.
    const folder = runCli(["plan", "stack", "--zone", "zones", "-f", "json"], { cwd: root, timeoutMs: 10_000 });
    expect(folder.status).toBe(1);
    const json = JSON.parse(folder.stdout);
    expect(json.changes).toEqual([]);
    expect(json.failures.length).toBeGreaterThan(0);
    expect(json.failures.every((f: { detail: string }) => f.detail.includes("not a regular file"))).toBe(true);
  });
});

describe("a pack that is not valid YAML says what is wrong, at its line", () => {
  // Each load problem is named by its message, as in a domain file, never by its rule id alone.
  it.each([
    ["a key twice", "rules:\n  spf-missing: warn\n  spf-missing: off\n", 'pack.yaml:3:3: not a valid policy pack (key "spf-missing" appears twice in the same mapping: keep one)'],
    ["a second document", "rules:\n  spf-missing: warn\n---\nrules: {}\n", "pack.yaml:3:1: not a valid policy pack (a second YAML document starts here: maildns reads one document per file; move it to a file of its own)"],
    ["a NUL byte", "rules:\n\u0000\n", "pack.yaml:1:1: not a valid policy pack (NUL byte at offset 7: this is a binary file, not YAML)"],
    ["a syntax error", "rules:\n  spf-missing: [warn\n", "pack.yaml:3:1: not a valid policy pack (YAML syntax error: unexpected end of the stream within a flow collection)"],
  ])("%s", (_name, text, message) => {
    const root = tempTree({ "pack.yaml": text });
    expect(policyError(() => loadPolicy("pack.yaml", allRules, root))).toBe(message);
  });
});

describe("the rules that report a domain file plan and apply do not use stay errors", () => {
  const always = ["file-unreadable", "file-too-large", "file-binary", "file-syntax", "file-duplicate-key", "file-schema", "lint-internal-error", "lint-duplicate-domain"];

  it("`defaults: off` leaves each of them at error, and only them among the file rules", () => {
    const root = tempTree({ "quiet.yaml": "defaults: off\n" });
    const settings = loadPolicy("quiet.yaml", allRules, root).settingsFor("example.com");
    expect(always.map((id) => settings.get(id)!.level)).toEqual(always.map(() => "error"));
    expect(["file-bom", "file-crlf", "file-control-character"].map((id) => settings.get(id)!.level)).toEqual(["off", "off", "off"]);
  });

  it.each([
    ["file-syntax: warn", "rules:\n  file-syntax: warn\n", "pack.yaml:2:16: file-syntax is always an error: a domain file that is not valid YAML is not loaded"],
    ["file-schema: { level: off }", "rules:\n  file-schema: { level: off }\n", "pack.yaml:2:25: file-schema is always an error: a domain file that does not match the schema is not loaded"],
    ["lint-internal-error: warn", "rules:\n  lint-internal-error: warn\n", "pack.yaml:2:24: lint-internal-error is always an error: a file or domain an internal error stopped was not checked"],
    [
      "lint-duplicate-domain off in an override",
      "overrides:\n  - domains: ['*.example.com']\n    rules:\n      lint-duplicate-domain: off\n",
      "pack.yaml:4:30: lint-duplicate-domain is always an error: plan and apply use the first file of a domain and would silently leave out what the second says; merge the two files instead",
    ],
  ])("a pack that sets %s is refused at that line", (_name, text, message) => {
    const root = tempTree({ "pack.yaml": text });
    expect(policyError(() => loadPolicy("pack.yaml", allRules, root))).toContain(message);
  });

  it("setting one of them to error is allowed (its options too)", () => {
    const root = tempTree({ "pack.yaml": "defaults: off\nrules:\n  file-syntax: error\n  spf-missing: warn\n" });
    const settings = loadPolicy("pack.yaml", allRules, root).settingsFor("example.com");
    expect([settings.get("file-syntax")!.level, settings.get("spf-missing")!.level, settings.get("mx-missing")!.level]).toEqual(["error", "warn", "off"]);
  });
});
