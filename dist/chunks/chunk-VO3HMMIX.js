import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);

// src/mail/spf-ip.ts
import { isIP } from "node:net";
function ipToBigInt(address) {
  const family = address.includes("%") ? 0 : isIP(address);
  if (family === 4) {
    return { value: address.split(".").reduce((acc, octet) => acc << 8n | BigInt(Number(octet)), 0n), bits: 32 };
  }
  if (family !== 6) return null;
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipToBigInt(dotted[1]).value;
    text = `${text.slice(0, dotted.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const headGroups = head === "" ? [] : head.split(":");
  const tailGroups = tail === void 0 || tail === "" ? [] : tail.split(":");
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array(tail === void 0 ? 0 : missing).fill("0"), ...tailGroups];
  return { value: groups.reduce((acc, group) => acc << 16n | BigInt(parseInt(group, 16)), 0n), bits: 128 };
}
function ipInNetwork(address, network, prefix) {
  const [addressText = "", ownPrefixText] = address.split("/");
  const ip = ipToBigInt(addressText);
  const net = ipToBigInt(network);
  if (!ip || !net || ip.bits !== net.bits) return false;
  const length = prefix ?? net.bits;
  const ownLength = ownPrefixText === void 0 ? ip.bits : Number(ownPrefixText);
  if (!Number.isInteger(ownLength) || ownLength < length) return false;
  const shift = BigInt(net.bits - length);
  return ip.value >> shift === net.value >> shift;
}

export {
  ipToBigInt,
  ipInNetwork
};
