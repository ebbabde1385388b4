// Text that came from the network (server replies, certificates, block lists' TXT answers) or was pasted by
// the user is printed to a terminal. These characters make a terminal act instead of show: C0 controls
// (ESC starts a sequence that can clear the screen, retitle the window or rewrite earlier lines), DEL, the
// C1 controls (U+009B is a one-character CSI on terminals that honour 8-bit controls), the line and
// paragraph separators, and the bidirectional overrides and isolates that reorder what is shown (Unicode
// Standard Annex #9; the "Trojan Source" attacks).
import { LOG_COMMAND, TERMINAL_ACTING } from "../model/show.js";

/**
 * For text reports: every unsafe character shown as "?", and the `[` of a CI log command that acts wherever
 * it stands in a line (`##[error]`, `##vso[`) as "?" too: a server's banner is printed in a workflow's log.
 */
export function defang(text: string): string {
  return text.replace(TERMINAL_ACTING, "?").replace(LOG_COMMAND, "$1?");
}

