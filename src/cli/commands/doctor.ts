// `maildns doctor DOMAIN`: flags → DoctorOptions → runDoctor → text or JSON. Every decision is in src/doctor.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createDnsSource, parseServer, systemServers, type RecordSource } from "../../dns/index.js";
import { notADomainName, readDomainArgument } from "../../config/domain-argument.js";
import { DEFAULT_ATTEMPTS, DEFAULT_DEADLINE_MS, DEFAULT_TIMEOUT_MS, doctorExitCode, runDoctor, type ServicePlan } from "../../doctor/doctor.js";
import { formatDoctorJson, formatDoctorText, type FixLookup } from "../../doctor/format.js";
import { MAX_TIMER_MS } from "../../doctor/net.js";
import { parseTarget } from "../../doctor/target.js";
import type { DnsChecks, Service } from "../../doctor/types.js";
import { ovhClientHosts } from "../../mail/ovh.js";
import type { OvhOffer, OvhRegion } from "../../model/types.js";
import { auditDnsChecks } from "../../doctor/audit-checks.js";
import { isSelectorName } from "../../plan/audit.js";
import { evidenceSelectors, readEvidenceFile } from "../../reports/evidence-load.js";
import { describeHostNamesFailure, hostNamesFailureJson, hostSelectors } from "../host-dkim.js";
import { readPasswordFile } from "../password-input.js";
import { allRules } from "../../rules/index.js";
import { atOrAbove, failLevel, oneOf, outputOption, parse } from "../args.js";
import { packRead } from "../../plan/read-paths.js";
import { emit } from "../report-sink.js";
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIO, type Command } from "../command.js";

const OFFERS: readonly OvhOffer[] = ["mx-plan", "email-pro", "hosted-exchange", "private-exchange", "zimbra"];
const REGIONS: readonly OvhRegion[] = ["eu", "ca"];

/** RFC 8314 §3.3 (465 implicit TLS), RFC 6409 §3.1 (587), RFC 8314 §3.2 (993). */
const DEFAULT_PORTS: Record<Service, number> = { imap: 993, smtps: 465, submission: 587 };

export const LOGIN_USER_ENV = "MAILDNS_LOGIN_USER";
export const LOGIN_PASSWORD_ENV = "MAILDNS_LOGIN_PASSWORD";

const OPTIONS = {
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
  help: { type: "boolean", short: "h" },
} as const;

export interface DoctorCommandDeps {
  /** The DNS source for a run (default: the live resolver over --resolver or the system's resolvers). */
  dnsSource?: (servers: { host: string; port: number }[] | null, timeoutMs: number) => RecordSource;
  /** The DNS step; by default `audit` with the run's --offer and --policy. */
  dnsChecks?: (source: RecordSource, context: { offer?: OvhOffer; policy?: string; cwd: string; selectors?: readonly string[]; knownSelectors?: readonly string[] }) => DnsChecks;
  /** Fix text for findings of the DNS step that are not doctor rules. */
  fixFor?: FixLookup;
  now?: () => Date;
}

const USAGE = `Usage: maildns doctor DOMAIN [options]

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
  --deadline MS          the whole run (default ${DEFAULT_DEADLINE_MS}); steps left are reported as skipped
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

function positiveInteger(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1) throw new UsageError(`${flag} must be a whole number of milliseconds (got '${value}')`);
  // Node's timers hold at most 2^31 - 1 ms: a longer wait would end at once and read every server as silent.
  if (number > MAX_TIMER_MS) throw new UsageError(`${flag} must be at most ${MAX_TIMER_MS} ms, about 24 days (got '${value}')`);
  return number;
}

function domainArgument(positionals: readonly string[]): string {
  if (positionals.length !== 1) throw new UsageError(`expected exactly one DOMAIN (got ${positionals.length})\nRun \`maildns doctor --help\` for usage.`);
  // The same test as audit's: a mail domain is a host name, and what is not one is said, never asked of DNS.
  const read = readDomainArgument(positionals[0]!);
  if ("problem" in read) throw new UsageError(notADomainName(positionals[0]!, read.problem));
  return read.domain;
}

