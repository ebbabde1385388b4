// Zone data and domain files for the DNS benchmark: N domains on OVH's MX Plan or elsewhere, SPF through
// shared third-party include trees, a 2048-bit DKIM key in 255-octet strings, DMARC, and one domain in ten
// broken (an include that does not exist, an MX target that is an alias, DMARC reports sent to a host that
// has not authorised them, a missing DMARC record).
import { generateKeyPairSync } from "node:crypto";

/** One key for every domain: RSA-2048 generation takes a noticeable fraction of a second each. */
export function dkimRecordStrings() {
  const { publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const text = `v=DKIM1; k=rsa; p=${publicKey.export({ type: "spki", format: "der" }).toString("base64")}`;
  const strings = [];
  for (let i = 0; i < text.length; i += 255) strings.push(text.slice(i, i + 255));
  return strings;
}

const OVH_MX = [
  [1, "mx0.mail.ovh.net."],
  [5, "mx1.mail.ovh.net."],
  [50, "mx2.mail.ovh.net."],
  [100, "mx3.mail.ovh.net."],
  [200, "mx4.mail.ovh.net."],
];
const ESPS = 7;
const rec = (name, type, value, ttl = 3600, strings) => (strings ? { name, type, ttl, value, strings } : { name, type, ttl, value });
const soa = (zone) => rec(zone, "SOA", `ns1.${zone}. hostmaster.${zone}. 2026010101 86400 3600 3600000 300`);

/** The shared zones every domain's SPF and MX reach. */
function sharedZones() {
  const records = [soa("ovh.com"), soa("ovh.net"), soa("esp.example"), soa("bench.example")];
  records.push(rec("mx.ovh.com", "TXT", "v=spf1 include:_spf.mx.ovh.com ip4:192.0.2.0/24 ~all"));
  records.push(rec("_spf.mx.ovh.com", "TXT", "v=spf1 ip4:198.51.100.0/24 ip6:2001:db8:1::/48 ~all"));
  OVH_MX.forEach(([, host], i) => records.push(rec(host.slice(0, -1), "A", `192.0.2.${20 + i}`)));
  records.push(rec("mail.provider.esp.example", "A", "203.0.113.25"));
  // A third-party tree per sender: servers.mailK → _spf1 → _spf2 (three levels, shared by 1/7 of domains each).
  for (let k = 0; k < ESPS; k++) {
    records.push(rec(`servers.mail${k}.esp.example`, "TXT", `v=spf1 include:_spf1.mail${k}.esp.example ~all`));
    records.push(rec(`_spf1.mail${k}.esp.example`, "TXT", `v=spf1 ip4:203.0.113.${k}/32 include:_spf2.mail${k}.esp.example ~all`));
    records.push(rec(`_spf2.mail${k}.esp.example`, "TXT", `v=spf1 ip6:2001:db8:${k}::/48 ~all`));
  }
  return { records, origins: ["ovh.com", "ovh.net", "esp.example"] };
}

export function domainName(i) {
  return `d${i}.bench.example`;
}

// One domain in ten is broken, and those are hosted elsewhere: every broken category below is generated.
const isBroken = (i) => i % 10 === 0;
const onOvh = (i) => i % 5 !== 0;

/** OVH's two DKIM selectors of domain i, published as CNAMEs into OVH's zone (OVH's DKIM guide). */
function ovhSelectors(i) {
  return [1, 2].map((n) => ({ name: `ovhmo${i}-selector${n}`, target: `ovhmo${i}-selector${n}._domainkey.${i}.ab.dkim.mail.ovh.net` }));
}

/** The DKIM selector the four-question reference asks for: the domain's first selector. */
export function referenceSelector(i) {
  return onOvh(i) ? ovhSelectors(i)[0].name : "mail";
}

/** Records of domain i (its own zone) and the keys it publishes in OVH's zone. */
function domainRecords(i, dkim) {
  const d = domainName(i);
  const broken = isBroken(i);
  const records = [soa(d), rec(d, "NS", `ns1.${d}.`), rec(`ns1.${d}`, "A", "192.0.2.53")];
  if (onOvh(i)) for (const [priority, host] of OVH_MX) records.push(rec(d, "MX", `${priority} ${host}`));
  else records.push(rec(d, "MX", `10 ${broken ? `mail.${d}.` : "mail.provider.esp.example."}`));
  if (broken && !onOvh(i)) records.push(rec(`mail.${d}`, "CNAME", "mail.provider.esp.example."));
  const include = broken ? `include:retired${i}.esp.example` : `include:servers.mail${i % ESPS}.esp.example`;
  // One TTL for the apex TXT RRset (RFC 2181 §5.2): servers serve one, whatever the file says per record.
  records.push(rec(d, "TXT", `v=spf1 ${onOvh(i) ? "include:mx.ovh.com " : ""}${include} ~all`, 600));
  records.push(rec(d, "TXT", `google-site-verification=${i.toString(36)}x${"k".repeat(20)}`, 600));
  if (onOvh(i)) {
    for (const s of ovhSelectors(i)) {
      records.push(rec(`${s.name}._domainkey.${d}`, "CNAME", `${s.target}.`));
      records.push(rec(s.target, "TXT", dkim.join(""), 3600, dkim));
    }
  } else {
    records.push(rec(`mail._domainkey.${d}`, "TXT", dkim.join(""), 3600, dkim));
  }
  if (!(broken && i % 20 === 0)) {
    const rua = broken ? "mailto:reports@dmarc.esp.example" : `mailto:dmarc@${d}`;
    records.push(rec(`_dmarc.${d}`, "TXT", `v=DMARC1; p=quarantine; rua=${rua}`));
  }
  return records;
}

export function benchZones(count, dkim) {
  const shared = sharedZones();
  const records = [...shared.records];
  const origins = [...shared.origins];
  for (let i = 0; i < count; i++) {
    records.push(...domainRecords(i, dkim));
    origins.push(domainName(i));
  }
  return { records, origins };
}

/** The domain file for domain i; one in ten asks for a change (a DMARC record it lacks, a stricter SPF). */
export function benchDomainYaml(i, dkim) {
  const d = domainName(i);
  const broken = isBroken(i);
  const include = broken ? `retired${i}.esp.example` : `servers.mail${i % ESPS}.esp.example`;
  const mail = onOvh(i) ? "mail: { provider: ovh, offer: mx-plan }\nmx: ovh" : `mail: { provider: external }\nmx:\n  - { host: ${broken ? `mail.${d}.` : "mail.provider.esp.example."}, priority: 10 }`;
  const spf = `v=spf1 ${onOvh(i) ? "include:mx.ovh.com " : ""}include:${include} ${broken ? "-all" : "~all"}`;
  const selectors = onOvh(i)
    ? ovhSelectors(i).map((s) => `    - name: ${s.name}\n      cname: ${s.target}.`).join("\n")
    : `    - name: mail\n      record:\n${dkim.map((s) => `        - "${s}"`).join("\n")}`;
  return `domain: ${d}
${mail}
spf: { record: "${spf}", ttl: 600 }
dkim:
  selectors:
${selectors}
dmarc: "v=DMARC1; p=quarantine; rua=${broken ? "mailto:reports@dmarc.esp.example" : `mailto:dmarc@${d}`}"
`;
}

/** A zone file line's value in presentation form (TXT as quoted character-strings). */
function presentation(record) {
  if (record.type !== "TXT") return record.value;
  const strings = record.strings ?? [record.value];
  return strings.map((s) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(" ");
}

/** The bench zones as BIND zone files, one per origin: [{ origin, text }]. */
export function benchZoneFiles(count, dkim) {
  const { records, origins: servedOrigins } = benchZones(count, dkim);
  // The parents of the generated domains are zones too: DMARC policy discovery asks them, up to the
  // top-level name (RFC 9989 §4.10), and a resolver would answer NXDOMAIN there, not REFUSED.
  const origins = ["example", "bench.example", ...servedOrigins];
  const byOrigin = new Map(origins.map((o) => [o, []]));
  // Longest origin first, so a record lands in the deepest zone that holds it.
  const sorted = [...origins].sort((a, b) => b.length - a.length);
  for (const record of records) {
    const origin = sorted.find((o) => record.name === o || record.name.endsWith(`.${o}`));
    if (origin) byOrigin.get(origin).push(record);
  }
  return [...byOrigin].map(([origin, zoneRecords]) => {
    const lines = [`$ORIGIN ${origin}.`, "$TTL 3600"];
    if (!zoneRecords.some((r) => r.type === "SOA")) lines.push(`@ 3600 IN SOA ns1.${origin}. hostmaster.${origin}. 1 86400 3600 3600000 300`);
    if (!zoneRecords.some((r) => r.type === "NS" && r.name === origin)) lines.push(`@ 3600 IN NS ns1.${origin}.`);
    for (const r of zoneRecords) lines.push(`${r.name}. ${r.ttl} IN ${r.type} ${presentation(r)}`);
    return { origin, text: `${lines.join("\n")}\n` };
  });
}

/**
 * What a correct audit must find, per domain: the rule ids of each broken category (an include that
 * does not exist, an MX target that is an alias, reports sent to a host that has not authorised them, no
 * DMARC record), or none for a healthy domain. Map<domain, ruleId[]>.
 */
export function expectedFindings(count) {
  const expected = new Map();
  for (let i = 0; i < count; i++) {
    if (!isBroken(i)) {
      expected.set(domainName(i), []);
      continue;
    }
    const dmarc = i % 20 === 0 ? "dmarc-missing" : "dmarc-external-rua-unauthorized";
    expected.set(domainName(i), ["spf-include-no-record", "mx-target-cname", dmarc]);
  }
  return expected;
}

/**
 * An audit's JSON report judged against expectedFindings: the expected rule ids missed on broken domains,
 * the errors on healthy domains, and the failed lookups; ok when all three are 0.
 */
export function auditVerdicts(report, expected) {
  const byDomain = new Map();
  for (const f of report.findings) {
    if (!byDomain.has(f.domain)) byDomain.set(f.domain, []);
    byDomain.get(f.domain).push(f);
  }
  let missed = 0;
  let falseErrors = 0;
  for (const [domain, ids] of expected) {
    const found = byDomain.get(domain) ?? [];
    if (ids.length === 0) falseErrors += found.filter((f) => f.level === "error").length;
    else missed += ids.filter((id) => !found.some((f) => f.ruleId === id)).length;
  }
  const failures = report.failures?.length ?? 0;
  return { ok: missed === 0 && falseErrors === 0 && failures === 0, missed, falseErrors, failures };
}
