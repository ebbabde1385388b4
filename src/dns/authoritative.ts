// `--authoritative`: ask the zone's own name servers, so an answer right after an apply is fresh rather
// than a cached one.
import { canonicalName, parentName } from "./names.js";
import type { RecordSource, ServerAddress } from "./types.js";

export interface AuthoritativeOptions {
  /** Port to ask them on (default 53; tests use a loopback port). */
  port?: number;
}

/**
 * The addresses of the name servers of the zone holding `zone` (walking up from it until an NS RRset is
 * found). Throws an Error that says what failed when no server address can be found: this is set-up,
 * before any observation.
 */
export async function authoritativeServers(source: RecordSource, zone: string, options: AuthoritativeOptions = {}): Promise<ServerAddress[]> {
  const port = options.port ?? 53;
  let name: string | null = canonicalName(zone);
  let hosts: string[] = [];
  let apex = "";
  while (name !== null && name !== "") {
    const ns = await source.lookup(name, "NS");
    if (ns.status === "failed") throw new Error(`cannot find the name servers of ${name}: NS lookup failed (${ns.failure?.reason}: ${ns.failure?.detail})`);
    if (ns.status === "ok") {
      hosts = ns.values;
      apex = name;
      break;
    }
    name = parentName(name);
  }
  if (hosts.length === 0) throw new Error(`no NS records found for ${zone} or any parent zone`);
  const servers: ServerAddress[] = [];
  const problems: string[] = [];
  for (const host of hosts) {
    // IPv4 first: it works on more networks; IPv6 addresses follow as further servers to rotate to.
    for (const type of ["A", "AAAA"] as const) {
      const addresses = await source.lookup(host, type);
      if (addresses.status === "ok") for (const address of addresses.values) servers.push({ host: address, port });
      else if (addresses.status === "failed") problems.push(`${host} ${type}: ${addresses.failure?.reason}`);
    }
  }
  if (servers.length === 0) {
    throw new Error(`the name servers of ${apex} (${hosts.join(", ")}) have no addresses${problems.length ? `: ${problems.join("; ")}` : ""}`);
  }
  const v4 = servers.filter((s) => !s.host.includes(":"));
  const v6 = servers.filter((s) => s.host.includes(":"));
  return [...v4, ...v6];
}
