// IMAP over implicit TLS (port 993, RFC 8314 §3.2): greeting (RFC 9051 §7.1), CAPABILITY (§6.1.1) and,
// with credentials, one login (AUTHENTICATE PLAIN, §6.2.2 and RFC 4616; or LOGIN, §6.2.3): the check OVH's
// guide makes by logging in to the webmail, on the server the mail client uses.
import { closeQuietly, connectStep, dialogueFailure, silentAfterAccept, tlsStep } from "./connection.js";
import { LineReader } from "./net.js";
import type { Session, StepOutcome } from "./session.js";
import { afterCredentialFailure, printable, type Credentials } from "./smtp.js";
import { formatTarget } from "./target.js";
import type { Target } from "./types.js";

const MAX_RESPONSE_LINES = 200;

/** Capabilities named in a `* CAPABILITY ...` line or a greeting's `[CAPABILITY ...]` response code. */
export function parseCapabilities(line: string): string[] | null {
  const match = /^\* CAPABILITY (.*)$/i.exec(line) ?? /\[CAPABILITY ([^\]]*)\]/i.exec(line);
  return match ? match[1]!.trim().split(/\s+/).map((c) => c.toUpperCase()) : null;
}

/** CAPABILITY answered, but not with a capability list and OK: a finding naming host, port and step, never a bare status. */
function capabilityFailure(session: Session, target: Target, detail: string, received: string): StepOutcome {
  const outcome = dialogueFailure(session, target, "CAPABILITY", { reason: detail, kind: "malformed", received }, "a capability list and OK (RFC 9051 §6.1.1)");
  return { ...outcome, detail: `CAPABILITY ${detail}` };
}

/**
 * An IMAP quoted string (RFC 9051 §4.3: `"` and `\` escaped), or null when the text needs a literal (CR, LF,
 * NUL, other controls or non-ASCII), which this probe does not send.
 */
