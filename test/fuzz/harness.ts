// The fuzzing suite's knobs and tally. In the slow tier (`npm run test:all`, CI) every property runs a fixed
// number of inputs from a fixed seed, each property under a time limit, the whole suite in under 60 s.
// `npm run fuzz` runs the same properties long: MAILDNS_FUZZ_RUNS inputs in all (default 1,000,000), shared
// out by weight, from MAILDNS_FUZZ_SEED, and writes the tally to MAILDNS_FUZZ_REPORT (a JSON file).
import { appendFileSync } from "node:fs";
import fc from "fast-check";

export const LONG = process.env.MAILDNS_FUZZ_RUNS !== undefined;
const TOTAL = Number(process.env.MAILDNS_FUZZ_RUNS || 1_000_000);
export const SEED = Number(process.env.MAILDNS_FUZZ_SEED ?? 20261205);

/**
 * Inputs for one property: `ci` in the slow tier; in a long run its `weight` share of the total (weights
 * add up to 1 across the suite: cheap in-process properties take most of the inputs).
 */
export function runsFor(ci: number, weight: number): number {
  return LONG ? Math.max(ci, Math.round(TOTAL * weight)) : ci;
}

/** fast-check parameters: the seed and the runs (the time limit is `within`, checked by each property). */
export function params(ci: number, weight: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns: runsFor(ci, weight), endOnFailure: true };
}

/** Most inputs one synchronous test runs: past a minute without a turn of its event loop, vitest's worker times out. */
const PART = 20_000;

/**
 * A synchronous property's runs cut into parts of at most PART inputs, each its own test with its own seed
 * (SEED + part): [seed, runs] per part. One part in the slow tier.
 */
export function parts(ci: number, weight: number, part = PART): [seed: number, runs: number][] {
  const total = runsFor(ci, weight);
  const count = Math.max(1, Math.ceil(total / part));
  return Array.from({ length: count }, (_, i) => [SEED + i, Math.min(part, total - i * part)] as [number, number]);
}

/** A turn of the event loop now and then in a long async property, so vitest's worker can report. */
export async function breathe(inputs: number): Promise<void> {
  if (inputs % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * The slow tier's time limit of one property: false once `ciMillis` have passed, and the property then
 * skips its remaining inputs. Checked inside the property rather than with fast-check's interrupt, which
 * leaves an async run going in the background while the next test starts.
 */
export function within(ciMillis: number): () => boolean {
  if (LONG) return () => true;
  const end = performance.now() + ciMillis;
  return () => performance.now() < end;
}

/** Per-test timeout: well above a property's time limit in the slow tier; none in a long run. */
export const TEST_TIMEOUT = LONG ? 24 * 3600_000 : 45_000;

export type Violation = "crash" | "hang" | "wrong-plan" | "leak" | "bad-exit" | "bad-message";

/** What a property found, per input: counted, and written out at the end of a long run. */
export class Tally {
  inputs = 0;
  readonly violations: Record<Violation, number> = { crash: 0, hang: 0, "wrong-plan": 0, leak: 0, "bad-exit": 0, "bad-message": 0 };
  private readonly started = performance.now();
  constructor(readonly name: string) {}

  input(): void {
    this.inputs++;
  }

  /** Records a violation and returns false, so the property fails (and fast-check shrinks the input). */
  fail(kind: Violation, detail: string): false {
    this.violations[kind]++;
    console.error(`[fuzz ${this.name}] ${kind}: ${detail.slice(0, 2000)}`);
    return false;
  }

  /** One JSON line per property in MAILDNS_FUZZ_REPORT, for the README's figures. */
  report(): void {
    const file = process.env.MAILDNS_FUZZ_REPORT;
    const line = { property: this.name, seed: SEED, inputs: this.inputs, ...this.violations, seconds: Math.round((performance.now() - this.started) / 100) / 10 };
    if (file) appendFileSync(file, `${JSON.stringify(line)}\n`);
    if (LONG) console.log(`fuzz tally ${JSON.stringify(line)}`);
  }
}

/** A message a user reads: no [object Object], no stack frame, one line, bounded. */
export function messageProblem(message: string, max = 4000): string | null {
  if (message.includes("[object Object]")) return "shows [object Object]";
  if (/\n\s+at /.test(message) || /\bat .+\.(js|ts):\d+:\d+/.test(message)) return "shows a stack frame";
  if (/[\n\r\u2028\u2029]/.test(message)) return "spans several lines";
  if (message.length > max) return `is ${message.length} characters long`;
  return null;
}

/** Text with what hostile input holds: line terminators, controls, quotes, `%{`, braces, non-ASCII, long runs. */
export const hostileText = (maxLength = 200): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: "binary", maxLength }),
    fc.string({ unit: fc.constantFrom("%", "{", "}", "\n", "\r", "\u2028", "\u2029", "\u0000", "\u0007", ":", "=", ";", "/", ".", " ", "a", "z", "-", "_", "+", "~", "?", "!", "'", '"', "\\", "é", "*", "0", "9", ","), maxLength }),
    fc.string({ unit: "grapheme-ascii", maxLength }),
  );
