import { describe, expect, it } from "vitest";
import { loadPolicy, PolicyError } from "../../src/engine/policy.js";
import { allRules } from "../../src/rules/index.js";
import { tempTree } from "../helpers/tmp.js";

describe("policy packs", () => {
  const root = tempTree({
    "base.yaml": "defaults: off\nrules:\n  spf-ptr: warn\n  spf-missing-all: error\n",
    "child.yaml": "extends: base.yaml\nrules:\n  spf-ptr: error\noverrides:\n  - domains: ['*.example.net']\n    rules:\n      spf-ptr: off\n",
    "loop-a.yaml": "extends: loop-b.yaml\n",
    "loop-b.yaml": "extends: loop-a.yaml\n",
    "unknown-key.yaml": "rulez: {}\n",
    "options.yaml": "rules:\n  spf-record-too-large: { options: { maxLength: 300 } }\n",
  });

  it("extends a pack and overrides levels by domain glob", () => {
    const policy = loadPolicy("child.yaml", allRules, root);
    expect(policy.settingsFor("example.com").get("spf-ptr")!.level).toBe("error");
    expect(policy.settingsFor("mail.example.net").get("spf-ptr")!.level).toBe("off");
    expect(policy.settingsFor("example.com").get("spf-missing-all")!.level).toBe("error");
    // defaults: off in the base pack: unlisted rules are off
    expect(policy.settingsFor("example.com").get("mx-not-ovh")!.level).toBe("off");
  });

  it("merges options over the schema defaults", () => {
    const settings = loadPolicy("options.yaml", allRules, root).settingsFor("example.com");
    expect(settings.get("spf-record-too-large")!.options).toMatchObject({ maxLength: 300 });
  });

  it("the shipped packs load, and rfc turns OVH-only rules off", () => {
    for (const name of ["ovh", "rfc", "strict", "parked"]) expect(() => loadPolicy(name, allRules, root)).not.toThrow();
    const ovhOnly = allRules.filter((r) => r.meta.ovhOnly).map((r) => r.meta.id);
    expect(ovhOnly.length).toBeGreaterThan(3);
    const rfc = loadPolicy("rfc", allRules, root).settingsFor("example.com");
    for (const id of ovhOnly) expect(rfc.get(id)!.level, id).toBe("off");
    const strict = loadPolicy("strict", allRules, root).settingsFor("example.com");
    expect(strict.get("spf-softfail-advice")!.level).toBe("error");
  });

  it("refuses loops and unknown keys with the pack file and position", () => {
    expect(() => loadPolicy("loop-a.yaml", allRules, root)).toThrow(/extends loops back/);
    try {
      loadPolicy("unknown-key.yaml", allRules, root);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyError);
      expect((error as PolicyError).message).toBe("unknown-key.yaml:1:1: unknown key 'rulez' in a policy pack (allowed: name, description, extends, defaults, ovhRules, rules, overrides)");
    }
  });

  it("a missing pack names the shipped ones", () => {
    expect(() => loadPolicy("nope", allRules, root)).toThrow(/use one of ovh, rfc, strict, parked/);
  });
});
