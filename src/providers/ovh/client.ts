// A small client for OVH's API over node:https (node:http for a local test server): application keys
// signed as OVH documents (OVH-APISIG: `$1$` + SHA-1, timestamps corrected by /auth/time), or OAuth2
// service accounts (client credentials, then a Bearer token), a timeout on every request, bounded retries
// that honour Retry-After (429 and 503), and errors that say what to do. Why not @ovhcloud/node-ovh: see
// the README.
// Nothing a server sends is shown without being scrubbed of every form of the credentials we sent.
import { createHash } from "node:crypto";
import * as http from "node:http";
import * as https from "node:https";
import { CredentialScrubber } from "../../model/redact.js";
import type { ApiPurpose } from "../types.js";
import { OvhApiError, explainStatus, type Method } from "./errors.js";

/** OVH's API endpoints (NODE-OVH lib/endpoints.js, go-ovh ovh.go). */
export const OVH_ENDPOINTS: Readonly<Record<string, string>> = {
  "ovh-eu": "https://eu.api.ovh.com/1.0",
  "ovh-ca": "https://ca.api.ovh.com/1.0",
  "ovh-us": "https://api.us.ovhcloud.com/1.0",
};

/** Where OAuth2 service accounts get their tokens (go-ovh ovh.go tokensURLs). */
export const OVH_TOKEN_URLS: Readonly<Record<string, string>> = {
  "ovh-eu": "https://auth.eu.ovhcloud.com/oauth2/token",
  "ovh-ca": "https://auth.ca.ovhcloud.com/oauth2/token",
  "ovh-us": "https://us.ovhcloud.com/auth/oauth2/token",
};

/** An application key, its secret and a consumer key (the signed scheme). */
export interface OvhApplicationCredentials {
  applicationKey: string;
  applicationSecret: string;
  consumerKey: string;
}

/** An OAuth2 service account (client credentials flow). */
export interface OvhOAuth2Credentials {
  clientId: string;
  clientSecret: string;
}

export type OvhCredentials = OvhApplicationCredentials | OvhOAuth2Credentials;

export function isOAuth2(credentials: OvhCredentials): credentials is OvhOAuth2Credentials {
  return "clientId" in credentials;
}

export interface OvhClientOptions {
  /** "ovh-eu", "ovh-ca", "ovh-us", or a base URL such as "http://127.0.0.1:8080/1.0". */
  endpoint: string;
  credentials: OvhCredentials;
  /** OAuth2 token URL; by default the endpoint's, or `<origin>/auth/oauth2/token` for a base URL. */
  tokenUrl?: string;
  /** Per request, the whole answer included, in milliseconds (default 15 s). */
  timeoutMs?: number;
  /** Retries after a 429, a 5xx, a timeout or a network failure (default 3); writes that are not idempotent only after a 429. */
  maxRetries?: number;
  /** The longest Retry-After honoured, in seconds (default 60); a longer one fails at once. */
  maxRetryAfterSeconds?: number;
  /** Injectable for tests: how to wait between retries. */
  sleep?: (ms: number) => Promise<void>;
  /** Injectable for tests: the local clock, in milliseconds. */
  now?: () => number;
  /**
   * When the whole exchange must be over, on the `now` clock (doctor's --deadline): every request and every
   * wait between attempts is cut to the time left, and a retry whose wait (a Retry-After, a backoff) would
   * end past it is not made; the call then fails saying it did not finish in time. None by default.
   */
  deadlineAt?: number;
  /** The command the calls are made for, so a 403 names the rights it needs (default "apply"). */
  purpose?: ApiPurpose;
}

