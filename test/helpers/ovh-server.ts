// A local stand-in for OVH's API on 127.0.0.1: serves /auth/time and zone records, checks the `$1$`
// signature and the timestamp like OVH does (OVH-APISIG), and can be told to fail with the API's errors.
import { createHash } from "node:crypto";
import * as http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeRecord {
  id: number;
  subDomain: string;
  fieldType: string;
  target: string;
  ttl: number;
}

export interface InjectedFailure {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many requests fail this way (default 1). */
  times?: number;
  /** Only requests whose path starts with this (default: every signed call). */
  pathPrefix?: string;
}

export interface SeenRequest {
  method: string;
  url: string;
  status: number;
  headers: http.IncomingHttpHeaders;
}

export interface FakeOvhServer {
  /** Base URL including /1.0, e.g. http://127.0.0.1:41234/1.0 */
  baseUrl: string;
  credentials: { applicationKey: string; applicationSecret: string; consumerKey: string };
  zones: Map<string, FakeRecord[]>;
  requests: SeenRequest[];
  /** Seconds the server clock is ahead of the local one (the client must correct with /auth/time). */
  clockSkew: number;
  fail(failure: InjectedFailure): void;
  close(): Promise<void>;
}

export async function startOvhServer(options: { clockSkew?: number; zones?: Record<string, FakeRecord[]> } = {}): Promise<FakeOvhServer> {
  const credentials = {
    applicationKey: "ak-test-7f3c",
    applicationSecret: "as-SECRET-do-not-print-91d2e",
    consumerKey: "ck-SECRET-consumer-5b8a0",
  };
  const failures: InjectedFailure[] = [];
  const state = {
    zones: new Map(Object.entries(options.zones ?? {}).map(([zone, records]) => [zone, records.map((r) => ({ ...r }))])),
    requests: [] as SeenRequest[],
    clockSkew: options.clockSkew ?? 0,
  };
  const serverTime = () => Math.floor(Date.now() / 1000) + state.clockSkew;

  const server = http.createServer((req, res) => {
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      state.requests.push({ method: req.method ?? "", url: req.url ?? "", status, headers: req.headers });
      res.writeHead(status, { "Content-Type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    };
    req.resume();
    req.on("end", () => {
      const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
      if (!url.pathname.startsWith("/1.0/")) return send(404, { message: "Not Found" });
      const path = url.pathname.slice("/1.0".length);
      if (req.method === "GET" && path === "/auth/time") return send(200, serverTime());

      const injected = failures.find((f) => !f.pathPrefix || path.startsWith(f.pathPrefix));
      if (injected) {
        injected.times = (injected.times ?? 1) - 1;
        if (injected.times <= 0) failures.splice(failures.indexOf(injected), 1);
        return send(injected.status, injected.body ?? { message: `injected ${injected.status}` }, injected.headers);
      }

      const application = req.headers["x-ovh-application"];
      const consumer = req.headers["x-ovh-consumer"];
      const timestamp = Number(req.headers["x-ovh-timestamp"]);
      const signature = req.headers["x-ovh-signature"];
      if (application !== credentials.applicationKey) return send(403, { message: "Invalid application key" });
      if (consumer !== credentials.consumerKey) return send(403, { message: "This credential does not exist" });
      // OVH rejects requests whose timestamp is far from its clock; the client must apply /auth/time's offset.
      if (!Number.isInteger(timestamp) || Math.abs(timestamp - serverTime()) > 5) return send(401, { message: "Invalid signature" });
      const fullUrl = `http://${req.headers.host}${req.url}`;
      const expected = "$1$" + createHash("sha1")
        .update([credentials.applicationSecret, credentials.consumerKey, req.method, fullUrl, "", String(timestamp)].join("+"))
        .digest("hex");
      if (signature !== expected) return send(401, { message: "Invalid signature" });

      const match = /^\/domain\/zone\/([^/]+)\/record(?:\/(\d+))?$/.exec(path);
      if (req.method !== "GET" || !match) return send(404, { message: "Not Found" });
      const zone = decodeURIComponent(match[1]!);
      const records = state.zones.get(zone);
      if (!records) return send(404, { message: `This service does not exist`, class: "Client::NotFound" });
      if (match[2]) {
        const record = records.find((r) => r.id === Number(match[2]));
        if (!record) return send(404, { message: `The requested object (id = ${match[2]}) does not exist` });
        return send(200, { ...record, zone });
      }
      const fieldType = url.searchParams.get("fieldType");
      const subDomain = url.searchParams.get("subDomain");
      const ids = records
        .filter((r) => (fieldType === null || r.fieldType === fieldType) && (subDomain === null || r.subDomain === subDomain))
        .map((r) => r.id);
      return send(200, ids);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/1.0`,
    credentials,
    get zones() {
      return state.zones;
    },
    get requests() {
      return state.requests;
    },
    get clockSkew() {
      return state.clockSkew;
    },
    set clockSkew(value: number) {
      state.clockSkew = value;
    },
    fail(failure) {
      failures.push({ ...failure });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
