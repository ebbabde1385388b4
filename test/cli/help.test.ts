import { describe, expect, it } from "vitest";
import { commandEntries, loadAllCommands } from "../../src/cli/commands/index.js";
import { runCli } from "../helpers/cli.js";
import { runCliInProcess as inProcess } from "../helpers/cli-in-process.js";

describe("maildns help", () => {
  it("`maildns help COMMAND` prints what `maildns COMMAND --help` prints, for every command", async () => {
    const commands = await loadAllCommands();
    const listed = await inProcess(["help"]);
    expect(listed.status).toBe(0);
    expect(commands.map((c) => c.name).sort()).toEqual(["adopt", "audit", "doctor", "explain", "import", "init", "lint", "plan", "reports", "rollback", "rules"]);
    for (const { name } of commands) {
      expect(listed.stdout).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
      const help = await inProcess(["help", name]);
      expect(help.status, name).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: maildns ${name}\\b`));
      expect(help.stdout).toBe((await inProcess([name, "--help"])).stdout);
    }
    expect(listed.stdout).toContain("Run `maildns help <command>`");
  });

  it("every command's and reports subcommand's help says its exit codes", async () => {
    const commands = await loadAllCommands();
    const helps = [...commands.map(({ name }) => [name]), ...["ingest", "fetch", "summary", "evidence"].map((sub) => ["reports", sub])];
    for (const argv of helps) {
      const help = await inProcess([...argv, "--help"]);
      if (argv.join(" ") === "reports") continue;
      expect(help.stdout, argv.join(" ")).toMatch(/^Exit codes: 0 /m);
    }
  });

  it("each command's entry loads the command of its name", async () => {
    const commands = await loadAllCommands();
    expect(commands.map((c) => c.name)).toEqual(commandEntries.map((e) => e.name));
  });

  it("works the same from the bundled CLI", () => {
    const help = runCli(["help", "audit"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(runCli(["audit", "--help"]).stdout);
  });

  it("an unknown command or two of them is a usage error (exit 2) with the list of commands", async () => {
    const unknown = await inProcess(["help", "deploy"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^maildns help: unknown command 'deploy'\n\nmaildns \S+: mail DNS/);
    expect((await inProcess(["help", "lint", "plan"])).status).toBe(2);
    expect((await inProcess([])).status).toBe(2);
  });
});
