import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { ValidateFunction } from "ajv";

const require = createRequire(import.meta.url);

/** A validator for SARIF 2.1.0 (the schema is draft-04, hence ajv-draft-04; its patterns are not unicode-safe). */
export function sarifValidator(): ValidateFunction {
  const AjvDraft04 = require("ajv-draft-04") as new (options: object) => { compile(schema: object): ValidateFunction };
  const addFormats = require("ajv-formats") as (ajv: unknown) => void;
  const ajv = new AjvDraft04({ strict: false, unicodeRegExp: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(new URL("../fixtures/sarif-2.1.0-rtm.5.schema.json", import.meta.url), "utf8")));
}
