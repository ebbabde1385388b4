// Schema check of a domain file (ajv, compiled at build time from src/schema/domain.schema.json by
// .ci/gen-schema-validator.mjs). ajv's raw errors are turned into sentences that say what is wrong, where,
// and what to write instead (validation errors are product copy: what is wrong, where, and a valid example).
import type { ErrorObject } from "ajv";
import type { Path } from "../model/types.js";
import { validate as validateDomain, validateFirstError } from "../schema/domain-validator.generated.js";
import { closest } from "./suggest.js";

export interface SchemaProblem {
  path: Path;
  /** Point at the key rather than the value (unknown keys). */
  atKey: boolean;
  messageId: "unknownKey" | "type" | "enum" | "required" | "invalid";
  data: Record<string, string>;
}

export function checkDomainSchema(value: unknown): SchemaProblem[] {
  // Most files are valid: the quick check says so; only a file with errors pays for collecting them all.
  if (validateFirstError(value) || validateDomain(value)) return [];
  return describe(validateDomain.errors ?? []);
}

function toPath(pointer: string): Path {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function describe(errors: readonly ErrorObject[]): SchemaProblem[] {
  const relevant = errors.filter((e) => e.keyword !== "oneOf" && e.keyword !== "if");
  // A branch of a oneOf whose type does not match is noise when another error explains the value better.
  const isNoise = (e: ErrorObject) =>
    e.keyword === "type" &&
    relevant.some((o) => o !== e && o.keyword !== "type" && (o.instancePath === e.instancePath || o.instancePath.startsWith(`${e.instancePath}/`)));
  const problems: SchemaProblem[] = [];
  const typesAt = new Map<string, Set<string>>();
  const seen = new Set<string>();
  for (const error of relevant) {
    if (isNoise(error)) continue;
    const path = toPath(error.instancePath);
    const where = path.length ? path.join(".") : "the file";
    switch (error.keyword) {
      case "additionalProperties": {
        const key = String(error.params.additionalProperty);
        const allowed = Object.keys((error.parentSchema?.properties ?? {}) as object);
        const suggestion = closest(key, allowed);
        const id = `unknown:${error.instancePath}/${key}`;
        if (seen.has(id)) break;
        seen.add(id);
        problems.push({
          path: [...path, key],
          atKey: true,
          messageId: "unknownKey",
          data: {
            key,
            where,
            // `<<: *defaults` is a YAML 1.1 merge key; domain files are read as YAML 1.2, which has none.
            hint:
              key === "<<"
                ? "YAML merge keys (<<) are not read (domain files are YAML 1.2, which has none): write the keys out"
                : suggestion
                  ? `did you mean '${suggestion}'?`
                  : `allowed keys: ${allowed.join(", ")}`,
          },
        });
        break;
      }
      case "type": {
        const set = typesAt.get(error.instancePath) ?? new Set<string>();
        set.add(String(error.params.type).replace("object", "a mapping").replace("array", "a list"));
        typesAt.set(error.instancePath, set);
        break;
      }
      case "enum": {
        const id = `enum:${error.instancePath}`;
        if (seen.has(id)) break;
        seen.add(id);
        const allowed = (error.params.allowedValues as unknown[]).map(String);
        problems.push({ path, atKey: false, messageId: "enum", data: { where, allowed: allowed.join(", ") } });
        break;
      }
      case "required":
        problems.push({ path, atKey: false, messageId: "required", data: { where, key: String(error.params.missingProperty) } });
        break;
      default:
        problems.push({ path, atKey: false, messageId: "invalid", data: { where, detail: error.message ?? error.keyword } });
    }
  }
  for (const [pointer, types] of typesAt) {
    const path = toPath(pointer);
    problems.push({ path, atKey: false, messageId: "type", data: { where: path.length ? path.join(".") : "the file", expected: [...types].join(" or ") } });
  }
  return problems;
}
