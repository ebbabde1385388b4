// A name that is not a domain name, given to `audit`, `import` or `doctor`, is a usage error that says why
// (exit 2), and no DNS question is asked for it: a label that starts or ends with a hyphen or holds an
// underscore is no host name (RFC 1123 §2.1), a label over 63 octets, a name over 253 characters or an empty
// label cannot be asked at all (RFC 1035 §2.3.4). Unicode names are still converted and asked.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SEVERAL_RUNS_TIMEOUT_MS } from "../helpers/cli.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";

const CASES: [string, string][] = [
  ["-x.example", 'label "-x" starts with a hyphen (RFC 1123 §2.1)'],
  ["exa_mple.example", 'label "exa_mple" holds an underscore: host names take letters, digits and hyphens (RFC 1123 §2.1)'],
  ["a._b.example", 'label "_b" starts with an underscore but is not one of the leftmost labels: underscored labels name attributes of the domain below them (RFC 8552 §1.1)'],
  ["a..example", "it has an empty label (two dots in a row, or a dot first)"],
  [`${"a".repeat(64)}.example`, `label "${"a".repeat(40)}…" is 64 octets long; at most 63 (RFC 1035 §2.3.4)`],
  // One final dot is the root; a second is an empty label, not dropped to ask about example.com instead.
  ["example.com..", "it has an empty label (two dots in a row, or a dot first)"],
];

