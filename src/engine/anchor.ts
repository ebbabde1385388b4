import { ownerOf } from "../model/records.js";
import type { Path, RecordText } from "../model/types.js";
import type { Anchor } from "./types.js";

/**
 * Maps characters [start, end) of a record's text back to the YAML: through the structured form's
 * segments, or into the character-string that holds them when the text was given as a list.
 */
export function textAnchor(text: RecordText, start: number, end: number): Anchor {
  if (text.segments) {
    const segment = text.segments.find((s) => start >= s.start && start < Math.max(s.end, s.start + 1)) ?? text.segments.find((s) => start <= s.end);
    return { path: segment?.path ?? text.path };
  }
  if (text.strings && text.strings.length > 0) {
    let offset = 0;
    for (let i = 0; i < text.strings.length; i++) {
      const length = text.strings[i]!.length;
      if (start < offset + length || i === text.strings.length - 1) {
        return { path: [...text.path, i], range: [start - offset, Math.min(end, offset + length) - offset] };
      }
      offset += length;
    }
  }
  return { path: text.path, range: [start, end] };
}

/** The DNS owner name a YAML path is about. */
export function ownerNameFor(domain: { domain: string; dkim: { selectors: readonly { name: string }[] } | null; srv: readonly { service: string }[]; cname: readonly { name: string }[] }, path: Path): string {
  const [root, index] = path;
  if (root === "dmarc") return `_dmarc.${domain.domain}`;
  if (root === "mtaSts") return `_mta-sts.${domain.domain}`;
  if (root === "tlsRpt") return `_smtp._tls.${domain.domain}`;
  if (root === "dkim" && path[1] === "selectors" && typeof path[2] === "number") {
    const selector = domain.dkim?.selectors[path[2]];
    if (selector) return `${selector.name}._domainkey.${domain.domain}`;
  }
  // The owner the plan writes the entry at (model/records.ts ownerOf: `www.example.com.` in example.com is
  // `www`), not the text put before the domain.
  if (root === "srv" && typeof index === "number" && domain.srv[index]) return underDomain(ownerOf(domain.srv[index]!.service, domain.domain), domain.domain);
  if (root === "cname" && typeof index === "number" && domain.cname[index]) return underDomain(ownerOf(domain.cname[index]!.name, domain.domain), domain.domain);
  return domain.domain;
}

const underDomain = (owner: string, domain: string) => (owner === "" ? domain : `${owner}.${domain}`);
