// Environment facts: which files declare the software environment, how exactly Python dependencies are pinned,
// which Python and CUDA versions are declared, and whether a container is provided.
//
// Counting rules (documented in docs and tests):
// - Every dependency declared in a requirements file, pyproject.toml (PEP 621, optional-dependencies, dependency
//   groups, Poetry, PDM, uv, pixi), setup.py/setup.cfg, Pipfile, a conda environment (also its `pip:` list),
//   pixi.toml, cog.yaml or a container's install commands counts once per normalised name, wherever it appears;
//   it is pinned when any declaration pins it exactly (`==`, `===`, conda `=1.2.3`, a VCS URL at a commit or a
//   version tag, a wheel URL) or when the file that declares it is covered by a lock file, and when a `-c`
//   constraints file pins it.
// - Development tooling does not count: requirement files, extras, groups and features named dev/test/docs/lint
//   (requirements-dev.txt, docs/requirements.txt, `[project.optional-dependencies] test`, Poetry's dev group,
//   Pipfile `[dev-packages]`, Hatch environments) — unless a counted file includes them with `-r`.
// - `python`, `pip` and CUDA selector packages (cudatoolkit, pytorch-cuda) are not dependencies; the project's
//   own name and paths inside the repository (`-e .`) are not either.
// - pinning: 'all' when every counted dependency is pinned (or a lock file exists and nothing is declared
//   outside it), 'most' at 75 % or more, 'some' above 0, 'none' at 0, 'n/a' when nothing is declared.
import type { Dependency, EnvironmentFacts, Evidence, Finding, Pinning } from '../model.ts';
import type { Snapshot } from '../source/types.ts';
import { baseOf, extOf, INERT_EXTENSIONS } from '../util/path.ts';
import { parseCondaEnv } from './env/conda.ts';
import { parseApptainer, parseCog, parseDevcontainer, parseDockerfile } from './env/containers.ts';
import { isDevName } from './env/lines.ts';
import { parseRequirementsText } from './env/requirements.ts';
import { parseSetupCfg, parseSetupPy, parseToxIni } from './env/setuptools.ts';
import { scanInstallCommands } from './env/shell.ts';
import { parsePipfile, parsePixi, parsePyproject } from './env/toml.ts';
import {
  emptyParsed,
  type CudaDecl,
  type Decl,
  type ParsedEnvFile,
  type PythonVersionDecl,
} from './env/types.ts';

export type EnvKind =
  | 'requirements'
  | 'pyproject'
  | 'setup.py'
  | 'setup.cfg'
  | 'pipfile'
  | 'conda'
  | 'pixi'
  | 'cog'
  | 'dockerfile'
  | 'devcontainer'
  | 'devcontainer-dir'
  | 'apptainer'
  | 'python-version'
  | 'runtime'
  | 'tox'
  | 'lock'
  | 'conda-lock';

/** folders whose files are never the repository's own environment */
const SKIP_SEGMENTS = new Set([
  'node_modules',
  '.git',
  'site-packages',
  '.venv',
  'venv',
  '.tox',
  '.nox',
  '__pycache__',
  '.eggs',
  '.pixi',
  '.mypy_cache',
  '.github',
]);

const LOCK_NAMES = new Set([
  'uv.lock',
  'poetry.lock',
  'pipfile.lock',
  'pdm.lock',
  'pixi.lock',
  'conda-lock.yml',
  'conda-lock.yaml',
]);
const CONDA_NAME =
  /^(?:environment|env|conda|conda[-_]env|conda[-_]environment)(?:[-_.][a-z0-9_.-]{1,60})?\.ya?ml$/;
const CONDA_DIRS = new Set(['envs', 'environments', 'conda']);
/** the only names with a code or data extension that can be environment files */
const CONTAINER_OR_SETUP = /^(?:setup\.py|(?:dockerfile|singularity|apptainer)\..*)$/i;

