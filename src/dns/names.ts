// Domain-name helpers shared by the resolver, the zone-file parser and the zone index.
import { domainToASCII } from "node:url";

/** Already canonical and plain: lower-case letters, digits, "-", "_", "*" in dot-separated labels. */
const CANONICAL = /^[a-z0-9_*-]+(?:\.[a-z0-9_*-]+)*$/;
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, no trailing dot; "" is the root. Non-ASCII labels become A-labels (RFC 5891 §4). */
export function canonicalName(name: string): string {
  // Most names are already canonical (the resolver and the sources canonicalise on the way in and
  // again on the way through): answer those without allocating.
  if (CANONICAL.test(name)) return name;
  let n = name.trim();
  if (n.endsWith(".")) n = n.slice(0, -1);
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
  return name === zone || name.endsWith(`.${zone}`);
}

/** The parent of a canonical name ("" for a single label, null for the root). */
export function parentName(name: string): string | null {
  if (name === "") return null;
  const dot = name.indexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1);
}
