// Rule metadata `observes` / `alsoObserves` is what audit asks DNS for, and what decides whether a rule runs
// on a partial observation: here it is proven rather than trusted. Fixture domains publish every record
// family, each record tagged with the family it belongs to. Each rule runs as audit runs it twice: on
// everything, and on a source that holds only the records of the families the rule declares, observed
// with only those families. A rule that reads anything it does not declare — a field of the model built
// from another family, or a live lookup of another family — sees it missing, and its findings differ.
// A family in `alsoObserves` may only take findings away: without it, the rule's findings are a subset.
import { describe, expect, it } from "vitest";
import type { RuleSetting } from "../../src/engine/policy.js";
import { createZoneSource, liveLookup, parseZoneFile, type RecordSource, type ZoneRecord } from "../../src/dns/index.js";
import { runRules } from "../../src/engine/lint.js";
import { CORE_OBSERVABLES, familiesRead, OBSERVABLES, type Observable } from "../../src/engine/observes.js";
import type { Finding, Rule } from "../../src/engine/types.js";
import { auditTargets } from "../../src/plan/audit.js";
import { observeDomain } from "../../src/plan/observe.js";
import { buildObservedModel } from "../../src/plan/observed-model.js";
import { allRules } from "../../src/rules/index.js";
import { rsaSpki, rsaSpkiOfModulus } from "../fixtures/keys/dkim-keys.js";

type Family = Observable | "zone";
interface Scenario {
  domain: string;
  /** Selectors known for the domain (as from a zone file or reports); the others are only found by probing. */
  known?: string[];
  /** Selectors named as with --selector. */
  named?: string[];
  /** The source holds every selector there is (a zone file's domain): nothing to probe. */
  complete?: boolean;
}

const KEY_2048 = rsaSpki(2048);
const KEY_1024 = rsaSpki(1024);
/** A TXT value in zone-file form, split in 255-octet strings. */
const txt = (text: string) => (text.match(/.{1,255}/g) ?? [""]).map((s) => `"${s.replace(/"/g, '\\"')}"`).join(" ");

