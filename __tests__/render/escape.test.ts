import { describe, expect, it } from 'vitest';
import {
  escapeCommandData,
  escapeCommandProperty,
  escapeHtml,
  escapeLogLine,
  escapeMarkdown,
  truncate,
  workflowCommand,
} from '../../src/render/escape.ts';
import { cmark, hasCmark, textOf } from './cmark.ts';

const WJ = '\u2060';

// Repository text an attacker controls on a pull request, and what it must not become once rendered.
const attacks = [
  '@octocat please look',
  'cc @github/security-team',
  'fixes #1234 and GH-5',
  '[click me](https://evil.example/x)',
  '![pixel](https://evil.example/p.png)',
  'https://evil.example/autolink',
  'www.evil.example',
  'mail me: someone@evil.example',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<details open><summary>x</summary>',
  '<!-- hidden -->',
  'a | b | c',
  'line one\nline two\r\n| x | y |',
  '`code` and ``more``',
  '**bold** _it_ ~~strike~~',
  '# heading',
  '> quote',
  '- item',
  '1. item',
  '&lt;img&gt; &amp;',
  'back\\slash\\',
  'trojan \u202Esource\u2066',
  '<https://evil.example>',
  '[ref]: https://evil.example',
];

describe('escapeMarkdown', () => {
  it('keeps plain words and keeps everything on one line', () => {
    expect(escapeMarkdown('train model')).toBe('train model');
    expect(escapeMarkdown('a\nb\r\nc\td')).not.toMatch(/[\n\r\t]/);
  });

  it('breaks mentions, references and URLs with a word joiner', () => {
    expect(escapeMarkdown('@octocat')).toBe(`\\@${WJ}octocat`);
    expect(escapeMarkdown('#12')).toBe(`\\#${WJ}12`);
    expect(escapeMarkdown('https://x.io')).toContain(`\\:${WJ}\\/\\/`);
    expect(escapeMarkdown('www.x.io')).toContain(`www${WJ}\\.`);
  });

  it('turns HTML into entities', () => {
    expect(escapeMarkdown('<b>&')).toBe('&lt;b&gt;&amp;');
  });

  it.skipIf(!hasCmark)('renders every attack as inert text in a table cell (cmark-gfm)', () => {
    const rows = attacks.map((a) => `| ${escapeMarkdown(a)} | end |`).join('\n');
    const html = cmark(`| text | marker |\n|---|---|\n${rows}\n`);
    expect(html).not.toMatch(/<a |<img|<script|<details|<!--|<code|<strong|<em|<del|<h1|<blockquote|<li/);
    // each row kept exactly its two cells
    const trs = html.split('<tr>').slice(2);
    expect(trs).toHaveLength(attacks.length);
    for (const tr of trs) expect(tr.match(/<td>/g)).toHaveLength(2);
    // the visible text is the original (newlines and controls become spaces, word joiners are invisible)
    const cells = trs.map((tr) => textOf(/<td>([\s\S]*?)<\/td>/.exec(tr)![1]!).replaceAll(WJ, ''));
    attacks.forEach((a, i) => {
      const expected = a.replace(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/g, ' ');
      expect(cells[i]).toBe(expected.trim());
    });
    // and GitHub's mention / reference / URL patterns no longer match the visible text
    const visible = trs.map((tr) => textOf(tr));
    for (const v of visible) {
      expect(v).not.toMatch(/(^|\s)@[A-Za-z0-9]/);
      expect(v).not.toMatch(/#\d/);
      expect(v).not.toMatch(/GH-\d/);
      expect(v).not.toMatch(/https?:\/\//);
      expect(v).not.toMatch(/www\./);
    }
  });

  it.skipIf(!hasCmark)('renders attacks inertly in a list item and a paragraph', () => {
    const md =
      attacks.map((a) => `- **title**: ${escapeMarkdown(a)}`).join('\n') +
      '\n\n' +
      attacks.map(escapeMarkdown).join(' ');
    const html = cmark(md);
    expect(html).not.toMatch(/<a |<img|<script|<details|<!--|<code|<em|<del|<h1|<blockquote/);
    expect(html.match(/<li>/g)).toHaveLength(attacks.length);
  });
});

describe('escapeHtml', () => {
  it('escapes markup and breaks mentions', () => {
    expect(escapeHtml('<a href="x">@me #1</a>')).toBe(
      `&lt;a href=&quot;x&quot;&gt;@${WJ}me #${WJ}1&lt;/a&gt;`,
    );
  });
});

describe('workflow commands', () => {
  it('escapes data and properties per the runner rules', () => {
    expect(escapeCommandData('100%\r\nnext')).toBe('100%25%0D%0Anext');
    expect(escapeCommandProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('formats a command on one line and leaves out empty properties', () => {
    expect(workflowCommand('warning', { file: 'a,b.py', line: 3, title: undefined }, 'x\n::error::y')).toBe(
      '::warning file=a%2Cb.py,line=3::x%0A::error::y',
    );
    expect(workflowCommand('notice', {}, 'm')).toBe('::notice::m');
  });

  it('keeps a log line from being read as a command', () => {
    const line = escapeLogLine('ok\n::set-output name=x::1\r::add-mask::y');
    expect(line).not.toMatch(/[\r\n]/);
    expect(line).not.toContain('::');
  });
});

describe('truncate', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly10!', 10, 'exactly10!'],
    ['a longer text', 5, 'a lo…'],
    ['😀😀😀', 2, '😀…'],
  ])('%s / %i', (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
  });
});
