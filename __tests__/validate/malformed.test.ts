import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Validation } from '../../src/model.ts';
import { FORMATS, validateFile, type Format } from '../../src/validate/index.ts';
import { loadFullValidation } from '../../src/validate/validate.ts';

// ajv, which lists all of a file's errors: a scan loads it once a declaration has errors (see lazy.test.ts)
await loadFullValidation();

const PATHS: Record<Format, string> = {
  'hf-model-card': 'README.md',
  'hf-dataset-card': 'data/README.md',
  'citation-cff': 'CITATION.cff',
  croissant: 'croissant.json',
  'dvc-yaml': 'dvc.yaml',
  'dvc-file': 'data.dvc',
  'dvc-lock': 'dvc.lock',
  mlproject: 'MLproject',
  'conda-env': 'environment.yml',
  'dataset-manifest': 'datasets.yaml',
  'reproscore-config': '.reproscore.yml',
};

function wellFormed(v: Validation) {
  expect(typeof v.valid).toBe('boolean');
  expect(v.valid).toBe(v.errors.length === 0);
  expect(v.errors.length).toBeLessThanOrEqual(21);
  for (const e of v.errors) {
    expect(typeof e.message).toBe('string');
    expect(e.message.length).toBeGreaterThan(0);
    expect(typeof e.pointer).toBe('string');
    if (e.line !== null) expect(e.line).toBeGreaterThanOrEqual(1);
  }
}

