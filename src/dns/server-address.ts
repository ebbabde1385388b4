// Where queries go: `--resolver IP[:PORT]` values and the system's resolvers from /etc/resolv.conf.
import { readFileSync } from "node:fs";
import { isIP } from "node:net";
import type { ServerAddress } from "./types.js";

const DNS_PORT = 53;
const EXAMPLE = 'e.g. "127.0.0.1", "127.0.0.1:5353", "::1" or "[::1]:53"';

function parsePort(text: string, input: string): number {
  if (!/^\d{1,5}$/.test(text)) throw new Error(`resolver "${input}": port "${text}" is not a number (${EXAMPLE})`);
  const port = Number(text);
  if (port < 1 || port > 65535) throw new Error(`resolver "${input}": port ${port} is outside 1-65535 (${EXAMPLE})`);
  return port;
}

function requireIP(host: string, input: string): string {
  const bare = host.split("%")[0] ?? host;
  if (isIP(bare) === 0) throw new Error(`resolver "${input}": "${host}" is not an IP address (${EXAMPLE})`);
  return host;
}

/** Parse "IP", "IPv4:PORT", "IPv6" or "[IPv6]:PORT"; throws an Error that names the input and shows valid forms. */
export function parseServer(input: string): ServerAddress {
  const text = input.trim();
  if (text === "") throw new Error(`resolver is empty (${EXAMPLE})`);
  if (text.startsWith("[")) {
    const match = /^\[([^\]]+)\](?::(.*))?$/.exec(text);
    if (!match) throw new Error(`resolver "${input}": expected "[IPv6]:PORT" (${EXAMPLE})`);
    const host = requireIP(match[1]!, input);
    if (isIP(host.split("%")[0]!) !== 6) throw new Error(`resolver "${input}": brackets are for IPv6 addresses (${EXAMPLE})`);
    return { host, port: match[2] === undefined ? DNS_PORT : parsePort(match[2], input) };
  }
  const colons = text.split(":").length - 1;
  if (colons === 1) {
    const [host, port] = text.split(":") as [string, string];
    requireIP(host, input);
    if (isIP(host) !== 4) throw new Error(`resolver "${input}": write IPv6 with a port as "[IPv6]:PORT" (${EXAMPLE})`);
    return { host, port: parsePort(port, input) };
  }
  return { host: requireIP(text, input), port: DNS_PORT };
}

/** The `nameserver` entries of a resolv.conf text (resolv.conf(5)), in order. */
export function parseResolvConf(text: string): ServerAddress[] {
  const servers: ServerAddress[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/[#;].*$/, "").trim();
    const match = /^nameserver\s+(\S+)/.exec(line);
    if (!match) continue;
    const host = match[1]!;
    if (isIP(host.split("%")[0]!) !== 0) servers.push({ host, port: DNS_PORT });
  }
  return servers;
}

/** The system's resolvers from /etc/resolv.conf; 127.0.0.1:53 when none are configured or readable. */
export function systemServers(path = "/etc/resolv.conf"): ServerAddress[] {
  let text = "";
  try {
    text = readFileSync(path, "utf8");
  } catch {
    // No resolv.conf: the resolver library's own default is the local host (resolv.conf(5)).
  }
  const servers = parseResolvConf(text);
  return servers.length > 0 ? servers : [{ host: "127.0.0.1", port: DNS_PORT }];
}

export function formatServer(server: ServerAddress): string {
  return isIP(server.host.split("%")[0]!) === 6 ? `[${server.host}]:${server.port}` : `${server.host}:${server.port}`;
}
