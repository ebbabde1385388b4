// What the tests of a domain file removed from a stack share: the fault-injecting loopback DNS server serving
// the fixture zones, and the domain files `maildns import` writes from two of them (chain.example stays in
// the stack; clean.example is the one a change removes).
import { afterAll, beforeAll, beforeEach } from "vitest";
import type { DnsServer } from "../helpers/dns-server.js";
import { startFixtureServer } from "../plan/helpers.js";
import { importedFixture } from "./imported-fixture.js";

export const TODAY = ["--today", "2026-11-01"];
export const ALL_GATES = ["--allow", "delete-all-mx,large-change,loosen-dmarc,loosen-spf,remove-dkim-selector,remove-spf-include"];

export interface RemovedZoneFixture {
  server: DnsServer;
  /** `--resolver` at the server, a short timeout, no retry. */
  dnsArgs: string[];
  chainYaml: string;
  cleanYaml: string;
}

/** Starts the server before the file's tests and stops it after; each test starts with no fault set. */
export function useRemovedZoneFixture(): RemovedZoneFixture {
  const fixture = { dnsArgs: [] as string[], chainYaml: "", cleanYaml: "" } as RemovedZoneFixture;
  beforeAll(async () => {
    fixture.server = await startFixtureServer();
    fixture.dnsArgs = ["--resolver", `127.0.0.1:${fixture.server.port}`, "--timeout", "1000", "--retries", "0"];
    fixture.chainYaml = importedFixture("chain.example");
    fixture.cleanYaml = importedFixture("clean.example");
  });
  afterAll(async () => {
    await fixture.server.close();
  });
  beforeEach(() => fixture.server.clearFaults());
  return fixture;
}
