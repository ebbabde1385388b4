import { describe, expect, it } from "vitest";
import { isBelowOrganizationalDomain, isPublicSuffix, organizationalDomain, organizationalDomainWith } from "../../src/mail/org-domain.js";

describe("organizationalDomain (Public Suffix List, RFC 7489 §3.2)", () => {
  it("is one label below the longest public suffix, without case or final dot", () => {
    expect(organizationalDomain("Mail.Example.COM.")).toBe("example.com");
    expect(organizationalDomain("a.b.example.co.uk")).toBe("example.co.uk");
    expect(isBelowOrganizationalDomain("example.co.uk")).toBe(false);
    expect(isBelowOrganizationalDomain("mail.example.co.uk")).toBe(true);
    expect(isPublicSuffix("co.uk")).toBe(true);
    expect(isPublicSuffix("example.co.uk")).toBe(false);
  });
});

describe("organizationalDomainWith: suffixes added to the list", () => {
  it("an added suffix the list does not know makes the name one label below it Organizational", () => {
    expect(organizationalDomainWith("a.example.gen.test", ["gen.test"])).toBe("example.gen.test");
    expect(organizationalDomainWith("example.gen.test", ["gen.test"])).toBe("example.gen.test");
  });

  it("the longest suffix decides, whatever the order the suffixes are given in", () => {
    expect(organizationalDomainWith("x.a.example.gen.test", ["gen.test", "example.gen.test"])).toBe("a.example.gen.test");
    expect(organizationalDomainWith("x.a.example.gen.test", ["example.gen.test", "gen.test"])).toBe("a.example.gen.test");
  });

  it("a shorter added suffix does not shorten the list's", () => {
    expect(organizationalDomainWith("sub.example.co.uk", ["uk"])).toBe("example.co.uk");
  });

  it("reads added suffixes without case, outer dots or blanks, and ignores an empty one", () => {
    expect(organizationalDomainWith("x.a.example.gen.test.", [" .Example.GEN.test. ", ""])).toBe("a.example.gen.test");
  });

  it("a name that is itself an added suffix stays as it is", () => {
    expect(organizationalDomainWith("gen.test", ["gen.test"])).toBe("gen.test");
  });
});
