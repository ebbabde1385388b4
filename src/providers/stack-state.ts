// What the stack already holds, read from `pulumi stack export` (the deployment's checkpoint, version 3):
// which record resources exist, under which names, with which ids. Adoption needs it because Pulumi's
// `import` is only safe for a record the stack does not hold yet: a record the stack created has the bare
// id in its state, so an import id `<id>.<zone>` for it would be an import-replacement, and the engine
// deletes the "old" resource at the end of the update: the very record just imported.

export interface StackResource {
  /** The resource name (the last part of its URN). */
  name: string;
  type: string;
  /** The provider's id of the resource. */
  id: string;
  /** The import id it was adopted with, if it was imported. */
  importId: string | null;
  /**
   * The record's values as the state holds them (the export's outputs, plain strings and numbers only):
   * what Pulumi compares the declared inputs with, since `pulumi up` does not read the host unless told to
   * refresh. Absent in an adoption file written before maildns read it.
   */
  state?: Record<string, string | number>;
}

export interface StackState {
  resources: StackResource[];
}

export class StackStateError extends Error {
  override name = "StackStateError";
}

interface ExportedResource {
  urn?: unknown;
  type?: unknown;
  id?: unknown;
  custom?: unknown;
  importID?: unknown;
  outputs?: unknown;
  delete?: unknown;
  pendingReplacement?: unknown;
}

/** The plain string and number fields of a resource's outputs (a secret or a nested value is left out). */
function plainValues(outputs: unknown): Record<string, string | number> | undefined {
  if (!outputs || typeof outputs !== "object" || Array.isArray(outputs)) return undefined;
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(outputs)) {
    if (typeof value === "string" || (typeof value === "number" && Number.isFinite(value))) values[key] = value;
  }
  return values;
}

/** The name part of `urn:pulumi:<stack>::<project>::<type>::<name>`. */
export function urnName(urn: string): string {
  const parts = urn.split("::");
  return parts.length >= 4 ? parts.slice(3).join("::") : urn;
}

/**
 * The record resources of `resourceType` in an exported deployment. A deployment with operations still
 * pending, or resources waiting to be deleted or replaced, is refused: adopting against it would hand
 * Pulumi records it is about to delete.
 */
export function parseStackExport(text: string, resourceType: string, shown: string): StackState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new StackStateError(`${shown}: not JSON; give the output of \`pulumi stack export\``);
  }
  const checkpoint = data as { version?: unknown; deployment?: { resources?: unknown; pending_operations?: unknown } } | null;
  if (!checkpoint || typeof checkpoint !== "object" || !checkpoint.deployment || typeof checkpoint.deployment !== "object") {
    throw new StackStateError(`${shown}: not a Pulumi stack export (no "deployment"); give the output of \`pulumi stack export\``);
  }
  if (checkpoint.version !== 3) {
    throw new StackStateError(`${shown}: deployment version ${JSON.stringify(checkpoint.version)} is not one maildns reads (3); update the Pulumi CLI and export again`);
  }
  const pending = checkpoint.deployment.pending_operations;
  if (Array.isArray(pending) && pending.length > 0) {
    throw new StackStateError(
      `${shown}: the stack has ${pending.length} operation${pending.length === 1 ? "" : "s"} left pending by an interrupted update; run \`pulumi refresh\` (or \`pulumi cancel\`), then export again`,
    );
  }
  const raw = checkpoint.deployment.resources ?? [];
  if (!Array.isArray(raw)) throw new StackStateError(`${shown}: "deployment.resources" is not a list`);
  const resources: StackResource[] = [];
  for (const entry of raw as ExportedResource[]) {
    if (!entry || typeof entry !== "object" || entry.type !== resourceType || entry.custom === false) continue;
    if (typeof entry.urn !== "string" || typeof entry.id !== "string" || entry.id === "") continue;
    if (entry.delete === true || entry.pendingReplacement === true) {
      throw new StackStateError(
        `${shown}: ${urnName(entry.urn)} is waiting to be ${entry.delete === true ? "deleted" : "replaced"} by an unfinished update; run \`pulumi up\` or \`pulumi refresh\` to settle it, then export again`,
      );
    }
    const state = plainValues(entry.outputs);
    resources.push({ name: urnName(entry.urn), type: entry.type, id: entry.id, importId: typeof entry.importID === "string" && entry.importID !== "" ? entry.importID : null, ...(state ? { state } : {}) });
  }
  resources.sort((a, b) => a.name.localeCompare(b.name));
  return { resources };
}
