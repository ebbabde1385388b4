// Safety gates: changes that can silently break mail are refused unless the stack's `maildns:allow`
// names the gate (design.md §5). Pure: it compares a zone's live managed records with the desired ones.
import type { Deletion, ZoneMatch } from "../ovh/match.js";
import { comparableTarget, unquoteTxt, type OvhLiveRecord, type OvhZoneRecord } from "../ovh/records.js";

export type GateName = "delete-all-mx" | "loosen-dmarc" | "remove-spf-include" | "large-change" | "skip-adopt";

export const GATE_NAMES: readonly GateName[] = ["delete-all-mx", "loosen-dmarc", "remove-spf-include", "large-change", "skip-adopt"];

export interface GateTrip {
  gate: GateName;
  zone: string;
  message: string;
}

export interface SafetyOptions {
  /** Share of a zone's managed records that one update may delete or modify (octoDNS: 30 %). */
  largeChangeShare: number;
  /**
   * The large-change gate only looks at zones holding at least this many managed records. octoDNS uses 10
   * for whole zones; a mail-only zone holds about 9 (5 MX, SPF, 2 DKIM, DMARC), so we use 4: below that one
   * edit is already a third of the zone.
   */
  largeChangeMinRecords: number;
}

export const DEFAULT_SAFETY: SafetyOptions = { largeChangeShare: 0.3, largeChangeMinRecords: 4 };

const TXT_FAMILY = new Set(["TXT", "SPF", "DKIM", "DMARC"]);

function isRealMx(target: string): boolean {
  // RFC 7505: "0 ." is a null MX, which says the domain receives no mail.
  const host = target.trim().split(/\s+/)[1] ?? "";
  return host !== "." && host !== "";
}

function liveTexts(existing: readonly OvhLiveRecord[], subDomain: string, prefix: RegExp): string[] {
  return existing
    .filter((r) => r.subDomain.toLowerCase() === subDomain && TXT_FAMILY.has(r.fieldType.toUpperCase()))
    .map((r) => unquoteTxt(r.target))
    .filter((text) => prefix.test(text));
}

function desiredTexts(desired: readonly OvhZoneRecord[], subDomain: string, prefix: RegExp): string[] {
  return desired
    .filter((r) => r.subdomain === subDomain && r.fieldtype === "TXT")
    .map((r) => unquoteTxt(r.target))
    .filter((text) => prefix.test(text));
}

const SPF = /^v=spf1(\s|$)/i;
const DMARC = /^v=DMARC1\s*(;|$)/i;

/** `include:` and `redirect=` domains of an SPF record (RFC 7208 §5.2, §6.1), lower case without a final dot. */
export function spfIncludes(text: string): string[] {
  const found: string[] = [];
  for (const term of text.trim().split(/\s+/).slice(1)) {
    const match = /^[+\-~?]?include:(.+)$/i.exec(term) ?? /^redirect=(.+)$/i.exec(term);
    if (match) found.push(match[1]!.toLowerCase().replace(/\.$/, ""));
  }
  return found;
}

interface DmarcStrength {
  p: number;
  sp: number;
  pct: number;
  testing: boolean;
}

const POLICY_RANK: Readonly<Record<string, number>> = { none: 0, quarantine: 1, reject: 2 };
const POLICY_NAME = ["none", "quarantine", "reject"];

/** p, sp (defaults to p, RFC 7489 §6.3), pct (defaults to 100) and t=y (RFC 9989 test mode). */
export function dmarcStrength(text: string): DmarcStrength | null {
  const tags = new Map<string, string>();
  for (const part of text.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) tags.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim().toLowerCase());
  }
  const p = POLICY_RANK[tags.get("p") ?? ""];
  if (p === undefined) return null;
  const sp = POLICY_RANK[tags.get("sp") ?? ""] ?? p;
  const pctText = tags.get("pct");
  const pct = pctText !== undefined && /^\d+$/.test(pctText) ? Math.min(100, Number(pctText)) : 100;
  return { p, sp, pct, testing: tags.get("t") === "y" };
}

function dmarcLoosening(before: DmarcStrength, after: DmarcStrength | null): string | null {
  if (!after) return "removes the DMARC record";
  if (after.p < before.p) return `lowers p=${POLICY_NAME[before.p]} to p=${POLICY_NAME[after.p]}`;
  if (after.sp < before.sp) return `lowers sp=${POLICY_NAME[before.sp]} to sp=${POLICY_NAME[after.sp]}`;
  if (before.p > 0 && after.p === before.p && after.pct < before.pct) return `lowers pct=${before.pct} to pct=${after.pct}`;
  if (before.p > 0 && after.testing && !before.testing) return "adds t=y (test mode applies one policy lower)";
  return null;
}

