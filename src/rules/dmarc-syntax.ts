// The DMARC tag-list grammar (RFC 7489 §6.4 ABNF, RFC 9989 §4.7; the tag-value syntax DKIM defines, RFC
// 6376 §3.2) beyond what the per-tag rules check: every tag-spec is `name=value`, no empty tag-spec sits
// between two `;` (one after the last tag is fine), every tag has a name, t= and psd= hold the values
// RFC 9989 defines, and the text is visible ASCII. RFC 7489 §6.3: "A DMARC policy record MUST comply with
// the formal specification found in Section 6.4". Unknown tags are legal: receivers MUST ignore them
// (RFC 7489 §6.3, RFC 9989 §4.7), which makes room for tags registered later. So the record stays
// conformant and the `rfc` pack only informs (option unknownTags: info); the other packs warn, since a
// misspelt tag (adkmi= for adkim=) silently drops the setting the owner meant.
import { defineRule } from "../engine/types.js";
import { parseDmarcText, strayReportUris, tagKind, type DmarcTag } from "../mail/dmarc.js";
import { shorten } from "../mail/dkim.js";
import { codePointName } from "../model/show.js";

/** Values of the tags RFC 9989 added that no other rule checks (`np` is dmarc-sp-np-invalid's). */
const VALUES: Readonly<Record<string, { valid: RegExp; expected: string }>> = {
  t: { valid: /^[yn]$/i, expected: "y (testing) or n" },
  psd: { valid: /^[ynu]$/i, expected: "y (a public suffix), n (an organizational domain) or u (unknown)" },
};
/** RFC 6376 §3.2 `tag-name = ALPHA *ALNUMPUNC`. */
const TAG_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
/** Anything but visible ASCII and the blanks (SP, HTAB) the grammar allows between tokens. */
const NOT_RECORD_TEXT = /[^\x20-\x7e\t]/u;


interface Options {
  unknownTags: "lower" | "info";
}

const UNKNOWN_TAG = "{{tag}}= is not a DMARC tag: receivers ignore it (RFC 7489 §6.3){{hint}}";

export default defineRule<Options>({
  meta: {
    id: "dmarc-syntax",
    area: "dmarc",
    description: "A DMARC record is a well-formed tag-list: name=value tag-specs, no empty ones, t= and psd= values RFC 9989 defines, visible ASCII only; unknown tags are reported too.",
    references: ["RFC7489 §6.3", "RFC7489 §6.4", "RFC9989 §4.7", "RFC6376 §3.2"],
    defaultLevel: "error",
    kind: "static",
    observes: ["dmarc"],
    enforces: [
      { section: "RFC7489 §6.3", keyword: "MUST", text: "a DMARC policy record complies with the formal specification of §6.4" },
    ],
    options: {
      type: "object",
      properties: {
        unknownTags: {
          enum: ["lower", "info"],
          description: "How an unknown tag is reported: one level below the rule's (lower: a warning when the rule is an error) or as information (info: receivers MUST ignore unknown tags, RFC 9989 §4.7, so the record stays conformant; the rfc pack's choice).",
          default: "lower",
        },
      },
      additionalProperties: false,
    },
    messages: {
      noEquals: { text: "\"{{spec}}\" is not a tag=value pair: receivers discard it (write {{example}})" },
      emptySpec: { text: "an empty tag-spec between two ';': one ';' separates two tags, and one may end the record" },
      noName: { text: "\"{{spec}}\" has no tag name before '='" },
      badValue: { text: "{{tag}}={{value}} is not a value of {{tag}}: expected {{expected}}; receivers ignore the tag" },
      invalidCharacter: { text: "{{char}} is not allowed in a DMARC record: visible ASCII only (percent-encode addresses, write domains as xn-- A-labels)" },
      badTagName: { text: "\"{{tag}}\" is not a tag name (a letter, then letters, digits or '_'): receivers ignore the tag", tier: "lower" },
      unknownTag: { text: UNKNOWN_TAG, tier: "lower" },
      unknownTagInfo: { text: UNKNOWN_TAG, tier: "info" },
    },
    fix: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com (tag=value pairs separated by one ';')",
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    const record = parseDmarcText(dmarc.text);
    const at = (start: number, end: number) => ctx.textAnchor(dmarc.text, start, end);
    const bad = NOT_RECORD_TEXT.exec(record.text);
    if (bad) ctx.report({ messageId: "invalidCharacter", data: { char: codePointName(bad[0]) }, at: at(bad.index, bad.index + bad[0].length) });
    for (const empty of record.emptySpecs) ctx.report({ messageId: "emptySpec", at: at(empty.start, empty.end) });
    // The first tag is dmarc-v-first's, and report URIs after a ';' are dmarc-uri-syntax's.
    const stray = strayReportUris(record);
    for (const tag of record.tags) {
      if (tag.index === 0 || stray.has(tag)) continue;
      check(tag);
    }
    function check(tag: DmarcTag): void {
      const spec = record.text.slice(tag.start, tag.end);
      if (!tag.hasEquals) {
        const example = /^[A-Za-z]+[\s:-]/.test(spec) ? `${spec.match(/^[A-Za-z]+/)![0]}=${spec.replace(/^[A-Za-z]+[\s:-]+/, "")}` : "tag=value";
        ctx.report({ messageId: "noEquals", data: { spec: shorten(spec), example: shorten(example) }, at: at(tag.start, tag.end) });
        return;
      }
      if (tag.name === "") {
        ctx.report({ messageId: "noName", data: { spec: shorten(spec) }, at: at(tag.start, tag.end) });
        return;
      }
      if (!TAG_NAME.test(tag.name)) {
        ctx.report({ messageId: "badTagName", data: { tag: shorten(tag.name) }, at: at(tag.nameStart, tag.nameEnd) });
        return;
      }
      if (tagKind(tag.key) === "unknown") {
        const hint = suggestTag(tag.key);
        ctx.report({ messageId: ctx.options.unknownTags === "info" ? "unknownTagInfo" : "unknownTag", data: { tag: tag.name, hint: hint ? ` — did you mean ${hint}=?` : "" }, at: at(tag.start, tag.end) });
        return;
      }
      const rule = VALUES[tag.key];
      if (rule && !rule.valid.test(tag.value)) {
        const [start, end] = tag.value === "" ? [tag.start, tag.end] : [tag.valueStart, tag.valueEnd];
        ctx.report({ messageId: "badValue", data: { tag: tag.name, value: shorten(tag.value), expected: rule.expected }, at: at(start, end) });
      }
    }
  },
});

const KNOWN = ["v", "p", "sp", "np", "adkim", "aspf", "rua", "ruf", "fo", "t", "psd", "pct", "rf", "ri"];

/** The known tag one edit away (`rau` → rua, `apsf` → aspf), for the message. */
function suggestTag(key: string): string | null {
  for (const known of KNOWN) {
    if (Math.abs(known.length - key.length) > 1 || known.length < 2) continue;
    if ([...known].sort().join("") === [...key].sort().join("") || editDistanceOne(known, key)) return known;
  }
  return null;
}

function editDistanceOne(a: string, b: string): boolean {
  if (a.length === b.length) return [...a].filter((c, i) => c !== b[i]).length === 1;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}
