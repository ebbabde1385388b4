// `maildns explain "<error text>"`: what a mail client's error means, what to do, and which doctor check confirms it.
import { DOCTOR_RULES } from "../../doctor/checks.js";
import { EXPLANATIONS, explainError, relevantMatches, type Explanation, type ExplainMatch } from "../../doctor/explain.js";
import { allRules } from "../../rules/index.js";
import { lookUpId, type IdEntry } from "../explain-id.js";
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
wordings are recognised. A rule or finding id from a maildns report (spf-permissive-all,
imap-login-failed) is explained as such: what it checks, its fix, the client errors it confirms; a
mistyped one is named with the id it is close to (exit 1).

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

/** The ids a maildns report can show, doctor's first (its DNS ids are the lint rules', with a fix added). */
function idCatalogues(): IdEntry[][] {
  return [
    [...DOCTOR_RULES.values()].map((r) => ({ id: r.id, kind: "doctor finding" as const, level: r.level, description: r.description, fix: r.fix })),
    allRules.map((r) => ({ id: r.meta.id, kind: "lint rule" as const, level: r.meta.defaultLevel, area: r.meta.area, description: r.meta.description })),
    EXPLANATIONS.map((e) => ({ id: e.id, kind: "explanation" as const, description: e.title })),
  ];
}

function idText(entry: IdEntry): string[] {
  const about = [entry.kind, entry.area, entry.level && `default level ${entry.level}`].filter(Boolean).join(", ");
  const lines = [`${entry.id} (maildns ${about})`, `  ${entry.description}`];
  if (entry.fix) lines.push(`  Fix: ${entry.fix}`);
  if (entry.kind === "lint rule") lines.push("  maildns rules lists every rule with its level in a policy pack; the README's rule list cites its sources.");
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
    // A finding id pasted from a report: what it means, and the client errors it confirms; a mistyped one
    // is named with the id it is close to, never matched as error text.
    const id = lookUpId(text, idCatalogues());
    if (id !== null && "unknown" in id) {
      const sentence = `Not recognised: "${printable(text)}" is no maildns rule or finding id; did you mean ${id.suggestion}? (maildns rules lists the rules)`;
      if (format === "json") io.stdout(`${reportJson({ version: 1, input: printable(text), matches: [], didYouMean: id.suggestion })}\n`);
      else io.stdout(`${sentence}\n`);
      return EXIT_FINDINGS;
    }
    const matches: ExplainMatch[] =
      id === null
        ? relevantMatches(explainError(text))
        : EXPLANATIONS.filter((e) => e.id === id.found.id || e.confirm.ruleIds.includes(id.found.id)).map((explanation) => ({ explanation, score: 1 }));
    if (id !== null) {
      const entry = id.found;
      if (format === "json") {
        io.stdout(`${reportJson({ version: 1, input: printable(text), id: entry, matches: matches.map((m) => explanationJson(m.explanation)) })}\n`);
        return EXIT_OK;
      }
      const out = entry.kind === "explanation" ? [] : idText(entry);
      if (matches.length && out.length) out.push("", "The mail client errors it confirms:");
      for (const match of matches) out.push(...explanationText(match.explanation).map((line) => (entry.kind === "explanation" ? line : `  ${line}`)));
      io.stdout(`${out.join("\n")}\n`);
      return EXIT_OK;
    }

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
