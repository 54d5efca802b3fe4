// What the code collector needs of a snapshot, in a form that crosses to a worker thread cheaply: the listing
// as two flat arrays, and only the contents the collector reads (Python, notebooks, launchers, packaging files,
// weight-file heads).
import { isWeightFile } from '../facts/code/weights.ts';
import { wantsCode } from '../facts/code/index.ts';
import type { FileContent, Snapshot } from '../source/types.ts';

export interface CodeJob {
  root: string;
  paths: string[];
  sizes: Float64Array;
  excluded: { path: string; reason: string }[];
  contents: [string, FileContent][];
}

export function toCodeJob(snapshot: Snapshot): CodeJob {
  const n = snapshot.files.length;
  const paths = new Array<string>(n);
  const sizes = new Float64Array(n);
  const contents: [string, FileContent][] = [];
  for (let i = 0; i < n; i++) {
    const f = snapshot.files[i]!;
    paths[i] = f.path;
    sizes[i] = f.size;
    const c = snapshot.contents.get(f.path);
    if (c && (wantsCode(f.path) || isWeightFile(f.path))) contents.push([f.path, c]);
  }
  return { root: snapshot.root, paths, sizes, excluded: snapshot.excluded, contents };
}

export function fromCodeJob(job: CodeJob): Snapshot {
  const files = job.paths.map((path, i) => ({ path, size: job.sizes[i]! }));
  return {
    root: job.root,
    files,
    paths: new Set(job.paths),
    contents: new Map(job.contents),
    excluded: job.excluded,
  };
}
