// observedDomainValue: what `import` writes and `audit` lints from an observation.
import { expect, test } from "vitest";
import { parseZoneFile } from "../../src/dns/zone-file.js";
import { ZoneIndex } from "../../src/dns/zone-index.js";
import { createZoneSource } from "../../src/dns/index.js";
import { auditTargets } from "../../src/plan/audit.js";
import { observeDomain } from "../../src/plan/observe.js";
import { observedDomainValue } from "../../src/plan/observed-model.js";

const ZONE = [
  "$TTL 300",
  "@ IN SOA ns.parked.test. hostmaster.parked.test. 1 7200 3600 1209600 300",
  "@ IN NS ns.parked.test.",
  "@ IN MX 0 .",
  '@ IN TXT "v=spf1 -all"',
  '_dmarc IN TXT "v=DMARC1; p=reject"',
  '*._domainkey 86400 IN TXT "v=DKIM1; p="',
].join("\n");

test("the file's default TTL is chosen from the records it holds, not from probed names a wildcard selector answered", async () => {
  const parsed = parseZoneFile(ZONE, { origin: "parked.test" });
  expect(parsed.errors).toEqual([]);
  const index = new ZoneIndex([], ["parked.test"]);
  index.add(parsed.records);
  // Over DNS the common selector names are probed: each gets the wildcard's answer (86400), and so does
  // the name no selector can have, which keeps the wildcard once, as selector `*`.
  const observation = await observeDomain(createZoneSource(index), auditTargets("parked.test", [], { probe: true }));
  expect(observation.rrsets.filter((r) => r.role === "dkim" && r.state === "present").length).toBeGreaterThan(3);
  const value = observedDomainValue(observation);
  expect(value.ttl).toBe(300);
  expect(value.dkim).toEqual({ selectors: [{ name: "*", record: "v=DKIM1; p=", active: false, ttl: 86400 }] });
  expect(value.spf).toBe("v=spf1 -all");
});
