// The DMARC ramp as a plan changes it: the live record is "before", the file "after". the project's
// decisions: a plan that moves live p=none (or no record) straight to p=reject on a sending domain is an
// error in every pack that enables the ramp; and a loosening is flagged, because it is either deliberate
// (say so in review) or a stale file about to undo someone's tightening. dmarc-ramp-skip judges the history
// written in the file; this rule judges the change against what is live. New id in the catalogue's style.
// A `_dmarc` CNAME (on either side) stands for the record its target publishes: receivers follow the alias
// (RFC 7489 §6.6.3), so the target's policy is what is compared, read over DNS.
import { defineRule, type LiveLookup } from "../engine/types.js";
import { effectivePolicy, isTesting, parseDmarc, parseDmarcText, policyRange, type DmarcRecord } from "../mail/dmarc.js";
import { dmarcAlias, readAliasedRecord, readLiveDmarcAlias, type DmarcAlias } from "../mail/dmarc-alias.js";
import type { DmarcPolicy, DomainModel } from "../model/types.js";

interface Stance {
  /** 0 none (or no record), 1 quarantine, 2 reject; `t=y` applies one level below (RFC 9989 §4.7). */
  strength: number;
  policy: DmarcPolicy | null;
  label: string;
}

const STRENGTH: Readonly<Record<DmarcPolicy, number>> = { none: 0, quarantine: 1, reject: 2 };

function stanceOf(record: DmarcRecord | null, where = ""): Stance {
  // A record not starting v=DMARC1 is no policy at all to a receiver (RFC 7489 §6.6.3).
  if (!record || !record.versionFirst) return { strength: 0, policy: null, label: `no DMARC record${where}` };
  const { policy } = effectivePolicy(record);
  const testing = isTesting(record);
  return { strength: Math.max(0, STRENGTH[policy] - (testing ? 1 : 0)), policy, label: `p=${policy}${testing ? "; t=y" : ""}${where}` };
}

/** A stance, or why the policy behind an alias could not be read. */
type Read = { stance: Stance } | { unread: string; target: string };

/** The policy receivers get through a `_dmarc` CNAME: the record at its target. */
async function aliasStance(alias: DmarcAlias, dns: LiveLookup | null): Promise<Read> {
  if (!dns) return { unread: "no live DNS", target: alias.target };
  const read = await readAliasedRecord(dns, alias.target);
  const where = ` (delegated to ${alias.target})`;
  switch (read.status) {
    case "found":
      return { stance: stanceOf(parseDmarc(read.record), where) };
    case "multiple":
      return { stance: { strength: 0, policy: null, label: `${read.count} DMARC records, so none applies${where}` } };
    case "failed":
      return { unread: `the lookup failed: ${read.reason}`, target: alias.target };
    default:
      return { stance: stanceOf(null, where) };
  }
}

/**
 * The live `_dmarc` alias, if any. A live CNAME is no `cname:` entry of the observed model `plan` builds (the
 * `_dmarc` TXT question sees it as a conflict), so when the live side shows no record, whether it is an
 * alias is asked (one question): its target's policy is what receivers apply today, which a record of the
 * file's own or another alias may loosen (or skip from). A model that declares the alias is read as it says.
 */
async function liveAliasOf(observed: DomainModel, dns: LiveLookup | null): Promise<DmarcAlias | null | { failed: string }> {
  if (observed.dmarc) return null;
  const declared = dmarcAlias(observed);
  if (declared || !dns) return declared;
  return readLiveDmarcAlias(dns, observed.domain);
}

/** The live side: its own record, or what its alias leads to. */
async function liveStance(observed: DomainModel, liveAlias: DmarcAlias | null | { failed: string }, dns: LiveLookup | null): Promise<Read> {
  if (observed.dmarc) return { stance: stanceOf(parseDmarcText(observed.dmarc.text)) };
  if (liveAlias && "failed" in liveAlias) return { unread: `the lookup failed: ${liveAlias.failed}`, target: `_dmarc.${observed.domain}` };
  return liveAlias ? aliasStance(liveAlias, dns) : { stance: stanceOf(null) };
}

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-ramp-transition",
    area: "dmarc",
    description: "A plan never moves a sending domain's live DMARC policy from p=none (or no record) straight to p=reject, and flags any loosening.",
    references: ["RFC9989 §5.1.5", "RFC9989 §5.1.6", "RFC9989 §4.7", "MS-DMARC", "G-DMARC", "OVH-DMARC"],
    defaultLevel: "error",
    kind: "transition",
    observes: ["dmarc", "mx", "spf"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      skip: {
        text: "this change moves DMARC from {{before}} (live) straight to {{after}}: a sending domain goes through p=quarantine first, so mail the reports missed lands in spam rather than being refused",
      },
      unreadAfter: {
        text: "this change delegates DMARC to {{target}} (a CNAME), whose policy could not be checked ({{reason}}): whether it keeps {{before}} (live) is unknown",
        tier: "lower",
      },
      unreadBefore: {
        text: "the live DMARC policy behind {{target}} could not be checked ({{reason}}): whether this change to {{after}} loosens DMARC or skips p=quarantine is unknown",
        tier: "lower",
      },
      loosening: {
        text: "this change loosens DMARC from {{before}} (live) to {{after}}: receivers will accept more unauthenticated mail as {{domain}}; make sure that is intended",
        tier: "lower",
      },
    },
    fix: "Apply p=quarantine first (with rua), watch the reports, then move to p=reject in a later change.",
  },
  async check(ctx) {
    const { domain, observed, dns } = ctx;
    if (!observed) return;
    const record = domain.dmarc ? parseDmarcText(domain.dmarc.text) : null;
    const alias = dmarcAlias(domain);
    const at = domain.dmarc && record ? ctx.textAnchor(domain.dmarc.text, ...policyRange(record)) : alias ? { path: alias.path, name: `_dmarc.${domain.domain}` } : { path: ["domain"] };
    const liveAlias = await liveAliasOf(observed, dns);
    // The same alias on both sides: the plan changes nothing receivers read.
    if (alias && liveAlias && "target" in liveAlias && alias.target === liveAlias.target) return;
    const afterRead: Read = alias ? await aliasStance(alias, dns) : { stance: stanceOf(record) };
    const beforeRead = await liveStance(observed, liveAlias, dns);
    if (!("stance" in beforeRead)) {
      const after = "stance" in afterRead ? afterRead.stance.label : `the record at ${afterRead.target}`;
      ctx.report({ messageId: "unreadBefore", data: { target: beforeRead.target, reason: beforeRead.unread, after }, at });
      return;
    }
    const before = beforeRead.stance;
    if (!("stance" in afterRead)) {
      // Nothing to loosen and no move to judge on a domain that sends nothing: the unknown changes no verdict.
      if (before.strength > 0 || domain.mail.sends) ctx.report({ messageId: "unreadAfter", data: { target: afterRead.target, reason: afterRead.unread, before: before.label }, at });
      return;
    }
    const after = afterRead.stance;
    const data = { before: before.label, after: after.label, domain: domain.domain };
    // A domain that sends nothing may go straight to reject (dmarc-parked-domain).
    if (domain.mail.sends && before.strength === 0 && after.strength === STRENGTH.reject) {
      ctx.report({ messageId: "skip", data, at });
    } else if (after.strength < before.strength) {
      ctx.report({ messageId: "loosening", data, at });
    }
  },
});
