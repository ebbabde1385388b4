import { existsSync, mkdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { packageRoot } from "../../config/package-root.js";
import type { LoadedZones } from "../../dns/index.js";
import { checkDomainSchema } from "../../config/schema.js";
import { loadDomainFile, todayUtc } from "../../engine/lint.js";
import { auditTargets, PROBED_SELECTORS } from "../../plan/audit.js";
import { describeDomainFailures } from "../../plan/format.js";
import { describeNotInLoadedZones } from "../../plan/unchecked.js";
import { failureOf } from "../../dns/types.js";
import { domainYaml, importDomainValue, schemaModeline, wildcardProbeName, type ImportNote } from "../../plan/import.js";
import { observeDomain } from "../../plan/observe.js";
import { mapConcurrent } from "../../plan/pool.js";
import { inShard } from "../../plan/shard.js";
import { evidenceSelectors, readEvidenceFile } from "../../reports/evidence-load.js";
import { parse, todayOption } from "../args.js";
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Command } from "../command.js";
import { OBSERVE_HELP, OBSERVE_OPTIONS, offerOption } from "../observe-flags.js";
import { domainList, openObservation, probeSelectorsFor, shardOption, zoneMailDomains, zoneSelectors } from "../../plan/observation.js";
import { describeHostNamesFailure, hostSelectors } from "../host-dkim.js";
import { progress } from "../progress.js";
import { fileWriter, type FileWriter } from "../write-behind.js";

const OPTIONS = {
  ...OBSERVE_OPTIONS,
  out: { type: "string" },
  force: { type: "boolean" },
  "domains-file": { type: "string" },
  selector: { type: "string", multiple: true },
  offer: { type: "string" },
  today: { type: "string" },
  evidence: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
} as const;

