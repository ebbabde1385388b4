// The names a domain file writes outside `domain:` (MX hosts, SRV and CNAME targets, DKIM selectors and
// their CNAME targets, SPF include/redirect targets of the structured form, DMARC report addresses, MTA-STS
// mx patterns, client hosts, the Exchange/Email Pro server), searched for a character IDNA's mapping
// removes without a word (droppedByIdna: U+00AD SOFT HYPHEN, U+200B ZERO WIDTH SPACE, variation
// selectors…). Such a name would have another name checked than the one written, and the record text
// would carry the invisible character to the DNS provider. IDNA2008 makes these characters DISALLOWED in
// a label (RFC 5892 §2.6, §2.3) and a lookup must refuse such a label (RFC 5891 §5.4). Record texts
// written whole (an SPF or DMARC string) are left to their syntax rules, which refuse any non-ASCII
// character there by its code point. Pure.
import { domainToASCII } from "node:url";
import { droppedByIdna, toALabel } from "./domain.js";
import type { Path } from "../model/types.js";

export interface DroppedInName {
  path: Path;
  /** The value as written. */
  text: string;
  char: string;
  /** Index (UTF-16 units) of `char` in `text`. */
  index: number;
  /** What would be checked (and written) in its place. */
  instead: string;
}

type Obj = Record<string, unknown>;
/** "name": a host or owner name (its A-label is what would be used); "uri": a report URI (mailto:). */
type Kind = "name" | "uri";

const isObj = (value: unknown): value is Obj => typeof value === "object" && value !== null && !Array.isArray(value);

/** Every written value of a string-or-list field, with its path. */
function strings(value: unknown, path: Path): { text: string; path: Path }[] {
  if (typeof value === "string") return [{ text: value, path }];
  if (Array.isArray(value)) return value.flatMap((item, i) => (typeof item === "string" ? [{ text: item, path: [...path, i] }] : []));
  return [];
}

/** The names of a schema-valid domain file value, each with what kind of value it is. */
function writtenNames(value: Obj): { text: string; path: Path; kind: Kind }[] {
  const out: { text: string; path: Path; kind: Kind }[] = [];
  const add = (field: unknown, path: Path, kind: Kind = "name") => out.push(...strings(field, path).map((s) => ({ ...s, kind })));
  const list = (field: unknown): Obj[] => (Array.isArray(field) ? field.filter(isObj) : []);
  if (isObj(value.mail)) add(value.mail.server, ["mail", "server"]);
  if (Array.isArray(value.mx)) value.mx.forEach((entry, i) => isObj(entry) && add(entry.host, ["mx", i, "host"]));
  if (isObj(value.spf)) {
    add(value.spf.include, ["spf", "include"]);
    add(value.spf.redirect, ["spf", "redirect"]);
    list(value.spf.senders).forEach((sender, i) => add(sender.include, ["spf", "senders", i, "include"]));
  }
  if (isObj(value.dkim)) {
    list(value.dkim.selectors).forEach((selector, i) => {
      add(selector.name, ["dkim", "selectors", i, "name"]);
      add(selector.cname, ["dkim", "selectors", i, "cname"]);
    });
  }
  if (isObj(value.dmarc)) {
    add(value.dmarc.rua, ["dmarc", "rua"], "uri");
    add(value.dmarc.ruf, ["dmarc", "ruf"], "uri");
  }
  list(value.srv).forEach((srv, i) => {
    add(srv.service, ["srv", i, "service"]);
    add(srv.target, ["srv", i, "target"]);
  });
  list(value.cname).forEach((cname, i) => {
    add(cname.name, ["cname", i, "name"]);
    add(cname.target, ["cname", i, "target"]);
  });
  if (isObj(value.mtaSts) && isObj(value.mtaSts.policy)) add(value.mtaSts.policy.mx, ["mtaSts", "policy", "mx"]);
  if (isObj(value.clients)) for (const [key, client] of Object.entries(value.clients)) if (isObj(client)) add(client.host, ["clients", key, "host"]);
  return out;
}

/** Without every character IDNA would drop: what the conversion keeps of the text. */
function withoutDropped(text: string): string {
  return [...text].filter((char) => !droppedByIdna(char)).join("");
}

/** The first dropped character of each name the file writes, in file order of the fields listed above. */
export function droppedInNames(value: Obj): DroppedInName[] {
  // Nearly every file is ASCII throughout: one walk that allocates nothing says so, before the names (and
  // their paths) are gathered.
  if (!holdsNonAscii(value, 0)) return [];
  const found: DroppedInName[] = [];
  for (const { text, path, kind } of writtenNames(value)) {
    const dropped = droppedByIdna(text);
    if (!dropped) continue;
    const kept = withoutDropped(text);
    const instead = kind === "name" ? (toALabel(text) ?? kept) : kept;
    found.push({ path, text, char: dropped.char, index: dropped.index, instead });
  }
  return found;
}

/**
 * The host names no record rule reads as host names: the client hosts (given to mail clients, never written
 * to DNS) and the Exchange/Email Pro `mail.server`. An MX, SRV or CNAME target, a DKIM selector or an MTA-STS
 * pattern holding a character IDNA refuses is reported by its own rule (mx-target-not-hostname, srv-format,
 * dns-name-invalid…); these had nothing to say it.
 */
function unreadHosts(value: Obj): { text: string; path: Path }[] {
  const out: { text: string; path: Path }[] = [];
  if (isObj(value.mail)) out.push(...strings(value.mail.server, ["mail", "server"]));
  if (isObj(value.clients)) for (const [key, client] of Object.entries(value.clients)) if (isObj(client)) out.push(...strings(client.host, ["clients", key, "host"]));
  return out;
}

export interface RefusedInName {
  path: Path;
  text: string;
  char: string;
  /** Index (UTF-16 units) of `char` in `text`. */
  index: number;
}

/**
 * The first character IDNA refuses in each client host and `mail.server` whose A-label conversion fails:
 * a bidi control (U+200E LEFT-TO-RIGHT MARK, U+202E…) or another code point IDNA2008 disallows (RFC 5892
 * §2.6), which a lookup refuses (RFC 5891 §5.4): the mail client given such a host finds no server, and the
 * character shows as nothing in the file. A character refused only beside Latin letters (U+200C ZERO WIDTH
 * NON-JOINER, valid in context, RFC 5892 Appendix A.1) is not named when the whole name converts. The
 * characters IDNA drops are droppedInNames'.
 */
export function refusedInHosts(value: Obj): RefusedInName[] {
  if (!holdsNonAscii(value, 0)) return [];
  const found: RefusedInName[] = [];
  for (const { text, path } of unreadHosts(value)) {
    if (!NON_ASCII.test(text) || droppedByIdna(text) || toALabel(text) !== null) continue;
    let index = 0;
    for (const char of text) {
      if (char.charCodeAt(0) > 0x7f && domainToASCII(`a${char}a.example`) === "") {
        found.push({ path, text, char, index });
        break;
      }
      index += char.length;
    }
  }
  return found;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Whether a string anywhere in a parsed YAML value holds a character outside ASCII (keys included). */
function holdsNonAscii(value: unknown, depth: number): boolean {
  if (typeof value === "string") return NON_ASCII.test(value);
  // A parsed domain file is a few levels deep; the schema has bounded it before this runs.
  if (typeof value !== "object" || value === null || depth > 64) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (holdsNonAscii(item, depth + 1)) return true;
    return false;
  }
  for (const key in value) {
    if (NON_ASCII.test(key) || holdsNonAscii((value as Obj)[key], depth + 1)) return true;
  }
  return false;
}
