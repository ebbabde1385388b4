// One pull-request comment per marker, found again by its hidden marker and edited in place, so a PR that is
// pushed ten times has one report, not ten; two steps (two stacks) with two `comment-marker`s keep two.
// GitHub REST through the toolkit's Octokit (@actions/github): "List issue comments", "Create an issue
// comment", "Update an issue comment" (pull requests are issues for comments), with Octokit's retry plugin
// (server errors) and throttling plugin (primary and secondary rate limits, honouring `retry-after`), both
// bounded so a step never waits long on GitHub.
import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { CredentialScrubber } from "../model/redact.js";
import { cutMarkdown } from "./summary.js";

/** GitHub refuses comment bodies longer than this many characters. */
export const MAX_COMMENT_CHARS = 65_536;
const PER_PAGE = 100;
/** Past this many pages (10,000 comments) we stop looking and post a new comment. */
const MAX_PAGES = 100;
/** One API call, its retries and their waits included, ends by then. */
const CALL_DEADLINE_MS = 30_000;
/** A rate limit asking us to wait longer than this is not waited for: the comment is skipped with a warning. */
const MAX_RETRY_AFTER_S = 20;
const MAX_RETRIES = 2;
/** Waits between attempts are counted in seconds, as GitHub's `retry-after` is. */
const RETRY_UNIT_MS = 1000;

/**
 * MAILDNS_GITHUB_RETRY_UNIT_MS: how many milliseconds one second of a wait between attempts lasts, for the
 * Action's own tests, which prove that `retry-after` and the server-error backoff are honoured without
 * waiting seconds for each. Only a shorter wait is taken (a whole number from 1 to 1000), so the variable
 * can never make a step wait longer than GitHub asks; anything else is ignored (undefined: seconds).
 */
export function retryUnitMs(value: string | undefined): number | undefined {
  if (value === undefined || !/^[0-9]{1,4}$/.test(value)) return undefined;
  const unit = Number(value);
  return unit >= 1 && unit <= RETRY_UNIT_MS ? unit : undefined;
}

/** `<!-- name -->`: the hidden first line that finds the comment again. */
export function commentMarker(name: string): string {
  return `<!-- ${name} -->`;
}

export interface PullRequestTarget {
  owner: string;
  repo: string;
  number: number;
}

/** The pull request the workflow runs for, from the event payload; null for other events. */
export function pullRequestTarget(payload: unknown, repository: string | undefined): PullRequestTarget | null {
  if (typeof payload !== "object" || payload === null) return null;
  const event = payload as { pull_request?: { number?: unknown }; number?: unknown; repository?: { full_name?: unknown } };
  const number = event.pull_request?.number ?? (event.pull_request ? event.number : undefined);
  if (typeof number !== "number" || !Number.isInteger(number) || number <= 0) return null;
  const fullName = typeof event.repository?.full_name === "string" ? event.repository.full_name : repository ?? "";
  const [owner, repo, ...rest] = fullName.split("/");
  if (!owner || !repo || rest.length) return null;
  return { owner, repo, number };
}

/** The comment body: the marker first (it is what finds the comment again), cut to GitHub's limit. */
export function commentBody(markdown: string, marker: string): string {
  // Cut on a whole line (a table row, a code span or an emoji is never cut in half), counted in UTF-16 code
  // units as GitHub counts the body's characters.
  return cutMarkdown(`${marker}\n${markdown}`, MAX_COMMENT_CHARS, (s) => s.length, () => "\n… (cut to fit a comment: the job summary and the report have everything)\n");
}

/** Who wrote a listed comment, as GitHub's "List issue comments" says it. */
interface ListedComment {
  body?: string | null;
  user?: { login?: string; id?: number; type?: string } | null;
}

/** Who the step's token writes as: the login, and the account id when GitHub said it. */
export interface TokenIdentity {
  login: string;
  id?: number;
  type?: string;
}

/**
 * Who a workflow's GITHUB_TOKEN writes as. Such a token (and any app's installation token) may not ask
 * "Get the authenticated user" (GitHub answers 403 "Resource not accessible by integration"): it is then
 * taken to be this one. An app's own token writes as `<app>[bot]`, which is not this: without the input
 * `comment-author` naming it, its comment is not found again, and each run makes a new one (a reviewer
 * sees a comment too many, never someone else's).
 */
export const WORKFLOW_TOKEN_IDENTITY: TokenIdentity = { login: "github-actions[bot]", type: "Bot" };

/**
 * Whether a comment bearing the marker is the step's own, to edit. The marker is text anyone can write: a
 * pull request's author, a maintainer, or any app installed on the repository (another bot) could post it
 * first, and an edit the step made to that comment would stay theirs to rewrite (a forged "passed"), or
 * their text would pass for the report. So only a comment written by the identity the step's token writes
 * as is edited: the same login (and the same account id, when known: a login can be renamed and taken
 * again, an id cannot), and for the workflow's token, a bot.
 */
export function mayBeOurs(comment: ListedComment, marker: string, us: TokenIdentity): boolean {
  if (typeof comment.body !== "string" || !comment.body.startsWith(marker)) return false;
  const author = comment.user;
  if (!author || typeof author.login !== "string" || author.login !== us.login) return false;
  if (us.id !== undefined && author.id !== us.id) return false;
  return us.type === undefined || author.type === us.type;
}

export type UpsertResult =
  | { outcome: "created" | "updated"; id: number }
  | { outcome: "failed"; reason: string };

