import { describe, expect, it } from "vitest";
import { explainCommand } from "../../src/cli/commands/explain.js";
import type { CliIO } from "../../src/cli/command.js";
import { DOCTOR_RULES } from "../../src/doctor/checks.js";
import { EXPLANATIONS, explainError, relevantMatches } from "../../src/doctor/explain.js";
import { allRules } from "../../src/rules/index.js";

const best = (text: string): string | undefined => relevantMatches(explainError(text))[0]?.explanation.id;
const all = (text: string): string[] => relevantMatches(explainError(text)).map((m) => m.explanation.id);

describe("explainError: the guide's errors and their variants", () => {
  const cases: [string, string][] = [
    // OVH guide table, as clients and servers word it.
    ["535 5.7.8 Authentication failed", "auth-failed"],
    ["535 Authentication credentials invalid", "auth-failed"],
    ["Échec de l'authentification : identifiant ou mot de passe incorrect", "auth-failed"],
    ["Login to server ssl0.ovh.net with username user@example.com failed.", "auth-failed"],
    ["A1 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)", "auth-failed"],
    // RFC 4954 §6: 454 is temporary; it must not send the user off to reset a working password.
    ["454 4.7.0 Temporary authentication failure", "auth-temporary"],
    ["535 5.7.8 Error: authentication failed: authentication failure", "auth-failed"],
    ["Connection timed out", "connection-timeout"],
    ["Connection to server ssl0.ovh.net timed out.", "connection-timeout"],
    ["Le délai d'attente de l'opération a expiré en attendant une réponse du serveur (SMTP). 0x800CCC19", "connection-timeout"],
    ["Failed to connect to server ssl0.ovh.net.", "connection-refused"],
    ["connect ECONNREFUSED 192.0.2.1:587", "connection-refused"],
    ["connect EHOSTUNREACH 192.0.2.1:587", "network-unreachable"],
    ["connect: Network is unreachable", "network-unreachable"],
    ["Could not connect to ssl0.ovh.net: No route to host", "network-unreachable"],
    ["getaddrinfo ENOTFOUND https", "host-not-found"],
    ["Server not found: ex4.mail.ovh.net", "host-not-found"],
    ["550 5.7.23 The message was rejected because of Sender Policy Framework violation", "spf-rejected"],
    ["550 5.7.1 SPF check failed: 192.0.2.7 is not a designated permitted sender", "spf-rejected"],
    ["Rejet SPF", "spf-rejected"],
    ["550-5.7.26 This mail has been blocked because the sender is unauthenticated.", "dmarc-rejected"],
    ["550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification", "dmarc-rejected"],
    ["Certificat TLS invalide", "tls-certificate"],
    ["The server you are connected to is using a security certificate that cannot be verified. The target principal name is incorrect.", "tls-certificate"],
    ["certificate has expired (CERT_HAS_EXPIRED)", "tls-certificate"],
    ["Cannot Verify Server Identity", "tls-certificate"],
    ["routines:ssl3_get_record:wrong version number", "tls-mismatch"],
    ["Your server does not support the connection encryption type you have specified. 0x800CCC1A", "tls-mismatch"],
    ["530 5.7.0 Must issue a STARTTLS command first", "starttls-required"],
    ["554 5.7.1 <friend@example.net>: Relay access denied", "relay-denied"],
    ["550 5.7.1 Unable to relay", "relay-denied"],
    ["530 5.7.57 Client was not authenticated to send anonymous mail", "relay-denied"],
    ["552 5.2.2 Mailbox full", "mailbox-full"],
    ["452 4.2.2 The email account that you tried to reach is over quota", "mailbox-full"],
    ["Compte plein", "mailbox-full"],
    ["La boîte aux lettres est pleine", "mailbox-full"],
    ["554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org", "blocklisted"],
    ["550 5.7.606 Access denied, banned sending IP [192.0.2.10]", "blocklisted"],
    ["550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown", "recipient-unknown"],
  ];
  for (const [text, id] of cases) {
    it(`${text} → ${id}`, () => {
      expect(best(text)).toBe(id);
    });
  }

  it("a bare code gives way to an unambiguous phrase", () => {
    expect(all("454 4.7.0 Temporary authentication failure")).toEqual(["auth-temporary"]);
    expect(all("530 5.7.0 Must issue a STARTTLS command first")).toEqual(["starttls-required"]);
    expect(all("Le délai d'attente de l'opération a expiré")).toEqual(["connection-timeout"]);
  });

  it("a 454 that is not about authentication is not read as a login the server could not check", () => {
    // 454 is also STARTTLS's "TLS not available due to temporary reason" (RFC 3207 §4) and a server's generic
    // "try again later": "do not change the password" answers neither.
    for (const text of ["454 4.7.0 TLS not available due to temporary reason", "454 4.3.0 Try again later"]) {
      expect(all(text)).toEqual(["smtp-reply-temporary"]);
    }
  });

  it("an SPF rejection with 5.7.1 also mentions relaying", () => {
    expect(all("550 5.7.1 SPF fail")).toEqual(["spf-rejected", "relay-denied"]);
  });

  it("unknown text matches nothing", () => {
    expect(explainError("the printer is on fire")).toEqual([]);
  });

  it("every explanation's rule ids exist in the doctor catalogue and its example matches it", () => {
    for (const explanation of EXPLANATIONS) {
      for (const ruleId of explanation.confirm.ruleIds) expect(DOCTOR_RULES.has(ruleId as never), `${explanation.id}: ${ruleId}`).toBe(true);
      expect(best(explanation.example), explanation.id).toBe(explanation.id);
    }
  });

  it("a whole bounce pasted with its headers: the diagnostic deep inside it is found", () => {
    const headers = Array.from({ length: 80 }, (_, i) => `Received: from relay${i}.example.net (relay${i}.example.net [192.0.2.${i}]) by mx.example.org with ESMTPS id ${i}`).join("\n");
    const bounce = `${headers}\nSubject: Undelivered Mail Returned to Sender\n\nReporting-MTA: dns; mx.example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table\n`;
    expect(bounce.length).toBeGreaterThan(8000);
    expect(best(bounce)).toBe("recipient-unknown");
  });

  it("huge input is bounded: past its first megabyte nothing is read", () => {
    expect(best(`${"x ".repeat(600_000)}\n535 Authentication failed`)).toBeUndefined();
    // Without line ends, only the start is read: a line of a megabyte is not a diagnostic.
    expect(best(`${"x ".repeat(5000)}535 Authentication failed`)).toBeUndefined();
  });
});

