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
