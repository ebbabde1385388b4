import { cpSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTIONS_BOT, startFakeGithub, type FakeGithub } from "./fake-github.js";
import { ensureBundle, repoRoot, runAction, scratchDir } from "./run-action.js";

const TOKEN = "ghs_test0token0never0printed0anywhere";
const MARKER = "<!-- maildns-report -->";
const PR = 42;
const pullRequestEvent = { name: "pull_request", payload: { action: "synchronize", number: PR, pull_request: { number: PR }, repository: { full_name: "acme/mail-dns" } } };

let github: FakeGithub;
const workspace = scratchDir();

beforeAll(async () => {
  ensureBundle();
  cpSync(join(repoRoot, "stacks/example"), join(workspace, "stacks/example"), { recursive: true });
  github = await startFakeGithub("acme", "mail-dns");
});
afterAll(() => github.close());

// One second of a wait between attempts (retry-after, the server-error backoff) lasts this long here: the
// waits are still taken, in order and in proportion, without seconds of sleep per test.
const RETRY_UNIT_MS = 150;
const retryEnv = { MAILDNS_GITHUB_RETRY_UNIT_MS: String(RETRY_UNIT_MS) };

function commentRun(inputs: Record<string, string>, event: { name: string; payload: unknown } = pullRequestEvent) {
  return runAction(
    { paths: "stacks/example", comment: "true", "github-token": TOKEN, today: "2026-11-23", ...inputs },
    { workspace, event, env: { GITHUB_API_URL: github.url, ...retryEnv } },
  );
}

