import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction, type ActionDeps } from '../../src/github/action.ts';
import { createClient } from '../../src/github/client.ts';
import type { ActionContext } from '../../src/github/context.ts';
import { readSettings } from '../../src/github/settings.ts';
import { scan } from '../../src/pipeline.ts';
import { LocalSource } from '../../src/source/local.ts';
import { startFakeGitHub, type FakeGitHub } from './fake-github.ts';
import { createFixtureRepo, shallowClone } from './git-fixture.ts';
import { recordingIO, type RecordingIO } from './recording-io.ts';
import { check, sampleReport } from '../render/sample.ts';

const repo = createFixtureRepo();
const shallow = shallowClone(repo);
afterAll(() => {
  rmSync(repo.dir, { recursive: true, force: true });
  rmSync(shallow, { recursive: true, force: true });
});

function prContext(workspace: string, over: Partial<ActionContext> = {}, fork = false): ActionContext {
  return {
    eventName: 'pull_request',
    payload: {
      number: 7,
      pull_request: {
        number: 7,
        base: { sha: repo.baseSha, repo: { full_name: 'octo-org/models' } },
        head: { sha: repo.headSha, repo: { full_name: fork ? 'contributor/models' : 'octo-org/models' } },
      },
    },
    owner: 'octo-org',
    repo: 'models',
    workspace,
    serverUrl: 'https://github.com',
    apiUrl: 'unused',
    runId: '99',
    sha: repo.headSha,
    ...over,
  };
}

