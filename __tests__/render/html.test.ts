// The HTML report page, parsed with a spec-compliant HTML parser: the DOM contract (ids, rows per check, filters,
// fixes, panels, validation excerpts), links only where they should be, the strict CSP, escaping of hostile
// repository text, and the page size.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult, Report } from '../../src/model.ts';
import { scan } from '../../src/pipeline.ts';
import { SCRIPT, STYLE } from '../../src/render/html/assets.ts';
import {
  blobUrl,
  breakable,
  esc,
  escCode,
  githubOriginFromGitConfig,
  safeRelative,
  safeRepo,
} from '../../src/render/html/escape.ts';
import { renderReportHtml } from '../../src/render/html/index.ts';
import { rankFixes } from '../../src/score/score.ts';
import { LocalSource } from '../../src/source/local.ts';
import { MemorySource } from '../../src/source/memory.ts';
import reportSchema from '../../schemas/report.schema.json' with { type: 'json' };
import {
  ancestors,
  attr,
  descendants,
  expectAccessibleStructure,
  expectHeadingsInOrder,
  expectStrictCsp,
  parseHtml,
  text,
  urls,
  type Dom,
} from './html-dom.ts';
import { check, sampleReport } from './sample.ts';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validateReport = ajv.compile(reportSchema);

const SHA = 'dac6ab6defed79ca4d286f96533540fd40f6d153';
const REPO = { owner: 'acme', name: 'classifier', ref: SHA };
const BLOB = `https://github.com/acme/classifier/blob/${SHA}/`;

/** Every href/src is an in-page fragment, or a blob link into the repository at the commit. */
function expectOnlyKnownUrls(dom: Dom, blobPrefix: string | null): void {
  for (const u of urls(dom)) {
    if (u.value.startsWith('#')) continue;
    expect(blobPrefix, `${u.tag} ${u.name}=${u.value}`).not.toBeNull();
    expect(u.tag).toBe('a');
    expect(u.value.startsWith(blobPrefix!), u.value).toBe(true);
    const url = new URL(u.value);
    expect(url.protocol).toBe('https:');
    expect(url.href.startsWith(blobPrefix!), url.href).toBe(true); // no `..` that a browser would resolve away
  }
}

