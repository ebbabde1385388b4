import type { CliIO } from "./command.js";

/** A one-line counter on a terminal's stderr for long runs; silent in CI, in pipes and with --quiet. */
export function progress(io: CliIO, quiet: boolean, label: string): { update: (done: number, total: number) => void; done: () => void } {
  if (quiet || !io.isTTY || io.env.CI) return { update: () => {}, done: () => {} };
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (total < 50 || (now - last < 100 && done < total)) return;
      last = now;
      shown = true;
      io.stderr(`\r${label} ${done}/${total}`);
    },
    done() {
      if (shown) io.stderr("\r\u001b[K");
    },
  };
}
