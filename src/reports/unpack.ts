// What receivers send, opened down to the XML documents inside: plain XML, gzip (`.xml.gz`), zip, and
// whole messages (`.eml`, an mbox of them) carrying any of these as attachments. The content decides, not
// the file name: a zip named `.xml.gz` is still read as a zip.
//
// Hostile input ends in a problem naming the part, never in exhausted memory: a decompressed document is
// capped in size, and a part that expands more than MAX_RATIO times its compressed size is refused as a
// bomb (a gzip part is inflated slice by slice and stopped as soon as it is over the cap, or over the
// ratio against the compressed octets read so far; yauzl refuses an entry whose declared size is over the
// cap, checks the declared size against what it actually inflates, and its stream is stopped at the cap). A truncated gzip or zip is
// reported as such. Nesting (a message holding a zip holding a gzip) is bounded, and so is what all the
// compressed parts of one file expand to together: each part under its own cap, ten thousand of them in one
// zip of a few MiB took gigabytes, every document held until the file was read.
import { createGunzip, gunzipSync } from "node:zlib";
import yauzl from "yauzl";
import type { IngestProblem } from "./model.js";
import { utf16Of } from "./parse.js";

export interface UnpackLimits {
  /** Largest XML document, compressed or not (octets). */
  maxDocumentBytes: number;
  /** Largest expansion of a compressed part over its compressed size, once past `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Most parts (zip entries, messages of an mbox, attachments) one file may hold. */
  maxParts: number;
  /** How deep containers may nest (message → zip → gzip → XML is 3). */
  maxDepth: number;
  /** Most octets the compressed parts of one file may expand to, all together. */
  maxTotalBytes: number;
}

export const DEFAULT_LIMITS: UnpackLimits = {
  maxDocumentBytes: 32 * 1024 * 1024,
  maxRatio: 500,
  ratioFloorBytes: 1024 * 1024,
  maxParts: 10_000,
  maxDepth: 4,
  // A day's report from a large receiver is a few MiB of XML; this is a month of them for many domains,
  // and about what an ingest may hold in memory on top of the store's own.
  maxTotalBytes: 256 * 1024 * 1024,
};

export interface UnpackedDocument {
  source: string;
  bytes: Uint8Array;
}

export interface Unpacked {
  documents: UnpackedDocument[];
  problems: IngestProblem[];
}

/** What unpacking one file has found so far, and how much more its compressed parts may still expand to. */
interface Progress extends Unpacked {
  left: number;
  /** Set once the file's parts have expanded to maxTotalBytes: nothing more of it is read. */
  stopped: boolean;
}

/**
 * A part's cap within what the file has left: the part's own (expansionCap), or, when less is left, that,
 * with the problem to give when it is reached.
 */
function capWithin(source: string, compressedSize: number, limits: UnpackLimits, out: Progress): { cap: number; over: () => IngestProblem } {
  const own = expansionCap(compressedSize, limits);
  if (own <= out.left) return { cap: own, over: () => ({ source, message: bombMessage(compressedSize, own, limits) }) };
  return {
    cap: out.left,
    over: () => {
      out.stopped = true;
      return { source, message: `refused, with the rest of the file: its compressed parts expand to more than ${mib(limits.maxTotalBytes)} in all (a decompression bomb, or more reports than one file should carry: split it, or fetch from the mailbox)` };
    },
  };
}

export type ContentKind = "gzip" | "zip" | "xml" | "mbox" | "message" | "unknown";

const XML_START = /^(\uFEFF|ï»¿)?\s*</;
const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]+:[ \t]?/;

