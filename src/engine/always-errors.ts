// Rules no policy pack may lower or switch off (`defaults: off` included). Each reports a domain file that
// plan and apply do not use: one that could not be read or loaded into a domain, or a second file for a
// domain already described. Lowered, the finding would no longer stop `lint`, `plan`, `adopt` or the Pulumi
// program, and the domain would silently drop out of the run: unchecked, and, in the Pulumi program, no
// longer declared, so `pulumi up` would delete its records.
import { UNREADABLE } from "./unreadable.js";

/** Rule id → why it stays an error, as the refusal of a pack that lowers it says. */
export const ALWAYS_ERRORS: ReadonlyMap<string, string> = new Map([
  [UNREADABLE, "a domain file that cannot be read is a domain nobody checked (the Pulumi program would delete its records); fix or remove the file instead"],
  ["file-too-large", "a domain file refused unread is a domain nobody checked (the Pulumi program would delete its records); split or fix the file instead"],
  ["file-binary", "a domain file that is not text is not loaded, so its domain goes unchecked (the Pulumi program would delete its records); fix the file instead"],
  ["file-syntax", "a domain file that is not valid YAML is not loaded, so its domain goes unchecked (the Pulumi program would delete its records); fix the file instead"],
  ["file-duplicate-key", "a domain file with a key twice is not loaded, so its domain goes unchecked (the Pulumi program would delete its records); fix the file instead"],
  ["file-schema", "a domain file that does not match the schema is not loaded, so its domain goes unchecked (the Pulumi program would delete its records); fix the file instead"],
  ["lint-internal-error", "a file or domain an internal error stopped was not checked (a file not linted drops out of the Pulumi program, which would delete its records); report the error to maildns's maintainers instead"],
  ["lint-duplicate-domain", "plan and apply use the first file of a domain and would silently leave out what the second says; merge the two files instead"],
]);
