// OVH's DKIM routes against the local API: MX Plan's /email/domain/{domain}/dkim, Email Pro's per-selector
// routes, enabling (asynchronous at OVH: polled, bounded).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OvhClient } from "../../../src/providers/ovh/client.js";
import { OvhZoneApi } from "../../../src/providers/ovh/zone-api.js";
import { startOvhServer, type FakeOvhServer } from "../../helpers/ovh-server.js";

let server: FakeOvhServer;
let api: OvhZoneApi;

beforeEach(async () => {
  server = await startOvhServer({ zones: {} });
  api = new OvhZoneApi(new OvhClient({ endpoint: server.baseUrl, credentials: server.credentials, maxRetries: 0 }));
});
afterEach(async () => server.close());

describe("OVH DKIM", () => {
  it("reads MX Plan's selectors, their CNAME targets, status and the active one", async () => {
    server.mxPlanDkim.set("example.com", {
      status: "enabled",
      activeSelector: "ovhmo1-selector2",
      selectors: [2, 1].map((n) => ({ selectorName: `ovhmo1-selector${n}`, cname: `ovhmo1-selector${n}._domainkey.example.com CNAME ovhmo1-selector${n}._domainkey.1.aa.dkim.mail.ovh.net.`, status: "set" })),
    });
    expect(await api.dkim("example.com", { provider: "ovh", offer: "mx-plan" })).toEqual({
      status: "enabled",
      enabled: true,
      active: "ovhmo1-selector2",
      selectors: [
        { name: "ovhmo1-selector1", cname: "ovhmo1-selector1._domainkey.1.aa.dkim.mail.ovh.net.", status: "set" },
        { name: "ovhmo1-selector2", cname: "ovhmo1-selector2._domainkey.1.aa.dkim.mail.ovh.net.", status: "set" },
      ],
    });
    // Not an MX Plan domain of this account, or mail hosted elsewhere: no DKIM to read here.
    expect(await api.dkim("other.example", null)).toBeNull();
    expect(await api.dkim("example.com", { provider: "external", offer: null })).toBeNull();
  });

  it("reads Email Pro's selectors from the service that holds the domain, and enables the ready one", async () => {
    server.proDkim.set("emailpro-zz111111-1", new Map([["example.com", [
      { selectorName: "ovhemp1-selector1", targetRecord: "ovhemp1-selector1._domainkey.1675.ac.dkim.mail.ovh.net", status: "ready" },
      { selectorName: "ovhemp1-selector2", targetRecord: "ovhemp1-selector2._domainkey.1675.ac.dkim.mail.ovh.net", status: "waitingRecord" },
    ]]]));
    const before = await api.dkim("example.com", { provider: "ovh", offer: "email-pro" });
    expect(before).toMatchObject({ enabled: false, active: null });
    expect(before!.selectors.map((s) => [s.name, s.cname])).toEqual([
      ["ovhemp1-selector1", "ovhemp1-selector1._domainkey.1675.ac.dkim.mail.ovh.net."],
      ["ovhemp1-selector2", "ovhemp1-selector2._domainkey.1675.ac.dkim.mail.ovh.net."],
    ]);
    const sleeps: number[] = [];
    const after = await api.enableDkim("example.com", { provider: "ovh", offer: "email-pro" }, { attempts: 3, intervalMs: 1000, sleep: async (ms) => void sleeps.push(ms) });
    expect(after).toMatchObject({ enabled: true, active: "ovhemp1-selector1" });
    expect(server.requests.some((r) => r.method === "POST" && r.url === "/1.0/email/pro/emailpro-zz111111-1/domain/example.com/dkim/ovhemp1-selector1/enable")).toBe(true);
    expect(sleeps).toEqual([1000]);
  });

  it("stops polling after the bound and returns what OVH last said", async () => {
    server.mxPlanDkim.set("example.com", { status: "disabled", activeSelector: null, enableAfterPolls: 50, selectors: [{ selectorName: "s1", cname: "s1._domainkey.example.com CNAME s1._domainkey.1.aa.dkim.mail.ovh.net.", status: "toSet" }] });
    const sleeps: number[] = [];
    const state = await api.enableDkim("example.com", { provider: "ovh", offer: "mx-plan" }, { attempts: 4, intervalMs: 500, sleep: async (ms) => void sleeps.push(ms) });
    expect(state).toMatchObject({ status: "modifying", enabled: false });
    expect(sleeps).toEqual([500, 500, 500, 500]);
  });

  it("a 403 on OVH's mail routes is an error naming the rights to add, never \"no DKIM\"", async () => {
    server.mxPlanDkim.set("example.com", { status: "enabled", activeSelector: "s1", selectors: [{ selectorName: "s1", cname: "s1._domainkey.1.aa.dkim.mail.ovh.net.", status: "set" }] });
    server.fail({ status: 403, pathPrefix: "/email/", times: 5, body: { message: "This call has not been granted", class: "Client::Forbidden" } });
    // It once read as null: `dkim: ovh` then told the user to enable DKIM at OVH, where it was enabled.
    await expect(api.dkim("example.com", { provider: "ovh", offer: "mx-plan" })).rejects.toMatchObject({
      failure: "forbidden",
      message:
        "GET /email/domain/example.com/dkim failed with 403 (Client::Forbidden): the consumer key lacks the rights to read OVH's DKIM for this domain. Create one with GET/POST/PUT/DELETE on /domain/zone/* and GET, PUT and POST on /email/domain/*, /email/pro/* and /email/exchange/*.",
    });
    await expect(api.dkim("example.com", { provider: "ovh", offer: "email-pro" })).rejects.toMatchObject({ failure: "forbidden", call: "GET /email/pro" });
  });

  it("an answer with holes in its selector list gives the selectors it has, without a crash", async () => {
    const selectors = [null, 7, "s0", { selectorName: "s1", cname: "s1._domainkey.example.com CNAME s1._domainkey.1.aa.dkim.mail.ovh.net.", status: "set" }, {}];
    server.mxPlanDkim.set("example.com", { status: "enabled", activeSelector: "s1", selectors: selectors as never });
    expect(await api.dkim("example.com", { provider: "ovh", offer: "mx-plan" })).toEqual({
      status: "enabled",
      enabled: true,
      active: "s1",
      selectors: [{ name: "s1", cname: "s1._domainkey.1.aa.dkim.mail.ovh.net.", status: "set" }],
    });
  });
});
