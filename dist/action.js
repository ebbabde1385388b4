import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  auditDomains,
  describeFailure,
  describeRemovedZone,
  describeUnchecked,
  domainFileSites,
  domainList,
  gatesTable,
  git,
  openGitBase,
  openObservation,
  planJson,
  planPaths,
  planSummaryLine,
  probeSelectorsFor,
  removedNoteFails,
  removedZonesMarkdown,
  repositoryOf,
  uncheckedTotal,
  zoneMailDomains,
  zoneSelectors
} from "./chunks/chunk-IRAAO4ER.js";
import {
  appearedAt,
  appearedWords,
  cacheFilePath,
  domainPaths,
  evidenceKeyFor,
  evidenceLookup,
  findingsJson,
  formatSarif,
  isCalendarDate,
  isInside,
  judgeAt,
  keptWords,
  openLintCacheAt,
  packRead,
  sameWrittenFile,
  toolVersion,
  zonePaths
} from "./chunks/chunk-IBBBVAC3.js";
import {
  fitSummary,
  planTable,
  reportMarkdown,
  require_tunnel,
  require_undici,
  spfBudget
} from "./chunks/chunk-WM7JWNOG.js";
import "./chunks/chunk-KQCPZF3P.js";
import {
  markdownText
} from "./chunks/chunk-YDQHN5ZX.js";
import {
  unreadOtherStacksText
} from "./chunks/chunk-GFTFEGEP.js";
import {
  writeFileWhole
} from "./chunks/chunk-FII3ALJ3.js";
import {
  capFindings,
  omittedSentence
} from "./chunks/chunk-RR2JAOJK.js";
import "./chunks/chunk-OC3V6NJJ.js";
import "./chunks/chunk-OESMAHSM.js";
import {
  MAX_ENTRIES_WALKED,
  MAX_FOLDER_DEPTH,
  PolicyError,
  SHIPPED_POLICIES,
  UsageError,
  allRules,
  lintPaths,
  resolvePolicy
} from "./chunks/chunk-3OSQQ7QY.js";
import "./chunks/chunk-VO3HMMIX.js";
import {
  isSpfRecord
} from "./chunks/chunk-K36EJTVN.js";
import "./chunks/chunk-32FQ7YH5.js";
import "./chunks/chunk-VOQH4KKZ.js";
import {
  evidenceLine
} from "./chunks/chunk-JLWFAXHK.js";
import "./chunks/chunk-GD7OCQZK.js";
import "./chunks/chunk-JSZUARHQ.js";
import "./chunks/chunk-I33YB4GP.js";
import "./chunks/chunk-BDWGXN4T.js";
import "./chunks/chunk-YEOTCFHE.js";
import "./chunks/chunk-53CTTIHG.js";
import {
  messageLines,
  oneLine,
  reportJson
} from "./chunks/chunk-G7NDWJJB.js";
import {
  __export,
  __toESM
} from "./chunks/chunk-5AL66J2M.js";

// src/action/main.ts
import { realpathSync as realpathSync2 } from "node:fs";
import { pathToFileURL } from "node:url";

// node_modules/@actions/core/lib/core.js
var core_exports = {};
__export(core_exports, {
  ExitCode: () => ExitCode,
  addPath: () => addPath,
  debug: () => debug,
  endGroup: () => endGroup,
  error: () => error,
  exportVariable: () => exportVariable,
  getBooleanInput: () => getBooleanInput,
  getIDToken: () => getIDToken,
  getInput: () => getInput,
  getMultilineInput: () => getMultilineInput,
  getState: () => getState,
  group: () => group,
  info: () => info,
  isDebug: () => isDebug,
  markdownSummary: () => markdownSummary,
  notice: () => notice,
  platform: () => platform_exports,
  saveState: () => saveState,
  setCommandEcho: () => setCommandEcho,
  setFailed: () => setFailed,
  setOutput: () => setOutput,
  setSecret: () => setSecret,
  startGroup: () => startGroup,
  summary: () => summary,
  toPlatformPath: () => toPlatformPath,
  toPosixPath: () => toPosixPath,
  toWin32Path: () => toWin32Path,
  warning: () => warning
});

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter3 = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter3)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter3}"`);
  }
  if (convertedValue.includes(delimiter3)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter3}"`);
  }
  return `${key}<<${delimiter3}${os2.EOL}${convertedValue}${os2.EOL}${delimiter3}`;
}

// node_modules/@actions/core/lib/core.js
import * as os5 from "os";
import * as path5 from "path";

// node_modules/@actions/http-client/lib/index.js
import * as http from "http";
import * as https from "https";

