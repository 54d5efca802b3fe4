// The code collector's share of a scan, as a job a worker thread can run: the listing (two flat arrays, cheap to
// send), the files to read with how many bytes of each, and which of them only the code collector reads (their
// bytes and read findings count toward the report; the others were read by the main thread too).
import { collectCode, type CodeFacts } from '../facts/code/index.ts';
import type { Finding } from '../model.ts';
import { readPlannedSync, snapshotOf, type PlannedRead } from '../source/snapshot.ts';
import type { FileSource } from '../source/types.ts';

export interface CodeJob {
  paths: string[];
  sizes: Float64Array;
  excluded: { path: string; reason: string }[];
  reads: { path: string; size: number; want: number; own: boolean }[];
}

export interface CodeResult {
  facts: CodeFacts;
  /** read findings and bytes of the files only the code collector read */
  findings: Finding[];
  bytesRead: number;
}

export function runCodeJob(
  job: CodeJob,
  root: string,
  readSync: NonNullable<FileSource['readSync']>,
): CodeResult {
  const files = job.paths.map((path, i) => ({ path, size: job.sizes[i]! }));
  const planned: PlannedRead[] = job.reads.map((r) => ({
    entry: { path: r.path, size: r.size },
    want: r.want,
  }));
  const read = readPlannedSync(readSync, planned);
  const own = new Set(job.reads.filter((r) => r.own).map((r) => r.path));
  let bytesRead = 0;
  for (const [path, bytes] of read.bytesByPath) if (own.has(path)) bytesRead += bytes;
  return {
    facts: collectCode(snapshotOf(root, files, read.contents, job.excluded)),
    findings: read.findings.filter((f) => own.has(f.path)),
    bytesRead,
  };
}
