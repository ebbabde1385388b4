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

/** The value observed over DNS from a zone of `origin` (selectors not probed). */
async function observedValue(origin: string, lines: readonly string[], options: { mailDomain?: boolean } = {}): Promise<Record<string, unknown>> {
  const parsed = parseZoneFile([`$TTL 300`, `@ IN SOA ns.${origin}. hostmaster.${origin}. 1 7200 3600 1209600 300`, `@ IN NS ns.${origin}.`, ...lines].join("\n"), { origin });
  expect(parsed.errors).toEqual([]);
  const index = new ZoneIndex([], [origin]);
  index.add(parsed.records);
  return observedDomainValue(await observeDomain(createZoneSource(index), auditTargets(origin, [])), options);
}

// Found on real domains audited over DNS (a parked domain, a web-only one): with no MX published, the
// domain was taken as receiving mail, and mx-missing called it broken, which nothing published says.
test("a domain publishing no MX and an SPF record that authorises nobody is parked: it neither sends nor receives", async () => {
  const value = await observedValue("parked-nomx.test", ['@ IN TXT "v=spf1 -all"', '_dmarc IN TXT "v=DMARC1; p=reject"']);
  expect(value.mail).toEqual({ provider: "none" });
  expect(value.mx).toBeUndefined();
});

test("the SPF record is read as receivers read it: any letter case, runs of spaces and an exp= explanation still authorise nobody", async () => {
  // Parked domains' records often explain the failure (RFC 7208 §6.2): `exp=` authorises no sender.
  for (const [record, parked] of [
    ["v=spf1 -all exp=explain._spf.%{d}", true],
    ["V=SPF1  -ALL", true],
    ["v=spf1 -all unknown-modifier=x", true],
    ["v=spf1 ~all", false],
    ["v=spf1 ?all exp=explain._spf.%{d}", false],
    ["v=spf1 ip4:192.0.2.1 -all", false],
    ["v=spf1 -all redirect=_spf.provider.test", false],
    // Not a record receivers read (§4.5: v=spf1 then a space): no statement that the domain sends nothing.
    ["v=spf1\t-all", false],
  ] as const) {
    // A zone file writes a tab as \009 (RFC 1035 §5.1).
    const value = await observedValue("parked-exp.test", [`@ IN TXT ${JSON.stringify(record).replace("\\t", "\\009")}`]);
    expect(value.spf, record).toBe(record);
    expect(value.mail, record).toEqual(parked ? { provider: "none" } : { provider: "external", receives: false });
  }
});

test("a domain publishing no MX but authorising senders sends mail, and is not taken to receive any (RFC 5321 §5.1 implicit MX)", async () => {
  const value = await observedValue("web-only.test", ['@ IN TXT "v=spf1 include:_spf.provider.test -all"', "@ IN A 192.0.2.80"]);
  expect(value.mail).toEqual({ provider: "external", receives: false });
});

test("a domain publishing MX records still receives, and an SPF record alone does not change that", async () => {
  const value = await observedValue("mx.test", ["@ IN MX 10 mx.mx.test.", '@ IN TXT "v=spf1 -all"']);
  expect(value.mail).toEqual({ provider: "external" });
});

test("for a domain known to take mail (doctor checks one of its mailboxes), publishing no MX is still a missing MX", async () => {
  const value = await observedValue("mailbox-nomx.test", ['@ IN TXT "v=spf1 -all"'], { mailDomain: true });
  expect(value.mail).toEqual({ provider: "external" });
});