/** What a part is, from its first bytes. */
export function contentKind(bytes: Uint8Array): ContentKind {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return "gzip";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06)) return "zip";
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 512));
  if (XML_START.test(head)) return "xml";
  // UTF-16, which every XML processor must read (XML 1.0 §4.3.3), begins with its byte order mark
  // (Appendix F): read as octets it matched nothing, and the report was "not an aggregate report".
  const utf16 = utf16Of(bytes);
  if (utf16 !== null && XML_START.test(new TextDecoder(utf16).decode(bytes.subarray(0, 1024)))) return "xml";
  if (head.startsWith("From ")) return "mbox";
  if (HEADER_LINE.test(head)) return "message";
  return "unknown";
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MiB`;
}

/** The cap on what a compressed part of `compressedSize` octets may expand to. */
function expansionCap(compressedSize: number, limits: UnpackLimits): number {
  return Math.min(limits.maxDocumentBytes, Math.max(limits.ratioFloorBytes, compressedSize * limits.maxRatio));
}

function bombMessage(compressedSize: number, cap: number, limits: UnpackLimits): string {
  const why = cap < limits.maxDocumentBytes ? `more than ${limits.maxRatio} times its compressed size of ${compressedSize} octets` : `over ${mib(limits.maxDocumentBytes)}`;
  return `refused: it expands to ${why} (a decompression bomb, or a report far larger than any receiver sends)`;
}

const SMALL_CAP = 4 * 1024 * 1024;

function gzipProblem(source: string, error: NodeJS.ErrnoException): { problem: IngestProblem } {
  const detail = error.code === "Z_BUF_ERROR" ? "the gzip data ends early (a truncated file or attachment)" : `not valid gzip data (${error.message})`;
  return { problem: { source, message: `${detail}; ask the receiver again or drop the file` } };
}

function gunzipAtOnce(source: string, bytes: Uint8Array, cap: number, over: () => IngestProblem): { bytes: Uint8Array } | { problem: IngestProblem } {
  try {
    return { bytes: gunzipSync(bytes, { maxOutputLength: cap }) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError) return { problem: over() };
    return gzipProblem(source, error as NodeJS.ErrnoException);
  }
}

/** How much compressed input is inflated at a time: the ratio is judged on what has been read so far. */
const GZIP_SLICE = 2 * 1024;

/**
 * Inflates a gzip part slice by slice, counting what comes out: over the cap, or past the floor at more
 * than the ratio times the compressed octets read so far, it stops there and then (a 200 MiB bomb of zeros
 * is refused after a megabyte or two, not after inflating up to the cap).
 */
async function gunzip(source: string, bytes: Uint8Array, limits: UnpackLimits, out: Progress): Promise<{ bytes: Uint8Array } | { problem: IngestProblem }> {
  const { cap, over } = capWithin(source, bytes.length, limits, out);
  // A receiver's report (a few KiB compressed) may expand to a few MiB at most: inflating that much at once
  // costs milliseconds, and a stream per report would cost more than the inflating.
  if (cap <= SMALL_CAP) return gunzipAtOnce(source, bytes, cap, over);
  return new Promise((resolve) => {
    const inflater = createGunzip({ chunkSize: 64 * 1024 });
    const chunks: Buffer[] = [];
    let produced = 0;
    let consumed = 0;
    let settled = false;
    const finish = (result: { bytes: Uint8Array } | { problem: IngestProblem }) => {
      if (settled) return;
      settled = true;
      inflater.destroy();
      resolve(result);
    };
    inflater.on("data", (chunk: Buffer) => {
      if (settled) return;
      produced += chunk.length;
      if (produced > cap) return finish({ problem: over() });
      if (produced > limits.ratioFloorBytes && produced > consumed * limits.maxRatio) {
        return finish({ problem: { source, message: `refused: it expands to more than ${limits.maxRatio} times its compressed size (${mib(produced)} from the first ${consumed} of its ${bytes.length} octets; a decompression bomb, or a report far larger than any receiver sends)` } });
      }
      chunks.push(chunk);
    });
    inflater.on("end", () => finish({ bytes: Buffer.concat(chunks, produced) }));
    inflater.on("error", (error: NodeJS.ErrnoException) => finish(gzipProblem(source, error)));
    const feed = () => {
      if (settled) return;
      if (consumed >= bytes.length) {
        inflater.end();
        return;
      }
      const slice = bytes.subarray(consumed, consumed + GZIP_SLICE);
      consumed += slice.length;
      // The callback runs once this slice is inflated: only then is the next one given.
      inflater.write(slice, feed);
    };
    feed();
  });
}

function openZip(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => (error || !zip ? reject(error ?? new Error("no zip")) : resolve(zip)));
  });
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, cap: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error ?? new Error("cannot open the entry"));
      const chunks: Buffer[] = [];
      let total = 0;
      stream.on("data", (chunk: Buffer) => {
        total += chunk.length;
        if (total > cap) {
          stream.destroy(new RangeError("over the cap"));
          return;
        }
        chunks.push(chunk);
      });
      stream.on("error", reject);
      stream.on("end", () => resolve(Buffer.concat(chunks, total)));
    });
  });
}

async function unzip(source: string, bytes: Uint8Array, limits: UnpackLimits, depth: number, out: Progress): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch (error) {
    out.problems.push({ source, message: `not a readable zip archive (${(error as Error).message}); a truncated attachment looks like this` });
    return;
  }
  let parts = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on("error", reject);
      zip.on("end", resolve);
      zip.on("entry", (entry: yauzl.Entry) => {
        void (async () => {
          const name = `${source}/${entry.fileName}`;
          if (entry.fileName.endsWith("/")) return zip.readEntry();
          if (++parts > limits.maxParts) {
            out.problems.push({ source, message: `refused the rest: more than ${limits.maxParts} entries in one archive` });
            zip.close();
            return resolve();
          }
          const { cap, over } = capWithin(name, entry.compressedSize, limits, out);
          if (entry.uncompressedSize > cap) out.problems.push(over());
          else {
            try {
              const inner = await readEntry(zip, entry, cap);
              out.left -= inner.length;
              await unpackInto(name, inner, limits, depth + 1, out);
            } catch (error) {
              out.problems.push(error instanceof RangeError ? over() : { source: name, message: `cannot read this zip entry (${(error as Error).message})` });
            }
          }
          if (out.stopped) {
            zip.close();
            return resolve();
          }
          zip.readEntry();
        })().catch(reject);
      });
      zip.readEntry();
    });
  } catch (error) {
    out.problems.push({ source, message: `the zip archive is damaged (${(error as Error).message})` });
  } finally {
    zip.close();
  }
}

/**
 * A "From " line that starts a message of an mbox (RFC 4155 §2: "From ", the sender, a space, the date in
 * asctime form): the file's first line, or one after an empty line that names a sender and a time of day.
 * The mbox writers that do not quote a body's own line starting "From " (mboxo and mboxcl write it as it is)
 * would otherwise cut a message there: its attachment went into a headerless second half, and the report
 * was lost.
 */
const MBOX_SEPARATOR = /^From [^\n]*\n|(?<=\n\r?\n)From \S+ [^\n]*\b\d{1,2}:\d\d\b[^\n]*\n/g;

/** The messages of an mbox, each after its "From " line (MBOX_SEPARATOR). */
export function splitMbox(text: string): string[] {
  const messages: string[] = [];
  const separator = MBOX_SEPARATOR;
  let start = -1;
  for (const match of text.matchAll(separator)) {
    if (start >= 0) messages.push(text.slice(start, match.index));
    start = match.index + match[0].length;
  }
  if (start >= 0) messages.push(text.slice(start));
  // mboxrd quoting: ">From " at a line start stands for "From " (only matters in text parts).
  return messages.map((m) => m.replace(/^>(>*From )/gm, "$1"));
}

const REPORT_TYPES = /^(application\/(zip|x-zip-compressed|gzip|x-gzip|xml|octet-stream)|text\/xml)$/i;
const REPORT_NAMES = /\.(xml|gz|gzip|zip)$/i;
const FORWARDED = /^message\/rfc822$/i;

async function unpackMessage(source: string, bytes: Uint8Array, limits: UnpackLimits, depth: number, out: Progress): Promise<void> {
  let mail;
  try {
    // Loaded on first use: commands that read no mail never initialise the mail parser.
    const { simpleParser } = await import("mailparser");
    mail = await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true });
  } catch (error) {
    out.problems.push({ source, message: `not a readable message (${(error as Error).message})` });
    return;
  }
  // A forwarded report is a message inside the message (message/rfc822, RFC 2046 §5.2.1): opened in turn.
  const attachments = mail.attachments.filter((a) => REPORT_NAMES.test(a.filename ?? "") || REPORT_TYPES.test(a.contentType) || FORWARDED.test(a.contentType) || contentKind(a.content) === "gzip" || contentKind(a.content) === "zip");
  if (attachments.length === 0) {
    const subject = (mail.subject ?? "").slice(0, 80);
    out.problems.push({ source, message: `no aggregate report attached to this message${subject ? ` ("${subject}")` : ""}: receivers attach a .zip, .xml.gz or .xml file (RFC 7489 §7.2.1.1, RFC 9990 §4)` });
    return;
  }
  for (const [i, attachment] of attachments.slice(0, limits.maxParts).entries()) {
    await unpackInto(`${source}/${attachment.filename ?? `attachment-${i + 1}`}`, attachment.content, limits, depth + 1, out);
  }
}

async function unpackInto(source: string, bytes: Uint8Array, limits: UnpackLimits, depth: number, out: Progress): Promise<void> {
  if (out.stopped) return;
  if (depth > limits.maxDepth) {
    out.problems.push({ source, message: `refused: containers nested more than ${limits.maxDepth} deep` });
    return;
  }
  const kind = contentKind(bytes);
  switch (kind) {
    case "gzip": {
      const result = await gunzip(source, bytes, limits, out);
      if ("problem" in result) out.problems.push(result.problem);
      else {
        out.left -= result.bytes.length;
        await unpackInto(source.replace(/\.gz(ip)?$/i, ""), result.bytes, limits, depth + 1, out);
      }
      return;
    }
    case "zip":
      return unzip(source, bytes, limits, depth, out);
    case "xml":
      if (bytes.length > limits.maxDocumentBytes) out.problems.push({ source, message: `refused: ${mib(bytes.length)} of XML, over the ${mib(limits.maxDocumentBytes)} a report may have` });
      else out.documents.push({ source, bytes });
      return;
    case "mbox": {
      const messages = splitMbox(new TextDecoder("latin1").decode(bytes));
      if (messages.length > limits.maxParts) out.problems.push({ source, message: `only the first ${limits.maxParts} of ${messages.length} messages were read` });
      for (const [i, message] of messages.slice(0, limits.maxParts).entries()) {
        // latin1 round-trips every octet, so the message's own charset survives.
        await unpackMessage(`${source}#${i + 1}`, Buffer.from(message, "latin1"), limits, depth, out);
      }
      return;
    }
    case "message":
      return unpackMessage(source, bytes, limits, depth, out);
    default:
      out.problems.push({ source, message: "not an aggregate report: neither XML, gzip, zip nor a mail message (by its first bytes)" });
  }
}

/** Opens one file's content down to its XML documents. Never throws for bad content. */
export async function unpack(source: string, bytes: Uint8Array, limits: UnpackLimits = DEFAULT_LIMITS): Promise<Unpacked> {
  const out: Progress = { documents: [], problems: [], left: limits.maxTotalBytes, stopped: false };
  await unpackInto(source, bytes, limits, 0, out);
  return { documents: out.documents, problems: out.problems };
}
