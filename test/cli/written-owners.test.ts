// An SRV service or a cname: entry's name may be written relative to the domain or in full under it, in any
// case: the rules read it so (relativeOwner). The plan looked it up and compared it at the text as written
// put before the domain: `www.example.com` was a create at www.example.com.example.com (which the Pulumi
// program would then have written), and `WEBMAIL` or `_IMAPS._tcp.Example.com.` a failed lookup of a name
// no answer matched.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";

const FILE = `domain: example.com
mail: {provider: external, sends: false, receives: false}
mx: none
spf: "v=spf1 -all"
dmarc: "v=DMARC1; p=reject"
srv:
  - { service: _IMAPS._tcp.Example.com., priority: 0, weight: 1, port: 993, target: imap.example.net. }
cname:
  - { name: www.example.com, target: web.example.net. }
  - { name: WEBMAIL, target: web.example.net. }
  - { name: autoconfig.example.com., target: mailconfig.ovh.net. }
`;

const ZONE = `$ORIGIN example.com.
$TTL 3600
@ IN SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 3600
@ IN MX 0 .
@ IN TXT "v=spf1 -all"
_dmarc IN TXT "v=DMARC1; p=reject"
_imaps._tcp IN SRV 0 1 993 imap.example.net.
www IN CNAME web.example.net.
webmail IN CNAME web.example.net.
`;

describe("names written in full, with a trailing dot or in capitals", () => {
  it("plan compares them at the owner the rules read: what the zone holds matches, what it lacks is created there", async () => {
    const root = tempTree({ "stack/example.com.yaml": FILE, "zones/example.com.zone": ZONE });
    const run = await runCliAsync(["plan", join(root, "stack"), "--zone", join(root, "zones"), "--today", "2026-12-01", "-f", "json"], { timeoutMs: 60_000 });
    const json = JSON.parse(run.stdout);
    expect(json.failures).toEqual([]);
    expect(json.changes.map((c: { action: string; name: string; type: string; after: string[] }) => `${c.action} ${c.name} ${c.type} ${c.after.join(" ")}`)).toEqual([
      "create autoconfig.example.com CNAME mailconfig.ovh.net.",
    ]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("a finding on such an entry names the owner the plan writes, not the text put before the domain", async () => {
    const root = tempTree({
      "stack/example.com.yaml": FILE.replace(/target: web\.example\.net\./g, "target: 192.0.2.1"),
    });
    const run = await runCliAsync(["lint", join(root, "stack"), "--today", "2026-12-01", "-f", "json"], { timeoutMs: 60_000 });
    const findings: { ruleId: string; name: string; line: number }[] = JSON.parse(run.stdout).findings;
    expect(findings.filter((f) => f.ruleId === "dns-name-invalid").map((f) => `${f.line} ${f.name}`)).toEqual(["9 www.example.com", "10 webmail.example.com"]);
    expect(run.status).toBe(1);
  });
});
