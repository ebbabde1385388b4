// A mistake in how a command was called or in its input files (a missing path, an unreadable file, a bad
// flag value): every adapter prints it as is and exits 2 (the Action: one `::error::` line). It lives
// here, below the engine, the CLI and the Action, because all three throw or catch it.
export class UsageError extends Error {
  override name = "UsageError";
}
