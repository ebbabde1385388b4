// A small stand-in for the Pulumi engine, for `ovh.domain.ZoneRecord` only, built on Pulumi's runtime
// mocks: the mocks' newResource drives the local OVH API the way the engine and OVH's provider would, so
// the zone really changes. What it reproduces, from the engine (pkg/resource/deploy/step_generator.go) and
// the provider (terraform-provider-ovh resource_domain_zone_record.go):
//   - a resource is found in the state by its name, then by its aliases;
//   - `import` happens when the state has no resource there or one whose import id (else id) differs; the
//     import reads the record and fails when the declared inputs differ ("inputs to import do not match
//     the existing resource"); an import over an existing resource is an import-replacement, whose old
//     resource is deleted at the end of the update;
//   - otherwise a change of zone or fieldtype replaces the record (delete first with deleteBeforeReplace),
//     any other change is an in-place PUT; every create, update and delete is followed by a zone refresh,
//     whose failure the provider only logs as a warning (the write stands, unpublished, and the update goes
//     on); a delete that finds the record gone (404) counts as done, with no refresh (helpers.CheckDeleted);
//   - creates and updates happen as resources are registered; resources no longer declared are deleted
//     last, in reverse order.
import * as pulumi from "@pulumi/pulumi";
import { OvhClient } from "../../src/providers/ovh/client.js";
import type { FakeOvhServer } from "./ovh-server.js";

export const RECORD_TYPE = "ovh:Domain/zoneRecord:ZoneRecord";

// A registration that fails (the API refused a write, as the tests make it do) rejects the resource's
// outputs, which nothing awaits under the mocks; the engine would report the error and end the update.
// Here finish() throws it, so these rejections are the update's failure already reported, not stray
// errors of the test: they are kept from the test runner, and every other rejection still reaches it.
const REGISTRATION_FAILED = /^failed to register new resource /;
// The same holds for a stack output the program fails (its refresh at the end of the update): the test awaits
// the output and sees the error, and Pulumi's Output keeps promises of its own (known, secret) that reject
// with it and that nothing awaits under the mocks.
const isOutputFailure = (reason: unknown) => reason instanceof Error && pulumi.RunError.isInstance(reason) && reason.message.startsWith("maildns: ");
const runnerHandlers = process.listeners("unhandledRejection");
process.removeAllListeners("unhandledRejection");
process.on("unhandledRejection", (reason, promise) => {
  if (reason instanceof Error && REGISTRATION_FAILED.test(reason.message)) return;
  if (isOutputFailure(reason)) return;
  for (const handler of runnerHandlers) handler(reason, promise);
});

export interface StateResource {
  name: string;
  type: string;
  /** OVH's record id (what the provider keeps). */
  id: string;
  importId: string | null;
  inputs: Record<string, unknown>;
}

/** The stack's state between updates. */
export class EngineState {
  readonly resources = new Map<string, StateResource>();

  /** What `pulumi stack export` prints for this state. */
  exportJson(stack = "prod", project = "maildns"): string {
    const resources = [...this.resources.values()].map((r) => ({
      urn: `urn:pulumi:${stack}::${project}::${r.type}::${r.name}`,
      custom: true,
      id: r.id,
      type: r.type,
      inputs: r.inputs,
      outputs: r.inputs,
      ...(r.importId ? { importID: r.importId } : {}),
    }));
    return JSON.stringify({ version: 3, deployment: { manifest: { time: new Date().toISOString() }, resources } });
  }
}

export interface EngineStep {
  op: "create" | "update" | "replace" | "import" | "import-replacement" | "delete" | "same";
  name: string;
  id: string | null;
}

interface Extras {
  aliases: string[];
  deleteBeforeReplace: boolean;
}

const enc = encodeURIComponent;

function sameInputs(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return ["zone", "subdomain", "fieldtype", "target", "ttl"].every((k) => String(a[k] ?? "") === String(b[k] ?? ""));
}

export interface EngineRun {
  steps: EngineStep[];
  /** What the provider logged as warnings (a failed refresh after a write); the update went on. */
  warnings: string[];
  /** Waits for every registration, then performs the deletes; throws the update's error, if any. */
  finish(resources: readonly pulumi.Resource[]): Promise<void>;
}

/**
 * Installs mocks for one update against `server`. Run the program, then `finish(resources)`.
 * `preview: true` plans without touching the API (as `pulumi preview`).
 */
