import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  ADOPTION_FILE_NAME,
  beginsAsAdoptionFile,
  writeFileWhole
} from "./chunk-FII3ALJ3.js";
import {
  capFindings
} from "./chunk-RR2JAOJK.js";
import {
  MAX_FILE_BYTES,
  SHIPPED_POLICIES,
  UsageError,
  findingMessage,
  isDomainFileName,
  packageRoot,
  parseSource
} from "./chunk-3OSQQ7QY.js";
import {
  readRegularFile
} from "./chunk-VOQH4KKZ.js";
import {
  EVIDENCE_FILE_NAME,
  EvidenceError,
  beginsAsEvidence,
  evidenceView,
  parseEvidence
} from "./chunk-GD7OCQZK.js";
import {
  isZoneFileName
} from "./chunk-BDWGXN4T.js";
import {
  oneLine,
  reportJson,
  truncateText
} from "./chunk-G7NDWJJB.js";

// src/config/version.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
function toolVersion() {
  try {
    return JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")).version;
  } catch {
    return "0.0.0";
  }
}

// src/model/calendar-date.ts
function isCalendarDate(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// src/config/inside.ts
import { isAbsolute, relative, sep } from "node:path";
function isInside(outer, inner) {
  const rel = relative(outer, inner);
  return rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

// src/plan/output-guard.ts
import { accessSync, closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
function keptFile(target, stats, cwd, check) {
  const read = stats && readByCommand(target, stats, cwd, check.reads);
  if (read) return { what: read.what === null ? `the file ${read.path}, which ${check.command} reads` : `under ${read.path}, where ${check.command} reads it (${read.what})` };
  return kept(target, check.writes);
}
function keptWords(held, writer) {
  return `${held.what}: ${held.instead ?? `${writer} would replace it; give another file name`}${held.hint ? ` (${held.hint})` : ""}`;
}
function keptAt(absolute, cwd, check) {
  return judgeAt(absolute, cwd, check).held;
}
function judgeAt(absolute, cwd, check) {
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    stats = null;
  }
  const judged = { stats, check };
  if (stats !== null && !stats.isFile()) return { held: null, judged };
  return { held: keptFile(absolute, stats, cwd, check), judged };
}
function appearedAt(target, judged, cwd) {
  let now;
  try {
    now = lstatSync(target);
  } catch {
    return null;
  }
  const before = judged.stats;
  if (before !== null && now.dev === before.dev && now.ino === before.ino && now.ctimeMs === before.ctimeMs) return null;
  return keptAt(target, cwd, judged.check);
}
function sameWrittenFile(a, b) {
  if (realName(a) === realName(b)) return true;
  try {
    const first = statSync(a);
    const second = statSync(b);
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false;
  }
}
function realName(path) {
  try {
    return realpathSync(path);
  } catch {
    try {
      return resolve(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}
function appearedWords(held, writer) {
  return `now ${held.what}: it appeared there during the run, so ${writer} was not written and the file is left as it is`;
}
function readByCommand(target, stats, cwd, reads) {
  let real = null;
  for (const { path, takes } of reads) {
    if (path === void 0 || path === "" || path === "-") continue;
    const at = resolve(cwd, path);
    let read;
    try {
      read = statSync(at);
    } catch {
      continue;
    }
    if (read.isFile() && read.dev === stats.dev && read.ino === stats.ino) return { path, what: null };
    if (!read.isDirectory() || !takes || !takes.test(basename(target))) continue;
    try {
      real ??= realpathSync(target);
      if (isInside(realpathSync(at), real)) return { path: path.replace(/\/+$/, ""), what: takes.what };
    } catch {
    }
  }
  return null;
}
var PROJECT_FILES = /* @__PURE__ */ new Map([
  // Node.js reads the nearest package.json for how to load a module ("type"), npm for every command.
  ["package.json", { what: "npm's package manifest", reader: "npm and Node.js" }],
  ["package-lock.json", { what: "npm's lock file", reader: "npm" }],
  ["tsconfig.json", { what: "TypeScript's settings file", reader: "tsc" }]
]);
function projectName(name) {
  const known = name.toLowerCase();
  const file = PROJECT_FILES.get(known);
  if (file === void 0) return null;
  return { what: `the name of ${file.what}`, instead: `${file.reader} would read the report as the project's ${known}; give another file name` };
}
function projectFile(path, real) {
  const name = basename(path);
  const exact = PROJECT_FILES.get(name);
  if (exact !== void 0) return exact.what;
  const known = name.toLowerCase();
  const what = PROJECT_FILES.get(known)?.what;
  if (what === void 0) return void 0;
  try {
    const file = statSync(real);
    const named = statSync(resolve(dirname(path), known));
    return file.dev === named.dev && file.ino === named.ino ? what : void 0;
  } catch {
    return void 0;
  }
}
var HEAD_BYTES = 4096;
var EVIDENCE = {
  what: "a DMARC evidence file, which lint and plan read (rule dmarc-ramp-evidence)",
  hint: "`maildns reports evidence` writes the evidence"
};
var ADOPTION = {
  what: "a maildns adoption file, which the Pulumi program reads to adopt the records the DNS host holds",
  hint: "`maildns adopt` writes it"
};
var NEW_EVIDENCE = {
  what: "the name of a DMARC evidence file",
  instead: "lint and plan would read the report as the evidence of the domain files beside it (rule dmarc-ramp-evidence), and no later report could replace it; give another file name",
  hint: EVIDENCE.hint
};
var NEW_ADOPTION = {
  what: "the name of a maildns adoption file",
  instead: "the Pulumi program would read the report as the stack's adoption file, and no later report could replace it; give another file name",
  hint: ADOPTION.hint
};
var isGitName = (name) => name.toLowerCase() === ".git";
var isYamlName = (name) => /\.ya?ml$/i.test(name);
function kept(target, writes) {
  let real;
  let made = false;
  try {
    real = realpathSync(target);
  } catch {
    try {
      if (!lstatSync(target).isSymbolicLink()) return null;
      real = resolve(dirname(target), readlinkSync(target));
    } catch {
      made = true;
      try {
        real = resolve(realpathSync(dirname(target)), basename(target));
      } catch {
        real = target;
      }
    }
  }
  const names = [basename(target), basename(real)];
  const folders = [target, real].map((path) => path.split(/[\\/]/).slice(0, -1));
  if (folders.some((parts) => parts.some(isGitName))) {
    return made ? { what: "in .git, where Git keeps the repository", instead: "Git would read the report as one of its own files; give a file name outside .git" } : { what: "a file in .git, where Git keeps the repository" };
  }
  if (names.some(isGitName)) {
    return made ? { what: "the name of the file that tells Git where a checkout's repository is", instead: "Git would read the report as one; give another file name" } : { what: "the .git file that tells Git where this checkout's repository is" };
  }
  if (made) {
    if (names.some(isYamlName)) return { what: "a YAML file's name", instead: "no report maildns writes is YAML, and a YAML file is never replaced by one, so the next run could not write it again; give a name that says the report's format (report.json, report.txt)" };
    if (names.includes(ADOPTION_FILE_NAME)) return NEW_ADOPTION;
    if (writes !== "evidence" && names.includes(EVIDENCE_FILE_NAME)) return NEW_EVIDENCE;
    return projectName(basename(target));
  }
  for (const path of [target, real]) {
    const project = projectFile(path, real);
    if (project !== void 0) return { what: project };
  }
  if (names.some(isYamlName)) return yamlFile(real, names, folders);
  const head = readHead(real, HEAD_BYTES);
  if (head === null && cannotRead(real)) return { what: "a file you cannot read, so maildns cannot tell it is an earlier report" };
  const text = head === null ? "" : new TextDecoder().decode(head);
  if (names.includes(ADOPTION_FILE_NAME) || beginsAsAdoptionFile(text)) return ADOPTION;
  if (writes !== "evidence" && (names.includes(EVIDENCE_FILE_NAME) || beginsAsEvidence(text))) return EVIDENCE;
  return null;
}
function yamlFile(real, names, folders) {
  for (const name of names) {
    if (/^Pulumi\.ya?ml$/.test(name)) return { what: "Pulumi's project file" };
    const stack = /^Pulumi\.(.+)\.ya?ml$/.exec(name)?.[1];
    if (stack !== void 0) return { what: `the settings file of the Pulumi stack ${truncateText(oneLine(stack), 80)}` };
    if (/^action\.ya?ml$/.test(name)) return { what: "a GitHub Action's metadata file" };
  }
  if (folders.some((parts) => parts.at(-2) === ".github" && parts.at(-1) === "workflows")) return { what: "a GitHub Actions workflow" };
  const other = { what: "a YAML file (no report maildns writes is YAML, so it is no earlier report)" };
  const read = readRegularFile(real, MAX_FILE_BYTES);
  if (!("bytes" in read)) return other;
  const source = parseSource(real, read.bytes);
  if (source.problems.some((p) => p.ruleId === "file-syntax" || p.ruleId === "file-duplicate-key")) return { what: "a YAML file that does not parse (a domain file being edited?)" };
  const value = source.value;
  if (value === null || typeof value !== "object" || Array.isArray(value)) return other;
  if ("domain" in value) {
    const domain = value.domain;
    return { what: typeof domain === "string" && domain !== "" ? `the domain file of ${truncateText(oneLine(domain), 80)}` : "a domain file" };
  }
  if ("extends" in value || "rules" in value) return { what: "a policy pack" };
  return other;
}
function cannotRead(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.R_OK);
    return false;
  } catch (error) {
    const code = error.code;
    return code === "EACCES" || code === "EPERM";
  }
}
function readHead(path, limit) {
  try {
    const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stats = fstatSync(fd);
      if (!stats.isFile()) return null;
      const buffer = new Uint8Array(Math.min(stats.size, limit));
      let read = 0;
      while (read < buffer.length) {
        const n = readSync(fd, buffer, read, buffer.length - read, read);
        if (n === 0) break;
        read += n;
      }
      return buffer.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}

// src/formatters/json.ts
function findingJson(f) {
  return {
    ruleId: f.ruleId,
    level: f.level,
    message: f.message,
    domain: f.domain,
    name: f.name,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...f.count !== void 0 ? { count: f.count } : {},
    ...f.alsoNeededBy !== void 0 ? { alsoNeededBy: f.alsoNeededBy } : {}
  };
}
function findingsJson(report) {
  const { shown, omitted: cut } = capFindings(report.findings);
  const omitted = cut + (report.omitted ?? 0);
  return { version: 1, findings: shown.map(findingJson), ...omitted > 0 ? { omitted } : {}, summary: report.summary };
}
function formatJson(report) {
  return `${reportJson(findingsJson(report))}
`;
}

// src/formatters/sarif.ts
import { createHash } from "node:crypto";
var SARIF_LEVEL = { error: "error", warn: "warning", info: "note" };
var RANK = { error: 0, warn: 1, info: 2 };
var HELP_BASE = "https://github.com/maildns/maildns/blob/main/src/rules/";
var MAX_SARIF_RESULTS = 25e3;
var LIVE_ARTIFACT_DIR = "live-dns";
function pathUri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function physicalLocation(f, sites) {
  if (f.file) {
    return {
      artifactLocation: { uri: pathUri(f.file), uriBaseId: "%SRCROOT%" },
      region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.endLine === f.line ? f.column : 1) }
    };
  }
  const site = sites?.get(f.domain);
  if (site) {
    const columns = site.column !== void 0 ? { startColumn: site.column, endColumn: Math.max(site.endColumn ?? site.column, site.column) } : {};
    return { artifactLocation: { uri: pathUri(site.file), uriBaseId: "%SRCROOT%" }, region: { startLine: site.line, ...columns } };
  }
  return { artifactLocation: { uri: pathUri(`${LIVE_ARTIFACT_DIR}/${f.domain || "unknown"}`), uriBaseId: "%SRCROOT%" }, region: { startLine: 1 } };
}
function sarifText(text) {
  return text.replace(/[\\[\]]/g, (c) => `\\${c}`);
}
function lineHash(parts) {
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 16);
}
function keptFindings(findings, max) {
  if (findings.length <= max) return { kept: [...findings], left: [] };
  const order = findings.map((_, i) => i).sort((a, b) => RANK[findings[a].level] - RANK[findings[b].level] || a - b);
  const keep = new Set(order.slice(0, max));
  const kept2 = [];
  const left = [];
  findings.forEach((f, i) => (keep.has(i) ? kept2 : left).push(f));
  return { kept: kept2, left };
}
function overflowNote(total, left, max) {
  const n = (x) => x.toLocaleString("en-US");
  return `${n(total)} results; GitHub code scanning takes at most ${n(max)} per run, so the ${n(max)} most severe are here and ${n(left.error + left.warn + left.info)} were left out (${n(left.error)} errors, ${n(left.warn)} warnings, ${n(left.info)} notes). The JSON report (--format json) has every finding.`;
}
function formatSarif(report, options = {}) {
  const max = options.maxResults ?? MAX_SARIF_RESULTS;
  const rules = [...report.rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  const descriptors = rules.map((r) => ({
    id: r.meta.id,
    name: r.meta.id.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text: r.meta.description },
    fullDescription: { text: `${r.meta.description} References: ${r.meta.references.join("; ")}.` },
    help: { text: r.meta.fix ?? `${r.meta.description} See ${HELP_BASE}${r.meta.id}.md` },
    helpUri: `${HELP_BASE}${r.meta.id}.md`,
    defaultConfiguration: { level: SARIF_LEVEL[r.meta.defaultLevel] },
    properties: { tags: ["mail-dns", r.meta.area], area: r.meta.area, kind: r.meta.kind }
  }));
  const { kept: kept2, left } = keptFindings(report.findings, max);
  const silenced = keptFindings(options.suppressed ?? [], max - kept2.length).kept;
  const occurrences = /* @__PURE__ */ new Map();
  const results = [...kept2, ...silenced].map((f) => {
    const location = physicalLocation(f, options.sites);
    const hash2 = lineHash([f.ruleId, f.domain, f.name ?? "", f.messageId, location.artifactLocation.uri]);
    const occurrence = (occurrences.get(hash2) ?? 0) + 1;
    occurrences.set(hash2, occurrence);
    const result = {
      ruleId: f.ruleId,
      level: SARIF_LEVEL[f.level],
      message: { text: sarifText(f.file ? f.message : `${f.name ?? f.domain}: ${f.message}`) },
      locations: [{ physicalLocation: location, ...f.file ? {} : { logicalLocations: [{ name: f.name ?? f.domain, kind: "dnsName" }] } }],
      partialFingerprints: { primaryLocationLineHash: `${hash2}:${occurrence}` },
      properties: { domain: f.domain, ...f.name ? { dnsName: f.name } : {}, ...f.alsoNeededBy ? { alsoNeededBy: f.alsoNeededBy } : {} }
    };
    const ruleIndex = index.get(f.ruleId);
    if (ruleIndex !== void 0) result.ruleIndex = ruleIndex;
    if (f.suppression) {
      const at = f.file ? { physicalLocation: { artifactLocation: { uri: pathUri(f.file), uriBaseId: "%SRCROOT%" }, region: { startLine: f.suppression.line } } } : void 0;
      result.suppressions = [
        { kind: "inSource", justification: f.suppression.reason, ...at ? { location: at } : {}, ...f.suppression.until ? { properties: { until: f.suppression.until } } : {} }
      ];
    }
    return result;
  });
  const invocation = { executionSuccessful: true };
  const leftOut = { error: options.leftOut?.error ?? 0, warn: options.leftOut?.warn ?? 0, info: options.leftOut?.info ?? 0 };
  for (const f of left) leftOut[f.level]++;
  const leftCount = leftOut.error + leftOut.warn + leftOut.info;
  if (leftCount > 0) {
    invocation.toolExecutionNotifications = [
      { level: "warning", descriptor: { id: "results-capped" }, message: { text: sarifText(overflowNote(kept2.length + leftCount, leftOut, max)) } }
    ];
  }
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "maildns", version: report.toolVersion, informationUri: "https://github.com/maildns/maildns", rules: descriptors } },
        invocations: [invocation],
        results,
        // Columns count UTF-16 code units of the decoded text (src/config/source.ts), as the text, JSON and
        // annotations do: a tab counts one, an emoji two, a byte-order mark none.
        columnKind: "utf16CodeUnits",
        originalUriBaseIds: { "%SRCROOT%": { uri: "file:///" } }
      }
    ]
  };
  return `${reportJson(log)}
`;
}

