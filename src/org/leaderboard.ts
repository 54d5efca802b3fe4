// Organisation reviews: which repositories a shard scans, the leaderboard rows built from reports, and the
// leaderboard rendered as Markdown, CSV and JSON. Pure functions; src/org/run.ts does the I/O.
import type { Report } from '../model.ts';
import { rankFixes } from '../score/score.ts';
import { escapeMarkdown } from '../render/escape.ts';

export interface LeaderboardRow {
  repository: string;
  url: string;
  commit: string | null;
  score: number | null;
  grade: string | null;
  pwc: number | null;
  mofClass: string | null;
  topFix: string | null;
  apiCalls: number;
  error: string | null;
  /**
   * No ML code, models or datasets were found: only `checksApplied` of the checks applied, so the score says
   * little about reproducibility (absent in leaderboards written before this field existed).
   */
  notMl?: { checksApplied: number; checksTotal: number } | null;
}

/**
 * The note shown beside the score of a repository with no ML in it. Only digits come from the row (it may have
 * been read back from a leaderboard.json), so the note is safe in Markdown as it is.
 */
export function notMlNote(row: LeaderboardRow): string | null {
  const count = (n: unknown) => Math.max(0, Math.round(Number(n)) || 0);
  return row.notMl
    ? `no ML code, models or datasets found: ${count(row.notMl.checksApplied)} of ${count(row.notMl.checksTotal)} checks apply`
    : null;
}

export interface Leaderboard {
  schemaVersion: 1;
  owner: string;
  generatedAt: string;
  repositories: LeaderboardRow[];
}

/** `--shard I/N`: the repositories (sorted by name) whose position modulo N is I-1. */
export function parseShard(spec: string): { index: number; count: number } {
  const m = /^(\d{1,4})\/(\d{1,4})$/.exec(spec);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count)
    throw new Error(`--shard takes I/N with 1 ≤ I ≤ N (got '${spec}')`);
  return { index, count };
}

export function selectShard<T extends { name: string }>(
  repos: T[],
  shard: { index: number; count: number } | null,
): T[] {
  const sorted = [...repos].sort((a, b) =>
    a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0,
  );
  return shard ? sorted.filter((_, i) => i % shard.count === shard.index - 1) : sorted;
}

export function rowFromReport(repository: string, url: string, report: Report): LeaderboardRow {
  const fix = rankFixes(report.checks)[0];
  return {
    repository,
    url,
    commit: report.target.commit,
    score: report.score,
    grade: report.grade,
    pwc: report.standards.pwc.total,
    mofClass: report.standards.mof.class,
    topFix: fix ? fix.fix : null,
    apiCalls: report.target.apiCalls ?? 0,
    error: null,
    notMl:
      report.scope && !report.scope.ml
        ? { checksApplied: report.scope.checksApplied, checksTotal: report.scope.checksTotal }
        : null,
  };
}

/** Best first; failed scans last; ties by name. */
export function sortRows(rows: LeaderboardRow[]): LeaderboardRow[] {
  return [...rows].sort(
    (a, b) =>
      (b.score ?? -1) - (a.score ?? -1) ||
      (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0),
  );
}

/** Merges shard leaderboards of one owner into one (a repository seen twice keeps its newest row). */
export function mergeLeaderboards(parts: Leaderboard[]): Leaderboard {
  if (parts.length === 0) throw new Error('nothing to merge');
  const owners = new Set(parts.map((p) => p.owner));
  if (owners.size > 1) throw new Error(`shards of different owners: ${[...owners].join(', ')}`);
  const byRepo = new Map<string, LeaderboardRow>();
  for (const part of [...parts].sort((a, b) => (a.generatedAt < b.generatedAt ? -1 : 1))) {
    for (const row of part.repositories) byRepo.set(row.repository, row);
  }
  return {
    schemaVersion: 1,
    owner: parts[0]!.owner,
    generatedAt: parts
      .map((p) => p.generatedAt)
      .sort()
      .at(-1)!,
    repositories: sortRows([...byRepo.values()]),
  };
}

export function renderLeaderboardMarkdown(lb: Leaderboard, badgeDir = 'badges'): string {
  const scored = lb.repositories.filter((r) => r.score !== null);
  const mean = scored.length ? Math.round(scored.reduce((s, r) => s + r.score!, 0) / scored.length) : null;
  const lines = [
    `# ReproScore leaderboard: ${escapeMarkdown(lb.owner)}`,
    '',
    `${lb.repositories.length} repositories, ${scored.length} scanned${mean !== null ? `, mean score ${mean}` : ''} · ${lb.generatedAt}`,
    '',
    '| # | repository | badge | score | grade | PwC | MOF | top fix |',
    '| ---: | --- | --- | ---: | :---: | ---: | :---: | --- |',
  ];
  lb.repositories.forEach((r, i) => {
    const name = escapeMarkdown(r.repository);
    const file = badgeFile(r.repository);
    if (r.error) {
      lines.push(`| ${i + 1} | ${name} | | | | | | could not scan: ${escapeMarkdown(r.error)} |`);
    } else {
      lines.push(
        `| ${i + 1} | ${name} | ![${r.grade}](${badgeDir}/${file}.svg) | ${r.score}${r.notMl ? ` (${notMlNote(r)})` : ''} | ${r.grade} | ${r.pwc}/5 | ${r.mofClass ?? '–'} | ${r.topFix ? escapeMarkdown(r.topFix) : ''} |`,
      );
    }
  });
  return lines.join('\n') + '\n';
}

export function renderLeaderboardCsv(lb: Leaderboard): string {
  const header = [
    'rank',
    'repository',
    'url',
    'commit',
    'score',
    'grade',
    'pwc',
    'mof_class',
    'top_fix',
    'api_calls',
    'error',
  ];
  const cell = (v: unknown) => {
    let s = v === null || v === undefined ? '' : String(v);
    // a cell starting with = + - @ would run as a formula in a spreadsheet
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const rows = lb.repositories.map((r, i) =>
    [i + 1, r.repository, r.url, r.commit, r.score, r.grade, r.pwc, r.mofClass, r.topFix, r.apiCalls, r.error]
      .map(cell)
      .join(','),
  );
  return [header.join(','), ...rows].join('\n') + '\n';
}

/** A file-system-safe name for a repository's badge and report. */
export function badgeFile(repository: string): string {
  return repository.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
}
