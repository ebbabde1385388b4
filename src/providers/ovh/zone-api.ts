// The calls maildns makes to OVH's zone API itself (besides Pulumi's provider): listing the managed
// records with their ids, deleting a record before its replacement is written, refreshing the zone,
// exporting it and restoring a saved version for rollback, and OVH's DKIM state.
import { TERMINAL_ACTING } from "../../model/show.js";
import type { MailSettings } from "../../model/types.js";
import type { HostDkim, HostRecord, LiveHostRecord, ProviderApi } from "../types.js";
import type { OvhClient } from "./client.js";
import { enableOvhDkim, ovhDkim } from "./dkim.js";
import { OvhApiError } from "./errors.js";
import { readExport, unlistedRecords } from "./export-owners.js";
import { fromOvhLive, isManagedLive, managedQueries, type OvhLiveRecord } from "./records.js";

const enc = encodeURIComponent;

/** TERMINAL_ACTING without its global flag, for a test that keeps no state between calls. */
const TERMINAL_ACTING_ANY = new RegExp(TERMINAL_ACTING.source, "u");

export class OvhZoneApi implements ProviderApi {
  constructor(readonly client: OvhClient) {}

  scrub(text: string): string {
    return this.client.scrub(text);
  }

  /** `GET /domain/zone/{zone}/record?fieldType=&subDomain=` → record ids. */
  async listRecordIds(zone: string, filter: { fieldType?: string; subDomain?: string } = {}): Promise<number[]> {
    const ids = await this.client.get<unknown>(`/domain/zone/${enc(zone)}/record`, filter);
    if (!Array.isArray(ids) || !ids.every((id) => Number.isInteger(id))) {
      throw new OvhApiError("bad-response", `GET /domain/zone/${zone}/record`, 200, `GET /domain/zone/${zone}/record did not return a list of record ids.`);
    }
    return ids as number[];
  }

  /** `GET /domain/zone/{zone}/record/{id}`. */
  async getRecord(zone: string, id: number): Promise<OvhLiveRecord> {
    const path = `/domain/zone/${enc(zone)}/record/${id}`;
    const raw = await this.client.get<Record<string, unknown>>(path);
    // Every field is required as OVH sends it: a record without its subDomain read as the apex (a `_dmarc`
    // TXT then left out of its slot) would have the apply create a second DMARC record beside it.
    const fields = raw !== null && typeof raw === "object" ? raw : {};
    const { subDomain, fieldType, target, ttl } = fields;
    // A field type is a type's mnemonic (A, MX, TXT, OVH's DKIM...), and an owner holds no control character
    // (OVH's API refuses them): messages name a record by both, so neither may drive a terminal or a CI log.
    if (
      fields.id !== id ||
      typeof subDomain !== "string" ||
      TERMINAL_ACTING_ANY.test(subDomain) ||
      typeof fieldType !== "string" ||
      !/^[A-Za-z0-9]{1,16}$/.test(fieldType) ||
      typeof target !== "string" ||
      typeof ttl !== "number" ||
      !Number.isInteger(ttl)
    ) {
      throw new OvhApiError("bad-response", `GET ${path}`, 200, `GET ${path} did not return record ${id} (its id, subDomain, fieldType, target and ttl); is the endpoint OVH's API?`);
    }
    // The record must be of the zone asked for: its zone becomes the Pulumi import id's (`<id>.<zone>`), so a
    // record said to be another zone's would have `pulumi up` import, then replace (delete), a record of a
    // zone no file names. Zone names compare without letter case (RFC 4343); the zone kept is the one asked.
    // What the server said is not repeated: it is remote text.
    if (fields.zone !== undefined && (typeof fields.zone !== "string" || fields.zone.replace(/\.$/, "").toLowerCase() !== zone.toLowerCase())) {
      throw new OvhApiError("bad-response", `GET ${path}`, 200, `GET ${path} answered record ${id} as another zone's, not ${zone}'s; is the endpoint OVH's API?`);
    }
    return { id, zone, subDomain, fieldType, target, ttl };
  }

