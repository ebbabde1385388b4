// file-unreadable is reported by the engine itself (src/engine/unreadable.ts, where it is defined, since
// the engine may not import the rules above it): a domain file that cannot be read becomes a finding on it,
// and every other file is still linted ("collect, don't bail").
export { unreadableRule as default } from "../engine/unreadable.js";
