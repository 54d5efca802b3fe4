// TOML environment specs: pyproject.toml (PEP 621 + optional-dependencies, PEP 735 dependency groups, Poetry,
// PDM, uv, Hatch, pixi tables), Pipfile and pixi.toml. smol-toml reports no positions, so lines are found by
// searching the text from the table the value belongs to.
import { parse, TomlError } from 'smol-toml';
import { emptyParsed, type ParsedEnvFile } from './types.ts';
import { isExactSpec, isPinnedRef, isPinnedUrl, normalizeName, parseRequirement } from './pep508.ts';
import { TextLines, isDevName } from './lines.ts';
import { classifierVersion, compareVersions, isExactPython, lowerBound } from './python-version.ts';
import { addCondaSpec } from './conda.ts';
import { cudaInText } from './pep508.ts';

type Table = Record<string, unknown>;

export interface TomlResult extends ParsedEnvFile {
  /** the project's own distribution name (self references are not dependencies) */
  projectName: string | null;
  /** pyproject declares nothing but its build system */
  buildOnly: boolean;
  /** package managers whose tables appear: poetry, pdm, uv, hatch, pixi */
  managers: string[];
  /** the file could not be parsed */
  broken: boolean;
}

function isTable(v: unknown): v is Table {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function loadToml(text: string, path: string, out: ParsedEnvFile): Table | null {
  try {
    return parse(text) as Table;
  } catch (err) {
    const line = err instanceof TomlError ? err.line : undefined;
    const column = err instanceof TomlError ? err.column : undefined;
    const msg = (err instanceof Error ? err.message : String(err))
      .split('\n')[0]!
      .replace(/^Invalid TOML document:\s*/, '');
    out.findings.push({ path, line, column, level: 'warning', message: `Broken TOML: ${msg}` });
    return null;
  }
}

function newResult(): TomlResult {
  return { ...emptyParsed(), projectName: null, buildOnly: false, managers: [], broken: false };
}

/** CUDA wheel indexes and `+cu118` versions anywhere in the text (uv indexes, pinned torch builds). */
function scanCuda(lines: TextLines, path: string, out: ParsedEnvFile): void {
  lines.lines.forEach((l, i) => {
    if (l.length > 2000) return;
    const v = cudaInText(l);
    if (v) out.cuda.push({ version: v, path, line: i + 1, note: l.trim().slice(0, 160) });
  });
}

/** PEP 508 strings in a list, with their lines searched from the table's header. */
function addPep508List(
  out: ParsedEnvFile,
  lines: TextLines,
  list: unknown,
  path: string,
  from: number,
  dev: boolean,
): void {
  let cursor = from;
  for (const s of strings(list)) {
    const line = lines.quoted(s, cursor) ?? from;
    cursor = line;
    const req = parseRequirement(s);
    if (!req) {
      out.findings.push({
        path,
        line,
        level: 'notice',
        message: `Not a requirement ReproScore can read: ${s.slice(0, 120)}`,
      });
      continue;
    }
    const pinned = req.url ? isPinnedUrl(req.url) : isExactSpec(req.spec);
    out.decls.push({ name: req.name, spec: req.spec, pinned, path, line, dev });
  }
}

/** Poetry / Pipfile style tables `name = "^1.2"` or `name = { version = "…", git = "…", rev = "…" }`. */
function addKeyedTable(
  out: ParsedEnvFile,
  lines: TextLines,
  table: unknown,
  path: string,
  header: string,
  dev: boolean,
  style: 'poetry' | 'pipfile' | 'pixi-pypi',
): void {
  if (!isTable(table)) return;
  const from = lines.header(header) ?? 1;
  for (const [rawName, value] of Object.entries(table)) {
    const name = normalizeName(rawName);
    const line = lines.key(rawName, from) ?? from;
    if (name === 'python') {
      if (typeof value === 'string') {
        const v = lowerBound(value);
        if (v) out.python.push({ version: v, raw: `${rawName} = "${value}"`, path, line, rank: 2 });
      }
      continue;
    }
    const judged = judgeKeyed(value, style);
    if (!judged) continue;
    out.decls.push({ name, spec: judged.spec, pinned: judged.pinned, path, line, dev });
  }
}

function judgeKeyed(
  value: unknown,
  style: 'poetry' | 'pipfile' | 'pixi-pypi',
): { spec: string; pinned: boolean } | null {
  if (typeof value === 'string') return judgeVersion(value, style);
  if (Array.isArray(value)) {
    // poetry multiple-constraint dependencies: pinned only when every alternative is
    const parts = value
      .map((v) => judgeKeyed(v, style))
      .filter((x): x is { spec: string; pinned: boolean } => !!x);
    if (parts.length === 0) return null;
    return { spec: parts.map((p) => p.spec).join(' | '), pinned: parts.every((p) => p.pinned) };
  }
  if (!isTable(value)) return null;
  if (typeof value.path === 'string') return null; // the project's own code or a vendored package
  if (typeof value.git === 'string') {
    const ref =
      [value.rev, value.tag, value.ref, value.branch].find((r): r is string => typeof r === 'string') ?? null;
    const pinned = typeof value.branch !== 'string' && isPinnedRef(ref);
    return { spec: `@ git+${value.git}${ref ? `@${ref}` : ''}`, pinned };
  }
  if (typeof value.url === 'string') return { spec: `@ ${value.url}`, pinned: isPinnedUrl(value.url) };
  if (typeof value.version === 'string') return judgeVersion(value.version, style);
  return { spec: '', pinned: false };
}

function judgeVersion(
  v: string,
  style: 'poetry' | 'pipfile' | 'pixi-pypi',
): { spec: string; pinned: boolean } {
  const s = v.replace(/\s+/g, '');
  if (s === '' || s === '*') return { spec: s, pinned: false };
  // Poetry and Pipenv read a bare version ("1.2.3") as "==1.2.3"
  if (style !== 'pixi-pypi' && /^[0-9][0-9A-Za-z.+!-]*$/.test(s)) return { spec: s, pinned: true };
  return { spec: s, pinned: isExactSpec(s) };
}

/** pixi conda tables: `name = "1.2.3"`, `name = "==1.2.3"`, `name = { version = "…", build = "…" }`. */
function addPixiConda(
  out: ParsedEnvFile,
  lines: TextLines,
  table: unknown,
  path: string,
  header: string,
  dev: boolean,
): void {
  if (!isTable(table)) return;
  const from = lines.header(header) ?? 1;
  for (const [rawName, value] of Object.entries(table)) {
    const line = lines.key(rawName, from) ?? from;
    let spec = '';
    if (typeof value === 'string') spec = value.trim();
    else if (isTable(value)) {
      spec = typeof value.version === 'string' ? value.version.trim() : '';
      if (typeof value.build === 'string' && spec) spec = `${spec} ${value.build}`;
    }
    const joined =
      spec === '*' || spec === ''
        ? rawName
        : /^[0-9]/.test(spec)
          ? `${rawName} ${spec}`
          : `${rawName}${spec}`;
    const name = normalizeName(rawName);
    if (name === 'python') {
      const v = lowerBound(spec);
      if (v)
        out.python.push({
          version: v,
          raw: `python = "${spec}"`,
          path,
          line,
          rank: isExactPython(spec) ? 1 : 2,
        });
      continue;
    }
    const before = out.decls.length;
    addCondaSpec(out, joined, path, line);
    for (let i = before; i < out.decls.length; i++) out.decls[i]!.dev = dev;
  }
}

function addPixi(out: TomlResult, lines: TextLines, pixi: Table, path: string, prefix: string): void {
  out.managers.push('pixi');
  const sections: [Table, string, boolean][] = [[pixi, prefix, false]];
  const features = pixi.feature;
  if (isTable(features)) {
    for (const [f, t] of Object.entries(features))
      if (isTable(t)) sections.push([t, `${prefix}feature.${f}.`, isDevName(f)]);
  }
  for (const [t, p, dev] of [...sections]) {
    const targets = t.target;
    if (isTable(targets))
      for (const [k, tt] of Object.entries(targets))
        if (isTable(tt)) sections.push([tt, `${p}target.${k}.`, dev]);
  }
  for (const [t, p, dev] of sections) {
    addPixiConda(out, lines, t.dependencies, path, `${p}dependencies`, dev);
    addKeyedTable(out, lines, t['pypi-dependencies'], path, `${p}pypi-dependencies`, dev, 'pixi-pypi');
    const sys = t['system-requirements'];
    if (isTable(sys)) {
      const cuda = sys.cuda;
      const v =
        typeof cuda === 'string'
          ? cuda
          : isTable(cuda) && typeof cuda.version === 'string'
            ? cuda.version
            : null;
      if (v) {
        const from = lines.header(`${p}system-requirements`) ?? 1;
        out.cuda.push({
          version: v,
          path,
          line: lines.key('cuda', from) ?? from,
          note: `system-requirements cuda = "${v}"`,
        });
      }
    }
  }
}

export function parsePyproject(text: string, path: string): TomlResult {
  const out = newResult();
  const doc = loadToml(text, path, out);
  if (!doc) {
    out.broken = true;
    return out;
  }
  const lines = new TextLines(text);
  scanCuda(lines, path, out);
  const project = isTable(doc.project) ? doc.project : null;
  const tool = isTable(doc.tool) ? doc.tool : {};
  if (project) {
    const projectLine = lines.header('project') ?? 1;
    if (typeof project.name === 'string') out.projectName = normalizeName(project.name);
    const rp = project['requires-python'];
    if (typeof rp === 'string') {
      const v = lowerBound(rp);
      const line = lines.key('requires-python', projectLine) ?? projectLine;
      if (v) out.python.push({ version: v, raw: `requires-python = "${rp}"`, path, line, rank: 2 });
    }
    addPep508List(
      out,
      lines,
      project.dependencies,
      path,
      lines.key('dependencies', projectLine) ?? projectLine,
      false,
    );
    const opt = project['optional-dependencies'];
    if (isTable(opt)) {
      const h = lines.header('project.optional-dependencies') ?? projectLine;
      for (const [group, list] of Object.entries(opt)) {
        addPep508List(out, lines, list, path, lines.key(group, h) ?? h, isDevName(group));
      }
    }
    addClassifiers(out, lines, project.classifiers, path);
  }
  const groups = doc['dependency-groups'];
  if (isTable(groups)) {
    const h = lines.header('dependency-groups') ?? 1;
    for (const [group, list] of Object.entries(groups))
      addPep508List(out, lines, list, path, lines.key(group, h) ?? h, isDevName(group));
  }
  const poetry = isTable(tool.poetry) ? tool.poetry : null;
  if (poetry) {
    out.managers.push('poetry');
    if (typeof poetry.name === 'string' && !out.projectName) out.projectName = normalizeName(poetry.name);
    addKeyedTable(out, lines, poetry.dependencies, path, 'tool.poetry.dependencies', false, 'poetry');
    addKeyedTable(
      out,
      lines,
      poetry['dev-dependencies'],
      path,
      'tool.poetry.dev-dependencies',
      true,
      'poetry',
    );
    if (isTable(poetry.group)) {
      for (const [g, t] of Object.entries(poetry.group)) {
        if (isTable(t))
          addKeyedTable(
            out,
            lines,
            t.dependencies,
            path,
            `tool.poetry.group.${g}.dependencies`,
            isDevName(g),
            'poetry',
          );
      }
    }
    addClassifiers(out, lines, poetry.classifiers, path);
  }
  const pdm = isTable(tool.pdm) ? tool.pdm : null;
  if (pdm) {
    out.managers.push('pdm');
    const dd = pdm['dev-dependencies'];
    if (isTable(dd)) {
      const h = lines.header('tool.pdm.dev-dependencies') ?? 1;
      for (const [g, list] of Object.entries(dd))
        addPep508List(out, lines, list, path, lines.key(g, h) ?? h, true);
    }
  }
  const uv = isTable(tool.uv) ? tool.uv : null;
  if (uv) {
    out.managers.push('uv');
    const h = lines.header('tool.uv') ?? 1;
    addPep508List(out, lines, uv['dev-dependencies'], path, lines.key('dev-dependencies', h) ?? h, true);
  }
  const hatch = isTable(tool.hatch) ? tool.hatch : null;
  if (hatch) {
    out.managers.push('hatch');
    // Hatch environments hold workflow tools (tests, lint, docs); the project's own needs are in [project]
    const envs = isTable(hatch.envs) ? hatch.envs : {};
    for (const [env, t] of Object.entries(envs)) {
      if (!isTable(t)) continue;
      const h = lines.header(`tool.hatch.envs.${env}`) ?? 1;
      addPep508List(out, lines, t.dependencies, path, h, true);
      addPep508List(out, lines, t['extra-dependencies'], path, h, true);
    }
  }
  if (isTable(tool.pixi)) addPixi(out, lines, tool.pixi, path, 'tool.pixi.');
  // setuptools reading dependencies from a requirements file
  const st = isTable(tool.setuptools) && isTable(tool.setuptools.dynamic) ? tool.setuptools.dynamic : null;
  if (st) {
    const h = lines.header('tool.setuptools.dynamic') ?? 1;
    for (const key of ['dependencies', 'optional-dependencies']) {
      const d = st[key];
      const tables: [unknown, boolean][] =
        key === 'dependencies'
          ? [[d, false]]
          : isTable(d)
            ? Object.entries(d).map(([g, t]) => [t, isDevName(g)])
            : [];
      for (const [t, dev] of tables) {
        if (!isTable(t)) continue;
        const files = typeof t.file === 'string' ? [t.file] : strings(t.file);
        for (const f of files)
          out.includes.push({ target: f, line: lines.quoted(f, h) ?? h, kind: 'requirement', dev });
      }
    }
  }
  out.buildOnly =
    !project &&
    !poetry &&
    !pdm &&
    !uv &&
    !isTable(tool.pixi) &&
    !isTable(groups) &&
    isTable(doc['build-system']);
  // a project's own extras (`mypkg[train]` inside `all`) are not dependencies
  if (out.projectName) out.decls = out.decls.filter((d) => d.name !== out.projectName);
  return out;
}

function addClassifiers(out: ParsedEnvFile, lines: TextLines, list: unknown, path: string): void {
  const versions: { v: string; c: string }[] = [];
  for (const c of strings(list)) {
    const v = classifierVersion(c);
    if (v) versions.push({ v, c });
  }
  if (versions.length === 0) return;
  const low = versions.reduce((a, b) => (compareVersions(b.v, a.v) < 0 ? b : a));
  out.python.push({ version: low.v, raw: low.c, path, line: lines.quoted(low.c) ?? 1, rank: 3 });
}

export function parsePipfile(text: string, path: string): TomlResult {
  const out = newResult();
  const doc = loadToml(text, path, out);
  if (!doc) {
    out.broken = true;
    return out;
  }
  const lines = new TextLines(text);
  scanCuda(lines, path, out);
  addKeyedTable(out, lines, doc.packages, path, 'packages', false, 'pipfile');
  addKeyedTable(out, lines, doc['dev-packages'], path, 'dev-packages', true, 'pipfile');
  const req = isTable(doc.requires) ? doc.requires : null;
  if (req) {
    const h = lines.header('requires') ?? 1;
    for (const key of ['python_full_version', 'python_version']) {
      const v = req[key];
      if (typeof v === 'string' && /^[0-9]/.test(v)) {
        out.python.push({ version: v, raw: `${key} = "${v}"`, path, line: lines.key(key, h) ?? h, rank: 1 });
        break;
      }
    }
  }
  return out;
}

export function parsePixi(text: string, path: string): TomlResult {
  const out = newResult();
  const doc = loadToml(text, path, out);
  if (!doc) {
    out.broken = true;
    return out;
  }
  const lines = new TextLines(text);
  scanCuda(lines, path, out);
  addPixi(out, lines, doc, path, '');
  const meta = isTable(doc.project) ? doc.project : isTable(doc.workspace) ? doc.workspace : null;
  if (meta && typeof meta.name === 'string') out.projectName = normalizeName(meta.name);
  if (out.projectName) out.decls = out.decls.filter((d) => d.name !== out.projectName);
  return out;
}