/** The base URL of an endpoint name or URL, without a trailing slash; throws on anything else. */
export function resolveEndpoint(endpoint: string): string {
  const known = OVH_ENDPOINTS[endpoint];
  if (known) return known;
  if (/^https?:\/\/[^\s]+$/.test(endpoint) && URL.canParse(endpoint) && new URL(endpoint).username === "" && new URL(endpoint).password === "") {
    // Plain HTTP only to this machine (a test API, a local proxy): every call carries the consumer key, or the
    // Bearer token and, to get it, the service account's secret; over the network they would cross readable.
    const url = new URL(endpoint);
    if (url.protocol === "http:" && !isLoopback(url.hostname)) {
      throw new OvhApiError("http", "endpoint", null, `OVH endpoint "${endpoint}" is plain HTTP to another machine: the credentials would cross the network readable. Use https://, or ovh-eu, ovh-ca, ovh-us.`);
    }
    return endpoint.replace(/\/+$/, "");
  }
  // Not repeated when it carries a user or password: those are credentials, and OVH's API takes none there.
  const shown = URL.canParse(endpoint) && (new URL(endpoint).username !== "" || new URL(endpoint).password !== "") ? "with a user or password in it" : `"${endpoint}"`;
  throw new OvhApiError("http", "endpoint", null, `Unknown OVH endpoint ${shown}: use ovh-eu, ovh-ca, ovh-us or a URL ending in /1.0.`);
}

/** localhost, 127.0.0.0/8 or ::1: a host name that never leaves this machine. */
function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

function tokenUrlFor(endpoint: string, baseUrl: string): string {
  return OVH_TOKEN_URLS[endpoint] ?? `${new URL(baseUrl).origin}/auth/oauth2/token`;
}

