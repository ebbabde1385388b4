import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  emptyRRset,
  failedRRset,
  okRRset,
  parseZoneFile,
  presentAnswer,
  withAliasTtl
} from "./chunk-YEOTCFHE.js";
import {
  absoluteName,
  canonicalName,
  isAtOrBelow,
  nameProblem,
  parentName
} from "./chunk-53CTTIHG.js";
import {
  codePointName
} from "./chunk-G7NDWJJB.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-5AL66J2M.js";

// node_modules/dns-packet/types.js
var require_types = __commonJS({
  "node_modules/dns-packet/types.js"(exports) {
    "use strict";
    exports.toString = function(type) {
      switch (type) {
        case 1:
          return "A";
        case 10:
          return "NULL";
        case 28:
          return "AAAA";
        case 18:
          return "AFSDB";
        case 42:
          return "APL";
        case 257:
          return "CAA";
        case 60:
          return "CDNSKEY";
        case 59:
          return "CDS";
        case 37:
          return "CERT";
        case 5:
          return "CNAME";
        case 49:
          return "DHCID";
        case 32769:
          return "DLV";
        case 39:
          return "DNAME";
        case 48:
          return "DNSKEY";
        case 43:
          return "DS";
        case 55:
          return "HIP";
        case 13:
          return "HINFO";
        case 45:
          return "IPSECKEY";
        case 25:
          return "KEY";
        case 36:
          return "KX";
        case 29:
          return "LOC";
        case 15:
          return "MX";
        case 35:
          return "NAPTR";
        case 2:
          return "NS";
        case 47:
          return "NSEC";
        case 50:
          return "NSEC3";
        case 51:
          return "NSEC3PARAM";
        case 12:
          return "PTR";
        case 46:
          return "RRSIG";
        case 17:
          return "RP";
        case 24:
          return "SIG";
        case 6:
          return "SOA";
        case 99:
          return "SPF";
        case 33:
          return "SRV";
        case 44:
          return "SSHFP";
        case 32768:
          return "TA";
        case 249:
          return "TKEY";
        case 52:
          return "TLSA";
        case 250:
          return "TSIG";
        case 16:
          return "TXT";
        case 252:
          return "AXFR";
        case 251:
          return "IXFR";
        case 41:
          return "OPT";
        case 255:
          return "ANY";
      }
      return "UNKNOWN_" + type;
    };
    exports.toType = function(name) {
      switch (name.toUpperCase()) {
        case "A":
          return 1;
        case "NULL":
          return 10;
        case "AAAA":
          return 28;
        case "AFSDB":
          return 18;
        case "APL":
          return 42;
        case "CAA":
          return 257;
        case "CDNSKEY":
          return 60;
        case "CDS":
          return 59;
        case "CERT":
          return 37;
        case "CNAME":
          return 5;
        case "DHCID":
          return 49;
        case "DLV":
          return 32769;
        case "DNAME":
          return 39;
        case "DNSKEY":
          return 48;
        case "DS":
          return 43;
        case "HIP":
          return 55;
        case "HINFO":
          return 13;
        case "IPSECKEY":
          return 45;
        case "KEY":
          return 25;
        case "KX":
          return 36;
        case "LOC":
          return 29;
        case "MX":
          return 15;
        case "NAPTR":
          return 35;
        case "NS":
          return 2;
        case "NSEC":
          return 47;
        case "NSEC3":
          return 50;
        case "NSEC3PARAM":
          return 51;
        case "PTR":
          return 12;
        case "RRSIG":
          return 46;
        case "RP":
          return 17;
        case "SIG":
          return 24;
        case "SOA":
          return 6;
        case "SPF":
          return 99;
        case "SRV":
          return 33;
        case "SSHFP":
          return 44;
        case "TA":
          return 32768;
        case "TKEY":
          return 249;
        case "TLSA":
          return 52;
        case "TSIG":
          return 250;
        case "TXT":
          return 16;
        case "AXFR":
          return 252;
        case "IXFR":
          return 251;
        case "OPT":
          return 41;
        case "ANY":
          return 255;
        case "*":
          return 255;
      }
      if (name.toUpperCase().startsWith("UNKNOWN_")) return parseInt(name.slice(8));
      return 0;
    };
  }
});

// node_modules/dns-packet/rcodes.js
var require_rcodes = __commonJS({
  "node_modules/dns-packet/rcodes.js"(exports) {
    "use strict";
    exports.toString = function(rcode) {
      switch (rcode) {
        case 0:
          return "NOERROR";
        case 1:
          return "FORMERR";
        case 2:
          return "SERVFAIL";
        case 3:
          return "NXDOMAIN";
        case 4:
          return "NOTIMP";
        case 5:
          return "REFUSED";
        case 6:
          return "YXDOMAIN";
        case 7:
          return "YXRRSET";
        case 8:
          return "NXRRSET";
        case 9:
          return "NOTAUTH";
        case 10:
          return "NOTZONE";
        case 11:
          return "RCODE_11";
        case 12:
          return "RCODE_12";
        case 13:
          return "RCODE_13";
        case 14:
          return "RCODE_14";
        case 15:
          return "RCODE_15";
      }
      return "RCODE_" + rcode;
    };
    exports.toRcode = function(code) {
      switch (code.toUpperCase()) {
        case "NOERROR":
          return 0;
        case "FORMERR":
          return 1;
        case "SERVFAIL":
          return 2;
        case "NXDOMAIN":
          return 3;
        case "NOTIMP":
          return 4;
        case "REFUSED":
          return 5;
        case "YXDOMAIN":
          return 6;
        case "YXRRSET":
          return 7;
        case "NXRRSET":
          return 8;
        case "NOTAUTH":
          return 9;
        case "NOTZONE":
          return 10;
        case "RCODE_11":
          return 11;
        case "RCODE_12":
          return 12;
        case "RCODE_13":
          return 13;
        case "RCODE_14":
          return 14;
        case "RCODE_15":
          return 15;
      }
      return 0;
    };
  }
});

// node_modules/dns-packet/opcodes.js
var require_opcodes = __commonJS({
  "node_modules/dns-packet/opcodes.js"(exports) {
    "use strict";
    exports.toString = function(opcode) {
      switch (opcode) {
        case 0:
          return "QUERY";
        case 1:
          return "IQUERY";
        case 2:
          return "STATUS";
        case 3:
          return "OPCODE_3";
        case 4:
          return "NOTIFY";
        case 5:
          return "UPDATE";
        case 6:
          return "OPCODE_6";
        case 7:
          return "OPCODE_7";
        case 8:
          return "OPCODE_8";
        case 9:
          return "OPCODE_9";
        case 10:
          return "OPCODE_10";
        case 11:
          return "OPCODE_11";
        case 12:
          return "OPCODE_12";
        case 13:
          return "OPCODE_13";
        case 14:
          return "OPCODE_14";
        case 15:
          return "OPCODE_15";
      }
      return "OPCODE_" + opcode;
    };
    exports.toOpcode = function(code) {
      switch (code.toUpperCase()) {
        case "QUERY":
          return 0;
        case "IQUERY":
          return 1;
        case "STATUS":
          return 2;
        case "OPCODE_3":
          return 3;
        case "NOTIFY":
          return 4;
        case "UPDATE":
          return 5;
        case "OPCODE_6":
          return 6;
        case "OPCODE_7":
          return 7;
        case "OPCODE_8":
          return 8;
        case "OPCODE_9":
          return 9;
        case "OPCODE_10":
          return 10;
        case "OPCODE_11":
          return 11;
        case "OPCODE_12":
          return 12;
        case "OPCODE_13":
          return 13;
        case "OPCODE_14":
          return 14;
        case "OPCODE_15":
          return 15;
      }
      return 0;
    };
  }
});

// node_modules/dns-packet/classes.js
var require_classes = __commonJS({
  "node_modules/dns-packet/classes.js"(exports) {
    "use strict";
    exports.toString = function(klass) {
      switch (klass) {
        case 1:
          return "IN";
        case 2:
          return "CS";
        case 3:
          return "CH";
        case 4:
          return "HS";
        case 255:
          return "ANY";
      }
      return "UNKNOWN_" + klass;
    };
    exports.toClass = function(name) {
      switch (name.toUpperCase()) {
        case "IN":
          return 1;
        case "CS":
          return 2;
        case "CH":
          return 3;
        case "HS":
          return 4;
        case "ANY":
          return 255;
      }
      return 0;
    };
  }
});

// node_modules/dns-packet/optioncodes.js
var require_optioncodes = __commonJS({
  "node_modules/dns-packet/optioncodes.js"(exports) {
    "use strict";
    exports.toString = function(type) {
      switch (type) {
        // list at
        // https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-11
        case 1:
          return "LLQ";
        case 2:
          return "UL";
        case 3:
          return "NSID";
        case 5:
          return "DAU";
        case 6:
          return "DHU";
        case 7:
          return "N3U";
        case 8:
          return "CLIENT_SUBNET";
        case 9:
          return "EXPIRE";
        case 10:
          return "COOKIE";
        case 11:
          return "TCP_KEEPALIVE";
        case 12:
          return "PADDING";
        case 13:
          return "CHAIN";
        case 14:
          return "KEY_TAG";
        case 26946:
          return "DEVICEID";
      }
      if (type < 0) {
        return null;
      }
      return `OPTION_${type}`;
    };
    exports.toCode = function(name) {
      if (typeof name === "number") {
        return name;
      }
      if (!name) {
        return -1;
      }
      switch (name.toUpperCase()) {
        case "OPTION_0":
          return 0;
        case "LLQ":
          return 1;
        case "UL":
          return 2;
        case "NSID":
          return 3;
        case "OPTION_4":
          return 4;
        case "DAU":
          return 5;
        case "DHU":
          return 6;
        case "N3U":
          return 7;
        case "CLIENT_SUBNET":
          return 8;
        case "EXPIRE":
          return 9;
        case "COOKIE":
          return 10;
        case "TCP_KEEPALIVE":
          return 11;
        case "PADDING":
          return 12;
        case "CHAIN":
          return 13;
        case "KEY_TAG":
          return 14;
        case "DEVICEID":
          return 26946;
        case "OPTION_65535":
          return 65535;
      }
      const m = name.match(/_(\d+)$/);
      if (m) {
        return parseInt(m[1], 10);
      }
      return -1;
    };
  }
});

