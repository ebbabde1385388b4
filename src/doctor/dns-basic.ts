// The doctor's own DNS step when no `audit` is wired in: is there an MX, an SPF and a DMARC record at all
// (OVH guide, "Vérifications DNS essentielles"). Same rule ids as the lint rules (src/rules/catalogue.json).
import type { Finding } from "../engine/types.js";
import { isDmarcRecord, isSpfRecord } from "../model/txt-version.js";
import { doctorFinding } from "./checks.js";
import type { DnsChecks, DoctorDnsSource, ObservedRRset } from "./types.js";

export function basicDnsChecks(source: DoctorDnsSource): DnsChecks {
  return async (domain: string): Promise<Finding[]> => {
    const apex = domain.replace(/\.$/, "");
    const [mx, txt, dmarc] = await Promise.all([
      source.lookup(apex, "MX"),
      source.lookup(apex, "TXT"),
      source.lookup(`_dmarc.${apex}`, "TXT"),
    ]);
    const findings: Finding[] = [];
    if (mx.status === "failed") findings.push(lookupFailed(apex, mx));
    else if (mx.status !== "ok" || mx.values.length === 0) findings.push(doctorFinding("mx-missing", apex, apex, {}));

    if (txt.status === "failed") findings.push(lookupFailed(apex, txt));
    // RFC 7208 §4.5: the version is case-insensitive and must be followed by a space (not a tab) or the end.
    else if (!spfRecords(txt).length) findings.push(doctorFinding("spf-missing", apex, apex, {}));

    if (dmarc.status === "failed") findings.push(lookupFailed(apex, dmarc));
    // RFC 7489 §6.4, §6.6.3: the record must start with v=DMARC1 (any case of `v`, blanks around `=`).
    else if (!(dmarc.status === "ok" && dmarc.values.some(isDmarcRecord))) {
      findings.push(doctorFinding("dmarc-missing", apex, `_dmarc.${apex}`, {}));
    }
    return findings;
  };
}

export function spfRecords(txt: ObservedRRset): string[] {
  return txt.status === "ok" ? txt.values.filter(isSpfRecord) : [];
}

export function lookupFailed(domain: string, rrset: ObservedRRset): Finding {
  const reason = rrset.failure ? `${rrset.failure.reason}${rrset.failure.detail ? ` (${rrset.failure.detail})` : ""}` : "failed";
  return doctorFinding("dns-lookup-failed", domain, rrset.name, { name: rrset.name, type: rrset.type, reason });
}
