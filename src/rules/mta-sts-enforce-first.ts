import { defineRule } from "../engine/types.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "mta-sts-enforce-first",
    area: "mta-sts",
    description: "An MTA-STS policy in enforce mode follows a declared testing stage.",
    references: ["RFC8461 §3.2", "RFC8461 §5", "RFC8460 §3"],
    defaultLevel: "warn",
    kind: "static",
    observes: ["mta-sts"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      enforceFirst: {
        text: "MTA-STS mode enforce with no earlier testing stage in mtaSts.history: senders will refuse to deliver if any MX fails certificate checks, and nothing has shown yet that they pass.",
      },
    },
    fix: "Start with mode: testing and a TLS-RPT record, then switch to enforce and record the testing stage in mtaSts.history: [{ mode: testing, since: 2026-09-01 }]",
  },
  check(ctx) {
    const mtaSts = ctx.domain.mtaSts;
    const policy = mtaSts?.policy;
    if (!mtaSts || !policy || policy.mode !== "enforce") return;
    // RFC 8461 §5: testing mode lets senders report failures (via TLS-RPT, RFC 8460) without refusing mail,
    // which is how a domain learns that its MX certificates pass before it enforces.
    if (mtaSts.history.some((stage) => stage.mode === "testing")) return;
    ctx.report({ messageId: "enforceFirst", at: { path: [...policy.path, "mode"] } });
  },
});
