// The order of names in what `reports` writes: code point order, the same on every machine and in every
// locale (localeCompare's order would move with the user's locale, and the evidence file must not), and the
// order the store's statements give with COLLATE "C".

/** Compares two strings by their UTF-16 code units: a sort function for code point order. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
