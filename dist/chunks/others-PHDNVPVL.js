import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  EVIDENCE_HELP,
  EXIT_FINDINGS,
  EXIT_OK,
  EXIT_USAGE,
  HOST_INTERRUPT_NOTE,
  InterruptedError,
  SHARED_HELP,
  SHARED_OPTIONS,
  atOrAbove,
  collectEvery,
  emit,
  failLevel,
  formatFindings,
  oneOf,
  outputOption,
  parse,
  progress,
  reportSink,
  statOrNull,
  todayOption,
  untilInterrupted,
  writeWholeOutput
} from "./chunk-HYOFVI5U.js";
import {
  isServerUrl,
  storeUrlProblem
} from "./chunk-WU3C45DH.js";
import {
  PLAN_FORMATS,
  PROBED_SELECTORS,
  auditDomains,
  auditTargets,
  describeDomainFailures,
  describeNotInLoadedZones,
  describeNotObserved,
  describeOutsideZones,
  describeUnchecked,
  domainList,
  domainsFileLines,
  formatPlan,
  inShard,
  isSelectorName,
  looksLikeDkimKey,
  mapConcurrent,
  notADomainName,
  observeDomain,
  observedDomainValue,
  openGitBase,
  openObservation,
  outsideZoneJson,
  planJsonChunks,
  planPaths,
  probeSelectorsFor,
  readDomainArgument,
  removedNoteFails,
  shardOption,
  shownName,
  uncheckedJson,
  usableDomain,
  zoneMailDomains,
  zoneSelectors
} from "./chunk-IRAAO4ER.js";
import {
  domainFileOnlyPaths,
  domainPaths,
  evidenceLookup,
  evidenceSelectors,
  findingJson,
  findingsJson,
  isInside,
  packRead,
  readEvidenceFile,
  toolVersion,
  zonePaths
} from "./chunk-IBBBVAC3.js";
import "./chunk-KQCPZF3P.js";
import "./chunk-YDQHN5ZX.js";
import {
  ROLLBACK_DIR,
  heldUnpublished,
  hostSelectorNames,
  isMailLine,
  recordedVersion,
  resolveHostDkim,
  savedAtOf,
  savedExportProblem,
  savedExports,
  spfOwnersTwice,
  unreadEntries,
  versionAt,
  zoneDiff
} from "./chunk-Z6N4ZHT6.js";
import {
  lintPaths
} from "./chunk-SLI7JZSP.js";
import {
  DEFAULT_PROVIDER,
  HostRecordError,
  droppedZoneSummary,
  droppedZones,
  findProvider,
  heldInZone,
  planZoneApply,
  planZoneRemoval,
  providerIds,
  recordProblem,
  sharedZoneMessage,
  unknownZoneMessage,
  zonesInOtherStacks
} from "./chunk-GFTFEGEP.js";
import {
  ADOPTION_FILE_NAME,
  asidePath,
  formatText,
  linkWhole,
  openAside,
  replacedFile,
  uniqueSuffix,
  writeAdoptionFile,
  writeFileWhole,
  writeWholeWith
} from "./chunk-FII3ALJ3.js";
import {
  FORMATS
} from "./chunk-RR2JAOJK.js";
import "./chunk-OC3V6NJJ.js";
import {
  GATE_IDS,
  desiredSlotRecords,
  evaluateGates,
  refused,
  unknownGateNames
} from "./chunk-OESMAHSM.js";
import {
  OBSERVABLES,
  OPT_IN_OBSERVABLES,
  OVH_OFFERS,
  OVH_SHARED_OFFERS,
  UsageError,
  aliasTargetName,
  allRules,
  checkDomainSchema,
  closest,
  derAt,
  distance,
  effectivePolicy,
  fillTemplate,
  findDomainFiles,
  isObservable,
  loadDomainFile,
  ovhClientHosts,
  packageRoot,
  parseDmarc,
  readDomainFile,
  resolvePolicy,
  summarize,
  toALabel,
  todayUtc,
  unreadableNote,
  unreadableSentence,
  yaml
} from "./chunk-3OSQQ7QY.js";
import "./chunk-VO3HMMIX.js";
import {
  isDmarcRecord,
  isSpfRecord,
  looksLikeSpf
} from "./chunk-K36EJTVN.js";
import "./chunk-32FQ7YH5.js";
import {
  specialKind
} from "./chunk-VOQH4KKZ.js";
import "./chunk-JLWFAXHK.js";
import "./chunk-GD7OCQZK.js";
import "./chunk-JSZUARHQ.js";
import {
  createDnsSource,
  failureOf,
  parseServer,
  systemServers
} from "./chunk-I33YB4GP.js";
import "./chunk-BDWGXN4T.js";
import "./chunk-YEOTCFHE.js";
import {
  canonicalName,
  nameProblem
} from "./chunk-53CTTIHG.js";
import {
  LOG_COMMAND,
  TERMINAL_ACTING,
  escapeActingInJson,
  oneLine,
  reportJson
} from "./chunk-G7NDWJJB.js";
import "./chunk-5AL66J2M.js";

// src/cli/commands/adopt.ts
import { execFile } from "node:child_process";
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { join as join2, relative, resolve } from "node:path";

// src/providers/adopt.ts
function zoneFailure(error) {
  const status = error instanceof Error && "status" in error ? error.status : null;
  return status === 404 || status === 403;
}
function withoutEchoes(stack, api) {
  const echoes = (state) => Object.values(state).some((v) => typeof v === "string" && api.scrub(v) !== v);
  return { resources: stack.resources.map(({ state, ...resource }) => state && !echoes(state) ? { ...resource, state } : resource) };
}
async function adoptDomains(provider, api, domains, read, now = /* @__PURE__ */ new Date(), progress2 = { read: [] }) {
  const stack = withoutEchoes(read, api);
  const zones = [];
  const failures = [];
  const file = { version: 2, provider: provider.id, readAt: now.toISOString(), zones: {}, stack: [...stack.resources] };
  const sorted = [...domains].sort((a, b) => a.domain.localeCompare(b.domain));
  for (const domain of sorted) {
    const zone = domain.domain.toLowerCase();
    const desired = desiredSlotRecords(domain);
    let hostRecords;
    try {
      hostRecords = desired.map((record) => provider.toHost(record, zone));
    } catch (error) {
      if (!(error instanceof HostRecordError)) throw error;
      failures.push({ zone, file: domain.file ?? null, error, kind: "record" });
      continue;
    }
    let live;
    let gone;
    try {
      live = await api.listManaged(zone, hostRecords);
      gone = await goneRecords(provider, api, zone, live, stack);
    } catch (error) {
      if (!zoneFailure(error)) throw error;
      failures.push({ zone, file: domain.file ?? null, error, kind: "host" });
      continue;
    }
    file.zones[zone] = gone.length > 0 ? { live, gone, declared: true } : { live, declared: true };
    progress2.read.push(zone);
    zones.push(planZoneApply({ provider, zone, desired, live, stack: stack.resources, gone }));
  }
  const declared = [...Object.keys(file.zones), ...failures.map((f) => f.zone)];
  for (const zone of droppedZones(provider, stack.resources, declared)) {
    let live;
    try {
      live = await api.listManaged(zone, []);
    } catch (error) {
      if (!zoneFailure(error)) throw error;
      failures.push({ zone, file: null, error, kind: "host" });
      continue;
    }
    file.zones[zone] = { live };
    progress2.read.push(zone);
    zones.push(planZoneRemoval({ provider, zone, live, stack: stack.resources }));
  }
  return { zones, file, failures };
}
async function goneRecords(provider, api, zone, live, stack) {
  const listed = new Set(live.map((l) => provider.stateId(l)));
  const gone = [];
  for (const held of heldInZone(provider, stack.resources, zone)) {
    if (!listed.has(held.id) && !await api.recordExists(zone, held.id)) gone.push(held.id);
  }
  return gone;
}

// src/providers/stack-state.ts
var StackStateError = class extends Error {
  name = "StackStateError";
};
function plainValues(outputs) {
  if (!outputs || typeof outputs !== "object" || Array.isArray(outputs)) return void 0;
  const values = {};
  for (const [key, value] of Object.entries(outputs)) {
    if (typeof value === "string" || typeof value === "number" && Number.isFinite(value)) values[key] = value;
  }
  return values;
}
function urnName(urn) {
  const parts = urn.split("::");
  return parts.length >= 4 ? parts.slice(3).join("::") : urn;
}
function parseStackExport(text, resourceType, shown2) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new StackStateError(`${shown2}: not JSON; give the output of \`pulumi stack export\``);
  }
  const checkpoint = data;
  if (!checkpoint || typeof checkpoint !== "object" || !checkpoint.deployment || typeof checkpoint.deployment !== "object") {
    throw new StackStateError(`${shown2}: not a Pulumi stack export (no "deployment"); give the output of \`pulumi stack export\``);
  }
  if (checkpoint.version !== 3) {
    throw new StackStateError(`${shown2}: deployment version ${JSON.stringify(checkpoint.version)} is not one maildns reads (3); update the Pulumi CLI and export again`);
  }
  const pending = checkpoint.deployment.pending_operations;
  if (Array.isArray(pending) && pending.length > 0) {
    throw new StackStateError(
      `${shown2}: the stack has ${pending.length} operation${pending.length === 1 ? "" : "s"} left pending by an interrupted update; run \`pulumi refresh\` (or \`pulumi cancel\`), then export again`
    );
  }
  const raw = checkpoint.deployment.resources ?? [];
  if (!Array.isArray(raw)) throw new StackStateError(`${shown2}: "deployment.resources" is not a list`);
  const resources = [];
  for (const entry of raw) {
    if (!entry || typeof entry !== "object" || entry.type !== resourceType || entry.custom === false) continue;
    if (typeof entry.urn !== "string" || typeof entry.id !== "string" || entry.id === "") continue;
    if (entry.delete === true || entry.pendingReplacement === true) {
      throw new StackStateError(
        `${shown2}: ${urnName(entry.urn)} is waiting to be ${entry.delete === true ? "deleted" : "replaced"} by an unfinished update; run \`pulumi up\` or \`pulumi refresh\` to settle it, then export again`
      );
    }
    const state = plainValues(entry.outputs);
    resources.push({ name: urnName(entry.urn), type: entry.type, id: entry.id, importId: typeof entry.importID === "string" && entry.importID !== "" ? entry.importID : null, ...state ? { state } : {} });
  }
  resources.sort((a, b) => a.name.localeCompare(b.name));
  return { resources };
}

// src/cli/stack-options.ts
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
var STACK_OPTIONS = {
  stack: { type: "string", short: "s" },
  provider: { type: "string" },
  endpoint: { type: "string" },
  "timeout-ms": { type: "string" }
};
function pickStack(root, given) {
  if (given) {
    if (!/^[A-Za-z0-9_.-]+$/.test(given)) throw new UsageError(`--stack must be a stack name (letters, digits, - _ .), got '${given}'`);
    return given;
  }
  const stacksDir = join(root, "stacks");
  const names = existsSync(stacksDir) ? readdirSync(stacksDir).filter((n) => statSync(join(stacksDir, n)).isDirectory()).sort() : [];
  if (names.length === 1) return names[0];
  throw new UsageError(names.length === 0 ? "no stack folder under stacks/; pass --stack NAME" : `several stacks (${names.join(", ")}): pass --stack NAME`);
}
function stackConfig(root, stack) {
  const file = join(root, "stacks", `Pulumi.${stack}.yaml`);
  if (!existsSync(file)) return {};
  try {
    const parsed = yaml.load(readFileSync(file, "utf8"));
    return parsed?.config ?? {};
  } catch (error) {
    throw new UsageError(`stacks/Pulumi.${stack}.yaml is not valid YAML: ${error.message.split("\n")[0]}`);
  }
}
function locateStack(values, io) {
  const stack = pickStack(io.cwd, values.stack);
  const stackDir = join(io.cwd, "stacks", stack);
  if (!existsSync(stackDir)) throw new UsageError(`stacks/${stack}/ does not exist`);
  const config = stackConfig(io.cwd, stack);
  const providerId = values.provider ?? (typeof config["maildns:provider"] === "string" ? config["maildns:provider"] : DEFAULT_PROVIDER);
  const provider = findProvider(providerId);
  if (!provider) throw new UsageError(`--provider ${providerId} is not a DNS host maildns knows; known: ${providerIds().join(", ")}`);
  const timeoutMs = values["timeout-ms"] === void 0 ? 15e3 : Number(values["timeout-ms"]);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new UsageError(`--timeout-ms must be a positive integer, got '${values["timeout-ms"]}'`);
  return { stack, stackDir, config, provider, timeoutMs };
}
function openStackApi(place, values, io, apiOptions = {}) {
  const { provider, config } = place;
  const ns = provider.pulumi.configNamespace;
  const configured = config[`${ns}:endpoint`];
  const endpoint = values.endpoint ?? io.env[`${ns.toUpperCase()}_ENDPOINT`] ?? (typeof configured === "string" ? configured : void 0);
  if (!endpoint) {
    throw new UsageError(`no ${provider.label} endpoint: pass --endpoint (for OVH: ovh-eu, ovh-ca, ovh-us), set ${ns.toUpperCase()}_ENDPOINT, or set ${ns}:endpoint in the stack config`);
  }
  try {
    return provider.openApi({ env: io.env }, { endpoint, timeoutMs: place.timeoutMs, ...apiOptions });
  } catch (error) {
    throw new UsageError(error.message);
  }
}
function openStack(values, io, apiOptions = {}) {
  const place = locateStack(values, io);
  return { ...place, api: openStackApi(place, values, io, apiOptions) };
}
function isHostFailure(error) {
  return error instanceof Error && "status" in error && "failure" in error;
}

// src/cli/commands/adopt.ts
var OPTIONS = {
  ...STACK_OPTIONS,
  state: { type: "string" },
  "pulumi-stack": { type: "string" },
  policy: { type: "string" },
  "dry-run": { type: "boolean" },
  today: { type: "string" },
  help: { type: "boolean", short: "h" }
};
var USAGE = `Usage: maildns adopt [--stack NAME] [--state FILE] [options]

Reads, at the DNS host, the records of every owner the stack's domain files manage (apex MX and SPF,
_dmarc, DKIM selectors, SRV, CNAME), and from the stack's Pulumi state the record resources it already
holds, then writes stacks/<stack>/${ADOPTION_FILE_NAME}. The Pulumi program reads it: a live record fills
its slot (apex SPF, _dmarc, one DKIM selector, one MX host...) whatever its value, and is adopted with
Pulumi's import, as it is; the next \`maildns adopt\` + \`pulumi up\` writes the file's value in place.
Nothing is changed at the host.

Credentials come from the environment: for OVH, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and
OVH_CONSUMER_KEY, or OVH_CLIENT_ID and OVH_CLIENT_SECRET (an OAuth2 service account). Reading needs GET on
/domain/zone/* (and on /email/domain/*, /email/pro/* and /email/exchange/* for a file saying dkim: ovh); a
call OVH refuses names those rights. pulumi up needs GET/POST/PUT/DELETE on /domain/zone/*.

Options:
  -s, --stack NAME       the stack (stacks/<NAME>/ and stacks/Pulumi.<NAME>.yaml); default: the only one
  --state FILE           the stack's state as \`pulumi stack export\` writes it; without it, adopt runs
                         \`pulumi stack export --stack <pulumi stack>\` itself
  --pulumi-stack NAME    the stack name for the Pulumi CLI, e.g. my-org/prod (default: --stack)
  --provider NAME        the DNS host (default: the stack's maildns:provider, then ovh)
  --endpoint VALUE       the host's API: for OVH ovh-eu, ovh-ca, ovh-us or a base URL (default:
                         OVH_ENDPOINT, then the stack's ovh:endpoint)
  --policy NAME|FILE     policy pack for the lint check (default: the stack's maildns:policy)
  --dry-run              print what would be adopted without writing the file
  --timeout-ms N         per-request timeout (default 15000)
  --today YYYY-MM-DD     judge date rules in the lint check as of this day (default: today, UTC)
  -h, --help             show this help

Exit codes: 0 file written, 1 lint errors, a host API failure, a state to settle first or a file that cannot
be written (written whole: the earlier one is then left as it was), 2 usage error.`;
function exportState(stack, io) {
  return new Promise((resolvePromise, reject) => {
    execFile(
      "pulumi",
      ["stack", "export", "--stack", stack],
      { cwd: io.cwd, env: io.env, timeout: 12e4, maxBuffer: 64 * 1024 * 1024, windowsHide: true },
      (error, stdout) => {
        if (!error) return resolvePromise(stdout);
        const code = error.code;
        const how = `run \`pulumi stack export --stack ${stack} --file state.json\` yourself and pass --state state.json`;
        if (code === "ENOENT") return reject(new UsageError(`the Pulumi CLI is not on PATH, so adopt cannot read the stack's state: ${how}`));
        reject(new UsageError(`\`pulumi stack export --stack ${stack}\` failed (exit ${typeof error.code === "number" ? error.code : "signal"}): check \`pulumi login\` and the stack name (--pulumi-stack), or ${how}`));
      }
    );
  });
}
async function readState(values, stack, provider, io) {
  let text;
  let shown2;
  if (values.state !== void 0) {
    shown2 = values.state;
    try {
      text = readFileSync2(resolve(io.cwd, values.state), "utf8");
    } catch (error) {
      throw new UsageError(`--state ${values.state}: cannot read it (${error.code ?? "error"})`);
    }
  } else {
    const name = values["pulumi-stack"] ?? stack;
    shown2 = `pulumi stack export --stack ${name}`;
    text = await exportState(name, io);
  }
  return parseStackExport(text, provider.pulumi.resourceType, shown2);
}
function createAdoptCommand(deps = {}) {
  return {
    name: "adopt",
    summary: "record the records the DNS host already holds, for pulumi up to adopt slot by slot",
    usage: USAGE,
    interruptible: true,
    interruptNote: HOST_INTERRUPT_NOTE,
    async run(argv, io) {
      const { values, positionals } = parse(argv, OPTIONS, "adopt");
      if (values.help) {
        io.stdout(`${USAGE}
`);
        return EXIT_OK;
      }
      if (positionals.length > 0) throw new UsageError(`adopt takes no paths (got '${positionals[0]}'); use --stack NAME`);
      const { stack, stackDir, config, provider, api } = openStack(values, io, { ...deps.apiOptions, purpose: "adopt" });
      const policy = values.policy ?? (typeof config["maildns:policy"] === "string" ? config["maildns:policy"] : void 0);
      const lint = deps.lint ?? lintPaths;
      const today = todayOption(values.today);
      const result = await lint([stackDir], { cwd: io.cwd, ...policy ? { policy } : {}, ...today ? { today } : {} });
      if (result.errors > 0) {
        const errors = result.findings.filter((f) => f.level === "error");
        const count = (level) => result.findings.filter((f) => f.level === level).length;
        const summary3 = { files: result.files, domains: result.domains.length, errors: count("error"), warnings: count("warn"), infos: count("info") };
        io.stderr(formatText({ findings: errors, summary: summary3, rules: [], toolVersion: "" }));
        for (const line of unreadableNote(result.findings)) io.stderr(`maildns adopt: ${line}
`);
        io.stderr(`maildns adopt: fix the lint errors first; adoption matches ${provider.label}'s records against what the YAML wants.
`);
        return EXIT_FINDINGS;
      }
      const shown2 = relative(io.cwd, join2(stackDir, ADOPTION_FILE_NAME));
      const { shared, unknown } = zonesInOtherStacks(stackDir, result.domains.map((d) => ({ domain: d.domain, file: d.file ?? d.domain })), io.cwd);
      if (unknown.length > 0) io.stderr(`maildns adopt: ${unknownZoneMessage(unknown)}
`);
      if (shared.length > 0) {
        for (const zone of shared) io.stderr(`maildns adopt: ${sharedZoneMessage(zone)}
`);
        io.stderr(`maildns adopt: ${shown2} not written; nothing was read at ${provider.label}.
`);
        return EXIT_FINDINGS;
      }
      const zonesRead = { read: [] };
      let stateRead = null;
      const stopped = () => {
        const declared = [...new Set(result.domains.map((d) => d.domain.toLowerCase()))];
        const dropped = stateRead ? droppedZones(provider, stateRead.resources, declared) : [];
        const unread = [...declared, ...dropped].filter((zone) => !zonesRead.read.includes(zone)).sort();
        const read = zonesRead.read.length > 0 ? `read ${zonesRead.read.join(", ")}` : "no zone read";
        const notRead = unread.length > 0 ? `; not read: ${unread.join(", ")}` : "";
        const earlier = existsSync2(join2(stackDir, ADOPTION_FILE_NAME)) ? "the earlier one is left as it was" : "there was none before";
        io.stderr(`maildns adopt: ${shown2} not written (${earlier}): ${read}${notRead}. Nothing was changed at ${provider.label}; run maildns adopt again.
`);
        return EXIT_FINDINGS;
      };
      let state;
      try {
        state = await untilInterrupted(readState(values, stack, provider, io), io.interrupt);
        stateRead = state;
      } catch (error) {
        if (error instanceof InterruptedError) return stopped();
        if (error instanceof StackStateError) {
          io.stderr(`maildns adopt: ${error.message}
`);
          return EXIT_FINDINGS;
        }
        throw error;
      }
      let resolved;
      try {
        resolved = await untilInterrupted(resolveHostDkim(result.domains, api, `set ${provider.credentialHelp}`, provider.label), io.interrupt);
      } catch (error) {
        if (error instanceof InterruptedError) return stopped();
        throw error;
      }
      if (resolved.failures.length > 0) {
        io.stderr(resolved.failures.map((f) => `maildns adopt: ${f.domain}: ${api.scrub(f.detail)}
`).join(""));
        return EXIT_FINDINGS;
      }
      const domains = resolved.models;
      let adoption;
      try {
        adoption = await untilInterrupted(adoptDomains(provider, api, domains, state, /* @__PURE__ */ new Date(), zonesRead), io.interrupt);
      } catch (error) {
        if (error instanceof InterruptedError) return stopped();
        if (isHostFailure(error)) {
          io.stderr(`maildns adopt: ${api.scrub(error.message)}
`);
          return EXIT_FINDINGS;
        }
        throw error;
      }
      const lines = [];
      const byZone = new Map(domains.map((d) => [d.domain.toLowerCase(), d]));
      let pending = 0;
      const conflicts = [];
      for (const zone of adoption.zones) {
        const count = (action) => zone.lines.filter((l) => l.action === action).length;
        const deletions = count("delete-first") + count("delete-last") + count("adopt-to-delete");
        const domain = byZone.get(zone.zone);
        const summary3 = domain ? `${count("keep")} kept, ${count("adopt")} adopted, ${count("update")} to update in place, ${count("create")} to create, ${deletions} to delete` : droppedZoneSummary(heldInZone(provider, adoption.file.stack, zone.zone).length);
        lines.push(`${zone.zone}: ${summary3}`);
        for (const line of zone.lines) lines.push(`  ${line.text}`);
        const live = adoption.file.zones[zone.zone].live.map(provider.toLive);
        const desired = domain ? desiredSlotRecords(domain) : [];
        for (const gate of evaluateGates({ domain: zone.zone, live, desired, operations: zone.operations }).filter(refused)) {
          lines.push(`  gate    ${gate.id}: ${gate.reason} (pulumi up refuses this unless maildns:allow lists it)`);
        }
        pending += zone.pending.length;
        conflicts.push(...zone.conflicts.map((c) => `${zone.zone}: ${c}`));
      }
      if (pending > 0) {
        lines.push(
          `${pending} record${pending === 1 ? " is" : "s are"} adopted as ${pending === 1 ? "it is" : "they are"} (Pulumi imports a record only with its live inputs): after \`pulumi up\`, run \`maildns adopt\` and \`pulumi up\` once more to apply the domain files`
        );
      }
      if (adoption.failures.length > 0) {
        io.stdout(lines.length > 0 ? `${lines.map((l) => api.scrub(l)).join("\n")}
` : "");
        const pulumiStack = values["pulumi-stack"] ?? stack;
        for (const failure of adoption.failures) {
          if (failure.kind === "record") {
            io.stderr(`maildns adopt: ${failure.zone}: ${api.scrub(failure.error.message)}
`);
            io.stderr(
              `  ${failure.zone} was not read: ${provider.label} cannot hold that record as ${failure.file ?? "the domain file"} declares it. Change it there (pulumi up refuses the stack until then), then run maildns adopt again.
`
            );
            continue;
          }
          const where = failure.file ? ` (${failure.file})` : "";
          io.stderr(`maildns adopt: ${failure.zone}${where}: ${api.scrub(failure.error.message)}
`);
          const held = heldInZone(provider, adoption.file.stack, failure.zone).length;
          if (held === 0) continue;
          const remove = failure.file ? `remove ${failure.file} and run` : "run";
          io.stderr(
            `  The stack holds ${held} record${held === 1 ? "" : "s"} in ${failure.zone}: if the zone was deleted at ${provider.label}, ${remove} \`pulumi refresh --stack ${pulumiStack}\`, which drops them from the stack, then maildns adopt again.
`
          );
        }
        const count = adoption.failures.length;
        const others = adoption.zones.length > 0 ? " (the other zones were read; their lines are above)" : "";
        io.stderr(`maildns adopt: ${shown2} not written: ${count} zone${count === 1 ? "" : "s"} could not be read${others}.
`);
        return EXIT_FINDINGS;
      }
      const echoing = Object.values(adoption.file.zones).flatMap(
        (z) => z.live.filter((r) => [r.subdomain, r.target].some((text) => api.scrub(text) !== text))
      );
      if (echoing.length > 0) {
        io.stdout(`${lines.map((l) => api.scrub(l)).join("\n")}
`);
        const named = echoing.map((r) => `  ${r.zone}: ${r.type} ${r.subdomain === "" ? "@" : api.scrub(r.subdomain)} (id ${r.id})`).join("\n");
        io.stderr(
          `maildns adopt: ${shown2} not written: ${echoing.length === 1 ? "this record holds" : "these records hold"} one of the ${provider.label} credentials maildns sent (in some encoding):
${named}
Remove the credential from the zone and rotate it (it is published in DNS), then run maildns adopt again.
`
        );
        return EXIT_FINDINGS;
      }
      if (conflicts.length > 0) {
        io.stdout(`${lines.map((l) => api.scrub(l)).join("\n")}
`);
        io.stderr(`maildns adopt: the stack and ${provider.label} disagree; ${shown2} not written:
${conflicts.map((c) => `  ${api.scrub(c)}`).join("\n")}
`);
        return EXIT_FINDINGS;
      }
      if (values["dry-run"]) {
        lines.push(`dry run: ${shown2} not written`);
      } else {
        try {
          await writeAdoptionFile(stackDir, adoption.file);
        } catch (error) {
          io.stdout(`${lines.map((l) => api.scrub(l)).join("\n")}
`);
          io.stderr(`maildns adopt: cannot write ${shown2} (${error.code ?? "error"}): the earlier file, if any, is left as it was; free some space or fix the folder's permissions, then run maildns adopt again
`);
          return EXIT_FINDINGS;
        }
        const liveCount = Object.values(adoption.file.zones).reduce((n, z) => n + z.live.length, 0);
        lines.push(`wrote ${shown2} (${adoption.zones.length} zones, ${liveCount} live records, ${adoption.file.stack.length} stack resources)`);
      }
      io.stdout(`${lines.map((l) => api.scrub(l)).join("\n")}
`);
      return EXIT_OK;
    }
  };
}
var adoptCommand = createAdoptCommand();

// src/cli/commands/audit.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { isAbsolute, relative as relative2, resolve as resolve2, sep } from "node:path";

// src/cli/observe-flags.ts
var OBSERVE_OPTIONS = {
  resolver: { type: "string", multiple: true },
  authoritative: { type: "boolean" },
  concurrency: { type: "string" },
  timeout: { type: "string" },
  retries: { type: "string" },
  deadline: { type: "string" },
  zone: { type: "string", multiple: true },
  origin: { type: "string" },
  shard: { type: "string" }
};
var OBSERVE_HELP = `  --resolver IP[:PORT] DNS server to ask (repeatable; default: the system's, from /etc/resolv.conf)
  --authoritative      ask each domain's own name servers (fresh answers right after an apply)
  --concurrency N      DNS questions in flight at once (default 64)
  --timeout MS         per-attempt timeout in milliseconds (default 2000)
  --retries N          attempts after the first, rotating through the resolvers (default 2)
  --deadline MS        the whole run's DNS time in milliseconds (default 600000): lookups unfinished then
                       are failures (reason timeout) and the report is still written
  --zone FILE|DIR      read BIND zone files (e.g. OVH's zone export) instead of DNS (repeatable); with
                       --resolver, names outside the zones are asked there. A file's zone is its
                       $ORIGIN, or its name: <zone>.zone, <zone>.txt, <zone>.db or db.<zone>; a folder
                       is read for files named so
  --origin NAME        the zone of the one --zone FILE (as named-checkzone and kzonecheck take it), for
                       an export without $ORIGIN whose file name is not the zone's
  --shard K/N          only the domains of shard K of N (1 ≤ K ≤ N): a domain's shard is the FNV-1a hash
                       of its name mod N, so CI matrix jobs split a list the same way on every run`;
var FAMILY_OPTIONS = {
  observe: { type: "string", multiple: true },
  "probe-selectors": { type: "boolean" }
};
var FAMILY_HELP = `  --observe LIST       also look at these record families (comma-separated, repeatable): ${OPT_IN_OBSERVABLES.filter((f) => f !== "dkim-probe").join(", ")},
                       or all. Without it only the core mail checks run (MX and its hosts, the SPF tree,
                       DMARC with policy discovery and report authorisations, DKIM for known selectors);
                       a pack that names a rule reading another family turns that family on too
  --probe-selectors    try common DKIM selector names (default, selector1, google, k1…) and a wildcard
                       probe over DNS (same as --observe dkim-probe)`;
function familiesOption(values) {
  const families = /* @__PURE__ */ new Set();
  for (const item of (values.observe ?? []).flatMap((v) => v.split(","))) {
    const name = item.trim().toLowerCase();
    if (name === "") continue;
    if (name === "all") {
      for (const family of OBSERVABLES) families.add(family);
      continue;
    }
    if (!isObservable(name)) throw new UsageError(`--observe: unknown record family '${item.trim().slice(0, 40)}' (use ${OPT_IN_OBSERVABLES.join(", ")}, or all)`);
    families.add(name);
  }
  if (values["probe-selectors"]) families.add("dkim-probe");
  return [...families];
}
function offerOption(value) {
  if (value === void 0) return null;
  return oneOf(value, OVH_OFFERS, "--offer", "mx-plan");
}

// src/cli/host-dkim.ts
async function hostSelectors(domains, offer, io, command, limits = {}) {
  const provider = findProvider();
  if (domains.length === 0 || !provider.hasCredentials({ env: io.env })) return { names: /* @__PURE__ */ new Map(), failure: null, host: provider.label };
  let api;
  try {
    api = provider.openApi({ env: io.env }, { purpose: command, ...limits });
  } catch (error) {
    throw new UsageError(error.message);
  }
  return { ...await hostSelectorNames(domains, api, offer ? { provider: "ovh", offer } : null, io.interrupt), host: provider.label };
}
function someDomains(domains) {
  const named = domains.slice(0, 2).join(", ");
  return domains.length > 2 ? `${named} and ${domains.length - 2} more` : named;
}
function describeHostNamesFailure(host, failure, instead) {
  const asked2 = failure.domains.length > 1 ? ` (asked no further after the first)` : "";
  return `${host}'s DKIM selector names were not read for ${someDomains(failure.domains)}${asked2}: ${failure.message} ${instead} Fix the credentials, or run without them in the environment to go without ${host}'s names.`;
}
function hostNamesFailureJson(host, failure) {
  return { host, call: failure.call, status: failure.status, domains: failure.domains, message: failure.message };
}

