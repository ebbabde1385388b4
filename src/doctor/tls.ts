// TLS assessment of a finished handshake (OVH guide: "TLS 1.2 or newer, certificate verification on";
// invalid certificate = wrong clock, interception or expiry). Split from the socket code so the
// judgement is a pure function of what the handshake showed.
import { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { isIP } from "node:net";
import tls from "node:tls";
import { weakLinkInChain, type WeakLink } from "./cert-signature.js";
import { MAX_CHAIN, certificatesOfPem, chainDistrust, type ChainDistrust } from "./chain-trust.js";
import type { DoctorRuleId } from "./checks.js";

export interface TlsObservation {
  /** "TLSv1.3", "TLSv1.2", "TLSv1.1", "TLSv1"... */
  protocol: string | null;
  /** OpenSSL's verification result for the chain, null when trusted. */
  authorizationError: string | null;
  subject: string;
  issuer: string;
  /** DNS and IP names of the certificate (subjectAltName, else CN). */
  names: string[];
  notBefore: Date | null;
  notAfter: Date | null;
  /** Result of RFC 6125 name matching against the host we connected to; null when it matched. */
  hostnameError: string | null;
  /** A certificate of the chain signed with MD5 or SHA-1, or with too small a key: OpenSSL lets them through at security level 0. */
  weakLink: WeakLink | null;
  /**
   * When OpenSSL's verdict is a date error, which hides any other (see DATE_ERRORS): the chain's trust judged
   * apart, dates left aside; null when it leads to a trusted authority, or when it was not asked.
   */
  hiddenDistrust: ChainDistrust | null;
  /**
   * The certificate has no subjectAltName, and the host name matched its subject's Common Name, which Node
   * (like OpenSSL and older clients) still reads then: the CN, else null.
   */
  commonNameOnly: string | null;
  /**
   * When OpenSSL's verdict is a date error: the validity of each authority of the chain (the server's
   * certificate left out, which has its own dates above), so a date error that is not the server
   * certificate's is said too; empty otherwise. Only then: Node's chain may hold a cross-signed authority
   * OpenSSL did not use (it prefers a trusted root), whose dates say nothing.
   */
  authorities: { name: string; notBefore: Date | null; notAfter: Date | null }[];
}

export interface TlsProblem {
  ruleId: DoctorRuleId;
  data: Record<string, string>;
}

/**
 * Verification results judged by their own checks: dates (against our clock) and the name (Node puts
 * its host-name verdict in the same field), so the chain verdict stays about trust alone.
 */
const NOT_CHAIN_ERRORS = new Set(["CERT_HAS_EXPIRED", "CERT_NOT_YET_VALID", "ERR_TLS_CERT_ALTNAME_INVALID"]);

/**
 * OpenSSL's date verdicts (X509_V_ERR_*), of a certificate of the chain. OpenSSL keeps only the last error
 * of a verification, and checks dates after building the chain, so one of these may hide that the chain
 * leads to no trusted authority: the chain is then judged apart (chain-trust.ts).
 */
const DATE_ERRORS = new Set(["CERT_HAS_EXPIRED", "CERT_NOT_YET_VALID", "ERROR_IN_CERT_NOT_BEFORE_FIELD", "ERROR_IN_CERT_NOT_AFTER_FIELD"]);
const MODERN = new Set(["TLSv1.2", "TLSv1.3"]);

/**
 * OpenSSL's chain verdicts (X509_V_ERR_*, as Node names them) in the words a person acts on, each with its
 * likely cause. The commonest in practice: a server that sends its certificate without the intermediate
 * certificate linking it to a public authority (some clients fetch it themselves, from the certificate's
 * Authority Information Access, RFC 5280 §4.2.2.1; most mail clients do not), then a self-hosted server's
 * self-signed certificate, a private authority, and an antivirus or proxy that intercepts TLS with an
 * authority of its own (the OVH guide's "interception TLS": look at the issuer).
 */
const CHAIN_ERROR_WORDS: Readonly<Record<string, string>> = {
  DEPTH_ZERO_SELF_SIGNED_CERT:
    "it is self-signed, vouched for by no authority: a self-hosted server's own certificate, or one made up by an antivirus or proxy that intercepts TLS",
  SELF_SIGNED_CERT_IN_CHAIN:
    "its chain ends at an authority that is not trusted here: a private one (a company's, a self-hosted server's), or an antivirus or proxy that intercepts TLS",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    "the chain the server sent stops at an authority that is not trusted here: most often the server does not send its intermediate certificate; else the authority is unknown (a private one, or an interception)",
  UNABLE_TO_GET_ISSUER_CERT:
    "the certificate of an authority of its chain is missing: most often the server does not send its intermediate certificate",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    "its issuer is not a trusted authority and the server sent no certificate linking it to one: most often the server does not send its intermediate certificate; else the issuer is unknown (a private authority, or an interception)",
  CERT_SIGNATURE_FAILURE: "its signature does not verify",
  CERT_REVOKED: "it was revoked",
  INVALID_CA: "a certificate in its chain is not allowed to act as an authority",
  CERT_UNTRUSTED: "its authority is not trusted for this purpose",
  CERT_REJECTED: "its authority is marked as not to be trusted",
  CERT_CHAIN_TOO_LONG: "its chain is too long to be followed to an authority",
};

/**
 * `ca`: the PEM the handshake trusted instead of Node's store (--ca), or null for the store; used only to
 * judge the chain apart when OpenSSL's verdict is a date error.
 */
export function observeTls(socket: tls.TLSSocket, host: string, ca: string | null): TlsObservation {
  const cert = socket.getPeerCertificate(false);
  const hasCert = cert && Object.keys(cert).length > 0;
  const authorizationError = socket.authorized ? null : String(socket.authorizationError ?? "UNKNOWN");
  let hostnameError: string | null = null;
  if (hasCert) {
    const error = tls.checkServerIdentity(host, cert);
    hostnameError = error ? error.message : null;
  } else {
    hostnameError = "no certificate";
  }
  return {
    protocol: socket.getProtocol(),
    authorizationError,
    subject: hasCert ? distinguishedName(cert.subject) : "",
    issuer: hasCert ? distinguishedName(cert.issuer) : "",
    names: hasCert ? certificateNames(cert) : [],
    notBefore: hasCert ? certificateDate(cert.valid_from) : null,
    notAfter: hasCert ? certificateDate(cert.valid_to) : null,
    hostnameError,
    weakLink: hasCert ? weakLinkInChain(socket.getPeerCertificate(true)) : null,
    authorities: hasCert && authorizationError !== null && DATE_ERRORS.has(authorizationError) ? authoritiesOf(socket.getPeerCertificate(true)) : [],
    commonNameOnly: hasCert && !cert.subjectaltname && hostnameError === null && isIP(host) === 0 ? (certificateNames(cert)[0] ?? null) : null,
    hiddenDistrust: hasCert && authorizationError !== null && DATE_ERRORS.has(authorizationError) ? chainDistrust(presentedChain(socket.getPeerCertificate(true)), trustedSet(ca)) : null,
  };
}

/**
 * The certificates of the peer's chain, the server's first, as Node links them by issuer (the order the
 * server sent them in is not kept): each once, at most one more than chain-trust follows, so a chain too
 * long is seen as such. Node also links the issuer it found in the trusted store, which the store then vouches for.
 */
export function presentedChain(leaf: tls.DetailedPeerCertificate): X509Certificate[] {
  const chain: X509Certificate[] = [];
  const seen = new Set<string>();
  let cert: tls.DetailedPeerCertificate | undefined = leaf;
  while (cert?.raw && chain.length <= MAX_CHAIN && !seen.has(cert.fingerprint256)) {
    seen.add(cert.fingerprint256);
    try {
      chain.push(new X509Certificate(cert.raw));
    } catch {
      break;
    }
    cert = cert.issuerCertificate;
  }
  return chain;
}

/** The authorities above the server's certificate, as Node links them, each once, at most MAX_CHAIN. */
function authoritiesOf(leaf: tls.DetailedPeerCertificate): TlsObservation["authorities"] {
  const authorities: TlsObservation["authorities"] = [];
  const seen = new Set<string>([leaf.fingerprint256]);
  let cert: tls.DetailedPeerCertificate | undefined = leaf.issuerCertificate;
  while (cert?.raw && authorities.length < MAX_CHAIN && !seen.has(cert.fingerprint256)) {
    seen.add(cert.fingerprint256);
    const cn = cert.subject?.CN;
    authorities.push({ name: `CN=${Array.isArray(cn) ? cn.join("+") : (cn ?? "?")}`, notBefore: certificateDate(cert.valid_from), notAfter: certificateDate(cert.valid_to) });
    cert = cert.issuerCertificate;
  }
  return authorities;
}

let storeCertificates: X509Certificate[] | null = null;

/**
 * What the handshake trusted: the --ca PEM, else Node's store (its bundled authorities, and those of
 * NODE_EXTRA_CA_CERTS, which Node adds to them at start-up), read once.
 */
function trustedSet(ca: string | null): X509Certificate[] {
  if (ca !== null) return certificatesOfPem(ca);
  if (!storeCertificates) {
    let extra = "";
    const file = process.env.NODE_EXTRA_CA_CERTS;
    if (file) {
      try {
        extra = readFileSync(file, "utf8");
      } catch {
        // Node could not read it either, and said so at start-up.
      }
    }
    storeCertificates = certificatesOfPem(`${tls.rootCertificates.join("\n")}\n${extra}`);
  }
  return storeCertificates;
}

/**
 * A validity date as Node prints it from the certificate ("Mar  1 00:00:00 2027 GMT"), or null when there is
 * none or it does not read as a date (OpenSSL prints "Bad time value" for a malformed ASN.1 time): an
 * unreadable date is no date, never an Invalid Date that every later comparison answers false.
 */
export function certificateDate(text: string | undefined): Date | null {
  if (!text) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

function distinguishedName(dn: tls.Certificate | undefined): string {
  if (!dn) return "";
  const parts: string[] = [];
  for (const key of ["CN", "O", "C"] as const) {
    const value = dn[key];
    if (value) parts.push(`${key}=${Array.isArray(value) ? value.join("+") : value}`);
  }
  return parts.join(", ");
}

function certificateNames(cert: tls.PeerCertificate): string[] {
  const san = cert.subjectaltname;
  if (san) {
    return san
      .split(/,\s*/)
      .map((entry) => entry.replace(/^(DNS|IP Address):/, ""))
      .filter((name) => name.length > 0);
  }
  const cn = cert.subject?.CN;
  return cn ? (Array.isArray(cn) ? cn : [cn]) : [];
}

/** Every problem the handshake shows, in the order a person should fix them (clock first: it explains the rest). */
export function assessTls(observation: TlsObservation, target: string, host: string, now: Date): TlsProblem[] {
  const problems: TlsProblem[] = [];
  const issuer = observation.issuer || "(none)";
  if (observation.notBefore && now < observation.notBefore) {
    problems.push({ ruleId: "tls-certificate-not-yet-valid", data: { target, issuer, notBefore: observation.notBefore.toISOString() } });
  }
  if (observation.notAfter && now > observation.notAfter) {
    problems.push({ ruleId: "tls-certificate-expired", data: { target, issuer, notAfter: observation.notAfter.toISOString() } });
  }
  const distrust = observation.authorizationError && !NOT_CHAIN_ERRORS.has(observation.authorizationError) ? observation.authorizationError : observation.hiddenDistrust;
  // The server's certificate in date, an authority of its chain not (an old intermediate still sent, an
  // expired root: clients refuse the chain, as they did when well-known roots expired).
  const outOfDate = problems.length > 0 ? null : authorityOutOfDate(observation.authorities, now);
  if (distrust) {
    const why = CHAIN_ERROR_WORDS[distrust] ?? "the chain does not lead to a trusted authority";
    problems.push({ ruleId: "tls-certificate-untrusted", data: { target, issuer, why, reason: distrust } });
  } else if (outOfDate) {
    problems.push({ ruleId: "tls-certificate-untrusted", data: { target, issuer, ...outOfDate } });
  } else if (observation.weakLink) {
    // Named as OpenSSL names the verdict at security level 1 and above (X509_V_ERR_CA_MD_TOO_WEAK, ...).
    const { why, reason } = observation.weakLink;
    problems.push({ ruleId: "tls-certificate-untrusted", data: { target, issuer, why, reason } });
  }
  if (observation.hostnameError) {
    problems.push({
      ruleId: "tls-certificate-hostname",
      data: { target, host, names: observation.names.join(", ") || "(no names)" },
    });
  } else if (observation.commonNameOnly !== null) {
    // RFC 6125 §6.4.4 let a client fall back to the CN only when no subjectAltName names anything; its
    // successor RFC 9525 drops the fallback, and Apple's clients (iOS 13, macOS 10.15) refuse such a
    // certificate. Node still falls back, so the name "matched": said, at warning level, since most clients
    // still accept it.
    problems.push({ ruleId: "tls-certificate-cn-only", data: { target, host, cn: observation.commonNameOnly } });
  }
  if (!observation.protocol || !MODERN.has(observation.protocol)) {
    problems.push({ ruleId: "tls-version-too-old", data: { target, version: observation.protocol ?? "unknown" } });
  }
  return problems;
}

function authorityOutOfDate(authorities: TlsObservation["authorities"], now: Date): { why: string; reason: string } | null {
  for (const authority of authorities) {
    if (authority.notAfter && now > authority.notAfter) {
      return {
        why: `the authority ${authority.name} of its chain expired on ${authority.notAfter.toISOString()}: if this computer's clock is right, the server must send a current intermediate certificate`,
        reason: "CERT_HAS_EXPIRED",
      };
    }
    if (authority.notBefore && now < authority.notBefore) {
      return { why: `the authority ${authority.name} of its chain is only valid from ${authority.notBefore.toISOString()}: this computer's clock is probably behind`, reason: "CERT_NOT_YET_VALID" };
    }
  }
  return null;
}

export function describeTls(observation: TlsObservation): string {
  const until = observation.notAfter ? `, valid until ${observation.notAfter.toISOString().slice(0, 10)}` : "";
  return `${observation.protocol ?? "?"}, certificate ${observation.subject || "(none)"} issued by ${observation.issuer || "(none)"}${until}`;
}

/** SNI carries host names only (RFC 6066 §3). */
export function serverNameFor(host: string): string | null {
  return isIP(host) === 0 ? host.replace(/\.$/, "") : null;
}