  /**
   * The managed records, listed owner by owner with OVH's `subDomain=` filter, once per spelling the zone's
   * export holds for that owner: OVH keeps a `subDomain` as it was given (`_DMARC`), and whether its filter
   * ignores case is not documented. DNS serves `_DMARC` and `_dmarc` at one name (RFC 4343), so a record
   * left unlisted for its spelling had the apply create a second DMARC record beside it. The export is read
   * once: listing every record of the zone instead, one GET each, would hit OVH's rate limit on a zone of
   * hundreds of TXT records, and it is parsed once for both the spellings and the check of the listing.
   * A filter that does ignore case lists the same ids again, counted once.
   */
  async listManaged(zone: string, desired: readonly HostRecord[]): Promise<LiveHostRecord[]> {
    const reading = readExport(await this.exportZone(zone), zone);
    const { spellings } = reading;
    // Every DKIM selector the zone publishes, so a selector the files dropped is seen too.
    const dkimOwners = [...spellings.keys()].filter((owner) => owner.endsWith("._domainkey"));
    const queries = managedQueries(desired, dkimOwners);
    const ids = new Set<number>();
    // The export holds every record of the zone (its SOA and NS too): a listing of more ids than that is not
    // OVH's, and reading each, one GET at a time, could take hours. Refused before any is read.
    const exportSize = [...reading.counts.values()].reduce((sum, n) => sum + n, 0);
    for (const query of queries) {
      const asSpelt = [...new Set([query.subDomain, ...(spellings.get(query.subDomain) ?? [])])].sort();
      for (const subDomain of asSpelt) {
        for (const fieldType of query.fieldTypes) {
          for (const id of await this.listRecordIds(zone, { fieldType, subDomain })) ids.add(id);
          if (ids.size > exportSize) {
            const call = `GET /domain/zone/${zone}/record`;
            throw new OvhApiError("bad-response", call, 200, `${call} listed ${ids.size} record ids at the owners maildns manages, more than the zone's export holds (${exportSize} records); is the endpoint OVH's API?`);
          }
        }
      }
    }
    const records: LiveHostRecord[] = [];
    // One at a time: a mail zone has a dozen managed records, and OVH rate-limits bursts (429).
    for (const id of [...ids].sort((a, b) => a - b)) records.push(fromOvhLive(await this.getRecord(zone, id)));
    // Nothing is planned from a list that missed a record the export shows at a managed owner: a create
    // beside an unseen SPF or DMARC record is two at one name.
    const short = unlistedRecords(reading, zone, queries, records);
    if (short.length > 0) {
      const call = `GET /domain/zone/${zone}/record`;
      throw new OvhApiError(
        "bad-response",
        call,
        200,
        `${call} listed fewer records than the zone's export holds (${short.join("; ")}): OVH may keep an owner in another letter case than it exports. Nothing is planned from that list; rename that owner in lower case at OVH (edit the record in the Control Panel, or PUT /domain/zone/${zone}/record/{id} with its subDomain), then run maildns adopt again.`,
      );
    }
    return records.filter(isManagedLive);
  }

  /** `POST /domain/zone/{zone}/record`, as OVH's provider creates a record (TF-REC): the record as OVH holds it. */
  async createRecord(zone: string, inputs: Readonly<Record<string, string | number>>): Promise<LiveHostRecord> {
    const path = `/domain/zone/${enc(zone)}/record`;
    const created = await this.client.post<Record<string, unknown>>(path, {
      fieldType: inputs.fieldtype,
      subDomain: inputs.subdomain,
      target: inputs.target,
      ttl: inputs.ttl,
    });
    const id = created !== null && typeof created === "object" ? created.id : undefined;
    if (typeof id !== "number" || !Number.isInteger(id)) {
      throw new OvhApiError("bad-response", `POST ${path}`, 200, `POST /domain/zone/${zone}/record did not return the record it created (its id); check the zone before retrying.`);
    }
    return fromOvhLive(await this.getRecord(zone, id));
  }

