// Owner and target names of the records a domain file asks for (CNAME, DKIM selectors), checked for what
// DNS and host names allow. Two kinds of problems: what the wire format cannot encode at all (a label over
// 63 octets, a name over 255 octets on the wire, i.e. 253 characters written; an empty label: RFC 1035
// §2.3.4, §3.1), and what host names do not allow (RFC 952, RFC 1123 §2.1: letters, digits and hyphens,
// no hyphen at either end of a label; an underscore only at the start of a label, the way SRV, DKIM and
// DMARC names use it, RFC 8552; Unicode only as A-labels, RFC 5890). Pure; never throws.
import { domainToASCII } from "node:url";
import { analyseHost } from "./host.js";

export type NameProblemCode =
  | "empty-label"
  | "label-too-long"
  | "name-too-long"
  | "url"
  | "whitespace"
  | "bad-character"
  | "underscore"
  | "hyphen-edge"
  | "u-label"
  | "ip-address";

export interface NameProblem {
  code: NameProblemCode;
  /** The characters at fault, as written. */
  part: string;
  /** [start, end) in the written text. */
  start: number;
  end: number;
}

export interface NameCheck {
  /** True for an owner name (a wildcard `*` may stand first); false for a target (a host). */
  owner: boolean;
  /** The zone the name is relative to, when it is written relative (`autoconfig` in example.com). */
  zone?: string;
  /** Whether labels may start with "_" (service labels, `_domainkey`); DKIM selectors may not (RFC 6376 §3.1). */
  serviceLabels: boolean;
}

const UNENCODABLE: readonly NameProblemCode[] = ["empty-label", "label-too-long", "name-too-long"];

/** True for the problems the DNS wire format cannot carry at all. */
export function isUnencodable(code: NameProblemCode): boolean {
  return UNENCODABLE.includes(code);
}

// A name every check below passes: letter-digit-hyphen labels of at most 63 characters with no hyphen at
// either end (a leading "_" where service labels may have one), not all digits (an IPv4 address), with an
// optional trailing dot. Most names are such; they skip the analysis (10,000 files write 50,000 of them).
const PLAIN_LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const PLAIN_NAME = new RegExp(`^(?:${PLAIN_LABEL}\\.)*${PLAIN_LABEL}\\.?$`);
const SERVICE_LABEL = "_?[A-Za-z0-9](?:[A-Za-z0-9-]{0,60}[A-Za-z0-9])?";
const PLAIN_SERVICE_NAME = new RegExp(`^(?:${SERVICE_LABEL}\\.)*${SERVICE_LABEL}\\.?$`);

function isPlainName(text: string, check: NameCheck): boolean {
  if (!(check.serviceLabels ? PLAIN_SERVICE_NAME : PLAIN_NAME).test(text) || /^[\d.]+$/.test(text)) return false;
  const zone = check.zone?.replace(/\.$/, "") ?? "";
  return text.replace(/\.$/, "").length + (zone === "" ? 0 : zone.length + 1) <= 253;
}

/** Every problem of a written name, in text order. */
export function checkName(text: string, check: NameCheck): NameProblem[] {
  return isPlainName(text, check) ? [] : analyseName(text, check);
}

