// setup.py read as text (never run), setup.cfg and tox.ini. From setup.py only literal values are taken:
// `install_requires=[...]`, a list assigned to a name that is passed, `python_requires="..."`, classifiers and
// `extras_require={...}`. A value computed at run time (reading requirements.txt, a helper function) is noted,
// and the requirement files it names are followed as includes.
import { emptyParsed, type ParsedEnvFile } from './types.ts';
import { isExactSpec, isPinnedUrl, parseRequirement } from './pep508.ts';
import { classifierVersion, compareVersions, lowerBound } from './python-version.ts';
import { isDevName, tooDeepFinding } from './lines.ts';
import { logicalLines, parseRequirementLines } from './requirements.ts';

/** a literal longer than this many characters is not read (setup.py files are small; this bounds the work) */
const MAX_SCAN = 200_000;

type Tok =
  | { t: 'str'; v: string; line: number }
  | { t: 'p'; v: string; line: number }
  | { t: 'name'; v: string; line: number }
  | { t: 'other'; v: string; line: number };

type Val =
  | { k: 'str'; v: string; line: number }
  | { k: 'list'; items: Val[]; line: number }
  | { k: 'dict'; entries: [Val, Val][]; line: number }
  | {
      k: 'dyn';
      strings: { v: string; line: number }[];
      line: number;
      /** the value is exactly one name (`install_requires=requirements`) */
      name?: string;
      /** a literal the expression starts with (`[...] + extra`) */
      base?: Val;
    };

