import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  DEFAULT_CACHE_FILE,
  MAX_SARIF_RESULTS,
  appearedAt,
  appearedWords,
  cacheFilePath,
  domainPaths,
  evidenceKeyFor,
  evidenceLookup,
  formatJson,
  formatSarif,
  isCalendarDate,
  judgeAt,
  keptFile,
  keptWords,
  openLintCacheAt,
  packRead,
  sameWrittenFile,
  toolVersion
} from "./chunk-IBBBVAC3.js";
import {
  formatMarkdown
} from "./chunk-KQCPZF3P.js";
import {
  asidePath,
  formatText,
  uniqueSuffix,
  writeFileWhole
} from "./chunk-FII3ALJ3.js";
import {
  FORMATS,
  MAX_FINDINGS_PER_FILE,
  MAX_FINDINGS_PER_RUN,
  capFindings,
  keptPerFile,
  omittedSentence
} from "./chunk-RR2JAOJK.js";
import {
  UsageError,
  allRules,
  lintPaths,
  resolvePolicy
} from "./chunk-3OSQQ7QY.js";
import {
  oneLine,
  truncateText
} from "./chunk-G7NDWJJB.js";

// src/cli/command.ts
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;
function errorExitCode(command, argv) {
  return command?.errorExit?.(argv) ?? EXIT_USAGE;
}

// src/cli/args.ts
import { accessSync, constants, statSync } from "node:fs";
import { dirname as dirname2, resolve as resolve2 } from "node:path";
import { parseArgs } from "node:util";

// src/cli/descriptor-path.ts
import { lstatSync, readFileSync, readlinkSync, realpathSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
var MAX_LINKS = 40;
function namedDescriptor(absolute) {
  let path = absolute;
  for (let hop = 0; hop < MAX_LINKS; hop++) {
    let folder;
    try {
      folder = realpathSync(dirname(path));
    } catch {
      return null;
    }
    const name = basename(path);
    const procFolder = /^\/proc\/(self|thread-self|\d+)(?:\/task\/\d+)?\/fd$/.exec(folder);
    if ((procFolder !== null || folder === "/dev/fd") && /^\d+$/.test(name)) {
      const owner = procFolder?.[1];
      const fd = Number(name);
      const own = owner === void 0 || owner === "self" || owner === "thread-self" || Number(owner) === process.pid;
      return { fd, own, internal: own && fd > 2 && closedOnExec(fd) };
    }
    try {
      if (!lstatSync(path).isSymbolicLink()) return null;
      path = resolve(folder, readlinkSync(path));
    } catch {
      return null;
    }
  }
  return null;
}
var O_CLOEXEC = 524288;
function closedOnExec(fd) {
  try {
    const flags = /^flags:\s*([0-7]+)$/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, "utf8"))?.[1];
    return flags !== void 0 && (parseInt(flags, 8) & O_CLOEXEC) !== 0;
  } catch {
    return false;
  }
}

// src/cli/args.ts
var SHARED_OPTIONS = {
  policy: { type: "string" },
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  "fail-on": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  today: { type: "string" },
  help: { type: "boolean", short: "h" }
};
var SHARED_HELP = `  --policy NAME|FILE   policy pack: ovh (default), rfc, strict, parked, or a pack file
  -f, --format FORMAT  output format (see above)
  -o, --output FILE    write the report to FILE instead of standard output
  --fail-on LEVEL      exit 1 when a finding is at or above LEVEL: error (default), warn, info
  -q, --quiet          print only errors (and no progress)
  --today YYYY-MM-DD   judge date rules (DMARC ramp, suppressions) as of this day (default: today, UTC)
  -h, --help           show this help`;
