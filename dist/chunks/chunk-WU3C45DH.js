import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);

// src/reports/store-url.ts
function isServerUrl(location) {
  return /^postgres(ql)?:\/\//i.test(location);
}
function storeUrlProblem(location) {
  if (isServerUrl(location)) return null;
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(location)?.[1];
  if (scheme === void 0) return null;
  return `"${scheme}:…" reads as a URL, but a report store is a folder or a PostgreSQL server's postgres://user:password@host/database (postgresql:// too); nothing was made or read. Write the server's URL so, or a folder whose name holds a colon as ./${scheme}:…`;
}

export {
  isServerUrl,
  storeUrlProblem
};
