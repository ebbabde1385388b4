// OVH credentials, from the stack's `ovh:*` config or the environment variables OVH's provider reads:
// application keys (OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET, OVH_CONSUMER_KEY) or an OAuth2 service
// account (OVH_CLIENT_ID, OVH_CLIENT_SECRET), as OVH's API and its Terraform/Pulumi provider accept.
// Values are never put in a message: only the names of what is missing.
import type { CredentialSource } from "../types.js";
import type { OvhCredentials } from "./client.js";

const APPLICATION = [
  ["applicationKey", "OVH_APPLICATION_KEY"],
  ["applicationSecret", "OVH_APPLICATION_SECRET"],
  ["consumerKey", "OVH_CONSUMER_KEY"],
] as const;

const OAUTH2 = [
  ["clientId", "OVH_CLIENT_ID"],
  ["clientSecret", "OVH_CLIENT_SECRET"],
] as const;

export const OVH_CREDENTIAL_HELP =
  "OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY (application keys), or OVH_CLIENT_ID and OVH_CLIENT_SECRET (an OAuth2 service account)";

export class OvhCredentialError extends Error {
  override name = "OvhCredentialError";
}

function value(source: CredentialSource, key: string, variable: string): string | undefined {
  const fromConfig = source.config?.[key];
  if (fromConfig) return fromConfig;
  const fromEnv = source.env[variable];
  return fromEnv ? fromEnv : undefined;
}

export function hasOvhCredentials(source: CredentialSource): boolean {
  return [...APPLICATION, ...OAUTH2].some(([key, variable]) => value(source, key, variable) !== undefined);
}

/** The credentials the source holds; throws OvhCredentialError naming what is missing or mixed. */
export function ovhCredentials(source: CredentialSource): OvhCredentials {
  const app = APPLICATION.map(([key, variable]) => ({ key, variable, value: value(source, key, variable) }));
  const oauth = OAUTH2.map(([key, variable]) => ({ key, variable, value: value(source, key, variable) }));
  const anyApp = app.some((c) => c.value !== undefined);
  const anyOauth = oauth.some((c) => c.value !== undefined);
  if (anyApp && anyOauth) {
    throw new OvhCredentialError("both OVH application keys and an OAuth2 service account are set: keep one (OVH's API takes one or the other)");
  }
  const chosen = anyOauth ? oauth : app;
  const missing = chosen.filter((c) => c.value === undefined).map((c) => c.variable);
  if (!anyApp && !anyOauth) {
    throw new OvhCredentialError(`no OVH credentials: set ${OVH_CREDENTIAL_HELP} (with GET on /domain/zone/* to read, GET and POST on /domain/zone/* to roll back, GET/POST/PUT/DELETE to apply)`);
  }
  if (missing.length > 0) throw new OvhCredentialError(`missing ${missing.join(", ")} in the environment (or the stack's ovh:* config)`);
  // A secret pasted with its line break (a CI secret store keeps it) cannot go into a header, and in a
  // signature it is simply wrong: said here, by name, instead of as an unreachable host or a refused key.
  const damaged = chosen.filter((c) => /^\s|\s$|[\u0000-\u001f\u007f]/.test(c.value!)).map((c) => c.variable);
  if (damaged.length > 0) {
    throw new OvhCredentialError(`${damaged.join(", ")} ${damaged.length === 1 ? "has" : "have"} a space, a line break or another control character at an end or inside: set ${damaged.length === 1 ? "it" : "them"} again without it`);
  }
  return Object.fromEntries(chosen.map((c) => [c.key, c.value!])) as unknown as OvhCredentials;
}

/** The endpoint: the stack's ovh:endpoint, then OVH_ENDPOINT. */
export function ovhEndpoint(source: CredentialSource): string | undefined {
  return value(source, "endpoint", "OVH_ENDPOINT");
}
