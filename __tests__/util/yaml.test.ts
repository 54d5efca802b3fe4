import { describe, expect, it, vi } from 'vitest';
import { loadYaml } from '../../src/util/yaml.ts';
import { extractFrontMatter } from '../../src/util/frontmatter.ts';

describe('loadYaml', () => {
  it('prints no warning of its own for a mapping used as a key (seen in a real model card)', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    try {
      const r = loadYaml('{ card_data }: 1\nname: x\n');
      expect(r.errors).toEqual([]);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('keeps versions and dates as the author wrote them', () => {
    expect(loadYaml('a: 3.10\nb: [1.20, 2.5]\nc: 2020-01-01\nd: 7\ne: true\n').value).toEqual({
      a: '3.10',
      b: ['1.20', 2.5],
      c: '2020-01-01',
      d: 7,
      e: true,
    });
  });

  it('reports duplicate keys and syntax errors with their line', () => {
    const dup = loadYaml('a: 1\nb: 2\na: 3\n');
    expect(dup.errors).toHaveLength(1);
    expect(dup.errors[0]!.line).toBe(3);
    const bad = loadYaml('a:\n  - [1, 2\nb: 3\n');
    expect(bad.errors.length).toBeGreaterThan(0);
    expect(bad.value).toBeUndefined();
  });

  it('refuses alias bombs instead of expanding them', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [prev, cur] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
    ] as const) {
      levels.push(
        `${cur}: &${cur} [${Array(9)
          .fill('*' + prev)
          .join(',')}]`,
      );
    }
    const r = loadYaml(levels.join('\n') + '\n');
    expect(r.errors[0]!.message).toMatch(/alias|resource/i);
  });

  it('refuses pathological nesting quickly', () => {
    const r = loadYaml('a: ' + '['.repeat(20_000) + ']'.repeat(20_000) + '\n');
    expect(r.errors[0]!.message).toMatch(/nested more than 256/);
  });

  it('offsets lines for YAML embedded in a larger file', () => {
    expect(loadYaml('a: 1\na: 2\n', 1).errors[0]!.line).toBe(3);
  });
});

describe('extractFrontMatter', () => {
  it('finds front matter at the top only', () => {
    const fm = extractFrontMatter('---\nlicense: mit\ntags: [a]\n---\n# Title\n');
    expect(fm).toMatchObject({ yaml: 'license: mit\ntags: [a]\n', startLine: 2, endLine: 4, bodyLine: 5 });
    expect(fm!.body).toBe('# Title\n');
    expect(extractFrontMatter('# Title\n\n---\n\ntext\n---\n')).toBeNull();
    expect(extractFrontMatter('---\nno closing fence\n')).toBeNull();
  });
});
