import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);

// src/model/redact.ts
var MIN_SECRET_LENGTH = 4;
var MIN_BASE64_CORE = 8;
function base64Cores(bytes) {
  const cores = [];
  for (let shift = 0; shift < 3; shift++) {
    const text = Buffer.concat([Buffer.alloc(shift), bytes]).toString("base64");
    const core = text.slice(Math.ceil(shift * 8 / 6), Math.floor((shift + bytes.length) * 8 / 6));
    if (core.length >= MIN_BASE64_CORE) cores.push(core, core.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return cores;
}
function credentialForms(secret, minLength = MIN_SECRET_LENGTH) {
  if (secret.length < minLength) return [];
  const bytes = Buffer.from(secret, "utf8");
  const base64 = bytes.toString("base64");
  const forms = /* @__PURE__ */ new Set([
    secret,
    base64,
    base64.replace(/=+$/, ""),
    bytes.toString("base64url"),
    ...base64Cores(bytes),
    bytes.toString("hex"),
    encodeURIComponent(secret),
    [...secret].reverse().join(""),
    // Inside a JSON string or a zone file's quoted text, a quote or a backslash comes escaped.
    JSON.stringify(secret).slice(1, -1)
  ]);
  return [...forms].filter((f) => f.length >= minLength);
}
function escapeChar(ch) {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}
function formPattern(forms) {
  if (forms.length === 0) return null;
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map((f) => [...f].map(escapeChar).join("\\s*")).join("|"), "gi");
}
var CredentialScrubber = class {
  #pattern;
  /** `minLength`: a caller whose secret is the user's own (a mailbox password) removes it however short. */
  constructor(secrets, options = {}) {
    const forms = secrets.filter((s) => typeof s === "string").flatMap((s) => credentialForms(s, options.minLength));
    this.#pattern = formPattern(forms);
  }
  /** The text with every form of every credential replaced by `***`. */
  scrub(text) {
    return this.#pattern ? text.replace(this.#pattern, "***") : text;
  }
  contains(text) {
    if (!this.#pattern) return false;
    this.#pattern.lastIndex = 0;
    const found = this.#pattern.test(text);
    this.#pattern.lastIndex = 0;
    return found;
  }
  toJSON() {
    return "[CredentialScrubber]";
  }
};

export {
  CredentialScrubber
};
