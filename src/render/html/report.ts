// Report → one self-contained HTML page (`--format html`, the Action's report.html, the org pages): score and
// grade, a chart per category, the checks table with filters, evidence linked to the file and line, fixes ranked
// by points gained, the Papers with Code and Model Openness Framework panels, and invalid declarations with their
// offending lines. Pure: no I/O. Everything is rendered here; the page's script only filters.
import type { CheckResult, Report, Status, Validation, ValidationError } from '../../model.ts';
import { rankFixes } from '../../score/score.ts';
import { orderChecks, scopeNote } from '../common.ts';
import { barChart } from './chart.ts';
import {
  blobUrl,
  breakable,
  clip,
  esc,
  escCode,
  num,
  safeRelative,
  safeRepo,
  safeServer,
  type RepoRef,
} from './escape.ts';
import { renderPage } from './page.ts';

export interface HtmlReportOptions {
  /** the GitHub repository and commit the report's paths belong to: evidence becomes links to the file and line */
  repo?: RepoRef | null;
  /** the GitHub web origin for those links (GitHub Enterprise Server); github.com by default */
  serverUrl?: string;
  /** what the page's heading names; by default OWNER/REPO when the repository is known, else the scanned root */
  title?: string;
  /** a relative link back, e.g. to the organisation dashboard (`../index.html`) */
  home?: { href: string; label: string } | null;
}

// Caps that keep a page small (well under 200 KB) whatever the repository; what is cut is counted, and
// report.json has it all.
/** Evidence items listed per check (the checks themselves rarely give more than five). */
export const EVIDENCE_PER_CHECK = 5;
/** Invalid declaration files shown; errors listed per file; errors per file shown with their lines. */
const MAX_INVALID_FILES = 10;
const MAX_ERRORS_PER_FILE = 10;
const EXCERPTS_PER_FILE = 3;
/** ...and on the whole page */
const MAX_EXCERPTS = 15;
const EXCERPT_CHARS = 160;
const MAX_FINDINGS = 30;

export const STATUS_LABEL: Record<Status, string> = {
  pass: 'Pass',
  partial: 'Partial',
  fail: 'Fail',
  skip: 'Skipped',
};
const STATUS_ICON: Record<Status, string> = { pass: '✓', partial: '◐', fail: '✗', skip: '–' };
const STATUSES: Status[] = ['pass', 'partial', 'fail', 'skip'];

const PWC_ITEMS: [keyof Report['standards']['pwc']['items'], string][] = [
  ['dependencies', 'Specification of dependencies'],
  ['trainingCode', 'Training code'],
  ['evaluationCode', 'Evaluation code'],
  ['pretrainedModels', 'Pre-trained models'],
  ['readmeResults', 'README file with results'],
];

interface Ctx {
  repo: RepoRef | null;
  server: string;
}

export function renderReportHtml(report: Report, options: HtmlReportOptions = {}): string {
  const ctx: Ctx = { repo: safeRepo(options.repo), server: safeServer(options.serverUrl) };
  const name =
    options.title ?? (ctx.repo ? `${ctx.repo.owner}/${ctx.repo.name}` : String(report.target?.root ?? '.'));
  const home = options.home && safeRelative(options.home.href) ? options.home : null;
  const main = [
    headline(report, name),
    fixes(report),
    categories(report),
    checksTable(report, ctx),
    pwc(report),
    mof(report),
    validation(report, ctx),
    findings(report, ctx),
  ].join('\n');
  return renderPage({
    title: `${clip(name, 120)}: ReproScore ${num(report.score)}/100 (grade ${report.grade})`,
    nav: [
      ['fixes-h', 'Fixes'],
      ['categories', 'Categories'],
      ['checks-h', 'Checks'],
      ['pwc', 'Papers with Code'],
      ['mof', 'Model Openness'],
      ['validation', 'Declarations'],
    ],
    home,
    main,
    footer: `report schema ${num(report.schemaVersion)}, scanned by ReproScore ${clip(report.tool?.version ?? '', 40)}`,
  });
}

// ------------------------------------------------------------------------------------------------ sections

