// Entry point of the GitHub Action (action.yml → dist/action.js). It exports `run()`, as the toolkit's
// action template does, so a local runner (GitHub's @github/local-action) can import it and call it; it runs
// the Action itself only when it is the process's entry (the runner's `node dist/action.js`).
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { run } from "./run.js";

export { run };

function isEntryPoint(): boolean {
  try {
    return process.argv[1] !== undefined && pathToFileURL(realpathSync(process.argv[1])).href === import.meta.url;
  } catch {
    return false;
  }
}

if (isEntryPoint()) await run();
