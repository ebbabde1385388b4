// The SMTP dialogue of the guide's manual test (EHLO, STARTTLS, AUTH), without sending any mail:
// banner (RFC 5321 §4.2), EHLO keywords (§4.1.1.1), STARTTLS (RFC 3207 §4), AUTH (RFC 4954 §3, §6).
import type net from "node:net";
import { closeQuietly, connectStep, dialogueFailure, silentAfterAccept, silentGreeting, tlsStep } from "./connection.js";
import { LineReader } from "./net.js";
import type { Session, StepOutcome } from "./session.js";
import { formatTarget } from "./target.js";
import type { Target } from "./types.js";

export interface SmtpReply {
  code: number;
  /** Text of each line, without the code and separator. */
  lines: string[];
}

/**
 * Why no usable reply came. `closed`: the server hung up; `timeout`: the reply did not arrive (or did not
 * finish) in time; `malformed`: what arrived is not an SMTP reply. `silent`: nothing at all arrived before
 * the timeout. `received`: the offending line (printable), for a malformed reply.
 */
export type ReplyFailure = { ok: false; reason: string; silent: boolean; kind: "closed" | "timeout" | "malformed"; received?: string };
export type ReplyResult = { ok: true; reply: SmtpReply } | ReplyFailure;

/** A reply longer than this is hostile or broken; we stop reading. */
const MAX_REPLY_LINES = 200;

/**
 * One reply, single or multi-line (RFC 5321 §4.2.1), within `timeoutMs` for the whole of it: a server that
 * drips lines cannot hold a step longer than its timeout.
 */
export async function readReply(reader: LineReader, timeoutMs: number): Promise<ReplyResult> {
  const endsAt = Date.now() + timeoutMs;
  const lines: string[] = [];
  let code = 0;
  for (let count = 0; count < MAX_REPLY_LINES; count++) {
    const line = await reader.readLine(Math.max(0, endsAt - Date.now()));
    if (line === null) {
      if (reader.closed) return { ok: false, reason: "connection closed", silent: false, kind: "closed" };
      if (lines.length > 0) return { ok: false, reason: `reply not finished within ${timeoutMs} ms (${lines.length} lines)`, silent: false, kind: "timeout" };
      if (reader.partial.length > 0) {
        return { ok: false, reason: `no line ended by CRLF within ${timeoutMs} ms, only an incomplete one: ${printable(reader.partial)}`, silent: false, kind: "timeout" };
      }
      return { ok: false, reason: `no reply within ${timeoutMs} ms`, silent: true, kind: "timeout" };
    }
    // RFC 5321 §4.5.3.1.5 allows 512 octets; a line the reader had to cut is not a reply we can trust.
    if (line.length >= LineReader.MAX_LINE) {
      return { ok: false, reason: `a reply line longer than ${LineReader.MAX_LINE} bytes`, silent: false, kind: "malformed", received: `a line longer than ${LineReader.MAX_LINE} bytes` };
    }
    const match = /^(\d{3})([ -]?)(.*)$/.exec(line);
    if (!match) return { ok: false, reason: `not an SMTP reply: ${printable(line)}`, silent: false, kind: "malformed", received: printable(line) };
    code = Number(match[1]);
    lines.push(match[3]!);
    if (match[2] !== "-") return { ok: true, reply: { code, lines } };
  }
  return { ok: false, reason: `reply longer than ${MAX_REPLY_LINES} lines`, silent: false, kind: "malformed", received: `a reply longer than ${MAX_REPLY_LINES} lines` };
}

/** EHLO keywords after the greeting line, upper-cased: "STARTTLS", "AUTH PLAIN LOGIN", "SIZE 1000". */
export function ehloKeywords(reply: SmtpReply): string[] {
  return reply.lines.slice(1).map((line) => line.trim().toUpperCase());
}

/** AUTH mechanisms from EHLO keywords, including the pre-RFC 4954 `AUTH=` form some servers still send. */
export function authMechanisms(keywords: readonly string[]): string[] {
  const mechanisms = new Set<string>();
  for (const keyword of keywords) {
    const match = /^AUTH[ =](.*)$/.exec(keyword);
    if (match) for (const mechanism of match[1]!.split(/\s+/)) if (mechanism) mechanisms.add(mechanism);
  }
  return [...mechanisms];
}

