import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  compareText
} from "./chunk-JSZUARHQ.js";
import {
  reportJson
} from "./chunk-G7NDWJJB.js";

// src/reports/json-position.ts
var WHITESPACE = /* @__PURE__ */ new Set([32, 9, 10, 13]);
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var HEX4 = /[0-9a-fA-F]{4}/y;
function skipWhitespace(text, i) {
  while (i < text.length && WHITESPACE.has(text.charCodeAt(i))) i++;
  return i;
}
function shown(text, i) {
  const c = text.codePointAt(i);
  if (c <= 32 || c === 127 || c >= 128 && c < 160 || c === 65279) return `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
  return c === 39 ? `"'"` : `'${String.fromCodePoint(c)}'`;
}
function scanString(text, i) {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c < 32) return { offset: j, detail: `control character ${shown(text, j)} inside a string: write it as an escape (\\n, \\u0000)` };
    if (c === 92) {
      const e = text[j + 1];
      if (e === "u") {
        HEX4.lastIndex = j + 2;
        if (!HEX4.test(text)) return { offset: j, detail: "\\u must be followed by four hexadecimal digits" };
        j += 5;
      } else if (e !== void 0 && '"\\/bfnrt'.includes(e)) j++;
      else return { offset: j, detail: 'unknown escape in a string: only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX' };
    }
  }
  return { offset: i, detail: "a string is not closed" };
}
function jsonSyntaxError(text) {
  const open = [];
  let expect = "value";
  let i = 0;
  for (; ; ) {
    i = skipWhitespace(text, i);
    if (i >= text.length) {
      if (expect === "after" && open.length === 0) return null;
      if (open.length === 0) return { offset: i, detail: "the file holds no JSON value" };
      return { offset: i, detail: `the text ends inside ${open[open.length - 1] === 123 ? "an object" : "an array"}: it is cut short` };
    }
    const c = text.charCodeAt(i);
    if (expect === "value" || expect === "firstValue") {
      if (expect === "firstValue" && c === 93) {
        open.pop();
        expect = "after";
        i++;
      } else if (c === 123 || c === 91) {
        open.push(c);
        expect = c === 123 ? "firstKey" : "firstValue";
        i++;
      } else if (c === 34) {
        const end = scanString(text, i);
        if (typeof end !== "number") return end;
        i = end;
        expect = "after";
      } else if (c === 45 || c >= 48 && c <= 57) {
        NUMBER.lastIndex = i;
        const match = NUMBER.exec(text);
        if (!match) return { offset: i, detail: "a number is not written as JSON writes one" };
        i += match[0].length;
        expect = "after";
      } else {
        const literal = ["true", "false", "null"].find((word) => text.startsWith(word, i));
        if (!literal) return { offset: i, detail: `${shown(text, i)} where a value was expected` };
        i += literal.length;
        expect = "after";
      }
    } else if (expect === "key" || expect === "firstKey") {
      if (expect === "firstKey" && c === 125) {
        open.pop();
        expect = "after";
        i++;
      } else if (c === 34) {
        const end = scanString(text, i);
        if (typeof end !== "number") return end;
        i = end;
        expect = "colon";
      } else return { offset: i, detail: `${shown(text, i)} where a property name in double quotes was expected` };
    } else if (expect === "colon") {
      if (c !== 58) return { offset: i, detail: `${shown(text, i)} where ':' was expected after a property name` };
      expect = "value";
      i++;
    } else {
      const top = open[open.length - 1];
      if (top === void 0) return { offset: i, detail: `${shown(text, i)} after the end of the JSON value` };
      const close = top === 123 ? 125 : 93;
      if (c === 44) {
        expect = top === 123 ? "key" : "value";
        i++;
      } else if (c === close) {
        open.pop();
        i++;
      } else return { offset: i, detail: `${shown(text, i)} where ',' or '${String.fromCharCode(close)}' was expected` };
    }
  }
}
function skipValue(text, i) {
  const c = text.charCodeAt(i);
  if (c === 34) return scanString(text, i);
  if (c !== 123 && c !== 91) {
    while (i < text.length && !WHITESPACE.has(text.charCodeAt(i)) && !",]}".includes(text[i])) i++;
    return i;
  }
  let depth = 0;
  for (; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (d === 34) i = scanString(text, i) - 1;
    else if (d === 123 || d === 91) depth++;
    else if ((d === 125 || d === 93) && --depth === 0) return i + 1;
  }
  return i;
}
function jsonValueOffset(text, path) {
  let at = skipWhitespace(text, 0);
  for (const step of path) {
    const c = text.charCodeAt(at);
    let found = -1;
    if (c === 123 && typeof step === "string") {
      let i = skipWhitespace(text, at + 1);
      while (text.charCodeAt(i) === 34) {
        const keyEnd = scanString(text, i);
        const key = JSON.parse(text.slice(i, keyEnd));
        const value = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1);
        if (key === step) found = value;
        i = skipWhitespace(text, skipValue(text, value));
        if (text.charCodeAt(i) !== 44) break;
        i = skipWhitespace(text, i + 1);
      }
    } else if (c === 91 && typeof step === "number") {
      let i = skipWhitespace(text, at + 1);
      for (let index = 0; i < text.length && text.charCodeAt(i) !== 93; index++) {
        if (index === step) {
          found = i;
          break;
        }
        i = skipWhitespace(text, skipValue(text, i));
        if (text.charCodeAt(i) !== 44) break;
        i = skipWhitespace(text, i + 1);
      }
    }
    if (found < 0) return at;
    at = found;
  }
  return at;
}
function lineColumn(text, offset) {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

// src/reports/evidence.ts
var EVIDENCE_FILE_NAME = "dmarc-evidence.json";
var DEFAULT_MIN_SOURCE_SHARE = 1e-3;
var MAX_LISTED = 20;
var round = (n, digits) => Math.round(n * 10 ** digits) / 10 ** digits;
function domainEvidence(summary, minSourceShare) {
  const failingSources = summary.sources.filter((s) => s.unaligned > 0 && summary.messages > 0 && s.unaligned / summary.messages >= minSourceShare).map((s) => ({
    ip: s.ip,
    name: s.name,
    messages: s.messages,
    failing: s.unaligned,
    share: round(s.unaligned / summary.messages, 4),
    // Most of the failing messages decide how the source is described.
    spf: s.spfPassUnaligned * 2 >= s.unaligned ? "unaligned" : "fail",
    dkim: s.dkimPassUnaligned * 2 >= s.unaligned ? "unaligned" : "fail",
    spfDomains: s.spfDomains,
    dkimDomains: s.dkimDomains,
    spfTerm: s.spfTerm,
    reporters: s.reporters
  })).sort((a, b) => b.failing - a.failing || compareText(a.ip, b.ip)).slice(0, MAX_LISTED);
  const selectors = /* @__PURE__ */ new Map();
  for (const source of summary.sources) {
    for (const d of source.dkim) {
      const key = `${d.domain} ${d.selector}`;
      const seen = selectors.get(key) ?? { domain: d.domain, selector: d.selector, messages: 0, alignedPass: 0 };
      seen.messages += d.messages;
      seen.alignedPass += d.alignedPass;
      selectors.set(key, seen);
    }
  }
  return {
    domain: summary.domain,
    from: summary.from,
    to: summary.to,
    days: summary.days,
    messages: summary.messages,
    passing: summary.passing,
    dkimAligned: summary.dkimAligned,
    spfAligned: summary.spfAligned,
    failingSources,
    selectors: [...selectors.values()].sort((a, b) => b.messages - a.messages || compareText(`${a.domain} ${a.selector}`, `${b.domain} ${b.selector}`)).slice(0, MAX_LISTED)
  };
}
function buildEvidence(summaries, window, minSourceShare = DEFAULT_MIN_SOURCE_SHARE) {
  return {
    version: 1,
    window: { from: window.from, to: window.to, days: window.days },
    minSourceShare,
    domains: summaries.map((s) => domainEvidence(s, minSourceShare)).sort((a, b) => compareText(a.domain, b.domain))
  };
}
function serializeEvidence(evidence) {
  return `${reportJson(evidence)}
`;
}
var EVIDENCE_HEAD = /^\s*\{\s*"version"\s*:\s*1\s*,\s*"window"\s*:\s*\{[^{}]*\}\s*,\s*"minSourceShare"\s*:/;
var beginsAsEvidence = (head) => EVIDENCE_HEAD.test(head);
var EvidenceError = class extends Error {
  constructor(file, kind, detail, line, column) {
    super(
      kind === "syntax" ? `${file}:${line}:${column}: not valid JSON (${detail}); write it again with \`maildns reports evidence\`` : `${file}:${line}:${column}: not a DMARC evidence file written by \`maildns reports evidence\` (${detail}); write it again with that command`
    );
    this.file = file;
    this.kind = kind;
    this.detail = detail;
    this.line = line;
    this.column = column;
  }
  name = "EvidenceError";
};
var DATE = /^\d{4}-\d{2}-\d{2}$/;
var isCount = (n) => typeof n === "number" && Number.isSafeInteger(n) && n >= 0;
var isShare = (n) => typeof n === "number" && Number.isFinite(n) && n >= 0 && n <= 1;
function dayNumber(value) {
  if (typeof value !== "string" || !DATE.test(value)) return null;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value ? null : time / 864e5;
}
var isStringList = (v) => Array.isArray(v) && v.every((x) => typeof x === "string");
function parseEvidence(text, file) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const found = jsonSyntaxError(text);
    const at = lineColumn(text, found?.offset ?? 0);
    throw new EvidenceError(file, "syntax", found?.detail ?? error.message, at.line, at.column);
  }
  const need = (condition, path, what) => {
    if (condition) return;
    const at = lineColumn(text, jsonValueOffset(text, path));
    throw new EvidenceError(file, "shape", what, at.line, at.column);
  };
  const v = value;
  need(v !== null && typeof v === "object" && !Array.isArray(v), [], "not an object");
  need(v.version === 1, ["version"], `version ${JSON.stringify(v.version)}, expected 1`);
  const window = v.window;
  const windowFrom = dayNumber(window?.from);
  const windowTo = dayNumber(window?.to);
  need(!!window && windowFrom !== null && windowTo !== null && isCount(window.days) && window.days === windowTo - windowFrom + 1, !window ? ["window"] : windowFrom === null ? ["window", "from"] : windowTo === null ? ["window", "to"] : ["window", "days"], "no valid window");
  need(isShare(v.minSourceShare), ["minSourceShare"], "no minSourceShare");
  need(Array.isArray(v.domains), ["domains"], "no domains list");
  v.domains.forEach((d, i) => {
    const where = `domains[${i}]`;
    const at = ["domains", i];
    need(!!d && typeof d.domain === "string" && d.domain !== "", [...at, "domain"], `${where} has no domain`);
    const from = dayNumber(d.from);
    const to = dayNumber(d.to);
    need(from !== null && to !== null && windowFrom <= from && from <= to && to <= windowTo, [...at, from === null ? "from" : "to"], `${where} has no valid from/to inside the window`);
    need([d.days, d.messages, d.passing, d.dkimAligned, d.spfAligned].every(isCount) && d.passing <= d.messages, at, `${where} has invalid counts`);
    need(d.days >= 1 && d.days <= window.days, [...at, "days"], `${where} has ${d.days} days of reports, where the window holds 1 to ${window.days}`);
    need(d.dkimAligned <= d.passing && d.spfAligned <= d.passing && d.passing <= d.dkimAligned + d.spfAligned, [...at, "passing"], `${where}'s passing messages are not its SPF- and DKIM-aligned ones`);
    need(Array.isArray(d.failingSources) && Array.isArray(d.selectors), at, `${where} has no failingSources or selectors`);
    let failing = 0;
    d.failingSources.forEach((s, k) => {
      const source = [...at, "failingSources", k];
      need(!!s && typeof s.ip === "string" && isCount(s.messages) && isCount(s.failing) && isShare(s.share) && (s.spf === "fail" || s.spf === "unaligned") && (s.dkim === "fail" || s.dkim === "unaligned"), source, `${where} has an invalid failing source`);
      need(isStringList(s.spfDomains) && isStringList(s.dkimDomains) && isStringList(s.reporters), source, `${where} has an invalid failing source`);
      need(s.failing <= s.messages && d.messages > 0 && s.share === round(s.failing / d.messages, 4), [...source, "share"], `${where}'s failing source ${String(s.ip).slice(0, 60)} has a share that is not its failing messages over the domain's`);
      failing += s.failing;
    });
    need(failing <= d.messages - d.passing, [...at, "failingSources"], `${where}'s failing sources fail more messages than the domain's failing ones`);
    d.selectors.forEach((s, k) => need(!!s && typeof s.domain === "string" && typeof s.selector === "string" && isCount(s.messages) && isCount(s.alignedPass) && s.alignedPass <= s.messages, [...at, "selectors", k], `${where} has an invalid selector`));
  });
  return v;
}
function evidenceView(evidence, file, domain) {
  return { file, window: evidence.window, minSourceShare: evidence.minSourceShare, domain: evidence.domains.find((d) => d.domain === domain) ?? null };
}

export {
  EVIDENCE_FILE_NAME,
  DEFAULT_MIN_SOURCE_SHARE,
  MAX_LISTED,
  domainEvidence,
  buildEvidence,
  serializeEvidence,
  beginsAsEvidence,
  EvidenceError,
  parseEvidence,
  evidenceView
};
