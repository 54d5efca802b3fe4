// Which files the collectors read, and how much of each: the read plan. Every collector says which files it wants
// by name alone; the plan asks them once per listed path. It also tells apart the files only the code collector
// reads, which a worker thread can read instead, and keeps what it learnt about each path (the claims), so that no
// collector walks the whole listing again.
import { wantsCard } from './cards.ts';
import { wantsCode } from './code/index.ts';
import { isWeightFile } from './code/weights.ts';
import { classifyEnvironmentPath, type EnvKind } from './environment.ts';
import { wantsLicense } from './license.ts';
import { wantsCompanionDoc, wantsReadme } from './readme.ts';
import { wantsRepo } from './repo.ts';
import { DEFAULT_LIMITS, planReads, type PlannedRead, type ReadLimits } from '../source/snapshot.ts';
import type { FileEntry } from '../source/types.ts';
import { baseOf, extOf, INERT_EXTENSIONS } from '../util/path.ts';
import { scanFormat, type Format } from '../validate/formats.ts';

const MAX_POINTER_PROBES = 500;

/**
 * The paths each collector looks at by name, in listing order: what the read plan found when it asked every path
 * once. A collector that needs "every README candidate" or "every root file" takes its list from here instead of
 * testing the whole listing again (on a 100,000-file tree each such walk cost tens of milliseconds).
 */
export interface Claims {
  /** files at the root of the repository */
  root: string[];
  /** README candidates (wantsReadme) */
  readme: string[];
  /** model and dataset cards, datasheets, READMEs (wantsCard) */
  cards: string[];
  /** files named like an environment spec, lock or container file, with their kind (classifyEnvironmentPath) */
  environment: { path: string; kind: EnvKind }[];
  /** declarations to validate, with their format (scanFormat) */
  declarations: { path: string; format: Format }[];
  /** documents beside the README: step guides, one project's README among several (wantsCompanionDoc) */
  docs: string[];
}

function emptyClaims(): Claims {
  return { root: [], readme: [], cards: [], environment: [], declarations: [], docs: [] };
}

/**
 * Records what the collectors other than the code collector make of one path (`ext`: its extOf), and says
 * whether one of them reads it.
 */
function claim(c: Claims, p: string, ext: string): boolean {
  if (p.indexOf('/') === -1) c.root.push(p);
  let wanted = wantsLicense(p);
  const kind = classifyEnvironmentPath(p);
  if (kind !== null) {
    c.environment.push({ path: p, kind });
    // locks and a .devcontainer/ folder count by name alone
    if (kind !== 'lock' && kind !== 'conda-lock' && kind !== 'devcontainer-dir') wanted = true;
  }
  // Data, media, foreign sources, Python and notebooks are most of a large tree: of the other collectors, only
  // the license (a root LICENSE.pdf, setup.py) and environment (Dockerfile.gpu, setup.py) names can claim them.
  if (ext === 'py' || ext === 'ipynb' || INERT_EXTENSIONS.has(ext)) return wanted;
  if (wantsReadme(p)) {
    c.readme.push(p);
    wanted = true;
  } else if (wantsCompanionDoc(p)) {
    c.docs.push(p);
    wanted = true;
  }
  if (wantsCard(p)) {
    c.cards.push(p);
    wanted = true;
  }
  const format = scanFormat(p);
  if (format !== null) {
    c.declarations.push({ path: p, format });
    wanted = true;
  }
  return wanted || wantsRepo(p);
}

/** The claims over a listing made in one pass, for a snapshot built without the read plan (tests, tools). */
export function claimsOf(files: readonly FileEntry[]): Claims {
  const c = emptyClaims();
  for (const f of files) claim(c, f.path, extOf(baseOf(f.path)));
  return c;
}

/**
 * How many bytes of each file the collectors need (false: none), recording the claims into `claims`. `codeOnly`,
 * when given, collects the files that only the code collector reads (code, launchers, weight-file heads), which a
 * worker thread can read instead.
 */
function readPlan(claims: Claims, codeOnly?: Set<string>): (entry: FileEntry) => number | false {
  let probes = 0;
  return (entry) => {
    const p = entry.path;
    const others = claim(claims, p, extOf(baseOf(p)));
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

/** The reads of a scan, planned by asking every listed path once, and the claims the collectors take. */
export function planScan(
  files: FileEntry[],
  limits: ReadLimits,
  codeOnly?: Set<string>,
): ReturnType<typeof planReads> & { claims: Claims } {
  const claims = emptyClaims();
  return { ...planReads(files, readPlan(claims, codeOnly), limits), claims };
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
  planned: ReturnType<typeof planScan>;
  mine: PlannedRead[];
  codeOwn: PlannedRead[];
  codeShared: PlannedRead[];
} {
  const codeOnly = new Set<string>();
  const planned = planScan(files, limits, codeOnly);
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
