import { readFileSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { domainsFileLines } from "../../config/declared-at.js";
import { FORMATS, formatFindings } from "../../formatters/index.js";
import { evidenceSelectors, readEvidenceFile } from "../../reports/evidence-load.js";
import { findingsJson } from "../../formatters/json.js";
import { auditDomains, describeNotObserved, isSelectorName, PROBED_SELECTORS } from "../../plan/audit.js";
import { describeDomainFailures } from "../../plan/format.js";
import type { LookupFailure } from "../../plan/observe.js";
import { describeNotInLoadedZones, describeOutsideZones, describeUnchecked, outsideZoneJson, uncheckedJson, type UncheckedLookup } from "../../plan/unchecked.js";
import { inShard } from "../../plan/shard.js";
import { allRules } from "../../rules/index.js";
import { atOrAbove, failLevel, oneOf, outputOption, parse, SHARED_HELP, SHARED_OPTIONS, todayOption } from "../args.js";
import { packRead, zonePaths } from "../../plan/read-paths.js";
import { emit } from "../report-sink.js";
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Command } from "../command.js";
import { familiesOption, FAMILY_HELP, FAMILY_OPTIONS, OBSERVE_HELP, OBSERVE_OPTIONS, offerOption } from "../observe-flags.js";
import { domainList, openObservation, probeSelectorsFor, shardOption, zoneMailDomains, zoneSelectors } from "../../plan/observation.js";
import { describeHostNamesFailure, hostNamesFailureJson, hostSelectors } from "../host-dkim.js";
import { progress } from "../progress.js";
import { toolVersion } from "../../config/version.js";
import { reportJson } from "../../model/show.js";

const OPTIONS = {
  ...SHARED_OPTIONS,
  ...OBSERVE_OPTIONS,
  ...FAMILY_OPTIONS,
  "domains-file": { type: "string" },
  selector: { type: "string", multiple: true },
  offer: { type: "string" },
  evidence: { type: "string" },
} as const;

/** The --domains-file's lines, named as code scanning wants the file: relative to the folder it runs in. */
function domainsFileSites(file: string, cwd: string): ReturnType<typeof domainsFileLines> {
  const absolute = resolve(cwd, file);
  const shown = relative(cwd, absolute).split(sep).join("/");
  let text = "";
  try {
    text = readFileSync(absolute, "utf8");
  } catch {
    // Read moments ago by domainList; without it, results fall back to the live-dns/ placeholder.
  }
  return domainsFileLines(text, shown.startsWith("..") || isAbsolute(shown) ? file : shown);
}

