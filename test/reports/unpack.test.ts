import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readReports } from "../../src/reports/ingest.js";
import { contentKind, DEFAULT_LIMITS, splitMbox, unpack } from "../../src/reports/unpack.js";
import { fixture, gzip, hostile, mbox, reportMessage, zip } from "../helpers/report-files.js";

const google = fixture("google.xml");
const microsoft = fixture("microsoft.xml");

describe("containers receivers use", () => {
  it("tells content kinds apart by their first bytes, not their names", () => {
    expect(contentKind(google)).toBe("xml");
    expect(contentKind(gzip(google))).toBe("gzip");
    expect(contentKind(zip([{ name: "a.xml", data: google }]))).toBe("zip");
    expect(contentKind(Buffer.from(reportMessage("Report", [])))).toBe("message");
    expect(contentKind(Buffer.from(mbox([reportMessage("Report", [])])))).toBe("mbox");
    expect(contentKind(Buffer.from([0, 1, 2, 3]))).toBe("unknown");
  });

  it("opens .xml.gz and .zip (Google's zip, Microsoft's gzip)", async () => {
    const fromGzip = await readReports("enterprise.protection.outlook.com!example.com!1764720000!1764806400.xml.gz", gzip(microsoft));
    expect(fromGzip.problems).toEqual([]);
    expect(fromGzip.reports.map((r) => [r.source, r.report.orgName])).toEqual([["enterprise.protection.outlook.com!example.com!1764720000!1764806400.xml", "Enterprise Outlook"]]);
    const fromZip = await readReports("google.com!example.com!1764720000!1764806399.zip", zip([{ name: "google.com!example.com!1764720000!1764806399.xml", data: google }]));
    expect(fromZip.reports.map((r) => r.source)).toEqual(["google.com!example.com!1764720000!1764806399.zip/google.com!example.com!1764720000!1764806399.xml"]);
  });

  it("reads reports attached to a message, whatever the attachment's form", async () => {
    const message = reportMessage("Report domain: example.com Submitter: google.com", [
      { filename: "google.com!example.com.zip", contentType: "application/zip", data: zip([{ name: "google.xml", data: google }]) },
      { filename: "outlook.xml.gz", contentType: "application/gzip", data: gzip(microsoft) },
      { filename: "rfc9990.xml", contentType: "text/xml", data: fixture("rfc9990.xml") },
    ]);
    const found = await readReports("report.eml", Buffer.from(message));
    expect(found.problems).toEqual([]);
    expect(found.reports.map((r) => r.source)).toEqual(["report.eml/google.com!example.com.zip/google.xml", "report.eml/outlook.xml", "report.eml/rfc9990.xml"]);
  });

  it("reads every message of an mbox, and names the one without a report", async () => {
    const box = mbox([
      reportMessage("first", [{ filename: "a.xml.gz", contentType: "application/gzip", data: gzip(google) }]),
      "From: someone@example.net\r\nSubject: not a report\r\n\r\nFrom the desk of someone: hello\r\n",
      reportMessage("third", [{ filename: "b.zip", contentType: "application/zip", data: zip([{ name: "b.xml", data: microsoft }]) }]),
    ]);
    expect(splitMbox(box)).toHaveLength(3);
    const found = await readReports("rua.mbox", Buffer.from(box, "utf8"));
    expect(found.reports.map((r) => r.source)).toEqual(["rua.mbox#1/a.xml", "rua.mbox#3/b.zip/b.xml"]);
    expect(found.problems).toEqual([{ source: "rua.mbox#2", message: expect.stringContaining('no aggregate report attached to this message ("not a report")') }]);
  });
});

