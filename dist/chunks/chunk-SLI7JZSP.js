import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  allRules,
  lintPaths
} from "./chunk-3OSQQ7QY.js";

// src/index.ts
function lintPaths2(paths, options = {}) {
  return lintPaths(paths, { ...options, rules: options.rules ?? allRules });
}

export {
  lintPaths2 as lintPaths
};
