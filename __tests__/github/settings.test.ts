import { describe, expect, it } from 'vitest';
import { INPUT_DEFAULTS, readSettings, SettingsError } from '../../src/github/settings.ts';

const inputs =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? '';

describe('readSettings', () => {
  it('applies the defaults of action.yml', () => {
    const s = readSettings(inputs({ 'github-token': 'ghs_x' }), '/ws');
    expect(s).toEqual({
      root: '/ws',
      path: '.',
      config: null,
      token: 'ghs_x',
      comment: true,
      compareBase: true,
      failUnder: 0,
      outputDir: '/ws/reproscore',
      annotations: true,
      report: null,
      prNumber: null,
    });
  });

  it('reads every input, resolving paths against the workspace', () => {
    const s = readSettings(
      inputs({
        path: 'models/vision',
        config: '.github/rs.yml',
        comment: 'false',
        'compare-base': 'FALSE',
        'fail-under': '70',
        'output-dir': '/tmp/out',
        annotations: 'False',
        report: 'artifact/report.json',
        'pr-number': '12',
      }),
      '/ws',
    );
    expect(s).toMatchObject({
      root: '/ws/models/vision',
      path: 'models/vision',
      config: '/ws/.github/rs.yml',
      comment: false,
      compareBase: false,
      failUnder: 70,
      outputDir: '/tmp/out',
      annotations: false,
      report: '/ws/artifact/report.json',
      prNumber: 12,
    });
  });

  it.each([
    ['comment', 'yes'],
    ['fail-under', 'high'],
    ['fail-under', '101'],
    ['fail-under', '-1'],
    ['pr-number', '0'],
    ['pr-number', '12; rm -rf /'],
  ])('rejects %s=%s', (name, value) => {
    expect(() => readSettings(inputs({ [name]: value }), '/ws')).toThrow(SettingsError);
  });

  it('knows exactly the inputs action.yml declares', () => {
    expect(Object.keys(INPUT_DEFAULTS).sort()).toEqual([
      'annotations',
      'comment',
      'compare-base',
      'config',
      'fail-under',
      'github-token',
      'output-dir',
      'path',
      'pr-number',
      'report',
    ]);
  });
});
