// A fast outline of a Markdown (GFM) or reStructuredText document: headings, sections, code blocks, tables,
// links and paragraph text, each with its 1-based line in the original file.
//
// Why not a full CommonMark AST: micromark (mdast-util-from-markdown) needs roughly a second for a 100 KB
// README on the machines this runs on, and the collectors only need the outline. This is a single linear pass
// over the lines that follows the CommonMark block rules that matter for an outline (ATX and setext headings,
// fences with their length and character, indented code, GFM tables with their delimiter row, HTML blocks and
// comments, block quotes, list items) and a linear inline scan for links. It never throws and never uses a
// regular expression that can backtrack over repository text without bound (lines are cut to MAX_LINE).
import { extractFrontMatter, type FrontMatter } from '../util/frontmatter.ts';
import type { Snapshot } from '../source/types.ts';

export type HeadingKind = 'atx' | 'setext' | 'bold' | 'html' | 'rst';

export interface MdHeading {
  /** plain text: no markup, no trailing #s, no link syntax */
  text: string;
  /** 1..6; bold pseudo-headings sit one level below the heading they follow */
  depth: number;
  line: number;
  kind: HeadingKind;
}

/** A heading and its content up to the next heading of the same or a higher level. */
export interface MdSection {
  /** index in `headings` */
  index: number;
  heading: MdHeading;
  startLine: number;
  /** last line of the section (inclusive) */
  endLine: number;
  /** headings [index, headingEnd) are this heading and its subsections */
  headingEnd: number;
  /** index of the enclosing heading, -1 at the top */
  parent: number;
}

/** Items carry `heading`: the index of the innermost heading they sit under, -1 before the first heading. */
export interface MdCodeBlock {
  lang: string | null;
  value: string;
  /** line of the first content line (the line after an opening fence) */
  line: number;
  fenced: boolean;
  heading: number;
}

export interface MdTable {
  header: string[];
  rows: string[][];
  /** numeric cells / non-empty body cells, 0 when the body is empty */
  numericShare: number;
  /** columns whose non-empty body cells are mostly (≥ half) numeric */
  numericColumns: number;
  line: number;
  /** last line of the table */
  endLine: number;
  heading: number;
}

export interface MdLink {
  url: string;
  /** link text or image alt, plain */
  text: string;
  line: number;
  image: boolean;
  /** found inside a fenced or indented code block rather than prose */
  inCode?: boolean;
  /** inside a table row */
  inTable?: boolean;
  heading: number;
}

export interface MdParagraph {
  /** plain text (markup removed, HTML comments dropped); lines joined with spaces */
  text: string;
  line: number;
  /** last line of the paragraph */
  endLine: number;
  /** a list item rather than a free paragraph */
  list: boolean;
  heading: number;
}

export interface MdOutline {
  format: 'markdown' | 'rst';
  lineCount: number;
  frontMatter: FrontMatter | null;
  headings: MdHeading[];
  sections: MdSection[];
  code: MdCodeBlock[];
  tables: MdTable[];
  links: MdLink[];
  paragraphs: MdParagraph[];
  /** the input was larger than the cap; only its head was parsed */
  truncated: boolean;
  notices: string[];
}

export interface ParseOptions {
  /** characters parsed at most (default 512 KiB) */
  maxChars?: number;
}

export const MAX_MARKDOWN_CHARS = 512 * 1024;
/** lines longer than this are cut before any pattern runs on them */
const MAX_LINE = 4000;

// ---------------------------------------------------------------------------------------------------------
// Entry points

/** Parses by file name: .rst/.rest as reStructuredText, everything else (md, txt, no extension) as Markdown. */
export function parseDocument(path: string, text: string, options: ParseOptions = {}): MdOutline {
  return /\.(rst|rest)$/i.test(path) ? parseRst(text, options) : parseMarkdown(text, options);
}

const outlineCache = new WeakMap<Snapshot, Map<string, MdOutline | null>>();

/** The outline of a file in the snapshot, parsed once per snapshot and shared between collectors. */
export function outlineOf(snapshot: Snapshot, path: string): MdOutline | null {
  let perSnapshot = outlineCache.get(snapshot);
  if (!perSnapshot) {
    perSnapshot = new Map();
    outlineCache.set(snapshot, perSnapshot);
  }
  if (perSnapshot.has(path)) return perSnapshot.get(path)!;
  const text = snapshot.contents.get(path)?.text ?? null;
  const outline = text === null ? null : parseDocument(path, text);
  perSnapshot.set(path, outline);
  return outline;
}

/**
 * Front matter at the very top, kept only when its first meaningful line looks like a YAML key, so that a
 * README opening with a `---` rule and a later `---` rule is not mistaken for metadata.
 */
export function readFrontMatter(text: string): FrontMatter | null {
  const fm = extractFrontMatter(text);
  if (!fm) return null;
  for (const raw of fm.yaml.split('\n', 200)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    return /^["']?[A-Za-z_][\w .-]{0,80}["']?\s*:(\s|$)/.test(line.slice(0, 200)) ? fm : null;
  }
  // only comments or nothing between the fences: still front matter (an empty card header)
  return fm;
}

// ---------------------------------------------------------------------------------------------------------
// Helpers for consumers

/** Sections are indexed like headings. */
export function sectionOf(outline: MdOutline, headingIndex: number): MdSection | null {
  return headingIndex >= 0 ? (outline.sections[headingIndex] ?? null) : null;
}

/** True when an item under heading `itemHeading` lies inside the section of heading `sectionIndex`. */
export function inSection(outline: MdOutline, sectionIndex: number, itemHeading: number): boolean {
  const s = outline.sections[sectionIndex];
  return !!s && itemHeading >= s.index && itemHeading < s.headingEnd;
}

/** The heading itself and its ancestors, innermost first. */
export function headingChain(outline: MdOutline, headingIndex: number): number[] {
  const chain: number[] = [];
  let i = headingIndex;
  while (i >= 0 && chain.length < 12) {
    chain.push(i);
    i = outline.sections[i]?.parent ?? -1;
  }
  return chain;
}

/** Paragraph text, table cells and code inside a section (subsections included). */
export function sectionContent(
  outline: MdOutline,
  sectionIndex: number,
): { paragraphs: MdParagraph[]; tables: MdTable[]; code: MdCodeBlock[]; links: MdLink[] } {
  const s = outline.sections[sectionIndex];
  // items are in document order, so their heading indices never decrease: a section is one slice
  const inside = <T extends { heading: number }>(xs: T[]): T[] =>
    s ? xs.slice(lowerBound(xs, s.index), lowerBound(xs, s.headingEnd)) : [];
  return {
    paragraphs: inside(outline.paragraphs),
    tables: inside(outline.tables),
    code: inside(outline.code),
    links: inside(outline.links),
  };
}

function lowerBound(xs: { heading: number }[], heading: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]!.heading < heading) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// HF card templates leave these where an author wrote nothing
const PLACEHOLDER = /\[(?:more information needed|needs more information|todo|tbd)\]|\{\{[^{}]{0,200}\}\}/gi;

