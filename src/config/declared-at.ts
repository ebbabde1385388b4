// Where a domain is declared, for reports about its live records (audit), which have no file of their own:
// code scanning needs a file and a line for every result (src/formatters/sarif.ts). Two kinds of
// declaration: a domain file's top-level `domain:` key, and a line of a --domains-file.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { toALabel } from "./domain.js";

export interface DeclaredAt {
  file: string;
  line: number;
  column?: number;
  endColumn?: number;
}

/** The line and columns of the value of a domain file's top-level `domain:` key; line 1 when it has none. */
export function domainKeyLine(text: string): { line: number; column?: number; endColumn?: number } {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length && i < 10_000; i++) {
    const match = /^(domain\s*:\s*)(["']?)([^\s"'#]+)/.exec(lines[i]!);
    if (match) {
      const column = match[1]!.length + match[2]!.length + 1;
      return { line: i + 1, column, endColumn: column + match[3]!.length };
    }
  }
  return { line: 1 };
}

/** Each domain of a --domains-file (one per line, `#` comments) at its line and columns, as A-labels. */
export function domainsFileLines(text: string, file: string): Map<string, DeclaredAt> {
  const sites = new Map<string, DeclaredAt>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const content = raw.replace(/#.*$/, "");
    const name = content.trim();
    if (name === "") return;
    const domain = toALabel(name);
    if (domain === null || sites.has(domain)) return;
    const column = content.indexOf(name) + 1;
    sites.set(domain, { file, line: i + 1, column, endColumn: column + name.length });
  });
  return sites;
}

/**
 * Where the domains of these models are declared: their domain file's `domain:` line. `file` is as the
 * model has it (relative to `cwd`); `display` turns it into the name reports use.
 */
export function domainFileSites(models: readonly { domain: string; file: string | null }[], cwd: string, display: (file: string) => string = (f) => f): Map<string, DeclaredAt> {
  const sites = new Map<string, DeclaredAt>();
  for (const model of models) {
    if (!model.file || sites.has(model.domain)) continue;
    let text = "";
    try {
      text = readFileSync(resolve(cwd, model.file), "utf8");
    } catch {
      // Linted a moment ago; if it is gone now, the file's first line still names it.
    }
    sites.set(model.domain, { file: display(model.file), ...domainKeyLine(text) });
  }
  return sites;
}