/** What kind of environment file a path is, from its name alone; null when it is none. */
export function classifyEnvironmentPath(path: string): EnvKind | null {
  // most files of a tree are data or code: their extension rules them out before any splitting
  const name = baseOf(path);
  const ext = extOf(name);
  if (ext === 'py' || ext === 'ipynb' || INERT_EXTENSIONS.has(ext)) {
    // those names start with s, d or a (any case): the regex runs on few of the many data and code files
    const c = name.charCodeAt(0) | 32;
    if ((c !== 115 && c !== 100 && c !== 97) || !CONTAINER_OR_SETUP.test(name)) {
      if (!path.startsWith('.devcontainer/')) return null;
    }
  }
  const segs = path.split('/');
  if (segs.length > 12) return null;
  const base = segs[segs.length - 1]!;
  const lower = base.toLowerCase();
  const dirs = segs.slice(0, -1);
  if (dirs[0] === '.devcontainer')
    return lower === 'devcontainer.json'
      ? 'devcontainer'
      : isDockerfileName(lower)
        ? 'dockerfile'
        : 'devcontainer-dir';
  if (dirs.some((d) => SKIP_SEGMENTS.has(d.toLowerCase()))) return null;
  if (lower === '.devcontainer.json') return 'devcontainer';
  if (
    LOCK_NAMES.has(lower) ||
    /\.conda-lock\.ya?ml$/.test(lower) ||
    /^requirements.{0,60}\.lock$/.test(lower)
  ) {
    return lower.includes('conda-lock') ? 'conda-lock' : 'lock';
  }
  if (
    /^(?:requirements|constraints).{0,60}\.(?:txt|in)$/.test(lower) ||
    /^[a-z0-9_.-]{1,60}[-_.]requirements\.(?:txt|in)$/.test(lower)
  ) {
    return 'requirements';
  }
  if (
    dirs.length > 0 &&
    /^(?:requirements|reqs)$/i.test(dirs[dirs.length - 1]!) &&
    /\.(?:txt|in)$/.test(lower)
  )
    return 'requirements';
  switch (lower) {
    case 'pyproject.toml':
      return 'pyproject';
    case 'setup.py':
      return 'setup.py';
    case 'setup.cfg':
      return 'setup.cfg';
    case 'pipfile':
      return 'pipfile';
    case 'pixi.toml':
      return 'pixi';
    case 'cog.yaml':
    case 'cog.yml':
      return 'cog';
    case '.python-version':
      return 'python-version';
    case 'runtime.txt':
      return 'runtime';
    case 'tox.ini':
      return 'tox';
  }
  if (CONDA_NAME.test(lower)) return 'conda';
  if (dirs.length > 0 && CONDA_DIRS.has(dirs[dirs.length - 1]!.toLowerCase()) && /\.ya?ml$/.test(lower))
    return 'conda';
  if (isDockerfileName(lower)) return 'dockerfile';
  if (
    lower === 'singularity' ||
    lower === 'apptainer' ||
    /^(?:singularity|apptainer)\.[a-z0-9_.-]{1,60}$/.test(lower) ||
    /\.def$/.test(lower)
  ) {
    return 'apptainer';
  }
  return null;
}

function isDockerfileName(lower: string): boolean {
  return (
    lower === 'dockerfile' ||
    lower === 'containerfile' ||
    lower.startsWith('dockerfile.') ||
    lower.endsWith('.dockerfile')
  );
}

/** Files the environment collector reads. Lock files are only listed, never read (they can be megabytes). */
export function wantsEnvironment(path: string): boolean {
  const kind = classifyEnvironmentPath(path);
  return kind !== null && kind !== 'lock' && kind !== 'conda-lock' && kind !== 'devcontainer-dir';
}