// node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
  const usingSsl = reqUrl.protocol === "https:";
  if (checkBypass(reqUrl)) {
    return void 0;
  }
  const proxyVar = (() => {
    if (usingSsl) {
      return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
    } else {
      return process.env["http_proxy"] || process.env["HTTP_PROXY"];
    }
  })();
  if (proxyVar) {
    try {
      return new DecodedURL(proxyVar);
    } catch (_a) {
      if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
        return new DecodedURL(`http://${proxyVar}`);
    }
  } else {
    return void 0;
  }
}
function checkBypass(reqUrl) {
  if (!reqUrl.hostname) {
    return false;
  }
  const reqHost = reqUrl.hostname;
  if (isLoopbackAddress(reqHost)) {
    return true;
  }
  const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
  if (!noProxy) {
    return false;
  }
  let reqPort;
  if (reqUrl.port) {
    reqPort = Number(reqUrl.port);
  } else if (reqUrl.protocol === "http:") {
    reqPort = 80;
  } else if (reqUrl.protocol === "https:") {
    reqPort = 443;
  }
  const upperReqHosts = [reqUrl.hostname.toUpperCase()];
  if (typeof reqPort === "number") {
    upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
  }
  for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) {
    if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) {
      return true;
    }
  }
  return false;
}
function isLoopbackAddress(host) {
  const hostLower = host.toLowerCase();
  return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
}
var DecodedURL = class extends URL {
  constructor(url, base) {
    super(url, base);
    this._decodedUsername = decodeURIComponent(super.username);
    this._decodedPassword = decodeURIComponent(super.password);
  }
  get username() {
    return this._decodedUsername;
  }
  get password() {
    return this._decodedPassword;
  }
};

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve6) {
      resolve6(value);
    });
  }
  return new (P || (P = Promise))(function(resolve6, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve6(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];
var RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"];
var ExponentialBackoffCeiling = 10;
var ExponentialBackoffTimeSlice = 5;
var HttpClientError = class _HttpClientError extends Error {
  constructor(message, statusCode) {
    super(message);
    this.name = "HttpClientError";
    this.statusCode = statusCode;
    Object.setPrototypeOf(this, _HttpClientError.prototype);
  }
};
var HttpClientResponse = class {
  constructor(message) {
    this.message = message;
  }
  readBody() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve6) => __awaiter(this, void 0, void 0, function* () {
        let output = Buffer.alloc(0);
        this.message.on("data", (chunk) => {
          output = Buffer.concat([output, chunk]);
        });
        this.message.on("end", () => {
          resolve6(output.toString());
        });
      }));
    });
  }
  readBodyBuffer() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve6) => __awaiter(this, void 0, void 0, function* () {
        const chunks = [];
        this.message.on("data", (chunk) => {
          chunks.push(chunk);
        });
        this.message.on("end", () => {
          resolve6(Buffer.concat(chunks));
        });
      }));
    });
  }
};
var HttpClient = class {
  constructor(userAgent, handlers, requestOptions) {
    this._ignoreSslError = false;
    this._allowRedirects = true;
    this._allowRedirectDowngrade = false;
    this._maxRedirects = 50;
    this._allowRetries = false;
    this._maxRetries = 1;
    this._keepAlive = false;
    this._disposed = false;
    this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
    this.handlers = handlers || [];
    this.requestOptions = requestOptions;
    if (requestOptions) {
      if (requestOptions.ignoreSslError != null) {
        this._ignoreSslError = requestOptions.ignoreSslError;
      }
      this._socketTimeout = requestOptions.socketTimeout;
      if (requestOptions.allowRedirects != null) {
        this._allowRedirects = requestOptions.allowRedirects;
      }
      if (requestOptions.allowRedirectDowngrade != null) {
        this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
      }
      if (requestOptions.maxRedirects != null) {
        this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
      }
      if (requestOptions.keepAlive != null) {
        this._keepAlive = requestOptions.keepAlive;
      }
      if (requestOptions.allowRetries != null) {
        this._allowRetries = requestOptions.allowRetries;
      }
      if (requestOptions.maxRetries != null) {
        this._maxRetries = requestOptions.maxRetries;
      }
    }
  }
  options(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
    });
  }
  get(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("GET", requestUrl, null, additionalHeaders || {});
    });
  }
  del(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("DELETE", requestUrl, null, additionalHeaders || {});
    });
  }
  post(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("POST", requestUrl, data, additionalHeaders || {});
    });
  }
  patch(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PATCH", requestUrl, data, additionalHeaders || {});
    });
  }
  put(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PUT", requestUrl, data, additionalHeaders || {});
    });
  }
  head(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("HEAD", requestUrl, null, additionalHeaders || {});
    });
  }
  sendStream(verb, requestUrl, stream, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request(verb, requestUrl, stream, additionalHeaders);
    });
  }
  /**
   * Gets a typed object from an endpoint
   * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
   */
  getJson(requestUrl_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      const res = yield this.get(requestUrl, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  postJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.post(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  putJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.put(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  patchJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.patch(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  /**
   * Makes a raw http request.
   * All other methods such as get, post, patch, and request ultimately call this.
   * Prefer get, del, post and patch
   */
  request(verb, requestUrl, data, headers) {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._disposed) {
        throw new Error("Client has already been disposed.");
      }
      const parsedUrl = new URL(requestUrl);
      let info2 = this._prepareRequest(verb, parsedUrl, headers);
      const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
      let numTries = 0;
      let response;
      do {
        response = yield this.requestRaw(info2, data);
        if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
          let authenticationHandler;
          for (const handler of this.handlers) {
            if (handler.canHandleAuthentication(response)) {
              authenticationHandler = handler;
              break;
            }
          }
          if (authenticationHandler) {
            return authenticationHandler.handleAuthentication(this, info2, data);
          } else {
            return response;
          }
        }
        let redirectsRemaining = this._maxRedirects;
        while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
          const redirectUrl = response.message.headers["location"];
          if (!redirectUrl) {
            break;
          }
          const parsedRedirectUrl = new URL(redirectUrl);
          if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) {
            throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
          }
          yield response.readBody();
          if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
            for (const header in headers) {
              if (header.toLowerCase() === "authorization") {
                delete headers[header];
              }
            }
          }
          info2 = this._prepareRequest(verb, parsedRedirectUrl, headers);
          response = yield this.requestRaw(info2, data);
          redirectsRemaining--;
        }
        if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) {
          return response;
        }
        numTries += 1;
        if (numTries < maxTries) {
          yield response.readBody();
          yield this._performExponentialBackoff(numTries);
        }
      } while (numTries < maxTries);
      return response;
    });
  }
  /**
   * Needs to be called if keepAlive is set to true in request options.
   */
  dispose() {
    if (this._agent) {
      this._agent.destroy();
    }
    this._disposed = true;
  }
  /**
   * Raw request.
   * @param info
   * @param data
   */
  requestRaw(info2, data) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve6, reject) => {
        function callbackForResult(err, res) {
          if (err) {
            reject(err);
          } else if (!res) {
            reject(new Error("Unknown error"));
          } else {
            resolve6(res);
          }
        }
        this.requestRawWithCallback(info2, data, callbackForResult);
      });
    });
  }
  /**
   * Raw request with callback.
   * @param info
   * @param data
   * @param onResult
   */
  requestRawWithCallback(info2, data, onResult) {
    if (typeof data === "string") {
      if (!info2.options.headers) {
        info2.options.headers = {};
      }
      info2.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
    }
    let callbackCalled = false;
    function handleResult(err, res) {
      if (!callbackCalled) {
        callbackCalled = true;
        onResult(err, res);
      }
    }
    const req = info2.httpModule.request(info2.options, (msg) => {
      const res = new HttpClientResponse(msg);
      handleResult(void 0, res);
    });
    let socket;
    req.on("socket", (sock) => {
      socket = sock;
    });
    req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
      if (socket) {
        socket.end();
      }
      handleResult(new Error(`Request timeout: ${info2.options.path}`));
    });
    req.on("error", function(err) {
      handleResult(err);
    });
    if (data && typeof data === "string") {
      req.write(data, "utf8");
    }
    if (data && typeof data !== "string") {
      data.on("close", function() {
        req.end();
      });
      data.pipe(req);
    } else {
      req.end();
    }
  }
  /**
   * Gets an http agent. This function is useful when you need an http agent that handles
   * routing through a proxy server - depending upon the url and proxy environment variables.
   * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
   */
  getAgent(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    return this._getAgent(parsedUrl);
  }
  getAgentDispatcher(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (!useProxy) {
      return;
    }
    return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
  }
  _prepareRequest(method, requestUrl, headers) {
    const info2 = {};
    info2.parsedUrl = requestUrl;
    const usingSsl = info2.parsedUrl.protocol === "https:";
    info2.httpModule = usingSsl ? https : http;
    const defaultPort = usingSsl ? 443 : 80;
    info2.options = {};
    info2.options.host = info2.parsedUrl.hostname;
    info2.options.port = info2.parsedUrl.port ? parseInt(info2.parsedUrl.port) : defaultPort;
    info2.options.path = (info2.parsedUrl.pathname || "") + (info2.parsedUrl.search || "");
    info2.options.method = method;
    info2.options.headers = this._mergeHeaders(headers);
    if (this.userAgent != null) {
      info2.options.headers["user-agent"] = this.userAgent;
    }
    info2.options.agent = this._getAgent(info2.parsedUrl);
    if (this.handlers) {
      for (const handler of this.handlers) {
        handler.prepareRequest(info2.options);
      }
    }
    return info2;
  }
  _mergeHeaders(headers) {
    if (this.requestOptions && this.requestOptions.headers) {
      return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
    }
    return lowercaseKeys(headers || {});
  }
  /**
   * Gets an existing header value or returns a default.
   * Handles converting number header values to strings since HTTP headers must be strings.
   * Note: This returns string | string[] since some headers can have multiple values.
   * For headers that must always be a single string (like Content-Type), use the
   * specialized _getExistingOrDefaultContentTypeHeader method instead.
   */
  _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
      if (headerValue) {
        clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
      }
    }
    const additionalValue = additionalHeaders[header];
    if (additionalValue !== void 0) {
      return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  /**
   * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
   * Always returns a single string (not an array) since Content-Type should be a single value.
   * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
   * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
   * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
   */
  _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
      if (headerValue) {
        if (typeof headerValue === "number") {
          clientHeader = String(headerValue);
        } else if (Array.isArray(headerValue)) {
          clientHeader = headerValue.join(", ");
        } else {
          clientHeader = headerValue;
        }
      }
    }
    const additionalValue = additionalHeaders[Headers.ContentType];
    if (additionalValue !== void 0) {
      if (typeof additionalValue === "number") {
        return String(additionalValue);
      } else if (Array.isArray(additionalValue)) {
        return additionalValue.join(", ");
      } else {
        return additionalValue;
      }
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  _getAgent(parsedUrl) {
    let agent;
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (this._keepAlive && useProxy) {
      agent = this._proxyAgent;
    }
    if (!useProxy) {
      agent = this._agent;
    }
    if (agent) {
      return agent;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    let maxSockets = 100;
    if (this.requestOptions) {
      maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
    }
    if (proxyUrl && proxyUrl.hostname) {
      const agentOptions = {
        maxSockets,
        keepAlive: this._keepAlive,
        proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
          proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
        }), { host: proxyUrl.hostname, port: proxyUrl.port })
      };
      let tunnelAgent;
      const overHttps = proxyUrl.protocol === "https:";
      if (usingSsl) {
        tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
      } else {
        tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
      }
      agent = tunnelAgent(agentOptions);
      this._proxyAgent = agent;
    }
    if (!agent) {
      const options = { keepAlive: this._keepAlive, maxSockets };
      agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
      this._agent = agent;
    }
    if (usingSsl && this._ignoreSslError) {
      agent.options = Object.assign(agent.options || {}, {
        rejectUnauthorized: false
      });
    }
    return agent;
  }
  _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
    let proxyAgent;
    if (this._keepAlive) {
      proxyAgent = this._proxyAgentDispatcher;
    }
    if (proxyAgent) {
      return proxyAgent;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    proxyAgent = new import_undici.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, (proxyUrl.username || proxyUrl.password) && {
      token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
    }));
    this._proxyAgentDispatcher = proxyAgent;
    if (usingSsl && this._ignoreSslError) {
      proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
        rejectUnauthorized: false
      });
    }
    return proxyAgent;
  }
  _getUserAgentWithOrchestrationId(userAgent) {
    const baseUserAgent = userAgent || "actions/http-client";
    const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
    if (orchId) {
      const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
      return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
    }
    return baseUserAgent;
  }
  _performExponentialBackoff(retryNumber) {
    return __awaiter(this, void 0, void 0, function* () {
      retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
      const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
      return new Promise((resolve6) => setTimeout(() => resolve6(), ms));
    });
  }
  _processResponse(res, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve6, reject) => __awaiter(this, void 0, void 0, function* () {
        const statusCode = res.message.statusCode || 0;
        const response = {
          statusCode,
          result: null,
          headers: {}
        };
        if (statusCode === HttpCodes.NotFound) {
          resolve6(response);
        }
        function dateTimeDeserializer(key, value) {
          if (typeof value === "string") {
            const a = new Date(value);
            if (!isNaN(a.valueOf())) {
              return a;
            }
          }
          return value;
        }
        let obj;
        let contents;
        try {
          contents = yield res.readBody();
          if (contents && contents.length > 0) {
            if (options && options.deserializeDates) {
              obj = JSON.parse(contents, dateTimeDeserializer);
            } else {
              obj = JSON.parse(contents);
            }
            response.result = obj;
          }
          response.headers = res.message.headers;
        } catch (err) {
        }
        if (statusCode > 299) {
          let msg;
          if (obj && obj.message) {
            msg = obj.message;
          } else if (contents && contents.length > 0) {
            msg = contents;
          } else {
            msg = `Failed request: (${statusCode})`;
          }
          const err = new HttpClientError(msg, statusCode);
          err.result = response.result;
          reject(err);
        } else {
          resolve6(response);
        }
      }));
    });
  }
};
var lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});

