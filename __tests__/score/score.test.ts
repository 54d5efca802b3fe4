import { describe, expect, it } from 'vitest';
import { checks as catalog } from '../../src/checks/index.ts';
import type { Check } from '../../src/checks/types.ts';
import { emptyInventory } from '../../src/facts/empty.ts';
import { evaluateChecks, gradeFor, pointsFor, rankFixes } from '../../src/score/score.ts';
import { input, library, modelOnlyOpenRail, researchRepo, tutorial } from '../checks/fixtures.ts';

const none = { exemptions: [], weights: {} };

/** A tiny catalog with fixed outcomes, to test the arithmetic in isolation. */
function fixed(
  spec: [id: string, weight: number, status: 'pass' | 'partial' | 'fail' | 'skip', fraction?: number][],
): Check[] {
  return spec.map(([id, weight, status, fraction]) => ({
    meta: {
      id,
      category: 'code',
      weight,
      title: id,
      description: id,
      skipWhen: '-',
      mapsTo: ['x'],
      fix: `default fix for ${id}`,
    },
    evaluate: () => ({
      status,
      summary: `${id} ${status}.`,
      evidence: [],
      ...(fraction !== undefined ? { fraction } : {}),
    }),
  }));
}

describe('grades', () => {
  it.each([
    [100, 'A'],
    [90, 'A'],
    [89, 'B'],
    [75, 'B'],
    [74, 'C'],
    [60, 'C'],
    [59, 'D'],
    [40, 'D'],
    [39, 'F'],
    [0, 'F'],
  ] as const)('%i → %s', (score, grade) => {
    expect(gradeFor(score)).toBe(grade);
  });
});

describe('points', () => {
  it('pass earns the weight, fail and skip nothing', () => {
    expect(pointsFor('pass', 7)).toBe(7);
    expect(pointsFor('fail', 7)).toBe(0);
    expect(pointsFor('skip', 7)).toBe(0);
  });
  it('partial earns round(weight × fraction), never the full weight, at least 1 from weight 2', () => {
    expect(pointsFor('partial', 7, 0.7)).toBe(5);
    expect(pointsFor('partial', 4, 0.95)).toBe(3);
    expect(pointsFor('partial', 9, 0.01)).toBe(1);
    expect(pointsFor('partial', 3, 0.5)).toBe(2);
    expect(pointsFor('partial', 2, undefined)).toBe(1);
    expect(pointsFor('partial', 1, 0.9)).toBe(0);
    expect(pointsFor('partial', 0, 0.9)).toBe(0);
  });
});

