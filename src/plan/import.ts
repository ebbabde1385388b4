// `import`: a domain file written from observed records (issue 3 §7). The value comes from
// observedDomainValue (the same one `audit` lints); this module only writes it as YAML.
import { existsSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

/** A string as a YAML scalar: plain when it cannot be read as anything else, else JSON-quoted (valid YAML). */
export function yamlString(s: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(s) && !RESERVED.test(s) ? s : JSON.stringify(s);
}

function scalar(v: Value): string {
  if (typeof v === "string") return yamlString(v);
  if (v === null) return "null";
  return String(v);
}

const isScalar = (v: Value) => v === null || typeof v !== "object";

/** A mapping of scalars on one line, when it stays short: MX, SRV and CNAME entries read best that way. */
function flow(obj: { [key: string]: Value }): string | null {
  const values = Object.values(obj);
  if (!values.every(isScalar)) return null;
  const text = `{ ${Object.entries(obj).map(([k, v]) => `${k}: ${scalar(v)}`).join(", ")} }`;
  return text.length <= 100 ? text : null;
}

function block(value: Value, indent: string): string[] {
  const lines: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isScalar(item)) lines.push(`${indent}- ${scalar(item)}`);
      else if (!Array.isArray(item) && flow(item as { [key: string]: Value })) lines.push(`${indent}- ${flow(item as { [key: string]: Value })}`);
      else {
        const inner = block(item, `${indent}  `);
        lines.push(`${indent}- ${inner[0]!.trimStart()}`, ...inner.slice(1));
      }
    }
    return lines;
  }
  for (const [key, v] of Object.entries(value as { [key: string]: Value })) {
    if (isScalar(v)) lines.push(`${indent}${key}: ${scalar(v)}`);
    else if (Array.isArray(v) && v.length === 0) lines.push(`${indent}${key}: []`);
    else lines.push(`${indent}${key}:`, ...block(v, `${indent}  `));
  }
  return lines;
}

/**
 * The `$schema` modeline path from a folder to the package's schema, when the folder is inside the
 * package (a repository checkout); null otherwise, since a relative path out of it would point nowhere.
 */
export function schemaModeline(outDir: string, packageRoot: string): string | null {
  const schema = join(packageRoot, "src", "schema", "domain.schema.json");
  const dir = resolve(outDir);
  const root = resolve(packageRoot);
  if (!existsSync(schema) || (dir !== root && !dir.startsWith(root + sep))) return null;
  return relative(dir, schema).split(sep).join("/");
}

/** The domain file text for an imported value. */
export function domainYaml(value: Record<string, unknown>, options: { schemaPath?: string | null; source: string }): string {
  const header = [
    ...(options.schemaPath ? [`# yaml-language-server: $schema=${options.schemaPath}`] : []),
    `# Written by \`maildns import\` from ${options.source.replace(/[\r\n]/g, " ")}. Review it, then run \`maildns plan\`: it should show no change.`,
  ];
  return `${[...header, ...block(value as Value, "")].join("\n")}\n`;
}
