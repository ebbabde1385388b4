import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);

// src/reports/code-point-order.ts
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;

export {
  compareText
};
