// The git index reader against git itself: index formats 2, 3 and 4 of one work tree (non-ASCII and invalid
// UTF-8 names, long names, conflicts, skip-worktree entries, links, a submodule) must list what
// `git ls-files --stage` lists, and a cut or corrupt index must fail the same way whatever its format.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isGitlinkMode, isSymlinkMode, parseGitIndex } from '../../src/source/gitindex.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function git(cwd: string, args: string[], input?: string, env?: Record<string, string>): Buffer {
  return execFileSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args],
    { cwd, input, env: { ...process.env, ...env } },
  );
}

/** stage-0 entries as git lists them: path (raw bytes read as UTF-8) and mode */
function gitEntries(root: string, index: string): { path: string; mode: number }[] {
  const out = git(root, ['ls-files', '--stage', '-z'], undefined, { GIT_INDEX_FILE: index });
  const entries: { path: string; mode: number }[] = [];
  let start = 0;
  for (let end = out.indexOf(0, start); end !== -1; end = out.indexOf(0, start)) {
    const rec = out.subarray(start, end);
    start = end + 1;
    const tab = rec.indexOf(9);
    const [mode, , stage] = rec.subarray(0, tab).toString('latin1').split(' ');
    if (stage !== '0') continue;
    entries.push({ path: rec.subarray(tab + 1).toString('utf8'), mode: parseInt(mode!, 8) });
  }
  return entries;
}

const long = 'd'.repeat(200);
const names = [
  'README.md',
  'src/pkg/__init__.py',
  'src/pkg/models/a.py',
  'src/pkg/models/b.py',
  'src/pkg/train.py',
  'données/été.py',
  'données/éte2.py',
  'données/z.py',
  '日本語/子/train.py',
  `deep/${long}/${long}/f.py`,
  `deep/${long}/${long}/g.py`,
  'xb.py',
  'données/étf.py',
  'zz.txt',
  ...Array.from({ length: 30 }, (_, i) => `many/file_${String(i).padStart(3, '0')}.py`),
];
let root = '';
const indexes: Record<string, string> = {};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'reproscore-gitindex-'));
  dirs.push(root);
  for (const n of names) {
    mkdirSync(join(root, n, '..'), { recursive: true });
    writeFileSync(join(root, n), n);
  }
  // names that are not UTF-8, and paths that share a non-ASCII or invalid start with the one before them (format
  // 4 strips the previous path by bytes, not characters)
  for (const [start, bytes] of [
    ['bad-', [0xff, 0xfe]],
    ['raw-', [0xe6, 0x97]],
    ['raw-', [0xe6, 0x97, 0x61]],
    ['raw-', [0xe6, 0x98]],
    ['xa', [0xc3, 0xa9]],
  ] as const)
    writeFileSync(
      Buffer.concat([Buffer.from(`${root}/${start}`), Buffer.from(bytes), Buffer.from('.py')]),
      'x',
    );
  symlinkSync('zz.txt', join(root, 'link.txt'));
  git(root, ['init', '-q']);
  git(root, ['add', '-A']);
  git(root, ['commit', '-qm', 'init']);
  const head = git(root, ['rev-parse', 'HEAD']).toString().trim();
  git(root, ['update-index', '--add', '--cacheinfo', `160000,${head},sub/module`]);
  const blob = git(root, ['hash-object', '-w', 'zz.txt']).toString().trim();
  git(
    root,
    ['update-index', '--index-info'],
    `100644 ${blob} 1\tconf.py\n100644 ${blob} 2\tconf.py\n100644 ${blob} 3\tconf.py\n`,
  );
  const base = join(root, '.git', 'index');
  for (const v of ['2', '4']) {
    const file = join(root, `index-v${v}`);
    writeFileSync(file, readFileSync(base));
    git(root, ['update-index', '--index-version', v], undefined, { GIT_INDEX_FILE: file });
    indexes[`v${v}`] = file;
  }
  // skip-worktree entries need format 3 (or 4)
  for (const v of ['3', '4']) {
    const file = join(root, `index-v${v}-skip`);
    writeFileSync(file, readFileSync(base));
    git(root, ['update-index', '--index-version', v], undefined, { GIT_INDEX_FILE: file });
    git(root, ['update-index', '--skip-worktree', 'src/pkg/train.py', 'données/z.py'], undefined, {
      GIT_INDEX_FILE: file,
    });
    indexes[`v${v}-skip`] = file;
  }
});

describe('parseGitIndex', () => {
  it('lists what git lists, in every format', () => {
    for (const [name, file] of Object.entries(indexes)) {
      const buf = readFileSync(file);
      expect(buf.readUInt32BE(4), name).toBe(Number(name[1]));
      const parsed = parseGitIndex(buf);
      expect(parsed.unsupported).toBeNull();
      const skipped = name.endsWith('-skip') ? ['src/pkg/train.py', 'données/z.py'] : [];
      const expected = gitEntries(root, file).filter((e) => !skipped.includes(e.path));
      expect(
        parsed.entries.map((e) => ({ path: e.path, mode: e.mode })),
        name,
      ).toEqual(expected);
      expect(parsed.entries.map((e) => e.path)).not.toContain('conf.py');
      expect(parsed.entries.filter((e) => isGitlinkMode(e.mode)).map((e) => e.path)).toEqual(['sub/module']);
      expect(parsed.entries.filter((e) => isSymlinkMode(e.mode)).map((e) => e.path)).toEqual(['link.txt']);
      expect(parsed.entries.find((e) => e.path === 'README.md')?.size).toBe('README.md'.length);
    }
  });

  it('gives the same entries in format 2 and format 4', () => {
    expect(parseGitIndex(readFileSync(indexes.v4!))).toEqual(parseGitIndex(readFileSync(indexes.v2!)));
  });

  it('rejects a cut index the same way in every format', () => {
    for (const file of Object.values(indexes)) {
      const buf = readFileSync(file);
      // cut inside the entries (the extensions and checksum after them are not needed)
      for (const cut of [13, 70, 100, Math.floor(buf.length / 2)]) {
        expect(() => parseGitIndex(buf.subarray(0, cut))).toThrow('git index is truncated');
      }
    }
  });

  it('rejects a runaway prefix length in format 4', () => {
    const buf = Buffer.from(readFileSync(indexes.v4!));
    // the first entry's varint: 62 bytes of stat data and flags after the 12-byte header
    buf.fill(0xff, 12 + 62, 12 + 62 + 10);
    expect(() => parseGitIndex(buf)).toThrow('git index is corrupt');
  });
});
