// License text normalisation, shared by the runtime matcher and scripts/gen-license-data.mjs (which bundles this
// file with esbuild), so that the reference word sets and the scanned text go through exactly the same steps.
//
// What is thrown away or folded together follows the spirit of the SPDX License List Matching Guidelines:
// case, whitespace and line wrapping, punctuation and quotes, Markdown markup, bullets and list numbering,
// copyright notice lines, a title line, the URL scheme, British/American spellings and a few varietal words.
// The result is a sequence of words; the matcher compares the sets of those words.

/** the most characters of a license text that are looked at */
export const MAX_LICENSE_CHARS = 200_000;

// spelling variants folded to one form (applied after the generic -ise/-isation rule below)
const VARIANTS: Record<string, string> = {
  acknowledgment: 'acknowledgement',
  acknowledgments: 'acknowledgements',
  analogue: 'analog',
  artefact: 'artifact',
  artefacts: 'artifacts',
  calibre: 'caliber',
  cancelled: 'canceled',
  catalogue: 'catalog',
  centre: 'center',
  favour: 'favor',
  favourite: 'favorite',
  fulfil: 'fulfill',
  fulfilment: 'fulfillment',
  judgment: 'judgement',
  labelling: 'labeling',
  labour: 'labor',
  licence: 'license',
  licences: 'licenses',
  licenced: 'licensed',
  licencing: 'licensing',
  licensor: 'licensor',
  modelled: 'modeled',
  modelling: 'modeling',
  offence: 'offense',
  practise: 'practice',
  programme: 'program',
  programmes: 'programs',
  signalling: 'signaling',
  whilst: 'while',
  wilful: 'willful',
  wilfully: 'willfully',
  travelled: 'traveled',
  defence: 'defense',
  colour: 'color',
  behaviour: 'behavior',
  // varietal words: "copyright owner" / "copyright holder", "this software" / "the software"
  owner: 'holder',
  owners: 'holders',
  this: 'the',
  these: 'the',
  // list words that survive as words in running text ("(i)", "(ii)")
};

// joined forms: "sub-license" and "sub license" both become "sublicense"; "non-commercial" → "noncommercial"
const JOIN_PREFIXES = new Set(['sub', 'non', 're', 'co']);

/** A block of a license text between blank lines (or rules), with its words after normalisation. */
export interface Paragraph {
  words: string[];
  /** the first non-blank line as written, trimmed (headings are recognised from it) */
  firstLine: string;
  /** a horizontal rule or another line with no words, on its own */
  separator: boolean;
}

/** the text cut into paragraphs, each with its normalised words */
export function licenseParagraphs(text: string): Paragraph[] {
  const src = text.length > MAX_LICENSE_CHARS ? text.slice(0, MAX_LICENSE_CHARS) : text;
  const lines = src.split(/\r\n|\r|\n/);
  const out: Paragraph[] = [];
  let kept: string[] = [];
  let firstLine: string | null = null;
  const close = () => {
    if (firstLine !== null) {
      const words: string[] = [];
      tokenize(kept.join('\n').toLowerCase(), words);
      out.push({ words, firstLine, separator: false });
    }
    kept = [];
    firstLine = null;
  };
  let seenContent = false;
  for (const raw of lines) {
    const trimmed = raw.trim();
    if (trimmed === '') {
      close();
      continue;
    }
    const line = stripMarkup(raw);
    if (line === '') {
      close();
      out.push({ words: [], firstLine: trimmed.slice(0, 200), separator: true });
      continue;
    }
    if (firstLine === null) firstLine = trimmed.slice(0, 200);
    if (isCopyrightLine(line) || isNoiseLine(line)) continue;
    if (!seenContent) {
      seenContent = true;
      if (isTitleLine(line)) continue;
    }
    kept.push(line);
  }
  close();
  return out;
}

/** words of a license text after normalisation, in order */
export function licenseWords(text: string): string[] {
  const out: string[] = [];
  for (const p of licenseParagraphs(text)) for (const w of p.words) out.push(w);
  return out;
}

/** the normalised words as a set */
export function licenseWordSet(text: string): Set<string> {
  return new Set(licenseWords(text));
}

// words that carry nothing: URL schemes and "www" (http and https texts are the same license)
const DROPPED = new Set(['http', 'https', 'www']);

const WORD = /[a-z0-9]+/g;