// src/cli/commands/audit.ts
var OPTIONS2 = {
  ...SHARED_OPTIONS,
  ...OBSERVE_OPTIONS,
  ...FAMILY_OPTIONS,
  "domains-file": { type: "string" },
  selector: { type: "string", multiple: true },
  offer: { type: "string" },
  evidence: { type: "string" }
};
function domainsFileSites(file, cwd) {
  const absolute = resolve2(cwd, file);
  const shown2 = relative2(cwd, absolute).split(sep).join("/");
  let text = "";
  try {
    text = readFileSync3(absolute, "utf8");
  } catch {
  }
  return domainsFileLines(text, shown2.startsWith("..") || isAbsolute(shown2) ? file : shown2);
}
var auditCommand = {
  name: "audit",
  interruptible: true,
  summary: "lint the live mail records of any domain (no YAML needed)",
  usage: `Usage: maildns audit DOMAIN... [--domains-file FILE] [--selector NAME]... [--offer OFFER] [options]

Reads a domain's live mail records and lints them with the same rules and policy packs as \`lint\`, live
rules included. Findings have no file (file null, line 0); \`name\` is the record they are about. In SARIF,
which needs a file and line for each result, a finding sits on the --domains-file line naming its domain,
else at the placeholder live-dns/<domain>. A domain whose records could not all be read is reported as a
failed lookup and not linted.

What is looked at: the core mail checks — the MX and its hosts, the SPF record and the records its
terms reach, DMARC with policy discovery and report authorisations, and DKIM for the selectors known —
about four questions per domain plus the trees domains share. Client settings (SRV, autoconfig CNAMEs),
MTA-STS, TLS-RPT, type 99 records and DKIM selector probing are looked at when --observe or
--probe-selectors asks, or when the policy pack names a rule that reads them; the report says in one
line what was not checked.

DKIM selectors looked at: those given with --selector, every one the zone files hold (--zone), those the
DMARC aggregate reports saw signing for the domain (--evidence), and those the mail host lists when its
credentials are in the environment (OVH's API); with --probe-selectors, over DNS, the common names
${PROBED_SELECTORS.join(", ")} too. A named selector with no key record is an error; a domain that sends
mail with no selector known gets a note saying how to name them.

With --zone and no DOMAIN, every zone in the files that is a mail domain (an MX, SPF or DMARC record) is
audited; the others are skipped with a note.
Without --offer, OVH's rules apply when the MX points at OVH's mail exchangers (as MX Plan).

Options:
  formats: text (default), json, sarif, github, markdown
  --domains-file FILE  read domains from FILE, one per line (# starts a comment)
  --selector NAME      a DKIM selector to look at (repeatable)
  --evidence FILE      also look at the DKIM selectors this DMARC evidence file saw (maildns reports evidence)
  --offer OFFER        the OVH offer: mx-plan, email-pro, hosted-exchange, private-exchange, zimbra
${FAMILY_HELP}
${SHARED_HELP}
${OBSERVE_HELP}

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, a failed lookup, or a lookup a
check needed that failed (an SPF include's TXT, an MX host's addresses...: named under "not checked",
whatever its finding's level), or the mail host's credentials given but its API not naming the DKIM
selectors (said on stderr, and as hostApiFailure in JSON), 2 usage error.`,
  async run(argv, io) {
    const { values, positionals } = parse(argv, OPTIONS2, "audit");
    if (values.help) {
      io.stdout(`${this.usage}
`);
      return EXIT_OK;
    }
    const format = oneOf(values.format, FORMATS, "--format", "text");
    const failOn = failLevel(values["fail-on"]);
    const today = todayOption(values.today);
    const output = outputOption(io, values.output, "audit", [{ path: values["domains-file"] }, ...zonePaths(values.zone), packRead(values.policy), { path: values.evidence }]);
    const shard = shardOption(values.shard);
    const offer = offerOption(values.offer);
    const observe = familiesOption(values);
    let domains = domainList(positionals, values["domains-file"], io);
    const observation = await openObservation(values, io, { cache: false, interrupt: io.interrupt });
    const show = progress(io, values.quiet === true, "auditing");
    try {
      if (domains.length === 0 && observation.zones) {
        const found = zoneMailDomains(observation.zones);
        domains = found.domains;
        if (!values.quiet) for (const zone of found.notMail) io.stderr(`maildns audit: ${zone}: not a mail domain (no MX, SPF or DMARC record): skipped
`);
        if (domains.length === 0 && found.notMail.length > 0) throw new UsageError("no zone in the files is a mail domain (none has an MX, SPF or DMARC record): nothing to audit");
      }
      if (domains.length === 0) throw new UsageError("give at least one DOMAIN, a --domains-file, or --zone files holding domains");
      domains = domains.filter((d) => inShard(d, shard));
      const selectors = (values.selector ?? []).map((selector) => {
        const clean = selector.trim().toLowerCase();
        if (!isSelectorName(clean)) throw new UsageError(`--selector must be a DKIM selector such as ovhmo1234567-selector1 (got '${selector}')`);
        return clean;
      });
      const fromHost = await hostSelectors(domains, offer, io, "audit");
      const evidence2 = values.evidence === void 0 ? null : readEvidenceFile(resolve2(io.cwd, values.evidence), values.evidence);
      const result = await auditDomains(domains, {
        sourceFor: observation.sourceFor,
        rulesSource: observation.rules,
        cwd: io.cwd,
        offer,
        concurrency: observation.domainsInFlight,
        selectorsFor: () => selectors,
        // Selectors the reports saw are looked at like the zone's: old ones may be gone after a rotation.
        knownSelectorsFor: (domain) => [...zoneSelectors(observation.zones, domain), ...fromHost.names.get(domain) ?? [], ...evidence2 ? evidenceSelectors(evidence2, domain) : []],
        probeSelectors: probeSelectorsFor(observation.zones),
        outsideZones: observation.outsideZones,
        observe,
        onDomain: show.update,
        ...values.policy ? { policy: values.policy } : {},
        ...today ? { today } : {}
      });
      show.done();
      const findings = values.quiet ? result.findings.filter((f) => f.level === "error") : result.findings;
      const summary3 = { files: 0, domains: result.domains, errors: result.errors, warnings: result.warnings, infos: result.infos };
      const report = { findings, summary: summary3, rules: allRules, toolVersion: toolVersion() };
      const failures = result.failures.map((f) => ({ domain: f.domain, name: f.name, type: f.type, reason: f.reason, detail: f.detail, ...f.server ? { server: f.server } : {} }));
      const notChecked = describeNotObserved(result.notObserved, result.checked, result.domains);
      let text;
      if (format === "json") {
        const skipped = result.notObserved.map((n) => ({ family: n.family, domains: n.domains, rules: n.rules }));
        const unchecked = result.unchecked.map(uncheckedJson);
        const outside = result.outsideZones.map(outsideZoneJson);
        const hostApiFailure = fromHost.failure ? { hostApiFailure: hostNamesFailureJson(fromHost.host, fromHost.failure) } : {};
        text = `${reportJson({ ...findingsJson(report), failures, uncheckedLookups: unchecked, outsideZones: outside, notChecked: skipped, ...hostApiFailure })}
`;
      } else {
        const sites = format === "sarif" && values["domains-file"] !== void 0 ? domainsFileSites(values["domains-file"], io.cwd) : void 0;
        text = formatFindings(format, report, { color: format === "text" && !output && io.colors?.stdout === true, ...sites ? { sites } : {} });
        const byDomain = /* @__PURE__ */ new Map();
        for (const f of result.failures) byDomain.set(f.domain, [...byDomain.get(f.domain) ?? [], f]);
        const lines = [...byDomain].map(([domain, failed2]) => `${domain}: not audited: ${describeDomainFailures(domain, failed2)}`);
        const notLoaded = describeNotInLoadedZones(result.failures);
        if (notLoaded) lines.push(notLoaded);
        const uncheckedBy = /* @__PURE__ */ new Map();
        for (const u of result.unchecked) uncheckedBy.set(u.domain, [...uncheckedBy.get(u.domain) ?? [], u]);
        for (const [domain, list] of uncheckedBy) lines.push(`${domain}: not checked: ${list.map(describeUnchecked).join("; ")}`);
        const outsideLine = describeOutsideZones(result.outsideZones);
        if (outsideLine && !values.quiet) lines.push(outsideLine);
        if (notChecked && !values.quiet) lines.push(notChecked);
        if (lines.length > 0 && (format === "text" || format === "markdown")) text += `${format === "markdown" ? "\n" : ""}${lines.map((l) => format === "markdown" ? `- ${l}` : l).join("\n")}
`;
        else if (lines.length > 0) io.stderr(`${lines.join("\n")}
`);
      }
      if (fromHost.failure) io.stderr(`maildns audit: ${describeHostNamesFailure(fromHost.host, fromHost.failure, "Their DKIM was checked only for the selectors known otherwise.")}
`);
      emit(io, text, output);
      const failed = fromHost.failure !== null || result.failures.length > 0 || result.unchecked.length > 0 || result.findings.some((f) => atOrAbove(f.level, failOn));
      return failed ? EXIT_FINDINGS : EXIT_OK;
    } finally {
      show.done();
      observation.close();
    }
  }
};

// src/cli/commands/doctor.ts
import { readFileSync as readFileSync5 } from "node:fs";
import { resolve as resolve4 } from "node:path";

// src/doctor/checks.ts
var rules = [
  {
    id: "mx-missing",
    level: "error",
    description: "The domain publishes no MX record, so other servers cannot deliver mail to it.",
    message: "{{domain}} has no MX record",
    fix: "Publish the MX set of your mail offer (OVH: 1 mx0.mail.ovh.net. … 200 mx4.mail.ovh.net.)."
  },
  {
    id: "spf-missing",
    level: "error",
    description: "The domain publishes no `v=spf1` TXT record at its apex.",
    message: "{{domain}} has no SPF record",
    fix: 'Publish `@ TXT "v=spf1 include:mx.ovh.com ~all"`, plus every other service that sends as the domain.'
  },
  {
    id: "dmarc-missing",
    level: "warn",
    description: "The domain publishes no `v=DMARC1` TXT record at `_dmarc`.",
    message: "{{domain}} has no DMARC record at _dmarc.{{domain}}",
    fix: 'Publish `_dmarc TXT "v=DMARC1; p=quarantine; rua=mailto:<a mailbox you read>"` and read the reports.'
  },
  {
    id: "dns-lookup-failed",
    level: "warn",
    description: "A DNS question got no usable answer (timeout, SERVFAIL, refused), so the check could not conclude.",
    message: "DNS lookup of {{name}} {{type}} failed: {{reason}}",
    fix: "Retry, or ask another resolver (--resolver IP); a domain whose servers do not answer cannot receive mail either."
  },
  {
    id: "port-unreachable",
    level: "error",
    description: "The server's host answered and refused the connection (a TCP reset: nothing listens on that port, or a firewall rejects it with a reset).",
    message: "{{target}} refused the connection ({{service}})",
    fix: "Check the server name and port in the mail client (IMAP 993 SSL/TLS, SMTP 465 SSL/TLS or 587 STARTTLS); if they are right, the service is down on that port (retry later, check the provider's status page) or a local firewall or antivirus rejects the port."
  },
  {
    id: "network-unreachable",
    level: "error",
    description: "The connection never reached the server: no route to it (a router or firewall on the way rejects it, or this computer is not connected), or a firewall on this computer forbade it. Nothing is known about the server itself.",
    message: "{{target}} could not be reached ({{service}}): {{reason}}",
    fix: "Check this computer's network connection first (does a web site load?); then whether this network blocks the port: many operators, hotel and company networks block outgoing mail ports (25, sometimes 587), so try 465 SSL/TLS or another network (a phone's connection sharing); a firewall or antivirus on this computer that blocks the mail client shows the same."
  },
  {
    id: "port-timeout",
    level: "error",
    description: "The connection got no answer at all within the timeout: a firewall or the network operator drops the traffic.",
    message: "{{target}} did not answer within {{timeoutMs}} ms ({{service}})",
    fix: "Try the other submission port (465 or 587), open the port in the local firewall, or ask the network administrator or operator whether it is blocked."
  },
  {
    id: "host-not-found",
    level: "error",
    description: "The server name does not resolve to an address.",
    message: "{{host}} does not resolve ({{reason}})",
    fix: "Copy the server name from the control panel exactly, without any https:// prefix (ssl0.ovh.net, pro?.mail.ovh.net, ex?.mail.ovh.net)."
  },
  {
    id: "host-lookup-failed",
    level: "error",
    description: "The server name could not be looked up: the DNS resolver failed or did not answer, so whether the name exists is unknown.",
    message: "{{host}} could not be looked up ({{reason}}); whether the name exists is unknown",
    fix: "Retry; if it lasts, check this computer's network connection and DNS settings (every mail client on it fails the same way), or try from another network."
  },
  {
    id: "tls-handshake-failed",
    level: "error",
    description: "The TLS handshake did not complete (the port does not speak TLS, or no protocol version/cipher in common).",
    message: "TLS handshake with {{target}} failed: {{reason}}",
    fix: "Match the security setting to the port: 993 and 465 are SSL/TLS from the first byte, 587 uses STARTTLS. If it failed after STARTTLS, the setting is right: the server and this computer have no TLS version or cipher in common (the reason names it), or something on the way (an antivirus, a firewall) breaks TLS."
  },
  {
    id: "starttls-on-implicit-tls-port",
    level: "error",
    description: "The port speaks TLS from the first byte (implicit TLS, as 465 and 993 do) but was tried with STARTTLS, which waits for a greeting in clear: each side waits for the other.",
    message: "{{target}} speaks TLS from the first byte (implicit TLS), but was set up as {{service}}: the client waits for a greeting in clear that never comes",
    fix: "Set the security for this port to SSL/TLS, as 465 (SMTP) and 993 (IMAP) expect; or keep STARTTLS and use port 587 for SMTP."
  },
  {
    id: "implicit-tls-on-starttls-port",
    level: "error",
    description: "The port greets in clear and expects STARTTLS (as 587 does) but was tried with TLS from the first byte (implicit TLS), so the handshake fails.",
    message: "{{target}} greets in clear ({{greeting}}) and expects STARTTLS, but was set up as {{service}}: the TLS handshake fails",
    fix: "Set the security for this port to STARTTLS, as 587 (SMTP) and 143 (IMAP) expect; or keep SSL/TLS and use port 465 for SMTP or 993 for IMAP."
  },
  {
    id: "tls-version-too-old",
    level: "error",
    description: "The server negotiated a TLS version older than 1.2.",
    message: "{{target}} negotiated {{version}}; TLS 1.2 or newer is expected",
    fix: "Use TLS 1.2 or newer; if the server only offers older versions, it is not the server your offer documents."
  },
  {
    id: "tls-certificate-untrusted",
    level: "error",
    description: "The server's certificate chain does not lead to a trusted authority (an intermediate certificate not sent, a self-signed certificate, a private authority, an interception), or carries a signature or key that mail clients refuse.",
    message: "The certificate of {{target}} is not trusted: {{why}} ({{reason}}); issuer: {{issuer}}",
    fix: "Act on the cause the message names, and look at the issuer. The intermediate certificate not sent (UNABLE_TO_VERIFY_LEAF_SIGNATURE, UNABLE_TO_GET_ISSUER_CERT_LOCALLY with a public authority as issuer): the server's administrator must install the whole chain the authority delivered (the certificate followed by its intermediates, e.g. Let's Encrypt's fullchain.pem, not cert.pem). Self-signed (DEPTH_ZERO_SELF_SIGNED_CERT): replace it with a certificate from a public authority. A private authority (SELF_SIGNED_CERT_IN_CHAIN): pass its certificate with --ca if it is your own or your company's. An issuer named after an antivirus, a firewall or a proxy means it intercepts TLS (on OVH's servers, whose certificates come from a public authority, an untrusted chain almost always means this): turn the interception of mail off. An authority of the chain out of date (CERT_HAS_EXPIRED, CERT_NOT_YET_VALID, the server's own certificate in date): check this computer's clock; if it is right, the server's administrator must send the current intermediate certificate instead of the old one. Never accept the certificate permanently in the mail client. A certificate signed with MD5 or SHA-1, or with a key too small (CA_MD_TOO_WEAK, EE_KEY_TOO_SMALL, CA_KEY_TOO_SMALL), must be reissued by the server's owner: mail clients refuse it."
  },
  {
    id: "tls-certificate-hostname",
    level: "error",
    description: "The server's certificate is not issued for the host name the client connects to.",
    message: "The certificate of {{target}} is for {{names}}, not {{host}}",
    fix: "Use the host name the certificate names (for OVH: ssl0.ovh.net, pro?.mail.ovh.net or ex?.mail.ovh.net), not a CNAME of your own domain such as mail.example.com."
  },
  {
    id: "tls-certificate-cn-only",
    level: "warn",
    description: "The server's certificate has no subjectAltName and names its host only in its subject's Common Name (CN): clients that no longer read the Common Name (RFC 9525; Apple Mail on iOS 13, macOS 10.15 and later) refuse it, while others still accept it.",
    message: "The certificate of {{target}} names {{host}} only in its subject's Common Name (CN={{cn}}), with no subjectAltName: Apple Mail (iOS 13, macOS 10.15 and later) and other clients that no longer read the Common Name refuse it",
    fix: `The server's owner must reissue the certificate with its name in a subjectAltName, as every public authority does (a self-made one: openssl req ... -addext "subjectAltName=DNS:mail.example.com").`
  },
  {
    id: "tls-certificate-expired",
    level: "error",
    description: "The server's certificate expired, or the computer's clock is ahead.",
    message: "The certificate of {{target}} expired on {{notAfter}} (issuer: {{issuer}})",
    fix: "Check the computer's date and time first; if they are right, the server's certificate really expired and the provider must renew it."
  },
  {
    id: "tls-certificate-not-yet-valid",
    level: "error",
    description: "The server's certificate is not valid yet, which almost always means the computer's clock is behind.",
    message: "The certificate of {{target}} is only valid from {{notBefore}} (issuer: {{issuer}})",
    fix: "Check the computer's date, time and time zone, and turn on automatic time setting."
  },
  {
    id: "smtp-banner-missing",
    level: "error",
    description: "The SMTP server did not greet with a 220 banner.",
    message: "{{target}} sent no SMTP 220 greeting ({{reason}})",
    fix: "Make sure this is an SMTP port and the security setting matches it (465 SSL/TLS, 587 STARTTLS)."
  },
  {
    id: "smtp-ehlo-rejected",
    level: "error",
    description: "The SMTP server refused EHLO with a permanent (5xx) reply, so no extension (STARTTLS, AUTH) can be used.",
    message: "{{target}} did not accept EHLO: {{reply}}",
    fix: "Make sure this is the submission server of your offer; a server that refuses EHLO from you may be blocking your network."
  },
  {
    id: "smtp-temporary-failure",
    level: "error",
    description: "The SMTP server answered with a temporary failure (a 4xx reply, RFC 5321 §4.2.1): it is busy, restarting or limiting connections for now, so the later steps could not be checked; this is not a refusal.",
    message: "{{target}} answered {{step}} with a temporary failure: {{reply}}",
    fix: "Run the doctor again in a few minutes: a 4xx reply (421 service not available, 451 local error) means try later; if it lasts, try from another network (the server may be limiting connections from your address) and tell the provider the reply."
  },
  {
    id: "smtp-starttls-missing",
    level: "error",
    description: "The submission port does not offer STARTTLS, so the password would travel in clear.",
    message: "{{target}} does not offer STARTTLS",
    fix: "Do not send the password in clear: use 465 with SSL/TLS, or check that nothing on the network strips STARTTLS."
  },
  {
    id: "smtp-starttls-refused",
    level: "error",
    description: "The submission port advertises STARTTLS in its EHLO reply, then refuses the STARTTLS command, so a client stops before sending the password.",
    message: "{{target}} advertises STARTTLS but refused it: {{reply}}",
    fix: "The server offers encryption and then refuses it (RFC 3207 §4: 454 is a temporary failure): retry later, use 465 with SSL/TLS meanwhile, and tell the provider if it persists."
  },
  {
    id: "connection-lost",
    level: "error",
    description: "The server answered at first, then went silent or closed the connection in the middle of the dialogue, so the later steps could not be checked: this says nothing about the mailbox itself.",
    message: "{{target}} stopped answering during {{step}}: {{reason}}",
    fix: "Run the doctor again: a server that stops mid-dialogue is overloaded or restarting, or something on the way (an antivirus or firewall that inspects mail traffic, a proxy) cuts the connection; if it happens again, try from another network and tell the provider which step stopped."
  },
  {
    id: "server-reply-malformed",
    level: "error",
    description: "The server answered a command with something that is not a reply of the protocol spoken on that port (or one too long to be one), so the later steps could not be checked.",
    message: "{{target}} answered {{step}} with something that is not {{expected}}: {{reply}}",
    fix: "Make sure this host and port are your offer's mail server (IMAP 993 SSL/TLS, SMTP 465 SSL/TLS or 587 STARTTLS): another service answers there, or an antivirus, firewall or proxy rewrites the traffic."
  },
  {
    id: "smtp-auth-missing",
    level: "error",
    description: "The SMTP server advertises no AUTH mechanism, so the client cannot log in to send.",
    message: "{{target}} advertises no AUTH mechanism{{when}}",
    fix: "Use the submission server of your offer (465 SSL/TLS or 587 STARTTLS), not an MX host or port 25."
  },
  {
    id: "smtp-auth-failed",
    level: "error",
    description: "The SMTP server rejected the login.",
    message: "{{target}} rejected the login: {{reply}}",
    fix: "Log in with the full e-mail address as user name, check the password in the webmail, reset it in the control panel if needed."
  },
  {
    id: "imap-greeting-missing",
    level: "error",
    description: "The IMAP server did not send an `* OK` greeting.",
    message: "{{target}} sent no IMAP greeting ({{reason}})",
    fix: "Make sure this is the IMAP server of your offer, on port 993 with SSL/TLS."
  },
  {
    id: "imap-login-disabled",
    level: "error",
    description: "The IMAP server advertises LOGINDISABLED and no AUTH mechanism on an encrypted connection.",
    message: "{{target}} does not allow logging in (LOGINDISABLED, no AUTH=)",
    fix: "Check that the mailbox's offer allows IMAP and that the client uses the offer's IMAP server on 993 SSL/TLS."
  },
  {
    id: "imap-login-failed",
    level: "error",
    description: "The IMAP server refused the login (a tagged NO to AUTHENTICATE or LOGIN, RFC 9051 §6.2.2/§6.2.3): the mail client cannot read the mailbox with these credentials.",
    message: "{{target}} refused the IMAP login: {{reply}}",
    fix: "Log in with the full e-mail address as user name and check the password in the webmail (OVH's guide: test the account in the webmail); reset it in the control panel if the webmail refuses it too. [AUTHORIZATIONFAILED] or [CONTACTADMIN] mean the account itself is blocked: ask its administrator."
  },
  {
    id: "imap-login-temporary",
    level: "error",
    description: "The IMAP server could not check the login for now (NO [UNAVAILABLE] or NO [SERVERBUG], RFC 5530 §3): a fault of the server, not of the password.",
    message: "{{target}} could not check the IMAP login for now: {{reply}}",
    fix: "Do not change the password for this: retry in a few minutes, and if it lasts give the provider's support the reply."
  },
  {
    id: "dnsbl-listed",
    level: "warn",
    description: "A sending address of the domain is listed on a DNS block list.",
    message: "{{ip}} ({{source}}) is listed on {{zone}}: {{answer}}",
    fix: "Find and stop the cause (compromised account, form or server), then ask the list to delist the address; for OVH's own servers, contact OVH support."
  }
];
var DOCTOR_RULES = new Map(rules.map((rule) => [rule.id, rule]));
function doctorFinding(ruleId, domain, name, data) {
  const rule = DOCTOR_RULES.get(ruleId);
  return {
    ruleId,
    level: rule.level,
    message: fillTemplate(rule.message, { domain, ...data }),
    domain,
    file: null,
    name,
    line: 0,
    column: 0,
    endLine: 0,
    endColumn: 0,
    messageId: "default",
    data: { ...data }
  };
}

// src/doctor/dns-basic.ts
function basicDnsChecks(source) {
  return async (domain) => {
    const apex = domain.replace(/\.$/, "");
    const [mx, txt, dmarc] = await Promise.all([
      source.lookup(apex, "MX"),
      source.lookup(apex, "TXT"),
      source.lookup(`_dmarc.${apex}`, "TXT")
    ]);
    const findings = [];
    if (mx.status === "failed") findings.push(lookupFailed(apex, mx));
    else if (mx.status !== "ok" || mx.values.length === 0) findings.push(doctorFinding("mx-missing", apex, apex, {}));
    if (txt.status === "failed") findings.push(lookupFailed(apex, txt));
    else if (!spfRecords(txt).length) findings.push(doctorFinding("spf-missing", apex, apex, {}));
    if (dmarc.status === "failed") findings.push(lookupFailed(apex, dmarc));
    else if (!(dmarc.status === "ok" && dmarc.values.some(isDmarcRecord))) {
      findings.push(doctorFinding("dmarc-missing", apex, `_dmarc.${apex}`, {}));
    }
    return findings;
  };
}
function spfRecords(txt) {
  return txt.status === "ok" ? txt.values.filter(isSpfRecord) : [];
}
function lookupFailed(domain, rrset) {
  const reason = rrset.failure ? `${rrset.failure.reason}${rrset.failure.detail ? ` (${rrset.failure.detail})` : ""}` : "failed";
  return doctorFinding("dns-lookup-failed", domain, rrset.name, { name: rrset.name, type: rrset.type, reason });
}

// src/doctor/dnsbl.ts
import { isIP } from "node:net";
var MAX_ADDRESSES = 32;
function spfAddresses(record) {
  const addresses = [];
  const skippedRanges = [];
  for (const term of record.split(/\s+/)) {
    const match = /^[+\-~?]?(ip4|ip6):([^/]+)(?:\/(\d+))?$/i.exec(term);
    if (!match) continue;
    const family = match[1].toLowerCase() === "ip4" ? 4 : 6;
    const ip = match[2];
    const prefix = match[3] === void 0 ? null : Number(match[3]);
    if (isIP(ip) !== family) continue;
    if (prefix !== null && prefix !== (family === 4 ? 32 : 128)) {
      skippedRanges.push(`${ip}/${prefix}`);
      continue;
    }
    addresses.push({ ip, source: `SPF ${family === 4 ? "ip4" : "ip6"}` });
  }
  return { addresses, skippedRanges };
}
function dnsblQueryName(ip, zone) {
  const suffix = zone.replace(/^\.+|\.+$/g, "");
  if (isIP(ip) === 4) return `${ip.split(".").reverse().join(".")}.${suffix}`;
  if (isIP(ip) === 6) return `${expandIpv6(ip).split("").reverse().join(".")}.${suffix}`;
  return null;
}
function expandIpv6(ip) {
  let text = ip.toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const octets = v4[1].split(".").map(Number);
    text = text.slice(0, -v4[1].length) + `${(octets[0] << 8 | octets[1]).toString(16)}:${(octets[2] << 8 | octets[3]).toString(16)}`;
  }
  const [head, tail] = text.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const fill = tail === void 0 ? [] : new Array(8 - headGroups.length - tailGroups.length).fill("0");
  return [...headGroups, ...fill, ...tailGroups].map((group) => group.padStart(4, "0")).join("");
}
async function sendingAddresses(source, domain) {
  const apex = domain.replace(/\.$/, "");
  const notes = [];
  const findings = [];
  const found = [];
  const [txt, mx] = await Promise.all([source.lookup(apex, "TXT"), source.lookup(apex, "MX")]);
  if (txt.status === "failed") findings.push(lookupFailed(apex, txt));
  for (const record of spfRecords(txt)) {
    const { addresses: addresses2, skippedRanges } = spfAddresses(record);
    found.push(...addresses2);
    if (skippedRanges.length) notes.push(`SPF ranges not checked: ${skippedRanges.join(" ")}`);
  }
  if (mx.status === "failed") findings.push(lookupFailed(apex, mx));
  const hosts = mx.status === "ok" ? mx.values.map((v) => v.split(/\s+/)[1] ?? "").filter((h) => h && h !== ".") : [];
  const answers = await Promise.all(hosts.flatMap((host) => [source.lookup(host, "A"), source.lookup(host, "AAAA")]));
  for (const rrset of answers) {
    if (rrset.status === "failed") findings.push(lookupFailed(apex, rrset));
    if (rrset.status === "ok") for (const ip of rrset.values) found.push({ ip, source: `MX ${rrset.name.replace(/\.$/, "")}` });
  }
  const unique = /* @__PURE__ */ new Map();
  for (const address of found) if (!unique.has(address.ip)) unique.set(address.ip, address);
  const addresses = [...unique.values()];
  if (addresses.length > MAX_ADDRESSES) notes.push(`only the first ${MAX_ADDRESSES} of ${addresses.length} addresses checked`);
  return { addresses: addresses.slice(0, MAX_ADDRESSES), notes, findings };
}
async function checkZone(source, domain, zone, addresses) {
  const findings = [];
  const listed = [];
  let clean = 0;
  await Promise.all(
    addresses.map(async (address) => {
      const name = dnsblQueryName(address.ip, zone);
      if (!name) return;
      const answer = await source.lookup(name, "A");
      if (answer.status === "failed") {
        findings.push(lookupFailed(domain, answer));
        return;
      }
      if (answer.status !== "ok") {
        clean++;
        return;
      }
      const codes = answer.values.filter((v) => /^127\.0\.0\.\d+$/.test(v) && v !== "127.0.0.1");
      if (codes.length === 0) {
        findings.push(
          doctorFinding("dns-lookup-failed", domain, name, { name, type: "A", reason: `the list answered ${answer.values.join(", ")}, which is not a listing (query refused?)` })
        );
        return;
      }
      const reason = await source.lookup(name, "TXT");
      const text = reason.status === "ok" && reason.values.length ? ` (${reason.values.join(" ").slice(0, 200)})` : "";
      const answerText = `${codes.join(", ")}${text}`;
      listed.push({ address, answer: answerText });
      findings.push(doctorFinding("dnsbl-listed", domain, address.ip, { ip: address.ip, source: address.source, zone, answer: answerText }));
    })
  );
  return { listed, findings, clean };
}

