import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../../src/github/annotations.ts';
import { createRunnerIO } from '../../src/github/io.ts';
import { check, sampleReport } from '../render/sample.ts';

describe('planAnnotations', () => {
  it('puts the most useful first: invalid declarations, then checks by points to gain, then findings', () => {
    const report = sampleReport({
      checks: [
        check('small', { maxPoints: 2, evidence: [{ path: 'a.py', line: 4 }] }),
        check('big', { maxPoints: 20 }),
        check('ok', { status: 'pass' }),
      ],
      validations: [
        {
          path: 'CITATION.cff',
          schema: 'citation-cff',
          valid: false,
          errors: [{ pointer: '/authors/0', line: 7, message: "must have required property 'family-names'" }],
        },
      ],
      findings: [{ path: 'big.bin', level: 'notice', message: 'binary file skipped' }],
    });
    const { annotations, omitted } = planAnnotations(report, 'models');
    expect(omitted).toBe(0);
    expect(annotations.map((a) => [a.level, a.file, a.startLine])).toEqual([
      ['error', 'models/CITATION.cff', 7],
      ['warning', undefined, undefined],
      ['warning', 'models/a.py', 4],
      ['notice', 'models/big.bin', undefined],
    ]);
    expect(annotations[0]!.message).toBe("/authors/0: must have required property 'family-names'");
    expect(annotations[1]!.title).toBe('ReproScore: Big (0/20)');
    expect(annotations[1]!.message).toBe('Summary of big. Fix: Fix big.');
  });

  it('stays within 10 errors, 10 warnings and 10 notices, the last counting the rest', () => {
    const report = sampleReport({
      checks: Array.from({ length: 25 }, (_, i) => check(`c${i}`, { maxPoints: 30 - i })),
      validations: [
        {
          path: 'dvc.yaml',
          schema: 'dvc',
          valid: false,
          errors: Array.from({ length: 12 }, (_, i) => ({
            pointer: `/stages/${i}`,
            line: i + 1,
            message: 'bad',
          })),
        },
      ],
      findings: Array.from({ length: 15 }, (_, i) => ({
        path: `f${i}`,
        level: 'notice' as const,
        message: 'n',
      })),
    });
    const { annotations, omitted } = planAnnotations(report);
    const count = (level: string) => annotations.filter((a) => a.level === level).length;
    expect([count('error'), count('warning'), count('notice')]).toEqual([10, 10, 10]);
    expect(omitted).toBe(2 + 15 + 6);
    expect(annotations.at(-1)!.message).toMatch(/^23 more findings are not shown/);
    // the biggest gains made the cut
    expect(annotations.filter((a) => a.level === 'warning').map((a) => a.title)).toContain(
      'ReproScore: C0 (0/30)',
    );
    expect(annotations.filter((a) => a.level === 'warning').map((a) => a.title)).not.toContain(
      'ReproScore: C24 (0/6)',
    );
  });

  it('is emitted as escaped workflow commands that cannot break out of their line', () => {
    const lines: string[] = [];
    const io = createRunnerIO((l) => lines.push(l));
    io.annotate({
      level: 'warning',
      title: 'T: x, y',
      file: 'dir/a,b:c.py',
      startLine: 3,
      message: 'one\ntwo\r\n::error::three 100%',
    });
    io.info('::set-output name=score::100');
    expect(lines).toEqual([
      '::warning title=T%3A x%2C y,file=dir/a%2Cb%3Ac.py,line=3,endLine=3::one%0Atwo%0D%0A::error::three 100%25',
      expect.not.stringMatching(/^::/),
    ]);
  });
});
