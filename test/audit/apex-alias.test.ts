// A domain that is itself an alias (a CNAME at its name): senders read its MX through the alias (RFC 5321
// §5.1, the target "is processed as if it were the initial domain name") and receivers its SPF TXT (RFC 7208
// §4.4, a DNS query like any other), so `audit` judges the target's records as the domain's, never "no MX"
// and "no SPF record" for a domain whose mail works.
import { describe, expect, it } from "vitest";
import { zoneServer, verdicts } from "../helpers/audit-dns.js";

const SOA = "$TTL 3600\n@ SOA ns1 host 1 7200 3600 1209600 3600\n@ NS ns1\n";
const zones = zoneServer(
  {
    "org.example": [
      SOA,
      '@ MX 10 mx.org.example.\n@ TXT "v=spf1 -all"\n_dmarc TXT "v=DMARC1; p=reject; rua=mailto:d@org.example"\nmx A 192.0.2.1\n',
      // news is an alias of a name with working mail records.
      'news CNAME real.org.example.\nreal MX 10 mx.org.example.\nreal TXT "v=spf1 ip4:192.0.2.1 -all"\n',
      // shop is an alias of a name whose records are broken: those are what senders and receivers meet.
      'shop CNAME broken.org.example.\nbroken MX 10 nohost.org.example.\nbroken TXT "v=spf1 include:nothing.org.example -all"\n',
      // down is an alias of a name whose server fails.
      "down CNAME mail.down.example.\n",
    ].join(""),
    "down.example": SOA,
    example: SOA,
  },
  { "mail.down.example/MX": "servfail" },
);
const MAIL_RULES = ["mx-missing", "spf-missing", "mx-target-unresolvable", "spf-include-no-record", "spf-void-lookups"];

describe("audit of a domain that is an alias", () => {
  it("its mail records are the target's: a working target gives no mx-missing and no spf-missing", async () => {
    const result = await zones.audit(["news.org.example"]);
    expect(result.failures).toEqual([]);
    expect(verdicts(result.findings, MAIL_RULES)).toEqual([]);
  });

  it("a broken target's records are reported as the domain's", async () => {
    const result = await zones.audit(["shop.org.example"]);
    expect(verdicts(result.findings, MAIL_RULES)).toEqual(["mx-target-unresolvable error shop.org.example", "spf-include-no-record error shop.org.example"]);
    expect(result.findings.find((f) => f.ruleId === "mx-target-unresolvable")?.message).toBe(
      "the MX exchange nohost.org.example does not exist (NXDOMAIN): mail sent to this exchange cannot be delivered (RFC 5321 §5.1)",
    );
  });

  it("a target whose lookup fails is a failure: the domain is not audited, nothing is said missing", async () => {
    const result = await zones.audit(["down.org.example"]);
    expect(result.findings).toEqual([]);
    expect(result.failures.map((f) => [f.name, f.type, f.reason])).toEqual([["down.org.example", "MX", "servfail"]]);
  });
});
