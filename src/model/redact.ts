// Credentials must never reach output in any encoding. An API (or anything posing as one) may echo what we
// sent transformed: upper-cased, spaced out, base64- or hex-encoded, percent-encoded. Anything a server
// says is scrubbed of every such form of every credential before it can be printed. Pure; shared by the
// OVH client, the Action's PR comment and `reports fetch` (the mailbox password).

/** Shorter credentials (and forms) are not looked for by default: they would match ordinary words. */
const MIN_SECRET_LENGTH = 4;

/** A fragment of base64 shorter than this is not looked for: it would match ordinary text. */
const MIN_BASE64_CORE = 8;

/**
 * The base64 characters that encode `bytes` whatever bytes come before and after them, for each of the three
 * offsets (modulo 3 bytes) the credential may start at inside a longer encoded text (RFC 4648 §4: each
 * character is 6 bits, each group 3 bytes). The credential encoded alone is one offset in three, and even
 * then its last character depends on the byte after it: a JSON blob or a header holding the credential,
 * base64-encoded whole (a TXT record, an API's echo), went through every other form unrecognised.
 */
function base64Cores(bytes: Buffer): string[] {
  const cores: string[] = [];
  for (let shift = 0; shift < 3; shift++) {
    const text = Buffer.concat([Buffer.alloc(shift), bytes]).toString("base64");
    // Character i holds bits [6i, 6i + 6): kept when they all come from the credential.
    const core = text.slice(Math.ceil((shift * 8) / 6), Math.floor(((shift + bytes.length) * 8) / 6));
    if (core.length >= MIN_BASE64_CORE) cores.push(core, core.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return cores;
}

/** The forms a credential may come back in (case and white space are handled by the matcher). */
export function credentialForms(secret: string, minLength = MIN_SECRET_LENGTH): string[] {
  if (secret.length < minLength) return [];
  const bytes = Buffer.from(secret, "utf8");
  const base64 = bytes.toString("base64");
  const forms = new Set([
    secret,
    base64,
    base64.replace(/=+$/, ""),
    bytes.toString("base64url"),
    ...base64Cores(bytes),
    bytes.toString("hex"),
    encodeURIComponent(secret),
    [...secret].reverse().join(""),
    // Inside a JSON string or a zone file's quoted text, a quote or a backslash comes escaped.
    JSON.stringify(secret).slice(1, -1),
  ]);
  return [...forms].filter((f) => f.length >= minLength);
}

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

/** A matcher for the forms, case-insensitive, allowing white space between any two characters. */
function formPattern(forms: readonly string[]): RegExp | null {
  if (forms.length === 0) return null;
  // Longest first, so a base64 form is not cut by a shorter raw form inside it.
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map((f) => [...f].map(escapeChar).join("\\s*")).join("|"), "gi");
}

export class CredentialScrubber {
  readonly #pattern: RegExp | null;

  /** `minLength`: a caller whose secret is the user's own (a mailbox password) removes it however short. */
  constructor(secrets: readonly (string | undefined | null)[], options: { minLength?: number } = {}) {
    const forms = secrets.filter((s): s is string => typeof s === "string").flatMap((s) => credentialForms(s, options.minLength));
    this.#pattern = formPattern(forms);
  }

  /** The text with every form of every credential replaced by `***`. */
  scrub(text: string): string {
    return this.#pattern ? text.replace(this.#pattern, "***") : text;
  }

  contains(text: string): boolean {
    if (!this.#pattern) return false;
    this.#pattern.lastIndex = 0;
    const found = this.#pattern.test(text);
    this.#pattern.lastIndex = 0;
    return found;
  }

  toJSON(): string {
    return "[CredentialScrubber]";
  }
}
