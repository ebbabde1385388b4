// The baseline: a bare stub resolver with dns-packet over UDP (EDNS0, no cache, no interpretation beyond
// matching replies to questions), asking the given questions with the given number in flight.
// Usage: node dns-raw.mjs PORT QUERIES.json|- CONCURRENCY   (QUERIES: [[name, type], ...]; "-" reads stdin)
import dgram from "node:dgram";
import { readFileSync } from "node:fs";
import packet from "dns-packet";

const [port, file, concurrencyText] = process.argv.slice(2);
const queries = JSON.parse(readFileSync(file === "-" ? 0 : file, "utf8"));
const concurrency = Number(concurrencyText);
const SOCKETS = Math.min(16, Math.max(1, Math.ceil(concurrency / 16)));
const TIMEOUT_MS = 2000;

const sockets = [];
const pending = new Map();
let nextId = 1;
for (let s = 0; s < SOCKETS; s++) {
  const socket = dgram.createSocket({ type: "udp4", recvBufferSize: 1 << 21 });
  socket.on("message", (message) => {
    const id = message.readUInt16BE(0);
    const entry = pending.get(`${s}:${id}`);
    if (!entry) return;
    pending.delete(`${s}:${id}`);
    clearTimeout(entry.timer);
    entry.resolve(packet.decode(message));
  });
  await new Promise((resolve) => socket.bind(0, "127.0.0.1", resolve));
  sockets.push(socket);
}

function ask(name, type, attempt = 0) {
  return new Promise((resolve) => {
    const s = nextId % SOCKETS;
    const id = nextId++ & 0xffff;
    const message = packet.encode({
      type: "query",
      id,
      flags: packet.RECURSION_DESIRED,
      questions: [{ type, name, class: "IN" }],
      additionals: [{ type: "OPT", name: ".", udpPayloadSize: 1232, extendedRcode: 0, ednsVersion: 0, flags: 0, flag_do: false, options: [] }],
    });
    const timer = setTimeout(() => {
      pending.delete(`${s}:${id}`);
      resolve(attempt < 2 ? ask(name, type, attempt + 1) : null);
    }, TIMEOUT_MS);
    pending.set(`${s}:${id}`, { resolve, timer });
    sockets[s].send(message, Number(port), "127.0.0.1");
  });
}

const start = process.hrtime.bigint();
let next = 0;
let answered = 0;
let noerror = 0;
await Promise.all(
  Array.from({ length: Math.min(concurrency, queries.length) }, async () => {
    while (next < queries.length) {
      const [name, type] = queries[next++];
      const reply = await ask(name, type);
      if (!reply) continue;
      answered++;
      if (reply.rcode === "NOERROR") noerror++;
    }
  }),
);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
for (const socket of sockets) socket.close();
process.stdout.write(JSON.stringify({ ms, answered, noerror, asked: queries.length, rss: process.resourceUsage().maxRSS * 1024 }));
