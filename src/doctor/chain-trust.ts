// Whether a certificate chain leads to a trusted authority, dates left aside. OpenSSL keeps only the last
// error of its verification, and it checks dates after it has built the chain: a certificate that is both
// expired and vouched for by no trusted authority comes out as CERT_HAS_EXPIRED alone. Renewing it would
// then leave an untrusted certificate, so when the verdict is a date error the chain's trust is judged here
// on its own (RFC 5280 §6.1: each certificate issued and signed by the next, up to a trust anchor).
import { X509Certificate } from "node:crypto";

/** Longer chains are not followed (servers send 2 to 4 certificates; a peer can send a loop or hundreds). */
export const MAX_CHAIN = 10;

/** Why the chain is not trusted, named as OpenSSL names the same verdict (X509_V_ERR_*). */
export type ChainDistrust =
  | "DEPTH_ZERO_SELF_SIGNED_CERT"
  | "SELF_SIGNED_CERT_IN_CHAIN"
  | "UNABLE_TO_VERIFY_LEAF_SIGNATURE"
  | "UNABLE_TO_GET_ISSUER_CERT_LOCALLY"
  | "CERT_SIGNATURE_FAILURE"
  | "INVALID_CA"
  | "CERT_CHAIN_TOO_LONG";

function issuedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
  } catch {
    // A key Node cannot use to verify (an unknown algorithm): not a link it can vouch for.
    return false;
  }
}

/**
 * Issued by itself and signed with its own key. Not checkIssued: it also asks the issuer's key usage to allow
 * signing certificates (RFC 5280 §4.2.1.3), which a server's own self-signed certificate often does not.
 */
function selfSigned(cert: X509Certificate): boolean {
  try {
    return cert.subject === cert.issuer && cert.verify(cert.publicKey);
  } catch {
    return false;
  }
}

const same = (a: X509Certificate, b: X509Certificate): boolean => a.fingerprint256 === b.fingerprint256;

/**
 * Null when `presented` (the server's certificate first, then the others it sent, in any order) leads to a
 * certificate of `trusted` or to one issued by it; else why not. Dates are not looked at: that is the
 * date checks' business. Bounded by MAX_CHAIN steps, and no certificate is used twice (a loop ends).
 */
export function chainDistrust(presented: readonly X509Certificate[], trusted: readonly X509Certificate[]): ChainDistrust | null {
  const leaf = presented[0];
  if (!leaf) return "UNABLE_TO_VERIFY_LEAF_SIGNATURE";
  const used = new Set<string>();
  let cert = leaf;
  for (let depth = 0; depth < MAX_CHAIN; depth++) {
    used.add(cert.fingerprint256);
    // A trust anchor is trusted for being in the store, whatever signed it (RFC 5280 §6.1.1 d).
    if (trusted.some((anchor) => same(anchor, cert) || issuedBy(cert, anchor))) return null;
    if (selfSigned(cert)) return depth === 0 ? "DEPTH_ZERO_SELF_SIGNED_CERT" : "SELF_SIGNED_CERT_IN_CHAIN";
    const named = presented.filter((candidate) => !used.has(candidate.fingerprint256) && cert.checkIssued(candidate));
    if (named.length === 0) return depth === 0 ? "UNABLE_TO_VERIFY_LEAF_SIGNATURE" : "UNABLE_TO_GET_ISSUER_CERT_LOCALLY";
    const issuer = named.find((candidate) => issuedBy(cert, candidate));
    if (!issuer) return "CERT_SIGNATURE_FAILURE";
    // RFC 5280 §6.1.4 (k): only a certificate with cA set in its basic constraints may issue others.
    if (!issuer.ca) return "INVALID_CA";
    cert = issuer;
  }
  return "CERT_CHAIN_TOO_LONG";
}

/** The certificates of a PEM bundle (--ca); those that do not parse are left out. */
export function certificatesOfPem(pem: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  const certificates: X509Certificate[] = [];
  for (const block of blocks) {
    try {
      certificates.push(new X509Certificate(block));
    } catch {
      // Not a certificate Node reads: the handshake could not have used it either.
    }
  }
  return certificates;
}
