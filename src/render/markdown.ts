// Report → GitHub-flavoured Markdown: the sticky PR comment, the job summary and `--format markdown`.
// Pure: no I/O. Every piece of repository text goes through escapeMarkdown / escapeHtml.
import type { CheckResult, Report, Status } from '../model.ts';
import { rankFixes } from '../score/score.ts';
import { orderChecks, scopeNote, statusRank } from './common.ts';
import { escapeHtml, escapeMarkdown, truncate } from './escape.ts';

/** GitHub's limit for an issue comment body. */
export const COMMENT_MAX_LENGTH = 65_536;
/** A line that changes from run to run (the link to the run's summary); ignored when comparing comment bodies. */
export const VOLATILE_MARK = '<!-- reproscore:volatile -->';

export interface MarkdownOptions {
  /** the report of the pull request's base commit: adds the change per category and per check */
  base?: Report | null;
  /** the result is never longer than this (characters) */
  maxLength?: number;
  /** where the full report is (the job summary); linked when the output had to be shortened */
  summaryUrl?: string;
  /** what was scanned, shown in the title (e.g. the Action's `path` when it is not the repository root) */
  label?: string;
  /** heading level of the title (2 by default) */
  headingLevel?: number;
}

interface Level {
  /** evidence details: for every check, for non-passing checks only, or none */
  details: 'all' | 'failing' | 'none';
  evidencePerCheck: number;
  passingRows: boolean;
  fixes: number;
  textLength: number;
}

const LEVELS: Level[] = [
  { details: 'all', evidencePerCheck: 20, passingRows: true, fixes: 5, textLength: 300 },
  { details: 'failing', evidencePerCheck: 5, passingRows: true, fixes: 5, textLength: 200 },
  { details: 'none', evidencePerCheck: 0, passingRows: true, fixes: 5, textLength: 160 },
  { details: 'none', evidencePerCheck: 0, passingRows: false, fixes: 5, textLength: 120 },
  { details: 'none', evidencePerCheck: 0, passingRows: false, fixes: 3, textLength: 60 },
];

const ICON: Record<Status, string> = { pass: '✅', partial: '⚠️', fail: '❌', skip: '➖' };

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const max = options.maxLength ?? Number.POSITIVE_INFINITY;
  for (let i = 0; i < LEVELS.length; i++) {
    const text = build(report, options, LEVELS[i]!, i > 0);
    if (text.length <= max) return text;
  }
  // Even the shortest form is too long (an absurd number of checks): keep whole lines from the top.
  const note = shortenedNote(options.summaryUrl);
  const lines = build(report, options, LEVELS[LEVELS.length - 1]!, true).split('\n');
  let out = '';
  for (const line of lines) {
    if (out.length + line.length + 1 + note.length + 2 > max) break;
    out += line + '\n';
  }
  const result = `${out}\n${note}\n`;
  return result.length <= max ? result : result.slice(0, Math.max(0, max));
}

