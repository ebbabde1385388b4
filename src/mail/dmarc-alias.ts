// DMARC delegated by alias: a domain file with a `cname:` entry named `_dmarc` and no `dmarc:` key hands its
// policy to a provider's record. Receivers ask `_dmarc.<domain>` TXT (RFC 7489 §6.6.3); a resolver answers
// with the CNAME chain and the TXT its target publishes, so the target's record is the domain's policy.
// Without DNS that record is unknown: the rules say the policy is delegated, never that it is missing.
import { settledLookup, type LiveLookup } from "../dns/lookup.js";
import type { DomainModel, Path } from "../model/types.js";
import { isDmarcRecord } from "./txt-version.js";

export interface DmarcAlias {
  /** The alias target, lower case, without the final dot. */
  target: string;
  /** Where the `cname:` entry sits in the file. */
  path: Path;
}

/** An alias target as the DMARC code compares and shows it: lower case, without the final dot. */
export function aliasTargetName(value: string): string {
  return value.trim().toLowerCase().replace(/\.$/, "");
}

/** The `_dmarc` CNAME that stands for the domain's DMARC record, or null (a `dmarc:` key, or no alias). */
export function dmarcAlias(domain: DomainModel): DmarcAlias | null {
  if (domain.dmarc) return null;
  const entry = domain.cname.find((c) => c.name.toLowerCase() === "_dmarc");
  if (!entry) return null;
  return { target: aliasTargetName(entry.target), path: entry.path };
}

/** What the alias target publishes, as a receiver reads it. */
export type AliasedRecord =
  | { status: "found"; record: string }
  /** No DMARC record there (or the name does not exist): receivers apply no policy. */
  | { status: "none" }
  /** More than one: receivers apply none (RFC 7489 §6.6.3). */
  | { status: "multiple"; count: number }
  /** The lookup failed: what receivers get is unknown, never "none". */
  | { status: "failed"; reason: string };

/** The DMARC record at `target` (one TXT question). Never throws. */
export async function readAliasedRecord(dns: LiveLookup, target: string): Promise<AliasedRecord> {
  const answer = await settledLookup(dns.txt(target));
  if (answer.status === "failed") return { status: "failed", reason: answer.reason };
  if (answer.status !== "ok") return { status: "none" };
  // Receivers keep only records whose version is exactly DMARC1 (RFC 7489 §6.6.3, RFC 9989 §4.10).
  const records = answer.records.filter(isDmarcRecord);
  if (records.length === 0) return { status: "none" };
  if (records.length > 1) return { status: "multiple", count: records.length };
  return { status: "found", record: records[0]! };
}

/**
 * The live `_dmarc` CNAME of `domain`, asked over DNS (one question): for a live model (`audit`), where an
 * alias is no `cname:` entry, or a live side the file's model does not describe. A failed lookup says so.
 */
export async function readLiveDmarcAlias(dns: LiveLookup, domain: string): Promise<DmarcAlias | null | { failed: string }> {
  const answer = await settledLookup(dns.cname(`_dmarc.${domain}`));
  if (answer.status === "failed") return { failed: answer.reason };
  const target = answer.status === "ok" ? answer.records[0] : undefined;
  return target ? { target: aliasTargetName(target), path: ["domain"] } : null;
}

/** What a delegating domain's DMARC alias leads to, with live DNS: the alias and its target's record. */
export type DelegatedRecord =
  | { alias: DmarcAlias; read: AliasedRecord }
  /** In `audit`, whether the live `_dmarc` is an alias could not be asked: never read as "no alias". */
  | { aliasFailed: string };

/**
 * The record a domain without a `dmarc:` key gets through its `_dmarc` alias (the file's `cname:` entry, or
 * in `audit`, where the model is the live state, the live CNAME: one question). Null when the domain has its
 * own record or no alias. Never throws; failures are data.
 */
export async function readDelegatedRecord(dns: LiveLookup, domain: DomainModel): Promise<DelegatedRecord | null> {
  if (domain.dmarc) return null;
  let alias: DmarcAlias | null = dmarcAlias(domain);
  if (!alias && domain.file === null) {
    const live = await readLiveDmarcAlias(dns, domain.domain);
    if (live && "failed" in live) return { aliasFailed: live.failed };
    alias = live;
  }
  if (!alias) return null;
  return { alias, read: await readAliasedRecord(dns, alias.target) };
}
