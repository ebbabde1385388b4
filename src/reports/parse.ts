// One aggregate report's XML → AggregateReport, or a problem saying why not. Pure.
//
// Both generations of the format are read: RFC 7489 Appendix C (no namespace, or the draft's
// http://dmarc.org/dmarc-xml/0.1) and RFC 9990 (urn:ietf:params:xml:ns:dmarc-2.0, `np`, `testing`,
// `discovery_method`, disposition `pass`, SPF without `scope`). Element prefixes are dropped, so a
// namespace is never what decides. Hostile input: a document type declaration is refused before any
// parsing (reports never carry one; refusing it rules out external entities and entity expansion,
// the "billion laughs"), only the five predefined entities and character references are decoded, and
// the well-formedness check runs first so a bad file is named with its line and column.
import { isIP } from "node:net";
import { domainToASCII } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { oneLine } from "../model/show.js";
import { readReportXml } from "./report-xml.js";
import type { AggregateReport, Alignment, DkimResult, IngestProblem, PublishedPolicy, ReportRow, SpfResult } from "./model.js";

export type ParseOutcome = { report: AggregateReport } | { problem: IngestProblem };

/**
 * The most messages one record may claim: a record is one source address's mail to one receiver over the
 * report's period (RFC 7489 Appendix C, RFC 9990 §3.1.4), and 2,147,483,647 of them would be some 25,000 a
 * second from one address for a whole day. A larger count is a forged or broken report; kept, it would
 * outweigh every real source of the domain (a failing sender's share falls under the evidence's bar) and,
 * summed, leave the range where a JavaScript number counts every message exactly.
 */
export const MAX_RECORD_COUNT = 2 ** 31 - 1;
/**
 * The longest period a report may cover. Receivers report daily (RFC 7489 §7.2's default interval, 86,400
 * seconds; RFC 9990 §3.1.1 reports cover a day); RFC 7489's `ri` lets a domain ask for longer, and a week
 * is as long as anyone asks. A report is counted on the day of its period's middle, so a longer one would
 * put a month's mail on one day.
 */
export const MAX_PERIOD_SECONDS = 7 * 86_400;
/** How far past now a report's period may end (clocks differ): a report of days to come is forged or broken. */
export const FUTURE_SLACK_SECONDS = 86_400;
/**
 * The earliest time a report's period may begin: 2012-01-01T00:00:00Z, in seconds since the epoch (RFC 7489
 * Appendix C: `<begin>` and `<end>` are seconds since 1970-01-01 UTC). The first public DMARC specification
 * came out on 30 January 2012, so no receiver reported on earlier mail: a period before it is a reporter that
 * wrote 0 or another small number for a time it did not have, and such a report falls in no window anyone
 * asks for while still counting as stored.
 */
export const EARLIEST_BEGIN_SECONDS = 1_325_376_000;

export interface ParseOptions {
  /** Now, in seconds since the epoch: a report whose period ends more than a day later is refused. */
  now?: number;
}

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Entities are decoded by `text()` below: with the document type declaration refused there are only the
  // five predefined ones and character references, and the parser's own entity engine costs a third of a parse.
  processEntities: false,
  maxNestedTags: 32,
  // No path strings: nothing here matches on paths, and building them is a fifth of a parse.
  jPath: false,
});

const DOCTYPE = /<!(DOCTYPE|ENTITY)/i;
/** `encoding="..."` of the XML declaration, read from the first bytes as ASCII. */
const DECLARED_ENCODING = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

/** The UTF-16 a byte order mark announces (FF FE little-endian, FE FF big-endian), or null. */
export function utf16Of(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/**
 * The document's text: UTF-16 after its byte order mark, else UTF-8 unless the declaration names another
 * encoding TextDecoder knows (windows-1252...).
 */
export function decodeXml(bytes: Uint8Array): string {
  // UTF-16 is told by its byte order mark (XML 1.0 Appendix F), before any declaration can be read.
  const utf16 = utf16Of(bytes);
  if (utf16 !== null) return new TextDecoder(utf16).decode(bytes);
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  const label = DECLARED_ENCODING.exec(head.replace(/^\uFEFF|^ï»¿/, ""))?.[1]?.toLowerCase() ?? "utf-8";
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label === "utf8" ? "utf-8" : label);
  } catch {
    decoder = new TextDecoder("utf-8");
  }
  return decoder.decode(bytes).replace(/^\uFEFF/, "");
}

type Node = unknown;

function child(node: Node, name: string): Node {
  return node !== null && typeof node === "object" && !Array.isArray(node) ? (node as Record<string, unknown>)[name] : undefined;
}