export const auditCommand: Command = {
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
    const { values, positionals } = parse(argv, OPTIONS, "audit");
    if (values.help) {
      io.stdout(`${this.usage}\n`);
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
    // Audit keeps answers itself, per domain and shared (plan/scoped-source.ts), to stay small at scale.
    const observation = await openObservation(values, io, { cache: false, interrupt: io.interrupt });
    const show = progress(io, values.quiet === true, "auditing");
    try {
      if (domains.length === 0 && observation.zones) {
        const found = zoneMailDomains(observation.zones);
        domains = found.domains;
        if (!values.quiet) for (const zone of found.notMail) io.stderr(`maildns audit: ${zone}: not a mail domain (no MX, SPF or DMARC record): skipped\n`);
        if (domains.length === 0 && found.notMail.length > 0) throw new UsageError("no zone in the files is a mail domain (none has an MX, SPF or DMARC record): nothing to audit");
      }
      if (domains.length === 0) throw new UsageError("give at least one DOMAIN, a --domains-file, or --zone files holding domains");
      domains = domains.filter((d) => inShard(d, shard));
      const selectors = (values.selector ?? []).map((selector) => {
        const clean = selector.trim().toLowerCase();
        if (!isSelectorName(clean)) throw new UsageError(`--selector must be a DKIM selector such as ovhmo1234567-selector1 (got '${selector}')`);
        return clean;
      });
      // The selectors OVH reports for each domain, when OVH credentials are in the environment: known to exist.
      const fromHost = await hostSelectors(domains, offer, io, "audit");
      const evidence = values.evidence === undefined ? null : readEvidenceFile(resolve(io.cwd, values.evidence), values.evidence);
      const result = await auditDomains(domains, {
        sourceFor: observation.sourceFor,
        rulesSource: observation.rules,
        cwd: io.cwd,
        offer,
        concurrency: observation.domainsInFlight,
        selectorsFor: () => selectors,
        // Selectors the reports saw are looked at like the zone's: old ones may be gone after a rotation.
        knownSelectorsFor: (domain) => [...zoneSelectors(observation.zones, domain), ...(fromHost.names.get(domain) ?? []), ...(evidence ? evidenceSelectors(evidence, domain) : [])],
        probeSelectors: probeSelectorsFor(observation.zones),
        outsideZones: observation.outsideZones,
        observe,
        onDomain: show.update,
        ...(values.policy ? { policy: values.policy } : {}),
        ...(today ? { today } : {}),
      });
      show.done();
      const findings = values.quiet ? result.findings.filter((f) => f.level === "error") : result.findings;
      const summary = { files: 0, domains: result.domains, errors: result.errors, warnings: result.warnings, infos: result.infos };
      const report = { findings, summary, rules: allRules, toolVersion: toolVersion() };
      const failures = result.failures.map((f) => ({ domain: f.domain, name: f.name, type: f.type, reason: f.reason, detail: f.detail, ...(f.server ? { server: f.server } : {}) }));
      const notChecked = describeNotObserved(result.notObserved, result.checked, result.domains);
      let text: string;
      if (format === "json") {
        const skipped = result.notObserved.map((n) => ({ family: n.family, domains: n.domains, rules: n.rules }));
        const unchecked = result.unchecked.map(uncheckedJson);
        const outside = result.outsideZones.map(outsideZoneJson);
        const hostApiFailure = fromHost.failure ? { hostApiFailure: hostNamesFailureJson(fromHost.host, fromHost.failure) } : {};
        text = `${reportJson({ ...findingsJson(report), failures, uncheckedLookups: unchecked, outsideZones: outside, notChecked: skipped, ...hostApiFailure })}\n`;
      } else {
        // SARIF needs a file and line for every result: the --domains-file line that named the domain.
        const sites = format === "sarif" && values["domains-file"] !== undefined ? domainsFileSites(values["domains-file"], io.cwd) : undefined;
        text = formatFindings(format, report, { color: format === "text" && !output && io.colors?.stdout === true, ...(sites ? { sites } : {}) });
        // One line per domain not audited, however many of its lookups failed (the JSON lists each).
        const byDomain = new Map<string, LookupFailure[]>();
        for (const f of result.failures) byDomain.set(f.domain, [...(byDomain.get(f.domain) ?? []), f]);
        const lines = [...byDomain].map(([domain, failed]) => `${domain}: not audited: ${describeDomainFailures(domain, failed)}`);
        // What to do about names outside the loaded zones, once: the lines above may be many.
        const notLoaded = describeNotInLoadedZones(result.failures);
        if (notLoaded) lines.push(notLoaded);
        // One line per domain whose checks could not all be made, naming each lookup they needed that failed.
        const uncheckedBy = new Map<string, UncheckedLookup[]>();
        for (const u of result.unchecked) uncheckedBy.set(u.domain, [...(uncheckedBy.get(u.domain) ?? []), u]);
        for (const [domain, list] of uncheckedBy) lines.push(`${domain}: not checked: ${list.map(describeUnchecked).join("; ")}`);
        const outsideLine = describeOutsideZones(result.outsideZones);
        if (outsideLine && !values.quiet) lines.push(outsideLine);
        if (notChecked && !values.quiet) lines.push(notChecked);
        if (lines.length > 0 && (format === "text" || format === "markdown")) text += `${format === "markdown" ? "\n" : ""}${lines.map((l) => (format === "markdown" ? `- ${l}` : l)).join("\n")}\n`;
        else if (lines.length > 0) io.stderr(`${lines.join("\n")}\n`);
      }
      // Said whatever the format, on stderr (a report on stdout or in --output stays the report), --quiet too.
      if (fromHost.failure) io.stderr(`maildns audit: ${describeHostNamesFailure(fromHost.host, fromHost.failure, "Their DKIM was checked only for the selectors known otherwise.")}\n`);
      emit(io, text, output);
      const failed = fromHost.failure !== null || result.failures.length > 0 || result.unchecked.length > 0 || result.findings.some((f) => atOrAbove(f.level, failOn));
      return failed ? EXIT_FINDINGS : EXIT_OK;
    } finally {
      show.done();
      observation.close();
    }
  },
};
