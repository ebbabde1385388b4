// Whether a zone's managed records are still what adopt read (pure).
import { describe, expect, it } from "vitest";
import { liveDrift } from "../../src/providers/live-drift.js";
import type { LiveHostRecord } from "../../src/providers/types.js";

const live = (id: number, subdomain: string, type: string, target: string, ttl = 3600): LiveHostRecord => ({ id: String(id), zone: "example.com", subdomain, type, target, ttl });

describe("liveDrift", () => {
  const read = [live(1, "", "MX", "1 mx0.mail.ovh.net."), live(2, "", "TXT", '"v=spf1 -all"'), live(3, "_dmarc", "TXT", '"v=DMARC1; p=reject"')];

  it("finds nothing when the zone is as read, in any order", () => {
    expect(liveDrift(read, [...read].reverse())).toEqual([]);
  });

  it("names a record gone, edited (value or TTL) or new, by id, type and owner, never by value", () => {
    const now = [read[0]!, { ...read[2]!, ttl: 600 }, live(4, "", "TXT", '"v=spf1 a -all"')];
    expect(liveDrift(read, now)).toEqual(["record 2 (TXT @) is gone", "record 3 (TXT _dmarc) was edited", "record 4 (TXT @) is new"]);
    expect(liveDrift(read, [read[0]!, { ...read[1]!, target: '"v=spf1 ~all"' }, read[2]!])).toEqual(["record 2 (TXT @) was edited"]);
  });
});
