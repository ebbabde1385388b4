import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  CredentialScrubber
} from "./chunk-OC3V6NJJ.js";
import {
  matchSlots,
  operationsOf,
  ownerLabel,
  skipAdoptGate,
  slotOf
} from "./chunk-OESMAHSM.js";
import {
  OVH_MIN_TTL,
  OVH_PSEUDO_TYPES,
  OVH_TXT_FORBIDDEN,
  OVH_ZONE_DEFAULT_TTL,
  asciiLowerCase,
  findDomainFiles,
  loadDomainFile,
  ovhTtlAccepted,
  ovhTtlMatches,
  readDomainFile,
  realOrNull,
  stackConfigFile,
  toALabel
} from "./chunk-3OSQQ7QY.js";
import {
  looksLikeSpf
} from "./chunk-K36EJTVN.js";
import {
  parseZoneFile
} from "./chunk-YEOTCFHE.js";
import {
  canonicalName,
  droppedByIdna
} from "./chunk-53CTTIHG.js";
import {
  TERMINAL_ACTING,
  codePointName,
  oneLine
} from "./chunk-G7NDWJJB.js";

// src/plan/other-stacks.ts
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
function declaredZone(display, bytes) {
  const loaded = loadDomainFile(display, bytes);
  if (loaded.model) return loaded.model.domain;
  if (loaded.domainName === "" || droppedByIdna(loaded.domainName)) return null;
  return toALabel(loaded.domainName);
}
function otherStacks(cwd, skip = /* @__PURE__ */ new Set()) {
  const parents = /* @__PURE__ */ new Map();
  const indexOf = (parent) => {
    const known = parents.get(parent);
    if (known) return known;
    const index = { zones: /* @__PURE__ */ new Map(), unknown: [] };
    parents.set(parent, index);
    let entries;
    try {
      entries = readdirSync(parent);
    } catch {
      return index;
    }
    let order = 0;
    for (const entry of entries.sort()) {
      if (entry.startsWith(".")) continue;
      const folder = join(parent, entry);
      if (skip.has(folder) || !existsSync(stackConfigFile(folder))) continue;
      try {
        if (!statSync(folder).isDirectory()) continue;
      } catch {
        continue;
      }
      const real = realOrNull(folder);
      let refs;
      try {
        refs = findDomainFiles([folder], cwd);
      } catch {
        index.unknown.push({ file: `${relative(cwd, folder).split(sep).join("/")}/`, stack: entry, real });
        continue;
      }
      for (const ref of refs) {
        const read = readDomainFile(ref);
        const zone = "bytes" in read ? declaredZone(ref.display, read.bytes) : null;
        if (zone === null) {
          index.unknown.push({ file: ref.display, stack: entry, real });
          continue;
        }
        const key = asciiLowerCase(zone);
        const list = index.zones.get(key);
        const declaration = { zone: key, other: ref.display, stack: entry, real, order: order++ };
        if (list) list.push(declaration);
        else index.zones.set(key, [declaration]);
      }
    }
    return index;
  };
  const isOwn = (stackDir) => {
    const absolute = resolve(stackDir);
    const own = basename(absolute);
    const ownReal = existsSync(stackConfigFile(absolute)) ? null : realOrNull(absolute);
    return (d) => d.stack === own || ownReal !== null && d.real === ownReal;
  };
  return {
    /**
     * The zones `declared` (the stack's domain files: each file's `domain:`) that a domain file of another
     * stack beside it declares too.
     */
    shared(stackDir, declared) {
      const mine = /* @__PURE__ */ new Map();
      for (const d of declared) if (!mine.has(asciiLowerCase(d.domain))) mine.set(asciiLowerCase(d.domain), d.file);
      if (mine.size === 0) return [];
      const index = indexOf(dirname(resolve(stackDir)));
      const own = isOwn(stackDir);
      const found = [];
      for (const [zone, file] of mine) {
        for (const d of index.zones.get(zone) ?? []) if (!own(d)) found.push({ zone, file, other: d.other, stack: d.stack, order: d.order });
      }
      return found.sort((a, b) => a.order - b.order).map(({ zone, file, other, stack }) => ({ zone, file, other, stack }));
    },
    /**
     * The files of the other stacks whose zone could not be told (unreadable, or not even their `domain:`
     * readable): whether they declare one of the stack's zones too is not known.
     */
    unknown(stackDir) {
      const own = isOwn(stackDir);
      return indexOf(dirname(resolve(stackDir))).unknown.filter((u) => !own(u)).map(({ file, stack }) => ({ file, stack }));
    }
  };
}
function zonesInOtherStacks(stackDir, declared, cwd) {
  if (declared.length === 0) return { shared: [], unknown: [] };
  const stacks = otherStacks(cwd, /* @__PURE__ */ new Set([resolve(stackDir)]));
  return { shared: stacks.shared(stackDir, declared), unknown: stacks.unknown(stackDir) };
}
function sharedZoneMessage(shared) {
  return `${oneLine(shared.file)}: ${shared.zone} is also declared by ${oneLine(shared.other)}, a domain file of stack ${oneLine(shared.stack)}: two stacks applying one zone each adopt, overwrite and delete the other's records; keep the zone in one stack [lint-duplicate-domain]`;
}
function unknownZoneMessage(unknown) {
  return `not checked: ${unknownZoneText(unknown, "this stack")}`;
}
function unknownZoneText(unknown, whose) {
  const shown = unknown.slice(0, 3).map((u) => oneLine(u.file)).join(", ");
  const more = unknown.length > 3 ? ` and ${unknown.length - 3} more` : "";
  const stacks = [...new Set(unknown.map((u) => oneLine(u.stack)))].join(", ");
  return `${shown}${more} of stack${stacks.includes(", ") ? "s" : ""} ${stacks} could not be read as domain files (see that stack's lint), so whether they declare a zone of ${whose} too is not known`;
}
function unreadOtherStacksText(unread) {
  const planned = unread.planned.map(oneLine);
  return unknownZoneText(unread.files, `stack${planned.length > 1 ? "s" : ""} ${planned.join(", ")}`);
}

