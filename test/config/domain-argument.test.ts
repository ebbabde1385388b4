// A domain named on the command line is a mail domain, so a host name (RFC 1123 §2.1, RFC 1035 §2.3.4):
// what is not one is said with its reason. Unicode names are converted to A-labels as before.
import { describe, expect, it } from "vitest";
import { notADomainName, readDomainArgument } from "../../src/config/domain-argument.js";

describe("readDomainArgument", () => {
  it.each([
    ["-x.example", 'label "-x" starts with a hyphen (RFC 1123 §2.1)'],
    ["x-.example", 'label "x-" ends with a hyphen (RFC 1123 §2.1)'],
    ["a.-b", 'label "-b" starts with a hyphen (RFC 1123 §2.1)'],
    ["a..b", "it has an empty label (two dots in a row, or a dot first)"],
    [".example.com", "it has an empty label (two dots in a row, or a dot first)"],
    [`${"a".repeat(64)}.example`, `label "${"a".repeat(40)}…" is 64 octets long; at most 63 (RFC 1035 §2.3.4)`],
    [`${"abcdefghi.".repeat(25)}example`, "the name is 257 characters long; at most 253 (RFC 1035 §2.3.4)"],
    ["exa_mple.com", 'label "exa_mple" holds an underscore: host names take letters, digits and hyphens (RFC 1123 §2.1)'],
    ["a._b.example", 'label "_b" starts with an underscore but is not one of the leftmost labels: underscored labels name attributes of the domain below them (RFC 8552 §1.1)'],
    ["_a_b.example", 'label "_a_b" holds an underscore after its first character (RFC 1123 §2.1)'],
    ["_a._b", "every label starts with an underscore"],
    ["ex!ample.com", 'label "ex!ample" holds "!": host names take letters, digits and hyphens (RFC 1123 §2.1)'],
    ["1.2.3.4", 'the top-level label "4" is all digits: an IP address is not a domain name'],
    ["a.b", 'the top-level label "b" is one character: top-level domains have at least two'],
    ["localhost", "it is a single label, with no dot"],
    ["user@example.com", "it is a mail address (its domain is example.com)"],
    ["ex ample.com", "it holds white space (U+0020)"],
    ["ex\tample.com", "it holds white space (U+0009)"],
    ["", "it is empty"],
    ["xn--zz.de", "it cannot be converted to an A-label (IDNA, RFC 5891)"],
    // One final dot is the root; two are an empty label, never dropped to ask about example.com.
    ["example.com..", "it has an empty label (two dots in a row, or a dot first)"],
    ["2001:db8::1", "it is an IPv6 address, not a domain name"],
    ["[::1]", "it is an IPv6 address, not a domain name"],
  ])("%j is not a domain name: %s", (written, problem) => {
    expect(readDomainArgument(written)).toEqual({ problem });
  });

  it.each([
    ["example.com", "example.com"],
    ["EXAMPLE.COM.", "example.com"],
    ["mail.example.co.uk", "mail.example.co.uk"],
    ["xn--mnchen-3ya.de", "xn--mnchen-3ya.de"],
    ["münchen.de", "xn--mnchen-3ya.de"],
    ["☃.com", "xn--n3h.com"],
    ["ab--cd.example", "ab--cd.example"],
    // Underscored labels as the leftmost ones, as audit took them before (`_dmarc.example.com`).
    ["_dmarc.example.com", "_dmarc.example.com"],
    ["_a._b.example.com", "_a._b.example.com"],
    [`${"a".repeat(63)}.example`, `${"a".repeat(63)}.example`],
  ])("%j is the domain %j", (written, domain) => {
    expect(readDomainArgument(written)).toEqual({ domain });
  });

  it("shows control characters of the written name by code point in the sentence", () => {
    expect(notADomainName("a\u001b[31m.example", "it has an escape")).toBe("'aU+001B[31m.example' is not a domain name: it has an escape; give a domain such as example.com");
  });
});
