// The shipped example stack through the real linter, and the adopt → pulumi round trip.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAdoptCommand } from "../../src/cli/commands/adopt.js";
import { formatText } from "../../src/formatters/text.js";
import { lintPaths } from "../../src/index.js";
import { defineMailDns } from "../../src/pulumi/program.js";
import { startOvhServer, type FakeOvhServer } from "../helpers/ovh-server.js";
import { captureLog, settled, useMocks } from "./mocks.js";

const repo = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
const TODAY = "2026-11-20";

const EXPECTED = [
  ["example.com/@/mx/mx0.mail.ovh.net.", "example.com", "", "MX", "1 mx0.mail.ovh.net.", 3600],
  ["example.com/@/mx/mx1.mail.ovh.net.", "example.com", "", "MX", "5 mx1.mail.ovh.net.", 3600],
  ["example.com/@/mx/mx2.mail.ovh.net.", "example.com", "", "MX", "50 mx2.mail.ovh.net.", 3600],
  ["example.com/@/mx/mx3.mail.ovh.net.", "example.com", "", "MX", "100 mx3.mail.ovh.net.", 3600],
  ["example.com/@/mx/mx4.mail.ovh.net.", "example.com", "", "MX", "200 mx4.mail.ovh.net.", 3600],
  ["example.com/@/spf", "example.com", "", "TXT", '"v=spf1 include:mx.ovh.com ~all"', 600],
  ["example.com/_dmarc/dmarc", "example.com", "_dmarc", "TXT", '"v=DMARC1; p=quarantine; np=reject; rua=mailto:dmarc-reports@example.com"', 3600],
  ["example.com/_imaps._tcp/srv/ssl0.ovh.net.", "example.com", "_imaps._tcp", "SRV", "0 1 993 ssl0.ovh.net.", 3600],
  ["example.com/_submission._tcp/srv/ssl0.ovh.net.", "example.com", "_submission._tcp", "SRV", "0 1 587 ssl0.ovh.net.", 3600],
  ["example.com/_submissions._tcp/srv/ssl0.ovh.net.", "example.com", "_submissions._tcp", "SRV", "0 1 465 ssl0.ovh.net.", 3600],
  ["example.com/ovhmo1234567-selector1._domainkey/dkim", "example.com", "ovhmo1234567-selector1._domainkey", "CNAME", "ovhmo1234567-selector1._domainkey.1234567.ab.dkim.mail.ovh.net.", 3600],
  ["example.com/ovhmo1234567-selector2._domainkey/dkim", "example.com", "ovhmo1234567-selector2._domainkey", "CNAME", "ovhmo1234567-selector2._domainkey.1234567.ab.dkim.mail.ovh.net.", 3600],
  ["example.org/@/mx/.", "example.org", "", "MX", "0 .", 3600],
  ["example.org/@/spf", "example.org", "", "TXT", '"v=spf1 -all"', 3600],
  ["example.org/_dmarc/dmarc", "example.org", "_dmarc", "TXT", '"v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.com"', 3600],
].sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe("the example stack", () => {
  it("stops the preview on example.net's lint errors, with the CLI's lines", async () => {
    const registered = await useMocks("example");
    const lint = await lintPaths([join(repo, "stacks", "example")], { cwd: repo, policy: "ovh", today: TODAY });
    expect(lint.errors).toBeGreaterThan(0);
    const cliLines = formatText({
      findings: lint.findings.filter((f) => f.level === "error"),
      summary: { files: lint.files, domains: lint.domains.length, errors: lint.errors, warnings: lint.warnings, infos: lint.infos },
      rules: [],
      toolVersion: "",
    }).trimEnd().split("\n");
    let message = "";
    try {
      await defineMailDns({ stack: "example", root: repo, config: { policy: "ovh", today: TODAY }, log: captureLog().log });
    } catch (error) {
      expect(error).toBeInstanceOf(pulumi.RunError);
      message = (error as Error).message;
    }
    expect(message.split("\n")).toEqual([`maildns lint found ${lint.errors} errors; nothing is applied until they are fixed:`, ...cliLines]);
    expect(message).toMatch(/^stacks\/example\/example\.net\.yaml:8:14 {2}error {2}.* {2}\[mx-target-not-hostname\]$/m);
    expect(registered).toEqual([]);
  });

  describe("its clean and parked domains, adopted from the local OVH server", () => {
    let root: string;
    let server: FakeOvhServer;
    beforeEach(async () => {
      root = mkdtempSync(join(tmpdir(), "maildns-example-"));
      mkdirSync(join(root, "stacks", "demo"), { recursive: true });
      for (const file of ["example.com.yaml", "example.org.yaml"]) copyFileSync(join(repo, "stacks", "example", file), join(root, "stacks", "demo", file));
      writeFileSync(join(root, "stacks", "Pulumi.demo.yaml"), "config:\n  maildns:policy: ovh\n");
      server = await startOvhServer({
        zones: {
          "example.com": [
            { id: 7001, subDomain: "", fieldType: "MX", target: "1 mx0.mail.ovh.net.", ttl: 3600 },
            { id: 7002, subDomain: "", fieldType: "TXT", target: '"v=spf1 include:mx.ovh.com ~all"', ttl: 600 },
            { id: 7003, subDomain: "_imaps._tcp", fieldType: "SRV", target: "0 1 993 ssl0.ovh.net.", ttl: 3600 },
          ],
          "example.org": [],
        },
      });
    });
    afterEach(async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    });

    it("declares exactly the expected ZoneRecords, importing the ones OVH already has", async () => {
      const out: string[] = [];
      const io = {
        stdout: (t: string) => void out.push(t),
        stderr: (t: string) => void out.push(t),
        cwd: root,
        env: { OVH_APPLICATION_KEY: server.credentials.applicationKey, OVH_APPLICATION_SECRET: server.credentials.applicationSecret, OVH_CONSUMER_KEY: server.credentials.consumerKey },
        isTTY: false,
      };
      // A new stack: `pulumi stack export` of it holds no resources yet.
      writeFileSync(join(root, "state.json"), JSON.stringify({ version: 3, deployment: { manifest: {}, resources: [] } }));
      expect(await createAdoptCommand().run(["--stack", "demo", "--endpoint", server.baseUrl, "--state", "state.json", "--today", TODAY], io)).toBe(0);

      const registered = await useMocks("demo");
      const captured = captureLog();
      const result = await defineMailDns({ stack: "demo", root, config: { policy: "ovh", today: TODAY, hostSettings: { endpoint: "ovh-eu" } }, log: captured.log });
      await settled(result.resources);
      const records = registered
        .filter((r) => r.type === "ovh:Domain/zoneRecord:ZoneRecord")
        .map((r) => [r.name, r.inputs.zone, r.inputs.subdomain, r.inputs.fieldtype, r.inputs.target, r.inputs.ttl])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
      expect(records).toEqual(EXPECTED);
      const imports = Object.fromEntries(registered.filter((r) => r.importId).map((r) => [r.name, r.importId]));
      expect(imports).toEqual({
        "example.com/@/mx/mx0.mail.ovh.net.": "7001.example.com",
        "example.com/@/spf": "7002.example.com",
        "example.com/_imaps._tcp/srv/ssl0.ovh.net.": "7003.example.com",
      });
      expect(captured.warn).toEqual([]);
      expect(JSON.stringify([out, captured])).not.toContain(server.credentials.applicationSecret);
    });
  });
});
