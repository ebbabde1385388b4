// Domain models built by hand for the program's tests (the YAML loader has its own tests).
import type { DomainModel } from "../../src/model/types.js";
import type { Finding } from "../../src/engine/types.js";
import type { LintFn } from "../../src/engine/run.js";

export interface DomainSpec {
  domain: string;
  file?: string;
  mx?: { host: string; priority: number }[] | null;
  spf?: string | null;
  dkim?: { name: string; cname?: string; txt?: string }[];
  dmarc?: string | null;
  srv?: { service: string; priority: number; weight: number; port: number; target: string }[];
  ttl?: number;
  spfTtl?: number;
}

export const OVH_MX = [
  { host: "mx0.mail.ovh.net", priority: 1 },
  { host: "mx1.mail.ovh.net", priority: 5 },
  { host: "mx2.mail.ovh.net", priority: 50 },
  { host: "mx3.mail.ovh.net", priority: 100 },
  { host: "mx4.mail.ovh.net", priority: 200 },
];

export function domainModel(spec: DomainSpec): DomainModel {
  const ttl = spec.ttl ?? 3600;
  const file = spec.file ?? `stacks/test/${spec.domain}.yaml`;
  return {
    file,
    dnsProvider: "ovh",
    domain: spec.domain,
    ttl,
    mail: { provider: "ovh", offer: "mx-plan", region: "eu", sends: true, receives: true, server: null, ips: [], path: ["mail"] },
    mx: spec.mx === null ? null : { preset: null, entries: (spec.mx ?? OVH_MX).map((e, i) => ({ ...e, ttl, path: ["mx", i] })), path: ["mx"] },
    spf: spec.spf === null ? null : {
      text: { value: spec.spf ?? "v=spf1 include:mx.ovh.com ~all", path: ["spf"] },
      structured: false,
      senders: [],
      ttl: spec.spfTtl ?? 600,
      path: ["spf"],
    },
    dkim: {
      selectors: (spec.dkim ?? []).map((s, i) => ({
        name: s.name,
        kind: s.cname ? ("cname" as const) : ("txt" as const),
        target: s.cname ?? null,
        text: s.txt ? { value: s.txt, path: ["dkim", "selectors", i, "record"] } : null,
        active: true,
        ovh: true,
        ttl,
        path: ["dkim", "selectors", i],
      })),
      switchedAt: null,
      path: ["dkim"],
    },
    dmarc: spec.dmarc === null ? null : {
      text: { value: spec.dmarc ?? "v=DMARC1; p=quarantine; rua=mailto:dmarc@" + spec.domain, path: ["dmarc"] },
      structured: false,
      since: "2026-01-01",
      history: [],
      ttl,
      path: ["dmarc"],
    },
    srv: (spec.srv ?? []).map((s, i) => ({ ...s, ttl, path: ["srv", i] })),
    cname: [],
    clients: { imap: null, smtp: null, pop: null },
    migrationUntil: null,
    suppressions: [],
  };
}

export function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: "spf-syntax",
    level: "error",
    message: "SPF record does not start with v=spf1",
    domain: "example.com",
    file: "stacks/test/example.com.yaml",
    name: "example.com",
    line: 7,
    column: 6,
    endLine: 7,
    endColumn: 20,
    messageId: "syntax",
    data: {},
    ...overrides,
  };
}

/** A linter that returns the given domains and findings, and remembers how it was called. */
export function fakeLint(domains: DomainModel[], findings: Finding[] = []): LintFn & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  const fn = (async (paths: string[], options?: unknown) => {
    calls.push([paths, options]);
    return { findings, domains, files: domains.length, errors: findings.filter((f) => f.level === "error").length };
  }) as LintFn & { calls: unknown[][] };
  fn.calls = calls;
  return fn;
}
