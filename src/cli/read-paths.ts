// What a command reads, for --output's check (args.ts outputOption): the report, renamed onto its place at
// the end, must never replace a domain file, a zone file, a pack or a password file the run read.
import { closeSync, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { basename, resolve } from "node:path";
import { MAX_FILE_BYTES, parseSource } from "../config/source.js";
import { isZoneFileName } from "../dns/zone-source.js";
import { isDomainFileName } from "../engine/files.js";
import { oneLine, truncateText } from "../model/show.js";
import { SHIPPED_POLICIES } from "../engine/policy.js";
import { EVIDENCE_FILE_NAME } from "../reports/evidence.js";
import type { ReadPath } from "./args.js";
import { UsageError } from "./command.js";

/** The files lint and plan read in a folder of domain files: the domain files, and the evidence beside them. */
const DOMAIN_FILES = { test: (name: string) => isDomainFileName(name) || name === EVIDENCE_FILE_NAME, what: `domain files and ${EVIDENCE_FILE_NAME}` };
const ZONE_FILES = { test: isZoneFileName, what: "zone files" };

/** Domain files and folders of them (PATH..., or stacks/ by default). */
export const domainPaths = (paths: readonly string[]): ReadPath[] => paths.map((path) => ({ path, takes: DOMAIN_FILES }));

/**
 * Domain files and folders of them, as `reports summary` and `reports evidence` read them for the domains
 * they declare: the evidence file beside them is what `evidence` writes, not what it reads.
 */
const DOMAIN_FILES_ONLY = { test: isDomainFileName, what: "domain files" };
export const domainFileOnlyPaths = (paths: readonly string[]): ReadPath[] => paths.map((path) => ({ path, takes: DOMAIN_FILES_ONLY }));

/** --zone FILE|DIR, repeated. */
export const zonePaths = (zones: readonly string[] | undefined): ReadPath[] => (zones ?? []).map((path) => ({ path, takes: ZONE_FILES }));

/** --policy: a pack file (a shipped pack's name is no path of the user's). */
export const packRead = (policy: string | undefined): ReadPath => ({ path: policy !== undefined && (SHIPPED_POLICIES as readonly string[]).includes(policy) ? undefined : policy });

/**
 * Refuses (exit 2) an `--output` whose existing file is a maildns domain file, before any work is done. `reports summary` with no paths and `reports evidence --out` into another stack
 * read no domain file there, so the read paths alone never guard it: a report renamed onto
 * stacks/prod/example.com.yaml would replace the domain file with JSON or text. A domain file is a .yaml or
 * .yml file (engine/files.ts, the name the output or the file it links to has) whose YAML is a mapping
 * declaring `domain:`, or whose YAML does not parse (a domain file in the middle of an edit: no report
 * maildns writes is YAML, so such a file is no earlier report either). Any other file, an earlier report
 * among them, is replaced as before.
 */
export function refuseDomainFileOutput(io: { cwd: string }, output: string | undefined, flag = "--output"): void {
  const held = domainFileHeld(io, output);
  if (held !== null) throw new UsageError(`${flag} ${output} is ${held}: the report would replace it; give another file name`);
}

function domainFileHeld(io: { cwd: string }, output: string | undefined): string | null {
  if (output === undefined || output === "-") return null;
  const target = resolve(io.cwd, output);
  let real: string;
  try {
    real = realpathSync(target);
  } catch {
    return null;
  }
  if (!isDomainFileName(basename(target)) && !isDomainFileName(basename(real))) return null;
  let bytes: Uint8Array;
  try {
    const fd = openSync(real, "r");
    try {
      const stats = fstatSync(fd);
      // A device or a pipe is written in place (report-sink.ts), and a file past a domain file's limit is none.
      if (!stats.isFile() || stats.size > MAX_FILE_BYTES) return null;
      const buffer = new Uint8Array(stats.size);
      let read = 0;
      while (read < buffer.length) {
        const n = readSync(fd, buffer, read, buffer.length - read, read);
        if (n === 0) break;
        read += n;
      }
      bytes = buffer.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  const source = parseSource(real, bytes);
  if (source.problems.some((p) => p.ruleId === "file-syntax" || p.ruleId === "file-duplicate-key")) return "a YAML file that does not parse (a domain file being edited?)";
  const value = source.value;
  if (value === null || typeof value !== "object" || Array.isArray(value) || !("domain" in value)) return null;
  const domain = (value as { domain?: unknown }).domain;
  return typeof domain === "string" && domain !== "" ? `the domain file of ${truncateText(oneLine(domain), 80)}` : "a domain file";
}

/** How maildns's evidence file begins (reports/evidence.ts serializeEvidence): a summary's JSON has no minSourceShare. */
const EVIDENCE_HEAD = /^\s*\{\s*"version"\s*:\s*1\s*,\s*"window"\s*:\s*\{[^{}]*\}\s*,\s*"minSourceShare"\s*:/;

/**
 * Refuses (exit 2) a `reports summary -o` onto a DMARC evidence file: one named dmarc-evidence.json (where
 * lint, plan and the Action look beside the domain files), or one that begins as `reports evidence` writes
 * it (given to them with --evidence). The summary's JSON is another shape: the committed evidence replaced by
 * it made every later lint and plan of the stack stop at "not a DMARC evidence file". Only the file's first
 * kilobytes are read: an earlier summary may be tens of megabytes.
 */
export function refuseEvidenceOutput(io: { cwd: string }, output: string | undefined): void {
  if (output === undefined || output === "-") return;
  const target = resolve(io.cwd, output);
  let real: string;
  try {
    real = realpathSync(target);
  } catch {
    return;
  }
  let evidence = basename(target) === EVIDENCE_FILE_NAME || basename(real) === EVIDENCE_FILE_NAME;
  if (!evidence) {
    try {
      const fd = openSync(real, "r");
      try {
        if (!fstatSync(fd).isFile()) return;
        const head = new Uint8Array(4096);
        const n = readSync(fd, head, 0, head.length, 0);
        evidence = EVIDENCE_HEAD.test(new TextDecoder().decode(head.subarray(0, n)));
      } finally {
        closeSync(fd);
      }
    } catch {
      return;
    }
  }
  if (evidence) throw new UsageError(`--output ${output} is a DMARC evidence file, which lint and plan read (rule dmarc-ramp-evidence): the summary would replace it; give another file name (\`maildns reports evidence\` writes the evidence)`);
}
