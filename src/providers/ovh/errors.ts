// What went wrong talking to OVH's API, said so a person knows what to do next. Messages name the call
// (method and path, never the query's credentials or headers) and never contain a secret.

export type OvhFailure =
  | "unauthorized"
  | "forbidden"
  | "not-found"
  | "conflict"
  | "rate-limited"
  | "server"
  | "timeout"
  | "network"
  | "bad-response"
  | "http";

export class OvhApiError extends Error {
  override name = "OvhApiError";
  constructor(
    readonly failure: OvhFailure,
    /** e.g. "GET /domain/zone/example.com/record" (no query string, no host). */
    readonly call: string,
    readonly status: number | null,
    message: string,
  ) {
    super(message);
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, failure: this.failure, call: this.call, status: this.status, message: this.message };
  }
}

export interface ExplainInput {
  call: string;
  status: number | null;
  /** OVH's `message` field, already cleaned of anything secret. */
  ovhMessage: string | null;
  /** The token-creation page of the endpoint, to say where to get a key with the right rights. */
  createTokenUrl: string | null;
  attempts: number;
  zone: string | null;
}

const RIGHTS = "GET/POST/PUT/DELETE on /domain/zone/*";

/** The message for an HTTP failure: what OVH said, what it means, what to do. */
export function explainStatus(input: ExplainInput): { failure: OvhFailure; message: string } {
  const said = input.ovhMessage ? ` (OVH: "${input.ovhMessage}")` : "";
  const head = `${input.call} failed with ${input.status}${said}`;
  const tokenHint = input.createTokenUrl ? ` at ${input.createTokenUrl}` : "";
  const status = input.status ?? 0;
  if (status === 401) {
    return {
      failure: "unauthorized",
      message: `${head}: OVH did not accept the credentials. Check OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY (or the stack's ovh:* secrets) belong together and the consumer key is validated and not expired; also check this machine's clock.`,
    };
  }
  if (status === 403) {
    return {
      failure: "forbidden",
      message: `${head}: the consumer key lacks the rights for this call. Create one with ${RIGHTS}${tokenHint}.`,
    };
  }
  if (status === 404) {
    const what = input.zone ? `zone ${input.zone} is not a DNS zone of this OVH account (or the record is gone)` : "the resource does not exist";
    return {
      failure: "not-found",
      message: `${head}: ${what}. Check the domain name and the endpoint (ovh-eu, ovh-ca, ovh-us); record ids change when the zone is edited in text mode in the Control Panel: run maildns adopt again.`,
    };
  }
  if (status === 409) {
    return {
      failure: "conflict",
      message: `${head}: the zone is busy or the record conflicts with another change (a zone task may be running). Wait for it to finish, then retry.`,
    };
  }
  if (status === 429) {
    return {
      failure: "rate-limited",
      message: `${head}: OVH is rate limiting this key; gave up after ${input.attempts} attempts. Wait a few minutes and retry.`,
    };
  }
  if (status >= 500) {
    return {
      failure: "server",
      message: `${head}: OVH's API failed on its side; gave up after ${input.attempts} attempts. Retry later.`,
    };
  }
  return { failure: "http", message: `${head}.` };
}