// node_modules/@leichtgewicht/ip-codec/index.cjs
var require_ip_codec = __commonJS({
  "node_modules/@leichtgewicht/ip-codec/index.cjs"(exports, module) {
    var ipCodec = (function(exports2) {
      "use strict";
      Object.defineProperty(exports2, "__esModule", {
        value: true
      });
      exports2.decode = decode;
      exports2.encode = encode2;
      exports2.familyOf = familyOf;
      exports2.name = void 0;
      exports2.sizeOf = sizeOf;
      exports2.v6 = exports2.v4 = void 0;
      const v4Regex = /^(\d{1,3}\.){3,3}\d{1,3}$/;
      const v4Size = 4;
      const v6Regex = /^(::)?(((\d{1,3}\.){3}(\d{1,3}){1})?([0-9a-f]){0,4}:{0,2}){1,8}(::)?$/i;
      const v6Size = 16;
      const v4 = {
        name: "v4",
        size: v4Size,
        isFormat: (ip) => v4Regex.test(ip),
        encode(ip, buff, offset) {
          offset = ~~offset;
          buff = buff || new Uint8Array(offset + v4Size);
          const max = ip.length;
          let n = 0;
          for (let i = 0; i < max; ) {
            const c = ip.charCodeAt(i++);
            if (c === 46) {
              buff[offset++] = n;
              n = 0;
            } else {
              n = n * 10 + (c - 48);
            }
          }
          buff[offset] = n;
          return buff;
        },
        decode(buff, offset) {
          offset = ~~offset;
          return `${buff[offset++]}.${buff[offset++]}.${buff[offset++]}.${buff[offset]}`;
        }
      };
      exports2.v4 = v4;
      const v6 = {
        name: "v6",
        size: v6Size,
        isFormat: (ip) => ip.length > 0 && v6Regex.test(ip),
        encode(ip, buff, offset) {
          offset = ~~offset;
          let end = offset + v6Size;
          let fill = -1;
          let hexN = 0;
          let decN = 0;
          let prevColon = true;
          let useDec = false;
          buff = buff || new Uint8Array(offset + v6Size);
          for (let i = 0; i < ip.length; i++) {
            let c = ip.charCodeAt(i);
            if (c === 58) {
              if (prevColon) {
                if (fill !== -1) {
                  if (offset < end) buff[offset] = 0;
                  if (offset < end - 1) buff[offset + 1] = 0;
                  offset += 2;
                } else if (offset < end) {
                  fill = offset;
                }
              } else {
                if (useDec === true) {
                  if (offset < end) buff[offset] = decN;
                  offset++;
                } else {
                  if (offset < end) buff[offset] = hexN >> 8;
                  if (offset < end - 1) buff[offset + 1] = hexN & 255;
                  offset += 2;
                }
                hexN = 0;
                decN = 0;
              }
              prevColon = true;
              useDec = false;
            } else if (c === 46) {
              if (offset < end) buff[offset] = decN;
              offset++;
              decN = 0;
              hexN = 0;
              prevColon = false;
              useDec = true;
            } else {
              prevColon = false;
              if (c >= 97) {
                c -= 87;
              } else if (c >= 65) {
                c -= 55;
              } else {
                c -= 48;
                decN = decN * 10 + c;
              }
              hexN = (hexN << 4) + c;
            }
          }
          if (prevColon === false) {
            if (useDec === true) {
              if (offset < end) buff[offset] = decN;
              offset++;
            } else {
              if (offset < end) buff[offset] = hexN >> 8;
              if (offset < end - 1) buff[offset + 1] = hexN & 255;
              offset += 2;
            }
          } else if (fill === 0) {
            if (offset < end) buff[offset] = 0;
            if (offset < end - 1) buff[offset + 1] = 0;
            offset += 2;
          } else if (fill !== -1) {
            offset += 2;
            for (let i = Math.min(offset - 1, end - 1); i >= fill + 2; i--) {
              buff[i] = buff[i - 2];
            }
            buff[fill] = 0;
            buff[fill + 1] = 0;
            fill = offset;
          }
          if (fill !== offset && fill !== -1) {
            if (offset > end - 2) {
              offset = end - 2;
            }
            while (end > fill) {
              buff[--end] = offset < end && offset > fill ? buff[--offset] : 0;
            }
          } else {
            while (offset < end) {
              buff[offset++] = 0;
            }
          }
          return buff;
        },
        decode(buff, offset) {
          offset = ~~offset;
          let result = "";
          for (let i = 0; i < v6Size; i += 2) {
            if (i !== 0) {
              result += ":";
            }
            result += (buff[offset + i] << 8 | buff[offset + i + 1]).toString(16);
          }
          return result.replace(/(^|:)0(:0)*:0(:|$)/, "$1::$3").replace(/:{3,4}/, "::");
        }
      };
      exports2.v6 = v6;
      const name = "ip";
      exports2.name = name;
      function sizeOf(ip) {
        if (v4.isFormat(ip)) return v4.size;
        if (v6.isFormat(ip)) return v6.size;
        throw Error(`Invalid ip address: ${ip}`);
      }
      function familyOf(string) {
        return sizeOf(string) === v4.size ? 1 : 2;
      }
      function encode2(ip, buff, offset) {
        offset = ~~offset;
        const size = sizeOf(ip);
        if (typeof buff === "function") {
          buff = buff(offset + size);
        }
        if (size === v4.size) {
          return v4.encode(ip, buff, offset);
        }
        return v6.encode(ip, buff, offset);
      }
      function decode(buff, offset, length) {
        offset = ~~offset;
        length = length || buff.length - offset;
        if (length === v4.size) {
          return v4.decode(buff, offset, length);
        }
        if (length === v6.size) {
          return v6.decode(buff, offset, length);
        }
        throw Error(`Invalid buffer size needs to be ${v4.size} for v4 or ${v6.size} for v6.`);
      }
      return "default" in exports2 ? exports2.default : exports2;
    })({});
    if (typeof define === "function" && define.amd) define([], function() {
      return ipCodec;
    });
    else if (typeof module === "object" && typeof exports === "object") module.exports = ipCodec;
  }
});

