// Runs the code collector on a second thread, so that on large trees it overlaps with the other collectors (it
// is most of a scan's work). Started as soon as the listing says the tree is large, so the worker loads its
// modules while the main thread reads files. Any failure of the worker falls back to the main thread: the
// report never depends on whether a worker ran.
import { Worker } from 'node:worker_threads';
import { collectCode, type CodeFacts } from '../facts/code/index.ts';
import type { Snapshot } from '../source/types.ts';
import { toCodeJob } from './code-job.ts';

export interface CodeRunner {
  /** the code facts of the snapshot: from the worker, or computed here when the worker failed */
  run(snapshot: Snapshot): Promise<CodeFacts>;
  /** stops the worker if it is still there (a scan that failed before its code was collected) */
  close(): void;
  /** whether the last run's facts came from the worker (false: computed on this thread after a failure) */
  readonly usedWorker: boolean;
}

export function startCodeWorker(script: URL): CodeRunner {
  let worker: Worker | null = null;
  let failure: Error | null = null;
  let usedWorker = false;
  try {
    worker = new Worker(script);
    // a worker that cannot start (missing script) reports it here; run() then works on this thread
    worker.once('error', (err) => (failure = err));
    // an idle worker must not keep the process alive
    worker.unref();
  } catch (err) {
    failure = err as Error;
  }
  return {
    run(snapshot) {
      if (!worker || failure) return Promise.resolve(collectCode(snapshot));
      const w = worker;
      return new Promise<CodeFacts>((resolve) => {
        const fallback = () => {
          cleanup();
          void w.terminate();
          resolve(collectCode(snapshot));
        };
        const onMessage = (msg: { ok: true; facts: CodeFacts } | { ok: false; message: string }) => {
          cleanup();
          void w.terminate();
          usedWorker = msg.ok;
          resolve(msg.ok ? msg.facts : collectCode(snapshot));
        };
        const onExit = () => fallback();
        const cleanup = () => {
          w.off('message', onMessage);
          w.off('error', fallback);
          w.off('exit', onExit);
        };
        w.on('message', onMessage);
        w.on('error', fallback);
        w.on('exit', onExit);
        w.ref();
        w.postMessage(toCodeJob(snapshot));
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
