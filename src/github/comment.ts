// The sticky pull-request comment: one per pull request (and scanned path), found by a hidden marker and a bot
// author, updated in place, not re-sent when unchanged, and never left duplicated by two racing runs.
import { createHash } from 'node:crypto';
import { VOLATILE_MARK } from '../render/markdown.ts';
import type { GitHubClient } from './client.ts';

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface CommentResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
}

interface IssueComment {
  id: number;
  body?: string | null;
  html_url: string;
  user: { login: string; type?: string } | null;
}

/** The hidden marker; the scanned path is part of it so that a monorepo can run one step per project. */
export function commentMarker(path: string): string {
  const p = path.replace(/\\/g, '/').replace(/^\.\/?|\/$/g, '') || '.';
  const key = p === '.' ? 'root' : createHash('sha256').update(p).digest('hex').slice(0, 12);
  return `<!-- reproscore-comment:${key} -->`;
}

/** Bodies equal except for lines that change on every run (the link to the run's summary). */
export function sameBody(a: string, b: string): boolean {
  const strip = (s: string) =>
    s
      .replace(/\r\n/g, '\n')
      .split('\n')
      .filter((line) => !line.includes(VOLATILE_MARK))
      .join('\n')
      .trim();
  return strip(a) === strip(b);
}

/** Ours: carries the marker and was written by a bot (github-actions[bot] or an app), not a person quoting it. */
function isOurs(c: IssueComment, marker: string): boolean {
  return (c.body ?? '').includes(marker) && c.user?.type === 'Bot';
}

async function listOurs(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
): Promise<IssueComment[]> {
  const all = (await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  })) as IssueComment[];
  return all.filter((c) => isOurs(c, marker)).sort((a, b) => a.id - b.id);
}

/**
 * Creates or updates the comment. `body` must start with (or contain) `marker`.
 * Races: after creating, the comments are listed again; the oldest of ours is kept, newer duplicates are deleted
 * and the kept one gets this run's body. Two runs that both create therefore end with one comment.
 */
export async function upsertComment(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
  body: string,
): Promise<CommentResult> {
  if (!body.includes(marker)) throw new Error('comment body lacks its marker');
  const base = { owner: target.owner, repo: target.repo };
  const existing = await listOurs(client, target, marker);
  const keep = existing[0];
  if (keep) {
    await deleteDuplicates(client, base, existing.slice(1));
    if (sameBody(keep.body ?? '', body)) return { action: 'unchanged', id: keep.id, url: keep.html_url };
    const { data } = await client.rest.issues.updateComment({ ...base, comment_id: keep.id, body });
    return { action: 'updated', id: data.id, url: data.html_url };
  }

  const { data: created } = await client.rest.issues.createComment({
    ...base,
    issue_number: target.issueNumber,
    body,
  });
  const after = await listOurs(client, target, marker);
  const oldest = after[0];
  if (!oldest || oldest.id === created.id) {
    await deleteDuplicates(
      client,
      base,
      after.filter((c) => c.id !== created.id && c.id > created.id),
    );
    return { action: 'created', id: created.id, url: created.html_url };
  }
  // Another run created its comment first: keep that one, remove ours, and make sure it shows our result.
  await deleteDuplicates(
    client,
    base,
    after.filter((c) => c.id !== oldest.id),
  );
  if (!sameBody(oldest.body ?? '', body)) {
    const { data } = await client.rest.issues.updateComment({ ...base, comment_id: oldest.id, body });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  return { action: 'unchanged', id: oldest.id, url: oldest.html_url };
}

async function deleteDuplicates(
  client: GitHubClient,
  base: { owner: string; repo: string },
  duplicates: IssueComment[],
): Promise<void> {
  for (const c of duplicates) {
    try {
      await client.rest.issues.deleteComment({ ...base, comment_id: c.id });
    } catch (err) {
      // the other run may have deleted it already
      if ((err as { status?: number }).status !== 404) throw err;
    }
  }
}
