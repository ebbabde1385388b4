// Pulumi runtime mocks: every registered resource is recorded with its inputs and import id.
import * as pulumi from "@pulumi/pulumi";

export interface Registered {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
  /** The `import` id, when the resource is adopted. */
  importId: string | undefined;
  provider: string | undefined;
}

export async function useMocks(stack = "test"): Promise<Registered[]> {
  const registered: Registered[] = [];
  await pulumi.runtime.setMocks(
    {
      newResource(args) {
        registered.push({ type: args.type, name: args.name, inputs: args.inputs, importId: args.id || undefined, provider: args.provider });
        return { id: args.id || `${args.name}_id`, state: args.inputs };
      },
      call(args) {
        return args.inputs;
      },
    },
    "maildns",
    stack,
    true,
  );
  return registered;
}

/** Waits until every resource's registration reached the mock monitor. */
export async function settled(resources: readonly pulumi.Resource[]): Promise<void> {
  await Promise.all(resources.map((r) => new Promise<void>((resolve) => r.urn.apply((urn) => resolve(void urn)))));
}

export interface CapturedLog {
  warn: string[];
  info: string[];
  log: { warn(message: string): void; info(message: string): void };
}

export function captureLog(): CapturedLog {
  const captured: CapturedLog = { warn: [], info: [], log: { warn: (m) => void captured.warn.push(m), info: (m) => void captured.info.push(m) } };
  return captured;
}

/**
 * Runs `work` with Error.stackTraceLimit at 0, and restores it after. Pulumi's runtime records
 * `new Error().stack` on every promise it makes (debuggablePromise, for its leak report), and under the
 * test runner each of those stacks is mapped frame by frame through the source maps: that was most of the
 * CPU of a program's run in these tests (apply-scenarios.test.ts: 16.6 s of tests, 7.9 s without). What
 * the tests read of an error is its message, which is untouched; the test's own code, its assertions
 * included, runs with the limit restored. Tests in a file run one at a time, so nothing else sees the limit.
 */
export async function withoutStackTraces<T>(work: () => Promise<T>): Promise<T> {
  const limit = Error.stackTraceLimit;
  // Every Resource takes a whole stack besides (Resource.callsites sets the limit to Infinity for it, to
  // send the engine the declaring line): with V8's own formatting instead of the runner's source-mapping
  // one, that stack costs a little, not a mapping of every frame (1.1 s of this file's CPU). The mock
  // engine does not read the position.
  const prepare = Error.prepareStackTrace;
  Error.stackTraceLimit = 0;
  Error.prepareStackTrace = undefined as unknown as typeof prepare;
  try {
    return await work();
  } finally {
    Error.stackTraceLimit = limit;
    Error.prepareStackTrace = prepare;
  }
}
