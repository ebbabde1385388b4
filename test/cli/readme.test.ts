// The README is what a newcomer follows first: the outputs it quotes, the flags it lists for each command and
// the Action's inputs and outputs are checked here against what the CLI and action.yml really do, so that
// neither side drifts from the other unseen.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";

const readme = readFileSync(join(repoRoot, "README.md"), "utf8");

/** The section of the README under `heading` (a whole heading line), up to the next heading of any level. */
function section(heading: string): string {
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const body = readme.slice(start + heading.length + 2);
  const next = body.search(/^#{1,6} /m);
  return next < 0 ? body : body.slice(0, next);
}

/** The body of the first fenced block after `after` in `text`. */
function fencedAfter(text: string, after: string): string {
  const at = text.indexOf(after);
  expect(at, after).toBeGreaterThanOrEqual(0);
  const match = /```[a-z]*\n([\s\S]*?)```/.exec(text.slice(at));
  expect(match, `a fenced block after ${after}`).not.toBeNull();
  return match![1]!;
}

/** The rows of the first Markdown table in `text`, each a list of its cells (header and rule left out). */
function tableRows(text: string): string[][] {
  const all = text.split("\n");
  const first = all.findIndex((l) => l.startsWith("|"));
  const end = all.findIndex((l, i) => i > first && !l.startsWith("|"));
  return all.slice(first + 2, end < 0 ? undefined : end).map((line) =>
    line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim()),
  );
}

const TODAY = ["--today", "2026-11-23"];

describe("the README's quoted runs are what the CLI prints", () => {
  it("`npm start` (lint stacks/example): the lines quoted under \"Working on maildns itself\", and exit 1", () => {
    const quoted = fencedAfter(section("## Working on maildns itself"), "It exits 1")
      .split("\n")
      .filter((line) => line !== "" && line !== "...");
    expect(quoted.length).toBeGreaterThan(0);
    const run = runCli(["lint", "stacks/example", ...TODAY]);
    expect(run.status).toBe(1);
    const printed = run.stdout.split("\n");
    for (const line of quoted) {
      // A line the README shortens with "..." must start the printed line; a whole line must be one.
      if (line.includes(" ...  [")) {
        const [head, tail] = line.split(" ...  ");
        expect(printed.some((p) => p.startsWith(head!) && p.endsWith(`  ${tail}`)), line).toBe(true);
      } else {
        expect(printed, line).toContain(line);
      }
    }
  });

  it("the quick start: init, then lint prints the summary the README shows", () => {
    const block = fencedAfter(section("## Quick start: your own repository"), "```sh");
    const lintLine = block.split("\n").find((line) => line.startsWith("npx maildns lint stacks/prod"));
    expect(lintLine).toBeDefined();
    const promised = lintLine!.slice(lintLine!.indexOf("#") + 1).trim();
    const dir = tempTree({});
    expect(runCli(["init", "example.com", "--offer", "mx-plan", ...TODAY], { cwd: dir }).status).toBe(0);
    const lint = runCli(["lint", "stacks/prod", ...TODAY], { cwd: dir });
    expect(lint.status).toBe(0);
    expect(lint.stdout.trim()).toBe(promised);
  });

  it("\"JSON output\": the example's fields and summary are those of lint stacks/example --format json", () => {
    const sample = JSON.parse(fencedAfter(section("## JSON output"), "```json").replace('"…"', '"MESSAGE"')) as {
      version: number;
      findings: Record<string, unknown>[];
      summary: Record<string, number>;
    };
    const run = runCli(["lint", "stacks/example", "--format", "json", ...TODAY]);
    const printed = JSON.parse(run.stdout) as typeof sample;
    expect(Object.keys(printed)).toEqual(Object.keys(sample));
    expect(printed.version).toBe(sample.version);
    expect(printed.summary).toEqual(sample.summary);
    const shown = sample.findings[0]!;
    const found = printed.findings.find((f) => f.ruleId === shown.ruleId && f.file === shown.file);
    expect(found).toBeDefined();
    expect(Object.keys(found!)).toEqual(Object.keys(shown));
    expect({ ...found, message: "MESSAGE" }).toEqual(shown);
  });
});

