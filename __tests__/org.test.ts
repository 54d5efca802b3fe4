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
