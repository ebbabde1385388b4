import { buildDomainModel } from "../../src/config/domain.js";
import { checkDomainSchema } from "../../src/config/schema.js";
import { parseSource } from "../../src/config/source.js";
import { loadZones } from "../../src/dns/zone-source.js";
import type { DomainModel } from "../../src/model/types.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";

export const FIXTURE_ZONES = new URL("../fixtures/zones/", import.meta.url).pathname;
export const PLAN_ZONES = new URL("../fixtures/plan/zones/", import.meta.url).pathname;
export const PLAN_STACK = new URL("../fixtures/plan/stack/", import.meta.url).pathname;

/** The model of a domain file's text, through the same loader `lint` uses; throws when it does not load. */
export function modelFromYaml(text: string, file: string | null = "test.yaml"): DomainModel {
  const source = parseSource(file ?? "test.yaml", Buffer.from(text));
  if (source.problems.length > 0) throw new Error(`YAML problems: ${JSON.stringify(source.problems)}`);
  const problems = checkDomainSchema(source.value);
  if (problems.length > 0) throw new Error(`schema problems: ${JSON.stringify(problems)}`);
  const built = buildDomainModel(file, source.value as Record<string, unknown>);
  if ("invalidDomain" in built) throw new Error("invalid domain");
  return built.model;
}

/** A loopback DNS server holding the shared fixture zones and the plan fixtures. */
export async function startFixtureServer(): Promise<DnsServer> {
  const server = await startDnsServer({ zones: PLAN_ZONES });
  const shared = await loadZones([FIXTURE_ZONES]);
  if (shared.errors.length > 0) throw new Error("fixture zones have errors");
  for (const origin of shared.origins) server.index.addZone(origin);
  server.add(shared.records);
  return server;
}
