import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  createStoreWhole,
  emptyStoreTar,
  findEmptyStoreImage,
  imageRefusal,
  initdbNotice,
  installedPgliteVersion,
  isMountPoint,
  isNewStoreDirectory,
  notAStoreProblem,
  removeInterruptedCreations,
  unpackEmptyStore
} from "./chunk-ADMPPJDQ.js";
import "./chunk-G7NDWJJB.js";
import "./chunk-5AL66J2M.js";
export {
  createStoreWhole,
  emptyStoreTar,
  findEmptyStoreImage,
  imageRefusal,
  initdbNotice,
  installedPgliteVersion,
  isMountPoint,
  isNewStoreDirectory,
  notAStoreProblem,
  removeInterruptedCreations,
  unpackEmptyStore
};
