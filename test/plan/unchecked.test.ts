// Which findings mean "a check was not made: a lookup it needed failed" (src/plan/unchecked.ts): every
// message of a rule that says a lookup failed is decided, one way or the other, and every decision names a
// message that exists.
import { describe, expect, test } from "vitest";
import type { Finding } from "../../src/engine/types.js";
import { ADVISORY_LOOKUPS, describeNotInLoadedZones, describeOutsideZones, describeUnchecked, splitUncheckedLookups, uncheckedLookups, uncheckedTotal, VERDICT_LOOKUPS } from "../../src/plan/unchecked.js";
import { allRules } from "../../src/rules/index.js";

/** A message that reads like "a lookup failed, so this was not checked". */
const SAYS_LOOKUP_FAILED = /lookupfailed|unread|incomplete/i;

function finding(ruleId: string, messageId: string, data: Finding["data"], domain = "example.com"): Finding {
  return { ruleId, messageId, data, domain, level: "info", message: "", file: null, name: domain, line: 0, column: 0, endLine: 0, endColumn: 0 };
}

describe("failed-lookup messages", () => {
  test("every message that says a lookup failed is decided: the verdict rests on it, or receivers ignore it", () => {
    const undecided: string[] = [];
    // File rules read files, not DNS ("folderUnreadable" is a folder that cannot be listed).
    for (const rule of allRules.filter((r) => r.meta.kind !== "file")) {
      for (const messageId of Object.keys(rule.meta.messages)) {
        if (!SAYS_LOOKUP_FAILED.test(messageId)) continue;
        if (VERDICT_LOOKUPS[rule.meta.id]?.[messageId] || ADVISORY_LOOKUPS[rule.meta.id]?.[messageId]) continue;
        undecided.push(`${rule.meta.id}.${messageId}`);
      }
    }
    expect(undecided).toEqual([]);
  });

  test("every decision names a rule's message that exists, and no message is decided both ways", () => {
    const byId = new Map(allRules.map((r) => [r.meta.id, r]));
    for (const table of [VERDICT_LOOKUPS, ADVISORY_LOOKUPS]) {
      for (const [ruleId, messages] of Object.entries(table)) {
        for (const messageId of Object.keys(messages)) expect(byId.get(ruleId)?.meta.messages[messageId], `${ruleId}.${messageId}`).toBeDefined();
      }
    }
    for (const [ruleId, messages] of Object.entries(ADVISORY_LOOKUPS)) {
      for (const messageId of Object.keys(messages)) expect(VERDICT_LOOKUPS[ruleId]?.[messageId]).toBeUndefined();
    }
  });

  test("one lookup needed by two rules is one entry naming both; lookups already failed in the observation and exp= are left out", () => {
    const findings = [
      finding("spf-lookup-limit", "countIncomplete", { name: "Inc.Example.net", query: "TXT", reason: "timeout" }),
      finding("spf-lookup-budget-change", "countIncomplete", { side: "live", name: "old.example.net", query: "TXT", reason: "servfail" }),
      finding("spf-include-no-record", "lookupFailed", { target: "inc.example.net", reason: "timeout" }),
      finding("spf-include-no-record", "expLookupFailed", { target: "why.example.com", reason: "timeout" }),
      finding("dmarc-multiple", "lookupFailed", { name: "_dmarc.example.com", reason: "servfail" }),
      finding("mx-target-unresolvable", "lookupFailed", { host: "mx.example.net", reason: "refused" }, "a.example"),
      finding("dmarc-ramp-transition", "unreadBefore", { target: "_dmarc.example.com", reason: "the lookup failed: timeout" }),
      finding("dmarc-ramp-transition", "unreadAfter", { target: "dmarc.provider.example", reason: "no live DNS" }),
    ];
    expect(uncheckedLookups(findings, [{ domain: "example.com", name: "_dmarc.example.com", type: "TXT" }])).toEqual([
      { domain: "a.example", name: "mx.example.net", type: "A/AAAA", reason: "refused", rules: ["mx-target-unresolvable"] },
      { domain: "example.com", name: "_dmarc.example.com", type: "CNAME", reason: "the lookup failed: timeout", rules: ["dmarc-ramp-transition"] },
      { domain: "example.com", name: "inc.example.net", type: "TXT", reason: "timeout", rules: ["spf-include-no-record", "spf-lookup-limit"] },
      { domain: "example.com", name: "old.example.net", type: "TXT", reason: "servfail", rules: ["spf-lookup-budget-change"] },
    ]);
  });
});

