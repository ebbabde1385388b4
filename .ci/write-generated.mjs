// Writes a generated source file only when its text changed, so a rebuild leaves the file (and its
// timestamp, which watchers and the CI diff see) alone when nothing changed.
import { readFileSync, writeFileSync } from "node:fs";

export function writeGenerated(path, text) {
  let old = "";
  try {
    old = readFileSync(path, "utf8");
  } catch {}
  if (old !== text) writeFileSync(path, text);
}