export function printable(text: string): string {
  const clean = text.replace(/[^\x20-\x7e]/g, "?");
  return clean.length > 120 ? `${clean.slice(0, 117)}...` : clean;
}

export interface Credentials {
  user: string;
  password: string;
}

/** What an AUTH reply means for the person at the keyboard (RFC 4954 §6, RFC 3463). */
export function explainAuthReply(code: number): string {
  switch (code) {
    case 235:
      return "accepted";
    case 535:
      return "user name or password rejected";
    case 534:
      return "the server wants another way of signing in (mechanism too weak or sign-in blocked)";
    case 538:
      return "encryption required before logging in";
    case 530:
      return "authentication required";
    case 454:
      return "temporary authentication failure, retry later";
    case 432:
      return "a password change is required before this account can log in";
    case 421:
      return "the server is closing the connection for now, retry later";
    case 504:
      return "mechanism not supported";
    default:
      return "unexpected reply";
  }
}

function ehloName(socket: net.Socket): string {
  // RFC 5321 §4.1.3 address literal: we have no FQDN of our own to claim.
  const address = socket.localAddress ?? "127.0.0.1";
  return address.includes(":") ? `[IPv6:${address}]` : `[${address}]`;
}

/** `text` with every form of the credentials we sent replaced by `***`. */
function hideSent(text: string, credentials: Credentials | null): string {
  if (!credentials) return text;
  let out = text;
  for (const secret of sentForms(credentials)) out = out.split(secret).join("***");
  return out;
}

/**
 * Every form in which the credentials went over the wire, and the usual re-encodings a server might echo:
 * as typed, base64 (standard and URL-safe, padded or not) of each one and of the AUTH PLAIN message,
 * hex and URL-encoding. Longest first, so a longer form is hidden before a part of it.
 */
export function sentForms(credentials: Credentials): string[] {
  const forms = new Set<string>();
  const add = (text: string) => {
    if (text.length < 3) return;
    forms.add(text);
    const bytes = Buffer.from(text, "utf8");
    for (const encoded of [bytes.toString("base64"), bytes.toString("base64url"), bytes.toString("hex"), encodeURIComponent(text)]) {
      forms.add(encoded);
      forms.add(encoded.replace(/=+$/, ""));
    }
  };
  for (const secret of [credentials.password, credentials.user]) if (secret) add(secret);
  add(`\0${credentials.user}\0${credentials.password}`);
  add(`${credentials.user}\0${credentials.password}`);
  return [...forms].filter((f) => f.length >= 3).sort((a, b) => b.length - a.length);
}

/**
 * What is shown of a reply to a message that carried a credential: its code and enhanced status code
 * (RFC 3463) only. The text after them is the server's, which may echo what we sent in any encoding.
 */
function statusOnly(reply: SmtpReply): string {
  const enhanced = /^([245]\.\d{1,3}\.\d{1,3})(?:\s|$)/.exec(reply.lines[0] ?? "");
  return enhanced ? `${reply.code} ${enhanced[1]}` : `${reply.code}`;
}

/**
 * A dialogue that broke after a credential was sent (no reply, a closed connection, a reply that is not the
 * protocol's): connection-lost or server-reply-malformed at `step`, with every form of the credentials hidden
 * from the reason and nothing of what the server sent, which may echo them.
 */
export function afterCredentialFailure(
  session: Session,
  target: Target,
  step: string,
  failure: { reason: string; kind: "closed" | "timeout" | "malformed" },
  expected: string,
  credentials: Credentials,
): StepOutcome {
  const reason = hideSent(failure.reason, credentials);
  const outcome = dialogueFailure(session, target, step, { reason, kind: failure.kind, received: "(not shown: it follows a credential)" }, expected);
  return { ...outcome, detail: `${step}: ${reason}` };
}

/** Why no reply came after a credential was sent, without the server's text. */
function failureOnly(reason: string): string {
  return reason.replace(/:.*$/s, "");
}

/**
 * Probes one SMTP submission service: "smtps" (465, TLS from the first byte, RFC 8314 §3.3) or
 * "submission" (587, STARTTLS). With credentials, tries to log in once; nothing is ever sent.
 */
