// Container and runtime declarations: Dockerfiles, apptainer/singularity definitions, devcontainer.json
// (JSONC) and cog.yaml. Base images give the Python and CUDA versions; install commands give dependencies.
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { loadYaml } from '../../util/yaml.ts';
import { emptyParsed, type ParsedEnvFile } from './types.ts';
import { scanInstallCommands } from './shell.ts';
import { parseRequirementLines } from './requirements.ts';
import { TextLines, tooDeepFinding } from './lines.ts';
import { lowerBound } from './python-version.ts';

const MAX_LINE = 20_000;

/** What a base image reference says about Python and CUDA. */
export function imageFacts(image: string): { python: string | null; cuda: string | null } {
  const ref = image.split('@')[0]!;
  const slash = ref.lastIndexOf('/');
  const colon = ref.indexOf(':', slash + 1);
  const repo = (colon >= 0 ? ref.slice(0, colon) : ref).toLowerCase();
  const tag = colon >= 0 ? ref.slice(colon + 1) : '';
  const last = repo.slice(repo.lastIndexOf('/') + 1);
  let python: string | null = null;
  let cuda: string | null = null;
  if (last === 'python' || last === 'pypy') {
    // python:3.10-slim, devcontainers/python:1-3.11-bullseye, vscode/devcontainers/python:0-3.10
    const m = /(?:^|-)(3\.[0-9]{1,2}(?:\.[0-9]{1,2})?)(?![0-9])/.exec(tag);
    if (m && last === 'python') python = m[1]!;
  }
  if (!python) {
    // ghcr.io/astral-sh/uv:python3.11-bookworm, rocm/pytorch:…_py3.9_…, …-py3.10-…
    const m = /(?:^|[-_])(?:python|py)(3\.[0-9]{1,2})(?![0-9])/.exec(tag);
    if (m) python = m[1]!;
  }
  const cm = /cuda[-_]?([0-9]{1,2}\.[0-9]{1,2})/i.exec(tag);
  if (cm) cuda = cm[1]!;
  else if (last === 'cuda' || last === 'cuda-dl-base') {
    const m = /^([0-9]{1,2}\.[0-9]{1,2})/.exec(tag);
    if (m) cuda = m[1]!;
  }
  return { python, cuda };
}

function substitute(s: string, vars: Map<string, string>): string {
  return s.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^{}]{0,200}))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (all, a, dflt, b) => {
      const v = vars.get(a ?? b);
      return v ?? dflt ?? all;
    },
  );
}

interface LogicalDockerLine {
  text: string;
  line: number;
}

function dockerLines(text: string): LogicalDockerLine[] {
  const out: LogicalDockerLine[] = [];
  let buf = '';
  let start = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    const t = raw.trim();
    if (!buf) start = i + 1;
    // comment lines are dropped, also inside a continued instruction
    if (t.startsWith('#')) return;
    if (t.endsWith('\\')) {
      buf += t.slice(0, -1) + ' ';
      return;
    }
    buf += t;
    if (buf.trim()) out.push({ text: buf.trim(), line: start });
    buf = '';
  });
  if (buf.trim()) out.push({ text: buf.trim(), line: start });
  return out;
}

/** `RUN ["pip", "install", "x"]` exec form → a command line. */
function execForm(s: string): string {
  if (!s.startsWith('[')) return s;
  try {
    const arr = JSON.parse(s) as unknown;
    if (Array.isArray(arr)) return arr.map(String).join(' ');
  } catch {
    // not JSON: shell form after all
  }
  return s;
}

function addImage(out: ParsedEnvFile, image: string, raw: string, path: string, line: number): void {
  const f = imageFacts(image);
  if (f.python) out.python.push({ version: f.python, raw, path, line, rank: 1 });
  if (f.cuda) out.cuda.push({ version: f.cuda, path, line, note: raw });
}