describe('the report page of the bundled example', () => {
  let report: Report;
  let html: string;
  let dom: Dom;
  beforeAll(async () => {
    report = await scan(new LocalSource('examples/pytorch-classifier'));
    report.target.commit = SHA;
    html = renderReportHtml(report, { repo: REPO });
    dom = parseHtml(html);
  });

  it('is one self-contained document under a strict Content-Security-Policy', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    const csp = expectStrictCsp(dom);
    expect(Object.keys(csp)).not.toContain('connect-src');
    expect(text(dom.tags('script')[0]!)).toBe(SCRIPT);
    expect(text(dom.tags('style')[0]!)).toBe(STYLE);
    // elements hidden until the script runs stay hidden whatever their display rule
    expect(STYLE).toContain('[hidden]{display:none!important}');
    expect(dom.tags('link')).toEqual([]);
    expect(dom.tags('iframe')).toEqual([]);
    expect(attr(dom.tags('html')[0]!, 'lang')).toBe('en');
    expectOnlyKnownUrls(dom, BLOB);
  });

  it('names the repository and shows the score and grade', () => {
    const main = dom.tags('main')[0]!;
    const h1 = dom.tags('h1');
    expect(h1).toHaveLength(1);
    expect(ancestors(h1[0]!)).toContain(main);
    expect(text(h1[0]!)).toBe('acme/classifier');
    expect(text(dom.byId('score'))).toBe(String(report.score));
    expect(text(dom.byId('grade'))).toBe(report.grade);
    expect(text(dom.tags('title')[0]!)).toContain(`${report.score}/100`);
  });

  it('is accessible in structure: landmarks, headings in order, captions, scoped headers, labels', () => {
    expectAccessibleStructure(dom);
    expectHeadingsInOrder(dom);
    expect(dom.tags('header')).toHaveLength(1);
    expect(dom.tags('footer')).toHaveLength(1);
    expect(dom.tags('nav')).toHaveLength(1);
    expect(
      attr(
        dom.tags('meta').find((m) => attr(m, 'name') === 'color-scheme')!,
        'content',
      ),
    ).toBe('light dark');
  });

  it('charts the categories with one titled bar each, and gives the numbers as a table', () => {
    const section = dom.byId('categories');
    expect(section.tagName).toBe('section');
    const svgs = descendants(section).filter((e) => e.tagName === 'svg');
    expect(svgs).toHaveLength(1);
    const bars = descendants(svgs[0]!).filter((e) => e.tagName === 'rect');
    expect(bars.map((b) => attr(b, 'data-category'))).toEqual(report.categories.map((c) => c.id));
    for (const [i, bar] of bars.entries()) {
      const c = report.categories[i]!;
      const title = bar.childNodes.find((n) => 'tagName' in n && n.tagName === 'title');
      expect(title && text(title as never)).toBe(`${c.title}: ${c.score} of ${c.max} points`);
    }
    const rows = descendants(dom.byId('categories-table'))
      .filter((e) => e.tagName === 'tr')
      .slice(1);
    expect(rows.map((r) => text(r))).toEqual(
      report.categories.map((c) => `${c.title}${c.score}${c.max}${Math.round((c.score / c.max) * 100)}%`),
    );
  });

  it('has one checks-table row per check, with its status, category and id', () => {
    const table = dom.byId('checks');
    expect(table.tagName).toBe('table');
    const tbody = descendants(table).filter((e) => e.tagName === 'tbody');
    const rows = tbody.flatMap((b) =>
      b.childNodes.filter((n): n is never => 'tagName' in n && n.tagName === 'tr'),
    );
    expect(rows).toHaveLength(report.checks.length);
    const byId = new Map(report.checks.map((c) => [c.id, c]));
    const seen = new Set<string>();
    for (const row of rows) {
      const id = attr(row, 'data-check')!;
      const c = byId.get(id)!;
      expect(c, id).toBeDefined();
      seen.add(id);
      expect(attr(row, 'data-status')).toBe(c.status);
      expect(attr(row, 'data-category')).toBe(c.category);
      expect(text(row)).toContain(`${c.points}/${c.maxPoints}`);
      // the status is written out, never shown by colour alone
      expect(text(row)).toContain(
        { pass: 'Pass', partial: 'Partial', fail: 'Fail', skip: 'Skipped' }[c.status],
      );
    }
    expect(seen.size).toBe(report.checks.length);
    // failing checks first
    const statuses = rows.map((r) => attr(r, 'data-status'));
    expect(statuses.indexOf('fail')).toBe(0);
  });

  it('has the status and category filters with a live count, hidden until the script runs', () => {
    const status = dom.byId('filter-status');
    const category = dom.byId('filter-category');
    const values = (el: typeof status) =>
      descendants(el)
        .filter((e) => e.tagName === 'option')
        .map((o) => attr(o, 'value'));
    expect(values(status)).toEqual(['all', 'pass', 'partial', 'fail', 'skip']);
    expect(values(category)).toEqual(['all', ...report.categories.map((c) => c.id)]);
    const count = dom.byId('checks-count');
    expect(attr(count, 'aria-live')).toBe('polite');
    expect(text(count)).toBe(`Showing ${report.checks.length} of ${report.checks.length} checks`);
    const group = ancestors(status).find((e) => e.attrs.some((a) => a.name === 'data-needs-script'))!;
    expect(attr(group, 'hidden')).toBe('');
  });

  it('ranks the fixes by points gained, as the score module does, each linking to its check', () => {
    const ol = dom.byId('fixes');
    expect(ol.tagName).toBe('ol');
    const items = ol.childNodes.filter((n): n is never => 'tagName' in n && n.tagName === 'li');
    const ranked = rankFixes(report.checks);
    expect(ranked.length).toBeGreaterThan(2);
    expect(items).toHaveLength(ranked.length);
    for (const [i, li] of items.entries()) {
      expect(text(li)).toContain(ranked[i]!.title);
      expect(text(li)).toContain(`+${ranked[i]!.gain} point`);
      const a = descendants(li).find((e) => e.tagName === 'a')!;
      const target = dom.byId(attr(a, 'href')!.slice(1));
      expect(attr(target, 'data-check')).toBe(ranked[i]!.id);
    }
  });

  it('shows the Papers with Code and Model Openness Framework panels', () => {
    const pwc = dom.byId('pwc');
    expect(pwc.tagName).toBe('section');
    expect(text(pwc)).toContain(`${report.standards.pwc.total} of 5`);
    expect(descendants(pwc).filter((e) => e.tagName === 'li')).toHaveLength(5);
    const mof = dom.byId('mof');
    expect(mof.tagName).toBe('section');
    expect(text(mof)).toContain(
      report.standards.mof.class ? `Class ${report.standards.mof.class}` : 'not yet',
    );
    for (const m of report.standards.mof.missing) expect(text(mof)).toContain(m);
    expect(dom.byId('validation').tagName).toBe('section');
  });

  it('links evidence to the file and line at the scanned commit', () => {
    const training = report.checks.find((c) => c.id === 'training-code')!;
    const ev = training.evidence.find((e) => e.line)!;
    const href = `${BLOB}${ev.path}#L${ev.line}`;
    const link = dom.tags('a').find((a) => attr(a, 'href') === href);
    expect(link, href).toBeDefined();
    expect(text(link!)).toBe(`${ev.path}:${ev.line}`);
  });

  it('without a known repository, shows paths as text and links nowhere outside the page', () => {
    const plain = parseHtml(renderReportHtml(report));
    expectOnlyKnownUrls(plain, null);
    expect(text(plain.tags('h1')[0]!)).toBe('examples/pytorch-classifier');
    const paths = plain.all.filter((e) => attr(e, 'class') === 'path').map(text);
    expect(paths).toContain('train.py:116');
  });

  it('is well under 200 KB', () => {
    expect(Buffer.byteLength(html)).toBeLessThan(100_000);
  });
});

