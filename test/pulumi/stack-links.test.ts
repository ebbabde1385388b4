// The Pulumi program reads the stack folder through lint: a domain file behind a broken symbolic link must
// stop the update, never drop the domain from the program (Pulumi would then delete its records).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { afterEach, beforeEach, expect, it } from "vitest";
import { defineMailDns } from "../../src/pulumi/program.js";
import { useMocks, type Registered } from "./mocks.js";

let root: string;
let registered: Registered[];

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), "maildns-pulumi-links-"));
  mkdirSync(join(root, "stacks", "test"), { recursive: true });
  registered = await useMocks("test");
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

it("a domain file behind a link to nothing stops the program before any record is declared", async () => {
  writeFileSync(join(root, "stacks/test/example.com.yaml"), 'domain: example.com\nmail: {provider: external}\nmx: [{host: mx.example.net., priority: 10}]\nspf: "v=spf1 -all"\ndmarc: {p: none, rua: "mailto:r@example.com", since: 2026-12-01}\n');
  symlinkSync("../common/example.org.yaml", join(root, "stacks/test/example.org.yaml"));
  const refused = await defineMailDns({ stack: "test", root, config: { today: "2026-12-05" }, env: {} }).then(
    () => null,
    (error: unknown) => error,
  );
  expect(refused).toBeInstanceOf(pulumi.RunError);
  expect((refused as Error).message).toBe('maildns: stacks/test/example.org.yaml: is a symbolic link to "../common/example.org.yaml", which does not exist: fix the link or remove it (a domain file that cannot be read is never skipped)');
  expect(registered.filter((r) => r.type === "ovh:Domain/zoneRecord:ZoneRecord")).toEqual([]);
});