/** Tokenises Python from `start` until the expression that starts there ends (a `,` or `)` at depth 0, or EOF). */
function tokenizeExpression(text: string, start: number, startLine: number): Tok[] {
  const toks: Tok[] = [];
  let depth = 0;
  let line = startLine;
  const end = Math.min(text.length, start + MAX_SCAN);
  let i = start;
  while (i < end) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      i++;
      if (
        depth === 0 &&
        toks.length > 0 &&
        toks[toks.length - 1]!.v !== '\\' &&
        toks[toks.length - 1]!.v !== '+'
      )
        break;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < end && text[i] !== '\n') i++;
      continue;
    }
    // string literal with optional prefix
    const pre = /^[rRbBuUfF]{0,2}(?=['"])/.exec(text.slice(i, i + 3));
    if (pre) {
      const q0 = i + pre[0].length;
      const q = text[q0]!;
      const triple = text.startsWith(q.repeat(3), q0);
      const delim = triple ? q.repeat(3) : q;
      let j = q0 + delim.length;
      let value = '';
      const startL = line;
      while (j < end && !text.startsWith(delim, j)) {
        const ch = text[j]!;
        if (ch === '\\' && j + 1 < end) {
          value += text[j + 1];
          j += 2;
          continue;
        }
        if (ch === '\n') {
          line++;
          if (!triple) break;
        }
        value += ch;
        j++;
      }
      toks.push({ t: 'str', v: value, line: startL });
      i = j + delim.length;
      continue;
    }
    if ('[({'.includes(c)) {
      depth++;
      toks.push({ t: 'p', v: c, line });
      i++;
      continue;
    }
    if ('])}'.includes(c)) {
      if (depth === 0) break;
      depth--;
      toks.push({ t: 'p', v: c, line });
      i++;
      continue;
    }
    if (c === ',' && depth === 0) break;
    if (',:+'.includes(c)) {
      toks.push({ t: 'p', v: c, line });
      i++;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(text.slice(i, i + 200));
    if (name) {
      toks.push({ t: 'name', v: name[0], line });
      i += name[0].length;
      continue;
    }
    toks.push({ t: 'other', v: c, line });
    i++;
  }
  return toks;
}

/** Reads tokens as one value; anything but literals makes it dynamic (its string literals are kept). */
function readValue(toks: Tok[]): Val {
  let pos = 0;
  const value = (): Val => {
    const tok = toks[pos];
    if (!tok) return { k: 'dyn', strings: [], line: 0 };
    if (tok.t === 'str') {
      pos++;
      let v = tok.v;
      // implicit concatenation "a" "b"
      while (toks[pos]?.t === 'str') v += toks[pos++]!.v;
      return { k: 'str', v, line: tok.line };
    }
    if (tok.t === 'p' && (tok.v === '[' || tok.v === '(')) {
      const close = tok.v === '[' ? ']' : ')';
      pos++;
      const items: Val[] = [];
      while (pos < toks.length && !(toks[pos]!.t === 'p' && toks[pos]!.v === close)) {
        if (toks[pos]!.t === 'p' && toks[pos]!.v === ',') {
          pos++;
          continue;
        }
        const before = pos;
        items.push(value());
        if (pos === before) pos++;
      }
      pos++;
      return { k: 'list', items, line: tok.line };
    }
    if (tok.t === 'p' && tok.v === '{') {
      pos++;
      const entries: [Val, Val][] = [];
      while (pos < toks.length && !(toks[pos]!.t === 'p' && toks[pos]!.v === '}')) {
        if (toks[pos]!.t === 'p' && toks[pos]!.v === ',') {
          pos++;
          continue;
        }
        const before = pos;
        const k = value();
        if (toks[pos]?.t === 'p' && toks[pos]!.v === ':') {
          pos++;
          entries.push([k, value()]);
        }
        if (pos === before) pos++;
      }
      pos++;
      return { k: 'dict', entries, line: tok.line };
    }
    // a name, call, comprehension or operator: dynamic; keep the string literals inside
    const strings: { v: string; line: number }[] = [];
    const start = pos;
    let depth = 0;
    while (pos < toks.length) {
      const t = toks[pos]!;
      if (t.t === 'p' && '[({'.includes(t.v)) depth++;
      if (t.t === 'p' && '])}'.includes(t.v)) {
        if (depth === 0) break;
        depth--;
      }
      if (depth === 0 && t.t === 'p' && (t.v === ',' || t.v === ':')) break;
      if (t.t === 'str') strings.push({ v: t.v, line: t.line });
      pos++;
    }
    if (pos === start + 1 && tok.t === 'name') return { k: 'dyn', strings, line: tok.line, name: tok.v };
    return { k: 'dyn', strings, line: tok.line };
  };
  const first = value();
  if (pos >= toks.length) return first;
  // `[...] + other` or trailing operators: dynamic, keep what is literal
  const strings: { v: string; line: number }[] = [];
  collectStrings(first, strings);
  for (const t of toks.slice(pos)) if (t.t === 'str') strings.push({ v: t.v, line: t.line });
  return { k: 'dyn', strings, line: first.line, base: first };
}

function collectStrings(v: Val, out: { v: string; line: number }[]): void {
  if (v.k === 'str') out.push({ v: v.v, line: v.line });
  else if (v.k === 'list') v.items.forEach((x) => collectStrings(x, out));
  else if (v.k === 'dict') v.entries.forEach(([a, b]) => (collectStrings(a, out), collectStrings(b, out)));
  else out.push(...v.strings);
}

function lineAt(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** The value of keyword `key=` / dict entry `"key":`, first occurrence; null when absent. */
function findKeyword(text: string, key: string): Val | null {
  let from = 0;
  for (;;) {
    const at = text.indexOf(key, from);
    if (at < 0) return null;
    from = at + key.length;
    const before = at > 0 ? text[at - 1]! : ' ';
    if (/[A-Za-z0-9_]/.test(before)) continue;
    let j = at + key.length;
    if (text[j] === '"' || text[j] === "'") j++;
    while (text[j] === ' ' || text[j] === '\t') j++;
    const op = text[j];
    if (!(op === '=' && text[j + 1] !== '=') && op !== ':') continue;
    j++;
    while (j < text.length && /\s/.test(text[j]!)) j++;
    return readValue(tokenizeExpression(text, j, lineAt(text, j)));
  }
}

/** `NAME = <value>` at the start of a line (module-level or indented). */
function findAssignment(text: string, name: string): Val | null {
  let from = 0;
  for (;;) {
    const at = text.indexOf(name, from);
    if (at < 0) return null;
    from = at + name.length;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (text.slice(lineStart, at).trim() !== '') continue;
    let j = at + name.length;
    while (text[j] === ' ' || text[j] === '\t') j++;
    if (text[j] !== '=' || text[j + 1] === '=') continue;
    j++;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
    return readValue(tokenizeExpression(text, j, lineAt(text, j)));
  }
}

const REQ_FILE = /\.(?:txt|in)$/i;

export interface SetupPyResult extends ParsedEnvFile {
  /** install_requires could not be read completely without running setup.py */
  dynamic: boolean;
}

export function parseSetupPy(text: string, path: string): SetupPyResult {
  const out: SetupPyResult = { ...emptyParsed(), dynamic: false };
  const deep = tooDeepFinding(text, path);
  if (deep) {
    out.findings.push(deep);
    return out;
  }
  const addReqs = (v: Val, dev: boolean) => {
    let value = v;
    // a bare name: follow its assignment once
    if (value.k === 'dyn' && value.name && !value.name.includes('.'))
      value = findAssignment(text, value.name) ?? value;
    if (value.k === 'dyn' && value.base?.k === 'list') {
      // `[...] + more`: the literal part counts, the rest is computed
      out.dynamic = true;
      addList(value.base, dev);
      for (const s of value.strings) {
        if (REQ_FILE.test(s.v.trim()))
          out.includes.push({ target: s.v.trim(), line: s.line, kind: 'requirement', dev });
      }
      return;
    }
    if (value.k === 'list') {
      addList(value, dev);
      return;
    }
    if (value.k === 'str') {
      // "a\nb" — a multi-line string of requirements
      for (const part of value.v.split('\n')) addReq(part, value.line, dev);
      return;
    }
    out.dynamic = true;
    const strings: { v: string; line: number }[] = [];
    collectStrings(value, strings);
    for (const s of strings) {
      if (REQ_FILE.test(s.v.trim()))
        out.includes.push({ target: s.v.trim(), line: s.line, kind: 'requirement', dev });
      else if (parseRequirement(s.v) && /[=<>~]/.test(s.v)) addReq(s.v, s.line, dev);
    }
  };
  function addList(list: Val & { k: 'list' }, dev = false) {
    for (const item of list.items) {
      if (item.k === 'str') addReq(item.v, item.line, dev);
      else out.dynamic = true;
    }
  }
  function addReq(s: string, line: number, dev: boolean) {
    const t = s.trim();
    if (!t || t.startsWith('#')) return;
    const req = parseRequirement(t);
    if (!req) {
      out.findings.push({
        path,
        line,
        level: 'notice',
        message: `Not a requirement ReproScore can read: ${t.slice(0, 120)}`,
      });
      return;
    }
    out.decls.push({
      name: req.name,
      spec: req.spec,
      pinned: req.url ? isPinnedUrl(req.url) : isExactSpec(req.spec),
      path,
      line,
      dev,
    });
  }

  const install = findKeyword(text, 'install_requires');
  if (install) addReqs(install, false);
  const extras = findKeyword(text, 'extras_require');
  if (extras) {
    if (extras.k === 'dict') {
      for (const [k, v] of extras.entries) addReqs(v, k.k === 'str' ? isDevName(k.v) : false);
    } else out.dynamic = true;
  }
  if (out.dynamic && !out.includes.some((i) => REQ_FILE.test(i.target))) {
    // `with open("requirements.txt") as f: reqs = f.read().splitlines()` — the file is named elsewhere
    const re = /["']([A-Za-z0-9_./-]{0,100}requirements[A-Za-z0-9_./-]{0,100}\.(?:txt|in))["']/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.includes.push({ target: m[1]!, line: lineAt(text, m.index), kind: 'requirement' });
    }
  }
  if (out.dynamic) {
    const files = out.includes.map((i) => i.target);
    out.findings.push({
      path,
      line: install?.line || undefined,
      level: 'notice',
      message:
        `install_requires is computed when setup.py runs; ReproScore counted the ${out.decls.length} requirement(s) written literally` +
        (files.length ? ` and those in ${[...new Set(files)].join(', ')}.` : '.'),
    });
  }
  const pr = findKeyword(text, 'python_requires');
  if (pr?.k === 'str') {
    const v = lowerBound(pr.v);
    if (v) out.python.push({ version: v, raw: `python_requires="${pr.v}"`, path, line: pr.line, rank: 2 });
  }
  const cls = findKeyword(text, 'classifiers');
  if (cls) {
    const strings: { v: string; line: number }[] = [];
    collectStrings(cls, strings);
    addClassifierVersions(out, strings, path);
  }
  return out;
}

function addClassifierVersions(
  out: ParsedEnvFile,
  strings: { v: string; line: number }[],
  path: string,
): void {
  let low: { v: string; raw: string; line: number } | null = null;
  for (const s of strings) {
    const v = classifierVersion(s.v);
    if (v && (!low || compareVersions(v, low.v) < 0)) low = { v, raw: s.v, line: s.line };
  }
  if (low) out.python.push({ version: low.v, raw: low.raw, path, line: low.line, rank: 3 });
}

interface IniValue {
  key: string;
  line: number;
  /** the text after `=` and each continuation line, with their lines */
  parts: { text: string; line: number }[];
}

/** A small INI reader (setup.cfg, tox.ini): sections of keys whose values continue on indented lines. */
export function parseIni(text: string): Map<string, IniValue[]> {
  const sections = new Map<string, IniValue[]>();
  let current: IniValue[] | null = null;
  let last: IniValue | null = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.length > 4000) return;
    const t = raw.trim();
    if (t === '' || t.startsWith('#') || t.startsWith(';')) return;
    if (/^\s/.test(raw) && last) {
      last.parts.push({ text: t, line });
      return;
    }
    if (t.startsWith('[') && t.endsWith(']')) {
      const name = t.slice(1, -1).trim();
      current = sections.get(name) ?? [];
      sections.set(name, current);
      last = null;
      return;
    }
    // `key = value` / `key: value`: split at the first `=` or `:` (no regex: lines can be long)
    const eq = t.search(/[=:]/);
    if (eq > 0 && current) {
      const value = t.slice(eq + 1).trim();
      last = { key: t.slice(0, eq).trim(), line, parts: value ? [{ text: value, line }] : [] };
      current.push(last);
    }
  });
  return sections;
}

