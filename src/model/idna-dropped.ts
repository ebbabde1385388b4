// The invisible characters the A-label conversion removes without a word: shared by the domain-file loader
// and the command-line domain arguments (config), the host names' analysis (mail/host.ts) and the resolver
// (dns), which all must refuse a name IDNA would silently turn into another one. Pure.
import { domainToASCII } from "node:url";

/**
 * The first character of a written name that the A-label conversion would drop without a word, with its
 * index (UTF-16 units), or null. UTS #46's mapping removes U+00AD SOFT HYPHEN, U+200B ZERO WIDTH SPACE, the
 * variation selectors and a few other invisible characters, so `exa\u00admple.com` becomes example.com: a
 * name other than the one written would be checked, or asked of DNS. IDNA2008 makes them DISALLOWED in a
 * label (RFC 5892 §2.6, §2.3: default-ignorable code points; RFC 5891 §5.4: a lookup refuses a label holding
 * one), so they are refused here, named. Asked of the conversion itself, one character at a time between
 * two letters: exactly what it drops, whatever Unicode version the runtime carries.
 */
export function droppedByIdna(name: string): { char: string; index: number } | null {
  if (!/[^\x00-\x7f]/.test(name)) return null;
  let index = 0;
  for (const char of name) {
    if (char.charCodeAt(0) > 0x7f && domainToASCII(`a${char}a.example`) === "aa.example") return { char, index };
    index += char.length;
  }
  return null;
}