// node_modules/@actions/http-client/lib/auth.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve6) {
      resolve6(value);
    });
  }
  return new (P || (P = Promise))(function(resolve6, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve6(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var BearerCredentialHandler = class {
  constructor(token) {
    this.token = token;
  }
  // currently implements pre-authorization
  // TODO: support preAuth = false where it hooks on 401
  prepareRequest(options) {
    if (!options.headers) {
      throw Error("The request has no headers");
    }
    options.headers["Authorization"] = `Bearer ${this.token}`;
  }
  // This handler cannot handle 401
  canHandleAuthentication() {
    return false;
  }
  handleAuthentication() {
    return __awaiter2(this, void 0, void 0, function* () {
      throw new Error("not implemented");
    });
  }
};

// node_modules/@actions/core/lib/oidc-utils.js
var __awaiter3 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve6) {
      resolve6(value);
    });
  }
  return new (P || (P = Promise))(function(resolve6, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve6(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var OidcClient = class _OidcClient {
  static createHttpClient(allowRetry = true, maxRetry = 10) {
    const requestOptions = {
      allowRetries: allowRetry,
      maxRetries: maxRetry
    };
    return new HttpClient("actions/oidc-client", [new BearerCredentialHandler(_OidcClient.getRequestToken())], requestOptions);
  }
  static getRequestToken() {
    const token = process.env["ACTIONS_ID_TOKEN_REQUEST_TOKEN"];
    if (!token) {
      throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable");
    }
    return token;
  }
  static getIDTokenUrl() {
    const runtimeUrl = process.env["ACTIONS_ID_TOKEN_REQUEST_URL"];
    if (!runtimeUrl) {
      throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable");
    }
    return runtimeUrl;
  }
  static getCall(id_token_url) {
    return __awaiter3(this, void 0, void 0, function* () {
      var _a;
      const httpclient = _OidcClient.createHttpClient();
      const res = yield httpclient.getJson(id_token_url).catch((error2) => {
        throw new Error(`Failed to get ID Token. 
 
        Error Code : ${error2.statusCode}
 
        Error Message: ${error2.message}`);
      });
      const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
      if (!id_token) {
        throw new Error("Response json body do not have ID Token field");
      }
      return id_token;
    });
  }
  static getIDToken(audience) {
    return __awaiter3(this, void 0, void 0, function* () {
      try {
        let id_token_url = _OidcClient.getIDTokenUrl();
        if (audience) {
          const encodedAudience = encodeURIComponent(audience);
          id_token_url = `${id_token_url}&audience=${encodedAudience}`;
        }
        debug(`ID token url is ${id_token_url}`);
        const id_token = yield _OidcClient.getCall(id_token_url);
        setSecret(id_token);
        return id_token;
      } catch (error2) {
        throw new Error(`Error message: ${error2.message}`);
      }
    });
  }
};

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter4 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve6) {
      resolve6(value);
    });
  }
  return new (P || (P = Promise))(function(resolve6, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve6(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter4(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter4(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter4(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var markdownSummary = _summary;
var summary = _summary;

// node_modules/@actions/core/lib/path-utils.js
import * as path from "path";
function toPosixPath(pth) {
  return pth.replace(/[\\]/g, "/");
}
function toWin32Path(pth) {
  return pth.replace(/[/]/g, "\\");
}
function toPlatformPath(pth) {
  return pth.replace(/[/\\]/g, path.sep);
}

// node_modules/@actions/core/lib/platform.js
var platform_exports = {};
__export(platform_exports, {
  arch: () => arch,
  getDetails: () => getDetails,
  isLinux: () => isLinux,
  isMacOS: () => isMacOS,
  isWindows: () => isWindows,
  platform: () => platform
});
import os4 from "os";

// node_modules/@actions/exec/lib/exec.js
import { StringDecoder } from "string_decoder";

// node_modules/@actions/exec/lib/toolrunner.js
import * as os3 from "os";
import * as events from "events";
import * as child from "child_process";
import * as path4 from "path";

// node_modules/@actions/io/lib/io.js
import * as path3 from "path";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
import * as path2 from "path";
var __awaiter5 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve6) {
      resolve6(value);
    });
  }
  return new (P || (P = Promise))(function(resolve6, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve6(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;
function exists(fsPath) {
  return __awaiter5(this, void 0, void 0, function* () {
    try {
      yield stat(fsPath);
    } catch (err) {
      if (err.code === "ENOENT") {
        return false;
      }
      throw err;
    }
    return true;
  });
}
function isRooted(p) {
  p = normalizeSeparators(p);
  if (!p) {
    throw new Error('isRooted() parameter "p" cannot be empty');
  }
  if (IS_WINDOWS) {
    return p.startsWith("\\") || /^[A-Z]:/i.test(p);
  }
  return p.startsWith("/");
}
function tryGetExecutablePath(filePath, extensions) {
  return __awaiter5(this, void 0, void 0, function* () {
    let stats = void 0;
    try {
      stats = yield stat(filePath);
    } catch (err) {
      if (err.code !== "ENOENT") {
        console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
      }
    }
    if (stats && stats.isFile()) {
      if (IS_WINDOWS) {
        const upperExt = path2.extname(filePath).toUpperCase();
        if (extensions.some((validExt) => validExt.toUpperCase() === upperExt)) {
          return filePath;
        }
      } else {
        if (isUnixExecutable(stats)) {
          return filePath;
        }
      }
    }
    const originalFilePath = filePath;
    for (const extension of extensions) {
      filePath = originalFilePath + extension;
      stats = void 0;
      try {
        stats = yield stat(filePath);
      } catch (err) {
        if (err.code !== "ENOENT") {
          console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
        }
      }
      if (stats && stats.isFile()) {
        if (IS_WINDOWS) {
          try {
            const directory = path2.dirname(filePath);
            const upperName = path2.basename(filePath).toUpperCase();
            for (const actualName of yield readdir(directory)) {
              if (upperName === actualName.toUpperCase()) {
                filePath = path2.join(directory, actualName);
                break;
              }
            }
          } catch (err) {
            console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
          }
          return filePath;
        } else {
          if (isUnixExecutable(stats)) {
            return filePath;
          }
        }
      }
    }
    return "";
  });
}
function normalizeSeparators(p) {
  p = p || "";
  if (IS_WINDOWS) {
    p = p.replace(/\//g, "\\");
    return p.replace(/\\\\+/g, "\\");
  }
  return p.replace(/\/\/+/g, "/");
}
function isUnixExecutable(stats) {
  return (stats.mode & 1) > 0 || (stats.mode & 8) > 0 && process.getgid !== void 0 && stats.gid === process.getgid() || (stats.mode & 64) > 0 && process.getuid !== void 0 && stats.uid === process.getuid();
}

// node_modules/@actions/io/lib/io.js
var __awaiter6 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve6) {
      resolve6(value);
    });
  }
  return new (P || (P = Promise))(function(resolve6, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve6(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function which(tool, check) {
  return __awaiter6(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    if (check) {
      const result = yield which(tool, false);
      if (!result) {
        if (IS_WINDOWS) {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
        } else {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
        }
      }
      return result;
    }
    const matches = yield findInPath(tool);
    if (matches && matches.length > 0) {
      return matches[0];
    }
    return "";
  });
}
function findInPath(tool) {
  return __awaiter6(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    const extensions = [];
    if (IS_WINDOWS && process.env["PATHEXT"]) {
      for (const extension of process.env["PATHEXT"].split(path3.delimiter)) {
        if (extension) {
          extensions.push(extension);
        }
      }
    }
    if (isRooted(tool)) {
      const filePath = yield tryGetExecutablePath(tool, extensions);
      if (filePath) {
        return [filePath];
      }
      return [];
    }
    if (tool.includes(path3.sep)) {
      return [];
    }
    const directories = [];
    if (process.env.PATH) {
      for (const p of process.env.PATH.split(path3.delimiter)) {
        if (p) {
          directories.push(p);
        }
      }
    }
    const matches = [];
    for (const directory of directories) {
      const filePath = yield tryGetExecutablePath(path3.join(directory, tool), extensions);
      if (filePath) {
        matches.push(filePath);
      }
    }
    return matches;
  });
}

// node_modules/@actions/exec/lib/toolrunner.js
import { setTimeout as setTimeout2 } from "timers";
var __awaiter7 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve6) {
      resolve6(value);
    });
  }
  return new (P || (P = Promise))(function(resolve6, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve6(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var IS_WINDOWS2 = process.platform === "win32";
var ToolRunner = class extends events.EventEmitter {
  constructor(toolPath, args, options) {
    super();
    if (!toolPath) {
      throw new Error("Parameter 'toolPath' cannot be null or empty.");
    }
    this.toolPath = toolPath;
    this.args = args || [];
    this.options = options || {};
  }
  _debug(message) {
    if (this.options.listeners && this.options.listeners.debug) {
      this.options.listeners.debug(message);
    }
  }
  _getCommandString(options, noPrefix) {
    const toolPath = this._getSpawnFileName();
    const args = this._getSpawnArgs(options);
    let cmd = noPrefix ? "" : "[command]";
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        cmd += toolPath;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else if (options.windowsVerbatimArguments) {
        cmd += `"${toolPath}"`;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else {
        cmd += this._windowsQuoteCmdArg(toolPath);
        for (const a of args) {
          cmd += ` ${this._windowsQuoteCmdArg(a)}`;
        }
      }
    } else {
      cmd += toolPath;
      for (const a of args) {
        cmd += ` ${a}`;
      }
    }
    return cmd;
  }
  _processLineBuffer(data, strBuffer, onLine) {
    try {
      let s = strBuffer + data.toString();
      let n = s.indexOf(os3.EOL);
      while (n > -1) {
        const line = s.substring(0, n);
        onLine(line);
        s = s.substring(n + os3.EOL.length);
        n = s.indexOf(os3.EOL);
      }
      return s;
    } catch (err) {
      this._debug(`error processing line. Failed with error ${err}`);
      return "";
    }
  }
  _getSpawnFileName() {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        return process.env["COMSPEC"] || "cmd.exe";
      }
    }
    return this.toolPath;
  }
  _getSpawnArgs(options) {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
        for (const a of this.args) {
          argline += " ";
          argline += options.windowsVerbatimArguments ? a : this._windowsQuoteCmdArg(a);
        }
        argline += '"';
        return [argline];
      }
    }
    return this.args;
  }
  _endsWith(str, end) {
    return str.endsWith(end);
  }
  _isCmdFile() {
    const upperToolPath = this.toolPath.toUpperCase();
    return this._endsWith(upperToolPath, ".CMD") || this._endsWith(upperToolPath, ".BAT");
  }
  _windowsQuoteCmdArg(arg) {
    if (!this._isCmdFile()) {
      return this._uvQuoteCmdArg(arg);
    }
    if (!arg) {
      return '""';
    }
    const cmdSpecialChars = [
      " ",
      "	",
      "&",
      "(",
      ")",
      "[",
      "]",
      "{",
      "}",
      "^",
      "=",
      ";",
      "!",
      "'",
      "+",
      ",",
      "`",
      "~",
      "|",
      "<",
      ">",
      '"'
    ];
    let needsQuotes = false;
    for (const char of arg) {
      if (cmdSpecialChars.some((x) => x === char)) {
        needsQuotes = true;
        break;
      }
    }
    if (!needsQuotes) {
      return arg;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i = arg.length; i > 0; i--) {
      reverse += arg[i - 1];
      if (quoteHit && arg[i - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i - 1] === '"') {
        quoteHit = true;
        reverse += '"';
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _uvQuoteCmdArg(arg) {
    if (!arg) {
      return '""';
    }
    if (!arg.includes(" ") && !arg.includes("	") && !arg.includes('"')) {
      return arg;
    }
    if (!arg.includes('"') && !arg.includes("\\")) {
      return `"${arg}"`;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i = arg.length; i > 0; i--) {
      reverse += arg[i - 1];
      if (quoteHit && arg[i - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i - 1] === '"') {
        quoteHit = true;
        reverse += "\\";
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _cloneExecOptions(options) {
    options = options || {};
    const result = {
      cwd: options.cwd || process.cwd(),
      env: options.env || process.env,
      silent: options.silent || false,
      windowsVerbatimArguments: options.windowsVerbatimArguments || false,
      failOnStdErr: options.failOnStdErr || false,
      ignoreReturnCode: options.ignoreReturnCode || false,
      delay: options.delay || 1e4
    };
    result.outStream = options.outStream || process.stdout;
    result.errStream = options.errStream || process.stderr;
    return result;
  }
  _getSpawnOptions(options, toolPath) {
    options = options || {};
    const result = {};
    result.cwd = options.cwd;
    result.env = options.env;
    result["windowsVerbatimArguments"] = options.windowsVerbatimArguments || this._isCmdFile();
    if (options.windowsVerbatimArguments) {
      result.argv0 = `"${toolPath}"`;
    }
    return result;
  }
  /**
   * Exec a tool.
   * Output will be streamed to the live console.
   * Returns promise with return code
   *
   * @param     tool     path to tool to exec
   * @param     options  optional exec options.  See ExecOptions
   * @returns   number
   */
  exec() {
    return __awaiter7(this, void 0, void 0, function* () {
      if (!isRooted(this.toolPath) && (this.toolPath.includes("/") || IS_WINDOWS2 && this.toolPath.includes("\\"))) {
        this.toolPath = path4.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
      }
      this.toolPath = yield which(this.toolPath, true);
      return new Promise((resolve6, reject) => __awaiter7(this, void 0, void 0, function* () {
        this._debug(`exec tool: ${this.toolPath}`);
        this._debug("arguments:");
        for (const arg of this.args) {
          this._debug(`   ${arg}`);
        }
        const optionsNonNull = this._cloneExecOptions(this.options);
        if (!optionsNonNull.silent && optionsNonNull.outStream) {
          optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os3.EOL);
        }
        const state = new ExecState(optionsNonNull, this.toolPath);
        state.on("debug", (message) => {
          this._debug(message);
        });
        if (this.options.cwd && !(yield exists(this.options.cwd))) {
          return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
        }
        const fileName = this._getSpawnFileName();
        const cp = child.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
        let stdbuffer = "";
        if (cp.stdout) {
          cp.stdout.on("data", (data) => {
            if (this.options.listeners && this.options.listeners.stdout) {
              this.options.listeners.stdout(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.outStream) {
              optionsNonNull.outStream.write(data);
            }
            stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.stdline) {
                this.options.listeners.stdline(line);
              }
            });
          });
        }
        let errbuffer = "";
        if (cp.stderr) {
          cp.stderr.on("data", (data) => {
            state.processStderr = true;
            if (this.options.listeners && this.options.listeners.stderr) {
              this.options.listeners.stderr(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.errStream && optionsNonNull.outStream) {
              const s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
              s.write(data);
            }
            errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.errline) {
                this.options.listeners.errline(line);
              }
            });
          });
        }
        cp.on("error", (err) => {
          state.processError = err.message;
          state.processExited = true;
          state.processClosed = true;
          state.CheckComplete();
        });
        cp.on("exit", (code) => {
          state.processExitCode = code;
          state.processExited = true;
          this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        cp.on("close", (code) => {
          state.processExitCode = code;
          state.processExited = true;
          state.processClosed = true;
          this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        state.on("done", (error2, exitCode) => {
          if (stdbuffer.length > 0) {
            this.emit("stdline", stdbuffer);
          }
          if (errbuffer.length > 0) {
            this.emit("errline", errbuffer);
          }
          cp.removeAllListeners();
          if (error2) {
            reject(error2);
          } else {
            resolve6(exitCode);
          }
        });
        if (this.options.input) {
          if (!cp.stdin) {
            throw new Error("child process missing stdin");
          }
          cp.stdin.end(this.options.input);
        }
      }));
    });
  }
};
function argStringToArray(argString) {
  const args = [];
  let inQuotes = false;
  let escaped = false;
  let arg = "";
  function append(c) {
    if (escaped && c !== '"') {
      arg += "\\";
    }
    arg += c;
    escaped = false;
  }
  for (let i = 0; i < argString.length; i++) {
    const c = argString.charAt(i);
    if (c === '"') {
      if (!escaped) {
        inQuotes = !inQuotes;
      } else {
        append(c);
      }
      continue;
    }
    if (c === "\\" && escaped) {
      append(c);
      continue;
    }
    if (c === "\\" && inQuotes) {
      escaped = true;
      continue;
    }
    if (c === " " && !inQuotes) {
      if (arg.length > 0) {
        args.push(arg);
        arg = "";
      }
      continue;
    }
    append(c);
  }
  if (arg.length > 0) {
    args.push(arg.trim());
  }
  return args;
}
var ExecState = class _ExecState extends events.EventEmitter {
  constructor(options, toolPath) {
    super();
    this.processClosed = false;
    this.processError = "";
    this.processExitCode = 0;
    this.processExited = false;
    this.processStderr = false;
    this.delay = 1e4;
    this.done = false;
    this.timeout = null;
    if (!toolPath) {
      throw new Error("toolPath must not be empty");
    }
    this.options = options;
    this.toolPath = toolPath;
    if (options.delay) {
      this.delay = options.delay;
    }
  }
  CheckComplete() {
    if (this.done) {
      return;
    }
    if (this.processClosed) {
      this._setResult();
    } else if (this.processExited) {
      this.timeout = setTimeout2(_ExecState.HandleTimeout, this.delay, this);
    }
  }
  _debug(message) {
    this.emit("debug", message);
  }
  _setResult() {
    let error2;
    if (this.processExited) {
      if (this.processError) {
        error2 = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
      } else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
        error2 = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
      } else if (this.processStderr && this.options.failOnStdErr) {
        error2 = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
      }
    }
    if (this.timeout) {
      clearTimeout(this.timeout);
      this.timeout = null;
    }
    this.done = true;
    this.emit("done", error2, this.processExitCode);
  }
  static HandleTimeout(state) {
    if (state.done) {
      return;
    }
    if (!state.processClosed && state.processExited) {
      const message = `The STDIO streams did not close within ${state.delay / 1e3} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
      state._debug(message);
    }
    state._setResult();
  }
};

// node_modules/@actions/exec/lib/exec.js
var __awaiter8 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve6) {
      resolve6(value);
    });
  }
  return new (P || (P = Promise))(function(resolve6, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve6(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function exec(commandLine, args, options) {
  return __awaiter8(this, void 0, void 0, function* () {
    const commandArgs = argStringToArray(commandLine);
    if (commandArgs.length === 0) {
      throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
    }
    const toolPath = commandArgs[0];
    args = commandArgs.slice(1).concat(args || []);
    const runner = new ToolRunner(toolPath, args, options);
    return runner.exec();
  });
}
function getExecOutput(commandLine, args, options) {
  return __awaiter8(this, void 0, void 0, function* () {
    var _a, _b;
    let stdout = "";
    let stderr = "";
    const stdoutDecoder = new StringDecoder("utf8");
    const stderrDecoder = new StringDecoder("utf8");
    const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
    const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
    const stdErrListener = (data) => {
      stderr += stderrDecoder.write(data);
      if (originalStdErrListener) {
        originalStdErrListener(data);
      }
    };
    const stdOutListener = (data) => {
      stdout += stdoutDecoder.write(data);
      if (originalStdoutListener) {
        originalStdoutListener(data);
      }
    };
    const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
    const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
    stdout += stdoutDecoder.end();
    stderr += stderrDecoder.end();
    return {
      exitCode,
      stdout,
      stderr
    };
  });
}

// node_modules/@actions/core/lib/platform.js
var __awaiter9 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve6) {
      resolve6(value);
    });
  }
  return new (P || (P = Promise))(function(resolve6, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve6(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var getWindowsInfo = () => __awaiter9(void 0, void 0, void 0, function* () {
  const { stdout: version } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', void 0, {
    silent: true
  });
  const { stdout: name } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', void 0, {
    silent: true
  });
  return {
    name: name.trim(),
    version: version.trim()
  };
});
var getMacOsInfo = () => __awaiter9(void 0, void 0, void 0, function* () {
  var _a, _b, _c, _d;
  const { stdout } = yield getExecOutput("sw_vers", void 0, {
    silent: true
  });
  const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : "";
  const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : "";
  return {
    name,
    version
  };
});
var getLinuxInfo = () => __awaiter9(void 0, void 0, void 0, function* () {
  const { stdout } = yield getExecOutput("lsb_release", ["-i", "-r", "-s"], {
    silent: true
  });
  const [name, version] = stdout.trim().split("\n");
  return {
    name,
    version
  };
});
var platform = os4.platform();
var arch = os4.arch();
var isWindows = platform === "win32";
var isMacOS = platform === "darwin";
var isLinux = platform === "linux";
function getDetails() {
  return __awaiter9(this, void 0, void 0, function* () {
    return Object.assign(Object.assign({}, yield isWindows ? getWindowsInfo() : isMacOS ? getMacOsInfo() : getLinuxInfo()), {
      platform,
      arch,
      isWindows,
      isMacOS,
      isLinux
    });
  });
}

// node_modules/@actions/core/lib/core.js
var __awaiter10 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve6) {
      resolve6(value);
    });
  }
  return new (P || (P = Promise))(function(resolve6, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve6(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function exportVariable(name, val) {
  const convertedVal = toCommandValue(val);
  process.env[name] = convertedVal;
  const filePath = process.env["GITHUB_ENV"] || "";
  if (filePath) {
    return issueFileCommand("ENV", prepareKeyValueMessage(name, val));
  }
  issueCommand("set-env", { name }, convertedVal);
}
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function addPath(inputPath) {
  const filePath = process.env["GITHUB_PATH"] || "";
  if (filePath) {
    issueFileCommand("PATH", inputPath);
  } else {
    issueCommand("add-path", {}, inputPath);
  }
  process.env["PATH"] = `${inputPath}${path5.delimiter}${process.env["PATH"]}`;
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function getMultilineInput(name, options) {
  const inputs = getInput(name, options).split("\n").filter((x) => x !== "");
  if (options && options.trimWhitespace === false) {
    return inputs;
  }
  return inputs.map((input) => input.trim());
}
function getBooleanInput(name, options) {
  const trueValue = ["true", "True", "TRUE"];
  const falseValue = ["false", "False", "FALSE"];
  const val = getInput(name, options);
  if (trueValue.includes(val))
    return true;
  if (falseValue.includes(val))
    return false;
  throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os5.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setCommandEcho(enabled) {
  issue("echo", enabled ? "on" : "off");
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function isDebug() {
  return process.env["RUNNER_DEBUG"] === "1";
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os5.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter10(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}
function saveState(name, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
  }
  issueCommand("save-state", { name }, toCommandValue(value));
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
}
function getIDToken(aud) {
  return __awaiter10(this, void 0, void 0, function* () {
    return yield OidcClient.getIDToken(aud);
  });
}

// src/action/run.ts
import { mkdirSync, mkdtempSync, readFileSync as readFileSync2 } from "node:fs";
import { tmpdir } from "node:os";
import { dirname as dirname5, isAbsolute as isAbsolute3, join as join5, relative as relative5, resolve as resolve5, sep as sep5 } from "node:path";

// src/action/commands.ts
import { existsSync as existsSync4, readdirSync as readdirSync2 } from "node:fs";
import { basename as basename4, join as join4, relative as relative4, resolve as resolve4, sep as sep4 } from "node:path";

// src/action/committed.ts
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname4, relative as relative3 } from "node:path";

// src/action/workspace.ts
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { basename as basename3, dirname as dirname3, isAbsolute, join as join3, relative as relative2, resolve as resolve2, sep as sep3 } from "node:path";
function realLocation(path6) {
  const absolute = resolve2(path6);
  const missing = [];
  let current = absolute;
  for (let depth = 0; depth < 4096; depth++) {
    try {
      return join3(realpathSync(current), ...missing.reverse());
    } catch (error2) {
      const code = error2.code;
      if (code === "ENOENT" && isLink(current) && depth < 40) {
        current = resolve2(dirname3(current), readLinkTarget(current));
        continue;
      }
      const parent = dirname3(current);
      if (parent === current) return absolute;
      missing.push(basename3(current));
      current = parent;
    }
  }
  return absolute;
}
function isLink(path6) {
  try {
    return lstatSync(path6).isSymbolicLink();
  } catch {
    return false;
  }
}
function readLinkTarget(path6) {
  return readlinkSync(path6);
}
function inGitFolder(root, real) {
  return isInside(join3(root, ".git"), real);
}
function linkOnTheWay(absolute, workspace) {
  const rel = relative2(resolve2(workspace), resolve2(absolute));
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep3}`) || isAbsolute(rel)) return null;
  let current = resolve2(workspace);
  for (const part of rel.split(sep3)) {
    current = join3(current, part);
    if (isLink(current)) return relative2(resolve2(workspace), current).split(sep3).join("/");
  }
  return null;
}
function outsideWorkspace(input, value, absolute, workspace) {
  const root = realLocation(workspace);
  const real = realLocation(absolute);
  if (inGitFolder(root, real)) {
    return `input '${input}': '${value}' resolves into the repository's .git folder${real === resolve2(absolute) ? "" : " through a symbolic link"}: git's own files, which maildns neither reads nor writes; give a path of the checkout's files`;
  }
  if (isInside(root, real)) return null;
  const how = isInside(root, resolve2(absolute)) ? " through a symbolic link" : "";
  return `input '${input}': '${value}' resolves outside the workspace${how} (GITHUB_WORKSPACE); give a path inside the repository checkout`;
}
var MAX_ENTRIES_SEARCHED = MAX_ENTRIES_WALKED;
function linkLeavingWorkspace(input, absolute, workspace, maxEntries = MAX_ENTRIES_SEARCHED) {
  const root = realLocation(workspace);
  const shown = (path6) => relative2(workspace, path6).split(sep3).join("/");
  const pending = [];
  try {
    if (lstatSync(absolute).isDirectory()) pending.push({ dir: absolute, depth: 0 });
  } catch {
    return null;
  }
  const searchedAt = /* @__PURE__ */ new Map();
  let searched = 0;
  while (pending.length > 0) {
    const { dir, depth } = pending.pop();
    let entries;
    try {
      const real = realpathSync(dir);
      if ((searchedAt.get(real) ?? Infinity) <= depth) continue;
      searchedAt.set(real, depth);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (++searched > maxEntries) {
        return `input '${input}': more than ${maxEntries} entries below ${shown(absolute) || "."} (through links to folders too): too many to check for symbolic links leaving the workspace; give the stack folders themselves`;
      }
      const full = join3(dir, entry.name);
      const searchable = depth < MAX_FOLDER_DEPTH && entry.name !== ".git" && entry.name !== "node_modules";
      if (entry.isSymbolicLink()) {
        const target = realLocation(full);
        if (!isInside(root, target)) {
          return `input '${input}': ${shown(full)} is a symbolic link that resolves outside the workspace (GITHUB_WORKSPACE): the Action reads only the repository checkout; replace the link with the file itself`;
        }
        if (inGitFolder(root, target)) {
          return `input '${input}': ${shown(full)} is a symbolic link into the repository's .git folder: git's own files, which maildns neither reads nor writes; replace the link with the file itself`;
        }
        if (searchable && isFolder(full)) pending.push({ dir: full, depth: depth + 1 });
      } else if (entry.isDirectory() && searchable) {
        pending.push({ dir: full, depth: depth + 1 });
      }
    }
  }
  return null;
}
function isFolder(path6) {
  try {
    return statSync(path6).isDirectory();
  } catch {
    return false;
  }
}

// src/action/committed.ts
function trackedByGit(path6) {
  if (!existsSync2(path6)) return false;
  const real = realLocation(path6);
  const top = repositoryOf(dirname4(real));
  if (top === null) return null;
  try {
    const out = git(["--literal-pathspecs", "ls-files", "-z", "--", relative3(top, real)], top);
    return out.length > 0;
  } catch {
    return null;
  }
}

// src/action/inputs.ts
import { existsSync as existsSync3, readFileSync, statSync as statSync2 } from "node:fs";
import { isAbsolute as isAbsolute2, resolve as resolve3 } from "node:path";
var ACTION_COMMANDS = ["lint", "plan", "audit"];
var FAIL_LEVELS = ["error", "warn", "info"];
var DEFAULT_COMMENT_MARKER = "maildns-report";
var InputError = class extends Error {
  name = "InputError";
};
function read(input, name) {
  return input(name).trim();
}
function choice(input, name, allowed, fallback) {
  const value = read(input, name);
  if (value === "") return fallback;
  const found = allowed.find((a) => a === value.toLowerCase());
  if (found) return found;
  throw new InputError(`input '${name}' must be one of ${allowed.join(", ")} (got '${value}'), e.g. \`${name}: ${allowed[0]}\``);
}
function flag(input, name, fallback) {
  const value = read(input, name);
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(`input '${name}' must be true or false (got '${value}')`);
}
function optional(input, name) {
  const value = read(input, name);
  return value === "" ? null : value;
}
function splitPaths(value) {
  return value.split(/[\s,]+/).filter((p) => p !== "");
}
function confined(name, value, absolute, workspace) {
  const problem = outsideWorkspace(name, value, absolute, workspace);
  if (problem) throw new InputError(problem);
}
function writtenWithoutLink(name, value, absolute, workspace) {
  const link = linkOnTheWay(absolute, workspace);
  if (link !== null) {
    throw new InputError(
      `input '${name}': '${value}' is written through the symbolic link ${link} of the checkout, which the commit being checked may point at any file the step can write; give a path without links (the Action makes the folders it needs)`
    );
  }
}
function notKept(name, value, absolute, cwd, command, reads, what) {
  const { held, judged } = judgeAt(absolute, cwd, { command, reads });
  if (held === null) return judged;
  throw new InputError(`input '${name}': '${value}' is ${keptWords(held, what)}`);
}
function stillNotKept(name, value, absolute, cwd, judged, what) {
  const held = appearedAt(absolute, judged, cwd);
  if (held !== null) throw new InputError(`input '${name}': '${value}' is ${appearedWords(held, what)}`);
}
function cacheFileOrNull(location, cwd) {
  try {
    return cacheFilePath(location, cwd);
  } catch {
    return null;
  }
}
function confinedFolder(name, absolute, workspace) {
  const problem = linkLeavingWorkspace(name, absolute, workspace);
  if (problem) throw new InputError(problem);
}
function pullRequestBase(env) {
  if (env.GITHUB_EVENT_NAME !== "pull_request" && env.GITHUB_EVENT_NAME !== "pull_request_target") return null;
  if (!env.GITHUB_EVENT_PATH) return null;
  try {
    const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    const sha = payload.pull_request?.base?.sha;
    return typeof sha === "string" && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(sha) ? sha : null;
  } catch {
    return null;
  }
}
function parseInputs(input, env, processCwd = process.cwd()) {
  const command = choice(input, "command", ACTION_COMMANDS, "lint");
  const failOn = choice(input, "fail-on", FAIL_LEVELS, "error");
  const workspace = resolve3(processCwd, env.GITHUB_WORKSPACE || ".");
  const workingDirectory = read(input, "working-directory");
  const cwd = workingDirectory === "" ? workspace : isAbsolute2(workingDirectory) ? workingDirectory : resolve3(workspace, workingDirectory);
  if (workingDirectory !== "") {
    confined("working-directory", workingDirectory, cwd, workspace);
    if (!existsSync3(cwd) || !statSync2(cwd).isDirectory()) throw new InputError(`input 'working-directory': '${workingDirectory}' is not a folder of the repository`);
  }
  const paths = splitPaths(read(input, "paths"));
  for (const path6 of paths) confined("paths", path6, resolve3(cwd, path6), workspace);
  const policy = optional(input, "policy");
  if (policy !== null && !SHIPPED_POLICIES.includes(policy)) confined("policy", policy, resolve3(cwd, policy), workspace);
  const zone = optional(input, "zone");
  for (const path6 of zone === null ? [] : splitPaths(zone)) {
    confined("zone", path6, resolve3(cwd, path6), workspace);
    confinedFolder("zone", resolve3(cwd, path6), workspace);
  }
  const sarifFile = optional(input, "sarif-file");
  if (sarifFile !== null) {
    confined("sarif-file", sarifFile, resolve3(cwd, sarifFile), workspace);
    writtenWithoutLink("sarif-file", sarifFile, resolve3(cwd, sarifFile), workspace);
  }
  const evidence = optional(input, "evidence");
  if (evidence !== null) confined("evidence", evidence, resolve3(cwd, evidence), workspace);
  const cache = optional(input, "cache");
  if (cache !== null) {
    confined("cache", cache, resolve3(cwd, cache), workspace);
    writtenWithoutLink("cache", cache, resolve3(cwd, cache), workspace);
  }
  const reads = [...domainPaths(paths.length ? paths : ["stacks"]), ...zonePaths(zone === null ? [] : splitPaths(zone)), packRead(policy ?? void 0), { path: evidence ?? void 0 }];
  const sarifJudged = sarifFile === null ? null : notKept("sarif-file", sarifFile, resolve3(cwd, sarifFile), cwd, command, [...reads, { path: command === "lint" ? cache ?? void 0 : void 0 }], "the SARIF");
  const cacheFile = cache !== null && command === "lint" ? cacheFileOrNull(cache, cwd) : null;
  const cacheJudged = cache !== null && cacheFile !== null ? notKept("cache", cache, cacheFile, cwd, command, reads, "the lint cache") : null;
  if (sarifFile !== null && cache !== null && cacheFile !== null && sameWrittenFile(resolve3(cwd, sarifFile), cacheFile)) {
    throw new InputError(`input 'sarif-file': '${sarifFile}' is the file of input 'cache' ('${cache}'): the SARIF and the lint cache would replace each other; give each its own file`);
  }
  const today = optional(input, "today");
  if (today !== null && !isCalendarDate(today)) {
    throw new InputError(`input 'today' must be a date that exists, written YYYY-MM-DD like 2026-11-23 (got '${today}')`);
  }
  const base = optional(input, "base");
  if (base !== null && (base.startsWith("-") || !/^[\x21-\x7e]{1,256}$/.test(base))) {
    throw new InputError(`input 'base' must be a git revision: a commit id or a branch such as origin/main, without spaces (got '${base.slice(0, 80)}')`);
  }
  const commentMarker = optional(input, "comment-marker") ?? DEFAULT_COMMENT_MARKER;
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9._:]|-(?!-)){0,63}$/.test(commentMarker)) {
    throw new InputError(`input 'comment-marker' must be letters, digits, '.', '_', ':' or single '-', at most 64 (got '${commentMarker.slice(0, 80)}'), e.g. \`comment-marker: maildns-prod\``);
  }
  const commentAuthor = optional(input, "comment-author");
  if (commentAuthor !== null && !/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\[bot\]$/.test(commentAuthor)) {
    throw new InputError(`input 'comment-author' must be an app's bot login, <app-slug>[bot], as an installation token writes (got '${commentAuthor.slice(0, 80)}'), e.g. \`comment-author: \${{ steps.app-token.outputs.app-slug }}[bot]\`; a personal token needs none`);
  }
  return {
    command,
    paths,
    policy,
    failOn,
    resolver: optional(input, "resolver"),
    zone,
    sarifFile,
    sarifJudged,
    summary: flag(input, "summary", true),
    comment: flag(input, "comment", false),
    commentMarker,
    commentAuthor,
    githubToken: read(input, "github-token"),
    cwd,
    workspace,
    today,
    evidence,
    cache,
    cacheJudged,
    base: base ?? pullRequestBase(env)
  };
}

// src/action/commands.ts
function evidenceLines(domains, lookup) {
  return domains.filter((d) => d.dmarc !== null && d.mail.sends).map((d) => {
    const problem = lookup.problem?.(d.file);
    return problem ? `${d.domain}: the evidence file ${problem.file} cannot be used (see its error); run \`maildns reports evidence\` again` : evidenceLine(d.domain, lookup(d.domain, d.file));
  });
}
var EXAMPLE_STACK = "stacks/example";
function defaultPaths(cwd) {
  let entries;
  try {
    entries = readdirSync2(join4(cwd, "stacks"), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((e) => !e.name.startsWith(".") && `stacks/${e.name}` !== EXAMPLE_STACK && (e.isDirectory() || e.isFile() && /\.ya?ml$/i.test(e.name) && !/^Pulumi\./.test(e.name))).map((e) => `stacks/${e.name}`).sort();
}
function pathsToRead(inputs, base = null) {
  const gone = base === null ? [] : base.goneFolders(join4(inputs.cwd, "stacks")).map((folder) => `stacks/${basename4(folder)}`).filter((p) => p !== EXAMPLE_STACK);
  const paths = inputs.paths.length > 0 ? inputs.paths : [.../* @__PURE__ */ new Set([...defaultPaths(inputs.cwd), ...gone])].sort();
  if (paths.length === 0) {
    throw new InputError(
      `no domain file found: \`paths\` is not set, and stacks/ holds no stack besides the bundled example (${EXAMPLE_STACK}, left out on purpose); set \`paths:\` to your stack's folder, e.g. \`paths: stacks/prod\``
    );
  }
  for (const path6 of paths) confinedFolder("paths", resolve4(inputs.cwd, path6), inputs.workspace);
  return paths;
}
function noDomainFile(paths) {
  return new InputError(`no domain file found in ${paths.join(", ")}: a domain file is a .yaml or .yml file (stack configs named Pulumi.*.yaml are not); check \`paths\``);
}
function refuseCommittedCache(location, inputs) {
  const file = cacheFilePath(location, inputs.cwd);
  writtenWithoutLink("cache", location, file, inputs.workspace);
  if (trackedByGit(file) !== true) return;
  const named = (path6, root) => relative4(root, path6).split(sep4).join("/");
  const shown = named(file, inputs.workspace);
  const target = named(realLocation(file), realLocation(inputs.workspace));
  const link = target === shown ? "" : ` (a link to ${target})`;
  throw new InputError(
    `input 'cache': ${shown}${link} is committed in the repository, so the commit being checked wrote it, and a pull request could write one that passes its own files unlinted; the cache must come from actions/cache only: remove it from the repository (git rm --cached ${shown}) and list it in .gitignore`
  );
}
async function lint(inputs) {
  const paths = pathsToRead(inputs);
  const evidence = evidenceLookup({ explicit: inputs.evidence, cwd: inputs.cwd });
  const policy = resolvePolicy(inputs.policy ?? void 0, allRules, inputs.cwd);
  if (inputs.cache !== null) refuseCommittedCache(inputs.cache, inputs);
  const cache = inputs.cache === null ? null : openLintCacheAt({ location: inputs.cache, cwd: inputs.cwd, policy, rules: allRules, toolVersion: toolVersion(), extraKey: evidenceKeyFor(inputs.evidence, inputs.cwd), listsSuppressed: true }).cache;
  const result = await lintPaths(paths, {
    rules: allRules,
    cwd: inputs.cwd,
    evidence,
    policy,
    ...inputs.today ? { today: inputs.today } : {},
    ...cache ? { models: false, cache } : {}
  });
  if (result.files === 0) throw noDomainFile(paths);
  const cacheFile = inputs.cache === null ? null : cacheFilePath(inputs.cache, inputs.cwd);
  const appeared = cache && cacheFile !== null && inputs.cacheJudged ? appearedAt(cacheFile, inputs.cacheJudged, inputs.cwd) : null;
  if (appeared) warning(`input 'cache': '${inputs.cache}' is ${appearedWords(appeared, "the lint cache")}; the next run lints every file`);
  else if (cache) {
    try {
      cache.save();
    } catch (error2) {
      throw new InputError(`input 'cache': cannot write ${inputs.cache}: ${error2.code ?? error2.message}`);
    }
  }
  return {
    findings: result.findings,
    suppressed: result.suppressed,
    summary: { files: result.files, domains: result.domainCount, errors: result.errors, warnings: result.warnings, infos: result.infos },
    domains: result.domains,
    changes: null,
    planMarkdown: null,
    planJson: null,
    published: null,
    recursive: null,
    failure: null,
    sites: domainFileSites(result.domains, inputs.cwd),
    evidence: evidenceLines(result.domains, evidence),
    removedZones: []
  };
}
function observe(inputs) {
  const values = {
    ...inputs.resolver ? { resolver: splitPaths(inputs.resolver) } : {},
    ...inputs.zone ? { zone: splitPaths(inputs.zone) } : {}
  };
  return openObservation(values, { cwd: inputs.cwd });
}
function publishedSpf(observations) {
  const published = /* @__PURE__ */ new Map();
  for (const observation of observations) {
    const apexTxt = observation.rrsets.find((r) => r.name === observation.domain && r.type === "TXT");
    if (!apexTxt || apexTxt.state === "failed") continue;
    published.set(observation.domain, apexTxt.values.find(isSpfRecord) ?? null);
  }
  return published;
}
function recursiveCounts(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.ruleId === "spf-lookup-budget-change" && typeof f.data.before === "number" && typeof f.data.after === "number") counts.set(f.domain, { before: f.data.before, after: f.data.after });
  }
  return counts;
}
function lookupFailure(failures) {
  if (failures.length === 0) return null;
  const shown = failures.slice(0, 3).map(describeFailure).join("; ");
  return `${failures.length} lookup${failures.length === 1 ? "" : "s"} failed, so live state is unknown there: ${shown}${failures.length > 3 ? "; …" : ""}`;
}
function uncheckedFailure(unchecked) {
  if (unchecked.length === 0) return null;
  const shown = unchecked.slice(0, 3).map((u) => `${u.domain}: ${describeUnchecked(u)}`).join("; ");
  const total = uncheckedTotal(unchecked);
  return `${total} lookup${total === 1 ? "" : "s"} a check needed failed, so those checks were not made: ${shown}${unchecked.length > 3 ? "; …" : ""}`;
}
function gateFailure(gates) {
  const refused = gates.filter((g) => g.tripped && !g.allowed);
  if (refused.length === 0) return null;
  const shown = refused.slice(0, 3).map((g) => `${g.id} (${g.reason}${g.allowedOnMerge ? `; allowed by maildns:allow in ${g.allowedOnMerge} on merge` : ""})`).join("; ");
  return `${refused.length} safety gate${refused.length === 1 ? "" : "s"} would refuse this apply: ${shown}${refused.length > 3 ? "; …" : ""}`;
}
function adoptionFailure(notes) {
  const failing = notes.filter(removedNoteFails);
  return failing.length === 0 ? null : failing.map((n) => n.detail).join("; ");
}
function planMarkdownOf(result) {
  const gates = gatesTable(result.gates);
  const gatesPart = gates ? `
#### Safety gates

${gates}` : "";
  const removed = removedZonesMarkdown(result).replace(/^### /, "#### ");
  const removedPart = removed ? `
${removed}` : "";
  const unreadPart = result.otherStacksUnread ? `
#### Not checked

- ${markdownText(unreadOtherStacksText(result.otherStacksUnread))}.
` : "";
  return `${planSummaryLine(result.summary)}

${planTable(result.changes)}${removedPart}${gatesPart}${unreadPart}`;
}
async function plan(inputs) {
  const base = inputs.base === null ? null : openGitBase(inputs.base, inputs.cwd, { fetchMissing: true });
  const paths = pathsToRead(inputs, base);
  const evidence = evidenceLookup({ explicit: inputs.evidence, cwd: inputs.cwd });
  const observation = await observe(inputs);
  try {
    const result = await planPaths(paths, {
      cwd: inputs.cwd,
      sourceFor: observation.sourceFor,
      rulesSource: observation.rules,
      concurrency: observation.concurrency,
      // A zone export shows every selector it publishes, so a selector the files dropped is seen (and gated).
      extraSelectors: (domain) => zoneSelectors(observation.zones, domain),
      evidence,
      outsideZones: observation.outsideZones,
      // The SPF budget table and code scanning's sites read every domain's model and observation.
      keepModels: true,
      base,
      ...inputs.policy ? { policy: inputs.policy } : {},
      ...inputs.today ? { today: inputs.today } : {}
    });
    const { files, domains, errors, warnings, infos } = result.summary;
    if (files === 0 && result.removedZones.length === 0 && !result.removedZonesNotes.some(removedNoteFails)) throw noDomainFile(paths);
    return {
      findings: result.findings,
      suppressed: result.suppressed,
      summary: { files, domains, errors, warnings, infos },
      domains: result.models,
      changes: result.changes.length,
      planMarkdown: planMarkdownOf(result),
      planJson: planJson(result),
      published: publishedSpf(result.observations),
      recursive: recursiveCounts(result.findings),
      failure: [lookupFailure(result.failures), uncheckedFailure(result.unchecked), gateFailure(result.gates), adoptionFailure(result.removedZonesNotes)].filter((f) => f !== null).join("; ") || null,
      sites: domainFileSites(result.models, inputs.cwd),
      evidence: evidenceLines(result.models, evidence),
      removedZones: result.removedZones
    };
  } finally {
    observation.close();
  }
}
async function audit(inputs) {
  const paths = inputs.paths.length === 0 && inputs.zone ? [] : pathsToRead(inputs);
  const files = paths.filter((p) => existsSync4(resolve4(inputs.cwd, p)));
  const names = paths.filter((p) => !files.includes(p));
  const linted = files.length ? await lintPaths(files, { rules: allRules, cwd: inputs.cwd, ...inputs.policy ? { policy: inputs.policy } : {} }) : null;
  const unread = linted?.findings.find((f) => f.ruleId === "file-unreadable");
  if (unread) throw new InputError(`${unread.file}: ${unread.message}`);
  const models = linted?.domains ?? [];
  const declared = models.map((d) => d.domain);
  const observation = await observe(inputs);
  try {
    let domains = [.../* @__PURE__ */ new Set([...declared, ...domainList(names, void 0, { cwd: inputs.cwd })])];
    if (domains.length === 0 && observation.zones) domains = zoneMailDomains(observation.zones).domains;
    if (domains.length === 0) throw new InputError("audit found no domain: give domain files or names in `paths`, or zone files in `zone`");
    const result = await auditDomains(domains, {
      sourceFor: observation.sourceFor,
      rulesSource: observation.rules,
      cwd: inputs.cwd,
      concurrency: observation.domainsInFlight,
      // As the CLI: the selectors a zone holds are all it has; common names are probed over DNS only.
      knownSelectorsFor: (domain) => zoneSelectors(observation.zones, domain),
      probeSelectors: probeSelectorsFor(observation.zones),
      outsideZones: observation.outsideZones,
      ...inputs.policy ? { policy: inputs.policy } : {},
      ...inputs.today ? { today: inputs.today } : {}
    });
    return {
      findings: result.findings,
      // audit judges live records: a domain file's `lint:` entries silence nothing there.
      suppressed: [],
      summary: { files: 0, domains: result.domains, errors: result.errors, warnings: result.warnings, infos: result.infos },
      // audit keeps no models (thousands of live domains would not fit): no SPF budget table for it.
      domains: [],
      changes: null,
      planMarkdown: null,
      planJson: null,
      published: null,
      recursive: null,
      failure: [lookupFailure(result.failures), uncheckedFailure(result.unchecked)].filter((f) => f !== null).join("; ") || null,
      // Live findings have no file: code scanning places them at the domain file that declares the domain.
      sites: domainFileSites(models, inputs.cwd),
      evidence: [],
      removedZones: []
    };
  } finally {
    observation.close();
  }
}
async function commandOutcome(inputs) {
  switch (inputs.command) {
    case "lint":
      return lint(inputs);
    case "plan":
      return plan(inputs);
    case "audit":
      return audit(inputs);
  }
}

// src/action/run.ts
var RANK = { info: 0, warn: 1, error: 2 };
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function relocate(findings, cwd, workspace) {
  return findings.map((f) => {
    if (!f.file) return f;
    const file = fromRoot(f.file, cwd, workspace);
    return file === f.file ? f : { ...f, file };
  });
}
function fromRoot(file, cwd, workspace) {
  const absolute = isAbsolute3(file) ? file : resolve5(cwd, file);
  return isInside(workspace, absolute) ? relative5(workspace, absolute).split(sep5).join("/") : file;
}
function annotationOf(f) {
  const kind = f.level === "error" ? "error" : f.level === "warn" ? "warning" : "notice";
  const properties = { title: f.ruleId };
  if (f.file) {
    Object.assign(properties, { file: f.file, startLine: f.line, endLine: f.endLine });
    if (f.endLine === f.line) Object.assign(properties, { startColumn: f.column, endColumn: f.endColumn });
  }
  return { kind, message: oneLine(f.file ? f.message : `${f.name ?? f.domain}: ${f.message}`), properties };
}
function reportPath(env, command) {
  const step = (env.GITHUB_ACTION ?? "").replace(/[^A-Za-z0-9_.-]/g, "_") || String(process.pid);
  const name = `maildns-${command}-${step}.json`;
  if (env.RUNNER_TEMP) return join5(env.RUNNER_TEMP, name);
  return join5(mkdtempSync(join5(tmpdir(), "maildns-report-")), name);
}
function writeFile2(path6, text) {
  mkdirSync(dirname5(path6), { recursive: true });
  writeFileWhole(path6, text);
}
async function comment(inputs, env, markdown) {
  const { commentBody, commentMarker, pullRequestTarget, retryUnitMs, upsertComment } = await import("./chunks/comment-JCAH2YHQ.js");
  let payload = null;
  try {
    if (env.GITHUB_EVENT_PATH) payload = JSON.parse(readFileSync2(env.GITHUB_EVENT_PATH, "utf8"));
  } catch {
    payload = null;
  }
  const target = pullRequestTarget(payload, env.GITHUB_REPOSITORY);
  if (!target) {
    info(`comment: skipped, ${env.GITHUB_EVENT_NAME ?? "this event"} is not a pull request`);
    return;
  }
  if (!inputs.githubToken || inputs.githubToken.startsWith("${{")) {
    warning("comment: no github-token, so no pull request comment");
    return;
  }
  const marker = commentMarker(inputs.commentMarker);
  const result = await upsertComment({
    token: inputs.githubToken,
    target,
    marker,
    body: commentBody(markdown, marker),
    ...env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {},
    // Seconds unless the Action's own tests shorten them (see retryUnitMs).
    retryAfterUnitMs: retryUnitMs(env.MAILDNS_GITHUB_RETRY_UNIT_MS),
    onRetry: (what) => info(`comment: ${what}`),
    ...inputs.commentAuthor !== null ? { authorWhenUnknown: inputs.commentAuthor } : {}
  });
  if (result.outcome === "failed") warning(`comment: could not write the pull request comment: ${result.reason}`);
  else info(`comment: ${result.outcome} comment ${result.id} on #${target.number}`);
}
async function publish(inputs, env, outcome) {
  const findings = relocate(outcome.findings, inputs.cwd, inputs.workspace);
  const suppressed = relocate(outcome.suppressed, inputs.cwd, inputs.workspace);
  const failing = findings.filter((f) => RANK[f.level] >= RANK[inputs.failOn]).length;
  const failed = failing > 0 || outcome.failure !== null;
  if (outcome.failure !== null) setFailed(`maildns ${inputs.command}: ${messageLines(outcome.failure)}`);
  else if (failing > 0) setFailed(`maildns ${inputs.command}: ${failing} finding${failing === 1 ? "" : "s"} at or above ${inputs.failOn} (fail-on)`);
  const made = { error: 0, warning: 0, notice: 0 };
  const annotate = (kind, message, properties) => {
    made[kind]++;
    core_exports[kind](message, properties);
  };
  for (const zone of outcome.removedZones) {
    const file = zone.deletedFiles[0] ?? zone.adoptionFile;
    annotate("warning", oneLine(`${zone.zone}: ${describeRemovedZone(zone)}`), { title: "removed-zone", ...file ? { file: fromRoot(file, inputs.cwd, inputs.workspace) } : {} });
  }
  const { shown, omitted } = capFindings(findings);
  for (const finding of shown) {
    const { kind, message, properties } = annotationOf(finding);
    annotate(kind, message, properties);
  }
  if (omitted > 0) annotate("notice", omittedSentence(omitted), { title: "maildns" });
  const { errors, warnings, infos } = outcome.summary;
  const { files, domains } = outcome.summary;
  const counts = [plural(files, "file"), ", ", plural(domains, "domain"), ": ", plural(errors, "error"), ", ", plural(warnings, "warning"), `, ${infos} info`];
  if (outcome.changes !== null) counts.push(", ", plural(outcome.changes, "change"));
  info(`maildns ${inputs.command}: ${counts.join("")}`);
  const report = { findings, summary: outcome.summary, rules: allRules, toolVersion: toolVersion() };
  const path6 = reportPath(env, inputs.command);
  const json = outcome.planJson === null ? findingsJson(report) : { ...outcome.planJson, findings: findingsJson(report).findings };
  writeFile2(path6, `${reportJson(json)}
`);
  if (inputs.sarifFile) {
    const sites = new Map([...outcome.sites].map(([domain, site]) => [domain, { ...site, file: fromRoot(site.file, inputs.cwd, inputs.workspace) }]));
    const sarif = resolve5(inputs.cwd, inputs.sarifFile);
    const text = formatSarif(report, { sites, suppressed });
    if (inputs.sarifJudged) stillNotKept("sarif-file", inputs.sarifFile, sarif, inputs.cwd, inputs.sarifJudged, "the SARIF");
    writeFile2(sarif, text);
  }
  setOutput("errors", errors);
  setOutput("warnings", warnings);
  setOutput("infos", infos);
  setOutput("changes", outcome.changes ?? 0);
  setOutput("report", path6);
  if (inputs.summary || inputs.comment) {
    const markdown = reportMarkdown({
      command: inputs.command,
      summary: outcome.summary,
      findings,
      suppressed,
      failOn: inputs.failOn,
      failed,
      failure: outcome.failure,
      planMarkdown: outcome.planMarkdown,
      changes: outcome.changes,
      budget: spfBudget(outcome.domains, outcome.published ?? void 0, outcome.recursive ?? void 0),
      evidence: outcome.evidence,
      // The step's own failure line is one more error annotation.
      annotations: { ...made, error: made.error + (failed ? 1 : 0) }
    });
    if (inputs.summary) {
      if (env.GITHUB_STEP_SUMMARY) await summary.addRaw(fitSummary(markdown)).write();
      else info("summary: skipped, GITHUB_STEP_SUMMARY is not set");
    }
    if (inputs.comment) await comment(inputs, env, markdown);
  }
}
async function run() {
  const env = process.env;
  let inputs;
  try {
    inputs = parseInputs((name) => getInput(name), env);
  } catch (error2) {
    setFailed(`maildns: ${messageLines(error2.message)}`);
    return;
  }
  try {
    const outcome = await commandOutcome(inputs);
    await publish(inputs, env, outcome);
  } catch (error2) {
    if (error2 instanceof InputError || error2 instanceof UsageError || error2 instanceof PolicyError) {
      setFailed(`maildns ${inputs.command}: ${messageLines(error2.message)}`);
      return;
    }
    const detail = error2 instanceof Error ? error2.message : String(error2);
    setFailed(`maildns ${inputs.command}: internal error: ${messageLines(detail)}`);
    if (isDebug() && error2 instanceof Error && error2.stack) debug(error2.stack);
  }
}

// src/action/main.ts
function isEntryPoint() {
  try {
    return process.argv[1] !== void 0 && pathToFileURL(realpathSync2(process.argv[1])).href === import.meta.url;
  } catch {
    return false;
  }
}
if (isEntryPoint()) await run();
export {
  run
};
