import { lintPaths } from "../../engine/run.js";
import { evidenceLookup } from "../../reports/evidence-load.js";
import { FORMATS, formatFindings } from "../../formatters/index.js";
import { allRules } from "../../rules/index.js";
import { atOrAbove, emit, failLevel, oneOf, parse, SHARED_HELP, SHARED_OPTIONS, todayOption } from "../args.js";
import { EXIT_FINDINGS, EXIT_OK, type Command } from "../command.js";
import { progress } from "../progress.js";
import { toolVersion } from "../version.js";

const OPTIONS = { ...SHARED_OPTIONS, evidence: { type: "string" } } as const;

export const EVIDENCE_HELP = `  --evidence FILE      DMARC evidence (maildns reports evidence) for dmarc-ramp-evidence; default: the
                       dmarc-evidence.json beside each domain file, when there is one`;

export const lintCommand: Command = {
  name: "lint",
  summary: "check domain files against the rules (no DNS)",
  usage: `Usage: maildns lint [PATH...] [options]

Lints domain files (YAML) and folders of them; PATH defaults to stacks/.

Options:
  formats: text (default), json, sarif, github, markdown
${SHARED_HELP}
${EVIDENCE_HELP}

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage error or unreadable input.`,
  async run(argv, io) {
    const { values, positionals } = parse(argv, OPTIONS, "lint");
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT_OK;
    }
    const format = oneOf(values.format, FORMATS, "--format", "text");
    const failOn = failLevel(values["fail-on"]);
    const today = todayOption(values.today);
    const show = progress(io, values.quiet === true, "linting");
    const result = await lintPaths(positionals.length ? positionals : ["stacks"], {
      cwd: io.cwd,
      ...(values.policy ? { policy: values.policy } : {}),
      ...(today ? { today } : {}),
      models: false,
      evidence: evidenceLookup({ explicit: values.evidence ?? null, cwd: io.cwd }),
      onFile: show.update,
    });
    show.done();
    const findings = values.quiet ? result.findings.filter((f) => f.level === "error") : result.findings;
    const summary = { files: result.files, domains: result.domainCount, errors: result.errors, warnings: result.warnings, infos: result.infos };
    const text = formatFindings(format, { findings, summary, rules: allRules, toolVersion: toolVersion() }, { color: format === "text" && !values.output && io.colors?.stdout === true });
    emit(io, text, values.output);
    return result.findings.some((f) => atOrAbove(f.level, failOn)) ? EXIT_FINDINGS : EXIT_OK;
  },
};
