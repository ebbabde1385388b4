// The layers point down (README, "Development"): parsers and DNS never import the engine, the engine
// never imports an adapter, and the adapters (CLI, Action, Pulumi program) never import each other. Read
// from the sources' own import lines, so a new upward import fails here instead of growing unnoticed.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = new URL("../src/", import.meta.url).pathname;

/** What each top-level part of src/ may import, besides itself. Anything else is an upward import. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  model: [],
  schema: ["model"],
  dns: ["model"],
  mail: ["model", "dns"],
  config: ["model", "schema", "mail"],
  engine: ["model", "schema", "dns", "mail", "config"],
  rules: ["model", "dns", "mail", "config", "engine", "providers"],
  formatters: ["model", "config", "engine"],
  reports: ["model", "dns", "mail", "config", "engine"],
  providers: ["model", "dns", "mail", "config"],
  plan: ["model", "schema", "dns", "mail", "config", "engine", "rules", "formatters", "providers", "reports"],
  doctor: ["model", "dns", "mail", "config", "engine", "rules", "formatters", "plan"],
  index: ["model", "schema", "dns", "mail", "config", "engine", "rules", "formatters", "reports", "providers", "plan", "doctor"],
  cli: ["model", "schema", "dns", "mail", "config", "engine", "rules", "formatters", "reports", "providers", "plan", "doctor", "index"],
  action: ["model", "schema", "dns", "mail", "config", "engine", "rules", "formatters", "reports", "providers", "plan", "doctor", "index"],
  pulumi: ["model", "schema", "dns", "mail", "config", "engine", "rules", "formatters", "reports", "providers", "plan", "doctor", "index"],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

const partOf = (path: string): string => relative(SRC, path).split("/")[0]!.replace(/\.(ts|js)$/, "");

/** Every relative import of a file (static, re-export, dynamic, type-only alike), as the part it lands in. */
function importsOf(file: string): { spec: string; part: string }[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/\bfrom\s+"(\.{1,2}\/[^"]+)"|\bimport\s*\(\s*"(\.{1,2}\/[^"]+)"\s*\)|^import\s+"(\.{1,2}\/[^"]+)"/gm)].map((m) => (m[1] ?? m[2] ?? m[3])!);
  return specs.map((spec) => ({ spec, part: partOf(normalize(join(dirname(file), spec))) }));
}

describe("layers", () => {
  const files = sourceFiles(SRC);

  it("knows every part of src/", () => {
    expect([...new Set(files.map(partOf))].filter((part) => !(part in MAY_IMPORT))).toEqual([]);
  });

  it("has no import that points up or across adapters", () => {
    const upward = files.flatMap((file) => {
      const from = partOf(file);
      return importsOf(file)
        .filter(({ part }) => part !== from && !MAY_IMPORT[from]!.includes(part))
        .map(({ spec }) => `${relative(SRC, file)} imports ${spec}`);
    });
    expect(upward).toEqual([]);
  });

  it("reads the imports it judges (a control: the CLI's entry point imports commands)", () => {
    expect(importsOf(join(SRC, "cli/main.ts")).length).toBeGreaterThan(0);
  });
});
