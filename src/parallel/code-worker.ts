// Worker thread entry: reads the code collector's files from the scanned folder (with the same checks as the main
// thread: no links followed, capped reads) and runs the collector; posts back its result or the error's message.
import { parentPort } from 'node:worker_threads';
import { LocalSource } from '../source/local.ts';
import { runCodeJob, type CodeJob } from './code-job.ts';

parentPort?.on('message', ({ job, root }: { job: CodeJob; root: string }) => {
  try {
    const source = LocalSource.resolved(root);
    parentPort!.postMessage({ ok: true, result: runCodeJob(job, root, source.readSync.bind(source)) });
  } catch (err) {
    parentPort!.postMessage({
      ok: false,
      message: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
  }
});
