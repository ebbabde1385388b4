import { defineRule } from "../engine/types.js";
import { STS_MODES, isStsMode, isValidMxPattern, mxPatternMatches, normaliseHostName } from "../mail/mta-sts.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "mta-sts-policy-mx",
    area: "mta-sts",
    description: "The MTA-STS policy has a valid mode and mx patterns that cover every MX host of the domain.",
    references: ["RFC8461 §3.2", "RFC8461 §4.1", "RFC8461 §5"],
    defaultLevel: "error",
    kind: "static",
    observes: ["mta-sts", "mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      unmatchedHost: {
        text: "MX host {{host}} matches none of the MTA-STS policy's mx patterns ({{patterns}}): senders enforcing the policy will not deliver to it.",
      },
      noPatterns: { text: "The MTA-STS policy lists no mx pattern: in mode {{mode}} every MX host fails validation." },
      badPattern: {
        text: "\"{{pattern}}\" is not an MTA-STS mx pattern: write a host name, or *. followed by one (the wildcard stands for exactly one leftmost label).",
      },
      badMode: { text: "MTA-STS mode \"{{mode}}\" is not one of {{modes}} (case-sensitive): the policy is invalid." },
    },
    fix: "List a pattern for every MX host, e.g. mx: \"*.mail.ovh.net\" for OVH's mx0–mx4.mail.ovh.net",
  },
  check(ctx) {
    const policy = ctx.domain.mtaSts?.policy;
    if (!policy) return;
    const mxPath = [...policy.path, "mx"];
    // `sts-policy-mode-value = %s"testing" / %s"enforce" / %s"none"` (RFC 8461 §3.2).
    if (!isStsMode(policy.mode)) {
      ctx.report({ messageId: "badMode", data: { mode: policy.mode, modes: STS_MODES.join(", ") }, at: { path: [...policy.path, "mode"] } });
    }
    // `sts-policy-mx-value = ["*."] Domain` (RFC 8461 §3.2). A scalar `mx:` has no index step: the
    // locator then stops at the scalar itself.
    policy.mx.forEach((pattern, i) => {
      if (!isValidMxPattern(pattern)) ctx.report({ messageId: "badPattern", data: { pattern }, at: { path: [...mxPath, i] } });
    });
    // In mode "none" senders validate nothing (§5), and mx lines may be omitted (§3.2).
    if (policy.mode === "none") return;
    if (policy.mx.length === 0) {
      ctx.report({ messageId: "noPatterns", data: { mode: policy.mode }, at: { path: mxPath } });
      return;
    }
    const mx = ctx.domain.mx;
    if (!mx || mx.preset === "null") return;
    const seen = new Set<string>();
    for (const entry of mx.entries) {
      const host = normaliseHostName(entry.host);
      // A null MX target "." (RFC 7505) names no host; other rules judge malformed targets.
      if (host === "" || seen.has(host)) continue;
      seen.add(host);
      // RFC 8461 §4.1: every MX host a sender may pick must match a pattern, or delivery to it fails.
      if (policy.mx.some((pattern) => mxPatternMatches(pattern, host))) continue;
      ctx.report({ messageId: "unmatchedHost", data: { host: entry.host, patterns: policy.mx.join(", ") }, at: { path: mxPath } });
    }
  },
});
