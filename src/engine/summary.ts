import type { Finding } from "./types.js";

export function summarize(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.level === "error") errors++;
    else if (f.level === "warn") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
