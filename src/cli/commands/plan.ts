import { PolicyError } from "../../config/policy.js";
import { formatPlan, PLAN_FORMATS } from "../../plan/format.js";
import { planPaths } from "../../plan/run.js";
import { evidenceLookup } from "../../reports/evidence-load.js";
import { atOrAbove, emit, failLevel, oneOf, parse, SHARED_HELP, SHARED_OPTIONS, todayOption } from "../args.js";
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIO, type Command } from "../command.js";
import { OBSERVE_HELP, OBSERVE_OPTIONS, openObservation, shardOption } from "../observe-flags.js";
import { progress } from "../progress.js";
import { EVIDENCE_HELP } from "./lint.js";

const OPTIONS = { ...SHARED_OPTIONS, ...OBSERVE_OPTIONS, "detailed-exitcode": { type: "boolean" }, evidence: { type: "string" } } as const;

/** Terraform's convention (`plan -detailed-exitcode`): 0 nothing to do, 1 error, 2 changes pending. */
const EXIT_CHANGES = 2;

async function runPlan(argv: readonly string[], io: CliIO, usage: string): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS, "plan");
  if (values.help) {
    io.stdout(`${usage}\n`);
    return EXIT_OK;
  }
  const format = oneOf(values.format, PLAN_FORMATS, "--format", "text");
  const failOn = failLevel(values["fail-on"]);
  const today = todayOption(values.today);
  const shard = shardOption(values.shard);
  const evidence = evidenceLookup({ explicit: values.evidence ?? null, cwd: io.cwd });
  const observation = await openObservation(values, io);
  const show = progress(io, values.quiet === true, "planning");
  try {
    const result = await planPaths(positionals.length ? positionals : ["stacks"], {
      cwd: io.cwd,
      sourceFor: observation.sourceFor,
      rulesSource: observation.rules,
      concurrency: observation.concurrency,
      shard,
      evidence,
      ...(values.policy ? { policy: values.policy } : {}),
      ...(today ? { today } : {}),
      onProgress: (phase, done, total) => show.update(done, total),
    });
    show.done();
    const findings = values.quiet ? result.findings.filter((f) => f.level === "error") : result.findings;
    const color = format === "text" && !values.output && io.colors?.stdout === true;
    emit(io, formatPlan(format, { ...result, findings }, { color }), values.output);
    const failed = result.failures.length > 0 || result.findings.some((f) => atOrAbove(f.level, failOn));
    if (failed) return EXIT_FINDINGS;
    if (values["detailed-exitcode"] && result.changes.length > 0) return EXIT_CHANGES;
    return EXIT_OK;
  } finally {
    show.done();
    observation.close();
  }
}

export const planCommand: Command = {
  name: "plan",
  summary: "show what would change in live DNS (lint + diff against live records)",
  usage: `Usage: maildns plan [PATH...] [options]

Lints domain files (PATH defaults to stacks/) with static, live and transition rules, then compares each
managed RRset (apex MX, apex SPF TXT, DKIM selectors, _dmarc TXT, managed SRV/CNAME, _mta-sts and
_smtp._tls TXT) with what DNS serves, TTL included, and lists the creates, updates and deletes. Records
maildns does not manage (other apex TXT, A, web records) are never listed. A lookup that fails (timeout,
SERVFAIL...) plans nothing for its RRset and makes the run fail.

Options:
  formats: text (default), json, markdown
${SHARED_HELP}
${OBSERVE_HELP}
${EVIDENCE_HELP}
  --detailed-exitcode  exit 0 when nothing changes, 2 when changes are pending, 1 on errors (as terraform)

Exit codes: 0 nothing at or above --fail-on and every lookup answered, 1 findings at or above it or a failed
lookup, 2 usage error (with --detailed-exitcode: see above).`,
  async run(argv, io) {
    const detailed = argv.includes("--detailed-exitcode");
    try {
      return await runPlan(argv, io, this.usage);
    } catch (error) {
      // With --detailed-exitcode, 2 means "changes pending": every error must be 1 instead.
      if (detailed && (error instanceof UsageError || error instanceof PolicyError)) {
        io.stderr(`maildns plan: ${error.message}\n`);
        return EXIT_FINDINGS;
      }
      throw error;
    }
  },
};
