// `maildns adopt` only reads (the zone's records, and OVH's DKIM of a domain whose file says `dkim: ovh`), so
// when OVH refuses one of its calls (403) it names GET, the only right it needs, never an apply's PUT and
// DELETE: advice to grant more would be advice to weaken the key. Against OVH's API on loopback, with both
// kinds of credentials; OVH's answer repeats a credential, which is never shown, and no adoption file is
// written for a zone adopt could not read.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/cli.js";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import { credentialsOf, startOvhServer, type FakeOvhServer } from "../helpers/ovh-server.js";
import { tempTree } from "../helpers/tmp.js";

const ZONE = "example.com";
const RIGHTS = "GET on /domain/zone/* (it only reads the zone's records)";

describe("maildns adopt refused by OVH (403)", () => {
  let server: FakeOvhServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const advice = {
    application: `the consumer key lacks the rights adopt needs on zone ${ZONE}: ${RIGHTS}. Create one with them.`,
    oauth2: `the service account's IAM policy does not allow this call on zone ${ZONE}. Grant it what adopt needs: ${RIGHTS}.`,
  };

  for (const scheme of ["application", "oauth2"] as const) {
    it(`${scheme}: a 403 on the zone's records names GET and the zone, not an apply's rights; exit 1, no adoption file, no secret shown`, async () => {
      const ovh = await startOvhServer({ zones: { [ZONE]: [{ id: 10, subDomain: "", fieldType: "MX", target: "1 mx0.mail.ovh.net.", ttl: 3600 }] } });
      server = ovh;
      const dir = tempTree({
        "stacks/prod/example.com.yaml": readFileSync(join(repoRoot, "stacks/example/example.com.yaml"), "utf8"),
        "stacks/Pulumi.prod.yaml": "config:\n  maildns:policy: ovh\n  ovh:endpoint: ovh-eu\n",
        "state.json": JSON.stringify({ version: 3, deployment: { manifest: {}, resources: [] } }),
      });
      const credentials = credentialsOf(ovh, scheme);
      ovh.fail({ status: 403, method: "GET", pathPrefix: `/domain/zone/${ZONE}/record`, body: { message: `not granted to ${credentials.secrets.join(" ")}`, class: "Client::Forbidden" } });
      const run = await runCliInProcess(["adopt", "--stack", "prod", "--endpoint", ovh.baseUrl, "--state", "state.json", "--today", "2026-11-20"], { cwd: dir, env: credentials.env });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`maildns adopt: ${ZONE} (stacks/prod/example.com.yaml): GET /domain/zone/${ZONE}/record`);
      expect(run.stderr).toContain(`failed with 403 (Client::Forbidden): ${advice[scheme]}\n`);
      expect(run.stderr).not.toMatch(/PUT|DELETE/);
      for (const secret of [...credentials.secrets, ...Object.values(credentials.env)]) {
        expect(run.stdout).not.toContain(secret);
        expect(run.stderr).not.toContain(secret);
      }
      expect(existsSync(join(dir, "stacks/prod/maildns-adoption.json"))).toBe(false);
      // adopt never wrote anything at OVH.
      expect(ovh.snapshots).toEqual([]);
      expect(ovh.requests.every((r) => r.method === "GET" || r.url.startsWith("/auth/oauth2/token"))).toBe(true);
    });
  }
});
