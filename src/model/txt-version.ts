// Whether a TXT string is an SPF record or a DMARC record: the one reading maildns has of each, so that the
// apply, import, audit, doctor and rollback never disagree about which TXT a name holds.
//
// Two readings of each, named for their purpose, and never more:
// - `isSpfRecord` / `isDmarcRecord` are what receivers keep. Use them for verdicts: is there an SPF
//   record, how many DMARC records would a receiver count, does the domain publish a policy.
// - `looksLikeSpf` / `looksLikeDmarc` also take a near-record some receiver might still read as one. Use
//   them to select live records that a name must never hold twice (two-record detection, slots the apply
//   replaces, rollback): replacing a near-record is harmless, while leaving it beside a new record could
//   leave two, so the generous reading is the safe side there.
//
// The predicates run once per TXT in hot paths: each is one precompiled, anchored regex, no allocation.

// RFC 7208 §4.5: records that do not begin with a version section of exactly "v=spf1" are discarded, and
// the version section ends at a SP or the end of the record (§4.5, §12 `record = version terms *SP`,
// `version = "v=spf1"`). ABNF strings are case-insensitive (RFC 5234 §2.3), so "V=SPF1" is one. Not records:
// a leading blank, "v=spf10", "v=spf1include:…", and "v=spf1<TAB>…" (a tab is not SP).
const SPF_RECORD = /^v=spf1(?: |$)/i;

// The same version, then any whitespace or the end: a tab (or a newline some zone tool wrote) after v=spf1
// makes a record RFC 7208 §4.5 discards, yet it is plainly meant as SPF and a lax receiver may read it.
// Selected as SPF, the apply replaces it instead of creating a second SPF record beside it (§3.2: two
// records are a permerror).
const SPF_LIKE = /^v=spf1(?:\s|$)/i;

// RFC 7489 §6.4: `dmarc-version = "v" *WSP "=" *WSP %x44 %x4d %x41 %x52 %x43 %x31`, followed by
// `dmarc-sep = *WSP ";" *WSP` or the end. The tag name is an ABNF literal (any case, RFC 5234 §2.3), blanks
// (WSP: space, tab) are allowed around `=`, and the value is spelled in code points: exactly "DMARC1".
// §6.6.3 discards records that do not start with it; RFC 9989 (DMARCbis) keeps the same `dmarc-version`
// rule (§4.7: v is required, first, and DMARC1 case-sensitive; §4.10 discards the others).
const DMARC_RECORD = /^[vV][ \t]*=[ \t]*DMARC1[ \t]*(?:;|$)/;

// The same with DMARC1 in any case: `v=dmarc1; p=reject` is meant as DMARC. Receivers discard it, but one
// that ignores the case counts it, and beside another record that receiver applies no policy at all
// (§6.6.3), so a name never gets a new DMARC record beside it; dmarc-v-first reports it.
const DMARC_LIKE = /^v[ \t]*=[ \t]*DMARC1[ \t]*(?:;|$)/i;

/** An SPF record as receivers keep it (RFC 7208 §4.5): for verdicts. */
export function isSpfRecord(text: string): boolean {
  return SPF_RECORD.test(text);
}

/** An SPF record, or `v=spf1` then other whitespace: for selecting records a name must hold only once. */
export function looksLikeSpf(text: string): boolean {
  return SPF_LIKE.test(text);
}

/** A DMARC record as receivers keep it (RFC 7489 §6.4, §6.6.3; RFC 9989 §4.7): for verdicts. */
export function isDmarcRecord(text: string): boolean {
  return DMARC_RECORD.test(text);
}

/** A DMARC record, or one whose version is DMARC1 in another case: for selecting records held only once. */
export function looksLikeDmarc(text: string): boolean {
  return DMARC_LIKE.test(text);
}
