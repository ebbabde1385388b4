// Entry of the Pulumi program (Pulumi.yaml runs the bundled dist/pulumi.js from the repository root).
import * as pulumi from "@pulumi/pulumi";
import { readStackConfig } from "./config.js";
import { defineMailDns } from "./program.js";

const result = await defineMailDns({ stack: pulumi.getStack(), root: process.cwd(), config: readStackConfig() });

export const records = result.planned.length;
export const adopted = Object.keys(result.imports).length;
/** Live records in managed RRsets that the YAML no longer wants (also logged as warnings). */
export const pendingDeletions = result.deletions;
export const overrides = result.overridden.map((trip) => `${trip.gate}: ${trip.message}`);
