import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  EXIT_USAGE,
  endBySignal,
  errorExitCode,
  handleInterrupts,
  lintCommand,
  writeProblem
} from "./chunk-HYOFVI5U.js";
import {
  toolVersion
} from "./chunk-IBBBVAC3.js";
import "./chunk-KQCPZF3P.js";
import "./chunk-YDQHN5ZX.js";
import {
  palette
} from "./chunk-FII3ALJ3.js";
import "./chunk-RR2JAOJK.js";
import {
  PolicyError,
  UsageError
} from "./chunk-3OSQQ7QY.js";
import "./chunk-VO3HMMIX.js";
import "./chunk-K36EJTVN.js";
import "./chunk-32FQ7YH5.js";
import "./chunk-VOQH4KKZ.js";
import "./chunk-JLWFAXHK.js";
import "./chunk-GD7OCQZK.js";
import "./chunk-JSZUARHQ.js";
import "./chunk-BDWGXN4T.js";
import "./chunk-YEOTCFHE.js";
import "./chunk-53CTTIHG.js";
import {
  errorText,
  messageLines,
  oneLine
} from "./chunk-G7NDWJJB.js";
import "./chunk-5AL66J2M.js";

// src/cli/color.ts
function colorAllowed(env, isTTY) {
  const force = env.FORCE_COLOR;
  if (force !== void 0) return ["", "1", "2", "3", "true"].includes(force);
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return isTTY;
}

// src/cli/commands/index.ts
var others = () => import("./others-PHDNVPVL.js");
var commandEntries = [
  { name: "lint", load: async () => lintCommand },
  { name: "plan", load: async () => (await others()).planCommand },
  { name: "audit", load: async () => (await others()).auditCommand },
  { name: "import", load: async () => (await others()).importCommand },
  { name: "rules", load: async () => (await others()).rulesCommand },
  { name: "doctor", load: async () => (await others()).doctorCommand },
  { name: "explain", load: async () => (await others()).explainCommand },
  { name: "adopt", load: async () => (await others()).adoptCommand },
  { name: "rollback", load: async () => (await others()).rollbackCommand },
  { name: "init", load: async () => (await others()).initCommand },
  { name: "reports", load: async () => (await others()).reportsCommand }
];
var loaded = /* @__PURE__ */ new Map();
async function loadCommand(name) {
  const entry = commandEntries.find((c) => c.name === name);
  if (!entry) return void 0;
  let command = loaded.get(entry.name);
  if (!command) loaded.set(entry.name, command = await entry.load());
  return command;
}
function loadedCommand(name) {
  return name === void 0 ? void 0 : loaded.get(name);
}
async function loadAllCommands() {
  const all = [];
  for (const entry of commandEntries) all.push(await loadCommand(entry.name));
  return all;
}

// src/cli/main.ts
async function help() {
  const commands = await loadAllCommands();
  const width = Math.max(...commands.map((c) => c.name.length));
  return `maildns ${toolVersion()}: mail DNS (MX, SPF, DKIM, DMARC) as code

Usage: maildns <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Run \`maildns help <command>\` (or \`maildns <command> --help\`) for a command's options.
`;
}
async function main(argv, io) {
  const [name, ...rest] = argv;
  const red = palette(io.colors?.stderr).red;
  if (name === "help" && rest.length > 0) {
    const topic = await loadCommand(rest[0]);
    if (!topic || rest.length > 1) {
      io.stderr(`${red("maildns help:")} ${topic ? "give one command" : `unknown command '${oneLine(rest[0])}'`}

${await help()}`);
      return EXIT_USAGE;
    }
    io.stdout(`${topic.usage}
`);
    return 0;
  }
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.stdout(await help());
    return name === void 0 ? EXIT_USAGE : 0;
  }
  if (name === "--version" || name === "-V") {
    io.stdout(`${toolVersion()}
`);
    return 0;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.stderr(`${red("maildns:")} unknown command '${oneLine(name)}'

${await help()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PolicyError) {
      io.stderr(`${red(`maildns ${command.name}:`)} ${messageLines(error.message)}
`);
      return errorExitCode(command, rest);
    }
    io.stderr(`${red(`maildns ${command.name}:`)} internal error: ${errorText(error, 2e3)}
Please report it with the command you ran${io.env.MAILDNS_DEBUG ? "" : " (set MAILDNS_DEBUG=1 for details)"}.
`);
    if (io.env.MAILDNS_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}
`);
    return errorExitCode(command, rest);
  }
}
function unfinishedRun(argv) {
  const [name, ...rest] = argv;
  const known = commandEntries.some((c) => c.name === name);
  const command = loadedCommand(name);
  const label = known ? `maildns ${name}` : "maildns";
  return {
    message: `${label}: internal error: the command stopped before its report was complete (its work was left waiting on something that can no longer happen); no report was written.
Please report it with the command you ran.
`,
    code: command ? errorExitCode(command, rest) : EXIT_USAGE
  };
}
async function runProcess() {
  const argv = process.argv.slice(2);
  process.stdout.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    const label = commandEntries.some((c) => c.name === argv[0]) ? `maildns ${argv[0]}` : "maildns";
    process.stderr.write(`${label}: cannot write to standard output: ${writeProblem(error)}: what it printed is incomplete
`);
    process.exit(errorExitCode(loadedCommand(argv[0]), argv.slice(1)));
  });
  const command = await loadCommand(argv[0]).catch(() => void 0);
  const interruptible = command?.interruptible === true && !argv.includes("--help") && !argv.includes("-h");
  const note = command?.interruptNote;
  const interrupts = interruptible ? handleInterrupts({ label: `maildns ${argv[0]}`, stderr: (t) => process.stderr.write(t), ...note ? { note } : {} }) : null;
  const io = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stderr.isTTY === true,
    colors: { stdout: colorAllowed(process.env, process.stdout.isTTY === true), stderr: colorAllowed(process.env, process.stderr.isTTY === true) },
    ...interrupts ? { interrupt: interrupts.signal } : {}
  };
  let finished = false;
  process.once("beforeExit", () => {
    if (finished) return;
    finished = true;
    const unfinished = unfinishedRun(process.argv.slice(2));
    process.stderr.write(unfinished.message);
    process.exitCode = unfinished.code;
  });
  main(argv, io).then(
    (code) => {
      finished = true;
      process.exitCode = code;
      if (process.env.MAILDNS_REPORT_RSS === "1") process.stderr.write(`maildns-peak-rss=${process.resourceUsage().maxRSS * 1024}
`);
      const signal = interrupts?.received();
      if (signal) endBySignal(signal);
    },
    (error) => {
      finished = true;
      process.stderr.write(`maildns: internal error: ${errorText(error, 2e3)}
`);
      process.exitCode = unfinishedRun(process.argv.slice(2)).code;
    }
  );
}
export {
  main,
  runProcess,
  unfinishedRun
};
