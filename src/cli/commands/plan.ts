import { formatPlan, planJsonChunks, PLAN_FORMATS, removedNoteFails } from "../../plan/format.js";
import { planPaths } from "../../plan/run.js";
import { evidenceLookup } from "../../reports/evidence-load.js";
import { atOrAbove, failLevel, oneOf, outputOption, parse, SHARED_HELP, SHARED_OPTIONS, todayOption } from "../args.js";
import { domainPaths, packRead, zonePaths } from "../../plan/read-paths.js";
import { emit } from "../report-sink.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliIO, type Command } from "../command.js";
import { unknownGateNames, GATE_IDS } from "../../plan/safety.js";
import { resolveHostDkim } from "../../providers/host-dkim.js";
import { DEFAULT_PROVIDER, findProvider, providerIds } from "../../providers/index.js";
import { familiesOption, OBSERVE_HELP, OBSERVE_OPTIONS } from "../observe-flags.js";
import { openObservation, shardOption, zoneSelectors } from "../../plan/observation.js";
import { collectEvery } from "../full-collection.js";
import { progress } from "../progress.js";
import { EVIDENCE_HELP } from "./lint.js";
import { openGitBase } from "../../plan/git-base.js";

/** Domains planned between two full garbage collections. */
const PLAN_COLLECT_EVERY_DOMAINS = 2_500;

const OPTIONS = {
  ...SHARED_OPTIONS,
  ...OBSERVE_OPTIONS,
  "detailed-exitcode": { type: "boolean" },
  allow: { type: "string", multiple: true },
  provider: { type: "string" },
  evidence: { type: "string" },
  observe: { type: "string", multiple: true },
  base: { type: "string" },
} as const;

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
  const output = outputOption(io, values.output, "plan", [...domainPaths(positionals.length ? positionals : ["stacks"]), ...zonePaths(values.zone), packRead(values.policy), { path: values.evidence }]);
  const shard = shardOption(values.shard);
  const allow = (values.allow ?? []).flatMap((a) => a.split(",")).map((a) => a.trim()).filter((a) => a !== "");
  const unknown = unknownGateNames(allow);
  if (unknown.length > 0) throw new UsageError(`--allow ${unknown[0]} is not a safety gate; known gates: ${GATE_IDS.join(", ")}`);
  const provider = findProvider(values.provider ?? DEFAULT_PROVIDER);
  if (!provider) throw new UsageError(`--provider ${values.provider} is not a DNS host maildns knows; known: ${providerIds().join(", ")}`);
  const evidence = evidenceLookup({ explicit: values.evidence ?? null, cwd: io.cwd });
  const observe = familiesOption(values);
  if (values.base !== undefined && (values.base.trim() === "" || values.base.startsWith("-"))) throw new UsageError(`--base needs a git revision (a commit, a branch such as origin/main), got '${values.base}'`);
  // Read before any DNS work: a base git cannot resolve is said in the plan, and fails it.
  const base = values.base === undefined ? null : openGitBase(values.base, io.cwd);
  // Plan keeps answers itself, per domain and shared (plan/scoped-source.ts), to stay small at scale.
  const observation = await openObservation(values, io, { cache: false, interrupt: io.interrupt });
  const show = progress(io, values.quiet === true, "planning");
  // What a domain allocates outlives young collections while it waits on DNS, and V8 let the old generation
  // grow to several times the live heap (40-50 MB at 10,000 domains): a full collection every 1,000 domains
  // keeps the peak down (cli/full-collection.ts; figures in the README's benchmark section).
  const collect = collectEvery(PLAN_COLLECT_EVERY_DOMAINS);
  try {
    const result = await planPaths(positionals.length ? positionals : ["stacks"], {
      cwd: io.cwd,
      sourceFor: observation.sourceFor,
      rulesSource: observation.rules,
      concurrency: observation.concurrency,
      shard,
      provider,
      allow,
      extraSelectors: (domain) => zoneSelectors(observation.zones, domain),
      outsideZones: observation.outsideZones,
      observe,
      // `dkim: ovh`: the host names the selectors when its credentials are in the environment.
      resolveModels: (models) => {
        const needed = models.some((m) => m.dkim?.fromHost);
        let api = null;
        try {
          // Opened for plan, which only reads (OVH's DKIM): a call OVH refuses (403) names GET, not an apply's rights.
          api = needed && provider.hasCredentials({ env: io.env }) ? provider.openApi({ env: io.env }, { purpose: "plan" }) : null;
        } catch (error) {
          throw new UsageError((error as Error).message);
        }
        return resolveHostDkim(models, api, `set ${provider.credentialHelp}`, provider.label);
      },
      evidence,
      base,
      ...(values.policy ? { policy: values.policy } : {}),
      ...(today ? { today } : {}),
      onProgress: (phase, done, total) => {
        show.update(done, total);
        collect(done);
      },
    });
    show.done();
    const findings = values.quiet ? result.findings.filter((f) => f.level === "error") : result.findings;
    const color = format === "text" && !output && io.colors?.stdout === true;
    // --quiet prints errors only: the "Not checked" families line is left out of text and Markdown, as audit's.
    // A stack folder without an adoption file is such a line too; a note that fails the plan stays.
    const quietNotes = { notObserved: [], outsideZones: [], otherStacksUnread: null, removedZonesNotes: result.removedZonesNotes.filter(removedNoteFails) };
    const report = { ...result, findings, ...(values.quiet && format !== "json" ? quietNotes : {}) };
    // A large plan's JSON is written as it is made, never held whole (plan/format.ts planJsonChunks), to a
    // file as to standard output: made whole for --output, 10,000 domains' plan peaked 75 MiB higher.
    emit(io, format === "json" ? planJsonChunks(report) : formatPlan(format, report, { color }), output, { notWritten: "plan applies nothing, so no change was made" });
    // A gate the apply would refuse fails the plan, so the pull request shows it before anyone applies. A
    // check that could not be made (a lookup it needed failed) fails it too, whatever its finding's level.
    const refusedGate = result.gates.some((g) => g.tripped && !g.allowed);
    // An adoption file pulumi up would refuse (damaged, another host's) fails it as well.
    const badAdoption = result.removedZonesNotes.some(removedNoteFails);
    const failed = result.failures.length > 0 || result.unchecked.length > 0 || refusedGate || badAdoption || result.findings.some((f) => atOrAbove(f.level, failOn));
    if (failed) return EXIT_FINDINGS;
    // A zone no domain file declares any more is a deletion pending, even when live DNS no longer serves its records.
    if (values["detailed-exitcode"] && (result.changes.length > 0 || result.removedZones.length > 0)) return EXIT_CHANGES;
    return EXIT_OK;
  } finally {
    show.done();
    observation.close();
  }
}

