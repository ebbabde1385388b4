// One DER element at a time (X.690 §8.1: tag, then a short or long form length), for the two places that
// read a structure's few fields straight from its octets: a DKIM key's modulus size (mail/dkim.ts) and a
// certificate's signature algorithm (doctor/cert-signature.ts).

/** A DER element: tag, and where its contents are. */
export interface DerElement {
  tag: number;
  start: number;
  end: number;
}

/**
 * Reads one DER TLV at `offset`, its contents ending by `limit` (definite lengths only, as DER requires; at
 * most three length octets, 16 MiB, more than any key or certificate chain a TLS handshake carries), or null.
 */
export function derAt(der: Uint8Array, offset: number, limit: number): DerElement | null {
  if (offset + 2 > limit) return null;
  const tag = der[offset]!;
  let length = der[offset + 1]!;
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 3 || start + count > limit) return null;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + der[start + i]!;
    start += count;
  }
  return start + length <= limit ? { tag, start, end: start + length } : null;
}
