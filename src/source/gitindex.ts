// Reads git's index file directly (formats 2, 3 and 4) and resolves HEAD from the git directory. Parsing the
// files ourselves means no git binary and no repository configuration (hooks, fsmonitor) is ever run.
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';

export interface IndexEntry {
  path: string;
  mode: number;
  size: number;
}

export interface GitIndex {
  entries: IndexEntry[];
  /** the index uses a sparse-index or split-index extension we do not read: walk the tree instead */
  unsupported: string | null;
}

const MODE_SYMLINK = 0o120000;
const MODE_GITLINK = 0o160000;
const MODE_DIR = 0o040000;

export function isSymlinkMode(mode: number): boolean {
  return (mode & 0o170000) === MODE_SYMLINK;
}
export function isGitlinkMode(mode: number): boolean {
  return (mode & 0o170000) === MODE_GITLINK;
}

function hasHighByte(buf: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (buf[i]! >= 0x80) return true;
  return false;
}

export function parseGitIndex(buf: Buffer): GitIndex {
  if (buf.length < 12 || buf.toString('latin1', 0, 4) !== 'DIRC') throw new Error('not a git index');
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) throw new Error(`git index version ${version} is not supported`);
  const count = buf.readUInt32BE(8);
  const entries: IndexEntry[] = [];
  let off = 12;
  let prev = '';
  // format 4: the previous path's bytes when they are not all ASCII (a name that is not UTF-8 cannot be rebuilt
  // from its decoded string)
  let prevBytes: Buffer | null = null;
  for (let i = 0; i < count; i++) {
    if (off + 62 > buf.length) throw new Error('git index is truncated');
    const mode = buf.readUInt32BE(off + 24);
    const size = buf.readUInt32BE(off + 36);
    const flags = buf.readUInt16BE(off + 60);
    let p = off + 62;
    let skipWorktree = false;
    if (version >= 3 && flags & 0x4000) {
      const extended = buf.readUInt16BE(p);
      skipWorktree = (extended & 0x4000) !== 0;
      p += 2;
    }
    let path: string;
    if (version === 4) {
      // varint: bytes to drop from the previous path, then the NUL-terminated suffix
      let strip = 0;
      let byte: number;
      let guard = 0;
      do {
        byte = buf[p++]!;
        strip = (strip << 7) | (byte & 0x7f);
        if (byte & 0x80) strip += 1;
        if (++guard > 8) throw new Error('git index is corrupt');
      } while (byte & 0x80);
      const end = buf.indexOf(0, p);
      if (end < 0) throw new Error('git index is truncated');
      // git strips bytes, not characters: while the previous path is ASCII they are the same thing
      if (prevBytes === null) {
        const kept = prev.slice(0, Math.max(0, prev.length - strip));
        path = kept + buf.toString('utf8', p, end);
        if (hasHighByte(buf, p, end))
          prevBytes = Buffer.concat([Buffer.from(kept, 'latin1'), buf.subarray(p, end)]);
      } else {
        const bytes = Buffer.concat([
          prevBytes.subarray(0, Math.max(0, prevBytes.length - strip)),
          buf.subarray(p, end),
        ]);
        path = bytes.toString('utf8');
        prevBytes = hasHighByte(bytes, 0, bytes.length) ? bytes : null;
      }
      off = end + 1;
    } else {
      const end = buf.indexOf(0, p);
      if (end < 0) throw new Error('git index is truncated');
      path = buf.toString('utf8', p, end);
      const entryLen = end - off;
      off += (entryLen + 8) & ~7; // entries are NUL-padded to a multiple of 8 bytes
    }
    prev = path;
    const stage = (flags >> 12) & 3;
    if ((mode & 0o170000) === MODE_DIR) return { entries, unsupported: 'sparse index' };
    if (stage !== 0 || skipWorktree) continue;
    entries.push({ path, mode, size });
  }
  // extensions: a split index keeps entries in another file
  while (off + 8 <= buf.length - 20) {
    const sig = buf.toString('latin1', off, off + 4);
    const len = buf.readUInt32BE(off + 4);
    if (sig === 'link') return { entries, unsupported: 'split index' };
    if (sig === 'sdir') return { entries, unsupported: 'sparse index' };
    off += 8 + len;
  }
  return { entries, unsupported: null };
}

export interface GitRepo {
  /** the work tree's top folder */
  top: string;
  /** the .git directory of this work tree (for worktrees: .git/worktrees/NAME) */
  gitDir: string;
  /** the shared git directory (refs, objects) */
  commonDir: string;
}

/** Finds the git repository containing `dir` (walking up), without running git. */
export async function findGitRepo(dir: string): Promise<GitRepo | null> {
  let cur = resolve(dir);
  for (let i = 0; i < 100; i++) {
    const dotGit = join(cur, '.git');
    const st = await stat(dotGit).catch(() => null);
    if (st?.isDirectory()) return { top: cur, gitDir: dotGit, commonDir: dotGit };
    if (st?.isFile()) {
      const text = await readFile(dotGit, 'utf8').catch(() => '');
      // the line, then its trailing blanks in a second pass (`(.+?)[ \t]*$` backtracks on long runs of blanks)
      const line = /^gitdir:[ \t]*([^\n\r\u2028\u2029]*)$/m.exec(text.slice(0, 4096));
      const raw = line ? line[1]! : '';
      let end = raw.length;
      while (end > 0 && (raw[end - 1] === ' ' || raw[end - 1] === '\t')) end--;
      const m = end > 0 ? [line![0], raw.slice(0, end)] : null;
      if (m) {
        const gitDir = isAbsolute(m[1]!) ? m[1]! : resolve(cur, m[1]!);
        const common = await readFile(join(gitDir, 'commondir'), 'utf8').catch(() => null);
        const commonDir = common ? resolve(gitDir, common.trim()) : gitDir;
        return { top: cur, gitDir, commonDir };
      }
    }
    const parent = dirname(cur);
    if (parent === cur) return null;
    cur = parent;
  }
  return null;
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** The commit HEAD points at, or null (no commits yet, or refs we cannot read). */
export async function readHead(repo: GitRepo): Promise<string | null> {
  const head = (await readFile(join(repo.gitDir, 'HEAD'), 'utf8').catch(() => '')).trim();
  if (SHA.test(head)) return head;
  const m = /^ref:[ \t]*(refs\/[^\s]+)$/.exec(head);
  if (!m) return null;
  return resolveRef(repo, m[1]!);
}

export async function resolveRef(repo: GitRepo, ref: string, depth = 0): Promise<string | null> {
  if (depth > 5 || ref.includes('..')) return null;
  for (const dir of [repo.gitDir, repo.commonDir]) {
    const loose = (await readFile(join(dir, ref), 'utf8').catch(() => null))?.trim();
    if (loose && SHA.test(loose)) return loose;
    const sym = loose ? /^ref:[ \t]*(refs\/[^\s]+)$/.exec(loose) : null;
    if (sym) return resolveRef(repo, sym[1]!, depth + 1);
  }
  const packed = await readFile(join(repo.commonDir, 'packed-refs'), 'utf8').catch(() => '');
  for (const line of packed.split('\n')) {
    const [sha, name] = line.split(' ');
    if (name?.trim() === ref && sha && SHA.test(sha)) return sha;
  }
  return null;
}