// sentences the Hugging Face card templates print whatever the author fills in
const TEMPLATE_SENTENCES = /use the code below to get started with the model\.?/gi;

/**
 * Text that is only template filler ("[More Information Needed]", `{{ var }}`, "TODO", "N/A"), also behind a
 * label ("Hardware Type: [More Information Needed]"), or nothing.
 */
export function isPlaceholderText(text: string): boolean {
  const head = text.slice(0, 2000);
  if (fillerOnly(head)) return true;
  const colon = head.indexOf(':');
  return colon > 0 && colon <= 80 && fillerOnly(head.slice(colon + 1));
}

function fillerOnly(text: string): boolean {
  const rest = text
    .replace(PLACEHOLDER, ' ')
    .replace(TEMPLATE_SENTENCES, ' ')
    .replace(/\b(?:todo|tbd|n\/a|coming soon|more information needed)\b/gi, ' ')
    .replace(/[\s\-–—*_.:,;()[\]]+/g, '');
  return rest.length === 0;
}

/** A section has real content: some paragraph, table or code that is not template filler. */
export function sectionHasContent(outline: MdOutline, sectionIndex: number): boolean {
  const c = sectionContent(outline, sectionIndex);
  if (c.code.some((b) => b.value.trim() !== '')) return true;
  if (
    c.tables.some((t) => t.rows.length > 0 && t.rows.some((r) => r.some((cell) => !isPlaceholderText(cell))))
  ) {
    return true;
  }
  return c.paragraphs.some((p) => !isPlaceholderText(p.text));
}

// ---------------------------------------------------------------------------------------------------------
// Numbers in table cells

// 85.3 | 85% | **85.3** | 76.1 ± 0.2 | 1.2M | 12.3/45.6 | -0.5 | 3.2x | 1,024 | 28.4 (0.3)
const NUMBER =
  /^[+-]?(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,15})(?:\.\d{1,15})?(?:e[+-]?\d{1,3})?\s?(?:%|[kKMBGT]|x|×|ms|s|h|pp)?$/;

