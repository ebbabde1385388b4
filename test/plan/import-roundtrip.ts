// The adoption path as a user walks it, as a property: zones of mail records are generated, written as zone
// files and served by a loopback DNS server, then the CLI runs as a subprocess: `import` (over DNS, and
// `--zone`), `lint`, `plan` against the same records, and `audit` of the live domain. What must hold:
//   - import exits 0 when every domain is written, 1 when one is refused, and names what it refused;
//   - every record the file holds is the zone's, octet for octet (TXT compared on its joined strings, MX
//     preference and host, SRV fields, CNAME targets, the TTL each one gets from the file);
//   - the files written from DNS and from the zone files say the same (but for the header naming the source);
//   - `plan` against the same DNS and the same zone files shows no change and no failed lookup;
//   - an error `lint` reports on the imported file is one `audit` reports on the live domain too (the live
//     record is what is wrong), but for the rules about what OVH's API can store (txt-ovh-*). The audit
//     reads the zone files: DNS cannot list DKIM selectors, so over DNS `audit` leaves the rules that
//     judge "no selector" unsaid, while a zone file lists them all.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { domainToASCII } from "node:url";
import fc from "fast-check";
import yaml from "js-yaml";
import { repoRoot, type CliRun } from "../helpers/cli.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";
import { loadZones } from "../../src/dns/zone-source.js";
import { runCliAsync } from "./cli-async.js";

export const OVH_ZONES = [join(repoRoot, "test/fixtures/zones/ovh.net.zone"), join(repoRoot, "test/fixtures/zones/ovh.com.zone")];
export const TODAY = "2026-11-01";

/** The parent zone every generated domain sits in, and what its records point at. */
export const PROVIDER_ZONE = `$ORIGIN test.
$TTL 3600
@ IN SOA ns.test. hostmaster.test. 1 7200 3600 1209600 300
@ IN NS ns.test.
ns IN A 192.0.2.53
mx1.provider IN A 192.0.2.25
mx2.provider IN A 192.0.2.26
mx2.provider IN AAAA 2001:db8::26
imap.provider IN A 192.0.2.143
_spf.provider IN TXT "v=spf1 ip4:198.51.100.0/24 -all"
key1.dkim.provider IN TXT "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="
_dmarc.provider IN TXT "v=DMARC1; p=reject; rua=mailto:agg@provider.test"
sts.provider IN TXT "v=STSv1; id=20260101"
tlsrpt.provider IN TXT "v=TLSRPTv1; rua=mailto:tls@provider.test"
`;

const MX_HOSTS = ["mx1.provider.test.", "mx2.provider.test.", "MX1.Provider.TEST."];
const MX_PREFERENCES = [0, 1, 5, 10, 20, 65535];
const TTLS = [0, 60, 300, 3600, 86400];

export interface TxtSpec {
  strings: string[];
  ttl: number | null;
}

/** A domain under `test.` with this label, or an IDN one (its A-label) when `idn`. */
export function domainName(idn: boolean, label: string): string {
  return idn ? domainToASCII(`b\u00fccher-${label}.test`) : `${label}.test`;
}

export interface DomainSpec {
  /** The domain's A-label, lower case. */
  domain: string;
  idn: boolean;
  /** The name as the zone file writes it (case as generated, `$ORIGIN` and owners). */
  upper: boolean;
  ttl: number;
  mx: { kind: "absent" } | { kind: "null"; ttl: number | null } | { kind: "ovh"; ttl: number | null } | { kind: "list"; entries: { preference: number; host: string }[]; ttl: number | null };
  spf: TxtSpec | null;
  /** Apex TXT that maildns does not manage (verification tokens). */
  apexTxt: string[];
  dmarc: { kind: "txt"; txt: TxtSpec } | { kind: "cname"; target: string } | null;
  dkim: ({ selector: string; kind: "cname"; target: string; ttl: number | null } | { selector: string; kind: "txt"; txt: TxtSpec })[];
  srv: { service: string; priority: number; weight: number; port: number; target: string }[];
  cname: { name: string; target: string }[];
  /** The record, or its delegation to a provider by CNAME (RFC 8461 §3.1, RFC 8460 §3 name the TXT). */
  mtaSts: TxtSpec | { cname: string } | null;
  tlsRpt: TxtSpec | { cname: string } | null;
  /** `* TXT "v=spf1 -all"`, as parked-domain guides publish for every subdomain. */
  wildcardSpf: boolean;
  /** `*._domainkey TXT "v=DKIM1; p="`: every selector revoked, as the same guides publish. */
  wildcardDkim: boolean;
  /** How the zone file writes text: 0 as is (quotes and backslashes escaped), 1 every non-alphanumeric as \DDD. */
  escape: 0 | 1;
  /** What a domain file cannot hold, which import must refuse: a second SPF record, a second TXT at `_dmarc`. */
  fault: "none" | "two-spf" | "dmarc-neighbour";
}

