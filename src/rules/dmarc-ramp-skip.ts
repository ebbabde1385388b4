import { defineRule } from "../engine/types.js";
import { rampStages, stageAnchor } from "../mail/dmarc.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-ramp-skip",
    area: "dmarc",
    description: "A sending domain reaches p=reject through a recorded p=quarantine stage, never straight from p=none or from nothing.",
    references: ["MS-DMARC", "G-DMARC", "RFC9989 §5.1.5", "RFC9989 §5.1.6", "OVH-DMARC"],
    defaultLevel: "error",
    kind: "static",
    observes: ["dmarc", "mx", "spf"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      noneToReject: {
        text: "p=reject (since {{since}}) follows p=none (since {{noneSince}}) with no quarantine stage: legitimate mail the reports missed would be refused outright.",
      },
      firstReject: {
        text: "The first recorded DMARC stage is already p=reject (since {{since}}): a sending domain goes through p=quarantine first.",
      },
    },
    fix: "Record the ramp: history: [{p: none, since: ...}, {p: quarantine, since: ...}], then p=reject.",
  },
  check(ctx) {
    const { domain } = ctx;
    const dmarc = domain.dmarc;
    // A domain that sends nothing goes straight to reject (dmarc-parked-domain).
    if (!dmarc || !domain.mail.sends) return;
    // Without `since` or history the file says nothing about the ramp, and there is nothing to judge.
    if (dmarc.history.length === 0 && dmarc.since === null) return;
    const stages = rampStages(dmarc).filter((stage) => stage.policy !== null);
    stages.forEach((stage, i) => {
      if (stage.policy !== "reject") return;
      const previous = stages[i - 1];
      const at = stageAnchor(dmarc, stage, ctx.textAnchor);
      const since = stage.since ?? "an undeclared date";
      if (!previous) ctx.report({ messageId: "firstReject", data: { since }, at });
      else if (previous.policy === "none") ctx.report({ messageId: "noneToReject", data: { since, noneSince: previous.since ?? "an undeclared date" }, at });
    });
  },
});