// node_modules/dns-packet/index.js
var require_dns_packet = __commonJS({
  "node_modules/dns-packet/index.js"(exports) {
    "use strict";
    var Buffer2 = __require("buffer").Buffer;
    var types = require_types();
    var rcodes = require_rcodes();
    var opcodes = require_opcodes();
    var classes = require_classes();
    var optioncodes = require_optioncodes();
    var ip = require_ip_codec();
    var QUERY_FLAG = 0;
    var RESPONSE_FLAG = 1 << 15;
    var FLUSH_MASK = 1 << 15;
    var NOT_FLUSH_MASK = ~FLUSH_MASK;
    var QU_MASK = 1 << 15;
    var NOT_QU_MASK = ~QU_MASK;
    var name = exports.name = {};
    name.encode = function(str, buf, offset, { mail = false } = {}) {
      if (!buf) buf = Buffer2.alloc(name.encodingLength(str));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const n = str.replace(/^\.|\.$/gm, "");
      if (n.length) {
        let list = [];
        if (mail) {
          let localPart = "";
          n.split(".").forEach((label) => {
            if (label.endsWith("\\")) {
              localPart += (localPart.length ? "." : "") + label.slice(0, -1);
            } else {
              if (list.length === 0 && localPart.length) {
                list.push(localPart + "." + label);
              } else {
                list.push(label);
              }
            }
          });
        } else {
          list = n.split(".");
        }
        for (let i = 0; i < list.length; i++) {
          const len = buf.write(list[i], offset + 1);
          buf[offset] = len;
          offset += len + 1;
        }
      }
      buf[offset++] = 0;
      name.encode.bytes = offset - oldOffset;
      return buf;
    };
    name.encode.bytes = 0;
    name.decode = function(buf, offset, { mail = false } = {}) {
      if (!offset) offset = 0;
      const list = [];
      let oldOffset = offset;
      let totalLength = 0;
      let consumedBytes = 0;
      let jumped = false;
      while (true) {
        if (offset >= buf.length) {
          throw new Error("Cannot decode name (buffer overflow)");
        }
        const len = buf[offset++];
        consumedBytes += jumped ? 0 : 1;
        if (len === 0) {
          break;
        } else if ((len & 192) === 0) {
          if (offset + len > buf.length) {
            throw new Error("Cannot decode name (buffer overflow)");
          }
          totalLength += len + 1;
          if (totalLength > 254) {
            throw new Error("Cannot decode name (name too long)");
          }
          let label = buf.toString("utf-8", offset, offset + len);
          if (mail) {
            label = label.replace(/\./g, "\\.");
          }
          list.push(label);
          offset += len;
          consumedBytes += jumped ? 0 : len;
        } else if ((len & 192) === 192) {
          if (offset + 1 > buf.length) {
            throw new Error("Cannot decode name (buffer overflow)");
          }
          const jumpOffset = buf.readUInt16BE(offset - 1) - 49152;
          if (jumpOffset >= oldOffset) {
            throw new Error("Cannot decode name (bad pointer)");
          }
          offset = jumpOffset;
          oldOffset = jumpOffset;
          consumedBytes += jumped ? 0 : 1;
          jumped = true;
        } else {
          throw new Error("Cannot decode name (bad label)");
        }
      }
      name.decode.bytes = consumedBytes;
      return list.length === 0 ? "." : list.join(".");
    };
    name.decode.bytes = 0;
    name.encodingLength = function(n) {
      if (n === "." || n === "..") return 1;
      return Buffer2.byteLength(n.replace(/^\.|\.$/gm, "")) + 2;
    };
    var string = {};
    string.encode = function(s, buf, offset) {
      if (!buf) buf = Buffer2.alloc(string.encodingLength(s));
      if (!offset) offset = 0;
      const len = buf.write(s, offset + 1);
      buf[offset] = len;
      string.encode.bytes = len + 1;
      return buf;
    };
    string.encode.bytes = 0;
    string.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf[offset];
      const s = buf.toString("utf-8", offset + 1, offset + 1 + len);
      string.decode.bytes = len + 1;
      return s;
    };
    string.decode.bytes = 0;
    string.encodingLength = function(s) {
      return Buffer2.byteLength(s) + 1;
    };
    var header = {};
    header.encode = function(h, buf, offset) {
      if (!buf) buf = header.encodingLength(h);
      if (!offset) offset = 0;
      const flags = (h.flags || 0) & 32767;
      const type = h.type === "response" ? RESPONSE_FLAG : QUERY_FLAG;
      buf.writeUInt16BE(h.id || 0, offset);
      buf.writeUInt16BE(flags | type, offset + 2);
      buf.writeUInt16BE(h.questions.length, offset + 4);
      buf.writeUInt16BE(h.answers.length, offset + 6);
      buf.writeUInt16BE(h.authorities.length, offset + 8);
      buf.writeUInt16BE(h.additionals.length, offset + 10);
      return buf;
    };
    header.encode.bytes = 12;
    header.decode = function(buf, offset) {
      if (!offset) offset = 0;
      if (buf.length < 12) throw new Error("Header must be 12 bytes");
      const flags = buf.readUInt16BE(offset + 2);
      return {
        id: buf.readUInt16BE(offset),
        type: flags & RESPONSE_FLAG ? "response" : "query",
        flags: flags & 32767,
        flag_qr: (flags >> 15 & 1) === 1,
        opcode: opcodes.toString(flags >> 11 & 15),
        flag_aa: (flags >> 10 & 1) === 1,
        flag_tc: (flags >> 9 & 1) === 1,
        flag_rd: (flags >> 8 & 1) === 1,
        flag_ra: (flags >> 7 & 1) === 1,
        flag_z: (flags >> 6 & 1) === 1,
        flag_ad: (flags >> 5 & 1) === 1,
        flag_cd: (flags >> 4 & 1) === 1,
        rcode: rcodes.toString(flags & 15),
        questions: new Array(buf.readUInt16BE(offset + 4)),
        answers: new Array(buf.readUInt16BE(offset + 6)),
        authorities: new Array(buf.readUInt16BE(offset + 8)),
        additionals: new Array(buf.readUInt16BE(offset + 10))
      };
    };
    header.decode.bytes = 12;
    header.encodingLength = function() {
      return 12;
    };
    var runknown = exports.unknown = {};
    runknown.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(runknown.encodingLength(data));
      if (!offset) offset = 0;
      buf.writeUInt16BE(data.length, offset);
      data.copy(buf, offset + 2);
      runknown.encode.bytes = data.length + 2;
      return buf;
    };
    runknown.encode.bytes = 0;
    runknown.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf.readUInt16BE(offset);
      const data = buf.slice(offset + 2, offset + 2 + len);
      runknown.decode.bytes = len + 2;
      return data;
    };
    runknown.decode.bytes = 0;
    runknown.encodingLength = function(data) {
      return data.length + 2;
    };
    var rns = exports.ns = {};
    rns.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rns.encodingLength(data));
      if (!offset) offset = 0;
      name.encode(data, buf, offset + 2);
      buf.writeUInt16BE(name.encode.bytes, offset);
      rns.encode.bytes = name.encode.bytes + 2;
      return buf;
    };
    rns.encode.bytes = 0;
    rns.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf.readUInt16BE(offset);
      const dd = name.decode(buf, offset + 2);
      rns.decode.bytes = len + 2;
      return dd;
    };
    rns.decode.bytes = 0;
    rns.encodingLength = function(data) {
      return name.encodingLength(data) + 2;
    };
    var rsoa = exports.soa = {};
    rsoa.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rsoa.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      name.encode(data.mname, buf, offset);
      offset += name.encode.bytes;
      name.encode(data.rname, buf, offset, { mail: true });
      offset += name.encode.bytes;
      buf.writeUInt32BE(data.serial || 0, offset);
      offset += 4;
      buf.writeUInt32BE(data.refresh || 0, offset);
      offset += 4;
      buf.writeUInt32BE(data.retry || 0, offset);
      offset += 4;
      buf.writeUInt32BE(data.expire || 0, offset);
      offset += 4;
      buf.writeUInt32BE(data.minimum || 0, offset);
      offset += 4;
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rsoa.encode.bytes = offset - oldOffset;
      return buf;
    };
    rsoa.encode.bytes = 0;
    rsoa.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.mname = name.decode(buf, offset);
      offset += name.decode.bytes;
      data.rname = name.decode(buf, offset, { mail: true });
      offset += name.decode.bytes;
      data.serial = buf.readUInt32BE(offset);
      offset += 4;
      data.refresh = buf.readUInt32BE(offset);
      offset += 4;
      data.retry = buf.readUInt32BE(offset);
      offset += 4;
      data.expire = buf.readUInt32BE(offset);
      offset += 4;
      data.minimum = buf.readUInt32BE(offset);
      offset += 4;
      rsoa.decode.bytes = offset - oldOffset;
      return data;
    };
    rsoa.decode.bytes = 0;
    rsoa.encodingLength = function(data) {
      return 22 + name.encodingLength(data.mname) + name.encodingLength(data.rname);
    };
    var rtxt = exports.txt = {};
    rtxt.encode = function(data, buf, offset) {
      if (!Array.isArray(data)) data = [data];
      for (let i = 0; i < data.length; i++) {
        if (typeof data[i] === "string") {
          data[i] = Buffer2.from(data[i]);
        }
        if (!Buffer2.isBuffer(data[i])) {
          throw new Error("Must be a Buffer");
        }
      }
      if (!buf) buf = Buffer2.alloc(rtxt.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      data.forEach(function(d) {
        buf[offset++] = d.length;
        d.copy(buf, offset, 0, d.length);
        offset += d.length;
      });
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rtxt.encode.bytes = offset - oldOffset;
      return buf;
    };
    rtxt.encode.bytes = 0;
    rtxt.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      let remaining = buf.readUInt16BE(offset);
      offset += 2;
      let data = [];
      while (remaining > 0) {
        const len = buf[offset++];
        --remaining;
        if (remaining < len) {
          throw new Error("Buffer overflow");
        }
        data.push(buf.slice(offset, offset + len));
        offset += len;
        remaining -= len;
      }
      rtxt.decode.bytes = offset - oldOffset;
      return data;
    };
    rtxt.decode.bytes = 0;
    rtxt.encodingLength = function(data) {
      if (!Array.isArray(data)) data = [data];
      let length = 2;
      data.forEach(function(buf) {
        if (typeof buf === "string") {
          length += Buffer2.byteLength(buf) + 1;
        } else {
          length += buf.length + 1;
        }
      });
      return length;
    };
    var rnull = exports.null = {};
    rnull.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rnull.encodingLength(data));
      if (!offset) offset = 0;
      if (typeof data === "string") data = Buffer2.from(data);
      if (!data) data = Buffer2.alloc(0);
      const oldOffset = offset;
      offset += 2;
      const len = data.length;
      data.copy(buf, offset, 0, len);
      offset += len;
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rnull.encode.bytes = offset - oldOffset;
      return buf;
    };
    rnull.encode.bytes = 0;
    rnull.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const len = buf.readUInt16BE(offset);
      offset += 2;
      const data = buf.slice(offset, offset + len);
      offset += len;
      rnull.decode.bytes = offset - oldOffset;
      return data;
    };
    rnull.decode.bytes = 0;
    rnull.encodingLength = function(data) {
      if (!data) return 2;
      return (Buffer2.isBuffer(data) ? data.length : Buffer2.byteLength(data)) + 2;
    };
    var rhinfo = exports.hinfo = {};
    rhinfo.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rhinfo.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      string.encode(data.cpu, buf, offset);
      offset += string.encode.bytes;
      string.encode(data.os, buf, offset);
      offset += string.encode.bytes;
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rhinfo.encode.bytes = offset - oldOffset;
      return buf;
    };
    rhinfo.encode.bytes = 0;
    rhinfo.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.cpu = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.os = string.decode(buf, offset);
      offset += string.decode.bytes;
      rhinfo.decode.bytes = offset - oldOffset;
      return data;
    };
    rhinfo.decode.bytes = 0;
    rhinfo.encodingLength = function(data) {
      return string.encodingLength(data.cpu) + string.encodingLength(data.os) + 2;
    };
    var rptr = exports.ptr = {};
    var rcname = exports.cname = rptr;
    var rdname = exports.dname = rptr;
    rptr.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rptr.encodingLength(data));
      if (!offset) offset = 0;
      name.encode(data, buf, offset + 2);
      buf.writeUInt16BE(name.encode.bytes, offset);
      rptr.encode.bytes = name.encode.bytes + 2;
      return buf;
    };
    rptr.encode.bytes = 0;
    rptr.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const data = name.decode(buf, offset + 2);
      rptr.decode.bytes = name.decode.bytes + 2;
      return data;
    };
    rptr.decode.bytes = 0;
    rptr.encodingLength = function(data) {
      return name.encodingLength(data) + 2;
    };
    var rsrv = exports.srv = {};
    rsrv.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rsrv.encodingLength(data));
      if (!offset) offset = 0;
      buf.writeUInt16BE(data.priority || 0, offset + 2);
      buf.writeUInt16BE(data.weight || 0, offset + 4);
      buf.writeUInt16BE(data.port || 0, offset + 6);
      name.encode(data.target, buf, offset + 8);
      const len = name.encode.bytes + 6;
      buf.writeUInt16BE(len, offset);
      rsrv.encode.bytes = len + 2;
      return buf;
    };
    rsrv.encode.bytes = 0;
    rsrv.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf.readUInt16BE(offset);
      const data = {};
      data.priority = buf.readUInt16BE(offset + 2);
      data.weight = buf.readUInt16BE(offset + 4);
      data.port = buf.readUInt16BE(offset + 6);
      data.target = name.decode(buf, offset + 8);
      rsrv.decode.bytes = len + 2;
      return data;
    };
    rsrv.decode.bytes = 0;
    rsrv.encodingLength = function(data) {
      return 8 + name.encodingLength(data.target);
    };
    var rcaa = exports.caa = {};
    rcaa.ISSUER_CRITICAL = 1 << 7;
    rcaa.encode = function(data, buf, offset) {
      const len = rcaa.encodingLength(data);
      if (!buf) buf = Buffer2.alloc(rcaa.encodingLength(data));
      if (!offset) offset = 0;
      if (data.issuerCritical) {
        data.flags = rcaa.ISSUER_CRITICAL;
      }
      buf.writeUInt16BE(len - 2, offset);
      offset += 2;
      buf.writeUInt8(data.flags || 0, offset);
      offset += 1;
      string.encode(data.tag, buf, offset);
      offset += string.encode.bytes;
      buf.write(data.value, offset);
      offset += Buffer2.byteLength(data.value);
      rcaa.encode.bytes = len;
      return buf;
    };
    rcaa.encode.bytes = 0;
    rcaa.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf.readUInt16BE(offset);
      offset += 2;
      const oldOffset = offset;
      const data = {};
      data.flags = buf.readUInt8(offset);
      offset += 1;
      data.tag = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.value = buf.toString("utf-8", offset, oldOffset + len);
      data.issuerCritical = !!(data.flags & rcaa.ISSUER_CRITICAL);
      rcaa.decode.bytes = len + 2;
      return data;
    };
    rcaa.decode.bytes = 0;
    rcaa.encodingLength = function(data) {
      return string.encodingLength(data.tag) + string.encodingLength(data.value) + 2;
    };
    var rmx = exports.mx = {};
    rmx.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rmx.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      buf.writeUInt16BE(data.preference || 0, offset);
      offset += 2;
      name.encode(data.exchange, buf, offset);
      offset += name.encode.bytes;
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rmx.encode.bytes = offset - oldOffset;
      return buf;
    };
    rmx.encode.bytes = 0;
    rmx.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.preference = buf.readUInt16BE(offset);
      offset += 2;
      data.exchange = name.decode(buf, offset);
      offset += name.decode.bytes;
      rmx.decode.bytes = offset - oldOffset;
      return data;
    };
    rmx.encodingLength = function(data) {
      return 4 + name.encodingLength(data.exchange);
    };
    var ra = exports.a = {};
    ra.encode = function(host, buf, offset) {
      if (!buf) buf = Buffer2.alloc(ra.encodingLength(host));
      if (!offset) offset = 0;
      buf.writeUInt16BE(4, offset);
      offset += 2;
      ip.v4.encode(host, buf, offset);
      ra.encode.bytes = 6;
      return buf;
    };
    ra.encode.bytes = 0;
    ra.decode = function(buf, offset) {
      if (!offset) offset = 0;
      offset += 2;
      const host = ip.v4.decode(buf, offset);
      ra.decode.bytes = 6;
      return host;
    };
    ra.decode.bytes = 0;
    ra.encodingLength = function() {
      return 6;
    };
    var raaaa = exports.aaaa = {};
    raaaa.encode = function(host, buf, offset) {
      if (!buf) buf = Buffer2.alloc(raaaa.encodingLength(host));
      if (!offset) offset = 0;
      buf.writeUInt16BE(16, offset);
      offset += 2;
      ip.v6.encode(host, buf, offset);
      raaaa.encode.bytes = 18;
      return buf;
    };
    raaaa.encode.bytes = 0;
    raaaa.decode = function(buf, offset) {
      if (!offset) offset = 0;
      offset += 2;
      const host = ip.v6.decode(buf, offset);
      raaaa.decode.bytes = 18;
      return host;
    };
    raaaa.decode.bytes = 0;
    raaaa.encodingLength = function() {
      return 18;
    };
    var roption = exports.option = {};
    roption.encode = function(option, buf, offset) {
      if (!buf) buf = Buffer2.alloc(roption.encodingLength(option));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const code = optioncodes.toCode(option.code);
      buf.writeUInt16BE(code, offset);
      offset += 2;
      if (option.data) {
        buf.writeUInt16BE(option.data.length, offset);
        offset += 2;
        option.data.copy(buf, offset);
        offset += option.data.length;
      } else {
        switch (code) {
          // case 3: NSID.  No encode makes sense.
          // case 5,6,7: Not implementable
          case 8:
            const spl = option.sourcePrefixLength || 0;
            const fam = option.family || ip.familyOf(option.ip);
            const ipBuf = ip.encode(option.ip, Buffer2.alloc);
            const ipLen = Math.ceil(spl / 8);
            buf.writeUInt16BE(ipLen + 4, offset);
            offset += 2;
            buf.writeUInt16BE(fam, offset);
            offset += 2;
            buf.writeUInt8(spl, offset++);
            buf.writeUInt8(option.scopePrefixLength || 0, offset++);
            ipBuf.copy(buf, offset, 0, ipLen);
            offset += ipLen;
            break;
          // case 9: EXPIRE (experimental)
          // case 10: COOKIE.  No encode makes sense.
          case 11:
            if (option.timeout) {
              buf.writeUInt16BE(2, offset);
              offset += 2;
              buf.writeUInt16BE(option.timeout, offset);
              offset += 2;
            } else {
              buf.writeUInt16BE(0, offset);
              offset += 2;
            }
            break;
          case 12:
            const len = option.length || 0;
            buf.writeUInt16BE(len, offset);
            offset += 2;
            buf.fill(0, offset, offset + len);
            offset += len;
            break;
          // case 13:  CHAIN.  Experimental.
          case 14:
            const tagsLen = option.tags.length * 2;
            buf.writeUInt16BE(tagsLen, offset);
            offset += 2;
            for (const tag of option.tags) {
              buf.writeUInt16BE(tag, offset);
              offset += 2;
            }
            break;
          default:
            throw new Error(`Unknown roption code: ${option.code}`);
        }
      }
      roption.encode.bytes = offset - oldOffset;
      return buf;
    };
    roption.encode.bytes = 0;
    roption.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const option = {};
      option.code = buf.readUInt16BE(offset);
      option.type = optioncodes.toString(option.code);
      offset += 2;
      const len = buf.readUInt16BE(offset);
      offset += 2;
      option.data = buf.slice(offset, offset + len);
      switch (option.code) {
        // case 3: NSID.  No decode makes sense.
        case 8:
          option.family = buf.readUInt16BE(offset);
          offset += 2;
          option.sourcePrefixLength = buf.readUInt8(offset++);
          option.scopePrefixLength = buf.readUInt8(offset++);
          const padded = Buffer2.alloc(option.family === 1 ? 4 : 16);
          buf.copy(padded, 0, offset, offset + len - 4);
          option.ip = ip.decode(padded);
          break;
        // case 12: Padding.  No decode makes sense.
        case 11:
          if (len > 0) {
            option.timeout = buf.readUInt16BE(offset);
            offset += 2;
          }
          break;
        case 14:
          option.tags = [];
          for (let i = 0; i < len; i += 2) {
            option.tags.push(buf.readUInt16BE(offset));
            offset += 2;
          }
      }
      roption.decode.bytes = len + 4;
      return option;
    };
    roption.decode.bytes = 0;
    roption.encodingLength = function(option) {
      if (option.data) {
        return option.data.length + 4;
      }
      const code = optioncodes.toCode(option.code);
      switch (code) {
        case 8:
          const spl = option.sourcePrefixLength || 0;
          return Math.ceil(spl / 8) + 8;
        case 11:
          return typeof option.timeout === "number" ? 6 : 4;
        case 12:
          return option.length + 4;
        case 14:
          return 4 + option.tags.length * 2;
      }
      throw new Error(`Unknown roption code: ${option.code}`);
    };
    var ropt = exports.opt = {};
    ropt.encode = function(options, buf, offset) {
      if (!buf) buf = Buffer2.alloc(ropt.encodingLength(options));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const rdlen = encodingLengthList(options, roption);
      buf.writeUInt16BE(rdlen, offset);
      offset = encodeList(options, roption, buf, offset + 2);
      ropt.encode.bytes = offset - oldOffset;
      return buf;
    };
    ropt.encode.bytes = 0;
    ropt.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const options = [];
      let rdlen = buf.readUInt16BE(offset);
      offset += 2;
      let o = 0;
      while (rdlen > 0) {
        options[o++] = roption.decode(buf, offset);
        offset += roption.decode.bytes;
        rdlen -= roption.decode.bytes;
      }
      ropt.decode.bytes = offset - oldOffset;
      return options;
    };
    ropt.decode.bytes = 0;
    ropt.encodingLength = function(options) {
      return 2 + encodingLengthList(options || [], roption);
    };
    var rdnskey = exports.dnskey = {};
    rdnskey.PROTOCOL_DNSSEC = 3;
    rdnskey.ZONE_KEY = 128;
    rdnskey.SECURE_ENTRYPOINT = 32768;
    rdnskey.encode = function(key, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rdnskey.encodingLength(key));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const keydata = key.key;
      if (!Buffer2.isBuffer(keydata)) {
        throw new Error("Key must be a Buffer");
      }
      offset += 2;
      buf.writeUInt16BE(key.flags, offset);
      offset += 2;
      buf.writeUInt8(rdnskey.PROTOCOL_DNSSEC, offset);
      offset += 1;
      buf.writeUInt8(key.algorithm, offset);
      offset += 1;
      keydata.copy(buf, offset, 0, keydata.length);
      offset += keydata.length;
      rdnskey.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rdnskey.encode.bytes - 2, oldOffset);
      return buf;
    };
    rdnskey.encode.bytes = 0;
    rdnskey.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var key = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      key.flags = buf.readUInt16BE(offset);
      offset += 2;
      if (buf.readUInt8(offset) !== rdnskey.PROTOCOL_DNSSEC) {
        throw new Error("Protocol must be 3");
      }
      offset += 1;
      key.algorithm = buf.readUInt8(offset);
      offset += 1;
      key.key = buf.slice(offset, oldOffset + length + 2);
      offset += key.key.length;
      rdnskey.decode.bytes = offset - oldOffset;
      return key;
    };
    rdnskey.decode.bytes = 0;
    rdnskey.encodingLength = function(key) {
      return 6 + Buffer2.byteLength(key.key);
    };
    var rrrsig = exports.rrsig = {};
    rrrsig.encode = function(sig, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rrrsig.encodingLength(sig));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const signature = sig.signature;
      if (!Buffer2.isBuffer(signature)) {
        throw new Error("Signature must be a Buffer");
      }
      offset += 2;
      buf.writeUInt16BE(types.toType(sig.typeCovered), offset);
      offset += 2;
      buf.writeUInt8(sig.algorithm, offset);
      offset += 1;
      buf.writeUInt8(sig.labels, offset);
      offset += 1;
      buf.writeUInt32BE(sig.originalTTL, offset);
      offset += 4;
      buf.writeUInt32BE(sig.expiration, offset);
      offset += 4;
      buf.writeUInt32BE(sig.inception, offset);
      offset += 4;
      buf.writeUInt16BE(sig.keyTag, offset);
      offset += 2;
      name.encode(sig.signersName, buf, offset);
      offset += name.encode.bytes;
      signature.copy(buf, offset, 0, signature.length);
      offset += signature.length;
      rrrsig.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rrrsig.encode.bytes - 2, oldOffset);
      return buf;
    };
    rrrsig.encode.bytes = 0;
    rrrsig.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var sig = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      sig.typeCovered = types.toString(buf.readUInt16BE(offset));
      offset += 2;
      sig.algorithm = buf.readUInt8(offset);
      offset += 1;
      sig.labels = buf.readUInt8(offset);
      offset += 1;
      sig.originalTTL = buf.readUInt32BE(offset);
      offset += 4;
      sig.expiration = buf.readUInt32BE(offset);
      offset += 4;
      sig.inception = buf.readUInt32BE(offset);
      offset += 4;
      sig.keyTag = buf.readUInt16BE(offset);
      offset += 2;
      sig.signersName = name.decode(buf, offset);
      offset += name.decode.bytes;
      sig.signature = buf.slice(offset, oldOffset + length + 2);
      offset += sig.signature.length;
      rrrsig.decode.bytes = offset - oldOffset;
      return sig;
    };
    rrrsig.decode.bytes = 0;
    rrrsig.encodingLength = function(sig) {
      return 20 + name.encodingLength(sig.signersName) + Buffer2.byteLength(sig.signature);
    };
    var rrp = exports.rp = {};
    rrp.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rrp.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      name.encode(data.mbox || ".", buf, offset, { mail: true });
      offset += name.encode.bytes;
      name.encode(data.txt || ".", buf, offset);
      offset += name.encode.bytes;
      rrp.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rrp.encode.bytes - 2, oldOffset);
      return buf;
    };
    rrp.encode.bytes = 0;
    rrp.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.mbox = name.decode(buf, offset, { mail: true }) || ".";
      offset += name.decode.bytes;
      data.txt = name.decode(buf, offset) || ".";
      offset += name.decode.bytes;
      rrp.decode.bytes = offset - oldOffset;
      return data;
    };
    rrp.decode.bytes = 0;
    rrp.encodingLength = function(data) {
      return 2 + name.encodingLength(data.mbox || ".") + name.encodingLength(data.txt || ".");
    };
    var typebitmap = {};
    typebitmap.encode = function(typelist, buf, offset) {
      if (!buf) buf = Buffer2.alloc(typebitmap.encodingLength(typelist));
      if (!offset) offset = 0;
      const oldOffset = offset;
      var typesByWindow = [];
      for (var i = 0; i < typelist.length; i++) {
        var typeid = types.toType(typelist[i]);
        if (typesByWindow[typeid >> 8] === void 0) {
          typesByWindow[typeid >> 8] = [];
        }
        typesByWindow[typeid >> 8][typeid >> 3 & 31] |= 1 << 7 - (typeid & 7);
      }
      for (i = 0; i < typesByWindow.length; i++) {
        if (typesByWindow[i] !== void 0) {
          var windowBuf = Buffer2.from(typesByWindow[i]);
          buf.writeUInt8(i, offset);
          offset += 1;
          buf.writeUInt8(windowBuf.length, offset);
          offset += 1;
          windowBuf.copy(buf, offset);
          offset += windowBuf.length;
        }
      }
      typebitmap.encode.bytes = offset - oldOffset;
      return buf;
    };
    typebitmap.encode.bytes = 0;
    typebitmap.decode = function(buf, offset, length) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var typelist = [];
      while (offset - oldOffset < length) {
        var window = buf.readUInt8(offset);
        offset += 1;
        var windowLength = buf.readUInt8(offset);
        offset += 1;
        for (var i = 0; i < windowLength; i++) {
          var b = buf.readUInt8(offset + i);
          for (var j = 0; j < 8; j++) {
            if (b & 1 << 7 - j) {
              var typeid = types.toString(window << 8 | i << 3 | j);
              typelist.push(typeid);
            }
          }
        }
        offset += windowLength;
      }
      typebitmap.decode.bytes = offset - oldOffset;
      return typelist;
    };
    typebitmap.decode.bytes = 0;
    typebitmap.encodingLength = function(typelist) {
      var extents = [];
      for (var i = 0; i < typelist.length; i++) {
        var typeid = types.toType(typelist[i]);
        extents[typeid >> 8] = Math.max(extents[typeid >> 8] || 0, typeid & 255);
      }
      var len = 0;
      for (i = 0; i < extents.length; i++) {
        if (extents[i] !== void 0) {
          len += 2 + Math.ceil((extents[i] + 1) / 8);
        }
      }
      return len;
    };
    var rnsec = exports.nsec = {};
    rnsec.encode = function(record, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rnsec.encodingLength(record));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      name.encode(record.nextDomain, buf, offset);
      offset += name.encode.bytes;
      typebitmap.encode(record.rrtypes, buf, offset);
      offset += typebitmap.encode.bytes;
      rnsec.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rnsec.encode.bytes - 2, oldOffset);
      return buf;
    };
    rnsec.encode.bytes = 0;
    rnsec.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var record = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      record.nextDomain = name.decode(buf, offset);
      offset += name.decode.bytes;
      record.rrtypes = typebitmap.decode(buf, offset, length - (offset - oldOffset));
      offset += typebitmap.decode.bytes;
      rnsec.decode.bytes = offset - oldOffset;
      return record;
    };
    rnsec.decode.bytes = 0;
    rnsec.encodingLength = function(record) {
      return 2 + name.encodingLength(record.nextDomain) + typebitmap.encodingLength(record.rrtypes);
    };
    var rnsec3 = exports.nsec3 = {};
    rnsec3.encode = function(record, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rnsec3.encodingLength(record));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const salt = record.salt;
      if (!Buffer2.isBuffer(salt)) {
        throw new Error("salt must be a Buffer");
      }
      const nextDomain = record.nextDomain;
      if (!Buffer2.isBuffer(nextDomain)) {
        throw new Error("nextDomain must be a Buffer");
      }
      offset += 2;
      buf.writeUInt8(record.algorithm, offset);
      offset += 1;
      buf.writeUInt8(record.flags, offset);
      offset += 1;
      buf.writeUInt16BE(record.iterations, offset);
      offset += 2;
      buf.writeUInt8(salt.length, offset);
      offset += 1;
      salt.copy(buf, offset, 0, salt.length);
      offset += salt.length;
      buf.writeUInt8(nextDomain.length, offset);
      offset += 1;
      nextDomain.copy(buf, offset, 0, nextDomain.length);
      offset += nextDomain.length;
      typebitmap.encode(record.rrtypes, buf, offset);
      offset += typebitmap.encode.bytes;
      rnsec3.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rnsec3.encode.bytes - 2, oldOffset);
      return buf;
    };
    rnsec3.encode.bytes = 0;
    rnsec3.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var record = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      record.algorithm = buf.readUInt8(offset);
      offset += 1;
      record.flags = buf.readUInt8(offset);
      offset += 1;
      record.iterations = buf.readUInt16BE(offset);
      offset += 2;
      const saltLength = buf.readUInt8(offset);
      offset += 1;
      record.salt = buf.slice(offset, offset + saltLength);
      offset += saltLength;
      const hashLength = buf.readUInt8(offset);
      offset += 1;
      record.nextDomain = buf.slice(offset, offset + hashLength);
      offset += hashLength;
      record.rrtypes = typebitmap.decode(buf, offset, length - (offset - oldOffset));
      offset += typebitmap.decode.bytes;
      rnsec3.decode.bytes = offset - oldOffset;
      return record;
    };
    rnsec3.decode.bytes = 0;
    rnsec3.encodingLength = function(record) {
      return 8 + record.salt.length + record.nextDomain.length + typebitmap.encodingLength(record.rrtypes);
    };
    var rds = exports.ds = {};
    rds.encode = function(digest, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rds.encodingLength(digest));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const digestdata = digest.digest;
      if (!Buffer2.isBuffer(digestdata)) {
        throw new Error("Digest must be a Buffer");
      }
      offset += 2;
      buf.writeUInt16BE(digest.keyTag, offset);
      offset += 2;
      buf.writeUInt8(digest.algorithm, offset);
      offset += 1;
      buf.writeUInt8(digest.digestType, offset);
      offset += 1;
      digestdata.copy(buf, offset, 0, digestdata.length);
      offset += digestdata.length;
      rds.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rds.encode.bytes - 2, oldOffset);
      return buf;
    };
    rds.encode.bytes = 0;
    rds.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var digest = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      digest.keyTag = buf.readUInt16BE(offset);
      offset += 2;
      digest.algorithm = buf.readUInt8(offset);
      offset += 1;
      digest.digestType = buf.readUInt8(offset);
      offset += 1;
      digest.digest = buf.slice(offset, oldOffset + length + 2);
      offset += digest.digest.length;
      rds.decode.bytes = offset - oldOffset;
      return digest;
    };
    rds.decode.bytes = 0;
    rds.encodingLength = function(digest) {
      return 6 + Buffer2.byteLength(digest.digest);
    };
    var rsshfp = exports.sshfp = {};
    rsshfp.getFingerprintLengthForHashType = function getFingerprintLengthForHashType(hashType) {
      switch (hashType) {
        case 1:
          return 20;
        case 2:
          return 32;
      }
    };
    rsshfp.encode = function encode2(record, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rsshfp.encodingLength(record));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      buf[offset] = record.algorithm;
      offset += 1;
      buf[offset] = record.hash;
      offset += 1;
      const fingerprintBuf = Buffer2.from(record.fingerprint.toUpperCase(), "hex");
      if (fingerprintBuf.length !== rsshfp.getFingerprintLengthForHashType(record.hash)) {
        throw new Error("Invalid fingerprint length");
      }
      fingerprintBuf.copy(buf, offset);
      offset += fingerprintBuf.byteLength;
      rsshfp.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rsshfp.encode.bytes - 2, oldOffset);
      return buf;
    };
    rsshfp.encode.bytes = 0;
    rsshfp.decode = function decode(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const record = {};
      offset += 2;
      record.algorithm = buf[offset];
      offset += 1;
      record.hash = buf[offset];
      offset += 1;
      const fingerprintLength = rsshfp.getFingerprintLengthForHashType(record.hash);
      record.fingerprint = buf.slice(offset, offset + fingerprintLength).toString("hex").toUpperCase();
      offset += fingerprintLength;
      rsshfp.decode.bytes = offset - oldOffset;
      return record;
    };
    rsshfp.decode.bytes = 0;
    rsshfp.encodingLength = function(record) {
      return 4 + Buffer2.from(record.fingerprint, "hex").byteLength;
    };
    var rnaptr = exports.naptr = {};
    rnaptr.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rnaptr.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      buf.writeUInt16BE(data.order || 0, offset);
      offset += 2;
      buf.writeUInt16BE(data.preference || 0, offset);
      offset += 2;
      string.encode(data.flags, buf, offset);
      offset += string.encode.bytes;
      string.encode(data.services, buf, offset);
      offset += string.encode.bytes;
      string.encode(data.regexp, buf, offset);
      offset += string.encode.bytes;
      name.encode(data.replacement, buf, offset);
      offset += name.encode.bytes;
      rnaptr.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rnaptr.encode.bytes - 2, oldOffset);
      return buf;
    };
    rnaptr.encode.bytes = 0;
    rnaptr.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.order = buf.readUInt16BE(offset);
      offset += 2;
      data.preference = buf.readUInt16BE(offset);
      offset += 2;
      data.flags = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.services = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.regexp = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.replacement = name.decode(buf, offset);
      offset += name.decode.bytes;
      rnaptr.decode.bytes = offset - oldOffset;
      return data;
    };
    rnaptr.decode.bytes = 0;
    rnaptr.encodingLength = function(data) {
      return string.encodingLength(data.flags) + string.encodingLength(data.services) + string.encodingLength(data.regexp) + name.encodingLength(data.replacement) + 6;
    };
    var rtlsa = exports.tlsa = {};
    rtlsa.encode = function(cert, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rtlsa.encodingLength(cert));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const certdata = cert.certificate;
      if (!Buffer2.isBuffer(certdata)) {
        throw new Error("Certificate must be a Buffer");
      }
      offset += 2;
      buf.writeUInt8(cert.usage, offset);
      offset += 1;
      buf.writeUInt8(cert.selector, offset);
      offset += 1;
      buf.writeUInt8(cert.matchingType, offset);
      offset += 1;
      certdata.copy(buf, offset, 0, certdata.length);
      offset += certdata.length;
      rtlsa.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rtlsa.encode.bytes - 2, oldOffset);
      return buf;
    };
    rtlsa.encode.bytes = 0;
    rtlsa.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const cert = {};
      const length = buf.readUInt16BE(offset);
      offset += 2;
      cert.usage = buf.readUInt8(offset);
      offset += 1;
      cert.selector = buf.readUInt8(offset);
      offset += 1;
      cert.matchingType = buf.readUInt8(offset);
      offset += 1;
      cert.certificate = buf.slice(offset, oldOffset + length + 2);
      offset += cert.certificate.length;
      rtlsa.decode.bytes = offset - oldOffset;
      return cert;
    };
    rtlsa.decode.bytes = 0;
    rtlsa.encodingLength = function(cert) {
      return 5 + Buffer2.byteLength(cert.certificate);
    };
    var renc = exports.record = function(type) {
      switch (type.toUpperCase()) {
        case "A":
          return ra;
        case "PTR":
          return rptr;
        case "CNAME":
          return rcname;
        case "DNAME":
          return rdname;
        case "TXT":
          return rtxt;
        case "NULL":
          return rnull;
        case "AAAA":
          return raaaa;
        case "SRV":
          return rsrv;
        case "HINFO":
          return rhinfo;
        case "CAA":
          return rcaa;
        case "NS":
          return rns;
        case "SOA":
          return rsoa;
        case "MX":
          return rmx;
        case "OPT":
          return ropt;
        case "DNSKEY":
          return rdnskey;
        case "RRSIG":
          return rrrsig;
        case "RP":
          return rrp;
        case "NSEC":
          return rnsec;
        case "NSEC3":
          return rnsec3;
        case "SSHFP":
          return rsshfp;
        case "DS":
          return rds;
        case "NAPTR":
          return rnaptr;
        case "TLSA":
          return rtlsa;
      }
      return runknown;
    };
    var answer = exports.answer = {};
    answer.encode = function(a, buf, offset) {
      if (!buf) buf = Buffer2.alloc(answer.encodingLength(a));
      if (!offset) offset = 0;
      const oldOffset = offset;
      name.encode(a.name, buf, offset);
      offset += name.encode.bytes;
      buf.writeUInt16BE(types.toType(a.type), offset);
      if (a.type.toUpperCase() === "OPT") {
        if (a.name !== ".") {
          throw new Error("OPT name must be root.");
        }
        buf.writeUInt16BE(a.udpPayloadSize || 4096, offset + 2);
        buf.writeUInt8(a.extendedRcode || 0, offset + 4);
        buf.writeUInt8(a.ednsVersion || 0, offset + 5);
        buf.writeUInt16BE(a.flags || 0, offset + 6);
        offset += 8;
        ropt.encode(a.options || [], buf, offset);
        offset += ropt.encode.bytes;
      } else {
        let klass = classes.toClass(a.class === void 0 ? "IN" : a.class);
        if (a.flush) klass |= FLUSH_MASK;
        buf.writeUInt16BE(klass, offset + 2);
        buf.writeUInt32BE(a.ttl || 0, offset + 4);
        offset += 8;
        const enc = renc(a.type);
        enc.encode(a.data, buf, offset);
        offset += enc.encode.bytes;
      }
      answer.encode.bytes = offset - oldOffset;
      return buf;
    };
    answer.encode.bytes = 0;
    answer.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const a = {};
      const oldOffset = offset;
      a.name = name.decode(buf, offset);
      offset += name.decode.bytes;
      a.type = types.toString(buf.readUInt16BE(offset));
      if (a.type === "OPT") {
        a.udpPayloadSize = buf.readUInt16BE(offset + 2);
        a.extendedRcode = buf.readUInt8(offset + 4);
        a.ednsVersion = buf.readUInt8(offset + 5);
        a.flags = buf.readUInt16BE(offset + 6);
        a.flag_do = (a.flags >> 15 & 1) === 1;
        a.options = ropt.decode(buf, offset + 8);
        offset += 8 + ropt.decode.bytes;
      } else {
        const klass = buf.readUInt16BE(offset + 2);
        a.ttl = buf.readUInt32BE(offset + 4);
        a.class = classes.toString(klass & NOT_FLUSH_MASK);
        a.flush = !!(klass & FLUSH_MASK);
        const enc = renc(a.type);
        a.data = enc.decode(buf, offset + 8);
        offset += 8 + enc.decode.bytes;
      }
      answer.decode.bytes = offset - oldOffset;
      return a;
    };
    answer.decode.bytes = 0;
    answer.encodingLength = function(a) {
      const data = a.data !== null && a.data !== void 0 ? a.data : a.options;
      return name.encodingLength(a.name) + 8 + renc(a.type).encodingLength(data);
    };
    var question = exports.question = {};
    question.encode = function(q, buf, offset) {
      if (!buf) buf = Buffer2.alloc(question.encodingLength(q));
      if (!offset) offset = 0;
      const oldOffset = offset;
      name.encode(q.name, buf, offset);
      offset += name.encode.bytes;
      buf.writeUInt16BE(types.toType(q.type), offset);
      offset += 2;
      buf.writeUInt16BE(classes.toClass(q.class === void 0 ? "IN" : q.class), offset);
      offset += 2;
      question.encode.bytes = offset - oldOffset;
      return q;
    };
    question.encode.bytes = 0;
    question.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const q = {};
      q.name = name.decode(buf, offset);
      offset += name.decode.bytes;
      q.type = types.toString(buf.readUInt16BE(offset));
      offset += 2;
      q.class = classes.toString(buf.readUInt16BE(offset));
      offset += 2;
      const qu = !!(q.class & QU_MASK);
      if (qu) q.class &= NOT_QU_MASK;
      question.decode.bytes = offset - oldOffset;
      return q;
    };
    question.decode.bytes = 0;
    question.encodingLength = function(q) {
      return name.encodingLength(q.name) + 4;
    };
    exports.AUTHORITATIVE_ANSWER = 1 << 10;
    exports.TRUNCATED_RESPONSE = 1 << 9;
    exports.RECURSION_DESIRED = 1 << 8;
    exports.RECURSION_AVAILABLE = 1 << 7;
    exports.AUTHENTIC_DATA = 1 << 5;
    exports.CHECKING_DISABLED = 1 << 4;
    exports.DNSSEC_OK = 1 << 15;
    exports.encode = function(result, buf, offset) {
      const allocing = !buf;
      if (allocing) buf = Buffer2.alloc(exports.encodingLength(result));
      if (!offset) offset = 0;
      const oldOffset = offset;
      if (!result.questions) result.questions = [];
      if (!result.answers) result.answers = [];
      if (!result.authorities) result.authorities = [];
      if (!result.additionals) result.additionals = [];
      header.encode(result, buf, offset);
      offset += header.encode.bytes;
      offset = encodeList(result.questions, question, buf, offset);
      offset = encodeList(result.answers, answer, buf, offset);
      offset = encodeList(result.authorities, answer, buf, offset);
      offset = encodeList(result.additionals, answer, buf, offset);
      exports.encode.bytes = offset - oldOffset;
      if (allocing && exports.encode.bytes !== buf.length) {
        return buf.slice(0, exports.encode.bytes);
      }
      return buf;
    };
    exports.encode.bytes = 0;
    exports.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const result = header.decode(buf, offset);
      offset += header.decode.bytes;
      offset = decodeList(result.questions, question, buf, offset);
      offset = decodeList(result.answers, answer, buf, offset);
      offset = decodeList(result.authorities, answer, buf, offset);
      offset = decodeList(result.additionals, answer, buf, offset);
      exports.decode.bytes = offset - oldOffset;
      return result;
    };
    exports.decode.bytes = 0;
    exports.encodingLength = function(result) {
      return header.encodingLength(result) + encodingLengthList(result.questions || [], question) + encodingLengthList(result.answers || [], answer) + encodingLengthList(result.authorities || [], answer) + encodingLengthList(result.additionals || [], answer);
    };
    exports.streamEncode = function(result) {
      const buf = exports.encode(result);
      const sbuf = Buffer2.alloc(2);
      sbuf.writeUInt16BE(buf.byteLength);
      const combine = Buffer2.concat([sbuf, buf]);
      exports.streamEncode.bytes = combine.byteLength;
      return combine;
    };
    exports.streamEncode.bytes = 0;
    exports.streamDecode = function(sbuf) {
      const len = sbuf.readUInt16BE(0);
      if (sbuf.byteLength < len + 2) {
        return null;
      }
      const result = exports.decode(sbuf.slice(2));
      exports.streamDecode.bytes = exports.decode.bytes;
      return result;
    };
    exports.streamDecode.bytes = 0;
    function encodingLengthList(list, enc) {
      let len = 0;
      for (let i = 0; i < list.length; i++) len += enc.encodingLength(list[i]);
      return len;
    }
    function encodeList(list, enc, buf, offset) {
      for (let i = 0; i < list.length; i++) {
        enc.encode(list[i], buf, offset);
        offset += enc.encode.bytes;
      }
      return offset;
    }
    function decodeList(list, enc, buf, offset) {
      for (let i = 0; i < list.length; i++) {
        list[i] = enc.decode(buf, offset);
        offset += enc.decode.bytes;
      }
      return offset;
    }
  }
});