describe('invalid declarations', () => {
  const CFF = [
    'cff-version: 1.2.0',
    'message: Please cite',
    'title: ["Tiny <script>alert(1)</script>"]',
    'authors:',
    '  - given-names: Jane',
    '    email: not-an-email',
    'version: 1',
    '',
  ].join('\n');
  let report: Report;
  let dom: Dom;
  beforeAll(async () => {
    report = await scan(
      new MemorySource({ 'CITATION.cff': CFF, 'README.md': '# x\n', 'train.py': 'import torch\n' }),
    );
    dom = parseHtml(renderReportHtml(report, { repo: REPO }));
  });

  it('quote the offending line and one line either side into the report, which still follows its schema', () => {
    expect(validateReport(report), JSON.stringify(validateReport.errors?.slice(0, 3))).toBe(true);
    const v = report.validations.find((x) => x.path === 'CITATION.cff')!;
    expect(v.valid).toBe(false);
    const lines = CFF.split('\n');
    const withLine = v.errors.filter((e) => e.line !== null);
    expect(withLine.length).toBeGreaterThan(0);
    for (const e of withLine) {
      const want = [e.line! - 1, e.line!, e.line! + 1]
        .filter((n) => n >= 1 && n <= lines.length - 1)
        .map((n) => ({ line: n, text: lines[n - 1]! }));
      expect(e.excerpt).toEqual(want);
    }
  });

  it('show each error with its lines, the offending one marked, the file text escaped', () => {
    const section = dom.byId('validation');
    const v = report.validations.find((x) => x.path === 'CITATION.cff')!;
    const h3 = descendants(section).filter((e) => e.tagName === 'h3');
    expect(h3.map(text)).toEqual([`CITATION.cff (${v.schema})`]);
    const pres = descendants(section).filter((e) => e.tagName === 'pre');
    const withLine = v.errors.filter((e) => e.line !== null);
    expect(pres).toHaveLength(Math.min(3, withLine.length));
    for (const [i, pre] of pres.entries()) {
      expect(attr(pre, 'class')).toBe('excerpt');
      const marks = descendants(pre).filter((e) => e.tagName === 'mark');
      expect(marks).toHaveLength(1);
      const e = withLine[i]!;
      expect(text(marks[0]!)).toMatch(new RegExp(`^> +${e.line} │ `));
      expect(text(marks[0]!).endsWith(CFF.split('\n')[e.line! - 1]!)).toBe(true);
    }
    // the title line, with its script tag, is text inside an excerpt, never an element
    expect(pres.map(text).join('\n')).toContain('title: ["Tiny <script>alert(1)</script>"]');
    expect(dom.tags('script')).toHaveLength(1);
    // each error names its line, linked
    const hrefs = descendants(section)
      .filter((e) => e.tagName === 'a')
      .map((a) => attr(a, 'href'));
    for (const e of withLine) expect(hrefs).toContain(`${BLOB}CITATION.cff#L${e.line}`);
  });
});

