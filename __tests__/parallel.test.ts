// The code collector on a worker thread (large local trees): the report must be the same whichever thread
// collected the code facts, and a worker that cannot run must fall back without changing anything.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { collectCode } from '../src/facts/code/index.ts';
import { fromCodeJob, toCodeJob } from '../src/parallel/code-job.ts';
import { startCodeWorker } from '../src/parallel/code-runner.ts';
import { fixtures } from './fixtures/repos.ts';
import { snapshotOf } from './helpers/snapshot.ts';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const WORKER = new URL('../dist/worker.js', import.meta.url);
const shapes = fixtures.filter((f) => Object.keys(f.files()).some((p) => /\.(?:py|ipynb)$/.test(p)));

const tmp = mkdtempSync(join(tmpdir(), 'reproscore-parallel-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function writeRepo(name: string, files: Record<string, string>): string {
  const root = join(tmp, name);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return root;
}

function scanJson(root: string, parallelFrom: string): Record<string, unknown> {
  const r = spawnSync(process.execPath, [CLI, root, '--format', 'json'], {
    encoding: 'utf8',
    env: { ...process.env, REPROSCORE_PARALLEL_FROM: parallelFrom },
  });
  expect(r.status, r.stderr).toBe(0);
  const report = JSON.parse(r.stdout) as { target: { durationMs: number } };
  report.target.durationMs = 0;
  return report as unknown as Record<string, unknown>;
}

describe('the code job sent to the worker', () => {
  it.each(shapes.map((f) => [f.id, f] as const))(
    '%s: collects the same facts after a structured clone',
    async (_n, fx) => {
      const snapshot = await snapshotOf(fx.files());
      const job = structuredClone(toCodeJob(snapshot));
      expect(collectCode(fromCodeJob(job))).toEqual(collectCode(snapshot));
    },
  );
});

describe('the worker thread', () => {
  it('answers with the facts this thread would collect', async () => {
    const fx = shapes[0]!;
    const snapshot = await snapshotOf(fx.files());
    const runner = startCodeWorker(WORKER);
    const facts = await runner.run(snapshot);
    expect(runner.usedWorker).toBe(true);
    expect(facts).toEqual(collectCode(snapshot));
  });

  it('falls back to this thread when the worker script is missing', async () => {
    const fx = shapes[0]!;
    const snapshot = await snapshotOf(fx.files());
    const runner = startCodeWorker(new URL('./no-such-worker.js', WORKER));
    const facts = await runner.run(snapshot);
    expect(runner.usedWorker).toBe(false);
    expect(facts).toEqual(collectCode(snapshot));
  });
});

describe('dist/cli.js with and without the worker', () => {
  it.each(shapes.slice(0, 6).map((f) => [f.id, f] as const))(
    '%s: the same report',
    (name, fx) => {
      const root = writeRepo(name.replace(/\W+/g, '-'), fx.files());
      expect(scanJson(root, '0')).toEqual(scanJson(root, '1000000000'));
    },
    60_000,
  );
});
