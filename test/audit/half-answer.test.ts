// An exchange whose A question answered while its AAAA question failed (or the reverse): the host exists
// and takes mail over the family that answered (RFC 5321 §5.1), so no finding calls it unresolvable, and
// the SPF walk counts it as no void lookup (RFC 7208 §4.6.4 counts lookups that return nothing). No verdict
// `audit` gives rests on the family that failed: the walk counts voids family by family for `exists` alone
// (A only, §5.7, where a failed A is a failure: test/mail/spf-live.test.ts), and a report source's match is
// "failed" when its own family failed (test/reports/resolve.test.ts). Pinned here so that a half answer
// never turns into a missing record, nor into a check said to be made on the failed family.
import { describe, expect, it } from "vitest";
import { verdicts, zoneServer } from "../helpers/audit-dns.js";

const SOA = "$TTL 3600\n@ SOA ns1 host 1 7200 3600 1209600 3600\n@ NS ns1\n";
const zones = zoneServer(
  {
    "half.example": [
      SOA,
      "@ MX 10 mx.half.example.\n@ MX 20 mx6.half.example.\nmx A 192.0.2.1\nmx AAAA 2001:db8::1\nmx6 A 192.0.2.2\nmx6 AAAA 2001:db8::2\n",
      '@ TXT "v=spf1 a:mx.half.example mx -all"\n',
      '_dmarc TXT "v=DMARC1; p=reject; rua=mailto:d@half.example"\n',
    ].join(""),
  },
  { "mx.half.example/AAAA": "servfail", "mx6.half.example/A": "servfail" },
);
const RULES = ["mx-target-unresolvable", "spf-void-lookups", "spf-lookup-limit", "spf-include-no-record"];

describe("an exchange with one address family answered and the other failed", () => {
  it("resolves: no unresolvable exchange, no void lookup, no check named as not made", async () => {
    zones.server().resetQueries();
    const result = await zones.audit(["half.example"]);
    // The failed questions were asked: the verdicts below are made with them failing.
    const asked = zones.server().queries.log.map((q) => `${q.name}/${q.type}`);
    expect(asked).toEqual(expect.arrayContaining(["mx.half.example/AAAA", "mx6.half.example/A"]));
    expect(result.failures).toEqual([]);
    expect(verdicts(result.findings, RULES)).toEqual([]);
    expect(result.unchecked).toEqual([]);
  });
});
