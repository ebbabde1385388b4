// `maildns reports ingest|summary|evidence` as subprocesses on one embedded store. Opening PGlite takes
// seconds per run, so this chain is in the slow tier; the parsing and unpacking it relies on are tested in
// the fast tier (parse.test.ts, unpack.test.ts, store.test.ts).
import { spawnSync } from "node:child_process";
import { closeSync, constants, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, gzip, hostile, mbox, reportMessage, zip } from "../helpers/report-files.js";
import { startDnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";

// Opening the embedded store takes seconds: these run without blocking the test worker.
const SLOW = { timeoutMs: 120_000 };
const reports = (args: string[], cwd: string) => runCliAsync(args, { cwd, ...SLOW });

describe("reports ingest, summary and evidence (embedded store)", { timeout: 300_000 }, () => {
  const root = tempTree({});
  const inbox = join(root, "inbox");
  mkdirSync(join(inbox, "hostile"), { recursive: true });
  const files: Record<string, Uint8Array | string> = {
    "rfc7489.xml": fixture("rfc7489-appendix-c.xml"),
    "rfc9990.xml": fixture("rfc9990.xml"),
    "enterprise.protection.outlook.com!example.com!1764720000!1764806400.xml.gz": gzip(fixture("microsoft.xml")),
    "google.com!example.com!1764720000!1764806399.zip": zip([{ name: "google.com!example.com!1764720000!1764806399.xml", data: fixture("google.xml") }]),
    "legacy.eml": reportMessage("Report domain: example.com", [{ filename: "legacy.xml", contentType: "text/xml", data: fixture("legacy-windows-1252.xml") }]),
    "rua.mbox": mbox([reportMessage("copy of google's", [{ filename: "g.zip", contentType: "application/zip", data: zip([{ name: "g.xml", data: fixture("google.xml") }]) }])]),
    "hostile/xxe.xml": hostile.externalEntity(),
    "hostile/laughs.xml": hostile.billionLaughs(),
    "hostile/bomb.zip": hostile.zipBomb(),
    "hostile/cut.xml.gz": hostile.truncatedGzip(fixture("google.xml")),
  };
  for (const [name, data] of Object.entries(files)) writeFileSync(join(inbox, name), data);
  // 100 MB of XML, made here rather than committed: refused unread.
  writeFileSync(join(inbox, "hostile", "huge.xml"), Buffer.alloc(100 * 1024 * 1024, "<feedback>"));
  const store = join(root, "store");

  it("stores every good report, names every bad file, and exits 1", async () => {
    const run = await reports(["reports", "ingest", "--store", store, "-q", "inbox"], root);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split("\n");
    expect(lines.slice(0, -1).sort()).toEqual(
      [
        expect.stringMatching(/^inbox\/hostile\/bomb\.zip\/report\.xml  error  refused: it expands to more than 500 times its compressed size of \d+ octets \(a decompression bomb/),
        "inbox/hostile/cut.xml.gz  error  the gzip data ends early (a truncated file or attachment); ask the receiver again or drop the file  [reports-ingest]",
        "inbox/hostile/huge.xml  error  refused unread: 100 MiB, over the 64 MiB a report file may have (split an mbox, or fetch from the mailbox)  [reports-ingest]",
        expect.stringMatching(/^inbox\/hostile\/laughs\.xml:2:1  error  refused: the XML has a document type declaration/),
        expect.stringMatching(/^inbox\/hostile\/xxe\.xml:2:1  error  refused: the XML has a document type declaration/),
      ],
    );
    expect(lines.at(-1)).toBe(`11 files, 8 report documents: 5 added, 1 already stored, 5 problems (store: ${store})`);
  });

  it("changes nothing when run again", async () => {
    const run = await reports(["reports", "ingest", "--store", store, "-q", "--format", "json", "inbox/rfc7489.xml", "inbox/rua.mbox"], root);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ version: 1, files: 2, documents: 2, added: 0, duplicates: 2, problems: [] });
  });

  it("summarises per domain and source, in JSON, text and Markdown", async () => {
    const json = await reports(["reports", "summary", "--store", store, "--today", "2025-12-05", "--days", "7", "-f", "json"], root);
    expect(json.status).toBe(0);
    const summary = JSON.parse(json.stdout);
    expect(summary.version).toBe(1);
    expect(summary.window).toEqual({ from: "2025-11-29", to: "2025-12-05", days: 7 });
    expect(summary.domains.map((d: { domain: string }) => d.domain)).toEqual(["example.com"]);
    const domain = summary.domains[0];
    // 120+3 (RFC 7489 sample) + 130 (RFC 9990) + 417 (Google) + 100 (Microsoft) + 1 (legacy).
    expect(domain).toMatchObject({ domain: "example.com", days: 3, from: "2025-12-01", to: "2025-12-03", messages: 771 });
    const crm = domain.sources.find((s: { ip: string }) => s.ip === "203.0.113.5");
    expect(crm).toMatchObject({ ip: "203.0.113.5", messages: 19, passing: 0, unaligned: 19, dkimAligned: 0, spfAligned: 0, reporters: ["Enterprise Outlook", "Sample Reporter"], dkim: [{ domain: "crm.example", selector: "crm1", messages: 7, alignedPass: 0 }] });
    expect(Object.keys(domain.sources[0])).toEqual(["ip", "name", "spfTerm", "messages", "passing", "dkimAligned", "spfAligned", "unaligned", "spfPassUnaligned", "dkimPassUnaligned", "spfDomains", "dkimDomains", "dkim", "reporters"]);
    const text = await reports(["reports", "summary", "example.com", "--store", store, "--today", "2025-12-05"], root);
    expect(text.stdout).toMatch(/^example\.com: 3 days of reports \(2025-12-01 → 2025-12-03\), 771 messages, \d+\.\d% passing DMARC/);
    expect(text.stdout).toContain("  203.0.113.5: 19 messages, 0.0% passing; SPF aligned 0, DKIM aligned 0, unaligned 19;");
    const markdown = await reports(["reports", "summary", "--store", store, "--today", "2025-12-05", "-f", "markdown"], root);
    expect(markdown.stdout).toContain("| Source | Name | Messages | Passing | SPF aligned | DKIM aligned | Unaligned | SPF | DKIM | Reporters |");
  });

  it("writes the summary to -o FILE whole, as it prints it, and leaves no partial file; an unwritable FILE is a usage error", async () => {
    const args = ["reports", "summary", "--store", store, "--today", "2025-12-05", "--days", "7", "-f", "json"];
    const printed = await reports(args, root);
    const written = await reports([...args, "-o", "summary.json"], root);
    expect(written.status).toBe(0);
    expect(written.stdout).toBe("");
    expect(readFileSync(join(root, "summary.json"), "utf8")).toBe(printed.stdout);
    // Compact JSON, one domain a line.
    expect(printed.stdout.split("\n")).toEqual([expect.stringMatching(/^\{"version":1,"window":\{.*\},"domains":\[$/), expect.stringMatching(/^\{"domain":"example\.com",.*\}$/), "]}", ""]);
    expect(readdirSync(root).filter((name) => name.includes("partial") || name.endsWith(".tmp"))).toEqual([]);
    const refused = await reports([...args, "-o", "no-such-folder/summary.json"], root);
    expect(refused.status).toBe(2);
    // Checked before the store is opened, with the sentence lint, plan and audit give.
    expect(refused.stderr).toContain("--output no-such-folder/summary.json: the folder no-such-folder does not exist (or a part of its path is not a folder): create it first");
  });

  it("writes the same evidence file twice", async () => {
    const args = ["reports", "evidence", "example.com", "--store", store, "--today", "2025-12-05", "--days", "30", "--out", "ev.json", "-q"];
    expect((await reports(args, root)).status).toBe(0);
    const first = readFileSync(join(root, "ev.json"), "utf8");
    expect((await reports(args, root)).status).toBe(0);
    expect(readFileSync(join(root, "ev.json"), "utf8")).toBe(first);
    const evidence = JSON.parse(first);
    expect(evidence).toMatchObject({ version: 1, window: { from: "2025-11-06", to: "2025-12-05", days: 30 }, minSourceShare: 0.001 });
    expect(evidence.domains[0].failingSources[0]).toMatchObject({ ip: "203.0.113.5", failing: 19, share: 0.0246 });
    expect(evidence.domains[0].selectors.map((s: { selector: string }) => s.selector)).toContain("ovhmo123-selector1");
    // `--out -` is standard output, the same bytes, and no file named "-" (it used to make one).
    const toStdout = await reports(["reports", "evidence", "example.com", "--store", store, "--today", "2025-12-05", "--days", "30", "--out", "-"], root);
    expect(toStdout.status).toBe(0);
    expect(toStdout.stdout).toBe(first);
    expect(toStdout.stderr).toMatch(/^wrote the evidence to standard output: 1 domain with reports, 2025-11-06 → 2025-12-05\n$/);
    expect(readdirSync(root)).not.toContain("-");
  });

  it("--out looked at again before it is written: a kept file that appeared during the run stays (exit 2), an evidence file that appeared is replaced", async () => {
    // The files appear while the run waits for its first reverse lookup (--resolve, the loopback server's
    // query hook): in order, never by time.
    const adoption = `${JSON.stringify({ version: 2, provider: "ovh", readAt: "2026-11-30T00:00:00.000Z", zones: {}, stack: [] }, null, 2)}\n`;
    const earlier = '{\n  "version": 1,\n  "window": {"from": "2025-11-01", "to": "2025-11-22", "days": 22},\n  "minSourceShare": 0.001,\n  "domains": []\n}\n';
    let appears: [string, string] | null = null;
    const server = await startDnsServer({
      onQuery: () => {
        if (appears === null) return;
        writeFileSync(join(root, appears[0]), appears[1]);
        appears = null;
      },
    });
    try {
      const args = (out: string) => ["reports", "evidence", "example.com", "--store", store, "--today", "2025-12-05", "--days", "30", "--resolve", "--resolver", `127.0.0.1:${server.port}`, "--out", out];
      appears = ["appears.json", adoption];
      const kept = await reports(args("appears.json"), root);
      expect(appears).toBeNull();
      expect(kept.stderr).toBe(
        "maildns reports: --out appears.json is now a maildns adoption file, which the Pulumi program reads to adopt the records the DNS host holds: it appeared there during the run, so the evidence was not written and the file is left as it is\n",
      );
      expect(kept.status).toBe(2);
      expect(readFileSync(join(root, "appears.json"), "utf8")).toBe(adoption);
      appears = ["replaced.json", earlier];
      const replaced = await reports(args("replaced.json"), root);
      expect(appears).toBeNull();
      expect([replaced.status, replaced.stderr]).toEqual([0, "wrote replaced.json: 1 domain with reports, 2025-11-06 → 2025-12-05\n"]);
      expect(JSON.parse(readFileSync(join(root, "replaced.json"), "utf8"))).toMatchObject({ version: 1, window: { from: "2025-11-06", to: "2025-12-05", days: 30 } });
      expect(readdirSync(root).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("evidence of a stack folder given as a path, without --stack: written into that folder, where lint and plan read it", async () => {
    mkdirSync(join(root, "stacks/staging"), { recursive: true });
    writeFileSync(join(root, "stacks/staging/example.com.yaml"), "domain: example.com\nmx: ovh\n");
    const run = await reports(["reports", "evidence", "stacks/staging", "--store", store, "--today", "2025-12-05", "--days", "30"], root);
    expect([run.status, run.stderr]).toEqual([0, "wrote stacks/staging/dmarc-evidence.json: 1 domain with reports, 2025-11-06 → 2025-12-05\n"]);
    expect(JSON.parse(readFileSync(join(root, "stacks/staging/dmarc-evidence.json"), "utf8")).domains.map((d: { domain: string }) => d.domain)).toEqual(["example.com"]);
    expect(readdirSync(join(root, "stacks")).sort()).toEqual(["staging"]);
  });

  it.skipIf(process.platform === "win32")("writes the evidence into a FIFO in place: it is still a FIFO afterwards, as --output's devices and pipes are", async () => {
    const fifo = join(root, "evidence.pipe");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    // A reader first, so that opening the FIFO for writing does not wait for one.
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const run = await reports(["reports", "evidence", "example.com", "--store", store, "--today", "2025-12-05", "--days", "30", "--out", "evidence.pipe", "-q"], root);
      expect([run.status, run.stderr]).toEqual([0, ""]);
      const buffer = Buffer.alloc(64 * 1024);
      const n = readSync(reader, buffer);
      expect(JSON.parse(buffer.subarray(0, n).toString())).toMatchObject({ version: 1, minSourceShare: 0.001 });
      expect(statSync(fifo).isFIFO()).toBe(true);
      expect(readdirSync(root).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    } finally {
      closeSync(reader);
    }
  });
});
