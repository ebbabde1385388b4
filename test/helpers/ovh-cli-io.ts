// The CLI's I/O for a command run in the test's process against the fake OVH API: what it prints is kept,
// and the environment holds the fake's application keys (`env` adds to them, or takes one away with undefined).
import type { CliIO } from "../../src/cli/command.js";
import type { FakeOvhServer } from "./ovh-server.js";

export function ovhCliIo(server: FakeOvhServer, cwd: string, env: Record<string, string | undefined> = {}): CliIO & { out: string; err: string } {
  const sink = {
    out: "",
    err: "",
    stdout: (t: string) => void (sink.out += t),
    stderr: (t: string) => void (sink.err += t),
    cwd,
    env: { OVH_APPLICATION_KEY: server.credentials.applicationKey, OVH_APPLICATION_SECRET: server.credentials.applicationSecret, OVH_CONSUMER_KEY: server.credentials.consumerKey, ...env },
    isTTY: false,
  };
  return sink;
}
