import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  capFindings,
  omittedSentence,
  where
} from "./chunk-RR2JAOJK.js";
import {
  asciiLowerCase
} from "./chunk-3OSQQ7QY.js";
import {
  oneLine
} from "./chunk-G7NDWJJB.js";
import {
  __commonJS,
  __toESM
} from "./chunk-5AL66J2M.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/formatters/palette.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function palette(enabled) {
  return import_picocolors.default.createColors(enabled === true);
}

// src/config/write-whole.ts
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
function asidePath(path, unique) {
  const slash = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return `${path.slice(0, slash + 1)}.${path.slice(slash + 1)}.${unique}.tmp`;
}
function writeWholeWith(files, aside, path, data, unique, replace = true, followLinks = true) {
  const { target, mode } = replacedFile(files, path, followLinks);
  const temporary = aside(target, unique);
  const fd = openAside(files, temporary, mode);
  let open = true;
  try {
    files.writeFileSync(fd, data);
    open = false;
    files.closeSync(fd);
    if (replace) files.renameSync(temporary, target);
    else {
      linkWhole(files, temporary, target);
      files.rmSync(temporary, { force: true });
    }
  } catch (error) {
    if (open) files.closeSync(fd);
    files.rmSync(temporary, { force: true });
    throw error;
  }
}
function replacedFile(files, path, followLinks = true) {
  const found = files.lstatSync(path, { throwIfNoEntry: false });
  if (found === void 0) return { target: path, mode: void 0 };
  if (!found.isSymbolicLink()) return { target: path, mode: found.mode & 4095 };
  if (!followLinks) return { target: path, mode: void 0 };
  try {
    const target = files.realpathSync(path);
    return { target, mode: files.statSync(target).mode & 4095 };
  } catch {
    return { target: path, mode: void 0 };
  }
}
function openAside(files, temporary, mode) {
  const fd = files.openSync(temporary, "wx", mode ?? 438);
  if (mode === void 0) return fd;
  try {
    files.fchmodSync(fd, mode);
  } catch (error) {
    files.closeSync(fd);
    files.rmSync(temporary, { force: true });
    throw error;
  }
  return fd;
}
function linkWhole(files, temporary, target) {
  try {
    files.linkSync(temporary, target);
  } catch (error) {
    if (error.code === "EEXIST") throw error;
    files.closeSync(files.openSync(target, "wx"));
    try {
      files.renameSync(temporary, target);
    } catch (failure) {
      files.rmSync(target, { force: true });
      throw failure;
    }
  }
}
function uniqueSuffix() {
  return `${process.pid}-${randomBytes(6).toString("hex")}`;
}
function writeFileWhole(path, data, options = {}) {
  writeWholeWith(fs, asidePath, path, data, uniqueSuffix(), options.replace ?? true, options.followLinks ?? true);
}

