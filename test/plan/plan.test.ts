import { describe, expect, test } from "vitest";
import type { DomainObservation, ObservedManaged } from "../../src/plan/observe.js";
import { planDomain, summarizeChanges } from "../../src/plan/plan.js";
import { ovhProvider } from "../../src/providers/ovh/index.js";
import { modelFromYaml } from "./helpers.js";

const BASE = `domain: plan.example
mail: { provider: external }
mx:
  - { host: mx1.host.example., priority: 10 }
spf: "v=spf1 include:spf.host.example -all"
dmarc: "v=DMARC1; p=quarantine; rua=mailto:d@plan.example"
`;

function present(name: string, subdomain: string, type: ObservedManaged["type"], role: ObservedManaged["role"], values: string[], ttl = 3600, strings?: string[][]): ObservedManaged {
  return { name, subdomain, type, role, state: "present", ttl, values, ...(strings ? { strings } : {}) };
}
function absent(name: string, subdomain: string, type: ObservedManaged["type"], role: ObservedManaged["role"]): ObservedManaged {
  return { name, subdomain, type, role, state: "absent", ttl: null, values: [] };
}

/** Live state equal to BASE. */
function matching(): ObservedManaged[] {
  return [
    present("plan.example", "", "MX", "mx", ["10 mx1.host.example."]),
    present("plan.example", "", "TXT", "spf", ["v=spf1 include:spf.host.example -all"]),
    present("_dmarc.plan.example", "_dmarc", "TXT", "dmarc", ["v=DMARC1; p=quarantine; rua=mailto:d@plan.example"]),
  ];
}

const observation = (rrsets: ObservedManaged[], failures: DomainObservation["failures"] = []): DomainObservation => ({ domain: "plan.example", rrsets, failures });

