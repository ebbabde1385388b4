import { describe, expect, it } from "vitest";
import { assessEvidence, DEFAULT_THRESHOLDS, evidenceLine, failureWords, percent } from "../../src/mail/dmarc-ramp.js";
import { EvidenceError, parseEvidence, serializeEvidence } from "../../src/reports/evidence.js";
import { crmSource, evidenceFile } from "./evidence-scenarios.js";

describe("the evidence file", () => {
  it("round-trips, and refuses what the command never writes, naming the file and the field", () => {
    const file = evidenceFile(14, 100, 99, [crmSource(0.01, 100)]);
    expect(parseEvidence(serializeEvidence(file), "ev.json")).toEqual(file);
    const broken = (mutate: (f: Record<string, any>) => void) => {
      const copy = JSON.parse(serializeEvidence(file));
      mutate(copy);
      return () => parseEvidence(JSON.stringify(copy), "stacks/prod/dmarc-evidence.json");
    };
    expect(broken((f) => (f.version = 2))).toThrow("stacks/prod/dmarc-evidence.json:1:12: not a DMARC evidence file written by `maildns reports evidence` (version 2, expected 1)");
    expect(broken((f) => (f.domains[0].passing = 101))).toThrow("(domains[0] has invalid counts)");
    expect(broken((f) => (f.domains[0].failingSources[0].spf = "maybe"))).toThrow("(domains[0] has an invalid failing source)");
    expect(broken((f) => (f.window.to = "yesterday"))).toThrow("(no valid window)");
    expect(() => parseEvidence("{", "ev.json")).toThrow(/^ev\.json:1:2: not valid JSON \(the text ends inside an object: it is cut short\)/);
  });

  it("refuses figures the command never computes together, so that no edit by hand opens the gate", () => {
    // Each edit would turn a refusal into a pass: the failing source's share under the 1% bar, more days than
    // the window holds, passes that are neither SPF's nor DKIM's, a source failing more than the domain does.
    const file = evidenceFile(14, 10_000, 9_800, [crmSource(0.02, 10_000)]);
    expect(parseEvidence(serializeEvidence(file), "ev.json")).toEqual(file);
    const broken = (mutate: (f: Record<string, any>) => void) => {
      const copy = JSON.parse(serializeEvidence(file));
      mutate(copy);
      return () => parseEvidence(JSON.stringify(copy), "ev.json");
    };
    const refusal = (what: string) => `: not a DMARC evidence file written by \`maildns reports evidence\` (${what}); write it again with that command`;
    expect(broken((f) => (f.domains[0].failingSources[0].share = 0.005))).toThrow(refusal("domains[0]'s failing source 203.0.113.5 has a share that is not its failing messages over the domain's"));
    expect(broken((f) => (f.domains[0].failingSources[0].share = -1))).toThrow(refusal("domains[0] has an invalid failing source"));
    expect(broken((f) => (f.domains[0].failingSources[0].failing = f.domains[0].failingSources[0].messages + 1))).toThrow("failing source 203.0.113.5 has a share that is not");
    expect(broken((f) => (f.domains[0].days = 31))).toThrow(refusal("domains[0] has 31 days of reports, where the window holds 1 to 30"));
    expect(broken((f) => (f.domains[0].days = 0))).toThrow(refusal("domains[0] has 0 days of reports, where the window holds 1 to 30"));
    expect(broken((f) => (f.domains[0].days = 13.5))).toThrow(refusal("domains[0] has invalid counts"));
    expect(broken((f) => (f.domains[0].from = "2026-02-30"))).toThrow(refusal("domains[0] has no valid from/to inside the window"));
    expect(broken((f) => (f.domains[0].to = "2026-12-31"))).toThrow(refusal("domains[0] has no valid from/to inside the window"));
    expect(broken((f) => (f.window.days = 365))).toThrow(refusal("no valid window"));
    expect(broken((f) => (f.minSourceShare = 5))).toThrow(refusal("no minSourceShare"));
    expect(broken((f) => Object.assign(f.domains[0], { passing: 10_000, dkimAligned: 9_800, spfAligned: 0 }))).toThrow(refusal("domains[0]'s passing messages are not its SPF- and DKIM-aligned ones"));
    expect(broken((f) => (f.domains[0].messages = 9_900))).toThrow(refusal("domains[0]'s failing source 203.0.113.5 has a share that is not its failing messages over the domain's"));
    expect(broken((f) => Object.assign(f.domains[0].failingSources[0], { messages: 300, failing: 300, share: 0.03 }))).toThrow(refusal("domains[0]'s failing sources fail more messages than the domain's failing ones"));
    expect(broken((f) => (f.domains[0].selectors[0].alignedPass = 1e6))).toThrow(refusal("domains[0] has an invalid selector"));
    expect(broken((f) => (f.domains[0].messages = 2 ** 60))).toThrow(refusal("domains[0] has invalid counts"));
  });

  it("says where the file is wrong: the line and column of the syntax error, or of the value refused", () => {
    const text = serializeEvidence(evidenceFile(14, 10_000, 9_800, [crmSource(0.02, 10_000)]));
    const at = (t: string) => {
      try {
        parseEvidence(t, "ev.json");
      } catch (error) {
        const e = error as EvidenceError;
        return `${e.kind} ${e.line}:${e.column} ${e.detail}`;
      }
      return "parsed";
    };
    const lineOf = (t: string, needle: string) => t.slice(0, t.indexOf(needle)).split("\n").length;
    // Pretty-printed as the command writes it: each refused value on its own line, the column at the value.
    const passing = text.replace('"passing": 9800', '"passing": 9700');
    expect(at(passing)).toBe(`shape ${lineOf(passing, '"passing"')}:18 domains[0]'s passing messages are not its SPF- and DKIM-aligned ones`);
    const share = text.replace('"share": 0.02', '"share": 0.005');
    expect(at(share)).toBe(`shape ${lineOf(share, '"share"')}:20 domains[0]'s failing source 203.0.113.5 has a share that is not its failing messages over the domain's`);
    expect(at(text.replace('"version": 1', '"version": 2'))).toBe("shape 2:14 version 2, expected 1");
    expect(at(text.replace('"days": 30', '"days": 31'))).toBe("shape 6:13 no valid window");
    // A value of the wrong kind where an object was expected: at that value (after `"selectors": [`).
    expect(at(text.replace(/"selectors": \[[^\]]*\]/, '"selectors": [7]'))).toMatch(/^shape \d+:21 domains\[0\] has an invalid selector$/);
    // Syntax: a comma too many, a quote missing, a write cut short, something after the end.
    expect(at(text.replace('"days": 30\n', '"days": 30,\n'))).toBe("syntax 7:3 '}' where a property name in double quotes was expected");
    expect(at(text.replace('"minSourceShare"', 'minSourceShare"'))).toBe("syntax 8:3 'm' where a property name in double quotes was expected");
    expect(at(text.slice(0, 100))).toBe(`syntax ${text.slice(0, 100).split("\n").length}:${100 - text.slice(0, 100).lastIndexOf("\n")} the text ends inside an object: it is cut short`);
    expect(at(`${text}}`)).toBe(`syntax ${text.split("\n").length}:1 '}' after the end of the JSON value`);
    expect(at("")).toBe("syntax 1:1 the file holds no JSON value");
    expect(at('{"a": "tab\there"}')).toBe("syntax 1:11 control character U+0009 inside a string: write it as an escape (\\n, \\u0000)");
  });

  it("judges the figures against the thresholds", () => {
    expect(assessEvidence(evidenceFile(14, 1000, 980).domains[0]!, DEFAULT_THRESHOLDS)).toMatchObject({ supported: true, passingShare: 0.98 });
    expect(assessEvidence(evidenceFile(13, 1000, 1000).domains[0]!, DEFAULT_THRESHOLDS).supported).toBe(false);
    expect(assessEvidence(evidenceFile(14, 1000, 979).domains[0]!, DEFAULT_THRESHOLDS).supported).toBe(false);
    const atBar = assessEvidence(evidenceFile(14, 1000, 990, [crmSource(0.01, 1000)]).domains[0]!, DEFAULT_THRESHOLDS);
    expect(atBar).toMatchObject({ supported: true, blocking: [] });
    expect(assessEvidence(null, DEFAULT_THRESHOLDS)).toMatchObject({ supported: false, messages: 0 });
  });

  it("says how a failing source fails", () => {
    expect(failureWords(crmSource(0.02, 100))).toBe("fails SPF and DKIM");
    expect(failureWords({ ...crmSource(0.02, 100), spf: "unaligned" })).toBe("passes SPF only for crm.example (not aligned) and fails DKIM");
    expect(failureWords({ ...crmSource(0.02, 100), spf: "unaligned", dkim: "unaligned", dkimDomains: ["crm.example"] })).toBe("passes SPF only for crm.example (not aligned) and signs DKIM only as crm.example (not aligned)");
  });

  it("writes one line per domain for a pull request", () => {
    const file = evidenceFile(9, 10_000, 9_240, [crmSource(0.061, 10_000)]);
    const view = { file: "dmarc-evidence.json", window: file.window, minSourceShare: 0.001, domain: file.domains[0]! };
    expect(evidenceLine("shop.example", view)).toBe("shop.example: 9 days of reports; 92.4% passing of 10,000 messages (2026-11-09 → 2026-11-22); failing: 203.0.113.5 (mail.crm.example, 6.1%) fails SPF and DKIM: not enough to tighten yet");
    expect(evidenceLine("shop.example", { ...view, domain: null })).toBe("shop.example: no reports in dmarc-evidence.json (2026-10-24 → 2026-11-22)");
  });

  it("never rounds a failing message away: 99.96% reads 99.9%", () => {
    expect(percent(9996, 10000)).toBe("99.9%");
    expect(percent(10000, 10000)).toBe("100.0%");
    expect(percent(924, 1000)).toBe("92.4%");
  });
});
