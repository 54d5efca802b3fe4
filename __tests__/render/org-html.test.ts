// The organisation dashboard (index.html), parsed with a spec-compliant HTML parser: the leaderboard table with
// its sort buttons and filters, rows in score order with badges and relative links, the score distribution,
// failed scans shown with their error, and hostile text kept inert.
import { describe, expect, it } from 'vitest';
import type { Leaderboard, LeaderboardRow } from '../../src/org/leaderboard.ts';
import { renderDashboardHtml } from '../../src/render/html/index.ts';
import {
  attr,
  descendants,
  expectAccessibleStructure,
  expectHeadingsInOrder,
  expectStrictCsp,
  parseHtml,
  text,
  urls,
  type El,
} from './html-dom.ts';

const row = (
  repository: string,
  score: number | null,
  extra: Partial<LeaderboardRow> = {},
): LeaderboardRow => ({
  repository,
  url: `https://github.com/${repository}`,
  commit: 'a'.repeat(40),
  score,
  grade:
    score === null
      ? null
      : score >= 90
        ? 'A'
        : score >= 80
          ? 'B'
          : score >= 65
            ? 'C'
            : score >= 50
              ? 'D'
              : 'F',
  pwc: score === null ? null : Math.round(score / 20),
  mofClass: score !== null && score > 85 ? 'III' : null,
  topFix: score === null ? null : `Fix ${repository}.`,
  apiCalls: 3,
  error: score === null ? 'rate limit exceeded' : null,
  ...extra,
});

const files = (repository: string) => {
  const f = repository.replace(/[^A-Za-z0-9._-]/g, '_');
  return { page: `reports/${f}.html`, badge: `badges/${f}.svg` };
};

const LB: Leaderboard = {
  schemaVersion: 1,
  owner: 'acme',
  generatedAt: '2026-11-28T00:00:00.000Z',
  // deliberately not in score order: the page orders them
  repositories: [
    row('acme/mid', 70),
    row('acme/broken', null),
    row('acme/top', 95),
    row('acme/low', 12),
    row('acme/also-mid', 70),
    row('acme/hundred', 100),
  ],
};

function bodyRows(table: El): El[] {
  return descendants(table)
    .filter((e) => e.tagName === 'tbody')
    .flatMap((b) => descendants(b).filter((e) => e.tagName === 'tr'));
}

