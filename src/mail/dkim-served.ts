// The key a verifier reads for a selector delegated by CNAME. A verifier asks TXT at
// `<selector>._domainkey.<domain>` (RFC 6376 §3.6.2.1) and resolution follows the alias there, so the key
// record at the CNAME's target is used exactly as if it were at the selector's own name. Whether that key
// is usable at all is dkim-cname-target-invalid's to say; the rules about a key's content (t=y, RSA size)
// judge the key verifiers use, wherever it is published.
import { settledLookup, type LiveLookup, type LookupResult } from "../dns/lookup.js";
import type { DkimSelector } from "../model/types.js";
import { dkimKeyOfText, shorten, type DkimKeyRecord } from "./dkim.js";
import { analyseHost, isCleanHostname, plainHostName } from "./host.js";

/**
 * The name a CNAME selector's target asks (A-label, no final dot), or null when the target is no clean host
 * name (malformed targets are dkim-ovh-must-be-cname's; `_domainkey` labels carry "_"). A plain lower-case
 * target (OVH's) is read as it is; anything else goes through the host analysis.
 */
export function selectorTarget(selector: DkimSelector): string | null {
  if (selector.kind !== "cname" || selector.target === null) return null;
  const plain = plainHostName(selector.target);
  if (plain !== null) return plain;
  const host = analyseHost(selector.target);
  return isCleanHostname(host, ["underscore"]) ? host.ascii : null;
}

/** RFC 8301 §3.2: verifiers MUST NOT consider signatures made with RSA keys shorter than this valid. */
export const VERIFIER_MIN_RSA_BITS = 1024;

/**
 * Why verifiers cannot use a key record whose `p=` decodes (null: they can). Values are case-sensitive
 * (RFC 6376 §3.2).
 */
export function unusableKey(record: DkimKeyRecord): string | null {
  // RFC 6376 §3.6.1: unrecognised key types are ignored (RFC 8463 adds ed25519 to rsa).
  if (record.keyType !== "rsa" && record.keyType !== "ed25519") return `its key type k=${shorten(record.keyType, 20)} is not rsa or ed25519, so verifiers ignore the key (RFC 6376 §3.6.1)`;
  const key = record.key;
  // The key is read as k= says (RFC 6376 §3.6.1, RFC 8463 §4.2: for ed25519, the raw 32 bytes alone).
  if (key.status === "ok" && key.type !== record.keyType) return `its k=${record.keyType} does not match its key, which is ${key.type === "rsa" ? "an RSA" : "an Ed25519"} key`;
  if (key.status === "ok" && key.type === "ed25519" && key.encoding !== "raw") return `its k=ed25519 key is the ${key.bytes}-byte SubjectPublicKeyInfo form, not the raw 32 bytes verifiers read (RFC 8463 §4.2)`;
  if (key.status === "ok" && key.type === "rsa" && key.bits < VERIFIER_MIN_RSA_BITS) return `its RSA key has ${key.bits} bits, and verifiers accept no signature made with fewer than ${VERIFIER_MIN_RSA_BITS} (RFC 8301 §3.2)`;
  // RFC 8301 §3.1: rsa-sha1 signatures MUST NOT be considered valid; Ed25519 signs with SHA-256 (RFC 8463 §3).
  if (record.hashes && !record.hashes.some((item) => item.value === "sha256")) return `its h=${shorten(record.byName.get("h")?.value ?? "", 20)} does not allow sha256, the only hash verifiers accept (RFC 8301 §3.1)`;
  // RFC 6376 §3.6.1: a key whose s= lists neither email nor * is not for mail.
  if (record.serviceTypes && !record.serviceTypes.some((item) => item.value === "email" || item.value === "*")) return `its s=${shorten(record.byName.get("s")?.value ?? "", 20)} does not list email or *, so it is no key for mail (RFC 6376 §3.6.1)`;
  return null;
}