// Several runs of the Action per test, each a subprocess: on a loaded machine they take more than the default.
describe("comment: true on a pull request", { timeout: 90_000 }, () => {
  it("creates one marked comment, then updates that same comment on the next run, past a page of others", async () => {
    // 150 earlier comments: the marked one, once made, sits on the second page of the listing.
    github.comments.set(PR, Array.from({ length: 150 }, (_, i) => ({ id: i + 1, body: `review comment ${i + 1}` })));

    const first = await commentRun({});
    expect(first.status).toBe(1);
    expect(first.stdout).not.toMatch(/^::warning::comment/m);
    const posts = github.requests.filter((r) => r.method === "POST");
    expect(posts.map((r) => r.url)).toEqual([`/api/v3/repos/acme/mail-dns/issues/${PR}/comments`]);
    const comments = github.comments.get(PR)!;
    expect(comments).toHaveLength(151);
    const mine = comments.filter((c) => c.body.includes(MARKER));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body.startsWith(`${MARKER}\n## maildns lint: ❌ failed`)).toBe(true);
    expect(mine[0]!.body).toContain("`stacks/example/example.net.yaml:8:14` | `mx-target-not-hostname`");
    expect(mine[0]!.body).toContain("### SPF lookup budget");
    const id = mine[0]!.id;

    github.requests.length = 0;
    const second = await commentRun({ paths: "stacks/example/example.com.yaml" });
    expect(second.status).toBe(0);
    expect(github.requests.filter((r) => r.method === "POST")).toEqual([]);
    const patches = github.requests.filter((r) => r.method === "PATCH");
    expect(patches.map((r) => r.url)).toEqual([`/api/v3/repos/acme/mail-dns/issues/comments/${id}`]);
    // Both pages were listed to find the comment, with the page size GitHub allows at most; meeting the
    // marked comment, the step asked who its token is (once), to tell its own comment from another's.
    expect(github.requests.filter((r) => r.method === "GET").map((r) => r.url)).toEqual([
      `/api/v3/repos/acme/mail-dns/issues/${PR}/comments?per_page=100&page=1`,
      `/api/v3/repos/acme/mail-dns/issues/${PR}/comments?per_page=100&page=2`,
      "/api/v3/user",
    ]);
    const after = github.comments.get(PR)!.filter((c) => c.body.includes(MARKER));
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(id);
    expect(after[0]!.body).toContain("## maildns lint: ✅ passed");

    for (const request of github.requests) expect(request.authorization).toBe(`token ${TOKEN}`);
    for (const run of [first, second]) {
      expect(run.stdout).not.toContain(TOKEN);
      expect(run.stderr).not.toContain(TOKEN);
    }
  });

  it("a comment someone else wrote with the marker is left alone: the report goes in a comment of the step's own", async () => {
    // A pull request's author (no write access) forges the marker: were the Action to edit that comment,
    // the author could rewrite the report under it afterwards.
    const forged = { id: 7, body: `${MARKER}\n## maildns lint: ✅ passed`, user: { login: "mallory", type: "User" as const }, author_association: "CONTRIBUTOR" as const };
    github.comments.set(PR, [forged]);
    github.requests.length = 0;
    const run = await commentRun({});
    expect(run.status).toBe(1);
    expect(github.requests.filter((r) => r.method === "PATCH")).toEqual([]);
    const comments = github.comments.get(PR)!;
    expect(comments[0]).toEqual(forged);
    expect(comments).toHaveLength(2);
    expect(comments[1]!.body.startsWith(`${MARKER}\n## maildns lint: ❌ failed`)).toBe(true);

    // The next run finds the step's own comment (the bot's), not the forged one.
    github.requests.length = 0;
    await commentRun({});
    expect(github.requests.filter((r) => r.method === "PATCH").map((r) => r.url)).toEqual([`/api/v3/repos/acme/mail-dns/issues/comments/${comments[1]!.id}`]);
    expect(github.comments.get(PR)).toHaveLength(2);
  });

  it("only a comment by the identity the token writes as is edited: not another bot's, not a maintainer's, with the marker", async () => {
    // Another app's bot (any integration installed on the repository can comment) and a maintainer both post
    // the marker: with the workflow's GITHUB_TOKEN the step writes as github-actions[bot], so neither comment
    // is its own, and neither is edited or read as the report.
    const otherBot = { id: 9, body: `${MARKER}\n## maildns lint: ✅ passed`, user: { login: "helpful-app[bot]", id: 5, type: "Bot" as const }, author_association: "NONE" as const };
    const maintainer = { id: 8, body: `${MARKER}\n## maildns lint: ✅ passed`, user: { login: "maintainer", id: 77, type: "User" as const }, author_association: "MEMBER" as const };
    github.comments.set(PR, [otherBot, maintainer]);
    github.requests.length = 0;
    const run = await commentRun({});
    expect(run.status).toBe(1);
    expect(github.requests.filter((r) => r.method === "PATCH")).toEqual([]);
    // Who the token is was asked (a workflow's token may not read it: 403), once.
    expect(github.requests.filter((r) => r.url === "/api/v3/user").map((r) => r.method)).toEqual(["GET"]);
    const comments = github.comments.get(PR)!;
    expect(comments.slice(0, 2)).toEqual([otherBot, maintainer]);
    expect(comments).toHaveLength(3);
    expect(comments[2]!.user).toEqual(ACTIONS_BOT);
    expect(comments[2]!.body.startsWith(`${MARKER}\n## maildns lint: ❌ failed`)).toBe(true);

    // A personal token writes as its owner: the maintainer's own marked comment is theirs to update (found
    // by the login and id GET /user gives), and the bot comments are not.
    github.comments.set(PR, [otherBot, { ...comments[2]!, id: 10 }, maintainer]);
    github.authenticated = { login: "maintainer", id: 77, type: "User" };
    try {
      github.requests.length = 0;
      await commentRun({});
      expect(github.requests.filter((r) => r.method === "PATCH").map((r) => r.url)).toEqual(["/api/v3/repos/acme/mail-dns/issues/comments/8"]);
      // A user who took the maintainer's login after them (another id) is someone else.
      github.comments.set(PR, [{ ...maintainer, user: { ...maintainer.user, id: 78 } }]);
      github.requests.length = 0;
      await commentRun({});
      expect(github.requests.filter((r) => r.method === "PATCH")).toEqual([]);
      expect(github.comments.get(PR)).toHaveLength(2);
    } finally {
      github.authenticated = null;
    }
  });

  it("an app's installation token: its own earlier comment is edited when comment-author names its bot, and not another's", async () => {
    // GitHub answers 403 to "who am I" for an installation token; the app writes as <slug>[bot].
    const app = { login: "mail-dns-checker[bot]", id: 1234, type: "Bot" as const };
    const otherBot = { id: 9, body: `${MARKER}\n## maildns lint: ✅ passed`, user: { login: "helpful-app[bot]", id: 5, type: "Bot" as const }, author_association: "NONE" as const };
    github.writesAs = app;
    try {
      github.comments.set(PR, [otherBot]);
      await commentRun({ "comment-author": app.login });
      const mine = github.comments.get(PR)!.filter((c) => c.user?.login === app.login);
      expect(mine).toHaveLength(1);
      github.requests.length = 0;
      await commentRun({ "comment-author": app.login });
      expect(github.requests.filter((r) => r.method === "POST")).toEqual([]);
      expect(github.requests.filter((r) => r.method === "PATCH").map((r) => r.url)).toEqual([`/api/v3/repos/acme/mail-dns/issues/comments/${mine[0]!.id}`]);
      expect(github.comments.get(PR)).toHaveLength(2);
      expect(github.comments.get(PR)![0]).toEqual(otherBot);
      // Without the input, the step cannot know its comment: a new one each run (never another's edited).
      github.requests.length = 0;
      await commentRun({});
      expect(github.requests.filter((r) => r.method === "PATCH")).toEqual([]);
      expect(github.comments.get(PR)).toHaveLength(3);
    } finally {
      github.writesAs = ACTIONS_BOT;
    }
  });

  it("comment-author naming a person is refused: with the workflow's token, that person's marked comment is never rewritten", async () => {
    // The workflow's token cannot say who it is (403) and may edit anyone's comment: were a person's login
    // taken as the step's, the maintainer's comment that starts with the marker would be overwritten.
    const maintainer = { id: 8, body: `${MARKER}\nmy own notes, kept under the marker`, user: { login: "maintainer", id: 77, type: "User" as const }, author_association: "MEMBER" as const };
    github.comments.set(PR, [maintainer]);
    github.requests.length = 0;
    const run = await commentRun({ "comment-author": "maintainer" });
    expect(github.requests.filter((r) => r.method === "PATCH" || r.method === "POST").map((r) => `${r.method} ${r.url}`)).toEqual([]);
    expect(github.comments.get(PR)).toEqual([maintainer]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::error::maildns: input 'comment-author' must be an app's bot login, <app-slug>[bot], as an installation token writes (got 'maintainer')");
  });

  it("a 403 from GitHub is a warning; the exit code stays what the findings say", async () => {
    github.failWith = 403;
    try {
      const failing = await commentRun({});
      expect(failing.status).toBe(1);
      expect(failing.stdout).toMatch(/^::warning::comment: could not write the pull request comment: GitHub answered 403: Resource not accessible by integration \(the token needs `permissions: pull-requests: write`/m);
      const clean = await commentRun({ paths: "stacks/example/example.com.yaml" });
      expect(clean.status).toBe(0);
      expect(clean.stdout).toMatch(/^::warning::comment: .*403/m);
      expect(clean.stdout).not.toMatch(/^::error/m);
      expect(clean.stdout).not.toContain(TOKEN);
      github.failWith = 404;
      const missing = await commentRun({ paths: "stacks/example/example.com.yaml" });
      expect(missing.status).toBe(0);
      expect(missing.stdout).toMatch(/^::warning::comment: .*404/m);
    } finally {
      github.failWith = null;
    }
  });

  it("a failure message that repeats the token in any encoding shows none of them", async () => {
    const forms = [TOKEN, Buffer.from(TOKEN).toString("base64"), Buffer.from(TOKEN).toString("hex"), encodeURIComponent(`${TOKEN}/`), TOKEN.toUpperCase()];
    github.failWith = 401;
    github.failMessage = `Bad credentials: ${forms.join(" ")}`;
    try {
      const run = await commentRun({ paths: "stacks/example/example.com.yaml" });
      expect(run.status).toBe(0);
      // The toolkit writes a "%" of a workflow command as "%25".
      expect(run.stdout).toMatch(/^::warning::comment: could not write the pull request comment: GitHub answered 401: Bad credentials: \*\*\* \*\*\* \*\*\* \*\*\*%252F \*\*\* \(the github-token input is not a valid token\)$/m);
      for (const form of forms) {
        expect(run.stdout).not.toContain(form);
        expect(run.stderr).not.toContain(form);
      }
    } finally {
      github.failWith = null;
      github.failMessage = null;
    }
  });

  it("an API that does not answer is a warning too", async () => {
    const run = await runAction(
      { paths: "stacks/example/example.com.yaml", comment: "true", "github-token": TOKEN, today: "2026-11-23" },
      // Port 9 on loopback: nothing listens there, the connection is refused at once.
      { workspace, event: pullRequestEvent, env: { GITHUB_API_URL: "http://127.0.0.1:9", ...retryEnv } },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^::warning::comment: could not write the pull request comment: /m);
    expect(run.stdout).not.toContain(TOKEN);
  });

  it("a secondary rate limit is waited out as retry-after asks, then the comment is written", async () => {
    github.comments.set(PR, []);
    github.requests.length = 0;
    github.secondaryLimitNext = 2;
    github.retryAfter = 2;
    try {
      const run = await commentRun({ paths: "stacks/example/example.com.yaml" });
      expect(github.secondaryLimitNext).toBe(0);
      expect(run.status).toBe(0);
      expect(run.stdout).not.toMatch(/^::warning::comment/m);
      expect(run.stdout).toMatch(/^comment: secondary rate limit on GET \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments: retrying in 2 s$/m);
      expect(run.stdout).toMatch(/^comment: created comment \d+ on #42$/m);
      // Two refusals, then the listing and the creation: the waits of retry-after were honoured, each try
      // after a refusal coming at least retry-after (2 units) after it. 1 ms of slack: the timer's clock
      // counts whole milliseconds.
      expect(github.requests.map((r) => r.method)).toEqual(["GET", "GET", "GET", "POST"]);
      const [refused1, refused2, listed] = github.requests.map((r) => r.at);
      expect(refused2! - refused1!).toBeGreaterThanOrEqual(2 * RETRY_UNIT_MS - 1);
      expect(listed! - refused2!).toBeGreaterThanOrEqual(2 * RETRY_UNIT_MS - 1);
      expect(github.comments.get(PR)!.filter((c) => c.body.startsWith(MARKER))).toHaveLength(1);
    } finally {
      github.secondaryLimitNext = 0;
      github.retryAfter = 1;
    }
  });

  it("a secondary rate limit that will not lift makes a warning after a bounded number of tries", async () => {
    github.requests.length = 0;
    github.secondaryLimitNext = 100;
    github.retryAfter = 1;
    try {
      const run = await commentRun({ paths: "stacks/example/example.com.yaml" });
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^::warning::comment: could not write the pull request comment: GitHub answered 403: You have exceeded a secondary rate limit/m);
      // The first try and two retries, never more.
      expect(github.requests).toHaveLength(3);
    } finally {
      github.secondaryLimitNext = 0;
    }
  });

  it("a rate limit asking for a long wait is not waited for", async () => {
    github.requests.length = 0;
    github.secondaryLimitNext = 1;
    github.retryAfter = 3600;
    try {
      const started = Date.now();
      const run = await commentRun({ paths: "stacks/example/example.com.yaml" });
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(run.stdout).toMatch(/^::warning::comment: could not write the pull request comment: GitHub answered 403: You have exceeded a secondary rate limit/m);
      expect(github.requests).toHaveLength(1);
    } finally {
      github.secondaryLimitNext = 0;
      github.retryAfter = 1;
    }
  });

  it("each comment-marker keeps its own comment: two stacks checked in two steps give two comments", async () => {
    github.comments.set(PR, []);
    const prod = await commentRun({ paths: "stacks/example/example.com.yaml", "comment-marker": "maildns-prod" });
    const staging = await commentRun({ paths: "stacks/example/example.org.yaml", "comment-marker": "maildns-staging" });
    expect([prod.status, staging.status]).toEqual([0, 0]);
    let comments = github.comments.get(PR)!;
    expect(comments.map((c) => c.body.split("\n")[0])).toEqual(["<!-- maildns-prod -->", "<!-- maildns-staging -->"]);
    // Again: each step updates its own comment, and the default marker does not pick up either.
    github.requests.length = 0;
    await commentRun({ paths: "stacks/example/example.net.yaml", "comment-marker": "maildns-prod" });
    await commentRun({ paths: "stacks/example/example.com.yaml" });
    comments = github.comments.get(PR)!;
    expect(comments).toHaveLength(3);
    expect(comments[0]!.body).toMatch(/^<!-- maildns-prod -->\n## maildns lint: ❌ failed/);
    expect(comments[1]!.body).toMatch(/^<!-- maildns-staging -->\n## maildns lint: ✅ passed/);
    expect(comments[2]!.body).toMatch(/^<!-- maildns-report -->\n/);
    expect(github.requests.filter((r) => r.method === "PATCH")).toHaveLength(1);
  });

  it("outside a pull request, no comment is attempted", async () => {
    github.requests.length = 0;
    const run = await commentRun({ paths: "stacks/example/example.com.yaml" }, { name: "push", payload: { ref: "refs/heads/main", repository: { full_name: "acme/mail-dns" } } });
    expect(run.status).toBe(0);
    expect(github.requests).toEqual([]);
    expect(run.stdout).toContain("comment: skipped, push is not a pull request");
  });

  it("comment: false (the default) leaves the pull request alone", async () => {
    github.requests.length = 0;
    const run = await commentRun({ comment: "false" });
    expect(run.status).toBe(1);
    expect(github.requests).toEqual([]);
  });
});
