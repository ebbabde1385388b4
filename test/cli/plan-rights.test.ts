// `maildns plan` only reads at OVH (the DKIM selectors OVH publishes for a domain whose file says `dkim: ovh`),
// so when OVH refuses that read (403) it names plan and GET, the only right plan needs there, never an
// apply's PUT and DELETE: advice to grant more would be advice to weaken a key kept for plans (a pull
// request's, say). The CLI runs as a subprocess against OVH's API on loopback, with both kinds of
// credentials; OVH's answer repeats a credential, which is never shown.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { credentialsOf, startOvhServer, type FakeOvhServer } from "../helpers/ovh-server.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";
import { FIXTURE_ZONES } from "../plan/helpers.js";
import { importedFixture } from "./imported-fixture.js";

const DOMAIN = "clean.example";
const CALL = `GET /email/domain/${DOMAIN}/dkim failed with 403 (Client::Forbidden)`;
const RIGHTS = "GET on /email/domain/*, /email/pro/* and /email/exchange/* (it only reads OVH's DKIM)";
const advice = {
  // OVH's token page grants rights on /domain/zone/* only: none is named for the mail routes.
  application: `${CALL}: the consumer key lacks the rights plan needs: ${RIGHTS}. Create one with them.`,
  oauth2: `${CALL}: the service account's IAM policy does not allow this call. Grant it what plan needs: ${RIGHTS}.`,
};

let ovh: FakeOvhServer;
let stackDir = "";
beforeAll(async () => {
  ovh = await startOvhServer({ zones: {} });
  // clean.example as `import` writes it, its selectors left to OVH.
  const yaml = importedFixture(DOMAIN).replace(/dkim:\n  selectors:\n(    [^\n]*\n)+/, "dkim: ovh\n");
  expect(yaml).toContain("\ndkim: ovh\n");
  stackDir = join(tempTree({ [`stack/${DOMAIN}.yaml`]: yaml }), "stack");
});
afterAll(async () => {
  await ovh.close();
});

describe("maildns plan refused by OVH (403)", () => {
  for (const scheme of ["application", "oauth2"] as const) {
    it(`${scheme}: a 403 on OVH's DKIM names plan and GET on the mail routes, not an apply's rights; exit 1, only GETs, no secret shown`, async () => {
      const credentials = credentialsOf(ovh, scheme);
      const refuse = () => ovh.fail({ status: 403, method: "GET", pathPrefix: "/email/", body: { message: `not granted to ${credentials.secrets.join(" ")}`, class: "Client::Forbidden" } });
      const env = { ...credentials.env, OVH_ENDPOINT: ovh.baseUrl };
      const args = ["plan", stackDir, "--zone", `${FIXTURE_ZONES}${DOMAIN}.zone`, "--today", "2026-11-01"];
      const before = ovh.requests.length;

      refuse();
      const text = await runCliAsync(args, { env });
      // A lookup plan needed failed: exit 1, as for any failed lookup.
      expect(text.status).toBe(1);
      expect(text.stdout).toContain(`\n${DOMAIN}\n  ! error _domainkey.${DOMAIN} CNAME lookup failed (network: dkim: ovh: ${advice[scheme]}); no change is planned for it\n`);

      refuse();
      const json = await runCliAsync([...args, "-f", "json"], { env });
      expect(json.status).toBe(1);
      expect(JSON.parse(json.stdout).failures).toEqual([{ domain: DOMAIN, name: `_domainkey.${DOMAIN}`, type: "CNAME", reason: "network", detail: `dkim: ovh: ${advice[scheme]}` }]);

      for (const run of [text, json]) {
        expect(run.stderr).toBe("");
        expect(run.stdout).not.toMatch(/PUT|POST|DELETE/);
        for (const secret of [...credentials.secrets, ...Object.values(credentials.env)]) {
          expect(run.stdout).not.toContain(secret);
          expect(run.stderr).not.toContain(secret);
        }
      }
      // plan only read at OVH: the refused DKIM read once per run, besides the clock or the service account's token.
      const seen = ovh.requests.slice(before);
      expect(seen.every((r) => r.method === "GET" || r.url === "/auth/oauth2/token")).toBe(true);
      const made = seen.filter((r) => r.url !== "/1.0/auth/time" && r.url !== "/auth/oauth2/token");
      expect(made.map((r) => `${r.method} ${r.url} ${r.status}`)).toEqual(Array(2).fill(`GET /1.0/email/domain/${DOMAIN}/dkim 403`));
      expect(ovh.snapshots).toEqual([]);
    });
  }
});
