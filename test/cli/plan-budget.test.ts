// `plan` gives each domain the question budget `audit` gives it (src/plan/budget.ts): a domain whose live
// records fan out past it asks no more than the budget, gets lint-dns-budget at its file's `domain:` line,
// and fails the plan, while the other domains of the stack are planned exactly as they are without it.
// Over real sockets: the bundled CLI asks the loopback test server, which counts what it was asked.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DOMAIN_QUESTION_BUDGET } from "../../src/plan/budget.js";
import type { ZoneRecord } from "../../src/dns/types.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";

const TTL = 3600;
const SOA = (zone: string): ZoneRecord => ({ name: zone, type: "SOA", ttl: TTL, value: `ns1.${zone}. hostmaster.${zone}. 1 3600 600 86400 300` });
const TXT = (name: string, text: string): ZoneRecord => ({ name, type: "TXT", ttl: TTL, value: text, strings: text.match(/.{1,255}/g)! });

const HOSTILE = "hostile.example";
const HEALTHY = "healthy.example";
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

const HOSTILE_YAML = `domain: ${HOSTILE}
mail: { provider: external }
mx:
  - { host: mx.${HOSTILE}., priority: 10 }
spf: "v=spf1 include:_spf.${HOSTILE} -all"
dmarc: "v=DMARC1; p=quarantine; rua=mailto:dmarc@${HOSTILE}"
`;

