// Reading evidence files at the edge (CLI, Action): `--evidence FILE` for every domain, or else the
// dmarc-evidence.json beside each domain file. A broken file is never "no evidence" in silence: that would
// turn an error into a warning. One named with --evidence (or the Action's `evidence` input) is a usage
// error naming it (exit 2), as any path the command names that cannot be read; one found beside domain files
// is an error finding on it, at the line and column that is wrong (EvidenceProblem), and its domains are
// checked as if no evidence applied, while every other folder is checked and reported as usual.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { readRegularFile } from "../config/regular-file.js";
import { UsageError } from "../engine/usage-error.js";
import type { EvidenceLookup, EvidenceProblem } from "../engine/types.js";
import type { EvidenceFile } from "../model/evidence.js";
import { EVIDENCE_FILE_NAME, EvidenceError, evidenceView, parseEvidence } from "./evidence.js";

/** Largest evidence file read: the command writes a few kilobytes per domain. */
const MAX_EVIDENCE_BYTES = 64 * 1024 * 1024;

/**
 * An evidence file read, or why it cannot be used: the problem a finding on it says, and the sentence a
 * usage error says when the command named it.
 */
function loadEvidenceFile(path: string, shown: string): { evidence: EvidenceFile } | { problem: EvidenceProblem; sentence: string } {
  // A regular file only, its size checked before reading: a FIFO would wait for a writer forever, and a
  // device such as /dev/zero would never end.
  const read = readRegularFile(path, MAX_EVIDENCE_BYTES);
  if ("problem" in read) {
    const unreadable = (detail: string, sentence: string) => ({ problem: { file: shown, kind: "unreadable" as const, detail, line: 1, column: 1 }, sentence });
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

/** An evidence file named on the command line (`--evidence`): read, or a usage error naming what is wrong. */
export function readEvidenceFile(path: string, shown: string): EvidenceFile {
  const loaded = loadEvidenceFile(path, shown);
  if ("evidence" in loaded) return loaded.evidence;
  throw new UsageError(loaded.sentence);
}

export interface EvidenceSource {
  /** `--evidence FILE` (relative to cwd), or null to look beside each domain file. */
  explicit: string | null;
  cwd: string;
}

const display = (cwd: string, path: string) => {
  const shown = relative(cwd, path).split(sep).join("/");
  return shown.startsWith("..") ? path : shown;
};

/**
 * The lookup the engine calls per domain; files are read once. `--evidence FILE` is read at once (a usage
 * error when broken); a file beside domain files is read when a domain file of its folder is first met, and
 * a broken one is its `problem` (the lookup gives null for the domains beside it).
 */
export function evidenceLookup(source: EvidenceSource): EvidenceLookup {
  if (source.explicit !== null) {
    const path = resolve(source.cwd, source.explicit);
    const shown = display(source.cwd, path);
    const evidence = readEvidenceFile(path, shown);
    return (domain) => evidenceView(evidence, shown, domain);
  }
  type Found = { evidence: EvidenceFile; shown: string } | { problem: EvidenceProblem } | null;
  const byFolder = new Map<string, Found>();
  const beside = (file: string | null): Found => {
    if (file === null) return null;
    const folder = dirname(resolve(source.cwd, file));
    let found = byFolder.get(folder);
    if (found === undefined) {
      const path = join(folder, EVIDENCE_FILE_NAME);
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
  const lookup: EvidenceLookup = (domain, file) => {
    const found = beside(file);
    return found && "evidence" in found ? evidenceView(found.evidence, found.shown, domain) : null;
  };
  lookup.problem = (file) => {
    const found = beside(file);
    return found && "problem" in found ? found.problem : null;
  };
  return lookup;
}

/** DKIM selectors the evidence saw signing for a domain (d= the domain itself), most used first. */
export function evidenceSelectors(evidence: EvidenceFile, domain: string): string[] {
  const entry = evidence.domains.find((d) => d.domain === domain);
  return entry ? entry.selectors.filter((s) => s.domain === domain).map((s) => s.selector) : [];
}

/**
 * What else than its bytes a file's findings depend on: the DMARC evidence that applies to it (`explicit`,
 * or the dmarc-evidence.json beside it), for lint's cache (`--cache`, the Action's `cache` input), as a hash; "" when there is none. Each evidence file is read once.
 */
export function evidenceKeyFor(explicit: string | null, cwd: string): (file: string) => string {
  const hashOf = new Map<string, string>();
  const hash = (path: string) => {
    let h = hashOf.get(path);
    if (h === undefined) {
      // Never a blocking read (a FIFO, a device): what cannot be read keys as such, and the evidence
      // lookup then says why (a finding on the file, or a usage error for --evidence).
      const read = existsSync(path) ? readRegularFile(path, MAX_EVIDENCE_BYTES) : null;
      h = read === null ? "" : "bytes" in read ? createHash("sha256").update(read.bytes).digest("base64") : `unreadable: ${read.problem}`;
      hashOf.set(path, h);
    }
    return h;
  };
  if (explicit !== null) {
    const path = resolve(cwd, explicit);
    return () => hash(path);
  }
  return (file) => hash(join(dirname(resolve(cwd, file)), EVIDENCE_FILE_NAME));
}