function build(report: Report, options: MarkdownOptions, level: Level, shortened: boolean): string {
  const base = options.base ?? null;
  const h = '#'.repeat(Math.min(6, Math.max(1, options.headingLevel ?? 2)));
  const out: string[] = [];

  const delta = base ? report.score - base.score : null;
  const label = options.label ? ` for ${escapeMarkdown(truncate(options.label, 100))}` : '';
  out.push(`${h} ReproScore${label}: ${report.score}/100 (grade ${report.grade})`, '');
  let headline = `**${report.score}**/100 · grade **${report.grade}**`;
  if (base && delta !== null) {
    headline += ` · ${signed(delta, true)} against the base branch (${base.score}/100, grade ${base.grade})`;
  }
  out.push(headline, '');
  const scope = scopeNote(report);
  if (scope) out.push(`> ${scope}`, '');
  if (shortened) out.push(shortenedNote(options.summaryUrl), '');

  // Categories
  const baseCategories = new Map((base?.categories ?? []).map((c) => [c.id, c]));
  out.push(base ? '| Category | Score | | Change |' : '| Category | Score | |');
  out.push(base ? '|---|---:|---|---:|' : '|---|---:|---|');
  for (const c of report.categories) {
    const row = [escapeMarkdown(c.title), c.max > 0 ? `${c.score}/${c.max}` : 'n/a', bar(c.score, c.max)];
    if (base) {
      const b = baseCategories.get(c.id);
      row.push(b ? signed(c.score - b.score) : 'new');
    }
    out.push(`| ${row.join(' | ')} |`);
  }
  out.push('');

  // Changes against base
  if (base) out.push(...changes(report, base, level));

  // Top fixes
  const fixes = rankFixes(report.checks).slice(0, level.fixes);
  if (fixes.length > 0) {
    out.push(`${h}# Top fixes`, '');
    fixes.forEach((f, i) => {
      out.push(
        `${i + 1}. **${escapeMarkdown(truncate(f.title, 100))}** (+${f.gain} points): ${escapeMarkdown(truncate(f.fix, level.textLength))}`,
      );
    });
    out.push('');
  }

  // Checks table
  const baseChecks = new Map((base?.checks ?? []).map((c) => [c.id, c]));
  const ordered = orderChecks(report.checks);
  const shown = level.passingRows
    ? ordered
    : ordered.filter((c) => c.status === 'fail' || c.status === 'partial');
  out.push(`${h}# Checks`, '');
  if (shown.length > 0) {
    out.push(base ? '| | Check | Points | Change | Summary |' : '| | Check | Points | Summary |');
    out.push(base ? '|---|---|---:|---:|---|' : '|---|---|---:|---|');
    for (const c of shown) {
      const row = [ICON[c.status], escapeMarkdown(truncate(c.title, 100)), `${c.points}/${c.maxPoints}`];
      if (base) row.push(checkChange(c, baseChecks.get(c.id)));
      row.push(
        escapeMarkdown(
          truncate(
            c.status === 'skip' && c.exemption ? `skipped: ${c.exemption}` : c.summary,
            level.textLength,
          ),
        ),
      );
      out.push(`| ${row.join(' | ')} |`);
    }
    out.push('');
  }
  const hidden = ordered.length - shown.length;
  if (hidden > 0) out.push(`${hidden} passing or skipped checks are not listed here.`, '');

  // Standards
  const pwc = report.standards.pwc;
  const mof = report.standards.mof;
  out.push(
    `Papers with Code reproducibility checklist: ${pwc.total}/5 · Model Openness Framework: ${mof.class ? `Class ${mof.class}` : 'not yet Class III'}`,
    '',
  );

  // Details
  if (level.details !== 'none') out.push(...details(report, level));

  out.push(`<sub>ReproScore ${escapeMarkdown(report.tool.version)}</sub>`, '');
  return out.join('\n');
}

function changes(report: Report, base: Report, level: Level): string[] {
  const baseChecks = new Map(base.checks.map((c) => [c.id, c]));
  const improved: string[] = [];
  const regressed: string[] = [];
  for (const c of report.checks) {
    const b = baseChecks.get(c.id);
    const diff = c.points - (b?.points ?? 0);
    const statusChange = b && b.status !== c.status ? `, ${b.status} → ${c.status}` : b ? '' : ', new check';
    if (diff === 0 && (!b || b.status === c.status)) continue;
    const line = `- **${escapeMarkdown(truncate(c.title, 100))}** (${signed(diff)}${statusChange})`;
    if (diff > 0 || (diff === 0 && statusRank(c.status) > statusRank(b?.status ?? 'fail')))
      improved.push(line);
    else regressed.push(line);
  }
  const removed = base.checks.filter((b) => !report.checks.some((c) => c.id === b.id));
  for (const b of removed)
    regressed.push(`- **${escapeMarkdown(truncate(b.title, 100))}** (no longer checked)`);
  const out: string[] = [];
  if (improved.length === 0 && regressed.length === 0) {
    out.push('No check changed against the base branch.', '');
    return out;
  }
  const limit = level.passingRows ? Infinity : 10;
  if (improved.length > 0) out.push(`**Improved** (${improved.length})`, '', ...capList(improved, limit), '');
  if (regressed.length > 0)
    out.push(`**Regressed** (${regressed.length})`, '', ...capList(regressed, limit), '');
  return out;
}