/** Cuts a text into character-strings at the given points (never an empty one unless the text is empty). */
function cut(text: string, points: number[]): string[] {
  const at = [...new Set(points.map((p) => Math.floor(p * text.length)).filter((p) => p > 0 && p < text.length))].sort((a, b) => a - b);
  const parts: string[] = [];
  let from = 0;
  for (const p of at) {
    parts.push(text.slice(from, p));
    from = p;
  }
  parts.push(text.slice(from));
  return parts;
}

const ttlArb = fc.option(fc.constantFrom(...TTLS), { nil: null, freq: 2 });
const cutsArb = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 2 });
function txtArb(text: fc.Arbitrary<string>): fc.Arbitrary<TxtSpec> {
  return fc.record({ text, cuts: cutsArb, ttl: ttlArb }).map(({ text, cuts, ttl }) => ({ strings: cut(text, cuts), ttl }));
}

const spfText = fc
  .record({
    terms: fc.subarray(["ip4:192.0.2.1", "ip6:2001:db8::1", "include:_spf.provider.test", "a", "mx", "ip4:203.0.113.0/24"], { minLength: 0 }),
    all: fc.constantFrom("-all", "~all", "?all", ""),
    upper: fc.boolean(),
  })
  .map(({ terms, all, upper }) => [upper ? "V=SPF1" : "v=spf1", ...terms, ...(all ? [all] : [])].join(" "));

const ovhSpfText = fc.constantFrom("v=spf1 include:mx.ovh.com ~all", "v=spf1 include:mx.ovh.com -all");

const dmarcText = fc
  .record({
    p: fc.constantFrom("none", "quarantine", "reject"),
    rua: fc.boolean(),
    extra: fc.constantFrom("", "; adkim=s", "; sp=reject", "; pct=100", "; fo=1"),
  })
  .map(({ p, rua, extra }) => `v=DMARC1; p=${p}${rua ? "; rua=mailto:dmarc@provider.test" : ""}${extra}`);

/** Notes a DKIM key may carry (RFC 6376 §3.6.1 `n=`): non-ASCII text and characters zone files escape. */
const NOTES = ["", "; n=rotated", "; n=caf\u00e9", "; n=x\\y", '; n="quoted"', "; n=a;b"];
/** An Ed25519 public key (32 octets: 44 base64 characters), or an empty p= (a revoked key). */
const dkimText = fc
  .record({ key: fc.uint8Array({ minLength: 32, maxLength: 32 }), note: fc.constantFrom(...NOTES), revoked: fc.boolean() })
  .map(({ key, note, revoked }) => `v=DKIM1; k=ed25519; p=${revoked ? "" : Buffer.from(key).toString("base64")}${note}`);

const selectorName = fc.constantFrom("s1", "sel-2026", "google", "k1", "Mail", "ovhmo1234567-selector1");

const SRV_SERVICES = ["_imaps._tcp", "_submission._tcp", "_imap._tcp", "_autodiscover._tcp"];

