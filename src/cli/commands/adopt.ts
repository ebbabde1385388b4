// `maildns adopt`: reads the records the DNS host already holds in the owners the stack's domains manage,
// and what the stack itself already holds (`pulumi stack export`), and writes stacks/<stack>/
// maildns-adoption.json, so `pulumi up` adopts existing records slot by slot instead of duplicating them.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { LintFn } from "../../engine/run.js";
import { unreadableNote } from "../../engine/unreadable.js";
import { lintPaths } from "../../index.js";
import { formatText } from "../../formatters/text.js";
import { desiredSlotRecords } from "../../model/slots.js";
import { sharedZoneMessage, unknownZoneMessage, zonesInOtherStacks } from "../../plan/other-stacks.js";
import { evaluateGates, refused } from "../../plan/safety.js";
import { adoptDomains } from "../../providers/adopt.js";
import { droppedZones, droppedZoneSummary, heldInZone } from "../../providers/apply-plan.js";
import { resolveHostDkim } from "../../providers/host-dkim.js";
import { ADOPTION_FILE_NAME, writeAdoptionFile } from "../../providers/adoption-file.js";
import { parseStackExport, StackStateError, type StackState } from "../../providers/stack-state.js";
import type { ApiOpenOptions, DnsProvider } from "../../providers/types.js";
import { parse, todayOption } from "../args.js";
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIO, type Command } from "../command.js";
import { isHostFailure, openStack, STACK_OPTIONS } from "../stack-options.js";
import { HOST_INTERRUPT_NOTE, InterruptedError, untilInterrupted } from "../interrupt.js";

const OPTIONS = {
  ...STACK_OPTIONS,
  state: { type: "string" },
  "pulumi-stack": { type: "string" },
  policy: { type: "string" },
  "dry-run": { type: "boolean" },
  today: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const USAGE = `Usage: maildns adopt [--stack NAME] [--state FILE] [options]

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

export interface AdoptDependencies {
  lint?: LintFn;
  /** Injectable for tests (e.g. no waiting between retries). */
  apiOptions?: Pick<ApiOpenOptions, "sleep" | "maxRetries">;
}

/** `pulumi stack export` for the stack, run with the caller's environment and a time limit. */
function exportState(stack: string, io: CliIO): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      "pulumi",
      ["stack", "export", "--stack", stack],
      { cwd: io.cwd, env: io.env as NodeJS.ProcessEnv, timeout: 120_000, maxBuffer: 64 * 1024 * 1024, windowsHide: true },
      (error, stdout) => {
        if (!error) return resolvePromise(stdout);
        const code = (error as NodeJS.ErrnoException).code;
        const how = `run \`pulumi stack export --stack ${stack} --file state.json\` yourself and pass --state state.json`;
        if (code === "ENOENT") return reject(new UsageError(`the Pulumi CLI is not on PATH, so adopt cannot read the stack's state: ${how}`));
        // Pulumi's own stderr is not repeated: it may quote configuration. Its exit status says enough.
        reject(new UsageError(`\`pulumi stack export --stack ${stack}\` failed (exit ${typeof error.code === "number" ? error.code : "signal"}): check \`pulumi login\` and the stack name (--pulumi-stack), or ${how}`));
      },
    );
  });
}

