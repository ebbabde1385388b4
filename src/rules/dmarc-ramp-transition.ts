// The DMARC ramp as a plan changes it: the live record is "before", the file "after". the project's
// decisions: a plan that moves live p=none (or no record) straight to p=reject on a sending domain is an
// error in every pack that enables the ramp; and a loosening is flagged, because it is either deliberate
// (say so in review) or a stale file about to undo someone's tightening. dmarc-ramp-skip judges the history
// written in the file; this rule judges the change against what is live. New id in the catalogue's style.
import { defineRule } from "../engine/types.js";
import { effectivePolicy, isTesting, parseDmarcText, policyRange } from "../mail/dmarc.js";
import type { DmarcDecl, DmarcPolicy } from "../model/types.js";

interface Stance {
  /** 0 none (or no record), 1 quarantine, 2 reject; `t=y` applies one level below (RFC 9989 §4.7). */
  strength: number;
  policy: DmarcPolicy | null;
  label: string;
}

const STRENGTH: Readonly<Record<DmarcPolicy, number>> = { none: 0, quarantine: 1, reject: 2 };

function stanceOf(decl: DmarcDecl | null): Stance {
  const record = decl ? parseDmarcText(decl.text) : null;
  // A record not starting v=DMARC1 is no policy at all to a receiver (RFC 7489 §6.6.3).
  if (!record || !record.versionFirst) return { strength: 0, policy: null, label: "no DMARC record" };
  const { policy } = effectivePolicy(record);
  const testing = isTesting(record);
  return { strength: Math.max(0, STRENGTH[policy] - (testing ? 1 : 0)), policy, label: `p=${policy}${testing ? "; t=y" : ""}` };
}

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-ramp-transition",
    area: "dmarc",
    description: "A plan never moves a sending domain's live DMARC policy from p=none (or no record) straight to p=reject, and flags any loosening.",
    references: ["RFC9989 §5.1.5", "RFC9989 §5.1.6", "RFC9989 §4.7", "MS-DMARC", "G-DMARC", "OVH-DMARC"],
    defaultLevel: "error",
    kind: "transition",
    observes: ["dmarc", "mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      skip: {
        text: "this change moves DMARC from {{before}} (live) straight to {{after}}: a sending domain goes through p=quarantine first, so mail the reports missed lands in spam rather than being refused",
      },
      loosening: {
        text: "this change loosens DMARC from {{before}} (live) to {{after}}: receivers will accept more unauthenticated mail as {{domain}}; make sure that is intended",
        tier: "lower",
      },
    },
    fix: "Apply p=quarantine first (with rua), watch the reports, then move to p=reject in a later change.",
  },
  check(ctx) {
    const { domain, observed } = ctx;
    if (!observed) return;
    const before = stanceOf(observed.dmarc);
    const after = stanceOf(domain.dmarc);
    const record = domain.dmarc ? parseDmarcText(domain.dmarc.text) : null;
    const at = domain.dmarc && record ? ctx.textAnchor(domain.dmarc.text, ...policyRange(record)) : { path: ["domain"] };
    const data = { before: before.label, after: after.label, domain: domain.domain };
    // A domain that sends nothing may go straight to reject (dmarc-parked-domain).
    if (domain.mail.sends && before.strength === 0 && after.strength === STRENGTH.reject) {
      ctx.report({ messageId: "skip", data, at });
    } else if (after.strength < before.strength) {
      ctx.report({ messageId: "loosening", data, at });
    }
  },
});
