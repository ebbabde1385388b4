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
} from "./chunk-WLE47TIW.js";
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
