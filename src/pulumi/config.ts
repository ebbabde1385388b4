// Stack configuration for the program: `maildns:*` for maildns itself, `<host>:*` (e.g. `ovh:*`) for the
// DNS host's provider (secrets through `pulumi config set --secret`). Missing host values fall back to the
// provider's own environment variables (OVH_ENDPOINT, OVH_APPLICATION_KEY... or OVH_CLIENT_ID...).
import * as pulumi from "@pulumi/pulumi";
import { findProvider, DEFAULT_PROVIDER, providerIds } from "../providers/index.js";
import { allowNames, GATE_IDS, unknownGateNames } from "../plan/safety.js";
import type { MailDnsConfig } from "./program.js";

/** The keys a host's provider takes besides its secrets (kept plain). */
const PLAIN_KEYS = ["endpoint"];

export function readStackConfig(): MailDnsConfig {
  const maildns = new pulumi.Config("maildns");
  const config: MailDnsConfig = { allow: readAllow(maildns) };
  const provider = maildns.get("provider");
  if (provider) {
    if (!findProvider(provider)) throw new pulumi.RunError(`maildns:provider "${provider}" is not a DNS host maildns knows; known: ${providerIds().join(", ")}`);
    config.provider = provider;
  }
  const policy = maildns.get("policy");
  if (policy) config.policy = policy;
  const share = maildns.getNumber("largeChangeShare", { min: 0, max: 1 });
  if (share !== undefined) config.largeChangeShare = share;
  const minRecords = maildns.getNumber("largeChangeMinRecords", { min: 0 });
  if (minRecords !== undefined) config.largeChangeMinRecords = minRecords;
  const enableDkim = maildns.getBoolean("enableDkim");
  if (enableDkim !== undefined) config.enableDkim = enableDkim;

  const host = findProvider(config.provider ?? DEFAULT_PROVIDER)!;
  const hostConfig = new pulumi.Config(host.pulumi.configNamespace);
  const settings: Record<string, pulumi.Input<string>> = {};
  for (const key of PLAIN_KEYS) {
    const value = hostConfig.get(key);
    if (value) settings[key] = value;
  }
  for (const key of host.pulumi.secretKeys) {
    const value = hostConfig.getSecret(key);
    if (value) settings[key] = value;
  }
  if (Object.keys(settings).length > 0) config.hostSettings = settings;
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
  const allow = allowNames(raw);
  const unknown = unknownGateNames(allow);
  if (unknown.length > 0) {
    throw new pulumi.RunError(`maildns:allow has unknown gate ${unknown.join(", ")}; known gates: ${GATE_IDS.join(", ")}`);
  }
  return allow;
}