// src/dns/wire.ts
var packet = __toESM(require_dns_packet(), 1);

// src/dns/decode.ts
var TYPE_NAMES = { 1: "A", 2: "NS", 5: "CNAME", 6: "SOA", 15: "MX", 16: "TXT", 28: "AAAA", 33: "SRV", 39: "DNAME", 41: "OPT", 46: "RRSIG", 99: "SPF" };
var RCODES = ["NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED", "YXDOMAIN", "YXRRSET", "NXRRSET", "NOTAUTH", "NOTZONE"];
var EXTENDED_RCODES = { 16: "BADVERS" };
var OPT = 41;
var OPCODES = { 0: "QUERY", 1: "IQUERY", 2: "STATUS", 4: "NOTIFY", 5: "UPDATE", 6: "DSO" };
function rcodeName(code) {
  return (code < 16 ? RCODES[code] : EXTENDED_RCODES[code]) ?? `RCODE_${code}`;
}
var DecodeError = class extends Error {
};
var typeName = (code) => TYPE_NAMES[code] ?? `TYPE${code}`;
var CLASS_NAMES = { 1: "IN", 2: "CS", 3: "CH", 4: "HS", 255: "ANY" };
var className = (code) => CLASS_NAMES[code] ?? `CLASS${code}`;
var nameEnd = 0;
function readName(buf, offset, mail = false) {
  let name = "";
  let length = 0;
  let floor = offset;
  let end = -1;
  for (; ; ) {
    if (offset >= buf.length) throw new DecodeError("Cannot decode name (buffer overflow)");
    const len = buf[offset++];
    if (len === 0) break;
    if ((len & 192) === 0) {
      if (offset + len > buf.length) throw new DecodeError("Cannot decode name (buffer overflow)");
      length += len + 1;
      if (length > 254) throw new DecodeError("Cannot decode name (name too long)");
      let ascii = true;
      for (let i = offset; i < offset + len; i++) if (buf[i] > 127) ascii = false;
      let label = buf.toString(ascii ? "latin1" : "utf8", offset, offset + len);
      if (mail && label.includes(".")) label = label.replace(/\./g, "\\.");
      name = name === "" ? label : `${name}.${label}`;
      offset += len;
    } else if ((len & 192) === 192) {
      if (offset >= buf.length) throw new DecodeError("Cannot decode name (buffer overflow)");
      const target = (len & 63) << 8 | buf[offset];
      if (target >= floor) throw new DecodeError("Cannot decode name (bad pointer)");
      if (end < 0) end = offset + 1;
      offset = target;
      floor = target;
    } else {
      throw new DecodeError("Cannot decode name (bad label)");
    }
  }
  nameEnd = end < 0 ? offset : end;
  return name === "" ? "." : name;
}
function need(buf, offset, octets) {
  if (offset + octets > buf.length) throw new DecodeError(`${buf.length} octets, records need ${offset + octets}`);
}
function nameToEnd(buf, type, start, end) {
  const name = readName(buf, start);
  if (nameEnd !== end) throw new DecodeError(`${type} record data is not one name and its length`);
  return name;
}
function ipv6(buf, at) {
  const groups = [];
  for (let i = 0; i < 16; i += 2) groups.push(buf.readUInt16BE(at + i).toString(16));
  return groups.join(":");
}
function readData(buf, type, start, end) {
  switch (type) {
    case "A":
      if (end - start !== 4) throw new DecodeError("A record data is not 4 octets");
      return `${buf[start]}.${buf[start + 1]}.${buf[start + 2]}.${buf[start + 3]}`;
    case "AAAA":
      if (end - start !== 16) throw new DecodeError("AAAA record data is not 16 octets");
      return ipv6(buf, start);
    case "CNAME":
    case "NS":
      return nameToEnd(buf, type, start, end);
    case "MX":
      need(buf, start, 2);
      return { preference: buf.readUInt16BE(start), exchange: nameToEnd(buf, type, start + 2, end) };
    case "SRV":
      need(buf, start, 6);
      return { priority: buf.readUInt16BE(start), weight: buf.readUInt16BE(start + 2), port: buf.readUInt16BE(start + 4), target: nameToEnd(buf, type, start + 6, end) };
    case "TXT":
    case "SPF": {
      if (start === end) throw new DecodeError(`${type} record data holds no character-string`);
      const strings = [];
      for (let at = start; at < end; ) {
        const len = buf[at++];
        if (at + len > end) throw new DecodeError("TXT character-string runs past its record");
        strings.push(buf.toString("utf8", at, at + len));
        at += len;
      }
      return strings;
    }
    case "SOA": {
      const mname = readName(buf, start);
      const rname = readName(buf, nameEnd, true);
      const at = nameEnd;
      if (at + 20 !== end) throw new DecodeError("SOA record data is not two names, five numbers and its length");
      need(buf, at, 20);
      return { mname, rname, serial: buf.readUInt32BE(at), refresh: buf.readUInt32BE(at + 4), retry: buf.readUInt32BE(at + 8), expire: buf.readUInt32BE(at + 12), minimum: buf.readUInt32BE(at + 16) };
    }
    default:
      return null;
  }
}
function readRecords(buf, offset, count, into, withData) {
  for (let i = 0; i < count; i++) {
    const name = readName(buf, offset);
    offset = nameEnd;
    need(buf, offset, 10);
    const type = typeName(buf.readUInt16BE(offset));
    const length = buf.readUInt16BE(offset + 8);
    const start = offset + 10;
    need(buf, start, length);
    if (withData) into.push({ name, type, class: className(buf.readUInt16BE(offset + 2)), ttl: buf.readUInt32BE(offset + 4), data: readData(buf, type, start, start + length) });
    else into.push({ name, type });
    offset = start + length;
  }
  return offset;
}
function extendedRcode(buf, offset, count) {
  let upper = null;
  for (let i = 0; i < count; i++) {
    readName(buf, offset);
    offset = nameEnd;
    need(buf, offset, 10);
    if (buf.readUInt16BE(offset) === OPT) {
      if (upper !== null) throw new DecodeError("more than one OPT record (RFC 6891 §6.1.1)");
      upper = buf[offset + 4];
    }
    const length = buf.readUInt16BE(offset + 8);
    need(buf, offset + 10, length);
    offset += 10 + length;
  }
  return upper ?? 0;
}
function decodeMessage(buf) {
  try {
    if (buf.length < 12) throw new DecodeError("Header must be 12 bytes");
    const flags = buf.readUInt16BE(2);
    const counts = [buf.readUInt16BE(4), buf.readUInt16BE(6), buf.readUInt16BE(8), buf.readUInt16BE(10)];
    const questions = [];
    let offset = 12;
    for (let i = 0; i < counts[0]; i++) {
      const name = readName(buf, offset);
      need(buf, nameEnd, 4);
      questions.push({ name, type: typeName(buf.readUInt16BE(nameEnd)), class: className(buf.readUInt16BE(nameEnd + 2)) });
      offset = nameEnd + 4;
    }
    const answers = [];
    offset = readRecords(buf, offset, counts[1], answers, true);
    const authorities = [];
    offset = readRecords(buf, offset, counts[2], authorities, false);
    const upper = extendedRcode(buf, offset, counts[3]);
    return {
      packet: {
        flag_qr: (flags & 32768) !== 0,
        flag_aa: (flags & 1024) !== 0,
        flag_tc: (flags & 512) !== 0,
        flag_ra: (flags & 128) !== 0,
        opcode: OPCODES[flags >> 11 & 15] ?? `OPCODE_${flags >> 11 & 15}`,
        rcode: rcodeName(upper << 4 | flags & 15),
        questions,
        // Records decoded by readData have the shape dns-packet gives each type.
        answers,
        authorities
      }
    };
  } catch (error) {
    return { error: `cannot decode response: ${error instanceof Error ? error.message : String(error)}` };
  }
}

