// From a schema-valid YAML value to the typed DomainModel. Values are kept as written (rules judge them);
// only defaults are filled in and structured SPF/DMARC forms are rendered to their record text.
import { domainToASCII } from "node:url";
import { OVH_DKIM_SELECTOR_NAME, ovhMxSet } from "../mail/ovh.js";
import type {
  ClientEndpoint,
  DkimSelector,
  DmarcStage,
  DomainModel,
  MailProvider,
  MxDecl,
  OvhOffer,
  OvhRegion,
  Path,
  RecordText,
  SpfSender,
  TextSegment,
} from "../model/types.js";

export const DEFAULT_TTL = 3600;

type Obj = Record<string, unknown>;

const asList = (value: unknown): string[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value.map(String) : [String(value)];

/** Builds text from parts, remembering which YAML node produced each part. */
class TextBuilder {
  private value = "";
  private readonly segments: TextSegment[] = [];
  constructor(private readonly separator: string) {}
  add(part: string, path: Path): void {
    if (this.value.length > 0) this.value += this.separator;
    this.segments.push({ start: this.value.length, end: this.value.length + part.length, path });
    this.value += part;
  }
  build(path: Path): RecordText {
    return { value: this.value, path, segments: this.segments };
  }
}

function recordText(value: unknown, path: Path): RecordText {
  if (Array.isArray(value)) {
    const strings = value.map(String);
    return { value: strings.join(""), path, strings };
  }
  return { value: String(value), path };
}

/** Converts a domain name as written (maybe Unicode, maybe with a trailing dot) to its A-label, or null. */
export function toALabel(name: string): string | null {
  const trimmed = name.trim().replace(/\.$/, "");
  if (trimmed === "" || /\s/.test(trimmed)) return null;
  if (isPlainAsciiName(trimmed)) return trimmed.toLowerCase();
  const ascii = domainToASCII(trimmed);
  return ascii === "" ? null : ascii.toLowerCase();
}

// droppedByIdna lives in the model, where the host names' analysis (mail/host.ts) and the resolver reach it:
// they refuse the same characters in MX and SRV targets, and refuse to ask such a name.
export { droppedByIdna } from "../model/idna-dropped.js";

const LDH_LABELS = /^(?:[A-Za-z0-9-]+\.)*[A-Za-z0-9-]+$/;
const PUNYCODE_LABEL = /(?:^|\.)xn--/i;
const NUMBER_LABEL = /(?:^|\.)(?:[0-9]+|0x[0-9a-f]*)$/i;

/**
 * Whether domainToASCII gives `name` back lower-cased and nothing else, so the call (a tenth of the model's
 * build) can be skipped: letters, digits and hyphens in non-empty labels. Not when a label starts with
 * "xn--" (decoded and checked), nor when the last label is a number (the WHATWG URL standard then parses
 * the host as an IPv4 address). test/config/to-a-label.test.ts compares both over edge cases.
 */
export function isPlainAsciiName(name: string): boolean {
  return LDH_LABELS.test(name) && !PUNYCODE_LABEL.test(name) && !NUMBER_LABEL.test(name);
}

function renderSpf(spf: Obj): { text: RecordText; senders: SpfSender[] } {
  const builder = new TextBuilder(" ");
  builder.add("v=spf1", ["spf"]);
  if (spf.mx === true) builder.add("mx", ["spf", "mx"]);
  if (spf.a === true) builder.add("a", ["spf", "a"]);
  const listTerms = (value: unknown, prefix: string, path: Path) => {
    if (Array.isArray(value)) value.forEach((item, i) => builder.add(`${prefix}:${String(item)}`, [...path, i]));
    else if (value !== undefined) builder.add(`${prefix}:${String(value)}`, path);
  };
  listTerms(spf.ip4, "ip4", ["spf", "ip4"]);
  listTerms(spf.ip6, "ip6", ["spf", "ip6"]);
  listTerms(spf.include, "include", ["spf", "include"]);
  const senders: SpfSender[] = [];
  (Array.isArray(spf.senders) ? (spf.senders as Obj[]) : []).forEach((sender, i) => {
    const path: Path = ["spf", "senders", i];
    const terms: string[] = [];
    for (const kind of ["ip4", "ip6", "include"] as const) {
      const value = sender[kind];
      const list = asList(value);
      list.forEach((item, j) => {
        const term = `${kind}:${item}`;
        terms.push(term);
        builder.add(term, Array.isArray(value) ? [...path, kind, j] : [...path, kind]);
      });
    }
    senders.push({ name: String(sender.name), terms, path });
  });
  if (typeof spf.redirect === "string") builder.add(`redirect=${spf.redirect}`, ["spf", "redirect"]);
  if (typeof spf.all === "string") builder.add(`${spf.all}all`, ["spf", "all"]);
  return { text: builder.build(["spf"]), senders };
}

const DMARC_TAG_ORDER = ["p", "sp", "np", "adkim", "aspf", "pct", "t", "fo", "rua", "ruf"] as const;

function renderDmarc(dmarc: Obj): RecordText {
  const builder = new TextBuilder("; ");
  builder.add("v=DMARC1", ["dmarc"]);
  for (const tag of DMARC_TAG_ORDER) {
    const value = dmarc[tag];
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.map(String).join(",") : String(value);
    builder.add(`${tag}=${text}`, ["dmarc", tag]);
  }
  return builder.build(["dmarc"]);
}

function endpoint(value: unknown, path: Path): ClientEndpoint | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Obj;
  return { host: String(v.host), port: Number(v.port), tls: v.tls as ClientEndpoint["tls"], path };
}

