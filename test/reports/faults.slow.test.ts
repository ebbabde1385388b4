// `maildns reports` under faults, as subprocesses against a real PostgreSQL server (.ci/services.sh start
// postgres) and the embedded store: the store's connection dropped in the middle of an ingest, two ingests of
// overlapping folders at once, the process killed outright, a store URL the client cannot read. After each,
// the summary's totals are exactly what the reports hold: nothing lost, nothing counted twice.
import { spawn } from "node:child_process";
import { createServer, type Socket } from "node:net";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { CredentialScrubber } from "../../src/model/redact.js";
import { cliPath } from "../helpers/cli.js";
import { schemaName, schemaUrl } from "../helpers/pg-schemas.js";
import { readFileSync } from "node:fs";
import { ImapFlow } from "imapflow";
import { minimalReport, reportMessage } from "../helpers/report-files.js";
import { requireService } from "../helpers/services.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";

const DOMAIN = "faults.example";
const FIRST_DAY = Date.parse("2026-10-01T00:00:00Z") / 1000;
const TODAY = "2026-10-31";

/** Report `i` of the generated inbox: a day of October, one source, 1 to 13 messages, SPF passing four times in five. */
function generated(i: number): { xml: string; messages: number; passing: number } {
  const messages = 1 + (i % 13);
  const passes = i % 5 !== 0;
  const rows = `<record><row><source_ip>192.0.2.${i % 50}</source_ip><count>${messages}</count></row><identifiers><header_from>${DOMAIN}</header_from></identifiers><auth_results><spf><domain>${DOMAIN}</domain><result>${passes ? "pass" : "fail"}</result></spf></auth_results></record>`;
  return { xml: minimalReport(DOMAIN, `fault-${i}`, { org: `reporter${i % 7}.example`, begin: FIRST_DAY + (i % 30) * 86_400, rows }), messages, passing: passes ? messages : 0 };
}

/** A folder of reports `from` to `to` (exclusive), and what they hold; `reversed`: its files sort in the opposite order. */
function inbox(root: string, name: string, from: number, to: number, reversed = false): { messages: number; passing: number } {
  mkdirSync(join(root, name), { recursive: true });
  const totals = { messages: 0, passing: 0 };
  for (let i = from; i < to; i++) {
    const report = generated(i);
    writeFileSync(join(root, name, `r${String(reversed ? 99_999 - i : i).padStart(5, "0")}.xml`), report.xml);
    totals.messages += report.messages;
    totals.passing += report.passing;
  }
  return totals;
}

const reports = (args: string[], cwd: string) => runCliAsync(["reports", ...args], { cwd, timeoutMs: 240_000 });

/** The summary's totals for the domain over October. */
async function summed(store: string, cwd: string): Promise<{ messages: number; passing: number; days: number }> {
  const run = await reports(["summary", "--store", store, "--today", TODAY, "--days", "31", "-f", "json"], cwd);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const [domain] = JSON.parse(run.stdout).domains as { messages: number; passing: number; days: number }[];
  return { messages: domain!.messages, passing: domain!.passing, days: domain!.days };
}

/** "N files, N report documents: A added, D already stored, P problems (…)" → [A, D]. */
function addedAndStored(stdout: string): [number, number] {
  const match = /: (\d+) added, (\d+) already stored, 0 problems/.exec(stdout);
  expect(match, stdout).not.toBeNull();
  return [Number(match![1]), Number(match![2])];
}

const admin = new pg.Client({ connectionString: process.env.MAILDNS_TEST_PG_URL });
let connected = false;
async function adminQuery<T>(text: string, params: unknown[] = []): Promise<T[]> {
  if (!connected) {
    await admin.connect();
    connected = true;
  }
  return (await admin.query(text, params)).rows as T[];
}
afterAll(async () => {
  if (connected) await admin.end();
});

/**
 * Both ingests of the overlapping folders (reports 0–1,499 and 500–1,999) ended well and, between them,
 * added each report once: the overlap's 1,000 were stored by one and found by the other.
 */
