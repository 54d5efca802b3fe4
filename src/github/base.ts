// The pull request's base commit, extracted from the checkout's own git objects into a temporary directory:
// `git archive <sha> | tar -x`. Nothing from the repository runs (no checkout hooks, no filters, no build), the
// checkout and its index are left untouched, and the directory is scanned like any other.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type BaseTree =
  { ok: true; dir: string; cleanup: () => Promise<void> } | { ok: false; reason: string };

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** Why the base could not be compared, phrased for a notice; names the fetch-depth that fixes it. */
export function missingBaseReason(sha: string, detail: string): string {
  return (
    `No comparison with the base branch: its commit ${sha.slice(0, 12)} is not in the checkout (${detail}). ` +
    'actions/checkout fetches a single commit by default; set `fetch-depth: 2` (the base is the first parent of ' +
    'the pull request merge commit) or `fetch-depth: 0` on it.'
  );
}

export async function extractCommit(workspace: string, sha: string): Promise<BaseTree> {
  if (!SHA.test(sha))
    return {
      ok: false,
      reason: `No comparison with the base branch: "${sha.slice(0, 64)}" is not a commit id.`,
    };
  const git = ['-c', `safe.directory=${workspace}`, '-C', workspace];
  const present = await run('git', [...git, 'cat-file', '-e', `${sha}^{commit}`]);
  if (present.code !== 0) {
    const shallow = await run('git', [...git, 'rev-parse', '--is-shallow-repository']);
    const detail =
      shallow.code !== 0
        ? 'the workspace is not a git repository'
        : shallow.stdout.trim() === 'true'
          ? 'the clone is shallow'
          : 'the commit was not fetched';
    return { ok: false, reason: missingBaseReason(sha, detail) };
  }
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'reproscore-base-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  const result = await pipe('git', [...git, 'archive', '--format=tar', sha], 'tar', ['-x', '-C', dir]);
  if (result.code !== 0) {
    await cleanup();
    return {
      ok: false,
      reason: `No comparison with the base branch: extracting ${sha.slice(0, 12)} failed (${result.stderr.trim().slice(0, 300)}).`,
    };
  }
  return { ok: true, dir, cleanup };
}

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[]): Promise<Ran> {
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: gitEnv() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (err) => resolvePromise({ code: -1, stdout, stderr: String(err.message) }));
    child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout, stderr }));
  });
}

function pipe(cmdA: string, argsA: string[], cmdB: string, argsB: string[]): Promise<Ran> {
  return new Promise((resolvePromise) => {
    const a = spawn(cmdA, argsA, { stdio: ['ignore', 'pipe', 'pipe'], env: gitEnv() });
    const b = spawn(cmdB, argsB, { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    let codeA: number | null = null;
    let codeB: number | null = null;
    let settled = false;
    const finish = (code?: number) => {
      if (settled) return;
      if (code !== undefined || (codeA !== null && codeB !== null)) {
        settled = true;
        resolvePromise({ code: code ?? (codeA !== 0 ? codeA! : codeB!), stdout: '', stderr });
      }
    };
    a.stdout.pipe(b.stdin);
    a.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    b.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    b.stdin.on('error', () => {});
    a.on('error', (err) => ((stderr += err.message), finish(-1)));
    b.on('error', (err) => ((stderr += err.message), finish(-1)));
    a.on('close', (code) => ((codeA = code ?? -1), finish()));
    b.on('close', (code) => ((codeB = code ?? -1), finish()));
  });
}

/** git without prompts, pagers or the user's replacement objects. */
function gitEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    GIT_NO_REPLACE_OBJECTS: '1',
    LC_ALL: 'C',
  };
}