function list(node: Node): Node[] {
  if (node === undefined || node === null || node === "") return [];
  return Array.isArray(node) ? node : [node];
}

/** An element's text (the first, when a receiver repeated it); "" when absent or not text. */
function text(node: Node): string {
  const first = Array.isArray(node) ? node[0] : node;
  if (typeof first === "string") return decodeCharacterReferences(first).trim();
  if (typeof first === "number") return String(first);
  const inner = child(first, "#text");
  return typeof inner === "string" ? decodeCharacterReferences(inner).trim() : "";
}

const PREDEFINED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The five predefined entities (XML 1.0 §4.6) and character references (`&#233;`, `&#xE9;`), in one pass. */
function decodeCharacterReferences(value: string): string {
  if (!value.includes("&")) return value;
  return value.replace(/&(?:#(x[0-9a-fA-F]{1,6}|[0-9]{1,7})|(amp|lt|gt|quot|apos));/g, (whole, code: string | undefined, name: string | undefined) => {
    if (name) return PREDEFINED[name]!;
    const point = code!.startsWith("x") ? parseInt(code!.slice(1), 16) : parseInt(code!, 10);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}

/**
 * A domain as maildns keeps it: lower case, no trailing dot, in A-labels (RFC 5891) as the domain files
 * declare it, so that a receiver writing an internationalised name in U-labels speaks of the same domain.
 */
function domainOf(value: string): string {
  const domain = value.trim().toLowerCase().replace(/\.$/, "");
  return /^[\x00-\x7f]*$/.test(domain) ? domain : domainToASCII(domain) || domain;
}

function alignment(value: string): Alignment {
  return value.trim().toLowerCase() === "s" ? "s" : "r";
}

function optionalText(node: Node): string | null {
  const value = text(node);
  return value === "" ? null : value.toLowerCase();
}

/** A time in seconds since the epoch as its UTC day (YYYY-MM-DD); years past 9999 as the seconds. */
function isoDay(seconds: number): string {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() > 9999 ? `${seconds} s` : date.toISOString().slice(0, 10);
}

/**
 * A value of the report as a problem quotes it: its first 60 characters (whole code points: never half of a
 * pair of surrogates), with controls, line breaks and bidi or zero-width characters as U+XXXX (oneLine). The
 * report is a stranger's mail: what it holds must not reach a terminal or a CI log as it is, in the text
 * output nor in the JSON read with `jq -r` (CVE-2021-42574).
 */
function quoted(value: string): string {
  return `'${oneLine(Array.from(value).slice(0, 60).join(""))}'`;
}

function integer(value: string): number | null {
  return /^\d{1,15}$/.test(value) ? Number(value) : null;
}

class ReportShapeError extends Error {}

/** `<date_range>`'s `<begin>` or `<end>`: whole seconds since the epoch, or why not (the value given, cut). */
function timeOf(range: Node, element: "begin" | "end"): number {
  const given = text(child(range, element));
  const value = integer(given);
  if (value === null) throw new ReportShapeError(given === "" ? `its <date_range> has no <${element}>` : `its <date_range> has no valid <${element}> (got ${quoted(given)}; seconds since 1970-01-01 UTC)`);
  return value;
}

function need(value: string, element: string): string {
  if (value === "") throw new ReportShapeError(`it has no <${element}>`);
  return value;
}

function policyOf(node: Node): PublishedPolicy {
  const pct = integer(text(child(node, "pct")));
  const testing = text(child(node, "testing")).toLowerCase();
  return {
    domain: domainOf(need(text(child(node, "domain")), "policy_published><domain")),
    adkim: alignment(text(child(node, "adkim"))),
    aspf: alignment(text(child(node, "aspf"))),
    p: optionalText(child(node, "p")),
    sp: optionalText(child(node, "sp")),
    np: optionalText(child(node, "np")),
    pct,
    testing: testing === "y",
  };
}

function rowOf(record: Node, index: number, policyDomain: string): ReportRow {
  const row = child(record, "row");
  const where = `record ${index + 1}`;
  const givenIp = text(child(row, "source_ip"));
  const sourceIp = canonicalIp(givenIp);
  if (sourceIp === null) throw new ReportShapeError(`${where} has no valid <source_ip> (got ${quoted(givenIp)})`);
  const count = integer(text(child(row, "count")));
  if (count === null) throw new ReportShapeError(`${where} has no valid <count>`);
  if (count > MAX_RECORD_COUNT) throw new ReportShapeError(`${where} claims ${count} messages from one source, more than the ${MAX_RECORD_COUNT} a record may hold: the report is forged or broken, and its figures would outweigh every other source of ${policyDomain}`);
  const evaluated = child(row, "policy_evaluated");
  const identifiers = child(record, "identifiers");
  const headerFrom = domainOf(text(child(identifiers, "header_from")));
  if (headerFrom === "") throw new ReportShapeError(`${where} has no <header_from>`);
  // The policy a receiver applies is the From domain's own or an ancestor's: a record for mail from another
  // domain is not this domain's mail, and its passes (aligned with that other domain) are not evidence for it.
  if (!underPolicyDomain(headerFrom, policyDomain)) throw new ReportShapeError(`${where}'s <header_from> ${headerFrom.slice(0, 80)} is neither ${policyDomain} nor under it, so its figures are not ${policyDomain}'s: the report is forged or broken`);
  const envelopeFrom = domainOf(text(child(identifiers, "envelope_from")));
  const auth = child(record, "auth_results");
  const dkim: DkimResult[] = list(child(auth, "dkim")).map((d) => ({
    domain: domainOf(text(child(d, "domain"))),
    selector: text(child(d, "selector")) || null,
    result: text(child(d, "result")).toLowerCase() || "none",
  }));
  const spf: SpfResult[] = list(child(auth, "spf")).map((s) => ({
    domain: domainOf(text(child(s, "domain"))),
    scope: optionalText(child(s, "scope")),
    result: text(child(s, "result")).toLowerCase() || "none",
  }));
  return {
    sourceIp,
    count,
    disposition: text(child(evaluated, "disposition")).toLowerCase() || "none",
    headerFrom,
    envelopeFrom: envelopeFrom === "" ? null : envelopeFrom,
    dkim,
    spf,
  };
}

/**
 * One text per address, so one sender is one source: IPv6 in RFC 5952's form (lower case, zeros
 * compressed, as the WHATWG URL parser writes it), an IPv4-mapped IPv6 address (RFC 4291 §2.5.5.2) as the
 * IPv4 address. Receivers write the same address differently ("2001:DB8:0:0::1", "2001:db8::1"), and a
 * failing sender split over two spellings would fall under the evidence's bar twice over. Null when it is not
 * an address a report may name (a zone index such as "%eth0" is a host's own interface, never a sender).
 */
function canonicalIp(ip: string): string | null {
  const family = isIP(ip);
  if (family === 4) return ip;
  if (family !== 6 || ip.includes("%")) return null;
  let compressed: string;
  try {
    compressed = new URL(`http://[${ip}]/`).hostname.slice(1, -1);
  } catch {
    return null;
  }
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(compressed);
  if (!mapped) return compressed;
  const high = parseInt(mapped[1]!, 16);
  const low = parseInt(mapped[2]!, 16);
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}

/** Whether the From domain is the policy's domain or under it: where a receiver may have found the policy (RFC 7489 §6.6.3, RFC 9989 §4.10). */
function underPolicyDomain(headerFrom: string, policyDomain: string): boolean {
  return headerFrom === policyDomain || headerFrom.endsWith(`.${policyDomain}`);
}

/** fast-xml-parser's validator, then its parser: the tree, or why the document is not well-formed XML. */
export function readWithLibrary(xml: string): { tree: unknown } | { problem: string; line?: number; column?: number } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const open = elementsLeftOpen(valid.err.msg);
    if (open !== null) return { problem: `not well-formed XML: ${cutShortSentence(open)}`, ...endOfText(xml) };
    return { problem: `not well-formed XML: ${shortened(valid.err.msg)}`, line: valid.err.line, column: valid.err.col };
  }
  try {
    return { tree: parser.parse(xml) };
  } catch (error) {
    return { problem: `not readable as XML: ${shortened((error as Error).message)}` };
  }
}

