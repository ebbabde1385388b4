// A selector delegated by CNAME (OVH's way, OVH-DKIM) only works if the CNAME's target holds a key record:
// verifiers follow the alias and read TXT there (RFC 6376 §3.6.2.1). A target that does not exist, holds no
// TXT or no usable `p=` makes every signature with that selector fail (permfail, RFC 6376 §6.1.2). New id
// in the catalogue's style: it had no id for it. Needs live DNS.
import { defineRule } from "../engine/types.js";
import type { DkimKey } from "../mail/dkim.js";
import { isUsableKey, selectorTargetAnswers, unusableKey } from "../mail/dkim-served.js";

function problemOf(key: DkimKey): string {
  switch (key.status) {
    case "missing":
      return "it has no p= tag";
    case "bad-base64":
      return "its p= is not valid base64";
    case "undecodable":
      return "its p= decodes to neither an RSA nor an Ed25519 key";
    default:
      return "it holds no usable key";
  }
}

export default defineRule<Record<string, never>>({
  meta: {
    id: "dkim-cname-target-invalid",
    area: "dkim",
    description: "Every DKIM selector delegated by CNAME points at a name that holds a valid key record in live DNS.",
    references: ["RFC6376 §3.6.2.1", "RFC6376 §3.6.1", "RFC6376 §6.1.2", "OVH-DKIM"],
    defaultLevel: "error",
    kind: "live",
    observes: ["dkim"],
    alsoObserves: ["dkim-probe"],
    enforces: [
      { section: "RFC6376 §6.1.2", keyword: "MUST", text: "a verifier returns PERMFAIL when the key record does not exist or does not adhere to the format", messages: ["targetMissing", "noKey", "invalidKey"] },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      targetMissing: {
        text: "selector {{selector}} points at {{target}}, which does not exist (NXDOMAIN): verifiers find no key and DKIM fails for mail signed with it",
      },
      noKey: {
        text: "selector {{selector}} points at {{target}}, which publishes no TXT record: verifiers find no key and DKIM fails for mail signed with it",
      },
      invalidKey: {
        text: "selector {{selector}} points at {{target}}, whose TXT record is not a usable DKIM key ({{problem}}): DKIM fails for mail signed with it",
      },
      revoked: {
        text: "selector {{selector}} is declared active but the key at {{target}} is revoked (empty p=): mail signed with it fails DKIM",
        tier: "lower",
      },
      lookupFailed: {
        text: "could not read the key of selector {{selector}} at {{target}}: the TXT lookup failed ({{reason}}); whether the key exists is unknown",
        tier: "lower",
      },
    },
    fix: "Copy the CNAME target exactly as OVH's API gives it (GET /email/domain/{domain}/dkim), trailing dot included, or enable DKIM at OVH so the key is published.",
  },
  async check(ctx) {
    const { dns, domain } = ctx;
    if (!dns || !domain.dkim) return;
    // What makes a key that decodes useless to a verifier (unusableKey): the static rules judge those tags on
    // a key the file holds, and dkim-key-too-short and dkim-testing-flag also judge a usable key behind the
    // alias; the rest of what verifiers refuse is said here.
    const answered = await selectorTargetAnswers(domain.dkim.selectors, dns);
    for (const { selector, target, answer, records } of answered) {
      const at = { path: [...selector.path, "cname"] };
      const data = { selector: selector.name, target };
      if (answer.status === "failed") {
        ctx.report({ messageId: "lookupFailed", data: { ...data, reason: answer.reason }, at });
        continue;
      }
      if (answer.status === "nxdomain") {
        ctx.report({ messageId: "targetMissing", data, at });
        continue;
      }
      if (answer.status !== "ok") {
        ctx.report({ messageId: "noKey", data, at });
        continue;
      }
      if (records.some(isUsableKey)) continue;
      if (records.some((record) => record.key.status === "revoked")) {
        if (selector.active) ctx.report({ messageId: "revoked", data, at });
        continue;
      }
      const first = records[0];
      const problem = !first ? "it holds no usable key" : first.key.status === "ok" ? unusableKey(first)! : problemOf(first.key);
      ctx.report({ messageId: "invalidKey", data: { ...data, problem }, at });
    }
  },
});
