// Generates src/facts/license-data.json: the reference word sets ReproScore compares license files against.
//
//   node scripts/gen-license-data.mjs           write the file
//   node scripts/gen-license-data.mjs --check   exit 1 when the committed file differs from what would be written
//
// Source: the `spdx-license-list` package (a devDependency; the bundle ships only the generated JSON).
// Kept: OSI-approved licenses, the Creative Commons family (international/unported versions), the open data and
// model licenses (CDLA, ODC, ODbL, PDDL, OpenMDW) and a few other common ones. Texts that only differ by id
// (GPL-2.0 / GPL-2.0-only / GPL-2.0-or-later / GPL-2.0+) are kept once, under the `-only` id: a license text
// alone cannot say "or later". Each text goes through the same normaliser as the runtime
// (src/facts/license/normalize.ts, bundled here with esbuild) and is stored as a set of word indices into one
// shared vocabulary, delta-encoded as variable-length base-64 digits.
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'src/facts/license-data.json');
const require = createRequire(import.meta.url);

// ids the SPDX list keeps only for compatibility (same text as a current id)
const DEPRECATED = new Set([
  'wxWindows',
  'StandardML-NJ',
  'eCos-2.0',
  'Nunit',
  'bzip2-1.0.5',
  'BSD-2-Clause-FreeBSD',
  'BSD-2-Clause-NetBSD',
  'AGPL-1.0',
  'AGPL-3.0',
  'GPL-1.0',
  'GPL-2.0',
  'GPL-3.0',
  'LGPL-2.0',
  'LGPL-2.1',
  'LGPL-3.0',
  'GFDL-1.1',
  'GFDL-1.2',
  'GFDL-1.3',
]);

const EXTRA = new Set([
  'Unlicense',
  'WTFPL',
  'CC0-1.0',
  'PDDL-1.0',
  'ODC-By-1.0',
  'ODbL-1.0',
  'CDLA-Permissive-1.0',
  'CDLA-Permissive-2.0',
  'CDLA-Sharing-1.0',
  'OpenMDW-1.0',
  'BSD-4-Clause',
  'BSD-3-Clause-Clear',
  'BSD-2-Clause-Views',
  'X11',
  'JSON',
  'BUSL-1.1',
  'Elastic-2.0',
  'SSPL-1.0',
  'PolyForm-Noncommercial-1.0.0',
  'PolyForm-Small-Business-1.0.0',
  'Hippocratic-2.1',
  'GFDL-1.3-only',
  'Beerware',
  'CC-PDDC',
  'etalab-2.0',
  'Apache-1.0',
  'OFL-1.1',
  'libpng-2.0',
  'Zlib',
  'BSL-1.0',
]);

const CC = /^CC-BY(?:-NC)?(?:-SA|-ND)?-(?:1\.0|2\.0|2\.5|3\.0|4\.0)$/;

function selected(id, entry) {
  if (DEPRECATED.has(id) || id.endsWith('+') || id.endsWith('-or-later') || /-with-.*-exception$/.test(id))
    return false;
  return entry.osiApproved || EXTRA.has(id) || CC.test(id);
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** delta-encodes sorted non-negative integers: 5 payload bits per digit, the 6th bit says "more digits follow" */
function encode(sorted) {
  let out = '';
  let prev = -1;
  for (const n of sorted) {
    let d = n - prev - 1;
    prev = n;
    for (;;) {
      const low = d & 31;
      d = Math.floor(d / 32);
      if (d > 0) out += DIGITS[32 + low];
      else {
        out += DIGITS[low];
        break;
      }
    }
  }
  return out;
}

async function loadNormalizer() {
  const result = await build({
    entryPoints: [join(root, 'src/facts/license/normalize.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  return import('data:text/javascript;base64,' + Buffer.from(code).toString('base64'));
}

export async function generate() {
  const { licenseWordSet } = await loadNormalizer();
  const full = require('spdx-license-list/full');
  const version = require('spdx-license-list/package.json').version;
  const ids = Object.keys(full).sort();

  // one entry per distinct text; the appendix-less form of licenses with an "END OF TERMS AND CONDITIONS" line
  const refs = [];
  for (const id of ids) {
    const entry = full[id];
    if (!selected(id, entry)) continue;
    const text = entry.licenseText;
    const forms = [text];
    const end = text.search(/END OF TERMS AND CONDITIONS/);
    if (end > 0 && end < text.length - 200) forms.push(text.slice(0, end));
    // the SPDX LGPL-3.0 text carries the GPL-3.0 after it; LGPL files (COPYING.LESSER) usually hold only the former
    const gpl = text.indexOf('GNU GENERAL PUBLIC LICENSE', 1000);
    if (id.startsWith('LGPL-3.0') && gpl > 0) forms.push(text.slice(0, gpl));
    for (const form of forms) {
      const words = licenseWordSet(form);
      if (words.size < 10) continue;
      refs.push({ id, words });
    }
  }

  // vocabulary ordered by how many references use a word (frequent words get small indices, small deltas)
  const df = new Map();
  for (const r of refs) for (const w of r.words) df.set(w, (df.get(w) ?? 0) + 1);
  const vocab = [...df.keys()].sort((a, b) => df.get(b) - df.get(a) || (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(vocab.map((w, i) => [w, i]));

  const licenses = refs.map((r) => {
    const sorted = [...r.words].map((w) => index.get(w)).sort((a, b) => a - b);
    return [r.id, encode(sorted)];
  });
  const names = {};
  const osi = [];
  for (const id of ids) {
    names[id] = full[id].name;
    if (full[id].osiApproved) osi.push(id);
  }
  const data = {
    generatedBy: 'scripts/gen-license-data.mjs',
    spdxLicenseList: version,
    vocab: vocab.join(' '),
    licenses,
    names,
    osi,
  };
  return JSON.stringify(data) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = await generate();
  if (process.argv.includes('--check')) {
    let current;
    try {
      current = readFileSync(OUT, 'utf8');
    } catch {
      current = '';
    }
    if (current !== text) {
      console.error('src/facts/license-data.json is stale: run node scripts/gen-license-data.mjs');
      process.exit(1);
    }
    console.log('src/facts/license-data.json is up to date');
  } else {
    writeFileSync(OUT, text);
    console.log(`wrote src/facts/license-data.json (${text.length} bytes)`);
  }
}