/** Zone lines per family: [family, origin, lines]. Names are relative to the origin. */
const DATA: [Family, string, string[]][] = [
  // Shared by every domain: OVH's exchangers and SPF include, client hosts, a third-party sender's tree.
  ["zone", "example", ["@ SOA ns h 1 7200 3600 1209600 300", "@ NS ns"]],
  ["zone", "ovh.net", ["@ SOA ns h 1 7200 3600 1209600 300"]],
  ["zone", "ovh.com", ["@ SOA ns h 1 7200 3600 1209600 300"]],
  ["mx-hosts", "ovh.net", ["mx0.mail A 192.0.2.20", "mx1.mail A 192.0.2.21", "mx2.mail A 192.0.2.22", "mx3.mail A 192.0.2.23", "mx4.mail A 192.0.2.24"]],
  ["spf-tree", "ovh.com", [`mx TXT "v=spf1 include:_spf.mx.ovh.com ~all"`, `_spf.mx TXT "v=spf1 ip4:198.51.100.0/24 ~all"`]],
  ["srv-hosts", "ovh.net", ["ssl0 A 192.0.2.30", "mailconfig A 192.0.2.31"]],
  ["dkim", "ovh.net", [`ovhmo1-selector1._domainkey.1.ab.dkim.mail TXT ${txt(`v=DKIM1; k=rsa; p=${KEY_2048}`)}`, `ovhmo1-selector2._domainkey.1.ab.dkim.mail TXT ${txt(`v=DKIM1; k=rsa; p=${KEY_2048}`)}`]],
  ["spf-tree", "example", [
    `news.sender TXT "v=spf1 include:_spf1.sender.example ~all"`,
    `_spf1.sender TXT "v=spf1 ip4:203.0.113.0/24 include:_spf2.sender.example ~all"`,
    `_spf2.sender TXT "v=spf1 ip6:2001:db8::/48 ~all"`,
    `heavy.sender TXT "v=spf1 a:h.sender.example mx:h.sender.example a:h2.sender.example mx:h2.sender.example exists:h.sender.example include:news.sender.example -all"`,
    `heavier.sender TXT "v=spf1 include:heavy.sender.example include:heavy2.sender.example -all"`,
    `heavy2.sender TXT "v=spf1 a:h3.sender.example mx:h3.sender.example a:h4.sender.example -all"`,
    "h.sender A 203.0.113.9",
    `loop-a.sender TXT "v=spf1 include:loop-b.sender.example -all"`,
    `loop-b.sender TXT "v=spf1 redirect=loop-a.sender.example"`,
    `nospf.sender TXT "hello"`,
    "mx12.sender MX 1 h1.sender.example.", "mx12.sender MX 2 h2.sender.example.", "mx12.sender MX 3 h3.sender.example.", "mx12.sender MX 4 h4.sender.example.",
    "mx12.sender MX 5 h5.sender.example.", "mx12.sender MX 6 h6.sender.example.", "mx12.sender MX 7 h7.sender.example.", "mx12.sender MX 8 h8.sender.example.",
    "mx12.sender MX 9 h9.sender.example.", "mx12.sender MX 10 h10.sender.example.", "mx12.sender MX 11 h11.sender.example.", "mx12.sender MX 12 h12.sender.example.",
  ]],
  ["mx-hosts", "example", ["mx.provider A 203.0.113.25", "mx.provider AAAA 2001:db8::25", "alias.provider CNAME mx.provider.example."]],
  ["dmarc-reports", "example", [`good.example._report._dmarc.reports TXT "v=DMARC1"`]],

  // A domain set up as OVH documents it, every family present and sound.
  ["zone", "good.example", ["@ SOA ns h 1 7200 3600 1209600 300", "@ NS ns"]],
  ["mx", "good.example", ["@ MX 1 mx0.mail.ovh.net.", "@ MX 5 mx1.mail.ovh.net.", "@ MX 50 mx2.mail.ovh.net.", "@ MX 100 mx3.mail.ovh.net.", "@ MX 200 mx4.mail.ovh.net."]],
  ["spf", "good.example", [`@ 600 TXT "v=spf1 include:mx.ovh.com include:news.sender.example -all"`, `@ 600 TXT "google-site-verification=abc"`]],
  ["dmarc", "good.example", [`_dmarc TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc@reports.example"`]],
  ["dkim", "good.example", ["ovhmo1-selector1._domainkey CNAME ovhmo1-selector1._domainkey.1.ab.dkim.mail.ovh.net.", "ovhmo1-selector2._domainkey CNAME ovhmo1-selector2._domainkey.1.ab.dkim.mail.ovh.net."]],
  ["srv", "good.example", ["_imaps._tcp SRV 0 0 993 ssl0.ovh.net.", "_submission._tcp SRV 0 0 465 ssl0.ovh.net.", "_autodiscover._tcp SRV 0 0 443 mailconfig.ovh.net."]],
  ["cname", "good.example", ["autoconfig CNAME mailconfig.ovh.net.", "autodiscover CNAME mailconfig.ovh.net."]],
  ["mta-sts", "good.example", [`_mta-sts TXT "v=STSv1; id=20260101"`]],
  ["tls-rpt", "good.example", [`_smtp._tls TXT "v=TLSRPTv1; rua=mailto:tls@good.example"`]],

  // A domain with something wrong in every family, hosted elsewhere.
  ["zone", "bad.example", ["@ SOA ns h 1 7200 3600 1209600 300", "@ NS ns"]],
  ["mx", "bad.example", ["@ MX 10 mail.bad.example.", "@ MX 10 alias.provider.example.", "@ MX 20 nohost.bad.example.", "@ MX 30 mx.provider.example."]],
  ["mx-hosts", "bad.example", ["mail CNAME mx.provider.example."]],
  ["spf", "bad.example", [`@ TXT "v=spf1 ptr include:gone.bad.example include:loop-a.sender.example include:news.sender.example include:news.sender.example include:heavier.sender.example mx:mx12.sender.example a:void1.bad.example +all"`]],
  ["spf-type-99", "bad.example", [`@ SPF "v=spf1 -all"`]],
  ["dmarc", "bad.example", [`_dmarc TXT "v=DMARC1; p=none; pct=50; fo=9; rua=mailto:r@elsewhere.example; ruf=mailto:f@elsewhere.example; adkim=x; psd=y"`]],
  ["dkim", "bad.example", [
    `short._domainkey TXT "v=DKIM1; k=rsa; p=${KEY_1024}"`,
    `revoked._domainkey TXT "v=DKIM1; k=rsa; p="`,
    `sha1._domainkey TXT ${txt(`v=DKIM1; k=rsa; h=sha1; p=${KEY_2048}`)}`,
    `testing._domainkey TXT ${txt(`v=DKIM1; k=rsa; t=y; p=${KEY_2048}`)}`,
    `badb64._domainkey TXT "v=DKIM1; k=rsa; p=not*base64"`,
    `nover._domainkey TXT ${txt(`k=rsa; v=DKIM1; g=*; p=${KEY_2048}`)}`,
    `unknown._domainkey TXT "v=DKIM1; k=dsa; p=AAAA"`,
    "dangling._domainkey CNAME dangling.keys.provider.example.",
    `dmarcy._domainkey TXT "v=DMARC1; p=reject"`,
    `nokey._domainkey TXT "v=DKIM1; k=rsa; n=no key here"`,
    `edlong._domainkey TXT ${txt(`v=DKIM1; k=ed25519; p=${KEY_2048}`)}`,
    `web._domainkey TXT ${txt(`v=DKIM1; k=rsa; s=web; p=${KEY_2048}`)}`,
    `huge._domainkey TXT ${txt(`v=DKIM1; k=rsa; p=${rsaSpkiOfModulus(8192)}`)}`,
  ]],
  ["dkim-probe", "bad.example", [`default._domainkey TXT "v=DKIM1; k=rsa; p="`, `selector1._domainkey TXT "v=DKIM1; k=rsa; p=${KEY_1024}"`]],
  ["srv", "bad.example", ["_imaps._tcp SRV 0 0 143 imap.bad.example.", "_submission._tcp SRV 0 0 25 imap.bad.example.", "_imap._tcp SRV 0 0 143 imap.bad.example.", "_autodiscover._tcp SRV 0 0 443 clients.bad.example."]],
  ["srv-hosts", "bad.example", ["imap CNAME mx.provider.example."]],
  ["cname", "bad.example", ["autodiscover CNAME autodiscover.outlook.com.", "autoconfig CNAME mailconfig.ovh.net."]],
  ["mta-sts", "bad.example", [`_mta-sts TXT "v=STSv1; id=not an id!"`]],
  ["tls-rpt", "bad.example", [`_smtp._tls TXT "v=TLSRPTv1; rua=http://reports.example"`]],

  // OVH's MX Plan, done halfway: one selector, a TXT where OVH wants a CNAME, the SPF without OVH.
  ["zone", "half.example", ["@ SOA ns h 1 7200 3600 1209600 300", "@ NS ns"]],
  ["mx", "half.example", ["@ MX 1 mx0.mail.ovh.net.", "@ MX 5 mx1.mail.ovh.net."]],
  ["spf", "half.example", [`@ TXT "v=spf1 include:news.sender.example ~all v=DMARC1"`]],
  ["dkim", "half.example", [`ovhmo2-selector1._domainkey TXT ${txt(`v=DKIM1; k=rsa; p=${KEY_2048}`)}`]],
  ["dmarc", "half.example", [`_dmarc TXT "p=reject; v=DMARC1"`, `_dmarc TXT "v=DMARC1; p=none"`]],
  ["srv", "half.example", ["_autodiscover._tcp SRV 0 0 443 pro1.mail.ovh.net."]],
  ["cname", "half.example", ["autodiscover CNAME pro1.mail.ovh.net.", "ovhcontrol123 CNAME ovh.com."]],
  ["mta-sts", "half.example", [`_mta-sts TXT "v=STSv1; id=1; v=DMARC1"`]],

  // A domain with no records of its own under a parent whose DMARC record covers it.
  ["zone", "parent.example", ["@ SOA ns h 1 7200 3600 1209600 300", "@ NS ns"]],
  ["dmarc-discovery", "parent.example", [`_dmarc TXT "v=DMARC1; p=reject; sp=quarantine"`]],
  ["mx", "parent.example", ["child MX 10 mx.provider.example."]],
  ["spf", "parent.example", [`child TXT "v=spf1 ip4:192.0.2.0/24 -all"`]],
  ["dkim", "parent.example", [`k1._domainkey.child TXT ${txt(`v=DKIM1; k=rsa; p=${KEY_2048}`)}`]],
  ["dkim-probe", "parent.example", [`google._domainkey.child TXT ${txt(`v=DKIM1; k=rsa; p=${KEY_2048}`)}`]],

  // A sending domain with nothing published: no SPF, no DMARC anywhere above, no key.
  ["zone", "bare.example", ["@ SOA ns h 1 7200 3600 1209600 300", "@ NS ns"]],
  ["mx", "bare.example", ["@ MX 10 mx.provider.example."]],
  ["dkim", "bare.example", []],

  // A parked domain done right, and its wildcard revoked key.
  ["zone", "parked.example", ["@ SOA ns h 1 7200 3600 1209600 300", "@ NS ns"]],
  ["mx", "parked.example", ["@ MX 0 ."]],
  ["spf", "parked.example", [`@ TXT "v=spf1 -all"`]],
  ["dmarc", "parked.example", [`_dmarc TXT "v=DMARC1; p=reject"`]],
  ["dkim-probe", "parked.example", [`*._domainkey TXT "v=DKIM1; p="`]],

  // A parked domain done wrong: a null MX beside another, a permissive SPF, p=none.
  ["zone", "leaky.example", ["@ SOA ns h 1 7200 3600 1209600 300", "@ NS ns"]],
  ["mx", "leaky.example", ["@ MX 0 .", "@ MX 10 mx.provider.example."]],
  ["spf", "leaky.example", [`@ TXT "v=spf1 ?all"`, `@ TXT "v=spf1 include:news.sender.example"`]],
  ["dmarc", "leaky.example", [`_dmarc TXT "v=DMARC1; p=none; sp=reject; np=bogus; t=y"`]],

  // SPF with syntax trouble, a redirect beside all, terms after all, macros, and a sender that uses a
  // third party for all its mail.
  ["zone", "syntax.example", ["@ SOA ns h 1 7200 3600 1209600 300", "@ NS ns"]],
  ["mx", "syntax.example", ["@ MX 10 mx.provider.example."]],
  ["spf", "syntax.example", [`@ TXT "v=spf1 ip4:192.0.2.1/33 foo:bar exists:%{z}.sender.example redirect=news.sender.example -all include:news.sender.example redirect=nospf.sender.example"`]],
  ["dmarc", "syntax.example", [`_dmarc TXT "v=DMARC1; p=reject; p=none; rua=notauri; fo=1:d; rf=xml; ri=x"`]],

  // OVH's exchangers set up by hand: a drifted priority, a legacy host, the Canadian region beside the
  // European one, a host twice; an SPF without OVH's include under an enforcing DMARC; OVH client records
  // with the wrong port or an address for a host.
  ["zone", "drift.example", ["@ SOA ns h 1 7200 3600 1209600 300", "@ NS ns"]],
  ["mx", "drift.example", ["@ MX 1 mx0.mail.ovh.net.", "@ MX 7 mx1.mail.ovh.net.", "@ MX 20 mx1.ovh.net.", "@ MX 30 mx0.mail.ovh.ca.", "@ MX 40 mx0.mail.ovh.net."]],
  ["spf", "drift.example", [`@ TXT "v=spf1 ip4:192.0.2.0/24 -all"`]],
  ["dmarc", "drift.example", [`_dmarc 60 TXT "v=DMARC1; rua=mailto:d@drift.example; p=reject"`]],
  ["srv", "drift.example", ["_imaps._tcp SRV 0 0 143 ssl0.ovh.net.", "_pop3s._tcp SRV 0 0 995 192.0.2.1."]],
  ["cname", "drift.example", ["autoconfig CNAME mail-.example."]],

  // A domain that says it takes no mail, half-heartedly.
  ["zone", "parkedbad.example", ["@ SOA ns h 1 7200 3600 1209600 300", "@ NS ns"]],
  ["mx", "parkedbad.example", ["@ MX 0 ."]],
  ["spf", "parkedbad.example", [`@ TXT "v=spf1 ~all"`]],
  ["dmarc", "parkedbad.example", [`_dmarc TXT "v=DMARC1; p=none"`]],

  // Exchanges that are no host names, two DMARC records (one without p=, one with p= not second), an
  // SPF record too large for one UDP answer and without an all, one that does not parse.
  ["zone", "odd.example", ["@ SOA ns h 1 7200 3600 1209600 300", "@ NS ns"]],
  ["mx", "odd.example", ["@ MX 10 192.0.2.1.", "@ MX 20 mail_host.odd.example.", "@ MX 30 . "]],
  ["spf", "odd.example", [`@ TXT ${txt(`v=spf1 ${Array.from({ length: 30 }, (_, i) => `ip4:198.51.100.${i}`).join(" ")} include:news.sender.example`)}`]],
  ["dmarc", "odd.example", [`_dmarc TXT "v=DMARC1; rua=mailto:d@odd.example"`, `_dmarc TXT "v=DMARC1; sp=none; p=reject"`]],
  ["zone", "nomx.example", ["@ SOA ns h 1 7200 3600 1209600 300", "@ NS ns"]],
  ["spf", "nomx.example", [`@ TXT "v=spf1 include ~all"`]],
  ["dmarc", "nomx.example", [`_dmarc TXT "v=DMARC1; p=maybe; pct=150; ;=x"`]],
  // A parked domain that only lacks its null MX: with SPF authorising nobody, it neither sends nor receives.
  ["zone", "parkednomx.example", ["@ SOA ns h 1 7200 3600 1209600 300", "@ NS ns"]],
  ["spf", "parkednomx.example", [`@ TXT "v=spf1 -all"`]],
  ["dmarc", "parkednomx.example", [`_dmarc TXT "v=DMARC1; p=reject"`]],
];