function parse(argv, options, command) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError(`${error.message.replace(/\. To specify a positional argument.*$/s, "")}
Run \`maildns ${command} --help\` for usage.`);
  }
  refuseRepeated(parsed.tokens, options);
  const { values, positionals } = parsed;
  return { values, positionals };
}
function refuseRepeated(tokens, options) {
  const first = /* @__PURE__ */ new Map();
  for (const token of tokens) {
    if (token.kind !== "option" || token.value === void 0) continue;
    const option = options[token.name];
    if (option === void 0 || option.type !== "string" || option.multiple === true) continue;
    const earlier = first.get(token.name);
    if (earlier === void 0) {
      first.set(token.name, token.value);
      continue;
    }
    throw new UsageError(`--${token.name} given twice (${shownFlagValue(earlier)}, then ${shownFlagValue(token.value)}): give it once`);
  }
}
function shownFlagValue(value) {
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(value)?.[1];
  return `"${scheme === void 0 ? truncateText(oneLine(value), 80) : `${scheme}:…`}"`;
}
function oneOf(value, allowed, flag, fallback) {
  if (value === void 0) return fallback;
  if (allowed.includes(value)) return value;
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")} (got '${value}')`);
}
function failLevel(value) {
  return oneOf(value, ["error", "warn", "info"], "--fail-on", "error");
}
function todayOption(value) {
  if (value === void 0) return void 0;
  if (!isCalendarDate(value)) throw new UsageError(`--today must be a date that exists, written YYYY-MM-DD like 2026-11-23 (got '${value}')`);
  return value;
}
var RANK = { info: 0, warn: 1, error: 2 };
function atOrAbove(level, threshold) {
  return RANK[level] >= RANK[threshold];
}
function writeProblem(error) {
  const code = error.code;
  const words = {
    EISDIR: "it is a folder",
    ENOENT: "its folder does not exist",
    ENOTDIR: "a part of its path is not a folder",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EROFS: "the file system is read-only",
    ENOSPC: "no space left on the device",
    EDQUOT: "the disk quota is exceeded",
    EBUSY: "it is in use by the system"
  };
  return code && words[code] ? `${words[code]} (${code})` : code ?? "error";
}
var judged = /* @__PURE__ */ new Map();
function judgedAt(target) {
  const seen = judged.get(target);
  judged.delete(target);
  return seen;
}
function outputOption(io, value, command = "", reads = [], flag = "--output", writes) {
  if (value === void 0 || value === "-") return void 0;
  if (value === "") throw new UsageError(`${flag} needs a file name (or - for standard output)`);
  const target = resolve2(io.cwd, value);
  const stats = statOrNull(target);
  const descriptor = namedDescriptor(target);
  if (descriptor !== null) return descriptorOutput(flag, value, descriptor, stats);
  if (stats?.isDirectory()) {
    if (target.split(/[\\/]/).includes(".git")) throw new UsageError(`${flag} ${value} is a folder of .git, where Git keeps the repository: give a file name outside it`);
    throw new UsageError(`${flag} ${value} is a folder: give a file name, e.g. ${flag} ${value.replace(/\/+$/, "")}/report.txt`);
  }
  if (stats && !stats.isFile()) return value;
  const check = { command, reads, ...writes ? { writes } : {} };
  const held = keptFile(target, stats, io.cwd, check);
  if (held) throw new UsageError(`${flag} ${value} is ${keptWords(held, "the report")}`);
  const folder = dirname2(target);
  const parent = statOrNull(folder);
  if (!parent) throw new UsageError(`${flag} ${value}: the folder ${dirname2(value)} does not exist (or a part of its path is not a folder): create it first`);
  if (!parent.isDirectory()) throw new UsageError(`${flag} ${value}: ${dirname2(value)} is not a folder`);
  try {
    accessSync(folder, constants.W_OK);
  } catch (error) {
    throw new UsageError(`${flag} ${value}: cannot write in ${dirname2(value)}: ${writeProblem(error)}`);
  }
  judged.set(target, { stats, check, flag });
  return value;
}
function descriptorOutput(flag, value, descriptor, stats) {
  if (descriptor.own && descriptor.fd === 1) return void 0;
  const whose = `descriptor ${descriptor.fd} of ${descriptor.own ? "this process" : "another process"}`;
  if (descriptor.internal) throw new UsageError(`${flag} ${value} names ${whose}, which Node.js keeps for itself (it is closed on exec, as no descriptor a caller passes down is): give a file name (or - for standard output)`);
  if (stats === null) throw new UsageError(`${flag} ${value} names ${whose}, which is not open: give a file name (or - for standard output)`);
  if (stats.isFile()) throw new UsageError(`${flag} ${value} names ${whose}, open on a file: the report is written aside and renamed onto its name, which cannot be done there; give that file's own name (or - for standard output)`);
  if (stats.isSocket()) throw new UsageError(`${flag} ${value} names ${whose}, open on a socket, which cannot be opened by that name: give a file name (or - for standard output)`);
  return value;
}
function statOrNull(path) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