export const planCommand: Command = {
  name: "plan",
  interruptible: true,
  summary: "show what would change in live DNS (lint + diff against live records)",
  usage: `Usage: maildns plan [PATH...] [options]

Lints domain files (PATH defaults to stacks/) with static, live and transition rules, then compares each
managed RRset (apex MX, apex SPF TXT, DKIM selectors, _dmarc TXT, managed SRV/CNAME, _mta-sts and
_smtp._tls TXT) with what DNS serves, TTL included, and lists the creates, updates and deletes. Records
maildns does not manage (other apex TXT, A, web records) are never listed. A lookup that fails (timeout,
SERVFAIL...) plans nothing for its RRset and makes the run fail; so does a lookup a check needed (an SPF
include's TXT, an MX host's addresses...), named under "not checked", whatever its finding's level.

Options:
  formats: text (default), json, markdown
${SHARED_HELP}
${OBSERVE_HELP}
${EVIDENCE_HELP}
  --detailed-exitcode  exit 0 when nothing changes, 2 when changes are pending, 1 on errors (as terraform)
  --allow GATE         let a safety gate pass, as maildns:allow does for pulumi up (repeatable):
                       ${GATE_IDS.filter((g) => g !== "skip-adopt" && g !== "duplicate-policy-record").join(", ")}
                       (duplicate-policy-record is never allowed)
  --provider NAME      the DNS host whose record form the plan compares in (default ${DEFAULT_PROVIDER})
  --base REV           the change's base commit (e.g. origin/main, or a pull request's base): a stack
                       folder without a committed maildns-adoption.json is compared with it, and the
                       zones of the domain files the change deletes are planned as pulumi up deletes them
  --observe LIST       live checks beyond the core ones (comma-separated, repeatable): spf-type-99 (apex
                       records of type 99), srv-hosts (whether SRV targets are aliases), or all; a pack
                       that names their rules turns them on too

Safety gates (delete-all-mx, loosen-dmarc, loosen-spf, remove-spf-include, remove-dkim-selector,
large-change, duplicate-policy-record) are judged on live records against the files, as the Pulumi program
judges them; with --zone, every DKIM selector the zone publishes is looked at, so a dropped one is seen.
A file with \`dkim: ovh\` gets its selectors from OVH's API (credentials from OVH_APPLICATION_KEY... or
OVH_CLIENT_ID/OVH_CLIENT_SECRET, endpoint from OVH_ENDPOINT); without them its DKIM is a failed lookup.

A stack folder's maildns-adoption.json (written by maildns adopt, committed) lists the records the stack
holds: a zone it holds records in that no domain file declares any more (a file removed) is planned as
pulumi up would delete it, gates included. Without that file, --base REV reads from git the domain files
the change deletes (or whose domain: it changes) and plans their zones' deletion the same way, holding the
live records at the slots those files declared; a base git cannot read fails the plan. With neither, a
stack folder is said to be unchecked there.

Exit codes: 0 nothing at or above --fail-on, every lookup answered and no gate refused, 1 findings at or
above it, a failed lookup (of a managed record or one a check needed) or a refused gate, 2 usage error
(with --detailed-exitcode: see above).`,
  run(argv, io) {
    return runPlan(argv, io, this.usage);
  },
  // With --detailed-exitcode, 2 means "changes pending": every error, usage or internal, is 1 instead.
  errorExit: (argv) => (argv.includes("--detailed-exitcode") ? EXIT_FINDINGS : EXIT_USAGE),
};