const SCENARIOS: Scenario[] = [
  { domain: "good.example", known: ["ovhmo1-selector1", "ovhmo1-selector2"] },
  { domain: "bad.example", known: ["short", "revoked", "sha1", "testing", "badb64", "nover", "unknown", "dangling", "dmarcy", "nokey", "edlong", "web", "huge"] },
  { domain: "half.example", named: ["ovhmo2-selector1", "ovhmo2-selector2"] },
  { domain: "child.parent.example", known: ["k1"] },
  { domain: "bare.example" },
  { domain: "parked.example" },
  { domain: "leaky.example" },
  { domain: "syntax.example" },
  { domain: "drift.example" },
  { domain: "parkedbad.example" },
  { domain: "odd.example" },
  { domain: "nomx.example" },
  { domain: "parkednomx.example" },
  // Zone files list every selector: nothing is probed, and the OVH selectors' absence is judged.
  { domain: "half.example", complete: true },
];

interface Tagged extends ZoneRecord {
  family: Family;
}

const RECORDS: Tagged[] = DATA.flatMap(([family, origin, lines]) =>
  lines.flatMap((line) => {
    const parsed = parseZoneFile(`$TTL 3600\n${line}\n`, { origin });
    if (parsed.errors.length > 0) throw new Error(`fixture line '${line}': ${parsed.errors[0]!.message}`);
    return parsed.records.map((r) => ({ ...r, family }));
  }),
);