// src/reports/evidence-load.ts
import { createHash as createHash2 } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname as dirname2, join as join2, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
var MAX_EVIDENCE_BYTES = 64 * 1024 * 1024;
function loadEvidenceFile(path, shown) {
  const read = readRegularFile(path, MAX_EVIDENCE_BYTES);
  if ("problem" in read) {
    const unreadable = (detail, sentence) => ({ problem: { file: shown, kind: "unreadable", detail, line: 1, column: 1 }, sentence });
    if (read.reason === "too-large") return unreadable(`it is ${read.size} octets, more than any \`maildns reports evidence\` writes`, `${shown}: the evidence file is larger than any \`maildns reports evidence\` writes`);
    return unreadable(read.problem, read.reason === "unreadable" ? `${shown}: cannot read the evidence file (${read.code})` : `${shown}: cannot read the evidence file: ${read.problem}`);
  }
  try {
    return { evidence: parseEvidence(read.bytes.toString("utf8"), shown) };
  } catch (error) {
    if (!(error instanceof EvidenceError)) throw error;
    return { problem: { file: shown, kind: error.kind, detail: error.detail, line: error.line, column: error.column }, sentence: error.message };
  }
}
function readEvidenceFile(path, shown) {
  const loaded = loadEvidenceFile(path, shown);
  if ("evidence" in loaded) return loaded.evidence;
  throw new UsageError(loaded.sentence);
}
var display = (cwd, path) => {
  const shown = relative2(cwd, path).split(sep2).join("/");
  return shown.startsWith("..") ? path : shown;
};
function evidenceLookup(source) {
  if (source.explicit !== null) {
    const path = resolve2(source.cwd, source.explicit);
    const shown = display(source.cwd, path);
    const evidence = readEvidenceFile(path, shown);
    return (domain) => evidenceView(evidence, shown, domain);
  }
  const byFolder = /* @__PURE__ */ new Map();
  const beside = (file) => {
    if (file === null) return null;
    const folder = dirname2(resolve2(source.cwd, file));
    let found = byFolder.get(folder);
    if (found === void 0) {
      const path = join2(folder, EVIDENCE_FILE_NAME);
      const shown = display(source.cwd, path);
      if (!existsSync(path)) found = null;
      else {
        const loaded = loadEvidenceFile(path, shown);
        found = "evidence" in loaded ? { evidence: loaded.evidence, shown } : { problem: loaded.problem };
      }
      byFolder.set(folder, found);
    }
    return found;
  };
  const lookup = (domain, file) => {
    const found = beside(file);
    return found && "evidence" in found ? evidenceView(found.evidence, found.shown, domain) : null;
  };
  lookup.problem = (file) => {
    const found = beside(file);
    return found && "problem" in found ? found.problem : null;
  };
  return lookup;
}
function evidenceSelectors(evidence, domain) {
  const entry = evidence.domains.find((d) => d.domain === domain);
  return entry ? entry.selectors.filter((s) => s.domain === domain).map((s) => s.selector) : [];
}
function evidenceKeyFor(explicit, cwd) {
  const hashOf = /* @__PURE__ */ new Map();
  const hash2 = (path) => {
    let h = hashOf.get(path);
    if (h === void 0) {
      const read = existsSync(path) ? readRegularFile(path, MAX_EVIDENCE_BYTES) : null;
      h = read === null ? "" : "bytes" in read ? createHash2("sha256").update(read.bytes).digest("base64") : `unreadable: ${read.problem}`;
      hashOf.set(path, h);
    }
    return h;
  };
  if (explicit !== null) {
    const path = resolve2(cwd, explicit);
    return () => hash2(path);
  }
  return (file) => hash2(join2(dirname2(resolve2(cwd, file)), EVIDENCE_FILE_NAME));
}

