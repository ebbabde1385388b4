import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  libbase64_default,
  require_lib,
  require_libbase64,
  require_src
} from "./chunk-Y2ARVG7F.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-5AL66J2M.js";

// node_modules/mailparser/node_modules/libqp/dist/cjs/libqp.js
var require_libqp = __commonJS({
  "node_modules/mailparser/node_modules/libqp/dist/cjs/libqp.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Decoder = exports.Encoder = void 0;
    exports.encode = encode3;
    exports.decode = decode3;
    exports.wrap = wrap2;
    var node_stream_1 = __require("node:stream");
    var MIN_LINE_LENGTH2 = 4;
    var QP_LITERAL2 = new Uint8Array(256);
    for (let i = 0; i < 256; i++) {
      QP_LITERAL2[i] = i === 9 || i === 10 || i === 13 || i >= 32 && i <= 126 && i !== 61 ? 1 : 0;
    }
    var HEX_DIGITS2 = Buffer.from("0123456789ABCDEF", "latin1");
    var isWhitespace3 = (c) => c === 32 || c === 9;
    function encode3(buffer) {
      return encodeBytes2(typeof buffer === "string" ? Buffer.from(buffer, "utf-8") : buffer);
    }
    function encodeBytes2(buffer, next, binary, previous) {
      const len = buffer.length;
      const output = Buffer.allocUnsafe(len * 3);
      let pos = 0;
      for (let i = 0; i < len; i++) {
        const ord = buffer[i];
        const preceding = i > 0 ? buffer[i - 1] : previous;
        const following = i + 1 < len ? buffer[i + 1] : next;
        const loneLineBreak = binary && (ord === 13 ? following !== 10 : ord === 10 && preceding !== 13);
        if (QP_LITERAL2[ord] && !loneLineBreak && !(isWhitespace3(ord) && (following === void 0 || following === 10 || following === 13)) && !(ord === 45 && (preceding === void 0 || preceding === 10 || preceding === 13))) {
          output[pos++] = ord;
          continue;
        }
        output[pos++] = 61;
        output[pos++] = HEX_DIGITS2[Math.floor(ord / 16)];
        output[pos++] = HEX_DIGITS2[ord % 16];
      }
      return output.toString("latin1", 0, pos);
    }
    function decode3(str) {
      let input;
      if (str instanceof Uint8Array) {
        input = (Buffer.isBuffer(str) ? str : Buffer.from(str.buffer, str.byteOffset, str.byteLength)).toString("binary");
      } else {
        input = (str || "").toString();
      }
      input = input.replace(/(^|[^ \t])[ \t]+(?=[\n\r\u2028\u2029]|$)/g, "$1").replace(/[=](?:\r?\n|$)/g, "");
      const len = input.length;
      let encodedBytesCount = 0;
      for (let i = input.indexOf("="); i >= 0 && i < len - 2; i = input.indexOf("=", i + 1)) {
        if (hexValue2(input.charCodeAt(i + 1)) >= 0 && hexValue2(input.charCodeAt(i + 2)) >= 0) {
          encodedBytesCount++;
          i += 2;
        }
      }
      const buffer = Buffer.alloc(len - encodedBytesCount * 2);
      let bufferPos = 0;
      for (let i = 0; i < len; i++) {
        const code = input.charCodeAt(i);
        if (code === 61 && i < len - 2) {
          const hi = hexValue2(input.charCodeAt(i + 1));
          const lo = hexValue2(input.charCodeAt(i + 2));
          if (hi >= 0 && lo >= 0) {
            buffer[bufferPos++] = hi * 16 + lo;
            i += 2;
            continue;
          }
        }
        buffer[bufferPos++] = code;
      }
      return buffer;
    }
    function hexValue2(code) {
      if (code >= 48 && code <= 57) {
        return code - 48;
      }
      if (code >= 65 && code <= 70) {
        return code - 65 + 10;
      }
      if (code >= 97 && code <= 102) {
        return code - 97 + 10;
      }
      return -1;
    }
    function wrap2(str, lineLength) {
      str = (str || "").toString();
      lineLength = Math.max(Number(lineLength) || 76, MIN_LINE_LENGTH2);
      if (str.length <= lineLength) {
        return str;
      }
      const parts = str.split(/(\r?\n)/);
      for (let i = 0; i < parts.length; i += 2) {
        parts[i] = wrapLine2(parts[i], lineLength);
      }
      return parts.join("");
    }
    function wrapLine2(str, lineLength) {
      const len = str.length;
      const lineMargin = Math.floor(lineLength / 3);
      let pos = 0;
      let result = "";
      for (; ; ) {
        const escapeHyphen = pos > 0 && str.charCodeAt(pos) === 45;
        if (len - pos + (escapeHyphen ? 2 : 0) <= lineLength) {
          result += escapeHyphen ? "=2D" + str.substr(pos + 1) : str.substr(pos);
          break;
        }
        let line = escapeHyphen ? "=2D" + str.substr(pos + 1, lineLength - 3) : str.substr(pos, lineLength);
        let match2;
        if (match2 = line.substr(-lineMargin).match(/[ \t.,!?][^ \t.,!?]*$/)) {
          line = line.substr(0, line.length - (match2[0].length - 1));
        } else if (/[=][\da-f]{0,2}$/i.test(line)) {
          line = trimUtf8Sequence2(line.replace(/[=][\da-f]?$/i, ""));
        }
        if (line.length === lineLength) {
          line = line.substr(0, line.length - (/[=][\da-f]{2}$/i.test(line) ? 3 : 1));
        }
        pos += escapeHyphen ? line.length - 2 : line.length;
        result += line + "=\r\n";
      }
      return result;
    }
    function trimUtf8Sequence2(line) {
      let end = line.length;
      while (end >= 3 && line.charCodeAt(end - 3) === 61) {
        const hi = hexValue2(line.charCodeAt(end - 2));
        const lo = hexValue2(line.charCodeAt(end - 1));
        if (hi < 0 || lo < 0) {
          break;
        }
        const code = hi * 16 + lo;
        if (code < 128) {
          break;
        }
        end -= 3;
        if (code >= 192) {
          break;
        }
      }
      return end > (line.startsWith("=2D") ? 3 : 0) ? line.substr(0, end) : line;
    }
    var toBuffer2 = (chunk, encoding) => typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk;
    var ENCODE_SLICE_SIZE2 = 64 * 1024;
    var Encoder2 = class extends node_stream_1.Transform {
      /**
       * @param [options] Stream options
       * @param [options.lineLength=76] Maximum length for lines, set to false to disable wrapping
       * @param [options.binary=false] Encode every CR or LF that is not part of a CRLF pair
       */
      constructor(options) {
        const opts = options || {};
        super(opts);
        this.options = opts;
        if (this.options.lineLength !== false) {
          this.options.lineLength = this.options.lineLength || 76;
        }
        this._curLine = "";
        this._heldByte = void 0;
        this._lastByte = void 0;
        this.inputBytes = 0;
        this.outputBytes = 0;
      }
      /** @internal */
      _transform(chunk, encoding, done) {
        let buf = toBuffer2(chunk, encoding);
        if (!buf || !buf.length) {
          return done();
        }
        this.inputBytes += buf.length;
        if (this._heldByte !== void 0) {
          this._encodeSlices(Buffer.of(this._heldByte), buf[0]);
          this._heldByte = void 0;
        }
        const last = buf[buf.length - 1];
        if (isWhitespace3(last) || this.options.binary && last === 13) {
          this._heldByte = last;
          buf = buf.subarray(0, buf.length - 1);
        }
        this._encodeSlices(buf, this._heldByte);
        done();
      }
      /** @internal */
      _flush(done) {
        if (this._heldByte !== void 0) {
          this._encodeSlices(Buffer.of(this._heldByte), void 0);
          this._heldByte = void 0;
        }
        if (this._curLine) {
          const qp = wrap2(this._curLine, this.options.lineLength);
          this.outputBytes += qp.length;
          this.push(qp, "ascii");
          this._curLine = "";
        }
        done();
      }
      /**
       * Encodes the input in slices of ENCODE_SLICE_SIZE bytes. Each slice is told the bytes around
       * it, so a slice is encoded as if the input was not split
       *
       * @param buf Bytes to encode
       * @param next The byte that follows buf, undefined when it is not known
       * @internal
       */
      _encodeSlices(buf, next) {
        for (let start = 0; start < buf.length; start += ENCODE_SLICE_SIZE2) {
          const end = Math.min(start + ENCODE_SLICE_SIZE2, buf.length);
          let qp = encodeBytes2(buf.subarray(start, end), end < buf.length ? buf[end] : next, this.options.binary, this._lastByte);
          this._lastByte = buf[end - 1];
          if (this.options.lineLength) {
            qp = this._curLine + qp;
            const cr = qp.endsWith("\r") ? "\r" : "";
            qp = wrap2(cr ? qp.slice(0, -1) : qp, this.options.lineLength);
            const lastLF = qp.lastIndexOf("\n");
            this._curLine = qp.substring(lastLF + 1) + cr;
            qp = qp.substring(0, lastLF + 1);
          }
          if (qp) {
            this.outputBytes += qp.length;
            this.push(qp, "ascii");
          }
        }
      }
    };
    exports.Encoder = Encoder2;
    var BLANKS_START2 = 64;
    var BLANKS_KEEP2 = 64 * 1024;
    var Decoder2 = class extends node_stream_1.Transform {
      /**
       * @param [options] Stream options
       */
      constructor(options) {
        const opts = options || {};
        super(opts);
        this.options = opts;
        this.inputBytes = 0;
        this.outputBytes = 0;
        this._blanks = Buffer.alloc(0);
        this._blankCount = 0;
        this._soft = 0;
        this._escape = 0;
        this._escapeHigh = 0;
        this._out = Buffer.alloc(0);
        this._outPos = 0;
        this._left = 0;
      }
      /** @internal */
      _transform(chunk, encoding, done) {
        if (!chunk || !chunk.length) {
          return done();
        }
        const buf = toBuffer2(chunk, encoding);
        this.inputBytes += buf.length;
        this._begin(buf.length + 4);
        for (let i = 0; i < buf.length; i++) {
          this._left = buf.length - i;
          this._trim(buf[i]);
        }
        this._left = 0;
        this._end();
        done();
      }
      /** @internal */
      _flush(done) {
        this._begin(4);
        this._dropBlanks();
        if (this._soft === 2) {
          this._unescape(61);
          this._unescape(13);
        }
        this._soft = 0;
        if (this._escape >= 1) {
          this._emit(61);
        }
        if (this._escape === 2) {
          this._emit(this._escapeHigh);
        }
        this._escape = 0;
        this._end();
        done();
      }
      /** Step 1, whitespace in front of a line break @internal */
      _trim(byte) {
        if (byte === 32 || byte === 9) {
          if (this._blankCount === this._blanks.length) {
            const blanks = Buffer.allocUnsafe(Math.max(BLANKS_START2, this._blanks.length * 2));
            this._blanks.copy(blanks, 0, 0, this._blankCount);
            this._blanks = blanks;
          }
          this._blanks[this._blankCount++] = byte;
          return;
        }
        if (this._blankCount) {
          if (byte !== 10 && byte !== 13) {
            this._reserve(this._blankCount);
            this._soften(this._blanks[0]);
            this._outPos += this._blanks.copy(this._out, this._outPos, 1, this._blankCount);
          }
          this._dropBlanks();
        }
        this._soften(byte);
      }
      /** Ends the pending whitespace run, keeping a small buffer for the next one @internal */
      _dropBlanks() {
        this._blankCount = 0;
        if (this._blanks.length > BLANKS_KEEP2) {
          this._blanks = Buffer.alloc(0);
        }
      }
      /** Step 2, soft line breaks: "=" followed by LF or CR LF @internal */
      _soften(byte) {
        if (this._soft === 1) {
          if (byte === 10) {
            this._soft = 0;
            return;
          }
          if (byte === 13) {
            this._soft = 2;
            return;
          }
          this._soft = 0;
          this._unescape(61);
        } else if (this._soft === 2) {
          this._soft = 0;
          if (byte === 10) {
            return;
          }
          this._unescape(61);
          this._unescape(13);
        }
        if (byte === 61) {
          this._soft = 1;
          return;
        }
        this._unescape(byte);
      }
      /** Step 3, escapes: "=" followed by two hex digits @internal */
      _unescape(byte) {
        if (this._escape === 1) {
          if (hexValue2(byte) >= 0) {
            this._escape = 2;
            this._escapeHigh = byte;
            return;
          }
          this._escape = 0;
          this._emit(61);
        } else if (this._escape === 2) {
          this._escape = 0;
          const low = hexValue2(byte);
          if (low >= 0) {
            this._emit(hexValue2(this._escapeHigh) * 16 + low);
            return;
          }
          this._emit(61);
          this._emit(this._escapeHigh);
        }
        if (byte === 61) {
          this._escape = 1;
          return;
        }
        this._emit(byte);
      }
      /** @internal */
      _begin(size) {
        this._out = Buffer.allocUnsafe(size);
        this._outPos = 0;
      }
      /** Makes room for `size` more bytes besides the rest of the current chunk @internal */
      _reserve(size) {
        const needed = this._outPos + size + this._left + 4;
        if (needed > this._out.length) {
          const out = Buffer.allocUnsafe(Math.max(this._out.length * 2, needed));
          this._out.copy(out, 0, 0, this._outPos);
          this._out = out;
        }
      }
      /** @internal */
      _emit(byte) {
        this._out[this._outPos++] = byte;
      }
      /** @internal */
      _end() {
        if (this._outPos) {
          this.outputBytes += this._outPos;
          this.push(this._out.subarray(0, this._outPos));
        }
        this._out = Buffer.alloc(0);
        this._outPos = 0;
      }
    };
    exports.Decoder = Decoder2;
    var libqp2 = {
      encode: encode3,
      decode: decode3,
      wrap: wrap2,
      Encoder: Encoder2,
      Decoder: Decoder2
    };
    exports.default = libqp2;
    Object.defineProperty(exports, "default", { value: exports, enumerable: false, writable: true, configurable: true });
  }
});

// node_modules/mailparser/node_modules/libmime/dist/cjs/charsets.js
var require_charsets = __commonJS({
  "node_modules/mailparser/node_modules/libmime/dist/cjs/charsets.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var charsets2 = {
      "866": "IBM866",
      "unicode-1-1-utf-8": "UTF-8",
      "utf-8": "UTF-8",
      utf8: "UTF-8",
      cp866: "IBM866",
      csibm866: "IBM866",
      ibm866: "IBM866",
      csisolatin2: "ISO-8859-2",
      "iso-8859-2": "ISO-8859-2",
      "iso-ir-101": "ISO-8859-2",
      "iso8859-2": "ISO-8859-2",
      iso88592: "ISO-8859-2",
      "iso_8859-2": "ISO-8859-2",
      "iso_8859-2:1987": "ISO-8859-2",
      l2: "ISO-8859-2",
      latin2: "ISO-8859-2",
      csisolatin3: "ISO-8859-3",
      "iso-8859-3": "ISO-8859-3",
      "iso-ir-109": "ISO-8859-3",
      "iso8859-3": "ISO-8859-3",
      iso88593: "ISO-8859-3",
      "iso_8859-3": "ISO-8859-3",
      "iso_8859-3:1988": "ISO-8859-3",
      l3: "ISO-8859-3",
      latin3: "ISO-8859-3",
      csisolatin4: "ISO-8859-4",
      "iso-8859-4": "ISO-8859-4",
      "iso-ir-110": "ISO-8859-4",
      "iso8859-4": "ISO-8859-4",
      iso88594: "ISO-8859-4",
      "iso_8859-4": "ISO-8859-4",
      "iso_8859-4:1988": "ISO-8859-4",
      l4: "ISO-8859-4",
      latin4: "ISO-8859-4",
      csisolatincyrillic: "ISO-8859-5",
      cyrillic: "ISO-8859-5",
      "iso-8859-5": "ISO-8859-5",
      "iso-ir-144": "ISO-8859-5",
      "iso8859-5": "ISO-8859-5",
      iso88595: "ISO-8859-5",
      "iso_8859-5": "ISO-8859-5",
      "iso_8859-5:1988": "ISO-8859-5",
      arabic: "ISO-8859-6",
      "asmo-708": "ISO-8859-6",
      csiso88596e: "ISO-8859-6",
      csiso88596i: "ISO-8859-6",
      csisolatinarabic: "ISO-8859-6",
      "ecma-114": "ISO-8859-6",
      "iso-8859-6": "ISO-8859-6",
      "iso-8859-6-e": "ISO-8859-6",
      "iso-8859-6-i": "ISO-8859-6",
      "iso-ir-127": "ISO-8859-6",
      "iso8859-6": "ISO-8859-6",
      iso88596: "ISO-8859-6",
      "iso_8859-6": "ISO-8859-6",
      "iso_8859-6:1987": "ISO-8859-6",
      csisolatingreek: "ISO-8859-7",
      "ecma-118": "ISO-8859-7",
      elot_928: "ISO-8859-7",
      greek: "ISO-8859-7",
      greek8: "ISO-8859-7",
      "iso-8859-7": "ISO-8859-7",
      "iso-ir-126": "ISO-8859-7",
      "iso8859-7": "ISO-8859-7",
      iso88597: "ISO-8859-7",
      "iso_8859-7": "ISO-8859-7",
      "iso_8859-7:1987": "ISO-8859-7",
      sun_eu_greek: "ISO-8859-7",
      csiso88598e: "ISO-8859-8",
      csisolatinhebrew: "ISO-8859-8",
      hebrew: "ISO-8859-8",
      "iso-8859-8": "ISO-8859-8",
      "iso-8859-8-e": "ISO-8859-8",
      "iso-8859-8-i": "ISO-8859-8",
      "iso-ir-138": "ISO-8859-8",
      "iso8859-8": "ISO-8859-8",
      iso88598: "ISO-8859-8",
      "iso_8859-8": "ISO-8859-8",
      "iso_8859-8:1988": "ISO-8859-8",
      visual: "ISO-8859-8",
      csisolatin6: "ISO-8859-10",
      "iso-8859-10": "ISO-8859-10",
      "iso-ir-157": "ISO-8859-10",
      "iso8859-10": "ISO-8859-10",
      iso885910: "ISO-8859-10",
      l6: "ISO-8859-10",
      latin6: "ISO-8859-10",
      "iso-8859-13": "ISO-8859-13",
      "iso8859-13": "ISO-8859-13",
      iso885913: "ISO-8859-13",
      "iso-8859-14": "ISO-8859-14",
      "iso8859-14": "ISO-8859-14",
      iso885914: "ISO-8859-14",
      csisolatin9: "ISO-8859-15",
      "iso-8859-15": "ISO-8859-15",
      "iso8859-15": "ISO-8859-15",
      iso885915: "ISO-8859-15",
      "iso_8859-15": "ISO-8859-15",
      l9: "ISO-8859-15",
      "iso-8859-16": "ISO-8859-16",
      cskoi8r: "KOI8-R",
      koi: "KOI8-R",
      koi8: "KOI8-R",
      "koi8-r": "KOI8-R",
      koi8_r: "KOI8-R",
      "koi8-ru": "KOI8-U",
      "koi8-u": "KOI8-U",
      csmacintosh: "macintosh",
      mac: "macintosh",
      macintosh: "macintosh",
      "x-mac-roman": "macintosh",
      // the x-mac-* labels mail clients send, under the names iconv-lite knows them by
      "x-mac-ce": "maccenteuro",
      "x-mac-cyrillic": "maccyrillic",
      "x-mac-ukrainian": "macukraine",
      "dos-874": "windows-874",
      "iso-8859-11": "windows-874",
      "iso8859-11": "windows-874",
      iso885911: "windows-874",
      "tis-620": "windows-874",
      "windows-874": "windows-874",
      cp1250: "windows-1250",
      "windows-1250": "windows-1250",
      "x-cp1250": "windows-1250",
      cp1251: "windows-1251",
      "windows-1251": "windows-1251",
      "x-cp1251": "windows-1251",
      "ansi_x3.4-1968": "windows-1252",
      ascii: "windows-1252",
      cp1252: "windows-1252",
      cp819: "windows-1252",
      csisolatin1: "windows-1252",
      ibm819: "windows-1252",
      "iso-8859-1": "windows-1252",
      "iso-ir-100": "windows-1252",
      "iso8859-1": "windows-1252",
      iso88591: "windows-1252",
      "iso_8859-1": "windows-1252",
      "iso_8859-1:1987": "windows-1252",
      l1: "windows-1252",
      latin1: "windows-1252",
      "us-ascii": "windows-1252",
      "windows-1252": "windows-1252",
      "x-cp1252": "windows-1252",
      cp1253: "windows-1253",
      "windows-1253": "windows-1253",
      "x-cp1253": "windows-1253",
      cp1254: "windows-1254",
      csisolatin5: "windows-1254",
      "iso-8859-9": "windows-1254",
      "iso-ir-148": "windows-1254",
      "iso8859-9": "windows-1254",
      iso88599: "windows-1254",
      "iso_8859-9": "windows-1254",
      "iso_8859-9:1989": "windows-1254",
      l5: "windows-1254",
      latin5: "windows-1254",
      "windows-1254": "windows-1254",
      "x-cp1254": "windows-1254",
      cp1255: "windows-1255",
      "windows-1255": "windows-1255",
      "x-cp1255": "windows-1255",
      cp1256: "windows-1256",
      "windows-1256": "windows-1256",
      "x-cp1256": "windows-1256",
      cp1257: "windows-1257",
      "windows-1257": "windows-1257",
      "x-cp1257": "windows-1257",
      cp1258: "windows-1258",
      "windows-1258": "windows-1258",
      "x-cp1258": "windows-1258",
      chinese: "GBK",
      csgb2312: "GBK",
      csiso58gb231280: "GBK",
      gb2312: "GBK",
      gb_2312: "GBK",
      "gb_2312-80": "GBK",
      gbk: "GBK",
      "iso-ir-58": "GBK",
      "x-gbk": "GBK",
      gb18030: "gb18030",
      big5: "Big5",
      "big5-hkscs": "Big5-HKSCS",
      "cn-big5": "Big5",
      csbig5: "Big5",
      "x-x-big5": "Big5",
      cseucpkdfmtjapanese: "EUC-JP",
      "euc-jp": "EUC-JP",
      "x-euc-jp": "EUC-JP",
      csshiftjis: "Shift_JIS",
      ms932: "Shift_JIS",
      ms_kanji: "Shift_JIS",
      "shift-jis": "Shift_JIS",
      shift_jis: "Shift_JIS",
      sjis: "Shift_JIS",
      "windows-31j": "Shift_JIS",
      "x-sjis": "Shift_JIS",
      cseuckr: "EUC-KR",
      csksc56011987: "EUC-KR",
      "euc-kr": "EUC-KR",
      "iso-ir-149": "EUC-KR",
      korean: "EUC-KR",
      "ks_c_5601-1987": "EUC-KR",
      "ks_c_5601-1989": "EUC-KR",
      ksc5601: "EUC-KR",
      ksc_5601: "EUC-KR",
      "windows-949": "EUC-KR",
      "utf-16be": "UTF-16BE",
      // iconv-lite's UTF-16 decoder reads the byte order from a BOM and guesses it from the
      // content without one, falling back to little endian
      "utf-16": "UTF-16",
      "utf-16le": "UTF-16LE"
    };
    exports.default = charsets2;
    module.exports = exports.default;
  }
});

// node_modules/mailparser/node_modules/libmime/dist/cjs/charset.js
var require_charset = __commonJS({
  "node_modules/mailparser/node_modules/libmime/dist/cjs/charset.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DecodeStream = void 0;
    exports.encode = encode3;
    exports.decode = decode3;
    exports.convert = convert3;
    exports.normalizeCharset = normalizeCharset2;
    exports.createDecodeStream = createDecodeStream2;
    var node_buffer_1 = __require("node:buffer");
    var node_stream_1 = __require("node:stream");
    var node_string_decoder_1 = __require("node:string_decoder");
    var iconv_lite_1 = __importDefault(require_lib());
    var encoding_japanese_1 = __importDefault(require_src());
    var charsets_js_1 = __importDefault(require_charsets());
    var UTF8_COMPATIBLE2 = /^(?:(?:us-)?ascii|utf-8|7bit)$/i;
    var UNSUPPORTED_CODECS2 = new Set(["utf7", "utf7imap", "base64", "hex"].map((name2) => iconv_lite_1.default.getCodec(name2)));
    var isUnsupportedCodec2 = (name2) => {
      try {
        return UNSUPPORTED_CODECS2.has(iconv_lite_1.default.getCodec(name2));
      } catch (_err) {
        return false;
      }
    };
    var JAPANESE_CHARSET2 = /^jis|^iso-?2022-?jp|^EUCJP/i;
    var CHARSET_ALIASES2 = new Map(Object.entries(charsets_js_1.default));
    function encode3(str) {
      return node_buffer_1.Buffer.from(str, "utf-8");
    }
    function decode3(buf, fromCharset) {
      fromCharset = normalizeCharset2(fromCharset || "UTF-8");
      if (UTF8_COMPATIBLE2.test(fromCharset)) {
        return buf.toString("utf-8");
      }
      if (isUnsupportedCodec2(fromCharset)) {
        return buf.toString();
      }
      try {
        if (JAPANESE_CHARSET2.test(fromCharset)) {
          if (typeof buf === "string") {
            buf = node_buffer_1.Buffer.from(buf);
          }
          try {
            let output = encoding_japanese_1.default.convert(buf, {
              to: "UNICODE",
              from: fromCharset,
              type: "string"
            });
            if (typeof output === "string") {
              return output;
            }
          } catch (_err) {
          }
        }
        return iconv_lite_1.default.decode(buf, fromCharset);
      } catch (_err) {
        return buf.toString();
      }
    }
    function convert3(data, fromCharset) {
      fromCharset = normalizeCharset2(fromCharset || "UTF-8");
      if (typeof data !== "string") {
        if (UTF8_COMPATIBLE2.test(fromCharset)) {
          return data;
        }
        return encode3(decode3(data, fromCharset));
      }
      return encode3(data);
    }
    function normalizeCharset2(charset) {
      let name2 = (charset || "UTF-8").toString().toLowerCase().trim();
      let canonical = CHARSET_ALIASES2.get(name2);
      if (canonical) {
        return canonical;
      }
      name2 = name2.replace(/^utf[-_]?(\d+)/, "utf-$1").replace(/^(?:us[-_]?)ascii/, "windows-1252").replace(/^win(?:dows)?[-_]?(\d+)/, "windows-$1").replace(/^(?:latin|iso[-_]?8859)?[-_]?(\d+)/, "iso-8859-$1").replace(/^l[-_]?(\d+)/, "iso-8859-$1");
      return CHARSET_ALIASES2.get(name2) || name2.toUpperCase();
    }
    var DBCS_DECODER2 = iconv_lite_1.default.getCodec("gbk").decoder;
    var BYTE_ORDER_GUESSING2 = /* @__PURE__ */ new Map([
      [iconv_lite_1.default.getCodec("utf-16"), 200],
      [iconv_lite_1.default.getCodec("utf-32"), 400]
    ]);
    var LowByteCutDecoder2 = class {
      constructor(charset) {
        this.pending = [];
        this.charset = charset;
      }
      write(chunk) {
        let cut = chunk.length;
        while (cut > 0 && chunk[cut - 1] >= 48) {
          cut--;
        }
        if (!cut) {
          this.pending.push(node_buffer_1.Buffer.from(chunk));
          return "";
        }
        let text = iconv_lite_1.default.decode(node_buffer_1.Buffer.concat([...this.pending, chunk.subarray(0, cut)]), this.charset);
        this.pending = [node_buffer_1.Buffer.from(chunk.subarray(cut))];
        return text;
      }
      end() {
        let rest = node_buffer_1.Buffer.concat(this.pending);
        this.pending = [];
        return rest.length ? iconv_lite_1.default.decode(rest, this.charset) : void 0;
      }
    };
    var HeadBufferedDecoder2 = class {
      constructor(decoder, size) {
        this.head = [];
        this.headLength = 0;
        this.decoder = decoder;
        this.size = size;
      }
      write(chunk) {
        if (!this.head) {
          return this.decoder.write(chunk);
        }
        this.head.push(node_buffer_1.Buffer.from(chunk));
        this.headLength += chunk.length;
        return this.headLength < this.size ? "" : this.releaseHead();
      }
      end() {
        return (this.head ? this.releaseHead() : "") + (this.decoder.end() || "");
      }
      releaseHead() {
        let head = node_buffer_1.Buffer.concat(this.head || []);
        this.head = null;
        return this.decoder.write(head);
      }
    };
    function createChunkDecoder2(charset) {
      let codec = iconv_lite_1.default.getCodec(charset);
      if (codec.decoder === DBCS_DECODER2) {
        return new LowByteCutDecoder2(charset);
      }
      let headSize = BYTE_ORDER_GUESSING2.get(codec);
      return headSize ? new HeadBufferedDecoder2(iconv_lite_1.default.getDecoder(charset), headSize) : iconv_lite_1.default.getDecoder(charset);
    }
    var DecodeStream2 = class extends node_stream_1.Transform {
      constructor(charset) {
        super();
        this.decoder = null;
        this.chunks = [];
        this.highSurrogate = "";
        this.charset = normalizeCharset2(charset || "UTF-8");
        if (UTF8_COMPATIBLE2.test(this.charset)) {
          this.supported = true;
          this.decoder = new node_string_decoder_1.StringDecoder("utf-8");
        } else if (isUnsupportedCodec2(this.charset) || !(JAPANESE_CHARSET2.test(this.charset) || iconv_lite_1.default.encodingExists(this.charset))) {
          this.supported = false;
          this.decoder = new node_string_decoder_1.StringDecoder("utf-8");
        } else {
          this.supported = true;
          this.decoder = JAPANESE_CHARSET2.test(this.charset) ? null : createChunkDecoder2(this.charset);
        }
      }
      _transform(chunk, _encoding, done) {
        if (!this.decoder) {
          this.chunks.push(chunk);
          return done();
        }
        try {
          this.pushText(this.decoder.write(chunk), false);
        } catch (err) {
          return done(err);
        }
        done();
      }
      _flush(done) {
        try {
          this.pushText(this.decoder ? this.decoder.end() : decode3(node_buffer_1.Buffer.concat(this.chunks), this.charset), true);
        } catch (err) {
          return done(err);
        }
        this.chunks = [];
        done();
      }
      // A decoder may return the two halves of a surrogate pair from separate writes, and a lone
      // half would turn into U+FFFD on its way to UTF-8, so a trailing high surrogate waits for
      // the rest of its character
      pushText(text, final) {
        text = this.highSurrogate + (text || "");
        this.highSurrogate = "";
        let last = text.charCodeAt(text.length - 1);
        if (!final && last >= 55296 && last <= 56319) {
          this.highSurrogate = text.slice(-1);
          text = text.slice(0, -1);
        }
        if (text) {
          this.push(node_buffer_1.Buffer.from(text, "utf-8"));
        }
      }
    };
    exports.DecodeStream = DecodeStream2;
    function createDecodeStream2(charset) {
      return new DecodeStream2(charset);
    }
    exports.default = { encode: encode3, decode: decode3, convert: convert3, normalizeCharset: normalizeCharset2, createDecodeStream: createDecodeStream2, DecodeStream: DecodeStream2 };
    Object.defineProperty(exports, "default", { value: exports, enumerable: false, writable: true, configurable: true });
  }
});

// node_modules/mailparser/node_modules/libmime/dist/cjs/mimetypes.js
var require_mimetypes = __commonJS({
  "node_modules/mailparser/node_modules/libmime/dist/cjs/mimetypes.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extensions = exports.list = void 0;
    exports.list = {
      "application/acad": "dwg",
      "application/applixware": "aw",
      "application/arj": "arj",
      "application/atom+xml": "xml",
      "application/atomcat+xml": "atomcat",
      "application/atomsvc+xml": "atomsvc",
      "application/base64": ["mm", "mme"],
      "application/binhex": "hqx",
      "application/binhex4": "hqx",
      "application/book": ["book", "boo"],
      "application/ccxml+xml": "ccxml",
      "application/cdf": "cdf",
      "application/cdmi-capability": "cdmia",
      "application/cdmi-container": "cdmic",
      "application/cdmi-domain": "cdmid",
      "application/cdmi-object": "cdmio",
      "application/cdmi-queue": "cdmiq",
      "application/clariscad": "ccad",
      "application/commonground": "dp",
      "application/cu-seeme": "cu",
      "application/davmount+xml": "davmount",
      "application/drafting": "drw",
      "application/dsptype": "tsp",
      "application/dssc+der": "dssc",
      "application/dssc+xml": "xdssc",
      "application/dxf": "dxf",
      "application/ecmascript": ["js", "es"],
      "application/emma+xml": "emma",
      "application/envoy": "evy",
      "application/epub+zip": "epub",
      "application/excel": ["xls", "xl", "xla", "xlb", "xlc", "xld", "xlk", "xll", "xlm", "xlt", "xlv", "xlw"],
      "application/exi": "exi",
      "application/font-tdpfr": "pfr",
      "application/fractals": "fif",
      "application/freeloader": "frl",
      "application/futuresplash": "spl",
      "application/geo+json": "geojson",
      "application/gnutar": "tgz",
      "application/groupwise": "vew",
      "application/hlp": "hlp",
      "application/hta": "hta",
      "application/hyperstudio": "stk",
      "application/i-deas": "unv",
      "application/iges": ["iges", "igs"],
      "application/inf": "inf",
      "application/internet-property-stream": "acx",
      "application/ipfix": "ipfix",
      "application/java": "class",
      "application/java-archive": "jar",
      "application/java-byte-code": "class",
      "application/java-serialized-object": "ser",
      "application/java-vm": "class",
      "application/javascript": "js",
      "application/json": "json",
      "application/lha": "lha",
      "application/lzx": "lzx",
      "application/mac-binary": "bin",
      "application/mac-binhex": "hqx",
      "application/mac-binhex40": "hqx",
      "application/mac-compactpro": "cpt",
      "application/macbinary": "bin",
      "application/mads+xml": "mads",
      "application/marc": "mrc",
      "application/marcxml+xml": "mrcx",
      "application/mathematica": "ma",
      "application/mathml+xml": "mathml",
      "application/mbedlet": "mbd",
      "application/mbox": "mbox",
      "application/mcad": "mcd",
      "application/mediaservercontrol+xml": "mscml",
      "application/metalink4+xml": "meta4",
      "application/mets+xml": "mets",
      "application/mime": "aps",
      "application/mods+xml": "mods",
      "application/mp21": "m21",
      "application/mp4": "mp4",
      "application/mspowerpoint": ["ppt", "pot", "pps", "ppz"],
      "application/msword": ["doc", "dot", "w6w", "wiz", "word"],
      "application/mswrite": "wri",
      "application/mxf": "mxf",
      "application/netmc": "mcp",
      "application/octet-stream": ["*"],
      "application/oda": "oda",
      "application/oebps-package+xml": "opf",
      "application/ogg": "ogx",
      "application/olescript": "axs",
      "application/onenote": "onetoc",
      "application/patch-ops-error+xml": "xer",
      "application/pdf": "pdf",
      "application/pgp-encrypted": "asc",
      "application/pgp-signature": "pgp",
      "application/pics-rules": "prf",
      "application/pkcs-12": "p12",
      "application/pkcs-crl": "crl",
      "application/pkcs10": "p10",
      "application/pkcs7-mime": ["p7c", "p7m"],
      "application/pkcs7-signature": "p7s",
      "application/pkcs8": "p8",
      "application/pkix-attr-cert": "ac",
      "application/pkix-cert": ["cer", "crt"],
      "application/pkix-crl": "crl",
      "application/pkix-pkipath": "pkipath",
      "application/pkixcmp": "pki",
      "application/plain": "text",
      "application/pls+xml": "pls",
      "application/postscript": ["ps", "ai", "eps"],
      "application/powerpoint": "ppt",
      "application/pro_eng": ["part", "prt"],
      "application/prs.cww": "cww",
      "application/pskc+xml": "pskcxml",
      "application/rdf+xml": "rdf",
      "application/reginfo+xml": "rif",
      "application/relax-ng-compact-syntax": "rnc",
      "application/resource-lists+xml": "rl",
      "application/resource-lists-diff+xml": "rld",
      "application/ringing-tones": "rng",
      "application/rls-services+xml": "rs",
      "application/rsd+xml": "rsd",
      "application/rss+xml": "xml",
      "application/rtf": ["rtf", "rtx"],
      "application/sbml+xml": "sbml",
      "application/scvp-cv-request": "scq",
      "application/scvp-cv-response": "scs",
      "application/scvp-vp-request": "spq",
      "application/scvp-vp-response": "spp",
      "application/sdp": "sdp",
      "application/sea": "sea",
      "application/set": "set",
      "application/set-payment-initiation": "setpay",
      "application/set-registration-initiation": "setreg",
      "application/shf+xml": "shf",
      "application/sla": "stl",
      "application/smil": ["smi", "smil"],
      "application/smil+xml": "smi",
      "application/solids": "sol",
      "application/sounder": "sdr",
      "application/sparql-query": "rq",
      "application/sparql-results+xml": "srx",
      "application/srgs": "gram",
      "application/srgs+xml": "grxml",
      "application/sru+xml": "sru",
      "application/ssml+xml": "ssml",
      "application/step": ["step", "stp"],
      "application/streamingmedia": "ssm",
      "application/tei+xml": "tei",
      "application/thraud+xml": "tfi",
      "application/timestamped-data": "tsd",
      "application/toolbook": "tbk",
      "application/vda": "vda",
      "application/vnd.3gpp.pic-bw-large": "plb",
      "application/vnd.3gpp.pic-bw-small": "psb",
      "application/vnd.3gpp.pic-bw-var": "pvb",
      "application/vnd.3gpp2.tcap": "tcap",
      "application/vnd.3m.post-it-notes": "pwn",
      "application/vnd.accpac.simply.aso": "aso",
      "application/vnd.accpac.simply.imp": "imp",
      "application/vnd.acucobol": "acu",
      "application/vnd.acucorp": "atc",
      "application/vnd.adobe.air-application-installer-package+zip": "air",
      "application/vnd.adobe.fxp": "fxp",
      "application/vnd.adobe.xdp+xml": "xdp",
      "application/vnd.adobe.xfdf": "xfdf",
      "application/vnd.ahead.space": "ahead",
      "application/vnd.airzip.filesecure.azf": "azf",
      "application/vnd.airzip.filesecure.azs": "azs",
      "application/vnd.amazon.ebook": "azw",
      "application/vnd.americandynamics.acc": "acc",
      "application/vnd.amiga.ami": "ami",
      "application/vnd.android.package-archive": "apk",
      "application/vnd.anser-web-certificate-issue-initiation": "cii",
      "application/vnd.anser-web-funds-transfer-initiation": "fti",
      "application/vnd.antix.game-component": "atx",
      "application/vnd.apple.installer+xml": "mpkg",
      "application/vnd.apple.mpegurl": "m3u8",
      "application/vnd.aristanetworks.swi": "swi",
      "application/vnd.audiograph": "aep",
      "application/vnd.blueice.multipass": "mpm",
      "application/vnd.bmi": "bmi",
      "application/vnd.businessobjects": "rep",
      "application/vnd.chemdraw+xml": "cdxml",
      "application/vnd.chipnuts.karaoke-mmd": "mmd",
      "application/vnd.cinderella": "cdy",
      "application/vnd.claymore": "cla",
      "application/vnd.cloanto.rp9": "rp9",
      "application/vnd.clonk.c4group": "c4g",
      "application/vnd.cluetrust.cartomobile-config": "c11amc",
      "application/vnd.cluetrust.cartomobile-config-pkg": "c11amz",
      "application/vnd.commonspace": "csp",
      "application/vnd.contact.cmsg": "cdbcmsg",
      "application/vnd.cosmocaller": "cmc",
      "application/vnd.crick.clicker": "clkx",
      "application/vnd.crick.clicker.keyboard": "clkk",
      "application/vnd.crick.clicker.palette": "clkp",
      "application/vnd.crick.clicker.template": "clkt",
      "application/vnd.crick.clicker.wordbank": "clkw",
      "application/vnd.criticaltools.wbs+xml": "wbs",
      "application/vnd.ctc-posml": "pml",
      "application/vnd.cups-ppd": "ppd",
      "application/vnd.curl.car": "car",
      "application/vnd.curl.pcurl": "pcurl",
      "application/vnd.data-vision.rdz": "rdz",
      "application/vnd.denovo.fcselayout-link": "fe_launch",
      "application/vnd.dna": "dna",
      "application/vnd.dolby.mlp": "mlp",
      "application/vnd.dpgraph": "dpg",
      "application/vnd.dreamfactory": "dfac",
      "application/vnd.dvb.ait": "ait",
      "application/vnd.dvb.service": "svc",
      "application/vnd.dynageo": "geo",
      "application/vnd.ecowin.chart": "mag",
      "application/vnd.enliven": "nml",
      "application/vnd.epson.esf": "esf",
      "application/vnd.epson.msf": "msf",
      "application/vnd.epson.quickanime": "qam",
      "application/vnd.epson.salt": "slt",
      "application/vnd.epson.ssf": "ssf",
      "application/vnd.eszigno3+xml": "es3",
      "application/vnd.ezpix-album": "ez2",
      "application/vnd.ezpix-package": "ez3",
      "application/vnd.fdf": "fdf",
      "application/vnd.fdsn.seed": "seed",
      "application/vnd.flographit": "gph",
      "application/vnd.fluxtime.clip": "ftc",
      "application/vnd.framemaker": "fm",
      "application/vnd.frogans.fnc": "fnc",
      "application/vnd.frogans.ltf": "ltf",
      "application/vnd.fsc.weblaunch": "fsc",
      "application/vnd.fujitsu.oasys": "oas",
      "application/vnd.fujitsu.oasys2": "oa2",
      "application/vnd.fujitsu.oasys3": "oa3",
      "application/vnd.fujitsu.oasysgp": "fg5",
      "application/vnd.fujitsu.oasysprs": "bh2",
      "application/vnd.fujixerox.ddd": "ddd",
      "application/vnd.fujixerox.docuworks": "xdw",
      "application/vnd.fujixerox.docuworks.binder": "xbd",
      "application/vnd.fuzzysheet": "fzs",
      "application/vnd.genomatix.tuxedo": "txd",
      "application/vnd.geogebra.file": "ggb",
      "application/vnd.geogebra.tool": "ggt",
      "application/vnd.geometry-explorer": "gex",
      "application/vnd.geonext": "gxt",
      "application/vnd.geoplan": "g2w",
      "application/vnd.geospace": "g3w",
      "application/vnd.gmx": "gmx",
      "application/vnd.google-earth.kml+xml": "kml",
      "application/vnd.google-earth.kmz": "kmz",
      "application/vnd.grafeq": "gqf",
      "application/vnd.groove-account": "gac",
      "application/vnd.groove-help": "ghf",
      "application/vnd.groove-identity-message": "gim",
      "application/vnd.groove-injector": "grv",
      "application/vnd.groove-tool-message": "gtm",
      "application/vnd.groove-tool-template": "tpl",
      "application/vnd.groove-vcard": "vcg",
      "application/vnd.hal+xml": "hal",
      "application/vnd.handheld-entertainment+xml": "zmm",
      "application/vnd.hbci": "hbci",
      "application/vnd.hhe.lesson-player": "les",
      "application/vnd.hp-hpgl": ["hgl", "hpg", "hpgl"],
      "application/vnd.hp-hpid": "hpid",
      "application/vnd.hp-hps": "hps",
      "application/vnd.hp-jlyt": "jlt",
      "application/vnd.hp-pcl": "pcl",
      "application/vnd.hp-pclxl": "pclxl",
      "application/vnd.hydrostatix.sof-data": "sfd-hdstx",
      "application/vnd.hzn-3d-crossword": "x3d",
      "application/vnd.ibm.minipay": "mpy",
      "application/vnd.ibm.modcap": "afp",
      "application/vnd.ibm.rights-management": "irm",
      "application/vnd.ibm.secure-container": "sc",
      "application/vnd.iccprofile": "icc",
      "application/vnd.igloader": "igl",
      "application/vnd.immervision-ivp": "ivp",
      "application/vnd.immervision-ivu": "ivu",
      "application/vnd.insors.igm": "igm",
      "application/vnd.intercon.formnet": "xpw",
      "application/vnd.intergeo": "i2g",
      "application/vnd.intu.qbo": "qbo",
      "application/vnd.intu.qfx": "qfx",
      "application/vnd.ipunplugged.rcprofile": "rcprofile",
      "application/vnd.irepository.package+xml": "irp",
      "application/vnd.is-xpr": "xpr",
      "application/vnd.isac.fcs": "fcs",
      "application/vnd.jam": "jam",
      "application/vnd.jcp.javame.midlet-rms": "rms",
      "application/vnd.jisp": "jisp",
      "application/vnd.joost.joda-archive": "joda",
      "application/vnd.kahootz": "ktz",
      "application/vnd.kde.karbon": "karbon",
      "application/vnd.kde.kchart": "chrt",
      "application/vnd.kde.kformula": "kfo",
      "application/vnd.kde.kivio": "flw",
      "application/vnd.kde.kontour": "kon",
      "application/vnd.kde.kpresenter": "kpr",
      "application/vnd.kde.kspread": "ksp",
      "application/vnd.kde.kword": "kwd",
      "application/vnd.kenameaapp": "htke",
      "application/vnd.kidspiration": "kia",
      "application/vnd.kinar": "kne",
      "application/vnd.koan": "skp",
      "application/vnd.kodak-descriptor": "sse",
      "application/vnd.las.las+xml": "lasxml",
      "application/vnd.llamagraphics.life-balance.desktop": "lbd",
      "application/vnd.llamagraphics.life-balance.exchange+xml": "lbe",
      "application/vnd.lotus-1-2-3": "123",
      "application/vnd.lotus-approach": "apr",
      "application/vnd.lotus-freelance": "pre",
      "application/vnd.lotus-notes": "nsf",
      "application/vnd.lotus-organizer": "org",
      "application/vnd.lotus-screencam": "scm",
      "application/vnd.lotus-wordpro": "lwp",
      "application/vnd.macports.portpkg": "portpkg",
      "application/vnd.mcd": "mcd",
      "application/vnd.medcalcdata": "mc1",
      "application/vnd.mediastation.cdkey": "cdkey",
      "application/vnd.mfer": "mwf",
      "application/vnd.mfmp": "mfm",
      "application/vnd.micrografx.flo": "flo",
      "application/vnd.micrografx.igx": "igx",
      "application/vnd.mif": "mif",
      "application/vnd.mobius.daf": "daf",
      "application/vnd.mobius.dis": "dis",
      "application/vnd.mobius.mbk": "mbk",
      "application/vnd.mobius.mqy": "mqy",
      "application/vnd.mobius.msl": "msl",
      "application/vnd.mobius.plc": "plc",
      "application/vnd.mobius.txf": "txf",
      "application/vnd.mophun.application": "mpn",
      "application/vnd.mophun.certificate": "mpc",
      "application/vnd.mozilla.xul+xml": "xul",
      "application/vnd.ms-artgalry": "cil",
      "application/vnd.ms-cab-compressed": "cab",
      "application/vnd.ms-excel": ["xls", "xla", "xlc", "xlm", "xlt", "xlw", "xlb", "xll"],
      "application/vnd.ms-excel.addin.macroenabled.12": "xlam",
      "application/vnd.ms-excel.sheet.binary.macroenabled.12": "xlsb",
      "application/vnd.ms-excel.sheet.macroenabled.12": "xlsm",
      "application/vnd.ms-excel.template.macroenabled.12": "xltm",
      "application/vnd.ms-fontobject": "eot",
      "application/vnd.ms-htmlhelp": "chm",
      "application/vnd.ms-ims": "ims",
      "application/vnd.ms-lrm": "lrm",
      "application/vnd.ms-officetheme": "thmx",
      "application/vnd.ms-outlook": "msg",
      "application/vnd.ms-pki.certstore": "sst",
      "application/vnd.ms-pki.pko": "pko",
      "application/vnd.ms-pki.seccat": "cat",
      "application/vnd.ms-pki.stl": "stl",
      "application/vnd.ms-pkicertstore": "sst",
      "application/vnd.ms-pkiseccat": "cat",
      "application/vnd.ms-pkistl": "stl",
      "application/vnd.ms-powerpoint": ["ppt", "pot", "pps", "ppa", "pwz"],
      "application/vnd.ms-powerpoint.addin.macroenabled.12": "ppam",
      "application/vnd.ms-powerpoint.presentation.macroenabled.12": "pptm",
      "application/vnd.ms-powerpoint.slide.macroenabled.12": "sldm",
      "application/vnd.ms-powerpoint.slideshow.macroenabled.12": "ppsm",
      "application/vnd.ms-powerpoint.template.macroenabled.12": "potm",
      "application/vnd.ms-project": "mpp",
      "application/vnd.ms-word.document.macroenabled.12": "docm",
      "application/vnd.ms-word.template.macroenabled.12": "dotm",
      "application/vnd.ms-works": ["wks", "wcm", "wdb", "wps"],
      "application/vnd.ms-wpl": "wpl",
      "application/vnd.ms-xpsdocument": "xps",
      "application/vnd.mseq": "mseq",
      "application/vnd.musician": "mus",
      "application/vnd.muvee.style": "msty",
      "application/vnd.neurolanguage.nlu": "nlu",
      "application/vnd.noblenet-directory": "nnd",
      "application/vnd.noblenet-sealer": "nns",
      "application/vnd.noblenet-web": "nnw",
      "application/vnd.nokia.configuration-message": "ncm",
      "application/vnd.nokia.n-gage.data": "ngdat",
      "application/vnd.nokia.n-gage.symbian.install": "n-gage",
      "application/vnd.nokia.radio-preset": "rpst",
      "application/vnd.nokia.radio-presets": "rpss",
      "application/vnd.nokia.ringing-tone": "rng",
      "application/vnd.novadigm.edm": "edm",
      "application/vnd.novadigm.edx": "edx",
      "application/vnd.novadigm.ext": "ext",
      "application/vnd.oasis.opendocument.chart": "odc",
      "application/vnd.oasis.opendocument.chart-template": "otc",
      "application/vnd.oasis.opendocument.database": "odb",
      "application/vnd.oasis.opendocument.formula": "odf",
      "application/vnd.oasis.opendocument.formula-template": "odft",
      "application/vnd.oasis.opendocument.graphics": "odg",
      "application/vnd.oasis.opendocument.graphics-template": "otg",
      "application/vnd.oasis.opendocument.image": "odi",
      "application/vnd.oasis.opendocument.image-template": "oti",
      "application/vnd.oasis.opendocument.presentation": "odp",
      "application/vnd.oasis.opendocument.presentation-template": "otp",
      "application/vnd.oasis.opendocument.spreadsheet": "ods",
      "application/vnd.oasis.opendocument.spreadsheet-template": "ots",
      "application/vnd.oasis.opendocument.text": "odt",
      "application/vnd.oasis.opendocument.text-master": "odm",
      "application/vnd.oasis.opendocument.text-template": "ott",
      "application/vnd.oasis.opendocument.text-web": "oth",
      "application/vnd.olpc-sugar": "xo",
      "application/vnd.oma.dd2+xml": "dd2",
      "application/vnd.openofficeorg.extension": "oxt",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
      "application/vnd.openxmlformats-officedocument.presentationml.slide": "sldx",
      "application/vnd.openxmlformats-officedocument.presentationml.slideshow": "ppsx",
      "application/vnd.openxmlformats-officedocument.presentationml.template": "potx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.template": "xltx",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template": "dotx",
      "application/vnd.osgeo.mapguide.package": "mgp",
      "application/vnd.osgi.dp": "dp",
      "application/vnd.palm": "pdb",
      "application/vnd.pawaafile": "paw",
      "application/vnd.pg.format": "str",
      "application/vnd.pg.osasli": "ei6",
      "application/vnd.picsel": "efif",
      "application/vnd.pmi.widget": "wg",
      "application/vnd.pocketlearn": "plf",
      "application/vnd.powerbuilder6": "pbd",
      "application/vnd.previewsystems.box": "box",
      "application/vnd.proteus.magazine": "mgz",
      "application/vnd.publishare-delta-tree": "qps",
      "application/vnd.pvi.ptid1": "ptid",
      "application/vnd.quark.quarkxpress": "qxd",
      "application/vnd.realvnc.bed": "bed",
      "application/vnd.recordare.musicxml": "mxl",
      "application/vnd.recordare.musicxml+xml": "musicxml",
      "application/vnd.rig.cryptonote": "cryptonote",
      "application/vnd.rim.cod": "cod",
      "application/vnd.rn-realmedia": "rm",
      "application/vnd.rn-realplayer": "rnx",
      "application/vnd.route66.link66+xml": "link66",
      "application/vnd.sailingtracker.track": "st",
      "application/vnd.seemail": "see",
      "application/vnd.sema": "sema",
      "application/vnd.semd": "semd",
      "application/vnd.semf": "semf",
      "application/vnd.shana.informed.formdata": "ifm",
      "application/vnd.shana.informed.formtemplate": "itp",
      "application/vnd.shana.informed.interchange": "iif",
      "application/vnd.shana.informed.package": "ipk",
      "application/vnd.simtech-mindmapper": "twd",
      "application/vnd.smaf": "mmf",
      "application/vnd.smart.teacher": "teacher",
      "application/vnd.solent.sdkm+xml": "sdkm",
      "application/vnd.spotfire.dxp": "dxp",
      "application/vnd.spotfire.sfs": "sfs",
      "application/vnd.stardivision.calc": "sdc",
      "application/vnd.stardivision.draw": "sda",
      "application/vnd.stardivision.impress": "sdd",
      "application/vnd.stardivision.math": "smf",
      "application/vnd.stardivision.writer": "sdw",
      "application/vnd.stardivision.writer-global": "sgl",
      "application/vnd.stepmania.stepchart": "sm",
      "application/vnd.sun.xml.calc": "sxc",
      "application/vnd.sun.xml.calc.template": "stc",
      "application/vnd.sun.xml.draw": "sxd",
      "application/vnd.sun.xml.draw.template": "std",
      "application/vnd.sun.xml.impress": "sxi",
      "application/vnd.sun.xml.impress.template": "sti",
      "application/vnd.sun.xml.math": "sxm",
      "application/vnd.sun.xml.writer": "sxw",
      "application/vnd.sun.xml.writer.global": "sxg",
      "application/vnd.sun.xml.writer.template": "stw",
      "application/vnd.sus-calendar": "sus",
      "application/vnd.svd": "svd",
      "application/vnd.symbian.install": "sis",
      "application/vnd.syncml+xml": "xsm",
      "application/vnd.syncml.dm+wbxml": "bdm",
      "application/vnd.syncml.dm+xml": "xdm",
      "application/vnd.tao.intent-module-archive": "tao",
      "application/vnd.tmobile-livetv": "tmo",
      "application/vnd.trid.tpt": "tpt",
      "application/vnd.triscape.mxs": "mxs",
      "application/vnd.trueapp": "tra",
      "application/vnd.ufdl": "ufd",
      "application/vnd.uiq.theme": "utz",
      "application/vnd.umajin": "umj",
      "application/vnd.unity": "unityweb",
      "application/vnd.uoml+xml": "uoml",
      "application/vnd.vcx": "vcx",
      "application/vnd.visio": "vsd",
      "application/vnd.visionary": "vis",
      "application/vnd.vsf": "vsf",
      "application/vnd.wap.wbxml": "wbxml",
      "application/vnd.wap.wmlc": "wmlc",
      "application/vnd.wap.wmlscriptc": "wmlsc",
      "application/vnd.webturbo": "wtb",
      "application/vnd.wolfram.player": "nbp",
      "application/vnd.wordperfect": "wpd",
      "application/vnd.wqd": "wqd",
      "application/vnd.wt.stf": "stf",
      "application/vnd.xara": ["web", "xar"],
      "application/vnd.xfdl": "xfdl",
      "application/vnd.yamaha.hv-dic": "hvd",
      "application/vnd.yamaha.hv-script": "hvs",
      "application/vnd.yamaha.hv-voice": "hvp",
      "application/vnd.yamaha.openscoreformat": "osf",
      "application/vnd.yamaha.openscoreformat.osfpvg+xml": "osfpvg",
      "application/vnd.yamaha.smaf-audio": "saf",
      "application/vnd.yamaha.smaf-phrase": "spf",
      "application/vnd.yellowriver-custom-menu": "cmp",
      "application/vnd.zul": "zir",
      "application/vnd.zzazz.deck+xml": "zaz",
      "application/vocaltec-media-desc": "vmd",
      "application/vocaltec-media-file": "vmf",
      "application/voicexml+xml": "vxml",
      "application/wasm": "wasm",
      "application/widget": "wgt",
      "application/winhlp": "hlp",
      "application/wordperfect": ["wp", "wp5", "wp6", "wpd"],
      "application/wordperfect6.0": ["w60", "wp5"],
      "application/wordperfect6.1": "w61",
      "application/wsdl+xml": "wsdl",
      "application/wspolicy+xml": "wspolicy",
      "application/x-123": "wk1",
      "application/x-7z-compressed": "7z",
      "application/x-abiword": "abw",
      "application/x-ace-compressed": "ace",
      "application/x-aim": "aim",
      "application/x-authorware-bin": "aab",
      "application/x-authorware-map": "aam",
      "application/x-authorware-seg": "aas",
      "application/x-bcpio": "bcpio",
      "application/x-binary": "bin",
      "application/x-binhex40": "hqx",
      "application/x-bittorrent": "torrent",
      "application/x-bsh": ["bsh", "sh", "shar"],
      "application/x-bytecode.elisp": "elc",
      "application/x-bytecode.python": "pyc",
      "application/x-bzip": "bz",
      "application/x-bzip2": ["boz", "bz2"],
      "application/x-cdf": "cdf",
      "application/x-cdlink": "vcd",
      "application/x-chat": ["cha", "chat"],
      "application/x-chess-pgn": "pgn",
      "application/x-cmu-raster": "ras",
      "application/x-cocoa": "cco",
      "application/x-compactpro": "cpt",
      "application/x-compress": "z",
      "application/x-compressed": ["tgz", "gz", "z", "zip"],
      "application/x-conference": "nsc",
      "application/x-cpio": "cpio",
      "application/x-cpt": "cpt",
      "application/x-csh": "csh",
      "application/x-debian-package": "deb",
      "application/x-deepv": "deepv",
      "application/x-director": ["dir", "dcr", "dxr"],
      "application/x-doom": "wad",
      "application/x-dtbncx+xml": "ncx",
      "application/x-dtbook+xml": "dtb",
      "application/x-dtbresource+xml": "res",
      "application/x-dvi": "dvi",
      "application/x-elc": "elc",
      "application/x-envoy": ["env", "evy"],
      "application/x-esrehber": "es",
      "application/x-excel": ["xls", "xla", "xlb", "xlc", "xld", "xlk", "xll", "xlm", "xlt", "xlv", "xlw"],
      "application/x-font-bdf": "bdf",
      "application/x-font-ghostscript": "gsf",
      "application/x-font-linux-psf": "psf",
      "application/x-font-otf": "otf",
      "application/x-font-pcf": "pcf",
      "application/x-font-snf": "snf",
      "application/x-font-ttf": "ttf",
      "application/x-font-type1": "pfa",
      "application/x-font-woff": "woff",
      "application/x-frame": "mif",
      "application/x-freelance": "pre",
      "application/x-futuresplash": "spl",
      "application/x-gnumeric": "gnumeric",
      "application/x-gsp": "gsp",
      "application/x-gss": "gss",
      "application/x-gtar": "gtar",
      "application/x-gzip": ["gz", "gzip"],
      "application/x-hdf": "hdf",
      "application/x-helpfile": ["help", "hlp"],
      "application/x-httpd-imap": "imap",
      "application/x-ima": "ima",
      "application/x-internet-signup": ["ins", "isp"],
      "application/x-internett-signup": "ins",
      "application/x-inventor": "iv",
      "application/x-ip2": "ip",
      "application/x-iphone": "iii",
      "application/x-java-class": "class",
      "application/x-java-commerce": "jcm",
      "application/x-java-jnlp-file": "jnlp",
      "application/x-javascript": "js",
      "application/x-koan": ["skd", "skm", "skp", "skt"],
      "application/x-ksh": "ksh",
      "application/x-latex": ["latex", "ltx"],
      "application/x-lha": "lha",
      "application/x-lisp": "lsp",
      "application/x-livescreen": "ivy",
      "application/x-lotus": "wq1",
      "application/x-lotusscreencam": "scm",
      "application/x-lzh": "lzh",
      "application/x-lzx": "lzx",
      "application/x-mac-binhex40": "hqx",
      "application/x-macbinary": "bin",
      "application/x-magic-cap-package-1.0": "mc$",
      "application/x-mathcad": "mcd",
      "application/x-meme": "mm",
      "application/x-midi": ["mid", "midi"],
      "application/x-mif": "mif",
      "application/x-mix-transfer": "nix",
      "application/x-mobipocket-ebook": "prc",
      "application/x-mplayer2": "asx",
      "application/x-ms-application": "application",
      "application/x-ms-wmd": "wmd",
      "application/x-ms-wmz": "wmz",
      "application/x-ms-xbap": "xbap",
      "application/x-msaccess": "mdb",
      "application/x-msbinder": "obd",
      "application/x-mscardfile": "crd",
      "application/x-msclip": "clp",
      "application/x-msdownload": ["exe", "dll"],
      "application/x-msexcel": ["xls", "xla", "xlw"],
      "application/x-msmediaview": ["mvb", "m13", "m14"],
      "application/x-msmetafile": "wmf",
      "application/x-msmoney": "mny",
      "application/x-mspowerpoint": "ppt",
      "application/x-mspublisher": "pub",
      "application/x-msschedule": "scd",
      "application/x-msterminal": "trm",
      "application/x-mswrite": "wri",
      "application/x-navi-animation": "ani",
      "application/x-navidoc": "nvd",
      "application/x-navimap": "map",
      "application/x-navistyle": "stl",
      "application/x-netcdf": ["cdf", "nc"],
      "application/x-newton-compatible-pkg": "pkg",
      "application/x-nokia-9000-communicator-add-on-software": "aos",
      "application/x-omc": "omc",
      "application/x-omcdatamaker": "omcd",
      "application/x-omcregerator": "omcr",
      "application/x-pagemaker": ["pm4", "pm5"],
      "application/x-pcl": "pcl",
      "application/x-perfmon": ["pma", "pmc", "pml", "pmr", "pmw"],
      "application/x-pixclscript": "plx",
      "application/x-pkcs10": "p10",
      "application/x-pkcs12": ["p12", "pfx"],
      "application/x-pkcs7-certificates": ["p7b", "spc"],
      "application/x-pkcs7-certreqresp": "p7r",
      "application/x-pkcs7-mime": ["p7m", "p7c"],
      "application/x-pkcs7-signature": ["p7s", "p7a"],
      "application/x-pointplus": "css",
      "application/x-portable-anymap": "pnm",
      "application/x-project": ["mpc", "mpt", "mpv", "mpx"],
      "application/x-qpro": "wb1",
      "application/x-rar-compressed": "rar",
      "application/x-rtf": "rtf",
      "application/x-sdp": "sdp",
      "application/x-sea": "sea",
      "application/x-seelogo": "sl",
      "application/x-sh": "sh",
      "application/x-shar": ["shar", "sh"],
      "application/x-shockwave-flash": "swf",
      "application/x-silverlight-app": "xap",
      "application/x-sit": "sit",
      "application/x-sprite": ["spr", "sprite"],
      "application/x-stuffit": "sit",
      "application/x-stuffitx": "sitx",
      "application/x-sv4cpio": "sv4cpio",
      "application/x-sv4crc": "sv4crc",
      "application/x-tar": "tar",
      "application/x-tbook": ["sbk", "tbk"],
      "application/x-tcl": "tcl",
      "application/x-tex": "tex",
      "application/x-tex-tfm": "tfm",
      "application/x-texinfo": ["texi", "texinfo"],
      "application/x-troff": ["roff", "t", "tr"],
      "application/x-troff-man": "man",
      "application/x-troff-me": "me",
      "application/x-troff-ms": "ms",
      "application/x-troff-msvideo": "avi",
      "application/x-ustar": "ustar",
      "application/x-visio": ["vsd", "vst", "vsw"],
      "application/x-vnd.audioexplosion.mzz": "mzz",
      "application/x-vnd.ls-xpix": "xpix",
      "application/x-vrml": "vrml",
      "application/x-wais-source": ["src", "wsrc"],
      "application/x-winhelp": "hlp",
      "application/x-wintalk": "wtk",
      "application/x-world": ["wrl", "svr"],
      "application/x-wpwin": "wpd",
      "application/x-wri": "wri",
      "application/x-x509-ca-cert": ["cer", "crt", "der"],
      "application/x-x509-user-cert": "crt",
      "application/x-xfig": "fig",
      "application/x-xpinstall": "xpi",
      "application/x-zip-compressed": "zip",
      "application/xcap-diff+xml": "xdf",
      "application/xenc+xml": "xenc",
      "application/xhtml+xml": "xhtml",
      "application/xml": "xml",
      "application/xml-dtd": "dtd",
      "application/xop+xml": "xop",
      "application/xslt+xml": "xslt",
      "application/xspf+xml": "xspf",
      "application/xv+xml": "mxml",
      "application/yaml": ["yaml", "yml"],
      "application/yang": "yang",
      "application/yin+xml": "yin",
      "application/ynd.ms-pkipko": "pko",
      "application/zip": "zip",
      "audio/adpcm": "adp",
      "audio/aiff": ["aiff", "aif", "aifc"],
      "audio/basic": ["snd", "au"],
      "audio/it": "it",
      "audio/make": ["funk", "my", "pfunk"],
      "audio/make.my.funk": "pfunk",
      "audio/mid": ["mid", "rmi"],
      "audio/midi": ["midi", "kar", "mid"],
      "audio/mod": "mod",
      "audio/mp4": "mp4a",
      "audio/mpeg": ["mpga", "mp3", "m2a", "mp2", "mpa", "mpg"],
      "audio/mpeg3": "mp3",
      "audio/nspaudio": ["la", "lma"],
      "audio/ogg": "oga",
      "audio/opus": "opus",
      "audio/s3m": "s3m",
      "audio/tsp-audio": "tsi",
      "audio/tsplayer": "tsp",
      "audio/vnd.dece.audio": "uva",
      "audio/vnd.digital-winds": "eol",
      "audio/vnd.dra": "dra",
      "audio/vnd.dts": "dts",
      "audio/vnd.dts.hd": "dtshd",
      "audio/vnd.lucent.voice": "lvp",
      "audio/vnd.ms-playready.media.pya": "pya",
      "audio/vnd.nuera.ecelp4800": "ecelp4800",
      "audio/vnd.nuera.ecelp7470": "ecelp7470",
      "audio/vnd.nuera.ecelp9600": "ecelp9600",
      "audio/vnd.qcelp": "qcp",
      "audio/vnd.rip": "rip",
      "audio/voc": "voc",
      "audio/voxware": "vox",
      "audio/wav": "wav",
      "audio/webm": "weba",
      "audio/x-aac": "aac",
      "audio/x-adpcm": "snd",
      "audio/x-aiff": ["aiff", "aif", "aifc"],
      "audio/x-au": "au",
      "audio/x-gsm": ["gsd", "gsm"],
      "audio/x-jam": "jam",
      "audio/x-liveaudio": "lam",
      "audio/x-m4a": "m4a",
      "audio/x-mid": ["mid", "midi"],
      "audio/x-midi": ["midi", "mid"],
      "audio/x-mod": "mod",
      "audio/x-mpeg": "mp2",
      "audio/x-mpeg-3": "mp3",
      "audio/x-mpegurl": "m3u",
      "audio/x-mpequrl": "m3u",
      "audio/x-ms-wax": "wax",
      "audio/x-ms-wma": "wma",
      "audio/x-nspaudio": ["la", "lma"],
      "audio/x-pn-realaudio": ["ra", "ram", "rm", "rmm", "rmp"],
      "audio/x-pn-realaudio-plugin": ["ra", "rmp", "rpm"],
      "audio/x-psid": "sid",
      "audio/x-realaudio": "ra",
      "audio/x-twinvq": "vqf",
      "audio/x-twinvq-plugin": ["vqe", "vql"],
      "audio/x-vnd.audioexplosion.mjuicemediafile": "mjf",
      "audio/x-voc": "voc",
      "audio/x-wav": "wav",
      "audio/xm": "xm",
      "chemical/x-cdx": "cdx",
      "chemical/x-cif": "cif",
      "chemical/x-cmdf": "cmdf",
      "chemical/x-cml": "cml",
      "chemical/x-csml": "csml",
      "chemical/x-pdb": ["pdb", "xyz"],
      "chemical/x-xyz": "xyz",
      "drawing/x-dwf": "dwf",
      "font/woff": "woff",
      "font/woff2": "woff2",
      "i-world/i-vrml": "ivr",
      "image/avif": "avif",
      "image/bmp": ["bmp", "bm"],
      "image/cgm": "cgm",
      "image/cis-cod": "cod",
      "image/cmu-raster": ["ras", "rast"],
      "image/fif": "fif",
      "image/florian": ["flo", "turbot"],
      "image/g3fax": "g3",
      "image/gif": "gif",
      "image/heic": "heic",
      "image/heif": "heif",
      "image/ief": ["ief", "iefs"],
      "image/jpeg": ["jpeg", "jpe", "jpg", "jfif", "jfif-tbnl"],
      "image/jutvision": "jut",
      "image/ktx": "ktx",
      "image/naplps": ["nap", "naplps"],
      "image/pict": ["pic", "pict"],
      "image/pipeg": "jfif",
      "image/pjpeg": ["jfif", "jpe", "jpeg", "jpg"],
      "image/png": ["png", "x-png"],
      "image/prs.btif": "btif",
      "image/svg+xml": "svg",
      "image/tiff": ["tif", "tiff"],
      "image/vasa": "mcf",
      "image/vnd.adobe.photoshop": "psd",
      "image/vnd.dece.graphic": "uvi",
      "image/vnd.djvu": "djvu",
      "image/vnd.dvb.subtitle": "sub",
      "image/vnd.dwg": ["dwg", "dxf", "svf"],
      "image/vnd.dxf": "dxf",
      "image/vnd.fastbidsheet": "fbs",
      "image/vnd.fpx": "fpx",
      "image/vnd.fst": "fst",
      "image/vnd.fujixerox.edmics-mmr": "mmr",
      "image/vnd.fujixerox.edmics-rlc": "rlc",
      "image/vnd.ms-modi": "mdi",
      "image/vnd.net-fpx": ["fpx", "npx"],
      "image/vnd.rn-realflash": "rf",
      "image/vnd.rn-realpix": "rp",
      "image/vnd.wap.wbmp": "wbmp",
      "image/vnd.xiff": "xif",
      "image/webp": "webp",
      "image/x-cmu-raster": "ras",
      "image/x-cmx": "cmx",
      "image/x-dwg": ["dwg", "dxf", "svf"],
      "image/x-freehand": "fh",
      "image/x-icon": "ico",
      "image/x-jg": "art",
      "image/x-jps": "jps",
      "image/x-niff": ["niff", "nif"],
      "image/x-pcx": "pcx",
      "image/x-pict": ["pct", "pic"],
      "image/x-portable-anymap": "pnm",
      "image/x-portable-bitmap": "pbm",
      "image/x-portable-graymap": "pgm",
      "image/x-portable-greymap": "pgm",
      "image/x-portable-pixmap": "ppm",
      "image/x-quicktime": ["qif", "qti", "qtif"],
      "image/x-rgb": "rgb",
      "image/x-tiff": ["tif", "tiff"],
      "image/x-windows-bmp": "bmp",
      "image/x-xbitmap": "xbm",
      "image/x-xbm": "xbm",
      "image/x-xpixmap": ["xpm", "pm"],
      "image/x-xwd": "xwd",
      "image/x-xwindowdump": "xwd",
      "image/xbm": "xbm",
      "image/xpm": "xpm",
      "message/rfc822": ["eml", "mht", "mhtml", "nws", "mime"],
      "model/iges": ["iges", "igs"],
      "model/mesh": "msh",
      "model/vnd.collada+xml": "dae",
      "model/vnd.dwf": "dwf",
      "model/vnd.gdl": "gdl",
      "model/vnd.gtw": "gtw",
      "model/vnd.mts": "mts",
      "model/vnd.vtu": "vtu",
      "model/vrml": ["vrml", "wrl", "wrz"],
      "model/x-pov": "pov",
      "multipart/x-gzip": "gzip",
      "multipart/x-ustar": "ustar",
      "multipart/x-zip": "zip",
      "music/crescendo": ["mid", "midi"],
      "music/x-karaoke": "kar",
      "paleovu/x-pv": "pvu",
      "text/asp": "asp",
      "text/calendar": "ics",
      "text/css": "css",
      "text/csv": "csv",
      "text/ecmascript": "js",
      "text/h323": "323",
      "text/html": ["html", "htm", "stm", "acgi", "htmls", "htx", "shtml"],
      "text/iuls": "uls",
      "text/javascript": "js",
      "text/markdown": "md",
      "text/mcf": "mcf",
      "text/n3": "n3",
      "text/pascal": "pas",
      "text/plain": [
        "txt",
        "bas",
        "c",
        "h",
        "c++",
        "cc",
        "com",
        "conf",
        "cxx",
        "def",
        "f",
        "f90",
        "for",
        "g",
        "hh",
        "idc",
        "jav",
        "java",
        "list",
        "log",
        "lst",
        "m",
        "mar",
        "pl",
        "sdml",
        "text"
      ],
      "text/plain-bas": "par",
      "text/prs.lines.tag": "dsc",
      "text/richtext": ["rtx", "rt", "rtf"],
      "text/scriplet": "wsc",
      "text/scriptlet": "sct",
      "text/sgml": ["sgm", "sgml"],
      "text/tab-separated-values": "tsv",
      "text/troff": "t",
      "text/turtle": "ttl",
      "text/uri-list": ["uni", "unis", "uri", "uris"],
      "text/vnd.abc": "abc",
      "text/vnd.curl": "curl",
      "text/vnd.curl.dcurl": "dcurl",
      "text/vnd.curl.mcurl": "mcurl",
      "text/vnd.curl.scurl": "scurl",
      "text/vnd.fly": "fly",
      "text/vnd.fmi.flexstor": "flx",
      "text/vnd.graphviz": "gv",
      "text/vnd.in3d.3dml": "3dml",
      "text/vnd.in3d.spot": "spot",
      "text/vnd.rn-realtext": "rt",
      "text/vnd.sun.j2me.app-descriptor": "jad",
      "text/vnd.wap.wml": "wml",
      "text/vnd.wap.wmlscript": "wmls",
      "text/webviewhtml": "htt",
      "text/x-asm": ["asm", "s"],
      "text/x-audiosoft-intra": "aip",
      "text/x-c": ["c", "cc", "cpp"],
      "text/x-component": "htc",
      "text/x-fortran": ["for", "f", "f77", "f90"],
      "text/x-h": ["h", "hh"],
      "text/x-java-source": ["java", "jav"],
      "text/x-la-asf": "lsx",
      "text/x-m": "m",
      "text/x-pascal": "p",
      "text/x-script": "hlb",
      "text/x-script.csh": "csh",
      "text/x-script.elisp": "el",
      "text/x-script.guile": "scm",
      "text/x-script.ksh": "ksh",
      "text/x-script.lisp": "lsp",
      "text/x-script.perl": "pl",
      "text/x-script.perl-module": "pm",
      "text/x-script.phyton": "py",
      "text/x-script.rexx": "rexx",
      "text/x-script.scheme": "scm",
      "text/x-script.sh": "sh",
      "text/x-script.tcl": "tcl",
      "text/x-script.tcsh": "tcsh",
      "text/x-script.zsh": "zsh",
      "text/x-server-parsed-html": ["shtml", "ssi"],
      "text/x-setext": "etx",
      "text/x-sgml": ["sgm", "sgml"],
      "text/x-speech": ["spc", "talk"],
      "text/x-uil": "uil",
      "text/x-uuencode": ["uu", "uue"],
      "text/x-vcalendar": "vcs",
      "text/x-vcard": "vcf",
      "text/xml": "xml",
      "video/3gpp": "3gp",
      "video/3gpp2": "3g2",
      "video/animaflex": "afl",
      "video/avi": "avi",
      "video/avs-video": "avs",
      "video/dl": "dl",
      "video/fli": "fli",
      "video/gl": "gl",
      "video/h261": "h261",
      "video/h263": "h263",
      "video/h264": "h264",
      "video/jpeg": "jpgv",
      "video/jpm": "jpm",
      "video/mj2": "mj2",
      "video/mp4": "mp4",
      "video/mpeg": ["mpeg", "mp2", "mpa", "mpe", "mpg", "mpv2", "m1v", "m2v", "mp3"],
      "video/msvideo": "avi",
      "video/ogg": "ogv",
      "video/quicktime": ["mov", "qt", "moov"],
      "video/vdo": "vdo",
      "video/vivo": ["viv", "vivo"],
      "video/vnd.dece.hd": "uvh",
      "video/vnd.dece.mobile": "uvm",
      "video/vnd.dece.pd": "uvp",
      "video/vnd.dece.sd": "uvs",
      "video/vnd.dece.video": "uvv",
      "video/vnd.fvt": "fvt",
      "video/vnd.mpegurl": "mxu",
      "video/vnd.ms-playready.media.pyv": "pyv",
      "video/vnd.rn-realvideo": "rv",
      "video/vnd.uvvu.mp4": "uvu",
      "video/vnd.vivo": ["viv", "vivo"],
      "video/vosaic": "vos",
      "video/webm": "webm",
      "video/x-amt-demorun": "xdr",
      "video/x-amt-showrun": "xsr",
      "video/x-atomic3d-feature": "fmf",
      "video/x-dl": "dl",
      "video/x-dv": ["dif", "dv"],
      "video/x-f4v": "f4v",
      "video/x-fli": "fli",
      "video/x-flv": "flv",
      "video/x-gl": "gl",
      "video/x-isvideo": "isu",
      "video/x-la-asf": ["lsf", "lsx"],
      "video/x-m4v": "m4v",
      "video/x-motion-jpeg": "mjpg",
      "video/x-mpeg": ["mp3", "mp2"],
      "video/x-mpeq2a": "mp2",
      "video/x-ms-asf": ["asf", "asr", "asx"],
      "video/x-ms-asf-plugin": "asx",
      "video/x-ms-wm": "wm",
      "video/x-ms-wmv": "wmv",
      "video/x-ms-wmx": "wmx",
      "video/x-ms-wvx": "wvx",
      "video/x-msvideo": "avi",
      "video/x-qtc": "qtc",
      "video/x-scm": "scm",
      "video/x-sgi-movie": ["movie", "mv"],
      "windows/metafile": "wmf",
      "www/mime": "mime",
      "x-conference/x-cooltalk": "ice",
      "x-music/x-midi": ["mid", "midi"],
      "x-world/x-3dmf": ["3dm", "3dmf", "qd3", "qd3d"],
      "x-world/x-svr": "svr",
      "x-world/x-vrml": ["flr", "vrml", "wrl", "wrz", "xaf", "xof"],
      "x-world/x-vrt": "vrt",
      "xgl/drawing": "xgz",
      "xgl/movie": "xmz"
    };
    exports.extensions = {
      "*": "application/octet-stream",
      "123": "application/vnd.lotus-1-2-3",
      "323": "text/h323",
      "3dm": "x-world/x-3dmf",
      "3dmf": "x-world/x-3dmf",
      "3dml": "text/vnd.in3d.3dml",
      "3g2": "video/3gpp2",
      "3gp": "video/3gpp",
      "7z": "application/x-7z-compressed",
      a: "application/octet-stream",
      aab: "application/x-authorware-bin",
      aac: "audio/x-aac",
      aam: "application/x-authorware-map",
      aas: "application/x-authorware-seg",
      abc: "text/vnd.abc",
      abw: "application/x-abiword",
      ac: "application/pkix-attr-cert",
      acc: "application/vnd.americandynamics.acc",
      ace: "application/x-ace-compressed",
      acgi: "text/html",
      acu: "application/vnd.acucobol",
      acx: "application/internet-property-stream",
      adp: "audio/adpcm",
      aep: "application/vnd.audiograph",
      afl: "video/animaflex",
      afp: "application/vnd.ibm.modcap",
      ahead: "application/vnd.ahead.space",
      ai: "application/postscript",
      aif: ["audio/aiff", "audio/x-aiff"],
      aifc: ["audio/aiff", "audio/x-aiff"],
      aiff: ["audio/aiff", "audio/x-aiff"],
      aim: "application/x-aim",
      aip: "text/x-audiosoft-intra",
      air: "application/vnd.adobe.air-application-installer-package+zip",
      ait: "application/vnd.dvb.ait",
      ami: "application/vnd.amiga.ami",
      ani: "application/x-navi-animation",
      aos: "application/x-nokia-9000-communicator-add-on-software",
      apk: "application/vnd.android.package-archive",
      application: "application/x-ms-application",
      apr: "application/vnd.lotus-approach",
      aps: "application/mime",
      arc: "application/octet-stream",
      arj: ["application/arj", "application/octet-stream"],
      art: "image/x-jg",
      asf: "video/x-ms-asf",
      asm: "text/x-asm",
      aso: "application/vnd.accpac.simply.aso",
      asp: "text/asp",
      asr: "video/x-ms-asf",
      asx: ["video/x-ms-asf", "application/x-mplayer2", "video/x-ms-asf-plugin"],
      atc: "application/vnd.acucorp",
      atomcat: "application/atomcat+xml",
      atomsvc: "application/atomsvc+xml",
      atx: "application/vnd.antix.game-component",
      au: ["audio/basic", "audio/x-au"],
      avi: ["video/avi", "video/msvideo", "application/x-troff-msvideo", "video/x-msvideo"],
      avif: "image/avif",
      avs: "video/avs-video",
      aw: "application/applixware",
      axs: "application/olescript",
      azf: "application/vnd.airzip.filesecure.azf",
      azs: "application/vnd.airzip.filesecure.azs",
      azw: "application/vnd.amazon.ebook",
      bas: "text/plain",
      bcpio: "application/x-bcpio",
      bdf: "application/x-font-bdf",
      bdm: "application/vnd.syncml.dm+wbxml",
      bed: "application/vnd.realvnc.bed",
      bh2: "application/vnd.fujitsu.oasysprs",
      bin: ["application/octet-stream", "application/mac-binary", "application/macbinary", "application/x-macbinary", "application/x-binary"],
      bm: "image/bmp",
      bmi: "application/vnd.bmi",
      bmp: ["image/bmp", "image/x-windows-bmp"],
      boo: "application/book",
      book: "application/book",
      box: "application/vnd.previewsystems.box",
      boz: "application/x-bzip2",
      bsh: "application/x-bsh",
      btif: "image/prs.btif",
      bz: "application/x-bzip",
      bz2: "application/x-bzip2",
      c: ["text/plain", "text/x-c"],
      "c++": "text/plain",
      c11amc: "application/vnd.cluetrust.cartomobile-config",
      c11amz: "application/vnd.cluetrust.cartomobile-config-pkg",
      c4g: "application/vnd.clonk.c4group",
      cab: "application/vnd.ms-cab-compressed",
      car: "application/vnd.curl.car",
      cat: ["application/vnd.ms-pkiseccat", "application/vnd.ms-pki.seccat"],
      cc: ["text/plain", "text/x-c"],
      ccad: "application/clariscad",
      cco: "application/x-cocoa",
      ccxml: "application/ccxml+xml",
      cdbcmsg: "application/vnd.contact.cmsg",
      cdf: ["application/cdf", "application/x-cdf", "application/x-netcdf"],
      cdkey: "application/vnd.mediastation.cdkey",
      cdmia: "application/cdmi-capability",
      cdmic: "application/cdmi-container",
      cdmid: "application/cdmi-domain",
      cdmio: "application/cdmi-object",
      cdmiq: "application/cdmi-queue",
      cdx: "chemical/x-cdx",
      cdxml: "application/vnd.chemdraw+xml",
      cdy: "application/vnd.cinderella",
      cer: ["application/pkix-cert", "application/x-x509-ca-cert"],
      cgm: "image/cgm",
      cha: "application/x-chat",
      chat: "application/x-chat",
      chm: "application/vnd.ms-htmlhelp",
      chrt: "application/vnd.kde.kchart",
      cif: "chemical/x-cif",
      cii: "application/vnd.anser-web-certificate-issue-initiation",
      cil: "application/vnd.ms-artgalry",
      cla: "application/vnd.claymore",
      class: ["application/octet-stream", "application/java", "application/java-byte-code", "application/java-vm", "application/x-java-class"],
      clkk: "application/vnd.crick.clicker.keyboard",
      clkp: "application/vnd.crick.clicker.palette",
      clkt: "application/vnd.crick.clicker.template",
      clkw: "application/vnd.crick.clicker.wordbank",
      clkx: "application/vnd.crick.clicker",
      clp: "application/x-msclip",
      cmc: "application/vnd.cosmocaller",
      cmdf: "chemical/x-cmdf",
      cml: "chemical/x-cml",
      cmp: "application/vnd.yellowriver-custom-menu",
      cmx: "image/x-cmx",
      cod: ["image/cis-cod", "application/vnd.rim.cod"],
      com: ["application/octet-stream", "text/plain"],
      conf: "text/plain",
      cpio: "application/x-cpio",
      cpp: "text/x-c",
      cpt: ["application/mac-compactpro", "application/x-compactpro", "application/x-cpt"],
      crd: "application/x-mscardfile",
      crl: ["application/pkix-crl", "application/pkcs-crl"],
      crt: ["application/pkix-cert", "application/x-x509-user-cert", "application/x-x509-ca-cert"],
      cryptonote: "application/vnd.rig.cryptonote",
      csh: ["text/x-script.csh", "application/x-csh"],
      csml: "chemical/x-csml",
      csp: "application/vnd.commonspace",
      css: ["text/css", "application/x-pointplus"],
      csv: "text/csv",
      cu: "application/cu-seeme",
      curl: "text/vnd.curl",
      cww: "application/prs.cww",
      cxx: "text/plain",
      dae: "model/vnd.collada+xml",
      daf: "application/vnd.mobius.daf",
      davmount: "application/davmount+xml",
      dcr: "application/x-director",
      dcurl: "text/vnd.curl.dcurl",
      dd2: "application/vnd.oma.dd2+xml",
      ddd: "application/vnd.fujixerox.ddd",
      deb: "application/x-debian-package",
      deepv: "application/x-deepv",
      def: "text/plain",
      der: "application/x-x509-ca-cert",
      dfac: "application/vnd.dreamfactory",
      dif: "video/x-dv",
      dir: "application/x-director",
      dis: "application/vnd.mobius.dis",
      djvu: "image/vnd.djvu",
      dl: ["video/dl", "video/x-dl"],
      dll: "application/x-msdownload",
      dms: "application/octet-stream",
      dna: "application/vnd.dna",
      doc: "application/msword",
      docm: "application/vnd.ms-word.document.macroenabled.12",
      docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      dot: "application/msword",
      dotm: "application/vnd.ms-word.template.macroenabled.12",
      dotx: "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
      dp: ["application/commonground", "application/vnd.osgi.dp"],
      dpg: "application/vnd.dpgraph",
      dra: "audio/vnd.dra",
      drw: "application/drafting",
      dsc: "text/prs.lines.tag",
      dssc: "application/dssc+der",
      dtb: "application/x-dtbook+xml",
      dtd: "application/xml-dtd",
      dts: "audio/vnd.dts",
      dtshd: "audio/vnd.dts.hd",
      dump: "application/octet-stream",
      dv: "video/x-dv",
      dvi: "application/x-dvi",
      dwf: ["model/vnd.dwf", "drawing/x-dwf"],
      dwg: ["application/acad", "image/vnd.dwg", "image/x-dwg"],
      dxf: ["application/dxf", "image/vnd.dwg", "image/vnd.dxf", "image/x-dwg"],
      dxp: "application/vnd.spotfire.dxp",
      dxr: "application/x-director",
      ecelp4800: "audio/vnd.nuera.ecelp4800",
      ecelp7470: "audio/vnd.nuera.ecelp7470",
      ecelp9600: "audio/vnd.nuera.ecelp9600",
      edm: "application/vnd.novadigm.edm",
      edx: "application/vnd.novadigm.edx",
      efif: "application/vnd.picsel",
      ei6: "application/vnd.pg.osasli",
      el: "text/x-script.elisp",
      elc: ["application/x-elc", "application/x-bytecode.elisp"],
      eml: "message/rfc822",
      emma: "application/emma+xml",
      env: "application/x-envoy",
      eol: "audio/vnd.digital-winds",
      eot: "application/vnd.ms-fontobject",
      eps: "application/postscript",
      epub: "application/epub+zip",
      es: ["application/ecmascript", "application/x-esrehber"],
      es3: "application/vnd.eszigno3+xml",
      esf: "application/vnd.epson.esf",
      etx: "text/x-setext",
      evy: ["application/envoy", "application/x-envoy"],
      exe: ["application/octet-stream", "application/x-msdownload"],
      exi: "application/exi",
      ext: "application/vnd.novadigm.ext",
      ez2: "application/vnd.ezpix-album",
      ez3: "application/vnd.ezpix-package",
      f: ["text/plain", "text/x-fortran"],
      f4v: "video/x-f4v",
      f77: "text/x-fortran",
      f90: ["text/plain", "text/x-fortran"],
      fbs: "image/vnd.fastbidsheet",
      fcs: "application/vnd.isac.fcs",
      fdf: "application/vnd.fdf",
      fe_launch: "application/vnd.denovo.fcselayout-link",
      fg5: "application/vnd.fujitsu.oasysgp",
      fh: "image/x-freehand",
      fif: ["application/fractals", "image/fif"],
      fig: "application/x-xfig",
      fli: ["video/fli", "video/x-fli"],
      flo: ["image/florian", "application/vnd.micrografx.flo"],
      flr: "x-world/x-vrml",
      flv: "video/x-flv",
      flw: "application/vnd.kde.kivio",
      flx: "text/vnd.fmi.flexstor",
      fly: "text/vnd.fly",
      fm: "application/vnd.framemaker",
      fmf: "video/x-atomic3d-feature",
      fnc: "application/vnd.frogans.fnc",
      for: ["text/plain", "text/x-fortran"],
      fpx: ["image/vnd.fpx", "image/vnd.net-fpx"],
      frl: "application/freeloader",
      fsc: "application/vnd.fsc.weblaunch",
      fst: "image/vnd.fst",
      ftc: "application/vnd.fluxtime.clip",
      fti: "application/vnd.anser-web-funds-transfer-initiation",
      funk: "audio/make",
      fvt: "video/vnd.fvt",
      fxp: "application/vnd.adobe.fxp",
      fzs: "application/vnd.fuzzysheet",
      g: "text/plain",
      g2w: "application/vnd.geoplan",
      g3: "image/g3fax",
      g3w: "application/vnd.geospace",
      gac: "application/vnd.groove-account",
      gdl: "model/vnd.gdl",
      geo: "application/vnd.dynageo",
      geojson: "application/geo+json",
      gex: "application/vnd.geometry-explorer",
      ggb: "application/vnd.geogebra.file",
      ggt: "application/vnd.geogebra.tool",
      ghf: "application/vnd.groove-help",
      gif: "image/gif",
      gim: "application/vnd.groove-identity-message",
      gl: ["video/gl", "video/x-gl"],
      gmx: "application/vnd.gmx",
      gnumeric: "application/x-gnumeric",
      gph: "application/vnd.flographit",
      gqf: "application/vnd.grafeq",
      gram: "application/srgs",
      grv: "application/vnd.groove-injector",
      grxml: "application/srgs+xml",
      gsd: "audio/x-gsm",
      gsf: "application/x-font-ghostscript",
      gsm: "audio/x-gsm",
      gsp: "application/x-gsp",
      gss: "application/x-gss",
      gtar: "application/x-gtar",
      gtm: "application/vnd.groove-tool-message",
      gtw: "model/vnd.gtw",
      gv: "text/vnd.graphviz",
      gxt: "application/vnd.geonext",
      gz: ["application/x-gzip", "application/x-compressed"],
      gzip: ["multipart/x-gzip", "application/x-gzip"],
      h: ["text/plain", "text/x-h"],
      h261: "video/h261",
      h263: "video/h263",
      h264: "video/h264",
      hal: "application/vnd.hal+xml",
      hbci: "application/vnd.hbci",
      hdf: "application/x-hdf",
      heic: "image/heic",
      heif: "image/heif",
      help: "application/x-helpfile",
      hgl: "application/vnd.hp-hpgl",
      hh: ["text/plain", "text/x-h"],
      hlb: "text/x-script",
      hlp: ["application/winhlp", "application/hlp", "application/x-helpfile", "application/x-winhelp"],
      hpg: "application/vnd.hp-hpgl",
      hpgl: "application/vnd.hp-hpgl",
      hpid: "application/vnd.hp-hpid",
      hps: "application/vnd.hp-hps",
      hqx: [
        "application/mac-binhex40",
        "application/binhex",
        "application/binhex4",
        "application/mac-binhex",
        "application/x-binhex40",
        "application/x-mac-binhex40"
      ],
      hta: "application/hta",
      htc: "text/x-component",
      htke: "application/vnd.kenameaapp",
      htm: "text/html",
      html: "text/html",
      htmls: "text/html",
      htt: "text/webviewhtml",
      htx: "text/html",
      hvd: "application/vnd.yamaha.hv-dic",
      hvp: "application/vnd.yamaha.hv-voice",
      hvs: "application/vnd.yamaha.hv-script",
      i2g: "application/vnd.intergeo",
      icc: "application/vnd.iccprofile",
      ice: "x-conference/x-cooltalk",
      ico: "image/x-icon",
      ics: "text/calendar",
      idc: "text/plain",
      ief: "image/ief",
      iefs: "image/ief",
      ifm: "application/vnd.shana.informed.formdata",
      iges: ["application/iges", "model/iges"],
      igl: "application/vnd.igloader",
      igm: "application/vnd.insors.igm",
      igs: ["application/iges", "model/iges"],
      igx: "application/vnd.micrografx.igx",
      iif: "application/vnd.shana.informed.interchange",
      iii: "application/x-iphone",
      ima: "application/x-ima",
      imap: "application/x-httpd-imap",
      imp: "application/vnd.accpac.simply.imp",
      ims: "application/vnd.ms-ims",
      inf: "application/inf",
      ins: ["application/x-internet-signup", "application/x-internett-signup"],
      ip: "application/x-ip2",
      ipfix: "application/ipfix",
      ipk: "application/vnd.shana.informed.package",
      irm: "application/vnd.ibm.rights-management",
      irp: "application/vnd.irepository.package+xml",
      isp: "application/x-internet-signup",
      isu: "video/x-isvideo",
      it: "audio/it",
      itp: "application/vnd.shana.informed.formtemplate",
      iv: "application/x-inventor",
      ivp: "application/vnd.immervision-ivp",
      ivr: "i-world/i-vrml",
      ivu: "application/vnd.immervision-ivu",
      ivy: "application/x-livescreen",
      jad: "text/vnd.sun.j2me.app-descriptor",
      jam: ["application/vnd.jam", "audio/x-jam"],
      jar: "application/java-archive",
      jav: ["text/plain", "text/x-java-source"],
      java: ["text/plain", "text/x-java-source"],
      jcm: "application/x-java-commerce",
      jfif: ["image/pipeg", "image/jpeg", "image/pjpeg"],
      "jfif-tbnl": "image/jpeg",
      jisp: "application/vnd.jisp",
      jlt: "application/vnd.hp-jlyt",
      jnlp: "application/x-java-jnlp-file",
      joda: "application/vnd.joost.joda-archive",
      jpe: ["image/jpeg", "image/pjpeg"],
      jpeg: ["image/jpeg", "image/pjpeg"],
      jpg: ["image/jpeg", "image/pjpeg"],
      jpgv: "video/jpeg",
      jpm: "video/jpm",
      jps: "image/x-jps",
      js: ["application/javascript", "application/ecmascript", "text/javascript", "text/ecmascript", "application/x-javascript"],
      json: "application/json",
      jut: "image/jutvision",
      kar: ["audio/midi", "music/x-karaoke"],
      karbon: "application/vnd.kde.karbon",
      kfo: "application/vnd.kde.kformula",
      kia: "application/vnd.kidspiration",
      kml: "application/vnd.google-earth.kml+xml",
      kmz: "application/vnd.google-earth.kmz",
      kne: "application/vnd.kinar",
      kon: "application/vnd.kde.kontour",
      kpr: "application/vnd.kde.kpresenter",
      ksh: ["application/x-ksh", "text/x-script.ksh"],
      ksp: "application/vnd.kde.kspread",
      ktx: "image/ktx",
      ktz: "application/vnd.kahootz",
      kwd: "application/vnd.kde.kword",
      la: ["audio/nspaudio", "audio/x-nspaudio"],
      lam: "audio/x-liveaudio",
      lasxml: "application/vnd.las.las+xml",
      latex: "application/x-latex",
      lbd: "application/vnd.llamagraphics.life-balance.desktop",
      lbe: "application/vnd.llamagraphics.life-balance.exchange+xml",
      les: "application/vnd.hhe.lesson-player",
      lha: ["application/octet-stream", "application/lha", "application/x-lha"],
      lhx: "application/octet-stream",
      link66: "application/vnd.route66.link66+xml",
      list: "text/plain",
      lma: ["audio/nspaudio", "audio/x-nspaudio"],
      log: "text/plain",
      lrm: "application/vnd.ms-lrm",
      lsf: "video/x-la-asf",
      lsp: ["application/x-lisp", "text/x-script.lisp"],
      lst: "text/plain",
      lsx: ["video/x-la-asf", "text/x-la-asf"],
      ltf: "application/vnd.frogans.ltf",
      ltx: "application/x-latex",
      lvp: "audio/vnd.lucent.voice",
      lwp: "application/vnd.lotus-wordpro",
      lzh: ["application/octet-stream", "application/x-lzh"],
      lzx: ["application/lzx", "application/octet-stream", "application/x-lzx"],
      m: ["text/plain", "text/x-m"],
      m13: "application/x-msmediaview",
      m14: "application/x-msmediaview",
      m1v: "video/mpeg",
      m21: "application/mp21",
      m2a: "audio/mpeg",
      m2v: "video/mpeg",
      m3u: ["audio/x-mpegurl", "audio/x-mpequrl"],
      m3u8: "application/vnd.apple.mpegurl",
      m4a: "audio/mp4",
      m4v: "video/x-m4v",
      ma: "application/mathematica",
      mads: "application/mads+xml",
      mag: "application/vnd.ecowin.chart",
      man: "application/x-troff-man",
      map: "application/x-navimap",
      mar: "text/plain",
      markdown: "text/markdown",
      mathml: "application/mathml+xml",
      mbd: "application/mbedlet",
      mbk: "application/vnd.mobius.mbk",
      mbox: "application/mbox",
      mc$: "application/x-magic-cap-package-1.0",
      mc1: "application/vnd.medcalcdata",
      mcd: ["application/mcad", "application/vnd.mcd", "application/x-mathcad"],
      mcf: ["image/vasa", "text/mcf"],
      mcp: "application/netmc",
      mcurl: "text/vnd.curl.mcurl",
      md: "text/markdown",
      mdb: "application/x-msaccess",
      mdi: "image/vnd.ms-modi",
      me: "application/x-troff-me",
      meta4: "application/metalink4+xml",
      mets: "application/mets+xml",
      mfm: "application/vnd.mfmp",
      mgp: "application/vnd.osgeo.mapguide.package",
      mgz: "application/vnd.proteus.magazine",
      mht: "message/rfc822",
      mhtml: "message/rfc822",
      mid: ["audio/mid", "audio/midi", "music/crescendo", "x-music/x-midi", "audio/x-midi", "application/x-midi", "audio/x-mid"],
      midi: ["audio/midi", "music/crescendo", "x-music/x-midi", "audio/x-midi", "application/x-midi", "audio/x-mid"],
      mif: ["application/vnd.mif", "application/x-mif", "application/x-frame"],
      mime: ["message/rfc822", "www/mime"],
      mj2: "video/mj2",
      mjf: "audio/x-vnd.audioexplosion.mjuicemediafile",
      mjpg: "video/x-motion-jpeg",
      mjs: "text/javascript",
      mlp: "application/vnd.dolby.mlp",
      mm: ["application/base64", "application/x-meme"],
      mmd: "application/vnd.chipnuts.karaoke-mmd",
      mme: "application/base64",
      mmf: "application/vnd.smaf",
      mmr: "image/vnd.fujixerox.edmics-mmr",
      mny: "application/x-msmoney",
      mod: ["audio/mod", "audio/x-mod"],
      mods: "application/mods+xml",
      moov: "video/quicktime",
      mov: "video/quicktime",
      movie: "video/x-sgi-movie",
      mp2: ["video/mpeg", "audio/mpeg", "video/x-mpeg", "audio/x-mpeg", "video/x-mpeq2a"],
      mp3: ["audio/mpeg", "audio/mpeg3", "video/mpeg", "audio/x-mpeg-3", "video/x-mpeg"],
      mp4: ["video/mp4", "application/mp4"],
      mp4a: "audio/mp4",
      mpa: ["video/mpeg", "audio/mpeg"],
      mpc: ["application/vnd.mophun.certificate", "application/x-project"],
      mpe: "video/mpeg",
      mpeg: "video/mpeg",
      mpg: ["video/mpeg", "audio/mpeg"],
      mpga: "audio/mpeg",
      mpkg: "application/vnd.apple.installer+xml",
      mpm: "application/vnd.blueice.multipass",
      mpn: "application/vnd.mophun.application",
      mpp: "application/vnd.ms-project",
      mpt: "application/x-project",
      mpv: "application/x-project",
      mpv2: "video/mpeg",
      mpx: "application/x-project",
      mpy: "application/vnd.ibm.minipay",
      mqy: "application/vnd.mobius.mqy",
      mrc: "application/marc",
      mrcx: "application/marcxml+xml",
      ms: "application/x-troff-ms",
      mscml: "application/mediaservercontrol+xml",
      mseq: "application/vnd.mseq",
      msf: "application/vnd.epson.msf",
      msg: "application/vnd.ms-outlook",
      msh: "model/mesh",
      msl: "application/vnd.mobius.msl",
      msty: "application/vnd.muvee.style",
      mts: "model/vnd.mts",
      mus: "application/vnd.musician",
      musicxml: "application/vnd.recordare.musicxml+xml",
      mv: "video/x-sgi-movie",
      mvb: "application/x-msmediaview",
      mwf: "application/vnd.mfer",
      mxf: "application/mxf",
      mxl: "application/vnd.recordare.musicxml",
      mxml: "application/xv+xml",
      mxs: "application/vnd.triscape.mxs",
      mxu: "video/vnd.mpegurl",
      my: "audio/make",
      mzz: "application/x-vnd.audioexplosion.mzz",
      "n-gage": "application/vnd.nokia.n-gage.symbian.install",
      n3: "text/n3",
      nap: "image/naplps",
      naplps: "image/naplps",
      nbp: "application/vnd.wolfram.player",
      nc: "application/x-netcdf",
      ncm: "application/vnd.nokia.configuration-message",
      ncx: "application/x-dtbncx+xml",
      ngdat: "application/vnd.nokia.n-gage.data",
      nif: "image/x-niff",
      niff: "image/x-niff",
      nix: "application/x-mix-transfer",
      nlu: "application/vnd.neurolanguage.nlu",
      nml: "application/vnd.enliven",
      nnd: "application/vnd.noblenet-directory",
      nns: "application/vnd.noblenet-sealer",
      nnw: "application/vnd.noblenet-web",
      npx: "image/vnd.net-fpx",
      nsc: "application/x-conference",
      nsf: "application/vnd.lotus-notes",
      nvd: "application/x-navidoc",
      nws: "message/rfc822",
      o: "application/octet-stream",
      oa2: "application/vnd.fujitsu.oasys2",
      oa3: "application/vnd.fujitsu.oasys3",
      oas: "application/vnd.fujitsu.oasys",
      obd: "application/x-msbinder",
      oda: "application/oda",
      odb: "application/vnd.oasis.opendocument.database",
      odc: "application/vnd.oasis.opendocument.chart",
      odf: "application/vnd.oasis.opendocument.formula",
      odft: "application/vnd.oasis.opendocument.formula-template",
      odg: "application/vnd.oasis.opendocument.graphics",
      odi: "application/vnd.oasis.opendocument.image",
      odm: "application/vnd.oasis.opendocument.text-master",
      odp: "application/vnd.oasis.opendocument.presentation",
      ods: "application/vnd.oasis.opendocument.spreadsheet",
      odt: "application/vnd.oasis.opendocument.text",
      oga: "audio/ogg",
      ogv: "video/ogg",
      ogx: "application/ogg",
      omc: "application/x-omc",
      omcd: "application/x-omcdatamaker",
      omcr: "application/x-omcregerator",
      onetoc: "application/onenote",
      opf: "application/oebps-package+xml",
      opus: "audio/opus",
      org: "application/vnd.lotus-organizer",
      osf: "application/vnd.yamaha.openscoreformat",
      osfpvg: "application/vnd.yamaha.openscoreformat.osfpvg+xml",
      otc: "application/vnd.oasis.opendocument.chart-template",
      otf: "application/x-font-otf",
      otg: "application/vnd.oasis.opendocument.graphics-template",
      oth: "application/vnd.oasis.opendocument.text-web",
      oti: "application/vnd.oasis.opendocument.image-template",
      otp: "application/vnd.oasis.opendocument.presentation-template",
      ots: "application/vnd.oasis.opendocument.spreadsheet-template",
      ott: "application/vnd.oasis.opendocument.text-template",
      oxt: "application/vnd.openofficeorg.extension",
      p: "text/x-pascal",
      p10: ["application/pkcs10", "application/x-pkcs10"],
      p12: ["application/pkcs-12", "application/x-pkcs12"],
      p7a: "application/x-pkcs7-signature",
      p7b: "application/x-pkcs7-certificates",
      p7c: ["application/pkcs7-mime", "application/x-pkcs7-mime"],
      p7m: ["application/pkcs7-mime", "application/x-pkcs7-mime"],
      p7r: "application/x-pkcs7-certreqresp",
      p7s: ["application/pkcs7-signature", "application/x-pkcs7-signature"],
      p8: "application/pkcs8",
      par: "text/plain-bas",
      part: "application/pro_eng",
      pas: "text/pascal",
      paw: "application/vnd.pawaafile",
      pbd: "application/vnd.powerbuilder6",
      pbm: "image/x-portable-bitmap",
      pcf: "application/x-font-pcf",
      pcl: ["application/vnd.hp-pcl", "application/x-pcl"],
      pclxl: "application/vnd.hp-pclxl",
      pct: "image/x-pict",
      pcurl: "application/vnd.curl.pcurl",
      pcx: "image/x-pcx",
      pdb: ["application/vnd.palm", "chemical/x-pdb"],
      pdf: "application/pdf",
      pfa: "application/x-font-type1",
      pfr: "application/font-tdpfr",
      pfunk: ["audio/make", "audio/make.my.funk"],
      pfx: "application/x-pkcs12",
      pgm: ["image/x-portable-graymap", "image/x-portable-greymap"],
      pgn: "application/x-chess-pgn",
      pgp: "application/pgp-signature",
      pic: ["image/pict", "image/x-pict"],
      pict: "image/pict",
      pkg: "application/x-newton-compatible-pkg",
      pki: "application/pkixcmp",
      pkipath: "application/pkix-pkipath",
      pko: ["application/ynd.ms-pkipko", "application/vnd.ms-pki.pko"],
      pl: ["text/plain", "text/x-script.perl"],
      plb: "application/vnd.3gpp.pic-bw-large",
      plc: "application/vnd.mobius.plc",
      plf: "application/vnd.pocketlearn",
      pls: "application/pls+xml",
      plx: "application/x-pixclscript",
      pm: ["text/x-script.perl-module", "image/x-xpixmap"],
      pm4: "application/x-pagemaker",
      pm5: "application/x-pagemaker",
      pma: "application/x-perfmon",
      pmc: "application/x-perfmon",
      pml: ["application/vnd.ctc-posml", "application/x-perfmon"],
      pmr: "application/x-perfmon",
      pmw: "application/x-perfmon",
      png: "image/png",
      pnm: ["application/x-portable-anymap", "image/x-portable-anymap"],
      portpkg: "application/vnd.macports.portpkg",
      pot: ["application/vnd.ms-powerpoint", "application/mspowerpoint"],
      potm: "application/vnd.ms-powerpoint.template.macroenabled.12",
      potx: "application/vnd.openxmlformats-officedocument.presentationml.template",
      pov: "model/x-pov",
      ppa: "application/vnd.ms-powerpoint",
      ppam: "application/vnd.ms-powerpoint.addin.macroenabled.12",
      ppd: "application/vnd.cups-ppd",
      ppm: "image/x-portable-pixmap",
      pps: ["application/vnd.ms-powerpoint", "application/mspowerpoint"],
      ppsm: "application/vnd.ms-powerpoint.slideshow.macroenabled.12",
      ppsx: "application/vnd.openxmlformats-officedocument.presentationml.slideshow",
      ppt: ["application/vnd.ms-powerpoint", "application/mspowerpoint", "application/powerpoint", "application/x-mspowerpoint"],
      pptm: "application/vnd.ms-powerpoint.presentation.macroenabled.12",
      pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      ppz: "application/mspowerpoint",
      prc: "application/x-mobipocket-ebook",
      pre: ["application/vnd.lotus-freelance", "application/x-freelance"],
      prf: "application/pics-rules",
      prt: "application/pro_eng",
      ps: "application/postscript",
      psb: "application/vnd.3gpp.pic-bw-small",
      psd: ["application/octet-stream", "image/vnd.adobe.photoshop"],
      psf: "application/x-font-linux-psf",
      pskcxml: "application/pskc+xml",
      ptid: "application/vnd.pvi.ptid1",
      pub: "application/x-mspublisher",
      pvb: "application/vnd.3gpp.pic-bw-var",
      pvu: "paleovu/x-pv",
      pwn: "application/vnd.3m.post-it-notes",
      pwz: "application/vnd.ms-powerpoint",
      py: "text/x-script.phyton",
      pya: "audio/vnd.ms-playready.media.pya",
      pyc: "application/x-bytecode.python",
      pyv: "video/vnd.ms-playready.media.pyv",
      qam: "application/vnd.epson.quickanime",
      qbo: "application/vnd.intu.qbo",
      qcp: "audio/vnd.qcelp",
      qd3: "x-world/x-3dmf",
      qd3d: "x-world/x-3dmf",
      qfx: "application/vnd.intu.qfx",
      qif: "image/x-quicktime",
      qps: "application/vnd.publishare-delta-tree",
      qt: "video/quicktime",
      qtc: "video/x-qtc",
      qti: "image/x-quicktime",
      qtif: "image/x-quicktime",
      qxd: "application/vnd.quark.quarkxpress",
      ra: ["audio/x-realaudio", "audio/x-pn-realaudio", "audio/x-pn-realaudio-plugin"],
      ram: "audio/x-pn-realaudio",
      rar: "application/x-rar-compressed",
      ras: ["image/cmu-raster", "application/x-cmu-raster", "image/x-cmu-raster"],
      rast: "image/cmu-raster",
      rcprofile: "application/vnd.ipunplugged.rcprofile",
      rdf: "application/rdf+xml",
      rdz: "application/vnd.data-vision.rdz",
      rep: "application/vnd.businessobjects",
      res: "application/x-dtbresource+xml",
      rexx: "text/x-script.rexx",
      rf: "image/vnd.rn-realflash",
      rgb: "image/x-rgb",
      rif: "application/reginfo+xml",
      rip: "audio/vnd.rip",
      rl: "application/resource-lists+xml",
      rlc: "image/vnd.fujixerox.edmics-rlc",
      rld: "application/resource-lists-diff+xml",
      rm: ["application/vnd.rn-realmedia", "audio/x-pn-realaudio"],
      rmi: "audio/mid",
      rmm: "audio/x-pn-realaudio",
      rmp: ["audio/x-pn-realaudio-plugin", "audio/x-pn-realaudio"],
      rms: "application/vnd.jcp.javame.midlet-rms",
      rnc: "application/relax-ng-compact-syntax",
      rng: ["application/ringing-tones", "application/vnd.nokia.ringing-tone"],
      rnx: "application/vnd.rn-realplayer",
      roff: "application/x-troff",
      rp: "image/vnd.rn-realpix",
      rp9: "application/vnd.cloanto.rp9",
      rpm: "audio/x-pn-realaudio-plugin",
      rpss: "application/vnd.nokia.radio-presets",
      rpst: "application/vnd.nokia.radio-preset",
      rq: "application/sparql-query",
      rs: "application/rls-services+xml",
      rsd: "application/rsd+xml",
      rt: ["text/richtext", "text/vnd.rn-realtext"],
      rtf: ["application/rtf", "text/richtext", "application/x-rtf"],
      rtx: ["text/richtext", "application/rtf"],
      rv: "video/vnd.rn-realvideo",
      s: "text/x-asm",
      s3m: "audio/s3m",
      saf: "application/vnd.yamaha.smaf-audio",
      saveme: "application/octet-stream",
      sbk: "application/x-tbook",
      sbml: "application/sbml+xml",
      sc: "application/vnd.ibm.secure-container",
      scd: "application/x-msschedule",
      scm: ["application/vnd.lotus-screencam", "video/x-scm", "text/x-script.guile", "application/x-lotusscreencam", "text/x-script.scheme"],
      scq: "application/scvp-cv-request",
      scs: "application/scvp-cv-response",
      sct: "text/scriptlet",
      scurl: "text/vnd.curl.scurl",
      sda: "application/vnd.stardivision.draw",
      sdc: "application/vnd.stardivision.calc",
      sdd: "application/vnd.stardivision.impress",
      sdkm: "application/vnd.solent.sdkm+xml",
      sdml: "text/plain",
      sdp: ["application/sdp", "application/x-sdp"],
      sdr: "application/sounder",
      sdw: "application/vnd.stardivision.writer",
      sea: ["application/sea", "application/x-sea"],
      see: "application/vnd.seemail",
      seed: "application/vnd.fdsn.seed",
      sema: "application/vnd.sema",
      semd: "application/vnd.semd",
      semf: "application/vnd.semf",
      ser: "application/java-serialized-object",
      set: "application/set",
      setpay: "application/set-payment-initiation",
      setreg: "application/set-registration-initiation",
      "sfd-hdstx": "application/vnd.hydrostatix.sof-data",
      sfs: "application/vnd.spotfire.sfs",
      sgl: "application/vnd.stardivision.writer-global",
      sgm: ["text/sgml", "text/x-sgml"],
      sgml: ["text/sgml", "text/x-sgml"],
      sh: ["application/x-shar", "application/x-bsh", "application/x-sh", "text/x-script.sh"],
      shar: ["application/x-bsh", "application/x-shar"],
      shf: "application/shf+xml",
      shtml: ["text/html", "text/x-server-parsed-html"],
      sid: "audio/x-psid",
      sis: "application/vnd.symbian.install",
      sit: ["application/x-stuffit", "application/x-sit"],
      sitx: "application/x-stuffitx",
      skd: "application/x-koan",
      skm: "application/x-koan",
      skp: ["application/vnd.koan", "application/x-koan"],
      skt: "application/x-koan",
      sl: "application/x-seelogo",
      sldm: "application/vnd.ms-powerpoint.slide.macroenabled.12",
      sldx: "application/vnd.openxmlformats-officedocument.presentationml.slide",
      slt: "application/vnd.epson.salt",
      sm: "application/vnd.stepmania.stepchart",
      smf: "application/vnd.stardivision.math",
      smi: ["application/smil", "application/smil+xml"],
      smil: "application/smil",
      snd: ["audio/basic", "audio/x-adpcm"],
      snf: "application/x-font-snf",
      sol: "application/solids",
      spc: ["text/x-speech", "application/x-pkcs7-certificates"],
      spf: "application/vnd.yamaha.smaf-phrase",
      spl: ["application/futuresplash", "application/x-futuresplash"],
      spot: "text/vnd.in3d.spot",
      spp: "application/scvp-vp-response",
      spq: "application/scvp-vp-request",
      spr: "application/x-sprite",
      sprite: "application/x-sprite",
      src: "application/x-wais-source",
      sru: "application/sru+xml",
      srx: "application/sparql-results+xml",
      sse: "application/vnd.kodak-descriptor",
      ssf: "application/vnd.epson.ssf",
      ssi: "text/x-server-parsed-html",
      ssm: "application/streamingmedia",
      ssml: "application/ssml+xml",
      sst: ["application/vnd.ms-pkicertstore", "application/vnd.ms-pki.certstore"],
      st: "application/vnd.sailingtracker.track",
      stc: "application/vnd.sun.xml.calc.template",
      std: "application/vnd.sun.xml.draw.template",
      step: "application/step",
      stf: "application/vnd.wt.stf",
      sti: "application/vnd.sun.xml.impress.template",
      stk: "application/hyperstudio",
      stl: ["application/vnd.ms-pkistl", "application/sla", "application/vnd.ms-pki.stl", "application/x-navistyle"],
      stm: "text/html",
      stp: "application/step",
      str: "application/vnd.pg.format",
      stw: "application/vnd.sun.xml.writer.template",
      sub: "image/vnd.dvb.subtitle",
      sus: "application/vnd.sus-calendar",
      sv4cpio: "application/x-sv4cpio",
      sv4crc: "application/x-sv4crc",
      svc: "application/vnd.dvb.service",
      svd: "application/vnd.svd",
      svf: ["image/vnd.dwg", "image/x-dwg"],
      svg: "image/svg+xml",
      svr: ["x-world/x-svr", "application/x-world"],
      swf: "application/x-shockwave-flash",
      swi: "application/vnd.aristanetworks.swi",
      sxc: "application/vnd.sun.xml.calc",
      sxd: "application/vnd.sun.xml.draw",
      sxg: "application/vnd.sun.xml.writer.global",
      sxi: "application/vnd.sun.xml.impress",
      sxm: "application/vnd.sun.xml.math",
      sxw: "application/vnd.sun.xml.writer",
      t: ["text/troff", "application/x-troff"],
      talk: "text/x-speech",
      tao: "application/vnd.tao.intent-module-archive",
      tar: "application/x-tar",
      tbk: ["application/toolbook", "application/x-tbook"],
      tcap: "application/vnd.3gpp2.tcap",
      tcl: ["text/x-script.tcl", "application/x-tcl"],
      tcsh: "text/x-script.tcsh",
      teacher: "application/vnd.smart.teacher",
      tei: "application/tei+xml",
      tex: "application/x-tex",
      texi: "application/x-texinfo",
      texinfo: "application/x-texinfo",
      text: ["application/plain", "text/plain"],
      tfi: "application/thraud+xml",
      tfm: "application/x-tex-tfm",
      tgz: ["application/gnutar", "application/x-compressed"],
      thmx: "application/vnd.ms-officetheme",
      tif: ["image/tiff", "image/x-tiff"],
      tiff: ["image/tiff", "image/x-tiff"],
      tmo: "application/vnd.tmobile-livetv",
      torrent: "application/x-bittorrent",
      tpl: "application/vnd.groove-tool-template",
      tpt: "application/vnd.trid.tpt",
      tr: "application/x-troff",
      tra: "application/vnd.trueapp",
      trm: "application/x-msterminal",
      tsd: "application/timestamped-data",
      tsi: "audio/tsp-audio",
      tsp: ["application/dsptype", "audio/tsplayer"],
      tsv: "text/tab-separated-values",
      ttf: "application/x-font-ttf",
      ttl: "text/turtle",
      turbot: "image/florian",
      twd: "application/vnd.simtech-mindmapper",
      txd: "application/vnd.genomatix.tuxedo",
      txf: "application/vnd.mobius.txf",
      txt: "text/plain",
      ufd: "application/vnd.ufdl",
      uil: "text/x-uil",
      uls: "text/iuls",
      umj: "application/vnd.umajin",
      uni: "text/uri-list",
      unis: "text/uri-list",
      unityweb: "application/vnd.unity",
      unv: "application/i-deas",
      uoml: "application/vnd.uoml+xml",
      uri: "text/uri-list",
      uris: "text/uri-list",
      ustar: ["application/x-ustar", "multipart/x-ustar"],
      utz: "application/vnd.uiq.theme",
      uu: ["application/octet-stream", "text/x-uuencode"],
      uue: "text/x-uuencode",
      uva: "audio/vnd.dece.audio",
      uvh: "video/vnd.dece.hd",
      uvi: "image/vnd.dece.graphic",
      uvm: "video/vnd.dece.mobile",
      uvp: "video/vnd.dece.pd",
      uvs: "video/vnd.dece.sd",
      uvu: "video/vnd.uvvu.mp4",
      uvv: "video/vnd.dece.video",
      vcd: "application/x-cdlink",
      vcf: "text/x-vcard",
      vcg: "application/vnd.groove-vcard",
      vcs: "text/x-vcalendar",
      vcx: "application/vnd.vcx",
      vda: "application/vda",
      vdo: "video/vdo",
      vew: "application/groupwise",
      vis: "application/vnd.visionary",
      viv: ["video/vivo", "video/vnd.vivo"],
      vivo: ["video/vivo", "video/vnd.vivo"],
      vmd: "application/vocaltec-media-desc",
      vmf: "application/vocaltec-media-file",
      voc: ["audio/voc", "audio/x-voc"],
      vos: "video/vosaic",
      vox: "audio/voxware",
      vqe: "audio/x-twinvq-plugin",
      vqf: "audio/x-twinvq",
      vql: "audio/x-twinvq-plugin",
      vrml: ["model/vrml", "x-world/x-vrml", "application/x-vrml"],
      vrt: "x-world/x-vrt",
      vsd: ["application/vnd.visio", "application/x-visio"],
      vsf: "application/vnd.vsf",
      vst: "application/x-visio",
      vsw: "application/x-visio",
      vtu: "model/vnd.vtu",
      vxml: "application/voicexml+xml",
      w60: "application/wordperfect6.0",
      w61: "application/wordperfect6.1",
      w6w: "application/msword",
      wad: "application/x-doom",
      wasm: "application/wasm",
      wav: ["audio/wav", "audio/x-wav"],
      wax: "audio/x-ms-wax",
      wb1: "application/x-qpro",
      wbmp: "image/vnd.wap.wbmp",
      wbs: "application/vnd.criticaltools.wbs+xml",
      wbxml: "application/vnd.wap.wbxml",
      wcm: "application/vnd.ms-works",
      wdb: "application/vnd.ms-works",
      web: "application/vnd.xara",
      weba: "audio/webm",
      webm: "video/webm",
      webp: "image/webp",
      wg: "application/vnd.pmi.widget",
      wgt: "application/widget",
      wiz: "application/msword",
      wk1: "application/x-123",
      wks: "application/vnd.ms-works",
      wm: "video/x-ms-wm",
      wma: "audio/x-ms-wma",
      wmd: "application/x-ms-wmd",
      wmf: ["windows/metafile", "application/x-msmetafile"],
      wml: "text/vnd.wap.wml",
      wmlc: "application/vnd.wap.wmlc",
      wmls: "text/vnd.wap.wmlscript",
      wmlsc: "application/vnd.wap.wmlscriptc",
      wmv: "video/x-ms-wmv",
      wmx: "video/x-ms-wmx",
      wmz: "application/x-ms-wmz",
      woff: "application/x-font-woff",
      woff2: "font/woff2",
      word: "application/msword",
      wp: "application/wordperfect",
      wp5: ["application/wordperfect", "application/wordperfect6.0"],
      wp6: "application/wordperfect",
      wpd: ["application/wordperfect", "application/vnd.wordperfect", "application/x-wpwin"],
      wpl: "application/vnd.ms-wpl",
      wps: "application/vnd.ms-works",
      wq1: "application/x-lotus",
      wqd: "application/vnd.wqd",
      wri: ["application/mswrite", "application/x-wri", "application/x-mswrite"],
      wrl: ["model/vrml", "x-world/x-vrml", "application/x-world"],
      wrz: ["model/vrml", "x-world/x-vrml"],
      wsc: "text/scriplet",
      wsdl: "application/wsdl+xml",
      wspolicy: "application/wspolicy+xml",
      wsrc: "application/x-wais-source",
      wtb: "application/vnd.webturbo",
      wtk: "application/x-wintalk",
      wvx: "video/x-ms-wvx",
      "x-png": "image/png",
      x3d: "application/vnd.hzn-3d-crossword",
      xaf: "x-world/x-vrml",
      xap: "application/x-silverlight-app",
      xar: "application/vnd.xara",
      xbap: "application/x-ms-xbap",
      xbd: "application/vnd.fujixerox.docuworks.binder",
      xbm: ["image/xbm", "image/x-xbm", "image/x-xbitmap"],
      xdf: "application/xcap-diff+xml",
      xdm: "application/vnd.syncml.dm+xml",
      xdp: "application/vnd.adobe.xdp+xml",
      xdr: "video/x-amt-demorun",
      xdssc: "application/dssc+xml",
      xdw: "application/vnd.fujixerox.docuworks",
      xenc: "application/xenc+xml",
      xer: "application/patch-ops-error+xml",
      xfdf: "application/vnd.adobe.xfdf",
      xfdl: "application/vnd.xfdl",
      xgz: "xgl/drawing",
      xhtml: "application/xhtml+xml",
      xif: "image/vnd.xiff",
      xl: "application/excel",
      xla: ["application/vnd.ms-excel", "application/excel", "application/x-msexcel", "application/x-excel"],
      xlam: "application/vnd.ms-excel.addin.macroenabled.12",
      xlb: ["application/excel", "application/vnd.ms-excel", "application/x-excel"],
      xlc: ["application/vnd.ms-excel", "application/excel", "application/x-excel"],
      xld: ["application/excel", "application/x-excel"],
      xlk: ["application/excel", "application/x-excel"],
      xll: ["application/excel", "application/vnd.ms-excel", "application/x-excel"],
      xlm: ["application/vnd.ms-excel", "application/excel", "application/x-excel"],
      xls: ["application/vnd.ms-excel", "application/excel", "application/x-msexcel", "application/x-excel"],
      xlsb: "application/vnd.ms-excel.sheet.binary.macroenabled.12",
      xlsm: "application/vnd.ms-excel.sheet.macroenabled.12",
      xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      xlt: ["application/vnd.ms-excel", "application/excel", "application/x-excel"],
      xltm: "application/vnd.ms-excel.template.macroenabled.12",
      xltx: "application/vnd.openxmlformats-officedocument.spreadsheetml.template",
      xlv: ["application/excel", "application/x-excel"],
      xlw: ["application/vnd.ms-excel", "application/excel", "application/x-msexcel", "application/x-excel"],
      xm: "audio/xm",
      xml: ["application/xml", "text/xml", "application/atom+xml", "application/rss+xml"],
      xmz: "xgl/movie",
      xo: "application/vnd.olpc-sugar",
      xof: "x-world/x-vrml",
      xop: "application/xop+xml",
      xpi: "application/x-xpinstall",
      xpix: "application/x-vnd.ls-xpix",
      xpm: ["image/xpm", "image/x-xpixmap"],
      xpr: "application/vnd.is-xpr",
      xps: "application/vnd.ms-xpsdocument",
      xpw: "application/vnd.intercon.formnet",
      xslt: "application/xslt+xml",
      xsm: "application/vnd.syncml+xml",
      xspf: "application/xspf+xml",
      xsr: "video/x-amt-showrun",
      xul: "application/vnd.mozilla.xul+xml",
      xwd: ["image/x-xwd", "image/x-xwindowdump"],
      xyz: ["chemical/x-xyz", "chemical/x-pdb"],
      yaml: "application/yaml",
      yang: "application/yang",
      yin: "application/yin+xml",
      yml: "application/yaml",
      z: ["application/x-compressed", "application/x-compress"],
      zaz: "application/vnd.zzazz.deck+xml",
      zip: ["application/zip", "multipart/x-zip", "application/x-zip-compressed", "application/x-compressed"],
      zir: "application/vnd.zul",
      zmm: "application/vnd.handheld-entertainment+xml",
      zoo: "application/octet-stream",
      zsh: "text/x-script.zsh"
    };
    exports.default = { list: exports.list, extensions: exports.extensions };
    Object.defineProperty(exports, "default", { value: exports, enumerable: false, writable: true, configurable: true });
  }
});

// node_modules/mailparser/node_modules/libmime/dist/cjs/libmime.js
var require_libmime = __commonJS({
  "node_modules/mailparser/node_modules/libmime/dist/cjs/libmime.js"(exports, module) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Libmime = void 0;
    var node_buffer_1 = __require("node:buffer");
    var libbase64_1 = __importDefault(require_libbase64());
    var libqp_1 = __importDefault(require_libqp());
    var libcharset = __importStar(require_charset());
    var mimetypes = __importStar(require_mimetypes());
    var STAGE_KEY2 = 4097;
    var STAGE_VALUE2 = 4098;
    var findCommentEnd2 = (str, start) => {
      let depth = 0;
      for (let i = start, len = str.length; i < len; i++) {
        let chr = str.charAt(i);
        if (chr === "\\") {
          i++;
        } else if (chr === "(") {
          depth++;
        } else if (chr === ")" && --depth === 0) {
          return i;
        }
      }
      return -1;
    };
    var setOwnProperty2 = (obj, key, value) => {
      if (key === "__proto__") {
        Object.defineProperty(obj, key, {
          value,
          writable: true,
          enumerable: true,
          configurable: true
        });
      } else {
        obj[key] = value;
      }
    };
    var PROTOTYPE_KEYS2 = new Set(Object.getOwnPropertyNames(Object.prototype));
    var isWSP2 = (chr) => chr === " " || chr === "	" || chr === "\r" || chr === "\n" || chr === "\f" || chr === "\v";
    var Libmime2 = class {
      constructor(config) {
        this.config = config || {};
      }
      /**
       * Checks if a value is plaintext string (uses only printable 7bit chars)
       *
       * When isParam is set the value is destined for a header parameter, so HT, CR and LF
       * are not plaintext either: a header parameter has no way to carry them. HT is a valid
       * fold point, so folding and unfolding a header would rewrite it as a space, and CR/LF
       * cannot appear in a header value at all. DEL is neither a token character nor qtext,
       * so it can not be carried bare or quoted. Such values have to go through the rfc2231
       * parameter continuation encoding instead, the same way non-ASCII text does.
       *
       * @param {String} value String to be tested
       * @param {Boolean} [isParam] Set to true if the value is a header parameter value
       * @returns {Boolean} true if it is a plaintext string
       */
      isPlainText(value, isParam) {
        let re = isParam ? /[\x00-\x1f\x7f\u0080-\uFFFF]/ : /[\x00-\x08\x0b\x0c\x0e-\x1f\u0080-\uFFFF]/;
        return typeof value === "string" && !re.test(value);
      }
      // A parameter value goes out as is only when it is plain text that does not look like an encoded
      // word. Receivers decode encoded words found in parameter values (and libmime itself does so for
      // unencoded continuations), so as plain text it would come back as something else
      isPlainParamValue(value) {
        return this.isPlainText(value, true) && !value.includes("=?");
      }
      /**
       * Checks if a multi line string containes lines longer than the selected value.
       *
       * Useful when detecting if a mail message needs any processing at all:
       * if only plaintext characters are used and lines are short, then there is
       * no need to encode the values in any way. If the value is plaintext but has
       * longer lines then allowed, then use format=flowed
       *
       * @param {String} str String to be tested
       * @param {Number} lineLength Max line length to check for
       * @returns {Boolean} Returns true if there is at least one line longer than lineLength chars
       */
      hasLongerLines(str, lineLength) {
        return new RegExp("^.{" + (lineLength + 1) + ",}", "m").test(str);
      }
      /**
       * Decodes a string from a format=flowed soft wrapping.
       *
       * @param {String} str Plaintext string with format=flowed to decode
       * @param {Boolean} [delSp] If true, delete leading spaces (delsp=yes)
       * @return {String} Mime decoded string
       */
      decodeFlowed(input, delSp) {
        let str = (input || "").toString();
        let lines = str.split(/\r?\n/);
        let result = [];
        let parts = [], partsLength = 0, depth = 0, prefix = "";
        let pushPart = (part) => {
          if (part) {
            parts.push(part);
            partsLength += part.length;
          }
        };
        for (let i = 0; i < lines.length; i++) {
          let line = lines[i];
          let lineDepth = 0;
          while (line.charCodeAt(lineDepth) === 62) {
            lineDepth++;
          }
          let prefixLength = lineDepth && line.charCodeAt(lineDepth) === 32 ? lineDepth + 1 : lineDepth;
          let content = line.slice(prefixLength);
          let last = parts.length ? parts[parts.length - 1] : "";
          let isSoftBreak = lineDepth === depth && last.endsWith(" ") && !(partsLength === 3 && parts.join("") === "-- ");
          if (isSoftBreak) {
            if (delSp) {
              parts.pop();
              partsLength -= last.length;
              pushPart(last.slice(0, -1));
              pushPart(content);
            } else {
              pushPart(lineDepth ? content : content.replace(/^ /, ""));
            }
          } else {
            if (i > 0) {
              result.push(prefix + parts.join(""));
            }
            parts = [];
            partsLength = 0;
            depth = lineDepth;
            prefix = line.slice(0, prefixLength);
            pushPart(content);
          }
        }
        if (partsLength || prefix) {
          result.push(prefix + parts.join(""));
        }
        return result.join("\n").replace(/^ /gm, "");
      }
      /**
       * Adds soft line breaks to content marked with format=flowed to
       * ensure that no line in the message is never longer than lineLength
       *
       * @param {String} str Plaintext string that requires wrapping
       * @param {Number} [lineLength=76] Maximum length of a line
       * @return {String} String with forced line breaks
       */
      encodeFlowed(str, lineLength) {
        lineLength = lineLength || 76;
        let stuff = (line) => line.replace(/^( |From|>)/i, " $1");
        let flowed = [];
        str.split(/\r?\n/).forEach((line) => {
          if (line !== "-- ") {
            line = line.replace(/ +$/, "");
          }
          let folded = this.foldLines(stuff(line), lineLength, true).split("\r\n");
          for (let i = 1; i < folded.length; i++) {
            folded[i] = stuff(folded[i]);
          }
          flowed.push(folded.join("\r\n"));
        });
        return flowed.join("\r\n");
      }
      /**
       * Encodes a string or an Buffer to an UTF-8 MIME Word (rfc2047)
       *
       * @param {String|Buffer} data String to be encoded
       * @param {String} mimeWordEncoding='Q' Encoding for the mime word, either Q or B
       * @param {Number} [maxLength=0] If set, split mime words into several chunks if needed
       * @return {String} Single or several mime words joined together
       */
      encodeWord(data, mimeWordEncoding, maxLength) {
        mimeWordEncoding = (mimeWordEncoding || "Q").toString().toUpperCase().trim().charAt(0);
        maxLength = maxLength || 0;
        let encodedStr = "";
        let toCharset = "UTF-8";
        if (maxLength && maxLength > 7 + toCharset.length) {
          maxLength -= 7 + toCharset.length;
        }
        if (mimeWordEncoding === "Q") {
          encodedStr = libqp_1.default.encode(data).replace(/[^a-z0-9!*+\-/=]/gi, (chr) => {
            let ord = chr.charCodeAt(0).toString(16).toUpperCase();
            if (chr === " ") {
              return "_";
            } else {
              return "=" + (ord.length === 1 ? "0" + ord : ord);
            }
          });
        } else if (mimeWordEncoding === "B") {
          encodedStr = typeof data === "string" ? data : data.toString("utf-8");
          maxLength = maxLength ? Math.max(3, (maxLength - maxLength % 4) / 4 * 3) : 0;
        }
        if (maxLength && (mimeWordEncoding !== "B" ? encodedStr : libbase64_1.default.encode(data)).length > maxLength) {
          if (mimeWordEncoding === "Q") {
            encodedStr = this.splitMimeEncodedString(encodedStr, maxLength).join("?= =?" + toCharset + "?" + mimeWordEncoding + "?");
          } else {
            let parts = [];
            let lpart = "";
            for (let chr of encodedStr) {
              if (node_buffer_1.Buffer.byteLength(lpart + chr) <= maxLength || !lpart) {
                lpart += chr;
              } else {
                parts.push(libbase64_1.default.encode(lpart));
                lpart = chr;
              }
            }
            if (lpart) {
              parts.push(libbase64_1.default.encode(lpart));
            }
            if (parts.length > 1) {
              encodedStr = parts.join("?= =?" + toCharset + "?" + mimeWordEncoding + "?");
            } else {
              encodedStr = parts.join("");
            }
          }
        } else if (mimeWordEncoding === "B") {
          encodedStr = libbase64_1.default.encode(data);
        }
        return "=?" + toCharset + "?" + mimeWordEncoding + "?" + encodedStr + (encodedStr.slice(-2) === "?=" ? "" : "?=");
      }
      /**
       * Normalizes a charset name to its canonical form, resolving common aliases and
       * invalid names. For example `iso-8859-8-i` and `iso-8859-8-e` become `ISO-8859-8`
       * and `win-1257` becomes `windows-1257`. Unknown charsets are returned uppercased.
       * Missing or non-string input defaults to `UTF-8`.
       *
       * @param {String} charset Charset name to normalize
       * @return {String} Canonical charset name
       */
      normalizeCharset(charset) {
        return libcharset.normalizeCharset(charset);
      }
      /**
       * Creates a Transform stream that decodes a body in the given charset into UTF-8 Buffers,
       * resolving the charset name and handling the Japanese charsets the same way header
       * decoding does. An unknown or refused charset (UTF-7, base64, hex) is decoded as UTF-8,
       * and the stream says so with `supported` set to false.
       *
       * @param {String} [charset='UTF-8'] Charset the input is encoded in
       * @return {DecodeStream} Transform stream with `charset` and `supported` properties
       */
      createDecodeStream(charset) {
        return libcharset.createDecodeStream(charset);
      }
      /**
       * Decodes the inner payload of a single mime encoded-word into a unicode string.
       * Expects the three components of `=?charset?encoding?text?=` already separated.
       *
       * @param {String} charset Charset name from the encoded-word (may include an RFC 2231 language tag, which is ignored)
       * @param {String} encoding Encoding indicator, either 'Q' or 'B' (case insensitive)
       * @param {String} str Encoded payload between the second `?` and the trailing `?=`
       * @return {String} Decoded unicode string
       */
      decodeWord(charset, encoding, str) {
        let splitPos = charset.indexOf("*");
        if (splitPos >= 0) {
          charset = charset.substring(0, splitPos);
        }
        charset = libcharset.normalizeCharset(charset);
        encoding = encoding.toUpperCase();
        let decoded;
        if (encoding === "Q") {
          str = str.replace(/=\s+([0-9a-fA-F])/g, "=$1").replace(/[_\s]/g, " ");
          let buf = node_buffer_1.Buffer.from(str);
          let bytes = [];
          for (let i = 0, len = buf.length; i < len; i++) {
            let c = buf[i];
            if (i <= len - 2 && c === 61) {
              let c1 = this.getHex(buf[i + 1]);
              let c2 = this.getHex(buf[i + 2]);
              if (c1 && c2) {
                let c3 = parseInt(c1 + c2, 16);
                bytes.push(c3);
                i += 2;
                continue;
              }
            }
            bytes.push(c);
          }
          decoded = node_buffer_1.Buffer.from(bytes);
        } else if (encoding === "B") {
          decoded = libbase64_1.default.decode(str);
        } else {
          decoded = node_buffer_1.Buffer.from(str);
        }
        return libcharset.decode(decoded, charset);
      }
      /**
       * Finds word sequences with non ascii text and converts these to mime words
       *
       * @param {String|Buffer} data String to be encoded
       * @param {String} mimeWordEncoding='Q' Encoding for the mime word, either Q or B
       * @param {Number} [maxLength=0] If set, split mime words into several chunks if needed
       * @param {String} [fromCharset='UTF-8'] Source character set
       * @return {String} String with possible mime words
       */
      encodeWords(data, mimeWordEncoding, maxLength, fromCharset) {
        if (!fromCharset && typeof maxLength === "string" && !maxLength.match(/^[0-9]+$/)) {
          fromCharset = maxLength;
          maxLength = void 0;
        }
        let maxLineLength = Number(maxLength) || 0;
        let decodedValue = libcharset.decode(libcharset.convert(data || "", fromCharset));
        let encodedValue;
        let firstMatch = decodedValue.match(/(?:^|\s)([^\s]*[\u0080-\uFFFF])/);
        if (!firstMatch) {
          return decodedValue;
        }
        let startIndex = firstMatch.index + (firstMatch[0].match(/[^\s]/) || {
          index: 0
        }).index;
        let lastIndex = decodedValue.length - 1;
        while (lastIndex >= 0 && decodedValue.charCodeAt(lastIndex) < 128) {
          lastIndex--;
        }
        let wordEnd = decodedValue.slice(lastIndex + 1).search(/\s/);
        let endIndex = wordEnd < 0 ? decodedValue.length : lastIndex + 1 + wordEnd;
        encodedValue = (startIndex ? decodedValue.substring(0, startIndex) : "") + this.encodeWord(decodedValue.substring(startIndex, endIndex), mimeWordEncoding || "Q", maxLineLength) + (endIndex < decodedValue.length ? decodedValue.slice(endIndex) : "");
        return encodedValue;
      }
      /**
       * Decode a string that might include one or several mime words
       *
       * @param {String} str String including some mime words that will be decoded
       * @return {String} Decoded unicode string
       */
      decodeWords(str) {
        return (str || "").toString().replace(/(=\?([^?]+)\?[Bb]\?[^?]*\?=)\s*(?==\?([^?]+)\?[Bb]\?[^?]*\?=)/g, (match2, left2, chLeft, chRight) => {
          if (libcharset.normalizeCharset(chLeft || "") === libcharset.normalizeCharset(chRight || "")) {
            return left2 + "__\0JOIN\0__";
          }
          return match2;
        }).replace(/(=\?([^?]+)\?[Qq]\?[^?]*\?=)\s*(?==\?([^?]+)\?[Qq]\?[^?]*\?=)/g, (match2, left2, chLeft, chRight) => {
          if (libcharset.normalizeCharset(chLeft || "") === libcharset.normalizeCharset(chRight || "")) {
            return left2 + "__\0JOIN\0__";
          }
          return match2;
        }).replace(/(\?=)?__\x00JOIN\x00__(=\?([^?]+)\?[QqBb]\?)?/g, "").replace(/(=\?[^?]+\?[QqBb]\?[^?]*\?=)\s+(?==\?[^?]+\?[QqBb]\?[^?]*\?=)/g, "$1").replace(/=\?([\w_\-*]+)\?([QqBb])\?([^?]*)\?=/g, (_m, charset, encoding, text) => this.decodeWord(charset, encoding, text));
      }
      getHex(c) {
        if (c !== void 0 && (c >= 48 && c <= 57 || c >= 97 && c <= 102 || c >= 65 && c <= 70)) {
          return String.fromCharCode(c);
        }
        return false;
      }
      /**
       * Splits a string by :
       * The result is not mime word decoded, you need to do your own decoding based
       * on the rules for the specific header key
       *
       * @param {String} headerLine Single header line, might include linebreaks as well if folded
       * @return {Object} An object of {key, value}
       */
      decodeHeader(headerLine) {
        let line = (headerLine || "").toString().replace(/(?:\r?\n|\r)[ \t]*/g, " ").trim(), match2 = line.match(/^\s*([^:]+):(.*)$/), key = (match2 && match2[1] || "").trim().toLowerCase(), value = (match2 && match2[2] || "").trim();
        return {
          key,
          value
        };
      }
      /**
       * Parses a block of header lines. Does not decode mime words as every
       * header might have its own rules (eg. formatted email addresses and such)
       *
       * @param {String} headers Headers string
       * @param {Object} [options] Options
       * @param {Boolean} [options.skipPrototypeKeys] Leave out headers named like an Object.prototype member, eg. `__proto__` and `constructor`
       * @return {Object} An object of headers, where header keys are object keys and every value is an Array of the values for that key
       */
      decodeHeaders(headers, options) {
        let lines = headers.split(/\r?\n|\r/), headersObj = {}, header, i, len;
        let headersPos = 0;
        while (headersPos < lines.length && lines[headersPos] === "") {
          headersPos++;
        }
        let bodyPos = lines.indexOf("", headersPos);
        lines = lines.slice(headersPos, bodyPos >= 0 ? bodyPos : lines.length);
        let unfolded = [];
        for (i = 0, len = lines.length; i < len; i++) {
          if (unfolded.length && /^[ \t]/.test(lines[i])) {
            unfolded[unfolded.length - 1] += "\r\n" + lines[i];
          } else {
            unfolded.push(lines[i]);
          }
        }
        lines = unfolded;
        for (i = 0, len = lines.length; i < len; i++) {
          header = this.decodeHeader(lines[i]);
          if (options?.skipPrototypeKeys && PROTOTYPE_KEYS2.has(header.key)) {
            continue;
          }
          if (!Object.hasOwn(headersObj, header.key)) {
            setOwnProperty2(headersObj, header.key, [header.value]);
          } else {
            headersObj[header.key].push(header.value);
          }
        }
        return headersObj;
      }
      /**
       * Joins parsed header value together as 'value; param1=value1; param2=value2'
       * PS: We are following RFC 822 for the list of special characters that we need to keep in quotes.
       *      Refer: https://www.w3.org/Protocols/rfc1341/4_Content-Type.html
       * @param {Object} structured Parsed header value
       * @return {String} joined header value
       */
      buildHeaderValue(structured) {
        let paramsArray = [];
        let params = structured.params || {};
        Object.keys(params).forEach((key) => {
          let value2 = params[key];
          let param = key.replace(/[\x00-\x1f\x7f]/g, "");
          if (!this.isPlainParamValue(value2) || value2.length >= 75) {
            this.buildHeaderParam(param, value2, 50).forEach((encodedParam) => {
              if (!/[\s"\\;:/=(),<>@[\]?]|^[-']|'$/.test(encodedParam.value) || encodedParam.key.endsWith("*")) {
                paramsArray.push(encodedParam.key + "=" + encodedParam.value);
              } else {
                paramsArray.push(encodedParam.key + "=" + JSON.stringify(encodedParam.value));
              }
            });
          } else if (!value2.length || /[\s'"\\;:/=(),<>@[\]?]|^-/.test(value2)) {
            paramsArray.push(param + "=" + JSON.stringify(value2));
          } else {
            paramsArray.push(param + "=" + value2);
          }
        });
        let value = typeof structured.value === "string" ? structured.value.replace(/[\x00-\x1f\x7f]/g, "") : structured.value;
        return value + (paramsArray.length ? "; " + paramsArray.join("; ") : "");
      }
      /**
       * Parses a header value with key=value arguments into a structured
       * object.
       *
       *   parseHeaderValue('text/plain; CHARSET=UTF-8') ->
       *   {
       *     'value': 'text/plain',
       *     'params': {
       *       'charset': 'UTF-8'
       *     }
       *   }
       *
       * The result also carries a non-enumerable `decodedParams` array that names the params
       * assembled from rfc2231 segments (title*=, title*0*=, title*0=). Those values are already
       * decoded, so a caller that runs decodeWords() over the params has to leave them out
       *
       * @param {String} str Header value
       * @param {Object} [options] Options, see ParseHeaderValueOptions
       * @return {Object} Header value as a parsed structure
       */
      parseHeaderValue(str, options) {
        let stripComments = !!options?.stripComments;
        let response = {
          value: "",
          params: {}
        };
        Object.defineProperty(response, "decodedParams", {
          value: [],
          writable: true,
          enumerable: false,
          configurable: true
        });
        let key = false;
        let value = "";
        let valueEnd = 0;
        let stage = STAGE_VALUE2;
        let quote = false;
        let quoteClosed = false;
        let escaped = false;
        let chr;
        let tokenOpen = false;
        let commit = () => {
          let collected = value.substring(0, valueEnd);
          value = "";
          valueEnd = 0;
          if (stage === STAGE_KEY2) {
            let name2 = collected.toLowerCase();
            if (name2 && !Object.hasOwn(response.params, name2)) {
              setOwnProperty2(response.params, name2, "");
            }
          } else if (key === false) {
            response.value = collected;
          } else if (!Object.hasOwn(response.params, key)) {
            setOwnProperty2(response.params, key, collected);
          }
        };
        for (let i = 0, len = str.length; i < len; i++) {
          chr = str.charAt(i);
          if (stripComments && chr === "(" && !quote && !escaped && !tokenOpen) {
            let end = findCommentEnd2(str, i);
            if (end < 0 && str.indexOf(";", i) < 0) {
              end = len - 1;
            }
            if (end >= 0) {
              i = end;
              continue;
            }
            stripComments = false;
          }
          switch (stage) {
            case STAGE_KEY2:
              if (chr === "=") {
                key = value.substring(0, valueEnd).toLowerCase();
                value = "";
                valueEnd = 0;
                stage = STAGE_VALUE2;
                tokenOpen = true;
              } else if (chr === ";") {
                commit();
              } else if (isWSP2(chr)) {
                if (value.length) {
                  value += chr;
                }
              } else {
                value += chr;
                valueEnd = value.length;
              }
              break;
            case STAGE_VALUE2:
              if (quoteClosed && chr !== ";") {
                escaped = false;
                break;
              }
              if (escaped) {
                value += chr;
                valueEnd = value.length;
                tokenOpen = key !== false && !quote;
              } else if (chr === "\\") {
                escaped = true;
                continue;
              } else if (chr === '"') {
                quoteClosed = quote;
                quote = !quote;
                tokenOpen = false;
              } else if (!quote && chr === ";") {
                commit();
                stage = STAGE_KEY2;
                tokenOpen = false;
                quoteClosed = false;
              } else if (!quote && isWSP2(chr)) {
                if (value.length) {
                  value += chr;
                }
                tokenOpen = false;
              } else {
                value += chr;
                valueEnd = value.length;
                tokenOpen = key !== false && !quote;
              }
              escaped = false;
              break;
          }
        }
        commit();
        let continuations = /* @__PURE__ */ new Map();
        for (let key2 of Object.keys(response.params)) {
          let match2 = key2.match(/\*((\d+)\*?)?$/);
          if (!match2) {
            continue;
          }
          let actualKey = key2.substring(0, match2.index).toLowerCase();
          let nr = Number(match2[2]) || 0;
          let value2 = response.params[key2];
          delete response.params[key2];
          let continuation = continuations.get(actualKey);
          if (!continuation) {
            continuation = {
              charset: false,
              values: []
            };
            continuations.set(actualKey, continuation);
          }
          if (nr === 0 && match2[0].charAt(match2[0].length - 1) === "*" && (match2 = value2.match(/^([^']*)'[^']*'(.*)$/))) {
            continuation.charset = match2[1] || "utf-8";
            value2 = match2[2];
          }
          continuation.values.push({ nr, value: value2 });
        }
        for (let [key2, continuation] of continuations) {
          let value2 = continuation.values.sort((a, b) => a.nr - b.nr).map((val) => val.value).join("");
          response.decodedParams.push(key2);
          if (!continuation.charset) {
            setOwnProperty2(response.params, key2, this.decodeWords(value2));
            continue;
          }
          let qpValue = value2.replace(/[=_\s]/g, (s) => {
            if (s === " ") {
              return "_";
            }
            let c = s.charCodeAt(0).toString(16);
            return "%" + (c.length < 2 ? "0" : "") + c;
          }).replace(/%/g, "=");
          setOwnProperty2(response.params, key2, this.decodeWord(continuation.charset, "Q", qpValue));
        }
        return response;
      }
      /**
       * Encodes a string or an Buffer to an UTF-8 Parameter Value Continuation encoding (rfc2231)
       * Useful for splitting long parameter values.
       *
       * For example
       *      title="unicode string"
       * becomes
       *     title*0*=utf-8''unicode
       *     title*1*=%20string
       *
       * @param {String} key Parameter name (eg. 'filename')
       * @param {String|Buffer} data String to be encoded
       * @param {Number} [maxLength=50] Max length for generated chunks
       * @param {String} [fromCharset='UTF-8'] Source character set
       * @return {Array} A list of encoded keys and headers
       */
      buildHeaderParam(key, data, maxLength, fromCharset) {
        let list2 = [];
        if (typeof data !== "string" && !node_buffer_1.Buffer.isBuffer(data)) {
          data = data === null || data === void 0 ? "" : data.toString();
        }
        let encodedStr = typeof data === "string" ? data : libcharset.decode(data, fromCharset);
        let chr;
        let line;
        let startPos = 0;
        let isEncoded = false;
        let i, len;
        maxLength = maxLength || 50;
        if (this.isPlainParamValue(data)) {
          if (encodedStr.length <= maxLength) {
            return [
              {
                key,
                value: encodedStr
              }
            ];
          }
          encodedStr = encodedStr.replace(new RegExp(".{" + maxLength + "}", "g"), (str) => {
            list2.push({
              line: str
            });
            return "";
          });
          if (encodedStr) {
            list2.push({
              line: encodedStr
            });
          }
        } else {
          if (/[\uD800-\uDBFF]/.test(encodedStr)) {
            encodedStr = Array.from(encodedStr);
          }
          line = "utf-8''";
          isEncoded = true;
          startPos = 0;
          for (i = 0, len = encodedStr.length; i < len; i++) {
            chr = encodedStr[i];
            if (isEncoded) {
              chr = this.safeEncodeURIComponent(chr);
            } else {
              chr = chr === " " ? chr : this.safeEncodeURIComponent(chr);
              if (chr !== encodedStr[i]) {
                if ((this.safeEncodeURIComponent(line) + chr).length >= maxLength) {
                  list2.push({
                    line,
                    encoded: isEncoded
                  });
                  line = "";
                  isEncoded = true;
                } else {
                  isEncoded = true;
                  i = startPos;
                  line = "";
                  continue;
                }
              }
            }
            if ((line + chr).length >= maxLength) {
              list2.push({
                line,
                encoded: isEncoded
              });
              line = chr = encodedStr[i] === " " ? " " : this.safeEncodeURIComponent(encodedStr[i]);
              if (chr === encodedStr[i]) {
                isEncoded = false;
                startPos = i - 1;
              } else {
                isEncoded = true;
              }
            } else {
              line += chr;
            }
          }
          if (line) {
            list2.push({
              line,
              encoded: isEncoded
            });
          }
        }
        return list2.map((item, i2) => ({
          // encoded lines: {name}*{part}*
          // unencoded lines: {name}*{part}
          // if any line needs to be encoded then the first line (part==0) is always encoded
          key: key + "*" + i2 + (item.encoded ? "*" : ""),
          value: item.line
        }));
      }
      /**
       * Returns file extension for a content type string. If no suitable extensions
       * are found, 'bin' is used as the default extension
       *
       * @param {String} mimeType Content type to be checked for
       * @return {String} File extension
       */
      detectExtension(input) {
        let mimeType = (input || "").toString().toLowerCase().replace(/\s/g, "");
        if (!Object.hasOwn(mimetypes.list, mimeType)) {
          return "bin";
        }
        if (typeof mimetypes.list[mimeType] === "string") {
          return mimetypes.list[mimeType];
        }
        let mimeParts = mimeType.split("/");
        for (let i = 0, len = mimetypes.list[mimeType].length; i < len; i++) {
          if (mimeParts[1] === mimetypes.list[mimeType][i]) {
            return mimetypes.list[mimeType][i];
          }
        }
        return mimetypes.list[mimeType][0] !== "*" ? mimetypes.list[mimeType][0] : "bin";
      }
      /**
       * Returns content type for a file extension. If no suitable content types
       * are found, 'application/octet-stream' is used as the default content type
       *
       * @param {String} extension Extension (or filename) to be checked for
       * @return {String} Content type
       */
      detectMimeType(input) {
        let extension = (input || "").toString().toLowerCase().replace(/\s/g, "").replace(/^\./g, "").split(".").pop() || "";
        if (!Object.hasOwn(mimetypes.extensions, extension)) {
          return "application/octet-stream";
        }
        if (typeof mimetypes.extensions[extension] === "string") {
          return mimetypes.extensions[extension];
        }
        let mimeParts;
        for (let i = 0, len = mimetypes.extensions[extension].length; i < len; i++) {
          mimeParts = mimetypes.extensions[extension][i].split("/");
          if (mimeParts[1] === extension) {
            return mimetypes.extensions[extension][i];
          }
        }
        return mimetypes.extensions[extension][0];
      }
      /**
       * Folds long lines, useful for folding header lines (afterSpace=false) and
       * flowed text (afterSpace=true)
       *
       * @param {String} str String to be folded
       * @param {Number} [lineLength=76] Maximum length of a line
       * @param {Boolean} afterSpace If true, leave a space in the end of a line
       * @return {String} String with folded lines
       */
      foldLines(input, lineLength, afterSpace) {
        let str = (input || "").toString();
        lineLength = lineLength || 76;
        let pos = 0, len = str.length, result = "", line, match2;
        while (pos < len) {
          line = str.substring(pos, pos + Math.max(lineLength, 0));
          if (line.length < lineLength) {
            result += line;
            break;
          }
          if (match2 = line.match(/^[^\n\r]*(\r?\n|\r)/)) {
            line = match2[0];
            result += line;
            pos += line.length;
            continue;
          } else if ((match2 = line.match(/(\s+)[^\s]*$/)) && match2[0].length - (afterSpace ? (match2[1] || "").length : 0) < line.length) {
            line = line.substring(0, line.length - (match2[0].length - (afterSpace ? (match2[1] || "").length : 0)));
          } else if (match2 = str.slice(pos + line.length).match(/^[^\s]+(\s*)/)) {
            line = line + match2[0].substring(0, match2[0].length - (!afterSpace ? (match2[1] || "").length : 0));
          }
          result += line;
          pos += line.length;
          if (pos < len) {
            result += "\r\n";
          }
        }
        return result;
      }
      /**
       * Splits a mime encoded string. Needed for dividing mime words into smaller chunks
       *
       * @param {String} str Mime encoded string to be split up
       * @param {Number} maxlen Maximum length of characters for one part (minimum 12)
       * @return {Array} Split string
       */
      splitMimeEncodedString(str, maxlen) {
        let curLine, fallbackLine, match2, chr, done, lines = [];
        maxlen = Math.max(maxlen || 0, 12);
        while (str.length) {
          curLine = str.substring(0, maxlen);
          if (match2 = curLine.match(/[=][0-9A-F]?$/i)) {
            curLine = curLine.substring(0, match2.index);
          }
          fallbackLine = curLine.length ? curLine : str.substring(0, maxlen);
          done = false;
          while (!done && curLine.length) {
            done = true;
            if (match2 = str.slice(curLine.length).match(/^[=]([0-9A-F]{2})/i)) {
              chr = parseInt(match2[1], 16);
              if (chr < 194 && chr > 127 && /=[0-9A-F]{2}$/i.test(curLine)) {
                curLine = curLine.substring(0, curLine.length - 3);
                done = false;
              }
            }
          }
          if (!curLine.length) {
            curLine = fallbackLine;
          }
          lines.push(curLine);
          str = str.slice(curLine.length);
        }
        return lines;
      }
      encodeURICharComponent(chr) {
        let res = "";
        let buf = node_buffer_1.Buffer.from(chr, "utf-8");
        for (let i = 0, len = buf.length; i < len; i++) {
          let ord = buf[i].toString(16).toUpperCase();
          res += "%" + (ord.length < 2 ? "0" : "") + ord;
        }
        return res;
      }
      safeEncodeURIComponent(input) {
        let str = (input || "").toString();
        try {
          str = encodeURIComponent(str);
        } catch (_err) {
          str = encodeURIComponent(node_buffer_1.Buffer.from(str, "utf-8").toString("utf-8"));
        }
        return str.replace(/[\x00-\x1F *'()<>@,;:\\"[\]?=\u007F-\uFFFF]/g, (chr) => this.encodeURICharComponent(chr));
      }
    };
    exports.Libmime = Libmime2;
    var libmime2 = new Libmime2();
    libmime2.Libmime = Libmime2;
    exports.default = libmime2;
    module.exports = exports.default;
    Object.defineProperty(module.exports, "default", { value: exports.default, enumerable: false, writable: true, configurable: true });
  }
});

// node_modules/mailparser/node_modules/@zone-eu/mailsplit/lib/headers.js
var require_headers = __commonJS({
  "node_modules/mailparser/node_modules/@zone-eu/mailsplit/lib/headers.js"(exports, module) {
    "use strict";
    var libmime2 = require_libmime();
    var Libmime2 = (
      /** @type {any} */
      libmime2.Libmime
    );
    var Headers = class {
      /**
       * @param {string | Buffer | HeaderLine[] | false} [headers] Raw header source or already parsed lines.
       * @param {LibmimeOptions} [config] Optional libmime configuration.
       */
      constructor(headers, config) {
        config = config || {};
        if (Array.isArray(headers)) {
          this.changed = true;
          this.headers = false;
          this.parsed = true;
          this.lines = headers;
        } else {
          this.changed = false;
          this.headers = headers || false;
          this.parsed = false;
          this.lines = false;
        }
        this.mbox = false;
        this.http = false;
        this.libmime = new Libmime2({ Iconv: config.Iconv });
      }
      /**
       * @param {string} key
       * @returns {boolean}
       */
      hasHeader(key) {
        if (!this.parsed) {
          this._parseHeaders();
        }
        let lines = this._getLines();
        key = this._normalizeHeader(key);
        return typeof lines.find((line) => line.key === key) === "object";
      }
      /**
       * @param {string} key
       * @returns {string[]}
       */
      get(key) {
        if (!this.parsed) {
          this._parseHeaders();
        }
        let headerLines = this._getLines();
        key = this._normalizeHeader(key);
        let lines = headerLines.filter((line) => line.key === key).map((line) => this._decodeHeaderValue(line.line));
        return lines;
      }
      /**
       * @param {string} key
       * @returns {DecodedHeader[]}
       */
      getDecoded(key) {
        return this.get(key).map((line) => this.libmime.decodeHeader(line)).filter((line) => line && line.value);
      }
      /**
       * @param {string} key
       * @returns {string}
       */
      getFirst(key) {
        if (!this.parsed) {
          this._parseHeaders();
        }
        let lines = this._getLines();
        key = this._normalizeHeader(key);
        let header = lines.find((line) => line.key === key);
        if (!header) {
          return "";
        }
        return ((this.libmime.decodeHeader(this._decodeHeaderValue(header.line)) || {}).value || "").toString().trim();
      }
      /**
       * @returns {HeaderLine[]}
       */
      getList() {
        if (!this.parsed) {
          this._parseHeaders();
        }
        return this._getLines();
      }
      /**
       * @param {string} key
       * @param {string | number | Buffer} [value]
       * @param {number} [index]
       * @returns {void}
       */
      add(key, value, index) {
        if (typeof value === "undefined") {
          return;
        }
        if (typeof value === "number") {
          value = value.toString();
        }
        if (typeof value === "string") {
          value = Buffer.from(value);
        }
        value = value.toString("binary");
        this.addFormatted(key, this.libmime.foldLines(key + ": " + value.replace(/[\r\n]/g, ""), 76, false), index);
      }
      /**
       * @param {string} key
       * @param {string | Buffer | false} [line]
       * @param {number} [index]
       * @returns {void}
       */
      addFormatted(key, line, index) {
        if (!this.parsed) {
          this._parseHeaders();
        }
        let lines = this._getLines();
        index = index || 0;
        this.changed = true;
        if (!line) {
          return;
        }
        if (typeof line !== "string") {
          line = line.toString("binary");
        }
        line = this._normalizeInsertedLine(line);
        if (!line) {
          return;
        }
        let header = {
          key: this._normalizeHeader(key),
          line
        };
        if (index < 1) {
          lines.unshift(header);
        } else if (index >= lines.length) {
          lines.push(header);
        } else {
          lines.splice(index, 0, header);
        }
      }
      /**
       * @param {string} key
       * @returns {void}
       */
      remove(key) {
        if (!this.parsed) {
          this._parseHeaders();
        }
        let lines = this._getLines();
        key = this._normalizeHeader(key);
        for (let i = lines.length - 1; i >= 0; i--) {
          if (lines[i].key === key) {
            this.changed = true;
            lines.splice(i, 1);
          }
        }
      }
      /**
       * @param {string} key
       * @param {string | number | Buffer} [value]
       * @param {number} [relativeIndex]
       * @returns {void}
       */
      update(key, value, relativeIndex) {
        if (!this.parsed) {
          this._parseHeaders();
        }
        let lines = this._getLines();
        let keyName = key;
        let index = 0;
        key = this._normalizeHeader(key);
        let relativeIndexCount = 0;
        let relativeMatchFound = false;
        for (let i = lines.length - 1; i >= 0; i--) {
          if (lines[i].key === key) {
            if (relativeIndex && relativeIndex !== relativeIndexCount) {
              relativeIndexCount++;
              continue;
            }
            index = i;
            this.changed = true;
            lines.splice(i, 1);
            if (relativeIndex) {
              relativeMatchFound = true;
              break;
            }
          }
        }
        if (relativeIndex && !relativeMatchFound) {
          return;
        }
        this.add(keyName, value, index);
      }
      /**
       * Serializes the headers. Unmodified headers are returned byte for byte as they
       * were received, otherwise every line is rebuilt with `lineEnd` line endings.
       *
       * @param {string | false} [lineEnd] Line ending to use, defaults to CRLF.
       * @returns {Buffer}
       */
      build(lineEnd) {
        if (!this.changed && !lineEnd) {
          return typeof this.headers === "string" ? Buffer.from(this.headers, "binary") : this.headers || Buffer.alloc(0);
        }
        if (!this.parsed) {
          this._parseHeaders();
        }
        let lines = this._getLines();
        const ending = lineEnd || "\r\n";
        let headers = lines.map((line) => this._normalizeLineBreaks(line.line, ending)).filter((line) => line !== "").map((line) => this._buildHeaderLine(line)).reduce(
          (joined, line, idx) => {
            if (idx) {
              joined.push(Buffer.from(ending, "binary"));
            }
            joined.push(line);
            return joined;
          },
          /** @type {Buffer[]} */
          []
        );
        headers.push(Buffer.from(ending + ending, "binary"));
        if (this.mbox) {
          headers.unshift(Buffer.from(this.mbox + ending, "binary"));
        }
        if (this.http) {
          headers.unshift(Buffer.from(this.http + ending, "binary"));
        }
        return Buffer.concat(headers);
      }
      /**
       * @param {string} key
       * @returns {string}
       */
      _normalizeHeader(key) {
        return (key || "").toLowerCase().trim();
      }
      /**
       * Rewrites the line breaks of a header line so that the line can only ever parse
       * back as the single header it was reported as. A line break followed by whitespace
       * is folding and becomes `lineEnd`, every other line break would start a new header
       * line and is dropped.
       *
       * A bare <CR> is never a line break for _parseHeaders, so promoting one here would
       * emit a header line that was never reported as parsed.
       *
       * @param {string} line Header line to normalize.
       * @param {string} lineEnd Line ending to fold with.
       * @returns {string} Line with only folding line breaks left.
       */
      _normalizeLineBreaks(line, lineEnd) {
        return line.replace(/^[\r\n]+/, "").replace(/\r\n|\r|\n/g, (match2, offset, source) => match2 !== "\r" && this._isFoldingChar(source.charAt(offset + match2.length)) ? lineEnd : "");
      }
      /**
       * Prepares a caller supplied line for insertion. On top of the line break rules an
       * inserted line has to stand on its own: a leading fold or indent would attach it to
       * whichever header happens to precede it, and a leading line break would close the
       * header block outright.
       *
       * Lines that were parsed out of a message keep their leading whitespace instead, so
       * that rebuilding can never turn an indented continuation into a header of its own.
       *
       * An inserted line is normalized twice, here with CRLF and again in build() with the
       * line ending the caller asked for. That is only sound because _normalizeLineBreaks is
       * idempotent over its own output: the folds this pass emits are still recognized as
       * folds by the next one. Any change to how a fold is represented has to keep that true.
       *
       * @param {string} line Formatted header line supplied by the caller.
       * @returns {string} Line that inserts as exactly one header, or an empty string.
       */
      _normalizeInsertedLine(line) {
        return this._normalizeLineBreaks(line.replace(/^[\r\n \t]+/, ""), "\r\n");
      }
      /**
       * Tells whether a character continues the previous header line rather than
       * starting a new one. Used by both the parser and the builder so that the two
       * can not disagree on what folding is.
       *
       * @param {string} chr Character that follows a line break.
       * @returns {boolean} True if the line break is folding.
       */
      _isFoldingChar(chr) {
        return chr === " " || chr === "	";
      }
      /**
       * @returns {HeaderLine[]}
       */
      _getLines() {
        if (!this.lines) {
          this.lines = [];
        }
        return this.lines;
      }
      /**
       * @returns {void}
       */
      _parseHeaders() {
        if (!this.headers) {
          this.lines = [];
          this.parsed = true;
          return;
        }
        let raw = this.headers.toString("binary");
        let end = raw.length;
        while (end > 0 && (raw.charCodeAt(end - 1) === 10 || raw.charCodeAt(end - 1) === 13)) {
          end--;
        }
        let rawLines = raw.slice(0, end).split(/\r?\n/);
        let i = 1;
        let first2 = rawLines[0];
        while (i < rawLines.length && this._isFoldingChar(rawLines[i].charAt(0))) {
          first2 += "\r\n" + rawLines[i++];
        }
        let lines = [];
        if (/^From /i.test(first2)) {
          this.mbox = first2;
        } else if (/^POST /i.test(first2)) {
          this.http = first2;
        } else {
          lines.push({ key: this._normalizeHeader(first2.substr(0, first2.indexOf(":"))), line: first2 });
        }
        let keyPending = false;
        for (; i < rawLines.length; i++) {
          let currentLine = rawLines[i];
          if (this._isFoldingChar(currentLine.charAt(0))) {
            let entry = lines[lines.length - 1];
            if (keyPending) {
              let colon = currentLine.indexOf(":");
              if (colon >= 0) {
                entry.key = this._normalizeHeader(entry.line + "\r\n" + currentLine.substr(0, colon));
                keyPending = false;
              }
            }
            entry.line += "\r\n" + currentLine;
          } else {
            let colon = currentLine.indexOf(":");
            lines.push({ key: this._normalizeHeader(currentLine.substr(0, colon)), line: currentLine });
            keyPending = colon < 0;
          }
        }
        this.lines = lines;
        this.parsed = true;
      }
      /**
       * @param {string} line
       * @returns {Buffer}
       */
      _buildHeaderLine(line) {
        let value = this._decodeHeaderValue(line);
        return Buffer.from(value, value === line ? "binary" : "utf8");
      }
      /**
       * @param {string} str
       * @returns {string}
       */
      _decodeHeaderValue(str) {
        if (!str) {
          return str;
        }
        let utf8 = Buffer.from(str, "binary").toString("utf8");
        return utf8.includes("�") ? str : utf8;
      }
    };
    module.exports = Headers;
  }
});

// node_modules/mailparser/node_modules/@zone-eu/mailsplit/lib/mime-node.js
var require_mime_node = __commonJS({
  "node_modules/mailparser/node_modules/@zone-eu/mailsplit/lib/mime-node.js"(exports, module) {
    "use strict";
    var Headers = require_headers();
    var libmime2 = require_libmime();
    var libqp2 = require_libqp();
    var libbase64 = require_libbase64();
    var PassThrough = __require("stream").PassThrough;
    var pathlib = __require("path");
    var Libmime2 = (
      /** @type {any} */
      libmime2.Libmime
    );
    var HEADER_LINE_MIN_COST = 64;
    function stripComments(value) {
      if (value.indexOf("(") < 0) {
        return value;
      }
      return value.split(/([\n\r\u2028\u2029])/).map((part) => {
        let start = part.indexOf("(");
        if (start < 0) {
          return part;
        }
        let end = part.lastIndexOf(")");
        return end > start ? part.slice(0, start) + part.slice(end + 1) : part;
      }).join("");
    }
    var MimeNode = class {
      /**
       * @param {MimeNodeType | false} parentNode Parent node, or false for the root node.
       * @param {SplitterOptions} [config] Splitter and libmime configuration.
       */
      constructor(parentNode, config) {
        this.type = "node";
        this.root = !parentNode;
        this.parentNode = parentNode;
        this._parentBoundary = this.parentNode && this.parentNode._boundary;
        this._parentBoundaryOwner = this.parentNode || false;
        this._headersLines = [];
        this._headerlen = 0;
        this._headerCost = 0;
        this._parsedContentType = false;
        this._parsedContentDisposition = false;
        this._boundary = false;
        this.multipart = false;
        this.encoding = false;
        this.headers = false;
        this.contentType = false;
        this.charset = false;
        this.disposition = false;
        this.filename = false;
        this.flowed = false;
        this.delSp = false;
        this.config = config || {};
        this.libmime = new Libmime2({ Iconv: this.config.Iconv });
        this.parentPartNumber = [];
        this.partNr = false;
        this.childPartNumbers = 0;
        this.rfc822 = false;
        this.messageNode = void 0;
      }
      /**
       * @param {PartNumberItem} [provided]
       * @returns {PartNumber}
       */
      getPartNr(provided) {
        let partNr = this.partNr || [];
        if (provided) {
          return partNr.filter((nr) => !isNaN(Number(nr))).concat(provided);
        }
        let childPartNr = ++this.childPartNumbers;
        return partNr.filter((nr) => !isNaN(Number(nr))).concat(childPartNr);
      }
      /**
       * @param {Buffer | false} [line]
       * @returns {boolean} Whether the line is the empty line that ends the header block.
       */
      addHeaderChunk(line) {
        if (!line) {
          return false;
        }
        this._headersLines.push(line);
        this._headerlen += line.length;
        let endsBlock = line.length === 1 && line[0] === 10 || line.length === 2 && line[0] === 13 && line[1] === 10;
        this._headerCost += endsBlock ? line.length : Math.max(line.length, HEADER_LINE_MIN_COST);
        return endsBlock;
      }
      /**
       * What the header lines of this node count for against maxHeadSize, see HEADER_LINE_MIN_COST.
       *
       * @param {number} [extra] Bytes of a header line that is not stored yet.
       * @returns {number} The cost in bytes.
       */
      headerCost(extra) {
        return this._headerCost + (extra ? Math.max(extra, HEADER_LINE_MIN_COST) : 0);
      }
      /**
       * @returns {void}
       */
      parseHeaders() {
        if (this.headers) {
          return;
        }
        this.headers = new Headers(Buffer.concat(this._headersLines, this._headerlen), this.config);
        this._headersLines = [];
        let headers = this.headers;
        let dispositionHeader = headers.getFirst("Content-Disposition");
        this._parsedContentDisposition = this.libmime.parseHeaderValue(dispositionHeader, { stripComments: true });
        let parsedContentDisposition = (
          /** @type {StructuredHeader} */
          this._parsedContentDisposition
        );
        let contentHeader;
        if (headers.get("Content-Type").length) {
          contentHeader = headers.getFirst("Content-Type");
        } else {
          if (parsedContentDisposition.params.filename) {
            let extension = pathlib.parse(parsedContentDisposition.params.filename).ext.replace(/^\./, "");
            if (extension) {
              contentHeader = libmime2.detectMimeType(extension);
            }
          }
          if (!contentHeader) {
            if (/^attachment$/i.test(parsedContentDisposition.value)) {
              contentHeader = "application/octet-stream";
            } else {
              contentHeader = "text/plain";
            }
          }
        }
        this._parsedContentType = this.libmime.parseHeaderValue(contentHeader, { stripComments: true });
        let parsedContentType = (
          /** @type {StructuredHeader} */
          this._parsedContentType
        );
        this.encoding = stripComments(headers.getFirst("Content-Transfer-Encoding")).toLowerCase().trim();
        this.contentType = (parsedContentType.value || "").toLowerCase().trim() || false;
        this.charset = parsedContentType.params.charset || false;
        this.disposition = (parsedContentDisposition.value || "").toLowerCase().trim() || false;
        if (this.disposition) {
          try {
            this.disposition = this.libmime.decodeWords(this.disposition);
          } catch (_E) {
          }
        }
        this.filename = parsedContentDisposition.params.filename || parsedContentType.params.name || false;
        if (this.contentType === "text/plain" && parsedContentType.params.format && parsedContentType.params.format.toLowerCase().trim() === "flowed") {
          this.flowed = true;
          if (parsedContentType.params.delsp && parsedContentType.params.delsp.toLowerCase().trim() === "yes") {
            this.delSp = true;
          }
        }
        if (this.filename) {
          let decoded = parsedContentDisposition.params.filename ? parsedContentDisposition.decodedParams.includes("filename") : parsedContentType.decodedParams.includes("name");
          if (!decoded) {
            try {
              this.filename = this.libmime.decodeWords(this.filename);
            } catch (_E) {
            }
          }
        }
        this.multipart = this.contentType && this.contentType.substr(0, this.contentType.indexOf("/")) === "multipart" && this.contentType.substr(this.contentType.indexOf("/") + 1) || false;
        let boundary = (parsedContentType.params.boundary || "").trimEnd();
        let ascii = Buffer.byteLength(boundary) === boundary.length;
        this._boundary = boundary && ascii ? Buffer.from(boundary) : false;
        this.rfc822 = this.contentType === "message/rfc822";
        if (!this.parentNode || this.parentNode.rfc822) {
          this.partNr = this.parentNode ? this.parentNode.getPartNr("TEXT") : ["TEXT"];
        } else {
          this.partNr = this.parentNode ? this.parentNode.getPartNr() : [];
        }
      }
      /**
       * @returns {Buffer}
       */
      getHeaders() {
        if (!this.headers) {
          this.parseHeaders();
        }
        let headers = (
          /** @type {HeadersType} */
          this.headers
        );
        return headers.build();
      }
      /**
       * @param {string | false} [contentType]
       * @returns {void}
       */
      setContentType(contentType) {
        if (!this.headers) {
          this.parseHeaders();
        }
        let headers = (
          /** @type {HeadersType} */
          this.headers
        );
        let parsedContentType = (
          /** @type {StructuredHeader} */
          this._parsedContentType
        );
        contentType = (contentType || "").toLowerCase().trim();
        if (contentType) {
          parsedContentType.value = contentType;
        }
        if (!this.flowed && parsedContentType.params.format) {
          delete parsedContentType.params.format;
        }
        if (!this.delSp && parsedContentType.params.delsp) {
          delete parsedContentType.params.delsp;
        }
        headers.update("Content-Type", this.libmime.buildHeaderValue(parsedContentType));
      }
      /**
       * @param {string | false} [charset]
       * @returns {void}
       */
      setCharset(charset) {
        if (!this.headers) {
          this.parseHeaders();
        }
        let headers = (
          /** @type {HeadersType} */
          this.headers
        );
        let parsedContentType = (
          /** @type {StructuredHeader} */
          this._parsedContentType
        );
        charset = (charset || "").toLowerCase().trim();
        if (charset === "ascii") {
          charset = "";
        }
        if (!charset) {
          if (!parsedContentType.value) {
            return;
          }
          delete parsedContentType.params.charset;
        } else {
          parsedContentType.params.charset = charset;
        }
        if (!parsedContentType.value) {
          parsedContentType.value = "text/plain";
        }
        headers.update("Content-Type", this.libmime.buildHeaderValue(parsedContentType));
      }
      /**
       * @param {string | false} [filename]
       * @returns {void}
       */
      setFilename(filename) {
        if (!this.headers) {
          this.parseHeaders();
        }
        let headers = (
          /** @type {HeadersType} */
          this.headers
        );
        let parsedContentType = (
          /** @type {StructuredHeader} */
          this._parsedContentType
        );
        let parsedContentDisposition = (
          /** @type {StructuredHeader} */
          this._parsedContentDisposition
        );
        this.filename = (filename || "").toLowerCase().trim();
        if (parsedContentType.params.name) {
          delete parsedContentType.params.name;
          headers.update("Content-Type", this.libmime.buildHeaderValue(parsedContentType));
        }
        if (!this.filename) {
          if (!parsedContentDisposition.value) {
            return;
          }
          delete parsedContentDisposition.params.filename;
        } else {
          parsedContentDisposition.params.filename = this.filename;
        }
        if (!parsedContentDisposition.value) {
          parsedContentDisposition.value = "attachment";
        }
        headers.update("Content-Disposition", this.libmime.buildHeaderValue(parsedContentDisposition));
      }
      /**
       * @returns {import('stream').Transform | import('stream').PassThrough}
       */
      getDecoder() {
        if (!this.headers) {
          this.parseHeaders();
        }
        switch (this.encoding) {
          case "base64":
            return new libbase64.Decoder();
          case "quoted-printable":
            return new libqp2.Decoder();
          default:
            return new PassThrough();
        }
      }
      /**
       * @param {string | false} [encoding]
       * @returns {import('stream').Transform | import('stream').PassThrough}
       */
      getEncoder(encoding) {
        if (!this.headers) {
          this.parseHeaders();
        }
        let headers = (
          /** @type {HeadersType} */
          this.headers
        );
        encoding = (encoding || "").toString().toLowerCase().trim();
        if (encoding && encoding !== this.encoding) {
          headers.update("Content-Transfer-Encoding", encoding);
        } else {
          encoding = this.encoding;
        }
        switch (encoding) {
          case "base64":
            return new libbase64.Encoder();
          case "quoted-printable":
            return new libqp2.Encoder();
          default:
            return new PassThrough();
        }
      }
    };
    module.exports = MimeNode;
  }
});

// node_modules/mailparser/node_modules/@zone-eu/mailsplit/lib/message-splitter.js
var require_message_splitter = __commonJS({
  "node_modules/mailparser/node_modules/@zone-eu/mailsplit/lib/message-splitter.js"(exports, module) {
    "use strict";
    var Transform5 = __require("stream").Transform;
    var MimeNode = require_mime_node();
    var MAX_HEAD_SIZE = 1 * 1024 * 1024;
    var MAX_CHILD_NODES = 1e3;
    var MAX_PENDING_LINE_SIZE = 64 * 1024;
    var MAX_PENDING_LINE_CHUNKS = 1024;
    var BOUNDARY_LINE_TRAILING_WSP = 998;
    var BOUNDARY_LINE_SUFFIX = 2 + 2 + BOUNDARY_LINE_TRAILING_WSP + 2;
    var BOUNDARY_LINE_OVERHEAD = BOUNDARY_LINE_SUFFIX + 2;
    var YIELD_BYTES = 16 * 1024;
    var HEAD = 1;
    var BODY = 2;
    function maxLenError(message) {
      let err = (
        /** @type {Error & {code: string}} */
        new Error(message)
      );
      err.code = "EMAXLEN";
      return err;
    }
    function trimBodyLineEnd(group, chunk, start, end) {
      if (group.type !== "body" || !group.node || !group.node.parentNode) {
        return end;
      }
      if (end > start && chunk[end - 1] === 10) {
        end--;
        if (end > start && chunk[end - 1] === 13) {
          end--;
        }
      }
      return end;
    }
    var MessageSplitter = class extends Transform5 {
      /**
       * @param {SplitterOptions} [config]
       */
      constructor(config) {
        let options = {
          readableObjectMode: true,
          writableObjectMode: false
        };
        super(options);
        this.config = config || {};
        this.maxHeadSize = this.config.maxHeadSize || MAX_HEAD_SIZE;
        this.maxChildNodes = this.config.maxChildNodes || MAX_CHILD_NODES;
        this.nodeCounter = 0;
        this.node = /** @type {MimeNodeType} */
        /** @type {unknown} */
        null;
        this.inEpilogue = false;
        this.delimiterOwner = /** @type {MimeNodeType | false} */
        false;
        this.newNode();
        this.lineChunks = [];
        this.lineLength = 0;
        this.hasFailed = false;
        this.pendingLineTruncated = false;
      }
      /**
       * Appends unterminated trailing data to the pending line.
       *
       * @param {Buffer} chunk Data that follows the last line break of a write.
       * @returns {void}
       */
      appendPendingLine(chunk) {
        if (!chunk.length) {
          return;
        }
        this.lineChunks.push(chunk);
        this.lineLength += chunk.length;
        if (this.lineChunks.length >= MAX_PENDING_LINE_CHUNKS) {
          this.lineChunks = [Buffer.concat(this.lineChunks, this.lineLength)];
        }
      }
      /**
       * Returns the pending line as a single buffer and clears the pending state.
       *
       * @returns {Buffer | false} Pending line contents or false if there was none.
       */
      takePendingLine() {
        if (!this.lineLength) {
          return false;
        }
        let line = this.lineChunks.length === 1 ? this.lineChunks[0] : Buffer.concat(this.lineChunks, this.lineLength);
        this.lineChunks = [];
        this.lineLength = 0;
        return line;
      }
      /**
       * @param {Buffer} chunk
       * @param {BufferEncoding} encoding
       * @param {import('stream').TransformCallback} callback
       * @returns {void}
       */
      _transform(chunk, encoding, callback) {
        let pos = 0;
        let i = 0;
        let group = {
          type: "none"
        };
        let groupstart = this.lineLength ? -this.lineLength : 0;
        let groupend = 0;
        let yieldPos = 0;
        let inLine = false;
        let resumeInLine = false;
        let checkTrailingLinebreak = (data) => {
          if (data.type === "body" && data.node.parentNode && data.value && data.value.length) {
            if (data.value[data.value.length - 1] === 10) {
              groupstart--;
              groupend--;
              pos--;
              if (data.value.length > 1 && data.value[data.value.length - 2] === 13) {
                groupstart--;
                groupend--;
                pos--;
                if (groupstart < 0 && !this.lineLength) {
                  this.appendPendingLine(Buffer.from([13]));
                }
                data.value = data.value.slice(0, data.value.length - 2);
              } else {
                data.value = data.value.slice(0, data.value.length - 1);
              }
            } else if (data.value[data.value.length - 1] === 13) {
              groupstart--;
              groupend--;
              pos--;
              data.value = data.value.slice(0, data.value.length - 1);
            }
          }
        };
        let iterateData;
        let nextLine = () => {
          if (inLine && i - yieldPos < YIELD_BYTES) {
            resumeInLine = true;
            return;
          }
          setImmediate(iterateData);
        };
        let onLine = (err, data, flush) => {
          if (err) {
            this.hasFailed = true;
            return setImmediate(() => callback(err));
          }
          if (!data) {
            return nextLine();
          }
          if (flush) {
            if (group && group.type !== "none") {
              groupend = trimBodyLineEnd(group, chunk, groupstart, groupend);
              if (groupstart < groupend) {
                group.value = chunk.slice(groupstart, groupend);
                if (groupend < i && "value" in data) {
                  data.value = chunk.slice(groupend, i);
                }
              }
              this.push(group);
              group = {
                type: "none"
              };
              groupstart = groupend = i;
            }
            this.push(data);
            groupend = i;
            return nextLine();
          }
          if (data.type === group.type) {
            groupend = i;
          } else {
            groupend = trimBodyLineEnd(group, chunk, groupstart, groupend);
            if (group.type !== "none" && group.type !== "node") {
              if (groupstart !== groupend) {
                group.value = chunk.slice(groupstart, groupend);
                if (group.value && group.value.length) {
                  this.push(group);
                  group = {
                    type: "none"
                  };
                }
              }
            }
            if (data.type === "node") {
              this.push(data);
              groupstart = i;
              groupend = i;
            } else if (groupstart < 0) {
              groupstart = i;
              groupend = i;
              checkTrailingLinebreak(data);
              if (data.value && data.value.length) {
                this.push(data);
              }
            } else {
              group = data;
              groupstart = groupend;
              groupend = i;
            }
          }
          return nextLine();
        };
        iterateData = () => {
          yieldPos = i;
          while (i < chunk.length) {
            if (chunk[i] !== 10) {
              i++;
              continue;
            }
            let start = Math.max(pos, 0);
            pos = ++i;
            inLine = true;
            resumeInLine = false;
            this.processLine(chunk.slice(start, i), false, onLine);
            inLine = false;
            if (!resumeInLine) {
              return;
            }
          }
          pos = trimBodyLineEnd(group, chunk, groupstart, pos);
          if (group.type !== "none" && group.type !== "node" && pos > groupstart) {
            group.value = chunk.slice(groupstart, pos);
            if (group.value && group.value.length) {
              this.push(group);
              group = {
                type: "none"
              };
            }
          }
          if (pos < chunk.length) {
            this.appendPendingLine(chunk.slice(Math.max(pos, 0)));
          }
          let pendingLineError = this.enforcePendingLineLimit();
          if (pendingLineError) {
            this.hasFailed = true;
            return callback(pendingLineError);
          }
          callback();
        };
        setImmediate(iterateData);
      }
      /**
       * @param {import('stream').TransformCallback} callback
       * @returns {void}
       */
      _flush(callback) {
        if (this.hasFailed) {
          return callback();
        }
        this.processLine(false, true, (err, data) => {
          if (err) {
            return setImmediate(() => callback(err));
          }
          if (data && (data.type === "node" || data.value && data.value.length)) {
            this.push(data);
          }
          callback();
        });
      }
      /**
       * @param {Buffer} line
       * @param {number} startpos
       * @param {Buffer} boundary
       * @returns {1 | 2 | false}
       */
      compareBoundary(line, startpos, boundary) {
        if (line.length < boundary.length + 3 + startpos || line.length > boundary.length + BOUNDARY_LINE_SUFFIX + startpos) {
          return false;
        }
        for (let i2 = 0; i2 < boundary.length; i2++) {
          if (line[i2 + 2 + startpos] !== boundary[i2]) {
            return false;
          }
        }
        let i = boundary.length + 2 + startpos;
        let result = (
          /** @type {1 | 2} */
          1
        );
        if (line[i] === 45) {
          if (line[i + 1] !== 45) {
            return false;
          }
          result = 2;
          i += 2;
        }
        while (i < line.length && (line[i] === 32 || line[i] === 9)) {
          i++;
        }
        if (i === line.length) {
          return result === 2 ? 2 : false;
        }
        while (i < line.length && line[i] === 13) {
          i++;
        }
        if (i < line.length && line[i] === 10) {
          i++;
        }
        return i === line.length ? result : false;
      }
      /**
       * @param {Buffer} line
       * @returns {1 | 2 | 3 | 4 | false}
       */
      checkBoundary(line) {
        let startpos = 0;
        if (line.length >= 1 && (line[0] === 13 || line[0] === 10)) {
          startpos++;
          if (line.length >= 2 && line[0] === 13 && line[1] === 10) {
            startpos++;
          }
        }
        if (line.length < 4 || line[startpos] !== 45 || line[startpos + 1] !== 45) {
          return false;
        }
        let boundary;
        if (!this.inEpilogue && this.node._boundary && (boundary = this.compareBoundary(line, startpos, this.node._boundary))) {
          return boundary;
        }
        for (let owner = this.node._parentBoundaryOwner; owner; owner = owner._parentBoundaryOwner) {
          if (owner._boundary && (boundary = this.compareBoundary(line, startpos, owner._boundary))) {
            this.delimiterOwner = owner;
            return (
              /** @type {3 | 4} */
              boundary + 2
            );
          }
        }
        return false;
      }
      /**
       * Longest boundary a delimiter line on the current node could carry: the node's own
       * boundary or that of any open ancestor multipart.
       *
       * @returns {number} Boundary length in bytes, 0 when no boundary applies.
       */
      maxBoundaryLength() {
        let max = this.node._boundary ? this.node._boundary.length : 0;
        for (let owner = this.node._parentBoundaryOwner; owner; owner = owner._parentBoundaryOwner) {
          if (owner._boundary && owner._boundary.length > max) {
            max = owner._boundary.length;
          }
        }
        return max;
      }
      /**
       * Checks the header bytes collected for the current node against maxHeadSize. See
       * MimeNode#headerCost.
       *
       * @param {number} [extra] Bytes that belong to the header block but are not stored yet.
       * @returns {(Error & {code?: string}) | null} Error object if the limit was exceeded.
       */
      checkHeadSize(extra) {
        if (this.node.headerCost(extra) > this.maxHeadSize) {
          return maxLenError("Max header size for a MIME node exceeded");
        }
        return null;
      }
      /**
       * Enforces the limits on the pending line so that it can not grow without bound.
       * A line that is still short enough to become a boundary delimiter is always kept.
       * Past that length it is a header line and counts against maxHeadSize, or it is
       * body content, in which case it is pushed out rather than held in memory. Flushing
       * marks the pending line truncated, so the tail of it is not tested as a delimiter.
       *
       * @returns {(Error & {code?: string}) | null} Error object if a limit was exceeded.
       */
      enforcePendingLineLimit() {
        if (!this.lineLength) {
          return null;
        }
        if (this.lineLength <= this.maxBoundaryLength() + BOUNDARY_LINE_OVERHEAD) {
          return null;
        }
        if (this.state === HEAD) {
          return this.checkHeadSize(this.lineLength);
        }
        if (this.lineLength < MAX_PENDING_LINE_SIZE) {
          return null;
        }
        let value = (
          /** @type {Buffer} */
          this.takePendingLine()
        );
        if (value[value.length - 1] === 13) {
          this.appendPendingLine(Buffer.from([13]));
          value = value.slice(0, value.length - 1);
        }
        this.push({
          node: this.node,
          type: this.node.multipart ? "data" : "body",
          value
        });
        this.pendingLineTruncated = true;
        return null;
      }
      /**
       * @param {Buffer | false} line
       * @param {boolean} final
       * @param {ProcessLineCallback} next
       * @returns {void}
       */
      processLine(line, final, next) {
        let flush = false;
        let truncatedLine = this.pendingLineTruncated;
        this.pendingLineTruncated = false;
        let pending = this.takePendingLine();
        if (pending) {
          line = line ? Buffer.concat([pending, line]) : pending;
        }
        if (!line) {
          line = Buffer.alloc(0);
        }
        if (this.nodeCounter > this.maxChildNodes) {
          return next(maxLenError("Max allowed child nodes exceeded"));
        }
        let boundary = truncatedLine ? false : this.checkBoundary(line);
        if (boundary) {
          switch (boundary) {
            case 1:
              this.newNode(this.node);
              flush = true;
              break;
            case 2:
              break;
            case 3: {
              this.newNode(this.delimiterOwner);
              flush = true;
              break;
            }
            case 4: {
              if (this.node && this.node._headerlen && !this.node.headers) {
                this.node.parseHeaders();
                this.push(this.node);
              }
              let parentNode = this.delimiterOwner;
              if (parentNode) {
                this.node = parentNode;
                this.inEpilogue = true;
              }
              this.state = BODY;
              break;
            }
          }
          return next(
            null,
            {
              node: this.node,
              type: "data",
              value: line
            },
            flush
          );
        }
        switch (this.state) {
          case HEAD: {
            let endsBlock = this.node.addHeaderChunk(line);
            let headSizeError = this.checkHeadSize();
            if (headSizeError) {
              return next(headSizeError);
            }
            if (final || endsBlock) {
              let currentNode = this.node;
              currentNode.parseHeaders();
              if (currentNode.contentType === "message/rfc822" && !this.config.ignoreEmbedded && (!currentNode.encoding || ["7bit", "8bit", "binary"].includes(currentNode.encoding)) && (this.config.defaultInlineEmbedded ? currentNode.disposition !== "attachment" : currentNode.disposition === "inline")) {
                currentNode.messageNode = true;
                this.newNode(currentNode);
                if (currentNode.parentNode) {
                  this.node._parentBoundary = currentNode.parentNode._boundary;
                  this.node._parentBoundaryOwner = currentNode.parentNode;
                }
              } else {
                if (currentNode.contentType === "message/rfc822") {
                  currentNode.messageNode = false;
                }
                this.state = BODY;
              }
              return next(null, currentNode, flush);
            }
            return next();
          }
          case BODY: {
            return next(
              null,
              {
                node: this.node,
                type: this.node.multipart ? "data" : "body",
                value: line
              },
              flush
            );
          }
        }
        next(null, false);
      }
      /**
       * @param {MimeNodeType | false} [parent]
       * @returns {void}
       */
      newNode(parent) {
        this.node = /** @type {MimeNodeType} */
        new MimeNode(parent || false, this.config);
        this.state = HEAD;
        this.nodeCounter++;
        this.inEpilogue = false;
      }
    };
    module.exports = MessageSplitter;
  }
});

// node_modules/mailparser/node_modules/@zone-eu/mailsplit/lib/message-joiner.js
var require_message_joiner = __commonJS({
  "node_modules/mailparser/node_modules/@zone-eu/mailsplit/lib/message-joiner.js"(exports, module) {
    "use strict";
    var Transform5 = __require("stream").Transform;
    var MessageJoiner = class extends Transform5 {
      /**
       * Creates a joiner that accepts splitter objects and emits Buffer chunks.
       */
      constructor() {
        let options = {
          readableObjectMode: false,
          writableObjectMode: true
        };
        super(options);
      }
      /**
       * @param {SplitterChunk | Buffer} obj
       * @param {BufferEncoding} encoding
       * @param {import('stream').TransformCallback} callback
       * @returns {void}
       */
      _transform(obj, encoding, callback) {
        if (Buffer.isBuffer(obj)) {
          this.push(obj);
        } else if (obj.type === "node") {
          this.push(obj.getHeaders());
        } else if (obj.value) {
          this.push(obj.value);
        }
        return callback();
      }
      /**
       * @param {import('stream').TransformCallback} callback
       * @returns {void}
       */
      _flush(callback) {
        return callback();
      }
    };
    module.exports = MessageJoiner;
  }
});

// node_modules/mailparser/node_modules/@zone-eu/mailsplit/lib/flowed-decoder.js
var require_flowed_decoder = __commonJS({
  "node_modules/mailparser/node_modules/@zone-eu/mailsplit/lib/flowed-decoder.js"(exports, module) {
    "use strict";
    var Transform5 = __require("stream").Transform;
    var libmime2 = require_libmime();
    var Libmime2 = (
      /** @type {any} */
      libmime2.Libmime
    );
    var FlowedDecoder2 = class extends Transform5 {
      /**
       * @param {FlowedDecoderOptions} [config] Flowed text and charset decoding settings.
       */
      constructor(config) {
        super();
        this.config = config || {};
        this.chunks = [];
        this.chunklen = 0;
        this.libmime = new Libmime2({ Iconv: this.config.Iconv });
      }
      /**
       * @param {Buffer | string} chunk
       * @param {BufferEncoding} encoding
       * @param {import('stream').TransformCallback} callback
       * @returns {void}
       */
      _transform(chunk, encoding, callback) {
        if (!chunk || !chunk.length) {
          return callback();
        }
        if (typeof chunk === "string") {
          chunk = Buffer.from(chunk, encoding);
        }
        this.chunks.push(chunk);
        this.chunklen += chunk.length;
        callback();
      }
      /**
       * @param {import('stream').TransformCallback} callback
       * @returns {void}
       */
      _flush(callback) {
        if (this.chunklen) {
          let currentBody = Buffer.concat(this.chunks, this.chunklen);
          let content = this.libmime.decodeFlowed(currentBody.toString("binary"), this.config.delSp);
          this.push(Buffer.from(content, "binary"));
        }
        return callback();
      }
    };
    module.exports = FlowedDecoder2;
  }
});

// node_modules/mailparser/node_modules/@zone-eu/mailsplit/lib/node-rewriter.js
var require_node_rewriter = __commonJS({
  "node_modules/mailparser/node_modules/@zone-eu/mailsplit/lib/node-rewriter.js"(exports, module) {
    "use strict";
    var Transform5 = __require("stream").Transform;
    var FlowedDecoder2 = require_flowed_decoder();
    var NodeRewriter = class extends Transform5 {
      /**
       * @param {FilterFunc} filterFunc Function that receives a MIME node and returns true to rewrite it.
       * @param {Function} [rewriteAction] Optional compatibility hook stored on the instance.
       */
      constructor(filterFunc, rewriteAction) {
        let options = {
          readableObjectMode: true,
          writableObjectMode: true
        };
        super(options);
        this.filterFunc = filterFunc;
        this.rewriteAction = rewriteAction;
        this.decoder = false;
        this.encoder = false;
        this.continue = false;
      }
      /**
       * @param {RewriterInput} data
       * @param {BufferEncoding} encoding
       * @param {import('stream').TransformCallback} callback
       * @returns {void}
       */
      _transform(data, encoding, callback) {
        this.processIncoming(data, callback);
      }
      /**
       * @param {import('stream').TransformCallback} callback
       * @returns {void}
       */
      _flush(callback) {
        if (this.decoder) {
          return this.processIncoming(
            {
              type: "none"
            },
            callback
          );
        }
        return callback();
      }
      /**
       * @param {RewriterInput} data
       * @param {import('stream').TransformCallback} callback
       * @returns {void}
       */
      processIncoming(data, callback) {
        if (this.decoder && data.type === "body") {
          if (!this.decoder.write(data.value)) {
            this.decoder.once("drain", callback);
            return;
          } else {
            return callback();
          }
        } else if (this.decoder && data.type !== "body") {
          this.continue = () => {
            this.continue = false;
            this.decoder = false;
            this.encoder = false;
            this.processIncoming(data, callback);
          };
          this.decoder.end();
          return;
        } else if (data.type === "node" && this.filterFunc(data)) {
          this.emit("node", this.createDecodePair(data));
        } else if (this.readable && data.type !== "none") {
          this.push(data);
        }
        callback();
      }
      /**
       * @param {MimeNode} node
       * @returns {RewriterNode}
       */
      createDecodePair(node) {
        this.decoder = /** @type {DecoderStream} */
        node.getDecoder();
        if (["base64", "quoted-printable"].includes(node.encoding || "")) {
          this.encoder = node.getEncoder();
        } else {
          this.encoder = node.getEncoder("quoted-printable");
        }
        let lastByte = false;
        let decoder = (
          /** @type {DecoderStream} */
          this.decoder
        );
        let encoder = (
          /** @type {ContentStream} */
          this.encoder
        );
        let firstChunk = true;
        decoder.$reading = false;
        let readFromEncoder = () => {
          decoder.$reading = true;
          let data = encoder.read();
          if (data === null) {
            decoder.$reading = false;
            return;
          }
          if (firstChunk) {
            firstChunk = false;
            if (this.readable) {
              this.push(node);
            }
          }
          let writeMore = true;
          if (this.readable) {
            writeMore = this.push({
              node,
              type: "body",
              value: data
            });
            lastByte = data && data.length && data[data.length - 1];
          }
          if (writeMore) {
            return setImmediate(readFromEncoder);
          } else {
            encoder.pause();
            setTimeout(() => {
              encoder.resume();
              setImmediate(readFromEncoder);
            }, 100);
          }
        };
        encoder.on("readable", () => {
          if (!decoder.$reading) {
            return readFromEncoder();
          }
        });
        encoder.on("end", () => {
          if (firstChunk) {
            firstChunk = false;
            if (this.readable) {
              this.push(node);
            }
          }
          if (lastByte !== 10) {
            this.push({
              node,
              type: "body",
              value: Buffer.from([10])
            });
          }
          if (this.continue) {
            return this.continue();
          }
        });
        if (/^text\//.test(node.contentType || "") && node.flowed) {
          let flowDecoder = decoder;
          decoder = new FlowedDecoder2({
            delSp: node.delSp
          });
          flowDecoder.on(
            "error",
            /**
             * Forwards flowed decoder errors to the replacement decoder.
             *
             * @param {Error} err Decoder error to forward.
             * @returns {void}
             */
            (err) => {
              decoder.emit("error", err);
            }
          );
          flowDecoder.pipe(decoder);
          node.flowed = false;
          node.delSp = false;
          node.setContentType();
        }
        return {
          node,
          decoder,
          encoder
        };
      }
    };
    module.exports = NodeRewriter;
  }
});

// node_modules/mailparser/node_modules/@zone-eu/mailsplit/lib/node-streamer.js
var require_node_streamer = __commonJS({
  "node_modules/mailparser/node_modules/@zone-eu/mailsplit/lib/node-streamer.js"(exports, module) {
    "use strict";
    var Transform5 = __require("stream").Transform;
    var FlowedDecoder2 = require_flowed_decoder();
    var NodeStreamer = class extends Transform5 {
      /**
       * @param {FilterFunc} filterFunc Function that receives a MIME node and returns true to stream it.
       * @param {Function} [streamAction] Optional compatibility hook stored on the instance.
       */
      constructor(filterFunc, streamAction) {
        let options = {
          readableObjectMode: true,
          writableObjectMode: true
        };
        super(options);
        this.filterFunc = filterFunc;
        this.streamAction = streamAction;
        this.decoder = false;
        this.canContinue = false;
        this.continue = false;
      }
      /**
       * @param {RewriterInput} data
       * @param {BufferEncoding} encoding
       * @param {import('stream').TransformCallback} callback
       * @returns {void}
       */
      _transform(data, encoding, callback) {
        this.processIncoming(data, callback);
      }
      /**
       * @param {import('stream').TransformCallback} callback
       * @returns {void}
       */
      _flush(callback) {
        if (this.decoder) {
          return this.processIncoming(
            {
              type: "none"
            },
            callback
          );
        }
        return callback();
      }
      /**
       * @param {RewriterInput} data
       * @param {import('stream').TransformCallback} callback
       * @returns {void}
       */
      processIncoming(data, callback) {
        if (this.decoder && data.type === "body") {
          this.push(data);
          if (!this.decoder.write(data.value)) {
            this.decoder.once("drain", callback);
            return;
          } else {
            return callback();
          }
        } else if (this.decoder && data.type !== "body") {
          let doContinue = () => {
            this.continue = false;
            this.decoder = false;
            this.canContinue = false;
            this.processIncoming(data, callback);
          };
          if (this.canContinue) {
            setImmediate(doContinue);
          } else {
            this.continue = () => doContinue();
          }
          this.decoder.end();
          return;
        } else if (data.type === "node" && this.filterFunc(data)) {
          this.push(data);
          this.emit("node", this.createDecoder(data));
        } else if (this.readable && data.type !== "none") {
          this.push(data);
        }
        callback();
      }
      /**
       * @param {MimeNode} node
       * @returns {StreamerNode}
       */
      createDecoder(node) {
        this.decoder = /** @type {DecoderStream} */
        node.getDecoder();
        let decoder = (
          /** @type {DecoderStream} */
          this.decoder
        );
        decoder.$reading = false;
        if (/^text\//.test(node.contentType || "") && node.flowed) {
          let flowDecoder = decoder;
          decoder = new FlowedDecoder2({
            delSp: node.delSp
          });
          flowDecoder.on(
            "error",
            /**
             * Forwards flowed decoder errors to the output decoder.
             *
             * @param {Error} err Decoder error to forward.
             * @returns {void}
             */
            (err) => {
              decoder.emit("error", err);
            }
          );
          flowDecoder.pipe(decoder);
        }
        return {
          node,
          decoder,
          /**
           * Marks the selected node stream as consumed so the passthrough can continue.
           *
           * @returns {void}
           */
          done: () => {
            if (typeof this.continue === "function") {
              this.continue();
            } else {
              this.canContinue = true;
            }
          }
        };
      }
    };
    module.exports = NodeStreamer;
  }
});

// node_modules/mailparser/node_modules/@zone-eu/mailsplit/lib/chunked-passthrough.js
var require_chunked_passthrough = __commonJS({
  "node_modules/mailparser/node_modules/@zone-eu/mailsplit/lib/chunked-passthrough.js"(exports, module) {
    "use strict";
    var { Transform: Transform5 } = __require("stream");
    var ChunkedPassthrough2 = class extends Transform5 {
      /**
       * @param {import('..').ChunkedPassthroughOptions} [options]
       */
      constructor(options = {}) {
        let config = {
          readableObjectMode: true,
          writableObjectMode: false
        };
        super(config);
        this.chunkSize = options.chunkSize || 64 * 1024;
        this.buffer = Buffer.alloc(0);
      }
      /**
       * @param {Buffer} chunk
       * @param {BufferEncoding} encoding
       * @param {import('stream').TransformCallback} callback
       * @returns {void}
       */
      _transform(chunk, encoding, callback) {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        if (this.buffer.length >= this.chunkSize) {
          this.push(this.buffer);
          this.buffer = Buffer.alloc(0);
        }
        callback();
      }
      /**
       * @param {import('stream').TransformCallback} callback
       * @returns {void}
       */
      _flush(callback) {
        if (this.buffer.length > 0) {
          this.push(this.buffer);
          this.buffer = Buffer.alloc(0);
        }
        callback();
      }
    };
    module.exports = ChunkedPassthrough2;
  }
});

// node_modules/mailparser/node_modules/@zone-eu/mailsplit/index.js
var require_mailsplit = __commonJS({
  "node_modules/mailparser/node_modules/@zone-eu/mailsplit/index.js"(exports, module) {
    "use strict";
    var MessageSplitter = require_message_splitter();
    var MessageJoiner = require_message_joiner();
    var NodeRewriter = require_node_rewriter();
    var NodeStreamer = require_node_streamer();
    var Headers = require_headers();
    var ChunkedPassthrough2 = require_chunked_passthrough();
    var MimeNode = require_mime_node();
    module.exports = {
      Splitter: MessageSplitter,
      Joiner: MessageJoiner,
      Rewriter: NodeRewriter,
      Streamer: NodeStreamer,
      ChunkedPassthrough: ChunkedPassthrough2,
      Headers,
      MimeNode
    };
  }
});

// node_modules/he/he.js
var require_he = __commonJS({
  "node_modules/he/he.js"(exports, module) {
    (function(root) {
      var freeExports = typeof exports == "object" && exports;
      var freeModule = typeof module == "object" && module && module.exports == freeExports && module;
      var freeGlobal = typeof global == "object" && global;
      if (freeGlobal.global === freeGlobal || freeGlobal.window === freeGlobal) {
        root = freeGlobal;
      }
      var regexAstralSymbols = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
      var regexAsciiWhitelist = /[\x01-\x7F]/g;
      var regexBmpWhitelist = /[\x01-\t\x0B\f\x0E-\x1F\x7F\x81\x8D\x8F\x90\x9D\xA0-\uFFFF]/g;
      var regexEncodeNonAscii = /<\u20D2|=\u20E5|>\u20D2|\u205F\u200A|\u219D\u0338|\u2202\u0338|\u2220\u20D2|\u2229\uFE00|\u222A\uFE00|\u223C\u20D2|\u223D\u0331|\u223E\u0333|\u2242\u0338|\u224B\u0338|\u224D\u20D2|\u224E\u0338|\u224F\u0338|\u2250\u0338|\u2261\u20E5|\u2264\u20D2|\u2265\u20D2|\u2266\u0338|\u2267\u0338|\u2268\uFE00|\u2269\uFE00|\u226A\u0338|\u226A\u20D2|\u226B\u0338|\u226B\u20D2|\u227F\u0338|\u2282\u20D2|\u2283\u20D2|\u228A\uFE00|\u228B\uFE00|\u228F\u0338|\u2290\u0338|\u2293\uFE00|\u2294\uFE00|\u22B4\u20D2|\u22B5\u20D2|\u22D8\u0338|\u22D9\u0338|\u22DA\uFE00|\u22DB\uFE00|\u22F5\u0338|\u22F9\u0338|\u2933\u0338|\u29CF\u0338|\u29D0\u0338|\u2A6D\u0338|\u2A70\u0338|\u2A7D\u0338|\u2A7E\u0338|\u2AA1\u0338|\u2AA2\u0338|\u2AAC\uFE00|\u2AAD\uFE00|\u2AAF\u0338|\u2AB0\u0338|\u2AC5\u0338|\u2AC6\u0338|\u2ACB\uFE00|\u2ACC\uFE00|\u2AFD\u20E5|[\xA0-\u0113\u0116-\u0122\u0124-\u012B\u012E-\u014D\u0150-\u017E\u0192\u01B5\u01F5\u0237\u02C6\u02C7\u02D8-\u02DD\u0311\u0391-\u03A1\u03A3-\u03A9\u03B1-\u03C9\u03D1\u03D2\u03D5\u03D6\u03DC\u03DD\u03F0\u03F1\u03F5\u03F6\u0401-\u040C\u040E-\u044F\u0451-\u045C\u045E\u045F\u2002-\u2005\u2007-\u2010\u2013-\u2016\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2025\u2026\u2030-\u2035\u2039\u203A\u203E\u2041\u2043\u2044\u204F\u2057\u205F-\u2063\u20AC\u20DB\u20DC\u2102\u2105\u210A-\u2113\u2115-\u211E\u2122\u2124\u2127-\u2129\u212C\u212D\u212F-\u2131\u2133-\u2138\u2145-\u2148\u2153-\u215E\u2190-\u219B\u219D-\u21A7\u21A9-\u21AE\u21B0-\u21B3\u21B5-\u21B7\u21BA-\u21DB\u21DD\u21E4\u21E5\u21F5\u21FD-\u2205\u2207-\u2209\u220B\u220C\u220F-\u2214\u2216-\u2218\u221A\u221D-\u2238\u223A-\u2257\u2259\u225A\u225C\u225F-\u2262\u2264-\u228B\u228D-\u229B\u229D-\u22A5\u22A7-\u22B0\u22B2-\u22BB\u22BD-\u22DB\u22DE-\u22E3\u22E6-\u22F7\u22F9-\u22FE\u2305\u2306\u2308-\u2310\u2312\u2313\u2315\u2316\u231C-\u231F\u2322\u2323\u232D\u232E\u2336\u233D\u233F\u237C\u23B0\u23B1\u23B4-\u23B6\u23DC-\u23DF\u23E2\u23E7\u2423\u24C8\u2500\u2502\u250C\u2510\u2514\u2518\u251C\u2524\u252C\u2534\u253C\u2550-\u256C\u2580\u2584\u2588\u2591-\u2593\u25A1\u25AA\u25AB\u25AD\u25AE\u25B1\u25B3-\u25B5\u25B8\u25B9\u25BD-\u25BF\u25C2\u25C3\u25CA\u25CB\u25EC\u25EF\u25F8-\u25FC\u2605\u2606\u260E\u2640\u2642\u2660\u2663\u2665\u2666\u266A\u266D-\u266F\u2713\u2717\u2720\u2736\u2758\u2772\u2773\u27C8\u27C9\u27E6-\u27ED\u27F5-\u27FA\u27FC\u27FF\u2902-\u2905\u290C-\u2913\u2916\u2919-\u2920\u2923-\u292A\u2933\u2935-\u2939\u293C\u293D\u2945\u2948-\u294B\u294E-\u2976\u2978\u2979\u297B-\u297F\u2985\u2986\u298B-\u2996\u299A\u299C\u299D\u29A4-\u29B7\u29B9\u29BB\u29BC\u29BE-\u29C5\u29C9\u29CD-\u29D0\u29DC-\u29DE\u29E3-\u29E5\u29EB\u29F4\u29F6\u2A00-\u2A02\u2A04\u2A06\u2A0C\u2A0D\u2A10-\u2A17\u2A22-\u2A27\u2A29\u2A2A\u2A2D-\u2A31\u2A33-\u2A3C\u2A3F\u2A40\u2A42-\u2A4D\u2A50\u2A53-\u2A58\u2A5A-\u2A5D\u2A5F\u2A66\u2A6A\u2A6D-\u2A75\u2A77-\u2A9A\u2A9D-\u2AA2\u2AA4-\u2AB0\u2AB3-\u2AC8\u2ACB\u2ACC\u2ACF-\u2ADB\u2AE4\u2AE6-\u2AE9\u2AEB-\u2AF3\u2AFD\uFB00-\uFB04]|\uD835[\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDCCF\uDD04\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDD6B]/g;
      var encodeMap = { "­": "shy", "‌": "zwnj", "‍": "zwj", "‎": "lrm", "⁣": "ic", "⁢": "it", "⁡": "af", "‏": "rlm", "​": "ZeroWidthSpace", "⁠": "NoBreak", "̑": "DownBreve", "⃛": "tdot", "⃜": "DotDot", "	": "Tab", "\n": "NewLine", " ": "puncsp", " ": "MediumSpace", " ": "thinsp", " ": "hairsp", " ": "emsp13", " ": "ensp", " ": "emsp14", " ": "emsp", " ": "numsp", " ": "nbsp", "  ": "ThickSpace", "‾": "oline", "_": "lowbar", "‐": "dash", "–": "ndash", "—": "mdash", "―": "horbar", ",": "comma", ";": "semi", "⁏": "bsemi", ":": "colon", "⩴": "Colone", "!": "excl", "¡": "iexcl", "?": "quest", "¿": "iquest", ".": "period", "‥": "nldr", "…": "mldr", "·": "middot", "'": "apos", "‘": "lsquo", "’": "rsquo", "‚": "sbquo", "‹": "lsaquo", "›": "rsaquo", '"': "quot", "“": "ldquo", "”": "rdquo", "„": "bdquo", "«": "laquo", "»": "raquo", "(": "lpar", ")": "rpar", "[": "lsqb", "]": "rsqb", "{": "lcub", "}": "rcub", "⌈": "lceil", "⌉": "rceil", "⌊": "lfloor", "⌋": "rfloor", "⦅": "lopar", "⦆": "ropar", "⦋": "lbrke", "⦌": "rbrke", "⦍": "lbrkslu", "⦎": "rbrksld", "⦏": "lbrksld", "⦐": "rbrkslu", "⦑": "langd", "⦒": "rangd", "⦓": "lparlt", "⦔": "rpargt", "⦕": "gtlPar", "⦖": "ltrPar", "⟦": "lobrk", "⟧": "robrk", "⟨": "lang", "⟩": "rang", "⟪": "Lang", "⟫": "Rang", "⟬": "loang", "⟭": "roang", "❲": "lbbrk", "❳": "rbbrk", "‖": "Vert", "§": "sect", "¶": "para", "@": "commat", "*": "ast", "/": "sol", "undefined": null, "&": "amp", "#": "num", "%": "percnt", "‰": "permil", "‱": "pertenk", "†": "dagger", "‡": "Dagger", "•": "bull", "⁃": "hybull", "′": "prime", "″": "Prime", "‴": "tprime", "⁗": "qprime", "‵": "bprime", "⁁": "caret", "`": "grave", "´": "acute", "˜": "tilde", "^": "Hat", "¯": "macr", "˘": "breve", "˙": "dot", "¨": "die", "˚": "ring", "˝": "dblac", "¸": "cedil", "˛": "ogon", "ˆ": "circ", "ˇ": "caron", "°": "deg", "©": "copy", "®": "reg", "℗": "copysr", "℘": "wp", "℞": "rx", "℧": "mho", "℩": "iiota", "←": "larr", "↚": "nlarr", "→": "rarr", "↛": "nrarr", "↑": "uarr", "↓": "darr", "↔": "harr", "↮": "nharr", "↕": "varr", "↖": "nwarr", "↗": "nearr", "↘": "searr", "↙": "swarr", "↝": "rarrw", "↝̸": "nrarrw", "↞": "Larr", "↟": "Uarr", "↠": "Rarr", "↡": "Darr", "↢": "larrtl", "↣": "rarrtl", "↤": "mapstoleft", "↥": "mapstoup", "↦": "map", "↧": "mapstodown", "↩": "larrhk", "↪": "rarrhk", "↫": "larrlp", "↬": "rarrlp", "↭": "harrw", "↰": "lsh", "↱": "rsh", "↲": "ldsh", "↳": "rdsh", "↵": "crarr", "↶": "cularr", "↷": "curarr", "↺": "olarr", "↻": "orarr", "↼": "lharu", "↽": "lhard", "↾": "uharr", "↿": "uharl", "⇀": "rharu", "⇁": "rhard", "⇂": "dharr", "⇃": "dharl", "⇄": "rlarr", "⇅": "udarr", "⇆": "lrarr", "⇇": "llarr", "⇈": "uuarr", "⇉": "rrarr", "⇊": "ddarr", "⇋": "lrhar", "⇌": "rlhar", "⇐": "lArr", "⇍": "nlArr", "⇑": "uArr", "⇒": "rArr", "⇏": "nrArr", "⇓": "dArr", "⇔": "iff", "⇎": "nhArr", "⇕": "vArr", "⇖": "nwArr", "⇗": "neArr", "⇘": "seArr", "⇙": "swArr", "⇚": "lAarr", "⇛": "rAarr", "⇝": "zigrarr", "⇤": "larrb", "⇥": "rarrb", "⇵": "duarr", "⇽": "loarr", "⇾": "roarr", "⇿": "hoarr", "∀": "forall", "∁": "comp", "∂": "part", "∂̸": "npart", "∃": "exist", "∄": "nexist", "∅": "empty", "∇": "Del", "∈": "in", "∉": "notin", "∋": "ni", "∌": "notni", "϶": "bepsi", "∏": "prod", "∐": "coprod", "∑": "sum", "+": "plus", "±": "pm", "÷": "div", "×": "times", "<": "lt", "≮": "nlt", "<⃒": "nvlt", "=": "equals", "≠": "ne", "=⃥": "bne", "⩵": "Equal", ">": "gt", "≯": "ngt", ">⃒": "nvgt", "¬": "not", "|": "vert", "¦": "brvbar", "−": "minus", "∓": "mp", "∔": "plusdo", "⁄": "frasl", "∖": "setmn", "∗": "lowast", "∘": "compfn", "√": "Sqrt", "∝": "prop", "∞": "infin", "∟": "angrt", "∠": "ang", "∠⃒": "nang", "∡": "angmsd", "∢": "angsph", "∣": "mid", "∤": "nmid", "∥": "par", "∦": "npar", "∧": "and", "∨": "or", "∩": "cap", "∩︀": "caps", "∪": "cup", "∪︀": "cups", "∫": "int", "∬": "Int", "∭": "tint", "⨌": "qint", "∮": "oint", "∯": "Conint", "∰": "Cconint", "∱": "cwint", "∲": "cwconint", "∳": "awconint", "∴": "there4", "∵": "becaus", "∶": "ratio", "∷": "Colon", "∸": "minusd", "∺": "mDDot", "∻": "homtht", "∼": "sim", "≁": "nsim", "∼⃒": "nvsim", "∽": "bsim", "∽̱": "race", "∾": "ac", "∾̳": "acE", "∿": "acd", "≀": "wr", "≂": "esim", "≂̸": "nesim", "≃": "sime", "≄": "nsime", "≅": "cong", "≇": "ncong", "≆": "simne", "≈": "ap", "≉": "nap", "≊": "ape", "≋": "apid", "≋̸": "napid", "≌": "bcong", "≍": "CupCap", "≭": "NotCupCap", "≍⃒": "nvap", "≎": "bump", "≎̸": "nbump", "≏": "bumpe", "≏̸": "nbumpe", "≐": "doteq", "≐̸": "nedot", "≑": "eDot", "≒": "efDot", "≓": "erDot", "≔": "colone", "≕": "ecolon", "≖": "ecir", "≗": "cire", "≙": "wedgeq", "≚": "veeeq", "≜": "trie", "≟": "equest", "≡": "equiv", "≢": "nequiv", "≡⃥": "bnequiv", "≤": "le", "≰": "nle", "≤⃒": "nvle", "≥": "ge", "≱": "nge", "≥⃒": "nvge", "≦": "lE", "≦̸": "nlE", "≧": "gE", "≧̸": "ngE", "≨︀": "lvnE", "≨": "lnE", "≩": "gnE", "≩︀": "gvnE", "≪": "ll", "≪̸": "nLtv", "≪⃒": "nLt", "≫": "gg", "≫̸": "nGtv", "≫⃒": "nGt", "≬": "twixt", "≲": "lsim", "≴": "nlsim", "≳": "gsim", "≵": "ngsim", "≶": "lg", "≸": "ntlg", "≷": "gl", "≹": "ntgl", "≺": "pr", "⊀": "npr", "≻": "sc", "⊁": "nsc", "≼": "prcue", "⋠": "nprcue", "≽": "sccue", "⋡": "nsccue", "≾": "prsim", "≿": "scsim", "≿̸": "NotSucceedsTilde", "⊂": "sub", "⊄": "nsub", "⊂⃒": "vnsub", "⊃": "sup", "⊅": "nsup", "⊃⃒": "vnsup", "⊆": "sube", "⊈": "nsube", "⊇": "supe", "⊉": "nsupe", "⊊︀": "vsubne", "⊊": "subne", "⊋︀": "vsupne", "⊋": "supne", "⊍": "cupdot", "⊎": "uplus", "⊏": "sqsub", "⊏̸": "NotSquareSubset", "⊐": "sqsup", "⊐̸": "NotSquareSuperset", "⊑": "sqsube", "⋢": "nsqsube", "⊒": "sqsupe", "⋣": "nsqsupe", "⊓": "sqcap", "⊓︀": "sqcaps", "⊔": "sqcup", "⊔︀": "sqcups", "⊕": "oplus", "⊖": "ominus", "⊗": "otimes", "⊘": "osol", "⊙": "odot", "⊚": "ocir", "⊛": "oast", "⊝": "odash", "⊞": "plusb", "⊟": "minusb", "⊠": "timesb", "⊡": "sdotb", "⊢": "vdash", "⊬": "nvdash", "⊣": "dashv", "⊤": "top", "⊥": "bot", "⊧": "models", "⊨": "vDash", "⊭": "nvDash", "⊩": "Vdash", "⊮": "nVdash", "⊪": "Vvdash", "⊫": "VDash", "⊯": "nVDash", "⊰": "prurel", "⊲": "vltri", "⋪": "nltri", "⊳": "vrtri", "⋫": "nrtri", "⊴": "ltrie", "⋬": "nltrie", "⊴⃒": "nvltrie", "⊵": "rtrie", "⋭": "nrtrie", "⊵⃒": "nvrtrie", "⊶": "origof", "⊷": "imof", "⊸": "mumap", "⊹": "hercon", "⊺": "intcal", "⊻": "veebar", "⊽": "barvee", "⊾": "angrtvb", "⊿": "lrtri", "⋀": "Wedge", "⋁": "Vee", "⋂": "xcap", "⋃": "xcup", "⋄": "diam", "⋅": "sdot", "⋆": "Star", "⋇": "divonx", "⋈": "bowtie", "⋉": "ltimes", "⋊": "rtimes", "⋋": "lthree", "⋌": "rthree", "⋍": "bsime", "⋎": "cuvee", "⋏": "cuwed", "⋐": "Sub", "⋑": "Sup", "⋒": "Cap", "⋓": "Cup", "⋔": "fork", "⋕": "epar", "⋖": "ltdot", "⋗": "gtdot", "⋘": "Ll", "⋘̸": "nLl", "⋙": "Gg", "⋙̸": "nGg", "⋚︀": "lesg", "⋚": "leg", "⋛": "gel", "⋛︀": "gesl", "⋞": "cuepr", "⋟": "cuesc", "⋦": "lnsim", "⋧": "gnsim", "⋨": "prnsim", "⋩": "scnsim", "⋮": "vellip", "⋯": "ctdot", "⋰": "utdot", "⋱": "dtdot", "⋲": "disin", "⋳": "isinsv", "⋴": "isins", "⋵": "isindot", "⋵̸": "notindot", "⋶": "notinvc", "⋷": "notinvb", "⋹": "isinE", "⋹̸": "notinE", "⋺": "nisd", "⋻": "xnis", "⋼": "nis", "⋽": "notnivc", "⋾": "notnivb", "⌅": "barwed", "⌆": "Barwed", "⌌": "drcrop", "⌍": "dlcrop", "⌎": "urcrop", "⌏": "ulcrop", "⌐": "bnot", "⌒": "profline", "⌓": "profsurf", "⌕": "telrec", "⌖": "target", "⌜": "ulcorn", "⌝": "urcorn", "⌞": "dlcorn", "⌟": "drcorn", "⌢": "frown", "⌣": "smile", "⌭": "cylcty", "⌮": "profalar", "⌶": "topbot", "⌽": "ovbar", "⌿": "solbar", "⍼": "angzarr", "⎰": "lmoust", "⎱": "rmoust", "⎴": "tbrk", "⎵": "bbrk", "⎶": "bbrktbrk", "⏜": "OverParenthesis", "⏝": "UnderParenthesis", "⏞": "OverBrace", "⏟": "UnderBrace", "⏢": "trpezium", "⏧": "elinters", "␣": "blank", "─": "boxh", "│": "boxv", "┌": "boxdr", "┐": "boxdl", "└": "boxur", "┘": "boxul", "├": "boxvr", "┤": "boxvl", "┬": "boxhd", "┴": "boxhu", "┼": "boxvh", "═": "boxH", "║": "boxV", "╒": "boxdR", "╓": "boxDr", "╔": "boxDR", "╕": "boxdL", "╖": "boxDl", "╗": "boxDL", "╘": "boxuR", "╙": "boxUr", "╚": "boxUR", "╛": "boxuL", "╜": "boxUl", "╝": "boxUL", "╞": "boxvR", "╟": "boxVr", "╠": "boxVR", "╡": "boxvL", "╢": "boxVl", "╣": "boxVL", "╤": "boxHd", "╥": "boxhD", "╦": "boxHD", "╧": "boxHu", "╨": "boxhU", "╩": "boxHU", "╪": "boxvH", "╫": "boxVh", "╬": "boxVH", "▀": "uhblk", "▄": "lhblk", "█": "block", "░": "blk14", "▒": "blk12", "▓": "blk34", "□": "squ", "▪": "squf", "▫": "EmptyVerySmallSquare", "▭": "rect", "▮": "marker", "▱": "fltns", "△": "xutri", "▴": "utrif", "▵": "utri", "▸": "rtrif", "▹": "rtri", "▽": "xdtri", "▾": "dtrif", "▿": "dtri", "◂": "ltrif", "◃": "ltri", "◊": "loz", "○": "cir", "◬": "tridot", "◯": "xcirc", "◸": "ultri", "◹": "urtri", "◺": "lltri", "◻": "EmptySmallSquare", "◼": "FilledSmallSquare", "★": "starf", "☆": "star", "☎": "phone", "♀": "female", "♂": "male", "♠": "spades", "♣": "clubs", "♥": "hearts", "♦": "diams", "♪": "sung", "✓": "check", "✗": "cross", "✠": "malt", "✶": "sext", "❘": "VerticalSeparator", "⟈": "bsolhsub", "⟉": "suphsol", "⟵": "xlarr", "⟶": "xrarr", "⟷": "xharr", "⟸": "xlArr", "⟹": "xrArr", "⟺": "xhArr", "⟼": "xmap", "⟿": "dzigrarr", "⤂": "nvlArr", "⤃": "nvrArr", "⤄": "nvHarr", "⤅": "Map", "⤌": "lbarr", "⤍": "rbarr", "⤎": "lBarr", "⤏": "rBarr", "⤐": "RBarr", "⤑": "DDotrahd", "⤒": "UpArrowBar", "⤓": "DownArrowBar", "⤖": "Rarrtl", "⤙": "latail", "⤚": "ratail", "⤛": "lAtail", "⤜": "rAtail", "⤝": "larrfs", "⤞": "rarrfs", "⤟": "larrbfs", "⤠": "rarrbfs", "⤣": "nwarhk", "⤤": "nearhk", "⤥": "searhk", "⤦": "swarhk", "⤧": "nwnear", "⤨": "toea", "⤩": "tosa", "⤪": "swnwar", "⤳": "rarrc", "⤳̸": "nrarrc", "⤵": "cudarrr", "⤶": "ldca", "⤷": "rdca", "⤸": "cudarrl", "⤹": "larrpl", "⤼": "curarrm", "⤽": "cularrp", "⥅": "rarrpl", "⥈": "harrcir", "⥉": "Uarrocir", "⥊": "lurdshar", "⥋": "ldrushar", "⥎": "LeftRightVector", "⥏": "RightUpDownVector", "⥐": "DownLeftRightVector", "⥑": "LeftUpDownVector", "⥒": "LeftVectorBar", "⥓": "RightVectorBar", "⥔": "RightUpVectorBar", "⥕": "RightDownVectorBar", "⥖": "DownLeftVectorBar", "⥗": "DownRightVectorBar", "⥘": "LeftUpVectorBar", "⥙": "LeftDownVectorBar", "⥚": "LeftTeeVector", "⥛": "RightTeeVector", "⥜": "RightUpTeeVector", "⥝": "RightDownTeeVector", "⥞": "DownLeftTeeVector", "⥟": "DownRightTeeVector", "⥠": "LeftUpTeeVector", "⥡": "LeftDownTeeVector", "⥢": "lHar", "⥣": "uHar", "⥤": "rHar", "⥥": "dHar", "⥦": "luruhar", "⥧": "ldrdhar", "⥨": "ruluhar", "⥩": "rdldhar", "⥪": "lharul", "⥫": "llhard", "⥬": "rharul", "⥭": "lrhard", "⥮": "udhar", "⥯": "duhar", "⥰": "RoundImplies", "⥱": "erarr", "⥲": "simrarr", "⥳": "larrsim", "⥴": "rarrsim", "⥵": "rarrap", "⥶": "ltlarr", "⥸": "gtrarr", "⥹": "subrarr", "⥻": "suplarr", "⥼": "lfisht", "⥽": "rfisht", "⥾": "ufisht", "⥿": "dfisht", "⦚": "vzigzag", "⦜": "vangrt", "⦝": "angrtvbd", "⦤": "ange", "⦥": "range", "⦦": "dwangle", "⦧": "uwangle", "⦨": "angmsdaa", "⦩": "angmsdab", "⦪": "angmsdac", "⦫": "angmsdad", "⦬": "angmsdae", "⦭": "angmsdaf", "⦮": "angmsdag", "⦯": "angmsdah", "⦰": "bemptyv", "⦱": "demptyv", "⦲": "cemptyv", "⦳": "raemptyv", "⦴": "laemptyv", "⦵": "ohbar", "⦶": "omid", "⦷": "opar", "⦹": "operp", "⦻": "olcross", "⦼": "odsold", "⦾": "olcir", "⦿": "ofcir", "⧀": "olt", "⧁": "ogt", "⧂": "cirscir", "⧃": "cirE", "⧄": "solb", "⧅": "bsolb", "⧉": "boxbox", "⧍": "trisb", "⧎": "rtriltri", "⧏": "LeftTriangleBar", "⧏̸": "NotLeftTriangleBar", "⧐": "RightTriangleBar", "⧐̸": "NotRightTriangleBar", "⧜": "iinfin", "⧝": "infintie", "⧞": "nvinfin", "⧣": "eparsl", "⧤": "smeparsl", "⧥": "eqvparsl", "⧫": "lozf", "⧴": "RuleDelayed", "⧶": "dsol", "⨀": "xodot", "⨁": "xoplus", "⨂": "xotime", "⨄": "xuplus", "⨆": "xsqcup", "⨍": "fpartint", "⨐": "cirfnint", "⨑": "awint", "⨒": "rppolint", "⨓": "scpolint", "⨔": "npolint", "⨕": "pointint", "⨖": "quatint", "⨗": "intlarhk", "⨢": "pluscir", "⨣": "plusacir", "⨤": "simplus", "⨥": "plusdu", "⨦": "plussim", "⨧": "plustwo", "⨩": "mcomma", "⨪": "minusdu", "⨭": "loplus", "⨮": "roplus", "⨯": "Cross", "⨰": "timesd", "⨱": "timesbar", "⨳": "smashp", "⨴": "lotimes", "⨵": "rotimes", "⨶": "otimesas", "⨷": "Otimes", "⨸": "odiv", "⨹": "triplus", "⨺": "triminus", "⨻": "tritime", "⨼": "iprod", "⨿": "amalg", "⩀": "capdot", "⩂": "ncup", "⩃": "ncap", "⩄": "capand", "⩅": "cupor", "⩆": "cupcap", "⩇": "capcup", "⩈": "cupbrcap", "⩉": "capbrcup", "⩊": "cupcup", "⩋": "capcap", "⩌": "ccups", "⩍": "ccaps", "⩐": "ccupssm", "⩓": "And", "⩔": "Or", "⩕": "andand", "⩖": "oror", "⩗": "orslope", "⩘": "andslope", "⩚": "andv", "⩛": "orv", "⩜": "andd", "⩝": "ord", "⩟": "wedbar", "⩦": "sdote", "⩪": "simdot", "⩭": "congdot", "⩭̸": "ncongdot", "⩮": "easter", "⩯": "apacir", "⩰": "apE", "⩰̸": "napE", "⩱": "eplus", "⩲": "pluse", "⩳": "Esim", "⩷": "eDDot", "⩸": "equivDD", "⩹": "ltcir", "⩺": "gtcir", "⩻": "ltquest", "⩼": "gtquest", "⩽": "les", "⩽̸": "nles", "⩾": "ges", "⩾̸": "nges", "⩿": "lesdot", "⪀": "gesdot", "⪁": "lesdoto", "⪂": "gesdoto", "⪃": "lesdotor", "⪄": "gesdotol", "⪅": "lap", "⪆": "gap", "⪇": "lne", "⪈": "gne", "⪉": "lnap", "⪊": "gnap", "⪋": "lEg", "⪌": "gEl", "⪍": "lsime", "⪎": "gsime", "⪏": "lsimg", "⪐": "gsiml", "⪑": "lgE", "⪒": "glE", "⪓": "lesges", "⪔": "gesles", "⪕": "els", "⪖": "egs", "⪗": "elsdot", "⪘": "egsdot", "⪙": "el", "⪚": "eg", "⪝": "siml", "⪞": "simg", "⪟": "simlE", "⪠": "simgE", "⪡": "LessLess", "⪡̸": "NotNestedLessLess", "⪢": "GreaterGreater", "⪢̸": "NotNestedGreaterGreater", "⪤": "glj", "⪥": "gla", "⪦": "ltcc", "⪧": "gtcc", "⪨": "lescc", "⪩": "gescc", "⪪": "smt", "⪫": "lat", "⪬": "smte", "⪬︀": "smtes", "⪭": "late", "⪭︀": "lates", "⪮": "bumpE", "⪯": "pre", "⪯̸": "npre", "⪰": "sce", "⪰̸": "nsce", "⪳": "prE", "⪴": "scE", "⪵": "prnE", "⪶": "scnE", "⪷": "prap", "⪸": "scap", "⪹": "prnap", "⪺": "scnap", "⪻": "Pr", "⪼": "Sc", "⪽": "subdot", "⪾": "supdot", "⪿": "subplus", "⫀": "supplus", "⫁": "submult", "⫂": "supmult", "⫃": "subedot", "⫄": "supedot", "⫅": "subE", "⫅̸": "nsubE", "⫆": "supE", "⫆̸": "nsupE", "⫇": "subsim", "⫈": "supsim", "⫋︀": "vsubnE", "⫋": "subnE", "⫌︀": "vsupnE", "⫌": "supnE", "⫏": "csub", "⫐": "csup", "⫑": "csube", "⫒": "csupe", "⫓": "subsup", "⫔": "supsub", "⫕": "subsub", "⫖": "supsup", "⫗": "suphsub", "⫘": "supdsub", "⫙": "forkv", "⫚": "topfork", "⫛": "mlcp", "⫤": "Dashv", "⫦": "Vdashl", "⫧": "Barv", "⫨": "vBar", "⫩": "vBarv", "⫫": "Vbar", "⫬": "Not", "⫭": "bNot", "⫮": "rnmid", "⫯": "cirmid", "⫰": "midcir", "⫱": "topcir", "⫲": "nhpar", "⫳": "parsim", "⫽": "parsl", "⫽⃥": "nparsl", "♭": "flat", "♮": "natur", "♯": "sharp", "¤": "curren", "¢": "cent", "$": "dollar", "£": "pound", "¥": "yen", "€": "euro", "¹": "sup1", "½": "half", "⅓": "frac13", "¼": "frac14", "⅕": "frac15", "⅙": "frac16", "⅛": "frac18", "²": "sup2", "⅔": "frac23", "⅖": "frac25", "³": "sup3", "¾": "frac34", "⅗": "frac35", "⅜": "frac38", "⅘": "frac45", "⅚": "frac56", "⅝": "frac58", "⅞": "frac78", "𝒶": "ascr", "𝕒": "aopf", "𝔞": "afr", "𝔸": "Aopf", "𝔄": "Afr", "𝒜": "Ascr", "ª": "ordf", "á": "aacute", "Á": "Aacute", "à": "agrave", "À": "Agrave", "ă": "abreve", "Ă": "Abreve", "â": "acirc", "Â": "Acirc", "å": "aring", "Å": "angst", "ä": "auml", "Ä": "Auml", "ã": "atilde", "Ã": "Atilde", "ą": "aogon", "Ą": "Aogon", "ā": "amacr", "Ā": "Amacr", "æ": "aelig", "Æ": "AElig", "𝒷": "bscr", "𝕓": "bopf", "𝔟": "bfr", "𝔹": "Bopf", "ℬ": "Bscr", "𝔅": "Bfr", "𝔠": "cfr", "𝒸": "cscr", "𝕔": "copf", "ℭ": "Cfr", "𝒞": "Cscr", "ℂ": "Copf", "ć": "cacute", "Ć": "Cacute", "ĉ": "ccirc", "Ĉ": "Ccirc", "č": "ccaron", "Č": "Ccaron", "ċ": "cdot", "Ċ": "Cdot", "ç": "ccedil", "Ç": "Ccedil", "℅": "incare", "𝔡": "dfr", "ⅆ": "dd", "𝕕": "dopf", "𝒹": "dscr", "𝒟": "Dscr", "𝔇": "Dfr", "ⅅ": "DD", "𝔻": "Dopf", "ď": "dcaron", "Ď": "Dcaron", "đ": "dstrok", "Đ": "Dstrok", "ð": "eth", "Ð": "ETH", "ⅇ": "ee", "ℯ": "escr", "𝔢": "efr", "𝕖": "eopf", "ℰ": "Escr", "𝔈": "Efr", "𝔼": "Eopf", "é": "eacute", "É": "Eacute", "è": "egrave", "È": "Egrave", "ê": "ecirc", "Ê": "Ecirc", "ě": "ecaron", "Ě": "Ecaron", "ë": "euml", "Ë": "Euml", "ė": "edot", "Ė": "Edot", "ę": "eogon", "Ę": "Eogon", "ē": "emacr", "Ē": "Emacr", "𝔣": "ffr", "𝕗": "fopf", "𝒻": "fscr", "𝔉": "Ffr", "𝔽": "Fopf", "ℱ": "Fscr", "ﬀ": "fflig", "ﬃ": "ffilig", "ﬄ": "ffllig", "ﬁ": "filig", "fj": "fjlig", "ﬂ": "fllig", "ƒ": "fnof", "ℊ": "gscr", "𝕘": "gopf", "𝔤": "gfr", "𝒢": "Gscr", "𝔾": "Gopf", "𝔊": "Gfr", "ǵ": "gacute", "ğ": "gbreve", "Ğ": "Gbreve", "ĝ": "gcirc", "Ĝ": "Gcirc", "ġ": "gdot", "Ġ": "Gdot", "Ģ": "Gcedil", "𝔥": "hfr", "ℎ": "planckh", "𝒽": "hscr", "𝕙": "hopf", "ℋ": "Hscr", "ℌ": "Hfr", "ℍ": "Hopf", "ĥ": "hcirc", "Ĥ": "Hcirc", "ℏ": "hbar", "ħ": "hstrok", "Ħ": "Hstrok", "𝕚": "iopf", "𝔦": "ifr", "𝒾": "iscr", "ⅈ": "ii", "𝕀": "Iopf", "ℐ": "Iscr", "ℑ": "Im", "í": "iacute", "Í": "Iacute", "ì": "igrave", "Ì": "Igrave", "î": "icirc", "Î": "Icirc", "ï": "iuml", "Ï": "Iuml", "ĩ": "itilde", "Ĩ": "Itilde", "İ": "Idot", "į": "iogon", "Į": "Iogon", "ī": "imacr", "Ī": "Imacr", "ĳ": "ijlig", "Ĳ": "IJlig", "ı": "imath", "𝒿": "jscr", "𝕛": "jopf", "𝔧": "jfr", "𝒥": "Jscr", "𝔍": "Jfr", "𝕁": "Jopf", "ĵ": "jcirc", "Ĵ": "Jcirc", "ȷ": "jmath", "𝕜": "kopf", "𝓀": "kscr", "𝔨": "kfr", "𝒦": "Kscr", "𝕂": "Kopf", "𝔎": "Kfr", "ķ": "kcedil", "Ķ": "Kcedil", "𝔩": "lfr", "𝓁": "lscr", "ℓ": "ell", "𝕝": "lopf", "ℒ": "Lscr", "𝔏": "Lfr", "𝕃": "Lopf", "ĺ": "lacute", "Ĺ": "Lacute", "ľ": "lcaron", "Ľ": "Lcaron", "ļ": "lcedil", "Ļ": "Lcedil", "ł": "lstrok", "Ł": "Lstrok", "ŀ": "lmidot", "Ŀ": "Lmidot", "𝔪": "mfr", "𝕞": "mopf", "𝓂": "mscr", "𝔐": "Mfr", "𝕄": "Mopf", "ℳ": "Mscr", "𝔫": "nfr", "𝕟": "nopf", "𝓃": "nscr", "ℕ": "Nopf", "𝒩": "Nscr", "𝔑": "Nfr", "ń": "nacute", "Ń": "Nacute", "ň": "ncaron", "Ň": "Ncaron", "ñ": "ntilde", "Ñ": "Ntilde", "ņ": "ncedil", "Ņ": "Ncedil", "№": "numero", "ŋ": "eng", "Ŋ": "ENG", "𝕠": "oopf", "𝔬": "ofr", "ℴ": "oscr", "𝒪": "Oscr", "𝔒": "Ofr", "𝕆": "Oopf", "º": "ordm", "ó": "oacute", "Ó": "Oacute", "ò": "ograve", "Ò": "Ograve", "ô": "ocirc", "Ô": "Ocirc", "ö": "ouml", "Ö": "Ouml", "ő": "odblac", "Ő": "Odblac", "õ": "otilde", "Õ": "Otilde", "ø": "oslash", "Ø": "Oslash", "ō": "omacr", "Ō": "Omacr", "œ": "oelig", "Œ": "OElig", "𝔭": "pfr", "𝓅": "pscr", "𝕡": "popf", "ℙ": "Popf", "𝔓": "Pfr", "𝒫": "Pscr", "𝕢": "qopf", "𝔮": "qfr", "𝓆": "qscr", "𝒬": "Qscr", "𝔔": "Qfr", "ℚ": "Qopf", "ĸ": "kgreen", "𝔯": "rfr", "𝕣": "ropf", "𝓇": "rscr", "ℛ": "Rscr", "ℜ": "Re", "ℝ": "Ropf", "ŕ": "racute", "Ŕ": "Racute", "ř": "rcaron", "Ř": "Rcaron", "ŗ": "rcedil", "Ŗ": "Rcedil", "𝕤": "sopf", "𝓈": "sscr", "𝔰": "sfr", "𝕊": "Sopf", "𝔖": "Sfr", "𝒮": "Sscr", "Ⓢ": "oS", "ś": "sacute", "Ś": "Sacute", "ŝ": "scirc", "Ŝ": "Scirc", "š": "scaron", "Š": "Scaron", "ş": "scedil", "Ş": "Scedil", "ß": "szlig", "𝔱": "tfr", "𝓉": "tscr", "𝕥": "topf", "𝒯": "Tscr", "𝔗": "Tfr", "𝕋": "Topf", "ť": "tcaron", "Ť": "Tcaron", "ţ": "tcedil", "Ţ": "Tcedil", "™": "trade", "ŧ": "tstrok", "Ŧ": "Tstrok", "𝓊": "uscr", "𝕦": "uopf", "𝔲": "ufr", "𝕌": "Uopf", "𝔘": "Ufr", "𝒰": "Uscr", "ú": "uacute", "Ú": "Uacute", "ù": "ugrave", "Ù": "Ugrave", "ŭ": "ubreve", "Ŭ": "Ubreve", "û": "ucirc", "Û": "Ucirc", "ů": "uring", "Ů": "Uring", "ü": "uuml", "Ü": "Uuml", "ű": "udblac", "Ű": "Udblac", "ũ": "utilde", "Ũ": "Utilde", "ų": "uogon", "Ų": "Uogon", "ū": "umacr", "Ū": "Umacr", "𝔳": "vfr", "𝕧": "vopf", "𝓋": "vscr", "𝔙": "Vfr", "𝕍": "Vopf", "𝒱": "Vscr", "𝕨": "wopf", "𝓌": "wscr", "𝔴": "wfr", "𝒲": "Wscr", "𝕎": "Wopf", "𝔚": "Wfr", "ŵ": "wcirc", "Ŵ": "Wcirc", "𝔵": "xfr", "𝓍": "xscr", "𝕩": "xopf", "𝕏": "Xopf", "𝔛": "Xfr", "𝒳": "Xscr", "𝔶": "yfr", "𝓎": "yscr", "𝕪": "yopf", "𝒴": "Yscr", "𝔜": "Yfr", "𝕐": "Yopf", "ý": "yacute", "Ý": "Yacute", "ŷ": "ycirc", "Ŷ": "Ycirc", "ÿ": "yuml", "Ÿ": "Yuml", "𝓏": "zscr", "𝔷": "zfr", "𝕫": "zopf", "ℨ": "Zfr", "ℤ": "Zopf", "𝒵": "Zscr", "ź": "zacute", "Ź": "Zacute", "ž": "zcaron", "Ž": "Zcaron", "ż": "zdot", "Ż": "Zdot", "Ƶ": "imped", "þ": "thorn", "Þ": "THORN", "ŉ": "napos", "α": "alpha", "Α": "Alpha", "β": "beta", "Β": "Beta", "γ": "gamma", "Γ": "Gamma", "δ": "delta", "Δ": "Delta", "ε": "epsi", "ϵ": "epsiv", "Ε": "Epsilon", "ϝ": "gammad", "Ϝ": "Gammad", "ζ": "zeta", "Ζ": "Zeta", "η": "eta", "Η": "Eta", "θ": "theta", "ϑ": "thetav", "Θ": "Theta", "ι": "iota", "Ι": "Iota", "κ": "kappa", "ϰ": "kappav", "Κ": "Kappa", "λ": "lambda", "Λ": "Lambda", "μ": "mu", "µ": "micro", "Μ": "Mu", "ν": "nu", "Ν": "Nu", "ξ": "xi", "Ξ": "Xi", "ο": "omicron", "Ο": "Omicron", "π": "pi", "ϖ": "piv", "Π": "Pi", "ρ": "rho", "ϱ": "rhov", "Ρ": "Rho", "σ": "sigma", "Σ": "Sigma", "ς": "sigmaf", "τ": "tau", "Τ": "Tau", "υ": "upsi", "Υ": "Upsilon", "ϒ": "Upsi", "φ": "phi", "ϕ": "phiv", "Φ": "Phi", "χ": "chi", "Χ": "Chi", "ψ": "psi", "Ψ": "Psi", "ω": "omega", "Ω": "ohm", "а": "acy", "А": "Acy", "б": "bcy", "Б": "Bcy", "в": "vcy", "В": "Vcy", "г": "gcy", "Г": "Gcy", "ѓ": "gjcy", "Ѓ": "GJcy", "д": "dcy", "Д": "Dcy", "ђ": "djcy", "Ђ": "DJcy", "е": "iecy", "Е": "IEcy", "ё": "iocy", "Ё": "IOcy", "є": "jukcy", "Є": "Jukcy", "ж": "zhcy", "Ж": "ZHcy", "з": "zcy", "З": "Zcy", "ѕ": "dscy", "Ѕ": "DScy", "и": "icy", "И": "Icy", "і": "iukcy", "І": "Iukcy", "ї": "yicy", "Ї": "YIcy", "й": "jcy", "Й": "Jcy", "ј": "jsercy", "Ј": "Jsercy", "к": "kcy", "К": "Kcy", "ќ": "kjcy", "Ќ": "KJcy", "л": "lcy", "Л": "Lcy", "љ": "ljcy", "Љ": "LJcy", "м": "mcy", "М": "Mcy", "н": "ncy", "Н": "Ncy", "њ": "njcy", "Њ": "NJcy", "о": "ocy", "О": "Ocy", "п": "pcy", "П": "Pcy", "р": "rcy", "Р": "Rcy", "с": "scy", "С": "Scy", "т": "tcy", "Т": "Tcy", "ћ": "tshcy", "Ћ": "TSHcy", "у": "ucy", "У": "Ucy", "ў": "ubrcy", "Ў": "Ubrcy", "ф": "fcy", "Ф": "Fcy", "х": "khcy", "Х": "KHcy", "ц": "tscy", "Ц": "TScy", "ч": "chcy", "Ч": "CHcy", "џ": "dzcy", "Џ": "DZcy", "ш": "shcy", "Ш": "SHcy", "щ": "shchcy", "Щ": "SHCHcy", "ъ": "hardcy", "Ъ": "HARDcy", "ы": "ycy", "Ы": "Ycy", "ь": "softcy", "Ь": "SOFTcy", "э": "ecy", "Э": "Ecy", "ю": "yucy", "Ю": "YUcy", "я": "yacy", "Я": "YAcy", "ℵ": "aleph", "ℶ": "beth", "ℷ": "gimel", "ℸ": "daleth" };
      var regexEscape = /["&'<>`]/g;
      var escapeMap = {
        '"': "&quot;",
        "&": "&amp;",
        "'": "&#x27;",
        "<": "&lt;",
        // See https://mathiasbynens.be/notes/ambiguous-ampersands: in HTML, the
        // following is not strictly necessary unless it’s part of a tag or an
        // unquoted attribute value. We’re only escaping it to support those
        // situations, and for XML support.
        ">": "&gt;",
        // In Internet Explorer ≤ 8, the backtick character can be used
        // to break out of (un)quoted attribute values or HTML comments.
        // See http://html5sec.org/#102, http://html5sec.org/#108, and
        // http://html5sec.org/#133.
        "`": "&#x60;"
      };
      var regexInvalidEntity = /&#(?:[xX][^a-fA-F0-9]|[^0-9xX])/;
      var regexInvalidRawCodePoint = /[\0-\x08\x0B\x0E-\x1F\x7F-\x9F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
      var regexDecode = /&(CounterClockwiseContourIntegral|DoubleLongLeftRightArrow|ClockwiseContourIntegral|NotNestedGreaterGreater|NotSquareSupersetEqual|DiacriticalDoubleAcute|NotRightTriangleEqual|NotSucceedsSlantEqual|NotPrecedesSlantEqual|CloseCurlyDoubleQuote|NegativeVeryThinSpace|DoubleContourIntegral|FilledVerySmallSquare|CapitalDifferentialD|OpenCurlyDoubleQuote|EmptyVerySmallSquare|NestedGreaterGreater|DoubleLongRightArrow|NotLeftTriangleEqual|NotGreaterSlantEqual|ReverseUpEquilibrium|DoubleLeftRightArrow|NotSquareSubsetEqual|NotDoubleVerticalBar|RightArrowLeftArrow|NotGreaterFullEqual|NotRightTriangleBar|SquareSupersetEqual|DownLeftRightVector|DoubleLongLeftArrow|leftrightsquigarrow|LeftArrowRightArrow|NegativeMediumSpace|blacktriangleright|RightDownVectorBar|PrecedesSlantEqual|RightDoubleBracket|SucceedsSlantEqual|NotLeftTriangleBar|RightTriangleEqual|SquareIntersection|RightDownTeeVector|ReverseEquilibrium|NegativeThickSpace|longleftrightarrow|Longleftrightarrow|LongLeftRightArrow|DownRightTeeVector|DownRightVectorBar|GreaterSlantEqual|SquareSubsetEqual|LeftDownVectorBar|LeftDoubleBracket|VerticalSeparator|rightleftharpoons|NotGreaterGreater|NotSquareSuperset|blacktriangleleft|blacktriangledown|NegativeThinSpace|LeftDownTeeVector|NotLessSlantEqual|leftrightharpoons|DoubleUpDownArrow|DoubleVerticalBar|LeftTriangleEqual|FilledSmallSquare|twoheadrightarrow|NotNestedLessLess|DownLeftTeeVector|DownLeftVectorBar|RightAngleBracket|NotTildeFullEqual|NotReverseElement|RightUpDownVector|DiacriticalTilde|NotSucceedsTilde|circlearrowright|NotPrecedesEqual|rightharpoondown|DoubleRightArrow|NotSucceedsEqual|NonBreakingSpace|NotRightTriangle|LessEqualGreater|RightUpTeeVector|LeftAngleBracket|GreaterFullEqual|DownArrowUpArrow|RightUpVectorBar|twoheadleftarrow|GreaterEqualLess|downharpoonright|RightTriangleBar|ntrianglerighteq|NotSupersetEqual|LeftUpDownVector|DiacriticalAcute|rightrightarrows|vartriangleright|UpArrowDownArrow|DiacriticalGrave|UnderParenthesis|EmptySmallSquare|LeftUpVectorBar|leftrightarrows|DownRightVector|downharpoonleft|trianglerighteq|ShortRightArrow|OverParenthesis|DoubleLeftArrow|DoubleDownArrow|NotSquareSubset|bigtriangledown|ntrianglelefteq|UpperRightArrow|curvearrowright|vartriangleleft|NotLeftTriangle|nleftrightarrow|LowerRightArrow|NotHumpDownHump|NotGreaterTilde|rightthreetimes|LeftUpTeeVector|NotGreaterEqual|straightepsilon|LeftTriangleBar|rightsquigarrow|ContourIntegral|rightleftarrows|CloseCurlyQuote|RightDownVector|LeftRightVector|nLeftrightarrow|leftharpoondown|circlearrowleft|SquareSuperset|OpenCurlyQuote|hookrightarrow|HorizontalLine|DiacriticalDot|NotLessGreater|ntriangleright|DoubleRightTee|InvisibleComma|InvisibleTimes|LowerLeftArrow|DownLeftVector|NotSubsetEqual|curvearrowleft|trianglelefteq|NotVerticalBar|TildeFullEqual|downdownarrows|NotGreaterLess|RightTeeVector|ZeroWidthSpace|looparrowright|LongRightArrow|doublebarwedge|ShortLeftArrow|ShortDownArrow|RightVectorBar|GreaterGreater|ReverseElement|rightharpoonup|LessSlantEqual|leftthreetimes|upharpoonright|rightarrowtail|LeftDownVector|Longrightarrow|NestedLessLess|UpperLeftArrow|nshortparallel|leftleftarrows|leftrightarrow|Leftrightarrow|LeftRightArrow|longrightarrow|upharpoonleft|RightArrowBar|ApplyFunction|LeftTeeVector|leftarrowtail|NotEqualTilde|varsubsetneqq|varsupsetneqq|RightTeeArrow|SucceedsEqual|SucceedsTilde|LeftVectorBar|SupersetEqual|hookleftarrow|DifferentialD|VerticalTilde|VeryThinSpace|blacktriangle|bigtriangleup|LessFullEqual|divideontimes|leftharpoonup|UpEquilibrium|ntriangleleft|RightTriangle|measuredangle|shortparallel|longleftarrow|Longleftarrow|LongLeftArrow|DoubleLeftTee|Poincareplane|PrecedesEqual|triangleright|DoubleUpArrow|RightUpVector|fallingdotseq|looparrowleft|PrecedesTilde|NotTildeEqual|NotTildeTilde|smallsetminus|Proportional|triangleleft|triangledown|UnderBracket|NotHumpEqual|exponentiale|ExponentialE|NotLessTilde|HilbertSpace|RightCeiling|blacklozenge|varsupsetneq|HumpDownHump|GreaterEqual|VerticalLine|LeftTeeArrow|NotLessEqual|DownTeeArrow|LeftTriangle|varsubsetneq|Intersection|NotCongruent|DownArrowBar|LeftUpVector|LeftArrowBar|risingdotseq|GreaterTilde|RoundImplies|SquareSubset|ShortUpArrow|NotSuperset|quaternions|precnapprox|backepsilon|preccurlyeq|OverBracket|blacksquare|MediumSpace|VerticalBar|circledcirc|circleddash|CircleMinus|CircleTimes|LessGreater|curlyeqprec|curlyeqsucc|diamondsuit|UpDownArrow|Updownarrow|RuleDelayed|Rrightarrow|updownarrow|RightVector|nRightarrow|nrightarrow|eqslantless|LeftCeiling|Equilibrium|SmallCircle|expectation|NotSucceeds|thickapprox|GreaterLess|SquareUnion|NotPrecedes|NotLessLess|straightphi|succnapprox|succcurlyeq|SubsetEqual|sqsupseteq|Proportion|Laplacetrf|ImaginaryI|supsetneqq|NotGreater|gtreqqless|NotElement|ThickSpace|TildeEqual|TildeTilde|Fouriertrf|rmoustache|EqualTilde|eqslantgtr|UnderBrace|LeftVector|UpArrowBar|nLeftarrow|nsubseteqq|subsetneqq|nsupseteqq|nleftarrow|succapprox|lessapprox|UpTeeArrow|upuparrows|curlywedge|lesseqqgtr|varepsilon|varnothing|RightFloor|complement|CirclePlus|sqsubseteq|Lleftarrow|circledast|RightArrow|Rightarrow|rightarrow|lmoustache|Bernoullis|precapprox|mapstoleft|mapstodown|longmapsto|dotsquare|downarrow|DoubleDot|nsubseteq|supsetneq|leftarrow|nsupseteq|subsetneq|ThinSpace|ngeqslant|subseteqq|HumpEqual|NotSubset|triangleq|NotCupCap|lesseqgtr|heartsuit|TripleDot|Leftarrow|Coproduct|Congruent|varpropto|complexes|gvertneqq|LeftArrow|LessTilde|supseteqq|MinusPlus|CircleDot|nleqslant|NotExists|gtreqless|nparallel|UnionPlus|LeftFloor|checkmark|CenterDot|centerdot|Mellintrf|gtrapprox|bigotimes|OverBrace|spadesuit|therefore|pitchfork|rationals|PlusMinus|Backslash|Therefore|DownBreve|backsimeq|backprime|DownArrow|nshortmid|Downarrow|lvertneqq|eqvparsl|imagline|imagpart|infintie|integers|Integral|intercal|LessLess|Uarrocir|intlarhk|sqsupset|angmsdaf|sqsubset|llcorner|vartheta|cupbrcap|lnapprox|Superset|SuchThat|succnsim|succneqq|angmsdag|biguplus|curlyvee|trpezium|Succeeds|NotTilde|bigwedge|angmsdah|angrtvbd|triminus|cwconint|fpartint|lrcorner|smeparsl|subseteq|urcorner|lurdshar|laemptyv|DDotrahd|approxeq|ldrushar|awconint|mapstoup|backcong|shortmid|triangle|geqslant|gesdotol|timesbar|circledR|circledS|setminus|multimap|naturals|scpolint|ncongdot|RightTee|boxminus|gnapprox|boxtimes|andslope|thicksim|angmsdaa|varsigma|cirfnint|rtriltri|angmsdab|rppolint|angmsdac|barwedge|drbkarow|clubsuit|thetasym|bsolhsub|capbrcup|dzigrarr|doteqdot|DotEqual|dotminus|UnderBar|NotEqual|realpart|otimesas|ulcorner|hksearow|hkswarow|parallel|PartialD|elinters|emptyset|plusacir|bbrktbrk|angmsdad|pointint|bigoplus|angmsdae|Precedes|bigsqcup|varkappa|notindot|supseteq|precneqq|precnsim|profalar|profline|profsurf|leqslant|lesdotor|raemptyv|subplus|notnivb|notnivc|subrarr|zigrarr|vzigzag|submult|subedot|Element|between|cirscir|larrbfs|larrsim|lotimes|lbrksld|lbrkslu|lozenge|ldrdhar|dbkarow|bigcirc|epsilon|simrarr|simplus|ltquest|Epsilon|luruhar|gtquest|maltese|npolint|eqcolon|npreceq|bigodot|ddagger|gtrless|bnequiv|harrcir|ddotseq|equivDD|backsim|demptyv|nsqsube|nsqsupe|Upsilon|nsubset|upsilon|minusdu|nsucceq|swarrow|nsupset|coloneq|searrow|boxplus|napprox|natural|asympeq|alefsym|congdot|nearrow|bigstar|diamond|supplus|tritime|LeftTee|nvinfin|triplus|NewLine|nvltrie|nvrtrie|nwarrow|nexists|Diamond|ruluhar|Implies|supmult|angzarr|suplarr|suphsub|questeq|because|digamma|Because|olcross|bemptyv|omicron|Omicron|rotimes|NoBreak|intprod|angrtvb|orderof|uwangle|suphsol|lesdoto|orslope|DownTee|realine|cudarrl|rdldhar|OverBar|supedot|lessdot|supdsub|topfork|succsim|rbrkslu|rbrksld|pertenk|cudarrr|isindot|planckh|lessgtr|pluscir|gesdoto|plussim|plustwo|lesssim|cularrp|rarrsim|Cayleys|notinva|notinvb|notinvc|UpArrow|Uparrow|uparrow|NotLess|dwangle|precsim|Product|curarrm|Cconint|dotplus|rarrbfs|ccupssm|Cedilla|cemptyv|notniva|quatint|frac35|frac38|frac45|frac56|frac58|frac78|tridot|xoplus|gacute|gammad|Gammad|lfisht|lfloor|bigcup|sqsupe|gbreve|Gbreve|lharul|sqsube|sqcups|Gcedil|apacir|llhard|lmidot|Lmidot|lmoust|andand|sqcaps|approx|Abreve|spades|circeq|tprime|divide|topcir|Assign|topbot|gesdot|divonx|xuplus|timesd|gesles|atilde|solbar|SOFTcy|loplus|timesb|lowast|lowbar|dlcorn|dlcrop|softcy|dollar|lparlt|thksim|lrhard|Atilde|lsaquo|smashp|bigvee|thinsp|wreath|bkarow|lsquor|lstrok|Lstrok|lthree|ltimes|ltlarr|DotDot|simdot|ltrPar|weierp|xsqcup|angmsd|sigmav|sigmaf|zeetrf|Zcaron|zcaron|mapsto|vsupne|thetav|cirmid|marker|mcomma|Zacute|vsubnE|there4|gtlPar|vsubne|bottom|gtrarr|SHCHcy|shchcy|midast|midcir|middot|minusb|minusd|gtrdot|bowtie|sfrown|mnplus|models|colone|seswar|Colone|mstpos|searhk|gtrsim|nacute|Nacute|boxbox|telrec|hairsp|Tcedil|nbumpe|scnsim|ncaron|Ncaron|ncedil|Ncedil|hamilt|Scedil|nearhk|hardcy|HARDcy|tcedil|Tcaron|commat|nequiv|nesear|tcaron|target|hearts|nexist|varrho|scedil|Scaron|scaron|hellip|Sacute|sacute|hercon|swnwar|compfn|rtimes|rthree|rsquor|rsaquo|zacute|wedgeq|homtht|barvee|barwed|Barwed|rpargt|horbar|conint|swarhk|roplus|nltrie|hslash|hstrok|Hstrok|rmoust|Conint|bprime|hybull|hyphen|iacute|Iacute|supsup|supsub|supsim|varphi|coprod|brvbar|agrave|Supset|supset|igrave|Igrave|notinE|Agrave|iiiint|iinfin|copysr|wedbar|Verbar|vangrt|becaus|incare|verbar|inodot|bullet|drcorn|intcal|drcrop|cularr|vellip|Utilde|bumpeq|cupcap|dstrok|Dstrok|CupCap|cupcup|cupdot|eacute|Eacute|supdot|iquest|easter|ecaron|Ecaron|ecolon|isinsv|utilde|itilde|Itilde|curarr|succeq|Bumpeq|cacute|ulcrop|nparsl|Cacute|nprcue|egrave|Egrave|nrarrc|nrarrw|subsup|subsub|nrtrie|jsercy|nsccue|Jsercy|kappav|kcedil|Kcedil|subsim|ulcorn|nsimeq|egsdot|veebar|kgreen|capand|elsdot|Subset|subset|curren|aacute|lacute|Lacute|emptyv|ntilde|Ntilde|lagran|lambda|Lambda|capcap|Ugrave|langle|subdot|emsp13|numero|emsp14|nvdash|nvDash|nVdash|nVDash|ugrave|ufisht|nvHarr|larrfs|nvlArr|larrhk|larrlp|larrpl|nvrArr|Udblac|nwarhk|larrtl|nwnear|oacute|Oacute|latail|lAtail|sstarf|lbrace|odblac|Odblac|lbrack|udblac|odsold|eparsl|lcaron|Lcaron|ograve|Ograve|lcedil|Lcedil|Aacute|ssmile|ssetmn|squarf|ldquor|capcup|ominus|cylcty|rharul|eqcirc|dagger|rfloor|rfisht|Dagger|daleth|equals|origof|capdot|equest|dcaron|Dcaron|rdquor|oslash|Oslash|otilde|Otilde|otimes|Otimes|urcrop|Ubreve|ubreve|Yacute|Uacute|uacute|Rcedil|rcedil|urcorn|parsim|Rcaron|Vdashl|rcaron|Tstrok|percnt|period|permil|Exists|yacute|rbrack|rbrace|phmmat|ccaron|Ccaron|planck|ccedil|plankv|tstrok|female|plusdo|plusdu|ffilig|plusmn|ffllig|Ccedil|rAtail|dfisht|bernou|ratail|Rarrtl|rarrtl|angsph|rarrpl|rarrlp|rarrhk|xwedge|xotime|forall|ForAll|Vvdash|vsupnE|preceq|bigcap|frac12|frac13|frac14|primes|rarrfs|prnsim|frac15|Square|frac16|square|lesdot|frac18|frac23|propto|prurel|rarrap|rangle|puncsp|frac25|Racute|qprime|racute|lesges|frac34|abreve|AElig|eqsim|utdot|setmn|urtri|Equal|Uring|seArr|uring|searr|dashv|Dashv|mumap|nabla|iogon|Iogon|sdote|sdotb|scsim|napid|napos|equiv|natur|Acirc|dblac|erarr|nbump|iprod|erDot|ucirc|awint|esdot|angrt|ncong|isinE|scnap|Scirc|scirc|ndash|isins|Ubrcy|nearr|neArr|isinv|nedot|ubrcy|acute|Ycirc|iukcy|Iukcy|xutri|nesim|caret|jcirc|Jcirc|caron|twixt|ddarr|sccue|exist|jmath|sbquo|ngeqq|angst|ccaps|lceil|ngsim|UpTee|delta|Delta|rtrif|nharr|nhArr|nhpar|rtrie|jukcy|Jukcy|kappa|rsquo|Kappa|nlarr|nlArr|TSHcy|rrarr|aogon|Aogon|fflig|xrarr|tshcy|ccirc|nleqq|filig|upsih|nless|dharl|nlsim|fjlig|ropar|nltri|dharr|robrk|roarr|fllig|fltns|roang|rnmid|subnE|subne|lAarr|trisb|Ccirc|acirc|ccups|blank|VDash|forkv|Vdash|langd|cedil|blk12|blk14|laquo|strns|diams|notin|vDash|larrb|blk34|block|disin|uplus|vdash|vBarv|aelig|starf|Wedge|check|xrArr|lates|lbarr|lBarr|notni|lbbrk|bcong|frasl|lbrke|frown|vrtri|vprop|vnsup|gamma|Gamma|wedge|xodot|bdquo|srarr|doteq|ldquo|boxdl|boxdL|gcirc|Gcirc|boxDl|boxDL|boxdr|boxdR|boxDr|TRADE|trade|rlhar|boxDR|vnsub|npart|vltri|rlarr|boxhd|boxhD|nprec|gescc|nrarr|nrArr|boxHd|boxHD|boxhu|boxhU|nrtri|boxHu|clubs|boxHU|times|colon|Colon|gimel|xlArr|Tilde|nsime|tilde|nsmid|nspar|THORN|thorn|xlarr|nsube|nsubE|thkap|xhArr|comma|nsucc|boxul|boxuL|nsupe|nsupE|gneqq|gnsim|boxUl|boxUL|grave|boxur|boxuR|boxUr|boxUR|lescc|angle|bepsi|boxvh|varpi|boxvH|numsp|Theta|gsime|gsiml|theta|boxVh|boxVH|boxvl|gtcir|gtdot|boxvL|boxVl|boxVL|crarr|cross|Cross|nvsim|boxvr|nwarr|nwArr|sqsup|dtdot|Uogon|lhard|lharu|dtrif|ocirc|Ocirc|lhblk|duarr|odash|sqsub|Hacek|sqcup|llarr|duhar|oelig|OElig|ofcir|boxvR|uogon|lltri|boxVr|csube|uuarr|ohbar|csupe|ctdot|olarr|olcir|harrw|oline|sqcap|omacr|Omacr|omega|Omega|boxVR|aleph|lneqq|lnsim|loang|loarr|rharu|lobrk|hcirc|operp|oplus|rhard|Hcirc|orarr|Union|order|ecirc|Ecirc|cuepr|szlig|cuesc|breve|reals|eDDot|Breve|hoarr|lopar|utrif|rdquo|Umacr|umacr|efDot|swArr|ultri|alpha|rceil|ovbar|swarr|Wcirc|wcirc|smtes|smile|bsemi|lrarr|aring|parsl|lrhar|bsime|uhblk|lrtri|cupor|Aring|uharr|uharl|slarr|rbrke|bsolb|lsime|rbbrk|RBarr|lsimg|phone|rBarr|rbarr|icirc|lsquo|Icirc|emacr|Emacr|ratio|simne|plusb|simlE|simgE|simeq|pluse|ltcir|ltdot|empty|xharr|xdtri|iexcl|Alpha|ltrie|rarrw|pound|ltrif|xcirc|bumpe|prcue|bumpE|asymp|amacr|cuvee|Sigma|sigma|iiint|udhar|iiota|ijlig|IJlig|supnE|imacr|Imacr|prime|Prime|image|prnap|eogon|Eogon|rarrc|mdash|mDDot|cuwed|imath|supne|imped|Amacr|udarr|prsim|micro|rarrb|cwint|raquo|infin|eplus|range|rangd|Ucirc|radic|minus|amalg|veeeq|rAarr|epsiv|ycirc|quest|sharp|quot|zwnj|Qscr|race|qscr|Qopf|qopf|qint|rang|Rang|Zscr|zscr|Zopf|zopf|rarr|rArr|Rarr|Pscr|pscr|prop|prod|prnE|prec|ZHcy|zhcy|prap|Zeta|zeta|Popf|popf|Zdot|plus|zdot|Yuml|yuml|phiv|YUcy|yucy|Yscr|yscr|perp|Yopf|yopf|part|para|YIcy|Ouml|rcub|yicy|YAcy|rdca|ouml|osol|Oscr|rdsh|yacy|real|oscr|xvee|andd|rect|andv|Xscr|oror|ordm|ordf|xscr|ange|aopf|Aopf|rHar|Xopf|opar|Oopf|xopf|xnis|rhov|oopf|omid|xmap|oint|apid|apos|ogon|ascr|Ascr|odot|odiv|xcup|xcap|ocir|oast|nvlt|nvle|nvgt|nvge|nvap|Wscr|wscr|auml|ntlg|ntgl|nsup|nsub|nsim|Nscr|nscr|nsce|Wopf|ring|npre|wopf|npar|Auml|Barv|bbrk|Nopf|nopf|nmid|nLtv|beta|ropf|Ropf|Beta|beth|nles|rpar|nleq|bnot|bNot|nldr|NJcy|rscr|Rscr|Vscr|vscr|rsqb|njcy|bopf|nisd|Bopf|rtri|Vopf|nGtv|ngtr|vopf|boxh|boxH|boxv|nges|ngeq|boxV|bscr|scap|Bscr|bsim|Vert|vert|bsol|bull|bump|caps|cdot|ncup|scnE|ncap|nbsp|napE|Cdot|cent|sdot|Vbar|nang|vBar|chcy|Mscr|mscr|sect|semi|CHcy|Mopf|mopf|sext|circ|cire|mldr|mlcp|cirE|comp|shcy|SHcy|vArr|varr|cong|copf|Copf|copy|COPY|malt|male|macr|lvnE|cscr|ltri|sime|ltcc|simg|Cscr|siml|csub|Uuml|lsqb|lsim|uuml|csup|Lscr|lscr|utri|smid|lpar|cups|smte|lozf|darr|Lopf|Uscr|solb|lopf|sopf|Sopf|lneq|uscr|spar|dArr|lnap|Darr|dash|Sqrt|LJcy|ljcy|lHar|dHar|Upsi|upsi|diam|lesg|djcy|DJcy|leqq|dopf|Dopf|dscr|Dscr|dscy|ldsh|ldca|squf|DScy|sscr|Sscr|dsol|lcub|late|star|Star|Uopf|Larr|lArr|larr|uopf|dtri|dzcy|sube|subE|Lang|lang|Kscr|kscr|Kopf|kopf|KJcy|kjcy|KHcy|khcy|DZcy|ecir|edot|eDot|Jscr|jscr|succ|Jopf|jopf|Edot|uHar|emsp|ensp|Iuml|iuml|eopf|isin|Iscr|iscr|Eopf|epar|sung|epsi|escr|sup1|sup2|sup3|Iota|iota|supe|supE|Iopf|iopf|IOcy|iocy|Escr|esim|Esim|imof|Uarr|QUOT|uArr|uarr|euml|IEcy|iecy|Idot|Euml|euro|excl|Hscr|hscr|Hopf|hopf|TScy|tscy|Tscr|hbar|tscr|flat|tbrk|fnof|hArr|harr|half|fopf|Fopf|tdot|gvnE|fork|trie|gtcc|fscr|Fscr|gdot|gsim|Gscr|gscr|Gopf|gopf|gneq|Gdot|tosa|gnap|Topf|topf|geqq|toea|GJcy|gjcy|tint|gesl|mid|Sfr|ggg|top|ges|gla|glE|glj|geq|gne|gEl|gel|gnE|Gcy|gcy|gap|Tfr|tfr|Tcy|tcy|Hat|Tau|Ffr|tau|Tab|hfr|Hfr|ffr|Fcy|fcy|icy|Icy|iff|ETH|eth|ifr|Ifr|Eta|eta|int|Int|Sup|sup|ucy|Ucy|Sum|sum|jcy|ENG|ufr|Ufr|eng|Jcy|jfr|els|ell|egs|Efr|efr|Jfr|uml|kcy|Kcy|Ecy|ecy|kfr|Kfr|lap|Sub|sub|lat|lcy|Lcy|leg|Dot|dot|lEg|leq|les|squ|div|die|lfr|Lfr|lgE|Dfr|dfr|Del|deg|Dcy|dcy|lne|lnE|sol|loz|smt|Cup|lrm|cup|lsh|Lsh|sim|shy|map|Map|mcy|Mcy|mfr|Mfr|mho|gfr|Gfr|sfr|cir|Chi|chi|nap|Cfr|vcy|Vcy|cfr|Scy|scy|ncy|Ncy|vee|Vee|Cap|cap|nfr|scE|sce|Nfr|nge|ngE|nGg|vfr|Vfr|ngt|bot|nGt|nis|niv|Rsh|rsh|nle|nlE|bne|Bfr|bfr|nLl|nlt|nLt|Bcy|bcy|not|Not|rlm|wfr|Wfr|npr|nsc|num|ocy|ast|Ocy|ofr|xfr|Xfr|Ofr|ogt|ohm|apE|olt|Rho|ape|rho|Rfr|rfr|ord|REG|ang|reg|orv|And|and|AMP|Rcy|amp|Afr|ycy|Ycy|yen|yfr|Yfr|rcy|par|pcy|Pcy|pfr|Pfr|phi|Phi|afr|Acy|acy|zcy|Zcy|piv|acE|acd|zfr|Zfr|pre|prE|psi|Psi|qfr|Qfr|zwj|Or|ge|Gg|gt|gg|el|oS|lt|Lt|LT|Re|lg|gl|eg|ne|Im|it|le|DD|wp|wr|nu|Nu|dd|lE|Sc|sc|pi|Pi|ee|af|ll|Ll|rx|gE|xi|pm|Xi|ic|pr|Pr|in|ni|mp|mu|ac|Mu|or|ap|Gt|GT|ii);|&(Aacute|Agrave|Atilde|Ccedil|Eacute|Egrave|Iacute|Igrave|Ntilde|Oacute|Ograve|Oslash|Otilde|Uacute|Ugrave|Yacute|aacute|agrave|atilde|brvbar|ccedil|curren|divide|eacute|egrave|frac12|frac14|frac34|iacute|igrave|iquest|middot|ntilde|oacute|ograve|oslash|otilde|plusmn|uacute|ugrave|yacute|AElig|Acirc|Aring|Ecirc|Icirc|Ocirc|THORN|Ucirc|acirc|acute|aelig|aring|cedil|ecirc|icirc|iexcl|laquo|micro|ocirc|pound|raquo|szlig|thorn|times|ucirc|Auml|COPY|Euml|Iuml|Ouml|QUOT|Uuml|auml|cent|copy|euml|iuml|macr|nbsp|ordf|ordm|ouml|para|quot|sect|sup1|sup2|sup3|uuml|yuml|AMP|ETH|REG|amp|deg|eth|not|reg|shy|uml|yen|GT|LT|gt|lt)(?!;)([=a-zA-Z0-9]?)|&#([0-9]+)(;?)|&#[xX]([a-fA-F0-9]+)(;?)|&([0-9a-zA-Z]+)/g;
      var decodeMap3 = { "aacute": "á", "Aacute": "Á", "abreve": "ă", "Abreve": "Ă", "ac": "∾", "acd": "∿", "acE": "∾̳", "acirc": "â", "Acirc": "Â", "acute": "´", "acy": "а", "Acy": "А", "aelig": "æ", "AElig": "Æ", "af": "⁡", "afr": "𝔞", "Afr": "𝔄", "agrave": "à", "Agrave": "À", "alefsym": "ℵ", "aleph": "ℵ", "alpha": "α", "Alpha": "Α", "amacr": "ā", "Amacr": "Ā", "amalg": "⨿", "amp": "&", "AMP": "&", "and": "∧", "And": "⩓", "andand": "⩕", "andd": "⩜", "andslope": "⩘", "andv": "⩚", "ang": "∠", "ange": "⦤", "angle": "∠", "angmsd": "∡", "angmsdaa": "⦨", "angmsdab": "⦩", "angmsdac": "⦪", "angmsdad": "⦫", "angmsdae": "⦬", "angmsdaf": "⦭", "angmsdag": "⦮", "angmsdah": "⦯", "angrt": "∟", "angrtvb": "⊾", "angrtvbd": "⦝", "angsph": "∢", "angst": "Å", "angzarr": "⍼", "aogon": "ą", "Aogon": "Ą", "aopf": "𝕒", "Aopf": "𝔸", "ap": "≈", "apacir": "⩯", "ape": "≊", "apE": "⩰", "apid": "≋", "apos": "'", "ApplyFunction": "⁡", "approx": "≈", "approxeq": "≊", "aring": "å", "Aring": "Å", "ascr": "𝒶", "Ascr": "𝒜", "Assign": "≔", "ast": "*", "asymp": "≈", "asympeq": "≍", "atilde": "ã", "Atilde": "Ã", "auml": "ä", "Auml": "Ä", "awconint": "∳", "awint": "⨑", "backcong": "≌", "backepsilon": "϶", "backprime": "‵", "backsim": "∽", "backsimeq": "⋍", "Backslash": "∖", "Barv": "⫧", "barvee": "⊽", "barwed": "⌅", "Barwed": "⌆", "barwedge": "⌅", "bbrk": "⎵", "bbrktbrk": "⎶", "bcong": "≌", "bcy": "б", "Bcy": "Б", "bdquo": "„", "becaus": "∵", "because": "∵", "Because": "∵", "bemptyv": "⦰", "bepsi": "϶", "bernou": "ℬ", "Bernoullis": "ℬ", "beta": "β", "Beta": "Β", "beth": "ℶ", "between": "≬", "bfr": "𝔟", "Bfr": "𝔅", "bigcap": "⋂", "bigcirc": "◯", "bigcup": "⋃", "bigodot": "⨀", "bigoplus": "⨁", "bigotimes": "⨂", "bigsqcup": "⨆", "bigstar": "★", "bigtriangledown": "▽", "bigtriangleup": "△", "biguplus": "⨄", "bigvee": "⋁", "bigwedge": "⋀", "bkarow": "⤍", "blacklozenge": "⧫", "blacksquare": "▪", "blacktriangle": "▴", "blacktriangledown": "▾", "blacktriangleleft": "◂", "blacktriangleright": "▸", "blank": "␣", "blk12": "▒", "blk14": "░", "blk34": "▓", "block": "█", "bne": "=⃥", "bnequiv": "≡⃥", "bnot": "⌐", "bNot": "⫭", "bopf": "𝕓", "Bopf": "𝔹", "bot": "⊥", "bottom": "⊥", "bowtie": "⋈", "boxbox": "⧉", "boxdl": "┐", "boxdL": "╕", "boxDl": "╖", "boxDL": "╗", "boxdr": "┌", "boxdR": "╒", "boxDr": "╓", "boxDR": "╔", "boxh": "─", "boxH": "═", "boxhd": "┬", "boxhD": "╥", "boxHd": "╤", "boxHD": "╦", "boxhu": "┴", "boxhU": "╨", "boxHu": "╧", "boxHU": "╩", "boxminus": "⊟", "boxplus": "⊞", "boxtimes": "⊠", "boxul": "┘", "boxuL": "╛", "boxUl": "╜", "boxUL": "╝", "boxur": "└", "boxuR": "╘", "boxUr": "╙", "boxUR": "╚", "boxv": "│", "boxV": "║", "boxvh": "┼", "boxvH": "╪", "boxVh": "╫", "boxVH": "╬", "boxvl": "┤", "boxvL": "╡", "boxVl": "╢", "boxVL": "╣", "boxvr": "├", "boxvR": "╞", "boxVr": "╟", "boxVR": "╠", "bprime": "‵", "breve": "˘", "Breve": "˘", "brvbar": "¦", "bscr": "𝒷", "Bscr": "ℬ", "bsemi": "⁏", "bsim": "∽", "bsime": "⋍", "bsol": "\\", "bsolb": "⧅", "bsolhsub": "⟈", "bull": "•", "bullet": "•", "bump": "≎", "bumpe": "≏", "bumpE": "⪮", "bumpeq": "≏", "Bumpeq": "≎", "cacute": "ć", "Cacute": "Ć", "cap": "∩", "Cap": "⋒", "capand": "⩄", "capbrcup": "⩉", "capcap": "⩋", "capcup": "⩇", "capdot": "⩀", "CapitalDifferentialD": "ⅅ", "caps": "∩︀", "caret": "⁁", "caron": "ˇ", "Cayleys": "ℭ", "ccaps": "⩍", "ccaron": "č", "Ccaron": "Č", "ccedil": "ç", "Ccedil": "Ç", "ccirc": "ĉ", "Ccirc": "Ĉ", "Cconint": "∰", "ccups": "⩌", "ccupssm": "⩐", "cdot": "ċ", "Cdot": "Ċ", "cedil": "¸", "Cedilla": "¸", "cemptyv": "⦲", "cent": "¢", "centerdot": "·", "CenterDot": "·", "cfr": "𝔠", "Cfr": "ℭ", "chcy": "ч", "CHcy": "Ч", "check": "✓", "checkmark": "✓", "chi": "χ", "Chi": "Χ", "cir": "○", "circ": "ˆ", "circeq": "≗", "circlearrowleft": "↺", "circlearrowright": "↻", "circledast": "⊛", "circledcirc": "⊚", "circleddash": "⊝", "CircleDot": "⊙", "circledR": "®", "circledS": "Ⓢ", "CircleMinus": "⊖", "CirclePlus": "⊕", "CircleTimes": "⊗", "cire": "≗", "cirE": "⧃", "cirfnint": "⨐", "cirmid": "⫯", "cirscir": "⧂", "ClockwiseContourIntegral": "∲", "CloseCurlyDoubleQuote": "”", "CloseCurlyQuote": "’", "clubs": "♣", "clubsuit": "♣", "colon": ":", "Colon": "∷", "colone": "≔", "Colone": "⩴", "coloneq": "≔", "comma": ",", "commat": "@", "comp": "∁", "compfn": "∘", "complement": "∁", "complexes": "ℂ", "cong": "≅", "congdot": "⩭", "Congruent": "≡", "conint": "∮", "Conint": "∯", "ContourIntegral": "∮", "copf": "𝕔", "Copf": "ℂ", "coprod": "∐", "Coproduct": "∐", "copy": "©", "COPY": "©", "copysr": "℗", "CounterClockwiseContourIntegral": "∳", "crarr": "↵", "cross": "✗", "Cross": "⨯", "cscr": "𝒸", "Cscr": "𝒞", "csub": "⫏", "csube": "⫑", "csup": "⫐", "csupe": "⫒", "ctdot": "⋯", "cudarrl": "⤸", "cudarrr": "⤵", "cuepr": "⋞", "cuesc": "⋟", "cularr": "↶", "cularrp": "⤽", "cup": "∪", "Cup": "⋓", "cupbrcap": "⩈", "cupcap": "⩆", "CupCap": "≍", "cupcup": "⩊", "cupdot": "⊍", "cupor": "⩅", "cups": "∪︀", "curarr": "↷", "curarrm": "⤼", "curlyeqprec": "⋞", "curlyeqsucc": "⋟", "curlyvee": "⋎", "curlywedge": "⋏", "curren": "¤", "curvearrowleft": "↶", "curvearrowright": "↷", "cuvee": "⋎", "cuwed": "⋏", "cwconint": "∲", "cwint": "∱", "cylcty": "⌭", "dagger": "†", "Dagger": "‡", "daleth": "ℸ", "darr": "↓", "dArr": "⇓", "Darr": "↡", "dash": "‐", "dashv": "⊣", "Dashv": "⫤", "dbkarow": "⤏", "dblac": "˝", "dcaron": "ď", "Dcaron": "Ď", "dcy": "д", "Dcy": "Д", "dd": "ⅆ", "DD": "ⅅ", "ddagger": "‡", "ddarr": "⇊", "DDotrahd": "⤑", "ddotseq": "⩷", "deg": "°", "Del": "∇", "delta": "δ", "Delta": "Δ", "demptyv": "⦱", "dfisht": "⥿", "dfr": "𝔡", "Dfr": "𝔇", "dHar": "⥥", "dharl": "⇃", "dharr": "⇂", "DiacriticalAcute": "´", "DiacriticalDot": "˙", "DiacriticalDoubleAcute": "˝", "DiacriticalGrave": "`", "DiacriticalTilde": "˜", "diam": "⋄", "diamond": "⋄", "Diamond": "⋄", "diamondsuit": "♦", "diams": "♦", "die": "¨", "DifferentialD": "ⅆ", "digamma": "ϝ", "disin": "⋲", "div": "÷", "divide": "÷", "divideontimes": "⋇", "divonx": "⋇", "djcy": "ђ", "DJcy": "Ђ", "dlcorn": "⌞", "dlcrop": "⌍", "dollar": "$", "dopf": "𝕕", "Dopf": "𝔻", "dot": "˙", "Dot": "¨", "DotDot": "⃜", "doteq": "≐", "doteqdot": "≑", "DotEqual": "≐", "dotminus": "∸", "dotplus": "∔", "dotsquare": "⊡", "doublebarwedge": "⌆", "DoubleContourIntegral": "∯", "DoubleDot": "¨", "DoubleDownArrow": "⇓", "DoubleLeftArrow": "⇐", "DoubleLeftRightArrow": "⇔", "DoubleLeftTee": "⫤", "DoubleLongLeftArrow": "⟸", "DoubleLongLeftRightArrow": "⟺", "DoubleLongRightArrow": "⟹", "DoubleRightArrow": "⇒", "DoubleRightTee": "⊨", "DoubleUpArrow": "⇑", "DoubleUpDownArrow": "⇕", "DoubleVerticalBar": "∥", "downarrow": "↓", "Downarrow": "⇓", "DownArrow": "↓", "DownArrowBar": "⤓", "DownArrowUpArrow": "⇵", "DownBreve": "̑", "downdownarrows": "⇊", "downharpoonleft": "⇃", "downharpoonright": "⇂", "DownLeftRightVector": "⥐", "DownLeftTeeVector": "⥞", "DownLeftVector": "↽", "DownLeftVectorBar": "⥖", "DownRightTeeVector": "⥟", "DownRightVector": "⇁", "DownRightVectorBar": "⥗", "DownTee": "⊤", "DownTeeArrow": "↧", "drbkarow": "⤐", "drcorn": "⌟", "drcrop": "⌌", "dscr": "𝒹", "Dscr": "𝒟", "dscy": "ѕ", "DScy": "Ѕ", "dsol": "⧶", "dstrok": "đ", "Dstrok": "Đ", "dtdot": "⋱", "dtri": "▿", "dtrif": "▾", "duarr": "⇵", "duhar": "⥯", "dwangle": "⦦", "dzcy": "џ", "DZcy": "Џ", "dzigrarr": "⟿", "eacute": "é", "Eacute": "É", "easter": "⩮", "ecaron": "ě", "Ecaron": "Ě", "ecir": "≖", "ecirc": "ê", "Ecirc": "Ê", "ecolon": "≕", "ecy": "э", "Ecy": "Э", "eDDot": "⩷", "edot": "ė", "eDot": "≑", "Edot": "Ė", "ee": "ⅇ", "efDot": "≒", "efr": "𝔢", "Efr": "𝔈", "eg": "⪚", "egrave": "è", "Egrave": "È", "egs": "⪖", "egsdot": "⪘", "el": "⪙", "Element": "∈", "elinters": "⏧", "ell": "ℓ", "els": "⪕", "elsdot": "⪗", "emacr": "ē", "Emacr": "Ē", "empty": "∅", "emptyset": "∅", "EmptySmallSquare": "◻", "emptyv": "∅", "EmptyVerySmallSquare": "▫", "emsp": " ", "emsp13": " ", "emsp14": " ", "eng": "ŋ", "ENG": "Ŋ", "ensp": " ", "eogon": "ę", "Eogon": "Ę", "eopf": "𝕖", "Eopf": "𝔼", "epar": "⋕", "eparsl": "⧣", "eplus": "⩱", "epsi": "ε", "epsilon": "ε", "Epsilon": "Ε", "epsiv": "ϵ", "eqcirc": "≖", "eqcolon": "≕", "eqsim": "≂", "eqslantgtr": "⪖", "eqslantless": "⪕", "Equal": "⩵", "equals": "=", "EqualTilde": "≂", "equest": "≟", "Equilibrium": "⇌", "equiv": "≡", "equivDD": "⩸", "eqvparsl": "⧥", "erarr": "⥱", "erDot": "≓", "escr": "ℯ", "Escr": "ℰ", "esdot": "≐", "esim": "≂", "Esim": "⩳", "eta": "η", "Eta": "Η", "eth": "ð", "ETH": "Ð", "euml": "ë", "Euml": "Ë", "euro": "€", "excl": "!", "exist": "∃", "Exists": "∃", "expectation": "ℰ", "exponentiale": "ⅇ", "ExponentialE": "ⅇ", "fallingdotseq": "≒", "fcy": "ф", "Fcy": "Ф", "female": "♀", "ffilig": "ﬃ", "fflig": "ﬀ", "ffllig": "ﬄ", "ffr": "𝔣", "Ffr": "𝔉", "filig": "ﬁ", "FilledSmallSquare": "◼", "FilledVerySmallSquare": "▪", "fjlig": "fj", "flat": "♭", "fllig": "ﬂ", "fltns": "▱", "fnof": "ƒ", "fopf": "𝕗", "Fopf": "𝔽", "forall": "∀", "ForAll": "∀", "fork": "⋔", "forkv": "⫙", "Fouriertrf": "ℱ", "fpartint": "⨍", "frac12": "½", "frac13": "⅓", "frac14": "¼", "frac15": "⅕", "frac16": "⅙", "frac18": "⅛", "frac23": "⅔", "frac25": "⅖", "frac34": "¾", "frac35": "⅗", "frac38": "⅜", "frac45": "⅘", "frac56": "⅚", "frac58": "⅝", "frac78": "⅞", "frasl": "⁄", "frown": "⌢", "fscr": "𝒻", "Fscr": "ℱ", "gacute": "ǵ", "gamma": "γ", "Gamma": "Γ", "gammad": "ϝ", "Gammad": "Ϝ", "gap": "⪆", "gbreve": "ğ", "Gbreve": "Ğ", "Gcedil": "Ģ", "gcirc": "ĝ", "Gcirc": "Ĝ", "gcy": "г", "Gcy": "Г", "gdot": "ġ", "Gdot": "Ġ", "ge": "≥", "gE": "≧", "gel": "⋛", "gEl": "⪌", "geq": "≥", "geqq": "≧", "geqslant": "⩾", "ges": "⩾", "gescc": "⪩", "gesdot": "⪀", "gesdoto": "⪂", "gesdotol": "⪄", "gesl": "⋛︀", "gesles": "⪔", "gfr": "𝔤", "Gfr": "𝔊", "gg": "≫", "Gg": "⋙", "ggg": "⋙", "gimel": "ℷ", "gjcy": "ѓ", "GJcy": "Ѓ", "gl": "≷", "gla": "⪥", "glE": "⪒", "glj": "⪤", "gnap": "⪊", "gnapprox": "⪊", "gne": "⪈", "gnE": "≩", "gneq": "⪈", "gneqq": "≩", "gnsim": "⋧", "gopf": "𝕘", "Gopf": "𝔾", "grave": "`", "GreaterEqual": "≥", "GreaterEqualLess": "⋛", "GreaterFullEqual": "≧", "GreaterGreater": "⪢", "GreaterLess": "≷", "GreaterSlantEqual": "⩾", "GreaterTilde": "≳", "gscr": "ℊ", "Gscr": "𝒢", "gsim": "≳", "gsime": "⪎", "gsiml": "⪐", "gt": ">", "Gt": "≫", "GT": ">", "gtcc": "⪧", "gtcir": "⩺", "gtdot": "⋗", "gtlPar": "⦕", "gtquest": "⩼", "gtrapprox": "⪆", "gtrarr": "⥸", "gtrdot": "⋗", "gtreqless": "⋛", "gtreqqless": "⪌", "gtrless": "≷", "gtrsim": "≳", "gvertneqq": "≩︀", "gvnE": "≩︀", "Hacek": "ˇ", "hairsp": " ", "half": "½", "hamilt": "ℋ", "hardcy": "ъ", "HARDcy": "Ъ", "harr": "↔", "hArr": "⇔", "harrcir": "⥈", "harrw": "↭", "Hat": "^", "hbar": "ℏ", "hcirc": "ĥ", "Hcirc": "Ĥ", "hearts": "♥", "heartsuit": "♥", "hellip": "…", "hercon": "⊹", "hfr": "𝔥", "Hfr": "ℌ", "HilbertSpace": "ℋ", "hksearow": "⤥", "hkswarow": "⤦", "hoarr": "⇿", "homtht": "∻", "hookleftarrow": "↩", "hookrightarrow": "↪", "hopf": "𝕙", "Hopf": "ℍ", "horbar": "―", "HorizontalLine": "─", "hscr": "𝒽", "Hscr": "ℋ", "hslash": "ℏ", "hstrok": "ħ", "Hstrok": "Ħ", "HumpDownHump": "≎", "HumpEqual": "≏", "hybull": "⁃", "hyphen": "‐", "iacute": "í", "Iacute": "Í", "ic": "⁣", "icirc": "î", "Icirc": "Î", "icy": "и", "Icy": "И", "Idot": "İ", "iecy": "е", "IEcy": "Е", "iexcl": "¡", "iff": "⇔", "ifr": "𝔦", "Ifr": "ℑ", "igrave": "ì", "Igrave": "Ì", "ii": "ⅈ", "iiiint": "⨌", "iiint": "∭", "iinfin": "⧜", "iiota": "℩", "ijlig": "ĳ", "IJlig": "Ĳ", "Im": "ℑ", "imacr": "ī", "Imacr": "Ī", "image": "ℑ", "ImaginaryI": "ⅈ", "imagline": "ℐ", "imagpart": "ℑ", "imath": "ı", "imof": "⊷", "imped": "Ƶ", "Implies": "⇒", "in": "∈", "incare": "℅", "infin": "∞", "infintie": "⧝", "inodot": "ı", "int": "∫", "Int": "∬", "intcal": "⊺", "integers": "ℤ", "Integral": "∫", "intercal": "⊺", "Intersection": "⋂", "intlarhk": "⨗", "intprod": "⨼", "InvisibleComma": "⁣", "InvisibleTimes": "⁢", "iocy": "ё", "IOcy": "Ё", "iogon": "į", "Iogon": "Į", "iopf": "𝕚", "Iopf": "𝕀", "iota": "ι", "Iota": "Ι", "iprod": "⨼", "iquest": "¿", "iscr": "𝒾", "Iscr": "ℐ", "isin": "∈", "isindot": "⋵", "isinE": "⋹", "isins": "⋴", "isinsv": "⋳", "isinv": "∈", "it": "⁢", "itilde": "ĩ", "Itilde": "Ĩ", "iukcy": "і", "Iukcy": "І", "iuml": "ï", "Iuml": "Ï", "jcirc": "ĵ", "Jcirc": "Ĵ", "jcy": "й", "Jcy": "Й", "jfr": "𝔧", "Jfr": "𝔍", "jmath": "ȷ", "jopf": "𝕛", "Jopf": "𝕁", "jscr": "𝒿", "Jscr": "𝒥", "jsercy": "ј", "Jsercy": "Ј", "jukcy": "є", "Jukcy": "Є", "kappa": "κ", "Kappa": "Κ", "kappav": "ϰ", "kcedil": "ķ", "Kcedil": "Ķ", "kcy": "к", "Kcy": "К", "kfr": "𝔨", "Kfr": "𝔎", "kgreen": "ĸ", "khcy": "х", "KHcy": "Х", "kjcy": "ќ", "KJcy": "Ќ", "kopf": "𝕜", "Kopf": "𝕂", "kscr": "𝓀", "Kscr": "𝒦", "lAarr": "⇚", "lacute": "ĺ", "Lacute": "Ĺ", "laemptyv": "⦴", "lagran": "ℒ", "lambda": "λ", "Lambda": "Λ", "lang": "⟨", "Lang": "⟪", "langd": "⦑", "langle": "⟨", "lap": "⪅", "Laplacetrf": "ℒ", "laquo": "«", "larr": "←", "lArr": "⇐", "Larr": "↞", "larrb": "⇤", "larrbfs": "⤟", "larrfs": "⤝", "larrhk": "↩", "larrlp": "↫", "larrpl": "⤹", "larrsim": "⥳", "larrtl": "↢", "lat": "⪫", "latail": "⤙", "lAtail": "⤛", "late": "⪭", "lates": "⪭︀", "lbarr": "⤌", "lBarr": "⤎", "lbbrk": "❲", "lbrace": "{", "lbrack": "[", "lbrke": "⦋", "lbrksld": "⦏", "lbrkslu": "⦍", "lcaron": "ľ", "Lcaron": "Ľ", "lcedil": "ļ", "Lcedil": "Ļ", "lceil": "⌈", "lcub": "{", "lcy": "л", "Lcy": "Л", "ldca": "⤶", "ldquo": "“", "ldquor": "„", "ldrdhar": "⥧", "ldrushar": "⥋", "ldsh": "↲", "le": "≤", "lE": "≦", "LeftAngleBracket": "⟨", "leftarrow": "←", "Leftarrow": "⇐", "LeftArrow": "←", "LeftArrowBar": "⇤", "LeftArrowRightArrow": "⇆", "leftarrowtail": "↢", "LeftCeiling": "⌈", "LeftDoubleBracket": "⟦", "LeftDownTeeVector": "⥡", "LeftDownVector": "⇃", "LeftDownVectorBar": "⥙", "LeftFloor": "⌊", "leftharpoondown": "↽", "leftharpoonup": "↼", "leftleftarrows": "⇇", "leftrightarrow": "↔", "Leftrightarrow": "⇔", "LeftRightArrow": "↔", "leftrightarrows": "⇆", "leftrightharpoons": "⇋", "leftrightsquigarrow": "↭", "LeftRightVector": "⥎", "LeftTee": "⊣", "LeftTeeArrow": "↤", "LeftTeeVector": "⥚", "leftthreetimes": "⋋", "LeftTriangle": "⊲", "LeftTriangleBar": "⧏", "LeftTriangleEqual": "⊴", "LeftUpDownVector": "⥑", "LeftUpTeeVector": "⥠", "LeftUpVector": "↿", "LeftUpVectorBar": "⥘", "LeftVector": "↼", "LeftVectorBar": "⥒", "leg": "⋚", "lEg": "⪋", "leq": "≤", "leqq": "≦", "leqslant": "⩽", "les": "⩽", "lescc": "⪨", "lesdot": "⩿", "lesdoto": "⪁", "lesdotor": "⪃", "lesg": "⋚︀", "lesges": "⪓", "lessapprox": "⪅", "lessdot": "⋖", "lesseqgtr": "⋚", "lesseqqgtr": "⪋", "LessEqualGreater": "⋚", "LessFullEqual": "≦", "LessGreater": "≶", "lessgtr": "≶", "LessLess": "⪡", "lesssim": "≲", "LessSlantEqual": "⩽", "LessTilde": "≲", "lfisht": "⥼", "lfloor": "⌊", "lfr": "𝔩", "Lfr": "𝔏", "lg": "≶", "lgE": "⪑", "lHar": "⥢", "lhard": "↽", "lharu": "↼", "lharul": "⥪", "lhblk": "▄", "ljcy": "љ", "LJcy": "Љ", "ll": "≪", "Ll": "⋘", "llarr": "⇇", "llcorner": "⌞", "Lleftarrow": "⇚", "llhard": "⥫", "lltri": "◺", "lmidot": "ŀ", "Lmidot": "Ŀ", "lmoust": "⎰", "lmoustache": "⎰", "lnap": "⪉", "lnapprox": "⪉", "lne": "⪇", "lnE": "≨", "lneq": "⪇", "lneqq": "≨", "lnsim": "⋦", "loang": "⟬", "loarr": "⇽", "lobrk": "⟦", "longleftarrow": "⟵", "Longleftarrow": "⟸", "LongLeftArrow": "⟵", "longleftrightarrow": "⟷", "Longleftrightarrow": "⟺", "LongLeftRightArrow": "⟷", "longmapsto": "⟼", "longrightarrow": "⟶", "Longrightarrow": "⟹", "LongRightArrow": "⟶", "looparrowleft": "↫", "looparrowright": "↬", "lopar": "⦅", "lopf": "𝕝", "Lopf": "𝕃", "loplus": "⨭", "lotimes": "⨴", "lowast": "∗", "lowbar": "_", "LowerLeftArrow": "↙", "LowerRightArrow": "↘", "loz": "◊", "lozenge": "◊", "lozf": "⧫", "lpar": "(", "lparlt": "⦓", "lrarr": "⇆", "lrcorner": "⌟", "lrhar": "⇋", "lrhard": "⥭", "lrm": "‎", "lrtri": "⊿", "lsaquo": "‹", "lscr": "𝓁", "Lscr": "ℒ", "lsh": "↰", "Lsh": "↰", "lsim": "≲", "lsime": "⪍", "lsimg": "⪏", "lsqb": "[", "lsquo": "‘", "lsquor": "‚", "lstrok": "ł", "Lstrok": "Ł", "lt": "<", "Lt": "≪", "LT": "<", "ltcc": "⪦", "ltcir": "⩹", "ltdot": "⋖", "lthree": "⋋", "ltimes": "⋉", "ltlarr": "⥶", "ltquest": "⩻", "ltri": "◃", "ltrie": "⊴", "ltrif": "◂", "ltrPar": "⦖", "lurdshar": "⥊", "luruhar": "⥦", "lvertneqq": "≨︀", "lvnE": "≨︀", "macr": "¯", "male": "♂", "malt": "✠", "maltese": "✠", "map": "↦", "Map": "⤅", "mapsto": "↦", "mapstodown": "↧", "mapstoleft": "↤", "mapstoup": "↥", "marker": "▮", "mcomma": "⨩", "mcy": "м", "Mcy": "М", "mdash": "—", "mDDot": "∺", "measuredangle": "∡", "MediumSpace": " ", "Mellintrf": "ℳ", "mfr": "𝔪", "Mfr": "𝔐", "mho": "℧", "micro": "µ", "mid": "∣", "midast": "*", "midcir": "⫰", "middot": "·", "minus": "−", "minusb": "⊟", "minusd": "∸", "minusdu": "⨪", "MinusPlus": "∓", "mlcp": "⫛", "mldr": "…", "mnplus": "∓", "models": "⊧", "mopf": "𝕞", "Mopf": "𝕄", "mp": "∓", "mscr": "𝓂", "Mscr": "ℳ", "mstpos": "∾", "mu": "μ", "Mu": "Μ", "multimap": "⊸", "mumap": "⊸", "nabla": "∇", "nacute": "ń", "Nacute": "Ń", "nang": "∠⃒", "nap": "≉", "napE": "⩰̸", "napid": "≋̸", "napos": "ŉ", "napprox": "≉", "natur": "♮", "natural": "♮", "naturals": "ℕ", "nbsp": " ", "nbump": "≎̸", "nbumpe": "≏̸", "ncap": "⩃", "ncaron": "ň", "Ncaron": "Ň", "ncedil": "ņ", "Ncedil": "Ņ", "ncong": "≇", "ncongdot": "⩭̸", "ncup": "⩂", "ncy": "н", "Ncy": "Н", "ndash": "–", "ne": "≠", "nearhk": "⤤", "nearr": "↗", "neArr": "⇗", "nearrow": "↗", "nedot": "≐̸", "NegativeMediumSpace": "​", "NegativeThickSpace": "​", "NegativeThinSpace": "​", "NegativeVeryThinSpace": "​", "nequiv": "≢", "nesear": "⤨", "nesim": "≂̸", "NestedGreaterGreater": "≫", "NestedLessLess": "≪", "NewLine": "\n", "nexist": "∄", "nexists": "∄", "nfr": "𝔫", "Nfr": "𝔑", "nge": "≱", "ngE": "≧̸", "ngeq": "≱", "ngeqq": "≧̸", "ngeqslant": "⩾̸", "nges": "⩾̸", "nGg": "⋙̸", "ngsim": "≵", "ngt": "≯", "nGt": "≫⃒", "ngtr": "≯", "nGtv": "≫̸", "nharr": "↮", "nhArr": "⇎", "nhpar": "⫲", "ni": "∋", "nis": "⋼", "nisd": "⋺", "niv": "∋", "njcy": "њ", "NJcy": "Њ", "nlarr": "↚", "nlArr": "⇍", "nldr": "‥", "nle": "≰", "nlE": "≦̸", "nleftarrow": "↚", "nLeftarrow": "⇍", "nleftrightarrow": "↮", "nLeftrightarrow": "⇎", "nleq": "≰", "nleqq": "≦̸", "nleqslant": "⩽̸", "nles": "⩽̸", "nless": "≮", "nLl": "⋘̸", "nlsim": "≴", "nlt": "≮", "nLt": "≪⃒", "nltri": "⋪", "nltrie": "⋬", "nLtv": "≪̸", "nmid": "∤", "NoBreak": "⁠", "NonBreakingSpace": " ", "nopf": "𝕟", "Nopf": "ℕ", "not": "¬", "Not": "⫬", "NotCongruent": "≢", "NotCupCap": "≭", "NotDoubleVerticalBar": "∦", "NotElement": "∉", "NotEqual": "≠", "NotEqualTilde": "≂̸", "NotExists": "∄", "NotGreater": "≯", "NotGreaterEqual": "≱", "NotGreaterFullEqual": "≧̸", "NotGreaterGreater": "≫̸", "NotGreaterLess": "≹", "NotGreaterSlantEqual": "⩾̸", "NotGreaterTilde": "≵", "NotHumpDownHump": "≎̸", "NotHumpEqual": "≏̸", "notin": "∉", "notindot": "⋵̸", "notinE": "⋹̸", "notinva": "∉", "notinvb": "⋷", "notinvc": "⋶", "NotLeftTriangle": "⋪", "NotLeftTriangleBar": "⧏̸", "NotLeftTriangleEqual": "⋬", "NotLess": "≮", "NotLessEqual": "≰", "NotLessGreater": "≸", "NotLessLess": "≪̸", "NotLessSlantEqual": "⩽̸", "NotLessTilde": "≴", "NotNestedGreaterGreater": "⪢̸", "NotNestedLessLess": "⪡̸", "notni": "∌", "notniva": "∌", "notnivb": "⋾", "notnivc": "⋽", "NotPrecedes": "⊀", "NotPrecedesEqual": "⪯̸", "NotPrecedesSlantEqual": "⋠", "NotReverseElement": "∌", "NotRightTriangle": "⋫", "NotRightTriangleBar": "⧐̸", "NotRightTriangleEqual": "⋭", "NotSquareSubset": "⊏̸", "NotSquareSubsetEqual": "⋢", "NotSquareSuperset": "⊐̸", "NotSquareSupersetEqual": "⋣", "NotSubset": "⊂⃒", "NotSubsetEqual": "⊈", "NotSucceeds": "⊁", "NotSucceedsEqual": "⪰̸", "NotSucceedsSlantEqual": "⋡", "NotSucceedsTilde": "≿̸", "NotSuperset": "⊃⃒", "NotSupersetEqual": "⊉", "NotTilde": "≁", "NotTildeEqual": "≄", "NotTildeFullEqual": "≇", "NotTildeTilde": "≉", "NotVerticalBar": "∤", "npar": "∦", "nparallel": "∦", "nparsl": "⫽⃥", "npart": "∂̸", "npolint": "⨔", "npr": "⊀", "nprcue": "⋠", "npre": "⪯̸", "nprec": "⊀", "npreceq": "⪯̸", "nrarr": "↛", "nrArr": "⇏", "nrarrc": "⤳̸", "nrarrw": "↝̸", "nrightarrow": "↛", "nRightarrow": "⇏", "nrtri": "⋫", "nrtrie": "⋭", "nsc": "⊁", "nsccue": "⋡", "nsce": "⪰̸", "nscr": "𝓃", "Nscr": "𝒩", "nshortmid": "∤", "nshortparallel": "∦", "nsim": "≁", "nsime": "≄", "nsimeq": "≄", "nsmid": "∤", "nspar": "∦", "nsqsube": "⋢", "nsqsupe": "⋣", "nsub": "⊄", "nsube": "⊈", "nsubE": "⫅̸", "nsubset": "⊂⃒", "nsubseteq": "⊈", "nsubseteqq": "⫅̸", "nsucc": "⊁", "nsucceq": "⪰̸", "nsup": "⊅", "nsupe": "⊉", "nsupE": "⫆̸", "nsupset": "⊃⃒", "nsupseteq": "⊉", "nsupseteqq": "⫆̸", "ntgl": "≹", "ntilde": "ñ", "Ntilde": "Ñ", "ntlg": "≸", "ntriangleleft": "⋪", "ntrianglelefteq": "⋬", "ntriangleright": "⋫", "ntrianglerighteq": "⋭", "nu": "ν", "Nu": "Ν", "num": "#", "numero": "№", "numsp": " ", "nvap": "≍⃒", "nvdash": "⊬", "nvDash": "⊭", "nVdash": "⊮", "nVDash": "⊯", "nvge": "≥⃒", "nvgt": ">⃒", "nvHarr": "⤄", "nvinfin": "⧞", "nvlArr": "⤂", "nvle": "≤⃒", "nvlt": "<⃒", "nvltrie": "⊴⃒", "nvrArr": "⤃", "nvrtrie": "⊵⃒", "nvsim": "∼⃒", "nwarhk": "⤣", "nwarr": "↖", "nwArr": "⇖", "nwarrow": "↖", "nwnear": "⤧", "oacute": "ó", "Oacute": "Ó", "oast": "⊛", "ocir": "⊚", "ocirc": "ô", "Ocirc": "Ô", "ocy": "о", "Ocy": "О", "odash": "⊝", "odblac": "ő", "Odblac": "Ő", "odiv": "⨸", "odot": "⊙", "odsold": "⦼", "oelig": "œ", "OElig": "Œ", "ofcir": "⦿", "ofr": "𝔬", "Ofr": "𝔒", "ogon": "˛", "ograve": "ò", "Ograve": "Ò", "ogt": "⧁", "ohbar": "⦵", "ohm": "Ω", "oint": "∮", "olarr": "↺", "olcir": "⦾", "olcross": "⦻", "oline": "‾", "olt": "⧀", "omacr": "ō", "Omacr": "Ō", "omega": "ω", "Omega": "Ω", "omicron": "ο", "Omicron": "Ο", "omid": "⦶", "ominus": "⊖", "oopf": "𝕠", "Oopf": "𝕆", "opar": "⦷", "OpenCurlyDoubleQuote": "“", "OpenCurlyQuote": "‘", "operp": "⦹", "oplus": "⊕", "or": "∨", "Or": "⩔", "orarr": "↻", "ord": "⩝", "order": "ℴ", "orderof": "ℴ", "ordf": "ª", "ordm": "º", "origof": "⊶", "oror": "⩖", "orslope": "⩗", "orv": "⩛", "oS": "Ⓢ", "oscr": "ℴ", "Oscr": "𝒪", "oslash": "ø", "Oslash": "Ø", "osol": "⊘", "otilde": "õ", "Otilde": "Õ", "otimes": "⊗", "Otimes": "⨷", "otimesas": "⨶", "ouml": "ö", "Ouml": "Ö", "ovbar": "⌽", "OverBar": "‾", "OverBrace": "⏞", "OverBracket": "⎴", "OverParenthesis": "⏜", "par": "∥", "para": "¶", "parallel": "∥", "parsim": "⫳", "parsl": "⫽", "part": "∂", "PartialD": "∂", "pcy": "п", "Pcy": "П", "percnt": "%", "period": ".", "permil": "‰", "perp": "⊥", "pertenk": "‱", "pfr": "𝔭", "Pfr": "𝔓", "phi": "φ", "Phi": "Φ", "phiv": "ϕ", "phmmat": "ℳ", "phone": "☎", "pi": "π", "Pi": "Π", "pitchfork": "⋔", "piv": "ϖ", "planck": "ℏ", "planckh": "ℎ", "plankv": "ℏ", "plus": "+", "plusacir": "⨣", "plusb": "⊞", "pluscir": "⨢", "plusdo": "∔", "plusdu": "⨥", "pluse": "⩲", "PlusMinus": "±", "plusmn": "±", "plussim": "⨦", "plustwo": "⨧", "pm": "±", "Poincareplane": "ℌ", "pointint": "⨕", "popf": "𝕡", "Popf": "ℙ", "pound": "£", "pr": "≺", "Pr": "⪻", "prap": "⪷", "prcue": "≼", "pre": "⪯", "prE": "⪳", "prec": "≺", "precapprox": "⪷", "preccurlyeq": "≼", "Precedes": "≺", "PrecedesEqual": "⪯", "PrecedesSlantEqual": "≼", "PrecedesTilde": "≾", "preceq": "⪯", "precnapprox": "⪹", "precneqq": "⪵", "precnsim": "⋨", "precsim": "≾", "prime": "′", "Prime": "″", "primes": "ℙ", "prnap": "⪹", "prnE": "⪵", "prnsim": "⋨", "prod": "∏", "Product": "∏", "profalar": "⌮", "profline": "⌒", "profsurf": "⌓", "prop": "∝", "Proportion": "∷", "Proportional": "∝", "propto": "∝", "prsim": "≾", "prurel": "⊰", "pscr": "𝓅", "Pscr": "𝒫", "psi": "ψ", "Psi": "Ψ", "puncsp": " ", "qfr": "𝔮", "Qfr": "𝔔", "qint": "⨌", "qopf": "𝕢", "Qopf": "ℚ", "qprime": "⁗", "qscr": "𝓆", "Qscr": "𝒬", "quaternions": "ℍ", "quatint": "⨖", "quest": "?", "questeq": "≟", "quot": '"', "QUOT": '"', "rAarr": "⇛", "race": "∽̱", "racute": "ŕ", "Racute": "Ŕ", "radic": "√", "raemptyv": "⦳", "rang": "⟩", "Rang": "⟫", "rangd": "⦒", "range": "⦥", "rangle": "⟩", "raquo": "»", "rarr": "→", "rArr": "⇒", "Rarr": "↠", "rarrap": "⥵", "rarrb": "⇥", "rarrbfs": "⤠", "rarrc": "⤳", "rarrfs": "⤞", "rarrhk": "↪", "rarrlp": "↬", "rarrpl": "⥅", "rarrsim": "⥴", "rarrtl": "↣", "Rarrtl": "⤖", "rarrw": "↝", "ratail": "⤚", "rAtail": "⤜", "ratio": "∶", "rationals": "ℚ", "rbarr": "⤍", "rBarr": "⤏", "RBarr": "⤐", "rbbrk": "❳", "rbrace": "}", "rbrack": "]", "rbrke": "⦌", "rbrksld": "⦎", "rbrkslu": "⦐", "rcaron": "ř", "Rcaron": "Ř", "rcedil": "ŗ", "Rcedil": "Ŗ", "rceil": "⌉", "rcub": "}", "rcy": "р", "Rcy": "Р", "rdca": "⤷", "rdldhar": "⥩", "rdquo": "”", "rdquor": "”", "rdsh": "↳", "Re": "ℜ", "real": "ℜ", "realine": "ℛ", "realpart": "ℜ", "reals": "ℝ", "rect": "▭", "reg": "®", "REG": "®", "ReverseElement": "∋", "ReverseEquilibrium": "⇋", "ReverseUpEquilibrium": "⥯", "rfisht": "⥽", "rfloor": "⌋", "rfr": "𝔯", "Rfr": "ℜ", "rHar": "⥤", "rhard": "⇁", "rharu": "⇀", "rharul": "⥬", "rho": "ρ", "Rho": "Ρ", "rhov": "ϱ", "RightAngleBracket": "⟩", "rightarrow": "→", "Rightarrow": "⇒", "RightArrow": "→", "RightArrowBar": "⇥", "RightArrowLeftArrow": "⇄", "rightarrowtail": "↣", "RightCeiling": "⌉", "RightDoubleBracket": "⟧", "RightDownTeeVector": "⥝", "RightDownVector": "⇂", "RightDownVectorBar": "⥕", "RightFloor": "⌋", "rightharpoondown": "⇁", "rightharpoonup": "⇀", "rightleftarrows": "⇄", "rightleftharpoons": "⇌", "rightrightarrows": "⇉", "rightsquigarrow": "↝", "RightTee": "⊢", "RightTeeArrow": "↦", "RightTeeVector": "⥛", "rightthreetimes": "⋌", "RightTriangle": "⊳", "RightTriangleBar": "⧐", "RightTriangleEqual": "⊵", "RightUpDownVector": "⥏", "RightUpTeeVector": "⥜", "RightUpVector": "↾", "RightUpVectorBar": "⥔", "RightVector": "⇀", "RightVectorBar": "⥓", "ring": "˚", "risingdotseq": "≓", "rlarr": "⇄", "rlhar": "⇌", "rlm": "‏", "rmoust": "⎱", "rmoustache": "⎱", "rnmid": "⫮", "roang": "⟭", "roarr": "⇾", "robrk": "⟧", "ropar": "⦆", "ropf": "𝕣", "Ropf": "ℝ", "roplus": "⨮", "rotimes": "⨵", "RoundImplies": "⥰", "rpar": ")", "rpargt": "⦔", "rppolint": "⨒", "rrarr": "⇉", "Rrightarrow": "⇛", "rsaquo": "›", "rscr": "𝓇", "Rscr": "ℛ", "rsh": "↱", "Rsh": "↱", "rsqb": "]", "rsquo": "’", "rsquor": "’", "rthree": "⋌", "rtimes": "⋊", "rtri": "▹", "rtrie": "⊵", "rtrif": "▸", "rtriltri": "⧎", "RuleDelayed": "⧴", "ruluhar": "⥨", "rx": "℞", "sacute": "ś", "Sacute": "Ś", "sbquo": "‚", "sc": "≻", "Sc": "⪼", "scap": "⪸", "scaron": "š", "Scaron": "Š", "sccue": "≽", "sce": "⪰", "scE": "⪴", "scedil": "ş", "Scedil": "Ş", "scirc": "ŝ", "Scirc": "Ŝ", "scnap": "⪺", "scnE": "⪶", "scnsim": "⋩", "scpolint": "⨓", "scsim": "≿", "scy": "с", "Scy": "С", "sdot": "⋅", "sdotb": "⊡", "sdote": "⩦", "searhk": "⤥", "searr": "↘", "seArr": "⇘", "searrow": "↘", "sect": "§", "semi": ";", "seswar": "⤩", "setminus": "∖", "setmn": "∖", "sext": "✶", "sfr": "𝔰", "Sfr": "𝔖", "sfrown": "⌢", "sharp": "♯", "shchcy": "щ", "SHCHcy": "Щ", "shcy": "ш", "SHcy": "Ш", "ShortDownArrow": "↓", "ShortLeftArrow": "←", "shortmid": "∣", "shortparallel": "∥", "ShortRightArrow": "→", "ShortUpArrow": "↑", "shy": "­", "sigma": "σ", "Sigma": "Σ", "sigmaf": "ς", "sigmav": "ς", "sim": "∼", "simdot": "⩪", "sime": "≃", "simeq": "≃", "simg": "⪞", "simgE": "⪠", "siml": "⪝", "simlE": "⪟", "simne": "≆", "simplus": "⨤", "simrarr": "⥲", "slarr": "←", "SmallCircle": "∘", "smallsetminus": "∖", "smashp": "⨳", "smeparsl": "⧤", "smid": "∣", "smile": "⌣", "smt": "⪪", "smte": "⪬", "smtes": "⪬︀", "softcy": "ь", "SOFTcy": "Ь", "sol": "/", "solb": "⧄", "solbar": "⌿", "sopf": "𝕤", "Sopf": "𝕊", "spades": "♠", "spadesuit": "♠", "spar": "∥", "sqcap": "⊓", "sqcaps": "⊓︀", "sqcup": "⊔", "sqcups": "⊔︀", "Sqrt": "√", "sqsub": "⊏", "sqsube": "⊑", "sqsubset": "⊏", "sqsubseteq": "⊑", "sqsup": "⊐", "sqsupe": "⊒", "sqsupset": "⊐", "sqsupseteq": "⊒", "squ": "□", "square": "□", "Square": "□", "SquareIntersection": "⊓", "SquareSubset": "⊏", "SquareSubsetEqual": "⊑", "SquareSuperset": "⊐", "SquareSupersetEqual": "⊒", "SquareUnion": "⊔", "squarf": "▪", "squf": "▪", "srarr": "→", "sscr": "𝓈", "Sscr": "𝒮", "ssetmn": "∖", "ssmile": "⌣", "sstarf": "⋆", "star": "☆", "Star": "⋆", "starf": "★", "straightepsilon": "ϵ", "straightphi": "ϕ", "strns": "¯", "sub": "⊂", "Sub": "⋐", "subdot": "⪽", "sube": "⊆", "subE": "⫅", "subedot": "⫃", "submult": "⫁", "subne": "⊊", "subnE": "⫋", "subplus": "⪿", "subrarr": "⥹", "subset": "⊂", "Subset": "⋐", "subseteq": "⊆", "subseteqq": "⫅", "SubsetEqual": "⊆", "subsetneq": "⊊", "subsetneqq": "⫋", "subsim": "⫇", "subsub": "⫕", "subsup": "⫓", "succ": "≻", "succapprox": "⪸", "succcurlyeq": "≽", "Succeeds": "≻", "SucceedsEqual": "⪰", "SucceedsSlantEqual": "≽", "SucceedsTilde": "≿", "succeq": "⪰", "succnapprox": "⪺", "succneqq": "⪶", "succnsim": "⋩", "succsim": "≿", "SuchThat": "∋", "sum": "∑", "Sum": "∑", "sung": "♪", "sup": "⊃", "Sup": "⋑", "sup1": "¹", "sup2": "²", "sup3": "³", "supdot": "⪾", "supdsub": "⫘", "supe": "⊇", "supE": "⫆", "supedot": "⫄", "Superset": "⊃", "SupersetEqual": "⊇", "suphsol": "⟉", "suphsub": "⫗", "suplarr": "⥻", "supmult": "⫂", "supne": "⊋", "supnE": "⫌", "supplus": "⫀", "supset": "⊃", "Supset": "⋑", "supseteq": "⊇", "supseteqq": "⫆", "supsetneq": "⊋", "supsetneqq": "⫌", "supsim": "⫈", "supsub": "⫔", "supsup": "⫖", "swarhk": "⤦", "swarr": "↙", "swArr": "⇙", "swarrow": "↙", "swnwar": "⤪", "szlig": "ß", "Tab": "	", "target": "⌖", "tau": "τ", "Tau": "Τ", "tbrk": "⎴", "tcaron": "ť", "Tcaron": "Ť", "tcedil": "ţ", "Tcedil": "Ţ", "tcy": "т", "Tcy": "Т", "tdot": "⃛", "telrec": "⌕", "tfr": "𝔱", "Tfr": "𝔗", "there4": "∴", "therefore": "∴", "Therefore": "∴", "theta": "θ", "Theta": "Θ", "thetasym": "ϑ", "thetav": "ϑ", "thickapprox": "≈", "thicksim": "∼", "ThickSpace": "  ", "thinsp": " ", "ThinSpace": " ", "thkap": "≈", "thksim": "∼", "thorn": "þ", "THORN": "Þ", "tilde": "˜", "Tilde": "∼", "TildeEqual": "≃", "TildeFullEqual": "≅", "TildeTilde": "≈", "times": "×", "timesb": "⊠", "timesbar": "⨱", "timesd": "⨰", "tint": "∭", "toea": "⤨", "top": "⊤", "topbot": "⌶", "topcir": "⫱", "topf": "𝕥", "Topf": "𝕋", "topfork": "⫚", "tosa": "⤩", "tprime": "‴", "trade": "™", "TRADE": "™", "triangle": "▵", "triangledown": "▿", "triangleleft": "◃", "trianglelefteq": "⊴", "triangleq": "≜", "triangleright": "▹", "trianglerighteq": "⊵", "tridot": "◬", "trie": "≜", "triminus": "⨺", "TripleDot": "⃛", "triplus": "⨹", "trisb": "⧍", "tritime": "⨻", "trpezium": "⏢", "tscr": "𝓉", "Tscr": "𝒯", "tscy": "ц", "TScy": "Ц", "tshcy": "ћ", "TSHcy": "Ћ", "tstrok": "ŧ", "Tstrok": "Ŧ", "twixt": "≬", "twoheadleftarrow": "↞", "twoheadrightarrow": "↠", "uacute": "ú", "Uacute": "Ú", "uarr": "↑", "uArr": "⇑", "Uarr": "↟", "Uarrocir": "⥉", "ubrcy": "ў", "Ubrcy": "Ў", "ubreve": "ŭ", "Ubreve": "Ŭ", "ucirc": "û", "Ucirc": "Û", "ucy": "у", "Ucy": "У", "udarr": "⇅", "udblac": "ű", "Udblac": "Ű", "udhar": "⥮", "ufisht": "⥾", "ufr": "𝔲", "Ufr": "𝔘", "ugrave": "ù", "Ugrave": "Ù", "uHar": "⥣", "uharl": "↿", "uharr": "↾", "uhblk": "▀", "ulcorn": "⌜", "ulcorner": "⌜", "ulcrop": "⌏", "ultri": "◸", "umacr": "ū", "Umacr": "Ū", "uml": "¨", "UnderBar": "_", "UnderBrace": "⏟", "UnderBracket": "⎵", "UnderParenthesis": "⏝", "Union": "⋃", "UnionPlus": "⊎", "uogon": "ų", "Uogon": "Ų", "uopf": "𝕦", "Uopf": "𝕌", "uparrow": "↑", "Uparrow": "⇑", "UpArrow": "↑", "UpArrowBar": "⤒", "UpArrowDownArrow": "⇅", "updownarrow": "↕", "Updownarrow": "⇕", "UpDownArrow": "↕", "UpEquilibrium": "⥮", "upharpoonleft": "↿", "upharpoonright": "↾", "uplus": "⊎", "UpperLeftArrow": "↖", "UpperRightArrow": "↗", "upsi": "υ", "Upsi": "ϒ", "upsih": "ϒ", "upsilon": "υ", "Upsilon": "Υ", "UpTee": "⊥", "UpTeeArrow": "↥", "upuparrows": "⇈", "urcorn": "⌝", "urcorner": "⌝", "urcrop": "⌎", "uring": "ů", "Uring": "Ů", "urtri": "◹", "uscr": "𝓊", "Uscr": "𝒰", "utdot": "⋰", "utilde": "ũ", "Utilde": "Ũ", "utri": "▵", "utrif": "▴", "uuarr": "⇈", "uuml": "ü", "Uuml": "Ü", "uwangle": "⦧", "vangrt": "⦜", "varepsilon": "ϵ", "varkappa": "ϰ", "varnothing": "∅", "varphi": "ϕ", "varpi": "ϖ", "varpropto": "∝", "varr": "↕", "vArr": "⇕", "varrho": "ϱ", "varsigma": "ς", "varsubsetneq": "⊊︀", "varsubsetneqq": "⫋︀", "varsupsetneq": "⊋︀", "varsupsetneqq": "⫌︀", "vartheta": "ϑ", "vartriangleleft": "⊲", "vartriangleright": "⊳", "vBar": "⫨", "Vbar": "⫫", "vBarv": "⫩", "vcy": "в", "Vcy": "В", "vdash": "⊢", "vDash": "⊨", "Vdash": "⊩", "VDash": "⊫", "Vdashl": "⫦", "vee": "∨", "Vee": "⋁", "veebar": "⊻", "veeeq": "≚", "vellip": "⋮", "verbar": "|", "Verbar": "‖", "vert": "|", "Vert": "‖", "VerticalBar": "∣", "VerticalLine": "|", "VerticalSeparator": "❘", "VerticalTilde": "≀", "VeryThinSpace": " ", "vfr": "𝔳", "Vfr": "𝔙", "vltri": "⊲", "vnsub": "⊂⃒", "vnsup": "⊃⃒", "vopf": "𝕧", "Vopf": "𝕍", "vprop": "∝", "vrtri": "⊳", "vscr": "𝓋", "Vscr": "𝒱", "vsubne": "⊊︀", "vsubnE": "⫋︀", "vsupne": "⊋︀", "vsupnE": "⫌︀", "Vvdash": "⊪", "vzigzag": "⦚", "wcirc": "ŵ", "Wcirc": "Ŵ", "wedbar": "⩟", "wedge": "∧", "Wedge": "⋀", "wedgeq": "≙", "weierp": "℘", "wfr": "𝔴", "Wfr": "𝔚", "wopf": "𝕨", "Wopf": "𝕎", "wp": "℘", "wr": "≀", "wreath": "≀", "wscr": "𝓌", "Wscr": "𝒲", "xcap": "⋂", "xcirc": "◯", "xcup": "⋃", "xdtri": "▽", "xfr": "𝔵", "Xfr": "𝔛", "xharr": "⟷", "xhArr": "⟺", "xi": "ξ", "Xi": "Ξ", "xlarr": "⟵", "xlArr": "⟸", "xmap": "⟼", "xnis": "⋻", "xodot": "⨀", "xopf": "𝕩", "Xopf": "𝕏", "xoplus": "⨁", "xotime": "⨂", "xrarr": "⟶", "xrArr": "⟹", "xscr": "𝓍", "Xscr": "𝒳", "xsqcup": "⨆", "xuplus": "⨄", "xutri": "△", "xvee": "⋁", "xwedge": "⋀", "yacute": "ý", "Yacute": "Ý", "yacy": "я", "YAcy": "Я", "ycirc": "ŷ", "Ycirc": "Ŷ", "ycy": "ы", "Ycy": "Ы", "yen": "¥", "yfr": "𝔶", "Yfr": "𝔜", "yicy": "ї", "YIcy": "Ї", "yopf": "𝕪", "Yopf": "𝕐", "yscr": "𝓎", "Yscr": "𝒴", "yucy": "ю", "YUcy": "Ю", "yuml": "ÿ", "Yuml": "Ÿ", "zacute": "ź", "Zacute": "Ź", "zcaron": "ž", "Zcaron": "Ž", "zcy": "з", "Zcy": "З", "zdot": "ż", "Zdot": "Ż", "zeetrf": "ℨ", "ZeroWidthSpace": "​", "zeta": "ζ", "Zeta": "Ζ", "zfr": "𝔷", "Zfr": "ℨ", "zhcy": "ж", "ZHcy": "Ж", "zigrarr": "⇝", "zopf": "𝕫", "Zopf": "ℤ", "zscr": "𝓏", "Zscr": "𝒵", "zwj": "‍", "zwnj": "‌" };
      var decodeMapLegacy = { "aacute": "á", "Aacute": "Á", "acirc": "â", "Acirc": "Â", "acute": "´", "aelig": "æ", "AElig": "Æ", "agrave": "à", "Agrave": "À", "amp": "&", "AMP": "&", "aring": "å", "Aring": "Å", "atilde": "ã", "Atilde": "Ã", "auml": "ä", "Auml": "Ä", "brvbar": "¦", "ccedil": "ç", "Ccedil": "Ç", "cedil": "¸", "cent": "¢", "copy": "©", "COPY": "©", "curren": "¤", "deg": "°", "divide": "÷", "eacute": "é", "Eacute": "É", "ecirc": "ê", "Ecirc": "Ê", "egrave": "è", "Egrave": "È", "eth": "ð", "ETH": "Ð", "euml": "ë", "Euml": "Ë", "frac12": "½", "frac14": "¼", "frac34": "¾", "gt": ">", "GT": ">", "iacute": "í", "Iacute": "Í", "icirc": "î", "Icirc": "Î", "iexcl": "¡", "igrave": "ì", "Igrave": "Ì", "iquest": "¿", "iuml": "ï", "Iuml": "Ï", "laquo": "«", "lt": "<", "LT": "<", "macr": "¯", "micro": "µ", "middot": "·", "nbsp": " ", "not": "¬", "ntilde": "ñ", "Ntilde": "Ñ", "oacute": "ó", "Oacute": "Ó", "ocirc": "ô", "Ocirc": "Ô", "ograve": "ò", "Ograve": "Ò", "ordf": "ª", "ordm": "º", "oslash": "ø", "Oslash": "Ø", "otilde": "õ", "Otilde": "Õ", "ouml": "ö", "Ouml": "Ö", "para": "¶", "plusmn": "±", "pound": "£", "quot": '"', "QUOT": '"', "raquo": "»", "reg": "®", "REG": "®", "sect": "§", "shy": "­", "sup1": "¹", "sup2": "²", "sup3": "³", "szlig": "ß", "thorn": "þ", "THORN": "Þ", "times": "×", "uacute": "ú", "Uacute": "Ú", "ucirc": "û", "Ucirc": "Û", "ugrave": "ù", "Ugrave": "Ù", "uml": "¨", "uuml": "ü", "Uuml": "Ü", "yacute": "ý", "Yacute": "Ý", "yen": "¥", "yuml": "ÿ" };
      var decodeMapNumeric = { "0": "�", "128": "€", "130": "‚", "131": "ƒ", "132": "„", "133": "…", "134": "†", "135": "‡", "136": "ˆ", "137": "‰", "138": "Š", "139": "‹", "140": "Œ", "142": "Ž", "145": "‘", "146": "’", "147": "“", "148": "”", "149": "•", "150": "–", "151": "—", "152": "˜", "153": "™", "154": "š", "155": "›", "156": "œ", "158": "ž", "159": "Ÿ" };
      var invalidReferenceCodePoints = [1, 2, 3, 4, 5, 6, 7, 8, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 64976, 64977, 64978, 64979, 64980, 64981, 64982, 64983, 64984, 64985, 64986, 64987, 64988, 64989, 64990, 64991, 64992, 64993, 64994, 64995, 64996, 64997, 64998, 64999, 65e3, 65001, 65002, 65003, 65004, 65005, 65006, 65007, 65534, 65535, 131070, 131071, 196606, 196607, 262142, 262143, 327678, 327679, 393214, 393215, 458750, 458751, 524286, 524287, 589822, 589823, 655358, 655359, 720894, 720895, 786430, 786431, 851966, 851967, 917502, 917503, 983038, 983039, 1048574, 1048575, 1114110, 1114111];
      var stringFromCharCode = String.fromCharCode;
      var object = {};
      var hasOwnProperty = object.hasOwnProperty;
      var has = function(object2, propertyName) {
        return hasOwnProperty.call(object2, propertyName);
      };
      var contains = function(array, value) {
        var index = -1;
        var length = array.length;
        while (++index < length) {
          if (array[index] == value) {
            return true;
          }
        }
        return false;
      };
      var merge = function(options, defaults) {
        if (!options) {
          return defaults;
        }
        var result = {};
        var key2;
        for (key2 in defaults) {
          result[key2] = has(options, key2) ? options[key2] : defaults[key2];
        }
        return result;
      };
      var codePointToSymbol = function(codePoint, strict) {
        var output = "";
        if (codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111) {
          if (strict) {
            parseError("character reference outside the permissible Unicode range");
          }
          return "�";
        }
        if (has(decodeMapNumeric, codePoint)) {
          if (strict) {
            parseError("disallowed character reference");
          }
          return decodeMapNumeric[codePoint];
        }
        if (strict && contains(invalidReferenceCodePoints, codePoint)) {
          parseError("disallowed character reference");
        }
        if (codePoint > 65535) {
          codePoint -= 65536;
          output += stringFromCharCode(codePoint >>> 10 & 1023 | 55296);
          codePoint = 56320 | codePoint & 1023;
        }
        output += stringFromCharCode(codePoint);
        return output;
      };
      var hexEscape = function(codePoint) {
        return "&#x" + codePoint.toString(16).toUpperCase() + ";";
      };
      var decEscape = function(codePoint) {
        return "&#" + codePoint + ";";
      };
      var parseError = function(message) {
        throw Error("Parse error: " + message);
      };
      var encode3 = function(string, options) {
        options = merge(options, encode3.options);
        var strict = options.strict;
        if (strict && regexInvalidRawCodePoint.test(string)) {
          parseError("forbidden code point");
        }
        var encodeEverything = options.encodeEverything;
        var useNamedReferences = options.useNamedReferences;
        var allowUnsafeSymbols = options.allowUnsafeSymbols;
        var escapeCodePoint = options.decimal ? decEscape : hexEscape;
        var escapeBmpSymbol = function(symbol) {
          return escapeCodePoint(symbol.charCodeAt(0));
        };
        if (encodeEverything) {
          string = string.replace(regexAsciiWhitelist, function(symbol) {
            if (useNamedReferences && has(encodeMap, symbol)) {
              return "&" + encodeMap[symbol] + ";";
            }
            return escapeBmpSymbol(symbol);
          });
          if (useNamedReferences) {
            string = string.replace(/&gt;\u20D2/g, "&nvgt;").replace(/&lt;\u20D2/g, "&nvlt;").replace(/&#x66;&#x6A;/g, "&fjlig;");
          }
          if (useNamedReferences) {
            string = string.replace(regexEncodeNonAscii, function(string3) {
              return "&" + encodeMap[string3] + ";";
            });
          }
        } else if (useNamedReferences) {
          if (!allowUnsafeSymbols) {
            string = string.replace(regexEscape, function(string3) {
              return "&" + encodeMap[string3] + ";";
            });
          }
          string = string.replace(/&gt;\u20D2/g, "&nvgt;").replace(/&lt;\u20D2/g, "&nvlt;");
          string = string.replace(regexEncodeNonAscii, function(string3) {
            return "&" + encodeMap[string3] + ";";
          });
        } else if (!allowUnsafeSymbols) {
          string = string.replace(regexEscape, escapeBmpSymbol);
        }
        return string.replace(regexAstralSymbols, function($0) {
          var high = $0.charCodeAt(0);
          var low = $0.charCodeAt(1);
          var codePoint = (high - 55296) * 1024 + low - 56320 + 65536;
          return escapeCodePoint(codePoint);
        }).replace(regexBmpWhitelist, escapeBmpSymbol);
      };
      encode3.options = {
        "allowUnsafeSymbols": false,
        "encodeEverything": false,
        "strict": false,
        "useNamedReferences": false,
        "decimal": false
      };
      var decode3 = function(html, options) {
        options = merge(options, decode3.options);
        var strict = options.strict;
        if (strict && regexInvalidEntity.test(html)) {
          parseError("malformed character reference");
        }
        return html.replace(regexDecode, function($0, $1, $2, $3, $4, $5, $6, $7, $8) {
          var codePoint;
          var semicolon;
          var decDigits;
          var hexDigits;
          var reference;
          var next;
          if ($1) {
            reference = $1;
            return decodeMap3[reference];
          }
          if ($2) {
            reference = $2;
            next = $3;
            if (next && options.isAttributeValue) {
              if (strict && next == "=") {
                parseError("`&` did not start a character reference");
              }
              return $0;
            } else {
              if (strict) {
                parseError(
                  "named character reference was not terminated by a semicolon"
                );
              }
              return decodeMapLegacy[reference] + (next || "");
            }
          }
          if ($4) {
            decDigits = $4;
            semicolon = $5;
            if (strict && !semicolon) {
              parseError("character reference was not terminated by a semicolon");
            }
            codePoint = parseInt(decDigits, 10);
            return codePointToSymbol(codePoint, strict);
          }
          if ($6) {
            hexDigits = $6;
            semicolon = $7;
            if (strict && !semicolon) {
              parseError("character reference was not terminated by a semicolon");
            }
            codePoint = parseInt(hexDigits, 16);
            return codePointToSymbol(codePoint, strict);
          }
          if (strict) {
            parseError(
              "named character reference was not terminated by a semicolon"
            );
          }
          return $0;
        });
      };
      decode3.options = {
        "isAttributeValue": false,
        "strict": false
      };
      var escape3 = function(string) {
        return string.replace(regexEscape, function($0) {
          return escapeMap[$0];
        });
      };
      var he3 = {
        "version": "1.2.0",
        "encode": encode3,
        "decode": decode3,
        "escape": escape3,
        "unescape": decode3
      };
      if (typeof define == "function" && typeof define.amd == "object" && define.amd) {
        define(function() {
          return he3;
        });
      } else if (freeExports && !freeExports.nodeType) {
        if (freeModule) {
          freeModule.exports = he3;
        } else {
          for (var key in he3) {
            has(he3, key) && (freeExports[key] = he3[key]);
          }
        }
      } else {
        root.he = he3;
      }
    })(exports);
  }
});

// node_modules/tlds/index.json
var require_tlds = __commonJS({
  "node_modules/tlds/index.json"(exports, module) {
    module.exports = [
      "aaa",
      "aarp",
      "abb",
      "abbott",
      "abbvie",
      "abc",
      "able",
      "abogado",
      "abudhabi",
      "ac",
      "academy",
      "accenture",
      "accountant",
      "accountants",
      "aco",
      "actor",
      "ad",
      "ads",
      "adult",
      "ae",
      "aeg",
      "aero",
      "aetna",
      "af",
      "afl",
      "africa",
      "ag",
      "agakhan",
      "agency",
      "ai",
      "aig",
      "airbus",
      "airforce",
      "airtel",
      "akdn",
      "al",
      "alibaba",
      "alipay",
      "allfinanz",
      "allstate",
      "ally",
      "alsace",
      "alstom",
      "am",
      "amazon",
      "americanexpress",
      "americanfamily",
      "amex",
      "amfam",
      "amica",
      "amsterdam",
      "analytics",
      "android",
      "anquan",
      "anz",
      "ao",
      "aol",
      "apartments",
      "app",
      "apple",
      "aq",
      "aquarelle",
      "ar",
      "arab",
      "aramco",
      "archi",
      "army",
      "arpa",
      "art",
      "arte",
      "as",
      "asda",
      "asia",
      "associates",
      "at",
      "athleta",
      "attorney",
      "au",
      "auction",
      "audi",
      "audible",
      "audio",
      "auspost",
      "author",
      "auto",
      "autos",
      "aw",
      "aws",
      "ax",
      "axa",
      "az",
      "azure",
      "ba",
      "baby",
      "baidu",
      "banamex",
      "band",
      "bank",
      "bar",
      "barcelona",
      "barclaycard",
      "barclays",
      "barefoot",
      "bargains",
      "baseball",
      "basketball",
      "bauhaus",
      "bayern",
      "bb",
      "bbc",
      "bbt",
      "bbva",
      "bcg",
      "bcn",
      "bd",
      "be",
      "beats",
      "beauty",
      "beer",
      "berlin",
      "best",
      "bestbuy",
      "bet",
      "bf",
      "bg",
      "bh",
      "bharti",
      "bi",
      "bible",
      "bid",
      "bike",
      "bing",
      "bingo",
      "bio",
      "biz",
      "bj",
      "black",
      "blackfriday",
      "blockbuster",
      "blog",
      "bloomberg",
      "blue",
      "bm",
      "bms",
      "bmw",
      "bn",
      "bnpparibas",
      "bo",
      "boats",
      "boehringer",
      "bofa",
      "bom",
      "bond",
      "boo",
      "book",
      "booking",
      "bosch",
      "bostik",
      "boston",
      "bot",
      "boutique",
      "box",
      "br",
      "bradesco",
      "bridgestone",
      "broadway",
      "broker",
      "brother",
      "brussels",
      "bs",
      "bt",
      "build",
      "builders",
      "business",
      "buy",
      "buzz",
      "bv",
      "bw",
      "by",
      "bz",
      "bzh",
      "ca",
      "cab",
      "cafe",
      "cal",
      "call",
      "calvinklein",
      "cam",
      "camera",
      "camp",
      "canon",
      "capetown",
      "capital",
      "capitalone",
      "car",
      "caravan",
      "cards",
      "care",
      "career",
      "careers",
      "cars",
      "casa",
      "case",
      "cash",
      "casino",
      "cat",
      "catering",
      "catholic",
      "cba",
      "cbn",
      "cbre",
      "cc",
      "cd",
      "center",
      "ceo",
      "cern",
      "cf",
      "cfa",
      "cfd",
      "cg",
      "ch",
      "chanel",
      "channel",
      "charity",
      "chase",
      "chat",
      "cheap",
      "chintai",
      "christmas",
      "chrome",
      "church",
      "ci",
      "cipriani",
      "circle",
      "cisco",
      "citadel",
      "citi",
      "citic",
      "city",
      "ck",
      "cl",
      "claims",
      "cleaning",
      "click",
      "clinic",
      "clinique",
      "clothing",
      "cloud",
      "club",
      "clubmed",
      "cm",
      "cn",
      "co",
      "coach",
      "codes",
      "coffee",
      "college",
      "cologne",
      "com",
      "commbank",
      "community",
      "company",
      "compare",
      "computer",
      "comsec",
      "condos",
      "construction",
      "consulting",
      "contact",
      "contractors",
      "cooking",
      "cool",
      "coop",
      "corsica",
      "country",
      "coupon",
      "coupons",
      "courses",
      "cpa",
      "cr",
      "credit",
      "creditcard",
      "creditunion",
      "cricket",
      "crown",
      "crs",
      "cruise",
      "cruises",
      "cu",
      "cuisinella",
      "cv",
      "cw",
      "cx",
      "cy",
      "cymru",
      "cyou",
      "cz",
      "dad",
      "dance",
      "data",
      "date",
      "dating",
      "datsun",
      "day",
      "dclk",
      "dds",
      "de",
      "deal",
      "dealer",
      "deals",
      "degree",
      "delivery",
      "dell",
      "deloitte",
      "delta",
      "democrat",
      "dental",
      "dentist",
      "desi",
      "design",
      "dev",
      "dhl",
      "diamonds",
      "diet",
      "digital",
      "direct",
      "directory",
      "discount",
      "discover",
      "dish",
      "diy",
      "dj",
      "dk",
      "dm",
      "dnp",
      "do",
      "docs",
      "doctor",
      "dog",
      "domains",
      "dot",
      "download",
      "drive",
      "dtv",
      "dubai",
      "dupont",
      "durban",
      "dvag",
      "dvr",
      "dz",
      "earth",
      "eat",
      "ec",
      "eco",
      "edeka",
      "edu",
      "education",
      "ee",
      "eg",
      "email",
      "emerck",
      "energy",
      "engineer",
      "engineering",
      "enterprises",
      "epson",
      "equipment",
      "er",
      "ericsson",
      "erni",
      "es",
      "esq",
      "estate",
      "et",
      "eu",
      "eurovision",
      "eus",
      "events",
      "exchange",
      "expert",
      "exposed",
      "express",
      "extraspace",
      "fage",
      "fail",
      "fairwinds",
      "faith",
      "family",
      "fan",
      "fans",
      "farm",
      "farmers",
      "fashion",
      "fast",
      "fedex",
      "feedback",
      "ferrari",
      "ferrero",
      "fi",
      "fidelity",
      "fido",
      "film",
      "final",
      "finance",
      "financial",
      "fire",
      "firestone",
      "firmdale",
      "fish",
      "fishing",
      "fit",
      "fitness",
      "fj",
      "fk",
      "flickr",
      "flights",
      "flir",
      "florist",
      "flowers",
      "fly",
      "fm",
      "fo",
      "foo",
      "food",
      "football",
      "ford",
      "forex",
      "forsale",
      "forum",
      "foundation",
      "fox",
      "fr",
      "free",
      "fresenius",
      "frl",
      "frogans",
      "frontier",
      "ftr",
      "fujitsu",
      "fun",
      "fund",
      "furniture",
      "futbol",
      "fyi",
      "ga",
      "gal",
      "gallery",
      "gallo",
      "gallup",
      "game",
      "games",
      "gap",
      "garden",
      "gay",
      "gb",
      "gbiz",
      "gd",
      "gdn",
      "ge",
      "gea",
      "gent",
      "genting",
      "george",
      "gf",
      "gg",
      "ggee",
      "gh",
      "gi",
      "gift",
      "gifts",
      "gives",
      "giving",
      "gl",
      "glass",
      "gle",
      "global",
      "globo",
      "gm",
      "gmail",
      "gmbh",
      "gmo",
      "gmx",
      "gn",
      "godaddy",
      "gold",
      "goldpoint",
      "golf",
      "goo",
      "goodyear",
      "goog",
      "google",
      "gop",
      "got",
      "gov",
      "gp",
      "gq",
      "gr",
      "grainger",
      "graphics",
      "gratis",
      "green",
      "gripe",
      "grocery",
      "group",
      "gs",
      "gt",
      "gu",
      "gucci",
      "guge",
      "guide",
      "guitars",
      "guru",
      "gw",
      "gy",
      "hair",
      "hamburg",
      "hangout",
      "haus",
      "hbo",
      "hdfc",
      "hdfcbank",
      "health",
      "healthcare",
      "help",
      "helsinki",
      "here",
      "hermes",
      "hiphop",
      "hisamitsu",
      "hitachi",
      "hiv",
      "hk",
      "hkt",
      "hm",
      "hn",
      "hockey",
      "holdings",
      "holiday",
      "homedepot",
      "homegoods",
      "homes",
      "homesense",
      "honda",
      "horse",
      "hospital",
      "host",
      "hosting",
      "hot",
      "hotels",
      "hotmail",
      "house",
      "how",
      "hr",
      "hsbc",
      "ht",
      "hu",
      "hughes",
      "hyatt",
      "hyundai",
      "ibm",
      "icbc",
      "ice",
      "icu",
      "id",
      "ie",
      "ieee",
      "ifm",
      "ikano",
      "il",
      "im",
      "imamat",
      "imdb",
      "immo",
      "immobilien",
      "in",
      "inc",
      "industries",
      "infiniti",
      "info",
      "ing",
      "ink",
      "institute",
      "insurance",
      "insure",
      "int",
      "international",
      "intuit",
      "investments",
      "io",
      "ipiranga",
      "iq",
      "ir",
      "irish",
      "is",
      "ismaili",
      "ist",
      "istanbul",
      "it",
      "itau",
      "itv",
      "jaguar",
      "java",
      "jcb",
      "je",
      "jeep",
      "jetzt",
      "jewelry",
      "jio",
      "jll",
      "jm",
      "jmp",
      "jnj",
      "jo",
      "jobs",
      "joburg",
      "jot",
      "joy",
      "jp",
      "jpmorgan",
      "jprs",
      "juegos",
      "juniper",
      "kaufen",
      "kddi",
      "ke",
      "kerryhotels",
      "kerryproperties",
      "kfh",
      "kg",
      "kh",
      "ki",
      "kia",
      "kids",
      "kim",
      "kindle",
      "kitchen",
      "kiwi",
      "km",
      "kn",
      "koeln",
      "komatsu",
      "kosher",
      "kp",
      "kpmg",
      "kpn",
      "kr",
      "krd",
      "kred",
      "kuokgroup",
      "kw",
      "ky",
      "kyoto",
      "kz",
      "la",
      "lacaixa",
      "lamborghini",
      "lamer",
      "land",
      "landrover",
      "lanxess",
      "lasalle",
      "lat",
      "latino",
      "latrobe",
      "law",
      "lawyer",
      "lb",
      "lc",
      "lds",
      "lease",
      "leclerc",
      "lefrak",
      "legal",
      "lego",
      "lexus",
      "lgbt",
      "li",
      "lidl",
      "life",
      "lifeinsurance",
      "lifestyle",
      "lighting",
      "like",
      "lilly",
      "limited",
      "limo",
      "lincoln",
      "link",
      "live",
      "living",
      "lk",
      "llc",
      "llp",
      "loan",
      "loans",
      "locker",
      "locus",
      "lol",
      "london",
      "lotte",
      "lotto",
      "love",
      "lpl",
      "lplfinancial",
      "lr",
      "ls",
      "lt",
      "ltd",
      "ltda",
      "lu",
      "lundbeck",
      "luxe",
      "luxury",
      "lv",
      "ly",
      "ma",
      "madrid",
      "maif",
      "maison",
      "makeup",
      "man",
      "management",
      "mango",
      "map",
      "market",
      "marketing",
      "markets",
      "marriott",
      "marshalls",
      "mattel",
      "mba",
      "mc",
      "mckinsey",
      "md",
      "me",
      "med",
      "media",
      "meet",
      "melbourne",
      "meme",
      "memorial",
      "men",
      "menu",
      "merckmsd",
      "mg",
      "mh",
      "miami",
      "microsoft",
      "mil",
      "mini",
      "mint",
      "mit",
      "mitsubishi",
      "mk",
      "ml",
      "mlb",
      "mls",
      "mm",
      "mma",
      "mn",
      "mo",
      "mobi",
      "mobile",
      "moda",
      "moe",
      "moi",
      "mom",
      "monash",
      "money",
      "monster",
      "mormon",
      "mortgage",
      "moscow",
      "moto",
      "motorcycles",
      "mov",
      "movie",
      "mp",
      "mq",
      "mr",
      "ms",
      "msd",
      "mt",
      "mtn",
      "mtr",
      "mu",
      "museum",
      "music",
      "mv",
      "mw",
      "mx",
      "my",
      "mz",
      "na",
      "nab",
      "nagoya",
      "name",
      "navy",
      "nba",
      "nc",
      "ne",
      "nec",
      "net",
      "netbank",
      "netflix",
      "network",
      "neustar",
      "new",
      "news",
      "next",
      "nextdirect",
      "nexus",
      "nf",
      "nfl",
      "ng",
      "ngo",
      "nhk",
      "ni",
      "nico",
      "nike",
      "nikon",
      "ninja",
      "nissan",
      "nissay",
      "nl",
      "no",
      "nokia",
      "norton",
      "now",
      "nowruz",
      "nowtv",
      "np",
      "nr",
      "nra",
      "nrw",
      "ntt",
      "nu",
      "nyc",
      "nz",
      "obi",
      "observer",
      "office",
      "okinawa",
      "olayan",
      "olayangroup",
      "ollo",
      "om",
      "omega",
      "one",
      "ong",
      "onl",
      "online",
      "ooo",
      "open",
      "oracle",
      "orange",
      "org",
      "organic",
      "origins",
      "osaka",
      "otsuka",
      "ott",
      "ovh",
      "pa",
      "page",
      "panasonic",
      "paris",
      "pars",
      "partners",
      "parts",
      "party",
      "pay",
      "pccw",
      "pe",
      "pet",
      "pf",
      "pfizer",
      "pg",
      "ph",
      "pharmacy",
      "phd",
      "philips",
      "phone",
      "photo",
      "photography",
      "photos",
      "physio",
      "pics",
      "pictet",
      "pictures",
      "pid",
      "pin",
      "ping",
      "pink",
      "pioneer",
      "pizza",
      "pk",
      "pl",
      "place",
      "play",
      "playstation",
      "plumbing",
      "plus",
      "pm",
      "pn",
      "pnc",
      "pohl",
      "poker",
      "politie",
      "porn",
      "post",
      "pr",
      "praxi",
      "press",
      "prime",
      "pro",
      "prod",
      "productions",
      "prof",
      "progressive",
      "promo",
      "properties",
      "property",
      "protection",
      "pru",
      "prudential",
      "ps",
      "pt",
      "pub",
      "pw",
      "pwc",
      "py",
      "qa",
      "qpon",
      "quebec",
      "quest",
      "racing",
      "radio",
      "re",
      "read",
      "realestate",
      "realtor",
      "realty",
      "recipes",
      "red",
      "redumbrella",
      "rehab",
      "reise",
      "reisen",
      "reit",
      "reliance",
      "ren",
      "rent",
      "rentals",
      "repair",
      "report",
      "republican",
      "rest",
      "restaurant",
      "review",
      "reviews",
      "rexroth",
      "rich",
      "richardli",
      "ricoh",
      "ril",
      "rio",
      "rip",
      "ro",
      "rocks",
      "rodeo",
      "rogers",
      "room",
      "rs",
      "rsvp",
      "ru",
      "rugby",
      "ruhr",
      "run",
      "rw",
      "rwe",
      "ryukyu",
      "sa",
      "saarland",
      "safe",
      "safety",
      "sakura",
      "sale",
      "salon",
      "samsclub",
      "samsung",
      "sandvik",
      "sandvikcoromant",
      "sanofi",
      "sap",
      "sarl",
      "sas",
      "save",
      "saxo",
      "sb",
      "sbi",
      "sbs",
      "sc",
      "scb",
      "schaeffler",
      "schmidt",
      "scholarships",
      "school",
      "schule",
      "schwarz",
      "science",
      "scot",
      "sd",
      "se",
      "search",
      "seat",
      "secure",
      "security",
      "seek",
      "select",
      "sener",
      "services",
      "seven",
      "sew",
      "sex",
      "sexy",
      "sfr",
      "sg",
      "sh",
      "shangrila",
      "sharp",
      "shell",
      "shia",
      "shiksha",
      "shoes",
      "shop",
      "shopping",
      "shouji",
      "show",
      "si",
      "silk",
      "sina",
      "singles",
      "site",
      "sj",
      "sk",
      "ski",
      "skin",
      "sky",
      "skype",
      "sl",
      "sling",
      "sm",
      "smart",
      "smile",
      "sn",
      "sncf",
      "so",
      "soccer",
      "social",
      "softbank",
      "software",
      "sohu",
      "solar",
      "solutions",
      "song",
      "sony",
      "soy",
      "spa",
      "space",
      "sport",
      "spot",
      "sr",
      "srl",
      "ss",
      "st",
      "stada",
      "staples",
      "star",
      "statebank",
      "statefarm",
      "stc",
      "stcgroup",
      "stockholm",
      "storage",
      "store",
      "stream",
      "studio",
      "study",
      "style",
      "su",
      "sucks",
      "supplies",
      "supply",
      "support",
      "surf",
      "surgery",
      "suzuki",
      "sv",
      "swatch",
      "swiss",
      "sx",
      "sy",
      "sydney",
      "systems",
      "sz",
      "tab",
      "taipei",
      "talk",
      "taobao",
      "target",
      "tatamotors",
      "tatar",
      "tattoo",
      "tax",
      "taxi",
      "tc",
      "tci",
      "td",
      "tdk",
      "team",
      "tech",
      "technology",
      "tel",
      "temasek",
      "tennis",
      "teva",
      "tf",
      "tg",
      "th",
      "thd",
      "theater",
      "theatre",
      "tiaa",
      "tickets",
      "tienda",
      "tips",
      "tires",
      "tirol",
      "tj",
      "tjmaxx",
      "tjx",
      "tk",
      "tkmaxx",
      "tl",
      "tm",
      "tmall",
      "tn",
      "to",
      "today",
      "tokyo",
      "tools",
      "top",
      "toray",
      "toshiba",
      "total",
      "tours",
      "town",
      "toyota",
      "toys",
      "tr",
      "trade",
      "trading",
      "training",
      "travel",
      "travelers",
      "travelersinsurance",
      "trust",
      "trv",
      "tt",
      "tube",
      "tui",
      "tunes",
      "tushu",
      "tv",
      "tvs",
      "tw",
      "tz",
      "ua",
      "ubank",
      "ubs",
      "ug",
      "uk",
      "unicom",
      "university",
      "uno",
      "uol",
      "ups",
      "us",
      "uy",
      "uz",
      "va",
      "vacations",
      "vana",
      "vanguard",
      "vc",
      "ve",
      "vegas",
      "ventures",
      "verisign",
      "vermögensberater",
      "vermögensberatung",
      "versicherung",
      "vet",
      "vg",
      "vi",
      "viajes",
      "video",
      "vig",
      "viking",
      "villas",
      "vin",
      "vip",
      "virgin",
      "visa",
      "vision",
      "viva",
      "vivo",
      "vlaanderen",
      "vn",
      "vodka",
      "volvo",
      "vote",
      "voting",
      "voto",
      "voyage",
      "vu",
      "wales",
      "walmart",
      "walter",
      "wang",
      "wanggou",
      "watch",
      "watches",
      "weather",
      "weatherchannel",
      "webcam",
      "weber",
      "website",
      "wed",
      "wedding",
      "weibo",
      "weir",
      "wf",
      "whoswho",
      "wien",
      "wiki",
      "williamhill",
      "win",
      "windows",
      "wine",
      "winners",
      "wme",
      "wolterskluwer",
      "woodside",
      "work",
      "works",
      "world",
      "wow",
      "ws",
      "wtc",
      "wtf",
      "xbox",
      "xerox",
      "xihuan",
      "xin",
      "xxx",
      "xyz",
      "yachts",
      "yahoo",
      "yamaxun",
      "yandex",
      "ye",
      "yodobashi",
      "yoga",
      "yokohama",
      "you",
      "youtube",
      "yt",
      "yun",
      "za",
      "zappos",
      "zara",
      "zero",
      "zip",
      "zm",
      "zone",
      "zuerich",
      "zw",
      "ελ",
      "ευ",
      "бг",
      "бел",
      "дети",
      "ею",
      "католик",
      "ком",
      "мкд",
      "мон",
      "москва",
      "онлайн",
      "орг",
      "рус",
      "рф",
      "сайт",
      "срб",
      "укр",
      "қаз",
      "հայ",
      "ישראל",
      "קום",
      "ابوظبي",
      "ارامكو",
      "الاردن",
      "البحرين",
      "الجزائر",
      "السعودية",
      "العليان",
      "المغرب",
      "امارات",
      "ایران",
      "بارت",
      "بازار",
      "بيتك",
      "بھارت",
      "تونس",
      "سودان",
      "سورية",
      "شبكة",
      "عراق",
      "عرب",
      "عمان",
      "فلسطين",
      "قطر",
      "كاثوليك",
      "كوم",
      "مصر",
      "مليسيا",
      "موريتانيا",
      "موقع",
      "همراه",
      "پاکستان",
      "ڀارت",
      "कॉम",
      "नेट",
      "भारत",
      "भारतम्",
      "भारोत",
      "संगठन",
      "বাংলা",
      "ভারত",
      "ভাৰত",
      "ਭਾਰਤ",
      "ભારત",
      "ଭାରତ",
      "இந்தியா",
      "இலங்கை",
      "சிங்கப்பூர்",
      "భారత్",
      "ಭಾರತ",
      "ഭാരതം",
      "ලංකා",
      "คอม",
      "ไทย",
      "ລາວ",
      "გე",
      "みんな",
      "アマゾン",
      "クラウド",
      "グーグル",
      "コム",
      "ストア",
      "セール",
      "ファッション",
      "ポイント",
      "世界",
      "中信",
      "中国",
      "中國",
      "中文网",
      "亚马逊",
      "企业",
      "佛山",
      "信息",
      "健康",
      "八卦",
      "公司",
      "公益",
      "台湾",
      "台灣",
      "商城",
      "商店",
      "商标",
      "嘉里",
      "嘉里大酒店",
      "在线",
      "大拿",
      "天主教",
      "娱乐",
      "家電",
      "广东",
      "微博",
      "慈善",
      "我爱你",
      "手机",
      "招聘",
      "政务",
      "政府",
      "新加坡",
      "新闻",
      "时尚",
      "書籍",
      "机构",
      "淡马锡",
      "游戏",
      "澳門",
      "点看",
      "移动",
      "组织机构",
      "网址",
      "网店",
      "网站",
      "网络",
      "联通",
      "谷歌",
      "购物",
      "通販",
      "集团",
      "電訊盈科",
      "飞利浦",
      "食品",
      "餐厅",
      "香格里拉",
      "香港",
      "닷넷",
      "닷컴",
      "삼성",
      "한국"
    ];
  }
});

// node_modules/mailparser/dist/esm/tlds.cjs
var require_tlds2 = __commonJS({
  "node_modules/mailparser/dist/esm/tlds.cjs"(exports, module) {
    "use strict";
    module.exports = require_tlds();
  }
});

// node_modules/punycode.js/punycode.js
var require_punycode = __commonJS({
  "node_modules/punycode.js/punycode.js"(exports, module) {
    "use strict";
    var maxInt = 2147483647;
    var base = 36;
    var tMin = 1;
    var tMax = 26;
    var skew = 38;
    var damp = 700;
    var initialBias = 72;
    var initialN = 128;
    var delimiter = "-";
    var regexPunycode = /^xn--/;
    var regexNonASCII = /[^\0-\x7F]/;
    var regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;
    var errors = {
      "overflow": "Overflow: input needs wider integers to process",
      "not-basic": "Illegal input >= 0x80 (not a basic code point)",
      "invalid-input": "Invalid input"
    };
    var baseMinusTMin = base - tMin;
    var floor = Math.floor;
    var stringFromCharCode = String.fromCharCode;
    function error2(type) {
      throw new RangeError(errors[type]);
    }
    function map2(array, callback) {
      const result = [];
      let length = array.length;
      while (length--) {
        result[length] = callback(array[length]);
      }
      return result;
    }
    function mapDomain(domain, callback) {
      const parts = domain.split("@");
      let result = "";
      if (parts.length > 1) {
        result = parts[0] + "@";
        domain = parts[1];
      }
      domain = domain.replace(regexSeparators, ".");
      const labels = domain.split(".");
      const encoded = map2(labels, callback).join(".");
      return result + encoded;
    }
    function ucs2decode(string) {
      const output = [];
      let counter = 0;
      const length = string.length;
      while (counter < length) {
        const value = string.charCodeAt(counter++);
        if (value >= 55296 && value <= 56319 && counter < length) {
          const extra = string.charCodeAt(counter++);
          if ((extra & 64512) == 56320) {
            output.push(((value & 1023) << 10) + (extra & 1023) + 65536);
          } else {
            output.push(value);
            counter--;
          }
        } else {
          output.push(value);
        }
      }
      return output;
    }
    var ucs2encode = (codePoints) => String.fromCodePoint(...codePoints);
    var basicToDigit = function(codePoint) {
      if (codePoint >= 48 && codePoint < 58) {
        return 26 + (codePoint - 48);
      }
      if (codePoint >= 65 && codePoint < 91) {
        return codePoint - 65;
      }
      if (codePoint >= 97 && codePoint < 123) {
        return codePoint - 97;
      }
      return base;
    };
    var digitToBasic = function(digit, flag) {
      return digit + 22 + 75 * (digit < 26) - ((flag != 0) << 5);
    };
    var adapt = function(delta, numPoints, firstTime) {
      let k = 0;
      delta = firstTime ? floor(delta / damp) : delta >> 1;
      delta += floor(delta / numPoints);
      for (; delta > baseMinusTMin * tMax >> 1; k += base) {
        delta = floor(delta / baseMinusTMin);
      }
      return floor(k + (baseMinusTMin + 1) * delta / (delta + skew));
    };
    var decode3 = function(input) {
      const output = [];
      const inputLength = input.length;
      let i = 0;
      let n = initialN;
      let bias = initialBias;
      let basic = input.lastIndexOf(delimiter);
      if (basic < 0) {
        basic = 0;
      }
      for (let j = 0; j < basic; ++j) {
        if (input.charCodeAt(j) >= 128) {
          error2("not-basic");
        }
        output.push(input.charCodeAt(j));
      }
      for (let index = basic > 0 ? basic + 1 : 0; index < inputLength; ) {
        const oldi = i;
        for (let w = 1, k = base; ; k += base) {
          if (index >= inputLength) {
            error2("invalid-input");
          }
          const digit = basicToDigit(input.charCodeAt(index++));
          if (digit >= base) {
            error2("invalid-input");
          }
          if (digit > floor((maxInt - i) / w)) {
            error2("overflow");
          }
          i += digit * w;
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
          if (digit < t) {
            break;
          }
          const baseMinusT = base - t;
          if (w > floor(maxInt / baseMinusT)) {
            error2("overflow");
          }
          w *= baseMinusT;
        }
        const out = output.length + 1;
        bias = adapt(i - oldi, out, oldi == 0);
        if (floor(i / out) > maxInt - n) {
          error2("overflow");
        }
        n += floor(i / out);
        i %= out;
        output.splice(i++, 0, n);
      }
      return String.fromCodePoint(...output);
    };
    var encode3 = function(input) {
      const output = [];
      input = ucs2decode(input);
      const inputLength = input.length;
      let n = initialN;
      let delta = 0;
      let bias = initialBias;
      for (const currentValue of input) {
        if (currentValue < 128) {
          output.push(stringFromCharCode(currentValue));
        }
      }
      const basicLength = output.length;
      let handledCPCount = basicLength;
      if (basicLength) {
        output.push(delimiter);
      }
      while (handledCPCount < inputLength) {
        let m = maxInt;
        for (const currentValue of input) {
          if (currentValue >= n && currentValue < m) {
            m = currentValue;
          }
        }
        const handledCPCountPlusOne = handledCPCount + 1;
        if (m - n > floor((maxInt - delta) / handledCPCountPlusOne)) {
          error2("overflow");
        }
        delta += (m - n) * handledCPCountPlusOne;
        n = m;
        for (const currentValue of input) {
          if (currentValue < n && ++delta > maxInt) {
            error2("overflow");
          }
          if (currentValue === n) {
            let q = delta;
            for (let k = base; ; k += base) {
              const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
              if (q < t) {
                break;
              }
              const qMinusT = q - t;
              const baseMinusT = base - t;
              output.push(
                stringFromCharCode(digitToBasic(t + qMinusT % baseMinusT, 0))
              );
              q = floor(qMinusT / baseMinusT);
            }
            output.push(stringFromCharCode(digitToBasic(q, 0)));
            bias = adapt(delta, handledCPCountPlusOne, handledCPCount === basicLength);
            delta = 0;
            ++handledCPCount;
          }
        }
        ++delta;
        ++n;
      }
      return output.join("");
    };
    var toUnicode = function(input) {
      return mapDomain(input, function(string) {
        return regexPunycode.test(string) ? decode3(string.slice(4).toLowerCase()) : string;
      });
    };
    var toASCII = function(input) {
      return mapDomain(input, function(string) {
        return regexNonASCII.test(string) ? "xn--" + encode3(string) : string;
      });
    };
    var punycode2 = {
      /**
       * A string representing the current Punycode.js version number.
       * @memberOf punycode
       * @type String
       */
      "version": "2.3.1",
      /**
       * An object of methods to convert from JavaScript's internal character
       * representation (UCS-2) to Unicode code points, and back.
       * @see <https://mathiasbynens.be/notes/javascript-encoding>
       * @memberOf punycode
       * @type Object
       */
      "ucs2": {
        "decode": ucs2decode,
        "encode": ucs2encode
      },
      "decode": decode3,
      "encode": encode3,
      "toASCII": toASCII,
      "toUnicode": toUnicode
    };
    module.exports = punycode2;
  }
});

// node_modules/mailparser/dist/esm/mail-parser.js
var import_mailsplit = __toESM(require_mailsplit(), 1);
var import_flowed_decoder = __toESM(require_flowed_decoder(), 1);
var import_he2 = __toESM(require_he(), 1);

// node_modules/domelementtype/lib/esm/index.js
var ElementType;
(function(ElementType2) {
  ElementType2["Root"] = "root";
  ElementType2["Text"] = "text";
  ElementType2["Directive"] = "directive";
  ElementType2["Comment"] = "comment";
  ElementType2["Script"] = "script";
  ElementType2["Style"] = "style";
  ElementType2["Tag"] = "tag";
  ElementType2["CDATA"] = "cdata";
  ElementType2["Doctype"] = "doctype";
})(ElementType || (ElementType = {}));
function isTag(elem) {
  return elem.type === ElementType.Tag || elem.type === ElementType.Script || elem.type === ElementType.Style;
}
var Root = ElementType.Root;
var Text = ElementType.Text;
var Directive = ElementType.Directive;
var Comment = ElementType.Comment;
var Script = ElementType.Script;
var Style = ElementType.Style;
var Tag = ElementType.Tag;
var CDATA = ElementType.CDATA;
var Doctype = ElementType.Doctype;

// node_modules/domhandler/lib/esm/node.js
var Node = class {
  constructor() {
    this.parent = null;
    this.prev = null;
    this.next = null;
    this.startIndex = null;
    this.endIndex = null;
  }
  // Read-write aliases for properties
  /**
   * Same as {@link parent}.
   * [DOM spec](https://dom.spec.whatwg.org)-compatible alias.
   */
  get parentNode() {
    return this.parent;
  }
  set parentNode(parent) {
    this.parent = parent;
  }
  /**
   * Same as {@link prev}.
   * [DOM spec](https://dom.spec.whatwg.org)-compatible alias.
   */
  get previousSibling() {
    return this.prev;
  }
  set previousSibling(prev) {
    this.prev = prev;
  }
  /**
   * Same as {@link next}.
   * [DOM spec](https://dom.spec.whatwg.org)-compatible alias.
   */
  get nextSibling() {
    return this.next;
  }
  set nextSibling(next) {
    this.next = next;
  }
  /**
   * Clone this node, and optionally its children.
   *
   * @param recursive Clone child nodes as well.
   * @returns A clone of the node.
   */
  cloneNode(recursive2 = false) {
    return cloneNode(this, recursive2);
  }
};
var DataNode = class extends Node {
  /**
   * @param data The content of the data node
   */
  constructor(data) {
    super();
    this.data = data;
  }
  /**
   * Same as {@link data}.
   * [DOM spec](https://dom.spec.whatwg.org)-compatible alias.
   */
  get nodeValue() {
    return this.data;
  }
  set nodeValue(data) {
    this.data = data;
  }
};
var Text2 = class extends DataNode {
  constructor() {
    super(...arguments);
    this.type = ElementType.Text;
  }
  get nodeType() {
    return 3;
  }
};
var Comment2 = class extends DataNode {
  constructor() {
    super(...arguments);
    this.type = ElementType.Comment;
  }
  get nodeType() {
    return 8;
  }
};
var ProcessingInstruction = class extends DataNode {
  constructor(name2, data) {
    super(data);
    this.name = name2;
    this.type = ElementType.Directive;
  }
  get nodeType() {
    return 1;
  }
};
var NodeWithChildren = class extends Node {
  /**
   * @param children Children of the node. Only certain node types can have children.
   */
  constructor(children) {
    super();
    this.children = children;
  }
  // Aliases
  /** First child of the node. */
  get firstChild() {
    var _a3;
    return (_a3 = this.children[0]) !== null && _a3 !== void 0 ? _a3 : null;
  }
  /** Last child of the node. */
  get lastChild() {
    return this.children.length > 0 ? this.children[this.children.length - 1] : null;
  }
  /**
   * Same as {@link children}.
   * [DOM spec](https://dom.spec.whatwg.org)-compatible alias.
   */
  get childNodes() {
    return this.children;
  }
  set childNodes(children) {
    this.children = children;
  }
};
var CDATA2 = class extends NodeWithChildren {
  constructor() {
    super(...arguments);
    this.type = ElementType.CDATA;
  }
  get nodeType() {
    return 4;
  }
};
var Document = class extends NodeWithChildren {
  constructor() {
    super(...arguments);
    this.type = ElementType.Root;
  }
  get nodeType() {
    return 9;
  }
};
var Element = class extends NodeWithChildren {
  /**
   * @param name Name of the tag, eg. `div`, `span`.
   * @param attribs Object mapping attribute names to attribute values.
   * @param children Children of the node.
   */
  constructor(name2, attribs, children = [], type = name2 === "script" ? ElementType.Script : name2 === "style" ? ElementType.Style : ElementType.Tag) {
    super(children);
    this.name = name2;
    this.attribs = attribs;
    this.type = type;
  }
  get nodeType() {
    return 1;
  }
  // DOM Level 1 aliases
  /**
   * Same as {@link name}.
   * [DOM spec](https://dom.spec.whatwg.org)-compatible alias.
   */
  get tagName() {
    return this.name;
  }
  set tagName(name2) {
    this.name = name2;
  }
  get attributes() {
    return Object.keys(this.attribs).map((name2) => {
      var _a3, _b;
      return {
        name: name2,
        value: this.attribs[name2],
        namespace: (_a3 = this["x-attribsNamespace"]) === null || _a3 === void 0 ? void 0 : _a3[name2],
        prefix: (_b = this["x-attribsPrefix"]) === null || _b === void 0 ? void 0 : _b[name2]
      };
    });
  }
};
function isTag2(node) {
  return isTag(node);
}
function isCDATA(node) {
  return node.type === ElementType.CDATA;
}
function isText(node) {
  return node.type === ElementType.Text;
}
function isComment(node) {
  return node.type === ElementType.Comment;
}
function isDirective(node) {
  return node.type === ElementType.Directive;
}
function isDocument(node) {
  return node.type === ElementType.Root;
}
function cloneNode(node, recursive2 = false) {
  let result;
  if (isText(node)) {
    result = new Text2(node.data);
  } else if (isComment(node)) {
    result = new Comment2(node.data);
  } else if (isTag2(node)) {
    const children = recursive2 ? cloneChildren(node.children) : [];
    const clone = new Element(node.name, { ...node.attribs }, children);
    children.forEach((child) => child.parent = clone);
    if (node.namespace != null) {
      clone.namespace = node.namespace;
    }
    if (node["x-attribsNamespace"]) {
      clone["x-attribsNamespace"] = { ...node["x-attribsNamespace"] };
    }
    if (node["x-attribsPrefix"]) {
      clone["x-attribsPrefix"] = { ...node["x-attribsPrefix"] };
    }
    result = clone;
  } else if (isCDATA(node)) {
    const children = recursive2 ? cloneChildren(node.children) : [];
    const clone = new CDATA2(children);
    children.forEach((child) => child.parent = clone);
    result = clone;
  } else if (isDocument(node)) {
    const children = recursive2 ? cloneChildren(node.children) : [];
    const clone = new Document(children);
    children.forEach((child) => child.parent = clone);
    if (node["x-mode"]) {
      clone["x-mode"] = node["x-mode"];
    }
    result = clone;
  } else if (isDirective(node)) {
    const instruction = new ProcessingInstruction(node.name, node.data);
    if (node["x-name"] != null) {
      instruction["x-name"] = node["x-name"];
      instruction["x-publicId"] = node["x-publicId"];
      instruction["x-systemId"] = node["x-systemId"];
    }
    result = instruction;
  } else {
    throw new Error(`Not implemented yet: ${node.type}`);
  }
  result.startIndex = node.startIndex;
  result.endIndex = node.endIndex;
  if (node.sourceCodeLocation != null) {
    result.sourceCodeLocation = node.sourceCodeLocation;
  }
  return result;
}
function cloneChildren(childs) {
  const children = childs.map((child) => cloneNode(child, true));
  for (let i = 1; i < children.length; i++) {
    children[i].prev = children[i - 1];
    children[i - 1].next = children[i];
  }
  return children;
}

// node_modules/domhandler/lib/esm/index.js
var defaultOpts = {
  withStartIndices: false,
  withEndIndices: false,
  xmlMode: false
};
var DomHandler = class {
  /**
   * @param callback Called once parsing has completed.
   * @param options Settings for the handler.
   * @param elementCB Callback whenever a tag is closed.
   */
  constructor(callback, options, elementCB) {
    this.dom = [];
    this.root = new Document(this.dom);
    this.done = false;
    this.tagStack = [this.root];
    this.lastNode = null;
    this.parser = null;
    if (typeof options === "function") {
      elementCB = options;
      options = defaultOpts;
    }
    if (typeof callback === "object") {
      options = callback;
      callback = void 0;
    }
    this.callback = callback !== null && callback !== void 0 ? callback : null;
    this.options = options !== null && options !== void 0 ? options : defaultOpts;
    this.elementCB = elementCB !== null && elementCB !== void 0 ? elementCB : null;
  }
  onparserinit(parser) {
    this.parser = parser;
  }
  // Resets the handler back to starting state
  onreset() {
    this.dom = [];
    this.root = new Document(this.dom);
    this.done = false;
    this.tagStack = [this.root];
    this.lastNode = null;
    this.parser = null;
  }
  // Signals the handler that parsing is done
  onend() {
    if (this.done)
      return;
    this.done = true;
    this.parser = null;
    this.handleCallback(null);
  }
  onerror(error2) {
    this.handleCallback(error2);
  }
  onclosetag() {
    this.lastNode = null;
    const elem = this.tagStack.pop();
    if (this.options.withEndIndices) {
      elem.endIndex = this.parser.endIndex;
    }
    if (this.elementCB)
      this.elementCB(elem);
  }
  onopentag(name2, attribs) {
    const type = this.options.xmlMode ? ElementType.Tag : void 0;
    const element = new Element(name2, attribs, void 0, type);
    this.addNode(element);
    this.tagStack.push(element);
  }
  ontext(data) {
    const { lastNode } = this;
    if (lastNode && lastNode.type === ElementType.Text) {
      lastNode.data += data;
      if (this.options.withEndIndices) {
        lastNode.endIndex = this.parser.endIndex;
      }
    } else {
      const node = new Text2(data);
      this.addNode(node);
      this.lastNode = node;
    }
  }
  oncomment(data) {
    if (this.lastNode && this.lastNode.type === ElementType.Comment) {
      this.lastNode.data += data;
      return;
    }
    const node = new Comment2(data);
    this.addNode(node);
    this.lastNode = node;
  }
  oncommentend() {
    this.lastNode = null;
  }
  oncdatastart() {
    const text = new Text2("");
    const node = new CDATA2([text]);
    this.addNode(node);
    text.parent = node;
    this.lastNode = text;
  }
  oncdataend() {
    this.lastNode = null;
  }
  onprocessinginstruction(name2, data) {
    const node = new ProcessingInstruction(name2, data);
    this.addNode(node);
  }
  handleCallback(error2) {
    if (typeof this.callback === "function") {
      this.callback(error2, this.dom);
    } else if (error2) {
      throw error2;
    }
  }
  addNode(node) {
    const parent = this.tagStack[this.tagStack.length - 1];
    const previousSibling = parent.children[parent.children.length - 1];
    if (this.options.withStartIndices) {
      node.startIndex = this.parser.startIndex;
    }
    if (this.options.withEndIndices) {
      node.endIndex = this.parser.endIndex;
    }
    parent.children.push(node);
    if (previousSibling) {
      node.prev = previousSibling;
      previousSibling.next = node;
    }
    node.parent = parent;
    this.lastNode = null;
  }
};

// node_modules/leac/lib/leac.mjs
var linebreaksRe = /\n/g;
function createPositionQuery(str) {
  const offsets = [...str.matchAll(linebreaksRe)].map((m) => m.index || 0);
  offsets.unshift(-1);
  let lineIndex = 1;
  return (offset) => {
    while (lineIndex > 1 && offset < offsets[lineIndex - 1]) {
      lineIndex--;
    }
    while (lineIndex < offsets.length && offset > offsets[lineIndex]) {
      lineIndex++;
    }
    return { line: lineIndex, column: offset - offsets[lineIndex - 1] };
  };
}
function toUnifiedRule(r, i) {
  return {
    name: r.name,
    discard: r.discard,
    push: r.push,
    pop: r.pop,
    regex: toRegExp(r, i),
    replacer: isReplacementRule(r) ? toReplacer(r.regex, r.replace) : void 0
  };
}
function isStringRule(r) {
  return Object.prototype.hasOwnProperty.call(r, "str");
}
function isRegexRule(r) {
  return Object.prototype.hasOwnProperty.call(r, "regex");
}
function isReplacementRule(r) {
  return Object.prototype.hasOwnProperty.call(r, "replace");
}
function toReplacer(re, replace) {
  const replaceSearch = toNonSticky(re);
  return (match2) => match2.replace(replaceSearch, replace);
}
function toRegExp(r, i) {
  if (r.name.length === 0) {
    throw new Error(`Rule #${i} has empty name, which is not allowed.`);
  }
  if (isRegexRule(r)) {
    return toSticky(r.regex);
  }
  if (isStringRule(r)) {
    if (r.str.length === 0) {
      throw new Error(`Rule #${i} ("${r.name}") has empty "str" property, which is not allowed.`);
    }
    return new RegExp(escapeRegExp(r.str), "y");
  }
  return new RegExp(escapeRegExp(r.name), "y");
}
function escapeRegExp(str) {
  return str.replace(/[-[\]{}()*+!<=:?./\\^$|#\s,]/g, "\\$&");
}
function toSticky(re) {
  if (re.global) {
    throw new Error(`Regular expression /${re.source}/${re.flags} contains the global flag, which is not allowed.`);
  }
  return re.sticky ? re : new RegExp(re.source, re.flags + "y");
}
function toNonSticky(re) {
  return re.sticky ? new RegExp(re.source, re.flags.replace("y", "")) : re;
}
function createLexer(rules, state = "", options = {}) {
  const options1 = typeof state !== "string" ? state : options;
  const state1 = typeof state === "string" ? state : "";
  const unifiedRules = rules.map(toUnifiedRule);
  const isLineNumbers = !!options1.lineNumbers;
  return function(str, offset = 0) {
    const positionQuery = isLineNumbers ? createPositionQuery(str) : void 0;
    let position = { line: 0, column: 0 };
    let currentIndex = offset;
    const tokens = [];
    loopStr: while (currentIndex < str.length) {
      let anyMatch = false;
      for (const rule of unifiedRules) {
        rule.regex.lastIndex = currentIndex;
        const match2 = rule.regex.exec(str);
        if (match2 && match2[0].length > 0) {
          if (!rule.discard) {
            if (positionQuery) {
              position = positionQuery(currentIndex);
            }
            tokens.push({
              state: state1,
              name: rule.name,
              text: rule.replacer ? rule.replacer(match2[0]) : match2[0],
              offset: currentIndex,
              len: match2[0].length,
              line: position.line,
              column: position.column
            });
          }
          currentIndex = rule.regex.lastIndex;
          anyMatch = true;
          if (rule.push) {
            const r = rule.push(str, currentIndex);
            tokens.push(...r.tokens);
            currentIndex = r.offset;
          }
          if (rule.pop) {
            break loopStr;
          }
          break;
        }
      }
      if (!anyMatch) {
        break;
      }
    }
    return {
      tokens,
      offset: currentIndex,
      complete: str.length <= currentIndex
    };
  };
}

// node_modules/peberminta/lib/core.mjs
function mapInner(r, f) {
  return r.matched ? {
    matched: true,
    position: r.position,
    value: f(r.value, r.position)
  } : r;
}
function mapOuter(r, f) {
  return r.matched ? f(r) : r;
}
function ab(pa, pb, join) {
  return (data, i) => mapOuter(pa(data, i), (ma) => mapInner(pb(data, ma.position), (vb, j) => join(ma.value, vb, data, i, j)));
}
function abc(pa, pb, pc, join) {
  return (data, i) => mapOuter(pa(data, i), (ma) => mapOuter(pb(data, ma.position), (mb) => mapInner(pc(data, mb.position), (vc, j) => join(ma.value, mb.value, vc, data, i, j))));
}
function ahead(p) {
  return (data, i) => mapOuter(p(data, i), (m1) => ({
    matched: true,
    position: i,
    value: m1.value
  }));
}
function all(...ps) {
  return (data, i) => {
    const result = [];
    let position = i;
    for (const p of ps) {
      const r1 = p(data, position);
      if (r1.matched) {
        result.push(r1.value);
        position = r1.position;
      } else {
        return { matched: false };
      }
    }
    return {
      matched: true,
      position,
      value: result
    };
  };
}
function chain(p, f) {
  return (data, i) => mapOuter(p(data, i), (m1) => f(m1.value, data, i, m1.position)(data, m1.position));
}
function chainReduce(acc, f) {
  return (data, i) => {
    let loop = true;
    let acc1 = acc;
    let pos = i;
    do {
      const r = f(acc1, data, pos)(data, pos);
      if (r.matched) {
        acc1 = r.value;
        pos = r.position;
      } else {
        loop = false;
      }
    } while (loop);
    return {
      matched: true,
      position: pos,
      value: acc1
    };
  };
}
function eitherOr(pa, pb) {
  return (data, i) => {
    const r1 = pa(data, i);
    return r1.matched ? r1 : pb(data, i);
  };
}
function error(message) {
  return (data, i) => {
    throw new Error(message instanceof Function ? message(data, i) : message);
  };
}
function first(...ps) {
  return (data, i) => {
    for (const p of ps) {
      const result = p(data, i);
      if (result.matched) {
        return result;
      }
    }
    return { matched: false };
  };
}
function map(p, mapper) {
  return (data, i) => mapInner(p(data, i), (v, j) => mapper(v, data, i, j));
}
function flatten1(p) {
  return map(p, (vs) => vs.flatMap((v) => v));
}
function flatten(...ps) {
  return flatten1(all(...ps));
}
function left(pa, pb) {
  return ab(pa, pb, (va) => va);
}
function reduceLeft(acc, p, reducer) {
  return chainReduce(acc, (acc2) => map(p, (v, data, i, j) => reducer(acc2, v, data, i, j)));
}
function leftAssoc2(pLeft, pOper, pRight) {
  return chain(pLeft, (v0) => reduceLeft(v0, ab(pOper, pRight, (f, y) => [f, y]), (acc, [f, y]) => f(acc, y)));
}
function takeWhile(p, test) {
  return (data, i) => {
    const values = [];
    let success = true;
    do {
      const r = p(data, i);
      if (r.matched && test(r.value, values.length + 1, data, i, r.position)) {
        values.push(r.value);
        i = r.position;
      } else {
        success = false;
      }
    } while (success);
    return {
      matched: true,
      position: i,
      value: values
    };
  };
}
function many(p) {
  return takeWhile(p, () => true);
}
function many1(p) {
  return ab(p, many(p), (head, tail) => [head, ...tail]);
}
function middle(pa, pb, pc) {
  return abc(pa, pb, pc, (ra, rb) => rb);
}
function not(p) {
  return (data, i) => {
    const r = p(data, i);
    return r.matched ? { matched: false } : {
      matched: true,
      position: i,
      value: true
    };
  };
}
function option(p, def) {
  return (data, i) => {
    const r = p(data, i);
    return r.matched ? r : {
      matched: true,
      position: i,
      value: def
    };
  };
}
function recursive(f) {
  return function(data, i) {
    return f()(data, i);
  };
}
function right(pa, pb) {
  return ab(pa, pb, (va, vb) => vb);
}
function token(onToken, onEnd) {
  return (data, i) => {
    let position = i;
    let value = void 0;
    if (i < data.tokens.length) {
      value = onToken(data.tokens[i], data, i);
      if (value !== void 0) {
        position++;
      }
    } else {
      onEnd?.(data, i);
    }
    return value === void 0 ? { matched: false } : {
      matched: true,
      position,
      value
    };
  };
}
function filter(p, test) {
  return (data, i) => mapOuter(p(data, i), (m) => test(m.value, data, i, m.position) ? m : { matched: false });
}

// node_modules/parseley/lib/parseley.mjs
var ws = "(?:[ \\t\\r\\n\\f]*)";
var nl = "(?:\\n|\\r\\n|\\r|\\f)";
var nonascii = "[^\\x00-\\x7F]";
var unicode = "(?:\\\\[0-9a-f]{1,6}(?:\\r\\n|[ \\n\\r\\t\\f])?)";
var escape = "(?:\\\\[^\\n\\r\\f0-9a-f])";
var nmstart = `(?:[_a-z]|${nonascii}|${unicode}|${escape})`;
var nmchar = `(?:[_a-z0-9-]|${nonascii}|${unicode}|${escape})`;
var name = `(?:${nmchar}+)`;
var ident = `(?:[-]?${nmstart}${nmchar}*)`;
var string1 = `'([^\\n\\r\\f\\\\']|\\\\${nl}|${nonascii}|${unicode}|${escape})*'`;
var string2 = `"([^\\n\\r\\f\\\\"]|\\\\${nl}|${nonascii}|${unicode}|${escape})*"`;
var lexSelector = createLexer([
  { name: "ws", regex: new RegExp(ws) },
  { name: "hash", regex: new RegExp(`#${name}`, "i") },
  { name: "ident", regex: new RegExp(ident, "i") },
  { name: "str1", regex: new RegExp(string1, "i") },
  { name: "str2", regex: new RegExp(string2, "i") },
  { name: "*" },
  { name: "." },
  { name: "," },
  { name: "[" },
  { name: "]" },
  { name: "=" },
  { name: ">" },
  { name: "|" },
  { name: "+" },
  { name: "~" },
  { name: "^" },
  { name: "$" },
  { name: ":" },
  { name: "(" },
  { name: ")" }
]);
var lexEscapedString = createLexer([
  { name: "unicode", regex: new RegExp(unicode, "i") },
  { name: "escape", regex: new RegExp(escape, "i") },
  { name: "any", regex: new RegExp("[\\s\\S]", "i") }
]);
function sumSpec([a0, a1, a2], [b0, b1, b2]) {
  return [a0 + b0, a1 + b1, a2 + b2];
}
function sumAllSpec(ss) {
  return ss.reduce(sumSpec, [0, 0, 0]);
}
function maxSpec([a0, a1, a2], [b0, b1, b2]) {
  return a0 > b0 || a0 === b0 && (a1 > b1 || a1 === b1 && a2 >= b2) ? [a0, a1, a2] : [b0, b1, b2];
}
function maxAllSpec(ss) {
  return ss.reduce(maxSpec, [0, 0, 0]);
}
var unicodeEscapedSequence_ = token((t) => t.name === "unicode" ? String.fromCodePoint(parseInt(t.text.slice(1), 16)) : void 0);
var escapedSequence_ = token((t) => t.name === "escape" ? t.text.slice(1) : void 0);
var anyChar_ = token((t) => t.name === "any" ? t.text : void 0);
var escapedString_ = map(many(first(unicodeEscapedSequence_, escapedSequence_, anyChar_)), (cs) => cs.join(""));
function unescape(escapedString) {
  const lexerResult = lexEscapedString(escapedString);
  const result = escapedString_({ tokens: lexerResult.tokens, options: void 0 }, 0);
  return result.value;
}
function literal(name2) {
  return token((t) => t.name === name2 ? true : void 0);
}
var whitespace_ = token((t) => t.name === "ws" ? null : void 0);
var optionalWhitespace_ = option(whitespace_, null);
function optionallySpaced(parser) {
  return middle(optionalWhitespace_, parser, optionalWhitespace_);
}
var identifier_ = token((t) => t.name === "ident" ? unescape(t.text) : void 0);
var hashId_ = token((t) => t.name === "hash" ? unescape(t.text.slice(1)) : void 0);
var string_ = token((t) => t.name.startsWith("str") ? unescape(t.text.slice(1, -1)) : void 0);
var namespace_ = left(option(identifier_, ""), literal("|"));
var qualifiedName_ = eitherOr(ab(namespace_, identifier_, (ns, name2) => ({ name: name2, namespace: ns })), map(identifier_, (name2) => ({ name: name2, namespace: null })));
var uniSelector_ = eitherOr(ab(namespace_, literal("*"), (ns) => ({ type: "universal", namespace: ns, specificity: [0, 0, 0] })), map(literal("*"), () => ({ type: "universal", namespace: null, specificity: [0, 0, 0] })));
var tagSelector_ = map(qualifiedName_, ({ name: name2, namespace }) => ({
  type: "tag",
  name: name2,
  namespace,
  specificity: [0, 0, 1]
}));
var classSelector_ = ab(literal("."), identifier_, (_fullstop, name2) => ({
  type: "class",
  name: name2,
  specificity: [0, 1, 0]
}));
var idSelector_ = map(hashId_, (name2) => ({
  type: "id",
  name: name2,
  specificity: [1, 0, 0]
}));
var attrModifier_ = token((t) => {
  if (t.name === "ident") {
    if (t.text === "i" || t.text === "I") {
      return "i";
    }
    if (t.text === "s" || t.text === "S") {
      return "s";
    }
  }
  return void 0;
});
var attrValue_ = eitherOr(ab(string_, option(right(optionalWhitespace_, attrModifier_), null), (v, mod) => ({ value: v, modifier: mod })), ab(identifier_, option(right(whitespace_, attrModifier_), null), (v, mod) => ({ value: v, modifier: mod })));
var attrMatcher_ = first(map(literal("="), () => "="), ab(literal("~"), literal("="), () => "~="), ab(literal("|"), literal("="), () => "|="), ab(literal("^"), literal("="), () => "^="), ab(literal("$"), literal("="), () => "$="), ab(literal("*"), literal("="), () => "*="));
var attrPresenceSelector_ = abc(literal("["), optionallySpaced(qualifiedName_), literal("]"), (_lbr, { name: name2, namespace }) => ({
  type: "attrPresence",
  name: name2,
  namespace,
  specificity: [0, 1, 0]
}));
var attrValueSelector_ = middle(literal("["), abc(optionallySpaced(qualifiedName_), attrMatcher_, optionallySpaced(attrValue_), ({ name: name2, namespace }, matcher, { value, modifier }) => ({
  type: "attrValue",
  name: name2,
  namespace,
  matcher,
  value,
  modifier,
  specificity: [0, 1, 0]
})), literal("]"));
var pseudoClassSelector_ = abc(literal(":"), identifier_, not(ahead(literal("("))), (_fullstop, name2) => ({
  type: "pc",
  name: name2,
  specificity: [0, 1, 0]
}));
function pcLiteral(name2) {
  return filter(identifier_, (id) => id.toLowerCase() === name2.toLowerCase());
}
function fpcBase(name2, contentParser, contentDesc) {
  return abc(middle(literal(":"), pcLiteral(name2), eitherOr(literal("("), error(`Expected opening parenthesis in :${name2}()`))), eitherOr(optionallySpaced(contentParser), error(`Expected ${contentDesc} in :${name2}()`)), eitherOr(literal(")"), error(`Expected closing parenthesis in :${name2}()`)), (name3, content) => ({ name: name3, content }));
}
var isSelector_ = map(fpcBase("is", recursive(() => listSelector_), "selector list"), (v) => ({
  type: "fpc:is",
  name: v.name,
  list: v.content.list,
  specificity: maxAllSpec(v.content.list.map((s) => s.specificity))
}));
var whereSelector_ = map(fpcBase("where", recursive(() => listSelector_), "selector list"), (v) => ({
  type: "fpc:where",
  name: v.name,
  list: v.content.list,
  specificity: [0, 0, 0]
}));
var notSelector_ = map(fpcBase("not", recursive(() => listSelector_), "selector list"), (v) => ({
  type: "fpc:not",
  name: v.name,
  list: v.content.list,
  specificity: maxAllSpec(v.content.list.map((s) => s.specificity))
}));
var functionalPseudoClassSelector_ = first(isSelector_, whereSelector_, notSelector_);
var attrSelector_ = eitherOr(attrPresenceSelector_, attrValueSelector_);
var typeSelector_ = eitherOr(uniSelector_, tagSelector_);
var subclassSelector_ = first(idSelector_, classSelector_, attrSelector_, functionalPseudoClassSelector_, pseudoClassSelector_);
var compoundSelector_ = map(eitherOr(flatten(typeSelector_, many(subclassSelector_)), many1(subclassSelector_)), (ss) => {
  return {
    type: "compound",
    list: ss,
    specificity: sumAllSpec(ss.map((s) => s.specificity))
  };
});
var combinator_ = first(map(literal(">"), () => ">"), map(literal("+"), () => "+"), map(literal("~"), () => "~"), ab(literal("|"), literal("|"), () => "||"));
var combinatorSeparator_ = eitherOr(optionallySpaced(combinator_), map(whitespace_, () => " "));
var complexSelector_ = leftAssoc2(compoundSelector_, map(combinatorSeparator_, (c) => (left2, right2) => ({
  type: "compound",
  list: [...right2.list, { type: "combinator", combinator: c, left: left2, specificity: left2.specificity }],
  specificity: sumSpec(left2.specificity, right2.specificity)
})), compoundSelector_);
var listSelector_ = leftAssoc2(map(complexSelector_, (s) => ({ type: "list", list: [s] })), map(optionallySpaced(literal(",")), () => (acc, next) => ({ type: "list", list: [...acc.list, next] })), complexSelector_);
function parse_(parser, str) {
  if (!(typeof str === "string" || str instanceof String)) {
    throw new Error("Expected a selector string. Actual input is not a string!");
  }
  const lexerResult = lexSelector(str);
  if (!lexerResult.complete) {
    throw new Error(`The input "${str}" was only partially tokenized, stopped at offset ${lexerResult.offset}!
` + prettyPrintPosition(str, lexerResult.offset));
  }
  const result = optionallySpaced(parser)({ tokens: lexerResult.tokens, options: void 0 }, 0);
  if (!result.matched) {
    throw new Error(`No match for "${str}" input!`);
  }
  if (result.position < lexerResult.tokens.length) {
    const token2 = lexerResult.tokens[result.position];
    throw new Error(`The input "${str}" was only partially parsed, stopped at offset ${token2.offset}!
` + prettyPrintPosition(str, token2.offset, token2.len));
  }
  return result.value;
}
function prettyPrintPosition(str, offset, len = 1) {
  return `${str.replace(/(\t)|(\r)|(\n)/g, (_m, t, r) => t ? "␉" : r ? "␍" : "␊")}
${"".padEnd(offset)}${"^".repeat(len)}`;
}
function parse1(str) {
  return parse_(complexSelector_, str);
}
function serialize(selector) {
  if (!selector.type) {
    throw new Error("This is not an AST node.");
  }
  switch (selector.type) {
    case "universal":
      return _serNs(selector.namespace) + "*";
    case "tag":
      return _serNs(selector.namespace) + _serIdent(selector.name);
    case "class":
      return "." + _serIdent(selector.name);
    case "id":
      return "#" + _serIdent(selector.name);
    case "attrPresence":
      return `[${_serNs(selector.namespace)}${_serIdent(selector.name)}]`;
    case "attrValue":
      return `[${_serNs(selector.namespace)}${_serIdent(selector.name)}${selector.matcher}"${_serStr(selector.value)}"${selector.modifier ? selector.modifier : ""}]`;
    case "pc":
      return ":" + _serIdent(selector.name);
    case "fpc:is":
    case "fpc:where":
    case "fpc:not":
      return `:${_serIdent(selector.name)}(${selector.list.map(serialize).join(",")})`;
    case "combinator":
      return serialize(selector.left) + selector.combinator;
    case "compound":
      return selector.list.reduce((acc, node) => {
        return node.type === "combinator" ? serialize(node) + acc : acc + serialize(node);
      }, "");
    case "list":
      return selector.list.map(serialize).join(",");
  }
}
function _serNs(ns) {
  return ns || ns === "" ? _serIdent(ns) + "|" : "";
}
function _codePoint(char) {
  return `\\${char.codePointAt(0).toString(16)} `;
}
function _serIdent(str) {
  return str.replace(
    /(^[0-9])|(^-[0-9])|(^-$)|([-0-9a-zA-Z_]|[^\x00-\x7F])|(\x00)|([\x01-\x1f]|\x7f)|([\s\S])/g,
    (_m, d1, d2, hy, safe, nl2, ctrl, other) => d1 ? _codePoint(d1) : d2 ? "-" + _codePoint(d2.slice(1)) : hy ? "\\-" : safe ? safe : nl2 ? "�" : ctrl ? _codePoint(ctrl) : "\\" + other
  );
}
function _serStr(str) {
  return str.replace(
    /(")|(\\)|(\x00)|([\x01-\x1f]|\x7f)/g,
    (_m, dq, bs, nl2, ctrl) => dq ? '\\"' : bs ? "\\\\" : nl2 ? "�" : _codePoint(ctrl)
  );
}
function normalize(selector, options = { mode: "html" }) {
  const mode = options.mode ?? "html";
  const isHtmlMode = mode === "html";
  const allowUnspecifiedCaseSensitivityForAttributes = options.allowUnspecifiedCaseSensitivityForAttributes ?? false;
  const attributesWithNormalizedValues = options.attributesWithNormalizedValues;
  const attributesWithNormalizedValuesSet = attributesWithNormalizedValues?.length ? new Set(attributesWithNormalizedValues.map((a) => a.toLowerCase())) : null;
  function visit(node) {
    if (!node.type) {
      throw new Error("This is not an AST node.");
    }
    switch (node.type) {
      case "universal": {
        if (isHtmlMode && node.namespace !== null) {
          node.namespace = node.namespace.toLowerCase();
        }
        break;
      }
      case "tag": {
        if (isHtmlMode) {
          node.name = node.name.toLowerCase();
        }
        if (isHtmlMode && node.namespace !== null) {
          node.namespace = node.namespace.toLowerCase();
        }
        break;
      }
      case "attrPresence": {
        if (isHtmlMode) {
          node.name = node.name.toLowerCase();
        }
        if (isHtmlMode && node.namespace !== null) {
          node.namespace = node.namespace.toLowerCase();
        }
        break;
      }
      case "attrValue": {
        if (isHtmlMode) {
          node.name = node.name.toLowerCase();
        }
        if (isHtmlMode && node.namespace !== null) {
          node.namespace = node.namespace.toLowerCase();
        }
        const isCaseInsensitiveValue = node.modifier === "i" || node.modifier === null && !!attributesWithNormalizedValuesSet && attributesWithNormalizedValuesSet.has(node.name.toLowerCase());
        if (isCaseInsensitiveValue) {
          node.value = node.value.toLowerCase();
        }
        if (!allowUnspecifiedCaseSensitivityForAttributes && node.modifier === null) {
          node.modifier = isCaseInsensitiveValue ? "i" : "s";
        }
        break;
      }
      case "pc": {
        node.name = node.name.toLowerCase();
        break;
      }
      case "fpc:is":
      case "fpc:where":
      case "fpc:not": {
        node.name = node.name.toLowerCase();
        node.list.forEach(visit);
        node.list.sort((a, b) => serialize(a) < serialize(b) ? -1 : 1);
        break;
      }
      case "compound": {
        node.list.forEach(visit);
        node.list.sort((a, b) => _compareSelectorPriority(_getSelectorPriority(a), _getSelectorPriority(b)));
        break;
      }
      case "combinator": {
        visit(node.left);
        break;
      }
      case "list": {
        node.list.forEach(visit);
        node.list.sort((a, b) => serialize(a) < serialize(b) ? -1 : 1);
        break;
      }
    }
  }
  visit(selector);
  return selector;
}
function _getSelectorPriority(selector) {
  switch (selector.type) {
    case "universal":
      return [1];
    case "tag":
      return [1];
    case "id":
      return [2];
    case "class":
      return [3, selector.name];
    case "attrPresence":
      return [4, serialize(selector)];
    case "attrValue":
      return [5, serialize(selector)];
    case "pc":
      return [6, selector.name];
    case "fpc:is":
    case "fpc:where":
    case "fpc:not":
      return [7, serialize(selector)];
    case "combinator":
      return [15, serialize(selector)];
  }
}
function _compareSelectorPriority(a, b) {
  if (a[0] !== b[0]) {
    return a[0] < b[0] ? -1 : 1;
  }
  const aStr = a[1];
  const bStr = b[1];
  if (aStr === bStr) {
    return 0;
  }
  if (aStr === void 0) {
    return -1;
  }
  if (bStr === void 0) {
    return 1;
  }
  return aStr < bStr ? -1 : 1;
}
function compareSpecificity(a, b) {
  if (a[0] !== b[0]) {
    return a[0] < b[0] ? -1 : 1;
  }
  if (a[1] !== b[1]) {
    return a[1] < b[1] ? -1 : 1;
  }
  return a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0;
}

// node_modules/selderee/lib/selderee.mjs
var DecisionTree = class {
  branches;
  constructor(input, options = {}) {
    this.branches = weave(toAstTerminalPairs(input, options));
  }
  build(builder) {
    return builder(this.branches);
  }
};
function toAstTerminalPairs(array, options) {
  const len = array.length;
  const results = new Array(len);
  for (let i = 0; i < len; i++) {
    const [selectorString, val] = array[i];
    const ast = parse1(selectorString);
    reduceSelectorVariants(ast);
    normalize(ast, {
      mode: "html",
      attributesWithNormalizedValues: options.attributesWithNormalizedValues ?? [],
      allowUnspecifiedCaseSensitivityForAttributes: false
    });
    results[i] = {
      ast,
      terminal: {
        type: "terminal",
        valueContainer: { index: i, value: val, specificity: ast.specificity }
      }
    };
  }
  return results;
}
function reduceSelectorVariants(ast) {
  const newList = [];
  ast.list.forEach((sel) => {
    switch (sel.type) {
      case "class":
        newList.push({
          matcher: "~=",
          modifier: null,
          name: "class",
          namespace: null,
          specificity: sel.specificity,
          type: "attrValue",
          value: sel.name
        });
        break;
      case "id":
        newList.push({
          matcher: "=",
          modifier: null,
          name: "id",
          namespace: null,
          specificity: [0, 1, 0],
          type: "attrValue",
          value: sel.name
        });
        break;
      case "combinator":
        reduceSelectorVariants(sel.left);
        newList.push(sel);
        break;
      case "universal":
        break;
      default:
        newList.push(sel);
        break;
    }
  });
  ast.list = newList;
}
function weave(items) {
  const branches = [];
  while (items.length) {
    const topKind = findTopKey(items, (_sel) => true, getSelectorKind);
    const { matches, nonMatches, empty } = breakByKind(items, topKind);
    items = nonMatches;
    if (matches.length) {
      branches.push(branchOfKind(topKind, matches));
    }
    if (empty.length) {
      branches.push(...terminate(empty));
    }
  }
  return branches;
}
function terminate(items) {
  const results = [];
  for (const item of items) {
    const terminal = item.terminal;
    if (terminal.type === "terminal") {
      results.push(terminal);
    } else {
      const { matches, rest } = partition(terminal.cont, (node) => node.type === "terminal");
      matches.forEach((node) => results.push(node));
      if (rest.length) {
        terminal.cont = rest;
        results.push(terminal);
      }
    }
  }
  return results;
}
function breakByKind(items, selectedKind) {
  const matches = [];
  const nonMatches = [];
  const empty = [];
  for (const item of items) {
    const simpleSelectors = item.ast.list;
    if (simpleSelectors.length) {
      const isMatch = simpleSelectors.some((node) => getSelectorKind(node) === selectedKind);
      (isMatch ? matches : nonMatches).push(item);
    } else {
      empty.push(item);
    }
  }
  return { matches, nonMatches, empty };
}
function getSelectorKind(sel) {
  switch (sel.type) {
    case "attrPresence":
      return `attrPresence ${sel.name}`;
    case "attrValue":
      return `attrValue ${sel.name}`;
    case "pc":
      return `pc ${sel.name}`;
    case "combinator":
      return `combinator ${sel.combinator}`;
    default:
      return sel.type;
  }
}
function branchOfKind(kind, items) {
  if (kind === "tag") {
    return tagNameBranch(items);
  }
  if (kind.startsWith("attrValue ")) {
    return attrValueBranch(kind.substring(10), items);
  }
  if (kind.startsWith("attrPresence ")) {
    return attrPresenceBranch(kind.substring(13), items);
  }
  if (kind.startsWith("pc ")) {
    return pseudoClassBranch(kind.substring(3), items);
  }
  if (kind === "combinator >") {
    return combinatorBranch(">", items);
  }
  if (kind === "combinator +") {
    return combinatorBranch("+", items);
  }
  throw new Error(`Unsupported selector kind: ${kind}`);
}
function tagNameBranch(items) {
  const groups = spliceAndGroup(items, (x) => x.type === "tag", (x) => x.name);
  const variants = Object.entries(groups).map(([name2, group]) => ({
    type: "variant",
    value: name2,
    cont: weave(group.items)
  }));
  return {
    type: "tagName",
    variants
  };
}
function attrPresenceBranch(name2, items) {
  for (const item of items) {
    spliceSimpleSelector(item, (x) => x.type === "attrPresence" && x.name === name2);
  }
  return {
    type: "attrPresence",
    name: name2,
    cont: weave(items)
  };
}
function attrValueBranch(name2, items) {
  const groups = spliceAndGroup(items, (x) => x.type === "attrValue" && x.name === name2, (x) => `${x.matcher} ${x.modifier || ""} ${x.value}`);
  const matchers = [];
  for (const group of Object.values(groups)) {
    const sel = group.oneSimpleSelector;
    matchers.push({
      type: "matcher",
      matcher: sel.matcher,
      modifier: sel.modifier,
      value: sel.value,
      predicate: getAttrValuePredicate(sel),
      cont: weave(group.items)
    });
  }
  return {
    type: "attrValue",
    name: name2,
    matchers
  };
}
function getAttrValuePredicate(sel) {
  if (sel.modifier === "i") {
    const expected = sel.value.toLowerCase();
    switch (sel.matcher) {
      case "=":
        return (actual) => expected === actual.toLowerCase();
      case "~=":
        return (actual) => actual.toLowerCase().split(/[ \t]+/).includes(expected);
      case "^=":
        return (actual) => actual.toLowerCase().startsWith(expected);
      case "$=":
        return (actual) => actual.toLowerCase().endsWith(expected);
      case "*=":
        return (actual) => actual.toLowerCase().includes(expected);
      case "|=":
        return (actual) => {
          const lower = actual.toLowerCase();
          return expected === lower || lower.startsWith(expected) && lower[expected.length] === "-";
        };
    }
  } else {
    const expected = sel.value;
    switch (sel.matcher) {
      case "=":
        return (actual) => expected === actual;
      case "~=":
        return (actual) => actual.split(/[ \t]+/).includes(expected);
      case "^=":
        return (actual) => actual.startsWith(expected);
      case "$=":
        return (actual) => actual.endsWith(expected);
      case "*=":
        return (actual) => actual.includes(expected);
      case "|=":
        return (actual) => expected === actual || actual.startsWith(expected) && actual[expected.length] === "-";
    }
  }
}
function pseudoClassBranch(name2, items) {
  if (name2 !== "empty" && name2 !== "only-child" && name2 !== "first-child" && name2 !== "last-child" && name2 !== "any-link") {
    throw new Error(`Unsupported pseudo-class: :${name2}`);
  }
  for (const item of items) {
    spliceSimpleSelector(item, (x) => x.type === "pc" && x.name === name2);
  }
  return {
    type: "pseudoClass",
    name: name2,
    cont: weave(items)
  };
}
function combinatorBranch(combinator, items) {
  const groups = spliceAndGroup(items, (x) => x.type === "combinator" && x.combinator === combinator, (x) => serialize(x.left));
  const leftItems = [];
  for (const group of Object.values(groups)) {
    const rightCont = weave(group.items);
    const leftAst = group.oneSimpleSelector.left;
    leftItems.push({
      ast: leftAst,
      terminal: { type: "popElement", cont: rightCont }
    });
  }
  return {
    type: "pushElement",
    combinator,
    cont: weave(leftItems)
  };
}
function spliceAndGroup(items, predicate, keyCallback) {
  const groups = {};
  while (items.length) {
    const bestKey = findTopKey(items, predicate, keyCallback);
    const bestKeyPredicate = (sel) => predicate(sel) && keyCallback(sel) === bestKey;
    const hasBestKeyPredicate = (item) => item.ast.list.some(bestKeyPredicate);
    const { matches, rest } = partition(items, hasBestKeyPredicate);
    let oneSimpleSelector = null;
    for (const item of matches) {
      const splicedNode = spliceSimpleSelector(item, bestKeyPredicate);
      if (!oneSimpleSelector) {
        oneSimpleSelector = splicedNode;
      }
    }
    if (oneSimpleSelector == null) {
      throw new Error("No simple selector is found.");
    }
    groups[bestKey] = { oneSimpleSelector, items: matches };
    items = rest;
  }
  return groups;
}
function spliceSimpleSelector(item, predicate) {
  const simpleSelectors = item.ast.list;
  const matches = new Array(simpleSelectors.length);
  let firstIndex = -1;
  for (let i = simpleSelectors.length; i-- > 0; ) {
    if (predicate(simpleSelectors[i])) {
      matches[i] = true;
      firstIndex = i;
    }
  }
  if (firstIndex == -1) {
    throw new Error(`Couldn't find the required simple selector.`);
  }
  const result = simpleSelectors[firstIndex];
  item.ast.list = simpleSelectors.filter((_, i) => !matches[i]);
  return result;
}
function findTopKey(items, predicate, keyCallback) {
  const candidates = {};
  for (const item of items) {
    const candidates1 = {};
    for (const node of item.ast.list.filter(predicate)) {
      candidates1[keyCallback(node)] = true;
    }
    for (const key of Object.keys(candidates1)) {
      if (candidates[key]) {
        candidates[key]++;
      } else {
        candidates[key] = 1;
      }
    }
  }
  let topKind = "";
  let topCounter = 0;
  for (const entry of Object.entries(candidates)) {
    if (entry[1] > topCounter) {
      topKind = entry[0];
      topCounter = entry[1];
    }
  }
  return topKind;
}
function partition(src, predicate) {
  const matches = [];
  const rest = [];
  for (const x of src) {
    if (predicate(x)) {
      matches.push(x);
    } else {
      rest.push(x);
    }
  }
  return { matches, rest };
}
var Picker = class {
  f;
  constructor(f) {
    this.f = f;
  }
  pickAll(el) {
    return this.f(el);
  }
  pick1(el, preferFirst = false) {
    const results = this.f(el);
    const len = results.length;
    if (len === 0) {
      return null;
    }
    if (len === 1) {
      return results[0].value;
    }
    const comparator = preferFirst ? comparatorPreferFirst : comparatorPreferLast;
    let result = results[0];
    for (let i = 1; i < len; i++) {
      const next = results[i];
      if (comparator(result, next)) {
        result = next;
      }
    }
    return result.value;
  }
};
function comparatorPreferFirst(acc, next) {
  const diff = compareSpecificity(next.specificity, acc.specificity);
  return diff > 0 || diff === 0 && next.index < acc.index;
}
function comparatorPreferLast(acc, next) {
  const diff = compareSpecificity(next.specificity, acc.specificity);
  return diff > 0 || diff === 0 && next.index > acc.index;
}

// node_modules/@selderee/plugin-htmlparser2/lib/hp2-builder.mjs
function hp2Builder(nodes) {
  return new Picker(handleArray(nodes));
}
function handleArray(nodes) {
  const matchers = nodes.map(handleNode);
  return (el, ...tail) => matchers.flatMap((m) => m(el, ...tail));
}
function handleNode(node) {
  switch (node.type) {
    case "terminal": {
      const result = [node.valueContainer];
      return () => result;
    }
    case "tagName":
      return handleTagName(node);
    case "attrValue":
      return handleAttrValueName(node);
    case "attrPresence":
      return handleAttrPresenceName(node);
    case "pseudoClass":
      return handlePseudoClassNode(node);
    case "pushElement":
      return handlePushElementNode(node);
    case "popElement":
      return handlePopElementNode(node);
  }
}
function handleTagName(node) {
  const variants = {};
  for (const variant of node.variants) {
    variants[variant.value] = handleArray(variant.cont);
  }
  return (el, ...tail) => {
    const continuation = variants[el.name];
    return continuation ? continuation(el, ...tail) : [];
  };
}
function handleAttrPresenceName(node) {
  const attrName = node.name;
  const continuation = handleArray(node.cont);
  return (el, ...tail) => Object.prototype.hasOwnProperty.call(el.attribs, attrName) ? continuation(el, ...tail) : [];
}
function handleAttrValueName(node) {
  const callbacks = [];
  for (const matcher of node.matchers) {
    const predicate = matcher.predicate;
    const continuation = handleArray(matcher.cont);
    callbacks.push((attr, el, ...tail) => predicate(attr) ? continuation(el, ...tail) : []);
  }
  const attrName = node.name;
  return (el, ...tail) => {
    const attr = el.attribs[attrName];
    return attr || attr === "" ? callbacks.flatMap((cb) => cb(attr, el, ...tail)) : [];
  };
}
function handlePseudoClassNode(node) {
  const continuation = handleArray(node.cont);
  const predicate = pseudoClassPredicates[node.name];
  if (!predicate) {
    throw new Error(`Unsupported pseudo-class: :${node.name}`);
  }
  return (el, ...tail) => predicate(el) ? continuation(el, ...tail) : [];
}
var pseudoClassPredicates = {
  "empty": isEmptyElement,
  "only-child": isOnlyChildElement,
  "first-child": isFirstChildElement,
  "last-child": isLastChildElement,
  "any-link": isAnyLinkElement
};
function isEmptyElement(el) {
  for (const child of el.children) {
    if (isTag2(child)) {
      return false;
    }
    if (child.type === ElementType.Text || child.type === ElementType.CDATA) {
      return false;
    }
  }
  return true;
}
function isOnlyChildElement(el) {
  return getPrecedingElement(el) === null && getFollowingElement(el) === null;
}
function isFirstChildElement(el) {
  return getPrecedingElement(el) === null;
}
function isLastChildElement(el) {
  return getFollowingElement(el) === null;
}
function isAnyLinkElement(el) {
  return (el.name === "a" || el.name === "area") && Object.prototype.hasOwnProperty.call(el.attribs, "href");
}
function handlePushElementNode(node) {
  const continuation = handleArray(node.cont);
  const leftElementGetter = node.combinator === "+" ? getPrecedingElement : getParentElement;
  return (el, ...tail) => {
    const next = leftElementGetter(el);
    if (next === null) {
      return [];
    }
    return continuation(next, el, ...tail);
  };
}
var getPrecedingElement = (el) => {
  const prev = el.prev;
  if (prev === null) {
    return null;
  }
  return isTag2(prev) ? prev : getPrecedingElement(prev);
};
var getFollowingElement = (el) => {
  const next = el.next;
  if (next === null) {
    return null;
  }
  return isTag2(next) ? next : getFollowingElement(next);
};
var getParentElement = (el) => {
  const parent = el.parent;
  return parent && isTag2(parent) ? parent : null;
};
function handlePopElementNode(node) {
  const continuation = handleArray(node.cont);
  return (_el, next, ...tail) => continuation(next, ...tail);
}

// node_modules/htmlparser2/node_modules/entities/dist/esm/decode-codepoint.js
var _a;
var decodeMap = /* @__PURE__ */ new Map([
  [0, 65533],
  // C1 Unicode control character reference replacements
  [128, 8364],
  [130, 8218],
  [131, 402],
  [132, 8222],
  [133, 8230],
  [134, 8224],
  [135, 8225],
  [136, 710],
  [137, 8240],
  [138, 352],
  [139, 8249],
  [140, 338],
  [142, 381],
  [145, 8216],
  [146, 8217],
  [147, 8220],
  [148, 8221],
  [149, 8226],
  [150, 8211],
  [151, 8212],
  [152, 732],
  [153, 8482],
  [154, 353],
  [155, 8250],
  [156, 339],
  [158, 382],
  [159, 376]
]);
var fromCodePoint = (
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition, n/no-unsupported-features/es-builtins
  (_a = String.fromCodePoint) !== null && _a !== void 0 ? _a : ((codePoint) => {
    let output = "";
    if (codePoint > 65535) {
      codePoint -= 65536;
      output += String.fromCharCode(codePoint >>> 10 & 1023 | 55296);
      codePoint = 56320 | codePoint & 1023;
    }
    output += String.fromCharCode(codePoint);
    return output;
  })
);
function replaceCodePoint(codePoint) {
  var _a3;
  if (codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111) {
    return 65533;
  }
  return (_a3 = decodeMap.get(codePoint)) !== null && _a3 !== void 0 ? _a3 : codePoint;
}

// node_modules/htmlparser2/node_modules/entities/dist/esm/internal/decode-shared.js
function decodeBase64(input) {
  const binary = (
    // eslint-disable-next-line n/no-unsupported-features/node-builtins
    typeof atob === "function" ? (
      // Browser (and Node >=16)
      // eslint-disable-next-line n/no-unsupported-features/node-builtins
      atob(input)
    ) : (
      // Older Node versions (<16)
      // eslint-disable-next-line n/no-unsupported-features/node-builtins
      typeof Buffer.from === "function" ? (
        // eslint-disable-next-line n/no-unsupported-features/node-builtins
        Buffer.from(input, "base64").toString("binary")
      ) : (
        // eslint-disable-next-line unicorn/no-new-buffer, n/no-deprecated-api
        new Buffer(input, "base64").toString("binary")
      )
    )
  );
  const evenLength = binary.length & ~1;
  const out = new Uint16Array(evenLength / 2);
  for (let index = 0, outIndex = 0; index < evenLength; index += 2) {
    const lo = binary.charCodeAt(index);
    const hi = binary.charCodeAt(index + 1);
    out[outIndex++] = lo | hi << 8;
  }
  return out;
}

// node_modules/htmlparser2/node_modules/entities/dist/esm/generated/decode-data-html.js
var htmlDecodeTree = /* @__PURE__ */ decodeBase64("QR08ALkAAgH6AYsDNQR2BO0EPgXZBQEGLAbdBxMISQrvCmQLfQurDKQNLw4fD4YPpA+6D/IPAAAAAAAAAAAAAAAAKhBMEY8TmxUWF2EYLBkxGuAa3RsJHDscWR8YIC8jSCSIJcMl6ie3Ku8rEC0CLjoupS7kLgAIRU1hYmNmZ2xtbm9wcnN0dVQAWgBeAGUAaQBzAHcAfgCBAIQAhwCSAJoAoACsALMAbABpAGcAO4DGAMZAUAA7gCYAJkBjAHUAdABlADuAwQDBQHIiZXZlAAJhAAFpeW0AcgByAGMAO4DCAMJAEGRyAADgNdgE3XIAYQB2AGUAO4DAAMBA8CFoYZFj4SFjcgBhZAAAoFMqAAFncIsAjgBvAG4ABGFmAADgNdg43fAlbHlGdW5jdGlvbgCgYSBpAG4AZwA7gMUAxUAAAWNzpACoAHIAAOA12Jzc6SFnbgCgVCJpAGwAZABlADuAwwDDQG0AbAA7gMQAxEAABGFjZWZvcnN1xQDYANoA7QDxAPYA+QD8AAABY3LJAM8AayNzbGFzaAAAoBYidgHTANUAAKDnKmUAZAAAoAYjeQARZIABY3J0AOAA5QDrAGEidXNlAACgNSLuI291bGxpcwCgLCFhAJJjcgAA4DXYBd1wAGYAAOA12Dnd5SF2ZdhiYwDyAOoAbSJwZXEAAKBOIgAHSE9hY2RlZmhpbG9yc3UXARoBHwE6AVIBVQFiAWQBZgGCAakB6QHtAfIBYwB5ACdkUABZADuAqQCpQIABY3B5ACUBKAE1AfUhdGUGYWmg0iJ0KGFsRGlmZmVyZW50aWFsRAAAoEUhbCJleXMAAKAtIQACYWVpb0EBRAFKAU0B8iFvbgxhZABpAGwAO4DHAMdAcgBjAAhhbiJpbnQAAKAwIm8AdAAKYQABZG5ZAV0BaSJsbGEAuGB0I2VyRG90ALdg8gA5AWkAp2NyImNsZQAAAkRNUFRwAXQBeQF9AW8AdAAAoJkiaSJudXMAAKCWIuwhdXMAoJUiaSJtZXMAAKCXIm8AAAFjc4cBlAFrKndpc2VDb250b3VySW50ZWdyYWwAAKAyImUjQ3VybHkAAAFEUZwBpAFvJXVibGVRdW90ZQAAoB0gdSJvdGUAAKAZIAACbG5wdbABtgHNAdgBbwBuAGWgNyIAoHQqgAFnaXQAvAHBAcUB8iJ1ZW50AKBhIm4AdAAAoC8i7yV1ckludGVncmFsAKAuIgABZnLRAdMBAKACIe8iZHVjdACgECJuLnRlckNsb2Nrd2lzZUNvbnRvdXJJbnRlZ3JhbAAAoDMi7yFzcwCgLypjAHIAAOA12J7ccABDoNMiYQBwAACgTSKABURKU1phY2VmaW9zAAsCEgIVAhgCGwIsAjQCOQI9AnMCfwNvoEUh9CJyYWhkAKARKWMAeQACZGMAeQAFZGMAeQAPZIABZ3JzACECJQIoAuchZXIAoCEgcgAAoKEhaAB2AACg5CoAAWF5MAIzAvIhb24OYRRkbAB0oAciYQCUY3IAAOA12AfdAAFhZkECawIAAWNtRQJnAvIjaXRpY2FsAAJBREdUUAJUAl8CYwJjInV0ZQC0YG8AdAFZAloC2WJiJGxlQWN1dGUA3WJyImF2ZQBgYGkibGRlANxi7yFuZACgxCJmJWVyZW50aWFsRAAAoEYhcAR9AgAAAAAAAIECjgIAABoDZgAA4DXYO91EoagAhQKJAm8AdAAAoNwgcSJ1YWwAAKBQIuIhbGUAA0NETFJVVpkCqAK1Au8C/wIRA28AbgB0AG8AdQByAEkAbgB0AGUAZwByAGEA7ADEAW8AdAKvAgAAAACwAqhgbiNBcnJvdwAAoNMhAAFlb7kC0AJmAHQAgAFBUlQAwQLGAs0CciJyb3cAAKDQIekkZ2h0QXJyb3cAoNQhZQDlACsCbgBnAAABTFLWAugC5SFmdAABQVLcAuECciJyb3cAAKD4J+kkZ2h0QXJyb3cAoPon6SRnaHRBcnJvdwCg+SdpImdodAAAAUFU9gL7AnIicm93AACg0iFlAGUAAKCoInAAQQIGAwAAAAALA3Iicm93AACg0SFvJHduQXJyb3cAAKDVIWUlcnRpY2FsQmFyAACgJSJuAAADQUJMUlRhJAM2AzoDWgNxA3oDciJyb3cAAKGTIUJVLAMwA2EAcgAAoBMpcCNBcnJvdwAAoPUhciJldmUAEWPlIWZ00gJDAwAASwMAAFIDaSVnaHRWZWN0b3IAAKBQKWUkZVZlY3RvcgAAoF4p5SJjdG9yQqC9IWEAcgAAoFYpaSJnaHQA1AFiAwAAaQNlJGVWZWN0b3IAAKBfKeUiY3RvckKgwSFhAHIAAKBXKWUAZQBBoKQiciJyb3cAAKCnIXIAcgBvAPcAtAIAAWN0gwOHA3IAAOA12J/c8iFvaxBhAAhOVGFjZGZnbG1vcHFzdHV4owOlA6kDsAO/A8IDxgPNA9ID8gP9AwEEFAQeBCAEJQRHAEphSAA7gNAA0EBjAHUAdABlADuAyQDJQIABYWl5ALYDuQO+A/Ihb24aYXIAYwA7gMoAykAtZG8AdAAWYXIAAOA12AjdcgBhAHYAZQA7gMgAyEDlIm1lbnQAoAgiAAFhcNYD2QNjAHIAEmF0AHkAUwLhAwAAAADpA20lYWxsU3F1YXJlAACg+yVlJ3J5U21hbGxTcXVhcmUAAKCrJQABZ3D2A/kDbwBuABhhZgAA4DXYPN3zImlsb26VY3UAAAFhaQYEDgRsAFSgdSppImxkZQAAoEIi7CNpYnJpdW0AoMwhAAFjaRgEGwRyAACgMCFtAACgcyphAJdjbQBsADuAywDLQAABaXApBC0E8yF0cwCgAyLvJG5lbnRpYWxFAKBHIYACY2Zpb3MAPQQ/BEMEXQRyBHkAJGRyAADgNdgJ3WwibGVkAFMCTAQAAAAAVARtJWFsbFNxdWFyZQAAoPwlZSdyeVNtYWxsU3F1YXJlAACgqiVwA2UEAABpBAAAAABtBGYAAOA12D3dwSFsbACgACLyI2llcnRyZgCgMSFjAPIAcQQABkpUYWJjZGZnb3JzdIgEiwSOBJMElwSkBKcEqwStBLIE5QTqBGMAeQADZDuAPgA+QO0hbWFkoJMD3GNyImV2ZQAeYYABZWl5AJ0EoASjBOQhaWwiYXIAYwAcYRNkbwB0ACBhcgAA4DXYCt0AoNkicABmAADgNdg+3eUiYXRlcgADRUZHTFNUvwTIBM8E1QTZBOAEcSJ1YWwATKBlIuUhc3MAoNsidSRsbEVxdWFsAACgZyJyI2VhdGVyAACgoirlIXNzAKB3IuwkYW50RXF1YWwAoH4qaSJsZGUAAKBzImMAcgAA4DXYotwAoGsiAARBYWNmaW9zdfkE/QQFBQgFCwUTBSIFKwVSIkRjeQAqZAABY3QBBQQFZQBrAMdiXmDpIXJjJGFyAACgDCFsJWJlcnRTcGFjZQAAoAsh8AEYBQAAGwVmAACgDSHpJXpvbnRhbExpbmUAoAAlAAFjdCYFKAXyABIF8iFvayZhbQBwAEQBMQU5BW8AdwBuAEgAdQBtAPAAAAFxInVhbAAAoE8iAAdFSk9hY2RmZ21ub3N0dVMFVgVZBVwFYwVtBXAFcwV6BZAFtgXFBckFzQVjAHkAFWTsIWlnMmFjAHkAAWRjAHUAdABlADuAzQDNQAABaXlnBWwFcgBjADuAzgDOQBhkbwB0ADBhcgAAoBEhcgBhAHYAZQA7gMwAzEAAoREhYXB/BYsFAAFjZ4MFhQVyACphaSNuYXJ5SQAAoEghbABpAGUA8wD6AvQBlQUAAKUFZaAsIgABZ3KaBZ4F8iFhbACgKyLzI2VjdGlvbgCgwiJpI3NpYmxlAAABQ1SsBbEFbyJtbWEAAKBjIGkibWVzAACgYiCAAWdwdAC8Bb8FwwVvAG4ALmFmAADgNdhA3WEAmWNjAHIAAKAQIWkibGRlAChh6wHSBQAA1QVjAHkABmRsADuAzwDPQIACY2Zvc3UA4QXpBe0F8gX9BQABaXnlBegFcgBjADRhGWRyAADgNdgN3XAAZgAA4DXYQd3jAfcFAAD7BXIAAOA12KXc8iFjeQhk6yFjeQRkgANISmFjZm9zAAwGDwYSBhUGHQYhBiYGYwB5ACVkYwB5AAxk8CFwYZpjAAFleRkGHAbkIWlsNmEaZHIAAOA12A7dcABmAADgNdhC3WMAcgAA4DXYptyABUpUYWNlZmxtb3N0AD0GQAZDBl4GawZkB2gHcAd0B80H2gdjAHkACWQ7gDwAPECAAmNtbnByAEwGTwZSBlUGWwb1IXRlOWHiIWRhm2NnAACg6ifsI2FjZXRyZgCgEiFyAACgniGAAWFleQBkBmcGagbyIW9uPWHkIWlsO2EbZAABZnNvBjQHdAAABUFDREZSVFVWYXKABp4GpAbGBssG3AYDByEHwQIqBwABbnKEBowGZyVsZUJyYWNrZXQAAKDoJ/Ihb3cAoZAhQlKTBpcGYQByAACg5CHpJGdodEFycm93AKDGIWUjaWxpbmcAAKAII28A9QGqBgAAsgZiJWxlQnJhY2tldAAAoOYnbgDUAbcGAAC+BmUkZVZlY3RvcgAAoGEp5SJjdG9yQqDDIWEAcgAAoFkpbCJvb3IAAKAKI2kiZ2h0AAABQVbSBtcGciJyb3cAAKCUIeUiY3RvcgCgTikAAWVy4AbwBmUAAKGjIkFW5gbrBnIicm93AACgpCHlImN0b3IAoFopaSNhbmdsZQBCorIi+wYAAAAA/wZhAHIAAKDPKXEidWFsAACgtCJwAIABRFRWAAoHEQcYB+8kd25WZWN0b3IAoFEpZSRlVmVjdG9yAACgYCnlImN0b3JCoL8hYQByAACgWCnlImN0b3JCoLwhYQByAACgUilpAGcAaAB0AGEAcgByAG8A9wDMAnMAAANFRkdMU1Q/B0cHTgdUB1gHXwfxJXVhbEdyZWF0ZXIAoNoidSRsbEVxdWFsAACgZiJyI2VhdGVyAACgdiLlIXNzAKChKuwkYW50RXF1YWwAoH0qaSJsZGUAAKByInIAAOA12A/dZaDYIuYjdGFycm93AKDaIWkiZG90AD9hgAFucHcAege1B7kHZwAAAkxSbHKCB5QHmwerB+UhZnQAAUFSiAeNB3Iicm93AACg9SfpJGdodEFycm93AKD3J+kkZ2h0QXJyb3cAoPYn5SFmdAABYXLcAqEHaQBnAGgAdABhAHIAcgBvAPcA5wJpAGcAaAB0AGEAcgByAG8A9wDuAmYAAOA12EPdZQByAAABTFK/B8YHZSRmdEFycm93AACgmSHpJGdodEFycm93AKCYIYABY2h0ANMH1QfXB/IAWgYAoLAh8iFva0FhAKBqIgAEYWNlZmlvc3XpB+wH7gf/BwMICQgOCBEIcAAAoAUpeQAcZAABZGzyB/kHaSR1bVNwYWNlAACgXyBsI2ludHJmAACgMyFyAADgNdgQ3e4jdXNQbHVzAKATInAAZgAA4DXYRN1jAPIA/gecY4AESmFjZWZvc3R1ACEIJAgoCDUIgQiFCDsKQApHCmMAeQAKZGMidXRlAENhgAFhZXkALggxCDQI8iFvbkdh5CFpbEVhHWSAAWdzdwA7CGEIfQjhInRpdmWAAU1UVgBECEwIWQhlJWRpdW1TcGFjZQAAoAsgaABpAAABY25SCFMIawBTAHAAYQBjAOUASwhlAHIAeQBUAGgAaQDuAFQI9CFlZAABR0xnCHUIcgBlAGEAdABlAHIARwByAGUAYQB0AGUA8gDrBGUAcwBzAEwAZQBzAPMA2wdMImluZQAKYHIAAOA12BHdAAJCbnB0jAiRCJkInAhyImVhawAAoGAgwiZyZWFraW5nU3BhY2WgYGYAAKAVIUOq7CqzCMIIzQgAAOcIGwkAAAAAAAAtCQAAbwkAAIcJAACdCcAJGQoAADQKAAFvdbYIvAjuI2dydWVudACgYiJwIkNhcAAAoG0ibyh1YmxlVmVydGljYWxCYXIAAKAmIoABbHF4ANII1wjhCOUibWVudACgCSL1IWFsVKBgImkibGRlAADgQiI4A2kic3RzAACgBCJyI2VhdGVyAACjbyJFRkdMU1T1CPoIAgkJCQ0JFQlxInVhbAAAoHEidSRsbEVxdWFsAADgZyI4A3IjZWF0ZXIAAOBrIjgD5SFzcwCgeSLsJGFudEVxdWFsAOB+KjgDaSJsZGUAAKB1IvUhbXBEASAJJwnvI3duSHVtcADgTiI4A3EidWFsAADgTyI4A2UAAAFmczEJRgn0JFRyaWFuZ2xlQqLqIj0JAAAAAEIJYQByAADgzyk4A3EidWFsAACg7CJzAICibiJFR0xTVABRCVYJXAlhCWkJcSJ1YWwAAKBwInIjZWF0ZXIAAKB4IuUhc3MA4GoiOAPsJGFudEVxdWFsAOB9KjgDaSJsZGUAAKB0IuUic3RlZAABR0x1CX8J8iZlYXRlckdyZWF0ZXIA4KIqOAPlI3NzTGVzcwDgoSo4A/IjZWNlZGVzAKGAIkVTjwmVCXEidWFsAADgryo4A+wkYW50RXF1YWwAoOAiAAFlaaAJqQl2JmVyc2VFbGVtZW50AACgDCLnJWh0VHJpYW5nbGVCousitgkAAAAAuwlhAHIAAODQKTgDcSJ1YWwAAKDtIgABcXXDCeAJdSNhcmVTdQAAAWJwywnVCfMhZXRF4I8iOANxInVhbAAAoOIi5SJyc2V0ReCQIjgDcSJ1YWwAAKDjIoABYmNwAOYJ8AkNCvMhZXRF4IIi0iBxInVhbAAAoIgi4yJlZWRzgKGBIkVTVAD6CQAKBwpxInVhbAAA4LAqOAPsJGFudEVxdWFsAKDhImkibGRlAADgfyI4A+UicnNldEXggyLSIHEidWFsAACgiSJpImxkZQCAoUEiRUZUACIKJwouCnEidWFsAACgRCJ1JGxsRXF1YWwAAKBHImkibGRlAACgSSJlJXJ0aWNhbEJhcgAAoCQiYwByAADgNdip3GkAbABkAGUAO4DRANFAnWMAB0VhY2RmZ21vcHJzdHV2XgphCmgKcgp2CnoKgQqRCpYKqwqtCrsKyArNCuwhaWdSYWMAdQB0AGUAO4DTANNAAAFpeWwKcQpyAGMAO4DUANRAHmRiImxhYwBQYXIAAOA12BLdcgBhAHYAZQA7gNIA0kCAAWFlaQCHCooKjQpjAHIATGFnAGEAqWNjInJvbgCfY3AAZgAA4DXYRt3lI25DdXJseQABRFGeCqYKbyV1YmxlUXVvdGUAAKAcIHUib3RlAACgGCAAoFQqAAFjbLEKtQpyAADgNdiq3GEAcwBoADuA2ADYQGkAbAHACsUKZABlADuA1QDVQGUAcwAAoDcqbQBsADuA1gDWQGUAcgAAAUJQ0wrmCgABYXLXCtoKcgAAoD4gYQBjAAABZWvgCuIKAKDeI2UAdAAAoLQjYSVyZW50aGVzaXMAAKDcI4AEYWNmaGlsb3JzAP0KAwsFCwkLCwsMCxELIwtaC3IjdGlhbEQAAKACInkAH2RyAADgNdgT3WkApmOgY/Ujc01pbnVzsWAAAWlwFQsgC24AYwBhAHIAZQBwAGwAYQBuAOUACgVmAACgGSGAobsqZWlvACoLRQtJC+MiZWRlc4CheiJFU1QANAs5C0ALcSJ1YWwAAKCvKuwkYW50RXF1YWwAoHwiaSJsZGUAAKB+Im0AZQAAoDMgAAFkcE0LUQv1IWN0AKAPIm8jcnRpb24AYaA3ImwAAKAdIgABY2leC2ILcgAA4DXYq9yoYwACVWZvc2oLbwtzC3cLTwBUADuAIgAiQHIAAOA12BTdcABmAACgGiFjAHIAAOA12KzcAAZCRWFjZWZoaW9yc3WPC5MLlwupC7YL2AvbC90LhQyTDJoMowzhIXJyAKAQKUcAO4CuAK5AgAFjbnIAnQugC6ML9SF0ZVRhZwAAoOsncgB0oKAhbAAAoBYpgAFhZXkArwuyC7UL8iFvblhh5CFpbFZhIGR2oBwhZSJyc2UAAAFFVb8LzwsAAWxxwwvIC+UibWVudACgCyL1JGlsaWJyaXVtAKDLIXAmRXF1aWxpYnJpdW0AAKBvKXIAAKAcIW8AoWPnIWh0AARBQ0RGVFVWYewLCgwQDDIMNwxeDHwM9gIAAW5y8Av4C2clbGVCcmFja2V0AACg6SfyIW93AKGSIUJM/wsDDGEAcgAAoOUhZSRmdEFycm93AACgxCFlI2lsaW5nAACgCSNvAPUBFgwAAB4MYiVsZUJyYWNrZXQAAKDnJ24A1AEjDAAAKgxlJGVWZWN0b3IAAKBdKeUiY3RvckKgwiFhAHIAAKBVKWwib29yAACgCyMAAWVyOwxLDGUAAKGiIkFWQQxGDHIicm93AACgpiHlImN0b3IAoFspaSNhbmdsZQBCorMiVgwAAAAAWgxhAHIAAKDQKXEidWFsAACgtSJwAIABRFRWAGUMbAxzDO8kd25WZWN0b3IAoE8pZSRlVmVjdG9yAACgXCnlImN0b3JCoL4hYQByAACgVCnlImN0b3JCoMAhYQByAACgUykAAXB1iQyMDGYAAKAdIe4kZEltcGxpZXMAoHAp6SRnaHRhcnJvdwCg2yEAAWNongyhDHIAAKAbIQCgsSHsJGVEZWxheWVkAKD0KYAGSE9hY2ZoaW1vcXN0dQC/DMgMzAzQDOIM5gwKDQ0NFA0ZDU8NVA1YDQABQ2PDDMYMyCFjeSlkeQAoZEYiVGN5ACxkYyJ1dGUAWmEAorwqYWVpedgM2wzeDOEM8iFvbmBh5CFpbF5hcgBjAFxhIWRyAADgNdgW3e8hcnQAAkRMUlXvDPYM/QwEDW8kd25BcnJvdwAAoJMhZSRmdEFycm93AACgkCHpJGdodEFycm93AKCSIXAjQXJyb3cAAKCRIechbWGjY+EkbGxDaXJjbGUAoBgicABmAADgNdhK3XICHw0AAAAAIg10AACgGiLhIXJlgKGhJUlTVQAqDTINSg3uJXRlcnNlY3Rpb24AoJMidQAAAWJwNw1ADfMhZXRFoI8icSJ1YWwAAKCRIuUicnNldEWgkCJxInVhbAAAoJIibiJpb24AAKCUImMAcgAA4DXYrtxhAHIAAKDGIgACYmNtcF8Nag2ODZANc6DQImUAdABFoNAicSJ1YWwAAKCGIgABY2huDYkNZSJlZHMAgKF7IkVTVAB4DX0NhA1xInVhbAAAoLAq7CRhbnRFcXVhbACgfSJpImxkZQAAoH8iVABoAGEA9ADHCwCgESIAodEiZXOVDZ8NciJzZXQARaCDInEidWFsAACghyJlAHQAAKDRIoAFSFJTYWNmaGlvcnMAtQ27Db8NyA3ODdsN3w3+DRgOHQ4jDk8AUgBOADuA3gDeQMEhREUAoCIhAAFIY8MNxg1jAHkAC2R5ACZkAAFidcwNzQ0JYKRjgAFhZXkA1A3XDdoN8iFvbmRh5CFpbGJhImRyAADgNdgX3QABZWnjDe4N8gHoDQAA7Q3lImZvcmUAoDQiYQCYYwABY27yDfkNayNTcGFjZQAA4F8gCiDTInBhY2UAoAkg7CFkZYChPCJFRlQABw4MDhMOcSJ1YWwAAKBDInUkbGxFcXVhbAAAoEUiaSJsZGUAAKBIInAAZgAA4DXYS93pI3BsZURvdACg2yAAAWN0Jw4rDnIAAOA12K/c8iFva2Zh4QpFDlYOYA5qDgAAbg5yDgAAAAAAAAAAAAB5DnwOqA6zDgAADg8RDxYPGg8AAWNySA5ODnUAdABlADuA2gDaQHIAb6CfIeMhaXIAoEkpcgDjAVsOAABdDnkADmR2AGUAbGEAAWl5Yw5oDnIAYwA7gNsA20AjZGIibGFjAHBhcgAA4DXYGN1yAGEAdgBlADuA2QDZQOEhY3JqYQABZGl/Dp8OZQByAAABQlCFDpcOAAFhcokOiw5yAF9gYQBjAAABZWuRDpMOAKDfI2UAdAAAoLUjYSVyZW50aGVzaXMAAKDdI28AbgBQoMMi7CF1cwCgjiIAAWdwqw6uDm8AbgByYWYAAOA12EzdAARBREVUYWRwc78O0g7ZDuEOBQPqDvMOBw9yInJvdwDCoZEhyA4AAMwOYQByAACgEilvJHduQXJyb3cAAKDFIW8kd25BcnJvdwAAoJUhcSV1aWxpYnJpdW0AAKBuKWUAZQBBoKUiciJyb3cAAKClIW8AdwBuAGEAcgByAG8A9wAQA2UAcgAAAUxS+Q4AD2UkZnRBcnJvdwAAoJYh6SRnaHRBcnJvdwCglyFpAGyg0gNvAG4ApWPpIW5nbmFjAHIAAOA12LDcaSJsZGUAaGFtAGwAO4DcANxAgAREYmNkZWZvc3YALQ8xDzUPNw89D3IPdg97D4AP4SFzaACgqyJhAHIAAKDrKnkAEmThIXNobKCpIgCg5ioAAWVyQQ9DDwCgwSKAAWJ0eQBJD00Paw9hAHIAAKAWIGmgFiDjIWFsAAJCTFNUWA9cD18PZg9hAHIAAKAjIukhbmV8YGUkcGFyYXRvcgAAoFgnaSJsZGUAAKBAItQkaGluU3BhY2UAoAogcgAA4DXYGd1wAGYAAOA12E3dYwByAADgNdix3GQiYXNoAACgqiKAAmNlZm9zAI4PkQ+VD5kPng/pIXJjdGHkIWdlAKDAInIAAOA12BrdcABmAADgNdhO3WMAcgAA4DXYstwAAmZpb3OqD64Prw+0D3IAAOA12BvdnmNwAGYAAOA12E/dYwByAADgNdiz3IAEQUlVYWNmb3N1AMgPyw/OD9EP2A/gD+QP6Q/uD2MAeQAvZGMAeQAHZGMAeQAuZGMAdQB0AGUAO4DdAN1AAAFpedwP3w9yAGMAdmErZHIAAOA12BzdcABmAADgNdhQ3WMAcgAA4DXYtNxtAGwAeGEABEhhY2RlZm9z/g8BEAUQDRAQEB0QIBAkEGMAeQAWZGMidXRlAHlhAAFheQkQDBDyIW9ufWEXZG8AdAB7YfIBFRAAABwQbwBXAGkAZAB0AOgAVAhhAJZjcgAAoCghcABmAACgJCFjAHIAAOA12LXc4QtCEEkQTRAAAGcQbRByEAAAAAAAAAAAeRCKEJcQ8hD9EAAAGxEhETIROREAAD4RYwB1AHQAZQA7gOEA4UByImV2ZQADYYCiPiJFZGl1eQBWEFkQWxBgEGUQAOA+IjMDAKA/InIAYwA7gOIA4kB0AGUAO4C0ALRAMGRsAGkAZwA7gOYA5kByoGEgAOA12B7dcgBhAHYAZQA7gOAA4EAAAWVwfBCGEAABZnCAEIQQ8yF5bQCgNSHoAIMQaABhALFjAAFhcI0QWwAAAWNskRCTEHIAAWFnAACgPypkApwQAAAAALEQAKInImFkc3ajEKcQqRCuEG4AZAAAoFUqAKBcKmwib3BlAACgWCoAoFoqAKMgImVsbXJzersQvRDAEN0Q5RDtEACgpCllAACgICJzAGQAYaAhImEEzhDQENIQ1BDWENgQ2hDcEACgqCkAoKkpAKCqKQCgqykAoKwpAKCtKQCgrikAoK8pdAB2oB8iYgBkoL4iAKCdKQABcHTpEOwQaAAAoCIixWDhIXJyAKB8IwABZ3D1EPgQbwBuAAVhZgAA4DXYUt0Ao0giRWFlaW9wBxEJEQ0RDxESERQRAKBwKuMhaXIAoG8qAKBKImQAAKBLInMAJ2DyIW94ZaBIIvEADhFpAG4AZwA7gOUA5UCAAWN0eQAmESoRKxFyAADgNdi23CpgbQBwAGWgSCLxAPgBaQBsAGQAZQA7gOMA40BtAGwAO4DkAORAAAFjaUERRxFvAG4AaQBuAPQA6AFuAHQAAKARKgAITmFiY2RlZmlrbG5vcHJzdWQRaBGXEZ8RpxGrEdIR1hErEjASexKKEn0RThNbE3oTbwB0AACg7SoAAWNybBGJEWsAAAJjZXBzdBF4EX0RghHvIW5nAKBMInAjc2lsb24A9mNyImltZQAAoDUgaQBtAGWgPSJxAACgzSJ2AY0RkRFlAGUAAKC9ImUAZABnoAUjZQAAoAUjcgBrAHSgtSPiIXJrAKC2IwABb3mjEaYRbgDnAHcRMWTxIXVvAKAeIIACY21wcnQAtBG5Eb4RwRHFEeEhdXPloDUi5ABwInR5dgAAoLApcwDpAH0RbgBvAPUA6gCAAWFodwDLEcwRzhGyYwCgNiHlIWVuAKBsInIAAOA12B/dZwCAA2Nvc3R1dncA4xHyEQUSEhIhEiYSKRKAAWFpdQDpEesR7xHwAKMFcgBjAACg7yVwAACgwyKAAWRwdAD4EfwRABJvAHQAAKAAKuwhdXMAoAEqaSJtZXMAAKACKnECCxIAAAAADxLjIXVwAKAGKmEAcgAAoAUm8iNpYW5nbGUAAWR1GhIeEu8hd24AoL0lcAAAoLMlcCJsdXMAAKAEKmUA5QBCD+UAkg9hInJvdwAAoA0pgAFha28ANhJoEncSAAFjbjoSZRJrAIABbHN0AEESRxJNEm8jemVuZ2UAAKDrKXEAdQBhAHIA5QBcBPIjaWFuZ2xlgKG0JWRscgBYElwSYBLvIXduAKC+JeUhZnQAoMIlaSJnaHQAAKC4JWsAAKAjJLEBbRIAAHUSsgFxEgAAcxIAoJIlAKCRJTQAAKCTJWMAawAAoIglAAFlb38ShxJx4D0A5SD1IWl2AOBhIuUgdAAAoBAjAAJwdHd4kRKVEpsSnxJmAADgNdhT3XSgpSJvAG0AAKClIvQhaWUAoMgiAAZESFVWYmRobXB0dXayEsES0RLgEvcS+xIKExoTHxMjEygTNxMAAkxSbHK5ErsSvRK/EgCgVyUAoFQlAKBWJQCgUyUAolAlRFVkdckSyxLNEs8SAKBmJQCgaSUAoGQlAKBnJQACTFJsctgS2hLcEt4SAKBdJQCgWiUAoFwlAKBZJQCjUSVITFJobHLrEu0S7xLxEvMS9RIAoGwlAKBjJQCgYCUAoGslAKBiJQCgXyVvAHgAAKDJKQACTFJscgITBBMGEwgTAKBVJQCgUiUAoBAlAKAMJQCiACVEVWR1EhMUExYTGBMAoGUlAKBoJQCgLCUAoDQlaSJudXMAAKCfIuwhdXMAoJ4iaSJtZXMAAKCgIgACTFJsci8TMRMzEzUTAKBbJQCgWCUAoBglAKAUJQCjAiVITFJobHJCE0QTRhNIE0oTTBMAoGolAKBhJQCgXiUAoDwlAKAkJQCgHCUAAWV2UhNVE3YA5QD5AGIAYQByADuApgCmQAACY2Vpb2ITZhNqE24TcgAA4DXYt9xtAGkAAKBPIG0A5aA9IogRbAAAoVwAYmh0E3YTAKDFKfMhdWIAoMgnbAF+E4QTbABloCIgdAAAoCIgcAAAoU4iRWWJE4sTAKCuKvGgTyI8BeEMqRMAAN8TABQDFB8UAAAjFDQUAAAAAIUUAAAAAI0UAAAAANcU4xT3FPsUAACIFQAAlhWAAWNwcgCuE7ET1RP1IXRlB2GAoikiYWJjZHMAuxO/E8QTzhPSE24AZAAAoEQqciJjdXAAAKBJKgABYXXIE8sTcAAAoEsqcAAAoEcqbwB0AACgQCoA4CkiAP4AAWVv2RPcE3QAAKBBIO4ABAUAAmFlaXXlE+8T9RP4E/AB6hMAAO0TcwAAoE0qbwBuAA1hZABpAGwAO4DnAOdAcgBjAAlhcABzAHOgTCptAACgUCpvAHQAC2GAAWRtbgAIFA0UEhRpAGwAO4C4ALhAcCJ0eXYAAKCyKXQAAIGiADtlGBQZFKJAcgBkAG8A9ABiAXIAAOA12CDdgAFjZWkAKBQqFDIUeQBHZGMAawBtoBMn4SFyawCgEyfHY3IAAKPLJUVjZWZtcz8UQRRHFHcUfBSAFACgwykAocYCZWxGFEkUcQAAoFciZQBhAlAUAAAAAGAUciJyb3cAAAFsclYUWhTlIWZ0AKC6IWkiZ2h0AACguyGAAlJTYWNkAGgUaRRrFG8UcxSuYACgyCRzAHQAAKCbIukhcmMAoJoi4SFzaACgnSJuImludAAAoBAqaQBkAACg7yrjIWlyAKDCKfUhYnN1oGMmaQB0AACgYybsApMUmhS2FAAAwxRvAG4AZaA6APGgVCKrAG0CnxQAAAAAoxRhAHSgLABAYAChASJmbKcUqRTuABMNZQAAAW14rhSyFOUhbnQAoAEiZQDzANIB5wG6FAAAwBRkoEUibwB0AACgbSpuAPQAzAGAAWZyeQDIFMsUzhQA4DXYVN1vAOQA1wEAgakAO3MeAdMUcgAAoBchAAFhb9oU3hRyAHIAAKC1IXMAcwAAoBcnAAFjdeYU6hRyAADgNdi43AABYnDuFPIUZaDPKgCg0SploNAqAKDSKuQhb3QAoO8igANkZWxwcnZ3AAYVEBUbFSEVRBVlFYQV4SFycgABbHIMFQ4VAKA4KQCgNSlwAhYVAAAAABkVcgAAoN4iYwAAoN8i4SFycnCgtiEAoD0pgKIqImJjZG9zACsVMBU6FT4VQRVyImNhcAAAoEgqAAFhdTQVNxVwAACgRipwAACgSipvAHQAAKCNInIAAKBFKgDgKiIA/gACYWxydksVURVuFXMVcgByAG2gtyEAoDwpeQCAAWV2dwBYFWUVaRVxAHACXxUAAAAAYxVyAGUA4wAXFXUA4wAZFWUAZQAAoM4iZSJkZ2UAAKDPImUAbgA7gKQApEBlI2Fycm93AAABbHJ7FX8V5SFmdACgtiFpImdodAAAoLchZQDkAG0VAAFjaYsVkRVvAG4AaQBuAPQAkwFuAHQAAKAxImwiY3R5AACgLSOACUFIYWJjZGVmaGlqbG9yc3R1d3oAuBW7Fb8V1RXgFegV+RUKFhUWHxZUFlcWZRbFFtsW7xb7FgUXChdyAPIAtAJhAHIAAKBlKQACZ2xyc8YVyhXOFdAV5yFlcgCgICDlIXRoAKA4IfIA9QxoAHagECAAoKMiawHZFd4VYSJyb3cAAKAPKWEA4wBfAgABYXnkFecV8iFvbg9hNGQAoUYhYW/tFfQVAAFnciEC8RVyAACgyiF0InNlcQAAoHcqgAFnbG0A/xUCFgUWO4CwALBAdABhALRjcCJ0eXYAAKCxKQABaXIOFhIW8yFodACgfykA4DXYId1hAHIAAAFschsWHRYAoMMhAKDCIYACYWVnc3YAKBauAjYWOhY+Fm0AAKHEIm9zLhY0Fm4AZABzoMQi9SFpdACgZiZhIm1tYQDdY2kAbgAAoPIiAKH3AGlvQxZRFmQAZQAAgfcAO29KFksW90BuI3RpbWVzAACgxyJuAPgAUBZjAHkAUmRjAG8CXhYAAAAAYhZyAG4AAKAeI28AcAAAoA0jgAJscHR1dwBuFnEWdRaSFp4W7CFhciRgZgAA4DXYVd0AotkCZW1wc30WhBaJFo0WcQBkoFAibwB0AACgUSJpIm51cwAAoDgi7CF1cwCgFCLxInVhcmUAoKEiYgBsAGUAYgBhAHIAdwBlAGQAZwDlANcAbgCAAWFkaAClFqoWtBZyAHIAbwD3APUMbwB3AG4AYQByAHIAbwB3APMA8xVhI3Jwb29uAAABbHK8FsAWZQBmAPQAHBZpAGcAaAD0AB4WYgHJFs8WawBhAHIAbwD3AJILbwLUFgAAAADYFnIAbgAAoB8jbwBwAACgDCOAAWNvdADhFukW7BYAAXJ55RboFgDgNdi53FVkbAAAoPYp8iFvaxFhAAFkcvMW9xZvAHQAAKDxImkA5qC/JVsSAAFhaP8WAhdyAPIANQNhAPIA1wvhIm5nbGUAoKYpAAFjaQ4XEBd5AF9k5yJyYXJyAKD/JwAJRGFjZGVmZ2xtbm9wcXJzdHV4MRc4F0YXWxcyBF4XaRd5F40XrBe0F78X2RcVGCEYLRg1GEAYAAFEbzUXgRZvAPQA+BUAAWNzPBdCF3UAdABlADuA6QDpQPQhZXIAoG4qAAJhaW95TRdQF1YXWhfyIW9uG2FyAGOgViI7gOoA6kDsIW9uAKBVIk1kbwB0ABdhAAFEcmIXZhdvAHQAAKBSIgDgNdgi3XKhmipuF3QXYQB2AGUAO4DoAOhAZKCWKm8AdAAAoJgqgKGZKmlscwCAF4UXhxfuInRlcnMAoOcjAKATIWSglSpvAHQAAKCXKoABYXBzAJMXlheiF2MAcgATYXQAeQBzogUinxcAAAAAoRdlAHQAAKAFInAAMaADIDMBqRerFwCgBCAAoAUgAAFnc7AXsRdLYXAAAKACIAABZ3C4F7sXbwBuABlhZgAA4DXYVt2AAWFscwDFF8sXzxdyAHOg1SJsAACg4yl1AHMAAKBxKmkAAKG1A2x21RfYF28AbgC1Y/VjAAJjc3V24BfoF/0XEBgAAWlv5BdWF3IAYwAAoFYiaQLuFwAAAADwF+0ADQThIW50AAFnbPUX+Rd0AHIAAKCWKuUhc3MAoJUqgAFhZWkAAxgGGAoYbABzAD1gcwB0AACgXyJ2AESgYSJEAACgeCrwImFyc2wAoOUpAAFEYRkYHRhvAHQAAKBTInIAcgAAoHEpgAFjZGkAJxgqGO0XcgAAoC8hbwD0AIwCAAFhaDEYMhi3YzuA8ADwQAABbXI5GD0YbAA7gOsA60BvAACgrCCAAWNpcABGGEgYSxhsACFgcwD0ACwEAAFlb08YVxhjAHQAYQB0AGkAbwDuABoEbgBlAG4AdABpAGEAbADlADME4Ql1GAAAgRgAAIMYiBgAAAAAoRilGAAAqhgAALsYvhjRGAAA1xgnGWwAbABpAG4AZwBkAG8AdABzAGUA8QBlF3kARGRtImFsZQAAoEAmgAFpbHIAjRiRGJ0Y7CFpZwCgA/tpApcYAAAAAJoYZwAAoAD7aQBnAACgBPsA4DXYI93sIWlnAKAB++whaWcA4GYAagCAAWFsdACvGLIYthh0AACgbSZpAGcAAKAC+24AcwAAoLElbwBmAJJh8AHCGAAAxhhmAADgNdhX3QABYWvJGMwYbADsAGsEdqDUIgCg2SphI3J0aW50AACgDSoAAWFv2hgiGQABY3PeGB8ZsQPnGP0YBRkSGRUZAAAdGbID7xjyGPQY9xj5GAAA+xg7gL0AvUAAoFMhO4C8ALxAAKBVIQCgWSEAoFshswEBGQAAAxkAoFQhAKBWIbQCCxkOGQAAAAAQGTuAvgC+QACgVyEAoFwhNQAAoFghtgEZGQAAGxkAoFohAKBdITgAAKBeIWwAAKBEIHcAbgAAoCIjYwByAADgNdi73IAIRWFiY2RlZmdpamxub3JzdHYARhlKGVoZXhlmGWkZkhmWGZkZnRmgGa0ZxhnLGc8Z4BkjGmygZyIAoIwqgAFjbXAAUBlTGVgZ9SF0ZfVhbQBhAOSgswM6FgCghipyImV2ZQAfYQABaXliGWUZcgBjAB1hM2RvAHQAIWGAoWUibHFzAMYEcBl6GfGhZSLOBAAAdhlsAGEAbgD0AN8EgKF+KmNkbACBGYQZjBljAACgqSpvAHQAb6CAKmyggioAoIQqZeDbIgD+cwAAoJQqcgAA4DXYJN3noGsirATtIWVsAKA3IWMAeQBTZIChdyJFYWoApxmpGasZAKCSKgCgpSoAoKQqAAJFYWVztBm2Gb0ZwhkAoGkicABwoIoq8iFveACgiipxoIgq8aCIKrUZaQBtAACg5yJwAGYAAOA12FjdYQB2AOUAYwIAAWNp0xnWGXIAAKAKIW0AAKFzImVs3BneGQCgjioAoJAqAIM+ADtjZGxxco0E6xn0GfgZ/BkBGgABY2nvGfEZAKCnKnIAAKB6Km8AdAAAoNci0CFhcgCglSl1ImVzdAAAoHwqgAJhZGVscwAKGvQZFhrVBCAa8AEPGgAAFBpwAHIAbwD4AFkZcgAAoHgpcQAAAWxxxAQbGmwAZQBzAPMASRlpAO0A5AQAAWVuJxouGnIjdG5lcXEAAOBpIgD+xQAsGgAFQWFiY2Vma29zeUAaQxpmGmoabRqDGocalhrCGtMacgDyAMwCAAJpbG1yShpOGlAaVBpyAHMA8ABxD2YAvWBpAGwA9AASBQABZHJYGlsaYwB5AEpkAKGUIWN3YBpkGmkAcgAAoEgpAKCtIWEAcgAAoA8h6SFyYyVhgAFhbHIAcxp7Gn8a8iF0c3WgZSZpAHQAAKBlJuwhaXAAoCYg4yFvbgCguSJyAADgNdgl3XMAAAFld4wakRphInJvdwAAoCUpYSJyb3cAAKAmKYACYW1vcHIAnxqjGqcauhq+GnIAcgAAoP8h9CFodACgOyJrAAABbHKsGrMaZSRmdGFycm93AACgqSHpJGdodGFycm93AKCqIWYAAOA12Fnd4iFhcgCgFSCAAWNsdADIGswa0BpyAADgNdi93GEAcwDoAGka8iFvaydhAAFicNca2xr1IWxsAKBDIOghZW4AoBAg4Qr2GgAA/RoAAAgbExsaGwAAIRs7GwAAAAA+G2IbmRuVG6sbAACyG80b0htjAHUAdABlADuA7QDtQAChYyBpeQEbBhtyAGMAO4DuAO5AOGQAAWN4CxsNG3kANWRjAGwAO4ChAKFAAAFmcssCFhsA4DXYJt1yAGEAdgBlADuA7ADsQIChSCFpbm8AJxsyGzYbAAFpbisbLxtuAHQAAKAMKnQAAKAtIuYhaW4AoNwpdABhAACgKSHsIWlnM2GAAWFvcABDG1sbXhuAAWNndABJG0sbWRtyACthgAFlbHAAcQVRG1UbaQBuAOUAyAVhAHIA9AByBWgAMWFmAACgtyJlAGQAtWEAoggiY2ZvdGkbbRt1G3kb4SFyZQCgBSFpAG4AdKAeImkAZQAAoN0pZABvAPQAWxsAoisiY2VscIEbhRuPG5QbYQBsAACguiIAAWdyiRuNG2UAcgDzACMQ4wCCG2EicmhrAACgFyryIW9kAKA8KgACY2dwdJ8boRukG6gbeQBRZG8AbgAvYWYAAOA12FrdYQC5Y3UAZQBzAHQAO4C/AL9AAAFjabUbuRtyAADgNdi+3G4AAKIIIkVkc3bCG8QbyBvQAwCg+SJvAHQAAKD1Inag9CIAoPMiaaBiIOwhZGUpYesB1hsAANkbYwB5AFZkbAA7gO8A70AAA2NmbW9zdeYb7hvyG/Ub+hsFHAABaXnqG+0bcgBjADVhOWRyAADgNdgn3eEhdGg3YnAAZgAA4DXYW93jAf8bAAADHHIAAOA12L/c8iFjeVhk6yFjeVRkAARhY2ZnaGpvcxUcGhwiHCYcKhwtHDAcNRzwIXBhdqC6A/BjAAFleR4cIRzkIWlsN2E6ZHIAAOA12CjdciJlZW4AOGFjAHkARWRjAHkAXGRwAGYAAOA12FzdYwByAADgNdjA3IALQUJFSGFiY2RlZmdoamxtbm9wcnN0dXYAXhxtHHEcdRx5HN8cBx0dHTwd3B3tHfEdAR4EHh0eLB5FHrwewx7hHgkfPR9LH4ABYXJ0AGQcZxxpHHIA8gBvB/IAxQLhIWlsAKAbKeEhcnIAoA4pZ6BmIgCgiyphAHIAAKBiKWMJjRwAAJAcAACVHAAAAAAAAAAAAACZHJwcAACmHKgcrRwAANIc9SF0ZTph7SJwdHl2AKC0KXIAYQDuAFoG4iFkYbtjZwAAoegnZGyhHKMcAKCRKeUAiwYAoIUqdQBvADuAqwCrQHIAgKOQIWJmaGxwc3QAuhy/HMIcxBzHHMoczhxmoOQhcwAAoB8pcwAAoB0p6wCyGnAAAKCrIWwAAKA5KWkAbQAAoHMpbAAAoKIhAKGrKmFl1hzaHGkAbAAAoBkpc6CtKgDgrSoA/oABYWJyAOUc6RztHHIAcgAAoAwpcgBrAACgcicAAWFr8Rz4HGMAAAFla/Yc9xx7YFtgAAFlc/wc/hwAoIspbAAAAWR1Ax0FHQCgjykAoI0pAAJhZXV5Dh0RHRodHB3yIW9uPmEAAWRpFR0YHWkAbAA8YewAowbiAPccO2QAAmNxcnMkHScdLB05HWEAAKA2KXUAbwDyoBwgqhEAAWR1MB00HeghYXIAoGcpcyJoYXIAAKBLKWgAAKCyIQCiZCJmZ3FzRB1FB5Qdnh10AIACYWhscnQATh1WHWUdbB2NHXIicm93AHSgkCFhAOkAzxxhI3Jwb29uAAABZHVeHWId7yF3bgCgvSFwAACgvCHlJGZ0YXJyb3dzAKDHIWkiZ2h0AIABYWhzAHUdex2DHXIicm93APOglCGdBmEAcgBwAG8AbwBuAPMAzgtxAHUAaQBnAGEAcgByAG8A9wBlGugkcmVldGltZXMAoMsi8aFkIk0HAACaHWwAYQBuAPQAXgcAon0qY2Rnc6YdqR2xHbcdYwAAoKgqbwB0AG+gfypyoIEqAKCDKmXg2iIA/nMAAKCTKoACYWRlZ3MAwB3GHcod1h3ZHXAAcAByAG8A+ACmHG8AdAAAoNYicQAAAWdxzx3SHXQA8gBGB2cAdADyAHQcdADyAFMHaQDtAGMHgAFpbHIA4h3mHeod8yFodACgfClvAG8A8gDKBgDgNdgp3UWgdiIAoJEqYQH1Hf4dcgAAAWR1YB35HWygvCEAoGopbABrAACghCVjAHkAWWQAomoiYWNodAweDx4VHhkecgDyAGsdbwByAG4AZQDyAGAW4SFyZACgaylyAGkAAKD6JQABaW8hHiQe5CFvdEBh9SFzdGGgsCPjIWhlAKCwIwACRWFlczMeNR48HkEeAKBoInAAcKCJKvIhb3gAoIkqcaCHKvGghyo0HmkAbQAAoOYiAARhYm5vcHR3elIeXB5fHoUelh6mHqsetB4AAW5yVh5ZHmcAAKDsJ3IAAKD9IXIA6wCwBmcAgAFsbXIAZh52Hnse5SFmdAABYXKIB2weaQBnAGgAdABhAHIAcgBvAPcAkwfhInBzdG8AoPwnaQBnAGgAdABhAHIAcgBvAPcAmgdwI2Fycm93AAABbHKNHpEeZQBmAPQAxhxpImdodAAAoKwhgAFhZmwAnB6fHqIecgAAoIUpAOA12F3ddQBzAACgLSppIm1lcwAAoDQqYQGvHrMecwB0AACgFyLhAIoOZaHKJbkeRhLuIWdlAKDKJWEAcgBsoCgAdAAAoJMpgAJhY2htdADMHs8e1R7bHt0ecgDyAJ0GbwByAG4AZQDyANYWYQByAGSgyyEAoG0pAKAOIHIAaQAAoL8iAANhY2hpcXTrHu8e1QfzHv0eBh/xIXVvAKA5IHIAAOA12MHcbQDloXIi+h4AAPweAKCNKgCgjyoAAWJ19xwBH28AcqAYIACgGiDyIW9rQmEAhDwAO2NkaGlscXJCBhcfxh0gHyQfKB8sHzEfAAFjaRsfHR8AoKYqcgAAoHkqcgBlAOUAkx3tIWVzAKDJIuEhcnIAoHYpdSJlc3QAAKB7KgABUGk1HzkfYQByAACglillocMlAgdfEnIAAAFkdUIfRx9zImhhcgAAoEop6CFhcgCgZikAAWVuTx9WH3IjdG5lcXEAAOBoIgD+xQBUHwAHRGFjZGVmaGlsbm9wc3VuH3Ifoh+rH68ftx+7H74f5h/uH/MfBwj/HwsgxCFvdACgOiIAAmNscHJ5H30fiR+eH3IAO4CvAK9AAAFldIEfgx8AoEImZaAgJ3MAZQAAoCAnc6CmIXQAbwCAoaYhZGx1AJQfmB+cH28AdwDuAHkDZQBmAPQA6gbwAOkO6yFlcgCgriUAAW95ph+qH+0hbWEAoCkqPGThIXNoAKAUIOElc3VyZWRhbmdsZQCgISJyAADgNdgq3W8AAKAnIYABY2RuAMQfyR/bH3IAbwA7gLUAtUBhoiMi0B8AANMf1x9zAPQAKxFpAHIAAKDwKm8AdAA7gLcAt0B1AHMA4qESIh4TAADjH3WgOCIAoCoqYwHqH+0fcAAAoNsq8gB+GnAAbAB1APMACAgAAWRw9x/7H+UhbHMAoKciZgAA4DXYXt0AAWN0AyAHIHIAAOA12MLc8CFvcwCgPiJsobwDECAVIPQiaW1hcACguCJhAPAAEyAADEdMUlZhYmNkZWZnaGlqbG1vcHJzdHV2dzwgRyBmIG0geSCqILgg2iDeIBEhFSEyIUMhTSFQIZwhnyHSIQAiIyKLIrEivyIUIwABZ3RAIEMgAODZIjgD9uBrItIgBwmAAWVsdABNIF8gYiBmAHQAAAFhclMgWCByInJvdwAAoM0h6SRnaHRhcnJvdwCgziEA4NgiOAP24Goi0iBfCekkZ2h0YXJyb3cAoM8hAAFEZHEgdSDhIXNoAKCvIuEhc2gAoK4igAJiY25wdACCIIYgiSCNIKIgbABhAACgByL1IXRlRGFnAADgICLSIACiSSJFaW9wlSCYIJwgniAA4HAqOANkAADgSyI4A3MASWFyAG8A+AAyCnUAcgBhoG4mbADzoG4mmwjzAa8gAACzIHAAO4CgAKBAbQBwAOXgTiI4AyoJgAJhZW91eQDBIMogzSDWINkg8AHGIAAAyCAAoEMqbwBuAEhh5CFpbEZhbgBnAGSgRyJvAHQAAOBtKjgDcAAAoEIqPWThIXNoAKATIACjYCJBYWRxc3jpIO0g+SD+IAIhDCFyAHIAAKDXIXIAAAFocvIg9SBrAACgJClvoJch9wAGD28AdAAA4FAiOAN1AGkA9gC7CAABZWkGIQohYQByAACgKCntAN8I6SFzdPOgBCLlCHIAAOA12CvdAAJFZXN0/wgcISshLiHxoXEiIiEAABMJ8aFxIgAJAAAnIWwAYQBuAPQAEwlpAO0AGQlyoG8iAKBvIoABQWFwADghOyE/IXIA8gBeIHIAcgAAoK4hYQByAACg8ipzogsiSiEAAAAAxwtkoPwiAKD6ImMAeQBaZIADQUVhZGVzdABcIV8hYiFmIWkhkyGWIXIA8gBXIADgZiI4A3IAcgAAoJohcgAAoCUggKFwImZxcwBwIYQhjiF0AAABYXJ1IXohcgByAG8A9wBlIWkAZwBoAHQAYQByAHIAbwD3AD4h8aFwImAhAACKIWwAYQBuAPQAZwlz4H0qOAMAoG4iaQDtAG0JcqBuImkA5aDqIkUJaQDkADoKAAFwdKMhpyFmAADgNdhf3YCBrAA7aW4AriGvIcchrEBuAIChCSJFZHYAtyG6Ib8hAOD5IjgDbwB0AADg9SI4A+EB1gjEIcYhAKD3IgCg9iJpAHagDCLhAagJzyHRIQCg/iIAoP0igAFhb3IA2CHsIfEhcgCAoSYiYXN0AOAh5SHpIWwAbABlAOwAywhsAADg/SrlIADgAiI4A2wiaW50AACgFCrjoYAi9yEAAPohdQDlAJsJY+CvKjgDZaCAIvEAkwkAAkFhaXQHIgoiFyIeInIA8gBsIHIAcgAAoZshY3cRIhQiAOAzKTgDAOCdITgDZyRodGFycm93AACgmyFyAGkA5aDrIr4JgANjaGltcHF1AC8iPCJHIpwhTSJQIloigKGBImNlcgA2Iv0JOSJ1AOUABgoA4DXYw9zvIXJ0bQKdIQAAAABEImEAcgDhAOEhbQBloEEi8aBEIiYKYQDyAMsIcwB1AAABYnBWIlgi5QDUCeUA3wmAAWJjcABgInMieCKAoYQiRWVzAGci7glqIgDgxSo4A2UAdABl4IIi0iBxAPGgiCJoImMAZaCBIvEA/gmAoYUiRWVzAH8iFgqCIgDgxio4A2UAdABl4IMi0iBxAPGgiSKAIgACZ2lscpIilCKaIpwi7AAMCWwAZABlADuA8QDxQOcAWwlpI2FuZ2xlAAABbHKkIqoi5SFmdGWg6iLxAEUJaSJnaHQAZaDrIvEAvgltoL0DAKEjAGVzuCK8InIAbwAAoBYhcAAAoAcggARESGFkZ2lscnMAziLSItYi2iLeIugi7SICIw8j4SFzaACgrSLhIXJyAKAEKXAAAOBNItIg4SFzaACgrCIAAWV04iLlIgDgZSLSIADgPgDSIG4iZmluAACg3imAAUFldADzIvci+iJyAHIAAKACKQDgZCLSIHLgPADSIGkAZQAA4LQi0iAAAUF0BiMKI3IAcgAAoAMp8iFpZQDgtSLSIGkAbQAA4Dwi0iCAAUFhbgAaIx4jKiNyAHIAAKDWIXIAAAFociMjJiNrAACgIylvoJYh9wD/DuUhYXIAoCcpUxJqFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVCMAAF4jaSN/I4IjjSOeI8AUAAAAAKYjwCMAANoj3yMAAO8jHiQvJD8kRCQAAWNzVyNsFHUAdABlADuA8wDzQAABaXlhI2cjcgBjoJoiO4D0APRAPmSAAmFiaW9zAHEjdCN3I3EBeiNzAOgAdhTsIWFjUWF2AACgOCrvIWxkAKC8KewhaWdTYQABY3KFI4kjaQByAACgvykA4DXYLN1vA5QjAAAAAJYjAACcI24A22JhAHYAZQA7gPIA8kAAoMEpAAFibaEjjAphAHIAAKC1KQACYWNpdKwjryO6I70jcgDyAFkUAAFpcrMjtiNyAACgvinvIXNzAKC7KW4A5QDZCgCgwCmAAWFlaQDFI8gjyyNjAHIATWFnAGEAyWOAAWNkbgDRI9Qj1iPyIW9uv2MAoLYpdQDzAHgBcABmAADgNdhg3YABYWVsAOQj5yPrI3IAAKC3KXIAcAAAoLkpdQDzAHwBAKMoImFkaW9zdvkj/CMPJBMkFiQbJHIA8gBeFIChXSplZm0AAyQJJAwkcgBvoDQhZgAAoDQhO4CqAKpAO4C6ALpA5yFvZgCgtiJyAACgVipsIm9wZQAAoFcqAKBbKoABY2xvACMkJSQrJPIACCRhAHMAaAA7gPgA+EBsAACgmCJpAGwBMyQ4JGQAZQA7gPUA9UBlAHMAYaCXInMAAKA2Km0AbAA7gPYA9kDiIWFyAKA9I+EKXiQAAHokAAB8JJQkAACYJKkkAAAAALUkEQsAAPAkAAAAAAQleiUAAIMlcgCAoSUiYXN0AGUkbyQBCwCBtgA7bGokayS2QGwAZQDsABgDaQJ1JAAAAAB4JG0AAKDzKgCg/Sp5AD9kcgCAAmNpbXB0AIUkiCSLJJkSjyRuAHQAJWBvAGQALmBpAGwAAKAwIOUhbmsAoDEgcgAA4DXYLd2AAWltbwCdJKAkpCR2oMYD1WNtAGEA9AD+B24AZQAAoA4m9KHAA64kAAC0JGMjaGZvcmsAAKDUItZjAAFhdbgkxCRuAAABY2u9JMIkawBooA8hAKAOIfYAaRpzAACkKwBhYmNkZW1zdNMkIRPXJNsk4STjJOck6yTjIWlyAKAjKmkAcgAAoCIqAAFvdYsW3yQAoCUqAKByKm4AO4CxALFAaQBtAACgJip3AG8AAKAnKoABaXB1APUk+iT+JO4idGludACgFSpmAADgNdhh3W4AZAA7gKMAo0CApHoiRWFjZWlub3N1ABMlFSUYJRslTCVRJVklSSV1JQCgsypwAACgtyp1AOUAPwtjoK8qgKJ6ImFjZW5zACclLSU0JTYlSSVwAHAAcgBvAPgAFyV1AHIAbAB5AGUA8QA/C/EAOAuAAWFlcwA8JUElRSXwInByb3gAoLkqcQBxAACgtSppAG0AAKDoImkA7QBEC20AZQDzoDIgIguAAUVhcwBDJVclRSXwAEAlgAFkZnAATwtfJXElgAFhbHMAZSVpJW0l7CFhcgCgLiPpIW5lAKASI/UhcmYAoBMjdKAdIu8AWQvyIWVsAKCwIgABY2l9JYElcgAA4DXYxdzIY24iY3NwAACgCCAAA2Zpb3BzdZElKxuVJZolnyWkJXIAAOA12C7dcABmAADgNdhi3XIiaW1lAACgVyBjAHIAAOA12MbcgAFhZW8AqiW6JcAldAAAAWVpryW2JXIAbgBpAG8AbgDzABkFbgB0AACgFipzAHQAZaA/APEACRj0AG0LgApBQkhhYmNkZWZoaWxtbm9wcnN0dXgA4yXyJfYl+iVpJpAmpia9JtUm5ib4JlonaCdxJ3UnnietJ7EnyCfiJ+cngAFhcnQA6SXsJe4lcgDyAJkM8gD6AuEhaWwAoBwpYQByAPIA3BVhAHIAAKBkKYADY2RlbnFydAAGJhAmEyYYJiYmKyZaJgABZXUKJg0mAOA9IjEDdABlAFVhaQDjACAN7SJwdHl2AKCzKWcAgKHpJ2RlbAAgJiImJCYAoJIpAKClKeUA9wt1AG8AO4C7ALtAcgAApZIhYWJjZmhscHN0dz0mQCZFJkcmSiZMJk4mUSZVJlgmcAAAoHUpZqDlIXMAAKAgKQCgMylzAACgHinrALka8ACVHmwAAKBFKWkAbQAAoHQpbAAAoKMhAKCdIQABYWleJmImaQBsAACgGilvAG6gNiJhAGwA8wB2C4ABYWJyAG8mciZ2JnIA8gAvEnIAawAAoHMnAAFha3omgSZjAAABZWt/JoAmfWBdYAABZXOFJocmAKCMKWwAAAFkdYwmjiYAoI4pAKCQKQACYWV1eZcmmiajJqUm8iFvbllhAAFkaZ4moSZpAGwAV2HsAA8M4gCAJkBkAAJjbHFzrSawJrUmuiZhAACgNylkImhhcgAAoGkpdQBvAPKgHSCjAWgAAKCzIYABYWNnAMMm0iaUC2wAgKEcIWlwcwDLJs4migxuAOUAoAxhAHIA9ADaC3QAAKCtJYABaWxyANsm3ybjJvMhaHQAoH0pbwBvAPIANgwA4DXYL90AAWFv6ib1JnIAAAFkde8m8SYAoMEhbKDAIQCgbCl2oMED8WOAAWducwD+Jk4nUCdoAHQAAANhaGxyc3QKJxInISc1Jz0nRydyInJvdwB0oJIhYQDpAFYmYSNycG9vbgAAAWR1GiceJ28AdwDuAPAmcAAAoMAh5SFmdAABYWgnJy0ncgByAG8AdwDzAAkMYQByAHAAbwBvAG4A8wATBGklZ2h0YXJyb3dzAACgySFxAHUAaQBnAGEAcgByAG8A9wBZJugkcmVldGltZXMAoMwiZwDaYmkAbgBnAGQAbwB0AHMAZQDxABwYgAFhaG0AYCdjJ2YncgDyAAkMYQDyABMEAKAPIG8idXN0AGGgsSPjIWhlAKCxI+0haWQAoO4qAAJhYnB0fCeGJ4knmScAAW5ygCeDJ2cAAKDtJ3IAAKD+IXIA6wAcDIABYWZsAI8nkieVJ3IAAKCGKQDgNdhj3XUAcwAAoC4qaSJtZXMAAKA1KgABYXCiJ6gncgBnoCkAdAAAoJQp7yJsaW50AKASKmEAcgDyADwnAAJhY2hxuCe8J6EMwCfxIXVvAKA6IHIAAOA12MfcAAFidYAmxCdvAPKgGSCoAYABaGlyAM4n0ifWJ3IAZQDlAE0n7SFlcwCgyiJpAIChuSVlZmwAXAxjEt4n9CFyaQCgzinsInVoYXIAoGgpAKAeIWENBSgJKA0oSyhVKIYoAACLKLAoAAAAAOMo5ygAABApJCkxKW0pcSmHKaYpAACYKgAAAACxKmMidXRlAFthcQB1AO8ABR+ApHsiRWFjZWlucHN5ABwoHignKCooLygyKEEoRihJKACgtCrwASMoAAAlKACguCpvAG4AYWF1AOUAgw1koLAqaQBsAF9hcgBjAF1hgAFFYXMAOCg6KD0oAKC2KnAAAKC6KmkAbQAAoOki7yJsaW50AKATKmkA7QCIDUFkbwB0AGKixSKRFgAAAABTKACgZiqAA0FhY21zdHgAYChkKG8ocyh1KHkogihyAHIAAKDYIXIAAAFocmkoayjrAJAab6CYIfcAzAd0ADuApwCnQGkAO2D3IWFyAKApKW0AAAFpbn4ozQBuAHUA8wDOAHQAAKA2J3IA7+A12DDdIxkAAmFjb3mRKJUonSisKHIAcAAAoG8mAAFoeZkonChjAHkASWRIZHIAdABtAqUoAAAAAKgoaQDkAFsPYQByAGEA7ABsJDuArQCtQAABZ22zKLsobQBhAAChwwNmdroouijCY4CjPCJkZWdsbnByAMgozCjPKNMo1yjaKN4obwB0AACgairxoEMiCw5FoJ4qAKCgKkWgnSoAoJ8qZQAAoEYi7CF1cwCgJCrhIXJyAKByKWEAcgDyAPwMAAJhZWl07Sj8KAEpCCkAAWxz8Sj4KGwAcwBlAHQAbQDpAH8oaABwAACgMyrwImFyc2wAoOQpAAFkbFoPBSllAACgIyNloKoqc6CsKgDgrCoA/oABZmxwABUpGCkfKfQhY3lMZGKgLwBhoMQpcgAAoD8jZgAA4DXYZN1hAAABZHIoKRcDZQBzAHWgYCZpAHQAAKBgJoABY3N1ADYpRilhKQABYXU6KUApcABzoJMiAOCTIgD+cABzoJQiAOCUIgD+dQAAAWJwSylWKQChjyJlcz4NUCllAHQAZaCPIvEAPw0AoZAiZXNIDVspZQB0AGWgkCLxAEkNAKGhJWFmZilbBHIAZQFrKVwEAKChJWEAcgDyAAMNAAJjZW10dyl7KX8pgilyAADgNdjI3HQAbQDuAM4AaQDsAAYpYQByAOYAVw0AAWFyiimOKXIA5qAGJhESAAFhbpIpoylpImdodAAAAWVwmSmgKXAAcwBpAGwAbwDuANkXaADpAKAkcwCvYIACYmNtbnAArin8KY4NJSooKgCkgiJFZGVtbnByc7wpvinCKcgpzCnUKdgp3CkAoMUqbwB0AACgvSpkoIYibwB0AACgwyr1IWx0AKDBKgABRWXQKdIpAKDLKgCgiiLsIXVzAKC/KuEhcnIAoHkpgAFlaXUA4inxKfQpdAAAoYIiZW7oKewpcQDxoIYivSllAHEA8aCKItEpbQAAoMcqAAFicPgp+ikAoNUqAKDTKmMAgKJ7ImFjZW5zAAcqDSoUKhYqRihwAHAAcgBvAPgAIyh1AHIAbAB5AGUA8QCDDfEAfA2AAWFlcwAcKiIqPShwAHAAcgBvAPgAPChxAPEAOShnAACgaiYApoMiMTIzRWRlaGxtbnBzPCo/KkIqRSpHKlIqWCpjKmcqaypzKncqO4C5ALlAO4CyALJAO4CzALNAAKDGKgABb3NLKk4qdAAAoL4qdQBiAACg2CpkoIcibwB0AACgxCpzAAABb3VdKmAqbAAAoMknYgAAoNcq4SFycgCgeyn1IWx0AKDCKgABRWVvKnEqAKDMKgCgiyLsIXVzAKDAKoABZWl1AH0qjCqPKnQAAKGDImVugyqHKnEA8aCHIkYqZQBxAPGgiyJwKm0AAKDIKgABYnCTKpUqAKDUKgCg1iqAAUFhbgCdKqEqrCpyAHIAAKDZIXIAAAFocqYqqCrrAJUab6CZIfcAxQf3IWFyAKAqKWwAaQBnADuA3wDfQOELzyrZKtwq6SrsKvEqAAD1KjQrAAAAAAAAAAAAAEwrbCsAAHErvSsAAAAAAADRK3IC1CoAAAAA2CrnIWV0AKAWI8RjcgDrAOUKgAFhZXkA4SrkKucq8iFvbmVh5CFpbGNhQmRvAPQAIg5sInJlYwAAoBUjcgAA4DXYMd0AAmVpa2/7KhIrKCsuK/IBACsAAAkrZQAAATRm6g0EK28AcgDlAOsNYQBzorgDECsAAAAAEit5AG0A0WMAAWNuFislK2sAAAFhcxsrIStwAHAAcgBvAPgAFw5pAG0AAKA8InMA8AD9DQABYXMsKyEr8AAXDnIAbgA7gP4A/kDsATgrOyswG2QA5QBnAmUAcwCAgdcAO2JkAEMrRCtJK9dAYaCgInIAAKAxKgCgMCqAAWVwcwBRK1MraSvhAAkh4qKkIlsrXysAAAAAYytvAHQAAKA2I2kAcgAAoPEqb+A12GXdcgBrAACg2irhAHgociJpbWUAAKA0IIABYWlwAHYreSu3K2QA5QC+DYADYWRlbXBzdACFK6MrmiunK6wrsCuzK24iZ2xlAACitSVkbHFykCuUK5ornCvvIXduAKC/JeUhZnRloMMl8QACBwCgXCJpImdodABloLkl8QBdDG8AdAAAoOwlaSJudXMAAKA6KuwhdXMAoDkqYgAAoM0p6SFtZQCgOyrlInppdW0AoOIjgAFjaHQAwivKK80rAAFyecYrySsA4DXYydxGZGMAeQBbZPIhb2tnYQABaW/UK9creAD0ANERaCJlYWQAAAFsct4r5ytlAGYAdABhAHIAcgBvAPcAXQbpJGdodGFycm93AKCgIQAJQUhhYmNkZmdobG1vcHJzdHV3CiwNLBEsHSwnLDEsQCxLLFIsYix6LIQsjyzLLOgs7Sz/LAotcgDyAAkDYQByAACgYykAAWNyFSwbLHUAdABlADuA+gD6QPIACQ1yAOMBIywAACUseQBeZHYAZQBtYQABaXkrLDAscgBjADuA+wD7QENkgAFhYmgANyw6LD0scgDyANEO7CFhY3FhYQDyAOAOAAFpckQsSCzzIWh0AKB+KQDgNdgy3XIAYQB2AGUAO4D5APlAYQFWLF8scgAAAWxyWixcLACgvyEAoL4hbABrAACggCUAAWN0Zix2LG8CbCwAAAAAcyxyAG4AZaAcI3IAAKAcI28AcAAAoA8jcgBpAACg+CUAAWFsfiyBLGMAcgBrYTuAqACoQAABZ3CILIssbwBuAHNhZgAA4DXYZt0AA2FkaGxzdZksniynLLgsuyzFLHIAcgBvAPcACQ1vAHcAbgBhAHIAcgBvAPcA2A5hI3Jwb29uAAABbHKvLLMsZQBmAPQAWyxpAGcAaAD0AF0sdQDzAKYOaQAAocUDaGzBLMIs0mNvAG4AxWPwI2Fycm93cwCgyCGAAWNpdADRLOEs5CxvAtcsAAAAAN4scgBuAGWgHSNyAACgHSNvAHAAAKAOI24AZwBvYXIAaQAAoPklYwByAADgNdjK3IABZGlyAPMs9yz6LG8AdAAAoPAi7CFkZWlhaQBmoLUlAKC0JQABYW0DLQYtcgDyAMosbAA7gPwA/EDhIm5nbGUAoKcpgAdBQkRhY2RlZmxub3Byc3oAJy0qLTAtNC2bLZ0toS2/LcMtxy3TLdgt3C3gLfwtcgDyABADYQByAHag6CoAoOkqYQBzAOgA/gIAAW5yOC08LechcnQAoJwpgANla25wcnN0AJkpSC1NLVQtXi1iLYItYQBwAHAA4QAaHG8AdABoAGkAbgDnAKEXgAFoaXIAoSmzJFotbwBwAPQAdCVooJUh7wD4JgABaXVmLWotZwBtAOEAuygAAWJwbi14LXMjZXRuZXEAceCKIgD+AODLKgD+cyNldG5lcQBx4IsiAP4A4MwqAP4AAWhyhi2KLWUAdADhABIraSNhbmdsZQAAAWxyki2WLeUhZnQAoLIiaSJnaHQAAKCzInkAMmThIXNoAKCiIoABZWxyAKcttC24LWKiKCKuLQAAAACyLWEAcgAAoLsicQAAoFoi7CFpcACg7iIAAWJ0vC1eD2EA8gBfD3IAAOA12DPddAByAOkAlS1zAHUAAAFicM0t0C0A4IIi0iAA4IMi0iBwAGYAAOA12GfdcgBvAPAAWQt0AHIA6QCaLQABY3XkLegtcgAA4DXYy9wAAWJw7C30LW4AAAFFZXUt8S0A4IoiAP5uAAABRWV/LfktAOCLIgD+6SJnemFnAKCaKYADY2Vmb3BycwANLhAuJS4pLiMuLi40LukhcmN1YQABZGkULiEuAAFiZxguHC5hAHIAAKBfKmUAcaAnIgCgWSLlIXJwAKAYIXIAAOA12DTdcABmAADgNdho3WWgQCJhAHQA6ABqD2MAcgAA4DXYzNzjCuQRUC4AAFQuAABYLmIuAAAAAGMubS5wLnQuAAAAAIguki4AAJouJxIqEnQAcgDpAB0ScgAA4DXYNd0AAUFhWy5eLnIA8gDnAnIA8gCTB75jAAFBYWYuaS5yAPIA4AJyAPIAjAdhAPAAeh5pAHMAAKD7IoABZHB0APgReS6DLgABZmx9LoAuAOA12GnddQDzAP8RaQBtAOUABBIAAUFhiy6OLnIA8gDuAnIA8gCaBwABY3GVLgoScgAA4DXYzdwAAXB0nS6hLmwAdQDzACUScgDpACASAARhY2VmaW9zdbEuvC7ELsguzC7PLtQu2S5jAAABdXm2LrsudABlADuA/QD9QE9kAAFpecAuwy5yAGMAd2FLZG4AO4ClAKVAcgAA4DXYNt1jAHkAV2RwAGYAAOA12GrdYwByAADgNdjO3AABY23dLt8ueQBOZGwAO4D/AP9AAAVhY2RlZmhpb3N38y73Lv8uAi8MLxAvEy8YLx0vIi9jInV0ZQB6YQABYXn7Lv4u8iFvbn5hN2RvAHQAfGEAAWV0Bi8KL3QAcgDmAB8QYQC2Y3IAAOA12DfdYwB5ADZk5yJyYXJyAKDdIXAAZgAA4DXYa91jAHIAAOA12M/cAAFqbiYvKC8AoA0gagAAoAwg");

// node_modules/htmlparser2/node_modules/entities/dist/esm/generated/decode-data-xml.js
var xmlDecodeTree = /* @__PURE__ */ decodeBase64("AAJhZ2xxBwARABMAFQBtAg0AAAAAAA8AcAAmYG8AcwAnYHQAPmB0ADxg9SFvdCJg");

// node_modules/htmlparser2/node_modules/entities/dist/esm/internal/bin-trie-flags.js
var BinTrieFlags;
(function(BinTrieFlags3) {
  BinTrieFlags3[BinTrieFlags3["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
  BinTrieFlags3[BinTrieFlags3["FLAG13"] = 8192] = "FLAG13";
  BinTrieFlags3[BinTrieFlags3["BRANCH_LENGTH"] = 8064] = "BRANCH_LENGTH";
  BinTrieFlags3[BinTrieFlags3["JUMP_TABLE"] = 127] = "JUMP_TABLE";
})(BinTrieFlags || (BinTrieFlags = {}));

// node_modules/htmlparser2/node_modules/entities/dist/esm/decode.js
var CharCodes;
(function(CharCodes4) {
  CharCodes4[CharCodes4["NUM"] = 35] = "NUM";
  CharCodes4[CharCodes4["SEMI"] = 59] = "SEMI";
  CharCodes4[CharCodes4["EQUALS"] = 61] = "EQUALS";
  CharCodes4[CharCodes4["ZERO"] = 48] = "ZERO";
  CharCodes4[CharCodes4["NINE"] = 57] = "NINE";
  CharCodes4[CharCodes4["LOWER_A"] = 97] = "LOWER_A";
  CharCodes4[CharCodes4["LOWER_F"] = 102] = "LOWER_F";
  CharCodes4[CharCodes4["LOWER_X"] = 120] = "LOWER_X";
  CharCodes4[CharCodes4["LOWER_Z"] = 122] = "LOWER_Z";
  CharCodes4[CharCodes4["UPPER_A"] = 65] = "UPPER_A";
  CharCodes4[CharCodes4["UPPER_F"] = 70] = "UPPER_F";
  CharCodes4[CharCodes4["UPPER_Z"] = 90] = "UPPER_Z";
})(CharCodes || (CharCodes = {}));
var TO_LOWER_BIT = 32;
function isNumber(code) {
  return code >= CharCodes.ZERO && code <= CharCodes.NINE;
}
function isHexadecimalCharacter(code) {
  return code >= CharCodes.UPPER_A && code <= CharCodes.UPPER_F || code >= CharCodes.LOWER_A && code <= CharCodes.LOWER_F;
}
function isAsciiAlphaNumeric(code) {
  return code >= CharCodes.UPPER_A && code <= CharCodes.UPPER_Z || code >= CharCodes.LOWER_A && code <= CharCodes.LOWER_Z || isNumber(code);
}
function isEntityInAttributeInvalidEnd(code) {
  return code === CharCodes.EQUALS || isAsciiAlphaNumeric(code);
}
var EntityDecoderState;
(function(EntityDecoderState3) {
  EntityDecoderState3[EntityDecoderState3["EntityStart"] = 0] = "EntityStart";
  EntityDecoderState3[EntityDecoderState3["NumericStart"] = 1] = "NumericStart";
  EntityDecoderState3[EntityDecoderState3["NumericDecimal"] = 2] = "NumericDecimal";
  EntityDecoderState3[EntityDecoderState3["NumericHex"] = 3] = "NumericHex";
  EntityDecoderState3[EntityDecoderState3["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState || (EntityDecoderState = {}));
var DecodingMode;
(function(DecodingMode3) {
  DecodingMode3[DecodingMode3["Legacy"] = 0] = "Legacy";
  DecodingMode3[DecodingMode3["Strict"] = 1] = "Strict";
  DecodingMode3[DecodingMode3["Attribute"] = 2] = "Attribute";
})(DecodingMode || (DecodingMode = {}));
var EntityDecoder = class {
  constructor(decodeTree, emitCodePoint, errors) {
    this.decodeTree = decodeTree;
    this.emitCodePoint = emitCodePoint;
    this.errors = errors;
    this.state = EntityDecoderState.EntityStart;
    this.consumed = 1;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.decodeMode = DecodingMode.Strict;
    this.runConsumed = 0;
  }
  /** Resets the instance to make it reusable. */
  startEntity(decodeMode) {
    this.decodeMode = decodeMode;
    this.state = EntityDecoderState.EntityStart;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.consumed = 1;
    this.runConsumed = 0;
  }
  /**
   * Write an entity to the decoder. This can be called multiple times with partial entities.
   * If the entity is incomplete, the decoder will return -1.
   *
   * Mirrors the implementation of `getDecoder`, but with the ability to stop decoding if the
   * entity is incomplete, and resume when the next string is written.
   *
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The offset at which the entity begins. Should be 0 if this is not the first call.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  write(input, offset) {
    switch (this.state) {
      case EntityDecoderState.EntityStart: {
        if (input.charCodeAt(offset) === CharCodes.NUM) {
          this.state = EntityDecoderState.NumericStart;
          this.consumed += 1;
          return this.stateNumericStart(input, offset + 1);
        }
        this.state = EntityDecoderState.NamedEntity;
        return this.stateNamedEntity(input, offset);
      }
      case EntityDecoderState.NumericStart: {
        return this.stateNumericStart(input, offset);
      }
      case EntityDecoderState.NumericDecimal: {
        return this.stateNumericDecimal(input, offset);
      }
      case EntityDecoderState.NumericHex: {
        return this.stateNumericHex(input, offset);
      }
      case EntityDecoderState.NamedEntity: {
        return this.stateNamedEntity(input, offset);
      }
    }
  }
  /**
   * Switches between the numeric decimal and hexadecimal states.
   *
   * Equivalent to the `Numeric character reference state` in the HTML spec.
   *
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericStart(input, offset) {
    if (offset >= input.length) {
      return -1;
    }
    if ((input.charCodeAt(offset) | TO_LOWER_BIT) === CharCodes.LOWER_X) {
      this.state = EntityDecoderState.NumericHex;
      this.consumed += 1;
      return this.stateNumericHex(input, offset + 1);
    }
    this.state = EntityDecoderState.NumericDecimal;
    return this.stateNumericDecimal(input, offset);
  }
  /**
   * Parses a hexadecimal numeric entity.
   *
   * Equivalent to the `Hexademical character reference state` in the HTML spec.
   *
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericHex(input, offset) {
    while (offset < input.length) {
      const char = input.charCodeAt(offset);
      if (isNumber(char) || isHexadecimalCharacter(char)) {
        const digit = char <= CharCodes.NINE ? char - CharCodes.ZERO : (char | TO_LOWER_BIT) - CharCodes.LOWER_A + 10;
        this.result = this.result * 16 + digit;
        this.consumed++;
        offset++;
      } else {
        return this.emitNumericEntity(char, 3);
      }
    }
    return -1;
  }
  /**
   * Parses a decimal numeric entity.
   *
   * Equivalent to the `Decimal character reference state` in the HTML spec.
   *
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericDecimal(input, offset) {
    while (offset < input.length) {
      const char = input.charCodeAt(offset);
      if (isNumber(char)) {
        this.result = this.result * 10 + (char - CharCodes.ZERO);
        this.consumed++;
        offset++;
      } else {
        return this.emitNumericEntity(char, 2);
      }
    }
    return -1;
  }
  /**
   * Validate and emit a numeric entity.
   *
   * Implements the logic from the `Hexademical character reference start
   * state` and `Numeric character reference end state` in the HTML spec.
   *
   * @param lastCp The last code point of the entity. Used to see if the
   *               entity was terminated with a semicolon.
   * @param expectedLength The minimum number of characters that should be
   *                       consumed. Used to validate that at least one digit
   *                       was consumed.
   * @returns The number of characters that were consumed.
   */
  emitNumericEntity(lastCp, expectedLength) {
    var _a3;
    if (this.consumed <= expectedLength) {
      (_a3 = this.errors) === null || _a3 === void 0 ? void 0 : _a3.absenceOfDigitsInNumericCharacterReference(this.consumed);
      return 0;
    }
    if (lastCp === CharCodes.SEMI) {
      this.consumed += 1;
    } else if (this.decodeMode === DecodingMode.Strict) {
      return 0;
    }
    this.emitCodePoint(replaceCodePoint(this.result), this.consumed);
    if (this.errors) {
      if (lastCp !== CharCodes.SEMI) {
        this.errors.missingSemicolonAfterCharacterReference();
      }
      this.errors.validateNumericCharacterReference(this.result);
    }
    return this.consumed;
  }
  /**
   * Parses a named entity.
   *
   * Equivalent to the `Named character reference state` in the HTML spec.
   *
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNamedEntity(input, offset) {
    const { decodeTree } = this;
    let current = decodeTree[this.treeIndex];
    let valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
    while (offset < input.length) {
      if (valueLength === 0 && (current & BinTrieFlags.FLAG13) !== 0) {
        const runLength = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
        if (this.runConsumed === 0) {
          const firstChar = current & BinTrieFlags.JUMP_TABLE;
          if (input.charCodeAt(offset) !== firstChar) {
            return this.result === 0 ? 0 : this.emitNotTerminatedNamedEntity();
          }
          offset++;
          this.excess++;
          this.runConsumed++;
        }
        while (this.runConsumed < runLength) {
          if (offset >= input.length) {
            return -1;
          }
          const charIndexInPacked = this.runConsumed - 1;
          const packedWord = decodeTree[this.treeIndex + 1 + (charIndexInPacked >> 1)];
          const expectedChar = charIndexInPacked % 2 === 0 ? packedWord & 255 : packedWord >> 8 & 255;
          if (input.charCodeAt(offset) !== expectedChar) {
            this.runConsumed = 0;
            return this.result === 0 ? 0 : this.emitNotTerminatedNamedEntity();
          }
          offset++;
          this.excess++;
          this.runConsumed++;
        }
        this.runConsumed = 0;
        this.treeIndex += 1 + (runLength >> 1);
        current = decodeTree[this.treeIndex];
        valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
      }
      if (offset >= input.length)
        break;
      const char = input.charCodeAt(offset);
      if (char === CharCodes.SEMI && valueLength !== 0 && (current & BinTrieFlags.FLAG13) !== 0) {
        return this.emitNamedEntityData(this.treeIndex, valueLength, this.consumed + this.excess);
      }
      this.treeIndex = determineBranch(decodeTree, current, this.treeIndex + Math.max(1, valueLength), char);
      if (this.treeIndex < 0) {
        return this.result === 0 || // If we are parsing an attribute
        this.decodeMode === DecodingMode.Attribute && // We shouldn't have consumed any characters after the entity,
        (valueLength === 0 || // And there should be no invalid characters.
        isEntityInAttributeInvalidEnd(char)) ? 0 : this.emitNotTerminatedNamedEntity();
      }
      current = decodeTree[this.treeIndex];
      valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
      if (valueLength !== 0) {
        if (char === CharCodes.SEMI) {
          return this.emitNamedEntityData(this.treeIndex, valueLength, this.consumed + this.excess);
        }
        if (this.decodeMode !== DecodingMode.Strict && (current & BinTrieFlags.FLAG13) === 0) {
          this.result = this.treeIndex;
          this.consumed += this.excess;
          this.excess = 0;
        }
      }
      offset++;
      this.excess++;
    }
    return -1;
  }
  /**
   * Emit a named entity that was not terminated with a semicolon.
   *
   * @returns The number of characters consumed.
   */
  emitNotTerminatedNamedEntity() {
    var _a3;
    const { result, decodeTree } = this;
    const valueLength = (decodeTree[result] & BinTrieFlags.VALUE_LENGTH) >> 14;
    this.emitNamedEntityData(result, valueLength, this.consumed);
    (_a3 = this.errors) === null || _a3 === void 0 ? void 0 : _a3.missingSemicolonAfterCharacterReference();
    return this.consumed;
  }
  /**
   * Emit a named entity.
   *
   * @param result The index of the entity in the decode tree.
   * @param valueLength The number of bytes in the entity.
   * @param consumed The number of characters consumed.
   *
   * @returns The number of characters consumed.
   */
  emitNamedEntityData(result, valueLength, consumed) {
    const { decodeTree } = this;
    this.emitCodePoint(valueLength === 1 ? decodeTree[result] & ~(BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13) : decodeTree[result + 1], consumed);
    if (valueLength === 3) {
      this.emitCodePoint(decodeTree[result + 2], consumed);
    }
    return consumed;
  }
  /**
   * Signal to the parser that the end of the input was reached.
   *
   * Remaining data will be emitted and relevant errors will be produced.
   *
   * @returns The number of characters consumed.
   */
  end() {
    var _a3;
    switch (this.state) {
      case EntityDecoderState.NamedEntity: {
        return this.result !== 0 && (this.decodeMode !== DecodingMode.Attribute || this.result === this.treeIndex) ? this.emitNotTerminatedNamedEntity() : 0;
      }
      // Otherwise, emit a numeric entity if we have one.
      case EntityDecoderState.NumericDecimal: {
        return this.emitNumericEntity(0, 2);
      }
      case EntityDecoderState.NumericHex: {
        return this.emitNumericEntity(0, 3);
      }
      case EntityDecoderState.NumericStart: {
        (_a3 = this.errors) === null || _a3 === void 0 ? void 0 : _a3.absenceOfDigitsInNumericCharacterReference(this.consumed);
        return 0;
      }
      case EntityDecoderState.EntityStart: {
        return 0;
      }
    }
  }
};
function determineBranch(decodeTree, current, nodeIndex, char) {
  const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
  const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
  if (branchCount === 0) {
    return jumpOffset !== 0 && char === jumpOffset ? nodeIndex : -1;
  }
  if (jumpOffset) {
    const value = char - jumpOffset;
    return value < 0 || value >= branchCount ? -1 : decodeTree[nodeIndex + value] - 1;
  }
  const packedKeySlots = branchCount + 1 >> 1;
  let lo = 0;
  let hi = branchCount - 1;
  while (lo <= hi) {
    const mid = lo + hi >>> 1;
    const slot = mid >> 1;
    const packed = decodeTree[nodeIndex + slot];
    const midKey = packed >> (mid & 1) * 8 & 255;
    if (midKey < char) {
      lo = mid + 1;
    } else if (midKey > char) {
      hi = mid - 1;
    } else {
      return decodeTree[nodeIndex + packedKeySlots + mid];
    }
  }
  return -1;
}

// node_modules/htmlparser2/dist/esm/Tokenizer.js
var CharCodes2;
(function(CharCodes4) {
  CharCodes4[CharCodes4["Tab"] = 9] = "Tab";
  CharCodes4[CharCodes4["NewLine"] = 10] = "NewLine";
  CharCodes4[CharCodes4["FormFeed"] = 12] = "FormFeed";
  CharCodes4[CharCodes4["CarriageReturn"] = 13] = "CarriageReturn";
  CharCodes4[CharCodes4["Space"] = 32] = "Space";
  CharCodes4[CharCodes4["ExclamationMark"] = 33] = "ExclamationMark";
  CharCodes4[CharCodes4["Number"] = 35] = "Number";
  CharCodes4[CharCodes4["Amp"] = 38] = "Amp";
  CharCodes4[CharCodes4["SingleQuote"] = 39] = "SingleQuote";
  CharCodes4[CharCodes4["DoubleQuote"] = 34] = "DoubleQuote";
  CharCodes4[CharCodes4["Dash"] = 45] = "Dash";
  CharCodes4[CharCodes4["Slash"] = 47] = "Slash";
  CharCodes4[CharCodes4["Zero"] = 48] = "Zero";
  CharCodes4[CharCodes4["Nine"] = 57] = "Nine";
  CharCodes4[CharCodes4["Semi"] = 59] = "Semi";
  CharCodes4[CharCodes4["Lt"] = 60] = "Lt";
  CharCodes4[CharCodes4["Eq"] = 61] = "Eq";
  CharCodes4[CharCodes4["Gt"] = 62] = "Gt";
  CharCodes4[CharCodes4["Questionmark"] = 63] = "Questionmark";
  CharCodes4[CharCodes4["UpperA"] = 65] = "UpperA";
  CharCodes4[CharCodes4["LowerA"] = 97] = "LowerA";
  CharCodes4[CharCodes4["UpperF"] = 70] = "UpperF";
  CharCodes4[CharCodes4["LowerF"] = 102] = "LowerF";
  CharCodes4[CharCodes4["UpperZ"] = 90] = "UpperZ";
  CharCodes4[CharCodes4["LowerZ"] = 122] = "LowerZ";
  CharCodes4[CharCodes4["LowerX"] = 120] = "LowerX";
  CharCodes4[CharCodes4["OpeningSquareBracket"] = 91] = "OpeningSquareBracket";
})(CharCodes2 || (CharCodes2 = {}));
var State;
(function(State2) {
  State2[State2["Text"] = 1] = "Text";
  State2[State2["BeforeTagName"] = 2] = "BeforeTagName";
  State2[State2["InTagName"] = 3] = "InTagName";
  State2[State2["InSelfClosingTag"] = 4] = "InSelfClosingTag";
  State2[State2["BeforeClosingTagName"] = 5] = "BeforeClosingTagName";
  State2[State2["InClosingTagName"] = 6] = "InClosingTagName";
  State2[State2["AfterClosingTagName"] = 7] = "AfterClosingTagName";
  State2[State2["BeforeAttributeName"] = 8] = "BeforeAttributeName";
  State2[State2["InAttributeName"] = 9] = "InAttributeName";
  State2[State2["AfterAttributeName"] = 10] = "AfterAttributeName";
  State2[State2["BeforeAttributeValue"] = 11] = "BeforeAttributeValue";
  State2[State2["InAttributeValueDq"] = 12] = "InAttributeValueDq";
  State2[State2["InAttributeValueSq"] = 13] = "InAttributeValueSq";
  State2[State2["InAttributeValueNq"] = 14] = "InAttributeValueNq";
  State2[State2["BeforeDeclaration"] = 15] = "BeforeDeclaration";
  State2[State2["InDeclaration"] = 16] = "InDeclaration";
  State2[State2["InProcessingInstruction"] = 17] = "InProcessingInstruction";
  State2[State2["BeforeComment"] = 18] = "BeforeComment";
  State2[State2["CDATASequence"] = 19] = "CDATASequence";
  State2[State2["InSpecialComment"] = 20] = "InSpecialComment";
  State2[State2["InCommentLike"] = 21] = "InCommentLike";
  State2[State2["BeforeSpecialS"] = 22] = "BeforeSpecialS";
  State2[State2["BeforeSpecialT"] = 23] = "BeforeSpecialT";
  State2[State2["SpecialStartSequence"] = 24] = "SpecialStartSequence";
  State2[State2["InSpecialTag"] = 25] = "InSpecialTag";
  State2[State2["InEntity"] = 26] = "InEntity";
})(State || (State = {}));
function isWhitespace(c) {
  return c === CharCodes2.Space || c === CharCodes2.NewLine || c === CharCodes2.Tab || c === CharCodes2.FormFeed || c === CharCodes2.CarriageReturn;
}
function isEndOfTagSection(c) {
  return c === CharCodes2.Slash || c === CharCodes2.Gt || isWhitespace(c);
}
function isASCIIAlpha(c) {
  return c >= CharCodes2.LowerA && c <= CharCodes2.LowerZ || c >= CharCodes2.UpperA && c <= CharCodes2.UpperZ;
}
var QuoteType;
(function(QuoteType2) {
  QuoteType2[QuoteType2["NoValue"] = 0] = "NoValue";
  QuoteType2[QuoteType2["Unquoted"] = 1] = "Unquoted";
  QuoteType2[QuoteType2["Single"] = 2] = "Single";
  QuoteType2[QuoteType2["Double"] = 3] = "Double";
})(QuoteType || (QuoteType = {}));
var Sequences = {
  Cdata: new Uint8Array([67, 68, 65, 84, 65, 91]),
  // CDATA[
  CdataEnd: new Uint8Array([93, 93, 62]),
  // ]]>
  CommentEnd: new Uint8Array([45, 45, 62]),
  // `-->`
  ScriptEnd: new Uint8Array([60, 47, 115, 99, 114, 105, 112, 116]),
  // `</script`
  StyleEnd: new Uint8Array([60, 47, 115, 116, 121, 108, 101]),
  // `</style`
  TitleEnd: new Uint8Array([60, 47, 116, 105, 116, 108, 101]),
  // `</title`
  TextareaEnd: new Uint8Array([
    60,
    47,
    116,
    101,
    120,
    116,
    97,
    114,
    101,
    97
  ]),
  // `</textarea`
  XmpEnd: new Uint8Array([60, 47, 120, 109, 112])
  // `</xmp`
};
var Tokenizer = class {
  constructor({ xmlMode = false, decodeEntities = true }, cbs) {
    this.cbs = cbs;
    this.state = State.Text;
    this.buffer = "";
    this.sectionStart = 0;
    this.index = 0;
    this.entityStart = 0;
    this.baseState = State.Text;
    this.isSpecial = false;
    this.running = true;
    this.offset = 0;
    this.currentSequence = void 0;
    this.sequenceIndex = 0;
    this.xmlMode = xmlMode;
    this.decodeEntities = decodeEntities;
    this.entityDecoder = new EntityDecoder(xmlMode ? xmlDecodeTree : htmlDecodeTree, (cp, consumed) => this.emitCodePoint(cp, consumed));
  }
  reset() {
    this.state = State.Text;
    this.buffer = "";
    this.sectionStart = 0;
    this.index = 0;
    this.baseState = State.Text;
    this.currentSequence = void 0;
    this.running = true;
    this.offset = 0;
  }
  write(chunk) {
    this.offset += this.buffer.length;
    this.buffer = chunk;
    this.parse();
  }
  end() {
    if (this.running)
      this.finish();
  }
  pause() {
    this.running = false;
  }
  resume() {
    this.running = true;
    if (this.index < this.buffer.length + this.offset) {
      this.parse();
    }
  }
  stateText(c) {
    if (c === CharCodes2.Lt || !this.decodeEntities && this.fastForwardTo(CharCodes2.Lt)) {
      if (this.index > this.sectionStart) {
        this.cbs.ontext(this.sectionStart, this.index);
      }
      this.state = State.BeforeTagName;
      this.sectionStart = this.index;
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  stateSpecialStartSequence(c) {
    const isEnd = this.sequenceIndex === this.currentSequence.length;
    const isMatch = isEnd ? (
      // If we are at the end of the sequence, make sure the tag name has ended
      isEndOfTagSection(c)
    ) : (
      // Otherwise, do a case-insensitive comparison
      (c | 32) === this.currentSequence[this.sequenceIndex]
    );
    if (!isMatch) {
      this.isSpecial = false;
    } else if (!isEnd) {
      this.sequenceIndex++;
      return;
    }
    this.sequenceIndex = 0;
    this.state = State.InTagName;
    this.stateInTagName(c);
  }
  /** Look for an end tag. For <title> tags, also decode entities. */
  stateInSpecialTag(c) {
    if (this.sequenceIndex === this.currentSequence.length) {
      if (c === CharCodes2.Gt || isWhitespace(c)) {
        const endOfText = this.index - this.currentSequence.length;
        if (this.sectionStart < endOfText) {
          const actualIndex = this.index;
          this.index = endOfText;
          this.cbs.ontext(this.sectionStart, endOfText);
          this.index = actualIndex;
        }
        this.isSpecial = false;
        this.sectionStart = endOfText + 2;
        this.stateInClosingTagName(c);
        return;
      }
      this.sequenceIndex = 0;
    }
    if ((c | 32) === this.currentSequence[this.sequenceIndex]) {
      this.sequenceIndex += 1;
    } else if (this.sequenceIndex === 0) {
      if (this.currentSequence === Sequences.TitleEnd) {
        if (this.decodeEntities && c === CharCodes2.Amp) {
          this.startEntity();
        }
      } else if (this.fastForwardTo(CharCodes2.Lt)) {
        this.sequenceIndex = 1;
      }
    } else {
      this.sequenceIndex = Number(c === CharCodes2.Lt);
    }
  }
  stateCDATASequence(c) {
    if (c === Sequences.Cdata[this.sequenceIndex]) {
      if (++this.sequenceIndex === Sequences.Cdata.length) {
        this.state = State.InCommentLike;
        this.currentSequence = Sequences.CdataEnd;
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
      }
    } else {
      this.sequenceIndex = 0;
      this.state = State.InDeclaration;
      this.stateInDeclaration(c);
    }
  }
  /**
   * When we wait for one specific character, we can speed things up
   * by skipping through the buffer until we find it.
   *
   * @returns Whether the character was found.
   */
  fastForwardTo(c) {
    while (++this.index < this.buffer.length + this.offset) {
      if (this.buffer.charCodeAt(this.index - this.offset) === c) {
        return true;
      }
    }
    this.index = this.buffer.length + this.offset - 1;
    return false;
  }
  /**
   * Comments and CDATA end with `-->` and `]]>`.
   *
   * Their common qualities are:
   * - Their end sequences have a distinct character they start with.
   * - That character is then repeated, so we have to check multiple repeats.
   * - All characters but the start character of the sequence can be skipped.
   */
  stateInCommentLike(c) {
    if (c === this.currentSequence[this.sequenceIndex]) {
      if (++this.sequenceIndex === this.currentSequence.length) {
        if (this.currentSequence === Sequences.CdataEnd) {
          this.cbs.oncdata(this.sectionStart, this.index, 2);
        } else {
          this.cbs.oncomment(this.sectionStart, this.index, 2);
        }
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
        this.state = State.Text;
      }
    } else if (this.sequenceIndex === 0) {
      if (this.fastForwardTo(this.currentSequence[0])) {
        this.sequenceIndex = 1;
      }
    } else if (c !== this.currentSequence[this.sequenceIndex - 1]) {
      this.sequenceIndex = 0;
    }
  }
  /**
   * HTML only allows ASCII alpha characters (a-z and A-Z) at the beginning of a tag name.
   *
   * XML allows a lot more characters here (@see https://www.w3.org/TR/REC-xml/#NT-NameStartChar).
   * We allow anything that wouldn't end the tag.
   */
  isTagStartChar(c) {
    return this.xmlMode ? !isEndOfTagSection(c) : isASCIIAlpha(c);
  }
  startSpecial(sequence, offset) {
    this.isSpecial = true;
    this.currentSequence = sequence;
    this.sequenceIndex = offset;
    this.state = State.SpecialStartSequence;
  }
  stateBeforeTagName(c) {
    if (c === CharCodes2.ExclamationMark) {
      this.state = State.BeforeDeclaration;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.Questionmark) {
      this.state = State.InProcessingInstruction;
      this.sectionStart = this.index + 1;
    } else if (this.isTagStartChar(c)) {
      const lower = c | 32;
      this.sectionStart = this.index;
      if (this.xmlMode) {
        this.state = State.InTagName;
      } else if (lower === Sequences.ScriptEnd[2]) {
        this.state = State.BeforeSpecialS;
      } else if (lower === Sequences.TitleEnd[2] || lower === Sequences.XmpEnd[2]) {
        this.state = State.BeforeSpecialT;
      } else {
        this.state = State.InTagName;
      }
    } else if (c === CharCodes2.Slash) {
      this.state = State.BeforeClosingTagName;
    } else {
      this.state = State.Text;
      this.stateText(c);
    }
  }
  stateInTagName(c) {
    if (isEndOfTagSection(c)) {
      this.cbs.onopentagname(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }
  stateBeforeClosingTagName(c) {
    if (isWhitespace(c)) {
    } else if (c === CharCodes2.Gt) {
      this.state = State.Text;
    } else {
      this.state = this.isTagStartChar(c) ? State.InClosingTagName : State.InSpecialComment;
      this.sectionStart = this.index;
    }
  }
  stateInClosingTagName(c) {
    if (c === CharCodes2.Gt || isWhitespace(c)) {
      this.cbs.onclosetag(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State.AfterClosingTagName;
      this.stateAfterClosingTagName(c);
    }
  }
  stateAfterClosingTagName(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  stateBeforeAttributeName(c) {
    if (c === CharCodes2.Gt) {
      this.cbs.onopentagend(this.index);
      if (this.isSpecial) {
        this.state = State.InSpecialTag;
        this.sequenceIndex = 0;
      } else {
        this.state = State.Text;
      }
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.Slash) {
      this.state = State.InSelfClosingTag;
    } else if (!isWhitespace(c)) {
      this.state = State.InAttributeName;
      this.sectionStart = this.index;
    }
  }
  stateInSelfClosingTag(c) {
    if (c === CharCodes2.Gt) {
      this.cbs.onselfclosingtag(this.index);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
      this.isSpecial = false;
    } else if (!isWhitespace(c)) {
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }
  stateInAttributeName(c) {
    if (c === CharCodes2.Eq || isEndOfTagSection(c)) {
      this.cbs.onattribname(this.sectionStart, this.index);
      this.sectionStart = this.index;
      this.state = State.AfterAttributeName;
      this.stateAfterAttributeName(c);
    }
  }
  stateAfterAttributeName(c) {
    if (c === CharCodes2.Eq) {
      this.state = State.BeforeAttributeValue;
    } else if (c === CharCodes2.Slash || c === CharCodes2.Gt) {
      this.cbs.onattribend(QuoteType.NoValue, this.sectionStart);
      this.sectionStart = -1;
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else if (!isWhitespace(c)) {
      this.cbs.onattribend(QuoteType.NoValue, this.sectionStart);
      this.state = State.InAttributeName;
      this.sectionStart = this.index;
    }
  }
  stateBeforeAttributeValue(c) {
    if (c === CharCodes2.DoubleQuote) {
      this.state = State.InAttributeValueDq;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.SingleQuote) {
      this.state = State.InAttributeValueSq;
      this.sectionStart = this.index + 1;
    } else if (!isWhitespace(c)) {
      this.sectionStart = this.index;
      this.state = State.InAttributeValueNq;
      this.stateInAttributeValueNoQuotes(c);
    }
  }
  handleInAttributeValue(c, quote) {
    if (c === quote || !this.decodeEntities && this.fastForwardTo(quote)) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(quote === CharCodes2.DoubleQuote ? QuoteType.Double : QuoteType.Single, this.index + 1);
      this.state = State.BeforeAttributeName;
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  stateInAttributeValueDoubleQuotes(c) {
    this.handleInAttributeValue(c, CharCodes2.DoubleQuote);
  }
  stateInAttributeValueSingleQuotes(c) {
    this.handleInAttributeValue(c, CharCodes2.SingleQuote);
  }
  stateInAttributeValueNoQuotes(c) {
    if (isWhitespace(c) || c === CharCodes2.Gt) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(QuoteType.Unquoted, this.index);
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  stateBeforeDeclaration(c) {
    if (c === CharCodes2.OpeningSquareBracket) {
      this.state = State.CDATASequence;
      this.sequenceIndex = 0;
    } else {
      this.state = c === CharCodes2.Dash ? State.BeforeComment : State.InDeclaration;
    }
  }
  stateInDeclaration(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.cbs.ondeclaration(this.sectionStart, this.index);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  stateInProcessingInstruction(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.cbs.onprocessinginstruction(this.sectionStart, this.index);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  stateBeforeComment(c) {
    if (c === CharCodes2.Dash) {
      this.state = State.InCommentLike;
      this.currentSequence = Sequences.CommentEnd;
      this.sequenceIndex = 2;
      this.sectionStart = this.index + 1;
    } else {
      this.state = State.InDeclaration;
    }
  }
  stateInSpecialComment(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  stateBeforeSpecialS(c) {
    const lower = c | 32;
    if (lower === Sequences.ScriptEnd[3]) {
      this.startSpecial(Sequences.ScriptEnd, 4);
    } else if (lower === Sequences.StyleEnd[3]) {
      this.startSpecial(Sequences.StyleEnd, 4);
    } else {
      this.state = State.InTagName;
      this.stateInTagName(c);
    }
  }
  stateBeforeSpecialT(c) {
    const lower = c | 32;
    switch (lower) {
      case Sequences.TitleEnd[3]: {
        this.startSpecial(Sequences.TitleEnd, 4);
        break;
      }
      case Sequences.TextareaEnd[3]: {
        this.startSpecial(Sequences.TextareaEnd, 4);
        break;
      }
      case Sequences.XmpEnd[3]: {
        this.startSpecial(Sequences.XmpEnd, 4);
        break;
      }
      default: {
        this.state = State.InTagName;
        this.stateInTagName(c);
      }
    }
  }
  startEntity() {
    this.baseState = this.state;
    this.state = State.InEntity;
    this.entityStart = this.index;
    this.entityDecoder.startEntity(this.xmlMode ? DecodingMode.Strict : this.baseState === State.Text || this.baseState === State.InSpecialTag ? DecodingMode.Legacy : DecodingMode.Attribute);
  }
  stateInEntity() {
    const indexInBuffer = this.index - this.offset;
    const length = this.entityDecoder.write(this.buffer, indexInBuffer);
    if (length >= 0) {
      this.state = this.baseState;
      if (length === 0) {
        this.index -= 1;
      }
    } else {
      if (indexInBuffer < this.buffer.length && this.buffer.charCodeAt(indexInBuffer) === CharCodes2.Amp) {
        this.state = this.baseState;
        this.index -= 1;
        return;
      }
      this.index = this.offset + this.buffer.length - 1;
    }
  }
  /**
   * Remove data that has already been consumed from the buffer.
   */
  cleanup() {
    if (this.running && this.sectionStart !== this.index) {
      if (this.state === State.Text || this.state === State.InSpecialTag && this.sequenceIndex === 0) {
        this.cbs.ontext(this.sectionStart, this.index);
        this.sectionStart = this.index;
      } else if (this.state === State.InAttributeValueDq || this.state === State.InAttributeValueSq || this.state === State.InAttributeValueNq) {
        this.cbs.onattribdata(this.sectionStart, this.index);
        this.sectionStart = this.index;
      }
    }
  }
  shouldContinue() {
    return this.index < this.buffer.length + this.offset && this.running;
  }
  /**
   * Iterates through the buffer, calling the function corresponding to the current state.
   *
   * States that are more likely to be hit are higher up, as a performance improvement.
   */
  parse() {
    while (this.shouldContinue()) {
      const c = this.buffer.charCodeAt(this.index - this.offset);
      switch (this.state) {
        case State.Text: {
          this.stateText(c);
          break;
        }
        case State.SpecialStartSequence: {
          this.stateSpecialStartSequence(c);
          break;
        }
        case State.InSpecialTag: {
          this.stateInSpecialTag(c);
          break;
        }
        case State.CDATASequence: {
          this.stateCDATASequence(c);
          break;
        }
        case State.InAttributeValueDq: {
          this.stateInAttributeValueDoubleQuotes(c);
          break;
        }
        case State.InAttributeName: {
          this.stateInAttributeName(c);
          break;
        }
        case State.InCommentLike: {
          this.stateInCommentLike(c);
          break;
        }
        case State.InSpecialComment: {
          this.stateInSpecialComment(c);
          break;
        }
        case State.BeforeAttributeName: {
          this.stateBeforeAttributeName(c);
          break;
        }
        case State.InTagName: {
          this.stateInTagName(c);
          break;
        }
        case State.InClosingTagName: {
          this.stateInClosingTagName(c);
          break;
        }
        case State.BeforeTagName: {
          this.stateBeforeTagName(c);
          break;
        }
        case State.AfterAttributeName: {
          this.stateAfterAttributeName(c);
          break;
        }
        case State.InAttributeValueSq: {
          this.stateInAttributeValueSingleQuotes(c);
          break;
        }
        case State.BeforeAttributeValue: {
          this.stateBeforeAttributeValue(c);
          break;
        }
        case State.BeforeClosingTagName: {
          this.stateBeforeClosingTagName(c);
          break;
        }
        case State.AfterClosingTagName: {
          this.stateAfterClosingTagName(c);
          break;
        }
        case State.BeforeSpecialS: {
          this.stateBeforeSpecialS(c);
          break;
        }
        case State.BeforeSpecialT: {
          this.stateBeforeSpecialT(c);
          break;
        }
        case State.InAttributeValueNq: {
          this.stateInAttributeValueNoQuotes(c);
          break;
        }
        case State.InSelfClosingTag: {
          this.stateInSelfClosingTag(c);
          break;
        }
        case State.InDeclaration: {
          this.stateInDeclaration(c);
          break;
        }
        case State.BeforeDeclaration: {
          this.stateBeforeDeclaration(c);
          break;
        }
        case State.BeforeComment: {
          this.stateBeforeComment(c);
          break;
        }
        case State.InProcessingInstruction: {
          this.stateInProcessingInstruction(c);
          break;
        }
        case State.InEntity: {
          this.stateInEntity();
          break;
        }
      }
      this.index++;
    }
    this.cleanup();
  }
  finish() {
    if (this.state === State.InEntity) {
      this.entityDecoder.end();
      this.state = this.baseState;
    }
    this.handleTrailingData();
    this.cbs.onend();
  }
  /** Handle any trailing data. */
  handleTrailingData() {
    const endIndex = this.buffer.length + this.offset;
    if (this.sectionStart >= endIndex) {
      return;
    }
    if (this.state === State.InCommentLike) {
      if (this.currentSequence === Sequences.CdataEnd) {
        this.cbs.oncdata(this.sectionStart, endIndex, 0);
      } else {
        this.cbs.oncomment(this.sectionStart, endIndex, 0);
      }
    } else if (this.state === State.InTagName || this.state === State.BeforeAttributeName || this.state === State.BeforeAttributeValue || this.state === State.AfterAttributeName || this.state === State.InAttributeName || this.state === State.InAttributeValueSq || this.state === State.InAttributeValueDq || this.state === State.InAttributeValueNq || this.state === State.InClosingTagName) {
    } else {
      this.cbs.ontext(this.sectionStart, endIndex);
    }
  }
  emitCodePoint(cp, consumed) {
    if (this.baseState !== State.Text && this.baseState !== State.InSpecialTag) {
      if (this.sectionStart < this.entityStart) {
        this.cbs.onattribdata(this.sectionStart, this.entityStart);
      }
      this.sectionStart = this.entityStart + consumed;
      this.index = this.sectionStart - 1;
      this.cbs.onattribentity(cp);
    } else {
      if (this.sectionStart < this.entityStart) {
        this.cbs.ontext(this.sectionStart, this.entityStart);
      }
      this.sectionStart = this.entityStart + consumed;
      this.index = this.sectionStart - 1;
      this.cbs.ontextentity(cp, this.sectionStart);
    }
  }
};

// node_modules/htmlparser2/dist/esm/Parser.js
var formTags = /* @__PURE__ */ new Set([
  "input",
  "option",
  "optgroup",
  "select",
  "button",
  "datalist",
  "textarea"
]);
var pTag = /* @__PURE__ */ new Set(["p"]);
var tableSectionTags = /* @__PURE__ */ new Set(["thead", "tbody"]);
var ddtTags = /* @__PURE__ */ new Set(["dd", "dt"]);
var rtpTags = /* @__PURE__ */ new Set(["rt", "rp"]);
var openImpliesClose = /* @__PURE__ */ new Map([
  ["tr", /* @__PURE__ */ new Set(["tr", "th", "td"])],
  ["th", /* @__PURE__ */ new Set(["th"])],
  ["td", /* @__PURE__ */ new Set(["thead", "th", "td"])],
  ["body", /* @__PURE__ */ new Set(["head", "link", "script"])],
  ["li", /* @__PURE__ */ new Set(["li"])],
  ["p", pTag],
  ["h1", pTag],
  ["h2", pTag],
  ["h3", pTag],
  ["h4", pTag],
  ["h5", pTag],
  ["h6", pTag],
  ["select", formTags],
  ["input", formTags],
  ["output", formTags],
  ["button", formTags],
  ["datalist", formTags],
  ["textarea", formTags],
  ["option", /* @__PURE__ */ new Set(["option"])],
  ["optgroup", /* @__PURE__ */ new Set(["optgroup", "option"])],
  ["dd", ddtTags],
  ["dt", ddtTags],
  ["address", pTag],
  ["article", pTag],
  ["aside", pTag],
  ["blockquote", pTag],
  ["details", pTag],
  ["div", pTag],
  ["dl", pTag],
  ["fieldset", pTag],
  ["figcaption", pTag],
  ["figure", pTag],
  ["footer", pTag],
  ["form", pTag],
  ["header", pTag],
  ["hr", pTag],
  ["main", pTag],
  ["nav", pTag],
  ["ol", pTag],
  ["pre", pTag],
  ["section", pTag],
  ["table", pTag],
  ["ul", pTag],
  ["rt", rtpTags],
  ["rp", rtpTags],
  ["tbody", tableSectionTags],
  ["tfoot", tableSectionTags]
]);
var voidElements = /* @__PURE__ */ new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr"
]);
var foreignContextElements = /* @__PURE__ */ new Set(["math", "svg"]);
var htmlIntegrationElements = /* @__PURE__ */ new Set([
  "mi",
  "mo",
  "mn",
  "ms",
  "mtext",
  "annotation-xml",
  "foreignobject",
  "desc",
  "title"
]);
var reNameEnd = /\s|\//;
var Parser = class {
  constructor(cbs, options = {}) {
    var _a3, _b, _c, _d, _e, _f;
    this.options = options;
    this.startIndex = 0;
    this.endIndex = 0;
    this.openTagStart = 0;
    this.tagname = "";
    this.attribname = "";
    this.attribvalue = "";
    this.attribs = null;
    this.stack = [];
    this.buffers = [];
    this.bufferOffset = 0;
    this.writeIndex = 0;
    this.ended = false;
    this.cbs = cbs !== null && cbs !== void 0 ? cbs : {};
    this.htmlMode = !this.options.xmlMode;
    this.lowerCaseTagNames = (_a3 = options.lowerCaseTags) !== null && _a3 !== void 0 ? _a3 : this.htmlMode;
    this.lowerCaseAttributeNames = (_b = options.lowerCaseAttributeNames) !== null && _b !== void 0 ? _b : this.htmlMode;
    this.recognizeSelfClosing = (_c = options.recognizeSelfClosing) !== null && _c !== void 0 ? _c : !this.htmlMode;
    this.tokenizer = new ((_d = options.Tokenizer) !== null && _d !== void 0 ? _d : Tokenizer)(this.options, this);
    this.foreignContext = [!this.htmlMode];
    (_f = (_e = this.cbs).onparserinit) === null || _f === void 0 ? void 0 : _f.call(_e, this);
  }
  // Tokenizer event handlers
  /** @internal */
  ontext(start, endIndex) {
    var _a3, _b;
    const data = this.getSlice(start, endIndex);
    this.endIndex = endIndex - 1;
    (_b = (_a3 = this.cbs).ontext) === null || _b === void 0 ? void 0 : _b.call(_a3, data);
    this.startIndex = endIndex;
  }
  /** @internal */
  ontextentity(cp, endIndex) {
    var _a3, _b;
    this.endIndex = endIndex - 1;
    (_b = (_a3 = this.cbs).ontext) === null || _b === void 0 ? void 0 : _b.call(_a3, fromCodePoint(cp));
    this.startIndex = endIndex;
  }
  /**
   * Checks if the current tag is a void element. Override this if you want
   * to specify your own additional void elements.
   */
  isVoidElement(name2) {
    return this.htmlMode && voidElements.has(name2);
  }
  /** @internal */
  onopentagname(start, endIndex) {
    this.endIndex = endIndex;
    let name2 = this.getSlice(start, endIndex);
    if (this.lowerCaseTagNames) {
      name2 = name2.toLowerCase();
    }
    this.emitOpenTag(name2);
  }
  emitOpenTag(name2) {
    var _a3, _b, _c, _d;
    this.openTagStart = this.startIndex;
    this.tagname = name2;
    const impliesClose = this.htmlMode && openImpliesClose.get(name2);
    if (impliesClose) {
      while (this.stack.length > 0 && impliesClose.has(this.stack[0])) {
        const element = this.stack.shift();
        (_b = (_a3 = this.cbs).onclosetag) === null || _b === void 0 ? void 0 : _b.call(_a3, element, true);
      }
    }
    if (!this.isVoidElement(name2)) {
      this.stack.unshift(name2);
      if (this.htmlMode) {
        if (foreignContextElements.has(name2)) {
          this.foreignContext.unshift(true);
        } else if (htmlIntegrationElements.has(name2)) {
          this.foreignContext.unshift(false);
        }
      }
    }
    (_d = (_c = this.cbs).onopentagname) === null || _d === void 0 ? void 0 : _d.call(_c, name2);
    if (this.cbs.onopentag)
      this.attribs = {};
  }
  endOpenTag(isImplied) {
    var _a3, _b;
    this.startIndex = this.openTagStart;
    if (this.attribs) {
      (_b = (_a3 = this.cbs).onopentag) === null || _b === void 0 ? void 0 : _b.call(_a3, this.tagname, this.attribs, isImplied);
      this.attribs = null;
    }
    if (this.cbs.onclosetag && this.isVoidElement(this.tagname)) {
      this.cbs.onclosetag(this.tagname, true);
    }
    this.tagname = "";
  }
  /** @internal */
  onopentagend(endIndex) {
    this.endIndex = endIndex;
    this.endOpenTag(false);
    this.startIndex = endIndex + 1;
  }
  /** @internal */
  onclosetag(start, endIndex) {
    var _a3, _b, _c, _d, _e, _f, _g, _h;
    this.endIndex = endIndex;
    let name2 = this.getSlice(start, endIndex);
    if (this.lowerCaseTagNames) {
      name2 = name2.toLowerCase();
    }
    if (this.htmlMode && (foreignContextElements.has(name2) || htmlIntegrationElements.has(name2))) {
      this.foreignContext.shift();
    }
    if (!this.isVoidElement(name2)) {
      const pos = this.stack.indexOf(name2);
      if (pos !== -1) {
        for (let index = 0; index <= pos; index++) {
          const element = this.stack.shift();
          (_b = (_a3 = this.cbs).onclosetag) === null || _b === void 0 ? void 0 : _b.call(_a3, element, index !== pos);
        }
      } else if (this.htmlMode && name2 === "p") {
        this.emitOpenTag("p");
        this.closeCurrentTag(true);
      }
    } else if (this.htmlMode && name2 === "br") {
      (_d = (_c = this.cbs).onopentagname) === null || _d === void 0 ? void 0 : _d.call(_c, "br");
      (_f = (_e = this.cbs).onopentag) === null || _f === void 0 ? void 0 : _f.call(_e, "br", {}, true);
      (_h = (_g = this.cbs).onclosetag) === null || _h === void 0 ? void 0 : _h.call(_g, "br", false);
    }
    this.startIndex = endIndex + 1;
  }
  /** @internal */
  onselfclosingtag(endIndex) {
    this.endIndex = endIndex;
    if (this.recognizeSelfClosing || this.foreignContext[0]) {
      this.closeCurrentTag(false);
      this.startIndex = endIndex + 1;
    } else {
      this.onopentagend(endIndex);
    }
  }
  closeCurrentTag(isOpenImplied) {
    var _a3, _b;
    const name2 = this.tagname;
    this.endOpenTag(isOpenImplied);
    if (this.stack[0] === name2) {
      (_b = (_a3 = this.cbs).onclosetag) === null || _b === void 0 ? void 0 : _b.call(_a3, name2, !isOpenImplied);
      this.stack.shift();
    }
  }
  /** @internal */
  onattribname(start, endIndex) {
    this.startIndex = start;
    const name2 = this.getSlice(start, endIndex);
    this.attribname = this.lowerCaseAttributeNames ? name2.toLowerCase() : name2;
  }
  /** @internal */
  onattribdata(start, endIndex) {
    this.attribvalue += this.getSlice(start, endIndex);
  }
  /** @internal */
  onattribentity(cp) {
    this.attribvalue += fromCodePoint(cp);
  }
  /** @internal */
  onattribend(quote, endIndex) {
    var _a3, _b;
    this.endIndex = endIndex;
    (_b = (_a3 = this.cbs).onattribute) === null || _b === void 0 ? void 0 : _b.call(_a3, this.attribname, this.attribvalue, quote === QuoteType.Double ? '"' : quote === QuoteType.Single ? "'" : quote === QuoteType.NoValue ? void 0 : null);
    if (this.attribs && !Object.prototype.hasOwnProperty.call(this.attribs, this.attribname)) {
      this.attribs[this.attribname] = this.attribvalue;
    }
    this.attribvalue = "";
  }
  getInstructionName(value) {
    const index = value.search(reNameEnd);
    let name2 = index < 0 ? value : value.substr(0, index);
    if (this.lowerCaseTagNames) {
      name2 = name2.toLowerCase();
    }
    return name2;
  }
  /** @internal */
  ondeclaration(start, endIndex) {
    this.endIndex = endIndex;
    const value = this.getSlice(start, endIndex);
    if (this.cbs.onprocessinginstruction) {
      const name2 = this.getInstructionName(value);
      this.cbs.onprocessinginstruction(`!${name2}`, `!${value}`);
    }
    this.startIndex = endIndex + 1;
  }
  /** @internal */
  onprocessinginstruction(start, endIndex) {
    this.endIndex = endIndex;
    const value = this.getSlice(start, endIndex);
    if (this.cbs.onprocessinginstruction) {
      const name2 = this.getInstructionName(value);
      this.cbs.onprocessinginstruction(`?${name2}`, `?${value}`);
    }
    this.startIndex = endIndex + 1;
  }
  /** @internal */
  oncomment(start, endIndex, offset) {
    var _a3, _b, _c, _d;
    this.endIndex = endIndex;
    (_b = (_a3 = this.cbs).oncomment) === null || _b === void 0 ? void 0 : _b.call(_a3, this.getSlice(start, endIndex - offset));
    (_d = (_c = this.cbs).oncommentend) === null || _d === void 0 ? void 0 : _d.call(_c);
    this.startIndex = endIndex + 1;
  }
  /** @internal */
  oncdata(start, endIndex, offset) {
    var _a3, _b, _c, _d, _e, _f, _g, _h, _j, _k;
    this.endIndex = endIndex;
    const value = this.getSlice(start, endIndex - offset);
    if (!this.htmlMode || this.options.recognizeCDATA) {
      (_b = (_a3 = this.cbs).oncdatastart) === null || _b === void 0 ? void 0 : _b.call(_a3);
      (_d = (_c = this.cbs).ontext) === null || _d === void 0 ? void 0 : _d.call(_c, value);
      (_f = (_e = this.cbs).oncdataend) === null || _f === void 0 ? void 0 : _f.call(_e);
    } else {
      (_h = (_g = this.cbs).oncomment) === null || _h === void 0 ? void 0 : _h.call(_g, `[CDATA[${value}]]`);
      (_k = (_j = this.cbs).oncommentend) === null || _k === void 0 ? void 0 : _k.call(_j);
    }
    this.startIndex = endIndex + 1;
  }
  /** @internal */
  onend() {
    var _a3, _b;
    if (this.cbs.onclosetag) {
      this.endIndex = this.startIndex;
      for (let index = 0; index < this.stack.length; index++) {
        this.cbs.onclosetag(this.stack[index], true);
      }
    }
    (_b = (_a3 = this.cbs).onend) === null || _b === void 0 ? void 0 : _b.call(_a3);
  }
  /**
   * Resets the parser to a blank state, ready to parse a new HTML document
   */
  reset() {
    var _a3, _b, _c, _d;
    (_b = (_a3 = this.cbs).onreset) === null || _b === void 0 ? void 0 : _b.call(_a3);
    this.tokenizer.reset();
    this.tagname = "";
    this.attribname = "";
    this.attribs = null;
    this.stack.length = 0;
    this.startIndex = 0;
    this.endIndex = 0;
    (_d = (_c = this.cbs).onparserinit) === null || _d === void 0 ? void 0 : _d.call(_c, this);
    this.buffers.length = 0;
    this.foreignContext.length = 0;
    this.foreignContext.unshift(!this.htmlMode);
    this.bufferOffset = 0;
    this.writeIndex = 0;
    this.ended = false;
  }
  /**
   * Resets the parser, then parses a complete document and
   * pushes it to the handler.
   *
   * @param data Document to parse.
   */
  parseComplete(data) {
    this.reset();
    this.end(data);
  }
  getSlice(start, end) {
    while (start - this.bufferOffset >= this.buffers[0].length) {
      this.shiftBuffer();
    }
    let slice = this.buffers[0].slice(start - this.bufferOffset, end - this.bufferOffset);
    while (end - this.bufferOffset > this.buffers[0].length) {
      this.shiftBuffer();
      slice += this.buffers[0].slice(0, end - this.bufferOffset);
    }
    return slice;
  }
  shiftBuffer() {
    this.bufferOffset += this.buffers[0].length;
    this.writeIndex--;
    this.buffers.shift();
  }
  /**
   * Parses a chunk of data and calls the corresponding callbacks.
   *
   * @param chunk Chunk to parse.
   */
  write(chunk) {
    var _a3, _b;
    if (this.ended) {
      (_b = (_a3 = this.cbs).onerror) === null || _b === void 0 ? void 0 : _b.call(_a3, new Error(".write() after done!"));
      return;
    }
    this.buffers.push(chunk);
    if (this.tokenizer.running) {
      this.tokenizer.write(chunk);
      this.writeIndex++;
    }
  }
  /**
   * Parses the end of the buffer and clears the stack, calls onend.
   *
   * @param chunk Optional final chunk to parse.
   */
  end(chunk) {
    var _a3, _b;
    if (this.ended) {
      (_b = (_a3 = this.cbs).onerror) === null || _b === void 0 ? void 0 : _b.call(_a3, new Error(".end() after done!"));
      return;
    }
    if (chunk)
      this.write(chunk);
    this.ended = true;
    this.tokenizer.end();
  }
  /**
   * Pauses parsing. The parser won't emit events until `resume` is called.
   */
  pause() {
    this.tokenizer.pause();
  }
  /**
   * Resumes parsing after `pause` was called.
   */
  resume() {
    this.tokenizer.resume();
    while (this.tokenizer.running && this.writeIndex < this.buffers.length) {
      this.tokenizer.write(this.buffers[this.writeIndex++]);
    }
    if (this.ended)
      this.tokenizer.end();
  }
  /**
   * Alias of `write`, for backwards compatibility.
   *
   * @param chunk Chunk to parse.
   * @deprecated
   */
  parseChunk(chunk) {
    this.write(chunk);
  }
  /**
   * Alias of `end`, for backwards compatibility.
   *
   * @param chunk Optional final chunk to parse.
   * @deprecated
   */
  done(chunk) {
    this.end(chunk);
  }
};

// node_modules/entities/lib/esm/generated/decode-data-html.js
var decode_data_html_default = new Uint16Array(
  // prettier-ignore
  'ᵁ<Õıʊҝջאٵ۞ޢߖࠏ੊ઑඡ๭༉༦჊ረዡᐕᒝᓃᓟᔥ\0\0\0\0\0\0ᕫᛍᦍᰒᷝ὾⁠↰⊍⏀⏻⑂⠤⤒ⴈ⹈⿎〖㊺㘹㞬㣾㨨㩱㫠㬮ࠀEMabcfglmnoprstu\\bfms¦³¹ÈÏlig耻Æ䃆P耻&䀦cute耻Á䃁reve;䄂Āiyx}rc耻Â䃂;䐐r;쀀𝔄rave耻À䃀pha;䎑acr;䄀d;橓Āgp¡on;䄄f;쀀𝔸plyFunction;恡ing耻Å䃅Ācs¾Ãr;쀀𝒜ign;扔ilde耻Ã䃃ml耻Ä䃄ЀaceforsuåûþėĜĢħĪĀcrêòkslash;或Ŷöø;櫧ed;挆y;䐑ƀcrtąċĔause;戵noullis;愬a;䎒r;쀀𝔅pf;쀀𝔹eve;䋘còēmpeq;扎܀HOacdefhilorsuōőŖƀƞƢƵƷƺǜȕɳɸɾcy;䐧PY耻©䂩ƀcpyŝŢźute;䄆Ā;iŧŨ拒talDifferentialD;慅leys;愭ȀaeioƉƎƔƘron;䄌dil耻Ç䃇rc;䄈nint;戰ot;䄊ĀdnƧƭilla;䂸terDot;䂷òſi;䎧rcleȀDMPTǇǋǑǖot;抙inus;抖lus;投imes;抗oĀcsǢǸkwiseContourIntegral;戲eCurlyĀDQȃȏoubleQuote;思uote;怙ȀlnpuȞȨɇɕonĀ;eȥȦ户;橴ƀgitȯȶȺruent;扡nt;戯ourIntegral;戮ĀfrɌɎ;愂oduct;成nterClockwiseContourIntegral;戳oss;樯cr;쀀𝒞pĀ;Cʄʅ拓ap;才րDJSZacefiosʠʬʰʴʸˋ˗ˡ˦̳ҍĀ;oŹʥtrahd;椑cy;䐂cy;䐅cy;䐏ƀgrsʿ˄ˇger;怡r;憡hv;櫤Āayː˕ron;䄎;䐔lĀ;t˝˞戇a;䎔r;쀀𝔇Āaf˫̧Ācm˰̢riticalȀADGT̖̜̀̆cute;䂴oŴ̋̍;䋙bleAcute;䋝rave;䁠ilde;䋜ond;拄ferentialD;慆Ѱ̽\0\0\0͔͂\0Ѕf;쀀𝔻ƀ;DE͈͉͍䂨ot;惜qual;扐blèCDLRUVͣͲ΂ϏϢϸontourIntegraìȹoɴ͹\0\0ͻ»͉nArrow;懓Āeo·ΤftƀARTΐΖΡrrow;懐ightArrow;懔eåˊngĀLRΫτeftĀARγιrrow;柸ightArrow;柺ightArrow;柹ightĀATϘϞrrow;懒ee;抨pɁϩ\0\0ϯrrow;懑ownArrow;懕erticalBar;戥ǹABLRTaВЪаўѿͼrrowƀ;BUНОТ憓ar;椓pArrow;懵reve;䌑eft˒к\0ц\0ѐightVector;楐eeVector;楞ectorĀ;Bљњ憽ar;楖ightǔѧ\0ѱeeVector;楟ectorĀ;BѺѻ懁ar;楗eeĀ;A҆҇护rrow;憧ĀctҒҗr;쀀𝒟rok;䄐ࠀNTacdfglmopqstuxҽӀӄӋӞӢӧӮӵԡԯԶՒ՝ՠեG;䅊H耻Ð䃐cute耻É䃉ƀaiyӒӗӜron;䄚rc耻Ê䃊;䐭ot;䄖r;쀀𝔈rave耻È䃈ement;戈ĀapӺӾcr;䄒tyɓԆ\0\0ԒmallSquare;旻erySmallSquare;斫ĀgpԦԪon;䄘f;쀀𝔼silon;䎕uĀaiԼՉlĀ;TՂՃ橵ilde;扂librium;懌Āci՗՚r;愰m;橳a;䎗ml耻Ë䃋Āipժկsts;戃onentialE;慇ʀcfiosօֈ֍ֲ׌y;䐤r;쀀𝔉lledɓ֗\0\0֣mallSquare;旼erySmallSquare;斪Ͱֺ\0ֿ\0\0ׄf;쀀𝔽All;戀riertrf;愱cò׋؀JTabcdfgorstר׬ׯ׺؀ؒؖ؛؝أ٬ٲcy;䐃耻>䀾mmaĀ;d׷׸䎓;䏜reve;䄞ƀeiy؇،ؐdil;䄢rc;䄜;䐓ot;䄠r;쀀𝔊;拙pf;쀀𝔾eater̀EFGLSTصلَٖٛ٦qualĀ;Lؾؿ扥ess;招ullEqual;执reater;檢ess;扷lantEqual;橾ilde;扳cr;쀀𝒢;扫ЀAacfiosuڅڋږڛڞڪھۊRDcy;䐪Āctڐڔek;䋇;䁞irc;䄤r;愌lbertSpace;愋ǰگ\0ڲf;愍izontalLine;攀Āctۃۅòکrok;䄦mpńېۘownHumðįqual;扏܀EJOacdfgmnostuۺ۾܃܇܎ܚܞܡܨ݄ݸދޏޕcy;䐕lig;䄲cy;䐁cute耻Í䃍Āiyܓܘrc耻Î䃎;䐘ot;䄰r;愑rave耻Ì䃌ƀ;apܠܯܿĀcgܴܷr;䄪inaryI;慈lieóϝǴ݉\0ݢĀ;eݍݎ戬Āgrݓݘral;戫section;拂isibleĀCTݬݲomma;恣imes;恢ƀgptݿރވon;䄮f;쀀𝕀a;䎙cr;愐ilde;䄨ǫޚ\0ޞcy;䐆l耻Ï䃏ʀcfosuެ޷޼߂ߐĀiyޱ޵rc;䄴;䐙r;쀀𝔍pf;쀀𝕁ǣ߇\0ߌr;쀀𝒥rcy;䐈kcy;䐄΀HJacfosߤߨ߽߬߱ࠂࠈcy;䐥cy;䐌ppa;䎚Āey߶߻dil;䄶;䐚r;쀀𝔎pf;쀀𝕂cr;쀀𝒦րJTaceflmostࠥࠩࠬࡐࡣ঳সে্਷ੇcy;䐉耻<䀼ʀcmnpr࠷࠼ࡁࡄࡍute;䄹bda;䎛g;柪lacetrf;愒r;憞ƀaeyࡗ࡜ࡡron;䄽dil;䄻;䐛Āfsࡨ॰tԀACDFRTUVarࡾࢩࢱࣦ࣠ࣼयज़ΐ४Ānrࢃ࢏gleBracket;柨rowƀ;BR࢙࢚࢞憐ar;懤ightArrow;懆eiling;挈oǵࢷ\0ࣃbleBracket;柦nǔࣈ\0࣒eeVector;楡ectorĀ;Bࣛࣜ懃ar;楙loor;挊ightĀAV࣯ࣵrrow;憔ector;楎Āerँगeƀ;AVउऊऐ抣rrow;憤ector;楚iangleƀ;BEतथऩ抲ar;槏qual;抴pƀDTVषूौownVector;楑eeVector;楠ectorĀ;Bॖॗ憿ar;楘ectorĀ;B॥०憼ar;楒ightáΜs̀EFGLSTॾঋকঝঢভqualGreater;拚ullEqual;扦reater;扶ess;檡lantEqual;橽ilde;扲r;쀀𝔏Ā;eঽা拘ftarrow;懚idot;䄿ƀnpw৔ਖਛgȀLRlr৞৷ਂਐeftĀAR০৬rrow;柵ightArrow;柷ightArrow;柶eftĀarγਊightáοightáϊf;쀀𝕃erĀLRਢਬeftArrow;憙ightArrow;憘ƀchtਾੀੂòࡌ;憰rok;䅁;扪Ѐacefiosuਗ਼੝੠੷੼અઋ઎p;椅y;䐜Ādl੥੯iumSpace;恟lintrf;愳r;쀀𝔐nusPlus;戓pf;쀀𝕄cò੶;䎜ҀJacefostuણધભીଔଙඑ඗ඞcy;䐊cute;䅃ƀaey઴હાron;䅇dil;䅅;䐝ƀgswે૰଎ativeƀMTV૓૟૨ediumSpace;怋hiĀcn૦૘ë૙eryThiî૙tedĀGL૸ଆreaterGreateòٳessLesóੈLine;䀊r;쀀𝔑ȀBnptଢନଷ଺reak;恠BreakingSpace;䂠f;愕ڀ;CDEGHLNPRSTV୕ୖ୪୼஡௫ఄ౞಄ದ೘ൡඅ櫬Āou୛୤ngruent;扢pCap;扭oubleVerticalBar;戦ƀlqxஃஊ஛ement;戉ualĀ;Tஒஓ扠ilde;쀀≂̸ists;戄reater΀;EFGLSTஶஷ஽௉௓௘௥扯qual;扱ullEqual;쀀≧̸reater;쀀≫̸ess;批lantEqual;쀀⩾̸ilde;扵umpń௲௽ownHump;쀀≎̸qual;쀀≏̸eĀfsఊధtTriangleƀ;BEచఛడ拪ar;쀀⧏̸qual;括s̀;EGLSTవశ఼ౄోౘ扮qual;扰reater;扸ess;쀀≪̸lantEqual;쀀⩽̸ilde;扴estedĀGL౨౹reaterGreater;쀀⪢̸essLess;쀀⪡̸recedesƀ;ESಒಓಛ技qual;쀀⪯̸lantEqual;拠ĀeiಫಹverseElement;戌ghtTriangleƀ;BEೋೌ೒拫ar;쀀⧐̸qual;拭ĀquೝഌuareSuĀbp೨೹setĀ;E೰ೳ쀀⊏̸qual;拢ersetĀ;Eഃആ쀀⊐̸qual;拣ƀbcpഓതൎsetĀ;Eഛഞ쀀⊂⃒qual;抈ceedsȀ;ESTലള഻െ抁qual;쀀⪰̸lantEqual;拡ilde;쀀≿̸ersetĀ;E൘൛쀀⊃⃒qual;抉ildeȀ;EFT൮൯൵ൿ扁qual;扄ullEqual;扇ilde;扉erticalBar;戤cr;쀀𝒩ilde耻Ñ䃑;䎝܀Eacdfgmoprstuvලෂ෉෕ෛ෠෧෼ขภยา฿ไlig;䅒cute耻Ó䃓Āiy෎ීrc耻Ô䃔;䐞blac;䅐r;쀀𝔒rave耻Ò䃒ƀaei෮ෲ෶cr;䅌ga;䎩cron;䎟pf;쀀𝕆enCurlyĀDQฎบoubleQuote;怜uote;怘;橔Āclวฬr;쀀𝒪ash耻Ø䃘iŬื฼de耻Õ䃕es;樷ml耻Ö䃖erĀBP๋๠Āar๐๓r;怾acĀek๚๜;揞et;掴arenthesis;揜Ҁacfhilors๿ງຊຏຒດຝະ໼rtialD;戂y;䐟r;쀀𝔓i;䎦;䎠usMinus;䂱Āipຢອncareplanåڝf;愙Ȁ;eio຺ູ໠໤檻cedesȀ;EST່້໏໚扺qual;檯lantEqual;扼ilde;找me;怳Ādp໩໮uct;戏ortionĀ;aȥ໹l;戝Āci༁༆r;쀀𝒫;䎨ȀUfos༑༖༛༟OT耻"䀢r;쀀𝔔pf;愚cr;쀀𝒬؀BEacefhiorsu༾གྷཇའཱིྦྷྪྭ႖ႩႴႾarr;椐G耻®䂮ƀcnrཎནབute;䅔g;柫rĀ;tཛྷཝ憠l;椖ƀaeyཧཬཱron;䅘dil;䅖;䐠Ā;vླྀཹ愜erseĀEUྂྙĀlq྇ྎement;戋uilibrium;懋pEquilibrium;楯r»ཹo;䎡ghtЀACDFTUVa࿁࿫࿳ဢဨၛႇϘĀnr࿆࿒gleBracket;柩rowƀ;BL࿜࿝࿡憒ar;懥eftArrow;懄eiling;按oǵ࿹\0စbleBracket;柧nǔည\0နeeVector;楝ectorĀ;Bဝသ懂ar;楕loor;挋Āerိ၃eƀ;AVဵံြ抢rrow;憦ector;楛iangleƀ;BEၐၑၕ抳ar;槐qual;抵pƀDTVၣၮၸownVector;楏eeVector;楜ectorĀ;Bႂႃ憾ar;楔ectorĀ;B႑႒懀ar;楓Āpuႛ႞f;愝ndImplies;楰ightarrow;懛ĀchႹႼr;愛;憱leDelayed;槴ڀHOacfhimoqstuფჱჷჽᄙᄞᅑᅖᅡᅧᆵᆻᆿĀCcჩხHcy;䐩y;䐨FTcy;䐬cute;䅚ʀ;aeiyᄈᄉᄎᄓᄗ檼ron;䅠dil;䅞rc;䅜;䐡r;쀀𝔖ortȀDLRUᄪᄴᄾᅉownArrow»ОeftArrow»࢚ightArrow»࿝pArrow;憑gma;䎣allCircle;战pf;쀀𝕊ɲᅭ\0\0ᅰt;戚areȀ;ISUᅻᅼᆉᆯ斡ntersection;抓uĀbpᆏᆞsetĀ;Eᆗᆘ抏qual;抑ersetĀ;Eᆨᆩ抐qual;抒nion;抔cr;쀀𝒮ar;拆ȀbcmpᇈᇛሉላĀ;sᇍᇎ拐etĀ;Eᇍᇕqual;抆ĀchᇠህeedsȀ;ESTᇭᇮᇴᇿ扻qual;檰lantEqual;扽ilde;承Tháྌ;我ƀ;esሒሓሣ拑rsetĀ;Eሜም抃qual;抇et»ሓրHRSacfhiorsሾቄ቉ቕ቞ቱቶኟዂወዑORN耻Þ䃞ADE;愢ĀHc቎ቒcy;䐋y;䐦Ābuቚቜ;䀉;䎤ƀaeyብቪቯron;䅤dil;䅢;䐢r;쀀𝔗Āeiቻ኉ǲኀ\0ኇefore;戴a;䎘Ācn኎ኘkSpace;쀀  Space;怉ldeȀ;EFTካኬኲኼ戼qual;扃ullEqual;扅ilde;扈pf;쀀𝕋ipleDot;惛Āctዖዛr;쀀𝒯rok;䅦ૡዷጎጚጦ\0ጬጱ\0\0\0\0\0ጸጽ፷ᎅ\0᏿ᐄᐊᐐĀcrዻጁute耻Ú䃚rĀ;oጇገ憟cir;楉rǣጓ\0጖y;䐎ve;䅬Āiyጞጣrc耻Û䃛;䐣blac;䅰r;쀀𝔘rave耻Ù䃙acr;䅪Ādiፁ፩erĀBPፈ፝Āarፍፐr;䁟acĀekፗፙ;揟et;掵arenthesis;揝onĀ;P፰፱拃lus;抎Āgp፻፿on;䅲f;쀀𝕌ЀADETadps᎕ᎮᎸᏄϨᏒᏗᏳrrowƀ;BDᅐᎠᎤar;椒ownArrow;懅ownArrow;憕quilibrium;楮eeĀ;AᏋᏌ报rrow;憥ownáϳerĀLRᏞᏨeftArrow;憖ightArrow;憗iĀ;lᏹᏺ䏒on;䎥ing;䅮cr;쀀𝒰ilde;䅨ml耻Ü䃜ҀDbcdefosvᐧᐬᐰᐳᐾᒅᒊᒐᒖash;披ar;櫫y;䐒ashĀ;lᐻᐼ抩;櫦Āerᑃᑅ;拁ƀbtyᑌᑐᑺar;怖Ā;iᑏᑕcalȀBLSTᑡᑥᑪᑴar;戣ine;䁼eparator;杘ilde;所ThinSpace;怊r;쀀𝔙pf;쀀𝕍cr;쀀𝒱dash;抪ʀcefosᒧᒬᒱᒶᒼirc;䅴dge;拀r;쀀𝔚pf;쀀𝕎cr;쀀𝒲Ȁfiosᓋᓐᓒᓘr;쀀𝔛;䎞pf;쀀𝕏cr;쀀𝒳ҀAIUacfosuᓱᓵᓹᓽᔄᔏᔔᔚᔠcy;䐯cy;䐇cy;䐮cute耻Ý䃝Āiyᔉᔍrc;䅶;䐫r;쀀𝔜pf;쀀𝕐cr;쀀𝒴ml;䅸ЀHacdefosᔵᔹᔿᕋᕏᕝᕠᕤcy;䐖cute;䅹Āayᕄᕉron;䅽;䐗ot;䅻ǲᕔ\0ᕛoWidtè૙a;䎖r;愨pf;愤cr;쀀𝒵௡ᖃᖊᖐ\0ᖰᖶᖿ\0\0\0\0ᗆᗛᗫᙟ᙭\0ᚕ᚛ᚲᚹ\0ᚾcute耻á䃡reve;䄃̀;Ediuyᖜᖝᖡᖣᖨᖭ戾;쀀∾̳;房rc耻â䃢te肻´̆;䐰lig耻æ䃦Ā;r²ᖺ;쀀𝔞rave耻à䃠ĀepᗊᗖĀfpᗏᗔsym;愵èᗓha;䎱ĀapᗟcĀclᗤᗧr;䄁g;樿ɤᗰ\0\0ᘊʀ;adsvᗺᗻᗿᘁᘇ戧nd;橕;橜lope;橘;橚΀;elmrszᘘᘙᘛᘞᘿᙏᙙ戠;榤e»ᘙsdĀ;aᘥᘦ戡ѡᘰᘲᘴᘶᘸᘺᘼᘾ;榨;榩;榪;榫;榬;榭;榮;榯tĀ;vᙅᙆ戟bĀ;dᙌᙍ抾;榝Āptᙔᙗh;戢»¹arr;捼Āgpᙣᙧon;䄅f;쀀𝕒΀;Eaeiop዁ᙻᙽᚂᚄᚇᚊ;橰cir;橯;扊d;手s;䀧roxĀ;e዁ᚒñᚃing耻å䃥ƀctyᚡᚦᚨr;쀀𝒶;䀪mpĀ;e዁ᚯñʈilde耻ã䃣ml耻ä䃤Āciᛂᛈoninôɲnt;樑ࠀNabcdefiklnoprsu᛭ᛱᜰ᜼ᝃᝈ᝸᝽០៦ᠹᡐᜍ᤽᥈ᥰot;櫭Ācrᛶ᜞kȀcepsᜀᜅᜍᜓong;扌psilon;䏶rime;怵imĀ;e᜚᜛戽q;拍Ŷᜢᜦee;抽edĀ;gᜬᜭ挅e»ᜭrkĀ;t፜᜷brk;掶Āoyᜁᝁ;䐱quo;怞ʀcmprtᝓ᝛ᝡᝤᝨausĀ;eĊĉptyv;榰séᜌnoõēƀahwᝯ᝱ᝳ;䎲;愶een;扬r;쀀𝔟g΀costuvwឍឝឳេ៕៛៞ƀaiuបពរðݠrc;旯p»፱ƀdptឤឨឭot;樀lus;樁imes;樂ɱឹ\0\0ើcup;樆ar;昅riangleĀdu៍្own;施p;斳plus;樄eåᑄåᒭarow;植ƀako៭ᠦᠵĀcn៲ᠣkƀlst៺֫᠂ozenge;槫riangleȀ;dlr᠒᠓᠘᠝斴own;斾eft;旂ight;斸k;搣Ʊᠫ\0ᠳƲᠯ\0ᠱ;斒;斑4;斓ck;斈ĀeoᠾᡍĀ;qᡃᡆ쀀=⃥uiv;쀀≡⃥t;挐Ȁptwxᡙᡞᡧᡬf;쀀𝕓Ā;tᏋᡣom»Ꮜtie;拈؀DHUVbdhmptuvᢅᢖᢪᢻᣗᣛᣬ᣿ᤅᤊᤐᤡȀLRlrᢎᢐᢒᢔ;敗;敔;敖;敓ʀ;DUduᢡᢢᢤᢦᢨ敐;敦;敩;敤;敧ȀLRlrᢳᢵᢷᢹ;敝;敚;敜;教΀;HLRhlrᣊᣋᣍᣏᣑᣓᣕ救;敬;散;敠;敫;敢;敟ox;槉ȀLRlrᣤᣦᣨᣪ;敕;敒;攐;攌ʀ;DUduڽ᣷᣹᣻᣽;敥;敨;攬;攴inus;抟lus;択imes;抠ȀLRlrᤙᤛᤝ᤟;敛;敘;攘;攔΀;HLRhlrᤰᤱᤳᤵᤷ᤻᤹攂;敪;敡;敞;攼;攤;攜Āevģ᥂bar耻¦䂦Ȁceioᥑᥖᥚᥠr;쀀𝒷mi;恏mĀ;e᜚᜜lƀ;bhᥨᥩᥫ䁜;槅sub;柈Ŭᥴ᥾lĀ;e᥹᥺怢t»᥺pƀ;Eeįᦅᦇ;檮Ā;qۜۛೡᦧ\0᧨ᨑᨕᨲ\0ᨷᩐ\0\0᪴\0\0᫁\0\0ᬡᬮ᭍᭒\0᯽\0ᰌƀcpr᦭ᦲ᧝ute;䄇̀;abcdsᦿᧀᧄ᧊᧕᧙戩nd;橄rcup;橉Āau᧏᧒p;橋p;橇ot;橀;쀀∩︀Āeo᧢᧥t;恁îړȀaeiu᧰᧻ᨁᨅǰ᧵\0᧸s;橍on;䄍dil耻ç䃧rc;䄉psĀ;sᨌᨍ橌m;橐ot;䄋ƀdmnᨛᨠᨦil肻¸ƭptyv;榲t脀¢;eᨭᨮ䂢räƲr;쀀𝔠ƀceiᨽᩀᩍy;䑇ckĀ;mᩇᩈ朓ark»ᩈ;䏇r΀;Ecefms᩟᩠ᩢᩫ᪤᪪᪮旋;槃ƀ;elᩩᩪᩭ䋆q;扗eɡᩴ\0\0᪈rrowĀlr᩼᪁eft;憺ight;憻ʀRSacd᪒᪔᪖᪚᪟»ཇ;擈st;抛irc;抚ash;抝nint;樐id;櫯cir;槂ubsĀ;u᪻᪼晣it»᪼ˬ᫇᫔᫺\0ᬊonĀ;eᫍᫎ䀺Ā;qÇÆɭ᫙\0\0᫢aĀ;t᫞᫟䀬;䁀ƀ;fl᫨᫩᫫戁îᅠeĀmx᫱᫶ent»᫩eóɍǧ᫾\0ᬇĀ;dኻᬂot;橭nôɆƀfryᬐᬔᬗ;쀀𝕔oäɔ脀©;sŕᬝr;愗Āaoᬥᬩrr;憵ss;朗Ācuᬲᬷr;쀀𝒸Ābpᬼ᭄Ā;eᭁᭂ櫏;櫑Ā;eᭉᭊ櫐;櫒dot;拯΀delprvw᭠᭬᭷ᮂᮬᯔ᯹arrĀlr᭨᭪;椸;椵ɰ᭲\0\0᭵r;拞c;拟arrĀ;p᭿ᮀ憶;椽̀;bcdosᮏᮐᮖᮡᮥᮨ截rcap;橈Āauᮛᮞp;橆p;橊ot;抍r;橅;쀀∪︀Ȁalrv᮵ᮿᯞᯣrrĀ;mᮼᮽ憷;椼yƀevwᯇᯔᯘqɰᯎ\0\0ᯒreã᭳uã᭵ee;拎edge;拏en耻¤䂤earrowĀlrᯮ᯳eft»ᮀight»ᮽeäᯝĀciᰁᰇoninôǷnt;戱lcty;挭ঀAHabcdefhijlorstuwz᰸᰻᰿ᱝᱩᱵᲊᲞᲬᲷ᳻᳿ᴍᵻᶑᶫᶻ᷆᷍rò΁ar;楥Ȁglrs᱈ᱍ᱒᱔ger;怠eth;愸òᄳhĀ;vᱚᱛ怐»ऊūᱡᱧarow;椏aã̕Āayᱮᱳron;䄏;䐴ƀ;ao̲ᱼᲄĀgrʿᲁr;懊tseq;橷ƀglmᲑᲔᲘ耻°䂰ta;䎴ptyv;榱ĀirᲣᲨsht;楿;쀀𝔡arĀlrᲳᲵ»ࣜ»သʀaegsv᳂͸᳖᳜᳠mƀ;oș᳊᳔ndĀ;ș᳑uit;晦amma;䏝in;拲ƀ;io᳧᳨᳸䃷de脀÷;o᳧ᳰntimes;拇nø᳷cy;䑒cɯᴆ\0\0ᴊrn;挞op;挍ʀlptuwᴘᴝᴢᵉᵕlar;䀤f;쀀𝕕ʀ;emps̋ᴭᴷᴽᵂqĀ;d͒ᴳot;扑inus;戸lus;戔quare;抡blebarwedgåúnƀadhᄮᵝᵧownarrowóᲃarpoonĀlrᵲᵶefôᲴighôᲶŢᵿᶅkaro÷གɯᶊ\0\0ᶎrn;挟op;挌ƀcotᶘᶣᶦĀryᶝᶡ;쀀𝒹;䑕l;槶rok;䄑Ādrᶰᶴot;拱iĀ;fᶺ᠖斿Āah᷀᷃ròЩaòྦangle;榦Āci᷒ᷕy;䑟grarr;柿ऀDacdefglmnopqrstuxḁḉḙḸոḼṉṡṾấắẽỡἪἷὄ὎὚ĀDoḆᴴoôᲉĀcsḎḔute耻é䃩ter;橮ȀaioyḢḧḱḶron;䄛rĀ;cḭḮ扖耻ê䃪lon;払;䑍ot;䄗ĀDrṁṅot;扒;쀀𝔢ƀ;rsṐṑṗ檚ave耻è䃨Ā;dṜṝ檖ot;檘Ȁ;ilsṪṫṲṴ檙nters;揧;愓Ā;dṹṺ檕ot;檗ƀapsẅẉẗcr;䄓tyƀ;svẒẓẕ戅et»ẓpĀ1;ẝẤĳạả;怄;怅怃ĀgsẪẬ;䅋p;怂ĀgpẴẸon;䄙f;쀀𝕖ƀalsỄỎỒrĀ;sỊị拕l;槣us;橱iƀ;lvỚớở䎵on»ớ;䏵ȀcsuvỪỳἋἣĀioữḱrc»Ḯɩỹ\0\0ỻíՈantĀglἂἆtr»ṝess»Ṻƀaeiἒ἖Ἒls;䀽st;扟vĀ;DȵἠD;橸parsl;槥ĀDaἯἳot;打rr;楱ƀcdiἾὁỸr;愯oô͒ĀahὉὋ;䎷耻ð䃰Āmrὓὗl耻ë䃫o;悬ƀcipὡὤὧl;䀡sôծĀeoὬὴctatioîՙnentialåչৡᾒ\0ᾞ\0ᾡᾧ\0\0ῆῌ\0ΐ\0ῦῪ \0 ⁚llingdotseñṄy;䑄male;晀ƀilrᾭᾳ῁lig;耀ﬃɩᾹ\0\0᾽g;耀ﬀig;耀ﬄ;쀀𝔣lig;耀ﬁlig;쀀fjƀaltῙ῜ῡt;晭ig;耀ﬂns;斱of;䆒ǰ΅\0ῳf;쀀𝕗ĀakֿῷĀ;vῼ´拔;櫙artint;樍Āao‌⁕Ācs‑⁒α‚‰‸⁅⁈\0⁐β•‥‧‪‬\0‮耻½䂽;慓耻¼䂼;慕;慙;慛Ƴ‴\0‶;慔;慖ʴ‾⁁\0\0⁃耻¾䂾;慗;慜5;慘ƶ⁌\0⁎;慚;慝8;慞l;恄wn;挢cr;쀀𝒻ࢀEabcdefgijlnorstv₂₉₟₥₰₴⃰⃵⃺⃿℃ℒℸ̗ℾ⅒↞Ā;lٍ₇;檌ƀcmpₐₕ₝ute;䇵maĀ;dₜ᳚䎳;檆reve;䄟Āiy₪₮rc;䄝;䐳ot;䄡Ȁ;lqsؾق₽⃉ƀ;qsؾٌ⃄lanô٥Ȁ;cdl٥⃒⃥⃕c;檩otĀ;o⃜⃝檀Ā;l⃢⃣檂;檄Ā;e⃪⃭쀀⋛︀s;檔r;쀀𝔤Ā;gٳ؛mel;愷cy;䑓Ȁ;Eajٚℌℎℐ;檒;檥;檤ȀEaesℛℝ℩ℴ;扩pĀ;p℣ℤ檊rox»ℤĀ;q℮ℯ檈Ā;q℮ℛim;拧pf;쀀𝕘Āci⅃ⅆr;愊mƀ;el٫ⅎ⅐;檎;檐茀>;cdlqr׮ⅠⅪⅮⅳⅹĀciⅥⅧ;檧r;橺ot;拗Par;榕uest;橼ʀadelsↄⅪ←ٖ↛ǰ↉\0↎proø₞r;楸qĀlqؿ↖lesó₈ií٫Āen↣↭rtneqq;쀀≩︀Å↪ԀAabcefkosy⇄⇇⇱⇵⇺∘∝∯≨≽ròΠȀilmr⇐⇔⇗⇛rsðᒄf»․ilôکĀdr⇠⇤cy;䑊ƀ;cwࣴ⇫⇯ir;楈;憭ar;意irc;䄥ƀalr∁∎∓rtsĀ;u∉∊晥it»∊lip;怦con;抹r;쀀𝔥sĀew∣∩arow;椥arow;椦ʀamopr∺∾≃≞≣rr;懿tht;戻kĀlr≉≓eftarrow;憩ightarrow;憪f;쀀𝕙bar;怕ƀclt≯≴≸r;쀀𝒽asè⇴rok;䄧Ābp⊂⊇ull;恃hen»ᱛૡ⊣\0⊪\0⊸⋅⋎\0⋕⋳\0\0⋸⌢⍧⍢⍿\0⎆⎪⎴cute耻í䃭ƀ;iyݱ⊰⊵rc耻î䃮;䐸Ācx⊼⊿y;䐵cl耻¡䂡ĀfrΟ⋉;쀀𝔦rave耻ì䃬Ȁ;inoܾ⋝⋩⋮Āin⋢⋦nt;樌t;戭fin;槜ta;愩lig;䄳ƀaop⋾⌚⌝ƀcgt⌅⌈⌗r;䄫ƀelpܟ⌏⌓inåގarôܠh;䄱f;抷ed;䆵ʀ;cfotӴ⌬⌱⌽⍁are;愅inĀ;t⌸⌹戞ie;槝doô⌙ʀ;celpݗ⍌⍐⍛⍡al;抺Āgr⍕⍙eróᕣã⍍arhk;樗rod;樼Ȁcgpt⍯⍲⍶⍻y;䑑on;䄯f;쀀𝕚a;䎹uest耻¿䂿Āci⎊⎏r;쀀𝒾nʀ;EdsvӴ⎛⎝⎡ӳ;拹ot;拵Ā;v⎦⎧拴;拳Ā;iݷ⎮lde;䄩ǫ⎸\0⎼cy;䑖l耻ï䃯̀cfmosu⏌⏗⏜⏡⏧⏵Āiy⏑⏕rc;䄵;䐹r;쀀𝔧ath;䈷pf;쀀𝕛ǣ⏬\0⏱r;쀀𝒿rcy;䑘kcy;䑔Ѐacfghjos␋␖␢␧␭␱␵␻ppaĀ;v␓␔䎺;䏰Āey␛␠dil;䄷;䐺r;쀀𝔨reen;䄸cy;䑅cy;䑜pf;쀀𝕜cr;쀀𝓀஀ABEHabcdefghjlmnoprstuv⑰⒁⒆⒍⒑┎┽╚▀♎♞♥♹♽⚚⚲⛘❝❨➋⟀⠁⠒ƀart⑷⑺⑼rò৆òΕail;椛arr;椎Ā;gঔ⒋;檋ar;楢ॣ⒥\0⒪\0⒱\0\0\0\0\0⒵Ⓔ\0ⓆⓈⓍ\0⓹ute;䄺mptyv;榴raîࡌbda;䎻gƀ;dlࢎⓁⓃ;榑åࢎ;檅uo耻«䂫rЀ;bfhlpst࢙ⓞⓦⓩ⓫⓮⓱⓵Ā;f࢝ⓣs;椟s;椝ë≒p;憫l;椹im;楳l;憢ƀ;ae⓿─┄檫il;椙Ā;s┉┊檭;쀀⪭︀ƀabr┕┙┝rr;椌rk;杲Āak┢┬cĀek┨┪;䁻;䁛Āes┱┳;榋lĀdu┹┻;榏;榍Ȁaeuy╆╋╖╘ron;䄾Ādi═╔il;䄼ìࢰâ┩;䐻Ȁcqrs╣╦╭╽a;椶uoĀ;rนᝆĀdu╲╷har;楧shar;楋h;憲ʀ;fgqs▋▌উ◳◿扤tʀahlrt▘▤▷◂◨rrowĀ;t࢙□aé⓶arpoonĀdu▯▴own»њp»०eftarrows;懇ightƀahs◍◖◞rrowĀ;sࣴࢧarpoonó྘quigarro÷⇰hreetimes;拋ƀ;qs▋ও◺lanôবʀ;cdgsব☊☍☝☨c;檨otĀ;o☔☕橿Ā;r☚☛檁;檃Ā;e☢☥쀀⋚︀s;檓ʀadegs☳☹☽♉♋pproøⓆot;拖qĀgq♃♅ôউgtò⒌ôছiíলƀilr♕࣡♚sht;楼;쀀𝔩Ā;Eজ♣;檑š♩♶rĀdu▲♮Ā;l॥♳;楪lk;斄cy;䑙ʀ;achtੈ⚈⚋⚑⚖rò◁orneòᴈard;楫ri;旺Āio⚟⚤dot;䅀ustĀ;a⚬⚭掰che»⚭ȀEaes⚻⚽⛉⛔;扨pĀ;p⛃⛄檉rox»⛄Ā;q⛎⛏檇Ā;q⛎⚻im;拦Ѐabnoptwz⛩⛴⛷✚✯❁❇❐Ānr⛮⛱g;柬r;懽rëࣁgƀlmr⛿✍✔eftĀar০✇ightá৲apsto;柼ightá৽parrowĀlr✥✩efô⓭ight;憬ƀafl✶✹✽r;榅;쀀𝕝us;樭imes;樴š❋❏st;戗áፎƀ;ef❗❘᠀旊nge»❘arĀ;l❤❥䀨t;榓ʀachmt❳❶❼➅➇ròࢨorneòᶌarĀ;d྘➃;業;怎ri;抿̀achiqt➘➝ੀ➢➮➻quo;怹r;쀀𝓁mƀ;egল➪➬;檍;檏Ābu┪➳oĀ;rฟ➹;怚rok;䅂萀<;cdhilqrࠫ⟒☹⟜⟠⟥⟪⟰Āci⟗⟙;檦r;橹reå◲mes;拉arr;楶uest;橻ĀPi⟵⟹ar;榖ƀ;ef⠀भ᠛旃rĀdu⠇⠍shar;楊har;楦Āen⠗⠡rtneqq;쀀≨︀Å⠞܀Dacdefhilnopsu⡀⡅⢂⢎⢓⢠⢥⢨⣚⣢⣤ઃ⣳⤂Dot;戺Ȁclpr⡎⡒⡣⡽r耻¯䂯Āet⡗⡙;時Ā;e⡞⡟朠se»⡟Ā;sျ⡨toȀ;dluျ⡳⡷⡻owîҌefôएðᏑker;斮Āoy⢇⢌mma;権;䐼ash;怔asuredangle»ᘦr;쀀𝔪o;愧ƀcdn⢯⢴⣉ro耻µ䂵Ȁ;acdᑤ⢽⣀⣄sôᚧir;櫰ot肻·Ƶusƀ;bd⣒ᤃ⣓戒Ā;uᴼ⣘;横ţ⣞⣡p;櫛ò−ðઁĀdp⣩⣮els;抧f;쀀𝕞Āct⣸⣽r;쀀𝓂pos»ᖝƀ;lm⤉⤊⤍䎼timap;抸ఀGLRVabcdefghijlmoprstuvw⥂⥓⥾⦉⦘⧚⧩⨕⨚⩘⩝⪃⪕⪤⪨⬄⬇⭄⭿⮮ⰴⱧⱼ⳩Āgt⥇⥋;쀀⋙̸Ā;v⥐௏쀀≫⃒ƀelt⥚⥲⥶ftĀar⥡⥧rrow;懍ightarrow;懎;쀀⋘̸Ā;v⥻ే쀀≪⃒ightarrow;懏ĀDd⦎⦓ash;抯ash;抮ʀbcnpt⦣⦧⦬⦱⧌la»˞ute;䅄g;쀀∠⃒ʀ;Eiop඄⦼⧀⧅⧈;쀀⩰̸d;쀀≋̸s;䅉roø඄urĀ;a⧓⧔普lĀ;s⧓ସǳ⧟\0⧣p肻 ଷmpĀ;e௹ఀʀaeouy⧴⧾⨃⨐⨓ǰ⧹\0⧻;橃on;䅈dil;䅆ngĀ;dൾ⨊ot;쀀⩭̸p;橂;䐽ash;怓΀;Aadqsxஒ⨩⨭⨻⩁⩅⩐rr;懗rĀhr⨳⨶k;椤Ā;oᏲᏰot;쀀≐̸uiöୣĀei⩊⩎ar;椨í஘istĀ;s஠டr;쀀𝔫ȀEest௅⩦⩹⩼ƀ;qs஼⩭௡ƀ;qs஼௅⩴lanô௢ií௪Ā;rஶ⪁»ஷƀAap⪊⪍⪑rò⥱rr;憮ar;櫲ƀ;svྍ⪜ྌĀ;d⪡⪢拼;拺cy;䑚΀AEadest⪷⪺⪾⫂⫅⫶⫹rò⥦;쀀≦̸rr;憚r;急Ȁ;fqs఻⫎⫣⫯tĀar⫔⫙rro÷⫁ightarro÷⪐ƀ;qs఻⪺⫪lanôౕĀ;sౕ⫴»శiíౝĀ;rవ⫾iĀ;eచథiäඐĀpt⬌⬑f;쀀𝕟膀¬;in⬙⬚⬶䂬nȀ;Edvஉ⬤⬨⬮;쀀⋹̸ot;쀀⋵̸ǡஉ⬳⬵;拷;拶iĀ;vಸ⬼ǡಸ⭁⭃;拾;拽ƀaor⭋⭣⭩rȀ;ast୻⭕⭚⭟lleì୻l;쀀⫽⃥;쀀∂̸lint;樔ƀ;ceಒ⭰⭳uåಥĀ;cಘ⭸Ā;eಒ⭽ñಘȀAait⮈⮋⮝⮧rò⦈rrƀ;cw⮔⮕⮙憛;쀀⤳̸;쀀↝̸ghtarrow»⮕riĀ;eೋೖ΀chimpqu⮽⯍⯙⬄୸⯤⯯Ȁ;cerല⯆ഷ⯉uå൅;쀀𝓃ortɭ⬅\0\0⯖ará⭖mĀ;e൮⯟Ā;q൴൳suĀbp⯫⯭å೸åഋƀbcp⯶ⰑⰙȀ;Ees⯿ⰀഢⰄ抄;쀀⫅̸etĀ;eഛⰋqĀ;qണⰀcĀ;eലⰗñസȀ;EesⰢⰣൟⰧ抅;쀀⫆̸etĀ;e൘ⰮqĀ;qൠⰣȀgilrⰽⰿⱅⱇìௗlde耻ñ䃱çృiangleĀlrⱒⱜeftĀ;eచⱚñదightĀ;eೋⱥñ೗Ā;mⱬⱭ䎽ƀ;esⱴⱵⱹ䀣ro;愖p;怇ҀDHadgilrsⲏⲔⲙⲞⲣⲰⲶⳓⳣash;抭arr;椄p;쀀≍⃒ash;抬ĀetⲨⲬ;쀀≥⃒;쀀>⃒nfin;槞ƀAetⲽⳁⳅrr;椂;쀀≤⃒Ā;rⳊⳍ쀀<⃒ie;쀀⊴⃒ĀAtⳘⳜrr;椃rie;쀀⊵⃒im;쀀∼⃒ƀAan⳰⳴ⴂrr;懖rĀhr⳺⳽k;椣Ā;oᏧᏥear;椧ቓ᪕\0\0\0\0\0\0\0\0\0\0\0\0\0ⴭ\0ⴸⵈⵠⵥ⵲ⶄᬇ\0\0ⶍⶫ\0ⷈⷎ\0ⷜ⸙⸫⸾⹃Ācsⴱ᪗ute耻ó䃳ĀiyⴼⵅrĀ;c᪞ⵂ耻ô䃴;䐾ʀabios᪠ⵒⵗǈⵚlac;䅑v;樸old;榼lig;䅓Ācr⵩⵭ir;榿;쀀𝔬ͯ⵹\0\0⵼\0ⶂn;䋛ave耻ò䃲;槁Ābmⶈ෴ar;榵Ȁacitⶕ⶘ⶥⶨrò᪀Āir⶝ⶠr;榾oss;榻nå๒;槀ƀaeiⶱⶵⶹcr;䅍ga;䏉ƀcdnⷀⷅǍron;䎿;榶pf;쀀𝕠ƀaelⷔ⷗ǒr;榷rp;榹΀;adiosvⷪⷫⷮ⸈⸍⸐⸖戨rò᪆Ȁ;efmⷷⷸ⸂⸅橝rĀ;oⷾⷿ愴f»ⷿ耻ª䂪耻º䂺gof;抶r;橖lope;橗;橛ƀclo⸟⸡⸧ò⸁ash耻ø䃸l;折iŬⸯ⸴de耻õ䃵esĀ;aǛ⸺s;樶ml耻ö䃶bar;挽ૡ⹞\0⹽\0⺀⺝\0⺢⺹\0\0⻋ຜ\0⼓\0\0⼫⾼\0⿈rȀ;astЃ⹧⹲຅脀¶;l⹭⹮䂶leìЃɩ⹸\0\0⹻m;櫳;櫽y;䐿rʀcimpt⺋⺏⺓ᡥ⺗nt;䀥od;䀮il;怰enk;怱r;쀀𝔭ƀimo⺨⺰⺴Ā;v⺭⺮䏆;䏕maô੶ne;明ƀ;tv⺿⻀⻈䏀chfork»´;䏖Āau⻏⻟nĀck⻕⻝kĀ;h⇴⻛;愎ö⇴sҀ;abcdemst⻳⻴ᤈ⻹⻽⼄⼆⼊⼎䀫cir;樣ir;樢Āouᵀ⼂;樥;橲n肻±ຝim;樦wo;樧ƀipu⼙⼠⼥ntint;樕f;쀀𝕡nd耻£䂣Ԁ;Eaceinosu່⼿⽁⽄⽇⾁⾉⾒⽾⾶;檳p;檷uå໙Ā;c໎⽌̀;acens່⽙⽟⽦⽨⽾pproø⽃urlyeñ໙ñ໎ƀaes⽯⽶⽺pprox;檹qq;檵im;拨iíໟmeĀ;s⾈ຮ怲ƀEas⽸⾐⽺ð⽵ƀdfp໬⾙⾯ƀals⾠⾥⾪lar;挮ine;挒urf;挓Ā;t໻⾴ï໻rel;抰Āci⿀⿅r;쀀𝓅;䏈ncsp;怈̀fiopsu⿚⋢⿟⿥⿫⿱r;쀀𝔮pf;쀀𝕢rime;恗cr;쀀𝓆ƀaeo⿸〉〓tĀei⿾々rnionóڰnt;樖stĀ;e【】䀿ñἙô༔઀ABHabcdefhilmnoprstux぀けさすムㄎㄫㅇㅢㅲㆎ㈆㈕㈤㈩㉘㉮㉲㊐㊰㊷ƀartぇおがròႳòϝail;検aròᱥar;楤΀cdenqrtとふへみわゔヌĀeuねぱ;쀀∽̱te;䅕iãᅮmptyv;榳gȀ;del࿑らるろ;榒;榥å࿑uo耻»䂻rր;abcfhlpstw࿜ガクシスゼゾダッデナp;極Ā;f࿠ゴs;椠;椳s;椞ë≝ð✮l;楅im;楴l;憣;憝Āaiパフil;椚oĀ;nホボ戶aló༞ƀabrョリヮrò៥rk;杳ĀakンヽcĀekヹ・;䁽;䁝Āes㄂㄄;榌lĀduㄊㄌ;榎;榐Ȁaeuyㄗㄜㄧㄩron;䅙Ādiㄡㄥil;䅗ì࿲âヺ;䑀Ȁclqsㄴㄷㄽㅄa;椷dhar;楩uoĀ;rȎȍh;憳ƀacgㅎㅟངlȀ;ipsླྀㅘㅛႜnåႻarôྩt;断ƀilrㅩဣㅮsht;楽;쀀𝔯ĀaoㅷㆆrĀduㅽㅿ»ѻĀ;l႑ㆄ;楬Ā;vㆋㆌ䏁;䏱ƀgns㆕ㇹㇼht̀ahlrstㆤㆰ㇂㇘㇤㇮rrowĀ;t࿜ㆭaéトarpoonĀduㆻㆿowîㅾp»႒eftĀah㇊㇐rrowó࿪arpoonóՑightarrows;應quigarro÷ニhreetimes;拌g;䋚ingdotseñἲƀahm㈍㈐㈓rò࿪aòՑ;怏oustĀ;a㈞㈟掱che»㈟mid;櫮Ȁabpt㈲㈽㉀㉒Ānr㈷㈺g;柭r;懾rëဃƀafl㉇㉊㉎r;榆;쀀𝕣us;樮imes;樵Āap㉝㉧rĀ;g㉣㉤䀩t;榔olint;樒arò㇣Ȁachq㉻㊀Ⴜ㊅quo;怺r;쀀𝓇Ābu・㊊oĀ;rȔȓƀhir㊗㊛㊠reåㇸmes;拊iȀ;efl㊪ၙᠡ㊫方tri;槎luhar;楨;愞ൡ㋕㋛㋟㌬㌸㍱\0㍺㎤\0\0㏬㏰\0㐨㑈㑚㒭㒱㓊㓱\0㘖\0\0㘳cute;䅛quï➺Ԁ;Eaceinpsyᇭ㋳㋵㋿㌂㌋㌏㌟㌦㌩;檴ǰ㋺\0㋼;檸on;䅡uåᇾĀ;dᇳ㌇il;䅟rc;䅝ƀEas㌖㌘㌛;檶p;檺im;择olint;樓iíሄ;䑁otƀ;be㌴ᵇ㌵担;橦΀Aacmstx㍆㍊㍗㍛㍞㍣㍭rr;懘rĀhr㍐㍒ë∨Ā;oਸ਼਴t耻§䂧i;䀻war;椩mĀin㍩ðnuóñt;朶rĀ;o㍶⁕쀀𝔰Ȁacoy㎂㎆㎑㎠rp;景Āhy㎋㎏cy;䑉;䑈rtɭ㎙\0\0㎜iäᑤaraì⹯耻­䂭Āgm㎨㎴maƀ;fv㎱㎲㎲䏃;䏂Ѐ;deglnprካ㏅㏉㏎㏖㏞㏡㏦ot;橪Ā;q኱ኰĀ;E㏓㏔檞;檠Ā;E㏛㏜檝;檟e;扆lus;樤arr;楲aròᄽȀaeit㏸㐈㐏㐗Āls㏽㐄lsetmé㍪hp;樳parsl;槤Ādlᑣ㐔e;挣Ā;e㐜㐝檪Ā;s㐢㐣檬;쀀⪬︀ƀflp㐮㐳㑂tcy;䑌Ā;b㐸㐹䀯Ā;a㐾㐿槄r;挿f;쀀𝕤aĀdr㑍ЂesĀ;u㑔㑕晠it»㑕ƀcsu㑠㑹㒟Āau㑥㑯pĀ;sᆈ㑫;쀀⊓︀pĀ;sᆴ㑵;쀀⊔︀uĀbp㑿㒏ƀ;esᆗᆜ㒆etĀ;eᆗ㒍ñᆝƀ;esᆨᆭ㒖etĀ;eᆨ㒝ñᆮƀ;afᅻ㒦ְrť㒫ֱ»ᅼaròᅈȀcemt㒹㒾㓂㓅r;쀀𝓈tmîñiì㐕aræᆾĀar㓎㓕rĀ;f㓔ឿ昆Āan㓚㓭ightĀep㓣㓪psiloîỠhé⺯s»⡒ʀbcmnp㓻㕞ሉ㖋㖎Ҁ;Edemnprs㔎㔏㔑㔕㔞㔣㔬㔱㔶抂;櫅ot;檽Ā;dᇚ㔚ot;櫃ult;櫁ĀEe㔨㔪;櫋;把lus;檿arr;楹ƀeiu㔽㕒㕕tƀ;en㔎㕅㕋qĀ;qᇚ㔏eqĀ;q㔫㔨m;櫇Ābp㕚㕜;櫕;櫓c̀;acensᇭ㕬㕲㕹㕻㌦pproø㋺urlyeñᇾñᇳƀaes㖂㖈㌛pproø㌚qñ㌗g;晪ڀ123;Edehlmnps㖩㖬㖯ሜ㖲㖴㗀㗉㗕㗚㗟㗨㗭耻¹䂹耻²䂲耻³䂳;櫆Āos㖹㖼t;檾ub;櫘Ā;dሢ㗅ot;櫄sĀou㗏㗒l;柉b;櫗arr;楻ult;櫂ĀEe㗤㗦;櫌;抋lus;櫀ƀeiu㗴㘉㘌tƀ;enሜ㗼㘂qĀ;qሢ㖲eqĀ;q㗧㗤m;櫈Ābp㘑㘓;櫔;櫖ƀAan㘜㘠㘭rr;懙rĀhr㘦㘨ë∮Ā;oਫ਩war;椪lig耻ß䃟௡㙑㙝㙠ዎ㙳㙹\0㙾㛂\0\0\0\0\0㛛㜃\0㜉㝬\0\0\0㞇ɲ㙖\0\0㙛get;挖;䏄rë๟ƀaey㙦㙫㙰ron;䅥dil;䅣;䑂lrec;挕r;쀀𝔱Ȁeiko㚆㚝㚵㚼ǲ㚋\0㚑eĀ4fኄኁaƀ;sv㚘㚙㚛䎸ym;䏑Ācn㚢㚲kĀas㚨㚮pproø዁im»ኬsðኞĀas㚺㚮ð዁rn耻þ䃾Ǭ̟㛆⋧es膀×;bd㛏㛐㛘䃗Ā;aᤏ㛕r;樱;樰ƀeps㛡㛣㜀á⩍Ȁ;bcf҆㛬㛰㛴ot;挶ir;櫱Ā;o㛹㛼쀀𝕥rk;櫚á㍢rime;怴ƀaip㜏㜒㝤dåቈ΀adempst㜡㝍㝀㝑㝗㝜㝟ngleʀ;dlqr㜰㜱㜶㝀㝂斵own»ᶻeftĀ;e⠀㜾ñम;扜ightĀ;e㊪㝋ñၚot;旬inus;樺lus;樹b;槍ime;樻ezium;揢ƀcht㝲㝽㞁Āry㝷㝻;쀀𝓉;䑆cy;䑛rok;䅧Āio㞋㞎xô᝷headĀlr㞗㞠eftarro÷ࡏightarrow»ཝऀAHabcdfghlmoprstuw㟐㟓㟗㟤㟰㟼㠎㠜㠣㠴㡑㡝㡫㢩㣌㣒㣪㣶ròϭar;楣Ācr㟜㟢ute耻ú䃺òᅐrǣ㟪\0㟭y;䑞ve;䅭Āiy㟵㟺rc耻û䃻;䑃ƀabh㠃㠆㠋ròᎭlac;䅱aòᏃĀir㠓㠘sht;楾;쀀𝔲rave耻ù䃹š㠧㠱rĀlr㠬㠮»ॗ»ႃlk;斀Āct㠹㡍ɯ㠿\0\0㡊rnĀ;e㡅㡆挜r»㡆op;挏ri;旸Āal㡖㡚cr;䅫肻¨͉Āgp㡢㡦on;䅳f;쀀𝕦̀adhlsuᅋ㡸㡽፲㢑㢠ownáᎳarpoonĀlr㢈㢌efô㠭ighô㠯iƀ;hl㢙㢚㢜䏅»ᏺon»㢚parrows;懈ƀcit㢰㣄㣈ɯ㢶\0\0㣁rnĀ;e㢼㢽挝r»㢽op;挎ng;䅯ri;旹cr;쀀𝓊ƀdir㣙㣝㣢ot;拰lde;䅩iĀ;f㜰㣨»᠓Āam㣯㣲rò㢨l耻ü䃼angle;榧ހABDacdeflnoprsz㤜㤟㤩㤭㦵㦸㦽㧟㧤㧨㧳㧹㧽㨁㨠ròϷarĀ;v㤦㤧櫨;櫩asèϡĀnr㤲㤷grt;榜΀eknprst㓣㥆㥋㥒㥝㥤㦖appá␕othinçẖƀhir㓫⻈㥙opô⾵Ā;hᎷ㥢ïㆍĀiu㥩㥭gmá㎳Ābp㥲㦄setneqĀ;q㥽㦀쀀⊊︀;쀀⫋︀setneqĀ;q㦏㦒쀀⊋︀;쀀⫌︀Āhr㦛㦟etá㚜iangleĀlr㦪㦯eft»थight»ၑy;䐲ash»ံƀelr㧄㧒㧗ƀ;beⷪ㧋㧏ar;抻q;扚lip;拮Ābt㧜ᑨaòᑩr;쀀𝔳tré㦮suĀbp㧯㧱»ജ»൙pf;쀀𝕧roð໻tré㦴Ācu㨆㨋r;쀀𝓋Ābp㨐㨘nĀEe㦀㨖»㥾nĀEe㦒㨞»㦐igzag;榚΀cefoprs㨶㨻㩖㩛㩔㩡㩪irc;䅵Ādi㩀㩑Ābg㩅㩉ar;機eĀ;qᗺ㩏;扙erp;愘r;쀀𝔴pf;쀀𝕨Ā;eᑹ㩦atèᑹcr;쀀𝓌ૣណ㪇\0㪋\0㪐㪛\0\0㪝㪨㪫㪯\0\0㫃㫎\0㫘ៜ៟tré៑r;쀀𝔵ĀAa㪔㪗ròσrò৶;䎾ĀAa㪡㪤ròθrò৫að✓is;拻ƀdptឤ㪵㪾Āfl㪺ឩ;쀀𝕩imåឲĀAa㫇㫊ròώròਁĀcq㫒ីr;쀀𝓍Āpt៖㫜ré។Ѐacefiosu㫰㫽㬈㬌㬑㬕㬛㬡cĀuy㫶㫻te耻ý䃽;䑏Āiy㬂㬆rc;䅷;䑋n耻¥䂥r;쀀𝔶cy;䑗pf;쀀𝕪cr;쀀𝓎Ācm㬦㬩y;䑎l耻ÿ䃿Ԁacdefhiosw㭂㭈㭔㭘㭤㭩㭭㭴㭺㮀cute;䅺Āay㭍㭒ron;䅾;䐷ot;䅼Āet㭝㭡træᕟa;䎶r;쀀𝔷cy;䐶grarr;懝pf;쀀𝕫cr;쀀𝓏Ājn㮅㮇;怍j;怌'.split("").map((c) => c.charCodeAt(0))
);

// node_modules/entities/lib/esm/generated/decode-data-xml.js
var decode_data_xml_default = new Uint16Array(
  // prettier-ignore
  "Ȁaglq	\x1Bɭ\0\0p;䀦os;䀧t;䀾t;䀼uot;䀢".split("").map((c) => c.charCodeAt(0))
);

// node_modules/entities/lib/esm/decode_codepoint.js
var _a2;
var decodeMap2 = /* @__PURE__ */ new Map([
  [0, 65533],
  // C1 Unicode control character reference replacements
  [128, 8364],
  [130, 8218],
  [131, 402],
  [132, 8222],
  [133, 8230],
  [134, 8224],
  [135, 8225],
  [136, 710],
  [137, 8240],
  [138, 352],
  [139, 8249],
  [140, 338],
  [142, 381],
  [145, 8216],
  [146, 8217],
  [147, 8220],
  [148, 8221],
  [149, 8226],
  [150, 8211],
  [151, 8212],
  [152, 732],
  [153, 8482],
  [154, 353],
  [155, 8250],
  [156, 339],
  [158, 382],
  [159, 376]
]);
var fromCodePoint2 = (
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition, node/no-unsupported-features/es-builtins
  (_a2 = String.fromCodePoint) !== null && _a2 !== void 0 ? _a2 : function(codePoint) {
    let output = "";
    if (codePoint > 65535) {
      codePoint -= 65536;
      output += String.fromCharCode(codePoint >>> 10 & 1023 | 55296);
      codePoint = 56320 | codePoint & 1023;
    }
    output += String.fromCharCode(codePoint);
    return output;
  }
);
function replaceCodePoint2(codePoint) {
  var _a3;
  if (codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111) {
    return 65533;
  }
  return (_a3 = decodeMap2.get(codePoint)) !== null && _a3 !== void 0 ? _a3 : codePoint;
}

// node_modules/entities/lib/esm/decode.js
var CharCodes3;
(function(CharCodes4) {
  CharCodes4[CharCodes4["NUM"] = 35] = "NUM";
  CharCodes4[CharCodes4["SEMI"] = 59] = "SEMI";
  CharCodes4[CharCodes4["EQUALS"] = 61] = "EQUALS";
  CharCodes4[CharCodes4["ZERO"] = 48] = "ZERO";
  CharCodes4[CharCodes4["NINE"] = 57] = "NINE";
  CharCodes4[CharCodes4["LOWER_A"] = 97] = "LOWER_A";
  CharCodes4[CharCodes4["LOWER_F"] = 102] = "LOWER_F";
  CharCodes4[CharCodes4["LOWER_X"] = 120] = "LOWER_X";
  CharCodes4[CharCodes4["LOWER_Z"] = 122] = "LOWER_Z";
  CharCodes4[CharCodes4["UPPER_A"] = 65] = "UPPER_A";
  CharCodes4[CharCodes4["UPPER_F"] = 70] = "UPPER_F";
  CharCodes4[CharCodes4["UPPER_Z"] = 90] = "UPPER_Z";
})(CharCodes3 || (CharCodes3 = {}));
var TO_LOWER_BIT2 = 32;
var BinTrieFlags2;
(function(BinTrieFlags3) {
  BinTrieFlags3[BinTrieFlags3["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
  BinTrieFlags3[BinTrieFlags3["BRANCH_LENGTH"] = 16256] = "BRANCH_LENGTH";
  BinTrieFlags3[BinTrieFlags3["JUMP_TABLE"] = 127] = "JUMP_TABLE";
})(BinTrieFlags2 || (BinTrieFlags2 = {}));
function isNumber2(code) {
  return code >= CharCodes3.ZERO && code <= CharCodes3.NINE;
}
function isHexadecimalCharacter2(code) {
  return code >= CharCodes3.UPPER_A && code <= CharCodes3.UPPER_F || code >= CharCodes3.LOWER_A && code <= CharCodes3.LOWER_F;
}
function isAsciiAlphaNumeric2(code) {
  return code >= CharCodes3.UPPER_A && code <= CharCodes3.UPPER_Z || code >= CharCodes3.LOWER_A && code <= CharCodes3.LOWER_Z || isNumber2(code);
}
function isEntityInAttributeInvalidEnd2(code) {
  return code === CharCodes3.EQUALS || isAsciiAlphaNumeric2(code);
}
var EntityDecoderState2;
(function(EntityDecoderState3) {
  EntityDecoderState3[EntityDecoderState3["EntityStart"] = 0] = "EntityStart";
  EntityDecoderState3[EntityDecoderState3["NumericStart"] = 1] = "NumericStart";
  EntityDecoderState3[EntityDecoderState3["NumericDecimal"] = 2] = "NumericDecimal";
  EntityDecoderState3[EntityDecoderState3["NumericHex"] = 3] = "NumericHex";
  EntityDecoderState3[EntityDecoderState3["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState2 || (EntityDecoderState2 = {}));
var DecodingMode2;
(function(DecodingMode3) {
  DecodingMode3[DecodingMode3["Legacy"] = 0] = "Legacy";
  DecodingMode3[DecodingMode3["Strict"] = 1] = "Strict";
  DecodingMode3[DecodingMode3["Attribute"] = 2] = "Attribute";
})(DecodingMode2 || (DecodingMode2 = {}));
var EntityDecoder2 = class {
  constructor(decodeTree, emitCodePoint, errors) {
    this.decodeTree = decodeTree;
    this.emitCodePoint = emitCodePoint;
    this.errors = errors;
    this.state = EntityDecoderState2.EntityStart;
    this.consumed = 1;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.decodeMode = DecodingMode2.Strict;
  }
  /** Resets the instance to make it reusable. */
  startEntity(decodeMode) {
    this.decodeMode = decodeMode;
    this.state = EntityDecoderState2.EntityStart;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.consumed = 1;
  }
  /**
   * Write an entity to the decoder. This can be called multiple times with partial entities.
   * If the entity is incomplete, the decoder will return -1.
   *
   * Mirrors the implementation of `getDecoder`, but with the ability to stop decoding if the
   * entity is incomplete, and resume when the next string is written.
   *
   * @param string The string containing the entity (or a continuation of the entity).
   * @param offset The offset at which the entity begins. Should be 0 if this is not the first call.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  write(str, offset) {
    switch (this.state) {
      case EntityDecoderState2.EntityStart: {
        if (str.charCodeAt(offset) === CharCodes3.NUM) {
          this.state = EntityDecoderState2.NumericStart;
          this.consumed += 1;
          return this.stateNumericStart(str, offset + 1);
        }
        this.state = EntityDecoderState2.NamedEntity;
        return this.stateNamedEntity(str, offset);
      }
      case EntityDecoderState2.NumericStart: {
        return this.stateNumericStart(str, offset);
      }
      case EntityDecoderState2.NumericDecimal: {
        return this.stateNumericDecimal(str, offset);
      }
      case EntityDecoderState2.NumericHex: {
        return this.stateNumericHex(str, offset);
      }
      case EntityDecoderState2.NamedEntity: {
        return this.stateNamedEntity(str, offset);
      }
    }
  }
  /**
   * Switches between the numeric decimal and hexadecimal states.
   *
   * Equivalent to the `Numeric character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericStart(str, offset) {
    if (offset >= str.length) {
      return -1;
    }
    if ((str.charCodeAt(offset) | TO_LOWER_BIT2) === CharCodes3.LOWER_X) {
      this.state = EntityDecoderState2.NumericHex;
      this.consumed += 1;
      return this.stateNumericHex(str, offset + 1);
    }
    this.state = EntityDecoderState2.NumericDecimal;
    return this.stateNumericDecimal(str, offset);
  }
  addToNumericResult(str, start, end, base) {
    if (start !== end) {
      const digitCount = end - start;
      this.result = this.result * Math.pow(base, digitCount) + parseInt(str.substr(start, digitCount), base);
      this.consumed += digitCount;
    }
  }
  /**
   * Parses a hexadecimal numeric entity.
   *
   * Equivalent to the `Hexademical character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericHex(str, offset) {
    const startIdx = offset;
    while (offset < str.length) {
      const char = str.charCodeAt(offset);
      if (isNumber2(char) || isHexadecimalCharacter2(char)) {
        offset += 1;
      } else {
        this.addToNumericResult(str, startIdx, offset, 16);
        return this.emitNumericEntity(char, 3);
      }
    }
    this.addToNumericResult(str, startIdx, offset, 16);
    return -1;
  }
  /**
   * Parses a decimal numeric entity.
   *
   * Equivalent to the `Decimal character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericDecimal(str, offset) {
    const startIdx = offset;
    while (offset < str.length) {
      const char = str.charCodeAt(offset);
      if (isNumber2(char)) {
        offset += 1;
      } else {
        this.addToNumericResult(str, startIdx, offset, 10);
        return this.emitNumericEntity(char, 2);
      }
    }
    this.addToNumericResult(str, startIdx, offset, 10);
    return -1;
  }
  /**
   * Validate and emit a numeric entity.
   *
   * Implements the logic from the `Hexademical character reference start
   * state` and `Numeric character reference end state` in the HTML spec.
   *
   * @param lastCp The last code point of the entity. Used to see if the
   *               entity was terminated with a semicolon.
   * @param expectedLength The minimum number of characters that should be
   *                       consumed. Used to validate that at least one digit
   *                       was consumed.
   * @returns The number of characters that were consumed.
   */
  emitNumericEntity(lastCp, expectedLength) {
    var _a3;
    if (this.consumed <= expectedLength) {
      (_a3 = this.errors) === null || _a3 === void 0 ? void 0 : _a3.absenceOfDigitsInNumericCharacterReference(this.consumed);
      return 0;
    }
    if (lastCp === CharCodes3.SEMI) {
      this.consumed += 1;
    } else if (this.decodeMode === DecodingMode2.Strict) {
      return 0;
    }
    this.emitCodePoint(replaceCodePoint2(this.result), this.consumed);
    if (this.errors) {
      if (lastCp !== CharCodes3.SEMI) {
        this.errors.missingSemicolonAfterCharacterReference();
      }
      this.errors.validateNumericCharacterReference(this.result);
    }
    return this.consumed;
  }
  /**
   * Parses a named entity.
   *
   * Equivalent to the `Named character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNamedEntity(str, offset) {
    const { decodeTree } = this;
    let current = decodeTree[this.treeIndex];
    let valueLength = (current & BinTrieFlags2.VALUE_LENGTH) >> 14;
    for (; offset < str.length; offset++, this.excess++) {
      const char = str.charCodeAt(offset);
      this.treeIndex = determineBranch2(decodeTree, current, this.treeIndex + Math.max(1, valueLength), char);
      if (this.treeIndex < 0) {
        return this.result === 0 || // If we are parsing an attribute
        this.decodeMode === DecodingMode2.Attribute && // We shouldn't have consumed any characters after the entity,
        (valueLength === 0 || // And there should be no invalid characters.
        isEntityInAttributeInvalidEnd2(char)) ? 0 : this.emitNotTerminatedNamedEntity();
      }
      current = decodeTree[this.treeIndex];
      valueLength = (current & BinTrieFlags2.VALUE_LENGTH) >> 14;
      if (valueLength !== 0) {
        if (char === CharCodes3.SEMI) {
          return this.emitNamedEntityData(this.treeIndex, valueLength, this.consumed + this.excess);
        }
        if (this.decodeMode !== DecodingMode2.Strict) {
          this.result = this.treeIndex;
          this.consumed += this.excess;
          this.excess = 0;
        }
      }
    }
    return -1;
  }
  /**
   * Emit a named entity that was not terminated with a semicolon.
   *
   * @returns The number of characters consumed.
   */
  emitNotTerminatedNamedEntity() {
    var _a3;
    const { result, decodeTree } = this;
    const valueLength = (decodeTree[result] & BinTrieFlags2.VALUE_LENGTH) >> 14;
    this.emitNamedEntityData(result, valueLength, this.consumed);
    (_a3 = this.errors) === null || _a3 === void 0 ? void 0 : _a3.missingSemicolonAfterCharacterReference();
    return this.consumed;
  }
  /**
   * Emit a named entity.
   *
   * @param result The index of the entity in the decode tree.
   * @param valueLength The number of bytes in the entity.
   * @param consumed The number of characters consumed.
   *
   * @returns The number of characters consumed.
   */
  emitNamedEntityData(result, valueLength, consumed) {
    const { decodeTree } = this;
    this.emitCodePoint(valueLength === 1 ? decodeTree[result] & ~BinTrieFlags2.VALUE_LENGTH : decodeTree[result + 1], consumed);
    if (valueLength === 3) {
      this.emitCodePoint(decodeTree[result + 2], consumed);
    }
    return consumed;
  }
  /**
   * Signal to the parser that the end of the input was reached.
   *
   * Remaining data will be emitted and relevant errors will be produced.
   *
   * @returns The number of characters consumed.
   */
  end() {
    var _a3;
    switch (this.state) {
      case EntityDecoderState2.NamedEntity: {
        return this.result !== 0 && (this.decodeMode !== DecodingMode2.Attribute || this.result === this.treeIndex) ? this.emitNotTerminatedNamedEntity() : 0;
      }
      // Otherwise, emit a numeric entity if we have one.
      case EntityDecoderState2.NumericDecimal: {
        return this.emitNumericEntity(0, 2);
      }
      case EntityDecoderState2.NumericHex: {
        return this.emitNumericEntity(0, 3);
      }
      case EntityDecoderState2.NumericStart: {
        (_a3 = this.errors) === null || _a3 === void 0 ? void 0 : _a3.absenceOfDigitsInNumericCharacterReference(this.consumed);
        return 0;
      }
      case EntityDecoderState2.EntityStart: {
        return 0;
      }
    }
  }
};
function getDecoder(decodeTree) {
  let ret = "";
  const decoder = new EntityDecoder2(decodeTree, (str) => ret += fromCodePoint2(str));
  return function decodeWithTrie(str, decodeMode) {
    let lastIndex = 0;
    let offset = 0;
    while ((offset = str.indexOf("&", offset)) >= 0) {
      ret += str.slice(lastIndex, offset);
      decoder.startEntity(decodeMode);
      const len = decoder.write(
        str,
        // Skip the "&"
        offset + 1
      );
      if (len < 0) {
        lastIndex = offset + decoder.end();
        break;
      }
      lastIndex = offset + len;
      offset = len === 0 ? lastIndex + 1 : lastIndex;
    }
    const result = ret + str.slice(lastIndex);
    ret = "";
    return result;
  };
}
function determineBranch2(decodeTree, current, nodeIdx, char) {
  const branchCount = (current & BinTrieFlags2.BRANCH_LENGTH) >> 7;
  const jumpOffset = current & BinTrieFlags2.JUMP_TABLE;
  if (branchCount === 0) {
    return jumpOffset !== 0 && char === jumpOffset ? nodeIdx : -1;
  }
  if (jumpOffset) {
    const value = char - jumpOffset;
    return value < 0 || value >= branchCount ? -1 : decodeTree[nodeIdx + value] - 1;
  }
  let lo = nodeIdx;
  let hi = lo + branchCount - 1;
  while (lo <= hi) {
    const mid = lo + hi >>> 1;
    const midVal = decodeTree[mid];
    if (midVal < char) {
      lo = mid + 1;
    } else if (midVal > char) {
      hi = mid - 1;
    } else {
      return decodeTree[mid + branchCount];
    }
  }
  return -1;
}
var htmlDecoder = getDecoder(decode_data_html_default);
var xmlDecoder = getDecoder(decode_data_xml_default);

// node_modules/entities/lib/esm/generated/encode-html.js
function restoreDiff(arr) {
  for (let i = 1; i < arr.length; i++) {
    arr[i][0] += arr[i - 1][0] + 1;
  }
  return arr;
}
var encode_html_default = new Map(/* @__PURE__ */ restoreDiff([[9, "&Tab;"], [0, "&NewLine;"], [22, "&excl;"], [0, "&quot;"], [0, "&num;"], [0, "&dollar;"], [0, "&percnt;"], [0, "&amp;"], [0, "&apos;"], [0, "&lpar;"], [0, "&rpar;"], [0, "&ast;"], [0, "&plus;"], [0, "&comma;"], [1, "&period;"], [0, "&sol;"], [10, "&colon;"], [0, "&semi;"], [0, { v: "&lt;", n: 8402, o: "&nvlt;" }], [0, { v: "&equals;", n: 8421, o: "&bne;" }], [0, { v: "&gt;", n: 8402, o: "&nvgt;" }], [0, "&quest;"], [0, "&commat;"], [26, "&lbrack;"], [0, "&bsol;"], [0, "&rbrack;"], [0, "&Hat;"], [0, "&lowbar;"], [0, "&DiacriticalGrave;"], [5, { n: 106, o: "&fjlig;" }], [20, "&lbrace;"], [0, "&verbar;"], [0, "&rbrace;"], [34, "&nbsp;"], [0, "&iexcl;"], [0, "&cent;"], [0, "&pound;"], [0, "&curren;"], [0, "&yen;"], [0, "&brvbar;"], [0, "&sect;"], [0, "&die;"], [0, "&copy;"], [0, "&ordf;"], [0, "&laquo;"], [0, "&not;"], [0, "&shy;"], [0, "&circledR;"], [0, "&macr;"], [0, "&deg;"], [0, "&PlusMinus;"], [0, "&sup2;"], [0, "&sup3;"], [0, "&acute;"], [0, "&micro;"], [0, "&para;"], [0, "&centerdot;"], [0, "&cedil;"], [0, "&sup1;"], [0, "&ordm;"], [0, "&raquo;"], [0, "&frac14;"], [0, "&frac12;"], [0, "&frac34;"], [0, "&iquest;"], [0, "&Agrave;"], [0, "&Aacute;"], [0, "&Acirc;"], [0, "&Atilde;"], [0, "&Auml;"], [0, "&angst;"], [0, "&AElig;"], [0, "&Ccedil;"], [0, "&Egrave;"], [0, "&Eacute;"], [0, "&Ecirc;"], [0, "&Euml;"], [0, "&Igrave;"], [0, "&Iacute;"], [0, "&Icirc;"], [0, "&Iuml;"], [0, "&ETH;"], [0, "&Ntilde;"], [0, "&Ograve;"], [0, "&Oacute;"], [0, "&Ocirc;"], [0, "&Otilde;"], [0, "&Ouml;"], [0, "&times;"], [0, "&Oslash;"], [0, "&Ugrave;"], [0, "&Uacute;"], [0, "&Ucirc;"], [0, "&Uuml;"], [0, "&Yacute;"], [0, "&THORN;"], [0, "&szlig;"], [0, "&agrave;"], [0, "&aacute;"], [0, "&acirc;"], [0, "&atilde;"], [0, "&auml;"], [0, "&aring;"], [0, "&aelig;"], [0, "&ccedil;"], [0, "&egrave;"], [0, "&eacute;"], [0, "&ecirc;"], [0, "&euml;"], [0, "&igrave;"], [0, "&iacute;"], [0, "&icirc;"], [0, "&iuml;"], [0, "&eth;"], [0, "&ntilde;"], [0, "&ograve;"], [0, "&oacute;"], [0, "&ocirc;"], [0, "&otilde;"], [0, "&ouml;"], [0, "&div;"], [0, "&oslash;"], [0, "&ugrave;"], [0, "&uacute;"], [0, "&ucirc;"], [0, "&uuml;"], [0, "&yacute;"], [0, "&thorn;"], [0, "&yuml;"], [0, "&Amacr;"], [0, "&amacr;"], [0, "&Abreve;"], [0, "&abreve;"], [0, "&Aogon;"], [0, "&aogon;"], [0, "&Cacute;"], [0, "&cacute;"], [0, "&Ccirc;"], [0, "&ccirc;"], [0, "&Cdot;"], [0, "&cdot;"], [0, "&Ccaron;"], [0, "&ccaron;"], [0, "&Dcaron;"], [0, "&dcaron;"], [0, "&Dstrok;"], [0, "&dstrok;"], [0, "&Emacr;"], [0, "&emacr;"], [2, "&Edot;"], [0, "&edot;"], [0, "&Eogon;"], [0, "&eogon;"], [0, "&Ecaron;"], [0, "&ecaron;"], [0, "&Gcirc;"], [0, "&gcirc;"], [0, "&Gbreve;"], [0, "&gbreve;"], [0, "&Gdot;"], [0, "&gdot;"], [0, "&Gcedil;"], [1, "&Hcirc;"], [0, "&hcirc;"], [0, "&Hstrok;"], [0, "&hstrok;"], [0, "&Itilde;"], [0, "&itilde;"], [0, "&Imacr;"], [0, "&imacr;"], [2, "&Iogon;"], [0, "&iogon;"], [0, "&Idot;"], [0, "&imath;"], [0, "&IJlig;"], [0, "&ijlig;"], [0, "&Jcirc;"], [0, "&jcirc;"], [0, "&Kcedil;"], [0, "&kcedil;"], [0, "&kgreen;"], [0, "&Lacute;"], [0, "&lacute;"], [0, "&Lcedil;"], [0, "&lcedil;"], [0, "&Lcaron;"], [0, "&lcaron;"], [0, "&Lmidot;"], [0, "&lmidot;"], [0, "&Lstrok;"], [0, "&lstrok;"], [0, "&Nacute;"], [0, "&nacute;"], [0, "&Ncedil;"], [0, "&ncedil;"], [0, "&Ncaron;"], [0, "&ncaron;"], [0, "&napos;"], [0, "&ENG;"], [0, "&eng;"], [0, "&Omacr;"], [0, "&omacr;"], [2, "&Odblac;"], [0, "&odblac;"], [0, "&OElig;"], [0, "&oelig;"], [0, "&Racute;"], [0, "&racute;"], [0, "&Rcedil;"], [0, "&rcedil;"], [0, "&Rcaron;"], [0, "&rcaron;"], [0, "&Sacute;"], [0, "&sacute;"], [0, "&Scirc;"], [0, "&scirc;"], [0, "&Scedil;"], [0, "&scedil;"], [0, "&Scaron;"], [0, "&scaron;"], [0, "&Tcedil;"], [0, "&tcedil;"], [0, "&Tcaron;"], [0, "&tcaron;"], [0, "&Tstrok;"], [0, "&tstrok;"], [0, "&Utilde;"], [0, "&utilde;"], [0, "&Umacr;"], [0, "&umacr;"], [0, "&Ubreve;"], [0, "&ubreve;"], [0, "&Uring;"], [0, "&uring;"], [0, "&Udblac;"], [0, "&udblac;"], [0, "&Uogon;"], [0, "&uogon;"], [0, "&Wcirc;"], [0, "&wcirc;"], [0, "&Ycirc;"], [0, "&ycirc;"], [0, "&Yuml;"], [0, "&Zacute;"], [0, "&zacute;"], [0, "&Zdot;"], [0, "&zdot;"], [0, "&Zcaron;"], [0, "&zcaron;"], [19, "&fnof;"], [34, "&imped;"], [63, "&gacute;"], [65, "&jmath;"], [142, "&circ;"], [0, "&caron;"], [16, "&breve;"], [0, "&DiacriticalDot;"], [0, "&ring;"], [0, "&ogon;"], [0, "&DiacriticalTilde;"], [0, "&dblac;"], [51, "&DownBreve;"], [127, "&Alpha;"], [0, "&Beta;"], [0, "&Gamma;"], [0, "&Delta;"], [0, "&Epsilon;"], [0, "&Zeta;"], [0, "&Eta;"], [0, "&Theta;"], [0, "&Iota;"], [0, "&Kappa;"], [0, "&Lambda;"], [0, "&Mu;"], [0, "&Nu;"], [0, "&Xi;"], [0, "&Omicron;"], [0, "&Pi;"], [0, "&Rho;"], [1, "&Sigma;"], [0, "&Tau;"], [0, "&Upsilon;"], [0, "&Phi;"], [0, "&Chi;"], [0, "&Psi;"], [0, "&ohm;"], [7, "&alpha;"], [0, "&beta;"], [0, "&gamma;"], [0, "&delta;"], [0, "&epsi;"], [0, "&zeta;"], [0, "&eta;"], [0, "&theta;"], [0, "&iota;"], [0, "&kappa;"], [0, "&lambda;"], [0, "&mu;"], [0, "&nu;"], [0, "&xi;"], [0, "&omicron;"], [0, "&pi;"], [0, "&rho;"], [0, "&sigmaf;"], [0, "&sigma;"], [0, "&tau;"], [0, "&upsi;"], [0, "&phi;"], [0, "&chi;"], [0, "&psi;"], [0, "&omega;"], [7, "&thetasym;"], [0, "&Upsi;"], [2, "&phiv;"], [0, "&piv;"], [5, "&Gammad;"], [0, "&digamma;"], [18, "&kappav;"], [0, "&rhov;"], [3, "&epsiv;"], [0, "&backepsilon;"], [10, "&IOcy;"], [0, "&DJcy;"], [0, "&GJcy;"], [0, "&Jukcy;"], [0, "&DScy;"], [0, "&Iukcy;"], [0, "&YIcy;"], [0, "&Jsercy;"], [0, "&LJcy;"], [0, "&NJcy;"], [0, "&TSHcy;"], [0, "&KJcy;"], [1, "&Ubrcy;"], [0, "&DZcy;"], [0, "&Acy;"], [0, "&Bcy;"], [0, "&Vcy;"], [0, "&Gcy;"], [0, "&Dcy;"], [0, "&IEcy;"], [0, "&ZHcy;"], [0, "&Zcy;"], [0, "&Icy;"], [0, "&Jcy;"], [0, "&Kcy;"], [0, "&Lcy;"], [0, "&Mcy;"], [0, "&Ncy;"], [0, "&Ocy;"], [0, "&Pcy;"], [0, "&Rcy;"], [0, "&Scy;"], [0, "&Tcy;"], [0, "&Ucy;"], [0, "&Fcy;"], [0, "&KHcy;"], [0, "&TScy;"], [0, "&CHcy;"], [0, "&SHcy;"], [0, "&SHCHcy;"], [0, "&HARDcy;"], [0, "&Ycy;"], [0, "&SOFTcy;"], [0, "&Ecy;"], [0, "&YUcy;"], [0, "&YAcy;"], [0, "&acy;"], [0, "&bcy;"], [0, "&vcy;"], [0, "&gcy;"], [0, "&dcy;"], [0, "&iecy;"], [0, "&zhcy;"], [0, "&zcy;"], [0, "&icy;"], [0, "&jcy;"], [0, "&kcy;"], [0, "&lcy;"], [0, "&mcy;"], [0, "&ncy;"], [0, "&ocy;"], [0, "&pcy;"], [0, "&rcy;"], [0, "&scy;"], [0, "&tcy;"], [0, "&ucy;"], [0, "&fcy;"], [0, "&khcy;"], [0, "&tscy;"], [0, "&chcy;"], [0, "&shcy;"], [0, "&shchcy;"], [0, "&hardcy;"], [0, "&ycy;"], [0, "&softcy;"], [0, "&ecy;"], [0, "&yucy;"], [0, "&yacy;"], [1, "&iocy;"], [0, "&djcy;"], [0, "&gjcy;"], [0, "&jukcy;"], [0, "&dscy;"], [0, "&iukcy;"], [0, "&yicy;"], [0, "&jsercy;"], [0, "&ljcy;"], [0, "&njcy;"], [0, "&tshcy;"], [0, "&kjcy;"], [1, "&ubrcy;"], [0, "&dzcy;"], [7074, "&ensp;"], [0, "&emsp;"], [0, "&emsp13;"], [0, "&emsp14;"], [1, "&numsp;"], [0, "&puncsp;"], [0, "&ThinSpace;"], [0, "&hairsp;"], [0, "&NegativeMediumSpace;"], [0, "&zwnj;"], [0, "&zwj;"], [0, "&lrm;"], [0, "&rlm;"], [0, "&dash;"], [2, "&ndash;"], [0, "&mdash;"], [0, "&horbar;"], [0, "&Verbar;"], [1, "&lsquo;"], [0, "&CloseCurlyQuote;"], [0, "&lsquor;"], [1, "&ldquo;"], [0, "&CloseCurlyDoubleQuote;"], [0, "&bdquo;"], [1, "&dagger;"], [0, "&Dagger;"], [0, "&bull;"], [2, "&nldr;"], [0, "&hellip;"], [9, "&permil;"], [0, "&pertenk;"], [0, "&prime;"], [0, "&Prime;"], [0, "&tprime;"], [0, "&backprime;"], [3, "&lsaquo;"], [0, "&rsaquo;"], [3, "&oline;"], [2, "&caret;"], [1, "&hybull;"], [0, "&frasl;"], [10, "&bsemi;"], [7, "&qprime;"], [7, { v: "&MediumSpace;", n: 8202, o: "&ThickSpace;" }], [0, "&NoBreak;"], [0, "&af;"], [0, "&InvisibleTimes;"], [0, "&ic;"], [72, "&euro;"], [46, "&tdot;"], [0, "&DotDot;"], [37, "&complexes;"], [2, "&incare;"], [4, "&gscr;"], [0, "&hamilt;"], [0, "&Hfr;"], [0, "&Hopf;"], [0, "&planckh;"], [0, "&hbar;"], [0, "&imagline;"], [0, "&Ifr;"], [0, "&lagran;"], [0, "&ell;"], [1, "&naturals;"], [0, "&numero;"], [0, "&copysr;"], [0, "&weierp;"], [0, "&Popf;"], [0, "&Qopf;"], [0, "&realine;"], [0, "&real;"], [0, "&reals;"], [0, "&rx;"], [3, "&trade;"], [1, "&integers;"], [2, "&mho;"], [0, "&zeetrf;"], [0, "&iiota;"], [2, "&bernou;"], [0, "&Cayleys;"], [1, "&escr;"], [0, "&Escr;"], [0, "&Fouriertrf;"], [1, "&Mellintrf;"], [0, "&order;"], [0, "&alefsym;"], [0, "&beth;"], [0, "&gimel;"], [0, "&daleth;"], [12, "&CapitalDifferentialD;"], [0, "&dd;"], [0, "&ee;"], [0, "&ii;"], [10, "&frac13;"], [0, "&frac23;"], [0, "&frac15;"], [0, "&frac25;"], [0, "&frac35;"], [0, "&frac45;"], [0, "&frac16;"], [0, "&frac56;"], [0, "&frac18;"], [0, "&frac38;"], [0, "&frac58;"], [0, "&frac78;"], [49, "&larr;"], [0, "&ShortUpArrow;"], [0, "&rarr;"], [0, "&darr;"], [0, "&harr;"], [0, "&updownarrow;"], [0, "&nwarr;"], [0, "&nearr;"], [0, "&LowerRightArrow;"], [0, "&LowerLeftArrow;"], [0, "&nlarr;"], [0, "&nrarr;"], [1, { v: "&rarrw;", n: 824, o: "&nrarrw;" }], [0, "&Larr;"], [0, "&Uarr;"], [0, "&Rarr;"], [0, "&Darr;"], [0, "&larrtl;"], [0, "&rarrtl;"], [0, "&LeftTeeArrow;"], [0, "&mapstoup;"], [0, "&map;"], [0, "&DownTeeArrow;"], [1, "&hookleftarrow;"], [0, "&hookrightarrow;"], [0, "&larrlp;"], [0, "&looparrowright;"], [0, "&harrw;"], [0, "&nharr;"], [1, "&lsh;"], [0, "&rsh;"], [0, "&ldsh;"], [0, "&rdsh;"], [1, "&crarr;"], [0, "&cularr;"], [0, "&curarr;"], [2, "&circlearrowleft;"], [0, "&circlearrowright;"], [0, "&leftharpoonup;"], [0, "&DownLeftVector;"], [0, "&RightUpVector;"], [0, "&LeftUpVector;"], [0, "&rharu;"], [0, "&DownRightVector;"], [0, "&dharr;"], [0, "&dharl;"], [0, "&RightArrowLeftArrow;"], [0, "&udarr;"], [0, "&LeftArrowRightArrow;"], [0, "&leftleftarrows;"], [0, "&upuparrows;"], [0, "&rightrightarrows;"], [0, "&ddarr;"], [0, "&leftrightharpoons;"], [0, "&Equilibrium;"], [0, "&nlArr;"], [0, "&nhArr;"], [0, "&nrArr;"], [0, "&DoubleLeftArrow;"], [0, "&DoubleUpArrow;"], [0, "&DoubleRightArrow;"], [0, "&dArr;"], [0, "&DoubleLeftRightArrow;"], [0, "&DoubleUpDownArrow;"], [0, "&nwArr;"], [0, "&neArr;"], [0, "&seArr;"], [0, "&swArr;"], [0, "&lAarr;"], [0, "&rAarr;"], [1, "&zigrarr;"], [6, "&larrb;"], [0, "&rarrb;"], [15, "&DownArrowUpArrow;"], [7, "&loarr;"], [0, "&roarr;"], [0, "&hoarr;"], [0, "&forall;"], [0, "&comp;"], [0, { v: "&part;", n: 824, o: "&npart;" }], [0, "&exist;"], [0, "&nexist;"], [0, "&empty;"], [1, "&Del;"], [0, "&Element;"], [0, "&NotElement;"], [1, "&ni;"], [0, "&notni;"], [2, "&prod;"], [0, "&coprod;"], [0, "&sum;"], [0, "&minus;"], [0, "&MinusPlus;"], [0, "&dotplus;"], [1, "&Backslash;"], [0, "&lowast;"], [0, "&compfn;"], [1, "&radic;"], [2, "&prop;"], [0, "&infin;"], [0, "&angrt;"], [0, { v: "&ang;", n: 8402, o: "&nang;" }], [0, "&angmsd;"], [0, "&angsph;"], [0, "&mid;"], [0, "&nmid;"], [0, "&DoubleVerticalBar;"], [0, "&NotDoubleVerticalBar;"], [0, "&and;"], [0, "&or;"], [0, { v: "&cap;", n: 65024, o: "&caps;" }], [0, { v: "&cup;", n: 65024, o: "&cups;" }], [0, "&int;"], [0, "&Int;"], [0, "&iiint;"], [0, "&conint;"], [0, "&Conint;"], [0, "&Cconint;"], [0, "&cwint;"], [0, "&ClockwiseContourIntegral;"], [0, "&awconint;"], [0, "&there4;"], [0, "&becaus;"], [0, "&ratio;"], [0, "&Colon;"], [0, "&dotminus;"], [1, "&mDDot;"], [0, "&homtht;"], [0, { v: "&sim;", n: 8402, o: "&nvsim;" }], [0, { v: "&backsim;", n: 817, o: "&race;" }], [0, { v: "&ac;", n: 819, o: "&acE;" }], [0, "&acd;"], [0, "&VerticalTilde;"], [0, "&NotTilde;"], [0, { v: "&eqsim;", n: 824, o: "&nesim;" }], [0, "&sime;"], [0, "&NotTildeEqual;"], [0, "&cong;"], [0, "&simne;"], [0, "&ncong;"], [0, "&ap;"], [0, "&nap;"], [0, "&ape;"], [0, { v: "&apid;", n: 824, o: "&napid;" }], [0, "&backcong;"], [0, { v: "&asympeq;", n: 8402, o: "&nvap;" }], [0, { v: "&bump;", n: 824, o: "&nbump;" }], [0, { v: "&bumpe;", n: 824, o: "&nbumpe;" }], [0, { v: "&doteq;", n: 824, o: "&nedot;" }], [0, "&doteqdot;"], [0, "&efDot;"], [0, "&erDot;"], [0, "&Assign;"], [0, "&ecolon;"], [0, "&ecir;"], [0, "&circeq;"], [1, "&wedgeq;"], [0, "&veeeq;"], [1, "&triangleq;"], [2, "&equest;"], [0, "&ne;"], [0, { v: "&Congruent;", n: 8421, o: "&bnequiv;" }], [0, "&nequiv;"], [1, { v: "&le;", n: 8402, o: "&nvle;" }], [0, { v: "&ge;", n: 8402, o: "&nvge;" }], [0, { v: "&lE;", n: 824, o: "&nlE;" }], [0, { v: "&gE;", n: 824, o: "&ngE;" }], [0, { v: "&lnE;", n: 65024, o: "&lvertneqq;" }], [0, { v: "&gnE;", n: 65024, o: "&gvertneqq;" }], [0, { v: "&ll;", n: new Map(/* @__PURE__ */ restoreDiff([[824, "&nLtv;"], [7577, "&nLt;"]])) }], [0, { v: "&gg;", n: new Map(/* @__PURE__ */ restoreDiff([[824, "&nGtv;"], [7577, "&nGt;"]])) }], [0, "&between;"], [0, "&NotCupCap;"], [0, "&nless;"], [0, "&ngt;"], [0, "&nle;"], [0, "&nge;"], [0, "&lesssim;"], [0, "&GreaterTilde;"], [0, "&nlsim;"], [0, "&ngsim;"], [0, "&LessGreater;"], [0, "&gl;"], [0, "&NotLessGreater;"], [0, "&NotGreaterLess;"], [0, "&pr;"], [0, "&sc;"], [0, "&prcue;"], [0, "&sccue;"], [0, "&PrecedesTilde;"], [0, { v: "&scsim;", n: 824, o: "&NotSucceedsTilde;" }], [0, "&NotPrecedes;"], [0, "&NotSucceeds;"], [0, { v: "&sub;", n: 8402, o: "&NotSubset;" }], [0, { v: "&sup;", n: 8402, o: "&NotSuperset;" }], [0, "&nsub;"], [0, "&nsup;"], [0, "&sube;"], [0, "&supe;"], [0, "&NotSubsetEqual;"], [0, "&NotSupersetEqual;"], [0, { v: "&subne;", n: 65024, o: "&varsubsetneq;" }], [0, { v: "&supne;", n: 65024, o: "&varsupsetneq;" }], [1, "&cupdot;"], [0, "&UnionPlus;"], [0, { v: "&sqsub;", n: 824, o: "&NotSquareSubset;" }], [0, { v: "&sqsup;", n: 824, o: "&NotSquareSuperset;" }], [0, "&sqsube;"], [0, "&sqsupe;"], [0, { v: "&sqcap;", n: 65024, o: "&sqcaps;" }], [0, { v: "&sqcup;", n: 65024, o: "&sqcups;" }], [0, "&CirclePlus;"], [0, "&CircleMinus;"], [0, "&CircleTimes;"], [0, "&osol;"], [0, "&CircleDot;"], [0, "&circledcirc;"], [0, "&circledast;"], [1, "&circleddash;"], [0, "&boxplus;"], [0, "&boxminus;"], [0, "&boxtimes;"], [0, "&dotsquare;"], [0, "&RightTee;"], [0, "&dashv;"], [0, "&DownTee;"], [0, "&bot;"], [1, "&models;"], [0, "&DoubleRightTee;"], [0, "&Vdash;"], [0, "&Vvdash;"], [0, "&VDash;"], [0, "&nvdash;"], [0, "&nvDash;"], [0, "&nVdash;"], [0, "&nVDash;"], [0, "&prurel;"], [1, "&LeftTriangle;"], [0, "&RightTriangle;"], [0, { v: "&LeftTriangleEqual;", n: 8402, o: "&nvltrie;" }], [0, { v: "&RightTriangleEqual;", n: 8402, o: "&nvrtrie;" }], [0, "&origof;"], [0, "&imof;"], [0, "&multimap;"], [0, "&hercon;"], [0, "&intcal;"], [0, "&veebar;"], [1, "&barvee;"], [0, "&angrtvb;"], [0, "&lrtri;"], [0, "&bigwedge;"], [0, "&bigvee;"], [0, "&bigcap;"], [0, "&bigcup;"], [0, "&diam;"], [0, "&sdot;"], [0, "&sstarf;"], [0, "&divideontimes;"], [0, "&bowtie;"], [0, "&ltimes;"], [0, "&rtimes;"], [0, "&leftthreetimes;"], [0, "&rightthreetimes;"], [0, "&backsimeq;"], [0, "&curlyvee;"], [0, "&curlywedge;"], [0, "&Sub;"], [0, "&Sup;"], [0, "&Cap;"], [0, "&Cup;"], [0, "&fork;"], [0, "&epar;"], [0, "&lessdot;"], [0, "&gtdot;"], [0, { v: "&Ll;", n: 824, o: "&nLl;" }], [0, { v: "&Gg;", n: 824, o: "&nGg;" }], [0, { v: "&leg;", n: 65024, o: "&lesg;" }], [0, { v: "&gel;", n: 65024, o: "&gesl;" }], [2, "&cuepr;"], [0, "&cuesc;"], [0, "&NotPrecedesSlantEqual;"], [0, "&NotSucceedsSlantEqual;"], [0, "&NotSquareSubsetEqual;"], [0, "&NotSquareSupersetEqual;"], [2, "&lnsim;"], [0, "&gnsim;"], [0, "&precnsim;"], [0, "&scnsim;"], [0, "&nltri;"], [0, "&NotRightTriangle;"], [0, "&nltrie;"], [0, "&NotRightTriangleEqual;"], [0, "&vellip;"], [0, "&ctdot;"], [0, "&utdot;"], [0, "&dtdot;"], [0, "&disin;"], [0, "&isinsv;"], [0, "&isins;"], [0, { v: "&isindot;", n: 824, o: "&notindot;" }], [0, "&notinvc;"], [0, "&notinvb;"], [1, { v: "&isinE;", n: 824, o: "&notinE;" }], [0, "&nisd;"], [0, "&xnis;"], [0, "&nis;"], [0, "&notnivc;"], [0, "&notnivb;"], [6, "&barwed;"], [0, "&Barwed;"], [1, "&lceil;"], [0, "&rceil;"], [0, "&LeftFloor;"], [0, "&rfloor;"], [0, "&drcrop;"], [0, "&dlcrop;"], [0, "&urcrop;"], [0, "&ulcrop;"], [0, "&bnot;"], [1, "&profline;"], [0, "&profsurf;"], [1, "&telrec;"], [0, "&target;"], [5, "&ulcorn;"], [0, "&urcorn;"], [0, "&dlcorn;"], [0, "&drcorn;"], [2, "&frown;"], [0, "&smile;"], [9, "&cylcty;"], [0, "&profalar;"], [7, "&topbot;"], [6, "&ovbar;"], [1, "&solbar;"], [60, "&angzarr;"], [51, "&lmoustache;"], [0, "&rmoustache;"], [2, "&OverBracket;"], [0, "&bbrk;"], [0, "&bbrktbrk;"], [37, "&OverParenthesis;"], [0, "&UnderParenthesis;"], [0, "&OverBrace;"], [0, "&UnderBrace;"], [2, "&trpezium;"], [4, "&elinters;"], [59, "&blank;"], [164, "&circledS;"], [55, "&boxh;"], [1, "&boxv;"], [9, "&boxdr;"], [3, "&boxdl;"], [3, "&boxur;"], [3, "&boxul;"], [3, "&boxvr;"], [7, "&boxvl;"], [7, "&boxhd;"], [7, "&boxhu;"], [7, "&boxvh;"], [19, "&boxH;"], [0, "&boxV;"], [0, "&boxdR;"], [0, "&boxDr;"], [0, "&boxDR;"], [0, "&boxdL;"], [0, "&boxDl;"], [0, "&boxDL;"], [0, "&boxuR;"], [0, "&boxUr;"], [0, "&boxUR;"], [0, "&boxuL;"], [0, "&boxUl;"], [0, "&boxUL;"], [0, "&boxvR;"], [0, "&boxVr;"], [0, "&boxVR;"], [0, "&boxvL;"], [0, "&boxVl;"], [0, "&boxVL;"], [0, "&boxHd;"], [0, "&boxhD;"], [0, "&boxHD;"], [0, "&boxHu;"], [0, "&boxhU;"], [0, "&boxHU;"], [0, "&boxvH;"], [0, "&boxVh;"], [0, "&boxVH;"], [19, "&uhblk;"], [3, "&lhblk;"], [3, "&block;"], [8, "&blk14;"], [0, "&blk12;"], [0, "&blk34;"], [13, "&square;"], [8, "&blacksquare;"], [0, "&EmptyVerySmallSquare;"], [1, "&rect;"], [0, "&marker;"], [2, "&fltns;"], [1, "&bigtriangleup;"], [0, "&blacktriangle;"], [0, "&triangle;"], [2, "&blacktriangleright;"], [0, "&rtri;"], [3, "&bigtriangledown;"], [0, "&blacktriangledown;"], [0, "&dtri;"], [2, "&blacktriangleleft;"], [0, "&ltri;"], [6, "&loz;"], [0, "&cir;"], [32, "&tridot;"], [2, "&bigcirc;"], [8, "&ultri;"], [0, "&urtri;"], [0, "&lltri;"], [0, "&EmptySmallSquare;"], [0, "&FilledSmallSquare;"], [8, "&bigstar;"], [0, "&star;"], [7, "&phone;"], [49, "&female;"], [1, "&male;"], [29, "&spades;"], [2, "&clubs;"], [1, "&hearts;"], [0, "&diamondsuit;"], [3, "&sung;"], [2, "&flat;"], [0, "&natural;"], [0, "&sharp;"], [163, "&check;"], [3, "&cross;"], [8, "&malt;"], [21, "&sext;"], [33, "&VerticalSeparator;"], [25, "&lbbrk;"], [0, "&rbbrk;"], [84, "&bsolhsub;"], [0, "&suphsol;"], [28, "&LeftDoubleBracket;"], [0, "&RightDoubleBracket;"], [0, "&lang;"], [0, "&rang;"], [0, "&Lang;"], [0, "&Rang;"], [0, "&loang;"], [0, "&roang;"], [7, "&longleftarrow;"], [0, "&longrightarrow;"], [0, "&longleftrightarrow;"], [0, "&DoubleLongLeftArrow;"], [0, "&DoubleLongRightArrow;"], [0, "&DoubleLongLeftRightArrow;"], [1, "&longmapsto;"], [2, "&dzigrarr;"], [258, "&nvlArr;"], [0, "&nvrArr;"], [0, "&nvHarr;"], [0, "&Map;"], [6, "&lbarr;"], [0, "&bkarow;"], [0, "&lBarr;"], [0, "&dbkarow;"], [0, "&drbkarow;"], [0, "&DDotrahd;"], [0, "&UpArrowBar;"], [0, "&DownArrowBar;"], [2, "&Rarrtl;"], [2, "&latail;"], [0, "&ratail;"], [0, "&lAtail;"], [0, "&rAtail;"], [0, "&larrfs;"], [0, "&rarrfs;"], [0, "&larrbfs;"], [0, "&rarrbfs;"], [2, "&nwarhk;"], [0, "&nearhk;"], [0, "&hksearow;"], [0, "&hkswarow;"], [0, "&nwnear;"], [0, "&nesear;"], [0, "&seswar;"], [0, "&swnwar;"], [8, { v: "&rarrc;", n: 824, o: "&nrarrc;" }], [1, "&cudarrr;"], [0, "&ldca;"], [0, "&rdca;"], [0, "&cudarrl;"], [0, "&larrpl;"], [2, "&curarrm;"], [0, "&cularrp;"], [7, "&rarrpl;"], [2, "&harrcir;"], [0, "&Uarrocir;"], [0, "&lurdshar;"], [0, "&ldrushar;"], [2, "&LeftRightVector;"], [0, "&RightUpDownVector;"], [0, "&DownLeftRightVector;"], [0, "&LeftUpDownVector;"], [0, "&LeftVectorBar;"], [0, "&RightVectorBar;"], [0, "&RightUpVectorBar;"], [0, "&RightDownVectorBar;"], [0, "&DownLeftVectorBar;"], [0, "&DownRightVectorBar;"], [0, "&LeftUpVectorBar;"], [0, "&LeftDownVectorBar;"], [0, "&LeftTeeVector;"], [0, "&RightTeeVector;"], [0, "&RightUpTeeVector;"], [0, "&RightDownTeeVector;"], [0, "&DownLeftTeeVector;"], [0, "&DownRightTeeVector;"], [0, "&LeftUpTeeVector;"], [0, "&LeftDownTeeVector;"], [0, "&lHar;"], [0, "&uHar;"], [0, "&rHar;"], [0, "&dHar;"], [0, "&luruhar;"], [0, "&ldrdhar;"], [0, "&ruluhar;"], [0, "&rdldhar;"], [0, "&lharul;"], [0, "&llhard;"], [0, "&rharul;"], [0, "&lrhard;"], [0, "&udhar;"], [0, "&duhar;"], [0, "&RoundImplies;"], [0, "&erarr;"], [0, "&simrarr;"], [0, "&larrsim;"], [0, "&rarrsim;"], [0, "&rarrap;"], [0, "&ltlarr;"], [1, "&gtrarr;"], [0, "&subrarr;"], [1, "&suplarr;"], [0, "&lfisht;"], [0, "&rfisht;"], [0, "&ufisht;"], [0, "&dfisht;"], [5, "&lopar;"], [0, "&ropar;"], [4, "&lbrke;"], [0, "&rbrke;"], [0, "&lbrkslu;"], [0, "&rbrksld;"], [0, "&lbrksld;"], [0, "&rbrkslu;"], [0, "&langd;"], [0, "&rangd;"], [0, "&lparlt;"], [0, "&rpargt;"], [0, "&gtlPar;"], [0, "&ltrPar;"], [3, "&vzigzag;"], [1, "&vangrt;"], [0, "&angrtvbd;"], [6, "&ange;"], [0, "&range;"], [0, "&dwangle;"], [0, "&uwangle;"], [0, "&angmsdaa;"], [0, "&angmsdab;"], [0, "&angmsdac;"], [0, "&angmsdad;"], [0, "&angmsdae;"], [0, "&angmsdaf;"], [0, "&angmsdag;"], [0, "&angmsdah;"], [0, "&bemptyv;"], [0, "&demptyv;"], [0, "&cemptyv;"], [0, "&raemptyv;"], [0, "&laemptyv;"], [0, "&ohbar;"], [0, "&omid;"], [0, "&opar;"], [1, "&operp;"], [1, "&olcross;"], [0, "&odsold;"], [1, "&olcir;"], [0, "&ofcir;"], [0, "&olt;"], [0, "&ogt;"], [0, "&cirscir;"], [0, "&cirE;"], [0, "&solb;"], [0, "&bsolb;"], [3, "&boxbox;"], [3, "&trisb;"], [0, "&rtriltri;"], [0, { v: "&LeftTriangleBar;", n: 824, o: "&NotLeftTriangleBar;" }], [0, { v: "&RightTriangleBar;", n: 824, o: "&NotRightTriangleBar;" }], [11, "&iinfin;"], [0, "&infintie;"], [0, "&nvinfin;"], [4, "&eparsl;"], [0, "&smeparsl;"], [0, "&eqvparsl;"], [5, "&blacklozenge;"], [8, "&RuleDelayed;"], [1, "&dsol;"], [9, "&bigodot;"], [0, "&bigoplus;"], [0, "&bigotimes;"], [1, "&biguplus;"], [1, "&bigsqcup;"], [5, "&iiiint;"], [0, "&fpartint;"], [2, "&cirfnint;"], [0, "&awint;"], [0, "&rppolint;"], [0, "&scpolint;"], [0, "&npolint;"], [0, "&pointint;"], [0, "&quatint;"], [0, "&intlarhk;"], [10, "&pluscir;"], [0, "&plusacir;"], [0, "&simplus;"], [0, "&plusdu;"], [0, "&plussim;"], [0, "&plustwo;"], [1, "&mcomma;"], [0, "&minusdu;"], [2, "&loplus;"], [0, "&roplus;"], [0, "&Cross;"], [0, "&timesd;"], [0, "&timesbar;"], [1, "&smashp;"], [0, "&lotimes;"], [0, "&rotimes;"], [0, "&otimesas;"], [0, "&Otimes;"], [0, "&odiv;"], [0, "&triplus;"], [0, "&triminus;"], [0, "&tritime;"], [0, "&intprod;"], [2, "&amalg;"], [0, "&capdot;"], [1, "&ncup;"], [0, "&ncap;"], [0, "&capand;"], [0, "&cupor;"], [0, "&cupcap;"], [0, "&capcup;"], [0, "&cupbrcap;"], [0, "&capbrcup;"], [0, "&cupcup;"], [0, "&capcap;"], [0, "&ccups;"], [0, "&ccaps;"], [2, "&ccupssm;"], [2, "&And;"], [0, "&Or;"], [0, "&andand;"], [0, "&oror;"], [0, "&orslope;"], [0, "&andslope;"], [1, "&andv;"], [0, "&orv;"], [0, "&andd;"], [0, "&ord;"], [1, "&wedbar;"], [6, "&sdote;"], [3, "&simdot;"], [2, { v: "&congdot;", n: 824, o: "&ncongdot;" }], [0, "&easter;"], [0, "&apacir;"], [0, { v: "&apE;", n: 824, o: "&napE;" }], [0, "&eplus;"], [0, "&pluse;"], [0, "&Esim;"], [0, "&Colone;"], [0, "&Equal;"], [1, "&ddotseq;"], [0, "&equivDD;"], [0, "&ltcir;"], [0, "&gtcir;"], [0, "&ltquest;"], [0, "&gtquest;"], [0, { v: "&leqslant;", n: 824, o: "&nleqslant;" }], [0, { v: "&geqslant;", n: 824, o: "&ngeqslant;" }], [0, "&lesdot;"], [0, "&gesdot;"], [0, "&lesdoto;"], [0, "&gesdoto;"], [0, "&lesdotor;"], [0, "&gesdotol;"], [0, "&lap;"], [0, "&gap;"], [0, "&lne;"], [0, "&gne;"], [0, "&lnap;"], [0, "&gnap;"], [0, "&lEg;"], [0, "&gEl;"], [0, "&lsime;"], [0, "&gsime;"], [0, "&lsimg;"], [0, "&gsiml;"], [0, "&lgE;"], [0, "&glE;"], [0, "&lesges;"], [0, "&gesles;"], [0, "&els;"], [0, "&egs;"], [0, "&elsdot;"], [0, "&egsdot;"], [0, "&el;"], [0, "&eg;"], [2, "&siml;"], [0, "&simg;"], [0, "&simlE;"], [0, "&simgE;"], [0, { v: "&LessLess;", n: 824, o: "&NotNestedLessLess;" }], [0, { v: "&GreaterGreater;", n: 824, o: "&NotNestedGreaterGreater;" }], [1, "&glj;"], [0, "&gla;"], [0, "&ltcc;"], [0, "&gtcc;"], [0, "&lescc;"], [0, "&gescc;"], [0, "&smt;"], [0, "&lat;"], [0, { v: "&smte;", n: 65024, o: "&smtes;" }], [0, { v: "&late;", n: 65024, o: "&lates;" }], [0, "&bumpE;"], [0, { v: "&PrecedesEqual;", n: 824, o: "&NotPrecedesEqual;" }], [0, { v: "&sce;", n: 824, o: "&NotSucceedsEqual;" }], [2, "&prE;"], [0, "&scE;"], [0, "&precneqq;"], [0, "&scnE;"], [0, "&prap;"], [0, "&scap;"], [0, "&precnapprox;"], [0, "&scnap;"], [0, "&Pr;"], [0, "&Sc;"], [0, "&subdot;"], [0, "&supdot;"], [0, "&subplus;"], [0, "&supplus;"], [0, "&submult;"], [0, "&supmult;"], [0, "&subedot;"], [0, "&supedot;"], [0, { v: "&subE;", n: 824, o: "&nsubE;" }], [0, { v: "&supE;", n: 824, o: "&nsupE;" }], [0, "&subsim;"], [0, "&supsim;"], [2, { v: "&subnE;", n: 65024, o: "&varsubsetneqq;" }], [0, { v: "&supnE;", n: 65024, o: "&varsupsetneqq;" }], [2, "&csub;"], [0, "&csup;"], [0, "&csube;"], [0, "&csupe;"], [0, "&subsup;"], [0, "&supsub;"], [0, "&subsub;"], [0, "&supsup;"], [0, "&suphsub;"], [0, "&supdsub;"], [0, "&forkv;"], [0, "&topfork;"], [0, "&mlcp;"], [8, "&Dashv;"], [1, "&Vdashl;"], [0, "&Barv;"], [0, "&vBar;"], [0, "&vBarv;"], [1, "&Vbar;"], [0, "&Not;"], [0, "&bNot;"], [0, "&rnmid;"], [0, "&cirmid;"], [0, "&midcir;"], [0, "&topcir;"], [0, "&nhpar;"], [0, "&parsim;"], [9, { v: "&parsl;", n: 8421, o: "&nparsl;" }], [44343, { n: new Map(/* @__PURE__ */ restoreDiff([[56476, "&Ascr;"], [1, "&Cscr;"], [0, "&Dscr;"], [2, "&Gscr;"], [2, "&Jscr;"], [0, "&Kscr;"], [2, "&Nscr;"], [0, "&Oscr;"], [0, "&Pscr;"], [0, "&Qscr;"], [1, "&Sscr;"], [0, "&Tscr;"], [0, "&Uscr;"], [0, "&Vscr;"], [0, "&Wscr;"], [0, "&Xscr;"], [0, "&Yscr;"], [0, "&Zscr;"], [0, "&ascr;"], [0, "&bscr;"], [0, "&cscr;"], [0, "&dscr;"], [1, "&fscr;"], [1, "&hscr;"], [0, "&iscr;"], [0, "&jscr;"], [0, "&kscr;"], [0, "&lscr;"], [0, "&mscr;"], [0, "&nscr;"], [1, "&pscr;"], [0, "&qscr;"], [0, "&rscr;"], [0, "&sscr;"], [0, "&tscr;"], [0, "&uscr;"], [0, "&vscr;"], [0, "&wscr;"], [0, "&xscr;"], [0, "&yscr;"], [0, "&zscr;"], [52, "&Afr;"], [0, "&Bfr;"], [1, "&Dfr;"], [0, "&Efr;"], [0, "&Ffr;"], [0, "&Gfr;"], [2, "&Jfr;"], [0, "&Kfr;"], [0, "&Lfr;"], [0, "&Mfr;"], [0, "&Nfr;"], [0, "&Ofr;"], [0, "&Pfr;"], [0, "&Qfr;"], [1, "&Sfr;"], [0, "&Tfr;"], [0, "&Ufr;"], [0, "&Vfr;"], [0, "&Wfr;"], [0, "&Xfr;"], [0, "&Yfr;"], [1, "&afr;"], [0, "&bfr;"], [0, "&cfr;"], [0, "&dfr;"], [0, "&efr;"], [0, "&ffr;"], [0, "&gfr;"], [0, "&hfr;"], [0, "&ifr;"], [0, "&jfr;"], [0, "&kfr;"], [0, "&lfr;"], [0, "&mfr;"], [0, "&nfr;"], [0, "&ofr;"], [0, "&pfr;"], [0, "&qfr;"], [0, "&rfr;"], [0, "&sfr;"], [0, "&tfr;"], [0, "&ufr;"], [0, "&vfr;"], [0, "&wfr;"], [0, "&xfr;"], [0, "&yfr;"], [0, "&zfr;"], [0, "&Aopf;"], [0, "&Bopf;"], [1, "&Dopf;"], [0, "&Eopf;"], [0, "&Fopf;"], [0, "&Gopf;"], [1, "&Iopf;"], [0, "&Jopf;"], [0, "&Kopf;"], [0, "&Lopf;"], [0, "&Mopf;"], [1, "&Oopf;"], [3, "&Sopf;"], [0, "&Topf;"], [0, "&Uopf;"], [0, "&Vopf;"], [0, "&Wopf;"], [0, "&Xopf;"], [0, "&Yopf;"], [1, "&aopf;"], [0, "&bopf;"], [0, "&copf;"], [0, "&dopf;"], [0, "&eopf;"], [0, "&fopf;"], [0, "&gopf;"], [0, "&hopf;"], [0, "&iopf;"], [0, "&jopf;"], [0, "&kopf;"], [0, "&lopf;"], [0, "&mopf;"], [0, "&nopf;"], [0, "&oopf;"], [0, "&popf;"], [0, "&qopf;"], [0, "&ropf;"], [0, "&sopf;"], [0, "&topf;"], [0, "&uopf;"], [0, "&vopf;"], [0, "&wopf;"], [0, "&xopf;"], [0, "&yopf;"], [0, "&zopf;"]])) }], [8906, "&fflig;"], [0, "&filig;"], [0, "&fllig;"], [0, "&ffilig;"], [0, "&ffllig;"]]));

// node_modules/entities/lib/esm/escape.js
var xmlReplacer = /["&'<>$\x80-\uFFFF]/g;
var xmlCodeMap = /* @__PURE__ */ new Map([
  [34, "&quot;"],
  [38, "&amp;"],
  [39, "&apos;"],
  [60, "&lt;"],
  [62, "&gt;"]
]);
var getCodePoint = (
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  String.prototype.codePointAt != null ? (str, index) => str.codePointAt(index) : (
    // http://mathiasbynens.be/notes/javascript-encoding#surrogate-formulae
    (c, index) => (c.charCodeAt(index) & 64512) === 55296 ? (c.charCodeAt(index) - 55296) * 1024 + c.charCodeAt(index + 1) - 56320 + 65536 : c.charCodeAt(index)
  )
);
function encodeXML(str) {
  let ret = "";
  let lastIdx = 0;
  let match2;
  while ((match2 = xmlReplacer.exec(str)) !== null) {
    const i = match2.index;
    const char = str.charCodeAt(i);
    const next = xmlCodeMap.get(char);
    if (next !== void 0) {
      ret += str.substring(lastIdx, i) + next;
      lastIdx = i + 1;
    } else {
      ret += `${str.substring(lastIdx, i)}&#x${getCodePoint(str, i).toString(16)};`;
      lastIdx = xmlReplacer.lastIndex += Number((char & 64512) === 55296);
    }
  }
  return ret + str.substr(lastIdx);
}
function getEscaper(regex, map2) {
  return function escape3(data) {
    let match2;
    let lastIdx = 0;
    let result = "";
    while (match2 = regex.exec(data)) {
      if (lastIdx !== match2.index) {
        result += data.substring(lastIdx, match2.index);
      }
      result += map2.get(match2[0].charCodeAt(0));
      lastIdx = match2.index + 1;
    }
    return result + data.substring(lastIdx);
  };
}
var escapeUTF8 = getEscaper(/[&<>'"]/g, xmlCodeMap);
var escapeAttribute = getEscaper(/["&\u00A0]/g, /* @__PURE__ */ new Map([
  [34, "&quot;"],
  [38, "&amp;"],
  [160, "&nbsp;"]
]));
var escapeText = getEscaper(/[&<>\u00A0]/g, /* @__PURE__ */ new Map([
  [38, "&amp;"],
  [60, "&lt;"],
  [62, "&gt;"],
  [160, "&nbsp;"]
]));

// node_modules/entities/lib/esm/index.js
var EntityLevel;
(function(EntityLevel2) {
  EntityLevel2[EntityLevel2["XML"] = 0] = "XML";
  EntityLevel2[EntityLevel2["HTML"] = 1] = "HTML";
})(EntityLevel || (EntityLevel = {}));
var EncodingMode;
(function(EncodingMode2) {
  EncodingMode2[EncodingMode2["UTF8"] = 0] = "UTF8";
  EncodingMode2[EncodingMode2["ASCII"] = 1] = "ASCII";
  EncodingMode2[EncodingMode2["Extensive"] = 2] = "Extensive";
  EncodingMode2[EncodingMode2["Attribute"] = 3] = "Attribute";
  EncodingMode2[EncodingMode2["Text"] = 4] = "Text";
})(EncodingMode || (EncodingMode = {}));

// node_modules/dom-serializer/lib/esm/foreignNames.js
var elementNames = new Map([
  "altGlyph",
  "altGlyphDef",
  "altGlyphItem",
  "animateColor",
  "animateMotion",
  "animateTransform",
  "clipPath",
  "feBlend",
  "feColorMatrix",
  "feComponentTransfer",
  "feComposite",
  "feConvolveMatrix",
  "feDiffuseLighting",
  "feDisplacementMap",
  "feDistantLight",
  "feDropShadow",
  "feFlood",
  "feFuncA",
  "feFuncB",
  "feFuncG",
  "feFuncR",
  "feGaussianBlur",
  "feImage",
  "feMerge",
  "feMergeNode",
  "feMorphology",
  "feOffset",
  "fePointLight",
  "feSpecularLighting",
  "feSpotLight",
  "feTile",
  "feTurbulence",
  "foreignObject",
  "glyphRef",
  "linearGradient",
  "radialGradient",
  "textPath"
].map((val) => [val.toLowerCase(), val]));
var attributeNames = new Map([
  "definitionURL",
  "attributeName",
  "attributeType",
  "baseFrequency",
  "baseProfile",
  "calcMode",
  "clipPathUnits",
  "diffuseConstant",
  "edgeMode",
  "filterUnits",
  "glyphRef",
  "gradientTransform",
  "gradientUnits",
  "kernelMatrix",
  "kernelUnitLength",
  "keyPoints",
  "keySplines",
  "keyTimes",
  "lengthAdjust",
  "limitingConeAngle",
  "markerHeight",
  "markerUnits",
  "markerWidth",
  "maskContentUnits",
  "maskUnits",
  "numOctaves",
  "pathLength",
  "patternContentUnits",
  "patternTransform",
  "patternUnits",
  "pointsAtX",
  "pointsAtY",
  "pointsAtZ",
  "preserveAlpha",
  "preserveAspectRatio",
  "primitiveUnits",
  "refX",
  "refY",
  "repeatCount",
  "repeatDur",
  "requiredExtensions",
  "requiredFeatures",
  "specularConstant",
  "specularExponent",
  "spreadMethod",
  "startOffset",
  "stdDeviation",
  "stitchTiles",
  "surfaceScale",
  "systemLanguage",
  "tableValues",
  "targetX",
  "targetY",
  "textLength",
  "viewBox",
  "viewTarget",
  "xChannelSelector",
  "yChannelSelector",
  "zoomAndPan"
].map((val) => [val.toLowerCase(), val]));

// node_modules/dom-serializer/lib/esm/index.js
var unencodedElements = /* @__PURE__ */ new Set([
  "style",
  "script",
  "xmp",
  "iframe",
  "noembed",
  "noframes",
  "plaintext",
  "noscript"
]);
function replaceQuotes(value) {
  return value.replace(/"/g, "&quot;");
}
function formatAttributes(attributes, opts) {
  var _a3;
  if (!attributes)
    return;
  const encode3 = ((_a3 = opts.encodeEntities) !== null && _a3 !== void 0 ? _a3 : opts.decodeEntities) === false ? replaceQuotes : opts.xmlMode || opts.encodeEntities !== "utf8" ? encodeXML : escapeAttribute;
  return Object.keys(attributes).map((key) => {
    var _a4, _b;
    const value = (_a4 = attributes[key]) !== null && _a4 !== void 0 ? _a4 : "";
    if (opts.xmlMode === "foreign") {
      key = (_b = attributeNames.get(key)) !== null && _b !== void 0 ? _b : key;
    }
    if (!opts.emptyAttrs && !opts.xmlMode && value === "") {
      return key;
    }
    return `${key}="${encode3(value)}"`;
  }).join(" ");
}
var singleTag = /* @__PURE__ */ new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr"
]);
function render(node, options = {}) {
  const nodes = "length" in node ? node : [node];
  let output = "";
  for (let i = 0; i < nodes.length; i++) {
    output += renderNode(nodes[i], options);
  }
  return output;
}
function renderNode(node, options) {
  switch (node.type) {
    case Root:
      return render(node.children, options);
    // @ts-expect-error We don't use `Doctype` yet
    case Doctype:
    case Directive:
      return renderDirective(node);
    case Comment:
      return renderComment(node);
    case CDATA:
      return renderCdata(node);
    case Script:
    case Style:
    case Tag:
      return renderTag(node, options);
    case Text:
      return renderText(node, options);
  }
}
var foreignModeIntegrationPoints = /* @__PURE__ */ new Set([
  "mi",
  "mo",
  "mn",
  "ms",
  "mtext",
  "annotation-xml",
  "foreignObject",
  "desc",
  "title"
]);
var foreignElements = /* @__PURE__ */ new Set(["svg", "math"]);
function renderTag(elem, opts) {
  var _a3;
  if (opts.xmlMode === "foreign") {
    elem.name = (_a3 = elementNames.get(elem.name)) !== null && _a3 !== void 0 ? _a3 : elem.name;
    if (elem.parent && foreignModeIntegrationPoints.has(elem.parent.name)) {
      opts = { ...opts, xmlMode: false };
    }
  }
  if (!opts.xmlMode && foreignElements.has(elem.name)) {
    opts = { ...opts, xmlMode: "foreign" };
  }
  let tag = `<${elem.name}`;
  const attribs = formatAttributes(elem.attribs, opts);
  if (attribs) {
    tag += ` ${attribs}`;
  }
  if (elem.children.length === 0 && (opts.xmlMode ? (
    // In XML mode or foreign mode, and user hasn't explicitly turned off self-closing tags
    opts.selfClosingTags !== false
  ) : (
    // User explicitly asked for self-closing tags, even in HTML mode
    opts.selfClosingTags && singleTag.has(elem.name)
  ))) {
    if (!opts.xmlMode)
      tag += " ";
    tag += "/>";
  } else {
    tag += ">";
    if (elem.children.length > 0) {
      tag += render(elem.children, opts);
    }
    if (opts.xmlMode || !singleTag.has(elem.name)) {
      tag += `</${elem.name}>`;
    }
  }
  return tag;
}
function renderDirective(elem) {
  return `<${elem.data}>`;
}
function renderText(elem, opts) {
  var _a3;
  let data = elem.data || "";
  if (((_a3 = opts.encodeEntities) !== null && _a3 !== void 0 ? _a3 : opts.decodeEntities) !== false && !(!opts.xmlMode && elem.parent && unencodedElements.has(elem.parent.name))) {
    data = opts.xmlMode || opts.encodeEntities !== "utf8" ? encodeXML(data) : escapeText(data);
  }
  return data;
}
function renderCdata(elem) {
  return `<![CDATA[${elem.children[0].data}]]>`;
}
function renderComment(elem) {
  return `<!--${elem.data}-->`;
}

// node_modules/domutils/lib/esm/helpers.js
var DocumentPosition;
(function(DocumentPosition2) {
  DocumentPosition2[DocumentPosition2["DISCONNECTED"] = 1] = "DISCONNECTED";
  DocumentPosition2[DocumentPosition2["PRECEDING"] = 2] = "PRECEDING";
  DocumentPosition2[DocumentPosition2["FOLLOWING"] = 4] = "FOLLOWING";
  DocumentPosition2[DocumentPosition2["CONTAINS"] = 8] = "CONTAINS";
  DocumentPosition2[DocumentPosition2["CONTAINED_BY"] = 16] = "CONTAINED_BY";
})(DocumentPosition || (DocumentPosition = {}));

// node_modules/htmlparser2/dist/esm/index.js
function parseDocument(data, options) {
  const handler = new DomHandler(void 0, options);
  new Parser(handler, options).end(data);
  return handler.root;
}

// node_modules/deepmerge-ts/dist/index.mjs
var actions = {
  defaultMerge: Symbol("deepmerge-ts: default merge"),
  skip: Symbol("deepmerge-ts: skip")
};
var actionsInto = {
  defaultMerge: actions.defaultMerge
};
function defaultMetaDataUpdater(previousMeta, mergeInfo) {
  const ancestor = {
    key: mergeInfo.key,
    parents: mergeInfo.parents,
    values: mergeInfo.values,
    result: mergeInfo.result
  };
  const prevHierarchy = previousMeta?.hierarchy;
  return {
    ...ancestor,
    hierarchy: prevHierarchy === void 0 ? [ancestor] : [...prevHierarchy, ancestor]
  };
}
function defaultFilterValues(values, meta) {
  return values.includes(void 0) ? values.filter((value) => value !== void 0) : values;
}
function shouldFallbackToDefault(utils, fallback, result) {
  return result === actions.defaultMerge || utils.useImplicitDefaultMerging && result === void 0 && utils.mergeFunctions[fallback] !== utils.defaultMergeFunctions[fallback];
}
function resolveCustomMergeFunctions(options, defaultMergeFunctions) {
  return {
    ...defaultMergeFunctions,
    ...Object.fromEntries(Object.entries(options).filter(([key]) => Object.hasOwn(defaultMergeFunctions, key)).map(([key, option2]) => option2 === false ? [key, defaultMergeFunctions.mergeOthers] : typeof option2 === "function" ? [key, option2] : [key, defaultMergeFunctions[key]]))
  };
}
function mergeArrays$1(values, utils, meta) {
  return values.flat();
}
function mergeSets$1(values, utils, meta) {
  const result = /* @__PURE__ */ new Set();
  for (const set of values) {
    for (const element of set) {
      result.add(element);
    }
  }
  return result;
}
function mergeOthers$1(values, utils, meta) {
  return values.at(-1);
}
var ObjectType;
(function(ObjectType2) {
  ObjectType2[ObjectType2["NOT"] = 0] = "NOT";
  ObjectType2[ObjectType2["RECORD"] = 1] = "RECORD";
  ObjectType2[ObjectType2["ARRAY"] = 2] = "ARRAY";
  ObjectType2[ObjectType2["SET"] = 3] = "SET";
  ObjectType2[ObjectType2["MAP"] = 4] = "MAP";
  ObjectType2[ObjectType2["OTHER"] = 5] = "OTHER";
})(ObjectType || (ObjectType = {}));
function getObjectType(object) {
  if (typeof object !== "object" || object === null) {
    return ObjectType.NOT;
  }
  if (Array.isArray(object)) {
    return ObjectType.ARRAY;
  }
  if (isRecord(object)) {
    return ObjectType.RECORD;
  }
  if (object instanceof Set) {
    return ObjectType.SET;
  }
  if (object instanceof Map) {
    return ObjectType.MAP;
  }
  return ObjectType.OTHER;
}
function getKeysOfObjects(objects) {
  const keys = /* @__PURE__ */ new Set();
  for (const currentObject of objects) {
    const stringKeys = Object.keys(currentObject);
    for (const stringKey of stringKeys) {
      keys.add(stringKey);
    }
    const symbols = Object.getOwnPropertySymbols(currentObject);
    if (symbols.length > 0) {
      for (const symbol of symbols) {
        if (Object.prototype.propertyIsEnumerable.call(currentObject, symbol)) {
          keys.add(symbol);
        }
      }
    }
  }
  return keys;
}
function getKeysOfObject(object) {
  const symbols = Object.getOwnPropertySymbols(object).filter((symbol) => Object.prototype.propertyIsEnumerable.call(object, symbol));
  return [...Object.keys(object), ...symbols];
}
function objectHasProperty(object, property) {
  return typeof object === "object" && Object.prototype.propertyIsEnumerable.call(object, property);
}
function isRecord(value) {
  const prototype = Object.getPrototypeOf(value);
  if (prototype === null || prototype === Object.prototype) {
    return true;
  }
  const objectToString = Object.prototype.toString.call(value);
  if (objectToString !== "[object Object]" && objectToString !== "[object Module]") {
    return false;
  }
  const { constructor } = value;
  if (constructor === void 0) {
    return true;
  }
  const constructorPrototype = constructor.prototype;
  if (constructorPrototype === null || typeof constructorPrototype !== "object") {
    return false;
  }
  const constructorToString = Object.prototype.toString.call(constructorPrototype);
  if (constructorToString !== "[object Object]" && constructorToString !== "[object Module]") {
    return false;
  }
  if (!Object.hasOwn(constructorPrototype, "isPrototypeOf")) {
    return false;
  }
  return true;
}
function getCyclicReferenceDepth(object, hierarchy, index) {
  if (hierarchy === void 0 || hierarchy.length === 0) {
    return 0;
  }
  let mut_depth = 1;
  for (let mut_index = hierarchy.length - 1; mut_index >= 0; mut_index--) {
    const { parents } = hierarchy[mut_index];
    if (parents[index] === object || parents.includes(object)) {
      return mut_depth;
    }
    mut_depth += 1;
  }
  return 0;
}
function getMetaDataHierarchy(meta) {
  return meta?.hierarchy;
}
function mergeRecords$1(values, utils, meta) {
  if (values.length === 2) {
    const result = {};
    const mergeProperty = (key, propValues) => {
      const updatedMeta = utils.metaDataUpdater(meta, {
        key,
        parents: values,
        values: propValues,
        result
      });
      const propertyResult = mergeUnknowns(propValues, utils, updatedMeta);
      if (propertyResult === actions.skip) {
        return;
      }
      if (key === "__proto__") {
        Object.defineProperty(result, key, {
          value: propertyResult,
          configurable: true,
          enumerable: true,
          writable: true
        });
      } else {
        result[key] = propertyResult;
      }
    };
    const firstValue = values[0];
    const secondValue = values[1];
    for (const key of getKeysOfObject(firstValue)) {
      mergeProperty(key, objectHasProperty(secondValue, key) ? [firstValue[key], secondValue[key]] : [firstValue[key]]);
    }
    for (const key of getKeysOfObject(secondValue)) {
      if (!objectHasProperty(firstValue, key)) {
        mergeProperty(key, [secondValue[key]]);
      }
    }
    return result;
  }
  return mergeRecordsGeneral(values, utils, meta);
}
function mergeRecordsGeneral(values, utils, meta) {
  const result = {};
  for (const key of getKeysOfObjects(values)) {
    const propValues = [];
    for (const value of values) {
      if (objectHasProperty(value, key)) {
        propValues.push(value[key]);
      }
    }
    const updatedMeta = utils.metaDataUpdater(meta, {
      key,
      parents: values,
      values: propValues,
      result
    });
    const propertyResult = mergeUnknowns(propValues, utils, updatedMeta);
    if (propertyResult === actions.skip) {
      continue;
    }
    if (key === "__proto__") {
      Object.defineProperty(result, key, {
        value: propertyResult,
        configurable: true,
        enumerable: true,
        writable: true
      });
    } else {
      result[key] = propertyResult;
    }
  }
  return result;
}
function mergeMaps$1(values, utils, meta) {
  const result = /* @__PURE__ */ new Map();
  const valuesByKey = /* @__PURE__ */ new Map();
  for (const map2 of values) {
    for (const [key, value] of map2) {
      const mut_keyValues = valuesByKey.get(key);
      if (mut_keyValues === void 0) {
        valuesByKey.set(key, [value]);
      } else {
        mut_keyValues.push(value);
      }
    }
  }
  for (const [key, keyValues] of valuesByKey) {
    const updatedMeta = utils.metaDataUpdater(meta, {
      key,
      parents: values,
      values: keyValues,
      result
    });
    const keyResult = mergeUnknowns(keyValues, utils, updatedMeta);
    if (keyResult === actions.skip) {
      continue;
    }
    result.set(key, keyResult);
  }
  return result;
}
function resolveCyclicReferences(value, utils, meta) {
  if (typeof value !== "object" || value === null) {
    return value;
  }
  const hierarchy = getMetaDataHierarchy(meta);
  const depth = getCyclicReferenceDepth(value, hierarchy, 0);
  if (hierarchy !== void 0 && depth > 0) {
    return hierarchy[hierarchy.length - depth]?.result;
  }
  const type = getObjectType(value);
  if (type === ObjectType.RECORD) {
    const record = value;
    let mut_changed = false;
    const result = {};
    for (const key of getKeysOfObject(record)) {
      const propVal = record[key];
      const updatedMeta = utils.metaDataUpdater(meta, {
        key,
        parents: [record],
        values: [propVal],
        result
      });
      const resolvedProp = resolveCyclicReferences(propVal, utils, updatedMeta);
      if (resolvedProp !== propVal) {
        mut_changed = true;
      }
      if (key === "__proto__") {
        Object.defineProperty(result, key, {
          value: resolvedProp,
          configurable: true,
          enumerable: true,
          writable: true
        });
      } else {
        result[key] = resolvedProp;
      }
    }
    return mut_changed ? result : value;
  }
  return value;
}
function mergeCircularReferences$1(values, cyclicDepths, utils, meta) {
  const depth = cyclicDepths[0];
  const hierarchy = getMetaDataHierarchy(meta);
  for (let mut_index = 1; mut_index < values.length; mut_index++) {
    if (cyclicDepths[mut_index] !== depth) {
      const lastCyclicDepth = cyclicDepths.at(-1);
      return lastCyclicDepth === 0 ? resolveCyclicReferences(values.at(-1), utils, meta) : hierarchy?.[hierarchy.length - lastCyclicDepth]?.result;
    }
  }
  return hierarchy?.[hierarchy.length - depth]?.result;
}
var mergeFunctions = {
  mergeRecords: mergeRecords$1,
  mergeArrays: mergeArrays$1,
  mergeSets: mergeSets$1,
  mergeMaps: mergeMaps$1,
  mergeCircularReferences: mergeCircularReferences$1,
  mergeOthers: mergeOthers$1
};
function deepmergeCustom(options = {}, rootMetaData) {
  const utils = getUtils$1(options, customizedDeepmerge);
  function customizedDeepmerge(...objects) {
    return mergeUnknowns(objects, utils, rootMetaData ?? void 0);
  }
  return customizedDeepmerge;
}
function getUtils$1(options, customizedDeepmerge) {
  const defaultMergeFns = mergeFunctions;
  const defaultMetaDataUpd = defaultMetaDataUpdater;
  return {
    defaultMergeFunctions: defaultMergeFns,
    mergeFunctions: resolveCustomMergeFunctions(options, defaultMergeFns),
    metaDataUpdater: typeof options.metaDataUpdater === "function" ? options.metaDataUpdater : defaultMetaDataUpd,
    deepmerge: customizedDeepmerge,
    useImplicitDefaultMerging: options.enableImplicitDefaultMerging ?? false,
    filterValues: options.filterValues === false ? void 0 : typeof options.filterValues === "function" ? options.filterValues : defaultFilterValues,
    maxDepth: typeof options.maxDepth === "number" && !Number.isNaN(options.maxDepth) && options.maxDepth >= 0 ? options.maxDepth : 1e3,
    actions
  };
}
function mergeUnknowns(values, utils, meta) {
  const filteredValues = utils.filterValues?.(values, meta) ?? values;
  if (filteredValues.length === 0) {
    return void 0;
  }
  const hierarchy = getMetaDataHierarchy(meta);
  const currentDepth = hierarchy?.length ?? (typeof meta === "number" ? meta : meta?.depth ?? 0);
  if (utils.maxDepth !== void 0 && currentDepth >= utils.maxDepth) {
    return mergeOthers(filteredValues, utils, meta);
  }
  if (filteredValues.length === 1) {
    if (hierarchy !== void 0) {
      const depth = getCyclicReferenceDepth(filteredValues[0], hierarchy, 0);
      if (depth > 0) {
        return hierarchy[hierarchy.length - depth]?.result ?? hierarchy[hierarchy.length - depth]?.parents[0];
      }
    }
    return mergeOthers(filteredValues, utils, meta);
  }
  const type = getObjectType(filteredValues[0]);
  if (type !== ObjectType.NOT && type !== ObjectType.OTHER) {
    if (filteredValues.length === 2) {
      if (getObjectType(filteredValues[1]) !== type) {
        return mergeOthers(filteredValues, utils, meta);
      }
      const d0 = getCyclicReferenceDepth(filteredValues[0], hierarchy, 0);
      const d1 = getCyclicReferenceDepth(filteredValues[1], hierarchy, 1);
      if (d0 !== 0 || d1 !== 0) {
        return mergeCircularReferences(filteredValues, [d0, d1], utils, meta);
      }
    } else {
      const cyclicDepths = new Array(filteredValues.length);
      cyclicDepths[0] = getCyclicReferenceDepth(filteredValues[0], hierarchy, 0);
      for (let mut_index = 1; mut_index < filteredValues.length; mut_index++) {
        if (getObjectType(filteredValues[mut_index]) !== type) {
          return mergeOthers(filteredValues, utils, meta);
        }
        cyclicDepths[mut_index] = getCyclicReferenceDepth(filteredValues[mut_index], hierarchy, mut_index);
      }
      if (cyclicDepths.some((depth) => depth !== 0)) {
        return mergeCircularReferences(filteredValues, cyclicDepths, utils, meta);
      }
    }
  }
  switch (type) {
    case ObjectType.RECORD: {
      return mergeRecords(filteredValues, utils, meta);
    }
    case ObjectType.ARRAY: {
      return mergeArrays(filteredValues, utils, meta);
    }
    case ObjectType.SET: {
      return mergeSets(filteredValues, utils, meta);
    }
    case ObjectType.MAP: {
      return mergeMaps(filteredValues, utils, meta);
    }
    default: {
      return mergeOthers(filteredValues, utils, meta);
    }
  }
}
function mergeRecords(values, utils, meta) {
  const result = utils.mergeFunctions.mergeRecords(values, utils, meta);
  if (shouldFallbackToDefault(utils, "mergeRecords", result)) {
    return utils.defaultMergeFunctions.mergeRecords(values, utils, meta);
  }
  return result;
}
function mergeArrays(values, utils, meta) {
  const result = utils.mergeFunctions.mergeArrays(values, utils, meta);
  if (shouldFallbackToDefault(utils, "mergeArrays", result)) {
    return utils.defaultMergeFunctions.mergeArrays(values);
  }
  return result;
}
function mergeSets(values, utils, meta) {
  const result = utils.mergeFunctions.mergeSets(values, utils, meta);
  if (shouldFallbackToDefault(utils, "mergeSets", result)) {
    return utils.defaultMergeFunctions.mergeSets(values);
  }
  return result;
}
function mergeMaps(values, utils, meta) {
  const result = utils.mergeFunctions.mergeMaps(values, utils, meta);
  if (shouldFallbackToDefault(utils, "mergeMaps", result)) {
    return utils.defaultMergeFunctions.mergeMaps(values, utils, meta);
  }
  return result;
}
function mergeCircularReferences(values, cyclicDepths, utils, meta) {
  const result = utils.mergeFunctions.mergeCircularReferences(values, cyclicDepths, utils, meta);
  if (shouldFallbackToDefault(utils, "mergeCircularReferences", result)) {
    return utils.defaultMergeFunctions.mergeCircularReferences(values, cyclicDepths, utils, meta);
  }
  return result;
}
function mergeOthers(values, utils, meta) {
  const result = utils.mergeFunctions.mergeOthers(values, utils, meta);
  if (shouldFallbackToDefault(utils, "mergeOthers", result)) {
    return utils.defaultMergeFunctions.mergeOthers(values);
  }
  return result;
}

// node_modules/html-to-text/lib/html-to-text.mjs
function limitedDepthRecursive(n, f, g = () => void 0) {
  if (n === void 0) {
    const f1 = function(...args) {
      return f(f1, ...args);
    };
    return f1;
  }
  if (n >= 0) {
    return function(...args) {
      return f(limitedDepthRecursive(n - 1, f, g), ...args);
    };
  }
  return g;
}
function trimCharacter(str, char) {
  let start = 0;
  let end = str.length;
  while (start < end && str[start] === char) {
    ++start;
  }
  while (end > start && str[end - 1] === char) {
    --end;
  }
  return start > 0 || end < str.length ? str.substring(start, end) : str;
}
function trimCharacterEnd(str, char) {
  let end = str.length;
  while (end > 0 && str[end - 1] === char) {
    --end;
  }
  return end < str.length ? str.substring(0, end) : str;
}
function unicodeEscape(str) {
  return str.replace(/[\s\S]/g, (c) => "\\u" + c.charCodeAt().toString(16).padStart(4, "0"));
}
function get(obj, path) {
  for (const key of path) {
    if (!obj) {
      return void 0;
    }
    obj = obj[key];
  }
  return obj;
}
function numberToLetterSequence(num, baseChar = "a", base = 26) {
  const digits = [];
  do {
    num -= 1;
    digits.push(num % base);
    num = num / base >> 0;
  } while (num > 0);
  const baseCode = baseChar.charCodeAt(0);
  return digits.reverse().map((n) => String.fromCharCode(baseCode + n)).join("");
}
var I = ["I", "X", "C", "M"];
var V = ["V", "L", "D"];
function numberToRoman(num) {
  return [...num + ""].map((n) => +n).reverse().map((v, i) => v % 5 < 4 ? (v < 5 ? "" : V[i]) + I[i].repeat(v % 5) : I[i] + (v < 5 ? V[i] : I[i + 1])).reverse().join("");
}
var InlineTextBuilder = class {
  /**
   * Creates an instance of InlineTextBuilder.
   *
   * If `maxLineLength` is not provided then it is either `options.wordwrap` or unlimited.
   *
   * @param { Options } options           HtmlToText options.
   * @param { number }  [ maxLineLength ] This builder will try to wrap text to fit this line length.
   */
  constructor(options, maxLineLength = void 0) {
    this.lines = [];
    this.nextLineWords = [];
    this.maxLineLength = maxLineLength || options.wordwrap || Number.MAX_VALUE;
    this.nextLineAvailableChars = this.maxLineLength;
    this.wrapCharacters = get(options, ["longWordSplit", "wrapCharacters"]) || [];
    this.forceWrapOnLimit = get(options, ["longWordSplit", "forceWrapOnLimit"]) || false;
    this.stashedSpace = false;
    this.wordBreakOpportunity = false;
  }
  /**
   * Add a new word.
   *
   * @param { string } word A word to add.
   * @param { boolean } [noWrap] Don't wrap text even if the line is too long.
   */
  pushWord(word, noWrap = false) {
    if (this.nextLineAvailableChars <= 0 && !noWrap) {
      this.startNewLine();
    }
    const isLineStart = this.nextLineWords.length === 0;
    const cost = word.length + (isLineStart ? 0 : 1);
    if (cost <= this.nextLineAvailableChars || noWrap) {
      this.nextLineWords.push(word);
      this.nextLineAvailableChars -= cost;
    } else {
      const [first2, ...rest] = this.splitLongWord(word);
      if (!isLineStart) {
        this.startNewLine();
      }
      this.nextLineWords.push(first2);
      this.nextLineAvailableChars -= first2.length;
      for (const part of rest) {
        this.startNewLine();
        this.nextLineWords.push(part);
        this.nextLineAvailableChars -= part.length;
      }
    }
  }
  /**
   * Pop a word from the currently built line.
   * This doesn't affect completed lines.
   *
   * @returns { string }
   */
  popWord() {
    const lastWord = this.nextLineWords.pop();
    if (lastWord !== void 0) {
      const isLineStart = this.nextLineWords.length === 0;
      const cost = lastWord.length + (isLineStart ? 0 : 1);
      this.nextLineAvailableChars += cost;
    }
    return lastWord;
  }
  /**
   * Concat a word to the last word already in the builder.
   * Adds a new word in case there are no words yet in the last line.
   *
   * @param { string } word A word to be concatenated.
   * @param { boolean } [noWrap] Don't wrap text even if the line is too long.
   */
  concatWord(word, noWrap = false) {
    if (this.wordBreakOpportunity && word.length > this.nextLineAvailableChars) {
      this.pushWord(word, noWrap);
      this.wordBreakOpportunity = false;
    } else {
      const lastWord = this.popWord();
      this.pushWord(lastWord ? lastWord.concat(word) : word, noWrap);
    }
  }
  /**
   * Add current line (and more empty lines if provided argument > 1) to the list of complete lines and start a new one.
   *
   * @param { number } n Number of line breaks that will be added to the resulting string.
   */
  startNewLine(n = 1) {
    this.lines.push(this.nextLineWords);
    if (n > 1) {
      this.lines.push(...Array.from({ length: n - 1 }, () => []));
    }
    this.nextLineWords = [];
    this.nextLineAvailableChars = this.maxLineLength;
  }
  /**
   * No words in this builder.
   *
   * @returns { boolean }
   */
  isEmpty() {
    return this.lines.length === 0 && this.nextLineWords.length === 0;
  }
  clear() {
    this.lines.length = 0;
    this.nextLineWords.length = 0;
    this.nextLineAvailableChars = this.maxLineLength;
  }
  /**
   * Join all lines of words inside the InlineTextBuilder into a complete string.
   *
   * @returns { string }
   */
  toString() {
    return [...this.lines, this.nextLineWords].map((words) => words.join(" ")).join("\n");
  }
  /**
   * Split a long word up to fit within the word wrap limit.
   * Use either a character to split looking back from the word wrap limit,
   * or truncate to the word wrap limit.
   *
   * @param   { string }   word Input word.
   * @returns { string[] }      Parts of the word.
   */
  splitLongWord(word) {
    const parts = [];
    let idx = 0;
    while (word.length > this.maxLineLength) {
      const firstLine = word.substring(0, this.maxLineLength);
      const remainingChars = word.substring(this.maxLineLength);
      const splitIndex = firstLine.lastIndexOf(this.wrapCharacters[idx]);
      if (splitIndex > -1) {
        word = firstLine.substring(splitIndex + 1) + remainingChars;
        parts.push(firstLine.substring(0, splitIndex + 1));
      } else {
        idx++;
        if (idx < this.wrapCharacters.length) {
          word = firstLine + remainingChars;
        } else {
          if (this.forceWrapOnLimit) {
            parts.push(firstLine);
            word = remainingChars;
            if (word.length > this.maxLineLength) {
              continue;
            }
          } else {
            word = firstLine + remainingChars;
          }
          break;
        }
      }
    }
    parts.push(word);
    return parts;
  }
};
var StackItem = class {
  constructor(next = null) {
    this.next = next;
  }
  getRoot() {
    return this.next ? this.next : this;
  }
};
var BlockStackItem = class extends StackItem {
  constructor(options, next = null, leadingLineBreaks = 1, maxLineLength = void 0) {
    super(next);
    this.leadingLineBreaks = leadingLineBreaks;
    this.inlineTextBuilder = new InlineTextBuilder(options, maxLineLength);
    this.rawText = "";
    this.stashedLineBreaks = 0;
    this.isPre = next && next.isPre;
    this.isNoWrap = next && next.isNoWrap;
  }
};
var ListStackItem = class extends BlockStackItem {
  constructor(options, next = null, {
    interRowLineBreaks = 1,
    leadingLineBreaks = 2,
    maxLineLength = void 0,
    maxPrefixLength = 0,
    prefixAlign = "left"
  } = {}) {
    super(options, next, leadingLineBreaks, maxLineLength);
    this.maxPrefixLength = maxPrefixLength;
    this.prefixAlign = prefixAlign;
    this.interRowLineBreaks = interRowLineBreaks;
  }
};
var ListItemStackItem = class extends BlockStackItem {
  constructor(options, next = null, {
    leadingLineBreaks = 1,
    maxLineLength = void 0,
    prefix = ""
  } = {}) {
    super(options, next, leadingLineBreaks, maxLineLength);
    this.prefix = prefix;
  }
};
var TableStackItem = class extends StackItem {
  constructor(next = null) {
    super(next);
    this.rows = [];
    this.isPre = next && next.isPre;
    this.isNoWrap = next && next.isNoWrap;
  }
};
var TableRowStackItem = class extends StackItem {
  constructor(next = null) {
    super(next);
    this.cells = [];
    this.isPre = next && next.isPre;
    this.isNoWrap = next && next.isNoWrap;
  }
};
var TableCellStackItem = class extends StackItem {
  constructor(options, next = null, maxColumnWidth = void 0) {
    super(next);
    this.inlineTextBuilder = new InlineTextBuilder(options, maxColumnWidth);
    this.rawText = "";
    this.stashedLineBreaks = 0;
    this.isPre = next && next.isPre;
    this.isNoWrap = next && next.isNoWrap;
  }
};
var TransformerStackItem = class extends StackItem {
  constructor(next = null, transform) {
    super(next);
    this.transform = transform;
  }
};
function charactersToCodes(str) {
  return [...str].map((c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")).join("");
}
var WhitespaceProcessor = class {
  /**
   * Creates an instance of WhitespaceProcessor.
   *
   * @param { Options } options    HtmlToText options.
   * @memberof WhitespaceProcessor
   */
  constructor(options) {
    this.whitespaceChars = options.preserveNewlines ? options.whitespaceCharacters.replace(/\n/g, "") : options.whitespaceCharacters;
    const whitespaceCodes = charactersToCodes(this.whitespaceChars);
    this.leadingWhitespaceRe = new RegExp(`^[${whitespaceCodes}]`);
    this.trailingWhitespaceRe = new RegExp(`[${whitespaceCodes}]$`);
    this.allWhitespaceOrEmptyRe = new RegExp(`^[${whitespaceCodes}]*$`);
    this.newlineOrNonWhitespaceRe = new RegExp(`(\\n|[^\\n${whitespaceCodes}])`, "g");
    this.newlineOrNonNewlineStringRe = new RegExp(`(\\n|[^\\n]+)`, "g");
    if (options.preserveNewlines) {
      const wordOrNewlineRe = new RegExp(`\\n|[^\\n${whitespaceCodes}]+`, "gm");
      this.shrinkWrapAdd = function(text, inlineTextBuilder, transform = ((str) => str), noWrap = false) {
        if (!text) {
          return;
        }
        const previouslyStashedSpace = inlineTextBuilder.stashedSpace;
        let anyMatch = false;
        let m = wordOrNewlineRe.exec(text);
        if (m) {
          anyMatch = true;
          if (m[0] === "\n") {
            inlineTextBuilder.startNewLine();
          } else if (previouslyStashedSpace || this.testLeadingWhitespace(text)) {
            inlineTextBuilder.pushWord(transform(m[0]), noWrap);
          } else {
            inlineTextBuilder.concatWord(transform(m[0]), noWrap);
          }
          while ((m = wordOrNewlineRe.exec(text)) !== null) {
            if (m[0] === "\n") {
              inlineTextBuilder.startNewLine();
            } else {
              inlineTextBuilder.pushWord(transform(m[0]), noWrap);
            }
          }
        }
        inlineTextBuilder.stashedSpace = previouslyStashedSpace && !anyMatch || this.testTrailingWhitespace(text);
      };
    } else {
      const wordRe = new RegExp(`[^${whitespaceCodes}]+`, "g");
      this.shrinkWrapAdd = function(text, inlineTextBuilder, transform = ((str) => str), noWrap = false) {
        if (!text) {
          return;
        }
        const previouslyStashedSpace = inlineTextBuilder.stashedSpace;
        let anyMatch = false;
        let m = wordRe.exec(text);
        if (m) {
          anyMatch = true;
          if (previouslyStashedSpace || this.testLeadingWhitespace(text)) {
            inlineTextBuilder.pushWord(transform(m[0]), noWrap);
          } else {
            inlineTextBuilder.concatWord(transform(m[0]), noWrap);
          }
          while ((m = wordRe.exec(text)) !== null) {
            inlineTextBuilder.pushWord(transform(m[0]), noWrap);
          }
        }
        inlineTextBuilder.stashedSpace = previouslyStashedSpace && !anyMatch || this.testTrailingWhitespace(text);
      };
    }
  }
  /**
   * Add text with only minimal processing.
   * Everything between newlines considered a single word.
   * No whitespace is trimmed.
   * Not affected by preserveNewlines option - `\n` always starts a new line.
   *
   * `noWrap` argument is `true` by default - this won't start a new line
   * even if there is not enough space left in the current line.
   *
   * @param { string }            text              Input text.
   * @param { InlineTextBuilder } inlineTextBuilder A builder to receive processed text.
   * @param { boolean }           [noWrap] Don't wrap text even if the line is too long.
   */
  addLiteral(text, inlineTextBuilder, noWrap = true) {
    if (!text) {
      return;
    }
    const previouslyStashedSpace = inlineTextBuilder.stashedSpace;
    let anyMatch = false;
    let m = this.newlineOrNonNewlineStringRe.exec(text);
    if (m) {
      anyMatch = true;
      if (m[0] === "\n") {
        inlineTextBuilder.startNewLine();
      } else if (previouslyStashedSpace) {
        inlineTextBuilder.pushWord(m[0], noWrap);
      } else {
        inlineTextBuilder.concatWord(m[0], noWrap);
      }
      while ((m = this.newlineOrNonNewlineStringRe.exec(text)) !== null) {
        if (m[0] === "\n") {
          inlineTextBuilder.startNewLine();
        } else {
          inlineTextBuilder.pushWord(m[0], noWrap);
        }
      }
    }
    inlineTextBuilder.stashedSpace = previouslyStashedSpace && !anyMatch;
  }
  /**
   * Test whether the given text starts with HTML whitespace character.
   *
   * @param   { string }  text  The string to test.
   * @returns { boolean }
   */
  testLeadingWhitespace(text) {
    return this.leadingWhitespaceRe.test(text);
  }
  /**
   * Test whether the given text ends with HTML whitespace character.
   *
   * @param   { string }  text  The string to test.
   * @returns { boolean }
   */
  testTrailingWhitespace(text) {
    return this.trailingWhitespaceRe.test(text);
  }
  /**
   * Test whether the given text contains any non-whitespace characters.
   *
   * @param   { string }  text  The string to test.
   * @returns { boolean }
   */
  testContainsWords(text) {
    return !this.allWhitespaceOrEmptyRe.test(text);
  }
  /**
   * Return the number of newlines if there are no words.
   *
   * If any word is found then return zero regardless of the actual number of newlines.
   *
   * @param   { string }  text  Input string.
   * @returns { number }
   */
  countNewlinesNoWords(text) {
    this.newlineOrNonWhitespaceRe.lastIndex = 0;
    let counter = 0;
    let match2;
    while ((match2 = this.newlineOrNonWhitespaceRe.exec(text)) !== null) {
      if (match2[0] === "\n") {
        counter++;
      } else {
        return 0;
      }
    }
    return counter;
  }
};
var BlockTextBuilder = class {
  /**
   * Creates an instance of BlockTextBuilder.
   *
   * @param { Options } options HtmlToText options.
   * @param { import('selderee').Picker<DomNode, TagDefinition> } picker Selectors decision tree picker.
   * @param { any} [metadata] Optional metadata for HTML document, for use in formatters.
   */
  constructor(options, picker, metadata = void 0) {
    this.options = options;
    this.picker = picker;
    this.metadata = metadata;
    this.whitespaceProcessor = new WhitespaceProcessor(options);
    this._stackItem = new BlockStackItem(options);
    this._wordTransformer = void 0;
  }
  /**
   * Put a word-by-word transform function onto the transformations stack.
   *
   * Mainly used for uppercasing. Can be bypassed to add unformatted text such as URLs.
   *
   * Word transformations applied before wrapping.
   *
   * @param { (str: string) => string } wordTransform Word transformation function.
   */
  pushWordTransform(wordTransform) {
    this._wordTransformer = new TransformerStackItem(this._wordTransformer, wordTransform);
  }
  /**
   * Remove a function from the word transformations stack.
   *
   * @returns { (str: string) => string } A function that was removed.
   */
  popWordTransform() {
    if (!this._wordTransformer) {
      return void 0;
    }
    const transform = this._wordTransformer.transform;
    this._wordTransformer = this._wordTransformer.next;
    return transform;
  }
  /**
   * Ignore wordwrap option in followup inline additions and disable automatic wrapping.
   */
  startNoWrap() {
    this._stackItem.isNoWrap = true;
  }
  /**
   * Return automatic wrapping to behavior defined by options.
   */
  stopNoWrap() {
    this._stackItem.isNoWrap = false;
  }
  /** @returns { (str: string) => string } */
  _getCombinedWordTransformer() {
    const wt = this._wordTransformer ? ((str) => applyTransformer(str, this._wordTransformer)) : void 0;
    const ce = this.options.encodeCharacters;
    return wt ? ce ? (str) => ce(wt(str)) : wt : ce;
  }
  _popStackItem() {
    const item = this._stackItem;
    this._stackItem = item.next;
    return item;
  }
  /**
   * Add a line break into currently built block.
   */
  addLineBreak() {
    if (!(this._stackItem instanceof BlockStackItem || this._stackItem instanceof ListItemStackItem || this._stackItem instanceof TableCellStackItem)) {
      return;
    }
    if (this._stackItem.isPre) {
      this._stackItem.rawText += "\n";
    } else {
      this._stackItem.inlineTextBuilder.startNewLine();
    }
  }
  /**
   * Allow to break line in case directly following text will not fit.
   */
  addWordBreakOpportunity() {
    if (this._stackItem instanceof BlockStackItem || this._stackItem instanceof ListItemStackItem || this._stackItem instanceof TableCellStackItem) {
      this._stackItem.inlineTextBuilder.wordBreakOpportunity = true;
    }
  }
  /**
   * Add a node inline into the currently built block.
   *
   * @param { string } str
   * Text content of a node to add.
   *
   * @param { object } [param1]
   * Object holding the parameters of the operation.
   *
   * @param { boolean } [param1.noWordTransform]
   * Ignore word transformers if there are any.
   * Don't encode characters as well.
   * (Use this for things like URL addresses).
   */
  addInline(str, { noWordTransform = false } = {}) {
    if (!(this._stackItem instanceof BlockStackItem || this._stackItem instanceof ListItemStackItem || this._stackItem instanceof TableCellStackItem)) {
      return;
    }
    if (this._stackItem.isPre) {
      this._stackItem.rawText += str;
      return;
    }
    if (str.length === 0 || // empty string
    this._stackItem.stashedLineBreaks && // stashed linebreaks make whitespace irrelevant
    !this.whitespaceProcessor.testContainsWords(str)) {
      return;
    }
    if (this.options.preserveNewlines) {
      const newlinesNumber = this.whitespaceProcessor.countNewlinesNoWords(str);
      if (newlinesNumber > 0) {
        this._stackItem.inlineTextBuilder.startNewLine(newlinesNumber);
        return;
      }
    }
    if (this._stackItem.stashedLineBreaks) {
      this._stackItem.inlineTextBuilder.startNewLine(this._stackItem.stashedLineBreaks);
    }
    this.whitespaceProcessor.shrinkWrapAdd(
      str,
      this._stackItem.inlineTextBuilder,
      noWordTransform ? void 0 : this._getCombinedWordTransformer(),
      this._stackItem.isNoWrap
    );
    this._stackItem.stashedLineBreaks = 0;
  }
  /**
   * Add a string inline into the currently built block.
   *
   * Use this for markup elements that don't have to adhere
   * to text layout rules.
   *
   * @param { string } str Text to add.
   */
  addLiteral(str) {
    if (!(this._stackItem instanceof BlockStackItem || this._stackItem instanceof ListItemStackItem || this._stackItem instanceof TableCellStackItem)) {
      return;
    }
    if (str.length === 0) {
      return;
    }
    if (this._stackItem.isPre) {
      this._stackItem.rawText += str;
      return;
    }
    if (this._stackItem.stashedLineBreaks) {
      this._stackItem.inlineTextBuilder.startNewLine(this._stackItem.stashedLineBreaks);
    }
    this.whitespaceProcessor.addLiteral(
      str,
      this._stackItem.inlineTextBuilder,
      this._stackItem.isNoWrap
    );
    this._stackItem.stashedLineBreaks = 0;
  }
  /**
   * Start building a new block.
   *
   * @param { object } [param0]
   * Object holding the parameters of the block.
   *
   * @param { number } [param0.leadingLineBreaks]
   * This block should have at least this number of line breaks to separate it from any preceding block.
   *
   * @param { number }  [param0.reservedLineLength]
   * Reserve this number of characters on each line for block markup.
   *
   * @param { boolean } [param0.isPre]
   * Should HTML whitespace be preserved inside this block.
   */
  openBlock({ leadingLineBreaks = 1, reservedLineLength = 0, isPre = false } = {}) {
    const maxLineLength = Math.max(20, this._stackItem.inlineTextBuilder.maxLineLength - reservedLineLength);
    this._stackItem = new BlockStackItem(
      this.options,
      this._stackItem,
      leadingLineBreaks,
      maxLineLength
    );
    if (isPre) {
      this._stackItem.isPre = true;
    }
  }
  /**
   * Finalize currently built block, add it's content to the parent block.
   *
   * @param { object } [param0]
   * Object holding the parameters of the block.
   *
   * @param { number } [param0.trailingLineBreaks]
   * This block should have at least this number of line breaks to separate it from any following block.
   *
   * @param { (str: string) => string } [param0.blockTransform]
   * A function to transform the block text before adding to the parent block.
   * This happens after word wrap and should be used in combination with reserved line length
   * in order to keep line lengths correct.
   * Used for whole block markup.
   */
  closeBlock({ trailingLineBreaks = 1, blockTransform = void 0 } = {}) {
    const block = this._popStackItem();
    const blockText = blockTransform ? blockTransform(getText(block)) : getText(block);
    addText(this._stackItem, blockText, block.leadingLineBreaks, Math.max(block.stashedLineBreaks, trailingLineBreaks));
  }
  /**
   * Start building a new list.
   *
   * @param { object } [param0]
   * Object holding the parameters of the list.
   *
   * @param { number } [param0.maxPrefixLength]
   * Length of the longest list item prefix.
   * If not supplied or too small then list items won't be aligned properly.
   *
   * @param { 'left' | 'right' } [param0.prefixAlign]
   * Specify how prefixes of different lengths have to be aligned
   * within a column.
   *
   * @param { number } [param0.interRowLineBreaks]
   * Minimum number of line breaks between list items.
   *
   * @param { number } [param0.leadingLineBreaks]
   * This list should have at least this number of line breaks to separate it from any preceding block.
   */
  openList({ maxPrefixLength = 0, prefixAlign = "left", interRowLineBreaks = 1, leadingLineBreaks = 2 } = {}) {
    this._stackItem = new ListStackItem(this.options, this._stackItem, {
      interRowLineBreaks,
      leadingLineBreaks,
      maxLineLength: this._stackItem.inlineTextBuilder.maxLineLength,
      maxPrefixLength,
      prefixAlign
    });
  }
  /**
   * Start building a new list item.
   *
   * @param {object} param0
   * Object holding the parameters of the list item.
   *
   * @param { string } [param0.prefix]
   * Prefix for this list item (item number, bullet point, etc).
   */
  openListItem({ prefix = "" } = {}) {
    if (!(this._stackItem instanceof ListStackItem)) {
      throw new Error("Can't add a list item to something that is not a list! Check the formatter.");
    }
    const list2 = this._stackItem;
    const prefixLength = Math.max(prefix.length, list2.maxPrefixLength);
    const maxLineLength = Math.max(20, list2.inlineTextBuilder.maxLineLength - prefixLength);
    this._stackItem = new ListItemStackItem(this.options, list2, {
      prefix,
      maxLineLength,
      leadingLineBreaks: list2.interRowLineBreaks
    });
  }
  /**
   * Finalize currently built list item, add it's content to the parent list.
   */
  closeListItem() {
    const listItem = this._popStackItem();
    const list2 = listItem.next;
    const prefixLength = Math.max(listItem.prefix.length, list2.maxPrefixLength);
    const spacing = "\n" + " ".repeat(prefixLength);
    const prefix = list2.prefixAlign === "right" ? listItem.prefix.padStart(prefixLength) : listItem.prefix.padEnd(prefixLength);
    const text = prefix + getText(listItem).replace(/\n/g, spacing);
    addText(
      list2,
      text,
      listItem.leadingLineBreaks,
      Math.max(listItem.stashedLineBreaks, list2.interRowLineBreaks)
    );
  }
  /**
   * Finalize currently built list, add it's content to the parent block.
   *
   * @param { object } param0
   * Object holding the parameters of the list.
   *
   * @param { number } [param0.trailingLineBreaks]
   * This list should have at least this number of line breaks to separate it from any following block.
   */
  closeList({ trailingLineBreaks = 2 } = {}) {
    const list2 = this._popStackItem();
    const text = getText(list2);
    if (text) {
      addText(this._stackItem, text, list2.leadingLineBreaks, trailingLineBreaks);
    }
  }
  /**
   * Start building a table.
   */
  openTable() {
    this._stackItem = new TableStackItem(this._stackItem);
  }
  /**
   * Start building a table row.
   */
  openTableRow() {
    if (!(this._stackItem instanceof TableStackItem)) {
      throw new Error("Can't add a table row to something that is not a table! Check the formatter.");
    }
    this._stackItem = new TableRowStackItem(this._stackItem);
  }
  /**
   * Start building a table cell.
   *
   * @param { object } [param0]
   * Object holding the parameters of the cell.
   *
   * @param { number } [param0.maxColumnWidth]
   * Wrap cell content to this width. Fall back to global wordwrap value if undefined.
   */
  openTableCell({ maxColumnWidth = void 0 } = {}) {
    if (!(this._stackItem instanceof TableRowStackItem)) {
      throw new Error("Can't add a table cell to something that is not a table row! Check the formatter.");
    }
    this._stackItem = new TableCellStackItem(this.options, this._stackItem, maxColumnWidth);
  }
  /**
   * Finalize currently built table cell and add it to parent table row's cells.
   *
   * @param { object } [param0]
   * Object holding the parameters of the cell.
   *
   * @param { number } [param0.colspan] How many columns this cell should occupy.
   * @param { number } [param0.rowspan] How many rows this cell should occupy.
   */
  closeTableCell({ colspan = 1, rowspan = 1 } = {}) {
    const cell = this._popStackItem();
    const text = trimCharacter(getText(cell), "\n");
    cell.next.cells.push({ colspan, rowspan, text });
  }
  /**
   * Finalize currently built table row and add it to parent table's rows.
   */
  closeTableRow() {
    const row = this._popStackItem();
    row.next.rows.push(row.cells);
  }
  /**
   * Finalize currently built table and add the rendered text to the parent block.
   *
   * @param { object } param0
   * Object holding the parameters of the table.
   *
   * @param { TablePrinter } param0.tableToString
   * A function to convert a table of stringified cells into a complete table.
   *
   * @param { number } [param0.leadingLineBreaks]
   * This table should have at least this number of line breaks to separate if from any preceding block.
   *
   * @param { number } [param0.trailingLineBreaks]
   * This table should have at least this number of line breaks to separate it from any following block.
   */
  closeTable({ tableToString: tableToString2, leadingLineBreaks = 2, trailingLineBreaks = 2 }) {
    const table = this._popStackItem();
    const output = tableToString2(table.rows);
    if (output) {
      addText(this._stackItem, output, leadingLineBreaks, trailingLineBreaks);
    }
  }
  /**
   * Return the rendered text content of this builder.
   *
   * @returns { string }
   */
  toString() {
    return getText(this._stackItem.getRoot());
  }
};
function getText(stackItem) {
  if (!(stackItem instanceof BlockStackItem || stackItem instanceof ListItemStackItem || stackItem instanceof TableCellStackItem)) {
    throw new Error("Only blocks, list items and table cells can be requested for text contents.");
  }
  return stackItem.inlineTextBuilder.isEmpty() ? stackItem.rawText : stackItem.rawText + stackItem.inlineTextBuilder.toString();
}
function addText(stackItem, text, leadingLineBreaks, trailingLineBreaks) {
  if (!(stackItem instanceof BlockStackItem || stackItem instanceof ListItemStackItem || stackItem instanceof TableCellStackItem)) {
    throw new Error("Only blocks, list items and table cells can contain text.");
  }
  const parentText = getText(stackItem);
  const lineBreaks = Math.max(stackItem.stashedLineBreaks, leadingLineBreaks);
  stackItem.inlineTextBuilder.clear();
  if (parentText) {
    stackItem.rawText = parentText + "\n".repeat(lineBreaks) + text;
  } else {
    stackItem.rawText = text;
    stackItem.leadingLineBreaks = lineBreaks;
  }
  stackItem.stashedLineBreaks = trailingLineBreaks;
}
function applyTransformer(str, transformer) {
  return transformer ? applyTransformer(transformer.transform(str), transformer.next) : str;
}
function compile$1(options = {}) {
  const selectorsWithoutFormat = options.selectors.filter((s) => !s.format);
  if (selectorsWithoutFormat.length) {
    throw new Error(
      "Following selectors have no specified format: " + selectorsWithoutFormat.map((s) => `\`${s.selector}\``).join(", ")
    );
  }
  const picker = new DecisionTree(
    options.selectors.map((s) => [s.selector, s])
  ).build(hp2Builder);
  if (typeof options.encodeCharacters !== "function") {
    options.encodeCharacters = makeReplacerFromDict(options.encodeCharacters);
  }
  const baseSelectorsPicker = new DecisionTree(
    options.baseElements.selectors.map((s, i) => [s, i + 1])
  ).build(hp2Builder);
  function findBaseElements(dom) {
    return findBases(dom, options, baseSelectorsPicker);
  }
  const limitedWalk = limitedDepthRecursive(
    options.limits.maxDepth,
    recursiveWalk,
    function(dom, builder) {
      builder.addInline(options.limits.ellipsis || "");
    }
  );
  return function(html, metadata = void 0) {
    return process(html, metadata, options, picker, findBaseElements, limitedWalk);
  };
}
function process(html, metadata, options, picker, findBaseElements, walk) {
  const maxInputLength = options.limits.maxInputLength;
  if (maxInputLength && html && html.length > maxInputLength) {
    console.warn(
      `Input length ${html.length} is above allowed limit of ${maxInputLength}. Truncating without ellipsis.`
    );
    html = html.substring(0, maxInputLength);
  }
  const document = parseDocument(html, { decodeEntities: options.decodeEntities });
  const bases = findBaseElements(document.children);
  const builder = new BlockTextBuilder(options, picker, metadata);
  walk(bases, builder);
  return builder.toString();
}
function findBases(dom, options, baseSelectorsPicker) {
  const results = [];
  function recursiveWalk2(walk, dom2) {
    dom2 = dom2.slice(0, options.limits.maxChildNodes);
    for (const elem of dom2) {
      if (elem.type !== "tag") {
        continue;
      }
      const pickedSelectorIndex = baseSelectorsPicker.pick1(elem);
      if (pickedSelectorIndex > 0) {
        results.push({ selectorIndex: pickedSelectorIndex, element: elem });
      } else if (elem.children) {
        walk(elem.children);
      }
      if (results.length >= options.limits.maxBaseElements) {
        return;
      }
    }
  }
  const limitedWalk = limitedDepthRecursive(
    options.limits.maxDepth,
    recursiveWalk2
  );
  limitedWalk(dom);
  if (options.baseElements.orderBy !== "occurrence") {
    results.sort((a, b) => a.selectorIndex - b.selectorIndex);
  }
  return options.baseElements.returnDomByDefault && results.length === 0 ? dom : results.map((x) => x.element);
}
function recursiveWalk(walk, dom, builder) {
  if (!dom) {
    return;
  }
  const options = builder.options;
  const tooManyChildNodes = dom.length > options.limits.maxChildNodes;
  if (tooManyChildNodes) {
    dom = dom.slice(0, options.limits.maxChildNodes);
    dom.push({
      data: options.limits.ellipsis,
      type: "text"
    });
  }
  for (const elem of dom) {
    switch (elem.type) {
      case "text": {
        builder.addInline(elem.data);
        break;
      }
      case "tag": {
        const tagDefinition = builder.picker.pick1(elem);
        const format = options.formatters[tagDefinition.format];
        format(elem, walk, builder, tagDefinition.options || {});
        break;
      }
    }
  }
  return;
}
function makeReplacerFromDict(dict) {
  if (!dict || Object.keys(dict).length === 0) {
    return void 0;
  }
  const entries = Object.entries(dict).filter(([, v]) => v !== false);
  const regex = new RegExp(
    entries.map(([c]) => `(${unicodeEscape([...c][0])})`).join("|"),
    "g"
  );
  const values = entries.map(([, v]) => v);
  const replacer = (m, ...cgs) => values[cgs.findIndex((cg) => cg)];
  return (str) => str.replace(regex, replacer);
}
function formatSkip(elem, walk, builder, formatOptions) {
}
function formatInlineString(elem, walk, builder, formatOptions) {
  builder.addLiteral(formatOptions.string || "");
}
function formatBlockString(elem, walk, builder, formatOptions) {
  builder.openBlock({ leadingLineBreaks: formatOptions.leadingLineBreaks || 2 });
  builder.addLiteral(formatOptions.string || "");
  builder.closeBlock({ trailingLineBreaks: formatOptions.trailingLineBreaks || 2 });
}
function formatInline(elem, walk, builder, formatOptions) {
  walk(elem.children, builder);
}
function formatBlock$1(elem, walk, builder, formatOptions) {
  builder.openBlock({ leadingLineBreaks: formatOptions.leadingLineBreaks || 2 });
  walk(elem.children, builder);
  builder.closeBlock({ trailingLineBreaks: formatOptions.trailingLineBreaks || 2 });
}
function renderOpenTag(elem) {
  const attrs = elem.attribs && elem.attribs.length ? " " + Object.entries(elem.attribs).map(([k, v]) => v === "" ? k : `${k}=${v.replace(/"/g, "&quot;")}`).join(" ") : "";
  return `<${elem.name}${attrs}>`;
}
function renderCloseTag(elem) {
  return `</${elem.name}>`;
}
function formatInlineTag(elem, walk, builder, formatOptions) {
  builder.startNoWrap();
  builder.addLiteral(renderOpenTag(elem));
  builder.stopNoWrap();
  walk(elem.children, builder);
  builder.startNoWrap();
  builder.addLiteral(renderCloseTag(elem));
  builder.stopNoWrap();
}
function formatBlockTag(elem, walk, builder, formatOptions) {
  builder.openBlock({ leadingLineBreaks: formatOptions.leadingLineBreaks || 2 });
  builder.startNoWrap();
  builder.addLiteral(renderOpenTag(elem));
  builder.stopNoWrap();
  walk(elem.children, builder);
  builder.startNoWrap();
  builder.addLiteral(renderCloseTag(elem));
  builder.stopNoWrap();
  builder.closeBlock({ trailingLineBreaks: formatOptions.trailingLineBreaks || 2 });
}
function formatInlineHtml(elem, walk, builder, formatOptions) {
  builder.startNoWrap();
  builder.addLiteral(
    render(elem, { decodeEntities: builder.options.decodeEntities })
  );
  builder.stopNoWrap();
}
function formatBlockHtml(elem, walk, builder, formatOptions) {
  builder.openBlock({ leadingLineBreaks: formatOptions.leadingLineBreaks || 2 });
  builder.startNoWrap();
  builder.addLiteral(
    render(elem, { decodeEntities: builder.options.decodeEntities })
  );
  builder.stopNoWrap();
  builder.closeBlock({ trailingLineBreaks: formatOptions.trailingLineBreaks || 2 });
}
function formatInlineSurround(elem, walk, builder, formatOptions) {
  builder.addLiteral(formatOptions.prefix || "");
  walk(elem.children, builder);
  builder.addLiteral(formatOptions.suffix || "");
}
var genericFormatters = /* @__PURE__ */ Object.freeze({
  __proto__: null,
  block: formatBlock$1,
  blockHtml: formatBlockHtml,
  blockString: formatBlockString,
  blockTag: formatBlockTag,
  inline: formatInline,
  inlineHtml: formatInlineHtml,
  inlineString: formatInlineString,
  inlineSurround: formatInlineSurround,
  inlineTag: formatInlineTag,
  skip: formatSkip
});
var mergeArraysOverwrite = (values) => {
  const lastValue = values[values.length - 1];
  return Array.isArray(lastValue) ? [...lastValue] : [];
};
var deepMergeWithOverwriteArrays = deepmergeCustom({
  filterValues: false,
  mergeArrays: mergeArraysOverwrite
});
var deepMergeWithOptionsComposeRules = deepmergeCustom({
  filterValues: false,
  mergeArrays: (values, utils, meta) => {
    const keyPath = meta?.keyPath ? meta.keyPath : [];
    const isRootSelectors = keyPath.length === 1 && keyPath[0] === "selectors";
    return isRootSelectors ? values.flatMap((value) => value) : mergeArraysOverwrite(values);
  },
  metaDataUpdater: (previousMeta, metaMeta) => {
    if (previousMeta === void 0) {
      return metaMeta.key === void 0 ? { keyPath: [] } : { keyPath: [metaMeta.key] };
    }
    if (metaMeta.key === void 0) {
      return previousMeta;
    }
    return { keyPath: [...previousMeta.keyPath, metaMeta.key] };
  }
});
function mergeDuplicatesPreferLast(items, getKey) {
  const map2 = /* @__PURE__ */ new Map();
  for (let i = items.length; i-- > 0; ) {
    const item = items[i];
    const key = getKey(item);
    map2.set(
      key,
      map2.has(key) ? deepMergeWithOverwriteArrays(item, map2.get(key)) : item
    );
  }
  return [...map2.values()].reverse();
}
function composeOptions({
  defaultOptions: defaultOptions2,
  userOptions = {},
  genericFormatters: genericFormatters2,
  packageFormatters,
  handleMergedOptions
}) {
  const options = deepMergeWithOptionsComposeRules(defaultOptions2, userOptions);
  options.formatters = Object.assign({}, genericFormatters2, packageFormatters, options.formatters);
  options.selectors = mergeDuplicatesPreferLast(options.selectors, ((s) => s.selector));
  if (handleMergedOptions) {
    handleMergedOptions(options);
  }
  return options;
}
function getRow(matrix, j) {
  if (!matrix[j]) {
    matrix[j] = [];
  }
  return matrix[j];
}
function findFirstVacantIndex(row, x = 0) {
  while (row[x]) {
    x++;
  }
  return x;
}
function transposeInPlace(matrix, maxSize) {
  for (let i = 0; i < maxSize; i++) {
    const rowI = getRow(matrix, i);
    for (let j = 0; j < i; j++) {
      const rowJ = getRow(matrix, j);
      if (rowI[j] || rowJ[i]) {
        const temp = rowI[j];
        rowI[j] = rowJ[i];
        rowJ[i] = temp;
      }
    }
  }
}
function putCellIntoLayout(cell, layout, baseRow, baseCol) {
  for (let r = 0; r < cell.rowspan; r++) {
    const layoutRow = getRow(layout, baseRow + r);
    for (let c = 0; c < cell.colspan; c++) {
      layoutRow[baseCol + c] = cell;
    }
  }
}
function getOrInitOffset(offsets, index) {
  if (offsets[index] === void 0) {
    offsets[index] = index === 0 ? 0 : 1 + getOrInitOffset(offsets, index - 1);
  }
  return offsets[index];
}
function updateOffset(offsets, base, span, value) {
  offsets[base + span] = Math.max(
    getOrInitOffset(offsets, base + span),
    getOrInitOffset(offsets, base) + value
  );
}
function tableToString(tableRows, rowSpacing, colSpacing) {
  const layout = [];
  let colNumber = 0;
  const rowNumber = tableRows.length;
  const rowOffsets = [0];
  for (let j = 0; j < rowNumber; j++) {
    const layoutRow = getRow(layout, j);
    const cells = tableRows[j];
    let x = 0;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      x = findFirstVacantIndex(layoutRow, x);
      putCellIntoLayout(cell, layout, j, x);
      x += cell.colspan;
      cell.lines = cell.text.split("\n");
      const cellHeight = cell.lines.length;
      updateOffset(rowOffsets, j, cell.rowspan, cellHeight + rowSpacing);
    }
    colNumber = layoutRow.length > colNumber ? layoutRow.length : colNumber;
  }
  transposeInPlace(layout, rowNumber > colNumber ? rowNumber : colNumber);
  const outputLines = [];
  const colOffsets = [0];
  for (let x = 0; x < colNumber; x++) {
    let y = 0;
    let cell;
    const rowsInThisColumn = Math.min(rowNumber, layout[x].length);
    while (y < rowsInThisColumn) {
      cell = layout[x][y];
      if (cell) {
        if (!cell.rendered) {
          let cellWidth = 0;
          for (let j = 0; j < cell.lines.length; j++) {
            const line = cell.lines[j];
            const lineOffset = rowOffsets[y] + j;
            outputLines[lineOffset] = (outputLines[lineOffset] || "").padEnd(colOffsets[x]) + line;
            cellWidth = line.length > cellWidth ? line.length : cellWidth;
          }
          updateOffset(colOffsets, x, cell.colspan, cellWidth + colSpacing);
          cell.rendered = true;
        }
        y += cell.rowspan;
      } else {
        const lineOffset = rowOffsets[y];
        outputLines[lineOffset] = outputLines[lineOffset] || "";
        y++;
      }
    }
  }
  return outputLines.join("\n");
}
function formatLineBreak(elem, walk, builder, formatOptions) {
  builder.addLineBreak();
}
function formatWbr(elem, walk, builder, formatOptions) {
  builder.addWordBreakOpportunity();
}
function formatHorizontalLine(elem, walk, builder, formatOptions) {
  builder.openBlock({ leadingLineBreaks: formatOptions.leadingLineBreaks || 2 });
  builder.addInline("-".repeat(formatOptions.length || builder.options.wordwrap || 40));
  builder.closeBlock({ trailingLineBreaks: formatOptions.trailingLineBreaks || 2 });
}
function formatParagraph(elem, walk, builder, formatOptions) {
  builder.openBlock({ leadingLineBreaks: formatOptions.leadingLineBreaks || 2 });
  walk(elem.children, builder);
  builder.closeBlock({ trailingLineBreaks: formatOptions.trailingLineBreaks || 2 });
}
function formatPre(elem, walk, builder, formatOptions) {
  builder.openBlock({
    isPre: true,
    leadingLineBreaks: formatOptions.leadingLineBreaks || 2
  });
  walk(elem.children, builder);
  builder.closeBlock({ trailingLineBreaks: formatOptions.trailingLineBreaks || 2 });
}
function formatHeading(elem, walk, builder, formatOptions) {
  builder.openBlock({ leadingLineBreaks: formatOptions.leadingLineBreaks || 2 });
  if (formatOptions.uppercase !== false) {
    builder.pushWordTransform((str) => str.toUpperCase());
    walk(elem.children, builder);
    builder.popWordTransform();
  } else {
    walk(elem.children, builder);
  }
  builder.closeBlock({ trailingLineBreaks: formatOptions.trailingLineBreaks || 2 });
}
function formatBlockquote(elem, walk, builder, formatOptions) {
  builder.openBlock({
    leadingLineBreaks: formatOptions.leadingLineBreaks || 2,
    reservedLineLength: 2
  });
  walk(elem.children, builder);
  builder.closeBlock({
    trailingLineBreaks: formatOptions.trailingLineBreaks || 2,
    blockTransform: (str) => (formatOptions.trimEmptyLines !== false ? trimCharacter(str, "\n") : str).split("\n").map((line) => "> " + line).join("\n")
  });
}
function withBrackets(str, brackets) {
  if (!brackets) {
    return str;
  }
  const lbr = typeof brackets[0] === "string" ? brackets[0] : "[";
  const rbr = typeof brackets[1] === "string" ? brackets[1] : "]";
  return lbr + str + rbr;
}
function pathRewrite(path, rewriter, baseUrl, metadata, elem) {
  const modifiedPath = typeof rewriter === "function" ? rewriter(path, metadata, elem) : path;
  return modifiedPath[0] === "/" && baseUrl ? trimCharacterEnd(baseUrl, "/") + modifiedPath : modifiedPath;
}
function formatImage(elem, walk, builder, formatOptions) {
  const attribs = elem.attribs || {};
  const alt = attribs.alt ? attribs.alt : "";
  const src = !attribs.src ? "" : pathRewrite(attribs.src, formatOptions.pathRewrite, formatOptions.baseUrl, builder.metadata, elem);
  const text = !src ? alt : !alt ? withBrackets(src, formatOptions.linkBrackets) : alt + " " + withBrackets(src, formatOptions.linkBrackets);
  builder.addInline(text, { noWordTransform: true });
}
function formatAnchor(elem, walk, builder, formatOptions) {
  function getHref() {
    if (formatOptions.ignoreHref) {
      return "";
    }
    if (!elem.attribs || !elem.attribs.href) {
      return "";
    }
    let href2 = elem.attribs.href.replace(/^mailto:/, "");
    if (formatOptions.noAnchorUrl && href2[0] === "#") {
      return "";
    }
    href2 = pathRewrite(href2, formatOptions.pathRewrite, formatOptions.baseUrl, builder.metadata, elem);
    return href2;
  }
  const href = getHref();
  if (!href) {
    walk(elem.children, builder);
  } else {
    let text = "";
    builder.pushWordTransform(
      (str) => {
        if (str) {
          text += str;
        }
        return str;
      }
    );
    walk(elem.children, builder);
    builder.popWordTransform();
    const hideSameLink = formatOptions.hideLinkHrefIfSameAsText && href === text;
    if (!hideSameLink) {
      builder.addInline(
        !text ? href : " " + withBrackets(href, formatOptions.linkBrackets),
        { noWordTransform: true }
      );
    }
  }
}
function formatList(elem, walk, builder, formatOptions, nextPrefixCallback) {
  const isNestedList = get(elem, ["parent", "name"]) === "li";
  let maxPrefixLength = 0;
  const listItems = (elem.children || []).filter((child) => child.type !== "text" || !/^\s*$/.test(child.data)).map(function(child) {
    if (child.name !== "li") {
      return { node: child, prefix: "" };
    }
    const prefix = isNestedList ? nextPrefixCallback().trimStart() : nextPrefixCallback();
    if (prefix.length > maxPrefixLength) {
      maxPrefixLength = prefix.length;
    }
    return { node: child, prefix };
  });
  if (!listItems.length) {
    return;
  }
  builder.openList({
    interRowLineBreaks: 1,
    leadingLineBreaks: isNestedList ? 1 : formatOptions.leadingLineBreaks || 2,
    maxPrefixLength,
    prefixAlign: "left"
  });
  for (const { node, prefix } of listItems) {
    builder.openListItem({ prefix });
    walk([node], builder);
    builder.closeListItem();
  }
  builder.closeList({ trailingLineBreaks: isNestedList ? 1 : formatOptions.trailingLineBreaks || 2 });
}
function formatUnorderedList(elem, walk, builder, formatOptions) {
  const prefix = formatOptions.itemPrefix || " * ";
  return formatList(elem, walk, builder, formatOptions, () => prefix);
}
function formatOrderedList(elem, walk, builder, formatOptions) {
  let nextIndex = Number(elem.attribs.start || "1");
  const indexFunction = getOrderedListIndexFunction(elem.attribs.type);
  const nextPrefixCallback = () => " " + indexFunction(nextIndex++) + ". ";
  return formatList(elem, walk, builder, formatOptions, nextPrefixCallback);
}
function getOrderedListIndexFunction(olType = "1") {
  switch (olType) {
    case "a":
      return (i) => numberToLetterSequence(i, "a");
    case "A":
      return (i) => numberToLetterSequence(i, "A");
    case "i":
      return (i) => numberToRoman(i).toLowerCase();
    case "I":
      return (i) => numberToRoman(i);
    case "1":
    default:
      return (i) => i.toString();
  }
}
function splitClassesAndIds(selectors) {
  const classes = [];
  const ids = [];
  for (const selector of selectors) {
    if (selector.startsWith(".")) {
      classes.push(selector.substring(1));
    } else if (selector.startsWith("#")) {
      ids.push(selector.substring(1));
    }
  }
  return { classes, ids };
}
function isDataTable(attr, tables) {
  if (tables === true) {
    return true;
  }
  if (!attr) {
    return false;
  }
  const { classes, ids } = splitClassesAndIds(tables);
  const attrClasses = (attr["class"] || "").split(" ");
  const attrIds = (attr["id"] || "").split(" ");
  return attrClasses.some((x) => classes.includes(x)) || attrIds.some((x) => ids.includes(x));
}
function formatTable(elem, walk, builder, formatOptions) {
  return isDataTable(elem.attribs, builder.options.tables) ? formatDataTable(elem, walk, builder, formatOptions) : formatBlock(elem, walk, builder, formatOptions);
}
function formatBlock(elem, walk, builder, formatOptions) {
  builder.openBlock({ leadingLineBreaks: formatOptions.leadingLineBreaks });
  walk(elem.children, builder);
  builder.closeBlock({ trailingLineBreaks: formatOptions.trailingLineBreaks });
}
function formatDataTable(elem, walk, builder, formatOptions) {
  builder.openTable();
  elem.children.forEach(walkTable);
  builder.closeTable({
    tableToString: (rows) => tableToString(rows, formatOptions.rowSpacing ?? 0, formatOptions.colSpacing ?? 3),
    leadingLineBreaks: formatOptions.leadingLineBreaks,
    trailingLineBreaks: formatOptions.trailingLineBreaks
  });
  function formatCell(cellNode) {
    const colspan = +get(cellNode, ["attribs", "colspan"]) || 1;
    const rowspan = +get(cellNode, ["attribs", "rowspan"]) || 1;
    builder.openTableCell({ maxColumnWidth: formatOptions.maxColumnWidth });
    walk(cellNode.children, builder);
    builder.closeTableCell({ colspan, rowspan });
  }
  function walkTable(elem2) {
    if (elem2.type !== "tag") {
      return;
    }
    const formatHeaderCell = formatOptions.uppercaseHeaderCells !== false ? (cellNode) => {
      builder.pushWordTransform((str) => str.toUpperCase());
      formatCell(cellNode);
      builder.popWordTransform();
    } : formatCell;
    switch (elem2.name) {
      case "thead":
      case "tbody":
      case "tfoot":
      case "center":
        elem2.children.forEach(walkTable);
        return;
      case "tr": {
        builder.openTableRow();
        for (const childOfTr of elem2.children) {
          if (childOfTr.type !== "tag") {
            continue;
          }
          switch (childOfTr.name) {
            case "th": {
              formatHeaderCell(childOfTr);
              break;
            }
            case "td": {
              formatCell(childOfTr);
              break;
            }
          }
        }
        builder.closeTableRow();
        break;
      }
    }
  }
}
var textFormatters = /* @__PURE__ */ Object.freeze({
  __proto__: null,
  anchor: formatAnchor,
  blockquote: formatBlockquote,
  dataTable: formatDataTable,
  heading: formatHeading,
  horizontalLine: formatHorizontalLine,
  image: formatImage,
  lineBreak: formatLineBreak,
  orderedList: formatOrderedList,
  paragraph: formatParagraph,
  pre: formatPre,
  table: formatTable,
  unorderedList: formatUnorderedList,
  wbr: formatWbr
});
var DEFAULT_OPTIONS = {
  baseElements: {
    selectors: ["body"],
    orderBy: "selectors",
    // 'selectors' | 'occurrence'
    returnDomByDefault: true
  },
  decodeEntities: true,
  encodeCharacters: {},
  formatters: {},
  limits: {
    ellipsis: "...",
    maxBaseElements: void 0,
    maxChildNodes: void 0,
    maxDepth: void 0,
    maxInputLength: 1 << 24
    // 16_777_216
  },
  longWordSplit: {
    forceWrapOnLimit: false,
    wrapCharacters: []
  },
  preserveNewlines: false,
  selectors: [
    { selector: "*", format: "inline" },
    {
      selector: "a",
      format: "anchor",
      options: {
        baseUrl: null,
        hideLinkHrefIfSameAsText: false,
        ignoreHref: false,
        linkBrackets: ["[", "]"],
        noAnchorUrl: true
      }
    },
    { selector: "article", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: "aside", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    {
      selector: "blockquote",
      format: "blockquote",
      options: { leadingLineBreaks: 2, trailingLineBreaks: 2, trimEmptyLines: true }
    },
    { selector: "br", format: "lineBreak" },
    { selector: "div", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: "footer", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: "form", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: "h1", format: "heading", options: { leadingLineBreaks: 3, trailingLineBreaks: 2, uppercase: true } },
    { selector: "h2", format: "heading", options: { leadingLineBreaks: 3, trailingLineBreaks: 2, uppercase: true } },
    { selector: "h3", format: "heading", options: { leadingLineBreaks: 3, trailingLineBreaks: 2, uppercase: true } },
    { selector: "h4", format: "heading", options: { leadingLineBreaks: 2, trailingLineBreaks: 2, uppercase: true } },
    { selector: "h5", format: "heading", options: { leadingLineBreaks: 2, trailingLineBreaks: 2, uppercase: true } },
    { selector: "h6", format: "heading", options: { leadingLineBreaks: 2, trailingLineBreaks: 2, uppercase: true } },
    { selector: "header", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    {
      selector: "hr",
      format: "horizontalLine",
      options: { leadingLineBreaks: 2, length: void 0, trailingLineBreaks: 2 }
    },
    {
      selector: "img",
      format: "image",
      options: { baseUrl: null, linkBrackets: ["[", "]"] }
    },
    { selector: "main", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: "nav", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    {
      selector: "ol",
      format: "orderedList",
      options: { leadingLineBreaks: 2, trailingLineBreaks: 2 }
    },
    { selector: "p", format: "paragraph", options: { leadingLineBreaks: 2, trailingLineBreaks: 2 } },
    { selector: "pre", format: "pre", options: { leadingLineBreaks: 2, trailingLineBreaks: 2 } },
    { selector: "section", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    {
      selector: "table",
      format: "table",
      options: {
        colSpacing: 3,
        leadingLineBreaks: 2,
        maxColumnWidth: 60,
        rowSpacing: 0,
        trailingLineBreaks: 2,
        uppercaseHeaderCells: true
      }
    },
    {
      selector: "ul",
      format: "unorderedList",
      options: { itemPrefix: " * ", leadingLineBreaks: 2, trailingLineBreaks: 2 }
    },
    { selector: "wbr", format: "wbr" }
  ],
  tables: [],
  // deprecated
  whitespaceCharacters: " 	\r\n\f​",
  wordwrap: 80
};
function compile(options = {}) {
  options = composeOptions({
    defaultOptions: DEFAULT_OPTIONS,
    genericFormatters,
    handleMergedOptions: handleDeprecatedOptions,
    packageFormatters: textFormatters,
    userOptions: options
  });
  return compile$1(options);
}
function convert(html, options = {}, metadata = void 0) {
  return compile(options)(html, metadata);
}
function handleDeprecatedOptions(options) {
  if (options.tags) {
    const tagDefinitions = Object.entries(options.tags).map(
      ([selector, definition]) => ({ ...definition, selector: selector || "*" })
    );
    options.selectors.push(...tagDefinitions);
    options.selectors = mergeDuplicatesPreferLast(options.selectors, ((s) => s.selector));
  }
  function set(obj, path, value) {
    const valueKey = path.pop();
    for (const key of path) {
      let nested = obj[key];
      if (!nested) {
        nested = {};
        obj[key] = nested;
      }
      obj = nested;
    }
    obj[valueKey] = value;
  }
  if (options["baseElement"]) {
    const baseElement = options["baseElement"];
    set(
      options,
      ["baseElements", "selectors"],
      Array.isArray(baseElement) ? baseElement : [baseElement]
    );
  }
  if (options["returnDomByDefault"] !== void 0) {
    set(options, ["baseElements", "returnDomByDefault"], options["returnDomByDefault"]);
  }
  for (const definition of options.selectors) {
    if (definition.format === "anchor" && get(definition, ["options", "noLinkBrackets"])) {
      set(definition, ["options", "linkBrackets"], false);
    }
  }
}

// node_modules/mailparser/node_modules/libmime/dist/esm/libmime.js
import { Buffer as Buffer3 } from "node:buffer";

// node_modules/mailparser/node_modules/libqp/dist/esm/libqp.js
import { Transform } from "node:stream";
var MIN_LINE_LENGTH = 4;
var QP_LITERAL = new Uint8Array(256);
for (let i = 0; i < 256; i++) {
  QP_LITERAL[i] = i === 9 || i === 10 || i === 13 || i >= 32 && i <= 126 && i !== 61 ? 1 : 0;
}
var HEX_DIGITS = Buffer.from("0123456789ABCDEF", "latin1");
var isWhitespace2 = (c) => c === 32 || c === 9;
function encode(buffer) {
  return encodeBytes(typeof buffer === "string" ? Buffer.from(buffer, "utf-8") : buffer);
}
function encodeBytes(buffer, next, binary, previous) {
  const len = buffer.length;
  const output = Buffer.allocUnsafe(len * 3);
  let pos = 0;
  for (let i = 0; i < len; i++) {
    const ord = buffer[i];
    const preceding = i > 0 ? buffer[i - 1] : previous;
    const following = i + 1 < len ? buffer[i + 1] : next;
    const loneLineBreak = binary && (ord === 13 ? following !== 10 : ord === 10 && preceding !== 13);
    if (QP_LITERAL[ord] && !loneLineBreak && !(isWhitespace2(ord) && (following === void 0 || following === 10 || following === 13)) && !(ord === 45 && (preceding === void 0 || preceding === 10 || preceding === 13))) {
      output[pos++] = ord;
      continue;
    }
    output[pos++] = 61;
    output[pos++] = HEX_DIGITS[Math.floor(ord / 16)];
    output[pos++] = HEX_DIGITS[ord % 16];
  }
  return output.toString("latin1", 0, pos);
}
function decode(str) {
  let input;
  if (str instanceof Uint8Array) {
    input = (Buffer.isBuffer(str) ? str : Buffer.from(str.buffer, str.byteOffset, str.byteLength)).toString("binary");
  } else {
    input = (str || "").toString();
  }
  input = input.replace(/(^|[^ \t])[ \t]+(?=[\n\r\u2028\u2029]|$)/g, "$1").replace(/[=](?:\r?\n|$)/g, "");
  const len = input.length;
  let encodedBytesCount = 0;
  for (let i = input.indexOf("="); i >= 0 && i < len - 2; i = input.indexOf("=", i + 1)) {
    if (hexValue(input.charCodeAt(i + 1)) >= 0 && hexValue(input.charCodeAt(i + 2)) >= 0) {
      encodedBytesCount++;
      i += 2;
    }
  }
  const buffer = Buffer.alloc(len - encodedBytesCount * 2);
  let bufferPos = 0;
  for (let i = 0; i < len; i++) {
    const code = input.charCodeAt(i);
    if (code === 61 && i < len - 2) {
      const hi = hexValue(input.charCodeAt(i + 1));
      const lo = hexValue(input.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        buffer[bufferPos++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    buffer[bufferPos++] = code;
  }
  return buffer;
}
function hexValue(code) {
  if (code >= 48 && code <= 57) {
    return code - 48;
  }
  if (code >= 65 && code <= 70) {
    return code - 65 + 10;
  }
  if (code >= 97 && code <= 102) {
    return code - 97 + 10;
  }
  return -1;
}
function wrap(str, lineLength) {
  str = (str || "").toString();
  lineLength = Math.max(Number(lineLength) || 76, MIN_LINE_LENGTH);
  if (str.length <= lineLength) {
    return str;
  }
  const parts = str.split(/(\r?\n)/);
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = wrapLine(parts[i], lineLength);
  }
  return parts.join("");
}
function wrapLine(str, lineLength) {
  const len = str.length;
  const lineMargin = Math.floor(lineLength / 3);
  let pos = 0;
  let result = "";
  for (; ; ) {
    const escapeHyphen = pos > 0 && str.charCodeAt(pos) === 45;
    if (len - pos + (escapeHyphen ? 2 : 0) <= lineLength) {
      result += escapeHyphen ? "=2D" + str.substr(pos + 1) : str.substr(pos);
      break;
    }
    let line = escapeHyphen ? "=2D" + str.substr(pos + 1, lineLength - 3) : str.substr(pos, lineLength);
    let match2;
    if (match2 = line.substr(-lineMargin).match(/[ \t.,!?][^ \t.,!?]*$/)) {
      line = line.substr(0, line.length - (match2[0].length - 1));
    } else if (/[=][\da-f]{0,2}$/i.test(line)) {
      line = trimUtf8Sequence(line.replace(/[=][\da-f]?$/i, ""));
    }
    if (line.length === lineLength) {
      line = line.substr(0, line.length - (/[=][\da-f]{2}$/i.test(line) ? 3 : 1));
    }
    pos += escapeHyphen ? line.length - 2 : line.length;
    result += line + "=\r\n";
  }
  return result;
}
function trimUtf8Sequence(line) {
  let end = line.length;
  while (end >= 3 && line.charCodeAt(end - 3) === 61) {
    const hi = hexValue(line.charCodeAt(end - 2));
    const lo = hexValue(line.charCodeAt(end - 1));
    if (hi < 0 || lo < 0) {
      break;
    }
    const code = hi * 16 + lo;
    if (code < 128) {
      break;
    }
    end -= 3;
    if (code >= 192) {
      break;
    }
  }
  return end > (line.startsWith("=2D") ? 3 : 0) ? line.substr(0, end) : line;
}
var toBuffer = (chunk, encoding) => typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk;
var ENCODE_SLICE_SIZE = 64 * 1024;
var Encoder = class extends Transform {
  /**
   * @param [options] Stream options
   * @param [options.lineLength=76] Maximum length for lines, set to false to disable wrapping
   * @param [options.binary=false] Encode every CR or LF that is not part of a CRLF pair
   */
  constructor(options) {
    const opts = options || {};
    super(opts);
    this.options = opts;
    if (this.options.lineLength !== false) {
      this.options.lineLength = this.options.lineLength || 76;
    }
    this._curLine = "";
    this._heldByte = void 0;
    this._lastByte = void 0;
    this.inputBytes = 0;
    this.outputBytes = 0;
  }
  /** @internal */
  _transform(chunk, encoding, done) {
    let buf = toBuffer(chunk, encoding);
    if (!buf || !buf.length) {
      return done();
    }
    this.inputBytes += buf.length;
    if (this._heldByte !== void 0) {
      this._encodeSlices(Buffer.of(this._heldByte), buf[0]);
      this._heldByte = void 0;
    }
    const last = buf[buf.length - 1];
    if (isWhitespace2(last) || this.options.binary && last === 13) {
      this._heldByte = last;
      buf = buf.subarray(0, buf.length - 1);
    }
    this._encodeSlices(buf, this._heldByte);
    done();
  }
  /** @internal */
  _flush(done) {
    if (this._heldByte !== void 0) {
      this._encodeSlices(Buffer.of(this._heldByte), void 0);
      this._heldByte = void 0;
    }
    if (this._curLine) {
      const qp = wrap(this._curLine, this.options.lineLength);
      this.outputBytes += qp.length;
      this.push(qp, "ascii");
      this._curLine = "";
    }
    done();
  }
  /**
   * Encodes the input in slices of ENCODE_SLICE_SIZE bytes. Each slice is told the bytes around
   * it, so a slice is encoded as if the input was not split
   *
   * @param buf Bytes to encode
   * @param next The byte that follows buf, undefined when it is not known
   * @internal
   */
  _encodeSlices(buf, next) {
    for (let start = 0; start < buf.length; start += ENCODE_SLICE_SIZE) {
      const end = Math.min(start + ENCODE_SLICE_SIZE, buf.length);
      let qp = encodeBytes(buf.subarray(start, end), end < buf.length ? buf[end] : next, this.options.binary, this._lastByte);
      this._lastByte = buf[end - 1];
      if (this.options.lineLength) {
        qp = this._curLine + qp;
        const cr = qp.endsWith("\r") ? "\r" : "";
        qp = wrap(cr ? qp.slice(0, -1) : qp, this.options.lineLength);
        const lastLF = qp.lastIndexOf("\n");
        this._curLine = qp.substring(lastLF + 1) + cr;
        qp = qp.substring(0, lastLF + 1);
      }
      if (qp) {
        this.outputBytes += qp.length;
        this.push(qp, "ascii");
      }
    }
  }
};
var BLANKS_START = 64;
var BLANKS_KEEP = 64 * 1024;
var Decoder = class extends Transform {
  /**
   * @param [options] Stream options
   */
  constructor(options) {
    const opts = options || {};
    super(opts);
    this.options = opts;
    this.inputBytes = 0;
    this.outputBytes = 0;
    this._blanks = Buffer.alloc(0);
    this._blankCount = 0;
    this._soft = 0;
    this._escape = 0;
    this._escapeHigh = 0;
    this._out = Buffer.alloc(0);
    this._outPos = 0;
    this._left = 0;
  }
  /** @internal */
  _transform(chunk, encoding, done) {
    if (!chunk || !chunk.length) {
      return done();
    }
    const buf = toBuffer(chunk, encoding);
    this.inputBytes += buf.length;
    this._begin(buf.length + 4);
    for (let i = 0; i < buf.length; i++) {
      this._left = buf.length - i;
      this._trim(buf[i]);
    }
    this._left = 0;
    this._end();
    done();
  }
  /** @internal */
  _flush(done) {
    this._begin(4);
    this._dropBlanks();
    if (this._soft === 2) {
      this._unescape(61);
      this._unescape(13);
    }
    this._soft = 0;
    if (this._escape >= 1) {
      this._emit(61);
    }
    if (this._escape === 2) {
      this._emit(this._escapeHigh);
    }
    this._escape = 0;
    this._end();
    done();
  }
  /** Step 1, whitespace in front of a line break @internal */
  _trim(byte) {
    if (byte === 32 || byte === 9) {
      if (this._blankCount === this._blanks.length) {
        const blanks = Buffer.allocUnsafe(Math.max(BLANKS_START, this._blanks.length * 2));
        this._blanks.copy(blanks, 0, 0, this._blankCount);
        this._blanks = blanks;
      }
      this._blanks[this._blankCount++] = byte;
      return;
    }
    if (this._blankCount) {
      if (byte !== 10 && byte !== 13) {
        this._reserve(this._blankCount);
        this._soften(this._blanks[0]);
        this._outPos += this._blanks.copy(this._out, this._outPos, 1, this._blankCount);
      }
      this._dropBlanks();
    }
    this._soften(byte);
  }
  /** Ends the pending whitespace run, keeping a small buffer for the next one @internal */
  _dropBlanks() {
    this._blankCount = 0;
    if (this._blanks.length > BLANKS_KEEP) {
      this._blanks = Buffer.alloc(0);
    }
  }
  /** Step 2, soft line breaks: "=" followed by LF or CR LF @internal */
  _soften(byte) {
    if (this._soft === 1) {
      if (byte === 10) {
        this._soft = 0;
        return;
      }
      if (byte === 13) {
        this._soft = 2;
        return;
      }
      this._soft = 0;
      this._unescape(61);
    } else if (this._soft === 2) {
      this._soft = 0;
      if (byte === 10) {
        return;
      }
      this._unescape(61);
      this._unescape(13);
    }
    if (byte === 61) {
      this._soft = 1;
      return;
    }
    this._unescape(byte);
  }
  /** Step 3, escapes: "=" followed by two hex digits @internal */
  _unescape(byte) {
    if (this._escape === 1) {
      if (hexValue(byte) >= 0) {
        this._escape = 2;
        this._escapeHigh = byte;
        return;
      }
      this._escape = 0;
      this._emit(61);
    } else if (this._escape === 2) {
      this._escape = 0;
      const low = hexValue(byte);
      if (low >= 0) {
        this._emit(hexValue(this._escapeHigh) * 16 + low);
        return;
      }
      this._emit(61);
      this._emit(this._escapeHigh);
    }
    if (byte === 61) {
      this._escape = 1;
      return;
    }
    this._emit(byte);
  }
  /** @internal */
  _begin(size) {
    this._out = Buffer.allocUnsafe(size);
    this._outPos = 0;
  }
  /** Makes room for `size` more bytes besides the rest of the current chunk @internal */
  _reserve(size) {
    const needed = this._outPos + size + this._left + 4;
    if (needed > this._out.length) {
      const out = Buffer.allocUnsafe(Math.max(this._out.length * 2, needed));
      this._out.copy(out, 0, 0, this._outPos);
      this._out = out;
    }
  }
  /** @internal */
  _emit(byte) {
    this._out[this._outPos++] = byte;
  }
  /** @internal */
  _end() {
    if (this._outPos) {
      this.outputBytes += this._outPos;
      this.push(this._out.subarray(0, this._outPos));
    }
    this._out = Buffer.alloc(0);
    this._outPos = 0;
  }
};
var libqp = {
  encode,
  decode,
  wrap,
  Encoder,
  Decoder
};
var libqp_default = libqp;

// node_modules/mailparser/node_modules/libmime/dist/esm/charset.js
var import_iconv_lite = __toESM(require_lib(), 1);
var import_encoding_japanese = __toESM(require_src(), 1);
import { Buffer as Buffer2 } from "node:buffer";
import { Transform as Transform2 } from "node:stream";
import { StringDecoder } from "node:string_decoder";

// node_modules/mailparser/node_modules/libmime/dist/esm/charsets.js
var charsets = {
  "866": "IBM866",
  "unicode-1-1-utf-8": "UTF-8",
  "utf-8": "UTF-8",
  utf8: "UTF-8",
  cp866: "IBM866",
  csibm866: "IBM866",
  ibm866: "IBM866",
  csisolatin2: "ISO-8859-2",
  "iso-8859-2": "ISO-8859-2",
  "iso-ir-101": "ISO-8859-2",
  "iso8859-2": "ISO-8859-2",
  iso88592: "ISO-8859-2",
  "iso_8859-2": "ISO-8859-2",
  "iso_8859-2:1987": "ISO-8859-2",
  l2: "ISO-8859-2",
  latin2: "ISO-8859-2",
  csisolatin3: "ISO-8859-3",
  "iso-8859-3": "ISO-8859-3",
  "iso-ir-109": "ISO-8859-3",
  "iso8859-3": "ISO-8859-3",
  iso88593: "ISO-8859-3",
  "iso_8859-3": "ISO-8859-3",
  "iso_8859-3:1988": "ISO-8859-3",
  l3: "ISO-8859-3",
  latin3: "ISO-8859-3",
  csisolatin4: "ISO-8859-4",
  "iso-8859-4": "ISO-8859-4",
  "iso-ir-110": "ISO-8859-4",
  "iso8859-4": "ISO-8859-4",
  iso88594: "ISO-8859-4",
  "iso_8859-4": "ISO-8859-4",
  "iso_8859-4:1988": "ISO-8859-4",
  l4: "ISO-8859-4",
  latin4: "ISO-8859-4",
  csisolatincyrillic: "ISO-8859-5",
  cyrillic: "ISO-8859-5",
  "iso-8859-5": "ISO-8859-5",
  "iso-ir-144": "ISO-8859-5",
  "iso8859-5": "ISO-8859-5",
  iso88595: "ISO-8859-5",
  "iso_8859-5": "ISO-8859-5",
  "iso_8859-5:1988": "ISO-8859-5",
  arabic: "ISO-8859-6",
  "asmo-708": "ISO-8859-6",
  csiso88596e: "ISO-8859-6",
  csiso88596i: "ISO-8859-6",
  csisolatinarabic: "ISO-8859-6",
  "ecma-114": "ISO-8859-6",
  "iso-8859-6": "ISO-8859-6",
  "iso-8859-6-e": "ISO-8859-6",
  "iso-8859-6-i": "ISO-8859-6",
  "iso-ir-127": "ISO-8859-6",
  "iso8859-6": "ISO-8859-6",
  iso88596: "ISO-8859-6",
  "iso_8859-6": "ISO-8859-6",
  "iso_8859-6:1987": "ISO-8859-6",
  csisolatingreek: "ISO-8859-7",
  "ecma-118": "ISO-8859-7",
  elot_928: "ISO-8859-7",
  greek: "ISO-8859-7",
  greek8: "ISO-8859-7",
  "iso-8859-7": "ISO-8859-7",
  "iso-ir-126": "ISO-8859-7",
  "iso8859-7": "ISO-8859-7",
  iso88597: "ISO-8859-7",
  "iso_8859-7": "ISO-8859-7",
  "iso_8859-7:1987": "ISO-8859-7",
  sun_eu_greek: "ISO-8859-7",
  csiso88598e: "ISO-8859-8",
  csisolatinhebrew: "ISO-8859-8",
  hebrew: "ISO-8859-8",
  "iso-8859-8": "ISO-8859-8",
  "iso-8859-8-e": "ISO-8859-8",
  "iso-8859-8-i": "ISO-8859-8",
  "iso-ir-138": "ISO-8859-8",
  "iso8859-8": "ISO-8859-8",
  iso88598: "ISO-8859-8",
  "iso_8859-8": "ISO-8859-8",
  "iso_8859-8:1988": "ISO-8859-8",
  visual: "ISO-8859-8",
  csisolatin6: "ISO-8859-10",
  "iso-8859-10": "ISO-8859-10",
  "iso-ir-157": "ISO-8859-10",
  "iso8859-10": "ISO-8859-10",
  iso885910: "ISO-8859-10",
  l6: "ISO-8859-10",
  latin6: "ISO-8859-10",
  "iso-8859-13": "ISO-8859-13",
  "iso8859-13": "ISO-8859-13",
  iso885913: "ISO-8859-13",
  "iso-8859-14": "ISO-8859-14",
  "iso8859-14": "ISO-8859-14",
  iso885914: "ISO-8859-14",
  csisolatin9: "ISO-8859-15",
  "iso-8859-15": "ISO-8859-15",
  "iso8859-15": "ISO-8859-15",
  iso885915: "ISO-8859-15",
  "iso_8859-15": "ISO-8859-15",
  l9: "ISO-8859-15",
  "iso-8859-16": "ISO-8859-16",
  cskoi8r: "KOI8-R",
  koi: "KOI8-R",
  koi8: "KOI8-R",
  "koi8-r": "KOI8-R",
  koi8_r: "KOI8-R",
  "koi8-ru": "KOI8-U",
  "koi8-u": "KOI8-U",
  csmacintosh: "macintosh",
  mac: "macintosh",
  macintosh: "macintosh",
  "x-mac-roman": "macintosh",
  // the x-mac-* labels mail clients send, under the names iconv-lite knows them by
  "x-mac-ce": "maccenteuro",
  "x-mac-cyrillic": "maccyrillic",
  "x-mac-ukrainian": "macukraine",
  "dos-874": "windows-874",
  "iso-8859-11": "windows-874",
  "iso8859-11": "windows-874",
  iso885911: "windows-874",
  "tis-620": "windows-874",
  "windows-874": "windows-874",
  cp1250: "windows-1250",
  "windows-1250": "windows-1250",
  "x-cp1250": "windows-1250",
  cp1251: "windows-1251",
  "windows-1251": "windows-1251",
  "x-cp1251": "windows-1251",
  "ansi_x3.4-1968": "windows-1252",
  ascii: "windows-1252",
  cp1252: "windows-1252",
  cp819: "windows-1252",
  csisolatin1: "windows-1252",
  ibm819: "windows-1252",
  "iso-8859-1": "windows-1252",
  "iso-ir-100": "windows-1252",
  "iso8859-1": "windows-1252",
  iso88591: "windows-1252",
  "iso_8859-1": "windows-1252",
  "iso_8859-1:1987": "windows-1252",
  l1: "windows-1252",
  latin1: "windows-1252",
  "us-ascii": "windows-1252",
  "windows-1252": "windows-1252",
  "x-cp1252": "windows-1252",
  cp1253: "windows-1253",
  "windows-1253": "windows-1253",
  "x-cp1253": "windows-1253",
  cp1254: "windows-1254",
  csisolatin5: "windows-1254",
  "iso-8859-9": "windows-1254",
  "iso-ir-148": "windows-1254",
  "iso8859-9": "windows-1254",
  iso88599: "windows-1254",
  "iso_8859-9": "windows-1254",
  "iso_8859-9:1989": "windows-1254",
  l5: "windows-1254",
  latin5: "windows-1254",
  "windows-1254": "windows-1254",
  "x-cp1254": "windows-1254",
  cp1255: "windows-1255",
  "windows-1255": "windows-1255",
  "x-cp1255": "windows-1255",
  cp1256: "windows-1256",
  "windows-1256": "windows-1256",
  "x-cp1256": "windows-1256",
  cp1257: "windows-1257",
  "windows-1257": "windows-1257",
  "x-cp1257": "windows-1257",
  cp1258: "windows-1258",
  "windows-1258": "windows-1258",
  "x-cp1258": "windows-1258",
  chinese: "GBK",
  csgb2312: "GBK",
  csiso58gb231280: "GBK",
  gb2312: "GBK",
  gb_2312: "GBK",
  "gb_2312-80": "GBK",
  gbk: "GBK",
  "iso-ir-58": "GBK",
  "x-gbk": "GBK",
  gb18030: "gb18030",
  big5: "Big5",
  "big5-hkscs": "Big5-HKSCS",
  "cn-big5": "Big5",
  csbig5: "Big5",
  "x-x-big5": "Big5",
  cseucpkdfmtjapanese: "EUC-JP",
  "euc-jp": "EUC-JP",
  "x-euc-jp": "EUC-JP",
  csshiftjis: "Shift_JIS",
  ms932: "Shift_JIS",
  ms_kanji: "Shift_JIS",
  "shift-jis": "Shift_JIS",
  shift_jis: "Shift_JIS",
  sjis: "Shift_JIS",
  "windows-31j": "Shift_JIS",
  "x-sjis": "Shift_JIS",
  cseuckr: "EUC-KR",
  csksc56011987: "EUC-KR",
  "euc-kr": "EUC-KR",
  "iso-ir-149": "EUC-KR",
  korean: "EUC-KR",
  "ks_c_5601-1987": "EUC-KR",
  "ks_c_5601-1989": "EUC-KR",
  ksc5601: "EUC-KR",
  ksc_5601: "EUC-KR",
  "windows-949": "EUC-KR",
  "utf-16be": "UTF-16BE",
  // iconv-lite's UTF-16 decoder reads the byte order from a BOM and guesses it from the
  // content without one, falling back to little endian
  "utf-16": "UTF-16",
  "utf-16le": "UTF-16LE"
};
var charsets_default = charsets;

// node_modules/mailparser/node_modules/libmime/dist/esm/charset.js
var UTF8_COMPATIBLE = /^(?:(?:us-)?ascii|utf-8|7bit)$/i;
var UNSUPPORTED_CODECS = new Set(["utf7", "utf7imap", "base64", "hex"].map((name2) => import_iconv_lite.default.getCodec(name2)));
var isUnsupportedCodec = (name2) => {
  try {
    return UNSUPPORTED_CODECS.has(import_iconv_lite.default.getCodec(name2));
  } catch (_err) {
    return false;
  }
};
var JAPANESE_CHARSET = /^jis|^iso-?2022-?jp|^EUCJP/i;
var CHARSET_ALIASES = new Map(Object.entries(charsets_default));
function encode2(str) {
  return Buffer2.from(str, "utf-8");
}
function decode2(buf, fromCharset) {
  fromCharset = normalizeCharset(fromCharset || "UTF-8");
  if (UTF8_COMPATIBLE.test(fromCharset)) {
    return buf.toString("utf-8");
  }
  if (isUnsupportedCodec(fromCharset)) {
    return buf.toString();
  }
  try {
    if (JAPANESE_CHARSET.test(fromCharset)) {
      if (typeof buf === "string") {
        buf = Buffer2.from(buf);
      }
      try {
        let output = import_encoding_japanese.default.convert(buf, {
          to: "UNICODE",
          from: fromCharset,
          type: "string"
        });
        if (typeof output === "string") {
          return output;
        }
      } catch (_err) {
      }
    }
    return import_iconv_lite.default.decode(buf, fromCharset);
  } catch (_err) {
    return buf.toString();
  }
}
function convert2(data, fromCharset) {
  fromCharset = normalizeCharset(fromCharset || "UTF-8");
  if (typeof data !== "string") {
    if (UTF8_COMPATIBLE.test(fromCharset)) {
      return data;
    }
    return encode2(decode2(data, fromCharset));
  }
  return encode2(data);
}
function normalizeCharset(charset) {
  let name2 = (charset || "UTF-8").toString().toLowerCase().trim();
  let canonical = CHARSET_ALIASES.get(name2);
  if (canonical) {
    return canonical;
  }
  name2 = name2.replace(/^utf[-_]?(\d+)/, "utf-$1").replace(/^(?:us[-_]?)ascii/, "windows-1252").replace(/^win(?:dows)?[-_]?(\d+)/, "windows-$1").replace(/^(?:latin|iso[-_]?8859)?[-_]?(\d+)/, "iso-8859-$1").replace(/^l[-_]?(\d+)/, "iso-8859-$1");
  return CHARSET_ALIASES.get(name2) || name2.toUpperCase();
}
var DBCS_DECODER = import_iconv_lite.default.getCodec("gbk").decoder;
var BYTE_ORDER_GUESSING = /* @__PURE__ */ new Map([
  [import_iconv_lite.default.getCodec("utf-16"), 200],
  [import_iconv_lite.default.getCodec("utf-32"), 400]
]);
var LowByteCutDecoder = class {
  constructor(charset) {
    this.pending = [];
    this.charset = charset;
  }
  write(chunk) {
    let cut = chunk.length;
    while (cut > 0 && chunk[cut - 1] >= 48) {
      cut--;
    }
    if (!cut) {
      this.pending.push(Buffer2.from(chunk));
      return "";
    }
    let text = import_iconv_lite.default.decode(Buffer2.concat([...this.pending, chunk.subarray(0, cut)]), this.charset);
    this.pending = [Buffer2.from(chunk.subarray(cut))];
    return text;
  }
  end() {
    let rest = Buffer2.concat(this.pending);
    this.pending = [];
    return rest.length ? import_iconv_lite.default.decode(rest, this.charset) : void 0;
  }
};
var HeadBufferedDecoder = class {
  constructor(decoder, size) {
    this.head = [];
    this.headLength = 0;
    this.decoder = decoder;
    this.size = size;
  }
  write(chunk) {
    if (!this.head) {
      return this.decoder.write(chunk);
    }
    this.head.push(Buffer2.from(chunk));
    this.headLength += chunk.length;
    return this.headLength < this.size ? "" : this.releaseHead();
  }
  end() {
    return (this.head ? this.releaseHead() : "") + (this.decoder.end() || "");
  }
  releaseHead() {
    let head = Buffer2.concat(this.head || []);
    this.head = null;
    return this.decoder.write(head);
  }
};
function createChunkDecoder(charset) {
  let codec = import_iconv_lite.default.getCodec(charset);
  if (codec.decoder === DBCS_DECODER) {
    return new LowByteCutDecoder(charset);
  }
  let headSize = BYTE_ORDER_GUESSING.get(codec);
  return headSize ? new HeadBufferedDecoder(import_iconv_lite.default.getDecoder(charset), headSize) : import_iconv_lite.default.getDecoder(charset);
}
var DecodeStream = class extends Transform2 {
  constructor(charset) {
    super();
    this.decoder = null;
    this.chunks = [];
    this.highSurrogate = "";
    this.charset = normalizeCharset(charset || "UTF-8");
    if (UTF8_COMPATIBLE.test(this.charset)) {
      this.supported = true;
      this.decoder = new StringDecoder("utf-8");
    } else if (isUnsupportedCodec(this.charset) || !(JAPANESE_CHARSET.test(this.charset) || import_iconv_lite.default.encodingExists(this.charset))) {
      this.supported = false;
      this.decoder = new StringDecoder("utf-8");
    } else {
      this.supported = true;
      this.decoder = JAPANESE_CHARSET.test(this.charset) ? null : createChunkDecoder(this.charset);
    }
  }
  _transform(chunk, _encoding, done) {
    if (!this.decoder) {
      this.chunks.push(chunk);
      return done();
    }
    try {
      this.pushText(this.decoder.write(chunk), false);
    } catch (err) {
      return done(err);
    }
    done();
  }
  _flush(done) {
    try {
      this.pushText(this.decoder ? this.decoder.end() : decode2(Buffer2.concat(this.chunks), this.charset), true);
    } catch (err) {
      return done(err);
    }
    this.chunks = [];
    done();
  }
  // A decoder may return the two halves of a surrogate pair from separate writes, and a lone
  // half would turn into U+FFFD on its way to UTF-8, so a trailing high surrogate waits for
  // the rest of its character
  pushText(text, final) {
    text = this.highSurrogate + (text || "");
    this.highSurrogate = "";
    let last = text.charCodeAt(text.length - 1);
    if (!final && last >= 55296 && last <= 56319) {
      this.highSurrogate = text.slice(-1);
      text = text.slice(0, -1);
    }
    if (text) {
      this.push(Buffer2.from(text, "utf-8"));
    }
  }
};
function createDecodeStream(charset) {
  return new DecodeStream(charset);
}

// node_modules/mailparser/node_modules/libmime/dist/esm/mimetypes.js
var list = {
  "application/acad": "dwg",
  "application/applixware": "aw",
  "application/arj": "arj",
  "application/atom+xml": "xml",
  "application/atomcat+xml": "atomcat",
  "application/atomsvc+xml": "atomsvc",
  "application/base64": ["mm", "mme"],
  "application/binhex": "hqx",
  "application/binhex4": "hqx",
  "application/book": ["book", "boo"],
  "application/ccxml+xml": "ccxml",
  "application/cdf": "cdf",
  "application/cdmi-capability": "cdmia",
  "application/cdmi-container": "cdmic",
  "application/cdmi-domain": "cdmid",
  "application/cdmi-object": "cdmio",
  "application/cdmi-queue": "cdmiq",
  "application/clariscad": "ccad",
  "application/commonground": "dp",
  "application/cu-seeme": "cu",
  "application/davmount+xml": "davmount",
  "application/drafting": "drw",
  "application/dsptype": "tsp",
  "application/dssc+der": "dssc",
  "application/dssc+xml": "xdssc",
  "application/dxf": "dxf",
  "application/ecmascript": ["js", "es"],
  "application/emma+xml": "emma",
  "application/envoy": "evy",
  "application/epub+zip": "epub",
  "application/excel": ["xls", "xl", "xla", "xlb", "xlc", "xld", "xlk", "xll", "xlm", "xlt", "xlv", "xlw"],
  "application/exi": "exi",
  "application/font-tdpfr": "pfr",
  "application/fractals": "fif",
  "application/freeloader": "frl",
  "application/futuresplash": "spl",
  "application/geo+json": "geojson",
  "application/gnutar": "tgz",
  "application/groupwise": "vew",
  "application/hlp": "hlp",
  "application/hta": "hta",
  "application/hyperstudio": "stk",
  "application/i-deas": "unv",
  "application/iges": ["iges", "igs"],
  "application/inf": "inf",
  "application/internet-property-stream": "acx",
  "application/ipfix": "ipfix",
  "application/java": "class",
  "application/java-archive": "jar",
  "application/java-byte-code": "class",
  "application/java-serialized-object": "ser",
  "application/java-vm": "class",
  "application/javascript": "js",
  "application/json": "json",
  "application/lha": "lha",
  "application/lzx": "lzx",
  "application/mac-binary": "bin",
  "application/mac-binhex": "hqx",
  "application/mac-binhex40": "hqx",
  "application/mac-compactpro": "cpt",
  "application/macbinary": "bin",
  "application/mads+xml": "mads",
  "application/marc": "mrc",
  "application/marcxml+xml": "mrcx",
  "application/mathematica": "ma",
  "application/mathml+xml": "mathml",
  "application/mbedlet": "mbd",
  "application/mbox": "mbox",
  "application/mcad": "mcd",
  "application/mediaservercontrol+xml": "mscml",
  "application/metalink4+xml": "meta4",
  "application/mets+xml": "mets",
  "application/mime": "aps",
  "application/mods+xml": "mods",
  "application/mp21": "m21",
  "application/mp4": "mp4",
  "application/mspowerpoint": ["ppt", "pot", "pps", "ppz"],
  "application/msword": ["doc", "dot", "w6w", "wiz", "word"],
  "application/mswrite": "wri",
  "application/mxf": "mxf",
  "application/netmc": "mcp",
  "application/octet-stream": ["*"],
  "application/oda": "oda",
  "application/oebps-package+xml": "opf",
  "application/ogg": "ogx",
  "application/olescript": "axs",
  "application/onenote": "onetoc",
  "application/patch-ops-error+xml": "xer",
  "application/pdf": "pdf",
  "application/pgp-encrypted": "asc",
  "application/pgp-signature": "pgp",
  "application/pics-rules": "prf",
  "application/pkcs-12": "p12",
  "application/pkcs-crl": "crl",
  "application/pkcs10": "p10",
  "application/pkcs7-mime": ["p7c", "p7m"],
  "application/pkcs7-signature": "p7s",
  "application/pkcs8": "p8",
  "application/pkix-attr-cert": "ac",
  "application/pkix-cert": ["cer", "crt"],
  "application/pkix-crl": "crl",
  "application/pkix-pkipath": "pkipath",
  "application/pkixcmp": "pki",
  "application/plain": "text",
  "application/pls+xml": "pls",
  "application/postscript": ["ps", "ai", "eps"],
  "application/powerpoint": "ppt",
  "application/pro_eng": ["part", "prt"],
  "application/prs.cww": "cww",
  "application/pskc+xml": "pskcxml",
  "application/rdf+xml": "rdf",
  "application/reginfo+xml": "rif",
  "application/relax-ng-compact-syntax": "rnc",
  "application/resource-lists+xml": "rl",
  "application/resource-lists-diff+xml": "rld",
  "application/ringing-tones": "rng",
  "application/rls-services+xml": "rs",
  "application/rsd+xml": "rsd",
  "application/rss+xml": "xml",
  "application/rtf": ["rtf", "rtx"],
  "application/sbml+xml": "sbml",
  "application/scvp-cv-request": "scq",
  "application/scvp-cv-response": "scs",
  "application/scvp-vp-request": "spq",
  "application/scvp-vp-response": "spp",
  "application/sdp": "sdp",
  "application/sea": "sea",
  "application/set": "set",
  "application/set-payment-initiation": "setpay",
  "application/set-registration-initiation": "setreg",
  "application/shf+xml": "shf",
  "application/sla": "stl",
  "application/smil": ["smi", "smil"],
  "application/smil+xml": "smi",
  "application/solids": "sol",
  "application/sounder": "sdr",
  "application/sparql-query": "rq",
  "application/sparql-results+xml": "srx",
  "application/srgs": "gram",
  "application/srgs+xml": "grxml",
  "application/sru+xml": "sru",
  "application/ssml+xml": "ssml",
  "application/step": ["step", "stp"],
  "application/streamingmedia": "ssm",
  "application/tei+xml": "tei",
  "application/thraud+xml": "tfi",
  "application/timestamped-data": "tsd",
  "application/toolbook": "tbk",
  "application/vda": "vda",
  "application/vnd.3gpp.pic-bw-large": "plb",
  "application/vnd.3gpp.pic-bw-small": "psb",
  "application/vnd.3gpp.pic-bw-var": "pvb",
  "application/vnd.3gpp2.tcap": "tcap",
  "application/vnd.3m.post-it-notes": "pwn",
  "application/vnd.accpac.simply.aso": "aso",
  "application/vnd.accpac.simply.imp": "imp",
  "application/vnd.acucobol": "acu",
  "application/vnd.acucorp": "atc",
  "application/vnd.adobe.air-application-installer-package+zip": "air",
  "application/vnd.adobe.fxp": "fxp",
  "application/vnd.adobe.xdp+xml": "xdp",
  "application/vnd.adobe.xfdf": "xfdf",
  "application/vnd.ahead.space": "ahead",
  "application/vnd.airzip.filesecure.azf": "azf",
  "application/vnd.airzip.filesecure.azs": "azs",
  "application/vnd.amazon.ebook": "azw",
  "application/vnd.americandynamics.acc": "acc",
  "application/vnd.amiga.ami": "ami",
  "application/vnd.android.package-archive": "apk",
  "application/vnd.anser-web-certificate-issue-initiation": "cii",
  "application/vnd.anser-web-funds-transfer-initiation": "fti",
  "application/vnd.antix.game-component": "atx",
  "application/vnd.apple.installer+xml": "mpkg",
  "application/vnd.apple.mpegurl": "m3u8",
  "application/vnd.aristanetworks.swi": "swi",
  "application/vnd.audiograph": "aep",
  "application/vnd.blueice.multipass": "mpm",
  "application/vnd.bmi": "bmi",
  "application/vnd.businessobjects": "rep",
  "application/vnd.chemdraw+xml": "cdxml",
  "application/vnd.chipnuts.karaoke-mmd": "mmd",
  "application/vnd.cinderella": "cdy",
  "application/vnd.claymore": "cla",
  "application/vnd.cloanto.rp9": "rp9",
  "application/vnd.clonk.c4group": "c4g",
  "application/vnd.cluetrust.cartomobile-config": "c11amc",
  "application/vnd.cluetrust.cartomobile-config-pkg": "c11amz",
  "application/vnd.commonspace": "csp",
  "application/vnd.contact.cmsg": "cdbcmsg",
  "application/vnd.cosmocaller": "cmc",
  "application/vnd.crick.clicker": "clkx",
  "application/vnd.crick.clicker.keyboard": "clkk",
  "application/vnd.crick.clicker.palette": "clkp",
  "application/vnd.crick.clicker.template": "clkt",
  "application/vnd.crick.clicker.wordbank": "clkw",
  "application/vnd.criticaltools.wbs+xml": "wbs",
  "application/vnd.ctc-posml": "pml",
  "application/vnd.cups-ppd": "ppd",
  "application/vnd.curl.car": "car",
  "application/vnd.curl.pcurl": "pcurl",
  "application/vnd.data-vision.rdz": "rdz",
  "application/vnd.denovo.fcselayout-link": "fe_launch",
  "application/vnd.dna": "dna",
  "application/vnd.dolby.mlp": "mlp",
  "application/vnd.dpgraph": "dpg",
  "application/vnd.dreamfactory": "dfac",
  "application/vnd.dvb.ait": "ait",
  "application/vnd.dvb.service": "svc",
  "application/vnd.dynageo": "geo",
  "application/vnd.ecowin.chart": "mag",
  "application/vnd.enliven": "nml",
  "application/vnd.epson.esf": "esf",
  "application/vnd.epson.msf": "msf",
  "application/vnd.epson.quickanime": "qam",
  "application/vnd.epson.salt": "slt",
  "application/vnd.epson.ssf": "ssf",
  "application/vnd.eszigno3+xml": "es3",
  "application/vnd.ezpix-album": "ez2",
  "application/vnd.ezpix-package": "ez3",
  "application/vnd.fdf": "fdf",
  "application/vnd.fdsn.seed": "seed",
  "application/vnd.flographit": "gph",
  "application/vnd.fluxtime.clip": "ftc",
  "application/vnd.framemaker": "fm",
  "application/vnd.frogans.fnc": "fnc",
  "application/vnd.frogans.ltf": "ltf",
  "application/vnd.fsc.weblaunch": "fsc",
  "application/vnd.fujitsu.oasys": "oas",
  "application/vnd.fujitsu.oasys2": "oa2",
  "application/vnd.fujitsu.oasys3": "oa3",
  "application/vnd.fujitsu.oasysgp": "fg5",
  "application/vnd.fujitsu.oasysprs": "bh2",
  "application/vnd.fujixerox.ddd": "ddd",
  "application/vnd.fujixerox.docuworks": "xdw",
  "application/vnd.fujixerox.docuworks.binder": "xbd",
  "application/vnd.fuzzysheet": "fzs",
  "application/vnd.genomatix.tuxedo": "txd",
  "application/vnd.geogebra.file": "ggb",
  "application/vnd.geogebra.tool": "ggt",
  "application/vnd.geometry-explorer": "gex",
  "application/vnd.geonext": "gxt",
  "application/vnd.geoplan": "g2w",
  "application/vnd.geospace": "g3w",
  "application/vnd.gmx": "gmx",
  "application/vnd.google-earth.kml+xml": "kml",
  "application/vnd.google-earth.kmz": "kmz",
  "application/vnd.grafeq": "gqf",
  "application/vnd.groove-account": "gac",
  "application/vnd.groove-help": "ghf",
  "application/vnd.groove-identity-message": "gim",
  "application/vnd.groove-injector": "grv",
  "application/vnd.groove-tool-message": "gtm",
  "application/vnd.groove-tool-template": "tpl",
  "application/vnd.groove-vcard": "vcg",
  "application/vnd.hal+xml": "hal",
  "application/vnd.handheld-entertainment+xml": "zmm",
  "application/vnd.hbci": "hbci",
  "application/vnd.hhe.lesson-player": "les",
  "application/vnd.hp-hpgl": ["hgl", "hpg", "hpgl"],
  "application/vnd.hp-hpid": "hpid",
  "application/vnd.hp-hps": "hps",
  "application/vnd.hp-jlyt": "jlt",
  "application/vnd.hp-pcl": "pcl",
  "application/vnd.hp-pclxl": "pclxl",
  "application/vnd.hydrostatix.sof-data": "sfd-hdstx",
  "application/vnd.hzn-3d-crossword": "x3d",
  "application/vnd.ibm.minipay": "mpy",
  "application/vnd.ibm.modcap": "afp",
  "application/vnd.ibm.rights-management": "irm",
  "application/vnd.ibm.secure-container": "sc",
  "application/vnd.iccprofile": "icc",
  "application/vnd.igloader": "igl",
  "application/vnd.immervision-ivp": "ivp",
  "application/vnd.immervision-ivu": "ivu",
  "application/vnd.insors.igm": "igm",
  "application/vnd.intercon.formnet": "xpw",
  "application/vnd.intergeo": "i2g",
  "application/vnd.intu.qbo": "qbo",
  "application/vnd.intu.qfx": "qfx",
  "application/vnd.ipunplugged.rcprofile": "rcprofile",
  "application/vnd.irepository.package+xml": "irp",
  "application/vnd.is-xpr": "xpr",
  "application/vnd.isac.fcs": "fcs",
  "application/vnd.jam": "jam",
  "application/vnd.jcp.javame.midlet-rms": "rms",
  "application/vnd.jisp": "jisp",
  "application/vnd.joost.joda-archive": "joda",
  "application/vnd.kahootz": "ktz",
  "application/vnd.kde.karbon": "karbon",
  "application/vnd.kde.kchart": "chrt",
  "application/vnd.kde.kformula": "kfo",
  "application/vnd.kde.kivio": "flw",
  "application/vnd.kde.kontour": "kon",
  "application/vnd.kde.kpresenter": "kpr",
  "application/vnd.kde.kspread": "ksp",
  "application/vnd.kde.kword": "kwd",
  "application/vnd.kenameaapp": "htke",
  "application/vnd.kidspiration": "kia",
  "application/vnd.kinar": "kne",
  "application/vnd.koan": "skp",
  "application/vnd.kodak-descriptor": "sse",
  "application/vnd.las.las+xml": "lasxml",
  "application/vnd.llamagraphics.life-balance.desktop": "lbd",
  "application/vnd.llamagraphics.life-balance.exchange+xml": "lbe",
  "application/vnd.lotus-1-2-3": "123",
  "application/vnd.lotus-approach": "apr",
  "application/vnd.lotus-freelance": "pre",
  "application/vnd.lotus-notes": "nsf",
  "application/vnd.lotus-organizer": "org",
  "application/vnd.lotus-screencam": "scm",
  "application/vnd.lotus-wordpro": "lwp",
  "application/vnd.macports.portpkg": "portpkg",
  "application/vnd.mcd": "mcd",
  "application/vnd.medcalcdata": "mc1",
  "application/vnd.mediastation.cdkey": "cdkey",
  "application/vnd.mfer": "mwf",
  "application/vnd.mfmp": "mfm",
  "application/vnd.micrografx.flo": "flo",
  "application/vnd.micrografx.igx": "igx",
  "application/vnd.mif": "mif",
  "application/vnd.mobius.daf": "daf",
  "application/vnd.mobius.dis": "dis",
  "application/vnd.mobius.mbk": "mbk",
  "application/vnd.mobius.mqy": "mqy",
  "application/vnd.mobius.msl": "msl",
  "application/vnd.mobius.plc": "plc",
  "application/vnd.mobius.txf": "txf",
  "application/vnd.mophun.application": "mpn",
  "application/vnd.mophun.certificate": "mpc",
  "application/vnd.mozilla.xul+xml": "xul",
  "application/vnd.ms-artgalry": "cil",
  "application/vnd.ms-cab-compressed": "cab",
  "application/vnd.ms-excel": ["xls", "xla", "xlc", "xlm", "xlt", "xlw", "xlb", "xll"],
  "application/vnd.ms-excel.addin.macroenabled.12": "xlam",
  "application/vnd.ms-excel.sheet.binary.macroenabled.12": "xlsb",
  "application/vnd.ms-excel.sheet.macroenabled.12": "xlsm",
  "application/vnd.ms-excel.template.macroenabled.12": "xltm",
  "application/vnd.ms-fontobject": "eot",
  "application/vnd.ms-htmlhelp": "chm",
  "application/vnd.ms-ims": "ims",
  "application/vnd.ms-lrm": "lrm",
  "application/vnd.ms-officetheme": "thmx",
  "application/vnd.ms-outlook": "msg",
  "application/vnd.ms-pki.certstore": "sst",
  "application/vnd.ms-pki.pko": "pko",
  "application/vnd.ms-pki.seccat": "cat",
  "application/vnd.ms-pki.stl": "stl",
  "application/vnd.ms-pkicertstore": "sst",
  "application/vnd.ms-pkiseccat": "cat",
  "application/vnd.ms-pkistl": "stl",
  "application/vnd.ms-powerpoint": ["ppt", "pot", "pps", "ppa", "pwz"],
  "application/vnd.ms-powerpoint.addin.macroenabled.12": "ppam",
  "application/vnd.ms-powerpoint.presentation.macroenabled.12": "pptm",
  "application/vnd.ms-powerpoint.slide.macroenabled.12": "sldm",
  "application/vnd.ms-powerpoint.slideshow.macroenabled.12": "ppsm",
  "application/vnd.ms-powerpoint.template.macroenabled.12": "potm",
  "application/vnd.ms-project": "mpp",
  "application/vnd.ms-word.document.macroenabled.12": "docm",
  "application/vnd.ms-word.template.macroenabled.12": "dotm",
  "application/vnd.ms-works": ["wks", "wcm", "wdb", "wps"],
  "application/vnd.ms-wpl": "wpl",
  "application/vnd.ms-xpsdocument": "xps",
  "application/vnd.mseq": "mseq",
  "application/vnd.musician": "mus",
  "application/vnd.muvee.style": "msty",
  "application/vnd.neurolanguage.nlu": "nlu",
  "application/vnd.noblenet-directory": "nnd",
  "application/vnd.noblenet-sealer": "nns",
  "application/vnd.noblenet-web": "nnw",
  "application/vnd.nokia.configuration-message": "ncm",
  "application/vnd.nokia.n-gage.data": "ngdat",
  "application/vnd.nokia.n-gage.symbian.install": "n-gage",
  "application/vnd.nokia.radio-preset": "rpst",
  "application/vnd.nokia.radio-presets": "rpss",
  "application/vnd.nokia.ringing-tone": "rng",
  "application/vnd.novadigm.edm": "edm",
  "application/vnd.novadigm.edx": "edx",
  "application/vnd.novadigm.ext": "ext",
  "application/vnd.oasis.opendocument.chart": "odc",
  "application/vnd.oasis.opendocument.chart-template": "otc",
  "application/vnd.oasis.opendocument.database": "odb",
  "application/vnd.oasis.opendocument.formula": "odf",
  "application/vnd.oasis.opendocument.formula-template": "odft",
  "application/vnd.oasis.opendocument.graphics": "odg",
  "application/vnd.oasis.opendocument.graphics-template": "otg",
  "application/vnd.oasis.opendocument.image": "odi",
  "application/vnd.oasis.opendocument.image-template": "oti",
  "application/vnd.oasis.opendocument.presentation": "odp",
  "application/vnd.oasis.opendocument.presentation-template": "otp",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
  "application/vnd.oasis.opendocument.spreadsheet-template": "ots",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.text-master": "odm",
  "application/vnd.oasis.opendocument.text-template": "ott",
  "application/vnd.oasis.opendocument.text-web": "oth",
  "application/vnd.olpc-sugar": "xo",
  "application/vnd.oma.dd2+xml": "dd2",
  "application/vnd.openofficeorg.extension": "oxt",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
  "application/vnd.openxmlformats-officedocument.presentationml.slide": "sldx",
  "application/vnd.openxmlformats-officedocument.presentationml.slideshow": "ppsx",
  "application/vnd.openxmlformats-officedocument.presentationml.template": "potx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template": "xltx",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template": "dotx",
  "application/vnd.osgeo.mapguide.package": "mgp",
  "application/vnd.osgi.dp": "dp",
  "application/vnd.palm": "pdb",
  "application/vnd.pawaafile": "paw",
  "application/vnd.pg.format": "str",
  "application/vnd.pg.osasli": "ei6",
  "application/vnd.picsel": "efif",
  "application/vnd.pmi.widget": "wg",
  "application/vnd.pocketlearn": "plf",
  "application/vnd.powerbuilder6": "pbd",
  "application/vnd.previewsystems.box": "box",
  "application/vnd.proteus.magazine": "mgz",
  "application/vnd.publishare-delta-tree": "qps",
  "application/vnd.pvi.ptid1": "ptid",
  "application/vnd.quark.quarkxpress": "qxd",
  "application/vnd.realvnc.bed": "bed",
  "application/vnd.recordare.musicxml": "mxl",
  "application/vnd.recordare.musicxml+xml": "musicxml",
  "application/vnd.rig.cryptonote": "cryptonote",
  "application/vnd.rim.cod": "cod",
  "application/vnd.rn-realmedia": "rm",
  "application/vnd.rn-realplayer": "rnx",
  "application/vnd.route66.link66+xml": "link66",
  "application/vnd.sailingtracker.track": "st",
  "application/vnd.seemail": "see",
  "application/vnd.sema": "sema",
  "application/vnd.semd": "semd",
  "application/vnd.semf": "semf",
  "application/vnd.shana.informed.formdata": "ifm",
  "application/vnd.shana.informed.formtemplate": "itp",
  "application/vnd.shana.informed.interchange": "iif",
  "application/vnd.shana.informed.package": "ipk",
  "application/vnd.simtech-mindmapper": "twd",
  "application/vnd.smaf": "mmf",
  "application/vnd.smart.teacher": "teacher",
  "application/vnd.solent.sdkm+xml": "sdkm",
  "application/vnd.spotfire.dxp": "dxp",
  "application/vnd.spotfire.sfs": "sfs",
  "application/vnd.stardivision.calc": "sdc",
  "application/vnd.stardivision.draw": "sda",
  "application/vnd.stardivision.impress": "sdd",
  "application/vnd.stardivision.math": "smf",
  "application/vnd.stardivision.writer": "sdw",
  "application/vnd.stardivision.writer-global": "sgl",
  "application/vnd.stepmania.stepchart": "sm",
  "application/vnd.sun.xml.calc": "sxc",
  "application/vnd.sun.xml.calc.template": "stc",
  "application/vnd.sun.xml.draw": "sxd",
  "application/vnd.sun.xml.draw.template": "std",
  "application/vnd.sun.xml.impress": "sxi",
  "application/vnd.sun.xml.impress.template": "sti",
  "application/vnd.sun.xml.math": "sxm",
  "application/vnd.sun.xml.writer": "sxw",
  "application/vnd.sun.xml.writer.global": "sxg",
  "application/vnd.sun.xml.writer.template": "stw",
  "application/vnd.sus-calendar": "sus",
  "application/vnd.svd": "svd",
  "application/vnd.symbian.install": "sis",
  "application/vnd.syncml+xml": "xsm",
  "application/vnd.syncml.dm+wbxml": "bdm",
  "application/vnd.syncml.dm+xml": "xdm",
  "application/vnd.tao.intent-module-archive": "tao",
  "application/vnd.tmobile-livetv": "tmo",
  "application/vnd.trid.tpt": "tpt",
  "application/vnd.triscape.mxs": "mxs",
  "application/vnd.trueapp": "tra",
  "application/vnd.ufdl": "ufd",
  "application/vnd.uiq.theme": "utz",
  "application/vnd.umajin": "umj",
  "application/vnd.unity": "unityweb",
  "application/vnd.uoml+xml": "uoml",
  "application/vnd.vcx": "vcx",
  "application/vnd.visio": "vsd",
  "application/vnd.visionary": "vis",
  "application/vnd.vsf": "vsf",
  "application/vnd.wap.wbxml": "wbxml",
  "application/vnd.wap.wmlc": "wmlc",
  "application/vnd.wap.wmlscriptc": "wmlsc",
  "application/vnd.webturbo": "wtb",
  "application/vnd.wolfram.player": "nbp",
  "application/vnd.wordperfect": "wpd",
  "application/vnd.wqd": "wqd",
  "application/vnd.wt.stf": "stf",
  "application/vnd.xara": ["web", "xar"],
  "application/vnd.xfdl": "xfdl",
  "application/vnd.yamaha.hv-dic": "hvd",
  "application/vnd.yamaha.hv-script": "hvs",
  "application/vnd.yamaha.hv-voice": "hvp",
  "application/vnd.yamaha.openscoreformat": "osf",
  "application/vnd.yamaha.openscoreformat.osfpvg+xml": "osfpvg",
  "application/vnd.yamaha.smaf-audio": "saf",
  "application/vnd.yamaha.smaf-phrase": "spf",
  "application/vnd.yellowriver-custom-menu": "cmp",
  "application/vnd.zul": "zir",
  "application/vnd.zzazz.deck+xml": "zaz",
  "application/vocaltec-media-desc": "vmd",
  "application/vocaltec-media-file": "vmf",
  "application/voicexml+xml": "vxml",
  "application/wasm": "wasm",
  "application/widget": "wgt",
  "application/winhlp": "hlp",
  "application/wordperfect": ["wp", "wp5", "wp6", "wpd"],
  "application/wordperfect6.0": ["w60", "wp5"],
  "application/wordperfect6.1": "w61",
  "application/wsdl+xml": "wsdl",
  "application/wspolicy+xml": "wspolicy",
  "application/x-123": "wk1",
  "application/x-7z-compressed": "7z",
  "application/x-abiword": "abw",
  "application/x-ace-compressed": "ace",
  "application/x-aim": "aim",
  "application/x-authorware-bin": "aab",
  "application/x-authorware-map": "aam",
  "application/x-authorware-seg": "aas",
  "application/x-bcpio": "bcpio",
  "application/x-binary": "bin",
  "application/x-binhex40": "hqx",
  "application/x-bittorrent": "torrent",
  "application/x-bsh": ["bsh", "sh", "shar"],
  "application/x-bytecode.elisp": "elc",
  "application/x-bytecode.python": "pyc",
  "application/x-bzip": "bz",
  "application/x-bzip2": ["boz", "bz2"],
  "application/x-cdf": "cdf",
  "application/x-cdlink": "vcd",
  "application/x-chat": ["cha", "chat"],
  "application/x-chess-pgn": "pgn",
  "application/x-cmu-raster": "ras",
  "application/x-cocoa": "cco",
  "application/x-compactpro": "cpt",
  "application/x-compress": "z",
  "application/x-compressed": ["tgz", "gz", "z", "zip"],
  "application/x-conference": "nsc",
  "application/x-cpio": "cpio",
  "application/x-cpt": "cpt",
  "application/x-csh": "csh",
  "application/x-debian-package": "deb",
  "application/x-deepv": "deepv",
  "application/x-director": ["dir", "dcr", "dxr"],
  "application/x-doom": "wad",
  "application/x-dtbncx+xml": "ncx",
  "application/x-dtbook+xml": "dtb",
  "application/x-dtbresource+xml": "res",
  "application/x-dvi": "dvi",
  "application/x-elc": "elc",
  "application/x-envoy": ["env", "evy"],
  "application/x-esrehber": "es",
  "application/x-excel": ["xls", "xla", "xlb", "xlc", "xld", "xlk", "xll", "xlm", "xlt", "xlv", "xlw"],
  "application/x-font-bdf": "bdf",
  "application/x-font-ghostscript": "gsf",
  "application/x-font-linux-psf": "psf",
  "application/x-font-otf": "otf",
  "application/x-font-pcf": "pcf",
  "application/x-font-snf": "snf",
  "application/x-font-ttf": "ttf",
  "application/x-font-type1": "pfa",
  "application/x-font-woff": "woff",
  "application/x-frame": "mif",
  "application/x-freelance": "pre",
  "application/x-futuresplash": "spl",
  "application/x-gnumeric": "gnumeric",
  "application/x-gsp": "gsp",
  "application/x-gss": "gss",
  "application/x-gtar": "gtar",
  "application/x-gzip": ["gz", "gzip"],
  "application/x-hdf": "hdf",
  "application/x-helpfile": ["help", "hlp"],
  "application/x-httpd-imap": "imap",
  "application/x-ima": "ima",
  "application/x-internet-signup": ["ins", "isp"],
  "application/x-internett-signup": "ins",
  "application/x-inventor": "iv",
  "application/x-ip2": "ip",
  "application/x-iphone": "iii",
  "application/x-java-class": "class",
  "application/x-java-commerce": "jcm",
  "application/x-java-jnlp-file": "jnlp",
  "application/x-javascript": "js",
  "application/x-koan": ["skd", "skm", "skp", "skt"],
  "application/x-ksh": "ksh",
  "application/x-latex": ["latex", "ltx"],
  "application/x-lha": "lha",
  "application/x-lisp": "lsp",
  "application/x-livescreen": "ivy",
  "application/x-lotus": "wq1",
  "application/x-lotusscreencam": "scm",
  "application/x-lzh": "lzh",
  "application/x-lzx": "lzx",
  "application/x-mac-binhex40": "hqx",
  "application/x-macbinary": "bin",
  "application/x-magic-cap-package-1.0": "mc$",
  "application/x-mathcad": "mcd",
  "application/x-meme": "mm",
  "application/x-midi": ["mid", "midi"],
  "application/x-mif": "mif",
  "application/x-mix-transfer": "nix",
  "application/x-mobipocket-ebook": "prc",
  "application/x-mplayer2": "asx",
  "application/x-ms-application": "application",
  "application/x-ms-wmd": "wmd",
  "application/x-ms-wmz": "wmz",
  "application/x-ms-xbap": "xbap",
  "application/x-msaccess": "mdb",
  "application/x-msbinder": "obd",
  "application/x-mscardfile": "crd",
  "application/x-msclip": "clp",
  "application/x-msdownload": ["exe", "dll"],
  "application/x-msexcel": ["xls", "xla", "xlw"],
  "application/x-msmediaview": ["mvb", "m13", "m14"],
  "application/x-msmetafile": "wmf",
  "application/x-msmoney": "mny",
  "application/x-mspowerpoint": "ppt",
  "application/x-mspublisher": "pub",
  "application/x-msschedule": "scd",
  "application/x-msterminal": "trm",
  "application/x-mswrite": "wri",
  "application/x-navi-animation": "ani",
  "application/x-navidoc": "nvd",
  "application/x-navimap": "map",
  "application/x-navistyle": "stl",
  "application/x-netcdf": ["cdf", "nc"],
  "application/x-newton-compatible-pkg": "pkg",
  "application/x-nokia-9000-communicator-add-on-software": "aos",
  "application/x-omc": "omc",
  "application/x-omcdatamaker": "omcd",
  "application/x-omcregerator": "omcr",
  "application/x-pagemaker": ["pm4", "pm5"],
  "application/x-pcl": "pcl",
  "application/x-perfmon": ["pma", "pmc", "pml", "pmr", "pmw"],
  "application/x-pixclscript": "plx",
  "application/x-pkcs10": "p10",
  "application/x-pkcs12": ["p12", "pfx"],
  "application/x-pkcs7-certificates": ["p7b", "spc"],
  "application/x-pkcs7-certreqresp": "p7r",
  "application/x-pkcs7-mime": ["p7m", "p7c"],
  "application/x-pkcs7-signature": ["p7s", "p7a"],
  "application/x-pointplus": "css",
  "application/x-portable-anymap": "pnm",
  "application/x-project": ["mpc", "mpt", "mpv", "mpx"],
  "application/x-qpro": "wb1",
  "application/x-rar-compressed": "rar",
  "application/x-rtf": "rtf",
  "application/x-sdp": "sdp",
  "application/x-sea": "sea",
  "application/x-seelogo": "sl",
  "application/x-sh": "sh",
  "application/x-shar": ["shar", "sh"],
  "application/x-shockwave-flash": "swf",
  "application/x-silverlight-app": "xap",
  "application/x-sit": "sit",
  "application/x-sprite": ["spr", "sprite"],
  "application/x-stuffit": "sit",
  "application/x-stuffitx": "sitx",
  "application/x-sv4cpio": "sv4cpio",
  "application/x-sv4crc": "sv4crc",
  "application/x-tar": "tar",
  "application/x-tbook": ["sbk", "tbk"],
  "application/x-tcl": "tcl",
  "application/x-tex": "tex",
  "application/x-tex-tfm": "tfm",
  "application/x-texinfo": ["texi", "texinfo"],
  "application/x-troff": ["roff", "t", "tr"],
  "application/x-troff-man": "man",
  "application/x-troff-me": "me",
  "application/x-troff-ms": "ms",
  "application/x-troff-msvideo": "avi",
  "application/x-ustar": "ustar",
  "application/x-visio": ["vsd", "vst", "vsw"],
  "application/x-vnd.audioexplosion.mzz": "mzz",
  "application/x-vnd.ls-xpix": "xpix",
  "application/x-vrml": "vrml",
  "application/x-wais-source": ["src", "wsrc"],
  "application/x-winhelp": "hlp",
  "application/x-wintalk": "wtk",
  "application/x-world": ["wrl", "svr"],
  "application/x-wpwin": "wpd",
  "application/x-wri": "wri",
  "application/x-x509-ca-cert": ["cer", "crt", "der"],
  "application/x-x509-user-cert": "crt",
  "application/x-xfig": "fig",
  "application/x-xpinstall": "xpi",
  "application/x-zip-compressed": "zip",
  "application/xcap-diff+xml": "xdf",
  "application/xenc+xml": "xenc",
  "application/xhtml+xml": "xhtml",
  "application/xml": "xml",
  "application/xml-dtd": "dtd",
  "application/xop+xml": "xop",
  "application/xslt+xml": "xslt",
  "application/xspf+xml": "xspf",
  "application/xv+xml": "mxml",
  "application/yaml": ["yaml", "yml"],
  "application/yang": "yang",
  "application/yin+xml": "yin",
  "application/ynd.ms-pkipko": "pko",
  "application/zip": "zip",
  "audio/adpcm": "adp",
  "audio/aiff": ["aiff", "aif", "aifc"],
  "audio/basic": ["snd", "au"],
  "audio/it": "it",
  "audio/make": ["funk", "my", "pfunk"],
  "audio/make.my.funk": "pfunk",
  "audio/mid": ["mid", "rmi"],
  "audio/midi": ["midi", "kar", "mid"],
  "audio/mod": "mod",
  "audio/mp4": "mp4a",
  "audio/mpeg": ["mpga", "mp3", "m2a", "mp2", "mpa", "mpg"],
  "audio/mpeg3": "mp3",
  "audio/nspaudio": ["la", "lma"],
  "audio/ogg": "oga",
  "audio/opus": "opus",
  "audio/s3m": "s3m",
  "audio/tsp-audio": "tsi",
  "audio/tsplayer": "tsp",
  "audio/vnd.dece.audio": "uva",
  "audio/vnd.digital-winds": "eol",
  "audio/vnd.dra": "dra",
  "audio/vnd.dts": "dts",
  "audio/vnd.dts.hd": "dtshd",
  "audio/vnd.lucent.voice": "lvp",
  "audio/vnd.ms-playready.media.pya": "pya",
  "audio/vnd.nuera.ecelp4800": "ecelp4800",
  "audio/vnd.nuera.ecelp7470": "ecelp7470",
  "audio/vnd.nuera.ecelp9600": "ecelp9600",
  "audio/vnd.qcelp": "qcp",
  "audio/vnd.rip": "rip",
  "audio/voc": "voc",
  "audio/voxware": "vox",
  "audio/wav": "wav",
  "audio/webm": "weba",
  "audio/x-aac": "aac",
  "audio/x-adpcm": "snd",
  "audio/x-aiff": ["aiff", "aif", "aifc"],
  "audio/x-au": "au",
  "audio/x-gsm": ["gsd", "gsm"],
  "audio/x-jam": "jam",
  "audio/x-liveaudio": "lam",
  "audio/x-m4a": "m4a",
  "audio/x-mid": ["mid", "midi"],
  "audio/x-midi": ["midi", "mid"],
  "audio/x-mod": "mod",
  "audio/x-mpeg": "mp2",
  "audio/x-mpeg-3": "mp3",
  "audio/x-mpegurl": "m3u",
  "audio/x-mpequrl": "m3u",
  "audio/x-ms-wax": "wax",
  "audio/x-ms-wma": "wma",
  "audio/x-nspaudio": ["la", "lma"],
  "audio/x-pn-realaudio": ["ra", "ram", "rm", "rmm", "rmp"],
  "audio/x-pn-realaudio-plugin": ["ra", "rmp", "rpm"],
  "audio/x-psid": "sid",
  "audio/x-realaudio": "ra",
  "audio/x-twinvq": "vqf",
  "audio/x-twinvq-plugin": ["vqe", "vql"],
  "audio/x-vnd.audioexplosion.mjuicemediafile": "mjf",
  "audio/x-voc": "voc",
  "audio/x-wav": "wav",
  "audio/xm": "xm",
  "chemical/x-cdx": "cdx",
  "chemical/x-cif": "cif",
  "chemical/x-cmdf": "cmdf",
  "chemical/x-cml": "cml",
  "chemical/x-csml": "csml",
  "chemical/x-pdb": ["pdb", "xyz"],
  "chemical/x-xyz": "xyz",
  "drawing/x-dwf": "dwf",
  "font/woff": "woff",
  "font/woff2": "woff2",
  "i-world/i-vrml": "ivr",
  "image/avif": "avif",
  "image/bmp": ["bmp", "bm"],
  "image/cgm": "cgm",
  "image/cis-cod": "cod",
  "image/cmu-raster": ["ras", "rast"],
  "image/fif": "fif",
  "image/florian": ["flo", "turbot"],
  "image/g3fax": "g3",
  "image/gif": "gif",
  "image/heic": "heic",
  "image/heif": "heif",
  "image/ief": ["ief", "iefs"],
  "image/jpeg": ["jpeg", "jpe", "jpg", "jfif", "jfif-tbnl"],
  "image/jutvision": "jut",
  "image/ktx": "ktx",
  "image/naplps": ["nap", "naplps"],
  "image/pict": ["pic", "pict"],
  "image/pipeg": "jfif",
  "image/pjpeg": ["jfif", "jpe", "jpeg", "jpg"],
  "image/png": ["png", "x-png"],
  "image/prs.btif": "btif",
  "image/svg+xml": "svg",
  "image/tiff": ["tif", "tiff"],
  "image/vasa": "mcf",
  "image/vnd.adobe.photoshop": "psd",
  "image/vnd.dece.graphic": "uvi",
  "image/vnd.djvu": "djvu",
  "image/vnd.dvb.subtitle": "sub",
  "image/vnd.dwg": ["dwg", "dxf", "svf"],
  "image/vnd.dxf": "dxf",
  "image/vnd.fastbidsheet": "fbs",
  "image/vnd.fpx": "fpx",
  "image/vnd.fst": "fst",
  "image/vnd.fujixerox.edmics-mmr": "mmr",
  "image/vnd.fujixerox.edmics-rlc": "rlc",
  "image/vnd.ms-modi": "mdi",
  "image/vnd.net-fpx": ["fpx", "npx"],
  "image/vnd.rn-realflash": "rf",
  "image/vnd.rn-realpix": "rp",
  "image/vnd.wap.wbmp": "wbmp",
  "image/vnd.xiff": "xif",
  "image/webp": "webp",
  "image/x-cmu-raster": "ras",
  "image/x-cmx": "cmx",
  "image/x-dwg": ["dwg", "dxf", "svf"],
  "image/x-freehand": "fh",
  "image/x-icon": "ico",
  "image/x-jg": "art",
  "image/x-jps": "jps",
  "image/x-niff": ["niff", "nif"],
  "image/x-pcx": "pcx",
  "image/x-pict": ["pct", "pic"],
  "image/x-portable-anymap": "pnm",
  "image/x-portable-bitmap": "pbm",
  "image/x-portable-graymap": "pgm",
  "image/x-portable-greymap": "pgm",
  "image/x-portable-pixmap": "ppm",
  "image/x-quicktime": ["qif", "qti", "qtif"],
  "image/x-rgb": "rgb",
  "image/x-tiff": ["tif", "tiff"],
  "image/x-windows-bmp": "bmp",
  "image/x-xbitmap": "xbm",
  "image/x-xbm": "xbm",
  "image/x-xpixmap": ["xpm", "pm"],
  "image/x-xwd": "xwd",
  "image/x-xwindowdump": "xwd",
  "image/xbm": "xbm",
  "image/xpm": "xpm",
  "message/rfc822": ["eml", "mht", "mhtml", "nws", "mime"],
  "model/iges": ["iges", "igs"],
  "model/mesh": "msh",
  "model/vnd.collada+xml": "dae",
  "model/vnd.dwf": "dwf",
  "model/vnd.gdl": "gdl",
  "model/vnd.gtw": "gtw",
  "model/vnd.mts": "mts",
  "model/vnd.vtu": "vtu",
  "model/vrml": ["vrml", "wrl", "wrz"],
  "model/x-pov": "pov",
  "multipart/x-gzip": "gzip",
  "multipart/x-ustar": "ustar",
  "multipart/x-zip": "zip",
  "music/crescendo": ["mid", "midi"],
  "music/x-karaoke": "kar",
  "paleovu/x-pv": "pvu",
  "text/asp": "asp",
  "text/calendar": "ics",
  "text/css": "css",
  "text/csv": "csv",
  "text/ecmascript": "js",
  "text/h323": "323",
  "text/html": ["html", "htm", "stm", "acgi", "htmls", "htx", "shtml"],
  "text/iuls": "uls",
  "text/javascript": "js",
  "text/markdown": "md",
  "text/mcf": "mcf",
  "text/n3": "n3",
  "text/pascal": "pas",
  "text/plain": [
    "txt",
    "bas",
    "c",
    "h",
    "c++",
    "cc",
    "com",
    "conf",
    "cxx",
    "def",
    "f",
    "f90",
    "for",
    "g",
    "hh",
    "idc",
    "jav",
    "java",
    "list",
    "log",
    "lst",
    "m",
    "mar",
    "pl",
    "sdml",
    "text"
  ],
  "text/plain-bas": "par",
  "text/prs.lines.tag": "dsc",
  "text/richtext": ["rtx", "rt", "rtf"],
  "text/scriplet": "wsc",
  "text/scriptlet": "sct",
  "text/sgml": ["sgm", "sgml"],
  "text/tab-separated-values": "tsv",
  "text/troff": "t",
  "text/turtle": "ttl",
  "text/uri-list": ["uni", "unis", "uri", "uris"],
  "text/vnd.abc": "abc",
  "text/vnd.curl": "curl",
  "text/vnd.curl.dcurl": "dcurl",
  "text/vnd.curl.mcurl": "mcurl",
  "text/vnd.curl.scurl": "scurl",
  "text/vnd.fly": "fly",
  "text/vnd.fmi.flexstor": "flx",
  "text/vnd.graphviz": "gv",
  "text/vnd.in3d.3dml": "3dml",
  "text/vnd.in3d.spot": "spot",
  "text/vnd.rn-realtext": "rt",
  "text/vnd.sun.j2me.app-descriptor": "jad",
  "text/vnd.wap.wml": "wml",
  "text/vnd.wap.wmlscript": "wmls",
  "text/webviewhtml": "htt",
  "text/x-asm": ["asm", "s"],
  "text/x-audiosoft-intra": "aip",
  "text/x-c": ["c", "cc", "cpp"],
  "text/x-component": "htc",
  "text/x-fortran": ["for", "f", "f77", "f90"],
  "text/x-h": ["h", "hh"],
  "text/x-java-source": ["java", "jav"],
  "text/x-la-asf": "lsx",
  "text/x-m": "m",
  "text/x-pascal": "p",
  "text/x-script": "hlb",
  "text/x-script.csh": "csh",
  "text/x-script.elisp": "el",
  "text/x-script.guile": "scm",
  "text/x-script.ksh": "ksh",
  "text/x-script.lisp": "lsp",
  "text/x-script.perl": "pl",
  "text/x-script.perl-module": "pm",
  "text/x-script.phyton": "py",
  "text/x-script.rexx": "rexx",
  "text/x-script.scheme": "scm",
  "text/x-script.sh": "sh",
  "text/x-script.tcl": "tcl",
  "text/x-script.tcsh": "tcsh",
  "text/x-script.zsh": "zsh",
  "text/x-server-parsed-html": ["shtml", "ssi"],
  "text/x-setext": "etx",
  "text/x-sgml": ["sgm", "sgml"],
  "text/x-speech": ["spc", "talk"],
  "text/x-uil": "uil",
  "text/x-uuencode": ["uu", "uue"],
  "text/x-vcalendar": "vcs",
  "text/x-vcard": "vcf",
  "text/xml": "xml",
  "video/3gpp": "3gp",
  "video/3gpp2": "3g2",
  "video/animaflex": "afl",
  "video/avi": "avi",
  "video/avs-video": "avs",
  "video/dl": "dl",
  "video/fli": "fli",
  "video/gl": "gl",
  "video/h261": "h261",
  "video/h263": "h263",
  "video/h264": "h264",
  "video/jpeg": "jpgv",
  "video/jpm": "jpm",
  "video/mj2": "mj2",
  "video/mp4": "mp4",
  "video/mpeg": ["mpeg", "mp2", "mpa", "mpe", "mpg", "mpv2", "m1v", "m2v", "mp3"],
  "video/msvideo": "avi",
  "video/ogg": "ogv",
  "video/quicktime": ["mov", "qt", "moov"],
  "video/vdo": "vdo",
  "video/vivo": ["viv", "vivo"],
  "video/vnd.dece.hd": "uvh",
  "video/vnd.dece.mobile": "uvm",
  "video/vnd.dece.pd": "uvp",
  "video/vnd.dece.sd": "uvs",
  "video/vnd.dece.video": "uvv",
  "video/vnd.fvt": "fvt",
  "video/vnd.mpegurl": "mxu",
  "video/vnd.ms-playready.media.pyv": "pyv",
  "video/vnd.rn-realvideo": "rv",
  "video/vnd.uvvu.mp4": "uvu",
  "video/vnd.vivo": ["viv", "vivo"],
  "video/vosaic": "vos",
  "video/webm": "webm",
  "video/x-amt-demorun": "xdr",
  "video/x-amt-showrun": "xsr",
  "video/x-atomic3d-feature": "fmf",
  "video/x-dl": "dl",
  "video/x-dv": ["dif", "dv"],
  "video/x-f4v": "f4v",
  "video/x-fli": "fli",
  "video/x-flv": "flv",
  "video/x-gl": "gl",
  "video/x-isvideo": "isu",
  "video/x-la-asf": ["lsf", "lsx"],
  "video/x-m4v": "m4v",
  "video/x-motion-jpeg": "mjpg",
  "video/x-mpeg": ["mp3", "mp2"],
  "video/x-mpeq2a": "mp2",
  "video/x-ms-asf": ["asf", "asr", "asx"],
  "video/x-ms-asf-plugin": "asx",
  "video/x-ms-wm": "wm",
  "video/x-ms-wmv": "wmv",
  "video/x-ms-wmx": "wmx",
  "video/x-ms-wvx": "wvx",
  "video/x-msvideo": "avi",
  "video/x-qtc": "qtc",
  "video/x-scm": "scm",
  "video/x-sgi-movie": ["movie", "mv"],
  "windows/metafile": "wmf",
  "www/mime": "mime",
  "x-conference/x-cooltalk": "ice",
  "x-music/x-midi": ["mid", "midi"],
  "x-world/x-3dmf": ["3dm", "3dmf", "qd3", "qd3d"],
  "x-world/x-svr": "svr",
  "x-world/x-vrml": ["flr", "vrml", "wrl", "wrz", "xaf", "xof"],
  "x-world/x-vrt": "vrt",
  "xgl/drawing": "xgz",
  "xgl/movie": "xmz"
};
var extensions = {
  "*": "application/octet-stream",
  "123": "application/vnd.lotus-1-2-3",
  "323": "text/h323",
  "3dm": "x-world/x-3dmf",
  "3dmf": "x-world/x-3dmf",
  "3dml": "text/vnd.in3d.3dml",
  "3g2": "video/3gpp2",
  "3gp": "video/3gpp",
  "7z": "application/x-7z-compressed",
  a: "application/octet-stream",
  aab: "application/x-authorware-bin",
  aac: "audio/x-aac",
  aam: "application/x-authorware-map",
  aas: "application/x-authorware-seg",
  abc: "text/vnd.abc",
  abw: "application/x-abiword",
  ac: "application/pkix-attr-cert",
  acc: "application/vnd.americandynamics.acc",
  ace: "application/x-ace-compressed",
  acgi: "text/html",
  acu: "application/vnd.acucobol",
  acx: "application/internet-property-stream",
  adp: "audio/adpcm",
  aep: "application/vnd.audiograph",
  afl: "video/animaflex",
  afp: "application/vnd.ibm.modcap",
  ahead: "application/vnd.ahead.space",
  ai: "application/postscript",
  aif: ["audio/aiff", "audio/x-aiff"],
  aifc: ["audio/aiff", "audio/x-aiff"],
  aiff: ["audio/aiff", "audio/x-aiff"],
  aim: "application/x-aim",
  aip: "text/x-audiosoft-intra",
  air: "application/vnd.adobe.air-application-installer-package+zip",
  ait: "application/vnd.dvb.ait",
  ami: "application/vnd.amiga.ami",
  ani: "application/x-navi-animation",
  aos: "application/x-nokia-9000-communicator-add-on-software",
  apk: "application/vnd.android.package-archive",
  application: "application/x-ms-application",
  apr: "application/vnd.lotus-approach",
  aps: "application/mime",
  arc: "application/octet-stream",
  arj: ["application/arj", "application/octet-stream"],
  art: "image/x-jg",
  asf: "video/x-ms-asf",
  asm: "text/x-asm",
  aso: "application/vnd.accpac.simply.aso",
  asp: "text/asp",
  asr: "video/x-ms-asf",
  asx: ["video/x-ms-asf", "application/x-mplayer2", "video/x-ms-asf-plugin"],
  atc: "application/vnd.acucorp",
  atomcat: "application/atomcat+xml",
  atomsvc: "application/atomsvc+xml",
  atx: "application/vnd.antix.game-component",
  au: ["audio/basic", "audio/x-au"],
  avi: ["video/avi", "video/msvideo", "application/x-troff-msvideo", "video/x-msvideo"],
  avif: "image/avif",
  avs: "video/avs-video",
  aw: "application/applixware",
  axs: "application/olescript",
  azf: "application/vnd.airzip.filesecure.azf",
  azs: "application/vnd.airzip.filesecure.azs",
  azw: "application/vnd.amazon.ebook",
  bas: "text/plain",
  bcpio: "application/x-bcpio",
  bdf: "application/x-font-bdf",
  bdm: "application/vnd.syncml.dm+wbxml",
  bed: "application/vnd.realvnc.bed",
  bh2: "application/vnd.fujitsu.oasysprs",
  bin: ["application/octet-stream", "application/mac-binary", "application/macbinary", "application/x-macbinary", "application/x-binary"],
  bm: "image/bmp",
  bmi: "application/vnd.bmi",
  bmp: ["image/bmp", "image/x-windows-bmp"],
  boo: "application/book",
  book: "application/book",
  box: "application/vnd.previewsystems.box",
  boz: "application/x-bzip2",
  bsh: "application/x-bsh",
  btif: "image/prs.btif",
  bz: "application/x-bzip",
  bz2: "application/x-bzip2",
  c: ["text/plain", "text/x-c"],
  "c++": "text/plain",
  c11amc: "application/vnd.cluetrust.cartomobile-config",
  c11amz: "application/vnd.cluetrust.cartomobile-config-pkg",
  c4g: "application/vnd.clonk.c4group",
  cab: "application/vnd.ms-cab-compressed",
  car: "application/vnd.curl.car",
  cat: ["application/vnd.ms-pkiseccat", "application/vnd.ms-pki.seccat"],
  cc: ["text/plain", "text/x-c"],
  ccad: "application/clariscad",
  cco: "application/x-cocoa",
  ccxml: "application/ccxml+xml",
  cdbcmsg: "application/vnd.contact.cmsg",
  cdf: ["application/cdf", "application/x-cdf", "application/x-netcdf"],
  cdkey: "application/vnd.mediastation.cdkey",
  cdmia: "application/cdmi-capability",
  cdmic: "application/cdmi-container",
  cdmid: "application/cdmi-domain",
  cdmio: "application/cdmi-object",
  cdmiq: "application/cdmi-queue",
  cdx: "chemical/x-cdx",
  cdxml: "application/vnd.chemdraw+xml",
  cdy: "application/vnd.cinderella",
  cer: ["application/pkix-cert", "application/x-x509-ca-cert"],
  cgm: "image/cgm",
  cha: "application/x-chat",
  chat: "application/x-chat",
  chm: "application/vnd.ms-htmlhelp",
  chrt: "application/vnd.kde.kchart",
  cif: "chemical/x-cif",
  cii: "application/vnd.anser-web-certificate-issue-initiation",
  cil: "application/vnd.ms-artgalry",
  cla: "application/vnd.claymore",
  class: ["application/octet-stream", "application/java", "application/java-byte-code", "application/java-vm", "application/x-java-class"],
  clkk: "application/vnd.crick.clicker.keyboard",
  clkp: "application/vnd.crick.clicker.palette",
  clkt: "application/vnd.crick.clicker.template",
  clkw: "application/vnd.crick.clicker.wordbank",
  clkx: "application/vnd.crick.clicker",
  clp: "application/x-msclip",
  cmc: "application/vnd.cosmocaller",
  cmdf: "chemical/x-cmdf",
  cml: "chemical/x-cml",
  cmp: "application/vnd.yellowriver-custom-menu",
  cmx: "image/x-cmx",
  cod: ["image/cis-cod", "application/vnd.rim.cod"],
  com: ["application/octet-stream", "text/plain"],
  conf: "text/plain",
  cpio: "application/x-cpio",
  cpp: "text/x-c",
  cpt: ["application/mac-compactpro", "application/x-compactpro", "application/x-cpt"],
  crd: "application/x-mscardfile",
  crl: ["application/pkix-crl", "application/pkcs-crl"],
  crt: ["application/pkix-cert", "application/x-x509-user-cert", "application/x-x509-ca-cert"],
  cryptonote: "application/vnd.rig.cryptonote",
  csh: ["text/x-script.csh", "application/x-csh"],
  csml: "chemical/x-csml",
  csp: "application/vnd.commonspace",
  css: ["text/css", "application/x-pointplus"],
  csv: "text/csv",
  cu: "application/cu-seeme",
  curl: "text/vnd.curl",
  cww: "application/prs.cww",
  cxx: "text/plain",
  dae: "model/vnd.collada+xml",
  daf: "application/vnd.mobius.daf",
  davmount: "application/davmount+xml",
  dcr: "application/x-director",
  dcurl: "text/vnd.curl.dcurl",
  dd2: "application/vnd.oma.dd2+xml",
  ddd: "application/vnd.fujixerox.ddd",
  deb: "application/x-debian-package",
  deepv: "application/x-deepv",
  def: "text/plain",
  der: "application/x-x509-ca-cert",
  dfac: "application/vnd.dreamfactory",
  dif: "video/x-dv",
  dir: "application/x-director",
  dis: "application/vnd.mobius.dis",
  djvu: "image/vnd.djvu",
  dl: ["video/dl", "video/x-dl"],
  dll: "application/x-msdownload",
  dms: "application/octet-stream",
  dna: "application/vnd.dna",
  doc: "application/msword",
  docm: "application/vnd.ms-word.document.macroenabled.12",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  dot: "application/msword",
  dotm: "application/vnd.ms-word.template.macroenabled.12",
  dotx: "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
  dp: ["application/commonground", "application/vnd.osgi.dp"],
  dpg: "application/vnd.dpgraph",
  dra: "audio/vnd.dra",
  drw: "application/drafting",
  dsc: "text/prs.lines.tag",
  dssc: "application/dssc+der",
  dtb: "application/x-dtbook+xml",
  dtd: "application/xml-dtd",
  dts: "audio/vnd.dts",
  dtshd: "audio/vnd.dts.hd",
  dump: "application/octet-stream",
  dv: "video/x-dv",
  dvi: "application/x-dvi",
  dwf: ["model/vnd.dwf", "drawing/x-dwf"],
  dwg: ["application/acad", "image/vnd.dwg", "image/x-dwg"],
  dxf: ["application/dxf", "image/vnd.dwg", "image/vnd.dxf", "image/x-dwg"],
  dxp: "application/vnd.spotfire.dxp",
  dxr: "application/x-director",
  ecelp4800: "audio/vnd.nuera.ecelp4800",
  ecelp7470: "audio/vnd.nuera.ecelp7470",
  ecelp9600: "audio/vnd.nuera.ecelp9600",
  edm: "application/vnd.novadigm.edm",
  edx: "application/vnd.novadigm.edx",
  efif: "application/vnd.picsel",
  ei6: "application/vnd.pg.osasli",
  el: "text/x-script.elisp",
  elc: ["application/x-elc", "application/x-bytecode.elisp"],
  eml: "message/rfc822",
  emma: "application/emma+xml",
  env: "application/x-envoy",
  eol: "audio/vnd.digital-winds",
  eot: "application/vnd.ms-fontobject",
  eps: "application/postscript",
  epub: "application/epub+zip",
  es: ["application/ecmascript", "application/x-esrehber"],
  es3: "application/vnd.eszigno3+xml",
  esf: "application/vnd.epson.esf",
  etx: "text/x-setext",
  evy: ["application/envoy", "application/x-envoy"],
  exe: ["application/octet-stream", "application/x-msdownload"],
  exi: "application/exi",
  ext: "application/vnd.novadigm.ext",
  ez2: "application/vnd.ezpix-album",
  ez3: "application/vnd.ezpix-package",
  f: ["text/plain", "text/x-fortran"],
  f4v: "video/x-f4v",
  f77: "text/x-fortran",
  f90: ["text/plain", "text/x-fortran"],
  fbs: "image/vnd.fastbidsheet",
  fcs: "application/vnd.isac.fcs",
  fdf: "application/vnd.fdf",
  fe_launch: "application/vnd.denovo.fcselayout-link",
  fg5: "application/vnd.fujitsu.oasysgp",
  fh: "image/x-freehand",
  fif: ["application/fractals", "image/fif"],
  fig: "application/x-xfig",
  fli: ["video/fli", "video/x-fli"],
  flo: ["image/florian", "application/vnd.micrografx.flo"],
  flr: "x-world/x-vrml",
  flv: "video/x-flv",
  flw: "application/vnd.kde.kivio",
  flx: "text/vnd.fmi.flexstor",
  fly: "text/vnd.fly",
  fm: "application/vnd.framemaker",
  fmf: "video/x-atomic3d-feature",
  fnc: "application/vnd.frogans.fnc",
  for: ["text/plain", "text/x-fortran"],
  fpx: ["image/vnd.fpx", "image/vnd.net-fpx"],
  frl: "application/freeloader",
  fsc: "application/vnd.fsc.weblaunch",
  fst: "image/vnd.fst",
  ftc: "application/vnd.fluxtime.clip",
  fti: "application/vnd.anser-web-funds-transfer-initiation",
  funk: "audio/make",
  fvt: "video/vnd.fvt",
  fxp: "application/vnd.adobe.fxp",
  fzs: "application/vnd.fuzzysheet",
  g: "text/plain",
  g2w: "application/vnd.geoplan",
  g3: "image/g3fax",
  g3w: "application/vnd.geospace",
  gac: "application/vnd.groove-account",
  gdl: "model/vnd.gdl",
  geo: "application/vnd.dynageo",
  geojson: "application/geo+json",
  gex: "application/vnd.geometry-explorer",
  ggb: "application/vnd.geogebra.file",
  ggt: "application/vnd.geogebra.tool",
  ghf: "application/vnd.groove-help",
  gif: "image/gif",
  gim: "application/vnd.groove-identity-message",
  gl: ["video/gl", "video/x-gl"],
  gmx: "application/vnd.gmx",
  gnumeric: "application/x-gnumeric",
  gph: "application/vnd.flographit",
  gqf: "application/vnd.grafeq",
  gram: "application/srgs",
  grv: "application/vnd.groove-injector",
  grxml: "application/srgs+xml",
  gsd: "audio/x-gsm",
  gsf: "application/x-font-ghostscript",
  gsm: "audio/x-gsm",
  gsp: "application/x-gsp",
  gss: "application/x-gss",
  gtar: "application/x-gtar",
  gtm: "application/vnd.groove-tool-message",
  gtw: "model/vnd.gtw",
  gv: "text/vnd.graphviz",
  gxt: "application/vnd.geonext",
  gz: ["application/x-gzip", "application/x-compressed"],
  gzip: ["multipart/x-gzip", "application/x-gzip"],
  h: ["text/plain", "text/x-h"],
  h261: "video/h261",
  h263: "video/h263",
  h264: "video/h264",
  hal: "application/vnd.hal+xml",
  hbci: "application/vnd.hbci",
  hdf: "application/x-hdf",
  heic: "image/heic",
  heif: "image/heif",
  help: "application/x-helpfile",
  hgl: "application/vnd.hp-hpgl",
  hh: ["text/plain", "text/x-h"],
  hlb: "text/x-script",
  hlp: ["application/winhlp", "application/hlp", "application/x-helpfile", "application/x-winhelp"],
  hpg: "application/vnd.hp-hpgl",
  hpgl: "application/vnd.hp-hpgl",
  hpid: "application/vnd.hp-hpid",
  hps: "application/vnd.hp-hps",
  hqx: [
    "application/mac-binhex40",
    "application/binhex",
    "application/binhex4",
    "application/mac-binhex",
    "application/x-binhex40",
    "application/x-mac-binhex40"
  ],
  hta: "application/hta",
  htc: "text/x-component",
  htke: "application/vnd.kenameaapp",
  htm: "text/html",
  html: "text/html",
  htmls: "text/html",
  htt: "text/webviewhtml",
  htx: "text/html",
  hvd: "application/vnd.yamaha.hv-dic",
  hvp: "application/vnd.yamaha.hv-voice",
  hvs: "application/vnd.yamaha.hv-script",
  i2g: "application/vnd.intergeo",
  icc: "application/vnd.iccprofile",
  ice: "x-conference/x-cooltalk",
  ico: "image/x-icon",
  ics: "text/calendar",
  idc: "text/plain",
  ief: "image/ief",
  iefs: "image/ief",
  ifm: "application/vnd.shana.informed.formdata",
  iges: ["application/iges", "model/iges"],
  igl: "application/vnd.igloader",
  igm: "application/vnd.insors.igm",
  igs: ["application/iges", "model/iges"],
  igx: "application/vnd.micrografx.igx",
  iif: "application/vnd.shana.informed.interchange",
  iii: "application/x-iphone",
  ima: "application/x-ima",
  imap: "application/x-httpd-imap",
  imp: "application/vnd.accpac.simply.imp",
  ims: "application/vnd.ms-ims",
  inf: "application/inf",
  ins: ["application/x-internet-signup", "application/x-internett-signup"],
  ip: "application/x-ip2",
  ipfix: "application/ipfix",
  ipk: "application/vnd.shana.informed.package",
  irm: "application/vnd.ibm.rights-management",
  irp: "application/vnd.irepository.package+xml",
  isp: "application/x-internet-signup",
  isu: "video/x-isvideo",
  it: "audio/it",
  itp: "application/vnd.shana.informed.formtemplate",
  iv: "application/x-inventor",
  ivp: "application/vnd.immervision-ivp",
  ivr: "i-world/i-vrml",
  ivu: "application/vnd.immervision-ivu",
  ivy: "application/x-livescreen",
  jad: "text/vnd.sun.j2me.app-descriptor",
  jam: ["application/vnd.jam", "audio/x-jam"],
  jar: "application/java-archive",
  jav: ["text/plain", "text/x-java-source"],
  java: ["text/plain", "text/x-java-source"],
  jcm: "application/x-java-commerce",
  jfif: ["image/pipeg", "image/jpeg", "image/pjpeg"],
  "jfif-tbnl": "image/jpeg",
  jisp: "application/vnd.jisp",
  jlt: "application/vnd.hp-jlyt",
  jnlp: "application/x-java-jnlp-file",
  joda: "application/vnd.joost.joda-archive",
  jpe: ["image/jpeg", "image/pjpeg"],
  jpeg: ["image/jpeg", "image/pjpeg"],
  jpg: ["image/jpeg", "image/pjpeg"],
  jpgv: "video/jpeg",
  jpm: "video/jpm",
  jps: "image/x-jps",
  js: ["application/javascript", "application/ecmascript", "text/javascript", "text/ecmascript", "application/x-javascript"],
  json: "application/json",
  jut: "image/jutvision",
  kar: ["audio/midi", "music/x-karaoke"],
  karbon: "application/vnd.kde.karbon",
  kfo: "application/vnd.kde.kformula",
  kia: "application/vnd.kidspiration",
  kml: "application/vnd.google-earth.kml+xml",
  kmz: "application/vnd.google-earth.kmz",
  kne: "application/vnd.kinar",
  kon: "application/vnd.kde.kontour",
  kpr: "application/vnd.kde.kpresenter",
  ksh: ["application/x-ksh", "text/x-script.ksh"],
  ksp: "application/vnd.kde.kspread",
  ktx: "image/ktx",
  ktz: "application/vnd.kahootz",
  kwd: "application/vnd.kde.kword",
  la: ["audio/nspaudio", "audio/x-nspaudio"],
  lam: "audio/x-liveaudio",
  lasxml: "application/vnd.las.las+xml",
  latex: "application/x-latex",
  lbd: "application/vnd.llamagraphics.life-balance.desktop",
  lbe: "application/vnd.llamagraphics.life-balance.exchange+xml",
  les: "application/vnd.hhe.lesson-player",
  lha: ["application/octet-stream", "application/lha", "application/x-lha"],
  lhx: "application/octet-stream",
  link66: "application/vnd.route66.link66+xml",
  list: "text/plain",
  lma: ["audio/nspaudio", "audio/x-nspaudio"],
  log: "text/plain",
  lrm: "application/vnd.ms-lrm",
  lsf: "video/x-la-asf",
  lsp: ["application/x-lisp", "text/x-script.lisp"],
  lst: "text/plain",
  lsx: ["video/x-la-asf", "text/x-la-asf"],
  ltf: "application/vnd.frogans.ltf",
  ltx: "application/x-latex",
  lvp: "audio/vnd.lucent.voice",
  lwp: "application/vnd.lotus-wordpro",
  lzh: ["application/octet-stream", "application/x-lzh"],
  lzx: ["application/lzx", "application/octet-stream", "application/x-lzx"],
  m: ["text/plain", "text/x-m"],
  m13: "application/x-msmediaview",
  m14: "application/x-msmediaview",
  m1v: "video/mpeg",
  m21: "application/mp21",
  m2a: "audio/mpeg",
  m2v: "video/mpeg",
  m3u: ["audio/x-mpegurl", "audio/x-mpequrl"],
  m3u8: "application/vnd.apple.mpegurl",
  m4a: "audio/mp4",
  m4v: "video/x-m4v",
  ma: "application/mathematica",
  mads: "application/mads+xml",
  mag: "application/vnd.ecowin.chart",
  man: "application/x-troff-man",
  map: "application/x-navimap",
  mar: "text/plain",
  markdown: "text/markdown",
  mathml: "application/mathml+xml",
  mbd: "application/mbedlet",
  mbk: "application/vnd.mobius.mbk",
  mbox: "application/mbox",
  mc$: "application/x-magic-cap-package-1.0",
  mc1: "application/vnd.medcalcdata",
  mcd: ["application/mcad", "application/vnd.mcd", "application/x-mathcad"],
  mcf: ["image/vasa", "text/mcf"],
  mcp: "application/netmc",
  mcurl: "text/vnd.curl.mcurl",
  md: "text/markdown",
  mdb: "application/x-msaccess",
  mdi: "image/vnd.ms-modi",
  me: "application/x-troff-me",
  meta4: "application/metalink4+xml",
  mets: "application/mets+xml",
  mfm: "application/vnd.mfmp",
  mgp: "application/vnd.osgeo.mapguide.package",
  mgz: "application/vnd.proteus.magazine",
  mht: "message/rfc822",
  mhtml: "message/rfc822",
  mid: ["audio/mid", "audio/midi", "music/crescendo", "x-music/x-midi", "audio/x-midi", "application/x-midi", "audio/x-mid"],
  midi: ["audio/midi", "music/crescendo", "x-music/x-midi", "audio/x-midi", "application/x-midi", "audio/x-mid"],
  mif: ["application/vnd.mif", "application/x-mif", "application/x-frame"],
  mime: ["message/rfc822", "www/mime"],
  mj2: "video/mj2",
  mjf: "audio/x-vnd.audioexplosion.mjuicemediafile",
  mjpg: "video/x-motion-jpeg",
  mjs: "text/javascript",
  mlp: "application/vnd.dolby.mlp",
  mm: ["application/base64", "application/x-meme"],
  mmd: "application/vnd.chipnuts.karaoke-mmd",
  mme: "application/base64",
  mmf: "application/vnd.smaf",
  mmr: "image/vnd.fujixerox.edmics-mmr",
  mny: "application/x-msmoney",
  mod: ["audio/mod", "audio/x-mod"],
  mods: "application/mods+xml",
  moov: "video/quicktime",
  mov: "video/quicktime",
  movie: "video/x-sgi-movie",
  mp2: ["video/mpeg", "audio/mpeg", "video/x-mpeg", "audio/x-mpeg", "video/x-mpeq2a"],
  mp3: ["audio/mpeg", "audio/mpeg3", "video/mpeg", "audio/x-mpeg-3", "video/x-mpeg"],
  mp4: ["video/mp4", "application/mp4"],
  mp4a: "audio/mp4",
  mpa: ["video/mpeg", "audio/mpeg"],
  mpc: ["application/vnd.mophun.certificate", "application/x-project"],
  mpe: "video/mpeg",
  mpeg: "video/mpeg",
  mpg: ["video/mpeg", "audio/mpeg"],
  mpga: "audio/mpeg",
  mpkg: "application/vnd.apple.installer+xml",
  mpm: "application/vnd.blueice.multipass",
  mpn: "application/vnd.mophun.application",
  mpp: "application/vnd.ms-project",
  mpt: "application/x-project",
  mpv: "application/x-project",
  mpv2: "video/mpeg",
  mpx: "application/x-project",
  mpy: "application/vnd.ibm.minipay",
  mqy: "application/vnd.mobius.mqy",
  mrc: "application/marc",
  mrcx: "application/marcxml+xml",
  ms: "application/x-troff-ms",
  mscml: "application/mediaservercontrol+xml",
  mseq: "application/vnd.mseq",
  msf: "application/vnd.epson.msf",
  msg: "application/vnd.ms-outlook",
  msh: "model/mesh",
  msl: "application/vnd.mobius.msl",
  msty: "application/vnd.muvee.style",
  mts: "model/vnd.mts",
  mus: "application/vnd.musician",
  musicxml: "application/vnd.recordare.musicxml+xml",
  mv: "video/x-sgi-movie",
  mvb: "application/x-msmediaview",
  mwf: "application/vnd.mfer",
  mxf: "application/mxf",
  mxl: "application/vnd.recordare.musicxml",
  mxml: "application/xv+xml",
  mxs: "application/vnd.triscape.mxs",
  mxu: "video/vnd.mpegurl",
  my: "audio/make",
  mzz: "application/x-vnd.audioexplosion.mzz",
  "n-gage": "application/vnd.nokia.n-gage.symbian.install",
  n3: "text/n3",
  nap: "image/naplps",
  naplps: "image/naplps",
  nbp: "application/vnd.wolfram.player",
  nc: "application/x-netcdf",
  ncm: "application/vnd.nokia.configuration-message",
  ncx: "application/x-dtbncx+xml",
  ngdat: "application/vnd.nokia.n-gage.data",
  nif: "image/x-niff",
  niff: "image/x-niff",
  nix: "application/x-mix-transfer",
  nlu: "application/vnd.neurolanguage.nlu",
  nml: "application/vnd.enliven",
  nnd: "application/vnd.noblenet-directory",
  nns: "application/vnd.noblenet-sealer",
  nnw: "application/vnd.noblenet-web",
  npx: "image/vnd.net-fpx",
  nsc: "application/x-conference",
  nsf: "application/vnd.lotus-notes",
  nvd: "application/x-navidoc",
  nws: "message/rfc822",
  o: "application/octet-stream",
  oa2: "application/vnd.fujitsu.oasys2",
  oa3: "application/vnd.fujitsu.oasys3",
  oas: "application/vnd.fujitsu.oasys",
  obd: "application/x-msbinder",
  oda: "application/oda",
  odb: "application/vnd.oasis.opendocument.database",
  odc: "application/vnd.oasis.opendocument.chart",
  odf: "application/vnd.oasis.opendocument.formula",
  odft: "application/vnd.oasis.opendocument.formula-template",
  odg: "application/vnd.oasis.opendocument.graphics",
  odi: "application/vnd.oasis.opendocument.image",
  odm: "application/vnd.oasis.opendocument.text-master",
  odp: "application/vnd.oasis.opendocument.presentation",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odt: "application/vnd.oasis.opendocument.text",
  oga: "audio/ogg",
  ogv: "video/ogg",
  ogx: "application/ogg",
  omc: "application/x-omc",
  omcd: "application/x-omcdatamaker",
  omcr: "application/x-omcregerator",
  onetoc: "application/onenote",
  opf: "application/oebps-package+xml",
  opus: "audio/opus",
  org: "application/vnd.lotus-organizer",
  osf: "application/vnd.yamaha.openscoreformat",
  osfpvg: "application/vnd.yamaha.openscoreformat.osfpvg+xml",
  otc: "application/vnd.oasis.opendocument.chart-template",
  otf: "application/x-font-otf",
  otg: "application/vnd.oasis.opendocument.graphics-template",
  oth: "application/vnd.oasis.opendocument.text-web",
  oti: "application/vnd.oasis.opendocument.image-template",
  otp: "application/vnd.oasis.opendocument.presentation-template",
  ots: "application/vnd.oasis.opendocument.spreadsheet-template",
  ott: "application/vnd.oasis.opendocument.text-template",
  oxt: "application/vnd.openofficeorg.extension",
  p: "text/x-pascal",
  p10: ["application/pkcs10", "application/x-pkcs10"],
  p12: ["application/pkcs-12", "application/x-pkcs12"],
  p7a: "application/x-pkcs7-signature",
  p7b: "application/x-pkcs7-certificates",
  p7c: ["application/pkcs7-mime", "application/x-pkcs7-mime"],
  p7m: ["application/pkcs7-mime", "application/x-pkcs7-mime"],
  p7r: "application/x-pkcs7-certreqresp",
  p7s: ["application/pkcs7-signature", "application/x-pkcs7-signature"],
  p8: "application/pkcs8",
  par: "text/plain-bas",
  part: "application/pro_eng",
  pas: "text/pascal",
  paw: "application/vnd.pawaafile",
  pbd: "application/vnd.powerbuilder6",
  pbm: "image/x-portable-bitmap",
  pcf: "application/x-font-pcf",
  pcl: ["application/vnd.hp-pcl", "application/x-pcl"],
  pclxl: "application/vnd.hp-pclxl",
  pct: "image/x-pict",
  pcurl: "application/vnd.curl.pcurl",
  pcx: "image/x-pcx",
  pdb: ["application/vnd.palm", "chemical/x-pdb"],
  pdf: "application/pdf",
  pfa: "application/x-font-type1",
  pfr: "application/font-tdpfr",
  pfunk: ["audio/make", "audio/make.my.funk"],
  pfx: "application/x-pkcs12",
  pgm: ["image/x-portable-graymap", "image/x-portable-greymap"],
  pgn: "application/x-chess-pgn",
  pgp: "application/pgp-signature",
  pic: ["image/pict", "image/x-pict"],
  pict: "image/pict",
  pkg: "application/x-newton-compatible-pkg",
  pki: "application/pkixcmp",
  pkipath: "application/pkix-pkipath",
  pko: ["application/ynd.ms-pkipko", "application/vnd.ms-pki.pko"],
  pl: ["text/plain", "text/x-script.perl"],
  plb: "application/vnd.3gpp.pic-bw-large",
  plc: "application/vnd.mobius.plc",
  plf: "application/vnd.pocketlearn",
  pls: "application/pls+xml",
  plx: "application/x-pixclscript",
  pm: ["text/x-script.perl-module", "image/x-xpixmap"],
  pm4: "application/x-pagemaker",
  pm5: "application/x-pagemaker",
  pma: "application/x-perfmon",
  pmc: "application/x-perfmon",
  pml: ["application/vnd.ctc-posml", "application/x-perfmon"],
  pmr: "application/x-perfmon",
  pmw: "application/x-perfmon",
  png: "image/png",
  pnm: ["application/x-portable-anymap", "image/x-portable-anymap"],
  portpkg: "application/vnd.macports.portpkg",
  pot: ["application/vnd.ms-powerpoint", "application/mspowerpoint"],
  potm: "application/vnd.ms-powerpoint.template.macroenabled.12",
  potx: "application/vnd.openxmlformats-officedocument.presentationml.template",
  pov: "model/x-pov",
  ppa: "application/vnd.ms-powerpoint",
  ppam: "application/vnd.ms-powerpoint.addin.macroenabled.12",
  ppd: "application/vnd.cups-ppd",
  ppm: "image/x-portable-pixmap",
  pps: ["application/vnd.ms-powerpoint", "application/mspowerpoint"],
  ppsm: "application/vnd.ms-powerpoint.slideshow.macroenabled.12",
  ppsx: "application/vnd.openxmlformats-officedocument.presentationml.slideshow",
  ppt: ["application/vnd.ms-powerpoint", "application/mspowerpoint", "application/powerpoint", "application/x-mspowerpoint"],
  pptm: "application/vnd.ms-powerpoint.presentation.macroenabled.12",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  ppz: "application/mspowerpoint",
  prc: "application/x-mobipocket-ebook",
  pre: ["application/vnd.lotus-freelance", "application/x-freelance"],
  prf: "application/pics-rules",
  prt: "application/pro_eng",
  ps: "application/postscript",
  psb: "application/vnd.3gpp.pic-bw-small",
  psd: ["application/octet-stream", "image/vnd.adobe.photoshop"],
  psf: "application/x-font-linux-psf",
  pskcxml: "application/pskc+xml",
  ptid: "application/vnd.pvi.ptid1",
  pub: "application/x-mspublisher",
  pvb: "application/vnd.3gpp.pic-bw-var",
  pvu: "paleovu/x-pv",
  pwn: "application/vnd.3m.post-it-notes",
  pwz: "application/vnd.ms-powerpoint",
  py: "text/x-script.phyton",
  pya: "audio/vnd.ms-playready.media.pya",
  pyc: "application/x-bytecode.python",
  pyv: "video/vnd.ms-playready.media.pyv",
  qam: "application/vnd.epson.quickanime",
  qbo: "application/vnd.intu.qbo",
  qcp: "audio/vnd.qcelp",
  qd3: "x-world/x-3dmf",
  qd3d: "x-world/x-3dmf",
  qfx: "application/vnd.intu.qfx",
  qif: "image/x-quicktime",
  qps: "application/vnd.publishare-delta-tree",
  qt: "video/quicktime",
  qtc: "video/x-qtc",
  qti: "image/x-quicktime",
  qtif: "image/x-quicktime",
  qxd: "application/vnd.quark.quarkxpress",
  ra: ["audio/x-realaudio", "audio/x-pn-realaudio", "audio/x-pn-realaudio-plugin"],
  ram: "audio/x-pn-realaudio",
  rar: "application/x-rar-compressed",
  ras: ["image/cmu-raster", "application/x-cmu-raster", "image/x-cmu-raster"],
  rast: "image/cmu-raster",
  rcprofile: "application/vnd.ipunplugged.rcprofile",
  rdf: "application/rdf+xml",
  rdz: "application/vnd.data-vision.rdz",
  rep: "application/vnd.businessobjects",
  res: "application/x-dtbresource+xml",
  rexx: "text/x-script.rexx",
  rf: "image/vnd.rn-realflash",
  rgb: "image/x-rgb",
  rif: "application/reginfo+xml",
  rip: "audio/vnd.rip",
  rl: "application/resource-lists+xml",
  rlc: "image/vnd.fujixerox.edmics-rlc",
  rld: "application/resource-lists-diff+xml",
  rm: ["application/vnd.rn-realmedia", "audio/x-pn-realaudio"],
  rmi: "audio/mid",
  rmm: "audio/x-pn-realaudio",
  rmp: ["audio/x-pn-realaudio-plugin", "audio/x-pn-realaudio"],
  rms: "application/vnd.jcp.javame.midlet-rms",
  rnc: "application/relax-ng-compact-syntax",
  rng: ["application/ringing-tones", "application/vnd.nokia.ringing-tone"],
  rnx: "application/vnd.rn-realplayer",
  roff: "application/x-troff",
  rp: "image/vnd.rn-realpix",
  rp9: "application/vnd.cloanto.rp9",
  rpm: "audio/x-pn-realaudio-plugin",
  rpss: "application/vnd.nokia.radio-presets",
  rpst: "application/vnd.nokia.radio-preset",
  rq: "application/sparql-query",
  rs: "application/rls-services+xml",
  rsd: "application/rsd+xml",
  rt: ["text/richtext", "text/vnd.rn-realtext"],
  rtf: ["application/rtf", "text/richtext", "application/x-rtf"],
  rtx: ["text/richtext", "application/rtf"],
  rv: "video/vnd.rn-realvideo",
  s: "text/x-asm",
  s3m: "audio/s3m",
  saf: "application/vnd.yamaha.smaf-audio",
  saveme: "application/octet-stream",
  sbk: "application/x-tbook",
  sbml: "application/sbml+xml",
  sc: "application/vnd.ibm.secure-container",
  scd: "application/x-msschedule",
  scm: ["application/vnd.lotus-screencam", "video/x-scm", "text/x-script.guile", "application/x-lotusscreencam", "text/x-script.scheme"],
  scq: "application/scvp-cv-request",
  scs: "application/scvp-cv-response",
  sct: "text/scriptlet",
  scurl: "text/vnd.curl.scurl",
  sda: "application/vnd.stardivision.draw",
  sdc: "application/vnd.stardivision.calc",
  sdd: "application/vnd.stardivision.impress",
  sdkm: "application/vnd.solent.sdkm+xml",
  sdml: "text/plain",
  sdp: ["application/sdp", "application/x-sdp"],
  sdr: "application/sounder",
  sdw: "application/vnd.stardivision.writer",
  sea: ["application/sea", "application/x-sea"],
  see: "application/vnd.seemail",
  seed: "application/vnd.fdsn.seed",
  sema: "application/vnd.sema",
  semd: "application/vnd.semd",
  semf: "application/vnd.semf",
  ser: "application/java-serialized-object",
  set: "application/set",
  setpay: "application/set-payment-initiation",
  setreg: "application/set-registration-initiation",
  "sfd-hdstx": "application/vnd.hydrostatix.sof-data",
  sfs: "application/vnd.spotfire.sfs",
  sgl: "application/vnd.stardivision.writer-global",
  sgm: ["text/sgml", "text/x-sgml"],
  sgml: ["text/sgml", "text/x-sgml"],
  sh: ["application/x-shar", "application/x-bsh", "application/x-sh", "text/x-script.sh"],
  shar: ["application/x-bsh", "application/x-shar"],
  shf: "application/shf+xml",
  shtml: ["text/html", "text/x-server-parsed-html"],
  sid: "audio/x-psid",
  sis: "application/vnd.symbian.install",
  sit: ["application/x-stuffit", "application/x-sit"],
  sitx: "application/x-stuffitx",
  skd: "application/x-koan",
  skm: "application/x-koan",
  skp: ["application/vnd.koan", "application/x-koan"],
  skt: "application/x-koan",
  sl: "application/x-seelogo",
  sldm: "application/vnd.ms-powerpoint.slide.macroenabled.12",
  sldx: "application/vnd.openxmlformats-officedocument.presentationml.slide",
  slt: "application/vnd.epson.salt",
  sm: "application/vnd.stepmania.stepchart",
  smf: "application/vnd.stardivision.math",
  smi: ["application/smil", "application/smil+xml"],
  smil: "application/smil",
  snd: ["audio/basic", "audio/x-adpcm"],
  snf: "application/x-font-snf",
  sol: "application/solids",
  spc: ["text/x-speech", "application/x-pkcs7-certificates"],
  spf: "application/vnd.yamaha.smaf-phrase",
  spl: ["application/futuresplash", "application/x-futuresplash"],
  spot: "text/vnd.in3d.spot",
  spp: "application/scvp-vp-response",
  spq: "application/scvp-vp-request",
  spr: "application/x-sprite",
  sprite: "application/x-sprite",
  src: "application/x-wais-source",
  sru: "application/sru+xml",
  srx: "application/sparql-results+xml",
  sse: "application/vnd.kodak-descriptor",
  ssf: "application/vnd.epson.ssf",
  ssi: "text/x-server-parsed-html",
  ssm: "application/streamingmedia",
  ssml: "application/ssml+xml",
  sst: ["application/vnd.ms-pkicertstore", "application/vnd.ms-pki.certstore"],
  st: "application/vnd.sailingtracker.track",
  stc: "application/vnd.sun.xml.calc.template",
  std: "application/vnd.sun.xml.draw.template",
  step: "application/step",
  stf: "application/vnd.wt.stf",
  sti: "application/vnd.sun.xml.impress.template",
  stk: "application/hyperstudio",
  stl: ["application/vnd.ms-pkistl", "application/sla", "application/vnd.ms-pki.stl", "application/x-navistyle"],
  stm: "text/html",
  stp: "application/step",
  str: "application/vnd.pg.format",
  stw: "application/vnd.sun.xml.writer.template",
  sub: "image/vnd.dvb.subtitle",
  sus: "application/vnd.sus-calendar",
  sv4cpio: "application/x-sv4cpio",
  sv4crc: "application/x-sv4crc",
  svc: "application/vnd.dvb.service",
  svd: "application/vnd.svd",
  svf: ["image/vnd.dwg", "image/x-dwg"],
  svg: "image/svg+xml",
  svr: ["x-world/x-svr", "application/x-world"],
  swf: "application/x-shockwave-flash",
  swi: "application/vnd.aristanetworks.swi",
  sxc: "application/vnd.sun.xml.calc",
  sxd: "application/vnd.sun.xml.draw",
  sxg: "application/vnd.sun.xml.writer.global",
  sxi: "application/vnd.sun.xml.impress",
  sxm: "application/vnd.sun.xml.math",
  sxw: "application/vnd.sun.xml.writer",
  t: ["text/troff", "application/x-troff"],
  talk: "text/x-speech",
  tao: "application/vnd.tao.intent-module-archive",
  tar: "application/x-tar",
  tbk: ["application/toolbook", "application/x-tbook"],
  tcap: "application/vnd.3gpp2.tcap",
  tcl: ["text/x-script.tcl", "application/x-tcl"],
  tcsh: "text/x-script.tcsh",
  teacher: "application/vnd.smart.teacher",
  tei: "application/tei+xml",
  tex: "application/x-tex",
  texi: "application/x-texinfo",
  texinfo: "application/x-texinfo",
  text: ["application/plain", "text/plain"],
  tfi: "application/thraud+xml",
  tfm: "application/x-tex-tfm",
  tgz: ["application/gnutar", "application/x-compressed"],
  thmx: "application/vnd.ms-officetheme",
  tif: ["image/tiff", "image/x-tiff"],
  tiff: ["image/tiff", "image/x-tiff"],
  tmo: "application/vnd.tmobile-livetv",
  torrent: "application/x-bittorrent",
  tpl: "application/vnd.groove-tool-template",
  tpt: "application/vnd.trid.tpt",
  tr: "application/x-troff",
  tra: "application/vnd.trueapp",
  trm: "application/x-msterminal",
  tsd: "application/timestamped-data",
  tsi: "audio/tsp-audio",
  tsp: ["application/dsptype", "audio/tsplayer"],
  tsv: "text/tab-separated-values",
  ttf: "application/x-font-ttf",
  ttl: "text/turtle",
  turbot: "image/florian",
  twd: "application/vnd.simtech-mindmapper",
  txd: "application/vnd.genomatix.tuxedo",
  txf: "application/vnd.mobius.txf",
  txt: "text/plain",
  ufd: "application/vnd.ufdl",
  uil: "text/x-uil",
  uls: "text/iuls",
  umj: "application/vnd.umajin",
  uni: "text/uri-list",
  unis: "text/uri-list",
  unityweb: "application/vnd.unity",
  unv: "application/i-deas",
  uoml: "application/vnd.uoml+xml",
  uri: "text/uri-list",
  uris: "text/uri-list",
  ustar: ["application/x-ustar", "multipart/x-ustar"],
  utz: "application/vnd.uiq.theme",
  uu: ["application/octet-stream", "text/x-uuencode"],
  uue: "text/x-uuencode",
  uva: "audio/vnd.dece.audio",
  uvh: "video/vnd.dece.hd",
  uvi: "image/vnd.dece.graphic",
  uvm: "video/vnd.dece.mobile",
  uvp: "video/vnd.dece.pd",
  uvs: "video/vnd.dece.sd",
  uvu: "video/vnd.uvvu.mp4",
  uvv: "video/vnd.dece.video",
  vcd: "application/x-cdlink",
  vcf: "text/x-vcard",
  vcg: "application/vnd.groove-vcard",
  vcs: "text/x-vcalendar",
  vcx: "application/vnd.vcx",
  vda: "application/vda",
  vdo: "video/vdo",
  vew: "application/groupwise",
  vis: "application/vnd.visionary",
  viv: ["video/vivo", "video/vnd.vivo"],
  vivo: ["video/vivo", "video/vnd.vivo"],
  vmd: "application/vocaltec-media-desc",
  vmf: "application/vocaltec-media-file",
  voc: ["audio/voc", "audio/x-voc"],
  vos: "video/vosaic",
  vox: "audio/voxware",
  vqe: "audio/x-twinvq-plugin",
  vqf: "audio/x-twinvq",
  vql: "audio/x-twinvq-plugin",
  vrml: ["model/vrml", "x-world/x-vrml", "application/x-vrml"],
  vrt: "x-world/x-vrt",
  vsd: ["application/vnd.visio", "application/x-visio"],
  vsf: "application/vnd.vsf",
  vst: "application/x-visio",
  vsw: "application/x-visio",
  vtu: "model/vnd.vtu",
  vxml: "application/voicexml+xml",
  w60: "application/wordperfect6.0",
  w61: "application/wordperfect6.1",
  w6w: "application/msword",
  wad: "application/x-doom",
  wasm: "application/wasm",
  wav: ["audio/wav", "audio/x-wav"],
  wax: "audio/x-ms-wax",
  wb1: "application/x-qpro",
  wbmp: "image/vnd.wap.wbmp",
  wbs: "application/vnd.criticaltools.wbs+xml",
  wbxml: "application/vnd.wap.wbxml",
  wcm: "application/vnd.ms-works",
  wdb: "application/vnd.ms-works",
  web: "application/vnd.xara",
  weba: "audio/webm",
  webm: "video/webm",
  webp: "image/webp",
  wg: "application/vnd.pmi.widget",
  wgt: "application/widget",
  wiz: "application/msword",
  wk1: "application/x-123",
  wks: "application/vnd.ms-works",
  wm: "video/x-ms-wm",
  wma: "audio/x-ms-wma",
  wmd: "application/x-ms-wmd",
  wmf: ["windows/metafile", "application/x-msmetafile"],
  wml: "text/vnd.wap.wml",
  wmlc: "application/vnd.wap.wmlc",
  wmls: "text/vnd.wap.wmlscript",
  wmlsc: "application/vnd.wap.wmlscriptc",
  wmv: "video/x-ms-wmv",
  wmx: "video/x-ms-wmx",
  wmz: "application/x-ms-wmz",
  woff: "application/x-font-woff",
  woff2: "font/woff2",
  word: "application/msword",
  wp: "application/wordperfect",
  wp5: ["application/wordperfect", "application/wordperfect6.0"],
  wp6: "application/wordperfect",
  wpd: ["application/wordperfect", "application/vnd.wordperfect", "application/x-wpwin"],
  wpl: "application/vnd.ms-wpl",
  wps: "application/vnd.ms-works",
  wq1: "application/x-lotus",
  wqd: "application/vnd.wqd",
  wri: ["application/mswrite", "application/x-wri", "application/x-mswrite"],
  wrl: ["model/vrml", "x-world/x-vrml", "application/x-world"],
  wrz: ["model/vrml", "x-world/x-vrml"],
  wsc: "text/scriplet",
  wsdl: "application/wsdl+xml",
  wspolicy: "application/wspolicy+xml",
  wsrc: "application/x-wais-source",
  wtb: "application/vnd.webturbo",
  wtk: "application/x-wintalk",
  wvx: "video/x-ms-wvx",
  "x-png": "image/png",
  x3d: "application/vnd.hzn-3d-crossword",
  xaf: "x-world/x-vrml",
  xap: "application/x-silverlight-app",
  xar: "application/vnd.xara",
  xbap: "application/x-ms-xbap",
  xbd: "application/vnd.fujixerox.docuworks.binder",
  xbm: ["image/xbm", "image/x-xbm", "image/x-xbitmap"],
  xdf: "application/xcap-diff+xml",
  xdm: "application/vnd.syncml.dm+xml",
  xdp: "application/vnd.adobe.xdp+xml",
  xdr: "video/x-amt-demorun",
  xdssc: "application/dssc+xml",
  xdw: "application/vnd.fujixerox.docuworks",
  xenc: "application/xenc+xml",
  xer: "application/patch-ops-error+xml",
  xfdf: "application/vnd.adobe.xfdf",
  xfdl: "application/vnd.xfdl",
  xgz: "xgl/drawing",
  xhtml: "application/xhtml+xml",
  xif: "image/vnd.xiff",
  xl: "application/excel",
  xla: ["application/vnd.ms-excel", "application/excel", "application/x-msexcel", "application/x-excel"],
  xlam: "application/vnd.ms-excel.addin.macroenabled.12",
  xlb: ["application/excel", "application/vnd.ms-excel", "application/x-excel"],
  xlc: ["application/vnd.ms-excel", "application/excel", "application/x-excel"],
  xld: ["application/excel", "application/x-excel"],
  xlk: ["application/excel", "application/x-excel"],
  xll: ["application/excel", "application/vnd.ms-excel", "application/x-excel"],
  xlm: ["application/vnd.ms-excel", "application/excel", "application/x-excel"],
  xls: ["application/vnd.ms-excel", "application/excel", "application/x-msexcel", "application/x-excel"],
  xlsb: "application/vnd.ms-excel.sheet.binary.macroenabled.12",
  xlsm: "application/vnd.ms-excel.sheet.macroenabled.12",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xlt: ["application/vnd.ms-excel", "application/excel", "application/x-excel"],
  xltm: "application/vnd.ms-excel.template.macroenabled.12",
  xltx: "application/vnd.openxmlformats-officedocument.spreadsheetml.template",
  xlv: ["application/excel", "application/x-excel"],
  xlw: ["application/vnd.ms-excel", "application/excel", "application/x-msexcel", "application/x-excel"],
  xm: "audio/xm",
  xml: ["application/xml", "text/xml", "application/atom+xml", "application/rss+xml"],
  xmz: "xgl/movie",
  xo: "application/vnd.olpc-sugar",
  xof: "x-world/x-vrml",
  xop: "application/xop+xml",
  xpi: "application/x-xpinstall",
  xpix: "application/x-vnd.ls-xpix",
  xpm: ["image/xpm", "image/x-xpixmap"],
  xpr: "application/vnd.is-xpr",
  xps: "application/vnd.ms-xpsdocument",
  xpw: "application/vnd.intercon.formnet",
  xslt: "application/xslt+xml",
  xsm: "application/vnd.syncml+xml",
  xspf: "application/xspf+xml",
  xsr: "video/x-amt-showrun",
  xul: "application/vnd.mozilla.xul+xml",
  xwd: ["image/x-xwd", "image/x-xwindowdump"],
  xyz: ["chemical/x-xyz", "chemical/x-pdb"],
  yaml: "application/yaml",
  yang: "application/yang",
  yin: "application/yin+xml",
  yml: "application/yaml",
  z: ["application/x-compressed", "application/x-compress"],
  zaz: "application/vnd.zzazz.deck+xml",
  zip: ["application/zip", "multipart/x-zip", "application/x-zip-compressed", "application/x-compressed"],
  zir: "application/vnd.zul",
  zmm: "application/vnd.handheld-entertainment+xml",
  zoo: "application/octet-stream",
  zsh: "text/x-script.zsh"
};

// node_modules/mailparser/node_modules/libmime/dist/esm/libmime.js
var STAGE_KEY = 4097;
var STAGE_VALUE = 4098;
var findCommentEnd = (str, start) => {
  let depth = 0;
  for (let i = start, len = str.length; i < len; i++) {
    let chr = str.charAt(i);
    if (chr === "\\") {
      i++;
    } else if (chr === "(") {
      depth++;
    } else if (chr === ")" && --depth === 0) {
      return i;
    }
  }
  return -1;
};
var setOwnProperty = (obj, key, value) => {
  if (key === "__proto__") {
    Object.defineProperty(obj, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true
    });
  } else {
    obj[key] = value;
  }
};
var PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));
var isWSP = (chr) => chr === " " || chr === "	" || chr === "\r" || chr === "\n" || chr === "\f" || chr === "\v";
var Libmime = class {
  constructor(config) {
    this.config = config || {};
  }
  /**
   * Checks if a value is plaintext string (uses only printable 7bit chars)
   *
   * When isParam is set the value is destined for a header parameter, so HT, CR and LF
   * are not plaintext either: a header parameter has no way to carry them. HT is a valid
   * fold point, so folding and unfolding a header would rewrite it as a space, and CR/LF
   * cannot appear in a header value at all. DEL is neither a token character nor qtext,
   * so it can not be carried bare or quoted. Such values have to go through the rfc2231
   * parameter continuation encoding instead, the same way non-ASCII text does.
   *
   * @param {String} value String to be tested
   * @param {Boolean} [isParam] Set to true if the value is a header parameter value
   * @returns {Boolean} true if it is a plaintext string
   */
  isPlainText(value, isParam) {
    let re = isParam ? /[\x00-\x1f\x7f\u0080-\uFFFF]/ : /[\x00-\x08\x0b\x0c\x0e-\x1f\u0080-\uFFFF]/;
    return typeof value === "string" && !re.test(value);
  }
  // A parameter value goes out as is only when it is plain text that does not look like an encoded
  // word. Receivers decode encoded words found in parameter values (and libmime itself does so for
  // unencoded continuations), so as plain text it would come back as something else
  isPlainParamValue(value) {
    return this.isPlainText(value, true) && !value.includes("=?");
  }
  /**
   * Checks if a multi line string containes lines longer than the selected value.
   *
   * Useful when detecting if a mail message needs any processing at all:
   * if only plaintext characters are used and lines are short, then there is
   * no need to encode the values in any way. If the value is plaintext but has
   * longer lines then allowed, then use format=flowed
   *
   * @param {String} str String to be tested
   * @param {Number} lineLength Max line length to check for
   * @returns {Boolean} Returns true if there is at least one line longer than lineLength chars
   */
  hasLongerLines(str, lineLength) {
    return new RegExp("^.{" + (lineLength + 1) + ",}", "m").test(str);
  }
  /**
   * Decodes a string from a format=flowed soft wrapping.
   *
   * @param {String} str Plaintext string with format=flowed to decode
   * @param {Boolean} [delSp] If true, delete leading spaces (delsp=yes)
   * @return {String} Mime decoded string
   */
  decodeFlowed(input, delSp) {
    let str = (input || "").toString();
    let lines = str.split(/\r?\n/);
    let result = [];
    let parts = [], partsLength = 0, depth = 0, prefix = "";
    let pushPart = (part) => {
      if (part) {
        parts.push(part);
        partsLength += part.length;
      }
    };
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i];
      let lineDepth = 0;
      while (line.charCodeAt(lineDepth) === 62) {
        lineDepth++;
      }
      let prefixLength = lineDepth && line.charCodeAt(lineDepth) === 32 ? lineDepth + 1 : lineDepth;
      let content = line.slice(prefixLength);
      let last = parts.length ? parts[parts.length - 1] : "";
      let isSoftBreak = lineDepth === depth && last.endsWith(" ") && !(partsLength === 3 && parts.join("") === "-- ");
      if (isSoftBreak) {
        if (delSp) {
          parts.pop();
          partsLength -= last.length;
          pushPart(last.slice(0, -1));
          pushPart(content);
        } else {
          pushPart(lineDepth ? content : content.replace(/^ /, ""));
        }
      } else {
        if (i > 0) {
          result.push(prefix + parts.join(""));
        }
        parts = [];
        partsLength = 0;
        depth = lineDepth;
        prefix = line.slice(0, prefixLength);
        pushPart(content);
      }
    }
    if (partsLength || prefix) {
      result.push(prefix + parts.join(""));
    }
    return result.join("\n").replace(/^ /gm, "");
  }
  /**
   * Adds soft line breaks to content marked with format=flowed to
   * ensure that no line in the message is never longer than lineLength
   *
   * @param {String} str Plaintext string that requires wrapping
   * @param {Number} [lineLength=76] Maximum length of a line
   * @return {String} String with forced line breaks
   */
  encodeFlowed(str, lineLength) {
    lineLength = lineLength || 76;
    let stuff = (line) => line.replace(/^( |From|>)/i, " $1");
    let flowed = [];
    str.split(/\r?\n/).forEach((line) => {
      if (line !== "-- ") {
        line = line.replace(/ +$/, "");
      }
      let folded = this.foldLines(stuff(line), lineLength, true).split("\r\n");
      for (let i = 1; i < folded.length; i++) {
        folded[i] = stuff(folded[i]);
      }
      flowed.push(folded.join("\r\n"));
    });
    return flowed.join("\r\n");
  }
  /**
   * Encodes a string or an Buffer to an UTF-8 MIME Word (rfc2047)
   *
   * @param {String|Buffer} data String to be encoded
   * @param {String} mimeWordEncoding='Q' Encoding for the mime word, either Q or B
   * @param {Number} [maxLength=0] If set, split mime words into several chunks if needed
   * @return {String} Single or several mime words joined together
   */
  encodeWord(data, mimeWordEncoding, maxLength) {
    mimeWordEncoding = (mimeWordEncoding || "Q").toString().toUpperCase().trim().charAt(0);
    maxLength = maxLength || 0;
    let encodedStr = "";
    let toCharset = "UTF-8";
    if (maxLength && maxLength > 7 + toCharset.length) {
      maxLength -= 7 + toCharset.length;
    }
    if (mimeWordEncoding === "Q") {
      encodedStr = libqp_default.encode(data).replace(/[^a-z0-9!*+\-/=]/gi, (chr) => {
        let ord = chr.charCodeAt(0).toString(16).toUpperCase();
        if (chr === " ") {
          return "_";
        } else {
          return "=" + (ord.length === 1 ? "0" + ord : ord);
        }
      });
    } else if (mimeWordEncoding === "B") {
      encodedStr = typeof data === "string" ? data : data.toString("utf-8");
      maxLength = maxLength ? Math.max(3, (maxLength - maxLength % 4) / 4 * 3) : 0;
    }
    if (maxLength && (mimeWordEncoding !== "B" ? encodedStr : libbase64_default.encode(data)).length > maxLength) {
      if (mimeWordEncoding === "Q") {
        encodedStr = this.splitMimeEncodedString(encodedStr, maxLength).join("?= =?" + toCharset + "?" + mimeWordEncoding + "?");
      } else {
        let parts = [];
        let lpart = "";
        for (let chr of encodedStr) {
          if (Buffer3.byteLength(lpart + chr) <= maxLength || !lpart) {
            lpart += chr;
          } else {
            parts.push(libbase64_default.encode(lpart));
            lpart = chr;
          }
        }
        if (lpart) {
          parts.push(libbase64_default.encode(lpart));
        }
        if (parts.length > 1) {
          encodedStr = parts.join("?= =?" + toCharset + "?" + mimeWordEncoding + "?");
        } else {
          encodedStr = parts.join("");
        }
      }
    } else if (mimeWordEncoding === "B") {
      encodedStr = libbase64_default.encode(data);
    }
    return "=?" + toCharset + "?" + mimeWordEncoding + "?" + encodedStr + (encodedStr.slice(-2) === "?=" ? "" : "?=");
  }
  /**
   * Normalizes a charset name to its canonical form, resolving common aliases and
   * invalid names. For example `iso-8859-8-i` and `iso-8859-8-e` become `ISO-8859-8`
   * and `win-1257` becomes `windows-1257`. Unknown charsets are returned uppercased.
   * Missing or non-string input defaults to `UTF-8`.
   *
   * @param {String} charset Charset name to normalize
   * @return {String} Canonical charset name
   */
  normalizeCharset(charset) {
    return normalizeCharset(charset);
  }
  /**
   * Creates a Transform stream that decodes a body in the given charset into UTF-8 Buffers,
   * resolving the charset name and handling the Japanese charsets the same way header
   * decoding does. An unknown or refused charset (UTF-7, base64, hex) is decoded as UTF-8,
   * and the stream says so with `supported` set to false.
   *
   * @param {String} [charset='UTF-8'] Charset the input is encoded in
   * @return {DecodeStream} Transform stream with `charset` and `supported` properties
   */
  createDecodeStream(charset) {
    return createDecodeStream(charset);
  }
  /**
   * Decodes the inner payload of a single mime encoded-word into a unicode string.
   * Expects the three components of `=?charset?encoding?text?=` already separated.
   *
   * @param {String} charset Charset name from the encoded-word (may include an RFC 2231 language tag, which is ignored)
   * @param {String} encoding Encoding indicator, either 'Q' or 'B' (case insensitive)
   * @param {String} str Encoded payload between the second `?` and the trailing `?=`
   * @return {String} Decoded unicode string
   */
  decodeWord(charset, encoding, str) {
    let splitPos = charset.indexOf("*");
    if (splitPos >= 0) {
      charset = charset.substring(0, splitPos);
    }
    charset = normalizeCharset(charset);
    encoding = encoding.toUpperCase();
    let decoded;
    if (encoding === "Q") {
      str = str.replace(/=\s+([0-9a-fA-F])/g, "=$1").replace(/[_\s]/g, " ");
      let buf = Buffer3.from(str);
      let bytes = [];
      for (let i = 0, len = buf.length; i < len; i++) {
        let c = buf[i];
        if (i <= len - 2 && c === 61) {
          let c1 = this.getHex(buf[i + 1]);
          let c2 = this.getHex(buf[i + 2]);
          if (c1 && c2) {
            let c3 = parseInt(c1 + c2, 16);
            bytes.push(c3);
            i += 2;
            continue;
          }
        }
        bytes.push(c);
      }
      decoded = Buffer3.from(bytes);
    } else if (encoding === "B") {
      decoded = libbase64_default.decode(str);
    } else {
      decoded = Buffer3.from(str);
    }
    return decode2(decoded, charset);
  }
  /**
   * Finds word sequences with non ascii text and converts these to mime words
   *
   * @param {String|Buffer} data String to be encoded
   * @param {String} mimeWordEncoding='Q' Encoding for the mime word, either Q or B
   * @param {Number} [maxLength=0] If set, split mime words into several chunks if needed
   * @param {String} [fromCharset='UTF-8'] Source character set
   * @return {String} String with possible mime words
   */
  encodeWords(data, mimeWordEncoding, maxLength, fromCharset) {
    if (!fromCharset && typeof maxLength === "string" && !maxLength.match(/^[0-9]+$/)) {
      fromCharset = maxLength;
      maxLength = void 0;
    }
    let maxLineLength = Number(maxLength) || 0;
    let decodedValue = decode2(convert2(data || "", fromCharset));
    let encodedValue;
    let firstMatch = decodedValue.match(/(?:^|\s)([^\s]*[\u0080-\uFFFF])/);
    if (!firstMatch) {
      return decodedValue;
    }
    let startIndex = firstMatch.index + (firstMatch[0].match(/[^\s]/) || {
      index: 0
    }).index;
    let lastIndex = decodedValue.length - 1;
    while (lastIndex >= 0 && decodedValue.charCodeAt(lastIndex) < 128) {
      lastIndex--;
    }
    let wordEnd = decodedValue.slice(lastIndex + 1).search(/\s/);
    let endIndex = wordEnd < 0 ? decodedValue.length : lastIndex + 1 + wordEnd;
    encodedValue = (startIndex ? decodedValue.substring(0, startIndex) : "") + this.encodeWord(decodedValue.substring(startIndex, endIndex), mimeWordEncoding || "Q", maxLineLength) + (endIndex < decodedValue.length ? decodedValue.slice(endIndex) : "");
    return encodedValue;
  }
  /**
   * Decode a string that might include one or several mime words
   *
   * @param {String} str String including some mime words that will be decoded
   * @return {String} Decoded unicode string
   */
  decodeWords(str) {
    return (str || "").toString().replace(/(=\?([^?]+)\?[Bb]\?[^?]*\?=)\s*(?==\?([^?]+)\?[Bb]\?[^?]*\?=)/g, (match2, left2, chLeft, chRight) => {
      if (normalizeCharset(chLeft || "") === normalizeCharset(chRight || "")) {
        return left2 + "__\0JOIN\0__";
      }
      return match2;
    }).replace(/(=\?([^?]+)\?[Qq]\?[^?]*\?=)\s*(?==\?([^?]+)\?[Qq]\?[^?]*\?=)/g, (match2, left2, chLeft, chRight) => {
      if (normalizeCharset(chLeft || "") === normalizeCharset(chRight || "")) {
        return left2 + "__\0JOIN\0__";
      }
      return match2;
    }).replace(/(\?=)?__\x00JOIN\x00__(=\?([^?]+)\?[QqBb]\?)?/g, "").replace(/(=\?[^?]+\?[QqBb]\?[^?]*\?=)\s+(?==\?[^?]+\?[QqBb]\?[^?]*\?=)/g, "$1").replace(/=\?([\w_\-*]+)\?([QqBb])\?([^?]*)\?=/g, (_m, charset, encoding, text) => this.decodeWord(charset, encoding, text));
  }
  getHex(c) {
    if (c !== void 0 && (c >= 48 && c <= 57 || c >= 97 && c <= 102 || c >= 65 && c <= 70)) {
      return String.fromCharCode(c);
    }
    return false;
  }
  /**
   * Splits a string by :
   * The result is not mime word decoded, you need to do your own decoding based
   * on the rules for the specific header key
   *
   * @param {String} headerLine Single header line, might include linebreaks as well if folded
   * @return {Object} An object of {key, value}
   */
  decodeHeader(headerLine) {
    let line = (headerLine || "").toString().replace(/(?:\r?\n|\r)[ \t]*/g, " ").trim(), match2 = line.match(/^\s*([^:]+):(.*)$/), key = (match2 && match2[1] || "").trim().toLowerCase(), value = (match2 && match2[2] || "").trim();
    return {
      key,
      value
    };
  }
  /**
   * Parses a block of header lines. Does not decode mime words as every
   * header might have its own rules (eg. formatted email addresses and such)
   *
   * @param {String} headers Headers string
   * @param {Object} [options] Options
   * @param {Boolean} [options.skipPrototypeKeys] Leave out headers named like an Object.prototype member, eg. `__proto__` and `constructor`
   * @return {Object} An object of headers, where header keys are object keys and every value is an Array of the values for that key
   */
  decodeHeaders(headers, options) {
    let lines = headers.split(/\r?\n|\r/), headersObj = {}, header, i, len;
    let headersPos = 0;
    while (headersPos < lines.length && lines[headersPos] === "") {
      headersPos++;
    }
    let bodyPos = lines.indexOf("", headersPos);
    lines = lines.slice(headersPos, bodyPos >= 0 ? bodyPos : lines.length);
    let unfolded = [];
    for (i = 0, len = lines.length; i < len; i++) {
      if (unfolded.length && /^[ \t]/.test(lines[i])) {
        unfolded[unfolded.length - 1] += "\r\n" + lines[i];
      } else {
        unfolded.push(lines[i]);
      }
    }
    lines = unfolded;
    for (i = 0, len = lines.length; i < len; i++) {
      header = this.decodeHeader(lines[i]);
      if (options?.skipPrototypeKeys && PROTOTYPE_KEYS.has(header.key)) {
        continue;
      }
      if (!Object.hasOwn(headersObj, header.key)) {
        setOwnProperty(headersObj, header.key, [header.value]);
      } else {
        headersObj[header.key].push(header.value);
      }
    }
    return headersObj;
  }
  /**
   * Joins parsed header value together as 'value; param1=value1; param2=value2'
   * PS: We are following RFC 822 for the list of special characters that we need to keep in quotes.
   *      Refer: https://www.w3.org/Protocols/rfc1341/4_Content-Type.html
   * @param {Object} structured Parsed header value
   * @return {String} joined header value
   */
  buildHeaderValue(structured) {
    let paramsArray = [];
    let params = structured.params || {};
    Object.keys(params).forEach((key) => {
      let value2 = params[key];
      let param = key.replace(/[\x00-\x1f\x7f]/g, "");
      if (!this.isPlainParamValue(value2) || value2.length >= 75) {
        this.buildHeaderParam(param, value2, 50).forEach((encodedParam) => {
          if (!/[\s"\\;:/=(),<>@[\]?]|^[-']|'$/.test(encodedParam.value) || encodedParam.key.endsWith("*")) {
            paramsArray.push(encodedParam.key + "=" + encodedParam.value);
          } else {
            paramsArray.push(encodedParam.key + "=" + JSON.stringify(encodedParam.value));
          }
        });
      } else if (!value2.length || /[\s'"\\;:/=(),<>@[\]?]|^-/.test(value2)) {
        paramsArray.push(param + "=" + JSON.stringify(value2));
      } else {
        paramsArray.push(param + "=" + value2);
      }
    });
    let value = typeof structured.value === "string" ? structured.value.replace(/[\x00-\x1f\x7f]/g, "") : structured.value;
    return value + (paramsArray.length ? "; " + paramsArray.join("; ") : "");
  }
  /**
   * Parses a header value with key=value arguments into a structured
   * object.
   *
   *   parseHeaderValue('text/plain; CHARSET=UTF-8') ->
   *   {
   *     'value': 'text/plain',
   *     'params': {
   *       'charset': 'UTF-8'
   *     }
   *   }
   *
   * The result also carries a non-enumerable `decodedParams` array that names the params
   * assembled from rfc2231 segments (title*=, title*0*=, title*0=). Those values are already
   * decoded, so a caller that runs decodeWords() over the params has to leave them out
   *
   * @param {String} str Header value
   * @param {Object} [options] Options, see ParseHeaderValueOptions
   * @return {Object} Header value as a parsed structure
   */
  parseHeaderValue(str, options) {
    let stripComments = !!options?.stripComments;
    let response = {
      value: "",
      params: {}
    };
    Object.defineProperty(response, "decodedParams", {
      value: [],
      writable: true,
      enumerable: false,
      configurable: true
    });
    let key = false;
    let value = "";
    let valueEnd = 0;
    let stage = STAGE_VALUE;
    let quote = false;
    let quoteClosed = false;
    let escaped = false;
    let chr;
    let tokenOpen = false;
    let commit = () => {
      let collected = value.substring(0, valueEnd);
      value = "";
      valueEnd = 0;
      if (stage === STAGE_KEY) {
        let name2 = collected.toLowerCase();
        if (name2 && !Object.hasOwn(response.params, name2)) {
          setOwnProperty(response.params, name2, "");
        }
      } else if (key === false) {
        response.value = collected;
      } else if (!Object.hasOwn(response.params, key)) {
        setOwnProperty(response.params, key, collected);
      }
    };
    for (let i = 0, len = str.length; i < len; i++) {
      chr = str.charAt(i);
      if (stripComments && chr === "(" && !quote && !escaped && !tokenOpen) {
        let end = findCommentEnd(str, i);
        if (end < 0 && str.indexOf(";", i) < 0) {
          end = len - 1;
        }
        if (end >= 0) {
          i = end;
          continue;
        }
        stripComments = false;
      }
      switch (stage) {
        case STAGE_KEY:
          if (chr === "=") {
            key = value.substring(0, valueEnd).toLowerCase();
            value = "";
            valueEnd = 0;
            stage = STAGE_VALUE;
            tokenOpen = true;
          } else if (chr === ";") {
            commit();
          } else if (isWSP(chr)) {
            if (value.length) {
              value += chr;
            }
          } else {
            value += chr;
            valueEnd = value.length;
          }
          break;
        case STAGE_VALUE:
          if (quoteClosed && chr !== ";") {
            escaped = false;
            break;
          }
          if (escaped) {
            value += chr;
            valueEnd = value.length;
            tokenOpen = key !== false && !quote;
          } else if (chr === "\\") {
            escaped = true;
            continue;
          } else if (chr === '"') {
            quoteClosed = quote;
            quote = !quote;
            tokenOpen = false;
          } else if (!quote && chr === ";") {
            commit();
            stage = STAGE_KEY;
            tokenOpen = false;
            quoteClosed = false;
          } else if (!quote && isWSP(chr)) {
            if (value.length) {
              value += chr;
            }
            tokenOpen = false;
          } else {
            value += chr;
            valueEnd = value.length;
            tokenOpen = key !== false && !quote;
          }
          escaped = false;
          break;
      }
    }
    commit();
    let continuations = /* @__PURE__ */ new Map();
    for (let key2 of Object.keys(response.params)) {
      let match2 = key2.match(/\*((\d+)\*?)?$/);
      if (!match2) {
        continue;
      }
      let actualKey = key2.substring(0, match2.index).toLowerCase();
      let nr = Number(match2[2]) || 0;
      let value2 = response.params[key2];
      delete response.params[key2];
      let continuation = continuations.get(actualKey);
      if (!continuation) {
        continuation = {
          charset: false,
          values: []
        };
        continuations.set(actualKey, continuation);
      }
      if (nr === 0 && match2[0].charAt(match2[0].length - 1) === "*" && (match2 = value2.match(/^([^']*)'[^']*'(.*)$/))) {
        continuation.charset = match2[1] || "utf-8";
        value2 = match2[2];
      }
      continuation.values.push({ nr, value: value2 });
    }
    for (let [key2, continuation] of continuations) {
      let value2 = continuation.values.sort((a, b) => a.nr - b.nr).map((val) => val.value).join("");
      response.decodedParams.push(key2);
      if (!continuation.charset) {
        setOwnProperty(response.params, key2, this.decodeWords(value2));
        continue;
      }
      let qpValue = value2.replace(/[=_\s]/g, (s) => {
        if (s === " ") {
          return "_";
        }
        let c = s.charCodeAt(0).toString(16);
        return "%" + (c.length < 2 ? "0" : "") + c;
      }).replace(/%/g, "=");
      setOwnProperty(response.params, key2, this.decodeWord(continuation.charset, "Q", qpValue));
    }
    return response;
  }
  /**
   * Encodes a string or an Buffer to an UTF-8 Parameter Value Continuation encoding (rfc2231)
   * Useful for splitting long parameter values.
   *
   * For example
   *      title="unicode string"
   * becomes
   *     title*0*=utf-8''unicode
   *     title*1*=%20string
   *
   * @param {String} key Parameter name (eg. 'filename')
   * @param {String|Buffer} data String to be encoded
   * @param {Number} [maxLength=50] Max length for generated chunks
   * @param {String} [fromCharset='UTF-8'] Source character set
   * @return {Array} A list of encoded keys and headers
   */
  buildHeaderParam(key, data, maxLength, fromCharset) {
    let list2 = [];
    if (typeof data !== "string" && !Buffer3.isBuffer(data)) {
      data = data === null || data === void 0 ? "" : data.toString();
    }
    let encodedStr = typeof data === "string" ? data : decode2(data, fromCharset);
    let chr;
    let line;
    let startPos = 0;
    let isEncoded = false;
    let i, len;
    maxLength = maxLength || 50;
    if (this.isPlainParamValue(data)) {
      if (encodedStr.length <= maxLength) {
        return [
          {
            key,
            value: encodedStr
          }
        ];
      }
      encodedStr = encodedStr.replace(new RegExp(".{" + maxLength + "}", "g"), (str) => {
        list2.push({
          line: str
        });
        return "";
      });
      if (encodedStr) {
        list2.push({
          line: encodedStr
        });
      }
    } else {
      if (/[\uD800-\uDBFF]/.test(encodedStr)) {
        encodedStr = Array.from(encodedStr);
      }
      line = "utf-8''";
      isEncoded = true;
      startPos = 0;
      for (i = 0, len = encodedStr.length; i < len; i++) {
        chr = encodedStr[i];
        if (isEncoded) {
          chr = this.safeEncodeURIComponent(chr);
        } else {
          chr = chr === " " ? chr : this.safeEncodeURIComponent(chr);
          if (chr !== encodedStr[i]) {
            if ((this.safeEncodeURIComponent(line) + chr).length >= maxLength) {
              list2.push({
                line,
                encoded: isEncoded
              });
              line = "";
              isEncoded = true;
            } else {
              isEncoded = true;
              i = startPos;
              line = "";
              continue;
            }
          }
        }
        if ((line + chr).length >= maxLength) {
          list2.push({
            line,
            encoded: isEncoded
          });
          line = chr = encodedStr[i] === " " ? " " : this.safeEncodeURIComponent(encodedStr[i]);
          if (chr === encodedStr[i]) {
            isEncoded = false;
            startPos = i - 1;
          } else {
            isEncoded = true;
          }
        } else {
          line += chr;
        }
      }
      if (line) {
        list2.push({
          line,
          encoded: isEncoded
        });
      }
    }
    return list2.map((item, i2) => ({
      // encoded lines: {name}*{part}*
      // unencoded lines: {name}*{part}
      // if any line needs to be encoded then the first line (part==0) is always encoded
      key: key + "*" + i2 + (item.encoded ? "*" : ""),
      value: item.line
    }));
  }
  /**
   * Returns file extension for a content type string. If no suitable extensions
   * are found, 'bin' is used as the default extension
   *
   * @param {String} mimeType Content type to be checked for
   * @return {String} File extension
   */
  detectExtension(input) {
    let mimeType = (input || "").toString().toLowerCase().replace(/\s/g, "");
    if (!Object.hasOwn(list, mimeType)) {
      return "bin";
    }
    if (typeof list[mimeType] === "string") {
      return list[mimeType];
    }
    let mimeParts = mimeType.split("/");
    for (let i = 0, len = list[mimeType].length; i < len; i++) {
      if (mimeParts[1] === list[mimeType][i]) {
        return list[mimeType][i];
      }
    }
    return list[mimeType][0] !== "*" ? list[mimeType][0] : "bin";
  }
  /**
   * Returns content type for a file extension. If no suitable content types
   * are found, 'application/octet-stream' is used as the default content type
   *
   * @param {String} extension Extension (or filename) to be checked for
   * @return {String} Content type
   */
  detectMimeType(input) {
    let extension = (input || "").toString().toLowerCase().replace(/\s/g, "").replace(/^\./g, "").split(".").pop() || "";
    if (!Object.hasOwn(extensions, extension)) {
      return "application/octet-stream";
    }
    if (typeof extensions[extension] === "string") {
      return extensions[extension];
    }
    let mimeParts;
    for (let i = 0, len = extensions[extension].length; i < len; i++) {
      mimeParts = extensions[extension][i].split("/");
      if (mimeParts[1] === extension) {
        return extensions[extension][i];
      }
    }
    return extensions[extension][0];
  }
  /**
   * Folds long lines, useful for folding header lines (afterSpace=false) and
   * flowed text (afterSpace=true)
   *
   * @param {String} str String to be folded
   * @param {Number} [lineLength=76] Maximum length of a line
   * @param {Boolean} afterSpace If true, leave a space in the end of a line
   * @return {String} String with folded lines
   */
  foldLines(input, lineLength, afterSpace) {
    let str = (input || "").toString();
    lineLength = lineLength || 76;
    let pos = 0, len = str.length, result = "", line, match2;
    while (pos < len) {
      line = str.substring(pos, pos + Math.max(lineLength, 0));
      if (line.length < lineLength) {
        result += line;
        break;
      }
      if (match2 = line.match(/^[^\n\r]*(\r?\n|\r)/)) {
        line = match2[0];
        result += line;
        pos += line.length;
        continue;
      } else if ((match2 = line.match(/(\s+)[^\s]*$/)) && match2[0].length - (afterSpace ? (match2[1] || "").length : 0) < line.length) {
        line = line.substring(0, line.length - (match2[0].length - (afterSpace ? (match2[1] || "").length : 0)));
      } else if (match2 = str.slice(pos + line.length).match(/^[^\s]+(\s*)/)) {
        line = line + match2[0].substring(0, match2[0].length - (!afterSpace ? (match2[1] || "").length : 0));
      }
      result += line;
      pos += line.length;
      if (pos < len) {
        result += "\r\n";
      }
    }
    return result;
  }
  /**
   * Splits a mime encoded string. Needed for dividing mime words into smaller chunks
   *
   * @param {String} str Mime encoded string to be split up
   * @param {Number} maxlen Maximum length of characters for one part (minimum 12)
   * @return {Array} Split string
   */
  splitMimeEncodedString(str, maxlen) {
    let curLine, fallbackLine, match2, chr, done, lines = [];
    maxlen = Math.max(maxlen || 0, 12);
    while (str.length) {
      curLine = str.substring(0, maxlen);
      if (match2 = curLine.match(/[=][0-9A-F]?$/i)) {
        curLine = curLine.substring(0, match2.index);
      }
      fallbackLine = curLine.length ? curLine : str.substring(0, maxlen);
      done = false;
      while (!done && curLine.length) {
        done = true;
        if (match2 = str.slice(curLine.length).match(/^[=]([0-9A-F]{2})/i)) {
          chr = parseInt(match2[1], 16);
          if (chr < 194 && chr > 127 && /=[0-9A-F]{2}$/i.test(curLine)) {
            curLine = curLine.substring(0, curLine.length - 3);
            done = false;
          }
        }
      }
      if (!curLine.length) {
        curLine = fallbackLine;
      }
      lines.push(curLine);
      str = str.slice(curLine.length);
    }
    return lines;
  }
  encodeURICharComponent(chr) {
    let res = "";
    let buf = Buffer3.from(chr, "utf-8");
    for (let i = 0, len = buf.length; i < len; i++) {
      let ord = buf[i].toString(16).toUpperCase();
      res += "%" + (ord.length < 2 ? "0" : "") + ord;
    }
    return res;
  }
  safeEncodeURIComponent(input) {
    let str = (input || "").toString();
    try {
      str = encodeURIComponent(str);
    } catch (_err) {
      str = encodeURIComponent(Buffer3.from(str, "utf-8").toString("utf-8"));
    }
    return str.replace(/[\x00-\x1F *'()<>@,;:\\"[\]?=\u007F-\uFFFF]/g, (chr) => this.encodeURICharComponent(chr));
  }
};
var libmime = new Libmime();
libmime.Libmime = Libmime;
var libmime_default = libmime;

// node_modules/uc.micro/build/index.mjs
var Any = /[\0-\uD7FF\uE000-\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var Cc = /[\0-\x1F\x7F-\x9F]/;
var P = /[!-#%-\*,-\/:;\?@\[-\]_\{\}\xA1\xA7\xAB\xB6\xB7\xBB\xBF\u037E\u0387\u055A-\u055F\u0589\u058A\u05BE\u05C0\u05C3\u05C6\u05F3\u05F4\u0609\u060A\u060C\u060D\u061B\u061D-\u061F\u066A-\u066D\u06D4\u0700-\u070D\u07F7-\u07F9\u0830-\u083E\u085E\u0964\u0965\u0970\u09FD\u0A76\u0AF0\u0C77\u0C84\u0DF4\u0E4F\u0E5A\u0E5B\u0F04-\u0F12\u0F14\u0F3A-\u0F3D\u0F85\u0FD0-\u0FD4\u0FD9\u0FDA\u104A-\u104F\u10FB\u1360-\u1368\u1400\u166E\u169B\u169C\u16EB-\u16ED\u1735\u1736\u17D4-\u17D6\u17D8-\u17DA\u1800-\u180A\u1944\u1945\u1A1E\u1A1F\u1AA0-\u1AA6\u1AA8-\u1AAD\u1B4E\u1B4F\u1B5A-\u1B60\u1B7D-\u1B7F\u1BFC-\u1BFF\u1C3B-\u1C3F\u1C7E\u1C7F\u1CC0-\u1CC7\u1CD3\u2010-\u2027\u2030-\u2043\u2045-\u2051\u2053-\u205E\u207D\u207E\u208D\u208E\u2308-\u230B\u2329\u232A\u2768-\u2775\u27C5\u27C6\u27E6-\u27EF\u2983-\u2998\u29D8-\u29DB\u29FC\u29FD\u2CF9-\u2CFC\u2CFE\u2CFF\u2D70\u2E00-\u2E2E\u2E30-\u2E4F\u2E52-\u2E5D\u3001-\u3003\u3008-\u3011\u3014-\u301F\u3030\u303D\u30A0\u30FB\uA4FE\uA4FF\uA60D-\uA60F\uA673\uA67E\uA6F2-\uA6F7\uA874-\uA877\uA8CE\uA8CF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA95F\uA9C1-\uA9CD\uA9DE\uA9DF\uAA5C-\uAA5F\uAADE\uAADF\uAAF0\uAAF1\uABEB\uFD3E\uFD3F\uFE10-\uFE19\uFE30-\uFE52\uFE54-\uFE61\uFE63\uFE68\uFE6A\uFE6B\uFF01-\uFF03\uFF05-\uFF0A\uFF0C-\uFF0F\uFF1A\uFF1B\uFF1F\uFF20\uFF3B-\uFF3D\uFF3F\uFF5B\uFF5D\uFF5F-\uFF65]|\uD800[\uDD00-\uDD02\uDF9F\uDFD0]|\uD801\uDD6F|\uD802[\uDC57\uDD1F\uDD3F\uDE50-\uDE58\uDE7F\uDEF0-\uDEF6\uDF39-\uDF3F\uDF99-\uDF9C]|\uD803[\uDD6E\uDEAD\uDED0\uDF55-\uDF59\uDF86-\uDF89]|\uD804[\uDC47-\uDC4D\uDCBB\uDCBC\uDCBE-\uDCC1\uDD40-\uDD43\uDD74\uDD75\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDDF\uDE38-\uDE3D\uDEA9\uDFD4\uDFD5\uDFD7\uDFD8]|\uD805[\uDC4B-\uDC4F\uDC5A\uDC5B\uDC5D\uDCC6\uDDC1-\uDDD7\uDE41-\uDE43\uDE60-\uDE6C\uDEB9\uDF3C-\uDF3E]|\uD806[\uDC3B\uDD44-\uDD46\uDDE2\uDE3F-\uDE46\uDE9A-\uDE9C\uDE9E-\uDEA2\uDF00-\uDF09\uDFE1]|\uD807[\uDC41-\uDC45\uDC70\uDC71\uDEF7\uDEF8\uDF43-\uDF4F\uDFFF]|\uD809[\uDC70-\uDC74]|\uD80B[\uDFF1\uDFF2]|\uD81A[\uDE6E\uDE6F\uDEF5\uDF37-\uDF3B\uDF44]|\uD81B[\uDD6D-\uDD6F\uDE97-\uDE9A\uDFE2]|\uD82F\uDC9F|\uD836[\uDE87-\uDE8B]|\uD839\uDDFF|\uD83A[\uDD5E\uDD5F]/;
var Z = /[ \xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

// node_modules/linkify-it/build/index.mjs
var REBuilder = class {
  src_Any = Any.source;
  src_Cc = Cc.source;
  src_Z = Z.source;
  src_P = P.source;
  src_ZPCc = [
    this.src_Z,
    this.src_P,
    this.src_Cc
  ].join("|");
  src_ZCc = [this.src_Z, this.src_Cc].join("|");
  cache = {};
  opts = {
    maxLength: 1e4,
    urlAuth: false,
    schema_names: []
  };
  constructor(opts = {}) {
    this.opts = {
      ...this.opts,
      ...opts
    };
  }
  set(opts = {}) {
    this.opts = {
      ...this.opts,
      ...opts
    };
    this.cache = {};
    return this;
  }
  escapeRE(str) {
    return str.replace(/[.?*+^$[\]\\(){}|-]/g, "\\$&");
  }
  nestedPairRE(open, close, depth = 4) {
    const openRE = this.escapeRE(open);
    const closeRE = this.escapeRE(close);
    const atom = `(?:(?!${this.src_ZCc}|${openRE}|${closeRE}).)`;
    let pair = `${openRE}${atom}{0,1000}${closeRE}`;
    for (let level = 2; level <= depth; level++) pair = `${openRE}(?:${atom}|${pair}){0,1000}${closeRE}`;
    return pair;
  }
  get_text_separators() {
    return this.cache.text_separators ??= /[><\uff5c]/;
  }
  get_pseudo_letter() {
    return this.cache.src_pseudo_letter ??= new RegExp(`(?:(?!${this.get_text_separators().source}|${this.src_ZPCc})${this.src_Any})`);
  }
  get_ipv4_addr() {
    return this.cache.src_ip4 ??= /* @__PURE__ */ new RegExp("(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])[.]){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])");
  }
  get_ipv6_addr() {
    const h16 = "[0-9A-Fa-f]{1,4}";
    const ls32 = `(?:(?:${h16}:${h16})|${this.get_ipv4_addr().source})`;
    return this.cache.src_ip6_addr ??= new RegExp(`(?:(?:${h16}:){6}${ls32}|::(?:${h16}:){5}${ls32}|(?:${h16})?::(?:${h16}:){4}${ls32}|(?:(?:${h16}:){0,1}${h16})?::(?:${h16}:){3}${ls32}|(?:(?:${h16}:){0,2}${h16})?::(?:${h16}:){2}${ls32}|(?:(?:${h16}:){0,3}${h16})?::${h16}:${ls32}|(?:(?:${h16}:){0,4}${h16})?::${ls32}|(?:(?:${h16}:){0,5}${h16})?::${h16}|(?:(?:${h16}:){0,6}${h16})?::)`);
  }
  get_ipv6_url_host() {
    return this.cache.src_ip6_host ??= new RegExp(`\\[${this.get_ipv6_addr().source}\\]`);
  }
  get_ipv6_mail_host() {
    return this.cache.src_ipv6_mail_host ??= new RegExp(`\\[IPv6:${this.get_ipv6_addr().source}\\]`);
  }
  get_auth() {
    return this.cache.src_auth ??= new RegExp(`(?:(?:(?!${this.src_ZCc}|[@/\\[\\]()]).){1,50}@)?`);
  }
  get_port() {
    return this.cache.src_port ??= /* @__PURE__ */ new RegExp("(?::(?:6(?:[0-4]\\d{3}|5(?:[0-4]\\d{2}|5(?:[0-2]\\d|3[0-5])))|[1-5]?\\d{1,4}))?");
  }
  get_host_terminator() {
    return this.cache.src_host_terminator ??= new RegExp(`(?=$|${this.get_text_separators().source}|${this.src_ZPCc})(?!${this.opts["---"] ? "-(?!--)|" : "-|"}_|:\\d|\\.-|\\.(?!$|${this.src_ZPCc}))`);
  }
  get_path_terminator() {
    return this.cache.src_path_terminator ??= new RegExp(`${this.src_ZPCc}|${this.get_text_separators().source}`);
  }
  get_path() {
    return this.cache.src_path ??= new RegExp(`(?:[/?#](?:${this.nestedPairRE("[", "]")}|${this.nestedPairRE("(", ")")}|${this.nestedPairRE("{", "}")}|\\"(?:(?!${this.src_ZCc}|["]).){1,100}\\"|\\'(?:(?!${this.src_ZCc}|[']).){1,100}\\'|\\'(?=${this.get_pseudo_letter().source}|[-])|\\.{2,20}[:]?[a-zA-Z0-9%/&]|\\.(?!${this.src_ZCc}|[.]|$)|` + (this.opts["---"] ? "\\-(?!--(?:[^-]|$))(?:-{0,19})|" : "\\-{1,20}|") + `,(?!${this.src_ZCc}|$)|;(?!${this.src_ZCc}|$)|\\!{1,20}(?!${this.src_ZCc}|[!]|$)|\\?(?!${this.src_ZCc}|[?]|$)|` + this.get_path_extra().source + `[\\\\/:%@#&=_~*]|(?!${this.get_path_terminator().source}).){1,${this.opts.maxLength}}|\\/)?`);
  }
  get_mail_name() {
    return this.cache.src_mail_name ??= /* @__PURE__ */ new RegExp("[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9](?:[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9]|[.](?=[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9])){0,63}");
  }
  get_xn() {
    return this.cache.src_xn ??= /* @__PURE__ */ new RegExp("xn--[a-z0-9\\-]{1,59}");
  }
  get_tld() {
    if (this.cache.tld) return this.cache.tld;
    const tlds_src = [...new Set(this.opts.tlds || [])].sort().reverse().join("|");
    this.cache.tld = new RegExp(`${tlds_src || "$#none#$"}|${this.get_xn().source}`);
    return this.cache.tld;
  }
  get_domain_root() {
    return this.cache.src_domain_root ??= new RegExp("(?:" + this.get_xn().source + `|${this.get_pseudo_letter().source}{1,63})`);
  }
  get_domain() {
    return this.cache.src_domain ??= new RegExp("(?:" + this.get_xn().source + `|(?:${this.get_pseudo_letter().source})|(?:${this.get_pseudo_letter().source}(?:-|${this.get_pseudo_letter().source}){0,61}${this.get_pseudo_letter().source}))`);
  }
  get_url_host_port() {
    return this.cache.url_host_port ??= new RegExp("(?:" + this.get_ipv6_url_host().source + `|(?:(?:(?:${this.get_domain().source})\\.){0,10}${this.get_domain().source}))` + this.get_port().source + this.get_host_terminator().source);
  }
  get_fuzzy_url_host_port() {
    return this.cache.fuzzy_url_host_port ??= new RegExp("(?:" + (this.opts.fuzzyIP ? this.get_ipv4_addr().source + "|" : "") + `(?:(?:(?:${this.get_domain().source})\\.){1,10}(?:${this.get_tld().source})))` + this.get_host_terminator().source);
  }
  get_mail_host() {
    return this.cache.src_mail_host ??= new RegExp("(?:" + this.get_ipv6_mail_host().source + `|(?:(?:(?:${this.get_domain().source})\\.){0,4}${this.get_domain().source}))` + this.get_host_terminator().source);
  }
  get_fuzzy_mail_host() {
    return this.cache.src_fuzzy_mail_host ??= new RegExp("(?:" + this.get_ipv6_mail_host().source + `|(?:(?:(?:${this.get_domain().source})[.]){1,4}${this.get_domain_root().source}))` + this.get_host_terminator().source);
  }
  get_path_extra() {
    return this.cache.src_path_extra ??= /* @__PURE__ */ new RegExp("");
  }
  get_fuzzy_mail_host_search() {
    return this.cache.mail_fuzzy_host_search ??= new RegExp(`@${this.get_fuzzy_mail_host().source}`, "ig");
  }
  get_fuzzy_link_search() {
    return this.cache.link_fuzzy_search ??= new RegExp(`(^|(?![.:/\\-_@])(?:[$+<=>^\`|｜]|${this.src_ZPCc}))(?:(?![$+<=>^\`|｜])${this.get_fuzzy_url_host_port().source}${this.get_path().source})`, "ig");
  }
  get_http_validator() {
    return this.cache.http_validator ??= new RegExp("\\/\\/" + (this.opts.urlAuth ? this.get_auth().source : "") + this.get_url_host_port().source + this.get_path().source, "iy");
  }
  get_relative_proto_validator() {
    return this.cache.relative_proto_validator ??= new RegExp((this.opts.urlAuth ? this.get_auth().source : "") + `(?:localhost|${this.get_ipv6_url_host().source}|(?:(?:${this.get_domain().source})[.]){1,10}${this.get_domain_root().source})` + this.get_port().source + this.get_host_terminator().source + this.get_path().source, "iy");
  }
  get_mail_name_validator() {
    return this.cache.mail_name_validator ??= new RegExp(`(?:^|${this.get_text_separators().source}|"|\\(|${this.src_ZCc})(${this.get_mail_name().source})$`);
  }
  get_mailto_validator() {
    return this.cache.mailto_validator ??= new RegExp(`${this.get_mail_name().source}@${this.get_mail_host().source}`, "iy");
  }
  get_schema_names() {
    return this.cache.schema_names ??= new RegExp((this.opts.schema_names || []).map((name2) => this.escapeRE(name2)).join("|"));
  }
  get_schema_search() {
    return this.cache.schema_search ??= new RegExp(`(^|(?!_)(?:[><｜]|${this.src_ZPCc}))(${this.get_schema_names().source})`, "ig");
  }
  get_schema_at_start() {
    return this.cache.schema_at_start ??= new RegExp(`^${this.get_schema_search().source}`, "i");
  }
};
var web_schema = {
  validate: (text, pos, self) => {
    const re = self.re.get_http_validator();
    re.lastIndex = pos;
    const m = re.exec(text);
    return m ? m[0].length : 0;
  },
  normalize: (match2, self) => self.normalize(match2)
};
var defaultSchemas = {
  "http:": web_schema,
  "https:": web_schema,
  "ftp:": web_schema,
  "//": {
    validate: function(text, pos, self) {
      const re = self.re.get_relative_proto_validator();
      re.lastIndex = pos;
      const m = re.exec(text);
      if (m) {
        if (pos >= 3 && text[pos - 3] === ":") return 0;
        if (pos >= 3 && text[pos - 3] === "/") return 0;
        return m[0].length;
      }
      return 0;
    },
    normalize: (match2, self) => self.normalize(match2)
  },
  "mailto:": {
    validate: function(text, pos, self) {
      const re = self.re.get_mailto_validator();
      re.lastIndex = pos;
      const m = re.exec(text);
      return m ? m[0].length : 0;
    },
    normalize: (match2, self) => self.normalize(match2)
  }
};
var tlds_2ch = "a:cdefgilmnoqrstuwxz|b:abdefghijmnorstvwyz|c:acdfghiklmnoruvwxyz|d:ejkmoz|e:cegrstu|f:ijkmor|g:abdefghilmnpqrstuwy|h:kmnrtu|i:delmnoqrst|j:emop|k:eghimnprwyz|l:abcikrstuvy|m:acdeghklmnopqrstuvwxyz|n:acefgilopruz|o:m|p:aefghklmnrstwy|q:a|r:eosuw|s:abcdeghijklmnortuvxyz|t:cdfghjklmnortvwz|u:agksyz|v:aceginu|w:fs|y:et|z:amw";
var tlds_default = "biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|рф";
function unpackTlds() {
  const result = tlds_default.split("|");
  tlds_2ch.split("|").forEach((item) => {
    const sep = item.indexOf(":");
    const prefix = item.slice(0, sep);
    for (const suffix of item.slice(sep + 1)) result.push(prefix + suffix);
  });
  return result;
}
var defaultOptions = {
  fuzzyLink: false,
  fuzzyEmail: true,
  fuzzyIP: false,
  "---": false,
  tlds: unpackTlds(),
  urlAuth: false,
  maxLength: 1e4
};
var Match = class {
  /** Prefix (protocol) for matched string. Empty for fuzzy links. */
  schema;
  /** First position of matched string. */
  index;
  /** Next position after matched string. */
  lastIndex;
  /** Matched string. */
  raw;
  /** Normalized text of matched string. */
  text;
  /** Normalized URL of matched string. */
  url;
  constructor(text, schema, index, lastIndex) {
    const raw = text.slice(index, lastIndex);
    this.schema = schema.toLowerCase();
    this.index = index;
    this.lastIndex = lastIndex;
    this.raw = raw;
    this.text = raw;
    this.url = raw;
  }
};
var LinkifyIt = class {
  __opts__;
  __schemas__;
  re;
  /**
  * Creates new linkifier instance.
  *
  * By default understands:
  *
  * - `http(s)://...` , `ftp://...`, `mailto:...` & `//...` links
  * - "fuzzy" emails (foo@bar.com).
  *
  * See {@link LinkifyConstructorOptions} for available options.
  *
  * @param options Recognition options.
  *
  * @example
  * ```javascript
  * import { LinkifyIt } from 'linkify-it'
  *
  * const linkify = new LinkifyIt({ fuzzyLink: true })
  *
  * linkify
  *   .tlds(require('tlds'))       // Reload with full TLD list
  *   .tlds('onion', true)         // Add unofficial `.onion` domain
  *   .add('ftp:', null)           // Disable `ftp:` protocol
  *   .set({ fuzzyIP: true })      // Enable IPs in fuzzy links
  *
  * console.log(linkify.test('Site github.com!')) // true
  * console.log(linkify.match('Site github.com!'))
  * ```
  */
  constructor(options = {}) {
    const { rebuilder, ...linkifyOptions } = options;
    this.__opts__ = {
      ...defaultOptions,
      ...linkifyOptions
    };
    this.__schemas__ = { ...defaultSchemas };
    this.re = rebuilder || new REBuilder();
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
  }
  /**
  * Add new rule definition.
  *
  * `schema` is a link prefix (usually, protocol name with `:` at the end,
  * `skype:` for example). `linkify-it` makes sure that prefix is not
  * preceded with alphanumeric char and symbols. Only whitespaces and
  * punctuation allowed.
  *
  * `definition` is a rule to check tail after link prefix. To disable an
  * existing rule, pass `null`.
  *
  * @param schema Rule name (fixed pattern prefix).
  * @param definition Schema definition, or `null` to disable the rule.
  *
  * See [twitter mentions example](https://github.com/markdown-it/linkify-it/blob/master/examples/twitter.mjs).
  */
  add(schema, definition = null) {
    if (!definition) delete this.__schemas__[schema];
    else {
      const def = {
        normalize: (match2, self) => self.normalize(match2),
        ...definition
      };
      this.__schemas__[schema] = def;
    }
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
    return this;
  }
  /**
  * Set recognition options for links without schema.
  *
  * @param options Recognition options.
  */
  set(options = {}) {
    this.__opts__ = {
      ...this.__opts__,
      ...options
    };
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
    return this;
  }
  /**
  * Searches linkifiable pattern and returns `true` on success or `false` on fail.
  *
  * @param text Text to scan.
  */
  test(text) {
    if (!text.length) return false;
    let m, re;
    re = this.re.get_schema_search();
    re.lastIndex = 0;
    while ((m = re.exec(text)) !== null) if (this.testSchemaAt(text, m[2], re.lastIndex)) return true;
    if (this.__opts__.fuzzyLink && this.__schemas__["http:"]) {
      re = this.re.get_fuzzy_link_search();
      re.lastIndex = 0;
      if (re.exec(text) !== null) return true;
    }
    if (this.__opts__.fuzzyEmail && this.__schemas__["mailto:"]) {
      if (text.indexOf("@") >= 0) {
        const mailHostRe = this.re.get_fuzzy_mail_host_search();
        const mailNameRe = this.re.get_mail_name_validator();
        mailHostRe.lastIndex = 0;
        while ((m = mailHostRe.exec(text)) !== null) {
          const name2 = text.slice(Math.max(0, m.index - 65), m.index);
          if (mailNameRe.test(name2)) return true;
        }
      }
    }
    return false;
  }
  /**
  * Similar to {@link LinkifyIt.test} but checks only specific protocol tail exactly
  * at given position. Returns length of found pattern (0 on fail).
  *
  * @param text Text to scan.
  * @param schema Rule (schema) name.
  * @param pos Text offset to check from.
  */
  testSchemaAt(text, schema, pos) {
    if (!this.__schemas__[schema.toLowerCase()]) return 0;
    return this.__schemas__[schema.toLowerCase()].validate(text.slice(0, pos + this.__opts__.maxLength), pos, this);
  }
  /**
  * Returns array of found link descriptions or `null` on fail. We strongly
  * recommend to use {@link LinkifyIt.test} first, for best speed.
  *
  * @param text Text to scan.
  */
  match(text) {
    const result = [];
    const schemaRe = this.re.get_schema_search();
    let fuzzyLinkRe;
    let mailHostRe;
    let mailNameRe;
    let fuzzyLinkCandidate;
    let fuzzyEmailCandidate;
    let schemaPrefix;
    let schemaDone = false;
    let fuzzyLinkDone = false;
    let fuzzyEmailDone = false;
    let pos = 0;
    if (!text.length) return null;
    schemaRe.lastIndex = 0;
    if (this.__opts__.fuzzyLink && this.__schemas__["http:"]) {
      fuzzyLinkRe = this.re.get_fuzzy_link_search();
      fuzzyLinkRe.lastIndex = 0;
    }
    if (this.__opts__.fuzzyEmail && this.__schemas__["mailto:"]) {
      mailHostRe = this.re.get_fuzzy_mail_host_search();
      mailHostRe.lastIndex = 0;
      mailNameRe = this.re.get_mail_name_validator();
    }
    for (; ; ) {
      const scanFrom = Math.max(pos - 1, 0);
      if (mailHostRe && mailNameRe && !fuzzyEmailDone && (!fuzzyEmailCandidate || fuzzyEmailCandidate.index < pos)) {
        if (mailHostRe.lastIndex < scanFrom) mailHostRe.lastIndex = scanFrom;
        for (; ; ) {
          const m = mailHostRe.exec(text);
          if (!m) {
            fuzzyEmailDone = true;
            fuzzyEmailCandidate = void 0;
            break;
          }
          const name2 = mailNameRe.exec(text.slice(Math.max(0, m.index - 65), m.index));
          if (!name2) continue;
          fuzzyEmailCandidate = {
            schema: "mailto:",
            index: m.index - name2[1].length,
            lastIndex: m.index + m[0].length
          };
          if (fuzzyEmailCandidate.index >= pos) break;
          if (mailHostRe.lastIndex < scanFrom) mailHostRe.lastIndex = scanFrom;
        }
      }
      if (fuzzyLinkRe && !fuzzyLinkDone && (!fuzzyLinkCandidate || fuzzyLinkCandidate.index < pos)) {
        if (fuzzyLinkRe.lastIndex < scanFrom) fuzzyLinkRe.lastIndex = scanFrom;
        for (; ; ) {
          const m = fuzzyLinkRe.exec(text);
          if (!m) {
            fuzzyLinkDone = true;
            fuzzyLinkCandidate = void 0;
            break;
          }
          fuzzyLinkCandidate = {
            schema: "",
            index: m.index + m[1].length,
            lastIndex: m.index + m[0].length
          };
          if (fuzzyLinkCandidate.index >= pos) break;
          if (fuzzyLinkRe.lastIndex < scanFrom) fuzzyLinkRe.lastIndex = scanFrom;
        }
      }
      let fuzzyCandidate = fuzzyEmailCandidate;
      if (!fuzzyCandidate || fuzzyLinkCandidate && (fuzzyLinkCandidate.index < fuzzyCandidate.index || fuzzyLinkCandidate.index === fuzzyCandidate.index && fuzzyLinkCandidate.lastIndex > fuzzyCandidate.lastIndex)) fuzzyCandidate = fuzzyLinkCandidate;
      let schemaCandidate;
      if (!schemaDone) for (; ; ) {
        if (!schemaPrefix) {
          if (schemaRe.lastIndex < scanFrom) schemaRe.lastIndex = scanFrom;
          const m = schemaRe.exec(text);
          if (!m) {
            schemaDone = true;
            break;
          }
          schemaPrefix = {
            schema: m[2],
            index: m.index + m[1].length,
            lastIndex: m.index + m[0].length
          };
        }
        if (schemaPrefix.index < pos) {
          schemaPrefix = void 0;
          continue;
        }
        if (fuzzyCandidate && schemaPrefix.index > fuzzyCandidate.index) break;
        const prefix = schemaPrefix;
        schemaPrefix = void 0;
        const len = this.testSchemaAt(text, prefix.schema, prefix.lastIndex);
        if (len) {
          schemaCandidate = {
            schema: prefix.schema,
            index: prefix.index,
            lastIndex: prefix.lastIndex + len
          };
          break;
        }
      }
      let candidate = schemaCandidate;
      if (!candidate || fuzzyEmailCandidate && (fuzzyEmailCandidate.index < candidate.index || fuzzyEmailCandidate.index === candidate.index && fuzzyEmailCandidate.lastIndex > candidate.lastIndex)) candidate = fuzzyEmailCandidate;
      if (!candidate || fuzzyLinkCandidate && (fuzzyLinkCandidate.index < candidate.index || fuzzyLinkCandidate.index === candidate.index && fuzzyLinkCandidate.lastIndex > candidate.lastIndex)) candidate = fuzzyLinkCandidate;
      if (!candidate) break;
      if (candidate === fuzzyEmailCandidate) fuzzyEmailCandidate = void 0;
      else if (candidate === fuzzyLinkCandidate) fuzzyLinkCandidate = void 0;
      const match2 = new Match(text, candidate.schema, candidate.index, candidate.lastIndex);
      if (match2.schema) this.__schemas__[match2.schema].normalize(match2, this);
      else this.normalize(match2);
      result.push(match2);
      pos = candidate.lastIndex;
    }
    if (result.length) return result;
    return null;
  }
  /**
  * Returns fully-formed (not fuzzy) link if it starts at the beginning
  * of the string, and null otherwise.
  *
  * @param text Text to scan.
  */
  matchAtStart(text) {
    if (!text.length) return null;
    const m = this.re.get_schema_at_start().exec(text);
    if (!m) return null;
    const len = this.testSchemaAt(text, m[2], m[0].length);
    if (!len) return null;
    const match2 = new Match(text, m[2], m.index + m[1].length, m.index + m[0].length + len);
    this.__schemas__[match2.schema].normalize(match2, this);
    return match2;
  }
  /**
  * Load (or merge) new TLDs list. Those are used for fuzzy links (without
  * prefix) to avoid false positives. By default this algorithm is used:
  *
  * - hostname with any 2-letter root zones are ok.
  * - biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|рф
  *   are ok.
  * - encoded (`xn--...`) root zones are ok.
  *
  * If list is replaced, then exact match for 2-chars root zones will be checked.
  *
  * @param list List of TLDs.
  * @param keepOld Merge with current list if `true` (`false` by default).
  */
  tlds(list2, keepOld = false) {
    list2 = Array.isArray(list2) ? list2 : [list2];
    if (!keepOld) this.__opts__.tlds = list2;
    else this.__opts__.tlds = this.__opts__.tlds.concat(list2);
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
    return this;
  }
  /**
  * Default normalizer (if schema does not define its own).
  *
  * @param match Match to normalize.
  */
  normalize(match2) {
    if (!match2.schema) match2.url = `http://${match2.url}`;
    if (match2.schema === "mailto:" && !/^mailto:/i.test(match2.url)) match2.url = `mailto:${match2.url}`;
  }
};

// node_modules/nodemailer/dist/esm/addressparser/index.js
var TOKEN_OPERATOR = 1;
var TOKEN_NO_BREAK = 2;
var TOKEN_DIRTY = 4;
var TOKEN_ESCAPES = 8;
var TOKEN_STARTS_ESCAPED = 16;
var TokenList = class {
  constructor(str) {
    this.str = str;
    this.slots = new Int32Array(48);
    this.length = 0;
    this.cleaned = /* @__PURE__ */ new Map();
  }
  /**
   * Appends a token
   *
   * @param kind Kind and flags of the token
   * @param start Offset of its first character
   * @param end Offset just past its last character
   * @return Index of the token
   */
  push(kind, start, end) {
    if ((this.length + 1) * 3 > this.slots.length) {
      const grown = new Int32Array(this.slots.length * 2);
      grown.set(this.slots);
      this.slots = grown;
    }
    const at = this.length * 3;
    this.slots[at] = kind;
    this.slots[at + 1] = start;
    this.slots[at + 2] = end;
    return this.length++;
  }
  /**
   * Offset of the first character of a token that is part of its value. A text run that is
   * no plain slice of the field still spans the whitespace and control characters its value
   * is trimmed of.
   */
  contentStart(index) {
    let start = this.slots[index * 3 + 1];
    const end = this.slots[index * 3 + 2];
    while (start < end && _isDroppedCode(this.str.charCodeAt(start))) {
      start++;
    }
    return start;
  }
  /**
   * Offset just past the last character of a token that is part of its value
   */
  contentEnd(index) {
    const start = this.slots[index * 3 + 1];
    let end = this.slots[index * 3 + 2];
    while (end > start && _isDroppedCode(this.str.charCodeAt(end - 1))) {
      end--;
    }
    return end;
  }
  /**
   * The character of an operator token, an empty string for a text run
   */
  operatorAt(index) {
    const at = index * 3;
    return this.slots[at] & TOKEN_OPERATOR ? this.str.charAt(this.slots[at + 1]) : "";
  }
  /**
   * Whether a token is an operator
   */
  isOperator(index) {
    return (this.slots[index * 3] & TOKEN_OPERATOR) !== 0;
  }
  /**
   * Whether the next character continues the run of a token without whitespace in between
   */
  noBreak(index) {
    return (this.slots[index * 3] & TOKEN_NO_BREAK) !== 0;
  }
  /**
   * Value of a token
   */
  value(index) {
    const cleaned = this.cleaned.get(index);
    if (cleaned !== void 0) {
      return cleaned;
    }
    return this.str.slice(this.slots[index * 3 + 1], this.slots[index * 3 + 2]);
  }
};
var DOMAIN_LITERAL_TAIL = /@(\[[^[\]\\]*\])$/;
function _domainAt(address) {
  const literal2 = address.charAt(address.length - 1) === "]" ? DOMAIN_LITERAL_TAIL.exec(address) : null;
  return literal2 ? address.length - literal2[1].length - 1 : address.lastIndexOf("@");
}
function _quoteLocalPart(address) {
  const lastAt = _domainAt(address);
  if (lastAt < 0) {
    return address;
  }
  const user = address.substr(0, lastAt);
  if (/^[^\s"(),:;<>@[\\\]]+$/.test(user) || /^"(?:[^"\\]|\\[\s\S])*"$/.test(user)) {
    return address;
  }
  return '"' + user.replace(/["\\]/g, "\\$&") + '"@' + address.substr(lastAt + 1);
}
var HAS_WHITESPACE = /\s/;
var QUOTED_LOCAL_ADDR = /^("(?:[^"\\]|\\[\s\S])*"@\S+)(?:\s+([\s\S]+))?$/;
var ADDR_SPEC = /^[^@\s]+@[^@\s]+$/;
var LITERAL_ADDR_SPEC = /^[^@\s]+@\[[^[\]\\\s]*\]$/;
var QUOTED_LOCAL_DOMAIN = /^@(?:[^@\s"]+|\[[^[\]\\\s]*\])$/;
function _isAddrSpec(value) {
  return ADDR_SPEC.test(value) || LITERAL_ADDR_SPEC.test(value);
}
var LOOSE_ADDR_SPEC = /^[^@\s]+@\S+$/;
var LOOSE_TEXT_ADDR = /\s*\b[^@\s]+@[^\s]+\b\s*/y;
function _isSpaceCode(code) {
  return code === 32 || code >= 9 && code <= 13 || code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
}
function _isFoldingSpaceCode(code) {
  return code === 32 || code === 9 || code === 13 || code === 10;
}
function _isFoldingGap(str, from, to) {
  for (let i = from; i < to; i++) {
    if (!_isFoldingSpaceCode(str.charCodeAt(i))) {
      return false;
    }
  }
  return true;
}
function _isDroppedCode(code) {
  return code < 32 || code === 127 || _isSpaceCode(code);
}
function _isWordCode(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95;
}
function _isBoundary(text, at) {
  return _isWordCode(text.charCodeAt(at - 1)) !== _isWordCode(text.charCodeAt(at));
}
function _indexOfAt(text, from, to) {
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === 64) {
      return i;
    }
  }
  return -1;
}
var LEADING_QUOTED_STRING = /^"(?:[^"\\]|\\[\s\S])*"/;
function _joinAtSpacing(value, at) {
  if (at < 0) {
    return value;
  }
  let start = at;
  while (start > 0 && _isSpaceCode(value.charCodeAt(start - 1))) {
    start--;
  }
  let end = at + 1;
  while (end < value.length && _isSpaceCode(value.charCodeAt(end))) {
    end++;
  }
  const joined = start === at && end === at + 1 ? value : value.slice(0, start) + "@" + value.slice(end);
  return _joinDomainDotSpacing(joined, start);
}
var ASCII_ATEXT = new Uint8Array(128);
for (let code = 33; code < 127; code++) {
  ASCII_ATEXT[code] = '()<>[]:;@\\,."'.indexOf(String.fromCharCode(code)) < 0 ? 1 : 0;
}
function _isAtextCode(code) {
  return code < 128 ? ASCII_ATEXT[code] === 1 : !_isSpaceCode(code);
}
function _joinDomainDotSpacing(value, at) {
  const len = value.length;
  let pos = at + 1;
  let spaced = false;
  for (; ; ) {
    const labelStart = pos;
    while (pos < len && _isAtextCode(value.charCodeAt(pos))) {
      pos++;
    }
    if (pos === labelStart) {
      break;
    }
    let next = pos;
    while (next < len && _isFoldingSpaceCode(value.charCodeAt(next))) {
      next++;
    }
    if (value.charCodeAt(next) !== 46) {
      break;
    }
    next++;
    while (next < len && _isFoldingSpaceCode(value.charCodeAt(next))) {
      next++;
    }
    if (next >= len || !_isAtextCode(value.charCodeAt(next))) {
      break;
    }
    spaced = spaced || next !== pos + 1;
    pos = next;
  }
  if (!spaced) {
    return value;
  }
  let domain = "";
  for (let k = at + 1; k < pos; k++) {
    if (!_isFoldingSpaceCode(value.charCodeAt(k))) {
      domain += value.charAt(k);
    }
  }
  return value.slice(0, at + 1) + domain + value.slice(pos);
}
function _collapseAtSpacing(value) {
  const quoted = LEADING_QUOTED_STRING.exec(value);
  if (quoted) {
    let at2 = quoted[0].length;
    while (at2 < value.length && _isSpaceCode(value.charCodeAt(at2))) {
      at2++;
    }
    if (value.charAt(at2) === "@" && value.indexOf("@", at2 + 1) < 0) {
      return _joinAtSpacing(value, at2);
    }
  }
  const at = value.indexOf("@");
  if (at < 0 || value.indexOf("@", at + 1) >= 0 || value.lastIndexOf('"') > at) {
    return value;
  }
  return _joinAtSpacing(value, at);
}
function _looseAddressStart(text) {
  const len = text.length;
  let pos = 0;
  while (pos < len) {
    while (pos < len && _isSpaceCode(text.charCodeAt(pos))) {
      pos++;
    }
    if (pos >= len) {
      break;
    }
    const runStart = pos;
    let runEnd = pos;
    while (runEnd < len && !_isSpaceCode(text.charCodeAt(runEnd))) {
      runEnd++;
    }
    let at = _indexOfAt(text, runStart, runEnd);
    if (at >= 0) {
      let lastBoundary = -1;
      for (let k = runEnd; k > runStart; k--) {
        if (_isBoundary(text, k)) {
          lastBoundary = k;
          break;
        }
      }
      let atomStart = runStart;
      while (lastBoundary >= 0 && at >= 0) {
        if (at > atomStart && runEnd > at + 1 && lastBoundary > at + 1) {
          for (let start = atomStart; start < at; start++) {
            if (_isBoundary(text, start)) {
              if (start > runStart) {
                return start;
              }
              let padded = runStart;
              while (padded > 0 && _isSpaceCode(text.charCodeAt(padded - 1))) {
                padded--;
              }
              return padded;
            }
          }
        }
        atomStart = at + 1;
        at = _indexOfAt(text, atomStart, runEnd);
      }
    }
    pos = runEnd;
  }
  return -1;
}
function _recoverAddrSpec(data) {
  data.address = _collapseAtSpacing(data.address);
  if (!HAS_WHITESPACE.test(data.address)) {
    return;
  }
  let address;
  let rest;
  const quoted = data.address.match(QUOTED_LOCAL_ADDR);
  if (quoted) {
    if (!quoted[2]) {
      return;
    }
    address = quoted[1];
    rest = [quoted[2]];
  } else {
    if (data.address.indexOf('"') >= 0) {
      return;
    }
    const parts = data.address.split(/\s+/);
    let addrIndex = parts.findIndex(_isAddrSpec);
    if (addrIndex < 0) {
      addrIndex = parts.findIndex((part) => LOOSE_ADDR_SPEC.test(part));
    }
    if (addrIndex < 0) {
      return;
    }
    address = parts.splice(addrIndex, 1)[0];
    rest = parts;
  }
  data.address = address;
  data.text = [data.text].concat(rest).filter((part) => part).join(" ");
}
function _stripAddressComments(address) {
  const comments = [];
  let result = "";
  let comment = "";
  let depth = 0;
  let closer = "";
  let lastChar = "";
  let pendingSpace = false;
  let firstChar = "";
  let quoteSeen = false;
  let routeEnd = -1;
  for (let i = 0, len = address.length; i < len; i++) {
    const chr = address.charAt(i);
    if (depth) {
      if (chr === "\\" && i < len - 1) {
        comment += address.charAt(++i);
      } else if (chr === "(") {
        depth++;
        comment += chr;
      } else if (chr === ")" && !--depth) {
        comments.push(comment.trim());
        comment = "";
        pendingSpace = lastChar !== "@";
      } else {
        comment += chr;
      }
      continue;
    }
    if (pendingSpace && chr !== "(") {
      pendingSpace = false;
      if (chr !== "@" && chr !== "<" && !_isSpaceCode(address.charCodeAt(i))) {
        result += " ";
        lastChar = " ";
      }
    }
    if (closer) {
      if (chr === "\\" && closer === '"' && i < len - 1) {
        result += chr + address.charAt(++i);
        lastChar = address.charAt(i);
        continue;
      }
      if (chr === closer) {
        closer = "";
      }
    } else if (chr === '"') {
      closer = '"';
      quoteSeen = true;
    } else if (chr === ":" && routeEnd < 0 && firstChar === "@" && !quoteSeen) {
      routeEnd = result.length + 1;
    } else if (chr === "[") {
      closer = "]";
    } else if (chr === "(") {
      depth = 1;
      continue;
    } else if (chr === "<") {
      result = "";
      lastChar = "";
      comments.length = 0;
      firstChar = "";
      quoteSeen = false;
      routeEnd = -1;
      continue;
    }
    result += chr;
    lastChar = chr;
    if (!firstChar && !_isSpaceCode(address.charCodeAt(i))) {
      firstChar = chr;
    }
  }
  if (routeEnd >= 0 && result.indexOf("@", routeEnd) >= 0) {
    result = result.slice(routeEnd);
  }
  if (depth) {
    comments.push(comment.trim());
  }
  return { address: result.trim(), comments: comments.filter((text) => text) };
}
function _collectAddressParts(tokens, from, to) {
  let state = "text";
  const data = {
    address: [],
    comment: [],
    text: [],
    textWasQuoted: [],
    quotedLocalAt: []
  };
  let insideQuotes = false;
  let lastTextPureQuoted = false;
  let lastTextHasAt = false;
  let lastTextOpen = false;
  let gapFrom = 0;
  let gapsFolding = true;
  const lastChars = { address: "", comment: "", text: "" };
  for (let i = from; i < to; i++) {
    const value = tokens.value(i);
    const prevOperator = i > from ? tokens.operatorAt(i - 1) : "";
    const prevNoBreak = i > from && tokens.noBreak(i - 1);
    if (tokens.isOperator(i)) {
      switch (value) {
        case "<":
          state = "address";
          insideQuotes = false;
          lastTextOpen = false;
          break;
        case "(":
          state = "comment";
          insideQuotes = false;
          gapsFolding = gapsFolding && _isFoldingGap(tokens.str, gapFrom, tokens.contentStart(i));
          break;
        case '"':
          insideQuotes = !insideQuotes;
          state = "text";
          lastTextOpen = false;
          break;
        default:
          state = "text";
          insideQuotes = false;
          if (value !== ")") {
            lastTextOpen = false;
          } else {
            gapFrom = tokens.contentEnd(i);
          }
          break;
      }
    } else {
      const opensAfterEmptyQuotedString = prevOperator === '"' && prevNoBreak && i > from + 1 && tokens.operatorAt(i - 2) === '"';
      const parts = data[state];
      const secondAt = lastTextHasAt && prevOperator === ")" && value.indexOf("@") >= 0;
      const joinsDomain = !secondAt && lastTextOpen && lastTextHasAt && prevOperator === ")" && (lastChars.text === "." || value.charAt(0) === ".") && gapsFolding && _isFoldingGap(tokens.str, gapFrom, tokens.contentStart(i));
      const joins = joinsDomain || !secondAt && prevNoBreak && parts.length > 0 && (prevOperator !== ")" || lastChars[state] === "@" || value.charAt(0) === "@");
      if (joins) {
        const last = data[state].length - 1;
        if (state === "text" && !insideQuotes) {
          if (lastTextPureQuoted && value.charAt(0) === "@") {
            data.quotedLocalAt[last] = data.text[last].length;
          }
          lastTextPureQuoted = false;
        }
        data[state][last] += value;
        lastChars[state] = value.charAt(value.length - 1);
        if (state === "text" && insideQuotes) {
          data.textWasQuoted[last] = true;
        }
      } else {
        data[state].push(value);
        lastChars[state] = value.charAt(value.length - 1);
        if (state === "text") {
          data.textWasQuoted.push(insideQuotes || opensAfterEmptyQuotedString);
          data.quotedLocalAt.push(opensAfterEmptyQuotedString && value.charAt(0) === "@" ? 0 : -1);
          lastTextPureQuoted = insideQuotes;
        }
      }
      if (state === "text") {
        lastTextHasAt = joins && lastTextHasAt || !insideQuotes && value.indexOf("@") >= 0;
        lastTextOpen = true;
        gapFrom = tokens.contentEnd(i);
        gapsFolding = true;
      }
    }
  }
  let textFromComment = false;
  if (!data.text.length && data.comment.length) {
    data.text = data.comment;
    data.comment = [];
    textFromComment = true;
  }
  return { data, textFromComment };
}
function _groupName(tokens, from, to) {
  return _collectAddressParts(tokens, from, to).data.text.join(" ");
}
function _handleAddress(tokens, from, to) {
  const collected = _collectAddressParts(tokens, from, to);
  const data = collected.data;
  let textFromComment = collected.textFromComment;
  const addressComments = [];
  const addressParts = [];
  for (const part of data.address) {
    const stripped = _stripAddressComments(part);
    for (const comment of stripped.comments) {
      addressComments.push(comment);
    }
    if (stripped.address) {
      addressParts.push(stripped.address);
    }
  }
  data.address = addressParts;
  if (!data.address.length && data.text.length && !textFromComment) {
    const candidates = data.text.map((part) => _collapseAtSpacing(part));
    for (let i = 0; i < data.text.length; i++) {
      const local = data.quotedLocalAt[i];
      const quotedLocal = data.textWasQuoted[i] && local >= 0 && QUOTED_LOCAL_DOMAIN.test(data.text[i].slice(local)) ? _quoteLocalPart(data.text[i]) : "";
      if (quotedLocal || !data.textWasQuoted[i] && _isAddrSpec(candidates[i])) {
        data.address = [quotedLocal || candidates[i]];
        data.text.splice(i, 1);
        data.textWasQuoted.splice(i, 1);
        data.quotedLocalAt.splice(i, 1);
        break;
      }
    }
    if (!data.address.length) {
      let extracted = false;
      for (let i = 0; i < data.text.length; i++) {
        if (!data.textWasQuoted[i]) {
          const part = candidates[i];
          let remainder = data.text[i];
          const at = _looseAddressStart(part);
          if (at >= 0) {
            LOOSE_TEXT_ADDR.lastIndex = at;
            const match2 = LOOSE_TEXT_ADDR.exec(part);
            if (match2) {
              data.address = [match2[0].trim()];
              extracted = true;
              remainder = part.slice(0, at) + " " + part.slice(at + match2[0].length);
            }
          }
          data.text[i] = remainder.trim();
          if (extracted) {
            break;
          }
        }
      }
    }
  }
  if (!data.text.length && data.comment.length) {
    data.text = data.comment;
    data.comment = [];
  }
  if (data.address.length > 1) {
    data.text = data.text.concat(data.address.splice(1));
  }
  const addressFromQuotedText = !data.address.length && data.textWasQuoted.some((wasQuoted) => wasQuoted);
  data.text = data.text.join(" ");
  data.address = data.address.join(" ");
  if (addressFromQuotedText && data.text.indexOf("@") >= 0) {
    data.address = _quoteLocalPart(_joinAtSpacing(data.text, _domainAt(data.text)));
    data.text = "";
  }
  _recoverAddrSpec(data);
  if (!data.text && addressComments.length) {
    data.text = addressComments.join(" ");
    textFromComment = true;
  }
  const address = {
    address: data.address || (textFromComment ? "" : data.text) || "",
    name: data.text || data.address || ""
  };
  if (address.address === address.name) {
    if (/@/.test(address.address || "")) {
      address.name = "";
    } else {
      address.address = "";
    }
  }
  return address;
}
var Tokenizer2 = class {
  constructor(str) {
    this.str = (str || "").toString();
    this.operatorCurrent = "";
    this.operatorExpecting = "";
    this.node = -1;
    this.escaped = false;
    this.inDomainLiteral = false;
    this.afterAt = false;
    this.inGroup = false;
    this.innerQuoted = false;
    this.innerComment = 0;
    this.innerLiteral = false;
    this.innerEscaped = false;
    this.list = new TokenList(this.str);
    this.operators = {
      '"': '"',
      "(": ")",
      "<": ">",
      ",": "",
      // A group is read in the same pass as the rest of the list, so its ':' only marks
      // where the name ends and its members are tokenized like any other address
      ":": "",
      // Semicolons are not a legal delimiter per the RFC2822 grammar other
      // than for terminating a group, but they are also not valid for any
      // other use in this context.  Given that some mail clients have
      // historically allowed the semicolon as a delimiter equivalent to the
      // comma in their UI, it makes sense to treat them the same as a comma
      // when used outside of a group.
      ";": ""
    };
  }
  /**
   * Tokenizes the original input string
   *
   * @return An array of operator|text tokens
   */
  tokenize() {
    const str = this.str;
    const len = str.length;
    for (let i = 0; i < len; i++) {
      this.checkChar(str.charAt(i), i);
    }
    this._closeText(len);
    const list2 = this.list;
    const slots = list2.slots;
    let kept = 0;
    for (let i = 0, count = list2.length; i < count; i++) {
      const kind = slots[i * 3];
      let start = slots[i * 3 + 1];
      let end = slots[i * 3 + 2];
      if (kind & TOKEN_DIRTY) {
        const value = this._cleanValue(start, end, kind).trim();
        if (!value) {
          continue;
        }
        list2.cleaned.set(kept, value);
      } else if (!(kind & TOKEN_OPERATOR)) {
        while (start < end && _isSpaceCode(str.charCodeAt(start))) {
          start++;
        }
        while (end > start && _isSpaceCode(str.charCodeAt(end - 1))) {
          end--;
        }
        if (start === end) {
          continue;
        }
      }
      slots[kept * 3] = kind;
      slots[kept * 3 + 1] = start;
      slots[kept * 3 + 2] = end;
      kept++;
    }
    list2.length = kept;
    return list2;
  }
  /**
   * Ends the text run being collected, if there is one
   *
   * @param end Offset just past its last character
   */
  _closeText(end) {
    if (this.node >= 0) {
      this.list.slots[this.node * 3 + 2] = end;
      this.node = -1;
    }
  }
  /**
   * Rebuilds the value of a text run that is no plain slice of the field, applying the
   * rules checkChar collects characters by: an escaping backslash is dropped, a line break
   * reads as a space and any other control character is left out
   *
   * @param start Offset of the first character of the run
   * @param end Offset just past its last character
   * @param kind Kind and flags of the run
   * @return Value of the run
   */
  _cleanValue(start, end, kind) {
    const str = this.str;
    const escapes = (kind & TOKEN_ESCAPES) !== 0;
    let escaped = (kind & TOKEN_STARTS_ESCAPED) !== 0;
    let value = "";
    for (let i = start; i < end; i++) {
      const chr = str.charAt(i);
      if (escapes && !escaped && chr === "\\") {
        escaped = true;
        continue;
      }
      escaped = false;
      if (chr === "\n") {
        value += " ";
      } else if (chr.charCodeAt(0) >= 33 || chr === " " || chr === "	") {
        value += chr;
      }
    }
    return value;
  }
  /**
   * Checks if a character is an operator or text and acts accordingly
   *
   * @param chr Character from the address field
   * @param i Offset of the character in the field
   */
  checkChar(chr, i) {
    if (!this.escaped && !this.operatorExpecting) {
      if (!this.inDomainLiteral && chr === "[" && this.afterAt) {
        this.inDomainLiteral = true;
      } else if (this.inDomainLiteral && (chr === "]" || chr === "," || chr === ";")) {
        this.inDomainLiteral = false;
      }
    }
    let nested = false;
    if (this.operatorExpecting === ">") {
      nested = this._trackInner(chr);
      if (!nested && chr === ";" && this.inGroup) {
        this._closeText(i);
        this.operatorExpecting = "";
        this._resetInner();
      }
    } else if (this.operatorExpecting === ")" && !this.escaped) {
      if (chr === "(") {
        this.innerComment++;
      } else if (chr === ")" && this.innerComment) {
        this.innerComment--;
        nested = true;
      }
    }
    if (this.escaped) {
    } else if (chr === this.operatorExpecting && !nested) {
      const nextChr = this.str.charAt(i + 1);
      this._closeText(i);
      this.list.push(nextChr && ![" ", "	", "\r", "\n", ",", ";"].includes(nextChr) ? TOKEN_OPERATOR | TOKEN_NO_BREAK : TOKEN_OPERATOR, i, i + 1);
      if (chr !== ")") {
        this.afterAt = false;
      }
      this.operatorExpecting = "";
      this.escaped = false;
      this._resetInner();
      return;
    } else if (!this.operatorExpecting && !(this.inDomainLiteral && chr === ":") && chr in this.operators) {
      this._closeText(i);
      this.list.push(TOKEN_OPERATOR, i, i + 1);
      if (chr === ":") {
        this.inGroup = true;
      } else if (chr === ";") {
        this.inGroup = false;
      }
      if (chr !== "(") {
        this.afterAt = false;
      }
      this.operatorExpecting = this.operators[chr];
      this.escaped = false;
      this._resetInner();
      return;
    } else if (['"', "'", ")"].includes(this.operatorExpecting) && chr === "\\") {
      this.escaped = true;
      if (this.node >= 0) {
        this.list.slots[this.node * 3] |= TOKEN_DIRTY;
      }
      return;
    }
    if (this.node < 0) {
      this.node = this.list.push((this.operatorExpecting === '"' || this.operatorExpecting === ")" ? TOKEN_ESCAPES : 0) | (this.escaped ? TOKEN_STARTS_ESCAPED : 0), i, i);
    }
    if (chr === "\n") {
      chr = " ";
      this.list.slots[this.node * 3] |= TOKEN_DIRTY;
    }
    if (chr.charCodeAt(0) >= 33 || chr === " " || chr === "	") {
      if (!this.operatorExpecting && chr !== " " && chr !== "	") {
        this.afterAt = chr === "@";
      }
    } else {
      this.list.slots[this.node * 3] |= TOKEN_DIRTY;
    }
    this.escaped = false;
  }
  /**
   * Tracks the quoted strings, comments and domain literals inside an angle-addr, which its
   * closer must not be read from. A backslash escapes the next character inside a quoted
   * string and a comment. A domain literal opens right after an "@" and ends at the "]".
   * dtext holds the list separators as well, and inside the brackets they never split the
   * list anyway.
   *
   * @param chr Character from the address field
   * @return true while the character sits inside one of them, the one that closes it included
   */
  _trackInner(chr) {
    if (this.innerEscaped) {
      this.innerEscaped = false;
      return true;
    }
    if (this.innerQuoted) {
      if (chr === "\\") {
        this.innerEscaped = true;
      } else if (chr === '"') {
        this.innerQuoted = false;
      }
      return true;
    }
    if (this.innerComment) {
      if (chr === "\\") {
        this.innerEscaped = true;
      } else if (chr === "(") {
        this.innerComment++;
      } else if (chr === ")") {
        this.innerComment--;
      }
      return true;
    }
    if (this.innerLiteral) {
      if (chr === "]") {
        this.innerLiteral = false;
      }
      return true;
    }
    if (chr === '"') {
      this.innerQuoted = true;
      return true;
    }
    if (chr === "(") {
      this.innerComment = 1;
      return true;
    }
    if (chr === "[" && this.afterAt) {
      this.innerLiteral = true;
      return true;
    }
    if (!_isSpaceCode(chr.charCodeAt(0))) {
      this.afterAt = chr === "@";
    }
    return false;
  }
  /**
   * Forgets the nesting collected for the operator that just opened or ended
   */
  _resetInner() {
    this.innerQuoted = false;
    this.innerComment = 0;
    this.innerLiteral = false;
    this.innerEscaped = false;
  }
};
function _mergeNameFragments(list2) {
  const merged = [];
  for (let i = list2.length - 1; i >= 0; i--) {
    const current = list2[i];
    const next = merged.length ? merged[merged.length - 1] : null;
    if (next && current.address === "" && current.name && !current.group && next.address && next.name) {
      next.name = current.name + ", " + next.name;
    } else {
      merged.push(current);
    }
  }
  return merged.reverse();
}
function _parseAddressList(str) {
  const tokens = new Tokenizer2(str).tokenize();
  const parsedAddresses = [];
  let group = null;
  let members = [];
  let from = 0;
  for (let i = 0, len = tokens.length; i <= len; i++) {
    const operator = i < len ? tokens.operatorAt(i) : "";
    if (i < len && operator !== "," && operator !== ";" && operator !== ":") {
      continue;
    }
    if (operator === ":") {
      if (!group) {
        group = { name: _groupName(tokens, from, i), group: [] };
        members = [];
      }
      from = i + 1;
      continue;
    }
    if (i > from) {
      const address = _handleAddress(tokens, from, i);
      if (group) {
        members.push(address);
      } else {
        parsedAddresses.push(address);
      }
    }
    from = i + 1;
    if (group && (operator === ";" || i === len)) {
      group.group = _mergeNameFragments(members);
      parsedAddresses.push(group);
      group = null;
    }
  }
  return _mergeNameFragments(parsedAddresses);
}
function addressparser(str, options) {
  const parsedAddresses = _parseAddressList(str);
  if (options?.flatten) {
    const flatAddresses = [];
    const walkAddressList = (list2) => {
      list2.forEach((entry) => {
        if (entry.group) {
          return walkAddressList(entry.group);
        }
        flatAddresses.push(entry);
      });
    };
    walkAddressList(parsedAddresses);
    return flatAddresses;
  }
  return parsedAddresses;
}
var addressparser_default = addressparser;

// node_modules/mailparser/dist/esm/mail-parser.js
var import_tlds = __toESM(require_tlds2(), 1);
import { Transform as Transform4 } from "node:stream";

// node_modules/mailparser/dist/esm/stream-hash.js
import crypto from "node:crypto";
import { Transform as Transform3 } from "node:stream";
var StreamHash = class extends Transform3 {
  constructor(attachment, algo) {
    super();
    this.attachment = attachment;
    this.algo = algo === false ? false : (algo || "md5").toLowerCase();
    this.hash = this.algo === false ? null : crypto.createHash(this.algo);
    this.byteCount = 0;
  }
  _transform(chunk, encoding, done) {
    this.hash?.update(chunk);
    this.byteCount += chunk.length;
    done(null, chunk);
  }
  _flush(done) {
    if (this.hash) {
      this.attachment.checksum = this.hash.digest("hex");
    }
    this.attachment.size = this.byteCount;
    done();
  }
};
var stream_hash_default = StreamHash;

// node_modules/mailparser/dist/esm/address-header.js
var import_he = __toESM(require_he(), 1);
var import_punycode = __toESM(require_punycode(), 1);
var ENCODED_WORD = /[=]\?[^?]+\?[BbQq]\?[^?]*\?[=]/;
function decodeAddresses(addresses, decoder = libmime_default, decodePunycode = true) {
  for (let address of addresses) {
    address.name = (address.name || "").toString().trim();
    if (address.name) {
      try {
        address.name = decoder.decodeWords(address.name);
      } catch {
      }
    }
    if (address.address && ENCODED_WORD.test(address.address)) {
      try {
        let decodedAddr = decoder.decodeWords(address.address);
        if (/^[^\s@]+@[^\s@]+$/.test(decodedAddr) && !/[=]\?/.test(decodedAddr)) {
          address.address = decodedAddr;
        } else {
          address.address = "";
        }
      } catch {
        address.address = "";
      }
    }
    if (decodePunycode && address.address && /@xn--/.test(address.address)) {
      try {
        address.address = address.address.slice(0, address.address.lastIndexOf("@") + 1) + import_punycode.default.toUnicode(address.address.slice(address.address.lastIndexOf("@") + 1));
      } catch {
      }
    }
    if (address.group) {
      decodeAddresses(address.group, decoder, decodePunycode);
    }
  }
}
function formatAddressesHTML(value) {
  let formatSingleLevel = (addresses) => addresses.map((address) => {
    let str = '<span class="mp_address_group">';
    if (address.name) {
      str += '<span class="mp_address_name">' + import_he.default.encode(address.name) + (address.group ? ": " : "") + "</span>";
    }
    if (address.address) {
      let link = '<a href="mailto:' + import_he.default.encode(address.address) + '" class="mp_address_email">' + import_he.default.encode(address.address) + "</a>";
      if (address.name) {
        str += " &lt;" + link + "&gt;";
      } else {
        str += link;
      }
    }
    if (address.group) {
      str += formatSingleLevel(address.group) + ";";
    }
    return str + "</span>";
  }).join(", ");
  return formatSingleLevel([].concat(value || []));
}
function formatAddressesText(value) {
  let formatSingleLevel = (addresses) => addresses.map((address) => {
    let str = "";
    if (address.name) {
      str += `"${address.name.replace(/["\\]/g, "\\$&")}"` + (address.group ? ": " : "");
    }
    if (address.address) {
      let link = address.address;
      if (address.name) {
        str += " <" + link + ">";
      } else {
        str += link;
      }
    }
    if (address.group) {
      str += formatSingleLevel(address.group) + ";";
    }
    return str;
  }).join(", ");
  return formatSingleLevel([].concat(value || []));
}
function parseAddressHeader(value, options) {
  let addresses = [];
  for (let entry of [].concat(value)) {
    if (typeof entry !== "string" || !entry) {
      continue;
    }
    let parsed = addressparser_default(entry, { flatten: !!options?.flatten });
    decodeAddresses(parsed, libmime_default, options?.decodePunycode !== false);
    for (let address of parsed) {
      addresses.push(address);
    }
  }
  return withLazyFormats(addresses);
}
function withLazyFormats(addresses) {
  let html;
  let text;
  const result = { value: addresses };
  Object.defineProperties(result, {
    html: {
      enumerable: true,
      get: () => html ??= formatAddressesHTML(addresses),
      set: (value) => {
        html = value;
      }
    },
    text: {
      enumerable: true,
      get: () => text ??= formatAddressesText(addresses),
      set: (value) => {
        text = value;
      }
    }
  });
  return result;
}

// node_modules/mailparser/dist/esm/otp-token.js
var MAX_FIELD_LENGTH = 8192;
var NUMBER = /-?(?:\d{1,12}\.\d{1,3}|\d{1,15})/y;
var STRING = /"((?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\["\\])*)"/y;
var TOKEN = /[A-Za-z*][!#$%&'*+\-.^_`|~0-9A-Za-z:/]*/y;
var BYTE_SEQUENCE = /:[A-Za-z0-9+/=]*:/y;
var BOOLEAN = /\?[01]/y;
var DATE = /@-?\d{1,15}/y;
var DISPLAY_STRING = /%"((?:[\x20\x21\x23\x24\x26-\x7e]|%[0-9a-f]{2})*)"/y;
var KEY = /[a-z*][a-z0-9_\-.*]*/y;
var SPACES = / */y;
function match(cursor, re) {
  re.lastIndex = cursor.pos;
  const result = re.exec(cursor.input);
  if (result) {
    cursor.pos = re.lastIndex;
  }
  return result;
}
function parseString(cursor) {
  const result = match(cursor, STRING);
  return result && result[1].replace(/\\(["\\])/g, "$1");
}
function isDisplayString(cursor) {
  const result = match(cursor, DISPLAY_STRING);
  if (!result) {
    return false;
  }
  try {
    decodeURIComponent(result[1]);
    return true;
  } catch {
    return false;
  }
}
function parseBareItem(cursor) {
  const c = cursor.input.charAt(cursor.pos);
  switch (c) {
    case '"':
      return parseString(cursor) ?? false;
    case ":":
      return !!match(cursor, BYTE_SEQUENCE);
    case "?":
      return !!match(cursor, BOOLEAN);
    case "@":
      return !!match(cursor, DATE);
    case "%":
      return isDisplayString(cursor);
  }
  return !!match(cursor, c === "-" || c >= "0" && c <= "9" ? NUMBER : TOKEN);
}
function parseStringItem(value) {
  const cursor = { input: value, pos: 0 };
  match(cursor, SPACES);
  const item = parseString(cursor);
  if (item === null) {
    return null;
  }
  const params = /* @__PURE__ */ new Map();
  while (cursor.input[cursor.pos] === ";") {
    cursor.pos++;
    match(cursor, SPACES);
    const key = match(cursor, KEY);
    if (!key) {
      return null;
    }
    let paramValue = true;
    if (cursor.input[cursor.pos] === "=") {
      cursor.pos++;
      paramValue = parseBareItem(cursor);
      if (paramValue === false) {
        return null;
      }
    }
    params.set(key[0], paramValue);
  }
  match(cursor, SPACES);
  return cursor.pos === cursor.input.length ? { value: item, params } : null;
}
function isOtpOrigin(origin) {
  let url;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin !== origin || !/^([a-z0-9_-]+\.)*[a-z0-9_-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname)) {
    return false;
  }
  const isLoopback = /^(localhost|.+\.localhost|127(\.\d+){3}|\[::1\])$/.test(url.hostname);
  return url.protocol === "https:" || url.protocol === "http:" && isLoopback;
}
var OTP_HEADER = /^otp-token:/i;
function getFieldValue(value) {
  value = value.replace(/\r?\n/g, "");
  let start = 0;
  let end = value.length;
  while (start < end && (value[start] === " " || value[start] === "	")) {
    start++;
  }
  while (end > start && (value[end - 1] === " " || value[end - 1] === "	")) {
    end--;
  }
  return end - start > MAX_FIELD_LENGTH ? null : value.slice(start, end);
}
function parseOtpToken(values) {
  const list2 = typeof values === "string" ? [values] : values;
  if (!Array.isArray(list2) || list2.length !== 1 || typeof list2[0] !== "string") {
    return void 0;
  }
  const value = getFieldValue(list2[0]);
  const parsed = value === null ? null : parseStringItem(value);
  const origin = parsed?.params.get("origin");
  if (!parsed?.value || typeof origin !== "string" || !isOtpOrigin(origin)) {
    return void 0;
  }
  return { code: parsed.value, origin };
}
function getOtp(headerLines) {
  const values = headerLines.filter(({ line }) => OTP_HEADER.test(line)).map(({ line }) => line.slice(line.indexOf(":") + 1));
  return values.length ? parseOtpToken(values) : void 0;
}

// node_modules/mailparser/dist/esm/mail-parser.js
var { Splitter, ChunkedPassthrough } = import_mailsplit.default;
var MAX_LINKIFY_SEGMENT_LENGTH = 4096;
var MAX_LINKIFY_HOST_LABELS = 6;
var MAX_LINKIFY_WORK = 768 * 1024 * 1024;
var MAX_INLINED_IMAGES_SIZE = 20 * 1024 * 1024;
var UNSAFE_LIST_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var MAIL_NAME_CHARS = "-!#$%&*+=?^_`{|}~a-zA-Z0-9";
var MAIL_NAME = new RegExp(`[${MAIL_NAME_CHARS}](?:[${MAIL_NAME_CHARS}']|[.](?=[${MAIL_NAME_CHARS}'])){0,63}`);
var MailNameREBuilder = class extends REBuilder {
  get_mail_name() {
    return MAIL_NAME;
  }
};
var linkify = new LinkifyIt({
  // links without a scheme (example.com, www.example.org), which linkify-it 6 no longer finds by default
  fuzzyLink: true,
  fuzzyEmail: true,
  fuzzyIP: true,
  // user:password@ in a URL stays part of the link, as it always was before linkify-it 6
  urlAuth: true,
  rebuilder: new MailNameREBuilder()
});
linkify.tlds(import_tlds.default).tlds("onion", true).add("git:", { validate: (text, pos, self) => self.testSchemaAt(text, "http:", pos) }).add("ftp:", null);
function isHostChar(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57 || code === 45 || code >= 128;
}
var twitterHandle;
linkify.add("@", {
  validate(text, pos, self) {
    let tail = text.slice(pos);
    if (!twitterHandle) {
      twitterHandle = new RegExp("^([a-zA-Z0-9_]){1,15}(?!_)(?=$|" + self.re.src_ZPCc + ")");
    }
    let handle = tail.match(twitterHandle);
    if (handle) {
      if (pos >= 2 && text[pos - 2] === "@") {
        return 0;
      }
      return handle[0].length;
    }
    return 0;
  },
  normalize(match2) {
    match2.url = "https://twitter.com/" + match2.url.replace(/^@/, "");
  }
});
var MAX_HTML_NESTING_DEPTH = 1e3;
var HTML_VOID_ELEMENTS = /* @__PURE__ */ new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
var HTML_IMPLIED_END_ELEMENTS = /* @__PURE__ */ new Set(["p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rt", "rp"]);
function isTagNameChar(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57 || code === 45 || code === 58 || code === 95;
}
function exceedsHtmlNestingDepth(html, maxDepth) {
  let stack = [];
  let open = /* @__PURE__ */ new Map();
  let len = html.length;
  let i = html.indexOf("<");
  while (i >= 0) {
    let pos = i + 1;
    if (html.startsWith("!--", pos)) {
      let end2 = html.indexOf("-->", pos + 3);
      i = end2 < 0 ? -1 : html.indexOf("<", end2 + 3);
      continue;
    }
    let closing = html.charCodeAt(pos) === 47;
    if (closing) {
      pos++;
    }
    let nameStart = pos;
    while (pos < len && isTagNameChar(html.charCodeAt(pos))) {
      pos++;
    }
    if (pos === nameStart) {
      i = html.indexOf("<", pos);
      continue;
    }
    let name2 = html.slice(nameStart, pos).toLowerCase();
    let end = html.indexOf(">", pos);
    if (end < 0) {
      break;
    }
    if (!HTML_VOID_ELEMENTS.has(name2) && !HTML_IMPLIED_END_ELEMENTS.has(name2)) {
      if (!closing) {
        stack.push(name2);
        open.set(name2, (open.get(name2) || 0) + 1);
        if (stack.length > maxDepth) {
          return true;
        }
      } else if (open.get(name2)) {
        let popped;
        do {
          popped = stack.pop();
          open.set(popped, open.get(popped) - 1);
        } while (popped !== name2);
      }
    }
    i = html.indexOf("<", end + 1);
  }
  return false;
}
var REFUSED_CHARSET = /^(?:(?:cs)?unicode11)?utf7(?:imap)?$|^base64$|^hex$/;
function isRefusedCharset(charset) {
  return REFUSED_CHARSET.test((charset || "").toLowerCase().replace(/[^a-z0-9]/g, ""));
}
var IconvDecoder = class extends Transform4 {
  constructor(Iconv, charset) {
    super();
    if (charset.toLowerCase() === "ks_c_5601-1987") {
      charset = "CP949";
    }
    this.stream = new Iconv(charset, "UTF-8//TRANSLIT//IGNORE");
    this.inputEnded = false;
    this.endCb = false;
    this.stream.on("error", (err) => this.emit("error", err));
    this.stream.on("data", (chunk) => this.push(chunk));
    this.stream.on("end", () => {
      this.inputEnded = true;
      if (typeof this.endCb === "function") {
        this.endCb();
      }
    });
  }
  _transform(chunk, encoding, done) {
    this.stream.write(chunk);
    done();
  }
  _flush(done) {
    this.endCb = done;
    this.stream.end();
  }
};
var MailParser = class extends Transform4 {
  constructor(config) {
    super({
      readableObjectMode: true,
      writableObjectMode: false
    });
    this.options = config || {};
    this.chunkedPassthrough = new ChunkedPassthrough();
    this.splitter = new Splitter(config);
    this.chunkedPassthrough.pipe(this.splitter);
    this.finished = false;
    this.waitingEnd = false;
    this.headers = false;
    this.headerLines = false;
    this.endReceived = false;
    this.reading = false;
    this.hasFailed = false;
    this.tree = false;
    this.curnode = false;
    this.waitUntilAttachmentEnd = false;
    this.attachmentCallback = false;
    this.hasHtml = false;
    this.hasText = false;
    this.text = false;
    this.html = false;
    this.textAsHtml = false;
    this.linkifyWork = 0;
    this.attachmentList = [];
    this.textTypes = ["text/plain", "text/html"].concat(!this.options.keepDeliveryStatus ? "message/delivery-status" : []);
    this.decoder = this.getDecoder();
    this.chunkedPassthrough.on("error", (err) => {
      this.splitter.emit("error", err);
    });
    this.splitter.on("readable", () => {
      if (this.reading) {
        return false;
      }
      this.readData();
    });
    this.splitter.on("end", () => {
      this.endReceived = true;
      if (!this.reading) {
        this.endStream();
      }
    });
    this.splitter.on("error", (err) => {
      this.hasFailed = true;
      if (typeof this.waitingEnd === "function") {
        return this.waitingEnd(err);
      }
      this.emit("error", err);
    });
    this.libmime = new libmime_default.Libmime({ Iconv: this.options.Iconv });
  }
  /** @internal */
  getDecoder() {
    if (this.options.Iconv) {
      const Iconv = this.options.Iconv;
      return {
        decodeStream(charset) {
          if (isRefusedCharset(charset)) {
            return libmime_default.createDecodeStream(charset);
          }
          return new IconvDecoder(Iconv, charset);
        }
      };
    } else {
      return {
        decodeStream(charset) {
          return libmime_default.createDecodeStream(charset || "ascii");
        }
      };
    }
  }
  /** @internal */
  readData() {
    if (this.hasFailed) {
      return false;
    }
    this.reading = true;
    let data = this.splitter.read();
    if (data === null) {
      this.reading = false;
      if (this.endReceived) {
        this.endStream();
      }
      return;
    }
    this.processChunk(data, (err) => {
      if (err) {
        if (typeof this.waitingEnd === "function") {
          return this.waitingEnd(err);
        }
        return this.emit("error", err);
      }
      setImmediate(() => this.readData());
    });
  }
  /** @internal */
  endStream() {
    this.finished = true;
    if (this.curnode && this.curnode.decoder) {
      this.curnode.decoder.end();
    }
    if (typeof this.waitingEnd === "function") {
      this.waitingEnd();
    }
  }
  _transform(chunk, encoding, done) {
    if (!chunk || !chunk.length) {
      return done();
    }
    if (this.chunkedPassthrough.write(chunk) === false) {
      this.chunkedPassthrough.once("drain", () => {
        done();
      });
      return;
    } else {
      return done();
    }
  }
  _flush(done) {
    setImmediate(() => this.chunkedPassthrough.end());
    if (this.finished) {
      return this.cleanup(done);
    }
    this.waitingEnd = (err) => {
      this.waitingEnd = false;
      if (err) {
        return done(err);
      }
      this.cleanup(done);
    };
  }
  /** @internal */
  cleanup(done) {
    let finish = () => {
      try {
        let t = this.getTextContent();
        this.push(t);
      } catch (err) {
        return done(err);
      }
      done();
    };
    if (this.curnode && this.curnode.decoder && this.curnode.decoder.readable && !this.decoderEnded) {
      (this.curnode.contentStream || this.curnode.decoder).once("end", () => {
        finish();
      });
      this.curnode.decoder.end();
    } else {
      setImmediate(() => {
        finish();
      });
    }
  }
  /** @internal */
  processHeaders(lines) {
    let headers = /* @__PURE__ */ new Map();
    (lines || []).forEach((line) => {
      let key = line.key;
      let value = ((this.libmime.decodeHeader(line.line) || {}).value || "").toString().trim();
      value = Buffer.from(value, "binary").toString();
      switch (key) {
        case "content-type":
        case "content-disposition":
        case "dkim-signature": {
          value = this.libmime.parseHeaderValue(value, { stripComments: key !== "dkim-signature" });
          let rfc2231 = new Set(value.decodedParams);
          if (value.value) {
            value.value = this.libmime.decodeWords(value.value);
          }
          Object.keys(value && value.params || {}).forEach((key2) => {
            if (rfc2231.has(key2)) {
              return;
            }
            try {
              value.params[key2] = this.libmime.decodeWords(value.params[key2]);
            } catch {
            }
          });
          break;
        }
        case "date": {
          let dateValue = new Date(value);
          if (isNaN(dateValue.getTime())) {
            dateValue = /* @__PURE__ */ new Date();
          }
          value = dateValue;
          break;
        }
        case "subject":
          try {
            value = this.libmime.decodeWords(value);
          } catch {
          }
          break;
        case "references":
          try {
            value = this.libmime.decodeWords(value);
          } catch {
          }
          value = value.split(/\s+/).map(this.ensureMessageIDFormat).filter((val) => val);
          break;
        case "message-id":
        case "in-reply-to":
          try {
            value = this.libmime.decodeWords(value);
          } catch {
          }
          value = this.ensureMessageIDFormat(value);
          break;
        case "priority":
        case "x-priority":
        case "x-msmail-priority":
        case "importance":
          key = "priority";
          value = this.parsePriority(value);
          break;
        case "from":
        case "to":
        case "cc":
        case "bcc":
        case "sender":
        case "reply-to":
        case "delivered-to":
        case "return-path":
        case "disposition-notification-to":
          value = addressparser_default(value);
          this.decodeAddresses(value);
          value = {
            value,
            html: this.getAddressesHTML(value),
            text: this.getAddressesText(value)
          };
          break;
      }
      if (key.slice(0, 5) === "list-") {
        value = this.parseListHeader(key.slice(5), value);
        key = "list";
      }
      if (value) {
        if (!headers.has(key)) {
          headers.set(key, [].concat(value || []));
        } else if (Array.isArray(value)) {
          let list2 = headers.get(key);
          for (let entry of value) {
            list2.push(entry);
          }
        } else {
          headers.get(key).push(value);
        }
      }
    });
    let singleKeys = [
      "message-id",
      "content-id",
      "from",
      "sender",
      "in-reply-to",
      "reply-to",
      "subject",
      "date",
      "content-disposition",
      "content-type",
      "content-transfer-encoding",
      "priority",
      "mime-version",
      "content-description",
      "precedence",
      "errors-to",
      "disposition-notification-to"
    ];
    headers.forEach((value, key) => {
      if (Array.isArray(value)) {
        if (singleKeys.includes(key) && value.length) {
          headers.set(key, value[0]);
        } else if (value.length === 1) {
          headers.set(key, value[0]);
        }
      }
      if (key === "list") {
        let listValue = {};
        [].concat(value || []).forEach((val) => {
          Object.keys(val || {}).forEach((listKey) => {
            listValue[listKey] = val[listKey];
          });
        });
        headers.set(key, listValue);
      }
    });
    return headers;
  }
  /** @internal */
  parseListHeader(key, value) {
    if (UNSAFE_LIST_KEYS.has(key)) {
      return false;
    }
    let addresses = addressparser_default(value);
    let response = {};
    let data = addresses.map((address) => {
      if (/^https?:/i.test(address.name)) {
        response.url = address.name;
      } else if (address.name) {
        response.name = address.name;
      }
      if (/^mailto:/.test(address.address || "")) {
        response.mail = address.address.slice(7);
      } else if (address.address && address.address.indexOf("@") < 0) {
        response.id = address.address;
      } else if (address.address) {
        response.mail = address.address;
      }
      if (Object.keys(response).length) {
        return response;
      }
      return false;
    }).filter((address) => address);
    if (data.length) {
      return {
        [key]: response
      };
    }
    return false;
  }
  /**
   * Turns a `Priority`, `X-Priority`, `X-MSMail-Priority` or `Importance` header value into
   * `'high'`, `'normal'` or `'low'`.
   */
  parsePriority(value) {
    value = value.toLowerCase().trim();
    if (!isNaN(parseInt(value, 10))) {
      let level = parseInt(value, 10) || 0;
      if (level === 3) {
        return "normal";
      } else if (level > 3) {
        return "low";
      } else {
        return "high";
      }
    } else {
      switch (value) {
        case "non-urgent":
        case "low":
          return "low";
        case "urgent":
        case "high":
          return "high";
      }
    }
    return "normal";
  }
  /**
   * Wraps a Message-ID in angle brackets where they are missing. Returns `false` for an empty value.
   */
  ensureMessageIDFormat(value) {
    if (!value.length) {
      return false;
    }
    if (value.charAt(0) !== "<") {
      value = "<" + value;
    }
    if (value.charAt(value.length - 1) !== ">") {
      value += ">";
    }
    return value;
  }
  /** @internal */
  decodeAddresses(addresses) {
    decodeAddresses(addresses, this.libmime);
  }
  /** @internal */
  createNode(node) {
    let contentType = node.contentType;
    let disposition = node.disposition;
    let encoding = node.encoding;
    let charset = node.charset;
    if (!contentType && node.root) {
      contentType = "text/plain";
    }
    let newNode = {
      node,
      headerLines: node.headers.lines,
      headers: this.processHeaders(node.headers.getList()),
      contentType,
      children: []
    };
    if (!/^multipart\//i.test(contentType)) {
      if (disposition && !["attachment", "inline"].includes(disposition)) {
        disposition = "attachment";
      }
      if (!disposition && !this.textTypes.includes(contentType)) {
        newNode.disposition = "attachment";
      } else {
        newNode.disposition = disposition || "inline";
      }
      newNode.isAttachment = !this.textTypes.includes(contentType) || newNode.disposition !== "inline";
      newNode.encoding = ["quoted-printable", "base64"].includes(encoding) ? encoding : "binary";
      if (charset) {
        newNode.charset = charset;
      }
      let decoder = node.getDecoder();
      decoder.on("end", () => {
        this.decoderEnded = true;
      });
      newNode.decoder = decoder;
    }
    if (node.root) {
      this.headers = newNode.headers;
      this.headerLines = newNode.headerLines;
    }
    if (!this.tree || !this.curnode) {
      newNode.root = true;
      this.curnode = this.tree = newNode;
      return newNode;
    }
    if (!this.curnode.parent) {
      newNode.parent = this.curnode;
      this.curnode.children.push(newNode);
      this.curnode = newNode;
      return newNode;
    }
    if (this.curnode.parent.node === node.parentNode) {
      newNode.parent = this.curnode.parent;
      this.curnode.parent.children.push(newNode);
      this.curnode = newNode;
      return newNode;
    }
    if (this.curnode.node === node.parentNode) {
      newNode.parent = this.curnode;
      this.curnode.children.push(newNode);
      this.curnode = newNode;
      return newNode;
    }
    let parentNode = this.curnode;
    while (parentNode = parentNode.parent) {
      if (parentNode.node === node.parentNode) {
        newNode.parent = parentNode;
        parentNode.children.push(newNode);
        this.curnode = newNode;
        return newNode;
      }
    }
    this.curnode = newNode;
    return newNode;
  }
  /** @internal */
  getTextContent() {
    let text = [];
    let html = [];
    let textConversionError = null;
    let processNode = (alternative, level, node) => {
      if (node.showMeta) {
        let meta = ["From", "Subject", "Date", "To", "Cc", "Bcc"].map((fkey) => {
          let key = fkey.toLowerCase();
          if (!node.headers.has(key)) {
            return false;
          }
          let value = node.headers.get(key);
          if (!value) {
            return false;
          }
          return {
            key: fkey,
            value: Array.isArray(value) ? value[value.length - 1] : value
          };
        }).filter((entry) => entry);
        if (this.hasHtml) {
          html.push('<table class="mp_head">' + meta.map((entry) => {
            let value = entry.value;
            switch (entry.key) {
              case "From":
              case "To":
              case "Cc":
              case "Bcc":
                value = value.html;
                break;
              case "Date":
                value = this.options.formatDateString ? this.options.formatDateString(value) : value.toUTCString();
                break;
              case "Subject":
                value = "<strong>" + import_he2.default.encode(value) + "</strong>";
                break;
              default:
                value = import_he2.default.encode(value);
            }
            return '<tr><td class="mp_head_key">' + import_he2.default.encode(entry.key) + ':</td><td class="mp_head_value">' + value + "<td></tr>";
          }).join("\n") + "<table>");
        }
        if (this.hasText) {
          text.push("\n" + meta.map((entry) => {
            let value = entry.value;
            switch (entry.key) {
              case "From":
              case "To":
              case "Cc":
              case "Bcc":
                value = value.text;
                break;
              case "Date":
                value = this.options.formatDateString ? this.options.formatDateString(value) : value.toUTCString();
                break;
            }
            return entry.key + ": " + value;
          }).join("\n") + "\n");
        }
      }
      if (node.textContent) {
        if (node.contentType === "text/plain") {
          text.push(node.textContent);
          if (!alternative && this.hasHtml) {
            html.push(this.textToHtml(node.textContent));
          }
        } else if (node.contentType === "message/delivery-status" && !this.options.keepDeliveryStatus) {
          text.push(node.textContent);
          if (!alternative && this.hasHtml) {
            html.push(this.textToHtml(node.textContent));
          }
        } else if (node.contentType === "text/html") {
          if (!alternative && this.hasText || node.root && !this.hasText) {
            if (this.options.skipHtmlToText) {
              text.push("");
            } else {
              let err = null;
              if (node.textContent.length > this.options.maxHtmlLengthToParse) {
                err = new Error(`HTML too long for parsing ${node.textContent.length} bytes`);
              } else if (exceedsHtmlNestingDepth(node.textContent, MAX_HTML_NESTING_DEPTH)) {
                err = new Error(`HTML nested deeper than ${MAX_HTML_NESTING_DEPTH} levels`);
              } else {
                try {
                  text.push(convert(node.textContent, { limits: { maxDepth: MAX_HTML_NESTING_DEPTH } }));
                } catch (cause) {
                  err = new Error("Failed to parse HTML", { cause });
                }
              }
              if (err) {
                text.push("");
                textConversionError = textConversionError || err;
              }
            }
          }
          html.push(node.textContent);
        }
      }
      alternative = alternative || node.contentType === "multipart/alternative";
      if (node.children) {
        node.children.forEach((subNode) => {
          processNode(alternative, level + 1, subNode);
        });
      }
    };
    processNode(false, 0, this.tree);
    let response = {
      type: "text"
    };
    if (html.length) {
      this.html = response.html = html.join("<br/>\n");
    }
    if (text.length) {
      this.text = response.text = text.join("\n");
      this.textAsHtml = response.textAsHtml = text.map((part) => this.textToHtml(part)).join("<br/>\n");
    }
    if (textConversionError) {
      response.textConversionError = textConversionError;
    }
    return response;
  }
  /** @internal */
  processChunk(data, done) {
    let partId = null;
    if (data._parentBoundary) {
      partId = (data.partNr || []).filter((nr) => typeof nr === "number").join(".") || null;
    }
    switch (data.type) {
      case "node": {
        let node = this.createNode(data);
        if (node === this.tree) {
          ["subject", "references", "date", "to", "from", "to", "cc", "bcc", "message-id", "in-reply-to", "reply-to"].forEach((key) => {
            if (node.headers.has(key)) {
              this[key.replace(/-([a-z])/g, (m, c) => c.toUpperCase())] = node.headers.get(key);
            }
          });
          let otp = getOtp(node.headerLines);
          if (otp) {
            this.otp = otp;
          }
          this.emit("headers", node.headers);
          if (node.headerLines) {
            this.emit("headerLines", node.headerLines);
          }
        }
        if (data.contentType === "message/rfc822" && data.messageNode) {
          break;
        }
        if (data.parentNode && data.parentNode.contentType === "message/rfc822") {
          node.showMeta = true;
        }
        if (node.isAttachment) {
          let decoder = node.decoder;
          let contentType = node.contentType;
          if (node.contentType === "application/octet-stream" && data.filename) {
            contentType = this.libmime.detectMimeType(data.filename) || "application/octet-stream";
          }
          let released = false;
          let waitingDrain = false;
          let pump;
          let attachment = {
            type: "attachment",
            content: null,
            contentType,
            partId,
            release: () => {
              attachment.release = null;
              released = true;
              if (waitingDrain) {
                waitingDrain = false;
                pump();
              }
              if (this.waitUntilAttachmentEnd && typeof this.attachmentCallback === "function") {
                setImmediate(this.attachmentCallback);
              }
              this.attachmentCallback = false;
              this.waitUntilAttachmentEnd = false;
            }
          };
          let algo = this.options.checksumAlgo === false ? false : this.options.checksumAlgo || "md5";
          let hasher;
          try {
            hasher = new stream_hash_default(attachment, algo);
          } catch (err) {
            err.message = `Checksum algorithm "${algo}" is not available: ${err.message}`;
            return done(err);
          }
          decoder.on("error", (err) => {
            hasher.emit("error", err);
          });
          pump = () => {
            let chunk;
            while ((chunk = decoder.read()) !== null) {
              if (hasher.write(chunk) === false && !released) {
                waitingDrain = true;
                hasher.once("drain", () => {
                  waitingDrain = false;
                  pump();
                });
                return;
              }
            }
          };
          decoder.on("readable", () => {
            if (!waitingDrain) {
              pump();
            }
          });
          decoder.once("end", () => {
            hasher.end();
          });
          attachment.content = hasher;
          this.waitUntilAttachmentEnd = true;
          if (data.disposition) {
            attachment.contentDisposition = data.disposition;
          }
          if (data.filename) {
            attachment.filename = data.filename;
          }
          if (node.headers.has("content-id")) {
            attachment.contentId = [].concat(node.headers.get("content-id") || []).shift();
            attachment.cid = attachment.contentId.trim().replace(/^<|>$/g, "").trim();
            let parentNode = node;
            while (parentNode = parentNode.parent) {
              if (parentNode.contentType === "multipart/related") {
                attachment.related = true;
              }
            }
          }
          attachment.headers = node.headers;
          this.push(attachment);
          this.attachmentList.push(attachment);
        } else if (node.disposition === "inline") {
          let chunks = [];
          let chunklen = 0;
          node.contentStream = node.decoder;
          if (node.contentType === "text/plain") {
            this.hasText = true;
          } else if (node.contentType === "text/html") {
            this.hasHtml = true;
          } else if (node.contentType === "message/delivery-status" && !this.options.keepDeliveryStatus) {
            this.hasText = true;
          }
          if (node.node.flowed) {
            let contentStream2 = node.contentStream;
            let flowDecoder = new import_flowed_decoder.default({
              delSp: node.node.delSp
            });
            contentStream2.on("error", (err) => {
              flowDecoder.emit("error", err);
            });
            contentStream2.pipe(flowDecoder);
            node.contentStream = flowDecoder;
          }
          let charset = node.charset || "utf-8";
          if (!["ascii", "usascii", "utf8"].includes(charset.toLowerCase().replace(/[^a-z0-9]+/g, ""))) {
            try {
              let contentStream2 = node.contentStream;
              let decodeStream = this.decoder.decodeStream(charset);
              contentStream2.on("error", (err) => {
                decodeStream.emit("error", err);
              });
              contentStream2.pipe(decodeStream);
              node.contentStream = decodeStream;
            } catch {
            }
          }
          let contentStream = node.contentStream;
          contentStream.on("readable", () => {
            let chunk;
            while ((chunk = contentStream.read()) !== null) {
              if (typeof chunk === "string") {
                chunk = Buffer.from(chunk);
              }
              chunks.push(chunk);
              chunklen += chunk.length;
            }
          });
          contentStream.once("end", () => {
            node.textContent = Buffer.concat(chunks, chunklen).toString().replace(/\r?\n/g, "\n");
          });
          contentStream.once("error", (err) => {
            this.emit("error", err);
          });
        }
        break;
      }
      case "data":
        if (this.curnode && this.curnode.decoder) {
          this.curnode.decoder.end();
        }
        if (this.waitUntilAttachmentEnd) {
          this.attachmentCallback = done;
          return;
        }
        break;
      case "body":
        if (this.curnode && this.curnode.decoder && this.curnode.decoder.writable) {
          if (this.curnode.decoder.write(data.value) === false) {
            this.curnode.decoder.once("drain", done);
            return;
          }
        }
        break;
    }
    setImmediate(done);
  }
  /**
   * Formats parsed addresses for an HTML context, every value HTML-escaped.
   */
  getAddressesHTML(value) {
    return formatAddressesHTML(value);
  }
  /**
   * Formats parsed addresses as plain text, display names quoted.
   */
  getAddressesText(value) {
    return formatAddressesText(value);
  }
  /**
   * Replaces `cid:` links to image attachments in the HTML content. Call it once the parser has
   * ended. `replaceCallback` is called once for every referenced image attachment and answers with
   * the URL to use instead; `done` gets the updated HTML, or `false` when the message has no HTML.
   * The total length of the URLs written is bounded by `maxInlinedImagesSize`.
   */
  updateImageLinks(replaceCallback, done) {
    if (!this.html) {
      setImmediate(() => done(null, false));
      return;
    }
    let cids = /* @__PURE__ */ new Map();
    let html = (this.html || "").toString();
    if (this.options.skipImageLinks) {
      return done(null, html);
    }
    html.replace(/\bcid:([^'"\s]{1,256})/g, (match2, cid) => {
      for (let i = 0, len = this.attachmentList.length; i < len; i++) {
        if (this.attachmentList[i].cid === cid && /^image\/[\w]+$/i.test(this.attachmentList[i].contentType)) {
          cids.set(cid, {
            attachment: this.attachmentList[i]
          });
          break;
        }
      }
      return match2;
    });
    let cidList = [];
    cids.forEach((entry) => {
      cidList.push(entry);
    });
    let pos = 0;
    let processNext = () => {
      if (pos >= cidList.length) {
        let maxSize = this.options.maxInlinedImagesSize;
        if (typeof maxSize !== "number" || !(maxSize >= 0)) {
          maxSize = MAX_INLINED_IMAGES_SIZE;
        }
        let inlinedSize = 0;
        try {
          html = html.replace(/\bcid:([^'"\s]{1,256})/g, (match2, cid) => {
            let url = cids.has(cid) && cids.get(cid).url;
            if (!url) {
              return match2;
            }
            url = String(url);
            if (inlinedSize + url.length > maxSize) {
              return match2;
            }
            inlinedSize += url.length;
            return url;
          });
        } catch (err) {
          return done(err);
        }
        return done(null, html);
      }
      let entry = cidList[pos++];
      replaceCallback(entry.attachment, (err, url) => {
        if (err) {
          setImmediate(() => done(err));
          return;
        }
        entry.url = url;
        setImmediate(processNext);
      });
    };
    setImmediate(processNext);
  }
  // Tells whether a text segment is worth handing to linkify-it, see
  // MAX_LINKIFY_* above. It is also the only quick deny: linkify-it 6 has no
  // pretest(), and its test() is a full scan, as expensive as match().
  /** @internal */
  canScanSegment(segment) {
    if (segment.length > MAX_LINKIFY_SEGMENT_LENGTH || !/[.:@/]/.test(segment)) {
      return false;
    }
    let labels = 0;
    for (let i = 0, len = segment.length; i < len; i++) {
      let code = segment.charCodeAt(i);
      if (code === 46) {
        if (++labels > MAX_LINKIFY_HOST_LABELS) {
          return false;
        }
      } else if (!isHostChar(code)) {
        labels = 0;
      }
    }
    return true;
  }
  /** @internal */
  findLinks(str) {
    let links = [];
    if (this.linkifyWork >= MAX_LINKIFY_WORK) {
      return links;
    }
    let segmentRegex = /[\S\uFEFF]+/g;
    let segmentMatch;
    while ((segmentMatch = segmentRegex.exec(str)) !== null) {
      let segment = segmentMatch[0];
      if (!this.canScanSegment(segment)) {
        continue;
      }
      let matches = linkify.match(segment);
      for (let i = 0; matches && i < matches.length; i++) {
        matches[i].index += segmentMatch.index;
        matches[i].lastIndex += segmentMatch.index;
        links.push(matches[i]);
      }
      this.linkifyWork += segment.length * (segment.length + 1024);
      if (this.linkifyWork >= MAX_LINKIFY_WORK) {
        break;
      }
    }
    return links;
  }
  /**
   * Converts plain text to HTML the way `textAsHtml` is built: HTML-escaped, paragraphs and line
   * breaks kept, and links turned into anchors unless `skipTextLinks` is set. Returns an empty
   * string when `skipTextToHtml` is set.
   */
  textToHtml(str) {
    if (this.options.skipTextToHtml) {
      return "";
    }
    str = (str || "").toString();
    let encoded;
    if (!this.options.skipTextLinks) {
      try {
        let links = this.findLinks(str);
        if (links.length) {
          let result = [];
          let last = 0;
          links.forEach((link) => {
            if (last < link.index) {
              let textPart2 = import_he2.default.encode(str.slice(last, link.index), {
                useNamedReferences: true
              });
              result.push(textPart2);
            }
            let safeUrl = link.url.replace(/"/g, "&quot;");
            let safeText = import_he2.default.encode(link.text, { useNamedReferences: true });
            result.push(`<a href="${safeUrl}">${safeText}</a>`);
            last = link.lastIndex;
          });
          let textPart = import_he2.default.encode(str.slice(last), {
            useNamedReferences: true
          });
          result.push(textPart);
          encoded = result.join("");
        }
      } catch {
      }
    }
    if (!encoded) {
      encoded = import_he2.default.encode(str, {
        useNamedReferences: true
      });
    }
    let text = "<p>" + encoded.replace(/\r?\n/g, "\n").trim().replace(/(^|[^ \t])[ \t]+(?=[\n\r\u2028\u2029]|$)/g, "$1").trim().replace(/\n\n+/g, "</p><p>").trim().replace(/\n/g, "<br/>") + // insert <br> to single linebreaks
    "</p>";
    return text;
  }
};
var mail_parser_default = MailParser;

// node_modules/mailparser/dist/esm/simple-parser.js
function simpleParser(input, options, callback) {
  if (input === null || input === void 0) {
    throw new TypeError("Input cannot be null or undefined.");
  }
  if (!callback && typeof options === "function") {
    callback = options;
    options = false;
  }
  let promise;
  let done;
  if (!callback) {
    promise = new Promise((resolve, reject) => {
      done = (err, mail2) => {
        if (err) {
          reject(err);
        } else {
          resolve(mail2);
        }
      };
    });
  } else {
    done = callback;
  }
  let settled = false;
  let settle = (...args) => {
    if (settled) {
      return;
    }
    settled = true;
    done(...args);
  };
  let parserOptions = options || {};
  let keepCidLinks = !!parserOptions.keepCidLinks;
  let mail = {
    attachments: []
  };
  let parser = new mail_parser_default(parserOptions);
  parser.on("error", (err) => {
    settle(err);
  });
  parser.on("headers", (headers) => {
    mail.headers = headers;
    mail.headerLines = parser.headerLines;
    if (parser.otp) {
      mail.otp = parser.otp;
    }
  });
  let reading = false;
  let reader = () => {
    reading = true;
    let data = parser.read();
    if (data === null) {
      reading = false;
      return;
    }
    if (data.type === "text") {
      Object.keys(data).forEach((key) => {
        if (["text", "html", "textAsHtml", "textConversionError"].includes(key)) {
          mail[key] = data[key];
        }
      });
    }
    if (data.type === "attachment") {
      let attachment = data;
      mail.attachments.push(attachment);
      let chunks = [];
      let chunklen = 0;
      attachment.content.on("readable", () => {
        let chunk;
        while ((chunk = attachment.content.read()) !== null) {
          chunks.push(chunk);
          chunklen += chunk.length;
        }
      });
      attachment.content.on("end", () => {
        attachment.content = Buffer.concat(chunks, chunklen);
        attachment.release();
        reader();
      });
    } else {
      reader();
    }
  };
  parser.on("readable", () => {
    if (!reading) {
      reader();
    }
  });
  parser.on("end", () => {
    ["subject", "references", "date", "to", "from", "to", "cc", "bcc", "message-id", "in-reply-to", "reply-to"].forEach((key) => {
      if (mail.headers && mail.headers.has(key)) {
        mail[key.replace(/-([a-z])/g, (m, c) => c.toUpperCase())] = mail.headers.get(key);
      }
    });
    if (keepCidLinks) {
      return settle(null, mail);
    }
    parser.updateImageLinks((attachment, done2) => done2(false, "data:" + attachment.contentType + ";base64," + attachment.content.toString("base64")), (err, html) => {
      if (err) {
        return settle(err);
      }
      mail.html = html;
      settle(null, mail);
    });
  });
  if (typeof input === "string") {
    parser.end(Buffer.from(input));
  } else if (Buffer.isBuffer(input)) {
    parser.end(input);
  } else {
    input.once("error", (err) => {
      input.destroy();
      parser.destroy();
      settle(err);
    }).pipe(parser);
  }
  return promise;
}
var simple_parser_default = simpleParser;

// node_modules/mailparser/dist/esm/index.js
var esm_default2 = { MailParser: mail_parser_default, simpleParser: simple_parser_default, parseAddressHeader, parseOtpToken };
export {
  mail_parser_default as MailParser,
  esm_default2 as default,
  parseAddressHeader,
  parseOtpToken,
  simple_parser_default as simpleParser
};
