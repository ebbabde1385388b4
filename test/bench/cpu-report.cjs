// Preloaded (`node -r`) into a benchmarked command: its CPU time (user + system, this process only) on
// stderr at exit, so a run on a shared machine can be read by the CPU it used as well as its wall time.
"use strict";
process.on("exit", () => {
  const usage = process.cpuUsage();
  process.stderr.write(`maildns-bench-cpu-ms=${Math.round((usage.user + usage.system) / 1000)}\n`);
});
