// How many domains `audit` and `import` check side by side. Over DNS, enough to keep the question slots
// busy; from zone files alone every answer comes from memory at once, so a second domain in flight would
// overlap no waiting and only keep its half-done work alive for the garbage collector to copy.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { openObservation, type Observation } from "../../src/plan/observation.js";
import { domainsInFlight, mapConcurrent } from "../../src/plan/pool.js";

const dir = mkdtempSync(join(tmpdir(), "maildns-in-flight-"));
const zoneFile = join(dir, "example.com.zone");
writeFileSync(zoneFile, "example.com. 3600 IN SOA ns1.example.com. hostmaster.example.com. 1 86400 3600 3600000 300\nexample.com. 3600 IN MX 10 mx.example.com.\n");
const opened: Observation[] = [];

async function observation(values: Parameters<typeof openObservation>[0]): Promise<Observation> {
  const o = await openObservation(values, { cwd: dir });
  opened.push(o);
  return o;
}

afterAll(() => {
  for (const o of opened) o.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("domains in flight", () => {
  test("zone files alone: one domain at a time, whatever --concurrency says", async () => {
    expect((await observation({ zone: [zoneFile] })).domainsInFlight).toBe(1);
    expect((await observation({ zone: [zoneFile], concurrency: "256" })).domainsInFlight).toBe(1);
  });

  test("zone files with a resolver to fall back on: as over DNS (a name outside the zones waits for its reply)", async () => {
    expect((await observation({ zone: [zoneFile], resolver: ["127.0.0.1:53"] })).domainsInFlight).toBe(32);
    expect((await observation({ zone: [zoneFile], resolver: ["127.0.0.1:53"], concurrency: "200" })).domainsInFlight).toBe(100);
  });

  test("DNS: half as many domains as questions in flight, at least 8", async () => {
    expect((await observation({ resolver: ["127.0.0.1:53"] })).domainsInFlight).toBe(32);
    expect((await observation({ resolver: ["127.0.0.1:53"], concurrency: "4" })).domainsInFlight).toBe(8);
    expect(domainsInFlight(64)).toBe(32);
    expect(domainsInFlight(64, "memory")).toBe(1);
  });
});

describe("work that never waits still lets the event loop turn", () => {
  test("a signal handler, a timer or a thread's reply runs during the run, not after its last item", async () => {
    // Each item takes 5 ms of the main thread and settles without waiting, as an answer from zone files does.
    const busy = async (i: number) => {
      const until = performance.now() + 5;
      while (performance.now() < until);
      return i;
    };
    let doneWhenTurned: number | null = null;
    let done = 0;
    setImmediate(() => {
      doneWhenTurned = done;
    });
    const results = await mapConcurrent(Array.from({ length: 40 }, (_, i) => i), 1, busy, (n) => {
      done = n;
    });
    expect(results).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(doneWhenTurned).not.toBeNull();
    expect(doneWhenTurned!).toBeLessThan(40);
  });
});
