// Whether a reported row passes DMARC, computed from what the receiver saw (auth_results, identifiers)
// and the policy it found (adkim, aspf), not from its own policy_evaluated verdict: receivers differ in
// how they fill that field, and the RFC's rule is simple enough to apply the same way to all of them.
//
// RFC 7489 §3.1 / RFC 9989 §4.4: an identifier is aligned with the RFC5322.From domain when it is the
// same domain (strict) or shares its Organizational Domain (relaxed). RFC 7489 §4.2 / RFC 9989 §4.2: a
// message passes DMARC when SPF or DKIM passes for an aligned identifier. The Organizational Domain comes
// from the Public Suffix List (RFC 7489 §3.2) through tldts, private section included so that two
// customers of one hosting suffix never count as one organisation. RFC 9989's DNS tree walk needs live
// DNS, which a report archive does not have; for registrable domains both give the same answer.
import { getDomain } from "tldts";
import type { Alignment, PublishedPolicy, ReportRow } from "./model.js";

const organizational = new Map<string, string>();

/**
 * A copy of `text` that holds nothing else alive. A domain read from a report is a piece of the report's
 * whole document, and V8 keeps such a piece as a view into the document: a memo keyed by it would keep one
 * report document alive per domain for the rest of the run (an ingest of 10,000 domains held about 13 MiB
 * of documents that way, and the garbage collector sized the heap on top of them). The copy is rebuilt from
 * its UTF-16 code units, which V8 stores as a string of its own.
 */
export function detachedCopy(text: string): string {
  let copy = "";
  for (let i = 0; i < text.length; i += 4096) copy += String.fromCharCode(...Array.from(text.slice(i, i + 4096), (c) => c.charCodeAt(0)));
  return copy;
}

/** The Organizational Domain of a (lower-case) domain; the domain itself when the list has no answer. */
export function organizationalDomain(domain: string): string {
  let found = organizational.get(domain);
  if (found === undefined) {
    const key = detachedCopy(domain);
    found = getDomain(key, { allowPrivateDomains: true, extractHostname: false, detectIp: false }) ?? key;
    // Bounded: a long ingest sees many domains, but their set is what a memo is for.
    if (organizational.size > 100_000) organizational.clear();
    // The answer is the key or a piece of it: it holds nothing the memo does not hold already.
    organizational.set(key, found);
  }
  return found;
}

export function isAligned(identifier: string, fromDomain: string, mode: Alignment): boolean {
  if (identifier === "" || fromDomain === "") return false;
  if (identifier === fromDomain) return true;
  return mode === "r" && organizationalDomain(identifier) === organizationalDomain(fromDomain);
}

export interface RowVerdict {
  dkimAligned: boolean;
  spfAligned: boolean;
  /** DMARC pass: aligned SPF or aligned DKIM. */
  passing: boolean;
  /** SPF's result for the MAIL FROM identity as reported ("none" when absent), and its domain. */
  spfResult: string;
  spfDomain: string | null;
  /** The best DKIM result reported (pass before others) and its d= domain. */
  dkimResult: string;
  dkimDomain: string | null;
}

export function judgeRow(row: ReportRow, policy: Pick<PublishedPolicy, "adkim" | "aspf">): RowVerdict {
  const from = row.headerFrom;
  const dkimAligned = row.dkim.some((d) => d.result === "pass" && isAligned(d.domain, from, policy.adkim));
  // The SPF identity is MAIL FROM; HELO counts only when MAIL FROM was null (RFC 7208 §2.4, RFC 7489 §3.1.2).
  const mailFrom = row.spf.filter((s) => s.scope !== "helo");
  const spfResults = mailFrom.length > 0 ? mailFrom : row.spf;
  const spfAligned = spfResults.some((s) => s.result === "pass" && isAligned(s.domain, from, policy.aspf));
  const spf = spfResults.find((s) => s.result === "pass") ?? spfResults[0];
  const dkim = row.dkim.find((d) => d.result === "pass" && isAligned(d.domain, from, policy.adkim)) ?? row.dkim.find((d) => d.result === "pass") ?? row.dkim[0];
  return {
    dkimAligned,
    spfAligned,
    passing: dkimAligned || spfAligned,
    spfResult: spf?.result ?? "none",
    spfDomain: spf?.domain || null,
    dkimResult: dkim?.result ?? "none",
    dkimDomain: dkim?.domain || null,
  };
}
