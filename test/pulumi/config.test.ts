import * as pulumi from "@pulumi/pulumi";
import { afterEach, describe, expect, it } from "vitest";
import { readStackConfig } from "../../src/pulumi/config.js";

afterEach(() => pulumi.runtime.setAllConfig({}));

describe("readStackConfig", () => {
  it("reads maildns:* and the host's ovh:*, keeping its credentials secret", async () => {
    pulumi.runtime.setAllConfig(
      {
        "maildns:policy": "strict",
        "maildns:allow": '["loosen-dmarc","large-change"]',
        "maildns:largeChangeShare": "0.5",
        "maildns:enableDkim": "true",
        "ovh:endpoint": "ovh-ca",
        "ovh:applicationKey": "ak-123",
        "ovh:applicationSecret": "as-456",
        "ovh:consumerKey": "ck-789",
      },
      ["ovh:applicationSecret", "ovh:consumerKey"],
    );
    const config = readStackConfig();
    expect(config.policy).toBe("strict");
    expect(config.allow).toEqual(["loosen-dmarc", "large-change"]);
    expect(config.largeChangeShare).toBe(0.5);
    expect(config.largeChangeMinRecords).toBeUndefined();
    expect(config.enableDkim).toBe(true);
    expect(config.hostSettings?.endpoint).toBe("ovh-ca");
    for (const key of ["applicationKey", "applicationSecret", "consumerKey"]) {
      const value = config.hostSettings?.[key] as pulumi.Output<string>;
      expect(pulumi.Output.isInstance(value)).toBe(true);
      expect(await pulumi.isSecret(value)).toBe(true);
    }
  });

  it("reads an OAuth2 service account (ovh:clientId, ovh:clientSecret) as secrets", async () => {
    pulumi.runtime.setAllConfig({ "ovh:clientId": "id-1", "ovh:clientSecret": "secret-2" }, ["ovh:clientSecret"]);
    const config = readStackConfig();
    expect(Object.keys(config.hostSettings ?? {}).sort()).toEqual(["clientId", "clientSecret"]);
    expect(await pulumi.isSecret(config.hostSettings!.clientSecret as pulumi.Output<string>)).toBe(true);
  });

  it("leaves the host's settings to its environment variables when the stack has none", () => {
    pulumi.runtime.setAllConfig({ "maildns:allow": "skip-adopt, large-change" });
    const config = readStackConfig();
    expect(config).toEqual({ allow: ["skip-adopt", "large-change"] });
  });

  it("refuses an unknown gate name in maildns:allow, and an unknown DNS host", () => {
    pulumi.runtime.setAllConfig({ "maildns:allow": '["delete-everything"]' });
    expect(() => readStackConfig()).toThrow(/maildns:allow has unknown gate delete-everything; known gates: delete-all-mx, duplicate-policy-record, large-change, loosen-dmarc, loosen-spf, remove-dkim-selector, remove-spf-include, skip-adopt/);
    pulumi.runtime.setAllConfig({ "maildns:provider": "route53" });
    expect(() => readStackConfig()).toThrow('maildns:provider "route53" is not a DNS host maildns knows; known: ovh');
  });
});
