// The benchmark's DNS server, in its own process so it does not share an event loop with what is measured.
// Parent → child messages: {zonesFile}, "reset", {logFile}, "stop". The loopback server is the tests' one,
// bundled by the parent (it is TypeScript).
import { readFileSync, writeFileSync } from "node:fs";

const { startDnsServer } = await import(process.argv[2]);
let server = null;

process.on("message", async (message) => {
  if (message.zonesFile) {
    const { records, origins } = JSON.parse(readFileSync(message.zonesFile, "utf8"));
    server = await startDnsServer({ zones: records, origins, maxLog: 5_000_000 });
    process.send({ port: server.port });
  } else if (message === "reset") {
    server.resetQueries();
    process.send({ reset: true });
  } else if (message.logFile) {
    const q = server.queries;
    writeFileSync(message.logFile, JSON.stringify(q.log.map((e) => [e.name, e.type, e.transport])));
    process.send({ count: q.count, udp: q.udp, tcp: q.tcp });
  } else if (message === "stop") {
    await server?.close();
    process.exit(0);
  }
});
