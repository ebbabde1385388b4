// A selector delegated by CNAME (OVH's way, OVH-DKIM) only works if the CNAME's target holds a key record:
// verifiers follow the alias and read TXT there (RFC 6376 §3.6.2.1). A target that does not exist, holds no
// TXT or no usable `p=` makes every signature with that selector fail (permfail, RFC 6376 §6.1.2). New id
// in the catalogue's style: it had no id for it. Needs live DNS.
import { defineRule } from "../engine/types.js";
import { dkimKeyOfText, type DkimKey } from "../mail/dkim.js";
import { analyseHost, isCleanHostname, plainHostName } from "../mail/host.js";
import type { DkimSelector } from "../model/types.js";

/** The target's A-label name when it is a host name whose only problems are underscores, else null. */
function cleanTarget(target: string): string | null {
  const host = analyseHost(target);
  return isCleanHostname(host, ["underscore"]) ? host.ascii : null;
}

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
    // Malformed targets are the static rules' (dkim-ovh-must-be-cname); `_domainkey` labels carry "_".
    // A plain lower-case target (OVH's) is read as it is; anything else goes through the host analysis.
    const selectors: { selector: DkimSelector; target: string }[] = [];
    for (const selector of domain.dkim.selectors) {
      if (selector.kind !== "cname" || selector.target === null) continue;
      const target = plainHostName(selector.target) ?? cleanTarget(selector.target);
      if (target !== null) selectors.push({ selector, target });
    }
    const answers = await Promise.all(selectors.map(({ target }) => dns.txt(target)));
    selectors.forEach(({ selector, target }, i) => {
      const answer = answers[i]!;
      const at = { path: [...selector.path, "cname"] };
      const data = { selector: selector.name, target };
      if (answer.status === "failed") return ctx.report({ messageId: "lookupFailed", data: { ...data, reason: answer.reason }, at });
      if (answer.status === "nxdomain") return ctx.report({ messageId: "targetMissing", data, at });
      if (answer.status !== "ok") return ctx.report({ messageId: "noKey", data, at });
      const keys = answer.records.map((record) => dkimKeyOfText(record).key);
      if (keys.some((key) => key.status === "ok")) return;
      if (keys.some((key) => key.status === "revoked")) {
        if (selector.active) ctx.report({ messageId: "revoked", data, at });
        return;
      }
      ctx.report({ messageId: "invalidKey", data: { ...data, problem: keys[0] ? problemOf(keys[0]) : "it holds no usable key" }, at });
    });
  },
});