function headline(report: Report, name: string): string {
  const t = report.target ?? ({} as Report['target']);
  const facts: [string, string][] = [];
  if (t.commit) facts.push(['Commit', `<span class="path">${esc(clip(t.commit, 64))}</span>`]);
  facts.push(['Files scanned', esc(num(t.filesScanned))]);
  if (t.listing) facts.push(['Listing', esc(t.listing)]);
  const pwcTotal = report.standards?.pwc?.total;
  const mofClass = report.standards?.mof?.class;
  const scope = scopeNote(report);
  const note = scope ? `<p class="note">${esc(scope)}</p>` : '';
  const exemptions = report.config?.exemptions ?? [];
  return `<p class="eyebrow">ReproScore report</p>
<h1>${esc(clip(name, 200))}</h1>
<section aria-label="Score">
<div class="headline">
<p><span class="big" id="score">${esc(num(report.score, '0'))}</span><span class="of">/100</span></p>
<p>Grade <span class="big" id="grade">${esc(report.grade)}</span></p>
<p>Papers with Code checklist <strong>${esc(num(pwcTotal))}/5</strong></p>
<p>Model Openness Framework <strong>${mofClass ? `Class ${esc(mofClass)}` : 'not yet Class III'}</strong></p>
</div>
${note}
<dl class="facts">${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}${
    exemptions.length
      ? `<dt>Exemptions</dt><dd>${exemptions
          .slice(0, 20)
          .map((e) => `${esc(clip(e.check, 60))}: ${esc(clip(e.reason, 200))}`)
          .join('; ')}</dd>`
      : ''
  }</dl>
</section>`;
}

function fixes(report: Report): string {
  const ranked = rankFixes(report.checks ?? []);
  const index = new Map((report.checks ?? []).map((c, i) => [c.id, i]));
  const items = ranked.map((f) => {
    const i = index.get(f.id);
    const title = esc(clip(f.title, 120));
    return `<li><a href="#check-${i}">${title}</a> <span class="gain">+${esc(num(f.gain))} ${f.gain === 1 ? 'point' : 'points'}</span>: ${escCode(clip(f.fix, 240))}</li>`;
  });
  return `<section aria-labelledby="fixes-h">
<h2 id="fixes-h">Fixes, ranked by points gained</h2>
${items.length ? '' : '<p>Nothing to fix: every check passes or is skipped.</p>\n'}<ol id="fixes">${items.join('\n')}</ol>
</section>`;
}

function categories(report: Report): string {
  const cats = report.categories ?? [];
  const rows = cats.map((c) => {
    const max = typeof c.max === 'number' && c.max > 0 ? c.max : 0;
    const pct = max ? Math.round((c.score / max) * 100) : null;
    return `<tr><th scope="row">${esc(clip(c.title, 80))}</th><td class="n">${esc(num(c.score))}</td><td class="n">${esc(num(c.max))}</td><td class="n">${pct === null ? 'n/a' : `${pct}%`}</td></tr>`;
  });
  const chart = barChart({
    id: 'categories-chart',
    title: 'Points per category',
    description: cats.map((c) => `${clip(c.title, 40)} ${num(c.score)} of ${num(c.max)}`).join(', '),
    bars: cats.map((c) => ({
      label: clip(c.title, 22),
      value: typeof c.score === 'number' && Number.isFinite(c.score) ? c.score : 0,
      max: typeof c.max === 'number' && Number.isFinite(c.max) ? c.max : 0,
      text: `${num(c.score)}/${num(c.max)}`,
      title: `${clip(c.title, 80)}: ${num(c.score)} of ${num(c.max)} points`,
      data: c.id,
    })),
  });
  return `<section id="categories" aria-labelledby="categories-h">
<h2 id="categories-h">Categories</h2>
${chart}
<div class="wrap" role="region" tabindex="0" aria-labelledby="categories-table-caption"><table id="categories-table">
<caption id="categories-table-caption">Points per category</caption>
<thead><tr><th scope="col">Category</th><th scope="col" class="n">Points</th><th scope="col" class="n">Out of</th><th scope="col" class="n">Share</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table></div>
</section>`;
}