async function readState(values: { state?: string | undefined; "pulumi-stack"?: string | undefined }, stack: string, provider: DnsProvider, io: CliIO): Promise<StackState> {
  let text: string;
  let shown: string;
  if (values.state !== undefined) {
    shown = values.state;
    try {
      text = readFileSync(resolve(io.cwd, values.state), "utf8");
    } catch (error) {
      throw new UsageError(`--state ${values.state}: cannot read it (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    }
  } else {
    const name = values["pulumi-stack"] ?? stack;
    shown = `pulumi stack export --stack ${name}`;
    text = await exportState(name, io);
  }
  return parseStackExport(text, provider.pulumi.resourceType, shown);
}

export function createAdoptCommand(deps: AdoptDependencies = {}): Command {
  return {
    name: "adopt",
    summary: "record the records the DNS host already holds, for pulumi up to adopt slot by slot",
    usage: USAGE,
    interruptible: true,
    interruptNote: HOST_INTERRUPT_NOTE,
    async run(argv, io) {
      const { values, positionals } = parse(argv, OPTIONS, "adopt");
      if (values.help) {
        io.stdout(`${USAGE}\n`);
        return EXIT_OK;
      }
      if (positionals.length > 0) throw new UsageError(`adopt takes no paths (got '${positionals[0]}'); use --stack NAME`);
      // Opened for adopt, which only reads: a call OVH refuses (403) names GET, not an apply's rights.
      const { stack, stackDir, config, provider, api } = openStack(values, io, { ...deps.apiOptions, purpose: "adopt" });
      const policy = values.policy ?? (typeof config["maildns:policy"] === "string" ? config["maildns:policy"] : undefined);

      const lint: LintFn = deps.lint ?? lintPaths;
      const today = todayOption(values.today);
      const result = await lint([stackDir], { cwd: io.cwd, ...(policy ? { policy } : {}), ...(today ? { today } : {}) });
      if (result.errors > 0) {
        const errors = result.findings.filter((f) => f.level === "error");
        const count = (level: string) => result.findings.filter((f) => f.level === level).length;
        const summary = { files: result.files, domains: result.domains.length, errors: count("error"), warnings: count("warn"), infos: count("info") };
        io.stderr(formatText({ findings: errors, summary, rules: [], toolVersion: "" }));
        for (const line of unreadableNote(result.findings)) io.stderr(`maildns adopt: ${line}\n`);
        io.stderr(`maildns adopt: fix the lint errors first; adoption matches ${provider.label}'s records against what the YAML wants.\n`);
        return EXIT_FINDINGS;
      }

      const shown = relative(io.cwd, join(stackDir, ADOPTION_FILE_NAME));
      // A zone another stack of the repository declares too: each stack's update would adopt, overwrite and
      // delete the other's records. Refused before the host is asked anything.
      const { shared, unknown } = zonesInOtherStacks(stackDir, result.domains.map((d) => ({ domain: d.domain, file: d.file ?? d.domain })), io.cwd);
      if (unknown.length > 0) io.stderr(`maildns adopt: ${unknownZoneMessage(unknown)}\n`);
      if (shared.length > 0) {
        for (const zone of shared) io.stderr(`maildns adopt: ${sharedZoneMessage(zone)}\n`);
        io.stderr(`maildns adopt: ${shown} not written; nothing was read at ${provider.label}.\n`);
        return EXIT_FINDINGS;
      }
      // Ctrl-C or a cancelled job (main ends the process by the signal once this returns): adopt only reads,
      // so nothing was changed anywhere; the file is written only at the end, whole, so it is left as it was.
      const zonesRead = { read: [] as string[] };
      // The stack's state, once read: adopt also reads each zone the stack holds records in that no domain
      // file declares any more (after the declared ones), so an interrupted run names those it did not read too.
      let stateRead: StackState | null = null;
      const stopped = () => {
        const declared = [...new Set(result.domains.map((d) => d.domain.toLowerCase()))];
        const dropped = stateRead ? droppedZones(provider, stateRead.resources, declared) : [];
        const unread = [...declared, ...dropped].filter((zone) => !zonesRead.read.includes(zone)).sort();
        const read = zonesRead.read.length > 0 ? `read ${zonesRead.read.join(", ")}` : "no zone read";
        const notRead = unread.length > 0 ? `; not read: ${unread.join(", ")}` : "";
        const earlier = existsSync(join(stackDir, ADOPTION_FILE_NAME)) ? "the earlier one is left as it was" : "there was none before";
        io.stderr(`maildns adopt: ${shown} not written (${earlier}): ${read}${notRead}. Nothing was changed at ${provider.label}; run maildns adopt again.\n`);
        return EXIT_FINDINGS;
      };
      let state: StackState;
      try {
        state = await untilInterrupted(readState(values, stack, provider, io), io.interrupt);
        stateRead = state;
      } catch (error) {
        if (error instanceof InterruptedError) return stopped();
        if (error instanceof StackStateError) {
          io.stderr(`maildns adopt: ${error.message}\n`);
          return EXIT_FINDINGS;
        }
        throw error;
      }

      // `dkim: ovh`: the host names the selectors; a domain it cannot name them for cannot be adopted.
      let resolved: Awaited<ReturnType<typeof resolveHostDkim>>;
      try {
        resolved = await untilInterrupted(resolveHostDkim(result.domains, api, `set ${provider.credentialHelp}`, provider.label), io.interrupt);
      } catch (error) {
        if (error instanceof InterruptedError) return stopped();
        throw error;
      }
      if (resolved.failures.length > 0) {
        io.stderr(resolved.failures.map((f) => `maildns adopt: ${f.domain}: ${api.scrub(f.detail)}\n`).join(""));
        return EXIT_FINDINGS;
      }
      const domains = resolved.models;
      let adoption;
      try {
        adoption = await untilInterrupted(adoptDomains(provider, api, domains, state, new Date(), zonesRead), io.interrupt);
      } catch (error) {
        if (error instanceof InterruptedError) return stopped();
        if (isHostFailure(error)) {
          io.stderr(`maildns adopt: ${api.scrub((error as Error).message)}\n`);
          return EXIT_FINDINGS;
        }
        throw error;
      }

      const lines: string[] = [];
      const byZone = new Map(domains.map((d) => [d.domain.toLowerCase(), d]));
      let pending = 0;
      const conflicts: string[] = [];
      for (const zone of adoption.zones) {
        const count = (action: string) => zone.lines.filter((l) => l.action === action).length;
        const deletions = count("delete-first") + count("delete-last") + count("adopt-to-delete");
        const domain = byZone.get(zone.zone);
        // A zone the stack holds records in that no file declares any more: the update deletes them.
        const summary = domain
          ? `${count("keep")} kept, ${count("adopt")} adopted, ${count("update")} to update in place, ${count("create")} to create, ${deletions} to delete`
          : droppedZoneSummary(heldInZone(provider, adoption.file.stack, zone.zone).length);
        lines.push(`${zone.zone}: ${summary}`);
        for (const line of zone.lines) lines.push(`  ${line.text}`);
        const live = adoption.file.zones[zone.zone]!.live.map(provider.toLive);
        const desired = domain ? desiredSlotRecords(domain) : [];
        for (const gate of evaluateGates({ domain: zone.zone, live, desired, operations: zone.operations }).filter(refused)) {
          lines.push(`  gate    ${gate.id}: ${gate.reason} (pulumi up refuses this unless maildns:allow lists it)`);
        }
        pending += zone.pending.length;
        conflicts.push(...zone.conflicts.map((c) => `${zone.zone}: ${c}`));
      }
      if (pending > 0) {
        lines.push(
          `${pending} record${pending === 1 ? " is" : "s are"} adopted as ${pending === 1 ? "it is" : "they are"} (Pulumi imports a record only with its live inputs): after \`pulumi up\`, run \`maildns adopt\` and \`pulumi up\` once more to apply the domain files`,
        );
      }
      // One zone the host refuses to read (deleted at OVH, a subdomain held in its parent's zone, no rights
      // on it) does not stop the others: each is said with what to do, and the file is not written, since
      // the update would have nothing to judge that zone by.
      if (adoption.failures.length > 0) {
        io.stdout(lines.length > 0 ? `${lines.map((l) => api.scrub(l)).join("\n")}\n` : "");
        const pulumiStack = values["pulumi-stack"] ?? stack;
        for (const failure of adoption.failures) {
          if (failure.kind === "record") {
            // The message names the file, the record and the rule; what to do is the file's to change.
            io.stderr(`maildns adopt: ${failure.zone}: ${api.scrub(failure.error.message)}\n`);
            io.stderr(
              `  ${failure.zone} was not read: ${provider.label} cannot hold that record as ${failure.file ?? "the domain file"} declares it. Change it there (pulumi up refuses the stack until then), then run maildns adopt again.\n`,
            );
            continue;
          }
          const where = failure.file ? ` (${failure.file})` : "";
          io.stderr(`maildns adopt: ${failure.zone}${where}: ${api.scrub(failure.error.message)}\n`);
          const held = heldInZone(provider, adoption.file.stack, failure.zone).length;
          if (held === 0) continue;
          const remove = failure.file ? `remove ${failure.file} and run` : "run";
          io.stderr(
            `  The stack holds ${held} record${held === 1 ? "" : "s"} in ${failure.zone}: if the zone was deleted at ${provider.label}, ${remove} \`pulumi refresh --stack ${pulumiStack}\`, which drops them from the stack, then maildns adopt again.\n`,
          );
        }
        const count = adoption.failures.length;
        const others = adoption.zones.length > 0 ? " (the other zones were read; their lines are above)" : "";
        io.stderr(`maildns adopt: ${shown} not written: ${count} zone${count === 1 ? "" : "s"} could not be read${others}.\n`);
        // adoption.failures: the host's refusals and the records it cannot hold alike; the file is never
        // written without a zone a domain file declares, since the update would have nothing to judge it by.
        return EXIT_FINDINGS;
      }
      // The file keeps live values as they are (Pulumi imports a record only with its exact inputs), and it is
      // meant to be committed: a record that holds one of the credentials adopt sent, in any encoding, is
      // never written there, nor passed on to the Pulumi program.
      const echoing = Object.values(adoption.file.zones).flatMap((z) =>
        z.live.filter((r) => [r.subdomain, r.target].some((text) => api.scrub(text) !== text)),
      );
      if (echoing.length > 0) {
        io.stdout(`${lines.map((l) => api.scrub(l)).join("\n")}\n`);
        const named = echoing.map((r) => `  ${r.zone}: ${r.type} ${r.subdomain === "" ? "@" : api.scrub(r.subdomain)} (id ${r.id})`).join("\n");
        io.stderr(
          `maildns adopt: ${shown} not written: ${echoing.length === 1 ? "this record holds" : "these records hold"} one of the ${provider.label} credentials maildns sent (in some encoding):\n${named}\nRemove the credential from the zone and rotate it (it is published in DNS), then run maildns adopt again.\n`,
        );
        return EXIT_FINDINGS;
      }
      if (conflicts.length > 0) {
        io.stdout(`${lines.map((l) => api.scrub(l)).join("\n")}\n`);
        io.stderr(`maildns adopt: the stack and ${provider.label} disagree; ${shown} not written:\n${conflicts.map((c) => `  ${api.scrub(c)}`).join("\n")}\n`);
        return EXIT_FINDINGS;
      }
      if (values["dry-run"]) {
        lines.push(`dry run: ${shown} not written`);
      } else {
        try {
          await writeAdoptionFile(stackDir, adoption.file);
        } catch (error) {
          io.stdout(`${lines.map((l) => api.scrub(l)).join("\n")}\n`);
          io.stderr(`maildns adopt: cannot write ${shown} (${(error as NodeJS.ErrnoException).code ?? "error"}): the earlier file, if any, is left as it was; free some space or fix the folder's permissions, then run maildns adopt again\n`);
          return EXIT_FINDINGS;
        }
        const liveCount = Object.values(adoption.file.zones).reduce((n, z) => n + z.live.length, 0);
        lines.push(`wrote ${shown} (${adoption.zones.length} zones, ${liveCount} live records, ${adoption.file.stack.length} stack resources)`);
      }
      io.stdout(`${lines.map((l) => api.scrub(l)).join("\n")}\n`);
      return EXIT_OK;
    },
  };
}

export const adoptCommand: Command = createAdoptCommand();
