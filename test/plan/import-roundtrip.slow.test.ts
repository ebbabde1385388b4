// The import round trip of import-roundtrip.test.ts on more cases: the cases of its seed that the fast tier
// passes over (it runs only those that take every branch), then more from other seeds
// (MAILDNS_ROUNDTRIP_RUNS, default 200, in parts of 50 so a failure names its seed).
import { afterAll, beforeAll, expect, test } from "vitest";
import { checkRoundTrip, coveringCases, FAST_RUNS, ROUNDTRIP_SEED, startRoundTripEnv, type RoundTripEnv } from "./import-roundtrip.js";

const RUNS = Number(process.env.MAILDNS_ROUNDTRIP_RUNS ?? 200);
const PART = 50;
let env: RoundTripEnv;

beforeAll(async () => {
  env = await startRoundTripEnv();
});
afterAll(async () => {
  await env.server.close();
});

test(`seed ${ROUNDTRIP_SEED}: the fast tier's other cases of its first ${FAST_RUNS} round-trip`, async () => {
  const chosen = await coveringCases(ROUNDTRIP_SEED, FAST_RUNS);
  expect(await checkRoundTrip(env, ROUNDTRIP_SEED, FAST_RUNS, (i) => !chosen.has(i))).toBe(FAST_RUNS - chosen.size);
}, 1_800_000);

const parts = Array.from({ length: Math.ceil(RUNS / PART) }, (_, i) => [ROUNDTRIP_SEED + 1 + i, Math.min(PART, RUNS - i * PART)] as const);

test.each(parts)("seed %i: %i cases round-trip", async (seed, runs) => {
  expect(await checkRoundTrip(env, seed, runs)).toBe(runs);
}, 1_800_000);
