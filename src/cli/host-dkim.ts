// `audit`, `import` and `doctor` ask the mail host for its DKIM selector names when its credentials are in
// the environment (OVH: OVH_APPLICATION_KEY… or OVH_CLIENT_ID…, endpoint from OVH_ENDPOINT): the names are
// per account, so only the host knows them. Without credentials the commands probe the usual names as before.
import { hostSelectorNames } from "../providers/host-dkim.js";
import { findProvider } from "../providers/index.js";
import type { ReadingCommand } from "../providers/types.js";
import type { OvhOffer } from "../model/types.js";
import { UsageError, type CliIO } from "./command.js";

export async function hostSelectors(domains: readonly string[], offer: OvhOffer | null, io: Pick<CliIO, "env">, command: ReadingCommand): Promise<Map<string, string[]>> {
  const provider = findProvider()!;
  if (domains.length === 0 || !provider.hasCredentials({ env: io.env })) return new Map();
  let api;
  try {
    // Opened for the command, which only reads: a refused call names GET, never an apply's rights.
    api = provider.openApi({ env: io.env }, { purpose: command });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  // --offer names an OVH offer (Email Pro and Exchange answer on their own routes); without it, mail is unknown.
  return hostSelectorNames(domains, api, offer ? { provider: "ovh", offer } : null);
}