/**
 * Builds the model. `value` must have passed the schema check. Returns null with a reason when the
 * domain name itself is unusable (the one thing no rule can work without).
 */
export function buildDomainModel(file: string | null, value: Obj): { model: DomainModel } | { invalidDomain: string } {
  const domain = toALabel(String(value.domain));
  if (!domain) return { invalidDomain: String(value.domain) };
  const ttl = typeof value.ttl === "number" ? value.ttl : DEFAULT_TTL;

  const mailValue = (value.mail ?? {}) as Obj;
  const provider = (mailValue.provider ?? "external") as MailProvider;
  const region = (mailValue.region ?? "eu") as OvhRegion;
  const mail = {
    provider,
    offer: provider === "ovh" ? ((mailValue.offer as OvhOffer | undefined) ?? "mx-plan") : null,
    region,
    sends: typeof mailValue.sends === "boolean" ? mailValue.sends : provider !== "none",
    receives: typeof mailValue.receives === "boolean" ? mailValue.receives : provider !== "none",
    server: typeof mailValue.server === "string" ? mailValue.server : null,
    ips: asList(mailValue.ips),
    path: ["mail"] as Path,
  };

  let mx: MxDecl | null = null;
  if (value.mx === "ovh") {
    // Fields written out rather than spread (`{ ...e, ttl }`): the spread is a slow path in V8, and it was
    // most of the time spent building the model of a domain on OVH's MX set.
    mx = { preset: "ovh", entries: ovhMxSet(region).map((e) => ({ priority: e.priority, host: e.host, ttl, path: ["mx"] })), path: ["mx"] };
  } else if (value.mx === "none") {
    mx = { preset: "null", entries: [{ host: ".", priority: 0, ttl, path: ["mx"] }], path: ["mx"] };
  } else if (Array.isArray(value.mx)) {
    mx = {
      preset: null,
      entries: (value.mx as Obj[]).map((e, i) => ({
        host: String(e.host),
        priority: Number(e.priority),
        ttl: typeof e.ttl === "number" ? e.ttl : ttl,
        path: ["mx", i],
      })),
      path: ["mx"],
    };
  }

  let spf: DomainModel["spf"] = null;
  if (typeof value.spf === "string") {
    spf = { text: recordText(value.spf, ["spf"]), structured: false, senders: [], ttl, path: ["spf"] };
  } else if (value.spf && typeof value.spf === "object") {
    const s = value.spf as Obj;
    const recordTtl = typeof s.ttl === "number" ? s.ttl : ttl;
    if (s.record !== undefined) {
      spf = { text: recordText(s.record, ["spf", "record"]), structured: false, senders: [], ttl: recordTtl, path: ["spf"] };
    } else {
      const { text, senders } = renderSpf(s);
      spf = { text, structured: true, senders, ttl: recordTtl, path: ["spf"] };
    }
  }

  let dkim: DomainModel["dkim"] = null;
  if (value.dkim === "ovh") {
    dkim = { selectors: [], switchedAt: null, path: ["dkim"], fromHost: "ovh" };
  } else if (value.dkim && typeof value.dkim === "object") {
    const d = value.dkim as Obj;
    const selectors: DkimSelector[] = (Array.isArray(d.selectors) ? (d.selectors as Obj[]) : []).map((s, i) => {
      const path: Path = ["dkim", "selectors", i];
      const name = String(s.name);
      return {
        name,
        kind: s.cname !== undefined ? "cname" : "txt",
        target: s.cname !== undefined ? String(s.cname) : null,
        text: s.record !== undefined ? recordText(s.record, [...path, "record"]) : null,
        active: s.active !== false,
        ovh: typeof s.ovh === "boolean" ? s.ovh : OVH_DKIM_SELECTOR_NAME.test(name),
        ttl: typeof s.ttl === "number" ? s.ttl : ttl,
        path,
      };
    });
    dkim = { selectors, switchedAt: typeof d.switchedAt === "string" ? d.switchedAt : null, path: ["dkim"] };
  }

  let dmarc: DomainModel["dmarc"] = null;
  if (typeof value.dmarc === "string") {
    dmarc = { text: recordText(value.dmarc, ["dmarc"]), structured: false, since: null, history: [], ttl, path: ["dmarc"] };
  } else if (value.dmarc && typeof value.dmarc === "object") {
    const d = value.dmarc as Obj;
    const history: DmarcStage[] = (Array.isArray(d.history) ? (d.history as Obj[]) : []).map((h, i) => ({
      p: String(h.p),
      pct: typeof h.pct === "number" ? h.pct : null,
      t: h.t === undefined ? null : String(h.t) === "y",
      since: String(h.since),
      path: ["dmarc", "history", i],
    }));
    const structured = d.record === undefined;
    dmarc = {
      text: structured ? renderDmarc(d) : recordText(d.record, ["dmarc", "record"]),
      structured,
      since: typeof d.since === "string" ? d.since : null,
      history,
      ttl: typeof d.ttl === "number" ? d.ttl : ttl,
      path: ["dmarc"],
    };
  }

  const srv = (Array.isArray(value.srv) ? (value.srv as Obj[]) : []).map((s, i) => ({
    service: String(s.service),
    priority: typeof s.priority === "number" ? s.priority : 0,
    weight: typeof s.weight === "number" ? s.weight : 0,
    port: Number(s.port),
    target: String(s.target),
    ttl: typeof s.ttl === "number" ? s.ttl : ttl,
    path: ["srv", i] as Path,
  }));
  const cname = (Array.isArray(value.cname) ? (value.cname as Obj[]) : []).map((c, i) => ({
    name: String(c.name),
    target: String(c.target),
    ttl: typeof c.ttl === "number" ? c.ttl : ttl,
    path: ["cname", i] as Path,
  }));
  let mtaSts: DomainModel["mtaSts"] = null;
  if (value.mtaSts && typeof value.mtaSts === "object") {
    const m = value.mtaSts as Obj;
    const policy = m.policy as Obj | undefined;
    mtaSts = {
      text: typeof m.record === "string" ? recordText(m.record, ["mtaSts", "record"]) : null,
      policy: policy ? { mode: String(policy.mode), mx: asList(policy.mx), maxAge: Number(policy.maxAge), path: ["mtaSts", "policy"] } : null,
      since: typeof m.since === "string" ? m.since : null,
      history: (Array.isArray(m.history) ? (m.history as Obj[]) : []).map((h, i) => ({ mode: String(h.mode), since: String(h.since), path: ["mtaSts", "history", i] })),
      ttl: typeof m.ttl === "number" ? m.ttl : ttl,
      path: ["mtaSts"],
    };
  }
  let tlsRpt: DomainModel["tlsRpt"] = null;
  if (typeof value.tlsRpt === "string") tlsRpt = { text: recordText(value.tlsRpt, ["tlsRpt"]), ttl, path: ["tlsRpt"] };
  else if (value.tlsRpt && typeof value.tlsRpt === "object") {
    const t = value.tlsRpt as Obj;
    tlsRpt = { text: recordText(t.record, ["tlsRpt", "record"]), ttl: typeof t.ttl === "number" ? t.ttl : ttl, path: ["tlsRpt"] };
  }
  const clientsValue = (value.clients ?? {}) as Obj;
  const suppressions = (Array.isArray(value.lint) ? (value.lint as Obj[]) : []).map((s, i) => ({
    rule: String(s.rule),
    reason: String(s.reason),
    until: typeof s.until === "string" ? s.until : null,
    path: ["lint", i] as Path,
  }));

  return {
    model: {
      file,
      // Until domain files name their DNS provider, every file is applied through OVH's API.
      dnsProvider: "ovh",
      domain,
      ttl,
      mail,
      mx,
      spf,
      dkim,
      dmarc,
      srv,
      cname,
      mtaSts,
      tlsRpt,
      clients: {
        imap: endpoint(clientsValue.imap, ["clients", "imap"]),
        smtp: endpoint(clientsValue.smtp, ["clients", "smtp"]),
        pop: endpoint(clientsValue.pop, ["clients", "pop"]),
      },
      migrationUntil: typeof value.migrationUntil === "string" ? value.migrationUntil : null,
      suppressions,
    },
  };
}
