// The Pulumi program: lint the stack's domain files, refuse on errors or tripped safety gates, then declare
// one `ovh.domain.ZoneRecord` per record in OVH's stable form, adopting records the zone already has.
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import * as ovh from "@ovhcloud/pulumi-ovh";
import * as pulumi from "@pulumi/pulumi";
import type { Finding } from "../engine/types.js";
import { lintPaths } from "../index.js";
import type { DomainModel } from "../model/types.js";
import { IMPORT_FILE_NAME, ImportFileError, readImportFile, type ImportFile } from "../ovh/import-file.js";
import { matchZone, type Deletion } from "../ovh/match.js";
import { OvhRecordError, isManagedLive, ovhRecordsFor, type OvhZoneRecord } from "../ovh/records.js";
import { formatFinding, lintFailure } from "./lint-gate.js";
import { DEFAULT_SAFETY, applyOverrides, checkSafety, describeDeletion, refusalMessage, type GateTrip } from "./safety.js";

export type LintFn = (
  paths: string[],
  options?: { policy?: string; cwd?: string; today?: string },
) => Promise<{ findings: Finding[]; domains: DomainModel[]; files: number; errors: number }>;

export interface MailDnsConfig {
  /** Policy pack for the lint gate (`maildns:policy`); the linter's default when absent. */
  policy?: string;
  /** Safety gates this update may pass (`maildns:allow`), e.g. ["loosen-dmarc"]. */
  allow?: readonly string[];
  largeChangeShare?: number;
  largeChangeMinRecords?: number;
  /** OVH provider settings (`ovh:*`); absent values fall back to the provider's OVH_* environment variables. */
  endpoint?: string;
  applicationKey?: pulumi.Input<string>;
  applicationSecret?: pulumi.Input<string>;
  consumerKey?: pulumi.Input<string>;
  /** Today's date for the date rules (YYYY-MM-DD); the linter's clock when absent. */
  today?: string;
}

export interface MailDnsLog {
  warn(message: string): void;
  info(message: string): void;
}

export interface MailDnsOptions {
  stack: string;
  /** Repository root: the directory holding Pulumi.yaml and stacks/. */
  root: string;
  config: MailDnsConfig;
  /** The linter; the library's lintPaths when absent. */
  lint?: LintFn;
  log?: MailDnsLog;
}

export interface MailDnsResult {
  /** What was declared, in resource-name order. */
  planned: OvhZoneRecord[];
  resources: ovh.domain.ZoneRecord[];
  provider: ovh.Provider;
  /** Resource name → import id, for the records adopted in this update. */
  imports: Record<string, string>;
  deletions: string[];
  overridden: GateTrip[];
}

const pulumiLog: MailDnsLog = {
  warn: (message) => void pulumi.log.warn(message),
  info: (message) => void pulumi.log.info(message),
};

