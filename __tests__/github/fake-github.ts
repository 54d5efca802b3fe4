// A local stand-in for the GitHub REST API (node:http on 127.0.0.1): issue comments and pull requests, nothing
// else. Every request is checked against GitHub's OpenAPI description (@octokit/openapi): an unknown route, a
// wrong method, a query or body GitHub would reject is answered 400/404 and recorded in `errors`; every
// response the fake sends is validated against the documented response schema too.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Operation {
  method: string;
  template: string;
  regex: RegExp;
  names: string[];
  op: Json;
}

let spec: Json | null = null;
let operations: Operation[] = [];
let ajv: Ajv | null = null;
const compiled = new Map<string, ValidateFunction>();

function load(): void {
  if (spec) return;
  spec = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'));
  ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true, discriminator: false });
  addFormats(ajv);
  ajv.addSchema({ $id: 'gh', components: { schemas: spec.components.schemas } });
  operations = [];
  for (const [template, item] of Object.entries<Json>(spec.paths)) {
    const names: string[] = [];
    const regex = new RegExp(
      '^' +
        template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
          names.push(name);
          return '([^/]+)';
        }) +
        '$',
    );
    for (const method of ['get', 'post', 'patch', 'put', 'delete']) {
      if (item[method])
        operations.push({ method: method.toUpperCase(), template, regex, names, op: item[method] });
    }
  }
}

function validator(key: string, schema: Json): ValidateFunction {
  let v = compiled.get(key);
  if (!v) {
    const rewritten = JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"gh#/components/'));
    v = ajv!.compile(rewritten);
    compiled.set(key, v);
  }
  return v;
}

function deref(obj: Json): Json {
  if (obj && typeof obj.$ref === 'string') {
    const parts = obj.$ref.replace(/^#\//, '').split('/');
    let cur = spec;
    for (const p of parts) cur = cur[p.replace(/~1/g, '/').replace(/~0/g, '~')];
    return cur;
  }
  return obj;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: Json;
  authorization: string | undefined;
  operation: string | null;
}

export interface Comment {
  id: number;
  body: string;
  issue: number;
  user: Json;
  created_at: string;
  updated_at: string;
}

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  /** 403 "Resource not accessible by integration" on every write (a fork's read-only token) */
  readOnly?: boolean;
  /** pull requests known to GET /pulls/{n}: number → head sha */
  pulls?: Record<number, { headSha: string; baseSha: string }>;
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  errors: string[];
  comments: Map<number, Comment>;
  options: FakeGitHubOptions;
  /** answer the next n requests matching `method` with `status` (e.g. 502 to exercise retries) */
  failNext(method: string, status: number, n?: number, body?: Json, headers?: Record<string, string>): void;
  /** never answer the next n requests matching `method` (a hung API; the connection closes with the server) */
  hangNext(method: string, n?: number): void;
  /** a comment written by someone else (a person, another bot) */
  addComment(issue: number, body: string, user?: { login: string; type: string }): Comment;
  close(): Promise<void>;
}

export function user(login: string, type: string, id: number): Json {
  const base = `https://api.github.com/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: `U_${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: base,
    html_url: `https://github.com/apps/${encodeURIComponent(login.replace(/\[bot\]$/, ''))}`,
    followers_url: `${base}/followers`,
    following_url: `${base}/following{/other_user}`,
    gists_url: `${base}/gists{/gist_id}`,
    starred_url: `${base}/starred{/owner}{/repo}`,
    subscriptions_url: `${base}/subscriptions`,
    organizations_url: `${base}/orgs`,
    repos_url: `${base}/repos`,
    events_url: `${base}/events{/privacy}`,
    received_events_url: `${base}/received_events`,
    type,
    site_admin: false,
  };
}

