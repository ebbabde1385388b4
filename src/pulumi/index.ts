// Entry of the Pulumi program (Pulumi.yaml runs the bundled dist/pulumi.js from the repository root).
import * as pulumi from "@pulumi/pulumi";
import { readStackConfig } from "./config.js";
import { defineMailDns } from "./program.js";

const result = await defineMailDns({ stack: pulumi.getStack(), root: process.cwd(), config: readStackConfig() });

export const records = result.declarations.length;
export const adopted = Object.keys(result.imports).length;
/** Records adopted with their live values: `maildns adopt` and `pulumi up` once more apply the files. */
export const pending = result.pending;
export const overrides = result.gates.filter((g) => g.tripped && g.allowed).map((g) => `${g.id}: ${g.reason}`);
export const rollbackFiles = result.rollbackFiles;
export const dkim = result.dkim;
/** Zones refreshed at the end of the update, so every change written (or left by an interrupted update) is served. */
export const published = result.published;