describe("mail as mailboxes keep it", () => {
  it("does not cut a message at a body line starting 'From ' that an mbox writer left unquoted", async () => {
    const message = reportMessage("unquoted", [{ filename: "g.xml.gz", contentType: "application/gzip", data: gzip(google) }]).replace("This is an aggregate report from the receiver.", "Hello,\r\n\r\nFrom here on, the report.\r\n");
    // mboxo: the body's line is written as it is, not as ">From here on".
    const box = `From MAILER-DAEMON Thu Dec  3 10:00:00 2026\n${message.replace(/\r\n/g, "\n")}\nFrom noreply@reporter.example Fri Dec  4 10:00:00 2026\n${reportMessage("second", [{ filename: "m.xml", contentType: "text/xml", data: microsoft }])}`;
    expect(splitMbox(box)).toHaveLength(2);
    const found = await readReports("rua.mbox", Buffer.from(box, "utf8"));
    expect(found.problems).toEqual([]);
    expect(found.reports.map((r) => r.source)).toEqual(["rua.mbox#1/g.xml", "rua.mbox#2/m.xml"]);
  });

  it("opens a report forwarded as a message inside the message (message/rfc822)", async () => {
    const inner = reportMessage("Report domain: example.com", [{ filename: "g.zip", contentType: "application/zip", data: zip([{ name: "g.xml", data: google }]) }]);
    const forwarded = ["From: postmaster@example.com", "To: dmarc@example.com", "Subject: Fwd: Report domain: example.com", "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="outer"', "", "--outer", "Content-Type: text/plain", "", "Forwarded.", "--outer", "Content-Type: message/rfc822", "Content-Disposition: attachment", "", inner, "--outer--", ""].join("\r\n");
    const found = await readReports("forwarded.eml", Buffer.from(forwarded));
    expect(found.problems).toEqual([]);
    expect(found.reports.map((r) => r.source)).toEqual(["forwarded.eml/attachment-1/g.zip/g.xml"]);
  });
});

describe("hostile files end in a problem, and the rest is kept", () => {
  it("stops a zip bomb by its declared size, before inflating", async () => {
    const out = await unpack("bomb.zip", hostile.zipBomb());
    expect(out.documents).toEqual([]);
    expect(out.problems).toEqual([{ source: "bomb.zip/report.xml", message: expect.stringMatching(/^refused: it expands to more than 500 times its compressed size/) }]);
  });

  it("stops a zip that lies about its size while inflating", async () => {
    const out = await unpack("liar.zip", hostile.lyingZip());
    expect(out.documents).toEqual([]);
    expect(out.problems).toEqual([{ source: "liar.zip/report.xml", message: expect.stringMatching(/refused: it expands|cannot read this zip entry/) }]);
  });

  it("stops a gzip bomb at the cap", async () => {
    const out = await unpack("bomb.xml.gz", hostile.gzipBomb());
    expect(out.problems).toEqual([{ source: "bomb.xml.gz", message: expect.stringMatching(/^refused: it expands to more than 500 times its compressed size of \d+ octets \(a decompression bomb/) }]);
  });

  it("stops a large gzip bomb early, on the ratio of what it has read so far, not at the cap", async () => {
    // 128 MiB of zeros: about 125 KiB compressed, so its whole-file ratio cap (62 MiB) is over the 32 MiB
    // document cap; read slice by slice it is refused after a few MiB.
    const bomb = gzipSync(Buffer.alloc(128 * 1024 * 1024), { level: 9 });
    const out = await unpack("big-bomb.xml.gz", bomb);
    expect(out.documents).toEqual([]);
    expect(out.problems).toHaveLength(1);
    const message = out.problems[0]!.message;
    const [, inflated, read, total] = /^refused: it expands to more than 500 times its compressed size \(([\d.]+) MiB from the first (\d+) of its (\d+) octets; a decompression bomb/.exec(message) ?? [];
    expect(Number(total)).toBe(bomb.length);
    expect(Number(read)).toBeLessThan(bomb.length / 4);
    expect(Number(inflated)).toBeLessThan(16);
  });

  it("names a truncated gzip and a damaged zip", async () => {
    expect((await unpack("cut.xml.gz", hostile.truncatedGzip(google))).problems).toEqual([{ source: "cut.xml.gz", message: "the gzip data ends early (a truncated file or attachment); ask the receiver again or drop the file" }]);
    const archive = zip([{ name: "a.xml", data: google }]);
    expect((await unpack("cut.zip", archive.subarray(0, archive.length - 30))).problems).toEqual([{ source: "cut.zip", message: expect.stringContaining("not a readable zip archive") }]);
  });

  it("keeps the good entries of an archive beside a bad one", async () => {
    const archive = zip([
      { name: "good.xml", data: google },
      { name: "evil.xml", data: Buffer.from(hostile.billionLaughs()) },
      { name: "notes.txt", data: Buffer.from("\u0000\u0001 binary") },
    ]);
    const found = await readReports("mixed.zip", archive);
    expect(found.reports.map((r) => r.source)).toEqual(["mixed.zip/good.xml"]);
    expect(found.problems.map((p) => p.source).sort()).toEqual(["mixed.zip/evil.xml", "mixed.zip/notes.txt"]);
  });

  it("stops a file whose many parts, each under its own cap, expand to more than a file may in all", async () => {
    // 3,000 entries of 1 MiB of XML, each a few KiB deflated (under the 1 MiB floor, so no ratio applies to
    // one), made a 3 MiB zip that took 3.4 GB of memory and most of a minute before this bound.
    expect(DEFAULT_LIMITS.maxTotalBytes).toBe(256 * 1024 * 1024);
    const limits = { ...DEFAULT_LIMITS, maxTotalBytes: 4 * 1024 * 1024 };
    const MiB = Buffer.concat([Buffer.from("<feedback>"), Buffer.alloc(1024 * 1024 - 21, " "), Buffer.from("</feedback>")]);
    const stopped = "refused, with the rest of the file: its compressed parts expand to more than 4.0 MiB in all (a decompression bomb, or more reports than one file should carry: split it, or fetch from the mailbox)";
    const archive = await unpack("many.zip", zip(Array.from({ length: 10 }, (_, i) => ({ name: `r${i}.xml`, data: MiB }))), limits);
    expect(archive.documents.map((d) => d.source)).toEqual(["many.zip/r0.xml", "many.zip/r1.xml", "many.zip/r2.xml", "many.zip/r3.xml"]);
    expect(archive.problems).toEqual([{ source: "many.zip/r4.xml", message: stopped }]);
    // The same in gzip attachments of an mbox's messages: the file's parts count together.
    const box = mbox(Array.from({ length: 10 }, (_, i) => reportMessage(`r${i}`, [{ filename: `r${i}.xml.gz`, contentType: "application/gzip", data: gzip(MiB) }])));
    const messages = await unpack("rua.mbox", Buffer.from(box), limits);
    expect(messages.documents.map((d) => d.source)).toEqual(["rua.mbox#1/r0.xml", "rua.mbox#2/r1.xml", "rua.mbox#3/r2.xml", "rua.mbox#4/r3.xml"]);
    expect(messages.problems).toEqual([{ source: "rua.mbox#5/r4.xml.gz", message: stopped }]);
  });

  it("refuses XML over the document cap unread by the parser", async () => {
    const out = await unpack("big.xml", Buffer.alloc(33 * 1024 * 1024, "<a>"));
    expect(out.problems).toEqual([{ source: "big.xml", message: "refused: 33 MiB of XML, over the 32 MiB a report may have" }]);
  });
});