// src/dns/wire.ts
var MAX_CNAME_HOPS = 12;
var TYPE_CODES = { A: 1, NS: 2, CNAME: 5, SOA: 6, MX: 15, TXT: 16, AAAA: 28, SRV: 33, SPF: 99 };
var QUERY_FLAGS = 256;
var OPT_TYPE = 41;
var PLAIN_NAME = /^[\x21-\x2d\x2f-\x5b\x5d-\x7e]+(?:\.[\x21-\x2d\x2f-\x5b\x5d-\x7e]+)*$/;
function buildQuery(id, name, type, ednsSize) {
  if (name !== "" && !PLAIN_NAME.test(name)) return buildQueryWithPacket(id, name, type, ednsSize);
  const nameOctets = name === "" ? 1 : name.length + 2;
  const size = 12 + nameOctets + 4 + (ednsSize === null ? 0 : 11);
  const message = Buffer.allocUnsafe(size);
  message.writeUInt16BE(id, 0);
  message.writeUInt16BE(QUERY_FLAGS, 2);
  message.writeUInt16BE(1, 4);
  message.writeUInt32BE(0, 6);
  message.writeUInt16BE(ednsSize === null ? 0 : 1, 10);
  let offset = 12;
  if (name !== "") {
    let labelStart = 0;
    while (labelStart <= name.length) {
      const dot = name.indexOf(".", labelStart);
      const labelEnd = dot === -1 ? name.length : dot;
      if (labelEnd - labelStart > 63) return buildQueryWithPacket(id, name, type, ednsSize);
      message[offset++] = labelEnd - labelStart;
      offset += message.write(name.slice(labelStart, labelEnd), offset, "latin1");
      labelStart = labelEnd + 1;
    }
  }
  message[offset++] = 0;
  message.writeUInt16BE(TYPE_CODES[type], offset);
  message.writeUInt16BE(1, offset + 2);
  offset += 4;
  if (ednsSize !== null) {
    message[offset] = 0;
    message.writeUInt16BE(OPT_TYPE, offset + 1);
    message.writeUInt16BE(ednsSize, offset + 3);
    message.writeUInt32BE(0, offset + 5);
    message.writeUInt16BE(0, offset + 9);
  }
  return message;
}
function buildQueryWithPacket(id, name, type, ednsSize) {
  return packet.encode({
    type: "query",
    id,
    flags: packet.RECURSION_DESIRED,
    // dns-packet knows type 99 by name at run time; its type declarations do not list it.
    questions: [{ type, name: name === "" ? "." : name, class: "IN" }],
    additionals: ednsSize === null ? [] : [{ type: "OPT", name: ".", udpPayloadSize: ednsSize, extendedRcode: 0, ednsVersion: 0, flags: 0, flag_do: false, options: [] }]
  });
}
function messageId(message) {
  return message.length >= 2 ? message.readUInt16BE(0) : null;
}
function sameName(a, b) {
  return canonicalName(a) === b;
}
function inClassIN(answer) {
  const cls = classOf(answer);
  return cls === void 0 || cls === "IN";
}
function classOf(answer) {
  return answer.class;
}
function strayRecord(answers, chain, last, aliased) {
  return answers.find((a) => {
    if (!inClassIN(a)) return true;
    const owner = canonicalName(a.name);
    if (a.type === "RRSIG") return !chain.has(owner);
    if (a.type === "DNAME") return !aliased;
    return a.type !== "CNAME" || owner === last || !chain.has(owner);
  });
}
function questionProblem(questions, name, type) {
  if (questions.length === 0) return "reply has no question section, so it cannot be matched to the question asked";
  if (questions.length > 1) return `reply has ${questions.length} questions; one was asked`;
  const question = questions[0];
  const asked = `${name === "" ? "." : name}/${type}`;
  if (!sameName(question.name, name) || question.type !== type) return `reply answers ${showName(question.name)}/${question.type}, not ${asked}`;
  if (question.class !== void 0 && question.class !== "IN") return `reply answers class ${question.class}, not IN, for ${asked}`;
  return null;
}
function showName(name) {
  const shown = name.replace(/[^\x21-\x7e]/g, "?");
  return shown.length > 80 ? `${shown.slice(0, 80)}…` : shown;
}
function decodeResponse(message) {
  return decodeMessage(message);
}
function interpretResponse(name, type, response, authoritative = false) {
  const rcode = response.rcode;
  if (!response.flag_qr) return { kind: "fault", reason: "malformed", detail: "reply is not a response (QR bit clear)" };
  if (response.opcode !== "QUERY") return { kind: "fault", reason: "malformed", detail: `reply has opcode ${response.opcode}, not QUERY` };
  switch (rcode) {
    case "NOERROR":
    case "NXDOMAIN": {
      const problem = questionProblem(response.questions ?? [], name, type);
      if (problem) return { kind: "fault", reason: "malformed", detail: problem };
      if (authoritative && !response.flag_aa) {
        return { kind: "fault", reason: "refused", detail: `the server is not authoritative for ${name} (AA clear): its answer may come from a cache, not the zone (--authoritative)` };
      }
      break;
    }
    case "SERVFAIL":
      return { kind: "fault", reason: "servfail", detail: "server answered SERVFAIL", rcode };
    case "REFUSED":
      return { kind: "fault", reason: "refused", detail: "server answered REFUSED", rcode };
    case "FORMERR":
      return { kind: "fault", reason: "malformed", detail: "server answered FORMERR", rcode };
    case "BADVERS":
      return { kind: "fault", reason: "malformed", detail: "server answered BADVERS: it does not take EDNS0", rcode };
    case "NOTIMP":
      return { kind: "fault", reason: "refused", detail: "server answered NOTIMP", rcode };
    default:
      return { kind: "fault", reason: "servfail", detail: `server answered ${rcode}`, rcode };
  }
  const answers = response.answers ?? [];
  let current = name;
  let cname;
  let hops = 0;
  let cnameTtl;
  const seen = /* @__PURE__ */ new Set([name]);
  if (type !== "CNAME") {
    for (let hop = 0; hop <= MAX_CNAME_HOPS; hop++) {
      const alias = answers.find((a) => a.type === "CNAME" && inClassIN(a) && sameName(a.name, current));
      if (!alias || alias.type !== "CNAME") break;
      const target = canonicalName(alias.data);
      if (cname === void 0) {
        cname = absoluteName(alias.data);
        if (typeof alias.ttl === "number") cnameTtl = alias.ttl;
      }
      if (seen.has(target) || hop === MAX_CNAME_HOPS) {
        return { kind: "answer", rrset: failedRRset(name, type, { reason: "malformed", detail: `CNAME loop or chain too long at ${current}` }, cname) };
      }
      seen.add(target);
      current = target;
      hops = hop + 1;
    }
  }
  const records = [];
  for (const a of answers) {
    if (a.type !== type || !inClassIN(a) || !sameName(a.name, current)) continue;
    const presented = presentAnswer(a);
    if (presented) records.push(presented);
  }
  const negative = (status) => {
    const stray = strayRecord(answers, seen, current, cname !== void 0);
    if (stray) {
      const shown = `${showName(stray.name)}/${stray.type}${inClassIN(stray) ? "" : ` class ${classOf(stray)}`}`;
      const asked = `${name === "" ? "." : name}/${type}`;
      return { kind: "fault", reason: "malformed", detail: `reply says ${status === "nxdomain" ? "NXDOMAIN" : "NODATA"} for ${asked}, yet its answer section holds ${shown}` };
    }
    return { kind: "answer", rrset: withAliasTtl(emptyRRset(name, type, status, cname), cnameTtl) };
  };
  if (rcode === "NXDOMAIN") return negative("nxdomain");
  if (records.length > 0) return { kind: "answer", rrset: withAliasTtl(okRRset(name, type, records, cname), cnameTtl) };
  const authorities = response.authorities ?? [];
  const hasSoa = authorities.some((a) => a.type === "SOA");
  if (cname !== void 0) {
    if (hasSoa) return negative("nodata");
    return cnameTtl === void 0 ? { kind: "chase", cname, target: current, hops } : { kind: "chase", cname, target: current, hops, cnameTtl };
  }
  if (!response.flag_aa && !hasSoa && authorities.some((a) => a.type === "NS")) {
    return { kind: "fault", reason: "refused", detail: `referral: the server is not authoritative for ${name}` };
  }
  if (!response.flag_aa && !response.flag_ra && !hasSoa) {
    return { kind: "fault", reason: "refused", detail: `the server neither recurses (RA clear) nor is authoritative (AA clear) for ${name}: its empty reply is not NODATA` };
  }
  return negative("nodata");
}

