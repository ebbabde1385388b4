// `import` of a domain whose `_dmarc` TXT answer comes from a wildcard (`* TXT "v=DMARC1; ..."`, RFC 4592):
// receivers apply it (RFC 7489 §6.6.3 reads whatever `_dmarc` answers), but the zone holds no record there,
// so neither a `dmarc:` entry (the apply would create one) nor none (plan would delete what it sees) is
// faithful. The import refuses the domain, naming it; a zone holding its own `_dmarc` record imports.
// In-process: the decision is the subject, not the process.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";

const TODAY = ["--today", "2026-11-01"];
const zone = (domain: string, lines: string[]) =>
  [`$ORIGIN ${domain}.`, "$TTL 3600", "@ IN SOA ns.test. hostmaster.test. 1 7200 3600 1209600 300", "@ IN NS ns.test.", "@ IN MX 0 .", '@ IN TXT "v=spf1 -all"', ...lines, ""].join("\n");
const WILD = zone("wild.test", ['* IN TXT "v=DMARC1; p=reject"']);
const OWN = zone("own.test", ['_dmarc IN TXT "v=DMARC1; p=reject"', '* IN TXT "v=DMARC1; p=reject"']);
const PLAIN = zone("plain.test", ['_dmarc IN TXT "v=DMARC1; p=reject"', '* IN TXT "v=spf1 -all"']);
const refusal = (domain: string) =>
  `maildns import: ${domain}: error: _dmarc.${domain} answers the TXT ("v=DMARC1; p=reject") that _wildcard-probe.${domain}, a name no zone holds, answers too: a wildcard's (RFC 4592), which a domain file cannot declare as the DMARC record. Publish the DMARC record at _dmarc in the zone, then import again`;

describe("a wildcard answering _dmarc is not imported as the domain's DMARC record", () => {
  test("from zone files: exit 1, the note names it, no file; a zone with its own _dmarc record beside the same wildcard is written", async () => {
    const tree = tempTree({ "zones/wild.test.zone": WILD, "zones/own.test.zone": OWN, "zones/plain.test.zone": PLAIN });
    const out = join(tree, "out");
    const run = await runCliInProcess(["import", "wild.test", "own.test", "plain.test", "--zone", join(tree, "zones"), "--out", out, ...TODAY]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(refusal("wild.test"));
    expect(run.stderr).toContain("maildns import: wild.test not written\n");
    expect(existsSync(join(out, "wild.test.yaml"))).toBe(false);
    expect(readFileSync(join(out, "own.test.yaml"), "utf8")).toContain('\ndmarc: "v=DMARC1; p=reject"\n');
    expect(readFileSync(join(out, "plain.test.yaml"), "utf8")).toContain('\ndmarc: "v=DMARC1; p=reject"\n');
  });

  describe("over DNS", () => {
    let server: DnsServer;
    beforeAll(async () => {
      server = await startDnsServer({ zones: [], origins: ["wild.test", "plain.test"] });
      server.addZoneText(WILD, "wild.test");
      server.addZoneText(PLAIN, "plain.test");
    });
    afterAll(() => server.close());
    const dns = () => ["--resolver", `127.0.0.1:${server.port}`, "--timeout", "2000", "--retries", "1"];

    test("exit 1 and the same note; a domain whose wildcard answers other text is written", async () => {
      const out = join(tempTree({}), "out");
      const run = await runCliInProcess(["import", "wild.test", "plain.test", "--out", out, ...dns(), ...TODAY]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(refusal("wild.test"));
      expect(existsSync(join(out, "wild.test.yaml"))).toBe(false);
      expect(readFileSync(join(out, "plain.test.yaml"), "utf8")).toContain('\ndmarc: "v=DMARC1; p=reject"\n');
    });

    test("the question that tells a wildcard failing leaves the domain unwritten, naming it (exit 1)", async () => {
      server.setFault("_wildcard-probe.plain.test/TXT", "servfail");
      try {
        const out = join(tempTree({}), "out");
        const run = await runCliInProcess(["import", "plain.test", "--out", out, ...dns(), ...TODAY]);
        expect(run.status).toBe(1);
        expect(run.stderr).toContain("maildns import: plain.test not written: _wildcard-probe.plain.test TXT lookup failed (servfail");
        expect(existsSync(join(out, "plain.test.yaml"))).toBe(false);
      } finally {
        server.clearFaults();
      }
    });
  });
});