/** --imap/--smtps/--submission, or the offer's documented server (OVH's client configuration guides). */
export function planServices(flags: Partial<Record<Service, string>>, offer: OvhOffer, region: OvhRegion): Record<Service, ServicePlan> {
  const given: Partial<Record<Service, ServicePlan>> = {};
  for (const service of ["imap", "smtps", "submission"] as const) {
    const text = flags[service];
    if (text === undefined) continue;
    if (text.trim().toLowerCase() === "none") {
      given[service] = { skip: `--${service} none` };
      continue;
    }
    const target = parseTarget(text, DEFAULT_PORTS[service]);
    if (!target) throw new UsageError(`--${service} must be HOST or HOST:PORT, e.g. ssl0.ovh.net:${DEFAULT_PORTS[service]} (got '${text}')`);
    given[service] = { target };
  }
  // Email Pro and Exchange serve IMAP and SMTP from one host, the customer's own (pro?/ex?).
  const server = Object.values(given).find((plan): plan is { target: { host: string; port: number } } => "target" in plan)?.target.host ?? null;
  const hosts = ovhClientHosts(offer, region, offer === "mx-plan" || offer === "zimbra" ? null : server);
  const plans = {} as Record<Service, ServicePlan>;
  for (const service of ["imap", "smtps", "submission"] as const) {
    const explicit = given[service];
    if (explicit) {
      plans[service] = explicit;
      continue;
    }
    const host = (service === "imap" ? hosts.imap : hosts.smtp)[0]!;
    plans[service] = host.includes("?")
      ? { skip: `no server given: pass --${service} with your ${host} server (the ? is the number shown in the control panel)` }
      : { target: { host, port: DEFAULT_PORTS[service] } };
  }
  return plans;
}