// src/cli/interrupt.ts
import { constants as constants2 } from "node:os";
var INTERRUPT_SIGNALS = ["SIGINT", "SIGTERM"];
function endBySignal(signal) {
  for (const s of INTERRUPT_SIGNALS) process.removeAllListeners(s);
  process.exitCode = 128 + constants2.signals[signal];
  process.kill(process.pid, signal);
}
var DNS_INTERRUPT_NOTE = "the lookups not answered yet are failures; writing the report";
var HOST_INTERRUPT_NOTE = "no request is made after the one under way; saying what was done and what was not";
function handleInterrupts(options) {
  const controller = new AbortController();
  let received = null;
  const onSignal = (signal) => {
    if (received === null) {
      received = signal;
      for (const s of INTERRUPT_SIGNALS) process.removeListener(s, onSignal);
      options.stderr(`${options.label}: interrupted (${signal}): ${options.note ?? DNS_INTERRUPT_NOTE} (a second ${signal} stops at once)
`);
      controller.abort(signal);
      return;
    }
    endBySignal(signal);
  };
  for (const s of INTERRUPT_SIGNALS) process.on(s, onSignal);
  return { signal: controller.signal, received: () => received };
}
var InterruptedError = class extends Error {
  constructor(signal) {
    super(`interrupted (${signal})`);
    this.signal = signal;
  }
  name = "InterruptedError";
};
function untilInterrupted(work, interrupt) {
  if (!interrupt) return work;
  const reason = () => new InterruptedError(String(interrupt.reason ?? "signal"));
  if (interrupt.aborted) {
    work.catch(() => void 0);
    return Promise.reject(reason());
  }
  return new Promise((resolve5, reject) => {
    const stop = () => reject(reason());
    interrupt.addEventListener("abort", stop, { once: true });
    work.then(
      (value) => {
        interrupt.removeEventListener("abort", stop);
        resolve5(value);
      },
      (error) => {
        interrupt.removeEventListener("abort", stop);
        reject(error);
      }
    );
  });
}

