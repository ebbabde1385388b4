// The Pulumi program: a thin adapter over the library and the DNS host registry. It lints the stack's
// domain files, plans each zone from what `maildns adopt` recorded (model/operations.ts via
// providers/apply-plan.ts), refuses on lint errors or on gates the library computes (plan/safety.ts, the
// same gates `maildns plan` shows), then declares one resource per record slot through the host's seam.
// In an update (never in a preview) it saves each changed zone's export for rollback and deletes, before
// anything is written, the records that must go first (a host's read-only pseudo-types, a surplus SPF or
// DMARC record), so no name ever holds two.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, relative } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import type { LintFn } from "../engine/run.js";
import { writeFileWhole } from "../config/write-whole.js";
import { lintPaths } from "../index.js";
import { desiredSlotRecords, ownerLabel, standingSlotRecords, type SlotRecord } from "../model/slots.js";
import type { DomainModel } from "../model/types.js";
import { DEFAULT_SAFETY, evaluateGates, refusalMessage, refused, skipAdoptGate, type Gate } from "../plan/safety.js";
import { listsNothingGates, readWhileDeclaredGate, unrecordedDropGate } from "../plan/stale-adoption.js";
import { sharedZoneMessage, unknownZoneMessage, zonesInOtherStacks } from "../plan/other-stacks.js";
import { ADOPTION_FILE_NAME, AdoptionFileError, hasLegacyImportFile, LEGACY_IMPORT_FILE_NAME, readAdoptionFile, type AdoptionFile } from "../providers/adoption-file.js";
import { createdAsDeclared, droppedZones, droppedZoneSummary, heldInZone, planZoneApply, planZoneRemoval, splitByHolding, type ZoneApplyPlan } from "../providers/apply-plan.js";
import { resolveHostDkim } from "../providers/host-dkim.js";
import { liveDrift } from "../providers/live-drift.js";
import { exportFileName, ROLLBACK_DIR, UNPUBLISHED_HEADER, unpublishedLines } from "../providers/rollback.js";
import { oneLine } from "../model/show.js";
import { DEFAULT_PROVIDER, findProvider, providerIds } from "../providers/index.js";
import { HostRecordError, type ApiOpenOptions, type DnsProvider, type HostDkim, type LiveHostRecord, type ProviderApi, type RecordDeclaration } from "../providers/types.js";
import { formatFinding, lintFailure } from "./lint-gate.js";

export type { LintFn } from "../engine/run.js";

export interface MailDnsConfig {
  /** The DNS host (`maildns:provider`), default "ovh". */
  provider?: string;
  /** Policy pack for the lint gate (`maildns:policy`); the linter's default when absent. */
  policy?: string;
  /** Safety gates this update may pass (`maildns:allow`), e.g. ["loosen-dmarc"]. */
  allow?: readonly string[];
  largeChangeShare?: number;
  largeChangeMinRecords?: number;
  /** Start DKIM signing at the mail host after the records are written (`maildns:enableDkim`). */
  enableDkim?: boolean;
  /** Bounded polling while the host enables DKIM (default 20 attempts, 30 s apart). */
  dkimWait?: { attempts: number; intervalMs: number; sleep?: (ms: number) => Promise<void> };
  /** The host provider's settings (`ovh:endpoint`, `ovh:applicationKey`...); absent ones fall back to its environment variables. */
  hostSettings?: Readonly<Record<string, pulumi.Input<string> | undefined>>;
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
  /** The environment the host's API credentials fall back to (default: process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Opens the host's API (tests pass options such as no waiting between retries), for `options.purpose`. */
  openApi?: (provider: DnsProvider, source: { env: Readonly<Record<string, string | undefined>>; config: Record<string, string | undefined> }, options: Pick<ApiOpenOptions, "purpose">) => ProviderApi;
  /** The clock for rollback file names. */
  now?: () => Date;
}

