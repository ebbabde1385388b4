// What a command reads, for --output's check (the CLI's args.ts outputOption, output-guard.ts) and for the
// files the Action writes (action/inputs.ts): the report, renamed onto its place at the end, must never
// replace a domain file, a zone file, a pack or a password file the run read.
import { isZoneFileName } from "../dns/zone-source.js";
import { isDomainFileName } from "../engine/files.js";
import { SHIPPED_POLICIES } from "../engine/policy.js";
import { EVIDENCE_FILE_NAME } from "../reports/evidence.js";
import type { ReadPath } from "./output-guard.js";

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