interface FileResult {
  path: string;
  kind: EnvKind;
  parsed: ParsedEnvFile;
  /** declares dependencies (or is meant to) — a dependency spec */
  spec: boolean;
  container: boolean;
  dev: boolean;
  /** a compiled/hashed requirements file: a lock */
  compiled: boolean;
  projectName: string | null;
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** Resolves `target` against `dir`; null when it climbs out of the repository root. */
export function resolveInside(dir: string, target: string): string | null {
  if (target.startsWith('/') || /^[A-Za-z]:[\\/]/.test(target)) return null;
  const parts = dir ? dir.split('/') : [];
  for (const seg of target.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}

function parseFile(path: string, kind: EnvKind, text: string): Omit<FileResult, 'dev'> {
  const base = {
    path,
    kind,
    spec: false,
    container: false,
    compiled: false,
    projectName: null as string | null,
  };
  switch (kind) {
    case 'requirements': {
      const r = parseRequirementsText(text, path, false);
      return {
        ...base,
        parsed: r,
        spec: true,
        compiled: r.compiled && r.decls.length > 0 && r.decls.every((d) => d.pinned),
      };
    }
    case 'pyproject': {
      const r = parsePyproject(text, path);
      return { ...base, parsed: r, spec: r.broken || !r.buildOnly, projectName: r.projectName };
    }
    case 'pipfile':
      return { ...base, parsed: parsePipfile(text, path), spec: true };
    case 'pixi': {
      const r = parsePixi(text, path);
      return { ...base, parsed: r, spec: true, projectName: r.projectName };
    }
    case 'setup.py': {
      const r = parseSetupPy(text, path);
      return { ...base, parsed: r, spec: r.decls.length > 0 || r.includes.length > 0 || r.dynamic };
    }
    case 'setup.cfg': {
      const r = parseSetupCfg(text, path);
      return { ...base, parsed: r, spec: r.decls.length > 0 || r.includes.length > 0 };
    }
    case 'conda': {
      const r = parseCondaEnv(text, path);
      return { ...base, parsed: r, spec: r.isEnvironment };
    }
    case 'cog':
      return { ...base, parsed: parseCog(text, path), spec: true, container: true };
    case 'dockerfile':
      return { ...base, parsed: parseDockerfile(text, path), container: true };
    case 'devcontainer':
      return { ...base, parsed: parseDevcontainer(text, path), container: true };
    case 'apptainer': {
      const r = parseApptainer(text, path);
      const named = /(?:^|\/)(?:singularity|apptainer)(?:\.[^/]*)?$/i.test(path);
      return { ...base, parsed: r, container: r.isDefinition || named };
    }
    case 'python-version':
      return { ...base, parsed: parseDotPythonVersion(text, path) };
    case 'runtime':
      return { ...base, parsed: parseRuntimeTxt(text, path) };
    case 'tox':
      return { ...base, parsed: parseToxIni(text, path) };
    default:
      return { ...base, parsed: emptyParsed() };
  }
}

function parseDotPythonVersion(text: string, path: string): ParsedEnvFile {
  const out = emptyParsed();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length && i < 50; i++) {
    const t = lines[i]!.trim();
    if (!t || t.startsWith('#')) continue;
    // "3.10", "3.10.12", "cpython-3.11", "pypy3.10" ; pyenv allows several lines, the first is used
    const m = /^(?:c?python-?|pypy)?([0-9]+\.[0-9]+(?:\.[0-9]+)?)/i.exec(t);
    if (m) out.python.push({ version: m[1]!, raw: t, path, line: i + 1, rank: 0 });
    break;
  }
  return out;
}

function parseRuntimeTxt(text: string, path: string): ParsedEnvFile {
  const out = emptyParsed();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length && i < 20; i++) {
    const m = /^\s*python-([0-9]+\.[0-9]+(?:\.[0-9]+)?)\s*$/.exec(lines[i]!);
    if (m) {
      out.python.push({ version: m[1]!, raw: lines[i]!.trim(), path, line: i + 1, rank: 0 });
      break;
    }
  }
  return out;
}

const KIND_CUDA_PRIORITY: Partial<Record<EnvKind, number>> = {
  dockerfile: 0,
  cog: 0,
  devcontainer: 0,
  apptainer: 0,
  conda: 1,
  pixi: 1,
};

function depth(path: string): number {
  return path.split('/').length;
}

