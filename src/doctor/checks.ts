// The doctor's rule catalogue: one entry per finding id it can report. The ids are public (JSON output,
// `maildns explain`), like the lint rule ids; the DNS ids reuse the lint rules' own (src/rules/catalogue.json).
import type { Finding, Level } from "../engine/types.js";
import { fillTemplate } from "../engine/messages.js";

export interface DoctorRule {
  id: string;
  level: Level;
  /** One sentence: what the check found. */
  description: string;
  /** `{{placeholder}}` template filled from the finding's data. */
  message: string;
  /** What to do about it. */
  fix: string;
}

const rules = [
  {
    id: "mx-missing",
    level: "error",
    description: "The domain publishes no MX record, so other servers cannot deliver mail to it.",
    message: "{{domain}} has no MX record",
    fix: "Publish the MX set of your mail offer (OVH: 1 mx0.mail.ovh.net. … 200 mx4.mail.ovh.net.).",
  },
  {
    id: "spf-missing",
    level: "error",
    description: "The domain publishes no `v=spf1` TXT record at its apex.",
    message: "{{domain}} has no SPF record",
    fix: 'Publish `@ TXT "v=spf1 include:mx.ovh.com ~all"`, plus every other service that sends as the domain.',
  },
  {
    id: "dmarc-missing",
    level: "warn",
    description: "The domain publishes no `v=DMARC1` TXT record at `_dmarc`.",
    message: "{{domain}} has no DMARC record at _dmarc.{{domain}}",
    fix: 'Publish `_dmarc TXT "v=DMARC1; p=quarantine; rua=mailto:<a mailbox you read>"` and read the reports.',
  },
  {
    id: "dns-lookup-failed",
    level: "warn",
    description: "A DNS question got no usable answer (timeout, SERVFAIL, refused), so the check could not conclude.",
    message: "DNS lookup of {{name}} {{type}} failed: {{reason}}",
    fix: "Retry, or ask another resolver (--resolver IP); a domain whose servers do not answer cannot receive mail either.",
  },
  {
    id: "port-unreachable",
    level: "error",
    description: "The server's host answered and refused the connection (a TCP reset: nothing listens on that port, or a firewall rejects it with a reset).",
    message: "{{target}} refused the connection ({{service}})",
    fix: "Check the server name and port in the mail client (IMAP 993 SSL/TLS, SMTP 465 SSL/TLS or 587 STARTTLS); if they are right, the service is down on that port (retry later, check the provider's status page) or a local firewall or antivirus rejects the port.",
  },
  {
    id: "network-unreachable",
    level: "error",
    description: "The connection never reached the server: no route to it (a router or firewall on the way rejects it, or this computer is not connected), or a firewall on this computer forbade it. Nothing is known about the server itself.",
    message: "{{target}} could not be reached ({{service}}): {{reason}}",
    fix: "Check this computer's network connection first (does a web site load?); then whether this network blocks the port: many operators, hotel and company networks block outgoing mail ports (25, sometimes 587), so try 465 SSL/TLS or another network (a phone's connection sharing); a firewall or antivirus on this computer that blocks the mail client shows the same.",
  },
  {
    id: "port-timeout",
    level: "error",
    description: "The connection got no answer at all within the timeout: a firewall or the network operator drops the traffic.",
    message: "{{target}} did not answer within {{timeoutMs}} ms ({{service}})",
    fix: "Try the other submission port (465 or 587), open the port in the local firewall, or ask the network administrator or operator whether it is blocked.",
  },
  {
    id: "host-not-found",
    level: "error",
    description: "The server name does not resolve to an address.",
    message: "{{host}} does not resolve ({{reason}})",
    fix: "Copy the server name from the control panel exactly, without any https:// prefix (ssl0.ovh.net, pro?.mail.ovh.net, ex?.mail.ovh.net).",
  },
  {
    id: "host-lookup-failed",
    level: "error",
    description: "The server name could not be looked up: the DNS resolver failed or did not answer, so whether the name exists is unknown.",
    message: "{{host}} could not be looked up ({{reason}}); whether the name exists is unknown",
    fix: "Retry; if it lasts, check this computer's network connection and DNS settings (every mail client on it fails the same way), or try from another network.",
  },
  {
    id: "tls-handshake-failed",
    level: "error",
    description: "The TLS handshake did not complete (the port does not speak TLS, or no protocol version/cipher in common).",
    message: "TLS handshake with {{target}} failed: {{reason}}",
    fix: "Match the security setting to the port: 993 and 465 are SSL/TLS from the first byte, 587 uses STARTTLS. If it failed after STARTTLS, the setting is right: the server and this computer have no TLS version or cipher in common (the reason names it), or something on the way (an antivirus, a firewall) breaks TLS.",
  },
  {
    id: "starttls-on-implicit-tls-port",
    level: "error",
    description: "The port speaks TLS from the first byte (implicit TLS, as 465 and 993 do) but was tried with STARTTLS, which waits for a greeting in clear: each side waits for the other.",
    message: "{{target}} speaks TLS from the first byte (implicit TLS), but was set up as {{service}}: the client waits for a greeting in clear that never comes",
    fix: "Set the security for this port to SSL/TLS, as 465 (SMTP) and 993 (IMAP) expect; or keep STARTTLS and use port 587 for SMTP.",
  },
  {
    id: "implicit-tls-on-starttls-port",
    level: "error",
    description: "The port greets in clear and expects STARTTLS (as 587 does) but was tried with TLS from the first byte (implicit TLS), so the handshake fails.",
    message: "{{target}} greets in clear ({{greeting}}) and expects STARTTLS, but was set up as {{service}}: the TLS handshake fails",
    fix: "Set the security for this port to STARTTLS, as 587 (SMTP) and 143 (IMAP) expect; or keep SSL/TLS and use port 465 for SMTP or 993 for IMAP.",
  },
  {
    id: "tls-version-too-old",
    level: "error",
    description: "The server negotiated a TLS version older than 1.2.",
    message: "{{target}} negotiated {{version}}; TLS 1.2 or newer is expected",
    fix: "Use TLS 1.2 or newer; if the server only offers older versions, it is not the server your offer documents.",
  },
  {
    id: "tls-certificate-untrusted",
    level: "error",
    description: "The server's certificate chain does not lead to a trusted authority (an intermediate certificate not sent, a self-signed certificate, a private authority, an interception), or carries a signature or key that mail clients refuse.",
    message: "The certificate of {{target}} is not trusted: {{why}} ({{reason}}); issuer: {{issuer}}",
    fix: "Act on the cause the message names, and look at the issuer. The intermediate certificate not sent (UNABLE_TO_VERIFY_LEAF_SIGNATURE, UNABLE_TO_GET_ISSUER_CERT_LOCALLY with a public authority as issuer): the server's administrator must install the whole chain the authority delivered (the certificate followed by its intermediates, e.g. Let's Encrypt's fullchain.pem, not cert.pem). Self-signed (DEPTH_ZERO_SELF_SIGNED_CERT): replace it with a certificate from a public authority. A private authority (SELF_SIGNED_CERT_IN_CHAIN): pass its certificate with --ca if it is your own or your company's. An issuer named after an antivirus, a firewall or a proxy means it intercepts TLS (on OVH's servers, whose certificates come from a public authority, an untrusted chain almost always means this): turn the interception of mail off. An authority of the chain out of date (CERT_HAS_EXPIRED, CERT_NOT_YET_VALID, the server's own certificate in date): check this computer's clock; if it is right, the server's administrator must send the current intermediate certificate instead of the old one. Never accept the certificate permanently in the mail client. A certificate signed with MD5 or SHA-1, or with a key too small (CA_MD_TOO_WEAK, EE_KEY_TOO_SMALL, CA_KEY_TOO_SMALL), must be reissued by the server's owner: mail clients refuse it.",
  },
  {
    id: "tls-certificate-hostname",
    level: "error",
    description: "The server's certificate is not issued for the host name the client connects to.",
    message: "The certificate of {{target}} is for {{names}}, not {{host}}",
    fix: "Use the host name the certificate names (for OVH: ssl0.ovh.net, pro?.mail.ovh.net or ex?.mail.ovh.net), not a CNAME of your own domain such as mail.example.com.",
  },
  {
    id: "tls-certificate-cn-only",
    level: "warn",
    description:
      "The server's certificate has no subjectAltName and names its host only in its subject's Common Name (CN): clients that no longer read the Common Name (RFC 9525; Apple Mail on iOS 13, macOS 10.15 and later) refuse it, while others still accept it.",
    message: "The certificate of {{target}} names {{host}} only in its subject's Common Name (CN={{cn}}), with no subjectAltName: Apple Mail (iOS 13, macOS 10.15 and later) and other clients that no longer read the Common Name refuse it",
    fix: "The server's owner must reissue the certificate with its name in a subjectAltName, as every public authority does (a self-made one: openssl req ... -addext \"subjectAltName=DNS:mail.example.com\").",
  },
  {
    id: "tls-certificate-expired",
    level: "error",
    description: "The server's certificate expired, or the computer's clock is ahead.",
    message: "The certificate of {{target}} expired on {{notAfter}} (issuer: {{issuer}})",
    fix: "Check the computer's date and time first; if they are right, the server's certificate really expired and the provider must renew it.",
  },
  {
    id: "tls-certificate-not-yet-valid",
    level: "error",
    description: "The server's certificate is not valid yet, which almost always means the computer's clock is behind.",
    message: "The certificate of {{target}} is only valid from {{notBefore}} (issuer: {{issuer}})",
    fix: "Check the computer's date, time and time zone, and turn on automatic time setting.",
  },
  {
    id: "smtp-banner-missing",
    level: "error",
    description: "The SMTP server did not greet with a 220 banner.",
    message: "{{target}} sent no SMTP 220 greeting ({{reason}})",
    fix: "Make sure this is an SMTP port and the security setting matches it (465 SSL/TLS, 587 STARTTLS).",
  },
  {
    id: "smtp-ehlo-rejected",
    level: "error",
    description: "The SMTP server refused EHLO with a permanent (5xx) reply, so no extension (STARTTLS, AUTH) can be used.",
    message: "{{target}} did not accept EHLO: {{reply}}",
    fix: "Make sure this is the submission server of your offer; a server that refuses EHLO from you may be blocking your network.",
  },
  {
    id: "smtp-temporary-failure",
    level: "error",
    description: "The SMTP server answered with a temporary failure (a 4xx reply, RFC 5321 §4.2.1): it is busy, restarting or limiting connections for now, so the later steps could not be checked; this is not a refusal.",
    message: "{{target}} answered {{step}} with a temporary failure: {{reply}}",
    fix: "Run the doctor again in a few minutes: a 4xx reply (421 service not available, 451 local error) means try later; if it lasts, try from another network (the server may be limiting connections from your address) and tell the provider the reply.",
  },
  {
    id: "smtp-starttls-missing",
    level: "error",
    description: "The submission port does not offer STARTTLS, so the password would travel in clear.",
    message: "{{target}} does not offer STARTTLS",
    fix: "Do not send the password in clear: use 465 with SSL/TLS, or check that nothing on the network strips STARTTLS.",
  },
  {
    id: "smtp-starttls-refused",
    level: "error",
    description: "The submission port advertises STARTTLS in its EHLO reply, then refuses the STARTTLS command, so a client stops before sending the password.",
    message: "{{target}} advertises STARTTLS but refused it: {{reply}}",
    fix: "The server offers encryption and then refuses it (RFC 3207 §4: 454 is a temporary failure): retry later, use 465 with SSL/TLS meanwhile, and tell the provider if it persists.",
  },
  {
    id: "connection-lost",
    level: "error",
    description: "The server answered at first, then went silent or closed the connection in the middle of the dialogue, so the later steps could not be checked: this says nothing about the mailbox itself.",
    message: "{{target}} stopped answering during {{step}}: {{reason}}",
    fix: "Run the doctor again: a server that stops mid-dialogue is overloaded or restarting, or something on the way (an antivirus or firewall that inspects mail traffic, a proxy) cuts the connection; if it happens again, try from another network and tell the provider which step stopped.",
  },
  {
    id: "server-reply-malformed",
    level: "error",
    description: "The server answered a command with something that is not a reply of the protocol spoken on that port (or one too long to be one), so the later steps could not be checked.",
    message: "{{target}} answered {{step}} with something that is not {{expected}}: {{reply}}",
    fix: "Make sure this host and port are your offer's mail server (IMAP 993 SSL/TLS, SMTP 465 SSL/TLS or 587 STARTTLS): another service answers there, or an antivirus, firewall or proxy rewrites the traffic.",
  },
  {
    id: "smtp-auth-missing",
    level: "error",
    description: "The SMTP server advertises no AUTH mechanism, so the client cannot log in to send.",
    message: "{{target}} advertises no AUTH mechanism{{when}}",
    fix: "Use the submission server of your offer (465 SSL/TLS or 587 STARTTLS), not an MX host or port 25.",
  },
  {
    id: "smtp-auth-failed",
    level: "error",
    description: "The SMTP server rejected the login.",
    message: "{{target}} rejected the login: {{reply}}",
    fix: "Log in with the full e-mail address as user name, check the password in the webmail, reset it in the control panel if needed.",
  },
  {
    id: "imap-greeting-missing",
    level: "error",
    description: "The IMAP server did not send an `* OK` greeting.",
    message: "{{target}} sent no IMAP greeting ({{reason}})",
    fix: "Make sure this is the IMAP server of your offer, on port 993 with SSL/TLS.",
  },
  {
    id: "imap-login-disabled",
    level: "error",
    description: "The IMAP server advertises LOGINDISABLED and no AUTH mechanism on an encrypted connection.",
    message: "{{target}} does not allow logging in (LOGINDISABLED, no AUTH=)",
    fix: "Check that the mailbox's offer allows IMAP and that the client uses the offer's IMAP server on 993 SSL/TLS.",
  },
  {
    id: "imap-login-failed",
    level: "error",
    description: "The IMAP server refused the login (a tagged NO to AUTHENTICATE or LOGIN, RFC 9051 §6.2.2/§6.2.3): the mail client cannot read the mailbox with these credentials.",
    message: "{{target}} refused the IMAP login: {{reply}}",
    fix: "Log in with the full e-mail address as user name and check the password in the webmail (OVH's guide: test the account in the webmail); reset it in the control panel if the webmail refuses it too. [AUTHORIZATIONFAILED] or [CONTACTADMIN] mean the account itself is blocked: ask its administrator.",
  },
  {
    id: "imap-login-temporary",
    level: "error",
    description: "The IMAP server could not check the login for now (NO [UNAVAILABLE] or NO [SERVERBUG], RFC 5530 §3): a fault of the server, not of the password.",
    message: "{{target}} could not check the IMAP login for now: {{reply}}",
    fix: "Do not change the password for this: retry in a few minutes, and if it lasts give the provider's support the reply.",
  },
  {
    id: "dnsbl-listed",
    level: "warn",
    description: "A sending address of the domain is listed on a DNS block list.",
    message: "{{ip}} ({{source}}) is listed on {{zone}}: {{answer}}",
    fix: "Find and stop the cause (compromised account, form or server), then ask the list to delist the address; for OVH's own servers, contact OVH support.",
  },
] as const satisfies readonly DoctorRule[];

export type DoctorRuleId = (typeof rules)[number]["id"];

export const DOCTOR_RULES: ReadonlyMap<DoctorRuleId, DoctorRule> = new Map(rules.map((rule) => [rule.id, rule]));

/** The engine's: `{{name}}` placeholders filled, unknown ones left visible so a missing datum shows in tests. */
export { fillTemplate };

/** A doctor finding in the lint contract (no file position: it is about a live system, not a YAML node). */
export function doctorFinding(
  ruleId: DoctorRuleId,
  domain: string,
  name: string | null,
  data: Readonly<Record<string, string | number>>,
): Finding {
  const rule = DOCTOR_RULES.get(ruleId)!;
  return {
    ruleId,
    level: rule.level,
    message: fillTemplate(rule.message, { domain, ...data }),
    domain,
    file: null,
    name,
    line: 0,
    column: 0,
    endLine: 0,
    endColumn: 0,
    messageId: "default",
    data: { ...data },
  };
}