describe('a hostile repository', () => {
  const IMG = '<img src=x onerror=alert(1)>';
  // five training scripts: the check lists five entry points as evidence
  const NAMES = [
    `train_${IMG}.py`,
    'train_"><script>alert(1)</script>.py',
    "train_'onmouseover='alert(1).py",
    'docs/train_`whoami`_&amp;_&lt;b&gt;.py',
    'javascript:alert(1).py',
  ];
  const TRAIN =
    'import torch\nfor epoch in range(3):\n    loss = model(x)\n    loss.backward()\n    optimizer.step()\n';
  let report: Report;
  let htmls: string[];
  beforeAll(async () => {
    const files: Record<string, string> = {
      'README.md': [
        '# <script>alert(1)</script> model',
        '',
        `## Training ${IMG} "quoted" 'single'`,
        '',
        ...NAMES.map((n) => `python ${n}`),
        '',
        '## Usage [x](javascript:alert(1))',
        '',
      ].join('\n'),
      'requirements.txt': 'torch\n',
      'CITATION.cff': `cff-version: 1.2.0\ntitle: "${IMG.replace(/"/g, '')}"\nauthors: [{email: "<script>"}]\n`,
    };
    for (const n of NAMES) files[n] = TRAIN;
    report = await scan(new MemorySource(files));
    htmls = [renderReportHtml(report, { repo: REPO }), renderReportHtml(report)];
  });

  it('has its file names as evidence (the attack reaches the renderer)', () => {
    const paths = report.checks.flatMap((c) => c.evidence.map((e) => e.path));
    for (const n of NAMES) expect(paths, n).toContain(n);
  });

  it('shows every name as text, equal to the original, and creates no element or attribute from it', () => {
    for (const html of htmls) {
      const dom = parseHtml(html);
      expectStrictCsp(dom);
      expect(dom.tags('img')).toEqual([]);
      expect(dom.tags('script')).toHaveLength(1);
      expect(text(dom.tags('script')[0]!)).toBe(SCRIPT);
      for (const el of dom.all) {
        for (const a of el.attrs) expect(a.name.startsWith('on'), `${el.tagName} ${a.name}`).toBe(false);
      }
      const shown = dom.all.filter((e) => attr(e, 'class') === 'path').map(text);
      for (const n of NAMES) {
        expect(
          shown.some((s) => s === n || s.startsWith(`${n}:`)),
          n,
        ).toBe(true);
      }
    }
  });

  it('links only to the repository on GitHub, each path segment percent-encoded', () => {
    const dom = parseHtml(htmls[0]!);
    expectOnlyKnownUrls(dom, BLOB);
    for (const u of urls(dom)) expect(u.value.toLowerCase()).not.toContain('javascript:');
    const links = dom.tags('a').filter((a) => attr(a, 'href')!.startsWith(BLOB));
    for (const n of NAMES) {
      const link = links.find((a) => text(a) === n || text(a).startsWith(`${n}:`));
      expect(link, n).toBeDefined();
      const path = new URL(attr(link!, 'href')!).pathname.slice(new URL(BLOB).pathname.length);
      expect(path.split('/').map(decodeURIComponent).join('/')).toBe(n);
    }
    // the unlinked page has no link out at all
    expectOnlyKnownUrls(parseHtml(htmls[1]!), null);
  });

  it('keeps hostile ids, categories and titles inert in attributes and text', () => {
    const evil = '" onmouseover="alert(1)" x="';
    const r = sampleReport({
      checks: [
        check(evil, { category: evil, title: `<script>alert(1)</script>${evil}`, fix: IMG }),
        check('ok', { status: 'pass' }),
      ],
      categories: [{ id: evil, title: `${IMG}`, score: 1, max: 10 }],
    });
    const dom = parseHtml(renderReportHtml(r, { title: IMG }));
    expectAccessibleStructure(dom);
    const row = dom.all.find((e) => e.tagName === 'tr' && attr(e, 'data-check') === evil)!;
    expect(row).toBeDefined();
    expect(attr(row, 'data-category')).toBe(evil);
    expect(text(dom.tags('h1')[0]!)).toBe(IMG);
    expect(dom.tags('img')).toEqual([]);
    const options = descendants(dom.byId('filter-category')).filter((e) => e.tagName === 'option');
    expect(options.map((o) => attr(o, 'value'))).toEqual(['all', evil, 'code']);
    expect(text(dom.byId('fixes'))).toContain(IMG);
  });

  it('never links a path whose segments a browser would resolve (.., encoded dots)', () => {
    const paths = ['../../../evil/x.py', 'a/%2e%2e/b.py', 'train_%2e%2e.py', '.', 'x//y.py'];
    const r = sampleReport({ checks: [check('x', { evidence: paths.map((path) => ({ path, line: 1 })) })] });
    const dom = parseHtml(renderReportHtml(r, { repo: REPO }));
    expectOnlyKnownUrls(dom, BLOB);
    const linked = dom.tags('a').filter((a) => attr(a, 'href')!.startsWith(BLOB));
    expect(linked.map((a) => attr(a, 'href'))).toEqual([
      `${BLOB}a/%252e%252e/b.py#L1`,
      `${BLOB}train_%252e%252e.py#L1`,
    ]);
    const shown = dom.all.filter((e) => attr(e, 'class') === 'path').map(text);
    for (const p of paths) expect(shown).toContain(`${p}:1`);
  });

  it('shows control and bidirectional characters as U+FFFD', () => {
    const r = sampleReport({
      checks: [check('x', { evidence: [{ path: 'a\u202eyp.exe\u0000\u001b[31m.py', line: 2 }] })],
    });
    const dom = parseHtml(renderReportHtml(r));
    const shown = dom.all.filter((e) => attr(e, 'class') === 'path').map(text);
    expect(shown).toContain('a\uFFFDyp.exe\uFFFD\uFFFD[31m.py:2');
  });
});