export async function probeSmtp(
  session: Session,
  service: "smtps" | "submission",
  target: Target,
  credentials: Credentials | { skip: string } | null,
): Promise<void> {
  const where = formatTarget(target);
  const socket = await connectStep(session, service, target);
  if (!socket) return;
  let reader: LineReader | null = null;
  // The password goes only over a TLS session that passed verification: a certificate that fails may be
  // an interceptor's, and what it would receive is exactly what it wants.
  let verified = false;
  try {
    if (service === "smtps") {
      const channel = await tlsStep(session, service, target, socket);
      if (!channel) return;
      ({ reader, verified } = channel);
    } else {
      reader = new LineReader(socket);
    }

    const banner = await session.step(`${service}-banner`, where, async () => {
      const result = await readReply(reader!, session.stepTimeout());
      if (!result.ok && result.silent) return service === "submission" ? silentGreeting(session, service, target, result.reason) : silentAfterAccept(session, service, target, result.reason);
      if (!result.ok) return { detail: result.reason, findings: [session.finding("smtp-banner-missing", target.host, { target: where, reason: result.reason })] };
      const text = printable(result.reply.lines[0] ?? "");
      if (isTemporary(result.reply.code)) return temporaryFailure(session, target, "the connection", result.reply);
      if (result.reply.code !== 220) {
        const reason = `${result.reply.code} ${text}`;
        return { detail: reason, findings: [session.finding("smtp-banner-missing", target.host, { target: where, reason })] };
      }
      return { detail: `220 ${text}` };
    });
    if (!banner || banner.status === "problem" || banner.findings?.length) return;

    let keywords = await ehloStep(session, `${service}-ehlo`, target, reader, socket);
    if (!keywords) return;

    if (service === "submission") {
      if (!keywords.includes("STARTTLS")) {
        await session.step("submission-starttls", where, async () => ({
          detail: "STARTTLS not offered in the EHLO reply",
          findings: [session.finding("smtp-starttls-missing", target.host, { target: where })],
        }));
        return;
      }
      const started = await session.step("submission-starttls", where, async () => {
        reader!.write("STARTTLS\r\n");
        const result = await readReply(reader!, session.stepTimeout());
        if (!result.ok) return dialogueFailure(session, target, "STARTTLS", result, "an SMTP reply");
        if (result.reply.code !== 220) {
          const reply = `${result.reply.code} ${printable(result.reply.lines[0] ?? "")}`;
          return { detail: `STARTTLS answered ${reply}`, findings: [session.finding("smtp-starttls-refused", target.host, { target: where, reply })] };
        }
        return { detail: "220, starting TLS" };
      });
      if (!started || started.findings?.length) return;
      // RFC 3207 §4.2: anything the server sent before the handshake is discarded, never trusted.
      reader.detach();
      const channel = await tlsStep(session, service, target, socket, true);
      if (!channel) return;
      ({ reader, verified } = channel);
      keywords = await ehloStep(session, "submission-ehlo-tls", target, reader, socket);
      if (!keywords) return;
    }

    const mechanisms = authMechanisms(keywords);
    await session.step(`${service}-auth`, where, async () => {
      if (mechanisms.length === 0) {
        return { detail: "no AUTH keyword in the EHLO reply", findings: [session.finding("smtp-auth-missing", target.host, { target: where, when: service === "submission" ? " after STARTTLS" : "" })] };
      }
      return { detail: `AUTH ${mechanisms.join(" ")}` };
    });

    if (credentials) {
      if ("skip" in credentials) session.skip(`${service}-login`, where, credentials.skip);
      else if (mechanisms.length === 0) session.skip(`${service}-login`, where, "no AUTH mechanism to log in with");
      else if (!verified) session.skip(`${service}-login`, where, "password not sent: the TLS session failed verification (see the TLS check)");
      else await loginStep(session, service, target, reader, mechanisms, credentials);
    }
    // A polite end (RFC 5321 §4.1.1.10), waited for briefly: the verdict is already made.
    reader.write("QUIT\r\n");
    await readReply(reader, Math.min(session.stepTimeout(), 1000));
  } finally {
    closeQuietly(reader, socket);
  }
}

/** RFC 5321 §4.2.1: 4yz is a transient negative completion: the same command may succeed later. */
function isTemporary(code: number): boolean {
  return code >= 400 && code < 500;
}

