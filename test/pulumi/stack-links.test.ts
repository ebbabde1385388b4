// The Pulumi program reads the stack folder through lint. A domain file that cannot be read (a broken
// symbolic link, a FIFO) must stop the update, never drop the domain from the program (Pulumi would then
// delete its records); and a domain folder linked into the stack must be declared like any other.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defineMailDns } from "../../src/pulumi/program.js";
import { settled, useMocks, type Registered } from "./mocks.js";

let root: string;
let registered: Registered[];

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), "maildns-pulumi-links-"));
  mkdirSync(join(root, "stacks", "test"), { recursive: true });
  // Only file-unreadable (always an error) can stop these runs: every other rule is off.
  writeFileSync(join(root, "quiet.yaml"), "defaults: off\n");
  registered = await useMocks("test");
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const domainFile = (domain: string) => `domain: ${domain}\nmail: {provider: external}\nmx: [{host: mx.example.net., priority: 10}]\nspf: "v=spf1 -all"\ndmarc: {p: none, rua: "mailto:r@example.com", since: 2026-12-01}\n`;
const records = () => registered.filter((r) => r.type === "ovh:Domain/zoneRecord:ZoneRecord");

function writeAdoption(zones: string[]): void {
  const file = { version: 2, provider: "ovh", readAt: "2026-11-20T10:00:00.000Z", zones: Object.fromEntries(zones.map((z) => [z, { live: [] }])), stack: [] };
  writeFileSync(join(root, "stacks", "test", "maildns-adoption.json"), JSON.stringify(file));
}

async function refusal(): Promise<string> {
  const refused = await defineMailDns({ stack: "test", root, config: { today: "2026-12-05", policy: "quiet.yaml" }, env: {} }).then(
    () => null,
    (error: unknown) => error,
  );
  expect(refused).toBeInstanceOf(pulumi.RunError);
  return (refused as Error).message;
}

it("a domain file behind a link to nothing stops the program before any record is declared", async () => {
  writeFileSync(join(root, "stacks/test/example.com.yaml"), domainFile("example.com"));
  symlinkSync("../common/example.org.yaml", join(root, "stacks/test/example.org.yaml"));
  writeAdoption(["example.com"]);
  expect(await refusal()).toBe(
    [
      "maildns lint found 1 error; nothing is applied until they are fixed:",
      'stacks/test/example.org.yaml:1:1  error  is a symbolic link to "../common/example.org.yaml", which does not exist: it was not checked (the other files were); fix the link or remove it  [file-unreadable]',
      "2 files, 1 domain: 1 error, 0 warnings, 0 info",
      "1 domain file or folder could not be read: the domains in them are unknown, and applying without them would delete their records.",
    ].join("\n"),
  );
  expect(records()).toEqual([]);
});

it("a FIFO named like a domain file stops the program too, whatever the pack", async () => {
  writeFileSync(join(root, "stacks/test/example.com.yaml"), domainFile("example.com"));
  expect(spawnSync("mkfifo", [join(root, "stacks/test/example.org.yaml")]).status).toBe(0);
  writeAdoption(["example.com"]);
  const message = await refusal();
  expect(message).toContain("stacks/test/example.org.yaml:1:1  error  is a FIFO (named pipe), not a domain file");
  expect(message).toContain("could not be read: the domains in them are unknown");
  expect(records()).toEqual([]);
});

it("a folder of domain files linked into the stack is declared, its domain with the others", async () => {
  writeFileSync(join(root, "stacks/test/example.com.yaml"), domainFile("example.com"));
  mkdirSync(join(root, "common"));
  writeFileSync(join(root, "common/example.org.yaml"), domainFile("example.org"));
  symlinkSync("../../common", join(root, "stacks/test/shared"));
  // A link back to the stack folder adds nothing (walked once). (It once led to the root, where the pack
  // file is: read as a domain file, its file-schema errors were hidden by `defaults: off`, which no longer
  // switches those off.)
  symlinkSync("../stacks/test", join(root, "common/up"));
  writeAdoption(["example.com", "example.org"]);
  const result = await defineMailDns({ stack: "test", root, config: { today: "2026-12-05", policy: "quiet.yaml" }, env: {}, log: { warn: () => {}, info: () => {} } });
  await settled(result.resources);
  expect(result.plans.map((p) => p.zone).sort()).toEqual(["example.com", "example.org"]);
  expect(new Set(records().map((r) => r.inputs.zone))).toEqual(new Set(["example.com", "example.org"]));
});

describe("a domain file that does not load stops the program whatever the pack (defaults: off here)", () => {
  // A file that does not load into a model is a domain the program would leave out, and `pulumi up` deletes
  // the records of a domain the program no longer declares: as with file-unreadable, no pack may hide it.
  it.each([
    ["a YAML syntax error", "domain: example.org\nmx: [\n", "stacks/test/example.org.yaml:3:1  error  YAML syntax error: unexpected end of the stream within a flow collection  [file-syntax]"],
    ["an unknown key", `${domainFile("example.org")}mxx: []\n`, 'stacks/test/example.org.yaml:6:1  error  unknown key "mxx" in the file'],
    ["a key twice", `${domainFile("example.org")}spf: "v=spf1 ~all"\n`, 'stacks/test/example.org.yaml:6:1  error  key "spf" appears twice in the same mapping: keep one  [file-duplicate-key]'],
    ["a NUL byte", "domain: example.org\u0000\n", "stacks/test/example.org.yaml:1:1  error  NUL byte at offset 19: this is a binary file, not YAML  [file-binary]"],
  ])("%s", async (_name, text, line) => {
    writeFileSync(join(root, "stacks/test/example.com.yaml"), domainFile("example.com"));
    writeFileSync(join(root, "stacks/test/example.org.yaml"), text);
    writeAdoption(["example.com", "example.org"]);
    const message = await refusal();
    expect(message).toContain("maildns lint found 1 error; nothing is applied until they are fixed:");
    expect(message).toContain(line);
    expect(records()).toEqual([]);
  });

  it("a second file for a domain", async () => {
    writeFileSync(join(root, "stacks/test/example.com.yaml"), domainFile("example.com"));
    writeFileSync(join(root, "stacks/test/example.com-old.yaml"), domainFile("example.com").replace("v=spf1 -all", "v=spf1 ~all"));
    writeAdoption(["example.com"]);
    expect(await refusal()).toContain("is also described in stacks/test/example.com-old.yaml: keep one file per domain  [lint-duplicate-domain]");
    expect(records()).toEqual([]);
  });
});