export interface MailDnsResult {
  provider: DnsProvider;
  /** What was declared, per zone, in resource-name order. */
  plans: ZoneApplyPlan[];
  declarations: RecordDeclaration[];
  resources: pulumi.CustomResource[];
  providerResource: pulumi.ProviderResource;
  /** Resource name → import id, for the records adopted in this update. */
  imports: Record<string, string>;
  /** Every gate's verdict, per zone. */
  gates: Gate[];
  /** Resources declared with live values that differ from the files: run adopt and up once more. */
  pending: string[];
  /** Where each changed zone's export was saved before the update (updates only). */
  rollbackFiles: string[];
  /** Zones refreshed at the end of the update, once their records are written or adopted (updates only). */
  published: pulumi.Output<string[]>;
  /** DKIM as the host reports it after enabling (with `enableDkim`); resolves after the records exist. */
  dkim: pulumi.Output<string[]>;
}

const pulumiLog: MailDnsLog = {
  warn: (message) => void pulumi.log.warn(message),
  info: (message) => void pulumi.log.info(message),
};

/** The plain value of a config input (secrets unwrapped in memory only, never logged). */
function plain(value: pulumi.Input<string> | undefined): Promise<string | undefined> {
  if (value === undefined) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    pulumi.output(value).apply((v) => {
      resolve(v);
      return v;
    });
  });
}

