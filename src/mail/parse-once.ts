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
      result = deepFreeze(compute(text));
      if (cache.size >= size) cache.clear();
      cache.set(text, result);
    }
    return result;
  };
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
