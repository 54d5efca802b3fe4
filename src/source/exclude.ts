// Directories that are not the repository's own work: environments, caches, vendored third-party trees.
// Applied to every listing (git index, walk, API) so that all sources agree on what the repository is.
import type { FileEntry } from './types.ts';

const ENVIRONMENT_DIRS = new Set([
  'node_modules',
  'venv',
  '.venv',
  'virtualenv',
  '.virtualenv',
  'site-packages',
  'dist-packages',
  '__pycache__',
  '.tox',
  '.nox',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.ipynb_checkpoints',
  '.eggs',
  '.git',
  '.hg',
  '.svn',
  '.conda',
  '.pixi',
]);

const VENDORED_DIRS = new Set([
  'third_party',
  'third-party',
  'thirdparty',
  '3rdparty',
  'vendor',
  'vendored',
  '_vendor',
  'external_libs',
]);

export interface Exclusion {
  path: string;
  reason: string;
}

/** Why a directory segment is excluded, or null. */
export function excludedDirReason(segment: string): string | null {
  if (ENVIRONMENT_DIRS.has(segment)) return 'environment or cache directory';
  // (the longest vendored name has 13 letters: longer segments are not lower-cased)
  if (segment.length <= 13 && VENDORED_DIRS.has(segment.toLowerCase())) return 'vendored third-party code';
  if (segment.endsWith('.egg-info')) return 'build metadata';
  return null;
}

/** The outermost excluded folder of a folder path (itself included), walking the slashes without a split. */
function firstExcludedFolder(folder: string): Exclusion | null {
  let start = 0;
  for (;;) {
    const at = folder.indexOf('/', start);
    const end = at === -1 ? folder.length : at;
    const reason = excludedDirReason(folder.slice(start, end));
    if (reason) return { path: folder.slice(0, end), reason };
    if (at === -1) return null;
    start = at + 1;
  }
}

/**
 * Splits a listing into the files that belong to the repository and the excluded directories (each reported
 * once, at its outermost level). `extra` tests a path against the user's ignore globs.
 */
export function applyExclusions(
  files: FileEntry[],
  extra?: (path: string) => boolean,
): { files: FileEntry[]; excluded: Exclusion[] } {
  const kept: FileEntry[] = [];
  const excluded = new Map<string, string>();
  // the answer depends on the folder alone, and a tree has far fewer folders than files
  const byFolder = new Map<string, Exclusion | null>();
  // a sorted listing gives a folder's files one after another: the last folder is compared before any lookup
  let lastFolder = '';
  let lastHit: Exclusion | null = null;
  for (const f of files) {
    const path = f.path;
    const slash = path.lastIndexOf('/');
    if (slash !== -1) {
      let hit: Exclusion | null | undefined;
      if (slash === lastFolder.length && path.startsWith(lastFolder)) hit = lastHit;
      else {
        const folder = path.slice(0, slash);
        hit = byFolder.get(folder);
        if (hit === undefined) {
          hit = firstExcludedFolder(folder);
          byFolder.set(folder, hit);
        }
        lastFolder = folder;
        lastHit = hit;
      }
      if (hit) {
        if (!excluded.has(hit.path)) excluded.set(hit.path, hit.reason);
        continue;
      }
    }
    if (extra?.(f.path)) {
      excluded.set(f.path, 'ignored by configuration');
      continue;
    }
    kept.push(f);
  }
  // virtualenvs with other names: any directory that contains pyvenv.cfg
  const venvRoots = kept
    .filter((f) => f.path.endsWith('/pyvenv.cfg'))
    .map((f) => f.path.slice(0, -'/pyvenv.cfg'.length));
  let result = kept;
  if (venvRoots.length) {
    for (const v of venvRoots) excluded.set(v, 'virtualenv (pyvenv.cfg)');
    result = kept.filter((f) => !venvRoots.some((v) => f.path.startsWith(v + '/')));
  }
  return {
    files: result,
    excluded: [...excluded].map(([path, reason]) => ({ path, reason })).sort((a, b) => cmp(a.path, b.path)),
  };
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