export function domainSpecArb(index: number): fc.Arbitrary<DomainSpec> {
  return fc
    .record({
      idn: fc.boolean(),
      upper: fc.boolean(),
      ttl: fc.constantFrom(...TTLS.filter((t) => t > 0)),
      mxKind: fc.constantFrom("absent", "null", "ovh", "list", "list"),
      mxEntries: fc.uniqueArray(fc.record({ preference: fc.constantFrom(...MX_PREFERENCES), host: fc.constantFrom(...MX_HOSTS) }), { minLength: 1, maxLength: 3, selector: (e) => `${e.preference} ${e.host.toLowerCase()}` }),
      mxTtl: ttlArb,
      spf: fc.option(fc.oneof(txtArb(spfText), txtArb(ovhSpfText)), { nil: null, freq: 4 }),
      apexTxt: fc.subarray(["google-site-verification=abc123", "MS=ms12345678", 'quote="inside"']),
      dmarc: fc.option(
        fc.oneof(
          { weight: 4, arbitrary: txtArb(dmarcText).map((txt) => ({ kind: "txt" as const, txt })) },
          { weight: 1, arbitrary: fc.constant({ kind: "cname" as const, target: "_dmarc.provider.test." }) },
        ),
        { nil: null, freq: 5 },
      ),
      dkim: fc.uniqueArray(
        fc.oneof(
          fc.record({ selector: selectorName, kind: fc.constant("cname" as const), target: fc.constant("key1.dkim.provider.test."), ttl: ttlArb }),
          fc.record({ selector: selectorName, kind: fc.constant("txt" as const), txt: txtArb(dkimText) }),
        ),
        { maxLength: 3, selector: (s) => s.selector.toLowerCase() },
      ),
      srv: fc.uniqueArray(
        fc.record({
          service: fc.constantFrom(...SRV_SERVICES),
          priority: fc.constantFrom(0, 10, 65535),
          weight: fc.constantFrom(0, 1, 65535),
          port: fc.constantFrom(0, 143, 465, 587, 993, 443),
          target: fc.constantFrom("imap.provider.test.", "."),
        }),
        { maxLength: 3, selector: (s) => `${s.service} ${s.target}` },
      ),
      cname: fc.subarray([
        { name: "autoconfig", target: "imap.provider.test." },
        { name: "autodiscover", target: "imap.provider.test." },
      ]),
      mtaSts: fc.option(fc.oneof(txtArb(fc.constantFrom("v=STSv1; id=20260101", "v=STSv1; id=abc123XYZ")), fc.constant({ cname: "sts.provider.test." })), { nil: null }),
      tlsRpt: fc.option(fc.oneof(txtArb(fc.constantFrom("v=TLSRPTv1; rua=mailto:tls@provider.test", "v=TLSRPTv1;rua=mailto:a@provider.test,mailto:b@provider.test")), fc.constant({ cname: "tlsrpt.provider.test." })), { nil: null }),
      wildcardSpf: fc.boolean(),
      wildcardDkim: fc.boolean(),
      escape: fc.constantFrom(0 as const, 1 as const),
      fault: fc.constantFrom("none", "none", "none", "none", "none", "two-spf", "dmarc-neighbour"),
    })
    .map((g) => {
      const domain = domainName(g.idn, `r${index}`);
      const mx: DomainSpec["mx"] =
        g.mxKind === "absent" ? { kind: "absent" } : g.mxKind === "null" ? { kind: "null", ttl: g.mxTtl } : g.mxKind === "ovh" ? { kind: "ovh", ttl: g.mxTtl } : { kind: "list", entries: g.mxEntries, ttl: g.mxTtl };
      // The faults need the record they add a second one beside.
      const fault = (g.fault === "two-spf" && g.spf === null) || (g.fault === "dmarc-neighbour" && g.dmarc?.kind !== "txt") ? "none" : g.fault;
      // A wildcard answers `_dmarc` when the zone has no record there: that case is left out (see the README).
      const wildcardSpf = g.wildcardSpf && g.dmarc !== null;
      return { domain, idn: g.idn, upper: g.upper, ttl: g.ttl, mx, spf: g.spf, apexTxt: g.apexTxt, dmarc: g.dmarc, dkim: g.dkim, srv: g.srv, cname: g.cname, mtaSts: g.mtaSts, tlsRpt: g.tlsRpt, wildcardSpf, wildcardDkim: g.wildcardDkim, escape: g.escape, fault };
    });
}

/** A character-string in master-file syntax (RFC 1035 §5.1): quoted, `"` and `\` escaped, or every non-alphanumeric octet as \DDD. */
function quoted(text: string, escape: 0 | 1): string {
  let out = "";
  for (const byte of Buffer.from(text, "utf8")) {
    const ch = String.fromCharCode(byte);
    if (escape === 1 && !/[A-Za-z0-9]/.test(ch)) out += `\\${String(byte).padStart(3, "0")}`;
    else if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else if (byte >= 0x80) out += `\\${String(byte).padStart(3, "0")}`;
    else out += ch;
  }
  return `"${out}"`;
}

function txtLine(owner: string, txt: TxtSpec, escape: 0 | 1): string {
  return `${owner} ${txt.ttl ?? ""} IN TXT ${txt.strings.map((s) => quoted(s, escape)).join(" ")}`;
}

function ttlField(ttl: number | null): string {
  return ttl === null ? "" : String(ttl);
}

const OVH_MX = ["1 mx0.mail.ovh.net.", "5 mx1.mail.ovh.net.", "50 mx2.mail.ovh.net.", "100 mx3.mail.ovh.net."];