  /** `PUT /domain/zone/{zone}/record/{id}`, with the fields OVH's provider sends on an update (TF-REC). */
  async updateRecord(zone: string, id: string, inputs: Readonly<Record<string, string | number>>): Promise<void> {
    await this.client.put(`/domain/zone/${enc(zone)}/record/${enc(id)}`, { subDomain: inputs.subdomain, target: inputs.target, ttl: inputs.ttl });
  }

  async recordExists(zone: string, id: string): Promise<boolean> {
    try {
      await this.client.get(`/domain/zone/${enc(zone)}/record/${enc(id)}`);
      return true;
    } catch (error) {
      if (error instanceof OvhApiError && error.status === 404) return false;
      throw error;
    }
  }

  async deleteRecord(zone: string, id: string): Promise<void> {
    try {
      await this.client.delete(`/domain/zone/${enc(zone)}/record/${enc(id)}`);
    } catch (error) {
      // Already gone (someone else deleted it, or a retry after a lost answer): what was asked is true.
      if (error instanceof OvhApiError && error.status === 404) return;
      throw error;
    }
  }

  async refreshZone(zone: string): Promise<void> {
    await this.client.post(`/domain/zone/${enc(zone)}/refresh`);
  }

  async exportZone(zone: string): Promise<string> {
    const text = await this.client.get<unknown>(`/domain/zone/${enc(zone)}/export`);
    if (typeof text !== "string") {
      throw new OvhApiError("bad-response", `GET /domain/zone/${zone}/export`, 200, `GET /domain/zone/${zone}/export did not return a zone file.`);
    }
    return text;
  }

  async zoneHistory(zone: string): Promise<string[]> {
    const dates = await this.client.get<unknown>(`/domain/zone/${enc(zone)}/history`);
    // OVH's dates are ISO 8601 date-times (`2026-11-20T10:00:00+01:00`). Date.parse alone takes far more
    // (`Jan 1 2026 (any text)`, a comment in parentheses): a date is printed by rollback and written into the
    // saved export's header, so one that could carry a terminal control or a line break is not OVH's.
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})$/;
    if (!Array.isArray(dates) || !dates.every((d) => typeof d === "string" && iso.test(d) && !Number.isNaN(Date.parse(d)))) {
      throw new OvhApiError("bad-response", `GET /domain/zone/${zone}/history`, 200, `GET /domain/zone/${zone}/history did not return a list of dates.`);
    }
    return [...(dates as string[])].sort((a, b) => Date.parse(a) - Date.parse(b));
  }

  /**
   * The zone file of a saved version: `GET /domain/zone/{zone}/history/{creationDate}` names its
   * `zoneFileUrl`, downloaded without credentials (OvhClient.download). What rollback compares with the
   * saved export before it restores that version.
   */
  async zoneVersionFile(zone: string, version: string): Promise<string> {
    const path = `/domain/zone/${enc(zone)}/history/${enc(version)}`;
    const answer = await this.client.get<unknown>(path);
    const url = answer !== null && typeof answer === "object" ? (answer as Record<string, unknown>).zoneFileUrl : undefined;
    if (typeof url !== "string") {
      throw new OvhApiError("bad-response", `GET ${path}`, 200, `GET /domain/zone/${zone}/history/${version} did not name the version's zone file (zoneFileUrl); is the endpoint OVH's API?`);
    }
    return this.client.download(url, `the zone file of ${zone}'s version of ${version}`);
  }

  async restoreZone(zone: string, version: string): Promise<void> {
    await this.client.post(`/domain/zone/${enc(zone)}/history/${enc(version)}/restore`);
  }

  dkim(domain: string, mail: Pick<MailSettings, "provider" | "offer"> | null): Promise<HostDkim | null> {
    return ovhDkim(this.client, domain, mail);
  }

  enableDkim(domain: string, mail: Pick<MailSettings, "provider" | "offer">, wait: { attempts: number; intervalMs: number; sleep?: (ms: number) => Promise<void> }): Promise<HostDkim | null> {
    return enableOvhDkim(this.client, domain, mail, wait);
  }
}
