// The import round trip of import-roundtrip.test.ts on more cases, from other seeds (MAILDNS_ROUNDTRIP_RUNS,
// default 200, in parts of 50 so a failure names its seed).
import { afterAll, beforeAll, expect, test } from "vitest";
import { checkRoundTrip, ROUNDTRIP_SEED, startRoundTripEnv, type RoundTripEnv } from "./import-roundtrip.js";

const RUNS = Number(process.env.MAILDNS_ROUNDTRIP_RUNS ?? 200);
const PART = 50;
let env: RoundTripEnv;

beforeAll(async () => {
  env = await startRoundTripEnv();
});
afterAll(async () => {
  await env.server.close();
});

const parts = Array.from({ length: Math.ceil(RUNS / PART) }, (_, i) => [ROUNDTRIP_SEED + 1 + i, Math.min(PART, RUNS - i * PART)] as const);

test.each(parts)("seed %i: %i cases round-trip", async (seed, runs) => {
  expect(await checkRoundTrip(env, seed, runs)).toBe(runs);
}, 1_800_000);