// src/plan/read-paths.ts
var DOMAIN_FILES = { test: (name) => isDomainFileName(name) || name === EVIDENCE_FILE_NAME, what: `domain files and ${EVIDENCE_FILE_NAME}` };
var ZONE_FILES = { test: isZoneFileName, what: "zone files" };
var domainPaths = (paths) => paths.map((path) => ({ path, takes: DOMAIN_FILES }));
var DOMAIN_FILES_ONLY = { test: isDomainFileName, what: "domain files" };
var domainFileOnlyPaths = (paths) => paths.map((path) => ({ path, takes: DOMAIN_FILES_ONLY }));
var zonePaths = (zones) => (zones ?? []).map((path) => ({ path, takes: ZONE_FILES }));
var packRead = (policy) => ({ path: policy !== void 0 && SHIPPED_POLICIES.includes(policy) ? void 0 : policy });

// src/engine/cache.ts
import * as crypto from "node:crypto";
import { createHash as createHash3 } from "node:crypto";
import { closeSync as closeSync2, constants as constants2, fstatSync as fstatSync2, mkdirSync, openSync as openSync2, readdirSync, readFileSync as readFileSync2, readSync as readSync2, statSync as statSync2, writeFileSync } from "node:fs";
import { basename as basename2, dirname as dirname3, join as join3, resolve as resolve3 } from "node:path";
import { fileURLToPath } from "node:url";
var DEFAULT_CACHE_FILE = ".maildnscache";
var FORMAT = 4;
var HEADER = "maildns-lint-cache";
var NEWLINE = 10;
var FIELDS = 9;
var oneShotHash = typeof crypto.hash === "function" ? crypto.hash : void 0;
function sha256(bytes) {
  return oneShotHash ? oneShotHash("sha256", bytes, "base64") : createHash3("sha256").update(bytes).digest("base64");
}
function mayHoldDate(bytes) {
  const isDigit = (i) => bytes[i] >= 48 && bytes[i] <= 57;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 92) return true;
    if (b === 45 && i >= 4 && i + 5 < bytes.length && bytes[i + 3] === 45 && isDigit(i - 1) && isDigit(i - 2) && isDigit(i - 3) && isDigit(i - 4) && isDigit(i + 1) && isDigit(i + 2) && isDigit(i + 4) && isDigit(i + 5)) return true;
  }
  return false;
}
var codeHash = null;
function codeFingerprint() {
  if (codeHash === null) {
    try {
      const self = fileURLToPath(import.meta.url);
      const folder = dirname3(self);
      const chunks = basename2(folder) === CHUNKS_FOLDER ? folder : join3(folder, CHUNKS_FOLDER);
      let names = [];
      try {
        names = readdirSync(chunks).sort();
      } catch {
      }
      codeHash = sha256(`${sha256(readFileSync2(self))}
${names.join("\n")}`);
    } catch {
      codeHash = "unknown";
    }
  }
  return codeHash;
}
var CHUNKS_FOLDER = "chunks";
function lintCacheKey(parts) {
  const rules = parts.rules.map((r) => [r.meta.id, r.meta.kind, r.meta.defaultLevel, r.meta.messages, r.meta.options]);
  const key = [FORMAT, parts.toolVersion, codeFingerprint(), parts.policyFingerprint, rules];
  if (parts.listsSuppressed === true) key.push("lists-suppressed");
  return sha256(JSON.stringify(key));
}
function cacheFilePath(location, cwd) {
  if (location === void 0) return join3(cwd, DEFAULT_CACHE_FILE);
  const path = resolve3(cwd, location);
  let folder = location.endsWith("/") || location.endsWith("\\");
  try {
    const found = statSync2(path);
    folder ||= found.isDirectory();
    if (!found.isDirectory() && !found.isFile()) throw new UsageError(`--cache-location ${location} is a device or a pipe, not a file: give a file or a folder for the lint cache`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
  }
  return folder ? join3(path, DEFAULT_CACHE_FILE) : path;
}
function jsonString(text) {
  return text.length >= 2 && text.charCodeAt(0) === 34 && text.charCodeAt(text.length - 1) === 34 && !text.includes("\\") ? text.slice(1, -1) : JSON.parse(text);
}
var NOT_ASCII = /[^\x00-\x7f]/;
function decimalAt(text, from, to) {
  if (to <= from || to - from > 9) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}
function fieldText(stored, from, to) {
  const raw = stored.text.slice(from, to);
  return NOT_ASCII.test(raw) ? stored.bytes.toString("utf8", from, to) : raw;
}
function readStored(path, key) {
  const empty = () => ({ bytes: Buffer.alloc(0), text: "", files: /* @__PURE__ */ new Map(), fields: new Int32Array(0), lines: 0, appendable: false });
  let bytes;
  try {
    bytes = readFileSync2(path);
  } catch {
    return empty();
  }
  const header = `${HEADER} ${FORMAT} ${key}
`;
  if (bytes.length < header.length || bytes.toString("latin1", 0, header.length) !== header) return empty();
  const text = bytes.toString("latin1");
  const files = /* @__PURE__ */ new Map();
  let fields = new Int32Array(FIELDS * 1024);
  let slots = 0;
  let lines = 0;
  const at = [0, 0, 0, 0, 0, 0, 0];
  for (let start = header.length; start < text.length; ) {
    const newline = text.indexOf("\n", start);
    if (newline < 0) break;
    lines++;
    const line = start;
    start = newline + 1;
    const last = text.lastIndexOf("	", newline);
    if (last < line || decimalAt(text, last + 1, newline) !== last - line) continue;
    at[0] = line;
    let whole = true;
    for (let k = 1; k <= 6 && whole; k++) {
      at[k] = text.indexOf("	", at[k - 1] + (k === 1 ? 0 : 1));
      whole = at[k] >= 0 && at[k] < last;
    }
    if (!whole) continue;
    let file;
    try {
      const raw = text.slice(line, at[1]);
      file = raw.length >= 2 && raw.charCodeAt(0) === 34 && raw.charCodeAt(raw.length - 1) === 34 && !raw.includes("\\") && !NOT_ASCII.test(raw) ? raw.slice(1, -1) : JSON.parse(bytes.toString("utf8", line, at[1]));
    } catch {
      continue;
    }
    if (typeof file !== "string") continue;
    if ((slots + 1) * FIELDS > fields.length) {
      const grown = new Int32Array(fields.length * 2);
      grown.set(fields);
      fields = grown;
    }
    const base = slots * FIELDS;
    for (let k = 0; k <= 6; k++) fields[base + k] = at[k];
    fields[base + 7 /* Last */] = last;
    fields[base + 8 /* End */] = newline + 1;
    files.set(file, slots++);
  }
  return { bytes, text, files, fields, lines, appendable: bytes[bytes.length - 1] === NEWLINE };
}
function storedLevelsAt(stored, slot) {
  const base = slot * FIELDS;
  const from = stored.fields[base + 4 /* T4 */] + 1;
  const to = stored.fields[base + 5 /* T5 */];
  const space1 = stored.text.indexOf(" ", from);
  const space2 = space1 < 0 ? -1 : stored.text.indexOf(" ", space1 + 1);
  if (space1 < 0 || space2 < 0 || space2 >= to) return null;
  const error = decimalAt(stored.text, from, space1);
  const warn = decimalAt(stored.text, space1 + 1, space2);
  const info = decimalAt(stored.text, space2 + 1, to);
  return error < 0 || warn < 0 || info < 0 ? null : { error, warn, info };
}
function fieldIs(text, from, to, value) {
  return to - from === value.length && text.startsWith(value, from);
}
function readFindings(stored, slot, levels, file, message) {
  const base = slot * FIELDS;
  try {
    const list = JSON.parse(stored.bytes.toString("utf8", stored.fields[base + 6 /* T6 */] + 1, stored.fields[base + 7 /* Last */]));
    if (!Array.isArray(list)) return null;
    const findings = [];
    const seen = { error: 0, warn: 0, info: 0 };
    for (const item of list) {
      if (!Array.isArray(item) || item.length !== 12) return null;
      const [ruleId, level, domain, name, line, column, endLine, endColumn, messageId, data, text, count] = item;
      if (typeof ruleId !== "string" || typeof messageId !== "string" || !data || typeof data !== "object" || !(level in seen)) return null;
      if (text !== null && typeof text !== "string" || count !== null && typeof count !== "number") return null;
      const finding = { ruleId, level, message: text ?? message(ruleId, messageId, data), domain, file, name, line, column, endLine, endColumn, messageId, data };
      if (count !== null) finding.count = count;
      findings.push(finding);
      seen[level]++;
    }
    if (seen.error !== levels.error || seen.warn !== levels.warn || seen.info !== levels.info) return null;
    return findings;
  } catch {
    return null;
  }
}
function folderOf(file) {
  const slash = Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\"));
  return slash < 0 ? "" : file.slice(0, slash);
}
function appendToOwnCache(path, header, lines) {
  let fd;
  try {
    fd = openSync2(path, constants2.O_RDWR | constants2.O_APPEND);
  } catch {
    return false;
  }
  try {
    const stats = fstatSync2(fd);
    if (!stats.isFile() || stats.size < header.length) return false;
    const head = Buffer.alloc(header.length);
    const last = Buffer.alloc(1);
    if (readSync2(fd, head, 0, head.length, 0) !== head.length || head.toString("latin1") !== header) return false;
    if (readSync2(fd, last, 0, 1, stats.size - 1) !== 1 || last[0] !== NEWLINE) return false;
    writeFileSync(fd, lines);
    return true;
  } finally {
    closeSync2(fd);
  }
}
function closedLine(body) {
  return `${body}	${Buffer.byteLength(body)}`;
}
function openLintCache(path, key, rules, options = {}) {
  const previous = readStored(path, key);
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const message = (ruleId, messageId, data) => findingMessage(byId.get(ruleId), messageId, data);
  const extraOf = /* @__PURE__ */ new Map();
  const extraKey = (file) => {
    if (!options.extraKey) return "";
    const folder = folderOf(file);
    let extra = extraOf.get(folder);
    if (extra === void 0) extraOf.set(folder, extra = options.extraKey(file));
    return extra;
  };
  const hashOf = (file, bytes) => {
    const extra = extraKey(file);
    return extra === "" ? sha256(bytes) : `${sha256(bytes)} ${extra}`;
  };
  const { text, fields } = previous;
  const F = (slot, at) => fields[slot * FIELDS + at];
  let hasStamps = false;
  for (const slot of previous.files.values()) {
    if (!fieldIs(text, F(slot, 2 /* T2 */) + 1, F(slot, 3 /* T3 */), "-")) {
      hasStamps = true;
      break;
    }
  }
  const dayIs = (slot, day) => fieldIs(text, F(slot, 3 /* T3 */) + 1, F(slot, 4 /* T4 */), day ?? "-");
  const extraIs = (slot, extra) => {
    const from = F(slot, 1 /* T1 */) + 1;
    const to = F(slot, 2 /* T2 */);
    const space = text.indexOf(" ", from);
    if (space < 0 || space >= to) return extra === "";
    return extra !== "" && fieldIs(text, space + 1, to, extra);
  };
  const live = /* @__PURE__ */ new Map();
  const appended = [];
  let hits = 0;
  let misses = 0;
  let unread = 0;
  const outcomeOf = (slot, file, byStamp) => {
    const levels = storedLevelsAt(previous, slot);
    if (levels === null) return null;
    let domainName;
    try {
      const raw = fieldText(previous, F(slot, 5 /* T5 */) + 1, F(slot, 6 /* T6 */));
      domainName = raw === "null" ? null : jsonString(raw);
    } catch {
      return null;
    }
    if (domainName !== null && typeof domainName !== "string") return null;
    let findings;
    return {
      domainName,
      levels,
      findings: () => {
        if (findings !== void 0) return findings;
        findings = readFindings(previous, slot, levels, file, message);
        if (findings === null) {
          hits--;
          misses++;
          if (byStamp) unread--;
        }
        return findings;
      }
    };
  };
  const keep = (file, line) => {
    live.set(file, line);
    if (typeof line === "string") appended.push(line);
  };
  return {
    stampMatches(file, stamp, today) {
      const slot = previous.files.get(file);
      if (stamp === null || slot === void 0 || !fieldIs(text, F(slot, 2 /* T2 */) + 1, F(slot, 3 /* T3 */), stamp) || !extraIs(slot, extraKey(file))) return false;
      return dayIs(slot, null) || dayIs(slot, today);
    },
    storedLevels(file) {
      const slot = previous.files.get(file);
      return slot === void 0 ? null : storedLevelsAt(previous, slot);
    },
    fromStamp(file) {
      const slot = previous.files.get(file);
      const outcome = slot === void 0 ? null : outcomeOf(slot, file, true);
      if (outcome === null) return null;
      hits++;
      unread++;
      keep(file, slot);
      return outcome;
    },
    get(file, bytes, today, stamp = null) {
      const slot = previous.files.get(file);
      const day = slot === void 0 ? null : mayHoldDate(bytes) ? today : null;
      const outcome = slot !== void 0 && dayIs(slot, day) && fieldIs(text, F(slot, 1 /* T1 */) + 1, F(slot, 2 /* T2 */), hashOf(file, bytes)) ? outcomeOf(slot, file, false) : null;
      if (outcome === null) {
        misses++;
        return null;
      }
      hits++;
      if (stamp === null ? fieldIs(text, F(slot, 2 /* T2 */) + 1, F(slot, 3 /* T3 */), "-") : fieldIs(text, F(slot, 2 /* T2 */) + 1, F(slot, 3 /* T3 */), stamp)) keep(file, slot);
      else {
        const head = previous.bytes.toString("utf8", F(slot, 0 /* Start */), F(slot, 2 /* T2 */) + 1);
        const tail = previous.bytes.toString("utf8", F(slot, 3 /* T3 */), F(slot, 7 /* Last */));
        keep(file, closedLine(`${head}${stamp ?? "-"}${tail}`));
      }
      return outcome;
    },
    set(file, bytes, today, outcome, stamp = null) {
      const levels = { error: 0, warn: 0, info: 0 };
      const f = outcome.findings.map((x) => {
        levels[x.level]++;
        const text2 = x.message === message(x.ruleId, x.messageId, x.data) ? null : x.message;
        return [x.ruleId, x.level, x.domain, x.name, x.line, x.column, x.endLine, x.endColumn, x.messageId, x.data, text2, x.count ?? null];
      });
      keep(file, closedLine(`${JSON.stringify(file)}	${hashOf(file, bytes)}	${stamp ?? "-"}	${mayHoldDate(bytes) ? today : "-"}	${levels.error} ${levels.warn} ${levels.info}	${JSON.stringify(outcome.domainName)}	${JSON.stringify(f)}`));
    },
    get hasStamps() {
      return hasStamps;
    },
    save() {
      const stale = previous.lines + appended.length - live.size;
      if (previous.appendable && stale <= live.size && appended.length * 2 <= live.size) {
        if (appended.length === 0 || appendToOwnCache(path, `${HEADER} ${FORMAT} ${key}
`, `${appended.join("\n")}
`)) return;
      }
      mkdirSync(dirname3(path), { recursive: true });
      const parts = [`${HEADER} ${FORMAT} ${key}
`];
      for (const line of live.values()) parts.push(typeof line === "string" ? `${line}
` : previous.bytes.subarray(F(line, 0 /* Start */), F(line, 8 /* End */)));
      writeFileWhole(path, Buffer.concat(parts.map((p) => typeof p === "string" ? Buffer.from(p) : p)));
    },
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
    get unread() {
      return unread;
    }
  };
}
function openLintCacheAt(options) {
  const path = cacheFilePath(options.location, options.cwd);
  const key = lintCacheKey({ policyFingerprint: options.policy.fingerprint ?? options.policy.name, rules: options.rules, toolVersion: options.toolVersion, listsSuppressed: options.listsSuppressed === true });
  return { cache: openLintCache(path, key, options.rules, { extraKey: options.extraKey }), path };
}

export {
  isCalendarDate,
  isInside,
  keptFile,
  keptWords,
  judgeAt,
  appearedAt,
  sameWrittenFile,
  appearedWords,
  DEFAULT_CACHE_FILE,
  cacheFilePath,
  openLintCacheAt,
  findingJson,
  findingsJson,
  formatJson,
  MAX_SARIF_RESULTS,
  formatSarif,
  readEvidenceFile,
  evidenceLookup,
  evidenceSelectors,
  evidenceKeyFor,
  domainPaths,
  domainFileOnlyPaths,
  zonePaths,
  packRead,
  toolVersion
};
