// The program's entry (what dist/pulumi.js runs): stack name and config from Pulumi, root from the cwd.
import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it } from "vitest";
import yaml from "js-yaml";
import { readFileSync } from "node:fs";
import { useMocks } from "./mocks.js";

const repo = new URL("../..", import.meta.url).pathname;

describe("src/pulumi/index.ts", () => {
  it("runs for the current stack with its config, and the example stack stops at its lint errors", async () => {
    const registered = await useMocks("example");
    const stackConfig = (yaml.load(readFileSync(`${repo}stacks/Pulumi.example.yaml`, "utf8")) as { config: Record<string, string> }).config;
    expect(stackConfig).toEqual({ "maildns:policy": "ovh", "ovh:endpoint": "ovh-eu" });
    pulumi.runtime.setAllConfig(stackConfig);
    const cwd = process.cwd();
    process.chdir(repo);
    try {
      await expect(import("../../src/pulumi/index.js")).rejects.toThrow(/^maildns lint found \d+ errors; nothing is applied until they are fixed:\nstacks\/example\/example\.net\.yaml:/);
    } finally {
      process.chdir(cwd);
      pulumi.runtime.setAllConfig({});
    }
    expect(registered).toEqual([]);
  });

  it("Pulumi.yaml runs the bundled program with stacks/ as the config folder", () => {
    const project = yaml.load(readFileSync(`${repo}Pulumi.yaml`, "utf8"));
    expect(project).toMatchObject({ name: "maildns", runtime: { name: "nodejs" }, main: "dist/pulumi.js", stackConfigDir: "stacks" });
  });
});
