// Install commands inside shell text (Dockerfile RUN, apptainer %post, devcontainer and cog commands, README
// code blocks): `pip install …`, `python -m pip install …`, `uv pip install …`, `conda|mamba install|create …`.
// Requirement files named with `-r` are not followed: their paths belong to a container or a user's shell.
import type { ParsedEnvFile } from './types.ts';
import {
  cudaInText,
  isExactSpec,
  isPinnedUrl,
  nameFromUrl,
  normalizeName,
  parseRequirement,
} from './pep508.ts';
import { addCondaSpec } from './conda.ts';

const PIP_VALUE_OPTS = new Set([
  '-r',
  '--requirement',
  '-c',
  '--constraint',
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '-t',
  '--target',
  '--prefix',
  '--root',
  '--src',
  '--platform',
  '--python-version',
  '--implementation',
  '--abi',
  '--upgrade-strategy',
  '--progress-bar',
  '--cache-dir',
  '--log',
  '--timeout',
  '--retries',
  '--proxy',
  '--trusted-host',
  '--config-settings',
  '-C',
  '--global-option',
  '--no-binary',
  '--only-binary',
  '--python',
  '-p',
  '--index',
  '--default-index',
  '--index-strategy',
]);
const CONDA_VALUE_OPTS = new Set([
  '-n',
  '--name',
  '-p',
  '--prefix',
  '-c',
  '--channel',
  '--file',
  '--override-channels-of',
  '--solver',
]);

/** `pip install -U pip setuptools wheel` prepares the installer; it declares nothing about the code */
const INSTALLER_TOOLS = new Set(['pip', 'setuptools', 'wheel', 'uv']);

/** Splits a shell command into words, honouring single and double quotes. Bounded by the caller's line caps. */
export function shellWords(cmd: string): string[] {
  const words: string[] = [];
  let cur = '';
  let quote: string | null = null;
  let has = false;
  for (const ch of cmd) {
    if (quote) {
      if (ch === quote) quote = null;
      else cur += ch;
      continue;
    }
    // an unquoted `#` at the start of a word comments out the rest of the line
    if (ch === '#' && !cur && !has) break;
    if (ch === '"' || ch === "'") {
      quote = ch;
      has = true;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      if (has || cur) words.push(cur);
      cur = '';
      has = false;
      continue;
    }
    cur += ch;
  }
  if (has || cur) words.push(cur);
  return words;
}

export interface InstallScan {
  /** number of install commands that named at least one package */
  installs: number;
}

/**
 * Reads the install commands in `cmd` (one logical line; `&&`, `;`, `|` separate commands) into `out`.
 * Every package is recorded at `line`.
 */
export function scanInstallCommands(
  cmd: string,
  path: string,
  line: number,
  out: ParsedEnvFile,
  scan?: InstallScan,
): void {
  if (cmd.length > 20_000) return;
  for (const part of cmd.replace(/\\\r?\n/g, ' ').split(/&&|\|\||;|\||\n/)) {
    const words = shellWords(part.trim());
    let i = 0;
    // leading `sudo`, `VAR=value`, `RUN`
    while (
      i < words.length &&
      (words[i] === 'sudo' ||
        words[i] === 'RUN' ||
        words[i] === '$' ||
        /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]!))
    )
      i++;
    const w = words.slice(i);
    // `!pip` / `%pip` in notebooks, `/opt/conda/bin/pip`
    const tool = (w[0] ?? '').replace(/^[!%]/, '').split('/').pop() ?? '';
    let args: string[] | null = null;
    let kind: 'pip' | 'conda' = 'pip';
    if (/^pip[0-9.]*$/.test(tool) && w[1] === 'install') args = w.slice(2);
    else if (/^python[0-9.]*$/.test(tool) && w[1] === '-m' && w[2] === 'pip' && w[3] === 'install')
      args = w.slice(4);
    else if (tool === 'uv' && w[1] === 'pip' && w[2] === 'install') args = w.slice(3);
    else if (/^(?:conda|mamba|micromamba)$/.test(tool) && (w[1] === 'install' || w[1] === 'create')) {
      args = w.slice(2);
      kind = 'conda';
    }
    if (!args) continue;
    let named = 0;
    for (let j = 0; j < args.length; j++) {
      const a = args[j]!;
      if (a.startsWith('-')) {
        const opt = a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
        const valueOpts = kind === 'pip' ? PIP_VALUE_OPTS : CONDA_VALUE_OPTS;
        let value: string | null = null;
        if (a.includes('=') && opt.startsWith('--')) value = a.slice(a.indexOf('=') + 1);
        else if (valueOpts.has(opt)) value = args[++j] ?? null;
        if (kind === 'pip' && (opt === '-e' || opt === '--editable')) {
          const v = a.length > 2 && !a.startsWith('--') ? a.slice(2) : args[++j];
          // an editable install is a VCS URL or a local directory (the project itself, a clone)
          if (v && /^(?:git|hg|svn|bzr)\+/i.test(v) && addPip(v)) named++;
        }
        if (value) {
          const cuda = cudaInText(value);
          if (cuda) out.cuda.push({ version: cuda, path, line, note: `${opt} ${value}`.slice(0, 160) });
        }
        continue;
      }
      if (kind === 'pip' ? addPip(a) : addConda(a)) named++;
    }
    if (named > 0 && scan) scan.installs++;
  }

  function addPip(arg: string): boolean {
    const t = arg.trim();
    if (!t || t.includes('$') || /^(?:\.{1,2}(?:[/[]|$)|\/|~)/.test(t)) return false;
    const cuda = cudaInText(t);
    if (cuda) out.cuda.push({ version: cuda, path, line, note: t.slice(0, 160) });
    if (/^(?:git\+|hg\+|svn\+|https?:\/\/)/i.test(t)) {
      const name = nameFromUrl(t);
      if (!name) return false;
      out.decls.push({ name: normalizeName(name), spec: `@ ${t}`, pinned: isPinnedUrl(t), path, line });
      return true;
    }
    if (/\.(?:txt|whl|tar\.gz|zip)$/i.test(t) || t.includes('/')) return false;
    const req = parseRequirement(t);
    if (!req || INSTALLER_TOOLS.has(req.name)) return false;
    out.decls.push({
      name: req.name,
      spec: req.spec,
      pinned: req.url ? isPinnedUrl(req.url) : isExactSpec(req.spec),
      path,
      line,
    });
    return true;
  }

  function addConda(arg: string): boolean {
    const t = arg.trim();
    if (!t || t.includes('$') || t.includes('/')) return false;
    const before = out.decls.length + out.python.length + out.cuda.length;
    addCondaSpec(out, t, path, line);
    return out.decls.length + out.python.length + out.cuda.length > before;
  }
}