/** A key record verifiers can use: its `p=` decodes and nothing in it makes them refuse it. */
export function isUsableKey(record: DkimKeyRecord): boolean {
  return record.key.status === "ok" && unusableKey(record) === null;
}

/** A CNAME selector, the name its target asks, the TXT answer there and its records parsed. */
export interface SelectorTargetAnswer {
  selector: DkimSelector;
  target: string;
  answer: LookupResult<string[]>;
  /** The answer's TXT records as key records (none unless the answer is "ok"). */
  records: readonly DkimKeyRecord[];
}

/**
 * The answers per live lookup and selector list: dkim-cname-target-invalid, dkim-key-too-short and
 * dkim-testing-flag read the same keys of the same domain, and a key is decoded (base64, then its DER) once
 * for the three, not once per rule.
 */
const answeredBy = new WeakMap<LiveLookup, WeakMap<readonly DkimSelector[], Promise<SelectorTargetAnswer[]>>>();

/** The TXT answers at the targets of the CNAME selectors with a clean target, asked all at once. */
export function selectorTargetAnswers(selectors: readonly DkimSelector[], dns: LiveLookup): Promise<SelectorTargetAnswer[]> {
  let bySelectors = answeredBy.get(dns);
  if (!bySelectors) answeredBy.set(dns, (bySelectors = new WeakMap()));
  let answered = bySelectors.get(selectors);
  if (!answered) bySelectors.set(selectors, (answered = askTargets(selectors, dns)));
  return answered;
}

async function askTargets(selectors: readonly DkimSelector[], dns: LiveLookup): Promise<SelectorTargetAnswer[]> {
  const asked: { selector: DkimSelector; target: string }[] = [];
  for (const selector of selectors) {
    const target = selectorTarget(selector);
    if (target !== null) asked.push({ selector, target });
  }
  // A lookup that rejects (a broken LiveLookup) is a failed lookup, never an exception in three rules.
  const answers = await Promise.all(asked.map(({ target }) => settledLookup(dns.txt(target))));
  return asked.map((entry, i) => {
    const answer = answers[i]!;
    return { ...entry, answer, records: answer.status === "ok" ? answer.records.map(dkimKeyOfText) : [] };
  });
}

/** A key verifiers use for a selector, read at the target of its CNAME. */
export interface ServedKey {
  selector: DkimSelector;
  target: string;
  record: DkimKeyRecord;
}

/**
 * The usable key records served behind the selectors' CNAMEs. Left out: a selector whose file also writes a
 * key record (that key is judged where it is written, and dkim-cname-conflict reports the clash), a target
 * that holds nothing usable (dkim-cname-target-invalid says which), a target whose lookup failed (unreadKeys:
 * each rule says its check was not made), and a revoked key (dkim-cname-target-invalid's `revoked`).
 */
export async function servedKeys(selectors: readonly DkimSelector[], dns: LiveLookup): Promise<ServedKey[]> {
  const out: ServedKey[] = [];
  for (const { selector, target, records } of await selectorTargetAnswers(selectors, dns)) {
    if (selector.text !== null) continue;
    for (const record of records) if (isUsableKey(record)) out.push({ selector, target, record });
  }
  return out;
}

/** A selector behind a CNAME whose key could not be read: the lookup at its target failed. */
export interface UnreadKey {
  selector: DkimSelector;
  target: string;
  reason: string;
}

/**
 * The selectors whose key behind the CNAME could not be read (the TXT lookup at the target failed), but for
 * those whose file also writes a key record (judged there). Each rule that judges the key says so itself:
 * its verdict was not reached, and a run that could not check must not pass, even with
 * dkim-cname-target-invalid turned off.
 */
export async function unreadKeys(selectors: readonly DkimSelector[], dns: LiveLookup): Promise<UnreadKey[]> {
  const out: UnreadKey[] = [];
  for (const { selector, target, answer } of await selectorTargetAnswers(selectors, dns)) {
    if (selector.text === null && answer.status === "failed") out.push({ selector, target, reason: answer.reason });
  }
  return out;
}
