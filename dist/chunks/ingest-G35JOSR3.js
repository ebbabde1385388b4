import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  BATCH_SIZE,
  MAX_FILE_BYTES,
  ingestPaths,
  readReports,
  reportFiles
} from "./chunk-UEBVTRH3.js";
import "./chunk-5AL66J2M.js";
export {
  BATCH_SIZE,
  MAX_FILE_BYTES,
  ingestPaths,
  readReports,
  reportFiles
};
