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

/** The host's selector names for domains (audit, import, doctor), as far as it runs their mail. */
export async function hostSelectorNames(domains: readonly string[], api: ProviderApi, mail: Pick<MailSettings, "provider" | "offer"> | null): Promise<Map<string, string[]>> {
  const names = new Map<string, string[]>();
  for (const domain of domains) {
    try {
      const state = await api.dkim(domain, mail);
      if (state) names.set(domain, state.selectors.map((s) => s.name));
    } catch {
      // Not a domain of this account, or the API is unreachable: the DNS probes still run.
    }
  }
  return names;
}
