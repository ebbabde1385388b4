import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  emptyStoreTar,
  findEmptyStoreImage,
  imageRefusal,
  initdbNotice,
  installedPgliteVersion,
  isNewStoreDirectory,
  notAStoreProblem,
  unpackEmptyStore
} from "./chunk-HNB3VJXM.js";
import "./chunk-2QPD4BCX.js";
import "./chunk-5AL66J2M.js";
export {
  emptyStoreTar,
  findEmptyStoreImage,
  imageRefusal,
  initdbNotice,
  installedPgliteVersion,
  isNewStoreDirectory,
  notAStoreProblem,
  unpackEmptyStore
};
