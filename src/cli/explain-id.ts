// `maildns explain <finding id>`: an id from a maildns report (a lint rule's, a doctor finding's, or one of
// explain's own) is answered with what it means, never matched as if it were a server's error text: the
// words inside an id ("spf" in spf-permissive-all) would pick an unrelated explanation ("rejected by the
// recipient's SPF check"). Pure: the catalogues are given.
import { closest, distance } from "../config/suggest.js";

export interface IdEntry {
  id: string;
  /** Where the id comes from, as said to the user. */
  kind: "doctor finding" | "lint rule" | "explanation";
  level?: string;
  area?: string;
  description: string;
  fix?: string;
}

/** One token of lowercase words joined by hyphens: the shape of every maildns id, and of no server reply. */
const ID_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;

const MAX_TYPO = 2;
/** Longer than any maildns id with a typo's two letters more. */
const MAX_ID_LENGTH = 80;

export type IdLookup = { found: IdEntry } | { unknown: string; suggestion: string } | null;

/**
 * The entry an id-shaped text names (the first catalogue that holds it, in the order given); an id-shaped
 * text at most two edits from a known id (a typo) as unknown with that id; anything else null (left to the error text
 * matching: "time-out" is close to no id and reads as text).
 */
export function lookUpId(text: string, catalogues: readonly (readonly IdEntry[])[]): IdLookup {
  const word = text.trim().toLowerCase();
  // Ids are short; a longer text (a pasted log of hyphenated words) is never compared with each of them.
  if (word.length > MAX_ID_LENGTH || !ID_SHAPE.test(word)) return null;
  for (const catalogue of catalogues) {
    const found = catalogue.find((entry) => entry.id === word);
    if (found) return { found };
  }
  // A typo is a letter or two off (spf-permisive-all); a word further from every id ("auth-failure") may be
  // a client's wording, which the error text matching reads.
  const suggestion = closest(word, catalogues.flatMap((catalogue) => catalogue.map((entry) => entry.id)));
  return suggestion === null || distance(word, suggestion) > MAX_TYPO ? null : { unknown: word, suggestion };
}
