// OVH as the source of truth for OVH-hosted DKIM: the selector names are per account (ovhmo1234567-…), so
// only OVH's API knows them. MX Plan and Zimbra answer at /email/domain/{domain}/dkim; Email Pro at
// /email/pro/{service}/domain/{domain}/dkim[/{selector}]; Exchange at
// /email/exchange/{organization}/service/{service}/domain/{domain}/dkim[/{selector}] (OVH's DKIM guide).
// Enabling is asynchronous at OVH: it is started, then polled a bounded number of times.
import type { MailSettings } from "../../model/types.js";
import type { HostDkim } from "../types.js";
import type { OvhClient } from "./client.js";
import { OvhApiError } from "./errors.js";

interface MxPlanDkim {
  status?: unknown;
  activeSelector?: unknown;
  selectors?: { selectorName?: unknown; cname?: unknown; status?: unknown }[];
}

interface ProSelector {
  selectorName?: unknown;
  targetRecord?: unknown;
  customerRecord?: unknown;
  status?: unknown;
}

const enc = encodeURIComponent;

function text(value: unknown): string | null {
  return typeof value === "string" && value.length <= 255 ? value : null;
}

/** `sel._domainkey.example.com CNAME sel._domainkey.123.ab.dkim.mail.ovh.net.` → its target. */
function cnameTarget(value: unknown): string | null {
  const raw = text(value);
  if (raw === null) return null;
  const parts = raw.trim().split(/\s+/);
  const target = parts.length >= 3 && parts[1]!.toUpperCase() === "CNAME" ? parts[2]! : parts[parts.length - 1]!;
  return /^[A-Za-z0-9._-]+\.?$/.test(target) ? (target.endsWith(".") ? target.toLowerCase() : `${target.toLowerCase()}.`) : null;
}

async function orNull<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    // Not this account's service (404): no DKIM here. A 403 is a key without the rights on OVH's mail routes,
    // which must not read as "no DKIM" (`dkim: ovh` would then say to enable DKIM at OVH): it is an error.
    if (error instanceof OvhApiError && error.status === 404) return null;
    throw error;
  }
}

