// Runs the code collector's share of a scan on a second thread: on large trees it is most of the work, and it
// overlaps with the main thread's reads and other collectors. The worker is started as soon as the listing says
// the tree is large, so it loads its modules while the main thread plans. Any failure of the worker falls back
// to the main thread: the report never depends on whether a worker ran.
import { Worker } from 'node:worker_threads';
import type { CodeJob, CodeResult } from './code-job.ts';

export interface CodeRunner {
  /** the job's result from the worker, or from `here` (this thread) when the worker cannot give it */
  run(job: CodeJob, root: string, here: () => CodeResult): Promise<CodeResult>;
  /** stops the worker if it is still there (a scan that failed before its code was collected) */
  close(): void;
  /** whether the last run's result came from the worker */
  readonly usedWorker: boolean;
}

export function startCodeWorker(script: URL): CodeRunner {
  let worker: Worker | null = null;
  let failure: Error | null = null;
  let usedWorker = false;
  try {
    // a small young generation: most of what the worker allocates lives until it answers (measured: 30-40 MB
    // less peak memory on a 100k-file tree, the same time)
    worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    // a worker that cannot start (missing script) reports it here; run() then works on this thread
    worker.once('error', (err) => (failure = err));
    // an idle worker must not keep the process alive
    worker.unref();
  } catch (err) {
    failure = err as Error;
  }
  return {
    run(job, root, here) {
      if (!worker || failure) return Promise.resolve().then(here);
      const w = worker;
      return new Promise<CodeResult>((resolve, reject) => {
        const settle = (fromWorker: CodeResult | null) => {
          w.off('message', onMessage);
          w.off('error', onFailure);
          w.off('exit', onFailure);
          void w.terminate();
          usedWorker = fromWorker !== null;
          if (fromWorker) resolve(fromWorker);
          else {
            try {
              resolve(here());
            } catch (err) {
              reject(err as Error);
            }
          }
        };
        const onMessage = (msg: { ok: true; result: CodeResult } | { ok: false; message: string }) =>
          settle(msg.ok ? msg.result : null);
        const onFailure = () => settle(null);
        w.on('message', onMessage);
        w.on('error', onFailure);
        w.on('exit', onFailure);
        w.ref();
        w.postMessage({ job, root });
      });
    },
    close() {
      if (worker) void worker.terminate();
      worker = null;
    },
    get usedWorker() {
      return usedWorker;
    },
  };
}
