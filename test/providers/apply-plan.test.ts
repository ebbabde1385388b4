// What one update declares for a zone (pure): names, imports, aliases, deletions first and last.
import { describe, expect, it } from "vitest";
import { desiredSlotRecords, standingSlotRecords } from "../../src/model/slots.js";
import { createdAsDeclared, droppedZones, planZoneApply, planZoneRemoval, resourceName, splitByHolding, resourceZone } from "../../src/providers/apply-plan.js";
import { evaluateGates, refused } from "../../src/plan/safety.js";
import { ovhProvider } from "../../src/providers/ovh/index.js";
import type { LiveHostRecord } from "../../src/providers/types.js";
import { domainModel } from "../pulumi/fixtures.js";

const live = (id: number, subdomain: string, type: string, target: string, ttl = 3600): LiveHostRecord => ({ id: String(id), zone: "example.com", subdomain, type, target, ttl });
const TYPE = "ovh:Domain/zoneRecord:ZoneRecord";
const desired = desiredSlotRecords(domainModel({ domain: "example.com", mx: [{ host: "mx0.mail.ovh.net", priority: 1 }], dmarc: null, dkim: [{ name: "s1", cname: "s1._domainkey.1.aa.dkim.mail.ovh.net." }] }));

describe("planZoneApply", () => {
  it("names resources by zone, owner and slot", () => {
    expect(resourceName("example.com", "spf", "")).toBe("example.com/@/spf");
    expect(resourceName("example.com", "mx:mx0.mail.ovh.net.#2", "")).toBe("example.com/@/mx/mx0.mail.ovh.net.#2");
    expect(resourceName("example.com", "srv:_imaps._tcp:ssl0.ovh.net.", "_imaps._tcp")).toBe("example.com/_imaps._tcp/srv/ssl0.ovh.net.");
    expect(resourceName("example.com", "dkim:s1", "s1._domainkey")).toBe("example.com/s1._domainkey/dkim");
  });

  it("leaves alone a selector the files do not declare and could not hold; deletes one they could", () => {
    const plan = planZoneApply({
      provider: ovhProvider,
      zone: "example.com",
      desired,
      live: [
        live(1, "", "MX", "1 mx0.mail.ovh.net."),
        live(2, "ctl._domainkey", "TXT", '"v=DKIM1; p=AB\u0001CD"'),
        live(3, "old._domainkey", "TXT", '"v=DKIM1; p=QUJD"'),
      ],
      stack: [{ name: "example.com/@/MX/315c5c17", type: TYPE, id: "1", importId: null }],
    });
    expect(plan.lines.map((l) => l.text)).toEqual([
      'adopt   TXT old._domainkey "v=DKIM1; p=QUJD" (id 3) as example.com/old._domainkey/dkim/id-3, to be deleted at the end of the next update',
      "create  CNAME s1._domainkey s1._domainkey.1.aa.dkim.mail.ovh.net. (ttl 3600) as example.com/s1._domainkey/dkim",
      "keep    MX @ 1 mx0.mail.ovh.net. (id 1) as example.com/@/mx/mx0.mail.ovh.net.",
      'create  TXT @ "v=spf1 include:mx.ovh.com ~all" (ttl 600) as example.com/@/spf',
    ]);
    expect(plan.declarations.find((d) => d.name === "example.com/@/mx/mx0.mail.ovh.net.")).toEqual({
      name: "example.com/@/mx/mx0.mail.ovh.net.",
      inputs: { zone: "example.com", subdomain: "", fieldtype: "MX", target: "1 mx0.mail.ovh.net.", ttl: 3600 },
      importId: null,
      aliases: ["example.com/@/MX/315c5c17"],
    });
    expect(plan.creates).toBe(2);
    expect(plan.pending).toEqual(["example.com/old._domainkey/dkim/id-3"]);
  });

  it("shows a live value's controls as U+XXXX: adopt prints these lines, and pulumi up logs them", () => {
    // A TXT value at OVH may hold any character; printed raw it would drive the terminal, or start a line
    // a CI runner reads as a command.
    const spf = '"v=spf1 \u001b]0;x\u0007\n::warning::forged\u202e -all"';
    const plan = planZoneApply({ provider: ovhProvider, zone: "example.com", desired, live: [live(3, "", "TXT", spf), live(4, "", "MX", "5 mx\u001b[2J.example.")], stack: [] });
    const text = plan.lines.map((l) => l.text).join("\n");
    expect(text).toContain('adopt   TXT @ "v=spf1 U+001B]0;xU+0007U+000A::warning::forgedU+202E -all" (id 3, ttl 3600) as example.com/@/spf');
    expect(text).toContain("adopt   MX @ 5 mxU+001B[2J.example. (id 4) as example.com/@/mx/mxU+001B[2j.example./id-4, to be deleted");
    expect(text.split("\n")).toHaveLength(plan.lines.length);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});

describe("createdAsDeclared", () => {
  // The record the host answers with after maildns created it: the same record when only the ASCII case of
  // its host name differs (RFC 4343 §3); anything else is left for the next round to write.
  const declared = { zone: "example.com", subdomain: "", fieldtype: "MX", target: "1 mx0.mail.ovh.net.", ttl: 3600 };
  it("takes an answer equal to what was sent, or differing only in the ASCII case of its host name", () => {
    expect(createdAsDeclared(ovhProvider, live(7, "", "MX", "1 mx0.mail.ovh.net."), declared)).toBe(true);
    expect(createdAsDeclared(ovhProvider, live(7, "", "MX", "1 MX0.Mail.OVH.net."), declared)).toBe(true);
    const cname = { zone: "example.com", subdomain: "s1._domainkey", fieldtype: "CNAME", target: "s1._domainkey.dkim.example.net.", ttl: 3600 };
    expect(createdAsDeclared(ovhProvider, live(8, "s1._domainkey", "CNAME", "S1._DOMAINKEY.DKIM.EXAMPLE.NET."), cname)).toBe(true);
  });
  it("leaves any other difference to write: U+212A KELVIN SIGN, another input, or a text's case", () => {
    const kelvin = { ...declared, target: "1 mk.example." };
    expect(createdAsDeclared(ovhProvider, live(7, "", "MX", "1 m\u212A.example."), kelvin)).toBe(false);
    expect(createdAsDeclared(ovhProvider, live(7, "", "MX", "1 MX0.mail.ovh.net.", 600), declared)).toBe(false);
    expect(createdAsDeclared(ovhProvider, live(7, "", "MX", "5 MX0.mail.ovh.net."), declared)).toBe(false);
    const txt = { zone: "example.com", subdomain: "", fieldtype: "TXT", target: '"v=spf1 -all"', ttl: 3600 };
    expect(createdAsDeclared(ovhProvider, live(9, "", "TXT", '"V=SPF1 -ALL"'), txt)).toBe(false);
  });
});

describe("planZoneRemoval", () => {
  const stack = [
    { name: "example.com/@/mx/mx0.mail.ovh.net.", type: TYPE, id: "1", importId: null },
    { name: "example.com/@/TXT/1ff31f20", type: TYPE, id: "2", importId: null },
    { name: "example.com/_imaps._tcp/srv/ssl0.ovh.net.", type: TYPE, id: "9", importId: null },
    { name: "kept.example/@/spf", type: TYPE, id: "5", importId: null },
    { name: "not-named-by-maildns", type: TYPE, id: "6", importId: null },
  ];

  it("finds the zones the stack holds records in that no file declares, by the resource names maildns gives", () => {
    expect(resourceZone("Example.com/@/spf")).toBe("example.com");
    expect(resourceZone("not-named-by-maildns")).toBeNull();
    expect(droppedZones(ovhProvider, stack, ["kept.example"])).toEqual(["example.com"]);
    expect(droppedZones(ovhProvider, stack, ["kept.example", "EXAMPLE.com"])).toEqual([]);
  });

  it("deletes only what the stack holds, last, and declares nothing", () => {
    const plan = planZoneRemoval({
      provider: ovhProvider,
      zone: "example.com",
      live: [live(1, "", "MX", "1 mx0.mail.ovh.net."), live(2, "", "TXT", '"v=spf1 include:mx.ovh.com -all"'), live(3, "", "MX", "5 mx1.mail.ovh.net.")],
      stack,
    });
    expect(plan.declarations).toEqual([]);
    expect(plan.operations.map((o) => `${o.phase} ${o.action} ${o.slot} ${o.before?.key}`)).toEqual(["after delete mx:mx0.mail.ovh.net. 1", "after delete spf 2"]);
    expect(plan.lines.map((l) => l.text)).toEqual([
      "delete  MX @ 1 mx0.mail.ovh.net. (id 1) at the end of this update",
      'delete  TXT @ "v=spf1 include:mx.ovh.com -all" (id 2) at the end of this update',
      "delete  example.com/_imaps._tcp/srv/ssl0.ovh.net. (id 9) at the end of this update",
    ]);
  });

  it("is judged against what it leaves: a gate trips on what the stack's deletion removes, never on records it does not hold", () => {
    const zone = [
      live(1, "", "MX", "1 mx0.mail.ovh.net."),
      live(3, "", "MX", "5 mx1.mail.ovh.net."),
      live(2, "", "TXT", '"v=spf1 include:mx.ovh.com -all"'),
      live(4, "_dmarc", "TXT", '"v=DMARC1; p=reject; rua=mailto:d@example.com"'),
      live(7, "", "TXT", '"google-site-verification=abc"'),
    ];
    // The stack holds one MX and the SPF record (ids 1 and 2); the other MX and the DMARC record stay.
    const { held, left } = splitByHolding(ovhProvider, zone, stack, "example.com");
    expect(held.map((r) => r.id)).toEqual(["1", "2"]);
    expect(left.map((r) => r.id)).toEqual(["3", "4", "7"]);
    const plan = planZoneRemoval({ provider: ovhProvider, zone: "example.com", live: zone, stack });
    const gates = evaluateGates({ domain: "example.com", live: zone.map(ovhProvider.toLive), desired: standingSlotRecords(left.map(ovhProvider.toLive)), operations: plan.operations, allow: [] });
    // One MX stays, and so does DMARC: only the SPF record's removal is a loosening (and the change's size).
    expect(gates.filter(refused).map((g) => g.id)).toEqual(["large-change", "loosen-spf", "remove-spf-include"]);
  });
});
