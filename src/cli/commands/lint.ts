import { resolve } from "node:path";
import { cacheFilePath, DEFAULT_CACHE_FILE, openLintCacheAt, type LintCache } from "../../engine/cache.js";
import { lintPaths, resolvePolicy } from "../../engine/run.js";
import { FORMATS } from "../../formatters/index.js";
import { findingsWriter } from "../../formatters/stream.js";
import { evidenceKeyFor, evidenceLookup } from "../../reports/evidence-load.js";
import { allRules } from "../../rules/index.js";
import { failLevel, oneOf, outputOption, parse, SHARED_HELP, SHARED_OPTIONS, todayOption } from "../args.js";
import { domainPaths, packRead } from "../../plan/read-paths.js";
import { appearedAt, appearedWords, judgeAt, keptWords, sameWrittenFile, type Judged, type ReadPath } from "../../plan/output-guard.js";
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Command } from "../command.js";
import { collectWhenHeapAbove } from "../heap-bound.js";
import { progress } from "../progress.js";
import { reportSink } from "../report-sink.js";
import { toolVersion } from "../../config/version.js";

const OPTIONS = { ...SHARED_OPTIONS, evidence: { type: "string" }, cache: { type: "boolean" }, "cache-location": { type: "string" } } as const;

export const EVIDENCE_HELP = `  --evidence FILE      DMARC evidence (maildns reports evidence) for dmarc-ramp-evidence; default: the
                       dmarc-evidence.json beside each domain file, when there is one (a broken one is
                       an error on it, and its domains are checked as if it were absent)`;

export const CACHE_HELP = `  --cache              keep each file's findings under the hash of its bytes, and lint again only the
                       files that changed (or whose dates meet a new --today, or whose DMARC evidence
                       changed); the cache starts over when the policy pack, the rules or maildns change
  --cache-location P   the cache file, or a folder to hold it (default: .maildnscache in the current folder)`;

/**
 * Past this used heap, a lint collects in full (cli/heap-bound.ts): about 1.6 times what 50,000 files keep
 * alive, which 10,000 files never reach. Past 1.5 times what a collection left alive, when that is more.
 */
const LINT_HEAP_LIMIT_OCTETS = 96 * 1024 * 1024;
const LINT_HEAP_GROWTH = 1.5;
const LINT_HEAP_CHECK_EVERY_FILES = 1_000;

