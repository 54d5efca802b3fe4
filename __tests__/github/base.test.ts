import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractCommit } from '../../src/github/base.ts';
import { BASE_FILES, createFixtureRepo, shallowClone } from './git-fixture.ts';

describe('extractCommit', () => {
  const repo = createFixtureRepo();
  const shallow = shallowClone(repo);
  afterAll(() => {
    rmSync(repo.dir, { recursive: true, force: true });
    rmSync(shallow, { recursive: true, force: true });
  });

  it('extracts the base commit into a temp dir, leaving the checkout untouched', async () => {
    const status = execFileSync('git', ['status', '--porcelain'], { cwd: repo.dir, encoding: 'utf8' });
    const tree = await extractCommit(repo.dir, repo.baseSha);
    expect(tree.ok).toBe(true);
    if (!tree.ok) return;
    expect(readFileSync(join(tree.dir, 'train.py'), 'utf8')).toBe(BASE_FILES['train.py']);
    expect(existsSync(join(tree.dir, 'LICENSE'))).toBe(false);
    expect(existsSync(join(tree.dir, '.git'))).toBe(false);
    expect(existsSync(join(repo.dir, 'LICENSE'))).toBe(true);
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: repo.dir, encoding: 'utf8' })).toBe(status);
    await tree.cleanup();
    expect(existsSync(tree.dir)).toBe(false);
  });

  it('explains a shallow checkout and names the fetch-depth', async () => {
    const tree = await extractCommit(shallow, repo.baseSha);
    expect(tree.ok).toBe(false);
    if (tree.ok) return;
    expect(tree.reason).toContain(repo.baseSha.slice(0, 12));
    expect(tree.reason).toContain('the clone is shallow');
    expect(tree.reason).toContain('fetch-depth: 2');
  });

  it('refuses anything but a commit id', async () => {
    const tree = await extractCommit(repo.dir, '--output=/tmp/x');
    expect(tree.ok).toBe(false);
  });

  it('says when the workspace is not a git repository', async () => {
    const tree = await extractCommit('/', repo.baseSha);
    expect(tree.ok).toBe(false);
    if (!tree.ok) expect(tree.reason).toMatch(/not a git repository|not fetched/);
  });
});
