// Types of domain-validator.generated.js (written by .ci/gen-schema-validator.mjs).
import type { ValidateFunction } from "ajv";

/** Every error, with its schema (allErrors, verbose). */
export declare const validate: ValidateFunction;
/** Stops at the first error: the quick yes/no. */
export declare const validateFirstError: ValidateFunction;
