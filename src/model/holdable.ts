// What a domain file can hold. A record it cannot hold (text with control characters, a name or target that
// is not a host name) is never written by `import`, and never managed by `plan` or the apply either when the
// file does not declare it: maildns does not touch what it cannot represent.
import { codePointName } from "./show.js";

/*
 * Text a domain file cannot carry: C0 controls and DEL (the loader's file-control-character; RFC 1035
 * §3.3.14 text is octets, but DNS text records must not carry them), and U+FFFD, which stands for octets
 * that were not UTF-8: writing it would change the record on the next apply.
 */
export const UNUSABLE_TEXT = /[\u0000-\u001f\u007f\ufffd]/;

/** Owner labels and host names a domain file (and OVH's API) can hold: letters, digits, "-" and "_" per label. */
export const HOST_NAME = /^([a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)(\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*$/;

export function usableHost(host: string): boolean {
  return host === "." || HOST_NAME.test(host.replace(/\.$/, ""));
}

export function describeText(text: string): string {
  const bad = UNUSABLE_TEXT.exec(text);
  if (!bad) return "";
  return bad[0] === "\ufffd"
    ? "octets that are not UTF-8"
    : `the control character ${codePointName(bad[0])}`;
}

/** Why records at this owner cannot be written to a domain file as they are, or null when they can. */
export function recordProblem(name: string, subdomain: string, type: string, values: readonly string[]): string | null {
  if (subdomain !== "" && !HOST_NAME.test(subdomain)) return `its name ${name} is not a host name`;
  for (const value of values) {
    if (type === "TXT") {
      const what = describeText(value);
      if (what) return `its text holds ${what}`;
    } else {
      const host = value.split(" ").pop() ?? "";
      if (!usableHost(host)) return `its target ${host} is not a host name`;
    }
  }
  return null;
}
