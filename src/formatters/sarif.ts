// SARIF 2.1.0 for GitHub code scanning: every rule of the run is described, every finding is a result at
// its file region (or a logical location, the DNS name, for live findings without a file).
import type { Log, ReportingDescriptor, Result } from "sarif";
import type { Level } from "../engine/types.js";
import type { FindingsReport } from "./report.js";

const SARIF_LEVEL: Record<Level, Result.level> = { error: "error", warn: "warning", info: "note" };
const HELP_BASE = "https://github.com/maildns/maildns/blob/main/src/rules/";

export function formatSarif(report: FindingsReport): string {
  const rules = [...report.rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  const descriptors: ReportingDescriptor[] = rules.map((r) => ({
    id: r.meta.id,
    name: r.meta.id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: r.meta.description },
    fullDescription: { text: `${r.meta.description} References: ${r.meta.references.join("; ")}.` },
    ...(r.meta.fix ? { help: { text: r.meta.fix } } : {}),
    helpUri: `${HELP_BASE}${r.meta.id}.md`,
    defaultConfiguration: { level: SARIF_LEVEL[r.meta.defaultLevel] },
    properties: { tags: ["mail-dns", r.meta.area], area: r.meta.area, kind: r.meta.kind },
  }));
  const results: Result[] = report.findings.map((f) => {
    const result: Result = {
      ruleId: f.ruleId,
      level: SARIF_LEVEL[f.level],
      message: { text: f.message },
      partialFingerprints: { "maildns/v1": `${f.ruleId}:${f.domain}:${f.name ?? ""}:${f.messageId}` },
      properties: { domain: f.domain, ...(f.name ? { dnsName: f.name } : {}) },
    };
    const ruleIndex = index.get(f.ruleId);
    if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
    if (f.file) {
      result.locations = [
        {
          physicalLocation: {
            artifactLocation: { uri: f.file, uriBaseId: "%SRCROOT%" },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.endLine === f.line ? f.column : 1) },
          },
        },
      ];
    } else {
      result.locations = [{ logicalLocations: [{ name: f.name ?? f.domain, kind: "dnsName" }] }];
    }
    return result;
  });
  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "maildns", version: report.toolVersion, informationUri: "https://github.com/maildns/maildns", rules: descriptors } },
        results,
        columnKind: "unicodeCodePoints",
        originalUriBaseIds: { "%SRCROOT%": { uri: "file:///" } },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
