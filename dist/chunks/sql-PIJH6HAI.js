import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  StoreError,
  copyText,
  isServerUrl,
  openSql,
  redactUrl
} from "./chunk-HV4SLCJG.js";
import "./chunk-5AL66J2M.js";
export {
  StoreError,
  copyText,
  isServerUrl,
  openSql,
  redactUrl
};