function iniGet(ini: Map<string, IniValue[]>, section: string, key: string): IniValue | null {
  return ini.get(section)?.find((v) => v.key === key) ?? null;
}

export function parseSetupCfg(text: string, path: string): ParsedEnvFile {
  const out = emptyParsed();
  const ini = parseIni(text);
  const addList = (v: IniValue | null, dev: boolean) => {
    if (!v) return;
    const lines = v.parts;
    const first = lines[0]?.text ?? '';
    if (first.startsWith('file:')) {
      for (const f of first.slice(5).split(','))
        if (f.trim()) out.includes.push({ target: f.trim(), line: v.line, kind: 'requirement' });
      return;
    }
    const r = parseRequirementLines(
      logicalLines(lines.map((l) => l.text).join('\n')).map((l) => ({
        text: l.text,
        line: lines[l.line - 1]?.line ?? v.line,
      })),
      path,
      dev,
    );
    out.decls.push(...r.decls);
    out.findings.push(...r.findings);
    out.cuda.push(...r.cuda);
  };
  addList(iniGet(ini, 'options', 'install_requires'), false);
  for (const extra of ini.get('options.extras_require') ?? []) addList(extra, isDevName(extra.key));
  const pr = iniGet(ini, 'options', 'python_requires');
  if (pr && pr.parts[0]) {
    const v = lowerBound(pr.parts[0].text);
    if (v)
      out.python.push({
        version: v,
        raw: `python_requires = ${pr.parts[0].text}`,
        path,
        line: pr.line,
        rank: 2,
      });
  }
  const cls = iniGet(ini, 'metadata', 'classifiers');
  if (cls)
    addClassifierVersions(
      out,
      cls.parts.map((p) => ({ v: p.text, line: p.line })),
      path,
    );
  return out;
}