export const importCommand: Command = {
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
    const { values, positionals } = parse(argv, OPTIONS, "import");
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT_OK;
    }
    const shard = shardOption(values.shard);
    const offer = offerOption(values.offer);
    const today = todayOption(values.today) ?? todayUtc();
    let domains = domainList(positionals, values["domains-file"], io);
    const outDir = values.out === undefined ? null : resolve(io.cwd, values.out);
    if (outDir) outFolder(outDir, values.out!);
    const observation = await openObservation(values, io, { interrupt: io.interrupt });
    const show = progress(io, values.quiet === true, "importing");
    let writer: FileWriter | null = null;
    try {
      if (domains.length === 0 && observation.zones) {
        const found = zoneMailDomains(observation.zones);
        domains = found.domains;
        if (!values.quiet) for (const zone of found.notMail) io.stderr(`maildns import: ${zone}: not a mail domain (no MX, SPF or DMARC record): skipped\n`);
        if (domains.length === 0 && found.notMail.length > 0) throw new UsageError("no zone in the files is a mail domain (none has an MX, SPF or DMARC record): nothing to import");
      }
      if (domains.length === 0) throw new UsageError("give at least one DOMAIN, a --domains-file, or --zone files holding domains");
      domains = domains.filter((d) => inShard(d, shard));
      // With --force nothing is refused: the folder is not scanned (10,000 stat calls for a large import).
      if (outDir && !values.force) {
        const existing = domains.find((d) => existsSync(join(outDir, `${d}.yaml`)));
        if (existing !== undefined) throw new UsageError(`${values.out}/${existing}.yaml exists: give --force to overwrite it`);
      }
      const source = values.zone?.length ? `zone files (${values.zone.join(", ")})` : `DNS (${observation.describe})`;
      const schemaPath = outDir ? schemaModeline(outDir, packageRoot()) : null;
      const selectors = values.selector ?? [];
      const locate = observation.zones ? zoneLocator(observation.zones) : undefined;
      const probe = probeSelectorsFor(observation.zones);
      const fromHost = await hostSelectors(domains, offer, io, "import");
      const unnamed = new Set(fromHost.failure?.domains ?? []);
      if (fromHost.failure) io.stderr(`maildns import: ${describeHostNamesFailure(fromHost.host, fromHost.failure, `${fromHost.failure.domains.length === 1 ? "That domain is" : "Those domains are"} not written.`)}\n`);
      const evidence = values.evidence === undefined ? null : readEvidenceFile(resolve(io.cwd, values.evidence), values.evidence);
      // Each domain's file is handed to the writer as soon as it is made, so that creating the files
      // overlaps with making the next ones; what is said about each domain still comes in domain order.
      // Without --force, a file made since the check above (another run, or a hand meanwhile: a large import
      // takes minutes) is not overwritten either: it is refused when written (EEXIST).
      // A symbolic link at a file's name in --out is replaced by the file itself, never written through: the
      // files go into the folder named, as a zone export into its output folder, and the file the link
      // named, wherever it is (outside --out, outside the repository), is left as it is.
      const write = outDir ? (writer = fileWriter(domains.length, { replace: values.force === true, followLinks: false })) : null;
      const results = await mapConcurrent(
        domains,
        observation.domainsInFlight,
        async (domain) => {
          // A file written without the host's selectors would leave them out, and `pulumi up` deletes the DKIM
          // selectors a zone publishes that its file does not name: that domain is not written.
          if (unnamed.has(domain)) {
            const message = `${fromHost.host}'s DKIM selector names could not be read (said above)`;
            return { domain, failures: [], notes: [{ level: "error" as const, message }], text: null };
          }
          const known = [...zoneSelectors(observation.zones, domain), ...(fromHost.names.get(domain) ?? []), ...(evidence ? evidenceSelectors(evidence, domain) : [])];
          const records = await observation.sourceFor(domain);
          const observed = await observeDomain(records, auditTargets(domain, selectors, { probe: probe(domain), known }));
          if (observed.failures.length > 0) return { domain, failures: observed.failures, notes: [] as ImportNote[], text: null };
          // NXDOMAIN at the apex (the MX answer, already in the run's cache): the name does not exist at all
          // (RFC 8020), so there is nothing to import; a misspelt name must not end in a file and exit 0.
          if ((await records.lookup(domain, "MX")).status === "nxdomain") {
            const message = `${domain} does not exist in DNS (NXDOMAIN): nothing to import; check the name, or start a new domain file with \`maildns init ${domain} --offer OFFER\``;
            return { domain, failures: [], notes: [{ level: "error" as const, message }], text: null };
          }
          // A `_dmarc` answer may be a wildcard's: what a name no zone holds answers tells (importDomainValue).
          const dmarc = observed.rrsets.find((r) => r.role === "dmarc" && r.type === "TXT" && r.state === "present");
          let wildcardTxt: string[] | undefined;
          if (dmarc) {
            const wildcard = await records.lookup(wildcardProbeName(domain), "TXT");
            if (wildcard.status === "failed") {
              return { domain, failures: [{ domain, name: wildcard.name, type: "TXT" as const, ...failureOf(wildcard) }], notes: [] as ImportNote[], text: null };
            }
            wildcardTxt = wildcard.status === "ok" && wildcard.cname === undefined ? wildcard.values : [];
          }
          const imported = importDomainValue(observed, { offer, today, ...(locate ? { locate } : {}), ...(wildcardTxt ? { wildcardTxt } : {}) });
          if (imported.value === null) return { domain, failures: [], notes: imported.notes, text: null };
          const text = domainYaml(imported.value, { schemaPath, source });
          const problem = loadProblem(domain, imported.value, text);
          if (problem) {
            const message = `the file written for ${domain} would not load in lint (${problem}): not written; please report this`;
            return { domain, failures: [], notes: [...imported.notes, { level: "error" as const, message }], text: null };
          }
          if (write) {
            write.write(join(outDir!, `${domain}.yaml`), text);
            // Written: the text is not kept until the end (10,000 files of it), only that there was one.
            return { domain, failures: [], notes: imported.notes, text: "" };
          }
          return { domain, failures: [], notes: imported.notes, text };
        },
        show.update,
      );
      show.done();
      const unwritten = write ? await write.finish() : new Map<string, string>();
      const documents: string[] = [];
      let failed = false;
      for (const r of results) {
        for (const n of r.notes) {
          if (values.quiet && n.level === "info") continue;
          const at = n.at?.length ? ` (${n.at.join(", ")})` : "";
          io.stderr(`maildns import: ${r.domain}: ${n.level === "info" ? "" : `${n.level}: `}${n.message}${at}\n`);
        }
        if (r.text === null) {
          failed = true;
          // One line per domain, however many of its lookups failed (every name of a zone whose file has
          // errors, every lookup left at an interruption, every name outside the loaded zones), as `audit` says it.
          if (r.failures.length > 0) io.stderr(`maildns import: ${r.domain} not written: ${describeDomainFailures(r.domain, r.failures)}\n`);
          if (r.failures.length === 0) io.stderr(`maildns import: ${r.domain} not written\n`);
          continue;
        }
        if (outDir) {
          const shown = join(values.out!, `${r.domain}.yaml`);
          const code = unwritten.get(join(outDir, `${r.domain}.yaml`));
          if (code === "EEXIST") {
            failed = true;
            io.stderr(`maildns import: ${r.domain} not written: ${shown} was made while the import ran: give --force to overwrite it\n`);
          } else if (code !== undefined) {
            failed = true;
            io.stderr(`maildns import: ${r.domain} not written: cannot write ${shown} (${code}): check that --out is a folder you can write to\n`);
          } else if (!values.quiet) io.stderr(`wrote ${shown}\n`);
        } else {
          documents.push(r.text);
        }
      }
      // What to do about names outside the loaded zones, once for the run, not on each domain's line.
      const notLoaded = describeNotInLoadedZones(results.flatMap((r) => (r.text === null ? r.failures : [])));
      if (notLoaded) io.stderr(`maildns import: ${notLoaded}\n`);
      if (!outDir) io.stdout(documents.join("---\n"));
      return failed ? EXIT_FINDINGS : EXIT_OK;
    } finally {
      show.done();
      writer?.close();
      observation.close();
    }
  },
};