const sources = new Map<string, RecordSource>();
/** A zone source holding the records of these families only (and the zones themselves). */
function sourceFor(families: ReadonlySet<Observable>): RecordSource {
  const key = [...families].sort().join(",");
  let source = sources.get(key);
  if (!source) sources.set(key, (source = createZoneSource(RECORDS.filter((r) => r.family === "zone" || families.has(r.family)))));
  return source;
}

const TODAY = "2026-11-23";
function onlyRule(rule: Rule) {
  const settings = new Map<string, RuleSetting>([[rule.meta.id, { level: rule.meta.defaultLevel, options: Object.fromEntries(Object.entries(rule.meta.options.properties).map(([k, v]) => [k, v.default])) }]]);
  return { name: "test", file: "test", settingsFor: () => settings };
}

/** The rule's findings on a scenario, audited as `audit` does, seeing only `families`. */
async function findings(rule: Rule, scenario: Scenario, families: ReadonlySet<Observable>): Promise<string[]> {
  const source = sourceFor(families);
  const targets = auditTargets(scenario.domain, scenario.named ?? [], { known: scenario.known ?? [], families, probe: !scenario.complete });
  const observation = await observeDomain(source, targets);
  expect(observation.failures, `${scenario.domain}: every lookup answers`).toEqual([]);
  const model = buildObservedModel(observation);
  const found = await runRules(model, null, { rules: [rule], policy: onlyRule(rule), today: TODAY, dns: liveLookup(source), observed: null, observable: families });
  return found.map((f: Finding) => `${f.name} ${f.messageId} ${JSON.stringify(f.data)}`).sort();
}

