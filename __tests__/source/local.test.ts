import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalSource, ScanTargetError } from '../../src/source/local.ts';
import { claimsOf } from '../../src/facts/plan.ts';
import { buildSnapshot } from '../../src/source/snapshot.ts';
import { applyExclusions } from '../../src/source/exclude.ts';

const dirs: string[] = [];
function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'reproscore-src-'));
  dirs.push(root);
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), c);
  }
  return root;
}
function git(cwd: string, ...args: string[]) {
  return execFileSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args],
    {
      cwd,
      encoding: 'utf8',
    },
  ).trim();
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('LocalSource over a git work tree', () => {
  it('lists tracked files only, sorted, with the HEAD commit', async () => {
    const root = tree({
      'train.py': 'print(1)\n',
      'b/README.md': '# x\n',
      'a.txt': 'a',
      'untracked.py': 'x',
    });
    git(root, 'init', '-q');
    git(root, 'add', 'train.py', 'b/README.md', 'a.txt');
    git(root, 'commit', '-qm', 'init');
    const head = git(root, 'rev-parse', 'HEAD');
    const listing = await new LocalSource(root).list();
    expect(listing.kind).toBe('git-index');
    expect(listing.commit).toBe(head);
    expect(listing.files.map((f) => f.path)).toEqual(['a.txt', 'b/README.md', 'train.py']);
    expect(listing.files.find((f) => f.path === 'train.py')!.size).toBe(9);
  });

  it('reads index format 4 (prefix-compressed paths) and a subfolder as root', async () => {
    const root = tree({
      'pkg/models/a.py': '1',
      'pkg/models/b.py': '2',
      'pkg/train.py': '3',
      'other/x.py': '4',
    });
    git(root, 'init', '-q');
    git(root, 'update-index', '--index-version', '4');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'init');
    expect((await new LocalSource(root).list()).files.map((f) => f.path)).toEqual([
      'other/x.py',
      'pkg/models/a.py',
      'pkg/models/b.py',
      'pkg/train.py',
    ]);
    const sub = await new LocalSource(join(root, 'pkg')).list();
    expect(sub.files.map((f) => f.path)).toEqual(['models/a.py', 'models/b.py', 'train.py']);
  });

  it('notes a tracked file missing from disk instead of crashing', async () => {
    const root = tree({ 'train.py': 'x = 1\n', 'README.md': '# r\n' });
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'init');
    unlinkSync(join(root, 'train.py'));
    const src = new LocalSource(root);
    const listing = await src.list();
    const { snapshot, findings } = await buildSnapshot(
      src,
      listing.files,
      [],
      () => 1000,
      claimsOf(listing.files),
    );
    expect(snapshot.contents.get('train.py')!.error).toMatch(/missing from the checkout/);
    expect(findings.map((f) => f.path)).toContain('train.py');
    expect(snapshot.contents.get('README.md')!.text).toBe('# r\n');
  });

  it('says a tracked file replaced by a FIFO or a folder is not a regular file, and never waits on the FIFO', async () => {
    const root = tree({
      'requirements.txt': 'torch==2.3.1\n',
      'setup.cfg': '[metadata]\n',
      'README.md': '# r\n',
    });
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'init');
    unlinkSync(join(root, 'requirements.txt'));
    execFileSync('mkfifo', [join(root, 'requirements.txt')]);
    unlinkSync(join(root, 'setup.cfg'));
    mkdirSync(join(root, 'setup.cfg'));
    const src = new LocalSource(root);
    const listing = await src.list();
    const { snapshot } = await buildSnapshot(src, listing.files, [], () => 1000, claimsOf(listing.files));
    expect(snapshot.contents.get('requirements.txt')!.error).toBe('not a regular file');
    expect(snapshot.contents.get('setup.cfg')!.error).toBe('not a regular file');
    expect(snapshot.contents.get('README.md')!.text).toBe('# r\n');
  });

  it('reports submodules and tracked symlinks as excluded, never following them', async () => {
    const root = tree({ 'a.py': '1' });
    symlinkSync('/etc/passwd', join(root, 'passwd.txt'));
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'init');
    const src = new LocalSource(root);
    const listing = await src.list();
    expect(listing.files.map((f) => f.path)).toEqual(['a.py']);
    expect(listing.excluded).toContainEqual({ path: 'passwd.txt', reason: 'symbolic link (not followed)' });
    await expect(src.read('passwd.txt', 100)).rejects.toThrow(/symbolic link/);
  });
});

