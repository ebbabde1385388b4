// The Organizational Domain of RFC 7489 §3.2: the name one label below its public suffix, found with the
// Public Suffix List (tldts keeps it current; its ICANN section, as DMARC implementations use). A name
// that is itself a public suffix (or has none, like `localhost`) is its own Organizational Domain.
import { getDomain } from "tldts";

export function organizationalDomain(name: string): string {
  const clean = name.trim().toLowerCase().replace(/\.$/, "");
  return getDomain(clean, { validateHostname: false }) ?? clean;
}

/**
 * The Organizational Domain with suffixes the user adds to the Public Suffix List (private registries the list
 * does not know): one label below the longest suffix that ends the name, the list's or an added one, as the
 * list's own longest-match rule reads (RFC 7489 §3.2). Suffixes are compared without case or outer dots.
 */
export function organizationalDomainWith(name: string, addedSuffixes: readonly string[]): string {
  const clean = name.trim().toLowerCase().replace(/\.$/, "");
  const listed = organizationalDomain(clean);
  let suffixLabels = listed.split(".").length - 1;
  for (const added of addedSuffixes) {
    const suffix = added.trim().toLowerCase().replace(/^\.|\.$/g, "");
    if (suffix === "" || !clean.endsWith(`.${suffix}`)) continue;
    suffixLabels = Math.max(suffixLabels, suffix.split(".").length);
  }
  const labels = clean.split(".");
  return labels.length > suffixLabels ? labels.slice(labels.length - suffixLabels - 1).join(".") : clean;
}

/** True when `name` sits below its Organizational Domain (`mail.example.com`, not `example.com`). */
export function isBelowOrganizationalDomain(name: string): boolean {
  const clean = name.trim().toLowerCase().replace(/\.$/, "");
  return organizationalDomain(clean) !== clean;
}

/** True when the Public Suffix List lists `name` itself as a public suffix (`com`, `co.uk`), not a name below one. */
export function isPublicSuffix(name: string): boolean {
  const clean = name.trim().toLowerCase().replace(/\.$/, "");
  return clean !== "" && getDomain(clean, { validateHostname: false }) === null;
}