// src/providers/adoption-file.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
var ADOPTION_FILE_NAME = "maildns-adoption.json";
var LEGACY_IMPORT_FILE_NAME = "ovh-import-ids.json";
var AdoptionFileError = class extends Error {
  name = "AdoptionFileError";
};
function adoptionFilePath(stackDir) {
  return join(stackDir, ADOPTION_FILE_NAME);
}
function hasLegacyImportFile(stackDir) {
  return existsSync(join(stackDir, LEGACY_IMPORT_FILE_NAME));
}
async function readAdoptionFile(stackDir, shownPath = ADOPTION_FILE_NAME) {
  let text;
  try {
    text = await readFile(adoptionFilePath(stackDir), "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return null;
    throw new AdoptionFileError(`${shownPath}: cannot read it (${error.code ?? "error"})`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AdoptionFileError(`${shownPath}: not valid JSON; run maildns adopt again to rewrite it`);
  }
  return validateAdoptionFile(data, shownPath);
}
var isText = (v) => typeof v === "string";
function validRecord(r) {
  const record = r;
  return !!record && isText(record.id) && /^[A-Za-z0-9._:-]{1,80}$/.test(record.id) && isText(record.zone) && isText(record.subdomain) && isText(record.type) && isText(record.target) && typeof record.ttl === "number" && Number.isFinite(record.ttl);
}
function validateAdoptionFile(data, shownPath) {
  const file = data;
  const again = "run maildns adopt again";
  if (!file || typeof file !== "object" || file.version !== 2) {
    throw new AdoptionFileError(`${shownPath}: not a maildns adoption file (version 2); ${again}`);
  }
  if (!isText(file.provider) || !isText(file.readAt) || !file.zones || typeof file.zones !== "object" || !Array.isArray(file.stack)) {
    throw new AdoptionFileError(`${shownPath}: needs "provider", "readAt", "zones" and "stack"; ${again}`);
  }
  for (const [zone, entry] of Object.entries(file.zones)) {
    if (asciiLowerCase(zone) !== zone) {
      throw new AdoptionFileError(`${shownPath}: zone key ${oneLine(zone)} is not in lower case as maildns adopt writes it (DNS names compare without the case of A-Z, RFC 4343 §3); ${again} to rewrite it`);
    }
    if (!Array.isArray(entry?.live)) throw new AdoptionFileError(`${shownPath}: zone ${zone} has no "live" list; ${again}`);
    const bad = entry.live.findIndex((r) => !validRecord(r));
    if (bad >= 0) throw new AdoptionFileError(`${shownPath}: zone ${zone}, live record ${bad + 1} is not {id, zone, subdomain, type, target, ttl}; ${again}`);
    const elsewhere = entry.live.findIndex((r) => r.zone !== zone);
    if (elsewhere >= 0) {
      const record = entry.live[elsewhere];
      const named = `${shownPath}: zone ${zone}, live record ${elsewhere + 1} (id ${record.id}) has zone ${oneLine(record.zone)}`;
      throw new AdoptionFileError(
        asciiLowerCase(record.zone) === zone ? `${named}, not ${zone} in lower case as maildns adopt writes it (DNS names compare without the case of A-Z, RFC 4343 §3); ${again} to rewrite it` : `${named}, another zone than the one it is listed under; ${again} to rewrite it`
      );
    }
    if (entry.gone !== void 0 && !(Array.isArray(entry.gone) && entry.gone.every(isText))) {
      throw new AdoptionFileError(`${shownPath}: zone ${zone}, "gone" is not a list of record ids; ${again}`);
    }
    if (entry.declared !== void 0 && typeof entry.declared !== "boolean") throw new AdoptionFileError(`${shownPath}: zone ${zone}, "declared" is not true or false; ${again}`);
  }
  for (const [index, resource] of file.stack.entries()) {
    const r = resource;
    if (!r || !isText(r.name) || !isText(r.type) || !isText(r.id) || !(r.importId === null || isText(r.importId))) {
      throw new AdoptionFileError(`${shownPath}: stack resource ${index + 1} is not {name, type, id, importId}; ${again}`);
    }
    const state = r.state;
    if (state !== void 0 && !(state !== null && typeof state === "object" && !Array.isArray(state) && Object.values(state).every((v) => isText(v) || typeof v === "number" && Number.isFinite(v)))) {
      throw new AdoptionFileError(`${shownPath}: stack resource ${index + 1} has a "state" that is not plain strings and numbers; ${again}`);
    }
  }
  const zones = /* @__PURE__ */ Object.create(null);
  for (const [zone, entry] of Object.entries(file.zones)) zones[zone] = entry;
  return { ...file, zones };
}
function renderAdoptionFile(file) {
  const zones = Object.fromEntries(
    Object.entries(file.zones).sort(([a], [b]) => a.localeCompare(b)).map(([zone, entry]) => [
      zone,
      {
        live: [...entry.live].sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true })),
        ...entry.gone && entry.gone.length > 0 ? { gone: [...entry.gone].sort() } : {},
        ...entry.declared ? { declared: true } : {}
      }
    ])
  );
  const stack = [...file.stack].sort((a, b) => a.name.localeCompare(b.name));
  return `${JSON.stringify({ version: 2, provider: file.provider, readAt: file.readAt, zones, stack }, null, 2)}
`;
}
var ADOPTION_HEAD = /^\s*\{\s*"version"\s*:\s*2\s*,\s*"provider"\s*:/;
var beginsAsAdoptionFile = (head) => ADOPTION_HEAD.test(head);
async function writeAdoptionFile(stackDir, file) {
  const path = adoptionFilePath(stackDir);
  writeFileWhole(path, renderAdoptionFile(file));
  return path;
}

// src/formatters/text.ts
var LABEL = { error: "error", warn: "warn ", info: "info " };
function formatText(report, options = {}) {
  const c = palette(options.color);
  const paint = { error: c.red, warn: c.yellow, info: c.cyan };
  const { shown, omitted: cut } = capFindings(report.findings);
  const omitted = cut + (report.omitted ?? 0);
  const lines = shown.map((f) => `${oneLine(where(f))}  ${paint[f.level](LABEL[f.level])}  ${oneLine(f.message)}  ${c.dim(`[${f.ruleId}]`)}`);
  if (omitted > 0) lines.push(`… ${omittedSentence(omitted)}`);
  const { files, domains, errors, warnings, infos } = report.summary;
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  lines.push(`${plural(files, "file")}, ${plural(domains, "domain")}: ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${infos} info`);
  return `${lines.join("\n")}
`;
}

export {
  palette,
  asidePath,
  writeWholeWith,
  replacedFile,
  openAside,
  linkWhole,
  uniqueSuffix,
  writeFileWhole,
  ADOPTION_FILE_NAME,
  LEGACY_IMPORT_FILE_NAME,
  AdoptionFileError,
  hasLegacyImportFile,
  readAdoptionFile,
  beginsAsAdoptionFile,
  writeAdoptionFile,
  formatText
};
