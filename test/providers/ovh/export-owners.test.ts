import { describe, expect, it } from "vitest";
import { exportOwnerSpellings } from "../../../src/providers/ovh/export-owners.js";

const spellings = (text: string, zone = "example.com") =>
  Object.fromEntries([...exportOwnerSpellings(text, zone)].map(([owner, set]) => [owner, [...set].sort()]));

describe("exportOwnerSpellings: the owners of OVH's export as written, keyed by their lower-case form", () => {
  it("keeps each spelling of one DNS name (RFC 4343), relative to the zone, the apex as the empty name", () => {
    const text = [
      "$TTL 3600",
      "@\tIN SOA dns1.ovh.net. tech.ovh.net. (2026010100 86400",
      "\t3600 3600000 300)",
      "\tIN NS dns1.ovh.net.",
      '_DMARC\tIN TXT "v=DMARC1; p=none"',
      '_dmarc 600 IN TXT "v=DMARC1; p=reject"',
      "Mail._domainkey IN CNAME mail._domainkey.dkim.example.net.",
      '\tIN TXT "blank owner: still Mail._domainkey"',
      "_Smtp._Tls.EXAMPLE.COM. IN CNAME _smtp._tls.reports.example.net.",
      "EXAMPLE.com. IN MX 1 mx0.mail.ovh.net.",
    ].join("\n");
    expect(spellings(`$ORIGIN example.com.\n${text}\n`)).toEqual({
      "": [""],
      _dmarc: ["_DMARC", "_dmarc"],
      "mail._domainkey": ["Mail._domainkey"],
      "_smtp._tls": ["_Smtp._Tls"],
    });
  });

  it("follows $ORIGIN (absolute or relative) and leaves out names outside the zone and names with escapes", () => {
    const text = [
      "$ORIGIN Example.COM.",
      "www IN A 192.0.2.1",
      "$ORIGIN _Domainkey",
      "S1 IN TXT \"v=DKIM1; p=\"",
      "$ORIGIN other.example.",
      "_dmarc IN TXT \"v=DMARC1; p=none\"",
      "a\\.b.example.com. IN TXT \"escaped\"",
    ].join("\n");
    expect(spellings(text)).toEqual({ www: ["www"], "s1._domainkey": ["S1._Domainkey"] });
  });
});
