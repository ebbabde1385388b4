import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/cli.js";

function domainFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? domainFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) && !e.name.startsWith("Pulumi.") ? [join(dir, e.name)] : [],
  );
}

describe("shipped domain files", () => {
  const files = domainFiles(join(repoRoot, "stacks"));
  it("exist", () => expect(files.length).toBeGreaterThanOrEqual(3));
  it.each(files.map((f) => [f.slice(repoRoot.length)]))("%s points editors at the schema", (relative) => {
    const file = join(repoRoot, relative);
    const first = readFileSync(file, "utf8").split("\n")[0]!;
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(match, first).not.toBeNull();
    const schema = resolve(dirname(file), match![1]!);
    expect(schema).toBe(join(repoRoot, "src/schema/domain.schema.json"));
    expect(existsSync(schema)).toBe(true);
  });
});