function capList(lines: string[], limit: number): string[] {
  if (lines.length <= limit) return lines;
  return [...lines.slice(0, limit), `- …and ${lines.length - limit} more`];
}

function details(report: Report, level: Level): string[] {
  const checks = orderChecks(report.checks).filter(
    (c) => c.evidence.length > 0 && (level.details === 'all' || c.status !== 'pass'),
  );
  const out: string[] = [];
  if (checks.length > 0) {
    out.push(`<details><summary>Evidence for ${checks.length} checks</summary>`, '');
    for (const c of checks) {
      out.push(
        `**${escapeMarkdown(truncate(c.title, 100))}**: ${escapeMarkdown(truncate(c.summary, level.textLength))}`,
        '',
      );
      for (const e of c.evidence.slice(0, level.evidencePerCheck))
        out.push(`- ${evidence(e.path, e.line, e.note, level)}`);
      if (c.evidence.length > level.evidencePerCheck) {
        out.push(`- …and ${c.evidence.length - level.evidencePerCheck} more`);
      }
      out.push('');
    }
    out.push('</details>', '');
  }
  const invalid = report.validations.filter((v) => !v.valid);
  if (invalid.length > 0) {
    out.push(
      `<details><summary>${escapeHtml(String(invalid.length))} declaration files with errors</summary>`,
      '',
    );
    for (const v of invalid) {
      out.push(`**${escapeMarkdown(truncate(v.path, 200))}** (${escapeMarkdown(v.schema)})`, '');
      for (const e of v.errors.slice(0, level.evidencePerCheck)) {
        out.push(`- ${evidence(v.path, e.line ?? undefined, e.message, level)}`);
      }
      if (v.errors.length > level.evidencePerCheck)
        out.push(`- …and ${v.errors.length - level.evidencePerCheck} more`);
      out.push('');
    }
    out.push('</details>', '');
  }
  if (level.details === 'all' && report.findings.length > 0) {
    out.push(
      `<details><summary>${report.findings.length} files the scanner could not take at face value</summary>`,
      '',
    );
    for (const f of report.findings.slice(0, 50))
      out.push(`- ${f.level}: ${evidence(f.path, f.line, f.message, level)}`);
    if (report.findings.length > 50) out.push(`- …and ${report.findings.length - 50} more`);
    out.push('', '</details>', '');
  }
  return out;
}

function evidence(
  path: string,
  line: number | undefined | null,
  note: string | undefined,
  level: Level,
): string {
  const where = escapeMarkdown(truncate(path, 200)) + (typeof line === 'number' ? `\\:${line}` : '');
  return note ? `${where}: ${escapeMarkdown(truncate(note, level.textLength))}` : where;
}

function checkChange(c: CheckResult, b: CheckResult | undefined): string {
  if (!b) return 'new';
  const diff = c.points - b.points;
  if (diff === 0 && b.status === c.status) return '·';
  return b.status !== c.status ? `${signed(diff)} (was ${b.status})` : signed(diff);
}

function signed(n: number, arrow = false): string {
  if (n > 0) return `${arrow ? '▲ ' : ''}+${n}`;
  if (n < 0) return `${arrow ? '▼ ' : ''}−${Math.abs(n)}`;
  return arrow ? '±0' : '0';
}

function bar(score: number, max: number): string {
  if (max <= 0) return '';
  const filled = Math.max(0, Math.min(10, Math.round((score / max) * 10)));
  return '█'.repeat(filled) + '░'.repeat(10 - filled);
}

function shortenedNote(summaryUrl: string | undefined): string {
  const safe = summaryUrl && /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9._~/%-]*$/.test(summaryUrl);
  return safe
    ? `This report is shortened to fit; the full report is in the [job summary](${summaryUrl}). ${VOLATILE_MARK}`
    : 'This report is shortened to fit; the full report is in the job summary and report.json.';
}
