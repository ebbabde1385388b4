// A small signed client for OVH's API (OVH-APISIG, NODE-OVH): only what adoption needs, over node:https
// (or node:http for a local test server), with a timeout on every request and bounded retries.
import { createHash } from "node:crypto";
import * as http from "node:http";
import * as https from "node:https";
import { OvhApiError, explainStatus } from "./errors.js";
import type { OvhLiveRecord } from "./records.js";

/** rules.md §2.1 (NODE-OVH lib/endpoints.js). */
export const OVH_ENDPOINTS: Readonly<Record<string, string>> = {
  "ovh-eu": "https://eu.api.ovh.com/1.0",
  "ovh-ca": "https://ca.api.ovh.com/1.0",
  "ovh-us": "https://api.us.ovhcloud.com/1.0",
};

export interface OvhCredentials {
  applicationKey: string;
  applicationSecret: string;
  consumerKey: string;
}

export interface OvhClientOptions {
  /** "ovh-eu", "ovh-ca", "ovh-us", or a base URL such as "http://127.0.0.1:8080/1.0". */
  endpoint: string;
  credentials: OvhCredentials;
  /** Per request, in milliseconds (default 15 s). */
  timeoutMs?: number;
  /** Retries after a 429, a 5xx, a timeout or a network failure (default 3). */
  maxRetries?: number;
  /** The longest Retry-After honoured, in seconds (default 60); a longer one fails at once. */
  maxRetryAfterSeconds?: number;
  /** Injectable for tests: how to wait between retries. */
  sleep?: (ms: number) => Promise<void>;
  /** Injectable for tests: the local clock, in milliseconds. */
  now?: () => number;
}

