import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  codePointName
} from "./chunk-G7NDWJJB.js";

// src/model/txt-version.ts
var SPF_RECORD = /^v=spf1(?: |$)/i;
var SPF_LIKE = /^v=spf1(?:\s|$)/i;
var DMARC_RECORD = /^[vV][ \t]*=[ \t]*DMARC1[ \t]*(?:;|$)/;
var DMARC_LIKE = /^v[ \t]*=[ \t]*DMARC1[ \t]*(?:;|$)/i;
function isSpfRecord(text) {
  return SPF_RECORD.test(text);
}
function looksLikeSpf(text) {
  return SPF_LIKE.test(text);
}
function isDmarcRecord(text) {
  return DMARC_RECORD.test(text);
}
function looksLikeDmarc(text) {
  return DMARC_LIKE.test(text);
}

// src/mail/spf.ts
import { isIP } from "node:net";

// src/mail/parse-once.ts
function parseOnce(parse) {
  const parsed = /* @__PURE__ */ new WeakMap();
  return (text) => {
    let result = parsed.get(text);
    if (result === void 0) {
      result = parse(text.value);
      parsed.set(text, result);
    }
    return result;
  };
}
function memoizeText(compute, size = 4096) {
  const cache = /* @__PURE__ */ new Map();
  return (text) => {
    let result = cache.get(text);
    if (result === void 0) {
      const own = ownString(text);
      result = deepFreeze(compute(own));
      if (cache.size >= size) cache.clear();
      cache.set(own, result);
    }
    return result;
  };
}
function ownString(text) {
  return ` ${text}`.slice(1);
}
function deepFreeze(value) {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

// src/mail/spf-macro.ts
var MACRO_LETTERS = "slodiphcrtv";
var EXPLANATION_ONLY_LETTERS = "crt";
var DELIMITERS = ".-+,/_=";
function parseMacroString(text, offset = 0, context = "record") {
  const macros = [];
  const errors = [];
  let hasExpand = false;
  let literalTailStart = 0;
  let i = 0;
  while (i < text.length) {
    if (text[i] !== "%") {
      i += 1;
      continue;
    }
    const next = text[i + 1];
    if (next === "%" || next === "_" || next === "-") {
      hasExpand = true;
      i += 2;
      literalTailStart = i;
      continue;
    }
    if (next !== "{") {
      const end2 = next === void 0 ? i + 1 : i + 2;
      errors.push({
        code: "macro-syntax",
        message: next === void 0 ? "a lone '%' ends the string; write '%%' for a literal percent sign" : `'%${next}' is not a macro; use %{letter}, or %% %_ %- for a literal '%', space or '%20'`,
        start: offset + i,
        end: offset + end2
      });
      i = end2;
      continue;
    }
    const close = text.indexOf("}", i + 2);
    if (close < 0) {
      errors.push({ code: "macro-syntax", message: "'%{' has no closing '}'", start: offset + i, end: offset + text.length });
      break;
    }
    const body = text.slice(i + 2, close);
    const parsed = parseMacroBody(body);
    const start = offset + i;
    const end = offset + close + 1;
    if (typeof parsed === "string") {
      errors.push({ code: "macro-syntax", message: parsed, start, end });
    } else {
      macros.push({ ...parsed, start, end });
      if (context === "record" && EXPLANATION_ONLY_LETTERS.includes(parsed.letter)) {
        errors.push({
          code: "macro-context",
          message: `macro letter '${parsed.letter}' is only allowed in explanation text (the TXT record named by exp=)`,
          start,
          end
        });
      }
    }
    hasExpand = true;
    i = close + 1;
    literalTailStart = i;
  }
  return {
    macros,
    hasExpand,
    endsWithExpand: hasExpand && literalTailStart === text.length,
    literalTailStart,
    errors
  };
}
function visible(text) {
  return text.replace(/[^\x20-\x7e]/gu, codePointName);
}
function parseMacroBody(body) {
  if (body === "") return "empty macro '%{}'; expected a letter such as %{d} or %{i}";
  const written = body[0];
  const letter = written.toLowerCase();
  if (!MACRO_LETTERS.includes(letter)) {
    return `'${written}' is not a macro letter; use one of s l o d i p h v (c r t only in explanation text)`;
  }
  const match = /^([0-9]*)(r?)([^]*)$/i.exec(body.slice(1));
  const [, digitText = "", reverseText = "", delimiters = ""] = match;
  if (digitText !== "" && Number(digitText) === 0) {
    return `the part count in '%{${body}}' must be greater than zero (RFC 7208 §7.3)`;
  }
  for (const character of delimiters) {
    if (!DELIMITERS.includes(character)) {
      return `'${visible(character)}' in '%{${visible(body)}}' is not a delimiter; delimiters are . - + , / _ =`;
    }
  }
  return {
    letter,
    urlEscape: written !== letter,
    digits: digitText === "" ? null : Number(digitText),
    reverse: reverseText !== "",
    delimiters
  };
}

// src/mail/spf.ts
var SPF_MECHANISMS = ["all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists"];
var SPF_MODIFIERS = ["redirect", "exp"];
var QUALIFIERS = "+-~?";
var VERSION = "v=spf1";
function parseSpf(text) {
  const collected = [];
  const terms = [];
  const tokens = splitOnSpaces(text);
  const version = { valid: false, start: 0, end: 0 };
  const first = tokens[0];
  if (first === void 0) {
    collected.push({ code: "version", message: "the record is empty; it must start with v=spf1", start: 0, end: text.length });
  } else if (first.start > 0) {
    collected.push({ code: "version", message: "the record starts with a space; it must start with v=spf1", start: 0, end: first.start });
  }
  const seenModifiers = /* @__PURE__ */ new Set();
  const readTerm = (start, end, versionOutOfPlace) => {
    if (versionOutOfPlace && text.slice(start, end).toLowerCase() === VERSION) {
      collected.push({ code: "version", message: "v=spf1 must be the first thing in the record", start, end });
      terms.push({ kind: "invalid", text: text.slice(start, end), start, end, name: "" });
      return;
    }
    const term = parseTerm(text.slice(start, end), start, collected);
    if (term.kind === "modifier" && term.known) {
      if (seenModifiers.has(term.name)) {
        collected.push({
          code: "duplicate-modifier",
          message: `${term.name}= appears more than once; RFC 7208 §6 allows each at most once`,
          start,
          end
        });
      }
      seenModifiers.add(term.name);
    }
    terms.push(term);
  };
  const badSeparator = (blank, start, end) => {
    const named = [...new Set([...blank].map(codePointName))].join(" ");
    collected.push({ code: "invalid-character", message: `terms must be separated by spaces, not ${named} (RFC 7208 §12)`, start, end });
  };
  tokens.forEach((token, index) => {
    let { start } = token;
    const { end } = token;
    if (index === 0) {
      const lower = token.text.toLowerCase();
      if (lower === VERSION) {
        Object.assign(version, { valid: start === 0, start, end });
        return;
      }
      Object.assign(version, { start, end });
      if (!lower.startsWith(VERSION)) {
        collected.push({ code: "version", message: `the record must start with v=spf1, not "${token.text}"`, start, end });
        return;
      }
      version.end = start + VERSION.length;
      const separator = /^\s+/.exec(token.text.slice(VERSION.length))?.[0] ?? "";
      const named = [...separator].map(codePointName);
      const but = separator === "" ? "" : `, not ${[...new Set(named)].join(" ")}`;
      collected.push({ code: "version", message: `v=spf1 must be followed by a space${but}`, start, end });
      start += VERSION.length + separator.length;
      if (start === end) return;
    } else if (/^\s/.test(token.text)) {
      const blank = /^\s+/.exec(token.text)[0];
      badSeparator(blank, start, end);
      start += blank.length;
      if (start === end) return;
    }
    const rest = text.slice(start, end);
    const blanks = /[^\S\ufeff]+/g;
    let from = start;
    for (let blank = blanks.exec(rest); blank; blank = blanks.exec(rest)) {
      const at = start + blank.index;
      if (at > from && /[:=]$/.test(text.slice(from, at))) continue;
      if (at > from) readTerm(from, at, index > 0 || from > start);
      badSeparator(blank[0], at, at + blank[0].length);
      from = at + blank[0].length;
    }
    if (from < end) readTerm(from, end, index > 0 || from > start);
  });
  collected.sort((a, b) => a.start - b.start || a.end - b.end);
  const errors = [];
  const warnings = [];
  for (const problem of collected) (problem.code === "odd-domain" ? warnings : errors).push(problem);
  return { text, version, terms, errors, warnings };
}
var parseSpfShared = memoizeText(parseSpf, 1e4);
function splitOnSpaces(text) {
  const tokens = [];
  const pattern = /[^ ]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
function parseTerm(text, start, errors) {
  const end = start + text.length;
  const badCharacter = findInvalidCharacter(text);
  if (badCharacter >= 0) {
    const codePoint = text.codePointAt(badCharacter);
    const width = codePoint > 65535 ? 2 : 1;
    const named = codePointName(text.slice(badCharacter, badCharacter + width));
    errors.push({
      code: "invalid-character",
      message: `character ${named} is not allowed in an SPF record (visible ASCII only; write IDNs as xn-- A-labels)`,
      start: start + badCharacter,
      end: start + badCharacter + width
    });
  }
  const checkDomains = badCharacter < 0;
  const nameStart = text.search(/[A-Za-z]/);
  const prefix = nameStart < 0 ? text : text.slice(0, nameStart);
  const nameMatch = /^[A-Za-z][A-Za-z0-9_.-]*/.exec(text.slice(Math.max(nameStart, 0)));
  const name = nameMatch ? nameMatch[0].toLowerCase() : "";
  const afterName = nameStart < 0 ? text.length : nameStart + name.length;
  const separator = text[afterName];
  if (nameStart < 0 || name === "" || /[:/=%]/.test(prefix)) {
    errors.push({ code: "bad-term", message: `"${text}" is neither a mechanism nor a modifier`, start, end });
    return { kind: "invalid", text, start, end, name: "" };
  }
  if (separator === "=") {
    if (prefix !== "") {
      errors.push({
        code: prefix.length === 1 && QUALIFIERS.includes(prefix) ? "bad-term" : "bad-qualifier",
        message: `modifiers take no qualifier: write "${text.slice(nameStart)}"`,
        start,
        end
      });
      return { kind: "invalid", text, start, end, name };
    }
    return parseModifier(text, start, name, afterName + 1, checkDomains, errors);
  }
  if (prefix.length > 1 || prefix.length === 1 && !QUALIFIERS.includes(prefix)) {
    errors.push({
      code: "bad-qualifier",
      message: `"${prefix}" is not a qualifier; use one of + - ~ ? (or none, which means +)`,
      start,
      end: start + prefix.length
    });
    return { kind: "invalid", text, start, end, name };
  }
  const mechanism = {
    kind: "mechanism",
    text,
    start,
    end,
    name,
    qualifier: prefix || "+",
    qualifierWritten: prefix !== "",
    known: SPF_MECHANISMS.includes(name),
    value: null,
    valueStart: null,
    domainSpec: null,
    ip: null,
    cidr4: null,
    cidr6: null,
    macros: []
  };
  if (!mechanism.known) {
    errors.push({
      code: "unknown-mechanism",
      message: `"${name}" is not an SPF mechanism (all, include, a, mx, ptr, ip4, ip6, exists)`,
      start,
      end
    });
    if (separator === ":") {
      mechanism.value = text.slice(afterName + 1);
      mechanism.valueStart = start + afterName + 1;
    }
    return mechanism;
  }
  readArguments(mechanism, text.slice(afterName), start + afterName, checkDomains, errors);
  return mechanism;
}
function findInvalidCharacter(text) {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 33 || code > 126) return i;
  }
  return -1;
}
function parseModifier(text, start, name, valueOffset, checkDomains, errors) {
  const value = text.slice(valueOffset);
  const valueStart = start + valueOffset;
  const known = SPF_MODIFIERS.includes(name);
  const macroString = parseMacroString(value, valueStart, "record");
  const modifier = {
    kind: "modifier",
    text,
    start,
    end: start + text.length,
    name,
    known,
    value,
    valueStart,
    macros: macroString.macros
  };
  if (!known) {
    for (const error of macroString.errors) if (error.code === "macro-syntax") errors.push(error);
    return modifier;
  }
  if (value === "") {
    errors.push({ code: "missing-domain", message: `${name}= needs a domain, e.g. ${name}=_spf.example.com`, start, end: modifier.end });
    return modifier;
  }
  for (const error of macroString.errors) errors.push(error);
  if (checkDomains) checkDomainSpec(value, valueStart, macroString, errors, name === "redirect");
  return modifier;
}
function readArguments(mechanism, rest, restStart, checkDomains, errors) {
  const { name, start, end } = mechanism;
  const fail = (code, message, from = start, to = end) => {
    errors.push({ code, message, start: from, end: to });
  };
  if (rest !== "" && rest[0] !== ":" && rest[0] !== "/") {
    fail("unexpected-argument", `"${rest}" cannot follow ${name}; expected ":" or "/"`);
    return;
  }
  const hasValue = rest[0] === ":";
  switch (name) {
    case "all": {
      if (rest !== "") fail("unexpected-argument", `all takes no argument: write "${mechanism.qualifierWritten ? mechanism.qualifier : ""}all"`);
      return;
    }
    case "include":
    case "exists": {
      if (!hasValue || rest.length === 1) {
        fail("missing-domain", `${name} needs a domain, e.g. ${name}:${name === "include" ? "_spf.example.com" : "%{i}._spf.example.com"}`);
        if (!hasValue) return;
      }
      readDomainSpec(mechanism, rest.slice(1), restStart + 1, checkDomains, errors);
      return;
    }
    case "ptr": {
      if (!hasValue) {
        if (rest !== "") fail("unexpected-argument", "ptr takes no CIDR length");
        return;
      }
      if (rest.length === 1) fail("missing-domain", "ptr: needs a domain after the colon (or write ptr alone)");
      readDomainSpec(mechanism, rest.slice(1), restStart + 1, checkDomains, errors);
      return;
    }
    case "a":
    case "mx": {
      const slash = hasValue ? trailingCidrStart(rest) : 0;
      const cidrText = slash < 0 ? "" : rest.slice(slash);
      if (hasValue) {
        const domainText = rest.slice(1, slash < 0 ? rest.length : slash);
        if (domainText === "") {
          fail("missing-domain", `${name}: needs a domain after the colon (or write ${name} alone for this domain)`);
        }
        readDomainSpec(mechanism, domainText, restStart + 1, checkDomains, errors);
      }
      if (cidrText !== "") readDualCidr(mechanism, cidrText, restStart + (slash < 0 ? 0 : slash), errors);
      return;
    }
    case "ip4":
    case "ip6": {
      readIp(mechanism, rest, restStart, errors);
      return;
    }
  }
}
function readDomainSpec(mechanism, domainSpec, domainStart, checkDomains, errors) {
  mechanism.value = domainSpec;
  mechanism.valueStart = domainStart;
  if (domainSpec === "") return;
  mechanism.domainSpec = domainSpec;
  const macroString = parseMacroString(domainSpec, domainStart, "record");
  mechanism.macros = macroString.macros;
  for (const error of macroString.errors) errors.push(error);
  if (checkDomains) checkDomainSpec(domainSpec, domainStart, macroString, errors, mechanism.name === "include");
}
function trailingCidrStart(text) {
  const cidr = /(?:\/\d+)?(?:\/\/\d+)?$/.exec(text);
  if (cidr && cidr[0] !== "") return cidr.index;
  const slash = text.indexOf("/", text.lastIndexOf(".") + 1);
  return slash >= 0 && !text.slice(slash).includes("}") ? slash : -1;
}
var TOPLABEL = /^(?:[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*|[A-Za-z0-9]+-[A-Za-z0-9-]*[A-Za-z0-9])$/;
var HOST_LABEL = /^[A-Za-z0-9_-]+$/;
function checkDomainSpec(domainSpec, domainStart, macroString, errors, unusableIsFatal) {
  if (macroString.errors.length > 0) return;
  const range = { start: domainStart, end: domainStart + domainSpec.length };
  const fail = (message) => {
    errors.push({ code: "bad-domain", message, ...range });
  };
  const odd = (message) => {
    errors.push({ code: "odd-domain", message, ...range });
  };
  if (macroString.endsWithExpand) return;
  const tail = domainSpec.slice(macroString.literalTailStart).replace(/\.$/, "");
  const dot = tail.lastIndexOf(".");
  const top = tail.slice(dot + 1);
  if (dot < 0 && !macroString.hasExpand) {
    return fail(`"${domainSpec}" is a single label; SPF needs a full domain name such as ${domainSpec.replace(/\.$/, "")}.example.com (RFC 7208 §7.1, domain-end)`);
  }
  if (dot < 0 || !TOPLABEL.test(top)) {
    const hint = /^\d+$/.test(top) ? " (an IP address? use ip4:/ip6:)" : /[:/]/.test(top) ? " (a port or a path cannot follow the domain)" : "";
    return fail(`"${domainSpec}" ends with "${top}", which is not a top label${hint} (RFC 7208 §7.1, domain-end)`);
  }
  if (macroString.hasExpand) return;
  const labels = domainSpec.replace(/\.$/, "").split(".");
  const unusable = labels.some((label) => label === "") ? "has an empty label" : labels.some((label) => label.length > 63) ? "has a label longer than 63 octets" : domainSpec.replace(/\.$/, "").length > 253 ? "is longer than 253 characters" : null;
  if (unusable) {
    const why = `"${domainSpec}" ${unusable}, so it names nothing DNS can hold`;
    return unusableIsFatal ? fail(`${why}: no SPF record can be found there, a permerror (RFC 7208 §5.2, §6.1)`) : odd(`${why}: the term can never match`);
  }
  const oddLabel = labels.find((label) => !HOST_LABEL.test(label));
  if (oddLabel !== void 0) {
    const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(domainSpec) ? " (a URL? write the host name alone)" : "";
    odd(`"${domainSpec}" is not a host name: "${oddLabel}" holds characters other than letters, digits, "-" and "_"${url}`);
  }
}
function readDualCidr(mechanism, cidrText, cidrStart, errors) {
  const match = /^(?:\/([0-9]+))?(?:\/\/([0-9]+))?$/.exec(cidrText);
  const range = { start: cidrStart, end: cidrStart + cidrText.length };
  if (!match || match[1] === void 0 && match[2] === void 0) {
    errors.push({
      code: "invalid-cidr",
      message: `"${cidrText}" is not a CIDR length; write /24 for IPv4, //64 for IPv6, or /24//64 for both`,
      ...range
    });
    return;
  }
  mechanism.cidr4 = readCidrLength(match[1], 32, "IPv4", range, errors);
  mechanism.cidr6 = readCidrLength(match[2], 128, "IPv6", range, errors);
}
function readCidrLength(digits, max, family, range, errors) {
  if (digits === void 0) return null;
  if (digits.length > 1 && digits.startsWith("0")) {
    errors.push({ code: "invalid-cidr", message: `${family} CIDR length "${digits}" has a leading zero`, ...range });
    return null;
  }
  const length = Number(digits);
  if (length > max) {
    errors.push({ code: "invalid-cidr", message: `${family} CIDR length ${length} is larger than ${max}`, ...range });
    return null;
  }
  return length;
}
function readIp(mechanism, rest, restStart, errors) {
  const family = mechanism.name === "ip4" ? 4 : 6;
  const example = family === 4 ? "ip4:192.0.2.0/24" : "ip6:2001:db8::/32";
  if (rest[0] !== ":" || rest.length === 1) {
    errors.push({ code: "invalid-ip", message: `${mechanism.name} needs an address, e.g. ${example}`, start: mechanism.start, end: mechanism.end });
    return;
  }
  const slash = rest.indexOf("/");
  const address = rest.slice(1, slash < 0 ? rest.length : slash);
  mechanism.value = rest.slice(1);
  mechanism.valueStart = restStart + 1;
  mechanism.ip = address;
  const detected = address.includes("%") ? 0 : isIP(address);
  if (detected !== family) {
    const other = detected === 0 ? "" : ` (it is an IPv${detected} address: use ip${detected}:)`;
    errors.push({
      code: "invalid-ip",
      message: `"${address}" is not an IPv${family} address${other}`,
      start: restStart + 1,
      end: restStart + 1 + address.length
    });
  }
  if (slash < 0) return;
  const cidrText = rest.slice(slash);
  const range = { start: restStart + slash, end: restStart + rest.length };
  const match = /^\/([0-9]+)$/.exec(cidrText);
  if (!match) {
    errors.push({ code: "invalid-cidr", message: `"${cidrText}" is not a CIDR length; write e.g. ${example}`, ...range });
    return;
  }
  const length = readCidrLength(match[1], family === 4 ? 32 : 128, `IPv${family}`, range, errors);
  if (family === 4) mechanism.cidr4 = length;
  else mechanism.cidr6 = length;
}
var LOOKUP_MECHANISMS = ["include", "a", "mx", "ptr", "exists"];
function lookupTerms(record) {
  const hasAll = record.terms.some((term) => term.kind === "mechanism" && term.name === "all");
  const result = [];
  let afterAll = false;
  let redirected = false;
  for (const term of record.terms) {
    if (term.kind === "mechanism") {
      if (LOOKUP_MECHANISMS.includes(term.name)) result.push({ term, cost: 1, reachable: !afterAll });
      if (term.name === "all") afterAll = true;
    } else if (term.kind === "modifier" && term.name === "redirect") {
      result.push({ term, cost: 1, reachable: !hasAll && !redirected });
      redirected = true;
    }
  }
  return result;
}
function countLookups(record) {
  return lookupTerms(record).reduce((sum, entry) => sum + (entry.reachable ? entry.cost : 0), 0);
}
function authorisesNobody(record) {
  if (!record.version.valid || record.errors.length > 0) return false;
  const mechanisms2 = record.terms.filter((term) => term.kind === "mechanism");
  const only = mechanisms2.length === 1 ? mechanisms2[0] : null;
  const redirects = record.terms.some((term) => term.kind === "modifier" && term.name === "redirect");
  return only?.kind === "mechanism" && only.name === "all" && only.qualifier === "-" && !redirects;
}
function firstAll(record) {
  for (const term of record.terms) if (term.kind === "mechanism" && term.name === "all") return term;
  return null;
}
function mechanisms(record) {
  return record.terms.filter((term) => term.kind === "mechanism");
}
function modifiers(record) {
  return record.terms.filter((term) => term.kind === "modifier");
}
function normalizeDomainSpec(domainSpec) {
  return domainSpec.toLowerCase().replace(/\.$/, "");
}
function suggestMechanism(name, value = null) {
  const lower = name.toLowerCase();
  if (/^ip(v?[46])?$/.test(lower) || lower === "ipv") {
    if (/[46]$/.test(lower)) return lower.endsWith("4") ? "ip4" : "ip6";
    return value !== null && value.includes(":") ? "ip6" : "ip4";
  }
  if (lower.includes(".")) return "include";
  let best = null;
  let bestDistance = 3;
  for (const candidate of SPF_MECHANISMS) {
    const distance = editDistance(lower, candidate);
    const limit = candidate.length <= 3 ? 1 : 2;
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2][j - 2] + 1);
      d[i][j] = value;
    }
  }
  return d[a.length][b.length];
}

export {
  parseOnce,
  memoizeText,
  ownString,
  isSpfRecord,
  looksLikeSpf,
  isDmarcRecord,
  looksLikeDmarc,
  parseMacroString,
  SPF_MECHANISMS,
  parseSpf,
  parseSpfShared,
  lookupTerms,
  countLookups,
  authorisesNobody,
  firstAll,
  mechanisms,
  modifiers,
  normalizeDomainSpec,
  suggestMechanism,
  editDistance
};
