// `reproscore org OWNER`: scans every repository of an organisation or user through the API with bounded
// concurrency, caches each result by repository and commit (an interrupted run resumes), and writes the
// leaderboard (Markdown, CSV, JSON), a badge and a report per repository into the output folder, and the HTML
// dashboard (index.html, with a page per repository under reports/) that GitHub Pages can publish as it is.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listOwnerRepos, octokitRepoApi, type ApiOptions, type OwnerRepo } from '../github/repo-api.ts';
import type { Report } from '../model.ts';
import { scan } from '../pipeline.ts';
import { parseReport } from '../github/report-file.ts';
import { renderBadgeJson, renderBadgeSvg } from '../render/badge.ts';
import { renderDashboardHtml, renderReportHtml } from '../render/html/index.ts';
import { RemoteSource } from '../source/remote.ts';
import {
  badgeFile,
  mergeLeaderboards,
  renderLeaderboardCsv,
  renderLeaderboardMarkdown,
  rowFromReport,
  selectShard,
  sortRows,
  type Leaderboard,
  type LeaderboardRow,
} from './leaderboard.ts';

export interface OrgOptions {
  owner: string;
  outDir: string;
  api: ApiOptions;
  topic?: string | undefined;
  limit?: number | undefined;
  includeForks?: boolean;
  includeArchived?: boolean;
  shard?: { index: number; count: number } | null;
  concurrency?: number;
  /** progress on a TTY */
  progress?: ((done: number, total: number, current: string) => void) | null;
  now?: () => Date;
}

export interface OrgResult {
  leaderboard: Leaderboard;
  apiCalls: number;
  fromCache: number;
}

export async function runOrg(options: OrgOptions): Promise<OrgResult> {
  const listed = await listOwnerRepos(options.owner, options.api);
  let apiCalls = listed.calls;
  let repos = listed.repos.filter(
    (r) =>
      (options.includeForks || !r.fork) &&
      (options.includeArchived || !r.archived) &&
      (!options.topic || r.topics.includes(options.topic)),
  );
  repos = selectShard(repos, options.shard ?? null);
  if (options.limit !== undefined) repos = repos.slice(0, options.limit);

  const cacheDir = join(options.outDir, 'cache');
  await mkdir(cacheDir, { recursive: true });
  await mkdir(join(options.outDir, 'badges'), { recursive: true });
  await mkdir(join(options.outDir, 'reports'), { recursive: true });

  const rows: LeaderboardRow[] = [];
  let fromCache = 0;
  let done = 0;
  let next = 0;
  let stop: Error | null = null;
  const worker = async () => {
    while (next < repos.length && !stop) {
      const repo = repos[next++]!;
      options.progress?.(done, repos.length, repo.fullName);
      try {
        const { report, calls, cached } = await scanOne(repo, options, cacheDir);
        apiCalls += calls;
        if (cached) fromCache++;
        rows.push(rowFromReport(repo.fullName, repo.htmlUrl, report));
        await writeOutputs(options.outDir, repo.fullName, report);
      } catch (err) {
        const message = (err as Error).message ?? String(err);
        rows.push({
          repository: repo.fullName,
          url: repo.htmlUrl,
          commit: null,
          score: null,
          grade: null,
          pwc: null,
          mofClass: null,
          topFix: null,
          apiCalls: 0,
          error: message.replace(/^github:[^:]+: /, ''),
        });
        // a rate limit ends the run: the cache lets the next run resume where this one stopped
        if (/rate limit/i.test(message)) stop = err as Error;
      }
      done++;
      options.progress?.(done, repos.length, repo.fullName);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, 16)) }, worker));

  const leaderboard: Leaderboard = {
    schemaVersion: 1,
    owner: options.owner,
    generatedAt: (options.now?.() ?? new Date()).toISOString(),
    repositories: sortRows(rows),
  };
  await writeLeaderboard(options.outDir, leaderboard);
  if (stop) throw Object.assign(stop, { leaderboard });
  return { leaderboard, apiCalls, fromCache };
}

async function scanOne(
  repo: OwnerRepo,
  options: OrgOptions,
  cacheDir: string,
): Promise<{ report: Report; calls: number; cached: boolean }> {
  const [owner, name] = repo.fullName.split('/') as [string, string];
  const target = { owner, repo: name, ref: repo.defaultBranch };
  const api = octokitRepoApi(target, options.api);
  const commit = await api.resolveCommit(repo.defaultBranch);
  const cacheFile = join(cacheDir, `${badgeFile(repo.fullName)}@${commit.sha}.json`);
  const cached = await readFile(cacheFile, 'utf8').then(
    (t) => JSON.parse(t) as Report,
    () => null,
  );
  if (cached) return { report: cached, calls: api.calls, cached: true };
  const report = await scan(new RemoteSource(target, api, commit), { limits: { concurrency: 4 } });
  report.target.apiCalls = api.calls;
  await writeAtomic(cacheFile, JSON.stringify(report));
  return { report, calls: api.calls, cached: false };
}

