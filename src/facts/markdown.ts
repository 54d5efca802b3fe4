// An outline of a Markdown (GFM) or reStructuredText document: headings, sections, code blocks, tables,
// links and paragraph text, each with its 1-based line in the original file.
//
// Markdown syntax comes from marked's lexer (GFM: ATX and setext headings, fenced and indented code, tables,
// lists, block quotes, HTML blocks, links, autolinks, reference links). micromark (mdast-util-from-markdown)
// needs roughly a second for a 100 KB README on the machines this runs on; marked's lexer a few milliseconds.
// Its tokens carry no positions, so lines come from finding each token's `raw` in the text it was lexed from.
// On top of the tokens sit the conventions of ML READMEs and model cards: bold-only paragraphs as headings,
// <h1>-<h6> and <table> inside HTML blocks, the numeric share of table cells, template placeholders.
// reStructuredText has no comparable library for JavaScript; a small line-based reader handles it below.
// Nothing here throws: the lexer is wrapped, and input is capped (MAX_MARKDOWN_CHARS, lines at MAX_LINE).
import { extractFrontMatter, type FrontMatter } from '../util/frontmatter.ts';
import { firstHtmlHeading, trimTrailingAny } from '../util/text.ts';
import type { Snapshot } from '../source/types.ts';
import { Lexer, Tokenizer, type Token, type Tokens } from 'marked';

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
// sentences the Hugging Face model-card template writes itself (the "Recommendations" filler included)
const TEMPLATE_SENTENCES =
  /use the code below to get started with the model\.?|users \(both direct and downstream\) should be made aware of the risks, biases and limitations of the model\.?|more information needed for further recommendations\.?/gi;

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
// Links in HTML, code and RST text

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

