import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  ROLLBACK_DIR,
  UNPUBLISHED_HEADER,
  exportFileName,
  resolveHostDkim,
  unpublishedLines
} from "./chunks/chunk-Z6N4ZHT6.js";
import {
  lintPaths
} from "./chunks/chunk-SLI7JZSP.js";
import {
  DEFAULT_PROVIDER,
  HostRecordError,
  createdAsDeclared,
  droppedZoneSummary,
  droppedZones,
  findProvider,
  heldInZone,
  listsNothingGates,
  planZoneApply,
  planZoneRemoval,
  providerIds,
  readWhileDeclaredGate,
  sharedZoneMessage,
  splitByHolding,
  unknownZoneMessage,
  unrecordedDropGate,
  zonesInOtherStacks
} from "./chunks/chunk-GFTFEGEP.js";
import {
  ADOPTION_FILE_NAME,
  AdoptionFileError,
  LEGACY_IMPORT_FILE_NAME,
  formatText,
  hasLegacyImportFile,
  readAdoptionFile,
  writeFileWhole
} from "./chunks/chunk-FII3ALJ3.js";
import "./chunks/chunk-RR2JAOJK.js";
import "./chunks/chunk-OC3V6NJJ.js";
import {
  DEFAULT_SAFETY,
  GATE_IDS,
  allowNames,
  desiredSlotRecords,
  evaluateGates,
  ownerLabel,
  refusalMessage,
  refused,
  skipAdoptGate,
  standingSlotRecords,
  unknownGateNames
} from "./chunks/chunk-OESMAHSM.js";
import {
  unreadableNote
} from "./chunks/chunk-3OSQQ7QY.js";
import "./chunks/chunk-VO3HMMIX.js";
import "./chunks/chunk-K36EJTVN.js";
import "./chunks/chunk-32FQ7YH5.js";
import "./chunks/chunk-VOQH4KKZ.js";
import "./chunks/chunk-JLWFAXHK.js";
import "./chunks/chunk-YEOTCFHE.js";
import "./chunks/chunk-53CTTIHG.js";
import {
  oneLine
} from "./chunks/chunk-G7NDWJJB.js";
import "./chunks/chunk-5AL66J2M.js";

// src/pulumi/index.ts
import * as pulumi3 from "@pulumi/pulumi";

// src/pulumi/config.ts
import * as pulumi from "@pulumi/pulumi";
var PLAIN_KEYS = ["endpoint"];
function readStackConfig() {
  const maildns = new pulumi.Config("maildns");
  const config = { allow: readAllow(maildns) };
  const provider = maildns.get("provider");
  if (provider) {
    if (!findProvider(provider)) throw new pulumi.RunError(`maildns:provider "${provider}" is not a DNS host maildns knows; known: ${providerIds().join(", ")}`);
    config.provider = provider;
  }
  const policy = maildns.get("policy");
  if (policy) config.policy = policy;
  const share = maildns.getNumber("largeChangeShare", { min: 0, max: 1 });
  if (share !== void 0) config.largeChangeShare = share;
  const minRecords = maildns.getNumber("largeChangeMinRecords", { min: 0 });
  if (minRecords !== void 0) config.largeChangeMinRecords = minRecords;
  const enableDkim = maildns.getBoolean("enableDkim");
  if (enableDkim !== void 0) config.enableDkim = enableDkim;
  const host = findProvider(config.provider ?? DEFAULT_PROVIDER);
  const hostConfig = new pulumi.Config(host.pulumi.configNamespace);
  const settings = {};
  for (const key of PLAIN_KEYS) {
    const value = hostConfig.get(key);
    if (value) settings[key] = value;
  }
  for (const key of host.pulumi.secretKeys) {
    const value = hostConfig.getSecret(key);
    if (value) settings[key] = value;
  }
  if (Object.keys(settings).length > 0) config.hostSettings = settings;
  return config;
}
function readAllow(config) {
  const text = config.get("allow");
  if (text === void 0) return [];
  let raw = text;
  if (text.trim().startsWith("[")) {
    try {
      raw = JSON.parse(text);
    } catch {
      throw new pulumi.RunError(`maildns:allow is not a valid list: ${text}`);
    }
  }
  const allow = allowNames(raw);
  const unknown = unknownGateNames(allow);
  if (unknown.length > 0) {
    throw new pulumi.RunError(`maildns:allow has unknown gate ${unknown.join(", ")}; known gates: ${GATE_IDS.join(", ")}`);
  }
  return allow;
}

