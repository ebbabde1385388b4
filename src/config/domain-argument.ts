// A domain named on the command line (`audit`, `import`, `doctor`): a mail domain, so a host name. What is
// not one is a usage error that says why, before any DNS question is asked: a name no resolver could be
// asked about, or one no mail can be addressed to, would otherwise come back as "does not exist".
// Unicode names are taken as today, converted to A-labels (IDNA, RFC 5891).
import { codePointName, visibleCharacter } from "../model/show.js";
import { droppedByIdna, toALabel } from "./domain.js";

/** RFC 1035 §2.3.4: labels of 63 octets at most, names of 255 octets on the wire, 253 characters written. */
const MAX_LABEL = 63;
const MAX_NAME = 253;

const quoted = (text: string) => `"${[...text].map(visibleCharacter).join("").slice(0, 40)}${text.length > 40 ? "…" : ""}"`;

/**
 * Why a written name is no domain name a mail domain can have, or null when it is one. The checks follow
 * RFC 1123 §2.1 (host names: letters, digits and hyphens, no hyphen at either end of a label) and RFC 1035
 * §2.3.4 (lengths). Underscored labels (`_dmarc`, `_domainkey`) name attributes of the domain below them
 * and stand only as its leftmost labels (RFC 8552 §1.1), so `_dmarc.example.com` is taken as before, while
 * `exa_mple.com` and `a._b.example` are not domain names. The last label is a top-level domain: letters,
 * digits or hyphens, at least two of them, not all digits (which would read as an IPv4 address).
 */
export function domainArgumentProblem(ascii: string): string | null {
  if (ascii.length > MAX_NAME) return `the name is ${ascii.length} characters long; at most ${MAX_NAME} (RFC 1035 §2.3.4)`;
  const labels = ascii.split(".");
  if (labels.length < 2) return "it is a single label, with no dot";
  let attributes = true;
  for (const label of labels) {
    if (label === "") return "it has an empty label (two dots in a row, or a dot first)";
    if (label.length > MAX_LABEL) return `label ${quoted(label)} is ${label.length} octets long; at most ${MAX_LABEL} (RFC 1035 §2.3.4)`;
    const bad = /[^a-z0-9_-]/.exec(label);
    if (bad) return `label ${quoted(label)} holds ${visibleCharacter(bad[0]) === bad[0] ? `"${bad[0]}"` : visibleCharacter(bad[0])}: host names take letters, digits and hyphens (RFC 1123 §2.1)`;
    if (label.startsWith("_")) {
      if (!attributes) return `label ${quoted(label)} starts with an underscore but is not one of the leftmost labels: underscored labels name attributes of the domain below them (RFC 8552 §1.1)`;
      if (label.indexOf("_", 1) >= 0) return `label ${quoted(label)} holds an underscore after its first character (RFC 1123 §2.1)`;
      continue;
    }
    attributes = false;
    if (label.includes("_")) return `label ${quoted(label)} holds an underscore: host names take letters, digits and hyphens (RFC 1123 §2.1)`;
    if (label.startsWith("-")) return `label ${quoted(label)} starts with a hyphen (RFC 1123 §2.1)`;
    if (label.endsWith("-")) return `label ${quoted(label)} ends with a hyphen (RFC 1123 §2.1)`;
  }
  if (attributes) return "every label starts with an underscore";
  const top = labels[labels.length - 1]!;
  if (/^[0-9]+$/.test(top)) return `the top-level label ${quoted(top)} is all digits: an IP address is not a domain name`;
  if (top.length < 2) return `the top-level label ${quoted(top)} is one character: top-level domains have at least two`;
  return null;
}

/** A domain argument as its A-label, or why it is not a domain name. */
export function readDomainArgument(written: string): { domain: string } | { problem: string } {
  const trimmed = written.trim().replace(/\.$/, "");
  if (trimmed === "") return { problem: "it is empty" };
  const at = trimmed.lastIndexOf("@");
  if (at >= 0) return { problem: `it is a mail address${at < trimmed.length - 1 ? ` (its domain is ${trimmed.slice(at + 1, at + 81)})` : ""}` };
  const white = /\s/.exec(trimmed);
  if (white) return { problem: `it holds white space (${visibleCharacter(white[0])})` };
  // One final dot is the root (`example.com.`); a second is an empty label, which the A-label conversion
  // below would drop in silence, asking about a name other than the one written.
  if (trimmed.endsWith(".")) return { problem: "it has an empty label (two dots in a row, or a dot first)" };
  // An IPv6 address (`2001:db8::1`, `[::1]`) has no dot to be told by: say what it is, not "a single label".
  if (/^\[?[0-9a-f]*:[0-9a-f:.]*\]?$/i.test(trimmed)) return { problem: "it is an IPv6 address, not a domain name" };
  // A character the A-label conversion drops (U+00AD, U+200B…) would have another name asked than the one
  // written: refused, named, with where it stands (config/domain.ts droppedByIdna; RFC 5892, RFC 5891 §5.4).
  const dropped = droppedByIdna(trimmed);
  if (dropped) {
    const position = [...trimmed.slice(0, dropped.index)].length + 1;
    const instead = toALabel(trimmed);
    return { problem: `it holds ${codePointName(dropped.char)} at character ${position}, an invisible character IDNA removes without a word${instead ? `, so ${instead} would be asked in its place` : ""} (IDNA2008 disallows it in a label, RFC 5892)` };
  }
  // The written labels first: IDNA conversion keeps a hyphen or an underscore where it stands, and fails
  // on a name it cannot convert without saying why.
  const writtenProblem = domainArgumentProblem(trimmed.toLowerCase().replace(/[^\x00-\x7f]+/g, "x"));
  const ascii = toALabel(trimmed);
  if (ascii === null) return { problem: writtenProblem ?? "it cannot be converted to an A-label (IDNA, RFC 5891)" };
  const problem = domainArgumentProblem(ascii);
  return problem === null ? { domain: ascii } : { problem };
}

/**
 * A written name as an error shows it: its first 80 characters, control characters and the invisible ones
 * IDNA drops made visible.
 */
export function shownName(written: string): string {
  return [...written.slice(0, 80)].map((c) => (/[\x00-\x1f\x7f-\x9f]/.test(c) || droppedByIdna(c) ? visibleCharacter(c) : c)).join("");
}

/** The usage error's sentence for a name that is not a domain name. */
export function notADomainName(written: string, problem: string): string {
  return `'${shownName(written)}' is not a domain name: ${problem}; give a domain such as example.com`;
}
