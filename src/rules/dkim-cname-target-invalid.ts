// A selector delegated by CNAME (OVH's way, OVH-DKIM) only works if the CNAME's target holds a key record:
// verifiers follow the alias and read TXT there (RFC 6376 §3.6.2.1). A target that does not exist, holds no
// TXT or no usable `p=` makes every signature with that selector fail (permfail, RFC 6376 §6.1.2). New id
// in the catalogue's style: it had no id for it. Needs live DNS.
import { defineRule } from "../engine/types.js";
import { dkimKeyOfText, shorten, type DkimKey, type DkimKeyRecord } from "../mail/dkim.js";
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

/** RFC 8301 §3.2: verifiers MUST NOT consider signatures made with RSA keys shorter than this valid. */
const VERIFIER_MIN_RSA_BITS = 1024;

/**
 * Why verifiers cannot use a key record whose `p=` decodes (null: they can). The static rules judge these
 * tags on a key the file holds; behind an alias only this rule reads the key, so it says here what makes
 * the key useless to a verifier (values are case-sensitive, RFC 6376 §3.2).
 */
function unusable(record: DkimKeyRecord): string | null {
  // RFC 6376 §3.6.1: unrecognised key types are ignored (RFC 8463 adds ed25519 to rsa).
  if (record.keyType !== "rsa" && record.keyType !== "ed25519") return `its key type k=${shorten(record.keyType, 20)} is not rsa or ed25519, so verifiers ignore the key (RFC 6376 §3.6.1)`;
  const key = record.key;
  // The key is read as k= says (RFC 6376 §3.6.1, RFC 8463 §4.2: for ed25519, the raw 32 bytes alone).
  if (key.status === "ok" && key.type !== record.keyType) return `its k=${record.keyType} does not match its key, which is ${key.type === "rsa" ? "an RSA" : "an Ed25519"} key`;
  if (key.status === "ok" && key.type === "ed25519" && key.encoding !== "raw") return `its k=ed25519 key is the ${key.bytes}-byte SubjectPublicKeyInfo form, not the raw 32 bytes verifiers read (RFC 8463 §4.2)`;
  if (key.status === "ok" && key.type === "rsa" && key.bits < VERIFIER_MIN_RSA_BITS) return `its RSA key has ${key.bits} bits, and verifiers accept no signature made with fewer than ${VERIFIER_MIN_RSA_BITS} (RFC 8301 §3.2)`;
  // RFC 8301 §3.1: rsa-sha1 signatures MUST NOT be considered valid; Ed25519 signs with SHA-256 (RFC 8463 §3).
  if (record.hashes && !record.hashes.some((item) => item.value === "sha256")) return `its h=${shorten(record.byName.get("h")?.value ?? "", 20)} does not allow sha256, the only hash verifiers accept (RFC 8301 §3.1)`;
  // RFC 6376 §3.6.1: a key whose s= lists neither email nor * is not for mail.
  if (record.serviceTypes && !record.serviceTypes.some((item) => item.value === "email" || item.value === "*")) return `its s=${shorten(record.byName.get("s")?.value ?? "", 20)} does not list email or *, so it is no key for mail (RFC 6376 §3.6.1)`;
  return null;
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
      const records = answer.records.map((record) => dkimKeyOfText(record));
      if (records.some((record) => record.key.status === "ok" && unusable(record) === null)) return;
      if (records.some((record) => record.key.status === "revoked")) {
        if (selector.active) ctx.report({ messageId: "revoked", data, at });
        return;
      }
      const first = records[0];
      const problem = !first ? "it holds no usable key" : first.key.status === "ok" ? unusable(first)! : problemOf(first.key);
      ctx.report({ messageId: "invalidKey", data: { ...data, problem }, at });
    });
  },
});