describe("the README's command and flag tables are what the CLI accepts", () => {
  const commandsSection = section("## Commands");
  // Each command's help is read by two tests: it runs once per command, its exit code checked on that run.
  const helps = new Map<string, string>();
  const help = (command: string): string => {
    const known = helps.get(command);
    if (known !== undefined) return known;
    const run = runCli([command, "--help"]);
    expect(run.status, command).toBe(0);
    helps.set(command, run.stdout);
    return run.stdout;
  };

  it("the commands table lists every command `maildns help` lists, and no other", () => {
    const listed = tableRows(commandsSection).map(([cell]) => /^`maildns (\w+)/.exec(cell!)?.[1]);
    const run = runCli(["help"]);
    const known = [...run.stdout.matchAll(/^ {2}(\w+) {2,}\S/gm)].map((m) => m[1]);
    expect([...listed].sort()).toEqual([...known].sort());
  });

  it("each shared flag is accepted by every command the table says takes it (lint, plan, audit, doctor unless named)", () => {
    const flagTable = commandsSection.slice(commandsSection.indexOf("| flag | meaning |"));
    const rows = tableRows(flagTable);
    expect(rows.length).toBeGreaterThan(5);
    const byCommand = new Map(["lint", "plan", "audit", "doctor"].map((c) => [c, help(c)]));
    for (const [flags, meaning] of rows) {
      // "(`lint`, `plan`) ..." at the start of the meaning names the commands; otherwise all four.
      const named = /^\(((?:`\w+`(?:, )?)+)\)/.exec(meaning!)?.[1];
      const commands = named ? [...named.matchAll(/`(\w+)`/g)].map((m) => m[1]!) : [...byCommand.keys()];
      for (const flag of [...flags!.matchAll(/`(--[a-z-]+)/g)].map((m) => m[1]!)) {
        for (const command of commands) expect(byCommand.get(command), `${command} ${flag}`).toMatch(new RegExp(`^ +(?:-\\w, )?${flag}\\b`, "m"));
      }
    }
  });

  it("the formats the --format row names are those each command's help names", () => {
    const row = tableRows(commandsSection.slice(commandsSection.indexOf("| flag | meaning |"))).find(([flag]) => flag!.startsWith("`--format"));
    expect(row).toBeDefined();
    for (const [command, formats] of [
      ["lint", "text (default), json, sarif, github, markdown"],
      ["audit", "text (default), json, sarif, github, markdown"],
      ["plan", "text (default), json, markdown"],
    ] as const) {
      expect(help(command)).toContain(`formats: ${formats}`);
      for (const format of formats.replace(" (default)", "").split(", ")) expect(row![1], `${command} ${format}`).toContain(`\`${format}\``);
    }
    expect(row![1]).toMatch(/`plan`[^|]*`text`, `json`, `markdown`/);
    expect(row![1]).toMatch(/`doctor`[^|]*`text`, `json`/);
  });
});

describe("the README's GitHub Action section is action.yml", () => {
  const action = yaml.load(readFileSync(join(repoRoot, "action.yml"), "utf8")) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
  };
  const actionSection = readme.slice(readme.indexOf("\n## GitHub Action\n"), readme.indexOf("\n### Pull request check"));

  it("every input, with its default", () => {
    const rows = tableRows(actionSection.slice(actionSection.indexOf("| Input | Default | Meaning |")));
    const documented = new Map(rows.map(([name, def]) => [name!.replace(/`/g, ""), def!]));
    expect([...documented.keys()].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      const def = documented.get(name)!;
      const value = input.default ?? "";
      // An empty default is a blank cell or a parenthesis saying what empty means.
      if (value === "") expect(def, name).toMatch(/^$|^\(.*\)$/);
      else expect(def, name).toBe(`\`${value}\``);
    }
  });

  it("every output", () => {
    const rows = tableRows(actionSection.slice(actionSection.indexOf("| Output | Meaning |")));
    expect(rows.map(([name]) => name!.replace(/`/g, "")).sort()).toEqual(Object.keys(action.outputs).sort());
  });
});
