// A repository whose file names and headings carry Markdown, HTML, mentions, links, pipes, backticks, newlines
// and terminal escapes, scanned for real: the report still follows the schema, and every output that carries its
// text — the comment and job summary (Markdown), annotations (workflow commands), the text report — shows that
// text inert.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { marked } from 'marked';
import { beforeAll, describe, expect, it } from 'vitest';
import { planAnnotations } from '../../src/github/annotations.ts';
import { createRunnerIO } from '../../src/github/io.ts';
import type { Report } from '../../src/model.ts';
import { scan } from '../../src/pipeline.ts';
import { renderReportHtml } from '../../src/render/html/index.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';
import { renderSarif } from '../../src/render/sarif.ts';
import { renderText } from '../../src/render/text.ts';
import { MemorySource } from '../../src/source/memory.ts';
import reportSchema from '../../schemas/report.schema.json' with { type: 'json' };
import { cmark, hasCmark } from '../render/cmark.ts';
import { attr, expectStrictCsp, parseHtml, text, urls } from '../render/html-dom.ts';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validateReport = ajv.compile(reportSchema);

const IMG = '<img src=x onerror=alert(1)>';
const LINK = '[x](javascript:alert(1))';
const TRAIN =
  'import torch\nfor epoch in range(3):\n    loss = model(x)\n    loss.backward()\n    optimizer.step()\n';

/** file names that each carry one attack; all are training scripts, so they appear as evidence */
const NAMES = [
  `train_${IMG}.py`,
  'train_@org/team.py',
  `train_${LINK}.py`,
  'train_`code`|pipe|.py',
  'train_x\n# injected heading\n::error::pwned.py',
  'train_\u001b[31mred\u202e.py',
  'docs/train_a|b|c.sh',
];

let report: Report;

beforeAll(async () => {
  const files: Record<string, string> = {
    'README.md': [
      `# ${IMG} @org/team ${LINK}`,
      '',
      'A model. Install with `pip install -r requirements.txt`.',
      '',
      `## Training \`x\` | pipe | ${IMG}`,
      '',
      ...NAMES.map((n) => `python ${n.split('\n')[0]}`),
      '',
      `## License @org/team ${LINK}`,
      '',
      `Licensed under the ${IMG} License.`,
      '',
    ].join('\n'),
    'requirements.txt': 'torch\nnumpy>=1\n',
    'environment.yml': `name: "${IMG}"\ndependencies: [python=3.10, "torch|@org/team"]\n`,
    'CITATION.cff': `cff-version: 1.2.0\ntitle: "${IMG} @org/team"\n`,
  };
  for (const n of NAMES) files[n] = n.endsWith('.sh') ? `python train.py # ${IMG}\n` : TRAIN;
  // binary content under a text extension: a finding, so an annotation, on a file whose name has `,` `:` and a newline
  files[`bin_${IMG}, a:b\n::error::x.py`] = 'import torch\n\0\0';
  report = await scan(new MemorySource(files));
});

