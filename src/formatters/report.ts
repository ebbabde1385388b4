import type { Finding, Rule } from "../engine/types.js";

export interface LintSummary {
  files: number;
  domains: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** What every findings formatter receives: a pure function of this gives the output (as Spectral's formatters are). */
export interface FindingsReport {
  findings: readonly Finding[];
  summary: LintSummary;
  /** Rules described in SARIF (all rules of the run, so code scanning knows each id). */
  rules: readonly Rule[];
  toolVersion: string;
  /**
   * Findings already left out of `findings` before the report was made (a streamed lint keeps only what the
   * caps let it print, src/formatters/stream.ts): counted with those the report's own caps leave out.
   */
  omitted?: number;
}

export const FORMATS = ["text", "json", "sarif", "github", "markdown"] as const;
export type Format = (typeof FORMATS)[number];

export function where(f: Finding): string {
  return f.file ? `${f.file}:${f.line}:${f.column}` : f.name ?? f.domain;
}
