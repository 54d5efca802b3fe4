import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);

// src/render/common.ts
function statusRank(status) {
  return status === "fail" ? 0 : status === "partial" ? 1 : status === "pass" ? 2 : 3;
}
function orderChecks(checks) {
  const lost = (c) => (Number(c.maxPoints) || 0) - (Number(c.points) || 0);
  return checks.map((c, i) => ({ c, i })).sort((a, b) => statusRank(a.c.status) - statusRank(b.c.status) || lost(b.c) - lost(a.c) || a.i - b.i).map(({ c }) => c);
}
function scopeNote(report) {
  const s = report.scope;
  if (!s || s.ml) return null;
  return `No ML code, models or datasets were found: ${s.checksApplied} of ${s.checksTotal} checks apply, so this score says little about reproducibility.`;
}

export {
  statusRank,
  orderChecks,
  scopeNote
};
//# sourceMappingURL=chunk-3A6HUAG4.js.map
