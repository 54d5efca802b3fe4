import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, isPermissionError } from '../../src/github/client.ts';
import { commentMarker, sameBody, upsertComment } from '../../src/github/comment.ts';
import { VOLATILE_MARK } from '../../src/render/markdown.ts';
import { startFakeGitHub, type FakeGitHub } from './fake-github.ts';

const log = { warnings: [] as string[], info: [] as string[] };
const logger = { warning: (m: string) => log.warnings.push(m), info: (m: string) => log.info.push(m) };

describe('upsertComment', () => {
  let gh: FakeGitHub;
  const target = { owner: 'octo-org', repo: 'models', issueNumber: 7 };
  const marker = commentMarker('.');
  const client = () => createClient('ghs_test', logger, { baseUrl: gh.url, throttle: false, retries: 2 });
  const writes = () => gh.requests.filter((r) => r.method !== 'GET');

  beforeEach(async () => {
    gh = await startFakeGitHub({ owner: 'octo-org', repo: 'models' });
  });
  afterEach(async () => {
    expect(gh.errors).toEqual([]);
    await gh.close();
  });

  it('creates, then updates the same comment, then writes nothing when unchanged', async () => {
    const first = await upsertComment(client(), target, marker, `${marker}\nscore 50`);
    expect(first.action).toBe('created');
    expect(gh.comments.size).toBe(1);
    const second = await upsertComment(client(), target, marker, `${marker}\nscore 60`);
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(gh.comments.get(first.id)!.body).toBe(`${marker}\nscore 60`);
    const before = writes().length;
    const third = await upsertComment(client(), target, marker, `${marker}\nscore 60`);
    expect(third).toMatchObject({ action: 'unchanged', id: first.id, url: first.url });
    expect(writes().length).toBe(before);
    expect(gh.comments.size).toBe(1);
  });

  it('pages through more than 100 comments with per_page=100 to find its own', async () => {
    for (let i = 0; i < 150; i++) gh.addComment(7, `chatter ${i}`, { login: 'alice', type: 'User' });
    const ours = gh.addComment(7, `${marker}\nold`);
    const result = await upsertComment(client(), target, marker, `${marker}\nnew`);
    expect(result).toMatchObject({ action: 'updated', id: ours.id });
    const lists = gh.requests.filter((r) => r.method === 'GET');
    expect(lists.map((r) => r.query.per_page)).toEqual(['100', '100']);
  });

  it('ignores the marker in a comment written by a person', async () => {
    const quoted = gh.addComment(7, `quoting: ${marker}`, { login: 'mallory', type: 'User' });
    const result = await upsertComment(client(), target, marker, `${marker}\nreport`);
    expect(result.action).toBe('created');
    expect(gh.comments.get(quoted.id)!.body).toBe(`quoting: ${marker}`);
  });

  it('keeps comments of another scanned path apart', async () => {
    const other = commentMarker('models/vision');
    expect(other).not.toBe(marker);
    gh.addComment(7, `${other}\nvision`);
    const result = await upsertComment(client(), target, marker, `${marker}\nroot`);
    expect(result.action).toBe('created');
    expect(gh.comments.size).toBe(2);
  });

  it('removes duplicates left by earlier races, keeping the oldest', async () => {
    const a = gh.addComment(7, `${marker}\nA`);
    gh.addComment(7, `${marker}\nB`);
    const result = await upsertComment(client(), target, marker, `${marker}\nC`);
    expect(result).toMatchObject({ action: 'updated', id: a.id });
    expect([...gh.comments.values()].map((c) => c.body)).toEqual([`${marker}\nC`]);
  });

  it('two racing runs end with one comment', async () => {
    const results = await Promise.all([
      upsertComment(client(), target, marker, `${marker}\nrun 1`),
      upsertComment(client(), target, marker, `${marker}\nrun 2`),
    ]);
    expect(gh.comments.size).toBe(1);
    // both runs saw no comment and created one: the race really happened, and one was deleted
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
    expect(gh.requests.filter((r) => r.method === 'DELETE').length).toBeGreaterThanOrEqual(1);
    const [only] = [...gh.comments.values()];
    expect(results.every((r) => r.id === only!.id)).toBe(true);
    expect([`${marker}\nrun 1`, `${marker}\nrun 2`]).toContain(only!.body);
  });

  it('turns a read-only token into a permission error', async () => {
    gh.options.readOnly = true;
    const err = await upsertComment(client(), target, marker, `${marker}\nx`).catch((e: unknown) => e);
    expect(isPermissionError(err)).toBe(true);
    expect(gh.comments.size).toBe(0);
  });

  it('retries a 5xx', async () => {
    gh.failNext('POST', 502);
    const result = await upsertComment(client(), target, marker, `${marker}\nx`);
    expect(result.action).toBe('created');
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
  });
});

describe('sameBody', () => {
  it('ignores the volatile run link but nothing else', () => {
    expect(sameBody(`a\nsee run 1 ${VOLATILE_MARK}\nb`, `a\nsee run 2 ${VOLATILE_MARK}\nb`)).toBe(true);
    expect(sameBody('a\nb', 'a\nc')).toBe(false);
    expect(sameBody('a\r\nb\n', 'a\nb')).toBe(true);
  });
});
