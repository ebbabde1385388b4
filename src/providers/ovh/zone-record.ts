// How an OVH record becomes a Pulumi resource: one `ovh.domain.ZoneRecord` (@ovhcloud/pulumi-ovh) per
// record, under OVH's provider. The packages are imported when the program runs, never by the CLI.
import type * as pulumi from "@pulumi/pulumi";
import type { PulumiSide, RecordDeclaration } from "../types.js";

export const OVH_RECORD_TYPE = "ovh:Domain/zoneRecord:ZoneRecord";

const SECRET_KEYS = ["applicationKey", "applicationSecret", "consumerKey", "clientId", "clientSecret"] as const;

export const ovhPulumi: PulumiSide = {
  resourceType: OVH_RECORD_TYPE,
  configNamespace: "ovh",
  secretKeys: SECRET_KEYS,

  async declareProvider(name, settings) {
    const [runtime, ovh] = await Promise.all([import("@pulumi/pulumi"), import("@ovhcloud/pulumi-ovh")]);
    const args: Record<string, pulumi.Input<string>> = {};
    for (const [key, value] of Object.entries(settings)) {
      if (value === undefined) continue;
      args[key] = (SECRET_KEYS as readonly string[]).includes(key) ? runtime.secret(value) : value;
    }
    return new ovh.Provider(name, args);
  },

  async declareRecord(declaration: RecordDeclaration, provider) {
    const ovh = await import("@ovhcloud/pulumi-ovh");
    const opts: pulumi.CustomResourceOptions = {
      provider,
      // zone and fieldtype force a replacement (OVH's provider, resource_domain_zone_record.go); for a singleton slot the old record must go
      // first: a DKIM CNAME and its TXT replacement cannot both exist (RFC 1034 §3.6.2).
      deleteBeforeReplace: true,
    };
    if (declaration.importId) opts.import = declaration.importId;
    if (declaration.aliases.length > 0) opts.aliases = declaration.aliases.map((name) => ({ name }));
    const { zone, subdomain, fieldtype, target, ttl } = declaration.inputs;
    return new ovh.domain.ZoneRecord(
      declaration.name,
      { zone: String(zone), subdomain: String(subdomain), fieldtype: String(fieldtype), target: String(target), ttl: Number(ttl) },
      opts,
    );
  },
};