describe('the organisation dashboard', () => {
  const html = renderDashboardHtml(LB, { files });
  const dom = parseHtml(html);

  it('is one accessible, self-contained page under a strict CSP', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expectStrictCsp(dom);
    expectAccessibleStructure(dom);
    expectHeadingsInOrder(dom);
    expect(text(dom.tags('h1')[0]!)).toBe('acme');
    // only relative links to the published folder, and in-page fragments
    for (const u of urls(dom)) {
      expect(u.value, `${u.tag} ${u.name}`).toMatch(
        /^(#[a-z-]+|reports\/[A-Za-z0-9._-]+\.html|badges\/[A-Za-z0-9._-]+\.svg)$/,
      );
    }
    expect(Buffer.byteLength(html)).toBeLessThan(50_000);
  });

  it('has sort buttons in scoped column headers, score descending by default', () => {
    const table = dom.byId('leaderboard');
    expect(table.tagName).toBe('table');
    const buttons = descendants(table).filter((e) => e.tagName === 'button');
    expect(buttons.map((b) => attr(b, 'data-sort-key'))).toEqual([
      'repository',
      'score',
      'grade',
      'pwc',
      'mof',
    ]);
    for (const b of buttons) {
      const th = b.parentNode!;
      expect(th.tagName).toBe('th');
      expect(attr(th, 'scope')).toBe('col');
      expect(attr(th, 'aria-sort')).toBe(attr(b, 'data-sort-key') === 'score' ? 'descending' : 'none');
    }
  });

  it('lists every repository best first, failed scans last, each with its badge and a relative link', () => {
    const rows = bodyRows(dom.byId('leaderboard'));
    expect(rows.map((r) => attr(r, 'data-repo'))).toEqual([
      'acme/hundred',
      'acme/top',
      'acme/also-mid',
      'acme/mid',
      'acme/low',
      'acme/broken',
    ]);
    for (const r of rows.slice(0, 5)) {
      const repo = attr(r, 'data-repo')!;
      const source = LB.repositories.find((x) => x.repository === repo)!;
      expect(attr(r, 'data-score')).toBe(String(source.score));
      expect(attr(r, 'data-grade')).toBe(source.grade);
      const link = descendants(r).find((e) => e.tagName === 'a')!;
      expect(attr(link, 'href')).toBe(files(repo).page);
      expect(text(link)).toBe(repo);
      const img = descendants(r).find((e) => e.tagName === 'img')!;
      expect(attr(img, 'src')).toBe(files(repo).badge);
      expect(attr(img, 'alt')).toBe(`reproducibility ${source.score}/100, grade ${source.grade}`);
    }
    // the failed scan: its error as text, no score, no link, no badge
    const failed = rows[5]!;
    expect(attr(failed, 'data-score')).toBeUndefined();
    expect(text(failed)).toContain('Could not scan: rate limit exceeded');
    expect(descendants(failed).filter((e) => e.tagName === 'a' || e.tagName === 'img')).toEqual([]);
  });

  it('has the name and grade filters, labelled, with a live count', () => {
    const search = dom.byId('filter-text');
    expect(search.tagName).toBe('input');
    expect(attr(search, 'type')).toBe('search');
    const grade = dom.byId('filter-grade');
    expect(
      descendants(grade)
        .filter((e) => e.tagName === 'option')
        .map((o) => attr(o, 'value')),
    ).toEqual(['all', 'A', 'B', 'C', 'D', 'F']);
    const count = dom.byId('leaderboard-count');
    expect(attr(count, 'aria-live')).toBe('polite');
    expect(text(count)).toBe('Showing 6 of 6 repositories');
  });

  it('charts the distribution of scores, with the numbers as text', () => {
    const section = dom.byId('distribution');
    expect(section.tagName).toBe('section');
    const svg = descendants(section).find((e) => e.tagName === 'svg')!;
    const bars = descendants(svg).filter((e) => e.tagName === 'rect');
    expect(bars).toHaveLength(10);
    const counts = descendants(dom.byId('distribution-table'))
      .filter((e) => e.tagName === 'td')
      .map((td) => Number(text(td)));
    // 12 → 10–19; 70, 70 → 70–79; 95, 100 → 90–100
    expect(counts).toEqual([0, 1, 0, 0, 0, 0, 0, 2, 0, 2]);
    const titles = bars.map((b) => text(descendants(b).find((e) => e.tagName === 'title')!));
    expect(titles[9]).toBe('Score 90–100: 2 repositories');
    const grades = descendants(dom.byId('grades-table'))
      .filter((e) => e.tagName === 'td')
      .map((td) => Number(text(td)));
    expect(grades).toEqual([2, 0, 2, 0, 1]);
  });

  it('says when it was generated as a readable UTC date-time in a <time> element', () => {
    const times = dom.tags('time');
    expect(times).toHaveLength(1);
    expect(attr(times[0]!, 'datetime')).toBe('2026-11-28T00:00:00.000Z');
    expect(text(times[0]!)).toBe('28 Nov 2026, 00:00 UTC');
    const at = (generatedAt: string) =>
      parseHtml(renderDashboardHtml({ ...LB, generatedAt }, { files })).tags('time');
    const t = at('2026-03-05T21:07:59.999Z');
    expect([attr(t[0]!, 'datetime'), text(t[0]!)]).toEqual([
      '2026-03-05T21:07:59.999Z',
      '5 Mar 2026, 21:07 UTC',
    ]);
    // what is not a date is shown as text, without a <time>
    const odd = parseHtml(renderDashboardHtml({ ...LB, generatedAt: 'yesterday' }, { files }));
    expect(odd.tags('time')).toEqual([]);
    expect(text(odd.tags('main')[0]!)).toContain('Generated yesterday.');
  });

  it('draws the histogram as wide as its container, the text unscaled', () => {
    const svg = descendants(dom.byId('distribution')).find((e) => e.tagName === 'svg')!;
    expect(attr(svg, 'width')).toBe('100%');
    expect(attr(svg, 'viewBox')).toBeUndefined();
    const bars = descendants(svg).filter((e) => e.tagName === 'rect');
    for (const b of bars) {
      expect(attr(b, 'x')).toMatch(/^\d+(\.\d+)?%$/);
      expect(attr(b, 'width')).toMatch(/^\d+(\.\d+)?%$/);
    }
    const right = Math.max(...bars.map((b) => parseFloat(attr(b, 'x')!) + parseFloat(attr(b, 'width')!)));
    expect(right).toBeGreaterThan(98);
    expect(right).toBeLessThanOrEqual(100);
  });

  it('shows code spans of the top fix as <code>, their content escaped', () => {
    const IMG = '<img src=x onerror=alert(1)>';
    const html = renderDashboardHtml(
      {
        ...LB,
        repositories: [row('acme/a', 40, { topFix: `Add \`${IMG}\` or \`license:\`; one \` stays` })],
      },
      { files },
    );
    expect(html).toContain('<code>&lt;img src=x onerror=alert(1)&gt;</code>');
    const d = parseHtml(html);
    expect(d.tags('img').every((i) => attr(i, 'src')!.startsWith('badges/'))).toBe(true);
    expect(d.tags('code').map(text)).toEqual([IMG, 'license:']);
    expect(text(bodyRows(d.byId('leaderboard'))[0]!)).toContain(`Add ${IMG} or license:; one \` stays`);
  });

  it('keeps hostile text inert: owner, repository names, fixes and errors', () => {
    const IMG = '<img src=x onerror=alert(1)>';
    const evil: Leaderboard = {
      schemaVersion: 1,
      owner: `<script>alert(1)</script>`,
      generatedAt: '"><script>',
      repositories: [
        row('acme/"><svg onload=alert(1)>', 50, { topFix: `${IMG} javascript:alert(1)` }),
        row('acme/x', null, { error: `${IMG} "'\`` }),
      ],
    };
    const d = parseHtml(
      renderDashboardHtml(evil, {
        files: (r) =>
          r === 'acme/x' ? { page: 'javascript:alert(1)', badge: '//evil.example/x.svg' } : files(r),
      }),
    );
    expectStrictCsp(d);
    expect(text(d.tags('h1')[0]!)).toBe('<script>alert(1)</script>');
    expect(d.tags('script')).toHaveLength(1);
    expect(d.all.filter((e) => e.tagName === 'svg')).toHaveLength(1); // the histogram only
    for (const el of d.all) for (const a of el.attrs) expect(a.name.startsWith('on')).toBe(false);
    const rows = bodyRows(d.byId('leaderboard'));
    expect(rows.map((r) => attr(r, 'data-repo'))).toEqual(['acme/"><svg onload=alert(1)>', 'acme/x']);
    expect(text(rows[0]!)).toContain(`${IMG} javascript:alert(1)`);
    expect(text(rows[1]!)).toContain(`Could not scan: ${IMG} "'\``);
    // unsafe hrefs handed in are dropped, never emitted
    for (const u of urls(d)) expect(u.value).toMatch(/^(#|reports\/|badges\/)/);
    const imgs = d.tags('img');
    expect(imgs).toHaveLength(1);
  });
});

describe('docs/workflows/org-pages.yml', () => {
  it('scans on a schedule and deploys the output folder to GitHub Pages with the permissions that needs', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const wf = parse(readFileSync('docs/workflows/org-pages.yml', 'utf8'));
    expect(wf.on.schedule[0].cron).toBeTruthy();
    expect(wf.permissions).toEqual({ contents: 'read' });
    const scan = wf.jobs.scan.steps as { uses?: string; run?: string; with?: Record<string, string> }[];
    const run = scan.find((s) => s.run?.includes('cli.js org'))!.run!;
    expect(run).toContain('--output site');
    const upload = scan.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))!;
    expect(upload.with!.path).toBe('site');
    expect(wf.jobs.deploy.needs).toBe('scan');
    expect(wf.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(wf.jobs.deploy.environment.name).toBe('github-pages');
    expect(wf.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
  });
});

describe('repositories with no ML in them', () => {
  const lb: Leaderboard = {
    ...LB,
    repositories: [
      row('acme/model', 72),
      row('acme/website', 100, { notMl: { checksApplied: 4, checksTotal: 36 } }),
    ],
  };
  const dom = parseHtml(renderDashboardHtml(lb, { files }));
  const rowOf = (repo: string): El => dom.tags('tr').find((tr) => attr(tr, 'data-repo') === repo)!;

  it('say beside the name that few checks applied, and are marked for scripts', () => {
    const web = rowOf('acme/website');
    expect(attr(web, 'data-ml')).toBe('false');
    expect(text(web)).toContain('no ML code, models or datasets found: 4 of 36 checks apply');
    expect(attr(rowOf('acme/model'), 'data-ml')).toBeUndefined();
    expect(text(rowOf('acme/model'))).not.toContain('no ML');
  });

  it('are counted in the summary with what their scores mean', () => {
    expect(text(dom.tags('main')[0]!)).toContain('1 of them has no ML code, models or datasets');
  });
});
