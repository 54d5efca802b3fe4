// Which licenses are open, and for what. A small, documented list rather than the whole SPDX catalogue:
// the ids ML repositories actually use. The MOF estimate (src/score/standards/mof.ts) and the license
// checks share it, so both judge openness the same way.
//
// Code: approved by the OSI or listed as free by the FSF (Clear BSD, CC0-1.0, PSF-2.0, WTFPL and X11 are
// FSF-free but not OSI-approved). Data: the open data and content licenses the Model Openness Framework names
// (CC0, CC-BY, CC-BY-SA, CDLA, ODC-By, ODbL, PDDL, OpenMDW). Weights: those data licenses plus the permissive
// code licenses many weights are released under (Apache-2.0, MIT, BSD), which the MOF also accepts.
// Non-commercial (NC) and no-derivatives (ND) Creative Commons licenses, OpenRAIL and the Llama/Gemma terms
// restrict use and are open for nothing.

const PERMISSIVE_CODE = [
  '0BSD',
  'Apache-2.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'BSL-1.0',
  'ISC',
  'MIT',
  'MIT-0',
  'NCSA',
  'Python-2.0',
  'Unlicense',
  'UPL-1.0',
  'Zlib',
  'BlueOak-1.0.0',
  'PostgreSQL',
  'ECL-2.0',
  'AFL-3.0',
];

const COPYLEFT_CODE = [
  'AGPL-3.0',
  'AGPL-3.0-only',
  'AGPL-3.0-or-later',
  'GPL-2.0',
  'GPL-2.0-only',
  'GPL-2.0-or-later',
  'GPL-3.0',
  'GPL-3.0-only',
  'GPL-3.0-or-later',
  'LGPL-2.1',
  'LGPL-2.1-only',
  'LGPL-2.1-or-later',
  'LGPL-3.0',
  'LGPL-3.0-only',
  'LGPL-3.0-or-later',
  'MPL-2.0',
  'EPL-1.0',
  'EPL-2.0',
  'EUPL-1.1',
  'EUPL-1.2',
  'CDDL-1.0',
  'CECILL-2.1',
  'Artistic-2.0',
  'MS-PL',
  'MS-RL',
  'OSL-3.0',
  'OFL-1.1',
  'LPPL-1.3c',
];

/** Free per the FSF but not OSI-approved. */
const FSF_ONLY_CODE = ['BSD-3-Clause-Clear', 'CC0-1.0', 'PSF-2.0', 'WTFPL', 'X11'];

/** Open licenses for code: OSI-approved or FSF-free. */
export const OPEN_CODE_LICENSES: readonly string[] = [...PERMISSIVE_CODE, ...COPYLEFT_CODE, ...FSF_ONLY_CODE];

/** Open licenses for data (and documentation): the MOF's open data and content licenses. */
export const OPEN_DATA_LICENSES: readonly string[] = [
  'CC0-1.0',
  'CC-BY-3.0',
  'CC-BY-4.0',
  'CC-BY-SA-3.0',
  'CC-BY-SA-4.0',
  'CDLA-Permissive-1.0',
  'CDLA-Permissive-2.0',
  'CDLA-Sharing-1.0',
  'ODC-By-1.0',
  'ODbL-1.0',
  'PDDL-1.0',
  'OpenMDW-1.0',
];

/** Open licenses for model weights: the data licenses plus permissive code licenses. */
export const OPEN_WEIGHTS_LICENSES: readonly string[] = [...OPEN_DATA_LICENSES, ...PERMISSIVE_CODE];

/** Common spellings in pyproject classifiers, model cards and READMEs → SPDX id. Keys are normalised. */
const ALIASES: Record<string, string> = {
  apache2: 'Apache-2.0',
  apache20: 'Apache-2.0',
  apachelicense20: 'Apache-2.0',
  apachelicenseversion20: 'Apache-2.0',
  apachesoftwarelicense: 'Apache-2.0',
  mitlicense: 'MIT',
  bsd: 'BSD-3-Clause',
  bsdlicense: 'BSD-3-Clause',
  bsd3: 'BSD-3-Clause',
  bsd3clause: 'BSD-3-Clause',
  newbsd: 'BSD-3-Clause',
  bsd2: 'BSD-2-Clause',
  simplifiedbsd: 'BSD-2-Clause',
  gpl3: 'GPL-3.0',
  gplv3: 'GPL-3.0',
  gnugplv3: 'GPL-3.0',
  gpl2: 'GPL-2.0',
  gplv2: 'GPL-2.0',
  gnugplv2: 'GPL-2.0',
  lgplv3: 'LGPL-3.0',
  lgplv21: 'LGPL-2.1',
  agplv3: 'AGPL-3.0',
  mpl2: 'MPL-2.0',
  cc0: 'CC0-1.0',
  ccby4: 'CC-BY-4.0',
  ccby40: 'CC-BY-4.0',
  ccbysa4: 'CC-BY-SA-4.0',
  ccbysa40: 'CC-BY-SA-4.0',
  ccbync4: 'CC-BY-NC-4.0',
  ccbync40: 'CC-BY-NC-4.0',
  unlicense: 'Unlicense',
  theunlicense: 'Unlicense',
  // the GNU licenses as PyPI's trove classifiers spell them (`License :: OSI Approved :: …`)
  gnuafferogeneralpubliclicensev3: 'AGPL-3.0-only',
  gnuafferogeneralpubliclicensev3orlateragplv3: 'AGPL-3.0-or-later',
  gnugeneralpubliclicensev2gplv2: 'GPL-2.0-only',
  gnugeneralpubliclicensev2orlatergplv2: 'GPL-2.0-or-later',
  gnugeneralpubliclicensev3gplv3: 'GPL-3.0-only',
  gnugeneralpubliclicensev3orlatergplv3: 'GPL-3.0-or-later',
  gnulessergeneralpubliclicensev2lgplv2: 'LGPL-2.0-only',
  gnulessergeneralpubliclicensev2orlaterlgplv2: 'LGPL-2.0-or-later',
  gnulessergeneralpubliclicensev3lgplv3: 'LGPL-3.0-only',
  gnulessergeneralpubliclicensev3orlaterlgplv3: 'LGPL-3.0-or-later',
  mozillapubliclicense20mpl20: 'MPL-2.0',
  isclicenseiscl: 'ISC',
  theunlicenseunlicense: 'Unlicense',
};

