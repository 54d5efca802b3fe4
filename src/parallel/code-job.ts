// The code collector's share of a scan, as a job a worker thread can run: the listing (two flat arrays, cheap to
// send) and the read limits. The worker plans the reads itself, reads the code collector's files and runs it; of
// the files only it reads, the bytes and read findings count toward the report.
import { collectCode, type CodeFacts } from '../facts/code/index.ts';
import type { Finding } from '../model.ts';
import { splitReads } from '../facts/plan.ts';
import { readPlannedSync, snapshotOf, type ReadLimits } from '../source/snapshot.ts';
import type { FileSource } from '../source/types.ts';

export interface CodeJob {
  paths: string[];
  sizes: Float64Array;
  excluded: { path: string; reason: string }[];
  limits: ReadLimits;
}

export interface CodeResult {
  facts: CodeFacts;
  /** read findings and bytes of the files only the code collector read */
  findings: Finding[];
  bytesRead: number;
}

/**
 * Plans the scan's reads from the job's listing exactly as the main thread does (splitReads), reads the code
 * collector's share and runs it. The worker gets the listing before the main thread has planned, so both plan at
 * once.
 */
export function runCodeJob(
  job: CodeJob,
  root: string,
  readSync: NonNullable<FileSource['readSync']>,
): CodeResult {
  const files = job.paths.map((path, i) => ({ path, size: job.sizes[i]! }));
  const { planned, codeOwn, codeShared } = splitReads(files, job.limits);
  const own = readPlannedSync(readSync, codeOwn, job.limits.maxTotalBytes);
  const shared = readPlannedSync(readSync, codeShared, job.limits.maxTotalBytes - own.bytesRead);
  return {
    facts: collectCode(
      snapshotOf(root, files, new Map([...own.contents, ...shared.contents]), job.excluded, planned.claims),
    ),
    findings: own.findings,
    bytesRead: own.bytesRead,
  };
}
