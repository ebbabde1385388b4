// Block lists (OVH guide: "Contrôlez les listes noires (RBL)"). DNSBL queries follow RFC 5782: the
// address's octets (IPv4, §2.1) or nibbles (IPv6, §2.4) reversed under the list's zone; an A answer
// in 127.0.0.0/8 means listed, 127.0.0.1 is never a listing and other 127/8 answers outside
// 127.0.0.x are used by some lists to signal refused queries.
import { isIP } from "node:net";
import type { Finding } from "../engine/types.js";
import { doctorFinding } from "./checks.js";
import { lookupFailed, spfRecords } from "./dns-basic.js";
import type { DoctorDnsSource } from "./types.js";

export interface SendingAddress {
  ip: string;
  /** Where it came from: "SPF ip4", "MX mx0.mail.ovh.net". */
  source: string;
}

/** Bounds the queries: addresses × zones. */
export const MAX_ADDRESSES = 32;

/** Single addresses of `ip4:`/`ip6:` terms (RFC 7208 §5.6); ranges are skipped, a list answers per address. */
export function spfAddresses(record: string): { addresses: SendingAddress[]; skippedRanges: string[] } {
  const addresses: SendingAddress[] = [];
  const skippedRanges: string[] = [];
  for (const term of record.split(/\s+/)) {
    const match = /^[+\-~?]?(ip4|ip6):([^/]+)(?:\/(\d+))?$/i.exec(term);
    if (!match) continue;
    const family = match[1]!.toLowerCase() === "ip4" ? 4 : 6;
    const ip = match[2]!;
    const prefix = match[3] === undefined ? null : Number(match[3]);
    if (isIP(ip) !== family) continue;
    if (prefix !== null && prefix !== (family === 4 ? 32 : 128)) {
      skippedRanges.push(`${ip}/${prefix}`);
      continue;
    }
    addresses.push({ ip, source: `SPF ${family === 4 ? "ip4" : "ip6"}` });
  }
  return { addresses, skippedRanges };
}

/** The DNSBL query name for an address, or null if it is not an IP address. */
export function dnsblQueryName(ip: string, zone: string): string | null {
  const suffix = zone.replace(/^\.+|\.+$/g, "");
  if (isIP(ip) === 4) return `${ip.split(".").reverse().join(".")}.${suffix}`;
  if (isIP(ip) === 6) return `${expandIpv6(ip).split("").reverse().join(".")}.${suffix}`;
  return null;
}

/** 32 hex nibbles of an IPv6 address (handles `::` and an embedded IPv4 tail). */
export function expandIpv6(ip: string): string {
  let text = ip.toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const octets = v4[1]!.split(".").map(Number);
    text = text.slice(0, -v4[1]!.length) + `${((octets[0]! << 8) | octets[1]!).toString(16)}:${((octets[2]! << 8) | octets[3]!).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const fill = tail === undefined ? [] : new Array<string>(8 - headGroups.length - tailGroups.length).fill("0");
  return [...headGroups, ...fill, ...tailGroups].map((group) => group.padStart(4, "0")).join("");
}

/** The domain's sending addresses: SPF ip4/ip6 terms and the addresses of its MX hosts. */
export async function sendingAddresses(source: DoctorDnsSource, domain: string): Promise<{ addresses: SendingAddress[]; notes: string[]; findings: Finding[] }> {
  const apex = domain.replace(/\.$/, "");
  const notes: string[] = [];
  const findings: Finding[] = [];
  const found: SendingAddress[] = [];
  const [txt, mx] = await Promise.all([source.lookup(apex, "TXT"), source.lookup(apex, "MX")]);
  if (txt.status === "failed") findings.push(lookupFailed(apex, txt));
  for (const record of spfRecords(txt)) {
    const { addresses, skippedRanges } = spfAddresses(record);
    found.push(...addresses);
    if (skippedRanges.length) notes.push(`SPF ranges not checked: ${skippedRanges.join(" ")}`);
  }
  if (mx.status === "failed") findings.push(lookupFailed(apex, mx));
  const hosts = mx.status === "ok" ? mx.values.map((v) => v.split(/\s+/)[1] ?? "").filter((h) => h && h !== ".") : [];
  const answers = await Promise.all(hosts.flatMap((host) => [source.lookup(host, "A"), source.lookup(host, "AAAA")]));
  for (const rrset of answers) {
    if (rrset.status === "failed") findings.push(lookupFailed(apex, rrset));
    if (rrset.status === "ok") for (const ip of rrset.values) found.push({ ip, source: `MX ${rrset.name.replace(/\.$/, "")}` });
  }
  const unique = new Map<string, SendingAddress>();
  for (const address of found) if (!unique.has(address.ip)) unique.set(address.ip, address);
  const addresses = [...unique.values()];
  if (addresses.length > MAX_ADDRESSES) notes.push(`only the first ${MAX_ADDRESSES} of ${addresses.length} addresses checked`);
  return { addresses: addresses.slice(0, MAX_ADDRESSES), notes, findings };
}

export interface ZoneVerdict {
  listed: { address: SendingAddress; answer: string }[];
  findings: Finding[];
  clean: number;
}

/** Asks one list about every address. */
export async function checkZone(source: DoctorDnsSource, domain: string, zone: string, addresses: readonly SendingAddress[]): Promise<ZoneVerdict> {
  const findings: Finding[] = [];
  const listed: ZoneVerdict["listed"] = [];
  let clean = 0;
  await Promise.all(
    addresses.map(async (address) => {
      const name = dnsblQueryName(address.ip, zone);
      if (!name) return;
      const answer = await source.lookup(name, "A");
      if (answer.status === "failed") {
        findings.push(lookupFailed(domain, answer));
        return;
      }
      if (answer.status !== "ok") {
        clean++;
        return;
      }
      const codes = answer.values.filter((v) => /^127\.0\.0\.\d+$/.test(v) && v !== "127.0.0.1");
      if (codes.length === 0) {
        findings.push(
          doctorFinding("dns-lookup-failed", domain, name, { name, type: "A", reason: `the list answered ${answer.values.join(", ")}, which is not a listing (query refused?)` }),
        );
        return;
      }
      const reason = await source.lookup(name, "TXT");
      const text = reason.status === "ok" && reason.values.length ? ` (${reason.values.join(" ").slice(0, 200)})` : "";
      const answerText = `${codes.join(", ")}${text}`;
      listed.push({ address, answer: answerText });
      findings.push(doctorFinding("dnsbl-listed", domain, address.ip, { ip: address.ip, source: address.source, zone, answer: answerText }));
    }),
  );
  return { listed, findings, clean };
}
