// Slot matching and the order of an apply's operations (pure).
import { describe, expect, it } from "vitest";
import { desiredSlotRecords, slotOf } from "../../src/model/slots.js";
import { matchSlots, replay, zoneOperations, type LiveSlotRecord } from "../../src/model/operations.js";
import { domainModel, OVH_MX } from "../pulumi/fixtures.js";
import { isDmarcRecord } from "../../src/mail/txt-version.js";

const rec = (key: string, subdomain: string, type: string, value: string, extra: Partial<LiveSlotRecord> = {}): LiveSlotRecord => ({
  key,
  name: subdomain ? `${subdomain}.example.com` : "example.com",
  subdomain,
  type,
  value,
  ttl: 3600,
  ...extra,
});

describe("slots", () => {
  it("name a record by what it is for, never by its value", () => {
    expect(slotOf({ subdomain: "", type: "TXT", value: "v=spf1 -all" })).toEqual({ slot: "spf", role: "spf" });
    expect(slotOf({ subdomain: "", type: "TXT", value: "google-site-verification=x" })).toBeNull();
    expect(slotOf({ subdomain: "_dmarc", type: "TXT", value: "anything" })).toEqual({ slot: "dmarc", role: "dmarc" });
    expect(slotOf({ subdomain: "S1._domainkey", type: "CNAME", value: "x." })).toEqual({ slot: "dkim:s1", role: "dkim" });
    expect(slotOf({ subdomain: "", type: "MX", value: "10 MX1.Example.Net" })).toEqual({ slot: "mx:mx1.example.net.", role: "mx" });
    expect(slotOf({ subdomain: "_imaps._tcp", type: "SRV", value: "0 1 993 ssl0.ovh.net." })).toEqual({ slot: "srv:_imaps._tcp:ssl0.ovh.net.", role: "srv" });
    expect(slotOf({ subdomain: "autoconfig", type: "CNAME", value: "mailconfig.ovh.net." })).toEqual({ slot: "cname:autoconfig", role: "cname" });
  });

  it("number a host listed twice, so both priorities keep a slot", () => {
    const model = domainModel({ domain: "example.com", mx: [{ host: "mx.example.net", priority: 10 }, { host: "mx.example.net", priority: 20 }] });
    expect(desiredSlotRecords(model).filter((r) => r.role === "mx").map((r) => [r.slot, r.value])).toEqual([
      ["mx:mx.example.net.", "10 mx.example.net."],
      ["mx:mx.example.net.#2", "20 mx.example.net."],
    ]);
  });
});

describe("matchSlots", () => {
  const desired = desiredSlotRecords(domainModel({ domain: "example.com", mx: [{ host: "mk.example.net", priority: 10 }], spf: null, dmarc: null }));

  it("keeps a live host name that differs from the file's in the case of A-Z only (RFC 4343 §3)", () => {
    const [match] = matchSlots([rec("1", "", "MX", "10 MK.Example.NET.")], desired);
    expect(match!.change).toBe("none");
  });

  it("edits a host name spelt with a character Unicode lower-cases to an ASCII letter: DNS tells them apart", () => {
    // U+212A KELVIN SIGN lower-cases to k in JavaScript; on the wire it is other octets, another name.
    const [match] = matchSlots([rec("1", "", "MX", "10 m\u212A.example.net.")], desired);
    expect(match!.change).toBe("update");
  });
});

