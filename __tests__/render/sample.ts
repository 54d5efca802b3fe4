// Reports built in code for the renderer and publisher tests.
import { emptyInventory } from '../../src/facts/empty.ts';
import type { CheckResult, Report } from '../../src/model.ts';

export function check(id: string, over: Partial<CheckResult> = {}): CheckResult {
  const status = over.status ?? 'fail';
  const maxPoints = over.maxPoints ?? 10;
  return {
    id,
    category: 'code',
    title: id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
    status,
    points: status === 'pass' ? maxPoints : status === 'partial' ? Math.floor(maxPoints / 2) : 0,
    maxPoints,
    summary: `Summary of ${id}.`,
    evidence: [],
    ...(status === 'pass' || status === 'skip' ? {} : { fix: `Fix ${id}.` }),
    ...over,
  };
}

export function sampleReport(over: Partial<Report> = {}): Report {
  const checks = over.checks ?? [
    check('license', { category: 'legal', title: 'A license', maxPoints: 10, fix: 'Add a LICENSE file.' }),
    check('training-code', {
      status: 'pass',
      maxPoints: 15,
      title: 'Training code',
      evidence: [{ path: 'train.py', line: 12, note: 'calls loss.backward()' }],
    }),
    check('pinned-dependencies', {
      category: 'environment',
      status: 'partial',
      title: 'Pinned dependencies',
      maxPoints: 10,
      points: 5,
      evidence: [{ path: 'requirements.txt', line: 3, note: 'torch>=2' }],
      fix: 'Pin every dependency to an exact version.',
    }),
    check('seeds', { status: 'pass', category: 'determinism', title: 'Seeds set', maxPoints: 5 }),
  ];
  const score = over.score ?? 50;
  const inventory = emptyInventory();
  inventory.readme = {
    path: 'README.md',
    sections: {
      installation: true,
      usage: true,
      training: true,
      evaluation: false,
      results: false,
      pretrainedWeights: false,
      citation: false,
      limitations: false,
    },
  };
  inventory.environment.files = ['requirements.txt'];
  return {
    schemaVersion: 1,
    tool: { name: 'reproscore', version: '0.1.0' },
    target: { root: '.', commit: null, filesScanned: 5, durationMs: 3 },
    score,
    grade: over.grade ?? 'D',
    categories: over.categories ?? [
      { id: 'code', title: 'Code', score: 15, max: 15 },
      { id: 'legal', title: 'Legal', score: 0, max: 10 },
      { id: 'environment', title: 'Environment', score: 5, max: 10 },
      { id: 'determinism', title: 'Determinism', score: 5, max: 5 },
    ],
    checks,
    inventory,
    validations: [],
    standards: {
      pwc: {
        items: {
          dependencies: true,
          trainingCode: true,
          evaluationCode: false,
          pretrainedModels: false,
          readmeResults: false,
        },
        total: 2,
      },
      mof: { class: null, missing: ['license'] },
    },
    findings: [],
    ...over,
  };
}