async function expectEachCountedOnce(runs: { stdout: string; stderr: string; status: number | null }[], store: string, cwd: string, expected: { messages: number; passing: number }): Promise<void> {
  expect(runs.map((run) => run.stderr)).toEqual(["", ""]);
  expect(runs.map((run) => run.status)).toEqual([0, 0]);
  const [[earlyAdded, earlyStored], [lateAdded, lateStored]] = runs.map((run) => addedAndStored(run.stdout)) as [[number, number], [number, number]];
  expect(earlyAdded + lateAdded).toBe(2_000);
  expect(earlyStored + lateStored).toBe(1_000);
  expect(await summed(store, cwd)).toEqual({ ...expected, days: 30 });
}

/** Report `i`'s key in the store: who sent it and its id. */
function reportKey(i: number): [string, string, string] {
  return [`reporter${i % 7}.example`, "dmarc@reporter.example", `fault-${i}`];
}
const compareKeys = (a: readonly string[], b: readonly string[]): number => {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! < b[k]! ? -1 : 1;
  return 0;
};

/** Inserts report `i`'s key in `schema` from `client`'s open transaction: any other session inserting it waits. */
function holdReport(client: pg.Client, schema: string, i: number): Promise<unknown> {
  return client.query(
    `INSERT INTO ${schema}.reports (reporter_org, reporter_email, report_id, policy_domain, begin_at, end_at, day, adkim, aspf, testing, source)
     VALUES ($1, $2, $3, $4, 0, 0, '2026-10-01', 'r', 'r', false, 'held by the test')`,
    [...reportKey(i), DOMAIN],
  );
}

/** A session of its own holding report `i` in an open transaction; `deadlockTimeout`: how long it waits before checking for a deadlock. */
async function heldReport(schema: string, i: number, deadlockTimeout?: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: process.env.MAILDNS_TEST_PG_URL });
  await client.connect();
  if (deadlockTimeout) await client.query(`SET deadlock_timeout = '${deadlockTimeout}'`);
  await client.query("BEGIN");
  await holdReport(client, schema, i);
  return client;
}

/** The store URL with an application name, by which the test finds the run's session. */
function withApplication(url: URL, name: string): string {
  const named = new URL(url);
  named.searchParams.set("application_name", name);
  return named.toString();
}

/** How many of the sessions named `names` wait on a lock. */
async function waiting(names: string[]): Promise<number> {
  const [row] = await adminQuery<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = ANY($1) AND wait_event_type = 'Lock'", [names]);
  return row!.n;
}