export const lintCommand: Command = {
  name: "lint",
  summary: "check domain files against the rules (no DNS)",
  usage: `Usage: maildns lint [PATH...] [options]

Lints domain files (YAML) and folders of them; PATH defaults to stacks/. Symbolic links are followed, to
files and folders (each folder walked once). A file in a folder that cannot be read (a FIFO, a link to
nothing, no permission) is a file-unreadable error on it, and the other files are still linted. Findings
go to the report as files are linted and only what it may print is kept, so a run over tens of thousands
of files stays small.

Options:
  formats: text (default), json, sarif, github, markdown
${SHARED_HELP}
${EVIDENCE_HELP}
${CACHE_HELP}

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it (a file-unreadable finding is always
one, and so is a broken dmarc-evidence.json beside the domain files), 2 usage error (a PATH that does not
exist) or a policy pack or --evidence file that cannot be read.`,
  async run(argv, io) {
    const { values, positionals } = parse(argv, OPTIONS, "lint");
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT_OK;
    }
    const format = oneOf(values.format, FORMATS, "--format", "text");
    const failOn = failLevel(values["fail-on"]);
    const today = todayOption(values.today);
    const reads = [...domainPaths(positionals.length ? positionals : ["stacks"]), packRead(values.policy), { path: values.evidence }];
    const output = outputOption(io, values.output, "lint", [...reads, { path: values["cache-location"] }]);
    if (values["cache-location"] !== undefined && !values.cache) throw new UsageError("--cache-location names the file of --cache: give --cache too");
    if (values.cache && output !== undefined) refuseReportAsCache(output, values["cache-location"], io.cwd);
    const cacheJudged = values.cache ? judgeCacheFile(values["cache-location"], io.cwd, [...reads, ...(output ? [{ path: output }] : [])]) : null;
    const policy = resolvePolicy(values.policy, allRules, io.cwd);
    const evidence = evidenceLookup({ explicit: values.evidence ?? null, cwd: io.cwd });
    let cache: LintCache | null = null;
    let cachePath = "";
    if (values.cache) ({ cache, path: cachePath } = openLintCacheAt({ location: values["cache-location"], cwd: io.cwd, policy, rules: allRules, toolVersion: toolVersion(), extraKey: evidenceKeyFor(values.evidence ?? null, io.cwd) }));
    const show = progress(io, values.quiet === true, "linting");
    const boundHeap = collectWhenHeapAbove({ limit: LINT_HEAP_LIMIT_OCTETS, growth: LINT_HEAP_GROWTH, every: LINT_HEAP_CHECK_EVERY_FILES });
    const sink = reportSink(io, output);
    try {
      const writer = findingsWriter(format, sink.write, { rules: allRules, toolVersion: toolVersion(), color: format === "text" && !output && io.colors?.stdout === true });
      const result = await lintPaths(positionals.length ? positionals : ["stacks"], {
        rules: allRules,
        cwd: io.cwd,
        policy,
        ...(today ? { today } : {}),
        models: false,
        evidence,
        cache,
        keepFindings: false,
        onFindings: (findings) => writer.add(values.quiet ? findings.filter((f) => f.level === "error") : findings),
        shows: (levels) => writer.keepsAny(values.quiet ? { ...levels, warn: 0, info: 0 } : levels),
        onCounted: (levels) => writer.count(values.quiet ? { ...levels, warn: 0, info: 0 } : levels),
        foresee: (levels) => writer.foresee(values.quiet ? { ...levels, warn: 0, info: 0 } : levels),
        onFile: (done, total) => {
          show.update(done, total);
          boundHeap(done);
        },
      });
      show.done();
      writer.end({ files: result.files, domains: result.domainCount, errors: result.errors, warnings: result.warnings, infos: result.infos });
      sink.close();
      // Looked at again just before it is written, as the report is (report-sink.ts): a file kept that
      // appeared at its name during the run stays, and the run goes on without its cache, an optimisation.
      const appeared = cache && cacheJudged ? appearedAt(cachePath, cacheJudged, io.cwd) : null;
      if (appeared) {
        const named = values["cache-location"] === undefined ? `the lint cache ${DEFAULT_CACHE_FILE}` : `--cache-location ${values["cache-location"]}`;
        io.stderr(`maildns lint: ${named} is ${appearedWords(appeared, "the lint cache")}; the next run lints every file\n`);
      } else if (cache) {
        try {
          cache.save();
        } catch (error) {
          io.stderr(`maildns lint: cannot write the cache ${cachePath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; the next run lints every file\n`);
        }
      }
      const failed = failOn === "error" ? result.errors > 0 : failOn === "warn" ? result.errors + result.warnings > 0 : result.errors + result.warnings + result.infos > 0;
      return failed ? EXIT_FINDINGS : EXIT_OK;
    } finally {
      show.done();
      sink.abort();
    }
  },
};

/**
 * The report and the lint cache are each checked alone, and a name where nothing is yet passes both: with
 * `-o X --cache --cache-location X` the report was written, then the cache renamed over it. Refused when
 * they are one file (plan/output-guard.ts sameWrittenFile), the default cache file (.maildnscache) included.
 */
function refuseReportAsCache(output: string, location: string | undefined, cwd: string): void {
  if (!sameWrittenFile(resolve(cwd, output), cacheFilePath(location, cwd))) return;
  if (location === undefined) {
    throw new UsageError(`--output ${output} is the file of the lint cache (--cache keeps it in ${DEFAULT_CACHE_FILE} when --cache-location is not given): the cache, written after the report, would replace it; give the report another file name, or the cache another place with --cache-location`);
  }
  throw new UsageError(`--output ${output} and --cache-location ${location} name the same file: the lint cache, written after the report, would replace it; give each its own file`);
}

/**
 * The lint cache is replaced by a rename once the run ends, as a report is: `--cache-location` never names a
 * file the project keeps (a domain file, Pulumi.yaml, package.json...: plan/output-guard.ts) nor one the
 * run reads. A file without the cache's header was rewritten as a cache, so `--cache-location Pulumi.yaml`
 * replaced the project file. What was there, and the check, are kept for the look before the write
 * (appearedAt), the default place (.maildnscache) included.
 */
function judgeCacheFile(location: string | undefined, cwd: string, reads: readonly ReadPath[]): Judged {
  const { held, judged } = judgeAt(cacheFilePath(location, cwd), cwd, { command: "lint", reads });
  if (held) throw new UsageError(`${location === undefined ? `--cache keeps the lint cache in ${DEFAULT_CACHE_FILE}, which` : `--cache-location ${location}`} is ${keptWords(held, "the lint cache")}`);
  return judged;
}
