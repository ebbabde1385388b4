import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  recordProblem
} from "./chunk-QZYRPTUP.js";
import {
  matchSlots,
  operationsOf,
  ownerLabel,
  slotOf
} from "./chunk-HX3OYLU6.js";

// src/providers/apply-plan.ts
function resourceName(zone, slot, subdomain) {
  const [kind, ...rest] = slot.split(":");
  const owner = ownerLabel(subdomain);
  if (kind === "mx") return `${zone}/${owner}/mx/${rest.join(":")}`;
  if (kind === "srv") return `${zone}/${owner}/srv/${rest.slice(1).join(":")}`;
  return `${zone}/${owner}/${kind}`;
}
function sameInputs(a, b) {
  const keys = /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
}
function show(record) {
  return `${record.type} ${ownerLabel(record.subdomain)} ${record.target}`;
}
function heldReplacement(removals, stateOf, name, slotNames) {
  for (const { record, live, reason } of removals) {
    if (reason !== "replace" || live.replaceOnly) continue;
    const held = stateOf(record.id);
    if (held && (held.name === name || !slotNames.has(held.name))) return { record, held };
  }
  return null;
}
function planZoneApply(input) {
  const { provider, zone } = input;
  const liveById = new Map(input.live.map((l) => [l.id, l]));
  const byStateId = new Map(input.stack.filter((r) => r.type === provider.pulumi.resourceType).map((r) => [r.id, r]));
  const stateOf = (id) => byStateId.get(provider.stateId(liveById.get(id))) ?? null;
  const wanted = new Set(input.desired.map((d) => d.slot));
  const liveSlots = input.live.map(provider.toLive);
  const perSlot = /* @__PURE__ */ new Map();
  for (const l of liveSlots) {
    const slot = slotOf(l)?.slot;
    if (slot) perSlot.set(slot, (perSlot.get(slot) ?? 0) + 1);
  }
  const managed = liveSlots.filter((l) => {
    const found = slotOf(l);
    if (!found || found.role !== "dkim" || wanted.has(found.slot)) return true;
    return perSlot.get(found.slot) === 1 && recordProblem(l.name, l.subdomain, l.type, [l.value]) === null;
  });
  const matches = matchSlots(managed, input.desired, {
    ttlMatches: provider.ttlMatches,
    prefer: (candidate) => stateOf(candidate.key) !== null
  });
  const slotNames = new Set(input.desired.map((d) => resourceName(zone, d.slot, d.subdomain)));
  const plan = { zone, declarations: [], operations: operationsOf(matches), preDeletions: [], pending: [], creates: 0, programCreates: [], lines: [], conflicts: [] };
  const plainCreates = [];
  const declaredIds = /* @__PURE__ */ new Map();
  for (const match of matches) {
    let replaced = null;
    if (match.want) {
      const host = provider.toHost(match.want, zone);
      const name = resourceName(zone, match.slot, match.want.subdomain);
      const keep = match.keep ? liveById.get(match.keep.key) : null;
      const held = keep ? stateOf(keep.id) : null;
      if (keep && held) {
        plan.declarations.push({ name, inputs: provider.inputs(host), importId: null, aliases: held.name === name ? [] : [held.name] });
        declaredIds.set(name, held.id);
        if (match.change === "update") {
          plan.lines.push({ action: "update", text: `update  ${show(keep)} (id ${keep.id}) in place to ${host.target} ttl ${host.ttl} as ${name}` });
        } else {
          plan.lines.push({ action: "keep", text: `keep    ${show(keep)} (id ${keep.id}) as ${name}` });
        }
      } else if (keep) {
        plan.declarations.push({ name, inputs: provider.inputs(keep), importId: provider.importId(keep), aliases: [] });
        declaredIds.set(name, provider.stateId(keep));
        const differs = !sameInputs(provider.inputs(keep), provider.inputs(host));
        const later = differs ? `; the next update writes ${host.target} ttl ${host.ttl} in place` : "";
        if (differs) plan.pending.push(name);
        plan.lines.push({ action: "adopt", text: `adopt   ${show(keep)} (id ${keep.id}, ttl ${keep.ttl}) as ${name}${later}` });
      } else {
        replaced = heldReplacement(
          match.removals.map((r) => ({ record: liveById.get(r.record.key), live: r.record, reason: r.reason })),
          stateOf,
          name,
          slotNames
        );
        plan.declarations.push({ name, inputs: provider.inputs(host), importId: null, aliases: replaced && replaced.held.name !== name ? [replaced.held.name] : [] });
        declaredIds.set(name, replaced ? replaced.held.id : null);
        if (!replaced) plainCreates.push(name);
        plan.creates++;
        plan.lines.push({ action: "create", text: `create  ${show(host)} (ttl ${host.ttl}) as ${name}` });
      }
    }
    for (const removal of match.removals) {
      const record = liveById.get(removal.record.key);
      if (replaced && record === replaced.record) {
        plan.lines.push({ action: "delete-first", text: `delete  ${show(record)} (id ${record.id}) first: ${provider.label} cannot edit it into the ${match.want.type} record, so Pulumi replaces ${resourceName(zone, match.slot, match.want.subdomain)}, deleting it before the new one is written` });
        continue;
      }
      if (removal.phase === "before") {
        plan.preDeletions.push({ slot: match.slot, record, reason: removal.reason === "unwanted" ? "surplus" : removal.reason });
        const why = removal.reason === "replace" && !match.want ? "a CNAME tolerates no other record at its name, so it goes before anything is written" : removal.reason === "replace" ? `${provider.label} cannot edit it into the ${match.want?.type ?? "new"} record, so it goes before that one is written` : "a name must never hold two such records, so the surplus goes before anything is written";
        plan.lines.push({ action: "delete-first", text: `delete  ${show(record)} (id ${record.id}) first: ${why}` });
        continue;
      }
      if (stateOf(record.id)) {
        plan.lines.push({ action: "delete-last", text: `delete  ${show(record)} (id ${record.id}) at the end of this update` });
        continue;
      }
      const base = match.want ? resourceName(zone, match.slot, match.want.subdomain) : resourceName(zone, match.slot, record.subdomain);
      const name = `${base}/id-${record.id}`;
      plan.declarations.push({ name, inputs: provider.inputs(record), importId: provider.importId(record), aliases: [] });
      declaredIds.set(name, provider.stateId(record));
      plan.pending.push(name);
      plan.lines.push({ action: "adopt-to-delete", text: `adopt   ${show(record)} (id ${record.id}) as ${name}, to be deleted at the end of the next update` });
    }
  }
  if (plan.preDeletions.some((d) => d.reason === "replace")) plan.programCreates = plainCreates;
  const handled = new Set([...declaredIds.values()].filter((id) => id !== null));
  for (const match of matches) for (const removal of match.removals) handled.add(provider.stateId(liveById.get(removal.record.key)));
  for (const resource of heldInZone(provider, input.stack, zone)) {
    if (handled.has(resource.id)) continue;
    plan.lines.push({ action: "delete-last", text: `delete  ${resource.name} (id ${resource.id}) at the end of this update: the files no longer declare it` });
  }
  const liveStateIds = new Set(input.live.map((l) => provider.stateId(l)));
  for (const resource of input.stack) {
    if (resource.type !== provider.pulumi.resourceType || !declaredIds.has(resource.name)) continue;
    const expected = declaredIds.get(resource.name);
    if (expected === resource.id) continue;
    plan.conflicts.push(
      liveStateIds.has(resource.id) ? `the stack holds ${resource.name} for record ${resource.id}, which now fills another slot; remove it from the stack (pulumi state delete, with its URN), then run maildns adopt again` : `the stack holds ${resource.name} for record ${resource.id}, which ${provider.label} no longer has; run \`pulumi refresh\` for the stack, then maildns adopt again`
    );
  }
  plan.declarations.sort((a, b) => a.name.localeCompare(b.name));
  return plan;
}
function resourceZone(name) {
  const slash = name.indexOf("/");
  return slash > 0 ? name.slice(0, slash).toLowerCase() : null;
}
function droppedZoneSummary(held) {
  return `no domain file declares this zone any more; pulumi up deletes the ${held} record${held === 1 ? "" : "s"} the stack holds in it`;
}
function heldInZone(provider, stack, zone) {
  return stack.filter((r) => r.type === provider.pulumi.resourceType && resourceZone(r.name) === zone);
}
function droppedZones(provider, stack, declared) {
  const files = new Set([...declared].map((z) => z.toLowerCase()));
  const held = new Set(stack.filter((r) => r.type === provider.pulumi.resourceType).map((r) => resourceZone(r.name)));
  return [...held].filter((zone) => zone !== null && !files.has(zone)).sort();
}
function planZoneRemoval(input) {
  const { provider, zone } = input;
  const held = heldInZone(provider, input.stack, zone);
  const heldIds = new Set(held.map((r) => r.id));
  const plan = { zone, declarations: [], operations: [], preDeletions: [], pending: [], creates: 0, programCreates: [], lines: [], conflicts: [] };
  const seen = /* @__PURE__ */ new Set();
  for (const record of input.live) {
    const id = provider.stateId(record);
    if (!heldIds.has(id)) continue;
    seen.add(id);
    const live = provider.toLive(record);
    const slot = slotOf(live)?.slot ?? `${record.type}:${record.subdomain}`;
    plan.operations.push({ action: "delete", phase: "after", slot, before: live, after: null, reason: "unwanted" });
    plan.lines.push({ action: "delete-last", text: `delete  ${show(record)} (id ${record.id}) at the end of this update` });
  }
  for (const resource of held) {
    if (seen.has(resource.id)) continue;
    plan.lines.push({ action: "delete-last", text: `delete  ${resource.name} (id ${resource.id}) at the end of this update` });
  }
  return plan;
}

