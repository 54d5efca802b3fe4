// The code collector on a worker thread (large local trees): the report must be the same whichever thread
// collected the code facts, and a worker that cannot run must fall back without changing anything.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { collectCode } from '../src/facts/code/index.ts';
import { runCodeJob, type CodeJob } from '../src/parallel/code-job.ts';
import { startCodeWorker } from '../src/parallel/code-runner.ts';
import { LocalSource } from '../src/source/local.ts';
import { fixtures } from './fixtures/repos.ts';
import { snapshotOf } from './helpers/snapshot.ts';
import { DEFAULT_LIMITS } from '../src/source/snapshot.ts';
import type { Snapshot } from '../src/source/types.ts';

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

/** The job for a snapshot, and a reader of its files from memory. */
function jobFor(snapshot: Snapshot): {
  job: CodeJob;
  read: (p: string, n: number) => { bytes: Uint8Array; size: number };
} {
  const files = Object.fromEntries(
    [...snapshot.contents].filter(([, c]) => c.text !== null).map(([p, c]) => [p, c.text!]),
  );
  const enc = new TextEncoder();
  return {
    job: {
      paths: snapshot.files.map((f) => f.path),
      sizes: Float64Array.from(snapshot.files, (f) => f.size),
      excluded: snapshot.excluded,
      limits: DEFAULT_LIMITS,
    },
    read: (p, n) => {
      const bytes = enc.encode(files[p] ?? '').subarray(0, n);
      return { bytes, size: bytes.length };
    },
  };
}

describe('the code job a worker runs', () => {
  it.each(shapes.map((f) => [f.id, f] as const))(
    '%s: gives the collector the same facts after a structured clone',
    async (_n, fx) => {
      const snapshot = await snapshotOf(fx.files());
      const { job, read } = jobFor(snapshot);
      const result = runCodeJob(structuredClone(job), snapshot.root, read);
      expect(result.facts).toEqual(collectCode(snapshot));
    },
  );
});

describe('the worker thread', () => {
  const repo = (): string => writeRepo('worker-thread', shapes[0]!.files());

  it('answers with what this thread would compute', async () => {
    const root = realpathSync(repo());
    const source = LocalSource.resolved(root);
    const snapshot = await snapshotOf(shapes[0]!.files());
    const { job } = jobFor(snapshot);
    const here = () => runCodeJob(job, root, source.readSync.bind(source));
    const runner = startCodeWorker(WORKER);
    const result = await runner.run(job, root, here);
    expect(runner.usedWorker).toBe(true);
    expect(result).toEqual(here());
  });

  it('falls back to this thread when the worker script is missing', async () => {
    const root = realpathSync(repo());
    const source = LocalSource.resolved(root);
    const snapshot = await snapshotOf(shapes[0]!.files());
    const { job } = jobFor(snapshot);
    const here = () => runCodeJob(job, root, source.readSync.bind(source));
    const runner = startCodeWorker(new URL('./no-such-worker.js', WORKER));
    const result = await runner.run(job, root, here);
    expect(runner.usedWorker).toBe(false);
    expect(result).toEqual(here());
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
