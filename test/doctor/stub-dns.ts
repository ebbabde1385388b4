// An in-memory DNS source for unit tests of the doctor (the loopback DNS server covers the real path).
import type { DnsRecordType, DoctorDnsSource, ObservedRRset } from "../../src/doctor/types.js";

export type StubAnswers = Record<string, string[] | "nxdomain" | "failed">;

/** Keys are "name TYPE" (name without trailing dot, lower case). Unknown keys answer NXDOMAIN. */
export function stubDns(answers: StubAnswers): DoctorDnsSource & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async lookup(name: string, type: DnsRecordType): Promise<ObservedRRset> {
      const key = `${name.replace(/\.$/, "").toLowerCase()} ${type}`;
      name = name.replace(/\.$/, "").toLowerCase();
      asked.push(key);
      const answer = answers[key];
      if (answer === undefined || answer === "nxdomain") return { name, type, status: "nxdomain", ttl: 0, values: [] };
      if (answer === "failed") return { name, type, status: "failed", ttl: 0, values: [], failure: { reason: "timeout", detail: "no answer from the test stub" } };
      return { name, type, status: answer.length ? "ok" : "nodata", ttl: 300, values: answer };
    },
  };
}

/** A domain with MX, SPF and DMARC in place. */
export const HEALTHY_ZONE: StubAnswers = {
  "example.test MX": ["1 mx0.example.test."],
  "example.test TXT": ["v=spf1 ip4:192.0.2.10 include:mx.ovh.com ~all"],
  "_dmarc.example.test TXT": ["v=DMARC1; p=quarantine; rua=mailto:dmarc@example.test"],
  "mx0.example.test A": ["192.0.2.25"],
};
