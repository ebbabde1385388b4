// import → lint → plan (and audit) as a property over generated mail zones, through the CLI against a
// loopback DNS server and the same zones as files (import-roundtrip.ts says what is generated and what
// must hold). Of the first 25 cases of one to three domains, the fast tier runs the few that between them
// take every branch of the generator the 25 take (caseBranches); import-roundtrip.slow.test.ts runs the
// others, and more cases from other seeds.
import { afterAll, beforeAll, expect, test } from "vitest";
import { branchesOfCases, checkRoundTrip, coveringCases, FAST_RUNS as RUNS, ROUNDTRIP_SEED, startRoundTripEnv, type RoundTripEnv } from "./import-roundtrip.js";

let env: RoundTripEnv;

beforeAll(async () => {
  env = await startRoundTripEnv();
});
afterAll(async () => {
  await env.server.close();
});

/** Branches every record kind and fault has: the cases chosen must take each (or the generator drifted). */
const REQUIRED = [
  ...["domains=1", "domains=2", "domains=3", "idn=true", "idn=false", "upper=true", "upper=false", "escape=0", "escape=1"],
  ...["mx=absent", "mx=null", "mx=ovh", "mx=list", "mx.ttl=own", "mx.ttl=inherited", "spf=none", "spf=ovh", "spf=custom", "spf=custom-upper", "spf.cuts=1", "spf.cuts=2"],
  ...["dmarc=none", "dmarc=txt", "dmarc=cname", "dkim=0", "dkim=txt", "dkim=cname", "dkim.revoked=true", "dkim.revoked=false", "srv.target=.", "srv.target=imap.provider.test."],
  ...["mtaSts=none", "mtaSts=txt", "mtaSts=cname", "tlsRpt=none", "tlsRpt=txt", "tlsRpt=cname", "wildcardSpf=true", "wildcardSpf=false", "wildcardDkim=true", "wildcardDkim=false"],
  ...["fault=none", "fault=two-spf", "fault=dmarc-neighbour", "apexTxt=0", "cname=0", "cname=2"],
];

test(`import writes each zone as it is, and plan against it shows no change (seed ${ROUNDTRIP_SEED}: the cases of the first ${RUNS} that take every branch)`, async () => {
  const chosen = await coveringCases(ROUNDTRIP_SEED, RUNS);
  const all = await branchesOfCases(ROUNDTRIP_SEED, RUNS);
  const taken = new Set([...chosen].flatMap((i) => all[i]!));
  expect(taken).toEqual(new Set(all.flat()));
  expect(REQUIRED.filter((b) => !taken.has(b))).toEqual([]);
  expect(await checkRoundTrip(env, ROUNDTRIP_SEED, RUNS, (i) => chosen.has(i))).toBe(chosen.size);
}, 600_000);
