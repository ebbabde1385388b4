// Domain-name helpers shared by the resolver, the zone-file parser and the zone index.
import { domainToASCII } from "node:url";

/** Already canonical and plain: lower-case letters, digits, "-", "_", "*" in dot-separated labels. */
const CANONICAL = /^[a-z0-9_*-]+(?:\.[a-z0-9_*-]+)*$/;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Lower case, no trailing dot; "" is the root. Non-ASCII labels become A-labels (RFC 5891 §4). A name with
 * escapes is read octet by octet and written in canonical presentation form, as the zone-file parser
 * writes it: `\095dmarc` and `\_DMARC` are `_dmarc`, `a\.b` stays one label (RFC 1035 §5.1, RFC 4343 §2.1).
 */
export function canonicalName(name: string): string {
  // Most names are already canonical (the resolver and the sources canonicalise on the way in and
  // again on the way through): answer those without allocating.
  if (CANONICAL.test(name)) return name;
  let n = name.trim();
  // A final "\." is an escaped dot inside the last label, not the root (RFC 4343 §2.1).
  if (n.endsWith(".") && !escapedAt(n, n.length - 1)) n = n.slice(0, -1);
  if (n.includes("\\")) return nameLabels(n).map((label) => presentLabel(labelOctets(label))).join(".");
  if (NON_ASCII.test(n)) {
    const ascii = domainToASCII(n);
    if (ascii !== "") n = ascii;
  }
  return n.toLowerCase();
}

/**
 * Why a canonical name cannot be put in a query, or null when it can: labels of 1–63 octets and at most
 * 255 octets on the wire (RFC 1035 §2.3.4).
 */
export function nameProblem(name: string): string | null {
  if (name === "") return null;
  if (name.includes("\\")) return escapedNameProblem(name);
  // ASCII names (nearly all: canonical names carry A-labels) have one octet per character.
  const ascii = !NON_ASCII.test(name);
  let wire = 1;
  for (let start = 0; ; ) {
    const dot = name.indexOf(".", start);
    const end = dot === -1 ? name.length : dot;
    const octets = ascii ? end - start : Buffer.byteLength(name.slice(start, end));
    if (octets === 0) return `empty label in "${name}"`;
    if (octets > 63) return `label longer than 63 octets in "${name}"`;
    wire += octets + 1;
    if (dot === -1) break;
    start = dot + 1;
  }
  if (wire > 255) return `name longer than 255 octets: "${name.slice(0, 40)}..."`;
  return null;
}

/** Presentation form of a host name in a record value: lower case with exactly one trailing dot. */
export function absoluteName(name: string): string {
  const n = canonicalName(name);
  return n === "" ? "." : `${n}.`;
}

/** True when `name` equals `zone` or lies below it (both canonical). */
export function isAtOrBelow(name: string, zone: string): boolean {
  if (zone === "") return true;
  if (name === zone) return true;
  const at = name.length - zone.length - 1;
  return at > 0 && name.endsWith(zone) && name[at] === "." && (name[at - 1] !== "\\" || !escapedAt(name, at));
}

/**
 * True when the canonical `name` equals or lies below any of `zones` (canonical names; "" is the root):
 * `[...zones].some((z) => isAtOrBelow(name, z))`, asked once per name and its parents instead of once per
 * zone, since 10,000 loaded zones made that scan the costliest line of `audit --zone`.
 */
export function isAtOrBelowAny(name: string, zones: ReadonlySet<string>): boolean {
  for (let n: string | null = name; n !== null; n = parentName(n)) if (zones.has(n)) return true;
  return false;
}

/** The parent of a canonical name ("" for a single label, null for the root). */
export function parentName(name: string): string | null {
  if (name === "") return null;
  // Escaped names are rare (zone files only): the plain ones keep the fast indexOf.
  const dot = name.includes("\\") ? labelEnd(name, 0) : name.indexOf(".");
  return dot < 0 || dot >= name.length ? "" : name.slice(dot + 1);
}