export interface UpsertOptions {
  token: string;
  target: PullRequestTarget;
  /** The hidden marker line (commentMarker()); the body must start with it. */
  marker: string;
  body: string;
  /** Defaults to the toolkit's: GITHUB_API_URL, else api.github.com. */
  apiUrl?: string;
  deadlineMs?: number;
  /** Waits between attempts are counted in this unit (GitHub's `retry-after` is in seconds; tests shorten it). */
  retryAfterUnitMs?: number;
  /** Called when a rate limit or a server error makes us wait and try again. */
  onRetry?: (what: string) => void;
  /**
   * Who the token writes as when GitHub will not say (input `comment-author`: an app's `<app-slug>[bot]`);
   * without it, or when it is not a bot's login, WORKFLOW_TOKEN_IDENTITY. What GitHub says, when it does,
   * is taken over this.
   */
  authorWhenUnknown?: string;
}

interface RequestError {
  status?: number;
  message?: string;
  name?: string;
}

/** Creates the marked comment, or updates it when an earlier run left one. Never throws. */
export async function upsertComment(options: UpsertOptions): Promise<UpsertResult> {
  const { owner, repo, number } = options.target;
  const waitFor = (kind: string) => (retryAfter: number, request: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    if (retryCount >= MAX_RETRIES || retryAfter > MAX_RETRY_AFTER_S) return false;
    options.onRetry?.(`${kind} on ${request.method ?? ""} ${request.url ?? ""}: retrying in ${retryAfter} s`);
    return true;
  };
  const octokit = getOctokit(
    options.token,
    {
      ...(options.apiUrl ? { baseUrl: options.apiUrl } : {}),
      userAgent: "maildns-action",
      retry: { retries: MAX_RETRIES, ...(options.retryAfterUnitMs !== undefined ? { retryAfterBaseValue: options.retryAfterUnitMs } : {}) },
      throttle: {
        onRateLimit: waitFor("rate limit"),
        onSecondaryRateLimit: waitFor("secondary rate limit"),
        ...(options.retryAfterUnitMs !== undefined ? { retryAfterBaseValue: options.retryAfterUnitMs } : {}),
      },
    },
    retry,
    throttling,
  );
  // A deadline per call, retries included (Octokit merges `request` with the toolkit's, proxy support kept).
  const deadline = () => ({ request: { signal: AbortSignal.timeout(options.deadlineMs ?? CALL_DEADLINE_MS) } });

  // Who the token writes as, asked once, and only when a marked comment is met (most runs after the first).
  let us: TokenIdentity | null = null;
  const identity = async (): Promise<TokenIdentity> => {
    if (us) return us;
    try {
      const { data } = await octokit.rest.users.getAuthenticated({ ...deadline() });
      us = { login: data.login, id: data.id, type: data.type };
    } catch (error) {
      // A workflow's or an app's token may not read it (403; 404 where the API hides it): see WORKFLOW_TOKEN_IDENTITY.
      const status = (error as RequestError).status;
      if (status !== 403 && status !== 404) throw error;
      // The workflow's own input names an app's bot: its comments are found again, and still only its own
      // (a bot's login ends in [bot], which no person's can). Only a bot's: a token that cannot say who it
      // is writes as one, and a person's login here would make a person's marked comment pass for ours.
      const named = options.authorWhenUnknown;
      us = named !== undefined && named.endsWith("[bot]") ? { login: named, type: "Bot" } : WORKFLOW_TOKEN_IDENTITY;
    }
    return us;
  };

  try {
    let existing: number | null = null;
    for (let page = 1; page <= MAX_PAGES && existing === null; page++) {
      const { data: comments } = await octokit.rest.issues.listComments({ owner, repo, issue_number: number, per_page: PER_PAGE, page, ...deadline() });
      if (!Array.isArray(comments)) throw new Error("listing the pull request's comments: unexpected answer");
      for (const comment of comments) {
        if (typeof comment.body === "string" && comment.body.startsWith(options.marker) && mayBeOurs(comment, options.marker, await identity())) {
          existing = comment.id;
          break;
        }
      }
      if (comments.length < PER_PAGE) break;
    }
    if (existing !== null) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing, body: options.body, ...deadline() });
      return { outcome: "updated", id: existing };
    }
    const { data: created } = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: options.body, ...deadline() });
    return { outcome: "created", id: created.id };
  } catch (error) {
    // Whatever went wrong, the token stays out of the log: GitHub's (or a proxy's) message may repeat it in
    // any encoding, which the runner's masking of the plain value does not catch.
    return { outcome: "failed", reason: new CredentialScrubber([options.token]).scrub(describe(error as RequestError)) };
  }
}

function describe(error: RequestError): string {
  const cause = (error as { cause?: unknown }).cause;
  const aborted = (e: unknown) => e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError");
  if (aborted(error) || aborted(cause) || /operation was aborted/i.test(error.message ?? "")) return "GitHub did not answer in time";
  if (typeof error.status === "number" && error.status >= 400) {
    const hint =
      error.status === 403 || error.status === 404
        ? " (the token needs `permissions: pull-requests: write`; pull requests from forks get a read-only token)"
        : error.status === 401
          ? " (the github-token input is not a valid token)"
          : error.status === 429
            ? " (rate limited)"
            : "";
    return `GitHub answered ${error.status}: ${(error.message ?? "").split(" - ")[0]}${hint}`;
  }
  const detail = cause instanceof Error ? `: ${cause.message}` : "";
  return `${error.message ?? String(error)}${detail}`;
}
