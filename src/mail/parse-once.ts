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
