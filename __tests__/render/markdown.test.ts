import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model.ts';
import { COMMENT_MAX_LENGTH, renderMarkdown, VOLATILE_MARK } from '../../src/render/markdown.ts';
import { cmark, hasCmark } from './cmark.ts';
import { check, sampleReport } from './sample.ts';

describe('renderMarkdown', () => {
  const report = sampleReport();

  it('shows score, grade, categories, the fixes ranked by points gained, and the checks', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('## ReproScore: 50/100 (grade D)');
    expect(md).toMatch(/\| Legal \| 0\/10 \| ░{10} \|/);
    expect(md).toMatch(/\| Code \| 15\/15 \| █{10} \|/);
    const fixes = md.slice(md.indexOf('### Top fixes'), md.indexOf('### Checks'));
    expect(fixes).toMatch(/1\. \*\*A license\*\* \(\+10 points\): Add a LICENSE file\\\./);
    expect(fixes).toMatch(/2\. \*\*Pinned dependencies\*\* \(\+5 points\)/);
    // failing first, then partial, then passing
    const rows = md.split('\n').filter((l) => /^\| (✅|⚠️|❌|➖) \|/.test(l));
    expect(rows.map((r) => r.split(' | ')[1])).toEqual([
      'A license',
      'Pinned dependencies',
      'Training code',
      'Seeds set',
    ]);
    expect(md).toContain('Papers with Code reproducibility checklist: 2/5');
    expect(md).toContain('<details><summary>Evidence for 2 checks</summary>');
    expect(md).toContain('- train\\.py\\:12: calls loss\\.backward\\(\\)');
  });

  it('shows the change against the base per category and per check', () => {
    const base = sampleReport({
      score: 60,
      grade: 'C',
      checks: [
        check('license', { category: 'legal', title: 'A license', status: 'pass', maxPoints: 10 }),
        check('training-code', { status: 'fail', maxPoints: 15, title: 'Training code' }),
        check('pinned-dependencies', {
          category: 'environment',
          status: 'partial',
          maxPoints: 10,
          points: 5,
          title: 'Pinned dependencies',
        }),
        check('seeds', { status: 'pass', category: 'determinism', title: 'Seeds set', maxPoints: 5 }),
      ],
      categories: [
        { id: 'code', title: 'Code', score: 0, max: 15 },
        { id: 'legal', title: 'Legal', score: 10, max: 10 },
        { id: 'environment', title: 'Environment', score: 5, max: 10 },
        { id: 'determinism', title: 'Determinism', score: 5, max: 5 },
      ],
    });
    const md = renderMarkdown(report, { base });
    expect(md).toContain('▼ −10 against the base branch (60/100, grade C)');
    expect(md).toMatch(/\| Code \| 15\/15 \| █{10} \| \+15 \|/);
    expect(md).toMatch(/\| Legal \| 0\/10 \| ░{10} \| −10 \|/);
    expect(md).toMatch(/\| Environment \| 5\/10 \| █{5}░{5} \| 0 \|/);
    expect(md).toContain('**Improved** (1)\n\n- **Training code** (+15, fail → pass)');
    expect(md).toContain('**Regressed** (1)\n\n- **A license** (−10, pass → fail)');
    expect(md).toMatch(/\| ❌ \| A license \| 0\/10 \| −10 \(was pass\) \|/);
    expect(md).toMatch(/\| ⚠️ \| Pinned dependencies \| 5\/10 \| · \|/);
  });

  it('names what was scanned in the title, escaped', () => {
    expect(renderMarkdown(report, { label: 'models/vision' })).toMatch(
      /^## ReproScore for models\\\/vision: 50\/100/,
    );
    expect(renderMarkdown(report, { label: '@team <b>' })).not.toMatch(/@team|<b>/);
  });

  it('says so when nothing changed against the base', () => {
    expect(renderMarkdown(report, { base: report })).toContain('No check changed against the base branch.');
  });

  it('escapes repository text in summaries, fixes and evidence', () => {
    const evil = sampleReport({
      checks: [
        check('readme', {
          summary: 'README.md says <img src=x> @octocat | pwned',
          fix: 'See [this](https://evil.example)',
          evidence: [{ path: 'docs/<b>|x.md', line: 2, note: '@team\n| row |' }],
        }),
      ],
    });
    const md = renderMarkdown(evil);
    expect(md).not.toMatch(/<img|<b>|\]\(https|@octocat|@team/);
    expect(
      md
        .split('\n')
        .filter((l) => l.includes('README'))
        .every((l) => !/[^\\]\|\s*pwned/.test(l)),
    ).toBe(true);
  });

  it('stays within maxLength by dropping details, then passing rows, and points to the summary', () => {
    const many: Report = sampleReport({
      checks: Array.from({ length: 300 }, (_, i) =>
        check(`check-${i}`, {
          status: i % 3 === 0 ? 'fail' : 'pass',
          summary: 'x'.repeat(150),
          evidence: Array.from({ length: 30 }, (_, j) => ({
            path: `src/module_${i}/file_${j}.py`,
            line: j + 1,
            note: 'y'.repeat(80),
          })),
        }),
      ),
    });
    const full = renderMarkdown(many);
    expect(full.length).toBeGreaterThan(COMMENT_MAX_LENGTH);
    const url = 'https://github.com/o/r/actions/runs/42';
    const short = renderMarkdown(many, { maxLength: COMMENT_MAX_LENGTH, summaryUrl: url });
    expect(short.length).toBeLessThanOrEqual(COMMENT_MAX_LENGTH);
    expect(short).toContain(`[job summary](${url}). ${VOLATILE_MARK}`);
    expect(short).toContain('### Top fixes');

    const tiny = renderMarkdown(many, { maxLength: 20_000 });
    expect(tiny.length).toBeLessThanOrEqual(20_000);
    expect(tiny).not.toContain('<details>');
    expect(tiny).not.toMatch(/^\| ✅ /m);
    expect(tiny).toContain('passing or skipped checks are not listed here');

    for (const max of [5_000, 1_000, 100])
      expect(renderMarkdown(many, { maxLength: max }).length).toBeLessThanOrEqual(max);
  });

  it('does not link a summary URL that is not a plain https URL', () => {
    const many = sampleReport({
      checks: Array.from({ length: 50 }, (_, i) => check(`c${i}`, { summary: 'z'.repeat(200) })),
    });
    const md = renderMarkdown(many, { maxLength: 8_000, summaryUrl: 'javascript:alert(1)' });
    expect(md).not.toContain('javascript');
    expect(md).toContain('the full report is in the job summary');
  });

  it.skipIf(!hasCmark)(
    'renders on GitHub as tables, a list of fixes and collapsible details (cmark-gfm)',
    () => {
      const html = cmark(renderMarkdown(report, { base: report }));
      expect(html).toContain('<h2>ReproScore: 50/100 (grade D)</h2>');
      expect(html.match(/<table>/g)).toHaveLength(2);
      expect(html).toContain('<details><summary>Evidence for 2 checks</summary>');
      expect(html).toContain('</details>');
      expect(html).toMatch(/<ol>\s*<li><strong>A license<\/strong>/);
      // every checks-table row has five cells
      const checksTable = html.slice(html.lastIndexOf('<table>'));
      for (const row of checksTable.split('<tr>').slice(2)) expect(row.match(/<td/g)).toHaveLength(5);
    },
  );
});