describe('malformed declarations never crash', () => {
  it('bad YAML is reported at its line', () => {
    const v = validateFile('CITATION.cff', 'cff-version: 1.2.0\nauthors:\n  - [unclosed\ntitle: x\n');
    expect(v.valid).toBe(false);
    expect(v.errors[0]!.line).toBeGreaterThanOrEqual(3);
    expect(v.errors[0]!.message).toMatch(/YAML/);
  });

  it('duplicate keys are errors with their line', () => {
    const v = validateFile(
      'datasets.yaml',
      'datasets:\n  - name: a\n    license: MIT\n    license: CC0-1.0\n',
    );
    expect(v.valid).toBe(false);
    expect(v.errors[0]!.line).toBe(4);
    expect(v.errors[0]!.message).toMatch(/key/i);
  });

  it('YAML alias bombs are refused, quickly', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    const names = 'abcdefghi';
    for (let i = 1; i < names.length; i++) {
      lines.push(
        `${names[i]}: &${names[i]} [${Array(9)
          .fill('*' + names[i - 1])
          .join(',')}]`,
      );
    }
    lines.push('datasets: *i');
    const v = validateFile('datasets.yaml', lines.join('\n') + '\n');
    expect(v.valid).toBe(false);
    expect(v.errors[0]!.message).toMatch(/alias/i);
  });

  it('wrong types at the top level', () => {
    for (const f of FORMATS) {
      for (const text of ['- a\n- b\n', 'just text\n', '42\n', '"x"\n']) {
        const body = f === 'hf-model-card' || f === 'hf-dataset-card' ? `---\n${text}---\n` : text;
        const v = validateFile(PATHS[f], body, f);
        wellFormed(v);
        expect(v.valid, `${f}: ${text}`).toBe(false);
      }
    }
    const v = validateFile('CITATION.cff', '- a\n');
    expect(v.errors[0]!.message).toMatch(/^the file must be a mapping/);
  });

  it('empty files and empty card metadata', () => {
    expect(validateFile('dvc.yaml', '').errors[0]!.message).toMatch(/empty/);
    expect(validateFile('dvc.yaml', '# only a comment\n').errors[0]!.message).toMatch(/empty/);
    expect(validateFile('README.md', '---\n---\n# Title\n', 'hf-model-card').errors[0]!.message).toMatch(
      /empty/,
    );
    const none = validateFile('MODEL_CARD.md', '# A card without metadata\n');
    expect(none.errors[0]!.message).toMatch(/no YAML metadata/);
  });

  it('huge files are skipped with a message instead of being parsed', () => {
    const big = 'datasets:\n' + '  - name: x\n'.repeat(500_000);
    const v = validateFile('datasets.yaml', big);
    expect(v.valid).toBe(false);
    expect(v.errors).toHaveLength(1);
    expect(v.errors[0]!.message).toMatch(/too large/);
  });

  it('JSON with comments or trailing commas is an error at the right place', () => {
    const withComment = '{\n  "@type": "sc:Dataset", // the type\n  "name": "x"\n}\n';
    const v = validateFile('croissant.json', withComment);
    expect(v.errors).toEqual([{ pointer: '', line: 2, column: 26, message: 'JSON does not allow comments' }]);
    const trailing = '{\n  "name": "x",\n  "distribution": [1, 2,]\n}\n';
    const w = validateFile('croissant.json', trailing);
    expect(w.errors[0]).toMatchObject({ line: 3, column: 24 });
    expect(w.errors[0]!.message).toBe('JSON does not allow a trailing comma before a closing bracket');
    const dup = validateFile('croissant.json', '{"name": "a",\n "name": "b"}');
    expect(dup.errors[0]).toMatchObject({ line: 2, column: 2, message: "JSON: duplicate key 'name'" });
  });

  it('deeply nested input does not overflow', () => {
    const deepJson = '['.repeat(100_000) + ']'.repeat(100_000);
    wellFormed(validateFile('croissant.json', deepJson));
    const deepYaml = 'datasets: ' + '['.repeat(20_000) + ']'.repeat(20_000) + '\n';
    wellFormed(validateFile('datasets.yaml', deepYaml));
  });

  it('binary-looking text and stray control characters', () => {
    wellFormed(validateFile('CITATION.cff', '\u0000\u0001\u0002cff-version: 1.2.0\n\uFFFD\uFFFD'));
    wellFormed(validateFile('croissant.json', '\u0000{}'));
  });

  it('arbitrary text in any format (property test)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORMATS), fc.string({ maxLength: 300 }), (format, text) => {
        wellFormed(validateFile(PATHS[format], text, format));
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary values of the wrong shape in any format (property test)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORMATS), fc.jsonValue({ maxDepth: 4 }), (format, value) => {
        const json = JSON.stringify(value);
        const text =
          format === 'hf-model-card' || format === 'hf-dataset-card' ? `---\n${json}\n---\n` : json + '\n';
        wellFormed(validateFile(PATHS[format], text, format));
      }),
      { numRuns: 300 },
    );
  });
});

describe('files with very many problems', () => {
  it('stay fast and capped', () => {
    const files = Array.from(
      { length: 20_000 },
      (_, i) =>
        `{"@type": "cr:FileObject", "@id": "f${i}", "contentUrl": "f${i}.csv", "encodingFormat": "text/csv"}`,
    );
    const text = `{"@context": {}, "@type": "sc:Dataset", "conformsTo": "http://mlcommons.org/croissant/1.0", "name": "n", "description": "d", "license": "MIT", "url": "https://x",\n"distribution": [\n${files.join(',\n')}\n]}`;
    const v = validateFile('croissant.json', text);
    expect(v.errors).toHaveLength(21);
    expect(v.errors[0]!.line).toBe(3);
    expect(v.errors[0]!.message).toMatch(/FileObject 'f0'\) has no checksum/);
    expect(v.errors[20]!.message).toMatch(/^and at least \d+ more problems$/);
  });
});

describe('JSON syntax errors', () => {
  it('a trailing comma after a comment is still named as a trailing comma, once', () => {
    const v = validateFile('croissant.json', '{\n  "a": 1, // x\n}\n');
    expect(v.errors).toEqual([
      {
        pointer: '',
        line: 2,
        column: 9,
        message: 'JSON does not allow a trailing comma before a closing bracket',
      },
      { pointer: '', line: 2, column: 11, message: 'JSON does not allow comments' },
    ]);
  });
});