describe("planDomain", () => {
  test("live state equal to the file: no change", () => {
    expect(planDomain(modelFromYaml(BASE), observation(matching()))).toEqual({ changes: [], failures: [] });
  });

  test("a missing _dmarc is created with the file's TTL", () => {
    const rrsets = matching();
    rrsets[2] = absent("_dmarc.plan.example", "_dmarc", "TXT", "dmarc");
    expect(planDomain(modelFromYaml(BASE), observation(rrsets)).changes).toEqual([
      { domain: "plan.example", name: "_dmarc.plan.example", type: "TXT", action: "create", ttl: 3600, beforeTtl: null, before: [], after: ["v=DMARC1; p=quarantine; rua=mailto:d@plan.example"] },
    ]);
  });

  test("a different MX set is an update with before and after values", () => {
    const rrsets = matching();
    rrsets[0] = present("plan.example", "", "MX", "mx", ["10 mx.old.example.", "20 mx2.old.example."], 300);
    expect(planDomain(modelFromYaml(BASE), observation(rrsets)).changes).toEqual([
      { domain: "plan.example", name: "plan.example", type: "MX", action: "update", ttl: 3600, beforeTtl: 300, before: ["10 mx.old.example.", "20 mx2.old.example."], after: ["10 mx1.host.example."] },
    ]);
  });

  test("a TTL alone is an update; TTL 0 (the zone default) accepts whatever TTL is served", () => {
    const rrsets = matching();
    rrsets[1] = present("plan.example", "", "TXT", "spf", ["v=spf1 include:spf.host.example -all"], 600);
    const [change] = planDomain(modelFromYaml(BASE), observation(rrsets)).changes;
    expect(change).toMatchObject({ name: "plan.example", type: "TXT", action: "update", ttl: 3600, beforeTtl: 600 });
    expect(change!.before).toEqual(change!.after);
    // TTL 0 is OVH's "zone default": the host's normal form says whatever is served matches; the plan itself knows no host.
    expect(planDomain(modelFromYaml(`${BASE}ttl: 0\n`), observation(rrsets), ovhProvider.ttlMatches).changes).toEqual([]);
    expect(planDomain(modelFromYaml(`${BASE}ttl: 0\n`), observation(rrsets)).changes).toHaveLength(rrsets.filter((r) => r.state === "present").length);
  });

  test("TXT is compared after joining its character-strings", () => {
    const rrsets = matching();
    rrsets[1] = present("plan.example", "", "TXT", "spf", ["v=spf1 include:spf.host.example -all"], 3600, [["v=spf1 include:spf.host.example ", "-all"]]);
    expect(planDomain(modelFromYaml(BASE), observation(rrsets)).changes).toEqual([]);
  });

  test("an apex SPF the file no longer declares is deleted; nothing else at the apex is listed", () => {
    const withoutSpf = BASE.replace(/^spf:.*\n/m, "");
    const changes = planDomain(modelFromYaml(withoutSpf), observation(matching())).changes;
    expect(changes).toEqual([
      { domain: "plan.example", name: "plan.example", type: "TXT", action: "delete", ttl: 3600, beforeTtl: 3600, before: ["v=spf1 include:spf.host.example -all"], after: [] },
    ]);
  });

  test("a DKIM selector moving from TXT to CNAME: delete the TXT, create the CNAME", () => {
    const yaml = `${BASE}dkim:\n  selectors:\n    - { name: s1, cname: s1._domainkey.1.ab.dkim.mail.ovh.net. }\n`;
    const rrsets = [
      ...matching(),
      absent("s1._domainkey.plan.example", "s1._domainkey", "CNAME", "dkim"),
      present("s1._domainkey.plan.example", "s1._domainkey", "TXT", "dkim", ["v=DKIM1; p=AAAA"]),
    ];
    expect(planDomain(modelFromYaml(yaml), observation(rrsets)).changes.map((c) => [c.name, c.type, c.action, c.before, c.after])).toEqual([
      ["s1._domainkey.plan.example", "CNAME", "create", [], ["s1._domainkey.1.ab.dkim.mail.ovh.net."]],
      ["s1._domainkey.plan.example", "TXT", "delete", ["v=DKIM1; p=AAAA"], []],
    ]);
  });

  test("a failed lookup plans nothing for its RRset and is carried as a failure", () => {
    const rrsets = matching();
    rrsets[2] = { name: "_dmarc.plan.example", subdomain: "_dmarc", type: "TXT", role: "dmarc", state: "failed", ttl: null, values: [], failure: { reason: "timeout", detail: "no answer" } };
    rrsets[0] = present("plan.example", "", "MX", "mx", ["10 mx.old.example."]);
    const failure = { domain: "plan.example", name: "_dmarc.plan.example", type: "TXT" as const, reason: "timeout" as const, detail: "no answer" };
    const plan = planDomain(modelFromYaml(BASE), observation(rrsets, [failure]));
    expect(plan.changes.map((c) => [c.name, c.type, c.action])).toEqual([["plan.example", "MX", "update"]]);
    expect(plan.failures).toEqual([failure]);
    expect(summarizeChanges(plan.changes, plan.failures)).toEqual({ changes: 1, create: 0, update: 1, delete: 0, failedLookups: 1 });
  });

  test("a `_dmarc` TXT lookup that failed behind an alias: no change at `_dmarc` at all (the alias is not deleted), the failure carried", () => {
    const failure = { domain: "plan.example", name: "_dmarc.plan.example", type: "TXT" as const, reason: "servfail" as const, detail: "SERVFAIL" };
    const rrsets = matching();
    rrsets[2] = { name: "_dmarc.plan.example", subdomain: "_dmarc", type: "TXT", role: "dmarc", state: "failed", ttl: null, values: [], failure: { reason: "servfail", detail: "SERVFAIL" } };
    rrsets.push(present("_dmarc.plan.example", "_dmarc", "CNAME", "conflict", ["old._dmarc.provider.example."]));
    rrsets[0] = present("plan.example", "", "MX", "mx", ["10 mx.old.example."]);
    const plan = planDomain(modelFromYaml(BASE), observation(rrsets, [failure]));
    expect(plan.changes.map((c) => [c.name, c.type, c.action])).toEqual([["plan.example", "MX", "update"]]);
    expect(summarizeChanges(plan.changes, plan.failures)).toEqual({ changes: 1, create: 0, update: 1, delete: 0, failedLookups: 1 });
    // The same alias, its target read: replaced by the file's record (delete the CNAME, create the TXT).
    rrsets[2] = absent("_dmarc.plan.example", "_dmarc", "TXT", "dmarc");
    expect(planDomain(modelFromYaml(BASE), observation(rrsets)).changes.map((c) => [c.name, c.type, c.action])).toEqual([
      ["_dmarc.plan.example", "CNAME", "delete"],
      ["_dmarc.plan.example", "TXT", "create"],
      ["plan.example", "MX", "update"],
    ]);
  });

  test("a CNAME the file asks for where the lookup of another type failed: not created on that strength", () => {
    const yaml = BASE.replace(/^dmarc: .*\n/m, "") + "cname:\n  - { name: _dmarc, target: plan-example._dmarc.provider.example. }\n";
    const rrsets = matching();
    rrsets[2] = { name: "_dmarc.plan.example", subdomain: "_dmarc", type: "TXT", role: "dmarc", state: "failed", ttl: null, values: [], failure: { reason: "timeout", detail: "no answer" } };
    rrsets.push(absent("_dmarc.plan.example", "_dmarc", "CNAME", "cname"));
    expect(planDomain(modelFromYaml(yaml), observation(rrsets)).changes).toEqual([]);
  });

  test("an RRset the caller did not observe is unknown, never created", () => {
    const plan = planDomain(modelFromYaml(BASE), observation(matching().slice(0, 2)));
    expect(plan.changes).toEqual([]);
    expect(plan.failures).toEqual([{ domain: "plan.example", name: "_dmarc.plan.example", type: "TXT", reason: "network", detail: "not observed" }]);
  });
});
