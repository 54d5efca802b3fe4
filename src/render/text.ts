// The terminal report: readable without colour, coloured only when the caller says the stream is a TTY.
// Repository text (file names, summaries built from it) is stripped of control characters so it cannot move
// the cursor, clear the screen or forge lines in a log.
import type { CheckResult, Report, Status } from '../model.ts';
import { rankFixes } from '../score/score.ts';
import { scopeNote } from './common.ts';

export interface TextOptions {
  color: boolean;
  /** list every check (default: only those that are not passing, plus a count) */
  verbose?: boolean;
}

const CODES = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, dim: 2, bold: 1 } as const;
type Style = keyof typeof CODES;

import { safeTerminalText } from './terminal.ts';

export { safeTerminalText };

const STATUS: Record<Status, { mark: string; style: Style }> = {
  pass: { mark: '✔', style: 'green' },
  partial: { mark: '◐', style: 'yellow' },
  fail: { mark: '✘', style: 'red' },
  skip: { mark: '–', style: 'dim' },
};

const GRADE_STYLE: Record<string, Style> = { A: 'green', B: 'green', C: 'yellow', D: 'magenta', F: 'red' };

export function renderText(report: Report, options: TextOptions): string {
  const paint = (style: Style, s: string) => (options.color ? `\u001b[${CODES[style]}m${s}\u001b[0m` : s);
  const out: string[] = [];
  const t = report.target;
  out.push(
    `${paint('bold', 'ReproScore')} ${report.tool.version} · ${safeTerminalText(t.root)}${t.commit ? ` @ ${t.commit.slice(0, 12)}` : ''}`,
  );
  out.push(paint('dim', `${t.filesScanned} files (${t.listing ?? 'listing'}), ${t.durationMs} ms`));
  out.push('');
  out.push(
    `Score ${paint('bold', String(report.score))}/100  Grade ${paint(GRADE_STYLE[report.grade] ?? 'bold', paint('bold', report.grade))}`,
  );
  const pwc = report.standards.pwc;
  const mof = report.standards.mof;
  const scope = scopeNote(report);
  if (scope) out.push(paint('yellow', scope));
  out.push(
    `Papers with Code completeness ${pwc.total}/5 · Model Openness Framework ${mof.class ? `Class ${mof.class}` : 'not yet Class III'} (estimates)`,
  );
  out.push('');
  const width = Math.max(...report.categories.map((c) => c.title.length), 8);
  for (const c of report.categories) {
    const frac = c.max > 0 ? c.score / c.max : 0;
    const filled = Math.round(frac * 20);
    const bar = '█'.repeat(filled) + '░'.repeat(20 - filled);
    const style: Style = c.max === 0 ? 'dim' : frac >= 0.75 ? 'green' : frac >= 0.4 ? 'yellow' : 'red';
    out.push(
      `  ${c.title.padEnd(width)}  ${paint(style, bar)}  ${c.max === 0 ? 'n/a' : `${c.score}/${c.max}`}`,
    );
  }
  out.push('');
  const shown = options.verbose ? report.checks : report.checks.filter((c) => c.status !== 'pass');
  for (const c of shown) out.push(...checkLines(c, paint));
  if (!options.verbose) {
    const passing = report.checks.filter((c) => c.status === 'pass').length;
    out.push(paint('dim', `  ${passing} passing checks not shown (--verbose lists all)`));
  }
  const fixes = rankFixes(report.checks).slice(0, 5);
  if (fixes.length) {
    out.push('');
    out.push(paint('bold', 'Top fixes'));
    fixes.forEach((f, i) =>
      out.push(`  ${i + 1}. ${safeTerminalText(f.fix)} ${paint('dim', `(+${f.gain} pts, ${f.id})`)}`),
    );
  }
  const invalid = report.validations.filter((v) => !v.valid);
  if (invalid.length) {
    out.push('');
    out.push(paint('bold', 'Declarations with errors'));
    for (const v of invalid) {
      for (const e of v.errors.slice(0, 5)) {
        out.push(
          `  ${safeTerminalText(v.path)}:${e.line ?? 1}:${e.column ?? 1} ${safeTerminalText(e.message)}`,
        );
      }
      if (v.errors.length > 5)
        out.push(paint('dim', `  … ${v.errors.length - 5} more in ${safeTerminalText(v.path)}`));
    }
  }
  const problems = report.findings.filter((f) => f.level !== 'notice');
  if (problems.length) {
    out.push('');
    out.push(paint('bold', 'Files the scanner could not take at face value'));
    for (const f of problems.slice(0, 10)) {
      out.push(`  ${safeTerminalText(f.path)}${f.line ? `:${f.line}` : ''} ${safeTerminalText(f.message)}`);
    }
    if (problems.length > 10) out.push(paint('dim', `  … ${problems.length - 10} more in the JSON report`));
  }
  return out.join('\n') + '\n';
}

/** Said when the score rests on few checks: a repository without ML code, models or data. */

function checkLines(c: CheckResult, paint: (s: Style, t: string) => string): string[] {
  const st = STATUS[c.status];
  const pts = c.status === 'skip' ? 'skip' : `${c.points}/${c.maxPoints}`;
  const lines = [`  ${paint(st.style, st.mark)} ${c.title} ${paint('dim', `[${c.id}] ${pts}`)}`];
  lines.push(`      ${safeTerminalText(c.exemption ? `Exempt: ${c.exemption}` : c.summary)}`);
  if (c.fix && c.status !== 'pass' && c.status !== 'skip')
    lines.push(`      ${paint('cyan', '→')} ${safeTerminalText(c.fix)}`);
  return lines;
}
