import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  findingJson,
  isInside
} from "./chunk-IBBBVAC3.js";
import {
  findingsTable
} from "./chunk-KQCPZF3P.js";
import {
  markdownCode,
  markdownText
} from "./chunk-YDQHN5ZX.js";
import {
  droppedZoneSummary,
  droppedZones,
  findProvider,
  heldInZone,
  listsNothingGates,
  otherStacks,
  readWhileDeclaredGate,
  recordProblem,
  splitByHolding,
  unreadOtherStacksText,
  unrecordedDropGate
} from "./chunk-GFTFEGEP.js";
import {
  ADOPTION_FILE_NAME,
  AdoptionFileError,
  formatText,
  palette,
  readAdoptionFile
} from "./chunk-FII3ALJ3.js";
import {
  capFindings
} from "./chunk-RR2JAOJK.js";
import {
  DEFAULT_SAFETY,
  NEVER_ALLOWED,
  allowNames,
  desiredSlotRecords,
  evaluateGates,
  slotOf,
  standingSlotRecords,
  zoneOperations
} from "./chunk-OESMAHSM.js";
import {
  FILE_OBSERVABLES,
  OBSERVABLES,
  OBSERVABLE_NAMES,
  OVH_LEGACY_MX_HOST,
  OVH_MX_HOST,
  UsageError,
  aliasDeclarations,
  aliasTargetName,
  allRules,
  asciiLowerCase,
  buildDomainModel,
  compareFindings,
  desiredRecords,
  dmarcAlias,
  evidenceFindings,
  familiesToObserve,
  fileFinding,
  fileReader,
  findDomainFiles,
  internalErrorFinding,
  isDomainFileName,
  isRevokedKeyText,
  lateSuppressions,
  lintLoaded,
  lint_dns_budget_default,
  loadDomainFile,
  locate,
  ovhMxSet,
  ownerOf,
  resolvePolicy,
  runRules,
  sharedStackFolders,
  stackConfigFile,
  stackFolderCandidates,
  toALabel,
  todayUtc,
  tooLargeFinding,
  unobservedFamilies,
  unreadableFinding,
  yaml
} from "./chunk-3OSQQ7QY.js";
import {
  authorisesNobody,
  isDmarcRecord,
  looksLikeDmarc,
  looksLikeSpf,
  ownString,
  parseSpfShared
} from "./chunk-K36EJTVN.js";
import {
  readRegularFile
} from "./chunk-VOQH4KKZ.js";
import {
  authoritativeServers,
  createDnsSource,
  failureOf,
  liveLookup,
  parseServer,
  systemServers
} from "./chunk-I33YB4GP.js";
import {
  createZoneSource,
  formatZoneError,
  isNotInLoadedZones,
  loadZones
} from "./chunk-BDWGXN4T.js";
import {
  canonicalName,
  droppedByIdna,
  isAtOrBelow,
  isAtOrBelowAny,
  nameProblem
} from "./chunk-53CTTIHG.js";
import {
  codePointName,
  errorText,
  escapeUnsafeInJson,
  oneLine,
  reportJson,
  visibleCharacter
} from "./chunk-G7NDWJJB.js";

// src/config/declared-at.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
function domainKeyLine(text) {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length && i < 1e4; i++) {
    const match = /^(domain\s*:\s*)(["']?)([^\s"'#]+)/.exec(lines[i]);
    if (match) {
      const column = match[1].length + match[2].length + 1;
      return { line: i + 1, column, endColumn: column + match[3].length };
    }
  }
  return { line: 1 };
}
function domainsFileLines(text, file) {
  const sites = /* @__PURE__ */ new Map();
  text.split(/\r?\n/).forEach((raw, i) => {
    const content = raw.replace(/#.*$/, "");
    const name = content.trim();
    if (name === "") return;
    const domain = toALabel(name);
    if (domain === null || sites.has(domain)) return;
    const column = content.indexOf(name) + 1;
    sites.set(domain, { file, line: i + 1, column, endColumn: column + name.length });
  });
  return sites;
}
function domainFileSites(models, cwd, display2 = (f) => f) {
  const sites = /* @__PURE__ */ new Map();
  for (const model of models) {
    if (!model.file || sites.has(model.domain)) continue;
    let text = "";
    try {
      text = readFileSync(resolve(cwd, model.file), "utf8");
    } catch {
    }
    sites.set(model.domain, { file: display2(model.file), ...domainKeyLine(text) });
  }
  return sites;
}

// src/plan/observed-model.ts
function present(observation, subdomain, type, role) {
  const found = observation.rrsets.find((r) => r.subdomain === subdomain && r.type === type && r.state === "present" && (role === void 0 || r.role === role));
  return found ?? null;
}
function commonTtl(rrsets) {
  const counts = /* @__PURE__ */ new Map();
  for (const r of rrsets) if (r.state === "present" && r.role !== "conflict" && r.ttl !== null) counts.set(r.ttl, (counts.get(r.ttl) ?? 0) + 1);
  let best = null;
  for (const [ttl, count] of counts) if (best === null || count > counts.get(best) || count === counts.get(best) && ttl > best) best = ttl;
  return best;
}
function mxParts(value) {
  const [priority, host] = value.split(" ");
  return { priority: Number(priority), host: host ?? "." };
}
function mailFromMx(mx, offer) {
  const hosts = (mx?.values ?? []).map((v) => mxParts(v).host);
  const region = hosts.some((h) => /\.ovh\.ca\.?$/i.test(h)) ? "ca" : "eu";
  if (offer) return { provider: "ovh", offer, region };
  if (hosts.length === 1 && hosts[0] === ".") return { provider: "none" };
  if (hosts.some((h) => OVH_MX_HOST.test(h) || OVH_LEGACY_MX_HOST.test(h))) return { provider: "ovh", offer: "mx-plan", region };
  return { provider: "external" };
}
function mailWithoutMx(spf) {
  if (spf?.values.length === 1 && authorisesNobody(parseSpfShared(spf.values[0]))) return { provider: "none" };
  return { provider: "external", receives: false };
}
function txtText(r, index) {
  const strings = r.strings?.[index];
  return strings && strings.length > 1 ? strings : r.values[index];
}
function recordEntry(text, ttl, fileTtl, stringOnly = false) {
  const value = stringOnly && Array.isArray(text) ? text.join("") : text;
  if (ttl === fileTtl && typeof value === "string") return value;
  return ttl === fileTtl || ttl === null ? { record: value } : { record: value, ttl };
}
function withTtl(entry, ttl, fileTtl) {
  return ttl === null || ttl === fileTtl ? entry : { ...entry, ttl };
}
function observedDomainValue(observation, options = {}) {
  const found = dkimSelectors(observation);
  const used = new Set(found.map((s) => s.rrset));
  const fileTtl = commonTtl(observation.rrsets.filter((r) => r.role !== "dkim" || used.has(r))) ?? 3600;
  const value = { domain: observation.domain, ttl: fileTtl };
  const mx = present(observation, "", "MX", "mx");
  value.mail = mailFromMx(mx, options.offer ?? null);
  const spf = present(observation, "", "TXT", "spf");
  if (!mx && !options.offer && !options.mailDomain) value.mail = mailWithoutMx(spf);
  if (mx) {
    const entries = mx.values.map(mxParts);
    const region = value.mail.region === "ca" ? "ca" : "eu";
    const ovhSet = ovhMxSet(region).map((e) => `${e.priority} ${e.host}`);
    if (mx.ttl === fileTtl && entries.length === 1 && entries[0].host === "." && entries[0].priority === 0) value.mx = "none";
    else if (mx.ttl === fileTtl && mx.values.length === ovhSet.length && ovhSet.every((v) => mx.values.includes(v))) value.mx = "ovh";
    else value.mx = entries.sort((a, b) => a.priority - b.priority || (a.host < b.host ? -1 : 1)).map((e) => withTtl({ host: e.host, priority: e.priority }, mx.ttl, fileTtl));
  }
  if (spf) value.spf = recordEntry(txtText(spf, 0), spf.ttl, fileTtl);
  const selectors = found.map(({ name, rrset: r }) => {
    if (r.type === "CNAME") return withTtl({ name, cname: r.values[0] }, r.ttl, fileTtl);
    const inactive = name === "*" || isRevokedKeyText(r.values[0]);
    return withTtl(inactive ? { name, record: txtText(r, 0), active: false } : { name, record: txtText(r, 0) }, r.ttl, fileTtl);
  });
  if (selectors.length > 0) value.dkim = { selectors };
  const dmarc = present(observation, "_dmarc", "TXT", "dmarc");
  if (dmarc) {
    const kept = dmarc.values.findIndex(isDmarcRecord);
    const index = Math.max(0, kept >= 0 ? kept : dmarc.values.findIndex(looksLikeDmarc));
    value.dmarc = recordEntry(dmarc.values[index], dmarc.ttl, fileTtl, true);
  }
  const srv = observation.rrsets.filter((r) => r.role === "srv" && r.state === "present").flatMap(
    (r) => r.values.map((v) => {
      const [priority, weight, port, target] = v.split(" ");
      return withTtl({ service: r.subdomain, priority: Number(priority), weight: Number(weight), port: Number(port), target: target ?? "." }, r.ttl, fileTtl);
    })
  );
  if (srv.length > 0) value.srv = srv;
  const cname = observation.rrsets.filter((r) => r.role === "cname" && r.state === "present").map((r) => withTtl({ name: r.subdomain, target: r.values[0] }, r.ttl, fileTtl));
  if (cname.length > 0) value.cname = cname;
  const mtaSts = present(observation, "_mta-sts", "TXT", "mta-sts");
  if (mtaSts) value.mtaSts = withTtl({ record: mtaSts.values[0] }, mtaSts.ttl, fileTtl);
  const tlsRpt = present(observation, "_smtp._tls", "TXT", "tls-rpt");
  if (tlsRpt) value.tlsRpt = recordEntry(tlsRpt.values[0], tlsRpt.ttl, fileTtl, true);
  return value;
}
function sameAnswer(a, b) {
  return a.type === b.type && a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i]);
}
function looksLikeDkimKey(text) {
  return /^\s*v\s*=\s*DKIM1\s*(;|$)/.test(text) || /(^|;)\s*p\s*=/.test(text);
}
function dkimSelectors(observation) {
  const found = [];
  for (const r of observation.rrsets) {
    if (r.role === "dkim" && r.state === "present") found.push({ name: r.subdomain.replace(/\._domainkey$/, ""), rrset: r });
  }
  const probe = observation.dkimProbe;
  if (!probe) return found;
  const canary = found.find((f) => f.name === probe.wildcardLabel)?.rrset ?? null;
  const named = new Set(probe.named);
  const kept = found.filter((f) => f.name !== probe.wildcardLabel && (canary === null || named.has(f.name) || !sameAnswer(f.rrset, canary)));
  if (canary && canary.type === "TXT" && canary.values.length === 1 && looksLikeDkimKey(canary.values[0]) && !kept.some((f) => f.name === "*")) {
    kept.push({ name: "*", rrset: canary });
  }
  return kept;
}
function buildObservedModel(observation, options = {}) {
  const built = buildDomainModel(null, observedDomainValue(observation, options));
  if ("invalidDomain" in built) throw new Error(`cannot model ${observation.domain}: not a usable domain name`);
  const model = built.model;
  model.dnsProvider = null;
  const probe = observation.dkimProbe;
  if (probe) {
    const canary = probe.wildcardLabel !== null && observation.rrsets.some((r) => r.role === "dkim" && r.state === "present" && r.subdomain === `${probe.wildcardLabel}._domainkey`);
    model.dkimProbe = { named: probe.named, probed: probe.probed, wildcard: canary, complete: probe.complete };
  }
  return model;
}