function readCa(file: string, io: CliIO): string {
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), "utf8");
  } catch (error) {
    throw new UsageError(`--ca ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  if (!text.includes("-----BEGIN CERTIFICATE-----")) throw new UsageError(`--ca ${file}: no PEM certificate in it`);
  return text;
}

function defaultSource(servers: { host: string; port: number }[] | null, timeoutMs: number, run: { deadlineAt: number; interrupt?: AbortSignal } = { deadlineAt: Infinity }): RecordSource {
  return createDnsSource({
    servers: servers ?? systemServers(),
    timeoutMs: Math.min(timeoutMs, 2000),
    retries: 2,
    concurrency: 16,
    // Lookups end with the run: at its deadline, or at once when the user interrupts it.
    ...(Number.isFinite(run.deadlineAt) ? { deadlineAt: run.deadlineAt } : {}),
    ...(run.interrupt ? { interrupt: run.interrupt } : {}),
  });
}

/** The fix a lint rule documents, for findings of the DNS step. */
const lintRuleFix: FixLookup = (ruleId) => allRules.find((r) => r.meta.id === ruleId)?.meta.fix;

export function createDoctorCommand(deps: DoctorCommandDeps = {}): Command {
  return {
    name: "doctor",
    summary: "diagnose a mailbox: DNS, ports, TLS, SMTP/IMAP dialogue, block lists",
    usage: USAGE,
    // Ctrl-C (or a CI runner's cancel) ends the step under way and still prints what was checked.
    interruptible: true,
    async run(argv, io) {
      const { values, positionals } = parse(argv, OPTIONS, "doctor");
      if (values.help) {
        io.stdout(`${USAGE}\n`);
        return EXIT_OK;
      }
      const domain = domainArgument(positionals);
      const offer = oneOf(values.offer, OFFERS, "--offer", "mx-plan");
      const region = oneOf(values.region, REGIONS, "--region", "eu");
      const format = oneOf(values.format, ["text", "json"] as const, "--format", "text");
      // Checked before any work, as lint, plan and audit do: a report that cannot be written is said now,
      // not after a minute of DNS and mail-server checks whose report would then be lost.
      const output = outputOption(io, values.output, "doctor", [{ path: values["password-file"] }, { path: values.ca }, packRead(values.policy), { path: values.evidence }]);
      const timeoutMs = positiveInteger(values.timeout, "--timeout", DEFAULT_TIMEOUT_MS);
      const deadlineMs = positiveInteger(values.deadline, "--deadline", DEFAULT_DEADLINE_MS);
      const services = planServices({ imap: values.imap, smtps: values.smtps, submission: values.submission }, offer, region);
      const ca = values.ca === undefined ? null : readCa(values.ca, io);
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
      let servers: { host: string; port: number }[] | null = null;
      if (values.resolver?.length) {
        try {
          servers = values.resolver.map((text) => parseServer(text));
        } catch (error) {
          throw new UsageError(`--resolver: ${(error as Error).message}`);
        }
      }
      let credentials: { user: string; password: string } | null = null;
      if (values["password-file"] !== undefined && !values.login) throw new UsageError("--password-file is for --login; add --login, or leave it out");
      if (values.login) {
        const user = io.env[LOGIN_USER_ENV];
        if (!user) throw new UsageError(`--login reads the address from ${LOGIN_USER_ENV}; set it`);
        const fromEnv = io.env[LOGIN_PASSWORD_ENV];
        // Two sources would leave which password was tried to chance.
        if (values["password-file"] !== undefined && fromEnv) throw new UsageError(`the password comes from --password-file or ${LOGIN_PASSWORD_ENV}, not both; unset one`);
        const password = values["password-file"] !== undefined ? await readPasswordFile(values["password-file"], io.cwd, timeoutMs) : fromEnv;
        if (!password) throw new UsageError(`--login needs the password: --password-file FILE (or - for standard input), or ${LOGIN_PASSWORD_ENV}`);
        credentials = { user, password };
      }

      // The selectors OVH reports for the domain, when OVH credentials are in the environment: known to exist.
      // The whole run, the host's API included, ends by --deadline: its calls take --timeout each and are
      // tried as often as a silent connection is, and what they took is taken from the checks' time.
      const deadlineAt = Date.now() + deadlineMs;
      const host = await hostSelectors([domain], offer, io, "doctor", { timeoutMs: Math.min(timeoutMs, deadlineMs), maxRetries: DEFAULT_ATTEMPTS - 1, deadlineAt });
      const fromHost = host.names.get(domain) ?? [];
      // The DKIM selectors the DMARC aggregate reports saw signing for the domain are checked like named ones.
      const evidence = values.evidence === undefined ? null : readEvidenceFile(resolve(io.cwd, values.evidence), values.evidence);
      if (evidence) for (const seen of evidenceSelectors(evidence, domain)) if (!selectors.includes(seen)) selectors.push(seen);
      const source = deps.dnsSource
        ? deps.dnsSource(servers, timeoutMs)
        : defaultSource(servers, timeoutMs, { deadlineAt, ...(io.interrupt ? { interrupt: io.interrupt } : {}) });
      try {
        const report = await runDoctor({
          domain,
          services,
          dns: source,
          // Without --offer, audit applies OVH's rules when the MX points at OVH (as `maildns audit` does).
          dnsChecks: (deps.dnsChecks ?? auditDnsChecks)(source, {
            cwd: io.cwd,
            ...(values.offer ? { offer } : {}),
            ...(values.policy ? { policy: values.policy } : {}),
            ...(selectors.length > 0 ? { selectors } : {}),
            ...(fromHost.length > 0 ? { knownSelectors: fromHost } : {}),
          }),
          dnsblZones: zones,
          ca,
          timeoutMs,
          attempts: DEFAULT_ATTEMPTS,
          deadlineMs: Math.max(1, deadlineAt - Date.now()),
          credentials,
          ...(deps.now ? { now: deps.now } : {}),
          ...(io.interrupt ? { signal: io.interrupt } : {}),
        });
        if (host.failure) report.hostApiFailure = hostNamesFailureJson(host.host, host.failure);
        const text = format === "json" ? formatDoctorJson(report) : formatDoctorText(report, { quiet: values.quiet === true, fixFor: deps.fixFor ?? lintRuleFix });
        if (host.failure) io.stderr(`maildns doctor: ${describeHostNamesFailure(host.host, host.failure, "Its DKIM was checked only for the selectors known otherwise.")}\n`);
        emit(io, text, output);
        if (values["fail-on"] === undefined) return doctorExitCode(report);
        const threshold = failLevel(values["fail-on"]);
        // A checklist the deadline cut short, or made without the host's names it was given credentials for,
        // is never "all well", whatever the threshold; nor is one whose DNS lookups failed (dns-lookup-failed,
        // a warning): what they would have shown (no MX, no SPF, a listed address) is unknown, and `audit`,
        // whose checks the DNS step runs, fails on a failed lookup whatever its finding's level.
        const unchecked = report.findings.some((f) => f.ruleId === "dns-lookup-failed");
        return report.incomplete || report.hostApiFailure || unchecked || report.findings.some((f) => atOrAbove(f.level, threshold)) ? EXIT_FINDINGS : EXIT_OK;
      } finally {
        await source.close?.();
      }
    },
  };
}

export const doctorCommand: Command = createDoctorCommand();
