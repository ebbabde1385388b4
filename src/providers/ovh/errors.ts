// What went wrong talking to OVH's API, said so a person knows what to do next. Messages name the call
// (method and path, never the query's credentials or headers) and never contain a secret.
import type { ApiPurpose } from "../types.js";

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

/** An HTTP method of OVH's API, as its token page grants it. */
export type Method = "GET" | "POST" | "PUT" | "DELETE";

/** The token-creation page granting `methods` on /domain/zone/*, or null when none can be named (a custom endpoint). */
export type TokenPage = (methods: readonly Method[]) => string | null;

export interface ExplainInput {
  call: string;
  status: number | null;
  /** OVH's error class (`Client::NotFound`), only when it is a plain identifier that repeats no credential. */
  ovhClass?: string | null;
  /** OVH's X-Ovh-QueryID, for OVH's support, under the same condition. */
  queryId?: string | null;
  /** Where to get a key with the rights the purpose needs: asked for the purpose's methods (methodsFor). */
  tokenUrl?: TokenPage | null;
  attempts: number;
  zone: string | null;
  /** Which credentials were used, to name the right variables. */
  scheme?: "application" | "oauth2";
  /** The command that made the call, to name it and the rights it needs (default "apply"). */
  purpose?: ApiPurpose;
}

/** What an apply needs on /domain/zone/*: it reads the zone, creates, updates and deletes records, refreshes. */
export const APPLY_METHODS: readonly Method[] = ["GET", "POST", "PUT", "DELETE"];
/**
 * What `maildns rollback` needs, and all it needs: GET /domain/zone/{zone}/export and /history, and POST
 * /domain/zone/{zone}/history/{creationDate}/restore (besides GET /auth/time and, for a service account, its
 * token, which need no right). Its help and the README say the same.
 */
export const ROLLBACK_METHODS: readonly Method[] = ["GET", "POST"];
/**
 * What a command that only reads needs, and all it needs: adopt GETs the zone's records, one by one, and, for
 * a domain whose file says `dkim: ovh`, OVH's DKIM on the mail routes; plan, audit, import, doctor and a
 * Pulumi preview GET OVH's DKIM only. The README says the same.
 */
export const READ_METHODS: readonly Method[] = ["GET"];

/** The methods a purpose needs: the rights a refused call names, and those its token page grants. */
export function methodsFor(purpose: ApiPurpose): readonly Method[] {
  if (purpose === "apply") return APPLY_METHODS;
  if (purpose === "rollback") return ROLLBACK_METHODS;
  return READ_METHODS;
}

const RIGHTS = `${APPLY_METHODS.join("/")} on /domain/zone/*`;
const ROLLBACK_RIGHTS = `${ROLLBACK_METHODS.join(" and ")} on /domain/zone/* (it reads the zone's export and history, and restores with a POST on the history)`;
const READ_RIGHTS = `${READ_METHODS.join(" and ")} on /domain/zone/* (it only reads the zone's records)`;
const READ_MAIL_RIGHTS = `${READ_METHODS.join(" and ")} on /email/domain/*, /email/pro/* and /email/exchange/* (it only reads OVH's DKIM)`;
/** OVH's mail routes, where DKIM is read (GET) and enabled (PUT on MX Plan's, POST on Email Pro's and Exchange's). */
const MAIL_RIGHTS = "GET, PUT and POST on /email/domain/*, /email/pro/* and /email/exchange/*";

/**
 * The message for an HTTP failure: the status, what it means, what to do. OVH's own `message` is never
 * repeated: it answers a request that carried our credentials and may echo them in any encoding.
 */
