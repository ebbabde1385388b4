// `--authoritative` asks each zone's own name servers so that an answer right after an apply is the zone's,
// not one a cache kept. A listed name server that does not serve the zone (a lame delegation, a resolver
// standing in for it) answers from its cache with AA clear: that answer is not the zone's, and plan must not
// compare the files with it.
import type { Answer } from "dns-packet";
import { afterAll, describe, expect, test } from "vitest";
import { openObservation, type Observation } from "../../src/plan/observation.js";
import { ANSWER_WITHIN_MS, hostileDnsSuite, replyTo, soaOf, type HostileQuery } from "../helpers/hostile-dns.js";

/** Whether the zone's server holds the zone (AA set) or answers from a cache (AA clear, RA set). */
let holdsZone = true;
const opened: Observation[] = [];

const rr = (name: string, type: string, data: unknown): Answer => ({ name, type, ttl: 60, class: "IN", data }) as Answer;

function answer(q: HostileQuery) {
  // The same loopback server is the resolver that finds the zone's servers and the zone's only server.
  if (q.type === "NS" && q.name === "example.com") return replyTo(q, { answers: [rr("example.com", "NS", "ns.example.com")] });
  if (q.type === "A" && q.name === "ns.example.com") return replyTo(q, { answers: [rr("ns.example.com", "A", "127.0.0.1")] });
  if (q.name === "example.com" && q.type === "TXT") {
    return holdsZone
      ? replyTo(q, { answers: [rr("example.com", "TXT", ["v=spf1 include:new.example -all"])] })
      : replyTo(q, { aa: false, ra: true, answers: [rr("example.com", "TXT", ["v=spf1 include:old.example -all"])] });
  }
  return replyTo(q, { authorities: [soaOf("example.com")] });
}

const hostile = hostileDnsSuite();
hostile.answer = (q) => ({ kind: "bytes", bytes: answer(q) });
afterAll(() => {
  for (const o of opened) o.close();
});

async function zoneTxt() {
  const observation = await openObservation({ resolver: [`127.0.0.1:${hostile.server.port}`], authoritative: true, timeout: String(ANSWER_WITHIN_MS), retries: "0" }, { cwd: process.cwd() }, { authoritativePort: hostile.server.port });
  opened.push(observation);
  return (await observation.sourceFor("example.com")).lookup("example.com", "TXT");
}

describe("--authoritative", () => {
  test("the zone's server answers with AA set: its records are read", async () => {
    holdsZone = true;
    expect(await zoneTxt()).toMatchObject({ status: "ok", values: ["v=spf1 include:new.example -all"] });
  });

  test("a name server answering from a cache (AA clear) is a failed lookup that says so, not the zone's records", async () => {
    holdsZone = false;
    expect(await zoneTxt()).toMatchObject({
      status: "failed",
      values: [],
      failure: { reason: "refused", detail: "the server is not authoritative for example.com (AA clear): its answer may come from a cache, not the zone (--authoritative) (after 1 attempt)" },
    });
  });
});
