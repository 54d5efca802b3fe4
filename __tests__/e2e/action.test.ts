// The bundled Action (dist/index.js) run as a runner runs it: Node 24, a clean environment with INPUT_* and
// GITHUB_*, a real pull_request payload, step summary and output files, and a local GitHub API that checks every
// request against GitHub's OpenAPI description.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline.ts';
import { LocalSource } from '../../src/source/local.ts';
import { startFakeGitHub, type FakeGitHub } from '../github/fake-github.ts';
import { cmark, hasCmark } from '../render/cmark.ts';
import { createFixtureRepo, type FixtureRepo } from '../github/git-fixture.ts';

const require = createRequire(import.meta.url);
const ROOT = process.cwd();
const NODE24 = join(ROOT, 'node_modules/node24/bin/node');
const DIST = join(ROOT, 'dist/index.js');
const TOKEN = 'ghs_e2eSecretToken0123456789abcdefABCDEF';
const OWNER = 'octo-org';
const REPO = 'models';

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts'))
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Bundles when dist/index.js is missing or older than a source file (under a lock: other tests bundle too). */
function ensureBundle(): void {
  if (existsSync(DIST) && statSync(DIST).mtimeMs >= newestSource(join(ROOT, 'src'))) return;
  execFileSync('flock', ['/tmp/reproscore-bundle.lock', 'npm', 'run', 'bundle', '--silent'], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}

/** A real `pull_request` webhook payload (octokit/webhooks examples), pointed at the fixture. */
function pullRequestPayload(repo: FixtureRepo, headSha: string, fork: boolean): unknown {
  const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as {
    name: string;
    examples: Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  }[];
  const payload = structuredClone(
    examples
      .find((e) => e.name === 'pull_request')!
      .examples.find((e) => e.action === 'synchronize' || e.action === 'opened')!,
  );
  const pr = payload.pull_request;
  payload.number = 7;
  pr.number = 7;
  pr.base.sha = repo.baseSha;
  pr.head.sha = headSha;
  pr.base.repo.full_name = `${OWNER}/${REPO}`;
  pr.base.repo.name = REPO;
  pr.base.repo.owner.login = OWNER;
  pr.head.repo.full_name = fork ? `contributor/${REPO}` : `${OWNER}/${REPO}`;
  pr.head.repo.owner.login = fork ? 'contributor' : OWNER;
  pr.head.repo.fork = fork;
  payload.repository.full_name = `${OWNER}/${REPO}`;
  payload.repository.name = REPO;
  payload.repository.owner.login = OWNER;
  return payload;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  outDir: string;
}

/** `name<<delimiter\nvalue\ndelimiter` entries of a GITHUB_OUTPUT file. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]!] = m[3]!;
  return out;
}

const actionInputs = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')).inputs as Record<
  string,
  { default?: string }
>;

async function runAction(opts: {
  gh: FakeGitHub;
  workspace: string;
  event: string;
  payload: unknown;
  inputs?: Record<string, string>;
}): Promise<Run> {
  const tmp = mkdtempSync(join(tmpdir(), 'reproscore-runner-'));
  const eventPath = join(tmp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(opts.payload));
  const summaryPath = join(tmp, 'summary.md');
  const outputPath = join(tmp, 'output.txt');
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const outDir = join(tmp, 'out');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: tmp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: tmp,
    GITHUB_API_URL: opts.gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${opts.gh.url}/graphql`,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/pull/7/merge',
  };
  // the runner sets every input, defaults included, with the name upper-cased and hyphens kept
  for (const [name, spec] of Object.entries(actionInputs)) {
    const value = name === 'github-token' ? TOKEN : name === 'output-dir' ? outDir : (spec.default ?? '');
    env[`INPUT_${name.toUpperCase()}`] = opts.inputs?.[name] ?? value;
  }
  const child = spawn(NODE24, [DIST], { cwd: opts.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const run = {
    code,
    stdout,
    stderr,
    summary: readFileSync(summaryPath, 'utf8'),
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    outDir,
  };
  // the token never leaves the process
  for (const text of [stdout, stderr, run.summary, readFileSync(outputPath, 'utf8')])
    expect(text).not.toContain(TOKEN);
  if (existsSync(outDir))
    for (const f of readdirSync(outDir)) expect(readFileSync(join(outDir, f), 'utf8')).not.toContain(TOKEN);
  return run;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();
}

describe.skipIf(!existsSync(NODE24))('the bundled Action under Node 24', () => {
  let repo: FixtureRepo;
  let gh: FakeGitHub;

  beforeAll(async () => {
    ensureBundle();
    repo = createFixtureRepo();
    gh = await startFakeGitHub({ owner: OWNER, repo: REPO });
  }, 120_000);

  afterAll(async () => {
    await gh?.close();
    if (repo) rmSync(repo.dir, { recursive: true, force: true });
  });

  it('runs on Node 24', () => {
    expect(execFileSync(NODE24, ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./);
  });

  it('first run: creates the comment, writes the summary, outputs and files, with the delta of adding a LICENSE', async () => {
    const run = await runAction({
      gh,
      workspace: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(repo, repo.headSha, false),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);

    // the delta is what the pipeline itself says about the two commits
    const head = await scan(new LocalSource(repo.dir));
    const baseDir = mkdtempSync(join(tmpdir(), 'reproscore-e2e-base-'));
    execFileSync('sh', ['-c', `git -C "${repo.dir}" archive ${repo.baseSha} | tar -x -C "${baseDir}"`]);
    const base = await scan(new LocalSource(baseDir));
    rmSync(baseDir, { recursive: true, force: true });
    expect(base.checks.find((c) => c.id === 'license')!.status).toBe('fail');
    expect(head.checks.find((c) => c.id === 'license')!.status).toBe('pass');
    expect(head.score).toBeGreaterThan(base.score);

    expect(run.outputs).toEqual({
      score: String(head.score),
      grade: head.grade,
      delta: String(head.score - base.score),
      pwc: String(head.standards.pwc.total),
      'mof-class': head.standards.mof.class ?? '',
      'report-path': join(run.outDir, 'report.json'),
      'sarif-path': join(run.outDir, 'report.sarif'),
      'html-path': join(run.outDir, 'report.html'),
      'badge-svg': join(run.outDir, 'badge.svg'),
      'badge-json': join(run.outDir, 'badge.json'),
      'comment-url': expect.stringMatching(
        /^https:\/\/github\.com\/octo-org\/models\/pull\/7#issuecomment-\d+$/,
      ),
    });
    for (const f of [
      'report.json',
      'report.md',
      'report.sarif',
      'report.html',
      'badge.svg',
      'badge.json',
      'base-report.json',
      'pull-request.json',
    ]) {
      expect(existsSync(join(run.outDir, f)), f).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(run.outDir, 'report.json'), 'utf8')).score).toBe(head.score);
    expect(JSON.parse(readFileSync(join(run.outDir, 'report.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(JSON.parse(readFileSync(join(run.outDir, 'badge.json'), 'utf8')).schemaVersion).toBe(1);
    expect(readFileSync(join(run.outDir, 'badge.svg'), 'utf8')).toMatch(/^<svg/);
    // the HTML report: one page whose evidence links to this repository's files at the scanned commit
    const html = readFileSync(join(run.outDir, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain(`<span class="big" id="score">${head.score}</span>`);
    expect(html).toContain(`href="https://github.com/${OWNER}/${REPO}/blob/${head.target.commit}/train.py#L`);

    const writes = gh.requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => r.operation)).toEqual([
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    ]);
    expect(gh.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    expect(gh.comments.size).toBe(1);
    const body = [...gh.comments.values()][0]!.body;
    expect(body).toContain(`**${head.score}**/100`);
    expect(body).toContain(`▲ +${head.score - base.score} against the base branch (${base.score}/100`);
    expect(body).toMatch(/\*\*Improved\*\*[\s\S]*- \*\*[^*]*[Ll]icense[^*]*\*\* \(\+\d+, fail → pass\)/);
    expect(run.summary).toContain(`## ReproScore: ${head.score}/100`);
    if (hasCmark) {
      // as GitHub renders it: the marker hidden, tables, collapsible evidence, and no link anywhere
      const html = cmark(body);
      expect(html.startsWith('<!-- reproscore-comment:root -->')).toBe(true);
      expect(html.match(/<table>/g)!.length).toBeGreaterThanOrEqual(2);
      expect(html).toMatch(/<details><summary>Evidence for \d+ checks<\/summary>/);
      expect(html).not.toMatch(/<a |<img/);
    }
    expect(run.stdout).toMatch(/^::warning title=ReproScore%3A /m);
    expect(gh.errors).toEqual([]);
  });

  it('second run on a new commit: updates the same comment', async () => {
    const [first] = [...gh.comments.values()];
    const firstBody = first!.body;
    writeFileSync(
      join(repo.dir, 'CITATION.cff'),
      'cff-version: 1.2.0\nmessage: Cite this\ntitle: Tiny classifier\nauthors:\n  - family-names: Doe\n    given-names: Jane\n',
    );
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', 'cite');
    const head2 = git(repo.dir, 'rev-parse', 'HEAD');
    const before = gh.requests.length;
    const run = await runAction({
      gh,
      workspace: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(repo, head2, false),
    });
    expect(run.code).toBe(0);
    const writes = gh.requests.slice(before).filter((r) => r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/${first!.id}`,
    ]);
    expect(gh.comments.size).toBe(1);
    expect([...gh.comments.values()][0]!.body).not.toBe(firstBody);
    expect(run.outputs['comment-url']).toContain(`#issuecomment-${first!.id}`);
    expect(gh.errors).toEqual([]);
  });

  it('third run with nothing changed: writes nothing', async () => {
    const head = git(repo.dir, 'rev-parse', 'HEAD');
    const before = gh.requests.length;
    const bodyBefore = [...gh.comments.values()][0]!.body;
    const run = await runAction({
      gh,
      workspace: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(repo, head, false),
    });
    expect(run.code).toBe(0);
    const after = gh.requests.slice(before);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((r) => r.method === 'GET')).toBe(true);
    expect([...gh.comments.values()][0]!.body).toBe(bodyBefore);
    expect(run.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
  });

  it("a fork's read-only token: a warning naming the permission, the summary, exit 0", async () => {
    const readOnly = await startFakeGitHub({ owner: OWNER, repo: REPO, readOnly: true });
    try {
      const run = await runAction({
        gh: readOnly,
        workspace: repo.dir,
        event: 'pull_request',
        payload: pullRequestPayload(repo, repo.headSha, true),
      });
      expect(run.code).toBe(0);
      const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('pull-requests: write');
      expect(warnings[0]).toContain('forks');
      expect(run.stdout).not.toMatch(/^::error/m);
      expect(run.summary).toContain('## ReproScore');
      expect(run.outputs['comment-url']).toBe('');
      expect(run.outputs.score).toMatch(/^\d+$/);
      expect(readOnly.comments.size).toBe(0);
      expect(readOnly.errors).toEqual([]);
    } finally {
      await readOnly.close();
    }
  });

  it('the fork-safe pattern: a read-only scan job, then a workflow_run job posts the stored report without a checkout', async () => {
    const readOnly = await startFakeGitHub({ owner: OWNER, repo: REPO, readOnly: true });
    const writer = await startFakeGitHub({
      owner: OWNER,
      repo: REPO,
      pulls: { 7: { headSha: repo.headSha, baseSha: repo.baseSha } },
    });
    const artifact = mkdtempSync(join(tmpdir(), 'reproscore-artifact-'));
    const noCheckout = mkdtempSync(join(tmpdir(), 'reproscore-empty-workspace-'));
    try {
      const scanJob = await runAction({
        gh: readOnly,
        workspace: repo.dir,
        event: 'pull_request',
        payload: pullRequestPayload(repo, repo.headSha, true),
        inputs: { comment: 'false' },
      });
      expect(scanJob.code).toBe(0);
      expect(readOnly.requests).toHaveLength(0);
      // "upload-artifact" / "download-artifact"
      for (const f of ['report.json', 'base-report.json', 'pull-request.json']) {
        writeFileSync(join(artifact, f), readFileSync(join(scanJob.outDir, f)));
      }
      const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as {
        name: string;
        examples: Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
      }[];
      const payload = structuredClone(
        examples.find((e) => e.name === 'workflow_run')!.examples.find((e) => e.action === 'completed')!,
      );
      payload.workflow_run.event = 'pull_request';
      payload.workflow_run.head_sha = repo.headSha;
      payload.workflow_run.pull_requests = [];
      const commentJob = await runAction({
        gh: writer,
        workspace: noCheckout,
        event: 'workflow_run',
        payload,
        inputs: { report: join(artifact, 'report.json') },
      });
      expect(commentJob.code).toBe(0);
      expect(commentJob.outputs.delta).toBe(scanJob.outputs.delta);
      expect(commentJob.outputs.score).toBe(scanJob.outputs.score);
      expect(writer.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        `GET /repos/${OWNER}/${REPO}/pulls/7`,
        `GET /repos/${OWNER}/${REPO}/issues/7/comments`,
        `POST /repos/${OWNER}/${REPO}/issues/7/comments`,
        `GET /repos/${OWNER}/${REPO}/issues/7/comments`,
      ]);
      expect([...writer.comments.values()][0]!.body).toContain(
        `▲ +${scanJob.outputs.delta} against the base branch`,
      );
      expect(commentJob.stdout).not.toMatch(/^::(warning|error) (title|file)=/m);
      expect(writer.errors).toEqual([]);
    } finally {
      await readOnly.close();
      await writer.close();
      rmSync(artifact, { recursive: true, force: true });
      rmSync(noCheckout, { recursive: true, force: true });
    }
  });

  it('on push: no comment, no API call, outputs without a delta', async () => {
    const quiet = await startFakeGitHub({ owner: OWNER, repo: REPO });
    try {
      const run = await runAction({
        gh: quiet,
        workspace: repo.dir,
        event: 'push',
        payload: { ref: 'refs/heads/main' },
      });
      expect(run.code).toBe(0);
      expect(quiet.requests).toHaveLength(0);
      expect(run.outputs.delta).toBe('');
      expect(run.outputs['comment-url']).toBe('');
      expect(existsSync(join(run.outDir, 'badge.svg'))).toBe(true);
    } finally {
      await quiet.close();
    }
  });

  it('a bad input fails the step with one clear error', async () => {
    const run = await runAction({
      gh,
      workspace: repo.dir,
      event: 'push',
      payload: {},
      inputs: { 'fail-under': 'lots' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::Input fail-under must be a number/m);
  });

  it('fail-under fails the step after publishing', async () => {
    const run = await runAction({
      gh,
      workspace: repo.dir,
      event: 'push',
      payload: {},
      inputs: { 'fail-under': '100' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::ReproScore \d+ is below fail-under 100/m);
    expect(run.outputs.score).toMatch(/^\d+$/);
  });
});
