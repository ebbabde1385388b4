// Colour is decided per output stream: a report on stdout is coloured only when stdout is a terminal, so
// `maildns lint > report.txt` or `| less` gets plain text even when stderr is still the terminal. The
// variables follow Node's own reading (tty.WriteStream#getColorDepth): FORCE_COLOR set to "", 1, 2, 3 or
// "true" forces colour and wins over NO_COLOR; any other FORCE_COLOR value ("0", "false") turns it off;
// NO_COLOR set and not empty turns it off (no-color.org); TERM=dumb has none.

export type Env = Readonly<Record<string, string | undefined>>;

export function colorAllowed(env: Env, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return ["", "1", "2", "3", "true"].includes(force);
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return isTTY;
}
