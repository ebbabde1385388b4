// Text from a domain file, a policy pack, live DNS or an error message, placed in the Markdown of the job
// summary and the pull-request comment (GitHub Flavored Markdown). That text is attacker-controlled (anyone
// can publish a TXT record; a pull request can name a file), so it must render as the characters it holds:
// - no HTML (an `<img>` showing a forged "passed" badge, a `<!-- … -->` hiding findings, a `<details>`),
//   no emphasis, links, images, math (`$…$`), code spans, headings or nested lists opened by the text: `&`,
//   `<` and `>` become entities and the punctuation that opens those is backslash-escaped (CommonMark §2.4:
//   any ASCII punctuation may be escaped);
// - no `@mention` pinging a person or a team, no `#123` reference and no bare URL turned into a link (GFM
//   autolinks, §6.9): a zero-width space (U+200B, as an entity) goes after the `@`, the `#`, the `://` and
//   the `www`, which keeps the text readable and breaks GitHub's matching of them;
// - one line, so it stays in its table cell or list item: line breaks become spaces and other controls
//   (terminal escapes, bidirectional overrides) are shown as U+XXXX.
// A table cell also splits at an unescaped `|` (GFM §4.10: any `|` with a backslash right before it belongs
// to the cell, and that one backslash is removed before the cell's inline parsing).
import { oneLine } from "./show.js";

const ZWSP = "&#8203;";

/** Line breaks as one space, other controls as U+XXXX. */
function singleLine(s: string): string {
  return oneLine(s.replace(/\r\n|[\r\n\u2028\u2029]/g, " "));
}

/** `s` as Markdown text that renders as exactly its characters (one line), in a table cell or a list item. */
export function markdownText(s: string): string {
  return (
    singleLine(s)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      // What opens an inline construct anywhere (emphasis, strikethrough, code, links and images, math), the
      // escape character itself, and the table's cell separator.
      .replace(/[\\`*_[\]~$|]/g, (c) => `\\${c}`)
      // What opens a block at the start of a list item's text: a heading, a nested list, a setext underline.
      .replace(/^([#+=-])/, "\\$1")
      .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, "$1\\$2")
      .replace(/([@#])(?=[\p{L}\p{N}_-])/gu, `$1${ZWSP}`)
      .replace(/:\/\//g, `:${ZWSP}//`)
      .replace(/\b(www)(?=\.)/gi, `$1${ZWSP}`)
  );
}

/**
 * `s` as a Markdown code span (CommonMark §6.1) in a table cell: fenced with one backtick more than the
 * longest run it holds, padded with a space when it starts or ends with a backtick or a space (the padding
 * is stripped again), and its `|` escaped for the table (inside a code span only that escape is undone).
 * Nothing in a code span is HTML, a mention, a reference or a link.
 */
export function markdownCode(s: string): string {
  const text = singleLine(s).replace(/\|/g, "\\|");
  if (text === "") return "` `";
  // A loop, not Math.max(...runs): a value of 300,000 backtick runs would pass the call's argument limit.
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(text) && !/^ +$/.test(text) ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
