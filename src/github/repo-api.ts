// The REST calls a remote scan makes (RepoApi for src/source/remote.ts), with retry and rate-limit handling,
// and errors turned into one clear line: not found, private without a token, rate limit (with its reset time),
// network down. The token is never printed.
import { classifyApiError, createClient, type GitHubClient } from './client.ts';
import { ScanTargetError } from '../errors.ts';
import type { RemoteTarget, RepoApi, TreeItem } from '../source/remote.ts';
import { trimTrailing } from '../util/text.ts';

export interface ApiOptions {
  token?: string | undefined;
  baseUrl?: string | undefined;
  /** retries for 5xx and network errors (tests set 0 to stay fast) */
  retries?: number;
}

const quiet = { warning: () => {}, info: () => {} };

function restClient(options: ApiOptions): GitHubClient {
  return createClient(options.token ?? '', quiet, {
    baseUrl: trimTrailing(options.baseUrl || 'https://api.github.com', '/'),
    retries: options.retries ?? 2,
  });
}

/** The CLI's one line (exit 2) for a failed call, built on the Action's classification of API faults. */
export function describeApiError(
  err: unknown,
  target: string,
  hasToken: boolean,
  notFound = 'repository or ref not found',
): ScanTargetError {
  const f = classifyApiError(err);
  if (f.kind === 'http' && f.status === 404) {
    return new ScanTargetError(
      hasToken
        ? `${target}: ${notFound} (or the token cannot see it)`
        : `${target}: ${notFound} (a private repository needs a token: set GITHUB_TOKEN or pass --token)`,
    );
  }
  if (f.kind === 'http' && f.status === 401) {
    return new ScanTargetError(`${target}: the token was rejected (401 Bad credentials)`);
  }
  if (f.kind === 'rate-limit') {
    return new ScanTargetError(
      `${target}: GitHub API rate limit exhausted${f.resetAt ? ` until ${f.resetAt}` : ''}${hasToken ? '' : ' (a token raises the limit: set GITHUB_TOKEN)'}`,
    );
  }
  if (f.kind === 'http' && f.status === 403) {
    return new ScanTargetError(`${target}: access forbidden (403): ${firstLine(f.message)}`);
  }
  if (f.kind === 'http')
    return new ScanTargetError(`${target}: GitHub API error ${f.status}: ${firstLine(f.message)}`);
  return new ScanTargetError(`${target}: could not reach the GitHub API (${firstLine(f.message)})`);
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.slice(0, 200);
}

/** RepoApi over Octokit, counting its calls. */
export function octokitRepoApi(target: RemoteTarget, options: ApiOptions): RepoApi {
  const client = restClient(options);
  const { owner, repo } = target;
  const label = `github:${owner}/${repo}`;
  let calls = 0;
  const call = async <T>(fn: () => Promise<T>): Promise<T> => {
    calls++;
    try {
      return await fn();
    } catch (err) {
      throw describeApiError(err, label, Boolean(options.token));
    }
  };
  return {
    get calls() {
      return calls;
    },
    defaultBranch: () => call(async () => (await client.rest.repos.get({ owner, repo })).data.default_branch),
    resolveCommit: (ref) =>
      call(async () => {
        const { data } = await client.rest.repos.getCommit({ owner, repo, ref, per_page: 1 });
        return { sha: data.sha, tree: data.commit.tree.sha };
      }),
    tree: (sha, recursive) =>
      call(async () => {
        const { data } = await client.rest.git.getTree({
          owner,
          repo,
          tree_sha: sha,
          ...(recursive ? { recursive: '1' } : {}),
        });
        return { items: data.tree as TreeItem[], truncated: data.truncated };
      }),
    blob: (sha) =>
      call(async () => {
        const { data } = await client.rest.git.getBlob({ owner, repo, file_sha: sha });
        return data.encoding === 'base64'
          ? new Uint8Array(Buffer.from(data.content, 'base64'))
          : new TextEncoder().encode(data.content);
      }),
  };
}

export interface OwnerRepo {
  name: string;
  fullName: string;
  htmlUrl: string;
  defaultBranch: string;
  archived: boolean;
  fork: boolean;
  topics: string[];
  pushedAt: string | null;
}

/**
 * Every repository of an organisation, or of a user when the owner is not an organisation (Link pagination,
 * 100 a page). Returns the repositories and the API calls made.
 */
export async function listOwnerRepos(
  owner: string,
  options: ApiOptions,
): Promise<{ repos: OwnerRepo[]; calls: number }> {
  const client = restClient(options);
  let calls = 0;
  const label = `org ${owner}`;
  const map = (r: {
    name: string;
    full_name: string;
    html_url: string;
    default_branch?: string;
    archived?: boolean;
    fork: boolean;
    topics?: string[];
    pushed_at?: string | null;
  }): OwnerRepo => ({
    name: r.name,
    fullName: r.full_name,
    htmlUrl: r.html_url,
    defaultBranch: r.default_branch ?? 'main',
    archived: Boolean(r.archived),
    fork: r.fork,
    topics: r.topics ?? [],
    pushedAt: r.pushed_at ?? null,
  });
  const collect = async (route: 'GET /orgs/{org}/repos' | 'GET /users/{username}/repos') => {
    const out: OwnerRepo[] = [];
    const params =
      route === 'GET /orgs/{org}/repos'
        ? { org: owner, per_page: 100, type: 'all' as const }
        : { username: owner, per_page: 100, type: 'owner' as const };
    for await (const page of client.paginate.iterator(route, params)) {
      calls++;
      out.push(...(page.data as Parameters<typeof map>[0][]).map(map));
    }
    return out;
  };
  try {
    return { repos: await collect('GET /orgs/{org}/repos'), calls };
  } catch (err) {
    if ((err as { status?: number }).status !== 404)
      throw describeApiError(err, label, Boolean(options.token));
  }
  try {
    return { repos: await collect('GET /users/{username}/repos'), calls };
  } catch (err) {
    throw describeApiError(err, label, Boolean(options.token), 'no such organisation or user');
  }
}
