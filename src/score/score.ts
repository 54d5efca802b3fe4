// Check outcomes + config → points, category scores, the score and the grade.
//
// Rules (docs/checks.md repeats them):
// - points = round(weight × fraction): pass earns the full weight, fail 0, partial its fraction. A partial never
//   earns the full weight (at most weight − 1) and earns at least 1 point when the weight is 2 or more, so the
//   status and the points tell the same story; on a weight-1 check a partial earns 0 and its fix says what is missing.
// - skip (the check does not apply, or the maintainers exempted it with a reason) earns 0 of 0: it leaves the
//   denominator.
// - score = round(points earned / points applicable × 100). When nothing applies (every check skipped or
//   weighted 0) the score is 0 and the grade F: there is nothing to credit, and a 100 would be a false signal.
// - grade: A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, else F.
// - order: the catalog order, always.
import type { CategoryScore, CheckResult, Evidence, Grade } from '../model.ts';
import { checks as catalog } from '../checks/index.ts';
import { CATEGORIES } from '../checks/types.ts';
import type { Check, CheckInput, CheckOutcome } from '../checks/types.ts';

export interface ScoreConfig {
  exemptions: { check: string; reason: string }[];
  weights: Record<string, number>;
}

export interface Evaluation {
  checks: CheckResult[];
  categories: CategoryScore[];
  score: number;
  grade: Grade;
}

export function gradeFor(score: number): Grade {
  if (score >= 90) return 'A';
  if (score >= 75) return 'B';
  if (score >= 60) return 'C';
  if (score >= 40) return 'D';
  return 'F';
}

/** Points a status earns out of `weight` (see the rules above). */
export function pointsFor(status: CheckOutcome['status'], weight: number, fraction?: number): number {
  if (status === 'pass') return weight;
  if (status !== 'partial' || weight <= 0) return 0;
  const f = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction!)) : 0.5;
  const raw = Math.round(weight * f);
  if (weight < 2) return 0;
  return Math.min(weight - 1, Math.max(1, raw));
}

/** At most this many evidence items per check: enough to act on, small enough for a PR comment. */
export const MAX_EVIDENCE = 10;

/** Evidence as the report contract wants it: a path, a line only when it is a positive integer, no duplicates. */
function cleanEvidence(evidence: Evidence[] | undefined): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<string>();
  for (const e of evidence ?? []) {
    if (!e || typeof e.path !== 'string' || e.path === '') continue;
    const ev: Evidence = { path: e.path };
    if (Number.isInteger(e.line) && e.line! >= 1) ev.line = e.line!;
    if (typeof e.note === 'string' && e.note !== '') ev.note = e.note;
    const key = `${ev.path}\u0000${ev.line ?? ''}\u0000${ev.note ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(ev);
    if (out.length >= MAX_EVIDENCE) break;
  }
  return out;
}

function weightOf(check: Check, overrides: Record<string, number> | undefined): number {
  const o = overrides?.[check.meta.id];
  return typeof o === 'number' && Number.isFinite(o) && o >= 0 ? o : check.meta.weight;
}

function run(check: Check, input: CheckInput): CheckOutcome {
  try {
    return check.evaluate(input);
  } catch (err) {
    // A check is a pure function of facts; if one has a bug, the scan still completes and says so.
    const message = err instanceof Error ? err.message : String(err);
    return {
      status: 'skip',
      summary: `This check could not be evaluated (internal error: ${message}).`,
      evidence: [],
    };
  }
}

export function evaluateChecks(
  input: CheckInput,
  config: ScoreConfig = { exemptions: [], weights: {} },
  list: Check[] = catalog,
): Evaluation {
  const exemptions = new Map<string, string>();
  for (const e of config.exemptions ?? []) {
    if (e && typeof e.check === 'string' && !exemptions.has(e.check))
      exemptions.set(e.check, String(e.reason ?? ''));
  }
  const results: CheckResult[] = list.map((check) => {
    const { id, category, title, mapsTo } = check.meta;
    const weight = weightOf(check, config.weights);
    const base = { id, category, title, mapsTo: [...mapsTo] };
    const exemption = exemptions.get(id);
    if (exemption !== undefined) {
      return {
        ...base,
        status: 'skip',
        points: 0,
        maxPoints: 0,
        summary: `Exempted by the maintainers: ${exemption || 'no reason given'}.`.replace(/\.\.$/, '.'),
        evidence: [],
        exemption: exemption || 'no reason given',
      };
    }
    const outcome = run(check, input);
    const result: CheckResult = {
      ...base,
      status: outcome.status,
      points: pointsFor(outcome.status, weight, outcome.fraction),
      maxPoints: outcome.status === 'skip' ? 0 : weight,
      summary: outcome.summary,
      evidence: cleanEvidence(outcome.evidence),
    };
    if (outcome.status === 'fail' || outcome.status === 'partial') result.fix = outcome.fix ?? check.meta.fix;
    return result;
  });

  const categories: CategoryScore[] = [];
  const known = new Set<string>(CATEGORIES.map((c) => c.id));
  const order = [
    ...CATEGORIES,
    ...[...new Set(list.map((c) => c.meta.category))]
      .filter((c) => !known.has(c))
      .map((id) => ({ id, title: id })),
  ];
  for (const cat of order) {
    const inCat = results.filter((r) => r.category === cat.id);
    if (inCat.length === 0) continue;
    categories.push({
      id: cat.id,
      title: cat.title,
      score: inCat.reduce((s, r) => s + r.points, 0),
      max: inCat.reduce((s, r) => s + r.maxPoints, 0),
    });
  }
  const earned = results.reduce((s, r) => s + r.points, 0);
  const applicable = results.reduce((s, r) => s + r.maxPoints, 0);
  const score = applicable > 0 ? Math.round((earned / applicable) * 100) : 0;
  return { checks: results, categories, score, grade: gradeFor(score) };
}

export interface RankedFix {
  id: string;
  title: string;
  fix: string;
  gain: number;
}

/** The fixes of failing and partial checks, most points gained first (ties in catalog order). */
export function rankFixes(checks: CheckResult[], limit = Infinity): RankedFix[] {
  return checks
    .map((c, i) => ({ c, i, gain: c.maxPoints - c.points }))
    .filter(({ c, gain }) => (c.status === 'fail' || c.status === 'partial') && gain > 0 && !!c.fix)
    .sort((a, b) => b.gain - a.gain || a.i - b.i)
    .slice(0, limit)
    .map(({ c, gain }) => ({ id: c.id, title: c.title, fix: c.fix!, gain }));
}