export function collectEnvironment(
  snapshot: Snapshot,
  readmeCommands?: { command: string; line: number }[],
  readmePath?: string,
): { environment: EnvironmentFacts; findings: Finding[] } {
  const findings: Finding[] = [];
  const files: string[] = [];
  const containerFiles: string[] = [];
  const lockFiles: string[] = [];
  const results: FileResult[] = [];
  let devcontainerDir = false;

  for (const { path, kind } of snapshot.claims.environment) {
    if (kind === 'lock' || kind === 'conda-lock') {
      files.push(path);
      lockFiles.push(path);
      continue;
    }
    if (kind === 'devcontainer-dir') {
      devcontainerDir = true;
      continue;
    }
    const content = snapshot.contents.get(path);
    const text = content?.text ?? null;
    if (text === null) {
      // a file named like an environment spec that could not be read still shows the intent
      const why = !content
        ? 'it was not read'
        : (content.error ??
          (content.lfs ? 'it is a Git LFS pointer' : content.binary ? 'it is binary' : 'unreadable'));
      findings.push({ path, level: 'warning', message: `Environment file could not be analysed: ${why}.` });
      if (kind !== 'apptainer') files.push(path);
      if (kind === 'dockerfile' || kind === 'cog' || kind === 'devcontainer') containerFiles.push(path);
      continue;
    }
    const r = parseFile(path, kind, text);
    const dev =
      (kind === 'requirements' || kind === 'conda' || kind === 'dockerfile') &&
      isDevName(kind === 'dockerfile' ? path : path.replace(/\.[a-z]+$/i, ''));
    const result: FileResult = { ...r, dev };
    results.push(result);
    findings.push(...r.parsed.findings);
    if (
      r.spec ||
      r.container ||
      kind === 'pyproject' ||
      // runtime declarations count as environment files when they declare a Python version
      ((kind === 'python-version' || kind === 'runtime' || kind === 'tox') && r.parsed.python.length > 0)
    ) {
      files.push(path);
    }
    if (r.container) containerFiles.push(path);
    if (r.compiled) lockFiles.push(path);
  }
  if (devcontainerDir && !containerFiles.some((p) => p.startsWith('.devcontainer/'))) {
    const first = snapshot.files.find((f) => f.path.startsWith('.devcontainer/'));
    if (first) {
      containerFiles.push(first.path);
      files.push(first.path);
    }
  }

  // ---- includes: resolve, find loops, decide which dev-named files are in fact installed
  const byPath = new Map(results.map((r) => [r.path, r]));
  // `counts`: following the edge makes the target counted (a non-dev `-r`, not `-c`, not a `tests` extra)
  const edges = new Map<string, { to: string; line: number; counts: boolean }[]>();
  const constraintOnly = new Map<string, boolean>();
  for (const r of results) {
    for (const inc of r.parsed.includes) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(inc.target)) {
        findings.push({
          path: r.path,
          line: inc.line,
          level: 'notice',
          message: `Includes a remote file (${inc.target.slice(0, 120)}); it was not followed.`,
        });
        continue;
      }
      if (inc.target.includes('$')) continue;
      const to = resolveInside(dirOf(r.path), inc.target);
      if (to === null) {
        findings.push({
          path: r.path,
          line: inc.line,
          level: 'warning',
          message: `Includes ${inc.target}, which is outside the repository.`,
        });
        continue;
      }
      if (!snapshot.paths.has(to)) {
        findings.push({
          path: r.path,
          line: inc.line,
          level: 'warning',
          message: `Includes ${inc.target}, which is not in the repository.`,
        });
        continue;
      }
      const list = edges.get(r.path) ?? [];
      list.push({ to, line: inc.line, counts: inc.kind === 'requirement' && !inc.dev });
      edges.set(r.path, list);
      if (!byPath.has(to)) {
        // included under a name the collector did not expect: read it when its text is at hand
        const text = snapshot.contents.get(to)?.text;
        if (typeof text === 'string') {
          const parsed = parseFile(to, 'requirements', text);
          const extra: FileResult = { ...parsed, dev: true };
          byPath.set(to, extra);
          results.push(extra);
          files.push(to);
          findings.push(...parsed.parsed.findings);
        } else {
          findings.push({
            path: r.path,
            line: inc.line,
            level: 'notice',
            message: `Includes ${inc.target}, which was not read.`,
          });
          continue;
        }
      }
      constraintOnly.set(to, (constraintOnly.get(to) ?? true) && inc.kind === 'constraint');
    }
  }
  // a file included by a counted (non-dev) file is counted; propagate along requirement edges
  const queue = results.filter((r) => !r.dev).map((r) => r.path);
  const seen = new Set(queue);
  while (queue.length) {
    const p = queue.shift()!;
    for (const e of edges.get(p) ?? []) {
      if (!e.counts || seen.has(e.to)) continue;
      seen.add(e.to);
      const t = byPath.get(e.to);
      if (t) t.dev = false;
      queue.push(e.to);
    }
  }
  findLoops(edges, findings);

  // ---- lock coverage
  const covered = new Set<string>();
  const coverDir = (dir: string, kinds: EnvKind[], test?: (r: FileResult) => boolean) => {
    for (const r of results)
      if (dirOf(r.path) === dir && kinds.includes(r.kind) && (!test || test(r))) covered.add(r.path);
  };
  for (const lock of lockFiles) {
    const base = lock.slice(lock.lastIndexOf('/') + 1).toLowerCase();
    const dir = dirOf(lock);
    if (base === 'uv.lock' || base === 'poetry.lock' || base === 'pdm.lock') coverDir(dir, ['pyproject']);
    else if (base === 'pipfile.lock') coverDir(dir, ['pipfile']);
    else if (base === 'pixi.lock') coverDir(dir, ['pixi', 'pyproject']);
    else if (base.includes('conda-lock')) {
      for (const r of results) if (r.kind === 'conda') covered.add(r.path);
    } else if (base.endsWith('.lock')) coverDir(dir, ['pyproject', 'requirements']);
    else {
      // a compiled requirements file locks its `.in` inputs and the project metadata beside it
      coverDir(dir, ['requirements'], (r) => r.path.endsWith('.in'));
      coverDir(dir, ['pyproject', 'setup.py', 'setup.cfg']);
    }
  }

  // ---- dependencies
  const projectNames = new Set(results.map((r) => r.projectName).filter((n): n is string => !!n));
  const decls: Decl[] = [];
  const constraints: Decl[] = [];
  for (const r of results) {
    const isConstraint = constraintOnly.get(r.path) === true || /(?:^|\/)constraints[^/]*$/i.test(r.path);
    for (const d of r.parsed.decls) {
      if (projectNames.has(d.name)) continue;
      const locked = covered.has(r.path);
      const decl: Decl = {
        ...d,
        pinned: d.pinned || locked,
        locked: locked && !d.pinned,
        dev: d.dev || r.dev,
      };
      if (isConstraint) constraints.push(decl);
      else if (!decl.dev) decls.push(decl);
    }
  }
  const hasSpec =
    results.some((r) => r.spec) ||
    results.some((r) => r.container && r.parsed.decls.length > 0) ||
    lockFiles.length > 0;
  let readmeInstallOnly = false;
  const readme = emptyParsed();
  if (readmeCommands && readmeCommands.length > 0) {
    const scan = { installs: 0 };
    const rp = readmePath ?? 'README.md';
    for (const c of readmeCommands)
      scanInstallCommands(c.command.replace(/\\\r?\n/g, ' '), rp, c.line, readme, scan);
    if (!hasSpec && scan.installs > 0) {
      readmeInstallOnly = true;
      decls.push(...readme.decls);
    }
  }

  const merged = new Map<string, Decl>();
  for (const d of decls) {
    const prev = merged.get(d.name);
    // the representative declaration: one that pins exactly, else one covered by a lock, else the first
    if (!prev || strength(d) > strength(prev)) merged.set(d.name, d);
  }
  for (const c of constraints) {
    const prev = merged.get(c.name);
    if (prev && !prev.pinned && c.pinned) merged.set(c.name, { ...prev, pinned: true });
  }
  const dependencies: Dependency[] = [...merged.values()].map((d) => ({
    name: d.name,
    spec: d.spec,
    pinned: d.pinned,
    path: d.path,
    line: d.line,
  }));
  const totalCount = dependencies.length;
  const pinnedCount = dependencies.filter((d) => d.pinned).length;
  const pinning = pinningOf(pinnedCount, totalCount, lockFiles.length > 0);

  // ---- python and CUDA
  const pythons: PythonVersionDecl[] = results.flatMap((r) => r.parsed.python);
  pythons.push(...readme.python.map((p) => ({ ...p, rank: 4 })));
  const cudas: CudaDecl[] = results.flatMap((r) => r.parsed.cuda);
  cudas.push(...readme.cuda);
  const order = listingOrder(snapshot, [...pythons, ...cudas]);
  const best = pickBest(pythons, (p) => [p.rank, depth(p.path), order.get(p.path) ?? 1e9, p.line]);
  const kindOf = new Map(results.map((r) => [r.path, r.kind]));
  const bestCuda = pickBest(cudas, (c) => [
    KIND_CUDA_PRIORITY[kindOf.get(c.path) ?? 'requirements'] ?? (kindOf.has(c.path) ? 2 : 3),
    depth(c.path),
    order.get(c.path) ?? 1e9,
    c.line,
  ]);
  const pythonVersionEvidence: Evidence | null = best
    ? { path: best.path, line: best.line, note: best.raw }
    : null;

  const environment: EnvironmentFacts = {
    files: [...new Set(files)].sort(),
    pinning,
    pythonVersion: best?.version ?? null,
    container: containerFiles.length > 0,
    pythonVersionEvidence,
    containerFiles: [...new Set(containerFiles)].sort(),
    lockFiles: [...new Set(lockFiles)].sort(),
    dependencies,
    pinnedCount,
    totalCount,
    readmeInstallOnly,
    cuda: bestCuda ? normalizeCuda(bestCuda.version) : null,
  };
  return { environment, findings };
}