function stripEmphasis(s: string): string {
  if (!/[*_~`]/.test(s)) return s;
  return s
    .replace(/\*\*|__|~~/g, '')
    .replace(/(^|[\s(])[*_]{1,3}|[*_]{1,3}($|[\s).,:;!?])/g, '$1$2')
    .replace(/`+/g, '');
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

// ---------------------------------------------------------------------------------------------------------
// Shared by both readers: the builder, the input cap, lines

interface Builder {
  headings: MdHeading[];
  code: MdCodeBlock[];
  tables: MdTable[];
  links: MdLink[];
  paragraphs: MdParagraph[];
}

function newBuilder(): Builder {
  return { headings: [], code: [], tables: [], links: [], paragraphs: [] };
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

/** Cells of a table row (`| a | b |`), as in an RST grid table. */
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

// ---------------------------------------------------------------------------------------------------------
// Markdown: block and inline structure from marked's lexer, read into the outline

type Context = 'top' | 'list' | 'quote';

const MAX_RUN = 64;
const LONG_RUN = / {65,}|\*{65,}|_{65,}/g;
const shortRun = (run: string) => run.slice(0, MAX_RUN);

/** The text the lexer reads: the capped lines (each cut at MAX_LINE), front matter blanked. */
function lexerSource(lines: string[], frontMatterEnd: number): string {
  // front matter lines become blank lines, so that every token keeps its line in the file; runs of more
  // than MAX_RUN spaces, `*` or `_` (ASCII art, padding, garbage) are shortened, as marked's emphasis and
  // hard-break rules are quadratic in the length of such a run
  return lines
    .map((l, k) => (k < frontMatterEnd ? '' : l.length > MAX_RUN ? l.replace(LONG_RUN, shortRun) : l))
    .join('\n');
}

/** inline text longer than this is lexed in pieces of about INLINE_PIECE characters, cut at line ends */
const INLINE_WHOLE = 8000;
const INLINE_PIECE = 4000;
/** a piece with more `*`, `_` or `~` than this is lexed without emphasis and strikethrough */
const MAX_DELIMITERS = 128;

/** Emphasis and strikethrough off: marked matches them in time quadratic in the number of delimiters. */
class PlainTokenizer extends Tokenizer {
  override emStrong(): undefined {
    return undefined;
  }
  override del(): undefined {
    return undefined;
  }
}

interface Lexers {
  main: Lexer;
  plain: Lexer | null;
}

/**
 * marked's `lex` (block tokens, then the inline tokens of each block), with two guards against its
 * worst cases, which only lose markup the outline drops anyway: a long paragraph is lexed inline in pieces
 * of whole lines (marked's inline rules look ahead to the end of their input for a closing delimiter, so
 * unclosed `<!--` or `` ` `` make one long paragraph quadratic; only a link across a cut in a paragraph
 * over 8 KB is lost), and a piece crowded with `*`, `_` or `~` is lexed without emphasis.
 */
function lexMarkdown(lexers: Lexers, src: string): Token[] {
  const lexer = lexers.main;
  const tokens = lexer.blockTokens(src, lexer.tokens);
  for (const { src: text, tokens: into } of lexer.inlineQueue) lexInline(lexers, text, into);
  lexer.inlineQueue = [];
  return tokens;
}

/** Inline tokens of `text` into `into`, in pieces of whole lines when it is long (see lexMarkdown). */
function lexInline(lexers: Lexers, text: string, into: Token[]): Token[] {
  if (text.length <= INLINE_WHOLE) return lexPiece(lexers, text, into);
  for (let at = 0; at < text.length;) {
    let end = text.length;
    if (at + INLINE_PIECE < text.length) {
      const cut = text.lastIndexOf('\n', at + INLINE_PIECE);
      const next = text.indexOf('\n', at + INLINE_PIECE);
      end = cut > at ? cut + 1 : next >= 0 ? next + 1 : text.length;
    }
    lexPiece(lexers, text.slice(at, end), into);
    at = end;
  }
  return into;
}

function lexPiece(lexers: Lexers, piece: string, into: Token[]): Token[] {
  let delimiters = 0;
  for (let k = 0; k < piece.length && delimiters <= MAX_DELIMITERS; k++) {
    const c = piece.charCodeAt(k);
    if (c === 42 || c === 95 || c === 126) delimiters++; // * _ ~
  }
  if (delimiters <= MAX_DELIMITERS) return lexers.main.inlineTokens(piece, into);
  if (!lexers.plain) {
    lexers.plain = new Lexer({ gfm: true, tokenizer: new PlainTokenizer() });
    lexers.plain.tokens.links = lexers.main.tokens.links;
  }
  // the text token before the piece may take in the piece's first text
  const from = Math.max(0, into.length - 1);
  lexers.plain.inlineTokens(piece, into);
  for (let k = from; k < into.length; k++) {
    const t = into[k]!;
    if (t.type === 'text') t.text = stripEmphasis(t.text);
  }
  return into;
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let k = s.indexOf('\n', from); k >= 0 && k < to; k = s.indexOf('\n', k + 1)) n++;
  return n;
}

/** Where `raw` starts in `src` at or shortly after `cursor`, or -1; bounded work whatever the input. */
function locate(src: string, raw: string, cursor: number): number {
  if (raw === '' || src.startsWith(raw, cursor)) return cursor;
  // what the lexer drops between tokens (quote markers, indentation, blank lines) is short
  const probe = raw.slice(0, 64);
  const window = src.slice(cursor, cursor + 4096 + probe.length);
  let at = window.indexOf(probe);
  for (let tries = 0; at >= 0 && tries < 16; tries++) {
    if (src.startsWith(raw, cursor + at)) return cursor + at;
    at = window.indexOf(probe, at + 1);
  }
  return -1;
}

/**
 * The line of each token: its `raw` is looked up in `src`, the text the tokens were lexed from (the document,
 * a block quote's text without its markers, a list item's text without its indentation), from a cursor after
 * the previous token. Tokens do not always carry the newline that separates them (a table followed by a
 * lazy paragraph line), so raws are found rather than summed; a raw that is not found keeps the cursor.
 */
function tokenLines(tokens: readonly { raw?: string }[], src: string, line: number): number[] {
  const out: number[] = [];
  let cursor = 0;
  let counted = 0;
  let ln = line;
  for (const t of tokens) {
    const raw = t.raw ?? '';
    const found = locate(src, raw, cursor);
    const at = found < 0 ? cursor : found;
    if (at > counted) {
      ln += countNewlines(src, counted, at);
      counted = at;
    }
    out.push(ln);
    if (found >= 0) cursor = found + raw.length;
  }
  return out;
}

function lastLineOf(raw: string, line: number): number {
  const s = raw.trimEnd();
  return line + countNewlines(s, 0, s.length);
}

/** Reads marked's tokens into the builder: the ML-README conventions live here, the syntax in marked. */
class OutlineReader {
  lastHeading = -1;
  /** depth of the last real (non-bold) heading: bold pseudo-headings sit one level below it */
  lastDepth = 0;
  /** reference-style links, listed after the inline links of their line */
  refLinks: MdLink[] = [];

  constructor(
    readonly b: Builder,
    readonly lexers: Lexers,
    readonly lineCount: number,
  ) {}

  line(n: number): number {
    return Math.min(Math.max(1, n), Math.max(1, this.lineCount));
  }

  blocks(tokens: readonly Token[], src: string, line: number, ctx: Context): void {
    const lines = tokenLines(tokens, src, line);
    for (let k = 0; k < tokens.length; k++) this.block(tokens[k]!, lines[k]!, ctx);
  }

  addHeading(text: string, depth: number, line: number, kind: HeadingKind): void {
    this.b.headings.push({ text, depth, line: this.line(line), kind });
    this.lastHeading = this.b.headings.length - 1;
    if (kind !== 'bold') this.lastDepth = depth;
  }

  block(t: Token, line: number, ctx: Context): void {
    switch (t.type) {
      case 'heading': {
        // inside list items and block quotes a heading reads as text, as it always did for the outline
        if (ctx !== 'top') return this.paragraph(t.tokens ?? [], t.raw, line, ctx);
        const kind = /^ {0,3}#/.test(t.raw) ? 'atx' : 'setext';
        const links: MdLink[] = [];
        const refs = this.refLinks.length;
        const text = this.inline(t.tokens ?? [], t.raw, line, false, links);
        this.addHeading(text, t.depth as number, line, kind);
        // links in headings (badges, paper links) still count as links, under the heading they make
        for (const l of links) l.heading = this.lastHeading;
        for (const l of this.refLinks.slice(refs)) l.heading = this.lastHeading;
        this.b.links.push(...links);
        return;
      }
      case 'code': {
        const fenced = t.codeBlockStyle !== 'indented';
        const lang = fenced
          ? ((t.lang as string | undefined) ?? '')
              .trim()
              .split(/\s/, 1)[0]!
              .replace(/^\{\.?|\}$/g, '')
              .toLowerCase() || null
          : null;
        addCode(
          this.b,
          lang,
          t.text as string,
          this.line(fenced ? line + 1 : line),
          fenced,
          this.lastHeading,
        );
        return;
      }
      case 'table':
        return this.table(t as Tokens.Table, line);
      case 'blockquote':
        // a quote inside a list item is still list content
        return this.blocks(t.tokens ?? [], t.text as string, line, ctx === 'list' ? 'list' : 'quote');
      case 'list': {
        const items = (t as Tokens.List).items;
        const lines = tokenLines(items, t.raw, line);
        for (let k = 0; k < items.length; k++)
          this.blocks(items[k]!.tokens, items[k]!.text, lines[k]!, 'list');
        return;
      }
      case 'paragraph':
        if (ctx === 'top' && this.boldHeading(t as Tokens.Paragraph, line)) return;
        return this.paragraph(t.tokens ?? [], t.raw, line, ctx);
      case 'text':
        // the text of a tight list item: inline tokens, or plain text
        if (t.tokens) return this.paragraph(t.tokens, t.raw, line, ctx);
        return this.paragraph([{ type: 'text', raw: t.raw, text: t.text as string }], t.raw, line, ctx);
      case 'html':
        return addHtml(
          this.b,
          t.raw.trimEnd().split('\n'),
          line,
          this.lastHeading,
          (text, depth, at) => this.addHeading(text, depth, at, 'html'),
          () => this.lastHeading,
        );
      default:
        // space, hr, def (marked resolves reference links itself), and anything newer
        return;
    }
  }

  /**
   * A paragraph whose first lines are only bold text (`**Training**`, `__Usage:__`) opens with pseudo-headings,
   * one per line; the rest of it stays a paragraph.
   */
  boldHeading(t: Tokens.Paragraph, line: number): boolean {
    const nl = t.text.indexOf('\n');
    if (!boldHeadingText(nl < 0 ? t.text : t.text.slice(0, nl))) return false;
    const textLines = t.text.split('\n');
    let k = 0;
    for (; k < textLines.length; k++) {
      const bold = boldHeadingText(textLines[k]!);
      if (!bold) break;
      this.addHeading(bold, Math.min(6, Math.max(1, this.lastDepth) + 1), line + k, 'bold');
    }
    if (k < textLines.length) {
      const rest = textLines.slice(k).join('\n');
      this.paragraph(lexInline(this.lexers, rest, []), rest, line + k, 'top');
    }
    return true;
  }

  paragraph(tokens: readonly Token[], raw: string, line: number, ctx: Context): void {
    const text = this.inline(tokens, raw, line, false, this.b.links);
    if (text === '') return;
    this.b.paragraphs.push({
      text,
      line: this.line(line),
      endLine: this.line(lastLineOf(raw, line)),
      list: ctx === 'list',
      heading: this.lastHeading,
    });
  }

  table(t: Tokens.Table, line: number): void {
    const cells = (cs: Tokens.TableCell[], at: number) =>
      cs.map((c) => this.inline(c.tokens, c.text, at, true, this.b.links));
    const header = cells(t.header, line);
    const rows = t.rows.map((r, k) => cells(r, line + 2 + k));
    this.b.tables.push({
      header,
      rows,
      numericShare: numericShare(rows),
      numericColumns: numericColumns(rows),
      line: this.line(line),
      endLine: this.line(lastLineOf(t.raw, line)),
      heading: this.lastHeading,
    });
  }

  /** Plain text of inline tokens; their links go to `links` (reference links to `refLinks`). */
  inline(tokens: readonly Token[], src: string, line: number, inTable: boolean, links: MdLink[]): string {
    const parts: string[] = [];
    this.inlineInto(tokens, src, line, inTable, links, parts);
    return parts.join('').replace(/\s+/g, ' ').trim();
  }

  inlineInto(
    tokens: readonly Token[],
    src: string,
    line: number,
    inTable: boolean,
    links: MdLink[],
    parts: string[],
  ): void {
    const lines = tokenLines(tokens, src, line);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const at = this.line(lines[k]!);
      const push = (url: string, text: string, image: boolean, ref = false) => {
        const link: MdLink = { url, text, line: at, image, heading: this.lastHeading };
        if (inTable) link.inTable = true;
        (ref ? this.refLinks : links).push(link);
      };
      switch (t.type) {
        case 'link': {
          const inner: string[] = [];
          this.inlineInto(t.tokens ?? [], t.raw, at, inTable, links, inner);
          const text = inner.join('').replace(/\s+/g, ' ').trim();
          parts.push(text);
          const bare = !t.raw.startsWith('[');
          // an autolinked e-mail address (`<a@b.org>`, GFM's bare `a@b.org`) is no paper, model or data
          if (bare && (t.href as string).startsWith('mailto:')) break;
          let url = t.href as string;
          if (bare && !t.raw.startsWith('<')) {
            url = t.raw.startsWith('www.') ? `https://${t.raw}` : t.raw;
            // "[text][https://...]" with no such reference, "<www.x.org>": the bracket closes the text, not the URL
            const last = url[url.length - 1];
            if ((last === ']' && !url.includes('[')) || (last === '>' && !url.includes('<')))
              url = url.slice(0, -1);
          }
          push(url, text, false, t.raw.startsWith('[') && !t.raw.endsWith(')'));
          break;
        }
        case 'image':
          parts.push(t.text as string);
          push(t.href as string, t.text as string, true, !t.raw.endsWith(')'));
          break;
        case 'html': {
          // inline <a href>, <img src>; comments and tags are no text
          for (const m of htmlLinks(blankComments(t.raw))) push(m.url, m.alt, m.image);
          parts.push(' ');
          break;
        }
        case 'br':
          parts.push(' ');
          break;
        case 'strong':
        case 'em':
        case 'del':
          this.inlineInto(t.tokens ?? [], t.raw, at, inTable, links, parts);
          break;
        default: {
          // text, escape, codespan, and tokens of extensions
          const g = t as Tokens.Generic;
          if (g.tokens && g.tokens.length > 0) this.inlineInto(g.tokens, g.raw, at, inTable, links, parts);
          else if (typeof g.text === 'string') parts.push(g.text);
        }
      }
    }
  }
}

export function parseMarkdown(input: string, options: ParseOptions = {}): MdOutline {
  const capped = cap(typeof input === 'string' ? input : '', options);
  const lines = splitLines(capped.text);
  const frontMatter = readFrontMatter(capped.text);
  const src = lexerSource(lines, frontMatter ? frontMatter.endLine : 0);
  const b = newBuilder();
  try {
    const lexers: Lexers = { main: new Lexer({ gfm: true }), plain: null };
    const tokens = lexMarkdown(lexers, src);
    const reader = new OutlineReader(b, lexers, lines.length);
    reader.blocks(tokens, src, 1, 'top');
    b.links.push(...reader.refLinks);
  } catch (e) {
    // marked should never throw on text; if it does, an empty outline and a notice beat a crash
    const message = e instanceof Error ? e.message : String(e);
    return finish('markdown', lines.length, frontMatter, newBuilder(), {
      truncated: capped.truncated,
      notices: [...capped.notices, `The Markdown could not be read (${message.slice(0, 200)}); no outline.`],
    });
  }
  b.links.sort((x, y) => x.line - y.line);
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
      const url = trimTrailingAny(trimUrl(m[0]), `"')]`);
      b.links.push({ url, text: url, line: line + k, image: false, inCode: true, heading });
    }
  }
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
    const hm = firstHtmlHeading(noComments);
    if (hm) {
      flush();
      const text = stripEmphasis(hm.inner.replace(/<[^<>]{0,500}>/g, ' '))
        .replace(/\s+/g, ' ')
        .trim();
      if (text !== '') {
        onHeading(text, hm.level, lineNo);
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
