import * as pulumi from "@pulumi/pulumi";
import { afterEach, describe, expect, it } from "vitest";
import { readStackConfig } from "../../src/pulumi/config.js";

afterEach(() => pulumi.runtime.setAllConfig({}));

describe("readStackConfig", () => {
  it("reads maildns:* and ovh:*, keeping OVH keys secret", async () => {
    pulumi.runtime.setAllConfig(
      {
        "maildns:policy": "strict",
        "maildns:allow": '["loosen-dmarc","large-change"]',
        "maildns:largeChangeShare": "0.5",
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
    expect(config.endpoint).toBe("ovh-ca");
    for (const key of ["applicationKey", "applicationSecret", "consumerKey"] as const) {
      expect(pulumi.Output.isInstance(config[key])).toBe(true);
      expect(await pulumi.isSecret(config[key] as pulumi.Output<string>)).toBe(true);
    }
  });

  it("leaves OVH settings to the provider's environment variables when the stack has none", () => {
    pulumi.runtime.setAllConfig({ "maildns:allow": "skip-adopt, large-change" });
    const config = readStackConfig();
    expect(config).toEqual({ allow: ["skip-adopt", "large-change"] });
  });

  it("refuses an unknown gate name in maildns:allow", () => {
    pulumi.runtime.setAllConfig({ "maildns:allow": '["delete-everything"]' });
    expect(() => readStackConfig()).toThrow(/maildns:allow has unknown gate delete-everything; known gates: delete-all-mx, loosen-dmarc/);
  });
});
