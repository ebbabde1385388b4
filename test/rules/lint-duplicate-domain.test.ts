import { describe, expect, it } from "vitest";
import { lintPaths } from "../../src/index.js";
import { tempTree } from "../helpers/tmp.js";

describe("lint-duplicate-domain", () => {
  const root = tempTree({
    "dup/a.yaml": "domain: example.com\n",
    "dup/b.yaml": "domain: EXAMPLE.com.\n",
    "ok/a.yaml": "domain: example.com\n",
    "ok/b.yaml": "domain: example.net\n",
  });

  it("reports the second file describing the same domain (case and trailing dot ignored)", async () => {
    const result = await lintPaths(["dup"], { cwd: root, today: "2026-11-23" });
    const dup = result.findings.filter((f) => f.ruleId === "lint-duplicate-domain");
    expect(dup.map((f) => [f.level, f.file, f.line, f.column, f.data.other])).toEqual([["error", "dup/b.yaml", 1, 1, "dup/a.yaml"]]);
    expect(result.domains.map((d) => d.domain)).toEqual(["example.com"]);
  });

  it("is quiet when every file has its own domain", async () => {
    const result = await lintPaths(["ok"], { cwd: root, today: "2026-11-23" });
    expect(result.findings.filter((f) => f.ruleId === "lint-duplicate-domain")).toEqual([]);
  });
});