const KNOWN = new Map<string, string>();
for (const id of [
  ...OPEN_CODE_LICENSES,
  ...OPEN_DATA_LICENSES,
  'CC-BY-NC-4.0',
  'CC-BY-NC-SA-4.0',
  'CC-BY-NC-ND-4.0',
  'CC-BY-ND-4.0',
  'CC-BY-NC-3.0',
  'CC-BY-NC-SA-3.0',
]) {
  KNOWN.set(id.toLowerCase(), id);
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The SPDX id for one license name or id ("apache-2.0", "MIT License", "GPLv3"), or null when unknown. */
export function canonicalLicense(value: string): string | null {
  const v = value.trim().replace(/\+$/, '');
  const direct = KNOWN.get(v.toLowerCase());
  if (direct) return direct;
  const alias = ALIASES[squash(v)];
  return alias ?? null;
}

/** The alternatives of a simple SPDX expression: OR-separated groups of AND-ed ids, WITH exceptions dropped. */
function parseExpression(expr: string): string[][] {
  // word by word (one linear split), so long runs of whitespace cost nothing; an operator between two words
  // separates, one at either end is an ordinary word
  const words = expr.replace(/[()]/g, ' ').trim().split(/\s+/);
  const isOp = (i: number, op: string) => i > 0 && i < words.length - 1 && words[i]!.toUpperCase() === op;
  const alts: string[][] = [];
  let ids: string[] = [];
  let id: string[] = [];
  let skipping = false; // after WITH: the exception, up to the next AND or OR
  const endId = () => {
    if (id.length) ids.push(id.join(' '));
    id = [];
    skipping = false;
  };
  for (let i = 0; i < words.length; i++) {
    if (isOp(i, 'OR')) {
      endId();
      if (ids.length) alts.push(ids);
      ids = [];
    } else if (isOp(i, 'AND')) endId();
    else if (isOp(i, 'WITH')) skipping = true;
    else if (!skipping && words[i]) id.push(words[i]!);
  }
  endId();
  if (ids.length) alts.push(ids);
  return alts;
}

function openFor(expr: string | null | undefined, allowed: readonly string[]): boolean {
  if (!expr) return false;
  const set = new Set(allowed);
  return parseExpression(expr).some((alt) =>
    alt.every((id) => {
      const c = canonicalLicense(id);
      return c !== null && set.has(c);
    }),
  );
}

/** OSI-approved or FSF-free: fit for code. Understands `A OR B`, `A AND B`, `X WITH exception`, `GPL-2.0+`. */
export function isOpenCodeLicense(expr: string | null | undefined): boolean {
  return openFor(expr, OPEN_CODE_LICENSES);
}

export function isOpenDataLicense(expr: string | null | undefined): boolean {
  return openFor(expr, OPEN_DATA_LICENSES);
}

export function isOpenWeightsLicense(expr: string | null | undefined): boolean {
  return openFor(expr, OPEN_WEIGHTS_LICENSES);
}

/** Creative Commons licenses with non-commercial or no-derivatives terms. */
export function isRestrictedCc(expr: string | null | undefined): boolean {
  if (!expr) return false;
  // each `CC-BY-…` chain is read once, segment by segment (a nested-quantifier regex backtracks on long chains)
  const start = /\bCC-BY(?=-)/gi;
  for (let m = start.exec(expr); m; m = start.exec(expr)) {
    let i = start.lastIndex;
    while (expr[i] === '-') {
      let j = i + 1;
      while (j < expr.length && /[A-Za-z]/.test(expr[j]!)) j++;
      if (j === i + 1) break;
      const segment = expr.slice(i + 1, j).toUpperCase();
      if ((segment === 'NC' || segment === 'ND') && !/\w/.test(expr.charAt(j))) return true;
      i = j;
    }
    start.lastIndex = Math.max(start.lastIndex, i);
  }
  return false;
}

/** A content license (CC-BY, CC-BY-SA) that is open but written for works other than software. */
export function isContentLicense(expr: string | null | undefined): boolean {
  return !!expr && /^\s*CC-BY(-SA)?-\d/i.test(expr) && !isRestrictedCc(expr);
}

/**
 * Do two declarations name the same license? SPDX ids and their aliases compare exactly (ignoring
 * -only/-or-later); unknown names (OpenRAIL, Llama terms) compare by letters and digits, one containing the other.
 */
export function sameLicense(a: string, b: string): boolean {
  const base = (s: string) => s.replace(/-(only|or-later)$/i, '');
  const ca = canonicalLicense(a);
  const cb = canonicalLicense(b);
  if (ca && cb) return base(ca) === base(cb);
  const sa = squash(a).replace(/license$/, '');
  const sb = squash(b).replace(/license$/, '');
  if (!sa || !sb) return false;
  return sa === sb || (Math.min(sa.length, sb.length) >= 4 && (sa.includes(sb) || sb.includes(sa)));
}
