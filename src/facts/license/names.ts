// License names and ids as people write them ("Apache 2.0", "GPLv3", "CC BY-NC 4.0", "llama3.1") → SPDX ids,
// and the AI licenses that have no SPDX id (→ "NOASSERTION" plus their name).
import { referenceData } from './data.ts';

export interface NamedLicense {
  /** an SPDX id or expression; "NOASSERTION" for licenses without an SPDX id */
  spdx: string;
  name: string;
}

/** AI model licenses without an SPDX id: Hugging Face hub ids and names → display name */
export const AI_LICENSES: { name: string; aliases: string[] }[] = [
  {
    name: 'CreativeML OpenRAIL-M',
    aliases: ['creativeml-openrail-m', 'creativeml open rail-m', 'creativeml openrail-m'],
  },
  {
    name: 'CreativeML OpenRAIL++-M',
    aliases: ['openrail++', 'creativeml open rail++-m', 'creativeml openrail++-m'],
  },
  {
    name: 'BigScience OpenRAIL-M',
    aliases: ['bigscience-openrail-m', 'bigscience open rail-m', 'bigscience openrail-m'],
  },
  {
    name: 'BigScience BLOOM RAIL 1.0',
    aliases: ['bigscience-bloom-rail-1.0', 'bloom rail', 'bigscience rail license v1.0'],
  },
  {
    name: 'BigCode OpenRAIL-M',
    aliases: ['bigcode-openrail-m', 'bigcode open rail-m', 'bigcode openrail-m'],
  },
  {
    name: 'OpenRAIL',
    aliases: ['openrail', 'open rail', 'openrail-m', 'open rail-m', 'openrail-s', 'openrail-d'],
  },
  {
    name: 'Llama 2 Community License',
    aliases: ['llama2', 'llama 2', 'llama 2 community license', 'llama-2'],
  },
  { name: 'Llama 3 Community License', aliases: ['llama3', 'llama 3', 'meta llama 3 community license'] },
  { name: 'Llama 3.1 Community License', aliases: ['llama3.1', 'llama 3.1', 'llama 3.1 community license'] },
  { name: 'Llama 3.2 Community License', aliases: ['llama3.2', 'llama 3.2', 'llama 3.2 community license'] },
  { name: 'Llama 3.3 Community License', aliases: ['llama3.3', 'llama 3.3', 'llama 3.3 community license'] },
  { name: 'Llama 4 Community License', aliases: ['llama4', 'llama 4', 'llama 4 community license'] },
  { name: 'Gemma Terms of Use', aliases: ['gemma', 'gemma terms of use'] },
  { name: 'DeepFloyd IF License', aliases: ['deepfloyd-if-license'] },
  { name: 'Apple Sample Code License', aliases: ['apple-ascl'] },
  { name: 'Apple Machine Learning Research Model License', aliases: ['apple-amlr'] },
  { name: 'Intel Research Use License', aliases: ['intel-research'] },
  { name: 'Computational Use of Data Agreement', aliases: ['c-uda'] },
];

// hand-written aliases (keys are normalised with keyOf) → SPDX id
const ALIASES: Record<string, string> = {
  mit: 'MIT',
  'mit license': 'MIT',
  expat: 'MIT',
  apache: 'Apache-2.0',
  apache2: 'Apache-2.0',
  'apache 2': 'Apache-2.0',
  'apache license': 'Apache-2.0',
  'asl 2': 'Apache-2.0',
  // the trove classifier "License :: OSI Approved :: Apache Software License" names no version; in practice 2.0
  'apache software': 'Apache-2.0',
  'bsd 2 clause': 'BSD-2-Clause',
  'bsd 2': 'BSD-2-Clause',
  'simplified bsd': 'BSD-2-Clause',
  freebsd: 'BSD-2-Clause',
  'bsd 3 clause': 'BSD-3-Clause',
  'bsd 3': 'BSD-3-Clause',
  'new bsd': 'BSD-3-Clause',
  'modified bsd': 'BSD-3-Clause',
  'revised bsd': 'BSD-3-Clause',
  'bsd 3 clause clear': 'BSD-3-Clause-Clear',
  'bsd 4 clause': 'BSD-4-Clause',
  isc: 'ISC',
  unlicense: 'Unlicense',
  cc0: 'CC0-1.0',
  'cc0 1': 'CC0-1.0',
  'cc0 1 universal': 'CC0-1.0',
  'cc zero': 'CC0-1.0',
  'creative commons zero': 'CC0-1.0',
  'cc0 public domain dedication': 'CC0-1.0',
  'mpl 2': 'MPL-2.0',
  'mozilla public license 2': 'MPL-2.0',
  'mozilla 2': 'MPL-2.0',
  boost: 'BSL-1.0',
  'boost software license': 'BSL-1.0',
  'bsl 1': 'BSL-1.0',
  zlib: 'Zlib',
  wtfpl: 'WTFPL',
  'epl 2': 'EPL-2.0',
  'epl 1': 'EPL-1.0',
  'eupl 1 2': 'EUPL-1.2',
  'artistic 2': 'Artistic-2.0',
  psf: 'PSF-2.0',
  'python software foundation license': 'PSF-2.0',
  odbl: 'ODbL-1.0',
  'odc by': 'ODC-By-1.0',
  pddl: 'PDDL-1.0',
  'ofl 1 1': 'OFL-1.1',
  postgresql: 'PostgreSQL',
  ncsa: 'NCSA',
  'ms pl': 'MS-PL',
  'lppl 1 3c': 'LPPL-1.3c',
  'osl 3': 'OSL-3.0',
  'ecl 2': 'ECL-2.0',
  'afl 3': 'AFL-3.0',
  'cdla permissive 1': 'CDLA-Permissive-1.0',
  'cdla permissive 2': 'CDLA-Permissive-2.0',
  'cdla sharing 1': 'CDLA-Sharing-1.0',
  gfdl: 'GFDL-1.3-only',
};

