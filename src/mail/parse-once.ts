import type { RecordText } from "../model/types.js";

/**
 * A parser of record texts that parses each RecordText object once: many rules read the same record of
 * one model (the model is immutable), and the cache goes away with the model.
 */
export function parseOnce<T>(parse: (text: string) => T): (text: RecordText) => T {
  const parsed = new WeakMap<RecordText, T>();
  return (text) => {
    let result = parsed.get(text);
    if (result === undefined) {
      result = parse(text.value);
      parsed.set(text, result);
    }
    return result;
  };
}

/**
 * A pure function of a string, computed once per distinct string and shared by every caller: for texts
 * that recur across domains (OVH's MX hosts, `v=spf1 include:mx.ovh.com ~all`). Results are deep-frozen,
 * since callers share them; at most `size` are kept, and the cache starts over when full, so hostile input
 * cannot grow it without limit.
 */
export function memoizeText<T>(compute: (text: string) => T, size = 4096): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let result = cache.get(text);
    if (result === undefined) {
      // Kept for the run: computed on a copy of the text, so neither the key nor the result's substrings
      // keep the file the text was parsed from alive (ownString).
      const own = ownString(text);
      result = deepFreeze(compute(own));
      if (cache.size >= size) cache.clear();
      cache.set(own, result);
    }
    return result;
  };
}

/**
 * A copy of `text` that shares no storage with the string it was cut from. V8 keeps a substring as a slice
 * of its parent: a YAML scalar is a slice of the whole file's text, so one kept scalar keeps the whole
 * file. Concatenation makes a string V8 flattens into fresh storage when it is sliced; the slice then
 * points at that storage (one character longer), never at the original parent.
 */
export function ownString(text: string): string {
  return ` ${text}`.slice(1);
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
