import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  copyText,
  isServerUrl,
  openSql,
  redactUrl,
  scrubStoreText
} from "./chunk-WZFZXN6Q.js";
import {
  StoreError
} from "./chunk-GDRRDZNW.js";
import "./chunk-V57SGRGK.js";
import "./chunk-6NRUMRVU.js";
import "./chunk-5AL66J2M.js";
export {
  StoreError,
  copyText,
  isServerUrl,
  openSql,
  redactUrl,
  scrubStoreText
};
