// `npm run bench`: every benchmark, one after the other, each in its own process so they do not share a heap
// or an event loop. Performance targets live here, never in the unit tests.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const benches = [
  ["Lint (issue 2)", "lint.bench.mjs"],
  ["Live DNS: audit and plan against a 4-question reference resolver, on Knot (issue 14)", "dns.bench.mjs"],
  ["GitHub Action (issue 5)", "action.bench.mjs"],
  ["Zone files: import and audit --zone (issue 14)", "zones.bench.mjs"],
  ["DMARC aggregate reports (issue 15)", "reports.bench.mjs"],
];
let failed = false;
for (const [title, file] of benches) {
  if (!existsSync(here + file)) continue;
  console.log(`\n## ${title}\n`);
  const run = spawnSync(process.execPath, ["--expose-gc", here + file, ...process.argv.slice(2)], { stdio: "inherit", timeout: 30 * 60_000 });
  if (run.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