export function parseDockerfile(text: string, path: string): ParsedEnvFile {
  const out = emptyParsed();
  const vars = new Map<string, string>();
  const stages = new Set<string>();
  for (const { text: l, line } of dockerLines(text)) {
    if (l.length > MAX_LINE) continue;
    const m = /^([A-Za-z]+)\s+(.*)$/s.exec(l);
    if (!m) continue;
    const instr = m[1]!.toUpperCase();
    const rest = m[2]!.trim();
    if (instr === 'ARG' || instr === 'ENV') {
      // ARG NAME=value · ENV NAME=value NAME2=value · ENV NAME value
      const eq = /^([A-Za-z_][A-Za-z0-9_]*)=/.test(rest);
      if (eq) {
        for (const w of rest.split(/\s+/)) {
          const i = w.indexOf('=');
          if (i > 0) vars.set(w.slice(0, i), substitute(w.slice(i + 1).replace(/^["']|["']$/g, ''), vars));
        }
      } else if (instr === 'ENV') {
        const sp = rest.search(/\s/);
        if (sp > 0) vars.set(rest.slice(0, sp), substitute(rest.slice(sp + 1).trim(), vars));
      }
      continue;
    }
    if (instr === 'FROM') {
      const words = rest.split(/\s+/).filter((w) => !w.startsWith('--'));
      const image = substitute(words[0] ?? '', vars);
      if (words[1]?.toLowerCase() === 'as' && words[2]) stages.add(words[2].toLowerCase());
      if (image && !stages.has(image.toLowerCase())) addImage(out, image, `FROM ${image}`, path, line);
      continue;
    }
    if (instr === 'RUN') scanInstallCommands(substitute(execForm(rest), vars), path, line, out);
  }
  return out;
}

/** Apptainer / Singularity definition files; `isDefinition` is false for other `.def` files. */
export function parseApptainer(text: string, path: string): ParsedEnvFile & { isDefinition: boolean } {
  const out = { ...emptyParsed(), isDefinition: false };
  let section: string | null = null;
  const lines = text.split(/\r?\n/);
  let buf = '';
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.length > MAX_LINE) continue;
    const t = raw.trim();
    if (t.startsWith('%')) {
      section = t.slice(1).split(/\s/)[0]!.toLowerCase();
      continue;
    }
    if (section === null) {
      const m = /^(Bootstrap|From)\s*:\s*(\S+)/i.exec(t);
      if (m && m[1]!.toLowerCase() === 'bootstrap') out.isDefinition = true;
      if (m && m[1]!.toLowerCase() === 'from') addImage(out, m[2]!, `From: ${m[2]}`, path, i + 1);
      continue;
    }
    if (section === 'post' && !t.startsWith('#')) {
      if (!buf) start = i + 1;
      if (t.endsWith('\\')) {
        buf += t.slice(0, -1) + ' ';
        continue;
      }
      scanInstallCommands(buf + t, path, start, out);
      buf = '';
    }
  }
  return out;
}

function offsetToLine(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

export interface DevcontainerResult extends ParsedEnvFile {
  /** a Dockerfile the devcontainer builds, relative to the devcontainer.json */
  dockerfile: string | null;
}

export function parseDevcontainer(text: string, path: string): DevcontainerResult {
  const out: DevcontainerResult = { ...emptyParsed(), dockerfile: null };
  const deep = tooDeepFinding(text, path);
  if (deep) {
    out.findings.push(deep);
    return out;
  }
  const errors: ParseError[] = [];
  let doc: unknown;
  try {
    doc = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false }) as unknown;
  } catch (err) {
    out.findings.push({
      path,
      level: 'warning',
      message: `Broken JSON: ${String((err as Error).message ?? err).slice(0, 200)}`,
    });
    return out;
  }
  if (errors.length > 0) {
    const e = errors[0]!;
    out.findings.push({
      path,
      line: offsetToLine(text, e.offset),
      level: 'warning',
      message: `Broken JSON: ${printParseErrorCode(e.error)}`,
    });
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return out;
  const d = doc as Record<string, unknown>;
  const lines = new TextLines(text);
  if (typeof d.image === 'string')
    addImage(out, d.image, `"image": "${d.image}"`, path, lines.quoted(d.image) ?? 1);
  const build = d.build as Record<string, unknown> | undefined;
  if (build && typeof build === 'object' && typeof build.dockerfile === 'string')
    out.dockerfile = build.dockerfile;
  else if (typeof d.dockerFile === 'string') out.dockerfile = d.dockerFile;
  const features = d.features;
  if (features && typeof features === 'object') {
    for (const [id, opts] of Object.entries(features as Record<string, unknown>)) {
      const o = (opts && typeof opts === 'object' ? opts : {}) as Record<string, unknown>;
      const line = lines.quoted(id) ?? 1;
      const base = id.split(':')[0]!.split('/').pop() ?? '';
      if (base === 'python' && typeof o.version === 'string' && /^[0-9]/.test(o.version)) {
        out.python.push({
          version: o.version,
          raw: `feature ${id} version ${o.version}`,
          path,
          line,
          rank: 1,
        });
      }
      if (base === 'nvidia-cuda' || base === 'cuda') {
        const v =
          typeof o.cudaVersion === 'string'
            ? o.cudaVersion
            : typeof o.version === 'string'
              ? o.version
              : null;
        if (v && /^[0-9]/.test(v)) out.cuda.push({ version: v, path, line, note: `feature ${id}` });
      }
    }
  }
  for (const key of ['onCreateCommand', 'updateContentCommand', 'postCreateCommand', 'postStartCommand']) {
    const v = d[key];
    const cmds: string[] =
      typeof v === 'string'
        ? [v]
        : Array.isArray(v)
          ? [v.map(String).join(' ')]
          : v && typeof v === 'object'
            ? Object.values(v as Record<string, unknown>).map((x) =>
                Array.isArray(x) ? x.map(String).join(' ') : String(x),
              )
            : [];
    const line = lines.find((l) => l.includes(`"${key}"`)) ?? 1;
    for (const c of cmds) scanInstallCommands(c, path, line, out);
  }
  return out;
}

export function parseCog(text: string, path: string): ParsedEnvFile {
  const out = emptyParsed();
  const deep = tooDeepFinding(text, path);
  if (deep) {
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
    return out;
  }
  const root = y.doc?.contents;
  if (!isMap(root)) return out;
  const build = root.get('build', true);
  if (!isMap(build)) return out;
  const lineOf = (node: Node | null | undefined) =>
    node?.range ? y.lineCounter.linePos(node.range[0]).line : 1;
  const pv = build.get('python_version', true);
  if (isScalar(pv) && pv.value !== null) {
    const s = String((pv as { source?: string }).source ?? pv.value);
    const v = lowerBound(s);
    if (v) out.python.push({ version: v, raw: `python_version: "${s}"`, path, line: lineOf(pv), rank: 1 });
  }
  const cuda = build.get('cuda', true);
  if (isScalar(cuda) && cuda.value !== null) {
    const s = String((cuda as { source?: string }).source ?? cuda.value);
    out.cuda.push({ version: s, path, line: lineOf(cuda), note: `cuda: "${s}"` });
  }
  const pkgs = build.get('python_packages', true);
  if (isSeq(pkgs)) {
    const lines = pkgs.items
      .filter(isScalar)
      .map((n) => ({ text: String(n.value ?? '').trim(), line: lineOf(n) }));
    const r = parseRequirementLines(
      lines.filter((l) => l.text),
      path,
      false,
    );
    out.decls.push(...r.decls);
    out.cuda.push(...r.cuda);
    out.findings.push(...r.findings);
  }
  const req = build.get('python_requirements', true);
  if (isScalar(req) && typeof req.value === 'string')
    out.includes.push({ target: req.value, line: lineOf(req), kind: 'requirement' });
  const run = build.get('run', true);
  if (isSeq(run)) {
    for (const item of run.items) {
      if (isScalar(item)) scanInstallCommands(String(item.value ?? ''), path, lineOf(item), out);
      else if (isMap(item)) {
        const c = item.get('command', true);
        if (isScalar(c)) scanInstallCommands(String(c.value ?? ''), path, lineOf(c), out);
      }
    }
  }
  return out;
}
