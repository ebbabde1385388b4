// `--shard K/N`: split a domain list across CI matrix jobs. A domain's shard depends only on its own name
// (FNV-1a of the A-label, mod N), so adding or removing domains never moves the others between jobs.

export interface Shard {
  /** 1-based, as matrix jobs count them: 1..total. */
  index: number;
  total: number;
}

/** Parses "K/N" (1 ≤ K ≤ N); throws an Error whose message shows a valid example. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text);
  if (!match) throw new Error(`--shard must look like K/N, e.g. 2/4 for the second of four jobs (got '${text}')`);
  const index = Number(match[1]);
  const total = Number(match[2]);
  if (total < 1 || index < 1 || index > total) throw new Error(`--shard K/N needs 1 ≤ K ≤ N, e.g. 1/4 … 4/4 (got '${text}')`);
  return { index, total };
}

/** 32-bit FNV-1a over the UTF-8 octets: tiny, fast and the same on every platform and Node version. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, "utf8")) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The 1-based shard a domain (or, for files without a usable domain, a file path) belongs to. */
export function shardOf(key: string, total: number): number {
  return (fnv1a(key.toLowerCase().replace(/\.$/, "")) % total) + 1;
}

export function inShard(key: string, shard: Shard | null): boolean {
  return shard === null || shardOf(key, shard.total) === shard.index;
}
