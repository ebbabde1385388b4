// Runs async work over a list with at most `limit` items in flight, keeping results in input order.

/**
 * How long work that never waits may keep the event loop from its turn. Answers from zone files are
 * settled promises, so without a turn a whole `audit --zone` ran in one go: Ctrl-C was acted on only after
 * the last domain, and a writer thread's replies (import's files) were read only at the end.
 */
const TURN_AFTER_MS = 20;

export async function mapConcurrent<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>, onDone?: (done: number, total: number) => void): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let done = 0;
  let lastTurn = performance.now();
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!, i);
      done++;
      onDone?.(done, items.length);
      if (performance.now() - lastTurn >= TURN_AFTER_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        lastTurn = performance.now();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** Where a run's answers come from: DNS servers (a question waits for its reply), or memory (zone files alone). */
export type AnswerSource = "dns" | "memory";

/**
 * Domains to check side by side when `questions` DNS questions may be in flight. Observation asks only
 * what the enabled rules read: about 3–4 questions per domain for a default audit, 7 for a plan of two
 * DKIM selectors hosted by OVH, and the first wave (MX, apex TXT, `_dmarc`, the selectors) goes out at
 * once, so half as many domains as question slots keeps every slot busy. More domains only lengthen the resolver's queue, and what waits
 * there lives long enough to be promoted by the garbage collector: for 64 questions, 32 domains rather
 * than 256 took a fifth off an audit's CPU time with the same wall time or less.
 *
 * Answers from memory (zone files without a resolver) never wait, so a second domain in flight overlaps
 * nothing: it only keeps its half-done work alive through young-generation collections, which copy it.
 * For `audit --zone` over 10,000 zones, one domain at a time cut its scavenges from about 1.35 s to 1.17 s
 * and took 0.945× the CPU time (7 pairs); `import --zone`, which keeps less per domain, ran as fast as before.
 */
export function domainsInFlight(questions: number, answers: AnswerSource = "dns"): number {
  if (answers === "memory") return 1;
  return Math.max(8, Math.ceil(questions / 2));
}

/**
 * Domains to plan side by side for `questions` in flight: a quarter as many, where audit takes half. A
 * planned domain holds far more while in flight (its file's text, parsed document and model, its
 * observation and the model built from it, its lint's state), and everything alive at a minor collection
 * is copied: for 64 questions, 16 domains rather than 32 took a tenth off the CPU time of a plan of 10,000
 * domains and 30 MiB off its peak, with no loss of wall time (8 saved nothing more and lost some wall time).
 * From zone files alone, one domain at a time (as audit and import run there) was measured and is not used:
 * `plan --zone` of 10,000 domains took 1.11× the CPU time of 16 at a time (7 pairs, 1 in its favour).
 */
export function planDomainsInFlight(questions: number): number {
  return Math.max(8, Math.ceil(questions / 4));
}
