// The packs, proved from the rules' metadata: the `rfc` pack is conformance only (a rule at error there
// enforces an absolute RFC requirement for every finding it reports at that level, and says which), the
// opinions are off or at most warnings there, and the rules about OVH's API apply only to zones applied
// through it, whatever the pack.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadPolicy, SHIPPED_POLICIES } from "../../src/engine/policy.js";
import { runRules } from "../../src/engine/lint.js";
import type { RequirementKeyword, Rule } from "../../src/engine/types.js";
import { allRules } from "../../src/rules/index.js";
import { modelFromYaml } from "../plan/helpers.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const KEYWORDS: readonly RequirementKeyword[] = ["MUST", "MUST NOT", "REQUIRED", "SHALL", "SHALL NOT", "permerror", "discarded", "wire-format"];
const pack = (name: string) => loadPolicy(name, allRules, root).settingsFor("example.com");
/** "RFC7208 §4.6" as docs write it: "RFC 7208 §4.6". */
const spoken = (section: string) => section.replace(/^RFC(\d+)/, "RFC $1");
/** The messages a rule reports at the level the pack gives it (those without a tier). */
const ruleLevelMessages = (rule: Rule) => Object.entries(rule.meta.messages).filter(([, spec]) => spec.tier === undefined).map(([id]) => id);

describe("the rfc pack is conformance only", () => {
  const rfc = pack("rfc");
  // Loader rules judge the domain file itself (YAML syntax, schema), not the records it describes.
  const recordRules = allRules.filter((rule) => rule.meta.kind !== "file");
  const atError = recordRules.filter((rule) => rfc.get(rule.meta.id)?.level === "error");

  it("keeps the rules that enforce RFC requirements at error (the pack is not empty)", () => {
    expect(atError.length).toBeGreaterThan(25);
  });

  describe.each(atError.map((rule) => [rule.meta.id, rule] as const))("%s, at error under rfc", (id, rule) => {
    const enforces = rule.meta.enforces ?? [];
    it("names the absolute requirement it enforces, from its references, in its doc", () => {
      expect(enforces.length, `${id} is at error in policies/rfc.yaml but enforces no RFC requirement: give it \`enforces\` or lower it there`).toBeGreaterThan(0);
      const doc = readFileSync(`${root}src/rules/${id}.md`, "utf8");
      for (const requirement of enforces) {
        expect(KEYWORDS).toContain(requirement.keyword);
        expect(requirement.section).toMatch(/^RFC\d+( §[\d.]+)?$/);
        expect(rule.meta.references, `${id}: ${requirement.section} must be one of its references`).toContain(requirement.section);
        expect(doc, `${id}.md must cite ${spoken(requirement.section)}`).toContain(spoken(requirement.section));
        expect(requirement.text.length).toBeGreaterThan(10);
        for (const message of requirement.messages ?? []) expect(Object.keys(rule.meta.messages)).toContain(message);
      }
    });
    it("has a requirement behind every message it reports at error", () => {
      const covered = new Set(enforces.flatMap((requirement) => requirement.messages ?? Object.keys(rule.meta.messages)));
      for (const message of ruleLevelMessages(rule)) expect(covered.has(message), `${id}: message ${message} is reported at error with no RFC requirement behind it`).toBe(true);
    });
  });

  it("turns the opinions off or keeps them at most at warn", () => {
    for (const id of ["dmarc-enforce-without-auth", "spf-permissive-all", "mx-missing", "spf-missing"]) {
      expect(["off", "warn", "info"], id).toContain(rfc.get(id)!.level);
    }
  });
});

describe("rules about OVH's API apply only to zones applied through it", () => {
  const ovhApi = allRules.filter((rule) => /^txt-ovh-|^ttl-below-ovh-min$|^ttl-above-panel-max$/.test(rule.meta.id));
  it("say so in their metadata", () => {
    expect(ovhApi.map((rule) => rule.meta.id).sort()).toEqual(["ttl-above-panel-max", "ttl-below-ovh-min", "txt-ovh-embedded-quote", "txt-ovh-multistring"]);
    for (const rule of ovhApi) expect(rule.meta.scope?.dnsProvider, rule.meta.id).toBe("ovh");
  });
  it.each(SHIPPED_POLICIES.map((name) => [name]))("and the engine keeps them to such zones under the %s pack", async (name) => {
    const yaml = 'domain: example.com\nttl: 30\nmail: {provider: external}\nspf: "v=spf1 \\"-all"\n';
    const policy = loadPolicy(name, allRules, root);
    const ids = async (dnsProvider: "ovh" | null) => {
      const model = { ...modelFromYaml(yaml), dnsProvider };
      const findings = await runRules(model, null, { rules: ovhApi, policy, today: "2026-11-23" });
      return [...new Set(findings.map((f) => f.ruleId))].sort();
    };
    expect(await ids("ovh")).toEqual(["ttl-below-ovh-min", "txt-ovh-embedded-quote"]);
    expect(await ids(null)).toEqual([]);
  });
});

describe("unknown DMARC tags: receivers MUST ignore them (RFC 7489 §6.3, RFC 9989 §4.7)", () => {
  // A record with an unknown tag is conformant, so the rfc pack only informs; the other packs warn, since
  // a misspelt tag (adkmi= for adkim=) silently drops the setting the owner meant.
  const yaml = 'domain: example.com\nmail: {provider: external}\ndmarc: "v=DMARC1; p=reject; adkmi=s; rua=mailto:d@example.com"\n';
  const syntax = allRules.filter((rule) => rule.meta.id === "dmarc-syntax");
  it.each([
    ["rfc", "info"],
    ["ovh", "warn"],
    ["strict", "warn"],
    ["parked", "warn"],
  ])("under the %s pack: %s", async (name, level) => {
    const policy = loadPolicy(name, allRules, root);
    const findings = await runRules(modelFromYaml(yaml), null, { rules: syntax, policy, today: "2026-11-23" });
    expect(findings.map((f) => [f.ruleId, f.level, f.message])).toEqual([["dmarc-syntax", level, "adkmi= is not a DMARC tag: receivers ignore it (RFC 7489 §6.3) — did you mean adkim=?"]]);
  });
});
