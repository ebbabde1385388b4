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

/**
 * Copies one domain's strings, each distinct text once: the domain's name, its file and its record names
 * recur in every finding, change and gate of the domain (seven gates a domain), and one copy of each is
 * enough. Use one per domain, and let it go with the domain.
 */
export function detacher(): (text: string) => string {
  const copies = new Map<string, string>();
  return (text) => {
    let copy = copies.get(text);
    if (copy === undefined) copies.set(text, (copy = ownString(text)));
    return copy;
  };
}

function detachData(data: Finding["data"], detach: (text: string) => string): Finding["data"] {
  let copy: Record<string, string | number> | null = null;
  for (const key in data) {
    const value = data[key]!;
    if (typeof value !== "string") continue;
    copy ??= { ...data };
    copy[key] = detach(value);
  }
  return copy ?? data;
}

export function detachFinding(f: Finding, detach: (text: string) => string = detachString): Finding {
  return {
    ruleId: f.ruleId,
    level: f.level,
    message: detachString(f.message),
    domain: detach(f.domain),
    file: f.file === null ? null : detach(f.file),
    name: f.name === null ? null : detach(f.name),
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    messageId: f.messageId,
    data: detachData(f.data, detach),
    // The reports the finding stands for: how many, and (for a failed lookup) which, so none goes uncounted.
    ...(f.count !== undefined ? { count: f.count } : {}),
    ...(f.folded !== undefined ? { folded: f.folded.map((d) => detachData(d, detach)) } : {}),
    ...(f.alsoNeededBy !== undefined ? { alsoNeededBy: f.alsoNeededBy } : {}),
    ...(f.suppression !== undefined ? { suppression: { reason: detachString(f.suppression.reason), until: f.suppression.until, line: f.suppression.line } } : {}),
  };
}

export function detachChange(c: Change, detach: (text: string) => string = detachString): Change {
  return { ...c, domain: detach(c.domain), name: detach(c.name), before: c.before.map(detachString), after: c.after.map(detachString) };
}

export function detachGate(g: Gate, detach: (text: string) => string = detachString): Gate {
  return { ...g, domain: detach(g.domain), name: detach(g.name), reason: g.reason === null ? null : detachString(g.reason) };
}

export function detachFailure(f: LookupFailure, detach: (text: string) => string = detachString): LookupFailure {
  return { ...f, domain: detach(f.domain), name: detach(f.name), detail: detachString(f.detail) };
}
