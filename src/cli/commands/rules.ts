import { resolvePolicy } from "../../engine/run.js";
import { allRules } from "../../rules/index.js";
import { oneOf, outputOption, parse, SHARED_OPTIONS } from "../args.js";
import { emit } from "../report-sink.js";
import { EXIT_OK, UsageError, type Command } from "../command.js";
import { reportJson } from "../../model/show.js";

export const rulesCommand: Command = {
  name: "rules",
  summary: "list the rules with their level in a policy pack",
  usage: `Usage: maildns rules [--policy NAME|FILE] [--format text|json] [--output FILE]

Lists every rule: id, area, level in the chosen pack (default ovh), and what it checks.
JSON: {"version":1,"rules":[{"id","area","description","level"}]}.

Exit codes: 0 listed, 2 usage error or a policy pack that cannot be read.`,
  async run(argv, io) {
    const { values, positionals } = parse(argv, SHARED_OPTIONS, "rules");
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT_OK;
    }
    if (positionals.length > 0) throw new UsageError(`rules takes no argument, only options (got '${positionals[0]}')`);
    const format = oneOf(values.format, ["text", "json"] as const, "--format", "text");
    const output = outputOption(io, values.output);
    const policy = resolvePolicy(values.policy, allRules, io.cwd);
    const settings = policy.settingsFor("");
    const rows = [...allRules]
      .sort((a, b) => a.meta.id.localeCompare(b.meta.id))
      .map((r) => ({ id: r.meta.id, area: r.meta.area, description: r.meta.description, level: settings.get(r.meta.id)?.level ?? "off" }));
    if (format === "json") {
      emit(io, `${reportJson({ version: 1, rules: rows })}\n`, output);
    } else {
      const width = Math.max(...rows.map((r) => r.id.length));
      emit(io, `${rows.map((r) => `${r.id.padEnd(width)}  ${r.level.padEnd(5)}  ${r.area.padEnd(7)}  ${r.description}`).join("\n")}\n`, output);
    }
    return EXIT_OK;
  },
};