function captureIO() {
  const out: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => out.push(t), cwd: process.cwd(), env: {}, isTTY: false };
  return { io, text: () => out.join("") };
}

describe("maildns explain (command)", () => {
  it("explains a 535 with cause, fix and the doctor check (exit 0)", async () => {
    const { io, text } = captureIO();
    expect(await explainCommand.run(["535 5.7.8 Authentication failed"], io)).toBe(0);
    const out = text();
    expect(out.split("\n")[0]).toBe("Login refused [auth-failed]");
    expect(out).toContain("Probable cause: The server refused the user name or password");
    expect(out).toContain("Fix: Use the full e-mail address as user name");
    expect(out).toContain("(check submission-login, imap-login; finding smtp-auth-failed or imap-login-failed)");
    expect(out).not.toContain("Also possible");
    // The command it suggests keeps the password off the command line (process list, shell history).
    expect(out).toContain("Confirm with: MAILDNS_LOGIN_USER=you@example.com maildns doctor example.com --login --password-file FILE");
    for (const explanation of EXPLANATIONS) expect(explanation.confirm.command).not.toMatch(/PASSWORD=/);
  });

  it("joins unquoted words and lists close alternatives", async () => {
    const { io, text } = captureIO();
    expect(await explainCommand.run(["550", "5.7.1", "SPF", "fail"], io)).toBe(0);
    expect(text()).toMatch(/^Rejected by the recipient's SPF check \[spf-rejected\][\s\S]*Also possible:\n {2}Relaying denied \(not logged in\) \[relay-denied\]/);
  });

  it("JSON output", async () => {
    const { io, text } = captureIO();
    expect(await explainCommand.run(["--format", "json", "552 5.2.2 Mailbox full"], io)).toBe(0);
    const json = JSON.parse(text());
    expect(json).toMatchObject({ version: 1, input: "552 5.2.2 Mailbox full" });
    expect(json.matches.map((m: { id: string }) => m.id)).toEqual(["mailbox-full"]);
    expect(Object.keys(json.matches[0])).toEqual(["id", "title", "cause", "fix", "confirm"]);
  });

  it("unknown text: exit 1 and the list of what it knows", async () => {
    const { io, text } = captureIO();
    expect(await explainCommand.run(["the printer is on fire"], io)).toBe(1);
    const out = text();
    expect(out).toContain('Not recognised: "the printer is on fire"');
    for (const explanation of EXPLANATIONS) expect(out).toContain(explanation.title);
  });

  it("unknown text in JSON: exit 1 with the known ids", async () => {
    const { io, text } = captureIO();
    expect(await explainCommand.run(["-f", "json", "\u0007beep"], io)).toBe(1);
    const json = JSON.parse(text());
    expect(json.input).toBe("beep");
    expect(json.matches).toEqual([]);
    expect(json.known.map((k: { id: string }) => k.id)).toEqual(EXPLANATIONS.map((e) => e.id));
  });

  it("no text or a bad flag is a usage error", async () => {
    await expect(explainCommand.run([], captureIO().io)).rejects.toHaveProperty("name", "UsageError");
    await expect(explainCommand.run(["--format", "xml", "535"], captureIO().io)).rejects.toThrow(/--format must be one of text, json/);
  });
});

describe("maildns explain on hostile pasted text", () => {
  const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
  const pasted = "\u009b2J\u009d0;owned\u009c\x1b[31m\u202eliated ti\u2066 \x7fzz unknown thing";

  it("C1 controls, DEL and bidirectional overrides in unrecognised text are not echoed raw (text and JSON)", async () => {
    for (const format of ["text", "json"]) {
      const { io, text } = captureIO();
      expect(await explainCommand.run(["--format", format, pasted], io)).toBe(1);
      expect(text(), format).not.toMatch(UNSAFE);
      expect(text(), format).toContain("unknown thing");
    }
  });

  it("a pasted bounce of a megabyte is answered at once, and the echo stays one short line", async () => {
    const { io, text } = captureIO();
    const bounce = `550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown\n${"Received: from a (b [192.0.2.1])\r\n\t".repeat(20_000)}`;
    expect(await explainCommand.run([bounce], io)).toBe(0);
    expect(text().split("\n")[0]).toBe("Recipient does not exist [recipient-unknown]");
    const { io: io2, text: text2 } = captureIO();
    expect(await explainCommand.run([`${"\x1b[1m?".repeat(300_000)}`], io2)).toBe(1);
    expect(text2().split("\n")[0]!.length).toBeLessThanOrEqual(220);
    expect(text2()).not.toMatch(UNSAFE);
  });
});

describe("an SMTP reply code explain has no entry for", () => {
  it("a 4xx with an enhanced code: a temporary failure, its subject from RFC 3463, exit 0", async () => {
    const { io, text } = captureIO();
    expect(await explainCommand.run(["421 4.3.2 System not accepting network messages"], io)).toBe(0);
    const out = text();
    expect(out.split("\n")[0]).toBe("Temporary failure (421 4.3.2): the receiving mail system [smtp-reply-temporary]");
    expect(out).toContain("Probable cause: The server that answered 421 4.3.2 refused for now");
    expect(out).toContain("Fix: Wait and try again");
  });

  it("a 5xx without an enhanced code: a permanent failure; JSON names the generic id", async () => {
    const { io, text } = captureIO();
    expect(await explainCommand.run(["-f", "json", "554 Transaction failed"], io)).toBe(0);
    const json = JSON.parse(text());
    expect(json.matches.map((m: { id: string }) => m.id)).toEqual(["smtp-reply-permanent"]);
    expect(json.matches[0].title).toBe("Permanent failure (554)");
  });

  it("a known explanation wins over the generic one, and a code that is not SMTP's stays unrecognised", async () => {
    expect(all("552 5.2.2 Mailbox full")).toEqual(["mailbox-full"]);
    const { io } = captureIO();
    expect(await explainCommand.run(["error 999 9.9.9 happened"], io)).toBe(1);
  });
});

// The ids in maildns's reports are public: a user pastes one from a report. Its words are no server's
// error text ("spf" in spf-permissive-all once picked "Rejected by the recipient's SPF check").
describe("maildns explain <id>: a rule or finding id from a report", () => {
  it("a lint rule id says what the rule checks, never an unrelated client error", async () => {
    const { io, text } = captureIO();
    expect(await explainCommand.run(["spf-permissive-all"], io)).toBe(0);
    expect(text()).toBe(
      [
        "spf-permissive-all (maildns lint rule, spf, default level error)",
        "  The SPF record's all mechanism does not pass (+all, all) or stay neutral (?all) for unlisted senders.",
        "  maildns rules lists every rule with its level in a policy pack; the README's rule list cites its sources.",
        "",
      ].join("\n"),
    );
  });

  it("a doctor finding id gives its meaning, its fix and the client errors it confirms", async () => {
    const { io, text } = captureIO();
    expect(await explainCommand.run(["IMAP-login-failed"], io)).toBe(0);
    const out = text().split("\n");
    expect(out[0]).toBe("imap-login-failed (maildns doctor finding, default level error)");
    expect(out[1]).toBe(`  ${DOCTOR_RULES.get("imap-login-failed")!.description}`);
    expect(out[2]).toBe(`  Fix: ${DOCTOR_RULES.get("imap-login-failed")!.fix}`);
    expect(out.slice(3, 6)).toEqual(["", "The mail client errors it confirms:", "  Login refused [auth-failed]"]);
  });

  it("a mistyped id: exit 1 naming the id it is close to, not an explanation of its words", async () => {
    const { io, text } = captureIO();
    expect(await explainCommand.run(["spf-permisive-all"], io)).toBe(1);
    expect(text()).toBe('Not recognised: "spf-permisive-all" is no maildns rule or finding id; did you mean spf-permissive-all? (maildns rules lists the rules)\n');
    const json = captureIO();
    expect(await explainCommand.run(["-f", "json", "dkim-missing-selectr"], json.io)).toBe(1);
    expect(JSON.parse(json.text())).toEqual({ version: 1, input: "dkim-missing-selectr", matches: [], didYouMean: "dkim-missing-selector" });
  });

  it("JSON: the id's entry, and the explanations that name it", async () => {
    const { io, text } = captureIO();
    expect(await explainCommand.run(["--format", "json", "smtp-auth-failed"], io)).toBe(0);
    const json = JSON.parse(text());
    expect(json.id).toEqual({ id: "smtp-auth-failed", kind: "doctor finding", level: "error", description: DOCTOR_RULES.get("smtp-auth-failed")!.description, fix: DOCTOR_RULES.get("smtp-auth-failed")!.fix });
    expect(json.matches.map((m: { id: string }) => m.id)).toEqual(["auth-failed", "relay-denied"]);
  });

  it("every lint rule id and every doctor finding id is explained (exit 0, its own entry first)", async () => {
    const ids = [...new Set([...allRules.map((r) => r.meta.id), ...DOCTOR_RULES.keys()])];
    for (const id of ids) {
      const { io, text } = captureIO();
      expect(await explainCommand.run([id], io), id).toBe(0);
      expect(text().split("\n")[0], id).toMatch(new RegExp(`^${id} \\(maildns (doctor finding|lint rule, [a-z-]+), default level (error|warn|info)\\)$`));
    }
  });

  it("a hyphenated word far from every id is still read as error text", async () => {
    const { io, text } = captureIO();
    expect(await explainCommand.run(["auth-failure"], io)).toBe(1);
    expect(text()).toMatch(/^Not recognised: "auth-failure"\n\nmaildns explain knows these errors/);
  });
});