// src/dns/zone-index.ts
function setIndex(sets, type) {
  for (let i = 0; i < sets.length; i++) if (sets[i][0].type === type) return i;
  return -1;
}
function setOf(sets, type) {
  const at = setIndex(sets, type);
  return at < 0 ? void 0 : sets[at];
}
var SMALL_SET = 32;
function syntheticSoa(zone) {
  return { name: zone, type: "SOA", ttl: 3600, value: "ns.invalid. hostmaster.invalid. 1 3600 600 86400 300" };
}
var ZoneIndex = class {
  nodes = /* @__PURE__ */ new Map();
  apexes = /* @__PURE__ */ new Set();
  /** Values of the RRsets too large to scan, by "TYPE name". */
  largeSets = /* @__PURE__ */ new Map();
  apexVersion = 0;
  constructor(records = [], origins = []) {
    for (const origin of origins) this.addZone(origin);
    this.add(records);
  }
  node(name) {
    let node = this.nodes.get(name);
    if (!node) {
      node = { sets: void 0, exists: false, apex: false, wildcard: void 0, zone: null, zoneVersion: -1 };
      this.nodes.set(name, node);
      if (name === "*" || name.startsWith("*.")) this.node(name === "*" ? "" : name.slice(2)).wildcard = node;
    }
    return node;
  }
  /** Declare a zone apex; names at or below it are answered authoritatively. */
  addZone(origin) {
    const name = canonicalName(origin);
    if (this.apexes.has(name)) return;
    this.apexes.add(name);
    this.node(name).apex = true;
    this.apexVersion++;
  }
  add(records) {
    let lastOwner = null;
    let name = "";
    let node;
    for (const record of records) {
      if (record.name !== lastOwner || node === void 0) {
        lastOwner = record.name;
        name = canonicalName(record.name);
        node = this.node(name);
      }
      const stored = name === record.name ? record : { ...record, name };
      const sets = node.sets;
      if (!sets) {
        node.sets = [[stored]];
        for (let n = name; n !== null; n = parentName(n)) {
          const at = n === name ? node : this.node(n);
          if (at.exists) break;
          at.exists = true;
        }
      } else {
        const at = setIndex(sets, stored.type);
        if (at < 0) node.sets = [...sets, [stored]];
        else {
          const list = sets[at];
          if (!this.holds(name, list, stored)) {
            if (list.length < SMALL_SET) sets[at] = [...list, stored];
            else list.push(stored);
          }
        }
      }
      if (stored.type === "SOA") this.addZone(name);
    }
  }
  /**
   * Whether an RRset already holds this value (a zone repeats a record: it is one record, RFC 2181 §5).
   * A scan while the RRset is small; a set of values once it grows, so a hostile RRset of 100,000 records
   * is read in linear time.
   */
  holds(name, list, record) {
    if (list.length < SMALL_SET) return list.some((r) => r.value === record.value);
    const key = `${record.type} ${name}`;
    let values = this.largeSets.get(key);
    if (!values) this.largeSets.set(key, values = new Set(list.map((r) => r.value)));
    if (values.has(record.value)) return true;
    values.add(record.value);
    return false;
  }
  /** The records at a name, by type (none: undefined). Made on each call: few callers, none in a question's path. */
  at(name) {
    const sets = this.nodes.get(canonicalName(name))?.sets;
    return sets && new Map(sets.map((set) => [set[0].type, set]));
  }
  /** The records of one type at a name (none: undefined), without making the map `at` makes. */
  rrset(name, type) {
    const sets = this.nodes.get(canonicalName(name))?.sets;
    return sets && setOf(sets, type);
  }
  /** Remove every record of a name (and type, when given). */
  remove(name, type) {
    const owner = canonicalName(name);
    const node = this.nodes.get(owner);
    if (!node?.sets) return;
    const wanted = type?.toUpperCase();
    const kept = [];
    for (const set of node.sets) {
      if (wanted === void 0 || set[0].type === wanted) this.largeSets.delete(`${set[0].type} ${owner}`);
      else kept.push(set);
    }
    node.sets = kept;
  }
  get zones() {
    return [...this.apexes].sort();
  }
  *records() {
    for (const node of this.nodes.values()) if (node.sets) for (const list of node.sets) yield* list;
  }
  /** The closest zone apex holding `name`; the root when no apex was declared at all; null when outside. */
  zoneOf(name) {
    if (this.apexes.size === 0) return "";
    for (let n = name; n !== null; n = parentName(n)) {
      const node = this.nodes.get(n);
      if (node) return this.zoneOfNode(n, node);
    }
    return null;
  }
  /** The nearest name strictly above `name` that has a node, or null. */
  nearestAbove(name) {
    for (let n = parentName(name); n !== null; n = parentName(n)) if (this.nodes.has(n)) return n;
    return null;
  }
  /** The zone of a name that has a node: itself when an apex, else its parent's, kept until the apexes change. */
  zoneOfNode(name, node) {
    if (node.apex) return name;
    if (node.zoneVersion !== this.apexVersion) {
      const parent = parentName(name);
      node.zone = parent === null ? null : this.zoneOf(parent);
      node.zoneVersion = this.apexVersion;
    }
    return node.zone;
  }
  soaOf(zone) {
    const sets = this.nodes.get(zone)?.sets;
    return (sets && setOf(sets, "SOA")?.[0]) ?? syntheticSoa(zone);
  }
  /**
   * The data at a name, or at the wildcard that covers it when the name does not exist (RFC 4592 §3.3.1);
   * `wildcard` says which. `node` is the name's own node, when it has one.
   */
  dataAt(name, node, zone, above) {
    if (node?.sets && node.sets.length > 0) return { data: node.sets, wildcard: false };
    if (node?.exists) return null;
    let encloser = above ?? parentName(name);
    let at;
    while (encloser !== null && isAtOrBelow(encloser, zone)) {
      at = this.nodes.get(encloser);
      if (at?.exists) break;
      encloser = parentName(encloser);
    }
    if (encloser === null || !isAtOrBelow(encloser, zone)) return null;
    const wildcard = at?.wildcard?.sets;
    return wildcard && wildcard.length > 0 ? { data: wildcard, wildcard: true } : null;
  }
  /**
   * Answer a question. `followOutOfZone: false` stops at an alias into another zone, as authoritative
   * servers do (the client then asks for the target itself); the zone-file source follows across zones.
   */
  query(rawName, type, options = {}) {
    return this.queryCanonical(canonicalName(rawName), type, options.followOutOfZone ?? true);
  }
  /** `query` for a name already canonical (lower case, no final dot), as the zone-file source has it. */
  queryCanonical(name, type, followOutOfZone = true) {
    let node = this.nodes.get(name);
    let above = null;
    let zone;
    if (this.apexes.size === 0) zone = "";
    else if (node) zone = this.zoneOfNode(name, node);
    else {
      above = this.nearestAbove(name);
      zone = above === null ? null : this.zoneOfNode(above, this.nodes.get(above));
    }
    if (zone === null) return { rcode: "REFUSED", answers: [], soa: null, leftZones: true, finalName: name };
    const answers = [];
    let seen = null;
    let current = name;
    let currentZone = zone;
    for (let hop = 0; hop <= MAX_CNAME_HOPS; hop++) {
      const found = this.dataAt(current, node, currentZone, above);
      if (!found) {
        return { rcode: node?.exists ? "NOERROR" : "NXDOMAIN", answers, soa: this.soaOf(currentZone), leftZones: false, finalName: current };
      }
      const { data, wildcard } = found;
      const alias = type === "CNAME" ? void 0 : setOf(data, "CNAME")?.[0];
      if (!alias) {
        const records = setOf(data, type);
        if (!records || records.length === 0) return { rcode: "NOERROR", answers, soa: this.soaOf(currentZone), leftZones: false, finalName: current };
        for (const r of records) answers.push(r.name === current ? r : { ...r, name: current });
        return { rcode: "NOERROR", answers, soa: null, leftZones: false, finalName: current };
      }
      answers.push(alias.name === current ? alias : { ...alias, name: current });
      const target = canonicalName(alias.value);
      seen ??= /* @__PURE__ */ new Set();
      seen.add(current);
      if (seen.has(target)) break;
      const targetNode = this.nodes.get(target);
      const targetAbove = targetNode || this.apexes.size === 0 ? null : this.nearestAbove(target);
      let targetZone;
      if (this.apexes.size === 0) targetZone = "";
      else if (targetNode) targetZone = this.zoneOfNode(target, targetNode);
      else targetZone = targetAbove === null ? null : this.zoneOfNode(targetAbove, this.nodes.get(targetAbove));
      if (targetZone === null || !followOutOfZone && targetZone !== currentZone) {
        return { rcode: "NOERROR", answers, soa: null, leftZones: true, finalName: target };
      }
      current = target;
      currentZone = targetZone;
      node = targetNode;
      above = targetAbove;
    }
    return { rcode: "SERVFAIL", answers, soa: null, leftZones: false, finalName: current };
  }
};