export async function defineMailDns(options: MailDnsOptions): Promise<MailDnsResult> {
  const log = options.log ?? pulumiLog;
  const config = options.config;
  const allow = [...(config.allow ?? [])];
  const stackDir = join(options.root, "stacks", options.stack);
  const shownDir = relative(options.root, stackDir) || stackDir;
  if (!existsSync(stackDir)) {
    throw new pulumi.RunError(`maildns: ${shownDir}/ does not exist; the stack "${options.stack}" keeps its domain files there.`);
  }
  const provider = findProvider(config.provider ?? DEFAULT_PROVIDER);
  if (!provider) throw new pulumi.RunError(`maildns:provider "${config.provider}" is not a DNS host maildns knows; known: ${providerIds().join(", ")}`);

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
  // A zone another stack of the repository declares too: the two stacks' updates would take turns adopting,
  // overwriting and deleting its records (plan/other-stacks.ts).
  const { shared, unknown } = zonesInOtherStacks(stackDir, result.domains.map((d) => ({ domain: d.domain, file: d.file ?? d.domain })), options.root);
  if (unknown.length > 0) log.warn(`maildns: ${unknownZoneMessage(unknown)}`);
  if (shared.length > 0) throw new pulumi.RunError(shared.map((zone) => `maildns: ${sharedZoneMessage(zone)}`).join("\n"));

  const shownAdoption = `${shownDir}/${ADOPTION_FILE_NAME}`;
  let adoption: AdoptionFile | null;
  try {
    adoption = await readAdoptionFile(stackDir, shownAdoption);
  } catch (error) {
    if (error instanceof AdoptionFileError) throw new pulumi.RunError(`maildns: ${error.message}`);
    throw error;
  }
  if (adoption && adoption.provider !== provider.id) {
    throw new pulumi.RunError(`maildns: ${shownAdoption} was written for ${adoption.provider}, but the stack applies to ${provider.id}; run maildns adopt again`);
  }

  const preview = pulumi.runtime.isDryRun();
  const env = options.env ?? process.env;
  const hostConfig: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(config.hostSettings ?? {})) hostConfig[key] = await plain(value);
  const source = { env, config: hostConfig };
  // A preview only reads (the host's DKIM): a call the host refuses (403) names GET, not an apply's rights. An
  // update writes with the same API, so it is opened for the apply.
  const purpose = { purpose: preview ? ("pulumi preview" as const) : ("apply" as const) };
  const openApi = () => {
    try {
      return options.openApi ? options.openApi(provider, source, purpose) : provider.openApi(source, purpose);
    } catch (error) {
      throw new pulumi.RunError(`maildns: ${(error as Error).message}`);
    }
  };

  // `dkim: ovh`: the host names the selectors, in a preview as in an update (reading changes nothing).
  let domains = result.domains;
  let api: ProviderApi | null = null;
  if (domains.some((d) => d.dkim?.fromHost)) {
    api = openApi();
    const resolved = await resolveHostDkim(domains, api, `set ${provider.credentialHelp}`, provider.label);
    if (resolved.failures.length > 0) throw new pulumi.RunError(resolved.failures.map((f) => `maildns: ${f.domain}: ${f.detail}`).join("\n"));
    domains = resolved.models;
  }

  const zones = zonesOf(domains, provider);
  const safety = {
    largeChangeShare: config.largeChangeShare ?? DEFAULT_SAFETY.largeChangeShare,
    largeChangeMinRecords: config.largeChangeMinRecords ?? DEFAULT_SAFETY.largeChangeMinRecords,
  };
  const gates: Gate[] = [];
  const plans: ZoneApplyPlan[] = [];
  const conflicts: string[] = [];
  for (const [zone, desired] of zones) {
    const recorded = adoption?.zones[zone];
    if (!recorded) {
      // Without adoption, records the host already holds (OVH's default MX, SPF) would be created a second time.
      const legacy = hasLegacyImportFile(stackDir) ? ` (${shownDir}/${LEGACY_IMPORT_FILE_NAME} is from an older maildns and is not used)` : "";
      gates.push(skipAdoptGate(zone, `${zone}: no live records recorded in ${shownAdoption}${legacy}; run \`maildns adopt --stack ${options.stack}\` first so existing records are adopted, not duplicated`, allow));
    }
    let plan: ZoneApplyPlan;
    try {
      plan = planZoneApply({ provider, zone, desired, live: recorded?.live ?? [], stack: adoption?.stack ?? [], gone: recorded?.gone ?? [] });
    } catch (error) {
      if (error instanceof HostRecordError) throw new pulumi.RunError(`maildns: ${error.message}`);
      throw error;
    }
    conflicts.push(...plan.conflicts.map((c) => `${zone}: ${c}`));
    if (recorded) {
      gates.push(...evaluateGates({ domain: zone, live: recorded.live.map(provider.toLive), desired, operations: plan.operations, allow, options: safety }));
    }
    plans.push(plan);
  }
  // A zone the stack holds records in that no domain file declares any more (a file removed, or its
  // `domain:` changed): Pulumi deletes those records at the end of the update, since nothing declares them.
  // The deletion is judged by the same gates as any other (all its MX, its SPF and DMARC, its selectors).
  // What the adoption file may leave out (plan/stale-adoption.ts): `maildns plan` shows these refusals too.
  const place = { shown: shownAdoption, stack: options.stack };
  for (const zone of droppedZones(provider, adoption?.stack ?? [], zones.keys())) {
    const recorded = adoption?.zones[zone];
    const held = heldInZone(provider, adoption!.stack, zone).length;
    if (!recorded) {
      gates.push(unrecordedDropGate(zone, held, place, allow));
      continue;
    }
    // Read while a domain file still declared it: an update since that read may have created records
    // here that the adoption file's list of the stack's records lacks, and Pulumi deletes them too, unjudged.
    if (recorded.declared) gates.push(readWhileDeclaredGate(zone, adoption!, place, allow));
    const plan = planZoneRemoval({ provider, zone, live: recorded.live, stack: adoption!.stack });
    log.info(`maildns: ${oneLine(zone)}: ${droppedZoneSummary(held)}`);
    // Judged against what the deletion leaves: only the stack's own records go, the zone's others stay, so
    // a gate trips on what this update removes (every MX, the SPF or DMARC record, a selector), not on records
    // it never held.
    const left = standingSlotRecords(splitByHolding(provider, recorded.live, adoption!.stack, zone).left.map(provider.toLive));
    gates.push(...evaluateGates({ domain: zone, live: recorded.live.map(provider.toLive), desired: left, operations: plan.operations, allow, options: safety }));
    plans.push(plan);
  }
  // A zone adopt read (a domain file declared it then) that no file declares now and in which the adoption
  // file lists no record of the stack: an update after that read may have created records there, which
  // Pulumi now deletes, no gate judging them, since the program judges what the adoption file says the stack
  // holds. The program cannot read its stack's state to know; adopt can (it exports the state), and no
  // longer records such a zone when the stack holds nothing in it, so one adopt settles it either way.
  if (adoption) gates.push(...listsNothingGates(provider, adoption, zones.keys(), place, allow));
  if (!adoption) {
    // Which zones the stack holds records in is known from the adoption file only (a program cannot read its
    // stack's state): without it, a zone whose domain file was removed is not seen, and Pulumi deletes its
    // records at the end of the update, no gate judging it (every MX, the SPF and DMARC records, the
    // selectors; no export saved for rollback). A repository made by `maildns init` does not commit the
    // file, so a fresh clone has none: one `pulumi up` there after deleting the last domain file emptied
    // the domain's mail records.
    gates.push(
      skipAdoptGate(
        `${shownDir}/`,
        `${shownAdoption} does not exist, so which records the stack holds is not known: this update would delete, unjudged, every record it holds in a zone no domain file of ${shownDir}/ declares (a file removed, or its \`domain:\` changed); run \`maildns adopt --stack ${options.stack}\` first`,
        allow,
      ),
    );
  }
  if (conflicts.length > 0) throw new pulumi.RunError(`maildns: the stack and ${provider.label} disagree:\n${conflicts.map((c) => `  ${c}`).join("\n")}`);
  if (gates.some(refused)) {
    throw new pulumi.RunError(refusalMessage(gates, (id) => `pulumi config set --path 'maildns:allow[0]' ${id}`));
  }
  for (const gate of gates.filter((g) => g.tripped && g.allowed)) log.warn(`maildns: override "${gate.id}" used (maildns:allow): ${gate.reason}`);

  // Every update refreshes each zone it declares at its end (publishZones), so it needs the API.
  const needsApi = !preview && plans.length > 0;
  if (!api && (needsApi || (config.enableDkim && !preview))) api = openApi();

  // Every write below is planned from what adopt read. Before the first one, each zone to change is read
  // again: a zone another writer changed since is refused, whole, rather than written beside what adopt
  // never saw (a create next to a new SPF record is two SPF records).
  if (!preview && api) {
    const stale: string[] = [];
    const unread: string[] = [];
    const fileOf = new Map(domains.map((d) => [d.domain.toLowerCase(), d.file ?? d.domain]));
    for (const plan of plans) {
      if (plan.operations.length === 0 && plan.preDeletions.length === 0 && plan.programUpdates.length === 0) continue;
      const desired = (zones.get(plan.zone) ?? []).map((record) => provider.toHost(record, plan.zone));
      let now: LiveHostRecord[];
      try {
        now = await api.listManaged(plan.zone, desired);
      } catch (error) {
        if (!(error instanceof Error && "status" in error)) throw error;
        // No such zone at the host (a subdomain whose records the host keeps in its parent's zone, or a zone
        // deleted there): running the update again cannot help, the domain file must go or the zone exist.
        const file = fileOf.get(plan.zone);
        const next =
          error.status === 404 && file
            ? `${plan.zone} (${file}): nothing was written. Until ${provider.label} has a DNS zone named ${plan.zone}, take ${file} out of ${shownDir}/ (lint, plan and audit read it anywhere), then run \`maildns adopt --stack ${options.stack}\` and \`pulumi up\`.`
            : `${plan.zone}: read again before the update's first write, it could not be; nothing was written. Run \`pulumi up --stack ${options.stack}\` again (after \`maildns adopt --stack ${options.stack}\` if the zone changed).`;
        throw new pulumi.RunError(`maildns: ${api.scrub(error.message)}\n${next}`);
      }
      const recorded = adoption?.zones[plan.zone];
      if (!recorded) {
        // skip-adopt allowed for a zone adopt never read: every record is planned as a create, which fits a
        // zone holding none at the names its file manages, never one beside OVH's default SPF record.
        if (now.length > 0) unread.push(`  ${plan.zone}: ${now.map((r) => `record ${r.id} (${r.type} ${ownerLabel(r.subdomain)})`).join("; ")}`);
        continue;
      }
      const drift = liveDrift(recorded.live, now);
      if (drift.length > 0) stale.push(`  ${plan.zone}: ${drift.join("; ")}`);
    }
    if (unread.length > 0) {
      const what = unread.length === 1 ? "a zone" : `${unread.length} zones`;
      throw new pulumi.RunError(
        `maildns: ${what} that maildns adopt never read (passed by skip-adopt) already ${unread.length === 1 ? "holds" : "hold"} records at the names the domain files manage; this update would create its records beside them (two SPF or DMARC records at one name), so nothing was written:\n${unread.join("\n")}\nrun \`maildns adopt --stack ${options.stack}\`, then \`pulumi up\``,
      );
    }
    if (stale.length > 0) {
      const what = stale.length === 1 ? "a zone" : `${stale.length} zones`;
      throw new pulumi.RunError(
        `maildns: ${what} changed at ${provider.label} since maildns adopt read the records (${adoption?.readAt ?? "never"}); nothing was written:\n${stale.join("\n")}\nrun \`maildns adopt --stack ${options.stack}\` again, then \`pulumi up\``,
      );
    }
  }

  const rollbackFiles: string[] = [];
  // What the program wrote itself in the zones before, one line each: a failure in a later zone says them too.
  const written: string[] = [];
  for (const plan of plans) {
    for (const line of plan.lines) log.info(`maildns: ${plan.zone}: ${line.text}`);
    if ((plan.operations.length === 0 && plan.programUpdates.length === 0) || preview || !api) continue;
    const now = (options.now ?? (() => new Date()))();
    const done = await writeFirst(plan, api, provider, options.stack, async () => void rollbackFiles.push(await saveExport(api!, plan.zone, stackDir, options.root, now, log)), written);
    if (done !== null) written.push(done);
  }

  const pending = plans.flatMap((p) => p.pending);
  if (pending.length > 0) {
    log.warn(
      `maildns: ${pending.length} record${pending.length === 1 ? " is" : "s are"} adopted with ${pending.length === 1 ? "its" : "their"} live value this update (Pulumi imports a record only as it is); run \`maildns adopt --stack ${options.stack}\` and \`pulumi up\` once more to apply the domain files`,
    );
  }

  const settings: Record<string, pulumi.Input<string> | undefined> = { ...(config.hostSettings ?? {}) };
  const providerResource = await provider.pulumi.declareProvider(provider.id, settings);
  const declarations = plans.flatMap((p) => p.declarations);
  const resources: pulumi.CustomResource[] = [];
  for (const declaration of declarations) resources.push(await provider.pulumi.declareRecord(declaration, providerResource));
  const imports = Object.fromEntries(declarations.filter((d) => d.importId).map((d) => [d.name, d.importId!]));
  log.info(`maildns: ${declarations.length} records in ${plans.length} zones, ${Object.keys(imports).length} adopted`);

  const published = publishZones(plans, declarations, resources, api, preview, provider.label, options.stack, log);
  const dkim = enableDkimAfter(resources, api, domains, config, preview, log);
  return { provider, plans, declarations, resources, providerResource, imports, gates, pending, rollbackFiles, published, dkim };
}

