// One pull-request comment per run of the Action, found again by a hidden marker and edited in place, so a
// PR that is pushed ten times has one report, not ten. GitHub REST: "List issue comments", "Create an
// issue comment", "Update an issue comment" (pull requests are issues for comments).
import type { Env } from "./runner.js";

export const COMMENT_MARKER = "<!-- maildns-report -->";
/** GitHub refuses comment bodies longer than this many characters. */
export const MAX_COMMENT_CHARS = 65_536;
const PER_PAGE = 100;
/** Past this many pages (10,000 comments) we stop looking and post a new comment. */
const MAX_PAGES = 100;
const REQUEST_TIMEOUT_MS = 10_000;

export interface PullRequestTarget {
  owner: string;
  repo: string;
  number: number;
}

/** The pull request the workflow runs for, from the event payload; null for other events. */
export function pullRequestTarget(env: Env, payload: unknown): PullRequestTarget | null {
  if (typeof payload !== "object" || payload === null) return null;
  const event = payload as { pull_request?: { number?: unknown }; number?: unknown; repository?: { full_name?: unknown } };
  const number = event.pull_request?.number ?? (event.pull_request ? event.number : undefined);
  if (typeof number !== "number" || !Number.isInteger(number) || number <= 0) return null;
  const fullName = typeof event.repository?.full_name === "string" ? event.repository.full_name : env.GITHUB_REPOSITORY ?? "";
  const [owner, repo, ...rest] = fullName.split("/");
  if (!owner || !repo || rest.length) return null;
  return { owner, repo, number };
}

/** The comment body: the marker first (it is what finds the comment again), cut to GitHub's limit. */
export function commentBody(markdown: string): string {
  const body = `${COMMENT_MARKER}\n${markdown}`;
  if (body.length <= MAX_COMMENT_CHARS) return body;
  const note = "\n\n… (cut to fit a comment: the job summary and the report have everything)\n";
  return body.slice(0, MAX_COMMENT_CHARS - note.length) + note;
}

export type UpsertResult =
  | { outcome: "created" | "updated"; id: number }
  | { outcome: "failed"; reason: string };

export interface UpsertOptions {
  apiUrl: string;
  token: string;
  target: PullRequestTarget;
  body: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly what: string,
  ) {
    super(`${what}: GitHub answered ${status}`);
  }
}

/** Creates the marked comment, or updates it when an earlier run left one. Never throws. */
export async function upsertComment(options: UpsertOptions): Promise<UpsertResult> {
  const doFetch = options.fetch ?? fetch;
  const base = options.apiUrl.replace(/\/+$/, "");
  const { owner, repo, number } = options.target;
  const issuePath = `${base}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/issues`;
  const call = async (method: string, url: string, what: string, body?: unknown): Promise<unknown> => {
    const response = await doFetch(url, {
      method,
      headers: {
        accept: "application/vnd.github+json",
        authorization: `Bearer ${options.token}`,
        "x-github-api-version": "2022-11-28",
        "user-agent": "maildns-action",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(options.timeoutMs ?? REQUEST_TIMEOUT_MS),
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new ApiError(response.status, what);
    }
    return response.json();
  };

  try {
    let existing: number | null = null;
    for (let page = 1; page <= MAX_PAGES && existing === null; page++) {
      const comments = await call("GET", `${issuePath}/${number}/comments?per_page=${PER_PAGE}&page=${page}`, "listing the pull request's comments");
      if (!Array.isArray(comments)) throw new Error("listing the pull request's comments: unexpected answer");
      for (const comment of comments as { id?: unknown; body?: unknown }[]) {
        if (typeof comment.body === "string" && comment.body.includes(COMMENT_MARKER) && typeof comment.id === "number") {
          existing = comment.id;
          break;
        }
      }
      if (comments.length < PER_PAGE) break;
    }
    if (existing !== null) {
      await call("PATCH", `${issuePath}/comments/${existing}`, "updating the report comment", { body: options.body });
      return { outcome: "updated", id: existing };
    }
    const created = (await call("POST", `${issuePath}/${number}/comments`, "creating the report comment", { body: options.body })) as { id?: unknown };
    return { outcome: "created", id: typeof created.id === "number" ? created.id : 0 };
  } catch (error) {
    // Whatever went wrong, the token stays out of the log.
    return { outcome: "failed", reason: options.token ? describe(error).split(options.token).join("***") : describe(error) };
  }
}

function describe(error: unknown): string {
  if (error instanceof ApiError) {
    const hint =
      error.status === 403 || error.status === 404
        ? " (the token needs `permissions: pull-requests: write`; pull requests from forks get a read-only token)"
        : error.status === 401
          ? " (the github-token input is not a valid token)"
          : "";
    return `${error.message}${hint}`;
  }
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return "GitHub did not answer in time";
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error instanceof Error ? error.message : String(error)}${cause}`;
}