describe('code spans in fix and summary texts', () => {
  const IMG = '<img src=x onerror=alert(1)>';

  it('wrap backtick spans in <code> after escaping, and interpret nothing else', () => {
    expect(escCode('Add `license:` to the card')).toBe('Add <code>license:</code> to the card');
    expect(escCode('e.g. `FROM pytorch/pytorch:<version>`')).toBe(
      'e.g. <code>FROM pytorch/pytorch:&lt;version&gt;</code>',
    );
    expect(escCode(`\`${IMG}\``)).toBe('<code>&lt;img src=x onerror=alert(1)&gt;</code>');
    expect(escCode('`a` and `b`')).toBe('<code>a</code> and <code>b</code>');
    // a run of two backticks closes only on a run of two, and may hold a single backtick
    expect(escCode('``a ` b``')).toBe('<code>a ` b</code>');
    expect(escCode('`` `x` ``')).toBe('<code>`x`</code>');
    // unmatched backticks stay literal
    expect(escCode('one ` tick')).toBe('one ` tick');
    expect(escCode('`open and ``shut')).toBe('`open and ``shut');
    expect(escCode('`open and ``shut`')).toBe('<code>open and ``shut</code>');
    expect(escCode('``')).toBe('``');
    // no other Markdown, no HTML: only escaped text
    expect(escCode('**bold** [x](javascript:alert(1)) <b>b</b> & "q"')).toBe(
      esc('**bold** [x](javascript:alert(1)) <b>b</b> & "q"'),
    );
    expect(escCode('`"\'&`')).toBe('<code>&quot;&#39;&amp;</code>');
    expect(escCode('`a\u202eb`')).toBe('<code>a\uFFFDb</code>');
  });

  it('are <code> elements in the fixes list and the checks table, their hostile content text', () => {
    const fix = `Add \`${IMG}\` and \`license:\`, keep this \` literal`;
    const summary = `Found \`<script>alert(1)</script>\` in **README**.`;
    const r = sampleReport({ checks: [check('x', { fix, summary }), check('ok', { status: 'pass' })] });
    const html = renderReportHtml(r);
    expect(html).toContain('<code>&lt;img src=x onerror=alert(1)&gt;</code>');
    expect(html).toContain('<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>');
    const dom = parseHtml(html);
    expect(dom.tags('img')).toEqual([]);
    expect(dom.tags('script')).toHaveLength(1);
    const row = dom.all.find((e) => e.tagName === 'tr' && attr(e, 'data-check') === 'x')!;
    const codes = descendants(row).filter((e) => e.tagName === 'code');
    expect(codes.map(text)).toEqual(['<script>alert(1)</script>', IMG, 'license:']);
    expect(text(row)).toContain('Found <script>alert(1)</script> in **README**.');
    expect(text(row)).toContain(`Add ${IMG} and license:, keep this \` literal`);
    const fixes = descendants(dom.byId('fixes')).filter((e) => e.tagName === 'code');
    expect(fixes.map(text)).toEqual([IMG, 'license:']);
    for (const code of [...codes, ...fixes])
      expect(code.childNodes.every((n) => !('tagName' in n))).toBe(true);
  });

  it('the bundled example shows its fixes without raw backticks', async () => {
    const report = await scan(new LocalSource('examples/pytorch-classifier'));
    const dom = parseHtml(renderReportHtml(report));
    expect(report.checks.some((c) => c.fix?.includes('`'))).toBe(true);
    expect(text(dom.byId('fixes'))).not.toContain('`');
    expect(dom.tags('code').length).toBeGreaterThan(0);
  });
});

