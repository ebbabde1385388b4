// Our verdicts against the test suites of other SPF, DMARC and DKIM implementations (test/fixtures/peer-
// suites: derived cases, in our own format). Each case's records are served by a loopback DNS server and the
// domain is audited as `maildns audit` does; the suite's verdict (error or not) is compared with ours. The
// agreement is asserted, and so is every disagreement: each is listed below with the reason our verdict is
// the RFC's, so a new one fails the test instead of lowering a percentage unnoticed.
import { afterAll, describe, expect, it } from "vitest";
import type { ZoneRecord } from "../../src/dns/types.js";
import { createDnsSource } from "../../src/dns/index.js";
import { auditDomains } from "../../src/plan/audit.js";
import { DKIM_SUITE } from "../fixtures/peer-suites/dkim-libraries.js";
import { DMARC_SUITE } from "../fixtures/peer-suites/dmarc-checkdmarc.js";
import { MX_SUITE } from "../fixtures/peer-suites/mx-zonemaster.js";
import { SPF_SUITE, type Expect, type SuiteSection } from "../fixtures/peer-suites/spf-rfc7208.js";
import { startDnsServer, type DnsServer, type FaultMap } from "../helpers/dns-server.js";

type Verdict = "error" | "ok" | "temperror";

// Generous: a case whose suite expects a temporary error gets it from a name that never answers, and any
// other lookup that times out on a busy machine would turn a verdict into a temperror the suite never meant.
const TIMEOUT_MS = 2000;

function agrees(expected: Expect, actual: Verdict): boolean {
  if (expected === "either") return actual !== "temperror";
  if (expected === "temperror") return actual !== "error";
  return expected === actual;
}

function record(name: string, type: string, value: string | string[]): ZoneRecord {
  const strings = Array.isArray(value) ? value : [value];
  return { name: name.toLowerCase(), type, ttl: 3600, value: strings.join(""), ...(type === "TXT" || type === "SPF" ? { strings } : {}) };
}

/** Audits domains served by a fresh loopback server; the verdict per domain from the rules whose id starts with `area`. */
async function verdicts(records: ZoneRecord[], faults: FaultMap, domains: string[], policy: string, area: string, selector?: string): Promise<Map<string, Verdict>> {
  // The server is authoritative for the last two labels of every name (example.com, example.net…).
  const origins = [...new Set([...records.map((r) => r.name), ...domains].map((name) => name.split(".").slice(-2).join(".")))];
  const server: DnsServer = await startDnsServer({ zones: records, faults, origins });
  const source = createDnsSource({ servers: [server.address], timeoutMs: TIMEOUT_MS, retries: 0 });
  try {
    const result = await auditDomains(domains, {
      sourceFor: async () => source,
      rulesSource: source,
      policy,
      today: "2026-11-23",
      ...(selector ? { selectorsFor: () => [selector] } : {}),
    });
    const out = new Map<string, Verdict>(domains.map((d) => [d, "ok"]));
    for (const f of result.failures) out.set(f.domain, "temperror");
    for (const f of result.findings) if (f.level === "error" && f.ruleId.startsWith(area) && out.get(f.domain) === "ok") out.set(f.domain, "error");
    return out;
  } finally {
    source.close();
    await server.close();
  }
}

interface Score {
  total: number;
  agreed: number;
  disagreements: string[];
}

async function scoreSpf(section: SuiteSection, policy: string): Promise<Score> {
  const faults: FaultMap = Object.fromEntries((section.timeouts ?? []).map((t) => [t, "timeout" as const]));
  const domains = [...new Set(section.cases.map((c) => c.domain.toLowerCase()))];
  const got = await verdicts(section.records.map(([name, type, value]) => record(name, type, value)), faults, domains, policy, "spf-");
  const score: Score = { total: 0, agreed: 0, disagreements: [] };
  for (const c of section.cases) {
    const actual = got.get(c.domain.toLowerCase())!;
    score.total++;
    if (agrees(c.expect, actual)) score.agreed++;
    else score.disagreements.push(`${section.section}/${c.id}: suite ${c.expect}, ours ${actual}`);
  }
  return score;
}

function merge(scores: Score[]): Score {
  return { total: scores.reduce((n, s) => n + s.total, 0), agreed: scores.reduce((n, s) => n + s.agreed, 0), disagreements: scores.flatMap((s) => s.disagreements) };
}