/**
 * Every update ends by refreshing each zone it declares, once the zone's records are written or adopted.
 * OVH publishes a zone's changes on a refresh only, and nothing else would publish some of them: OVH's
 * provider logs a failed refresh after its write as a warning and reports the write done
 * (ovhDomainZoneRefresh in the provider's resource_domain_zone_record.go), so the next update, finding nothing to change, would never refresh the zone; an
 * earlier update stopped after a write whose answer was lost, or whose refresh failed (the program's own,
 * after deleting a stray record), left the same. The cost is one refresh, one version in OVH's zone
 * history, per zone and update. A refresh that fails here fails the update, saying what is left.
 */
function publishZones(
  plans: readonly ZoneApplyPlan[],
  declarations: readonly RecordDeclaration[],
  resources: readonly pulumi.CustomResource[],
  api: ProviderApi | null,
  preview: boolean,
  label: string,
  stack: string,
  log: MailDnsLog,
): pulumi.Output<string[]> {
  const zones = plans.filter((p) => p.declarations.length > 0).map((p) => p.zone);
  if (preview || !api || zones.length === 0) return pulumi.output([] as string[]);
  const ids = (zone: string) => resources.filter((_, i) => declarations[i]!.inputs.zone === zone).map((r) => r.id);
  return pulumi.all(zones.map((zone) => pulumi.all(ids(zone)))).apply(async () => {
    for (const zone of zones) {
      try {
        await api.refreshZone(zone);
      } catch (error) {
        throw new pulumi.RunError(
          `maildns: ${api.scrub((error as Error).message)}\n${zone}: its records are written at ${label}, but its name servers may not serve every change until the zone is refreshed; run \`pulumi up --stack ${stack}\` again: every update refreshes each zone it manages`,
        );
      }
      log.info(`maildns: ${zone}: refreshed, so the name servers serve the records as written`);
    }
    return zones;
  });
}

