// Wall time of the bundled Action on the example stack, run the way the runner runs it (a fresh node
// process with INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and a SARIF file to write).
// Usage: node .ci/build.mjs && node test/bench/action.bench.mjs [runs]
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const action = join(root, "dist", "action.js");
const runs = Math.max(1, Math.min(100, Number(process.argv[2]) || 10));
const budgetMs = 1000;

if (!existsSync(action)) {
  console.error("dist/action.js is missing: run node .ci/build.mjs first");
  process.exit(2);
}

const workspace = mkdtempSync(join(tmpdir(), "maildns-action-bench-"));
try {
  cpSync(join(root, "stacks", "example"), join(workspace, "stacks", "example"), { recursive: true });
  const times = [];
  for (let i = 0; i < runs; i++) {
    const output = join(workspace, `output-${i}.txt`);
    const summary = join(workspace, `summary-${i}.md`);
    writeFileSync(output, "");
    writeFileSync(summary, "");
    const env = {
      PATH: process.env.PATH ?? "",
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_ACTION: `bench${i}`,
      RUNNER_TEMP: workspace,
      INPUT_COMMAND: "lint",
      INPUT_PATHS: "stacks/example",
      "INPUT_FAIL-ON": "error",
      INPUT_SUMMARY: "true",
      INPUT_COMMENT: "false",
      "INPUT_SARIF-FILE": "maildns.sarif",
    };
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [action], { cwd: workspace, env, encoding: "utf8", timeout: 30_000 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    // The example stack has errors on purpose: exit 1 with annotations is the expected outcome.
    // (An annotation is `::error title=RULE,file=…,line=…`: the rule's id comes first.)
    if (run.status !== 1 || !/^::error title=mx-target-not-hostname,file=stacks\/example\/example\.net\.yaml,line=8,/m.test(run.stdout)) {
      console.error(`run ${i}: unexpected result (exit ${run.status})\n${run.stdout}\n${run.stderr}`);
      process.exit(2);
    }
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  const median = times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
  const max = times[times.length - 1];
  const pass = max < budgetMs;
  console.log(`action on stacks/example, ${runs} runs: median ${median.toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${max.toFixed(0)} ms (budget ${budgetMs} ms each): ${pass ? "PASS" : "FAIL"}`);
  process.exitCode = pass ? 0 : 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