/** `--out`: a folder, created when missing; a file there (or a folder that cannot be made) is a usage error. */
function outFolder(dir: string, given: string): void {
  let info;
  try {
    info = statSync(dir);
  } catch {
    info = null;
  }
  if (info && !info.isDirectory()) throw new UsageError(`--out ${given} is a file, not a folder: give a folder for the domain files (it is created when missing)`);
  if (info) return;
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new UsageError(`--out ${given}: cannot create the folder (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
}

/** "file:line" of the records at a name and type in the loaded zone files. */
function zoneLocator(zones: LoadedZones): (name: string, type: string) => string[] {
  return (name, type) =>
    (zones.index.rrset(name, type) ?? []).filter((r) => r.file !== undefined && r.line !== undefined).map((r) => `${r.file}:${r.line}`);
}

/**
 * Why the file written for a domain would not load in `lint`, or null. The schema is checked on the value;
 * the text is read back with the loader itself whenever YAML could read it otherwise than written (an
 * escape or a character beyond printable ASCII): plain printable text is read as written, and reading
 * 10,000 files back would double the cost of a large import.
 */
function loadProblem(domain: string, value: Record<string, unknown>, text: string): string | null {
  const schema = checkDomainSchema(value);
  if (schema.length > 0) return `file-schema: ${schema[0]!.messageId} at ${schema[0]!.path.join(".")}`;
  if (/^[\x20-\x5b\x5d-\x7e\n]*$/.test(text)) return null;
  const loaded = loadDomainFile(`${domain}.yaml`, Buffer.from(text, "utf8"));
  const first = loaded.problems[0];
  if (first) return `${first.ruleId} at line ${first.position.line}`;
  return loaded.model === null ? "no model" : null;
}