/** The zone file of a domain. */
export function zoneText(spec: DomainSpec): string {
  const origin = spec.upper ? spec.domain.toUpperCase() : spec.domain;
  const owner = (label: string) => (spec.upper ? label.toUpperCase() : label);
  const lines = [`$ORIGIN ${origin}.`, `$TTL ${spec.ttl}`, `@ IN SOA ns.test. hostmaster.test. 1 7200 3600 1209600 300`, `@ IN NS ns.test.`];
  if (spec.mx.kind === "null") lines.push(`@ ${ttlField(spec.mx.ttl)} IN MX 0 .`);
  if (spec.mx.kind === "ovh") for (const v of OVH_MX) lines.push(`@ ${ttlField(spec.mx.ttl)} IN MX ${v}`);
  if (spec.mx.kind === "list") for (const e of spec.mx.entries) lines.push(`@ ${ttlField(spec.mx.ttl)} IN MX ${e.preference} ${e.host}`);
  if (spec.spf) lines.push(txtLine("@", spec.spf, spec.escape));
  for (const t of spec.apexTxt) lines.push(txtLine("@", { strings: [t], ttl: spec.spf?.ttl ?? null }, spec.escape));
  if (spec.dmarc?.kind === "txt") lines.push(txtLine(owner("_dmarc"), spec.dmarc.txt, spec.escape));
  if (spec.dmarc?.kind === "cname") lines.push(`${owner("_dmarc")} IN CNAME ${spec.dmarc.target}`);
  if (spec.fault === "two-spf" && spec.spf) lines.push(txtLine("@", { strings: ["v=spf1 mx -all"], ttl: spec.spf.ttl }, spec.escape));
  if (spec.fault === "dmarc-neighbour" && spec.dmarc?.kind === "txt") lines.push(txtLine(owner("_dmarc"), { strings: ["not a policy"], ttl: spec.dmarc.txt.ttl }, spec.escape));
  for (const d of spec.dkim) {
    const at = `${d.selector}._domainkey`;
    if (d.kind === "cname") lines.push(`${at} ${ttlField(d.ttl)} IN CNAME ${d.target}`);
    else lines.push(txtLine(at, d.txt, spec.escape));
  }
  for (const s of spec.srv) lines.push(`${owner(s.service)} IN SRV ${s.priority} ${s.weight} ${s.port} ${s.target}`);
  for (const c of spec.cname) lines.push(`${owner(c.name)} IN CNAME ${c.target}`);
  for (const [at, record] of [["_mta-sts", spec.mtaSts], ["_smtp._tls", spec.tlsRpt]] as const) {
    if (record && "cname" in record) lines.push(`${owner(at)} IN CNAME ${record.cname}`);
    else if (record) lines.push(txtLine(owner(at), record, spec.escape));
  }
  if (spec.wildcardSpf) lines.push(`* IN TXT "v=spf1 -all"`);
  if (spec.wildcardDkim) lines.push(`*._domainkey IN TXT "v=DKIM1; p="`);
  return `${lines.join("\n")}\n`;
}

/** The name `import` must name when it refuses the domain, or null when it must write it. */
export function expectedRefusal(spec: DomainSpec): string | null {
  if (spec.fault === "two-spf") return `${spec.domain} publishes 2 v=spf1 records`;
  if (spec.fault === "dmarc-neighbour") return `_dmarc.${spec.domain} holds TXT records besides its v=DMARC1 record`;
  return null;
}

/** A record as the property compares it: owner, type, value, TTL. */
type Row = string;

const effective = (ttl: number | null, fileTtl: number) => ttl ?? fileTtl;

/** The managed records of the zone, one row each ("owner TYPE ttl value", TXT joined). */
export function zoneRows(spec: DomainSpec): Row[] {
  const rows: Row[] = [];
  const t = (ttl: number | null) => effective(ttl, spec.ttl);
  if (spec.mx.kind === "null") rows.push(`@ MX ${t(spec.mx.ttl)} 0 .`);
  if (spec.mx.kind === "ovh") for (const v of OVH_MX) rows.push(`@ MX ${t(spec.mx.ttl)} ${v}`);
  if (spec.mx.kind === "list") for (const e of spec.mx.entries) rows.push(`@ MX ${t(spec.mx.ttl)} ${e.preference} ${e.host.toLowerCase()}`);
  if (spec.spf) rows.push(`@ TXT ${t(spec.spf.ttl)} ${spec.spf.strings.join("")}`);
  if (spec.dmarc?.kind === "txt") rows.push(`_dmarc TXT ${t(spec.dmarc.txt.ttl)} ${spec.dmarc.txt.strings.join("")}`);
  if (spec.dmarc?.kind === "cname") rows.push(`_dmarc CNAME ${spec.ttl} ${spec.dmarc.target}`);
  for (const d of spec.dkim) {
    const at = `${d.selector.toLowerCase()}._domainkey`;
    if (d.kind === "cname") rows.push(`${at} CNAME ${t(d.ttl)} ${d.target}`);
    else rows.push(`${at} TXT ${t(d.txt.ttl)} ${d.txt.strings.join("")}`);
  }
  for (const s of spec.srv) rows.push(`${s.service} SRV ${spec.ttl} ${s.priority} ${s.weight} ${s.port} ${s.target}`);
  for (const c of spec.cname) rows.push(`${c.name} CNAME ${spec.ttl} ${c.target}`);
  for (const [at, record] of [["_mta-sts", spec.mtaSts], ["_smtp._tls", spec.tlsRpt]] as const) {
    if (record && "cname" in record) rows.push(`${at} CNAME ${spec.ttl} ${record.cname}`);
    else if (record) rows.push(`${at} TXT ${t(record.ttl)} ${record.strings.join("")}`);
  }
  if (spec.wildcardDkim) rows.push(`*._domainkey TXT ${spec.ttl} v=DKIM1; p=`);
  return rows.sort();
}

