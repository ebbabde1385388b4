import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);

// src/formatters/cap.ts
var MAX_FINDINGS_PER_FILE = 200;
var MAX_FINDINGS_PER_RUN = 5e3;
var RANK = { error: 0, warn: 1, info: 2 };
function keepMostSevere(items, findings, limit) {
  if (items.length <= limit) return [...items];
  return [...items].sort((a, b) => RANK[findings[a].level] - RANK[findings[b].level] || a - b).slice(0, limit);
}
function keptPerFile(findings, perFile) {
  const groups = /* @__PURE__ */ new Map();
  findings.forEach((f, i) => {
    const key = f.file ?? `\0${f.domain}`;
    let group = groups.get(key);
    if (!group) groups.set(key, group = []);
    group.push(i);
  });
  const kept = [];
  for (const group of groups.values()) for (const i of keepMostSevere(group, findings, perFile)) kept.push(i);
  return kept;
}
function capFindings(findings, perFile = MAX_FINDINGS_PER_FILE, perRun = MAX_FINDINGS_PER_RUN) {
  if (findings.length <= perFile) return { shown: findings, omitted: 0 };
  const kept = keepMostSevere(keptPerFile(findings, perFile), findings, perRun).sort((a, b) => a - b);
  if (kept.length === findings.length) return { shown: findings, omitted: 0 };
  return { shown: kept.map((i) => findings[i]), omitted: findings.length - kept.length };
}
function omittedSentence(omitted) {
  const n = omitted.toLocaleString("en-US");
  return `${n} more finding${omitted === 1 ? "" : "s"} not shown (at most ${MAX_FINDINGS_PER_FILE} per file and ${MAX_FINDINGS_PER_RUN.toLocaleString("en-US")} per run, the most severe first; the counts include them)`;
}

// src/formatters/report.ts
var FORMATS = ["text", "json", "sarif", "github", "markdown"];
function where(f) {
  return f.file ? `${f.file}:${f.line}:${f.column}` : f.name ?? f.domain;
}

export {
  MAX_FINDINGS_PER_FILE,
  MAX_FINDINGS_PER_RUN,
  keptPerFile,
  capFindings,
  omittedSentence,
  FORMATS,
  where
};