/**
 * The elements the validator found still open at the end of the document, outermost first, or null for
 * another error. It says so as "Unclosed tag 'x'." for one (placed where it opened), and for more as
 * "Invalid '[JSON list]' found." placed at line 1, column 1: a report cut short (an interrupted download,
 * a copy that stopped) was told as a puzzle at the top of the file.
 */
function elementsLeftOpen(message: string): string[] | null {
  const one = /^Unclosed tag '([^]*)'\.$/.exec(message);
  if (one) return [one[1]!];
  const several = /^Invalid '(\[[^]*\])' found\.$/.exec(message);
  if (!several) return null;
  try {
    const names: unknown = JSON.parse(several[1]!);
    return Array.isArray(names) && names.length > 0 && names.every((n) => typeof n === "string") ? (names as string[]) : null;
  } catch {
    return null;
  }
}

/** Elements named in a message, from one the stranger's file made: at most this many, each cut to 40 characters. */
const MAX_OPEN_NAMED = 4;
function cutShortSentence(open: readonly string[]): string {
  const named = (name: string) => `<${name.length > 40 ? `${name.slice(0, 40)}…` : name}>`;
  const shown = open.length <= MAX_OPEN_NAMED ? open.map(named).join(", ") : `${named(open[0]!)}, …, ${open.slice(-(MAX_OPEN_NAMED - 1)).map(named).join(", ")}`;
  const count = open.length === 1 ? "1 element" : `${open.length} elements`;
  return `the document ends with ${count} still open (${shown}): the file was cut short (a download or copy that stopped); get the report again`;
}