type Obj = Record<string, unknown>;

const joined = (record: unknown): string => (Array.isArray(record) ? record.join("") : String(record));

/** The records a domain file declares, in zoneRows' form. */
export function fileRows(text: string): Row[] {
  const file = yaml.load(text) as Obj;
  const fileTtl = file.ttl as number;
  const t = (entry: unknown) => (entry && typeof entry === "object" && "ttl" in entry ? (entry as Obj).ttl : fileTtl);
  const rows: Row[] = [];
  if (file.mx === "none") rows.push(`@ MX ${fileTtl} 0 .`);
  else if (file.mx === "ovh") for (const v of OVH_MX) rows.push(`@ MX ${fileTtl} ${v}`);
  else if (Array.isArray(file.mx)) for (const e of file.mx as Obj[]) rows.push(`@ MX ${t(e)} ${e.priority} ${e.host}`);
  const txt = (owner: string, entry: unknown) => {
    if (entry === undefined) return;
    const record = entry && typeof entry === "object" && !Array.isArray(entry) ? (entry as Obj).record : entry;
    rows.push(`${owner} TXT ${t(entry)} ${joined(record)}`);
  };
  txt("@", file.spf);
  txt("_dmarc", file.dmarc);
  for (const s of ((file.dkim as Obj | undefined)?.selectors ?? []) as Obj[]) {
    const at = `${s.name}._domainkey`;
    if (s.cname !== undefined) rows.push(`${at} CNAME ${t(s)} ${s.cname}`);
    else rows.push(`${at} TXT ${t(s)} ${joined(s.record)}`);
  }
  for (const s of (file.srv ?? []) as Obj[]) rows.push(`${s.service} SRV ${t(s)} ${s.priority} ${s.weight} ${s.port} ${s.target}`);
  for (const c of (file.cname ?? []) as Obj[]) rows.push(`${c.name} CNAME ${t(c)} ${c.target}`);
  txt("_mta-sts", file.mtaSts);
  txt("_smtp._tls", file.tlsRpt);
  return rows.sort();
}

export interface JsonFinding {
  ruleId: string;
  level: string;
  file?: string | null;
  domain?: string;
  line?: number;
  message: string;
}

/** Rules about what OVH's API can store: a live record may be fine and still not be writable through it. */
const PROVIDER_RULES = /^txt-ovh-/;

export interface RoundTripEnv {
  server: DnsServer;
  root: string;
}

const dnsFlags = (server: DnsServer) => ["--resolver", `127.0.0.1:${server.port}`, "--timeout", "1000", "--retries", "1"];

/** A case whose imports held: its zones, the folders its files went to, and the domains written. */
export interface ImportedCase {
  caseId: string;
  specs: readonly DomainSpec[];
  written: readonly DomainSpec[];
  zonesDir: string;
  fromDns: string;
  fromZone: string;
}

/**
 * One case's imports: the domains' zones served and written, then import over DNS and from the zone files,
 * each file compared with its zone and the two imports with each other. Returns what went wrong, as sentences
 * (empty: the imports hold), and the case for checkImportedCases.
 */