describe("zoneOperations", () => {
  const desired = desiredSlotRecords(domainModel({ domain: "example.com", mx: OVH_MX.slice(0, 2), spf: "v=spf1 include:mx.ovh.com -all", dmarc: null }));

  it("edits a slot's value in place, creates the missing, deletes what the file dropped last", () => {
    const ops = zoneOperations(
      [rec("1", "", "MX", "1 mx0.mail.ovh.net."), rec("2", "", "MX", "10 mx.old.example."), rec("3", "", "TXT", "v=spf1 include:mx.ovh.com ~all"), rec("4", "", "TXT", "verification=1")],
      desired,
    );
    expect(ops.map((o) => [o.phase, o.action, o.slot, o.before?.key ?? null])).toEqual([
      ["main", "create", "mx:mx1.mail.ovh.net.", null],
      ["main", "update", "spf", "3"],
      ["after", "delete", "mx:mx.old.example.", "2"],
    ]);
  });

  it("replaces what the host cannot edit and removes a surplus SPF before anything is written", () => {
    const live = [
      rec("1", "", "MX", "1 mx0.mail.ovh.net."),
      rec("2", "", "MX", "5 mx1.mail.ovh.net."),
      rec("3", "", "TXT", "v=spf1 include:mx.ovh.com -all", { replaceOnly: true }),
      rec("4", "", "TXT", "v=spf1 include:old.example -all"),
      rec("5", "", "TXT", "v=spf1 a -all"),
    ];
    const ops = zoneOperations(live, desired);
    expect(ops.map((o) => [o.phase, o.action, o.before?.key ?? null, o.reason ?? null])).toEqual([
      ["before", "delete", "3", "replace"],
      ["before", "delete", "5", "surplus"],
      ["main", "update", "4", null],
    ]);
    // Deletions only ever lower the count; the write comes once a single SPF record is left.
    const spfCount = (state: readonly { type: string; value: string }[]) => state.filter((r) => r.type === "TXT" && r.value.startsWith("v=spf1")).length;
    expect(replay(live, ops).map(spfCount)).toEqual([2, 1, 1]);
  });

  it("a record dropped at a name where the file wants a CNAME goes first, and so does a dropped CNAME where it wants another record", () => {
    // DMARC delegated to a provider (`_dmarc` CNAME): the TXT policy may not stay beside it (RFC 1034 §3.6.2).
    const cname = { name: "_dmarc.example.com", subdomain: "_dmarc", type: "CNAME", value: "_dmarc.provider.example.", ttl: 3600, slot: "cname:_dmarc", role: "cname" as const, file: null, path: [] };
    const dmarcTxt = rec("d", "_dmarc", "TXT", "v=DMARC1; p=reject");
    const delegated = zoneOperations([dmarcTxt], [...desired, cname]).filter((o) => o.slot === "dmarc" || o.slot === "cname:_dmarc");
    expect(delegated.map((o) => `${o.phase} ${o.action} ${o.slot} ${o.reason ?? ""}`.trim())).toEqual(["before delete dmarc replace", "main create cname:_dmarc"]);
    // And back: the CNAME goes before the TXT is written.
    const withDmarc = desiredSlotRecords(domainModel({ domain: "example.com", mx: OVH_MX.slice(0, 2), spf: "v=spf1 include:mx.ovh.com -all", dmarc: "v=DMARC1; p=reject" }));
    const back = zoneOperations([rec("c", "_dmarc", "CNAME", "_dmarc.provider.example.")], withDmarc).filter((o) => o.slot === "dmarc" || o.slot === "cname:_dmarc");
    expect(back.map((o) => `${o.phase} ${o.action} ${o.slot} ${o.reason ?? ""}`.trim())).toEqual(["before delete cname:_dmarc replace", "main create dmarc"]);
    // A dropped record at a name with no CNAME still goes last.
    const dropped = zoneOperations([rec("t", "_mta-sts", "TXT", "v=STSv1; id=1")], desired);
    expect(dropped.map((o) => `${o.phase} ${o.action} ${o.slot}`)).toContain("after delete mta-sts");
  });

  it("keeps the record the caller prefers (the one the stack holds) among several in a slot", () => {
    const live = [rec("1", "", "TXT", "v=spf1 include:old.example -all"), rec("2", "", "TXT", "v=spf1 include:other.example -all")];
    const [match] = matchSlots(live, desired.filter((d) => d.slot === "spf"), { prefer: (r) => r.key === "2" });
    expect(match!.keep?.key).toBe("2");
    expect(match!.removals.map((r) => [r.record.key, r.phase])).toEqual([["1", "before"]]);
  });

  it("keeps a DMARC record in the _dmarc slot over a text that is not DMARC, whatever their order", () => {
    const withDmarc = desiredSlotRecords(domainModel({ domain: "example.com", mx: OVH_MX.slice(0, 2), spf: "v=spf1 include:mx.ovh.com -all", dmarc: "v=DMARC1; p=reject" }));
    const live = [rec("1", "_dmarc", "TXT", "some-verification=xyz"), rec("2", "_dmarc", "TXT", "v=DMARC1; p=quarantine")];
    const ops = zoneOperations(live, withDmarc).filter((o) => o.slot === "dmarc");
    // Keeping the other text deleted the DMARC record first: a moment, or a whole update, with no policy.
    expect(ops.map((o) => `${o.phase} ${o.action} ${o.before?.key}`)).toEqual(["main update 2", "after delete 1"]);
    const dmarcCount = (state: readonly { type: string; value: string }[]) => state.filter((r) => r.value.startsWith("v=DMARC1")).length;
    expect(replay(live, ops).map(dmarcCount)).toEqual([1, 1]);
    // The one the stack holds is still preferred among DMARC records; a held text that is not DMARC is not.
    const [held] = matchSlots(live, withDmarc.filter((d) => d.slot === "dmarc"), { prefer: (r) => r.key === "1" });
    expect(held!.keep?.key).toBe("2");
    // No DMARC TXT to keep (the policy is a pseudo-type the host cannot edit): it is created, not another text edited later.
    const pseudo = [rec("1", "_dmarc", "TXT", "some-verification=xyz"), rec("3", "_dmarc", "TXT", "v=DMARC1; p=quarantine", { replaceOnly: true })];
    expect(zoneOperations(pseudo, withDmarc).filter((o) => o.slot === "dmarc").map((o) => `${o.phase} ${o.action} ${o.before?.key ?? "new"}`)).toEqual([
      "before delete 3",
      "main create new",
      "after delete 1",
    ]);
    // Only texts that are no DMARC record at `_dmarc` (receivers discard them, RFC 7489 §6.6.3): the file's
    // record is created (an unheld text is not adopted as it is) and the texts are deleted in the same
    // update, so no state holds two records receivers keep, and the update leaves one TXT there.
    const receiverKept = (state: readonly { value: string }[]) => state.filter((r) => isDmarcRecord(r.value)).length;
    const onlyText = [rec("1", "_dmarc", "TXT", "hello")];
    const replaced = zoneOperations(onlyText, withDmarc).filter((o) => o.slot === "dmarc");
    expect(replaced.map((o) => `${o.phase} ${o.action} ${o.before?.key ?? "new"}`)).toEqual(["main create new", "after delete 1"]);
    expect(replay(onlyText, replaced).map((state) => state.map((r) => r.value))).toEqual([["hello", "v=DMARC1; p=reject"], ["v=DMARC1; p=reject"]]);
    const twoTexts = [rec("1", "_dmarc", "TXT", "hello"), rec("4", "_dmarc", "TXT", "v=dmarc1; p=none")];
    const states = replay(twoTexts, zoneOperations(twoTexts, withDmarc).filter((o) => o.slot === "dmarc"));
    expect(states.map(receiverKept)).toEqual(states.map(() => 1));
    expect(states.at(-1)!.map((r) => r.value)).toEqual(["v=DMARC1; p=reject"]);
    // Unless the stack holds that text already: then it is edited in place.
    const [kept] = matchSlots(pseudo, withDmarc.filter((d) => d.slot === "dmarc"), { prefer: (r) => r.key === "1" });
    expect(kept!.keep?.key).toBe("1");
  });

  it("a TTL the host's normal form accepts is no change", () => {
    const live = [rec("1", "", "MX", "1 mx0.mail.ovh.net.", { ttl: 300 }), rec("2", "", "MX", "5 mx1.mail.ovh.net."), rec("3", "", "TXT", "v=spf1 include:mx.ovh.com -all", { ttl: 600 })];
    expect(zoneOperations(live, desired).map((o) => `${o.action} ${o.slot}`)).toEqual(["update mx:mx0.mail.ovh.net."]);
    expect(zoneOperations(live, desired, { ttlMatches: () => true })).toEqual([]);
  });
});