/** A 4xx where a 220 or 250 was due: the server says "not now", which is neither a refusal nor a missing service. */
function temporaryFailure(session: Session, target: Target, step: string, reply: SmtpReply): StepOutcome {
  const shown = `${reply.code} ${printable(reply.lines[0] ?? "")}`;
  return { detail: `temporary failure: ${shown}`, findings: [session.finding("smtp-temporary-failure", target.host, { target: formatTarget(target), step, reply: shown })] };
}

async function ehloStep(session: Session, id: string, target: Target, reader: LineReader, socket: net.Socket): Promise<string[] | null> {
  const where = formatTarget(target);
  let keywords: string[] | null = null;
  await session.step(id, where, async () => {
    reader.write(`EHLO ${ehloName(socket)}\r\n`);
    const result = await readReply(reader, session.stepTimeout());
    if (!result.ok) return dialogueFailure(session, target, "EHLO", result, "an SMTP reply");
    if (isTemporary(result.reply.code)) return temporaryFailure(session, target, "EHLO", result.reply);
    if (result.reply.code !== 250) {
      const reply = `${result.reply.code} ${printable(result.reply.lines[0] ?? "")}`;
      return { detail: reply, findings: [session.finding("smtp-ehlo-rejected", target.host, { target: where, reply })] };
    }
    keywords = ehloKeywords(result.reply);
    return { detail: `250, ${keywords.length} extensions: ${keywords.map((k) => k.split(" ")[0]).join(" ") || "(none)"}` };
  });
  return keywords;
}

async function loginStep(
  session: Session,
  service: "smtps" | "submission",
  target: Target,
  reader: LineReader,
  mechanisms: readonly string[],
  credentials: Credentials,
): Promise<void> {
  const where = formatTarget(target);
  const b64 = (text: string): string => Buffer.from(text, "utf8").toString("base64");
  await session.step(`${service}-login`, where, async () => {
    let result: ReplyResult;
    let mechanism: string;
    if (mechanisms.includes("PLAIN")) {
      mechanism = "PLAIN";
      // RFC 4616 §2: authzid (empty) NUL authcid NUL passwd.
      reader.write(`AUTH PLAIN ${b64(`\0${credentials.user}\0${credentials.password}`)}\r\n`);
      result = await readReply(reader, session.stepTimeout());
    } else if (mechanisms.includes("LOGIN")) {
      mechanism = "LOGIN";
      reader.write("AUTH LOGIN\r\n");
      result = await readReply(reader, session.stepTimeout());
      let sent = 0;
      for (const secret of [credentials.user, credentials.password]) {
        if (!result.ok || result.reply.code !== 334) break;
        reader.write(`${b64(secret)}\r\n`);
        sent++;
        result = await readReply(reader, session.stepTimeout());
      }
      // RFC 4954 §4: 235 ends a finished exchange; one before the password was asked for checked nothing, so
      // it is no verdict on the password (a server broken, or not the one the client should trust).
      if (result.ok && result.reply.code === 235 && sent < 2) {
        return afterCredentialFailure(session, target, "AUTH LOGIN", { reason: "235 (accepted) before the password was sent", kind: "malformed" }, "a request for the password (334)", credentials);
      }
    } else {
      return { status: "skipped", detail: `neither PLAIN nor LOGIN offered (${mechanisms.join(" ")})` };
    }
    // From here on the server has seen a credential: only its status codes are shown, never its text.
    if (!result.ok) {
      // A reply that did not come is not a refusal; what did come is not shown (it follows a credential).
      return afterCredentialFailure(session, target, `AUTH ${mechanism}`, { reason: failureOnly(result.reason), kind: result.kind }, "an SMTP reply", credentials);
    }
    const { code } = result.reply;
    const reply = `${statusOnly(result.reply)} (${explainAuthReply(code)})`;
    if (code === 235) return { detail: `AUTH ${mechanism}: ${reply}` };
    // RFC 4954 §6: 454 (4.7.0) is a temporary failure and says nothing of the password, so it must not send
    // the user off to reset a password that works; 432 (4.7.12, a password transition is needed) is about the
    // account and stays a refused login.
    if (isTemporary(code) && code !== 432) {
      return { detail: `AUTH ${mechanism}: temporary failure: ${reply}`, findings: [session.finding("smtp-temporary-failure", target.host, { target: where, step: `AUTH ${mechanism}`, reply })] };
    }
    return { detail: `AUTH ${mechanism}: ${reply}`, findings: [session.finding("smtp-auth-failed", target.host, { target: where, reply, code })] };
  });
}
