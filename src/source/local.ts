// Files from a folder on disk. Tracked files come from the git index when the folder is in a git work tree
// (what a reviewer of the repository gets); otherwise the folder is walked with glob, honouring .gitignore.
// glob and ignore are loaded only for that walk: a scan of a git checkout does not pay for parsing them.
// Symbolic links are never followed, reads are capped, and nothing in the repository is ever executed.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
} from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Path } from 'glob';
import type { Ignore } from 'ignore';
import { excludedDirReason, cmp } from './exclude.ts';
import { findGitRepo, isGitlinkMode, isSymlinkMode, parseGitIndex, readHead } from './gitindex.ts';
import type { FileEntry, FileSource, Listing } from './types.ts';

import { ScanTargetError } from '../errors.ts';

export { ScanTargetError };

export class LocalSource implements FileSource {
  readonly root: string;
  private realRoot: string | null = null;

  constructor(root: string) {
    this.root = root;
  }

  /** A source over a root already resolved to its real path (a worker thread reading for the main one). */
  static resolved(realRoot: string): LocalSource {
    const source = new LocalSource(realRoot);
    source.realRoot = realRoot;
    return source;
  }

  /** the real path of the root once listed: lets a worker thread read from the same folder */
  get localRoot(): string | null {
    return this.realRoot;
  }

  private async resolveRoot(): Promise<string> {
    if (this.realRoot) return this.realRoot;
    const st = await stat(this.root).catch(() => null);
    if (!st) throw new ScanTargetError(`${this.root}: no such directory`);
    if (!st.isDirectory()) throw new ScanTargetError(`${this.root}: not a directory`);
    this.realRoot = await realpath(this.root);
    return this.realRoot;
  }

  async list(): Promise<Listing> {
    const root = await this.resolveRoot();
    const repo = await findGitRepo(root);
    const commit = repo ? await readHead(repo).catch(() => null) : null;
    const findings: Listing['findings'] = [];
    if (repo) {
      const buf = await readFile(join(repo.gitDir, 'index')).catch(() => null);
      if (buf) {
        try {
          const index = parseGitIndex(buf);
          if (!index.unsupported) {
            const listed = fromIndex(index.entries, relative(repo.top, root));
            if (listed.files.length > 0) return { ...listed, findings, commit, kind: 'git-index' };
          }
        } catch (err) {
          findings.push({
            path: '.git/index',
            level: 'notice',
            message: `The git index could not be read (${(err as Error).message}); the folder was walked instead.`,
          });
        }
      }
    }
    const walked = await walk(root);
    return { ...walked, findings, commit, kind: 'walk' };
  }

  /** folders (under the root) already checked: whether they resolve inside it */
  private readonly safeDirs = new Map<string, boolean>();

  /**
   * Whether a folder under the root resolves inside it. Its parent is checked first (once per folder, cached), so
   * each folder costs one lstat: a real folder under a safe parent is safe. A link (rare) is resolved in full and
   * must land inside the root. Throws when the folder is missing.
   */
  private dirInsideRoot(dir: string, root: string): boolean {
    if (dir === root) return true;
    let safe = this.safeDirs.get(dir);
    if (safe !== undefined) return safe;
    const cut = dir.lastIndexOf(sep);
    const parent = dir.slice(0, cut);
    if (cut < root.length || !dir.startsWith(root + sep) || !this.dirInsideRoot(parent, root)) safe = false;
    else {
      let st: ReturnType<typeof lstatSync>;
      try {
        st = lstatSync(dir);
      } catch {
        throw new Error('listed (tracked in git) but missing from the checkout');
      }
      if (st.isDirectory()) safe = true;
      else if (!st.isSymbolicLink()) throw new Error('listed (tracked in git) but missing from the checkout');
      else {
        let real: string;
        try {
          real = realpathSync.native(dir);
        } catch {
          throw new Error('listed (tracked in git) but missing from the checkout');
        }
        safe = real === root || real.startsWith(root + sep);
      }
    }
    this.safeDirs.set(dir, safe);
    return safe;
  }

  async read(path: string, maxBytes: number): Promise<{ bytes: Uint8Array; size: number }> {
    await this.resolveRoot();
    return this.readSync(path, maxBytes);
  }

