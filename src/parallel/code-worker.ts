// Worker thread entry: runs the code collector on a job and posts back its facts (or the error's message).
import { parentPort } from 'node:worker_threads';
import { collectCode } from '../facts/code/index.ts';
import { fromCodeJob, type CodeJob } from './code-job.ts';

parentPort?.on('message', (job: CodeJob) => {
  try {
    parentPort!.postMessage({ ok: true, facts: collectCode(fromCodeJob(job)) });
  } catch (err) {
    parentPort!.postMessage({
      ok: false,
      message: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
  }
});