async function writeOutputs(outDir: string, fullName: string, report: Report): Promise<void> {
  const file = badgeFile(fullName);
  await writeAtomic(join(outDir, 'badges', `${file}.svg`), renderBadgeSvg(report));
  await writeAtomic(join(outDir, 'badges', `${file}.json`), renderBadgeJson(report));
  await writeAtomic(join(outDir, 'reports', `${file}.json`), JSON.stringify(report, null, 2) + '\n');
}

export async function writeLeaderboard(outDir: string, lb: Leaderboard): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await writeAtomic(join(outDir, 'leaderboard.json'), JSON.stringify(lb, null, 2) + '\n');
  await writeAtomic(join(outDir, 'leaderboard.md'), renderLeaderboardMarkdown(lb));
  await writeAtomic(join(outDir, 'leaderboard.csv'), renderLeaderboardCsv(lb));
  await writeHtml(outDir, lb);
}

/**
 * `index.html` (the dashboard) and `reports/OWNER_REPO.html` for every repository whose report is in
 * `reports/`: built from the stored reports, so a merge of shard folders gets them too.
 */
async function writeHtml(outDir: string, lb: Leaderboard): Promise<void> {
  await mkdir(join(outDir, 'reports'), { recursive: true });
  const pages = new Set<string>();
  const badges = new Set<string>();
  for (const row of lb.repositories) {
    if (row.error) continue;
    const file = badgeFile(row.repository);
    const text = await readFile(join(outDir, 'reports', `${file}.json`), 'utf8').catch(() => null);
    if (text === null) continue;
    let report: Report;
    try {
      report = parseReport(text, `reports/${file}.json`);
    } catch {
      continue; // not a report: the dashboard lists the repository without a page
    }
    const [owner = '', name = ''] = row.repository.split('/');
    const html = renderReportHtml(report, {
      repo: { owner, name, ref: report.target?.commit ?? 'HEAD' },
      title: row.repository,
      home: { href: '../index.html', label: `Leaderboard of ${lb.owner}` },
    });
    await writeAtomic(join(outDir, 'reports', `${file}.html`), html);
    pages.add(row.repository);
    if (existsSync(join(outDir, 'badges', `${file}.svg`))) badges.add(row.repository);
  }
  const html = renderDashboardHtml(lb, {
    files: (repository) => {
      const file = badgeFile(repository);
      return {
        page: pages.has(repository) ? `reports/${file}.html` : null,
        badge: badges.has(repository) ? `badges/${file}.svg` : null,
      };
    },
  });
  await writeAtomic(join(outDir, 'index.html'), html);
}

/** Merges the leaderboards of shard folders into one folder (badges and reports are copied across). */
export async function mergeShards(dirs: string[], outDir: string): Promise<Leaderboard> {
  const parts: Leaderboard[] = [];
  for (const dir of dirs) {
    const text = await readFile(join(dir, 'leaderboard.json'), 'utf8').catch(() => {
      throw new Error(`${dir}: no leaderboard.json`);
    });
    const lb = JSON.parse(text) as Leaderboard;
    if (lb.schemaVersion !== 1 || !Array.isArray(lb.repositories))
      throw new Error(`${dir}/leaderboard.json: not a leaderboard`);
    parts.push(lb);
  }
  const merged = mergeLeaderboards(parts);
  await mkdir(join(outDir, 'badges'), { recursive: true });
  await mkdir(join(outDir, 'reports'), { recursive: true });
  for (const dir of dirs) {
    for (const row of merged.repositories) {
      const file = badgeFile(row.repository);
      for (const [sub, ext] of [
        ['badges', '.svg'],
        ['badges', '.json'],
        ['reports', '.json'],
      ] as const) {
        const body = await readFile(join(dir, sub, file + ext)).catch(() => null);
        if (body) await writeAtomic(join(outDir, sub, file + ext), body);
      }
    }
  }
  await writeLeaderboard(outDir, merged);
  return merged;
}

async function writeAtomic(path: string, body: string | Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, body);
  await rename(tmp, path);
}