describe('a report from hostile file names and headings', () => {
  it('follows the schema and keeps the names as they are', () => {
    expect(validateReport(report), JSON.stringify(validateReport.errors?.slice(0, 3))).toBe(true);
    const json = JSON.stringify(report);
    // the raw names reach the report (escaping is the renderers' job, not the report's)
    expect(json).toContain(JSON.stringify(NAMES[0]).slice(1, -1));
    expect(json).toContain('train_@org/team.py');
  });

  const attacked = (s: string) => s.includes('train_') || s.includes('@org') || s.includes('<img');

  it('renders the comment and summary with every piece of repository text inert', () => {
    const md = renderMarkdown(report, { summaryUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(md).toContain('train\\_'); // the names are there, escaped
    expect(md).not.toMatch(/<img/i);
    expect(md).not.toMatch(/@org/); // every @ is escaped and joined (\@⁠org)
    expect(md).not.toContain('](javascript');
    expect(md).not.toMatch(/^# injected|^::error/m);
    expect(md).not.toMatch(/[\u001b\u202e]/);
    // table rows keep their column count: a pipe from a name is always escaped
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows.filter(attacked)) {
      const cells = row.replace(/\\\|/g, '').split('|').length;
      const table = rows.filter((r) => !attacked(r));
      expect(table.map((r) => r.replace(/\\\|/g, '').split('|').length)).toContain(cells);
    }
    // rendered as HTML: no element, link or mention came from the repository
    const html = marked.parse(md, { async: false, gfm: true }) as string;
    expect(html).not.toMatch(/<img|href="javascript|<[^>]*onerror=/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;'); // shown as text
    expect(html).not.toMatch(/<h1[^>]*>\s*injected/i);
    if (hasCmark) {
      const gfm = cmark(md);
      expect(gfm).not.toMatch(/<img|href="javascript|<[^>]*onerror=|<h1>injected/i);
    }
  });

  it('renders the HTML page with every piece of repository text as text, and links only to the repository', () => {
    const blob = 'https://github.com/o/r/blob/0123456789abcdef0123456789abcdef01234567/';
    for (const repo of [null, { owner: 'o', name: 'r', ref: blob.split('/')[6]! }]) {
      const dom = parseHtml(renderReportHtml(report, { repo }));
      expectStrictCsp(dom);
      expect(dom.tags('img')).toEqual([]);
      expect(dom.tags('script')).toHaveLength(1);
      expect(dom.tags('h1').length).toBe(1);
      for (const el of dom.all) for (const a of el.attrs) expect(a.name.startsWith('on')).toBe(false);
      for (const u of urls(dom))
        expect(u.value.startsWith('#') || (repo && u.value.startsWith(blob))).toBe(true);
      const shown = dom.all.filter((e) => attr(e, 'class') === 'path').map(text);
      // every name the report cites is shown as it is (controls and bidi overrides as U+FFFD)
      const cited = report.checks.flatMap((c) => c.evidence.slice(0, 5).map((e) => e.path));
      expect(cited.filter(attacked).length).toBeGreaterThan(0);
      for (const name of cited) {
        const safe = name.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/g, '\uFFFD');
        expect(
          shown.some((s) => s === safe || s.startsWith(`${safe}:`)),
          JSON.stringify(name),
        ).toBe(true);
      }
    }
  });

  it('writes annotations as one-line workflow commands whose properties cannot be split', () => {
    const lines: string[] = [];
    const io = createRunnerIO((l) => lines.push(l));
    // the failing checks' warnings come first and fill the 10 a step may show: leave them out so that the
    // findings on the hostile file names are annotated too
    const plan = planAnnotations({ ...report, checks: report.checks.slice(0, 3) });
    expect(plan.annotations.length).toBeGreaterThan(0);
    for (const a of plan.annotations) io.annotate(a);
    io.warning(`a warning naming ${NAMES[4]}`);
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      const m = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line);
      expect(m, line).not.toBeNull();
      // properties are key=value pairs: a comma or colon from a name is percent-encoded
      for (const prop of (m![2] ?? '').trim().split(',').filter(Boolean))
        expect(prop).toMatch(/^(title|file|line|endLine)=/);
    }
    const withFile = plan.annotations.filter((a) => a.file && attacked(a.file));
    expect(withFile.length).toBeGreaterThan(0);
    for (const a of withFile) {
      const line = lines[plan.annotations.indexOf(a)]!;
      const encoded = /file=([^,:]*)/.exec(line)![1]!;
      expect(decodeURIComponent(encoded)).toBe(a.file);
    }
  });

  it('renders the text report without control characters', () => {
    for (const color of [false, true]) {
      const text = renderText(report, { color, verbose: true });
      // only our own colour codes, never one from a name
      const stripped = text.replace(/\u001b\[\d+m/g, '');
      expect(stripped).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(text).not.toMatch(/\u001b\[31mred/);
      expect(text.split('\n').some((l) => l.startsWith('# injected') || l.startsWith('::error'))).toBe(false);
    }
  });

  it('keeps SARIF valid JSON with the names intact', () => {
    const sarif = JSON.parse(renderSarif(report)) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
  });
});