export async function startUpdate(server: FakeOvhServer, state: EngineState, options: { preview?: boolean; stack?: string } = {}): Promise<EngineRun> {
  const client = new OvhClient({ endpoint: server.baseUrl, credentials: server.credentials, sleep: async () => undefined, maxRetries: 0 });
  const steps: EngineStep[] = [];
  const extras = new Map<string, Extras>();
  const seen = new Set<string>();
  const replacedLater: StateResource[] = [];
  const errors: Error[] = [];
  const preview = options.preview ?? false;

  const warnings: string[] = [];
  // The provider's refresh after a write: a failure is logged ("[WARN] OVH Domain zone refresh after record
  // … failed") and the write is reported done, so the engine goes on.
  const refresh = async (zone: string) => {
    try {
      await client.post(`/domain/zone/${enc(zone)}/refresh`);
    } catch (error) {
      warnings.push(`OVH Domain zone refresh of ${zone} failed: ${(error as Error).message}`);
    }
  };
  const create = async (inputs: Record<string, unknown>): Promise<string> => {
    const zone = String(inputs.zone);
    const created = await client.post<{ id: number }>(`/domain/zone/${enc(zone)}/record`, {
      fieldType: inputs.fieldtype,
      subDomain: inputs.subdomain,
      target: inputs.target,
      ttl: inputs.ttl,
    });
    await refresh(zone);
    return String(created.id);
  };
  const remove = async (resource: StateResource) => {
    const zone = String(resource.inputs.zone);
    try {
      await client.delete(`/domain/zone/${enc(zone)}/record/${resource.id}`);
    } catch (error) {
      // The provider treats a record already gone as deleted (helpers.CheckDeleted), and returns at once:
      // no refresh follows.
      if ((error as { status?: number }).status !== 404) throw error;
      return;
    }
    await refresh(zone);
  };

  async function register(type: string, name: string, inputs: Record<string, unknown>, importId: string): Promise<{ id: string; state: Record<string, unknown> }> {
    if (type !== RECORD_TYPE) return { id: `${name}-id`, state: inputs };
    const extra = extras.get(name) ?? { aliases: [], deleteBeforeReplace: false };
    seen.add(name);
    let oldName: string | null = state.resources.has(name) ? name : null;
    for (const alias of extra.aliases) if (oldName === null && state.resources.has(alias)) oldName = alias;
    const old = oldName ? state.resources.get(oldName)! : null;
    if (oldName) seen.add(oldName);
    const zone = String(inputs.zone);

    const isImport = importId !== "" && (!old || (old.importId ?? old.id) !== importId);
    if (isImport) {
      const id = importId.split(".")[0]!;
      const record = await client.get<{ subDomain: string; fieldType: string; target: string; ttl: number }>(`/domain/zone/${enc(zone)}/record/${id}`);
      const read = { zone, subdomain: record.subDomain, fieldtype: record.fieldType, target: record.target, ttl: record.ttl };
      if (!sameInputs(read, inputs)) throw new Error(`${name}: inputs to import do not match the existing resource`);
      if (old) replacedLater.push(old);
      if (!preview) {
        if (oldName) state.resources.delete(oldName);
        state.resources.set(name, { name, type, id, importId, inputs: read });
      }
      steps.push({ op: old ? "import-replacement" : "import", name, id });
      return { id, state: read };
    }
    if (!old) {
      if (preview) {
        steps.push({ op: "create", name, id: null });
        return { id: "", state: inputs };
      }
      const id = await create(inputs);
      state.resources.set(name, { name, type, id, importId: null, inputs });
      steps.push({ op: "create", name, id });
      return { id, state: inputs };
    }
    let id = old.id;
    if (String(old.inputs.zone) !== zone || String(old.inputs.fieldtype) !== String(inputs.fieldtype)) {
      steps.push({ op: "replace", name, id });
      if (!preview) {
        if (extra.deleteBeforeReplace) {
          await remove(old);
          // The delete is a step of its own: once done, the state no longer holds the old resource, so an
          // update that fails at the create leaves neither (the next update creates it).
          state.resources.delete(oldName!);
          id = await create(inputs);
        } else {
          id = await create(inputs);
          replacedLater.push(old);
        }
      }
    } else if (!sameInputs(old.inputs, inputs)) {
      steps.push({ op: "update", name, id });
      if (!preview) {
        await client.put(`/domain/zone/${enc(zone)}/record/${id}`, { subDomain: inputs.subdomain, target: inputs.target, ttl: inputs.ttl });
        await refresh(zone);
      }
    } else {
      steps.push({ op: "same", name, id });
    }
    if (!preview) {
      state.resources.delete(oldName!);
      state.resources.set(name, { name, type, id, importId: old.importId, inputs });
    }
    return { id, state: inputs };
  }

  await pulumi.runtime.setMocks(
    {
      async newResource(args) {
        try {
          return await register(args.type, args.name, args.inputs as Record<string, unknown>, args.id ?? "");
        } catch (error) {
          errors.push(error as Error);
          throw error;
        }
      },
      call: (args) => args.inputs,
    },
    "maildns",
    options.stack ?? "prod",
    preview,
  );
  const { getStore } = (await import("@pulumi/pulumi/runtime/state.js")) as unknown as { getStore(): { settings: { monitor: { registerResource(req: RegisterRequest, cb: unknown): unknown } } } };
  const monitor = getStore().settings.monitor;
  const original = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req: RegisterRequest, cb: unknown) => {
    extras.set(req.getName(), {
      aliases: req.getAliasesList().map((a) => a.getSpec()?.getName() ?? a.getUrn().split("::").pop() ?? ""),
      deleteBeforeReplace: req.getDeletebeforereplace(),
    });
    return original(req, cb);
  };

  return {
    steps,
    warnings,
    async finish(resources) {
      // Settled either way: a registration the API failed rejects its outputs (and an apply on them never runs).
      const settled = (output: unknown) => (output as { promise(): Promise<unknown> }).promise();
      await Promise.allSettled(resources.map((r) => settled(r.urn)));
      await Promise.allSettled(resources.map((r) => settled((r as pulumi.CustomResource).id)));
      if (errors.length > 0) throw errors[0];
      // Deletes last, in reverse order: what the stack no longer declares, and what an import replaced.
      const gone = [...state.resources.values()].filter((r) => !seen.has(r.name)).reverse();
      for (const resource of [...gone, ...replacedLater]) {
        steps.push({ op: "delete", name: resource.name, id: resource.id });
        if (preview) continue;
        await remove(resource);
        if (state.resources.get(resource.name) === resource) state.resources.delete(resource.name);
      }
    },
  };
}

interface RegisterRequest {
  getName(): string;
  getDeletebeforereplace(): boolean;
  getAliasesList(): { getSpec(): { getName(): string } | undefined; getUrn(): string }[];
}
