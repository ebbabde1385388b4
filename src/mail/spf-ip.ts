// Address-in-network tests for ip4:/ip6: mechanisms (RFC 7208 §5.6), on BigInt so both families share code.
import { isIP } from "node:net";

/** The address as a BigInt and its bit width, or null when it is not an IP address. */
export function ipToBigInt(address: string): { value: bigint; bits: 32 | 128 } | null {
  const family = address.includes("%") ? 0 : isIP(address);
  if (family === 4) {
    return { value: address.split(".").reduce((acc, octet) => (acc << 8n) | BigInt(Number(octet)), 0n), bits: 32 };
  }
  if (family !== 6) return null;
  let text = address.toLowerCase();
  // An embedded dotted quad (::ffff:192.0.2.1) stands for the last two 16-bit groups.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipToBigInt(dotted[1]!)!.value;
    text = `${text.slice(0, dotted.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const headGroups = head === "" ? [] : head.split(":");
  const tailGroups = tail === undefined || tail === "" ? [] : tail.split(":");
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(tail === undefined ? 0 : missing).fill("0"), ...tailGroups];
  return { value: groups.reduce((acc, group) => (acc << 16n) | BigInt(parseInt(group, 16)), 0n), bits: 128 };
}

/**
 * True when `address` (optionally written with its own /prefix) lies inside `network`/`prefix`; a missing
 * prefix means a single address (/32 or /128, RFC 7208 §5.6). Different families never match.
 */
export function ipInNetwork(address: string, network: string, prefix: number | null): boolean {
  const [addressText = "", ownPrefixText] = address.split("/");
  const ip = ipToBigInt(addressText);
  const net = ipToBigInt(network);
  if (!ip || !net || ip.bits !== net.bits) return false;
  const length = prefix ?? net.bits;
  const ownLength = ownPrefixText === undefined ? ip.bits : Number(ownPrefixText);
  // A declared range is covered only when the mechanism's network is at least as wide.
  if (!Number.isInteger(ownLength) || ownLength < length) return false;
  const shift = BigInt(net.bits - length);
  return ip.value >> shift === net.value >> shift;
}