export function imapQuoted(text: string): string | null {
  if (/[^\x20-\x7e]/.test(text)) return null;
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** The login command to send, or why none can be: AUTHENTICATE PLAIN when offered, else LOGIN unless disabled. */
function loginCommand(capabilities: readonly string[], credentials: Credentials): { name: string; lines: string[] } | { skip: string } {
  if (capabilities.includes("AUTH=PLAIN")) {
    // RFC 4616 §2: authzid (empty) NUL authcid NUL passwd.
    const message = Buffer.from(`\0${credentials.user}\0${credentials.password}`, "utf8").toString("base64");
    // RFC 4959: with SASL-IR the initial response goes on the command line; without, after the server's "+".
    return capabilities.includes("SASL-IR")
      ? { name: "AUTHENTICATE PLAIN", lines: [`A2 AUTHENTICATE PLAIN ${message}`] }
      : { name: "AUTHENTICATE PLAIN", lines: ["A2 AUTHENTICATE PLAIN", message] };
  }
  if (capabilities.includes("LOGINDISABLED")) return { skip: "LOGINDISABLED and no AUTH=PLAIN: no way to log in that this check speaks" };
  const user = imapQuoted(credentials.user);
  const password = imapQuoted(credentials.password);
  if (!user || !password) return { skip: "LOGIN only, and the user name or password has characters a quoted string cannot carry (RFC 9051 §4.3)" };
  return { name: "LOGIN", lines: [`A2 LOGIN ${user} ${password}`] };
}

/**
 * One login, then the tagged answer: OK passes; NO is a refused login, or a temporary one with RFC 5530's
 * [UNAVAILABLE]; anything else is a broken dialogue. Once a credential is sent only the tag's status and
 * its response code are shown: the server's text may echo what it received.
 */
async function imapLogin(session: Session, target: Target, reader: LineReader, capabilities: readonly string[], credentials: Credentials): Promise<StepOutcome> {
  const where = formatTarget(target);
  const command = loginCommand(capabilities, credentials);
  if ("skip" in command) return { status: "skipped", detail: command.skip };
  const timeoutMs = session.stepTimeout();
  const endsAt = Date.now() + timeoutMs;
  const failed = (reason: string, kind: "closed" | "timeout" | "malformed"): StepOutcome =>
    afterCredentialFailure(session, target, command.name, { reason, kind }, "a tagged IMAP response", credentials);
  const [first, ...rest] = command.lines;
  reader.write(`${first}\r\n`);
  let pending = rest;
  for (let count = 0; count < MAX_RESPONSE_LINES; count++) {
    const line = await reader.readLine(Math.max(0, endsAt - Date.now()));
    if (line === null) return failed(reader.closed ? "connection closed" : `no tagged reply within ${timeoutMs} ms`, reader.closed ? "closed" : "timeout");
    if (line.startsWith("+")) {
      // RFC 9051 §6.2.2: the server asks for the initial response; once it is sent, another "+" means it wants
      // more than PLAIN's one message, so the exchange is cancelled with "*".
      const next = pending[0];
      pending = pending.slice(1);
      reader.write(next !== undefined ? `${next}\r\n` : "*\r\n");
      if (next === undefined) return failed("a second continuation request after the credential", "malformed");
      continue;
    }
    const tagged = /^A2 (OK|NO|BAD)\b(?: \[([A-Z0-9-]+)[^\]]*\])?/i.exec(line);
    if (!tagged) {
      if (/^\* /.test(line)) continue;
      return failed("not an IMAP response", "malformed");
    }
    const status = tagged[1]!.toUpperCase();
    const code = tagged[2]?.toUpperCase();
    const reply = code ? `${status} [${code}]` : status;
    // RFC 9051 §6.2.2: the exchange ends after the client's response; an OK before the credential was sent
    // checked nothing, so it is no verdict on the password.
    if (status === "OK" && pending.length > 0) {
      return afterCredentialFailure(session, target, command.name, { reason: "OK before the credential was sent", kind: "malformed" }, "a continuation request (+) for the credential", credentials);
    }
    if (status === "OK") return { detail: `${command.name}: OK (logged in)` };
    if (status === "BAD") return failed(`answered BAD${code ? ` [${code}]` : ""}`, "malformed");
    // RFC 5530 §3: UNAVAILABLE ("a subsystem is down") and SERVERBUG (a bug of the server's own) are the
    // server's failures, not the credentials': no reason to change a password, nor to skip the SMTP login.
    if (code === "UNAVAILABLE" || code === "SERVERBUG") {
      return { detail: `${command.name}: ${reply}`, findings: [session.finding("imap-login-temporary", target.host, { target: where, reply })] };
    }
    return { detail: `${command.name}: ${reply}`, findings: [session.finding("imap-login-failed", target.host, { target: where, reply })] };
  }
  return failed(`reply longer than ${MAX_RESPONSE_LINES} lines`, "malformed");
}

