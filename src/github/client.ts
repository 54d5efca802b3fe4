// The one GitHub API client: the toolkit's Octokit (proxy support, GITHUB_API_URL) with retry and throttling.
import { getOctokit } from '@actions/github';
import { GitHub, defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientLog {
  warning(message: string): void;
  info(message: string): void;
}

export interface ClientOptions {
  /** REST API root (GITHUB_API_URL); the toolkit's default when absent */
  baseUrl?: string;
  /** retries of 5xx and network errors (3 by default) */
  retries?: number;
  /** turn off the throttling queue (tests that must not wait a second between writes) */
  throttle?: boolean;
  /** how long one request may take before it is abandoned (30 s by default) */
  timeoutMs?: number;
}

/** A request that got no answer in time; its message is what the Action shows. */
export class ApiTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`the GitHub API did not answer within ${ms / 1000} s`);
    this.name = 'ApiTimeoutError';
  }
}

const DEFAULT_TIMEOUT_MS = 30_000;

type Fetch = typeof globalThis.fetch;

/** The toolkit's fetch (proxy-aware) with a deadline on every attempt, so that a hung API cannot hang the job. */
function fetchWithTimeout(base: Fetch, ms: number): Fetch {
  return async (url, init) => {
    const deadline = AbortSignal.timeout(ms);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    try {
      return await base(url, { ...init, signal });
    } catch (err) {
      if (deadline.aborted) throw new ApiTimeoutError(ms);
      throw err;
    }
  };
}

/** Retry and back off on primary and secondary rate limits at most this many times... */
const RATE_LIMIT_RETRIES = 2;
/** ...and only when the wait is short: an exhausted hourly limit fails at once, with its reset time. */
const MAX_RATE_LIMIT_WAIT_S = 60;

/** `token` may be empty for anonymous reads (public repositories from the CLI). */
export function createClient(token: string, log: ClientLog, options: ClientOptions = {}): GitHubClient {
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      if (retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S) {
        log.info(
          `GitHub ${kind} rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s.`,
        );
        return true;
      }
      log.warning(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}; giving up after ${retryCount} retries.`,
      );
      return false;
    };
  const baseFetch = (defaults.request?.fetch as Fetch | undefined) ?? globalThis.fetch;
  const settings = {
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    request: {
      ...defaults.request,
      fetch: fetchWithTimeout(baseFetch, options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    },
    retry: { retries: options.retries ?? 3, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    throttle: {
      enabled: options.throttle ?? true,
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
    },
    log: {
      debug: () => {},
      info: () => {},
      warn: (message: string) => log.warning(message),
      error: () => {},
    },
  };
  if (!token) return new (GitHub.plugin(retry, throttling))(settings) as unknown as GitHubClient;
  return getOctokit(token, settings, retry, throttling);
}

/** The status and message of an Octokit RequestError (or undefined for anything else). */
export function httpStatus(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** A write refused for want of permission: the read-only token of a fork PR, or `permissions:` too narrow. */
export function isPermissionError(err: unknown): boolean {
  return httpStatus(err) === 403 && !/rate limit/i.test(String((err as Error).message ?? ''));
}

/** What went wrong with an API call, in words for a warning: a timeout, an exhausted rate limit, or the status. */
/** What went wrong with a GitHub API call, for messages in the Action and the CLI alike. */
export type ApiFault =
  | { kind: 'timeout'; message: string }
  | { kind: 'rate-limit'; status: number; resetAt: string | null }
  | { kind: 'unreachable'; message: string }
  | { kind: 'http'; status: number; message: string };

export function classifyApiError(err: unknown): ApiFault {
  const e = err as {
    message?: unknown;
    cause?: unknown;
    response?: { headers?: Record<string, unknown> };
  } | null;
  const message = String(e?.message ?? err);
  if (err instanceof ApiTimeoutError) return { kind: 'timeout', message: err.message };
  if (e?.cause instanceof ApiTimeoutError) return { kind: 'timeout', message: e.cause.message };
  const status = httpStatus(err);
  const headers = e?.response?.headers ?? {};
  if (
    (status === 403 || status === 429) &&
    (status === 429 || headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message))
  ) {
    const reset = Number(headers['x-ratelimit-reset']);
    return {
      kind: 'rate-limit',
      status,
      resetAt: Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000).toISOString() : null,
    };
  }
  // an answer has a response; a network failure is reported by Octokit as a 500 without one
  if (status !== undefined && e?.response) return { kind: 'http', status, message };
  return { kind: 'unreachable', message };
}

/** One line for the Action's warnings. */
export function describeApiError(err: unknown): string {
  const f = classifyApiError(err);
  switch (f.kind) {
    case 'timeout':
      return f.message;
    case 'rate-limit':
      return `the GitHub API rate limit is exhausted (HTTP ${f.status}${f.resetAt ? `; it resets at ${f.resetAt}` : ''})`;
    case 'http':
      return `HTTP ${f.status}: ${f.message}`;
    case 'unreachable':
      return `the GitHub API could not be reached: ${f.message}`;
  }
}
