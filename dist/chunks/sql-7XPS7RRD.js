import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  DISK_FULL,
  WAL_SEGMENT_BYTES,
  copyText,
  engineLastWord,
  engineStoppedError,
  mib,
  openSql,
  redactUrl,
  scrubStoreText,
  statfsFreeBytes
} from "./chunk-CFGY4YOW.js";
import {
  isServerUrl,
  storeUrlProblem
} from "./chunk-WU3C45DH.js";
import {
  StoreError
} from "./chunk-NZFSRXEO.js";
import "./chunk-OC3V6NJJ.js";
import "./chunk-ADMPPJDQ.js";
import "./chunk-G7NDWJJB.js";
import "./chunk-5AL66J2M.js";
export {
  DISK_FULL,
  StoreError,
  WAL_SEGMENT_BYTES,
  copyText,
  engineLastWord,
  engineStoppedError,
  isServerUrl,
  mib,
  openSql,
  redactUrl,
  scrubStoreText,
  statfsFreeBytes,
  storeUrlProblem
};
