import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  oneLine
} from "./chunk-G7NDWJJB.js";

// src/model/markdown-text.ts
var ZWSP = "&#8203;";
function singleLine(s) {
  return oneLine(s.replace(/\r\n|[\r\n\u2028\u2029]/g, " "));
}
function markdownText(s) {
  return singleLine(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]~$|]/g, (c) => `\\${c}`).replace(/^([#+=-])/, "\\$1").replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, "$1\\$2").replace(/([@#])(?=[\p{L}\p{N}_-])/gu, `$1${ZWSP}`).replace(/:\/\//g, `:${ZWSP}//`).replace(/\b(www)(?=\.)/gi, `$1${ZWSP}`);
}
function markdownCode(s) {
  const text = singleLine(s).replace(/\|/g, "\\|");
  if (text === "") return "` `";
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(text) && !/^ +$/.test(text) ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

export {
  markdownText,
  markdownCode
};
