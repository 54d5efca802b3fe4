import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compiledFormats, createAjv, firstErrorValidatorFor, SCHEMAS } from '../../src/validate/ajv.ts';
import type { Format } from '../../src/validate/formats.ts';
import { validateFile } from '../../src/validate/index.ts';
import { CFF } from './fixtures.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

it('compiles nothing at run time for valid files, and the all-errors validator only for a file with errors', () => {
  expect(compiledFormats()).toEqual([]);
  expect(validateFile('CITATION.cff', CFF).valid).toBe(true);
  expect(compiledFormats()).toEqual([]);
  expect(validateFile('CITATION.cff', 'cff-version: 1.2.0\ntitle: 3\n').valid).toBe(false);
  expect(compiledFormats()).toEqual(['citation-cff']);
});

describe('the precompiled first-error validators', () => {
  it('are what scripts/gen-validators.mjs generates from schemas/ now', () => {
    const out = execFileSync(process.execPath, ['scripts/gen-validators.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out).toContain('up to date');
  });

  // every example and counter-example the schemas carry, plus a few broken values: the same verdict and the
  // same first error as a validator compiled at run time with the same options
  const samples = (schema: { examples?: unknown[] }): unknown[] => [
    ...(schema.examples ?? []),
    {},
    [],
    'text',
    null,
    { name: 42, license: ['x'], version: {} },
  ];
  it.each(Object.keys(SCHEMAS) as Format[])('%s: agree with ajv compiling the schema now', (format) => {
    const compiled = createAjv(false).compile(SCHEMAS[format]);
    const pre = firstErrorValidatorFor(format);
    for (const value of samples(SCHEMAS[format] as { examples?: unknown[] })) {
      expect(pre(value)).toBe(compiled(value));
      expect(pre.errors ?? null).toEqual(compiled.errors ?? null);
    }
  });

  it('cover every schema file', () => {
    const files = readdirSync(`${root}schemas`).filter(
      (f) => f.endsWith('.schema.json') && f !== 'report.schema.json',
    );
    expect(files.length).toBe(Object.keys(SCHEMAS).length);
    for (const f of files) expect(readFileSync(`${root}schemas/${f}`, 'utf8')).toContain('"$schema"');
  });
});
