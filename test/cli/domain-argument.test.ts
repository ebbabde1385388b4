// A name that is not a domain name, given to `audit`, `import` or `doctor`, is a usage error that says why
// (exit 2), and no DNS question is asked for it: a label that starts or ends with a hyphen or holds an
// underscore is no host name (RFC 1123 §2.1), a label over 63 octets, a name over 253 characters or an empty
// label cannot be asked at all (RFC 1035 §2.3.4). Unicode names are still converted and asked.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SEVERAL_RUNS_TIMEOUT_MS } from "../helpers/cli.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";
import { runCliAsync } from "../plan/cli-async.js";

const CASES: [string, string][] = [
  ["-x.example", 'label "-x" starts with a hyphen (RFC 1123 §2.1)'],
  ["exa_mple.example", 'label "exa_mple" holds an underscore: host names take letters, digits and hyphens (RFC 1123 §2.1)'],
  ["a._b.example", 'label "_b" starts with an underscore but is not one of the leftmost labels: underscored labels name attributes of the domain below them (RFC 8552 §1.1)'],
  ["a..example", "it has an empty label (two dots in a row, or a dot first)"],
  [`${"a".repeat(64)}.example`, `label "${"a".repeat(40)}…" is 64 octets long; at most 63 (RFC 1035 §2.3.4)`],
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

  test("a Unicode name is converted to its A-label and asked, as before", async () => {
    server.resetQueries();
    const run = await runCliAsync(["audit", ...resolver(), "münchen.example", "-f", "json"]);
    expect(run.stderr).not.toContain("is not a domain name");
    expect(server.queries.log.map((q) => q.name)).toContain("xn--mnchen-3ya.example");
  });
});