function strength(d: Decl): number {
  return d.pinned ? (d.locked ? 1 : 2) : 0;
}

/** 'all' | 'most' (≥ 75 %) | 'some' (> 0) | 'none' | 'n/a' (nothing declared and no lock file). */
export function pinningOf(pinned: number, total: number, locked: boolean): Pinning {
  if (total === 0) return locked ? 'all' : 'n/a';
  if (pinned === total) return 'all';
  if (pinned / total >= 0.75) return 'most';
  return pinned > 0 ? 'some' : 'none';
}

function normalizeCuda(v: string): string {
  const m = /^([0-9]{1,2})(?:\.([0-9]{1,2}))?/.exec(v.trim());
  if (!m) return v.trim();
  return m[2] !== undefined ? `${m[1]}.${m[2]}` : m[1]!;
}

/**
 * Where each of a few paths stands in the listing (a tie-breaker between declarations). One pass that only looks
 * the paths up, and none for fewer than two paths (a map of the whole listing cost ~20 ms on 100,000 files).
 */
function listingOrder(snapshot: Snapshot, items: { path: string }[]): Map<string, number> {
  const order = new Map<string, number>();
  const wanted = new Set(items.map((i) => i.path));
  if (wanted.size < 2) return order;
  const files = snapshot.files;
  // from the end, so that a path listed twice stands at its last place
  for (let i = files.length - 1; i >= 0 && order.size < wanted.size; i--) {
    const p = files[i]!.path;
    if (wanted.has(p) && !order.has(p)) order.set(p, i);
  }
  return order;
}

function pickBest<T>(items: T[], key: (t: T) => number[]): T | null {
  let best: T | null = null;
  let bestKey: number[] = [];
  for (const it of items) {
    const k = key(it);
    if (!best || lexLess(k, bestKey)) {
      best = it;
      bestKey = k;
    }
  }
  return best;
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return false;
}

/** Reports each include loop once, at the include that closes it. */
function findLoops(
  edges: Map<string, { to: string; line: number; counts: boolean }[]>,
  findings: Finding[],
): void {
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (p: string) => {
    state.set(p, 1);
    stack.push(p);
    for (const e of edges.get(p) ?? []) {
      const s = state.get(e.to);
      if (s === 1) {
        const cycle = [...stack.slice(stack.indexOf(e.to)), e.to];
        findings.push({
          path: p,
          line: e.line,
          level: 'warning',
          message: `Requirement files include each other in a loop: ${cycle.join(' → ')}.`,
        });
      } else if (s === undefined) visit(e.to);
    }
    stack.pop();
    state.set(p, 2);
  };
  for (const p of [...edges.keys()].sort()) if (!state.has(p)) visit(p);
}
