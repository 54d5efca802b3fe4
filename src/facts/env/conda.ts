// Conda environment files (environment.yml / .yaml, conda.yaml, env.yml, environment-*.yml) and conda
// match specs. `pkg=1.2.3`, `pkg==1.2.3` and `pkg=1.2.3=build` select one release; `pkg=1.2` selects a
// series (1.2.*) and counts as not pinned; `python`, `pip` and the CUDA selector packages are not counted.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { loadYaml } from '../../util/yaml.ts';
import { emptyParsed, type ParsedEnvFile } from './types.ts';
import { normalizeName } from './pep508.ts';
import { parseRequirementLines } from './requirements.ts';
import { lowerBound } from './python-version.ts';
import { tooDeepFinding } from './lines.ts';

export interface MatchSpec {
  channel: string | null;
  name: string;
  /** what follows the name, spaces removed: "=1.2.3", ">=1.0", "=1.2.3=py310_0", "" */
  spec: string;
  pinned: boolean;
  /** the version part without operator: "1.2.3" */
  version: string | null;
}

/** packages that are the interpreter or installer, not dependencies of the code */
export const NOT_COUNTED = new Set(['python', 'pip']);
/** conda packages whose version selects the CUDA runtime; reported as `cuda`, not counted as dependencies */
export const CUDA_SELECTORS = new Set([
  'cudatoolkit',
  'pytorch-cuda',
  'cuda-version',
  'cuda-toolkit',
  'cuda',
  'cuda-runtime',
]);
/** conda and pip spell some packages differently */
const CONDA_TO_PIP: Record<string, string> = {
  pytorch: 'torch',
  'pytorch-gpu': 'torch',
  'pytorch-cpu': 'torch',
};

const CONDA_NAME = /^[A-Za-z0-9_][A-Za-z0-9._+-]*/;

export function parseMatchSpec(text: string): MatchSpec | null {
  let s = text.trim();
  let channel: string | null = null;
  const cc = s.indexOf('::');
  if (cc >= 0) {
    channel = s.slice(0, cc);
    s = s.slice(cc + 2);
  }
  // `name[version='>=1.0',build=...]`
  const m = CONDA_NAME.exec(s);
  if (!m) return null;
  let name = m[0];
  let rest = s.slice(name.length).trim();
  // `pkg=1.2.3` has already been split off by the name pattern only when `=` follows; names may not end in `.`/`-`
  while (/[.-]$/.test(name) && name.length > 1) {
    rest = name.slice(-1) + rest;
    name = name.slice(0, -1);
  }
  if (rest.startsWith('[')) {
    const vm = /version\s*=\s*['"]?([^'",\]]+)/.exec(rest);
    rest = vm ? vm[1]!.trim() : '';
  }
  // `numpy >= 1.2` → `>=1.2`; `numpy 1.19.2 py38_0` (version, then build) → `1.19.2=py38_0`
  // blanks collapsed first, so the operator pattern never scans a long run of them
  const spec = rest
    .replace(/\s+/g, ' ')
    .replace(/ ?([<>=!~]=?) ?/g, '$1')
    .replace(/ /g, '=');
  let version: string | null = null;
  let pinned = false;
  if (spec === '') {
    pinned = false;
  } else if (/^(?:==|=|)[^=<>!~*|,]/.test(spec) || spec.startsWith('==')) {
    const body = spec.replace(/^={1,2}/, '');
    const [ver, build] = splitOnce(body, '=');
    version = ver;
    const exactOp = spec.startsWith('==');
    const noWildcard = !/[*|,<>!~]/.test(ver);
    const parts = ver.split('.').filter(Boolean).length;
    pinned = noWildcard && ver !== '' && (exactOp || (build !== null && build !== '') || parts >= 3);
  } else {
    version = /[0-9][^,|]*/.exec(spec)?.[0] ?? null;
  }
  return { channel, name: normalizeName(CONDA_TO_PIP[normalizeName(name)] ?? name), spec, pinned, version };
}

function splitOnce(s: string, sep: string): [string, string | null] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, null] : [s.slice(0, i), s.slice(i + 1)];
}

/** A line number (1-based) for a YAML node. */
type LineOf = (node: Node | null | undefined) => number;

export interface CondaResult extends ParsedEnvFile {
  /** false when the file parsed but is not a conda environment (no `dependencies`) */
  isEnvironment: boolean;
}

export function parseCondaEnv(text: string, path: string): CondaResult {
  const out: CondaResult = { ...emptyParsed(), isEnvironment: false };
  const deep = tooDeepFinding(text, path);
  if (deep) {
    out.isEnvironment = true;
    out.findings.push(deep);
    return out;
  }
  const y = loadYaml(text);
  if (y.errors.length > 0) {
    const e = y.errors[0]!;
    out.findings.push({
      path,
      line: e.line,
      column: e.column,
      level: 'warning',
      message: `Broken YAML: ${e.message}`,
    });
    // a file named like an environment that does not parse is still meant as one
    out.isEnvironment = true;
    return out;
  }
  const root = y.doc?.contents;
  if (!isMap(root)) return out;
  const deps = root.get('dependencies', true);
  const lineOf: LineOf = (node) => (node?.range ? y.lineCounter.linePos(node.range[0]).line : 1);
  if (!deps) {
    out.isEnvironment = root.has('channels') || root.has('name');
    return out;
  }
  out.isEnvironment = true;
  if (!isSeq(deps)) {
    out.findings.push({
      path,
      line: lineOf(deps as Node),
      level: 'warning',
      message: '`dependencies` should be a list.',
    });
    return out;
  }
  for (const item of deps.items) {
    if (isScalar(item)) {
      const text = String(item.value ?? '').trim();
      const line = lineOf(item);
      addCondaSpec(out, text, path, line);
    } else if (isMap(item)) {
      const pip = item.get('pip', true);
      if (isSeq(pip)) {
        const lines = pip.items
          .filter(isScalar)
          .map((n) => ({ text: String(n.value ?? '').trim(), line: lineOf(n) }))
          .filter((l) => l.text !== '');
        const r = parseRequirementLines(lines, path, false);
        out.decls.push(...r.decls);
        out.includes.push(...r.includes);
        out.cuda.push(...r.cuda);
        out.findings.push(...r.findings);
      }
    }
  }
  return out;
}

/** Adds one conda spec (`pytorch=1.11.0`, `python>=3.9`, `conda-forge::numpy`) to a parse result. */
export function addCondaSpec(out: ParsedEnvFile, text: string, path: string, line: number, rank = 1): void {
  if (!text || text.length > 500) return;
  const ms = parseMatchSpec(text);
  if (!ms) {
    out.findings.push({
      path,
      line,
      level: 'notice',
      message: `Not a conda package spec ReproScore can read: ${text.slice(0, 120)}`,
    });
    return;
  }
  if (ms.name === 'python') {
    const v = ms.spec ? lowerBound(ms.spec) : null;
    if (v)
      out.python.push({
        version: v,
        raw: text,
        path,
        line,
        rank: ms.pinned || /^=?=?[0-9]/.test(ms.spec) ? rank : 2,
      });
    return;
  }
  if (CUDA_SELECTORS.has(ms.name)) {
    const v = ms.version ? /^[0-9]+(?:\.[0-9]+)?/.exec(ms.version)?.[0] : null;
    if (v) out.cuda.push({ version: v, path, line, note: text });
    return;
  }
  if (NOT_COUNTED.has(ms.name)) return;
  out.decls.push({ name: ms.name, spec: ms.spec, pinned: ms.pinned, path, line });
}
