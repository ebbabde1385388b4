// lint-internal-error is reported by the engine itself (src/engine/internal-error.ts, where it is defined,
// since the engine may not import the rules above it): a check that throws becomes a finding on the file or
// domain being linted, and every other file, domain and rule is still checked ("collect, don't bail").
export { internalErrorRule as default } from "../engine/internal-error.js";
