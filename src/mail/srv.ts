// SRV and client-record helpers shared by the srv-*, autodiscover-* and client-* rules (OVH's client configuration guide,
// §3.5). Pure; host names go through analyseHost.
import { relativeOwner } from "../model/records.js";
import type { ClientEndpoint, OvhOffer, OvhRegion } from "../model/types.js";
import { analyseHost, type HostAnalysis } from "./host.js";
import { ovhClientHosts } from "./ovh.js";

// An owner name as written relative to the domain, lower case: "_IMAPS._tcp.example.com." in example.com
// becomes "_imaps._tcp". The records model names the RRsets with the same function, so a rule and the plan
// never read one entry as two names.
export { relativeOwner };

/** RFC 2782 owner `_Service._Proto`; service names per RFC 6335 §5.1 (letters, digits, inner hyphens, ≤ 15). */
const SRV_OWNER = /^_([a-z0-9](?:[a-z0-9-]{0,13}[a-z0-9])?)\._(tcp|udp)$/;

export function parseSrvOwner(service: string, domain: string): { service: string; proto: "tcp" | "udp" } | null {
  const match = SRV_OWNER.exec(relativeOwner(service, domain));
  if (!match || match[1]!.includes("--")) return null;
  return { service: match[1]!, proto: match[2] as "tcp" | "udp" };
}

/** MX Plan's autoconfiguration host (`_autodiscover._tcp` and `autoconfig`/`autodiscover` CNAMEs) [WILD]. */
export const OVH_MAILCONFIG_HOST = "mailconfig.ovh.net";

/** Email Pro / Exchange servers: pro1.mail.ovh.net, ex2.mail.ovh.net, ex.mail.ovh.ca (OVH-TB-PRO/EX, OVH-EXCA). */
export const OVH_SERVER_HOST = /^(pro\d*|ex\d*)\.mail\.ovh\.(net|ca)$/;

export type ServerFamily = "mailconfig" | "server";

/** Which autoconfiguration endpoint an offer uses: MX Plan and Zimbra share mailconfig; the others their server. */
export function autodiscoverFamily(offer: OvhOffer): ServerFamily {
  return offer === "mx-plan" || offer === "zimbra" ? "mailconfig" : "server";
}

/** True when `host` is an acceptable client host; "pro?" / "ex?" in OVH's list stand for the server number. */
export function matchesClientHost(host: HostAnalysis, allowed: readonly string[]): boolean {
  if (host.kind !== "hostname" || host.ascii === null) return false;
  return allowed.some((pattern) => {
    const normalised = pattern.toLowerCase().replace(/\.$/, "");
    if (!normalised.includes("?")) return host.ascii === normalised;
    const regex = new RegExp(`^${normalised.replace(/\./g, "\\.").replace(/\?/g, "\\d+")}$`);
    return regex.test(host.ascii!);
  });
}

/** The client hosts OVH documents for the protocol (OVH's client configuration guide). */
export function ovhClientHostsFor(protocol: "imap" | "smtp", offer: OvhOffer, region: OvhRegion, server: string | null): string[] {
  return ovhClientHosts(offer, region, server)[protocol];
}

export function analyseEndpointHost(endpoint: ClientEndpoint): HostAnalysis {
  return analyseHost(endpoint.host);
}
