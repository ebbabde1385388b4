// `maildns adopt`: finds the records an OVH zone already holds for the stack's domains and writes their
// Pulumi import ids to stacks/<stack>/ovh-import-ids.json, so `pulumi up` adopts them instead of duplicating.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import yaml from "js-yaml";
import { lintPaths } from "../../engine/run.js";
import { formatText } from "../../formatters/text.js";
import { adoptDomains } from "../../ovh/adopt.js";
import { OvhClient, resolveEndpoint, type OvhCredentials } from "../../ovh/client.js";
import { OvhApiError } from "../../ovh/errors.js";
import { writeImportFile } from "../../ovh/import-file.js";
import { OvhRecordError, describeDesired, describeLive } from "../../ovh/records.js";
import { describeDeletion } from "../../pulumi/safety.js";
import type { LintFn } from "../../pulumi/program.js";
import { parse, todayOption } from "../args.js";
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIO, type Command } from "../command.js";

const OPTIONS = {
  stack: { type: "string", short: "s" },
  endpoint: { type: "string" },
  policy: { type: "string" },
  "dry-run": { type: "boolean" },
  "timeout-ms": { type: "string" },
  today: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const USAGE = `Usage: maildns adopt [--stack NAME] [--endpoint ovh-eu|ovh-ca|ovh-us|URL] [options]

Asks OVH's API which records of the stack's managed RRsets (MX, SPF, DKIM, DMARC, SRV, CNAME) already exist,
and writes stacks/<stack>/ovh-import-ids.json: the Pulumi import id (<recordId>.<zone>) of each existing
record that matches a desired one, and the live records the safety gates compare with. Live records the
YAML no longer wants are listed as deletions. Nothing is changed at OVH.

Credentials come from OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY; the consumer key
needs GET on /domain/zone/* (pulumi up needs GET/POST/PUT/DELETE on /domain/zone/*).

Options:
  -s, --stack NAME     the stack (stacks/<NAME>/ and stacks/Pulumi.<NAME>.yaml); default: the only one
  --endpoint VALUE     OVH API: ovh-eu, ovh-ca, ovh-us or a base URL (default: OVH_ENDPOINT, then the
                       stack's ovh:endpoint)
  --policy NAME|FILE   policy pack for the lint check (default: the stack's maildns:policy)
  --dry-run            print what would be adopted without writing the file
  --timeout-ms N       per-request timeout (default 15000)
  --today YYYY-MM-DD   judge date rules in the lint check as of this day (default: today, UTC)
  -h, --help           show this help

Exit codes: 0 file written, 1 lint errors or an OVH API failure, 2 usage error.`;

export interface AdoptDependencies {
  lint?: LintFn;
  /** Injectable for tests (e.g. no waiting between retries). */
  clientOptions?: { sleep?: (ms: number) => Promise<void>; maxRetries?: number };
}

function pickStack(root: string, given: string | undefined): string {
  if (given) {
    if (!/^[A-Za-z0-9_.-]+$/.test(given)) throw new UsageError(`--stack must be a stack name (letters, digits, - _ .), got '${given}'`);
    return given;
  }
  const stacksDir = join(root, "stacks");
  const names = existsSync(stacksDir) ? readdirSync(stacksDir).filter((n) => statSync(join(stacksDir, n)).isDirectory()).sort() : [];
  if (names.length === 1) return names[0]!;
  throw new UsageError(names.length === 0 ? "no stack folder under stacks/; pass --stack NAME" : `several stacks (${names.join(", ")}): pass --stack NAME`);
}

/** Non-secret values of stacks/Pulumi.<stack>.yaml (secrets there are encrypted and never read here). */
function stackConfig(root: string, stack: string): Record<string, unknown> {
  const file = join(root, "stacks", `Pulumi.${stack}.yaml`);
  if (!existsSync(file)) return {};
  try {
    const parsed = yaml.load(readFileSync(file, "utf8")) as { config?: Record<string, unknown> } | null;
    return parsed?.config ?? {};
  } catch (error) {
    throw new UsageError(`stacks/Pulumi.${stack}.yaml is not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
}

function credentialsFrom(env: CliIO["env"]): OvhCredentials {
  const names = ["OVH_APPLICATION_KEY", "OVH_APPLICATION_SECRET", "OVH_CONSUMER_KEY"] as const;
  const missing = names.filter((n) => !env[n]);
  if (missing.length > 0) {
    throw new UsageError(`missing ${missing.join(", ")} in the environment: create an API key with GET on /domain/zone/* and export them`);
  }
  return { applicationKey: env.OVH_APPLICATION_KEY!, applicationSecret: env.OVH_APPLICATION_SECRET!, consumerKey: env.OVH_CONSUMER_KEY! };
}

export function createAdoptCommand(deps: AdoptDependencies = {}): Command {
  return {
    name: "adopt",
    summary: "record the ids of records OVH already holds, for pulumi up to adopt",
    usage: USAGE,
    async run(argv, io) {
      const { values, positionals } = parse(argv, OPTIONS, "adopt");
      if (values.help) {
        io.stdout(`${USAGE}\n`);
        return EXIT_OK;
      }
      if (positionals.length > 0) throw new UsageError(`adopt takes no paths (got '${positionals[0]}'); use --stack NAME`);
      const stack = pickStack(io.cwd, values.stack);
      const stackDir = join(io.cwd, "stacks", stack);
      if (!existsSync(stackDir)) throw new UsageError(`stacks/${stack}/ does not exist`);
      const config = stackConfig(io.cwd, stack);
      const endpoint = values.endpoint ?? io.env.OVH_ENDPOINT ?? (typeof config["ovh:endpoint"] === "string" ? config["ovh:endpoint"] : undefined);
      if (!endpoint) throw new UsageError("no OVH endpoint: pass --endpoint ovh-eu (or ovh-ca, ovh-us), set OVH_ENDPOINT, or set ovh:endpoint in the stack config");
      try {
        resolveEndpoint(endpoint);
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
      const timeoutMs = values["timeout-ms"] === undefined ? 15_000 : Number(values["timeout-ms"]);
      if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new UsageError(`--timeout-ms must be a positive integer, got '${values["timeout-ms"]}'`);
      const credentials = credentialsFrom(io.env);
      const policy = values.policy ?? (typeof config["maildns:policy"] === "string" ? config["maildns:policy"] : undefined);

      const lint: LintFn = deps.lint ?? lintPaths;
      const today = todayOption(values.today);
      const result = await lint([stackDir], { cwd: io.cwd, ...(policy ? { policy } : {}), ...(today ? { today } : {}) });
      if (result.errors > 0) {
        const errors = result.findings.filter((f) => f.level === "error");
        const count = (level: string) => result.findings.filter((f) => f.level === level).length;
        const summary = { files: result.files, domains: result.domains.length, errors: count("error"), warnings: count("warn"), infos: count("info") };
        io.stderr(formatText({ findings: errors, summary, rules: [], toolVersion: "" }));
        io.stderr(`maildns adopt: fix the lint errors first; adoption matches OVH's records against what the YAML wants.\n`);
        return EXIT_FINDINGS;
      }

      const client = new OvhClient({ endpoint, credentials, timeoutMs, ...deps.clientOptions });
      let adoption;
      try {
        adoption = await adoptDomains(client, result.domains);
      } catch (error) {
        if (error instanceof OvhApiError || error instanceof OvhRecordError) {
          io.stderr(`maildns adopt: ${error.message}\n`);
          return EXIT_FINDINGS;
        }
        throw error;
      }

      const lines: string[] = [];
      for (const zone of adoption.zones) {
        lines.push(`${zone.zone}: ${zone.adoptions.length} adopted, ${zone.creations.length} to create, ${zone.deletions.length} to delete`);
        for (const a of zone.adoptions) {
          const ttl = a.ttlChange ? ` (ttl ${a.ttlChange.from} -> ${a.ttlChange.to} after import)` : "";
          lines.push(`  adopt   ${describeLive(a.live)} as ${a.name}${ttl}`);
        }
        for (const c of zone.creations) lines.push(`  create  ${describeDesired(c)}`);
        for (const d of zone.deletions) lines.push(`  delete  ${describeDeletion(d)}`);
      }
      const shown = relative(io.cwd, join(stackDir, "ovh-import-ids.json"));
      if (values["dry-run"]) {
        lines.push(`dry run: ${shown} not written`);
      } else {
        await writeImportFile(stackDir, adoption.file);
        lines.push(`wrote ${shown} (${Object.keys(adoption.file.imports).length} import ids, ${adoption.zones.length} zones)`);
      }
      io.stdout(`${lines.join("\n")}\n`);
      return EXIT_OK;
    },
  };
}

export const adoptCommand: Command = createAdoptCommand();
