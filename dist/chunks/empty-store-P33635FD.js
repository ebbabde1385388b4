import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  createStoreWhole,
  emptyStoreTar,
  findEmptyStoreImage,
  imageRefusal,
  initdbNotice,
  installedPgliteVersion,
  isNewStoreDirectory,
  notAStoreProblem,
  removeInterruptedCreations,
  unpackEmptyStore
} from "./chunk-HTBIDCTE.js";
import "./chunk-G7NDWJJB.js";
import "./chunk-5AL66J2M.js";
export {
  createStoreWhole,
  emptyStoreTar,
  findEmptyStoreImage,
  imageRefusal,
  initdbNotice,
  installedPgliteVersion,
  isNewStoreDirectory,
  notAStoreProblem,
  removeInterruptedCreations,
  unpackEmptyStore
};
