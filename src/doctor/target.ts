// `HOST[:PORT]` as typed on the command line; IPv6 literals in brackets (`[::1]:993`), as in URLs (RFC 3986 §3.2.2).
import { isIP } from "node:net";
import type { Target } from "./types.js";

/** Parses `host`, `host:port`, `[v6]` or `[v6]:port`; null when the text is not a usable target. */
export function parseTarget(text: string, defaultPort: number): Target | null {
  const trimmed = text.trim();
  let host: string;
  let portText: string | undefined;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(trimmed);
  if (bracketed) {
    host = bracketed[1]!;
    portText = bracketed[2];
    if (isIP(host) !== 6) return null;
  } else {
    const parts = trimmed.split(":");
    if (parts.length > 2) return isIP(trimmed) === 6 ? { host: trimmed, port: defaultPort } : null;
    host = parts[0]!;
    portText = parts[1];
    if (portText === "") return null;
  }
  if (!isHostName(host) && isIP(host) === 0) return null;
  const port = portText === undefined ? defaultPort : Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return null;
  return { host: host.toLowerCase(), port };
}

function isHostName(host: string): boolean {
  return host.length > 0 && host.length <= 253 && /^(?!-)[a-z0-9-_]{1,63}(?:\.(?!-)[a-z0-9-_]{1,63})*\.?$/i.test(host);
}

export function formatTarget(target: Target): string {
  return isIP(target.host) === 6 ? `[${target.host}]:${target.port}` : `${target.host}:${target.port}`;
}
