// What each `command` input runs in the library, brought to one shape the Action publishes.
import type { Finding } from "../engine/types.js";
import { lintPaths } from "../engine/run.js";
import type { LintSummary } from "../formatters/report.js";
import type { DomainModel } from "../model/types.js";
import { InputError, type ActionInputs } from "./inputs.js";

export interface CommandOutcome {
  findings: Finding[];
  summary: LintSummary;
  /** The desired domains (for the SPF budget's "after"). */
  domains: DomainModel[];
  /** Pending plan changes; null when the command makes no plan. */
  changes: number | null;
  planMarkdown: string | null;
  planJson: unknown;
  /** SPF text published now per domain (null: none), when the command observed live state. */
  published: ReadonlyMap<string, string | null> | null;
  /** Why the command failed besides findings (a plan with unknown RRsets), or null. */
  failure: string | null;
}

async function lint(inputs: ActionInputs): Promise<CommandOutcome> {
  const result = await lintPaths(inputs.paths, {
    cwd: inputs.cwd,
    ...(inputs.policy ? { policy: inputs.policy } : {}),
    ...(inputs.today ? { today: inputs.today } : {}),
  });
  return {
    findings: result.findings,
    summary: { files: result.files, domains: result.domains.length, errors: result.errors, warnings: result.warnings, infos: result.infos },
    domains: result.domains,
    changes: null,
    planMarkdown: null,
    planJson: null,
    published: null,
    failure: null,
  };
}

export async function commandOutcome(inputs: ActionInputs): Promise<CommandOutcome> {
  switch (inputs.command) {
    case "lint":
      return lint(inputs);
    case "plan":
    case "audit":
      throw new InputError(`command '${inputs.command}' is not available in this version of the Action; use command: lint`);
  }
}
