// The seam between maildns and a DNS host, as octoDNS's providers and DNSControl's providers/ draw it: a
// host says what it accepts (limits, normal form), how its records look (the form its API and its Pulumi
// resource take), how to list the records maildns manages and their ids, and how one record is declared as
// a Pulumi resource. Everything else (slots, operations, gates, adoption, the program) is written once,
// over these. Registering a host is one line in ./index.ts; its code lives in its own folder.
import type * as pulumi from "@pulumi/pulumi";
import type { SlotRecord } from "../model/slots.js";
import type { MailSettings } from "../model/types.js";
import type { LiveSlotRecord } from "../model/operations.js";

/** A record in the host's own form: what its API stores and its Pulumi resource takes. */
export interface HostRecord {
  slot: string;
  zone: string;
  /** Owner relative to the zone ("" for the apex). */
  subdomain: string;
  /** The host's type name (OVH: TXT for SPF/DKIM/DMARC, never its pseudo-types). */
  type: string;
  /** The value as the host keeps it (OVH: TXT in one pair of quotes). */
  target: string;
  ttl: number;
  file: string | null;
}

/** A record as the host's API lists it. */
export interface LiveHostRecord {
  /** The host's record id, as a string. */
  id: string;
  zone: string;
  subdomain: string;
  type: string;
  target: string;
  ttl: number;
}

/** A desired record the host would refuse or mangle: the apply stops before anything is written. */
export class HostRecordError extends Error {
  override name = "HostRecordError";
}

/** A failure talking to the host's API, already said so a person knows what to do (and holding no secret). */
export interface HostApiFailure extends Error {
  readonly status: number | null;
}

export interface ProviderLimits {
  /** The smallest custom TTL the host accepts. */
  minTtl: number;
  /** The TTL value that asks for the zone's default, if the host has one. */
  zoneDefaultTtl: number | null;
}

/** DKIM as the mail host reports it (OVH: /email/domain/{domain}/dkim and the Email Pro / Exchange routes). */
export interface HostDkim {
  /** "enabled", "disabled", "modifying", "toConfigure", "inProduction"... as the host says it. */
  status: string;
  /** Whether the host signs mail with one of the selectors now. */
  enabled: boolean;
  /** The selector signing now, when the host says. */
  active: string | null;
  selectors: { name: string; cname: string | null; status: string }[];
}

/** What the apply needs from the host's API beyond Pulumi's resource. */
export interface ProviderApi {
  /** Every live record in the owners maildns manages for these desired records, with ids. */
  listManaged(zone: string, desired: readonly HostRecord[]): Promise<LiveHostRecord[]>;
  /** Creates one record in the host's form (inputs as Pulumi's resource takes them); no zone refresh. */
  createRecord(zone: string, inputs: Readonly<Record<string, string | number>>): Promise<LiveHostRecord>;
  /** Edits one record in place to these inputs (as Pulumi's resource takes them); no zone refresh. */
  updateRecord(zone: string, id: string, inputs: Readonly<Record<string, string | number>>): Promise<void>;
  /** Whether the zone still has this record, wherever it is now (false only when the host says it is gone). */
  recordExists(zone: string, id: string): Promise<boolean>;
  /** Deletes one record (gone already counts as done); no zone refresh. */
  deleteRecord(zone: string, id: string): Promise<void>;
  /** Publishes the zone's pending changes. */
  refreshZone(zone: string): Promise<void>;
  /** The zone as a BIND file, for rollback. */
  exportZone(zone: string): Promise<string>;
  /** The host's saved versions of the zone, oldest first (ISO dates). */
  zoneHistory(zone: string): Promise<string[]>;
  /** The zone file of one saved version, as the host holds it (what a restore of that version brings back). */
  zoneVersionFile(zone: string, version: string): Promise<string>;
  /** Restores a saved version. */
  restoreZone(zone: string, version: string): Promise<void>;
  /** DKIM state for a mail domain, or null when the host does not run this domain's mail (mail null: not known, ask anyway). */
  dkim(domain: string, mail: Pick<MailSettings, "provider" | "offer"> | null): Promise<HostDkim | null>;
  /** Starts DKIM signing and waits (polled, bounded) for the host to report it; returns the last state seen. */
  enableDkim(domain: string, mail: Pick<MailSettings, "provider" | "offer">, wait: { attempts: number; intervalMs: number; sleep?: (ms: number) => Promise<void> }): Promise<HostDkim | null>;
  /** Text from the host, cleaned of every form of the credentials sent, before anything prints it. */
  scrub(text: string): string;
}