/** Line and column just after the document's last character that is not white space: where it was cut. */
function endOfText(xml: string): { line: number; column: number } {
  const end = xml.trimEnd().length;
  const lastBreak = xml.lastIndexOf("\n", end - 1);
  let line = 1;
  for (let i = xml.indexOf("\n"); i !== -1 && i < end; i = xml.indexOf("\n", i + 1)) line++;
  return { line, column: end - lastBreak };
}

/** The library quotes what it could not read (a tag, every tag left open): a stranger's megabyte, cut for a message. */
const MAX_QUOTED = 200;
function shortened(message: string): string {
  return message.length > MAX_QUOTED ? `${message.slice(0, MAX_QUOTED)}… (${message.length} characters)` : message;
}

/** Parses one document. `source` names it in problems. */
export function parseAggregateReport(source: string, xml: string, options: ParseOptions = {}): ParseOutcome {
  const problem = (message: string, line?: number, column?: number): ParseOutcome => ({
    problem: { source, message, ...(line !== undefined ? { line, column: column ?? 1 } : {}) },
  });
  const declaration = DOCTYPE.exec(xml);
  if (declaration) {
    const before = xml.slice(0, declaration.index);
    const line = before.split("\n").length;
    const column = declaration.index - before.lastIndexOf("\n");
    return problem("refused: the XML has a document type declaration (<!DOCTYPE or <!ENTITY); aggregate reports never carry one, and it could pull in external entities or expand without bound", line, column);
  }
  // The plain shape every receiver sends is read in one pass; anything else goes through the validator
  // (which names the line and column of an error) and the full parser.
  let document: Node = readReportXml(xml);
  if (document === null) {
    const read = readWithLibrary(xml);
    if ("problem" in read) return problem(read.problem, read.line, read.column);
    document = read.tree;
  }
  const feedback = child(document, "feedback");
  if (feedback === undefined || typeof feedback !== "object" || feedback === null) {
    return problem("not a DMARC aggregate report: the root element is not <feedback> (RFC 7489 Appendix C, RFC 9990 §3)");
  }
  try {
    const metadata = child(feedback, "report_metadata");
    const range = child(metadata, "date_range");
    // RFC 7489 Appendix C: <begin> and <end> are whole seconds since the epoch (1970-01-01T00:00:00Z).
    const begin = timeOf(range, "begin");
    const end = timeOf(range, "end");
    if (end < begin) throw new ReportShapeError(`its <date_range> ends before it begins (<begin> ${begin}, ${isoDay(begin)}; <end> ${end}, ${isoDay(end)}): the reporter's period is broken`);
    if (end - begin > MAX_PERIOD_SECONDS) throw new ReportShapeError(`its <date_range> covers ${Math.ceil((end - begin) / 86_400)} days (${isoDay(begin)} → ${isoDay(end)}), more than the ${MAX_PERIOD_SECONDS / 86_400} a report may cover: it would count that much mail on one day`);
    if (begin < EARLIEST_BEGIN_SECONDS) throw new ReportShapeError(`its <date_range> begins ${isoDay(begin)} (<begin> ${begin}), before DMARC existed (its first specification was published on 2012-01-30): the reporter wrote a time it did not have, and the report would fall in no window`);
    if (options.now !== undefined && end > options.now + FUTURE_SLACK_SECONDS) throw new ReportShapeError(`its <date_range> ends ${isoDay(end)}, after today (${isoDay(options.now)}): a report of mail still to come is forged or broken (check this machine's clock if it is not)`);
    const orgName = need(text(child(metadata, "org_name")), "org_name");
    const email = text(child(metadata, "email")).toLowerCase();
    const reportId = need(text(child(metadata, "report_id")), "report_id");
    const policy = policyOf(child(feedback, "policy_published"));
    const report: AggregateReport = {
      orgName,
      email,
      reportId,
      begin,
      end,
      policy,
      rows: list(child(feedback, "record")).map((record, index) => rowOf(record, index, policy.domain)),
    };
    return { report };
  } catch (error) {
    if (error instanceof ReportShapeError) return problem(`not a valid DMARC aggregate report: ${error.message}`);
    throw error;
  }
}