const EVERYTHING: ReadonlySet<Observable> = new Set(OBSERVABLES);
const checked = allRules.filter((r) => r.check && r.meta.kind !== "transition" && r.meta.kind !== "file");

describe("what rules observe", () => {
  it("every rule with a check declares `observes` from the closed set, and no family twice", () => {
    for (const rule of allRules.filter((r) => r.check)) {
      expect(rule.meta.observes, `${rule.meta.id} declares observes`).toBeDefined();
      const all = [...(rule.meta.observes ?? []), ...(rule.meta.alsoObserves ?? [])];
      for (const family of all) expect(OBSERVABLES, `${rule.meta.id}: ${family}`).toContain(family);
      expect(new Set(all).size, `${rule.meta.id} lists a family twice`).toBe(all.length);
    }
  });

  it("the fixtures exercise the rules: each of these reports something on a full observation", async () => {
    const silent: string[] = [];
    for (const rule of checked) {
      let any = false;
      for (const scenario of SCENARIOS) if ((await findings(rule, scenario, EVERYTHING)).length > 0) any = true;
      if (!any) silent.push(rule.meta.id);
    }
    // What cannot fire on live records: client settings are written in domain files only, OVH's API
    // limits apply to zones applied through it, and a few checks need what only a domain file says.
    expect(silent.sort()).toEqual(UNEXERCISED);
  });

  describe.each(checked.map((r) => [r.meta.id, r] as const))("%s", (_id, rule) => {
    it("reads nothing beyond what it declares: on its families alone its findings are those of a full observation", async () => {
      const declared = new Set(familiesRead(rule));
      for (const scenario of SCENARIOS) {
        expect(await findings(rule, scenario, declared), scenario.domain).toEqual(await findings(rule, scenario, EVERYTHING));
      }
    });
    it("without the families it only also reads, it reports less, never something else", async () => {
      const needed = new Set(rule.meta.observes ?? []);
      for (const scenario of SCENARIOS) {
        const full = await findings(rule, scenario, EVERYTHING);
        const less = await findings(rule, scenario, needed);
        // The one exception: a rule's note that it could not check, which only a partial observation gives.
        for (const f of less.filter((x) => !NOT_CHECKED_NOTES.some((note) => x.includes(` ${note} `)))) {
          expect(full, `${scenario.domain}: found only without ${(rule.meta.alsoObserves ?? []).join(", ")}`).toContain(f);
        }
      }
    });
  });

  it("the default audit covers the core families, and rules needing more are opt-in", () => {
    expect([...CORE_OBSERVABLES].sort()).toEqual(["dkim", "dmarc", "dmarc-discovery", "dmarc-reports", "mx", "mx-hosts", "spf", "spf-tree"]);
    const optIn = allRules.filter((r) => (r.meta.observes ?? []).some((f) => !CORE_OBSERVABLES.includes(f))).map((r) => r.meta.id);
    expect(optIn.sort()).toEqual(OPT_IN_RULES);
  });
});

