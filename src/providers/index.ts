// The DNS hosts maildns can apply to: one line per host. `maildns:provider` (stack config) and
// `--provider` (plan, adopt, rollback) pick one; OVH is the default.
import { ovhProvider } from "./ovh/index.js";
import type { DnsProvider } from "./types.js";

const registry = new Map<string, DnsProvider>([
  [ovhProvider.id, ovhProvider],
]);

export const DEFAULT_PROVIDER = "ovh";

/** Adds a host (tests register a second one to prove the seam; a new host adds its line above). */
export function registerProvider(provider: DnsProvider): void {
  registry.set(provider.id, provider);
}

export function unregisterProvider(id: string): void {
  if (id !== DEFAULT_PROVIDER) registry.delete(id);
}

export function providerIds(): string[] {
  return [...registry.keys()].sort();
}

/** The host registered under `id`; null when there is none (callers say which ones exist). */
export function findProvider(id: string = DEFAULT_PROVIDER): DnsProvider | null {
  return registry.get(id) ?? null;
}

export type { DnsProvider } from "./types.js";