// src/providers/host-dkim.ts
function selectorsOf(state, ttl) {
  return state.selectors.filter((s) => s.cname !== null).map((s) => ({
    name: s.name,
    kind: "cname",
    target: s.cname,
    text: null,
    // The host says which one signs; before it has chosen, both are published and neither is "retired".
    active: state.active === null || state.active === s.name,
    // Selectors the mail host issued itself (DkimSelector.ovh: the host's, not the customer's own key).
    ovh: true,
    ttl,
    path: ["dkim"]
  }));
}
async function resolveHostDkim(models, api, missing, hostLabel = "the host") {
  const failures = [];
  const resolved = [];
  for (const model of models) {
    const host = model.dkim?.fromHost ?? null;
    if (host === null) {
      resolved.push(model);
      continue;
    }
    if (!api) {
      failures.push({ domain: model.domain, detail: `dkim: ${host} needs the host's API to name the selectors: ${missing}` });
      resolved.push(model);
      continue;
    }
    let state;
    try {
      state = await api.dkim(model.domain, model.mail);
    } catch (error) {
      failures.push({ domain: model.domain, detail: `dkim: ${host}: ${api.scrub(error.message)}` });
      resolved.push(model);
      continue;
    }
    if (!state || state.selectors.length === 0) {
      failures.push({ domain: model.domain, detail: `dkim: ${host}, but ${hostLabel} reports no DKIM selector for ${model.domain} (enable DKIM for it there, or list the selectors in the file)` });
      resolved.push(model);
      continue;
    }
    const dkim = { ...model.dkim, selectors: selectorsOf(state, model.ttl) };
    resolved.push({ ...model, dkim });
  }
  return { models: resolved, failures };
}
async function hostSelectorNames(domains, api, mail) {
  const names = /* @__PURE__ */ new Map();
  for (const domain of domains) {
    try {
      const state = await api.dkim(domain, mail);
      if (state) names.set(domain, state.selectors.map((s) => s.name));
    } catch {
    }
  }
  return names;
}

