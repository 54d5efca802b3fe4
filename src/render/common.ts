// What the report renderers (text, Markdown, HTML) share: the order checks are listed in, and the note on a
// repository with no ML in it.
import type { CheckResult, Report, Status } from '../model.ts';

/** fail first, then partial, pass, skip (also: a higher rank is a better status, for pass/partial/fail) */
export function statusRank(status: Status): number {
  return status === 'fail' ? 0 : status === 'partial' ? 1 : status === 'pass' ? 2 : 3;
}

/**
 * Checks by status (fail first), then the most points lost first, then report order. Points are read as numbers
 * whatever they are: reports can come back from a cache or another tool.
 */
export function orderChecks(checks: CheckResult[]): CheckResult[] {
  const lost = (c: CheckResult) => (Number(c.maxPoints) || 0) - (Number(c.points) || 0);
  return checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => statusRank(a.c.status) - statusRank(b.c.status) || lost(b.c) - lost(a.c) || a.i - b.i)
    .map(({ c }) => c);
}

/** Why the score of a repository with no ML code, models or datasets says little; null when there is ML. */
export function scopeNote(report: Report): string | null {
  const s = report.scope;
  if (!s || s.ml) return null;
  return `No ML code, models or datasets were found: ${s.checksApplied} of ${s.checksTotal} checks apply, so this score says little about reproducibility.`;
}
