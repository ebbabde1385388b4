// Types of domain-validator.generated.js (written by .ci/gen-schema-validator.mjs).
import type { ValidateFunction } from "ajv";

export declare const validate: ValidateFunction;
export default validate;
