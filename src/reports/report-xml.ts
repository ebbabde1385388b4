// A one-pass reader for the XML every receiver sends: elements, text, attributes without references, and
// an XML declaration. It returns the document tree fast-xml-parser builds with parse.ts's options (element
// prefixes dropped, attributes ignored, text trimmed and left undecoded, a repeated element as an array),
// or null as soon as the document steps outside that plain shape: comments, CDATA sections, processing
// instructions, mixed content, references other than the five predefined entities and character
// references, non-ASCII or namespace-declaring names, more than 32 levels. Null sends the document to
// fast-xml-parser's validator and parser, which decide and name the line and column of any error.
//
// Why hand-written: on the receivers' reports (2–3 KB each) fast-xml-parser's validator and parser took
// about 170 µs per report, most of an ingest's time; this reader takes a tenth of that. It is strict: it
// only accepts what XML 1.0 (§2.1 documents, §2.4 character data, §3.1 tags, §4.1 references) accepts, and
// test/reports/report-xml.test.ts checks on the fixtures and on thousands of mutated documents that
// whatever it accepts, the validator accepts too and the parser reads into the same tree.

/** What fast-xml-parser gives for an element: its trimmed text, or an object of its children. */
export type XmlValue = string | XmlObject;
export interface XmlObject {
  [name: string]: XmlValue | XmlValue[];
}

const MAX_DEPTH = 32;
// XML 1.0 §2.3: S is space, tab, CR, LF only (not the other Unicode spaces \s would take).
const NAME = "[A-Za-z_][A-Za-z0-9_.-]*(?::[A-Za-z_][A-Za-z0-9_.-]*)?";
const ATTRIBUTE = `[ \\t\\r\\n]+${NAME}[ \\t\\r\\n]*=[ \\t\\r\\n]*(?:"[^"<&]*"|'[^'<&]*')`;
const OPEN_TAG = new RegExp(`<(${NAME})((?:${ATTRIBUTE})*)[ \\t\\r\\n]*(/?)>`, "y");
const CLOSE_TAG = new RegExp(`</(${NAME})[ \\t\\r\\n]*>`, "y");
// One attribute after another, its name captured: names are only ever read where an attribute starts. Looking
// for "name=" anywhere in the attributes' text read every position inside a value as the start of a name, and
// a value of 80,000 letters took 16 seconds (each position read the rest of the letters, then backed off).
const ATTRIBUTE_NAMES = new RegExp(`[ \\t\\r\\n]+(${NAME})[ \\t\\r\\n]*=[ \\t\\r\\n]*(?:"[^"<&]*"|'[^'<&]*')`, "g");
const DECLARATION = /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.[0-9]"|'1\.[0-9]')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>/y;
const SPACE_ONLY = /^[ \t\r\n]*$/;
// Character data (XML 1.0 §2.4) with nothing to look at: no reference, no "]" (which could start "]]>"),
// no control character XML forbids (§2.2).
const PLAIN_TEXT = /^[^&\]\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]*$/;
const TEXT_WITH_REFERENCES = /^(?:[^&\]\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|&(?:#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);|\](?!\]>))*$/;

interface Frame {
  raw: string;
  key: string;
  children: XmlObject | null;
  text: string;
}

function isCharacterData(text: string): boolean {
  return PLAIN_TEXT.test(text) || TEXT_WITH_REFERENCES.test(text);
}

/** The name fast-xml-parser keys an element by (its prefix dropped), or null for names it treats apart. */
function keyOf(raw: string): string | null {
  const colon = raw.indexOf(":");
  const key = colon === -1 ? raw : raw.slice(0, colon) === "xmlns" ? null : raw.slice(colon + 1);
  // "constructor", "__proto__" and the like would meet Object.prototype: the full parser decides those.
  return key === null || key in Object.prototype ? null : key;
}

/** XML 1.0 §2.11: CR LF and a lone CR are read as LF. */
function leafText(text: string): string {
  return (text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text).trim();
}

function hasRepeatedAttribute(attributes: string): boolean {
  const seen = new Set<string>();
  for (const match of attributes.matchAll(ATTRIBUTE_NAMES)) {
    if (seen.has(match[1]!)) return true;
    seen.add(match[1]!);
  }
  return false;
}

function add(parent: XmlObject, key: string, value: XmlValue): void {
  const existing = parent[key];
  if (existing === undefined) parent[key] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else parent[key] = [existing, value];
}

/** The document's tree when it has the plain shape; null when the full parser must decide. */
export function readReportXml(xml: string): XmlObject | null {
  let pos = 0;
  if (xml.startsWith("<?xml")) {
    DECLARATION.lastIndex = 0;
    if (!DECLARATION.test(xml)) return null;
    pos = DECLARATION.lastIndex;
  }
  const stack: Frame[] = [];
  let document: XmlObject | null = null;
  for (;;) {
    const lt = xml.indexOf("<", pos);
    const end = lt === -1 ? xml.length : lt;
    if (end > pos) {
      const text = xml.slice(pos, end);
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (!SPACE_ONLY.test(text)) return null;
      } else {
        if (!isCharacterData(text)) return null;
        // Text beside child elements (mixed content) is left to the full parser.
        if (top.children !== null && text.trim() !== "") return null;
        top.text = text;
      }
    }
    if (lt === -1) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x2f) {
      CLOSE_TAG.lastIndex = lt;
      const match = CLOSE_TAG.exec(xml);
      const frame = stack.pop();
      if (match === null || frame === undefined || match[1] !== frame.raw) return null;
      const value: XmlValue = frame.children ?? leafText(frame.text);
      const parent = stack[stack.length - 1];
      if (parent === undefined) document = { [frame.key]: value };
      else add((parent.children ??= {}), frame.key, value);
      pos = CLOSE_TAG.lastIndex;
    } else {
      // Comments, CDATA, processing instructions, a second root: the full parser's business.
      if (next === 0x21 || next === 0x3f || document !== null) return null;
      OPEN_TAG.lastIndex = lt;
      const match = OPEN_TAG.exec(xml);
      if (match === null) return null;
      const key = keyOf(match[1]!);
      if (key === null || (match[2] !== "" && hasRepeatedAttribute(match[2]!))) return null;
      const parent = stack[stack.length - 1];
      if (parent !== undefined && parent.text.trim() !== "") return null;
      if (stack.length >= MAX_DEPTH) return null;
      if (match[3] === "/") {
        if (parent === undefined) document = { [key]: "" };
        else add((parent.children ??= {}), key, "");
      } else {
        stack.push({ raw: match[1]!, key, children: null, text: "" });
      }
      pos = OPEN_TAG.lastIndex;
    }
  }
  return stack.length === 0 ? document : null;
}
