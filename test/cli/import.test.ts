import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { repoRoot, runCli } from "../helpers/cli.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";
import { FIXTURE_ZONES, startFixtureServer } from "../plan/helpers.js";

describe("maildns import", () => {
  test("--zone DIR --out DIR: one file per zone, and plan against the same zones shows no change", () => {
    const out = join(tempTree({}), "imported");
    const run = runCli(["import", "--zone", FIXTURE_ZONES, "--out", out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("maildns import: ovh.net: not a mail domain (no MX, SPF or DMARC record): skipped\n");
    expect(existsSync(join(out, "ovh.net.yaml"))).toBe(false);
    for (const domain of ["chain.example", "clean.example", "cname-mx.example", "export.example"]) {
      const text = readFileSync(join(out, `${domain}.yaml`), "utf8");
      expect(text).toContain(`\ndomain: ${domain}\n`);
      // Outside the repository a relative $schema path would point nowhere: no modeline.
      expect(text).not.toContain("yaml-language-server");
    }
    const lint = runCli(["lint", out, "-f", "json", "--today", "2026-11-01"]);
    expect(JSON.parse(lint.stdout).findings.filter((f: { ruleId: string }) => f.ruleId.startsWith("file-"))).toEqual([]);
    const plan = JSON.parse(runCli(["plan", out, "--zone", FIXTURE_ZONES, "-f", "json", "--today", "2026-11-01"]).stdout);
    expect(plan.changes).toEqual([]);
    expect(plan.failures).toEqual([]);
    expect(plan.summary.domains).toBe(4);
  });

  test("inside the repository the file gets the schema modeline with a relative path", () => {
    const out = mkdtempSync(join(repoRoot, "test/fixtures/plan/tmp-import-"));
    try {
      expect(runCli(["import", "--zone", `${FIXTURE_ZONES}clean.example.zone`, "--out", out, "-q"]).status).toBe(0);
      const text = readFileSync(join(out, "clean.example.yaml"), "utf8");
      expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=../../../../src/schema/domain.schema.json");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test("an existing file is kept unless --force; without --out the file goes to standard output", () => {
    const out = tempTree({ "clean.example.yaml": "keep me\n" });
    const refused = runCli(["import", "--zone", `${FIXTURE_ZONES}clean.example.zone`, "--out", out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("exists: give --force");
    expect(readFileSync(join(out, "clean.example.yaml"), "utf8")).toBe("keep me\n");
    expect(runCli(["import", "--zone", `${FIXTURE_ZONES}clean.example.zone`, "--out", out, "--force", "-q"]).status).toBe(0);
    expect(readFileSync(join(out, "clean.example.yaml"), "utf8")).toContain("domain: clean.example");
    const stdout = runCli(["import", "--zone", FIXTURE_ZONES, "clean.example", "export.example"]);
    expect(stdout.status).toBe(0);
    expect(stdout.stdout.split("---\n").map((doc) => /\ndomain: (\S+)/.exec(doc)?.[1])).toEqual(["clean.example", "export.example"]);
  });

  test("--out DIR --force replaces a symbolic link in DIR by the file, and never writes through it to the file outside", () => {
    const root = tempTree({ "out/keep.txt": "x\n", "outside/clean.example.yaml": "domain: clean.example # the file outside --out\n" });
    const out = join(root, "out");
    symlinkSync(join(root, "outside/clean.example.yaml"), join(out, "clean.example.yaml"));
    const run = runCli(["import", "--zone", `${FIXTURE_ZONES}clean.example.zone`, "--out", out, "--force"]);
    expect(run.stderr).toBe(`wrote ${join(out, "clean.example.yaml")}\n`);
    expect(run.status).toBe(0);
    expect(readFileSync(join(root, "outside/clean.example.yaml"), "utf8")).toBe("domain: clean.example # the file outside --out\n");
    expect(lstatSync(join(out, "clean.example.yaml")).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(out, "clean.example.yaml"), "utf8")).toContain("\ndomain: clean.example\n");
  });

  describe("over DNS", () => {
    let server: DnsServer;
    beforeAll(async () => {
      server = await startFixtureServer();
    });
    afterAll(async () => {
      await server.close();
    });

    test("import then plan over DNS: no change; a failed lookup writes no file and exits 1", async () => {
      const out = join(tempTree({}), "dns");
      const dns = ["--resolver", `127.0.0.1:${server.port}`, "--timeout", "2000", "--retries", "0"];
      const run = await runCliAsync(["import", "chain.example", "clean.example", "--selector", "mail2026", "--selector", "big2026", "--out", out, ...dns]);
      expect(run.status).toBe(0);
      expect(readFileSync(join(out, "chain.example.yaml"), "utf8")).toContain("- name: big2026");
      const plan = await runCliAsync(["plan", out, ...dns, "-f", "json", "--today", "2026-11-01"]);
      expect(JSON.parse(plan.stdout)).toMatchObject({ changes: [], failures: [] });
      server.setFault("_dmarc.export.example/TXT", "refused");
      try {
        const failed = await runCliAsync(["import", "export.example", "--out", out, ...dns]);
        expect(failed.status).toBe(1);
        expect(failed.stderr).toContain("export.example not written: _dmarc.export.example TXT lookup failed (refused");
        expect(existsSync(join(out, "export.example.yaml"))).toBe(false);
      } finally {
        server.clearFaults();
      }
    });

    test("a name that does not exist (NXDOMAIN) writes no file and exits 1, saying so; the other domains are written", async () => {
      const out = join(tempTree({}), "nx");
      const run = await runCliAsync(["import", "misspelt.clean.example", "clean.example", "--out", out, "--resolver", `127.0.0.1:${server.port}`, "--retries", "0"]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(
        "maildns import: misspelt.clean.example: error: misspelt.clean.example does not exist in DNS (NXDOMAIN): nothing to import; check the name, or start a new domain file with `maildns init misspelt.clean.example --offer OFFER`\nmaildns import: misspelt.clean.example not written\n",
      );
      expect(existsSync(join(out, "misspelt.clean.example.yaml"))).toBe(false);
      expect(readFileSync(join(out, "clean.example.yaml"), "utf8")).toContain("domain: clean.example");
    });
  });

  test("over DNS, a _dmarc TXT that does not start with v=DMARC1 is no DMARC record: not written (exit 1), as audit reads it", async () => {
    const zones = join(tempTree({ "z/text.example.zone": '$ORIGIN text.example.\n$TTL 300\n@ SOA ns.example.net. h.example.net. 1 7200 900 1209600 300\n@ MX 10 mx.example.net.\n@ TXT "v=spf1 -all"\n_dmarc TXT "hello"\n' }), "z");
    const server = await startDnsServer({ zones });
    try {
      const out = join(zones, "..", "out");
      const dns = ["--resolver", `127.0.0.1:${server.port}`, "--timeout", "2000", "--retries", "0"];
      const run = await runCliAsync(["import", "text.example", "--out", out, "--today", "2026-11-01", ...dns]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(
        'maildns import: text.example: error: _dmarc.text.example holds no DMARC record: "hello" does not start with v=DMARC1 (the version is case-sensitive, RFC 7489 §6.4), and receivers discard such a TXT (RFC 7489 §6.6.3), so the domain publishes no DMARC policy. A domain file cannot declare it as the DMARC record, and without one plan would delete it: replace it in the zone with a DMARC record (v=DMARC1; p=…) or remove it, then import again\n',
      );
      expect(run.stderr).not.toContain("monitoring stage");
      expect(existsSync(join(out, "text.example.yaml"))).toBe(false);
      // audit reads the same TXT the same way: discarded by receivers, an error.
      const audit = await runCliAsync(["audit", "text.example", "-f", "json", "--today", "2026-11-01", ...dns]);
      const findings = JSON.parse(audit.stdout).findings as { ruleId: string; level: string; message: string }[];
      expect(findings.filter((f) => f.ruleId.startsWith("dmarc-"))).toEqual([expect.objectContaining({ ruleId: "dmarc-v-first", level: "error", message: expect.stringContaining("receivers discard it") })]);
    } finally {
      await server.close();
    }
  });

  test("TXT records holding U+200B (bytes a live zone can carry): the file is written, loads, and lint names the character where it stands", () => {
    const z = "\u200b";
    const zone = [
      "$ORIGIN zw.example.",
      "$TTL 3600",
      "@ IN SOA ns1.zw.example. admin.zw.example. 1 3600 600 86400 3600",
      "@ IN NS ns1.zw.example.",
      "@ IN MX 10 mx.zw.example.",
      `@ IN TXT "v=spf1 include:_spf.goo${z}gle.com -all"`,
      `_dmarc IN TXT "v=DMARC1; p=reject; rua=mailto:d@exa${z}mple.com"`,
      `_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:t@exa${z}mple.com"`,
      "",
    ].join("\n");
    const dir = tempTree({ "zones/zw.example.zone": zone });
    const out = join(dir, "out");
    expect(runCli(["import", "--zone", join(dir, "zones"), "--out", out, "-q"]).status).toBe(0);
    // The file says what it holds: the character as a YAML escape (the same value once read), never raw in a
    // file a reviewer reads in a pull request, where it shows as nothing (a bidi control would reorder the line).
    const written = readFileSync(join(out, "zw.example.yaml"), "utf8");
    expect(written).toContain('spf: "v=spf1 include:_spf.goo\\u200bgle.com -all"');
    expect(written).not.toMatch(/\p{Cf}/u);
    const lint = runCli(["lint", out, "-f", "json", "--today", "2026-11-01"]);
    const findings = (JSON.parse(lint.stdout) as { findings: { ruleId: string; line: number; column: number; message: string }[] }).findings;
    expect(findings.filter((f) => f.ruleId.startsWith("file-"))).toEqual([]);
    expect(findings.filter((f) => f.message.startsWith("U+200B") || f.message.includes(": character U+200B")).map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.message}`)).toEqual([
      // The message quotes the term with the character as U+200B, in JSON as in the terminal.
      "spf-syntax 8:30 `include:_spf.gooU+200Bgle.com`: character U+200B is not allowed in an SPF record (visible ASCII only; write IDNs as xn-- A-labels)",
      "dmarc-syntax 9:45 U+200B is not allowed in a DMARC record: visible ASCII only (percent-encode addresses, write domains as xn-- A-labels)",
      "tls-rpt-syntax 10:38 U+200B is not allowed in a report URI: URIs are ASCII only (RFC 3986 §2); percent-encode the address and write domains as xn-- A-labels",
    ]);
  });

  test("from zone files too: a domain the zones do not hold is not written (exit 1)", () => {
    const run = runCli(["import", "--zone", FIXTURE_ZONES, "nothere.clean.example"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("nothere.clean.example does not exist in DNS (NXDOMAIN): nothing to import");
  });
});
