// Report files as receivers send them, made at test time from the XML fixtures: zip archives, gzip, and
// messages (.eml, mbox) with the report attached in base64. Also the hostile files the ingest must refuse.
import { readFileSync } from "node:fs";
import { deflateRawSync, gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

export const fixtureDir = fileURLToPath(new URL("../fixtures/reports/", import.meta.url));
export const fixture = (name: string): Buffer => readFileSync(`${fixtureDir}${name}`);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  name: string;
  data: Uint8Array;
  /** Write this as the uncompressed size instead of the real one (a lying archive). */
  declaredSize?: number;
  /** Deflated data to store instead of deflating `data` (with `declaredSize`, for bombs made cheaply). */
  compressed?: Uint8Array;
}

/** A zip archive (PKWARE APPNOTE 4.3): local headers, deflated data, central directory, end record. */
export function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const compressed = entry.compressed ?? deflateRawSync(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(compressed));
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export const gzip = (data: Uint8Array): Buffer => gzipSync(data);

export interface Attachment {
  filename: string;
  contentType: string;
  data: Uint8Array;
}

/** A report message as receivers send them (RFC 7489 §7.2.1.1): a short text part and the attachment. */
export function reportMessage(subject: string, attachments: readonly Attachment[], from = "noreply-dmarc-support@google.com"): string {
  const boundary = "=_maildns_test_boundary";
  const parts = attachments.map((a) => {
    const base64 = Buffer.from(a.data).toString("base64").replace(/.{76}/g, "$&\r\n");
    return [`--${boundary}`, `Content-Type: ${a.contentType}; name="${a.filename}"`, `Content-Disposition: attachment; filename="${a.filename}"`, "Content-Transfer-Encoding: base64", "", base64].join("\r\n");
  });
  return [
    `From: ${from}`,
    "To: dmarc-reports@example.com",
    `Subject: ${subject}`,
    "Date: Thu, 03 Dec 2026 10:00:00 +0000",
    `Message-ID: <${subject.replace(/\W+/g, ".")}@reporter.example>`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    "Content-Type: text/plain; charset=utf-8",
    "",
    "This is an aggregate report from the receiver.",
    ...parts,
    `--${boundary}--`,
    "",
  ].join("\r\n");
}

/** An mbox (RFC 4155) of these messages. */
export function mbox(messages: readonly string[]): string {
  return messages.map((m) => `From MAILER-DAEMON Thu Dec  3 10:00:00 2026\n${m.replace(/\r\n/g, "\n").replace(/^(>*From )/gm, ">$1")}\n`).join("");
}

/** A minimal valid report for `domain` (one row, passing), identified by `reportId`. */
export function minimalReport(domain: string, reportId: string, options: { org?: string; begin?: number; rows?: string } = {}): string {
  const begin = options.begin ?? 1764720000;
  const rows =
    options.rows ??
    `<record><row><source_ip>192.0.2.10</source_ip><count>10</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row><identifiers><header_from>${domain}</header_from></identifiers><auth_results><dkim><domain>${domain}</domain><selector>s1</selector><result>pass</result></dkim><spf><domain>${domain}</domain><result>pass</result></spf></auth_results></record>`;
  return `<?xml version="1.0"?><feedback><report_metadata><org_name>${options.org ?? "reporter.example"}</org_name><email>dmarc@reporter.example</email><report_id>${reportId}</report_id><date_range><begin>${begin}</begin><end>${begin + 86399}</end></date_range></report_metadata><policy_published><domain>${domain}</domain><p>none</p></policy_published>${rows}</feedback>`;
}

let deflatedZeros: Buffer | null = null;
const zeros = (): Buffer => (deflatedZeros ??= deflateRawSync(Buffer.alloc(8 * 1024 * 1024), { level: 9 }));

export const hostile = {
  /** XXE: an external entity reading a local file. */
  externalEntity: () => `<?xml version="1.0"?>\n<!DOCTYPE feedback [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<feedback><report_metadata><org_name>&xxe;</org_name></report_metadata></feedback>`,
  /** Entity expansion ("billion laughs"): ten levels of ten. */
  billionLaughs: () => {
    const levels = ['<!ENTITY lol0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`)];
    return `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n${levels.join("\n")}\n]>\n<feedback><report_metadata><org_name>&lol9;</org_name></report_metadata></feedback>`;
  },
  /** A zip whose one entry declares 4 GiB, its data 8 MiB of zeros deflated to about 8 KiB (made once: deflating blocks the test's thread). */
  zipBomb: () => zip([{ name: "report.xml", data: new Uint8Array(0), declaredSize: 0xffffffff, compressed: zeros() }]),
  /** A zip that lies: it declares 1 KiB but inflates to 8 MiB, over 500 times its compressed size. */
  lyingZip: () => zip([{ name: "report.xml", data: Buffer.alloc(1), declaredSize: 1024, compressed: zeros() }]),
  /** 8 MiB of zeros in a gzip of about 8 KiB: over 500 times its size. */
  gzipBomb: () => gzipSync(Buffer.alloc(8 * 1024 * 1024), { level: 9 }),
  /** A real report's gzip cut in half. */
  truncatedGzip: (xml: Uint8Array) => {
    const whole = gzipSync(xml);
    return whole.subarray(0, Math.floor(whole.length / 2));
  },
};