/** tox.ini: the lowest `pyXY` in `envlist` (also `py{39,310}`), or a `basepython`. */
export function parseToxIni(text: string, path: string): ParsedEnvFile {
  const out = emptyParsed();
  const ini = parseIni(text);
  const envlist = iniGet(ini, 'tox', 'envlist') ?? iniGet(ini, 'tox:tox', 'envlist');
  let low: { v: string; line: number; raw: string } | null = null;
  const consider = (v: string, line: number, raw: string) => {
    if (!low || compareVersions(v, low.v) < 0) low = { v, line, raw };
  };
  for (const p of envlist?.parts ?? []) {
    for (const m of p.text.matchAll(/py(3)(\d{1,2})\b/g)) consider(`${m[1]}.${m[2]}`, p.line, p.text);
    for (const m of p.text.matchAll(/py\{([^{}]{0,200})\}/g)) {
      for (const n of m[1]!.split(',')) {
        const d = /^\s*(3)(\d{1,2})\s*$/.exec(n);
        if (d) consider(`${d[1]}.${d[2]}`, p.line, p.text);
      }
    }
  }
  for (const [, values] of ini) {
    for (const v of values) {
      const m = v.key === 'basepython' ? /python(3\.\d{1,2})/.exec(v.parts[0]?.text ?? '') : null;
      if (m) consider(m[1]!, v.line, `basepython = ${v.parts[0]!.text}`);
    }
  }
  const found = low as { v: string; line: number; raw: string } | null;
  if (found) out.python.push({ version: found.v, raw: `tox ${found.raw}`, path, line: found.line, rank: 3 });
  return out;
}
