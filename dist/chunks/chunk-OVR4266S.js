import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);

// src/source/exclude.ts
var ENVIRONMENT_DIRS = /* @__PURE__ */ new Set([
  "node_modules",
  "venv",
  ".venv",
  "virtualenv",
  ".virtualenv",
  "site-packages",
  "dist-packages",
  "__pycache__",
  ".tox",
  ".nox",
  ".mypy_cache",
  ".pytest_cache",
  ".ruff_cache",
  ".ipynb_checkpoints",
  ".eggs",
  ".git",
  ".hg",
  ".svn",
  ".conda",
  ".pixi"
]);
var VENDORED_DIRS = /* @__PURE__ */ new Set([
  "third_party",
  "third-party",
  "thirdparty",
  "3rdparty",
  "vendor",
  "vendored",
  "_vendor",
  "external_libs"
]);
function excludedDirReason(segment) {
  if (ENVIRONMENT_DIRS.has(segment)) return "environment or cache directory";
  if (segment.length <= 13 && VENDORED_DIRS.has(segment.toLowerCase())) return "vendored third-party code";
  if (segment.endsWith(".egg-info")) return "build metadata";
  return null;
}
function applyExclusions(files, extra) {
  const kept = [];
  const excluded = /* @__PURE__ */ new Map();
  for (const f of files) {
    const path = f.path;
    let reason = null;
    let start = 0;
    for (let at = path.indexOf("/"); at !== -1; at = path.indexOf("/", start)) {
      reason = excludedDirReason(path.slice(start, at));
      if (reason) {
        const dir = path.slice(0, at);
        if (!excluded.has(dir)) excluded.set(dir, reason);
        break;
      }
      start = at + 1;
    }
    if (reason) continue;
    if (extra?.(f.path)) {
      excluded.set(f.path, "ignored by configuration");
      continue;
    }
    kept.push(f);
  }
  const venvRoots = kept.filter((f) => f.path.endsWith("/pyvenv.cfg")).map((f) => f.path.slice(0, -"/pyvenv.cfg".length));
  let result = kept;
  if (venvRoots.length) {
    for (const v of venvRoots) excluded.set(v, "virtualenv (pyvenv.cfg)");
    result = kept.filter((f) => !venvRoots.some((v) => f.path.startsWith(v + "/")));
  }
  return {
    files: result,
    excluded: [...excluded].map(([path, reason]) => ({ path, reason })).sort((a, b) => cmp(a.path, b.path))
  };
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  excludedDirReason,
  applyExclusions,
  cmp
};
//# sourceMappingURL=chunk-OVR4266S.js.map
