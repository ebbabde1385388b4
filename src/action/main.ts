// Entry point of the GitHub Action (action.yml → dist/action.js): the runner's process in, the Action out.
import { runAction } from "./run.js";
import { processRunner } from "./runner.js";

await runAction(processRunner());
