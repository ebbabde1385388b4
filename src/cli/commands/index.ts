// The commands. `lint` is imported with the CLI; the others are imported when one of them runs, not when the
// CLI starts: their modules pull in what they need (plan and audit the resolver and the OVH client, doctor
// TLS and IMAP, reports its store), and Node compiles every module and built-in a start imports before the
// first line of work. They come from one module (others.ts), not one import each: every module file a
// start loads has a cost of its own, and eleven imports split the bundle into twice as many files. Paired
// runs: `--version` 0.82x and a warm `lint --cache` 0.95x the CPU of the build that loaded every command
// (README, "Benchmarks").
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
