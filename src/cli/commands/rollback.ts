// `maildns rollback`: shows how each zone differs now from the export the Pulumi program saved right
// before the last update, and with --yes restores the DNS host's own saved version of that moment (OVH's
// zone history), then checks the zone is the saved one again.
import { readFileSync } from "node:fs";
import { basename, dirname, relative, resolve } from "node:path";
import { canonicalName } from "../../dns/names.js";
import { recordedVersion, ROLLBACK_DIR, savedAtOf, savedExports, versionAt, zoneDiff, type SavedExport } from "../../providers/rollback.js";
import type { ApiOpenOptions } from "../../providers/types.js";
import { parse } from "../args.js";
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Command } from "../command.js";
import { isHostFailure, locateStack, openStackApi, STACK_OPTIONS } from "../stack-options.js";
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
host's own saved version of the zone from that moment (OVH: the zone history). With --yes it restores that
version and checks the zone is the saved export again. Without --yes nothing is changed.

After a rollback, the stack's state still describes the update: run \`pulumi refresh\` and \`maildns adopt\`
before the next \`pulumi up\`.

Options:
  -s, --stack NAME     the stack (default: the only one)
  --zone ZONE          only this zone (repeatable; default: every zone with a saved export)
  --from FILE          a saved export to roll back to (its zone is the folder it is in)
  --yes                restore; without it, only show the difference and the version
  --provider NAME      the DNS host (default: the stack's maildns:provider, then ovh)
  --endpoint VALUE     the host's API: for OVH ovh-eu, ovh-ca, ovh-us or a base URL
  --timeout-ms N       per-request timeout (default 15000)
  -h, --help           show this help

Credentials as for adopt (OVH: application keys or an OAuth2 service account, with GET and POST on
/domain/zone/*: GET to read the zone's export and history, POST to restore), needed only when something is
saved to compare.

Exit codes: 0 shown or restored, 1 nothing saved, no version to restore, a host API failure or a restore
that did not bring the saved zone back, 2 usage error.`;

export function createRollbackCommand(deps: { apiOptions?: Pick<ApiOpenOptions, "sleep" | "maxRetries"> } = {}): Command {
  return {
    name: "rollback",
    summary: "show and restore a zone as it was before the last pulumi up",
    usage: USAGE,
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
      const { stackDir } = place;

      let targets: SavedExport[];
      if (values.from !== undefined) {
        const path = resolve(io.cwd, values.from);
        const savedAt = savedAtOf(basename(path));
        if (!savedAt) throw new UsageError(`--from ${values.from}: not a saved export (its name is the time it was saved, e.g. 2026-11-20T10-00-00-000Z.zone)`);
        targets = [{ zone: basename(dirname(path)), path, savedAt }];
      } else {
        const saved = savedExports(stackDir);
        // A zone named as DNS names it: any letter case, a final dot or not (RFC 4343).
        const zones = values.zone?.map(canonicalName) ?? [...saved.keys()];
        targets = [];
        for (const zone of zones) {
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
      }

      // Every saved export is read before the host is asked: one that cannot be read is said as such.
      const savedTexts = targets.map((target) => {
        try {
          return readFileSync(target.path, "utf8");
        } catch (error) {
          throw new UsageError(`${relative(io.cwd, target.path)}: cannot read it (${(error as NodeJS.ErrnoException).code ?? "error"})`);
        }
      });
      // Opened for rollback: a call OVH refuses (403) names the rights rollback needs, not an apply's.
      const api = openStackApi(place, values, io, { ...deps.apiOptions, purpose: "rollback" });
      const lines: string[] = [];
      let failed = false;
      for (const [i, target] of targets.entries()) {
        const saved = savedTexts[i]!;
        try {
          const current = await api.exportZone(target.zone);
          const diff = zoneDiff(target.zone, saved, current);
          const shown = relative(io.cwd, target.path);
          lines.push(`${target.zone}: saved ${target.savedAt.toISOString()} (${shown}); a restore removes ${diff.removed.length} and brings back ${diff.restored.length} records`);
          // A record's value is OVH's text (or the saved export's, OVH's too): its controls are shown as U+XXXX,
          // so an ANSI escape, a bidi override or a line break in a TXT cannot drive the terminal or a CI log.
          for (const line of diff.removed) lines.push(`  - ${oneLine(api.scrub(line))}`);
          for (const line of diff.restored) lines.push(`  + ${oneLine(api.scrub(line))}`);
          if (diff.removed.length === 0 && diff.restored.length === 0) {
            lines.push("  the zone is already as saved: nothing to restore");
            continue;
          }
          const versions = await api.zoneHistory(target.zone);
          const recorded = recordedVersion(saved);
          const version = recorded !== null && versions.includes(recorded) ? recorded : versionAt(versions, target.savedAt);
          if (!version) {
            lines.push(`  no saved version of ${target.zone} at the host is older than ${target.savedAt.toISOString()}: restore it by hand from ${shown}`);
            failed = true;
            continue;
          }
          if (!values.yes) {
            lines.push(`  would restore the host's version of ${version}; run again with --yes to restore it`);
            continue;
          }
          await api.restoreZone(target.zone, version);
          const after = zoneDiff(target.zone, saved, await api.exportZone(target.zone));
          if (after.removed.length === 0 && after.restored.length === 0) {
            lines.push(`  restored the host's version of ${version}: the zone is the saved export again`);
          } else {
            lines.push(`  restored the host's version of ${version}, but the zone still differs from the saved export in ${after.removed.length + after.restored.length} records: compare it with ${shown}`);
            failed = true;
          }
        } catch (error) {
          if (!isHostFailure(error)) throw error;
          io.stdout(lines.length > 0 ? `${lines.join("\n")}\n` : "");
          io.stderr(`maildns rollback: ${api.scrub(error.message)}\n`);
          return EXIT_FINDINGS;
        }
      }
      if (values.yes && !failed) lines.push("next: `pulumi refresh`, then `maildns adopt`, before the next `pulumi up`");
      io.stdout(`${lines.join("\n")}\n`);
      return failed ? EXIT_FINDINGS : EXIT_OK;
    },
  };
}

export const rollbackCommand: Command = createRollbackCommand();
