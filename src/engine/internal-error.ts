// Reported by the engine itself when a check throws: the error becomes a finding on the file or domain being
// linted, and every other file, domain and rule is still checked and reported ("collect, don't bail").
import { defineRule } from "./types.js";

/** lint-internal-error: defined here because the engine reports it; src/rules/ lists it with the other rules. */
export const internalErrorRule = defineRule({
  meta: {
    id: "lint-internal-error",
    area: "lint",
    description: "An unexpected error inside maildns while checking a file or domain is reported on it, and the rest is still checked.",
    references: ["maildns README, Exit codes"],
    defaultLevel: "error",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      rule: { text: "internal error in rule {{rule}} while checking {{domain}}: {{detail}}; the other rules still ran. Please report it with the file" },
      file: { text: "internal error while checking this file: {{detail}}; it was not linted, the other files were. Please report it with the file" },
      domain: { text: "internal error while checking {{domain}}: {{detail}}; it was not checked, the other domains were. Please report it with the command you ran" },
    },
    fix: "Nothing to fix in the file: report the message to maildns's maintainers.",
  },
});
