// The `skip-adopt` refusals that come from what the adoption file (`maildns adopt`'s
// stacks/<stack>/maildns-adoption.json) says, or fails to say, about zones no domain file declares any more.
// The Pulumi program refuses the update on them; `plan`, which reads the same committed file, shows the
// same refusals with the same words, so a pull request that `pulumi up` would refuse does not go green.
// Each case is one where the list of records the stack holds, as the file gives it, may be short: the
// deletion Pulumi makes at the end of the update would then go beyond what the gates judged.
import { oneLine } from "../model/show.js";
import type { AdoptionFile } from "../providers/adoption-file.js";
import { droppedZones } from "../providers/apply-plan.js";
import type { DnsProvider } from "../providers/types.js";
import { skipAdoptGate, type Gate } from "./safety.js";

/** Where the adoption file is and which stack runs `maildns adopt`, as the refusals name them. */
export interface AdoptionPlace {
  /** The adoption file as shown, e.g. `stacks/prod/maildns-adoption.json`. */
  shown: string;
  /** The stack's name (`maildns adopt --stack <name>`). */
  stack: string;
}

const adoptFirst = (place: AdoptionPlace) => `run \`maildns adopt --stack ${place.stack}\` first`;

/**
 * A zone the stack holds records in that no domain file declares, for which the adoption file has no live
 * records: the deletion cannot be judged at all.
 */
export function unrecordedDropGate(zone: string, held: number, place: AdoptionPlace, allow: readonly string[]): Gate {
  // The zone's name comes from the stack's state or the adoption file, both outside maildns's checks of a
  // domain file: shown as one safe line, as plan shows it (Pulumi's log prints it raw).
  const shown = oneLine(zone);
  return skipAdoptGate(
    shown,
    `${shown}: the stack holds ${held} record${held === 1 ? "" : "s"} in this zone that no domain file declares, and this update would delete ${held === 1 ? "it" : "them"} unjudged: ${place.shown} has no live records for it; ${adoptFirst(place)}`,
    allow,
  );
}

/**
 * A zone no domain file declares any more, which one did when `adopt` read it (`declared: true`): an update
 * since that read may have created records there that the file's list of the stack's records lacks, and
 * Pulumi deletes those too, unjudged.
 */
export function readWhileDeclaredGate(zone: string, adoption: Pick<AdoptionFile, "readAt">, place: AdoptionPlace, allow: readonly string[]): Gate {
  const shown = oneLine(zone);
  return skipAdoptGate(
    shown,
    `${shown}: no domain file declares this zone any more, but one did when ${place.shown} was read (${oneLine(adoption.readAt)}): an update since that read may have created records there that it does not list, which this update would delete unjudged (the stack's state is not read here); ${adoptFirst(place)}`,
    allow,
  );
}

/**
 * Zones the adoption file lists (adopt read them while a domain file declared them) that no domain file
 * declares now and in which it lists no record of the stack: an update after that read may have created
 * records there, which Pulumi deletes with no gate judging them. `declared` is every zone the stack's domain
 * files declare now (lower case); a zone the stack holds records in is judged as a dropped zone instead.
 */
export function listsNothingGates(provider: DnsProvider, adoption: AdoptionFile, declared: Iterable<string>, place: AdoptionPlace, allow: readonly string[]): Gate[] {
  const files = new Set([...declared].map((z) => z.toLowerCase()));
  const dropped = new Set(droppedZones(provider, adoption.stack, files));
  const gates: Gate[] = [];
  for (const zone of Object.keys(adoption.zones).sort()) {
    if (files.has(zone) || dropped.has(zone)) continue;
    gates.push(
      skipAdoptGate(
        oneLine(zone),
        `${oneLine(zone)}: no domain file declares this zone any more, and ${place.shown} (read ${oneLine(adoption.readAt)}) lists no record of the stack in it: an update since that read may have created records there, which this update would delete unjudged (the stack's state is not read here); ${adoptFirst(place)}`,
        allow,
      ),
    );
  }
  return gates;
}