// src/model/holdable.ts
var UNUSABLE_TEXT = /[\u0000-\u001f\u007f\ufffd]/;
var HOST_NAME = /^([a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)(\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*$/;
function usableHost(host) {
  return host === "." || HOST_NAME.test(host.replace(/\.$/, ""));
}
function describeText(text2) {
  const bad = UNUSABLE_TEXT.exec(text2);
  if (!bad) return "";
  return bad[0] === "�" ? "octets that are not UTF-8" : `the control character ${codePointName(bad[0])}`;
}
function recordProblem(name, subdomain, type, values) {
  if (subdomain !== "" && !HOST_NAME.test(subdomain)) return `its name ${name} is not a host name`;
  for (const value2 of values) {
    if (type === "TXT") {
      const what = describeText(value2);
      if (what) return `its text holds ${what}`;
    } else {
      const host = value2.split(" ").pop() ?? "";
      if (!usableHost(host)) return `its target ${host} is not a host name`;
    }
  }
  return null;
}

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
var HOST_NAME_TYPES = /* @__PURE__ */ new Set(["MX", "CNAME", "SRV"]);
function sameButHostCase(provider, a, b) {
  if (a.target === b.target || asciiLowerCase(a.target) !== asciiLowerCase(b.target)) return false;
  if (!HOST_NAME_TYPES.has(provider.toLive({ ...b, id: "" }).type)) return false;
  return sameInputs(provider.inputs({ ...a, target: b.target }), provider.inputs(b));
}
var MAX_CHARACTER_STRING = 255;
function sameButTxtSplit(provider, a, b) {
  if (a.target === b.target) return false;
  const [la, lb] = [provider.toLive({ ...a, id: "" }), provider.toLive({ ...b, id: "" })];
  if (la.type !== "TXT" || lb.type !== "TXT" || la.value !== lb.value || Buffer.byteLength(la.value, "utf8") <= MAX_CHARACTER_STRING) return false;
  return sameInputs(provider.inputs({ ...a, target: b.target }), provider.inputs(b));
}
function servedAlike(provider, live, host) {
  if (sameButHostCase(provider, live, host)) return `the file's ${host.target} in another letter case, the same name in DNS`;
  if (sameButTxtSplit(provider, live, host)) return `the file's text, which ${provider.label} keeps split into strings of at most ${MAX_CHARACTER_STRING} octets, the same text in DNS`;
  return null;
}
function createdAsDeclared(provider, answer, declared) {
  const inputs = provider.inputs(answer);
  if (sameInputs(inputs, declared)) return true;
  const target = String(declared.target ?? "");
  const asDeclared = { ...answer, target };
  return (sameButHostCase(provider, answer, asDeclared) || sameButTxtSplit(provider, answer, asDeclared)) && sameInputs(provider.inputs(asDeclared), { ...declared });
}
function stateHolds(state, inputs) {
  return state !== void 0 && Object.keys(inputs).every((k) => state[k] === inputs[k]);
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
function terminalSafe(plan) {
  plan.lines = plan.lines.map((line) => ({ ...line, text: oneLine(line.text) }));
  return plan;
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
  const plan = { zone, declarations: [], operations: operationsOf(matches), preDeletions: [], pending: [], creates: 0, programCreates: [], programUpdates: [], lines: [], conflicts: [] };
  const plainCreates = [];
  const declaredIds = /* @__PURE__ */ new Map();
  const gone = new Set(input.gone ?? []);
  const goneHeld = new Map(input.stack.filter((r) => r.type === provider.pulumi.resourceType && gone.has(r.id)).map((r) => [r.name, r]));
  const createsOverGone = [];
  for (const match of matches) {
    if (match.want) {
      const host = provider.toHost(match.want, zone);
      const name = resourceName(zone, match.slot, match.want.subdomain);
      const keep = match.keep ? liveById.get(match.keep.key) : null;
      const held = keep ? stateOf(keep.id) : null;
      if (keep && held) {
        const alike = match.change !== "update" ? servedAlike(provider, keep, host) : null;
        const asHeld = alike !== null ? [provider.inputs(keep), provider.inputs(host)].find((i) => stateHolds(held.state, i)) ?? null : null;
        const inputs = asHeld ?? provider.inputs(host);
        plan.declarations.push({ name, inputs, importId: null, aliases: held.name === name ? [] : [held.name] });
        declaredIds.set(name, held.id);
        if (asHeld !== null) {
          plan.lines.push({ action: "keep", text: `keep    ${show(keep)} (id ${keep.id}) as ${name}: ${alike}` });
        } else if (match.change === "update" || !sameInputs(provider.inputs(keep), inputs)) {
          const stale = stateHolds(held.state, inputs);
          if (stale) plan.programUpdates.push({ name, id: keep.id, inputs });
          const why = stale ? ": the stack's state holds this value already, so maildns writes it itself" : "";
          plan.lines.push({ action: "update", text: `update  ${show(keep)} (id ${keep.id}) in place to ${host.target} ttl ${host.ttl} as ${name}${why}` });
        } else {
          plan.lines.push({ action: "keep", text: `keep    ${show(keep)} (id ${keep.id}) as ${name}` });
        }
      } else if (keep) {
        plan.declarations.push({ name, inputs: provider.inputs(keep), importId: provider.importId(keep), aliases: [] });
        declaredIds.set(name, provider.stateId(keep));
        const alike = servedAlike(provider, keep, host);
        const differs = alike === null && !sameInputs(provider.inputs(keep), provider.inputs(host));
        const later = differs ? `; the next update writes ${host.target} ttl ${host.ttl} in place` : alike !== null ? `: ${alike}` : "";
        if (differs) plan.pending.push(name);
        plan.lines.push({ action: "adopt", text: `adopt   ${show(keep)} (id ${keep.id}, ttl ${keep.ttl}) as ${name}${later}` });
      } else {
        const replaced = heldReplacement(
          match.removals.map((r) => ({ record: liveById.get(r.record.key), live: r.record, reason: r.reason })),
          stateOf,
          name,
          slotNames
        );
        plan.declarations.push({ name, inputs: provider.inputs(host), importId: null, aliases: replaced && replaced.held.name !== name ? [replaced.held.name] : [] });
        const overGone = replaced ? null : goneHeld.get(name) ?? null;
        declaredIds.set(name, replaced ? replaced.held.id : overGone?.id ?? null);
        plainCreates.push(name);
        if (overGone) createsOverGone.push(name);
        plan.creates++;
        const why = overGone ? `: the stack's record ${overGone.id} is gone at ${provider.label} (deleted by hand, or by an update stopped before writing what replaces it), so maildns writes this one and Pulumi adopts it in its place` : "";
        plan.lines.push({ action: "create", text: `create  ${show(host)} (ttl ${host.ttl}) as ${name}${why}` });
      }
    }
    for (const removal of match.removals) {
      const record = liveById.get(removal.record.key);
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
  else if (createsOverGone.length > 0) plan.programCreates = createsOverGone;
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
    if (expected === resource.id || gone.has(resource.id)) continue;
    plan.conflicts.push(
      liveStateIds.has(resource.id) ? `the stack holds ${resource.name} for record ${resource.id}, which now fills another slot; remove it from the stack (pulumi state delete, with its URN), then run maildns adopt again` : `the stack holds ${resource.name} for record ${resource.id}, which ${provider.label} no longer has at any name the files manage (moved to another name, or deleted); run \`pulumi refresh\` for the stack, then maildns adopt again`
    );
  }
  plan.declarations.sort((a, b) => a.name.localeCompare(b.name));
  return terminalSafe(plan);
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
function splitByHolding(provider, live, stack, zone) {
  const ids = new Set(heldInZone(provider, stack, zone).map((r) => r.id));
  const held = [];
  const left = [];
  for (const record of live) (ids.has(provider.stateId(record)) ? held : left).push(record);
  return { held, left };
}
function droppedZones(provider, stack, declared) {
  const files = new Set([...declared].map((z) => z.toLowerCase()));
  const held = new Set(stack.filter((r) => r.type === provider.pulumi.resourceType).map((r) => resourceZone(r.name)));
  return [...held].filter((zone) => zone !== null && !files.has(zone)).sort();
}
function planZoneRemoval(input) {
  const { provider, zone } = input;
  const plan = { zone, declarations: [], operations: [], preDeletions: [], pending: [], creates: 0, programCreates: [], programUpdates: [], lines: [], conflicts: [] };
  const seen = /* @__PURE__ */ new Set();
  for (const record of splitByHolding(provider, input.live, input.stack, zone).held) {
    seen.add(provider.stateId(record));
    const live = provider.toLive(record);
    const slot = slotOf(live)?.slot ?? `${record.type}:${record.subdomain}`;
    plan.operations.push({ action: "delete", phase: "after", slot, before: live, after: null, reason: "unwanted" });
    plan.lines.push({ action: "delete-last", text: `delete  ${show(record)} (id ${record.id}) at the end of this update` });
  }
  for (const resource of heldInZone(provider, input.stack, zone)) {
    if (seen.has(resource.id)) continue;
    plan.lines.push({ action: "delete-last", text: `delete  ${resource.name} (id ${resource.id}) at the end of this update` });
  }
  return terminalSafe(plan);
}

// src/providers/types.ts
var HostRecordError = class extends Error {
  name = "HostRecordError";
};

// src/providers/ovh/client.ts
import { createHash } from "node:crypto";
import * as http from "node:http";
import * as https from "node:https";

// src/providers/ovh/errors.ts
var OvhApiError = class extends Error {
  constructor(failure, call, status, message) {
    super(message);
    this.failure = failure;
    this.call = call;
    this.status = status;
  }
  name = "OvhApiError";
  toJSON() {
    return { name: this.name, failure: this.failure, call: this.call, status: this.status, message: this.message };
  }
};
var APPLY_METHODS = ["GET", "POST", "PUT", "DELETE"];
var ROLLBACK_METHODS = ["GET", "POST"];
var READ_METHODS = ["GET"];
function methodsFor(purpose) {
  if (purpose === "apply") return APPLY_METHODS;
  if (purpose === "rollback") return ROLLBACK_METHODS;
  return READ_METHODS;
}
var RIGHTS = `${APPLY_METHODS.join("/")} on /domain/zone/*`;
var ROLLBACK_RIGHTS = `${ROLLBACK_METHODS.join(" and ")} on /domain/zone/* (it reads the zone's export and history, and restores with a POST on the history)`;
var READ_RIGHTS = `${READ_METHODS.join(" and ")} on /domain/zone/* (it only reads the zone's records)`;
var READ_MAIL_RIGHTS = `${READ_METHODS.join(" and ")} on /email/domain/*, /email/pro/* and /email/exchange/* (it only reads OVH's DKIM)`;
var MAIL_RIGHTS = "GET, PUT and POST on /email/domain/*, /email/pro/* and /email/exchange/*";
function explainStatus(input) {
  const tags = [input.ovhClass, input.queryId ? `query ${input.queryId}` : null].filter((t) => Boolean(t));
  const said = tags.length > 0 ? ` (${tags.join(", ")})` : "";
  const head = `${input.call} failed with ${input.status}${said}`;
  const purpose = input.purpose ?? "apply";
  const tokenUrl = input.tokenUrl?.(methodsFor(purpose)) ?? null;
  const tokenHint = tokenUrl ? ` at ${tokenUrl}` : "";
  const status = input.status ?? 0;
  if (status === 401) {
    const which = input.scheme === "oauth2" ? "Check OVH_CLIENT_ID and OVH_CLIENT_SECRET (or the stack's ovh:clientId and ovh:clientSecret) belong to a service account that still exists" : "Check OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY (or the stack's ovh:* secrets) belong together and the consumer key is validated and not expired; also check this machine's clock";
    return {
      failure: "unauthorized",
      message: `${head}: OVH did not accept the credentials. ${which}.`
    };
  }
  if (status === 403) {
    const mail = / \/email\//.test(input.call);
    const onZone = input.zone ? ` on zone ${input.zone}` : "";
    if (purpose !== "apply") {
      const rights = purpose === "rollback" ? ROLLBACK_RIGHTS : mail ? READ_MAIL_RIGHTS : READ_RIGHTS;
      const page = purpose !== "rollback" && mail ? null : tokenUrl;
      return {
        failure: "forbidden",
        message: input.scheme === "oauth2" ? `${head}: the service account's IAM policy does not allow this call${onZone}. Grant it what ${purpose} needs: ${rights}.` : `${head}: the consumer key lacks the rights ${purpose} needs${onZone}: ${rights}. Create one with them${page ? ` at ${page}` : ""}.`
      };
    }
    return {
      failure: "forbidden",
      message: input.scheme === "oauth2" ? `${head}: the service account's IAM policy does not allow this call. Grant it ${RIGHTS} (and /email/* for DKIM).` : mail ? `${head}: the consumer key lacks the rights to read OVH's DKIM for this domain. Create one with ${RIGHTS} and ${MAIL_RIGHTS}${tokenHint}.` : input.zone ? `${head}: the consumer key lacks the rights for this call on zone ${input.zone} (its rules may cover other zones only, or none of /domain/zone/*). Create one with ${RIGHTS}${tokenHint}.` : `${head}: the consumer key lacks the rights for this call. Create one with ${RIGHTS}${tokenHint}.`
    };
  }
  if (status === 404) {
    if (input.zone && / \/domain\/zone\/[^/]+\/record\/[^/]+$/.test(input.call)) {
      return {
        failure: "not-found",
        message: `${head}: zone ${input.zone} no longer has this record; record ids change when the zone is edited in text mode in the Control Panel: run maildns adopt again.`
      };
    }
    const what = input.zone ? `zone ${input.zone} is not a DNS zone of this OVH account. Check the domain name and the endpoint (ovh-eu, ovh-ca, ovh-us). If ${input.zone} is a subdomain whose records OVH holds in its parent's zone, its domain file cannot be applied: the apply writes each domain file into the zone its \`domain:\` names (lint, plan and audit read it)` : "the resource does not exist. Check the endpoint (ovh-eu, ovh-ca, ovh-us)";
    return { failure: "not-found", message: `${head}: ${what}.` };
  }
  if (status === 409) {
    return {
      failure: "conflict",
      message: `${head}: the zone is busy or the record conflicts with another change (a zone task may be running). Wait for it to finish, then retry.`
    };
  }
  if (status === 429) {
    return {
      failure: "rate-limited",
      message: `${head}: OVH is rate limiting this key; gave up after ${input.attempts} attempts. Wait a few minutes and retry.`
    };
  }
  if (status >= 500) {
    return {
      failure: "server",
      message: `${head}: OVH's API failed on its side; gave up after ${input.attempts} attempts. Retry later.`
    };
  }
  if (status >= 300 && status < 400) {
    return {
      failure: "http",
      message: `${head}: the endpoint redirects elsewhere, which OVH's API does not do, and maildns follows no redirect (it would send the credentials there). Check the endpoint: ovh-eu, ovh-ca, ovh-us, or a URL ending in /1.0.`
    };
  }
  if (status === 400) {
    return { failure: "http", message: `${head}: OVH refused the request as malformed (a value it does not accept). Check the record with maildns lint, then retry.` };
  }
  return { failure: "http", message: `${head}.` };
}

// src/providers/ovh/client.ts
var OVH_ENDPOINTS = {
  "ovh-eu": "https://eu.api.ovh.com/1.0",
  "ovh-ca": "https://ca.api.ovh.com/1.0",
  "ovh-us": "https://api.us.ovhcloud.com/1.0"
};
var OVH_TOKEN_URLS = {
  "ovh-eu": "https://auth.eu.ovhcloud.com/oauth2/token",
  "ovh-ca": "https://auth.ca.ovhcloud.com/oauth2/token",
  "ovh-us": "https://us.ovhcloud.com/auth/oauth2/token"
};
function isOAuth2(credentials) {
  return "clientId" in credentials;
}
function resolveEndpoint(endpoint) {
  const known = OVH_ENDPOINTS[endpoint];
  if (known) return known;
  if (/^https?:\/\/[^\s]+$/.test(endpoint) && URL.canParse(endpoint) && new URL(endpoint).username === "" && new URL(endpoint).password === "") {
    const url = new URL(endpoint);
    if (url.protocol === "http:" && !isLoopback(url.hostname)) {
      throw new OvhApiError("http", "endpoint", null, `OVH endpoint "${endpoint}" is plain HTTP to another machine: the credentials would cross the network readable. Use https://, or ovh-eu, ovh-ca, ovh-us.`);
    }
    return endpoint.replace(/\/+$/, "");
  }
  const shown = URL.canParse(endpoint) && (new URL(endpoint).username !== "" || new URL(endpoint).password !== "") ? "with a user or password in it" : `"${endpoint}"`;
  throw new OvhApiError("http", "endpoint", null, `Unknown OVH endpoint ${shown}: use ovh-eu, ovh-ca, ovh-us or a URL ending in /1.0.`);
}
function isLoopback(hostname) {
  return hostname === "localhost" || hostname === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}
function tokenUrlFor(endpoint, baseUrl) {
  return OVH_TOKEN_URLS[endpoint] ?? `${new URL(baseUrl).origin}/auth/oauth2/token`;
}
function signRequest(secret, consumerKey, method, fullUrl, body, timestamp) {
  const hash = createHash("sha1").update([secret, consumerKey, method, fullUrl, body, String(timestamp)].join("+")).digest("hex");
  return `$1$${hash}`;
}
var MAX_CLOCK_OFFSET_SECONDS = 86400;
var RETRYABLE_STATUS = (status) => status === 429 || status >= 500;
var SAYS_WHEN_TO_RETRY = (status) => status === 429 || status === 503;
var OvhClient = class {
  baseUrl;
  endpoint;
  // Private fields: never serialised or shown by util.inspect, so a logged client leaks nothing.
  #credentials;
  #scrubber;
  /** Every credential sent so far: the configured ones, and each Bearer token issued since (see #bearer). */
  #sent;
  #tokenUrl;
  #timeoutMs;
  #maxRetries;
  #maxRetryAfter;
  #sleep;
  #now;
  #purpose;
  #deadlineAt;
  #clockOffset = null;
  #token = null;
  constructor(options) {
    this.endpoint = options.endpoint;
    this.baseUrl = resolveEndpoint(options.endpoint);
    this.#credentials = { ...options.credentials };
    const secrets = Object.values(this.#credentials);
    if (isOAuth2(this.#credentials)) secrets.push(basicAuth(this.#credentials));
    this.#sent = secrets;
    this.#scrubber = new CredentialScrubber(secrets);
    this.#tokenUrl = options.tokenUrl ?? tokenUrlFor(options.endpoint, this.baseUrl);
    this.#timeoutMs = options.timeoutMs ?? 15e3;
    this.#maxRetries = Math.max(0, Math.min(options.maxRetries ?? 3, 10));
    this.#maxRetryAfter = options.maxRetryAfterSeconds ?? 60;
    this.#sleep = options.sleep ?? ((ms) => new Promise((resolve2) => setTimeout(resolve2, ms)));
    this.#now = options.now ?? Date.now;
    this.#purpose = options.purpose ?? "apply";
    this.#deadlineAt = options.deadlineAt ?? Infinity;
  }
  /** Milliseconds left before the deadline (Infinity without one). */
  #left() {
    return this.#deadlineAt - this.#now();
  }
  /**
   * Waits `ms` before the next attempt, unless the wait would not end before the deadline: then the attempt
   * is not made (waiting for the time left and stopping there would only spend it), and the reason is
   * returned for the call's error.
   */
  async #waitBeforeRetry(ms) {
    const left = this.#left();
    if (ms >= left) return `not tried again: the wait of ${seconds(ms)} before the next attempt would end past the run's deadline (${seconds(Math.max(0, left))} left)`;
    await this.#sleep(ms);
    return null;
  }
  /** "application keys" or "an OAuth2 service account", for messages. */
  get scheme() {
    return isOAuth2(this.#credentials) ? "oauth2" : "application";
  }
  /** Text from a server, cleaned of every form of our credentials; use it before printing anything OVH sent. */
  scrub(text2) {
    return this.#scrubber.scrub(text2);
  }
  /** The token-creation page granting `methods` on /domain/zone/* (none for a custom URL). */
  tokenUrl(methods) {
    const entry = Object.entries(OVH_ENDPOINTS).find(([, url]) => url === this.baseUrl);
    if (!entry) return null;
    return `${new URL(entry[1]).origin}/createToken/?${methods.map((m) => `${m}=/domain/zone/*`).join("&")}`;
  }
  /** Seconds to add to the local clock: OVH rejects timestamps too far from its own (OVH-APISIG). */
  async clockOffset() {
    if (this.#clockOffset !== null) return this.#clockOffset;
    const response = await this.#send("GET", "/auth/time", "", false);
    const text2 = response.trim();
    if (!/^\d{1,15}$/.test(text2)) {
      throw new OvhApiError("bad-response", "GET /auth/time", 200, "GET /auth/time returned something that is not a time; is the endpoint an OVH API?");
    }
    const offset = Number(text2) - Math.floor(this.#now() / 1e3);
    if (Math.abs(offset) > MAX_CLOCK_OFFSET_SECONDS) {
      const days = Math.round(Math.abs(offset) / 86400);
      throw new OvhApiError(
        "bad-response",
        "GET /auth/time",
        200,
        `GET /auth/time says the server's clock is ${days} day${days === 1 ? "" : "s"} ${offset > 0 ? "ahead of" : "behind"} this machine's: no request is signed for a time that far off. Check this machine's clock, and that the endpoint is OVH's API.`
      );
    }
    this.#clockOffset = offset;
    return this.#clockOffset;
  }
  async get(path, query = {}) {
    const params = new URLSearchParams();
    for (const [key, value2] of Object.entries(query)) if (value2 !== void 0) params.set(key, value2);
    const search = params.toString();
    return this.#json("GET", search ? `${path}?${search}` : path, "");
  }
  async post(path, body = null) {
    return this.#json("POST", path, body === null ? "" : JSON.stringify(body));
  }
  async put(path, body) {
    return this.#json("PUT", path, JSON.stringify(body));
  }
  async delete(path) {
    return this.#json("DELETE", path, "");
  }
  /**
   * A file OVH's API names by URL (a saved zone version's `zoneFileUrl`), fetched with no credential at all:
   * the URL is OVH's answer, and its host need not be the API's, so neither the keys nor a token ever go
   * there. Its query may carry a download token: the URL is never shown, the call is named `what` instead.
   * https only (plain HTTP only to this machine, as for the endpoint), one request, the same timeout and
   * size bound as the API's answers.
   */
  async download(url, what) {
    const target = URL.canParse(url) ? new URL(url) : null;
    if (!target || target.protocol !== "https:" && !(target.protocol === "http:" && isLoopback(target.hostname)) || target.username !== "" || target.password !== "") {
      throw new OvhApiError("bad-response", what, null, `${what}: OVH named no https URL to download it from; is the endpoint OVH's API?`);
    }
    let response;
    try {
      response = await this.#request("GET", target.href, { Accept: "*/*" }, "");
    } catch (error) {
      if (error instanceof TooLargeError) throw new OvhApiError("bad-response", what, null, `${what} answered more than 8 MiB, far more than a zone file of OVH's.`);
      const detail = error instanceof TimeoutError ? `no answer within ${this.#timeoutMs / 1e3} s` : `cannot reach ${target.host} (${networkCode(error)})`;
      throw new OvhApiError(error instanceof TimeoutError ? "timeout" : "network", what, null, `${what} failed: ${detail}. Check the network.`);
    }
    if (response.status < 200 || response.status >= 300) throw new OvhApiError("http", what, response.status, `${what} failed with ${response.status}.`);
    return response.body;
  }
  async #json(method, pathAndQuery, body) {
    const text2 = await this.#send(method, pathAndQuery, body, true);
    if (text2.trim() === "") return null;
    try {
      return JSON.parse(text2);
    } catch {
      const path = pathAndQuery.split("?")[0];
      throw new OvhApiError("bad-response", `${method} ${path}`, 200, `${method} ${path} returned a body that is not JSON.`);
    }
  }
  /** A Bearer token for the OAuth2 service account, fetched once and renewed 30 s before it expires. */
  async #bearer() {
    const now = this.#now();
    if (this.#token && this.#token.expiresAt - 3e4 > now) return this.#token.value;
    const credentials = this.#credentials;
    const call = "POST /auth/oauth2/token";
    const body = new URLSearchParams({ grant_type: "client_credentials", scope: "all" }).toString();
    let response;
    for (let attempt = 1; ; attempt++) {
      try {
        response = await this.#request("POST", this.#tokenUrl, { Authorization: `Basic ${basicAuth(credentials)}`, "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" }, body);
      } catch (error) {
        if (error instanceof TooLargeError) {
          throw new OvhApiError("bad-response", call, null, `${call} answered more than 8 MiB, far more than any token; is the token URL OVH's?`);
        }
        const unfinished2 = error instanceof DeadlineError ? "the run's deadline came first" : attempt <= this.#maxRetries ? await this.#waitBeforeRetry(backoffMs(attempt)) : null;
        if (attempt <= this.#maxRetries && unfinished2 === null) continue;
        if (unfinished2 !== null) throw new OvhApiError("timeout", call, null, `${call} did not finish in time: ${unfinished2}; gave up after ${attempt} attempts.`);
        throw new OvhApiError(error instanceof TimeoutError ? "timeout" : "network", call, null, `${call} failed: cannot reach ${new URL(this.#tokenUrl).host} (${networkCode(error)}); gave up after ${attempt} attempts. Check the network and the endpoint.`);
      }
      if (!RETRYABLE_STATUS(response.status)) break;
      const retryAfter = SAYS_WHEN_TO_RETRY(response.status) ? retryAfterSeconds(response.headers["retry-after"], this.#now()) : null;
      let unfinished = null;
      if (attempt <= this.#maxRetries && (retryAfter === null || retryAfter <= this.#maxRetryAfter)) {
        unfinished = await this.#waitBeforeRetry(retryAfter !== null ? retryAfter * 1e3 : backoffMs(attempt));
        if (unfinished === null) continue;
      }
      const explained = explainStatus({ call, status: response.status, attempts: attempt, zone: null, scheme: "oauth2" });
      throw new OvhApiError(explained.failure, call, response.status, unfinished ? unfinishedMessage(call, response.status, retryAfter, unfinished) : explained.message);
    }
    let parsed = {};
    try {
      parsed = JSON.parse(response.body);
    } catch {
      parsed = {};
    }
    const usable = typeof parsed.access_token === "string" && /^[A-Za-z0-9\-._~+/]{1,4096}=*$/.test(parsed.access_token);
    if (response.status >= 200 && response.status < 300 && typeof parsed.access_token === "string" && !usable) {
      throw new OvhApiError("bad-response", call, response.status, `${call} answered with a token that cannot be sent (not an OAuth2 bearer token, RFC 6750 §2.1); is the token URL OVH's?`);
    }
    if (response.status < 200 || response.status >= 300 || typeof parsed.access_token !== "string") {
      const code = typeof parsed.error === "string" && /^[a-z_]{1,40}$/.test(parsed.error) ? ` (${parsed.error})` : "";
      throw new OvhApiError(
        response.status === 401 || response.status === 400 ? "unauthorized" : "http",
        call,
        response.status,
        `${call} failed with ${response.status}${code}: OVH did not issue a token for this service account. Check OVH_CLIENT_ID and OVH_CLIENT_SECRET (or the stack's ovh:clientId and ovh:clientSecret) and that the account's IAM policy allows /domain/zone/*.`
      );
    }
    const lifetime = typeof parsed.expires_in === "number" && parsed.expires_in > 0 ? parsed.expires_in : 3600;
    this.#token = { value: parsed.access_token, expiresAt: now + lifetime * 1e3 };
    this.#sent.push(parsed.access_token);
    this.#scrubber = new CredentialScrubber(this.#sent);
    return this.#token.value;
  }
  async #send(method, pathAndQuery, body, authenticated) {
    const call = `${method} ${pathAndQuery.split("?")[0]}`;
    const zone = /^\/domain\/zone\/([^/?]+)/.exec(pathAndQuery)?.[1] ?? null;
    const url = `${this.baseUrl}${pathAndQuery}`;
    const idempotent = method !== "POST" || /\/refresh$/.test(pathAndQuery.split("?")[0]);
    for (let attempt = 1; ; attempt++) {
      const headers = { Accept: "application/json" };
      if (body) headers["Content-Type"] = "application/json";
      if (authenticated) {
        if (isOAuth2(this.#credentials)) {
          headers.Authorization = `Bearer ${await this.#bearer()}`;
        } else {
          const timestamp = Math.floor(this.#now() / 1e3) + await this.clockOffset();
          const { applicationKey, applicationSecret, consumerKey } = this.#credentials;
          headers["X-Ovh-Application"] = applicationKey;
          headers["X-Ovh-Consumer"] = consumerKey;
          headers["X-Ovh-Timestamp"] = String(timestamp);
          headers["X-Ovh-Signature"] = signRequest(applicationSecret, consumerKey, method, url, body, timestamp);
        }
      }
      let response;
      try {
        response = await this.#request(method, url, headers, body);
      } catch (error) {
        if (error instanceof TooLargeError) {
          throw new OvhApiError("bad-response", call, null, `${call} answered more than 8 MiB, far more than any answer of OVH's API; is the endpoint OVH's API?`);
        }
        const failure = error instanceof TimeoutError || error instanceof DeadlineError ? "timeout" : "network";
        const unfinished2 = error instanceof DeadlineError ? "the run's deadline came first" : idempotent && attempt <= this.#maxRetries ? await this.#waitBeforeRetry(backoffMs(attempt)) : null;
        if (idempotent && attempt <= this.#maxRetries && unfinished2 === null) continue;
        if (unfinished2 !== null) {
          const unsure2 = idempotent ? "" : " It may have been applied: check the zone before retrying.";
          throw new OvhApiError("timeout", call, null, `${call} did not finish in time: ${unfinished2}; gave up after ${attempt} attempts.${unsure2}`);
        }
        const detail = failure === "timeout" ? `no answer within ${this.#timeoutMs / 1e3} s` : `cannot reach ${new URL(url).host} (${networkCode(error)})`;
        const unsure = idempotent ? "" : " It may have been applied: check the zone before retrying.";
        throw new OvhApiError(failure, call, null, `${call} failed: ${detail}; gave up after ${attempt} attempts. Check the network and the endpoint.${unsure}`);
      }
      if (response.status >= 200 && response.status < 300) return response.body;
      if (response.status === 401 && isOAuth2(this.#credentials) && this.#token && attempt === 1) {
        this.#token = null;
        continue;
      }
      let unfinished = null;
      const retryAfter = SAYS_WHEN_TO_RETRY(response.status) ? retryAfterSeconds(response.headers["retry-after"], this.#now()) : null;
      if (RETRYABLE_STATUS(response.status) && (idempotent || response.status === 429) && attempt <= this.#maxRetries) {
        if (retryAfter === null || retryAfter <= this.#maxRetryAfter) {
          unfinished = await this.#waitBeforeRetry(retryAfter !== null ? retryAfter * 1e3 : backoffMs(attempt));
          if (unfinished === null) continue;
        }
      }
      if (unfinished !== null) throw new OvhApiError(response.status === 429 ? "rate-limited" : "server", call, response.status, unfinishedMessage(call, response.status, retryAfter, unfinished));
      const explained = explainStatus({
        call,
        status: response.status,
        ovhClass: this.#safeIdentifier(errorClass(response.body)),
        queryId: this.#safeIdentifier(headerValue(response.headers["x-ovh-queryid"])),
        // The page for what the purpose needs: explainStatus asks it for the purpose's methods.
        tokenUrl: (methods) => this.tokenUrl(methods),
        attempts: attempt,
        zone: zone ? decodeURIComponent(zone) : null,
        scheme: this.scheme,
        purpose: this.#purpose
      });
      throw new OvhApiError(explained.failure, call, response.status, explained.message);
    }
  }
  /**
   * A short identifier from the server (OVH's error class, its query id) that may be shown: server text that
   * answers a request carrying our credentials is otherwise never repeated (it may echo them transformed).
   */
  #safeIdentifier(text2) {
    if (text2 === null || !/^[A-Za-z0-9:._-]{1,80}$/.test(text2) || this.#scrubber.contains(text2)) return null;
    return text2;
  }
  #request(method, url, headers, body) {
    const target = new URL(url);
    const transport = target.protocol === "http:" ? http : https;
    return new Promise((resolve2, reject) => {
      let deadline;
      const settle = (fn) => (value2) => {
        clearTimeout(deadline);
        fn(value2);
      };
      const request = transport.request(target, { method, headers, timeout: this.#timeoutMs }, (response) => {
        const chunks = [];
        let size = 0;
        response.on("data", (chunk) => {
          size += chunk.length;
          if (size > MAX_ANSWER_BYTES) request.destroy(new TooLargeError());
          else chunks.push(chunk);
        });
        response.on("end", () => settle(resolve2)({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", settle(reject));
      });
      const left = this.#left();
      deadline = setTimeout(() => request.destroy(left < this.#timeoutMs ? new DeadlineError() : new TimeoutError()), Math.max(0, Math.min(this.#timeoutMs, left)));
      request.on("timeout", () => request.destroy(new TimeoutError()));
      request.on("error", settle(reject));
      request.end(body || void 0);
    });
  }
};
function basicAuth(credentials) {
  const encode = (value2) => encodeURIComponent(value2).replace(/%20/g, "+");
  return Buffer.from(`${encode(credentials.clientId)}:${encode(credentials.clientSecret)}`, "utf8").toString("base64");
}
var TimeoutError = class extends Error {
  name = "TimeoutError";
};
var DeadlineError = class extends Error {
  name = "DeadlineError";
};
function seconds(ms) {
  return `${Math.round(ms / 100) / 10} s`;
}
function unfinishedMessage(call, status, retryAfter, why) {
  const asked = retryAfter !== null ? ` (Retry-After: ${retryAfter} s)` : "";
  const what = status === 429 ? "OVH is rate limiting this key" : "OVH's API failed on its side";
  return `${call} failed with ${status}${asked}: ${what}, and the call did not finish in time: ${why}. Retry later.`;
}
var MAX_ANSWER_BYTES = 8 * 1024 * 1024;
var TooLargeError = class extends Error {
  name = "TooLargeError";
};
function backoffMs(attempt) {
  return Math.min(500 * 2 ** (attempt - 1), 8e3);
}
function retryAfterSeconds(header, nowMs) {
  const value2 = Array.isArray(header) ? header[0] : header;
  if (value2 === void 0 || value2.trim() === "") return null;
  if (/^\d+$/.test(value2.trim())) return Number(value2.trim());
  const date = Date.parse(value2);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - nowMs) / 1e3));
}
function errorClass(body) {
  try {
    const parsed = JSON.parse(body);
    if (typeof parsed.class === "string") return parsed.class;
    if (typeof parsed.errorCode === "string") return parsed.errorCode;
  } catch {
  }
  return null;
}
function headerValue(value2) {
  return Array.isArray(value2) ? value2[0] ?? null : value2 ?? null;
}
function networkCode(error) {
  const code = error?.code;
  return typeof code === "string" && /^[A-Z_]{2,30}$/.test(code) ? code : "network error";
}

// src/providers/ovh/credentials.ts
var APPLICATION = [
  ["applicationKey", "OVH_APPLICATION_KEY"],
  ["applicationSecret", "OVH_APPLICATION_SECRET"],
  ["consumerKey", "OVH_CONSUMER_KEY"]
];
var OAUTH2 = [
  ["clientId", "OVH_CLIENT_ID"],
  ["clientSecret", "OVH_CLIENT_SECRET"]
];
var OVH_CREDENTIAL_HELP = "OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY (application keys), or OVH_CLIENT_ID and OVH_CLIENT_SECRET (an OAuth2 service account)";
var OvhCredentialError = class extends Error {
  name = "OvhCredentialError";
};
function value(source, key, variable) {
  const fromConfig = source.config?.[key];
  if (fromConfig) return fromConfig;
  const fromEnv = source.env[variable];
  return fromEnv ? fromEnv : void 0;
}
function hasOvhCredentials(source) {
  return [...APPLICATION, ...OAUTH2].some(([key, variable]) => value(source, key, variable) !== void 0);
}
function ovhCredentials(source) {
  const app = APPLICATION.map(([key, variable]) => ({ key, variable, value: value(source, key, variable) }));
  const oauth = OAUTH2.map(([key, variable]) => ({ key, variable, value: value(source, key, variable) }));
  const anyApp = app.some((c) => c.value !== void 0);
  const anyOauth = oauth.some((c) => c.value !== void 0);
  if (anyApp && anyOauth) {
    throw new OvhCredentialError("both OVH application keys and an OAuth2 service account are set: keep one (OVH's API takes one or the other)");
  }
  const chosen = anyOauth ? oauth : app;
  const missing = chosen.filter((c) => c.value === void 0).map((c) => c.variable);
  if (!anyApp && !anyOauth) {
    throw new OvhCredentialError(`no OVH credentials: set ${OVH_CREDENTIAL_HELP} (with GET on /domain/zone/* to read, GET and POST on /domain/zone/* to roll back, GET/POST/PUT/DELETE to apply)`);
  }
  if (missing.length > 0) throw new OvhCredentialError(`missing ${missing.join(", ")} in the environment (or the stack's ovh:* config)`);
  const damaged = chosen.filter((c) => /^\s|\s$|[\u0000-\u001f\u007f]/.test(c.value)).map((c) => c.variable);
  if (damaged.length > 0) {
    throw new OvhCredentialError(`${damaged.join(", ")} ${damaged.length === 1 ? "has" : "have"} a space, a line break or another control character at an end or inside: set ${damaged.length === 1 ? "it" : "them"} again without it`);
  }
  return Object.fromEntries(chosen.map((c) => [c.key, c.value]));
}
function ovhEndpoint(source) {
  return value(source, "endpoint", "OVH_ENDPOINT");
}

// src/providers/ovh/records.ts
var TXT_FAMILY = /* @__PURE__ */ new Set(["TXT", "SPF", "DKIM", "DMARC"]);
function quoteTxt(text2) {
  return `"${text2}"`;
}
function unquoteTxt(target) {
  const trimmed = target.trim();
  const strings = trimmed.match(/^"(?:[^"\\]|\\.)*"(?:\s*"(?:[^"\\]|\\.)*")*$/);
  if (!strings) return trimmed;
  return [...trimmed.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? "").join("");
}
function normaliseHostField(field) {
  const lower = asciiLowerCase(field);
  return lower === "." || lower.endsWith(".") ? lower : `${lower}.`;
}
function comparableTarget(fieldType, target) {
  const type = fieldType.toUpperCase();
  if (TXT_FAMILY.has(type)) return unquoteTxt(target);
  const fields = target.trim().split(/\s+/);
  if (type === "MX" && fields.length === 2) return `${Number(fields[0])} ${normaliseHostField(fields[1])}`;
  if (type === "SRV" && fields.length === 4) {
    return `${fields.slice(0, 3).map(Number).join(" ")} ${normaliseHostField(fields[3])}`;
  }
  if (type === "CNAME" && fields.length === 1) return normaliseHostField(fields[0]);
  return asciiLowerCase(fields.join(" "));
}
function where(record, zone) {
  return record.file ?? zone;
}
function ovhHostRecord(record, zone) {
  if (!ovhTtlAccepted(record.ttl)) {
    throw new HostRecordError(
      `${where(record, zone)}: ${record.type} ${record.name} has TTL ${record.ttl}; OVH accepts 0 (zone default) or ${OVH_MIN_TTL} and more [ttl-below-ovh-min]`
    );
  }
  let target;
  if (record.type === "TXT") {
    if (OVH_TXT_FORBIDDEN.test(record.value)) {
      throw new HostRecordError(
        `${where(record, zone)}: TXT ${record.name} contains a double quote or backslash, which OVH's API does not keep [txt-ovh-embedded-quote]`
      );
    }
    target = quoteTxt(record.value);
  } else {
    target = comparableTarget(record.type, record.value);
  }
  return { slot: record.slot, zone, subdomain: record.subdomain, type: record.type, target, ttl: record.ttl, file: record.file };
}
function fromOvhLive(record) {
  return { id: String(record.id), zone: record.zone, subdomain: record.subDomain, type: record.fieldType, target: record.target, ttl: record.ttl };
}
function ovhLiveSlot(record) {
  const type = record.type.toUpperCase();
  const pseudo = OVH_PSEUDO_TYPES.has(type);
  const servedType2 = pseudo ? "TXT" : type;
  const subdomain = record.subdomain.toLowerCase();
  const zone = record.zone.toLowerCase();
  const live = {
    key: record.id,
    name: subdomain === "" ? zone : `${subdomain}.${zone}`,
    subdomain,
    type: servedType2,
    value: comparableTarget(type, record.target),
    ttl: record.ttl
  };
  if (pseudo) live.replaceOnly = true;
  return live;
}
function ovhImportId(record) {
  return `${record.id}.${record.zone.toLowerCase()}`;
}
function ovhInputs(record) {
  return { zone: record.zone, subdomain: record.subdomain, fieldtype: record.type, target: record.target, ttl: record.ttl };
}
function managedQueries(desired, extraOwners = []) {
  const byOwner = /* @__PURE__ */ new Map([
    ["", /* @__PURE__ */ new Set(["MX", "TXT", "SPF"])],
    ["_dmarc", /* @__PURE__ */ new Set(["TXT", "DMARC"])]
  ]);
  const add = (owner, ...types) => {
    const set = byOwner.get(owner) ?? /* @__PURE__ */ new Set();
    for (const type of types) set.add(type);
    byOwner.set(owner, set);
  };
  const dkimOwner = (owner) => /\._domainkey$/i.test(owner);
  for (const record of desired) {
    if (dkimOwner(record.subdomain)) add(record.subdomain, "TXT", "DKIM", "CNAME");
    else if (record.subdomain.toLowerCase() === "_dmarc") add("_dmarc", "TXT", "DMARC", "CNAME");
    else if (record.subdomain !== "") add(record.subdomain, record.type, "CNAME");
  }
  for (const owner of extraOwners) if (dkimOwner(owner)) add(owner.toLowerCase(), "TXT", "DKIM", "CNAME");
  return [...byOwner.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([subDomain, types]) => ({ subDomain, fieldTypes: [...types].sort() }));
}
function isManagedLive(record) {
  const type = record.type.toUpperCase();
  if (record.subdomain === "" && (type === "TXT" || type === "SPF")) {
    return looksLikeSpf(unquoteTxt(record.target));
  }
  return true;
}

// src/providers/ovh/zone-record.ts
var OVH_RECORD_TYPE = "ovh:Domain/zoneRecord:ZoneRecord";
var SECRET_KEYS = ["applicationKey", "applicationSecret", "consumerKey", "clientId", "clientSecret"];
var ovhPulumi = {
  resourceType: OVH_RECORD_TYPE,
  configNamespace: "ovh",
  secretKeys: SECRET_KEYS,
  async declareProvider(name, settings) {
    const [runtime, ovh] = await Promise.all([import("@pulumi/pulumi"), import("@ovhcloud/pulumi-ovh")]);
    const args = {};
    for (const [key, value2] of Object.entries(settings)) {
      if (value2 === void 0) continue;
      args[key] = SECRET_KEYS.includes(key) ? runtime.secret(value2) : value2;
    }
    return new ovh.Provider(name, args);
  },
  async declareRecord(declaration, provider) {
    const ovh = await import("@ovhcloud/pulumi-ovh");
    const opts = {
      provider,
      // zone and fieldtype force a replacement (OVH's provider, resource_domain_zone_record.go); for a singleton slot the old record must go
      // first: a DKIM CNAME and its TXT replacement cannot both exist (RFC 1034 §3.6.2).
      deleteBeforeReplace: true
    };
    if (declaration.importId) opts.import = declaration.importId;
    if (declaration.aliases.length > 0) opts.aliases = declaration.aliases.map((name) => ({ name }));
    const { zone, subdomain, fieldtype, target, ttl } = declaration.inputs;
    return new ovh.domain.ZoneRecord(
      declaration.name,
      { zone: String(zone), subdomain: String(subdomain), fieldtype: String(fieldtype), target: String(target), ttl: Number(ttl) },
      opts
    );
  }
};

// src/providers/ovh/dkim.ts
var enc = encodeURIComponent;
function text(value2) {
  return typeof value2 === "string" && value2.length <= 255 ? value2 : null;
}
function cnameTarget(value2) {
  const raw = text(value2);
  if (raw === null) return null;
  const parts = raw.trim().split(/\s+/);
  const target = parts.length >= 3 && parts[1].toUpperCase() === "CNAME" ? parts[2] : parts[parts.length - 1];
  return /^[A-Za-z0-9._-]+\.?$/.test(target) ? target.endsWith(".") ? target.toLowerCase() : `${target.toLowerCase()}.` : null;
}
async function orNull(call) {
  try {
    return await call;
  } catch (error) {
    if (error instanceof OvhApiError && error.status === 404) return null;
    throw error;
  }
}
async function mxPlanDkim(client, domain) {
  const raw = await orNull(client.get(`/email/domain/${enc(domain)}/dkim`));
  if (!raw || typeof raw !== "object") return null;
  const status = text(raw.status) ?? "unknown";
  return {
    status,
    enabled: status === "enabled",
    active: text(raw.activeSelector),
    selectors: (Array.isArray(raw.selectors) ? raw.selectors : []).filter((s) => typeof s === "object" && s !== null).map((s) => ({ name: text(s.selectorName) ?? "", cname: cnameTarget(s.cname), status: text(s.status) ?? "unknown" })).filter((s) => /^[A-Za-z0-9_-]{1,63}$/.test(s.name)).sort((a, b) => a.name.localeCompare(b.name))
  };
}
async function selectorDkim(client, base) {
  const names = await orNull(client.get(`${base}/dkim`));
  if (!Array.isArray(names)) return null;
  const selectors = [];
  for (const name of names.filter((n) => typeof n === "string" && /^[A-Za-z0-9_-]{1,63}$/.test(n)).sort()) {
    const detail = await client.get(`${base}/dkim/${enc(name)}`);
    selectors.push({ name, cname: cnameTarget(detail?.targetRecord), status: text(detail?.status) ?? "unknown" });
  }
  const active = selectors.find((s) => s.status === "inProduction")?.name ?? null;
  return { status: active ? "enabled" : selectors.length > 0 ? "toConfigure" : "disabled", enabled: active !== null, active, selectors };
}
async function findProBase(client, domain) {
  const services = await orNull(client.get("/email/pro")) ?? [];
  for (const service of Array.isArray(services) ? services.filter((s) => typeof s === "string") : []) {
    const domains = await orNull(client.get(`/email/pro/${enc(service)}/domain`));
    if (Array.isArray(domains) && domains.includes(domain)) return `/email/pro/${enc(service)}/domain/${enc(domain)}`;
  }
  return null;
}
async function findExchangeBase(client, domain) {
  const organizations = await orNull(client.get("/email/exchange")) ?? [];
  for (const organization of Array.isArray(organizations) ? organizations.filter((s) => typeof s === "string") : []) {
    const services = await orNull(client.get(`/email/exchange/${enc(organization)}/service`)) ?? [];
    for (const service of Array.isArray(services) ? services.filter((s) => typeof s === "string") : []) {
      const base = `/email/exchange/${enc(organization)}/service/${enc(service)}/domain`;
      const domains = await orNull(client.get(base));
      if (Array.isArray(domains) && domains.includes(domain)) return `${base}/${enc(domain)}`;
    }
  }
  return null;
}
async function baseFor(client, domain, offer) {
  if (offer === "email-pro") {
    const base = await findProBase(client, domain);
    return base ? { kind: "selectors", base } : null;
  }
  if (offer === "hosted-exchange" || offer === "private-exchange") {
    const base = await findExchangeBase(client, domain);
    return base ? { kind: "selectors", base } : null;
  }
  return { kind: "mx-plan" };
}
async function ovhDkim(client, domain, mail) {
  if (mail !== null && mail.provider !== "ovh") return null;
  const where2 = await baseFor(client, domain, mail?.offer ?? null);
  if (!where2) return null;
  return where2.kind === "mx-plan" ? mxPlanDkim(client, domain) : selectorDkim(client, where2.base);
}
async function enableOvhDkim(client, domain, mail, wait) {
  const where2 = mail.provider === "ovh" ? await baseFor(client, domain, mail.offer) : null;
  if (!where2) return null;
  const read = () => where2.kind === "mx-plan" ? mxPlanDkim(client, domain) : selectorDkim(client, where2.base);
  let state = await read();
  if (!state || state.enabled) return state;
  if (where2.kind === "mx-plan") {
    await client.put(`/email/domain/${enc(domain)}/dkim/enable`, {});
  } else {
    const ready = state.selectors.find((s) => s.status === "ready");
    if (!ready) return state;
    await client.post(`${where2.base}/dkim/${enc(ready.name)}/enable`);
  }
  const sleep = wait.sleep ?? ((ms) => new Promise((resolve2) => setTimeout(resolve2, ms)));
  for (let attempt = 0; attempt < Math.max(1, wait.attempts); attempt++) {
    await sleep(wait.intervalMs);
    state = await read();
    if (!state || state.enabled) break;
  }
  return state;
}

// src/providers/ovh/export-owners.ts
var PLAIN = /^[A-Za-z0-9_*-]+(?:\.[A-Za-z0-9_*-]+)*$/;
var countKey = (owner, type) => `${owner.toLowerCase()}\0${type}`;
function relativeTo(name, apex) {
  const lower = name.toLowerCase();
  if (lower === apex) return "";
  return lower.endsWith(`.${apex}`) ? name.slice(0, name.length - apex.length - 1) : null;
}
function readExport(text2, zone) {
  const apex = canonicalName(zone);
  const parsed = parseZoneFile(text2, { origin: apex, ownerSpellings: true });
  const spellings = /* @__PURE__ */ new Map();
  for (const owner of parsed.ownerSpellings ?? []) {
    const relative2 = relativeTo(owner, apex);
    if (relative2 === null || relative2 !== "" && !PLAIN.test(relative2)) continue;
    const key = relative2.toLowerCase();
    const set = spellings.get(key) ?? /* @__PURE__ */ new Set();
    set.add(relative2);
    spellings.set(key, set);
  }
  const counts = /* @__PURE__ */ new Map();
  for (const record of parsed.records) {
    const owner = relativeTo(record.name, apex);
    if (owner === null) continue;
    const k = countKey(owner, servedType(record.type));
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return { spellings, counts };
}
var TXT_FAMILY2 = /* @__PURE__ */ new Set(["TXT", "SPF", "DKIM", "DMARC"]);
function servedType(fieldType) {
  const type = fieldType.toUpperCase();
  return TXT_FAMILY2.has(type) ? "TXT" : type;
}
function unlistedRecords(exported, zone, queries, listed) {
  const { counts } = typeof exported === "string" ? readExport(exported, zone) : exported;
  const found = /* @__PURE__ */ new Map();
  for (const record of listed) {
    const k = countKey(record.subdomain, servedType(record.type));
    found.set(k, (found.get(k) ?? 0) + 1);
  }
  const short = [];
  for (const query of queries) {
    for (const type of new Set(query.fieldTypes.map(servedType))) {
      const k = countKey(query.subDomain, type);
      const inExport = counts.get(k) ?? 0;
      const inList = found.get(k) ?? 0;
      if (inExport > inList) short.push(`${inExport} ${type} record${inExport === 1 ? "" : "s"} at ${query.subDomain === "" ? "@" : query.subDomain}, ${inList} listed`);
    }
  }
  return short;
}

// src/providers/ovh/zone-api.ts
var enc2 = encodeURIComponent;
var TERMINAL_ACTING_ANY = new RegExp(TERMINAL_ACTING.source, "u");
var OvhZoneApi = class {
  constructor(client) {
    this.client = client;
  }
  scrub(text2) {
    return this.client.scrub(text2);
  }
  /** `GET /domain/zone/{zone}/record?fieldType=&subDomain=` → record ids. */
  async listRecordIds(zone, filter = {}) {
    const ids = await this.client.get(`/domain/zone/${enc2(zone)}/record`, filter);
    if (!Array.isArray(ids) || !ids.every((id) => Number.isInteger(id))) {
      throw new OvhApiError("bad-response", `GET /domain/zone/${zone}/record`, 200, `GET /domain/zone/${zone}/record did not return a list of record ids.`);
    }
    return ids;
  }
  /** `GET /domain/zone/{zone}/record/{id}`. */
  async getRecord(zone, id) {
    const path = `/domain/zone/${enc2(zone)}/record/${id}`;
    const raw = await this.client.get(path);
    const fields = raw !== null && typeof raw === "object" ? raw : {};
    const { subDomain, fieldType, target, ttl } = fields;
    if (fields.id !== id || typeof subDomain !== "string" || TERMINAL_ACTING_ANY.test(subDomain) || typeof fieldType !== "string" || !/^[A-Za-z0-9]{1,16}$/.test(fieldType) || typeof target !== "string" || typeof ttl !== "number" || !Number.isInteger(ttl)) {
      throw new OvhApiError("bad-response", `GET ${path}`, 200, `GET ${path} did not return record ${id} (its id, subDomain, fieldType, target and ttl); is the endpoint OVH's API?`);
    }
    if (fields.zone !== void 0 && (typeof fields.zone !== "string" || fields.zone.replace(/\.$/, "").toLowerCase() !== zone.toLowerCase())) {
      throw new OvhApiError("bad-response", `GET ${path}`, 200, `GET ${path} answered record ${id} as another zone's, not ${zone}'s; is the endpoint OVH's API?`);
    }
    return { id, zone, subDomain, fieldType, target, ttl };
  }
  /**
   * The managed records, listed owner by owner with OVH's `subDomain=` filter, once per spelling the zone's
   * export holds for that owner: OVH keeps a `subDomain` as it was given (`_DMARC`), and whether its filter
   * ignores case is not documented. DNS serves `_DMARC` and `_dmarc` at one name (RFC 4343), so a record
   * left unlisted for its spelling had the apply create a second DMARC record beside it. The export is read
   * once: listing every record of the zone instead, one GET each, would hit OVH's rate limit on a zone of
   * hundreds of TXT records, and it is parsed once for both the spellings and the check of the listing.
   * A filter that does ignore case lists the same ids again, counted once.
   */
  async listManaged(zone, desired) {
    const reading = readExport(await this.exportZone(zone), zone);
    const { spellings } = reading;
    const dkimOwners = [...spellings.keys()].filter((owner) => owner.endsWith("._domainkey"));
    const queries = managedQueries(desired, dkimOwners);
    const ids = /* @__PURE__ */ new Set();
    const exportSize = [...reading.counts.values()].reduce((sum, n) => sum + n, 0);
    for (const query of queries) {
      const asSpelt = [.../* @__PURE__ */ new Set([query.subDomain, ...spellings.get(query.subDomain) ?? []])].sort();
      for (const subDomain of asSpelt) {
        for (const fieldType of query.fieldTypes) {
          for (const id of await this.listRecordIds(zone, { fieldType, subDomain })) ids.add(id);
          if (ids.size > exportSize) {
            const call = `GET /domain/zone/${zone}/record`;
            throw new OvhApiError("bad-response", call, 200, `${call} listed ${ids.size} record ids at the owners maildns manages, more than the zone's export holds (${exportSize} records); is the endpoint OVH's API?`);
          }
        }
      }
    }
    const records = [];
    for (const id of [...ids].sort((a, b) => a - b)) records.push(fromOvhLive(await this.getRecord(zone, id)));
    const short = unlistedRecords(reading, zone, queries, records);
    if (short.length > 0) {
      const call = `GET /domain/zone/${zone}/record`;
      throw new OvhApiError(
        "bad-response",
        call,
        200,
        `${call} listed fewer records than the zone's export holds (${short.join("; ")}): OVH may keep an owner in another letter case than it exports. Nothing is planned from that list; rename that owner in lower case at OVH (edit the record in the Control Panel, or PUT /domain/zone/${zone}/record/{id} with its subDomain), then run maildns adopt again.`
      );
    }
    return records.filter(isManagedLive);
  }
  /** `POST /domain/zone/{zone}/record`, as OVH's provider creates a record (TF-REC): the record as OVH holds it. */
  async createRecord(zone, inputs) {
    const path = `/domain/zone/${enc2(zone)}/record`;
    const created = await this.client.post(path, {
      fieldType: inputs.fieldtype,
      subDomain: inputs.subdomain,
      target: inputs.target,
      ttl: inputs.ttl
    });
    const id = created !== null && typeof created === "object" ? created.id : void 0;
    if (typeof id !== "number" || !Number.isInteger(id)) {
      throw new OvhApiError("bad-response", `POST ${path}`, 200, `POST /domain/zone/${zone}/record did not return the record it created (its id); check the zone before retrying.`);
    }
    return fromOvhLive(await this.getRecord(zone, id));
  }
  /** `PUT /domain/zone/{zone}/record/{id}`, with the fields OVH's provider sends on an update (TF-REC). */
  async updateRecord(zone, id, inputs) {
    await this.client.put(`/domain/zone/${enc2(zone)}/record/${enc2(id)}`, { subDomain: inputs.subdomain, target: inputs.target, ttl: inputs.ttl });
  }
  async recordExists(zone, id) {
    try {
      await this.client.get(`/domain/zone/${enc2(zone)}/record/${enc2(id)}`);
      return true;
    } catch (error) {
      if (error instanceof OvhApiError && error.status === 404) return false;
      throw error;
    }
  }
  async deleteRecord(zone, id) {
    try {
      await this.client.delete(`/domain/zone/${enc2(zone)}/record/${enc2(id)}`);
    } catch (error) {
      if (error instanceof OvhApiError && error.status === 404) return;
      throw error;
    }
  }
  async refreshZone(zone) {
    await this.client.post(`/domain/zone/${enc2(zone)}/refresh`);
  }
  async exportZone(zone) {
    const text2 = await this.client.get(`/domain/zone/${enc2(zone)}/export`);
    if (typeof text2 !== "string") {
      throw new OvhApiError("bad-response", `GET /domain/zone/${zone}/export`, 200, `GET /domain/zone/${zone}/export did not return a zone file.`);
    }
    return text2;
  }
  async zoneHistory(zone) {
    const dates = await this.client.get(`/domain/zone/${enc2(zone)}/history`);
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})$/;
    if (!Array.isArray(dates) || !dates.every((d) => typeof d === "string" && iso.test(d) && !Number.isNaN(Date.parse(d)))) {
      throw new OvhApiError("bad-response", `GET /domain/zone/${zone}/history`, 200, `GET /domain/zone/${zone}/history did not return a list of dates.`);
    }
    return [...dates].sort((a, b) => Date.parse(a) - Date.parse(b));
  }
  /**
   * The zone file of a saved version: `GET /domain/zone/{zone}/history/{creationDate}` names its
   * `zoneFileUrl`, downloaded without credentials (OvhClient.download). What rollback compares with the
   * saved export before it restores that version.
   */
  async zoneVersionFile(zone, version) {
    const path = `/domain/zone/${enc2(zone)}/history/${enc2(version)}`;
    const answer = await this.client.get(path);
    const url = answer !== null && typeof answer === "object" ? answer.zoneFileUrl : void 0;
    if (typeof url !== "string") {
      throw new OvhApiError("bad-response", `GET ${path}`, 200, `GET /domain/zone/${zone}/history/${version} did not name the version's zone file (zoneFileUrl); is the endpoint OVH's API?`);
    }
    return this.client.download(url, `the zone file of ${zone}'s version of ${version}`);
  }
  async restoreZone(zone, version) {
    await this.client.post(`/domain/zone/${enc2(zone)}/history/${enc2(version)}/restore`);
  }
  dkim(domain, mail) {
    return ovhDkim(this.client, domain, mail);
  }
  enableDkim(domain, mail, wait) {
    return enableOvhDkim(this.client, domain, mail, wait);
  }
};

// src/providers/ovh/index.ts
var ovhProvider = {
  id: "ovh",
  label: "OVH",
  limits: { minTtl: OVH_MIN_TTL, zoneDefaultTtl: OVH_ZONE_DEFAULT_TTL },
  ttlMatches: ovhTtlMatches,
  toHost: ovhHostRecord,
  toLive: ovhLiveSlot,
  importId: ovhImportId,
  // OVH's provider keeps the bare record id as the resource id (its resource_domain_zone_record.go: import sets it to the part before the first dot).
  stateId: (record) => record.id,
  inputs: ovhInputs,
  credentialHelp: OVH_CREDENTIAL_HELP,
  hasCredentials: hasOvhCredentials,
  openApi(source, options = {}) {
    const endpoint = options.endpoint ?? ovhEndpoint(source) ?? "ovh-eu";
    const client = new OvhClient({
      endpoint,
      credentials: ovhCredentials(source),
      ...options.timeoutMs ? { timeoutMs: options.timeoutMs } : {},
      ...options.sleep ? { sleep: options.sleep } : {},
      ...options.maxRetries !== void 0 ? { maxRetries: options.maxRetries } : {},
      ...options.deadlineAt !== void 0 ? { deadlineAt: options.deadlineAt } : {},
      ...options.purpose ? { purpose: options.purpose } : {}
    });
    return new OvhZoneApi(client);
  },
  pulumi: ovhPulumi
};

// src/providers/index.ts
var registry = /* @__PURE__ */ new Map([
  [ovhProvider.id, ovhProvider]
]);
var DEFAULT_PROVIDER = "ovh";
function providerIds() {
  return [...registry.keys()].sort();
}
function findProvider(id = DEFAULT_PROVIDER) {
  return registry.get(id) ?? null;
}

// src/plan/stale-adoption.ts
var adoptFirst = (place) => `run \`maildns adopt --stack ${place.stack}\` first`;
function unrecordedDropGate(zone, held, place, allow) {
  const shown = oneLine(zone);
  return skipAdoptGate(
    shown,
    `${shown}: the stack holds ${held} record${held === 1 ? "" : "s"} in this zone that no domain file declares, and this update would delete ${held === 1 ? "it" : "them"} unjudged: ${place.shown} has no live records for it; ${adoptFirst(place)}`,
    allow
  );
}
function readWhileDeclaredGate(zone, adoption, place, allow) {
  const shown = oneLine(zone);
  return skipAdoptGate(
    shown,
    `${shown}: no domain file declares this zone any more, but one did when ${place.shown} was read (${oneLine(adoption.readAt)}): an update since that read may have created records there that it does not list, which this update would delete unjudged (the stack's state is not read here); ${adoptFirst(place)}`,
    allow
  );
}
function listsNothingGates(provider, adoption, declared, place, allow) {
  const files = new Set([...declared].map((z) => z.toLowerCase()));
  const dropped = new Set(droppedZones(provider, adoption.stack, files));
  const gates = [];
  for (const zone of Object.keys(adoption.zones).sort()) {
    if (files.has(zone) || dropped.has(zone)) continue;
    gates.push(
      skipAdoptGate(
        oneLine(zone),
        `${oneLine(zone)}: no domain file declares this zone any more, and ${place.shown} (read ${oneLine(adoption.readAt)}) lists no record of the stack in it: an update since that read may have created records there, which this update would delete unjudged (the stack's state is not read here); ${adoptFirst(place)}`,
        allow
      )
    );
  }
  return gates;
}

export {
  otherStacks,
  zonesInOtherStacks,
  sharedZoneMessage,
  unknownZoneMessage,
  unreadOtherStacksText,
  recordProblem,
  createdAsDeclared,
  planZoneApply,
  droppedZoneSummary,
  heldInZone,
  splitByHolding,
  droppedZones,
  planZoneRemoval,
  HostRecordError,
  DEFAULT_PROVIDER,
  providerIds,
  findProvider,
  unrecordedDropGate,
  readWhileDeclaredGate,
  listsNothingGates
};
