import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);

// src/providers/host-dkim.ts
function selectorsOf(state, ttl) {
  return state.selectors.filter((s) => s.cname !== null).map((s) => ({
    name: s.name,
    kind: "cname",
    target: s.cname,
    text: null,
    // The host says which one signs; before it has chosen, both are published and neither is "retired".
    active: state.active === null || state.active === s.name,
    // Selectors the mail host issued itself (DkimSelector.ovh: the host's, not the customer's own key).
    ovh: true,
    ttl,
    path: ["dkim"]
  }));
}
async function resolveHostDkim(models, api, missing, hostLabel = "the host") {
  const failures = [];
  const resolved = [];
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
    let state;
    try {
      state = await api.dkim(model.domain, model.mail);
    } catch (error) {
      failures.push({ domain: model.domain, detail: `dkim: ${host}: ${api.scrub(error.message)}` });
      resolved.push(model);
      continue;
    }
    if (!state || state.selectors.length === 0) {
      failures.push({ domain: model.domain, detail: `dkim: ${host}, but ${hostLabel} reports no DKIM selector for ${model.domain} (enable DKIM for it there, or list the selectors in the file)` });
      resolved.push(model);
      continue;
    }
    const dkim = { ...model.dkim, selectors: selectorsOf(state, model.ttl) };
    resolved.push({ ...model, dkim });
  }
  return { models: resolved, failures };
}
async function hostSelectorNames(domains, api, mail) {
  const names = /* @__PURE__ */ new Map();
  for (const domain of domains) {
    try {
      const state = await api.dkim(domain, mail);
      if (state) names.set(domain, state.selectors.map((s) => s.name));
    } catch {
    }
  }
  return names;
}

export {
  resolveHostDkim,
  hostSelectorNames
};