async function mxPlanDkim(client: OvhClient, domain: string): Promise<HostDkim | null> {
  const raw = await orNull(client.get<MxPlanDkim>(`/email/domain/${enc(domain)}/dkim`));
  if (!raw || typeof raw !== "object") return null;
  const status = text(raw.status) ?? "unknown";
  return {
    status,
    enabled: status === "enabled",
    active: text(raw.activeSelector),
    selectors: (Array.isArray(raw.selectors) ? raw.selectors : [])
      // An answer missing fields (or with holes in its list) gives fewer selectors, never a crash.
      .filter((s): s is NonNullable<typeof s> => typeof s === "object" && s !== null)
      .map((s) => ({ name: text(s.selectorName) ?? "", cname: cnameTarget(s.cname), status: text(s.status) ?? "unknown" }))
      .filter((s) => /^[A-Za-z0-9_-]{1,63}$/.test(s.name))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** Selectors of an Email Pro or Exchange domain, from the listing then one call per selector. */
async function selectorDkim(client: OvhClient, base: string): Promise<HostDkim | null> {
  const names = await orNull(client.get<unknown>(`${base}/dkim`));
  if (!Array.isArray(names)) return null;
  const selectors: HostDkim["selectors"] = [];
  for (const name of names.filter((n): n is string => typeof n === "string" && /^[A-Za-z0-9_-]{1,63}$/.test(n)).sort()) {
    const detail = await client.get<ProSelector>(`${base}/dkim/${enc(name)}`);
    selectors.push({ name, cname: cnameTarget(detail?.targetRecord), status: text(detail?.status) ?? "unknown" });
  }
  const active = selectors.find((s) => s.status === "inProduction")?.name ?? null;
  return { status: active ? "enabled" : selectors.length > 0 ? "toConfigure" : "disabled", enabled: active !== null, active, selectors };
}

/** The service (and, for Exchange, the organization) whose domains include this one. */
async function findProBase(client: OvhClient, domain: string): Promise<string | null> {
  const services = (await orNull(client.get<unknown>("/email/pro"))) ?? [];
  for (const service of Array.isArray(services) ? services.filter((s): s is string => typeof s === "string") : []) {
    const domains = await orNull(client.get<unknown>(`/email/pro/${enc(service)}/domain`));
    if (Array.isArray(domains) && domains.includes(domain)) return `/email/pro/${enc(service)}/domain/${enc(domain)}`;
  }
  return null;
}

async function findExchangeBase(client: OvhClient, domain: string): Promise<string | null> {
  const organizations = (await orNull(client.get<unknown>("/email/exchange"))) ?? [];
  for (const organization of Array.isArray(organizations) ? organizations.filter((s): s is string => typeof s === "string") : []) {
    const services = (await orNull(client.get<unknown>(`/email/exchange/${enc(organization)}/service`))) ?? [];
    for (const service of Array.isArray(services) ? services.filter((s): s is string => typeof s === "string") : []) {
      const base = `/email/exchange/${enc(organization)}/service/${enc(service)}/domain`;
      const domains = await orNull(client.get<unknown>(base));
      if (Array.isArray(domains) && domains.includes(domain)) return `${base}/${enc(domain)}`;
    }
  }
  return null;
}

async function baseFor(client: OvhClient, domain: string, offer: MailSettings["offer"]): Promise<{ kind: "mx-plan" } | { kind: "selectors"; base: string } | null> {
  if (offer === "email-pro") {
    const base = await findProBase(client, domain);
    return base ? { kind: "selectors", base } : null;
  }
  if (offer === "hosted-exchange" || offer === "private-exchange") {
    const base = await findExchangeBase(client, domain);
    return base ? { kind: "selectors", base } : null;
  }
  return { kind: "mx-plan" };
}

type Mail = Pick<MailSettings, "provider" | "offer">;

/** DKIM as OVH reports it for an OVH-hosted mail domain; null when this account does not run its mail. */
export async function ovhDkim(client: OvhClient, domain: string, mail: Mail | null): Promise<HostDkim | null> {
  // Mail not known (audit, import, doctor of a bare name): MX Plan's route answers for the domain or 404s.
  if (mail !== null && mail.provider !== "ovh") return null;
  const where = await baseFor(client, domain, mail?.offer ?? null);
  if (!where) return null;
  return where.kind === "mx-plan" ? mxPlanDkim(client, domain) : selectorDkim(client, where.base);
}

/**
 * Starts DKIM at OVH (MX Plan: PUT …/dkim/enable; Email Pro and Exchange: POST …/dkim/{selector}/enable on
 * the first selector OVH reports ready) and polls until OVH reports it enabled, at most `attempts` times.
 */
export async function enableOvhDkim(
  client: OvhClient,
  domain: string,
  mail: Mail,
  wait: { attempts: number; intervalMs: number; sleep?: (ms: number) => Promise<void> },
): Promise<HostDkim | null> {
  const where = mail.provider === "ovh" ? await baseFor(client, domain, mail.offer) : null;
  if (!where) return null;
  const read = () => (where.kind === "mx-plan" ? mxPlanDkim(client, domain) : selectorDkim(client, where.base));
  let state = await read();
  if (!state || state.enabled) return state;
  if (where.kind === "mx-plan") {
    await client.put(`/email/domain/${enc(domain)}/dkim/enable`, {});
  } else {
    const ready = state.selectors.find((s) => s.status === "ready");
    if (!ready) return state;
    await client.post(`${where.base}/dkim/${enc(ready.name)}/enable`);
  }
  const sleep = wait.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 0; attempt < Math.max(1, wait.attempts); attempt++) {
    await sleep(wait.intervalMs);
    state = await read();
    if (!state || state.enabled) break;
  }
  return state;
}
