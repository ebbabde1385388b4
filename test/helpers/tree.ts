// The whole state of a folder, for a test asserting that a command left it exactly as it was (or changed only
// what it should): every name under it with its kind, its permission bits and what it holds.
import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";

/**
 * Each name under `dir` (folders with a trailing slash), sorted, with `<kind> <bits in octal>` and then a
 * file's octets (as latin1, one character per octet, so that any difference shows) or a link's target.
 */
export function folderState(dir: string): Record<string, string> {
  const state: Record<string, string> = {};
  const walk = (under: string): void => {
    for (const name of readdirSync(join(dir, under)).sort()) {
      const path = join(dir, under, name);
      const stats = lstatSync(path);
      const bits = (stats.mode & 0o7777).toString(8).padStart(4, "0");
      if (stats.isDirectory()) {
        state[`${under}${name}/`] = `folder ${bits}`;
        walk(`${under}${name}/`);
      } else if (stats.isSymbolicLink()) state[`${under}${name}`] = `link -> ${readlinkSync(path)}`;
      else if (stats.isFile()) state[`${under}${name}`] = `file ${bits} ${readFileSync(path).toString("latin1")}`;
      else state[`${under}${name}`] = `special ${bits}`;
    }
  };
  walk("");
  return state;
}
