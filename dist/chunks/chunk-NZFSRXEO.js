import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);

// src/reports/sql-error.ts
var StoreError = class extends Error {
  name = "StoreError";
  /** The engine's SQLSTATE (PostgreSQL manual, Appendix A), when the failure is one the engine reported. */
  sqlState;
  /** Reports the command had stored (in whole batches) when the store failed, when the command counted them. */
  added;
  constructor(message, sqlState) {
    super(message);
    this.sqlState = sqlState;
  }
};

export {
  StoreError
};
