// Leaderboard → the organisation dashboard (`index.html` of `reproscore org` and `org-merge`): a sortable,
// filterable table with each repository's badge, grade and a link to its page, and the distribution of scores.
// Pure: no I/O. The default order (score, best first) is rendered here; the script only re-sorts and filters.
import { notMlNote, sortRows, type Leaderboard, type LeaderboardRow } from '../../org/leaderboard.ts';
import { histogram } from './chart.ts';
import { clip, esc, escCode, num, safeRelative } from './escape.ts';
import { renderPage } from './page.ts';

export interface DashboardOptions {
  /** relative hrefs of a repository's page and badge inside the published folder (null: none) */
  files(repository: string): { page: string | null; badge: string | null };
}

const GRADES = ['A', 'B', 'C', 'D', 'F'] as const;
const MOF_CLASSES = new Set(['I', 'II', 'III']);

const score = (r: LeaderboardRow): number | null =>
  !r.error && typeof r.score === 'number' && Number.isFinite(r.score) ? r.score : null;

export function renderDashboardHtml(lb: Leaderboard, options: DashboardOptions): string {
  const rows = sortRows(Array.isArray(lb.repositories) ? lb.repositories : []);
  const scores = rows.map(score).filter((s): s is number => s !== null);
  const failed = rows.length - scores.length;
  const mean = scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : null;
  const sorted = [...scores].sort((a, b) => a - b);
  const median = sorted.length
    ? sorted.length % 2
      ? sorted[(sorted.length - 1) / 2]!
      : Math.round((sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2)
    : null;
  const owner = clip(lb.owner, 100);
  const notMl = rows.filter((r) => score(r) !== null && r.notMl).length;
  const summary = `${rows.length} ${rows.length === 1 ? 'repository' : 'repositories'}: ${scores.length} scored${
    failed ? `, ${failed} could not be scanned` : ''
  }${mean !== null ? `. Mean score ${mean}, median ${median}` : ''}.${
    notMl
      ? ` ${notMl} of them ${notMl === 1 ? 'has' : 'have'} no ML code, models or datasets: few checks apply there, so their scores say little.`
      : ''
  }`;
  const main = `<p class="eyebrow">ReproScore leaderboard</p>
<h1>${esc(owner)}</h1>
<p>${esc(summary)} Generated ${generated(lb.generatedAt)}.</p>
${distribution(rows)}
${table(rows, options)}`;
  return renderPage({
    title: `${owner}: ReproScore leaderboard`,
    nav: [
      ['distribution', 'Distribution'],
      ['repositories-h', 'Repositories'],
    ],
    main,
    footer: 'each repository links to its own report; badges/ and reports/ hold the files',
  });
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** When the leaderboard was made, as `28 Nov 2026, 01:23 UTC` in a <time> element (unparseable: the text as is). */
export function generated(at: unknown): string {
  const date = typeof at === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(at) ? new Date(at) : null;
  if (!date || Number.isNaN(date.getTime())) return esc(clip(at, 40));
  const two = (n: number) => String(n).padStart(2, '0');
  const shown = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
  return `<time datetime="${esc(date.toISOString())}">${esc(shown)}</time>`;
}

function distribution(rows: LeaderboardRow[]): string {
  const bins = Array.from({ length: 10 }, (_, i) => ({
    from: i * 10,
    to: i === 9 ? 100 : i * 10 + 9,
    count: 0,
  }));
  const grades = new Map<string, number>(GRADES.map((g) => [g, 0]));
  for (const r of rows) {
    const s = score(r);
    if (s === null) continue;
    bins[Math.max(0, Math.min(9, Math.floor(s / 10)))]!.count++;
    if (r.grade && grades.has(r.grade)) grades.set(r.grade, grades.get(r.grade)! + 1);
  }
  const label = (b: { from: number; to: number }) => `${b.from}–${b.to}`;
  const plural = (n: number) => `${n} ${n === 1 ? 'repository' : 'repositories'}`;
  const chart = histogram({
    id: 'distribution-chart',
    title: 'Repositories by score',
    description: bins.map((b) => `${label(b)}: ${b.count}`).join(', '),
    bins: bins.map((b) => ({
      label: label(b),
      count: b.count,
      title: `Score ${label(b)}: ${plural(b.count)}`,
    })),
  });
  return `<section id="distribution" aria-labelledby="distribution-h">
<h2 id="distribution-h">Distribution of scores</h2>
${chart}
<div class="wrap" role="region" tabindex="0" aria-labelledby="distribution-table-caption"><table id="distribution-table">
<caption id="distribution-table-caption">Repositories per score range</caption>
<thead><tr>${bins.map((b) => `<th scope="col" class="n">${label(b)}</th>`).join('')}</tr></thead>
<tbody><tr>${bins.map((b) => `<td class="n">${b.count}</td>`).join('')}</tr></tbody>
</table></div>
<div class="wrap" role="region" tabindex="0" aria-labelledby="grades-table-caption"><table id="grades-table">
<caption id="grades-table-caption">Repositories per grade</caption>
<thead><tr>${GRADES.map((g) => `<th scope="col" class="n">${g}</th>`).join('')}</tr></thead>
<tbody><tr>${GRADES.map((g) => `<td class="n">${grades.get(g)}</td>`).join('')}</tr></tbody>
</table></div>
</section>`;
}

function table(rows: LeaderboardRow[], options: DashboardOptions): string {
  const sortable = (key: string, label: string, sort: 'descending' | 'none', numeric = false) =>
    `<th scope="col"${numeric ? ' class="n"' : ''} aria-sort="${sort}"><button type="button" data-sort-key="${key}">${label}</button></th>`;
  let rank = 0;
  const body = rows.map((r) => {
    const s = score(r);
    const files = options.files(String(r.repository));
    const page = safeRelative(files.page);
    const badge = safeRelative(files.badge);
    const name = esc(clip(r.repository, 140));
    const note = notMlNote(r);
    const repoCell = `<th scope="row" class="c-repo">${page && s !== null ? `<a href="${esc(page)}">${name}</a>` : name}${note ? `<br><span class="muted not-ml">${esc(note)}</span>` : ''}</th>`;
    if (s === null) {
      return `<tr data-repo="${esc(r.repository)}" class="failed"><td class="n c-rank">–</td>${repoCell}<td class="c-badge"></td><td class="n" data-label="Score">–</td><td data-label="Grade">–</td><td class="n" data-label="PwC checklist">–</td><td data-label="MOF">–</td><td class="c-fix"><span class="err">Could not scan:</span> ${esc(clip(r.error ?? 'no score', 300))}</td></tr>`;
    }
    rank++;
    const grade = r.grade && (GRADES as readonly string[]).includes(r.grade) ? r.grade : null;
    const mof = r.mofClass && MOF_CLASSES.has(r.mofClass) ? r.mofClass : null;
    const pwc = typeof r.pwc === 'number' && Number.isFinite(r.pwc) ? r.pwc : null;
    const attrs = [
      `data-repo="${esc(r.repository)}"`,
      `data-score="${esc(num(s))}"`,
      note ? 'data-ml="false"' : '',
      grade ? `data-grade="${grade}"` : '',
      pwc !== null ? `data-pwc="${esc(num(pwc))}"` : '',
      mof ? `data-mof="${mof}"` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const img = badge
      ? `<img class="badge" src="${esc(badge)}" alt="${esc(`reproducibility ${num(s)}/100, grade ${grade ?? 'unknown'}`)}" height="20">`
      : '';
    return `<tr ${attrs}><td class="n c-rank">${rank}</td>${repoCell}<td class="c-badge">${img}</td><td class="n" data-label="Score">${esc(num(s))}</td><td data-label="Grade">${grade ?? '–'}</td><td class="n" data-label="PwC checklist">${pwc !== null ? `${esc(num(pwc))}/5` : '–'}</td><td data-label="MOF">${mof ? `Class ${mof}` : '–'}</td><td class="c-fix" data-label="Top fix">${r.topFix ? escCode(clip(r.topFix, 200)) : '<span class="muted">nothing to fix</span>'}</td></tr>`;
  });
  return `<section aria-labelledby="repositories-h">
<h2 id="repositories-h">Repositories</h2>
<div class="filters" role="search" aria-label="Filter repositories" hidden data-needs-script>
<div><label for="filter-text">Repository name</label><input type="search" id="filter-text" autocomplete="off"></div>
<div><label for="filter-grade">Grade</label><select id="filter-grade"><option value="all">All grades</option>${GRADES.map((g) => `<option value="${g}">${g}</option>`).join('')}</select></div>
</div>
<p id="leaderboard-count" aria-live="polite">Showing ${rows.length} of ${rows.length} repositories</p>
<div class="wrap" role="region" tabindex="0" aria-labelledby="leaderboard-caption"><table id="leaderboard" class="stack">
<caption id="leaderboard-caption">Repositories by reproducibility score; the column buttons sort the table</caption>
<thead><tr><th scope="col" class="n">Rank</th>${sortable('repository', 'Repository', 'none')}<th scope="col">Badge</th>${sortable('score', 'Score', 'descending', true)}${sortable('grade', 'Grade', 'none')}${sortable('pwc', 'PwC checklist', 'none', true)}${sortable('mof', 'MOF class', 'none')}<th scope="col">Top fix</th></tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table></div>
</section>`;
}