/** "GNU GPL v3", "Apache License, Version 2.0" → "gnu gpl v3", "apache license 2" */
function keyOf(value: string): string {
  return value
    .toLowerCase()
    .replace(/licence/g, 'license')
    .replace(/\bversion\b|\bthe\b/g, ' ')
    .replace(/\b(\d+)\.0\b/g, '$1')
    .replace(/[^a-z0-9+.]+/g, ' ')
    .replace(/\.(?![0-9])/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/ license$/, '');
}

let nameIndex: Map<string, string> | null = null;

function names(): Map<string, string> {
  if (nameIndex) return nameIndex;
  const data = referenceData();
  const index = new Map<string, string>();
  for (const [id, name] of data.names) {
    const canonical = canonicalId(id);
    if (!index.has(keyOf(name))) index.set(keyOf(name), canonical);
    index.set(keyOf(id), canonical);
  }
  for (const [k, v] of Object.entries(ALIASES)) index.set(keyOf(k), v);
  nameIndex = index;
  return index;
}

/** Deprecated GNU ids → `-only` / `-or-later`; other ids → the list's spelling. Unknown ids come back unchanged. */
export function canonicalId(id: string): string {
  const data = referenceData();
  const trimmed = id.trim();
  const gnu = /^(A?GPL|LGPL|GFDL)-([0-9.]+)(\+|-only|-or-later)?$/i.exec(trimmed);
  if (gnu) {
    const family = gnu[1]!.toUpperCase();
    const suffix = gnu[3] === '+' || gnu[3]?.toLowerCase() === '-or-later' ? '-or-later' : '-only';
    const candidate = `${family}-${gnu[2]}${suffix}`;
    if (data.names.has(candidate)) return candidate;
  }
  return data.idsLower.get(trimmed.toLowerCase()) ?? trimmed;
}

export function isKnownSpdxId(id: string): boolean {
  return referenceData().names.has(id);
}

export function spdxName(id: string): string | undefined {
  return referenceData().names.get(id);
}

/** GNU family from free text: "GPLv3+", "GNU General Public License v2 or later", "LGPL-2.1", "AGPL 3" */
function gnuFromText(key: string): string | null {
  const m =
    /\b(a|l)?gpl\s?v?\s?([123](?:\.[01])?)(\+)?|\bgnu (affero |lesser |library )?general public license v?\s?([123](?:\.[01])?)/.exec(
      key,
    );
  if (!m) return null;
  let family: string;
  let version: string;
  if (m[2] !== undefined) {
    family = m[1] === 'a' ? 'AGPL' : m[1] === 'l' ? 'LGPL' : 'GPL';
    version = m[2];
  } else {
    const kind = (m[4] ?? '').trim();
    family = kind === 'affero' ? 'AGPL' : kind === 'lesser' || kind === 'library' ? 'LGPL' : 'GPL';
    version = m[5]!;
  }
  if (!version.includes('.')) version = family === 'LGPL' && version === '2' ? '2.1' : `${version}.0`;
  const later = m[3] === '+' || /\bor (any )?later\b|\bor newer\b|\+/.test(key);
  const id = `${family}-${version}${later ? '-or-later' : '-only'}`;
  return referenceData().names.has(id) ? id : null;
}

/** Creative Commons from free text: "CC BY-NC-SA 4.0", "Creative Commons Attribution-NonCommercial 4.0 International" */
function ccFromText(key: string): string | null {
  let m = /\bcc by((?: nc)?(?: sa| nd)?) ([1-4](?:\.[05])?)\b/.exec(key);
  let parts: string | undefined;
  let version: string | undefined;
  if (m) {
    parts = m[1]!;
    version = m[2]!;
  } else {
    m =
      /\bcreative commons attribution((?: non ?commercial)?(?: share ?alike| no ?derivatives| no ?derivs)?) ([1-4](?:\.[05])?)\b/.exec(
        key,
      );
    if (!m) return null;
    const p = m[1]!;
    parts =
      (/non ?commercial/.test(p) ? ' nc' : '') +
      (/share ?alike/.test(p) ? ' sa' : /no ?deriv/.test(p) ? ' nd' : '');
    version = m[2]!;
  }
  if (!version.includes('.')) version = `${version}.0`;
  const id = `CC-BY${parts.toUpperCase().replace(/ /g, '-')}-${version}`;
  return referenceData().names.has(id) ? id : null;
}

