import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  mergeLeaderboards,
  parseShard,
  renderLeaderboardCsv,
  renderLeaderboardMarkdown,
  selectShard,
  type Leaderboard,
  type LeaderboardRow,
} from '../src/org/leaderboard.ts';
import { mergeShards, runOrg } from '../src/org/run.ts';
import { main } from '../src/cli/main.ts';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.ts';
import { attr, descendants, expectStrictCsp, parseHtml, text, urls } from './render/html-dom.ts';

/** index.html: one row per repository of the leaderboard, each linking to a page that exists. */
function expectDashboard(out: string, repositories: string[]): void {
  const dom = parseHtml(readFileSync(join(out, 'index.html'), 'utf8'));
  expectStrictCsp(dom);
  const rows = descendants(dom.byId('leaderboard')).filter((e) => e.tagName === 'tr' && attr(e, 'data-repo'));
  expect(rows.map((r) => attr(r, 'data-repo'))).toEqual(repositories);
  for (const r of rows) {
    const repo = attr(r, 'data-repo')!;
    const file = repo.replace('/', '_');
    const link = descendants(r).find((e) => e.tagName === 'a')!;
    expect(attr(link, 'href')).toBe(`reports/${file}.html`);
    expect(existsSync(join(out, 'reports', `${file}.html`))).toBe(true);
    const img = descendants(r).find((e) => e.tagName === 'img')!;
    expect(attr(img, 'src')).toBe(`badges/${file}.svg`);
    expect(existsSync(join(out, 'badges', `${file}.svg`))).toBe(true);
    // the repository's page links its evidence to that repository at the scanned commit, and back to the index
    const page = parseHtml(readFileSync(join(out, 'reports', `${file}.html`), 'utf8'));
    expect(text(page.tags('h1')[0]!)).toBe(repo);
    const report = JSON.parse(readFileSync(join(out, 'reports', `${file}.json`), 'utf8'));
    expect(text(page.byId('score'))).toBe(String(report.score));
    expect(attr(r, 'data-score')).toBe(String(report.score));
    for (const u of urls(page)) {
      if (u.value.startsWith('#') || u.value === '../index.html') continue;
      expect(u.value.startsWith(`https://github.com/${repo}/blob/${report.target.commit}/`), u.value).toBe(
        true,
      );
    }
    expect(urls(page).map((u) => u.value)).toContain('../index.html');
  }
}

const row = (
  repository: string,
  score: number | null,
  extra: Partial<LeaderboardRow> = {},
): LeaderboardRow => ({
  repository,
  url: `https://github.com/${repository}`,
  commit: null,
  score,
  grade: score === null ? null : 'C',
  pwc: score === null ? null : 2,
  mofClass: null,
  topFix: null,
  apiCalls: 0,
  error: score === null ? 'not found' : null,
  ...extra,
});