/** The base URL of an endpoint name or URL, without a trailing slash; throws on anything else. */
export function resolveEndpoint(endpoint: string): string {
  const known = OVH_ENDPOINTS[endpoint];
  if (known) return known;
  if (/^https?:\/\/[^\s]+$/.test(endpoint)) return endpoint.replace(/\/+$/, "");
  throw new OvhApiError(
    "http",
    "endpoint",
    null,
    `Unknown OVH endpoint "${endpoint}": use ovh-eu, ovh-ca, ovh-us or a URL ending in /1.0.`,
  );
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

const RETRYABLE_STATUS = (status: number) => status === 429 || status >= 500;

export class OvhClient {
  readonly baseUrl: string;
  // Private fields: never serialised or shown by util.inspect, so a logged client leaks nothing.
  readonly #credentials: OvhCredentials;
  readonly #timeoutMs: number;
  readonly #maxRetries: number;
  readonly #maxRetryAfter: number;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #now: () => number;
  #clockOffset: number | null = null;

  constructor(options: OvhClientOptions) {
    this.baseUrl = resolveEndpoint(options.endpoint);
    this.#credentials = { ...options.credentials };
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.#maxRetries = Math.max(0, Math.min(options.maxRetries ?? 3, 10));
    this.#maxRetryAfter = options.maxRetryAfterSeconds ?? 60;
    this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.#now = options.now ?? Date.now;
  }

  /** The token-creation page with the rights maildns needs, for error messages (none for a custom URL). */
  get createTokenUrl(): string | null {
    const entry = Object.entries(OVH_ENDPOINTS).find(([, url]) => url === this.baseUrl);
    if (!entry) return null;
    const rights = ["GET", "POST", "PUT", "DELETE"].map((m) => `${m}=/domain/zone/*`).join("&");
    return `${new URL(entry[1]).origin}/createToken/?${rights}`;
  }

  /** Seconds to add to the local clock: OVH rejects timestamps too far from its own (OVH-APISIG). */
  async clockOffset(): Promise<number> {
    if (this.#clockOffset !== null) return this.#clockOffset;
    const response = await this.#send("GET", "/auth/time", "", false);
    const serverTime = Number(response.trim());
    if (!Number.isFinite(serverTime)) {
      throw new OvhApiError("bad-response", "GET /auth/time", 200, "GET /auth/time returned something that is not a time; is the endpoint an OVH API?");
    }
    this.#clockOffset = serverTime - Math.floor(this.#now() / 1000);
    return this.#clockOffset;
  }

  async get<T>(path: string, query: Readonly<Record<string, string | undefined>> = {}): Promise<T> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value);
    const search = params.toString();
    const text = await this.#send("GET", search ? `${path}?${search}` : path, "", true);
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new OvhApiError("bad-response", `GET ${path}`, 200, `GET ${path} returned a body that is not JSON.`);
    }
  }

  /** `GET /domain/zone/{zone}/record?fieldType=&subDomain=` → record ids (rules.md §2.2). */
  async listRecordIds(zone: string, filter: { fieldType?: string; subDomain?: string } = {}): Promise<number[]> {
    const ids = await this.get<unknown>(`/domain/zone/${encodeURIComponent(zone)}/record`, filter);
    if (!Array.isArray(ids) || !ids.every((id) => Number.isInteger(id))) {
      throw new OvhApiError("bad-response", `GET /domain/zone/${zone}/record`, 200, `GET /domain/zone/${zone}/record did not return a list of record ids.`);
    }
    return ids as number[];
  }

  /** `GET /domain/zone/{zone}/record/{id}`. */
  async getRecord(zone: string, id: number): Promise<OvhLiveRecord> {
    const path = `/domain/zone/${encodeURIComponent(zone)}/record/${id}`;
    const raw = await this.get<Record<string, unknown>>(path);
    const record = {
      id: Number(raw?.id),
      zone: String(raw?.zone ?? zone),
      subDomain: String(raw?.subDomain ?? ""),
      fieldType: String(raw?.fieldType ?? ""),
      target: String(raw?.target ?? ""),
      ttl: Number(raw?.ttl ?? 0),
    };
    if (!Number.isInteger(record.id) || record.fieldType === "" || !Number.isFinite(record.ttl)) {
      throw new OvhApiError("bad-response", `GET ${path}`, 200, `GET ${path} did not return a zone record.`);
    }
    return record;
  }

  async #send(method: string, pathAndQuery: string, body: string, signed: boolean): Promise<string> {
    const call = `${method} ${pathAndQuery.split("?")[0]}`;
    const zone = /^\/domain\/zone\/([^/?]+)/.exec(pathAndQuery)?.[1] ?? null;
    const url = `${this.baseUrl}${pathAndQuery}`;
    for (let attempt = 1; ; attempt++) {
      const headers: Record<string, string> = { Accept: "application/json" };
      if (body) headers["Content-Type"] = "application/json";
      if (signed) {
        const timestamp = Math.floor(this.#now() / 1000) + (await this.clockOffset());
        const { applicationKey, applicationSecret, consumerKey } = this.#credentials;
        headers["X-Ovh-Application"] = applicationKey;
        headers["X-Ovh-Consumer"] = consumerKey;
        headers["X-Ovh-Timestamp"] = String(timestamp);
        headers["X-Ovh-Signature"] = signRequest(applicationSecret, consumerKey, method, url, body, timestamp);
      }
      let response: RawResponse;
      try {
        response = await this.#request(method, url, headers, body);
      } catch (error) {
        const failure = error instanceof TimeoutError ? "timeout" : "network";
        if (attempt <= this.#maxRetries) {
          await this.#sleep(backoffMs(attempt));
          continue;
        }
        const detail = failure === "timeout" ? `no answer within ${this.#timeoutMs / 1000} s` : `cannot reach ${new URL(url).host} (${networkCode(error)})`;
        throw new OvhApiError(failure, call, null, `${call} failed: ${detail}; gave up after ${attempt} attempts. Check the network and the endpoint.`);
      }
      if (response.status >= 200 && response.status < 300) return response.body;
      if (RETRYABLE_STATUS(response.status) && attempt <= this.#maxRetries) {
        const retryAfter = response.status === 429 ? retryAfterSeconds(response.headers["retry-after"], this.#now()) : null;
        if (retryAfter === null || retryAfter <= this.#maxRetryAfter) {
          await this.#sleep(retryAfter !== null ? retryAfter * 1000 : backoffMs(attempt));
          continue;
        }
      }
      const explained = explainStatus({
        call,
        status: response.status,
        ovhMessage: this.#redact(ovhMessage(response.body)),
        createTokenUrl: this.createTokenUrl,
        attempts: attempt,
        zone: zone ? decodeURIComponent(zone) : null,
      });
      throw new OvhApiError(explained.failure, call, response.status, explained.message);
    }
  }

  /** Removes any credential that an error body might echo. */
  #redact(text: string | null): string | null {
    if (text === null) return null;
    let clean = text;
    for (const secret of Object.values(this.#credentials)) {
      if (secret) clean = clean.split(secret).join("***");
    }
    return clean.slice(0, 300);
  }

  #request(method: string, url: string, headers: Record<string, string>, body: string): Promise<RawResponse> {
    const target = new URL(url);
    const transport = target.protocol === "http:" ? http : https;
    return new Promise((resolve, reject) => {
      const request = transport.request(target, { method, headers, timeout: this.#timeoutMs }, (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          // A zone's record list is small; anything past 8 MiB is not an answer we want to hold.
          if (size > 8 * 1024 * 1024) request.destroy(new Error("response too large"));
          else chunks.push(chunk);
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      });
      request.on("timeout", () => request.destroy(new TimeoutError()));
      request.on("error", reject);
      request.end(body || undefined);
    });
  }
}

class TimeoutError extends Error {
  override name = "TimeoutError";
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

function ovhMessage(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { message?: unknown };
    return typeof parsed.message === "string" ? parsed.message : null;
  } catch {
    return null;
  }
}

function networkCode(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" ? code : "network error";
}