/** `"$1$" + sha1_hex(AS+"+"+CK+"+"+METHOD+"+"+FULL_URL+"+"+BODY+"+"+TIMESTAMP)` (OVH-APISIG). */
export function signRequest(secret: string, consumerKey: string, method: string, fullUrl: string, body: string, timestamp: number): string {
  const hash = createHash("sha1").update([secret, consumerKey, method, fullUrl, body, String(timestamp)].join("+")).digest("hex");
  return `$1$${hash}`;
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** The largest gap between OVH's clock (/auth/time) and this machine's that is taken as a clock error: a day. */
export const MAX_CLOCK_OFFSET_SECONDS = 86_400;

const RETRYABLE_STATUS = (status: number) => status === 429 || status >= 500;

/**
 * The statuses whose Retry-After says how long to wait: 429 (RFC 6585 §4) and 503, where it is how long the
 * service is expected to be unavailable (RFC 9110 §10.2.3, §15.6.4). Other 5xx are retried with backoff.
 */
const SAYS_WHEN_TO_RETRY = (status: number) => status === 429 || status === 503;

export class OvhClient {
  readonly baseUrl: string;
  readonly endpoint: string;
  // Private fields: never serialised or shown by util.inspect, so a logged client leaks nothing.
  readonly #credentials: OvhCredentials;
  #scrubber: CredentialScrubber;
  /** Every credential sent so far: the configured ones, and each Bearer token issued since (see #bearer). */
  readonly #sent: string[];
  readonly #tokenUrl: string;
  readonly #timeoutMs: number;
  readonly #maxRetries: number;
  readonly #maxRetryAfter: number;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #now: () => number;
  readonly #purpose: ApiPurpose;
  readonly #deadlineAt: number;
  #clockOffset: number | null = null;
  #token: { value: string; expiresAt: number } | null = null;

  constructor(options: OvhClientOptions) {
    this.endpoint = options.endpoint;
    this.baseUrl = resolveEndpoint(options.endpoint);
    this.#credentials = { ...options.credentials };
    const secrets = Object.values(this.#credentials) as string[];
    if (isOAuth2(this.#credentials)) secrets.push(basicAuth(this.#credentials));
    this.#sent = secrets;
    this.#scrubber = new CredentialScrubber(secrets);
    this.#tokenUrl = options.tokenUrl ?? tokenUrlFor(options.endpoint, this.baseUrl);
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.#maxRetries = Math.max(0, Math.min(options.maxRetries ?? 3, 10));
    this.#maxRetryAfter = options.maxRetryAfterSeconds ?? 60;
    this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.#now = options.now ?? Date.now;
    this.#purpose = options.purpose ?? "apply";
    this.#deadlineAt = options.deadlineAt ?? Infinity;
  }

  /** Milliseconds left before the deadline (Infinity without one). */
  #left(): number {
    return this.#deadlineAt - this.#now();
  }

  /**
   * Waits `ms` before the next attempt, unless the wait would not end before the deadline: then the attempt
   * is not made (waiting for the time left and stopping there would only spend it), and the reason is
   * returned for the call's error.
   */
  async #waitBeforeRetry(ms: number): Promise<string | null> {
    const left = this.#left();
    if (ms >= left) return `not tried again: the wait of ${seconds(ms)} before the next attempt would end past the run's deadline (${seconds(Math.max(0, left))} left)`;
    await this.#sleep(ms);
    return null;
  }

  /** "application keys" or "an OAuth2 service account", for messages. */
  get scheme(): "application" | "oauth2" {
    return isOAuth2(this.#credentials) ? "oauth2" : "application";
  }

  /** Text from a server, cleaned of every form of our credentials; use it before printing anything OVH sent. */
  scrub(text: string): string {
    return this.#scrubber.scrub(text);
  }

  /** The token-creation page granting `methods` on /domain/zone/* (none for a custom URL). */
  tokenUrl(methods: readonly Method[]): string | null {
    const entry = Object.entries(OVH_ENDPOINTS).find(([, url]) => url === this.baseUrl);
    if (!entry) return null;
    return `${new URL(entry[1]).origin}/createToken/?${methods.map((m) => `${m}=/domain/zone/*`).join("&")}`;
  }

  /** Seconds to add to the local clock: OVH rejects timestamps too far from its own (OVH-APISIG). */
  async clockOffset(): Promise<number> {
    if (this.#clockOffset !== null) return this.#clockOffset;
    const response = await this.#send("GET", "/auth/time", "", false);
    // OVH answers its clock as whole seconds since 1970 (OVH-APISIG): anything else (a negative, a fraction,
    // an exponent, a string) is not its answer.
    const text = response.trim();
    if (!/^\d{1,15}$/.test(text)) {
      throw new OvhApiError("bad-response", "GET /auth/time", 200, "GET /auth/time returned something that is not a time; is the endpoint an OVH API?");
    }
    const offset = Number(text) - Math.floor(this.#now() / 1000);
    // Every request is signed for the time this gives, and a signed request can be replayed to OVH until its
    // timestamp is past: a server (a mistyped endpoint, a proxy) saying it is the year 3000 would collect
    // requests valid then. OVH's answer differs from this machine's clock only by that clock's error, which a
    // machine keeping time (NTP; TLS certificate checks need it too) keeps well under a day.
    if (Math.abs(offset) > MAX_CLOCK_OFFSET_SECONDS) {
      const days = Math.round(Math.abs(offset) / 86_400);
      throw new OvhApiError(
        "bad-response",
        "GET /auth/time",
        200,
        `GET /auth/time says the server's clock is ${days} day${days === 1 ? "" : "s"} ${offset > 0 ? "ahead of" : "behind"} this machine's: no request is signed for a time that far off. Check this machine's clock, and that the endpoint is OVH's API.`,
      );
    }
    this.#clockOffset = offset;
    return this.#clockOffset;
  }

  async get<T>(path: string, query: Readonly<Record<string, string | undefined>> = {}): Promise<T> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value);
    const search = params.toString();
    return this.#json<T>("GET", search ? `${path}?${search}` : path, "");
  }

  async post<T>(path: string, body: unknown = null): Promise<T> {
    return this.#json<T>("POST", path, body === null ? "" : JSON.stringify(body));
  }

  async put<T>(path: string, body: unknown): Promise<T> {
    return this.#json<T>("PUT", path, JSON.stringify(body));
  }

  async delete<T>(path: string): Promise<T> {
    return this.#json<T>("DELETE", path, "");
  }

  /**
   * A file OVH's API names by URL (a saved zone version's `zoneFileUrl`), fetched with no credential at all:
   * the URL is OVH's answer, and its host need not be the API's, so neither the keys nor a token ever go
   * there. Its query may carry a download token: the URL is never shown, the call is named `what` instead.
   * https only (plain HTTP only to this machine, as for the endpoint), one request, the same timeout and
   * size bound as the API's answers.
   */
  async download(url: string, what: string): Promise<string> {
    const target = URL.canParse(url) ? new URL(url) : null;
    if (!target || (target.protocol !== "https:" && !(target.protocol === "http:" && isLoopback(target.hostname))) || target.username !== "" || target.password !== "") {
      throw new OvhApiError("bad-response", what, null, `${what}: OVH named no https URL to download it from; is the endpoint OVH's API?`);
    }
    let response: RawResponse;
    try {
      response = await this.#request("GET", target.href, { Accept: "*/*" }, "");
    } catch (error) {
      if (error instanceof TooLargeError) throw new OvhApiError("bad-response", what, null, `${what} answered more than 8 MiB, far more than a zone file of OVH's.`);
      const detail = error instanceof TimeoutError ? `no answer within ${this.#timeoutMs / 1000} s` : `cannot reach ${target.host} (${networkCode(error)})`;
      throw new OvhApiError(error instanceof TimeoutError ? "timeout" : "network", what, null, `${what} failed: ${detail}. Check the network.`);
    }
    if (response.status < 200 || response.status >= 300) throw new OvhApiError("http", what, response.status, `${what} failed with ${response.status}.`);
    return response.body;
  }

  async #json<T>(method: Method, pathAndQuery: string, body: string): Promise<T> {
    const text = await this.#send(method, pathAndQuery, body, true);
    if (text.trim() === "") return null as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      const path = pathAndQuery.split("?")[0];
      throw new OvhApiError("bad-response", `${method} ${path}`, 200, `${method} ${path} returned a body that is not JSON.`);
    }
  }

  /** A Bearer token for the OAuth2 service account, fetched once and renewed 30 s before it expires. */
  async #bearer(): Promise<string> {
    const now = this.#now();
    if (this.#token && this.#token.expiresAt - 30_000 > now) return this.#token.value;
    const credentials = this.#credentials as OvhOAuth2Credentials;
    const call = "POST /auth/oauth2/token";
    const body = new URLSearchParams({ grant_type: "client_credentials", scope: "all" }).toString();
    let response: RawResponse;
    // Asking for a token changes nothing: a rate limit, a server error or a network failure is retried as
    // any idempotent call is (Retry-After honoured), and said as what it is, not as refused credentials.
    for (let attempt = 1; ; attempt++) {
      try {
        response = await this.#request("POST", this.#tokenUrl, { Authorization: `Basic ${basicAuth(credentials)}`, "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" }, body);
      } catch (error) {
        if (error instanceof TooLargeError) {
          throw new OvhApiError("bad-response", call, null, `${call} answered more than 8 MiB, far more than any token; is the token URL OVH's?`);
        }
        const unfinished = error instanceof DeadlineError ? "the run's deadline came first" : attempt <= this.#maxRetries ? await this.#waitBeforeRetry(backoffMs(attempt)) : null;
        if (attempt <= this.#maxRetries && unfinished === null) continue;
        if (unfinished !== null) throw new OvhApiError("timeout", call, null, `${call} did not finish in time: ${unfinished}; gave up after ${attempt} attempts.`);
        throw new OvhApiError(error instanceof TimeoutError ? "timeout" : "network", call, null, `${call} failed: cannot reach ${new URL(this.#tokenUrl).host} (${networkCode(error)}); gave up after ${attempt} attempts. Check the network and the endpoint.`);
      }
      if (!RETRYABLE_STATUS(response.status)) break;
      const retryAfter = SAYS_WHEN_TO_RETRY(response.status) ? retryAfterSeconds(response.headers["retry-after"], this.#now()) : null;
      let unfinished: string | null = null;
      if (attempt <= this.#maxRetries && (retryAfter === null || retryAfter <= this.#maxRetryAfter)) {
        unfinished = await this.#waitBeforeRetry(retryAfter !== null ? retryAfter * 1000 : backoffMs(attempt));
        if (unfinished === null) continue;
      }
      const explained = explainStatus({ call, status: response.status, attempts: attempt, zone: null, scheme: "oauth2" });
      throw new OvhApiError(explained.failure, call, response.status, unfinished ? unfinishedMessage(call, response.status, retryAfter, unfinished) : explained.message);
    }
    let parsed: { access_token?: unknown; expires_in?: unknown; error?: unknown } = {};
    try {
      parsed = JSON.parse(response.body) as typeof parsed;
    } catch {
      parsed = {};
    }
    // A token is sent as is in every call's Authorization header: one that is not RFC 6750 §2.1's b64token
    // (a line break, a space: a header no client can send) is refused here, said as what it is, instead of
    // failing every call as a network error after its retries.
    const usable = typeof parsed.access_token === "string" && /^[A-Za-z0-9\-._~+/]{1,4096}=*$/.test(parsed.access_token);
    if (response.status >= 200 && response.status < 300 && typeof parsed.access_token === "string" && !usable) {
      throw new OvhApiError("bad-response", call, response.status, `${call} answered with a token that cannot be sent (not an OAuth2 bearer token, RFC 6750 §2.1); is the token URL OVH's?`);
    }
    if (response.status < 200 || response.status >= 300 || typeof parsed.access_token !== "string") {
      // RFC 6749 §5.2 error codes are short identifiers; anything else the server said is not repeated.
      const code = typeof parsed.error === "string" && /^[a-z_]{1,40}$/.test(parsed.error) ? ` (${parsed.error})` : "";
      throw new OvhApiError(
        response.status === 401 || response.status === 400 ? "unauthorized" : "http",
        call,
        response.status,
        `${call} failed with ${response.status}${code}: OVH did not issue a token for this service account. Check OVH_CLIENT_ID and OVH_CLIENT_SECRET (or the stack's ovh:clientId and ovh:clientSecret) and that the account's IAM policy allows /domain/zone/*.`,
      );
    }
    const lifetime = typeof parsed.expires_in === "number" && parsed.expires_in > 0 ? parsed.expires_in : 3600;
    this.#token = { value: parsed.access_token, expiresAt: now + lifetime * 1000 };
    // The token goes out on every call as a credential: a server echoing it (in a record's target, which
    // adopt would write into a committed file, or in an error) is scrubbed of it as of the configured
    // secrets. Tokens issued earlier in the run stay scrubbed: one may still be valid.
    this.#sent.push(parsed.access_token);
    this.#scrubber = new CredentialScrubber(this.#sent);
    return this.#token.value;
  }

  async #send(method: Method, pathAndQuery: string, body: string, authenticated: boolean): Promise<string> {
    const call = `${method} ${pathAndQuery.split("?")[0]}`;
    const zone = /^\/domain\/zone\/([^/?]+)/.exec(pathAndQuery)?.[1] ?? null;
    const url = `${this.baseUrl}${pathAndQuery}`;
    // A create (POST) that timed out may have been applied: only a 429 (refused before any work) is retried.
    const idempotent = method !== "POST" || /\/refresh$/.test(pathAndQuery.split("?")[0]!);
    for (let attempt = 1; ; attempt++) {
      const headers: Record<string, string> = { Accept: "application/json" };
      if (body) headers["Content-Type"] = "application/json";
      if (authenticated) {
        if (isOAuth2(this.#credentials)) {
          headers.Authorization = `Bearer ${await this.#bearer()}`;
        } else {
          const timestamp = Math.floor(this.#now() / 1000) + (await this.clockOffset());
          const { applicationKey, applicationSecret, consumerKey } = this.#credentials;
          headers["X-Ovh-Application"] = applicationKey;
          headers["X-Ovh-Consumer"] = consumerKey;
          headers["X-Ovh-Timestamp"] = String(timestamp);
          headers["X-Ovh-Signature"] = signRequest(applicationSecret, consumerKey, method, url, body, timestamp);
        }
      }
      let response: RawResponse;
      try {
        response = await this.#request(method, url, headers, body);
      } catch (error) {
        if (error instanceof TooLargeError) {
          throw new OvhApiError("bad-response", call, null, `${call} answered more than 8 MiB, far more than any answer of OVH's API; is the endpoint OVH's API?`);
        }
        const failure = error instanceof TimeoutError || error instanceof DeadlineError ? "timeout" : "network";
        const unfinished = error instanceof DeadlineError ? "the run's deadline came first" : idempotent && attempt <= this.#maxRetries ? await this.#waitBeforeRetry(backoffMs(attempt)) : null;
        if (idempotent && attempt <= this.#maxRetries && unfinished === null) continue;
        if (unfinished !== null) {
          const unsure = idempotent ? "" : " It may have been applied: check the zone before retrying.";
          throw new OvhApiError("timeout", call, null, `${call} did not finish in time: ${unfinished}; gave up after ${attempt} attempts.${unsure}`);
        }
        const detail = failure === "timeout" ? `no answer within ${this.#timeoutMs / 1000} s` : `cannot reach ${new URL(url).host} (${networkCode(error)})`;
        const unsure = idempotent ? "" : " It may have been applied: check the zone before retrying.";
        throw new OvhApiError(failure, call, null, `${call} failed: ${detail}; gave up after ${attempt} attempts. Check the network and the endpoint.${unsure}`);
      }
      if (response.status >= 200 && response.status < 300) return response.body;
      if (response.status === 401 && isOAuth2(this.#credentials) && this.#token && attempt === 1) {
        // An expired or revoked token: fetch a new one once.
        this.#token = null;
        continue;
      }
      let unfinished: string | null = null;
      const retryAfter = SAYS_WHEN_TO_RETRY(response.status) ? retryAfterSeconds(response.headers["retry-after"], this.#now()) : null;
      if (RETRYABLE_STATUS(response.status) && (idempotent || response.status === 429) && attempt <= this.#maxRetries) {
        if (retryAfter === null || retryAfter <= this.#maxRetryAfter) {
          unfinished = await this.#waitBeforeRetry(retryAfter !== null ? retryAfter * 1000 : backoffMs(attempt));
          if (unfinished === null) continue;
        }
      }
      if (unfinished !== null) throw new OvhApiError(response.status === 429 ? "rate-limited" : "server", call, response.status, unfinishedMessage(call, response.status, retryAfter, unfinished));
      const explained = explainStatus({
        call,
        status: response.status,
        ovhClass: this.#safeIdentifier(errorClass(response.body)),
        queryId: this.#safeIdentifier(headerValue(response.headers["x-ovh-queryid"])),
        // The page for what the purpose needs: explainStatus asks it for the purpose's methods.
        tokenUrl: (methods) => this.tokenUrl(methods),
        attempts: attempt,
        zone: zone ? decodeURIComponent(zone) : null,
        scheme: this.scheme,
        purpose: this.#purpose,
      });
      throw new OvhApiError(explained.failure, call, response.status, explained.message);
    }
  }

  /**
   * A short identifier from the server (OVH's error class, its query id) that may be shown: server text that
   * answers a request carrying our credentials is otherwise never repeated (it may echo them transformed).
   */
  #safeIdentifier(text: string | null): string | null {
    if (text === null || !/^[A-Za-z0-9:._-]{1,80}$/.test(text) || this.#scrubber.contains(text)) return null;
    return text;
  }

  #request(method: string, url: string, headers: Record<string, string>, body: string): Promise<RawResponse> {
    const target = new URL(url);
    const transport = target.protocol === "http:" ? http : https;
    return new Promise((resolve, reject) => {
      // The limit is on the whole exchange: a socket's idle timeout alone never ends an answer that comes a
      // byte at a time. Armed once the request exists (creating it may throw, e.g. on a header it refuses).
      let deadline: NodeJS.Timeout | undefined;
      const settle = <T>(fn: (value: T) => void) => (value: T) => {
        clearTimeout(deadline);
        fn(value);
      };
      const request = transport.request(target, { method, headers, timeout: this.#timeoutMs }, (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ANSWER_BYTES) request.destroy(new TooLargeError());
          else chunks.push(chunk);
        });
        response.on("end", () => settle(resolve)({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", settle(reject));
      });
      // Cut to the run's deadline, when it is nearer: a request that has it run out did not finish in time.
      const left = this.#left();
      deadline = setTimeout(() => request.destroy(left < this.#timeoutMs ? new DeadlineError() : new TimeoutError()), Math.max(0, Math.min(this.#timeoutMs, left)));
      request.on("timeout", () => request.destroy(new TimeoutError()));
      request.on("error", settle(reject));
      request.end(body || undefined);
    });
  }
}

/** RFC 6749 §2.3.1: form-urlencoded id and secret, joined by a colon, base64. */
function basicAuth(credentials: OvhOAuth2Credentials): string {
  const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, "+");
  return Buffer.from(`${encode(credentials.clientId)}:${encode(credentials.clientSecret)}`, "utf8").toString("base64");
}

class TimeoutError extends Error {
  override name = "TimeoutError";
}

/** A request the run's deadline (OvhClientOptions.deadlineAt) ended before its own timeout did. */
class DeadlineError extends Error {
  override name = "DeadlineError";
}

/** "1.5 s", "60 s". */
function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/** A retryable status whose retry the deadline left no time for: what OVH answered, and that the call did not finish in time. */
function unfinishedMessage(call: string, status: number, retryAfter: number | null, why: string): string {
  const asked = retryAfter !== null ? ` (Retry-After: ${retryAfter} s)` : "";
  const what = status === 429 ? "OVH is rate limiting this key" : "OVH's API failed on its side";
  return `${call} failed with ${status}${asked}: ${what}, and the call did not finish in time: ${why}. Retry later.`;
}

/** A zone's record list or export is small; anything past 8 MiB is not an answer we want to hold. */
const MAX_ANSWER_BYTES = 8 * 1024 * 1024;

/** An answer past MAX_ANSWER_BYTES: not OVH's, and not retried (the same call would bring the same). */
class TooLargeError extends Error {
  override name = "TooLargeError";
}

function backoffMs(attempt: number): number {
  return Math.min(500 * 2 ** (attempt - 1), 8_000);
}

/** Retry-After as seconds (RFC 9110 §10.2.3: delay-seconds or an HTTP date); null when absent or unreadable. */
export function retryAfterSeconds(header: string | string[] | undefined, nowMs: number): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === "") return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - nowMs) / 1000));
}

/** OVH's error class (`Client::NotFound`, `Client::Forbidden::...`), if the body has one. */
function errorClass(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { class?: unknown; errorCode?: unknown };
    if (typeof parsed.class === "string") return parsed.class;
    if (typeof parsed.errorCode === "string") return parsed.errorCode;
  } catch {
    // Not JSON: nothing to show.
  }
  return null;
}

function headerValue(value: string | string[] | undefined): string | null {
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

function networkCode(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" && /^[A-Z_]{2,30}$/.test(code) ? code : "network error";
}
