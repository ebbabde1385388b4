// `maildns reports fetch` against a real IMAP server (Dovecot, implicit TLS with the test CA, from
// .ci/services.sh start dovecot). Report messages are delivered with IMAP APPEND into a mailbox of this run.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ImapFlow } from "imapflow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliPath } from "../helpers/cli.js";
import { fixture, gzip, reportMessage, zip } from "../helpers/report-files.js";
import { requireService } from "../helpers/services.js";

const imaps = requireService("MAILDNS_TEST_IMAPS", "Dovecot with implicit TLS (.ci/services.sh start dovecot)");
const user = requireService("MAILDNS_TEST_MAIL_USER", "the Dovecot test account");
const password = requireService("MAILDNS_TEST_MAIL_PASSWORD", "the Dovecot test account");
const ca = requireService("MAILDNS_TEST_CA", "the test CA");
const [host, port] = imaps.split(":") as [string, string];
const mailbox = `rua-${process.pid}-${Date.now()}`;
const work = mkdtempSync(join(tmpdir(), "maildns-fetch-"));
const store = join(work, "store");

function client(): ImapFlow {
  return new ImapFlow({ host, port: Number(port), secure: true, auth: { user, pass: password }, logger: false, tls: { ca: [readFileSync(ca, "utf8")] } });
}

async function withMailbox<T>(work: (imap: ImapFlow) => Promise<T>): Promise<T> {
  const imap = client();
  await imap.connect();
  try {
    return await work(imap);
  } finally {
    await imap.logout();
  }
}

const append = (message: string) => withMailbox((imap) => imap.append(mailbox, message));
const count = () => withMailbox(async (imap) => { const status = await imap.status(mailbox, { messages: true }); return status ? status.messages ?? -1 : -1; });

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI as a subprocess, asynchronously (the test process keeps serving nothing, but spawnSync would block the IMAP helpers). */
function fetch(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, "reports", "fetch", "--imap", imaps, "--mailbox", mailbox, "--store", store, "-q", ...args], {
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", MAILDNS_IMAP_USER: user, MAILDNS_IMAP_PASSWORD: password, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** Google's report under report id `id`; `edit` changes its XML (a report sent again with other content). */
const googleMessage = (id: string, edit: (xml: string) => string = (xml) => xml) =>
  reportMessage(`Report domain: example.com Submitter: google.com Report-ID: ${id}`, [
    { filename: `google.com!example.com!${id}.zip`, contentType: "application/zip", data: zip([{ name: `google.com!example.com!${id}.xml`, data: Buffer.from(edit(fixture("google.xml").toString("utf8").replace("12883459181347712345", id))) }]) },
  ]);

beforeAll(async () => {
  await withMailbox((imap) => imap.mailboxCreate(mailbox));
  await append(googleMessage("1001"));
  await append(reportMessage("Report domain: example.com Submitter: Enterprise Outlook", [{ filename: "outlook.xml.gz", contentType: "application/gzip", data: gzip(fixture("microsoft.xml")) }], "dmarcreport@microsoft.com"));
  await append("From: someone@example.net\r\nTo: dmarc-reports@example.com\r\nSubject: hello\r\n\r\nNot a report.\r\n");
}, 60_000);

afterAll(async () => {
  await withMailbox((imap) => imap.mailboxDelete(mailbox)).catch(() => undefined);
  rmSync(work, { recursive: true, force: true });
});

describe("reports fetch over IMAPS (Dovecot)", { timeout: 180_000 }, () => {
  it("stores the reports of new messages and names the message that carries none", async () => {
    const run = await fetch(["--ca", ca]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^imaps://${imaps}/${mailbox};UID=3  error  no aggregate report attached to this message \\("hello"\\)`, "m"));
    expect(run.stdout).toContain(`${imaps} ${mailbox}: 3 new messages, 2 reports added, 0 already stored, 0 deleted, 1 problem`);
    expect(await count()).toBe(3);
  });

  it("remembers where it stopped: a second run reads nothing", async () => {
    const run = await fetch(["--ca", ca, "--format", "json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ version: 1, messages: 0, added: 0, duplicates: 0, deleted: 0, problems: [] });
  });

  it("reads only the newer message, and deletes what it stored only when asked", async () => {
    await append(googleMessage("1002"));
    const run = await fetch(["--ca", ca, "--delete", "--format", "json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ messages: 1, added: 1, deleted: 1 });
    expect(await count()).toBe(3);
  });

  it("counts a report it already has, from a new message, as a duplicate", async () => {
    await append(googleMessage("1001"));
    const run = await fetch(["--ca", ca, "--format", "json"]);
    expect(JSON.parse(run.stdout)).toMatchObject({ messages: 1, added: 0, duplicates: 1 });
  });

  it("a report sent again with other content is a problem, is not stored, and its message is kept despite --delete", async () => {
    await append(googleMessage("1002", (xml) => xml.replace("<count>415</count>", "<count>416</count>")));
    const before = await count();
    const run = await fetch(["--ca", ca, "--delete", "--format", "json"]);
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ messages: 1, added: 0, duplicates: 0, deleted: 0 });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].message).toMatch(/^report 1002 from google\.com <[^>]+> is already stored with other content \(stored from imaps:\/\/.*\): this copy was not stored/);
    expect(await count()).toBe(before);
  });

  it("the summary then shows what was fetched", async () => {
    const run = await new Promise<Run>((resolve) => {
      const child = spawn(process.execPath, [cliPath, "reports", "summary", "--store", store, "--today", "2025-12-05", "--format", "json"], { stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      child.stdout.on("data", (d: Buffer) => (stdout += d));
      child.on("close", (status) => resolve({ status, stdout, stderr: "" }));
    });
    const summary = JSON.parse(run.stdout);
    expect(summary.domains.map((d: { domain: string; messages: number }) => [d.domain, d.messages])).toEqual([["example.com", 417 * 2 + 100]]);
  });

  it("refuses a wrong password without printing it, in any form", async () => {
    const secret = "Wrong-Pa55word!";
    const run = await fetch(["--ca", ca], { MAILDNS_IMAP_PASSWORD: secret });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/refused the login of tester@example\.test/);
    for (const form of [secret, encodeURIComponent(secret), Buffer.from(secret).toString("base64"), Buffer.from(`\u0000${user}\u0000${secret}`).toString("base64")]) {
      expect(run.stdout + run.stderr).not.toContain(form);
    }
  });

  it("refuses a server whose certificate it cannot trust without --ca", async () => {
    const run = await fetch([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/TLS certificate is not trusted.*give --ca FILE/);
  });

  it("needs the account in the environment", async () => {
    const run = await fetch(["--ca", ca], { MAILDNS_IMAP_PASSWORD: "" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("set MAILDNS_IMAP_USER and MAILDNS_IMAP_PASSWORD");
  });
});