/** Where credentials come from: the environment (CLI) or the stack's config (Pulumi), never printed. */
export interface CredentialSource {
  env: Readonly<Record<string, string | undefined>>;
  /** Stack config of the host's namespace (`ovh:*`), plain values; absent in the CLI. */
  config?: Readonly<Record<string, string | undefined>>;
}

/**
 * Which command the API is opened for: a refused call (403) names that command and the rights it needs. Told
 * by the command, never guessed from a call: an apply reads the zone's export and history too, before it
 * writes. The rights follow from what the command does (the host says which it needs for each of the three
 * kinds): an apply writes, a rollback reads and restores, and every command of ReadingCommand only reads, so
 * they need the same rights and differ only in the name the message gives.
 */
export type ApiPurpose = "apply" | "rollback" | ReadingCommand;

/**
 * The commands that open the host's API only to read: adopt (the zone's records, the host's DKIM), plan,
 * audit, import and doctor (the host's DKIM selectors), and the Pulumi program in a preview (the same).
 */
export type ReadingCommand = "adopt" | "plan" | "audit" | "import" | "doctor" | "pulumi preview";

export interface ApiOpenOptions {
  endpoint?: string;
  /** The command the API is opened for, named with its rights in a refused call's advice (default "apply"). */
  purpose?: ApiPurpose;
  timeoutMs?: number;
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  maxRetries?: number;
  /** When every call must be over (Date.now() clock): requests and waits are cut to it, never past it. */
  deadlineAt?: number;
}

/** One record as the program declares it. */
export interface RecordDeclaration {
  /** Stable resource name: zone, owner and slot, never the value. */
  name: string;
  inputs: Record<string, string | number>;
  /** Pulumi `import` id, when the record exists at the host and the stack does not hold it yet. */
  importId: string | null;
  /** Earlier names of this resource in the stack (Pulumi aliases), so a rename is not a replacement. */
  aliases: string[];
}

/** How one host's records become Pulumi resources. Loaded lazily: the CLI never loads Pulumi. */
export interface PulumiSide {
  /** The resource type token of one record (to read `pulumi stack export`). */
  resourceType: string;
  /** The stack config namespace of the host's provider (`ovh` → `ovh:endpoint`, `ovh:applicationKey`...). */
  configNamespace: string;
  /** Config keys holding secrets (declared as Pulumi secrets). */
  secretKeys: readonly string[];
  declareProvider(name: string, settings: Readonly<Record<string, pulumi.Input<string> | undefined>>): Promise<pulumi.ProviderResource>;
  declareRecord(declaration: RecordDeclaration, provider: pulumi.ProviderResource): Promise<pulumi.CustomResource>;
}

export interface DnsProvider {
  /** Registry key and `maildns:provider` value, e.g. "ovh". */
  readonly id: string;
  /** For messages, e.g. "OVH". */
  readonly label: string;
  readonly limits: ProviderLimits;
  /** Whether a served TTL satisfies a desired one (OVH: 0 is met by the zone's default, whatever it is). */
  ttlMatches(desired: number, observed: number | null): boolean;
  /** The desired record in the host's form; throws HostRecordError (naming the file and a rule id). */
  toHost(record: SlotRecord, zone: string): HostRecord;
  /** A live record as DNS serves it (neutral type and value), flagged when the host can only replace it. */
  toLive(record: LiveHostRecord): LiveSlotRecord;
  /** The Pulumi import id of a live record. */
  importId(record: LiveHostRecord): string;
  /** The record's id as the Pulumi state holds it (after create or import). */
  stateId(record: LiveHostRecord): string;
  /** The resource inputs of a desired or live record (exactly what the resource takes). */
  inputs(record: HostRecord | LiveHostRecord): Record<string, string | number>;
  /** Names of the environment variables that carry credentials, for messages. */
  readonly credentialHelp: string;
  /** Whether credentials are present (without reading them into anything printable). */
  hasCredentials(source: CredentialSource): boolean;
  /** Opens the host's API with credentials from the environment or the stack config; throws when missing. */
  openApi(source: CredentialSource, options?: ApiOpenOptions): ProviderApi;
  readonly pulumi: PulumiSide;
}
