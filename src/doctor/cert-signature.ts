// Weak links of a certificate chain. The handshake runs at OpenSSL security level 0 so that old servers can
// be seen and reported (net.ts); at that level OpenSSL also stops refusing certificates signed with MD5 or
// SHA-1 and keys of fewer than 1024 bits, which mail clients (and Node's own defaults, level 1) refuse:
// collisions in both hashes are practical (RFC 6151 §2 for MD5, RFC 9155 §1 for SHA-1), so such a signature
// can be forged, and a 512-bit RSA key can be factored. The doctor therefore judges them itself: the key's
// size, and the signature algorithm (RFC 5280 §4.1.1.2, the second field of a Certificate).
import { X509Certificate } from "node:crypto";
import type tls from "node:tls";
import { derAt } from "../model/der.js";

/** Signature algorithms whose hash is broken (RFC 3279 §2.2 and §2.2.3, RFC 4055 §5, RFC 5758 §3.2). */
const WEAK_SIGNATURES: Readonly<Record<string, string>> = {
  "1.2.840.113549.1.1.2": "MD2",
  "1.2.840.113549.1.1.3": "MD4",
  "1.2.840.113549.1.1.4": "MD5",
  "1.2.840.113549.1.1.5": "SHA-1",
  "1.3.14.3.2.29": "SHA-1",
  "1.2.840.10040.4.3": "SHA-1",
  "1.2.840.10045.4.1": "SHA-1",
};

/** A chain longer than this is not followed further (servers send 2 to 4 certificates). */
const MAX_CHAIN = 16;

const SEQUENCE = 0x30;
const OBJECT_IDENTIFIER = 0x06;

/** The dotted OID of a certificate's signatureAlgorithm, or null when the DER is not a certificate. */
export function signatureAlgorithmOid(der: Uint8Array): string | null {
  const certificate = derAt(der, 0, der.length);
  if (!certificate || certificate.tag !== SEQUENCE) return null;
  const tbs = derAt(der, certificate.start, certificate.end);
  if (!tbs || tbs.tag !== SEQUENCE) return null;
  const algorithm = derAt(der, tbs.end, certificate.end);
  if (!algorithm || algorithm.tag !== SEQUENCE) return null;
  const oid = derAt(der, algorithm.start, algorithm.end);
  if (!oid || oid.tag !== OBJECT_IDENTIFIER || oid.end === oid.start || oid.end - oid.start > 64) return null;
  // X.690 §8.19: base-128 arcs, the first byte's value folding the first two arcs.
  const arcs: number[] = [];
  let value = 0;
  for (let i = oid.start; i < oid.end; i++) {
    value = value * 128 + (der[i]! & 0x7f);
    if (der[i]! & 0x80) continue;
    if (arcs.length === 0) arcs.push(value < 40 ? 0 : value < 80 ? 1 : 2, value < 80 ? value % 40 : value - 80);
    else arcs.push(value);
    value = 0;
  }
  return arcs.join(".");
}

/**
 * The weakest link OpenSSL's security level 1 (Node's default, what a mail client's library applies) refuses
 * and level 0 lets through: `reason` is OpenSSL's own name for it, `why` says it in words.
 */
export interface WeakLink {
  reason: "CA_MD_TOO_WEAK" | "EE_KEY_TOO_SMALL" | "CA_KEY_TOO_SMALL";
  why: string;
}

/** Level 1's floor (OpenSSL SSL_CTX_set_security_level(3)): 80 bits of security, RSA, DSA and DH keys of 1024 bits, EC keys of 160. */
const MIN_FIELD_BITS = 1024;
const MIN_EC_BITS = 160;

/** The size of a certificate's public key and whether it is an EC key; null when unknown (other key types). */
function keySize(cert: tls.DetailedPeerCertificate): { bits: number; ec: boolean } | null {
  try {
    const key = new X509Certificate(cert.raw).publicKey;
    const type = key.asymmetricKeyType;
    if ((type === "rsa" || type === "rsa-pss" || type === "dsa") && key.asymmetricKeyDetails?.modulusLength) {
      return { bits: key.asymmetricKeyDetails.modulusLength, ec: false };
    }
    if (type === "ec" && typeof cert.bits === "number") return { bits: cert.bits, ec: true };
  } catch {
    // A certificate Node cannot parse again: its key is not judged here (the handshake already used it).
  }
  return null;
}

function described(cert: tls.DetailedPeerCertificate, depth: number): string {
  if (depth === 0) return "the server's certificate";
  const cn = cert.subject?.CN;
  const name = Array.isArray(cn) ? cn.join("+") : cn;
  return name ? `the authority CN=${name}` : "an authority of its chain";
}

/**
 * The first certificate of the chain with a key too small to resist factoring, or signed with a broken hash;
 * null when none. As OpenSSL does (x509_vfy.c, check_auth_level), every key counts, the trust anchor's too,
 * but a self-signed certificate at the top of the chain is not judged by its signature: a trust anchor is
 * trusted for being in the store, not for its signature (RFC 5280 §6.1).
 */
export function weakLinkInChain(leaf: tls.DetailedPeerCertificate): WeakLink | null {
  let cert: tls.DetailedPeerCertificate | undefined = leaf;
  for (let depth = 0; depth < MAX_CHAIN && cert?.raw; depth++) {
    const issuer: tls.DetailedPeerCertificate | undefined = cert.issuerCertificate;
    const size = keySize(cert);
    if (size && size.bits < (size.ec ? MIN_EC_BITS : MIN_FIELD_BITS)) {
      return {
        reason: depth === 0 ? "EE_KEY_TOO_SMALL" : "CA_KEY_TOO_SMALL",
        why: `${described(cert, depth)} has a ${size.bits}-bit ${size.ec ? "EC" : "RSA or DSA"} key, small enough to be broken`,
      };
    }
    const anchor = issuer === cert || (issuer !== undefined && issuer.fingerprint256 === cert.fingerprint256);
    const oid = anchor ? null : signatureAlgorithmOid(cert.raw);
    const hash = oid ? WEAK_SIGNATURES[oid] : undefined;
    if (hash) return { reason: "CA_MD_TOO_WEAK", why: `${described(cert, depth)} is signed with ${hash}, a hash whose signatures can be forged` };
    if (anchor) return null;
    cert = issuer;
  }
  return null;
}
