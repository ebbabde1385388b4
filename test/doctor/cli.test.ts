// `maildns doctor` through its Command: real DNS over the loopback DNS server, real loopback mail servers.
import { spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import net from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { doctorCommand, planServices } from "../../src/cli/commands/doctor.js";
import type { CliIO } from "../../src/cli/command.js";
import { parseZoneFile } from "../../src/dns/index.js";
import { cliPath, repoRoot } from "../helpers/cli.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";
import { refusedPort, serve, startBlackHole, startImapServer, startSmtpServer, type RunningServer } from "./servers.js";

// The DNS step is `audit`: a healthy domain needs SPF, an active DKIM key and DMARC with reports.
const dkimKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({ format: "der", type: "spki" }).toString("base64");

const ZONES = [
  {
    origin: "healthy.test",
    text: `$TTL 300
@ SOA ns.healthy.test. hostmaster.healthy.test. 1 3600 600 86400 300
@ NS ns.healthy.test.
@ MX 1 mx.healthy.test.
@ TXT "v=spf1 ip4:192.0.2.10 ip4:198.51.100.0/24 -all"
default._domainkey TXT "v=DKIM1; k=rsa; p=${dkimKey.slice(0, 200)}" "${dkimKey.slice(200)}"
_dmarc TXT "v=DMARC1; p=quarantine; np=reject; rua=mailto:dmarc@healthy.test"
mx A 192.0.2.25
mx AAAA 2001:db8::25
`,
  },
  {
    origin: "permissive.test",
    text: `$TTL 300
@ SOA ns.permissive.test. hostmaster.permissive.test. 1 3600 600 86400 300
@ NS ns.permissive.test.
@ MX 1 mx.permissive.test.
@ TXT "v=spf1 +all"
_dmarc TXT "v=DMARC1; p=none"
mx A 192.0.2.26
`,
  },
  {
    origin: "bare.test",
    text: `$TTL 300
@ SOA ns.bare.test. hostmaster.bare.test. 1 3600 600 86400 300
@ NS ns.bare.test.
@ A 192.0.2.80
`,
  },
  {
    // A block list listing 192.0.2.10 (RFC 5782 §5: test entries; 127.0.0.2 = listed).
    origin: "dnsbl.test",
    text: `$TTL 60
@ SOA ns.dnsbl.test. hostmaster.dnsbl.test. 1 3600 600 86400 60
@ NS ns.dnsbl.test.
10.2.0.192 A 127.0.0.2
10.2.0.192 TXT "listed for testing"
`,
  },
];

let dns: DnsServer;
beforeAll(async () => {
  const records = ZONES.flatMap(({ origin, text }) => {
    const parsed = parseZoneFile(text, { origin });
    if (parsed.errors.length) throw new Error(JSON.stringify(parsed.errors));
    return parsed.records;
  });
  dns = await startDnsServer({ zones: records, origins: ZONES.map((z) => z.origin) });
});
afterAll(async () => {
  await dns.close();
});

const running: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});
async function keep(server: Promise<RunningServer>): Promise<RunningServer> {
  const started = await server;
  running.push(started);
  return started;
}

function captureIO(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: process.cwd(), env, isTTY: false };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