/** splits lower-cased text into words of [a-z0-9]; "licensor's" → "licensor"; joins "sub-license" → "sublicense" */
function tokenize(text: string, out: string[]): void {
  const words = text.replace(/['\u2019]s\b/g, '').match(WORD) ?? [];
  let pending: string | null = null; // a JOIN_PREFIXES word waiting for its next word
  for (const raw of words) {
    if (raw.length === 1 && (raw < '0' || raw > '9')) continue;
    if (DROPPED.has(raw)) continue;
    const w = foldWord(raw.length > 40 ? raw.slice(0, 40) : raw);
    if (pending !== null) {
      const p = pending;
      pending = null;
      if (
        w === 'license' ||
        w === 'licensable' ||
        w === 'commercial' ||
        w === 'licensee' ||
        w === 'licensed'
      ) {
        out.push(p + w);
        continue;
      }
      out.push(p);
    }
    if (JOIN_PREFIXES.has(w)) {
      pending = w;
      continue;
    }
    out.push(w);
  }
  if (pending !== null) out.push(pending);
}

const foldCache = new Map<string, string>();

function foldWord(w: string): string {
  const cached = foldCache.get(w);
  if (cached !== undefined) return cached;
  const f = foldUncached(w);
  if (foldCache.size < 50_000) foldCache.set(w, f);
  return f;
}

function foldUncached(w: string): string {
  const v = Object.prototype.hasOwnProperty.call(VARIANTS, w) ? VARIANTS[w] : undefined;
  if (v !== undefined) return v;
  // British -ise/-isation/-ised/-ising → -ize...; applied to both sides, so over-folding ("otherwise") is harmless
  if (w.length > 5) {
    if (w.endsWith('isation')) return w.slice(0, -7) + 'ization';
    if (w.endsWith('isations')) return w.slice(0, -8) + 'izations';
    if (w.endsWith('ised')) return w.slice(0, -4) + 'ized';
    if (w.endsWith('ising')) return w.slice(0, -5) + 'izing';
    if (w.endsWith('ise')) return w.slice(0, -3) + 'ize';
    if (w.endsWith('ises')) return w.slice(0, -4) + 'izes';
  }
  return w;
}

/** Markdown and plain-text decoration at the start of a line: headings, quotes, bullets, list numbers. */
function stripMarkup(raw: string): string {
  let line = raw.length > 2000 ? raw.slice(0, 2000) : raw;
  line = line.trim();
  if (line === '') return '';
  // horizontal rules and table borders
  if (/^[-=*_~#+|: ]+$/.test(line) && !/[a-z0-9]/i.test(line)) return '';
  // headings and block quotes (bounded repetition)
  line = line.replace(/^(?:[#>]{1,6}\s*){1,3}/, '');
  // bullets and list numbering: "-", "*", "•", "1.", "1)", "(a)", "a.", "(iv)", "§ 2"
  line = line.replace(
    /^(?:[-*•·+§]\s+|\(?[0-9]{1,3}(?:\.[0-9]{1,3}){0,3}[.)]\s+|\([a-z]{1,4}\)\s+|[a-h]\.\s+|[a-h]\)\s+)/i,
    '',
  );
  return line.trim();
}

const COPYRIGHT_START = /^(?:copyright\b|\(c\)|©)/i;

/** "Copyright (c) 2023 Jane Doe", "(c) 2020 Acme", "Copyright 2019 Google LLC. All rights reserved." */
function isCopyrightLine(line: string): boolean {
  if (!COPYRIGHT_START.test(line)) return false;
  const rest = line.replace(COPYRIGHT_START, '').trimStart();
  if (rest === '') return true;
  // the license's own words that happen to begin a wrapped line: "copyright notice, this list of conditions"
  if (
    /^(?:notice|notices|holders?|owners?|law|laws|and|or|license|licen[cs]e|statement|protection|interest|rights?|act|,)\b/i.test(
      rest,
    )
  )
    return false;
  // a notice has a (c) sign, a year or a template placeholder; otherwise the line is left alone
  return /^(?:\(c\)|©|[0-9]{4}|\[|<|\{)/i.test(rest) || /\b(?:19|20)[0-9]{2}\b/.test(rest);
}

/** lines that carry no license terms: "All rights reserved.", SPDX tags */
function isNoiseLine(line: string): boolean {
  return /^all rights reserved\.?$/i.test(line) || /^spdx-license-identifier\s*:/i.test(line);
}

/** A first line such as "MIT License", "The MIT License (MIT)", "GNU GENERAL PUBLIC LICENSE", "# License". */
function isTitleLine(line: string): boolean {
  if (line.length > 100) return false;
  const words = line.split(/\s+/).length;
  if (words > 10) return false;
  if (/[.;:]\s+\S/.test(line)) return false;
  return /licen[cs]e|agreement|terms/i.test(line);
}
