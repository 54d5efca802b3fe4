import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, isPermissionError } from '../../src/github/client.ts';
import { startFakeGitHub, type FakeGitHub } from './fake-github.ts';

describe('createClient', () => {
  let gh: FakeGitHub;
  const warnings: string[] = [];
  const infos: string[] = [];
  const log = { warning: (m: string) => void warnings.push(m), info: (m: string) => void infos.push(m) };
  const list = (client: ReturnType<typeof createClient>) =>
    client.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 1, per_page: 100 });

  beforeEach(async () => {
    gh = await startFakeGitHub({ owner: 'o', repo: 'r' });
    warnings.length = 0;
    infos.length = 0;
  });
  afterEach(async () => {
    expect(gh.errors).toEqual([]);
    await gh.close();
  });

  it('talks to GITHUB_API_URL with the token', async () => {
    await list(createClient('ghs_abc', log, { baseUrl: gh.url }));
    expect(gh.requests[0]).toMatchObject({
      path: '/repos/o/r/issues/1/comments',
      authorization: 'token ghs_abc',
    });
  });

  it('retries server errors', async () => {
    gh.failNext('GET', 503, 1);
    const { status } = await list(createClient('t', log, { baseUrl: gh.url }));
    expect(status).toBe(200);
    expect(gh.requests).toHaveLength(2);
  });

  it('gives up after the configured retries', async () => {
    gh.failNext('GET', 500, 5);
    const err = await list(createClient('t', log, { baseUrl: gh.url, retries: 1 })).catch((e: unknown) => e);
    expect((err as { status: number }).status).toBe(500);
    expect(gh.requests).toHaveLength(2);
  });

  it('waits out a secondary rate limit, then retries', async () => {
    gh.failNext(
      'GET',
      403,
      1,
      { message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' },
      { 'retry-after': '1' },
    );
    const { status } = await list(createClient('t', log, { baseUrl: gh.url }));
    expect(status).toBe(200);
    expect(infos.join('\n')).toMatch(/secondary rate limit on GET/);
  });

  it('waits out a primary rate limit, then retries', async () => {
    gh.failNext(
      'GET',
      403,
      1,
      { message: 'API rate limit exceeded for installation.' },
      {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)),
      },
    );
    const { status } = await list(createClient('t', log, { baseUrl: gh.url }));
    expect(status).toBe(200);
    expect(infos.join('\n')).toMatch(/primary rate limit on GET/);
  });

  it('does not retry a permission error, and recognises it', async () => {
    gh.options.readOnly = true;
    const client = createClient('t', log, { baseUrl: gh.url });
    const err = await client.rest.issues
      .createComment({ owner: 'o', repo: 'r', issue_number: 1, body: 'x' })
      .catch((e: unknown) => e);
    expect(isPermissionError(err)).toBe(true);
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});

describe('isPermissionError', () => {
  it.each([
    [{ status: 403, message: 'Resource not accessible by integration' }, true],
    [{ status: 403, message: 'You have exceeded a secondary rate limit' }, false],
    [{ status: 404, message: 'Not Found' }, false],
    [{ status: 500, message: 'x' }, false],
    [new Error('network'), false],
    [null, false],
  ])('%o → %s', (err, expected) => {
    expect(isPermissionError(err)).toBe(expected);
  });
});
