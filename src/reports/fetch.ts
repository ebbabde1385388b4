// `reports fetch`: new messages of the rua mailbox → reports in the store, over IMAP with implicit TLS
// (RFC 8314 §3.2; OVH's IMAP server is ssl0.ovh.net:993) through imapflow.
//
// What has been read is remembered per server, account and mailbox as UIDVALIDITY and the last UID
// (RFC 9051 §2.3.1.1): the next run asks only for higher UIDs, and a new UIDVALIDITY (a rebuilt mailbox)
// starts over, which the store's idempotence makes harmless. The position moves only after the reports
// of the messages before it are committed. Nothing is deleted unless asked, and then only messages whose
// every part gave a stored report. The password is handed to imapflow and appears nowhere else: not in
// messages, not in the store (which keeps the account name only).
import type { ImapFlow as ImapClient } from "imapflow";
import { CredentialScrubber } from "../model/redact.js";
import type { IngestProblem } from "./model.js";
import { conflictProblem, readReports, MAX_FILE_BYTES } from "./ingest.js";
import { StoreError } from "./sql-error.js";
import type { ReportStore, StoredReport } from "./store.js";

export const DEFAULT_IMAP = { host: "ssl0.ovh.net", port: 993 };
export const IMAP_USER_ENV = "MAILDNS_IMAP_USER";
export const IMAP_PASSWORD_ENV = "MAILDNS_IMAP_PASSWORD";

