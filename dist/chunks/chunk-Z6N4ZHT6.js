import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  looksLikeSpf
} from "./chunk-K36EJTVN.js";
import {
  parseZoneFile
} from "./chunk-YEOTCFHE.js";
import {
  canonicalName
} from "./chunk-53CTTIHG.js";

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
async function hostSelectorNames(domains, api, mail, interrupt) {
  const names = /* @__PURE__ */ new Map();
  const interrupted = new Promise((_, reject) => {
    if (!interrupt) return;
    const stop = () => reject(new InterruptedError(String(interrupt.reason ?? "interrupted")));
    if (interrupt.aborted) stop();
    else interrupt.addEventListener("abort", stop, { once: true });
  });
  interrupted.catch(() => void 0);
  for (const [index, domain] of domains.entries()) {
    try {
      const state = await Promise.race([api.dkim(domain, mail), interrupted]);
      if (state) names.set(domain, state.selectors.map((s) => s.name));
    } catch (error) {
      if (error instanceof InterruptedError) {
        return { names, failure: { domains: domains.slice(index), call: null, status: null, message: `interrupted (${error.message}) before the host answered.` } };
      }
      const { call, status } = error;
      return {
        names,
        failure: {
          domains: domains.slice(index),
          call: typeof call === "string" ? api.scrub(call) : null,
          status: typeof status === "number" ? status : null,
          message: api.scrub(error.message)
        }
      };
    }
  }
  return { names, failure: null };
}
var InterruptedError = class extends Error {
  name = "InterruptedError";
};

// src/providers/rollback.ts
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
var ROLLBACK_DIR = ".maildns-rollback";
function exportFileName(at) {
  return `${at.toISOString().replace(/[:.]/g, "-")}.zone`;
}
function savedAtOf(fileName) {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.zone$/.exec(fileName);
  if (!match) return null;
  const date = /* @__PURE__ */ new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}
function isFolder(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
function savedExports(stackDir) {
  const root = join(stackDir, ROLLBACK_DIR);
  const byZone = /* @__PURE__ */ new Map();
  if (!existsSync(root)) return byZone;
  for (const folder of readdirSync(root).sort()) {
    const dir = join(root, folder);
    if (!isFolder(dir)) continue;
    const zone = canonicalName(folder);
    const saved = readdirSync(dir).map((name) => ({ name, at: savedAtOf(name) })).filter((f) => f.at !== null).map((f) => ({ zone, path: join(dir, f.name), savedAt: f.at }));
    const all = [...byZone.get(zone) ?? [], ...saved].sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime());
    if (all.length > 0) byZone.set(zone, all);
  }
  return byZone;
}
function savedExportProblem(zone, text) {
  const parsed = parseZoneFile(text, { origin: zone });
  const soa = parsed.records.filter((r) => r.type === "SOA");
  const name = canonicalName(zone);
  if (soa.length !== 1) return `it holds ${soa.length === 0 ? "no SOA record" : `${soa.length} SOA records`}: not an export of ${name}`;
  if (soa[0].name !== name) return `it is an export of ${soa[0].name}, not of ${name} (the folder it is in)`;
  const outside = parsed.records.find((r) => r.name !== name && !r.name.endsWith(`.${name}`));
  if (outside) return `it holds a record of ${outside.name}, outside ${name}`;
  return null;
}
function unreadEntries(zone, text) {
  return parseZoneFile(text, { origin: zone }).errors.map((e) => `line ${e.line}: ${e.message}`);
}
function isMailLine(line) {
  const [name = "", , type = "", ...rest] = line.split(" ");
  const value = rest.join(" ");
  const first = name.split(".")[0] ?? "";
  if (type === "MX" || type === "SPF" || type === "DKIM" || type === "DMARC") return true;
  if (type === "TXT" && looksLikeSpf(value)) return true;
  if (/(^|\.)(_domainkey|_bimi)\./.test(name)) return true;
  if (["_dmarc", "_mta-sts", "mta-sts", "autoconfig", "autodiscover"].includes(first)) return true;
  if (/^_smtp\._tls\./.test(name)) return true;
  return type === "SRV" && /^_(submissions?|imaps?|pop3s?|autodiscover)\._tcp\./.test(name);
}
function spfOwnersTwice(zone, text) {
  const counts = /* @__PURE__ */ new Map();
  for (const line of recordLines(zone, text)) {
    const [owner = "", , type = "", ...rest] = line.split(" ");
    if ((type === "TXT" || type === "SPF") && looksLikeSpf(rest.join(" "))) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  }
  return [...counts].filter(([, count]) => count > 1).map(([owner, count]) => ({ owner, count }));
}
function recordLines(zone, text) {
  const parsed = parseZoneFile(text, { origin: zone });
  return parsed.records.filter((r) => r.type !== "SOA" && !(r.type === "NS" && r.name === zone.toLowerCase())).map((r) => `${r.name} ${r.ttl} ${r.type} ${r.value}`).sort();
}
function zoneDiff(zone, saved, current) {
  const before = recordLines(zone, saved);
  const now = recordLines(zone, current);
  const count = (list) => {
    const map = /* @__PURE__ */ new Map();
    for (const line of list) map.set(line, (map.get(line) ?? 0) + 1);
    return map;
  };
  const beforeCount = count(before);
  const nowCount = count(now);
  const removed = [];
  const restored = [];
  for (const [line, n] of nowCount) for (let i = beforeCount.get(line) ?? 0; i < n; i++) removed.push(line);
  for (const [line, n] of beforeCount) for (let i = nowCount.get(line) ?? 0; i < n; i++) restored.push(line);
  return { removed: removed.sort(), restored: restored.sort() };
}
var UNPUBLISHED_HEADER = "; maildns: not published at the host when saved: ";
function heldUnpublished(saved) {
  for (const line of saved.split("\n")) {
    if (!line.startsWith("; maildns: ")) return false;
    if (line.startsWith(UNPUBLISHED_HEADER)) return true;
  }
  return false;
}
function unpublishedLines(zone, version, exported) {
  const diff = zoneDiff(zone, version, exported);
  return [...diff.removed.map((line) => `+ ${line}`), ...diff.restored.map((line) => `- ${line}`)];
}
function recordedVersion(saved) {
  return /^; maildns: version in force at the host: (\S+)$/m.exec(saved)?.[1] ?? null;
}
function versionAt(versions, savedAt) {
  let best = null;
  for (const version of versions) {
    const at = Date.parse(version);
    if (Number.isNaN(at) || at > savedAt.getTime()) continue;
    if (best === null || at >= Date.parse(best)) best = version;
  }
  return best;
}

export {
  resolveHostDkim,
  hostSelectorNames,
  ROLLBACK_DIR,
  exportFileName,
  savedAtOf,
  savedExports,
  savedExportProblem,
  unreadEntries,
  isMailLine,
  spfOwnersTwice,
  zoneDiff,
  UNPUBLISHED_HEADER,
  heldUnpublished,
  unpublishedLines,
  recordedVersion,
  versionAt
};
