// The safety gates over provider-neutral records (the plan, the Action and the Pulumi program share them),
// then the program's enforcement under Pulumi's mocks.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { desiredSlotRecords, type SlotRecord } from "../../src/model/slots.js";
import { zoneOperations, type LiveSlotRecord, type Operation } from "../../src/model/operations.js";
import { dmarcStrength, evaluateGates, spfAllStrength, spfIncludes, type GateId } from "../../src/plan/safety.js";
import { ovhProvider } from "../../src/providers/ovh/index.js";
import { defineMailDns } from "../../src/pulumi/program.js";
import { domainModel, fakeLint, OVH_MX, type DomainSpec } from "../pulumi/fixtures.js";
import { captureLog, settled, useMocks } from "../pulumi/mocks.js";

const base: DomainSpec = {
  domain: "example.com",
  spf: "v=spf1 include:mx.ovh.com include:servers.mcsv.net -all",
  dmarc: "v=DMARC1; p=reject; rua=mailto:dmarc@example.com",
  dkim: [
    { name: "ovhmo1-selector1", cname: "ovhmo1-selector1._domainkey.1.aa.dkim.mail.ovh.net." },
    { name: "ovhmo1-selector2", cname: "ovhmo1-selector2._domainkey.1.aa.dkim.mail.ovh.net." },
  ],
};

/** The zone as a host would serve it after `spec` was applied. */
function liveOf(spec: DomainSpec): LiveSlotRecord[] {
  return desiredSlotRecords(domainModel(spec)).map((r, i) => ({ key: String(100 + i), name: r.name, subdomain: r.subdomain, type: r.type, value: r.value, ttl: r.ttl }));
}

function verdicts(desired: DomainSpec, live = liveOf(base), operations?: Operation[]) {
  const wanted = desiredSlotRecords(domainModel(desired));
  return evaluateGates({ domain: "example.com", live, desired: wanted, operations: operations ?? zoneOperations(live, wanted) });
}

function tripped(desired: DomainSpec, live = liveOf(base)): GateId[] {
  return verdicts(desired, live).filter((g) => g.tripped).map((g) => g.id);
}

