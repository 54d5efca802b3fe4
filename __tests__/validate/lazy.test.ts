import { expect, it } from 'vitest';
import { compiledFormats } from '../../src/validate/ajv.ts';
import { validateFile } from '../../src/validate/index.ts';
import { CFF } from './fixtures.ts';

it('compiles a schema only when a file of its kind is validated', () => {
  expect(compiledFormats()).toEqual([]);
  expect(validateFile('CITATION.cff', CFF).valid).toBe(true);
  expect(compiledFormats()).toEqual(['citation-cff']);
  validateFile('CITATION.cff', CFF);
  expect(compiledFormats()).toEqual(['citation-cff']);
});
