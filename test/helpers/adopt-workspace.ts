// A repository as `maildns adopt` meets it in the tests against the fake OVH API: stack prod holding the
// example stack's example.com.yaml, the stack's config, and an empty Pulumi state (state.json, read with
// --state instead of asking the Pulumi CLI); and adopt's arguments for it.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FakeOvhServer } from "./ovh-server.js";

const repo = new URL("../..", import.meta.url).pathname;

/** A Pulumi stack export holding no resource. */
export const EMPTY_STATE = JSON.stringify({ version: 3, deployment: { manifest: {}, resources: [] } });

/** Makes the repository in a new temporary folder (named from `prefix`) and returns its path. */
export function adoptWorkspace(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(root, "stacks", "prod"), { recursive: true });
  copyFileSync(join(repo, "stacks", "example", "example.com.yaml"), join(root, "stacks", "prod", "example.com.yaml"));
  writeFileSync(join(root, "stacks", "Pulumi.prod.yaml"), "config:\n  maildns:policy: ovh\n  ovh:endpoint: ovh-eu\n");
  writeFileSync(join(root, "state.json"), EMPTY_STATE);
  return root;
}

/** `maildns adopt`'s arguments for that repository, against `server`, then `more`. */
export function adoptArgs(server: FakeOvhServer, ...more: string[]): string[] {
  return ["--stack", "prod", "--endpoint", server.baseUrl, "--state", "state.json", "--today", "2026-11-20", ...more];
}
