import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);

// src/dns/names.ts
import { domainToASCII } from "node:url";
var CANONICAL = /^[a-z0-9_*-]+(?:\.[a-z0-9_*-]+)*$/;
var NON_ASCII = /[^\x00-\x7f]/;
function canonicalName(name) {
  if (CANONICAL.test(name)) return name;
  let n = name.trim();
  if (n.endsWith(".") && !escapedAt(n, n.length - 1)) n = n.slice(0, -1);
  if (n.includes("\\")) return nameLabels(n).map((label) => presentLabel(labelOctets(label))).join(".");
  if (NON_ASCII.test(n)) {
    const ascii = domainToASCII(n);
    if (ascii !== "") n = ascii;
  }
  return n.toLowerCase();
}
function nameProblem(name) {
  if (name === "") return null;
  if (name.includes("\\")) return escapedNameProblem(name);
  const ascii = !NON_ASCII.test(name);
  let wire = 1;
  for (let start = 0; ; ) {
    const dot = name.indexOf(".", start);
    const end = dot === -1 ? name.length : dot;
    const octets = ascii ? end - start : Buffer.byteLength(name.slice(start, end));
    if (octets === 0) return `empty label in "${name}"`;
    if (octets > 63) return `label longer than 63 octets in "${name}"`;
    wire += octets + 1;
    if (dot === -1) break;
    start = dot + 1;
  }
  if (wire > 255) return `name longer than 255 octets: "${name.slice(0, 40)}..."`;
  return null;
}
function absoluteName(name) {
  const n = canonicalName(name);
  return n === "" ? "." : `${n}.`;
}
function isAtOrBelow(name, zone) {
  if (zone === "") return true;
  if (name === zone) return true;
  const at = name.length - zone.length - 1;
  return at > 0 && name.endsWith(zone) && name[at] === "." && (name[at - 1] !== "\\" || !escapedAt(name, at));
}
function isAtOrBelowAny(name, zones) {
  for (let n = name; n !== null; n = parentName(n)) if (zones.has(n)) return true;
  return false;
}
function parentName(name) {
  if (name === "") return null;
  const dot = name.includes("\\") ? labelEnd(name, 0) : name.indexOf(".");
  return dot < 0 || dot >= name.length ? "" : name.slice(dot + 1);
}
function escapedAt(name, index) {
  let slashes = 0;
  for (let i = index - 1; i >= 0 && name[i] === "\\"; i--) slashes++;
  return slashes % 2 === 1;
}
function labelEnd(name, start) {
  let i = start;
  while (i < name.length) {
    const ch = name[i];
    if (ch === ".") return i;
    i += ch === "\\" ? /^\d{3}$/.test(name.slice(i + 1, i + 4)) ? 4 : 2 : 1;
  }
  return name.length;
}
function nameLabels(name) {
  const labels = [];
  if (name === "") return labels;
  for (let start = 0; ; ) {
    const end = labelEnd(name, start);
    labels.push(name.slice(start, end));
    if (end >= name.length) break;
    start = end + 1;
  }
  return labels;
}
function labelOctets(label) {
  if (!label.includes("\\")) return Buffer.from(label, "utf8");
  const octets = [];
  for (let i = 0; i < label.length; ) {
    const ch = label[i];
    if (ch !== "\\") {
      for (const byte of Buffer.from(String.fromCodePoint(label.codePointAt(i)), "utf8")) octets.push(byte);
      i += String.fromCodePoint(label.codePointAt(i)).length;
      continue;
    }
    const digits = label.slice(i + 1, i + 4);
    if (/^\d{3}$/.test(digits)) {
      octets.push(Number(digits) & 255);
      i += 4;
    } else if (i + 1 < label.length) {
      for (const byte of Buffer.from(String.fromCodePoint(label.codePointAt(i + 1)), "utf8")) octets.push(byte);
      i += 1 + String.fromCodePoint(label.codePointAt(i + 1)).length;
    } else {
      i++;
    }
  }
  return Buffer.from(octets);
}
var SPECIAL = /* @__PURE__ */ new Set([34, 40, 41, 46, 59, 92, 64, 36]);
function presentLabel(octets) {
  let text = "";
  for (const byte of octets) {
    if (byte >= 65 && byte <= 90) text += String.fromCharCode(byte + 32);
    else if (SPECIAL.has(byte)) text += `\\${String.fromCharCode(byte)}`;
    else if (byte > 32 && byte < 127) text += String.fromCharCode(byte);
    else text += `\\${String(byte).padStart(3, "0")}`;
  }
  return text;
}
function escapedNameProblem(name) {
  let wire = 1;
  for (const label of nameLabels(name)) {
    const octets = labelOctets(label).length;
    if (octets === 0) return `empty label in "${name}"`;
    if (octets > 63) return `label longer than 63 octets in "${name}"`;
    wire += octets + 1;
  }
  if (wire > 255) return `name longer than 255 octets: "${name.slice(0, 40)}..."`;
  return null;
}

// src/model/idna-dropped.ts
import { domainToASCII as domainToASCII2 } from "node:url";
function droppedByIdna(name) {
  if (!/[^\x00-\x7f]/.test(name)) return null;
  let index = 0;
  for (const char of name) {
    if (char.charCodeAt(0) > 127 && domainToASCII2(`a${char}a.example`) === "aa.example") return { char, index };
    index += char.length;
  }
  return null;
}

export {
  droppedByIdna,
  canonicalName,
  nameProblem,
  absoluteName,
  isAtOrBelow,
  isAtOrBelowAny,
  parentName,
  nameLabels,
  labelOctets,
  presentLabel
};
