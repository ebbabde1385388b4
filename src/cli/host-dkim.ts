// `audit`, `import` and `doctor` ask the mail host for its DKIM selector names when its credentials are in
// the environment (OVH: OVH_APPLICATION_KEY… or OVH_CLIENT_ID…, endpoint from OVH_ENDPOINT): the names are
// per account, so only the host knows them. Without credentials the commands probe the usual names as before.
// With credentials, a call the host refuses or never answers is said, on stderr and in the JSON report, and
// fails the run (exit 1): the user asked for the host's names, and a check made without them is not the one
// asked for (a key without the rights, or expired, would otherwise go unseen until DKIM breaks).
import { hostSelectorNames, type HostNamesFailure, type HostSelectorNames } from "../providers/host-dkim.js";
import { findProvider } from "../providers/index.js";
import type { ApiOpenOptions, ReadingCommand } from "../providers/types.js";
import type { OvhOffer } from "../model/types.js";
import { UsageError, type CliIO } from "./command.js";

/**
 * `limits`: how long each call may take and how many times a failed one is tried again (by default the
 * client's own, 15 s and 3), and when all must be over; doctor gives its --timeout, its attempts and its
 * --deadline, which no request and no wait before a retry (a Retry-After of a minute) goes past.
 */
export async function hostSelectors(
  domains: readonly string[],
  offer: OvhOffer | null,
  io: Pick<CliIO, "env" | "interrupt">,
  command: ReadingCommand,
  limits: Pick<ApiOpenOptions, "timeoutMs" | "maxRetries" | "deadlineAt"> = {},
): Promise<HostSelectorNames & { host: string }> {
  const provider = findProvider()!;
  if (domains.length === 0 || !provider.hasCredentials({ env: io.env })) return { names: new Map(), failure: null, host: provider.label };
  let api;
  try {
    // Opened for the command, which only reads: a refused call names GET, never an apply's rights.
    api = provider.openApi({ env: io.env }, { purpose: command, ...limits });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  // --offer names an OVH offer (Email Pro and Exchange answer on their own routes); without it, mail is unknown.
  return { ...(await hostSelectorNames(domains, api, offer ? { provider: "ovh", offer } : null, io.interrupt)), host: provider.label };
}

/** "example.com", "a.example, b.example and 3 more". */
function someDomains(domains: readonly string[]): string {
  const named = domains.slice(0, 2).join(", ");
  return domains.length > 2 ? `${named} and ${domains.length - 2} more` : named;
}

/**
 * The stderr line for a failure: whose names were not read, why (the call, its status, what to do), and what
 * the run did instead. `instead` is the command's own: audit and doctor checked the selectors known otherwise,
 * import wrote none of those domains.
 */
export function describeHostNamesFailure(host: string, failure: HostNamesFailure, instead: string): string {
  const asked = failure.domains.length > 1 ? ` (asked no further after the first)` : "";
  return `${host}'s DKIM selector names were not read for ${someDomains(failure.domains)}${asked}: ${failure.message} ${instead} Fix the credentials, or run without them in the environment to go without ${host}'s names.`;
}

/** The JSON report's `hostApiFailure`: the same, for a program. */
export function hostNamesFailureJson(host: string, failure: HostNamesFailure) {
  return { host, call: failure.call, status: failure.status, domains: failure.domains, message: failure.message };
}