describe("evaluateGates (pure)", () => {
  it("gives every gate a verdict, and passes an unchanged zone and a first adoption", () => {
    const all = verdicts(base);
    expect(all.map((g) => [g.id, g.name, g.tripped, g.allowed, g.reason])).toEqual([
      ["delete-all-mx", "example.com", false, false, null],
      ["duplicate-policy-record", "example.com", false, false, null],
      ["large-change", "example.com", false, false, null],
      ["loosen-dmarc", "_dmarc.example.com", false, false, null],
      ["loosen-spf", "example.com", false, false, null],
      ["remove-dkim-selector", "example.com", false, false, null],
      ["remove-spf-include", "example.com", false, false, null],
    ]);
    expect(tripped(base, [])).toEqual([]);
  });

  it("delete-all-mx: no MX left, or only a null MX", () => {
    expect(tripped({ ...base, mx: null })).toContain("delete-all-mx");
    expect(tripped({ ...base, mx: [{ host: ".", priority: 0 }] })).toContain("delete-all-mx");
    expect(tripped({ ...base, mx: OVH_MX.slice(0, 1) })).not.toContain("delete-all-mx");
  });

  it("loosen-dmarc: lower p, lower sp, lower pct, test mode, removal", () => {
    expect(tripped({ ...base, dmarc: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com" })).toEqual(["loosen-dmarc"]);
    expect(tripped({ ...base, dmarc: "v=DMARC1; p=reject; sp=none; rua=mailto:dmarc@example.com" })).toEqual(["loosen-dmarc"]);
    expect(tripped({ ...base, dmarc: "v=DMARC1; p=reject; pct=50; rua=mailto:dmarc@example.com" })).toEqual(["loosen-dmarc"]);
    expect(tripped({ ...base, dmarc: "v=DMARC1; p=reject; t=y; rua=mailto:dmarc@example.com" })).toEqual(["loosen-dmarc"]);
    expect(tripped({ ...base, dmarc: null })).toEqual(["loosen-dmarc"]);
    expect(tripped({ ...base, dmarc: "v=DMARC1; p=reject; rua=mailto:reports@example.com" })).toEqual([]);
    const quarantine50 = liveOf({ ...base, dmarc: "v=DMARC1; p=quarantine; pct=50" });
    expect(tripped({ ...base, dmarc: "v=DMARC1; p=quarantine; pct=100" }, quarantine50)).toEqual([]);
    expect(tripped({ ...base, dmarc: "v=DMARC1; p=quarantine; pct=10" }, quarantine50)).toEqual(["loosen-dmarc"]);
  });

  it("loosen-dmarc reads the record written as receivers do: a tag written twice, an invalid sp= or np=, no v=DMARC1 first apply no policy", () => {
    // The live record is p=reject; each of these reads as p=reject at a glance, and receivers apply nothing from it.
    const why: Record<string, string> = {
      "v=DMARC1; p=none; p=reject; rua=mailto:dmarc@example.com": "its p= tag is written twice, which makes the whole record invalid (RFC 6376 §3.2)",
      "v=DMARC1; p=reject; p=reject; rua=mailto:dmarc@example.com": "its p= tag is written twice, which makes the whole record invalid (RFC 6376 §3.2)",
      "v=DMARC1; p=reject; sp=reject; SP=none; rua=mailto:dmarc@example.com": "its sp= tag is written twice, which makes the whole record invalid (RFC 6376 §3.2)",
      "v=DMARC1; p=reject; sp=rejected; rua=mailto:dmarc@example.com": "its sp= or np= is not valid",
      "v=DMARC1; p=reject; np=rejct; rua=mailto:dmarc@example.com": "its sp= or np= is not valid",
      "p=reject; v=DMARC1; rua=mailto:dmarc@example.com": "it does not start with v=DMARC1",
    };
    for (const [dmarc, reason] of Object.entries(why)) {
      expect(verdicts({ ...base, dmarc }).filter((g) => g.tripped).map((g) => [g.id, g.reason]), dmarc).toEqual([
        ["loosen-dmarc", `example.com: this update loosens DMARC: it writes a DMARC record from which receivers apply no policy, as ${reason}`],
      ]);
    }
    // Spellings receivers read alike stay as strict as they look.
    expect(tripped({ ...base, dmarc: "v = DMARC1 ;P = Reject; rua=mailto:dmarc@example.com" })).toEqual([]);
    expect(tripped({ ...base, dmarc: "v=DMARC1; p=reject; sp=REJECT; np=reject; rua=mailto:dmarc@example.com" })).toEqual([]);
  });

  it("loosen-spf: ip4:/ip6: networks that let every address of a family pass are +all, whatever the all after them", () => {
    const reason = (spf: string, live = liveOf(base)) => verdicts({ ...base, spf }, live).filter((g) => g.id === "loosen-spf" && g.tripped).map((g) => g.reason);
    const wide = (terms: string) => `v=spf1 include:mx.ovh.com include:servers.mcsv.net ${terms} -all`;
    expect(reason(wide("ip4:0.0.0.0/0"))).toEqual([
      "example.com: this update loosens SPF from -all: it authorises every IPv4 address (ip4:0.0.0.0/0), as +all does: every host on the Internet may then send mail as example.com",
    ]);
    expect(reason(wide("+ip4:0.0.0.0/1 ip4:128.0.0.0/1"))).toEqual([
      "example.com: this update loosens SPF from -all: it authorises every IPv4 address (+ip4:0.0.0.0/1 ip4:128.0.0.0/1), as +all does: every host on the Internet may then send mail as example.com",
    ]);
    expect(reason(wide("IP6:::/0"))).toEqual([
      "example.com: this update loosens SPF from -all: it authorises every IPv6 address (IP6:::/0), as +all does: every host on the Internet may then send mail as example.com",
    ]);
    // A zone with no SPF record yet: published so, it trips as +all does.
    expect(reason(wide("ip4:0.0.0.0/0"), liveOf({ ...base, spf: null }))).toEqual([
      "example.com: this update publishes an SPF record that authorises every IPv4 address (ip4:0.0.0.0/0), as +all does: every host on the Internet may then send mail as example.com",
    ]);
    // a/0 and mx/0 match every address as soon as the name has one (RFC 7208 §5.3, §5.4).
    expect(reason(wide("a/0"))).toEqual([
      "example.com: this update loosens SPF from -all: it authorises every IPv4 address (a/0), as +all does: every host on the Internet may then send mail as example.com",
    ]);
    expect(reason(wide("mx:example.net/32//0"))).toEqual([
      "example.com: this update loosens SPF from -all: it authorises every IPv6 address (mx:example.net/32//0), as +all does: every host on the Internet may then send mail as example.com",
    ]);
    expect(reason(wide("a/24 mx//64"))).toEqual([]);
    // A whole family given softfail or neutral is ~all or ?all for it.
    expect(reason(wide("~ip4:0.0.0.0/0"))).toEqual([
      "example.com: this update loosens SPF from -all to ~all for every IPv4 address (~ip4:0.0.0.0/0): mail from hosts the record does not list is then no longer refused",
    ]);
    // Not a whole family: half of it, one failing, or past the all (never evaluated, RFC 7208 §5.1).
    expect(reason(wide("ip4:0.0.0.0/1"))).toEqual([]);
    expect(reason(wide("-ip4:0.0.0.0/0"))).toEqual([]);
    expect(reason("v=spf1 include:mx.ovh.com include:servers.mcsv.net -all ip4:0.0.0.0/0")).toEqual([]);
    expect(reason(wide("ip4:192.0.2.0/24 ip6:2001:db8::/32"))).toEqual([]);
    // Already so live: nothing loosens.
    expect(reason(wide("ip4:0.0.0.0/0"), liveOf({ ...base, spf: wide("ip4:0.0.0.0/0") }))).toEqual([]);
  });

  it("loosen-dmarc for a `_dmarc` CNAME: judged on what the target publishes; unread (the Pulumi program, adopt) still trips", () => {
    const live = liveOf(base);
    const alias: SlotRecord = { name: "_dmarc.example.com", subdomain: "_dmarc", type: "CNAME", value: "example._dmarc.provider.example.", ttl: 3600, slot: "cname:_dmarc", role: "cname", file: null, path: [] };
    const wanted = [...desiredSlotRecords(domainModel({ ...base, dmarc: null })), alias];
    const gate = (delegatedDmarc?: { target: string; texts: string[] | null }) =>
      evaluateGates({ domain: "example.com", live, desired: wanted, operations: zoneOperations(live, wanted), ...(delegatedDmarc ? { delegatedDmarc } : {}) }).find((g) => g.id === "loosen-dmarc")!;
    const unread = "example.com: this update delegates DMARC to example._dmarc.provider.example (a CNAME), whose policy could not be read: whether it is as strict as the current p=reject is unknown";
    expect(gate().reason).toBe(unread);
    expect(gate({ target: "example._dmarc.provider.example.", texts: null }).reason).toBe(unread);
    // Read for another name: not what this alias leads to.
    expect(gate({ target: "other.provider.example.", texts: ["v=DMARC1; p=reject"] }).reason).toBe(unread);
    expect(gate({ target: "example._dmarc.provider.example.", texts: ["v=DMARC1; p=reject; rua=mailto:agg@provider.example"] }).tripped).toBe(false);
    expect(gate({ target: "Example._dmarc.provider.example", texts: ["v=DMARC1; p=reject"] }).tripped).toBe(false);
    expect(gate({ target: "example._dmarc.provider.example.", texts: ["v=DMARC1; p=reject", "v=DMARC1; p=reject"] }).reason).toBe(
      "example.com: this update delegates DMARC to example._dmarc.provider.example (a CNAME), which publishes 2 DMARC records: receivers then apply no DMARC policy",
    );
    expect(gate({ target: "example._dmarc.provider.example.", texts: ["v=DMARC1; p=block"] }).reason).toBe(
      "example.com: this update delegates DMARC to example._dmarc.provider.example (a CNAME), whose record has no valid p= tag: receivers then apply no DMARC policy",
    );
    expect(gate({ target: "example._dmarc.provider.example.", texts: ["v=DMARC1; p=reject; sp=rejct"] }).reason).toBe(
      "example.com: this update delegates DMARC to example._dmarc.provider.example (a CNAME), whose record applies no policy (its sp= or np= is not valid): receivers then apply no DMARC policy",
    );
    // An edited record is judged on np too (RFC 9989 §4.7), as a delegated one is.
    expect(verdicts({ ...base, dmarc: "v=DMARC1; p=reject; np=none; rua=mailto:dmarc@example.com" }).find((g) => g.id === "loosen-dmarc")?.reason).toBe(
      "example.com: this update loosens DMARC: it lowers np=reject to np=none",
    );
    expect(tripped({ ...base, dmarc: "v=DMARC1; p=reject; np=reject; rua=mailto:dmarc@example.com" })).toEqual([]);
  });

  it("loosen-dmarc when the live `_dmarc` is a CNAME: the live target's record is the before; unread (the Pulumi program, adopt) trips", () => {
    const aliasTo = (target: string): SlotRecord => ({ name: "_dmarc.example.com", subdomain: "_dmarc", type: "CNAME", value: `${target}.`, ttl: 3600, slot: "cname:_dmarc", role: "cname", file: null, path: [] });
    const OLD = "old._dmarc.provider.example";
    const NEW = "new._dmarc.provider.example";
    const withoutDmarc = desiredSlotRecords(domainModel({ ...base, dmarc: null }));
    const liveAlias: LiveSlotRecord = { key: "200", ...aliasTo(OLD) };
    // The host's listing holds the CNAME (the Pulumi program, adopt) ...
    const live = [...liveOf({ ...base, dmarc: null }), liveAlias];
    type Read = { target: string; texts: string[] | null };
    const gate = (wanted: SlotRecord[], reads: { before?: Read; after?: Read } = {}, liveRecords = live) =>
      evaluateGates({
        domain: "example.com",
        live: liveRecords,
        desired: wanted,
        operations: zoneOperations(liveRecords, wanted),
        ...(reads.before ? { liveDelegatedDmarc: reads.before } : {}),
        ...(reads.after ? { delegatedDmarc: reads.after } : {}),
      }).find((g) => g.id === "loosen-dmarc")!;
    const own = (dmarc: string) => desiredSlotRecords(domainModel({ ...base, dmarc }));
    const reject: Read = { target: OLD, texts: ["v=DMARC1; p=reject; sp=reject; np=reject"] };

    // Un-delegation: a record of its own in place of the alias, judged against the alias target's record.
    expect(gate(own("v=DMARC1; p=quarantine"), { before: reject }).reason).toBe(
      `example.com: this update replaces the DMARC alias to ${OLD} (a CNAME) with a record of its own, which is looser: it lowers p=reject to p=quarantine`,
    );
    expect(gate(own("v=DMARC1; p=reject; sp=none"), { before: reject }).reason).toBe(
      `example.com: this update replaces the DMARC alias to ${OLD} (a CNAME) with a record of its own, which is looser: it lowers sp=reject to sp=none`,
    );
    expect(gate(own("v=DMARC1; p=reject; np=quarantine"), { before: reject }).reason).toBe(
      `example.com: this update replaces the DMARC alias to ${OLD} (a CNAME) with a record of its own, which is looser: it lowers np=reject to np=quarantine`,
    );
    expect(gate(own("v=DMARC1; p=reject"), { before: reject }).tripped).toBe(false);
    // Unread (no DNS asked, a failed lookup, or read for another name): trips, saying why.
    const unread = `example.com: this update replaces the DMARC alias to ${OLD} (a CNAME) with a record of its own, but the policy at ${OLD}, which receivers apply now, could not be read: whether the change loosens DMARC is unknown`;
    expect(gate(own("v=DMARC1; p=reject")).reason).toBe(unread);
    expect(gate(own("v=DMARC1; p=reject"), { before: { target: OLD, texts: null } }).reason).toBe(unread);
    expect(gate(own("v=DMARC1; p=reject"), { before: { target: NEW, texts: ["v=DMARC1; p=none"] } }).reason).toBe(unread);
    // A live target with no record, or two: receivers apply none today, so nothing loosens.
    expect(gate(own("v=DMARC1; p=none"), { before: { target: OLD, texts: [] } }).tripped).toBe(false);
    expect(gate(own("v=DMARC1; p=none"), { before: { target: OLD, texts: ["v=DMARC1; p=reject", "v=DMARC1; p=reject"] } }).tripped).toBe(false);

    // One alias for another: both targets' records are compared.
    expect(gate([...withoutDmarc, aliasTo(NEW)], { before: reject, after: { target: NEW, texts: ["v=DMARC1; p=reject; sp=reject; np=none"] } }).reason).toBe(
      `example.com: this update moves the DMARC alias from ${OLD} to ${NEW}, whose policy is looser: it lowers np=reject to np=none`,
    );
    expect(gate([...withoutDmarc, aliasTo(NEW)], { before: reject, after: { target: NEW, texts: ["v=DMARC1; p=reject; sp=reject; np=reject"] } }).tripped).toBe(false);
    expect(gate([...withoutDmarc, aliasTo(NEW)], { before: reject }).reason).toBe(
      `example.com: this update moves the DMARC alias from ${OLD} to ${NEW}, whose policy could not be read: whether it is as strict as the current p=reject (at ${OLD}) is unknown`,
    );
    expect(gate([...withoutDmarc, aliasTo(NEW)], { after: { target: NEW, texts: ["v=DMARC1; p=reject"] } }).reason).toBe(
      `example.com: this update moves the DMARC alias from ${OLD} to ${NEW}, but the policy at ${OLD}, which receivers apply now, could not be read: whether the change loosens DMARC is unknown`,
    );
    // The same alias on both sides: nothing receivers read changes, nothing is asked.
    expect(gate([...withoutDmarc, aliasTo(OLD)]).tripped).toBe(false);
    // The alias removed with nothing in its place.
    expect(gate(withoutDmarc, { before: reject }).reason).toBe(
      `example.com: this update removes the DMARC alias to ${OLD} (a CNAME), whose record receivers apply today (p=reject): receivers then apply no DMARC policy`,
    );

    // ... `plan` sees it beside the managed records and passes what it leads to: the same verdicts.
    const planLive = liveOf({ ...base, dmarc: null });
    expect(gate(own("v=DMARC1; p=none"), { before: reject }, planLive).reason).toBe(
      `example.com: this update replaces the DMARC alias to ${OLD} (a CNAME) with a record of its own, which is looser: it lowers p=reject to p=none`,
    );
    // An alias `plan` saw that the file does not manage stays as it is: nothing to judge.
    expect(gate(withoutDmarc, { before: reject }, planLive).tripped).toBe(false);
  });

  it("loosen-spf: -all to ~all or ?all, all removed, +all added; tightening passes", () => {
    const loose = (spf: string) => verdicts({ ...base, spf }).find((g) => g.id === "loosen-spf")!;
    expect(loose("v=spf1 include:mx.ovh.com include:servers.mcsv.net ~all").reason).toBe(
      "example.com: this update loosens SPF from -all to ~all: mail from hosts the record does not list is then no longer refused",
    );
    expect(loose("v=spf1 include:mx.ovh.com include:servers.mcsv.net ?all").tripped).toBe(true);
    expect(loose("v=spf1 include:mx.ovh.com include:servers.mcsv.net").reason).toContain("from -all to ?all");
    expect(loose("v=spf1 include:mx.ovh.com include:servers.mcsv.net +all").reason).toBe(
      "example.com: this update loosens SPF from -all to +all: every host on the Internet may then send mail as example.com",
    );
    expect(loose("v=spf1 include:mx.ovh.com include:servers.mcsv.net -all").tripped).toBe(false);
    const soft = liveOf({ ...base, spf: "v=spf1 include:mx.ovh.com include:servers.mcsv.net ~all" });
    expect(tripped(base, soft)).toEqual([]);
    // +all published where there was no SPF record at all.
    const none = liveOf({ ...base, spf: null });
    expect(tripped({ ...base, spf: "v=spf1 +all" }, none)).toContain("loosen-spf");
    expect(spfAllStrength("v=spf1 redirect=_spf.example.net")).toBeNull();
  });

  it("remove-spf-include: an include (or redirect) that disappears", () => {
    expect(tripped({ ...base, spf: "v=spf1 include:mx.ovh.com -all" })).toEqual(["remove-spf-include"]);
    expect(tripped({ ...base, spf: "v=spf1 include:MX.OVH.COM. include:servers.mcsv.net include:_spf.example.net -all" })).toEqual([]);
    expect(tripped({ ...base, spf: null })).toEqual(["loosen-spf", "remove-spf-include"]);
  });

  it("a gate's reason quotes a live value's bidi controls and zero-width characters as U+XXXX (the plan's JSON carried them raw: CVE-2021-42574)", () => {
    const live = liveOf({ ...base, spf: "v=spf1 include:mx.ovh.com include:a\u202eb.example\u200b -all" });
    const gate = verdicts(base, live).find((g) => g.id === "remove-spf-include")!;
    expect(gate.reason).toBe("example.com: this update removes SPF include aU+202Eb.exampleU+200B; mail from that sender then fails SPF");
  });

  it("loosen-spf: the SPF record removed entirely leaves receivers with none (RFC 7208 §2.6.1)", () => {
    const removed = (liveSpf: string | null) => verdicts({ ...base, spf: null }, liveOf({ ...base, spf: liveSpf })).find((g) => g.id === "loosen-spf")!;
    expect(removed("v=spf1 mx -all").reason).toBe(
      'example.com: this update removes the SPF record "v=spf1 mx -all" (-all): receivers then find no SPF record (result none, RFC 7208 §2.6.1), and mail from hosts it does not list is no longer refused',
    );
    expect(removed("v=spf1 mx ~all").reason).toContain("is no longer marked");
    expect(removed("v=spf1 redirect=_spf.example.net").reason).toBe(
      'example.com: this update removes the SPF record "v=spf1 redirect=_spf.example.net", whose policy its redirect= target decides: receivers then find no SPF record (result none, RFC 7208 §2.6.1) and apply no SPF policy',
    );
    // neutral and none are treated alike (RFC 7208 §8.2), and +all refused nothing: no loosening.
    expect(removed("v=spf1 mx ?all").tripped).toBe(false);
    expect(removed("v=spf1 mx").tripped).toBe(false);
    expect(removed("v=spf1 +all").tripped).toBe(false);
    // An apex whose live SPF was already absent stays silent.
    expect(removed(null).tripped).toBe(false);
  });

  it("loosen-dmarc: the DMARC record removed (not delegated) trips, naming what is removed", () => {
    const gate = verdicts({ ...base, dmarc: null }).find((g) => g.id === "loosen-dmarc")!;
    expect(gate.reason).toBe("example.com: this update loosens DMARC: it removes the DMARC record");
    expect(verdicts({ ...base, dmarc: null }, liveOf({ ...base, dmarc: null })).find((g) => g.id === "loosen-dmarc")!.tripped).toBe(false);
  });

  it("remove-dkim-selector: a live selector the file no longer has, one verdict per selector", () => {
    const gates = verdicts({ ...base, dkim: [] }).filter((g) => g.id === "remove-dkim-selector");
    expect(gates.map((g) => [g.name, g.tripped])).toEqual([
      ["ovhmo1-selector1._domainkey.example.com", true],
      ["ovhmo1-selector2._domainkey.example.com", true],
    ]);
    expect(gates[0]!.reason).toBe(
      "example.com: this update deletes DKIM selector ovhmo1-selector1 (ovhmo1-selector1._domainkey.example.com); mail signed with it and still in transit or re-verified later fails DKIM (keep an old selector at least 7 days after a rotation)",
    );
    expect(tripped({ ...base, dkim: [{ name: "ovhmo1-selector1", txt: "v=DKIM1; p=QUJD" }, base.dkim![1]!] })).toEqual([]);
  });

  it("large-change: more than 30% of a zone's managed records deleted or modified", () => {
    // 9 managed records; moving 3 MX priorities = 3 in-place updates (33%).
    const moved = OVH_MX.map((mx, i) => (i < 3 ? { ...mx, priority: mx.priority + 1 } : mx));
    expect(tripped({ ...base, mx: moved })).toEqual(["large-change"]);
    const two = OVH_MX.map((mx, i) => (i < 2 ? { ...mx, priority: mx.priority + 1 } : mx));
    expect(tripped({ ...base, mx: two })).toEqual([]);
    expect(tripped({ ...base, ttl: 600 })).toEqual(["large-change"]);
    const small = liveOf({ domain: "example.com", mx: OVH_MX.slice(0, 1), spf: null, dmarc: null });
    expect(tripped({ domain: "example.com", mx: [{ host: "mx1.mail.ovh.net", priority: 5 }], spf: null, dmarc: null }, small)).toEqual([]);
  });

  it("duplicate-policy-record counts DNS names without case (RFC 4343): _DMARC and _dmarc are one name", () => {
    // A host that keeps an owner as it was given (OVH: `_DMARC`) and a provider that hands it on as it is:
    // a create at `_dmarc` beside it is a second DMARC record at one name, whatever the spellings.
    const live = liveOf(base).map((r) => (r.subdomain === "_dmarc" ? { ...r, name: "_DMARC.Example.com", subdomain: "_DMARC" } : r));
    const wanted = desiredSlotRecords(domainModel(base));
    const dmarc = wanted.find((r) => r.slot === "dmarc")!;
    const createBeside: Operation[] = [{ action: "create", phase: "main", slot: "dmarc", before: null, after: dmarc }];
    const duplicate = evaluateGates({ domain: "example.com", live, desired: wanted, operations: createBeside }).find((g) => g.id === "duplicate-policy-record")!;
    expect(duplicate.tripped).toBe(true);
    expect(duplicate.name).toBe("_dmarc.example.com");
    expect(duplicate.reason).toBe(
      'example.com: after step 1 (create TXT _dmarc.example.com "v=DMARC1; p=reject; rua=mailto:dmarc@example.com") _dmarc.example.com would hold 2 v=DMARC1 records; no DMARC policy then applies at all (RFC 7489 §6.6.3)',
    );
  });

  it("duplicate-policy-record compares names as DNS does: escapes read, a final dot and U-labels are one name", () => {
    const wanted = desiredSlotRecords(domainModel(base));
    const dmarc = wanted.find((r) => r.slot === "dmarc")!;
    const createBeside: Operation[] = [{ action: "create", phase: "main", slot: "dmarc", before: null, after: dmarc }];
    const duplicateAt = (name: string) => {
      const live = liveOf(base).map((r) => (r.subdomain === "_dmarc" ? { ...r, name } : r));
      const gate = evaluateGates({ domain: "example.com", live, desired: wanted, operations: createBeside }).find((g) => g.id === "duplicate-policy-record")!;
      return gate.tripped ? gate.name : null;
    };
    // `\095` is "_" (RFC 1035 §5.1), `\065` is "A"; a final dot is the root; each is `_dmarc.example.com`.
    expect(duplicateAt("\\095DMARC.example.com.")).toBe("_dmarc.example.com");
    expect(duplicateAt("\\_dm\\065rc.Example.COM")).toBe("_dmarc.example.com");
    expect(duplicateAt("_DMARC.example.com.")).toBe("_dmarc.example.com");
    // Distinct names stay distinct: a record one label down, or whose label holds an escaped dot.
    expect(duplicateAt("_dmarc.sub.example.com")).toBeNull();
    expect(duplicateAt("_dmarc\\.example.com")).toBeNull();
    // A name in Unicode is its A-label form (RFC 5891 §4).
    const idn = desiredSlotRecords(domainModel({ ...base, domain: "xn--exmple-cua.com" }));
    const idnDmarc = idn.find((r) => r.slot === "dmarc")!;
    const liveIdn = liveOf({ ...base, domain: "xn--exmple-cua.com" }).map((r) => (r.subdomain === "_dmarc" ? { ...r, name: "_DMARC.exämple.com" } : r));
    const idnGate = evaluateGates({ domain: "xn--exmple-cua.com", live: liveIdn, desired: idn, operations: [{ action: "create", phase: "main", slot: "dmarc", before: null, after: idnDmarc }] });
    expect(idnGate.find((g) => g.id === "duplicate-policy-record")).toMatchObject({ tripped: true, name: "_dmarc.xn--exmple-cua.com" });
  });

  it("duplicate-policy-record: any state with two SPF or DMARC records at a name, never allowed", () => {
    const live = liveOf(base);
    const wanted = desiredSlotRecords(domainModel({ ...base, spf: "v=spf1 include:mx.ovh.com include:servers.mcsv.net include:x.example -all" }));
    const spfSlot = wanted.find((r) => r.slot === "spf")!;
    const oldSpf = live.find((r) => r.subdomain === "" && r.type === "TXT")!;
    // An apply that creates the new record before deleting the old one (value-named resources did so).
    const createThenDelete: Operation[] = [
      { action: "create", phase: "main", slot: "spf", before: null, after: spfSlot },
      { action: "delete", phase: "after", slot: "spf", before: oldSpf, after: null, reason: "unwanted" },
    ];
    const gates = evaluateGates({ domain: "example.com", live, desired: wanted, operations: createThenDelete, allow: ["duplicate-policy-record"] });
    const duplicate = gates.find((g) => g.id === "duplicate-policy-record")!;
    expect(duplicate).toEqual({
      id: "duplicate-policy-record",
      domain: "example.com",
      name: "example.com",
      tripped: true,
      allowed: false,
      reason: 'example.com: after step 1 (create TXT example.com "v=spf1 include:mx.ovh.com include:servers.mcsv.net include:x.example -all") example.com would hold 2 v=spf1 records; SPF then fails with permerror (RFC 7208 §3.2)',
    });
    // The slot's own operations edit in place: no such state.
    expect(evaluateGates({ domain: "example.com", live, desired: wanted, operations: zoneOperations(live, wanted) }).find((g) => g.id === "duplicate-policy-record")!.tripped).toBe(false);
    // Two DMARC records live and the file keeps one: the surplus goes first, so no state has two.
    const twoDmarc: LiveSlotRecord[] = [...live, { key: "900", name: "_dmarc.example.com", subdomain: "_dmarc", type: "TXT", value: "v=DMARC1; p=none", ttl: 3600 }];
    const base2 = desiredSlotRecords(domainModel(base));
    const ops = zoneOperations(twoDmarc, base2);
    expect(ops[0]).toMatchObject({ action: "delete", phase: "before", slot: "dmarc", reason: "surplus" });
    expect(evaluateGates({ domain: "example.com", live: twoDmarc, desired: base2, operations: ops }).filter((g) => g.tripped)).toEqual([]);
    // Three DMARC records live: repairable, one deletion at a time, before the write.
    const threeDmarc: LiveSlotRecord[] = [...twoDmarc, { key: "901", name: "_dmarc.example.com", subdomain: "_dmarc", type: "TXT", value: "v=DMARC1; p=quarantine", ttl: 3600 }];
    const three = zoneOperations(threeDmarc, base2);
    expect(evaluateGates({ domain: "example.com", live: threeDmarc, desired: base2, operations: three }).find((g) => g.id === "duplicate-policy-record")!.tripped).toBe(false);
    // An apply that left one of them behind would end with two.
    const leaveOne = three.filter((op) => op.before?.key !== "901");
    expect(evaluateGates({ domain: "example.com", live: threeDmarc, desired: base2, operations: leaveOne }).find((g) => g.id === "duplicate-policy-record")!.reason).toBe(
      "example.com: at the end of the update _dmarc.example.com would hold 2 v=DMARC1 records; no DMARC policy then applies at all (RFC 7489 §6.6.3)",
    );
  });

  it("allowed is true only for a tripped gate the update names", () => {
    const wanted = desiredSlotRecords(domainModel({ ...base, dmarc: "v=DMARC1; p=none" }));
    const live = liveOf(base);
    const gates = evaluateGates({ domain: "example.com", live, desired: wanted, operations: zoneOperations(live, wanted), allow: ["loosen-dmarc", "loosen-spf"] });
    expect(gates.filter((g) => g.allowed).map((g) => g.id)).toEqual(["loosen-dmarc"]);
  });

  it("reads SPF includes and DMARC strength", () => {
    expect(spfIncludes("v=spf1 +include:a.example ~include:B.example. redirect=c.example ip4:192.0.2.1 -all")).toEqual(["a.example", "b.example", "c.example"]);
    expect(dmarcStrength("v=DMARC1; p=quarantine; pct=25")).toEqual({ p: 1, sp: 1, np: 1, pct: 25, testing: false });
    expect(dmarcStrength("v=DMARC1; p=reject; sp=quarantine")).toMatchObject({ p: 2, sp: 1, np: 1 });
    expect(dmarcStrength("v=DMARC1; p=reject; np=none")).toMatchObject({ p: 2, sp: 2, np: 0 });
    expect(dmarcStrength("v=DMARC1; rua=mailto:a@b")).toBeNull();
  });
});

describe("safety gates in the program (mocks)", () => {
  let root: string;
  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), "maildns-safety-"));
    mkdirSync(join(root, "stacks", "test"), { recursive: true });
    // The zone as applied from `base`, every record held by the stack.
    const desired: SlotRecord[] = desiredSlotRecords(domainModel(base));
    const live = desired.map((r, i) => ({ id: String(100 + i), ...ovhProvider.toHost(r, "example.com") })).map(({ id, zone, subdomain, type, target, ttl }) => ({ id, zone, subdomain, type, target, ttl }));
    const stack = live.map((l) => ({ name: `held-${l.id}`, type: "ovh:Domain/zoneRecord:ZoneRecord", id: l.id, importId: `${l.id}.example.com` }));
    writeFileSync(join(root, "stacks", "test", "maildns-adoption.json"), JSON.stringify({ version: 2, provider: "ovh", readAt: "2026-11-20T00:00:00Z", zones: { "example.com": { live } }, stack }));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const cases: { gate: GateId; desired: DomainSpec; text: string; alsoAllow?: GateId[] }[] = [
    { gate: "delete-all-mx", desired: { ...base, mx: null }, text: "example.com: this update removes every MX (1 mx0.mail.ovh.net., 5 mx1.mail.ovh.net., 50 mx2.mail.ovh.net., 100 mx3.mail.ovh.net., 200 mx4.mail.ovh.net.); the domain stops receiving mail [delete-all-mx]" },
    { gate: "loosen-dmarc", desired: { ...base, dmarc: "v=DMARC1; p=none; rua=mailto:dmarc@example.com" }, text: "example.com: this update loosens DMARC: it lowers p=reject to p=none [loosen-dmarc]" },
    { gate: "loosen-spf", desired: { ...base, spf: "v=spf1 include:mx.ovh.com include:servers.mcsv.net ~all" }, text: "example.com: this update loosens SPF from -all to ~all: mail from hosts the record does not list is then no longer refused [loosen-spf]" },
    {
      gate: "loosen-spf",
      desired: { ...base, spf: null },
      text: 'example.com: this update removes the SPF record "v=spf1 include:mx.ovh.com include:servers.mcsv.net -all" (-all): receivers then find no SPF record (result none, RFC 7208 §2.6.1), and mail from hosts it does not list is no longer refused [loosen-spf]',
      alsoAllow: ["remove-spf-include"],
    },
    { gate: "remove-spf-include", desired: { ...base, spf: "v=spf1 include:mx.ovh.com -all" }, text: "example.com: this update removes SPF include servers.mcsv.net; mail from that sender then fails SPF [remove-spf-include]" },
    { gate: "remove-dkim-selector", desired: { ...base, dkim: base.dkim!.slice(0, 1) }, text: "example.com: this update deletes DKIM selector ovhmo1-selector2 (ovhmo1-selector2._domainkey.example.com); mail signed with it and still in transit or re-verified later fails DKIM (keep an old selector at least 7 days after a rotation) [remove-dkim-selector]" },
    { gate: "large-change", desired: { ...base, ttl: 300 }, text: "example.com: this update deletes or modifies 8 of 9 managed records (89% > 30%) [large-change]" },
  ];

  for (const { gate, desired, text, alsoAllow = [] } of cases) {
    it(`${gate}: refuses without the override`, async () => {
      const registered = await useMocks("test");
      const allow = gate === "delete-all-mx" ? ["large-change"] : alsoAllow;
      try {
        await defineMailDns({ stack: "test", root, config: { allow }, lint: fakeLint([domainModel(desired)]), log: captureLog().log });
        expect.unreachable("the update should be refused");
      } catch (error) {
        expect(error).toBeInstanceOf(pulumi.RunError);
        const message = (error as Error).message;
        expect(message).toContain(`  ${text}`);
        expect(message).toContain(`pulumi config set --path 'maildns:allow[0]' ${gate}`);
      }
      expect(registered).toEqual([]);
    });

    it(`${gate}: applies with the override, and logs it`, async () => {
      const registered = await useMocks("test");
      const captured = captureLog();
      const allow = gate === "delete-all-mx" ? [gate, "large-change"] : [gate, ...alsoAllow];
      const result = await defineMailDns({ stack: "test", root, config: { allow }, lint: fakeLint([domainModel(desired)]), log: captured.log });
      await settled(result.resources);
      expect(registered.filter((r) => r.type === "ovh:Domain/zoneRecord:ZoneRecord")).toHaveLength(result.declarations.length);
      expect(captured.warn).toContain(`maildns: override "${gate}" used (maildns:allow): ${text.replace(` [${gate}]`, "")}`);
      expect(result.gates.filter((g) => g.tripped && g.allowed).map((g) => g.id)).toContain(gate);
    });
  }
});
