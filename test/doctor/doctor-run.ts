// What the doctor's in-process tests share: the options of a run against servers on 127.0.0.1 with stub DNS
// (every service skipped unless the test names it), the servers a test starts, closed after it, and how a
// report is read.
import { afterEach } from "vitest";
import type { DoctorOptions, ServicePlan } from "../../src/doctor/doctor.js";
import type { DoctorReport, Service } from "../../src/doctor/types.js";
import { TEST_CA, type RunningServer } from "./servers.js";
import { HEALTHY_ZONE, stubDns } from "./stub-dns.js";

/** Returns `keep`, which waits for a server to start and closes it after the test. Call at a file's top level. */
export function keepServers(): (server: Promise<RunningServer>) => Promise<RunningServer> {
  const running: RunningServer[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((server) => server.close()));
  });
  return async (server) => {
    const started = await server;
    running.push(started);
    return started;
  };
}

export const at = (server: RunningServer): ServicePlan => ({ target: { host: server.host, port: server.port } });

export function doctorOptions(services: Partial<Record<Service, ServicePlan>>, overrides: Partial<DoctorOptions> = {}): DoctorOptions {
  const skipped: ServicePlan = { skip: "not under test" };
  return {
    domain: "example.test",
    services: { imap: skipped, smtps: skipped, submission: skipped, ...services },
    dns: stubDns(HEALTHY_ZONE),
    dnsblZones: [],
    ca: TEST_CA(),
    timeoutMs: 2000,
    attempts: 1,
    deadlineMs: 15_000,
    credentials: null,
    ...overrides,
  };
}

export const ruleIds = (report: DoctorReport): string[] => report.findings.map((f) => f.ruleId);
export const checkOf = (report: DoctorReport, id: string) => report.checks.find((c) => c.id === id);