const HEALTHY_YAML = `domain: ${HEALTHY}
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
const PACK = "extends: rfc\nrules:\n  spf-lookup-limit: off\n";
/** The same, and lint-dns-budget off too: the checks not made still fail the plan. */
const PACK_NO_BUDGET_FINDING = `${PACK}  lint-dns-budget: off\n`;

const stack = (files: Record<string, string>, pack = PACK) => tempTree({ "pack.yaml": pack, ...Object.fromEntries(Object.entries(files).map(([domain, yaml]) => [`stack/${domain}.yaml`, yaml])) });

interface PlanJson {
  changes: { domain: string }[];
  failures: { domain: string }[];
  gates: { domain: string }[];
  uncheckedLookups: { domain: string; name: string; type: string; reason: string; rules: string[] }[];
  findings: { ruleId: string; level: string; domain: string; file: string; line: number; column: number; message: string }[];
  summary: Record<string, number>;
}

let server: DnsServer;
beforeAll(async () => {
  server = await startDnsServer({ zones: [...hostileZone(), ...healthyZone()] });
});
afterAll(async () => {
  await server.close();
});

const plan = (cwd: string, ...args: string[]) =>
  runCliAsync(["plan", "stack", "--resolver", `127.0.0.1:${server.port}`, "--policy", "pack.yaml", "--today", "2026-11-01", ...args], { cwd, timeoutMs: 60_000 });
const questionsAbout = (domain: string) => server.queries.log.filter((q) => q.name === domain || q.name.endsWith(`.${domain}`));
const ofDomain = <T extends { domain: string }>(list: readonly T[], domain: string) => list.filter((x) => x.domain === domain);

describe("maildns plan: the per-domain DNS question budget", () => {
  test("a domain whose live records fan out past the budget is cut off, reported and fails the plan; the other domain is planned as alone", async () => {
    const both = stack({ [HOSTILE]: HOSTILE_YAML, [HEALTHY]: HEALTHY_YAML });
    const alone = stack({ [HEALTHY]: HEALTHY_YAML });

    server.resetQueries();
    const run = await plan(both, "-f", "json");
    // Each distinct question the hostile domain caused, its own records and those its include reaches (the
    // budget counts distinct questions: a datagram lost and asked again on a busy machine is the same one).
    const hostileQuestions = new Set(questionsAbout(HOSTILE).map((q) => `${q.name}/${q.type}`));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as PlanJson;
    expect(hostileQuestions.size).toBeGreaterThan(40);
    expect(hostileQuestions.size).toBeLessThanOrEqual(DOMAIN_QUESTION_BUDGET);

    const spent = json.findings.filter((f) => f.ruleId === "lint-dns-budget");
    expect(spent.map((f) => [f.level, f.domain, f.file, f.line, f.column])).toEqual([["error", HOSTILE, `stack/${HOSTILE}.yaml`, 1, 9]]);
    expect(spent[0]!.message).toMatch(
      new RegExp(`^checking ${HOSTILE.replace(".", "\\.")} needed more than ${DOMAIN_QUESTION_BUDGET} DNS questions: \\d+ were not asked, so the checks that needed them are incomplete`),
    );
    // The questions not asked are checks not made, never records found missing: named as such, reason "budget".
    const unchecked = ofDomain(json.uncheckedLookups, HOSTILE);
    expect(unchecked.length).toBeGreaterThan(0);
    expect(new Set(unchecked.map((u) => u.reason))).toEqual(new Set(["budget"]));
    expect(json.summary.uncheckedLookups).toBe(json.uncheckedLookups.length);
    // Every exchange has an address: no question left unasked reads as a void lookup or a record missing.
    // Besides the budget's own finding, the domain's findings are checks that say their lookup was not asked.
    const others = json.findings.filter((f) => f.domain === HOSTILE && f.ruleId !== "lint-dns-budget");
    expect(others.length).toBeGreaterThan(0);
    expect(others.filter((f) => !/^could not tell .* lookup of \S+ failed \(budget\)/.test(f.message))).toEqual([]);
    // The report is whole: every part of the contract, and the summary counting what it lists.
    expect(Object.keys(json)).toEqual(["version", "changes", "failures", "gates", "uncheckedLookups", "outsideZones", "notChecked", "removedZones", "removedZonesNotes", "findings", "summary"]);
    expect(json.summary).toMatchObject({ files: 2, domains: 2, changes: json.changes.length, failedLookups: 0 });

    // The healthy domain: the same plan as when it is planned alone.
    const single = await plan(alone, "-f", "json");
    expect(single.status, single.stdout).toBe(0);
    const only = JSON.parse(single.stdout) as PlanJson;
    expect(ofDomain(only.changes, HEALTHY).length).toBe(1);
    for (const key of ["changes", "failures", "gates", "uncheckedLookups", "findings"] as const) {
      expect(ofDomain(json[key] as { domain: string }[], HEALTHY)).toEqual(only[key]);
    }
  });

  test("text: the report names the domain, says its checks were cut short and what to do", async () => {
    const run = await plan(stack({ [HOSTILE]: HOSTILE_YAML, [HEALTHY]: HEALTHY_YAML }));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^stack/${HOSTILE}\\.yaml:1:9  error  checking ${HOSTILE.replace(".", "\\.")} needed more than ${DOMAIN_QUESTION_BUDGET} DNS questions: \\d+ were not asked`, "m"));
    // Under the domain, beside its changes and the lookups its checks name: what follows, and what to do.
    const section = run.stdout.slice(run.stdout.indexOf(`\n${HOSTILE}\n`));
    expect(section).toMatch(
      new RegExp(
        `^  ! not checked \\d+ DNS questions of ${HOSTILE.replace(".", "\\.")} were not asked: checking it took the budget of ${DOMAIN_QUESTION_BUDGET} a domain has, so the checks that needed them were not made\\. Look at what the domain's records point to: an MX set or SPF tree that large is a mistake or an attack\\.$`,
        "m",
      ),
    );
    expect(section).toMatch(/^  ! not checked \S+ A\/AAAA lookup failed \(budget\), needed by /m);
    // Markdown (the Action's summary): the same line under "Not checked".
    const markdown = await plan(stack({ [HOSTILE]: HOSTILE_YAML, [HEALTHY]: HEALTHY_YAML }), "-f", "markdown");
    expect(markdown.status).toBe(1);
    expect(markdown.stdout).toMatch(new RegExp(`### Not checked\\n\\n- ${HOSTILE.replace(".", "\\.")}: \\d+ DNS questions of ${HOSTILE.replace(".", "\\.")} were not asked: .* Look at what the domain's records point to`));
  });

  test("with lint-dns-budget turned off, the checks the budget cut short still fail the plan, reason budget", async () => {
    const run = await plan(stack({ [HOSTILE]: HOSTILE_YAML }, PACK_NO_BUDGET_FINDING), "-f", "json");
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as PlanJson;
    expect(json.findings.filter((f) => f.ruleId === "lint-dns-budget")).toEqual([]);
    expect(json.uncheckedLookups.length).toBeGreaterThan(0);
    expect(new Set(json.uncheckedLookups.map((u) => `${u.domain} ${u.reason}`))).toEqual(new Set([`${HOSTILE} budget`]));
  });
});