/** Polls until `check` holds, for at most `ms`. */
async function until(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("reports under faults, on a PostgreSQL server", { timeout: 600_000 }, () => {
  it("the store's connection dropped in the middle of an ingest: a fault naming the store without its password, exit 2; run again, the totals are the reports'", async () => {
    const root = tempTree({});
    const expected = inbox(root, "inbox", 0, 2_000);
    const schema = schemaName("faultdrop");
    // A password in the URL (the test server trusts loopback and never asks for it): it must appear nowhere.
    const secret = "Dr0p/Pa55@word";
    const scoped = new URL(await schemaUrl(schema));
    scoped.username = "maildns";
    scoped.password = encodeURIComponent(secret);
    const application = `maildns_fault_${process.pid}`;
    scoped.searchParams.set("application_name", application);
    const url = scoped.toString();

    const child = spawn(process.execPath, [cliPath, "reports", "ingest", "-q", "--store", url, "inbox"], { cwd: root, env: { PATH: process.env.PATH ?? "" }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));

    // Once the first batch is committed, hold the table every batch marks its days in: the ingest's next
    // batch (or its last step) waits on the lock, mid-transaction, and its connection is dropped there.
    await until(async () => {
      const [row] = await adminQuery<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.reports`).catch(() => [{ n: 0 }]);
      return row!.n >= 500;
    }, 120_000, "the first batch");
    await adminQuery("BEGIN");
    await adminQuery(`LOCK TABLE ${schema}.stale_digests IN EXCLUSIVE MODE`);
    await until(async () => (await adminQuery("SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'", [application])).length > 0, 60_000, "the ingest to wait on the lock");
    await adminQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [application]);
    await adminQuery("ROLLBACK");
    const status = await exited;

    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^maildns reports: the report store postgres:\/\/maildns@127\.0\.0\.1:\d+\/\S+ failed: terminating connection due to administrator command\. Each batch of reports is stored whole or not at all: the batches stored before the failure stay \(this run stored (\d+) reports before it\), and running the same command again adds only what is missing\n$/);
    expect(new CredentialScrubber([secret], { minLength: 1 }).contains(stderr)).toBe(false);
    const [{ n: kept }] = await adminQuery<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.reports`) as [{ n: number }];
    expect(kept % 500).toBe(0);
    expect(kept).toBeGreaterThanOrEqual(500);
    expect(Number(/this run stored (\d+) reports/.exec(stderr)?.[1])).toBe(kept);

    const again = await reports(["ingest", "-q", "--store", url, "inbox"], root);
    expect(again.status).toBe(0);
    expect(addedAndStored(again.stdout)).toEqual([2_000 - kept, kept]);
    expect(await summed(url, root)).toEqual({ ...expected, days: 30 });
  });

  it("two ingests of overlapping folders at the same time, reading them in opposite orders: each report counted once", async () => {
    const root = tempTree({});
    inbox(root, "early", 0, 1_500);
    inbox(root, "late", 500, 2_000, true);
    const expected = inbox(root, "all", 0, 2_000);
    const url = await schemaUrl(schemaName("faultrace"));
    // The store made first, so that both runs race on the reports and not on the migrations.
    expect((await reports(["summary", "--store", url], root)).status).toBe(0);
    const runs = await Promise.all([reports(["ingest", "-q", "--store", url, "early"], root), reports(["ingest", "-q", "--store", url, "late"], root)]);
    await expectEachCountedOnce(runs, url, root, expected);
    const all = await reports(["ingest", "-q", "--store", url, "all"], root);
    expect(addedAndStored(all.stdout)).toEqual([0, 2_000]);
  });

  // The same overlap made to collide every time: a report of the overlap held by another session, so that
  // both ingests stop on it in the middle of the same batch, the one reading up to it and the other down to
  // it. Written in the order each read its files, the two batches each held half of the other's reports when
  // the holder let go, and PostgreSQL ended one of them as a deadlock.
  it("two ingests stopped in the middle of the same overlapping batch, then let go at once: both end well, each report counted once", async () => {
    const root = tempTree({});
    inbox(root, "early", 0, 1_500);
    inbox(root, "late", 500, 2_000, true);
    const expected = inbox(root, "all", 0, 2_000);
    const schema = schemaName("faultcollide");
    const url = new URL(await schemaUrl(schema));
    expect((await reports(["summary", "--store", url.toString()], root)).status).toBe(0);
    const holder = await heldReport(schema, 750);
    const as = (name: string) => withApplication(url, `${name}_${process.pid}`);
    const running = Promise.all([reports(["ingest", "-q", "--store", as("early"), "early"], root), reports(["ingest", "-q", "--store", as("late"), "late"], root)]);
    // The early run has stored its first batch and waits in its second (500 to 999) on report 750; the late
    // run has stored its first two and waits in its third (999 down to 500).
    await until(async () => (await waiting([`early_${process.pid}`, `late_${process.pid}`])) === 2, 120_000, "both ingests to wait on a lock");
    await holder.query("ROLLBACK");
    await holder.end();
    await expectEachCountedOnce(await running, url.toString(), root, expected);
  });

  // A deadlock another program causes: it holds the batch's last report, and once the ingest waits on it,
  // asks for the batch's first, which the ingest holds. PostgreSQL ends the ingest's transaction (the other
  // session waits longer before it checks); the batch is run again, waits for the other session, and goes in.
  it("an ingest whose batch PostgreSQL ends as a deadlock runs the batch again: nothing lost, nothing counted twice", async () => {
    const root = tempTree({});
    const expected = inbox(root, "inbox", 0, 500);
    const schema = schemaName("faultdeadlock");
    const url = new URL(await schemaUrl(schema));
    expect((await reports(["summary", "--store", url.toString()], root)).status).toBe(0);
    const keys = Array.from({ length: 500 }, (_, i) => i).sort((a, b) => compareKeys(reportKey(a), reportKey(b)));
    const holder = await heldReport(schema, keys.at(-1)!, "10s");
    const application = `deadlock_${process.pid}`;
    let ended = false;
    const running = reports(["ingest", "-q", "--store", withApplication(url, application), "inbox"], root).finally(() => (ended = true));
    await until(async () => (await waiting([application])) === 1, 120_000, "the ingest to wait on the held report");
    const first = holdReport(holder, schema, keys[0]!);
    // PostgreSQL's deadlock check ends the ingest's transaction; the holder then gets its report and keeps
    // both until it rolls back, while the ingest's second attempt waits on them.
    await first;
    await until(async () => ended || (await waiting([application])) === 1, 60_000, "the ingest's second attempt to wait, or its end");
    await holder.query("ROLLBACK");
    await holder.end();
    const run = await running;
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(addedAndStored(run.stdout)).toEqual([500, 0]);
    const [{ n }] = await adminQuery<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.reports`) as [{ n: number }];
    expect(n).toBe(500);
    const summary = await reports(["summary", "--store", url.toString(), "--today", TODAY, "--days", "31", "-f", "json"], root);
    const [domain] = JSON.parse(summary.stdout).domains as { messages: number; passing: number }[];
    expect({ messages: domain!.messages, passing: domain!.passing }).toEqual(expected);
  });

  it("a store URL the client cannot read is a usage error that shows no password", async () => {
    const root = tempTree({});
    for (const url of ["postgres://maildns:Unread4ble-Pw@127.0.0.1:99999/db", "postgres://maildns:Unread4ble-Pw@[::1:5432/db"]) {
      const run = await reports(["summary", "--store", url], root);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(
        `maildns reports: the report store URL postgres://… is not one PostgreSQL's client can read (Invalid URL): write it as postgres://user[:password]@host[:port]/database, with any "@", ":", "/" or "%" in the password percent-encoded\n`,
      );
    }
  });
});

