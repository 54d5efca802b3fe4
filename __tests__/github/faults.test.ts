// API faults while publishing: each ends with one clear warning, the step does not fail, and the scan's results
// still reach the job summary, the files and the outputs. The fake GitHub answers with the fault (or never).
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction, type ActionDeps, type ActionResult } from '../../src/github/action.ts';
import { createClient, describeApiError, type ClientOptions } from '../../src/github/client.ts';
import type { ActionContext } from '../../src/github/context.ts';
import { readSettings } from '../../src/github/settings.ts';
import { scan } from '../../src/pipeline.ts';
import { LocalSource } from '../../src/source/local.ts';
import { startFakeGitHub, type FakeGitHub } from './fake-github.ts';
import { createFixtureRepo } from './git-fixture.ts';
import { recordingIO, type RecordingIO } from './recording-io.ts';

const repo = createFixtureRepo();
afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

function prContext(over: Partial<ActionContext> = {}): ActionContext {
  return {
    eventName: 'pull_request',
    payload: {
      number: 7,
      pull_request: {
        number: 7,
        base: { sha: repo.baseSha, repo: { full_name: 'octo-org/models' } },
        head: { sha: repo.headSha, repo: { full_name: 'octo-org/models' } },
      },
    },
    owner: 'octo-org',
    repo: 'models',
    workspace: repo.dir,
    serverUrl: 'https://github.com',
    apiUrl: 'unused',
    runId: '99',
    sha: repo.headSha,
    ...over,
  };
}