/** Probes IMAP; with credentials, logs in once. Says whether the server refused that login. */
export async function probeImap(session: Session, target: Target, credentials: Credentials | null = null): Promise<{ loginRefused: boolean }> {
  const where = formatTarget(target);
  const socket = await connectStep(session, "imap", target);
  if (!socket) return { loginRefused: false };
  let reader: LineReader | null = null;
  let loginRefused = false;
  try {
    const channel = await tlsStep(session, "imap", target, socket);
    if (!channel) return { loginRefused };
    reader = channel.reader;
    const { verified } = channel;
    const greeting = await session.step("imap-greeting", where, async () => {
      const line = await reader!.readLine(session.stepTimeout());
      if (line === null && !reader!.closed && reader!.partial.length > 0) {
        const reason = `no line ended by CRLF within ${session.stepTimeout()} ms, only an incomplete one: ${printable(reader!.partial)}`;
        return { detail: reason, findings: [session.finding("imap-greeting-missing", target.host, { target: where, reason })] };
      }
      if (line === null && !reader!.closed) return silentAfterAccept(session, "imap", target, `no greeting within ${session.stepTimeout()} ms`);
      if (line === null) {
        const reason = reader!.closed ? "connection closed" : `nothing within ${session.stepTimeout()} ms`;
        return { detail: reason, findings: [session.finding("imap-greeting-missing", target.host, { target: where, reason })] };
      }
      // The reader cut the line: the rest of it would be read as the answer to CAPABILITY.
      if (line.length >= LineReader.MAX_LINE) {
        const reason = `a greeting line longer than ${LineReader.MAX_LINE} bytes`;
        return { detail: reason, findings: [session.finding("imap-greeting-missing", target.host, { target: where, reason })] };
      }
      if (!/^\* (OK|PREAUTH)\b/i.test(line)) {
        const reason = printable(line);
        return { detail: reason, findings: [session.finding("imap-greeting-missing", target.host, { target: where, reason })] };
      }
      return { detail: printable(line) };
    });
    if (!greeting || greeting.findings?.length) return { loginRefused };

    let offered: string[] | null = null;
    const capability = await session.step("imap-capability", where, async () => {
      reader!.write("A1 CAPABILITY\r\n");
      const timeoutMs = session.stepTimeout();
      // The whole response within the step's timeout, however the server drips it.
      const endsAt = Date.now() + timeoutMs;
      let capabilities: string[] | null = null;
      let count = 0;
      for (; count < MAX_RESPONSE_LINES; count++) {
        const line = await reader!.readLine(Math.max(0, endsAt - Date.now()));
        if (line === null) {
          const reason = reader!.closed ? "connection closed" : count > 0 ? `reply not finished within ${timeoutMs} ms (${count} lines)` : `no reply within ${timeoutMs} ms`;
          return dialogueFailure(session, target, "CAPABILITY", { reason, kind: reader!.closed ? "closed" : "timeout" }, "an IMAP response");
        }
        if (line.length >= LineReader.MAX_LINE) {
          return dialogueFailure(session, target, "CAPABILITY", { reason: `a response line longer than ${LineReader.MAX_LINE} bytes`, kind: "malformed" }, "an IMAP response");
        }
        capabilities ??= parseCapabilities(line);
        if (/^A1 OK\b/i.test(line)) break;
        // RFC 9051 §6.1.1: CAPABILITY takes no argument and is valid in every state, so a server that answers
        // NO or BAD to it is not behaving as an IMAP server (or something on the way rewrites the dialogue).
        if (/^A1 (NO|BAD)\b/i.test(line)) return capabilityFailure(session, target, `refused: ${printable(line)}`, printable(line));
        // RFC 9051 §2.2.2: untagged lines start with "*", continuation requests with "+"; anything else is not IMAP.
        if (!/^[*+] /.test(line)) return dialogueFailure(session, target, "CAPABILITY", { reason: `not an IMAP response: ${printable(line)}`, kind: "malformed", received: printable(line) }, "an IMAP response");
      }
      if (count === MAX_RESPONSE_LINES) {
        return dialogueFailure(session, target, "CAPABILITY", { reason: `response longer than ${MAX_RESPONSE_LINES} lines`, kind: "malformed" }, "an IMAP response");
      }
      if (!capabilities) return capabilityFailure(session, target, "no CAPABILITY line in the reply", "an OK without any CAPABILITY line");
      const auth = capabilities.filter((c) => c.startsWith("AUTH="));
      offered = capabilities;
      if (capabilities.includes("LOGINDISABLED") && auth.length === 0) {
        return { detail: capabilities.join(" "), findings: [session.finding("imap-login-disabled", target.host, { target: where })] };
      }
      return { detail: capabilities.join(" ") };
    });
    if (credentials) {
      const capabilities = offered as string[] | null;
      if (!capability || !capabilities) session.skip("imap-login", where, "no capability list to log in with");
      else if (!verified) session.skip("imap-login", where, "password not sent: the TLS session failed verification (see the TLS check)");
      else {
        const login = await session.step("imap-login", where, () => imapLogin(session, target, reader!, capabilities, credentials));
        loginRefused = login?.findings?.some((finding) => finding.ruleId === "imap-login-failed") ?? false;
      }
    }
    reader.write("A3 LOGOUT\r\n");
    for (let count = 0; count < 3; count++) if ((await reader.readLine(Math.min(session.stepTimeout(), 1000))) === null) break;
    return { loginRefused };
  } finally {
    closeQuietly(reader, socket);
  }
}
