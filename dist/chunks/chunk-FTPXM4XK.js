import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);

// src/reports/sql-error.ts
var StoreError = class extends Error {
  name = "StoreError";
};

export {
  StoreError
};