export async function importCase(env: RoundTripEnv, caseId: string, specs: readonly DomainSpec[]): Promise<{ problems: string[]; imported: ImportedCase }> {
  const dir = join(env.root, `case-${caseId}`);
  const zonesDir = join(dir, "zones");
  mkdirSync(zonesDir, { recursive: true });
  for (const spec of specs) {
    const text = zoneText(spec);
    writeFileSync(join(zonesDir, `${spec.domain}.zone`), text);
    env.server.addZoneText(text, spec.domain);
  }
  const domains = specs.map((s) => s.domain);
  // Over DNS each domain's selectors are named, as a user who knows them does (a zone file lists its own):
  // one import per domain, since a name given for another domain gets the answer of a wildcard selector.
  const selectorsOf = (spec: DomainSpec) => spec.dkim.flatMap((d) => ["--selector", d.selector]);
  const fromDns = join(dir, "dns");
  const fromZone = join(dir, "zone");
  const common = ["--today", TODAY, "-q"];
  const [importZone, ...perDomain] = await Promise.all([
    runCliAsync(["import", ...domains, ...zoneFlagsOf([zonesDir], env), "--out", fromZone, ...common], { timeoutMs: 60_000 }),
    ...specs.map((spec) => runCliAsync(["import", spec.domain, ...dnsFlags(env.server), ...selectorsOf(spec), "--out", fromDns, ...common], { timeoutMs: 60_000 })),
  ]);
  const importDns = { status: Math.max(...perDomain.map((r) => r.status ?? 99)), stdout: "", stderr: perDomain.map((r) => r.stderr).join("") };
  const problems: string[] = [];
  const refused = specs.filter((s) => expectedRefusal(s) !== null);
  const written = specs.filter((s) => expectedRefusal(s) === null);
  const imported: ImportedCase = { caseId, specs, written, zonesDir, fromDns, fromZone };
  for (const [how, run, out] of [["over DNS", importDns, fromDns], ["from zone files", importZone, fromZone]] as const) {
    const status = refused.length > 0 ? 1 : 0;
    if (run.status !== status) problems.push(`import ${how} exited ${run.status}, not ${status}: ${run.stderr.trim()}`);
    for (const spec of refused) {
      if (!run.stderr.includes(`maildns import: ${spec.domain}: error: ${expectedRefusal(spec)}`) || !run.stderr.includes(`maildns import: ${spec.domain} not written\n`)) {
        problems.push(`import ${how} did not refuse ${spec.domain} naming the record (${expectedRefusal(spec)}): ${run.stderr.trim()}`);
      }
    }
    const files = existsSync(out) ? readdirSync(out).sort() : [];
    const expected = written.map((s) => `${s.domain}.yaml`).sort();
    if (JSON.stringify(files) !== JSON.stringify(expected)) {
      problems.push(`import ${how} wrote [${files.join(", ")}], not [${expected.join(", ")}]: ${run.stderr.trim()}`);
      continue;
    }
    for (const spec of written) {
      const text = readFileSync(join(out, `${spec.domain}.yaml`), "utf8");
      const want = zoneRows(spec);
      const got = fileRows(text);
      if (JSON.stringify(want) !== JSON.stringify(got)) problems.push(`import ${how} of ${spec.domain}: the file's records differ from the zone's:\n  zone: ${JSON.stringify(want)}\n  file: ${JSON.stringify(got)}`);
    }
  }
  if (problems.length > 0) return { problems, imported };
  for (const spec of written) {
    // The same file but for its header and the order of the selectors (over DNS, a wildcard selector is found last).
    const body = (p: string) => {
      const file = yaml.load(readFileSync(p, "utf8")) as Obj;
      const dkim = file.dkim as { selectors: Obj[] } | undefined;
      if (dkim) dkim.selectors.sort((a, b) => String(a.name).localeCompare(String(b.name)));
      return JSON.stringify(file, null, 1);
    };
    const [dns, zone] = [body(join(fromDns, `${spec.domain}.yaml`)), body(join(fromZone, `${spec.domain}.yaml`))];
    if (dns !== zone) problems.push(`${spec.domain}: the file imported over DNS differs from the one imported from the zone file:\n${dns}---\n${zone}`);
  }
  return { problems, imported };
}

/** --zone for the cases' zone folders, the parent zone and OVH's. */
function zoneFlagsOf(zonesDirs: readonly string[], env: RoundTripEnv): string[] {
  return [...zonesDirs, join(env.root, "test.zone"), ...OVH_ZONES].flatMap((z) => ["--zone", z]);
}

/**
 * What must hold of the files imported, for every case at once: `plan` over DNS and from the zone files shows
 * no change and no failed lookup, and an error `lint` reports on a file is one `audit` reports on the live
 * domain. One run of each for all the cases (each case's domains have names of their own, and every change,
 * failure and finding names its domain or file): a CLI run's cost is mostly its start, so four runs instead
 * of four a case. Returns each failing case's problems by its id (a run that wrote no JSON: under every case).
 */
