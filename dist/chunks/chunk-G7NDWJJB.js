import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);

// src/model/show.ts
function codePointName(char) {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}
function visibleCharacter(char) {
  const code = char.codePointAt(0) ?? 0;
  return code > 32 && code < 127 ? char : codePointName(char);
}
var MAX_SHOWN = 200;
function truncateText(text, max = MAX_SHOWN) {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${text.length} characters)`;
}
var ACTING_BEYOND_C0 = "\\u007f-\\u009f\\u2028\\u2029\\p{Cf}";
var TERMINAL_ACTING = new RegExp(`[\\u0000-\\u001f${ACTING_BEYOND_C0}]`, "gu");
var HOLDS_TERMINAL_ACTING = new RegExp(`[\\u0000-\\u001f${ACTING_BEYOND_C0}]`, "u");
function oneLine(text) {
  return text.replace(TERMINAL_ACTING, codePointName).replace(LOG_COMMAND, "$1U+005B");
}
var LOG_COMMAND = /(##(?:vso)?)\[/giu;
var UNSAFE_AFTER_JSON = new RegExp(`[${ACTING_BEYOND_C0}]`, "gu");
function escapeUnsafeInJson(json) {
  return escapeActingInJson(json).replace(LOG_COMMAND, "$1\\u005b");
}
function escapeActingInJson(json) {
  const escape = (c) => c.split("").map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
  return json.replace(UNSAFE_AFTER_JSON, escape);
}
function reportJson(value) {
  return escapeUnsafeInJson(JSON.stringify(value, null, 2));
}
function messageLines(text) {
  return text.split("\n").map((line) => oneLine(line)).reduce((out, line) => /^\s*::/u.test(line) ? `${out}U+000A${line}` : `${out}
${line}`);
}
function showValue(value, max = MAX_SHOWN) {
  if (typeof value === "string") return truncateText(oneLine(value), max);
  if (value === void 0) return "nothing";
  if (typeof value === "number" || typeof value === "boolean" || value === null || typeof value === "bigint") return String(value);
  let json;
  try {
    json = JSON.stringify(value);
  } catch {
    json = void 0;
  }
  return truncateText(oneLine(json ?? (Array.isArray(value) ? "a list" : "a mapping")), max);
}
function errorText(error, max = MAX_SHOWN) {
  if (error instanceof Error) return truncateText(oneLine(error.message || error.name), max);
  if (typeof error === "object" && error !== null && typeof error.message === "string") {
    return truncateText(oneLine(error.message), max);
  }
  return showValue(error, max);
}

export {
  codePointName,
  visibleCharacter,
  MAX_SHOWN,
  truncateText,
  TERMINAL_ACTING,
  HOLDS_TERMINAL_ACTING,
  oneLine,
  LOG_COMMAND,
  escapeUnsafeInJson,
  escapeActingInJson,
  reportJson,
  messageLines,
  showValue,
  errorText
};