describe('leaderboard logic', () => {
  it('shards repositories by position in name order, covering each exactly once', () => {
    const repos = ['e', 'B', 'a', 'd', 'c'].map((name) => ({ name }));
    const shards = [1, 2, 3].map((i) => selectShard(repos, { index: i, count: 3 }).map((r) => r.name));
    expect(shards).toEqual([['a', 'd'], ['B', 'e'], ['c']]);
    expect(() => parseShard('0/3')).toThrow();
    expect(() => parseShard('4/3')).toThrow();
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
  });

  it('merges shards: one row per repository, best first, failures last', () => {
    const a: Leaderboard = {
      schemaVersion: 1,
      owner: 'acme',
      generatedAt: '2026-01-01T00:00:00Z',
      repositories: [row('acme/a', 40), row('acme/x', null)],
    };
    const b: Leaderboard = {
      schemaVersion: 1,
      owner: 'acme',
      generatedAt: '2026-01-02T00:00:00Z',
      repositories: [row('acme/b', 90), row('acme/a', 55)],
    };
    const m = mergeLeaderboards([b, a]);
    expect(m.repositories.map((r) => [r.repository, r.score])).toEqual([
      ['acme/b', 90],
      ['acme/a', 55],
      ['acme/x', null],
    ]);
    expect(m.generatedAt).toBe('2026-01-02T00:00:00Z');
    expect(() => mergeLeaderboards([a, { ...b, owner: 'other' }])).toThrow(/different owners/);
  });

  it('escapes repository text in Markdown and defuses spreadsheet formulas in CSV', () => {
    const lb: Leaderboard = {
      schemaVersion: 1,
      owner: 'acme',
      generatedAt: 'now',
      repositories: [row('acme/a', 50, { topFix: '=HYPERLINK("x") | <img src=x onerror=alert(1)> @team' })],
    };
    const md = renderLeaderboardMarkdown(lb);
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/[^\\]\| <img/);
    expect(md).not.toMatch(/(^|[^`\w])@team/);
    const csv = renderLeaderboardCsv(lb);
    expect(csv.split('\n')[1]).toContain(`"'=HYPERLINK(""x"")`);
  });

  it('says in the Markdown leaderboard when a repository has no ML in it', () => {
    const lb: Leaderboard = {
      schemaVersion: 1,
      owner: 'acme',
      generatedAt: 'now',
      repositories: [
        row('acme/site', 100, { notMl: { checksApplied: 4, checksTotal: 36 } }),
        row('acme/m', 70),
      ],
    };
    const lines = renderLeaderboardMarkdown(lb).split('\n');
    expect(lines.find((l) => l.includes('site'))).toContain(
      '100 (no ML code, models or datasets found: 4 of 36 checks apply)',
    );
    expect(lines.find((l) => l.includes('| 70 |'))).not.toContain('no ML');
  });
});

const REPO = (n: number) => ({
  files: {
    'README.md': `# Project ${n}\n\n## Installation\n\n\`\`\`bash\npip install -r requirements.txt\n\`\`\`\n`,
    'requirements.txt': n % 2 ? 'torch==2.3.1\n' : 'torch\n',
  },
});

describe('reproscore org (against a fake GitHub)', () => {
  let gh: FakeGitHub;
  const dirs: string[] = [];
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'reproscore-org-'));
    dirs.push(d);
    return d;
  };
  beforeAll(async () => {
    gh = await startFakeGitHub(
      {
        'acme/alpha': REPO(1),
        'acme/beta': REPO(2),
        'acme/gamma': { ...REPO(3), topics: ['ml'] },
        'acme/delta': REPO(4),
        'acme/old': { ...REPO(5), archived: true },
        'acme/copy': { ...REPO(6), fork: true },
        'solo/tool': REPO(7),
      },
      { orgs: ['acme'], pageSize: 2 },
    );
  });
  afterAll(async () => {
    await gh.close();
    dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  it('scans every repository across Link pages, skipping archived repos and forks, and writes the outputs', async () => {
    const out = tmp();
    const r = await runOrg({ owner: 'acme', outDir: out, api: { baseUrl: gh.url, retries: 0 } });
    expect(r.leaderboard.repositories.map((x) => x.repository).sort()).toEqual([
      'acme/alpha',
      'acme/beta',
      'acme/delta',
      'acme/gamma',
    ]);
    expect(gh.requests.filter((q) => q.path.startsWith('/orgs/acme/repos')).length).toBe(3); // 6 repos, 2 a page
    for (const f of [
      'leaderboard.md',
      'leaderboard.csv',
      'leaderboard.json',
      'badges/acme_alpha.svg',
      'badges/acme_alpha.json',
      'reports/acme_alpha.json',
    ]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    expect(readFileSync(join(out, 'badges/acme_alpha.svg'), 'utf8')).toMatch(/^<svg/);
    expectDashboard(
      out,
      r.leaderboard.repositories.map((x) => x.repository),
    );
    // the second run resumes from the cache: one commit lookup per repository, no trees or blobs
    const before = gh.requests.length;
    const again = await runOrg({ owner: 'acme', outDir: out, api: { baseUrl: gh.url, retries: 0 } });
    expect(again.fromCache).toBe(4);
    const paths = gh.requests.slice(before).map((q) => q.path);
    expect(paths.filter((p) => p.includes('/git/'))).toEqual([]);
    expect(again.leaderboard.repositories).toEqual(r.leaderboard.repositories);
  });

  it('filters by topic and limit, and falls back to a user account', async () => {
    const topic = await runOrg({
      owner: 'acme',
      outDir: tmp(),
      topic: 'ml',
      api: { baseUrl: gh.url, retries: 0 },
    });
    expect(topic.leaderboard.repositories.map((x) => x.repository)).toEqual(['acme/gamma']);
    const user = await runOrg({ owner: 'solo', outDir: tmp(), api: { baseUrl: gh.url, retries: 0 } });
    expect(user.leaderboard.repositories.map((x) => x.repository)).toEqual(['solo/tool']);
    const limited = await runOrg({
      owner: 'acme',
      outDir: tmp(),
      limit: 1,
      includeArchived: true,
      includeForks: true,
      api: { baseUrl: gh.url, retries: 0 },
    });
    expect(limited.leaderboard.repositories.map((x) => x.repository)).toEqual(['acme/alpha']);
  });

  it('two shards merged equal one unsharded run', async () => {
    const whole = await runOrg({ owner: 'acme', outDir: tmp(), api: { baseUrl: gh.url, retries: 0 } });
    const s1 = tmp();
    const s2 = tmp();
    await runOrg({
      owner: 'acme',
      outDir: s1,
      shard: { index: 1, count: 2 },
      api: { baseUrl: gh.url, retries: 0 },
    });
    await runOrg({
      owner: 'acme',
      outDir: s2,
      shard: { index: 2, count: 2 },
      api: { baseUrl: gh.url, retries: 0 },
    });
    const out = tmp();
    const merged = await mergeShards([s1, s2], out);
    expect(merged.repositories).toEqual(whole.leaderboard.repositories);
    expect(existsSync(join(out, 'badges/acme_delta.svg'))).toBe(true);
    // the dashboard and a page per repository, built from the shards' stored reports
    expectDashboard(
      out,
      merged.repositories.map((x) => x.repository),
    );
  });

  it('the CLI: org writes index.html with a page per repository, and org-merge does too', async () => {
    const io = { out: () => {}, err: () => {}, isTTY: false, env: { GITHUB_API_URL: gh.url } };
    const out = tmp();
    expect(await main(['org', 'acme', '--output', out, '--shard', '1/2'], io)).toBe(0);
    const lb = JSON.parse(readFileSync(join(out, 'leaderboard.json'), 'utf8')) as Leaderboard;
    expect(lb.repositories.length).toBe(2);
    expectDashboard(
      out,
      lb.repositories.map((x) => x.repository),
    );
    const merged = tmp();
    expect(await main(['org-merge', out, '--output', merged], io)).toBe(0);
    expectDashboard(
      merged,
      lb.repositories.map((x) => x.repository),
    );
  });

  it('a github: target as HTML links evidence to that repository at the resolved commit', async () => {
    let html = '';
    const code = await main(['github:acme/alpha', '--format', 'html'], {
      out: (s) => (html += s),
      err: () => {},
      isTTY: false,
      env: { GITHUB_API_URL: gh.url },
    });
    expect(code).toBe(0);
    const dom = parseHtml(html);
    expect(text(dom.tags('h1')[0]!)).toBe('acme/alpha');
    const links = urls(dom).filter((u) => !u.value.startsWith('#'));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links)
      expect(l.value).toMatch(/^https:\/\/github\.com\/acme\/alpha\/blob\/[0-9a-f]{40}\/[^/]/);
  });

  it('the CLI: unknown owner exits 2 with one line', async () => {
    let err = '';
    const code = await main(['org', 'nobody', '--output', tmp()], {
      out: () => {},
      err: (s) => (err += s),
      isTTY: false,
      env: { GITHUB_API_URL: gh.url },
    });
    expect(code).toBe(2);
    expect(err).toMatch(/^reproscore: org nobody: no such organisation or user/);
  });
});
