// Console scripts a package declares (pyproject.toml, setup.cfg, setup.py): `name = pkg.module:function`.
import { parse as parseToml } from 'smol-toml';
import type { Finding } from '../../model.ts';

export interface ConsoleScript {
  name: string;
  module: string;
  func: string | null;
  declaredIn: string;
  line: number;
}

const SPEC = /^\s*([\w.]+)\s*(?::\s*([\w.]+))?/;

function lineOfText(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at === -1) return 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function add(out: ConsoleScript[], name: string, spec: string, path: string, text: string) {
  const m = SPEC.exec(spec);
  if (!m) return;
  out.push({ name, module: m[1]!, func: m[2] ?? null, declaredIn: path, line: lineOfText(text, name) });
}

export function consoleScripts(path: string, text: string, findings: Finding[]): ConsoleScript[] {
  const out: ConsoleScript[] = [];
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (base === 'pyproject.toml') {
    let doc: Record<string, unknown>;
    try {
      doc = parseToml(text) as Record<string, unknown>;
    } catch (err) {
      const e = err as { line?: number; message?: string };
      findings.push({
        path,
        line: typeof e.line === 'number' ? e.line : undefined,
        level: 'warning',
        message: `pyproject.toml is not valid TOML, so its console scripts were not read: ${String(e.message ?? err).split('\n')[0]}`,
      });
      return out;
    }
    const tables: unknown[] = [];
    const project = doc.project as Record<string, unknown> | undefined;
    if (project && typeof project === 'object') tables.push(project.scripts, project['gui-scripts']);
    const tool = doc.tool as Record<string, Record<string, unknown>> | undefined;
    if (tool && typeof tool === 'object') tables.push(tool.poetry?.scripts);
    for (const t of tables) {
      if (!t || typeof t !== 'object') continue;
      for (const [name, spec] of Object.entries(t as Record<string, unknown>)) {
        if (typeof spec === 'string') add(out, name, spec, path, text);
        else if (
          spec &&
          typeof spec === 'object' &&
          typeof (spec as { reference?: unknown }).reference === 'string'
        ) {
          add(out, name, (spec as { reference: string }).reference, path, text);
        }
      }
    }
    return out;
  }
  if (base === 'setup.cfg') {
    // [options.entry_points] console_scripts = \n    name = pkg.mod:func
    let inEntryPoints = false;
    let inConsole = false;
    for (const raw of text.split('\n')) {
      const line = raw.replace(/\r$/, '');
      const t = line.trim();
      if (t.startsWith('[')) {
        inEntryPoints = t === '[options.entry_points]';
        inConsole = false;
        continue;
      }
      if (!inEntryPoints || !t || t.startsWith('#') || t.startsWith(';')) continue;
      const indented = /^\s/.test(line);
      if (!indented) {
        const eq = t.indexOf('=');
        const key = eq === -1 ? t : t.slice(0, eq).trim();
        inConsole = key === 'console_scripts' || key === 'gui_scripts';
        const restText = eq === -1 ? '' : t.slice(eq + 1).trim();
        if (inConsole && restText.includes('=')) {
          const [n, spec] = restText.split('=', 2);
          add(out, n!.trim(), spec!.trim(), path, text);
        }
        continue;
      }
      if (inConsole && t.includes('=')) {
        const eq = t.indexOf('=');
        add(out, t.slice(0, eq).trim(), t.slice(eq + 1).trim(), path, text);
      }
    }
    return out;
  }
  if (base === 'setup.py') {
    // entry_points={'console_scripts': ['name = pkg.mod:func']}: quoted strings of that shape
    if (!text.includes('console_scripts') && !text.includes('gui_scripts')) return out;
    const re =
      /["']\s*([A-Za-z0-9_.-]{1,100})\s*=\s*([A-Za-z0-9_.]{1,200})\s*:\s*([A-Za-z0-9_.]{1,200})\s*["']/g;
    for (let m = re.exec(text); m; m = re.exec(text)) add(out, m[1]!, `${m[2]}:${m[3]}`, path, text);
  }
  return out;
}