// src/pulumi/program.ts
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, relative } from "node:path";
import * as pulumi2 from "@pulumi/pulumi";

// src/providers/live-drift.ts
function identity(record) {
  return `${record.type} ${ownerLabel(record.subdomain)}`;
}
function content(record) {
  return `${record.type}\0${record.subdomain.toLowerCase()}\0${record.target}\0${record.ttl}`;
}
function liveDrift(recorded, now) {
  const before = new Map(recorded.map((r) => [r.id, r]));
  const after = new Map(now.map((r) => [r.id, r]));
  const changes = [];
  for (const [id, record] of before) {
    const current = after.get(id);
    if (!current) changes.push(`record ${id} (${identity(record)}) is gone`);
    else if (content(current) !== content(record)) changes.push(`record ${id} (${identity(record)}) was edited`);
  }
  for (const [id, record] of after) if (!before.has(id)) changes.push(`record ${id} (${identity(record)}) is new`);
  return changes;
}

// src/pulumi/lint-gate.ts
function textOf(findings, files, domains, all2) {
  const count = (level) => all2.filter((f) => f.level === level).length;
  const summary = { files, domains, errors: count("error"), warnings: count("warn"), infos: count("info") };
  return formatText({ findings, summary, rules: [], toolVersion: "" }).trimEnd();
}
function formatFinding(finding) {
  return textOf([finding], 0, 0, []).split("\n")[0];
}
function lintFailure(findings, errors, files, domains) {
  const errorFindings = findings.filter((f) => f.level === "error");
  return [
    `maildns lint found ${errors} error${errors === 1 ? "" : "s"}; nothing is applied until they are fixed:`,
    textOf(errorFindings, files, domains, findings),
    ...unreadableNote(findings)
  ].join("\n");
}