// src/doctor/net.ts
import net from "node:net";
import tls from "node:tls";
async function connectTcp(target, timeoutMs, attempts, lookup) {
  let last = { kind: "timeout", detail: "no attempt made" };
  const tries = Math.max(1, attempts);
  for (let attempt = 1; attempt <= tries; attempt++) {
    const outcome = await connectOnce(target, timeoutMs, lookup);
    if (outcome instanceof net.Socket) return { ok: true, socket: outcome, attempts: attempt };
    last = outcome;
    if (outcome.kind !== "timeout") return { ok: false, failure: outcome, attempts: attempt };
  }
  return { ok: false, failure: last, attempts: tries };
}
function connectOnce(target, timeoutMs, lookup) {
  return new Promise((resolve10) => {
    const socket = net.connect({ host: target.host, port: target.port, ...lookup ? { lookup } : {} });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve10({ kind: "timeout", detail: `no answer within ${timeoutMs} ms` });
    }, timeoutMs);
    socket.once("connect", () => {
      clearTimeout(timer);
      socket.removeAllListeners("error");
      socket.on("error", () => void 0);
      resolve10(socket);
    });
    socket.once("error", (error) => {
      clearTimeout(timer);
      socket.destroy();
      resolve10(classifyError(error));
    });
  });
}
function classifyError(error) {
  const code = error.code ?? "";
  if (code === "ECONNREFUSED") return { kind: "refused", detail: "connection refused" };
  if (code === "ETIMEDOUT") return { kind: "timeout", detail: "connection timed out" };
  if (code === "ENOTFOUND" || code === "EAI_NODATA" || code === "EAI_NONAME") return { kind: "host-not-found", detail: code };
  if (code === "EAI_AGAIN" || code === "EAI_FAIL") return { kind: "lookup-failed", detail: `${code}: the DNS did not answer` };
  const reason = UNREACHABLE_REASONS[code];
  if (reason) return { kind: "unreachable", detail: `${reason} (${code})` };
  return { kind: "unreachable", detail: `the connection failed: ${code || error.message}` };
}
var UNREACHABLE_REASONS = {
  EHOSTUNREACH: "no route to the host: a router or firewall on the way rejects the connection, or the host is down",
  ENETUNREACH: "the network is unreachable: this computer has no route to it (not connected, or no IPv6 route)",
  EADDRNOTAVAIL: "no local address to connect from: this computer's network connection is down or not configured",
  EACCES: "a firewall on this computer forbade the connection",
  EPERM: "a firewall on this computer forbade the connection"
};
function startTls(socket, options) {
  return new Promise((resolve10) => {
    const readBefore = socket.bytesRead;
    const secure = tls.connect({
      socket,
      ...options.servername ? { servername: options.servername } : {},
      ...options.ca ? { ca: options.ca } : {},
      rejectUnauthorized: false,
      minVersion: "TLSv1",
      ciphers: "DEFAULT@SECLEVEL=0"
    });
    const timer = setTimeout(() => {
      secure.destroy();
      if (socket.bytesRead > readBefore) resolve10({ ok: false, reason: `the TLS handshake started, then stalled: nothing more within ${options.timeoutMs} ms`, silent: false, kind: "tls-error" });
      else resolve10({ ok: false, reason: `no TLS answer within ${options.timeoutMs} ms`, silent: true, kind: "tls-error" });
    }, options.timeoutMs);
    secure.once("secureConnect", () => {
      clearTimeout(timer);
      secure.removeAllListeners("error");
      secure.on("error", () => void 0);
      resolve10({ ok: true, socket: secure });
    });
    secure.once("error", (error) => {
      clearTimeout(timer);
      secure.destroy();
      resolve10({ ok: false, reason: tlsErrorText(error), silent: false, kind: error.code === "ECONNRESET" ? "closed" : NOT_TLS.has(error.code ?? "") ? "not-tls" : "tls-error" });
    });
    secure.once("close", () => {
      clearTimeout(timer);
      resolve10({ ok: false, reason: "connection closed during the TLS handshake", silent: false, kind: "closed" });
    });
  });
}
var NOT_TLS = /* @__PURE__ */ new Set(["ERR_SSL_WRONG_VERSION_NUMBER", "ERR_SSL_PACKET_LENGTH_TOO_LONG", "ERR_SSL_HTTP_REQUEST"]);
function tlsErrorText(error) {
  if (NOT_TLS.has(error.code ?? "")) return "the server does not speak TLS on this port";
  if (error.code === "ECONNRESET") return "connection reset during the TLS handshake";
  return error.code ? `${error.code}` : error.message.split("\n")[0];
}
var LineReader = class _LineReader {
  constructor(socket) {
    this.socket = socket;
    socket.on("data", this.onData);
    socket.on("end", this.onEnd);
    socket.on("close", this.onEnd);
  }
  buffer = "";
  lines = [];
  waiter = null;
  ended = false;
  onData = (chunk) => {
    this.buffer += chunk.toString("latin1");
    let index;
    while ((index = this.buffer.indexOf("\n")) >= 0) {
      this.lines.push(this.buffer.slice(0, index).replace(/\r$/, ""));
      this.buffer = this.buffer.slice(index + 1);
    }
    if (this.buffer.length > _LineReader.MAX_LINE) {
      this.lines.push(this.buffer.slice(0, _LineReader.MAX_LINE));
      this.buffer = "";
    }
    if (this.lines.length > _LineReader.MAX_QUEUED) {
      this.lines.length = _LineReader.MAX_QUEUED;
      this.socket.destroy();
    }
    this.wake();
  };
  onEnd = () => {
    this.ended = true;
    this.wake();
  };
  static MAX_LINE = 8192;
  static MAX_QUEUED = 1e3;
  /**
   * Next whole line, or null on timeout or end of stream (told apart by `closed`). Data that arrives
   * without completing a line does not end the wait: a reply may come in several TCP segments.
   */
  async readLine(timeoutMs) {
    const endsAt = Date.now() + timeoutMs;
    while (this.lines.length === 0 && !this.ended) {
      const remaining = endsAt - Date.now();
      if (remaining <= 0) break;
      await new Promise((resolve10) => {
        const timer = setTimeout(() => {
          this.waiter = null;
          resolve10();
        }, remaining);
        this.waiter = () => {
          clearTimeout(timer);
          this.waiter = null;
          resolve10();
        };
      });
    }
    return this.lines.length > 0 ? this.lines.shift() : null;
  }
  /** What arrived after the last line end: a line still being sent, or one that will never be finished. */
  get partial() {
    return this.buffer;
  }
  get closed() {
    return this.ended && this.lines.length === 0;
  }
  write(text) {
    if (!this.socket.destroyed) this.socket.write(text, "latin1");
  }
  /** Stops reading so the socket can be handed to TLS (STARTTLS); returns whatever was read ahead. */
  detach() {
    this.socket.off("data", this.onData);
    this.socket.off("end", this.onEnd);
    this.socket.off("close", this.onEnd);
    const pending = this.lines;
    this.lines = [];
    return pending;
  }
  wake() {
    this.waiter?.();
  }
};
var MAX_TIMER_MS = 2 ** 31 - 1;
function withTimeout(promise, ms, fallback) {
  return new Promise((resolve10, reject) => {
    const timer = setTimeout(() => resolve10(fallback()), Math.min(MAX_TIMER_MS, Math.max(0, ms)));
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve10(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      }
    );
  });
}

// src/doctor/target.ts
import { isIP as isIP2 } from "node:net";
function parseTarget(text, defaultPort) {
  const trimmed = text.trim();
  let host;
  let portText;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(trimmed);
  if (bracketed) {
    host = bracketed[1];
    portText = bracketed[2];
    if (isIP2(host) !== 6) return null;
  } else {
    const parts = trimmed.split(":");
    if (parts.length > 2) return isIP2(trimmed) === 6 ? { host: trimmed, port: defaultPort } : null;
    host = parts[0];
    portText = parts[1];
    if (portText === "") return null;
  }
  if (!isHostName(host) && isIP2(host) === 0) return null;
  const port = portText === void 0 ? defaultPort : Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return null;
  return { host: host.toLowerCase(), port };
}
function isHostName(host) {
  return host.length > 0 && host.length <= 253 && /^(?!-)[a-z0-9-_]{1,63}(?:\.(?!-)[a-z0-9-_]{1,63})*\.?$/i.test(host);
}
function formatTarget(target) {
  return isIP2(target.host) === 6 ? `[${target.host}]:${target.port}` : `${target.host}:${target.port}`;
}

// src/doctor/tls.ts
import { X509Certificate as X509Certificate3 } from "node:crypto";
import { readFileSync as readFileSync4 } from "node:fs";
import { isIP as isIP3 } from "node:net";
import tls2 from "node:tls";

// src/doctor/cert-signature.ts
import { X509Certificate } from "node:crypto";
var WEAK_SIGNATURES = {
  "1.2.840.113549.1.1.2": "MD2",
  "1.2.840.113549.1.1.3": "MD4",
  "1.2.840.113549.1.1.4": "MD5",
  "1.2.840.113549.1.1.5": "SHA-1",
  "1.3.14.3.2.29": "SHA-1",
  "1.2.840.10040.4.3": "SHA-1",
  "1.2.840.10045.4.1": "SHA-1"
};
var MAX_CHAIN = 16;
var SEQUENCE = 48;
var OBJECT_IDENTIFIER = 6;
function signatureAlgorithmOid(der) {
  const certificate = derAt(der, 0, der.length);
  if (!certificate || certificate.tag !== SEQUENCE) return null;
  const tbs = derAt(der, certificate.start, certificate.end);
  if (!tbs || tbs.tag !== SEQUENCE) return null;
  const algorithm = derAt(der, tbs.end, certificate.end);
  if (!algorithm || algorithm.tag !== SEQUENCE) return null;
  const oid = derAt(der, algorithm.start, algorithm.end);
  if (!oid || oid.tag !== OBJECT_IDENTIFIER || oid.end === oid.start || oid.end - oid.start > 64) return null;
  const arcs = [];
  let value = 0;
  for (let i = oid.start; i < oid.end; i++) {
    value = value * 128 + (der[i] & 127);
    if (der[i] & 128) continue;
    if (arcs.length === 0) arcs.push(value < 40 ? 0 : value < 80 ? 1 : 2, value < 80 ? value % 40 : value - 80);
    else arcs.push(value);
    value = 0;
  }
  return arcs.join(".");
}
var MIN_FIELD_BITS = 1024;
var MIN_EC_BITS = 160;
function keySize(cert) {
  try {
    const key = new X509Certificate(cert.raw).publicKey;
    const type = key.asymmetricKeyType;
    if ((type === "rsa" || type === "rsa-pss" || type === "dsa") && key.asymmetricKeyDetails?.modulusLength) {
      return { bits: key.asymmetricKeyDetails.modulusLength, ec: false };
    }
    if (type === "ec" && typeof cert.bits === "number") return { bits: cert.bits, ec: true };
  } catch {
  }
  return null;
}
function described(cert, depth) {
  if (depth === 0) return "the server's certificate";
  const cn = cert.subject?.CN;
  const name = Array.isArray(cn) ? cn.join("+") : cn;
  return name ? `the authority CN=${name}` : "an authority of its chain";
}
function weakLinkInChain(leaf) {
  let cert = leaf;
  for (let depth = 0; depth < MAX_CHAIN && cert?.raw; depth++) {
    const issuer = cert.issuerCertificate;
    const size = keySize(cert);
    if (size && size.bits < (size.ec ? MIN_EC_BITS : MIN_FIELD_BITS)) {
      return {
        reason: depth === 0 ? "EE_KEY_TOO_SMALL" : "CA_KEY_TOO_SMALL",
        why: `${described(cert, depth)} has a ${size.bits}-bit ${size.ec ? "EC" : "RSA or DSA"} key, small enough to be broken`
      };
    }
    const anchor = issuer === cert || issuer !== void 0 && issuer.fingerprint256 === cert.fingerprint256;
    const oid = anchor ? null : signatureAlgorithmOid(cert.raw);
    const hash = oid ? WEAK_SIGNATURES[oid] : void 0;
    if (hash) return { reason: "CA_MD_TOO_WEAK", why: `${described(cert, depth)} is signed with ${hash}, a hash whose signatures can be forged` };
    if (anchor) return null;
    cert = issuer;
  }
  return null;
}

// src/doctor/chain-trust.ts
import { X509Certificate as X509Certificate2 } from "node:crypto";
var MAX_CHAIN2 = 10;
function issuedBy(cert, issuer) {
  try {
    return cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
  } catch {
    return false;
  }
}
function selfSigned(cert) {
  try {
    return cert.subject === cert.issuer && cert.verify(cert.publicKey);
  } catch {
    return false;
  }
}
var same = (a, b) => a.fingerprint256 === b.fingerprint256;
function chainDistrust(presented, trusted) {
  const leaf = presented[0];
  if (!leaf) return "UNABLE_TO_VERIFY_LEAF_SIGNATURE";
  const used = /* @__PURE__ */ new Set();
  let cert = leaf;
  for (let depth = 0; depth < MAX_CHAIN2; depth++) {
    used.add(cert.fingerprint256);
    if (trusted.some((anchor) => same(anchor, cert) || issuedBy(cert, anchor))) return null;
    if (selfSigned(cert)) return depth === 0 ? "DEPTH_ZERO_SELF_SIGNED_CERT" : "SELF_SIGNED_CERT_IN_CHAIN";
    const named = presented.filter((candidate) => !used.has(candidate.fingerprint256) && cert.checkIssued(candidate));
    if (named.length === 0) return depth === 0 ? "UNABLE_TO_VERIFY_LEAF_SIGNATURE" : "UNABLE_TO_GET_ISSUER_CERT_LOCALLY";
    const issuer = named.find((candidate) => issuedBy(cert, candidate));
    if (!issuer) return "CERT_SIGNATURE_FAILURE";
    if (!issuer.ca) return "INVALID_CA";
    cert = issuer;
  }
  return "CERT_CHAIN_TOO_LONG";
}
function certificatesOfPem(pem) {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  const certificates = [];
  for (const block2 of blocks) {
    try {
      certificates.push(new X509Certificate2(block2));
    } catch {
    }
  }
  return certificates;
}

// src/doctor/tls.ts
var NOT_CHAIN_ERRORS = /* @__PURE__ */ new Set(["CERT_HAS_EXPIRED", "CERT_NOT_YET_VALID", "ERR_TLS_CERT_ALTNAME_INVALID"]);
var DATE_ERRORS = /* @__PURE__ */ new Set(["CERT_HAS_EXPIRED", "CERT_NOT_YET_VALID", "ERROR_IN_CERT_NOT_BEFORE_FIELD", "ERROR_IN_CERT_NOT_AFTER_FIELD"]);
var MODERN = /* @__PURE__ */ new Set(["TLSv1.2", "TLSv1.3"]);
var CHAIN_ERROR_WORDS = {
  DEPTH_ZERO_SELF_SIGNED_CERT: "it is self-signed, vouched for by no authority: a self-hosted server's own certificate, or one made up by an antivirus or proxy that intercepts TLS",
  SELF_SIGNED_CERT_IN_CHAIN: "its chain ends at an authority that is not trusted here: a private one (a company's, a self-hosted server's), or an antivirus or proxy that intercepts TLS",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "the chain the server sent stops at an authority that is not trusted here: most often the server does not send its intermediate certificate; else the authority is unknown (a private one, or an interception)",
  UNABLE_TO_GET_ISSUER_CERT: "the certificate of an authority of its chain is missing: most often the server does not send its intermediate certificate",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "its issuer is not a trusted authority and the server sent no certificate linking it to one: most often the server does not send its intermediate certificate; else the issuer is unknown (a private authority, or an interception)",
  CERT_SIGNATURE_FAILURE: "its signature does not verify",
  CERT_REVOKED: "it was revoked",
  INVALID_CA: "a certificate in its chain is not allowed to act as an authority",
  CERT_UNTRUSTED: "its authority is not trusted for this purpose",
  CERT_REJECTED: "its authority is marked as not to be trusted",
  CERT_CHAIN_TOO_LONG: "its chain is too long to be followed to an authority"
};
function observeTls(socket, host, ca) {
  const cert = socket.getPeerCertificate(false);
  const hasCert = cert && Object.keys(cert).length > 0;
  const authorizationError = socket.authorized ? null : String(socket.authorizationError ?? "UNKNOWN");
  let hostnameError = null;
  if (hasCert) {
    const error = tls2.checkServerIdentity(host, cert);
    hostnameError = error ? error.message : null;
  } else {
    hostnameError = "no certificate";
  }
  return {
    protocol: socket.getProtocol(),
    authorizationError,
    subject: hasCert ? distinguishedName(cert.subject) : "",
    issuer: hasCert ? distinguishedName(cert.issuer) : "",
    names: hasCert ? certificateNames(cert) : [],
    notBefore: hasCert ? certificateDate(cert.valid_from) : null,
    notAfter: hasCert ? certificateDate(cert.valid_to) : null,
    hostnameError,
    weakLink: hasCert ? weakLinkInChain(socket.getPeerCertificate(true)) : null,
    authorities: hasCert && authorizationError !== null && DATE_ERRORS.has(authorizationError) ? authoritiesOf(socket.getPeerCertificate(true)) : [],
    commonNameOnly: hasCert && !cert.subjectaltname && hostnameError === null && isIP3(host) === 0 ? certificateNames(cert)[0] ?? null : null,
    hiddenDistrust: hasCert && authorizationError !== null && DATE_ERRORS.has(authorizationError) ? chainDistrust(presentedChain(socket.getPeerCertificate(true)), trustedSet(ca)) : null
  };
}
function presentedChain(leaf) {
  const chain = [];
  const seen = /* @__PURE__ */ new Set();
  let cert = leaf;
  while (cert?.raw && chain.length <= MAX_CHAIN2 && !seen.has(cert.fingerprint256)) {
    seen.add(cert.fingerprint256);
    try {
      chain.push(new X509Certificate3(cert.raw));
    } catch {
      break;
    }
    cert = cert.issuerCertificate;
  }
  return chain;
}
function authoritiesOf(leaf) {
  const authorities = [];
  const seen = /* @__PURE__ */ new Set([leaf.fingerprint256]);
  let cert = leaf.issuerCertificate;
  while (cert?.raw && authorities.length < MAX_CHAIN2 && !seen.has(cert.fingerprint256)) {
    seen.add(cert.fingerprint256);
    const cn = cert.subject?.CN;
    authorities.push({ name: `CN=${Array.isArray(cn) ? cn.join("+") : cn ?? "?"}`, notBefore: certificateDate(cert.valid_from), notAfter: certificateDate(cert.valid_to) });
    cert = cert.issuerCertificate;
  }
  return authorities;
}
var storeCertificates = null;
function trustedSet(ca) {
  if (ca !== null) return certificatesOfPem(ca);
  if (!storeCertificates) {
    let extra = "";
    const file = process.env.NODE_EXTRA_CA_CERTS;
    if (file) {
      try {
        extra = readFileSync4(file, "utf8");
      } catch {
      }
    }
    storeCertificates = certificatesOfPem(`${tls2.rootCertificates.join("\n")}
${extra}`);
  }
  return storeCertificates;
}
function certificateDate(text) {
  if (!text) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}
function distinguishedName(dn) {
  if (!dn) return "";
  const parts = [];
  for (const key of ["CN", "O", "C"]) {
    const value = dn[key];
    if (value) parts.push(`${key}=${Array.isArray(value) ? value.join("+") : value}`);
  }
  return parts.join(", ");
}
function certificateNames(cert) {
  const san = cert.subjectaltname;
  if (san) {
    return san.split(/,\s*/).map((entry) => entry.replace(/^(DNS|IP Address):/, "")).filter((name) => name.length > 0);
  }
  const cn = cert.subject?.CN;
  return cn ? Array.isArray(cn) ? cn : [cn] : [];
}
function assessTls(observation, target, host, now) {
  const problems = [];
  const issuer = observation.issuer || "(none)";
  if (observation.notBefore && now < observation.notBefore) {
    problems.push({ ruleId: "tls-certificate-not-yet-valid", data: { target, issuer, notBefore: observation.notBefore.toISOString() } });
  }
  if (observation.notAfter && now > observation.notAfter) {
    problems.push({ ruleId: "tls-certificate-expired", data: { target, issuer, notAfter: observation.notAfter.toISOString() } });
  }
  const distrust = observation.authorizationError && !NOT_CHAIN_ERRORS.has(observation.authorizationError) ? observation.authorizationError : observation.hiddenDistrust;
  const outOfDate = problems.length > 0 ? null : authorityOutOfDate(observation.authorities, now);
  if (distrust) {
    const why = CHAIN_ERROR_WORDS[distrust] ?? "the chain does not lead to a trusted authority";
    problems.push({ ruleId: "tls-certificate-untrusted", data: { target, issuer, why, reason: distrust } });
  } else if (outOfDate) {
    problems.push({ ruleId: "tls-certificate-untrusted", data: { target, issuer, ...outOfDate } });
  } else if (observation.weakLink) {
    const { why, reason } = observation.weakLink;
    problems.push({ ruleId: "tls-certificate-untrusted", data: { target, issuer, why, reason } });
  }
  if (observation.hostnameError) {
    problems.push({
      ruleId: "tls-certificate-hostname",
      data: { target, host, names: observation.names.join(", ") || "(no names)" }
    });
  } else if (observation.commonNameOnly !== null) {
    problems.push({ ruleId: "tls-certificate-cn-only", data: { target, host, cn: observation.commonNameOnly } });
  }
  if (!observation.protocol || !MODERN.has(observation.protocol)) {
    problems.push({ ruleId: "tls-version-too-old", data: { target, version: observation.protocol ?? "unknown" } });
  }
  return problems;
}
function authorityOutOfDate(authorities, now) {
  for (const authority of authorities) {
    if (authority.notAfter && now > authority.notAfter) {
      return {
        why: `the authority ${authority.name} of its chain expired on ${authority.notAfter.toISOString()}: if this computer's clock is right, the server must send a current intermediate certificate`,
        reason: "CERT_HAS_EXPIRED"
      };
    }
    if (authority.notBefore && now < authority.notBefore) {
      return { why: `the authority ${authority.name} of its chain is only valid from ${authority.notBefore.toISOString()}: this computer's clock is probably behind`, reason: "CERT_NOT_YET_VALID" };
    }
  }
  return null;
}
function describeTls(observation) {
  const until = observation.notAfter ? `, valid until ${observation.notAfter.toISOString().slice(0, 10)}` : "";
  return `${observation.protocol ?? "?"}, certificate ${observation.subject || "(none)"} issued by ${observation.issuer || "(none)"}${until}`;
}
function serverNameFor(host) {
  return isIP3(host) === 0 ? host.replace(/\.$/, "") : null;
}

// src/doctor/connection.ts
var SERVICE_LABEL = {
  imap: "IMAP, SSL/TLS",
  smtps: "SMTP, SSL/TLS",
  submission: "SMTP, STARTTLS"
};
async function connectStep(session, service, target) {
  const where = formatTarget(target);
  let socket = null;
  await session.step(`${service}-connect`, where, async () => {
    const timeoutMs = session.stepTimeout();
    const attempts = Math.max(1, Math.min(session.options.attempts, Math.floor(session.remainingMs() / timeoutMs)));
    const result = await connectTcp(target, timeoutMs, attempts, session.options.lookup);
    if (result.ok) {
      socket = session.track(result.socket);
      return { detail: `connected (${SERVICE_LABEL[service]})` };
    }
    const tries = result.attempts > 1 ? ` after ${result.attempts} attempts` : "";
    const { failure } = result;
    switch (failure.kind) {
      case "refused":
        return { detail: `refused${tries}`, findings: [session.finding("port-unreachable", target.host, { target: where, service: SERVICE_LABEL[service] })] };
      case "timeout":
        return {
          detail: `no answer${tries} (${timeoutMs} ms each)`,
          findings: [session.finding("port-timeout", target.host, { target: where, service: SERVICE_LABEL[service], timeoutMs })]
        };
      case "lookup-failed":
        return {
          detail: `host name could not be looked up (${failure.detail})`,
          findings: [session.finding("host-lookup-failed", target.host, { host: target.host, reason: failure.detail })]
        };
      case "host-not-found":
        return { detail: `host name does not resolve (${failure.detail})`, findings: [session.finding("host-not-found", target.host, { host: target.host, reason: failure.detail })] };
      case "unreachable":
        return {
          detail: `not reached: ${failure.detail}`,
          findings: [session.finding("network-unreachable", target.host, { target: where, service: SERVICE_LABEL[service], reason: failure.detail })]
        };
    }
  });
  return socket;
}
async function tlsStep(session, service, target, socket, afterStarttls = false) {
  const where = formatTarget(target);
  let channel = null;
  await session.step(`${service}-tls`, where, async () => {
    const result = await startTls(socket, { servername: serverNameFor(target.host), ca: session.options.ca, timeoutMs: session.stepTimeout() });
    if (!result.ok) {
      socket.destroy();
      if (result.silent && afterStarttls) return dialogueFailure(session, target, "the TLS handshake after STARTTLS", { reason: result.reason, kind: "timeout" }, "a TLS answer");
      if (result.silent) return silentAfterAccept(session, service, target, result.reason);
      if (afterStarttls && result.kind === "closed") return dialogueFailure(session, target, "the TLS handshake after STARTTLS", { reason: "connection closed", kind: "closed" }, "a TLS answer");
      if (afterStarttls && result.kind === "not-tls") {
        return dialogueFailure(session, target, "the TLS handshake after STARTTLS", { reason: result.reason, kind: "malformed", received: result.reason }, "a TLS answer");
      }
      const greeting = afterStarttls ? null : await clearGreeting(session, target);
      if (greeting !== null) {
        return {
          detail: `${result.reason}; on a new connection the server greets in clear: ${greeting}`,
          findings: [session.finding("implicit-tls-on-starttls-port", target.host, { target: where, greeting, service: SERVICE_LABEL[service] })]
        };
      }
      return { detail: result.reason, findings: [session.finding("tls-handshake-failed", target.host, { target: where, reason: result.reason })] };
    }
    session.track(result.socket);
    const observation = observeTls(result.socket, target.host.replace(/\.$/, ""), session.options.ca);
    const problems = assessTls(observation, where, target.host, session.options.now());
    channel = { reader: new LineReader(result.socket), verified: problems.every((p) => DOCTOR_RULES.get(p.ruleId)?.level !== "error") };
    return { detail: describeTls(observation), findings: problems.map((p) => session.finding(p.ruleId, target.host, p.data)) };
  });
  return channel;
}
function dialogueFailure(session, target, step, failure, expected) {
  const where = formatTarget(target);
  if (failure.kind === "malformed") {
    return { detail: failure.reason, findings: [session.finding("server-reply-malformed", target.host, { target: where, step, expected, reply: failure.received ?? failure.reason })] };
  }
  return { detail: failure.reason, findings: [session.finding("connection-lost", target.host, { target: where, step, reason: failure.reason })] };
}
function shown(line) {
  const clean = line.replace(/[^\x20-\x7e]/g, "?");
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}
async function clearGreeting(session, target) {
  if (session.remainingMs() <= 0) return null;
  const connected = await connectTcp(target, session.stepTimeout(), 1, session.options.lookup);
  if (!connected.ok) return null;
  session.track(connected.socket);
  const reader = new LineReader(connected.socket);
  try {
    const line = await reader.readLine(session.stepTimeout());
    return line !== null && (/^220[ -]/.test(line) || /^\* (OK|PREAUTH)\b/i.test(line)) ? shown(line) : null;
  } finally {
    connected.socket.destroy();
  }
}
async function speaksImplicitTls(session, target) {
  if (session.remainingMs() <= 0) return false;
  const connected = await connectTcp(target, session.stepTimeout(), 1, session.options.lookup);
  if (!connected.ok) return false;
  session.track(connected.socket);
  const result = await startTls(connected.socket, { servername: serverNameFor(target.host), ca: session.options.ca, timeoutMs: session.stepTimeout() });
  if (result.ok) result.socket.destroy();
  connected.socket.destroy();
  return result.ok;
}
async function silentGreeting(session, service, target, reason) {
  if (await speaksImplicitTls(session, target)) {
    return {
      detail: `connection accepted, then ${reason}; on a new connection the server completes a TLS handshake from the first byte`,
      findings: [session.finding("starttls-on-implicit-tls-port", target.host, { target: formatTarget(target), service: SERVICE_LABEL[service] })]
    };
  }
  return silentAfterAccept(session, service, target, reason);
}
function closeQuietly(reader, socket) {
  reader?.socket.destroy();
  socket?.destroy();
}
function silentAfterAccept(session, service, target, reason) {
  return {
    detail: `connection accepted, then ${reason}`,
    findings: [session.finding("port-timeout", target.host, { target: formatTarget(target), service: SERVICE_LABEL[service], timeoutMs: session.stepTimeout() })]
  };
}

// src/doctor/smtp.ts
var MAX_REPLY_LINES = 200;
async function readReply(reader, timeoutMs) {
  const endsAt = Date.now() + timeoutMs;
  const lines = [];
  let code = 0;
  for (let count = 0; count < MAX_REPLY_LINES; count++) {
    const line = await reader.readLine(Math.max(0, endsAt - Date.now()));
    if (line === null) {
      if (reader.closed) return { ok: false, reason: "connection closed", silent: false, kind: "closed" };
      if (lines.length > 0) return { ok: false, reason: `reply not finished within ${timeoutMs} ms (${lines.length} lines)`, silent: false, kind: "timeout" };
      if (reader.partial.length > 0) {
        return { ok: false, reason: `no line ended by CRLF within ${timeoutMs} ms, only an incomplete one: ${printable(reader.partial)}`, silent: false, kind: "timeout" };
      }
      return { ok: false, reason: `no reply within ${timeoutMs} ms`, silent: true, kind: "timeout" };
    }
    if (line.length >= LineReader.MAX_LINE) {
      return { ok: false, reason: `a reply line longer than ${LineReader.MAX_LINE} bytes`, silent: false, kind: "malformed", received: `a line longer than ${LineReader.MAX_LINE} bytes` };
    }
    const match = /^(\d{3})([ -]?)(.*)$/.exec(line);
    if (!match) return { ok: false, reason: `not an SMTP reply: ${printable(line)}`, silent: false, kind: "malformed", received: printable(line) };
    code = Number(match[1]);
    lines.push(match[3]);
    if (match[2] !== "-") return { ok: true, reply: { code, lines } };
  }
  return { ok: false, reason: `reply longer than ${MAX_REPLY_LINES} lines`, silent: false, kind: "malformed", received: `a reply longer than ${MAX_REPLY_LINES} lines` };
}
function ehloKeywords(reply) {
  return reply.lines.slice(1).map((line) => line.trim().toUpperCase());
}
function authMechanisms(keywords) {
  const mechanisms = /* @__PURE__ */ new Set();
  for (const keyword of keywords) {
    const match = /^AUTH[ =](.*)$/.exec(keyword);
    if (match) {
      for (const mechanism of match[1].split(/\s+/)) if (mechanism) mechanisms.add(mechanism);
    }
  }
  return [...mechanisms];
}
function printable(text) {
  const clean = text.replace(/[^\x20-\x7e]/g, "?");
  return clean.length > 120 ? `${clean.slice(0, 117)}...` : clean;
}
function explainAuthReply(code) {
  switch (code) {
    case 235:
      return "accepted";
    case 535:
      return "user name or password rejected";
    case 534:
      return "the server wants another way of signing in (mechanism too weak or sign-in blocked)";
    case 538:
      return "encryption required before logging in";
    case 530:
      return "authentication required";
    case 454:
      return "temporary authentication failure, retry later";
    case 432:
      return "a password change is required before this account can log in";
    case 421:
      return "the server is closing the connection for now, retry later";
    case 504:
      return "mechanism not supported";
    default:
      return "unexpected reply";
  }
}
function ehloName(socket) {
  const address = socket.localAddress ?? "127.0.0.1";
  return address.includes(":") ? `[IPv6:${address}]` : `[${address}]`;
}
function hideSent(text, credentials) {
  if (!credentials) return text;
  let out = text;
  for (const secret of sentForms(credentials)) out = out.split(secret).join("***");
  return out;
}
function sentForms(credentials) {
  const forms = /* @__PURE__ */ new Set();
  const add = (text) => {
    if (text.length < 3) return;
    forms.add(text);
    const bytes = Buffer.from(text, "utf8");
    for (const encoded of [bytes.toString("base64"), bytes.toString("base64url"), bytes.toString("hex"), encodeURIComponent(text)]) {
      forms.add(encoded);
      forms.add(encoded.replace(/=+$/, ""));
    }
  };
  for (const secret of [credentials.password, credentials.user]) if (secret) add(secret);
  add(`\0${credentials.user}\0${credentials.password}`);
  add(`${credentials.user}\0${credentials.password}`);
  return [...forms].filter((f) => f.length >= 3).sort((a, b) => b.length - a.length);
}
function statusOnly(reply) {
  const enhanced = /^([245]\.\d{1,3}\.\d{1,3})(?:\s|$)/.exec(reply.lines[0] ?? "");
  return enhanced ? `${reply.code} ${enhanced[1]}` : `${reply.code}`;
}
function afterCredentialFailure(session, target, step, failure, expected, credentials) {
  const reason = hideSent(failure.reason, credentials);
  const outcome = dialogueFailure(session, target, step, { reason, kind: failure.kind, received: "(not shown: it follows a credential)" }, expected);
  return { ...outcome, detail: `${step}: ${reason}` };
}
function failureOnly(reason) {
  return reason.replace(/:.*$/s, "");
}
async function probeSmtp(session, service, target, credentials) {
  const where = formatTarget(target);
  const socket = await connectStep(session, service, target);
  if (!socket) return;
  let reader = null;
  let verified = false;
  try {
    if (service === "smtps") {
      const channel = await tlsStep(session, service, target, socket);
      if (!channel) return;
      ({ reader, verified } = channel);
    } else {
      reader = new LineReader(socket);
    }
    const banner = await session.step(`${service}-banner`, where, async () => {
      const result = await readReply(reader, session.stepTimeout());
      if (!result.ok && result.silent) return service === "submission" ? silentGreeting(session, service, target, result.reason) : silentAfterAccept(session, service, target, result.reason);
      if (!result.ok) return { detail: result.reason, findings: [session.finding("smtp-banner-missing", target.host, { target: where, reason: result.reason })] };
      const text = printable(result.reply.lines[0] ?? "");
      if (isTemporary(result.reply.code)) return temporaryFailure(session, target, "the connection", result.reply);
      if (result.reply.code !== 220) {
        const reason = `${result.reply.code} ${text}`;
        return { detail: reason, findings: [session.finding("smtp-banner-missing", target.host, { target: where, reason })] };
      }
      return { detail: `220 ${text}` };
    });
    if (!banner || banner.status === "problem" || banner.findings?.length) return;
    let keywords = await ehloStep(session, `${service}-ehlo`, target, reader, socket);
    if (!keywords) return;
    if (service === "submission") {
      if (!keywords.includes("STARTTLS")) {
        await session.step("submission-starttls", where, async () => ({
          detail: "STARTTLS not offered in the EHLO reply",
          findings: [session.finding("smtp-starttls-missing", target.host, { target: where })]
        }));
        return;
      }
      const started = await session.step("submission-starttls", where, async () => {
        reader.write("STARTTLS\r\n");
        const result = await readReply(reader, session.stepTimeout());
        if (!result.ok) return dialogueFailure(session, target, "STARTTLS", result, "an SMTP reply");
        if (result.reply.code !== 220) {
          const reply = `${result.reply.code} ${printable(result.reply.lines[0] ?? "")}`;
          return { detail: `STARTTLS answered ${reply}`, findings: [session.finding("smtp-starttls-refused", target.host, { target: where, reply })] };
        }
        return { detail: "220, starting TLS" };
      });
      if (!started || started.findings?.length) return;
      reader.detach();
      const channel = await tlsStep(session, service, target, socket, true);
      if (!channel) return;
      ({ reader, verified } = channel);
      keywords = await ehloStep(session, "submission-ehlo-tls", target, reader, socket);
      if (!keywords) return;
    }
    const mechanisms = authMechanisms(keywords);
    await session.step(`${service}-auth`, where, async () => {
      if (mechanisms.length === 0) {
        return { detail: "no AUTH keyword in the EHLO reply", findings: [session.finding("smtp-auth-missing", target.host, { target: where, when: service === "submission" ? " after STARTTLS" : "" })] };
      }
      return { detail: `AUTH ${mechanisms.join(" ")}` };
    });
    if (credentials) {
      if ("skip" in credentials) session.skip(`${service}-login`, where, credentials.skip);
      else if (mechanisms.length === 0) session.skip(`${service}-login`, where, "no AUTH mechanism to log in with");
      else if (!verified) session.skip(`${service}-login`, where, "password not sent: the TLS session failed verification (see the TLS check)");
      else await loginStep(session, service, target, reader, mechanisms, credentials);
    }
    reader.write("QUIT\r\n");
    await readReply(reader, Math.min(session.stepTimeout(), 1e3));
  } finally {
    closeQuietly(reader, socket);
  }
}
function isTemporary(code) {
  return code >= 400 && code < 500;
}
function temporaryFailure(session, target, step, reply) {
  const shown2 = `${reply.code} ${printable(reply.lines[0] ?? "")}`;
  return { detail: `temporary failure: ${shown2}`, findings: [session.finding("smtp-temporary-failure", target.host, { target: formatTarget(target), step, reply: shown2 })] };
}
async function ehloStep(session, id, target, reader, socket) {
  const where = formatTarget(target);
  let keywords = null;
  await session.step(id, where, async () => {
    reader.write(`EHLO ${ehloName(socket)}\r
`);
    const result = await readReply(reader, session.stepTimeout());
    if (!result.ok) return dialogueFailure(session, target, "EHLO", result, "an SMTP reply");
    if (isTemporary(result.reply.code)) return temporaryFailure(session, target, "EHLO", result.reply);
    if (result.reply.code !== 250) {
      const reply = `${result.reply.code} ${printable(result.reply.lines[0] ?? "")}`;
      return { detail: reply, findings: [session.finding("smtp-ehlo-rejected", target.host, { target: where, reply })] };
    }
    keywords = ehloKeywords(result.reply);
    return { detail: `250, ${keywords.length} extensions: ${keywords.map((k) => k.split(" ")[0]).join(" ") || "(none)"}` };
  });
  return keywords;
}
async function loginStep(session, service, target, reader, mechanisms, credentials) {
  const where = formatTarget(target);
  const b64 = (text) => Buffer.from(text, "utf8").toString("base64");
  await session.step(`${service}-login`, where, async () => {
    let result;
    let mechanism;
    if (mechanisms.includes("PLAIN")) {
      mechanism = "PLAIN";
      reader.write(`AUTH PLAIN ${b64(`\0${credentials.user}\0${credentials.password}`)}\r
`);
      result = await readReply(reader, session.stepTimeout());
    } else if (mechanisms.includes("LOGIN")) {
      mechanism = "LOGIN";
      reader.write("AUTH LOGIN\r\n");
      result = await readReply(reader, session.stepTimeout());
      let sent = 0;
      for (const secret of [credentials.user, credentials.password]) {
        if (!result.ok || result.reply.code !== 334) break;
        reader.write(`${b64(secret)}\r
`);
        sent++;
        result = await readReply(reader, session.stepTimeout());
      }
      if (result.ok && result.reply.code === 235 && sent < 2) {
        return afterCredentialFailure(session, target, "AUTH LOGIN", { reason: "235 (accepted) before the password was sent", kind: "malformed" }, "a request for the password (334)", credentials);
      }
    } else {
      return { status: "skipped", detail: `neither PLAIN nor LOGIN offered (${mechanisms.join(" ")})` };
    }
    if (!result.ok) {
      return afterCredentialFailure(session, target, `AUTH ${mechanism}`, { reason: failureOnly(result.reason), kind: result.kind }, "an SMTP reply", credentials);
    }
    const { code } = result.reply;
    const reply = `${statusOnly(result.reply)} (${explainAuthReply(code)})`;
    if (code === 235) return { detail: `AUTH ${mechanism}: ${reply}` };
    if (isTemporary(code) && code !== 432) {
      return { detail: `AUTH ${mechanism}: temporary failure: ${reply}`, findings: [session.finding("smtp-temporary-failure", target.host, { target: where, step: `AUTH ${mechanism}`, reply })] };
    }
    return { detail: `AUTH ${mechanism}: ${reply}`, findings: [session.finding("smtp-auth-failed", target.host, { target: where, reply, code })] };
  });
}

