// `maildns rollback`: shows how each zone differs now from the export the Pulumi program saved right
// before the last update, and with --yes restores the DNS host's own saved version of that moment (OVH's
// zone history), then checks the zone is the saved one again.
import { lstatSync, readFileSync } from "node:fs";
import { basename, dirname, relative, resolve } from "node:path";
import { canonicalName } from "../../dns/names.js";
import { usableDomain } from "../../plan/observation.js";
import { heldUnpublished, isMailLine, recordedVersion, ROLLBACK_DIR, savedAtOf, savedExportProblem, savedExports, spfOwnersTwice, unreadEntries, versionAt, zoneDiff, type SavedExport } from "../../providers/rollback.js";
import type { ApiOpenOptions } from "../../providers/types.js";
import { parse } from "../args.js";
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIO, type Command } from "../command.js";
import { isHostFailure, locateStack, openStackApi, STACK_OPTIONS } from "../stack-options.js";
import { HOST_INTERRUPT_NOTE, InterruptedError, untilInterrupted } from "../interrupt.js";
import { oneLine } from "../../model/show.js";

const OPTIONS = {
  ...STACK_OPTIONS,
  zone: { type: "string", multiple: true },
  from: { type: "string" },
  yes: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const USAGE = `Usage: maildns rollback [--stack NAME] [--zone ZONE...] [--from FILE] [--yes] [options]

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

/** How often, and how far apart, the zone is read after a restore until it is the saved export (30 s in all). */
const RESTORE_CHECKS = 11;
const RESTORE_CHECK_INTERVAL_MS = 3_000;

/** A zone's export is a few kilobytes: a saved one past this is not one the program wrote. */
const MAX_SAVED_EXPORT_BYTES = 8 * 1024 * 1024;

/** Which zones a run with --yes restored, may have restored, and did not. */
function summary(restored: readonly string[], unsure: readonly string[], not: readonly string[]): string {
  const parts = [`restored: ${restored.length > 0 ? restored.join(", ") : "none"}`];
  if (unsure.length > 0) parts.push(`perhaps restored (OVH did not answer the restore, or failed after it was asked for; compare the zone): ${unsure.join(", ")}`);
  if (not.length > 0) parts.push(`not restored: ${not.join(", ")}`);
  return parts.join("; ");
}

const NEXT = "next: `pulumi refresh`, then `maildns adopt`, before the next `pulumi up`";

/**
 * A saved export's text. The program writes each one whole, as a file, never through a link: a link at its
 * name (to wherever) or a file far larger than any export is not read.
 */
function readSavedExport(path: string, shown: string): string {
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) throw new UsageError(`${shown}: a symbolic link, not an export the update saved; it is not followed`);
    if (!stat.isFile()) throw new UsageError(`${shown}: not a file`);
    if (stat.size > MAX_SAVED_EXPORT_BYTES) throw new UsageError(`${shown}: ${stat.size} bytes, far more than a zone's export; not read`);
    return readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${shown}: cannot read it (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
}

type Values = ReturnType<typeof parse<typeof OPTIONS>>["values"];
type ZoneDiff = ReturnType<typeof zoneDiff>;
type Api = ReturnType<typeof openStackApi>;

/** How many records a restore would remove and bring back. */
const differences = (diff: ZoneDiff): number => diff.removed.length + diff.restored.length;

/**
 * The saved exports to roll back to: --from's, or each zone's newest. A number is the exit code of a run
 * that has nothing to compare (said on stderr).
 */
function chooseTargets(values: Values, io: CliIO, stackDir: string): SavedExport[] | number {
  if (values.from !== undefined) {
    const path = resolve(io.cwd, values.from);
    const savedAt = savedAtOf(basename(path));
    if (!savedAt) throw new UsageError(`--from ${values.from}: not a saved export (its name is the time it was saved, e.g. 2026-11-20T10-00-00-000Z.zone)`);
    // Its zone is the folder it is in, as the program saves it (<zone>/<time>.zone): a file copied
    // elsewhere would take that folder's name as the zone (`--from ./x.zone` the current folder's), so
    // the export must also be of that zone (its SOA, checked below with every saved export).
    const zone = canonicalName(basename(dirname(path)));
    // --zone with --from: one would be ignored; they must name the one zone.
    const others = (values.zone ?? []).map(canonicalName).filter((z) => z !== zone);
    if (others.length > 0) throw new UsageError(`--from ${values.from} is an export of ${zone} (the folder it is in), not of ${others[0]}: give --from alone, or --zone alone for a zone's newest export`);
    return [{ zone, path, savedAt }];
  }
  const saved = savedExports(stackDir);
  // A zone named as DNS names it: any letter case, a final dot or not (RFC 4343).
  const zones = values.zone?.map(canonicalName) ?? [...saved.keys()];
  const targets: SavedExport[] = [];
  for (const zone of new Set(zones)) {
    const newest = saved.get(zone)?.[0];
    if (!newest) {
      io.stderr(`maildns rollback: no saved export for ${zone} under ${relative(io.cwd, stackDir)}/${ROLLBACK_DIR}/ (an update saves one before it changes the zone)\n`);
      return EXIT_FINDINGS;
    }
    targets.push(newest);
  }
  if (targets.length === 0) {
    io.stderr(`maildns rollback: nothing saved under ${relative(io.cwd, stackDir)}/${ROLLBACK_DIR}/: no update has changed a zone of this stack here\n`);
    return EXIT_FINDINGS;
  }
  return targets;
}

/**
 * Each saved export's text, checked to be an export of its zone before the host is asked: one that cannot
 * be is said as such, and nothing is restored.
 */
function readSavedTexts(targets: readonly SavedExport[], io: CliIO): string[] {
  return targets.map((target) => {
    const shown = relative(io.cwd, target.path);
    // The zone is a folder's name, and every line names it: one that is no domain name (a control
    // character, a space, a slash-free oddity) is refused before it is printed or sent to the host.
    if (!usableDomain(target.zone)) {
      throw new UsageError(`${oneLine(shown)}: the folder it is in is not named after a zone (a domain name such as example.com); nothing is restored from it`);
    }
    const text = readSavedExport(target.path, shown);
    const problem = savedExportProblem(target.zone, text);
    if (problem) throw new UsageError(`${shown}: ${problem}; nothing is restored from it`);
    return text;
  });
}

/**
 * What became of one zone: nothing to do or only shown, restored (and the same again, or not yet: both are
 * in `progress.restored`), or not restored.
 */
type ZoneOutcome = "unchanged" | "shown" | "restored" | "restored-still-differs" | "not-restored";

interface ZoneRun {
  api: Api;
  target: SavedExport;
  saved: string;
  /** Where the saved export is, as the user named the folder. */
  shown: string;
  yes: boolean;
  say: (...lines: string[]) => void;
  sleep: (ms: number) => Promise<void>;
  /**
   * The zone whose restore is asked for, until OVH answers (an error meanwhile is "perhaps restored"), and
   * the zones whose restore OVH accepted, even when reading the zone again afterwards then fails.
   */
  progress: { asking: string | null; restored: string[]; compared?: string };
  /** Aborted when the run is interrupted (Ctrl-C): no restore is asked for after that. */
  interrupt?: AbortSignal;
}

/** Prints how the zone differs now from its saved export: mail records, then the others a restore reverts too. */
function showDifference(run: ZoneRun, diff: ZoneDiff): void {
  const { api, target, saved, shown, say } = run;
  const show = (sign: string, line: string) => `  ${sign} ${oneLine(api.scrub(line))}`;
  // A restore brings back the whole zone as saved, not only the mail records maildns manages: the
  // other records changed since (a web A, a CNAME) are reverted too. They are counted in the summary
  // and listed apart, so no one restores them without having been told.
  const other = { removed: diff.removed.filter((l) => !isMailLine(l)), restored: diff.restored.filter((l) => !isMailLine(l)) };
  const otherCount = differences(other);
  const others = otherCount > 0 ? `, ${otherCount} of them not mail records (a restore replaces the whole zone: they are reverted too)` : "";
  say(`${target.zone}: saved ${target.savedAt.toISOString()} (${shown}); a restore removes ${diff.removed.length} and brings back ${diff.restored.length} records${others}`);
  // A record's value is OVH's text (or the saved export's, OVH's too): its controls are shown as U+XXXX,
  // so an ANSI escape, a bidi override or a line break in a TXT cannot drive the terminal or a CI log.
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

/**
 * The host's version to restore: the one the saved export's header names, else the newest not after it was
 * saved, and only when that version's own zone file is the saved export. Null: said why, nothing to restore.
 */
async function versionToRestore(run: ZoneRun): Promise<string | null> {
  const { api, target, saved, shown, say } = run;
  const versions = await api.zoneHistory(target.zone);
  const recorded = recordedVersion(saved);
  const version = recorded !== null && versions.includes(recorded) ? recorded : versionAt(versions, target.savedAt);
  if (!version) {
    say(`  no saved version of ${target.zone} at the host is older than ${target.savedAt.toISOString()}: restore it by hand from ${shown}`);
    return null;
  }
  // The version is chosen by the name the saved export's header gives, or by time; either can be
  // wrong (an edited header, a clock that was off when the export was saved, two versions in one
  // second, another offset in OVH's dates). What is restored must be what the difference was
  // shown against: the version's own zone file is compared with the saved export first.
  let versionFile: string;
  try {
    versionFile = await api.zoneVersionFile(target.zone, version);
  } catch (error) {
    if (!isHostFailure(error)) throw error;
    // Not compared is not restored: the next zone is still shown (and restored with --yes).
    say(`  the host's version of ${version} could not be compared with the saved export (${oneLine(api.scrub(error.message))}): nothing restored; restore it by hand from ${shown}`);
    return null;
  }
  const off = differences(zoneDiff(target.zone, saved, versionFile));
  if (off > 0) {
    // The program says in the header when the zone held changes OVH had not published as it saved the
    // export (the export shows them, no version holds them): the reason, not a fault, is said.
    const why = heldUnpublished(saved) ? "; the zone held changes OVH had not published when the export was saved, as its header says" : "";
    say(`  the host's version of ${version} is not the saved export (they differ in ${off} record${off === 1 ? "" : "s"}${why}): nothing restored; restore it by hand from ${shown}`);
    return null;
  }
  return version;
}

/** Restores the version, then reads the zone again until it is the saved export (for a bounded time). */
async function restore(run: ZoneRun, version: string): Promise<ZoneOutcome> {
  const { api, target, saved, shown, say, sleep, progress } = run;
  // Interrupted while the version was being compared: the restore is never asked for.
  if (run.interrupt?.aborted) throw new InterruptedError(String(run.interrupt.reason ?? "signal"));
  say(`  restoring the host's version of ${version}`);
  progress.asking = target.zone;
  await api.restoreZone(target.zone, version);
  progress.asking = null;
  progress.restored.push(target.zone);
  // OVH applies a restore as a task: the zone read right after it may still be the old one, or part
  // way. Read again until it is the saved export, for a bounded time, before saying it is not.
  let left = differences(zoneDiff(target.zone, saved, await api.exportZone(target.zone)));
  for (let check = 1; check < RESTORE_CHECKS && left > 0; check++) {
    await sleep(RESTORE_CHECK_INTERVAL_MS);
    left = differences(zoneDiff(target.zone, saved, await api.exportZone(target.zone)));
  }
  if (left === 0) {
    say(`  restored the host's version of ${version}: the zone is the saved export again`);
    return "restored";
  }
  const waited = ((RESTORE_CHECKS - 1) * RESTORE_CHECK_INTERVAL_MS) / 1000;
  say(`  restored the host's version of ${version}, but ${waited} s later the zone still differs from the saved export in ${left} records (OVH may still be applying it): run maildns rollback again without --yes to compare, or compare it with ${shown}`);
  return "restored-still-differs";
}

/** One zone: its difference from the saved export, the version that is that export, and with --yes its restore. */
async function rollbackZone(run: ZoneRun): Promise<ZoneOutcome> {
  const { api, target, saved, say } = run;
  const diff = zoneDiff(target.zone, saved, await api.exportZone(target.zone));
  showDifference(run, diff);
  // Its difference is printed: an interruption from here on (while the host's version is checked) is said
  // as such, not as a zone never compared.
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

export function createRollbackCommand(deps: { apiOptions?: Pick<ApiOpenOptions, "sleep" | "maxRetries"> } = {}): Command {
  return {
    name: "rollback",
    summary: "show and restore a zone as it was before the last pulumi up",
    usage: USAGE,
    interruptible: true,
    interruptNote: HOST_INTERRUPT_NOTE,
    async run(argv, io) {
      const { values, positionals } = parse(argv, OPTIONS, "rollback");
      if (values.help) {
        io.stdout(`${USAGE}\n`);
        return EXIT_OK;
      }
      if (positionals.length > 0) throw new UsageError(`rollback takes no paths (got '${positionals[0]}'); use --zone ZONE or --from FILE`);
      // What is saved decides whether there is anything to compare: only then are the endpoint and the
      // credentials needed (nothing saved is exit 1, said as such, not a missing credential).
      const place = locateStack(values, io);
      const targets = chooseTargets(values, io, place.stackDir);
      if (typeof targets === "number") return targets;
      const savedTexts = readSavedTexts(targets, io);
      // Opened for rollback: a call OVH refuses (403) names the rights rollback needs, not an apply's.
      const api = openStackApi(place, values, io, { ...deps.apiOptions, purpose: "rollback" });
      const sleep = deps.apiOptions?.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
      // Each zone's lines are written as soon as they are known, and a restore is said before it is asked for:
      // an interrupted run (Ctrl-C) has said which zone it was restoring.
      const say = (...lines: string[]) => io.stdout(lines.map((line) => `${line}\n`).join(""));
      const notRestored: string[] = [];
      const progress: ZoneRun["progress"] = { asking: null, restored: [] };
      const restored = progress.restored;
      let failed = false;
      for (const [i, target] of targets.entries()) {
        try {
          const shown = relative(io.cwd, target.path);
          const zoneRun: ZoneRun = { api, target, saved: savedTexts[i]!, shown, yes: values.yes === true, say, sleep, progress, ...(io.interrupt ? { interrupt: io.interrupt } : {}) };
          const outcome = await untilInterrupted(rollbackZone(zoneRun), io.interrupt);
          if (outcome === "not-restored") notRestored.push(target.zone);
          if (outcome === "not-restored" || outcome === "restored-still-differs") failed = true;
        } catch (error) {
          if (error instanceof InterruptedError) {
            // Ctrl-C or a cancelled job: no request is made after the one under way (main ends the process by
            // the signal once this returns). A restore asked for and not answered may still be applied.
            const unsure = progress.asking !== null ? [progress.asking] : [];
            if (values.yes) {
              const left = targets.slice(i).map((t) => t.zone).filter((zone) => !restored.includes(zone) && !unsure.includes(zone));
              io.stderr(`maildns rollback: ${summary(restored, unsure, [...notRestored, ...left])}\n`);
            } else {
              // The zone under way may have been compared already, its difference printed, the run stopped
              // while it checked the host's saved version (whether that version is the saved export).
              const shownNow = progress.compared === target.zone;
              const unseen = targets.slice(shownNow ? i + 1 : i).map((t) => t.zone);
              const parts = [
                ...(shownNow ? [`compared (its difference is printed above), the host's saved version not checked: ${target.zone}`] : []),
                ...(unseen.length > 0 ? [`not compared: ${unseen.join(", ")}`] : []),
              ];
              io.stderr(`maildns rollback: ${parts.join("; ")}; nothing was restored (only --yes restores)\n`);
            }
            if (restored.length > 0 || unsure.length > 0) say(NEXT);
            return EXIT_FINDINGS;
          }
          if (!isHostFailure(error)) throw error;
          io.stderr(`maildns rollback: ${api.scrub(error.message)}\n`);
          // A restore asked for and not answered (a timeout, a dropped connection) or answered with a server
          // error may have been applied all the same: it is neither restored nor not restored, and is said as
          // such. Only a refusal (4xx) says it was not.
          const status = (error as { status?: unknown }).status;
          const unsure = progress.asking !== null && (typeof status !== "number" || status >= 500) ? [progress.asking] : [];
          if (values.yes && (targets.length > 1 || unsure.length > 0)) {
            const left = targets.slice(i).map((t) => t.zone).filter((zone) => !restored.includes(zone) && !unsure.includes(zone));
            io.stderr(`maildns rollback: ${summary(restored, unsure, [...notRestored, ...left])}\n`);
          }
          if (restored.length > 0 || unsure.length > 0) say(NEXT);
          return EXIT_FINDINGS;
        }
      }
      if (values.yes && targets.length > 1 && notRestored.length > 0) say(summary(restored, [], notRestored));
      if (restored.length > 0) say(NEXT);
      return failed ? EXIT_FINDINGS : EXIT_OK;
    },
  };
}

export const rollbackCommand: Command = createRollbackCommand();