describe("reports fetch into a store that fails (Dovecot, PostgreSQL)", { timeout: 300_000 }, () => {
  it("says the store failed, not the mail server; moves no position and deletes no message until the reports are stored", async () => {
    const imaps = requireService("MAILDNS_TEST_IMAPS", "Dovecot with implicit TLS (.ci/services.sh start dovecot)");
    const user = requireService("MAILDNS_TEST_MAIL_USER", "the Dovecot test account");
    const password = requireService("MAILDNS_TEST_MAIL_PASSWORD", "the Dovecot test account");
    const ca = requireService("MAILDNS_TEST_CA", "the test CA");
    const [host, port] = imaps.split(":") as [string, string];
    const mailbox = `rua-fault-${process.pid}-${Date.now()}`;
    const imap = new ImapFlow({ host, port: Number(port), secure: true, auth: { user, pass: password }, logger: false, tls: { ca: [readFileSync(ca, "utf8")] } });
    await imap.connect();
    const messages = async () => { const status = await imap.status(mailbox, { messages: true }); return status ? status.messages : -1; };
    try {
      await imap.mailboxCreate(mailbox);
      let expected = { messages: 0, passing: 0 };
      for (const i of [0, 1, 2]) {
        const report = generated(i);
        expected = { messages: expected.messages + report.messages, passing: expected.passing + report.passing };
        await imap.append(mailbox, reportMessage(`Report domain: ${DOMAIN} Report-ID: fault-${i}`, [{ filename: `fault-${i}.xml`, contentType: "text/xml", data: Buffer.from(report.xml) }]));
      }
      const schema = schemaName("faultfetch");
      const url = await schemaUrl(schema);
      const root = tempTree({});
      expect((await reports(["summary", "--store", url], root)).status).toBe(0);
      // The store refuses every report as a full disk would.
      await adminQuery(`CREATE FUNCTION ${schema}.refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'; END $$`);
      await adminQuery(`CREATE TRIGGER refuse BEFORE INSERT ON ${schema}.reports FOR EACH ROW EXECUTE FUNCTION ${schema}.refuse()`);
      const env = { MAILDNS_IMAP_USER: user, MAILDNS_IMAP_PASSWORD: password };
      const fetch = () => runCliAsync(["reports", "fetch", "--imap", imaps, "--mailbox", mailbox, "--ca", ca, "--store", url, "--delete", "-q"], { cwd: root, env, timeoutMs: 120_000 });

      const failed = await fetch();
      expect(failed.status).toBe(2);
      expect(failed.stdout).toBe("");
      expect(failed.stderr).toMatch(/^maildns reports: the report store postgres:\/\/maildns@127\.0\.0\.1:\d+\/\S+ failed: could not extend file: No space left on device\. Each batch of reports is stored whole or not at all/);
      expect(await adminQuery(`SELECT * FROM ${schema}.imap_positions`)).toEqual([]);
      expect(await messages()).toBe(3);

      await adminQuery(`DROP TRIGGER refuse ON ${schema}.reports`);
      const stored = await fetch();
      expect(stored.stderr).toBe("");
      expect(stored.status).toBe(0);
      expect(stored.stdout).toBe(`${imaps} ${mailbox}: 3 new messages, 3 reports added, 0 already stored, 3 deleted, 0 problems\n`);
      expect(await messages()).toBe(0);
      expect(await summed(url, root)).toEqual({ ...expected, days: 3 });
    } finally {
      await imap.mailboxDelete(mailbox).catch(() => undefined);
      await imap.logout();
    }
  });
});