// src/formatters/github.ts
var COMMAND = { error: "error", warn: "warning", info: "notice" };
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotation(f) {
  const props = [
    ...f.file ? [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`] : [],
    ...f.file && f.endLine === f.line ? [`endColumn=${f.endColumn}`] : [],
    `title=${escapeProperty(f.ruleId)}`
  ];
  const prefix = f.file ? "" : `${f.name ?? f.domain}: `;
  return `::${COMMAND[f.level]} ${props.join(",")}::${escapeData(oneLine(prefix + f.message))}`;
}
function formatGithub(report) {
  const { shown, omitted: cut } = capFindings(report.findings);
  const omitted = cut + (report.omitted ?? 0);
  const lines = shown.map((f) => `${annotation(f)}
`);
  if (omitted > 0) lines.push(`::notice title=maildns::${escapeData(omittedSentence(omitted))}
`);
  return lines.join("");
}

// src/formatters/index.ts
function formatFindings(format, report, options = {}) {
  switch (format) {
    case "text":
      return formatText(report, options);
    case "json":
      return formatJson(report);
    case "sarif":
      return formatSarif(report, options.sites ? { sites: options.sites } : {});
    case "github":
      return formatGithub(report);
    case "markdown":
      return formatMarkdown(report);
  }
}

// src/cli/full-collection.ts
import { createRequire } from "node:module";
var requireBuiltin = createRequire(import.meta.url);
function nodeGc() {
  const { setFlagsFromString } = requireBuiltin("node:v8");
  const { runInNewContext } = requireBuiltin("node:vm");
  try {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc");
    return typeof gc === "function" ? () => gc() : null;
  } catch {
    return null;
  } finally {
    setFlagsFromString("--no-expose-gc");
  }
}
function collectEvery(every, gc = nodeGc()) {
  if (gc === null) return () => void 0;
  let collectedAt = 0;
  return (count) => {
    if (count - collectedAt < every) return;
    collectedAt = count;
    gc();
  };
}

// src/cli/progress.ts
function progress(io, quiet, label) {
  if (quiet || !io.isTTY || io.env.CI) return { update: () => {
  }, done: () => {
  } };
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (total < 50 || now - last < 100 && done < total) return;
      last = now;
      shown = true;
      io.stderr(`\r${label} ${done}/${total}`);
    },
    done() {
      if (shown) io.stderr("\r\x1B[K");
    }
  };
}

// src/cli/report-sink.ts
import { closeSync, lstatSync as lstatSync2, openSync, renameSync, rmSync, statSync as statSync2, writeFileSync } from "node:fs";
import { resolve as resolve3 } from "node:path";
var BLOCK = 64 * 1024;
function lstatOrNull(path) {
  try {
    return lstatSync2(path);
  } catch {
    return null;
  }
}
function isSpecialFile(path, found) {
  if (found === null) return false;
  try {
    const stat = found.isSymbolicLink() ? statSync2(path) : found;
    return !stat.isFile() && !stat.isDirectory();
  } catch {
    return false;
  }
}
function reportSink(io, output, options = {}) {
  const target = output === void 0 || output === "-" ? null : resolve3(io.cwd, output);
  const found = target === null ? null : lstatOrNull(target);
  const inPlace = target !== null && isSpecialFile(target, found);
  const seen = target === null ? void 0 : judgedAt(target);
  const judged2 = seen ?? { stats: found, check: { command: "", reads: [] } };
  const named = seen?.flag ?? "--output";
  const aside = target === null ? null : inPlace ? target : asidePath(target, uniqueSuffix());
  const flag = inPlace ? "w" : "wx";
  let fd = null;
  let pending = [];
  let size = 0;
  let closed = false;
  const fail = (error) => {
    throw new UsageError(`cannot write ${output}: ${writeProblem(error)}`);
  };
  const flush = () => {
    if (pending.length === 0) return;
    const text = pending.join("");
    pending = [];
    size = 0;
    if (aside === null) {
      io.stdout(text);
      return;
    }
    try {
      fd ??= openSync(aside, flag);
      writeFileSync(fd, text);
    } catch (error) {
      fail(error);
    }
  };
  return {
    write(chunk) {
      pending.push(chunk);
      size += chunk.length;
      if (size >= BLOCK) flush();
    },
    close() {
      flush();
      if (aside === null || target === null) {
        closed = true;
        return;
      }
      try {
        fd ??= openSync(aside, flag);
        closeSync(fd);
        fd = null;
      } catch (error) {
        fail(error);
      }
      if (!inPlace) {
        const held = appearedAt(target, judged2, io.cwd);
        if (held !== null) {
          rmSync(aside, { force: true });
          closed = true;
          throw new UsageError(`${named} ${output} is ${appearedWords(held, "the report")}${options.notWritten ? `; ${options.notWritten}` : ""}`);
        }
      }
      try {
        if (!inPlace) renameSync(aside, target);
        closed = true;
      } catch (error) {
        fail(error);
      }
    },
    abort() {
      if (closed || aside === null) return;
      if (fd !== null) closeSync(fd);
      fd = null;
      if (!inPlace) rmSync(aside, { force: true });
    }
  };
}
function emit(io, report, output, options = {}) {
  const sink = reportSink(io, output, options);
  try {
    if (typeof report === "string") sink.write(report);
    else for (const chunk of report) sink.write(chunk);
    sink.close();
  } finally {
    sink.abort();
  }
}
function writeWholeOutput(io, output, target, text, written) {
  const found = statOrNull(target);
  if (found && !found.isFile() && !found.isDirectory()) {
    emit(io, text, output);
    return;
  }
  const seen = judgedAt(target);
  const held = seen === void 0 ? null : appearedAt(target, seen, io.cwd);
  if (held !== null) throw new UsageError(`${seen.flag} ${output} is ${appearedWords(held, written)}`);
  try {
    writeFileWhole(target, text);
  } catch (error) {
    throw new UsageError(`cannot write ${output}: ${error.code ?? "error"}`);
  }
}

// src/cli/commands/lint.ts
import { resolve as resolve4 } from "node:path";

// src/formatters/stream.ts
var LEVELS = ["error", "warn", "info"];
function printRanks(max, perFile) {
  const met = { error: 0, warn: 0, info: 0 };
  const ahead = { error: 0, warn: 0, info: 0 };
  const atLeast = (level) => Math.max(met[level], ahead[level]);
  return {
    /** Whether the next finding of `level` met may be printed. */
    mayPrint(level) {
      const before = level === "error" ? 0 : level === "warn" ? atLeast("error") : atLeast("error") + atLeast("warn");
      return before + met[level] < max;
    },
    met(level, n = 1) {
      met[level] += n;
    },
    /**
     * Whether the report may print any of the findings of a file with these counts (of those its cap
     * keeps, cap.ts keptPerFile: the most severe first). Asked for each of 10,000 cached files: written
     * out, without an object or a closure.
     */
    mayPrintAny(levels) {
      const error = Math.min(levels.error, perFile);
      if (error > 0 && this.mayPrint("error")) return true;
      const warn = Math.min(levels.warn, perFile - error);
      if (warn > 0 && this.mayPrint("warn")) return true;
      const info = Math.min(levels.info, perFile - error - warn);
      return info > 0 && this.mayPrint("info");
    },
    metFile(levels) {
      const error = Math.min(levels.error, perFile);
      const warn = Math.min(levels.warn, perFile - error);
      met.error += error;
      met.warn += warn;
      met.info += Math.min(levels.info, perFile - error - warn);
    },
    foresee(levels) {
      const full = levels.error + levels.warn + levels.info >= perFile;
      ahead.error += Math.min(levels.error, perFile);
      if (!full) {
        ahead.warn += levels.warn;
        ahead.info += levels.info;
      }
    }
  };
}
function boundedFindings(perFile, perRun) {
  const kept = { error: [], warn: [], info: [] };
  const ranks = printRanks(perRun, perFile);
  let order = 0;
  let seen = 0;
  return {
    keepsAny: (levels) => ranks.mayPrintAny(levels),
    count(levels) {
      const n = levels.error + levels.warn + levels.info;
      ranks.metFile(levels);
      seen += n;
      order += n;
    },
    foresee: (levels) => ranks.foresee(levels),
    add(findings) {
      seen += findings.length;
      const chosen = keptPerFile(findings, perFile).sort((a, b) => a - b);
      for (const i of chosen) {
        const f = findings[i];
        if (ranks.mayPrint(f.level)) kept[f.level].push({ finding: f, order });
        ranks.met(f.level);
        order++;
      }
      order += findings.length - chosen.length;
    },
    /** The findings to print, in report order, and how many of those met are left out. */
    take() {
      const chosen = [];
      for (const level of LEVELS) for (const k of kept[level]) if (chosen.length < perRun) chosen.push(k);
      chosen.sort((a, b) => a.order - b.order);
      return { findings: chosen.map((c) => c.finding), omitted: seen - chosen.length };
    }
  };
}
function sarifWriter(write, context) {
  const max = context.maxSarifResults ?? MAX_SARIF_RESULTS;
  const kept = { error: [], warn: [], info: [] };
  const seen = { error: 0, warn: 0, info: 0 };
  const ranks = printRanks(max, Infinity);
  let order = 0;
  return {
    keepsAny: (levels) => ranks.mayPrintAny(levels),
    count(levels) {
      for (const level of LEVELS) seen[level] += levels[level];
      ranks.metFile(levels);
      order += levels.error + levels.warn + levels.info;
    },
    foresee: (levels) => ranks.foresee(levels),
    add(findings) {
      for (const f of findings) {
        if (ranks.mayPrint(f.level)) kept[f.level].push({ finding: f, order });
        ranks.met(f.level);
        seen[f.level]++;
        order++;
      }
    },
    end(summary) {
      const chosen = [];
      for (const level of LEVELS) for (const k of kept[level]) if (chosen.length < max) chosen.push(k);
      chosen.sort((a, b) => a.order - b.order);
      const left = { ...seen };
      for (const c of chosen) left[c.finding.level]--;
      const report = { findings: chosen.map((c) => c.finding), summary, rules: context.rules, toolVersion: context.toolVersion };
      write(formatSarif(report, { ...context.sites ? { sites: context.sites } : {}, maxResults: max, leftOut: left }));
    }
  };
}
function findingsWriter(format, write, context) {
  if (format === "sarif") return sarifWriter(write, context);
  const bounded = boundedFindings(context.perFile ?? MAX_FINDINGS_PER_FILE, context.perRun ?? MAX_FINDINGS_PER_RUN);
  return {
    add: (findings) => bounded.add(findings),
    keepsAny: (levels) => bounded.keepsAny(levels),
    count: (levels) => bounded.count(levels),
    foresee: (levels) => bounded.foresee(levels),
    end(summary) {
      const { findings, omitted } = bounded.take();
      const report = { findings, summary, rules: context.rules, toolVersion: context.toolVersion, ...omitted > 0 ? { omitted } : {} };
      write(formatFindings(format, report, { color: context.color === true }));
    }
  };
}

// src/cli/heap-bound.ts
function collectWhenHeapAbove(options) {
  const heapUsed = options.heapUsed ?? (() => process.memoryUsage().heapUsed);
  const makeCollector = options.collector ?? nodeGc;
  let checkedAt = 0;
  let bound = options.limit;
  let collect;
  return (count) => {
    if (count - checkedAt < options.every) return;
    checkedAt = count;
    if (heapUsed() <= bound) return;
    if (collect === void 0) collect = makeCollector();
    if (collect === null) return;
    collect();
    bound = Math.max(options.limit, heapUsed() * options.growth);
  };
}

// src/cli/commands/lint.ts
var OPTIONS = { ...SHARED_OPTIONS, evidence: { type: "string" }, cache: { type: "boolean" }, "cache-location": { type: "string" } };
var EVIDENCE_HELP = `  --evidence FILE      DMARC evidence (maildns reports evidence) for dmarc-ramp-evidence; default: the
                       dmarc-evidence.json beside each domain file, when there is one (a broken one is
                       an error on it, and its domains are checked as if it were absent)`;
var CACHE_HELP = `  --cache              keep each file's findings under the hash of its bytes, and lint again only the
                       files that changed (or whose dates meet a new --today, or whose DMARC evidence
                       changed); the cache starts over when the policy pack, the rules or maildns change
  --cache-location P   the cache file, or a folder to hold it (default: .maildnscache in the current folder)`;
var LINT_HEAP_LIMIT_OCTETS = 96 * 1024 * 1024;
var LINT_HEAP_GROWTH = 1.5;
var LINT_HEAP_CHECK_EVERY_FILES = 1e3;
var lintCommand = {
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
      io.stdout(`${this.usage}
`);
      return EXIT_OK;
    }
    const format = oneOf(values.format, FORMATS, "--format", "text");
    const failOn = failLevel(values["fail-on"]);
    const today = todayOption(values.today);
    const reads = [...domainPaths(positionals.length ? positionals : ["stacks"]), packRead(values.policy), { path: values.evidence }];
    const output = outputOption(io, values.output, "lint", [...reads, { path: values["cache-location"] }]);
    if (values["cache-location"] !== void 0 && !values.cache) throw new UsageError("--cache-location names the file of --cache: give --cache too");
    if (values.cache && output !== void 0) refuseReportAsCache(output, values["cache-location"], io.cwd);
    const cacheJudged = values.cache ? judgeCacheFile(values["cache-location"], io.cwd, [...reads, ...output ? [{ path: output }] : []]) : null;
    const policy = resolvePolicy(values.policy, allRules, io.cwd);
    const evidence = evidenceLookup({ explicit: values.evidence ?? null, cwd: io.cwd });
    let cache = null;
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
        ...today ? { today } : {},
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
        }
      });
      show.done();
      writer.end({ files: result.files, domains: result.domainCount, errors: result.errors, warnings: result.warnings, infos: result.infos });
      sink.close();
      const appeared = cache && cacheJudged ? appearedAt(cachePath, cacheJudged, io.cwd) : null;
      if (appeared) {
        const named = values["cache-location"] === void 0 ? `the lint cache ${DEFAULT_CACHE_FILE}` : `--cache-location ${values["cache-location"]}`;
        io.stderr(`maildns lint: ${named} is ${appearedWords(appeared, "the lint cache")}; the next run lints every file
`);
      } else if (cache) {
        try {
          cache.save();
        } catch (error) {
          io.stderr(`maildns lint: cannot write the cache ${cachePath}: ${error.code ?? error.message}; the next run lints every file
`);
        }
      }
      const failed = failOn === "error" ? result.errors > 0 : failOn === "warn" ? result.errors + result.warnings > 0 : result.errors + result.warnings + result.infos > 0;
      return failed ? EXIT_FINDINGS : EXIT_OK;
    } finally {
      show.done();
      sink.abort();
    }
  }
};
function refuseReportAsCache(output, location, cwd) {
  if (!sameWrittenFile(resolve4(cwd, output), cacheFilePath(location, cwd))) return;
  if (location === void 0) {
    throw new UsageError(`--output ${output} is the file of the lint cache (--cache keeps it in ${DEFAULT_CACHE_FILE} when --cache-location is not given): the cache, written after the report, would replace it; give the report another file name, or the cache another place with --cache-location`);
  }
  throw new UsageError(`--output ${output} and --cache-location ${location} name the same file: the lint cache, written after the report, would replace it; give each its own file`);
}
function judgeCacheFile(location, cwd, reads) {
  const { held, judged: judged2 } = judgeAt(cacheFilePath(location, cwd), cwd, { command: "lint", reads });
  if (held) throw new UsageError(`${location === void 0 ? `--cache keeps the lint cache in ${DEFAULT_CACHE_FILE}, which` : `--cache-location ${location}`} is ${keptWords(held, "the lint cache")}`);
  return judged2;
}

export {
  EXIT_OK,
  EXIT_FINDINGS,
  EXIT_USAGE,
  errorExitCode,
  SHARED_OPTIONS,
  SHARED_HELP,
  parse,
  oneOf,
  failLevel,
  todayOption,
  atOrAbove,
  writeProblem,
  outputOption,
  statOrNull,
  formatFindings,
  collectEvery,
  progress,
  reportSink,
  emit,
  writeWholeOutput,
  EVIDENCE_HELP,
  lintCommand,
  endBySignal,
  HOST_INTERRUPT_NOTE,
  handleInterrupts,
  InterruptedError,
  untilInterrupted
};