/** checkName without the shortcut for plain names (the test compares both on many names). */
export function analyseName(text: string, check: NameCheck): NameProblem[] {
  const problems: NameProblem[] = [];
  const add = (code: NameProblemCode, start: number, end: number) => problems.push({ code, part: text.slice(start, end), start, end });
  const analysis = analyseHost(text);
  // A URL is one mistake: its scheme (or, without one, its first decoration) is reported, not each part.
  const decoration = analysis.problems.find((p) => p.code === "scheme" || p.code === "path" || p.code === "at-sign" || p.code === "port");
  if (decoration) add("url", decoration.start, decoration.end);
  for (const p of analysis.problems) if (p.code === "whitespace") add("whitespace", p.start, p.end);
  if (analysis.kind === "ipv4" || analysis.kind === "ipv6") {
    if (!check.owner) add("ip-address", analysis.hostStart, analysis.hostEnd);
    return problems;
  }
  if (problems.some((p) => p.code === "url" || p.code === "whitespace")) return problems;
  // The core name, label by label, on the text as written (offsets stay those of the input).
  const start = analysis.hostStart;
  const core = text.slice(start, analysis.hostEnd).replace(/\.$/, "");
  if (core === "" || core === "@") return problems;
  let offset = start;
  const labels = core.split(".");
  let wireLength = 0;
  labels.forEach((label, index) => {
    const from = offset;
    const to = offset + label.length;
    offset = to + 1;
    if (label === "") return add("empty-label", from, Math.min(to + 1, text.length));
    if (check.owner && index === 0 && label === "*") {
      wireLength += 2;
      return;
    }
    // eslint-disable-next-line no-control-regex
    const ascii = /^[\x00-\x7f]*$/.test(label) ? label.toLowerCase() : domainToASCII(label);
    wireLength += (ascii || label).length + 1;
    if (!/^[\x00-\x7f]*$/.test(label)) add("u-label", from, to);
    else {
      const bad = /[^A-Za-z0-9_-]/.exec(label);
      if (bad) add("bad-character", from + bad.index, from + bad.index + 1);
      const underscore = label.indexOf("_", check.serviceLabels ? 1 : 0);
      if (underscore >= 0) add("underscore", from + underscore, from + underscore + 1);
      if (label.startsWith("-") || label.endsWith("-")) add("hyphen-edge", label.startsWith("-") ? from : to - 1, label.startsWith("-") ? from + 1 : to);
    }
    if ((ascii || label).length > 63) add("label-too-long", from, to);
  });
  const zone = check.zone?.replace(/\.$/, "") ?? "";
  const total = wireLength - 1 + (zone === "" ? 0 : zone.length + 1);
  if (total > 253) add("name-too-long", start, analysis.hostEnd);
  return problems.sort((a, b) => a.start - b.start);
}

/** The A-label of a written name, for the message that asks for it (null when it has none). */
export function aLabelOf(text: string): string | null {
  const ascii = domainToASCII(text.trim().replace(/\.$/, ""));
  return ascii === "" ? null : ascii;
}

/** A name the domain file writes for a record, with where it sits and how to check it. */
export interface WrittenName {
  /** What it is, for messages: "CNAME name", "DKIM selector", "CNAME target", "DKIM CNAME target". */
  what: string;
  text: string;
  path: readonly (string | number)[];
  check: NameCheck;
}

/**
 * The owner and target names of the CNAME entries and DKIM selectors (MX and SRV names have their own
 * rules). A relative owner is checked with its zone, so the length counts the whole name; a selector's
 * owner is `<selector>._domainkey.<domain>`. `skipTarget` leaves out targets another rule judges.
 */
export function writtenNames(
  domain: { domain: string; cname: readonly { name: string; target: string; path: readonly (string | number)[] }[]; dkim: { selectors: readonly { name: string; target: string | null; path: readonly (string | number)[] }[] } | null },
  skipTarget: (selectorIndex: number) => boolean = () => false,
): WrittenName[] {
  const zoneOf = (name: string, zone: string) => {
    const lower = name.trim().toLowerCase().replace(/\.$/, "");
    return lower === zone || lower.endsWith(`.${zone}`) ? "" : zone;
  };
  const names: WrittenName[] = [];
  for (const entry of domain.cname) {
    names.push({ what: "CNAME name", text: entry.name, path: [...entry.path, "name"], check: { owner: true, zone: zoneOf(entry.name, domain.domain), serviceLabels: true } });
    names.push({ what: "CNAME target", text: entry.target, path: [...entry.path, "target"], check: { owner: false, serviceLabels: true } });
  }
  (domain.dkim?.selectors ?? []).forEach((selector, index) => {
    names.push({ what: "DKIM selector", text: selector.name, path: [...selector.path, "name"], check: { owner: true, zone: `_domainkey.${domain.domain}`, serviceLabels: false } });
    if (selector.target !== null && !skipTarget(index)) {
      names.push({ what: "DKIM CNAME target", text: selector.target, path: [...selector.path, "cname"], check: { owner: false, serviceLabels: true } });
    }
  });
  return names;
}