function checksTable(report: Report, ctx: Ctx): string {
  const all = report.checks ?? [];
  const index = new Map(all.map((c, i) => [c, i]));
  const titles = new Map((report.categories ?? []).map((c) => [c.id, c.title]));
  const categoryIds = [
    ...new Set([...(report.categories ?? []).map((c) => c.id), ...all.map((c) => c.category)]),
  ];
  const counts = new Map<Status, number>();
  for (const c of all) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
  const rows = orderChecks(all).map((c) => checkRow(c, index.get(c)!, titles, ctx));
  const option = (value: string, label: string) => `<option value="${esc(value)}">${esc(label)}</option>`;
  return `<section aria-labelledby="checks-h">
<h2 id="checks-h">Checks</h2>
<p>${STATUSES.map((s) => `${esc(STATUS_LABEL[s])} ${counts.get(s) ?? 0}`).join(' · ')}</p>
<div class="filters" role="group" aria-label="Filter checks" hidden data-needs-script>
<div><label for="filter-status">Status</label><select id="filter-status">${option('all', 'All statuses')}${STATUSES.map((s) => option(s, STATUS_LABEL[s])).join('')}</select></div>
<div><label for="filter-category">Category</label><select id="filter-category">${option('all', 'All categories')}${categoryIds.map((id) => option(id, clip(titles.get(id) ?? id, 60))).join('')}</select></div>
</div>
<p id="checks-count" aria-live="polite">Showing ${all.length} of ${all.length} checks</p>
<div class="wrap" role="region" tabindex="0" aria-labelledby="checks-caption"><table id="checks" class="stack">
<caption id="checks-caption">Every check with its status, points, what was seen and where</caption>
<thead><tr><th scope="col" class="c-status">Status</th><th scope="col" class="c-check">Check</th><th scope="col" class="c-cat">Category</th><th scope="col" class="n c-pts">Points</th><th scope="col">Summary</th><th scope="col" class="c-ev">Evidence</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>
</section>`;
}

function checkRow(c: CheckResult, i: number, titles: Map<string, string>, ctx: Ctx): string {
  const status: Status = STATUSES.includes(c.status) ? c.status : 'fail';
  const summary =
    status === 'skip' && c.exemption
      ? `Skipped by the maintainers: ${esc(clip(c.exemption, 300))}`
      : escCode(clip(c.summary, 240));
  const fix =
    c.fix && status !== 'pass' ? `<p class="fix"><strong>Fix:</strong> ${escCode(clip(c.fix, 240))}</p>` : '';
  return `<tr id="check-${i}" class="st-${status}" data-status="${status}" data-category="${esc(c.category)}" data-check="${esc(c.id)}">
<td class="c-status">${statusLabel(status)}</td><th scope="row" class="c-check">${esc(clip(c.title, 120))}<br><span class="path muted">${esc(clip(c.id, 60))}</span></th><td class="c-cat" data-label="Category">${esc(clip(titles.get(c.category) ?? c.category, 60))}</td><td class="n c-pts" data-label="Points">${esc(num(c.points))}/${esc(num(c.maxPoints))}</td><td class="c-sum">${summary}${fix}</td><td class="c-ev" data-label="Evidence">${evidenceList(c, ctx)}</td></tr>`;
}

export function statusLabel(status: Status): string {
  return `<span class="st st-${status}"><i aria-hidden="true">${STATUS_ICON[status]}</i>${STATUS_LABEL[status]}</span>`;
}

function evidenceList(c: CheckResult, ctx: Ctx): string {
  const ev = Array.isArray(c.evidence) ? c.evidence : [];
  if (ev.length === 0) return '<span class="muted">none</span>';
  const items = ev.slice(0, EVIDENCE_PER_CHECK).map((e) => {
    const note = e.note ? ` <span class="muted">${esc(clip(e.note, 100))}</span>` : '';
    return `<li>${place(e.path, e.line, ctx)}${note}</li>`;
  });
  if (ev.length > EVIDENCE_PER_CHECK)
    items.push(`<li>and ${ev.length - EVIDENCE_PER_CHECK} more in report.json</li>`);
  const list = `<ul class="ev">${items.join('')}</ul>`;
  return ev.length <= 3 ? list : `<details><summary>${ev.length} places</summary>${list}</details>`;
}

