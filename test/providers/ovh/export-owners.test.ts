import { describe, expect, it } from "vitest";
import { exportOwnerSpellings, unlistedRecords } from "../../../src/providers/ovh/export-owners.js";

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

describe("unlistedRecords: the export holds more records at a listed owner and type than the API listed", () => {
  const EXPORT = ["$ORIGIN example.com.", "$TTL 3600", '@ IN TXT "v=spf1 -all"', '@ IN TXT "token=1"', "@ IN MX 1 mx0.mail.ovh.net.", '_DMARC IN TXT "v=DMARC1; p=none"', ""].join("\n");
  const QUERIES = [
    { subDomain: "", fieldTypes: ["MX", "SPF", "TXT"] },
    { subDomain: "_dmarc", fieldTypes: ["DMARC", "TXT"] },
  ];

  it("names each shortfall by owner and type, comparing names without case and OVH's pseudo-types as TXT", () => {
    const listed = [
      { subdomain: "", type: "SPF" },
      { subdomain: "", type: "TXT" },
      { subdomain: "", type: "MX" },
    ];
    expect(unlistedRecords(EXPORT, "example.com", QUERIES, listed)).toEqual(["1 TXT record at _dmarc, 0 listed"]);
    expect(unlistedRecords(EXPORT, "example.com", QUERIES, [...listed, { subdomain: "_DMARC", type: "TXT" }])).toEqual([]);
  });

  it("a listing with more than the export (a pseudo-type exported under another type) is no shortfall, nor an owner not asked for", () => {
    const listed = [
      { subdomain: "", type: "TXT" },
      { subdomain: "", type: "TXT" },
      { subdomain: "", type: "TXT" },
      { subdomain: "", type: "MX" },
      { subdomain: "_dmarc", type: "DMARC" },
    ];
    expect(unlistedRecords(`${EXPORT}www IN A 192.0.2.1\n`, "example.com", QUERIES, listed)).toEqual([]);
    expect(unlistedRecords(EXPORT, "example.com", [{ subDomain: "", fieldTypes: ["MX"] }], [{ subdomain: "", type: "MX" }])).toEqual([]);
  });
});