// Where we disagree under the rfc pack, and why our verdict is the RFC's. The peer suites judge
// conformance, so that is the pack they are compared with: the default pack adds the project's opinions
// about a complete mail setup (a DMARC record, OVH's include), which those suites do not judge.
const SPF_DISAGREEMENTS = [
  // The suite tests one client, whose address matches before the 11th lookup; for every other sender
  // the mx term is the 11th DNS-querying term: permerror (RFC 7208 §4.6.4). A linter judges all senders.
  "processing limits/include-at-limit: suite ok, ours error",
  // RFC 7208 §4.6.4: receivers SHOULD limit void lookups to two. A SHOULD is a warning in the rfc pack
  // (an error in the default pack, which agrees with the suite here).
  "processing limits/void-over-limit: suite error, ours ok",
];
const DMARC_DISAGREEMENTS = [
  // RFC 7489 §6.3: the record MUST comply with the formal specification, which allows r or s only;
  // checkdmarc follows RFC 9989's "discard in favour of the default" for these two tags alone.
  "invalid adkim and aspf values: checkdmarc falls back to r with a warning: suite ok, ours error",
  // RFC 7489 §6.6.3: records at _dmarc that do not start with v=DMARC1 are discarded; one is harmless.
  "an unrelated TXT record beside the DMARC record: suite error, ours ok",
  // A v=DMARC1 record at the domain itself is not a DMARC record (RFC 7489 §6.1): the domain has none,
  // which the RFCs allow: dmarc-missing says so (atDomain) at warn under rfc, at error in the default pack.
  "a DMARC record at the domain, none at _dmarc: suite error, ours ok",
  // RFC 9989 §4.10.1 (RFC 7489 §6.6.3 step 6 alike): a record with no valid p= and no valid rua= URI gets
  // no DMARC processing at all, as if none were published; checkdmarc reads it as p=none.
  "bare version: suite ok, ours error",
  "bare version with ;: suite ok, ours error",
];
const DKIM_DISAGREEMENTS = [
  // RFC 6376 §3.2's tag-list has no empty tag-spec; a verifier MUST treat a record that does not adhere to
  // the format as a key syntax error (§6.1.2). mail-auth's parser is lenient here.
  "mail-auth: 2048-bit key with t=, s= and h= lists, empty tag-specs (;;) and notes: the ;; break RFC 6376 §3.2: suite ok, ours error",
];
const MX_DISAGREEMENTS = [
  // RFC 7505 §3: a domain that advertises a null MX MUST NOT advertise any other MX RR; Zonemaster warns.
  "zone09 NULL-MX-WITH-OTHER-MX: a null MX beside a regular one (WARNING): suite ok, ours error",
];

describe("agreement with peer suites under the rfc pack", () => {
  const scores: Record<string, Score> = {};
  afterAll(() => {
    // The numbers, for the record: cases, agreements, per suite and in all.
    const all = merge(Object.values(scores));
    const line = (name: string, s: Score) => `${name}: ${s.agreed}/${s.total} (${((100 * s.agreed) / s.total).toFixed(1)}%)`;
    console.log([...Object.entries(scores).map(([name, s]) => line(name, s)), line("all", all)].join("\n"));
  });

  it("SPF: the openspf RFC 7208 test suite", async () => {
    // One section at a time: each is a server and an audit of its domains.
    const sections: Score[] = [];
    for (const section of SPF_SUITE) sections.push(await scoreSpf(section, "rfc"));
    const score = (scores.spf = merge(sections));
    expect(score.disagreements.sort()).toEqual([...SPF_DISAGREEMENTS].sort());
    expect(score.total).toBe(SPF_SUITE.reduce((n, s) => n + s.cases.length, 0));
    expect(score.agreed / score.total).toBeGreaterThanOrEqual(0.98);
  }, 180_000);

  it("DMARC: checkdmarc's DMARC tests", async () => {
    const records: ZoneRecord[] = [];
    const domains = DMARC_SUITE.map((_, i) => `c${i}.dmarc-suite.test`);
    DMARC_SUITE.forEach((c, i) => {
      for (const text of c.records) records.push(record(`_dmarc.${domains[i]}`, "TXT", text));
      for (const text of c.apex ?? []) records.push(record(domains[i]!, "TXT", text));
    });
    const got = await verdicts(records, {}, domains, "rfc", "dmarc-");
    const disagreements = DMARC_SUITE.flatMap((c, i) => (agrees(c.expect, got.get(domains[i]!)!) ? [] : [`${c.id}: suite ${c.expect}, ours ${got.get(domains[i]!)}`]));
    scores.dmarc = { total: DMARC_SUITE.length, agreed: DMARC_SUITE.length - disagreements.length, disagreements };
    expect(disagreements.sort()).toEqual([...DMARC_DISAGREEMENTS].sort());
  }, 180_000);

  it("DKIM: the key records of go-msgauth's and mail-auth's tests", async () => {
    const domains = DKIM_SUITE.map((_, i) => `k${i}.dkim-suite.test`);
    const records = DKIM_SUITE.map((c, i) => record(`s2026._domainkey.${domains[i]}`, "TXT", c.record.match(/.{1,250}/g)!));
    const got = await verdicts(records, {}, domains, "rfc", "dkim-", "s2026");
    const disagreements = DKIM_SUITE.flatMap((c, i) => (agrees(c.expect, got.get(domains[i]!)!) ? [] : [`${c.id}: suite ${c.expect}, ours ${got.get(domains[i]!)}`]));
    scores.dkim = { total: DKIM_SUITE.length, agreed: DKIM_SUITE.length - disagreements.length, disagreements };
    expect(disagreements.sort()).toEqual([...DKIM_DISAGREEMENTS].sort());
  }, 180_000);

  it("MX: Zonemaster's MX test cases", async () => {
    const domains = MX_SUITE.map((_, i) => `m${i}.mx-suite.test`);
    const records = MX_SUITE.flatMap((c, i) =>
      c.records.map(([name, type, value]) => {
        const owner = name ? `${name}.${domains[i]}` : domains[i]!;
        // Targets are relative to the scenario's domain, "." aside.
        const data = type === "MX" ? value.replace(/ (?!\.$)(\S+)$/, ` $1.${domains[i]}`) : type === "CNAME" ? `${value}.${domains[i]}` : value;
        return record(owner, type, data);
      }),
    );
    const got = await verdicts(records, {}, domains, "rfc", "mx-");
    const disagreements = MX_SUITE.flatMap((c, i) => (agrees(c.expect, got.get(domains[i]!)!) ? [] : [`${c.id}: suite ${c.expect}, ours ${got.get(domains[i]!)}`]));
    scores.mx = { total: MX_SUITE.length, agreed: MX_SUITE.length - disagreements.length, disagreements };
    expect(disagreements.sort()).toEqual([...MX_DISAGREEMENTS].sort());
  }, 180_000);
});
