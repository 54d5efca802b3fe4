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
function firstExcludedFolder(folder) {
  let start = 0;
  for (; ; ) {
    const at = folder.indexOf("/", start);
    const end = at === -1 ? folder.length : at;
    const reason = excludedDirReason(folder.slice(start, end));
    if (reason) return { path: folder.slice(0, end), reason };
    if (at === -1) return null;
    start = at + 1;
  }
}
function applyExclusions(files, extra) {
  const kept = [];
  const excluded = /* @__PURE__ */ new Map();
  const byFolder = /* @__PURE__ */ new Map();
  for (const f of files) {
    const path = f.path;
    const slash = path.lastIndexOf("/");
    if (slash !== -1) {
      const folder = path.slice(0, slash);
      let hit = byFolder.get(folder);
      if (hit === void 0) {
        hit = firstExcludedFolder(folder);
        byFolder.set(folder, hit);
      }
      if (hit) {
        if (!excluded.has(hit.path)) excluded.set(hit.path, hit.reason);
        continue;
      }
    }
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
//# sourceMappingURL=chunk-UANJZWIZ.js.map