export const BOT = user('github-actions[bot]', 'Bot', 41898282);

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  load();
  const requests: RecordedRequest[] = [];
  const errors: string[] = [];
  const comments = new Map<number, Comment>();
  const failures: {
    method: string;
    status: number;
    n: number;
    body?: Json;
    headers?: Record<string, string>;
  }[] = [];
  const hangs: { method: string; n: number }[] = [];
  let nextId = 1000;
  let clock = Date.parse('2026-11-01T00:00:00Z');
  const now = () => new Date((clock += 1000)).toISOString().replace(/\.\d+Z$/, 'Z');
  const { owner, repo } = options;

  const commentJson = (c: Comment) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `https://api.github.com/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `https://api.github.com/repos/${owner}/${repo}/issues/${c.issue}`,
    body: c.body,
    user: c.user,
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'OWNER',
  });

  const addComment = (issue: number, body: string, who: Json = BOT): Comment => {
    const t = now();
    const c: Comment = { id: nextId++, body, issue, user: who, created_at: t, updated_at: t };
    comments.set(c.id, c);
    return c;
  };

  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      try {
        handle(req, res, raw);
      } catch (err) {
        errors.push(`handler crashed: ${(err as Error).stack}`);
        send(res, 500, { message: 'fake crashed' });
      }
    });
  });

  function send(
    res: ServerResponse,
    status: number,
    body?: Json,
    headers: Record<string, string> = {},
  ): void {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, {
      ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      ...headers,
    });
    res.end(text);
  }

  function checkResponse(op: Operation, status: number, body: Json): void {
    const response = deref(op.op.responses?.[String(status)]);
    if (!response) {
      errors.push(`${op.method} ${op.template}: status ${status} is not documented`);
      return;
    }
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return;
    const v = validator(`res ${op.method} ${op.template} ${status}`, schema);
    if (!v(body))
      errors.push(`${op.method} ${op.template}: response ${status} invalid: ${ajv!.errorsText(v.errors)}`);
  }

  function handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const query = Object.fromEntries(url.searchParams);
    let body: Json = undefined;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        errors.push(`${method} ${url.pathname}: body is not JSON`);
        return send(res, 400, { message: 'Problems parsing JSON' });
      }
    }
    const op = operations.find((o) => o.method === method && o.regex.test(url.pathname));
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query,
      body,
      authorization: req.headers.authorization,
      operation: op ? `${op.method} ${op.template}` : null,
    };
    requests.push(record);
    if (!op) {
      errors.push(`${method} ${url.pathname}: no such operation in GitHub's REST API`);
      return send(res, 404, { message: 'Not Found' });
    }
    // parameters
    const params: Record<string, string> = {};
    const m = op.regex.exec(url.pathname)!;
    op.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1]!)));
    for (const p of (op.op.parameters ?? []).map(deref)) {
      const value = p.in === 'path' ? params[p.name] : p.in === 'query' ? query[p.name] : undefined;
      if (p.in !== 'path' && p.in !== 'query') continue;
      if (value === undefined) {
        if (p.required) errors.push(`${record.operation}: missing ${p.in} parameter ${p.name}`);
        continue;
      }
      const schema = p.schema ?? {};
      const coerced = schema.type === 'integer' || schema.type === 'number' ? Number(value) : value;
      const v = validator(`param ${record.operation} ${p.name}`, schema);
      if (!v(coerced))
        errors.push(
          `${record.operation}: parameter ${p.name}=${value} invalid: ${ajv!.errorsText(v.errors)}`,
        );
      if (p.name === 'per_page' && Number(value) > 100) errors.push(`${record.operation}: per_page over 100`);
    }
    const known = new Set((op.op.parameters ?? []).map(deref).map((p: Json) => p.name));
    for (const k of Object.keys(query))
      if (!known.has(k)) errors.push(`${record.operation}: unknown query parameter ${k}`);
    // body
    const rb = deref(op.op.requestBody);
    if (rb) {
      const schema = rb.content?.['application/json']?.schema;
      if (body === undefined && rb.required) errors.push(`${record.operation}: body required`);
      else if (schema && body !== undefined) {
        const v = validator(`req ${record.operation}`, schema);
        if (!v(body)) {
          errors.push(`${record.operation}: body invalid: ${ajv!.errorsText(v.errors)}`);
          return send(res, 422, {
            message: 'Invalid request',
            documentation_url: 'https://docs.github.com/rest',
          });
        }
      }
    } else if (body !== undefined) errors.push(`${record.operation}: unexpected body`);
    if (
      !req.headers.authorization?.startsWith('token ') &&
      !req.headers.authorization?.startsWith('Bearer ')
    ) {
      errors.push(`${record.operation}: no token`);
    }
    if (params.owner !== undefined && (params.owner !== owner || params.repo !== repo)) {
      return send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }

    const hang = hangs.find((h) => h.method === method && h.n > 0);
    if (hang) {
      hang.n--;
      return;
    }
    const failure = failures.find((f) => f.method === method && f.n > 0);
    if (failure) {
      failure.n--;
      return send(res, failure.status, failure.body ?? { message: 'Server Error' }, failure.headers ?? {});
    }

    const reply = (status: number, payload?: Json) => {
      if (payload !== undefined || status === 204) checkResponse(op, status, payload);
      send(res, status, payload);
    };
    const forbidden = () =>
      send(res, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments',
        status: '403',
      });

    switch (op.template) {
      case '/repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const issue = Number(params.issue_number);
        if (method === 'GET') {
          const perPage = Math.min(100, Number(query.per_page ?? 30));
          const page = Number(query.page ?? 1);
          const all = [...comments.values()].filter((c) => c.issue === issue).sort((a, b) => a.id - b.id);
          const slice = all.slice((page - 1) * perPage, page * perPage).map(commentJson);
          const last = Math.max(1, Math.ceil(all.length / perPage));
          const link =
            page < last
              ? `<http://${req.headers.host}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <http://${req.headers.host}${url.pathname}?per_page=${perPage}&page=${last}>; rel="last"`
              : '';
          checkResponse(op, 200, slice);
          return send(res, 200, slice, link ? { link } : {});
        }
        if (options.readOnly) return forbidden();
        return reply(201, commentJson(addComment(issue, body.body)));
      }
      case '/repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const c = comments.get(Number(params.comment_id));
        if (method !== 'GET' && options.readOnly) return forbidden();
        if (!c)
          return send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
        if (method === 'GET') return reply(200, commentJson(c));
        if (method === 'PATCH') {
          c.body = body.body;
          c.updated_at = now();
          return reply(200, commentJson(c));
        }
        if (method === 'DELETE') {
          comments.delete(c.id);
          return reply(204);
        }
        break;
      }
      case '/repos/{owner}/{repo}/pulls/{pull_number}': {
        const pr = options.pulls?.[Number(params.pull_number)];
        if (method === 'GET' && pr)
          return send(res, 200, pullJson(owner, repo, Number(params.pull_number), pr));
        return send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      }
    }
    errors.push(`${record.operation}: not implemented by the fake`);
    send(res, 501, { message: 'not implemented by the fake' });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    errors,
    comments,
    options,
    failNext: (method, status, n = 1, body, headers) => failures.push({ method, status, n, body, headers }),
    hangNext: (method, n = 1) => void hangs.push({ method, n }),
    addComment: (issue, body, who) => addComment(issue, body, who ? user(who.login, who.type, 7) : BOT),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Enough of a pull request for the Action (head and base sha); not validated against the full schema. */
function pullJson(
  owner: string,
  repo: string,
  number: number,
  pr: { headSha: string; baseSha: string },
): Json {
  return {
    number,
    state: 'open',
    head: { sha: pr.headSha, ref: 'feature', repo: { full_name: `contributor/${repo}` } },
    base: { sha: pr.baseSha, ref: 'main', repo: { full_name: `${owner}/${repo}` } },
  };
}
