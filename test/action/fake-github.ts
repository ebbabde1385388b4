// A local HTTP server playing GitHub's REST API for issue comments (list with pagination, create, update),
// on 127.0.0.1 only. It records every request so tests can check what the Action asked for.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  body: unknown;
  /** When it arrived (performance.now(), in ms): the gaps show the waits between attempts. */
  at: number;
}

/** A comment as GitHub lists it: who wrote it, and their association with the repository. */
export interface FakeComment {
  id: number;
  body: string;
  user?: { login: string; id?: number; type: "User" | "Bot" };
  author_association?: "OWNER" | "MEMBER" | "COLLABORATOR" | "CONTRIBUTOR" | "FIRST_TIME_CONTRIBUTOR" | "NONE";
}

/** Who a workflow's GITHUB_TOKEN writes as (its id on github.com). */
export const ACTIONS_BOT = { login: "github-actions[bot]", id: 41898282, type: "Bot" } as const;

export interface FakeGithub {
  url: string;
  requests: RecordedRequest[];
  comments: Map<number, FakeComment[]>;
  /**
   * Who the token is, as "Get the authenticated user" (GET /user) answers for a personal token; null (the
   * default) for a workflow's GITHUB_TOKEN or an app's token, which GitHub answers 403 "Resource not
   * accessible by integration". Comments are created as this user, else as github-actions[bot].
   */
  authenticated: { login: string; id: number; type: "User" | "Bot" } | null;
  /** Who comments are created as when `authenticated` is null: github-actions[bot], or an app's bot for its installation token. */
  writesAs: { login: string; id: number; type: "User" | "Bot" };
  /** When set, every request gets this status. */
  failWith: number | null;
  /** The message of those answers (default GitHub's "Resource not accessible by integration"). */
  failMessage: string | null;
  /** The next this many requests get GitHub's secondary rate limit answer: 403 with `retry-after`. */
  secondaryLimitNext: number;
  /** The `retry-after` header (seconds) of those answers. */
  retryAfter: number;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      text += chunk;
      if (text.length > 1_000_000) req.destroy(new Error("body too large"));
    });
    req.on("end", () => resolve(text));
    req.on("error", reject);
  });
}

export async function startFakeGithub(owner: string, repo: string): Promise<FakeGithub> {
  let nextId = 1000;
  const fake: FakeGithub = { url: "", requests: [], comments: new Map(), authenticated: null, writesAs: ACTIONS_BOT, failWith: null, failMessage: null, secondaryLimitNext: 0, retryAfter: 1, close: async () => {} };
  const server: Server = createServer(async (req, res) => {
    const text = await readBody(req);
    const body = text ? JSON.parse(text) : undefined;
    fake.requests.push({ method: req.method ?? "", url: req.url ?? "", authorization: req.headers.authorization, body, at: performance.now() });
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(payload));
    };
    if (fake.failWith !== null) return send(fake.failWith, { message: fake.failMessage ?? "Resource not accessible by integration" });
    if (fake.secondaryLimitNext > 0) {
      fake.secondaryLimitNext--;
      // GitHub's answer, as its REST documentation shows it ("Rate limits for the REST API").
      res.writeHead(403, { "content-type": "application/json", "retry-after": String(fake.retryAfter) });
      return res.end(JSON.stringify({ message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.", documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api" }));
    }
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/api/v3/user" && req.method === "GET") {
      return fake.authenticated ? send(200, fake.authenticated) : send(403, { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest/users/users#get-the-authenticated-user", status: "403" });
    }
    const prefix = `/api/v3/repos/${owner}/${repo}/issues/`;
    if (!url.pathname.startsWith(prefix)) return send(404, { message: "Not Found" });
    const rest = url.pathname.slice(prefix.length).split("/");
    if (rest.length === 2 && rest[1] === "comments" && /^\d+$/.test(rest[0]!)) {
      const issue = Number(rest[0]);
      const list = fake.comments.get(issue) ?? [];
      if (req.method === "GET") {
        const perPage = Math.min(100, Number(url.searchParams.get("per_page") ?? 30));
        const page = Number(url.searchParams.get("page") ?? 1);
        return send(200, list.slice((page - 1) * perPage, page * perPage));
      }
      if (req.method === "POST" && typeof body?.body === "string") {
        const comment: FakeComment = { id: nextId++, body: body.body, user: fake.authenticated ?? fake.writesAs, author_association: "NONE" };
        fake.comments.set(issue, [...list, comment]);
        return send(201, comment);
      }
    }
    if (rest.length === 2 && rest[0] === "comments" && req.method === "PATCH" && typeof body?.body === "string") {
      for (const list of fake.comments.values()) {
        const comment = list.find((c) => c.id === Number(rest[1]));
        if (comment) {
          comment.body = body.body;
          return send(200, comment);
        }
      }
    }
    return send(404, { message: "Not Found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`;
  fake.close = () => new Promise((resolve) => server.close(() => resolve()));
  return fake;
}
