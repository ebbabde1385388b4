// OVHcloud mail facts, in one place, each from the OVH guide named beside it. Rules, presets, the Pulumi
// program and the doctor read them from here; nothing else hard-codes an OVH host name.
import type { DomainModel, OvhOffer, OvhRegion } from "../model/types.js";

/** The SPF include OVH documents for its shared offers (OVH's SPF guide). `mx.ovh.net` is not one. */
export const OVH_SPF_INCLUDE = "mx.ovh.com";

/** The SPF include OVH's Canadian guides give for the CA region (OVH's SPF guide, CA edition). */
export const OVH_CA_SPF_INCLUDE = "mx.ovh.ca";

/** The SPF includes that authorise OVH's shared offers in a region: mx.ovh.com everywhere, mx.ovh.ca too in CA. */
export function ovhSpfIncludes(region: OvhRegion): readonly string[] {
  return region === "ca" ? [OVH_SPF_INCLUDE, OVH_CA_SPF_INCLUDE] : [OVH_SPF_INCLUDE];
}

/** Offers that share OVH's MX set and SPF include (OVH-MX, OVH-SPF); Private Exchange is apart. */
export const OVH_SHARED_OFFERS: readonly OvhOffer[] = ["mx-plan", "email-pro", "hosted-exchange", "zimbra"];

export const OVH_OFFERS: readonly OvhOffer[] = [...OVH_SHARED_OFFERS, "private-exchange"];

/** OVH's MX table (OVH-MX): priority and host, per region. TTL 3600, blank subdomain. */
export function ovhMxSet(region: OvhRegion): { priority: number; host: string }[] {
  const suffix = region === "ca" ? "mail.ovh.ca" : "mail.ovh.net";
  return [
    { priority: 1, host: `mx0.${suffix}.` },
    { priority: 5, host: `mx1.${suffix}.` },
    { priority: 50, host: `mx2.${suffix}.` },
    { priority: 100, host: `mx3.${suffix}.` },
    { priority: 200, host: `mx4.${suffix}.` },
  ];
}

export const OVH_MX_TTL = 3600;

/** `mx[0-4].mail.ovh.net` / `.ca`, with or without the trailing dot, any case. */
export const OVH_MX_HOST = /^mx[0-4]\.mail\.ovh\.(net|ca)\.?$/i;

/** Hosts of OVH's old MX Plan filtering/redirect modes, still seen in live zones. */
export const OVH_LEGACY_MX_HOST = /^(mx[1-4]|mxb|redirect)\.ovh\.net\.?$/i;

/** OVH-managed DKIM selector CNAME target (OVH-DKIM). */
export const OVH_DKIM_CNAME_TARGET = /^(?<selector>[^.]+)\._domainkey\.\d+\.[a-z]{2}\.dkim\.mail\.ovh\.net\.$/;

/** Selector names OVH issues: ovhmo<N>-selector1, ovhex<N>-selector2, ovhemp<N>-selector1, ovhmo-selector-1. */
export const OVH_DKIM_SELECTOR_NAME = /^ovh(mo|ex|emp)\d*-selector-?[12]$/;

/** Client servers per offer (OVH's client configuration guides). `server` is the customer's pro?/ex? host when known. */
export function ovhClientHosts(offer: OvhOffer, region: OvhRegion, server: string | null): { imap: string[]; smtp: string[] } {
  if (offer === "email-pro" || offer === "hosted-exchange" || offer === "private-exchange") {
    if (server) return { imap: [server], smtp: [server] };
    if (offer === "hosted-exchange" && region === "ca") return { imap: ["ex.mail.ovh.ca"], smtp: ["ex.mail.ovh.ca"] };
    return offer === "email-pro"
      ? { imap: ["pro?.mail.ovh.net"], smtp: ["pro?.mail.ovh.net"] }
      : { imap: ["ex?.mail.ovh.net"], smtp: ["ex?.mail.ovh.net"] };
  }
  if (region === "ca") return { imap: ["imap.mail.ovh.ca"], smtp: ["smtp.mail.ovh.ca"] };
  return { imap: ["ssl0.ovh.net", "imap.mail.ovh.net"], smtp: ["ssl0.ovh.net", "smtp.mail.ovh.net"] };
}

/** True when the domain declares OVH-hosted mail (the scope of the `ovhOnly` rules). */
export function isOvhHosted(domain: DomainModel): boolean {
  return domain.mail.provider === "ovh" && domain.mail.offer !== null;
}

/** True for OVH's shared offers (MX Plan, Email Pro, Hosted Exchange, Zimbra). */
export function isOvhShared(domain: DomainModel): boolean {
  return isOvhHosted(domain) && OVH_SHARED_OFFERS.includes(domain.mail.offer as OvhOffer);
}
