// Fake mail servers on 127.0.0.1 for the doctor's tests: SMTP (implicit TLS or STARTTLS, AUTH on or
// off), IMAP over TLS, a refused port and a black hole. Certificates come from test/fixtures/tls.
import { readFileSync } from "node:fs";
import net from "node:net";
import tls from "node:tls";

const FIXTURES = new URL("../fixtures/tls/", import.meta.url);

export type CertName =
  | "valid"
  | "expired"
  | "not-yet-valid"
  | "wrong-host"
  | "self-signed"
  | "sha1-signed"
  | "weak-key"
  | "expired-self-signed"
  | "other-ca-valid"
  | "other-ca-expired"
  | "cn-only"
  | "short-leaf"
  | "deep-leaf"
  | "under-expired";

export function readFixture(file: string): string {
  return readFileSync(new URL(file, FIXTURES), "utf8");
}

export const TEST_CA = (): string => readFixture("ca.pem");

/** The certificates of intermediates.pem, int1 (issued by the test CA) to int29, each as PEM. */
export const INTERMEDIATES = (): string[] => readFixture("intermediates.pem").match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----\n/g) ?? [];

export interface TlsServerOptions {
  cert?: CertName;
  /** Serve exactly this TLS version (e.g. "TLSv1" for the too-old case). */
  version?: tls.SecureVersion;
  /** PEM certificates sent after the server's own, in this order (its chain, or a wrong one). */
  chain?: string;
}

function secureContext(options: TlsServerOptions): tls.SecureContextOptions {
  const name = options.cert ?? "valid";
  return {
    key: readFixture(`${name}.key`),
    cert: `${readFixture(`${name}.pem`)}${options.chain ?? ""}`,
    ...(options.version
      ? { minVersion: options.version, maxVersion: options.version, ciphers: "DEFAULT@SECLEVEL=0" }
      : {}),
    // OpenSSL refuses to serve a SHA-1-signed certificate or a 512-bit key above security level 0; such a key
    // is too small for TLS 1.3's RSA-PSS signatures.
    ...(name === "sha1-signed" ? { ciphers: "DEFAULT@SECLEVEL=0" } : {}),
    ...(name === "weak-key" ? { ciphers: "DEFAULT@SECLEVEL=0", maxVersion: "TLSv1.2" as const } : {}),
  };
}

export interface RunningServer {
  host: string;
  port: number;
  /** Every line the server received, in order. */
  received: string[];
  close(): Promise<void>;
}

