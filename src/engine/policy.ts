// Policy packs (in the manner of Spectral rulesets and Pulumi policy packs): YAML files that choose each rule's level and
// options, `extends` other packs and `overrides` by domain glob. A wrong pack is a usage error that names
// the pack file, line and column.
import { Ajv, type ValidateFunction } from "ajv";
import { createHash } from "node:crypto";
import { realpathSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Level, LevelSetting, Rule } from "./types.js";
import { packageRoot } from "../config/package-root.js";
import { showValue } from "../model/show.js";
import { globMatches, MAX_GLOB_LENGTH } from "../config/glob.js";
import { readRegularFile } from "../config/regular-file.js";
import { locate, MAX_FILE_BYTES, parseSource, type LoadProblem, type Position, type SourceFile } from "../config/source.js";
import { fillTemplate } from "./messages.js";
import { closest } from "../config/suggest.js";
import { ALWAYS_ERRORS } from "./always-errors.js";

export const DEFAULT_POLICY = "ovh";
export const SHIPPED_POLICIES = ["ovh", "rfc", "strict", "parked"] as const;

export interface RuleSetting {
  level: LevelSetting;
  options: Record<string, unknown>;
  /** The pack names the rule with a level (not just its defaults): `audit` then observes what it needs. */
  explicit?: boolean;
}

interface PackLayer {
  defaults: "recommended" | "off" | null;
  ovhRules: boolean | null;
  rules: Map<string, { level?: LevelSetting; options?: Record<string, unknown> }>;
  overrides: { globs: string[]; rules: PackLayer["rules"] }[];
}

export interface Policy {
  name: string;
  file: string;
  /** A hash of every pack file the policy was read from (extends included): what a lint cache is keyed on. */
  fingerprint?: string;
  /** The effective setting of every known rule for one domain. */
  settingsFor(domain: string): Map<string, RuleSetting>;
}

export class PolicyError extends Error {
  override name = "PolicyError";
  constructor(
    readonly file: string,
    readonly position: Position,
    message: string,
  ) {
    super(`${file}:${position.line}:${position.column}: ${message}`);
  }
}

const LEVELS: readonly LevelSetting[] = ["off", "info", "warn", "error"];

/** Packs followed through `extends`, one below the other, before the chain is refused. */
export const MAX_EXTENDS_DEPTH = 16;
/** Distinct packs one policy may load in all. */
export const MAX_PACKS = 256;

/** One `extends:` entry that led to a pack: the pack holding it and where. */
interface ExtendsStep {
  file: string;
  position: Position;
  name: string;
}

/** A pack's load problem as a domain file's finding says it: its rule's message, filled, never its id alone. */
function problemText(problem: LoadProblem, rules: readonly Rule[]): string {
  const template = rules.find((r) => r.meta.id === problem.ruleId)?.meta.messages[problem.messageId]?.text;
  if (template === undefined) return showValue(problem.data.detail ?? problem.ruleId);
  const shown: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(problem.data)) shown[key] = typeof value === "string" ? showValue(value) : value;
  return fillTemplate(template, shown);
}

/** " (pulled in by b.yaml:3:10 `extends: base.yaml`, itself pulled in by …)" for an error in an extended pack. */
function pulledInBy(via: readonly ExtendsStep[]): string {
  if (via.length === 0) return "";
  const steps = [...via].reverse().map((step) => `${step.file}:${step.position.line}:${step.position.column} \`extends: ${showValue(step.name, 80)}\``);
  return ` (pulled in by ${steps.join(", itself pulled in by ")})`;
}

function canonicalPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** A pack file as messages name it: relative to the working folder. */
function displayPath(file: string, cwd: string): string {
  return relative(cwd, file).split(sep).join("/") || file;
}

/** Resolves `--policy NAME|FILE`: a shipped pack name, or a path relative to cwd. */
export function policyPath(nameOrFile: string, cwd: string): string {
  if ((SHIPPED_POLICIES as readonly string[]).includes(nameOrFile)) return join(packageRoot(), "policies", `${nameOrFile}.yaml`);
  return isAbsolute(nameOrFile) ? nameOrFile : resolve(cwd, nameOrFile);
}