describe('paths', () => {
  it('break after slashes, dots and underscores, and read the same', () => {
    expect(breakable(esc('a/b_c.py'))).toBe('a/<wbr>b_<wbr>c.<wbr>py');
    expect(breakable(esc("x/<y>&'.py"))).toBe('x/<wbr>&lt;y&gt;&amp;&#39;.<wbr>py');
    const r = sampleReport({
      checks: [check('x', { evidence: [{ path: 'some/deeply/nested_dir/file.py', line: 3 }] })],
    });
    const dom = parseHtml(renderReportHtml(r, { repo: REPO }));
    const link = dom.tags('a').find((a) => attr(a, 'href') === `${BLOB}some/deeply/nested_dir/file.py#L3`)!;
    expect(text(link)).toBe('some/deeply/nested_dir/file.py:3');
    expect(descendants(link).filter((e) => e.tagName === 'wbr')).toHaveLength(5);
  });
});

describe('links', () => {
  it('are built from checked parts only', () => {
    expect(blobUrl(REPO, 'src/a b#c?.py', 3)).toBe(`${BLOB}src/a%20b%23c%3F.py#L3`);
    expect(blobUrl(REPO, 'x.py', 0)).toBe(`${BLOB}x.py`);
    expect(blobUrl({ ...REPO, path: 'sub/dir' }, 'x.py', 1)).toBe(`${BLOB}sub/dir/x.py#L1`);
    expect(blobUrl({ ...REPO, ref: 'feature/x y' }, 'x.py')).toBe(
      'https://github.com/acme/classifier/blob/feature/x%20y/x.py',
    );
    for (const bad of ['../../evil/x', 'a/../b', './a', '/abs', 'a//b', '', '.'])
      expect(blobUrl(REPO, bad), bad).toBeNull();
    expect(blobUrl(null, 'x.py')).toBeNull();
    expect(blobUrl(REPO, 'x.py', 1, 'https://ghe.example.com')).toBe(
      `https://ghe.example.com/acme/classifier/blob/${SHA}/x.py#L1`,
    );
    for (const server of ['javascript:alert(1)', 'http://github.com', 'https://a.com/x', 'https://a.com"><x'])
      expect(blobUrl(REPO, 'x.py', 1, server)!.startsWith('https://github.com/'), server).toBe(true);
    for (const repo of [
      { owner: 'a"b', name: 'c', ref: 'main' },
      { owner: 'a', name: '..', ref: 'main' },
      { owner: 'a', name: 'c', ref: '../x' },
      { owner: 'a', name: 'c/d', ref: 'main' },
      { owner: 'a', name: 'c', ref: 'main', path: '../up' },
    ])
      expect(safeRepo(repo), JSON.stringify(repo)).toBeNull();
    expect(safeRelative('reports/a_b.html')).toBe('reports/a_b.html');
    for (const bad of ['javascript:alert(1)', '//evil.com/x', 'https://x', '/abs', 'a b', '"x'])
      expect(safeRelative(bad), bad).toBeNull();
  });

  it('read a github.com origin from .git/config, and nothing else', () => {
    const cfg = (url: string, remote = 'origin') =>
      `[core]\n\tbare = false\n[remote "${remote}"]\n\turl = ${url}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`;
    const want = { owner: 'acme', name: 'classifier' };
    for (const url of [
      'https://github.com/acme/classifier.git',
      'https://github.com/acme/classifier',
      'https://x-access-token:ghs_abc@github.com/acme/classifier.git',
      'git@github.com:acme/classifier.git',
      'ssh://git@github.com/acme/classifier.git',
    ])
      expect(githubOriginFromGitConfig(cfg(url)), url).toEqual(want);
    for (const url of [
      'https://gitlab.com/acme/classifier.git',
      'https://github.com.evil.com/acme/classifier',
      'https://github.com/acme/classifier/extra',
      'javascript:alert(1)//github.com/acme/x',
      '/local/path',
    ])
      expect(githubOriginFromGitConfig(cfg(url)), url).toBeNull();
    expect(githubOriginFromGitConfig(cfg('https://github.com/acme/classifier', 'upstream'))).toBeNull();
  });
});