  readSync(path: string, maxBytes: number): { bytes: Uint8Array; size: number } {
    const root = this.realRoot;
    if (root === null) throw new Error('the root was not resolved: list() first');
    if (path.startsWith('/') || (path.includes('..') && path.split('/').includes('..')))
      throw new Error('path outside the scanned root');
    // listed paths are already normal (no empty, . or .. segments): plain concatenation is join()
    const full = NOT_NORMAL.test(path)
      ? join(root, ...path.split('/'))
      : root + sep + (sep === '/' ? path : path.replaceAll('/', sep));
    // a parent folder may itself be a link out of the root: checked once per folder
    const safe = this.dirInsideRoot(full.slice(0, full.lastIndexOf(sep)), root);
    if (!safe) throw new Error('resolves outside the scanned root');
    // Synchronous calls: for the many small files of a scan they are several times faster than the promise API
    // (no thread-pool round trip per call). O_NOFOLLOW refuses a link in the last component; O_NONBLOCK keeps a
    // FIFO from blocking the scan.
    let fd: number;
    try {
      fd = openSync(full, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT')
        throw new Error('listed (tracked in git) but missing from the checkout', { cause: err });
      if (code === 'ELOOP') throw new Error('a symbolic link (not followed)', { cause: err });
      throw new Error(code ?? (err as Error).message, { cause: err });
    }
    try {
      // Most files are small: one read into a shared buffer, and a short read is the end of the file, so no
      // fstat is needed. Empty reads and large files are checked with fstat (a FIFO or device reads as empty).
      const first = Math.min(maxBytes, this.pool.length);
      let n: number;
      try {
        n = first > 0 ? readSync(fd, this.pool, 0, first, 0) : 0;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        // a folder (EISDIR), a FIFO or socket (ESPIPE: no position to read at; EAGAIN: nothing written yet)
        const special = code === 'EISDIR' || code === 'ESPIPE' || code === 'EAGAIN';
        throw new Error(special ? 'not a regular file' : (code ?? (err as Error).message), { cause: err });
      }
      if (n > 0 && n < first) return { bytes: this.pool.slice(0, n), size: n };
      const st = fstatSync(fd);
      if (!st.isFile()) throw new Error('not a regular file');
      const size = st.size;
      const want = Math.max(0, Math.min(size, maxBytes));
      const bytes = new Uint8Array(want);
      let got = Math.min(n, want);
      bytes.set(this.pool.subarray(0, got));
      while (got < want) {
        const k = readSync(fd, bytes, got, want - got, got);
        if (k === 0) break;
        got += k;
      }
      return { bytes: got === want ? bytes : bytes.subarray(0, got), size };
    } finally {
      closeSync(fd);
    }
  }

  /** the buffer small files are read into (copied out: the caller keeps the bytes) */
  private readonly pool = new Uint8Array(64 * 1024);
}

/** a path with an empty, `.` or `..` segment, or a leading `./`: joined the careful way */
const NOT_NORMAL = /\/\/|(?:^|\/)\.\.?(?:\/|$)/;

function fromIndex(
  entries: { path: string; mode: number; size: number }[],
  prefix: string,
): { files: FileEntry[]; excluded: { path: string; reason: string }[] } {
  const pre = prefix === '' ? '' : prefix.split(sep).join('/') + '/';
  const files: FileEntry[] = [];
  const excluded: { path: string; reason: string }[] = [];
  for (const e of entries) {
    if (pre && !e.path.startsWith(pre)) continue;
    const path = e.path.slice(pre.length);
    if (isGitlinkMode(e.mode)) excluded.push({ path, reason: 'git submodule' });
    else if (isSymlinkMode(e.mode)) excluded.push({ path, reason: 'symbolic link (not followed)' });
    else files.push({ path, size: e.size });
  }
  files.sort((a, b) => cmp(a.path, b.path));
  return { files, excluded };
}

/** Walks the folder with glob, never following links, pruning environments, caches and ignored folders. */
async function walk(
  root: string,
): Promise<{ files: FileEntry[]; excluded: { path: string; reason: string }[] }> {
  const [{ glob }, { default: ignore }] = await Promise.all([import('glob'), import('ignore')]);
  const excluded: { path: string; reason: string }[] = [];
  const gitignore = new GitignoreRules(root, () => ignore({ allowRelativePaths: true }));
  const relOf = (p: Path) => p.relativePosix();
  const results = await glob('**', {
    cwd: root,
    dot: true,
    nodir: true,
    follow: false,
    withFileTypes: true,
    stat: true,
    ignore: {
      ignored: (p) => {
        const rel = relOf(p);
        if (p.isSymbolicLink()) {
          excluded.push({ path: rel, reason: 'symbolic link (not followed)' });
          return true;
        }
        return gitignore.ignores(rel, false);
      },
      childrenIgnored: (p) => {
        const rel = relOf(p);
        if (rel === '') return false;
        const reason = excludedDirReason(p.name);
        if (reason) {
          if (p.name !== '.git') excluded.push({ path: rel, reason });
          return true;
        }
        return gitignore.ignores(rel, true);
      },
    },
  });
  const files = results
    .filter((p) => p.isFile())
    .map((p) => ({ path: relOf(p), size: p.size ?? -1 }))
    .sort((a, b) => cmp(a.path, b.path));
  excluded.sort((a, b) => cmp(a.path, b.path));
  return { files, excluded };
}

/** .gitignore files from the root down, read once per folder when the walk first needs them. */
class GitignoreRules {
  private readonly cache = new Map<string, Ignore | null>();
  constructor(
    private readonly root: string,
    private readonly newRules: () => Ignore,
  ) {}

  private rulesFor(dir: string): Ignore | null {
    let rules = this.cache.get(dir);
    if (rules !== undefined) return rules;
    rules = null;
    try {
      const text = readFileSync(join(this.root, dir, '.gitignore'), { encoding: 'utf8', flag: 'r' });
      if (text.length < 256 * 1024) rules = this.newRules().add(text);
    } catch {
      // no .gitignore here
    }
    this.cache.set(dir, rules);
    return rules;
  }

  ignores(rel: string, isDir: boolean): boolean {
    const parts = rel.split('/');
    for (let i = 0; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      const rules = this.rulesFor(dir);
      if (!rules) continue;
      const sub = parts.slice(i).join('/') + (isDir ? '/' : '');
      try {
        if (rules.ignores(sub)) return true;
      } catch {
        // a pattern the ignore library rejects: ignore the rule, not the file
      }
    }
    return false;
  }
}
