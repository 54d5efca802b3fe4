// Which files the collectors read, and how much of each: the read plan. Every collector says which files it wants
// by name alone; the plan asks them once per listed path. It also tells apart the files only the code collector
// reads, which a worker thread can read on its own.
import { wantsCard } from './cards.ts';
import { wantsCode } from './code/index.ts';
import { isWeightFile } from './code/weights.ts';
import { wantsEnvironment } from './environment.ts';
import { wantsLicense } from './license.ts';
import { wantsReadme } from './readme.ts';
import { wantsRepo } from './repo.ts';
import { DEFAULT_LIMITS, planReads, type PlannedRead, type ReadLimits } from '../source/snapshot.ts';
import type { FileEntry } from '../source/types.ts';
import { baseOf, extOf, INERT_EXTENSIONS } from '../util/path.ts';
import { wantsDeclaration } from '../validate/formats.ts';

const MAX_POINTER_PROBES = 500;

/** Whether a collector other than the code collector reads this file (`ext`: its extOf). */
export function wantedByOthers(p: string, ext: string): boolean {
  // Data, media, foreign sources, Python and notebooks are most of a large tree: of the other collectors, only
  // the license (a root LICENSE.pdf, setup.py) and environment (Dockerfile.gpu, setup.py) names can claim them.
  if (ext === 'py' || ext === 'ipynb' || INERT_EXTENSIONS.has(ext))
    return wantsLicense(p) || wantsEnvironment(p);
  return (
    wantsLicense(p) ||
    wantsReadme(p) ||
    wantsCard(p) ||
    wantsEnvironment(p) ||
    wantsDeclaration(p) ||
    wantsRepo(p)
  );
}

/**
 * How many bytes of each file the collectors need (false: none). `codeOnly`, when given, collects the files that
 * only the code collector reads (code, launchers, weight-file heads), which a worker thread can read instead.
 */
export function readPlan(codeOnly?: Set<string>): (entry: FileEntry) => number | false {
  let probes = 0;
  return (entry) => {
    const p = entry.path;
    const others = wantedByOthers(p, extOf(baseOf(p)));
    if (wantsCode(p)) {
      if (!others) codeOnly?.add(p);
      return DEFAULT_LIMITS.maxFileBytes;
    }
    if (others) return DEFAULT_LIMITS.maxFileBytes;
    // weight files: read the head only, to tell a Git LFS pointer from real weights
    if (probes < MAX_POINTER_PROBES && isWeightFile(p)) {
      probes++;
      codeOnly?.add(p);
      return 1024;
    }
    return false;
  };
}

/** Files the code collector reads: code, launchers, packaging files and the heads of weight files. */
export function wantedByCode(p: string): boolean {
  return wantsCode(p) || isWeightFile(p);
}

/**
 * The reads of a scan, split between the main thread and the code collector: `mine` (every file some other
 * collector wants), and the code collector's files, `codeOwn` when no other collector reads them (their bytes and
 * findings are counted on the code side) and `codeShared` when the main thread reads them too. Both threads
 * compute it from the same listing, so they agree.
 */
export function splitReads(
  files: FileEntry[],
  limits: ReadLimits,
): {
  planned: ReturnType<typeof planReads>;
  mine: PlannedRead[];
  codeOwn: PlannedRead[];
  codeShared: PlannedRead[];
} {
  const codeOnly = new Set<string>();
  const planned = planReads(files, readPlan(codeOnly), limits);
  const mine: PlannedRead[] = [];
  const codeOwn: PlannedRead[] = [];
  const codeShared: PlannedRead[] = [];
  for (const r of planned.reads) {
    const p = r.entry.path;
    if (codeOnly.has(p)) codeOwn.push(r);
    else {
      mine.push(r);
      if (wantedByCode(p)) codeShared.push(r);
    }
  }
  return { planned, mine, codeOwn, codeShared };
}
