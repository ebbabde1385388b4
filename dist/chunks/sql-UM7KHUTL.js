import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  copyText,
  isServerUrl,
  openSql,
  redactUrl,
  scrubStoreText
} from "./chunk-J6JR6YZF.js";
import {
  StoreError
} from "./chunk-FTPXM4XK.js";
import "./chunk-V57SGRGK.js";
import "./chunk-5AL66J2M.js";
export {
  StoreError,
  copyText,
  isServerUrl,
  openSql,
  redactUrl,
  scrubStoreText
};
