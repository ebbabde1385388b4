// The names a domain file writes besides `domain:` (MX hosts, SRV and CNAME targets, DKIM CNAME targets,
// structured SPF include/redirect targets, DMARC report addresses, MTA-STS mx patterns, client hosts)
// holding a character IDNA's mapping removes without a word (U+200B ZERO WIDTH SPACE, U+00AD SOFT HYPHEN,
// a variation selector): the name checked would not be the one written, and the record written to OVH would
// carry the invisible character. Refused by file-schema at the character itself, named as U+XXXX with
// what would have been used instead (RFC 5892; RFC 5891 §5.4), so nothing of the file is planned.
import { describe, expect, test } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

const Z = "\u200b";
const HEAD = "domain: example.com\nmail: {provider: external}\n";
const MX = "mx:\n  - {host: mx.example.com., priority: 10}\n";
const SPF = 'spf: "v=spf1 mx -all"\n';
const TAIL = "delete it (IDNA2008 disallows it in a label, RFC 5892)";

describe("an invisible character IDNA drops, in a name a domain file writes", () => {
  test("each name the schema reads is refused at the character, named, exit 1", () => {
    const dir = tempTree({
      "mx.yaml": `${HEAD}mx:\n  - {host: mx.exa${Z}mple.com., priority: 10}\n${SPF}`,
      "srv.yaml": `${HEAD}${MX}${SPF}srv:\n  - { service: _imaps._tcp, priority: 0, weight: 1, port: 993, target: "imap.exa\\u00admple.com." }\n`,
      "cname.yaml": `${HEAD}${MX}${SPF}cname:\n  - { name: autoconfig, target: conf.exa${Z}mple.com. }\n`,
      "dkim.yaml": `${HEAD}${MX}${SPF}dkim:\n  selectors:\n    - name: sel1\n      cname: sel1._domainkey.exa${Z}mple.net.\n`,
      "spf.yaml": `${HEAD}${MX}spf:\n  include: [mx.example.com, _spf.goo${Z}gle.com]\n  all: "-"\n`,
      "dmarc.yaml": `${HEAD}${MX}${SPF}dmarc:\n  p: none\n  rua: mailto:dmarc@exa${Z}mple.com\n`,
      "mtasts.yaml": `${HEAD}${MX}${SPF}mtaSts:\n  record: "v=STSv1; id=1"\n  policy: {mode: testing, mx: [mx.exa\u{FE0F}mple.com], maxAge: 86400}\n`,
      "clients.yaml": `${HEAD}${MX}${SPF}clients:\n  imap: { host: imap.exa${Z}mple.com, port: 993, tls: ssl }\n`,
    });
    const run = runCli(["lint", dir, "--today", "2026-11-01", "-f", "json"]);
    expect(run.stderr).toBe("");
    const findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.ruleId === "file-schema");
    expect(findings.map((f) => `${f.file.slice(dir.length + 1)}:${f.line}:${f.column} ${f.message}`).sort()).toEqual([
      `clients.yaml:7:25 clients.imap.host holds U+200B, an invisible character IDNA removes without a word, so imap.example.com would be checked in its place: ${TAIL}`,
      `cname.yaml:7:41 cname.0.target holds U+200B, an invisible character IDNA removes without a word, so conf.example.com would be checked in its place: ${TAIL}`,
      `dkim.yaml:9:33 dkim.selectors.0.cname holds U+200B, an invisible character IDNA removes without a word, so sel1._domainkey.example.net would be checked in its place: ${TAIL}`,
      `dmarc.yaml:8:24 dmarc.rua holds U+200B, an invisible character IDNA removes without a word, so mailto:dmarc@example.com would be checked in its place: ${TAIL}`,
      `mtasts.yaml:8:38 mtaSts.policy.mx.0 holds U+FE0F, an invisible character IDNA removes without a word, so mx.example.com would be checked in its place: ${TAIL}`,
      `mx.yaml:4:18 mx.0.host holds U+200B, an invisible character IDNA removes without a word, so mx.example.com would be checked in its place: ${TAIL}`,
      `spf.yaml:6:37 spf.include.1 holds U+200B, an invisible character IDNA removes without a word, so _spf.google.com would be checked in its place: ${TAIL}`,
      `srv.yaml:7:81 srv.0.target holds U+00AD, an invisible character IDNA removes without a word, so imap.example.com would be checked in its place: ${TAIL}`,
    ]);
    expect(run.status).toBe(1);
  });

  test("Unicode names IDNA converts without dropping anything are not refused by file-schema", () => {
    const dir = tempTree({ "m.yaml": `${HEAD}mx:\n  - {host: mx.münchen.example., priority: 10}\n${SPF}` });
    const run = runCli(["lint", dir, "--today", "2026-11-01", "-f", "json"]);
    expect((JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.ruleId === "file-schema")).toEqual([]);
  });
});

describe("a character IDNA refuses, in a host no record rule reads (client hosts, mail.server)", () => {
  // An MX, SRV or CNAME target holding U+200E is reported by its own rule; a client host is given to mail
  // clients only, and nothing said it: a lookup refuses such a label (RFC 5891 §5.4), the client finds no server.
  const REFUSED = "a lookup refuses the label, RFC 5891 §5.4), so a mail client given it finds no server: delete it";
  test("refused by file-schema at the character, named as U+XXXX, exit 1; a name that converts whole is not", () => {
    const dir = tempTree({
      "smtp.yaml": `${HEAD}${MX}${SPF}clients:\n  smtp: { host: "smtp.exa\\u200emple.com", port: 465, tls: ssl }\n`,
      "pop.yaml": `${HEAD}${MX}${SPF}clients:\n  pop: { host: "pop.example.com\u202e", port: 995, tls: ssl }\n`,
      "server.yaml": `domain: example.com\nmail: { provider: ovh, offer: email-pro, server: "pro1.mail.ovh\\u200f.net" }\nmx: ovh\n${SPF}`,
      // U+200C is valid between the letters of some scripts (RFC 5892 Appendix A.1): the name converts, nothing to say.
      "zwnj.yaml": `${HEAD}${MX}${SPF}clients:\n  imap: { host: "imap.\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645.example", port: 993, tls: ssl }\n`,
    });
    const run = runCli(["lint", dir, "--today", "2026-11-01", "-f", "json"]);
    expect(run.stderr).toBe("");
    const findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.ruleId === "file-schema");
    expect(findings.map((f) => `${f.file.slice(dir.length + 1)}:${f.line}:${f.column} ${f.message}`).sort()).toEqual([
      `pop.yaml:7:32 clients.pop.host holds U+202E, a character IDNA refuses in a host name (IDNA2008 disallows it, RFC 5892; ${REFUSED}`,
      `server.yaml:2:64 mail.server holds U+200F, a character IDNA refuses in a host name (IDNA2008 disallows it, RFC 5892; ${REFUSED}`,
      `smtp.yaml:7:26 clients.smtp.host holds U+200E, a character IDNA refuses in a host name (IDNA2008 disallows it, RFC 5892; ${REFUSED}`,
    ]);
    expect(run.status).toBe(1);
  });
});