describe('size', () => {
  it('a 36-check report with many evidence items, long notes and invalid declarations stays under 200 KB', () => {
    const checks: CheckResult[] = Array.from({ length: 36 }, (_, i) =>
      check(`check-number-${i}`, {
        category: `category-${i % 8}`,
        status: (['pass', 'partial', 'fail', 'skip'] as const)[i % 4],
        summary: 'A summary that is rather long, as summaries can be. '.repeat(6),
        fix: 'Do this and that, in this file, with these options, then document it in the README. '.repeat(4),
        evidence: Array.from({ length: 60 }, (_, j) => ({
          path: `some/deeply/nested/package/module_${j}/implementation_file_${i}.py`,
          line: 100 + j,
          note: 'calls loss.backward() and optimizer.step() inside the training loop in main() '.repeat(3),
        })),
      }),
    );
    const r = sampleReport({
      checks,
      categories: Array.from({ length: 8 }, (_, i) => ({
        id: `category-${i}`,
        title: `Category ${i}`,
        score: i,
        max: 12,
      })),
      validations: Array.from({ length: 10 }, (_, i) => ({
        path: `cards/model_${i}/README.md`,
        schema: 'model-card',
        valid: false,
        errors: Array.from({ length: 21 }, (_, j) => ({
          pointer: `/model-index/${j}`,
          line: j + 2,
          column: 3,
          message: 'must have required property "name" '.repeat(3),
          excerpt: [j + 1, j + 2, j + 3].map((line) => ({ line, text: 'x'.repeat(200) })),
        })),
      })),
      findings: Array.from({ length: 200 }, (_, i) => ({
        path: `data/file_${i}.json`,
        level: 'warning' as const,
        message: 'could not be parsed: unexpected token at line 1 column 2',
      })),
    });
    const html = renderReportHtml(r, { repo: { ...REPO, name: 'a-rather-long-repository-name' } });
    const dom = parseHtml(html);
    const rows = descendants(dom.byId('checks')).filter((e) => e.tagName === 'tr' && attr(e, 'data-check'));
    expect(rows).toHaveLength(36);
    // evidence beyond the first ten per check is counted, not listed
    expect(text(rows[0]!)).toContain('and 55 more in report.json');
    expect(Buffer.byteLength(html)).toBeLessThan(200_000);
  });
});