describe('LocalSource over a plain folder', () => {
  it('walks, honours nested .gitignore, prunes environments and never follows links', async () => {
    const root = tree({
      'train.py': 'x',
      '.gitignore': 'outputs/\n*.log\n',
      'outputs/model.pt': 'w',
      'run.log': 'l',
      'src/.gitignore': 'generated.py\n',
      'src/generated.py': 'g',
      'src/model.py': 'm',
      'venv/lib/site.py': 'v',
      'node_modules/x/index.js': 'n',
      'third_party/lib/train.py': 't',
    });
    mkdirSync(join(root, 'outside'));
    symlinkSync('/etc', join(root, 'etc-link'));
    symlinkSync(join(root, 'train.py'), join(root, 'link.py'));
    const listing = await new LocalSource(root).list();
    expect(listing.kind).toBe('walk');
    expect(listing.files.map((f) => f.path)).toEqual([
      '.gitignore',
      'src/.gitignore',
      'src/model.py',
      'train.py',
    ]);
    expect(listing.excluded).toEqual(
      expect.arrayContaining([
        { path: 'venv', reason: 'environment or cache directory' },
        { path: 'node_modules', reason: 'environment or cache directory' },
        { path: 'third_party', reason: 'vendored third-party code' },
        { path: 'link.py', reason: 'symbolic link (not followed)' },
      ]),
    );
  });

  it('drops vendored trees and virtualenvs of any name from every listing (git index too)', () => {
    const files = [
      'a/pyvenv.cfg',
      'a/lib/x.py',
      'third_party/lib/train.py',
      'src/m.py',
      'pkg.egg-info/PKG-INFO',
    ].map((path) => ({ path, size: 1 }));
    const { files: kept, excluded } = applyExclusions(files, (p) => p.startsWith('src/') && false);
    expect(kept.map((f) => f.path)).toEqual(['src/m.py']);
    expect(excluded).toEqual([
      { path: 'a', reason: 'virtualenv (pyvenv.cfg)' },
      { path: 'pkg.egg-info', reason: 'build metadata' },
      { path: 'third_party', reason: 'vendored third-party code' },
    ]);
  });

  it('refuses paths that climb out of the root and links in parent folders', async () => {
    const outside = tree({ 'secret.txt': 'secret' });
    const root = tree({ 'a.txt': 'a' });
    symlinkSync(outside, join(root, 'linked'));
    const src = new LocalSource(root);
    await expect(src.read('../x', 10)).rejects.toThrow(/outside/);
    await expect(src.read('linked/secret.txt', 10)).rejects.toThrow(/outside/);
  });

  it('checks every folder on the path: a link deeper down, or under a link, is caught', async () => {
    const outside = tree({ 'secret.txt': 'secret', 'deeper/s.txt': 's' });
    const root = tree({ 'a/b/ok.txt': 'ok', 'inner/x.txt': 'x', 'file.txt': 'f' });
    symlinkSync(outside, join(root, 'a', 'b', 'out'));
    symlinkSync(join(root, 'inner'), join(root, 'a', 'in'));
    const src = new LocalSource(root);
    await src.list();
    expect(new TextDecoder().decode(src.readSync('a/b/ok.txt', 10).bytes)).toBe('ok');
    expect(() => src.readSync('a/b/out/secret.txt', 10)).toThrow(/outside/);
    expect(() => src.readSync('a/b/out/deeper/s.txt', 10)).toThrow(/outside/);
    // a link that stays inside the root resolves there, as git's own checkout would
    expect(new TextDecoder().decode(src.readSync('a/in/x.txt', 10).bytes)).toBe('x');
    // a folder that is missing, or a file where a folder should be
    expect(() => src.readSync('gone/x.txt', 10)).toThrow(/missing from the checkout/);
    expect(() => src.readSync('file.txt/x.txt', 10)).toThrow(/missing from the checkout/);
  });

  it('caps bytes read and says what was truncated', async () => {
    const root = tree({ 'big.py': 'x'.repeat(5000) });
    const src = new LocalSource(root);
    const { bytes, size } = await src.read('big.py', 100);
    expect(bytes.length).toBe(100);
    expect(size).toBe(5000);
  });

  it('fails clearly for a missing or non-directory target', async () => {
    await expect(new LocalSource('/nonexistent/reproscore').list()).rejects.toBeInstanceOf(ScanTargetError);
    const root = tree({ 'f.txt': 'x' });
    await expect(new LocalSource(join(root, 'f.txt')).list()).rejects.toThrow(/not a directory/);
  });
});
