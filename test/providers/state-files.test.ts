// The two files adoption works from: Pulumi's stack export (read) and maildns-adoption.json (written, read).
import { describe, expect, it } from "vitest";
import { AdoptionFileError, renderAdoptionFile, validateAdoptionFile } from "../../src/providers/adoption-file.js";
import { parseStackExport, StackStateError, urnName } from "../../src/providers/stack-state.js";

const TYPE = "ovh:Domain/zoneRecord:ZoneRecord";
const urn = (name: string, type = TYPE) => `urn:pulumi:prod::maildns::${type}::${name}`;

describe("parseStackExport", () => {
  it("reads the record resources, their ids, import ids and plain output values, and nothing else", () => {
    const text = JSON.stringify({
      version: 3,
      deployment: {
        resources: [
          {
            urn: urn("example.com/@/spf"),
            custom: true,
            type: TYPE,
            id: "12",
            importID: "12.example.com",
            // What Pulumi compares the declared inputs with; a secret or a nested value is not a record's value.
            outputs: { zone: "example.com", subdomain: "", fieldtype: "TXT", target: '"v=spf1 -all"', ttl: 3600, secret: { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value: "x" }, tags: ["a"] },
          },
          { urn: urn("example.com/@/TXT/1ff31f20"), custom: true, type: TYPE, id: "13" },
          { urn: urn("ovh", "pulumi:providers:ovh"), custom: true, type: "pulumi:providers:ovh", id: "p" },
          { urn: "urn:pulumi:prod::maildns::pulumi:pulumi:Stack::maildns-prod", custom: false, type: "pulumi:pulumi:Stack" },
        ],
      },
    });
    expect(parseStackExport(text, TYPE, "state.json")).toEqual({
      resources: [
        { name: "example.com/@/spf", type: TYPE, id: "12", importId: "12.example.com", state: { zone: "example.com", subdomain: "", fieldtype: "TXT", target: '"v=spf1 -all"', ttl: 3600 } },
        { name: "example.com/@/TXT/1ff31f20", type: TYPE, id: "13", importId: null },
      ].sort((a, b) => a.name.localeCompare(b.name)),
    });
    expect(urnName(urn("a::b"))).toBe("a::b");
  });

  it("refuses what is not an export, another version, and unsettled updates", () => {
    expect(() => parseStackExport("nope", TYPE, "s.json")).toThrow(new StackStateError("s.json: not JSON; give the output of `pulumi stack export`"));
    expect(() => parseStackExport("{}", TYPE, "s.json")).toThrow('s.json: not a Pulumi stack export (no "deployment")');
    expect(() => parseStackExport('{"version":4,"deployment":{}}', TYPE, "s.json")).toThrow("s.json: deployment version 4 is not one maildns reads (3)");
    const pendingDelete = JSON.stringify({ version: 3, deployment: { resources: [{ urn: urn("x"), custom: true, type: TYPE, id: "1", delete: true }] } });
    expect(() => parseStackExport(pendingDelete, TYPE, "s.json")).toThrow("s.json: x is waiting to be deleted by an unfinished update; run `pulumi up` or `pulumi refresh` to settle it, then export again");
  });
});

describe("the adoption file", () => {
  const file = {
    version: 2 as const,
    provider: "ovh",
    readAt: "2026-11-20T10:00:00.000Z",
    zones: { "example.com": { live: [{ id: "10", zone: "example.com", subdomain: "", type: "MX", target: "1 b.", ttl: 0 }, { id: "9", zone: "example.com", subdomain: "", type: "MX", target: "1 a.", ttl: 0 }] } },
    stack: [{ name: "b", type: TYPE, id: "10", importId: null }, { name: "a", type: TYPE, id: "9", importId: "9.example.com", state: { subdomain: "", target: "1 a.", ttl: 0 } }],
  };

  it("is rendered sorted and stable, and read back as written", () => {
    const text = renderAdoptionFile(file);
    const parsed = JSON.parse(text);
    expect(parsed.zones["example.com"].live.map((r: { id: string }) => r.id)).toEqual(["9", "10"]);
    expect(parsed.stack.map((r: { name: string }) => r.name)).toEqual(["a", "b"]);
    expect(parsed.stack[0].state).toEqual({ subdomain: "", target: "1 a.", ttl: 0 });
    expect(validateAdoptionFile(parsed, "f.json")).toEqual(parsed);
    expect(renderAdoptionFile(parsed)).toBe(text);
  });

  it("names what is wrong with a damaged one", () => {
    expect(() => validateAdoptionFile({ version: 1 }, "f.json")).toThrow(new AdoptionFileError("f.json: not a maildns adoption file (version 2); run maildns adopt again"));
    expect(() => validateAdoptionFile({ ...file, stack: [{ name: "a" }] }, "f.json")).toThrow("f.json: stack resource 1 is not {name, type, id, importId}; run maildns adopt again");
    expect(() => validateAdoptionFile({ ...file, stack: [{ ...file.stack[1], state: { target: ["1 a."] } }] }, "f.json")).toThrow(
      'f.json: stack resource 1 has a "state" that is not plain strings and numbers; run maildns adopt again',
    );
    const badId = { ...file, zones: { "example.com": { live: [{ ...file.zones["example.com"].live[0], id: "1/../x" }] } } };
    expect(() => validateAdoptionFile(badId, "f.json")).toThrow("f.json: zone example.com, live record 1 is not {id, zone, subdomain, type, target, ttl}");
    // RFC 4343 §3: Example.COM is example.com, which every reader looks up; refused, named, one line.
    const upper = { ...file, zones: { "Example.COM": file.zones["example.com"] } };
    expect(() => validateAdoptionFile(upper, "f.json")).toThrow(
      new AdoptionFileError("f.json: zone key Example.COM is not in lower case as maildns adopt writes it (DNS names compare without the case of A-Z, RFC 4343 §3); run maildns adopt again to rewrite it"),
    );
    expect(() => validateAdoptionFile({ ...file, zones: { "a\nB.example": { live: [] } } }, "f.json")).toThrow("f.json: zone key aU+000AB.example is not in lower case");
    // A record's own `zone` is what the update declares it with: it must be its key, as adopt writes it.
    const record = file.zones["example.com"].live[0]!;
    expect(() => validateAdoptionFile({ ...file, zones: { "example.com": { live: [{ ...record, zone: "EXAMPLE.com" }] } } }, "f.json")).toThrow(
      new AdoptionFileError(`f.json: zone example.com, live record 1 (id ${record.id}) has zone EXAMPLE.com, not example.com in lower case as maildns adopt writes it (DNS names compare without the case of A-Z, RFC 4343 §3); run maildns adopt again to rewrite it`),
    );
    // U+212A KELVIN SIGN is not an ASCII letter: another zone, not another case of this one.
    const kelvin = { ...file, zones: { "kelvin.example": { live: [{ ...record, zone: "\u212Aelvin.example" }] } } };
    expect(() => validateAdoptionFile(kelvin, "f.json")).toThrow(`f.json: zone kelvin.example, live record 1 (id ${record.id}) has zone \u212Aelvin.example, another zone than the one it is listed under`);
  });
});
