// A DMARC tightening must be backed by what receivers report (RFC 9989 §5.1: legitimate failing streams
// are fixed before enforcement; OVH's DMARC guide: analyse the reports, then harden). The figures come from
// the evidence file (dmarc-evidence.json, written by `maildns reports evidence`) through the rule context;
// this rule never reads the report store.
//
// In `plan` the change judged is live → file; in `lint` it is the file's last history stage → its current
// record, while that change is recent (see the doc).
import type { RuleContext } from "../engine/types.js";
import { defineRule } from "../engine/types.js";
import { daysBetween, effectivePolicy, findTag, isTesting, parseDmarc, parseDmarcText, policyOf, policyRange, type DmarcRecord } from "../mail/dmarc.js";
import { dmarcAlias, readAliasedRecord, readLiveDmarcAlias, type DmarcAlias } from "../mail/dmarc-alias.js";
import type { DmarcDecl, DmarcPolicy, DmarcStage, DomainModel } from "../model/types.js";
import { assessEvidence, describeSource, figures, sharePercent, type RampThresholds } from "../mail/dmarc-ramp.js";

interface Options {
  minDays: number;
  minPassingShare: number;
  maxSourceShare: number;
}

const STRENGTH: Readonly<Record<DmarcPolicy, number>> = { none: 0, quarantine: 1, reject: 2 };

/** A DMARC stage as receivers apply it. */
interface Stance {
  /** 0 none (or no record), 1 quarantine, 2 reject, after t=y's one-level discount (RFC 9989 §4.7). */
  strength: number;
  pct: number;
  testing: boolean;
  /** Subdomain and non-existent-subdomain policies (RFC 7489 §6.3, RFC 9989 §4.7); null when not compared. */
  sp: number | null;
  np: number | null;
  label: string;
}

function stanceOfRecord(decl: DmarcDecl | null): Stance {
  return stanceOfParsed(decl ? parseDmarcText(decl.text) : null);
}

function stanceOfParsed(record: DmarcRecord | null, where = ""): Stance {
  if (!record || !record.versionFirst) return { strength: 0, pct: 100, testing: false, sp: 0, np: 0, label: `no DMARC record${where}` };
  const policy = effectivePolicy(record).policy;
  const testing = isTesting(record);
  const pctValue = Number(findTag(record, "pct")?.value ?? "100");
  const pct = Number.isInteger(pctValue) && pctValue >= 0 && pctValue <= 100 ? pctValue : 100;
  const discount = testing ? 1 : 0;
  return {
    strength: Math.max(0, STRENGTH[policy] - discount),
    pct,
    testing,
    sp: Math.max(0, STRENGTH[effectivePolicy(record, "subdomain").policy] - discount),
    np: Math.max(0, STRENGTH[effectivePolicy(record, "nonexistent").policy] - discount),
    label: `p=${policy}${pct < 100 ? `; pct=${pct}` : ""}${testing ? "; t=y" : ""}${where}`,
  };
}

/**
 * The live stance. A live `_dmarc` CNAME (DMARC delegated to a provider's record) stands for the record
 * its target publishes, which receivers apply (RFC 7489 §6.6.3): it is read over DNS, from the observed
 * model's `cname:` entry or, when the live side shows no record and the file's could tighten it, by asking
 * the alias (one question). A lookup that fails leaves the stance unknown, never "no record".
 */
async function liveStance(ctx: RuleContext<Options>, observed: DomainModel, after: Stance): Promise<Stance | { unread: string; target: string }> {
  if (observed.dmarc) return stanceOfRecord(observed.dmarc);
  const { dns } = ctx;
  let alias: DmarcAlias | null = dmarcAlias(observed);
  if (!alias && dns && after.strength > 0) {
    const live = await readLiveDmarcAlias(dns, observed.domain);
    if (live && "failed" in live) return { unread: live.failed, target: `_dmarc.${observed.domain}` };
    alias = live;
  }
  if (!alias) return stanceOfRecord(null);
  if (!dns) return { unread: "no live DNS", target: alias.target };
  const read = await readAliasedRecord(dns, alias.target);
  const where = ` (delegated to ${alias.target})`;
  if (read.status === "failed") return { unread: read.reason, target: alias.target };
  return stanceOfParsed(read.status === "found" ? parseDmarc(read.record) : null, where);
}