/** Every gate the zone's change trips, overridden or not. `existing` are the live managed records. */
export function checkSafety(
  match: ZoneMatch,
  existing: readonly OvhLiveRecord[],
  desired: readonly OvhZoneRecord[],
  options: SafetyOptions = DEFAULT_SAFETY,
): GateTrip[] {
  const zone = match.zone;
  const trips: GateTrip[] = [];

  const liveMx = existing.filter((r) => r.subDomain === "" && r.fieldType.toUpperCase() === "MX" && isRealMx(r.target));
  const wantedMx = desired.filter((r) => r.subdomain === "" && r.fieldtype === "MX" && isRealMx(r.target));
  if (liveMx.length > 0 && wantedMx.length === 0) {
    trips.push({
      gate: "delete-all-mx",
      zone,
      message: `${zone}: this update removes every MX (${liveMx
        .map((r) => comparableTarget("MX", r.target))
        .sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b))
        .join(", ")}); the domain stops receiving mail`,
    });
  }

  const liveDmarc = liveTexts(existing, "_dmarc", DMARC).map(dmarcStrength).filter((s): s is DmarcStrength => s !== null);
  const wantedDmarc = desiredTexts(desired, "_dmarc", DMARC).map(dmarcStrength);
  if (liveDmarc.length > 0) {
    const before = liveDmarc.reduce((a, b) => (b.p > a.p ? b : a));
    const loosened = dmarcLoosening(before, wantedDmarc[0] ?? null);
    if (loosened) trips.push({ gate: "loosen-dmarc", zone, message: `${zone}: this update loosens DMARC: it ${loosened}` });
  }

  const liveIncludes = new Set(liveTexts(existing, "", SPF).flatMap(spfIncludes));
  const wantedIncludes = new Set(desiredTexts(desired, "", SPF).flatMap(spfIncludes));
  const removed = [...liveIncludes].filter((d) => !wantedIncludes.has(d)).sort();
  if (removed.length > 0) {
    trips.push({
      gate: "remove-spf-include",
      zone,
      message: `${zone}: this update removes SPF include ${removed.join(", ")}; mail from that sender then fails SPF`,
    });
  }

  const changed = match.deletions.length + match.adoptions.filter((a) => a.ttlChange !== null).length;
  if (existing.length >= options.largeChangeMinRecords && changed / existing.length > options.largeChangeShare) {
    const share = Math.round((changed / existing.length) * 100);
    trips.push({
      gate: "large-change",
      zone,
      message: `${zone}: this update deletes or modifies ${changed} of ${existing.length} managed records (${share}% > ${Math.round(options.largeChangeShare * 100)}%)`,
    });
  }
  return trips;
}

/** Splits trips into those the stack allows (to log) and those that stop the update. */
export function applyOverrides(trips: readonly GateTrip[], allow: readonly string[]): { refused: GateTrip[]; overridden: GateTrip[] } {
  const allowed = new Set(allow);
  return {
    refused: trips.filter((t) => !allowed.has(t.gate)),
    overridden: trips.filter((t) => allowed.has(t.gate)),
  };
}

export function refusalMessage(refused: readonly GateTrip[]): string {
  const lines = refused.map((t) => `  ${t.message} [${t.gate}]`);
  const gates = [...new Set(refused.map((t) => t.gate))];
  return [
    `maildns refused this update (${refused.length} safety gate${refused.length === 1 ? "" : "s"}):`,
    ...lines,
    `If this is intended, allow it in the stack config for this update, e.g.`,
    `  pulumi config set --path 'maildns:allow[0]' ${gates[0]}`,
    `(allowed: ${gates.join(", ")}), then remove the override afterwards.`,
  ].join("\n");
}

export function describeDeletion(deletion: Deletion): string {
  const r = deletion.live;
  const what = `${r.fieldType} ${r.subDomain === "" ? "@" : r.subDomain} ${r.target} (id ${r.id})`;
  return deletion.reason === "pseudo-type"
    ? `${deletion.zone}: ${what} uses OVH's read-only ${r.fieldType} pseudo-type; maildns writes TXT, so it must be deleted [ovh-native-type]`
    : `${deletion.zone}: ${what} is in a managed RRset but the YAML no longer wants it`;
}