export async function checkImportedCases(env: RoundTripEnv, cases: readonly ImportedCase[]): Promise<Map<string, string[]>> {
  const withFiles = cases.filter((c) => c.written.length > 0);
  const problems = new Map<string, string[]>();
  if (withFiles.length === 0) return problems;
  const caseOf = new Map(withFiles.flatMap((c) => c.written.map((s) => [s.domain, c.caseId] as const)));
  const say = (domain: string | null | undefined, problem: string) => {
    for (const id of domain && caseOf.has(domain) ? [caseOf.get(domain)!] : withFiles.map((c) => c.caseId)) problems.set(id, [...(problems.get(id) ?? []), problem]);
  };
  const zoneFlags = zoneFlagsOf(withFiles.map((c) => c.zonesDir), env);
  const audited = withFiles.flatMap((c) => c.written.map((s) => s.domain));
  const planArgs = ["-f", "json", "--today", TODAY];
  // A bound against hangs that grows with the cases a run covers (the slow tier's parts hold 50).
  const timeoutMs = 60_000 + 2_000 * withFiles.length;
  const [planDns, planZone, lint, audit] = await Promise.all([
    runCliAsync(["plan", ...withFiles.map((c) => c.fromDns), ...dnsFlags(env.server), ...planArgs], { timeoutMs }),
    runCliAsync(["plan", ...withFiles.map((c) => c.fromZone), ...zoneFlags, ...planArgs], { timeoutMs }),
    runCliAsync(["lint", ...withFiles.map((c) => c.fromDns), ...planArgs], { timeoutMs }),
    runCliAsync(["audit", ...audited, ...zoneFlags, "--observe", "all", ...planArgs], { timeoutMs }),
  ]);
  for (const [how, run] of [["over DNS", planDns], ["from zone files", planZone]] as const) {
    let json: { changes: { domain: string }[]; failures: { domain: string }[]; summary: { domains: number } };
    try {
      json = JSON.parse(run.stdout);
    } catch {
      say(null, `plan ${how} exited ${run.status} without JSON: ${run.stderr.trim()}`);
      continue;
    }
    for (const change of json.changes) say(change.domain, `plan ${how} wants changes: ${JSON.stringify(change)}`);
    for (const failure of json.failures) say(failure.domain, `plan ${how} has failed lookups: ${JSON.stringify(failure)}`);
    // Every file was planned: a domain left out would have nothing to change.
    if (json.summary.domains !== audited.length) say(null, `plan ${how} planned ${json.summary.domains} domains, not the ${audited.length} imported`);
  }
  const findings = (what: string, run: CliRun): JsonFinding[] => {
    try {
      return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
    } catch {
      say(null, `${what} exited ${run.status} without JSON: ${run.stderr.trim()}`);
      return [];
    }
  };
  const lintFindings = findings("lint", lint);
  const auditFindings = findings("audit", audit);
  for (const f of lintFindings) {
    if (f.level !== "error" || PROVIDER_RULES.test(f.ruleId)) continue;
    const domain = (f.file ?? "").replace(/^.*\//, "").replace(/\.yaml$/, "");
    if (!auditFindings.some((a) => a.ruleId === f.ruleId && a.domain === domain)) say(domain, `lint reports ${f.ruleId} on ${domain}'s imported file, which audit of the live domain does not: ${f.message}`);
  }
  return problems;
}

/** The loopback DNS server with the parent zone and OVH's, and a folder holding the parent zone's file. */
export async function startRoundTripEnv(): Promise<RoundTripEnv> {
  const root = tempTree({ "test.zone": PROVIDER_ZONE });
  const server = await startDnsServer({});
  server.addZoneText(PROVIDER_ZONE, "test");
  const ovh = await loadZones(OVH_ZONES);
  for (const origin of ovh.origins) server.index.addZone(origin);
  server.add(ovh.records);
  return { server, root };
}

/** The seed of the property's runs: fixed, printed on failure, and set with MAILDNS_ROUNDTRIP_SEED to replay one. */
export const ROUNDTRIP_SEED = Number(process.env.MAILDNS_ROUNDTRIP_SEED ?? 20261101);

/** The first cases of ROUNDTRIP_SEED the fast tier picks from (coveringCases); the slow tier runs the rest. */
export const FAST_RUNS = 25;

const roundTripCases = fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => domainSpecArb(k))));

/**
 * The generator's branches one case takes, as "what=value" strings: the kind of each record (absent, OVH's,
 * a list, TXT or CNAME...), how its text is cut and escaped, which TTLs are set, which faults are added.
 * The fast tier runs a few cases, chosen greedily, that take every branch the seed's cases take (coveringCases).
 */
