import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/config.ts';

const known = new Set(['training-code', 'seeds', 'container']);

describe('parseConfig', () => {
  it('reads exemptions, weights, ignore globs and fail-under', () => {
    const cfg = parseConfig(
      [
        'exemptions:',
        '  - check: training-code',
        '    reason: Model-only repository; training lives in org/trainer.',
        'weights:',
        '  seeds: 6',
        'ignore: ["legacy/**"]',
        'fail-under: 60',
        '',
      ].join('\n'),
      '.reproscore.yml',
      known,
    );
    expect(cfg).toEqual({
      path: '.reproscore.yml',
      exemptions: [
        { check: 'training-code', reason: 'Model-only repository; training lives in org/trainer.' },
      ],
      weights: { seeds: 6 },
      ignore: ['legacy/**'],
      failUnder: 60,
    });
  });

  it('an empty file is the default configuration', () => {
    expect(parseConfig('', '.reproscore.yml', known).exemptions).toEqual([]);
  });

  const bad: [string, string, RegExp][] = [
    [
      'exemption without a reason',
      'exemptions:\n  - check: seeds\n',
      /^\.reproscore\.yml:2:5: exemptions\.0 must have required property 'reason'/,
    ],
    [
      'unknown setting',
      'fail-under: 50\nfailunder: 3\n',
      /^\.reproscore\.yml:1:1: .*'failunder' is not a setting/,
    ],
    ['wrong type', 'fail-under: high\n', /^\.reproscore\.yml:1:13: fail-under must be integer/],
    ['unknown check id', 'weights:\n  seedz: 3\n', /^\.reproscore\.yml:2:10: 'seedz' is not a check id/],
    ['broken YAML', 'exemptions: [\n', /^\.reproscore\.yml:\d+:\d+: /],
    ['duplicate key', 'fail-under: 1\nfail-under: 2\n', /^\.reproscore\.yml:2:1: .*[Uu]nique|duplicate/],
  ];
  it.each(bad)('rejects %s naming file, line and column', (_name, text, message) => {
    expect(() => parseConfig(text, '.reproscore.yml', known)).toThrow(ConfigError);
    expect(() => parseConfig(text, '.reproscore.yml', known)).toThrow(message);
  });
});
