// Domain globs of policy-pack overrides (`*.example.net`, `legacy-*`, `mx?.example.com`): `*` any run of
// characters (dots included), `?` one character, case-insensitive. Matched by hand in linear passes, not
// through a regular expression: a glob turned into one backtracks (`*a*a*a…*!` took 16 s at 27 characters),
// and so does picomatch's compiled form (ten stars against 60 characters did not finish in two minutes).

/** Longest glob a pack may hold: longer than any domain name (253) with room for stars. */
export const MAX_GLOB_LENGTH = 512;

/**
 * Whether `text` matches `glob`. Greedy with one backtrack point (the last star): O(glob × text) in the
 * worst case, which the length caps keep small.
 */
export function globMatches(glob: string, text: string): boolean {
  const g = glob.toLowerCase();
  const t = text.toLowerCase();
  let gi = 0;
  let ti = 0;
  let star = -1;
  let resume = 0;
  while (ti < t.length) {
    if (gi < g.length && (g[gi] === "?" || (g[gi] !== "*" && g[gi] === t[ti]))) {
      gi++;
      ti++;
    } else if (gi < g.length && g[gi] === "*") {
      star = gi++;
      resume = ti;
    } else if (star >= 0) {
      gi = star + 1;
      ti = ++resume;
    } else {
      return false;
    }
  }
  while (gi < g.length && g[gi] === "*") gi++;
  return gi === g.length;
}