function stanceOfStage(stage: DmarcStage): Stance | null {
  const policy = policyOf(stage.p);
  if (!policy) return null;
  const testing = stage.t === true;
  const pct = stage.pct ?? 100;
  return { strength: Math.max(0, STRENGTH[policy] - (testing ? 1 : 0)), pct, testing, sp: null, np: null, label: `p=${policy}${pct < 100 ? `; pct=${pct}` : ""}${testing ? "; t=y" : ""}` };
}

/** What makes `after` stricter than `before`, in words; empty when nothing does. */
function tightenings(before: Stance, after: Stance): string[] {
  const changes: string[] = [];
  if (after.strength > before.strength) changes.push(`${before.label} → ${after.label}`);
  else if (after.strength === before.strength && after.strength > 0 && after.pct > before.pct) changes.push(`pct=${before.pct} → pct=${after.pct}`);
  else if (after.strength === before.strength && before.testing && !after.testing && after.strength > 0) changes.push("t=y removed");
  // sp and np fall back to p (RFC 7489 §6.3, RFC 9989 §4.7): only a rise beyond p's own is theirs.
  const pRise = after.strength - before.strength;
  if (before.sp !== null && after.sp !== null && after.sp - before.sp > Math.max(0, pRise)) changes.push("sp tightened");
  if (before.np !== null && after.np !== null && after.np - before.np > Math.max(0, pRise)) changes.push("np tightened");
  return changes;
}

function sameStance(a: Stance, b: Stance): boolean {
  return a.strength === b.strength && a.pct === b.pct && a.testing === b.testing && a.sp === b.sp && a.np === b.np;
}

/** The next step of the ramp from this stance, or null at full enforcement. */
function nextStage(stance: Stance): string | null {
  if (stance.testing) return "t=y removed";
  if (stance.strength === 0) return "p=quarantine";
  if (stance.pct < 100) return "pct=100";
  if (stance.strength === 1) return "p=reject";
  return null;
}

export default defineRule<Options>({
  meta: {
    id: "dmarc-ramp-evidence",
    area: "dmarc",
    description: "A DMARC tightening (none → quarantine → reject, pct up, t=y removed, sp/np tightened) is backed by aggregate reports: enough days, enough passing mail, no large failing source.",
    references: ["RFC9989 §5.1", "RFC9989 §5.1.5", "RFC9989 §5.1.6", "RFC7489 §7.2", "OVH-DMARC", "G-DMARC", "MS-DMARC"],
    defaultLevel: "error",
    kind: "static",
    // The DMARC record and whether the domain sends mail (its MX); the evidence comes from the evidence file.
    observes: ["dmarc", "mx", "spf"],
    options: {
      type: "object",
      properties: {
        minDays: { type: "integer", minimum: 1, maximum: 366, default: 14, description: "Days with reports the evidence must cover before DMARC may tighten." },
        minPassingShare: { type: "number", minimum: 0, maximum: 1, default: 0.98, description: "Share of the domain's reported messages that must pass DMARC (aligned SPF or aligned DKIM), 0–1." },
        maxSourceShare: { type: "number", minimum: 0, maximum: 1, default: 0.01, description: "Largest share of the domain's messages one failing source may have, 0–1." },
      },
      additionalProperties: false,
    },
    messages: {
      notBacked: {
        text: "DMARC tightens ({{change}}) before the aggregate reports back it: {{reasons}} (needed: {{minDays}} days, {{minPassing}} passing, no failing source above {{maxSource}})",
      },
      noEvidence: {
        text: "DMARC tightens ({{change}}) with no aggregate reports to back it: no dmarc-evidence.json applies to this file; run `maildns reports evidence` and commit it beside the domain files",
        tier: "lower",
      },
      unusableEvidence: {
        text: "DMARC tightens ({{change}}) with no aggregate reports to back it: the evidence file {{file}} cannot be used (see the error on it), so the tightening is judged as if there were none; run `maildns reports evidence` again to write it",
        tier: "lower",
      },
      unreadBefore: {
        text: "the live DMARC policy behind {{target}} could not be checked ({{reason}}): whether {{after}} tightens it, and so needs the reports' backing, is unknown",
        tier: "lower",
      },
      ready: {
        text: "the aggregate reports back the next DMARC stage ({{next}}): {{figures}}, no failing source above {{maxSource}}",
        tier: "info",
      },
    },
    fix: "Keep the current stage until the reports show every legitimate source passing: authorise failing senders in SPF or have them sign with DKIM, then tighten.",
  },
  async check(ctx) {
    const { domain } = ctx;
    const dmarc = domain.dmarc;
    // A domain that sends nothing has no mail to measure: it goes straight to reject (dmarc-parked-domain).
    if (!dmarc || !domain.mail.sends) return;
    // Where a finding points, and the thresholds as its message shows them: made only for a finding (most
    // domains of a large lint get none from this rule).
    const at = () => ctx.textAnchor(dmarc.text, ...policyRange(parseDmarcText(dmarc.text)));
    const after = stanceOfRecord(dmarc);
    const thresholds: RampThresholds = { minDays: ctx.options.minDays, minPassingShare: ctx.options.minPassingShare, maxSourceShare: ctx.options.maxSourceShare };
    const numbers = () => ({ minDays: thresholds.minDays, minPassing: sharePercent(thresholds.minPassingShare), maxSource: sharePercent(thresholds.maxSourceShare) });

    let changes: string[];
    let moved: boolean;
    if (ctx.observed) {
      const before = await liveStance(ctx, ctx.observed, after);
      if (!("strength" in before)) {
        ctx.report({ messageId: "unreadBefore", data: { target: before.target, reason: before.unread, after: after.label }, at: at() });
        return;
      }
      changes = tightenings(before, after);
      moved = !sameStance(before, after);
    } else {
      changes = recentTightening(ctx, dmarc, after);
      moved = changes.length > 0;
    }

    const assessment = assessEvidence(ctx.evidence?.domain ?? null, thresholds);
    if (changes.length > 0) {
      const change = changes.join(", ");
      if (!ctx.evidence) {
        // A broken evidence file is no evidence, never evidence that backs the change: its own error fails the run.
        if (ctx.unusableEvidence !== undefined) ctx.report({ messageId: "unusableEvidence", data: { change, file: ctx.unusableEvidence }, at: at() });
        else ctx.report({ messageId: "noEvidence", data: { change }, at: at() });
        return;
      }
      if (assessment.supported) return;
      ctx.report({ messageId: "notBacked", data: { change, reasons: reasonsNotYet(ctx, assessment, thresholds), ...numbers() }, at: at() });
      return;
    }
    const next = nextStage(after);
    if (!moved && next && assessment.supported) ctx.report({ messageId: "ready", data: { next, figures: figures(assessment), maxSource: numbers().maxSource }, at: at() });
  },
});