// src/pulumi/program.ts
var pulumiLog = {
  warn: (message) => void pulumi2.log.warn(message),
  info: (message) => void pulumi2.log.info(message)
};
function plain(value) {
  if (value === void 0) return Promise.resolve(void 0);
  return new Promise((resolve) => {
    pulumi2.output(value).apply((v) => {
      resolve(v);
      return v;
    });
  });
}
async function defineMailDns(options) {
  const log2 = options.log ?? pulumiLog;
  const config = options.config;
  const allow = [...config.allow ?? []];
  const stackDir = join(options.root, "stacks", options.stack);
  const shownDir = relative(options.root, stackDir) || stackDir;
  if (!existsSync(stackDir)) {
    throw new pulumi2.RunError(`maildns: ${shownDir}/ does not exist; the stack "${options.stack}" keeps its domain files there.`);
  }
  const provider = findProvider(config.provider ?? DEFAULT_PROVIDER);
  if (!provider) throw new pulumi2.RunError(`maildns:provider "${config.provider}" is not a DNS host maildns knows; known: ${providerIds().join(", ")}`);
  const lint = options.lint ?? lintPaths;
  const lintOptions = { cwd: options.root };
  if (config.policy) lintOptions.policy = config.policy;
  if (config.today) lintOptions.today = config.today;
  let result2;
  try {
    result2 = await lint([stackDir], lintOptions);
  } catch (error) {
    throw new pulumi2.RunError(`maildns: ${error.message}`);
  }
  for (const finding of result2.findings.filter((f) => f.level === "warn")) log2.warn(formatFinding(finding));
  if (result2.errors > 0) throw new pulumi2.RunError(lintFailure(result2.findings, result2.errors, result2.files, result2.domains.length));
  const { shared, unknown } = zonesInOtherStacks(stackDir, result2.domains.map((d) => ({ domain: d.domain, file: d.file ?? d.domain })), options.root);
  if (unknown.length > 0) log2.warn(`maildns: ${unknownZoneMessage(unknown)}`);
  if (shared.length > 0) throw new pulumi2.RunError(shared.map((zone) => `maildns: ${sharedZoneMessage(zone)}`).join("\n"));
  const shownAdoption = `${shownDir}/${ADOPTION_FILE_NAME}`;
  let adoption;
  try {
    adoption = await readAdoptionFile(stackDir, shownAdoption);
  } catch (error) {
    if (error instanceof AdoptionFileError) throw new pulumi2.RunError(`maildns: ${error.message}`);
    throw error;
  }
  if (adoption && adoption.provider !== provider.id) {
    throw new pulumi2.RunError(`maildns: ${shownAdoption} was written for ${adoption.provider}, but the stack applies to ${provider.id}; run maildns adopt again`);
  }
  const preview = pulumi2.runtime.isDryRun();
  const env = options.env ?? process.env;
  const hostConfig = {};
  for (const [key, value] of Object.entries(config.hostSettings ?? {})) hostConfig[key] = await plain(value);
  const source = { env, config: hostConfig };
  const purpose = { purpose: preview ? "pulumi preview" : "apply" };
  const openApi = () => {
    try {
      return options.openApi ? options.openApi(provider, source, purpose) : provider.openApi(source, purpose);
    } catch (error) {
      throw new pulumi2.RunError(`maildns: ${error.message}`);
    }
  };
  let domains = result2.domains;
  let api = null;
  if (domains.some((d) => d.dkim?.fromHost)) {
    api = openApi();
    const resolved = await resolveHostDkim(domains, api, `set ${provider.credentialHelp}`, provider.label);
    if (resolved.failures.length > 0) throw new pulumi2.RunError(resolved.failures.map((f) => `maildns: ${f.domain}: ${f.detail}`).join("\n"));
    domains = resolved.models;
  }
  const zones = zonesOf(domains, provider);
  const safety = {
    largeChangeShare: config.largeChangeShare ?? DEFAULT_SAFETY.largeChangeShare,
    largeChangeMinRecords: config.largeChangeMinRecords ?? DEFAULT_SAFETY.largeChangeMinRecords
  };
  const gates = [];
  const plans = [];
  const conflicts = [];
  for (const [zone, desired] of zones) {
    const recorded = adoption?.zones[zone];
    if (!recorded) {
      const legacy = hasLegacyImportFile(stackDir) ? ` (${shownDir}/${LEGACY_IMPORT_FILE_NAME} is from an older maildns and is not used)` : "";
      gates.push(skipAdoptGate(zone, `${zone}: no live records recorded in ${shownAdoption}${legacy}; run \`maildns adopt --stack ${options.stack}\` first so existing records are adopted, not duplicated`, allow));
    }
    let plan;
    try {
      plan = planZoneApply({ provider, zone, desired, live: recorded?.live ?? [], stack: adoption?.stack ?? [], gone: recorded?.gone ?? [] });
    } catch (error) {
      if (error instanceof HostRecordError) throw new pulumi2.RunError(`maildns: ${error.message}`);
      throw error;
    }
    conflicts.push(...plan.conflicts.map((c) => `${zone}: ${c}`));
    if (recorded) {
      gates.push(...evaluateGates({ domain: zone, live: recorded.live.map(provider.toLive), desired, operations: plan.operations, allow, options: safety }));
    }
    plans.push(plan);
  }
  const place = { shown: shownAdoption, stack: options.stack };
  for (const zone of droppedZones(provider, adoption?.stack ?? [], zones.keys())) {
    const recorded = adoption?.zones[zone];
    const held = heldInZone(provider, adoption.stack, zone).length;
    if (!recorded) {
      gates.push(unrecordedDropGate(zone, held, place, allow));
      continue;
    }
    if (recorded.declared) gates.push(readWhileDeclaredGate(zone, adoption, place, allow));
    const plan = planZoneRemoval({ provider, zone, live: recorded.live, stack: adoption.stack });
    log2.info(`maildns: ${oneLine(zone)}: ${droppedZoneSummary(held)}`);
    const left = standingSlotRecords(splitByHolding(provider, recorded.live, adoption.stack, zone).left.map(provider.toLive));
    gates.push(...evaluateGates({ domain: zone, live: recorded.live.map(provider.toLive), desired: left, operations: plan.operations, allow, options: safety }));
    plans.push(plan);
  }
  if (adoption) gates.push(...listsNothingGates(provider, adoption, zones.keys(), place, allow));
  if (!adoption) {
    gates.push(
      skipAdoptGate(
        `${shownDir}/`,
        `${shownAdoption} does not exist, so which records the stack holds is not known: this update would delete, unjudged, every record it holds in a zone no domain file of ${shownDir}/ declares (a file removed, or its \`domain:\` changed); run \`maildns adopt --stack ${options.stack}\` first`,
        allow
      )
    );
  }
  if (conflicts.length > 0) throw new pulumi2.RunError(`maildns: the stack and ${provider.label} disagree:
${conflicts.map((c) => `  ${c}`).join("\n")}`);
  if (gates.some(refused)) {
    throw new pulumi2.RunError(refusalMessage(gates, (id) => `pulumi config set --path 'maildns:allow[0]' ${id}`));
  }
  for (const gate of gates.filter((g) => g.tripped && g.allowed)) log2.warn(`maildns: override "${gate.id}" used (maildns:allow): ${gate.reason}`);
  const needsApi = !preview && plans.length > 0;
  if (!api && (needsApi || config.enableDkim && !preview)) api = openApi();
  if (!preview && api) {
    const stale = [];
    const unread = [];
    const fileOf = new Map(domains.map((d) => [d.domain.toLowerCase(), d.file ?? d.domain]));
    for (const plan of plans) {
      if (plan.operations.length === 0 && plan.preDeletions.length === 0 && plan.programUpdates.length === 0) continue;
      const desired = (zones.get(plan.zone) ?? []).map((record) => provider.toHost(record, plan.zone));
      let now;
      try {
        now = await api.listManaged(plan.zone, desired);
      } catch (error) {
        if (!(error instanceof Error && "status" in error)) throw error;
        const file = fileOf.get(plan.zone);
        const next = error.status === 404 && file ? `${plan.zone} (${file}): nothing was written. Until ${provider.label} has a DNS zone named ${plan.zone}, take ${file} out of ${shownDir}/ (lint, plan and audit read it anywhere), then run \`maildns adopt --stack ${options.stack}\` and \`pulumi up\`.` : `${plan.zone}: read again before the update's first write, it could not be; nothing was written. Run \`pulumi up --stack ${options.stack}\` again (after \`maildns adopt --stack ${options.stack}\` if the zone changed).`;
        throw new pulumi2.RunError(`maildns: ${api.scrub(error.message)}
${next}`);
      }
      const recorded = adoption?.zones[plan.zone];
      if (!recorded) {
        if (now.length > 0) unread.push(`  ${plan.zone}: ${now.map((r) => `record ${r.id} (${r.type} ${ownerLabel(r.subdomain)})`).join("; ")}`);
        continue;
      }
      const drift = liveDrift(recorded.live, now);
      if (drift.length > 0) stale.push(`  ${plan.zone}: ${drift.join("; ")}`);
    }
    if (unread.length > 0) {
      const what = unread.length === 1 ? "a zone" : `${unread.length} zones`;
      throw new pulumi2.RunError(
        `maildns: ${what} that maildns adopt never read (passed by skip-adopt) already ${unread.length === 1 ? "holds" : "hold"} records at the names the domain files manage; this update would create its records beside them (two SPF or DMARC records at one name), so nothing was written:
${unread.join("\n")}
run \`maildns adopt --stack ${options.stack}\`, then \`pulumi up\``
      );
    }
    if (stale.length > 0) {
      const what = stale.length === 1 ? "a zone" : `${stale.length} zones`;
      throw new pulumi2.RunError(
        `maildns: ${what} changed at ${provider.label} since maildns adopt read the records (${adoption?.readAt ?? "never"}); nothing was written:
${stale.join("\n")}
run \`maildns adopt --stack ${options.stack}\` again, then \`pulumi up\``
      );
    }
  }
  const rollbackFiles2 = [];
  const written = [];
  for (const plan of plans) {
    for (const line of plan.lines) log2.info(`maildns: ${plan.zone}: ${line.text}`);
    if (plan.operations.length === 0 && plan.programUpdates.length === 0 || preview || !api) continue;
    const now = (options.now ?? (() => /* @__PURE__ */ new Date()))();
    const done = await writeFirst(plan, api, provider, options.stack, async () => void rollbackFiles2.push(await saveExport(api, plan.zone, stackDir, options.root, now, log2)), written);
    if (done !== null) written.push(done);
  }
  const pending2 = plans.flatMap((p) => p.pending);
  if (pending2.length > 0) {
    log2.warn(
      `maildns: ${pending2.length} record${pending2.length === 1 ? " is" : "s are"} adopted with ${pending2.length === 1 ? "its" : "their"} live value this update (Pulumi imports a record only as it is); run \`maildns adopt --stack ${options.stack}\` and \`pulumi up\` once more to apply the domain files`
    );
  }
  const settings = { ...config.hostSettings ?? {} };
  const providerResource = await provider.pulumi.declareProvider(provider.id, settings);
  const declarations = plans.flatMap((p) => p.declarations);
  const resources = [];
  for (const declaration of declarations) resources.push(await provider.pulumi.declareRecord(declaration, providerResource));
  const imports = Object.fromEntries(declarations.filter((d) => d.importId).map((d) => [d.name, d.importId]));
  log2.info(`maildns: ${declarations.length} records in ${plans.length} zones, ${Object.keys(imports).length} adopted`);
  const published2 = publishZones(plans, declarations, resources, api, preview, provider.label, options.stack, log2);
  const dkim2 = enableDkimAfter(resources, api, domains, config, preview, log2);
  return { provider, plans, declarations, resources, providerResource, imports, gates, pending: pending2, rollbackFiles: rollbackFiles2, published: published2, dkim: dkim2 };
}
function publishZones(plans, declarations, resources, api, preview, label, stack, log2) {
  const zones = plans.filter((p) => p.declarations.length > 0).map((p) => p.zone);
  if (preview || !api || zones.length === 0) return pulumi2.output([]);
  const ids = (zone) => resources.filter((_, i) => declarations[i].inputs.zone === zone).map((r) => r.id);
  return pulumi2.all(zones.map((zone) => pulumi2.all(ids(zone)))).apply(async () => {
    for (const zone of zones) {
      try {
        await api.refreshZone(zone);
      } catch (error) {
        throw new pulumi2.RunError(
          `maildns: ${api.scrub(error.message)}
${zone}: its records are written at ${label}, but its name servers may not serve every change until the zone is refreshed; run \`pulumi up --stack ${stack}\` again: every update refreshes each zone it manages`
        );
      }
      log2.info(`maildns: ${zone}: refreshed, so the name servers serve the records as written`);
    }
    return zones;
  });
}
function zonesOf(domains, provider) {
  const zones = /* @__PURE__ */ new Map();
  const files = /* @__PURE__ */ new Map();
  for (const domain of domains) {
    const zone = domain.domain.toLowerCase();
    const other = files.get(zone);
    if (other !== void 0) {
      throw new pulumi2.RunError(`maildns: ${domain.file ?? zone} and ${other} both declare zone ${zone} [lint-duplicate-domain]`);
    }
    files.set(zone, domain.file ?? zone);
    const desired = desiredSlotRecords(domain);
    try {
      for (const record of desired) provider.toHost(record, zone);
    } catch (error) {
      if (error instanceof HostRecordError) throw new pulumi2.RunError(`maildns: ${error.message}`);
      throw error;
    }
    zones.set(zone, desired);
  }
  return new Map([...zones.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
var MAX_UNPUBLISHED_SHOWN = 10;
async function saveExport(api, zone, stackDir, root, now, log2) {
  const dir = join(stackDir, ROLLBACK_DIR, zone);
  await mkdir(dir, { recursive: true });
  const text = await api.exportZone(zone);
  const versions = await api.zoneHistory(zone);
  const inForce = versions.length > 0 ? versions[versions.length - 1] : null;
  const version = inForce !== null ? `; maildns: version in force at the host: ${inForce}
` : "";
  let unpublished = [];
  let uncompared = null;
  if (inForce !== null) {
    try {
      unpublished = unpublishedLines(zone, await api.zoneVersionFile(zone, inForce), text);
    } catch (error) {
      if (!(error instanceof Error && "status" in error)) throw error;
      uncompared = oneLine(api.scrub(error.message));
    }
  }
  const n = unpublished.length;
  const note = n > 0 ? `${UNPUBLISHED_HEADER}this export differs from that version in ${n} record${n === 1 ? "" : "s"} (changes not yet refreshed); rollback restores a version only when it is this export, so restore by hand from this file
` : uncompared !== null ? `; maildns: not compared with that version (its zone file could not be fetched); rollback compares them before it restores
` : "";
  const content2 = `; maildns: ${zone} as exported before the update of ${now.toISOString()}
${version}${note}${api.scrub(text)}`;
  for (let shift = 0; shift < 1e3; shift++) {
    const path = join(dir, exportFileName(new Date(now.getTime() + shift)));
    try {
      writeFileWhole(path, content2, { replace: false });
    } catch (error) {
      if (error.code === "EEXIST") continue;
      throw new pulumi2.RunError(`maildns: ${zone}: the export for rollback could not be saved to ${relative(root, path)} (${error.message}); nothing in the zone was changed`);
    }
    const saved = relative(root, path);
    if (n > 0) {
      const shown = unpublished.slice(0, MAX_UNPUBLISHED_SHOWN).map((line) => `  ${oneLine(api.scrub(line))}`);
      if (n > MAX_UNPUBLISHED_SHOWN) shown.push(`  … and ${n - MAX_UNPUBLISHED_SHOWN} more`);
      log2.warn(
        `maildns: ${zone}: the zone holds ${n} change${n === 1 ? "" : "s"} OVH has not published (another writer's, or an earlier update's that was never refreshed): the export saved for rollback (${saved}) is not OVH's version in force (${inForce}), so maildns rollback will not restore that version and says so; restore by hand from that file if needed. This update's refresh publishes ${n === 1 ? "it" : "them"} with its own changes:
${shown.join("\n")}`
      );
    } else if (uncompared !== null) {
      log2.warn(`maildns: ${zone}: OVH's version in force (${inForce}) could not be compared with the export saved for rollback (${saved}); maildns rollback compares them before it restores anything. ${uncompared}`);
    }
    return saved;
  }
  throw new pulumi2.RunError(`maildns: ${zone}: a thousand exports for rollback are already saved in ${relative(root, dir)} within a second of this update; nothing in the zone was changed`);
}
function describeDkim(domain, state) {
  if (!state) return `${domain}: the mail host does not run DKIM for this domain`;
  const active = state.active ? `, signing with ${state.active}` : "";
  return `${domain}: DKIM ${state.status}${active}`;
}
function enableDkimAfter(resources, api, domains, config, preview, log2) {
  if (!config.enableDkim || preview || !api) return pulumi2.output([]);
  const wait = config.dkimWait ?? { attempts: 20, intervalMs: 3e4 };
  return pulumi2.all(resources.map((r) => r.id)).apply(async () => {
    const lines = [];
    for (const domain of domains) {
      if (!domain.dkim || domain.dkim.selectors.length === 0) continue;
      const state = await api.enableDkim(domain.domain, domain.mail, wait);
      const line = api.scrub(describeDkim(domain.domain, state));
      lines.push(line);
      if (state && !state.enabled) {
        log2.warn(`maildns: ${line}; the host has not finished enabling it after ${wait.attempts} checks: run \`pulumi up\` again later`);
      } else {
        log2.info(`maildns: ${line}`);
      }
    }
    return lines;
  });
}
async function writeFirst(plan, api, provider, stack, saveForRollback, earlier) {
  const deleted = [];
  let created = 0;
  let updated = 0;
  let refreshed = false;
  const done = () => [
    deleted.length > 0 ? `record${deleted.length === 1 ? "" : "s"} ${deleted.join(", ")} deleted` : null,
    created > 0 ? `${created} record${created === 1 ? "" : "s"} created` : null,
    updated > 0 ? `${updated} record${updated === 1 ? "" : "s"} edited in place` : null
  ].filter((part) => part !== null);
  try {
    await saveForRollback();
    for (const deletion of plan.preDeletions) {
      await api.deleteRecord(plan.zone, deletion.record.id);
      deleted.push(deletion.record.id);
    }
    for (const name of plan.programCreates) {
      const declaration = plan.declarations.find((d) => d.name === name);
      const record = await api.createRecord(plan.zone, declaration.inputs);
      created++;
      const inputs = provider.inputs(record);
      if (!createdAsDeclared(provider, record, declaration.inputs)) plan.pending.push(name);
      declaration.inputs = inputs;
      declaration.importId = provider.importId(record);
    }
    for (const update of plan.programUpdates) {
      await api.updateRecord(plan.zone, update.id, update.inputs);
      updated++;
    }
    if (plan.programCreates.length > 0 || updated > 0 || plan.preDeletions.length > 0 && plan.creates === 0) {
      await api.refreshZone(plan.zone);
      refreshed = true;
    }
  } catch (error) {
    if (!(error instanceof Error && "status" in error)) throw error;
    const parts2 = done();
    const what = parts2.length > 0 ? `${parts2.join(" and ")} at ${provider.label} before the update stopped` : `nothing changed at ${provider.label} before the update stopped`;
    const here = `${plan.zone}: ${what}; the zone was not refreshed, so its name servers serve it as it was.`;
    const finish = `Run \`maildns adopt --stack ${stack}\` and \`pulumi up\` again to finish: adopt reads what was written.`;
    throw new pulumi2.RunError(`maildns: ${api.scrub(error.message)}
${earlier.length === 0 ? `${here} ${finish}` : [here, ...earlier, finish].join("\n")}`);
  }
  const parts = done();
  if (parts.length === 0) return null;
  const served = refreshed ? "then the zone was refreshed, so its name servers serve them" : "not refreshed yet (the provider's refresh after its first write there would have published them), so its name servers serve the zone as it was";
  return `${plan.zone}: written before the update stopped: ${parts.join(" and ")} at ${provider.label}, ${served}.`;
}

// src/pulumi/index.ts
var result = await defineMailDns({ stack: pulumi3.getStack(), root: process.cwd(), config: readStackConfig() });
var records = result.declarations.length;
var adopted = Object.keys(result.imports).length;
var pending = result.pending;
var overrides = result.gates.filter((g) => g.tripped && g.allowed).map((g) => `${g.id}: ${g.reason}`);
var rollbackFiles = result.rollbackFiles;
var dkim = result.dkim;
var published = result.published;
export {
  adopted,
  dkim,
  overrides,
  pending,
  published,
  records,
  rollbackFiles
};