// src/doctor/imap.ts
var MAX_RESPONSE_LINES = 200;
function parseCapabilities(line) {
  const match = /^\* CAPABILITY (.*)$/i.exec(line) ?? /\[CAPABILITY ([^\]]*)\]/i.exec(line);
  return match ? match[1].trim().split(/\s+/).map((c) => c.toUpperCase()) : null;
}
function capabilityFailure(session, target, detail, received) {
  const outcome = dialogueFailure(session, target, "CAPABILITY", { reason: detail, kind: "malformed", received }, "a capability list and OK (RFC 9051 §6.1.1)");
  return { ...outcome, detail: `CAPABILITY ${detail}` };
}
function imapQuoted(text) {
  if (/[^\x20-\x7e]/.test(text)) return null;
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
function loginCommand(capabilities, credentials) {
  if (capabilities.includes("AUTH=PLAIN")) {
    const message = Buffer.from(`\0${credentials.user}\0${credentials.password}`, "utf8").toString("base64");
    return capabilities.includes("SASL-IR") ? { name: "AUTHENTICATE PLAIN", lines: [`A2 AUTHENTICATE PLAIN ${message}`] } : { name: "AUTHENTICATE PLAIN", lines: ["A2 AUTHENTICATE PLAIN", message] };
  }
  if (capabilities.includes("LOGINDISABLED")) return { skip: "LOGINDISABLED and no AUTH=PLAIN: no way to log in that this check speaks" };
  const user = imapQuoted(credentials.user);
  const password = imapQuoted(credentials.password);
  if (!user || !password) return { skip: "LOGIN only, and the user name or password has characters a quoted string cannot carry (RFC 9051 §4.3)" };
  return { name: "LOGIN", lines: [`A2 LOGIN ${user} ${password}`] };
}
async function imapLogin(session, target, reader, capabilities, credentials) {
  const where = formatTarget(target);
  const command = loginCommand(capabilities, credentials);
  if ("skip" in command) return { status: "skipped", detail: command.skip };
  const timeoutMs = session.stepTimeout();
  const endsAt = Date.now() + timeoutMs;
  const failed = (reason, kind) => afterCredentialFailure(session, target, command.name, { reason, kind }, "a tagged IMAP response", credentials);
  const [first, ...rest] = command.lines;
  reader.write(`${first}\r
`);
  let pending = rest;
  for (let count = 0; count < MAX_RESPONSE_LINES; count++) {
    const line = await reader.readLine(Math.max(0, endsAt - Date.now()));
    if (line === null) return failed(reader.closed ? "connection closed" : `no tagged reply within ${timeoutMs} ms`, reader.closed ? "closed" : "timeout");
    if (line.startsWith("+")) {
      const next = pending[0];
      pending = pending.slice(1);
      reader.write(next !== void 0 ? `${next}\r
` : "*\r\n");
      if (next === void 0) return failed("a second continuation request after the credential", "malformed");
      continue;
    }
    const tagged = /^A2 (OK|NO|BAD)\b(?: \[([A-Z0-9-]+)[^\]]*\])?/i.exec(line);
    if (!tagged) {
      if (/^\* /.test(line)) continue;
      return failed("not an IMAP response", "malformed");
    }
    const status = tagged[1].toUpperCase();
    const code = tagged[2]?.toUpperCase();
    const reply = code ? `${status} [${code}]` : status;
    if (status === "OK" && pending.length > 0) {
      return afterCredentialFailure(session, target, command.name, { reason: "OK before the credential was sent", kind: "malformed" }, "a continuation request (+) for the credential", credentials);
    }
    if (status === "OK") return { detail: `${command.name}: OK (logged in)` };
    if (status === "BAD") return failed(`answered BAD${code ? ` [${code}]` : ""}`, "malformed");
    if (code === "UNAVAILABLE" || code === "SERVERBUG") {
      return { detail: `${command.name}: ${reply}`, findings: [session.finding("imap-login-temporary", target.host, { target: where, reply })] };
    }
    return { detail: `${command.name}: ${reply}`, findings: [session.finding("imap-login-failed", target.host, { target: where, reply })] };
  }
  return failed(`reply longer than ${MAX_RESPONSE_LINES} lines`, "malformed");
}
async function probeImap(session, target, credentials = null) {
  const where = formatTarget(target);
  const socket = await connectStep(session, "imap", target);
  if (!socket) return { loginRefused: false };
  let reader = null;
  let loginRefused = false;
  try {
    const channel = await tlsStep(session, "imap", target, socket);
    if (!channel) return { loginRefused };
    reader = channel.reader;
    const { verified } = channel;
    const greeting = await session.step("imap-greeting", where, async () => {
      const line = await reader.readLine(session.stepTimeout());
      if (line === null && !reader.closed && reader.partial.length > 0) {
        const reason = `no line ended by CRLF within ${session.stepTimeout()} ms, only an incomplete one: ${printable(reader.partial)}`;
        return { detail: reason, findings: [session.finding("imap-greeting-missing", target.host, { target: where, reason })] };
      }
      if (line === null && !reader.closed) return silentAfterAccept(session, "imap", target, `no greeting within ${session.stepTimeout()} ms`);
      if (line === null) {
        const reason = reader.closed ? "connection closed" : `nothing within ${session.stepTimeout()} ms`;
        return { detail: reason, findings: [session.finding("imap-greeting-missing", target.host, { target: where, reason })] };
      }
      if (line.length >= LineReader.MAX_LINE) {
        const reason = `a greeting line longer than ${LineReader.MAX_LINE} bytes`;
        return { detail: reason, findings: [session.finding("imap-greeting-missing", target.host, { target: where, reason })] };
      }
      if (!/^\* (OK|PREAUTH)\b/i.test(line)) {
        const reason = printable(line);
        return { detail: reason, findings: [session.finding("imap-greeting-missing", target.host, { target: where, reason })] };
      }
      return { detail: printable(line) };
    });
    if (!greeting || greeting.findings?.length) return { loginRefused };
    let offered = null;
    const capability = await session.step("imap-capability", where, async () => {
      reader.write("A1 CAPABILITY\r\n");
      const timeoutMs = session.stepTimeout();
      const endsAt = Date.now() + timeoutMs;
      let capabilities = null;
      let count = 0;
      for (; count < MAX_RESPONSE_LINES; count++) {
        const line = await reader.readLine(Math.max(0, endsAt - Date.now()));
        if (line === null) {
          const reason = reader.closed ? "connection closed" : count > 0 ? `reply not finished within ${timeoutMs} ms (${count} lines)` : `no reply within ${timeoutMs} ms`;
          return dialogueFailure(session, target, "CAPABILITY", { reason, kind: reader.closed ? "closed" : "timeout" }, "an IMAP response");
        }
        if (line.length >= LineReader.MAX_LINE) {
          return dialogueFailure(session, target, "CAPABILITY", { reason: `a response line longer than ${LineReader.MAX_LINE} bytes`, kind: "malformed" }, "an IMAP response");
        }
        capabilities ??= parseCapabilities(line);
        if (/^A1 OK\b/i.test(line)) break;
        if (/^A1 (NO|BAD)\b/i.test(line)) return capabilityFailure(session, target, `refused: ${printable(line)}`, printable(line));
        if (!/^[*+] /.test(line)) return dialogueFailure(session, target, "CAPABILITY", { reason: `not an IMAP response: ${printable(line)}`, kind: "malformed", received: printable(line) }, "an IMAP response");
      }
      if (count === MAX_RESPONSE_LINES) {
        return dialogueFailure(session, target, "CAPABILITY", { reason: `response longer than ${MAX_RESPONSE_LINES} lines`, kind: "malformed" }, "an IMAP response");
      }
      if (!capabilities) return capabilityFailure(session, target, "no CAPABILITY line in the reply", "an OK without any CAPABILITY line");
      const auth = capabilities.filter((c) => c.startsWith("AUTH="));
      offered = capabilities;
      if (capabilities.includes("LOGINDISABLED") && auth.length === 0) {
        return { detail: capabilities.join(" "), findings: [session.finding("imap-login-disabled", target.host, { target: where })] };
      }
      return { detail: capabilities.join(" ") };
    });
    if (credentials) {
      const capabilities = offered;
      if (!capability || !capabilities) session.skip("imap-login", where, "no capability list to log in with");
      else if (!verified) session.skip("imap-login", where, "password not sent: the TLS session failed verification (see the TLS check)");
      else {
        const login = await session.step("imap-login", where, () => imapLogin(session, target, reader, capabilities, credentials));
        loginRefused = login?.findings?.some((finding) => finding.ruleId === "imap-login-failed") ?? false;
      }
    }
    reader.write("A3 LOGOUT\r\n");
    for (let count = 0; count < 3; count++) if (await reader.readLine(Math.min(session.stepTimeout(), 1e3)) === null) break;
    return { loginRefused };
  } finally {
    closeQuietly(reader, socket);
  }
}