export async function defineMailDns(options: MailDnsOptions): Promise<MailDnsResult> {
  const log = options.log ?? pulumiLog;
  const config = options.config;
  const allow = [...(config.allow ?? [])];
  const stackDir = join(options.root, "stacks", options.stack);
  const shownDir = relative(options.root, stackDir) || stackDir;
  if (!existsSync(stackDir)) {
    throw new pulumi.RunError(`maildns: ${shownDir}/ does not exist; the stack "${options.stack}" keeps its domain files there.`);
  }

  const lint: LintFn = options.lint ?? lintPaths;
  const lintOptions: { policy?: string; cwd: string; today?: string } = { cwd: options.root };
  if (config.policy) lintOptions.policy = config.policy;
  if (config.today) lintOptions.today = config.today;
  let result: Awaited<ReturnType<LintFn>>;
  try {
    result = await lint([stackDir], lintOptions);
  } catch (error) {
    // A missing path or a broken policy pack (the CLI's exit 2): say it without a stack trace.
    throw new pulumi.RunError(`maildns: ${(error as Error).message}`);
  }
  for (const finding of result.findings.filter((f) => f.level === "warn")) log.warn(formatFinding(finding));
  if (result.errors > 0) throw new pulumi.RunError(lintFailure(result.findings, result.errors, result.files, result.domains.length));

  const planned = plannedRecords(result.domains);
  const shownImportFile = `${shownDir}/${IMPORT_FILE_NAME}`;
  let importFile: ImportFile | null;
  try {
    importFile = await readImportFile(stackDir, shownImportFile);
  } catch (error) {
    if (error instanceof ImportFileError) throw new pulumi.RunError(`maildns: ${error.message}`);
    throw error;
  }

  const byZone = new Map<string, OvhZoneRecord[]>();
  for (const record of planned) byZone.set(record.zone, [...(byZone.get(record.zone) ?? []), record]);

  const trips: GateTrip[] = [];
  const deletions: Deletion[] = [];
  const imports: Record<string, string> = {};
  for (const [zone, desired] of byZone) {
    const snapshot = importFile?.zones[zone];
    if (!snapshot) {
      // Without adoption, records OVH already holds (its default MX, SPF) would be created a second time.
      trips.push({
        gate: "skip-adopt",
        zone,
        message: `${zone}: no live records recorded in ${shownImportFile}; run \`maildns adopt --stack ${options.stack}\` first so existing records are adopted, not duplicated`,
      });
      continue;
    }
    const existing = snapshot.existing.filter(isManagedLive);
    const match = matchZone(zone, desired, existing);
    trips.push(...checkSafety(match, existing, desired, safetyOptions(config)));
    deletions.push(...match.deletions);
    for (const record of desired) {
      const id = importFile?.imports[record.name];
      if (id) {
        if (!id.endsWith(`.${zone}`)) throw new pulumi.RunError(`maildns: ${shownImportFile}: import id ${id} of ${record.name} is not in zone ${zone} [ovh-import-id]`);
        imports[record.name] = id;
      }
    }
  }

  const { refused, overridden } = applyOverrides(trips, allow);
  if (refused.length > 0) throw new pulumi.RunError(refusalMessage(refused));
  for (const trip of overridden) log.warn(`maildns: override "${trip.gate}" used (maildns:allow): ${trip.message}`);
  const deletionLines = deletions.map(describeDeletion);
  for (const [index, line] of deletionLines.entries()) {
    // maildns never declares OVH's pseudo-types, so Pulumi cannot be the one deleting them.
    const who = deletions[index]!.reason === "pseudo-type"
      ? "Pulumi does not delete it: delete it in OVH's Control Panel or API, or the name keeps two such records"
      : "deleted by this update if the stack manages it, otherwise delete it at OVH";
    log.warn(`${line}: ${who}`);
  }

  const providerArgs: ovh.ProviderArgs = {};
  if (config.endpoint) providerArgs.endpoint = config.endpoint;
  if (config.applicationKey) providerArgs.applicationKey = pulumi.secret(config.applicationKey);
  if (config.applicationSecret) providerArgs.applicationSecret = pulumi.secret(config.applicationSecret);
  if (config.consumerKey) providerArgs.consumerKey = pulumi.secret(config.consumerKey);
  const provider = new ovh.Provider("ovh", providerArgs);

  const resources = planned.map((record) => {
    const opts: pulumi.CustomResourceOptions = { provider };
    const importId = imports[record.name];
    if (importId) opts.import = importId;
    return new ovh.domain.ZoneRecord(
      record.name,
      { zone: record.zone, subdomain: record.subdomain, fieldtype: record.fieldtype, target: record.target, ttl: record.ttl },
      opts,
    );
  });
  log.info(`maildns: ${planned.length} records in ${byZone.size} zones, ${Object.keys(imports).length} adopted`);
  return { planned, resources, provider, imports, deletions: deletionLines, overridden };
}

function safetyOptions(config: MailDnsConfig) {
  return {
    largeChangeShare: config.largeChangeShare ?? DEFAULT_SAFETY.largeChangeShare,
    largeChangeMinRecords: config.largeChangeMinRecords ?? DEFAULT_SAFETY.largeChangeMinRecords,
  };
}

/** Every domain's OVH records; two files declaring the same record would fight over one resource. */
export function plannedRecords(domains: readonly DomainModel[]): OvhZoneRecord[] {
  const byName = new Map<string, OvhZoneRecord>();
  for (const domain of domains) {
    let records: OvhZoneRecord[];
    try {
      records = ovhRecordsFor(domain);
    } catch (error) {
      if (error instanceof OvhRecordError) throw new pulumi.RunError(`maildns: ${error.message}`);
      throw error;
    }
    for (const record of records) {
      const other = byName.get(record.name);
      if (other) {
        throw new pulumi.RunError(`maildns: ${record.file ?? record.zone} and ${other.file ?? other.zone} both declare ${record.fieldtype} ${record.subdomain || "@"} in zone ${record.zone} [lint-duplicate-domain]`);
      }
      byName.set(record.name, record);
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}
