import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  StoreError
} from "./chunk-NZFSRXEO.js";
import {
  MAX_FILE_BYTES,
  conflictProblem,
  readReports
} from "./chunk-2G2LYX6F.js";
import {
  CredentialScrubber
} from "./chunk-OC3V6NJJ.js";
import "./chunk-VOQH4KKZ.js";
import "./chunk-JSZUARHQ.js";
import "./chunk-G7NDWJJB.js";
import "./chunk-5AL66J2M.js";

// src/reports/fetch.ts
var DEFAULT_IMAP = { host: "ssl0.ovh.net", port: 993 };
var IMAP_USER_ENV = "MAILDNS_IMAP_USER";
var IMAP_PASSWORD_ENV = "MAILDNS_IMAP_PASSWORD";
var FetchError = class extends Error {
  name = "FetchError";
};
function scrub(text, secret, user = "") {
  if (secret === "") return text;
  const sent = [secret, `\0${secret}`, `\0${user}\0${secret}`, `${user}\0${user}\0${secret}`];
  return new CredentialScrubber(sent, { minLength: 1 }).scrub(text);
}
function describeError(error, options) {
  const e = error;
  const server = `${options.host}:${options.port}`;
  let text;
  if (e.authenticationFailed) text = `${server} refused the login of ${options.user}${e.responseText ? ` (${e.responseText})` : ""}: check ${IMAP_USER_ENV} and ${IMAP_PASSWORD_ENV}`;
  else if (e.code === "ECONNREFUSED") text = `${server} refused the connection: check the host and port (OVH: ssl0.ovh.net:993)`;
  else if (e.code === "ETIMEDOUT" || e.code === "CONNECT_TIMEOUT" || e.code === "GREETING_TIMEOUT" || /timeout/i.test(e.message ?? "")) text = `${server} did not answer in time (${e.message ?? e.code})`;
  else if (/certificate|self.signed|CERT_|unable to verify/i.test(`${e.code ?? ""} ${e.message ?? ""}`)) text = `${server}'s TLS certificate is not trusted (${e.message}): give --ca FILE for a private CA`;
  else if (/Mailbox doesn't exist|NONEXISTENT/i.test(`${e.responseText ?? ""} ${e.message ?? ""}`)) text = `${server} has no mailbox "${options.mailbox}" for ${options.user}`;
  else text = `${server}: ${e.responseText ?? e.message ?? String(error)}`;
  return scrub(text, options.password, options.user);
}
async function fetchReports(store, options) {
  const server = `${options.host}:${options.port}`;
  const { ImapFlow } = await import("./imap-flow-ICDX6CBR.js");
  const client = new ImapFlow({
    host: options.host,
    port: options.port,
    secure: true,
    auth: { user: options.user, pass: options.password },
    logger: false,
    tls: { minVersion: "TLSv1.2", ...options.ca ? { ca: options.ca } : {} },
    connectionTimeout: options.timeoutMs,
    greetingTimeout: options.timeoutMs,
    socketTimeout: Math.max(options.timeoutMs, 6e4),
    disableAutoIdle: true
  });
  client.on("error", () => void 0);
  const totals = { server, mailbox: options.mailbox, uidValidity: 0, messages: 0, documents: 0, added: 0, duplicates: 0, deleted: 0, problems: [] };
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
      const listed = mailbox.exists > 0 ? (await client.fetchAll(`${firstUid}:*`, { uid: true, size: true }, { uid: true })).filter((m) => m.uid >= firstUid) : [];
      listed.sort((a, b) => a.uid - b.uid);
      totals.messages = listed.length;
      const deletable = [];
      const chunk = options.chunk ?? 50;
      const messageSource = (uid) => `imaps://${server}/${options.mailbox};UID=${uid}`;
      for (let i = 0; i < listed.length; i += chunk) {
        const part = listed.slice(i, i + chunk);
        const wanted = part.filter((m) => (m.size ?? 0) <= MAX_FILE_BYTES);
        for (const m of part) if ((m.size ?? 0) > MAX_FILE_BYTES) totals.problems.push({ source: messageSource(m.uid), message: `refused unread: ${m.size} octets, over the ${MAX_FILE_BYTES} a report message may have` });
        const sources = wanted.length ? await client.fetchAll(wanted.map((m) => m.uid).join(","), { uid: true, source: true }, { uid: true }) : [];
        const batch = [];
        const uidOfReport = /* @__PURE__ */ new Map();
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
    if (error instanceof StoreError) throw new StoreError(scrub(error.message, options.password, options.user));
    if (error instanceof FetchError) throw new FetchError(scrub(error.message, options.password, options.user));
    throw new FetchError(describeError(error, options));
  }
}
export {
  DEFAULT_IMAP,
  FetchError,
  IMAP_PASSWORD_ENV,
  IMAP_USER_ENV,
  fetchReports,
  scrub
};
