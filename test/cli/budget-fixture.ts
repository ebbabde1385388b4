// What the tests of the per-domain DNS question budget share (src/plan/budget.ts): a loopback server serving
// a domain whose live SPF tree fans out far past the budget beside a healthy one, their domain files, and
// the CLI asked against it. The server counts what it was asked.
import { afterAll, beforeAll } from "vitest";
import type { ZoneRecord } from "../../src/dns/types.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";

const TTL = 3600;
const SOA = (zone: string): ZoneRecord => ({ name: zone, type: "SOA", ttl: TTL, value: `ns1.${zone}. hostmaster.${zone}. 1 3600 600 86400 300` });
const TXT = (name: string, text: string): ZoneRecord => ({ name, type: "TXT", ttl: TTL, value: text, strings: text.match(/.{1,255}/g)! });

export const HOSTILE = "hostile.example";
export const HEALTHY = "healthy.example";
/** `mx:` terms in the hostile include: each names 10 exchanges, each asked for A and AAAA (RFC 7208 §4.6.4, §5.4). */
const MX_TERMS = 40;

/**
 * hostile.example publishes what its file says, and its SPF include holds 40 `mx:` terms of 10 exchanges
 * each: within the SPF walk's own limits (50 lookups, 10 exchanges a term), yet 40 + 40 × 10 × 2 = 840
 * questions, far past the budget.
 */
function hostileZone(): ZoneRecord[] {
  const records: ZoneRecord[] = [
    SOA(HOSTILE),
    { name: HOSTILE, type: "MX", ttl: TTL, value: `10 mx.${HOSTILE}.` },
    { name: `mx.${HOSTILE}`, type: "A", ttl: TTL, value: "192.0.2.25" },
    TXT(HOSTILE, `v=spf1 include:_spf.${HOSTILE} -all`),
    TXT(`_dmarc.${HOSTILE}`, `v=DMARC1; p=quarantine; rua=mailto:dmarc@${HOSTILE}`),
  ];
  const terms: string[] = [];
  for (let t = 0; t < MX_TERMS; t++) {
    terms.push(`mx:m${t}.${HOSTILE}`);
    for (let h = 0; h < 10; h++) {
      records.push({ name: `m${t}.${HOSTILE}`, type: "MX", ttl: TTL, value: `${h} h${h}.m${t}.${HOSTILE}.` });
      records.push({ name: `h${h}.m${t}.${HOSTILE}`, type: "A", ttl: TTL, value: `192.0.2.${h + 1}` });
    }
  }
  records.push(TXT(`_spf.${HOSTILE}`, `v=spf1 ${terms.join(" ")} -all`));
  return records;
}

/** healthy.example serves an MX its file replaces: its plan has a change, and its checks pass. */
function healthyZone(): ZoneRecord[] {
  return [
    SOA(HEALTHY),
    { name: HEALTHY, type: "MX", ttl: TTL, value: `10 old.${HEALTHY}.` },
    { name: `mx.${HEALTHY}`, type: "A", ttl: TTL, value: "192.0.2.80" },
    { name: `old.${HEALTHY}`, type: "A", ttl: TTL, value: "192.0.2.81" },
    TXT(HEALTHY, "v=spf1 mx -all"),
    TXT(`_dmarc.${HEALTHY}`, `v=DMARC1; p=quarantine; rua=mailto:dmarc@${HEALTHY}`),
  ];
}

/** The exchanges the hostile include's `mx:` terms name: the SPF walk asks each for its addresses. */
export const EXCHANGES: readonly string[] = Array.from({ length: MX_TERMS }, (_, t) => Array.from({ length: 10 }, (_, h) => `h${h}.m${t}.${HOSTILE}`)).flat();

export const HOSTILE_YAML = `domain: ${HOSTILE}
mail: { provider: external }
mx:
  - { host: mx.${HOSTILE}., priority: 10 }
spf: "v=spf1 include:_spf.${HOSTILE} -all"
dmarc: "v=DMARC1; p=quarantine; rua=mailto:dmarc@${HOSTILE}"
`;

export const HEALTHY_YAML = `domain: ${HEALTHY}
mail: { provider: external }
mx:
  - { host: mx.${HEALTHY}., priority: 10 }
spf: "v=spf1 mx -all"
dmarc: "v=DMARC1; p=quarantine; rua=mailto:dmarc@${HEALTHY}"
`;

/**
 * The include's 41 SPF lookups are an error of their own (spf-lookup-limit): off here, so that what fails
 * the plan is the budget alone.
 */
export const PACK = "extends: rfc\nrules:\n  spf-lookup-limit: off\n";

/** A folder holding `pack.yaml` and the domain files under `stack/`, by domain. */
export const stack = (files: Record<string, string>, pack = PACK) =>
  tempTree({ "pack.yaml": pack, ...Object.fromEntries(Object.entries(files).map(([domain, yaml]) => [`stack/${domain}.yaml`, yaml])) });

export interface UncheckedJson {
  domain: string;
  name: string;
  type: string;
  reason: string;
  rules: string[];
  more?: number;
}

export interface PlanJson {
  changes: { domain: string }[];
  failures: { domain: string }[];
  gates: { domain: string }[];
  uncheckedLookups: UncheckedJson[];
  findings: { ruleId: string; level: string; domain: string; file: string; line: number; column: number; message: string; count?: number }[];
  summary: Record<string, number>;
}

export interface BudgetFixture {
  server: DnsServer;
  /** `maildns plan stack` in `cwd` against the server, with the pack and a fixed day. */
  plan(cwd: string, ...args: string[]): ReturnType<typeof runCliAsync>;
  /** `maildns audit` of the domains against the server, with `pack.yaml` of `cwd`. */
  audit(cwd: string, ...args: string[]): ReturnType<typeof runCliAsync>;
  /** What the server was asked about the domain and the names under it. */
  questionsAbout(domain: string): { name: string; type: string }[];
  /**
   * The exchanges whose addresses the SPF walk could not learn, from what the server was asked: each has an A
   * record and no AAAA, so one whose A question never reached the server is a lookup the budget refused.
   */
  exchangesNotAsked(): string[];
}

/** Starts the server before the file's tests and stops it after. */
export function useBudgetFixture(): BudgetFixture {
  const resolver = () => ["--resolver", `127.0.0.1:${fixture.server.port}`];
  const fixture: BudgetFixture = {
    server: undefined as unknown as DnsServer,
    plan: (cwd, ...args) => runCliAsync(["plan", "stack", ...resolver(), "--policy", "pack.yaml", "--today", "2026-11-01", ...args], { cwd, timeoutMs: 60_000 }),
    audit: (cwd, ...args) => runCliAsync(["audit", ...resolver(), "--policy", "pack.yaml", "--today", "2026-11-01", ...args], { cwd, timeoutMs: 60_000 }),
    questionsAbout: (domain) => fixture.server.queries.log.filter((q) => q.name === domain || q.name.endsWith(`.${domain}`)),
    exchangesNotAsked: () => {
      const asked = new Set(fixture.server.queries.log.filter((q) => q.type === "A").map((q) => q.name));
      return EXCHANGES.filter((name) => !asked.has(name));
    },
  };
  beforeAll(async () => {
    fixture.server = await startDnsServer({ zones: [...hostileZone(), ...healthyZone()] });
  });
  afterAll(async () => {
    await fixture.server.close();
  });
  return fixture;
}