export function caseBranches(specs: readonly DomainSpec[]): string[] {
  const kind = (record: TxtSpec | { cname: string } | null) => (record === null ? "none" : "cname" in record ? "cname" : "txt");
  const cuts = (txt: TxtSpec) => Math.min(txt.strings.length, 3);
  const set = (ttl: number | null) => (ttl === null ? "inherited" : "own");
  const out = new Set<string>([`domains=${specs.length}`]);
  const add = (...items: string[]) => items.forEach((item) => out.add(item));
  for (const s of specs) {
    add(`idn=${s.idn}`, `upper=${s.upper}`, `ttl=${s.ttl}`, `mx=${s.mx.kind}`, `apexTxt=${s.apexTxt.length}`, `dkim=${s.dkim.length}`, `srv=${s.srv.length}`, `cname=${s.cname.length}`);
    add(`mtaSts=${kind(s.mtaSts)}`, `tlsRpt=${kind(s.tlsRpt)}`, `wildcardSpf=${s.wildcardSpf}`, `wildcardDkim=${s.wildcardDkim}`, `escape=${s.escape}`, `fault=${s.fault}`);
    if ("ttl" in s.mx) add(`mx.ttl=${set(s.mx.ttl)}`);
    if (s.mx.kind === "list") add(`mx.entries=${s.mx.entries.length}`, ...s.mx.entries.flatMap((e) => [`mx.host=${e.host}`, `mx.preference=${e.preference}`]));
    if (s.spf === null) add("spf=none");
    else add(`spf=${s.spf.strings.join("").includes("mx.ovh.com") ? "ovh" : /^V=/.test(s.spf.strings[0] ?? "") ? "custom-upper" : "custom"}`, `spf.cuts=${cuts(s.spf)}`, `spf.ttl=${set(s.spf.ttl)}`);
    add(`dmarc=${s.dmarc === null ? "none" : s.dmarc.kind}`);
    if (s.dmarc?.kind === "txt") add(`dmarc.cuts=${cuts(s.dmarc.txt)}`, `dmarc.ttl=${set(s.dmarc.txt.ttl)}`);
    for (const d of s.dkim) {
      add(`dkim=${d.kind}`, `dkim.selector=${d.selector}`);
      if (d.kind === "cname") add(`dkim.cname.ttl=${set(d.ttl)}`);
      else {
        const text = d.txt.strings.join("");
        add(`dkim.revoked=${/p=(;|$)/.test(text)}`, `dkim.note=${/; n=.*$/.exec(text)?.[0] ?? "none"}`, `dkim.cuts=${cuts(d.txt)}`);
      }
    }
    for (const r of s.srv) add(`srv.service=${r.service}`, `srv.target=${r.target}`, `srv.port=${r.port}`);
  }
  return [...out];
}

/** The branches of each of the property's first `runs` cases from `seed`, in order (no CLI run: cheap). */
export async function branchesOfCases(seed: number, runs: number): Promise<string[][]> {
  const seen: string[][] = [];
  await fc.check(
    fc.asyncProperty(roundTripCases, async (specs) => {
      seen.push(caseBranches(specs));
    }),
    { seed, numRuns: runs },
  );
  return seen;
}

/**
 * The indices (from 0) of a few of the first `runs` cases from `seed` that between them take every branch
 * all `runs` take: greedily, the case that adds the most branches not yet taken, until none is left.
 */
export async function coveringCases(seed: number, runs: number): Promise<Set<number>> {
  const cases = await branchesOfCases(seed, runs);
  const left = new Set(cases.flat());
  const chosen = new Set<number>();
  while (left.size > 0) {
    let best = -1;
    let gain = 0;
    cases.forEach((branches, i) => {
      const adds = branches.filter((b) => left.has(b)).length;
      if (adds > gain) [best, gain] = [i, adds];
    });
    chosen.add(best);
    for (const b of cases[best]!) left.delete(b);
  }
  return chosen;
}

/**
 * Runs the property on the first `runs` cases from `seed`, one to three domains a case, but only the cases
 * whose index `pick` accepts (all by default; the others are generated, so every case keeps its values, and
 * passed over): each case's imports, then the checks over the files of all of them (checkImportedCases).
 * Returns how many cases ran. Throws with the seed, the problems and the zones of the first case whose imports
 * fail, or of every case the checks fail (not shrunk: each step runs the CLI several times).
 */
export async function checkRoundTrip(env: RoundTripEnv, seed: number, runs: number, pick: (index: number) => boolean = () => true): Promise<number> {
  let caseId = 0;
  const imported: ImportedCase[] = [];
  const property = fc.asyncProperty(roundTripCases, async (specs) => {
    const id = caseId++;
    if (!pick(id)) return;
    // Each case gets names of its own: the server keeps every zone it was given.
    const named = specs.map((s, k) => ({ ...s, domain: domainName(s.idn, `r${k}c${id}s${seed}`) }));
    const { problems, imported: done } = await importCase(env, `${seed}-${id}`, named);
    if (problems.length > 0) throw new Error(`${problems.join("\n")}\nzones:\n${named.map(zoneText).join("\n")}`);
    imported.push(done);
  });
  const result = await fc.check(property, { seed, numRuns: runs, endOnFailure: true });
  if (result.failed) throw new Error(`seed ${seed} (set MAILDNS_ROUNDTRIP_SEED to run it again), case ${result.counterexamplePath ?? "?"}:\n${String(result.errorInstance ?? "")}`);
  const failing = await checkImportedCases(env, imported);
  if (failing.size > 0) {
    const told = imported.filter((c) => failing.has(c.caseId)).map((c) => `case ${c.caseId}:\n${failing.get(c.caseId)!.join("\n")}\nzones:\n${c.specs.map(zoneText).join("\n")}`);
    throw new Error(`seed ${seed} (set MAILDNS_ROUNDTRIP_SEED to run it again):\n${told.join("\n")}`);
  }
  return imported.length;
}
