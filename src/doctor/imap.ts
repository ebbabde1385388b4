// IMAP over implicit TLS (port 993, RFC 8314 §3.2): greeting (RFC 9051 §7.1) and CAPABILITY (§6.1.1).
import { closeQuietly, connectStep, dialogueFailure, silentAfterAccept, tlsStep } from "./connection.js";
import { LineReader } from "./net.js";
import type { Session, StepOutcome } from "./session.js";
import { printable } from "./smtp.js";
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

export async function probeImap(session: Session, target: Target): Promise<void> {
  const where = formatTarget(target);
  const socket = await connectStep(session, "imap", target);
  if (!socket) return;
  let reader: LineReader | null = null;
  try {
    const channel = await tlsStep(session, "imap", target, socket);
    if (!channel) return;
    reader = channel.reader;
    const greeting = await session.step("imap-greeting", where, async () => {
      const line = await reader!.readLine(session.stepTimeout());
      if (line === null && !reader!.closed && reader!.partial.length > 0) {
        const reason = `an incomplete line without CRLF, then nothing within ${session.stepTimeout()} ms: ${printable(reader!.partial)}`;
        return { detail: reason, findings: [session.finding("imap-greeting-missing", target.host, { target: where, reason })] };
      }
      if (line === null && !reader!.closed) return silentAfterAccept(session, "imap", target, `no greeting within ${session.stepTimeout()} ms`);
      if (line === null) {
        const reason = reader!.closed ? "connection closed" : `nothing within ${session.stepTimeout()} ms`;
        return { detail: reason, findings: [session.finding("imap-greeting-missing", target.host, { target: where, reason })] };
      }
      if (!/^\* (OK|PREAUTH)\b/i.test(line)) {
        const reason = printable(line);
        return { detail: reason, findings: [session.finding("imap-greeting-missing", target.host, { target: where, reason })] };
      }
      return { detail: printable(line) };
    });
    if (!greeting || greeting.findings?.length) return;

    await session.step("imap-capability", where, async () => {
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
      if (capabilities.includes("LOGINDISABLED") && auth.length === 0) {
        return { detail: capabilities.join(" "), findings: [session.finding("imap-login-disabled", target.host, { target: where })] };
      }
      return { detail: capabilities.join(" ") };
    });
    reader.write("A2 LOGOUT\r\n");
    for (let count = 0; count < 3; count++) if ((await reader.readLine(Math.min(session.stepTimeout(), 1000))) === null) break;
  } finally {
    closeQuietly(reader, socket);
  }
}
