// `reports ingest` names each file that gave a problem: a file name, a zip entry's or an attachment's name
// is the sender's (a stranger's mail), and a line break, an escape sequence or a bidi override in it must
// not reach the terminal or the CI log that shows the text report. Shown as U+XXXX, as every message shows a
// name; the JSON keeps the name as it is (data, escaped as JSON escapes it).
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";

describe("reports ingest shows a problem's file name on one line, as it is", { timeout: 120_000 }, () => {
  const name = "inbox/rua\u202elmx.\n\u001b[2J##[error]x.xml";
  const root = tempTree({ [name]: "not a report\n" });

  it("text: controls and bidi characters of the name as U+XXXX, the problem on one line; exit 1", () => {
    const run = runCli(["reports", "ingest", "--store", ":memory:", "-q", "inbox"], { cwd: root, timeoutMs: 60_000 });
    expect([run.status, run.stderr]).toEqual([1, ""]);
    const lines = run.stdout.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^inbox\/ruaU\+202Elmx\.U\+000AU\+001B\[2J##U\+005Berror\]x\.xml(:\d+:\d+)?  error  [^\u0000-\u001f\u202e]+  \[reports-ingest\]$/);
  });

  it("JSON: the name as it is", () => {
    const run = runCli(["reports", "ingest", "--store", ":memory:", "-q", "-f", "json", "inbox"], { cwd: root, timeoutMs: 60_000 });
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as { problems: { source: string }[] }).problems.map((p) => p.source)).toEqual([name]);
  });
});
