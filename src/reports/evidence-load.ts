// Reading evidence files at the edge (CLI, Action): `--evidence FILE` for every domain, or else the
// dmarc-evidence.json beside each domain file. A broken file is a usage error naming it (exit 2), never
// "no evidence": that would turn an error into a warning.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { readRegularFile } from "../config/regular-file.js";
import { UsageError } from "../engine/usage-error.js";
import type { EvidenceLookup } from "../engine/types.js";
import type { EvidenceFile } from "../model/evidence.js";
import { EVIDENCE_FILE_NAME, EvidenceError, evidenceView, parseEvidence } from "./evidence.js";

/** Largest evidence file read: the command writes a few kilobytes per domain. */
const MAX_EVIDENCE_BYTES = 64 * 1024 * 1024;

export function readEvidenceFile(path: string, shown: string): EvidenceFile {
  // A regular file only, its size checked before reading: a FIFO would wait for a writer forever, and a
  // device such as /dev/zero would never end.
  const read = readRegularFile(path, MAX_EVIDENCE_BYTES);
  if ("problem" in read) {
    if (read.reason === "too-large") throw new UsageError(`${shown}: the evidence file is larger than any \`maildns reports evidence\` writes`);
    throw new UsageError(read.reason === "unreadable" ? `${shown}: cannot read the evidence file (${read.code})` : `${shown}: cannot read the evidence file: ${read.problem}`);
  }
  const text = read.bytes.toString("utf8");
  try {
    return parseEvidence(text, shown);
  } catch (error) {
    if (error instanceof EvidenceError) throw new UsageError(error.message);
    throw error;
  }
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

/** The lookup the engine calls per domain; files are read once. */
export function evidenceLookup(source: EvidenceSource): EvidenceLookup {
  if (source.explicit !== null) {
    const path = resolve(source.cwd, source.explicit);
    const shown = display(source.cwd, path);
    const evidence = readEvidenceFile(path, shown);
    return (domain) => evidenceView(evidence, shown, domain);
  }
  const byFolder = new Map<string, { evidence: EvidenceFile; shown: string } | null>();
  return (domain, file) => {
    if (file === null) return null;
    const folder = dirname(resolve(source.cwd, file));
    let found = byFolder.get(folder);
    if (found === undefined) {
      const path = join(folder, EVIDENCE_FILE_NAME);
      const shown = display(source.cwd, path);
      found = existsSync(path) ? { evidence: readEvidenceFile(path, shown), shown } : null;
      byFolder.set(folder, found);
    }
    return found ? evidenceView(found.evidence, found.shown, domain) : null;
  };
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
      // lookup then says why, as a usage error.
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