/** `path:line`, linked to the file and line on GitHub when the repository is known. */
function place(path: string, line: number | null | undefined, ctx: Ctx): string {
  const lineOk = typeof line === 'number' && Number.isInteger(line) && line > 0;
  const label = `${breakable(esc(clip(path, 200)))}${lineOk ? `:${line}` : ''}`;
  const url = blobUrl(ctx.repo, path, lineOk ? line : null, ctx.server);
  return url ? `<a class="path" href="${esc(url)}">${label}</a>` : `<span class="path">${label}</span>`;
}

function pwc(report: Report): string {
  const p = report.standards?.pwc;
  const items = PWC_ITEMS.map(([key, label]) => {
    const met = p?.items?.[key] === true;
    return `<li>${statusLabel(met ? 'pass' : 'fail')} ${esc(label)}</li>`;
  });
  return `<section id="pwc" aria-labelledby="pwc-h">
<h2 id="pwc-h">Papers with Code reproducibility checklist</h2>
<p><strong>${esc(num(p?.total))} of 5</strong> items of the ML code completeness checklist are met.</p>
<ul class="ev">${items.join('\n')}</ul>
</section>`;
}

function mof(report: Report): string {
  const m = report.standards?.mof;
  const progress = Array.isArray(m?.progress) ? m.progress : [];
  const missing = Array.isArray(m?.missing) ? m.missing : [];
  const cls = m?.class ? `Class ${esc(m.class)}` : 'not yet Class III';
  const table = progress.length
    ? `<div class="wrap" role="region" tabindex="0" aria-labelledby="mof-table-caption"><table>
<caption id="mof-table-caption">Components per Model Openness Framework class</caption>
<thead><tr><th scope="col">Class</th><th scope="col" class="n">Present</th><th scope="col" class="n">Required</th><th scope="col">Missing</th></tr></thead>
<tbody>${progress
        .map(
          (p) =>
            `<tr><th scope="row">Class ${esc(p.class)}</th><td class="n">${esc(num(p.present))}</td><td class="n">${esc(num(p.required))}</td><td>${
              Array.isArray(p.missing) && p.missing.length
                ? p.missing
                    .slice(0, 30)
                    .map((x) => esc(clip(x, 200)))
                    .join('; ')
                : '<span class="muted">nothing</span>'
            }</td></tr>`,
        )
        .join('\n')}</tbody>
</table></div>`
    : '';
  return `<section id="mof" aria-labelledby="mof-h">
<h2 id="mof-h">Model Openness Framework</h2>
<p>Estimated class: <strong>${cls}</strong>.${
    missing.length
      ? ` Missing for the next class: ${missing
          .slice(0, 30)
          .map((x) => esc(clip(x, 200)))
          .join('; ')}.`
      : ''
  }</p>
${table}
</section>`;
}

function validation(report: Report, ctx: Ctx): string {
  const all: Validation[] = Array.isArray(report.validations) ? report.validations : [];
  const invalid = all.filter((v) => !v.valid);
  const valid = all.filter((v) => v.valid);
  const parts: string[] = [];
  if (all.length === 0)
    parts.push('<p>No declaration files (cards, CITATION.cff, Croissant, DVC, …) were found.</p>');
  else
    parts.push(
      `<p>${all.length} declaration ${all.length === 1 ? 'file' : 'files'} checked against their schemas: ${invalid.length} with errors.</p>`,
    );
  let excerpts = MAX_EXCERPTS;
  for (const v of invalid.slice(0, MAX_INVALID_FILES)) {
    const errors = Array.isArray(v.errors) ? v.errors : [];
    let inFile = EXCERPTS_PER_FILE;
    const items = errors.slice(0, MAX_ERRORS_PER_FILE).map((e) => {
      const item = errorItem(v, e, inFile > 0 && excerpts > 0, ctx);
      if (item.excerpt) {
        inFile--;
        excerpts--;
      }
      return `<li>${item.html}</li>`;
    });
    if (errors.length > MAX_ERRORS_PER_FILE)
      items.push(`<li>and ${errors.length - MAX_ERRORS_PER_FILE} more</li>`);
    parts.push(`<article class="declaration" aria-labelledby="${esc(`decl-${invalid.indexOf(v)}`)}">
<h3 id="decl-${invalid.indexOf(v)}">${place(v.path, null, ctx)} <span class="muted">(${esc(clip(v.schema, 60))})</span></h3>
<ul class="errors">${items.join('\n')}</ul>
</article>`);
  }
  if (invalid.length > MAX_INVALID_FILES)
    parts.push(`<p>and ${invalid.length - MAX_INVALID_FILES} more files with errors in report.json.</p>`);
  if (valid.length > 0)
    parts.push(
      `<p>Valid: ${valid
        .slice(0, 50)
        .map((v) => place(v.path, null, ctx))
        .join(', ')}${valid.length > 50 ? ` and ${valid.length - 50} more` : ''}.</p>`,
    );
  return `<section id="validation" aria-labelledby="validation-h">
<h2 id="validation-h">Declaration files</h2>
${parts.join('\n')}
</section>`;
}

