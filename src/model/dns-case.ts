// How DNS compares names: the ASCII letters A-Z match a-z, and every other character (every other octet)
// only itself (RFC 1035 §2.3.3, RFC 4343 §3). JavaScript's toLowerCase() also maps U+212A KELVIN SIGN to
// `k`, and U+0130 to `i` with a combining dot, so a name spelt with one would pass for another while its
// octets on the wire differ. Host names maildns compares for a change (the plan's diff, the apply's
// in-place edits) go through this, so that plan and apply tell the same names apart.

/** The text with A-Z as a-z and every other character as it is. */
export function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}
