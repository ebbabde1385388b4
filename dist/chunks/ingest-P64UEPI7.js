import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  BATCH_SIZE,
  MAX_FILE_BYTES,
  MAX_FOLDER_DEPTH,
  conflictProblem,
  fileAbsolute,
  fileDisplay,
  ingestPaths,
  readReports,
  reportFiles
} from "./chunk-2G2LYX6F.js";
import "./chunk-VOQH4KKZ.js";
import "./chunk-JSZUARHQ.js";
import "./chunk-G7NDWJJB.js";
import "./chunk-5AL66J2M.js";
export {
  BATCH_SIZE,
  MAX_FILE_BYTES,
  MAX_FOLDER_DEPTH,
  conflictProblem,
  fileAbsolute,
  fileDisplay,
  ingestPaths,
  readReports,
  reportFiles
};
