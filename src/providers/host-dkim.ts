// DKIM as the mail host knows it. OVH's selector names are per account, so a file may say `dkim: ovh`
// and let the API name them: this fills the model with the selectors the host reports (CNAME delegations
// to its key servers, the active one signing) before the plan or the apply looks at the zone. It also gives
// `audit`, `import` and `doctor` the host's selector names, so they look at the right ones instead of
// guessing. A host that cannot be asked is a failure for that domain, never "no selectors".
import type { DkimSelector, DomainModel, MailSettings } from "../model/types.js";
import type { HostDkim, ProviderApi } from "./types.js";

export interface HostDkimFailure {
  domain: string;
  detail: string;
}

function selectorsOf(state: HostDkim, ttl: number): DkimSelector[] {
  return state.selectors
    .filter((s) => s.cname !== null)
    .map((s) => ({
      name: s.name,
      kind: "cname" as const,
      target: s.cname,
      text: null,
      // The host says which one signs; before it has chosen, both are published and neither is "retired".
      active: state.active === null || state.active === s.name,
      // Selectors the mail host issued itself (DkimSelector.ovh: the host's, not the customer's own key).
      ovh: true,
      ttl,
      path: ["dkim"],
    }));
}

/**
 * The models with `dkim: ovh` filled from the host's API. A domain the host does not run mail for, or
 * whose call fails, keeps no selectors and is listed in `failures`: its DKIM is then unknown.
 */
export async function resolveHostDkim(models: readonly DomainModel[], api: ProviderApi | null, missing: string, hostLabel = "the host"): Promise<{ models: DomainModel[]; failures: HostDkimFailure[] }> {
  const failures: HostDkimFailure[] = [];
  const resolved: DomainModel[] = [];
  for (const model of models) {
    const host = model.dkim?.fromHost ?? null;
    if (host === null) {
      resolved.push(model);
      continue;
    }
    if (!api) {
      failures.push({ domain: model.domain, detail: `dkim: ${host} needs the host's API to name the selectors: ${missing}` });
      resolved.push(model);
      continue;
    }
    let state: HostDkim | null;
    try {
      state = await api.dkim(model.domain, model.mail);
    } catch (error) {
      failures.push({ domain: model.domain, detail: `dkim: ${host}: ${api.scrub((error as Error).message)}` });
      resolved.push(model);
      continue;
    }
    if (!state || state.selectors.length === 0) {
      failures.push({ domain: model.domain, detail: `dkim: ${host}, but ${hostLabel} reports no DKIM selector for ${model.domain} (enable DKIM for it there, or list the selectors in the file)` });
      resolved.push(model);
      continue;
    }
    const dkim = { ...model.dkim!, selectors: selectorsOf(state, model.ttl) };
    resolved.push({ ...model, dkim });
  }
  return { models: resolved, failures };
}

/** The host's API could not name the selectors: which call failed and why, and the domains left without them. */
export interface HostNamesFailure {
  /** The domain whose call failed, then every later one, which was not asked. */
  domains: string[];
  /** The call that failed (e.g. "GET /email/domain/example.com/dkim"), when the host's error says it. */
  call: string | null;
  status: number | null;
  /** What went wrong and what to do, as the host's client says it, scrubbed of the credentials. */
  message: string;
}

export interface HostSelectorNames {
  names: Map<string, string[]>;
  /** Null when the host answered for every domain (a domain whose mail it does not run is an answer). */
  failure: HostNamesFailure | null;
}

/**
 * The host's selector names for domains (audit, import, doctor), as far as it runs their mail. A failed call
 * is never read as "no selectors": the credentials were given so that the host's names be looked at, and a
 * refused key (401, 403) or an unreachable API would otherwise pass unseen. The first failure stops the
 * asking: the calls that follow would fail the same way, each after its own retries and timeouts (a minute
 * per domain for an API that does not answer), so the rest are said as not asked.
 */
export async function hostSelectorNames(
  domains: readonly string[],
  api: ProviderApi,
  mail: Pick<MailSettings, "provider" | "offer"> | null,
  /** The run's interruption (Ctrl-C): the asking ends at once, and the call under way is not waited for. */
  interrupt?: AbortSignal,
): Promise<HostSelectorNames> {
  const names = new Map<string, string[]>();
  // Rejects when the run is interrupted, so a call retrying against a silent API is not waited for; the
  // command then writes its report and ends by the signal, which ends the call with the process.
  const interrupted = new Promise<never>((_, reject) => {
    if (!interrupt) return;
    const stop = () => reject(new InterruptedError(String(interrupt.reason ?? "interrupted")));
    if (interrupt.aborted) stop();
    else interrupt.addEventListener("abort", stop, { once: true });
  });
  interrupted.catch(() => undefined);
  for (const [index, domain] of domains.entries()) {
    try {
      const state = await Promise.race([api.dkim(domain, mail), interrupted]);
      if (state) names.set(domain, state.selectors.map((s) => s.name));
    } catch (error) {
      if (error instanceof InterruptedError) {
        return { names, failure: { domains: domains.slice(index), call: null, status: null, message: `interrupted (${error.message}) before the host answered.` } };
      }
      const { call, status } = error as { call?: unknown; status?: unknown };
      return {
        names,
        failure: {
          domains: domains.slice(index),
          call: typeof call === "string" ? api.scrub(call) : null,
          status: typeof status === "number" ? status : null,
          message: api.scrub((error as Error).message),
        },
      };
    }
  }
  return { names, failure: null };
}

class InterruptedError extends Error {
  override name = "InterruptedError";
}