describe("lookups folded into a finding's count (past the engine's ten per value) are counted, once each", () => {
  const hosts = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => ({ term: "mx:m.example.net", query: "A/AAAA", name: `h${from + i}.example.net`, reason: "budget" }));
  /** A finding as the engine leaves the tenth: its own report, and the data of those it stands for. */
  const capped = (ruleId: string, messageId: string, own: Finding["data"], folded: Finding["data"][]): Finding => ({ ...finding(ruleId, messageId, own), count: 1 + folded.length, folded });

  test("the entry of the finding standing for the rest says how many more; the total counts every lookup", () => {
    const [first, ...rest] = hosts(0, 40);
    const list = uncheckedLookups([capped("spf-void-lookups", "lookupFailed", first!, rest)]);
    expect(list).toEqual([{ domain: "example.com", name: "h0.example.net", type: "A/AAAA", reason: "budget", rules: ["spf-void-lookups"], more: 39 }]);
    expect(uncheckedTotal(list)).toBe(40);
    expect(describeUnchecked(list[0]!)).toBe("h0.example.net A/AAAA lookup failed (budget), needed by spf-void-lookups (and 39 more like it)");
  });

  test("a folded lookup another rule named, or another finding folded too, is not counted twice; one already failed is left out", () => {
    // Two rules walking one SPF tree: the first lists h0-h9 and folds h10-h29, the second lists h10-h19 and folds h20-h34.
    const voids = [...hosts(0, 9).map((d) => finding("spf-void-lookups", "lookupFailed", d)), capped("spf-void-lookups", "lookupFailed", hosts(9, 10)[0]!, hosts(10, 30))];
    const budget = [...hosts(10, 19).map((d) => finding("spf-lookup-budget-change", "countIncomplete", { side: "live", ...d })), capped("spf-lookup-budget-change", "countIncomplete", { side: "live", ...hosts(19, 20)[0]! }, hosts(20, 35).map((d) => ({ side: "live", ...d })))];
    const known = [{ domain: "example.com", name: "h34.example.net", type: "A/AAAA" }];
    const list = uncheckedLookups([...voids, ...budget], known);
    expect(list.length).toBe(20);
    // h10-h19 are listed (by the second rule) and were folded by the first: both rules needed them.
    expect(list.find((u) => u.name === "h15.example.net")?.rules).toEqual(["spf-lookup-budget-change", "spf-void-lookups"]);
    // h20-h29 counted once, in the first rule's tenth entry; h30-h33 in the second's; h34 had already failed.
    expect(list.filter((u) => u.more !== undefined).map((u) => [u.name, u.more])).toEqual([
      ["h19.example.net", 4],
      ["h9.example.net", 10],
    ]);
    expect(uncheckedTotal(list)).toBe(34);
  });

  test("split by name (outside the loaded zones or not), each side counts its own; a finding whose own lookup is left out lists the first of the rest", () => {
    const [first, ...rest] = hosts(0, 12);
    const all = [capped("spf-void-lookups", "lookupFailed", first!, rest)];
    const outside = (name: string) => Number(/^h(\d+)/.exec(name)![1]) % 2 === 1;
    const inside = uncheckedLookups(all, [], (name) => !outside(name));
    const beyond = uncheckedLookups(all, [], outside);
    expect(inside.map((u) => [u.name, u.more])).toEqual([["h0.example.net", 5]]);
    expect(beyond.map((u) => [u.name, u.more])).toEqual([["h1.example.net", 5]]);
    expect(describeOutsideZones(beyond)).toMatch(/^Not checked: 6 lookups of names outside the loaded zone files \(h1\.example\.net A\/AAAA, and 5 more; 1 rule needed them\)/);
  });
});

