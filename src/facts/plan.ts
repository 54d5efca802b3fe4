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

/** Whether a collector other than the code collector reads this file. */
export function wantedByOthers(p: string, inert: boolean): boolean {
  // Data, media and foreign sources are most of a large tree: of the collectors, only the license (a root
  // LICENSE.pdf) and environment (Dockerfile.gpu-style) names can claim them, so the others are not asked.
  if (inert) return wantsLicense(p) || wantsEnvironment(p);
  // Python and notebooks likewise (setup.py, a license.py, a Dockerfile.py are theirs)
  const ext = extOf(baseOf(p));
  if (ext === 'py' || ext === 'ipynb') return wantsLicense(p) || wantsEnvironment(p);
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
    const inert = INERT_EXTENSIONS.has(extOf(baseOf(p)));
    const others = wantedByOthers(p, inert);
    if (!inert && wantsCode(p)) {
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
 * collector wants) and `code` (the code collector's files, `own` when no other collector reads them: their bytes
 * and findings are counted on the code side). Both threads compute it from the same listing, so they agree.
 */
export function splitReads(
  files: FileEntry[],
  limits: ReadLimits,
): {
  planned: ReturnType<typeof planReads>;
  mine: PlannedRead[];
  code: { path: string; size: number; want: number; own: boolean }[];
} {
  const codeOnly = new Set<string>();
  const planned = planReads(files, readPlan(codeOnly), limits);
  const mine: PlannedRead[] = [];
  const code: { path: string; size: number; want: number; own: boolean }[] = [];
  for (const r of planned.reads) {
    const p = r.entry.path;
    const own = codeOnly.has(p);
    if (!own) mine.push(r);
    if (own || wantedByCode(p)) code.push({ path: p, size: r.entry.size, want: r.want, own });
  }
  return { planned, mine, code };
}