describe('runAction', () => {
  let gh: FakeGitHub;
  let io: RecordingIO;
  let out: string;
  const deps = (): ActionDeps => ({
    io,
    scanDir: (root, config) => scan(new LocalSource(root), { config }),
    client: () => createClient('ghs_secret', io, { baseUrl: gh.url, throttle: false }),
  });
  const settings = (inputs: Record<string, string> = {}, workspace = repo.dir) =>
    readSettings((n) => ({ 'github-token': 'ghs_secret', 'output-dir': out, ...inputs })[n] ?? '', workspace);

  beforeEach(async () => {
    gh = await startFakeGitHub({
      owner: 'octo-org',
      repo: 'models',
      pulls: { 7: { headSha: repo.headSha, baseSha: repo.baseSha } },
    });
    io = recordingIO();
    out = join(repo.dir, '..', `out-${Math.random().toString(36).slice(2)}`);
  });
  afterEach(async () => {
    expect(gh.errors).toEqual([]);
    await gh.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('on a pull request: scores head and base, writes files, comments, sets outputs', async () => {
    const result = await runAction(settings(), prContext(repo.dir), deps());
    expect(result.base).not.toBeNull();
    const license = (r: typeof result.report) => r.checks.find((c) => c.id === 'license')!;
    expect(license(result.base!).status).toBe('fail');
    expect(license(result.report).status).toBe('pass');
    expect(result.delta).toBe(result.report.score - result.base!.score);
    expect(result.delta).toBeGreaterThan(0);
    expect(io.outputs).toMatchObject({
      score: String(result.report.score),
      grade: result.report.grade,
      delta: String(result.delta),
      pwc: String(result.report.standards.pwc.total),
      'comment-url': result.comment!.url,
    });
    for (const f of [
      'report.json',
      'report.md',
      'report.sarif',
      'report.html',
      'badge.svg',
      'badge.json',
      'base-report.json',
      'pull-request.json',
    ]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(out, 'pull-request.json'), 'utf8'))).toEqual({
      number: 7,
      headSha: repo.headSha,
      baseSha: repo.baseSha,
    });
    // report.html: its path is an output, and its evidence links to this repository at the scanned commit
    expect(io.outputs['html-path']).toBe(join(out, 'report.html'));
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain(`<span class="big" id="score">${result.report.score}</span>`);
    expect(result.report.target.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(html).toContain(
      `href="https://github.com/octo-org/models/blob/${result.report.target.commit}/train.py#L`,
    );
    expect(gh.comments.size).toBe(1);
    const body = [...gh.comments.values()][0]!.body;
    expect(body).toMatch(/^<!-- reproscore-comment:root -->\n## ReproScore/);
    expect(body).toContain('against the base branch');
    expect(body).toMatch(
      /\*\*Improved\*\* \(\d+\)\n\n(- .*\n)*- \*\*.*[Ll]icense.*\*\* \(\+\d+, fail → pass\)/,
    );
    expect(io.summary).toContain('## ReproScore');
    expect(io.failed).toBeNull();
    expect(io.annotations.length).toBeGreaterThan(0);
  });

  it('without the base commit (shallow clone): no delta and a notice naming the fetch-depth', async () => {
    const result = await runAction(settings({}, shallow), prContext(shallow), deps());
    expect(result.base).toBeNull();
    expect(io.outputs.delta).toBe('');
    expect(io.notices.join('\n')).toMatch(/shallow.*fetch-depth: 2/s);
  });

  it('on a fork: the 403 becomes a warning naming the permission, and the step does not fail', async () => {
    gh.options.readOnly = true;
    const result = await runAction(settings(), prContext(repo.dir, {}, true), deps());
    expect(result.comment).toBeNull();
    expect(io.warnings).toHaveLength(1);
    expect(io.warnings[0]).toContain('pull-requests: write');
    expect(io.warnings[0]).toContain('forks');
    expect(io.summary).toContain('## ReproScore');
    expect(io.failed).toBeNull();
    expect(io.outputs['comment-url']).toBe('');
  });

  it('on push: summary, files and outputs, no comment and no API call', async () => {
    const ctx = prContext(repo.dir, { eventName: 'push', payload: { ref: 'refs/heads/main' } });
    const result = await runAction(settings(), ctx, deps());
    expect(result.comment).toBeNull();
    expect(gh.requests).toHaveLength(0);
    expect(io.outputs.delta).toBe('');
    expect(existsSync(join(out, 'badge.svg'))).toBe(true);
    expect(existsSync(join(out, 'pull-request.json'))).toBe(false);
  });

  it('scans a subdirectory: annotations and SARIF point into it, and a base without it gives a notice', async () => {
    const mono = createFixtureRepo({
      'vision/train.py': 'import torch\n',
      'vision/README.md': '# Vision\n\n## Training\n',
    });
    try {
      const ctx = prContext(mono.dir, {
        payload: {
          pull_request: {
            number: 7,
            base: { sha: mono.baseSha, repo: { full_name: 'octo-org/models' } },
            head: { sha: mono.headSha, repo: { full_name: 'octo-org/models' } },
          },
        },
      });
      const result = await runAction(settings({ path: 'vision' }, mono.dir), ctx, deps());
      expect(result.base).toBeNull();
      expect(io.notices.join()).toMatch(/vision does not exist in its commit/);
      expect(io.annotations.filter((a) => a.file).every((a) => a.file!.startsWith('vision/'))).toBe(true);
      const sarif = JSON.parse(readFileSync(join(out, 'report.sarif'), 'utf8'));
      for (const r of sarif.runs[0].results) {
        expect(r.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^vision\//);
      }
      const html = readFileSync(join(out, 'report.html'), 'utf8');
      const links = [...html.matchAll(/href="(https:[^"]*)"/g)].map((m) => m[1]!);
      expect(links.length).toBeGreaterThan(0);
      for (const link of links)
        expect(link).toMatch(/^https:\/\/github\.com\/octo-org\/models\/blob\/[0-9a-f]{40}\/vision\//);
      expect(html).toContain('<h1>octo-org/models/vision</h1>');
      expect([...gh.comments.values()][0]!.body).toMatch(
        /^<!-- reproscore-comment:[0-9a-f]{12} -->\n## ReproScore for vision:/,
      );
    } finally {
      rmSync(mono.dir, { recursive: true, force: true });
    }
  });

  it('fails the step under fail-under, after publishing', async () => {
    await runAction(
      settings({ 'fail-under': '99' }),
      prContext(repo.dir, { eventName: 'push', payload: {} }),
      deps(),
    );
    expect(io.failed).toMatch(/below fail-under 99/);
    expect(io.outputs.score).toBeDefined();
  });

  describe('report mode (the fork-safe workflow_run job)', () => {
    const artifact = () => {
      const dir = join(out, 'artifact');
      mkdirSync(dir, { recursive: true });
      return dir;
    };
    const runCtx = (headSha: string) =>
      prContext('/nonexistent-workspace', {
        eventName: 'workflow_run',
        payload: { workflow_run: { head_sha: headSha } },
      });

    it('posts the stored report with its delta on the stored pull request', async () => {
      await runAction(settings(), prContext(repo.dir), deps());
      gh.comments.clear();
      const dir = artifact();
      for (const f of ['report.json', 'base-report.json', 'pull-request.json']) {
        writeFileSync(join(dir, f), readFileSync(join(out, f)));
      }
      io = recordingIO();
      const result = await runAction(
        settings({ report: join(dir, 'report.json') }),
        runCtx(repo.headSha),
        deps(),
      );
      expect(result.comment?.action).toBe('created');
      expect(result.delta).toBeGreaterThan(0);
      expect(io.annotations).toHaveLength(0);
      expect(gh.requests.some((r) => r.method === 'GET' && r.path === '/repos/octo-org/models/pulls/7')).toBe(
        true,
      );
    });

    it('refuses to comment when the pull request head is not the commit the run scanned', async () => {
      await runAction(settings(), prContext(repo.dir), deps());
      gh.comments.clear();
      const dir = artifact();
      writeFileSync(join(dir, 'report.json'), readFileSync(join(out, 'report.json')));
      io = recordingIO();
      const other = 'f'.repeat(40);
      const result = await runAction(
        settings({ report: join(dir, 'report.json'), 'pr-number': '7' }),
        runCtx(other),
        deps(),
      );
      expect(result.comment).toBeNull();
      expect(gh.comments.size).toBe(0);
      expect(io.warnings.join()).toMatch(/Not commenting on pull request #7/);
    });

    it('keeps a huge report under the 1 MiB job summary limit', async () => {
      const dir = artifact();
      const huge = sampleReport({
        checks: Array.from({ length: 400 }, (_, i) =>
          check(`c${i}`, {
            summary: '█'.repeat(300),
            evidence: Array.from({ length: 20 }, (_, j) => ({
              path: `😀/${'x'.repeat(150)}/${j}.py`,
              line: 1,
              note: '░'.repeat(250),
            })),
          }),
        ),
      });
      writeFileSync(join(dir, 'report.json'), JSON.stringify(huge));
      const ctx = prContext('/nonexistent-workspace', { eventName: 'workflow_dispatch', payload: {} });
      await runAction(settings({ report: join(dir, 'report.json') }), ctx, deps());
      expect(Buffer.byteLength(readFileSync(join(out, 'report.md'), 'utf8'))).toBeGreaterThan(1_048_576);
      expect(Buffer.byteLength(io.summary)).toBeLessThanOrEqual(1_000_000);
      expect(io.summary).toContain('This report is shortened to fit');
      expect(gh.requests).toHaveLength(0);
    });

    it('rejects a report whose numbers are not numbers', async () => {
      const dir = artifact();
      const bad = { schemaVersion: 1, tool: { version: '1' }, score: '<img src=x>', grade: 'A' };
      writeFileSync(join(dir, 'report.json'), JSON.stringify(bad));
      await expect(
        runAction(settings({ report: join(dir, 'report.json') }), runCtx(repo.headSha), deps()),
      ).rejects.toThrow(/not a ReproScore report/);
    });
  });
});
