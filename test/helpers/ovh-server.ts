// A stateful stand-in for OVH's API on 127.0.0.1. It checks every call's credentials like OVH does: the
// `$1$` signature over method, full URL, body and timestamp, with the timestamp within a few seconds of its
// clock (OVH-APISIG), or a Bearer token it issued to an OAuth2 service account (client credentials). It
// holds zones and applies record creates, updates and deletes, zone refreshes (the published zone and its
// history), exports and history restores, and OVH's DKIM routes; it records the zone after every change so
// tests can check every intermediate state. It can be told to fail with the API's errors.
import { createHash, randomBytes } from "node:crypto";
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
  /** Only requests whose path starts with this (default: every signed call); "/auth/oauth2/token" for the token endpoint. */
  pathPrefix?: string;
  /** Only requests with this method. */
  method?: string;
  /** Matching requests let through before the failure starts (default 0): fail the third write, say. */
  skip?: number;
  /**
   * The change is made, then the answer is the failure (or, with `status: 0`, no answer at all): a lost
   * answer, after which the caller cannot know the write happened.
   */
  afterApplying?: boolean;
}

export interface SeenRequest {
  method: string;
  url: string;
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** The zone after one change: what a test asserts on for every intermediate state. */
export interface ZoneSnapshot {
  zone: string;
  /** "POST record", "PUT record 12", "DELETE record 12", "refresh", "restore …". */
  change: string;
  records: FakeRecord[];
}

export interface MxPlanDkimState {
  status: string;
  activeSelector: string | null;
  selectors: { selectorName: string; cname: string; status: string }[];
  /** GETs after an enable before the status turns "enabled" (default 2). */
  enableAfterPolls?: number;
}

export interface ProDkimSelector {
  selectorName: string;
  targetRecord: string;
  status: string;
}

export interface FakeOvhServer {
  /** Base URL including /1.0, e.g. http://127.0.0.1:41234/1.0 */
  baseUrl: string;
  /** Where OAuth2 tokens are issued. */
  tokenUrl: string;
  credentials: { applicationKey: string; applicationSecret: string; consumerKey: string };
  oauth: { clientId: string; clientSecret: string };
  /** Live records per zone (what the API lists). */
  zones: Map<string, FakeRecord[]>;
  /** What the zone's name servers serve: the records as of the last refresh (or restore). */
  published: Map<string, FakeRecord[]>;
  /** Saved versions, one per refresh, oldest first. */
  history: Map<string, { creationDate: string; records: FakeRecord[] }[]>;
  /**
   * Exports answered after a restore before it takes effect (default 0): OVH applies a restore as a task,
   * so the zone read right after it may still be the old one.
   */
  restoreDelay: number;
  /** The token in the query of every version's zoneFileUrl (a download URL that must never be shown). */
  downloadToken: string;
  /** Every zone state after a change, in order. */
  snapshots: ZoneSnapshot[];
  requests: SeenRequest[];
  /** OAuth2 tokens issued so far. */
  tokensIssued: number;
  /** Seconds the server clock is ahead of the local one (the client must correct with /auth/time). */
  clockSkew: number;
  mxPlanDkim: Map<string, MxPlanDkimState>;
  /** Email Pro: service → domain → selectors. */
  proDkim: Map<string, Map<string, ProDkimSelector[]>>;
  fail(failure: InjectedFailure): void;
  /**
   * The next request matching (its method, a path starting with `pathPrefix`, after `skip` such requests) is
   * never answered: a slow API, for a signal to land while a command waits on it. Resolves when it arrives.
   */
  hold(match: { method?: string; pathPrefix?: string; skip?: number }): Promise<void>;
  close(): Promise<void>;
}

const TXT_FAMILY = new Set(["TXT", "SPF", "DKIM", "DMARC"]);
/** Field types whose target names a host. */
const HOST_NAME_TYPES = new Set(["MX", "SRV", "CNAME"]);

function copy(records: readonly FakeRecord[]): FakeRecord[] {
  return records.map((r) => ({ ...r }));
}

/** The zone as OVH's export writes it (BIND), records sorted as the API lists them. */
/**
 * The environment that hands maildns this server's credentials of one kind (application keys, or an OAuth2
 * service account), and the secrets among them, which no output may show.
 */
export function credentialsOf(ovh: FakeOvhServer, scheme: "application" | "oauth2"): { env: Record<string, string>; secrets: string[] } {
  return scheme === "application"
    ? {
        env: { OVH_APPLICATION_KEY: ovh.credentials.applicationKey, OVH_APPLICATION_SECRET: ovh.credentials.applicationSecret, OVH_CONSUMER_KEY: ovh.credentials.consumerKey },
        secrets: [ovh.credentials.applicationSecret, ovh.credentials.consumerKey],
      }
    : { env: { OVH_CLIENT_ID: ovh.oauth.clientId, OVH_CLIENT_SECRET: ovh.oauth.clientSecret }, secrets: [ovh.oauth.clientSecret] };
}

export function renderExport(zone: string, records: readonly FakeRecord[], options: { ownersInLowerCase?: boolean } = {}): string {
  const lines = [`$TTL 3600`, `@\tIN SOA dns1.ovh.net. tech.ovh.net. (2026010100 86400 3600 3600000 300)`, `\tIN NS dns1.ovh.net.`];
  for (const r of [...records].sort((a, b) => a.id - b.id)) {
    const owner = r.subDomain === "" ? "@" : options.ownersInLowerCase ? r.subDomain.toLowerCase() : r.subDomain;
    const type = TXT_FAMILY.has(r.fieldType) ? "TXT" : r.fieldType;
    const ttl = r.ttl > 0 ? `${r.ttl} ` : "";
    lines.push(`${owner}\t${ttl}IN ${type} ${r.target}`);
  }
  return `$ORIGIN ${zone}.\n${lines.join("\n")}\n`;
}

export async function startOvhServer(
  options: {
    clockSkew?: number;
    zones?: Record<string, FakeRecord[]>;
    /** The export writes every owner in lower case (whether OVH's does is not known): the listing cannot learn a spelling from it. */
    exportOwnersInLowerCase?: boolean;
    /**
     * How the API keeps the host name an MX, SRV or CNAME record is written with (its target), on a create
     * or an update: as given by default. Whether OVH's API keeps a target's letter case, or folds it on
     * write, is not documented, so a test can make the answer differ from what was sent in case only.
     */
    keepHostName?: (target: string) => string;
    /**
     * Keeps a TXT target longer than this many characters as several quoted strings of at most that many (a
     * DNS character-string holds 255 octets, RFC 1035 §3.3), on a create or an update. Whether OVH's API answers a
     * long TXT as it was sent or split so is not documented; a test can make it split.
     */
    splitTxtAt?: number;
  } = {},
): Promise<FakeOvhServer> {
  const credentials = {
    applicationKey: "ak-test-7f3c",
    applicationSecret: "as-SECRET-do-not-print-91d2e",
    consumerKey: "ck-SECRET-consumer-5b8a0",
  };
  const oauth = { clientId: "sa-client-3c71", clientSecret: "oauth-SECRET-client-8e44f" };
  const failures: InjectedFailure[] = [];
  const holds: { method?: string; pathPrefix?: string; skip?: number; arrived: () => void }[] = [];
  const tokens = new Set<string>();
  const zones = new Map(Object.entries(options.zones ?? {}).map(([zone, records]) => [zone, copy(records)]));
  const state = {
    zones,
    published: new Map([...zones].map(([zone, records]) => [zone, copy(records)])),
    history: new Map([...zones].map(([zone, records]) => [zone, [{ creationDate: "2026-01-01T00:00:00+00:00", records: copy(records) }]])),
    snapshots: [] as ZoneSnapshot[],
    requests: [] as SeenRequest[],
    tokensIssued: 0,
    clockSkew: options.clockSkew ?? 0,
    mxPlanDkim: new Map<string, MxPlanDkimState>(),
    proDkim: new Map<string, Map<string, ProDkimSelector[]>>(),
    nextId: 1 + Math.max(1000, ...[...zones.values()].flat().map((r) => r.id)),
    lastHistory: Date.parse("2026-01-01T00:00:00Z"),
    enablePolls: new Map<string, number>(),
    restoreDelay: 0,
    pendingRestores: new Map<string, { records: FakeRecord[]; exportsLeft: number; version: string }>(),
    downloadToken: `dl-SECRET-${randomBytes(8).toString("hex")}`,
  };
  const keptHostName = (fieldType: string, target: string) => (HOST_NAME_TYPES.has(fieldType) && options.keepHostName ? options.keepHostName(target) : target);
  const keptTxt = (fieldType: string, target: string) => {
    const at = options.splitTxtAt;
    const one = /^"([^"\\]*)"$/.exec(target)?.[1];
    if (!TXT_FAMILY.has(fieldType) || at === undefined || one === undefined || one.length <= at) return target;
    const strings: string[] = [];
    for (let i = 0; i < one.length; i += at) strings.push(`"${one.slice(i, i + at)}"`);
    return strings.join(" ");
  };
  const serverTime = () => Math.floor(Date.now() / 1000) + state.clockSkew;
  const snapshot = (zone: string, change: string) => state.snapshots.push({ zone, change, records: copy(state.zones.get(zone) ?? []) });
  const publish = (zone: string) => {
    const records = copy(state.zones.get(zone) ?? []);
    state.published.set(zone, records);
    // Strictly increasing dates, one per version, as OVH's history lists them.
    state.lastHistory = Math.max(Date.now(), state.lastHistory + 1000);
    const list = state.history.get(zone) ?? [];
    list.push({ creationDate: new Date(state.lastHistory).toISOString().replace(/\.\d{3}Z$/, "+00:00"), records: copy(records) });
    state.history.set(zone, list);
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      let send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        state.requests.push({ method: req.method ?? "", url: req.url ?? "", status, headers: req.headers, body });
        res.writeHead(status, { "Content-Type": "application/json", ...headers });
        res.end(payload === undefined ? "" : JSON.stringify(payload));
      };
      const url = new URL(req.url ?? "/", `http://${req.headers.host}`);

      const tokenFailure = failures.find((f) => f.pathPrefix === "/auth/oauth2/token");
      if (tokenFailure && req.method === "POST" && url.pathname === "/auth/oauth2/token") {
        tokenFailure.times = (tokenFailure.times ?? 1) - 1;
        if (tokenFailure.times <= 0) failures.splice(failures.indexOf(tokenFailure), 1);
        return send(tokenFailure.status, tokenFailure.body ?? { error: "temporarily_unavailable" }, tokenFailure.headers);
      }
      if (req.method === "POST" && url.pathname === "/auth/oauth2/token") {
        const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? "")?.[1];
        const [id, secret] = basic ? Buffer.from(basic, "base64").toString("utf8").split(":").map((p) => decodeURIComponent(p.replace(/\+/g, " "))) : [];
        const form = new URLSearchParams(body);
        if (form.get("grant_type") !== "client_credentials") return send(400, { error: "unsupported_grant_type" });
        if (id !== oauth.clientId || secret !== oauth.clientSecret) return send(401, { error: "invalid_client", error_description: `unknown client ${id ?? ""}` });
        const token = randomBytes(16).toString("hex");
        tokens.add(token);
        state.tokensIssued++;
        return send(200, { access_token: token, token_type: "Bearer", expires_in: 3600, scope: "all" });
      }
      // A saved version's zone file, where its zoneFileUrl points: a plain download, with a token in its query
      // and no credential (whatever the caller sends is recorded in `requests` for tests to check).
      const zoneFile = /^\/zonefile\/([^/]+)\/(\d+)$/.exec(url.pathname);
      if (zoneFile && req.method === "GET") {
        if (url.searchParams.get("token") !== state.downloadToken) return send(403, { message: "Forbidden" });
        const zone = decodeURIComponent(zoneFile[1]!);
        const version = state.history.get(zone)?.[Number(zoneFile[2])];
        if (!version) return send(404, { message: "Not Found" });
        state.requests.push({ method: "GET", url: req.url ?? "", status: 200, headers: req.headers, body });
        res.writeHead(200, { "Content-Type": "text/plain" });
        res.end(renderExport(zone, version.records));
        return;
      }
      if (!url.pathname.startsWith("/1.0/")) return send(404, { message: "Not Found" });
      const path = url.pathname.slice("/1.0".length);
      if (req.method === "GET" && path === "/auth/time") return send(200, serverTime());

      const held = holds.findIndex((h) => (!h.pathPrefix || path.startsWith(h.pathPrefix)) && (!h.method || h.method === req.method));
      if (held >= 0) {
        const hold = holds[held]!;
        if ((hold.skip ?? 0) > 0) hold.skip = hold.skip! - 1;
        else {
          holds.splice(held, 1);
          state.requests.push({ method: req.method ?? "", url: req.url ?? "", status: 0, headers: req.headers, body });
          hold.arrived();
          return;
        }
      }
      let injected = failures.find((f) => (!f.pathPrefix || path.startsWith(f.pathPrefix)) && (!f.method || f.method === req.method));
      if (injected && (injected.skip ?? 0) > 0) {
        injected.skip = injected.skip! - 1;
        injected = undefined;
      }
      const failure = injected;
      if (failure) {
        failure.times = (failure.times ?? 1) - 1;
        if (failure.times <= 0) failures.splice(failures.indexOf(failure), 1);
      }
      const answerWithFailure = () => {
        // status 0: the connection is dropped without an answer (the caller sees a network error).
        if (failure!.status === 0) {
          state.requests.push({ method: req.method ?? "", url: req.url ?? "", status: 0, headers: req.headers, body });
          req.socket.destroy();
          return;
        }
        reply(failure!.status, failure!.body ?? { message: `injected ${failure!.status}` }, failure!.headers);
      };
      const reply = send;
      if (failure && !failure.afterApplying) return answerWithFailure();
      // A lost answer: the change below is made, and what the caller gets is the failure.
      if (failure) send = () => answerWithFailure();

      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
      if (bearer !== undefined) {
        if (!tokens.has(bearer)) return send(401, { message: "Invalid token", class: "Client::Unauthorized" });
      } else {
        const application = req.headers["x-ovh-application"];
        const consumer = req.headers["x-ovh-consumer"];
        const timestamp = Number(req.headers["x-ovh-timestamp"]);
        const signature = req.headers["x-ovh-signature"];
        if (application !== credentials.applicationKey) return send(403, { message: "Invalid application key", class: "Client::Forbidden" });
        if (consumer !== credentials.consumerKey) return send(403, { message: "This credential does not exist", class: "Client::Forbidden" });
        // OVH rejects requests whose timestamp is far from its clock; the client must apply /auth/time's offset.
        if (!Number.isInteger(timestamp) || Math.abs(timestamp - serverTime()) > 5) return send(401, { message: "Invalid signature", class: "Client::Unauthorized" });
        const fullUrl = `http://${req.headers.host}${req.url}`;
        const expected = "$1$" + createHash("sha1").update([credentials.applicationSecret, credentials.consumerKey, req.method, fullUrl, body, String(timestamp)].join("+")).digest("hex");
        if (signature !== expected) return send(401, { message: "Invalid signature", class: "Client::Unauthorized" });
      }
      let json: Record<string, unknown> = {};
      if (body) {
        try {
          json = JSON.parse(body) as Record<string, unknown>;
        } catch {
          return send(400, { message: "Invalid JSON" });
        }
      }

      const dkim = /^\/email\/domain\/([^/]+)\/dkim(\/enable)?$/.exec(path);
      if (dkim) {
        const domain = decodeURIComponent(dkim[1]!);
        const entry = state.mxPlanDkim.get(domain);
        if (!entry) return send(404, { message: "This service does not exist", class: "Client::NotFound" });
        if (dkim[2] && req.method === "PUT") {
          entry.status = "modifying";
          state.enablePolls.set(domain, entry.enableAfterPolls ?? 2);
          return send(200, { domain, id: 1, function: "domain/enableDKIM", status: "todo" });
        }
        if (!dkim[2] && req.method === "GET") {
          const left = state.enablePolls.get(domain);
          if (left !== undefined) {
            if (left <= 0) {
              entry.status = "enabled";
              entry.activeSelector = entry.selectors[0]?.selectorName ?? null;
              for (const s of entry.selectors) s.status = "set";
              state.enablePolls.delete(domain);
            } else state.enablePolls.set(domain, left - 1);
          }
          return send(200, { status: entry.status, activeSelector: entry.activeSelector, autoconfig: true, selectors: entry.selectors });
        }
        return send(404, { message: "Not Found" });
      }
      if (req.method === "GET" && path === "/email/pro") return send(200, [...state.proDkim.keys()]);
      if (req.method === "GET" && (path === "/email/exchange")) return send(200, []);
      const pro = /^\/email\/pro\/([^/]+)\/domain(?:\/([^/]+)\/dkim(?:\/([^/]+)(\/enable)?)?)?$/.exec(path);
      if (pro) {
        const service = state.proDkim.get(decodeURIComponent(pro[1]!));
        if (!service) return send(404, { message: "This service does not exist" });
        if (!pro[2]) return send(200, [...service.keys()]);
        const selectors = service.get(decodeURIComponent(pro[2]));
        if (!selectors) return send(404, { message: "This domain does not exist" });
        if (!pro[3]) return send(200, selectors.map((s) => s.selectorName));
        const selector = selectors.find((s) => s.selectorName === decodeURIComponent(pro[3]!));
        if (!selector) return send(404, { message: "This selector does not exist" });
        if (pro[4] && req.method === "POST") {
          selector.status = "inProduction";
          return send(200, { id: 2, function: "enableDKIM", status: "todo" });
        }
        return send(200, { ...selector, recordType: "CNAME", customerRecord: `${selector.selectorName}._domainkey.${pro[2]}` });
      }

      const zoneMatch = /^\/domain\/zone\/([^/]+)\/(record(?:\/(\d+))?|refresh|export|history(?:\/([^/]+)(\/restore)?)?)$/.exec(path);
      if (!zoneMatch) return send(404, { message: "Not Found" });
      const zone = decodeURIComponent(zoneMatch[1]!);
      const records = state.zones.get(zone);
      if (!records) return send(404, { message: `This service does not exist`, class: "Client::NotFound" });
      const what = zoneMatch[2]!;

      if (what === "refresh" && req.method === "POST") {
        publish(zone);
        snapshot(zone, "refresh");
        return send(200, null);
      }
      if (what === "export" && req.method === "GET") {
        // A restore still pending (restoreDelay): the export is the old zone until it has been read that often.
        const pending = state.pendingRestores.get(zone);
        if (pending && pending.exportsLeft-- <= 0) {
          state.pendingRestores.delete(zone);
          state.zones.set(zone, pending.records);
          snapshot(zone, `restore ${pending.version}`);
          publish(zone);
        }
      }
      if (what === "export" && req.method === "GET") return send(200, renderExport(zone, state.zones.get(zone)!, { ownersInLowerCase: options.exportOwnersInLowerCase ?? false }));
      if (what.startsWith("history")) {
        const versions = state.history.get(zone) ?? [];
        if (!zoneMatch[4]) return req.method === "GET" ? send(200, versions.map((v) => v.creationDate)) : send(404, { message: "Not Found" });
        const version = versions.find((v) => v.creationDate === decodeURIComponent(zoneMatch[4]!));
        if (!version) return send(404, { message: "This version does not exist" });
        if (zoneMatch[5] && req.method === "POST") {
          // A restore re-creates the zone's records from the saved version (new ids), and applies it.
          const restored = version.records.map((r) => ({ ...r, id: state.nextId++ }));
          if (state.restoreDelay > 0) {
            state.pendingRestores.set(zone, { records: restored, exportsLeft: state.restoreDelay, version: version.creationDate });
            return send(200, null);
          }
          state.zones.set(zone, restored);
          snapshot(zone, `restore ${version.creationDate}`);
          publish(zone);
          return send(200, null);
        }
        if (req.method !== "GET") return send(404, { message: "Not Found" });
        const index = versions.indexOf(version);
        return send(200, { creationDate: version.creationDate, zoneFileUrl: `http://${req.headers.host}/zonefile/${encodeURIComponent(zone)}/${index}?token=${state.downloadToken}` });
      }

      const id = zoneMatch[3] ? Number(zoneMatch[3]) : null;
      if (id === null && req.method === "GET") {
        const fieldType = url.searchParams.get("fieldType");
        const subDomain = url.searchParams.get("subDomain");
        // The worst case compatible with what is known of OVH: a record keeps its subDomain as it was given
        // (`_DMARC`, `Mail._domainkey`, from the Control Panel or a zone imported in text mode), and how the
        // `subDomain=` filter treats letter case is not documented, so here it matches exactly: asked for
        // `_dmarc`, it does not list `_DMARC`, although DNS serves both at one name (RFC 4343).
        return send(200, records.filter((r) => (fieldType === null || r.fieldType === fieldType) && (subDomain === null || r.subDomain === subDomain)).map((r) => r.id));
      }
      if (id === null && req.method === "POST") {
        const fieldType = String(json.fieldType ?? "");
        if (!fieldType) return send(400, { message: "fieldType is mandatory" });
        let target = String(json.target ?? "");
        // OVH wraps TXT targets in double quotes when they are not already (TF-REC dd234d78).
        if (TXT_FAMILY.has(fieldType) && !target.startsWith('"')) target = `"${target}"`;
        target = keptTxt(fieldType, keptHostName(fieldType, target));
        const record: FakeRecord = { id: state.nextId++, subDomain: String(json.subDomain ?? ""), fieldType, target, ttl: Number(json.ttl ?? 0) };
        records.push(record);
        snapshot(zone, `POST record ${record.id}`);
        return send(200, { ...record, zone });
      }
      const record = id === null ? undefined : records.find((r) => r.id === id);
      if (!record) return send(404, { message: `The requested object (id = ${id}) does not exist`, class: "Client::NotFound" });
      if (req.method === "GET") return send(200, { ...record, zone });
      if (req.method === "PUT") {
        if (json.subDomain !== undefined) record.subDomain = String(json.subDomain);
        if (json.target !== undefined) {
          let target = String(json.target);
          if (TXT_FAMILY.has(record.fieldType) && !target.startsWith('"')) target = `"${target}"`;
          record.target = keptTxt(record.fieldType, keptHostName(record.fieldType, target));
        }
        if (json.ttl !== undefined) record.ttl = Number(json.ttl);
        snapshot(zone, `PUT record ${record.id}`);
        return send(200, null);
      }
      if (req.method === "DELETE") {
        records.splice(records.indexOf(record), 1);
        snapshot(zone, `DELETE record ${record.id}`);
        return send(200, null);
      }
      return send(404, { message: "Not Found" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/1.0`,
    tokenUrl: `http://127.0.0.1:${port}/auth/oauth2/token`,
    credentials,
    oauth,
    get zones() {
      return state.zones;
    },
    get published() {
      return state.published;
    },
    get history() {
      return state.history;
    },
    get snapshots() {
      return state.snapshots;
    },
    get requests() {
      return state.requests;
    },
    get tokensIssued() {
      return state.tokensIssued;
    },
    get restoreDelay() {
      return state.restoreDelay;
    },
    set restoreDelay(value: number) {
      state.restoreDelay = value;
    },
    get downloadToken() {
      return state.downloadToken;
    },
    get clockSkew() {
      return state.clockSkew;
    },
    set clockSkew(value: number) {
      state.clockSkew = value;
    },
    get mxPlanDkim() {
      return state.mxPlanDkim;
    },
    get proDkim() {
      return state.proDkim;
    },
    fail(failure) {
      failures.push({ ...failure });
    },
    hold(match) {
      return new Promise<void>((arrived) => void holds.push({ ...match, arrived }));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
