// `maildns:allow` as a stack's config in the repository says it (stacks/Pulumi.<stack>.yaml, beside the
// stack's folder). `plan`, the pull request's check, does not honour it: the gates it lets pass are the
// apply's explicit override, and a check that read it would pass any change that also writes, or finds
// already there, an allow entry for itself (an entry left from an earlier update lets every later change
// through that gate). So the gate stays refused in the plan, and its line says that the `pulumi up` after
// the merge passes it, naming the file: a reviewer sees why the apply will not stop it, and a stale entry
// is seen. Only `plan --allow` makes the plan pass a gate.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import yaml from "js-yaml";
import { isInside } from "../config/inside.js";
import { stackConfigFile } from "../engine/stack-aliases.js";
import { allowNames, NEVER_ALLOWED, type Gate } from "./safety.js";

/** A stack config's allow list, and the file as shown (relative to the plan's folder, forward slashes). */
export interface StackAllow {
  config: string;
  allow: ReadonlySet<string>;
}

/** A stack config is a few lines: one far larger is not read. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * The names in a stack config's `maildns:allow`: a YAML list (`pulumi config set --path 'maildns:allow[0]'
 * …`) or one string of names separated by commas (`pulumi config set maildns:allow a,b`), as the program
 * reads them (src/pulumi/config.ts). Null when the file cannot be read or is not YAML: no note is made then,
 * and `pulumi up` says what is wrong with it.
 */
export function readStackAllow(file: string): string[] | null {
  let text: string;
  try {
    if (statSync(file).size > MAX_CONFIG_BYTES) return null;
    text = readFileSync(file, "utf8");
  } catch {
    return null;
  }
  let parsed: unknown;
  try {
    parsed = yaml.load(text);
  } catch {
    return null;
  }
  const config = parsed !== null && typeof parsed === "object" ? (parsed as { config?: unknown }).config : undefined;
  if (config === null || typeof config !== "object") return [];
  const raw = (config as Record<string, unknown>)["maildns:allow"];
  return raw === undefined || raw === null ? [] : allowNames(raw);
}

/**
 * Finds the stack config of a folder or a domain file, each read once: a stack's folder is the nearest
 * folder (the file's own, or one above it, inside the plan's folder) with `Pulumi.<folder>.yaml` beside it.
 */
export function stackAllowFinder(cwd: string): { ofFolder(folder: string): StackAllow | null; ofFile(file: string): StackAllow | null } {
  const top = resolve(cwd);
  const read = new Map<string, StackAllow | null>();
  const ofFolder = (folder: string): StackAllow | null => {
    const config = stackConfigFile(folder);
    if (!read.has(config)) {
      const allow = existsSync(config) ? readStackAllow(config) : null;
      read.set(config, allow === null ? null : { config: relative(top, config).split(sep).join("/"), allow: new Set(allow) });
    }
    return read.get(config)!;
  };
  const ofFile = (file: string): StackAllow | null => {
    // Bounded: a domain file sits a few folders down at most, and nothing above the plan's folder is read.
    let folder = dirname(resolve(top, file));
    for (let depth = 0; depth < 16 && folder !== top && isInside(top, folder); depth++) {
      if (existsSync(stackConfigFile(folder))) return ofFolder(folder);
      folder = dirname(folder);
    }
    return null;
  };
  return { ofFolder, ofFile };
}

/** Marks each refused gate the stack config allows (never duplicate-policy-record, which nothing allows). */
export function markAllowedOnMerge(gates: Gate[], stack: StackAllow | null): void {
  if (!stack || stack.allow.size === 0) return;
  for (const gate of gates) {
    if (gate.tripped && !gate.allowed && stack.allow.has(gate.id) && !NEVER_ALLOWED.has(gate.id)) gate.allowedOnMerge = stack.config;
  }
}