export function isNumericCell(cell: string): boolean {
  let c = cell.trim().replace(/[*_`~]/g, '');
  if (c === '' || c.length > 60) return false;
  // a trailing "± 0.2", "(0.3)" or "+/- 0.2" does not change that the cell is a number
  c = c.replace(/\s*(?:±|\+\/-|\+-)\s*[\d.]{1,20}%?$/, '').replace(/\s*\([\d.±\s%]{1,20}\)$/, '');
  if (NUMBER.test(c)) return true;
  const parts = c.split('/');
  if (parts.length >= 2 && parts.length <= 4 && parts.every((p) => NUMBER.test(p.trim()))) return true;
  return false;
}

function numericColumns(rows: string[][]): number {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  let count = 0;
  for (let c = 0; c < width; c++) {
    let cells = 0;
    let numeric = 0;
    for (const r of rows) {
      const cell = (r[c] ?? '').trim();
      if (cell === '' || cell === '-' || cell === '–' || cell === '—') continue;
      cells++;
      if (isNumericCell(cell)) numeric++;
    }
    if (cells > 0 && numeric * 2 >= cells) count++;
  }
  return count;
}

function numericShare(rows: string[][]): number {
  let cells = 0;
  let numeric = 0;
  for (const r of rows) {
    for (const cell of r) {
      const c = cell.trim();
      if (c === '' || c === '-' || c === '–' || c === '—') continue;
      cells++;
      if (isNumericCell(c)) numeric++;
    }
  }
  return cells === 0 ? 0 : numeric / cells;
}

// ---------------------------------------------------------------------------------------------------------
// Inline: links, images, plain text

interface InlineResult {
  plain: string;
  links: { url: string; text: string; offset: number; image: boolean }[];
  refs: { label: string; text: string; offset: number; image: boolean }[];
}

// an <a>, <img> or <source> tag (up to its '>'); its URL attribute is read from the tag alone
const HTML_LINK_TAG = /<(a|img|source)\b[^<>]{0,2000}>/gi;
const URL_ATTR = /\b(?:href|src|srcset)[ \t]{0,3}=[ \t]{0,3}["']([^"'\s]{1,2000})["']/i;

/** Links in HTML tags of a string: url, alt text, whether an image, and the tag's offset and length. */
function htmlLinks(s: string): { url: string; alt: string; image: boolean; index: number; length: number }[] {
  const out: { url: string; alt: string; image: boolean; index: number; length: number }[] = [];
  for (const m of s.matchAll(HTML_LINK_TAG)) {
    const url = URL_ATTR.exec(m[0])?.[1];
    if (!url) continue;
    const alt = /\balt[ \t]{0,3}=[ \t]{0,3}["']([^"']{0,300})["']/i.exec(m[0])?.[1] ?? '';
    out.push({ url, alt, image: m[1]!.toLowerCase() !== 'a', index: m.index, length: m[0].length });
  }
  return out;
}

/** Replaces HTML comments by blanks (keeping newlines, so offsets and lines stay); linear, no regex. */
function blankComments(s: string): string {
  if (!s.includes('<!--')) return s;
  let out = '';
  let at = 0;
  for (;;) {
    const open = s.indexOf('<!--', at);
    if (open < 0) break;
    const close = s.indexOf('-->', open + 4);
    const end = close < 0 ? s.length : close + 3;
    out += s.slice(at, open) + s.slice(open, end).replace(/[^\n]/g, ' ');
    at = end;
    if (close < 0) break;
  }
  return out + s.slice(at);
}
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`\][{}|\\^]{1,2000}/g;

function trimUrl(url: string): string {
  let u = url;
  for (let i = 0; i < 10; i++) {
    const last = u[u.length - 1];
    if (last && '.,;:!?*_~'.includes(last)) u = u.slice(0, -1);
    else if (last === ')' && (u.match(/\(/g)?.length ?? 0) < (u.match(/\)/g)?.length ?? 0))
      u = u.slice(0, -1);
    else break;
  }
  return u;
}

function plainSimple(s: string): string {
  return stripEmphasis(s.replace(/\\([!-/:-@[-`{-~])/g, '$1'))
    .replace(/\s+/g, ' ')
    .trim();
}

function stripEmphasis(s: string): string {
  if (!/[*_~`]/.test(s)) return s;
  return s
    .replace(/\*\*|__|~~/g, '')
    .replace(/(^|[\s(])[*_]{1,3}|[*_]{1,3}($|[\s).,:;!?])/g, '$1$2')
    .replace(/`+/g, '');
}

/**
 * Finds links, images, reference links and bare URLs in a run of inline text, and returns its plain text.
 * Linear: one pass with a bounded bracket stack.
 */
function scanInline(src: string): InlineResult {
  if (!src.includes('[') && !src.includes('<') && !src.includes('http') && !src.includes('www.')) {
    return { plain: plainSimple(src), links: [], refs: [] };
  }
  const links: InlineResult['links'] = [];
  const refs: InlineResult['refs'] = [];
  // mask code spans and HTML comments so that links inside them are not links
  const hasLt = src.includes('<');
  let masked = hasLt && src.includes('<!--') ? blankComments(src) : src;
  masked = maskCodeSpans(masked);
  const stack: number[] = [];
  // replacement spans for plain text: [start, end, text]
  const replace: [number, number, string][] = [];
  for (let i = 0; i < masked.length; i++) {
    const ch = masked[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '[') {
      if (stack.length < 32) stack.push(i);
      continue;
    }
    if (ch !== ']' || stack.length === 0) continue;
    const open = stack.pop()!;
    const image = open > 0 && masked[open - 1] === '!';
    const start = image ? open - 1 : open;
    const rawText = src.slice(open + 1, i);
    const text = plainOf(rawText);
    if (masked[i + 1] === '(') {
      const dest = readDestination(masked, i + 2);
      if (dest) {
        links.push({ url: dest.url, text, offset: start, image });
        replace.push([start, dest.end, text]);
        // links inside links ("[![badge](img)](url)"): drop replacements nested in this one
        i = dest.end - 1;
        continue;
      }
    } else if (masked[i + 1] === '[') {
      const close = masked.indexOf(']', i + 2);
      if (close > 0 && close - i < 1000) {
        const label = masked.slice(i + 2, close) || rawText;
        refs.push({ label, text, offset: start, image });
        replace.push([start, close + 1, text]);
        i = close;
        continue;
      }
    } else if (masked[i + 1] !== ':' && rawText.length > 0 && rawText.length < 1000) {
      // a shortcut reference "[text]": resolved later if a definition exists
      refs.push({ label: rawText, text, offset: start, image });
    }
  }
  // autolinks <https://...>, inline HTML <a href> / <img src>, then bare URLs outside all of these
  let covered = intervals(replace);
  const tagSpans: [number, number, string][] = [];
  for (const m of hasLt ? masked.matchAll(/<(https?:\/\/[^\s<>]{1,2000})>/g) : []) {
    if (!covered(m.index)) {
      links.push({ url: m[1]!, text: m[1]!, offset: m.index, image: false });
      replace.push([m.index, m.index + m[0].length, m[1]!]);
    }
  }
  if (hasLt) {
    for (const m of htmlLinks(masked)) {
      if (covered(m.index)) continue;
      links.push({ url: m.url, text: m.alt, offset: m.index, image: m.image });
      tagSpans.push([m.index, m.index + m.length, '']);
    }
  }
  covered = intervals([...replace, ...tagSpans]);
  const mayHaveUrl = masked.includes('http') || masked.includes('www.');
  for (const m of mayHaveUrl ? masked.matchAll(BARE_URL) : []) {
    if (covered(m.index)) continue;
    const url = trimUrl(m[0]);
    links.push({
      url: url.startsWith('www.') ? `https://${url}` : url,
      text: url,
      offset: m.index,
      image: false,
    });
  }
  // plain text: apply the outermost replacements, then drop emphasis
  replace.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e, t] of replace) {
    if (s < at) continue;
    out += src.slice(at, s) + t;
    at = e;
  }
  out += src.slice(at);
  const noTags = hasLt ? blankComments(out).replace(/<[^<>\n]{1,500}>/g, ' ') : out;
  const plain = stripEmphasis(noTags)
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return { plain, links, refs };
}

/** Maps an offset in `src` to a line number, by binary search over the newline offsets. */
function lineLocator(src: string, startLine: number): (offset: number) => number {
  const nl: number[] = [];
  for (let k = src.indexOf('\n'); k >= 0; k = src.indexOf('\n', k + 1)) nl.push(k);
  return (offset: number) => {
    let lo = 0;
    let hi = nl.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nl[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return startLine + lo;
  };
}

/** Sorted, merged intervals with a binary-search membership test. */
function intervals(spans: [number, number, string][]): (pos: number) => boolean {
  const sorted = spans.map(([s, e]) => [s, e] as [number, number]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const iv of sorted) {
    const last = merged[merged.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else merged.push([iv[0], iv[1]]);
  }
  return (pos: number) => {
    let lo = 0;
    let hi = merged.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = merged[mid]!;
      if (pos < s) hi = mid - 1;
      else if (pos >= e) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

function plainOf(s: string): string {
  return scanInline(s).plain;
}

function maskCodeSpans(s: string): string {
  if (!s.includes('`')) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    if (s[i] !== '`') {
      const next = s.indexOf('`', i);
      const end = next < 0 ? s.length : next;
      out += s.slice(i, end);
      i = end;
      continue;
    }
    let run = 0;
    while (s[i + run] === '`') run++;
    const fence = '`'.repeat(run);
    let close = s.indexOf(fence, i + run);
    while (close >= 0 && s[close + run] === '`') close = s.indexOf(fence, close + run + 1);
    if (close < 0) {
      out += fence;
      i += run;
      continue;
    }
    // keep the code text readable for plain text but hide brackets and URLs from the link scan
    out += fence + s.slice(i + run, close).replace(/[[\]()<>]|https?:/g, (m) => ' '.repeat(m.length)) + fence;
    i = close + run;
  }
  return out;
}

function readDestination(s: string, from: number): { url: string; end: number } | null {
  let i = from;
  while (s[i] === ' ' || s[i] === '\n') i++;
  let url: string;
  if (s[i] === '<') {
    const close = s.indexOf('>', i);
    if (close < 0 || close - i > 2000) return null;
    url = s.slice(i + 1, close);
    i = close + 1;
  } else {
    let depth = 0;
    const start = i;
    for (; i < s.length && i - start < 2000; i++) {
      const c = s[i]!;
      if (c === ' ' || c === '\n' || c === '\t') break;
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) break;
        depth--;
      }
    }
    url = s.slice(start, i);
  }
  // optional title, then ')'
  const close = s.indexOf(')', i);
  if (close < 0 || close - i > 500) return null;
  const between = s.slice(i, close).trim();
  if (between !== '' && !/^(["'(]).*$/.test(between)) return null;
  return { url, end: close + 1 };
}

// ---------------------------------------------------------------------------------------------------------
// Markdown blocks

interface Builder {
  headings: MdHeading[];
  code: MdCodeBlock[];
  tables: MdTable[];
  links: MdLink[];
  paragraphs: MdParagraph[];
  defs: Map<string, string>;
  pendingRefs: {
    label: string;
    text: string;
    line: number;
    image: boolean;
    heading: number;
    inTable: boolean;
  }[];
}

function newBuilder(): Builder {
  return { headings: [], code: [], tables: [], links: [], paragraphs: [], defs: new Map(), pendingRefs: [] };
}

function cap(text: string, options: ParseOptions): { text: string; truncated: boolean; notices: string[] } {
  const max = options.maxChars ?? MAX_MARKDOWN_CHARS;
  if (text.length <= max) return { text, truncated: false, notices: [] };
  const cut = text.lastIndexOf('\n', max);
  return {
    text: text.slice(0, cut > 0 ? cut : max),
    truncated: true,
    notices: [`Only the first ${max} characters of ${text.length} were parsed.`],
  };
}

function splitLines(text: string): string[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = src.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.length > MAX_LINE) lines[i] = l.slice(0, MAX_LINE);
    if (l.includes('\t')) lines[i] = expandTabs(lines[i]!);
  }
  return lines;
}

function expandTabs(line: string): string {
  // only leading tabs matter for block structure
  let out = '';
  let i = 0;
  for (; i < line.length; i++) {
    const c = line[i];
    if (c === '\t') out += ' '.repeat(4 - (out.length % 4));
    else if (c === ' ') out += ' ';
    else break;
  }
  return out + line.slice(i);
}

function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i;
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

function isThematicBreak(line: string): boolean {
  const ind = indentOf(line);
  const first = line[ind];
  if (ind > 3 || (first !== '-' && first !== '*' && first !== '_')) return false;
  const s = line.replace(/[ \t]/g, '');
  if (s.length < 3) return false;
  const c = s[0];
  if (c !== '-' && c !== '*' && c !== '_') return false;
  for (const ch of s) if (ch !== c) return false;
  return true;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const FENCE = /^( *)(`{3,}|~{3,})[ \t]*([^`\s]*)?(.*)$/;
const LIST_ITEM = /^( *)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const HTML_START = /^ {0,3}<(?:\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:[\s/>]|$)|!--|\?|![A-Z])/;
const DEF = /^ {0,3}\[([^\]]{1,999})\]:[ \t]*<?([^\s>]{1,2000})>?/;

function atxText(raw: string): string {
  // drop trailing blanks and a closing sequence of #s (only after a blank, as CommonMark says)
  const t = raw.trimEnd();
  let k = t.length;
  while (k > 0 && t[k - 1] === '#') k--;
  if (k === 0) return '';
  if (k < t.length && (t[k - 1] === ' ' || t[k - 1] === '\t')) return t.slice(0, k).trimEnd();
  return t;
}

function splitRow(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const cells: string[] = [];
  let cur = '';
  let inCode = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && s[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (c === '`') {
      inCode = !inCode;
      cur += c;
    } else if (c === '|' && !inCode) {
      cells.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  cells.push(cur.trim());
  return cells;
}

function isDelimiterRow(line: string): number {
  if (!line.includes('-')) return 0;
  const cells = splitRow(line);
  for (const c of cells) if (!/^:?-{1,500}:?$/.test(c)) return 0;
  return cells.length;
}

/** Bold-only paragraph used as a heading: `**Training**`, `__Usage:__`, `**1. Setup**`. */
function boldHeadingText(line: string): string | null {
  const s = line.trim();
  if (s.length < 5 || s.length > 120) return null;
  const m =
    /^(\*\*|__)([^*_\n]{1,100})(\*\*|__)[ \t]*:?$/.exec(s) ?? /^(\*\*|__)([^*_\n]{1,100}):(\*\*|__)$/.exec(s);
  // a bold link ("**[Lab name](url)**") is a byline, not a heading
  if (!m || m[1] !== m[3] || m[2]!.includes('](') || m[2]!.includes('<')) return null;
  const text = m[2]!.trim().replace(/:$/, '');
  return text === '' ? null : text;
}

export function parseMarkdown(input: string, options: ParseOptions = {}): MdOutline {
  const capped = cap(input ?? '', options);
  const lines = splitLines(capped.text);
  const frontMatter = readFrontMatter(capped.text);
  const b = newBuilder();
  let i = frontMatter ? frontMatter.endLine : 0; // 0-based index of the first body line
  let lastHeading = -1;
  let para: { lines: string[]; start: number; list: boolean } | null = null;
  let inList = false;
  let prevBlank = true;
  let lastDepth = 0;

  const flushPara = () => {
    if (!para) return;
    const p = para;
    para = null;
    addInline(b, p.lines.join('\n'), p.start, lastHeading, false, false, (plain) => {
      if (plain !== '') {
        b.paragraphs.push({
          text: plain,
          line: p.start,
          endLine: p.start + p.lines.length - 1,
          list: p.list,
          heading: lastHeading,
        });
      }
    });
  };
  const addHeading = (text: string, depth: number, line: number, kind: HeadingKind) => {
    flushPara();
    b.headings.push({ text, depth, line, kind });
    lastHeading = b.headings.length - 1;
    if (kind !== 'bold') lastDepth = depth;
    inList = false;
  };

  while (i < lines.length) {
    const line = lines[i]!;
    const lineNo = i + 1;
    if (isBlank(line)) {
      flushPara();
      prevBlank = true;
      i++;
      continue;
    }
    const indent = indentOf(line);
    // a line at the left margin after a blank line ends a list (unless it is the next item)
    if (prevBlank && indent === 0 && !LIST_ITEM.test(line)) inList = false;

    // indented code (not inside a list, not continuing a paragraph)
    if (indent >= 4 && !para && !inList && prevBlank) {
      const start = i;
      const body: string[] = [];
      while (i < lines.length && (isBlank(lines[i]!) || indentOf(lines[i]!) >= 4)) {
        body.push(lines[i]!.slice(4));
        i++;
      }
      while (body.length > 0 && body[body.length - 1]!.trim() === '') body.pop();
      addCode(b, null, body.join('\n'), start + 1, false, lastHeading);
      prevBlank = false;
      continue;
    }

    // block quote: strip the markers and read the rest like any line (good enough for an outline)
    let content = line;
    let quoted = false;
    if (/^ {0,3}>/.test(content)) {
      quoted = true;
      content = content.replace(/^(?: {0,3}> ?){1,10}/, '');
      if (isBlank(content)) {
        flushPara();
        prevBlank = true;
        i++;
        continue;
      }
    }

    // fenced code: any indentation when inside a list item
    const fence = FENCE.exec(content);
    if (
      fence &&
      (fence[1]!.length <= 3 || inList || quoted) &&
      !(fence[2]![0] === '`' && (fence[4] ?? '').includes('`'))
    ) {
      flushPara();
      const pad = fence[1]!.length;
      const marker = fence[2]!;
      const lang = (fence[3] ?? '').replace(/^\{\.?|\}$/g, '').toLowerCase() || null;
      const body: string[] = [];
      i++;
      while (i < lines.length) {
        let l = lines[i]!;
        if (quoted) l = l.replace(/^(?: {0,3}> ?){1,10}/, '');
        const t = l.trim();
        if (t.startsWith(marker[0]!.repeat(marker.length)) && /^(`+|~+)$/.test(t) && t[0] === marker[0]) {
          i++;
          break;
        }
        const ind = indentOf(l);
        body.push(l.slice(Math.min(ind, pad)));
        i++;
      }
      addCode(b, lang, body.join('\n'), lineNo + 1, true, lastHeading);
      prevBlank = false;
      continue;
    }

    // ATX heading
    if (indent <= 3 && !quoted) {
      const atx = ATX.exec(content);
      if (atx) {
        const text = plainOf(atxText(atx[2] ?? ''));
        addHeading(text, atx[1]!.length, lineNo, 'atx');
        // links in headings (badges, paper links) still count as links
        addInline(b, atx[2] ?? '', lineNo, lastHeading, false, false, () => undefined);
        prevBlank = false;
        i++;
        continue;
      }
    }

    // setext heading underline after a one-line-or-more paragraph
    if (para && !quoted && indent <= 3 && /^ {0,3}(=+|-+)[ \t]*$/.test(line)) {
      const p: { lines: string[]; start: number; list: boolean } = para;
      if (!p.list) {
        para = null;
        const raw = p.lines.join(' ');
        addHeading(plainOf(raw), line.trim()[0] === '=' ? 1 : 2, p.start, 'setext');
        addInline(b, raw, p.start, lastHeading, false, false, () => undefined);
        prevBlank = false;
        i++;
        continue;
      }
    }

    if (isThematicBreak(content)) {
      flushPara();
      prevBlank = true;
      inList = false;
      i++;
      continue;
    }

    // HTML block (comments, <p align="center">, <details>, <h2>...)
    if (!para && HTML_START.test(content)) {
      const start = i;
      const buf: string[] = [];
      if (/^ {0,3}<!--/.test(content)) {
        while (i < lines.length) {
          buf.push(lines[i]!);
          i++;
          if (lines[i - 1]!.includes('-->')) break;
        }
        // a comment is no content: skip it entirely
        prevBlank = false;
        continue;
      }
      while (i < lines.length && !isBlank(lines[i]!)) {
        buf.push(lines[i]!);
        i++;
      }
      addHtml(
        b,
        buf,
        start + 1,
        lastHeading,
        (text, depth, line) => addHeading(text, depth, line, 'html'),
        () => lastHeading,
      );
      prevBlank = false;
      continue;
    }

    // link reference definition
    if (!para) {
      const def = DEF.exec(content);
      if (def) {
        const label = def[1]!.trim().toLowerCase();
        if (!b.defs.has(label)) b.defs.set(label, def[2]!);
        i++;
        continue;
      }
    }

    // GFM table: a header row followed by a matching delimiter row
    if (content.includes('|') && i + 1 < lines.length) {
      let next = lines[i + 1]!;
      if (quoted) next = next.replace(/^(?: {0,3}> ?){1,10}/, '');
      const cols = isDelimiterRow(next);
      const header = splitRow(content);
      if (cols > 0 && cols === header.length) {
        flushPara();
        const rows: string[][] = [];
        const tableHeading = lastHeading;
        const headerPlain = cellsOf(b, content, lineNo, tableHeading);
        i += 2;
        while (i < lines.length) {
          let l = lines[i]!;
          if (quoted) l = l.replace(/^(?: {0,3}> ?){1,10}/, '');
          if (isBlank(l) || ATX.test(l) || FENCE.test(l) || (!l.includes('|') && isThematicBreak(l))) break;
          rows.push(cellsOf(b, l, i + 1, tableHeading));
          i++;
        }
        b.tables.push({
          header: headerPlain,
          rows,
          numericShare: numericShare(rows),
          numericColumns: numericColumns(rows),
          line: lineNo,
          endLine: i,
          heading: tableHeading,
        });
        prevBlank = false;
        continue;
      }
    }

    // list item: a paragraph of its own (never a heading)
    const item = LIST_ITEM.exec(content);
    if (item && !(para && !para.list && /^\d/.test(item[2]!) && item[2] !== '1.' && item[2] !== '1)')) {
      flushPara();
      inList = true;
      para = { lines: [content.slice(item[0].length)], start: lineNo, list: true };
      prevBlank = false;
      i++;
      continue;
    }

    if (para) {
      para.lines.push(content.trim());
    } else {
      const bold = !inList && !quoted && indent <= 3 ? boldHeadingText(content) : null;
      const nextLine = lines[i + 1];
      // a bold-only line that starts a paragraph (and is not underlined into a setext heading)
      if (bold && !(nextLine !== undefined && /^ {0,3}(=+|-+)[ \t]*$/.test(nextLine))) {
        addHeading(bold, Math.min(6, Math.max(1, lastDepth) + 1), lineNo, 'bold');
        prevBlank = false;
        i++;
        continue;
      }
      para = { lines: [content.trim()], start: lineNo, list: false };
    }
    prevBlank = false;
    i++;
  }
  flushPara();
  resolveRefs(b);
  return finish('markdown', lines.length, frontMatter, b, capped);
}

function addCode(
  b: Builder,
  lang: string | null,
  value: string,
  line: number,
  fenced: boolean,
  heading: number,
): void {
  b.code.push({ lang, value, line, fenced, heading });
  if (!value.includes('http') && !value.includes('www.')) return;
  const lines = value.split('\n');
  for (let k = 0; k < lines.length; k++) {
    for (const m of lines[k]!.matchAll(BARE_URL)) {
      const url = trimUrl(m[0]).replace(/["')\]]+$/, '');
      b.links.push({ url, text: url, line: line + k, image: false, inCode: true, heading });
    }
  }
}

function addInline(
  b: Builder,
  src: string,
  startLine: number,
  heading: number,
  inCode: boolean,
  inTable: boolean,
  onPlain: (plain: string) => void,
): void {
  if (src === '') return onPlain('');
  const r = scanInline(src);
  const lineAt = lineLocator(src, startLine);
  for (const l of r.links) {
    const link: MdLink = { url: l.url, text: l.text, line: lineAt(l.offset), image: l.image, heading };
    if (inCode) link.inCode = true;
    if (inTable) link.inTable = true;
    b.links.push(link);
  }
  for (const ref of r.refs) b.pendingRefs.push({ ...ref, line: lineAt(ref.offset), heading, inTable });
  onPlain(r.plain);
}

/** The plain text of a table row's cells; their links go to the builder. */
function cellsOf(b: Builder, row: string, line: number, heading: number): string[] {
  return splitRow(row).map((cell) => {
    let plain = '';
    addInline(b, cell, line, heading, false, true, (p) => {
      plain = p;
    });
    return plain;
  });
}

function resolveRefs(b: Builder): void {
  for (const ref of b.pendingRefs) {
    const url = b.defs.get(ref.label.trim().toLowerCase().replace(/\s+/g, ' '));
    if (!url) continue;
    const link: MdLink = { url, text: ref.text, line: ref.line, image: ref.image, heading: ref.heading };
    if (ref.inTable) link.inTable = true;
    b.links.push(link);
  }
  b.links.sort((x, y) => x.line - y.line);
}

function addHtml(
  b: Builder,
  buf: string[],
  startLine: number,
  heading: number,
  onHeading: (text: string, depth: number, line: number) => void,
  currentHeading: () => number,
): void {
  let h = heading;
  let textBuf: string[] = [];
  let textStart = startLine;
  const flush = () => {
    const t = textBuf.join(' ');
    const endLine = textStart + textBuf.length - 1;
    textBuf = [];
    const plain = stripEmphasis(t.replace(/<[^<>]{0,500}>/g, ' '))
      .replace(/\s+/g, ' ')
      .trim();
    if (plain !== '') b.paragraphs.push({ text: plain, line: textStart, endLine, list: false, heading: h });
  };
  // drop comments (also those spanning lines) but keep the line count
  const lines = blankComments(buf.join('\n')).split('\n');
  let table: { start: number; lines: string[] } | null = null;
  const flushTable = () => {
    if (!table) return;
    const t = htmlTable(table.lines.join('\n'));
    if (t)
      b.tables.push({ ...t, line: table.start, endLine: table.start + table.lines.length - 1, heading: h });
    table = null;
  };
  for (let k = 0; k < lines.length; k++) {
    const noComments = lines[k]!;
    const lineNo = startLine + k;
    if (!table && /<(?:table|tr)[\s>]/i.test(noComments)) {
      flush();
      table = { start: lineNo, lines: [] };
    }
    for (const m of htmlLinks(noComments)) {
      const link: MdLink = { url: m.url, text: m.alt, line: lineNo, image: m.image, heading: h };
      if (table) link.inTable = true;
      b.links.push(link);
    }
    if (table) {
      table.lines.push(noComments);
      if (/<\/table>/i.test(noComments)) flushTable();
      continue;
    }
    const hm = /<h([1-6])\b[^<>]{0,500}>(.{0,500}?)<\/h\1>/i.exec(noComments);
    if (hm) {
      flush();
      const text = stripEmphasis(hm[2]!.replace(/<[^<>]{0,500}>/g, ' '))
        .replace(/\s+/g, ' ')
        .trim();
      if (text !== '') {
        onHeading(text, Number(hm[1]), lineNo);
        h = currentHeading();
      }
      continue;
    }
    // markdown links inside HTML blocks are not rendered by GitHub, but bare URLs in text are worth keeping
    if (textBuf.length === 0) textStart = lineNo;
    textBuf.push(noComments);
  }
  flush();
  flushTable();
}

function htmlText(s: string): string {
  return stripEmphasis(s.replace(/<[^<>]{0,500}>/g, ' '))
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Index of the next `<tag` (exactly that tag: `<th` does not find `<thead`), or -1. */
function findTag(lower: string, tag: string, from: number): number {
  let i = lower.indexOf(tag, from);
  while (i >= 0) {
    const next = lower.charCodeAt(i + tag.length);
    // '>', '/', whitespace or the end
    if (Number.isNaN(next) || next === 62 || next === 47 || next <= 32) return i;
    i = lower.indexOf(tag, i + tag.length);
  }
  return -1;
}

/** Rows of an HTML table: `<tr>` elements with `<th>`/`<td>` cells; leading all-`<th>` rows are the header. */
function htmlTable(src: string): Omit<MdTable, 'line' | 'endLine' | 'heading'> | null {
  const lower = src.toLowerCase();
  const header: string[] = [];
  const rows: string[][] = [];
  let at = 0;
  for (let n = 0; n < 5000; n++) {
    const tr = findTag(lower, '<tr', at);
    if (tr < 0) break;
    let end = findTag(lower, '</tr', tr);
    const nextTr = findTag(lower, '<tr', tr + 3);
    if (end < 0 || (nextTr >= 0 && nextTr < end)) end = nextTr >= 0 ? nextTr : src.length;
    const row = src.slice(tr, end);
    const rowLower = lower.slice(tr, end);
    const cells: string[] = [];
    let allTh = true;
    let c = 0;
    for (let m = 0; m < 500; m++) {
      const td = findTag(rowLower, '<td', c);
      const th = findTag(rowLower, '<th', c);
      const open = td < 0 ? th : th < 0 ? td : Math.min(td, th);
      if (open < 0) break;
      if (open === td) allTh = false;
      const tagEnd = rowLower.indexOf('>', open);
      if (tagEnd < 0) break;
      let close = findTag(rowLower, open === td ? '</td' : '</th', tagEnd);
      if (close < 0) close = row.length;
      cells.push(htmlText(row.slice(tagEnd + 1, close)));
      c = close + 1;
    }
    if (cells.length > 0) {
      if (allTh && rows.length === 0) header.push(...cells);
      else rows.push(cells);
    }
    at = end;
  }
  if (header.length === 0 && rows.length === 0) return null;
  return { header, rows, numericShare: numericShare(rows), numericColumns: numericColumns(rows) };
}

function finish(
  format: 'markdown' | 'rst',
  lineCount: number,
  frontMatter: FrontMatter | null,
  b: Builder,
  capped: { truncated: boolean; notices: string[] },
): MdOutline {
  const sections: MdSection[] = [];
  const stack: number[] = [];
  for (let k = 0; k < b.headings.length; k++) {
    const h = b.headings[k]!;
    while (stack.length > 0 && b.headings[stack[stack.length - 1]!]!.depth >= h.depth) stack.pop();
    sections.push({
      index: k,
      heading: h,
      startLine: h.line,
      endLine: lineCount,
      headingEnd: b.headings.length,
      parent: stack[stack.length - 1] ?? -1,
    });
    stack.push(k);
  }
  for (let k = 0; k < sections.length; k++) {
    const s = sections[k]!;
    for (let j = k + 1; j < sections.length; j++) {
      if (sections[j]!.heading.depth <= s.heading.depth) {
        s.headingEnd = j;
        s.endLine = Math.max(s.startLine, sections[j]!.heading.line - 1);
        break;
      }
    }
  }
  return {
    format,
    lineCount,
    frontMatter,
    headings: b.headings,
    sections,
    code: b.code,
    tables: b.tables,
    links: b.links,
    paragraphs: b.paragraphs,
    truncated: capped.truncated,
    notices: capped.notices,
  };
}

// ---------------------------------------------------------------------------------------------------------
// reStructuredText

const RST_ADORNMENT = /^([=\-~^"'`#*+:._<>!$%&,;?@\\|/])\1{2,}\s*$/;
const RST_CODE_DIRECTIVE = /^\.\.\s+(?:code-block|code|sourcecode|prompt)::\s*([\w+-]{0,40})/;

export function parseRst(input: string, options: ParseOptions = {}): MdOutline {
  const capped = cap(input ?? '', options);
  const lines = splitLines(capped.text);
  const b = newBuilder();
  const styles: string[] = [];
  let lastHeading = -1;
  let para: { lines: string[]; start: number; list: boolean } | null = null;
  let i = 0;

  const flushPara = () => {
    if (!para) return;
    const p = para;
    para = null;
    const src = p.lines.join('\n');
    addRstInline(b, src, p.start, lastHeading);
    const plain = src
      .replace(/`([^`<]{0,500})<[^<>`]{1,2000}>`_{1,2}/g, (_m, t: string) => t.trimEnd())
      .replace(/:[\w-]{1,30}:`([^`]{0,500})`/g, '$1')
      .replace(/[*`]+/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (plain !== '') {
      b.paragraphs.push({
        text: plain,
        line: p.start,
        endLine: p.start + p.lines.length - 1,
        list: p.list,
        heading: lastHeading,
      });
    }
  };
  const depthOf = (style: string) => {
    let k = styles.indexOf(style);
    if (k < 0) {
      styles.push(style);
      k = styles.length - 1;
    }
    return Math.min(6, k + 1);
  };
  const readIndented = (from: number): { body: string[]; next: number } => {
    let k = from;
    while (k < lines.length && isBlank(lines[k]!)) k++;
    const body: string[] = [];
    const base = k < lines.length ? indentOf(lines[k]!) : 0;
    if (base === 0) return { body, next: from };
    while (k < lines.length && (isBlank(lines[k]!) || indentOf(lines[k]!) >= base)) {
      body.push(lines[k]!.slice(base));
      k++;
    }
    while (body.length > 0 && body[body.length - 1]!.trim() === '') body.pop();
    return { body, next: k };
  };

  const firstNonBlank = (from: number) => {
    let k = from;
    while (k < lines.length && isBlank(lines[k]!)) k++;
    return k;
  };

  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      flushPara();
      i++;
      continue;
    }
    const next = lines[i + 1];
    const trimmed = line.trimEnd();
    // overlined heading: ===== / Title / =====
    if (RST_ADORNMENT.test(trimmed) && next !== undefined && !isBlank(next) && lines[i + 2] !== undefined) {
      const under = lines[i + 2]!.trimEnd();
      if (under === trimmed && !RST_ADORNMENT.test(next.trim())) {
        flushPara();
        b.headings.push({ text: next.trim(), depth: depthOf(`o${trimmed[0]}`), line: i + 2, kind: 'rst' });
        lastHeading = b.headings.length - 1;
        i += 3;
        continue;
      }
    }
    // underlined heading: Title / =====
    if (
      !para &&
      indentOf(line) === 0 &&
      next !== undefined &&
      RST_ADORNMENT.test(next.trimEnd()) &&
      next.trimEnd().length >= Math.min(trimmed.length, 3) &&
      !RST_ADORNMENT.test(trimmed)
    ) {
      b.headings.push({
        text: plainRstTitle(trimmed),
        depth: depthOf(`u${next.trim()[0]}`),
        line: i + 1,
        kind: 'rst',
      });
      lastHeading = b.headings.length - 1;
      i += 2;
      continue;
    }
    // code directives
    const directive = RST_CODE_DIRECTIVE.exec(line.trim());
    if (directive && indentOf(line) === 0) {
      flushPara();
      let k = i + 1;
      while (k < lines.length && /^\s+:[\w-]{1,40}:/.test(lines[k]!)) k++; // directive options
      const { body, next: after } = readIndented(k);
      const start = after > k ? firstNonBlank(k) + 1 : i + 2;
      addCode(b, directive[1]!.toLowerCase() || null, body.join('\n'), start, true, lastHeading);
      i = Math.max(after, i + 1);
      continue;
    }
    // images and figures
    const img = /^\.\.\s+(?:image|figure)::\s*(\S{1,2000})/.exec(line.trim());
    if (img) {
      flushPara();
      b.links.push({ url: img[1]!, text: '', line: i + 1, image: true, heading: lastHeading });
      i++;
      while (i < lines.length && !isBlank(lines[i]!) && indentOf(lines[i]!) > 0) {
        const t = /^\s+:target:\s*(\S{1,2000})/.exec(lines[i]!);
        if (t) b.links.push({ url: t[1]!, text: '', line: i + 1, image: false, heading: lastHeading });
        i++;
      }
      continue;
    }
    // hyperlink targets: .. _name: url
    const target = /^\.\.\s+_([^:]{1,200}):\s*(\S{1,2000})/.exec(line.trim());
    if (target) {
      flushPara();
      b.links.push({
        url: target[2]!,
        text: target[1]!.replace(/^`|`$/g, ''),
        line: i + 1,
        image: false,
        heading: lastHeading,
      });
      i++;
      continue;
    }
    // grid tables
    if (/^\+[-=+]{3,}\+?\s*$/.test(line.trim()) && indentOf(line) <= 3) {
      flushPara();
      const start = i;
      const rows: string[][] = [];
      let header: string[] | null = null;
      i++;
      while (i < lines.length && /^\s*[+|]/.test(lines[i]!)) {
        const l = lines[i]!.trim();
        if (l.startsWith('|')) {
          rows.push(splitRow(l));
          addRstInline(b, l, i + 1, lastHeading, true);
        } else if (header === null && l.includes('=') && rows.length > 0) {
          // "+====+" closes the header: its rows (a multi-line header) merge cell by cell
          header = rows[0]!.map((_, c) =>
            rows
              .map((r) => r[c] ?? '')
              .join(' ')
              .trim(),
          );
          rows.length = 0;
        }
        i++;
      }
      b.tables.push({
        header: header ?? [],
        rows,
        numericShare: numericShare(rows),
        numericColumns: numericColumns(rows),
        line: start + 1,
        endLine: i,
        heading: lastHeading,
      });
      continue;
    }
    // other directives (note, warning, ...): their indented body reads as text
    if (/^\.\.\s/.test(line.trim()) && indentOf(line) === 0) {
      flushPara();
      i++;
      continue;
    }
    // literal block after "::" (a paragraph ending in "::", or "::" alone)
    if (trimmed.endsWith('::')) {
      const rest = trimmed.trim() === '::' ? '' : trimmed.trim().replace(/::$/, ':');
      if (rest !== '') {
        if (para) para.lines.push(rest);
        else para = { lines: [rest], start: i + 1, list: false };
      }
      flushPara();
      const { body, next: after } = readIndented(i + 1);
      if (body.length > 0) addCode(b, null, body.join('\n'), firstNonBlank(i + 1) + 1, false, lastHeading);
      i = Math.max(after, i + 1);
      continue;
    }
    const item = /^\s*(?:[-*+•]|\d{1,9}[.)]|#\.)\s+/.exec(line);
    if (item) {
      flushPara();
      para = { lines: [line.slice(item[0].length)], start: i + 1, list: true };
      i++;
      continue;
    }
    if (para) para.lines.push(trimmed.trim());
    else para = { lines: [trimmed.trim()], start: i + 1, list: false };
    i++;
  }
  flushPara();
  b.links.sort((x, y) => x.line - y.line);
  return finish('rst', lines.length, null, b, capped);
}

function plainRstTitle(s: string): string {
  return s.replace(/[*`]+/g, '').replace(/\s+/g, ' ').trim();
}

function addRstInline(b: Builder, src: string, startLine: number, heading: number, inTable = false): void {
  const lineAt = lineLocator(src, startLine);
  const spans: [number, number, string][] = [];
  for (const m of src.matchAll(/`([^`<]{0,500})<([^<>`\s]{1,2000})>`_{1,2}/g)) {
    const link: MdLink = { url: m[2]!, text: m[1]!.trim(), line: lineAt(m.index), image: false, heading };
    if (inTable) link.inTable = true;
    b.links.push(link);
    spans.push([m.index, m.index + m[0].length, '']);
  }
  const covered = intervals(spans);
  for (const m of src.matchAll(BARE_URL)) {
    if (covered(m.index)) continue;
    const url = trimUrl(m[0]);
    const link: MdLink = { url, text: url, line: lineAt(m.index), image: false, heading };
    if (inTable) link.inTable = true;
    b.links.push(link);
  }
}