// src/providers/adoption-file.ts
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
var ADOPTION_FILE_NAME = "maildns-adoption.json";
var LEGACY_IMPORT_FILE_NAME = "ovh-import-ids.json";
var AdoptionFileError = class extends Error {
  name = "AdoptionFileError";
};
function adoptionFilePath(stackDir) {
  return join(stackDir, ADOPTION_FILE_NAME);
}
function hasLegacyImportFile(stackDir) {
  return existsSync(join(stackDir, LEGACY_IMPORT_FILE_NAME));
}
async function readAdoptionFile(stackDir, shownPath = ADOPTION_FILE_NAME) {
  let text;
  try {
    text = await readFile(adoptionFilePath(stackDir), "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return null;
    throw new AdoptionFileError(`${shownPath}: cannot read it (${error.code ?? "error"})`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AdoptionFileError(`${shownPath}: not valid JSON; run maildns adopt again to rewrite it`);
  }
  return validateAdoptionFile(data, shownPath);
}
var isText = (v) => typeof v === "string";
function validRecord(r) {
  const record = r;
  return !!record && isText(record.id) && /^[A-Za-z0-9._:-]{1,80}$/.test(record.id) && isText(record.zone) && isText(record.subdomain) && isText(record.type) && isText(record.target) && typeof record.ttl === "number" && Number.isFinite(record.ttl);
}
function validateAdoptionFile(data, shownPath) {
  const file = data;
  const again = "run maildns adopt again";
  if (!file || typeof file !== "object" || file.version !== 2) {
    throw new AdoptionFileError(`${shownPath}: not a maildns adoption file (version 2); ${again}`);
  }
  if (!isText(file.provider) || !isText(file.readAt) || !file.zones || typeof file.zones !== "object" || !Array.isArray(file.stack)) {
    throw new AdoptionFileError(`${shownPath}: needs "provider", "readAt", "zones" and "stack"; ${again}`);
  }
  for (const [zone, entry] of Object.entries(file.zones)) {
    if (!Array.isArray(entry?.live)) throw new AdoptionFileError(`${shownPath}: zone ${zone} has no "live" list; ${again}`);
    const bad = entry.live.findIndex((r) => !validRecord(r));
    if (bad >= 0) throw new AdoptionFileError(`${shownPath}: zone ${zone}, live record ${bad + 1} is not {id, zone, subdomain, type, target, ttl}; ${again}`);
  }
  for (const [index, resource] of file.stack.entries()) {
    const r = resource;
    if (!r || !isText(r.name) || !isText(r.type) || !isText(r.id) || !(r.importId === null || isText(r.importId))) {
      throw new AdoptionFileError(`${shownPath}: stack resource ${index + 1} is not {name, type, id, importId}; ${again}`);
    }
  }
  return file;
}
function renderAdoptionFile(file) {
  const zones = Object.fromEntries(
    Object.entries(file.zones).sort(([a], [b]) => a.localeCompare(b)).map(([zone, entry]) => [zone, { live: [...entry.live].sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true })) }])
  );
  const stack = [...file.stack].sort((a, b) => a.name.localeCompare(b.name));
  return `${JSON.stringify({ version: 2, provider: file.provider, readAt: file.readAt, zones, stack }, null, 2)}
`;
}
async function writeAdoptionFile(stackDir, file) {
  const path = adoptionFilePath(stackDir);
  await writeFile(path, renderAdoptionFile(file), "utf8");
  return path;
}

export {
  planZoneApply,
  droppedZoneSummary,
  heldInZone,
  droppedZones,
  planZoneRemoval,
  resolveHostDkim,
  hostSelectorNames,
  ADOPTION_FILE_NAME,
  LEGACY_IMPORT_FILE_NAME,
  AdoptionFileError,
  hasLegacyImportFile,
  readAdoptionFile,
  writeAdoptionFile
};