export function explainStatus(input: ExplainInput): { failure: OvhFailure; message: string } {
  const tags = [input.ovhClass, input.queryId ? `query ${input.queryId}` : null].filter((t): t is string => Boolean(t));
  const said = tags.length > 0 ? ` (${tags.join(", ")})` : "";
  const head = `${input.call} failed with ${input.status}${said}`;
  const purpose = input.purpose ?? "apply";
  // One page for the purpose, from the methods it needs: an apply's four, a rollback's two, a read's GET.
  const tokenUrl = input.tokenUrl?.(methodsFor(purpose)) ?? null;
  const tokenHint = tokenUrl ? ` at ${tokenUrl}` : "";
  const status = input.status ?? 0;
  if (status === 401) {
    const which =
      input.scheme === "oauth2"
        ? "Check OVH_CLIENT_ID and OVH_CLIENT_SECRET (or the stack's ovh:clientId and ovh:clientSecret) belong to a service account that still exists"
        : "Check OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY (or the stack's ovh:* secrets) belong together and the consumer key is validated and not expired; also check this machine's clock";
    return {
      failure: "unauthorized",
      message: `${head}: OVH did not accept the credentials. ${which}.`,
    };
  }
  if (status === 403) {
    const mail = / \/email\//.test(input.call);
    // Whichever call a rollback or a command that only reads was refused (rollback's first is the export),
    // the key lacks what that command needs, and the same call refused during an apply lacks an apply's: the
    // command says which, not the path. Advice to grant more than a command needs (an apply's PUT and DELETE
    // to a key that only reads) would be advice to weaken the key.
    const onZone = input.zone ? ` on zone ${input.zone}` : "";
    if (purpose !== "apply") {
      const rights = purpose === "rollback" ? ROLLBACK_RIGHTS : mail ? READ_MAIL_RIGHTS : READ_RIGHTS;
      // The token page grants rights on /domain/zone/* only: none is named for the mail routes a read makes.
      const page = purpose !== "rollback" && mail ? null : tokenUrl;
      return {
        failure: "forbidden",
        message:
          input.scheme === "oauth2"
            ? `${head}: the service account's IAM policy does not allow this call${onZone}. Grant it what ${purpose} needs: ${rights}.`
            : `${head}: the consumer key lacks the rights ${purpose} needs${onZone}: ${rights}. Create one with them${page ? ` at ${page}` : ""}.`,
      };
    }
    return {
      failure: "forbidden",
      message:
        input.scheme === "oauth2"
          ? `${head}: the service account's IAM policy does not allow this call. Grant it ${RIGHTS} (and /email/* for DKIM).`
          : mail
            ? `${head}: the consumer key lacks the rights to read OVH's DKIM for this domain. Create one with ${RIGHTS} and ${MAIL_RIGHTS}${tokenHint}.`
            : input.zone
              ? `${head}: the consumer key lacks the rights for this call on zone ${input.zone} (its rules may cover other zones only, or none of /domain/zone/*). Create one with ${RIGHTS}${tokenHint}.`
              : `${head}: the consumer key lacks the rights for this call. Create one with ${RIGHTS}${tokenHint}.`,
    };
  }
  if (status === 404) {
    if (input.zone && / \/domain\/zone\/[^/]+\/record\/[^/]+$/.test(input.call)) {
      return {
        failure: "not-found",
        message: `${head}: zone ${input.zone} no longer has this record; record ids change when the zone is edited in text mode in the Control Panel: run maildns adopt again.`,
      };
    }
    // A domain file applies to the OVH zone its `domain:` names; a subdomain's records are held in its
    // parent's zone there, which the apply does not write into.
    const what = input.zone
      ? `zone ${input.zone} is not a DNS zone of this OVH account. Check the domain name and the endpoint (ovh-eu, ovh-ca, ovh-us). If ${input.zone} is a subdomain whose records OVH holds in its parent's zone, its domain file cannot be applied: the apply writes each domain file into the zone its \`domain:\` names (lint, plan and audit read it)`
      : "the resource does not exist. Check the endpoint (ovh-eu, ovh-ca, ovh-us)";
    return { failure: "not-found", message: `${head}: ${what}.` };
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
  if (status >= 300 && status < 400) {
    // Not followed: the request carries the signature or the Bearer token, which a redirect would hand to
    // whatever host it names. OVH's API answers where it is asked.
    return {
      failure: "http",
      message: `${head}: the endpoint redirects elsewhere, which OVH's API does not do, and maildns follows no redirect (it would send the credentials there). Check the endpoint: ovh-eu, ovh-ca, ovh-us, or a URL ending in /1.0.`,
    };
  }
  if (status === 400) {
    return { failure: "http", message: `${head}: OVH refused the request as malformed (a value it does not accept). Check the record with maildns lint, then retry.` };
  }
  return { failure: "http", message: `${head}.` };
}
