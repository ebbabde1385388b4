// A calendar date written YYYY-MM-DD. `Date.parse("2026-02-30")` is not NaN (it rolls over to 2 March), so a
// date given by a user is checked by building it and reading it back.

/** True when `text` is YYYY-MM-DD and that day exists in the proleptic Gregorian calendar (ISO 8601). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear puts them back.
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
