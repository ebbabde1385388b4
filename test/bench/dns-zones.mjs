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

const isBroken = (i) => i % 10 === 0;
const onOvh = (i) => i % 5 !== 4;

/** Records of domain i (its own zone). */
function domainRecords(i, dkim) {
  const d = domainName(i);
  const broken = isBroken(i);
  const records = [soa(d), rec(d, "NS", `ns1.${d}.`), rec(`ns1.${d}`, "A", "192.0.2.53")];
  if (onOvh(i)) for (const [priority, host] of OVH_MX) records.push(rec(d, "MX", `${priority} ${host}`));
  else records.push(rec(d, "MX", `10 ${broken ? `mail.${d}.` : "mail.provider.esp.example."}`));
  if (broken && !onOvh(i)) records.push(rec(`mail.${d}`, "CNAME", "mail.provider.esp.example."));
  const include = broken ? `include:retired${i}.esp.example` : `include:servers.mail${i % ESPS}.esp.example`;
  records.push(rec(d, "TXT", `v=spf1 ${onOvh(i) ? "include:mx.ovh.com " : ""}${include} ~all`, 600));
  records.push(rec(d, "TXT", `google-site-verification=${i.toString(36)}x${"k".repeat(20)}`));
  records.push(rec(`mail._domainkey.${d}`, "TXT", dkim.join(""), 3600, dkim));
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
  return `domain: ${d}
${mail}
spf: { record: "${spf}", ttl: 600 }
dkim:
  selectors:
    - name: mail
      record:
${dkim.map((s) => `        - "${s}"`).join("\n")}
dmarc: "v=DMARC1; p=quarantine; rua=${broken ? "mailto:reports@dmarc.esp.example" : `mailto:dmarc@${d}`}"
`;
}
