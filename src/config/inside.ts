import { isAbsolute, relative, sep } from "node:path";

/** True when `inner` is `outer` or below it (both already real, absolute paths). */
export function isInside(outer: string, inner: string): boolean {
  const rel = relative(outer, inner);
  // `..c` is a name inside; only `..` itself or `../…` leave.
  return rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