// src/dns/zone-source.ts
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, resolve, sep } from "node:path";

// src/dns/run-end.ts
var DEADLINE_DETAIL = "the run's deadline was reached before an answer (--deadline)";
function interruptedDetail(interrupt) {
  return `the run was interrupted (${typeof interrupt.reason === "string" ? interrupt.reason : "signal"}) before an answer`;
}
function runEndedDetail(end, now = Date.now()) {
  if (end.interrupt?.aborted) return interruptedDetail(end.interrupt);
  if (end.deadlineAt !== void 0 && now >= end.deadlineAt) return DEADLINE_DETAIL;
  return null;
}

// src/dns/zone-source.ts
var MAX_ZONE_FILE_BYTES = 64 * 1024 * 1024;
function formatZoneError(error) {
  let message = error.message.replace(/[\u0000-\u001f\u007f\u2028\u2029]/gu, codePointName);
  if (message.length > 300) message = `${message.slice(0, 300)}… (${message.length} characters)`;
  return error.line > 0 ? `${error.file}:${error.line}:${error.column}: ${message}` : `${error.file}: ${message}`;
}
var FILE_EXTENSIONS = /* @__PURE__ */ new Set(["txt", "db", "zone", "conf", "cfg", "bak", "old", "orig", "signed", "jnl", "tmp", "json", "yaml", "yml", "csv", "log", "swp", "save", "hosts", "inc"]);
function isDomainName(name) {
  if (name.length > 253 || !/^([a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(name)) return false;
  return nameProblem(name) === null;
}
function originFromFileName(file) {
  const base = basename(file).toLowerCase();
  let stem;
  const suffixed = /^(.+)\.(zone|txt|db)$/.exec(base);
  if (suffixed) stem = suffixed[1];
  else if (base.startsWith("db.")) stem = base.slice(3);
  else {
    stem = base;
    if (FILE_EXTENSIONS.has(stem.slice(stem.lastIndexOf(".") + 1))) return null;
  }
  const origin = canonicalName(stem);
  return isDomainName(origin) ? origin : null;
}
function isZoneFileName(name) {
  const lower = name.toLowerCase();
  if (lower.endsWith(".zone")) return true;
  return (/\.(txt|db)$/.test(lower) || lower.startsWith("db.")) && originFromFileName(name) !== null;
}
async function zoneFilesIn(path, errors) {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    errors.push({ file: path, line: 0, column: 0, message: `cannot read: ${error.code ?? String(error)}` });
    return [];
  }
  if (info.isFile()) return [{ files: [path], root: dirname(path) }];
  if (!info.isDirectory()) {
    errors.push({ file: path, line: 0, column: 0, message: "not a regular file or a directory: give a zone file or a folder of them" });
    return [];
  }
  const files = (await readdir(path)).filter(isZoneFileName).sort();
  if (files.length === 0) errors.push({ file: path, line: 0, column: 0, message: "directory holds no zone files (*.zone, <zone>.txt, db.<zone>)" });
  return [{ files: files.map((f) => `${path}${path.endsWith(sep) ? "" : sep}${f}`), root: path }];
}
function realFolder(path) {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}
function includeReader(root, realRoot, topFile, readFile) {
  return (path, from) => {
    const file = isAbsolute(path) ? path : resolve(dirname(from ?? topFile), path);
    let real;
    try {
      real = realpathSync(file);
    } catch (error) {
      return { error: `$INCLUDE ${path}: cannot read it (${error.code ?? "error"})` };
    }
    if (realRoot === null || real !== realRoot && !real.startsWith(realRoot + sep)) {
      return { error: `$INCLUDE ${path} is outside the zone's folder ${root}: an included file must be in that folder or below it` };
    }
    const read = readFile(real);
    if ("error" in read) return { error: `$INCLUDE ${path}: ${read.error}` };
    return { file, id: real, text: read.text };
  };
}
var DOMAINKEY = "._domainkey.";
function zoneFileReader() {
  let buffer = Buffer.allocUnsafe(64 * 1024);
  return (file) => {
    let fd = null;
    try {
      fd = openSync(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
      const info = fstatSync(fd);
      if (!info.isFile()) return { error: "not a regular file" };
      if (info.size > MAX_ZONE_FILE_BYTES) return { error: `zone file is larger than ${MAX_ZONE_FILE_BYTES / 1024 / 1024} MiB` };
      if (buffer.length < info.size + 1) buffer = Buffer.allocUnsafe(info.size + 1);
      let length = 0;
      for (; ; ) {
        const wanted = buffer.length - length;
        const read = readSync(fd, buffer, length, wanted, null);
        length += read;
        if (read === 0 || read < wanted && length >= info.size) break;
        if (length > MAX_ZONE_FILE_BYTES) return { error: `zone file is larger than ${MAX_ZONE_FILE_BYTES / 1024 / 1024} MiB` };
        if (length === buffer.length) {
          const grown = Buffer.allocUnsafe(buffer.length * 2);
          buffer.copy(grown, 0, 0, length);
          buffer = grown;
        }
      }
      const start = length >= 3 && buffer[0] === 239 && buffer[1] === 187 && buffer[2] === 191 ? 3 : 0;
      return { text: buffer.toString("utf8", start, length) };
    } catch (error) {
      return { error: `cannot read: ${error.code ?? String(error)}` };
    } finally {
      if (fd !== null) closeSync(fd);
    }
  };
}
async function loadZones(paths, options = {}) {
  const errors = [];
  const records = [];
  const files = [];
  const originAt = /* @__PURE__ */ new Map();
  const index = new ZoneIndex();
  const readZoneFile = zoneFileReader();
  const selectors = /* @__PURE__ */ new Map();
  const given = options.origin === void 0 ? void 0 : canonicalName(options.origin);
  for (const path of paths) {
    for (const group of await zoneFilesIn(path, errors)) {
      const realRoot = realFolder(group.root);
      for (const file of group.files) {
        const fromName = given ?? originFromFileName(file);
        const read = readZoneFile(file);
        if ("error" in read) {
          errors.push({ file, line: 0, column: 0, message: read.error, ...fromName === null ? {} : { zone: fromName } });
          continue;
        }
        const text = read.text;
        const result = parseZoneFile(text, {
          file,
          include: includeReader(group.root, realRoot, file, readZoneFile),
          ...fromName === null ? {} : { origin: fromName }
        });
        files.push(file);
        const zone = result.origin ?? fromName;
        for (const error of result.errors) errors.push({ ...error, file: error.file ?? file, ...zone === null || error.code === "no-origin" ? {} : { zone } });
        if (result.origin !== null && !originAt.has(result.origin)) originAt.set(result.origin, { file, line: result.originLine ?? 0, column: result.originColumn ?? 0 });
        index.add(result.records);
        for (const record of result.records) {
          records.push(record);
          if (record.type === "SOA" && !originAt.has(record.name)) originAt.set(record.name, { file: record.file ?? file, line: record.line ?? 0, column: 1 });
          else if (record.type === "TXT" || record.type === "CNAME") addSelector(selectors, record.name);
        }
      }
    }
  }
  const origins = [...originAt.keys()].sort();
  for (const origin of origins) index.addZone(origin);
  return { records, origins, files, errors, index, originAt, selectors: new Map([...selectors].map(([domain, set]) => [domain, [...set].sort()])) };
}
function addSelector(selectors, name) {
  const at = name.lastIndexOf(DOMAINKEY);
  if (at <= 0) return;
  const domain = name.slice(at + DOMAINKEY.length);
  let set = selectors.get(domain);
  if (!set) selectors.set(domain, set = /* @__PURE__ */ new Set());
  set.add(name.slice(0, at));
}
var NOT_IN_LOADED_ZONES = "no loaded zone holds";
function notInLoadedZones(name) {
  return `${NOT_IN_LOADED_ZONES} ${name}`;
}
function isNotInLoadedZones(failure) {
  return failure.reason === "outside-zones" && failure.detail !== void 0 && failure.detail.startsWith(`${NOT_IN_LOADED_ZONES} `);
}
function isLoadedZones(input) {
  return typeof input === "object" && input !== null && !Array.isArray(input) && "records" in input && "origins" in input;
}
function createZoneSource(input, options = {}) {
  const fromLoaded = (loaded2) => {
    const zoneProblems = /* @__PURE__ */ new Map();
    let problem = null;
    for (const error of loaded2.errors) {
      if (error.zone === void 0) problem ??= formatZoneError(error);
      else if (!zoneProblems.has(error.zone)) zoneProblems.set(error.zone, formatZoneError(error));
    }
    return { index: loaded2.index, problem, zoneProblems };
  };
  const noProblems = /* @__PURE__ */ new Map();
  const zoneProblemAt = (name, problems) => {
    if (problems.size === 0) return void 0;
    for (let n = name; n !== null; n = parentName(n)) {
      const problem = problems.get(n);
      if (problem !== void 0) return problem;
    }
    return void 0;
  };
  let ready = null;
  const load = () => {
    if (ready) return ready;
    if (input instanceof ZoneIndex) ready = Promise.resolve({ index: input, problem: null, zoneProblems: noProblems });
    else if (isLoadedZones(input)) ready = Promise.resolve(fromLoaded(input));
    else if (input.length > 0 && typeof input[0] === "string") ready = loadZones(input).then(fromLoaded);
    else ready = Promise.resolve({ index: new ZoneIndex(input), problem: null, zoneProblems: noProblems });
    return ready;
  };
  let loaded = null;
  function lookup(rawName, type) {
    const ended = options.end ? runEndedDetail(options.end) : null;
    if (ended !== null) return Promise.resolve(failedRRset(canonicalName(rawName), type, { reason: "timeout", detail: ended }));
    if (loaded === null) return load().then((ready2) => answer(loaded = ready2, rawName, type));
    try {
      const rrset = answer(loaded, rawName, type);
      return rrset instanceof Promise ? rrset : Promise.resolve(rrset);
    } catch (error) {
      return Promise.reject(error);
    }
  }
  function answer(ready2, rawName, type) {
    const name = canonicalName(rawName);
    const { index, problem, zoneProblems } = ready2;
    const zoneProblem = problem ?? zoneProblemAt(name, zoneProblems);
    if (zoneProblem !== void 0) return failedRRset(name, type, { reason: "malformed", detail: `zone file has errors: ${zoneProblem}` });
    const found = index.queryCanonical(name, type);
    if (found.rcode === "REFUSED") {
      if (options.fallback) return options.fallback.lookup(name, type);
      return failedRRset(name, type, { reason: "outside-zones", detail: notInLoadedZones(name) });
    }
    const first = found.answers[0];
    const cname = type !== "CNAME" && first?.type === "CNAME" ? first.value : void 0;
    const aliasTtl = cname === void 0 ? void 0 : first.ttl;
    if (found.rcode === "SERVFAIL") return failedRRset(name, type, { reason: "malformed", detail: `CNAME loop or chain too long at ${found.finalName}` }, cname);
    if (found.leftZones) {
      if (options.fallback) {
        return options.fallback.lookup(found.finalName, type).then((target) => {
          const rrset = { ...target, name };
          delete rrset.cnameTtl;
          if (cname !== void 0) rrset.cname = cname;
          return withAliasTtl(rrset, aliasTtl);
        });
      }
      const hint = options.outsideHint ? `: ${options.outsideHint}` : "";
      return failedRRset(name, type, { reason: "outside-zones", detail: `alias target ${found.finalName} is outside the loaded zones${hint}` }, cname);
    }
    if (found.rcode === "NXDOMAIN") return withAliasTtl(emptyRRset(name, type, "nxdomain", cname), aliasTtl);
    const records = found.answers.filter((r) => r.type === type && r.name === found.finalName);
    if (records.length === 0) return withAliasTtl(emptyRRset(name, type, "nodata", cname), aliasTtl);
    return withAliasTtl(okRRset(name, type, records, cname), aliasTtl);
  }
  return {
    lookup,
    close: () => options.fallback?.close?.()
  };
}

export {
  MAX_CNAME_HOPS,
  buildQuery,
  messageId,
  decodeResponse,
  interpretResponse,
  ZoneIndex,
  DEADLINE_DETAIL,
  interruptedDetail,
  formatZoneError,
  originFromFileName,
  isZoneFileName,
  loadZones,
  isNotInLoadedZones,
  createZoneSource
};
