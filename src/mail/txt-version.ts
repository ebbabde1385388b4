// The SPF and DMARC record predicates, for the mail layer and above. They live in the model layer, which
// may not import mail, because the apply's slots read them too (see model/txt-version.ts for the RFCs).
export { isDmarcRecord, isSpfRecord, looksLikeDmarc, looksLikeSpf } from "../model/txt-version.js";