describe('evaluateChecks', () => {
  it('score = earned / applicable × 100, rounded; skips leave the denominator', () => {
    const r = evaluateChecks(
      input(emptyInventory()),
      none,
      fixed([
        ['a', 10, 'pass'],
        ['b', 10, 'fail'],
        ['c', 10, 'partial', 0.5],
        ['d', 70, 'skip'],
      ]),
    );
    expect(r.checks.map((c) => [c.id, c.points, c.maxPoints])).toEqual([
      ['a', 10, 10],
      ['b', 0, 10],
      ['c', 5, 10],
      ['d', 0, 0],
    ]);
    expect(r.score).toBe(50);
    expect(r.grade).toBe('D');
  });

  it('rounds the score: 2 of 3 points is 67', () => {
    const r = evaluateChecks(
      input(emptyInventory()),
      none,
      fixed([
        ['a', 2, 'pass'],
        ['b', 1, 'fail'],
      ]),
    );
    expect(r.score).toBe(67);
    expect(r.grade).toBe('C');
  });

  it('scores 0 (F) when nothing applies', () => {
    const r = evaluateChecks(input(emptyInventory()), none, fixed([['a', 5, 'skip']]));
    expect(r).toMatchObject({ score: 0, grade: 'F' });
    const all = evaluateChecks(input(researchRepo()), {
      exemptions: catalog.map((c) => ({ check: c.meta.id, reason: 'n/a' })),
      weights: {},
    });
    expect(all.score).toBe(0);
  });

  it('fails and partials carry a fix (the default when the outcome gives none); passes and skips do not', () => {
    const r = evaluateChecks(
      input(emptyInventory()),
      none,
      fixed([
        ['a', 5, 'fail'],
        ['b', 5, 'pass'],
        ['c', 5, 'skip'],
      ]),
    );
    expect(r.checks[0]!.fix).toBe('default fix for a');
    expect(r.checks[1]!.fix).toBeUndefined();
    expect(r.checks[2]!.fix).toBeUndefined();
  });

  it('exempted checks become skip with the reason shown and leave the denominator', () => {
    const inv = tutorial();
    const before = evaluateChecks(input(inv), none);
    const after = evaluateChecks(input(inv), {
      exemptions: [
        { check: 'weights-available', reason: 'a teaching notebook; the model is not the product' },
      ],
      weights: {},
    });
    const w = after.checks.find((c) => c.id === 'weights-available')!;
    expect(w).toMatchObject({
      status: 'skip',
      points: 0,
      maxPoints: 0,
      exemption: 'a teaching notebook; the model is not the product',
    });
    expect(w.summary).toContain('Exempted by the maintainers: a teaching notebook');
    expect(w.fix).toBeUndefined();
    expect(after.score).toBeGreaterThan(before.score);
  });

  it('ignores exemptions and weights for unknown check ids', () => {
    const inv = researchRepo();
    const r = evaluateChecks(input(inv), {
      exemptions: [{ check: 'no-such-check', reason: 'x' }],
      weights: { 'no-such-check': 50 },
    });
    expect(r.checks).toHaveLength(catalog.length);
    expect(r.score).toBe(100);
  });

  it('applies weight overrides, ignoring invalid ones', () => {
    const inv = tutorial();
    const r = evaluateChecks(input(inv), {
      exemptions: [],
      weights: { seeds: 20, 'training-code': 0, container: -3, compute: Number.NaN },
    });
    const by = (id: string) => r.checks.find((c) => c.id === id)!;
    expect(by('seeds')).toMatchObject({ status: 'fail', maxPoints: 20, points: 0 });
    expect(by('training-code')).toMatchObject({ status: 'pass', maxPoints: 0, points: 0 });
    expect(by('container').maxPoints).toBe(1);
    expect(by('compute').maxPoints).toBe(1);
    const base = evaluateChecks(input(inv), none);
    expect(r.score).toBeLessThan(base.score);
  });

  it('keeps the catalog order and sums categories', () => {
    const r = evaluateChecks(input(modelOnlyOpenRail()), none);
    expect(r.checks.map((c) => c.id)).toEqual(catalog.map((c) => c.meta.id));
    expect(r.categories.map((c) => c.id)).toEqual([
      'code',
      'environment',
      'data',
      'models',
      'determinism',
      'documentation',
      'license',
      'responsible-ai',
    ]);
    expect(r.categories.find((c) => c.id === 'determinism')).toEqual({
      id: 'determinism',
      title: 'Determinism',
      score: 0,
      max: 0,
    });
    const earned = r.categories.reduce((s, c) => s + c.score, 0);
    const max = r.categories.reduce((s, c) => s + c.max, 0);
    expect(r.score).toBe(Math.round((earned / max) * 100));
  });

  it('cleans evidence: drops bad lines and empty paths, removes duplicates, caps the count', () => {
    const noisy: Check = {
      ...fixed([['n', 5, 'pass']])[0]!,
      evaluate: () => ({
        status: 'pass',
        summary: 'ok.',
        evidence: [
          { path: 'a.py', line: 0 },
          { path: 'a.py', line: 0 },
          { path: '', line: 3 },
          { path: 'b.py', line: 2.5, note: '' },
          ...Array.from({ length: 20 }, (_, i) => ({ path: `f${i}.py`, line: i + 1 })),
        ],
      }),
    };
    const ev = evaluateChecks(input(emptyInventory()), none, [noisy]).checks[0]!.evidence;
    expect(ev.slice(0, 3)).toEqual([{ path: 'a.py' }, { path: 'b.py' }, { path: 'f0.py', line: 1 }]);
    expect(ev).toHaveLength(10);
  });

  it('is deterministic', () => {
    expect(evaluateChecks(input(tutorial()), none)).toEqual(evaluateChecks(input(tutorial()), none));
  });

  it('a check that throws is reported as skipped, not a crash', () => {
    const boom: Check = {
      ...fixed([['boom', 5, 'pass']])[0]!,
      evaluate: () => {
        throw new Error('bug');
      },
    };
    const r = evaluateChecks(input(emptyInventory()), none, [boom, ...fixed([['ok', 5, 'pass']])]);
    expect(r.checks[0]).toMatchObject({ status: 'skip', maxPoints: 0 });
    expect(r.checks[0]!.summary).toContain('internal error: bug');
    expect(r.score).toBe(100);
  });

  it('orders the example shapes sensibly', () => {
    const score = (inv: ReturnType<typeof emptyInventory>) => evaluateChecks(input(inv), none).score;
    expect(score(researchRepo())).toBe(100);
    expect(score(researchRepo())).toBeGreaterThan(score(modelOnlyOpenRail()));
    expect(score(library())).toBeGreaterThan(score(tutorial()));
    expect(score(emptyInventory())).toBe(0);
  });
});

describe('rankFixes', () => {
  it('ranks fixes of failing and partial checks by points gained, ties in catalog order', () => {
    const r = evaluateChecks(
      input(emptyInventory()),
      none,
      fixed([
        ['small', 2, 'fail'],
        ['big', 9, 'fail'],
        ['half', 8, 'partial', 0.5],
        ['tie', 2, 'fail'],
        ['done', 5, 'pass'],
        ['na', 5, 'skip'],
      ]),
    );
    const ranked = rankFixes(r.checks);
    expect(ranked.map((f) => [f.id, f.gain])).toEqual([
      ['big', 9],
      ['half', 4],
      ['small', 2],
      ['tie', 2],
    ]);
    expect(ranked[0]).toEqual({ id: 'big', title: 'big', fix: 'default fix for big', gain: 9 });
    expect(rankFixes(r.checks, 2)).toHaveLength(2);
  });

  it('leaves out weight-0 checks (nothing to gain)', () => {
    const r = evaluateChecks(
      input(emptyInventory()),
      { exemptions: [], weights: { a: 0 } },
      fixed([['a', 5, 'fail']]),
    );
    expect(rankFixes(r.checks)).toEqual([]);
  });

  it('on a real model-only repository puts training code first', () => {
    const r = evaluateChecks(input(modelOnlyOpenRail()), none);
    expect(rankFixes(r.checks)[0]!.id).toBe('training-code');
  });
});
