// How many DNS questions checking one domain may cause, in `audit` and in `plan` alike. A domain's records
// decide how far the checks fan out (every MX host's addresses, each include of an SPF tree, every DMARC
// report domain, each DKIM alias): a hostile zone with thousands of MX hosts once made one domain ask 906
// questions. Past the budget a lookup is not asked and fails with reason "budget" (a check not made, never a
// record missing), and the domain gets lint-dns-budget.
import { canonicalName } from "../dns/names.js";
import type { ObservedRRset, RecordSource, RRType } from "../dns/types.js";
import type { RuleSetting } from "../engine/policy.js";
import { fileFinding, type EngineOptions } from "../engine/lint.js";
import type { Finding } from "../engine/types.js";
import type { Position } from "../config/source.js";

/**
 * Distinct questions (name and type) one domain may cause: its own records (about 55 with the 25 probed DKIM
 * selectors, SRV and CNAME names), the SPF walk (at most 50 counted terms, two questions for a/exists), and
 * the MX, SRV, DKIM and DMARC report targets. A real domain stays well under it.
 */
export const DOMAIN_QUESTION_BUDGET = 500;

export interface QuestionBudget {
  /** A source whose questions count against this budget (distinct name/type pairs). */
  wrap(source: RecordSource): RecordSource;
  /** Distinct questions allowed. */
  readonly limit: number;
  /** Questions not asked because the budget was spent. */
  refused(): number;
}

export function questionBudget(limit = DOMAIN_QUESTION_BUDGET): QuestionBudget {
  const asked = new Set<string>();
  const refusedKeys = new Set<string>();
  return {
    limit,
    refused: () => refusedKeys.size,
    wrap(source: RecordSource): RecordSource {
      return {
        lookup(rawName: string, type: RRType): Promise<ObservedRRset> {
          const name = canonicalName(rawName);
          const key = `${name}\u0000${type}`;
          if (!asked.has(key)) {
            if (asked.size >= limit) {
              refusedKeys.add(key);
              const detail = `not asked: checking this domain already took the budget of ${limit} DNS questions`;
              return Promise.resolve({ name, type, status: "failed", ttl: null, values: [], failure: { reason: "budget", detail } });
            }
            asked.add(key);
          }
          return source.lookup(name, type);
        },
      };
    },
  };
}

/** One domain's check: its budget, and what it reads through, every question counted against that budget. */
export interface DomainQuestions {
  budget: QuestionBudget;
  /** What the live rules (and plan's gates) ask: the domain's view of the run's answers, counted. */
  rules: RecordSource;
  /** Where the domain's own records are observed, counted: `rules` itself when `source` is the run's rules source. */
  observed(source: RecordSource): RecordSource;
}

/**
 * A budget of `limit` questions (DOMAIN_QUESTION_BUDGET by default) for one domain whose rules read
 * `domainAnswers` (sharedAnswers' forDomain). When its records are read from the run's rules source itself
 * (no --authoritative), the observation goes through the domain's view too, so a record the observation
 * read is not asked again by a rule.
 */
export function domainQuestions(limit: number | undefined, domainAnswers: RecordSource, runRules: RecordSource): DomainQuestions {
  const budget = questionBudget(limit ?? DOMAIN_QUESTION_BUDGET);
  const rules = budget.wrap(domainAnswers);
  return { budget, rules, observed: (source) => (source === runRules ? rules : budget.wrap(source)) };
}

/**
 * lint-dns-budget on the domain when its check hit the budget (null when it did not, or the rule is off):
 * how many questions were not asked. `where` is the file and position findings on the domain point at
 * (audit: none).
 */
export function budgetSpentFinding(
  engine: Pick<EngineOptions, "rules">,
  budget: QuestionBudget,
  domain: string,
  setting: RuleSetting | undefined,
  where: { file: string; position?: Position },
): Finding | null {
  if (budget.refused() === 0) return null;
  const data = { domain, budget: budget.limit, refused: budget.refused() };
  return fileFinding(engine, "lint-dns-budget", "spent", data, setting, { domain, name: domain, ...where });
}
