// Stack configuration for the program: `maildns:*` for maildns itself, `ovh:*` for the provider
// (secrets through `pulumi config set --secret`). Missing OVH values fall back to the provider's own
// OVH_ENDPOINT / OVH_APPLICATION_KEY / OVH_APPLICATION_SECRET / OVH_CONSUMER_KEY environment variables.
import * as pulumi from "@pulumi/pulumi";
import type { MailDnsConfig } from "./program.js";
import { GATE_NAMES } from "./safety.js";

export function readStackConfig(): MailDnsConfig {
  const maildns = new pulumi.Config("maildns");
  const ovhConfig = new pulumi.Config("ovh");
  const config: MailDnsConfig = { allow: readAllow(maildns) };
  const policy = maildns.get("policy");
  if (policy) config.policy = policy;
  const share = maildns.getNumber("largeChangeShare", { min: 0, max: 1 });
  if (share !== undefined) config.largeChangeShare = share;
  const minRecords = maildns.getNumber("largeChangeMinRecords", { min: 0 });
  if (minRecords !== undefined) config.largeChangeMinRecords = minRecords;
  const endpoint = ovhConfig.get("endpoint");
  if (endpoint) config.endpoint = endpoint;
  const applicationKey = ovhConfig.getSecret("applicationKey");
  if (applicationKey) config.applicationKey = applicationKey;
  const applicationSecret = ovhConfig.getSecret("applicationSecret");
  if (applicationSecret) config.applicationSecret = applicationSecret;
  const consumerKey = ovhConfig.getSecret("consumerKey");
  if (consumerKey) config.consumerKey = consumerKey;
  return config;
}

/** `maildns:allow` as a YAML list or a comma-separated string; unknown names are a mistake worth stopping for. */
function readAllow(config: pulumi.Config): string[] {
  // `--path 'maildns:allow[0]'` stores a JSON list; `pulumi config set maildns:allow a,b` a plain string.
  const text = config.get("allow");
  if (text === undefined) return [];
  let raw: unknown = text;
  if (text.trim().startsWith("[")) {
    try {
      raw = JSON.parse(text);
    } catch {
      throw new pulumi.RunError(`maildns:allow is not a valid list: ${text}`);
    }
  }
  const names = Array.isArray(raw) ? raw.map(String) : String(raw).split(",");
  const allow = names.map((n) => n.trim()).filter((n) => n !== "");
  const unknown = allow.filter((n) => !(GATE_NAMES as readonly string[]).includes(n));
  if (unknown.length > 0) {
    throw new pulumi.RunError(`maildns:allow has unknown gate ${unknown.join(", ")}; known gates: ${GATE_NAMES.join(", ")}`);
  }
  return allow;
}