export interface FetchOptions {
  host: string;
  port: number;
  user: string;
  password: string;
  mailbox: string;
  /** PEM CAs to trust instead of Node's store (a private CA). */
  ca: string | null;
  deleteRead: boolean;
  timeoutMs: number;
  /** Messages fetched per round trip. */
  chunk?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface FetchTotals {
  server: string;
  mailbox: string;
  uidValidity: number;
  /** Messages looked at this run (UIDs above the remembered one). */
  messages: number;
  documents: number;
  added: number;
  duplicates: number;
  deleted: number;
  problems: IngestProblem[];
}

export class FetchError extends Error {
  override name = "FetchError";
}

/**
 * An error's words with any trace of the password removed, whatever the library or the server put in them:
 * every form model/redact.ts looks for (as typed in any case, percent-encoded, hex, base64) of the password
 * and of the SASL PLAIN message that carried it (`[authzid]\0user\0password`, RFC 4616 §2; imapflow sends
 * it with an empty authzid), which a server may echo in the text of its refusal. However short the password.
 */
export function scrub(text: string, secret: string, user = ""): string {
  if (secret === "") return text;
  const sent = [secret, `\u0000${secret}`, `\u0000${user}\u0000${secret}`, `${user}\u0000${user}\u0000${secret}`];
  return new CredentialScrubber(sent, { minLength: 1 }).scrub(text);
}

function describeError(error: unknown, options: FetchOptions): string {
  const e = error as { message?: string; code?: string; responseText?: string; authenticationFailed?: boolean };
  const server = `${options.host}:${options.port}`;
  let text: string;
  if (e.authenticationFailed) text = `${server} refused the login of ${options.user}${e.responseText ? ` (${e.responseText})` : ""}: check ${IMAP_USER_ENV} and ${IMAP_PASSWORD_ENV}`;
  else if (e.code === "ECONNREFUSED") text = `${server} refused the connection: check the host and port (OVH: ssl0.ovh.net:993)`;
  else if (e.code === "ETIMEDOUT" || e.code === "CONNECT_TIMEOUT" || e.code === "GREETING_TIMEOUT" || /timeout/i.test(e.message ?? "")) text = `${server} did not answer in time (${e.message ?? e.code})`;
  else if (/certificate|self.signed|CERT_|unable to verify/i.test(`${e.code ?? ""} ${e.message ?? ""}`)) text = `${server}'s TLS certificate is not trusted (${e.message}): give --ca FILE for a private CA`;
  else if (/Mailbox doesn't exist|NONEXISTENT/i.test(`${e.responseText ?? ""} ${e.message ?? ""}`)) text = `${server} has no mailbox "${options.mailbox}" for ${options.user}`;
  else text = `${server}: ${e.responseText ?? e.message ?? String(error)}`;
  return scrub(text, options.password, options.user);
}

export async function fetchReports(store: ReportStore, options: FetchOptions): Promise<FetchTotals> {
  const server = `${options.host}:${options.port}`;
  const { ImapFlow } = await import("imapflow");
  const client: ImapClient = new ImapFlow({
    host: options.host,
    port: options.port,
    secure: true,
    auth: { user: options.user, pass: options.password },
    logger: false,
    tls: { minVersion: "TLSv1.2", ...(options.ca ? { ca: options.ca } : {}) },
    connectionTimeout: options.timeoutMs,
    greetingTimeout: options.timeoutMs,
    socketTimeout: Math.max(options.timeoutMs, 60_000),
    disableAutoIdle: true,
  });
  // imapflow reports a dropped socket through 'error' as well as through the pending command.
  client.on("error", () => undefined);
  const totals: FetchTotals = { server, mailbox: options.mailbox, uidValidity: 0, messages: 0, documents: 0, added: 0, duplicates: 0, deleted: 0, problems: [] };
  try {
    await client.connect();
    const lock = await client.getMailboxLock(options.mailbox);
    try {
      const mailbox = client.mailbox;
      if (!mailbox) throw new FetchError(`${server}: the mailbox "${options.mailbox}" could not be opened`);
      const uidValidity = Number(mailbox.uidValidity);
      totals.uidValidity = uidValidity;
      const remembered = await store.imapPosition(server, options.user, options.mailbox);
      const firstUid = remembered && remembered.uidValidity === uidValidity ? remembered.lastUid + 1 : 1;
      let lastUid = firstUid - 1;
      // `n:*` always matches the highest UID, even below n (RFC 9051 §6.4.8): filter on the UID itself.
      const listed = mailbox.exists > 0 ? (await client.fetchAll(`${firstUid}:*`, { uid: true, size: true }, { uid: true })).filter((m) => m.uid >= firstUid) : [];
      listed.sort((a, b) => a.uid - b.uid);
      totals.messages = listed.length;
      const deletable: number[] = [];
      const chunk = options.chunk ?? 50;
      const messageSource = (uid: number) => `imaps://${server}/${options.mailbox};UID=${uid}`;
      for (let i = 0; i < listed.length; i += chunk) {
        const part = listed.slice(i, i + chunk);
        const wanted = part.filter((m) => (m.size ?? 0) <= MAX_FILE_BYTES);
        for (const m of part) if ((m.size ?? 0) > MAX_FILE_BYTES) totals.problems.push({ source: messageSource(m.uid), message: `refused unread: ${m.size} octets, over the ${MAX_FILE_BYTES} a report message may have` });
        const sources = wanted.length ? await client.fetchAll(wanted.map((m) => m.uid).join(","), { uid: true, source: true }, { uid: true }) : [];
        const batch: StoredReport[] = [];
        /** The message each report of the batch came from (a message may carry several). */
        const uidOfReport = new Map<string, number>();
        for (const message of sources) {
          if (!message.source) continue;
          const found = await readReports(messageSource(message.uid), message.source);
          totals.documents += found.documents;
          totals.problems.push(...found.problems);
          batch.push(...found.reports);
          for (const report of found.reports) uidOfReport.set(report.source, message.uid);
          if (found.problems.length === 0 && found.reports.length > 0) deletable.push(message.uid);
        }
        const outcome = await store.addReports(batch);
        totals.added += outcome.added;
        totals.duplicates += outcome.duplicates;
        for (const conflict of outcome.conflicts ?? []) {
          totals.problems.push(conflictProblem(conflict));
          // A message whose report was not stored is not deleted, whatever --delete says.
          const at = deletable.indexOf(uidOfReport.get(conflict.source) ?? -1);
          if (at >= 0) deletable.splice(at, 1);
        }
        lastUid = Math.max(lastUid, ...part.map((m) => m.uid));
        await store.setImapPosition(server, options.user, options.mailbox, { uidValidity, lastUid });
        options.onProgress?.(Math.min(i + chunk, listed.length), listed.length);
      }
      if (!remembered || remembered.uidValidity !== uidValidity) await store.setImapPosition(server, options.user, options.mailbox, { uidValidity, lastUid });
      if (options.deleteRead && deletable.length > 0) {
        await client.messageDelete(deletable.join(","), { uid: true });
        totals.deleted = deletable.length;
      }
    } finally {
      lock.release();
    }
    if (totals.added > 0) await store.finishIngest();
    await client.logout();
    return totals;
  } catch (error) {
    client.close();
    // The store's failure is the store's (sql.ts has said it without the store's password), not the server's.
    if (error instanceof StoreError) throw new StoreError(scrub(error.message, options.password, options.user));
    if (error instanceof FetchError) throw new FetchError(scrub(error.message, options.password, options.user));
    throw new FetchError(describeError(error, options));
  }
}
