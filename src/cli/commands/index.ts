// The commands, each imported when it runs rather than when the CLI starts: a command's module pulls in
// what it needs (plan and audit the resolver and the OVH client, doctor TLS and IMAP, reports its store), and
// Node compiles every module and built-in a start imports before the first line of work. `maildns lint`
// loads the linter only (`--version` none): about 7% of a warm `lint --cache` run's CPU went to loading
// the other commands' code (README, "Benchmarks").
import type { Command } from "../command.js";
import { lintCommand } from "./lint.js";

const others = () => import("./others.js");

export interface CommandEntry {
  readonly name: string;
  load(): Promise<Command>;
}

/** In the order `maildns --help` lists them. */
export const commandEntries: readonly CommandEntry[] = [
  { name: "lint", load: async () => lintCommand },
  { name: "plan", load: async () => (await others()).planCommand },
  { name: "audit", load: async () => (await others()).auditCommand },
  { name: "import", load: async () => (await others()).importCommand },
  { name: "rules", load: async () => (await others()).rulesCommand },
  { name: "doctor", load: async () => (await others()).doctorCommand },
  { name: "explain", load: async () => (await others()).explainCommand },
  { name: "adopt", load: async () => (await others()).adoptCommand },
  { name: "rollback", load: async () => (await others()).rollbackCommand },
  { name: "init", load: async () => (await others()).initCommand },
  { name: "reports", load: async () => (await others()).reportsCommand },
];

const loaded = new Map<string, Command>();

/** The command named `name` (its module imported on first ask), or undefined when there is none. */
export async function loadCommand(name: string | undefined): Promise<Command | undefined> {
  const entry = commandEntries.find((c) => c.name === name);
  if (!entry) return undefined;
  let command = loaded.get(entry.name);
  if (!command) loaded.set(entry.name, (command = await entry.load()));
  return command;
}

/** The command named `name` if it is loaded already (for what is said when a run ends unfinished). */
export function loadedCommand(name: string | undefined): Command | undefined {
  return name === undefined ? undefined : loaded.get(name);
}

/** Every command, loaded (for the list `maildns --help` prints). */
export async function loadAllCommands(): Promise<Command[]> {
  const all: Command[] = [];
  for (const entry of commandEntries) all.push((await loadCommand(entry.name))!);
  return all;
}
