// Where a report store is, as the user wrote it: a PostgreSQL server's URL, or a folder. No engine is
// loaded here: the CLI checks --store and MAILDNS_STORE_URL before the store modules are imported.

export function isServerUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Why a store location is refused when it reads as a URL (a scheme of two or more letters, then ':', as
 * RFC 3986 §3.1 writes one) but not as postgres:// or postgresql://: a mistyped server URL (`postgress://`,
 * `postgres:/`, `mysql://`) taken as a folder made an embedded store in folders named after the URL, its
 * password among them, and printed that path (with `//` made `/`, so a CI log's mask of the URL no longer
 * matched it). The sentence shows the scheme alone, never the rest. Null for any other location.
 */
export function storeUrlProblem(location: string): string | null {
  if (isServerUrl(location)) return null;
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(location)?.[1];
  if (scheme === undefined) return null;
  return `"${scheme}:…" reads as a URL, but a report store is a folder or a PostgreSQL server's postgres://user:password@host/database (postgresql:// too); nothing was made or read. Write the server's URL so, or a folder whose name holds a colon as ./${scheme}:…`;
}
