import { describe, expect, it } from 'vitest';
import type { Grade } from '../../src/model.ts';
import { GRADE_COLORS, renderBadgeJson, renderBadgeSvg } from '../../src/render/badge.ts';
import { sampleReport } from './sample.ts';

describe('badges', () => {
  it.each<[Grade, number, string]>([
    ['A', 95, 'brightgreen'],
    ['B', 82, 'green'],
    ['C', 71, 'yellow'],
    ['D', 55, 'orange'],
    ['F', 12, 'red'],
  ])('grade %s is %s', (grade, score, color) => {
    const report = sampleReport({ grade, score });
    expect(GRADE_COLORS[grade]).toBe(color);
    expect(JSON.parse(renderBadgeJson(report))).toEqual({
      schemaVersion: 1,
      label: 'reproducibility',
      message: `${score}/100 (${grade})`,
      color,
    });
    const svg = renderBadgeSvg(report);
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(`${score}/100 (${grade})`);
    expect(svg).toContain('<title>reproducibility: ');
  });

  it('uses different fills for different grades', () => {
    const a = renderBadgeSvg(sampleReport({ grade: 'A', score: 95 }));
    const f = renderBadgeSvg(sampleReport({ grade: 'F', score: 95 }));
    expect(a).not.toBe(f);
  });
});