function errorItem(
  v: Validation,
  e: ValidationError,
  withExcerpt: boolean,
  ctx: Ctx,
): { html: string; excerpt: boolean } {
  const line = typeof e.line === 'number' && Number.isInteger(e.line) && e.line > 0 ? e.line : null;
  const col = typeof e.column === 'number' && Number.isInteger(e.column) && e.column > 0 ? e.column : null;
  // the file is named in the heading above: each error names its line (linked to it) and column
  const url = line !== null ? blobUrl(ctx.repo, v.path, line, ctx.server) : null;
  const at = line !== null ? `line ${line}` : '';
  const where =
    line !== null
      ? `${url ? `<a href="${esc(url)}">${at}</a>` : at}${col !== null ? `, column ${col}` : ''}: `
      : '';
  const head = `<span class="err">Error</span> ${where}${esc(clip(e.message, 300))}`;
  const excerpt = withExcerpt && line !== null ? excerptBlock(e.excerpt, line) : '';
  return { html: head + excerpt, excerpt: excerpt !== '' };
}

function excerptBlock(excerpt: unknown, line: number): string {
  if (!Array.isArray(excerpt)) return '';
  const lines = excerpt
    .filter(
      (x): x is { line: number; text: string } =>
        !!x && typeof x === 'object' && Number.isInteger(x.line) && x.line > 0 && typeof x.text === 'string',
    )
    .slice(0, 7);
  if (lines.length === 0) return '';
  const width = Math.max(...lines.map((l) => String(l.line).length));
  const body = lines
    .map((l) => {
      const text = `${String(l.line).padStart(width)} │ ${esc(clip(l.text, EXCERPT_CHARS))}`;
      return l.line === line ? `<mark>&gt; ${text}</mark>\n` : `  ${text}\n`;
    })
    .join('');
  return `<pre class="excerpt">${body}</pre>`;
}

function findings(report: Report, ctx: Ctx): string {
  const all = Array.isArray(report.findings) ? report.findings : [];
  if (all.length === 0) return '';
  const rows = all.slice(0, MAX_FINDINGS).map((f) => {
    const line = typeof f.line === 'number' && Number.isInteger(f.line) && f.line > 0 ? f.line : null;
    return `<tr><td>${esc(f.level)}</td><td>${place(f.path, line, ctx)}</td><td>${esc(clip(f.message, 300))}</td></tr>`;
  });
  return `<section id="findings" aria-labelledby="findings-h">
<h2 id="findings-h">Files the scanner could not take at face value</h2>
<div class="wrap" role="region" tabindex="0" aria-labelledby="findings-table-caption"><table>
<caption id="findings-table-caption">${all.length} ${all.length === 1 ? 'finding' : 'findings'}${all.length > MAX_FINDINGS ? ` (the first ${MAX_FINDINGS} shown)` : ''}</caption>
<thead><tr><th scope="col">Level</th><th scope="col">File</th><th scope="col">Message</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table></div>
</section>`;
}
