// `maildns explain "<error text>"`: what a mail client's error means, what to do, and which doctor check confirms it.
import { EXPLANATIONS, explainError, relevantMatches, type Explanation } from "../../doctor/explain.js";
import { defang } from "../../doctor/terminal-safe.js";
import { reportJson } from "../../model/show.js";
import { oneOf, parse } from "../args.js";
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Command } from "../command.js";

const OPTIONS = {
  format: { type: "string", short: "f" },
  help: { type: "boolean", short: "h" },
} as const;

const USAGE = `Usage: maildns explain "<error text>" [--format text|json]

Explains an error shown by a mail client or returned by a server (e.g. "535 5.7.8 Authentication
failed", "Connection timed out", "550 5.7.23 ... SPF", "certificate has expired", "552 Mailbox full"):
the probable cause, the fix, and the \`maildns doctor\` check that confirms it. English and French
wordings are recognised.

Options:
  -f, --format FORMAT  text (default) or json
  -h, --help           show this help

Exit codes: 0 explained, 1 not recognised (the known errors are listed), 2 usage error.`;

/** The pasted text as echoed back: one line, no character that drives the terminal, at most 200 characters. */
function printable(text: string): string {
  const clean = defang(text.slice(0, 1000).replace(/[\x00-\x1f\x7f]+/g, " ")).trim();
  return clean.length > 200 ? `${clean.slice(0, 197)}...` : clean;
}

function explanationJson(explanation: Explanation) {
  return { id: explanation.id, title: explanation.title, cause: explanation.cause, fix: explanation.fix, confirm: explanation.confirm };
}

function explanationText(explanation: Explanation): string[] {
  const lines = [`${explanation.title} [${explanation.id}]`, `  Probable cause: ${explanation.cause}`, `  Fix: ${explanation.fix}`];
  if (explanation.confirm.ruleIds.length) {
    lines.push(`  Confirm with: ${explanation.confirm.command}`);
    lines.push(`    (check ${explanation.confirm.checks.join(", ")}; finding ${explanation.confirm.ruleIds.join(" or ")})`);
  } else {
    lines.push(`  Confirm: ${explanation.confirm.command}`);
  }
  return lines;
}

export const explainCommand: Command = {
  name: "explain",
  summary: "explain a mail client's error message: cause, fix, and the doctor check that confirms it",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parse(argv, OPTIONS, "explain");
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return EXIT_OK;
    }
    const format = oneOf(values.format, ["text", "json"] as const, "--format", "text");
    // Unquoted text arrives as several words; they are one message.
    const text = positionals.join(" ");
    if (text.trim() === "") throw new UsageError('give the error text, e.g. maildns explain "535 5.7.8 Authentication failed"');
    const matches = relevantMatches(explainError(text));

    if (format === "json") {
      io.stdout(
        `${reportJson({
          version: 1,
          input: printable(text),
          matches: matches.map((m) => explanationJson(m.explanation)),
          ...(matches.length === 0 ? { known: EXPLANATIONS.map((e) => ({ id: e.id, title: e.title, example: e.example })) } : {}),
        })}\n`,
      );
      return matches.length ? EXIT_OK : EXIT_FINDINGS;
    }

    if (matches.length === 0) {
      const known = EXPLANATIONS.map((e) => `  ${e.title.padEnd(44)} e.g. "${e.example}"`);
      io.stdout(
        [
          `Not recognised: "${printable(text)}"`,
          "",
          "maildns explain knows these errors (paste the server's reply code and text if the client shows one):",
          ...known,
          "",
          "Whatever the error, `maildns doctor <your domain>` runs the whole checklist: DNS, ports, TLS, SMTP and IMAP.",
          "",
        ].join("\n"),
      );
      return EXIT_FINDINGS;
    }
    const [best, ...others] = matches;
    const out = explanationText(best!.explanation);
    if (others.length) out.push("", "Also possible:");
    for (const other of others) out.push(...explanationText(other.explanation).map((line) => `  ${line}`));
    io.stdout(`${out.join("\n")}\n`);
    return EXIT_OK;
  },
};