export function loadPolicy(nameOrFile: string, rules: readonly Rule[], cwd: string): Policy {
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const validators = new Map<string, ValidateFunction>();
  // Made when a pack first sets a rule's options (the default pack sets none): making one adds its
  // meta-schemas, a few milliseconds of every lint's start otherwise.
  let ajv: Ajv | null = null;
  const validatorFor = (rule: Rule): ValidateFunction => {
    let v = validators.get(rule.meta.id);
    if (!v) validators.set(rule.meta.id, (v = (ajv ??= new Ajv({ allErrors: true, strict: false, useDefaults: true })).compile(rule.meta.options)));
    return v;
  };

  const layers: PackLayer[] = [];
  const fingerprint = createHash("sha256");
  /** Packs already loaded (real paths): a pack reached twice through `extends` (a diamond) is loaded once. */
  const loaded = new Set<string>();
  const START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const loadLayer = (file: string, chain: readonly string[], displayName: string, via: readonly ExtendsStep[]): void => {
    const here = canonicalPath(file);
    /** An error in this pack, naming the `extends:` lines that pulled it in. */
    const error = (position: Position, message: string) => new PolicyError(displayName, position, `${message}${pulledInBy(via)}`);
    const cycle = chain.indexOf(here);
    if (cycle >= 0) {
      const names = [...via.slice(cycle).map((step) => step.file), displayName];
      throw new PolicyError(via[via.length - 1]!.file, via[via.length - 1]!.position, `extends loops back to ${displayName} (${names.join(" → ")}): a pack cannot extend itself, directly or through others${pulledInBy(via.slice(0, -1))}`);
    }
    if (loaded.has(here)) return;
    if (chain.length > MAX_EXTENDS_DEPTH) {
      const last = via[via.length - 1]!;
      throw new PolicyError(last.file, last.position, `extends goes more than ${MAX_EXTENDS_DEPTH} packs deep: flatten the chain${pulledInBy(via.slice(0, -1))}`);
    }
    if (loaded.size >= MAX_PACKS) throw error(START, `more than ${MAX_PACKS} packs through extends: a policy needs a handful`);
    loaded.add(here);
    const read = readRegularFile(file, MAX_FILE_BYTES);
    if ("problem" in read) {
      if (via.length > 0) {
        const last = via[via.length - 1]!;
        throw new PolicyError(last.file, last.position, `cannot read the pack ${displayName} that extends names: ${read.problem}; use one of ${SHIPPED_POLICIES.join(", ")} or a path to a pack file (relative to the pack that extends it)${pulledInBy(via.slice(0, -1))}`);
      }
      throw error(START, `cannot read the policy pack: ${read.problem}; use one of ${SHIPPED_POLICIES.join(", ")} or a path to a pack file`);
    }
    fingerprint.update(`${displayName}\u0000${read.bytes.length}\u0000`).update(read.bytes);
    const source = parseSource(displayName, read.bytes);
    const fatal = source.problems.find((p) => p.ruleId !== "file-crlf" && p.ruleId !== "file-bom");
    if (fatal || !source.value || typeof source.value !== "object" || Array.isArray(source.value)) {
      throw error(fatal?.position ?? START, `not a valid policy pack (${fatal ? problemText(fatal, rules) : "expected a mapping with `rules:`"})`);
    }
    const pack = source.value as Record<string, unknown>;
    const fail = (path: (string | number)[], message: string, key = false): never => {
      throw error(locate(source, path, undefined, key), message);
    };
    for (const key of Object.keys(pack)) {
      if (!["name", "description", "extends", "defaults", "ovhRules", "rules", "overrides"].includes(key)) {
        fail([key], `unknown key '${showValue(key, 80)}' in a policy pack (allowed: name, description, extends, defaults, ovhRules, rules, overrides)`, true);
      }
    }
    const parents = pack.extends === undefined ? [] : Array.isArray(pack.extends) ? pack.extends : [pack.extends];
    parents.forEach((parent, i) => {
      const path = Array.isArray(pack.extends) ? ["extends", i] : ["extends"];
      if (typeof parent !== "string" || parent.trim() === "") {
        fail(path, `extends names a pack (${SHIPPED_POLICIES.join(", ")}) or a pack file, got ${showValue(parent, 80)}`);
      }
      const name = parent as string;
      const shipped = (SHIPPED_POLICIES as readonly string[]).includes(name);
      const parentFile = shipped ? policyPath(name, cwd) : resolve(file, "..", name);
      const parentDisplay = shipped ? `policies/${name}.yaml` : displayPath(parentFile, cwd);
      loadLayer(parentFile, [...chain, here], parentDisplay, [...via, { file: displayName, position: locate(source, path), name }]);
    });
    if (pack.defaults !== undefined && pack.defaults !== "recommended" && pack.defaults !== "off") fail(["defaults"], "defaults must be 'recommended' (every rule at its default level) or 'off' (only the rules listed)");
    if (pack.ovhRules !== undefined && typeof pack.ovhRules !== "boolean") fail(["ovhRules"], "ovhRules must be true or false");
    const readRules = (value: unknown, base: (string | number)[]): PackLayer["rules"] => {
      const result: PackLayer["rules"] = new Map();
      if (value === undefined || value === null) return result;
      if (typeof value !== "object" || Array.isArray(value)) fail(base, "rules must be a mapping of rule id to a level (off|info|warn|error) or {level, options}");
      for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
        const rule = byId.get(id);
        if (!rule) {
          const hint = closest(id, [...byId.keys()]);
          fail([...base, id], `unknown rule '${showValue(id, 80)}'${hint ? `: did you mean '${hint}'?` : ""} (maildns rules lists them)`, true);
        }
        let level: LevelSetting | undefined;
        let options: Record<string, unknown> | undefined;
        if (typeof setting === "string") level = setting as LevelSetting;
        else if (setting && typeof setting === "object" && !Array.isArray(setting)) {
          const s = setting as Record<string, unknown>;
          for (const k of Object.keys(s)) if (k !== "level" && k !== "options") fail([...base, id, k], `unknown key '${showValue(k, 80)}': a rule setting has 'level' and 'options'`, true);
          level = s.level as LevelSetting | undefined;
          options = s.options as Record<string, unknown> | undefined;
        } else fail([...base, id], `'${id}' must be a level (off|info|warn|error) or {level, options}`);
        if (level !== undefined && !LEVELS.includes(level)) fail(typeof setting === "string" ? [...base, id] : [...base, id, "level"], `level must be one of off, info, warn, error (got ${showValue(level, 80)})`);
        // A domain file plan and apply do not use is a domain nobody checked (always-errors.ts): never lowered.
        const always = ALWAYS_ERRORS.get(id);
        if (always !== undefined && level !== undefined && level !== "error") {
          fail(typeof setting === "string" ? [...base, id] : [...base, id, "level"], `${id} is always an error: ${always}`);
        }
        if (options !== undefined) {
          const validate = validatorFor(rule!);
          const copy = structuredClone(options);
          if (!validate(copy)) {
            const problem = validate.errors?.[0];
            const property = Object.keys(rule!.meta.options.properties);
            fail([...base, id, "options", ...(problem?.instancePath ? problem.instancePath.slice(1).split("/") : [])], `bad option for ${id}: ${problem?.instancePath || "options"} ${problem?.message ?? "is invalid"}${problem?.keyword === "additionalProperties" ? ` '${showValue(problem.params.additionalProperty, 80)}'` : ""} (options: ${property.length ? property.join(", ") : "none"}; e.g. ${JSON.stringify(Object.fromEntries(Object.entries(rule!.meta.options.properties).map(([k, v]) => [k, v.default])))})`);
          }
        }
        result.set(id, { ...(level !== undefined ? { level } : {}), ...(options !== undefined ? { options } : {}) });
      }
      return result;
    };
    const rulesLayer = readRules(pack.rules, ["rules"]);
    const overrides: PackLayer["overrides"] = [];
    if (pack.overrides !== undefined) {
      if (!Array.isArray(pack.overrides)) fail(["overrides"], "overrides must be a list of {domains: [glob...], rules: {...}}");
      (pack.overrides as unknown[]).forEach((o, i) => {
        const entry = (o ?? {}) as Record<string, unknown>;
        const globs = entry.domains === undefined ? [] : Array.isArray(entry.domains) ? entry.domains : [entry.domains];
        if (globs.length === 0) fail(["overrides", i], "an override needs `domains:` (one or more globs such as '*.example.com')");
        globs.forEach((glob, g) => {
          const at = Array.isArray(entry.domains) ? ["overrides", i, "domains", g] : ["overrides", i, "domains"];
          if (typeof glob !== "string" || glob === "") fail(at, `a domain glob is text such as '*.example.com', got ${showValue(glob, 80)}`);
          if ((glob as string).length > MAX_GLOB_LENGTH) fail(at, `a domain glob is at most ${MAX_GLOB_LENGTH} characters (this one has ${(glob as string).length})`);
        });
        overrides.push({ globs: globs as string[], rules: readRules(entry.rules, ["overrides", i, "rules"]) });
      });
    }
    layers.push({
      defaults: (pack.defaults as PackLayer["defaults"]) ?? null,
      ovhRules: typeof pack.ovhRules === "boolean" ? pack.ovhRules : null,
      rules: rulesLayer,
      overrides,
    });
  };

  const file = policyPath(nameOrFile, cwd);
  const displayName = (SHIPPED_POLICIES as readonly string[]).includes(nameOrFile) ? `policies/${nameOrFile}.yaml` : nameOrFile;
  loadLayer(file, [], displayName, []);

  // Options are validated where a pack sets them (above); here the schema's defaults are filled in. Most
  // rules have no options, so this avoids compiling a validator per rule on every run.
  const validateOptions = (rule: Rule, options: Record<string, unknown>): Record<string, unknown> => {
    const merged: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(rule.meta.options.properties)) merged[name] = structuredClone(property.default);
    return { ...merged, ...structuredClone(options) };
  };
  const cache = new Map<string, Map<string, RuleSetting>>();
  const hasOverrides = layers.some((layer) => layer.overrides.length > 0);
  return {
    name: nameOrFile,
    file: displayName,
    fingerprint: fingerprint.digest("base64"),
    settingsFor(domain: string) {
      if (!hasOverrides) {
        const hit = cache.get("");
        if (hit) return hit;
      }
      const applicable = layers.flatMap((layer) => [layer.rules, ...layer.overrides.filter((o) => o.globs.some((glob) => globMatches(glob, domain))).map((o) => o.rules)]);
      const key = applicable.length === layers.length ? "" : domain;
      const hit = cache.get(key);
      if (hit) return hit;
      const defaults = layers.reduce<PackLayer["defaults"]>((acc, l) => l.defaults ?? acc, null) ?? "recommended";
      const ovhRules = layers.reduce<boolean | null>((acc, l) => l.ovhRules ?? acc, null) ?? true;
      const settings = new Map<string, RuleSetting>();
      for (const rule of rules) {
        // `defaults: off` and ovhRules leave the rules that stop a run on a file not used at error (always-errors.ts).
        let level: LevelSetting = ALWAYS_ERRORS.has(rule.meta.id) ? "error" : defaults === "off" || (!ovhRules && rule.meta.ovhOnly) ? "off" : rule.meta.defaultLevel;
        let options: Record<string, unknown> = {};
        let named = false;
        for (const layer of applicable) {
          const s = layer.get(rule.meta.id);
          if (!s) continue;
          if (s.level) {
            level = s.level;
            named = true;
          }
          if (s.options) options = { ...options, ...s.options };
        }
        const setting: RuleSetting = { level, options: validateOptions(rule, options) };
        if (named && level !== "off") setting.explicit = true;
        settings.set(rule.meta.id, setting);
      }
      cache.set(key, settings);
      return settings;
    },
  };
}

export type { Level };
