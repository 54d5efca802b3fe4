// The check results, categories and standards are parts of the public JSON report: they must validate against
// schemas/report.schema.json for every repository shape.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { emptyInventory } from '../../src/facts/empty.ts';
import type { Inventory } from '../../src/model.ts';
import { evaluateChecks } from '../../src/score/score.ts';
import { standards } from '../../src/score/standards/index.ts';
import {
  datasetRelease,
  input,
  library,
  modelOnlyOpenRail,
  nonMl,
  researchRepo,
  tutorial,
} from '../checks/fixtures.ts';

const schema = JSON.parse(
  readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8'),
) as {
  $id: string;
};
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(schema);
const part = (name: string) => ajv.getSchema(`${schema.$id}#/$defs/${name}`)!;
const categories = ajv.compile({ $ref: `${schema.$id}#/properties/categories` });

const shapes: [string, () => Inventory][] = [
  ['research', researchRepo],
  ['model-only OpenRAIL', modelOnlyOpenRail],
  ['library', library],
  ['tutorial', tutorial],
  ['non-ML', nonMl],
  ['dataset release', datasetRelease],
  ['empty', emptyInventory],
];

describe.each(shapes)('report contract: %s', (_name, make) => {
  it('checks, categories and standards validate against the report schema', () => {
    const inv = make();
    const r = evaluateChecks(input(inv), {
      exemptions: [{ check: 'seeds', reason: 'inference only' }],
      weights: { paper: 3 },
    });
    const check = part('check');
    expect(check({ id: 'x', status: 'bogus' })).toBe(false);
    for (const c of r.checks) expect(check(c), JSON.stringify(check.errors)).toBe(true);
    expect(categories(r.categories), JSON.stringify(categories.errors)).toBe(true);
    const st = part('standards');
    expect(st(standards(inv, r.checks)), JSON.stringify(st.errors)).toBe(true);
    expect(Number.isInteger(r.score) && r.score >= 0 && r.score <= 100).toBe(true);
  });
});