describe("a store or a mailbox that cannot be used is a fault, never an empty result", { timeout: 300_000 }, () => {
  it("a PostgreSQL server that refuses the connection: exit 2 naming the store without its password, for every subcommand", async () => {
    const root = tempTree({});
    // A port nothing listens on: one a listener had and gave back.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    const url = `postgres://maildns:Unre4chable-Pw@127.0.0.1:${port}/reports`;
    for (const args of [["summary"], ["evidence", "--out", "evidence.json"], ["ingest", "."]]) {
      const run = await reports([...args, "--store", url], root);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(`maildns reports: cannot connect to the report store postgres://maildns@127.0.0.1:${port}/reports: connect ECONNREFUSED 127.0.0.1:${port}\n`);
    }
  });

  it("a mailbox server that never greets: exit 2, 'did not answer in time', nothing stored and no summary", async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      const root = tempTree({});
      const run = await runCliAsync(["reports", "fetch", "--imap", `127.0.0.1:${port}`, "--timeout", "1500", "--store", join(root, "store"), "-q"], {
        cwd: root,
        env: { MAILDNS_IMAP_USER: "rua@example.test", MAILDNS_IMAP_PASSWORD: "Silent-Pa55" },
        timeoutMs: 120_000,
      });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(new RegExp(`^maildns reports: 127\\.0\\.0\\.1:${port} did not answer in time \\(.+\\)\\n$`));
      expect(run.stderr).not.toContain("Silent-Pa55");
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

describe("forged and malformed reports move no figure", { timeout: 300_000 }, () => {
  it("refuses each with its reason (exit 1) and leaves the summary and the evidence file at what the good reports hold", async () => {
    const record = (ip: string, count: string, from: string) =>
      `<record><row><source_ip>${ip}</source_ip><count>${count}</count></row><identifiers><header_from>${from}</header_from></identifiers><auth_results><dkim><domain>${from}</domain><selector>s1</selector><result>pass</result></dkim></auth_results></record>`;
    const day = Math.floor(Date.now() / 86_400_000) * 86_400 - 2 * 86_400;
    const failing = `<record><row><source_ip>203.0.113.5</source_ip><count>40</count></row><identifiers><header_from>${DOMAIN}</header_from></identifiers><auth_results><spf><domain>crm.example</domain><result>pass</result></spf></auth_results></record>`;
    const root = tempTree({
      "inbox/good.xml": minimalReport(DOMAIN, "good", { begin: day, rows: record("192.0.2.1", "960", DOMAIN) + failing }),
      "inbox/other-domain.xml": minimalReport(DOMAIN, "forged-1", { begin: day, rows: record("198.51.100.9", "1000000", "evil.example") }),
      "inbox/billions.xml": minimalReport(DOMAIN, "forged-2", { begin: day, rows: record("198.51.100.9", "5000000000", DOMAIN) }),
      "inbox/future.xml": minimalReport(DOMAIN, "forged-3", { begin: day + 5 * 86_400, rows: record("198.51.100.9", "1000000", DOMAIN) }),
      "inbox/years.xml": minimalReport(DOMAIN, "forged-4", { begin: day, rows: record("198.51.100.9", "1000000", DOMAIN) }).replace(`<begin>${day}</begin>`, "<begin>0</begin>"),
      // A day-long period dated 1970 (<begin> 0): stored, it would count in no window, so no summary showed it.
      "inbox/epoch.xml": minimalReport(DOMAIN, "broken-5", { begin: 0, rows: record("198.51.100.9", "1000000", DOMAIN) }),
      // A well-formed report for a domain the stack does not hold: stored, summarised, but never in the stack's evidence.
      "inbox/zz-elsewhere.xml": minimalReport("elsewhere.example", "elsewhere-1", { begin: day, rows: record("198.51.100.9", "1000", "elsewhere.example") }),
      "stack/faults.example.yaml": `domain: ${DOMAIN}\nmail:\n  provider: ovh\n  offer: mx-plan\nmx:\n  - { host: mx1.mail.ovh.net., priority: 1 }\nspf: "v=spf1 include:mx.ovh.com -all"\ndmarc: "v=DMARC1; p=none; rua=mailto:dmarc@${DOMAIN}"\n`,
    });
    const store = join(root, "store");
    const ingest = await reports(["ingest", "-q", "--store", store, "inbox"], root);
    expect(ingest.status).toBe(1);
    const lines = ingest.stdout.trim().split("\n");
    expect(lines.slice(0, -1)).toEqual([
      expect.stringMatching(/^inbox\/billions\.xml  error  not a valid DMARC aggregate report: record 1 claims 5000000000 messages from one source/),
      "inbox/epoch.xml  error  not a valid DMARC aggregate report: its <date_range> begins 1970-01-01 (<begin> 0), before DMARC existed (its first specification was published on 2012-01-30): the reporter wrote a time it did not have, and the report would fall in no window  [reports-ingest]",
      expect.stringMatching(/^inbox\/future\.xml  error  not a valid DMARC aggregate report: its <date_range> ends \d{4}-\d\d-\d\d, after today/),
      expect.stringMatching(/^inbox\/other-domain\.xml  error  not a valid DMARC aggregate report: record 1's <header_from> evil\.example is neither faults\.example nor under it/),
      expect.stringMatching(/^inbox\/years\.xml  error  not a valid DMARC aggregate report: its <date_range> covers \d+ days/),
    ]);
    expect(lines.at(-1)).toBe(`7 files, 7 report documents: 2 added, 0 already stored, 5 problems (store: ${store})`);
    const today = new Date().toISOString().slice(0, 10);
    const summary = await reports(["summary", "--store", store, "--today", today, "-f", "json"], root);
    const [elsewhere, domain] = JSON.parse(summary.stdout).domains;
    expect(elsewhere).toMatchObject({ domain: "elsewhere.example", messages: 1000 });
    expect(domain).toMatchObject({ domain: DOMAIN, days: 1, messages: 1000, passing: 960 });
    expect(domain.sources.map((s: { ip: string; messages: number }) => [s.ip, s.messages])).toEqual([["192.0.2.1", 960], ["203.0.113.5", 40]]);
    const evidence = await reports(["evidence", "--store", store, "--stack", "stack", "--today", today, "--out", "evidence.json"], root);
    expect(evidence.stderr).toMatch(/^wrote evidence\.json: 1 domain with reports, /);
    expect(evidence.status).toBe(0);
    const file = JSON.parse(readFileSync(join(root, "evidence.json"), "utf8"));
    expect(file.domains.map((d: { domain: string }) => d.domain)).toEqual([DOMAIN]);
    expect(file.domains[0]).toMatchObject({ messages: 1000, passing: 960, failingSources: [{ ip: "203.0.113.5", failing: 40, share: 0.04 }] });
  });
});

describe("reports under faults, on the embedded store", { timeout: 600_000 }, () => {
  it("two ingests on one embedded store at once: the second is refused, naming the first; the totals are the reports'", async () => {
    const root = tempTree({});
    inbox(root, "early", 0, 1_500);
    inbox(root, "late", 500, 2_000);
    const expected = inbox(root, "all", 0, 2_000);
    const store = join(root, "store");
    // The store made first, so that neither ingest below makes it: an ingest of an empty folder (summary
    // refuses a store that was never made, rather than reading it as one with no reports).
    mkdirSync(join(root, "none"));
    expect((await reports(["ingest", "-q", "--store", store, "none"], root)).status).toBe(0);
    const [early, late] = await Promise.all([reports(["ingest", "-q", "--store", store, "early"], root), reports(["ingest", "-q", "--store", store, "late"], root)]);
    const runs = [early, late].sort((a, b) => (a.status ?? 9) - (b.status ?? 9));
    expect(runs.map((r) => r.status)).toEqual([0, 2]);
    expect(runs[0]!.stderr).toBe("");
    expect(runs[1]!.stdout).toBe("");
    expect(runs[1]!.stderr).toMatch(new RegExp(`^maildns reports: the report store ${store.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is in use by another maildns process \\(pid \\d+\\): an embedded store takes one command at a time`));
    // The refused run, again once the first is done: every report once.
    const refusedFolder = runs[1] === early ? "early" : "late";
    const again = await reports(["ingest", "-q", "--store", store, refusedFolder], root);
    expect(again.status).toBe(0);
    expect(addedAndStored(again.stdout)).toEqual([500, 1_000]);
    expect(await summed(store, root)).toEqual({ ...expected, days: 30 });
    expect(addedAndStored((await reports(["ingest", "-q", "--store", store, "all"], root)).stdout)).toEqual([0, 2_000]);
  });

  it("an ingest killed outright (SIGKILL) and run again: the totals are the reports'", async () => {
    const root = tempTree({});
    const expected = inbox(root, "inbox", 0, 2_000);
    const store = join(root, "store");
    const child = spawn(process.execPath, [cliPath, "reports", "ingest", "-q", "--store", store, "inbox"], { cwd: root, env: { PATH: process.env.PATH ?? "" }, stdio: "ignore" });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("close", (_code, signal) => resolve(signal)));
    // The embedded store cannot be watched from another process while the ingest holds it: the kill comes
    // once its folder exists and the reports are going in. Wherever it lands, the checks below hold.
    const { existsSync } = await import("node:fs");
    await until(async () => existsSync(join(store, "PG_VERSION")), 120_000, "the store");
    await new Promise((r) => setTimeout(r, 1_500));
    child.kill("SIGKILL");
    await exited;

    const again = await reports(["ingest", "-q", "--store", store, "inbox"], root);
    expect(again.stderr).toBe("");
    expect(again.status).toBe(0);
    const [added, stored] = addedAndStored(again.stdout);
    expect(added + stored).toBe(2_000);
    expect(stored % 500).toBe(0);
    expect(await summed(store, root)).toEqual({ ...expected, days: 30 });
  });
});
