// TTLs as master files write them: seconds, or BIND's units ("1h30m", "1W"), at most 2^31 - 1 (RFC 2181 §8).

/** Largest TTL (RFC 2181 §8). */
export const MAX_TTL = 2 ** 31 - 1;
const TTL_UNITS: Record<string, number> = { w: 604800, d: 86400, h: 3600, m: 60, s: 1 };

/** A TTL in seconds: digits, or BIND units such as "1h30m" or "1W"; null when it is not one. */
export function parseTtl(text: string): number | null {
  if (/^\d+$/.test(text)) {
    const value = Number(text);
    return value <= MAX_TTL ? value : null;
  }
  if (!/^(\d+[wdhms])+$/i.test(text)) return null;
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+)([wdhms])/gi)) total += Number(amount) * TTL_UNITS[unit!.toLowerCase()]!;
  return total <= MAX_TTL ? total : null;
}

/** Shaped like a TTL (it may still be too large). */
export function looksLikeTtl(text: string): boolean {
  return /^\d+$/.test(text) || /^(\d+[wdhms])+$/i.test(text);
}
