// What the Action knows about the workflow run, read once from the runner's environment.
import { readFileSync } from 'node:fs';
import { trimTrailing } from '../util/text.ts';

export interface ActionContext {
  eventName: string;
  /** the webhook payload (GITHUB_EVENT_PATH); {} when absent */
  payload: Record<string, unknown>;
  owner: string;
  repo: string;
  workspace: string;
  serverUrl: string;
  apiUrl: string;
  runId: string;
  sha: string;
}

export function readContext(env: NodeJS.ProcessEnv = process.env): ActionContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
      if (parsed && typeof parsed === 'object') payload = parsed as Record<string, unknown>;
    } catch {
      payload = {};
    }
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    owner,
    repo,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    serverUrl: trimTrailing(env.GITHUB_SERVER_URL || 'https://github.com', '/'),
    apiUrl: trimTrailing(env.GITHUB_API_URL || 'https://api.github.com', '/'),
    runId: env.GITHUB_RUN_ID ?? '',
    sha: env.GITHUB_SHA ?? '',
  };
}

export interface PullRequestInfo {
  number: number;
  baseSha: string | null;
  headSha: string | null;
  /** the head branch lives in another repository: the token is read-only */
  fork: boolean;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** The pull request of a pull_request event, or null for any other event. */
export function pullRequestOf(ctx: ActionContext): PullRequestInfo | null {
  if (!PR_EVENTS.has(ctx.eventName)) return null;
  const pr = ctx.payload.pull_request as
    | {
        number?: unknown;
        base?: { sha?: unknown; repo?: { full_name?: unknown } | null };
        head?: { sha?: unknown; repo?: { full_name?: unknown } | null };
      }
    | undefined;
  const number = pr?.number ?? ctx.payload.number;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) return null;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const baseRepo = str(pr?.base?.repo?.full_name);
  const headRepo = str(pr?.head?.repo?.full_name);
  return {
    number,
    baseSha: str(pr?.base?.sha),
    headSha: str(pr?.head?.sha),
    fork: headRepo === null || (baseRepo !== null && headRepo !== baseRepo),
  };
}