/** Messages that say a check was not made: dkim-selector-not-found's, when no selector is known and none probed. */
const NOT_CHECKED_NOTES = ["notProbed"];

/**
 * Rules these fixtures do not make report, and why. Most cannot fire on live records at all: client
 * settings, DMARC and MTA-STS stages, rotation dates and OVH's API limits are written in domain files only
 * (ttl-above-panel-max, ttl-below-ovh-min and txt-ovh-* apply to zones applied through OVH, which audited
 * domains are not); DNS cannot carry what dns-name-unencodable, mx-priority-range, spf-string-too-long
 * and ttl-rrset-mismatch look for, nor a name without its trailing dot; audit observes no CNAME that
 * could sit beside other data or be an OVH verification leftover. The others need an OVH offer audit does
 * not tell from the MX (autodiscover-cname-conflict, mx-not-ovh: Email Pro, Exchange), need DMARC evidence
 * (dmarc-ramp-evidence: these fixtures give none), or are not exercised here (dmarc-v-first,
 * mx-ovh-incomplete). mx-missing needs a domain said to take mail: a domain file, or `doctor`; audit takes
 * a domain that publishes no MX as receiving none (RFC 5321 §5.1, the implicit MX; observed-model.ts).
 */
const UNEXERCISED: string[] = [
  "autodiscover-cname-conflict",
  "client-cleartext-port",
  "client-imap-settings",
  "client-smtp-settings",
  "cname-conflict",
  "dkim-cname-conflict",
  "dkim-rotation-too-soon",
  "dmarc-none-monitoring-stage",
  "dmarc-none-observation-too-short",
  "dmarc-none-too-long",
  "dmarc-ramp-evidence",
  "dmarc-ramp-skip",
  "dmarc-t-y-lingering",
  "dmarc-v-first",
  "dns-name-unencodable",
  "mta-sts-enforce-first",
  "mta-sts-max-age",
  "mta-sts-policy-mx",
  "mx-missing",
  "mx-not-ovh",
  "mx-ovh-incomplete",
  "mx-priority-range",
  "mx-trailing-dot",
  "ovh-verification-cname-leftover",
  "spf-private-exchange-ips",
  "spf-string-too-long",
  "ttl-above-panel-max",
  "ttl-below-ovh-min",
  "ttl-rrset-mismatch",
  "txt-ovh-embedded-quote",
  "txt-ovh-multistring",
];

/** Rules that need a family the default audit does not ask: they run only when asked for. */
const OPT_IN_RULES: string[] = [
  "autodiscover-cname-conflict",
  "autodiscover-offer-mismatch",
  "cname-conflict",
  "mta-sts-enforce-first",
  "mta-sts-max-age",
  "mta-sts-policy-mx",
  "mta-sts-txt-syntax",
  "ovh-verification-cname-leftover",
  "spf-type-99",
  "srv-format",
  "srv-imaps",
  "srv-submission-port-mismatch",
  "srv-target-cname",
  "tls-rpt-syntax",
];
