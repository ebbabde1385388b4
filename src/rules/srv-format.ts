// RFC 2782: an SRV record is `_Service._Proto.Name TTL IN SRV Priority Weight Port Target`, three 16-bit
// numbers and a host name (never an address; "." means the service is not offered). OVH's panel limits
// the numbers to 0..65535 [MGR].
import { defineRule } from "../engine/types.js";
import { analyseHost, type HostProblemCode } from "../mail/host.js";
import { parseSrvOwner } from "../mail/srv.js";

const FIELDS = ["priority", "weight", "port"] as const;
const MAX_FIELD = 65535;
/** Problems that make a target unusable; leading/trailing dots and case are fine. */
const TARGET_PROBLEMS: readonly HostProblemCode[] = [
  "empty",
  "scheme",
  "at-sign",
  "port",
  "path",
  "whitespace",
  "underscore",
  "bad-character",
  "hyphen-edge",
  "empty-label",
  "label-too-long",
  "name-too-long",
  "idn-invalid",
];

export default defineRule({
  meta: {
    id: "srv-format",
    area: "srv",
    description: "SRV records have a `_service._tcp|_udp` owner, priority, weight and port in 0..65535, and a host-name target.",
    references: ["RFC2782", "RFC6335 §5.1", "MGR"],
    defaultLevel: "error",
    kind: "static",
    observes: ["srv"],
    enforces: [
      { section: "RFC6335 §5.1", keyword: "MUST", text: "a service name is 1 to 15 letters, digits and inner hyphens", messages: ["badService"] },
      { section: "RFC2782", keyword: "wire-format", text: "priority, weight and port are 16-bit integers", messages: ["outOfRange"] },
      { section: "RFC2782", keyword: "MUST", text: "the target has one or more address records (a host name, not an address or a URL)", messages: ["targetIp", "badTarget"] },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      badService: { text: "SRV owner \"{{service}}\" is not of the form _service._tcp or _service._udp (RFC 2782), e.g. _imaps._tcp" },
      outOfRange: { text: "SRV {{field}} {{value}} is outside 0..65535 (a 16-bit field, RFC 2782)" },
      targetIp: { text: "SRV target {{target}} is an IP address; RFC 2782 requires a host name with A/AAAA records" },
      badTarget: { text: "SRV target \"{{target}}\" is not a host name (\"{{part}}\"); write {{instead}}" },
    },
    fix: "`- { service: _imaps._tcp, priority: 0, weight: 1, port: 993, target: ssl0.ovh.net. }`",
  },
  check(ctx) {
    for (const srv of ctx.domain.srv) {
      if (!parseSrvOwner(srv.service, ctx.domain.domain)) {
        ctx.report({ messageId: "badService", data: { service: srv.service }, at: { path: [...srv.path, "service"] } });
      }
      for (const field of FIELDS) {
        const value = srv[field];
        if (Number.isInteger(value) && value >= 0 && value <= MAX_FIELD) continue;
        ctx.report({ messageId: "outOfRange", data: { field, value: String(value) }, at: { path: [...srv.path, field] } });
      }
      const target = analyseHost(srv.target);
      if (target.kind === "ipv4" || target.kind === "ipv6") {
        ctx.report({ messageId: "targetIp", data: { target: srv.target }, at: { path: [...srv.path, "target"] } });
        continue;
      }
      const instead = target.suggestion ? `"${target.suggestion}"` : "the server's host name alone";
      for (const problem of target.problems) {
        if (!TARGET_PROBLEMS.includes(problem.code)) continue;
        ctx.report({
          messageId: "badTarget",
          data: { target: srv.target, part: problem.text, instead },
          at: { path: [...srv.path, "target"], ...(problem.end > problem.start ? { range: [problem.start, problem.end] as const } : {}) },
        });
      }
    }
  },
});