/** Each zone's desired records; two files declaring one zone would fight over its records. */
function zonesOf(domains: readonly DomainModel[], provider: DnsProvider): Map<string, SlotRecord[]> {
  const zones = new Map<string, SlotRecord[]>();
  const files = new Map<string, string>();
  for (const domain of domains) {
    const zone = domain.domain.toLowerCase();
    const other = files.get(zone);
    if (other !== undefined) {
      throw new pulumi.RunError(`maildns: ${domain.file ?? zone} and ${other} both declare zone ${zone} [lint-duplicate-domain]`);
    }
    files.set(zone, domain.file ?? zone);
    const desired = desiredSlotRecords(domain);
    try {
      for (const record of desired) provider.toHost(record, zone);
    } catch (error) {
      if (error instanceof HostRecordError) throw new pulumi.RunError(`maildns: ${error.message}`);
      throw error;
    }
    zones.set(zone, desired);
  }
  return new Map([...zones.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** How many of a zone's unpublished changes the update's warning lists (a zone may hold hundreds). */
const MAX_UNPUBLISHED_SHOWN = 10;

/** The zone as the host exports it, saved under stacks/<stack>/.maildns-rollback/<zone>/ before anything changes. */
async function saveExport(api: ProviderApi, zone: string, stackDir: string, root: string, now: Date, log: MailDnsLog): Promise<string> {
  const dir = join(stackDir, ROLLBACK_DIR, zone);
  await mkdir(dir, { recursive: true });
  const text = await api.exportZone(zone);
  // The host's version in force now, named so rollback restores exactly it (dates alone are only to the second).
  const versions = await api.zoneHistory(zone);
  const inForce = versions.length > 0 ? versions[versions.length - 1]! : null;
  const version = inForce !== null ? `; maildns: version in force at the host: ${inForce}\n` : "";
  // OVH publishes record changes on a refresh only, each refresh making a version in the zone's history,
  // while the export shows the records as they are (OVH's guide to editing a DNS zone: changes are applied
  // once the zone is refreshed). A zone holding changes not yet refreshed (another writer's, or an earlier
  // update's that stopped before its refresh) is exported as no version holds it, and rollback, which
  // restores a version only when its zone file is the saved export, then refuses. The version's file is
  // compared now, so the saved file and the update's log say it before anything is written. Nothing is
  // refreshed to make them agree: that would publish someone else's changes before this update was judged.
  let unpublished: string[] = [];
  let uncompared: string | null = null;
  if (inForce !== null) {
    try {
      unpublished = unpublishedLines(zone, await api.zoneVersionFile(zone, inForce), text);
    } catch (error) {
      if (!(error instanceof Error && "status" in error)) throw error;
      // Only a comparison was lost: the export itself is saved, and rollback compares again before it restores.
      uncompared = oneLine(api.scrub(error.message));
    }
  }
  const n = unpublished.length;
  const note =
    n > 0
      ? `${UNPUBLISHED_HEADER}this export differs from that version in ${n} record${n === 1 ? "" : "s"} (changes not yet refreshed); rollback restores a version only when it is this export, so restore by hand from this file\n`
      : uncompared !== null
        ? `; maildns: not compared with that version (its zone file could not be fetched); rollback compares them before it restores\n`
        : "";
  const content = `; maildns: ${zone} as exported before the update of ${now.toISOString()}\n${version}${note}${api.scrub(text)}`;
  // Written whole and never over a file already there, nor through a link put at its name: `rollback`
  // restores what this file says, so a half-written export, or one written into another file, would restore
  // the wrong zone, and an earlier export is an earlier rollback point. A name taken (an update in the same
  // millisecond, or a file put there) moves the name on by a millisecond; the version line above is what
  // rollback restores, not the name's time.
  for (let shift = 0; shift < 1000; shift++) {
    const path = join(dir, exportFileName(new Date(now.getTime() + shift)));
    try {
      writeFileWhole(path, content, { replace: false });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") continue;
      throw new pulumi.RunError(`maildns: ${zone}: the export for rollback could not be saved to ${relative(root, path)} (${(error as Error).message}); nothing in the zone was changed`);
    }
    const saved = relative(root, path);
    if (n > 0) {
      const shown = unpublished.slice(0, MAX_UNPUBLISHED_SHOWN).map((line) => `  ${oneLine(api.scrub(line))}`);
      if (n > MAX_UNPUBLISHED_SHOWN) shown.push(`  … and ${n - MAX_UNPUBLISHED_SHOWN} more`);
      log.warn(
        `maildns: ${zone}: the zone holds ${n} change${n === 1 ? "" : "s"} OVH has not published (another writer's, or an earlier update's that was never refreshed): ` +
          `the export saved for rollback (${saved}) is not OVH's version in force (${inForce}), so maildns rollback will not restore that version and says so; restore by hand from that file if needed. ` +
          `This update's refresh publishes ${n === 1 ? "it" : "them"} with its own changes:\n${shown.join("\n")}`,
      );
    } else if (uncompared !== null) {
      log.warn(`maildns: ${zone}: OVH's version in force (${inForce}) could not be compared with the export saved for rollback (${saved}); maildns rollback compares them before it restores anything. ${uncompared}`);
    }
    return saved;
  }
  throw new pulumi.RunError(`maildns: ${zone}: a thousand exports for rollback are already saved in ${relative(root, dir)} within a second of this update; nothing in the zone was changed`);
}

function describeDkim(domain: string, state: HostDkim | null): string {
  if (!state) return `${domain}: the mail host does not run DKIM for this domain`;
  const active = state.active ? `, signing with ${state.active}` : "";
  return `${domain}: DKIM ${state.status}${active}`;
}

/** With `enableDkim`, once every record exists: start DKIM at the mail host and wait (bounded) for it. */
function enableDkimAfter(
  resources: readonly pulumi.CustomResource[],
  api: ProviderApi | null,
  domains: readonly DomainModel[],
  config: MailDnsConfig,
  preview: boolean,
  log: MailDnsLog,
): pulumi.Output<string[]> {
  if (!config.enableDkim || preview || !api) return pulumi.output([] as string[]);
  const wait = config.dkimWait ?? { attempts: 20, intervalMs: 30_000 };
  return pulumi.all(resources.map((r) => r.id)).apply(async () => {
    const lines: string[] = [];
    for (const domain of domains) {
      if (!domain.dkim || domain.dkim.selectors.length === 0) continue;
      const state = await api.enableDkim(domain.domain, domain.mail, wait);
      const line = api.scrub(describeDkim(domain.domain, state));
      lines.push(line);
      if (state && !state.enabled) {
        log.warn(`maildns: ${line}; the host has not finished enabling it after ${wait.attempts} checks: run \`pulumi up\` again later`);
      } else {
        log.info(`maildns: ${line}`);
      }
    }
    return lines;
  });
}

/**
 * What the program writes itself in a zone before Pulumi does anything there: the deletions that must go
 * first, the records written in their place, and one refresh. Pulumi never hears of these writes, so a
 * failure on the way says what was done, that the name servers do not serve it yet, and how to finish.
 */
async function writeFirst(
  plan: ZoneApplyPlan,
  api: ProviderApi,
  provider: DnsProvider,
  stack: string,
  saveForRollback: () => Promise<void>,
  earlier: readonly string[],
): Promise<string | null> {
  const deleted: string[] = [];
  let created = 0;
  let updated = 0;
  let refreshed = false;
  const done = () =>
    [
      deleted.length > 0 ? `record${deleted.length === 1 ? "" : "s"} ${deleted.join(", ")} deleted` : null,
      created > 0 ? `${created} record${created === 1 ? "" : "s"} created` : null,
      updated > 0 ? `${updated} record${updated === 1 ? "" : "s"} edited in place` : null,
    ].filter((part): part is string => part !== null);
  try {
    // The zone's export for rollback first: nothing is written until it is saved.
    await saveForRollback();
    for (const deletion of plan.preDeletions) {
      await api.deleteRecord(plan.zone, deletion.record.id);
      deleted.push(deletion.record.id);
    }
    // The records written in place of those just deleted (and the zone's other creates) are created here,
    // then handed to Pulumi as imports, so one refresh publishes the deletions with every record that
    // replaces them: the name servers go from the old records to the new ones in one step. Left to Pulumi,
    // whose provider refreshes after each create, the first create published every deletion made first.
    for (const name of plan.programCreates) {
      const declaration = plan.declarations.find((d) => d.name === name)!;
      const record = await api.createRecord(plan.zone, declaration.inputs);
      created++;
      const inputs = provider.inputs(record);
      // Declared as the host keeps it (Pulumi imports a record only as it reads it). When that differs from
      // the file's form, the next update writes the file's, unless only the letter case of its host name
      // differs: the same name in DNS, kept as it is by the next update, so no round is left to run.
      if (!createdAsDeclared(provider, record, declaration.inputs)) plan.pending.push(name);
      declaration.inputs = inputs;
      declaration.importId = provider.importId(record);
    }
    // Records the stack holds that were edited at the host since the last update, whose state still holds
    // the file's value: Pulumi would write nothing, so they are written here, each in place (one record
    // edited, never a second one beside it).
    for (const update of plan.programUpdates) {
      await api.updateRecord(plan.zone, update.id, update.inputs);
      updated++;
    }
    // Deleted records are published by the next refresh: ours, or the provider's after a record it
    // replaces (surplus records only go where another record of the slot stays).
    if (plan.programCreates.length > 0 || updated > 0 || (plan.preDeletions.length > 0 && plan.creates === 0)) {
      await api.refreshZone(plan.zone);
      refreshed = true;
    }
  } catch (error) {
    if (!(error instanceof Error && "status" in error)) throw error;
    const parts = done();
    const what = parts.length > 0 ? `${parts.join(" and ")} at ${provider.label} before the update stopped` : `nothing changed at ${provider.label} before the update stopped`;
    const here = `${plan.zone}: ${what}; the zone was not refreshed, so its name servers serve it as it was.`;
    const finish = `Run \`maildns adopt --stack ${stack}\` and \`pulumi up\` again to finish: adopt reads what was written.`;
    // The zones written before this one are said too: their writes stand (and, refreshed, are served), so
    // "nothing changed" about this zone alone read as nothing changed at all.
    throw new pulumi.RunError(`maildns: ${api.scrub(error.message)}\n${earlier.length === 0 ? `${here} ${finish}` : [here, ...earlier, finish].join("\n")}`);
  }
  const parts = done();
  if (parts.length === 0) return null;
  const served = refreshed
    ? "then the zone was refreshed, so its name servers serve them"
    : "not refreshed yet (the provider's refresh after its first write there would have published them), so its name servers serve the zone as it was";
  return `${plan.zone}: written before the update stopped: ${parts.join(" and ")} at ${provider.label}, ${served}.`;
}
