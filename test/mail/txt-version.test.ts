import { describe, expect, it } from "vitest";
import { isDmarcRecord, isSpfRecord, looksLikeDmarc, looksLikeSpf } from "../../src/mail/txt-version.js";
import { parseDmarc } from "../../src/mail/dmarc.js";
import { parseSpf } from "../../src/mail/spf.js";

// [text, isSpfRecord (receivers keep it), looksLikeSpf (selected as the name's SPF), why]
const SPF_ROWS: readonly (readonly [string, boolean, boolean, string])[] = [
  ["v=spf1 include:mx.ovh.com ~all", true, true, "RFC 7208 §4.5: v=spf1 then a SP"],
  ["v=spf1", true, true, "RFC 7208 §4.5: the version section may end at the end of the record"],
  ["v=spf1 ", true, true, "RFC 7208 §12: `record = version terms *SP`"],
  ["V=SPF1 -ALL", true, true, "RFC 5234 §2.3: ABNF literal strings are case-insensitive"],
  ["v=Spf1 -all", true, true, "RFC 5234 §2.3: any mix of case"],
  ["v=spf1\t-all", false, true, "RFC 7208 §4.5: a tab is not SP; meant as SPF, so selected to be replaced"],
  ["v=spf1\n-all", false, true, "RFC 7208 §4.5: a newline is not SP either"],
  [" v=spf1 -all", false, false, "RFC 7208 §4.5: the record must begin with the version"],
  ["v=spf10 -all", false, false, "RFC 7208 §4.5: version exactly v=spf1"],
  ["v=spf1include:mx.ovh.com ~all", false, false, "RFC 7208 §4.5: the version ends at SP or the end"],
  ["v = spf1 -all", false, false, "RFC 7208 §12: `version = \"v=spf1\"`, no blanks"],
  ["spf2.0/pra -all", false, false, "RFC 7208 §4.5: Sender ID text is not SPF"],
  ["", false, false, "RFC 7208 §4.5: nothing to begin with"],
];

// [text, isDmarcRecord (receivers keep it), looksLikeDmarc (selected as the name's DMARC), why]
const DMARC_ROWS: readonly (readonly [string, boolean, boolean, string])[] = [
  ["v=DMARC1; p=none", true, true, "RFC 7489 §6.4 dmarc-version then dmarc-sep"],
  ["v=DMARC1", true, true, "RFC 7489 §6.4: the version alone (RFC 9989 §4.7: p absent counts as none)"],
  ["v=DMARC1;", true, true, "RFC 7489 §6.4: `[dmarc-sep]` after the last tag"],
  ["V=DMARC1; p=none", true, true, "RFC 5234 §2.3: the tag name \"v\" is a literal, any case"],
  ["v = DMARC1 ; p=none", true, true, "RFC 7489 §6.4: `\"v\" *WSP \"=\" *WSP`, and *WSP before \";\""],
  ["v\t=\tDMARC1\t;p=none", true, true, "RFC 5234 B.1: WSP is SP or HTAB"],
  ["v=dmarc1; p=none", false, true, "RFC 7489 §6.4: DMARC1 in %x code points, case-sensitive; meant as DMARC"],
  ["v=Dmarc1", false, true, "RFC 9989 §4.7: the value is DMARC1 exactly"],
  [" v=DMARC1; p=none", false, false, "RFC 7489 §6.6.3: records not starting with v= are discarded"],
  ["p=none; v=DMARC1", false, false, "RFC 7489 §6.3: v first"],
  ["v=DMARC10", false, false, "RFC 7489 §6.4: the version is DMARC1, then a separator or the end"],
  ["v=DMARC1 p=none", false, false, "RFC 7489 §6.4: dmarc-sep needs \";\""],
  ["v=DMARC1\n; p=none", false, false, "RFC 5234 B.1: a newline is not WSP"],
  ["", false, false, "RFC 7489 §6.6.3: nothing to start with"],
];

describe("is this TXT an SPF record (RFC 7208 §4.5)", () => {
  it.each(SPF_ROWS)("%j: isSpfRecord %s, looksLikeSpf %s (%s)", (text, record, like) => {
    expect(isSpfRecord(text)).toBe(record);
    expect(looksLikeSpf(text)).toBe(like);
  });

  it("isSpfRecord agrees with the parser's version check, which spf-syntax reports", () => {
    for (const [text, record] of SPF_ROWS) {
      if (text === "") continue;
      expect(parseSpf(text).errors.some((e) => e.code === "version"), text).toBe(!record);
    }
  });
});

describe("is this TXT a DMARC record (RFC 7489 §6.4, §6.6.3; RFC 9989 §4.7)", () => {
  it.each(DMARC_ROWS)("%j: isDmarcRecord %s, looksLikeDmarc %s (%s)", (text, record, like) => {
    expect(isDmarcRecord(text)).toBe(record);
    expect(looksLikeDmarc(text)).toBe(like);
  });

  it("isDmarcRecord agrees with the parser's versionFirst, which dmarc-v-first reports", () => {
    // The tag parser trims any whitespace around a tag, a newline included; the predicate keeps to WSP.
    for (const [text, record] of DMARC_ROWS) if (!text.includes("\n")) expect(parseDmarc(text).versionFirst, JSON.stringify(text)).toBe(record);
  });
});
