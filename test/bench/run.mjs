// `npm run bench`: every benchmark, one after the other, each in its own process so they do not share a heap
// or an event loop. Performance targets live here, never in the unit tests.
// `npm run bench -- --size N`: every benchmark at N domains, files or zones and one run each, to see that it
// runs end to end (the targets are judged at their own sizes, 10,000 and 50,000: a small run judges none).
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
const sizeAt = process.argv.indexOf("--size");
const size = sizeAt >= 0 ? Number(process.argv[sizeAt + 1]) : null;
if (size !== null && !(Number.isInteger(size) && size > 0)) {
  console.error("--size takes a number of domains, files or zones, such as --size 500");
  process.exit(2);
}
/** Each benchmark's own arguments for --size (they predate it and name their sizes their own way). */
const SIZED = {
  "lint.bench.mjs": (n) => ["--files", String(n)],
  "dns.bench.mjs": (n) => ["--domains", String(n), "--runs", "1"],
  "action.bench.mjs": () => ["3"],
  "zones.bench.mjs": (n) => ["--zones", String(n)],
  "reports.bench.mjs": (n) => [String(n)],
};
let failed = false;
for (const [title, file] of benches) {
  if (!existsSync(here + file)) continue;
  console.log(`\n## ${title}${size === null ? "" : ` (--size ${size}: runs end to end; no target is judged at this size)`}\n`);
  const args = size === null ? process.argv.slice(2) : SIZED[file](size);
  const run = spawnSync(process.execPath, ["--expose-gc", here + file, ...args], { stdio: "inherit", timeout: 30 * 60_000 });
  if (run.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
