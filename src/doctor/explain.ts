// `maildns explain`: the frequent-errors table of OVH's mail troubleshooting guide (reference
// ovh-mail-guide.fr.txt, "Erreurs fréquentes et solutions"; ovh-ex4-smtp-article.fr.txt, "Problèmes
// courants"), extended with the reply codes behind them (RFC 5321 §4.2.3, RFC 3463 enhanced codes,
// RFC 4954 §6, RFC 7372 §3 for 5.7.23) and the wording mail clients show, in English and French.
import type { DoctorRuleId } from "./checks.js";

export interface Explanation {
  id: string;
  title: string;
  /** What a pattern weighs: 3 for an unambiguous phrase or enhanced code, 1 for a bare reply code. */
  patterns: readonly (readonly [RegExp, number])[];
  cause: string;
  fix: string;
  /** The doctor steps and rule ids that confirm the cause, and how to run them. */
  confirm: { checks: readonly string[]; ruleIds: readonly (DoctorRuleId | string)[]; command: string };
  /** A typical message, shown when the text matched nothing. */
  example: string;
}

export const EXPLANATIONS: readonly Explanation[] = [
  {
    id: "auth-failed",
    title: "Login refused",
    patterns: [
      [/\b535\b/, 2],
      [/\b5\.7\.8\b/, 3],
      [/\bauthenticat\w* (failed|failure|unsuccessful|rejected|refused)|\bfailed to authenticate/i, 3],
      [/\bauthentification (refus|échou|echou)|échec de l'authentification|echec de l'authentification/i, 3],
      [/\binvalid (credentials|user ?name or password|login)|\b(user ?name|login) or password (is )?(incorrect|invalid|wrong)/i, 3],
      [/\b(identifiant|nom d'utilisateur) ou (le )?mot de passe (incorrect|invalide|erroné)|mot de passe incorrect/i, 3],
      [/\blogin (to server .*)?failed|\bAUTHENTICATIONFAILED\b|\bAUTHENTICATE failed\b|\bLOGIN failed\b/i, 3],
    ],
    cause:
      "The server refused the user name or password: the login is not the full e-mail address, the password is wrong or was changed recently, or the account is locked.",
    fix: "Use the full e-mail address as user name, check the password by logging in to the webmail, and reset it in the control panel if the webmail refuses it too.",
    confirm: {
      checks: ["submission-login", "imap-login"],
      ruleIds: ["smtp-auth-failed", "imap-login-failed"],
      // Never the password on the command line: the process list and the shell's history keep it.
      command: "MAILDNS_LOGIN_USER=you@example.com maildns doctor example.com --login --password-file FILE (or - to pipe it in)",
    },
    example: "535 5.7.8 Authentication failed",
  },
  {
    // RFC 4954 §6: 454 4.7.0 "Temporary authentication failure" says the server could not check the password
    // now (its authentication back end is down or busy), not that the password is wrong: resetting a working
    // password is the wrong fix. It outweighs the "authentication failure" phrase of auth-failed. The code
    // alone says nothing of a login: 454 is also STARTTLS's "TLS not available due to temporary reason"
    // (RFC 3207 §4), which the reply code's own explanation covers.
    id: "auth-temporary",
    title: "Login temporarily impossible",
    patterns: [
      [/\btemporary authentication failure\b|\bauthentication (is |service )?temporarily (unavailable|failed)\b/i, 5],
      [/\béchec temporaire de (l'|la )?authentification\b|\bechec temporaire de (l'|la )?authentification\b/i, 5],
    ],
    cause:
      "The server could not check the user name and password for now (its authentication service is down, busy or limiting attempts): the password itself may well be right.",
    fix: "Do not change the password for this: retry in a few minutes; if it lasts, check the provider's status page for the mail platform and give the provider's support the reply.",
    confirm: {
      checks: ["submission-login", "smtps-login", "imap-login"],
      ruleIds: ["smtp-temporary-failure", "imap-login-temporary"],
      command: "MAILDNS_LOGIN_USER=you@example.com maildns doctor example.com --login --password-file FILE (or - to pipe it in)",
    },
    example: "454 4.7.0 Temporary authentication failure",
  },
  {
    id: "connection-timeout",
    title: "Connection timed out",
    patterns: [
      [/\btimed? ?out\b|\btimeout\b|\bETIMEDOUT\b/i, 3],
      [/délai d'attente|delai d'attente|a expiré|a expire\b|temps d'attente/i, 3],
      [/\b0x8004210A\b|\b0x800CCC19\b/i, 3],
      [/\bno response from (the )?server\b|\bserver (is )?not responding\b|\bne répond pas\b/i, 2],
    ],
    cause:
      "Nothing answered on the port: the client uses STARTTLS on a port that speaks TLS from the first byte (465, 993), so each side waits for the other; or a local firewall, an antivirus or the network operator drops the traffic (port 25 and sometimes 587 are often blocked by operators).",
    fix: "On 465 or 993 set the security to SSL/TLS (STARTTLS belongs to 587); otherwise try the other submission port (465 SSL/TLS or 587 STARTTLS), open the port in the local firewall or antivirus, or ask the network administrator whether it is blocked.",
    confirm: {
      checks: ["imap-connect", "smtps-connect", "submission-connect", "submission-banner"],
      ruleIds: ["port-timeout", "starttls-on-implicit-tls-port", "connection-lost"],
      command: "maildns doctor example.com",
    },
    example: "Connection to server ssl0.ovh.net timed out",
  },
  {
    id: "connection-refused",
    title: "Connection refused",
    patterns: [
      [/\bconnection (was )?refused\b|\bECONNREFUSED\b|\bconnexion refusée\b|\bconnexion refusee\b/i, 3],
      [/\b(could not|couldn't|unable to|cannot|failed to) connect\b|impossible de (se )?connecter/i, 2],
      [/\b0x800CCC0E\b/i, 3],
    ],
    cause: "The server name or port is wrong, or a firewall actively rejects the connection.",
    fix: "Check the server name (ssl0.ovh.net, or your pro?/ex? server, without any https:// prefix) and the port: IMAP 993 SSL/TLS, SMTP 465 SSL/TLS or 587 STARTTLS.",
    confirm: { checks: ["imap-connect", "smtps-connect", "submission-connect"], ruleIds: ["port-unreachable"], command: "maildns doctor example.com" },
    example: "Connection refused (ssl0.ovh.net:587)",
  },
  {
    id: "network-unreachable",
    title: "Server not reached (no route, or a firewall)",
    patterns: [
      [/\bno route to host\b|\b(network|host) is unreachable\b|\bEHOSTUNREACH\b|\bENETUNREACH\b|\bEADDRNOTAVAIL\b/i, 3],
      [/\bconnect (EACCES|EPERM)\b/i, 3],
      [/\b(hôte|hote|réseau|reseau) inaccessible\b|\baucun chemin d'accès pour atteindre l'hôte\b/i, 3],
    ],
    cause:
      "The connection never reached the server: this computer is not connected, has no route to it, or a router or firewall on the way (the operator's, the hotel's or the company's, often on ports 25 and 587) rejects it; a firewall or antivirus on this computer does the same. Nothing is known about the server itself.",
    fix: "Check the network connection (does a web site load?), then try SMTP 465 SSL/TLS instead of 587, or another network (a phone's connection sharing); if that works, this network blocks the port: ask its administrator or operator.",
    confirm: { checks: ["imap-connect", "smtps-connect", "submission-connect"], ruleIds: ["network-unreachable"], command: "maildns doctor example.com" },
    example: "connect EHOSTUNREACH 192.0.2.1:587 - No route to host",
  },
  {
    id: "host-not-found",
    title: "Server name not found",
    patterns: [
      [/\bENOTFOUND\b|\bgetaddrinfo\b|\bEAI_AGAIN\b/i, 3],
      [/\b(server|host)( name)? (could not be|was not|not) found\b|\bunknown host\b|\bcannot find server\b/i, 3],
      [/\bserveur introuvable\b|\bintrouvable\b.*\bserveur\b|\bnom d'hôte\b.*\b(inconnu|introuvable)\b/i, 3],
      [/\b0x800CCC0D\b/i, 3],
    ],
    cause:
      "The server name does not resolve: a typo, or an https:// prefix copied from the control panel. With EAI_AGAIN the name may well exist: the DNS resolver failed or did not answer.",
    fix: "Type the server name exactly as the control panel shows it, without https:// (ssl0.ovh.net, pro?.mail.ovh.net, ex?.mail.ovh.net); after EAI_AGAIN, retry and check the network connection and DNS settings.",
    confirm: { checks: ["imap-connect", "smtps-connect", "submission-connect"], ruleIds: ["host-not-found", "host-lookup-failed"], command: "maildns doctor example.com --submission YOUR-SERVER" },
    example: "getaddrinfo ENOTFOUND https",
  },
  {
    id: "spf-rejected",
    title: "Rejected by the recipient's SPF check",
    patterns: [
      [/\b5\.7\.23\b/, 3],
      [/\bSPF\b/i, 3],
      [/\bnot (a )?(designated|permitted|authorized) (as )?(permitted )?sender\b|\bdoes not designate\b.*\bpermitted sender\b/i, 3],
      [/\bsender policy framework\b/i, 3],
      [/\b(classé|classe|marqué|marque) (en |comme )?(spam|indésirable)|\bmarked as spam\b|\bjunk\b/i, 1],
    ],
    cause: "The domain has no SPF record or a wrong one, or the mail left from a server the record does not list (a website, CRM or newsletter service sending as the domain).",
    fix: 'Publish or fix the SPF TXT record (OVH: "v=spf1 include:mx.ovh.com ~all"), add every third-party sender to it, then allow time for DNS caches to expire.',
    confirm: { checks: ["dns"], ruleIds: ["spf-missing"], command: "maildns doctor example.com" },
    example: "550 5.7.23 The message was rejected because of Sender Policy Framework violation",
  },
  {
    id: "dmarc-rejected",
    title: "Rejected as unauthenticated (DMARC)",
    patterns: [
      [/\b5\.7\.26\b/, 3],
      [/\b5\.7\.509\b/, 3],
      [/\bDMARC\b/i, 3],
      [/\bunauthenticated\b|\bnot authenticated\b.*\bsender\b|\bnon authentifi/i, 2],
    ],
    cause: "Neither SPF nor DKIM passed for the sender's domain, so the recipient applied the domain's DMARC policy (large providers also refuse mail that has no authentication at all).",
    fix: "Make SPF list every sender, publish the DKIM selectors OVH provides (the two CNAME records) and publish a DMARC record; harden DMARC only once both pass.",
    confirm: { checks: ["dns"], ruleIds: ["spf-missing", "dmarc-missing"], command: "maildns doctor example.com" },
    example: "550 5.7.26 This mail has been blocked because the sender is unauthenticated",
  },
  {
    id: "tls-certificate",
    title: "Certificate not valid",
    patterns: [
      [/\bcertificat\w*\b/i, 3],
      [/\bCERT_\w+\b|\bDEPTH_ZERO_SELF_SIGNED_CERT\b|\bself[- ]signed\b|\bunable to verify\b/i, 3],
      [/\bsecurity certificate\b|\btarget principal name is incorrect\b|\bcannot verify server identity\b|\bsecurity exception\b/i, 3],
      [/\b(not trusted|untrusted|non approuvé|non fiable|expired|expiré)\b/i, 1],
    ],
    cause:
      "The client could not validate the server's certificate: the computer's clock is wrong, a proxy or antivirus intercepts TLS, the certificate expired, the server name is not the one on the certificate (e.g. mail.example.com instead of ssl0.ovh.net), or, on a server of your own, its certificate is self-signed or sent without its intermediate certificate.",
    fix: "Check the computer's date and time, use the server name OVH documents for your offer, look at the certificate's issuer (an antivirus or proxy name means interception), and do not accept unknown certificates permanently.",
    confirm: {
      checks: ["imap-tls", "smtps-tls", "submission-tls"],
      ruleIds: ["tls-certificate-expired", "tls-certificate-not-yet-valid", "tls-certificate-untrusted", "tls-certificate-hostname", "tls-certificate-cn-only"],
      command: "maildns doctor example.com",
    },
    example: "The server you are connected to is using a security certificate that cannot be verified",
  },
  {
    id: "tls-mismatch",
    title: "Encryption setting does not match the port",
    patterns: [
      [/\bwrong version number\b|\bSSL routines\b|\bhandshake (failure|failed)\b|\bunsupported protocol\b|\bprotocol version\b/i, 3],
      [/\b0x800CCC1A\b|\bdoes not support the (connection )?encryption type\b|\bne prend pas en charge le type de chiffrement\b/i, 3],
      [/\b(TLS|SSL) (negotiation|handshake)\b/i, 2],
    ],
    cause: "The client uses SSL/TLS on a STARTTLS port or the reverse (465 and 993 are encrypted from the first byte, 587 starts in clear and upgrades with STARTTLS), or it only offers TLS older than 1.2.",
    fix: "Pair the settings: IMAP 993 SSL/TLS, SMTP 465 SSL/TLS, or SMTP 587 STARTTLS; enable TLS 1.2 or newer.",
    confirm: {
      checks: ["imap-tls", "smtps-tls", "submission-banner", "submission-starttls", "submission-tls"],
      ruleIds: ["implicit-tls-on-starttls-port", "starttls-on-implicit-tls-port", "tls-handshake-failed", "tls-version-too-old", "smtp-starttls-missing"],
      command: "maildns doctor example.com",
    },
    example: "SSL routines:ssl3_get_record:wrong version number",
  },
  {
    id: "starttls-required",
    title: "Encryption required",
    patterns: [
      [/\bmust issue a STARTTLS\b|\bSTARTTLS (is )?required\b|\b5\.7\.0 .*\bSTARTTLS\b/i, 3],
      [/\bencryption required\b|\bchiffrement (requis|obligatoire)\b/i, 3],
      [/\b538\b/, 2],
    ],
    cause: "The client tries to send (or log in) without encryption; the server wants STARTTLS first.",
    fix: "Set the security of the outgoing server to STARTTLS on 587, or SSL/TLS on 465.",
    confirm: { checks: ["submission-starttls"], ruleIds: ["smtp-starttls-missing", "smtp-starttls-refused"], command: "maildns doctor example.com" },
    example: "530 5.7.0 Must issue a STARTTLS command first",
  },
  {
    id: "relay-denied",
    title: "Relaying denied (not logged in)",
    patterns: [
      [/\brelay(ing)? (access )?(denied|not permitted|prohibited|refused)\b|\bnot (allowed|permitted) to relay\b|\bunable to relay\b/i, 3],
      [/\brelais (refusé|interdit|non autorisé)\b/i, 3],
      [/\b(authentication|auth) required\b|\bmust (be )?authenticat|\bclient was not authenticated\b|\b5\.7\.57\b/i, 3],
      [/\b55[04] 5\.7\.1\b/, 2],
      [/\b530 5\.7\.0\b/, 1],
      [/\b5\.7\.1\b/, 1],
    ],
    cause: "The client sent mail without logging in (the outgoing server's authentication is off), or through a server that is not its own submission server.",
    fix: 'Turn on "My outgoing server (SMTP) requires authentication" (same settings as the incoming server, full e-mail address), and send through your offer\'s server on 465 or 587, not port 25.',
    confirm: { checks: ["submission-auth", "submission-login"], ruleIds: ["smtp-auth-missing", "smtp-auth-failed"], command: "maildns doctor example.com --login" },
    example: "554 5.7.1 <user@example.net>: Relay access denied",
  },
  {
    id: "mailbox-full",
    title: "Mailbox full",
    patterns: [
      [/\b5\.2\.2\b|\b4\.2\.2\b/, 3],
      [/\bmailbox (is )?full\b|\bover ?quota\b|\bquota (exceeded|reached|dépassé|atteint)\b|\bexceeded (its|the)? ?storage\b|\binsufficient (system )?storage\b/i, 3],
      [/\b(boîte|boite)( aux lettres| mail)? (est )?pleine\b|\bcompte plein\b|\bespace (de stockage )?insuffisant\b/i, 3],
      [/\b552\b|\b452\b/, 1],
    ],
    cause: "The mailbox reached its quota; it refuses new mail until space is freed.",
    fix: "Delete messages (and empty the trash) in the webmail, or raise the quota or move to a larger offer in the control panel.",
    confirm: { checks: [], ruleIds: [], command: "no network check shows a quota: look at the mailbox's usage in the webmail or the control panel" },
    example: "552 5.2.2 Mailbox full",
  },
  {
    id: "blocklisted",
    title: "Sending address on a block list",
    patterns: [
      [/\bblocked using\b|\blisted (at|on|in)\b|\bblack ?list|\bblock ?list|\bdeny ?list|\bRBL\b|\bDNSBL\b/i, 3],
      [/\bspamhaus\b|\bspamcop\b|\bbarracuda\b|\bsorbs\b/i, 3],
      [/\bliste noire\b|\bliste de blocage\b/i, 3],
      [/\b5\.7\.606\b|\bbanned sending IP\b/i, 3],
    ],
    cause: "The address the mail left from is listed on a DNS block list the recipient uses (often a compromised account, form or server).",
    fix: "Find and stop the cause, then ask the list for delisting; if the address is one of OVH's servers, contact OVH support.",
    confirm: { checks: ["dnsbl"], ruleIds: ["dnsbl-listed"], command: "maildns doctor example.com --dnsbl zen.spamhaus.org" },
    example: "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org",
  },
  {
    id: "recipient-unknown",
    title: "Recipient does not exist",
    patterns: [
      [/\b5\.1\.1\b/, 3],
      [/\buser unknown\b|\bno such (user|mailbox)\b|\bmailbox (unavailable|not found|does not exist)\b|\brecipient (address )?rejected\b|\baddress (not found|couldn't be found)\b/i, 3],
      [/\badresse (introuvable|inconnue)\b|\bdestinataire inconnu\b/i, 3],
      [/\b550\b/, 1],
    ],
    cause: "The recipient address is mistyped or the mailbox does not exist (not created yet, or the domain's MX points elsewhere).",
    fix: "Check the address; for your own domain, make sure the mailbox exists in the control panel and that the MX records point at your offer's servers.",
    confirm: { checks: ["dns"], ruleIds: ["mx-missing"], command: "maildns doctor example.com" },
    example: "550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown",
  },
];

export interface ExplainMatch {
  explanation: Explanation;
  score: number;
}

/** Long pasted logs are cut: the error is usually near the start, and the patterns must not run on megabytes. */
const MAX_INPUT = 4000;
/**
 * A whole bounce pasted with its headers puts the error further down: its delivery status lines (RFC 3464
 * §2.3: Status, Diagnostic-Code) and reply lines are picked out of the first megabyte, a bounded number of
 * them, each of bounded length.
 */
const MAX_SCAN = 1_000_000;
const MAX_DIAGNOSTIC_LINES = 20;
const MAX_DIAGNOSTIC_LINE = 1000;
const DIAGNOSTIC_LINE = /^\s*(?:Diagnostic-Code|Status|Remote-MTA)\s*:|(?:^|\s)[45][0-5]\d[ -]|(?:^|\s)[45]\.\d{1,3}\.\d{1,3}\b/i;

function diagnosticLines(text: string): string[] {
  const found: string[] = [];
  const scanned = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  let start = MAX_INPUT > scanned.length ? scanned.length : scanned.lastIndexOf("\n", MAX_INPUT) + 1;
  while (start < scanned.length && found.length < MAX_DIAGNOSTIC_LINES) {
    let end = scanned.indexOf("\n", start);
    if (end < 0) end = scanned.length;
    if (end - start <= MAX_DIAGNOSTIC_LINE) {
      const line = scanned.slice(start, end);
      if (DIAGNOSTIC_LINE.test(line)) found.push(line);
    }
    start = end + 1;
  }
  return found;
}

/** Explanations whose patterns match, best first (ties keep catalogue order); else what the reply code says. */
export function explainError(text: string): ExplainMatch[] {
  const input = [text.slice(0, MAX_INPUT), ...diagnosticLines(text)].join(" ").replace(/\s+/g, " ");
  const matches: ExplainMatch[] = [];
  for (const explanation of EXPLANATIONS) {
    let score = 0;
    for (const [pattern, weight] of explanation.patterns) if (pattern.test(input)) score += weight;
    if (score > 0) matches.push({ explanation, score });
  }
  if (matches.length === 0) {
    const generic = replyCodeExplanation(input);
    if (generic) matches.push({ explanation: generic, score: 1 });
  }
  return matches.sort((a, b) => b.score - a.score);
}

/** RFC 3463 §4: the subject of an enhanced status code, its second number. */
const STATUS_SUBJECTS: readonly string[] = [
  "no particular cause",
  "an address",
  "the recipient's mailbox",
  "the receiving mail system",
  "the network or routing",
  "the mail protocol dialogue",
  "the message's content",
  "security or policy",
];

/**
 * A failure reply the catalogue has no entry for, explained by its code alone: the first digit says
 * temporary (4yz) or permanent (5yz) (RFC 5321 §4.2.1; its second digit is 0 to 5), and an enhanced status
 * code of the same class names the subject (RFC 3463 §3.1, §4). Null when the text carries no such code.
 */
export function replyCodeExplanation(text: string): Explanation | null {
  const reply = /(?:^|[\s(\[<"'])([45][0-5]\d)(?=[\s-]|$)/.exec(text);
  if (!reply) return null;
  const code = reply[1]!;
  const klass = code[0]!;
  const enhanced = new RegExp(`(?:^|\\s)(${klass})\\.(\\d{1,3})\\.(\\d{1,3})(?=\\s|$|[.,;:)\\]])`).exec(text);
  const subject = enhanced ? STATUS_SUBJECTS[Number(enhanced[2])] : undefined;
  const codes = enhanced ? `${code} ${enhanced[1]}.${enhanced[2]}.${enhanced[3]}` : code;
  const temporary = klass === "4";
  const about = subject ? ` Its enhanced code points at ${subject} (RFC 3463).` : "";
  return {
    id: temporary ? "smtp-reply-temporary" : "smtp-reply-permanent",
    title: `${temporary ? "Temporary" : "Permanent"} failure (${codes})${subject ? `: ${subject}` : ""}`,
    patterns: [],
    cause: temporary
      ? `The server that answered ${codes} refused for now: a 4xx reply is temporary (RFC 5321 §4.2.1), and the sending side retries by itself.${about}`
      : `The server that answered ${codes} refused for good: a 5xx reply is permanent (RFC 5321 §4.2.1), and the message is not retried.${about}`,
    fix: temporary
      ? "Wait and try again: mail clients and servers retry a 4xx on their own. If it lasts more than a few hours, send the full error, with its date, to the provider of the server that answered."
      : "Read the server's text after the code, which names the reason; correct it and send again, or send the full error to the provider of the server that answered.",
    confirm: { checks: [], ruleIds: [], command: "`maildns doctor example.com` checks your own side: DNS, ports, TLS and login" },
    example: temporary ? "421 4.3.2 System not accepting network messages" : "554 5.0.0 Transaction failed",
  };
}

/** Matches worth showing: the best, and the others close to it (a bare code alone is never enough against a phrase). */
export function relevantMatches(matches: readonly ExplainMatch[]): ExplainMatch[] {
  const best = matches[0]?.score ?? 0;
  return matches.filter((m) => m.score >= Math.max(2, best - 1) || m === matches[0]);
}
