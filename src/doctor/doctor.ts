// `maildns doctor`, the library side: OVH's troubleshooting checklist run in the guide's order
// (DNS, ports, TLS, SMTP/IMAP dialogue, block lists), every step bounded by a timeout and the whole
// run by a deadline.
import type { Finding } from "../engine/types.js";
import { basicDnsChecks } from "./dns-basic.js";
import { checkZone, sendingAddresses } from "./dnsbl.js";
import { probeImap } from "./imap.js";
import { withTimeout } from "./net.js";
import { Session } from "./session.js";
import { probeSmtp, type Credentials } from "./smtp.js";
import { formatTarget } from "./target.js";
import type { DnsChecks, DoctorDnsSource, DoctorReport, Service, Target } from "./types.js";

/** A service is either probed at a target or skipped, with the reason shown to the user. */
export type ServicePlan = { target: Target } | { skip: string };

export interface DoctorOptions {
  domain: string;
  services: Readonly<Record<Service, ServicePlan>>;
  /** Live DNS for the default DNS step and block lists; null skips both unless `dnsChecks` is given. */
  dns: DoctorDnsSource | null;
  /** The DNS step (the lead wires `audit` in here); defaults to an MX/SPF/DMARC presence check. */
  dnsChecks?: DnsChecks;
  dnsblZones: readonly string[];
  /** PEM of CAs to trust instead of Node's store. */
  ca: string | null;
  /** Per network step. */
  timeoutMs: number;
  /** Connection attempts when a connection times out. */
  attempts: number;
  /** Whole run. */
  deadlineMs: number;
  /** Tried once on submission (or SMTPS when submission is skipped); never printed. */
  credentials: Credentials | null;
  now?: () => Date;
  /** Aborted when the user interrupts the run: the report is written with what was checked so far. */
  signal?: AbortSignal;
  /** How server names become addresses (default: the system's resolver, as mail clients use). */
  lookup?: import("node:net").LookupFunction;
}

export const DEFAULT_TIMEOUT_MS = 5000;
export const DEFAULT_ATTEMPTS = 2;
export const DEFAULT_DEADLINE_MS = 60_000;

export async function runDoctor(options: DoctorOptions): Promise<DoctorReport> {
  const domain = options.domain.replace(/\.$/, "").toLowerCase();
  const session = new Session({
    domain,
    timeoutMs: options.timeoutMs,
    attempts: options.attempts,
    deadlineMs: options.deadlineMs,
    ca: options.ca,
    now: options.now ?? (() => new Date()),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.lookup ? { lookup: options.lookup } : {}),
  });

  const dnsChecks = options.dnsChecks ?? (options.dns ? basicDnsChecks(options.dns) : null);
  if (dnsChecks) {
    await session.step("dns", domain, async () => {
      const timedOut = Symbol("timeout");
      const findings = await withTimeout<Finding[] | typeof timedOut>(dnsChecks(domain), session.remainingMs(), () => timedOut);
      if (findings === timedOut) return { status: "problem", detail: "DNS checks did not finish before the overall deadline" };
      const ids = findings.map((f) => f.ruleId);
      return { detail: findings.length ? `${findings.length} finding(s): ${[...new Set(ids)].join(", ")}` : "MX, SPF and DMARC published", findings };
    });
  } else {
    session.skip("dns", domain, "no DNS source");
  }

  const loginService: Service | null = "target" in options.services.submission ? "submission" : "target" in options.services.smtps ? "smtps" : null;
  let imapRefusedLogin: string | null = null;
  for (const service of ["imap", "smtps", "submission"] as const) {
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
      // Each failed login counts towards locking the account (and Dovecot-style servers delay the next one):
      // credentials the IMAP server refused are not tried a second time.
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
    let addresses: Awaited<ReturnType<typeof sendingAddresses>> | null = null;
    await session.step("dnsbl-addresses", domain, async () => {
      const found = await withTimeout(sendingAddresses(dns, domain), session.remainingMs(), () => null);
      if (!found) return { status: "problem", detail: "sending addresses not found before the overall deadline" };
      addresses = found;
      const list = found.addresses.map((a) => `${a.ip} (${a.source})`).join(", ") || "none";
      return { detail: [`${found.addresses.length} address(es): ${list}`, ...found.notes].join("; "), findings: found.findings };
    });
    const found = addresses as Awaited<ReturnType<typeof sendingAddresses>> | null;
    for (const zone of options.dnsblZones) {
      if (!found || found.addresses.length === 0) {
        session.skip("dnsbl", zone, "no sending address to check");
        continue;
      }
      await session.step("dnsbl", zone, async () => {
        const verdict = await withTimeout(checkZone(dns, domain, zone, found.addresses), session.remainingMs(), () => null);
        if (!verdict) return { status: "problem", detail: "block list did not answer before the overall deadline" };
        // A lookup that failed is "could not check", never counted as "not listed".
        const unchecked = verdict.findings.filter((f) => f.ruleId === "dns-lookup-failed").length;
        const parts = [
          ...verdict.listed.map((l) => `${l.address.ip} listed: ${l.answer}`),
          ...(verdict.clean > 0 || (verdict.listed.length === 0 && unchecked === 0) ? [`${verdict.clean} address(es) not listed`] : []),
          ...(unchecked > 0 ? [`${unchecked} address(es) could not be checked (see dns-lookup-failed)`] : []),
        ];
        return { detail: parts.join("; "), findings: verdict.findings };
      });
    }
  }

  const incomplete = session.incomplete();
  return { domain, checks: session.checks, findings: session.findings, ...(incomplete ? { incomplete } : {}) };
}

/** Exit code of a run: 1 when anything at warning or error level was found, or the checklist was not run to its end. */
export function doctorExitCode(report: DoctorReport): 0 | 1 {
  return report.findings.some((f) => f.level !== "info") || report.checks.some((c) => c.status === "problem") || report.incomplete || report.hostApiFailure ? 1 : 0;
}