function aiFromText(key: string): NamedLicense | null {
  for (const ai of AI_LICENSES) {
    for (const alias of ai.aliases) if (keyOf(alias) === key) return { spdx: 'NOASSERTION', name: ai.name };
  }
  return null;
}

/**
 * A license as named in metadata or prose → SPDX id (or expression), or NOASSERTION + name for the AI licenses
 * with no SPDX id. null when the value names nothing recognisable ("other", "see LICENSE", "proprietary").
 */
export function resolveLicenseName(value: string): NamedLicense | null {
  const v = value.trim().slice(0, 300);
  if (v === '') return null;
  // SPDX expressions: "MIT OR Apache-2.0", "MIT AND (Apache-2.0 OR BSD-2-Clause)", "GPL-2.0-only WITH Classpath-exception-2.0"
  if (/\s(?:OR|AND|WITH)\s|^\(/.test(v)) {
    const strict = strictExpression(v);
    if (strict) return { spdx: strict, name: strict };
  }
  // "Apache 2.0 OR MIT", "MIT/Apache-2.0": names joined by operators, no parentheses
  // blanks collapsed first, so the separators never scan a long run of them
  const parts = v.replace(/\s+/g, ' ').split(/ (OR|AND) | ?\/ ?/);
  if (parts.length > 1 && !v.includes('(')) {
    const ids: string[] = [];
    const ops: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (i % 2 === 1) {
        ops.push(p ?? 'OR');
        continue;
      }
      if (p === undefined || p.trim() === '') return null;
      const one = resolveOne(p);
      if (!one || one.spdx === 'NOASSERTION') return null;
      ids.push(one.spdx);
    }
    let expr = ids[0]!;
    for (let i = 1; i < ids.length; i++) expr += ` ${ops[i - 1] ?? 'OR'} ${ids[i]}`;
    return { spdx: expr, name: expr };
  }
  // a broken expression is not guessed at
  if (/\s(?:OR|AND|WITH)\s|[()]/.test(v) && !/^[^()]*\([^()]*\)[^()]*$/.test(v)) return null;
  return resolveOne(v);
}

/** an expression of SPDX ids, with the ids in their canonical spelling; null when a part is not an SPDX id */
function strictExpression(v: string): string | null {
  const tokens = v.match(/\(|\)|[^\s()]+/g) ?? [];
  const out: string[] = [];
  let depth = 0;
  let expectId = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === '(') {
      if (!expectId) return null;
      depth++;
      out.push(t);
    } else if (t === ')') {
      if (expectId || depth === 0) return null;
      depth--;
      out.push(t);
    } else if (t === 'OR' || t === 'AND' || t === 'WITH') {
      if (expectId) return null;
      out.push(t);
      expectId = true;
    } else {
      if (!expectId) return null;
      if (tokens[i - 1] === 'WITH') out.push(t);
      else {
        const id = canonicalId(t);
        if (!referenceData().names.has(id)) return null;
        out.push(id);
      }
      expectId = false;
    }
  }
  if (depth !== 0 || expectId) return null;
  return out.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')');
}

function resolveOne(value: string): NamedLicense | null {
  const data = referenceData();
  const direct = canonicalId(value);
  if (data.names.has(direct)) return { spdx: direct, name: data.names.get(direct)! };
  const key = keyOf(value);
  if (key === '') return null;
  const ai = aiFromText(key);
  if (ai) return ai;
  const idx = names();
  const hit = idx.get(key) ?? idx.get(key.replace(/ license$/, '')) ?? idx.get(`${key} license`);
  if (hit) return { spdx: hit, name: data.names.get(hit) ?? hit };
  const gnu = gnuFromText(key);
  if (gnu) return { spdx: gnu, name: data.names.get(gnu)! };
  const cc = ccFromText(key);
  if (cc) return { spdx: cc, name: data.names.get(cc)! };
  if (/\bapache\b/.test(key) && /\b2\b/.test(key))
    return { spdx: 'Apache-2.0', name: data.names.get('Apache-2.0')! };
  if (/\bmit\b/.test(key) && key.split(' ').length <= 3) return { spdx: 'MIT', name: data.names.get('MIT')! };
  if (/\bbsd\b/.test(key) && /\b3\b|\bnew\b|\bmodified\b|\brevised\b/.test(key))
    return { spdx: 'BSD-3-Clause', name: data.names.get('BSD-3-Clause')! };
  if (/\bbsd\b/.test(key) && /\b2\b|\bsimplified\b/.test(key))
    return { spdx: 'BSD-2-Clause', name: data.names.get('BSD-2-Clause')! };
  if (/\bmozilla\b|\bmpl\b/.test(key) && /\b2\b/.test(key))
    return { spdx: 'MPL-2.0', name: data.names.get('MPL-2.0')! };
  return null;
}
