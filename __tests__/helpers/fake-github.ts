// A local HTTP server that serves fixture repositories through GitHub's real REST endpoints (repos, commits,
// git trees and blobs), for remote-scan tests. Blob and tree shas are computed as git computes them.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRepo {
  files: Record<string, string | Uint8Array>;
  defaultBranch?: string;
  private?: boolean;
  /** answer the recursive tree call with truncated: true (forces the folder-by-folder walk) */
  truncate?: boolean;
  /** extra refs (branch/tag name → the same files) */
  refs?: string[];
  archived?: boolean;
  fork?: boolean;
  topics?: string[];
}

export interface FakeGitHub {
  url: string;
  requests: { method: string; path: string; auth: string | undefined }[];
  close(): Promise<void>;
  /** make every request answer 403 with the rate limit exhausted */
  rateLimited: boolean;
}

const sha1 = (data: Buffer) => createHash('sha1').update(data).digest('hex');

interface Tree {
  sha: string;
  entries: { name: string; mode: string; type: 'blob' | 'tree'; sha: string; size?: number }[];
}

function buildObjects(files: Record<string, string | Uint8Array>) {
  const blobs = new Map<string, Buffer>();
  const trees = new Map<string, Tree>();
  const build = (prefix: string): Tree => {
    const names = new Map<string, 'blob' | 'tree'>();
    for (const p of Object.keys(files)) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length);
      const slash = rest.indexOf('/');
      names.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? 'blob' : 'tree');
    }
    const entries: Tree['entries'] = [];
    for (const [name, type] of [...names].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (type === 'blob') {
        const c = files[prefix + name]!;
        const buf = Buffer.from(typeof c === 'string' ? Buffer.from(c) : c);
        const sha = sha1(Buffer.concat([Buffer.from(`blob ${buf.length}\0`), buf]));
        blobs.set(sha, buf);
        entries.push({ name, mode: '100644', type, sha, size: buf.length });
      } else {
        const sub = build(prefix + name + '/');
        entries.push({ name, mode: '040000', type, sha: sub.sha });
      }
    }
    const body = Buffer.concat(
      entries.map((e) =>
        Buffer.concat([
          Buffer.from(`${e.type === 'tree' ? '40000' : e.mode} ${e.name}\0`),
          Buffer.from(e.sha, 'hex'),
        ]),
      ),
    );
    const tree: Tree = { sha: sha1(Buffer.concat([Buffer.from(`tree ${body.length}\0`), body])), entries };
    trees.set(tree.sha, tree);
    return tree;
  };
  const root = build('');
  return { blobs, trees, root };
}

export async function startFakeGitHub(
  repos: Record<string, FakeRepo>,
  options: { token?: string; orgs?: string[]; pageSize?: number } = {},
): Promise<FakeGitHub> {
  const built = new Map(
    Object.entries(repos).map(([slug, r]) => [slug.toLowerCase(), { repo: r, ...buildObjects(r.files) }]),
  );
  const state: FakeGitHub = { url: '', requests: [], rateLimited: false, close: async () => {} };
  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    state.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      auth: req.headers.authorization,
    });
    if (state.rateLimited) {
      return json(
        res,
        403,
        { message: 'API rate limit exceeded' },
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1900000000' },
      );
    }
    const list = /^\/(orgs|users)\/([^/]+)\/repos$/.exec(url.pathname);
    if (list) {
      const owner = list[2]!.toLowerCase();
      const isOrg = (options.orgs ?? []).map((o) => o.toLowerCase()).includes(owner);
      const known = isOrg || Object.keys(repos).some((slug) => slug.split('/')[0]!.toLowerCase() === owner);
      if ((list[1] === 'orgs') !== isOrg || !known) return json(res, 404, { message: 'Not Found' });
      const all = Object.entries(repos)
        .filter(([slug]) => slug.split('/')[0]!.toLowerCase() === owner)
        .map(([slug, r]) => ({
          name: slug.split('/')[1],
          full_name: slug,
          html_url: `https://github.com/${slug}`,
          default_branch: r.defaultBranch ?? 'main',
          archived: !!r.archived,
          fork: !!r.fork,
          topics: r.topics ?? [],
          private: !!r.private,
          pushed_at: '2026-11-01T00:00:00Z',
        }))
        .filter((r) => !r.private || req.headers.authorization);
      const size = options.pageSize ?? Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const last = Math.max(1, Math.ceil(all.length / size));
      const headers: Record<string, string> = {};
      if (page < last) {
        const link = (n: number) => `<${state.url}${url.pathname}?per_page=${size}&page=${n}>`;
        headers.link = `${link(page + 1)}; rel="next", ${link(last)}; rel="last"`;
      }
      return json(res, 200, all.slice((page - 1) * size, page * size), headers);
    }
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(url.pathname);
    const entry = m ? built.get(`${m[1]}/${m[2]}`.toLowerCase()) : undefined;
    const authorized = !options.token || req.headers.authorization === `token ${options.token}`;
    if (!m || !entry || (entry.repo.private && (!req.headers.authorization || !authorized))) {
      return json(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    const rest = m[3] ?? '';
    const branch = entry.repo.defaultBranch ?? 'main';
    const commitSha = sha1(Buffer.from(`commit ${entry.root.sha}`));
    if (rest === '')
      return json(res, 200, {
        name: m[2],
        full_name: `${m[1]}/${m[2]}`,
        default_branch: branch,
        private: !!entry.repo.private,
      });
    const commit = /^\/commits\/(.+)$/.exec(rest);
    if (commit) {
      const ref = decodeURIComponent(commit[1]!);
      if (ref !== branch && ref !== commitSha && !(entry.repo.refs ?? []).includes(ref)) {
        return json(res, 422, { message: `No commit found for SHA: ${ref}` });
      }
      return json(res, 200, { sha: commitSha, commit: { tree: { sha: entry.root.sha } } });
    }
    const tree = /^\/git\/trees\/([0-9a-f]{40})$/.exec(rest);
    if (tree) {
      const t = entry.trees.get(tree[1]!);
      if (!t) return json(res, 404, { message: 'Not Found' });
      const recursive = url.searchParams.has('recursive');
      const items: object[] = [];
      const walk = (tr: Tree, prefix: string) => {
        for (const e of tr.entries) {
          items.push({
            path: prefix + e.name,
            mode: e.mode,
            type: e.type,
            sha: e.sha,
            ...(e.size !== undefined ? { size: e.size } : {}),
          });
          if (recursive && e.type === 'tree') walk(entry.trees.get(e.sha)!, prefix + e.name + '/');
        }
      };
      walk(t, '');
      if (recursive && entry.repo.truncate)
        return json(res, 200, { sha: t.sha, tree: items.slice(0, 2), truncated: true });
      return json(res, 200, { sha: t.sha, tree: items, truncated: false });
    }
    const blob = /^\/git\/blobs\/([0-9a-f]{40})$/.exec(rest);
    if (blob) {
      const b = entry.blobs.get(blob[1]!);
      if (!b) return json(res, 404, { message: 'Not Found' });
      return json(res, 200, {
        sha: blob[1],
        size: b.length,
        encoding: 'base64',
        content: b.toString('base64'),
      });
    }
    return json(res, 404, { message: 'Not Found' });
  };
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}