describe('API faults while publishing', () => {
  let gh: FakeGitHub;
  let io: RecordingIO;
  let out: string;
  let clientOptions: ClientOptions;
  const deps = (): ActionDeps => ({
    io,
    scanDir: (root, config) => scan(new LocalSource(root), { config }),
    client: () => createClient('ghs_secret', io, { baseUrl: gh.url, throttle: false, ...clientOptions }),
  });
  const settings = (inputs: Record<string, string> = {}) =>
    readSettings(
      (n) =>
        ({ 'github-token': 'ghs_secret', 'output-dir': out, 'compare-base': 'false', ...inputs })[n] ?? '',
      repo.dir,
    );

  /** the scan's results reached the summary, the files and every output; the one warning says what failed */
  function expectPublished(result: ActionResult, warning: RegExp, pr = 7): void {
    expect(result.comment).toBeNull();
    expect(io.failed).toBeNull();
    expect(io.summary).toContain('## ReproScore');
    expect(io.summary).toContain(String(result.report.score));
    expect(io.outputs).toMatchObject({
      score: String(result.report.score),
      grade: result.report.grade,
      'comment-url': '',
    });
    for (const name of ['pwc', 'report-path', 'sarif-path', 'html-path', 'badge-svg', 'badge-json']) {
      expect(io.outputs[name], name).toBeTruthy();
    }
    for (const f of ['report.json', 'report.md', 'report.sarif', 'report.html', 'badge.svg'])
      expect(existsSync(join(out, f))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).score).toBe(result.report.score);
    expect(io.warnings).toHaveLength(1);
    expect(io.warnings[0]!.startsWith(`ReproScore could not comment on pull request #${pr}: `)).toBe(true);
    expect(io.warnings[0]).toMatch(warning);
    expect(io.warnings[0]).toMatch(/The report is in the job summary/);
    // the token never reaches a message
    expect([...io.warnings, ...io.infos, ...io.notices].join('\n')).not.toContain('ghs_secret');
  }

  beforeEach(async () => {
    gh = await startFakeGitHub({
      owner: 'octo-org',
      repo: 'models',
      pulls: { 7: { headSha: repo.headSha, baseSha: repo.baseSha } },
    });
    io = recordingIO();
    clientOptions = { retries: 0 };
    out = join(repo.dir, '..', `out-faults-${Math.random().toString(36).slice(2)}`);
  });
  afterEach(async () => {
    expect(gh.errors).toEqual([]);
    await gh.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('403 on the write (a read-only token): names the permission', async () => {
    gh.failNext('POST', 403, 1, {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest',
    });
    const result = await runAction(settings(), prContext(), deps());
    expectPublished(result, /"pull-requests: write" permission/);
  });

  it('404 on listing the comments (the pull request or repository is not visible)', async () => {
    gh.failNext('GET', 404, 1, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    const result = await runAction(settings(), prContext(), deps());
    expectPublished(result, /HTTP 404: Not Found/);
  });

  it('422 on creating the comment (e.g. the conversation is locked)', async () => {
    gh.failNext('POST', 422, 1, {
      message: 'Validation Failed',
      documentation_url: 'https://docs.github.com/rest',
    });
    const result = await runAction(settings(), prContext(), deps());
    expectPublished(result, /HTTP 422: Validation Failed/);
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('5xx that outlasts the retries', async () => {
    clientOptions = { retries: 1 };
    gh.failNext('GET', 502, 5, { message: 'Bad Gateway' });
    const result = await runAction(settings(), prContext(), deps());
    expectPublished(result, /HTTP 502: Bad Gateway/);
    expect(gh.requests.filter((r) => r.method === 'GET')).toHaveLength(2);
  });

  it('an exhausted primary rate limit: gives up at once and says when it resets', async () => {
    clientOptions = { retries: 0, throttle: true };
    const reset = Math.floor(Date.now() / 1000) + 3600;
    gh.failNext(
      'GET',
      403,
      1,
      {
        message: 'API rate limit exceeded for installation.',
        documentation_url: 'https://docs.github.com/rest',
      },
      { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
    );
    const result = await runAction(settings(), prContext(), deps());
    expect(io.warnings.filter((w) => /giving up/.test(w))).toHaveLength(1);
    io.warnings = io.warnings.filter((w) => !/giving up/.test(w));
    expectPublished(result, /rate limit is exhausted \(HTTP 403; it resets at \d{4}-\d\d-\d\dT/);
    expect(io.warnings[0]).not.toMatch(/pull-requests: write/);
  });

  it('a secondary rate limit with a long wait (429)', async () => {
    clientOptions = { retries: 0, throttle: true };
    gh.failNext(
      'GET',
      429,
      1,
      {
        message: 'You have exceeded a secondary rate limit.',
        documentation_url: 'https://docs.github.com/rest',
      },
      { 'retry-after': '3600' },
    );
    const result = await runAction(settings(), prContext(), deps());
    io.warnings = io.warnings.filter((w) => !/giving up/.test(w));
    expectPublished(result, /rate limit is exhausted \(HTTP 429/);
  });

  it('a request that never gets an answer times out', async () => {
    clientOptions = { retries: 0, timeoutMs: 300 };
    gh.hangNext('GET');
    const result = await runAction(settings(), prContext(), deps());
    expectPublished(result, /the GitHub API did not answer within 0\.3 s/);
  });

  it('an API that cannot be reached at all', async () => {
    await gh.close();
    const closed = gh.url;
    gh = await startFakeGitHub({ owner: 'octo-org', repo: 'models' });
    const unreachable = (): ActionDeps => ({
      ...deps(),
      client: () => createClient('ghs_secret', io, { baseUrl: closed, throttle: false, retries: 0 }),
    });
    const result = await runAction(settings(), prContext(), unreachable());
    expectPublished(result, /the GitHub API could not be reached/);
  });

  it('404 on the pull request in report mode (the workflow_run job)', async () => {
    const dir = join(out, 'artifact');
    mkdirSync(dir, { recursive: true });
    await runAction(settings({ comment: 'false' }), prContext(), deps());
    writeFileSync(join(dir, 'report.json'), readFileSync(join(out, 'report.json')));
    io = recordingIO();
    const ctx = prContext({
      workspace: '/nonexistent-workspace',
      eventName: 'workflow_run',
      payload: { workflow_run: { head_sha: repo.headSha } },
    });
    const result = await runAction(
      settings({ report: join(dir, 'report.json'), 'pr-number': '8' }),
      ctx,
      deps(),
    );
    expectPublished(result, /HTTP 404: Not Found/, 8);
  });
});

describe('describeApiError', () => {
  it.each([
    [{ status: 404, message: 'Not Found', response: { headers: {} } }, 'HTTP 404: Not Found'],
    [
      { status: 500, message: 'fetch failed', cause: new Error('ECONNREFUSED') },
      /could not be reached: fetch failed/,
    ],
    [
      {
        status: 403,
        message: 'API rate limit exceeded',
        response: { headers: { 'x-ratelimit-reset': '0' } },
      },
      'the GitHub API rate limit is exhausted (HTTP 403)',
    ],
    [new Error('socket hang up'), /could not be reached: socket hang up/],
  ])('%o', (err, expected) => {
    if (typeof expected === 'string') expect(describeApiError(err)).toBe(expected);
    else expect(describeApiError(err)).toMatch(expected);
  });
});