// src/plan/observe.ts
function domainDoesNotExist(observation) {
  const apex = (type) => observation.rrsets.find((r) => r.subdomain === "" && r.type === type && r.role !== "conflict");
  return apex("MX")?.nxdomain === true && apex("TXT")?.nxdomain === true;
}
function targetsOf(model) {
  return {
    domain: model.domain,
    selectors: (model.dkim?.selectors ?? []).map((s) => s.name),
    // Looked up at the owners the plan compares (model/records.ts ownerOf), not the text as written.
    srvServices: [...new Set(model.srv.map((s) => ownerOf(s.service, model.domain)))],
    cnames: model.cname.map((c) => ownerOf(c.name, model.domain)),
    mtaSts: Boolean(model.mtaSts?.text),
    tlsRpt: Boolean(model.tlsRpt)
  };
}
function fqdn(subdomain, domain) {
  return subdomain === "" ? domain : `${subdomain}.${domain}`;
}
function fromRRset(rrset, subdomain, type, role, keep) {
  const name = rrset.name;
  if (rrset.status === "failed") {
    return { name, subdomain, type, role, state: "failed", ttl: null, values: [], failure: failureOf(rrset) };
  }
  if (rrset.status === "nxdomain" && rrset.cname === void 0) return { name, subdomain, type, role, state: "absent", ttl: null, values: [], nxdomain: true };
  if (rrset.status !== "ok") return { name, subdomain, type, role, state: "absent", ttl: null, values: [] };
  let values = rrset.values;
  let strings = rrset.strings;
  if (keep) {
    values = [];
    strings = rrset.strings ? [] : void 0;
    for (let i = 0; i < rrset.values.length; i++) {
      if (!keep(rrset.values[i])) continue;
      values.push(rrset.values[i]);
      strings?.push(rrset.strings[i]);
    }
  }
  if (values.length === 0) return { name, subdomain, type, role, state: "absent", ttl: null, values: [] };
  const observed = { name, subdomain, type, role, state: "present", ttl: rrset.ttl, values: keep ? values : [...values] };
  if (strings) observed.strings = keep ? strings : [...strings];
  return observed;
}
function absent(name, subdomain, type, role) {
  return { name, subdomain, type, role, state: "absent", ttl: null, values: [] };
}
function aliasInAnswer(rrset, subdomain, role) {
  if (rrset.cname === void 0) return null;
  if (rrset.cnameTtl !== void 0) return { name: rrset.name, subdomain, type: "CNAME", role, state: "present", ttl: rrset.cnameTtl, values: [rrset.cname] };
  return void 0;
}
async function aliasAt(source, rrset, subdomain, role = "conflict") {
  const said = aliasInAnswer(rrset, subdomain, role);
  if (said !== void 0) return said;
  const alias = await source.lookup(rrset.name, "CNAME");
  if (alias.status === "ok" || alias.status === "failed") return fromRRset(alias, subdomain, "CNAME", role);
  return { name: rrset.name, subdomain, type: "CNAME", role, state: "present", ttl: null, values: [rrset.cname] };
}
function ask(source, name, type) {
  try {
    return source.lookup(name, type);
  } catch (error) {
    return Promise.reject(error);
  }
}
function observeTyped(source, domain, subdomain, type, role, keep, throughAlias = false) {
  return ask(source, fqdn(subdomain, domain), type).then((rrset) => {
    if (rrset.cname === void 0) return [fromRRset(rrset, subdomain, type, role, keep)];
    return throughAlias ? typedThroughAlias(source, rrset, subdomain, type, role, keep) : typedBehindAlias(source, rrset, subdomain, type, role, keep);
  });
}
async function typedThroughAlias(source, rrset, subdomain, type, role, keep) {
  const conflict = await aliasAt(source, rrset, subdomain);
  const own = fromRRset(rrset, subdomain, type, role, keep);
  return conflict ? [own, conflict] : [own];
}
async function typedBehindAlias(source, rrset, subdomain, type, role, keep) {
  const conflict = await aliasAt(source, rrset, subdomain);
  if (conflict && rrset.status === "failed") return [fromRRset(rrset, subdomain, type, role, keep), conflict];
  if (conflict) return [absent(rrset.name, subdomain, type, role), conflict];
  return [fromRRset(rrset, subdomain, type, role, keep)];
}
function observeCnameOrTxt(source, domain, subdomain, role) {
  return ask(source, fqdn(subdomain, domain), "TXT").then((txt) => {
    const said = aliasInAnswer(txt, subdomain, role);
    if (said === void 0) return aliasAt(source, txt, subdomain, role).then((alias) => selectorObserved(txt, alias, subdomain, role));
    return selectorObserved(txt, said, subdomain, role);
  });
}
function selectorObserved(txt, alias, subdomain, role) {
  if (alias) return [alias, absent(txt.name, subdomain, "TXT", role)];
  if (txt.status === "failed") {
    const failed = fromRRset(txt, subdomain, "TXT", role);
    return [{ ...failed, type: "CNAME" }, failed];
  }
  return [absent(txt.name, subdomain, "CNAME", role), fromRRset(txt, subdomain, "TXT", role)];
}
function compareObserved(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
}
async function observeDomain(source, targets) {
  const t = "mail" in targets ? targetsOf(targets) : targets;
  const domain = canonicalName(t.domain);
  const follow = t.followApexAlias === true;
  const jobs = [
    observeTyped(source, domain, "", "MX", "mx", void 0, follow),
    // The apex TXT the apply's SPF slot holds (model/slots.ts): the same generous reading, so a near-record
    // (`v=spf1<TAB>…`) is compared and replaced, never left beside the file's record.
    observeTyped(source, domain, "", "TXT", "spf", looksLikeSpf, follow),
    observeTyped(source, domain, "_dmarc", "TXT", "dmarc")
  ];
  const selectors = new Set(t.selectors ?? []);
  if (t.dkimProbe?.wildcardLabel) selectors.add(t.dkimProbe.wildcardLabel);
  for (const selector of selectors) jobs.push(observeCnameOrTxt(source, domain, `${canonicalName(selector)}._domainkey`, "dkim"));
  for (const service of new Set(t.srvServices ?? [])) jobs.push(observeTyped(source, domain, canonicalName(service), "SRV", "srv"));
  for (const label of new Set(t.cnames ?? [])) {
    jobs.push(source.lookup(fqdn(canonicalName(label), domain), "CNAME").then((rrset) => [fromRRset(rrset, canonicalName(label), "CNAME", "cname")]));
  }
  if (t.mtaSts) jobs.push(observeTyped(source, domain, "_mta-sts", "TXT", "mta-sts"));
  if (t.tlsRpt) jobs.push(observeTyped(source, domain, "_smtp._tls", "TXT", "tls-rpt"));
  const all = [];
  for (const observed of await Promise.all(jobs)) for (const o of observed) all.push(o);
  all.sort(compareObserved);
  const rrsets = [];
  for (const o of all) {
    const last = rrsets[rrsets.length - 1];
    if (!last || last.name !== o.name || last.type !== o.type) rrsets.push(o);
  }
  const failures = [];
  const failed = rrsets.filter((r) => r.state === "failed" && r.failure);
  failed.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : Number(a.type === "CNAME") - Number(b.type === "CNAME"));
  for (const r of failed) {
    const selectorPair = (type) => type === "CNAME" && r.type === "TXT" || type === "TXT" && r.type === "CNAME";
    if (failures.some((f) => f.name === r.name && selectorPair(f.type) && f.detail === r.failure.detail && f.reason === r.failure.reason)) continue;
    failures.push({ domain, name: r.name, type: r.type, reason: r.failure.reason, detail: r.failure.detail, ...r.failure.server ? { server: r.failure.server } : {} });
  }
  failures.sort(compareObserved);
  return t.dkimProbe ? { domain, rrsets, failures, dkimProbe: t.dkimProbe } : { domain, rrsets, failures };
}