/*
 * Names in presentation form (RFC 1035 §5.1, RFC 4343 §2.1): a zone file may put any octet in a label,
 * written "\." for a dot inside the label and "\DDD" for an octet by its decimal value. Canonical names
 * that need it keep those escapes, so "a\.b.example.com" is the three labels "a.b", "example", "com".
 */

/** True when the character at `index` is escaped by the backslashes before it. */
function escapedAt(name: string, index: number): boolean {
  let slashes = 0;
  for (let i = index - 1; i >= 0 && name[i] === "\\"; i--) slashes++;
  return slashes % 2 === 1;
}

/** Index of the dot ending the label that starts at `start` (or the name's length). */
function labelEnd(name: string, start: number): number {
  let i = start;
  while (i < name.length) {
    const ch = name[i]!;
    if (ch === ".") return i;
    i += ch === "\\" ? (/^\d{3}$/.test(name.slice(i + 1, i + 4)) ? 4 : 2) : 1;
  }
  return name.length;
}

/** The labels of a name in presentation form, escapes kept ("" for the root gives none). */
export function nameLabels(name: string): string[] {
  const labels: string[] = [];
  if (name === "") return labels;
  for (let start = 0; ; ) {
    const end = labelEnd(name, start);
    labels.push(name.slice(start, end));
    if (end >= name.length) break;
    start = end + 1;
  }
  return labels;
}

/** The octets of one label in presentation form ("a\\.b" is 3 octets, "\\065" is "A"). */
export function labelOctets(label: string): Buffer {
  if (!label.includes("\\")) return Buffer.from(label, "utf8");
  const octets: number[] = [];
  for (let i = 0; i < label.length; ) {
    const ch = label[i]!;
    if (ch !== "\\") {
      for (const byte of Buffer.from(String.fromCodePoint(label.codePointAt(i)!), "utf8")) octets.push(byte);
      i += String.fromCodePoint(label.codePointAt(i)!).length;
      continue;
    }
    const digits = label.slice(i + 1, i + 4);
    if (/^\d{3}$/.test(digits)) {
      octets.push(Number(digits) & 0xff);
      i += 4;
    } else if (i + 1 < label.length) {
      for (const byte of Buffer.from(String.fromCodePoint(label.codePointAt(i + 1)!), "utf8")) octets.push(byte);
      i += 1 + String.fromCodePoint(label.codePointAt(i + 1)!).length;
    } else {
      i++;
    }
  }
  return Buffer.from(octets);
}

/** Characters a label must escape with a backslash in presentation form (as BIND prints them). */
const SPECIAL = new Set([0x22, 0x28, 0x29, 0x2e, 0x3b, 0x5c, 0x40, 0x24]);

/**
 * One label's octets in canonical presentation form: ASCII letters lower case (RFC 4343 §3), the
 * special characters escaped with a backslash, octets outside printable ASCII as \DDD.
 */
export function presentLabel(octets: Uint8Array): string {
  let text = "";
  for (const byte of octets) {
    if (byte >= 0x41 && byte <= 0x5a) text += String.fromCharCode(byte + 0x20);
    else if (SPECIAL.has(byte)) text += `\\${String.fromCharCode(byte)}`;
    else if (byte > 0x20 && byte < 0x7f) text += String.fromCharCode(byte);
    else text += `\\${String(byte).padStart(3, "0")}`;
  }
  return text;
}

function escapedNameProblem(name: string): string | null {
  let wire = 1;
  for (const label of nameLabels(name)) {
    const octets = labelOctets(label).length;
    if (octets === 0) return `empty label in "${name}"`;
    if (octets > 63) return `label longer than 63 octets in "${name}"`;
    wire += octets + 1;
  }
  if (wire > 255) return `name longer than 255 octets: "${name.slice(0, 40)}..."`;
  return null;
}