describe("a name that is not a domain name", () => {
  let server: DnsServer;
  beforeAll(async () => {
    server = await startDnsServer({ zones: [] });
  });
  afterAll(async () => {
    await server.close();
  });
  const resolver = () => ["--resolver", `${server.host}:${server.port}`, "--timeout", "500"];

  test(
    "audit, import and doctor: exit 2, the reason said, nothing asked of DNS",
    async () => {
      for (const command of ["audit", "import", "doctor"]) {
        for (const [name, problem] of CASES) {
          server.resetQueries();
          const run = await runCliAsync([command, ...resolver(), "--", name]);
          expect([run.status, run.stderr, run.stdout], `${command} ${name}`).toEqual([2, `maildns ${command}: '${name.slice(0, 80)}' is not a domain name: ${problem}; give a domain such as example.com\n`, ""]);
          expect(server.queries.count, `${command} ${name}`).toBe(0);
        }
      }
    },
    SEVERAL_RUNS_TIMEOUT_MS,
  );

  test(
    "a --domains-file: every bad line named as FILE:LINE, exit 2, nothing asked; CRLF, comments, blank lines and a final dot are fine",
    async () => {
      const lines = ["# our domains", "example.com", "", "  example.org.   # the shop", "exa_mple.net", "*.example.com", "example.net", ""];
      const dir = tempTree({ "domains.txt": lines.join("\r\n"), "good.txt": lines.filter((l) => !/_|\*/.test(l)).join("\r\n") });
      for (const command of ["audit", "import"]) {
        server.resetQueries();
        const bad = await runCliAsync([command, ...resolver(), "--domains-file", "domains.txt"], { cwd: dir });
        expect([bad.status, bad.stderr, bad.stdout], command).toEqual([
          2,
          `maildns ${command}: --domains-file domains.txt: 2 lines are not domain names, so no domain was looked at; correct them or comment them out with #:\n` +
            `  domains.txt:5: 'exa_mple.net': label "exa_mple" holds an underscore: host names take letters, digits and hyphens (RFC 1123 §2.1)\n` +
            `  domains.txt:6: '*.example.com': it is a wildcard, not a domain name: give the domain itself (e.g. example.com)\n`,
          "",
        ]);
        expect(server.queries.count, command).toBe(0);
      }
      server.resetQueries();
      const good = await runCliAsync(["audit", ...resolver(), "--domains-file", "good.txt", "-f", "json"], { cwd: dir });
      expect(good.stderr).not.toContain("not a domain name");
      expect(new Set(server.queries.log.filter((q) => q.type === "MX").map((q) => q.name))).toEqual(new Set(["example.com", "example.org", "example.net"]));
    },
    SEVERAL_RUNS_TIMEOUT_MS,
  );

  test("more than ten bad lines: the first ten, then how many more", async () => {
    const dir = tempTree({ "domains.txt": Array.from({ length: 13 }, (_, i) => `bad_${i + 1}.example\n`).join("") });
    server.resetQueries();
    const run = await runCliAsync(["audit", ...resolver(), "--domains-file", "domains.txt"], { cwd: dir });
    const lines = run.stderr.split("\n");
    expect([run.status, lines[0], lines[10], lines[11], lines.length]).toEqual([
      2,
      "maildns audit: --domains-file domains.txt: 13 lines are not domain names, so no domain was looked at; correct them or comment them out with #:",
      `  domains.txt:10: 'bad_10.example': label "bad_10" holds an underscore: host names take letters, digits and hyphens (RFC 1123 §2.1)`,
      "  … and 3 more",
      13,
    ]);
    expect(server.queries.count).toBe(0);
  });

  test("reports summary and evidence: the same check for a name that is no path, before the store is opened", async () => {
    const dir = tempTree({});
    for (const command of ["summary", "evidence"]) {
      const run = await runCliAsync(["reports", command, "exa_mple.example"], { cwd: dir });
      expect([run.status, run.stderr, run.stdout], command).toEqual([
        2,
        `maildns reports: 'exa_mple.example' is neither a domain file or folder nor a domain name: label "exa_mple" holds an underscore: host names take letters, digits and hyphens (RFC 1123 §2.1); give a domain such as example.com, or a path that exists\n`,
        "",
      ]);
    }
  });

  test("a Unicode name is converted to its A-label and asked, as before", async () => {
    server.resetQueries();
    const run = await runCliAsync(["audit", ...resolver(), "münchen.example", "-f", "json"]);
    expect(run.stderr).not.toContain("is not a domain name");
    expect(server.queries.log.map((q) => q.name)).toContain("xn--mnchen-3ya.example");
  });
  test("an invisible character IDNA would drop (U+00AD, U+200B, a variation selector): exit 2, named with its place, nothing asked", async () => {
    const cases: [string, string, string][] = [
      ["exa\u00admple.com", "exaU+00ADmple.com", "it holds U+00AD at character 4, an invisible character IDNA removes without a word, so example.com would be asked in its place (IDNA2008 disallows it in a label, RFC 5892)"],
      ["\u200bmünchen.example", "U+200Bmünchen.example", "it holds U+200B at character 1, an invisible character IDNA removes without a word, so xn--mnchen-3ya.example would be asked in its place (IDNA2008 disallows it in a label, RFC 5892)"],
      ["😀x\u{E0100}y.example", "😀xU+E0100y.example", "it holds U+E0100 at character 3, an invisible character IDNA removes without a word, so xn--xy-mo82a.example would be asked in its place (IDNA2008 disallows it in a label, RFC 5892)"],
    ];
    for (const command of ["audit", "doctor"]) {
      for (const [name, shown, problem] of cases) {
        server.resetQueries();
        const run = await runCliAsync([command, ...resolver(), "--", name]);
        expect([run.status, run.stderr, run.stdout], `${command} ${shown}`).toEqual([2, `maildns ${command}: '${shown}' is not a domain name: ${problem}; give a domain such as example.com\n`, ""]);
        expect(server.queries.count).toBe(0);
      }
    }
    // A --domains-file line: FILE:LINE, the character named.
    const dir = tempTree({ "domains.txt": "example.com\nexa\u200bmple.org\n" });
    const listed = await runCliAsync(["audit", ...resolver(), "--domains-file", "domains.txt"], { cwd: dir });
    expect(listed.status).toBe(2);
    expect(listed.stderr).toContain("  domains.txt:2: 'exaU+200Bmple.org': it holds U+200B at character 4, an invisible character IDNA removes without a word, so example.org would be asked in its place");
  });
});