function track(server: net.Server, received: string[]): Promise<RunningServer> {
  const sockets = new Set<net.Socket>();
  server.on("connection", (socket: net.Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.on("secureConnection", (socket: net.Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({
        host: "127.0.0.1",
        port,
        received,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Calls `onLine` for each CRLF line; swallows socket errors (clients hang up abruptly in these tests). */
export function lines(socket: net.Socket, onLine: (line: string) => void): () => void {
  let buffer = "";
  const onData = (chunk: Buffer): void => {
    buffer += chunk.toString("latin1");
    let index: number;
    while ((index = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, index).replace(/\r$/, "");
      buffer = buffer.slice(index + 1);
      onLine(line);
    }
  };
  socket.on("data", onData);
  socket.on("error", () => undefined);
  return () => socket.off("data", onData);
}

export interface SmtpServerOptions extends TlsServerOptions {
  /** "implicit": TLS from the first byte (465); "plain": cleartext first, STARTTLS if offered (587). */
  mode: "implicit" | "plain";
  /** The greeting; null = accept and say nothing. */
  banner?: string | null;
  starttls?: boolean;
  /** AUTH mechanisms advertised on an encrypted connection ([] = none). */
  auth?: string[];
  /** Accepted user → password. */
  accounts?: Record<string, string>;
  /** A hostile server: each reply after a credential echoes what it received, encoded and decoded. */
  echo?: boolean;
}

export function startSmtpServer(options: SmtpServerOptions): Promise<RunningServer> {
  const received: string[] = [];
  const auth = options.auth ?? ["PLAIN", "LOGIN"];
  const accounts = options.accounts ?? {};
  const banner = options.banner === undefined ? "220 mail.test.invalid ESMTP ready" : options.banner;

  const serve = (socket: net.Socket, encrypted: boolean): void => {
    const say = (text: string): void => {
      if (!socket.destroyed) socket.write(`${text}\r\n`);
    };
    let pending: ((line: string) => void) | null = null;
    const stop = lines(socket, (line) => {
      received.push(line);
      if (pending) {
        const next = pending;
        pending = null;
        next(line);
        return;
      }
      const [verb = "", ...rest] = line.split(" ");
      switch (verb.toUpperCase()) {
        case "EHLO": {
          const keywords = ["SIZE 10240000", "8BITMIME"];
          if (!encrypted && options.starttls) keywords.push("STARTTLS");
          if (encrypted && auth.length) keywords.push(`AUTH ${auth.join(" ")}`);
          say(`250-mail.test.invalid hello ${rest.join(" ")}`);
          keywords.forEach((keyword, i) => say(`250${i === keywords.length - 1 ? " " : "-"}${keyword}`));
          if (keywords.length === 0) say("250 mail.test.invalid");
          break;
        }
        case "STARTTLS": {
          if (encrypted || !options.starttls) {
            say("502 5.5.1 not available");
            break;
          }
          say("220 2.0.0 go ahead");
          stop();
          const secure = new tls.TLSSocket(socket, { isServer: true, secureContext: tls.createSecureContext(secureContext(options)) });
          secure.on("error", () => undefined);
          serve(secure, true);
          break;
        }
        case "AUTH": {
          const check = (user: string, password: string, sent: string): void => {
            const echo = options.echo ? ` for ${sent} = ${JSON.stringify(`${user}\0${password}`)} (${user}/${password}; ${Buffer.from(password).toString("hex")})` : "";
            if (accounts[user] !== undefined && accounts[user] === password) say(`235 2.7.0 Authentication successful${echo}`);
            else say(`535 5.7.8 Authentication credentials invalid${echo}`);
          };
          const mechanism = (rest[0] ?? "").toUpperCase();
          if (!encrypted || !auth.includes(mechanism)) {
            say("504 5.5.4 mechanism not available");
          } else if (mechanism === "PLAIN") {
            const decode = (b64: string): void => {
              const [, user = "", password = ""] = Buffer.from(b64, "base64").toString("utf8").split("\0");
              check(user, password, b64);
            };
            if (rest[1]) decode(rest[1]);
            else {
              say("334 ");
              pending = decode;
            }
          } else if (mechanism === "LOGIN") {
            say("334 VXNlcm5hbWU6");
            pending = (userB64) => {
              say(options.echo ? `334 ${userB64}` : "334 UGFzc3dvcmQ6");
              pending = (passwordB64) =>
                check(Buffer.from(userB64, "base64").toString("utf8"), Buffer.from(passwordB64, "base64").toString("utf8"), `${userB64} ${passwordB64}`);
            };
          }
          break;
        }
        case "QUIT":
          say("221 2.0.0 bye");
          socket.end();
          break;
        default:
          say("500 5.5.2 unrecognized command");
      }
    });
  };

  const greet = (socket: net.Socket, encrypted: boolean): void => {
    socket.on("error", () => undefined);
    if (banner !== null) socket.write(`${banner}\r\n`);
    serve(socket, encrypted);
  };
  const server =
    options.mode === "implicit"
      ? tls.createServer(secureContext(options), (socket) => greet(socket, true))
      : net.createServer((socket) => greet(socket, false));
  server.on("tlsClientError", () => undefined);
  return track(server, received);
}

export interface ImapServerOptions extends TlsServerOptions {
  /** null = accept and say nothing. */
  greeting?: string | null;
  capabilities?: string[];
  /** Accepted user → password, for AUTHENTICATE PLAIN and LOGIN. */
  accounts?: Record<string, string>;
  /** The tagged answer to a refused login, after the tag (RFC 5530 response codes). */
  refusal?: string;
  /** A hostile server: its answer to a login echoes what it received, encoded and decoded. */
  echo?: boolean;
}

/** RFC 9051 §4.3 quoted strings of a LOGIN line, unescaped; null when the line is not `LOGIN "u" "p"`. */
function loginArguments(rest: string): [string, string] | null {
  const quoted = /"((?:[^"\\]|\\.)*)"/g;
  const found = [...rest.matchAll(quoted)].map((m) => m[1]!.replace(/\\(.)/g, "$1"));
  return found.length === 2 ? [found[0]!, found[1]!] : null;
}

export function startImapServer(options: ImapServerOptions = {}): Promise<RunningServer> {
  const received: string[] = [];
  const greeting = options.greeting === undefined ? "* OK [CAPABILITY IMAP4rev1] test IMAP ready" : options.greeting;
  const capabilities = options.capabilities ?? ["IMAP4rev1", "AUTH=PLAIN", "AUTH=LOGIN"];
  const server = tls.createServer(secureContext(options), (socket) => {
    socket.on("error", () => undefined);
    if (greeting !== null) socket.write(`${greeting}\r\n`);
    const accounts = options.accounts ?? {};
    const answerLogin = (tag: string, user: string, password: string, sent: string): void => {
      const echo = options.echo ? ` for ${sent} = ${JSON.stringify(`${user}\0${password}`)} (${user}/${password}; ${Buffer.from(password).toString("hex")})` : "";
      if (accounts[user] !== undefined && accounts[user] === password) socket.write(`${tag} OK [CAPABILITY IMAP4rev1] Logged in${echo}\r\n`);
      else socket.write(`${tag} ${options.refusal ?? "NO [AUTHENTICATIONFAILED] Authentication failed."}${echo}\r\n`);
    };
    const answerPlain = (tag: string, message: string): void => {
      const [, user = "", password = ""] = Buffer.from(message, "base64").toString("utf8").split("\0");
      answerLogin(tag, user, password, message);
    };
    let awaitingPlain: string | null = null;
    lines(socket, (line) => {
      received.push(line);
      if (awaitingPlain !== null) {
        const tag = awaitingPlain;
        awaitingPlain = null;
        answerPlain(tag, line);
        return;
      }
      const [tag = "*", command = "", ...rest] = line.split(" ");
      const verb = command.toUpperCase();
      if (verb === "CAPABILITY") socket.write(`* CAPABILITY ${capabilities.join(" ")}\r\n${tag} OK CAPABILITY completed\r\n`);
      else if (verb === "LOGOUT") socket.end(`* BYE logging out\r\n${tag} OK LOGOUT completed\r\n`);
      else if (verb === "AUTHENTICATE" && capabilities.includes("AUTH=PLAIN") && rest[0]?.toUpperCase() === "PLAIN") {
        if (rest[1] !== undefined && capabilities.includes("SASL-IR")) answerPlain(tag, rest[1]);
        else if (rest[1] !== undefined) socket.write(`${tag} BAD initial response without SASL-IR\r\n`);
        else {
          awaitingPlain = tag;
          socket.write("+ \r\n");
        }
      } else if (verb === "LOGIN" && !capabilities.includes("LOGINDISABLED")) {
        const args = loginArguments(rest.join(" "));
        if (args) answerLogin(tag, args[0], args[1], rest.join(" "));
        else socket.write(`${tag} BAD LOGIN needs two quoted strings\r\n`);
      } else socket.write(`${tag} BAD unknown command\r\n`);
    });
  });
  server.on("tlsClientError", () => undefined);
  return track(server, received);
}

/** Listens with a server built by the test (one-off protocols), closed with the others. */
export function serve(server: net.Server): Promise<RunningServer> {
  return track(server, []);
}

/** Accepts connections and never sends a byte (a filter that swallows traffic). */
export function startBlackHole(): Promise<RunningServer> {
  const server = net.createServer((socket) => socket.on("error", () => undefined));
  return track(server, []);
}

/**
 * A port on 127.0.0.1 where nothing listens, held until closed: the local end of a connection to a silent
 * listener. A connection's port cannot be listened on (its socket has no SO_REUSEADDR: EADDRINUSE), and a
 * SYN to it finds no listener, so the kernel answers with a reset: refused, every time. A port bound, read
 * and released, as this once was, could be given to another test file's listen(0) before the test
 * connected to it, and the doctor then met a server instead of a refusal.
 */
export async function refusedPort(): Promise<RunningServer> {
  const hole = await startBlackHole();
  const holder = net.connect({ host: hole.host, port: hole.port });
  holder.on("error", () => undefined);
  await new Promise<void>((resolve) => holder.once("connect", () => resolve()));
  return {
    host: "127.0.0.1",
    port: holder.localPort!,
    received: [],
    close: async () => {
      holder.destroy();
      await hole.close();
    },
  };
}
