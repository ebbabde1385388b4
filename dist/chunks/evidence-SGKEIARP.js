import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  DEFAULT_MIN_SOURCE_SHARE,
  EVIDENCE_FILE_NAME,
  EvidenceError,
  MAX_LISTED,
  beginsAsEvidence,
  buildEvidence,
  domainEvidence,
  evidenceView,
  parseEvidence,
  serializeEvidence
} from "./chunk-GD7OCQZK.js";
import "./chunk-JSZUARHQ.js";
import "./chunk-G7NDWJJB.js";
import "./chunk-5AL66J2M.js";
export {
  DEFAULT_MIN_SOURCE_SHARE,
  EVIDENCE_FILE_NAME,
  EvidenceError,
  MAX_LISTED,
  beginsAsEvidence,
  buildEvidence,
  domainEvidence,
  evidenceView,
  parseEvidence,
  serializeEvidence
};
