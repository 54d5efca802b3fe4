import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAjv, SCHEMAS } from '../../src/validate/ajv.ts';
import { FORMATS } from '../../src/validate/formats.ts';

const dir = join(import.meta.dirname, '../../schemas');
const OWNED = [
  'citation-cff',
  'conda-env',
  'croissant',
  'dataset-manifest',
  'dvc-file',
  'dvc-lock',
  'dvc-yaml',
  'hf-dataset-card',
  'hf-model-card',
  'mlproject',
];

function load(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, `${name}.schema.json`), 'utf8')) as Record<string, unknown>;
}

describe('declaration schemas', () => {
  it('are all present', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.schema.json'));
    for (const name of OWNED) expect(files).toContain(`${name}.schema.json`);
  });

  for (const name of [...OWNED, 'config']) {
    describe(name, () => {
      const schema = load(name);

      it('compiles in ajv strict mode (draft 2020-12)', () => {
        const ajv = createAjv();
        expect(() => ajv.compile(schema)).not.toThrow();
        expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      });

      it('has an $id, title, description and examples that validate', () => {
        expect(schema.$id).toBe(
          `https://raw.githubusercontent.com/reproscore/reproscore/main/schemas/${name}.schema.json`,
        );
        expect(typeof schema.title).toBe('string');
        expect(String(schema.description).length).toBeGreaterThan(40);
        const examples = schema.examples as unknown[];
        expect(examples.length).toBeGreaterThan(0);
        const validate = createAjv().compile(schema);
        for (const example of examples) expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
      });

      it('rejects something (a schema that accepts everything checks nothing)', () => {
        const validate = createAjv().compile(schema);
        expect(validate(42)).toBe(false);
        expect(validate(['a list'])).toBe(false);
      });
    });
  }

  it('ships the same schema objects the validator uses', () => {
    for (const f of FORMATS) {
      const name = f === 'reproscore-config' ? 'config' : f;
      expect(SCHEMAS[f]).toEqual(load(name));
    }
  });

  it('describes every top-level property of the owned schemas', () => {
    for (const name of OWNED) {
      const props = (load(name).properties ?? {}) as Record<string, Record<string, unknown>>;
      for (const [key, sub] of Object.entries(props)) {
        expect(typeof sub.description === 'string' || typeof sub.$ref === 'string', `${name}: ${key}`).toBe(
          true,
        );
      }
    }
  });
});
