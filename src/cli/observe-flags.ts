// Observation flags shared by `plan`, `audit` and `import`: their definitions and help, and the flags that
// only the CLI reads (record families, the OVH offer). Opening the observation they ask for is
// src/plan/observation.ts, which the Action uses too.
import type { ParseArgsConfig } from "node:util";
import { isObservable, OBSERVABLES, OPT_IN_OBSERVABLES, type Observable } from "../engine/observes.js";
import { UsageError } from "../engine/usage-error.js";
import { OVH_OFFERS } from "../mail/ovh.js";
import type { OvhOffer } from "../model/types.js";
import { DEFAULT_DEADLINE_MS } from "../plan/observation.js";
import { oneOf } from "./args.js";

export const OBSERVE_OPTIONS = {
  resolver: { type: "string", multiple: true },
  authoritative: { type: "boolean" },
  concurrency: { type: "string" },
  timeout: { type: "string" },
  retries: { type: "string" },
  deadline: { type: "string" },
  zone: { type: "string", multiple: true },
  origin: { type: "string" },
  shard: { type: "string" },
} as const satisfies ParseArgsConfig["options"];

export const OBSERVE_HELP = `  --resolver IP[:PORT] DNS server to ask (repeatable; default: the system's, from /etc/resolv.conf)
  --authoritative      ask each domain's own name servers (fresh answers right after an apply)
  --concurrency N      DNS questions in flight at once (default 64)
  --timeout MS         per-attempt timeout in milliseconds (default 2000)
  --retries N          attempts after the first, rotating through the resolvers (default 2)
  --deadline MS        the whole run's DNS time in milliseconds (default 600000): lookups unfinished then
                       are failures (reason timeout) and the report is still written
  --zone FILE|DIR      read BIND zone files (e.g. OVH's zone export) instead of DNS (repeatable); with
                       --resolver, names outside the zones are asked there. A file's zone is its
                       $ORIGIN, or its name: <zone>.zone, <zone>.txt, <zone>.db or db.<zone>; a folder
                       is read for files named so
  --origin NAME        the zone of the one --zone FILE (as named-checkzone and kzonecheck take it), for
                       an export without $ORIGIN whose file name is not the zone's
  --shard K/N          only the domains of shard K of N (1 ≤ K ≤ N): a domain's shard is the FNV-1a hash
                       of its name mod N, so CI matrix jobs split a list the same way on every run`;

/** What to look at beyond the core mail checks (`audit`, and `plan`'s live rules). */
export const FAMILY_OPTIONS = {
  observe: { type: "string", multiple: true },
  "probe-selectors": { type: "boolean" },
} as const satisfies ParseArgsConfig["options"];

export const FAMILY_HELP = `  --observe LIST       also look at these record families (comma-separated, repeatable): ${OPT_IN_OBSERVABLES.filter((f) => f !== "dkim-probe").join(", ")},
                       or all. Without it only the core mail checks run (MX and its hosts, the SPF tree,
                       DMARC with policy discovery and report authorisations, DKIM for known selectors);
                       a pack that names a rule reading another family turns that family on too
  --probe-selectors    try common DKIM selector names (default, selector1, google, k1…) and a wildcard
                       probe over DNS (same as --observe dkim-probe)`;

/** `--observe a,b --observe c` and `--probe-selectors` as a list of families; a wrong name is a usage error. */
export function familiesOption(values: { observe?: string[] | undefined; "probe-selectors"?: boolean | undefined }): Observable[] {
  const families = new Set<Observable>();
  for (const item of (values.observe ?? []).flatMap((v) => v.split(","))) {
    const name = item.trim().toLowerCase();
    if (name === "") continue;
    if (name === "all") {
      for (const family of OBSERVABLES) families.add(family);
      continue;
    }
    if (!isObservable(name)) throw new UsageError(`--observe: unknown record family '${item.trim().slice(0, 40)}' (use ${OPT_IN_OBSERVABLES.join(", ")}, or all)`);
    families.add(name);
  }
  if (values["probe-selectors"]) families.add("dkim-probe");
  return [...families];
}

export function offerOption(value: string | undefined): OvhOffer | null {
  if (value === undefined) return null;
  return oneOf(value, OVH_OFFERS, "--offer", "mx-plan");
}
