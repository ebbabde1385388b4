// Generates N domain files like real ones (OVH MX Plan, a third-party sender, two DKIM selectors, a DMARC
// ramp), a share of them broken, for the lint benchmark.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function domainYaml(i) {
  const name = `d${i}.example`;
  const broken = i % 10 === 0;
  return `# yaml-language-server: $schema=../../src/schema/domain.schema.json
domain: ${name}
mail:
  provider: ovh
  offer: ${["mx-plan", "email-pro", "hosted-exchange", "zimbra"][i % 4]}
mx: ${broken ? `\n  - { host: "https://mx1.mail.ovh.net", priority: 5 }\n  - { host: mx2.mail.ovh.net., priority: 50 }` : "ovh"}
spf:
  include: [${broken ? "_spf.newsletter.example" : "mx.ovh.com"}]
  senders:
    - { name: Newsletter, include: servers.mail${i % 7}.example }
  all: "${broken ? "+" : "~"}"
dkim:
  selectors:
    - name: ovhmo${i}-selector1
      cname: ovhmo${i}-selector1._domainkey.${i}.ab.dkim.mail.ovh.net.
    - name: ovhmo${i}-selector2
      cname: ovhmo${i}-selector2._domainkey.${i}.ab.dkim.mail.ovh.net.
dmarc:
  p: ${broken ? "reject" : "quarantine"}
  ${broken ? "" : `rua: mailto:dmarc@${name}`}
  since: 2026-10-01
  history:
    - { p: none, since: 2026-09-01 }
`;
}

export function generateStack(dir, count) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `g${Math.floor(i / 1000)}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `d${i}.example.yaml`), domainYaml(i));
  }
}