// src/doctor/session.ts
function timedOut(finding) {
  if (finding.ruleId === "port-timeout") return true;
  return finding.ruleId === "connection-lost" && finding.data?.reason !== "connection closed";
}
var Session = class {
  constructor(options) {
    this.options = options;
    this.clock = options.clock ?? (() => performance.now());
    this.endsAt = this.clock() + options.deadlineMs;
    options.signal?.addEventListener("abort", () => {
      for (const socket of this.sockets) socket.destroy();
      this.sockets.clear();
    }, { once: true });
  }
  checks = [];
  findings = [];
  clock;
  endsAt;
  /** The run's open connections, closed at once on an interrupt so nothing outlives the report. */
  sockets = /* @__PURE__ */ new Set();
  /** The signal's name once the run was interrupted, else null. */
  get interrupted() {
    const signal = this.options.signal;
    return signal?.aborted ? String(signal.reason ?? "interrupted") : null;
  }
  /** Registers a connection of the run: closed on an interrupt (at once if it already happened). */
  track(socket) {
    if (this.interrupted) {
      socket.destroy();
      return socket;
    }
    this.sockets.add(socket);
    socket.once("close", () => this.sockets.delete(socket));
    return socket;
  }
  /** Why a step is not run: the deadline passed, or the user interrupted the run. */
  skipReason() {
    const interrupted = this.interrupted;
    return interrupted ? `interrupted (${interrupted}) before this step` : "overall deadline reached before this step";
  }
  get domain() {
    return this.options.domain;
  }
  remainingMs() {
    if (this.interrupted) return 0;
    return Math.max(0, this.endsAt - this.clock());
  }
  /** The timeout for the next network wait: the step timeout, cut short by the overall deadline. */
  stepTimeout() {
    return Math.max(1, Math.round(Math.min(this.options.timeoutMs, this.remainingMs(), MAX_TIMER_MS)));
  }
  finding(ruleId, name, data) {
    return doctorFinding(ruleId, this.domain, name, data);
  }
  skip(id, target, detail) {
    this.checks.push({ id, target, status: "skipped", elapsedMs: 0, detail, findings: [] });
  }
  /** Steps the deadline or an interrupt kept from running, or cut short: the report is incomplete. */
  notRun = 0;
  /** Skips a step the deadline or an interrupt leaves no time for (skipReason says which). */
  skipNotRun(id, target) {
    this.notRun++;
    this.skip(id, target, this.skipReason());
  }
  /** Null when every step ran to its end; else how many did not, and why. */
  incomplete() {
    if (this.notRun === 0) return null;
    const interrupted = this.interrupted;
    return { reason: interrupted ? `interrupted by ${interrupted}` : "the overall deadline passed", steps: this.notRun };
  }
  /** Runs one step unless the deadline has passed; a throwing step is recorded, never propagated. */
  async step(id, target, run) {
    if (this.remainingMs() <= 0) {
      this.skipNotRun(id, target);
      return null;
    }
    const started = this.clock();
    const budgetCut = this.remainingMs() < this.options.timeoutMs;
    let outcome;
    const signal = this.options.signal;
    let onAbort = null;
    const interrupted = new Promise((resolve10) => {
      onAbort = () => resolve10(null);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
    try {
      const settled = await Promise.race([
        run().catch((error) => ({ status: "problem", detail: `internal error: ${error instanceof Error ? error.message : String(error)}` })),
        interrupted
      ]);
      if (settled === null) {
        this.notRun++;
        this.checks.push({ id, target, status: "skipped", elapsedMs: Math.round(this.clock() - started), detail: `interrupted (${this.interrupted}) during this step`, findings: [] });
        return null;
      }
      outcome = settled;
    } finally {
      if (onAbort) signal?.removeEventListener("abort", onAbort);
    }
    let findings = outcome.findings ?? [];
    if (budgetCut && findings.some(timedOut)) {
      findings = findings.filter((f) => !timedOut(f));
      this.notRun++;
      this.findings.push(...findings);
      this.checks.push({ id, target, status: "skipped", elapsedMs: Math.round(this.clock() - started), detail: `the overall deadline passed during this step and cut its wait short (${outcome.detail})`, findings });
      return null;
    }
    this.findings.push(...findings);
    const status = outcome.status ?? (findings.some((f) => f.level !== "info") ? "problem" : "ok");
    this.checks.push({ id, target, status, elapsedMs: Math.round(this.clock() - started), detail: outcome.detail, findings });
    return outcome;
  }
};

// src/doctor/doctor.ts
var DEFAULT_TIMEOUT_MS = 5e3;
var DEFAULT_ATTEMPTS = 2;
var DEFAULT_DEADLINE_MS2 = 6e4;
async function runDoctor(options) {
  const domain = options.domain.replace(/\.$/, "").toLowerCase();
  const session = new Session({
    domain,
    timeoutMs: options.timeoutMs,
    attempts: options.attempts,
    deadlineMs: options.deadlineMs,
    ca: options.ca,
    now: options.now ?? (() => /* @__PURE__ */ new Date()),
    ...options.signal ? { signal: options.signal } : {},
    ...options.lookup ? { lookup: options.lookup } : {}
  });
  const dnsChecks = options.dnsChecks ?? (options.dns ? basicDnsChecks(options.dns) : null);
  if (dnsChecks) {
    await session.step("dns", domain, async () => {
      const timedOut2 = Symbol("timeout");
      const findings = await withTimeout(dnsChecks(domain), session.remainingMs(), () => timedOut2);
      if (findings === timedOut2) return { status: "problem", detail: "DNS checks did not finish before the overall deadline" };
      const ids = findings.map((f) => f.ruleId);
      return { detail: findings.length ? `${findings.length} finding(s): ${[...new Set(ids)].join(", ")}` : "MX, SPF and DMARC published", findings };
    });
  } else {
    session.skip("dns", domain, "no DNS source");
  }
  const loginService = "target" in options.services.submission ? "submission" : "target" in options.services.smtps ? "smtps" : null;
  let imapRefusedLogin = null;
  for (const service of ["imap", "smtps", "submission"]) {
    const plan = options.services[service];
    if (!("target" in plan)) {
      session.skip(`${service}-connect`, "-", plan.skip);
      continue;
    }
    if (session.remainingMs() <= 0) {
      session.skipNotRun(`${service}-connect`, `${plan.target.host}:${plan.target.port}`);
      continue;
    }
    if (service === "imap") {
      if ((await probeImap(session, plan.target, options.credentials)).loginRefused) imapRefusedLogin = formatTarget(plan.target);
    } else if (service !== loginService || !options.credentials) {
      await probeSmtp(session, service, plan.target, null);
    } else {
      const skip = `not tried: ${imapRefusedLogin} refused the same credentials over IMAP, and each failed login counts towards locking the account`;
      await probeSmtp(session, service, plan.target, imapRefusedLogin ? { skip } : options.credentials);
    }
  }
  if (options.dnsblZones.length === 0) {
    session.skip("dnsbl", "-", "no --dnsbl zone given");
  } else if (!options.dns) {
    session.skip("dnsbl", "-", "no DNS source");
  } else {
    const dns = options.dns;
    let addresses = null;
    await session.step("dnsbl-addresses", domain, async () => {
      const found2 = await withTimeout(sendingAddresses(dns, domain), session.remainingMs(), () => null);
      if (!found2) return { status: "problem", detail: "sending addresses not found before the overall deadline" };
      addresses = found2;
      const list = found2.addresses.map((a) => `${a.ip} (${a.source})`).join(", ") || "none";
      return { detail: [`${found2.addresses.length} address(es): ${list}`, ...found2.notes].join("; "), findings: found2.findings };
    });
    const found = addresses;
    for (const zone of options.dnsblZones) {
      if (!found || found.addresses.length === 0) {
        session.skip("dnsbl", zone, "no sending address to check");
        continue;
      }
      await session.step("dnsbl", zone, async () => {
        const verdict = await withTimeout(checkZone(dns, domain, zone, found.addresses), session.remainingMs(), () => null);
        if (!verdict) return { status: "problem", detail: "block list did not answer before the overall deadline" };
        const unchecked = verdict.findings.filter((f) => f.ruleId === "dns-lookup-failed").length;
        const parts = [
          ...verdict.listed.map((l) => `${l.address.ip} listed: ${l.answer}`),
          ...verdict.clean > 0 || verdict.listed.length === 0 && unchecked === 0 ? [`${verdict.clean} address(es) not listed`] : [],
          ...unchecked > 0 ? [`${unchecked} address(es) could not be checked (see dns-lookup-failed)`] : []
        ];
        return { detail: parts.join("; "), findings: verdict.findings };
      });
    }
  }
  const incomplete = session.incomplete();
  return { domain, checks: session.checks, findings: session.findings, ...incomplete ? { incomplete } : {} };
}
function doctorExitCode(report) {
  return report.findings.some((f) => f.level !== "info") || report.checks.some((c) => c.status === "problem") || report.incomplete || report.hostApiFailure ? 1 : 0;
}

// src/doctor/terminal-safe.ts
function defang(text) {
  return text.replace(TERMINAL_ACTING, "?").replace(LOG_COMMAND, "$1?");
}

// src/doctor/format.ts
function doctorJson(report) {
  return {
    version: 1,
    findings: report.findings.map(findingJson),
    checks: report.checks.map((c) => ({ id: c.id, target: c.target, status: c.status, elapsedMs: c.elapsedMs, detail: c.detail })),
    summary: summarize(report.findings),
    ...report.incomplete ? { incomplete: report.incomplete } : {},
    ...report.hostApiFailure ? { hostApiFailure: report.hostApiFailure } : {}
  };
}
function formatDoctorJson(report) {
  return `${reportJson(doctorJson(report))}
`;
}
var STATUS_LABEL = { ok: "ok", problem: "PROBLEM", skipped: "skipped" };
var doctorFix = (ruleId) => DOCTOR_RULES.get(ruleId)?.fix;
function formatDoctorText(report, options = {}) {
  const fixFor = (ruleId) => options.fixFor?.(ruleId) ?? doctorFix(ruleId);
  const shown2 = options.quiet ? report.checks.filter((c) => c.status === "problem") : report.checks;
  const idWidth = Math.max(0, ...shown2.map((c) => c.id.length));
  const targetWidth = Math.max(0, ...shown2.map((c) => c.target.length));
  const out = [`maildns doctor ${report.domain}`, ""];
  for (const check of shown2) {
    const time = check.status === "skipped" ? "" : ` (${check.elapsedMs} ms)`;
    out.push(`  ${STATUS_LABEL[check.status].padEnd(7)}  ${check.id.padEnd(idWidth)}  ${check.target.padEnd(targetWidth)}  ${oneLine2(check.detail)}${time}`);
    for (const finding of check.findings) out.push(`           ${finding.level}  ${oneLine2(finding.message)}  [${finding.ruleId}]`);
    for (const ruleId of new Set(check.findings.map((f) => f.ruleId))) {
      const fix = fixFor(ruleId);
      if (fix) out.push(`           fix (${ruleId}): ${fix}`);
    }
  }
  const { errors, warnings, infos } = summarize(report.findings);
  const problems = report.checks.filter((c) => c.status === "problem").length;
  out.push("");
  const notRun = report.incomplete ? `Incomplete: ${report.incomplete.steps} step(s) not run (${report.incomplete.reason}); ` : "";
  const unnamed = report.hostApiFailure ? `Incomplete: ${report.hostApiFailure.host}'s DKIM selector names not read (${report.hostApiFailure.call ?? "its API"}${report.hostApiFailure.status !== null ? ` failed with ${report.hostApiFailure.status}` : " failed"}); ` : "";
  const incomplete = `${notRun}${unnamed}`;
  out.push(
    problems === 0 && errors + warnings === 0 && !incomplete ? `All checks passed (${report.checks.filter((c) => c.status === "ok").length} ok, ${report.checks.filter((c) => c.status === "skipped").length} skipped).` : `${incomplete}${problems} check(s) with a problem: ${errors} error(s), ${warnings} warning(s), ${infos} info.`
  );
  return `${out.join("\n")}
`;
}
function oneLine2(text) {
  return defang(text.replace(/[\r\n\t]+/g, " "));
}

// src/doctor/audit-checks.ts
function auditDnsChecks(source, options) {
  return async (domain) => {
    const result = await auditDomains([domain], {
      sourceFor: async () => source,
      rulesSource: source,
      ...options.offer ? { offer: options.offer } : {},
      // The doctor checks a mailbox of the domain: the domain takes mail, and a missing MX is a fault.
      mailDomain: true,
      cwd: options.cwd,
      // One domain, looked at in full: the doctor checks client settings too, and guesses selectors.
      observe: OBSERVABLES,
      ...options.policy ? { policy: options.policy } : {},
      ...options.selectors ? { selectorsFor: () => options.selectors } : {},
      // Selectors the mail host reports (OVH's API): known to exist, looked at like a zone file's.
      ...options.knownSelectors?.length ? { knownSelectorsFor: () => options.knownSelectors } : {}
    });
    const failed = result.failures.map((f) => doctorFinding("dns-lookup-failed", domain, f.name, { name: f.name, type: f.type, reason: `${f.reason}${f.detail ? ` (${f.detail})` : ""}` }));
    return [...failed, ...result.findings];
  };
}

// src/cli/password-input.ts
import { open } from "node:fs/promises";
import { isatty } from "node:tty";
import { resolve as resolve3 } from "node:path";
var MAX_PASSWORD_BYTES = 4096;
function firstLine(bytes, label) {
  const text = bytes.toString("utf8").split(/\r?\n/)[0];
  if (text === "") throw new UsageError(`${label}: no password in it (the first line is empty)`);
  return text;
}
function tooLong(label) {
  return new UsageError(`${label}: longer than ${MAX_PASSWORD_BYTES} bytes, which is not a password file; give the file that holds only the password`);
}
async function readRegularFile(path, label) {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw new UsageError(`${label}: cannot read it (${error.code ?? "error"})`);
  }
  try {
    const buffer = Buffer.alloc(MAX_PASSWORD_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > MAX_PASSWORD_BYTES) throw tooLong(label);
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${label}: cannot read it (${error.code ?? "error"})`);
  } finally {
    await handle.close();
  }
}
function readStandardInput(stdin, timeoutMs, label) {
  return new Promise((resolvePromise, reject) => {
    const chunks = [];
    let length = 0;
    const finish = (error) => {
      clearTimeout(timer);
      stdin.off("data", onData);
      stdin.off("end", onEnd);
      stdin.off("error", onError);
      stdin.pause();
      stdin.destroy();
      if (error) reject(error);
      else resolvePromise(Buffer.concat(chunks, length));
    };
    const onData = (chunk) => {
      chunks.push(chunk);
      length += chunk.length;
      if (length > MAX_PASSWORD_BYTES) finish(tooLong(label));
      else if (chunk.includes(10)) finish(null);
    };
    const onEnd = () => finish(null);
    const onError = (error) => finish(new UsageError(`${label}: cannot read standard input (${error.code ?? "error"})`));
    const timer = setTimeout(() => finish(new UsageError(`${label}: nothing ended the password on standard input within ${timeoutMs} ms (pipe it in, ending with a new line or the end of the input)`)), timeoutMs);
    stdin.on("data", onData);
    stdin.once("end", onEnd);
    stdin.once("error", onError);
    stdin.resume();
  });
}
async function readPasswordFile(file, cwd, timeoutMs, stdin = process.stdin) {
  const label = `--password-file ${file}`;
  if (file === "-") {
    if (isatty(0)) throw new UsageError(`${label}: standard input is a terminal; pipe the password in (e.g. from your password manager) or give a file readable only by you`);
    return firstLine(await readStandardInput(stdin, timeoutMs, label), label);
  }
  return firstLine(await readRegularFile(resolve3(cwd, file), label), label);
}

// src/cli/commands/doctor.ts
var OFFERS = ["mx-plan", "email-pro", "hosted-exchange", "private-exchange", "zimbra"];
var REGIONS = ["eu", "ca"];
var DEFAULT_PORTS = { imap: 993, smtps: 465, submission: 587 };
var LOGIN_USER_ENV = "MAILDNS_LOGIN_USER";
var LOGIN_PASSWORD_ENV = "MAILDNS_LOGIN_PASSWORD";
var OPTIONS3 = {
  offer: { type: "string" },
  region: { type: "string" },
  imap: { type: "string" },
  smtps: { type: "string" },
  submission: { type: "string" },
  ca: { type: "string" },
  timeout: { type: "string" },
  deadline: { type: "string" },
  dnsbl: { type: "string", multiple: true },
  selector: { type: "string", multiple: true },
  resolver: { type: "string", multiple: true },
  format: { type: "string", short: "f" },
  quiet: { type: "boolean", short: "q" },
  policy: { type: "string" },
  output: { type: "string", short: "o" },
  "fail-on": { type: "string" },
  login: { type: "boolean" },
  "password-file": { type: "string" },
  evidence: { type: "string" },
  help: { type: "boolean", short: "h" }
};
var USAGE2 = `Usage: maildns doctor DOMAIN [options]

Runs OVH's mailbox troubleshooting checklist, in its order: DNS (the same checks as \`maildns audit\`:
MX, SPF, DKIM, DMARC with the policy pack's rules), then for each client
server: connection (refused or silent), TLS (version >= 1.2, trusted chain, host name, dates, issuer),
the SMTP dialogue (banner, EHLO, STARTTLS, EHLO, AUTH) and the IMAP greeting and CAPABILITY; then
block lists. No mail is sent.

Options:
  --offer OFFER          mx-plan (default), email-pro, hosted-exchange, private-exchange, zimbra
  --region REGION        eu (default) or ca
  --imap HOST[:PORT]     IMAP server, SSL/TLS (default port 993)
  --smtps HOST[:PORT]    SMTP server, SSL/TLS (default port 465)
  --submission HOST[:PORT]
                         SMTP server, STARTTLS (default port 587)
                         Defaults: ssl0.ovh.net for MX Plan and Zimbra (imap/smtp.mail.ovh.ca in CA);
                         for Email Pro and Exchange give your pro?/ex? server once, it is used for all
                         three. "none" skips a service.
  --ca FILE              trust the CAs in this PEM file instead of Node's store
  --timeout MS           per network step (default ${DEFAULT_TIMEOUT_MS}); a silent connection is tried ${DEFAULT_ATTEMPTS} times
  --deadline MS          the whole run (default ${DEFAULT_DEADLINE_MS2}); steps left are reported as skipped
  --dnsbl ZONE           check the domain's sending addresses on this block list (repeatable; none by default)
  --selector NAME        a DKIM selector the domain signs with (repeatable): one with no key record is an
                         error; without any, common names are probed and none found is only a warning
  --resolver IP[:PORT]   DNS server to ask (repeatable; default: the system's)
  --policy NAME|FILE     policy pack for the DNS step: ovh (default), rfc, strict, parked, or a pack file
  -f, --format FORMAT    text (default) or json
  -o, --output FILE      write the report to FILE instead of standard output
  --fail-on LEVEL        exit 1 only for findings at or above LEVEL (error, warn, info), or a DNS lookup
                         that failed (what it would have shown is unknown); without it, any problem (a
                         warning or worse, or a failed check) exits 1
  -q, --quiet            print only the checks with a problem
  --evidence FILE        also check the DKIM selectors this DMARC evidence file saw (maildns reports evidence)
  --login                also try to log in over IMAP and SMTP as ${LOGIN_USER_ENV}, with the password from
                         --password-file or ${LOGIN_PASSWORD_ENV} (never printed; sent only over a TLS
                         session that passed verification)
  --password-file FILE   read the password from the first line of FILE, or from standard input with -
                         (pipe it from a password manager); never type it on the command line, where the
                         process list and the shell's history keep it
  -h, --help             show this help

Ctrl-C (SIGINT) or SIGTERM ends the step under way, skips the rest and still prints the report; the
process then ends by the signal (a second one stops it at once).

Exit codes: 0 all well, 1 a problem was found, the deadline left steps unrun, or the mail host's credentials
were given but its API did not name the DKIM selectors (said on stderr), 2 usage error.`;
function positiveInteger(value, flag, fallback) {
  if (value === void 0) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1) throw new UsageError(`${flag} must be a whole number of milliseconds (got '${value}')`);
  if (number > MAX_TIMER_MS) throw new UsageError(`${flag} must be at most ${MAX_TIMER_MS} ms, about 24 days (got '${value}')`);
  return number;
}
function domainArgument(positionals) {
  if (positionals.length !== 1) throw new UsageError(`expected exactly one DOMAIN (got ${positionals.length})
Run \`maildns doctor --help\` for usage.`);
  const read = readDomainArgument(positionals[0]);
  if ("problem" in read) throw new UsageError(notADomainName(positionals[0], read.problem));
  return read.domain;
}
function planServices(flags, offer, region) {
  const given = {};
  for (const service of ["imap", "smtps", "submission"]) {
    const text = flags[service];
    if (text === void 0) continue;
    if (text.trim().toLowerCase() === "none") {
      given[service] = { skip: `--${service} none` };
      continue;
    }
    const target = parseTarget(text, DEFAULT_PORTS[service]);
    if (!target) throw new UsageError(`--${service} must be HOST or HOST:PORT, e.g. ssl0.ovh.net:${DEFAULT_PORTS[service]} (got '${text}')`);
    given[service] = { target };
  }
  const server = Object.values(given).find((plan) => "target" in plan)?.target.host ?? null;
  const hosts = ovhClientHosts(offer, region, offer === "mx-plan" || offer === "zimbra" ? null : server);
  const plans = {};
  for (const service of ["imap", "smtps", "submission"]) {
    const explicit = given[service];
    if (explicit) {
      plans[service] = explicit;
      continue;
    }
    const host = (service === "imap" ? hosts.imap : hosts.smtp)[0];
    plans[service] = host.includes("?") ? { skip: `no server given: pass --${service} with your ${host} server (the ? is the number shown in the control panel)` } : { target: { host, port: DEFAULT_PORTS[service] } };
  }
  return plans;
}
function readCa(file, io) {
  let text;
  try {
    text = readFileSync5(resolve4(io.cwd, file), "utf8");
  } catch (error) {
    throw new UsageError(`--ca ${file}: cannot read it (${error.code ?? "error"})`);
  }
  if (!text.includes("-----BEGIN CERTIFICATE-----")) throw new UsageError(`--ca ${file}: no PEM certificate in it`);
  return text;
}
function defaultSource(servers, timeoutMs, run = { deadlineAt: Infinity }) {
  return createDnsSource({
    servers: servers ?? systemServers(),
    timeoutMs: Math.min(timeoutMs, 2e3),
    retries: 2,
    concurrency: 16,
    // Lookups end with the run: at its deadline, or at once when the user interrupts it.
    ...Number.isFinite(run.deadlineAt) ? { deadlineAt: run.deadlineAt } : {},
    ...run.interrupt ? { interrupt: run.interrupt } : {}
  });
}
var lintRuleFix = (ruleId) => allRules.find((r) => r.meta.id === ruleId)?.meta.fix;
function createDoctorCommand(deps = {}) {
  return {
    name: "doctor",
    summary: "diagnose a mailbox: DNS, ports, TLS, SMTP/IMAP dialogue, block lists",
    usage: USAGE2,
    // Ctrl-C (or a CI runner's cancel) ends the step under way and still prints what was checked.
    interruptible: true,
    async run(argv, io) {
      const { values, positionals } = parse(argv, OPTIONS3, "doctor");
      if (values.help) {
        io.stdout(`${USAGE2}
`);
        return EXIT_OK;
      }
      const domain = domainArgument(positionals);
      const offer = oneOf(values.offer, OFFERS, "--offer", "mx-plan");
      const region = oneOf(values.region, REGIONS, "--region", "eu");
      const format = oneOf(values.format, ["text", "json"], "--format", "text");
      const output = outputOption(io, values.output, "doctor", [{ path: values["password-file"] }, { path: values.ca }, packRead(values.policy), { path: values.evidence }]);
      const timeoutMs = positiveInteger(values.timeout, "--timeout", DEFAULT_TIMEOUT_MS);
      const deadlineMs = positiveInteger(values.deadline, "--deadline", DEFAULT_DEADLINE_MS2);
      const services = planServices({ imap: values.imap, smtps: values.smtps, submission: values.submission }, offer, region);
      const ca = values.ca === void 0 ? null : readCa(values.ca, io);
      const zones = (values.dnsbl ?? []).map((zone) => {
        const clean = zone.trim().replace(/^\.+|\.+$/g, "").toLowerCase();
        if (!/^([a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(clean)) throw new UsageError(`--dnsbl must be a DNS zone such as zen.spamhaus.org (got '${zone}')`);
        return clean;
      });
      const selectors = (values.selector ?? []).map((selector) => {
        const clean = selector.trim().toLowerCase();
        if (!isSelectorName(clean)) throw new UsageError(`--selector must be a DKIM selector such as ovhmo1234567-selector1 (got '${selector}')`);
        return clean;
      });
      let servers = null;
      if (values.resolver?.length) {
        try {
          servers = values.resolver.map((text) => parseServer(text));
        } catch (error) {
          throw new UsageError(`--resolver: ${error.message}`);
        }
      }
      let credentials = null;
      if (values["password-file"] !== void 0 && !values.login) throw new UsageError("--password-file is for --login; add --login, or leave it out");
      if (values.login) {
        const user = io.env[LOGIN_USER_ENV];
        if (!user) throw new UsageError(`--login reads the address from ${LOGIN_USER_ENV}; set it`);
        const fromEnv = io.env[LOGIN_PASSWORD_ENV];
        if (values["password-file"] !== void 0 && fromEnv) throw new UsageError(`the password comes from --password-file or ${LOGIN_PASSWORD_ENV}, not both; unset one`);
        const password = values["password-file"] !== void 0 ? await readPasswordFile(values["password-file"], io.cwd, timeoutMs) : fromEnv;
        if (!password) throw new UsageError(`--login needs the password: --password-file FILE (or - for standard input), or ${LOGIN_PASSWORD_ENV}`);
        credentials = { user, password };
      }
      const deadlineAt = Date.now() + deadlineMs;
      const host = await hostSelectors([domain], offer, io, "doctor", { timeoutMs: Math.min(timeoutMs, deadlineMs), maxRetries: DEFAULT_ATTEMPTS - 1, deadlineAt });
      const fromHost = host.names.get(domain) ?? [];
      const evidence2 = values.evidence === void 0 ? null : readEvidenceFile(resolve4(io.cwd, values.evidence), values.evidence);
      if (evidence2) {
        for (const seen of evidenceSelectors(evidence2, domain)) if (!selectors.includes(seen)) selectors.push(seen);
      }
      const source = deps.dnsSource ? deps.dnsSource(servers, timeoutMs) : defaultSource(servers, timeoutMs, { deadlineAt, ...io.interrupt ? { interrupt: io.interrupt } : {} });
      try {
        const report = await runDoctor({
          domain,
          services,
          dns: source,
          // Without --offer, audit applies OVH's rules when the MX points at OVH (as `maildns audit` does).
          dnsChecks: (deps.dnsChecks ?? auditDnsChecks)(source, {
            cwd: io.cwd,
            ...values.offer ? { offer } : {},
            ...values.policy ? { policy: values.policy } : {},
            ...selectors.length > 0 ? { selectors } : {},
            ...fromHost.length > 0 ? { knownSelectors: fromHost } : {}
          }),
          dnsblZones: zones,
          ca,
          timeoutMs,
          attempts: DEFAULT_ATTEMPTS,
          deadlineMs: Math.max(1, deadlineAt - Date.now()),
          credentials,
          ...deps.now ? { now: deps.now } : {},
          ...io.interrupt ? { signal: io.interrupt } : {}
        });
        if (host.failure) report.hostApiFailure = hostNamesFailureJson(host.host, host.failure);
        const text = format === "json" ? formatDoctorJson(report) : formatDoctorText(report, { quiet: values.quiet === true, fixFor: deps.fixFor ?? lintRuleFix });
        if (host.failure) io.stderr(`maildns doctor: ${describeHostNamesFailure(host.host, host.failure, "Its DKIM was checked only for the selectors known otherwise.")}
`);
        emit(io, text, output);
        if (values["fail-on"] === void 0) return doctorExitCode(report);
        const threshold = failLevel(values["fail-on"]);
        const unchecked = report.findings.some((f) => f.ruleId === "dns-lookup-failed");
        return report.incomplete || report.hostApiFailure || unchecked || report.findings.some((f) => atOrAbove(f.level, threshold)) ? EXIT_FINDINGS : EXIT_OK;
      } finally {
        await source.close?.();
      }
    }
  };
}
var doctorCommand = createDoctorCommand();

// src/doctor/explain.ts
var EXPLANATIONS = [
  {
    id: "auth-failed",
    title: "Login refused",
    patterns: [
      [/\b535\b/, 2],
      [/\b5\.7\.8\b/, 3],
      [/\bauthenticat\w* (failed|failure|unsuccessful|rejected|refused)|\bfailed to authenticate/i, 3],
      [/\bauthentification (refus|échou|echou)|échec de l'authentification|echec de l'authentification/i, 3],
      [/\binvalid (credentials|user ?name or password|login)|\b(user ?name|login) or password (is )?(incorrect|invalid|wrong)/i, 3],
      [/\b(identifiant|nom d'utilisateur) ou (le )?mot de passe (incorrect|invalide|erroné)|mot de passe incorrect/i, 3],
      [/\blogin (to server .*)?failed|\bAUTHENTICATIONFAILED\b|\bAUTHENTICATE failed\b|\bLOGIN failed\b/i, 3]
    ],
    cause: "The server refused the user name or password: the login is not the full e-mail address, the password is wrong or was changed recently, or the account is locked.",
    fix: "Use the full e-mail address as user name, check the password by logging in to the webmail, and reset it in the control panel if the webmail refuses it too.",
    confirm: {
      checks: ["submission-login", "imap-login"],
      ruleIds: ["smtp-auth-failed", "imap-login-failed"],
      // Never the password on the command line: the process list and the shell's history keep it.
      command: "MAILDNS_LOGIN_USER=you@example.com maildns doctor example.com --login --password-file FILE (or - to pipe it in)"
    },
    example: "535 5.7.8 Authentication failed"
  },
  {
    // RFC 4954 §6: 454 4.7.0 "Temporary authentication failure" says the server could not check the password
    // now (its authentication back end is down or busy), not that the password is wrong: resetting a working
    // password is the wrong fix. It outweighs the "authentication failure" phrase of auth-failed. The code
    // alone says nothing of a login: 454 is also STARTTLS's "TLS not available due to temporary reason"
    // (RFC 3207 §4), which the reply code's own explanation covers.
    id: "auth-temporary",
    title: "Login temporarily impossible",
    patterns: [
      [/\btemporary authentication failure\b|\bauthentication (is |service )?temporarily (unavailable|failed)\b/i, 5],
      [/\béchec temporaire de (l'|la )?authentification\b|\bechec temporaire de (l'|la )?authentification\b/i, 5]
    ],
    cause: "The server could not check the user name and password for now (its authentication service is down, busy or limiting attempts): the password itself may well be right.",
    fix: "Do not change the password for this: retry in a few minutes; if it lasts, check the provider's status page for the mail platform and give the provider's support the reply.",
    confirm: {
      checks: ["submission-login", "smtps-login", "imap-login"],
      ruleIds: ["smtp-temporary-failure", "imap-login-temporary"],
      command: "MAILDNS_LOGIN_USER=you@example.com maildns doctor example.com --login --password-file FILE (or - to pipe it in)"
    },
    example: "454 4.7.0 Temporary authentication failure"
  },
  {
    id: "connection-timeout",
    title: "Connection timed out",
    patterns: [
      [/\btimed? ?out\b|\btimeout\b|\bETIMEDOUT\b/i, 3],
      [/délai d'attente|delai d'attente|a expiré|a expire\b|temps d'attente/i, 3],
      [/\b0x8004210A\b|\b0x800CCC19\b/i, 3],
      [/\bno response from (the )?server\b|\bserver (is )?not responding\b|\bne répond pas\b/i, 2]
    ],
    cause: "Nothing answered on the port: the client uses STARTTLS on a port that speaks TLS from the first byte (465, 993), so each side waits for the other; or a local firewall, an antivirus or the network operator drops the traffic (port 25 and sometimes 587 are often blocked by operators).",
    fix: "On 465 or 993 set the security to SSL/TLS (STARTTLS belongs to 587); otherwise try the other submission port (465 SSL/TLS or 587 STARTTLS), open the port in the local firewall or antivirus, or ask the network administrator whether it is blocked.",
    confirm: {
      checks: ["imap-connect", "smtps-connect", "submission-connect", "submission-banner"],
      ruleIds: ["port-timeout", "starttls-on-implicit-tls-port", "connection-lost"],
      command: "maildns doctor example.com"
    },
    example: "Connection to server ssl0.ovh.net timed out"
  },
  {
    id: "connection-refused",
    title: "Connection refused",
    patterns: [
      [/\bconnection (was )?refused\b|\bECONNREFUSED\b|\bconnexion refusée\b|\bconnexion refusee\b/i, 3],
      [/\b(could not|couldn't|unable to|cannot|failed to) connect\b|impossible de (se )?connecter/i, 2],
      [/\b0x800CCC0E\b/i, 3]
    ],
    cause: "The server name or port is wrong, or a firewall actively rejects the connection.",
    fix: "Check the server name (ssl0.ovh.net, or your pro?/ex? server, without any https:// prefix) and the port: IMAP 993 SSL/TLS, SMTP 465 SSL/TLS or 587 STARTTLS.",
    confirm: { checks: ["imap-connect", "smtps-connect", "submission-connect"], ruleIds: ["port-unreachable"], command: "maildns doctor example.com" },
    example: "Connection refused (ssl0.ovh.net:587)"
  },
  {
    id: "network-unreachable",
    title: "Server not reached (no route, or a firewall)",
    patterns: [
      [/\bno route to host\b|\b(network|host) is unreachable\b|\bEHOSTUNREACH\b|\bENETUNREACH\b|\bEADDRNOTAVAIL\b/i, 3],
      [/\bconnect (EACCES|EPERM)\b/i, 3],
      [/\b(hôte|hote|réseau|reseau) inaccessible\b|\baucun chemin d'accès pour atteindre l'hôte\b/i, 3]
    ],
    cause: "The connection never reached the server: this computer is not connected, has no route to it, or a router or firewall on the way (the operator's, the hotel's or the company's, often on ports 25 and 587) rejects it; a firewall or antivirus on this computer does the same. Nothing is known about the server itself.",
    fix: "Check the network connection (does a web site load?), then try SMTP 465 SSL/TLS instead of 587, or another network (a phone's connection sharing); if that works, this network blocks the port: ask its administrator or operator.",
    confirm: { checks: ["imap-connect", "smtps-connect", "submission-connect"], ruleIds: ["network-unreachable"], command: "maildns doctor example.com" },
    example: "connect EHOSTUNREACH 192.0.2.1:587 - No route to host"
  },
  {
    id: "host-not-found",
    title: "Server name not found",
    patterns: [
      [/\bENOTFOUND\b|\bgetaddrinfo\b|\bEAI_AGAIN\b/i, 3],
      [/\b(server|host)( name)? (could not be|was not|not) found\b|\bunknown host\b|\bcannot find server\b/i, 3],
      [/\bserveur introuvable\b|\bintrouvable\b.*\bserveur\b|\bnom d'hôte\b.*\b(inconnu|introuvable)\b/i, 3],
      [/\b0x800CCC0D\b/i, 3]
    ],
    cause: "The server name does not resolve: a typo, or an https:// prefix copied from the control panel. With EAI_AGAIN the name may well exist: the DNS resolver failed or did not answer.",
    fix: "Type the server name exactly as the control panel shows it, without https:// (ssl0.ovh.net, pro?.mail.ovh.net, ex?.mail.ovh.net); after EAI_AGAIN, retry and check the network connection and DNS settings.",
    confirm: { checks: ["imap-connect", "smtps-connect", "submission-connect"], ruleIds: ["host-not-found", "host-lookup-failed"], command: "maildns doctor example.com --submission YOUR-SERVER" },
    example: "getaddrinfo ENOTFOUND https"
  },
  {
    id: "spf-rejected",
    title: "Rejected by the recipient's SPF check",
    patterns: [
      [/\b5\.7\.23\b/, 3],
      [/\bSPF\b/i, 3],
      [/\bnot (a )?(designated|permitted|authorized) (as )?(permitted )?sender\b|\bdoes not designate\b.*\bpermitted sender\b/i, 3],
      [/\bsender policy framework\b/i, 3],
      [/\b(classé|classe|marqué|marque) (en |comme )?(spam|indésirable)|\bmarked as spam\b|\bjunk\b/i, 1]
    ],
    cause: "The domain has no SPF record or a wrong one, or the mail left from a server the record does not list (a website, CRM or newsletter service sending as the domain).",
    fix: 'Publish or fix the SPF TXT record (OVH: "v=spf1 include:mx.ovh.com ~all"), add every third-party sender to it, then allow time for DNS caches to expire.',
    confirm: { checks: ["dns"], ruleIds: ["spf-missing"], command: "maildns doctor example.com" },
    example: "550 5.7.23 The message was rejected because of Sender Policy Framework violation"
  },
  {
    id: "dmarc-rejected",
    title: "Rejected as unauthenticated (DMARC)",
    patterns: [
      [/\b5\.7\.26\b/, 3],
      [/\b5\.7\.509\b/, 3],
      [/\bDMARC\b/i, 3],
      [/\bunauthenticated\b|\bnot authenticated\b.*\bsender\b|\bnon authentifi/i, 2]
    ],
    cause: "Neither SPF nor DKIM passed for the sender's domain, so the recipient applied the domain's DMARC policy (large providers also refuse mail that has no authentication at all).",
    fix: "Make SPF list every sender, publish the DKIM selectors OVH provides (the two CNAME records) and publish a DMARC record; harden DMARC only once both pass.",
    confirm: { checks: ["dns"], ruleIds: ["spf-missing", "dmarc-missing"], command: "maildns doctor example.com" },
    example: "550 5.7.26 This mail has been blocked because the sender is unauthenticated"
  },
  {
    id: "tls-certificate",
    title: "Certificate not valid",
    patterns: [
      [/\bcertificat\w*\b/i, 3],
      [/\bCERT_\w+\b|\bDEPTH_ZERO_SELF_SIGNED_CERT\b|\bself[- ]signed\b|\bunable to verify\b/i, 3],
      [/\bsecurity certificate\b|\btarget principal name is incorrect\b|\bcannot verify server identity\b|\bsecurity exception\b/i, 3],
      [/\b(not trusted|untrusted|non approuvé|non fiable|expired|expiré)\b/i, 1]
    ],
    cause: "The client could not validate the server's certificate: the computer's clock is wrong, a proxy or antivirus intercepts TLS, the certificate expired, the server name is not the one on the certificate (e.g. mail.example.com instead of ssl0.ovh.net), or, on a server of your own, its certificate is self-signed or sent without its intermediate certificate.",
    fix: "Check the computer's date and time, use the server name OVH documents for your offer, look at the certificate's issuer (an antivirus or proxy name means interception), and do not accept unknown certificates permanently.",
    confirm: {
      checks: ["imap-tls", "smtps-tls", "submission-tls"],
      ruleIds: ["tls-certificate-expired", "tls-certificate-not-yet-valid", "tls-certificate-untrusted", "tls-certificate-hostname", "tls-certificate-cn-only"],
      command: "maildns doctor example.com"
    },
    example: "The server you are connected to is using a security certificate that cannot be verified"
  },
  {
    id: "tls-mismatch",
    title: "Encryption setting does not match the port",
    patterns: [
      [/\bwrong version number\b|\bSSL routines\b|\bhandshake (failure|failed)\b|\bunsupported protocol\b|\bprotocol version\b/i, 3],
      [/\b0x800CCC1A\b|\bdoes not support the (connection )?encryption type\b|\bne prend pas en charge le type de chiffrement\b/i, 3],
      [/\b(TLS|SSL) (negotiation|handshake)\b/i, 2]
    ],
    cause: "The client uses SSL/TLS on a STARTTLS port or the reverse (465 and 993 are encrypted from the first byte, 587 starts in clear and upgrades with STARTTLS), or it only offers TLS older than 1.2.",
    fix: "Pair the settings: IMAP 993 SSL/TLS, SMTP 465 SSL/TLS, or SMTP 587 STARTTLS; enable TLS 1.2 or newer.",
    confirm: {
      checks: ["imap-tls", "smtps-tls", "submission-banner", "submission-starttls", "submission-tls"],
      ruleIds: ["implicit-tls-on-starttls-port", "starttls-on-implicit-tls-port", "tls-handshake-failed", "tls-version-too-old", "smtp-starttls-missing"],
      command: "maildns doctor example.com"
    },
    example: "SSL routines:ssl3_get_record:wrong version number"
  },
  {
    id: "starttls-required",
    title: "Encryption required",
    patterns: [
      [/\bmust issue a STARTTLS\b|\bSTARTTLS (is )?required\b|\b5\.7\.0 .*\bSTARTTLS\b/i, 3],
      [/\bencryption required\b|\bchiffrement (requis|obligatoire)\b/i, 3],
      [/\b538\b/, 2]
    ],
    cause: "The client tries to send (or log in) without encryption; the server wants STARTTLS first.",
    fix: "Set the security of the outgoing server to STARTTLS on 587, or SSL/TLS on 465.",
    confirm: { checks: ["submission-starttls"], ruleIds: ["smtp-starttls-missing", "smtp-starttls-refused"], command: "maildns doctor example.com" },
    example: "530 5.7.0 Must issue a STARTTLS command first"
  },
  {
    id: "relay-denied",
    title: "Relaying denied (not logged in)",
    patterns: [
      [/\brelay(ing)? (access )?(denied|not permitted|prohibited|refused)\b|\bnot (allowed|permitted) to relay\b|\bunable to relay\b/i, 3],
      [/\brelais (refusé|interdit|non autorisé)\b/i, 3],
      [/\b(authentication|auth) required\b|\bmust (be )?authenticat|\bclient was not authenticated\b|\b5\.7\.57\b/i, 3],
      [/\b55[04] 5\.7\.1\b/, 2],
      [/\b530 5\.7\.0\b/, 1],
      [/\b5\.7\.1\b/, 1]
    ],
    cause: "The client sent mail without logging in (the outgoing server's authentication is off), or through a server that is not its own submission server.",
    fix: `Turn on "My outgoing server (SMTP) requires authentication" (same settings as the incoming server, full e-mail address), and send through your offer's server on 465 or 587, not port 25.`,
    confirm: { checks: ["submission-auth", "submission-login"], ruleIds: ["smtp-auth-missing", "smtp-auth-failed"], command: "maildns doctor example.com --login" },
    example: "554 5.7.1 <user@example.net>: Relay access denied"
  },
  {
    id: "mailbox-full",
    title: "Mailbox full",
    patterns: [
      [/\b5\.2\.2\b|\b4\.2\.2\b/, 3],
      [/\bmailbox (is )?full\b|\bover ?quota\b|\bquota (exceeded|reached|dépassé|atteint)\b|\bexceeded (its|the)? ?storage\b|\binsufficient (system )?storage\b/i, 3],
      [/\b(boîte|boite)( aux lettres| mail)? (est )?pleine\b|\bcompte plein\b|\bespace (de stockage )?insuffisant\b/i, 3],
      [/\b552\b|\b452\b/, 1]
    ],
    cause: "The mailbox reached its quota; it refuses new mail until space is freed.",
    fix: "Delete messages (and empty the trash) in the webmail, or raise the quota or move to a larger offer in the control panel.",
    confirm: { checks: [], ruleIds: [], command: "no network check shows a quota: look at the mailbox's usage in the webmail or the control panel" },
    example: "552 5.2.2 Mailbox full"
  },
  {
    id: "blocklisted",
    title: "Sending address on a block list",
    patterns: [
      [/\bblocked using\b|\blisted (at|on|in)\b|\bblack ?list|\bblock ?list|\bdeny ?list|\bRBL\b|\bDNSBL\b/i, 3],
      [/\bspamhaus\b|\bspamcop\b|\bbarracuda\b|\bsorbs\b/i, 3],
      [/\bliste noire\b|\bliste de blocage\b/i, 3],
      [/\b5\.7\.606\b|\bbanned sending IP\b/i, 3]
    ],
    cause: "The address the mail left from is listed on a DNS block list the recipient uses (often a compromised account, form or server).",
    fix: "Find and stop the cause, then ask the list for delisting; if the address is one of OVH's servers, contact OVH support.",
    confirm: { checks: ["dnsbl"], ruleIds: ["dnsbl-listed"], command: "maildns doctor example.com --dnsbl zen.spamhaus.org" },
    example: "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org"
  },
  {
    id: "recipient-unknown",
    title: "Recipient does not exist",
    patterns: [
      [/\b5\.1\.1\b/, 3],
      [/\buser unknown\b|\bno such (user|mailbox)\b|\bmailbox (unavailable|not found|does not exist)\b|\brecipient (address )?rejected\b|\baddress (not found|couldn't be found)\b/i, 3],
      [/\badresse (introuvable|inconnue)\b|\bdestinataire inconnu\b/i, 3],
      [/\b550\b/, 1]
    ],
    cause: "The recipient address is mistyped or the mailbox does not exist (not created yet, or the domain's MX points elsewhere).",
    fix: "Check the address; for your own domain, make sure the mailbox exists in the control panel and that the MX records point at your offer's servers.",
    confirm: { checks: ["dns"], ruleIds: ["mx-missing"], command: "maildns doctor example.com" },
    example: "550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown"
  }
];
var MAX_INPUT = 4e3;
var MAX_SCAN = 1e6;
var MAX_DIAGNOSTIC_LINES = 20;
var MAX_DIAGNOSTIC_LINE = 1e3;
var DIAGNOSTIC_LINE = /^\s*(?:Diagnostic-Code|Status|Remote-MTA)\s*:|(?:^|\s)[45][0-5]\d[ -]|(?:^|\s)[45]\.\d{1,3}\.\d{1,3}\b/i;
function diagnosticLines(text) {
  const found = [];
  const scanned = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  let start = MAX_INPUT > scanned.length ? scanned.length : scanned.lastIndexOf("\n", MAX_INPUT) + 1;
  while (start < scanned.length && found.length < MAX_DIAGNOSTIC_LINES) {
    let end = scanned.indexOf("\n", start);
    if (end < 0) end = scanned.length;
    if (end - start <= MAX_DIAGNOSTIC_LINE) {
      const line = scanned.slice(start, end);
      if (DIAGNOSTIC_LINE.test(line)) found.push(line);
    }
    start = end + 1;
  }
  return found;
}
function explainError(text) {
  const input = [text.slice(0, MAX_INPUT), ...diagnosticLines(text)].join(" ").replace(/\s+/g, " ");
  const matches = [];
  for (const explanation of EXPLANATIONS) {
    let score = 0;
    for (const [pattern, weight] of explanation.patterns) if (pattern.test(input)) score += weight;
    if (score > 0) matches.push({ explanation, score });
  }
  if (matches.length === 0) {
    const generic = replyCodeExplanation(input);
    if (generic) matches.push({ explanation: generic, score: 1 });
  }
  return matches.sort((a, b) => b.score - a.score);
}
var STATUS_SUBJECTS = [
  "no particular cause",
  "an address",
  "the recipient's mailbox",
  "the receiving mail system",
  "the network or routing",
  "the mail protocol dialogue",
  "the message's content",
  "security or policy"
];
function replyCodeExplanation(text) {
  const reply = /(?:^|[\s(\[<"'])([45][0-5]\d)(?=[\s-]|$)/.exec(text);
  if (!reply) return null;
  const code = reply[1];
  const klass = code[0];
  const enhanced = new RegExp(`(?:^|\\s)(${klass})\\.(\\d{1,3})\\.(\\d{1,3})(?=\\s|$|[.,;:)\\]])`).exec(text);
  const subject = enhanced ? STATUS_SUBJECTS[Number(enhanced[2])] : void 0;
  const codes = enhanced ? `${code} ${enhanced[1]}.${enhanced[2]}.${enhanced[3]}` : code;
  const temporary = klass === "4";
  const about = subject ? ` Its enhanced code points at ${subject} (RFC 3463).` : "";
  return {
    id: temporary ? "smtp-reply-temporary" : "smtp-reply-permanent",
    title: `${temporary ? "Temporary" : "Permanent"} failure (${codes})${subject ? `: ${subject}` : ""}`,
    patterns: [],
    cause: temporary ? `The server that answered ${codes} refused for now: a 4xx reply is temporary (RFC 5321 §4.2.1), and the sending side retries by itself.${about}` : `The server that answered ${codes} refused for good: a 5xx reply is permanent (RFC 5321 §4.2.1), and the message is not retried.${about}`,
    fix: temporary ? "Wait and try again: mail clients and servers retry a 4xx on their own. If it lasts more than a few hours, send the full error, with its date, to the provider of the server that answered." : "Read the server's text after the code, which names the reason; correct it and send again, or send the full error to the provider of the server that answered.",
    confirm: { checks: [], ruleIds: [], command: "`maildns doctor example.com` checks your own side: DNS, ports, TLS and login" },
    example: temporary ? "421 4.3.2 System not accepting network messages" : "554 5.0.0 Transaction failed"
  };
}
function relevantMatches(matches) {
  const best = matches[0]?.score ?? 0;
  return matches.filter((m) => m.score >= Math.max(2, best - 1) || m === matches[0]);
}

// src/cli/explain-id.ts
var ID_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;
var MAX_TYPO = 2;
var MAX_ID_LENGTH = 80;
function lookUpId(text, catalogues) {
  const word = text.trim().toLowerCase();
  if (word.length > MAX_ID_LENGTH || !ID_SHAPE.test(word)) return null;
  for (const catalogue of catalogues) {
    const found = catalogue.find((entry) => entry.id === word);
    if (found) return { found };
  }
  const suggestion = closest(word, catalogues.flatMap((catalogue) => catalogue.map((entry) => entry.id)));
  return suggestion === null || distance(word, suggestion) > MAX_TYPO ? null : { unknown: word, suggestion };
}

// src/cli/commands/explain.ts
var OPTIONS4 = {
  format: { type: "string", short: "f" },
  help: { type: "boolean", short: "h" }
};
var USAGE3 = `Usage: maildns explain "<error text>" [--format text|json]

Explains an error shown by a mail client or returned by a server (e.g. "535 5.7.8 Authentication
failed", "Connection timed out", "550 5.7.23 ... SPF", "certificate has expired", "552 Mailbox full"):
the probable cause, the fix, and the \`maildns doctor\` check that confirms it. English and French
wordings are recognised. A rule or finding id from a maildns report (spf-permissive-all,
imap-login-failed) is explained as such: what it checks, its fix, the client errors it confirms; a
mistyped one is named with the id it is close to (exit 1).

Options:
  -f, --format FORMAT  text (default) or json
  -h, --help           show this help

Exit codes: 0 explained, 1 not recognised (the known errors are listed), 2 usage error.`;
function printable2(text) {
  const clean = defang(text.slice(0, 1e3).replace(/[\x00-\x1f\x7f]+/g, " ")).trim();
  return clean.length > 200 ? `${clean.slice(0, 197)}...` : clean;
}
function explanationJson(explanation) {
  return { id: explanation.id, title: explanation.title, cause: explanation.cause, fix: explanation.fix, confirm: explanation.confirm };
}
function explanationText(explanation) {
  const lines = [`${explanation.title} [${explanation.id}]`, `  Probable cause: ${explanation.cause}`, `  Fix: ${explanation.fix}`];
  if (explanation.confirm.ruleIds.length) {
    lines.push(`  Confirm with: ${explanation.confirm.command}`);
    lines.push(`    (check ${explanation.confirm.checks.join(", ")}; finding ${explanation.confirm.ruleIds.join(" or ")})`);
  } else {
    lines.push(`  Confirm: ${explanation.confirm.command}`);
  }
  return lines;
}
function idCatalogues() {
  return [
    [...DOCTOR_RULES.values()].map((r) => ({ id: r.id, kind: "doctor finding", level: r.level, description: r.description, fix: r.fix })),
    allRules.map((r) => ({ id: r.meta.id, kind: "lint rule", level: r.meta.defaultLevel, area: r.meta.area, description: r.meta.description })),
    EXPLANATIONS.map((e) => ({ id: e.id, kind: "explanation", description: e.title }))
  ];
}
function idText(entry) {
  const about = [entry.kind, entry.area, entry.level && `default level ${entry.level}`].filter(Boolean).join(", ");
  const lines = [`${entry.id} (maildns ${about})`, `  ${entry.description}`];
  if (entry.fix) lines.push(`  Fix: ${entry.fix}`);
  if (entry.kind === "lint rule") lines.push("  maildns rules lists every rule with its level in a policy pack; the README's rule list cites its sources.");
  return lines;
}
var explainCommand = {
  name: "explain",
  summary: "explain a mail client's error message: cause, fix, and the doctor check that confirms it",
  usage: USAGE3,
  async run(argv, io) {
    const { values, positionals } = parse(argv, OPTIONS4, "explain");
    if (values.help) {
      io.stdout(`${USAGE3}
`);
      return EXIT_OK;
    }
    const format = oneOf(values.format, ["text", "json"], "--format", "text");
    const text = positionals.join(" ");
    if (text.trim() === "") throw new UsageError('give the error text, e.g. maildns explain "535 5.7.8 Authentication failed"');
    const id = lookUpId(text, idCatalogues());
    if (id !== null && "unknown" in id) {
      const sentence = `Not recognised: "${printable2(text)}" is no maildns rule or finding id; did you mean ${id.suggestion}? (maildns rules lists the rules)`;
      if (format === "json") io.stdout(`${reportJson({ version: 1, input: printable2(text), matches: [], didYouMean: id.suggestion })}
`);
      else io.stdout(`${sentence}
`);
      return EXIT_FINDINGS;
    }
    const matches = id === null ? relevantMatches(explainError(text)) : EXPLANATIONS.filter((e) => e.id === id.found.id || e.confirm.ruleIds.includes(id.found.id)).map((explanation) => ({ explanation, score: 1 }));
    if (id !== null) {
      const entry = id.found;
      if (format === "json") {
        io.stdout(`${reportJson({ version: 1, input: printable2(text), id: entry, matches: matches.map((m) => explanationJson(m.explanation)) })}
`);
        return EXIT_OK;
      }
      const out2 = entry.kind === "explanation" ? [] : idText(entry);
      if (matches.length && out2.length) out2.push("", "The mail client errors it confirms:");
      for (const match of matches) out2.push(...explanationText(match.explanation).map((line) => entry.kind === "explanation" ? line : `  ${line}`));
      io.stdout(`${out2.join("\n")}
`);
      return EXIT_OK;
    }
    if (format === "json") {
      io.stdout(
        `${reportJson({
          version: 1,
          input: printable2(text),
          matches: matches.map((m) => explanationJson(m.explanation)),
          ...matches.length === 0 ? { known: EXPLANATIONS.map((e) => ({ id: e.id, title: e.title, example: e.example })) } : {}
        })}
`
      );
      return matches.length ? EXIT_OK : EXIT_FINDINGS;
    }
    if (matches.length === 0) {
      const known = EXPLANATIONS.map((e) => `  ${e.title.padEnd(44)} e.g. "${e.example}"`);
      io.stdout(
        [
          `Not recognised: "${printable2(text)}"`,
          "",
          "maildns explain knows these errors (paste the server's reply code and text if the client shows one):",
          ...known,
          "",
          "Whatever the error, `maildns doctor <your domain>` runs the whole checklist: DNS, ports, TLS, SMTP and IMAP.",
          ""
        ].join("\n")
      );
      return EXIT_FINDINGS;
    }
    const [best, ...others] = matches;
    const out = explanationText(best.explanation);
    if (others.length) out.push("", "Also possible:");
    for (const other of others) out.push(...explanationText(other.explanation).map((line) => `  ${line}`));
    io.stdout(`${out.join("\n")}
`);
    return EXIT_OK;
  }
};

// src/cli/commands/import.ts
import { existsSync as existsSync4, mkdirSync, statSync as statSync2 } from "node:fs";
import { join as join4, resolve as resolve6 } from "node:path";

// src/plan/import.ts
import { existsSync as existsSync3 } from "node:fs";
import { join as join3, relative as relative3, resolve as resolve5, sep as sep2 } from "node:path";
var RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;
function yamlString(s) {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(s) && !RESERVED.test(s) ? s : escapeActingInJson(JSON.stringify(s));
}
function scalar(v) {
  if (typeof v === "string") return yamlString(v);
  if (v === null) return "null";
  return String(v);
}
var isScalar = (v) => v === null || typeof v !== "object";
function flow(obj) {
  const values = Object.values(obj);
  if (!values.every(isScalar)) return null;
  const text = `{ ${Object.entries(obj).map(([k, v]) => `${k}: ${scalar(v)}`).join(", ")} }`;
  return text.length <= 100 ? text : null;
}
function block(value, indent) {
  const lines = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isScalar(item)) lines.push(`${indent}- ${scalar(item)}`);
      else if (!Array.isArray(item) && flow(item)) lines.push(`${indent}- ${flow(item)}`);
      else {
        const inner = block(item, `${indent}  `);
        lines.push(`${indent}- ${inner[0].trimStart()}`, ...inner.slice(1));
      }
    }
    return lines;
  }
  for (const [key, v] of Object.entries(value)) {
    if (isScalar(v)) lines.push(`${indent}${key}: ${scalar(v)}`);
    else if (Array.isArray(v) && v.length === 0) lines.push(`${indent}${key}: []`);
    else lines.push(`${indent}${key}:`, ...block(v, `${indent}  `));
  }
  return lines;
}
function schemaModeline(outDir, packageRoot2) {
  const schema = join3(packageRoot2, "src", "schema", "domain.schema.json");
  const dir = resolve5(outDir);
  const root = resolve5(packageRoot2);
  if (!existsSync3(schema) || !isInside(root, dir)) return null;
  return relative3(dir, schema).split(sep2).join("/");
}
function domainYaml(value, options) {
  const header = [
    ...options.schemaPath ? [`# yaml-language-server: $schema=${options.schemaPath}`] : [],
    `# Written by \`maildns import\` from ${options.source.replace(/[\r\n]/g, " ")}. Review it, then run \`maildns plan\`: it should show no change.`
  ];
  return `${[...header, ...block(value, "")].join("\n")}
`;
}
function wildcardProbeName(domain) {
  return `_wildcard-probe.${domain}`;
}
function sameTxt(a, b) {
  if (a.length !== b.length) return false;
  const sorted = [...b].sort();
  return [...a].sort().every((value, i) => value === sorted[i]);
}
function asked(observation, r) {
  const label = r.subdomain.replace(/\._domainkey$/, "");
  const probe = observation.dkimProbe;
  return probe !== void 0 && (probe.named.includes(label) || probe.probed.includes(label));
}
function unusable(r) {
  const subdomain = r.role === "dkim" && r.subdomain === "*._domainkey" ? "_domainkey" : r.subdomain;
  return recordProblem(r.name, subdomain, r.type, r.values);
}
var VERSION_TAG = { "mta-sts": /^\s*v\s*=\s*stsv1/i, "tls-rpt": /^\s*v\s*=\s*tlsrptv1/i };
var ROLE_LABEL = { mx: "MX", spf: "SPF", dmarc: "DMARC", dkim: "DKIM", srv: "SRV", cname: "CNAME", "mta-sts": "MTA-STS", "tls-rpt": "TLS-RPT" };
function importDomainValue(observation, options) {
  const notes = [];
  const where = (r) => options.locate?.(r.name, r.type) ?? [];
  const note = (level, message, at = []) => notes.push({ level, message, ...at.length > 0 ? { at } : {} });
  const kept = [];
  const aliases = [];
  for (const r of observation.rrsets) {
    if (r.role === "conflict" && r.state === "present") {
      const alias = aliasEntry(r);
      if (alias.refuse) {
        note("error", alias.refuse, where(r));
        return { value: null, notes };
      }
      if (alias.leave) note("warning", alias.leave, where(r));
      if (alias.keep) aliases.push(r);
      kept.push(r);
      continue;
    }
    if (r.state !== "present" || r.role === "conflict") {
      kept.push(r);
      continue;
    }
    const label = ROLE_LABEL[r.role] ?? r.type;
    const always = r.role === "mx" || r.role === "spf" || r.role === "dmarc";
    const policies = r.role === "spf" ? r.values.filter(looksLikeSpf) : r.role === "dmarc" ? r.values.filter(isDmarcRecord) : [];
    if (policies.length > 1) {
      const rfc = r.role === "spf" ? "receivers return permerror (RFC 7208 §3.2)" : "receivers apply no DMARC policy at all (RFC 7489 §6.6.3)";
      note("error", `${r.name} publishes ${policies.length} ${r.role === "spf" ? "v=spf1" : "v=DMARC1"} records: ${rfc}. Keep one in the zone, then import again`, where(r));
      return { value: null, notes };
    }
    if (r.role === "dmarc" && r.type === "TXT" && where(r).length === 0 && options.wildcardTxt && sameTxt(r.values, options.wildcardTxt)) {
      note("error", `${r.name} answers the TXT (${JSON.stringify(r.values[0] ?? "")}) that ${wildcardProbeName(observation.domain)}, a name no zone holds, answers too: a wildcard's (RFC 4592), which a domain file cannot declare as the DMARC record. Publish the DMARC record at _dmarc in the zone, then import again (from the zone file, --zone, a record the zone holds there is told apart from the wildcard)`, where(r));
      return { value: null, notes };
    }
    if (r.role === "dmarc" && r.type === "TXT" && policies.length === 0) {
      const first = JSON.stringify(r.values[0] ?? "");
      const more = r.values.length > 1 ? ` and ${r.values.length - 1} more TXT` : "";
      note("error", `${r.name} holds no DMARC record: ${first}${more} does not start with v=DMARC1 (the version is case-sensitive, RFC 7489 §6.4), and receivers discard such a TXT (RFC 7489 §6.6.3), so the domain publishes no DMARC policy. A domain file cannot declare it as the DMARC record, and without one plan would delete it: replace it in the zone with a DMARC record (v=DMARC1; p=…) or remove it, then import again`, where(r));
      return { value: null, notes };
    }
    if (r.role === "dmarc" && r.values.length > policies.length && policies.length === 1) {
      note("error", `${r.name} holds TXT records besides its v=DMARC1 record; plan would delete them. Remove them from the zone, then import again`, where(r));
      return { value: null, notes };
    }
    if (r.role === "dkim" && r.type === "TXT" && !r.values.some(looksLikeDkimKey) && where(r).length === 0 && asked(observation, r)) {
      note("warning", `${r.name} holds no DKIM key (${JSON.stringify(r.values[0] ?? "")}; a key record has v=DKIM1 or p=, RFC 6376 §3.6.1, and a wildcard answers a name the zone does not hold): selector left out of the file`, where(r));
      continue;
    }
    const version = VERSION_TAG[r.role];
    if (version && r.type === "TXT" && !r.values.some((v) => version.test(v))) {
      note("warning", `${r.name} holds no ${label} record (${JSON.stringify(r.values[0] ?? "")}${r.values.length > 1 ? ` and ${r.values.length - 1} more` : ""}; senders discard text without its version tag, and a wildcard answers a name the zone does not hold): ${label} left out of the file`, where(r));
      continue;
    }
    if ((r.role === "mta-sts" || r.role === "tls-rpt" || r.role === "dkim") && r.values.length > 1) {
      note("warning", `${r.name} holds ${r.values.length} ${r.type} records where one is expected: ${label} left out of the file (add it by hand once the zone has one)`, where(r));
      continue;
    }
    const problem = unusable(r);
    if (problem) {
      if (always) {
        note("error", `the ${label} record at ${r.name} cannot be written to a domain file: ${problem}. Correct it in the zone, then import again`, where(r));
        return { value: null, notes };
      }
      note("warning", `the ${label} record at ${r.name} is left out of the file: ${problem}`, where(r));
      continue;
    }
    kept.push(r);
  }
  const value = observedDomainValue({ ...observation, rrsets: kept }, options);
  addAliases(value, aliases);
  recordMonitoringStage(value, options.today, notes);
  return { value, notes };
}
var DELEGATED = /* @__PURE__ */ new Set(["_dmarc", "_mta-sts", "_smtp._tls"]);
function aliasEntry(r) {
  if (r.subdomain === "") return { refuse: `${r.name} is an alias (CNAME to ${r.values[0] ?? "?"}): its MX, SPF and DMARC are the target's, and a domain file cannot declare an alias at the domain itself (plan would delete it). Import ${aliasTargetName(r.values[0] ?? "")} instead, or give ${r.name} records of its own in place of the alias` };
  if (!DELEGATED.has(r.subdomain)) return {};
  const problem = unusable(r);
  if (problem && r.subdomain === "_dmarc") return { refuse: `the CNAME at ${r.name} cannot be written to a domain file: ${problem}. Correct it in the zone, then import again` };
  if (problem) return { leave: `the CNAME at ${r.name} is left out of the file: ${problem}` };
  return { keep: true };
}
function addAliases(value, aliases) {
  if (aliases.length === 0) return;
  const fileTtl = value.ttl;
  const entries = aliases.map((r) => r.ttl === null || r.ttl === fileTtl ? { name: r.subdomain, target: r.values[0] } : { name: r.subdomain, target: r.values[0], ttl: r.ttl });
  value.cname = [...value.cname ?? [], ...entries];
}
function recordMonitoringStage(value, today, notes) {
  const dmarc = value.dmarc;
  const text = typeof dmarc === "string" ? dmarc : dmarc && typeof dmarc === "object" ? dmarc.record : void 0;
  if (typeof text !== "string" || !isDmarcRecord(text) || effectivePolicy(parseDmarc(text)).policy !== "none") return;
  value.dmarc = typeof dmarc === "string" ? { record: dmarc, since: today } : { ...dmarc, since: today };
  notes.push({ level: "info", message: `p=none recorded as a monitoring stage from ${today} (dmarc.since): put the date it really began if you know it` });
}

// src/cli/write-behind.ts
import { Worker } from "node:worker_threads";
var WRITE_BEHIND_MIN_FILES = 200;
var BATCH_FILES = 32;
var THREAD_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const fs = require("node:fs");
const { randomBytes } = require("node:crypto");
const asidePath = ${asidePath.toString()};
${replacedFile.toString()}
${openAside.toString()}
${linkWhole.toString()}
const writeWholeWith = ${writeWholeWith.toString()};
parentPort.on("message", (message) => {
  if (message === "end") {
    parentPort.postMessage({ end: true });
    return;
  }
  const failed = [];
  for (let i = 0; i < message.length; i += 2) {
    try {
      writeWholeWith(fs, asidePath, message[i], message[i + 1], process.pid + "-" + randomBytes(6).toString("hex"), workerData.replace, workerData.followLinks);
    } catch (error) {
      failed.push(message[i], (error && error.code) || String(error));
    }
  }
  parentPort.postMessage({ wrote: message.length / 2, failed });
});
`;
function writeHere(file, text, options, failures) {
  try {
    writeFileWhole(file, text, options);
    failures.delete(file);
  } catch (error) {
    failures.set(file, error.code ?? String(error));
  }
}
function directWriter(options) {
  const failures = /* @__PURE__ */ new Map();
  return {
    write: (file, text) => writeHere(file, text, options, failures),
    finish: () => Promise.resolve(failures),
    close: () => {
    }
  };
}
function fileWriter(expected, options = {}) {
  const how = { replace: options.replace ?? true, followLinks: options.followLinks ?? true };
  if (expected < (options.minFiles ?? WRITE_BEHIND_MIN_FILES)) return directWriter(how);
  let worker;
  try {
    worker = new Worker(THREAD_SOURCE, { eval: true, workerData: how });
  } catch {
    return directWriter(how);
  }
  worker.unref();
  const failures = /* @__PURE__ */ new Map();
  const pending = [];
  let batch = [];
  let ended = null;
  let dead = false;
  let closed = false;
  const takeOver = () => {
    dead = true;
    for (const files of [...pending, batch]) for (let i = 0; i < files.length; i += 2) writeHere(files[i], files[i + 1], how, failures);
    pending.length = 0;
    batch = [];
    ended?.();
  };
  const send = () => {
    if (batch.length === 0) return;
    pending.push(batch);
    worker.postMessage(batch);
    batch = [];
  };
  worker.on("message", (message) => {
    if ("wrote" in message) {
      pending.shift();
      for (let i = 0; i < message.failed.length; i += 2) failures.set(message.failed[i], message.failed[i + 1]);
    } else ended?.();
  });
  worker.on("error", takeOver);
  worker.on("exit", () => {
    if (!closed) takeOver();
  });
  return {
    write(file, text) {
      if (dead) {
        writeHere(file, text, how, failures);
        return;
      }
      batch.push(file, text);
      if (batch.length >= 2 * BATCH_FILES) send();
    },
    finish() {
      if (dead) return Promise.resolve(failures);
      return new Promise((resolve10) => {
        ended = () => resolve10(failures);
        worker.ref();
        send();
        worker.postMessage("end");
      });
    },
    close() {
      closed = true;
      void worker.terminate();
    }
  };
}

// src/cli/commands/import.ts
var OPTIONS5 = {
  ...OBSERVE_OPTIONS,
  out: { type: "string" },
  force: { type: "boolean" },
  "domains-file": { type: "string" },
  selector: { type: "string", multiple: true },
  offer: { type: "string" },
  today: { type: "string" },
  evidence: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" }
};
var importCommand = {
  name: "import",
  interruptible: true,
  summary: "write domain files from live DNS or a zone file",
  usage: `Usage: maildns import DOMAIN... | --zone FILE|DIR [DOMAIN...] [--out DIR] [options]

Reads each domain's managed records (MX, SPF, DKIM selectors, DMARC, client SRV/CNAME, MTA-STS,
TLS-RPT) from DNS or zone files and writes one domain file per domain, so that \`maildns plan\` against the
same source shows no change. With --zone and no DOMAIN, every zone in the files that is a mail domain (an
MX, SPF or DMARC record) is imported; the others (a provider's or a name server's zone) are skipped with a
note. A p=none DMARC record is written as a monitoring stage that began on the import date (dmarc.since).
What a domain file cannot hold faithfully is never picked silently: two SPF or two DMARC records, an
MX, SPF or DMARC record with control characters or a target that is not a host name, or a domain that is
itself an alias (CNAME), leave the domain unwritten; other records like that, and text that is not the
record its name is for (a wildcard's answer at _mta-sts, _smtp._tls or a named selector), are left out,
each with a note naming it (and its zone file line). A CNAME at _dmarc is written as its cname: entry.

DKIM selectors looked at: those given with --selector, every <selector>._domainkey name in the zone files,
those the DMARC aggregate reports saw signing for the domain (--evidence), and over DNS the common names ${PROBED_SELECTORS.join(", ")}.

Options:
  --out DIR            write DIR/<domain>.yaml (default: print the files to standard output)
  --force              overwrite existing files in --out (a symbolic link there is replaced by the file,
                       never written through)
  --domains-file FILE  read domains from FILE, one per line (# starts a comment)
  --selector NAME      a DKIM selector to look at (repeatable)
  --evidence FILE      also look at the DKIM selectors this DMARC evidence file saw (maildns reports evidence)
  --offer OFFER        declare this OVH offer (default: OVH's MX means mx-plan)
  --today DATE         the date written as dmarc.since for a p=none record (default: today, UTC)
  -q, --quiet          no progress
  -h, --help           show this help
${OBSERVE_HELP}

Exit codes: 0 every domain written, 1 a domain not written (a failed lookup, a name that does not
exist, records a domain file cannot hold, the mail host's DKIM selector names not read although its
credentials were given, or a file that cannot be written), 2 usage error.`,
  async run(argv, io) {
    const { values, positionals } = parse(argv, OPTIONS5, "import");
    if (values.help) {
      io.stdout(`${this.usage}
`);
      return EXIT_OK;
    }
    const shard = shardOption(values.shard);
    const offer = offerOption(values.offer);
    const today = todayOption(values.today) ?? todayUtc();
    let domains = domainList(positionals, values["domains-file"], io);
    const outDir = values.out === void 0 ? null : resolve6(io.cwd, values.out);
    if (outDir) outFolder(outDir, values.out);
    const observation = await openObservation(values, io, { interrupt: io.interrupt });
    const show = progress(io, values.quiet === true, "importing");
    let writer = null;
    try {
      if (domains.length === 0 && observation.zones) {
        const found = zoneMailDomains(observation.zones);
        domains = found.domains;
        if (!values.quiet) for (const zone of found.notMail) io.stderr(`maildns import: ${zone}: not a mail domain (no MX, SPF or DMARC record): skipped
`);
        if (domains.length === 0 && found.notMail.length > 0) throw new UsageError("no zone in the files is a mail domain (none has an MX, SPF or DMARC record): nothing to import");
      }
      if (domains.length === 0) throw new UsageError("give at least one DOMAIN, a --domains-file, or --zone files holding domains");
      domains = domains.filter((d) => inShard(d, shard));
      if (outDir && !values.force) {
        const existing = domains.find((d) => existsSync4(join4(outDir, `${d}.yaml`)));
        if (existing !== void 0) throw new UsageError(`${values.out}/${existing}.yaml exists: give --force to overwrite it`);
      }
      const source = values.zone?.length ? `zone files (${values.zone.join(", ")})` : `DNS (${observation.describe})`;
      const schemaPath = outDir ? schemaModeline(outDir, packageRoot()) : null;
      const selectors = values.selector ?? [];
      const locate = observation.zones ? zoneLocator(observation.zones) : void 0;
      const probe = probeSelectorsFor(observation.zones);
      const fromHost = await hostSelectors(domains, offer, io, "import");
      const unnamed = new Set(fromHost.failure?.domains ?? []);
      if (fromHost.failure) io.stderr(`maildns import: ${describeHostNamesFailure(fromHost.host, fromHost.failure, `${fromHost.failure.domains.length === 1 ? "That domain is" : "Those domains are"} not written.`)}
`);
      const evidence2 = values.evidence === void 0 ? null : readEvidenceFile(resolve6(io.cwd, values.evidence), values.evidence);
      const write = outDir ? writer = fileWriter(domains.length, { replace: values.force === true, followLinks: false }) : null;
      const results = await mapConcurrent(
        domains,
        observation.domainsInFlight,
        async (domain) => {
          if (unnamed.has(domain)) {
            const message = `${fromHost.host}'s DKIM selector names could not be read (said above)`;
            return { domain, failures: [], notes: [{ level: "error", message }], text: null };
          }
          const known = [...zoneSelectors(observation.zones, domain), ...fromHost.names.get(domain) ?? [], ...evidence2 ? evidenceSelectors(evidence2, domain) : []];
          const records = await observation.sourceFor(domain);
          const observed = await observeDomain(records, auditTargets(domain, selectors, { probe: probe(domain), known }));
          if (observed.failures.length > 0) return { domain, failures: observed.failures, notes: [], text: null };
          if ((await records.lookup(domain, "MX")).status === "nxdomain") {
            const message = `${domain} does not exist in DNS (NXDOMAIN): nothing to import; check the name, or start a new domain file with \`maildns init ${domain} --offer OFFER\``;
            return { domain, failures: [], notes: [{ level: "error", message }], text: null };
          }
          const dmarc = observed.rrsets.find((r) => r.role === "dmarc" && r.type === "TXT" && r.state === "present");
          let wildcardTxt;
          if (dmarc) {
            const wildcard = await records.lookup(wildcardProbeName(domain), "TXT");
            if (wildcard.status === "failed") {
              return { domain, failures: [{ domain, name: wildcard.name, type: "TXT", ...failureOf(wildcard) }], notes: [], text: null };
            }
            wildcardTxt = wildcard.status === "ok" && wildcard.cname === void 0 ? wildcard.values : [];
          }
          const imported = importDomainValue(observed, { offer, today, ...locate ? { locate } : {}, ...wildcardTxt ? { wildcardTxt } : {} });
          if (imported.value === null) return { domain, failures: [], notes: imported.notes, text: null };
          const text = domainYaml(imported.value, { schemaPath, source });
          const problem = loadProblem(domain, imported.value, text);
          if (problem) {
            const message = `the file written for ${domain} would not load in lint (${problem}): not written; please report this`;
            return { domain, failures: [], notes: [...imported.notes, { level: "error", message }], text: null };
          }
          if (write) {
            write.write(join4(outDir, `${domain}.yaml`), text);
            return { domain, failures: [], notes: imported.notes, text: "" };
          }
          return { domain, failures: [], notes: imported.notes, text };
        },
        show.update
      );
      show.done();
      const unwritten = write ? await write.finish() : /* @__PURE__ */ new Map();
      const documents = [];
      let failed = false;
      for (const r of results) {
        for (const n of r.notes) {
          if (values.quiet && n.level === "info") continue;
          const at = n.at?.length ? ` (${n.at.join(", ")})` : "";
          io.stderr(`maildns import: ${r.domain}: ${n.level === "info" ? "" : `${n.level}: `}${n.message}${at}
`);
        }
        if (r.text === null) {
          failed = true;
          if (r.failures.length > 0) io.stderr(`maildns import: ${r.domain} not written: ${describeDomainFailures(r.domain, r.failures)}
`);
          if (r.failures.length === 0) io.stderr(`maildns import: ${r.domain} not written
`);
          continue;
        }
        if (outDir) {
          const shown2 = join4(values.out, `${r.domain}.yaml`);
          const code = unwritten.get(join4(outDir, `${r.domain}.yaml`));
          if (code === "EEXIST") {
            failed = true;
            io.stderr(`maildns import: ${r.domain} not written: ${shown2} was made while the import ran: give --force to overwrite it
`);
          } else if (code !== void 0) {
            failed = true;
            io.stderr(`maildns import: ${r.domain} not written: cannot write ${shown2} (${code}): check that --out is a folder you can write to
`);
          } else if (!values.quiet) io.stderr(`wrote ${shown2}
`);
        } else {
          documents.push(r.text);
        }
      }
      const notLoaded = describeNotInLoadedZones(results.flatMap((r) => r.text === null ? r.failures : []));
      if (notLoaded) io.stderr(`maildns import: ${notLoaded}
`);
      if (!outDir) io.stdout(documents.join("---\n"));
      return failed ? EXIT_FINDINGS : EXIT_OK;
    } finally {
      show.done();
      writer?.close();
      observation.close();
    }
  }
};
function outFolder(dir, given) {
  let info;
  try {
    info = statSync2(dir);
  } catch {
    info = null;
  }
  if (info && !info.isDirectory()) throw new UsageError(`--out ${given} is a file, not a folder: give a folder for the domain files (it is created when missing)`);
  if (info) return;
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new UsageError(`--out ${given}: cannot create the folder (${error.code ?? "error"})`);
  }
}
function zoneLocator(zones) {
  return (name, type) => (zones.index.rrset(name, type) ?? []).filter((r) => r.file !== void 0 && r.line !== void 0).map((r) => `${r.file}:${r.line}`);
}
function loadProblem(domain, value, text) {
  const schema = checkDomainSchema(value);
  if (schema.length > 0) return `file-schema: ${schema[0].messageId} at ${schema[0].path.join(".")}`;
  if (/^[\x20-\x5b\x5d-\x7e\n]*$/.test(text)) return null;
  const loaded = loadDomainFile(`${domain}.yaml`, Buffer.from(text, "utf8"));
  const first = loaded.problems[0];
  if (first) return `${first.ruleId} at line ${first.position.line}`;
  return loaded.model === null ? "no model" : null;
}

// src/cli/commands/init.ts
import { lstatSync as lstatSync2, readFileSync as readFileSync6 } from "node:fs";
import { isAbsolute as isAbsolute2, join as join5, relative as relative4, resolve as resolve7 } from "node:path";

// src/config/place-files.ts
import * as fs from "node:fs";
import { dirname } from "node:path";
var AppearedMeanwhile = class extends Error {
  constructor(path) {
    super(`${path} was created by someone else while the files were being written`);
    this.path = path;
    this.name = "AppearedMeanwhile";
  }
  code = "EEXIST";
};
function notAFile(path) {
  const found = fs.lstatSync(path, { throwIfNoEntry: false });
  if (found === void 0 || found.isFile()) return void 0;
  if (!found.isSymbolicLink()) return specialKind(found);
  let named;
  try {
    named = fs.statSync(path, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
  return named === void 0 || named.isFile() ? void 0 : `a link to ${specialKind(named)}`;
}
function blockedName(path) {
  let kind;
  try {
    kind = notAFile(path);
  } catch (error) {
    if (error.code !== "ENOTDIR") throw error;
    for (let folder = dirname(path); dirname(folder) !== folder; folder = dirname(folder)) {
      let found;
      try {
        found = fs.statSync(folder, { throwIfNoEntry: false });
      } catch {
        continue;
      }
      if (found !== void 0 && !found.isDirectory()) return { at: folder, problem: `is ${found.isFile() ? "a file" : specialKind(found)}, not a folder` };
    }
    throw error;
  }
  return kind === void 0 ? void 0 : { at: path, problem: `is ${kind}, not a file` };
}
function stageFiles(files) {
  const staged = [];
  const folders = [];
  try {
    for (const file of files) {
      const folder = dirname(file.path);
      const top = fs.mkdirSync(folder, { recursive: true });
      if (top !== void 0) folders.push({ deepest: folder, top });
      const { target, mode } = file.replace ? replacedFile(fs, file.path) : { target: file.path, mode: void 0 };
      const aside = asidePath(target, uniqueSuffix());
      const fd = openAside(fs, aside, mode);
      try {
        const { dev, ino } = fs.fstatSync(fd, { bigint: true });
        staged.push({ path: file.path, target, aside, replace: file.replace, dev, ino });
        fs.writeFileSync(fd, file.text, "utf8");
      } finally {
        fs.closeSync(fd);
      }
    }
  } catch (error) {
    undo(fs, { files: staged, folders }, []);
    throw error;
  }
  return { files: staged, folders };
}
function placeStaged(staged, files = fs) {
  const order = [...staged.files.filter((f) => !f.replace), ...staged.files.filter((f) => f.replace)];
  const placed = [];
  try {
    for (const file of order) {
      if (file.replace) {
        const previous = keepPrevious(files, file.target);
        try {
          files.renameSync(file.aside, file.target);
        } catch (error) {
          if (previous !== void 0) quietly(() => files.rmSync(previous, { force: true }));
          throw error;
        }
        placed.push({ file, previous });
      } else {
        try {
          linkWhole(files, file.aside, file.target);
        } catch (error) {
          if (error.code === "EEXIST") throw new AppearedMeanwhile(file.path);
          throw error;
        }
        placed.push({ file, previous: void 0 });
      }
    }
  } catch (error) {
    undo(files, staged, placed);
    throw error;
  }
  for (const { previous } of placed) if (previous !== void 0) quietly(() => files.rmSync(previous, { force: true }));
  for (const { aside } of staged.files) quietly(() => files.rmSync(aside, { force: true }));
}
function keepPrevious(files, path) {
  const previous = asidePath(path, uniqueSuffix());
  try {
    files.linkSync(path, previous);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return void 0;
    files.copyFileSync(path, previous, fs.constants.COPYFILE_EXCL);
  }
  return previous;
}
function placeFiles(files) {
  placeStaged(stageFiles(files));
}
function undo(files, staged, placed) {
  for (const { file, previous } of [...placed].reverse()) {
    const now = files.lstatSync(file.target, { throwIfNoEntry: false, bigint: true });
    const ours = now !== void 0 && now.dev === file.dev && now.ino === file.ino;
    if (previous !== void 0) quietly(() => ours ? files.renameSync(previous, file.target) : files.rmSync(previous, { force: true }));
    else if (ours) quietly(() => files.rmSync(file.target, { force: true }));
  }
  for (const { aside } of staged.files) quietly(() => files.rmSync(aside, { force: true }));
  for (const { deepest, top } of [...staged.folders].reverse()) {
    for (let folder = deepest; ; folder = dirname(folder)) {
      try {
        files.rmdirSync(folder);
      } catch {
        break;
      }
      if (folder === top || dirname(folder) === folder) break;
    }
  }
}
function quietly(remove) {
  try {
    remove();
  } catch {
  }
}

// src/cli/init/scaffold.ts
function addDays(today, days) {
  const date = /* @__PURE__ */ new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
function domainFile(a) {
  return `# yaml-language-server: $schema=../../node_modules/maildns/src/schema/domain.schema.json
# ${a.domain}: mail hosted by OVHcloud (${a.offer}), written by \`maildns init\` on ${a.today}.
domain: ${a.domain}
ttl: 3600
mail:
  provider: ovh
  offer: ${a.offer}
  region: ${a.region}
mx: ovh                      # OVH's documented MX set for the region
spf:
  include: [mx.ovh.com]      # add your other senders here (newsletter, CRM...)
  all: "~"
dmarc:
  p: none                    # monitoring first; then quarantine, then reject (maildns judges the ramp by date)
  rua: mailto:dmarc-reports@${a.domain}
  since: ${a.today}
# Three things are left to do, each recorded as a suppression with a reason and an expiry date: once a
# date passes, \`maildns lint\` reports the finding again.
lint:
  - rule: dkim-missing-selector
    reason: "OVH's DKIM selectors are not in this file yet: enable DKIM in the Control Panel, then list its two selectors under dkim.selectors (maildns import ${a.domain} prints them) and remove this entry"
    until: ${addDays(a.today, 30)}
  - rule: dmarc-none-monitoring-stage
    reason: "p=none while the aggregate reports come in: move to p=quarantine once they show SPF and DKIM passing"
    until: ${addDays(a.today, 60)}
  - rule: spf-softfail-advice
    reason: "~all until every sender of ${a.domain} is listed in spf.include; then -all"
    until: ${addDays(a.today, 90)}
`;
}
function stackConfig2(a) {
  return `# Config of the stack "${a.stack}"; its domain files are in stacks/${a.stack}/.
# OVH credentials are secrets: never write them here in clear. Either set them encrypted,
#   pulumi config set --secret ovh:applicationKey <key>
#   pulumi config set --secret ovh:applicationSecret <secret>
#   pulumi config set --secret ovh:consumerKey <consumer key>
# (an OAuth2 service account instead: ovh:clientId and ovh:clientSecret), or leave them out and export
# OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY (or OVH_CLIENT_ID and OVH_CLIENT_SECRET).
config:
  maildns:policy: ovh
  ovh:endpoint: ${a.region === "ca" ? "ovh-ca" : "ovh-eu"}
`;
}
var PULUMI_PROJECT = `# maildns applies the mail DNS records of stacks/<stack>/*.yaml to OVHcloud zones. The program is the one
# the maildns package ships (installed by npm install).
name: mail-dns
description: Mail DNS (MX, SPF, DKIM, DMARC) as code for OVHcloud domains, with maildns
runtime:
  name: nodejs
  options:
    packagemanager: npm
main: node_modules/maildns/dist/pulumi.js
stackConfigDir: stacks
`;
function packageJson(a) {
  const manifest = {
    name: "mail-dns",
    private: true,
    description: "Mail DNS (MX, SPF, DKIM, DMARC) as code for OVHcloud domains, with maildns",
    scripts: { lint: "maildns lint stacks", plan: "maildns plan stacks" },
    devDependencies: Object.fromEntries(neededPackages(a))
  };
  return `${JSON.stringify(manifest, null, 2)}
`;
}
function neededPackages(a) {
  return [
    ["maildns", `^${a.version}`],
    ["@pulumi/pulumi", a.pulumiRange],
    ["@ovhcloud/pulumi-ovh", a.ovhProviderRange]
  ];
}
function missingPackages(text, needed) {
  let manifest;
  try {
    manifest = JSON.parse(text);
  } catch {
    return [...needed];
  }
  if (typeof manifest !== "object" || manifest === null || Array.isArray(manifest)) return [...needed];
  const listed = (field, name) => {
    const deps = manifest[field];
    return typeof deps === "object" && deps !== null && Object.hasOwn(deps, name);
  };
  return needed.filter(([name]) => !listed("dependencies", name) && !listed("devDependencies", name));
}
var PULUMI_MAIN = "node_modules/maildns/dist/pulumi.js";
var PULUMI_STACK_CONFIG_DIR = "stacks";
function pulumiProjectGaps(text) {
  let project;
  try {
    project = yaml.load(text);
  } catch {
    project = void 0;
  }
  const field = (key) => typeof project === "object" && project !== null ? project[key] : void 0;
  const gaps = [];
  const main = field("main");
  if (typeof main !== "string" || main.replace(/^\.\//, "").replace(/\/+$/, "") !== PULUMI_MAIN) gaps.push(`main: ${PULUMI_MAIN}`);
  const configDir = field("stackConfigDir");
  if (typeof configDir !== "string" || configDir.replace(/^\.\//, "").replace(/\/+$/, "") !== PULUMI_STACK_CONFIG_DIR) gaps.push(`stackConfigDir: ${PULUMI_STACK_CONFIG_DIR}`);
  return gaps;
}
function checkWorkflow(a) {
  return `# Pull request check: lint the domain files (annotations, SARIF, one PR comment) and show the plan
# against live DNS. The plan compares the pull request with its base commit, so a domain file it deletes
# shows as what pulumi up would delete on merge (and trips the same safety gates): the checkout fetches
# the history for that (fetch-depth: 0); without the base commit the plan fails rather than pass unchecked.
# Written by \`maildns init\`.
name: mail DNS
on:
  pull_request:
    paths: ["stacks/**"]
permissions:
  contents: read
  pull-requests: write      # the report comment
  security-events: write    # SARIF upload
jobs:
  maildns:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0    # the pull request's base commit, which the plan compares with
      - name: lint
        uses: maildns/maildns@v1
        with:
          paths: stacks/${a.stack}
          sarif-file: maildns.sarif
          comment: true
          comment-marker: maildns-${a.stack}
      - name: plan against live DNS
        if: \${{ !cancelled() }}
        uses: maildns/maildns@v1
        with:
          command: plan
          paths: stacks/${a.stack}
      - name: upload SARIF to code scanning
        if: \${{ !cancelled() && hashFiles('maildns.sarif') != '' }}
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: maildns.sarif
          category: maildns-${a.stack}
`;
}
function applyWorkflow(a) {
  return `# Apply on merge: lint again, read what OVH and the stack already hold (maildns adopt), then pulumi up.
# Needs the repository secrets OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET, OVH_CONSUMER_KEY (or an OAuth2
# service account: OVH_CLIENT_ID and OVH_CLIENT_SECRET) and PULUMI_ACCESS_TOKEN. Written by \`maildns init\`.
name: apply mail DNS
on:
  push:
    branches: [main]
    paths: ["stacks/**"]
concurrency: maildns-apply-${a.stack}
permissions:
  contents: read
jobs:
  up:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: maildns/maildns@v1
        with:
          paths: stacks/${a.stack}
      - uses: actions/setup-node@v4
        with:
          node-version: 24
      - uses: pulumi/setup-pulumi@v2
      - run: npm ci
      # adopt reads OVH's zone and the stack's state (pulumi stack export); a first apply adopts records with
      # their live values and the second round writes the files' values in place (it changes nothing otherwise).
      # The secrets are given to this step only: not to npm ci (whose packages' scripts could read them), nor
      # to the other actions.
      - name: adopt and apply
        run: |
          for round in 1 2; do
            npx maildns adopt --stack ${a.stack}
            pulumi up --yes --stack ${a.stack}
          done
        env:
          OVH_ENDPOINT: ${a.region === "ca" ? "ovh-ca" : "ovh-eu"}
          OVH_APPLICATION_KEY: \${{ secrets.OVH_APPLICATION_KEY }}
          OVH_APPLICATION_SECRET: \${{ secrets.OVH_APPLICATION_SECRET }}
          OVH_CONSUMER_KEY: \${{ secrets.OVH_CONSUMER_KEY }}
          PULUMI_ACCESS_TOKEN: \${{ secrets.PULUMI_ACCESS_TOKEN }}
      - name: keep the zone exports saved before the update, for maildns rollback
        if: \${{ always() }}
        uses: actions/upload-artifact@v4
        with:
          name: maildns-rollback-${a.stack}
          path: stacks/${a.stack}/.maildns-rollback/
          include-hidden-files: true
          if-no-files-found: ignore
`;
}
function driftWorkflow(a) {
  return `# Nightly drift check: someone edited a record in OVH's Control Panel? The plan against live DNS is then
# not empty, and the job fails (plan --detailed-exitcode: 0 no change, 2 changes pending, 1 could not tell).
# Written by \`maildns init\`.
name: mail DNS drift
on:
  schedule:
    - cron: "17 4 * * *"
  workflow_dispatch:
permissions:
  contents: read
jobs:
  drift:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: maildns/maildns@v1
        with:
          command: plan
          paths: stacks/${a.stack}
      - uses: actions/setup-node@v4
        with:
          node-version: 24
      - run: npm ci
      - name: fail on drift
        run: npx maildns plan stacks/${a.stack} --detailed-exitcode
`;
}
function scaffold(a) {
  return [
    { path: `stacks/${a.stack}/${a.domain}.yaml`, text: domainFile(a), shared: false },
    { path: `stacks/Pulumi.${a.stack}.yaml`, text: stackConfig2(a), shared: true },
    { path: "Pulumi.yaml", text: PULUMI_PROJECT, shared: true },
    { path: "package.json", text: packageJson(a), shared: true },
    { path: `.github/workflows/maildns-check-${a.stack}.yml`, text: checkWorkflow(a), shared: true },
    { path: `.github/workflows/maildns-apply-${a.stack}.yml`, text: applyWorkflow(a), shared: true },
    { path: `.github/workflows/maildns-drift-${a.stack}.yml`, text: driftWorkflow(a), shared: true }
  ];
}

// src/cli/commands/init.ts
var OPTIONS6 = {
  offer: { type: "string" },
  stack: { type: "string", short: "s" },
  region: { type: "string" },
  dir: { type: "string" },
  force: { type: "boolean" },
  today: { type: "string" },
  help: { type: "boolean", short: "h" }
};
var PROJECT_FILES = /* @__PURE__ */ new Set(["package.json", "Pulumi.yaml"]);
function pulumiRanges() {
  try {
    const manifest = JSON.parse(readFileSync6(join5(packageRoot(), "package.json"), "utf8"));
    const peers = manifest.peerDependencies ?? {};
    return { pulumiRange: peers["@pulumi/pulumi"] ?? "^3", ovhProviderRange: peers["@ovhcloud/pulumi-ovh"] ?? "^2" };
  } catch {
    return { pulumiRange: "^3", ovhProviderRange: "^2" };
  }
}
function shownName2(cwd, root, path) {
  const inside = relative4(root, path);
  if (inside !== "" && !inside.startsWith("..") && !isAbsolute2(inside)) return inside;
  const fromCwd = relative4(cwd, path);
  return fromCwd !== "" && !fromCwd.startsWith("..") && !isAbsolute2(fromCwd) ? fromCwd : path;
}
function nextSteps(domain, stack, missing, projectGaps) {
  const steps = [
    missing.length ? `npm install --save-dev ${missing.map(([name, range]) => `${name}@${range}`).join(" ")}
(the package.json kept does not list them), and commit package-lock.json (the workflows run npm ci)` : "npm install, and commit package-lock.json (the workflows run npm ci)",
    ...projectGaps.length ? [`set ${projectGaps.join(" and ")} in the Pulumi.yaml kept:
without them, pulumi up in the apply workflow does not run maildns's program on stacks/${stack}`] : [],
    `npx maildns lint stacks/${stack}`,
    `enable DKIM for ${domain} in OVH's Control Panel, add its two selectors to stacks/${stack}/${domain}.yaml
(npx maildns import ${domain} prints them once published) and remove the dkim-missing-selector entry
under lint: (its three lines)`,
    `add the repository secrets OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET, OVH_CONSUMER_KEY and
PULUMI_ACCESS_TOKEN, and create the stack: pulumi stack init ${stack}`
  ];
  return steps.map((step, i) => `  ${i + 1}. ${step.replace(/\n/g, "\n     ")}`).join("\n");
}
var initCommand = {
  name: "init",
  summary: "start a repository of your own: a domain file, the Pulumi stack and three workflows",
  usage: `Usage: maildns init DOMAIN --offer OFFER [--stack NAME] [--region eu|ca] [--dir PATH] [--force]

Writes, under PATH (default: the current folder):
  stacks/<stack>/<DOMAIN>.yaml            the domain file: OVH's MX set, SPF with include:mx.ovh.com,
                                          DMARC p=none with reports; it lints clean, with three
                                          suppressions (DKIM selectors to add, the DMARC ramp, -all)
                                          that expire after 30, 60 and 90 days
  stacks/Pulumi.<stack>.yaml              the Pulumi stack config (policy pack, OVH endpoint)
  Pulumi.yaml, package.json               the Pulumi project running maildns's program, and the
                                          packages it needs (kept when they exist)
  .github/workflows/maildns-check-<stack>.yml   pull request check: lint, SARIF, PR comment, plan
  .github/workflows/maildns-apply-<stack>.yml   apply on merge: maildns adopt, then pulumi up
  .github/workflows/maildns-drift-<stack>.yml   nightly drift check: plan --detailed-exitcode

Files other than the domain file are kept when they exist, so a second \`init\` adds a domain to a stack.

Options:
  --offer OFFER        the OVH offer: ${OVH_SHARED_OFFERS.join(", ")} (Private Exchange has its own
                       MX and SPF: write its file by hand or with maildns import)
  -s, --stack NAME     the stack (default: prod)
  --region eu|ca       OVH's region (default: eu)
  --dir PATH           the repository to write into (default: the current folder)
  --force              overwrite the domain file, the stack config and the workflows (never Pulumi.yaml
                       or package.json, which may be your own); a file overwritten keeps its permission
                       bits, and a symbolic link at its name is followed (the file it names is written)
  --today YYYY-MM-DD   the day the DMARC policy starts (default: today, UTC)
  -h, --help           show this help

Exit codes: 0 written, 2 usage error (nothing is written then).`,
  async run(argv, io) {
    const { values, positionals } = parse(argv, OPTIONS6, "init");
    if (values.help) {
      io.stdout(`${this.usage}
`);
      return EXIT_OK;
    }
    if (positionals.length !== 1) throw new UsageError("give one DOMAIN, e.g. `maildns init example.com --offer mx-plan`");
    const domain = toALabel(positionals[0]);
    if (domain === null || nameProblem(domain) !== null || !domain.includes(".")) throw new UsageError(`'${positionals[0].slice(0, 80)}' is not a domain name (e.g. example.com)`);
    if (domain.split(".").includes("*")) throw new UsageError(`'${positionals[0].slice(0, 80)}' is a wildcard, not a domain name: give the domain itself (e.g. example.com)`);
    if (values.offer === void 0) throw new UsageError(`--offer is required: one of ${OVH_SHARED_OFFERS.join(", ")}`);
    const offer = oneOf(values.offer, OVH_SHARED_OFFERS, "--offer", "mx-plan");
    const region = oneOf(values.region, ["eu", "ca"], "--region", "eu");
    const stack = values.stack ?? "prod";
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(stack)) throw new UsageError(`--stack must be a stack name (letters, digits, - _ .), got '${stack.slice(0, 80)}'`);
    const today = todayOption(values.today) ?? todayUtc();
    const root = resolve7(io.cwd, values.dir ?? ".");
    const answers = { domain, offer, region, stack, today, version: toolVersion(), ...pulumiRanges() };
    const files = scaffold(answers);
    const domainFile2 = files.find((f) => !f.shared);
    const cannotWrite = (error) => new UsageError(`cannot write under ${values.dir ?? "the current folder"} (${error.code ?? "error"}); nothing was written`);
    for (const file of files) {
      let blocked;
      try {
        blocked = blockedName(join5(root, file.path));
      } catch (error) {
        throw cannotWrite(error);
      }
      if (blocked !== void 0) throw new UsageError(`${shownName2(io.cwd, root, blocked.at)} ${blocked.problem}: move it away and run init again; nothing was written`);
    }
    const present = (f) => lstatSync2(join5(root, f.path), { throwIfNoEntry: false }) !== void 0;
    if (present(domainFile2) && !values.force) throw new UsageError(`${domainFile2.path} exists already: edit it, or pass --force to write it again`);
    const overwrite = (f) => values.force === true && !PROJECT_FILES.has(f.path);
    const keep = (f) => present(f) && !overwrite(f);
    const lines = [];
    const placed = [];
    const keptText = (f) => {
      try {
        return readFileSync6(join5(root, f.path), "utf8");
      } catch {
        return null;
      }
    };
    let missing = [];
    let projectGaps = [];
    for (const file of files) {
      if (keep(file)) {
        const text = PROJECT_FILES.has(file.path) ? keptText(file) : null;
        if (text !== null && file.path === "package.json") missing = missingPackages(text, neededPackages(answers));
        if (text !== null && file.path === "Pulumi.yaml") projectGaps = pulumiProjectGaps(text);
        const gap = file.path === "package.json" && missing.length ? `; it does not list ${missing.map(([name]) => name).join(", ")}: see Next` : file.path === "Pulumi.yaml" && projectGaps.length ? `; it does not run maildns's program: see Next` : "";
        lines.push(`kept   ${file.path} (exists${gap})`);
        continue;
      }
      placed.push({ path: join5(root, file.path), text: file.text, replace: overwrite(file) });
      lines.push(`wrote  ${file.path}`);
    }
    try {
      placeFiles(placed);
    } catch (error) {
      if (error instanceof AppearedMeanwhile) {
        const { path } = files.find((f) => join5(root, f.path) === error.path);
        const next = PROJECT_FILES.has(path) ? "run init again, which keeps it" : "run init again, or pass --force to overwrite it";
        throw new UsageError(`${path} was created while init ran: nothing was written; ${next}`);
      }
      throw cannotWrite(error);
    }
    io.stdout(`${lines.join("\n")}

Next:
${nextSteps(domain, stack, missing, projectGaps)}
`);
    return EXIT_OK;
  }
};

// src/cli/commands/plan.ts
var PLAN_COLLECT_EVERY_DOMAINS = 2500;
var OPTIONS7 = {
  ...SHARED_OPTIONS,
  ...OBSERVE_OPTIONS,
  "detailed-exitcode": { type: "boolean" },
  allow: { type: "string", multiple: true },
  provider: { type: "string" },
  evidence: { type: "string" },
  observe: { type: "string", multiple: true },
  base: { type: "string" }
};
var EXIT_CHANGES = 2;
async function runPlan(argv, io, usage) {
  const { values, positionals } = parse(argv, OPTIONS7, "plan");
  if (values.help) {
    io.stdout(`${usage}
`);
    return EXIT_OK;
  }
  const format = oneOf(values.format, PLAN_FORMATS, "--format", "text");
  const failOn = failLevel(values["fail-on"]);
  const today = todayOption(values.today);
  const output = outputOption(io, values.output, "plan", [...domainPaths(positionals.length ? positionals : ["stacks"]), ...zonePaths(values.zone), packRead(values.policy), { path: values.evidence }]);
  const shard = shardOption(values.shard);
  const allow = (values.allow ?? []).flatMap((a) => a.split(",")).map((a) => a.trim()).filter((a) => a !== "");
  const unknown = unknownGateNames(allow);
  if (unknown.length > 0) throw new UsageError(`--allow ${unknown[0]} is not a safety gate; known gates: ${GATE_IDS.join(", ")}`);
  const provider = findProvider(values.provider ?? DEFAULT_PROVIDER);
  if (!provider) throw new UsageError(`--provider ${values.provider} is not a DNS host maildns knows; known: ${providerIds().join(", ")}`);
  const evidence2 = evidenceLookup({ explicit: values.evidence ?? null, cwd: io.cwd });
  const observe = familiesOption(values);
  if (values.base !== void 0 && (values.base.trim() === "" || values.base.startsWith("-"))) throw new UsageError(`--base needs a git revision (a commit, a branch such as origin/main), got '${values.base}'`);
  const base = values.base === void 0 ? null : openGitBase(values.base, io.cwd);
  const observation = await openObservation(values, io, { cache: false, interrupt: io.interrupt });
  const show = progress(io, values.quiet === true, "planning");
  const collect = collectEvery(PLAN_COLLECT_EVERY_DOMAINS);
  try {
    const result = await planPaths(positionals.length ? positionals : ["stacks"], {
      cwd: io.cwd,
      sourceFor: observation.sourceFor,
      rulesSource: observation.rules,
      concurrency: observation.concurrency,
      shard,
      provider,
      allow,
      extraSelectors: (domain) => zoneSelectors(observation.zones, domain),
      outsideZones: observation.outsideZones,
      observe,
      // `dkim: ovh`: the host names the selectors when its credentials are in the environment.
      resolveModels: (models) => {
        const needed = models.some((m) => m.dkim?.fromHost);
        let api = null;
        try {
          api = needed && provider.hasCredentials({ env: io.env }) ? provider.openApi({ env: io.env }, { purpose: "plan" }) : null;
        } catch (error) {
          throw new UsageError(error.message);
        }
        return resolveHostDkim(models, api, `set ${provider.credentialHelp}`, provider.label);
      },
      evidence: evidence2,
      base,
      ...values.policy ? { policy: values.policy } : {},
      ...today ? { today } : {},
      onProgress: (phase, done, total) => {
        show.update(done, total);
        collect(done);
      }
    });
    show.done();
    const findings = values.quiet ? result.findings.filter((f) => f.level === "error") : result.findings;
    const color = format === "text" && !output && io.colors?.stdout === true;
    const quietNotes = { notObserved: [], outsideZones: [], otherStacksUnread: null, removedZonesNotes: result.removedZonesNotes.filter(removedNoteFails) };
    const report = { ...result, findings, ...values.quiet && format !== "json" ? quietNotes : {} };
    emit(io, format === "json" ? planJsonChunks(report) : formatPlan(format, report, { color }), output, { notWritten: "plan applies nothing, so no change was made" });
    const refusedGate = result.gates.some((g) => g.tripped && !g.allowed);
    const badAdoption = result.removedZonesNotes.some(removedNoteFails);
    const failed = result.failures.length > 0 || result.unchecked.length > 0 || refusedGate || badAdoption || result.findings.some((f) => atOrAbove(f.level, failOn));
    if (failed) return EXIT_FINDINGS;
    if (values["detailed-exitcode"] && (result.changes.length > 0 || result.removedZones.length > 0)) return EXIT_CHANGES;
    return EXIT_OK;
  } finally {
    show.done();
    observation.close();
  }
}
var planCommand = {
  name: "plan",
  interruptible: true,
  summary: "show what would change in live DNS (lint + diff against live records)",
  usage: `Usage: maildns plan [PATH...] [options]

Lints domain files (PATH defaults to stacks/) with static, live and transition rules, then compares each
managed RRset (apex MX, apex SPF TXT, DKIM selectors, _dmarc TXT, managed SRV/CNAME, _mta-sts and
_smtp._tls TXT) with what DNS serves, TTL included, and lists the creates, updates and deletes. Records
maildns does not manage (other apex TXT, A, web records) are never listed. A lookup that fails (timeout,
SERVFAIL...) plans nothing for its RRset and makes the run fail; so does a lookup a check needed (an SPF
include's TXT, an MX host's addresses...), named under "not checked", whatever its finding's level.

Options:
  formats: text (default), json, markdown
${SHARED_HELP}
${OBSERVE_HELP}
${EVIDENCE_HELP}
  --detailed-exitcode  exit 0 when nothing changes, 2 when changes are pending, 1 on errors (as terraform)
  --allow GATE         let a safety gate pass, as maildns:allow does for pulumi up (repeatable):
                       ${GATE_IDS.filter((g) => g !== "skip-adopt" && g !== "duplicate-policy-record").join(", ")}
                       (duplicate-policy-record is never allowed)
  --provider NAME      the DNS host whose record form the plan compares in (default ${DEFAULT_PROVIDER})
  --base REV           the change's base commit (e.g. origin/main, or a pull request's base): a stack
                       folder without a committed maildns-adoption.json is compared with it, and the
                       zones of the domain files the change deletes are planned as pulumi up deletes them
  --observe LIST       live checks beyond the core ones (comma-separated, repeatable): spf-type-99 (apex
                       records of type 99), srv-hosts (whether SRV targets are aliases), or all; a pack
                       that names their rules turns them on too

Safety gates (delete-all-mx, loosen-dmarc, loosen-spf, remove-spf-include, remove-dkim-selector,
large-change, duplicate-policy-record) are judged on live records against the files, as the Pulumi program
judges them; with --zone, every DKIM selector the zone publishes is looked at, so a dropped one is seen.
A file with \`dkim: ovh\` gets its selectors from OVH's API (credentials from OVH_APPLICATION_KEY... or
OVH_CLIENT_ID/OVH_CLIENT_SECRET, endpoint from OVH_ENDPOINT); without them its DKIM is a failed lookup.

A stack folder's maildns-adoption.json (written by maildns adopt, committed) lists the records the stack
holds: a zone it holds records in that no domain file declares any more (a file removed) is planned as
pulumi up would delete it, gates included. Without that file, --base REV reads from git the domain files
the change deletes (or whose domain: it changes) and plans their zones' deletion the same way, holding the
live records at the slots those files declared; a base git cannot read fails the plan. With neither, a
stack folder is said to be unchecked there.

Exit codes: 0 nothing at or above --fail-on, every lookup answered and no gate refused, 1 findings at or
above it, a failed lookup (of a managed record or one a check needed) or a refused gate, 2 usage error
(with --detailed-exitcode: see above).`,
  run(argv, io) {
    return runPlan(argv, io, this.usage);
  },
  // With --detailed-exitcode, 2 means "changes pending": every error, usage or internal, is 1 instead.
  errorExit: (argv) => argv.includes("--detailed-exitcode") ? EXIT_FINDINGS : EXIT_USAGE
};

// src/cli/commands/reports.ts
import { existsSync as existsSync5, readFileSync as readFileSync7 } from "node:fs";
import { dirname as dirname2, join as join6, resolve as resolve8 } from "node:path";
var STORE_URL_ENV = "MAILDNS_STORE_URL";
var STORE_DIR_NAME = ".dmarc-reports";
var STORE_OPTIONS = {
  store: { type: "string" },
  stack: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" }
};
var STORE_HELP = `  --stack DIR          the stack folder (default stacks): the store lives in DIR/${STORE_DIR_NAME}, the
                       evidence in DIR/dmarc-evidence.json, and its domain files choose the domains
  --store PATH|URL     the store: a folder (embedded PostgreSQL, PGlite) or postgres://user@host/db
                       (default: $${STORE_URL_ENV}, else DIR/${STORE_DIR_NAME})
  -q, --quiet          no progress
  -h, --help           show this help`;
var SUBCOMMANDS = ["ingest", "fetch", "summary", "evidence"];
var USAGE4 = `Usage: maildns reports <ingest|fetch|summary|evidence> [options]

DMARC aggregate reports (RFC 7489 Appendix C, RFC 9990): read them into a store, see who sends as your
domains and whether their mail passes DMARC, and write the evidence file that \`lint\`, \`plan\` and the
Action read to gate every DMARC tightening (rule dmarc-ramp-evidence).

  maildns reports ingest PATH...            files or folders: .xml, .xml.gz, .zip, .eml, mbox
  maildns reports fetch [--imap HOST[:PORT]] new messages of the rua mailbox (default ssl0.ovh.net:993)
  maildns reports summary [DOMAIN|PATH...]   per domain and source: messages, passing, alignment
  maildns reports evidence [DOMAIN|PATH...]  writes dmarc-evidence.json for the stack

Run \`maildns reports <subcommand> --help\` for its options.`;
function storeLocation(values, io) {
  if (values.store) {
    const problem = storeUrlProblem(values.store);
    if (problem !== null) throw new UsageError(`--store ${problem}`);
    return isServerUrl(values.store) || values.store === ":memory:" ? values.store : resolve8(io.cwd, values.store);
  }
  const fromEnv = io.env[STORE_URL_ENV];
  if (fromEnv) {
    const problem = storeUrlProblem(fromEnv);
    if (problem !== null) throw new UsageError(`${STORE_URL_ENV} ${problem}`);
    return fromEnv;
  }
  return join6(resolve8(io.cwd, values.stack ?? "stacks"), STORE_DIR_NAME);
}
async function openStore(values, io, sub, existing = null) {
  const { ReportStore } = await import("./store-7NIJL52E.js");
  const { StoreError, isServerUrl: isServerUrl2 } = await import("./sql-7XPS7RRD.js");
  const location = storeLocation(values, io);
  if (existing !== null && !isServerUrl2(location) && location !== ":memory:") {
    const { isNewStoreDirectory, notAStoreProblem } = await import("./empty-store-L2IGZVHZ.js");
    let missing;
    let notAStore;
    try {
      missing = isNewStoreDirectory(location);
      notAStore = notAStoreProblem(location);
    } catch (error) {
      throw new UsageError(`cannot read the report store ${location}: ${error.code ?? error.message}${existing}`);
    }
    if (notAStore !== null) throw new UsageError(`cannot open the report store in ${location}: ${notAStore}${existing}`);
    if (missing) throw new UsageError(`there is no report store in ${location}: nothing was ever ingested there; run \`maildns reports ingest\` or \`maildns reports fetch\` first, or give the store with --store or ${STORE_URL_ENV}${existing}`);
  }
  let opened = null;
  const engineStopped = (error) => {
    io.stderr(`maildns reports: ${error.message}${storeFailureAftermath(sub, opened?.addedSoFar ?? 0)}
`);
    process.exit(EXIT_USAGE);
  };
  try {
    opened = await ReportStore.open(location, { notice: (message) => io.stderr(`maildns reports: ${message}
`), engineStopped });
    return opened;
  } catch (error) {
    if (error instanceof StoreError) throw new UsageError(error.message);
    throw error;
  }
}
function benchTiming(io, step, started) {
  if (io.env.MAILDNS_BENCH_TIMING !== "1") return;
  const cpu = process.cpuUsage(started.cpu);
  io.stderr(`maildns-${step}-ms=${Math.round(performance.now() - started.wall)}
maildns-${step}-cpu-ms=${Math.round((cpu.user + cpu.system) / 1e3)}
`);
}
var startTiming = () => ({ wall: performance.now(), cpu: process.cpuUsage() });
var COLLECT_EVERY_REPORTS = 5e3;
function problemLine(p) {
  return oneLine(`${p.source}${p.line !== void 0 ? `:${p.line}:${p.column ?? 1}` : ""}  error  ${p.message}  [reports-ingest]`);
}
function positiveInteger2(value, flag, fallback, max) {
  if (value === void 0) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new UsageError(`${flag} must be a whole number from 1 to ${max} (got '${value}')`);
  return Number(value);
}
function domainsFrom(positionals, io, folders) {
  const domains = /* @__PURE__ */ new Set();
  const paths = [];
  for (const p of positionals) {
    if (existsSync5(resolve8(io.cwd, p))) paths.push(p);
    else {
      const read = readDomainArgument(p);
      if ("problem" in read) throw new UsageError(`'${shownName(p)}' is neither a domain file or folder nor a domain name: ${read.problem}; give a domain such as example.com, or a path that exists`);
      domains.add(read.domain);
    }
  }
  for (const ref of paths.length ? findDomainFiles(paths, io.cwd) : []) {
    folders?.add(dirname2(ref.display));
    const read = readDomainFile(ref);
    if ("unreadable" in read) throw new UsageError(unreadableSentence(ref.display, read.unreadable));
    if ("tooLarge" in read) continue;
    const model = loadDomainFile(ref.display, read.bytes).model;
    if (model) domains.add(model.domain);
  }
  return [...domains].sort();
}
function evidenceFolder(positionals, folders, stack, io) {
  if (folders.size === 1) return [...folders][0];
  const paths = positionals.filter((p) => existsSync5(resolve8(io.cwd, p)));
  if (paths.length === 0) return stack;
  const where = folders.size === 0 ? `no domain file was found in ${paths.map(shownName).join(", ")}` : `the domain files given are in ${folders.size} folders (${[...folders].sort().slice(0, 3).map(shownName).join(", ")}${folders.size > 3 ? ", …" : ""})`;
  throw new UsageError(`${where}, and lint and plan read the evidence beside each domain file: give --stack FOLDER to write FOLDER/dmarc-evidence.json, or --out FILE`);
}
var isFolder = (path) => statOrNull(path)?.isDirectory() ?? false;
function stackDomains(stack, io) {
  const folder = resolve8(io.cwd, stack);
  if (!isFolder(folder)) return null;
  const domains = domainsFrom([folder], io);
  return domains.length ? domains : null;
}
async function ingest(argv, io) {
  const { values, positionals } = parse(argv, { ...STORE_OPTIONS, format: { type: "string", short: "f" } }, "reports ingest");
  if (values.help) {
    io.stdout(`Usage: maildns reports ingest PATH... [options]

Reads DMARC aggregate reports from files and folders (recursively): XML (RFC 7489 Appendix C, RFC 9990),
.xml.gz, .zip, and whole messages (.eml, mbox) carrying them as attachments; the content decides, not
the name. A report already in the store (same reporter and report id) is counted, not added again, so
running it twice changes nothing; one sent again with other content is not stored and is reported. A file that is not a readable report is reported with its name (and
line and column for bad XML) and the others still go in; hostile files (external entities, entity
expansion, zip or gzip bombs, files over 64 MiB) are refused.

Options:
  -f, --format FORMAT  text (default) or json
${STORE_HELP}

Exit codes: 0 every file read, 1 some file gave a problem, 2 usage error.
`);
    return EXIT_OK;
  }
  const format = oneOf(values.format, ["text", "json"], "--format", "text");
  if (positionals.length === 0) throw new UsageError("give the report files or folders to read, e.g. maildns reports ingest reports/");
  const { ingestPaths } = await import("./ingest-P64UEPI7.js");
  const store = await openStore(values, io, "ingest");
  const show = progress(io, values.quiet === true, "ingesting");
  try {
    const started = startTiming();
    const onBatch = collectEvery(COLLECT_EVERY_REPORTS);
    const totals = await ingestPaths(store, positionals, { cwd: io.cwd, onFile: show.update, onBatch });
    benchTiming(io, "ingest", started);
    show.done();
    if (format === "json") {
      io.stdout(`${reportJson({ version: 1, store: store.describe, files: totals.files, documents: totals.documents, added: totals.added, duplicates: totals.duplicates, problems: totals.problems })}
`);
    } else {
      for (const p of totals.problems) io.stdout(`${problemLine(p)}
`);
      io.stdout(`${totals.files} file${totals.files === 1 ? "" : "s"}, ${totals.documents} report document${totals.documents === 1 ? "" : "s"}: ${totals.added} added, ${totals.duplicates} already stored, ${totals.problems.length} problem${totals.problems.length === 1 ? "" : "s"} (store: ${store.describe})
`);
    }
    return totals.problems.length > 0 ? EXIT_FINDINGS : EXIT_OK;
  } catch (error) {
    throw withAdded(error, store);
  } finally {
    show.done();
    await store.close();
  }
}
function withAdded(error, store) {
  if (error instanceof Error && error.name === "StoreError") error.added ??= store.addedSoFar;
  return error;
}
function imapServer(value) {
  if (value === void 0) return { host: "ssl0.ovh.net", port: 993 };
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(value.trim());
  const port = match?.[2] === void 0 ? 993 : Number(match[2]);
  if (!match || port < 1 || port > 65535) throw new UsageError(`--imap must be HOST or HOST:PORT, e.g. ssl0.ovh.net:993 (got '${value}')`);
  return { host: match[1].replace(/^\[|\]$/g, ""), port };
}
async function fetchCommand(argv, io) {
  const { IMAP_PASSWORD_ENV, IMAP_USER_ENV } = await import("./fetch-U52267H2.js");
  const { values } = parse(argv, { ...STORE_OPTIONS, imap: { type: "string" }, mailbox: { type: "string" }, ca: { type: "string" }, delete: { type: "boolean" }, timeout: { type: "string" }, format: { type: "string", short: "f" } }, "reports fetch");
  if (values.help) {
    io.stdout(`Usage: maildns reports fetch [--imap HOST[:PORT]] [options]

Reads the new messages of the mailbox that receives your rua= reports, over IMAP with TLS (port 993),
and stores the reports they carry, as \`reports ingest\` does. The account comes from the environment:
${IMAP_USER_ENV} and ${IMAP_PASSWORD_ENV} (never printed). What was read is remembered in the store
(the mailbox's UIDVALIDITY and last UID): the next run reads only newer messages. Nothing is deleted
unless --delete is given, and then only messages whose reports were all stored.

Options:
  --imap HOST[:PORT]   IMAP server (default ssl0.ovh.net:993, OVH's)
  --mailbox NAME       mailbox to read (default INBOX)
  --ca FILE            trust the CAs in this PEM file (a private CA) instead of Node's store
  --delete             delete the messages whose reports are stored
  --timeout MS         connection and greeting timeout (default 15000)
  -f, --format FORMAT  text (default) or json
${STORE_HELP}

Exit codes: 0 every message read, 1 some message gave a problem, 2 usage error or the server could not
be used (refused login, unreachable, untrusted certificate).
`);
    return EXIT_OK;
  }
  const format = oneOf(values.format, ["text", "json"], "--format", "text");
  const { host, port } = imapServer(values.imap);
  const user = io.env[IMAP_USER_ENV] ?? "";
  const password = io.env[IMAP_PASSWORD_ENV] ?? "";
  if (user === "" || password === "") throw new UsageError(`set ${IMAP_USER_ENV} and ${IMAP_PASSWORD_ENV} in the environment (the rua mailbox's account; never passed as flags, so it stays out of shell history and process lists)`);
  let ca = null;
  if (values.ca) {
    try {
      ca = readFileSync7(resolve8(io.cwd, values.ca), "utf8");
    } catch (error) {
      throw new UsageError(`cannot read --ca ${values.ca}: ${error.code ?? "error"}`);
    }
  }
  const timeoutMs = positiveInteger2(values.timeout, "--timeout", 15e3, 6e5);
  const { fetchReports, FetchError } = await import("./fetch-U52267H2.js");
  const store = await openStore(values, io, "fetch");
  const show = progress(io, values.quiet === true, "fetching");
  try {
    const totals = await fetchReports(store, { host, port, user, password, mailbox: values.mailbox ?? "INBOX", ca, deleteRead: values.delete === true, timeoutMs, onProgress: show.update });
    show.done();
    if (format === "json") {
      io.stdout(`${reportJson({ version: 1, ...totals })}
`);
    } else {
      for (const p of totals.problems) io.stdout(`${problemLine(p)}
`);
      io.stdout(`${totals.server} ${totals.mailbox}: ${totals.messages} new message${totals.messages === 1 ? "" : "s"}, ${totals.added} reports added, ${totals.duplicates} already stored, ${totals.deleted} deleted, ${totals.problems.length} problem${totals.problems.length === 1 ? "" : "s"}
`);
    }
    return totals.problems.length > 0 ? EXIT_FINDINGS : EXIT_OK;
  } catch (error) {
    if (error instanceof FetchError) throw new UsageError(error.message);
    throw withAdded(error, store);
  } finally {
    show.done();
    await store.close();
  }
}
var WINDOW_OPTIONS = {
  days: { type: "string" },
  today: { type: "string" },
  resolve: { type: "boolean" },
  resolver: { type: "string", multiple: true }
};
var WINDOW_HELP = `  --days N             the window: the N days ending --today (default 30)
  --today YYYY-MM-DD   the window's last day (default: today, UTC)
  --resolve            look up each source's reverse name (PTR) and the SPF term of the domain that
                       authorises it, and keep them in the store (later runs show them without DNS)
  --resolver IP[:PORT] DNS server for --resolve (repeatable; default: the system's)`;
async function windowAndNames(store, values, domains) {
  const { windowEnding } = await import("./summary-WZNWOO6Q.js");
  const days = positiveInteger2(values.days, "--days", 30, 3660);
  const today = todayOption(values.today) ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const window = windowEnding(today, days);
  const range = { from: window.from, to: window.to, domains };
  if (values.resolve) await resolveSources(store, await store.sourceTotals(range), values.resolver ?? []);
  const resolved = { names: await store.sourceNames(), spfTerms: await store.spfTerms() };
  return { window, range, resolved };
}
async function figuresFor(store, values, domains) {
  const { domainSummary } = await import("./summary-WZNWOO6Q.js");
  const { window, range, resolved } = await windowAndNames(store, values, domains);
  const summaries = [];
  await store.forEachDomain(range, (totals, sources) => {
    summaries.push(domainSummary(totals, sources, resolved));
  });
  return { window, summaries };
}
var MAX_RESOLVED = 5e3;
async function resolveSources(store, sources, resolvers) {
  const { parseServer: parseServer2, systemServers: systemServers2, createDnsSource: createDnsSource2, liveLookup } = await import("./dns-SHND65QX.js");
  const { reverseNames, authorisingTerm } = await import("./resolve-VFSZALPV.js");
  let servers;
  try {
    servers = resolvers.length ? resolvers.map(parseServer2) : systemServers2();
  } catch (error) {
    throw new UsageError(error.message);
  }
  const chosen = [...sources].sort((a, b) => b.messages - a.messages).slice(0, MAX_RESOLVED);
  const ips = [...new Set(chosen.map((s) => s.ip))];
  const formatted = servers.map((s) => s.host.includes(":") ? `[${s.host}]:${s.port}` : `${s.host}:${s.port}`);
  await store.saveSourceNames(await reverseNames(ips, { servers: formatted, timeoutMs: 2e3, concurrency: 32 }));
  const source = createDnsSource2({ servers, timeoutMs: 2e3, retries: 1, concurrency: 32, cache: true });
  try {
    const dns = liveLookup(source);
    const terms = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(16, chosen.length) }, async () => {
        while (next < chosen.length) {
          const s = chosen[next++];
          const term = await authorisingTerm(s.domain, s.ip, dns);
          if (term !== null) terms.push({ domain: s.domain, ip: s.ip, term });
        }
      })
    );
    await store.saveSpfTerms(terms);
  } finally {
    source.close();
  }
}
async function summary(argv, io) {
  const { values, positionals } = parse(argv, { ...STORE_OPTIONS, ...WINDOW_OPTIONS, format: { type: "string", short: "f" }, output: { type: "string", short: "o" } }, "reports summary");
  if (values.help) {
    io.stdout(`Usage: maildns reports summary [DOMAIN|PATH...] [options]

Per domain over the window: the days with reports, messages, messages passing DMARC (aligned SPF or
aligned DKIM, RFC 7489 §3.1 and §4.2, computed from each report's results and the published adkim/aspf),
and per source address: its reverse name and authorising SPF term (with --resolve), messages passing,
aligned and unaligned, the DKIM d= domains and selectors seen, and the reporters. Without DOMAIN or
PATH: every domain in the store. A PATH is a domain file or folder: its domains.

Options:
  -f, --format FORMAT  text (default), markdown, json
  -o, --output FILE    write to FILE instead of standard output
${WINDOW_HELP}
${STORE_HELP}

Exit codes: 0 written, 2 usage error, a store that failed (the summary then says it is not complete) or a
domain whose sums pass what a JSON number counts exactly.
`);
    return EXIT_OK;
  }
  const format = oneOf(values.format, ["text", "markdown", "json"], "--format", "text");
  const output = outputOption(io, values.output, "reports summary", domainFileOnlyPaths(positionals));
  const domains = positionals.length ? domainsFrom(positionals, io) : null;
  const { domainSummary, jsonWriter, markdownWriter, textWriter } = await import("./summary-WZNWOO6Q.js");
  const store = await openStore(values, io, "summary", "");
  try {
    const started = startTiming();
    const { window, range, resolved } = await windowAndNames(store, values, domains);
    const writer = (format === "json" ? jsonWriter : format === "markdown" ? markdownWriter : textWriter)(window);
    const out = reportSink(io, output);
    try {
      let written = 0;
      await store.forEachDomain(range, (totals, sources) => {
        out.write(writer.domain(domainSummary(totals, sources, resolved), written === 0));
        written++;
      });
      out.write(writer.end(written));
      out.close();
    } finally {
      out.abort();
    }
    benchTiming(io, "summary", started);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}
async function evidence(argv, io) {
  const { values, positionals } = parse(argv, { ...STORE_OPTIONS, ...WINDOW_OPTIONS, out: { type: "string" }, "min-share": { type: "string" } }, "reports evidence");
  if (values.help) {
    io.stdout(`Usage: maildns reports evidence [DOMAIN|PATH...] [--out FILE] [options]

Writes the DMARC evidence file: per domain, the window's days with reports, messages, messages passing
DMARC, the failing sources above --min-share of the domain's mail (with reverse names when resolved), and
the DKIM selectors seen. The file is small and deterministic (the same store and window give the same
bytes): commit it beside the domain files, where \`lint\`, \`plan\` and the Action read it with no database
and no credentials (rule dmarc-ramp-evidence). Without DOMAIN or PATH: the domains of the stack's domain
files, or every domain in the store when the stack has none.

Options:
  --out FILE           where to write (default: dmarc-evidence.json in the stack folder, or without --stack
                       in the folder of the domain files given, where lint and plan read it; - for
                       standard output)
  --min-share SHARE    list failing sources down to this share of a domain's messages (default 0.001)
${WINDOW_HELP}
${STORE_HELP}

Exit codes: 0 written, 2 usage error, a file that cannot be written or a store that failed (an earlier
file is then left as it was).
`);
    return EXIT_OK;
  }
  const minShare = values["min-share"] === void 0 ? 1e-3 : Number(values["min-share"]);
  if (!Number.isFinite(minShare) || minShare < 0 || minShare > 1) throw new UsageError(`--min-share must be a share from 0 to 1, e.g. 0.001 (got '${values["min-share"]}')`);
  const stack = values.stack ?? "stacks";
  const toStdout = values.out !== void 0 && outputOption(io, values.out, "reports evidence", domainFileOnlyPaths(positionals.length ? positionals : [stack]), "--out", "evidence") === void 0;
  const { buildEvidence, serializeEvidence, EVIDENCE_FILE_NAME } = await import("./evidence-SGKEIARP.js");
  const folders = /* @__PURE__ */ new Set();
  const domains = positionals.length ? domainsFrom(positionals, io, folders) : stackDomains(stack, io);
  const place = values.out === void 0 && values.stack === void 0 && positionals.length ? evidenceFolder(positionals, folders, stack, io) : stack;
  if (values.out === void 0 && !isFolder(resolve8(io.cwd, place))) {
    throw new UsageError(`the stack folder ${stack} does not exist, so ${join6(stack, EVIDENCE_FILE_NAME)} cannot be written: give the stack's folder with --stack, or a file with --out`);
  }
  const out = resolve8(io.cwd, values.out ?? join6(place, EVIDENCE_FILE_NAME));
  const store = await openStore(values, io, "evidence", storeFailureAftermath("evidence"));
  try {
    const { window, summaries } = await figuresFor(store, values, domains);
    const file = buildEvidence(summaries, window, minShare);
    const counted = `${file.domains.length} domain${file.domains.length === 1 ? "" : "s"} with reports, ${window.from} → ${window.to}`;
    if (toStdout) {
      io.stdout(serializeEvidence(file));
      if (!values.quiet) io.stderr(`wrote the evidence to standard output: ${counted}
`);
      return EXIT_OK;
    }
    writeWholeOutput(io, values.out ?? out, out, serializeEvidence(file), "the evidence");
    if (!values.quiet) io.stderr(`wrote ${values.out ?? join6(place, EVIDENCE_FILE_NAME)}: ${counted}
`);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}
function storeFailureAftermath(sub, added) {
  switch (sub) {
    case "ingest":
    case "fetch": {
      const stored = added === void 0 ? "" : ` (this run stored ${added} report${added === 1 ? "" : "s"} before it)`;
      return `. Each batch of reports is stored whole or not at all: the batches stored before the failure stay${stored}, and running the same command again adds only what is missing`;
    }
    case "summary":
      return ". The summary is not complete: nothing was checked past this point";
    case "evidence":
      return ". The evidence file was not written (an earlier one is left as it was)";
  }
}
var reportsCommand = {
  name: "reports",
  summary: "DMARC aggregate reports: ingest, fetch over IMAP, summarise, write the evidence file",
  usage: USAGE4,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === void 0 || sub === "--help" || sub === "-h" || sub === "help") {
      io.stdout(`${USAGE4}
`);
      return sub === void 0 ? 2 : EXIT_OK;
    }
    const chosen = oneOf(sub, SUBCOMMANDS, "the subcommand", "summary");
    try {
      switch (chosen) {
        case "ingest":
          return await ingest(rest, io);
        case "fetch":
          return await fetchCommand(rest, io);
        case "summary":
          return await summary(rest, io);
        case "evidence":
          return await evidence(rest, io);
      }
    } catch (error) {
      const { StoreError } = await import("./sql-7XPS7RRD.js");
      if (error instanceof StoreError) throw new UsageError(`${error.message}${storeFailureAftermath(chosen, error.added)}`);
      throw error;
    }
  }
};

// src/cli/commands/rollback.ts
import { lstatSync as lstatSync3, readFileSync as readFileSync8 } from "node:fs";
import { basename, dirname as dirname3, relative as relative5, resolve as resolve9 } from "node:path";
var OPTIONS8 = {
  ...STACK_OPTIONS,
  zone: { type: "string", multiple: true },
  from: { type: "string" },
  yes: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var USAGE5 = `Usage: maildns rollback [--stack NAME] [--zone ZONE...] [--from FILE] [--yes] [options]

Before an update changes a zone, the Pulumi program saves the zone's export under
stacks/<stack>/${ROLLBACK_DIR}/<zone>/<time>.zone. rollback compares each zone now with its newest saved
export (or --from FILE), prints what a restore would remove (-) and bring back (+), and names the DNS
host's own saved version of the zone from that moment (OVH: the zone history). A restore replaces the
whole zone: records that are not mail records (a web A, a CNAME) changed since are reverted too; they are
counted in the summary line and listed apart. The host's version is restored only when its own zone file
is the saved export (else nothing is restored: restore by hand). With --yes it restores that version and
reads the zone again (for up to 30 s: the host applies a restore as a task) until it is the saved export.
Without --yes nothing is changed.

After a rollback, the stack's state still describes the update: run \`pulumi refresh\` and \`maildns adopt\`
before the next \`pulumi up\`.

Options:
  -s, --stack NAME     the stack (default: the only one)
  --zone ZONE          only this zone (repeatable; default: every zone with a saved export)
  --from FILE          a saved export to roll back to (its zone is the folder it is in, and must be the
                       zone its SOA names; with --zone, the same zone)
  --yes                restore; without it, only show the difference and the version
  --provider NAME      the DNS host (default: the stack's maildns:provider, then ovh)
  --endpoint VALUE     the host's API: for OVH ovh-eu, ovh-ca, ovh-us or a base URL
  --timeout-ms N       per-request timeout (default 15000)
  -h, --help           show this help

Credentials as for adopt (OVH: application keys or an OAuth2 service account, with GET and POST on
/domain/zone/*: GET to read the zone's export and history, POST to restore), needed only when something is
saved to compare.

Exit codes: 0 shown or restored, 1 nothing saved, no version to restore (or none that is the saved
export), a host API failure or a restore that did not bring the saved zone back, 2 usage error (a saved
export that is not a whole export of its zone, a link, or too large, included).`;
var RESTORE_CHECKS = 11;
var RESTORE_CHECK_INTERVAL_MS = 3e3;
var MAX_SAVED_EXPORT_BYTES = 8 * 1024 * 1024;
function summary2(restored, unsure, not) {
  const parts = [`restored: ${restored.length > 0 ? restored.join(", ") : "none"}`];
  if (unsure.length > 0) parts.push(`perhaps restored (OVH did not answer the restore, or failed after it was asked for; compare the zone): ${unsure.join(", ")}`);
  if (not.length > 0) parts.push(`not restored: ${not.join(", ")}`);
  return parts.join("; ");
}
var NEXT = "next: `pulumi refresh`, then `maildns adopt`, before the next `pulumi up`";
function readSavedExport(path, shown2) {
  try {
    const stat = lstatSync3(path);
    if (stat.isSymbolicLink()) throw new UsageError(`${shown2}: a symbolic link, not an export the update saved; it is not followed`);
    if (!stat.isFile()) throw new UsageError(`${shown2}: not a file`);
    if (stat.size > MAX_SAVED_EXPORT_BYTES) throw new UsageError(`${shown2}: ${stat.size} bytes, far more than a zone's export; not read`);
    return readFileSync8(path, "utf8");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${shown2}: cannot read it (${error.code ?? "error"})`);
  }
}
var differences = (diff) => diff.removed.length + diff.restored.length;
function chooseTargets(values, io, stackDir) {
  if (values.from !== void 0) {
    const path = resolve9(io.cwd, values.from);
    const savedAt = savedAtOf(basename(path));
    if (!savedAt) throw new UsageError(`--from ${values.from}: not a saved export (its name is the time it was saved, e.g. 2026-11-20T10-00-00-000Z.zone)`);
    const zone = canonicalName(basename(dirname3(path)));
    const others = (values.zone ?? []).map(canonicalName).filter((z) => z !== zone);
    if (others.length > 0) throw new UsageError(`--from ${values.from} is an export of ${zone} (the folder it is in), not of ${others[0]}: give --from alone, or --zone alone for a zone's newest export`);
    return [{ zone, path, savedAt }];
  }
  const saved = savedExports(stackDir);
  const zones = values.zone?.map(canonicalName) ?? [...saved.keys()];
  const targets = [];
  for (const zone of new Set(zones)) {
    const newest = saved.get(zone)?.[0];
    if (!newest) {
      io.stderr(`maildns rollback: no saved export for ${zone} under ${relative5(io.cwd, stackDir)}/${ROLLBACK_DIR}/ (an update saves one before it changes the zone)
`);
      return EXIT_FINDINGS;
    }
    targets.push(newest);
  }
  if (targets.length === 0) {
    io.stderr(`maildns rollback: nothing saved under ${relative5(io.cwd, stackDir)}/${ROLLBACK_DIR}/: no update has changed a zone of this stack here
`);
    return EXIT_FINDINGS;
  }
  return targets;
}
function readSavedTexts(targets, io) {
  return targets.map((target) => {
    const shown2 = relative5(io.cwd, target.path);
    if (!usableDomain(target.zone)) {
      throw new UsageError(`${oneLine(shown2)}: the folder it is in is not named after a zone (a domain name such as example.com); nothing is restored from it`);
    }
    const text = readSavedExport(target.path, shown2);
    const problem = savedExportProblem(target.zone, text);
    if (problem) throw new UsageError(`${shown2}: ${problem}; nothing is restored from it`);
    return text;
  });
}
function showDifference(run, diff) {
  const { api, target, saved, shown: shown2, say } = run;
  const show = (sign, line) => `  ${sign} ${oneLine(api.scrub(line))}`;
  const other = { removed: diff.removed.filter((l) => !isMailLine(l)), restored: diff.restored.filter((l) => !isMailLine(l)) };
  const otherCount = differences(other);
  const others = otherCount > 0 ? `, ${otherCount} of them not mail records (a restore replaces the whole zone: they are reverted too)` : "";
  say(`${target.zone}: saved ${target.savedAt.toISOString()} (${shown2}); a restore removes ${diff.removed.length} and brings back ${diff.restored.length} records${others}`);
  const lines = [...diff.removed.filter(isMailLine).map((l) => show("-", l)), ...diff.restored.filter(isMailLine).map((l) => show("+", l))];
  if (otherCount > 0) {
    lines.push("  not mail records, reverted too:");
    lines.push(...other.removed.map((l) => show("-", l)), ...other.restored.map((l) => show("+", l)));
  }
  if (lines.length > 0) say(...lines);
  const unread = unreadEntries(target.zone, saved);
  if (unread.length > 0) {
    say(`  note: ${unread.length} ${unread.length === 1 ? "entry" : "entries"} of the saved export ${unread.length === 1 ? "does" : "do"} not read as a record and ${unread.length === 1 ? "is" : "are"} left out of the comparison (${oneLine(unread.slice(0, 3).join("; "))}${unread.length > 3 ? "; …" : ""})`);
  }
}
async function versionToRestore(run) {
  const { api, target, saved, shown: shown2, say } = run;
  const versions = await api.zoneHistory(target.zone);
  const recorded = recordedVersion(saved);
  const version = recorded !== null && versions.includes(recorded) ? recorded : versionAt(versions, target.savedAt);
  if (!version) {
    say(`  no saved version of ${target.zone} at the host is older than ${target.savedAt.toISOString()}: restore it by hand from ${shown2}`);
    return null;
  }
  let versionFile;
  try {
    versionFile = await api.zoneVersionFile(target.zone, version);
  } catch (error) {
    if (!isHostFailure(error)) throw error;
    say(`  the host's version of ${version} could not be compared with the saved export (${oneLine(api.scrub(error.message))}): nothing restored; restore it by hand from ${shown2}`);
    return null;
  }
  const off = differences(zoneDiff(target.zone, saved, versionFile));
  if (off > 0) {
    const why = heldUnpublished(saved) ? "; the zone held changes OVH had not published when the export was saved, as its header says" : "";
    say(`  the host's version of ${version} is not the saved export (they differ in ${off} record${off === 1 ? "" : "s"}${why}): nothing restored; restore it by hand from ${shown2}`);
    return null;
  }
  return version;
}
async function restore(run, version) {
  const { api, target, saved, shown: shown2, say, sleep, progress: progress2 } = run;
  if (run.interrupt?.aborted) throw new InterruptedError(String(run.interrupt.reason ?? "signal"));
  say(`  restoring the host's version of ${version}`);
  progress2.asking = target.zone;
  await api.restoreZone(target.zone, version);
  progress2.asking = null;
  progress2.restored.push(target.zone);
  let left = differences(zoneDiff(target.zone, saved, await api.exportZone(target.zone)));
  for (let check = 1; check < RESTORE_CHECKS && left > 0; check++) {
    await sleep(RESTORE_CHECK_INTERVAL_MS);
    left = differences(zoneDiff(target.zone, saved, await api.exportZone(target.zone)));
  }
  if (left === 0) {
    say(`  restored the host's version of ${version}: the zone is the saved export again`);
    return "restored";
  }
  const waited = (RESTORE_CHECKS - 1) * RESTORE_CHECK_INTERVAL_MS / 1e3;
  say(`  restored the host's version of ${version}, but ${waited} s later the zone still differs from the saved export in ${left} records (OVH may still be applying it): run maildns rollback again without --yes to compare, or compare it with ${shown2}`);
  return "restored-still-differs";
}
async function rollbackZone(run) {
  const { api, target, saved, say } = run;
  const diff = zoneDiff(target.zone, saved, await api.exportZone(target.zone));
  showDifference(run, diff);
  run.progress.compared = target.zone;
  if (differences(diff) === 0) {
    say("  the zone is already as saved: nothing to restore");
    return "unchanged";
  }
  const version = await versionToRestore(run);
  if (version === null) return "not-restored";
  for (const { owner, count } of spfOwnersTwice(target.zone, saved)) {
    say(`  note: the saved export holds ${count} SPF records at ${owner}: a restore brings them back, and receivers then get permerror (RFC 7208 §4.5)`);
  }
  if (!run.yes) {
    say(`  would restore the host's version of ${version} (its zone file is the saved export); run again with --yes to restore it`);
    return "shown";
  }
  return restore(run, version);
}
function createRollbackCommand(deps = {}) {
  return {
    name: "rollback",
    summary: "show and restore a zone as it was before the last pulumi up",
    usage: USAGE5,
    interruptible: true,
    interruptNote: HOST_INTERRUPT_NOTE,
    async run(argv, io) {
      const { values, positionals } = parse(argv, OPTIONS8, "rollback");
      if (values.help) {
        io.stdout(`${USAGE5}
`);
        return EXIT_OK;
      }
      if (positionals.length > 0) throw new UsageError(`rollback takes no paths (got '${positionals[0]}'); use --zone ZONE or --from FILE`);
      const place = locateStack(values, io);
      const targets = chooseTargets(values, io, place.stackDir);
      if (typeof targets === "number") return targets;
      const savedTexts = readSavedTexts(targets, io);
      const api = openStackApi(place, values, io, { ...deps.apiOptions, purpose: "rollback" });
      const sleep = deps.apiOptions?.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms)));
      const say = (...lines) => io.stdout(lines.map((line) => `${line}
`).join(""));
      const notRestored = [];
      const progress2 = { asking: null, restored: [] };
      const restored = progress2.restored;
      let failed = false;
      for (const [i, target] of targets.entries()) {
        try {
          const shown2 = relative5(io.cwd, target.path);
          const zoneRun = { api, target, saved: savedTexts[i], shown: shown2, yes: values.yes === true, say, sleep, progress: progress2, ...io.interrupt ? { interrupt: io.interrupt } : {} };
          const outcome = await untilInterrupted(rollbackZone(zoneRun), io.interrupt);
          if (outcome === "not-restored") notRestored.push(target.zone);
          if (outcome === "not-restored" || outcome === "restored-still-differs") failed = true;
        } catch (error) {
          if (error instanceof InterruptedError) {
            const unsure2 = progress2.asking !== null ? [progress2.asking] : [];
            if (values.yes) {
              const left = targets.slice(i).map((t) => t.zone).filter((zone) => !restored.includes(zone) && !unsure2.includes(zone));
              io.stderr(`maildns rollback: ${summary2(restored, unsure2, [...notRestored, ...left])}
`);
            } else {
              const shownNow = progress2.compared === target.zone;
              const unseen = targets.slice(shownNow ? i + 1 : i).map((t) => t.zone);
              const parts = [
                ...shownNow ? [`compared (its difference is printed above), the host's saved version not checked: ${target.zone}`] : [],
                ...unseen.length > 0 ? [`not compared: ${unseen.join(", ")}`] : []
              ];
              io.stderr(`maildns rollback: ${parts.join("; ")}; nothing was restored (only --yes restores)
`);
            }
            if (restored.length > 0 || unsure2.length > 0) say(NEXT);
            return EXIT_FINDINGS;
          }
          if (!isHostFailure(error)) throw error;
          io.stderr(`maildns rollback: ${api.scrub(error.message)}
`);
          const status = error.status;
          const unsure = progress2.asking !== null && (typeof status !== "number" || status >= 500) ? [progress2.asking] : [];
          if (values.yes && (targets.length > 1 || unsure.length > 0)) {
            const left = targets.slice(i).map((t) => t.zone).filter((zone) => !restored.includes(zone) && !unsure.includes(zone));
            io.stderr(`maildns rollback: ${summary2(restored, unsure, [...notRestored, ...left])}
`);
          }
          if (restored.length > 0 || unsure.length > 0) say(NEXT);
          return EXIT_FINDINGS;
        }
      }
      if (values.yes && targets.length > 1 && notRestored.length > 0) say(summary2(restored, [], notRestored));
      if (restored.length > 0) say(NEXT);
      return failed ? EXIT_FINDINGS : EXIT_OK;
    }
  };
}
var rollbackCommand = createRollbackCommand();

// src/cli/commands/rules.ts
var rulesCommand = {
  name: "rules",
  summary: "list the rules with their level in a policy pack",
  usage: `Usage: maildns rules [--policy NAME|FILE] [--format text|json] [--output FILE]

Lists every rule: id, area, level in the chosen pack (default ovh), and what it checks.
JSON: {"version":1,"rules":[{"id","area","description","level"}]}.

Exit codes: 0 listed, 2 usage error or a policy pack that cannot be read.`,
  async run(argv, io) {
    const { values, positionals } = parse(argv, SHARED_OPTIONS, "rules");
    if (values.help) {
      io.stdout(`${this.usage}
`);
      return EXIT_OK;
    }
    if (positionals.length > 0) throw new UsageError(`rules takes no argument, only options (got '${positionals[0]}')`);
    const format = oneOf(values.format, ["text", "json"], "--format", "text");
    const output = outputOption(io, values.output);
    const policy = resolvePolicy(values.policy, allRules, io.cwd);
    const settings = policy.settingsFor("");
    const rows = [...allRules].sort((a, b) => a.meta.id.localeCompare(b.meta.id)).map((r) => ({ id: r.meta.id, area: r.meta.area, description: r.meta.description, level: settings.get(r.meta.id)?.level ?? "off" }));
    if (format === "json") {
      emit(io, `${reportJson({ version: 1, rules: rows })}
`, output);
    } else {
      const width = Math.max(...rows.map((r) => r.id.length));
      emit(io, `${rows.map((r) => `${r.id.padEnd(width)}  ${r.level.padEnd(5)}  ${r.area.padEnd(7)}  ${r.description}`).join("\n")}
`, output);
    }
    return EXIT_OK;
  }
};
export {
  adoptCommand,
  auditCommand,
  doctorCommand,
  explainCommand,
  importCommand,
  initCommand,
  planCommand,
  reportsCommand,
  rollbackCommand,
  rulesCommand
};
