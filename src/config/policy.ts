// Policy packs (in the manner of Spectral rulesets and Pulumi policy packs): YAML files that choose each rule's level and
// options, `extends` other packs and `overrides` by domain glob. A wrong pack is a usage error that names
// the pack file, line and column.
import { Ajv, type ValidateFunction } from "ajv";
import { readFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import type { Level, LevelSetting, Rule } from "../engine/types.js";
import { packageRoot } from "./package-root.js";
import { locate, parseSource, type Position, type SourceFile } from "./source.js";
import { closest } from "./suggest.js";

export const DEFAULT_POLICY = "ovh";
export const SHIPPED_POLICIES = ["ovh", "rfc", "strict", "parked"] as const;

export interface RuleSetting {
  level: LevelSetting;
  options: Record<string, unknown>;
}

interface PackLayer {
  defaults: "recommended" | "off" | null;
  ovhRules: boolean | null;
  rules: Map<string, { level?: LevelSetting; options?: Record<string, unknown> }>;
  overrides: { patterns: RegExp[]; rules: PackLayer["rules"] }[];
}

export interface Policy {
  name: string;
  file: string;
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

function globToRegExp(glob: string): RegExp {
  const escaped = glob.toLowerCase().replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${escaped}$`);
}

/** Resolves `--policy NAME|FILE`: a shipped pack name, or a path relative to cwd. */
export function policyPath(nameOrFile: string, cwd: string): string {
  if ((SHIPPED_POLICIES as readonly string[]).includes(nameOrFile)) return join(packageRoot(), "policies", `${nameOrFile}.yaml`);
  return isAbsolute(nameOrFile) ? nameOrFile : resolve(cwd, nameOrFile);
}

export function loadPolicy(nameOrFile: string, rules: readonly Rule[], cwd: string): Policy {
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const validators = new Map<string, ValidateFunction>();
  const ajv = new Ajv({ allErrors: true, strict: false, useDefaults: true });
  const validatorFor = (rule: Rule): ValidateFunction => {
    let v = validators.get(rule.meta.id);
    if (!v) validators.set(rule.meta.id, (v = ajv.compile(rule.meta.options)));
    return v;
  };

  const layers: PackLayer[] = [];
  const loadLayer = (file: string, chain: string[], displayName: string): void => {
    if (chain.includes(file)) throw new PolicyError(displayName, { line: 1, column: 1, endLine: 1, endColumn: 1 }, `extends loops back to itself (${chain.join(" → ")})`);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new PolicyError(displayName, { line: 1, column: 1, endLine: 1, endColumn: 1 }, `cannot read the policy pack: use one of ${SHIPPED_POLICIES.join(", ")} or a path to a pack file`);
    }
    const source = parseSource(displayName, bytes);
    const fatal = source.problems.find((p) => p.ruleId !== "file-crlf" && p.ruleId !== "file-bom");
    if (fatal || !source.value || typeof source.value !== "object") {
      throw new PolicyError(displayName, fatal?.position ?? { line: 1, column: 1, endLine: 1, endColumn: 1 }, `not a valid policy pack (${fatal ? String(fatal.data.detail ?? fatal.ruleId) : "expected a mapping with `rules:`"})`);
    }
    const pack = source.value as Record<string, unknown>;
    const fail = (path: (string | number)[], message: string, key = false): never => {
      throw new PolicyError(displayName, locate(source, path, undefined, key), message);
    };
    for (const key of Object.keys(pack)) {
      if (!["name", "description", "extends", "defaults", "ovhRules", "rules", "overrides"].includes(key)) {
        fail([key], `unknown key '${key}' in a policy pack (allowed: name, description, extends, defaults, ovhRules, rules, overrides)`, true);
      }
    }
    const parents = pack.extends === undefined ? [] : Array.isArray(pack.extends) ? pack.extends : [pack.extends];
    for (const parent of parents) {
      const parentFile = (SHIPPED_POLICIES as readonly string[]).includes(String(parent)) ? policyPath(String(parent), cwd) : resolve(file, "..", String(parent));
      loadLayer(parentFile, [...chain, file], String(parent));
    }
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
          fail([...base, id], `unknown rule '${id}'${hint ? `: did you mean '${hint}'?` : ""} (maildns rules lists them)`, true);
        }
        let level: LevelSetting | undefined;
        let options: Record<string, unknown> | undefined;
        if (typeof setting === "string") level = setting as LevelSetting;
        else if (setting && typeof setting === "object" && !Array.isArray(setting)) {
          const s = setting as Record<string, unknown>;
          for (const k of Object.keys(s)) if (k !== "level" && k !== "options") fail([...base, id, k], `unknown key '${k}': a rule setting has 'level' and 'options'`, true);
          level = s.level as LevelSetting | undefined;
          options = s.options as Record<string, unknown> | undefined;
        } else fail([...base, id], `'${id}' must be a level (off|info|warn|error) or {level, options}`);
        if (level !== undefined && !LEVELS.includes(level)) fail(typeof setting === "string" ? [...base, id] : [...base, id, "level"], `level must be one of off, info, warn, error (got '${String(level)}')`);
        if (options !== undefined) {
          const validate = validatorFor(rule!);
          const copy = structuredClone(options);
          if (!validate(copy)) {
            const error = validate.errors?.[0];
            const property = Object.keys(rule!.meta.options.properties);
            fail([...base, id, "options", ...(error?.instancePath ? error.instancePath.slice(1).split("/") : [])], `bad option for ${id}: ${error?.instancePath || "options"} ${error?.message ?? "is invalid"}${error?.keyword === "additionalProperties" ? ` '${String(error.params.additionalProperty)}'` : ""} (options: ${property.length ? property.join(", ") : "none"}; e.g. ${JSON.stringify(Object.fromEntries(Object.entries(rule!.meta.options.properties).map(([k, v]) => [k, v.default])))})`);
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
        overrides.push({ patterns: globs.map((g) => globToRegExp(String(g))), rules: readRules(entry.rules, ["overrides", i, "rules"]) });
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
  loadLayer(file, [], displayName);

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
    settingsFor(domain: string) {
      if (!hasOverrides) {
        const hit = cache.get("");
        if (hit) return hit;
      }
      const applicable = layers.flatMap((layer) => [layer.rules, ...layer.overrides.filter((o) => o.patterns.some((p) => p.test(domain))).map((o) => o.rules)]);
      const key = applicable.length === layers.length ? "" : domain;
      const hit = cache.get(key);
      if (hit) return hit;
      const defaults = layers.reduce<PackLayer["defaults"]>((acc, l) => l.defaults ?? acc, null) ?? "recommended";
      const ovhRules = layers.reduce<boolean | null>((acc, l) => l.ovhRules ?? acc, null) ?? true;
      const settings = new Map<string, RuleSetting>();
      for (const rule of rules) {
        let level: LevelSetting = defaults === "off" || (!ovhRules && rule.meta.ovhOnly) ? "off" : rule.meta.defaultLevel;
        let options: Record<string, unknown> = {};
        for (const layer of applicable) {
          const s = layer.get(rule.meta.id);
          if (!s) continue;
          if (s.level) level = s.level;
          if (s.options) options = { ...options, ...s.options };
        }
        settings.set(rule.meta.id, { level, options: validateOptions(rule, options) });
      }
      cache.set(key, settings);
      return settings;
    },
  };
}

export type { Level };