/**
 * In `lint`, the move from the last history stage to the current record, when it is recent: it took effect
 * on or after the last day the evidence covers (without evidence: within the last `minDays` days, or later).
 * An older move has been in force while the reports were collected; judging it again would fail unrelated
 * pull requests.
 */
function recentTightening(ctx: RuleContext<Options>, dmarc: DmarcDecl, after: Stance): string[] {
  const previous = dmarc.history[dmarc.history.length - 1];
  if (!previous || dmarc.since === null) return [];
  const before = stanceOfStage(previous);
  if (!before) return [];
  const window = ctx.evidence?.window;
  const recent = window ? dmarc.since >= window.to : daysBetween(dmarc.since, ctx.today) <= ctx.options.minDays;
  if (!recent) return [];
  return tightenings(before, { ...after, sp: null, np: null });
}

function reasonsNotYet(ctx: RuleContext<Options>, assessment: ReturnType<typeof assessEvidence>, thresholds: RampThresholds): string {
  const view = ctx.evidence!;
  if (assessment.messages === 0) return `no reports for ${ctx.domain.domain} in ${view.file} (${view.window.from} → ${view.window.to}); check that rua= reaches the mailbox you ingest`;
  const parts = [figures(assessment)];
  const shown = assessment.blocking.slice(0, 3);
  if (shown.length > 0) {
    parts.push(`${shown.map(describeSource).join("; ")}: authorise ${shown.length === 1 ? "it" : "them"} in SPF or sign ${shown.length === 1 ? "its" : "their"} mail with DKIM aligned with ${ctx.domain.domain}`);
    if (assessment.blocking.length > shown.length) parts.push(`and ${assessment.blocking.length - shown.length} more failing sources`);
  } else if (assessment.passingShare < thresholds.minPassingShare) {
    parts.push("no single source above the bar: many small senders fail; see `maildns reports summary`");
  }
  return parts.join("; ");
}
