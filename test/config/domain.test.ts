import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { buildDomainModel, toALabel } from "../../src/config/domain.js";
import { textAnchor } from "../../src/engine/anchor.js";
import { desiredRecords } from "../../src/model/records.js";
import type { DomainModel } from "../../src/model/types.js";

function model(text: string): DomainModel {
  const built = buildDomainModel("x.yaml", yaml.load(text, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>);
  if (!("model" in built)) throw new Error("invalid domain");
  return built.model;
}

describe("buildDomainModel", () => {
  it("expands `mx: ovh` to OVH's table for the region (OVH-MX)", () => {
    expect(model("domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nmx: ovh\n").mx!.entries.map((e) => `${e.priority} ${e.host}`)).toEqual([
      "1 mx0.mail.ovh.net.",
      "5 mx1.mail.ovh.net.",
      "50 mx2.mail.ovh.net.",
      "100 mx3.mail.ovh.net.",
      "200 mx4.mail.ovh.net.",
    ]);
    expect(model("domain: example.ca\nmail: {provider: ovh, offer: mx-plan, region: ca}\nmx: ovh\n").mx!.entries[0]!.host).toBe("mx0.mail.ovh.ca.");
  });

  it("writes `mx: none` as the RFC 7505 null MX", () => {
    const m = model("domain: example.org\nmail: {provider: none}\nmx: none\n");
    expect(m.mx).toMatchObject({ preset: "null", entries: [{ host: ".", priority: 0 }] });
    expect(m.mail).toMatchObject({ sends: false, receives: false });
  });

  it("stores IDN domains as A-labels, lower case, without the trailing dot", () => {
    expect(model("domain: Exämple.COM.\n").domain).toBe("xn--exmple-cua.com");
    expect(toALabel("exa mple.com")).toBeNull();
  });

  it("renders structured SPF in a fixed order and maps each term back to its YAML node", () => {
    const m = model(
      "domain: example.com\nspf:\n  all: '-'\n  include: [mx.ovh.com]\n  ip4: [192.0.2.1]\n  senders:\n    - {name: News, include: [servers.mail.example]}\n  mx: true\n",
    );
    expect(m.spf!.text.value).toBe("v=spf1 mx ip4:192.0.2.1 include:mx.ovh.com include:servers.mail.example -all");
    expect(m.spf!.senders).toEqual([{ name: "News", terms: ["include:servers.mail.example"], path: ["spf", "senders", 0] }]);
    const start = m.spf!.text.value.indexOf("include:servers");
    expect(textAnchor(m.spf!.text, start, start + 5).path).toEqual(["spf", "senders", 0, "include", 0]);
    expect(textAnchor(m.spf!.text, m.spf!.text.value.indexOf("-all"), m.spf!.text.value.length).path).toEqual(["spf", "all"]);
  });

  it("renders structured DMARC and keeps the ramp history", () => {
    const m = model("domain: example.com\ndmarc:\n  rua: [mailto:a@example.com, mailto:b@example.com]\n  p: quarantine\n  since: 2026-10-01\n  history:\n    - {p: none, since: 2026-09-01}\n");
    expect(m.dmarc!.text.value).toBe("v=DMARC1; p=quarantine; rua=mailto:a@example.com,mailto:b@example.com");
    expect(m.dmarc!.since).toBe("2026-10-01");
    expect(m.dmarc!.history).toEqual([{ p: "none", pct: null, t: null, since: "2026-09-01", path: ["dmarc", "history", 0] }]);
  });

  it("joins character-strings given as a list and anchors offsets into the right string", () => {
    const m = model('domain: example.com\ndkim:\n  selectors:\n    - name: s1\n      record: ["v=DKIM1; k=rsa; ", "p=AAAA"]\n');
    const text = m.dkim!.selectors[0]!.text!;
    expect(text.value).toBe("v=DKIM1; k=rsa; p=AAAA");
    expect(textAnchor(text, 16, 22)).toEqual({ path: ["dkim", "selectors", 0, "record", 1], range: [0, 6] });
  });

  it("recognises OVH's DKIM selectors by name unless told otherwise", () => {
    const m = model(
      "domain: example.com\ndkim:\n  selectors:\n    - {name: ovhmo123-selector1, cname: x.}\n    - {name: mail, record: 'v=DKIM1; p='}\n    - {name: ovhex9-selector2, cname: y., ovh: false}\n",
    );
    expect(m.dkim!.selectors.map((s) => [s.name, s.kind, s.ovh, s.active])).toEqual([
      ["ovhmo123-selector1", "cname", true, true],
      ["mail", "txt", false, true],
      ["ovhex9-selector2", "cname", false, true],
    ]);
  });

  it("gives managed RRsets in presentation form, sorted", () => {
    const m = model(
      "domain: example.com\nttl: 600\nmail: {provider: ovh, offer: mx-plan}\nmx: [{host: MX1.mail.ovh.net, priority: 5}]\nspf: 'v=spf1 include:mx.ovh.com ~all'\ndmarc: 'v=DMARC1; p=none'\nsrv: [{service: _imaps._tcp, port: 993, target: ssl0.ovh.net}]\n",
    );
    expect(desiredRecords(m).map((r) => [r.name, r.type, r.ttl, r.values])).toEqual([
      ["_dmarc.example.com", "TXT", 600, ["v=DMARC1; p=none"]],
      ["_imaps._tcp.example.com", "SRV", 600, ["0 0 993 ssl0.ovh.net."]],
      ["example.com", "MX", 600, ["5 mx1.mail.ovh.net."]],
      ["example.com", "TXT", 600, ["v=spf1 include:mx.ovh.com ~all"]],
    ]);
  });

  // The rules read an SRV service or a cname: entry's name relative to the domain, lower case, written in
  // full or not; the plan and the Pulumi program (desiredRecords) put the text as written before the domain:
  // `www.example.com` was planned at www.example.com.example.com, `WWW` and `www.example.com.` at names no
  // lookup answered (a failed plan).
  it("names an SRV service or a cname: entry written in full, with a trailing dot or in capitals as the rules read it", () => {
    const m = model(
      "domain: example.com\nmail: {provider: external}\nsrv: [{service: _IMAPS._tcp.Example.com., port: 993, target: ssl0.ovh.net.}, {service: _imaps._tcp, port: 993, target: imap.example.net.}]\ncname: [{name: www.example.com, target: web.example.net.}, {name: WEBMAIL, target: web.example.net.}, {name: autoconfig.example.com., target: mailconfig.ovh.net.}]\n",
    );
    expect(desiredRecords(m).map((r) => [r.name, r.subdomain, r.type, r.values])).toEqual([
      ["_imaps._tcp.example.com", "_imaps._tcp", "SRV", ["0 0 993 imap.example.net.", "0 0 993 ssl0.ovh.net."]],
      ["autoconfig.example.com", "autoconfig", "CNAME", ["mailconfig.ovh.net."]],
      ["webmail.example.com", "webmail", "CNAME", ["web.example.net."]],
      ["www.example.com", "www", "CNAME", ["web.example.net."]],
    ]);
  });
});