// src/plan/pool.ts
var TURN_AFTER_MS = 20;
async function mapConcurrent(items, limit, work, onDone) {
  const results = new Array(items.length);
  let next = 0;
  let done = 0;
  let lastTurn = performance.now();
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
      done++;
      onDone?.(done, items.length);
      if (performance.now() - lastTurn >= TURN_AFTER_MS) {
        await new Promise((resolve5) => setImmediate(resolve5));
        lastTurn = performance.now();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
function domainsInFlight(questions, answers = "dns") {
  if (answers === "memory") return 1;
  return Math.max(8, Math.ceil(questions / 2));
}
function planDomainsInFlight(questions) {
  return Math.max(8, Math.ceil(questions / 4));
}

// src/plan/unchecked.ts
var key = (k) => (data) => String(data[k] ?? "");
var fixed = (type) => () => type;
var dmarcTarget = { name: key("target"), type: (data, domain) => data.target === `_dmarc.${domain}` ? "CNAME" : "TXT" };
var VERDICT_LOOKUPS = {
  "spf-include-no-record": { lookupFailed: { name: key("target"), type: fixed("TXT") } },
  "spf-lookup-limit": { countIncomplete: { name: key("name"), type: key("query") } },
  "spf-lookup-budget-change": { countIncomplete: { name: key("name"), type: key("query") } },
  "spf-void-lookups": { lookupFailed: { name: key("name"), type: key("query") } },
  "spf-mx-address-limit": { lookupFailed: { name: key("name"), type: fixed("MX") } },
  "spf-multiple": { lookupFailed: { name: key("name"), type: fixed("TXT") } },
  "spf-type-99": { lookupFailed: { name: key("name"), type: fixed("SPF") } },
  "mx-target-unresolvable": { lookupFailed: { name: key("host"), type: fixed("A/AAAA") } },
  "mx-target-cname": { lookupFailed: { name: key("host"), type: fixed("CNAME") } },
  "srv-target-cname": { lookupFailed: { name: key("target"), type: fixed("CNAME") } },
  "dkim-cname-target-invalid": { lookupFailed: { name: key("target"), type: fixed("TXT") } },
  "dkim-key-too-short": { lookupFailed: { name: key("target"), type: fixed("TXT") } },
  "dkim-testing-flag": { lookupFailed: { name: key("target"), type: fixed("TXT") } },
  "dmarc-missing": {
    lookupFailed: { name: (data) => `_dmarc.${data.parent}`, type: fixed("TXT") },
    delegatedLookupFailed: { name: key("target"), type: fixed("TXT") },
    aliasLookupFailed: { name: (_data, domain) => `_dmarc.${domain}`, type: fixed("CNAME") }
  },
  "dmarc-parked-domain": {
    delegatedLookupFailed: { name: key("target"), type: fixed("TXT") },
    aliasLookupFailed: { name: (_data, domain) => `_dmarc.${domain}`, type: fixed("CNAME") }
  },
  "dmarc-multiple": { lookupFailed: { name: key("name"), type: fixed("TXT") } },
  "dmarc-external-rua-unauthorized": { lookupFailed: { name: key("record"), type: fixed("TXT") } },
  "dmarc-ramp-evidence": { unreadBefore: dmarcTarget },
  "dmarc-ramp-transition": { unreadBefore: dmarcTarget, unreadAfter: dmarcTarget }
};
function namesFailedLookup(ruleId, messageId) {
  return VERDICT_LOOKUPS[ruleId]?.[messageId] !== void 0;
}
function saysCheckNotMade(finding) {
  return namesFailedLookup(finding.ruleId, finding.messageId) && finding.data.reason !== "no live DNS";
}
function failedLookupKey(finding) {
  const lookup = failedLookupOf(finding, finding.data);
  return lookup && lookupKey(finding.domain, lookup.name, lookup.type);
}
var lookupKey = (domain, name, type) => `${domain}\0${name}\0${type}`;
function failedLookupOf(finding, data) {
  const message = VERDICT_LOOKUPS[finding.ruleId]?.[finding.messageId];
  if (!message || data.reason === "no live DNS") return null;
  return { name: message.name(data, finding.domain).toLowerCase(), type: message.type(data, finding.domain) };
}
function splitUncheckedLookups(findings, known, outside) {
  const [unchecked, outsideZones] = collectUnchecked(findings, known, outside ? (name) => outside(name) ? 1 : 0 : () => 0);
  return { unchecked, outsideZones };
}
function collectUnchecked(findings, known, sideOf) {
  const seen = [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
  const reported = new Set(known.map((k) => lookupKey(k.domain, k.name, k.type)));
  const lookupOf = (finding, data) => {
    const failed = failedLookupOf(finding, data);
    if (!failed) return null;
    const { name, type } = failed;
    const id = lookupKey(finding.domain, name, type);
    if (reported.has(id)) return null;
    const side = sideOf(name);
    return side === null ? null : { id, name, type, side, reason: String(data.reason ?? "failed") };
  };
  const own = [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
  for (const finding of findings) {
    const lookup = lookupOf(finding, finding.data);
    if (!lookup) continue;
    const needing = finding.alsoNeededBy ? [finding.ruleId, ...finding.alsoNeededBy] : [finding.ruleId];
    const entry = seen[lookup.side].get(lookup.id);
    if (entry) {
      if (needing.some((rule) => !entry.rules.includes(rule))) entry.rules = [.../* @__PURE__ */ new Set([...entry.rules, ...needing])].sort();
      own[lookup.side].set(finding, entry);
      continue;
    }
    const created = { domain: finding.domain, name: lookup.name, type: lookup.type, reason: lookup.reason, rules: [...new Set(needing)].sort() };
    seen[lookup.side].set(lookup.id, created);
    own[lookup.side].set(finding, created);
  }
  const counted = [/* @__PURE__ */ new Set(), /* @__PURE__ */ new Set()];
  for (const finding of findings) {
    if (!finding.folded) continue;
    for (const data of finding.folded) {
      const lookup = lookupOf(finding, data);
      if (!lookup) continue;
      const side = lookup.side;
      const listed = seen[side].get(lookup.id);
      if (listed) {
        if (!listed.rules.includes(finding.ruleId)) listed.rules = [...listed.rules, finding.ruleId].sort();
        continue;
      }
      if (counted[side].has(lookup.id)) continue;
      counted[side].add(lookup.id);
      const entry = own[side].get(finding);
      if (!entry) {
        const first = { domain: finding.domain, name: lookup.name, type: lookup.type, reason: lookup.reason, rules: [finding.ruleId] };
        seen[side].set(lookup.id, first);
        own[side].set(finding, first);
        continue;
      }
      entry.more = (entry.more ?? 0) + 1;
    }
  }
  const order = (a, b) => a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
  return [[...seen[0].values()].sort(order), [...seen[1].values()].sort(order)];
}
function uncheckedTotal(list) {
  let total = 0;
  for (const u of list) total += 1 + (u.more ?? 0);
  return total;
}
function uncheckedJson(u) {
  return { domain: u.domain, name: u.name, type: u.type, reason: u.reason, rules: u.rules, ...u.more ? { more: u.more } : {} };
}
function outsideZoneJson(u) {
  return { domain: u.domain, name: u.name, type: u.type, rules: u.rules, ...u.more ? { more: u.more } : {} };
}
function describeUnchecked(u) {
  return `${oneLine(u.name)} ${u.type} lookup failed (${u.reason}), needed by ${u.rules.join(", ")}${u.more ? ` (and ${u.more} more like it)` : ""}`;
}
function firstFew(items, total = items.length) {
  const named = items.slice(0, 3).join(", ");
  const shown2 = Math.min(items.length, 3);
  return total > shown2 ? `${named}, and ${total - shown2} more` : named;
}
function describeOutsideZones(list) {
  if (list.length === 0) return null;
  const total = uncheckedTotal(list);
  const named = firstFew(list.map((u) => `${oneLine(u.name)} ${u.type}`), total);
  const rules = new Set(list.flatMap((u) => u.rules)).size;
  return `Not checked: ${total} lookup${total === 1 ? "" : "s"} of names outside the loaded zone files (${named}; ${rules} rule${rules === 1 ? "" : "s"} needed them); load their zones with --zone too, or add --resolver to ask DNS for them.`;
}
function describeNotInLoadedZones(failures) {
  const outside = failures.filter(isNotInLoadedZones);
  if (outside.length === 0) return null;
  const domains = [...new Set(outside.map((f) => f.domain))];
  const one = outside.length === 1;
  return `${outside.length} lookup${one ? "" : "s"} for ${firstFew(domains.map(oneLine))} failed because no loaded zone holds the name${one ? " it asks" : "s they ask"}: load the zone file${one ? " that holds it" : "s that hold them"} too (--zone), or give --resolver to ask DNS for ${one ? "it" : "them"}.`;
}

// src/plan/budget.ts
var DOMAIN_QUESTION_BUDGET = 500;
function questionBudget(limit = DOMAIN_QUESTION_BUDGET) {
  const asked = /* @__PURE__ */ new Set();
  const refusedKeys = /* @__PURE__ */ new Set();
  return {
    limit,
    refused: () => refusedKeys.size,
    wrap(source) {
      return {
        lookup(rawName, type) {
          const name = canonicalName(rawName);
          const key3 = `${name}\0${type}`;
          if (!asked.has(key3)) {
            if (asked.size >= limit) {
              refusedKeys.add(key3);
              const detail = `not asked: checking this domain already took the budget of ${limit} DNS questions`;
              return Promise.resolve({ name, type, status: "failed", ttl: null, values: [], failure: { reason: "budget", detail } });
            }
            asked.add(key3);
          }
          return source.lookup(name, type);
        }
      };
    }
  };
}
function domainQuestions(limit, domainAnswers, runRules2) {
  const budget = questionBudget(limit ?? DOMAIN_QUESTION_BUDGET);
  const rules = budget.wrap(domainAnswers);
  return { budget, rules, observed: (source) => source === runRules2 ? rules : budget.wrap(source) };
}
function budgetSpentFinding(engine, budget, domain, setting, where) {
  if (budget.refused() === 0) return null;
  const data = { domain, budget: budget.limit, refused: budget.refused() };
  return fileFinding(engine, "lint-dns-budget", "spent", data, setting, { domain, name: domain, ...where });
}

// src/plan/scoped-source.ts
function sharedAnswers(base, checked, maxShared = 5e4) {
  const shared = /* @__PURE__ */ new Map();
  const sharedLookup = (name, type) => {
    const key3 = `${name}\0${type}`;
    let answer = shared.get(key3);
    if (!answer) {
      answer = base.lookup(name, type);
      shared.set(key3, answer);
      if (shared.size > maxShared) shared.delete(shared.keys().next().value);
    }
    return answer;
  };
  return {
    forDomain(domain) {
      const own = /* @__PURE__ */ new Map();
      const apex = canonicalName(domain);
      const remember = (rrset) => {
        if (rrset.cname === void 0) return rrset;
        const target = canonicalName(rrset.cname);
        const key3 = `${target}\0${rrset.type}`;
        if (!own.has(key3)) {
          const { cname: _cname, cnameTtl: _ttl, ...rest } = rrset;
          own.set(key3, Promise.resolve({ ...rest, name: target }));
        }
        return rrset;
      };
      return {
        lookup(rawName, type) {
          const name = canonicalName(rawName);
          const key3 = `${name}\0${type}`;
          let answer = own.get(key3);
          if (answer) return answer;
          if (!isAtOrBelow(name, apex)) {
            const known = shared.get(key3);
            if (known) return known;
            return checked(name) ? base.lookup(name, type) : sharedLookup(name, type);
          }
          own.set(key3, answer = base.lookup(name, type).then(remember));
          return answer;
        }
      };
    }
  };
}
function underAny(domains) {
  return (name) => {
    for (let n = name; n !== ""; ) {
      if (domains.has(n)) return true;
      const dot = n.indexOf(".");
      if (dot < 0) return false;
      n = n.slice(dot + 1);
    }
    return false;
  };
}

// src/plan/audit.ts
var PROBED_SELECTORS = [
  "ovhmo-selector-1",
  "ovhmo-selector-2",
  "default",
  "selector1",
  "selector2",
  "google",
  "k1",
  "k2",
  "s1",
  "s2",
  "mail",
  "dkim",
  "fm1",
  "fm2",
  "fm3",
  "mesmtp",
  "protonmail",
  "protonmail2",
  "protonmail3",
  "key1",
  "key2",
  "key3",
  "mbo0001",
  "smtp",
  "mandrill"
];
var WILDCARD_PROBE_LABEL = "_wildcard-probe";
function isSelectorName(label) {
  return /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i.test(label);
}
var MAIL_SRV_SERVICES = ["_autodiscover._tcp", "_imap._tcp", "_imaps._tcp", "_pop3._tcp", "_pop3s._tcp", "_submission._tcp", "_submissions._tcp"];
var MAIL_CNAMES = ["autoconfig", "autodiscover"];
var EVERY_FAMILY = new Set(OBSERVABLES);
function auditTargets(domain, selectors = [], options = {}) {
  const families = options.families ?? EVERY_FAMILY;
  const named = [...new Set(selectors.map((s) => s.toLowerCase()).filter(isSelectorName))];
  const known = [...new Set((options.known ?? []).map((s) => s.toLowerCase()))].filter((s) => !named.includes(s));
  const probed = options.probe === false || !families.has("dkim-probe") ? [] : PROBED_SELECTORS.filter((s) => !named.includes(s) && !known.includes(s));
  return {
    domain,
    selectors: [...families.has("dkim") ? [...named, ...known] : [], ...probed],
    srvServices: families.has("srv") ? MAIL_SRV_SERVICES : [],
    cnames: families.has("cname") ? MAIL_CNAMES : [],
    mtaSts: families.has("mta-sts"),
    tlsRpt: families.has("tls-rpt"),
    // The wildcard check only matters for guessed names: a named selector is kept whatever answers for it.
    dkimProbe: { named, probed, wildcardLabel: probed.length > 0 ? WILDCARD_PROBE_LABEL : null, complete: options.probe === false }
  };
}
function describeNotObserved(list, total, given = total) {
  if (list.length === 0) return null;
  const every = (count) => count === given ? count === 1 ? "the domain" : `all ${count} domains` : `${count} domain${count === 1 ? "" : "s"}`;
  const families = list.map(
    (n) => n.family === "dkim-probe" ? `DKIM of ${n.domains === total ? every(total) : `${n.domains} of ${total} domains`} (no selector known, none probed)` : OBSERVABLE_NAMES[n.family] + (n.domains < total ? ` (${n.domains} of ${total} domains)` : "")
  );
  const rules = new Set(list.flatMap((n) => n.rules)).size;
  const flags = list.filter((n) => n.family !== "dkim-probe").map((n) => n.family);
  const ask2 = [flags.length > 0 ? `--observe ${flags.join(",")}` : "", list.some((n) => n.family === "dkim-probe") ? "--probe-selectors" : ""].filter(Boolean).join(" ");
  return `Not checked: ${families.join(", ")} (${rules} rule${rules === 1 ? "" : "s"} read them); ask with ${ask2}, or name their rules in the policy pack.`;
}
function unpositioned(finding) {
  const { ruleId, level, message, domain, name, messageId, data, count, folded } = finding;
  const moved = { ruleId, level, message, domain, file: null, name, line: 0, column: 0, endLine: 0, endColumn: 0, messageId, data };
  if (count !== void 0) moved.count = count;
  if (folded !== void 0) moved.folded = folded;
  if (finding.alsoNeededBy !== void 0) moved.alsoNeededBy = finding.alsoNeededBy;
  return moved;
}
async function auditDomains(domains, options) {
  const rules = options.rules ?? allRules;
  const policy = resolvePolicy(options.policy, rules, options.cwd ?? process.cwd());
  const engine = { rules, policy, today: options.today ?? todayUtc(), dns: null, observed: null };
  const asked = options.observe ?? [];
  const plans = /* @__PURE__ */ new WeakMap();
  const planFor = (domain) => {
    const settings = policy.settingsFor(domain);
    let plan = plans.get(settings);
    if (!plan) {
      const families = familiesToObserve(rules, settings, asked);
      plans.set(settings, plan = { families, missing: unobservedFamilies(rules, settings, families) });
    }
    return { settings, ...plan };
  };
  const unchecked = /* @__PURE__ */ new Map();
  let checked = 0;
  const answers = sharedAnswers(options.rulesSource, underAny(new Set(domains)));
  const outcomes = await mapConcurrent(
    domains,
    options.concurrency ?? 256,
    async (domain) => {
      try {
        const { settings, families, missing } = planFor(domain);
        const named = options.selectorsFor?.(domain) ?? [];
        const known = options.knownSelectorsFor?.(domain) ?? [];
        const probe = options.probeSelectors?.(domain) ?? true;
        const questions = domainQuestions(options.questionBudget, answers.forDomain(domain), options.rulesSource);
        const targets = { ...auditTargets(domain, named, { probe, known, families }), followApexAlias: true };
        const observation = await observeDomain(questions.observed(await options.sourceFor(domain)), targets);
        if (observation.failures.length > 0) return { findings: [], failures: observation.failures };
        if (domainDoesNotExist(observation)) {
          const missing2 = fileFinding(engine, "domain-nxdomain", "noSuchDomain", { domain }, settings.get("domain-nxdomain"), { domain, file: "", name: domain });
          return { findings: missing2 ? [unpositioned(missing2)] : [], failures: [] };
        }
        for (const [family, ids] of missing) {
          if (family === "dkim-probe" && (!probe || named.length > 0 || known.length > 0)) continue;
          const entry = unchecked.get(family) ?? { rules: /* @__PURE__ */ new Set(), domains: 0 };
          for (const id of ids) entry.rules.add(id);
          entry.domains++;
          unchecked.set(family, entry);
        }
        checked++;
        const model = buildObservedModel(observation, { offer: options.offer ?? null, mailDomain: options.mailDomain === true });
        const findings2 = (await runRules(model, null, { ...engine, dns: liveLookup(questions.rules), observable: families, keepFolded: namesFailedLookup, failedLookup: failedLookupKey }, settings)).map(unpositioned);
        const spent = budgetSpentFinding(engine, questions.budget, domain, settings.get("lint-dns-budget"), { file: "" });
        if (spent) findings2.push(unpositioned(spent));
        return { findings: findings2, failures: [] };
      } catch (error) {
        const finding = internalErrorFinding("domain", { domain, detail: errorText(error) }, { domain, file: null, name: domain }, engine);
        return { findings: [unpositioned(finding)], failures: [] };
      }
    },
    options.onDomain
  );
  const findings = outcomes.flatMap((o) => o.findings).sort(compareFindings);
  const count = (level) => findings.filter((f) => f.level === level).length;
  const notObserved = OBSERVABLES.filter((f) => unchecked.has(f)).map((family) => ({ family, rules: [...unchecked.get(family).rules].sort(), domains: unchecked.get(family).domains }));
  const lookups = splitUncheckedLookups(findings, [], options.outsideZones ?? null);
  return {
    findings,
    failures: outcomes.flatMap((o) => o.failures),
    unchecked: lookups.unchecked,
    outsideZones: lookups.outsideZones,
    notObserved,
    domains: domains.length,
    checked,
    errors: count("error"),
    warnings: count("warn"),
    infos: count("info")
  };
}

// src/plan/shard.ts
function parseShard(text) {
  const match = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text);
  if (!match) throw new Error(`--shard must look like K/N, e.g. 2/4 for the second of four jobs (got '${text}')`);
  const index = Number(match[1]);
  const total = Number(match[2]);
  if (total < 1 || index < 1 || index > total) throw new Error(`--shard K/N needs 1 ≤ K ≤ N, e.g. 1/4 … 4/4 (got '${text}')`);
  return { index, total };
}
function fnv1a(text) {
  let hash = 2166136261;
  for (const byte of Buffer.from(text, "utf8")) {
    hash ^= byte;
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash >>> 0;
}
function shardOf(key3, total) {
  return fnv1a(key3.toLowerCase().replace(/\.$/, "")) % total + 1;
}
function inShard(key3, shard) {
  return shard === null || shardOf(key3, shard.total) === shard.index;
}

// src/plan/removed-zones.ts
import { existsSync as existsSync2, realpathSync } from "node:fs";
import { basename, join as join2, relative as relative2, sep as sep2 } from "node:path";

// src/plan/gates.ts
function observedRecords(observation) {
  const records = [];
  for (const rrset of observation.rrsets) {
    if (rrset.state !== "present" || rrset.role === "conflict") continue;
    rrset.values.forEach((value, i) => {
      records.push({ key: `${rrset.name}/${rrset.type}/${i}`, name: rrset.name, subdomain: rrset.subdomain, type: rrset.type, value, ttl: rrset.ttl });
    });
  }
  return records;
}
function planGates(model, observation, options = {}) {
  if (observation.failures.length > 0) return [];
  const live = observedRecords(observation);
  const desired = desiredSlotRecords(model, options.rrsets);
  const operations = zoneOperations(live, desired, options.ttlMatches ? { ttlMatches: options.ttlMatches } : {});
  const delegated = {
    ...options.delegatedDmarc ? { delegatedDmarc: options.delegatedDmarc } : {},
    ...options.liveDelegatedDmarc ? { liveDelegatedDmarc: options.liveDelegatedDmarc } : {}
  };
  return evaluateGates({ domain: model.domain, live, desired, operations, allow: options.allow ?? [], options: options.safety ?? DEFAULT_SAFETY, ...delegated });
}
async function readDelegatedDmarc(model, observation, source) {
  if (observation.failures.length > 0) return {};
  const alias = dmarcAlias(model);
  const dmarcAt = observation.rrsets.filter((r) => r.subdomain === "_dmarc" && r.state === "present");
  const liveDmarc = dmarcAt.some((r) => r.type === "TXT" && r.values.some(looksLikeDmarc));
  const liveValue = liveDmarc ? void 0 : dmarcAt.find((r) => r.type === "CNAME")?.values[0];
  const liveTarget = liveValue === void 0 ? null : aliasTargetName(liveValue);
  const replacesAlias = liveTarget !== null && (Boolean(model.dmarc) || alias !== null && alias.target !== liveTarget);
  const [after, before] = await Promise.all([
    alias && (liveDmarc || replacesAlias) ? readTarget(alias.target, source) : void 0,
    replacesAlias ? readTarget(liveTarget, source) : void 0
  ]);
  return { ...after ? { delegatedDmarc: after } : {}, ...before ? { liveDelegatedDmarc: before } : {} };
}
async function readTarget(target, source) {
  let answer;
  try {
    answer = await source.lookup(target, "TXT");
  } catch {
    return { target, texts: null };
  }
  if (answer.status === "failed") return { target, texts: null };
  return { target, texts: answer.status === "ok" ? answer.values : [] };
}

// src/plan/stack-allow.ts
import { existsSync, readFileSync as readFileSync2, statSync } from "node:fs";
import { dirname, relative, resolve as resolve2, sep } from "node:path";
var MAX_CONFIG_BYTES = 1024 * 1024;
function readStackAllow(file) {
  let text;
  try {
    if (statSync(file).size > MAX_CONFIG_BYTES) return null;
    text = readFileSync2(file, "utf8");
  } catch {
    return null;
  }
  let parsed;
  try {
    parsed = yaml.load(text);
  } catch {
    return null;
  }
  const config = parsed !== null && typeof parsed === "object" ? parsed.config : void 0;
  if (config === null || typeof config !== "object") return [];
  const raw = config["maildns:allow"];
  return raw === void 0 || raw === null ? [] : allowNames(raw);
}
function stackAllowFinder(cwd) {
  const top = resolve2(cwd);
  const read = /* @__PURE__ */ new Map();
  const ofFolder = (folder) => {
    const config = stackConfigFile(folder);
    if (!read.has(config)) {
      const allow = existsSync(config) ? readStackAllow(config) : null;
      read.set(config, allow === null ? null : { config: relative(top, config).split(sep).join("/"), allow: new Set(allow) });
    }
    return read.get(config);
  };
  const ofFile = (file) => {
    let folder = dirname(resolve2(top, file));
    for (let depth = 0; depth < 16 && folder !== top && isInside(top, folder); depth++) {
      if (existsSync(stackConfigFile(folder))) return ofFolder(folder);
      folder = dirname(folder);
    }
    return null;
  };
  return { ofFolder, ofFile };
}
function markAllowedOnMerge(gates, stack) {
  if (!stack || stack.allow.size === 0) return;
  for (const gate of gates) {
    if (gate.tripped && !gate.allowed && stack.allow.has(gate.id) && !NEVER_ALLOWED.has(gate.id)) gate.allowedOnMerge = stack.config;
  }
}

// src/plan/removed-zones.ts
var display = (cwd, absolute) => relative2(cwd, absolute).split(sep2).join("/") || ".";
function findStackFolders(paths, cwd) {
  const found = /* @__PURE__ */ new Map();
  const consider = (absolute) => {
    const adopted = existsSync2(join2(absolute, ADOPTION_FILE_NAME));
    const configured = existsSync2(stackConfigFile(absolute));
    if ((adopted || configured) && !found.has(absolute)) found.set(absolute, { absolute, display: display(cwd, absolute), adopted });
  };
  for (const folder of stackFolderCandidates(paths, cwd)) consider(folder);
  return [...found.values()].sort((a, b) => a.display < b.display ? -1 : a.display > b.display ? 1 : 0);
}
function goneStackFolder(absolute, cwd) {
  return { absolute, display: display(cwd, absolute), adopted: false };
}
var realOr = (path) => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};
function targetsFor(zone, records) {
  const selectors = /* @__PURE__ */ new Set();
  const srv = /* @__PURE__ */ new Set();
  const cnames = /* @__PURE__ */ new Set();
  let mtaSts = false;
  let tlsRpt = false;
  for (const r of records) {
    if (r.subdomain.endsWith("._domainkey")) selectors.add(r.subdomain.slice(0, -"._domainkey".length));
    else if (r.type === "SRV") srv.add(r.subdomain);
    else if (r.type === "CNAME") cnames.add(r.subdomain);
    else if (r.subdomain === "_mta-sts") mtaSts = true;
    else if (r.subdomain === "_smtp._tls") tlsRpt = true;
  }
  return { domain: zone, selectors: [...selectors], srvServices: [...srv], cnames: [...cnames], mtaSts, tlsRpt };
}
function describeHeld(record) {
  return `${record.type} ${record.value} at ${record.name} (id ${record.key})`;
}
async function planRemovedZones(options) {
  const result = { removedZones: [], changes: [], gates: [], failures: [], notes: [] };
  let byRealPath;
  const domainOf = () => byRealPath ??= new Map(options.files.map((f) => [realOr(f.absolute), f.domain]));
  for (const stack of options.stacks) {
    const from = result.gates.length;
    await planStack(stack, domainOf, options, result);
    markAllowedOnMerge(result.gates.slice(from), options.stackAllow?.(stack.absolute) ?? null);
  }
  for (const note of result.notes) note.detail = oneLine(note.detail);
  return result;
}
async function planStack(stack, domainOf, options, result) {
  const { provider } = options;
  if (!stack.adopted && options.base) {
    await planFromBase(stack, options.base, domainOf, options, result);
    return;
  }
  if (!stack.adopted) {
    result.notes.push({
      stack: stack.display,
      kind: "no-adoption-file",
      detail: `${stack.display}: no ${ADOPTION_FILE_NAME} in it and no base commit to compare with, so a domain file removed from this stack is not seen by plan (which zones the stack holds is in Pulumi's state); plan with --base <the change's base commit> (the Action does on a pull request), or commit the file \`maildns adopt\` writes, for plan to show what pulumi up would delete`
    });
    return;
  }
  const shownFile = `${stack.display}/${ADOPTION_FILE_NAME}`;
  let adoption;
  try {
    adoption = await readAdoptionFile(stack.absolute, shownFile);
  } catch (error) {
    if (!(error instanceof AdoptionFileError)) throw error;
    result.notes.push({ stack: stack.display, kind: "adoption-file", detail: `${error.message} (pulumi up refuses it too)` });
    return;
  }
  if (!adoption) return;
  if (adoption.provider !== provider.id) {
    result.notes.push({ stack: stack.display, kind: "provider", detail: `${shownFile} was written for ${adoption.provider}, but this plan compares for ${provider.id}; run maildns adopt again (pulumi up refuses it too)` });
    return;
  }
  const declared = declaredDomains(stack, domainOf, `the zones ${shownFile} lists that no file declares`, result);
  if (declared === null) return;
  const place = { shown: shownFile, stack: basename(stack.absolute) };
  for (const zone of droppedZones(provider, adoption.stack, declared)) {
    if (!inShard(zone, options.shard ?? null)) continue;
    await planOneZone(zone, adoption, place, options, result);
  }
  for (const gate of listsNothingGates(provider, adoption, declared, place, options.allow)) if (inShard(gate.domain, options.shard ?? null)) result.gates.push(gate);
}
async function planOneZone(zone, adoption, place, options, result) {
  const { provider } = options;
  const resources = heldInZone(provider, adoption.stack, zone);
  const held = resources.length;
  const entry = { zone, source: "adoption-file", adoptionFile: place.shown, readAt: adoption.readAt, base: null, deletedFiles: [], held, status: "planned", notServed: [] };
  result.removedZones.push(entry);
  const recorded = adoption.zones[zone];
  if (!recorded) {
    entry.status = "not-adopted";
    result.gates.push(unrecordedDropGate(zone, held, place, options.allow));
    return;
  }
  if (recorded.declared) result.gates.push(readWhileDeclaredGate(zone, adoption, place, options.allow));
  const heldRecords = splitByHolding(provider, recorded.live, adoption.stack, zone).held.map((r) => provider.toLive(r));
  const observation = await observeDomain(await options.sourceFor(zone), targetsFor(zone, heldRecords));
  planDeletion(zone, heldRecords, observation, entry, options, result);
}
function planDeletion(zone, heldRecords, observation, entry, options, result) {
  if (observation.failures.length > 0) {
    entry.status = "lookup-failed";
    for (const f of observation.failures) result.failures.push(f);
    return;
  }
  const live = observedRecords(observation);
  const operations = [];
  const deleted = /* @__PURE__ */ new Set();
  for (const record of heldRecords) {
    const served = live.find((l) => l.name === record.name && l.type === record.type && sameValue(l.value, record.value) && !deleted.has(l.key));
    if (!served) {
      entry.notServed.push(describeHeld(record));
      continue;
    }
    deleted.add(served.key);
    const slot = slotOf(served)?.slot ?? `${served.type}:${served.subdomain}`;
    operations.push({ action: "delete", phase: "after", slot, before: served, after: null, reason: "unwanted" });
  }
  for (const rrset of observation.rrsets) {
    if (rrset.state !== "present" || rrset.role === "conflict") continue;
    const gone = live.filter((l) => l.name === rrset.name && l.type === rrset.type && deleted.has(l.key)).map((l) => l.value);
    if (gone.length === 0) continue;
    const after = [...rrset.values];
    for (const value of gone) after.splice(after.indexOf(value), 1);
    result.changes.push({ domain: zone, name: rrset.name, type: rrset.type, action: after.length === 0 ? "delete" : "update", ttl: rrset.ttl, beforeTtl: rrset.ttl, before: [...rrset.values], after });
  }
  const left = live.filter((l) => !deleted.has(l.key));
  for (const gate of evaluateGates({ domain: zone, live, desired: standingSlotRecords(left), operations, allow: options.allow, options: options.safety ?? DEFAULT_SAFETY })) result.gates.push(gate);
}
function declaredDomains(stack, domainOf, zonesLookedFor, result) {
  if (!existsSync2(stack.absolute)) return [];
  const byRealPath = domainOf();
  const files = findDomainFiles([stack.absolute], stack.absolute).map((ref) => byRealPath.get(realOr(ref.absolute)) ?? null);
  const unread = files.filter((domain) => domain === null).length;
  if (unread > 0) {
    result.notes.push({
      stack: stack.display,
      kind: "files-not-read",
      detail: `${stack.display}: ${unread} domain file${unread === 1 ? "" : "s"} could not be read (see the errors above), so ${zonesLookedFor} were not looked for`
    });
    return null;
  }
  return files.map((domain) => canonicalName(domain));
}
async function planFromBase(stack, base, domainOf, options, result) {
  if (base.problem !== null) {
    result.notes.push({ stack: stack.display, kind: "base", detail: `${stack.display}: ${base.problem}; until then a domain file deleted from this stack is not seen, so this plan does not say what the merge deletes` });
    return;
  }
  let changed;
  try {
    changed = base.changedFiles(stack.absolute);
  } catch (error) {
    const stderr = error.stderr?.toString("utf8").trim().split("\n")[0];
    result.notes.push({ stack: stack.display, kind: "base", detail: `${stack.display}: the domain files changed since ${base.short} could not be read from git (${stderr || error.message}), so a deleted one is not seen` });
    return;
  }
  if (changed.length === 0) return;
  const declaredList = declaredDomains(stack, domainOf, `the zones of the domain files deleted since ${base.short}`, result);
  if (declaredList === null) return;
  const declared = new Set(declaredList);
  const byZone = /* @__PURE__ */ new Map();
  for (const file of changed) {
    const shown2 = `${stack.display}/${file.path}`;
    const model = loadDomainFile(shown2, file.bytes).model;
    if (!model) {
      if (file.deleted) result.notes.push({ stack: stack.display, kind: "base-file-unreadable", detail: `${shown2} (deleted) was not a readable domain file at ${base.short}, so which zone it declared, and what pulumi up would delete there, is not known` });
      continue;
    }
    const zone = canonicalName(model.domain);
    if (declared.has(zone) || !inShard(zone, options.shard ?? null)) continue;
    const entry = byZone.get(zone) ?? { files: [], models: [] };
    entry.files.push(shown2);
    entry.models.push(model);
    byZone.set(zone, entry);
  }
  for (const zone of [...byZone.keys()].sort()) {
    const { files, models } = byZone.get(zone);
    const entry = { zone, source: "git", adoptionFile: null, readAt: null, base: base.short, deletedFiles: files, held: 0, status: "planned", notServed: [] };
    result.removedZones.push(entry);
    const targets = mergedTargets(models.map(targetsOf));
    const observation = await observeDomain(await options.sourceFor(zone), targets);
    const declaredSlots = models.flatMap((m) => desiredSlotRecords(m));
    const slots = new Set(declaredSlots.map((r) => r.slot.replace(/#\d+$/, "")));
    const live = observation.failures.length === 0 ? observedRecords(observation) : [];
    const heldRecords = live.filter((l) => slots.has(slotOf(l)?.slot ?? ""));
    entry.held = heldRecords.length;
    if (observation.failures.length === 0) {
      const liveSlots = new Set(heldRecords.map((l) => slotOf(l).slot));
      for (const r of declaredSlots) if (!liveSlots.has(r.slot.replace(/#\d+$/, ""))) entry.notServed.push(`${r.type} ${r.value} at ${r.name} (declared by the deleted file)`);
    }
    planDeletion(zone, heldRecords, observation, entry, options, result);
  }
}
function mergedTargets(all) {
  const first = all[0];
  if (all.length === 1) return first;
  const union = (pick) => [...new Set(all.flatMap((t) => pick(t) ?? []))];
  return { ...first, selectors: union((t) => t.selectors), srvServices: union((t) => t.srvServices), cnames: union((t) => t.cnames), mtaSts: all.some((t) => t.mtaSts), tlsRpt: all.some((t) => t.tlsRpt) };
}
function sameValue(a, b) {
  return a === b || asciiLowerCase(a) === asciiLowerCase(b);
}
function describeRemovedZone(z) {
  const where = z.source === "git" ? `${z.deletedFiles.join(", ")} declared it at ${z.base} and no longer ${z.deletedFiles.length === 1 ? "does" : "do"}; the records held are the live ones at ${z.deletedFiles.length === 1 ? "its" : "their"} slots` : `${z.adoptionFile}, read ${z.readAt}`;
  const head = `${droppedZoneSummary(z.held)} (${where})`;
  if (z.status === "not-adopted") return `${head}; which records they are is not recorded there, so pulumi up refuses (skip-adopt)`;
  if (z.status === "lookup-failed") return `${head}; a lookup failed, so what they serve now is not known and nothing is planned for it`;
  return head;
}

// src/plan/format.ts
function otherStacksLine(report) {
  return report.otherStacksUnread ? `Not checked: ${unreadOtherStacksText(report.otherStacksUnread)}.` : null;
}
function otherStacksMarkdown(report) {
  return report.otherStacksUnread ? `${unreadOtherStacksText(report.otherStacksUnread)}.` : null;
}
function notObservedLine(report) {
  return describeNotObserved(report.notObserved ?? [], report.checked ?? report.summary.domains, report.summary.domains);
}
var PLAN_FORMATS = ["text", "json", "markdown"];
function planJson(report) {
  return {
    version: 1,
    changes: report.changes.map((c) => ({ domain: c.domain, name: c.name, type: c.type, action: c.action, ttl: c.ttl, beforeTtl: c.beforeTtl, before: c.before, after: c.after })),
    failures: report.failures.map((f) => ({ domain: f.domain, name: f.name, type: f.type, reason: f.reason, detail: f.detail, ...f.server ? { server: f.server } : {} })),
    // `allowedOnMerge` only on a refused gate the stack's config allows (stack-allow.ts): absent otherwise.
    gates: (report.gates ?? []).map((g) => ({ id: g.id, domain: g.domain, name: g.name, tripped: g.tripped, allowed: g.allowed, reason: g.reason, ...g.allowedOnMerge ? { allowedOnMerge: g.allowedOnMerge } : {} })),
    uncheckedLookups: (report.unchecked ?? []).map(uncheckedJson),
    outsideZones: (report.outsideZones ?? []).map(outsideZoneJson),
    notChecked: (report.notObserved ?? []).map((n) => ({ family: n.family, domains: n.domains, rules: n.rules })),
    removedZones: (report.removedZones ?? []).map((z) => ({ zone: z.zone, adoptionFile: z.adoptionFile, readAt: z.readAt, held: z.held, status: z.status, notServed: z.notServed, source: z.source, base: z.base, deletedFiles: z.deletedFiles })),
    removedZonesNotes: (report.removedZonesNotes ?? []).map((n) => ({ stack: n.stack, kind: n.kind, detail: n.detail })),
    otherStacksUnread: report.otherStacksUnread ? { planned: report.otherStacksUnread.planned, files: report.otherStacksUnread.files.map((f) => ({ file: f.file, stack: f.stack })), detail: `not checked: ${unreadOtherStacksText(report.otherStacksUnread)}` } : null,
    ...cappedJson(report.findings),
    summary: report.summary
  };
}
function* planJsonChunks(report, size = 1 << 16) {
  let buffer = "{";
  const entries = Object.entries(planJson(report)).filter(([, value]) => value !== void 0);
  for (let k = 0; k < entries.length; k++) {
    const [key3, value] = entries[k];
    buffer += `${k === 0 ? "" : ","}
  ${JSON.stringify(key3)}: `;
    if (!Array.isArray(value) || value.length === 0) {
      buffer += indented(value, "  ");
      continue;
    }
    buffer += "[";
    for (let i = 0; i < value.length; i++) {
      buffer += `${i === 0 ? "" : ","}
    ${indented(value[i], "    ")}`;
      if (buffer.length >= size) {
        yield escapeUnsafeInJson(buffer);
        buffer = "";
      }
    }
    buffer += "\n  ]";
  }
  yield escapeUnsafeInJson(`${buffer}${entries.length === 0 ? "" : "\n"}}
`);
}
function indented(value, indent) {
  return JSON.stringify(value, null, 2).replace(/\n/g, `
${indent}`);
}
function shown(value) {
  return oneLine(/^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/.test(value) && !value.includes('"') ? value : JSON.stringify(value));
}
var SIGN = { create: "+", update: "~", delete: "-" };
function describeFailure(f) {
  return `${f.name} ${f.type} lookup failed (${f.reason}: ${f.detail}${f.server ? ` [${f.server}]` : ""}); no change is planned for it`;
}
var NAMED_FAILURES = 5;
function describeDomainFailures(domain, failures) {
  const apex = failures.findIndex((f) => f.name === domain);
  const first = failures[apex >= 0 ? apex : 0];
  const more = failures.filter((f) => f !== first);
  const head = describeFailure(first).replace(/; no change is planned for it$/, "");
  if (more.length === 0) return head;
  const named = more.slice(0, NAMED_FAILURES).map((f) => `${f.name} ${f.type}${f.reason === first.reason ? "" : ` (${f.reason})`}`);
  const rest = more.length > named.length ? ` and ${more.length - named.length} more` : "";
  return `${head}; ${more.length} more lookup${more.length === 1 ? "" : "s"} of ${domain} failed too: ${named.join(", ")}${rest}`;
}
function budgetSpent(findings) {
  return findings.filter((f) => f.ruleId === "lint-dns-budget" && f.data.refused !== void 0);
}
function describeBudgetSpent(f) {
  return `${f.data.refused} DNS questions of ${oneLine(f.domain)} were not asked: checking it took the budget of ${f.data.budget} a domain has, so the checks that needed them were not made. ${lint_dns_budget_default.meta.fix ?? ""}`.trimEnd();
}
function ttlText(c) {
  if (c.action === "update" && c.beforeTtl !== c.ttl) return `ttl ${c.beforeTtl ?? "?"} → ${c.ttl ?? "?"}`;
  return `ttl ${c.ttl ?? "?"}`;
}
function planSummaryLine(summary) {
  const base = `Plan: ${summary.create} to create, ${summary.update} to update, ${summary.delete} to delete`;
  const refused = summary.gatesRefused ? `; ${summary.gatesRefused} safety gate${summary.gatesRefused === 1 ? "" : "s"} refuse${summary.gatesRefused === 1 ? "s" : ""} it` : "";
  const failed = summary.failedLookups === 0 ? "" : `; ${summary.failedLookups} lookup${summary.failedLookups === 1 ? "" : "s"} failed, so the plan is incomplete`;
  const unchecked = summary.uncheckedLookups ? `; ${summary.uncheckedLookups} lookup${summary.uncheckedLookups === 1 ? "" : "s"} a check needed failed, so the checks are incomplete` : "";
  return `${base}${refused}${failed}${unchecked}.`;
}
function allowedOnMergeNote(gate) {
  return gate.allowedOnMerge ? ` (allowed by maildns:allow in ${gate.allowedOnMerge} on merge)` : "";
}
function gatesTable(gates) {
  const tripped = gates.filter((g) => g.tripped);
  if (tripped.length === 0) return "";
  const rows = tripped.map((g) => `| ${g.allowed ? "allowed" : "**refused**"} | \`${g.id}\` | ${markdownText(g.name)} | ${markdownText(`${g.reason ?? ""}${allowedOnMergeNote(g)}`)} |`);
  return ["| Gate | Id | Name | Why |", "| --- | --- | --- | --- |", ...rows, ""].join("\n");
}
function noChangeLine(summary) {
  const skipped = summary.files - summary.domains;
  if (skipped <= 0) return "No changes: live DNS matches the domain files.";
  const planned = `${summary.domains} domain${summary.domains === 1 ? "" : "s"} planned`;
  return `No changes for the ${planned}; ${skipped} file${skipped === 1 ? " was" : "s were"} not planned (a file with errors, or a second file for a domain: see the errors above).`;
}
function formatPlanText(report, options = {}) {
  const paint = palette(options.color);
  const colour = { create: paint.green, update: paint.yellow, delete: paint.red };
  const lines = [];
  if (report.findings.length > 0 || report.summary.files > 0) {
    lines.push(formatText({ findings: report.findings, summary: report.summary, rules: [], toolVersion: "" }, options).trimEnd());
  }
  const unchecked = report.unchecked ?? [];
  const removed = report.removedZones ?? [];
  const spent = budgetSpent(report.findings);
  const domains = [
    .../* @__PURE__ */ new Set([
      ...report.changes.map((c) => c.domain),
      ...report.failures.map((f) => f.domain),
      ...unchecked.map((u) => u.domain),
      ...spent.map((f) => f.domain),
      ...(report.gates ?? []).filter((g) => g.tripped).map((g) => g.domain),
      ...removed.map((z) => z.zone)
    ])
  ].sort();
  for (const domain of domains) {
    lines.push("", oneLine(domain));
    for (const z of removed.filter((x) => x.zone === domain)) {
      lines.push(`  ${paint.red("! removed")} ${describeRemovedZone(z)}`);
      for (const held of z.notServed) lines.push(`  ${paint.yellow("! not served")} ${oneLine(held)}: the adoption file lists it, live DNS does not serve it now`);
    }
    for (const c of report.changes.filter((x) => x.domain === domain)) {
      lines.push(`  ${colour[c.action](`${SIGN[c.action]} ${c.action}`)} ${oneLine(c.name)} ${c.type} ${ttlText(c)}`);
      const natural = (a, b) => a.localeCompare(b, "en", { numeric: true });
      const removed2 = c.before.filter((v) => !c.after.includes(v)).sort(natural);
      const added = c.after.filter((v) => !c.before.includes(v)).sort(natural);
      const kept = c.before.filter((v) => c.after.includes(v)).sort(natural);
      for (const v of kept) lines.push(`      ${shown(v)}`);
      for (const v of removed2) lines.push(`    ${paint.red("-")} ${shown(v)}`);
      for (const v of added) lines.push(`    ${paint.green("+")} ${shown(v)}`);
    }
    for (const f of report.failures.filter((x) => x.domain === domain)) lines.push(`  ${paint.red("! error")} ${oneLine(describeFailure(f))}`);
    for (const f of spent.filter((x) => x.domain === domain)) lines.push(`  ${paint.red("! not checked")} ${describeBudgetSpent(f)}`);
    for (const u of unchecked.filter((x) => x.domain === domain)) lines.push(`  ${paint.red("! not checked")} ${oneLine(describeUnchecked(u))}`);
    for (const g of (report.gates ?? []).filter((x) => x.domain === domain && x.tripped)) {
      lines.push(`  ${g.allowed ? paint.yellow("! gate allowed") : paint.red("! gate refused")} ${g.id}: ${oneLine(g.reason ?? "")}${oneLine(allowedOnMergeNote(g))}`);
    }
  }
  if (report.changes.length === 0 && report.failures.length === 0 && removed.length === 0) lines.push("", noChangeLine(report.summary));
  for (const note of report.removedZonesNotes ?? []) lines.push("", `${removedNoteFails(note) ? paint.red("! error") : "Not checked:"} ${oneLine(note.detail)}`);
  for (const line of [describeNotInLoadedZones(report.failures), describeOutsideZones(report.outsideZones ?? []), notObservedLine(report), otherStacksLine(report)]) if (line) lines.push("", line);
  lines.push("", planSummaryLine(report.summary));
  return `${lines.join("\n").replace(/^\n/, "")}
`;
}
function formatPlanMarkdown(report) {
  const { files, domains, errors, warnings, infos } = report.summary;
  const parts = [`## maildns plan
`, `${files} files, ${domains} domains: **${errors} errors**, ${warnings} warnings, ${infos} info. ${planSummaryLine(report.summary)}
`];
  if (report.changes.length > 0) {
    const rows = report.changes.map((c) => `| ${c.action} | ${markdownText(c.name)} | ${c.type} | ${markdownText(ttlText(c).replace(/^ttl /, ""))} | ${c.before.map(markdownCode).join("<br>")} | ${c.after.map(markdownCode).join("<br>")} |`);
    parts.push(["| Action | Name | Type | TTL | Before | After |", "| --- | --- | --- | --- | --- | --- |", ...rows, ""].join("\n"));
  } else if (report.failures.length === 0 && (report.removedZones ?? []).length === 0) {
    parts.push(`${noChangeLine(report.summary)}
`);
  }
  const removedPart = removedZonesMarkdown(report);
  if (removedPart) parts.push(removedPart);
  const gates = gatesTable(report.gates ?? []);
  if (gates) parts.push(`### Safety gates

An apply of this plan is refused until each refused gate is fixed or allowed (\`maildns:allow\`; \`duplicate-policy-record\` never is).

${gates}`);
  if (report.failures.length > 0) {
    const notLoaded = describeNotInLoadedZones(report.failures);
    parts.push(`### Failed lookups

${report.failures.map((f) => `- ${markdownText(describeFailure(f))}`).join("\n")}
${notLoaded ? `
${markdownText(notLoaded)}
` : ""}`);
  }
  const notChecked = [
    ...budgetSpent(report.findings).map((f) => `${f.domain}: ${describeBudgetSpent(f)}`),
    ...(report.unchecked ?? []).map((u) => `${u.domain}: ${describeUnchecked(u)}`),
    ...[describeOutsideZones(report.outsideZones ?? []), notObservedLine(report), otherStacksMarkdown(report)].filter((l) => l !== null)
  ];
  if (notChecked.length > 0) parts.push(`### Not checked

${notChecked.map((l) => `- ${markdownText(l)}`).join("\n")}
`);
  parts.push(`### Findings

${findingsTable(report.findings)}`);
  return parts.join("\n");
}
function removedNoteFails(note) {
  return note.kind === "adoption-file" || note.kind === "provider" || note.kind === "base";
}
function removedZonesMarkdown(report) {
  const zones = report.removedZones ?? [];
  const notes = report.removedZonesNotes ?? [];
  if (zones.length === 0 && notes.length === 0) return "";
  const lines = [
    ...zones.map((z) => `- **${markdownText(z.zone)}**: ${markdownText(describeRemovedZone(z))}${z.notServed.length > 0 ? `; not served now: ${z.notServed.map(markdownText).join(", ")}` : ""}`),
    ...notes.map((n) => `- ${removedNoteFails(n) ? "**error**: " : ""}${markdownText(n.detail)}`)
  ];
  return `### Zones no domain file declares

${lines.join("\n")}
`;
}
function formatPlan(format, report, options = {}) {
  switch (format) {
    case "json":
      return `${reportJson(planJson(report))}
`;
    case "markdown":
      return formatPlanMarkdown(report);
    case "text":
      return formatPlanText(report, options);
  }
}
function cappedJson(findings) {
  const { shown: shown2, omitted } = capFindings(findings);
  return { findings: shown2.map(findingJson), ...omitted > 0 ? { omitted } : {} };
}

// src/config/domain-argument.ts
var MAX_LABEL = 63;
var MAX_NAME = 253;
var quoted = (text) => `"${[...text].map(visibleCharacter).join("").slice(0, 40)}${text.length > 40 ? "…" : ""}"`;
function domainArgumentProblem(ascii) {
  if (ascii.length > MAX_NAME) return `the name is ${ascii.length} characters long; at most ${MAX_NAME} (RFC 1035 §2.3.4)`;
  const labels = ascii.split(".");
  if (labels.length < 2) return "it is a single label, with no dot";
  let attributes = true;
  for (const label of labels) {
    if (label === "") return "it has an empty label (two dots in a row, or a dot first)";
    if (label.length > MAX_LABEL) return `label ${quoted(label)} is ${label.length} octets long; at most ${MAX_LABEL} (RFC 1035 §2.3.4)`;
    const bad = /[^a-z0-9_-]/.exec(label);
    if (bad) return `label ${quoted(label)} holds ${visibleCharacter(bad[0]) === bad[0] ? `"${bad[0]}"` : visibleCharacter(bad[0])}: host names take letters, digits and hyphens (RFC 1123 §2.1)`;
    if (label.startsWith("_")) {
      if (!attributes) return `label ${quoted(label)} starts with an underscore but is not one of the leftmost labels: underscored labels name attributes of the domain below them (RFC 8552 §1.1)`;
      if (label.indexOf("_", 1) >= 0) return `label ${quoted(label)} holds an underscore after its first character (RFC 1123 §2.1)`;
      continue;
    }
    attributes = false;
    if (label.includes("_")) return `label ${quoted(label)} holds an underscore: host names take letters, digits and hyphens (RFC 1123 §2.1)`;
    if (label.startsWith("-")) return `label ${quoted(label)} starts with a hyphen (RFC 1123 §2.1)`;
    if (label.endsWith("-")) return `label ${quoted(label)} ends with a hyphen (RFC 1123 §2.1)`;
  }
  if (attributes) return "every label starts with an underscore";
  const top = labels[labels.length - 1];
  if (/^[0-9]+$/.test(top)) return `the top-level label ${quoted(top)} is all digits: an IP address is not a domain name`;
  if (top.length < 2) return `the top-level label ${quoted(top)} is one character: top-level domains have at least two`;
  return null;
}
function readDomainArgument(written) {
  const trimmed = written.trim().replace(/\.$/, "");
  if (trimmed === "") return { problem: "it is empty" };
  const at = trimmed.lastIndexOf("@");
  if (at >= 0) return { problem: `it is a mail address${at < trimmed.length - 1 ? ` (its domain is ${trimmed.slice(at + 1, at + 81)})` : ""}` };
  const white = /\s/.exec(trimmed);
  if (white) return { problem: `it holds white space (${visibleCharacter(white[0])})` };
  if (trimmed.endsWith(".")) return { problem: "it has an empty label (two dots in a row, or a dot first)" };
  if (/^\[?[0-9a-f]*:[0-9a-f:.]*\]?$/i.test(trimmed)) return { problem: "it is an IPv6 address, not a domain name" };
  const dropped = droppedByIdna(trimmed);
  if (dropped) {
    const position = [...trimmed.slice(0, dropped.index)].length + 1;
    const instead = toALabel(trimmed);
    return { problem: `it holds ${codePointName(dropped.char)} at character ${position}, an invisible character IDNA removes without a word${instead ? `, so ${instead} would be asked in its place` : ""} (IDNA2008 disallows it in a label, RFC 5892)` };
  }
  const writtenProblem = domainArgumentProblem(trimmed.toLowerCase().replace(/[^\x00-\x7f]+/g, "x"));
  const ascii = toALabel(trimmed);
  if (ascii === null) return { problem: writtenProblem ?? "it cannot be converted to an A-label (IDNA, RFC 5891)" };
  const problem = domainArgumentProblem(ascii);
  return problem === null ? { domain: ascii } : { problem };
}
function shownName(written) {
  return [...written.slice(0, 80)].map((c) => /[\x00-\x1f\x7f-\x9f]/.test(c) || droppedByIdna(c) ? visibleCharacter(c) : c).join("");
}
function notADomainName(written, problem) {
  return `'${shownName(written)}' is not a domain name: ${problem}; give a domain such as example.com`;
}

// src/plan/observation.ts
import { statSync as statSync2 } from "node:fs";
import { basename as basename2, resolve as resolvePath } from "node:path";
var DEFAULT_DEADLINE_MS = 6e5;
function integerFlag(value, flag, min, max) {
  if (value === void 0) return void 0;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got '${value}')`);
  }
  return Number(value);
}
function shardOption(value) {
  if (value === void 0) return null;
  try {
    return parseShard(value);
  } catch (error) {
    throw new UsageError(error.message);
  }
}
async function openObservation(values, io, options = {}) {
  const concurrency = integerFlag(values.concurrency, "--concurrency", 1, 4096) ?? 64;
  const timeoutMs = integerFlag(values.timeout, "--timeout", 1, 6e5);
  const retries = integerFlag(values.retries, "--retries", 0, 20);
  const deadlineAt = Date.now() + (integerFlag(values.deadline, "--deadline", 1, 864e5) ?? DEFAULT_DEADLINE_MS);
  let servers;
  try {
    servers = values.resolver?.length ? values.resolver.map(parseServer) : systemServers();
  } catch (error) {
    throw new UsageError(error.message);
  }
  if (values.zone?.length && values.authoritative) throw new UsageError("--zone and --authoritative cannot be combined: zone files are the observed state");
  const end = { deadlineAt, ...options.interrupt ? { interrupt: options.interrupt } : {} };
  const dnsOptions = { ...timeoutMs === void 0 ? {} : { timeoutMs }, ...retries === void 0 ? {} : { retries }, concurrency, cache: options.cache ?? true, ...end };
  const opened = [];
  const open = (list, authoritative = false) => {
    const source = createDnsSource({ servers: list, ...dnsOptions, authoritative });
    opened.push(source);
    return source;
  };
  const close = () => {
    for (const source of opened) source.close();
  };
  const origin = originOption(values, io);
  if (values.zone?.length) {
    const zones = await loadZones(
      values.zone.map((z) => resolvePath(io.cwd, z)),
      origin === null ? {} : { origin }
    );
    const unnamed = zones.errors.find((e) => e.code === "no-origin");
    if (unnamed) {
      throw new UsageError(
        `${unnamed.file}:${unnamed.line}:${unnamed.column}: the zone's name is not known: the file name does not name a domain (<zone>.zone, <zone>.txt, <zone>.db, db.<zone>) and no $ORIGIN comes before this first relative name.
Give the zone with --origin, e.g. --zone ${basename2(unnamed.file)} --origin example.com`
      );
    }
    const orphans = zones.errors.filter((e) => e.zone === void 0);
    if (orphans.length > 0) throw new UsageError(`zone files have errors:
${orphans.slice(0, 20).map(formatZoneError).join("\n")}`);
    const fallback = values.resolver?.length ? open(servers) : void 0;
    const source = createZoneSource(
      zones,
      {
        ...fallback ? { fallback } : { outsideHint: "load the zone file that holds it too (--zone), or give --resolver to ask DNS for names outside the zone files" },
        end
      }
    );
    const apexes = new Set(zones.origins.map((o) => canonicalName(o)));
    const outsideZones = fallback ? null : (name) => !isAtOrBelowAny(canonicalName(name), apexes);
    const inFlight2 = domainsInFlight(concurrency, fallback ? "dns" : "memory");
    return { sourceFor: async () => source, rules: source, zones, outsideZones, concurrency, domainsInFlight: inFlight2, describe: "zone files", close };
  }
  const recursive = open(servers);
  const describe = servers.map((s) => s.host.includes(":") ? `[${s.host}]:${s.port}` : `${s.host}:${s.port}`).join(", ");
  const inFlight = domainsInFlight(concurrency, "dns");
  if (!values.authoritative) return { sourceFor: async () => recursive, rules: recursive, zones: null, outsideZones: null, concurrency, domainsInFlight: inFlight, describe, close };
  const bySet = /* @__PURE__ */ new Map();
  const byDomain = /* @__PURE__ */ new Map();
  const sourceFor = (domain) => {
    const name = canonicalName(domain);
    let pending = byDomain.get(name);
    if (!pending) {
      pending = authoritativeServers(recursive, name, options.authoritativePort ? { port: options.authoritativePort } : {}).then(
        (list) => {
          const key3 = list.map((s) => `${s.host}:${s.port}`).join(",");
          let source = bySet.get(key3);
          if (!source) bySet.set(key3, source = Promise.resolve(open(list, true)));
          return source;
        },
        // Could not find the servers: every lookup for the domain fails with that reason (exit 1 in plan).
        (error) => ({
          lookup: async (n, type) => ({ name: canonicalName(n), type, status: "failed", ttl: null, values: [], failure: { reason: "network", detail: error.message } })
        })
      );
      byDomain.set(name, pending);
    }
    return pending;
  };
  return { sourceFor, rules: recursive, zones: null, outsideZones: null, concurrency, domainsInFlight: inFlight, describe: `the authoritative servers (found through ${describe})`, close };
}
function originOption(values, io) {
  if (values.origin === void 0) return null;
  const zones = values.zone ?? [];
  if (zones.length === 0) throw new UsageError("--origin names the zone of a --zone file: give the file with --zone FILE");
  if (zones.length > 1) {
    throw new UsageError("--origin names the zone of one --zone FILE (got several): run once per file, or name the files after their zones (<zone>.zone, <zone>.txt, db.<zone>)");
  }
  let directory = false;
  try {
    directory = statSync2(resolvePath(io.cwd, zones[0])).isDirectory();
  } catch {
  }
  if (directory) throw new UsageError(`--origin names the zone of one file, and ${zones[0]} is a folder: give the file itself`);
  const origin = toALabel(values.origin);
  if (origin === null || !usableDomain(origin)) throw new UsageError(`--origin '${values.origin.slice(0, 80)}' is not a domain name (e.g. example.com)`);
  return origin;
}
function usableDomain(name) {
  return /^([a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)+[a-z0-9-]{2,63}$/.test(name) && nameProblem(name) === null;
}
function zoneDomains(zones) {
  const index = zones.index;
  return zones.origins.filter((o) => o !== "" && (index.rrset(o, "SOA") ?? index.rrset(o, "NS") ?? index.rrset(o, "MX") ?? index.rrset(o, "TXT")) !== void 0);
}
function zoneMailDomains(zones) {
  const domains = [];
  const notMail = [];
  for (const zone of zoneDomains(zones)) {
    const txt = (name) => zones.index.rrset(name, "TXT") ?? [];
    const mail = zones.index.rrset(zone, "MX") !== void 0 || zones.index.rrset(zone, "SPF") !== void 0 || // The generous readings (txt-version.ts): a zone meant for mail is imported or audited, and a
    // near-record in it is then reported rather than the zone skipped as "not a mail domain".
    txt(zone).some((r) => looksLikeSpf(r.value)) || txt(`_dmarc.${zone}`).some((r) => looksLikeDmarc(r.value));
    if (!mail) {
      notMail.push(zone);
      continue;
    }
    if (!usableDomain(zone)) {
      const at = zones.originAt.get(zone);
      const where = at ? at.line > 0 ? `${at.file}:${at.line}:${at.column}: ` : `${at.file}: ` : "";
      throw new UsageError(
        `${where}the zone ${zone.slice(0, 80)} is not a domain name maildns can write a file for (letters, digits, "-" and "_" in dot-separated labels): correct its $ORIGIN or give the zone with --origin`
      );
    }
    domains.push(zone);
  }
  return { domains, notMail };
}
function probeSelectorsFor(zones) {
  return (domain) => zones === null || zones.index.zoneOf(canonicalName(domain)) === null;
}
function zoneSelectors(zones, domain) {
  return zones?.selectors.get(domain) ?? [];
}
var MAX_DOMAINS_FILE_BYTES = 64 * 1024 * 1024;
var MAX_BAD_LINES_SHOWN = 10;
function domainNameProblem(name) {
  if (toALabel(name)?.split(".").includes("*")) {
    const problem = "it is a wildcard, not a domain name: give the domain itself (e.g. example.com)";
    return { sentence: `'${shownName(name)}' is a wildcard, not a domain name: give the domain itself (e.g. example.com)`, problem };
  }
  const read = readDomainArgument(name);
  if ("problem" in read) return { sentence: notADomainName(name, read.problem), problem: read.problem };
  return { domain: read.domain };
}
function domainList(positionals, domainsFile, io) {
  const domains = /* @__PURE__ */ new Set();
  for (const name of positionals) {
    const read = domainNameProblem(name);
    if ("problem" in read) throw new UsageError(read.sentence);
    domains.add(read.domain);
  }
  if (domainsFile !== void 0) {
    const read = readRegularFile(resolvePath(io.cwd, domainsFile), MAX_DOMAINS_FILE_BYTES);
    if ("problem" in read) throw new UsageError(`cannot read --domains-file ${domainsFile}: ${read.problem}; give a text file with one domain per line`);
    const text = read.bytes.toString("utf8");
    const bad = [];
    let badCount = 0;
    text.split(/\r?\n/).forEach((line, i) => {
      const name = line.replace(/#.*$/, "").trim();
      if (name === "") return;
      const named = domainNameProblem(name);
      if ("domain" in named) {
        domains.add(named.domain);
        return;
      }
      badCount++;
      if (bad.length < MAX_BAD_LINES_SHOWN) bad.push(`  ${domainsFile}:${i + 1}: '${shownName(name)}': ${named.problem}
`);
    });
    if (badCount > 0) {
      const more = badCount > bad.length ? `  … and ${badCount - bad.length} more
` : "";
      throw new UsageError(
        `--domains-file ${domainsFile}: ${badCount === 1 ? "1 line is not a domain name" : `${badCount} lines are not domain names`}, so no domain was looked at; correct ${badCount === 1 ? "it" : "them"} or comment ${badCount === 1 ? "it" : "them"} out with #:
${bad.join("")}${more}`.trimEnd()
      );
    }
  }
  return [...domains];
}

// src/plan/detach.ts
var detachString = ownString;
function detacher() {
  const copies = /* @__PURE__ */ new Map();
  return (text) => {
    let copy = copies.get(text);
    if (copy === void 0) copies.set(text, copy = ownString(text));
    return copy;
  };
}
function detachData(data, detach) {
  let copy = null;
  for (const key3 in data) {
    const value = data[key3];
    if (typeof value !== "string") continue;
    copy ??= { ...data };
    copy[key3] = detach(value);
  }
  return copy ?? data;
}
function detachFinding(f, detach = detachString) {
  return {
    ruleId: f.ruleId,
    level: f.level,
    message: detachString(f.message),
    domain: detach(f.domain),
    file: f.file === null ? null : detach(f.file),
    name: f.name === null ? null : detach(f.name),
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    messageId: f.messageId,
    data: detachData(f.data, detach),
    // The reports the finding stands for: how many, and (for a failed lookup) which, so none goes uncounted.
    ...f.count !== void 0 ? { count: f.count } : {},
    ...f.folded !== void 0 ? { folded: f.folded.map((d) => detachData(d, detach)) } : {},
    ...f.alsoNeededBy !== void 0 ? { alsoNeededBy: f.alsoNeededBy } : {},
    ...f.suppression !== void 0 ? { suppression: { reason: detachString(f.suppression.reason), until: f.suppression.until, line: f.suppression.line } } : {}
  };
}
function detachChange(c, detach = detachString) {
  return { ...c, domain: detach(c.domain), name: detach(c.name), before: c.before.map(detachString), after: c.after.map(detachString) };
}
function detachGate(g, detach = detachString) {
  return { ...g, domain: detach(g.domain), name: detach(g.name), reason: g.reason === null ? null : detachString(g.reason) };
}
function detachFailure(f, detach = detachString) {
  return { ...f, domain: detach(f.domain), name: detach(f.name), detail: detachString(f.detail) };
}

// src/plan/plan.ts
var exactTtl = (desired, observed) => observed === desired;
function sameValues(a, b) {
  if (a.length !== b.length) return false;
  const sortedA = [...a].sort();
  const sortedB = [...b].sort();
  return sortedA.every((v, i) => v === sortedB[i]);
}
var key2 = (name, type) => `${name}\0${type}`;
function planDomain(desired, observation, ttlMatches = exactTtl, rrsets = desiredRecords(desired)) {
  const wanted = /* @__PURE__ */ new Map();
  for (const d of rrsets) wanted.set(key2(d.name, d.type), d);
  const seen = /* @__PURE__ */ new Map();
  for (const o of observation.rrsets) seen.set(key2(o.name, o.type), o);
  const keys = [.../* @__PURE__ */ new Set([...wanted.keys(), ...seen.keys()])].map((k) => {
    const [name, type] = k.split("\0");
    return { name, type };
  }).sort(compareObserved);
  const failedAt = new Set(observation.rrsets.filter((o) => o.state === "failed").map((o) => o.name));
  const aliasAt2 = new Set(keys.filter((k) => k.type === "CNAME").map((k) => k.name));
  const unknownName = (name) => failedAt.has(name) && aliasAt2.has(name);
  const changes = [];
  const failures = [];
  for (const { name, type } of keys) {
    const d = wanted.get(key2(name, type));
    const o = seen.get(key2(name, type));
    if (!o) {
      if (d) failures.push({ domain: desired.domain, name, type: d.type, reason: "network", detail: "not observed" });
      continue;
    }
    if (o.state === "failed" || unknownName(name)) continue;
    const base = { domain: desired.domain, name, type: o.type };
    if (d && o.state === "absent") changes.push({ ...base, action: "create", ttl: d.ttl, beforeTtl: null, before: [], after: [...d.values] });
    else if (d && o.state === "present") {
      if (!sameValues(d.values, o.values) || !ttlMatches(d.ttl, o.ttl)) changes.push({ ...base, action: "update", ttl: d.ttl, beforeTtl: o.ttl, before: [...o.values], after: [...d.values] });
    } else if (!d && o.state === "present") changes.push({ ...base, action: "delete", ttl: o.ttl, beforeTtl: o.ttl, before: [...o.values], after: [] });
  }
  for (const f of observation.failures) failures.push(f);
  return { changes, failures };
}
function compareChanges(a, b) {
  return a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : compareObserved(a, b);
}
function summarizeChanges(changes, failures) {
  const count = (action) => changes.filter((c) => c.action === action).length;
  return { changes: changes.length, create: count("create"), update: count("update"), delete: count("delete"), failedLookups: failures.length };
}

// src/plan/run.ts
import { existsSync as existsSync3 } from "node:fs";
import { basename as basename3, dirname as dirname2, relative as relative3, resolve as resolve3, sep as sep3 } from "node:path";
var KNOWN_LATE = /* @__PURE__ */ new Set(["lint-dns-budget"]);
var NOTHING = { findings: [], silenced: [], suppressed: [], changes: [], gates: [], failures: [], model: null, observation: null };
function withoutUnholdableExtras(model, observation) {
  const declared = new Set((model.dkim?.selectors ?? []).map((s) => `${s.name.toLowerCase()}._domainkey`));
  const rrsets = observation.rrsets.filter(
    (r) => r.role !== "dkim" || declared.has(r.subdomain) || r.state !== "present" || r.values.length <= 1 && recordProblem(r.name, r.subdomain, r.type, r.values) === null
  );
  return rrsets.length === observation.rrsets.length ? observation : { ...observation, rrsets };
}
async function planPaths(paths, options) {
  const cwd = options.cwd ?? process.cwd();
  const rules = options.rules ?? allRules;
  const policy = resolvePolicy(options.policy, rules, cwd);
  const today = options.today ?? todayUtc();
  const window = planDomainsInFlight(options.concurrency ?? 64);
  const shard = options.shard ?? null;
  const keep = options.keepModels === true;
  const engine = { rules, policy, today, dns: null, observed: null, evidence: options.evidence ?? null };
  const provider = options.provider ?? findProvider();
  const stackAllow = stackAllowFinder(cwd);
  const ttlMatches = (d, o) => provider.ttlMatches(d, o);
  const families = /* @__PURE__ */ new WeakMap();
  const unchecked = /* @__PURE__ */ new Map();
  let checked = 0;
  const familiesFor = (settings) => {
    let entry = families.get(settings);
    if (!entry) {
      const observable = familiesToObserve(rules, settings, options.observe ?? []);
      for (const family of FILE_OBSERVABLES) observable.add(family);
      const missing = unobservedFamilies(rules, settings, observable);
      missing.delete("dkim-probe");
      families.set(settings, entry = { observable, missing });
    }
    return entry;
  };
  const countUnchecked = (settings) => {
    checked++;
    for (const [family, ids] of familiesFor(settings).missing) {
      const seen2 = unchecked.get(family) ?? { rules: /* @__PURE__ */ new Set(), domains: 0 };
      for (const id of ids) seen2.rules.add(id);
      seen2.domains++;
      unchecked.set(family, seen2);
    }
  };
  const domains = /* @__PURE__ */ new Set();
  const answers = sharedAnswers(options.rulesSource, underAny(domains));
  const firstFile = /* @__PURE__ */ new Map();
  async function planFile(display2, loaded, duplicateOf, absolute) {
    const fileModel = loaded.model;
    const domain = fileModel.domain;
    const settings = policy.settingsFor(domain);
    const questions = domainQuestions(options.questionBudget, answers.forDomain(domain), options.rulesSource);
    const rulesSource = questions.rules;
    let model = fileModel;
    const hostFailures = [];
    if (options.resolveModels && duplicateOf === void 0 && fileModel.dkim?.fromHost) {
      const resolved = await options.resolveModels([fileModel]);
      model = resolved.models[0] ?? fileModel;
      for (const f of resolved.failures) hostFailures.push({ domain: f.domain, name: `_domainkey.${f.domain}`, type: "CNAME", reason: "network", detail: f.detail });
    }
    const unresolved = hostFailures.length > 0;
    let broken = null;
    let observation = null;
    try {
      const targets = targetsOf(model);
      const extra = unresolved ? [] : options.extraSelectors?.(domain) ?? [];
      if (extra.length > 0) targets.selectors = [.../* @__PURE__ */ new Set([...targets.selectors ?? [], ...extra])];
      observation = withoutUnholdableExtras(model, await observeDomain(questions.observed(await options.sourceFor(domain)), targets));
    } catch (error) {
      broken = errorText(error);
    }
    const before = observation && observation.failures.length === 0 ? buildObservedModel(observation) : null;
    const nowhere = observation && domainDoesNotExist(observation) ? fileFinding(engine, "domain-nxdomain", "noSuchDomainFile", { domain }, settings.get("domain-nxdomain"), { domain, file: display2, name: domain, position: locate(loaded.source, ["domain"]) }) : null;
    const result = await lintLoaded(
      loaded,
      {
        ...engine,
        dns: liveLookup(rulesSource),
        observed: before ? /* @__PURE__ */ new Map([[domain, before]]) : null,
        observable: familiesFor(settings).observable,
        keepFolded: namesFailedLookup,
        failedLookup: failedLookupKey
      },
      nowhere ? [nowhere] : [],
      KNOWN_LATE
    );
    if (duplicateOf === void 0 && !(observation && domainDoesNotExist(observation))) countUnchecked(settings);
    const detach = detacher();
    const findings2 = result.findings.map((f) => detachFinding(f, detach));
    const silenced2 = (result.suppressed ?? []).filter(saysCheckNotMade).map((f) => detachFinding(f, detach));
    const suppressed2 = (result.suppressed ?? []).map((f) => detachFinding(f, detach));
    const budgetSpent2 = () => {
      const spent = budgetSpentFinding(engine, questions.budget, domain, settings.get("lint-dns-budget"), { file: display2, position: locate(loaded.source, ["domain"]) });
      const late = lateSuppressions(loaded, spent ? [spent] : [], engine, KNOWN_LATE);
      for (const f of late.findings) findings2.push(detachFinding(f, detach));
      for (const f of late.suppressed) suppressed2.push(detachFinding(f, detach));
    };
    if (duplicateOf !== void 0) {
      const data = { domain, other: duplicateOf };
      const finding = fileFinding(engine, "lint-duplicate-domain", "duplicate", data, settings.get("lint-duplicate-domain"), { domain, file: display2, name: domain });
      if (finding) findings2.push(detachFinding(finding, detach));
      budgetSpent2();
      return { ...NOTHING, findings: findings2, suppressed: suppressed2 };
    }
    let domainPlan = null;
    let rrsets = [];
    if (observation && broken === null) {
      try {
        rrsets = desiredRecords(model);
        domainPlan = planDomain(model, observation, ttlMatches, rrsets);
      } catch (error) {
        broken = errorText(error);
      }
    }
    if (domainPlan === null || observation === null) {
      findings2.push(detachFinding(internalErrorFinding("domain", { domain, detail: broken ?? "no observation" }, { domain, file: fileModel.file, name: domain }, { rules, policy }), detach));
      budgetSpent2();
      return { ...NOTHING, findings: findings2, suppressed: suppressed2 };
    }
    const delegated = unresolved ? void 0 : await readDelegatedDmarc(model, observation, rulesSource);
    budgetSpent2();
    const gates2 = unresolved ? [] : planGates(model, observation, { ttlMatches, rrsets, allow: options.allow ?? [], ...options.safety ? { safety: options.safety } : {}, ...delegated }).map((g) => detachGate(g, detach));
    markAllowedOnMerge(gates2, stackAllow.ofFile(absolute));
    return {
      findings: findings2,
      silenced: silenced2,
      suppressed: suppressed2,
      changes: domainPlan.changes.map((c) => detachChange(c, detach)),
      gates: gates2,
      failures: [...domainPlan.failures, ...hostFailures].map((f) => detachFailure(f, detach)),
      model: keep ? model : null,
      observation: keep ? observation : null
    };
  }
  const base = options.base ?? null;
  const goneStacks = base === null || base.problem !== null ? [] : paths.filter((p) => !existsSync3(resolve3(cwd, p)) && base.wasFolder(resolve3(cwd, p)));
  const goneChildren = base === null || base.problem !== null ? [] : paths.filter((p) => !goneStacks.includes(p)).flatMap((p) => base.goneFolders(resolve3(cwd, p))).filter((folder) => {
    const config = stackConfigFile(folder);
    return existsSync3(config) || base.hadFile(config);
  });
  const present2 = paths.filter((p) => !goneStacks.includes(p));
  const refs = present2.length === 0 ? [] : findDomainFiles(present2, cwd);
  const seen = [];
  const outcomes = [];
  const inFlight = /* @__PURE__ */ new Set();
  let files = 0;
  const inThisShard = [];
  let done = 0;
  let failed;
  const reader = fileReader(refs);
  try {
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i];
      const pending = reader.read(i);
      const read = pending instanceof Promise ? await pending : pending;
      if ("tooLarge" in read || "unreadable" in read) seen.push({ absolute: ref.absolute, domain: null });
      if ("tooLarge" in read) {
        if (!inShard(ref.display, shard)) continue;
        files++;
        if (!ref.problem) inThisShard.push(ref.display);
        const finding = tooLargeFinding(engine, ref.display, read.tooLarge);
        outcomes.push({ ...NOTHING, findings: finding ? [finding] : [] });
        continue;
      }
      if ("unreadable" in read) {
        if (!inShard(ref.display, shard)) continue;
        files++;
        if (!ref.problem) inThisShard.push(ref.display);
        outcomes.push({ ...NOTHING, findings: [unreadableFinding(ref.display, read.unreadable)] });
        continue;
      }
      const loaded = loadDomainFile(ref.display, read.bytes);
      const model = loaded.model;
      seen.push({ absolute: ref.absolute, domain: model?.domain ?? null });
      if (!inShard(model?.domain ?? ref.display, shard)) continue;
      files++;
      if (!ref.problem) inThisShard.push(ref.display);
      if (!model) {
        outcomes.push({ ...NOTHING, findings: (await lintLoaded(loaded, engine)).findings.map((f) => detachFinding(f)) });
        options.onProgress?.("linting", ++done, refs.length);
        continue;
      }
      const duplicateOf = firstFile.get(model.domain);
      if (duplicateOf === void 0) {
        firstFile.set(model.domain, ref.display);
        domains.add(canonicalName(model.domain));
      }
      const slot = outcomes.push(NOTHING) - 1;
      const task = planFile(ref.display, loaded, duplicateOf, ref.absolute).then(
        (outcome) => {
          outcomes[slot] = outcome;
          inFlight.delete(task);
          options.onProgress?.("linting", ++done, refs.length);
        },
        (error) => {
          failed ??= { error };
          inFlight.delete(task);
        }
      );
      inFlight.add(task);
      if (inFlight.size >= window) await Promise.race(inFlight);
      if (failed) break;
    }
    await Promise.all(inFlight);
  } finally {
    reader.close();
  }
  if (failed) throw failed.error;
  const evidenceBroken = evidenceFindings(engine, inThisShard);
  if (evidenceBroken.length > 0) outcomes.push({ ...NOTHING, findings: evidenceBroken });
  const removed = await planRemovedZones({
    stacks: [...findStackFolders(present2, cwd), ...[...goneStacks.map((p) => resolve3(cwd, p)), ...goneChildren].map((folder) => goneStackFolder(folder, cwd))],
    files: seen,
    provider,
    sourceFor: options.sourceFor,
    allow: options.allow ?? [],
    stackAllow: (folder) => stackAllow.ofFolder(folder),
    shard,
    base,
    ...options.safety ? { safety: options.safety } : {}
  });
  const plannedStacks = findStackFolders(present2, cwd);
  const plannedFolders = new Set(plannedStacks.map((folder) => folder.absolute));
  const others = otherStacks(cwd, plannedFolders);
  const declaredIn = /* @__PURE__ */ new Map();
  for (const f of plannedFolders.size > 0 ? seen : []) {
    if (f.domain === null) continue;
    for (let folder = dirname2(f.absolute); ; folder = dirname2(folder)) {
      if (plannedFolders.has(folder)) {
        const list = declaredIn.get(folder) ?? [];
        if (list.length === 0) declaredIn.set(folder, list);
        list.push({ domain: f.domain, file: relative3(cwd, f.absolute).split(sep3).join("/") });
      }
      if (dirname2(folder) === folder) break;
    }
  }
  for (const folder of plannedStacks) {
    const declared = declaredIn.get(folder.absolute) ?? [];
    for (const shared of others.shared(folder.absolute, declared)) {
      if (!inShard(shared.zone, shard)) continue;
      const data = { domain: shared.zone, other: shared.other, stack: shared.stack };
      const finding = fileFinding(engine, "lint-duplicate-domain", "otherStack", data, policy.settingsFor(shared.zone).get("lint-duplicate-domain"), { domain: shared.zone, file: shared.file, name: shared.zone });
      if (finding) outcomes.push({ ...NOTHING, findings: [finding] });
    }
  }
  const sharedFolders = plannedStacks.length > 1 ? sharedStackFolders(present2, cwd) : [];
  for (const f of sharedFolders.length > 0 ? seen : []) {
    if (f.domain === null || !inShard(f.domain, shard)) continue;
    for (const alias of aliasDeclarations(sharedFolders, f.absolute)) {
      const data = { domain: f.domain, other: alias.other, stack: alias.stack };
      const file = relative3(cwd, f.absolute).split(sep3).join("/");
      const finding = fileFinding(engine, "lint-duplicate-domain", "otherStack", data, policy.settingsFor(f.domain).get("lint-duplicate-domain"), { domain: f.domain, file, name: f.domain });
      if (finding) outcomes.push({ ...NOTHING, findings: [finding] });
    }
  }
  const unreadFiles = /* @__PURE__ */ new Map();
  const concerned = [];
  for (const folder of plannedStacks) {
    if ((declaredIn.get(folder.absolute) ?? []).length === 0) continue;
    const unknown = others.unknown(folder.absolute);
    if (unknown.length === 0) continue;
    concerned.push(basename3(folder.absolute));
    for (const u of unknown) if (!unreadFiles.has(u.file)) unreadFiles.set(u.file, u);
  }
  const otherStacksUnread = unreadFiles.size > 0 ? { planned: [...new Set(concerned)], files: [...unreadFiles.values()] } : null;
  const findings = [];
  const silenced = [];
  const suppressed = [];
  const changes = [];
  const gates = [];
  const failures = [];
  const models = [];
  const observations = [];
  for (const o of outcomes) {
    for (const f of o.findings) findings.push(f);
    for (const f of o.silenced) silenced.push(f);
    for (const f of o.suppressed) suppressed.push(f);
    for (const c of o.changes) changes.push(c);
    for (const g of o.gates) gates.push(g);
    for (const f of o.failures) failures.push(f);
    if (o.model && o.observation) {
      models.push(o.model);
      observations.push(o.observation);
    }
  }
  for (const c of removed.changes) changes.push(c);
  for (const g of removed.gates) gates.push(g);
  for (const f of removed.failures) failures.push(f);
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  changes.sort(compareChanges);
  const count = (level) => findings.filter((f) => f.level === level).length;
  const notObserved = OBSERVABLES.filter((f) => unchecked.has(f)).map((family) => ({ family, rules: [...unchecked.get(family).rules].sort(), domains: unchecked.get(family).domains }));
  const { unchecked: uncheckedList, outsideZones } = splitUncheckedLookups([...findings, ...silenced], failures, options.outsideZones ?? null);
  return {
    changes,
    gates,
    failures,
    findings,
    suppressed,
    models,
    observations,
    notObserved,
    checked,
    unchecked: uncheckedList,
    outsideZones,
    removedZones: removed.removedZones,
    removedZonesNotes: removed.notes,
    otherStacksUnread,
    summary: {
      files,
      domains: firstFile.size,
      errors: count("error"),
      warnings: count("warn"),
      infos: count("info"),
      ...summarizeChanges(changes, failures),
      gatesRefused: gates.filter((g) => g.tripped && !g.allowed).length,
      uncheckedLookups: uncheckedTotal(uncheckedList),
      removedZones: removed.removedZones.length
    }
  };
}

// src/plan/git-base.ts
import { execFileSync } from "node:child_process";
import { existsSync as existsSync4, realpathSync as realpathSync2 } from "node:fs";
import { basename as basename4, dirname as dirname3, join as join4, relative as relative4, resolve as resolve4, sep as sep4 } from "node:path";
var GIT_TIMEOUT_MS = 3e4;
var GIT_MAX_OUTPUT = 64 * 1024 * 1024;
function repositoryOf(cwd) {
  let dir = realLocation(resolve4(cwd));
  for (let depth = 0; depth < 4096; depth++) {
    if (existsSync4(join4(dir, ".git"))) return dir;
    const parent = dirname3(dir);
    if (parent === dir) return null;
    dir = parent;
  }
  return null;
}
function gitRepositoryArgs(top) {
  return ["-c", "safe.bareRepository=explicit", `--git-dir=${join4(top, ".git")}`, `--work-tree=${top}`];
}
function git(args, top, input) {
  return execFileSync("git", [...gitRepositoryArgs(top), "-c", "core.quotepath=off", "--no-pager", ...args], {
    cwd: top,
    timeout: GIT_TIMEOUT_MS,
    maxBuffer: GIT_MAX_OUTPUT,
    ...input === void 0 ? { stdio: ["ignore", "pipe", "pipe"] } : { input, stdio: ["pipe", "pipe", "pipe"] },
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" }
  });
}
function gitText(args, cwd) {
  return git(args, cwd).toString("utf8").trim();
}
function stderrOf(error) {
  const stderr = error.stderr;
  const text = (typeof stderr === "string" ? stderr : stderr?.toString("utf8") ?? "").trim().split("\n")[0] ?? "";
  if (error.code === "ENOENT") return "git is not installed";
  if (error.code === "ETIMEDOUT") return `git did not answer within ${GIT_TIMEOUT_MS / 1e3} s`;
  return text || error.message;
}
function openGitBase(rev, cwd, options = {}) {
  const unreadable = (problem) => ({ rev, short: null, problem, changedFiles: () => [], wasFolder: () => false, hadFile: () => false, goneFolders: () => [] });
  let commit;
  const found = repositoryOf(cwd);
  if (found === null) return unreadable(`the base ${rev} cannot be read: ${cwd} is not in a git repository (no .git in it or above it)`);
  const top = found;
  try {
    gitText(["rev-parse", "--git-dir"], top);
  } catch (error) {
    return unreadable(`the base ${rev} cannot be read: ${cwd} is not in a git repository (${stderrOf(error)})`);
  }
  const resolveRev = () => gitText(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`], top);
  try {
    commit = resolveRev();
  } catch {
    let shallow = false;
    try {
      shallow = gitText(["rev-parse", "--is-shallow-repository"], top) === "true";
    } catch {
    }
    let fetchProblem = null;
    if (shallow && options.fetchMissing && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(rev)) {
      try {
        git(["fetch", "--quiet", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", rev], top);
        commit = resolveRev();
      } catch (error) {
        fetchProblem = stderrOf(error).replace(/\/\/[^/@\s]*@/g, "//***@");
      }
    }
    if (commit === void 0) {
      return unreadable(
        shallow ? `the base commit ${rev} is not in this clone, which is shallow (actions/checkout fetches one commit unless told otherwise)${fetchProblem === null ? "" : `, and fetching it from origin failed (${fetchProblem})`}: check out with fetch-depth: 0 so the check can see what the change deletes` : `the base ${rev} is not a commit of this repository (fetch it, or check out with fetch-depth: 0)`
      );
    }
  }
  const short = commit.slice(0, 12);
  const inRepository = (absolute) => relative4(top, realLocation(absolute)).split(sep4).join("/");
  const objectType = (absolute) => {
    const path = inRepository(absolute);
    if (path.startsWith("..")) return null;
    try {
      return gitText(["cat-file", "-t", `${commit}:${path}`], top);
    } catch {
      return null;
    }
  };
  return {
    rev,
    short,
    problem: null,
    changedFiles(stackFolder) {
      const folder = inRepository(stackFolder);
      const prefix = folder === "" ? "" : `${folder}/`;
      const listed = git(["diff", "--no-renames", "--no-ext-diff", "--no-textconv", "--raw", "--no-abbrev", "-z", "--diff-filter=DM", commit, "--", folder === "" ? "." : folder], top).toString("utf8");
      const fields = listed.split("\0");
      const wanted = [];
      for (let i = 0; i + 1 < fields.length; i += 2) {
        const [, , blob, , status] = fields[i].split(" ");
        const path = fields[i + 1];
        if (!blob || !status || !isDomainFileName(basename4(path)) || !path.startsWith(prefix)) continue;
        wanted.push({ path: path.slice(prefix.length), deleted: status === "D", blob });
      }
      if (wanted.length === 0) return [];
      const blobs = readBlobs(wanted.map((w) => w.blob), top);
      return wanted.map((w) => ({ path: w.path, deleted: w.deleted, bytes: blobs.get(w.blob) }));
    },
    wasFolder: (absolute) => objectType(absolute) === "tree",
    hadFile: (absolute) => objectType(absolute) === "blob",
    goneFolders(absolute) {
      const path = inRepository(absolute);
      if (path.startsWith("..") || objectType(absolute) !== "tree") return [];
      const names = git(["ls-tree", "-z", "-d", "--name-only", `${commit}:${path}`], top).toString("utf8").split("\0");
      return names.filter((name) => name !== "" && !name.startsWith(".") && !existsSync4(join4(absolute, name))).sort().map((name) => join4(absolute, name));
    }
  };
}
function readBlobs(ids, cwd) {
  const unique = [...new Set(ids)];
  const output = git(["cat-file", "--batch"], cwd, `${unique.join("\n")}
`);
  const blobs = /* @__PURE__ */ new Map();
  let at = 0;
  for (const id of unique) {
    const end = output.indexOf(10, at);
    const header = output.subarray(at, end).toString("utf8").split(" ");
    if (end < 0 || header[0] !== id || header[1] !== "blob") throw new Error(`git cat-file could not read ${id} from the base (${header.slice(1).join(" ") || "no answer"})`);
    const size = Number(header[2]);
    blobs.set(id, new Uint8Array(output.subarray(end + 1, end + 1 + size)));
    at = end + 1 + size + 1;
  }
  return blobs;
}
function realLocation(path) {
  const missing = [];
  let current = path;
  for (; ; ) {
    try {
      return join4(realpathSync2(current), ...missing.reverse());
    } catch {
      const parent = dirname3(current);
      if (parent === current) return path;
      missing.push(basename4(current));
      current = parent;
    }
  }
}

export {
  domainsFileLines,
  domainFileSites,
  observedDomainValue,
  looksLikeDkimKey,
  observeDomain,
  mapConcurrent,
  uncheckedTotal,
  uncheckedJson,
  outsideZoneJson,
  describeUnchecked,
  describeOutsideZones,
  describeNotInLoadedZones,
  PROBED_SELECTORS,
  isSelectorName,
  auditTargets,
  describeNotObserved,
  auditDomains,
  inShard,
  describeRemovedZone,
  PLAN_FORMATS,
  planJson,
  planJsonChunks,
  describeFailure,
  describeDomainFailures,
  planSummaryLine,
  gatesTable,
  removedNoteFails,
  removedZonesMarkdown,
  formatPlan,
  readDomainArgument,
  shownName,
  notADomainName,
  shardOption,
  openObservation,
  usableDomain,
  zoneMailDomains,
  probeSelectorsFor,
  zoneSelectors,
  domainList,
  planPaths,
  repositoryOf,
  git,
  openGitBase
};