describe("describeNotInLoadedZones: what to do about names no loaded zone holds, said once", () => {
  const outside = (domain: string, name = domain) => ({ domain, reason: "outside-zones", detail: `no loaded zone holds ${name}` });

  test("one lookup, several, and more domains than are named", () => {
    expect(describeNotInLoadedZones([outside("a.example")])).toBe("1 lookup for a.example failed because no loaded zone holds the name it asks: load the zone file that holds it too (--zone), or give --resolver to ask DNS for it.");
    const many = ["a.example", "b.example", "c.example", "d.example", "e.example"].flatMap((d) => [outside(d), outside(d, `_dmarc.${d}`)]);
    expect(describeNotInLoadedZones(many)).toBe("10 lookups for a.example, b.example, c.example, and 2 more failed because no loaded zone holds the names they ask: load the zone files that hold them too (--zone), or give --resolver to ask DNS for them.");
  });

  test("nothing for other failures, nor for an alias leaving the zones (its own detail says what to do)", () => {
    expect(describeNotInLoadedZones([])).toBeNull();
    expect(describeNotInLoadedZones([{ domain: "a.example", reason: "timeout", detail: "no answer within 100 ms" }])).toBeNull();
    expect(describeNotInLoadedZones([{ domain: "a.example", reason: "outside-zones", detail: "alias target x.example.net is outside the loaded zones: load the zone file that holds it too (--zone), or give --resolver" }])).toBeNull();
  });
});

describe("splitUncheckedLookups: inside and outside the loaded zones in one pass", () => {
  const hosts = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => ({ term: "mx:m.example.net", query: "A/AAAA", name: `h${from + i}.example.net`, reason: "budget" }));
  const capped = (ruleId: string, messageId: string, own: Finding["data"], folded: Finding["data"][]): Finding => ({ ...finding(ruleId, messageId, own), count: 1 + folded.length, folded });

  test("each side is what uncheckedLookups lists with that side kept, asking the predicate once per lookup", () => {
    const [first, ...rest] = hosts(0, 40);
    const findings: Finding[] = [
      capped("spf-void-lookups", "lookupFailed", first!, rest),
      ...hosts(5, 15).map((d) => finding("spf-lookup-budget-change", "countIncomplete", { side: "live", ...d })),
      { ...finding("dkim-cname-target-invalid", "lookupFailed", { selector: "s1", target: "s1._domainkey.keys.test", reason: "outside-zones" }), alsoNeededBy: ["dkim-key-too-short", "dkim-testing-flag"] },
      finding("dkim-key-too-short", "lookupFailed", { selector: "s2", target: "s2._domainkey.example.com", reason: "servfail" }),
    ];
    const known = [{ domain: "example.com", name: "h3.example.net", type: "A/AAAA" }];
    const outside = (name: string) => name.endsWith(".keys.test") || Number(/^h(\d+)/.exec(name)?.[1] ?? 0) % 3 === 1;
    const asked: string[] = [];
    const split = splitUncheckedLookups(findings, known, (name) => (asked.push(name), outside(name)));
    expect(split.unchecked).toEqual(uncheckedLookups(findings, known, (name) => !outside(name)));
    expect(split.outsideZones).toEqual(uncheckedLookups(findings, known, outside));
    expect(split.outsideZones.find((u) => u.name === "s1._domainkey.keys.test")?.rules).toEqual(["dkim-cname-target-invalid", "dkim-key-too-short", "dkim-testing-flag"]);
    expect(uncheckedTotal(split.unchecked) + uncheckedTotal(split.outsideZones)).toBe(41);
    // Each report's lookup is put on its side once: h0-h39 but h3 (already failed), h5-h14 again, s1 and s2.
    expect(asked.length).toBe(39 + 10 + 2);
    expect(splitUncheckedLookups(findings, known, null)).toEqual({ unchecked: uncheckedLookups(findings, known), outsideZones: [] });
  });
});
