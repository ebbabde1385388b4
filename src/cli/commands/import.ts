import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { packageRoot } from "../../config/package-root.js";
import { checkDomainSchema } from "../../config/schema.js";
import { auditTargets, PROBED_SELECTORS } from "../../plan/audit.js";
import { describeFailure } from "../../plan/format.js";
import { domainYaml, schemaModeline } from "../../plan/import.js";
import { observeDomain } from "../../plan/observe.js";
import { observedDomainValue } from "../../plan/observed-model.js";
import { domainsInFlight, mapConcurrent } from "../../plan/pool.js";
import { inShard } from "../../plan/shard.js";
import { parse } from "../args.js";
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Command } from "../command.js";
import { domainList, OBSERVE_HELP, OBSERVE_OPTIONS, offerOption, openObservation, shardOption, zoneDomains, zoneSelectors } from "../observe-flags.js";
import { progress } from "../progress.js";

const OPTIONS = {
  ...OBSERVE_OPTIONS,
  out: { type: "string" },
  force: { type: "boolean" },
  "domains-file": { type: "string" },
  selector: { type: "string", multiple: true },
  offer: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
} as const;

export const importCommand: Command = {
  name: "import",
  summary: "write domain files from live DNS or a zone file",
  usage: `Usage: maildns import DOMAIN... | --zone FILE|DIR [DOMAIN...] [--out DIR] [options]

Reads each domain's managed records (MX, SPF, DKIM selectors, DMARC, client SRV/CNAME, MTA-STS,
TLS-RPT) from DNS or zone files and writes one domain file per domain, so that \`maildns plan\` against the
same source shows no change. With --zone and no DOMAIN, every zone in the files is imported.

DKIM selectors looked at: those given with --selector, every <selector>._domainkey name in the zone files,
and ${PROBED_SELECTORS.join(", ")}.

Options:
  --out DIR            write DIR/<domain>.yaml (default: print the files to standard output)
  --force              overwrite existing files in --out
  --domains-file FILE  read domains from FILE, one per line (# starts a comment)
  --selector NAME      a DKIM selector to look at (repeatable)
  --offer OFFER        declare this OVH offer (default: OVH's MX means mx-plan)
  -q, --quiet          no progress
  -h, --help           show this help
${OBSERVE_HELP}

Exit codes: 0 every domain written, 1 a lookup failed (that domain is not written), 2 usage error.`,
  async run(argv, io) {
    const { values, positionals } = parse(argv, OPTIONS, "import");
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT_OK;
    }
    const shard = shardOption(values.shard);
    const offer = offerOption(values.offer);
    let domains = domainList(positionals, values["domains-file"], io);
    const outDir = values.out === undefined ? null : resolve(io.cwd, values.out);
    const observation = await openObservation(values, io);
    const show = progress(io, values.quiet === true, "importing");
    try {
      if (domains.length === 0 && observation.zones) domains = zoneDomains(observation.zones);
      if (domains.length === 0) throw new UsageError("give at least one DOMAIN, a --domains-file, or --zone files holding domains");
      domains = domains.filter((d) => inShard(d, shard));
      if (outDir) {
        mkdirSync(outDir, { recursive: true });
        const existing = domains.filter((d) => existsSync(join(outDir, `${d}.yaml`)));
        if (existing.length > 0 && !values.force) throw new UsageError(`${values.out}/${existing[0]}.yaml exists: give --force to overwrite it`);
      }
      const source = values.zone?.length ? `zone files (${values.zone.join(", ")})` : `DNS (${observation.describe})`;
      const schemaPath = outDir ? schemaModeline(outDir, packageRoot()) : null;
      const selectors = values.selector ?? [];
      const results = await mapConcurrent(
        domains,
        domainsInFlight(observation.concurrency),
        async (domain) => {
          const observed = await observeDomain(await observation.sourceFor(domain), auditTargets(domain, [...selectors, ...zoneSelectors(observation.zones, domain)]));
          if (observed.failures.length > 0) return { domain, failures: observed.failures, text: null };
          const value = observedDomainValue(observed, { offer });
          const problems = checkDomainSchema(value);
          if (problems.length > 0) throw new Error(`the file written for ${domain} does not pass the schema (${problems[0]!.messageId} at ${problems[0]!.path.join(".")})`);
          return { domain, failures: [], text: domainYaml(value, { schemaPath, source }) };
        },
        show.update,
      );
      show.done();
      const documents: string[] = [];
      let failed = false;
      for (const r of results) {
        if (r.text === null) {
          failed = true;
          for (const f of r.failures) io.stderr(`maildns import: ${r.domain} not written: ${describeFailure(f).replace(/; no change is planned for it$/, "")}\n`);
          continue;
        }
        if (outDir) {
          const file = join(outDir, `${r.domain}.yaml`);
          writeFileSync(file, r.text);
          if (!values.quiet) io.stderr(`wrote ${join(values.out!, `${r.domain}.yaml`)}\n`);
        } else {
          documents.push(r.text);
        }
      }
      if (!outDir) io.stdout(documents.join("---\n"));
      return failed ? EXIT_FINDINGS : EXIT_OK;
    } finally {
      show.done();
      observation.close();
    }
  },
};
