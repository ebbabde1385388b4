// MX helpers shared by the mx-* rules: where an entry's fields sit in the YAML, and which OVH host an
// exchange names (OVH's MX guide). Pure; host names are read through analyseHost, never trusted as written.
import type { MxDecl, MxEntry, OvhRegion, Path } from "../model/types.js";
import { analyseHost, type HostAnalysis } from "./host.js";
import { OVH_LEGACY_MX_HOST, ovhMxSet } from "./ovh.js";

/**
 * The YAML node of an entry's field. Preset entries (`mx: ovh`, `mx: none`) all live at the `mx` scalar
 * itself, so findings about them point there.
 */
export function mxFieldPath(mx: MxDecl, entry: MxEntry, field: "host" | "priority" | "ttl"): Path {
  return mx.preset !== null ? entry.path : [...entry.path, field];
}

/** True when the entry was written by hand (a list item), so character ranges inside its host are meaningful. */
export function isWrittenEntry(mx: MxDecl): boolean {
  return mx.preset === null;
}

export interface OvhMxHost {
  /** The N of mxN.mail.ovh.{net,ca}. */
  index: number;
  region: OvhRegion;
  /** Priority OVH's table gives this host (OVH-MX). */
  tablePriority: number;
  /** Lower-case, no trailing dot. */
  host: string;
}

const OVH_MX_CORE = /^mx([0-4])\.mail\.ovh\.(net|ca)$/;

/** The OVH MX host an exchange names (scheme, port and case aside), or null. */
export function ovhMxHost(analysis: HostAnalysis): OvhMxHost | null {
  if (analysis.kind !== "hostname" || analysis.ascii === null) return null;
  const match = OVH_MX_CORE.exec(analysis.ascii);
  if (!match) return null;
  const index = Number(match[1]);
  const region: OvhRegion = match[2] === "ca" ? "ca" : "eu";
  return { index, region, tablePriority: ovhMxSet(region)[index]!.priority, host: analysis.ascii };
}

/** True for hosts of OVH's old MX Plan filtering/redirect modes (OVH's MX guide, WILD). */
export function isLegacyOvhMxHost(analysis: HostAnalysis): boolean {
  return analysis.kind === "hostname" && analysis.ascii !== null && OVH_LEGACY_MX_HOST.test(analysis.ascii);
}

export interface AnalysedMxEntry {
  entry: MxEntry;
  index: number;
  host: HostAnalysis;
}

/**
 * Every MX entry with its host analysed, in file order. A dozen rules ask for the same MX set of a model
 * (which is immutable): the list is made once per set and shared, so callers must not change it.
 */
export function analyseMxEntries(mx: MxDecl | null): readonly AnalysedMxEntry[] {
  if (mx === null) return [];
  let analysed = analysedSets.get(mx);
  if (!analysed) analysedSets.set(mx, (analysed = mx.entries.map((entry, index) => ({ entry, index, host: analyseHost(entry.host) }))));
  return analysed;
}
const analysedSets = new WeakMap<MxDecl, readonly AnalysedMxEntry[]>();

/** The key two entries share when they name the same exchange (RFC 1035 names compare case-insensitively). */
export function mxTargetKey(analysis: HostAnalysis): string {
  // A label with no valid A-label is "" in the A-label form, so two different such hosts (mx.exa<U+00AD>mple
  // and mx.<U+200B>other) would share "mx..net": they are compared as written instead.
  if (analysis.ascii !== null && !analysis.problems.some((p) => p.code === "idn-invalid")) return `${analysis.kind}:${analysis.ascii}`;
  return `raw:${analysis.input.trim().toLowerCase().replace(/\.$/, "")}`;
}