async function run(argv: string[], env: Record<string, string> = {}) {
  const captured = captureIO(env);
  const code = await doctorCommand.run(argv, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

const resolver = () => ["--resolver", `${dns.host}:${dns.port}`];
const CA = ["--ca", "test/fixtures/tls/ca.pem"];

async function healthyFlags(): Promise<string[]> {
  const imap = await keep(startImapServer({ accounts: { "user@healthy.test": "correct horse" } }));
  const smtps = await keep(startSmtpServer({ mode: "implicit", accounts: { "user@healthy.test": "correct horse" } }));
  const submission = await keep(startSmtpServer({ mode: "plain", starttls: true, accounts: { "user@healthy.test": "correct horse" } }));
  return ["--imap", `127.0.0.1:${imap.port}`, "--smtps", `127.0.0.1:${smtps.port}`, "--submission", `127.0.0.1:${submission.port}`];
}

describe("maildns doctor (command)", () => {
  it("a healthy domain and servers: exit 0, every check listed in order", async () => {
    const result = await run(["healthy.test", ...(await healthyFlags()), ...CA, ...resolver()]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("maildns doctor healthy.test");
    const ids = lines.filter((l) => /^ {2}(ok|PROBLEM|skipped) /.test(l)).map((l) => l.trim().split(/\s+/).slice(0, 2).join(" "));
    expect(ids).toEqual([
      "ok dns",
      "ok imap-connect",
      "ok imap-tls",
      "ok imap-greeting",
      "ok imap-capability",
      "ok smtps-connect",
      "ok smtps-tls",
      "ok smtps-banner",
      "ok smtps-ehlo",
      "ok smtps-auth",
      "ok submission-connect",
      "ok submission-banner",
      "ok submission-ehlo",
      "ok submission-starttls",
      "ok submission-tls",
      "ok submission-ehlo-tls",
      "ok submission-auth",
      "skipped dnsbl",
    ]);
    expect(result.stdout).toContain("All checks passed (17 ok, 1 skipped).");
  });

  it("JSON output follows the findings contract plus checks", async () => {
    const { port } = await keep(refusedPort());
    const result = await run(["bare.test", "--imap", `127.0.0.1:${port}`, "--smtps", "none", "--submission", "none", ...resolver(), "--format", "json"]);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.version).toBe(1);
    // No selector is known for bare.test: a warning that says how to name them (dkim-selector-not-found).
    expect(json.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(["mx-missing", "spf-missing", "dkim-selector-not-found", "dmarc-missing", "port-unreachable"]);
    expect(json.findings[4]).toEqual({
      ruleId: "port-unreachable",
      level: "error",
      message: `127.0.0.1:${port} refused the connection (IMAP, SSL/TLS)`,
      domain: "bare.test",
      name: "127.0.0.1",
      file: null,
      line: 0,
      column: 0,
      endLine: 0,
      endColumn: 0,
    });
    expect(json.findings[2]).toMatchObject({ ruleId: "dkim-selector-not-found", level: "warn", name: "_domainkey.bare.test" });
    expect(json.findings[3]).toMatchObject({ ruleId: "dmarc-missing", level: "warn", name: "_dmarc.bare.test" });
    expect(json.summary).toEqual({ errors: 3, warnings: 2, infos: 0 });
    expect(json.checks.map((c: { id: string; status: string }) => `${c.id}:${c.status}`)).toEqual([
      "dns:problem",
      "imap-connect:problem",
      "smtps-connect:skipped",
      "submission-connect:skipped",
      "dnsbl:skipped",
    ]);
    for (const check of json.checks) expect(Object.keys(check)).toEqual(["id", "target", "status", "elapsedMs", "detail"]);
  });

  it("the DNS step is audit: the lint rules and the policy pack judge the live records", async () => {
    const flags = ["permissive.test", "--imap", "none", "--smtps", "none", "--submission", "none", ...resolver(), "--format", "json"];
    const result = await run(flags);
    expect(result.code).toBe(1);
    const ids = JSON.parse(result.stdout).findings.map((f: { ruleId: string; name: string }) => `${f.ruleId} ${f.name}`);
    expect(ids).toContain("spf-permissive-all permissive.test");
    expect(ids).toContain("dmarc-no-rua _dmarc.permissive.test");
    const rfc = JSON.parse((await run([...flags, "--policy", "rfc"])).stdout).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(rfc).toContain("spf-permissive-all");
    expect(rfc).not.toContain("dmarc-none-monitoring-stage");
  });

  it("--selector: a named selector without a key record is an error; without --selector none found is a warning", async () => {
    const none = ["--imap", "none", "--smtps", "none", "--submission", "none", ...resolver(), "--format", "json"];
    const named = JSON.parse((await run(["healthy.test", "--selector", "default", "--selector", "s2099", ...none])).stdout);
    expect(named.findings.map((f: { ruleId: string; level: string; name: string }) => `${f.ruleId} ${f.level} ${f.name}`)).toEqual([
      "dkim-selector-not-found error s2099._domainkey.healthy.test",
    ]);
    const probed = JSON.parse((await run(["permissive.test", ...none])).stdout);
    expect(probed.findings.filter((f: { ruleId: string }) => f.ruleId === "dkim-selector-not-found").map((f: { level: string }) => f.level)).toEqual(["warn"]);
    await expect(run(["healthy.test", "--selector", "not a selector", ...none])).rejects.toThrow("--selector must be a DKIM selector");
  });

  it("--dnsbl: a listed SPF address → dnsbl-listed; ranges and MX addresses reported", async () => {
    const result = await run(["healthy.test", "--imap", "none", "--smtps", "none", "--submission", "none", "--dnsbl", "dnsbl.test", ...resolver(), "--format", "json"]);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.findings).toHaveLength(1);
    expect(json.findings[0]).toMatchObject({
      ruleId: "dnsbl-listed",
      level: "warn",
      name: "192.0.2.10",
      message: "192.0.2.10 (SPF ip4) is listed on dnsbl.test: 127.0.0.2 (listed for testing)",
    });
    const addresses = json.checks.find((c: { id: string }) => c.id === "dnsbl-addresses");
    expect(addresses.detail).toBe(
      "3 address(es): 192.0.2.10 (SPF ip4), 192.0.2.25 (MX mx.healthy.test), 2001:db8::25 (MX mx.healthy.test); SPF ranges not checked: 198.51.100.0/24",
    );
    const queried = dns.queries.log.filter((q) => q.name.endsWith("dnsbl.test") && q.type === "A").map((q) => q.name);
    expect(queried).toContain("10.2.0.192.dnsbl.test");
    expect(queried).toContain(`5.2.0.0.${"0.".repeat(20)}8.b.d.0.1.0.0.2.dnsbl.test`);
  });

  it("--login: a rejected password → smtp-auth-failed, the secrets printed nowhere", async () => {
    const flags = (await healthyFlags()).map((flag, i, all) => (all[i - 1] === "--imap" ? "none" : flag));
    const env = { MAILDNS_LOGIN_USER: "user@healthy.test", MAILDNS_LOGIN_PASSWORD: "tr0ub4dor&3" };
    const result = await run(["healthy.test", ...flags, ...CA, ...resolver(), "--login"], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/PROBLEM\s+submission-login/);
    expect(result.stdout).toContain("[smtp-auth-failed]");
    expect(result.stdout).toContain("fix (smtp-auth-failed): Log in with the full e-mail address");
    expect(result.stdout + result.stderr).not.toContain("tr0ub4dor&3");
    expect(result.stdout + result.stderr).not.toContain("user@healthy.test");
  });

  it("--login: a password IMAP refuses → imap-login-failed, and SMTP is not tried with it", async () => {
    const env = { MAILDNS_LOGIN_USER: "user@healthy.test", MAILDNS_LOGIN_PASSWORD: "tr0ub4dor&3" };
    const result = await run(["healthy.test", ...(await healthyFlags()), ...CA, ...resolver(), "--login"], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/PROBLEM\s+imap-login\s+\S+\s+AUTHENTICATE PLAIN: NO \[AUTHENTICATIONFAILED\]/);
    expect(result.stdout).toContain("fix (imap-login-failed): Log in with the full e-mail address");
    expect(result.stdout).toMatch(/skipped\s+submission-login\s+\S+\s+not tried: /);
    expect(result.stdout + result.stderr).not.toContain("tr0ub4dor&3");
  });

  it("--login: accepted credentials pass", async () => {
    const env = { MAILDNS_LOGIN_USER: "user@healthy.test", MAILDNS_LOGIN_PASSWORD: "correct horse" };
    const result = await run(["healthy.test", ...(await healthyFlags()), ...CA, ...resolver(), "--login"], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/ok\s+submission-login/);
    expect(result.stdout).toMatch(/ok\s+imap-login\s+\S+\s+AUTHENTICATE PLAIN: OK \(logged in\)/);
  });

  it("servers that never answer: the run ends within its timeouts and says so", async () => {
    const hole = await keep(startBlackHole());
    const at = `127.0.0.1:${hole.port}`;
    const result = await run(["healthy.test", "--imap", at, "--smtps", at, "--submission", at, ...resolver(), "--timeout", "250", "--quiet"]);
    expect(result.code).toBe(1);
    expect(result.stdout.match(/\[port-timeout\]/g)).toHaveLength(3);
    expect(result.stdout).toContain(`${at} did not answer within`);
    expect(result.stdout).toContain("fix (port-timeout): Try the other submission port (465 or 587)");
    expect(result.stdout).not.toMatch(/^ {2}ok /m);
  });

  it("--quiet prints only the checks with a problem", async () => {
    const result = await run(["bare.test", "--imap", "none", "--smtps", "none", "--submission", "none", ...resolver(), "--quiet"]);
    expect(result.stdout.split("\n").filter((l) => /^ {2}\S/.test(l)).map((l) => l.trim().split(/\s+/)[1])).toEqual(["dns"]);
  });

  it("a run the deadline cut short exits 1 even with --fail-on, and says it is incomplete", async () => {
    const hole = await keep(startBlackHole());
    const result = await run(["healthy.test", "--imap", "none", "--smtps", "none", "--submission", `127.0.0.1:${hole.port}`, ...resolver(), "--timeout", "30000", "--deadline", "1500", "--fail-on", "error"]);
    // The silent server got what was left of 1.5 s, not the 30 s step timeout: no port-timeout is claimed.
    expect(result.stdout).not.toContain("[port-timeout]");
    expect(result.stdout).toMatch(/Incomplete: \d step\(s\) not run \(the overall deadline passed\); 0 check\(s\) with a problem: 0 error\(s\), 0 warning\(s\)/);
    expect(result.code).toBe(1);
  });

  describe("usage errors exit 2 before any network step", () => {
    const cases: [string, string[], RegExp][] = [
      ["no domain", [], /expected exactly one DOMAIN/],
      ["bad host:port", ["healthy.test", "--imap", "ssl0.ovh.net:99999"], /--imap must be HOST or HOST:PORT/],
      ["url instead of host", ["healthy.test", "--submission", "https://ex4.mail.ovh.net"], /--submission must be HOST or HOST:PORT/],
      ["unknown flag", ["healthy.test", "--bogus"], /bogus/],
      ["bad offer", ["healthy.test", "--offer", "gmail"], /--offer must be one of/],
      ["bad timeout", ["healthy.test", "--timeout", "soon"], /--timeout must be a whole number/],
      ["bad resolver", ["healthy.test", "--resolver", "dns.example"], /--resolver/],
      ["bad format", ["healthy.test", "--format", "xml"], /--format must be one of text, json/],
      ["missing CA file", ["healthy.test", "--ca", "test/fixtures/tls/none.pem"], /--ca test\/fixtures\/tls\/none.pem: cannot read it \(ENOENT\)/],
      ["login without env", ["healthy.test", "--login"], /MAILDNS_LOGIN_USER/],
      ["password file without --login", ["healthy.test", "--password-file", "pw"], /--password-file is for --login/],
      // Node's timers hold at most 2^31 - 1 ms; a longer one fires at once, and every step would "time out".
      ["timeout beyond a timer's reach", ["healthy.test", "--timeout", "3000000000"], /--timeout must be at most 2147483647 ms/],
      ["deadline beyond a timer's reach", ["healthy.test", "--deadline", "2147483648"], /--deadline must be at most 2147483647 ms/],
    ];
    for (const [label, argv, message] of cases) {
      it(label, async () => {
        await expect(doctorCommand.run(argv, captureIO().io)).rejects.toThrow(message);
        await expect(doctorCommand.run(argv, captureIO().io)).rejects.toHaveProperty("name", "UsageError");
      });
    }
  });
});

describe("--password-file: the password kept off the command line and out of the shell's history", () => {
  const USER = { MAILDNS_LOGIN_USER: "user@healthy.test" };

  it("the first line of a file is the password: the login passes and the password is printed nowhere", async () => {
    const dir = tempTree({ pw: "correct horse\n" });
    const result = await run(["healthy.test", ...(await healthyFlags()), ...CA, ...resolver(), "--login", "--password-file", `${dir}/pw`], USER);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/ok\s+submission-login\s+\S+\s+AUTH PLAIN: 235 /);
    expect(result.stdout + result.stderr).not.toContain("correct horse");
  });

  it("usage errors name the file and never show its content", async () => {
    const dir = tempTree({ pw: "hunter2-secret\n", empty: "\n", big: `hunter2-secret${"x".repeat(1_000_000)}` });
    const cases: [string[], Record<string, string>, RegExp][] = [
      [["--password-file", `${dir}/none`], USER, /--password-file .*none: cannot read it \(ENOENT\)/],
      [["--password-file", `${dir}/empty`], USER, /--password-file .*empty: no password in it/],
      [["--password-file", `${dir}/big`], USER, /--password-file .*big: longer than 4096 bytes/],
      [["--password-file", `${dir}/pw`], { ...USER, MAILDNS_LOGIN_PASSWORD: "hunter2-other" }, /from --password-file or MAILDNS_LOGIN_PASSWORD, not both/],
      [["--password-file", `${dir}/pw`], {}, /--login reads the address from MAILDNS_LOGIN_USER/],
      [[], USER, /--login needs the password: --password-file FILE/],
    ];
    for (const [flags, env, message] of cases) {
      const error = await doctorCommand.run(["healthy.test", "--login", ...flags], captureIO(env).io).then(
        () => null,
        (e: Error) => e,
      );
      expect(error, flags.join(" ")).toMatchObject({ name: "UsageError", message: expect.stringMatching(message) });
      expect(error!.message).not.toContain("hunter2");
    }
  });

  /** The bundled CLI with `input` on its standard input (or a pipe left open when null), this process's servers answering. */
  function cliWithInput(args: string[], env: Record<string, string>, input: string | null): Promise<{ status: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [cliPath, ...args], { cwd: repoRoot, env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["pipe", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
      child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      child.stdin.on("error", () => undefined);
      if (input !== null) child.stdin.end(input);
      const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
      child.on("error", reject);
      child.on("close", (status) => {
        clearTimeout(timer);
        child.stdin.destroy();
        resolve({ status, stdout, stderr });
      });
    });
  }

  it("- reads it from standard input (a password manager's pipe), as the CLI", async () => {
    const flags = await healthyFlags();
    const result = await cliWithInput(["doctor", "healthy.test", ...flags, ...CA, ...resolver(), "--login", "--password-file", "-", "--format", "json"], USER, "correct horse\n");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const login = JSON.parse(result.stdout).checks.find((c: { id: string }) => c.id === "submission-login");
    expect(login).toMatchObject({ status: "ok", detail: "AUTH PLAIN: 235 2.7.0 (accepted)" });
    expect(result.stdout).not.toContain("correct horse");
  });

  it("- on a pipe that never ends is bounded by --timeout: exit 2 and a sentence, before any network step", async () => {
    const started = Date.now();
    const result = await cliWithInput(["doctor", "healthy.test", ...resolver(), "--login", "--password-file", "-", "--timeout", "500"], USER, null);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("maildns doctor: --password-file -: nothing ended the password on standard input within 500 ms (pipe it in, ending with a new line or the end of the input)\n");
    expect(result.stdout).toBe("");
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe("DNS that fails is 'could not check', never a missing record", () => {
  it.each(["servfail", "timeout"] as const)("%s on SPF, DMARC and the block list: dns-lookup-failed for each, no *-missing finding, no 'not listed'", async (fault) => {
    const faulty = await startDnsServer({
      zones: ZONES.flatMap(({ origin, text }) => parseZoneFile(text, { origin }).records),
      origins: ZONES.map((z) => z.origin),
      faults: { "healthy.test/TXT": fault, "_dmarc.healthy.test/TXT": fault, "*.dnsbl.test/A": fault },
    });
    try {
      const result = await run(["healthy.test", "--imap", "none", "--smtps", "none", "--submission", "none", "--resolver", `${faulty.host}:${faulty.port}`, "--timeout", "300", "--dnsbl", "dnsbl.test", "--format", "json"]);
      expect(result.code).toBe(1);
      const json = JSON.parse(result.stdout);
      const ids: string[] = json.findings.map((f: { ruleId: string }) => f.ruleId);
      expect(ids.filter((id) => /missing/.test(id))).toEqual([]);
      const failed: string[] = json.findings.filter((f: { ruleId: string }) => f.ruleId === "dns-lookup-failed").map((f: { message: string }) => f.message);
      for (const what of ["healthy.test TXT", "_dmarc.healthy.test TXT", "25.2.0.192.dnsbl.test A"]) expect(failed.some((m) => m.startsWith(`DNS lookup of ${what} failed`)), what).toBe(true);
      const dnsbl = json.checks.find((c: { id: string }) => c.id === "dnsbl");
      expect(dnsbl.status).toBe("problem");
      expect(dnsbl.detail).toBe("2 address(es) could not be checked (see dns-lookup-failed)");
    } finally {
      await faulty.close();
    }
  });
});

describe("--fail-on never passes a DNS step that could not look", () => {
  // dns-lookup-failed is a warning, yet what the lookup would have shown (no MX, no SPF, a listed address)
  // is unknown: `--fail-on error` once exited 0 on a run that could check none of it.
  it("every lookup of the domain's records failing: exit 1 with --fail-on error, as without it", async () => {
    const faulty = await startDnsServer({
      zones: ZONES.flatMap(({ origin, text }) => parseZoneFile(text, { origin }).records),
      origins: ZONES.map((z) => z.origin),
      faults: { "healthy.test/TXT": "servfail", "healthy.test/MX": "servfail", "_dmarc.healthy.test/TXT": "servfail" },
    });
    try {
      const argv = ["healthy.test", "--imap", "none", "--smtps", "none", "--submission", "none", "--resolver", `${faulty.host}:${faulty.port}`, "--timeout", "300", "--format", "json"];
      const strict = await run([...argv, "--fail-on", "error"]);
      const json = JSON.parse(strict.stdout);
      const levels = [...new Set(json.findings.map((f: { level: string }) => f.level))];
      expect(levels).toEqual(["warn"]);
      expect(json.findings.filter((f: { ruleId: string }) => f.ruleId === "dns-lookup-failed").map((f: { message: string }) => f.message.split(" failed")[0])).toEqual(
        expect.arrayContaining(["DNS lookup of healthy.test MX", "DNS lookup of healthy.test TXT", "DNS lookup of _dmarc.healthy.test TXT"]),
      );
      expect(strict.code).toBe(1);
      expect((await run(argv)).code).toBe(1);
    } finally {
      await faulty.close();
    }
  });

  it("a healthy domain's warnings alone stay under --fail-on error (exit 0)", async () => {
    const result = await run(["healthy.test", "--imap", "none", "--smtps", "none", "--submission", "none", "--resolver", `${dns.host}:${dns.port}`, "--fail-on", "error", "--format", "json"]);
    expect(JSON.parse(result.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === "dns-lookup-failed")).toEqual([]);
    expect(result.code).toBe(0);
  });
});

describe("an interrupted run (Ctrl-C, a cancelled CI job) still prints what it checked", () => {
  it("SIGINT while a server keeps the run waiting: the step under way is 'interrupted', the rest skipped, the report printed, then the process ends by SIGINT", async () => {
    let connections = 0;
    const hole = await keep(
      serve(
        net.createServer((socket) => {
          connections++;
          socket.on("error", () => undefined);
        }),
      ),
    );
    const at = `127.0.0.1:${hole.port}`;
    const ended = await new Promise<{ signal: NodeJS.Signals | null; stdout: string; stderr: string; afterSignalMs: number }>((resolve, reject) => {
      const child = spawn(process.execPath, [cliPath, "doctor", "healthy.test", "--imap", "none", "--smtps", "none", "--submission", at, ...resolver(), "--timeout", "30000"], {
        cwd: repoRoot,
        env: { PATH: process.env.PATH ?? "" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      let sentAt = 0;
      child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
      child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      // Once the run waits on the silent server (its banner), give it a moment to be inside the wait.
      const poll = setInterval(() => {
        if (sentAt === 0 && connections > 0) {
          sentAt = Date.now();
          setTimeout(() => child.kill("SIGINT"), 200);
        }
      }, 20);
      const guard = setTimeout(() => child.kill("SIGKILL"), 25_000);
      child.on("error", reject);
      child.on("close", (_status, signal) => {
        clearInterval(poll);
        clearTimeout(guard);
        resolve({ signal, stdout, stderr, afterSignalMs: sentAt === 0 ? -1 : Date.now() - sentAt });
      });
    });
    expect(ended.signal).toBe("SIGINT");
    expect(ended.stderr).toContain("maildns doctor: interrupted (SIGINT)");
    expect(ended.stdout).toMatch(new RegExp(`skipped\\s+submission-banner\\s+${at.replace(/\./g, "\\.")}\\s+interrupted \\(SIGINT\\) during this step`));
    expect(ended.stdout).toMatch(/skipped\s+dnsbl\s/);
    expect(ended.stdout).toMatch(/\nIncomplete: \d step\(s\) not run \(interrupted by SIGINT\); /);
    // No verdict from the interrupt: the silent server is not called a firewall's doing.
    expect(ended.stdout).not.toContain("[port-timeout]");
    // Well before the 30 s the banner would have been waited for.
    expect(ended.afterSignalMs).toBeGreaterThanOrEqual(0);
    expect(ended.afterSignalMs).toBeLessThan(10_000);
  });
});

describe("planServices (the defaults of OVH's client configuration guide)", () => {
  it("MX Plan and Zimbra default to ssl0.ovh.net on 993/465/587", () => {
    for (const offer of ["mx-plan", "zimbra"] as const) {
      expect(planServices({}, offer, "eu")).toEqual({
        imap: { target: { host: "ssl0.ovh.net", port: 993 } },
        smtps: { target: { host: "ssl0.ovh.net", port: 465 } },
        submission: { target: { host: "ssl0.ovh.net", port: 587 } },
      });
    }
  });

  it("MX Plan in Canada uses imap/smtp.mail.ovh.ca", () => {
    const plans = planServices({}, "mx-plan", "ca");
    expect(plans.imap).toEqual({ target: { host: "imap.mail.ovh.ca", port: 993 } });
    expect(plans.submission).toEqual({ target: { host: "smtp.mail.ovh.ca", port: 587 } });
  });

  it("Email Pro without a server skips, naming the pro? host", () => {
    const plans = planServices({}, "email-pro", "eu");
    expect(plans.imap).toEqual({ skip: expect.stringContaining("pass --imap with your pro?.mail.ovh.net server") });
  });

  it("Exchange: one given server serves all three services", () => {
    expect(planServices({ submission: "ex4.mail.ovh.net" }, "hosted-exchange", "eu")).toEqual({
      imap: { target: { host: "ex4.mail.ovh.net", port: 993 } },
      smtps: { target: { host: "ex4.mail.ovh.net", port: 465 } },
      submission: { target: { host: "ex4.mail.ovh.net", port: 587 } },
    });
  });

  it("explicit ports, IPv6 literals and none", () => {
    expect(planServices({ imap: "[::1]:1993", smtps: "none", submission: "Mail.Example.com:2587" }, "mx-plan", "eu")).toEqual({
      imap: { target: { host: "::1", port: 1993 } },
      smtps: { skip: "--smtps none" },
      submission: { target: { host: "mail.example.com", port: 2587 } },
    });
  });
});
