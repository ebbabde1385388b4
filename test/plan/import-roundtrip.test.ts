// import → lint → plan (and audit) as a property over generated mail zones, through the CLI against a
// loopback DNS server and the same zones as files (import-roundtrip.ts says what is generated and what
// must hold). 25 cases of one to three domains here; import-roundtrip.slow.test.ts runs more.
import { afterAll, beforeAll, expect, test } from "vitest";
import { checkRoundTrip, ROUNDTRIP_SEED, startRoundTripEnv, type RoundTripEnv } from "./import-roundtrip.js";

const RUNS = 25;
let env: RoundTripEnv;

beforeAll(async () => {
  env = await startRoundTripEnv();
});
afterAll(async () => {
  await env.server.close();
});

test(`import writes each zone as it is, and plan against it shows no change (seed ${ROUNDTRIP_SEED}, ${RUNS} cases)`, async () => {
  expect(await checkRoundTrip(env, ROUNDTRIP_SEED, RUNS)).toBe(RUNS);
}, 600_000);
