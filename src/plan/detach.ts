// Strings that outlive their domain, copied out of the file they were parsed from. V8 keeps a substring
// as a slice of its parent (a YAML scalar is a slice of the whole file's text, a record's term a slice of
// the scalar): one finding's `data.term` kept for the run would keep its whole file alive. `plan` holds the
// findings, changes and failures of every domain until the end; they are detached when a domain is done.
import type { Finding } from "../engine/types.js";
import { ownString } from "../mail/parse-once.js";
import type { LookupFailure } from "./observe.js";
import type { Change } from "./plan.js";
import type { Gate } from "./safety.js";

/** A copy of `text` that shares no storage with the file it was parsed from (see ownString). */
export const detachString = ownString;

function detachData(data: Finding["data"]): Finding["data"] {
  let copy: Record<string, string | number> | null = null;
  for (const key in data) {
    const value = data[key]!;
    if (typeof value !== "string") continue;
    copy ??= { ...data };
    copy[key] = detachString(value);
  }
  return copy ?? data;
}

export function detachFinding(f: Finding): Finding {
  return {
    ruleId: f.ruleId,
    level: f.level,
    message: detachString(f.message),
    domain: detachString(f.domain),
    file: f.file === null ? null : detachString(f.file),
    name: f.name === null ? null : detachString(f.name),
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    messageId: f.messageId,
    data: detachData(f.data),
  };
}

export function detachChange(c: Change): Change {
  return { ...c, domain: detachString(c.domain), name: detachString(c.name), before: c.before.map(detachString), after: c.after.map(detachString) };
}

export function detachGate(g: Gate): Gate {
  return { ...g, domain: detachString(g.domain), name: detachString(g.name), reason: g.reason === null ? null : detachString(g.reason) };
}

export function detachFailure(f: LookupFailure): LookupFailure {
  return { ...f, domain: detachString(f.domain), name: detachString(f.name), detail: detachString(f.detail) };
}
